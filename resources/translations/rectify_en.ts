<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BackgroundLoader</name>
    <message>
        <source>无法读取台账：{reason}</source>
        <translation>Cannot read the ledger: {reason}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>无数据</source>
        <translation>No data</translation>
    </message>
</context>
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
    <name>CalendarPage</name>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>节假日用于计算“N个工作日内”的整改时限和按工作日计算的临期提醒。日期可写作 2026年2月15日、2026-2-15 或 2月15日。</source>
        <translation>Holidays count deadlines written as “within N working days” and the due-soon warning when it is in working days. Dates may be written 2026年2月15日, 2026-2-15 or 2月15日.</translation>
    </message>
    <message>
        <source>{year}年节假日：{reason}</source>
        <translation>Holidays of {year}: {reason}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>已完成（含已销号）</source>
        <translation>Done (incl. signed off)</translation>
    </message>
    <message>
        <source>其中长期坚持</source>
        <translation>of which long-term</translation>
    </message>
    <message>
        <source>逾期未完成</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>{rate}（按期 {on}，超期 {late}）</source>
        <translation>{rate} (on time {on}, late {late})</translation>
    </message>
    <message>
        <source>—（无可比数据）</source>
        <translation>— (nothing to compare)</translation>
    </message>
    <message>
        <source>；完成日期不明 {n}</source>
        <translation>; finish date unknown {n}</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Done rate</translation>
    </message>
    <message>
        <source>按期完成率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>已批准延期</source>
        <translation>Postponements approved</translation>
    </message>
    <message>
        <source>待审批延期申请</source>
        <translation>Postponement requests pending</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>待审核 {pending}，退回 {returned}，已销号 {approved}，重新打开 {reopened}</source>
        <translation>pending {pending}, returned {returned}, signed off {approved}, reopened {reopened}</translation>
    </message>
    <message>
        <source>党纪处分</source>
        <translation>Party discipline</translation>
    </message>
    <message>
        <source>政务处分</source>
        <translation>Government sanction</translation>
    </message>
    <message>
        <source>组织处理</source>
        <translation>Organisational measures</translation>
    </message>
    <message>
        <source>诫勉谈话</source>
        <translation>Admonition talk</translation>
    </message>
    <message>
        <source>批评教育</source>
        <translation>Criticism and education</translation>
    </message>
    <message>
        <source>提醒谈话</source>
        <translation>Reminder talk</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>追缴资金</source>
        <translation>Funds recovered</translation>
    </message>
    <message>
        <source>清退违规资金</source>
        <translation>Irregular funds refunded</translation>
    </message>
    <message>
        <source>挽回经济损失</source>
        <translation>Economic losses recovered</translation>
    </message>
    <message>
        <source>其他资金</source>
        <translation>Other funds</translation>
    </message>
    <message>
        <source>建章立制</source>
        <translation>Rules made or revised</translation>
    </message>
    <message>
        <source>项</source>
        <translation>items</translation>
    </message>
    <message>
        <source>问责：{kind}</source>
        <translation>Accountability: {kind}</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>问责合计</source>
        <translation>People held accountable</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <source>资金合计</source>
        <translation>Funds in total</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>{what}数</source>
        <translation>{what}</translation>
    </message>
    <message>
        <source>{what}已完成</source>
        <translation>{what} done</translation>
    </message>
    <message>
        <source>{what}逾期</source>
        <translation>{what} overdue</translation>
    </message>
    <message>
        <source>{what}完成率</source>
        <translation>{what} done rate</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>问题{number} 第{seq}条措施</source>
        <translation>Issue {number}, measure {seq}</translation>
    </message>
    <message>
        <source>问题{number}</source>
        <translation>Issue {number}</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
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
        <source>整改进展</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>延期申请</source>
        <translation>Postponement</translation>
    </message>
    <message>
        <source>整改成效</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Removed</translation>
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
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Record</translation>
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
        <source>统计分析</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>历史状态，截至</source>
        <translation>As it stood on</translation>
    </message>
    <message>
        <source>按修改历史还原台账在该日结束时的状态</source>
        <translation>The ledger as it stood at the end of that day, rebuilt from the history</translation>
    </message>
    <message>
        <source>列出变化，自</source>
        <translation>Changes since</translation>
    </message>
    <message>
        <source>列出该日以来的全部修改（周报、月报用）</source>
        <translation>Every change since that day (for weekly and monthly reports)</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>问题类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>双击转到该问题</source>
        <translation>Double-click to go to the issue</translation>
    </message>
    <message>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>按单位</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>逾期清单</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>变化情况</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>全部巡察</source>
        <translation>All inspections</translation>
    </message>
    <message>
        <source>日期无法识别，请按“2023年1月11日”的格式填写。</source>
        <translation>The date cannot be read; write it like 2023年1月11日.</translation>
    </message>
    <message>
        <source>请填写“截至”日期。</source>
        <translation>Enter the as-of date.</translation>
    </message>
    <message>
        <source>请填写变化的起始日期。</source>
        <translation>Enter the date the changes start from.</translation>
    </message>
    <message>
        <source>“截至”日期不能晚于今天。</source>
        <translation>The as-of date cannot be after today.</translation>
    </message>
    <message>
        <source>变化的起始日期不能晚于“截至”日期。</source>
        <translation>The changes cannot start after the as-of date.</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>无法统计：{reason}</source>
        <translation>Cannot compute the statistics: {reason}</translation>
    </message>
    <message>
        <source>逾期清单（{n}）</source>
        <translation>Overdue ({n})</translation>
    </message>
    <message>
        <source>变化情况（{n}）</source>
        <translation>Changes ({n})</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>截至 {day} 的历史状态（按修改历史还原）</source>
        <translation>as it stood on {day} (rebuilt from the history)</translation>
    </message>
    <message>
        <source>{day} 的当前状态</source>
        <translation>as of today, {day}</translation>
    </message>
    <message>
        <source>{scope}：{when}</source>
        <translation>{scope}: {when}</translation>
    </message>
    <message>
        <source>；{day}以来共 {n} 处修改</source>
        <translation>; {n} changes since {day}</translation>
    </message>
    <message>
        <source>；逾期共 {n} 项，清单只列出逾期最久的 {shown} 项</source>
        <translation>; {n} items overdue, the list shows the {shown} longest overdue</translation>
    </message>
    <message>
        <source>问题整改状态</source>
        <translation>Issues by status</translation>
    </message>
    <message>
        <source>整改措施整改状态</source>
        <translation>Measures by status</translation>
    </message>
    <message>
        <source>各牵头单位问题整改情况</source>
        <translation>Issues by lead unit</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>导出统计</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
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
    <name>LedgerCheck</name>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>措施无责任单位</source>
        <translation>Measure without unit</translation>
    </message>
    <message>
        <source>措施无整改时限</source>
        <translation>Measure without deadline</translation>
    </message>
    <message>
        <source>已完成但措施未完成</source>
        <translation>Done with open measures</translation>
    </message>
    <message>
        <source>已完成但无佐证材料</source>
        <translation>Done without evidence</translation>
    </message>
    <message>
        <source>时限早于反馈日期</source>
        <translation>Deadline before feedback</translation>
    </message>
    <message>
        <source>问题序号重复</source>
        <translation>Duplicate number</translation>
    </message>
    <message>
        <source>问题内容重复</source>
        <translation>Duplicate text</translation>
    </message>
    <message>
        <source>状态与措施不符</source>
        <translation>Status disagrees with measures</translation>
    </message>
    <message>
        <source>通报完成率不符</source>
        <translation>Notice rate does not recompute</translation>
    </message>
    <message>
        <source>通报数字已过时</source>
        <translation>Notice figure out of date</translation>
    </message>
    <message>
        <source>巡察</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>问题{number}的措施</source>
        <translation>Measure of issue {number}</translation>
    </message>
    <message>
        <source>问题{number}</source>
        <translation>Issue {number}</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>LedgerCheckDialog</name>
    <message>
        <source>台账体检</source>
        <translation>Ledger check</translation>
    </message>
