<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>问题</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>批量修改 {count} 个问题</source>
        <translation>Edit {count} issues</translation>
    </message>
    <message>
        <source>将要修改：</source>
        <translation>Changes to be made:</translation>
    </message>
    <message>
        <source>无法识别的整改时限。</source>
        <translation>The deadline cannot be read.</translation>
    </message>
    <message>
        <source>共 {rows} 处修改，涉及 {issues} 个问题。</source>
        <translation>{rows} changes in {issues} issues.</translation>
    </message>
    <message>
        <source>没有要修改的内容。</source>
        <translation>Nothing to change.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>如 2023年1月11日、2023.1.11、立行立改</source>
        <translation>e.g. 2023-1-11, 2023.1.11, immediately</translation>
    </message>
    <message>
        <source>如 2023年1月11日 或 2023.1.11</source>
        <translation>e.g. 2023-1-11 or 2023.1.11</translation>
    </message>
    <message>
        <source>选择日期（Alt+↓）</source>
        <translation>Pick a date (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存对问题的修改（Ctrl+S）</source>
        <translation>Save the changes to this issue (Ctrl+S)</translation>
    </message>
    <message>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>放弃未保存的修改</source>
        <translation>Discard unsaved changes</translation>
    </message>
    <message>
        <source>佐证材料（会议纪要、照片、制度文件等）的登记和查看尚未提供，将在佐证材料功能完成后显示在这里。</source>
        <translation>Evidence (minutes, photos, rules and the like) cannot be filed or viewed yet; it will be listed here once that feature is available.</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>整改进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <source>请选择一个问题</source>
        <translation>Select an issue</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>问题 {number} · {status} · 最后修改：{who} {when}</source>
        <translation>Issue {number} · {status} · last changed: {who} {when}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>搜索问题、措施、进展（Ctrl+F）</source>
        <translation>Search issues, measures, progress (Ctrl+F)</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>全部领导</source>
        <translation>All leaders</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>长期坚持：不限</source>
        <translation>Long-term: any</translation>
    </message>
    <message>
        <source>仅长期坚持</source>
        <translation>Long-term only</translation>
    </message>
    <message>
        <source>非长期坚持</source>
        <translation>Not long-term</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>只看已过整改时限、尚未完成的问题</source>
        <translation>Only unfinished issues past their deadline</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>只看临近整改时限、尚未完成的问题</source>
        <translation>Only unfinished issues close to their deadline</translation>
    </message>
    <message>
        <source>视图</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>保存当前筛选为视图…</source>
        <translation>Save current filter as a view…</translation>
    </message>
    <message>
        <source>删除所选视图</source>
        <translation>Delete the chosen view</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <source>已保存的视图</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>状态：全部</source>
        <translation>State: all</translation>
    </message>
    <message>
        <source>状态：{list}</source>
        <translation>State: {list}</translation>
    </message>
</context>
<context>
    <name>HandoffActions</name>
    <message>
        <source>分发给责任单位…</source>
        <translation>Hand out to units…</translation>
    </message>
    <message>
        <source>为每个责任单位生成一份填报用的 Excel 台账</source>
        <translation>Write one Excel workbook per responsible unit for it to fill in</translation>
    </message>
    <message>
        <source>合并回收的台账…</source>
        <translation>Merge returned workbooks…</translation>
    </message>
    <message>
        <source>把责任单位填好交回的台账合并进来，逐项审阅</source>
        <translation>Merge the workbooks units filled in and sent back, reviewing each change</translation>
    </message>
    <message>
        <source>没有可以分发的整改措施：问题和措施都没有填写牵头单位。</source>
        <translation>Nothing to hand out: no issue or measure names a lead unit.</translation>
    </message>
    <message>
        <source>台账文件只读，无法记下分发编号；请复制到可写的位置后再分发。</source>
        <translation>The ledger file is read-only, so the hand-out id cannot be recorded; copy it somewhere writable first.</translation>
    </message>
    <message>
        <source>全部巡察</source>
        <translation>All inspections</translation>
    </message>
    <message>
        <source>无法使用文件夹“{folder}”：{reason}</source>
        <translation>Cannot use the folder “{folder}”: {reason}</translation>
    </message>
    <message>
        <source>正在生成分发文件…</source>
        <translation>Writing the hand-outs…</translation>
    </message>
    <message>
        <source>已取消；已生成的文件保留在文件夹中。</source>
        <translation>Cancelled; the files already written stay in the folder.</translation>
    </message>
    <message>
        <source>已为 {n} 个单位生成分发文件，保存在：
{folder}

现在打开这个文件夹吗？</source>
        <translation>Hand-outs for {n} units were written to:
{folder}

Open this folder now?</translation>
    </message>
    <message>
        <source>选择责任单位交回的台账（可多选）</source>
        <translation>Choose the workbooks the units sent back (several at once)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx *.xlsm *.xls *.ods);;所有文件 (*)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>正在读取交回的台账…</source>
        <translation>Reading the returned workbooks…</translation>
    </message>
    <message>
        <source>无法合并</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <source>交回的台账中没有需要合并的内容，台账已是最新。</source>
        <translation>The returned workbooks hold nothing new; the ledger is up to date.</translation>
    </message>
    <message>
        <source>没有选中要合并的内容，台账未改变。</source>
        <translation>Nothing was selected; the ledger is unchanged.</translation>
    </message>
    <message>
        <source>合并{units}交回的台账</source>
        <translation>Merge the workbooks returned by {units}</translation>
    </message>
    <message>
        <source>已合并：修改 {fields} 处，新增整改措施 {measures} 条。可以用“编辑 → 撤销”恢复。</source>
        <translation>Merged: {fields} fields changed, {measures} measures added. Edit → Undo reverts it.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>分发给责任单位</source>
        <translation>Hand out to units</translation>
    </message>
    <message>
        <source>为每个责任单位生成一份只含本单位整改措施的 Excel 台账。单位在浅黄色的列中填写整改进展、状态、完成日期、备注和佐证材料后交回，再用“文件 → 合并回收的台账”并入本台账。</source>
        <translation>Writes one Excel workbook per responsible unit holding only its own measures. The unit fills in progress, status, completion date, remarks and evidence in the pale yellow columns and sends it back; File → Merge returned workbooks brings the answers into this ledger.</translation>
    </message>
    <message>
        <source>范围：{scope}</source>
        <translation>Scope: {scope}</translation>
    </message>
    <message>
        <source>{name}（{issues} 个问题，{rows} 条）</source>
        <translation>{name} ({issues} issues, {rows} rows)</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>请于此日期前交回：</source>
        <translation>Return by:</translation>
    </message>
    <message>
        <source>交回期限：</source>
        <translation>Deadline for return:</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>保存到文件夹：</source>
        <translation>Save to folder:</translation>
    </message>
    <message>
        <source>生成分发文件</source>
        <translation>Write hand-outs</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择保存分发文件的文件夹</source>
        <translation>Choose the folder for the hand-outs</translation>
    </message>
    <message>
        <source>已选 {n} 个单位</source>
        <translation>{n} units selected</translation>
    </message>
    <message>
        <source>请至少选择一个单位。</source>
        <translation>Please choose at least one unit.</translation>
    </message>
    <message>
        <source>请选择保存分发文件的文件夹。</source>
        <translation>Please choose the folder for the hand-outs.</translation>
    </message>
    <message>
        <source>交回期限不是有效的日期，请改正或取消勾选。</source>
        <translation>The deadline is not a valid date; correct it or untick it.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>巡察信息</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>新建巡察</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <source>如：市委第七巡察组</source>
        <translation>e.g. 7th inspection team of the municipal committee</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>新建问题</source>
        <translation>New issue</translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <source>长期坚持</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>如：已完成，长期坚持</source>
        <translation>e.g. done, long-term</translation>
    </message>
    <message>
        <source>多个单位用顿号分隔</source>
        <translation>Separate several units with 、 or commas</translation>
    </message>
    <message>
        <source>（无类别）</source>
        <translation>(no category)</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>责任领导</source>
        <translation>Lead leader</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>长期坚持</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>措施完成</source>
        <translation>Measures done</translation>
    </message>
    <message>
        <source>最近进展</source>
        <translation>Last progress</translation>
    </message>