</context>
<context>
    <name>LedgerCheckView</name>
    <message>
        <source>开始体检</source>
        <translation>Run the check</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>双击转到该问题</source>
        <translation>Double-click to go to the issue</translation>
    </message>
    <message>
        <source>全部巡察</source>
        <translation>All inspections</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>无法完成体检：{reason}</source>
        <translation>The check could not finish: {reason}</translation>
    </message>
    <message>
        <source>未发现问题，台账可以上报。</source>
        <translation>Nothing found: the ledger is ready to report.</translation>
    </message>
    <message>
        <source>发现 {n} 处：错误 {errors} 处，提醒 {notices} 处。双击转到该问题。</source>
        <translation>{n} findings: {errors} errors, {notices} notices. Double-click to go to the issue.</translation>
    </message>
    <message>
        <source>台账在体检后有修改，点“开始体检”重新检查。</source>
        <translation>The ledger changed after the check; click “Run the check” to check again.</translation>
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
    <name>PieChart</name>
    <message>
        <source>{label}  {value}（{share}）</source>
        <translation>{label}  {value} ({share})</translation>
    </message>
    <message>
        <source>无数据</source>
        <translation>No data</translation>
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
        <source>按工作日计算（依节假日安排）</source>
        <translation>In working days (holiday calendar)</translation>
    </message>
    <message>
        <source>打开台账时显示督办提醒</source>
        <translation>Show the supervision list when a ledger opens</translation>
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
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>节假日安排有误</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>无法保存节假日安排：{reason}</source>
        <translation>Cannot save the holiday calendar: {reason}</translation>
    </message>