</context>
<context>
    <name>LedgerDelegate</name>
    <message>
        <source>如 2023年1月11日、2023.1.11</source>
        <translation>e.g. 2023-1-11, 2023.1.11</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>新建台账…</source>
        <translation>New ledger…</translation>
    </message>
    <message>
        <source>打开台账…</source>
        <translation>Open ledger…</translation>
    </message>
    <message>
        <source>打开共享台账（URL）…</source>
        <translation>Open shared ledger (URL)…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>新建问题…</source>
        <translation>New issue…</translation>
    </message>
    <message>
        <source>新建措施…</source>
        <translation>New measure…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>批量修改…</source>
        <translation>Edit selected…</translation>
    </message>
    <message>
        <source>保存问题</source>
        <translation>Save issue</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>问题上移</source>
        <translation>Move issue up</translation>
    </message>
    <message>
        <source>问题下移</source>
        <translation>Move issue down</translation>
    </message>
    <message>
        <source>新建巡察…</source>
        <translation>New inspection…</translation>
    </message>
    <message>
        <source>编辑巡察…</source>
        <translation>Edit inspection…</translation>
    </message>
    <message>
        <source>删除巡察</source>
        <translation>Delete inspection</translation>
    </message>
    <message>
        <source>新增类别…</source>
        <translation>Add category…</translation>
    </message>
    <message>
        <source>新增下级类别…</source>
        <translation>Add subcategory…</translation>
    </message>
    <message>
        <source>重命名类别…</source>
        <translation>Rename category…</translation>
    </message>
    <message>
        <source>删除类别</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <source>导航栏</source>
        <translation>Navigation pane</translation>
    </message>
    <message>
        <source>详情栏</source>
        <translation>Detail pane</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>保存当前筛选为视图…</source>
        <translation>Save current filter as a view…</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近打开</source>
        <translation>Recent ledgers</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>已保存的视图</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>报告(&amp;R)</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>显示 {shown} / 共 {total} 个问题　逾期 {overdue}　即将到期 {due_soon}　已完成 {done}</source>
        <translation>Showing {shown} of {total} issues   overdue {overdue}   due soon {due_soon}   done {done}</translation>
    </message>
    <message>
        <source>操作人：{name}</source>
        <translation>Operator: {name}</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>{ledger} — 整改台账</source>
        <translation>{ledger} — Rectification ledger</translation>
    </message>
    <message>
        <source>整改台账</source>
        <translation>Rectification ledger</translation>
    </message>
    <message>
        <source>问题 {number} 的修改有错误，无法保存。放弃这些修改吗？</source>
        <translation>The changes to issue {number} have errors and cannot be saved. Discard them?</translation>
    </message>
    <message>
        <source>请先新建一次巡察，再录入问题。</source>
        <translation>Create an inspection first, then enter its issues.</translation>
    </message>
    <message>
        <source>请先在左侧选择问题所属的巡察。</source>
        <translation>First choose, on the left, the inspection the issue belongs to.</translation>
    </message>
    <message>
        <source>已新建问题 {number}，但它不符合当前的筛选条件。</source>
        <translation>Issue {number} was created, but it does not match the current filter.</translation>
    </message>
    <message>
        <source>请先在问题列表中选中要删除的问题。</source>
        <translation>First select the issues to delete in the issue list.</translation>
    </message>
    <message>
        <source>删除问题 {number} 及其整改措施？可以用“撤销”恢复。</source>
        <translation>Delete issue {number} and its measures? Undo brings them back.</translation>
    </message>
    <message>
        <source>删除选中的 {count} 个问题及其整改措施？可以用“撤销”恢复。</source>
        <translation>Delete the {count} selected issues and their measures? Undo brings them back.</translation>
    </message>
    <message>
        <source>删除巡察“{title}”及其全部 {count} 个问题和整改措施？可以用“撤销”恢复。</source>
        <translation>Delete the inspection “{title}” with all its {count} issues and measures? Undo brings them back.</translation>
    </message>
    <message>
        <source>新增类别</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>“{parent}”下的类别名称：</source>
        <translation>Name of the category under “{parent}”:</translation>
    </message>
    <message>
        <source>类别名称（如：（一）履行政治责任方面）：</source>
        <translation>Category name (e.g. (1) Political responsibility):</translation>
    </message>
    <message>
        <source>重命名类别</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <source>类别名称：</source>
        <translation>Category name:</translation>
    </message>
    <message>
        <source>删除类别“{name}”及其下级类别？其中的问题会保留，但不再属于任何类别。</source>
        <translation>Delete the category “{name}” and its subcategories? Their issues stay, without a category.</translation>
    </message>
    <message>
        <source>保存视图</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>视图名称：</source>
        <translation>View name:</translation>
    </message>
    <message>
        <source>（尚无保存的视图）</source>
        <translation>(no saved views yet)</translation>
    </message>
    <message>
        <source>此窗口不能打开其他台账。</source>
        <translation>This window cannot open another ledger.</translation>
    </message>
    <message>
        <source>无法打开台账“{location}”：{reason}</source>
        <translation>Cannot open the ledger “{location}”: {reason}</translation>
    </message>
    <message>
        <source>新建台账</source>
        <translation>New ledger</translation>
    </message>
    <message>
        <source>台账文件 (*.sqlite);;所有文件 (*)</source>
        <translation>Ledger files (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>文件“{name}”已存在。要使用它，请选择“打开台账”。</source>
        <translation>The file “{name}” already exists. To use it, choose “Open ledger”.</translation>
    </message>
    <message>
        <source>打开台账</source>
        <translation>Open ledger</translation>
    </message>
    <message>
        <source>台账文件 (*.sqlite *.db *.sqlite3);;所有文件 (*)</source>
        <translation>Ledger files (*.sqlite *.db *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>打开共享台账</source>
        <translation>Open shared ledger</translation>
    </message>
    <message>
        <source>数据库地址（如 postgresql://用户名@服务器/数据库）：</source>
        <translation>Database address (e.g. postgresql://user@server/database):</translation>
    </message>
    <message>
        <source>清除列表</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>界面语言将在重新启动后切换。</source>
        <translation>The language changes when the app is started again.</translation>
    </message>
    <message>
        <source>整改台账 {version}

跟踪巡察、巡视、审计反馈问题的整改：问题和整改措施、责任和时限、进展和佐证材料，直至销号。</source>
        <translation>Rectification ledger {version}

Follows up the problems raised by inspections and audits: issues and measures, responsibilities and deadlines, progress and evidence, until sign-off.</translation>
    </message>
    <message>
        <source>关于整改台账</source>
        <translation>About Rectification ledger</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>新增整改措施</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>长期坚持</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>整改措施*</source>
        <translation>Measure*</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>无法识别的整改时限，请写成 2023年1月11日 或 2023.1.11</source>
        <translation>The deadline cannot be read; write it as 2023-1-11 or 2023.1.11</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>序</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>长期</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>责任领导</source>
        <translation>Lead leader</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>无法识别的日期“{value}”，请写成 2023年1月11日 或 2023.1.11</source>
        <translation>Cannot read the date “{value}”; write it as 2023-1-11 or 2023.1.11</translation>
    </message>
    <message>
        <source>整改措施的内容不能为空。</source>
        <translation>A measure needs a text.</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>新增措施</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <source>删除措施</source>
        <translation>Delete measure</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>把选中的措施上移一位（Alt+↑）</source>
        <translation>Move the selected measure up (Alt+Up)</translation>
    </message>
    <message>
        <source>把选中的措施下移一位（Alt+↓）</source>
        <translation>Move the selected measure down (Alt+Down)</translation>
    </message>
    <message>
        <source>双击或按 F2 修改单元格；Tab 到下一格，回车到下一行。</source>
        <translation>Double-click or press F2 to edit a cell; Tab moves to the next cell, Enter to the next row.</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>合并回收的台账</source>
        <translation>Merge returned workbooks</translation>
    </message>
    <message>
        <source>问题 / 整改措施</source>
        <translation>Issue / measure</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>分发时</source>
        <translation>As sent</translation>
    </message>
    <message>
        <source>单位填报</source>
        <translation>Unit's answer</translation>
    </message>
    <message>
        <source>台账现值</source>
        <translation>Ledger now</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>全部采纳</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <source>全部不采纳</source>
        <translation>Reject all</translation>
    </message>
    <message>
        <source>合并选中的内容</source>
        <translation>Merge the selection</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{unit}&#x3000;{file}</source>
        <translation>{unit}  {file}</translation>
    </message>
    <message>
        <source>没有需要合并的内容（台账已是最新）</source>
        <translation>Nothing to merge (the ledger is up to date)</translation>
    </message>
    <message>
        <source>冲突 {n} 处：单位和台账都改了同一项，请逐项选择</source>
        <translation>{n} conflicts: the unit and the ledger both changed these; choose for each</translation>
    </message>
    <message>
        <source>修改 {n} 处</source>
        <translation>{n} changes</translation>
    </message>
    <message>
        <source>新增整改措施 {n} 条</source>
        <translation>{n} measures added</translation>
    </message>
    <message>
        <source>佐证材料 {n} 处：台账中还没有，请另行附上文件</source>
        <translation>Evidence listed in {n} rows that the ledger lacks: attach the files separately</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>问题 {n} 个（未合并）</source>
        <translation>{n} problems (not merged)</translation>
    </message>
    <message>
        <source>无法合并的文件 {n} 个</source>
        <translation>{n} files that cannot be merged</translation>
    </message>
    <message>
        <source>问题 {number}</source>
        <translation>Issue {number}</translation>
    </message>
    <message>
        <source>问题 {number} · {measure}</source>
        <translation>Issue {number} · {measure}</translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>采用单位填报</source>
        <translation>Take the unit's</translation>
    </message>
    <message>
        <source>保留台账现值</source>
        <translation>Keep the ledger's</translation>
    </message>
    <message>
        <source>新增整改措施</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>整改进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>长期坚持</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>{files} 个文件：修改 {changes} 处（选中 {chosen} 处），冲突 {conflicts} 处（未选择 {undecided} 处），新增整改措施 {additions} 条，问题 {problems} 个。</source>
        <translation>{files} files: {changes} changes ({chosen} selected), {conflicts} conflicts ({undecided} undecided), {additions} measures to add, {problems} problems.</translation>
    </message>
    <message>
        <source>另有 {n} 个文件无法合并。</source>
        <translation> {n} more files cannot be merged.</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>问题 {number} 新增整改措施</source>
        <translation>New measure under issue {number}</translation>
    </message>
    <message>
        <source>还有 {n} 处冲突没有选择，这些内容将不合并（以后可以再次合并同一文件来处理）。继续合并其余内容吗？</source>
        <translation>{n} conflicts are undecided and will not be merged (merge the same file again later to decide them). Merge the rest?</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>全部问题</source>
        <translation>All issues</translation>
    </message>
    <message>
        <source>所有巡察的全部问题</source>
        <translation>All issues of all inspections</translation>
    </message>
    <message>
        <source>{title}（{count}）</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>巡察组：{name}</source>
        <translation>Team: {name}</translation>
    </message>
    <message>
        <source>被巡察单位：{name}</source>
        <translation>Inspected unit: {name}</translation>
    </message>
    <message>
        <source>集中整改截止：{date}</source>
        <translation>Rectification ends: {date}</translation>
    </message>
</context>
<context>
    <name>ProgressNoteModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>措施 {seq}</source>
        <translation>Measure {seq}</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>报告人</source>
        <translation>Reporter</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>本期整改进展情况</source>
        <translation>Progress in this period</translation>
    </message>
    <message>
        <source>添加进展</source>
        <translation>Add progress</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>对应措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>问题整体</source>
        <translation>The issue as a whole</translation>
    </message>
    <message>
        <source>措施 {seq}：{text}</source>
        <translation>Measure {seq}: {text}</translation>
    </message>
    <message>
        <source>请填写正确的日期，如 2023年1月11日。</source>
        <translation>Enter a valid date, e.g. 2023-1-11.</translation>
    </message>
    <message>
        <source>请填写进展情况。</source>
        <translation>Describe the progress.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>记入修改历史的姓名</source>
        <translation>The name written into the history</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>界面语言在重新启动后生效。</source>
        <translation>A new language takes effect when the app is started again.</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>字体大小</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>临近到期提醒</source>
        <translation>Due-soon warning</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>无法完成撤销或重做：{reason}</source>
        <translation>Cannot undo or redo: {reason}</translation>
    </message>
    <message>
        <source>新建巡察“{title}”</source>
        <translation>new inspection “{title}”</translation>
    </message>
    <message>
        <source>修改巡察“{title}”</source>
        <translation>edit of inspection “{title}”</translation>
    </message>
    <message>
        <source>删除巡察“{title}”</source>
        <translation>deletion of inspection “{title}”</translation>
    </message>
    <message>
        <source>新增类别“{name}”</source>
        <translation>new category “{name}”</translation>
    </message>
    <message>
        <source>重命名类别为“{name}”</source>
        <translation>renaming of a category to “{name}”</translation>
    </message>
    <message>
        <source>移动类别“{name}”</source>
        <translation>move of category “{name}”</translation>
    </message>
    <message>
        <source>删除类别“{name}”</source>
        <translation>deletion of category “{name}”</translation>
    </message>
    <message>
        <source>新建问题 {number}</source>
        <translation>new issue {number}</translation>
    </message>
    <message>
        <source>修改问题 {number}</source>
        <translation>edit of issue {number}</translation>
    </message>
    <message>
        <source>删除问题 {number}</source>
        <translation>deletion of issue {number}</translation>
    </message>
    <message>
        <source>删除 {count} 个问题</source>
        <translation>deletion of {count} issues</translation>
    </message>
    <message>
        <source>移动问题 {number}</source>
        <translation>move of issue {number}</translation>
    </message>
    <message>
        <source>批量修改 {count} 个问题</source>
        <translation>Edit {count} issues</translation>
    </message>
    <message>
        <source>新增问题 {number} 的整改措施</source>
        <translation>new measure of issue {number}</translation>
    </message>
    <message>
        <source>修改整改措施的{what}</source>
        <translation>edit of a measure’s {what}</translation>
    </message>
    <message>
        <source>删除问题 {number} 的整改措施</source>
        <translation>deletion of a measure of issue {number}</translation>
    </message>
    <message>
        <source>调整问题 {number} 的整改措施顺序</source>
        <translation>reordering of the measures of issue {number}</translation>
    </message>
    <message>
        <source>新增问题 {number} 的整改进展</source>
        <translation>progress note on issue {number}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>正在推进</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>基本完成</source>
        <translation>Mostly done</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>申请延期</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>长期坚持</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>{status}，长期坚持</source>
        <translation>{status}, long-term</translation>
    </message>
    <message>
        <source>常规巡察</source>
        <translation>Regular inspection</translation>
    </message>
    <message>
        <source>专项巡察</source>
        <translation>Special inspection</translation>
    </message>
    <message>
        <source>机动巡察</source>
        <translation>Mobile inspection</translation>
    </message>
    <message>
        <source>联动巡察</source>
        <translation>Linked inspection</translation>
    </message>
    <message>
        <source>提级巡察</source>
        <translation>Elevated inspection</translation>
    </message>
    <message>
        <source>巡察“回头看”</source>
        <translation>Follow-up inspection</translation>
    </message>
    <message>
        <source>巡视</source>
        <translation>Tour inspection</translation>
    </message>
    <message>
        <source>审计整改</source>
        <translation>Audit rectification</translation>
    </message>
    <message>
        <source>督查整改</source>
        <translation>Supervision rectification</translation>
    </message>
    <message>
        <source>立行立改</source>
        <translation>Immediately</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>{y}-{m}-{d}</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>问题类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>进度说明</source>
        <translation>Progress text</translation>
    </message>
    <message>
        <source>整改目标</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>责任领导</source>
        <translation>Lead leader</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>配合单位</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>时限类型</source>
        <translation>Deadline rule</translation>
    </message>
    <message>
        <source>时限原文</source>
        <translation>Deadline as written</translation>
    </message>
    <message>
        <source>完成时间</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>排列顺序</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>措施顺序</source>
        <translation>Measure order</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>上级类别</source>
        <translation>Parent category</translation>
    </message>
    <message>
        <source>巡察组</source>
        <translation>Inspection team</translation>
    </message>
    <message>
        <source>被巡察单位</source>
        <translation>Inspected unit</translation>
    </message>
    <message>
        <source>巡察类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>巡察开始</source>
        <translation>Inspection start</translation>
    </message>
    <message>
        <source>巡察结束</source>
        <translation>Inspection end</translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation>Feedback date</translation>
    </message>
    <message>
        <source>集中整改开始</source>
        <translation>Rectification start</translation>
    </message>
    <message>
        <source>集中整改结束</source>
        <translation>Rectification end</translation>
    </message>
    <message>
        <source>发文单位</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>通报日期</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>报告人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>巡察</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>整改进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>整改成效</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>录入</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>通报</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>撤销/重做</source>
        <translation>Undo/redo</translation>
    </message>
    <message>
        <source>必填项不能为空</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>内容太长，超过 Excel 单元格上限（32767 个字符），请拆分后再录入</source>
        <translation>Too long for an Excel cell (32,767 characters); split it up</translation>
    </message>
    <message>
        <source>含有不可见的控制字符</source>
        <translation>Contains invisible control characters</translation>
    </message>
    <message>
        <source>日期先后顺序不对</source>
        <translation>The dates are in the wrong order</translation>
    </message>
    <message>
        <source>无法识别的日期，请写成 2023年1月11日 或 2023.1.11</source>
        <translation>Cannot read the date; write it as 2023-1-11 or 2023.1.11</translation>
    </message>
    <message>
        <source>不存在的日期</source>
        <translation>No such date</translation>
    </message>
    <message>
        <source>请填写日期</source>
        <translation>Enter a date</translation>
    </message>
    <message>
        <source>无法识别的日期</source>
        <translation>Cannot read the date</translation>
    </message>
    <message>
        <source>请写明年份</source>
        <translation>Give the year</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>记录已被修改</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>“重新载入”显示对方保存的内容，您的修改将丢弃；“覆盖”用您的内容替换对方的修改。</source>
        <translation>“Reload” shows what the other person saved and drops your changes; “Overwrite” replaces their changes with yours.</translation>
    </message>
    <message>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>覆盖</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