</context>
<context>
    <name>SupervisionDock</name>
    <message>
        <source>督办提醒</source>
        <translation>Supervision list</translation>
    </message>
</context>
<context>
    <name>SupervisionModel</name>
    <message>
        <source>提醒</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>逾期/剩余</source>
        <translation>Overdue / left</translation>
    </message>
    <message>
        <source>责任领导</source>
        <translation>Lead leader</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{unit}（逾期 {overdue} 项，临期 {due} 项）</source>
        <translation>{unit} ({overdue} overdue, {due} due soon)</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>问题{number} 第{seq}条措施</source>
        <translation>Issue {number}, measure {seq}</translation>
    </message>
    <message>
        <source>问题{number}</source>
        <translation>Issue {number}</translation>
    </message>
    <message>
        <source>逾期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>剩余 {n} 天（{w} 个工作日）</source>
        <translation>{n} days left ({w} working days)</translation>
    </message>
    <message>
        <source>剩余 {n} 天</source>
        <translation>{n} days left</translation>
    </message>
</context>
<context>
    <name>SupervisionView</name>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>启动时显示</source>
        <translation>Show at start-up</translation>
    </message>
    <message>
        <source>打开台账时，如有逾期或临期事项，自动显示督办提醒</source>
        <translation>Show this list when a ledger opens and something is overdue or due soon</translation>
    </message>
    <message>
        <source>正在读取督办事项…</source>
        <translation>Reading the items to chase…</translation>
    </message>
    <message>
        <source>无法读取督办事项：{reason}</source>
        <translation>Cannot read the items to chase: {reason}</translation>
    </message>
    <message>
        <source>{days} 个工作日内到期</source>
        <translation>due within {days} working days</translation>
    </message>
    <message>
        <source>{days} 天内到期</source>
        <translation>due within {days} days</translation>
    </message>
    <message>
        <source>截至 {today}：逾期 {overdue} 项，临期（{window}）{due} 项。</source>
        <translation>As of {today}: {overdue} overdue, {due} due soon ({window}).</translation>
    </message>
    <message>
        <source>没有逾期或临期的问题和整改措施。</source>
        <translation>No issue or measure is overdue or due soon.</translation>
    </message>
</context>
<context>
    <name>SupervisionViews</name>
    <message>
        <source>督办提醒</source>
        <translation>Supervision list</translation>
    </message>
    <message>
        <source>逾期和临期的问题、整改措施，按责任单位列出</source>
        <translation>Overdue and due-soon issues and measures, by unit</translation>
    </message>
    <message>
        <source>统计分析…</source>
        <translation>Statistics…</translation>
    </message>
    <message>
        <source>整改进度、完成率、按单位和类别的统计，可导出 Excel</source>
        <translation>Progress, rates, figures by unit and category; exportable to Excel</translation>
    </message>
    <message>
        <source>台账体检…</source>
        <translation>Ledger check…</translation>
    </message>
    <message>
        <source>上报前检查台账中缺项、矛盾和过时的数字</source>
        <translation>Find gaps, contradictions and stale figures before the ledger goes upward</translation>
    </message>
    <message>
        <source>临期提醒设置未能写入台账：{reason}</source>
        <translation>The due-soon setting could not be saved in the ledger: {reason}</translation>
    </message>
    <message>
        <source>统计分析</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>台账体检</source>
        <translation>Ledger check</translation>
    </message>
    <message>
        <source>{what} — {ledger}</source>
        <translation>{what} — {ledger}</translation>
    </message>
</context>
<context>
    <name>YearEditor</name>
    <message>
        <source>已按国务院办公厅放假安排通知录入并核对（含调休上班日）</source>
        <translation>Entered and checked against the State Council&apos;s holiday notice (with make-up working days)</translation>
    </message>
    <message>
        <source>如：国务院办公厅关于{year}年部分节假日安排的通知</source>
        <translation>e.g. the State Council General Office&apos;s notice on the {year} holidays</translation>
    </message>
    <message>
        <source>假日名称</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>放假开始</source>
        <translation>First day off</translation>
    </message>
    <message>
        <source>放假结束</source>
        <translation>Last day off</translation>
    </message>
    <message>
        <source>调休上班日</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>添加假日</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <source>删除所选假日</source>
        <translation>Remove selected holidays</translation>
    </message>
    <message>
        <source>添加调休上班日</source>
        <translation>Add make-up working day</translation>
    </message>
    <message>
        <source>删除所选上班日</source>
        <translation>Remove selected working days</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>放假（含调休形成的连休）</source>
        <translation>Days off (whole breaks, make-up days included)</translation>
    </message>
    <message>
        <source>调休上班的周六、周日</source>
        <translation>Saturdays and Sundays worked</translation>
    </message>
    <message>
        <source>{year}年：已按国务院办公厅通知录入，计算工作日时含调休。</source>
        <translation>{year}: entered from the State Council&apos;s notice; working days include the make-up days.</translation>
    </message>
    <message>
        <source>注意：{year}年的放假调休安排尚未正式录入，工作日只按法定节日和周末计算，不含调休。国务院办公厅通知公布后，请按通知修改并勾选下面的选项。</source>
        <translation>Note: the official {year} schedule is not entered; working days count statutory holidays and weekends only, without make-up days. When the State Council&apos;s notice is out, enter it and tick the box below.</translation>
    </message>
    <message>
        <source>注意：尚无{year}年的节假日数据，工作日只按周末计算。请按国务院办公厅通知录入。</source>
        <translation>Note: there are no holidays for {year}; working days count weekends only. Enter them from the State Council&apos;s notice.</translation>
    </message>
    <message>
        <source>共 {days} 天假日，{workdays} 个调休上班日。</source>
        <translation>{days} days off, {workdays} make-up working days.</translation>
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
