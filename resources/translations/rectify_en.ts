<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccessFollower</name>
    <message>
        <source>账号与权限…</source>
        <translation>Accounts and permissions…</translation>
    </message>
    <message>
        <source>服务器台账的角色：谁可以修改什么（管理员使用）</source>
        <translation>Roles on a server ledger: who may change what (for administrators)</translation>
    </message>
    <message>
        <source>责任单位填报账号：您的账号（{login}）只能为{units}牵头或配合的问题和措施填写整改进展、添加佐证材料，修改进展说明、整改状态和完成时间。</source>
        <translation>Unit clerk login: your login ({login}) may, for the issues and measures that {units} leads or cooperates on, add progress notes and evidence and change the progress, status and completion date.</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>账号与权限</source>
        <translation>Accounts and permissions</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>填报的责任单位</source>
        <translation>Units reported for</translation>
    </message>
    <message>
        <source>设置角色和策略</source>
        <translation>Set up roles and policies</translation>
    </message>
    <message>
        <source>在服务器上建立台账的角色和行级安全策略（可重复进行，升级后请再做一次）</source>
        <translation>Create the ledger&apos;s roles and row-level security policies on the server (safe to repeat; do it again after an upgrade)</translation>
    </message>
    <message>
        <source>授予</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>收回</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>{count} 个登录账号有这个台账的角色。登录账号的密码由数据库管理员设置。</source>
        <translation>{count} logins hold a role on this ledger. Their passwords are set by the database administrator.</translation>
    </message>
    <message>
        <source>收回 {login} 在这个台账上的角色？</source>
        <translation>Revoke the role of {login} on this ledger?</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>备份时间</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{files} 个（{size}）</source>
        <translation>Files: {files} ({size})</translation>
    </message>
    <message>
        <source>，缺 {count} 个</source>
        <translation>, {count} missing</translation>
    </message>
    <message>
        <source>这份备份缺少以下佐证材料（当前台账中也没有时，不能用它恢复）：</source>
        <translation>This backup lacks the following evidence files (unless the current ledger has them, it cannot be restored):</translation>
    </message>
    <message>
        <source>……另有 {count} 个</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>现在把台账备份一份（不影响正在进行的工作）</source>
        <translation>Make a backup of the ledger now (your work is not interrupted)</translation>
    </message>
    <message>
        <source>恢复所选…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <source>用所选的备份替换当前台账；当前台账会先自动备份，可以再恢复回来</source>
        <translation>Replace the ledger with the selected backup; the current ledger is backed up first and can be restored again</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>保留最近</source>
        <translation>Keep backups of the last</translation>
    </message>
    <message>
        <source>的备份（最新的 {count} 个备份无论多旧都保留）</source>
        <translation>(the newest {count} backups are kept however old they are)</translation>
    </message>
    <message>
        <source>这是服务器上的共享台账（PostgreSQL），不在本机备份，请由数据库管理员用 pg_dump 备份和恢复（佐证材料保存在台账数据库中，一并备份）。</source>
        <translation>This is a shared ledger on a server (PostgreSQL). It is not backed up on this computer; ask the database administrator to back it up and restore it with pg_dump (the evidence files are kept in the ledger&apos;s database and backed up with it).</translation>
    </message>
    <message>
        <source>台账：{ledger}
备份保存在：{folder}
每天第一次打开台账时自动备份一次；导入、合并、读入通报和恢复之前也会自动备份。</source>
        <translation>Ledger: {ledger}
Backups are kept in: {folder}
The ledger is backed up automatically when it is first opened each day, and before every import, merge, notice and restore.</translation>
    </message>
    <message>
        <source>佐证材料随台账一并备份和恢复（存放在备份文件夹的 evidence 子文件夹中，同一份文件只保存一次）。</source>
        <translation>Evidence files are backed up and restored with the ledger (in the backup folder&apos;s evidence subfolder; each file is stored only once).</translation>
    </message>
    <message>
        <source>台账以只读方式打开：可以备份，不能恢复或修改保留天数。</source>
        <translation>The ledger is open read-only: it can be backed up, but not restored, and the days to keep cannot be changed.</translation>
    </message>
    <message>
        <source>正在读取备份…</source>
        <translation>Reading the backups…</translation>
    </message>
    <message>
        <source>还没有备份。</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>正在备份台账…</source>
        <translation>Backing up the ledger…</translation>
    </message>
    <message>
        <source>备份失败</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>已备份：{name}（{size}）</source>
        <translation>Backed up: {name} ({size})</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>关闭提示</source>
        <translation>Close this message</translation>
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
        <translation>Edit issues ({count})</translation>
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
        <translation>Changes: {rows}, in issues: {issues}.</translation>
    </message>
    <message>
        <source>没有要修改的内容。</source>
        <translation>Nothing to change.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Python 包 holidays {version}（含国务院办公厅公布的调休）</source>
        <translation>the Python package holidays {version} (with the State Council&apos;s make-up working days)</translation>
    </message>
    <message>
        <source>随软件提供的日历文件</source>
        <translation>the calendar files shipped with the app</translation>
    </message>
    <message>
        <source>本机调整（在此页修改并保存）</source>
        <translation>local adjustments (edited and saved on this page)</translation>
    </message>
    <message>
        <source>无数据，仅按周末计算</source>
        <translation>no data: weekends only</translation>
    </message>
    <message>
        <source>{years}年：{origin}</source>
        <translation>{years}: {origin}</translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>节假日用于计算“N个工作日内”的整改时限和按工作日计算的临期提醒。日期可写作 2026年2月15日、2026-2-15 或 2月15日。</source>
        <translation>Holidays count deadlines written as “within N working days” and the due-soon warning when it is in working days. Dates may be written 2026年2月15日, 2026-2-15 or 2月15日.</translation>
    </message>
    <message>
        <source>各年数据来源：{summary}</source>
        <translation>Where each year comes from: {summary}</translation>
    </message>
    <message>
        <source>{year}年节假日：{reason}</source>
        <translation>Holidays of {year}: {reason}</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>检查台账</source>
        <translation>Check ledger</translation>
    </message>
    <message>
        <source>检查台账发现问题</source>
        <translation>The check found problems</translation>
    </message>
    <message>
        <source>数据：{risk}</source>
        <translation>Data: {risk}</translation>
    </message>
    <message>
        <source>请这样做：{action}</source>
        <translation>What to do: {action}</translation>
    </message>
    <message>
        <source>详细信息…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>每一处问题的技术细节，供技术支持查看</source>
        <translation>The technical details of every problem, for technical support</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>把检查结果和技术细节复制到剪贴板</source>
        <translation>Copy the result and the technical details to the clipboard</translation>
    </message>
    <message>
        <source>隐藏详细信息</source>
        <translation>Hide details</translation>
    </message>
</context>
<context>
    <name>ColumnList</name>
    <message>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Check all</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>必须导出：导入时靠这一列识别问题</source>
        <translation>Always exported: importing needs this column to tell the issues apart</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>双方都修改了</source>
        <translation>Both changed it</translation>
    </message>
    <message>
        <source>只有我修改了</source>
        <translation>Only I changed it</translation>
    </message>
    <message>
        <source>只有对方修改了</source>
        <translation>Only they changed it</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>我的内容</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>对方保存的内容</source>
        <translation>Theirs (saved)</translation>
    </message>
    <message>
        <source>谁修改了</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>记录已被修改</source>
        <translation>Record changed by someone else</translation>
    </message>
    <message>
        <source>其他用户</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>此{what}已被{by}修改于{at}</source>
        <translation>This {what} was changed by {by} at {at}</translation>
    </message>
    <message>
        <source>此{what}已被{by}修改</source>
        <translation>This {what} was changed by {by}</translation>
    </message>
    <message>
        <source>对方保存后，两边的内容已经一样，没有不同之处。可以直接保存（覆盖）或重新载入。</source>
        <translation>After their save both versions are the same. You can save (overwrite) or reload.</translation>
    </message>
    <message>
        <source>下表列出两边不同的内容，其中 {count} 项双方都修改了（红色），只能二选一：重新载入（用对方的）或覆盖（用我的）。</source>
        <translation>The table lists what differs. {count} of the items were changed by both (in red), so you must choose one version: reload (theirs) or overwrite (mine).</translation>
    </message>
    <message>
        <source>下表列出两边不同的内容。双方没有修改同一项，可以合并：保留对方的修改，再加上我的修改。</source>
        <translation>The table lists what differs. No item was changed by both, so the two can be merged: their changes are kept and mine are added.</translation>
    </message>
    <message>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>放弃我的修改，显示对方保存的内容</source>
        <translation>Discard my changes and show what they saved</translation>
    </message>
    <message>
        <source>覆盖</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>保存我的内容，替换对方的修改</source>
        <translation>Save my version in place of their changes</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>保留对方的修改，再保存我修改过的内容（双方修改了同一项时不能合并）</source>
        <translation>Keep their changes and save the items I changed (not possible when both changed the same item)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>暂不保存，我的修改留在表单中</source>
        <translation>Do not save now; my changes stay in the form</translation>
    </message>
    <message>
        <source>重新载入：放弃我的修改。覆盖：用我的内容替换对方的修改。合并：对方的修改保留，我修改过的内容也保存。</source>
        <translation>Reload: discard my changes. Overwrite: replace their changes with mine. Merge: keep their changes and save mine as well.</translation>
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
        <translation>; changes since {day}: {n}</translation>
    </message>
    <message>
        <source>；逾期共 {n} 项，清单只列出逾期最久的 {shown} 项</source>
        <translation>; items overdue: {n}, the list shows the {shown} longest overdue</translation>
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
        <source>整改情况统计</source>
        <translation>Rectification statistics</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>{rate}（{done}/{total}）</source>
        <translation>{rate} ({done}/{total})</translation>
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
        <source>基本信息</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>历史</source>
        <translation>Log</translation>
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
    <name>EvidenceTab</name>
    <message>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>核验文件</source>
        <translation>Verify files</translation>
    </message>
    <message>
        <source>检查每份材料的文件是否还在材料库中、内容是否被改动</source>
        <translation>Check that every file is still in the evidence store and unchanged</translation>
    </message>
    <message>
        <source>导出销号材料包…</source>
        <translation>Export sign-off package…</translation>
    </message>
    <message>
        <source>把本问题的全部佐证材料和一份材料目录导出为一个 zip 文件</source>
        <translation>Export all of this issue&apos;s evidence with an index sheet as one zip file</translation>
    </message>
    <message>
        <source>把文件拖到列表中即可添加（会复制一份保存在台账旁的材料库中）。</source>
        <translation>Drop files on the list to add them (a copy is kept in the evidence store beside the ledger).</translation>
    </message>
    <message>
        <source>把文件拖到列表中即可添加（会复制一份保存在台账服务器的数据库中，各用户都能看到）。</source>
        <translation>Drop files on the list to add them (a copy is kept in the ledger server&apos;s database, where every user sees it).</translation>
    </message>
    <message>
        <source>附到</source>
        <translation>Attach to</translation>
    </message>
    <message>
        <source>问题整体</source>
        <translation>The issue as a whole</translation>
    </message>
    <message>
        <source>尚无佐证材料。</source>
        <translation>No evidence yet.</translation>
    </message>
    <message>
        <source>共 {count} 份，{size}</source>
        <translation>Files: {count}, {size}</translation>
    </message>
    <message>
        <source>；{n} 份文件缺失</source>
        <translation>; {n} missing</translation>
    </message>
    <message>
        <source>；{n} 份文件内容已被改动</source>
        <translation>; {n} altered</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <source>巡察：{title}</source>
        <translation>Inspection: {title}</translation>
    </message>
    <message>
        <source>全部巡察</source>
        <translation>All inspections</translation>
    </message>
    <message>
        <source>类别“{name}”</source>
        <translation>category “{name}”</translation>
    </message>
    <message>
        <source>状态 {list}</source>
        <translation>status {list}</translation>
    </message>
    <message>
        <source>单位“{unit}”</source>
        <translation>unit “{unit}”</translation>
    </message>
    <message>
        <source>领导“{leader}”</source>
        <translation>leader “{leader}”</translation>
    </message>
    <message>
        <source>逾期或即将到期</source>
        <translation>overdue or due soon</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
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
        <source>搜索“{text}”</source>
        <translation>search “{text}”</translation>
    </message>
    <message>
        <source>筛选：{conditions}</source>
        <translation>filter: {conditions}</translation>
    </message>
    <message>
        <source>未筛选</source>
        <translation>no filter</translation>
    </message>
    <message>
        <source>降序</source>
        <translation>descending</translation>
    </message>
    <message>
        <source>升序</source>
        <translation>ascending</translation>
    </message>
    <message>
        <source>按“{column}”{order}排列</source>
        <translation>sorted by “{column}”, {order}</translation>
    </message>
    <message>
        <source>按台账顺序排列</source>
        <translation>in ledger order</translation>
    </message>
</context>
<context>
    <name>ExcelExporter</name>
    <message>
        <source>Excel 台账…</source>
        <translation>Excel ledger…</translation>
    </message>
    <message>
        <source>把当前视图或整个台账导出为 Excel 工作簿</source>
        <translation>Export the current view or the whole ledger as an Excel workbook</translation>
    </message>
    <message>
        <source>导出 Excel 台账</source>
        <translation>Export Excel ledger</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在读取台账…</source>
        <translation>Reading the ledger…</translation>
    </message>
    <message>
        <source>正在保存文件…</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <source>正在写入第 {done} / {total} 个问题…</source>
        <translation>Writing issue {done} of {total}…</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>已导出 {issues} 个问题、{measures} 条整改措施。
工作表：{sheets}

{path}</source>
        <translation>Exported issues: {issues}, measures: {measures}.
Sheets: {sheets}

{path}</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出 Excel 台账</source>
        <translation>Export Excel ledger</translation>
    </message>
    <message>
        <source>当前视图：{count} 个问题，按屏幕上的顺序</source>
        <translation>Current view (issues: {count}), in the order shown</translation>
    </message>
    <message>
        <source>整个台账：{inspections} 次巡察，{count} 个问题，每次巡察一张工作表</source>
        <translation>Whole ledger (inspections: {inspections}, issues: {count}), one sheet per inspection</translation>
    </message>
    <message>
        <source>整个台账：{inspections} 次巡察，每次巡察一张工作表</source>
        <translation>Whole ledger (inspections: {inspections}), one sheet per inspection</translation>
    </message>
    <message>
        <source>导出范围</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>附“统计”工作表（按状态、牵头单位、类别统计，逾期和即将到期清单）</source>
        <translation>Add a statistics sheet (by status, lead unit and category; overdue and due-soon lists)</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>填报日期</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>Sheet heading</translation>
    </message>
    <message>
        <source>勾选要导出的列，拖动或用“上移”“下移”调整顺序。下次导出沿用这次的选择。</source>
        <translation>Check the columns to export; drag them or use Up and Down to order them. The next export starts from this choice.</translation>
    </message>
    <message>
        <source>导出的列</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>每张工作表用其巡察的标题</source>
        <translation>Each sheet takes its inspection&apos;s title</translation>
    </message>
    <message>
        <source>每张工作表填其被巡察单位</source>
        <translation>Each sheet names its inspected unit</translation>
    </message>
    <message>
        <source>如：{title}</source>
        <translation>e.g. {title}</translation>
    </message>
    <message>
        <source>默认为被巡察单位</source>
        <translation>The inspected unit by default</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>不能打开“{name}”：可以拖入的文件类型为 {kinds}。</source>
        <translation>Cannot open “{name}”: files that can be dropped here are {kinds}.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>选择文件和工作表</source>
        <translation>Choose the file and the sheet</translation>
    </message>
    <message>
        <source>点击“浏览…”选择文件，或把文件拖到主窗口</source>
        <translation>Click “Browse…” to choose a file, or drop a file on the main window</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>工作表：</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>{name}（隐藏）</source>
        <translation>{name} (hidden)</translation>
    </message>
    <message>
        <source>{name}（未找到表头）</source>
        <translation>{name} (no header found)</translation>
    </message>
    <message>
        <source>这是隐藏的工作表。</source>
        <translation>This sheet is hidden. </translation>
    </message>
    <message>
        <source>共 {rows} 行。</source>
        <translation>{rows} rows. </translation>
    </message>
    <message>
        <source>在前 30 行中没有找到表头，请在下一步指定表头所在的行和各列的含义。</source>
        <translation>No header was found in the first 30 rows; on the next page, choose the header row and what each column holds.</translation>
    </message>
    <message>
        <source>第 {first}–{last} 行</source>
        <translation>rows {first}–{last}</translation>
    </message>
    <message>
        <source>第 {row} 行</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>表头在{rows}，已识别 {count} 列：{fields}。</source>
        <translation>The header is on {rows}; {count} columns recognised: {fields}. </translation>
    </message>
    <message>
        <source>未找到“{fields}”列，请在下一步指定。</source>
        <translation>No column for “{fields}” was found; choose it on the next page.</translation>
    </message>
    <message>
        <source>选择要导入的 Excel 台账（.xlsx、.xls、.ods，网上系统导出的网页、XML 表格，或做成 Word 表格的台账），再选择台账所在的工作表。</source>
        <translation>Choose the Excel ledger to import (.xlsx, .xls, .ods, a web page or XML table exported by an online system, or a ledger kept as a Word table), then the sheet that holds the ledger.</translation>
    </message>
    <message>
        <source>选择台账文件</source>
        <translation>Choose the ledger file</translation>
    </message>
    <message>
        <source>台账 ({patterns});;Word 文档中的表格 ({documents});;所有文件 (*)</source>
        <translation>Ledgers ({patterns});;Tables in Word documents ({documents});;All files (*)</translation>
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
        <translation>The ledger file is read-only, so the hand-off number cannot be recorded; copy it to a place you can write to and hand out again.</translation>
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
        <source>不采纳的 {n} 处已记下，再次合并同样的内容时不再列出。</source>
        <translation> The {n} changes not taken are remembered and will not be listed again when the same answers are merged.</translation>
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
        <source>正在读取要分发的问题和措施…</source>
        <translation>Reading the issues and measures to hand out…</translation>
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
        <translation>{name} (issues: {issues}, rows: {rows})</translation>
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
        <translation>Units selected: {n}</translation>
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
        <source>类别 #{id}</source>
        <translation>Category #{id}</translation>
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
    <message>
        <source>问题</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>修改历史</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>原值、新值、操作说明或文件名中的文字</source>
        <translation>Text in the old or new value, the description or the file name</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
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
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>日期从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>打开所在问题</source>
        <translation>Open issue</translation>
    </message>
    <message>
        <source>在主窗口中显示这条修改所属的问题（或巡察）</source>
        <translation>Show the issue (or inspection) of this change in the main window</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>显示最新的 {count} 条修改；更早的请用筛选条件查找。</source>
        <translation>Showing the newest {count} changes; use the filters to find older ones.</translation>
    </message>
    <message>
        <source>共 {count} 条修改</source>
        <translation>Changes: {count}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入 Excel 台账</source>
        <translation>Import an Excel ledger</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>正在打开“{name}”…</source>
        <translation>Opening “{name}”…</translation>
    </message>
    <message>
        <source>“{name}”是分发给责任单位填报的台账。导入会把其中的问题再新增一遍；应当用“合并回收的台账”把单位填写的内容逐项合并。

现在改为合并吗？</source>
        <translation>“{name}” is a workbook handed out to a unit. Importing it would add its issues a second time; use “Merge returned workbooks” to merge what the unit filled in, field by field.

Merge it instead?</translation>
    </message>
    <message>
        <source>正在读取“{name}”…</source>
        <translation>Reading “{name}”…</translation>
    </message>
    <message>
        <source>无法导入“{name}”。

{reason}</source>
        <translation>Cannot import “{name}”.

{reason}</translation>
    </message>
    <message>
        <source>读取“{name}”时出错：{reason}

台账没有改变。如果文件能用 Excel 或 WPS 打开，请另存为 .xlsx 后再导入。</source>
        <translation>Reading “{name}” failed: {reason}

The ledger was not changed. If the file opens in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>“{name}”的内容与台账相同，台账没有变化。</source>
        <translation>“{name}” holds what the ledger already has; nothing changed.</translation>
    </message>
    <message>
        <source>新增问题 {n} 个</source>
        <translation>Issues added: {n}</translation>
    </message>
    <message>
        <source>更新问题 {n} 个</source>
        <translation>Issues updated: {n}</translation>
    </message>
    <message>
        <source>新增整改措施 {n} 条</source>
        <translation>Measures added: {n}</translation>
    </message>
    <message>
        <source>已导入“{name}”：{parts}。可用“撤销”取消这次导入。</source>
        <translation>Imported “{name}”: {parts}. Undo takes the import back.</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>（值：{value}）</source>
        <translation> (value: {value})</translation>
    </message>
    <message>
        <source>Excel 台账…</source>
        <translation>Excel ledger…</translation>
    </message>
    <message>
        <source>从 Excel 台账（.xlsx、.xls、.ods）导入问题和整改措施</source>
        <translation>Import issues and measures from an Excel ledger (.xlsx, .xls, .ods)</translation>
    </message>
    <message>
        <source>导入“{name}”</source>
        <translation>Import “{name}”</translation>
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
        <source>措施完成</source>
        <translation>Measures done</translation>
    </message>
    <message>
        <source>最近进展</source>
        <translation>Last progress</translation>
    </message>
    <message>
        <source>问题本身未写整改时限；这是其未完成整改措施中最早的时限：{deadline}</source>
        <translation>The issue names no deadline of its own; this is the earliest of its unfinished measures&apos;: {deadline}</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>正在排版…</source>
        <translation>Laying out…</translation>
    </message>
    <message>
        <source>已完成 {done} / {total} 份，共 {pages} 页</source>
        <translation>{done} of {total} documents done (pages: {pages})</translation>
    </message>
    <message>
        <source>已完成 {pages} 页</source>
        <translation>Pages done: {pages}</translation>
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
    <message>
        <source>单位名称疑似连写</source>
        <translation>Units run together</translation>
    </message>
    <message>
        <source>单位名称仅出现一次</source>
        <translation>Unit named only once</translation>
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
        <translation>Findings: {n} (errors: {errors}, notices: {notices}). Double-click to go to the issue.</translation>
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
        <source>使用手册</source>
        <translation>User manual</translation>
    </message>
    <message>
        <source>打开用户手册（随程序安装，无需联网）</source>
        <translation>Open the user manual (installed with the app, no network needed)</translation>
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
        <source>显示 {shown} / 共 {total} 个问题&#x3000;逾期 {overdue}&#x3000;即将到期 {due_soon}&#x3000;已完成 {done}</source>
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
        <translation>Delete the inspection “{title}” with all its issues ({count}) and their measures? Undo brings them back.</translation>
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
        <source>新台账</source>
        <translation>New ledger</translation>
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
        <source>跟踪巡察、巡视、审计反馈问题的整改：问题和整改措施、责任和时限、进展和佐证材料，直至销号。</source>
        <translation>Follows up the problems raised by inspections, tours and audits: issues and measures, responsibilities and deadlines, progress and evidence, until sign-off.</translation>
    </message>
    <message>
        <source>关于整改台账</source>
        <translation>About Rectification ledger</translation>
    </message>
    <message>
        <source>显示前 {shown} / 共 {total} 个问题&#x3000;正在读取其余问题…</source>
        <translation>Showing the first {shown} of {total} issues   reading the rest…</translation>
    </message>
    <message>
        <source>无法读取措施和进展内容，搜索只查问题本身：{reason}</source>
        <translation>Could not read the measures and progress notes; the search looks in the issues only: {reason}</translation>
    </message>
    <message>
        <source>&#x3000;正在读取措施和进展内容，搜索结果随后补全…</source>
        <translation>   reading the measures and progress notes: more results may follow…</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>整改台账使用手册</source>
        <translation>Rectification ledger — user manual</translation>
    </message>
    <message>
        <source>找不到用户手册（{path}）。请重新安装本程序。</source>
        <translation>The user manual is missing ({path}). Please reinstall the app.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>表头和各列的含义</source>
        <translation>Header and columns</translation>
    </message>
    <message>
        <source>黄色的是表头行。请核对每一列“导入为”的内容，不需要的列选“不导入”。您的选择会被记住，下次导入同样表头的台账时自动使用。</source>
        <translation>The header rows are yellow. Check what each column is imported as; choose “Skip” for columns not needed. Your choice is remembered for ledgers with the same header.</translation>
    </message>
    <message>
        <source>恢复自动识别</source>
        <translation>Back to automatic</translation>
    </message>
    <message>
        <source>已按上次对同样表头的选择设置各列。</source>
        <translation>Columns set as you chose last time for this header.</translation>
    </message>
    <message>
        <source>表头所在的行：</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>（未找到表头）</source>
        <translation>(no header found)</translation>
    </message>
    <message>
        <source>（两行表头：第 {first}–{last} 行；数据从第 {data} 行开始）</source>
        <translation>(two header rows: {first}–{last}; data from row {data})</translation>
    </message>
    <message>
        <source>（数据从第 {data} 行开始）</source>
        <translation>(data from row {data})</translation>
    </message>
    <message>
        <source>请指定哪一列是“{fields}”（带 * 的必须指定）。</source>
        <translation>Choose the column for “{fields}” (those marked * are required).</translation>
    </message>
    <message>
        <source>”“</source>
        <translation>”, “</translation>
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
        <translation>Unit&apos;s answer</translation>
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
        <translation>Changes: {n}</translation>
    </message>
    <message>
        <source>新增整改措施 {n} 条</source>
        <translation>Measures added: {n}</translation>
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
        <source>此前已不采纳 {n} 处（不再合并；如要采纳，请勾选）</source>
        <translation>Turned down before: {n} (not merged again; tick to take them)</translation>
    </message>
    <message>
        <source>问题 {n} 个（未合并）</source>
        <translation>Problems (not merged): {n}</translation>
    </message>
    <message>
        <source>无法合并的文件 {n} 个</source>
        <translation>Files that cannot be merged: {n}</translation>
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
        <translation>Take the unit&apos;s</translation>
    </message>
    <message>
        <source>保留台账现值</source>
        <translation>Keep the ledger&apos;s</translation>
    </message>
    <message>
        <source>新增整改措施</source>
        <translation>New measure</translation>
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
        <source>此前已不采纳的 {n} 处不再合并（勾选的除外）。</source>
        <translation> {n} changes turned down before are not merged again (unless ticked).</translation>
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
    <name>NoticeImportDialog</name>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>导入整改情况通报</source>
        <translation>Import a rectification notice</translation>
    </message>
    <message>
        <source>打开文件…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <source>粘贴文本</source>
        <translation>Paste text</translation>
    </message>
    <message>
        <source>读入剪贴板中的通报全文（如从网页复制的）</source>
        <translation>Read the whole notice from the clipboard (e.g. copied from a web page)</translation>
    </message>
    <message>
        <source>读取文本</source>
        <translation>Read text</translation>
    </message>
    <message>
        <source>按左侧的文字重新读取</source>
        <translation>Read the text on the left again</translation>
    </message>
    <message>
        <source>通报原文</source>
        <translation>Notice text</translation>
    </message>
    <message>
        <source>巡察</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>问题 / 整改措施</source>
        <translation>Issue / measure</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>问题和措施</source>
        <translation>Issues and measures</translation>
    </message>
    <message>
        <source>统计项</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>数字</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>统计数字</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>问题提示</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>并入台账中已有的巡察：</source>
        <translation>Add to an inspection already in the ledger:</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>巡察时间</source>
        <translation>Inspection period</translation>
    </message>
    <message>
        <source>集中整改期</source>
        <translation>Concentrated rectification</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>：</source>
        <translation>:</translation>
    </message>
    <message>
        <source>修改巡察信息…</source>
        <translation>Edit inspection…</translation>
    </message>
    <message>
        <source>打开通报</source>
        <translation>Open notice</translation>
    </message>
    <message>
        <source>无法读入通报</source>
        <translation>Cannot read the notice</translation>
    </message>
    <message>
        <source>剪贴板中没有文字。请先在网页或文档中复制通报全文，再点击“粘贴文本”。</source>
        <translation>The clipboard holds no text. Copy the whole notice from a web page or document first, then click “Paste text”.</translation>
    </message>
    <message>
        <source>文件：{name}（{encoding}）</source>
        <translation>File: {name} ({encoding})</translation>
    </message>
    <message>
        <source>粘贴的文本</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <source>（未能读出）</source>
        <translation>(could not be read)</translation>
    </message>
    <message>
        <source>问题和措施（{issues}/{measures}）</source>
        <translation>Issues and measures ({issues}/{measures})</translation>
    </message>
    <message>
        <source>问题{number}.</source>
        <translation>Issue {number}. </translation>
    </message>
    <message>
        <source>原文：{progress}</source>
        <translation>As written: {progress}</translation>
    </message>
    <message>
        <source>通报中没有统计段落。</source>
        <translation>The notice has no statistics paragraph.</translation>
    </message>
    <message>
        <source>统计数字（{count}）</source>
        <translation>Figures ({count})</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>问题提示（{count}）</source>
        <translation>Problems ({count})</translation>
    </message>
    <message>
        <source>尚未读入通报。</source>
        <translation>No notice read yet.</translation>
    </message>
    <message>
        <source>读出 {issues} 个问题、{measures} 条整改措施；{errors} 处错误，{warnings} 处提示。</source>
        <translation>Read {issues} issues and {measures} measures; {errors} errors, {warnings} warnings. </translation>
    </message>
    <message>
        <source>有错误时不能导入：请在左侧原文中改正后点击“读取文本”。</source>
        <translation>Errors prevent the import: correct the text on the left and click “Read text”.</translation>
    </message>
    <message>
        <source>提示的内容会照原文导入，请核对。</source>
        <translation>Passages with warnings are imported as written; please check them.</translation>
    </message>
    <message>
        <source>第{line}行：{text}</source>
        <translation>Line {line}: {text}</translation>
    </message>
    <message>
        <source>新建巡察“{title}”</source>
        <translation>New inspection “{title}”</translation>
    </message>
    <message>
        <source>新建巡察</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <source>台账中已有巡察“{title}”，这份通报可能已经导入过。如要按新通报更新进度，请在台账中修改；仍可再新建一次。</source>
        <translation>The ledger already has the inspection “{title}”: this notice may have been imported before. To update progress from a newer notice, edit the ledger; you may still create it again.</translation>
    </message>
    <message>
        <source>左侧原文修改后尚未重新读取，导入的是修改前读出的内容。仍要导入吗？</source>
        <translation>The text on the left was changed but not read again; the import would use what was read before the change. Import anyway?</translation>
    </message>
    <message>
        <source>台账中已有巡察“{title}”。仍要再新建一次并导入这份通报吗？</source>
        <translation>The ledger already has the inspection “{title}”. Create it again and import this notice?</translation>
    </message>
    <message>
        <source>（原文：{value}）</source>
        <translation> (as written: {value})</translation>
    </message>
    <message>
        <source>反馈问题</source>
        <translation>Issues raised</translation>
    </message>
    <message>
        <source>已完成整改</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>基本完成</source>
        <translation>Mostly done</translation>
    </message>
    <message>
        <source>正在整改</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not done</translation>
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
        <source>整改完成率</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>制定完善制度</source>
        <translation>Rules made or improved</translation>
    </message>
    <message>
        <source>{n} 个</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>问责：{kind}</source>
        <translation>Accountability: {kind}</translation>
    </message>
    <message>
        <source>{n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>{n} 项</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n} 万元</source>
        <translation>{n} × 10,000 yuan</translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation>{n}×</translation>
    </message>
    <message>
        <source>读入 .txt、.docx 或保存的网页（.html、.mht）格式的通报</source>
        <translation>Read a notice saved as .txt, .docx or a web page (.html, .mht)</translation>
    </message>
    <message>
        <source>打开通报文件（.txt、.docx 或从网站保存的网页），或把通报全文粘贴到这里后点击“读取文本”。原文有误时可在此直接改正，再点击“读取文本”。</source>
        <translation>Open a notice file (.txt, .docx or a page saved from the website), or paste the whole notice here and click “Read text”. If the text has mistakes, correct them here and click “Read text” again.</translation>
    </message>
    <message>
        <source>正在读取“{name}”…</source>
        <translation>Reading “{name}”…</translation>
    </message>
    <message>
        <source>无法读取“{name}”：{reason}</source>
        <translation>Cannot read “{name}”: {reason}</translation>
    </message>
    <message>
        <source>通报 (*.txt *.docx *.doc *.wps *.rtf *.pdf *.ofd *.html *.htm *.mht);;文本文件 (*.txt);;Word 文档 (*.docx *.doc *.wps *.rtf);;PDF、OFD 文件 (*.pdf *.ofd);;网页 (*.html *.htm *.mht *.mhtml);;所有文件 (*)</source>
        <translation>Notices (*.txt *.docx *.doc *.wps *.rtf *.pdf *.ofd *.html *.htm *.mht);;Text files (*.txt);;Word documents (*.docx *.doc *.wps *.rtf);;PDF and OFD files (*.pdf *.ofd);;Web pages (*.html *.htm *.mht *.mhtml);;All files (*)</translation>
    </message>
</context>
<context>
    <name>NoticeWriterDialog</name>
    <message>
        <source>生成整改情况通报</source>
        <translation>Write a rectification notice</translation>
    </message>
    <message>
        <source>如：中共某县交通运输局党组</source>
        <translation>e.g. 中共某县交通运输局党组</translation>
    </message>
    <message>
        <source>如：电话 0374-1234567；邮政地址：某县人民路1号；电子邮箱 jtj@example.cn</source>
        <translation>e.g. 电话 0374-1234567；邮政地址：某县人民路1号；电子邮箱 jtj@example.cn</translation>
    </message>
    <message>
        <source>包含统计段落（数字由台账计算）</source>
        <translation>Include the statistics paragraph (figures from the ledger)</translation>
    </message>
    <message>
        <source>按问题类别分组（（一）（二）…标题）</source>
        <translation>Group by issue category (（一）（二）… headings)</translation>
    </message>
    <message>
        <source>巡察：</source>
        <translation>Inspection:</translation>
    </message>
    <message>
        <source>发文单位：</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>通报日期：</source>
        <translation>Notice date:</translation>
    </message>
    <message>
        <source>联系方式：</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>按选项重新生成</source>
        <translation>Recompose from the options</translation>
    </message>
    <message>
        <source>按上面的选项重新生成正文；对正文的修改将放弃</source>
        <translation>Compose the text again from the options above; edits to the text are discarded</translation>
    </message>
    <message>
        <source>保存…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>保存为 Word 文档（.docx）、文本文件（.txt）或 PDF</source>
        <translation>Save as a Word document (.docx), a text file (.txt) or PDF</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>通报正文（可直接修改，保存和打印以此为准）：</source>
        <translation>Text of the notice (edit it freely; this is what is saved and printed):</translation>
    </message>
    <message>
        <source>重新生成将放弃您对正文的修改。继续吗？</source>
        <translation>Composing again discards your edits to the text. Continue?</translation>
    </message>
    <message>
        <source>通报日期无法识别，请写成 2023年1月11日 或 2023.1.11。</source>
        <translation>The notice date cannot be read; write it like 2023年1月11日 or 2023.1.11.</translation>
    </message>
    <message>
        <source>选项已更改。点击“按选项重新生成”更新正文（将放弃对正文的修改）。</source>
        <translation>The options changed. Click “Recompose from the options” to update the text (your edits are discarded).</translation>
    </message>
    <message>
        <source>正文已修改，保存和打印以修改后的文字为准。</source>
        <translation>The text was edited; the edited text is what is saved and printed.</translation>
    </message>
    <message>
        <source>这次巡察中还没有问题，通报只有开头和结尾。</source>
        <translation>This inspection has no issues yet; the notice has only its opening and closing.</translation>
    </message>
    <message>
        <source>正文按台账生成；可直接修改。</source>
        <translation>Composed from the ledger; you may edit the text.</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>文本文件 (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>保存整改情况通报</source>
        <translation>Save the rectification notice</translation>
    </message>
    <message>
        <source>通报正文是空的，没有保存。</source>
        <translation>The notice is empty; nothing was saved.</translation>
    </message>
    <message>
        <source>无法保存“{name}”：{reason}。如文件正在 Word 或 WPS 中打开，请先关闭。</source>
        <translation>Cannot save “{name}”: {reason}. If the file is open in Word or WPS, close it first.</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>整改情况通报</source>
        <translation>Rectification notice</translation>
    </message>
    <message>
        <source>打印预览：整改情况通报</source>
        <translation>Print preview: rectification notice</translation>
    </message>
    <message>
        <source>台账中还没有巡察。请先新建巡察或导入台账、通报，再生成整改情况通报。</source>
        <translation>The ledger has no inspections yet. Create an inspection or import a ledger or notice first.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>登记整改成效</source>
        <translation>Record an outcome</translation>
    </message>
    <message>
        <source>修改整改成效</source>
        <translation>Edit outcome</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>如 12.345（万元，最多三位小数）</source>
        <translation>e.g. 12.345 (10,000 yuan, at most three decimals)</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>问责方式</source>
        <translation>Accountability</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>资金类别</source>
        <translation>Kind of money</translation>
    </message>
    <message>
        <source>金额（万元）*</source>
        <translation>Amount (10,000 yuan)*</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>制度名称*</source>
        <translation>Name of the rule*</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>如《公务接待管理办法》（修订）</source>
        <translation>e.g. Rules on official receptions (revised)</translation>
    </message>
    <message>
        <source>可填写涉及人员或事项</source>
        <translation>Who or what it concerns (optional)</translation>
    </message>
    <message>
        <source>无法识别的日期，请写成 2023年1月11日 或 2023.1.11</source>
        <translation>Cannot read the date; write it as 2023-1-11 or 2023.1.11</translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <source>登记成效…</source>
        <translation>Record outcome…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{kind} {n} 人</source>
        <translation>{kind} {n}</translation>
    </message>
    <message>
        <source>{kind} {amount} 万元</source>
        <translation>{kind} {amount}</translation>
    </message>
    <message>
        <source>合计：建章立制 {rules} 项</source>
        <translation>Total: {rules} rules made or revised</translation>
    </message>
    <message>
        <source>问责 {n} 人</source>
        <translation>{n} people held accountable</translation>
    </message>
    <message>
        <source>资金 {amount} 万元</source>
        <translation>{amount} × 10,000 yuan recovered</translation>
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
    <name>PostponeDialog</name>
    <message>
        <source>申请延期</source>
        <translation>Request postponement</translation>
    </message>
    <message>
        <source>说明不能按期完成的原因</source>
        <translation>Why the deadline cannot be met</translation>
    </message>
    <message>
        <source>延期对象</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <source>现在的时限</source>
        <translation>Current deadline</translation>
    </message>
    <message>
        <source>延期至*</source>
        <translation>New deadline*</translation>
    </message>
    <message>
        <source>延期理由*</source>
        <translation>Reason*</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>{deadline}（{status}）</source>
        <translation>{deadline} ({status})</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>请填写延期后的时限，如 2023年6月30日。</source>
        <translation>Enter the new deadline, e.g. 2023-6-30.</translation>
    </message>
    <message>
        <source>请填写正确的申请日期。</source>
        <translation>Enter a valid request date.</translation>
    </message>
    <message>
        <source>请填写延期理由。</source>
        <translation>Give the reason for the postponement.</translation>
    </message>
</context>
<context>
    <name>PostponementDecisionDialog</name>
    <message>
        <source>批准延期</source>
        <translation>Approve postponement</translation>
    </message>
    <message>
        <source>不批准延期</source>
        <translation>Refuse postponement</translation>
    </message>
    <message>
        <source>{target}：原时限 {old}，申请延期至 {new}。
申请人 {who}，{when}。
理由：{reason}</source>
        <translation>{target}: deadline {old}, asked to move it to {new}.
Requested by {who} on {when}.
Reason: {reason}</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>可填写审批意见</source>
        <translation>Opinion (optional)</translation>
    </message>
    <message>
        <source>请说明不批准的理由</source>
        <translation>Why the request is refused</translation>
    </message>
    <message>
        <source>审批日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>不批准理由*</source>
        <translation>Reason for refusal*</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>不批准</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>请填写正确的审批日期。</source>
        <translation>Enter a valid decision date.</translation>
    </message>
    <message>
        <source>请填写不批准的理由。</source>
        <translation>Give the reason for the refusal.</translation>
    </message>
</context>
<context>
    <name>PostponementTab</name>
    <message>
        <source>申请延期…</source>
        <translation>Request postponement…</translation>
    </message>
    <message>
        <source>批准…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>不批准…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <source>申请后状态变为“申请延期”；批准后时限改为新日期，不批准则恢复原状态。</source>
        <translation>A request sets the status to “postponement requested”; approval moves the deadline, refusal restores the status.</translation>
    </message>
    <message>
        <source>整改时限：{deadline}&#x3000;状态：{status}&#x3000;已批准延期 {count} 次</source>
        <translation>Deadline: {deadline}   Status: {status}   Postponed: {count}</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>预览并导入</source>
        <translation>Preview and import</translation>
    </message>
    <message>
        <source>核对将要导入的问题和整改措施。红色是错误（须改正后才能导入），黄色是提示。</source>
        <translation>Check the issues and measures to be imported. Red marks errors (to be corrected before importing), yellow marks notes.</translation>
    </message>
    <message>
        <source>新建巡察，名称：</source>
        <translation>New inspection, titled:</translation>
    </message>
    <message>
        <source>导入到已有巡察：</source>
        <translation>Into an existing inspection:</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>问题描述 / 整改措施</source>
        <translation>Issue / measure</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>State</translation>
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
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>导入方式</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>{n} 个问题已在台账中，将按更新处理（按文件内容逐项更新，不会重复添加）。</source>
        <translation>{n} issues are already in the ledger and will be updated from the file, not added again.</translation>
    </message>
    <message>
        <source>文件中有 {n} 个问题已在巡察“{title}”中。如果是再次导入同一文件，请选择“导入到已有巡察”，按更新处理。</source>
        <translation>{n} issues of the file are already in the inspection “{title}”. If this file was imported before, choose “Into an existing inspection” to update them.</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>文件“{file}”：问题 {issues} 个，整改措施 {measures} 条；错误 {errors} 处，提示 {warnings} 处。</source>
        <translation>“{file}”: issues {issues}, measures {measures}; errors {errors}, notes {warnings}.</translation>
    </message>
    <message>
        <source>有 {n} 处错误，不能导入。请在文件中改正后重新选择文件，或返回上一步调整表头和各列。</source>
        <translation>{n} errors: cannot import. Correct them in the file and choose it again, or go back and adjust the header and columns.</translation>
    </message>
    <message>
        <source>文件中没有可导入的问题。</source>
        <translation>The file has no issues to import.</translation>
    </message>
    <message>
        <source>文件有 {sheets} 个工作表（有台账内容的 {ledgers} 个），读取“{read}”：非空行 {rows} 行，其中问题和整改措施 {data} 行（{issues} 个问题）、分类标题 {sections} 行、标题和表头 {heads} 行；台账各列的非空单元格 {cells} 个，导入使用 {used} 个。</source>
        <translation>The file has {sheets} sheets ({ledgers} with ledger rows); read “{read}”: {rows} non-empty rows, of which {data} issue and measure rows ({issues} issues), {sections} section headings and {heads} title and header rows; {cells} non-empty cells in the ledger&apos;s columns, {used} of them used. </translation>
    </message>
    <message>
        <source>跳过 {n} 行（合计 {totals}、说明和签名 {notes}、其他 {other}），都列在下方问题清单中。</source>
        <translation>{n} rows skipped (totals {totals}, notes and signatures {notes}, other {other}), all listed in the problems below. </translation>
    </message>
    <message>
        <source>未导入的列：{columns}。</source>
        <translation>Columns not imported: {columns}.</translation>
    </message>
    <message>
        <source>其整改措施中有 {n} 处问题</source>
        <translation>Problems in its measures: {n}</translation>
    </message>
    <message>
        <source>第 {row} 行</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>问题清单（双击一行可在上方定位）</source>
        <translation>Problems (double-click one to show its row above)</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>打印当前问题…</source>
        <translation>Print current issue…</translation>
    </message>
    <message>
        <source>预览并打印当前问题的问题整改情况表</source>
        <translation>Preview and print the rectification sheet of the current issue</translation>
    </message>
    <message>
        <source>打印所选问题…</source>
        <translation>Print selected issues…</translation>
    </message>
    <message>
        <source>预览并打印所选各问题的问题整改情况表，一个接一个</source>
        <translation>Preview and print the rectification sheets of the selected issues, one after another</translation>
    </message>
    <message>
        <source>打印销号审批表…</source>
        <translation>Print sign-off forms…</translation>
    </message>
    <message>
        <source>预览并打印所选问题（未选时为当前问题）的整改销号审批表</source>
        <translation>Preview and print the sign-off forms of the selected issues (or of the current issue when none is selected)</translation>
    </message>
    <message>
        <source>打印当前视图台账…</source>
        <translation>Print ledger of current view…</translation>
    </message>
    <message>
        <source>按当前筛选和排序，把表格中的问题打印为台账（横向）</source>
        <translation>Print the issues in the table as a ledger (landscape), with the current filter and sort order</translation>
    </message>
    <message>
        <source>打印整改情况通报…</source>
        <translation>Print rectification notice…</translation>
    </message>
    <message>
        <source>预览并打印当前巡察的整改情况通报</source>
        <translation>Preview and print the rectification notice of the current inspection</translation>
    </message>
    <message>
        <source>当前问题的修改有错误，未能保存。请改正或撤销修改后再打印。</source>
        <translation>The changes to the current issue have errors and could not be saved. Correct or revert them, then print again.</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>整改销号审批表</source>
        <translation>Sign-off form</translation>
    </message>
    <message>
        <source>问题整改情况表</source>
        <translation>Rectification sheet</translation>
    </message>
    <message>
        <source>{form}（问题 {number}）</source>
        <translation>{form} (issue {number})</translation>
    </message>
    <message>
        <source>{form}（{count} 份）</source>
        <translation>{form} (copies: {count})</translation>
    </message>
    <message>
        <source>整改台账（{count} 个问题）</source>
        <translation>Rectification ledger (issues: {count})</translation>
    </message>
    <message>
        <source>整改情况通报（{inspection}）</source>
        <translation>Rectification notice ({inspection})</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法导出 PDF</source>
        <translation>Cannot export PDF</translation>
    </message>
    <message>
        <source>已取消导出 PDF。</source>
        <translation>PDF export cancelled.</translation>
    </message>
    <message>
        <source>已导出 PDF：{path}（{pages} 页）</source>
        <translation>PDF exported: {path} (pages: {pages})</translation>
    </message>
    <message>
        <source>生成 PDF 的进程意外退出（{reason}），PDF 未写入。</source>
        <translation>The process writing the PDF ended unexpectedly ({reason}); no PDF was written.</translation>
    </message>
</context>
<context>
    <name>PrintFontGroup</name>
    <message>
        <source>打印字体</source>
        <translation>Print fonts</translation>
    </message>
    <message>
        <source>标题（小标宋）</source>
        <translation>Title (Xiaobiaosong)</translation>
    </message>
    <message>
        <source>正文（仿宋）</source>
        <translation>Body (FangSong)</translation>
    </message>
    <message>
        <source>一级标题（黑体）</source>
        <translation>Heading 1 (Hei)</translation>
    </message>
    <message>
        <source>二级标题（楷体）</source>
        <translation>Heading 2 (Kai)</translation>
    </message>
    <message>
        <source>页码（宋体）</source>
        <translation>Page numbers (Song)</translation>
    </message>
    <message>
        <source>自动（{family}）</source>
        <translation>Automatic ({family})</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>{family}（未安装）</source>
        <translation>{family} (not installed)</translation>
    </message>
    <message>
        <source>未安装的字体（{families}）将自动改用其他字体。</source>
        <translation>Fonts that are not installed ({families}) are replaced automatically.</translation>
    </message>
    <message>
        <source>用“{families}”导出的 PDF 中，部分汉字（如“一”“工”）可能无法搜索和复制。</source>
        <translation>In PDFs exported with “{families}”, some characters (such as 一 and 工) may not be searchable or copyable.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>整改台账</source>
        <translation>Rectification ledger</translation>
    </message>
    <message>
        <source>打印预览 — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>把预览中的内容保存为 PDF 文件</source>
        <translation>Save what the preview shows as a PDF file</translation>
    </message>
    <message>
        <source>预览只显示前 {pages} 页，以便快速查看版式；打印或导出 PDF 时输出全部页面。</source>
        <translation>The preview shows only the first {pages} pages, to check the layout quickly; printing or exporting a PDF gives every page.</translation>
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
        <source>报告人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>下一步计划</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>困难和问题</source>
        <translation>Difficulties</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>删除进展</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <source>本期整改进展情况</source>
        <translation>Progress in this period</translation>
    </message>
    <message>
        <source>下一步打算做什么</source>
        <translation>What comes next</translation>
    </message>
    <message>
        <source>遇到的困难、需要协调的事项</source>
        <translation>Difficulties, matters that need coordination</translation>
    </message>
    <message>
        <source>添加进展</source>
        <translation>Add progress</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
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
        <source>下一步计划</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>困难和问题</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>报告人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>问题整体</source>
        <translation>The issue as a whole</translation>
    </message>
    <message>
        <source>全部进展</source>
        <translation>All notes</translation>
    </message>
    <message>
        <source>默认为操作人：{name}</source>
        <translation>Default: the operator, {name}</translation>
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
    <name>SafetyFeatures</name>
    <message>
        <source>备份与恢复…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <source>查看台账的备份，立即备份，或从备份恢复</source>
        <translation>See the ledger&apos;s backups, back up now, or restore a backup</translation>
    </message>
    <message>
        <source>检查台账文件是否完好</source>
        <translation>Check the ledger file is intact</translation>
    </message>
    <message>
        <source>检查台账文件有没有损坏、修改记录有没有被改动、佐证材料是否齐全（不改动台账）</source>
        <translation>Check that the ledger file is not damaged, its record of changes not altered and its evidence files all there (the ledger is not changed)</translation>
    </message>
    <message>
        <source>检查台账</source>
        <translation>Check ledger</translation>
    </message>
    <message>
        <source>修改历史</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>整个台账的修改记录：谁、何时、改了什么</source>
        <translation>Every change of the ledger: who, when, what</translation>
    </message>
    <message>
        <source>只读账号：您的账号（{login}）在这个台账上是“只读”角色，只能查看、导出和打印，不能修改。</source>
        <translation>Read-only login: your login ({login}) has the read-only role on this ledger; you can view, export and print, but not change anything.</translation>
    </message>
    <message>
        <source>只读方式打开：台账文件或所在文件夹不可写入，只能查看、导出和打印，不能修改。要修改，请把台账复制到可写入的文件夹后再打开。</source>
        <translation>Opened read-only: the ledger file or its folder cannot be written, so it can be viewed, exported and printed but not changed. To edit it, copy the ledger to a writable folder and open it there.</translation>
    </message>
    <message>
        <source>把台账恢复为 {when} 的备份（{reason}：{contents}）？

恢复前会先自动备份当前的台账，需要时可以再恢复回来。恢复后，“撤销”记录将清空。</source>
        <translation>Restore the ledger to the backup of {when} ({reason}: {contents})?

The current ledger is backed up first and can be restored again if needed. After the restore the undo history is cleared.</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>正在恢复备份…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>{reason}

仍要恢复台账记录吗？这些佐证材料恢复后会标为“文件缺失”，需要重新附上。</source>
        <translation>{reason}

Restore the ledger&apos;s records anyway? These evidence files will be marked “file missing” and need to be attached again.</translation>
    </message>
    <message>
        <source>佐证材料不完整</source>
        <translation>Evidence incomplete</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>台账已恢复为 {when} 的备份。</source>
        <translation>The ledger has been restored to the backup of {when}.</translation>
    </message>
    <message>
        <source>恢复前的台账已备份为“{name}”，需要时可以再恢复回来。</source>
        <translation>The ledger as it was before was backed up as “{name}” and can be restored again if needed.</translation>
    </message>
    <message>
        <source>恢复前的台账已损坏，已原样保存为“{name}”。</source>
        <translation>The ledger as it was before was damaged; a raw copy was kept as “{name}”.</translation>
    </message>
    <message>
        <source>已从备份取回佐证材料 {count} 个文件。</source>
        <translation>{count} evidence files were brought back from the backup.</translation>
    </message>
    <message>
        <source>有 {count} 个佐证材料缺失或损坏，未能取回，请重新附上。</source>
        <translation>{count} evidence files were missing or damaged and could not be brought back; please attach them again.</translation>
    </message>
    <message>
        <source>“撤销”记录已清空：恢复之前的修改不能再撤销。</source>
        <translation>The undo history was cleared: changes made before the restore can no longer be undone.</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore complete</translation>
    </message>
    <message>
        <source>正在检查台账（数据库完整性、修改历史的校验链和佐证材料文件）…</source>
        <translation>Checking the ledger (database integrity, the change history&apos;s hash chain and the evidence files)…</translation>
    </message>
    <message>
        <source>问题 {number} 已被删除，无法打开。</source>
        <translation>Issue {number} has been deleted and cannot be opened.</translation>
    </message>
    <message>
        <source>这次巡察已被删除，无法打开。</source>
        <translation>This inspection has been deleted and cannot be opened.</translation>
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
    <message>
        <source>按工作日计算（依节假日安排）</source>
        <translation>In working days (holiday calendar)</translation>
    </message>
    <message>
        <source>打开台账时显示督办提醒</source>
        <translation>Show the supervision list when a ledger opens</translation>
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
        <source>打印字体</source>
        <translation>Print fonts</translation>
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
    <name>SignOffDialog</name>
    <message>
        <source>申请销号</source>
        <translation>Apply for sign-off</translation>
    </message>
    <message>
        <source>审核同意销号</source>
        <translation>Approve sign-off</translation>
    </message>
    <message>
        <source>退回销号申请</source>
        <translation>Return the application</translation>
    </message>
    <message>
        <source>重新打开问题（回头看）</source>
        <translation>Reopen the issue (follow-up)</translation>
    </message>
    <message>
        <source>问题 {number}：{text}</source>
        <translation>Issue {number}: {text}</translation>
    </message>
    <message>
        <source>条件未满足，仍然申请（须说明理由）</source>
        <translation>Apply although the conditions are not met (give the reason)</translation>
    </message>
    <message>
        <source>如：措施属长期坚持事项，阶段性任务已完成</source>
        <translation>e.g. a long-term measure whose current stage is complete</translation>
    </message>
    <message>
        <source>销号条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>申请理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>申请说明</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>可简要说明整改完成情况</source>
        <translation>How the rectification was completed (optional)</translation>
    </message>
    <message>
        <source>审核日期</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>可填写审核意见</source>
        <translation>Opinion (optional)</translation>
    </message>
    <message>
        <source>退回理由*</source>
        <translation>Reason for return*</translation>
    </message>
    <message>
        <source>请说明退回的理由和需要补充的内容</source>
        <translation>Why it is returned and what must be added</translation>
    </message>
    <message>
        <source>重新打开理由*</source>
        <translation>Reason for reopening*</translation>
    </message>
    <message>
        <source>重新打开后的状态</source>
        <translation>Status after reopening</translation>
    </message>
    <message>
        <source>如：巡察“回头看”发现问题反弹</source>
        <translation>e.g. the follow-up inspection found the problem back</translation>
    </message>
    <message>
        <source>同意销号</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>✓ 整改措施已全部完成（{done}/{total}）</source>
        <translation>✓ All measures done ({done}/{total})</translation>
    </message>
    <message>
        <source>✓ 问题已完成</source>
        <translation>✓ The issue is done</translation>
    </message>
    <message>
        <source>✓ 佐证材料 {count} 份</source>
        <translation>✓ {count} evidence files</translation>
    </message>
    <message>
        <source>请填写正确的日期，如 2023年1月11日。</source>
        <translation>Enter a valid date, e.g. 2023-1-11.</translation>
    </message>
    <message>
        <source>日期早于上一步（{date}）。</source>
        <translation>The date is before the previous step ({date}).</translation>
    </message>
    <message>
        <source>勾选“仍然申请”时，请填写申请理由。</source>
        <translation>Give the reason when applying although the conditions are not met.</translation>
    </message>
    <message>
        <source>不能申请销号：{reasons}。如确需申请，请勾选“仍然申请”并说明理由。</source>
        <translation>Cannot apply for sign-off: {reasons}. To apply anyway, tick “apply although…” and give the reason.</translation>
    </message>
    <message>
        <source>请填写退回的理由。</source>
        <translation>Give the reason for returning it.</translation>
    </message>
    <message>
        <source>请填写重新打开的理由。</source>
        <translation>Give the reason for reopening.</translation>
    </message>
</context>
<context>
    <name>SignOffTab</name>
    <message>
        <source>申请销号…</source>
        <translation>Apply for sign-off…</translation>
    </message>
    <message>
        <source>同意销号…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>退回…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>重新打开（回头看）…</source>
        <translation>Reopen (follow-up)…</translation>
    </message>
    <message>
        <source>销号条件：整改措施全部完成，且至少有一份佐证材料。审核同意后问题状态变为“已销号”。</source>
        <translation>Conditions: every measure done and at least one evidence file. Once approved, the issue is signed off.</translation>
    </message>
    <message>
        <source>销号状态：{state}</source>
        <translation>Sign-off: {state}</translation>
    </message>
    <message>
        <source>整改措施已完成 {done}/{total}</source>
        <translation>Measures done {done}/{total}</translation>
    </message>
    <message>
        <source>没有整改措施</source>
        <translation>No measures</translation>
    </message>
    <message>
        <source>{measures}；佐证材料 {count} 份</source>
        <translation>{measures}; {count} evidence files</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>整改状态的写法</source>
        <translation>Status words</translation>
    </message>
    <message>
        <source>文件中有下列无法识别的整改状态。请为每种写法选择对应的状态；选择会被记住，下次导入时自动使用。未选择的写法在预览中作为错误列出。</source>
        <translation>The file has these status words that cannot be read. Choose the state each one means; your choice is remembered for later imports. Words left unchosen are listed as errors in the preview.</translation>
    </message>
    <message>
        <source>文件中的写法</source>
        <translation>Word in the file</translation>
    </message>
    <message>
        <source>所在单元格</source>
        <translation>Cells</translation>
    </message>
    <message>
        <source>对应的状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>{cells} 等 {n} 处</source>
        <translation>{cells} and more ({n} in all)</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
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
        <translation>{n} d overdue</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>剩余 {n} 天（{w} 个工作日）</source>
        <translation>{n} d left ({w} working d)</translation>
    </message>
    <message>
        <source>剩余 {n} 天</source>
        <translation>{n} d left</translation>
    </message>
</context>
<context>
    <name>SupervisionModels</name>
    <message>
        <source>问题</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>措施 {seq}</source>
        <translation>Measure {seq}</translation>
    </message>
    <message>
        <source>完好</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>文件缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>内容已改动</source>
        <translation>Altered</translation>
    </message>
    <message>
        <source>材料名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>所属</source>
        <translation>For</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>原文件名</source>
        <translation>Original name</translation>
    </message>
    <message>
        <source>文件在材料库中；点击“核验文件”可检查内容是否被改动</source>
        <translation>The file is in the store; “Verify files” checks that it is unchanged</translation>
    </message>
    <message>
        <source>已核验：文件完好</source>
        <translation>Verified: the file is intact</translation>
    </message>
    <message>
        <source>材料库中找不到这个文件，可能已被移走或删除</source>
        <translation>The file is not in the store; it may have been moved or deleted</translation>
    </message>
    <message>
        <source>文件内容与添加时不同（已被改动或损坏）</source>
        <translation>The file differs from the one attached (altered or damaged)</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>For</translation>
    </message>
    <message>
        <source>原时限</source>
        <translation>Old deadline</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>延期至</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>审批结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>延期理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>审批日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>意见或理由</source>
        <translation>Opinion or reason</translation>
    </message>
    <message>
        <source>未满足条件时的申请理由</source>
        <translation>Reason for applying without the conditions</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>制度名称或类别</source>
        <translation>Rule or kind</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>人数或金额</source>
        <translation>People or amount</translation>
    </message>
</context>
<context>
    <name>SupervisionPanels</name>
    <message>
        <source>措施 {seq}：{text}</source>
        <translation>Measure {seq}: {text}</translation>
    </message>
</context>
<context>
    <name>SupervisionTabs</name>
    <message>
        <source>进展</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>整改进展：定期报告的进展情况</source>
        <translation>Progress notes reported over time</translation>
    </message>
    <message>
        <source>佐证</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>佐证材料：会议纪要、照片、制度文件等</source>
        <translation>Evidence: minutes, photos, rules and the like</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>延期：申请延长整改时限及审批</source>
        <translation>Requests to extend the deadline, and their decisions</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>销号：申请销号、审核和回头看</source>
        <translation>Sign-off: application, review and follow-up</translation>
    </message>
    <message>
        <source>成效</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>整改成效：建章立制、问责和资金</source>
        <translation>Outcomes: rules, accountability and money</translation>
    </message>
    <message>
        <source>删除这条整改进展？可以用“撤销”恢复。</source>
        <translation>Delete this progress note? Undo brings it back.</translation>
    </message>
    <message>
        <source>添加佐证材料</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>正在添加佐证材料，请稍候。</source>
        <translation>Evidence is being added; please wait.</translation>
    </message>
    <message>
        <source>以下不是文件（如文件夹），未添加：
{names}</source>
        <translation>These are not files (folders, perhaps) and were not added:
{names}</translation>
    </message>
    <message>
        <source>正在复制“{name}”…</source>
        <translation>Copying “{name}”…</translation>
    </message>
    <message>
        <source>“{name}”：{reason}</source>
        <translation>“{name}”: {reason}</translation>
    </message>
    <message>
        <source>已取消，其余 {count} 个文件未添加。</source>
        <translation>Cancelled; the other {count} files were not added.</translation>
    </message>
    <message>
        <source>已添加 {done} 份佐证材料。
{problems}</source>
        <translation>{done} evidence files added.
{problems}</translation>
    </message>
    <message>
        <source>已添加 {count} 份佐证材料。</source>
        <translation>{count} evidence files added.</translation>
    </message>
    <message>
        <source>无法打开文件“{path}”：系统中没有能打开这类文件的程序。</source>
        <translation>Cannot open “{path}”: no program on this computer opens this kind of file.</translation>
    </message>
    <message>
        <source>重命名佐证材料</source>
        <translation>Rename evidence</translation>
    </message>
    <message>
        <source>材料名称：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>删除佐证材料“{title}”？可以用“撤销”恢复。</source>
        <translation>Delete the evidence “{title}”? Undo brings it back.</translation>
    </message>
    <message>
        <source>{count} 份佐证材料有问题：
{lines}</source>
        <translation>{count} evidence files have problems:
{lines}</translation>
    </message>
    <message>
        <source>{count} 份佐证材料的文件都在，内容未被改动。</source>
        <translation>All {count} evidence files are present and unchanged.</translation>
    </message>
    <message>
        <source>核验佐证材料</source>
        <translation>Verify evidence</translation>
    </message>
    <message>
        <source>正在核验文件…</source>
        <translation>Verifying files…</translation>
    </message>
    <message>
        <source>打开佐证材料</source>
        <translation>Open evidence</translation>
    </message>
    <message>
        <source>正在从台账服务器读取文件…</source>
        <translation>Reading the file from the ledger server…</translation>
    </message>
    <message>
        <source>导出销号材料包</source>
        <translation>Export sign-off package</translation>
    </message>
    <message>
        <source>压缩文件 (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>销号材料包（问题 {number}）</source>
        <translation>Sign-off package (issue {number})</translation>
    </message>
    <message>
        <source>已导出销号材料包：{path}</source>
        <translation>Sign-off package written: {path}</translation>
    </message>
    <message>
        <source>正在写入“{name}”…</source>
        <translation>Writing “{name}”…</translation>
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
        <source>删除这项整改成效？可以用“撤销”恢复。</source>
        <translation>Delete this outcome? Undo brings it back.</translation>
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
        <source>截至 {today}：逾期问题 {issues} 个，临期问题 {due_issues} 个（逾期事项 {overdue} 项，临期事项（{window}）{due} 项，问题和措施分别计）。</source>
        <translation>As of {today}: issues overdue {issues}, due soon {due_issues} (items overdue {overdue}, {window} {due}; issues and measures counted separately).</translation>
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
        <source>检查台账内容（体检）…</source>
        <translation>Check the ledger&apos;s contents…</translation>
    </message>
    <message>
        <source>上报前查找台账内容中的缺项、前后矛盾、误录的单位名称和过时的数字</source>
        <translation>Before reporting, look for gaps, contradictions, mistyped unit names and stale figures in the ledger</translation>
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
        <source>数据来源：{origin}</source>
        <translation>Source: {origin}</translation>
    </message>
    <message>
        <source>共 {days} 天假日，{workdays} 个调休上班日。</source>
        <translation>{days} days off, {workdays} make-up working days.</translation>
    </message>
    <message>
        <source>第{row}行假日的开始日期</source>
        <translation>The start date of holiday row {row}</translation>
    </message>
    <message>
        <source>第{row}行假日的结束日期</source>
        <translation>The end date of holiday row {row}</translation>
    </message>
    <message>
        <source>第{row}个调休上班日</source>
        <translation>Make-up working day {row}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>无法完成撤销或重做：{reason}</source>
        <translation>Cannot undo or redo: {reason}</translation>
    </message>
    <message>
        <source>正在撤销“{action}”……</source>
        <translation>Undoing “{action}”…</translation>
    </message>
    <message>
        <source>正在重做“{action}”……</source>
        <translation>Redoing “{action}”…</translation>
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
        <translation>Edit issues ({count})</translation>
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
    <message>
        <source>删除问题 {number} 的整改进展</source>
        <translation>delete progress note of issue {number}</translation>
    </message>
    <message>
        <source>为问题 {number} 添加佐证材料“{title}”</source>
        <translation>add evidence “{title}” to issue {number}</translation>
    </message>
    <message>
        <source>为问题 {number} 添加 {count} 份佐证材料</source>
        <translation>add {count} evidence files to issue {number}</translation>
    </message>
    <message>
        <source>重命名佐证材料为“{title}”</source>
        <translation>rename evidence to “{title}”</translation>
    </message>
    <message>
        <source>删除佐证材料“{title}”</source>
        <translation>delete evidence “{title}”</translation>
    </message>
    <message>
        <source>问题 {number} 申请延期</source>
        <translation>request postponement of issue {number}</translation>
    </message>
    <message>
        <source>批准问题 {number} 的延期申请</source>
        <translation>approve postponement of issue {number}</translation>
    </message>
    <message>
        <source>不批准问题 {number} 的延期申请</source>
        <translation>refuse postponement of issue {number}</translation>
    </message>
    <message>
        <source>问题 {number} 申请销号</source>
        <translation>apply for sign-off of issue {number}</translation>
    </message>
    <message>
        <source>问题 {number} 同意销号</source>
        <translation>approve sign-off of issue {number}</translation>
    </message>
    <message>
        <source>退回问题 {number} 的销号申请</source>
        <translation>return sign-off application of issue {number}</translation>
    </message>
    <message>
        <source>重新打开问题 {number}（回头看）</source>
        <translation>reopen issue {number} (follow-up)</translation>
    </message>
    <message>
        <source>登记问题 {number} 的整改成效</source>
        <translation>record outcome of issue {number}</translation>
    </message>
    <message>
        <source>修改问题 {number} 的整改成效</source>
        <translation>edit outcome of issue {number}</translation>
    </message>
    <message>
        <source>删除问题 {number} 的整改成效</source>
        <translation>delete outcome of issue {number}</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <source>问题</source>
        <translation>issue</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>measure</translation>
    </message>
</context>
<context>
    <name>drop</name>
    <message>
        <source>正在读取“{name}”…</source>
        <translation>Reading “{name}”…</translation>
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
        <translation>{y}-{m:02d}-{d:02d}</translation>
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
        <source>{deadline}（措施）</source>
        <translation>{deadline} (measure)</translation>
    </message>
    <message>
        <source>{y}.{m}.{d}</source>
        <translation>{y}-{m:02d}-{d:02d}</translation>
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
    <message>
        <source>问题 {number}：整改状态改为“{wanted}”，而其 {measures} 项整改措施合起来是“{rolled}”（要一致，需改动其中 {following} 项措施的整改状态）。</source>
        <translation>Issue {number}: set to “{wanted}”, while its {measures} measures together are “{rolled}” (to agree, {following} of the measures would change state).</translation>
    </message>
    <message>
        <source>……共 {count} 个问题。</source>
        <translation>… {count} issues in all.</translation>
    </message>
    <message>
        <source>整改状态与整改措施不一致</source>
        <translation>Issue state and measures disagree</translation>
    </message>
    <message>
        <source>问题的整改状态由其整改措施决定。“措施一并修改”把这些措施的整改状态改为与问题一致；“按措施计算”保留措施不变，问题取措施合起来的状态。</source>
        <translation>An issue&apos;s state follows its measures. “Change the measures too” brings the measures to the issue&apos;s new state; “Follow the measures” leaves them as they are, and the issue takes the state they give.</translation>
    </message>
    <message>
        <source>措施一并修改</source>
        <translation>Change the measures too</translation>
    </message>
    <message>
        <source>按措施计算</source>
        <translation>Follow the measures</translation>
    </message>
</context>
<context>
    <name>notice_actions</name>
    <message>
        <source>整改情况通报…</source>
        <translation>Rectification notice…</translation>
    </message>
    <message>
        <source>生成整改情况通报…</source>
        <translation>Write rectification notice…</translation>
    </message>
    <message>
        <source>按台账生成一次巡察的整改情况通报，保存为 Word、文本或 PDF，或打印</source>
        <translation>Compose an inspection&apos;s rectification notice from the ledger; save it as Word, text or PDF, or print it</translation>
    </message>
    <message>
        <source>读入上级或兄弟单位发布的整改情况通报（.txt、.docx、保存的网页或粘贴的文字）</source>
        <translation>Read a rectification notice published by a superior or neighbouring unit (.txt, .docx, a saved web page or pasted text)</translation>
    </message>
</context>
<context>
    <name>notice_import</name>
    <message>
        <source>导入通报“{title}”</source>
        <translation>Import notice “{title}”</translation>
    </message>
    <message>
        <source>已导入通报：{issues} 个问题，{measures} 条整改措施。</source>
        <translation>Notice imported: issues {issues}, measures {measures}.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>……另有 {n} 处问题。</source>
        <translation>… and {n} more problems.</translation>
    </message>
    <message>
        <source>文件中有错误，台账没有改变：
{problems}</source>
        <translation>The file has errors; the ledger was not changed:
{problems}</translation>
    </message>
    <message>
        <source>未能写入，台账没有改变：{reason}</source>
        <translation>Could not write; the ledger was not changed: {reason}</translation>
    </message>
    <message>
        <source>正在写入台账，请稍候…</source>
        <translation>Writing to the ledger, please wait…</translation>
    </message>
    <message>
        <source>正在处理，请稍候…</source>
        <translation>Working, please wait…</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>操作没有完成：{reason}</source>
        <translation>The operation did not finish: {reason}</translation>
    </message>
    <message>
        <source>无法读写文件（{reason}）</source>
        <translation>Cannot read or write the file ({reason})</translation>
    </message>
</context>
<context>
    <name>supervision</name>
    <message>
        <source>申请销号</source>
        <translation>Applied for sign-off</translation>
    </message>
    <message>
        <source>审核同意销号</source>
        <translation>Sign-off approved</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>重新打开（回头看）</source>
        <translation>Reopened (follow-up)</translation>
    </message>
    <message>
        <source>未申请</source>
        <translation>not applied</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>awaiting review</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>signed off</translation>
    </message>
    <message>
        <source>已重新打开</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>未批准</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>建章立制</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>问责</source>
        <translation>Accountability</translation>
    </message>
    <message>
        <source>资金</source>
        <translation>Money</translation>
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
        <translation>Organizational measure</translation>
    </message>
    <message>
        <source>诫勉谈话</source>
        <translation>Admonition</translation>
    </message>
    <message>
        <source>批评教育</source>
        <translation>Criticism</translation>
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
        <translation>Improper funds refunded</translation>
    </message>
    <message>
        <source>挽回经济损失</source>
        <translation>Losses retrieved</translation>
    </message>
    <message>
        <source>其他资金</source>
        <translation>Other funds</translation>
    </message>
    <message>
        <source>{n} 字节</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>{n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>{amount} 万元</source>
        <translation>{amount} × 10,000 yuan</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>文件 {file}</source>
        <translation>file {file}</translation>
    </message>
    <message>
        <source>工作表“{sheet}”</source>
        <translation>sheet “{sheet}”</translation>
    </message>
    <message>
        <source>第{row}行</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>“{column}”列</source>
        <translation>column “{column}”</translation>
    </message>
    <message>
        <source>第{line}行</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{where}：{text}</source>
        <translation>{where}: {text}</translation>
    </message>
    <message>
        <source>（值：{value}）</source>
        <translation> (value: {value})</translation>
    </message>
    <message>
        <source>只有本机台账文件可以这样备份；服务器上的台账请用数据库自带的备份。</source>
        <translation>Only a ledger file on this computer can be backed up this way; back up a ledger on a server with the database&apos;s own backup.</translation>
    </message>
    <message>
        <source>找不到文件“{path}”。</source>
        <translation>File “{path}” not found.</translation>
    </message>
    <message>
        <source>“{name}”不是台账文件（不是 SQLite 数据库）。</source>
        <translation>“{name}” is not a ledger file (not an SQLite database).</translation>
    </message>
    <message>
        <source>备份失败（{sqlite_error_text}）：{source} → {target}。台账本身没有改变。</source>
        <translation>Backup failed ({sqlite_error_text}): {source} → {target}. The ledger itself is unchanged.</translation>
    </message>
    <message>
        <source>无法保存原台账的副本（{sqlite_error_text}）：{target}</source>
        <translation>Cannot save a copy of the original ledger ({sqlite_error_text}): {target}</translation>
    </message>
    <message>
        <source>恢复失败（{sqlite_error_text}）：台账“{ledger}”保持恢复前的状态。</source>
        <translation>Restore failed ({sqlite_error_text}): ledger “{ledger}” is as it was before the restore.</translation>
    </message>
    <message>
        <source>恢复失败（{sqlite_error_text}）：台账“{ledger}”没有改变。</source>
        <translation>Restore failed ({sqlite_error_text}): ledger “{ledger}” is unchanged.</translation>
    </message>
    <message>
        <source>“{name}”无法读取（{reason}）。</source>
        <translation>“{name}” cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>磁盘空间不足</source>
        <translation>not enough disk space</translation>
    </message>
    <message>
        <source>没有写入权限</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <source>台账正被其他程序占用</source>
        <translation>the ledger is in use by another program</translation>
    </message>
    <message>
        <source>写入磁盘出错</source>
        <translation>error writing to disk</translation>
    </message>
    <message>
        <source>文件超过了允许的大小</source>
        <translation>the file is larger than allowed</translation>
    </message>
    <message>
        <source>文件已损坏或不是台账</source>
        <translation>the file is damaged or not a ledger</translation>
    </message>
    <message>
        <source>无法打开文件</source>
        <translation>cannot open the file</translation>
    </message>
    <message>
        <source>缺少连接该数据库所需的组件（{name}），无法打开“{location}”。</source>
        <translation>The component needed to connect to this database ({name}) is missing; cannot open “{location}”.</translation>
    </message>
    <message>
        <source>无法识别的台账地址：{text}</source>
        <translation>Unrecognised ledger address: {text}</translation>
    </message>
    <message>
        <source>磁盘空间已满，刚才的修改没有保存，台账保持修改前的状态。请清理磁盘空间后重试。</source>
        <translation>The disk is full: the last change was not saved and the ledger is as it was before. Free some disk space and try again.</translation>
    </message>
    <message>
        <source>台账以只读方式打开（文件或所在文件夹不可写入），不能修改。请把台账复制到可写入的文件夹后再修改。</source>
        <translation>The ledger is open read-only (the file or its folder cannot be written to); it cannot be changed. Copy the ledger to a folder you can write to before changing it.</translation>
    </message>
    <message>
        <source>台账文件或它所在的文件夹现在不可写入（例如 U 盘的写保护开关、共享文件夹的权限被改了），刚才的修改没有保存，台账保持修改前的状态。请恢复写入权限，或把台账复制到可写入的文件夹后重新打开。</source>
        <translation>The ledger file or its folder can no longer be written to (for example a USB stick&apos;s write-protect switch, or a shared folder&apos;s permissions changed): the last change was not saved and the ledger is as it was before. Restore write permission, or copy the ledger to a folder you can write to and open it again.</translation>
    </message>
    <message>
        <source>台账文件已损坏（不是完整的数据库）。请运行“rectify check”检查，或从备份恢复。</source>
        <translation>The ledger file is damaged (not a complete database). Run “rectify check”, or restore it from a backup.</translation>
    </message>
    <message>
        <source>台账正被其他程序或其他用户占用，请稍后再试。</source>
        <translation>The ledger is in use by another program or user; try again later.</translation>
    </message>
    <message>
        <source>与台账服务器的连接中断了（网络断开，或服务器重启、被管理员断开），刚才的修改没有保存，台账保持修改前的状态。请检查网络后重试。</source>
        <translation>The connection to the ledger server was lost (the network went down, or the server restarted or an administrator disconnected it): the last change was not saved and the ledger is as it was before. Check the network and try again.</translation>
    </message>
    <message>
        <source>写入磁盘时出错（磁盘可能已满，或 U 盘被拔出、网络盘断开），刚才的修改没有保存，台账保持修改前的状态。</source>
        <translation>Error writing to disk (the disk may be full, or a USB stick or network drive was removed): the last change was not saved and the ledger is as it was before.</translation>
    </message>
    <message>
        <source>服务器拒绝了这次操作：您的账号没有这项权限，台账没有任何改动。</source>
        <translation>The server refused this operation: your login does not have this permission; nothing in the ledger was changed.</translation>
    </message>
    <message>
        <source>服务器拒绝了这次操作：您的账号没有这项权限，台账没有任何改动。（服务器：{said}）</source>
        <translation>The server refused this operation: your login does not have this permission; nothing in the ledger was changed. (Server: {said})</translation>
    </message>
    <message>
        <source>“{path}”是一个文件夹，不是台账文件。</source>
        <translation>“{path}” is a folder, not a ledger file.</translation>
    </message>
    <message>
        <source>“{name}”不是台账文件（不是 SQLite 数据库）。请选择以 .sqlite 结尾的台账文件。</source>
        <translation>“{name}” is not a ledger file (not an SQLite database). Choose a ledger file ending in .sqlite.</translation>
    </message>
    <message>
        <source>台账文件“{name}”不完整（文件被截断，可能是复制或下载时中断）。请从备份恢复。</source>
        <translation>Ledger file “{name}” is incomplete (the file was cut short, perhaps while copying or downloading). Restore it from a backup.</translation>
    </message>
    <message>
        <source>无法读取台账文件“{path}”（{strerror}）。请检查文件权限。</source>
        <translation>Cannot read ledger file “{path}” ({strerror}). Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>无法创建台账所在的文件夹“{parent}”：{strerror}</source>
        <translation>Cannot create the ledger&apos;s folder “{parent}”: {strerror}</translation>
    </message>
    <message>
        <source>此台账由较早版本的软件保存，需要升级后才能打开，但文件是只读的。请把台账复制到可写入的文件夹后再打开。</source>
        <translation>This ledger was saved by an earlier version and must be upgraded before it opens, but the file is read-only. Copy the ledger to a folder you can write to and open it again.</translation>
    </message>
    <message>
        <source>这个只读文件是空的，不是台账。</source>
        <translation>This read-only file is empty; it is not a ledger.</translation>
    </message>
    <message>
        <source>无法在文件夹“{parent}”中创建台账：该文件夹不可写入。</source>
        <translation>Cannot create a ledger in folder “{parent}”: the folder cannot be written to.</translation>
    </message>
    <message>
        <source>台账“{name}”中含有不属于本软件的数据库对象（{strangers}），可能被其他程序改动过，为安全起见不予打开。</source>
        <translation>Ledger “{name}” contains database objects that do not belong to this program ({strangers}); another program may have changed it, so it is not opened, to be safe.</translation>
    </message>
    <message>
        <source>无法打开台账“{shown}”：{text}</source>
        <translation>Cannot open ledger “{shown}”: {text}</translation>
    </message>
    <message>
        <source>“{shown}”已损坏或不是台账文件：{orig}</source>
        <translation>“{shown}” is damaged or not a ledger file: {orig}</translation>
    </message>
    <message>
        <source>台账“{name}”是只读的（文件或所在文件夹不可写入），不能修改。</source>
        <translation>Ledger “{name}” is read-only (the file or its folder cannot be written to); it cannot be changed.</translation>
    </message>
    <message>
        <source>无法连接台账服务器“{shown}”，请检查网络、服务器地址、用户名和密码。（详情：{strip}）</source>
        <translation>Cannot connect to the ledger server “{shown}”; check the network, the server address, the user name and the password. (Details: {strip})</translation>
    </message>
    <message>
        <source>无法写入台账“{shown}”：{text}</source>
        <translation>Cannot write to ledger “{shown}”: {text}</translation>
    </message>
    <message>
        <source>此台账由更新版本的整改台账软件保存，当前版本无法打开。请升级软件后再打开。</source>
        <translation>This ledger was saved by a newer version of the rectification ledger program; this version cannot open it. Upgrade the program and open it again.</translation>
    </message>
    <message>
        <source>这个数据库不是整改台账（其中已有其他程序的数据表）。</source>
        <translation>This database is not a rectification ledger (it already holds another program&apos;s tables).</translation>
    </message>
    <message>
        <source>账号和权限只用于服务器上的台账（PostgreSQL）；台账文件由操作系统的文件权限保护。</source>
        <translation>Accounts and permissions are for ledgers on a server (PostgreSQL) only; a ledger file is protected by the operating system&apos;s file permissions.</translation>
    </message>
    <message>
        <source>这个台账还没有设置账号和权限，请先运行“rectify admin init”。</source>
        <translation>This ledger has no accounts and permissions yet; run “rectify admin init” first.</translation>
    </message>
    <message>
        <source>台账中没有这些责任单位：{missing}（单位名称须与台账中的一致）。</source>
        <translation>The ledger has no such units: {missing} (unit names must be as in the ledger).</translation>
    </message>
    <message>
        <source>请填写登录名。</source>
        <translation>Enter a login name.</translation>
    </message>
    <message>
        <source>责任单位填报账号须指定至少一个责任单位（--unit）。</source>
        <translation>A unit clerk login needs at least one unit (--unit).</translation>
    </message>
    <message>
        <source>只有责任单位填报账号才指定责任单位。</source>
        <translation>Only unit clerk logins are given units.</translation>
    </message>
    <message>
        <source>“{login}”是台账的角色，不是登录名。</source>
        <translation>“{login}” is a role of the ledger, not a login name.</translation>
    </message>
    <message>
        <source>注意：台账文件只读（文件或所在文件夹不可写入），已以只读方式打开，不能修改。</source>
        <translation>Note: the ledger file is read-only (the file or its folder cannot be written to); it was opened read-only and cannot be changed.</translation>
    </message>
    <message>
        <source>找不到巡察“{key}”（请用巡察的标题或编号）。</source>
        <translation>Inspection “{key}” not found (use the inspection&apos;s title or number).</translation>
    </message>
    <message>
        <source>已取消，台账未改变。</source>
        <translation>Cancelled; the ledger is unchanged.</translation>
    </message>
    <message>
        <source>文件操作失败：{filename} {strerror}</source>
        <translation>File operation failed: {filename} {strerror}</translation>
    </message>
    <message>
        <source>内部错误（台账未改变）：{name__}: {exc}</source>
        <translation>Internal error (the ledger is unchanged): {name__}: {exc}</translation>
    </message>
    <message>
        <source>文件内容已损坏，无法读取。如果能用 Excel 或 WPS 打开，请另存为 .xlsx 后再导入。</source>
        <translation>The file is damaged and cannot be read. If Excel or WPS can open it, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>文件中有 {matched} 个问题已在目标巡察的台账中（序号和问题描述相同），将按文件内容逐项更新这些问题，而不是重复添加。</source>
        <translation>{matched} issues of the file are already in the target inspection&apos;s ledger (same number and description); they will be updated from the file, one by one, not added again.</translation>
    </message>
    <message>
        <source>这是{description}，无法作为台账导入。{advice}</source>
        <translation>This is {description}; it cannot be imported as a ledger. {advice}</translation>
    </message>
    <message>
        <source>工作簿中没有名为“{sheet}”的工作表。现有工作表：{listed}。</source>
        <translation>The workbook has no sheet named “{sheet}”. Its sheets: {listed}.</translation>
    </message>
    <message>
        <source>没有找到台账工作表：各工作表的前 30 行中都没有“序号”“问题描述”等表头{hint}。现有工作表：{listed}。请在导入向导中选择工作表并指定表头，或用 --sheet 指定。</source>
        <translation>No ledger sheet found: no sheet has headers such as “序号” (No.) or “问题描述” (description) in its first 30 rows{hint}. Its sheets: {listed}. Choose the sheet and its headers in the import wizard, or name the sheet with --sheet.</translation>
    </message>
    <message>
        <source>找不到这个文件。</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是 Excel 文件。</source>
        <translation>This is a folder, not an Excel file.</translation>
    </message>
    <message>
        <source>无法打开文件：{strerror}。</source>
        <translation>Cannot open the file: {strerror}.</translation>
    </message>
    <message>
        <source>这个工作簿设置了密码，无法读取。请在 Excel 或 WPS 中取消密码后保存，再导入。</source>
        <translation>This workbook has a password and cannot be read. Remove the password in Excel or WPS, save, and import again.</translation>
    </message>
    <message>
        <source>工作簿中有 {count} 个工作表都有台账表头和内容：{listed}。请指定要导入的工作表（导入向导中选择，命令行用 --sheet），每次导入一个</source>
        <translation>{count} sheets of the workbook have ledger headers and content: {listed}. Say which sheet to import (in the import wizard, or with --sheet on the command line), one per import.</translation>
    </message>
    <message>
        <source>工作表“{other}”也有台账表头和内容，本次没有读取（如需导入，请另行导入该工作表）</source>
        <translation>Sheet “{other}” also has ledger headers and content and was not read (import that sheet separately if needed)</translation>
    </message>
    <message>
        <source>隐藏的工作表“{other}”也有台账表头和内容，本次没有读取（如需导入，请另行导入该工作表）</source>
        <translation>Hidden sheet “{other}” also has ledger headers and content and was not read (import that sheet separately if needed)</translation>
    </message>
    <message>
        <source>找不到“{header}”列（表头可写作：{synonyms}），请在导入向导中指定</source>
        <translation>Column “{header}” not found (its header may read: {synonyms}); choose it in the import wizard</translation>
    </message>
    <message>
        <source>{letter} 列{value}有 {count} 个非空单元格，没有对应的台账字段，未导入（可在导入向导中为它指定字段）</source>
        <translation>Column {letter}{value} has {count} non-empty cells that match no ledger field; not imported (choose a field for it in the import wizard)</translation>
    </message>
    <message>
        <source>在工作表的前 30 行中找不到表头（如“序号”“问题描述”“整改措施”）。请在导入向导中指定表头所在的行和各列的含义。</source>
        <translation>No header row found in the sheet&apos;s first 30 rows (such as “序号”, “问题描述”, “整改措施”). Choose the header row and what each column means in the import wizard.</translation>
    </message>
    <message>
        <source>文件已损坏或不完整（可能在传输中被截断），无法读取。请让对方重新发送原文件；如果能用 Excel 或 WPS 打开，请另存为 .xlsx 后再导入。</source>
        <translation>The file is damaged or incomplete (perhaps cut short in transfer) and cannot be read. Ask the sender for the original file again; if Excel or WPS can open it, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>工作表的内容一直延伸到第 {rows} 行、第 {cols} 列，范围过大，无法读取。常见原因是表格远处的单元格里留有内容或格式：请在 Excel 中删除台账以外的行和列后另存为 .xlsx 再导入。</source>
        <translation>The sheet&apos;s content reaches row {rows}, column {cols}: too large to read. Usually cells far from the table still hold content or formatting: delete the rows and columns outside the ledger in Excel, save as .xlsx and import again.</translation>
    </message>
    <message>
        <source>{rows} 行 × {cols} 列</source>
        <translation>{rows} rows × {cols} columns</translation>
    </message>
    <message>
        <source>压缩包内有 {count} 个部件，数量异常。</source>
        <translation>The archive has {count} parts, an abnormal number.</translation>
    </message>
    <message>
        <source>文件解压后共 {total} MB，大小异常。</source>
        <translation>The file unpacks to {total} MB, an abnormal size.</translation>
    </message>
    <message>
        <source>校验和不符：{filename}</source>
        <translation>Checksum mismatch: {filename}</translation>
    </message>
    <message>
        <source>文件中的部件“{name}”含有 XML 文档类型（实体）声明，可能是实体扩展攻击。</source>
        <translation>Part “{name}” of the file has an XML document type (entity) declaration, possibly an entity expansion attack.</translation>
    </message>
    <message>
        <source>文件中的内容经过加密，无法读取。请在 Excel 或 WPS 中取消密码后保存，再导入。</source>
        <translation>The file&apos;s content is encrypted and cannot be read. Remove the password in Excel or WPS, save, and import again.</translation>
    </message>
    <message>
        <source>不支持的压缩方式 {compress_type}：{filename}</source>
        <translation>Unsupported compression method {compress_type}: {filename}</translation>
    </message>
    <message>
        <source>文件中的部件“{filename}”解压后达 {size} MB，大小异常。</source>
        <translation>Part “{filename}” of the file unpacks to {size} MB, an abnormal size.</translation>
    </message>
    <message>
        <source>文件中的部件“{filename}”由 {packed} KB 解压为 {size} MB（{size2:.0f} 倍），是“压缩炸弹”的特征。</source>
        <translation>Part “{filename}” of the file unpacks from {packed} KB to {size} MB ({size2:.0f} times): the mark of a “zip bomb”.</translation>
    </message>
    <message>
        <source>文件中的部件“{filename}”解压后超过其声明的大小（{cap} KB），是“压缩炸弹”的特征。</source>
        <translation>Part “{filename}” of the file unpacks to more than its declared size ({cap} KB): the mark of a “zip bomb”.</translation>
    </message>
    <message>
        <source>文件中的分发记录不完整或已损坏，无法合并。</source>
        <translation>The file&apos;s hand-off record is incomplete or damaged; it cannot be merged.</translation>
    </message>
    <message>
        <source>{label} 的“{get}”在几个交回的文件中填得不一样，未合并；请核实后在台账中修改。</source>
        <translation>“{get}” of {label} was filled in differently in several returned files; not merged. Check it and change it in the ledger.</translation>
    </message>
    <message>
        <source>工作表的表头已被改动（找不到隐藏的“问题编码”“措施编码”等列），无法合并。</source>
        <translation>The sheet&apos;s headers were changed (the hidden columns such as “问题编码” (issue code) and “措施编码” (measure code) are missing); it cannot be merged.</translation>
    </message>
    <message>
        <source>找不到“{missing}”列（可能被删除或改名），无法合并。</source>
        <translation>Column “{missing}” not found (perhaps deleted or renamed); it cannot be merged.</translation>
    </message>
    <message>
        <source>这不是本程序分发给责任单位的台账（找不到分发记录），无法合并。如需把其中的内容并入台账，请使用“导入”。</source>
        <translation>This is not a ledger this program handed out to a unit (no hand-off record found); it cannot be merged. To bring its content into the ledger, use “Import”.</translation>
    </message>
    <message>
        <source>这份台账由更新版本的程序分发，请先升级本程序再合并。</source>
        <translation>This ledger was handed out by a newer version of the program; upgrade this program before merging.</translation>
    </message>
    <message>
        <source>这份台账是从另一个台账分发的（分发给“{unit}”，{exported_at:%Y-%m-%d %H:%M}），不能合并到当前台账。请打开分发它的台账再合并。</source>
        <translation>This ledger was handed out from another ledger (to “{unit}”, {exported_at:%Y-%m-%d %H:%M}); it cannot be merged into the current ledger. Open the ledger it was handed out from and merge there.</translation>
    </message>
    <message>
        <source>文件中保存的分发原始数据已被改动（校验不符），无法判断单位改了哪些内容，未合并。请让对方在原分发文件上重新填写。</source>
        <translation>The hand-off data saved in the file was changed (checksum mismatch), so what the unit changed cannot be told; not merged. Ask the unit to fill in the original hand-off file again.</translation>
    </message>
    <message>
        <source>找不到工作表“{sheet}”（可能被改名或删除），无法合并。</source>
        <translation>Sheet “{sheet}” not found (perhaps renamed or deleted); it cannot be merged.</translation>
    </message>
    <message>
        <source>文件内容已损坏，无法读取。</source>
        <translation>The file&apos;s content is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>文件中的分发记录已损坏，无法合并。</source>
        <translation>The file&apos;s hand-off record is damaged; it cannot be merged.</translation>
    </message>
    <message>
        <source>服务器上的台账（PostgreSQL）不在本机备份，请由数据库管理员用 pg_dump 备份和恢复（佐证材料保存在台账数据库中，一并备份）。</source>
        <translation>A ledger on a server (PostgreSQL) is not backed up on this computer; the database administrator backs it up and restores it with pg_dump (the evidence is kept in the ledger&apos;s database and backed up with it).</translation>
    </message>
    <message>
        <source>找不到台账文件“{ledger}”。</source>
        <translation>Ledger file “{ledger}” not found.</translation>
    </message>
    <message>
        <source>备份文件不能是台账文件本身。</source>
        <translation>The backup file cannot be the ledger file itself.</translation>
    </message>
    <message>
        <source>台账以只读方式打开（文件或所在文件夹不可写入），不能修改。</source>
        <translation>The ledger is open read-only (the file or its folder cannot be written to); it cannot be changed.</translation>
    </message>
    <message>
        <source>找不到备份文件“{backup}”。</source>
        <translation>Backup file “{backup}” not found.</translation>
    </message>
    <message>
        <source>要恢复的备份就是台账文件本身。</source>
        <translation>The backup to restore is the ledger file itself.</translation>
    </message>
    <message>
        <source>“{name}”不是整改台账的备份。</source>
        <translation>“{name}” is not a backup of a rectification ledger.</translation>
    </message>
    <message>
        <source>备份“{name}”由更新版本的软件保存，当前版本无法恢复。请升级软件后再恢复。</source>
        <translation>Backup “{name}” was saved by a newer version of the program; this version cannot restore it. Upgrade the program and restore again.</translation>
    </message>
    <message>
        <source>备份“{name}”中含有不属于本软件的数据库对象（{strangers}），可能被其他程序改动过，不能用来恢复。</source>
        <translation>Backup “{name}” contains database objects that do not belong to this program ({strangers}); another program may have changed it, so it cannot be used to restore.</translation>
    </message>
    <message>
        <source>备份“{name}”已损坏（{problems}），不能用来恢复。请选择其他备份。</source>
        <translation>Backup “{name}” is damaged ({problems}); it cannot be used to restore. Choose another backup.</translation>
    </message>
    <message>
        <source>恢复失败（无法写入佐证材料：{exc}）：台账“{ledger}”没有改变。</source>
        <translation>Restore failed (cannot write the evidence: {exc}): ledger “{ledger}” is unchanged.</translation>
    </message>
    <message>
        <source>已导入 {file}：{parts}{batch}。</source>
        <translation>Imported {file}: {parts}{batch}.</translation>
    </message>
    <message>
        <source>“{name}”是分发给责任单位填报的台账，不能作为新台账导入；请用 rectify merge {name} --ledger … 把单位填写的内容合并回来。</source>
        <translation>“{name}” is a ledger handed out to a unit to fill in; it cannot be imported as a new ledger. Use rectify merge {name} --ledger … to merge what the unit filled in.</translation>
    </message>
    <message>
        <source>文件 {file} 有 {blocking} 处错误，未导入，台账未改变。请修改后重新导入。</source>
        <translation>File {file} has {blocking} errors; not imported, the ledger is unchanged. Correct them and import again.</translation>
    </message>
    <message>
        <source>文件 {file}（{unit}）：{parts}{state}。</source>
        <translation>File {file} ({unit}): {parts}{state}.</translation>
    </message>
    <message>
        <source>无法识别的交回期限“{text}”（请写成 2023-01-31 或 2023年1月31日）。</source>
        <translation>Unrecognised return date “{text}” (write “2023-01-31” or “2023年1月31日”).</translation>
    </message>
    <message>
        <source>“{out}”不是文件夹。</source>
        <translation>“{out}” is not a folder.</translation>
    </message>
    <message>
        <source>台账文件只读，无法记下分发编号；请复制到可写的位置后再分发。</source>
        <translation>The ledger file is read-only, so the hand-off number cannot be recorded; copy it to a place you can write to and hand out again.</translation>
    </message>
    <message>
        <source>没有可以分发的整改措施：各问题和措施都没有填写牵头单位。</source>
        <translation>No measures to hand out: no issue or measure has a lead unit.</translation>
    </message>
    <message>
        <source>已生成 {path}（{unit}：问题 {issues} 个，{rows} 行）</source>
        <translation>Written {path} ({unit}: {issues} issues, {rows} rows)</translation>
    </message>
    <message>
        <source>注意：有 {unassigned} 条整改措施没有牵头单位，未分发。</source>
        <translation>Note: {unassigned} measures have no lead unit and were not handed out.</translation>
    </message>
    <message>
        <source>有文件无法合并，台账未改变。</source>
        <translation>Some files cannot be merged; the ledger is unchanged.</translation>
    </message>
    <message>
        <source>还有 {undecided} 处冲突未处理（单位和台账都改了同一项），未合并；请在程序中逐项选择，或用 --take theirs（采用单位填报）/ --take ours（保留台账现值）。</source>
        <translation>{undecided} conflicts are undecided (the unit and the ledger changed the same item); not merged. Choose item by item in the program, or use --take theirs (take the unit&apos;s) / --take ours (keep the ledger&apos;s).</translation>
    </message>
    <message>
        <source>冲突（{verdict}）：文件 {file}，第{row}行，{label}的“{name}”：发出时“{sent}”，单位填报“{theirs}”，台账现值“{ours}”。</source>
        <translation>Conflict ({verdict}): file {file}, row {row}, “{name}” of {label}: sent “{sent}”, the unit&apos;s “{theirs}”, the ledger&apos;s “{ours}”.</translation>
    </message>
    <message>
        <source>佐证材料：文件 {file}，第{row}行，{label}：单位列出“{titles}”，台账中还没有，请另行附上文件。</source>
        <translation>Evidence: file {file}, row {row}, {label}: the unit lists “{titles}”, which the ledger does not have yet; attach the files separately.</translation>
    </message>
    <message>
        <source>目标文件夹不存在：{parent}</source>
        <translation>Target folder does not exist: {parent}</translation>
    </message>
    <message>
        <source>单位“{unknown}”没有牵头的整改措施可以分发（可选：{known}）。</source>
        <translation>Unit “{unknown}” leads no measures to hand out (choose from: {known}).</translation>
    </message>
    <message>
        <source>已备份：{describe}</source>
        <translation>Backed up: {describe}</translation>
    </message>
    <message>
        <source>已从备份恢复台账“{ledger}”：{describe}</source>
        <translation>Ledger “{ledger}” restored from the backup: {describe}</translation>
    </message>
    <message>
        <source>服务器上的台账（PostgreSQL）不在本机备份和恢复，请由数据库管理员用 pg_dump / pg_restore（佐证材料保存在台账数据库中，一并备份）。</source>
        <translation>A ledger on a server (PostgreSQL) is not backed up or restored on this computer; the database administrator uses pg_dump / pg_restore (the evidence is kept in the ledger&apos;s database and backed up with it).</translation>
    </message>
    <message>
        <source>注意：台账中有 {count} 个佐证材料缺失或损坏，未能备份（请用 rectify check 查看）：</source>
        <translation>Note: {count} evidence files of the ledger are missing or damaged and were not backed up (see rectify check):</translation>
    </message>
    <message>
        <source>恢复前的台账已备份到：{path}</source>
        <translation>The ledger as it was before the restore is backed up to: {path}</translation>
    </message>
    <message>
        <source>原台账文件无法正常读取，已原样保存到：{damaged_copy}</source>
        <translation>The original ledger file could not be read properly; it was kept as it was at: {damaged_copy}</translation>
    </message>
    <message>
        <source>这份备份由较早版本保存，已升级到当前版本。</source>
        <translation>This backup was saved by an earlier version and was upgraded to the current version.</translation>
    </message>
    <message>
        <source>已从备份取回佐证材料 {evidence_restored} 个文件。</source>
        <translation>{evidence_restored} evidence files were taken back from the backup.</translation>
    </message>
    <message>
        <source>台账“{ledger}”还没有备份。</source>
        <translation>Ledger “{ledger}” has no backup yet.</translation>
    </message>
    <message>
        <source>文件中的问题在台账中已不存在（{issue_key}）。</source>
        <translation>An issue of the file is no longer in the ledger ({issue_key}).</translation>
    </message>
    <message>
        <source>要更新的问题 {number} 在台账中已不存在。</source>
        <translation>Issue {number}, to be updated, is no longer in the ledger.</translation>
    </message>
    <message>
        <source>文件中的记录在台账中已不存在（{key}）。</source>
        <translation>A record of the file is no longer in the ledger ({key}).</translation>
    </message>
    <message>
        <source>问题 {number} 的“{get}”在合并期间已被他人修改，为免覆盖，本次合并未写入任何内容。请重新合并这个文件，在冲突中选择保留哪一方。</source>
        <translation>“{get}” of issue {number} was changed by someone else during the merge; to avoid overwriting it, this merge wrote nothing. Merge the file again and choose which side to keep in the conflict.</translation>
    </message>
    <message>
        <source>目标巡察不存在。</source>
        <translation>The target inspection does not exist.</translation>
    </message>
    <message>
        <source>要修改的记录已不存在（可能已被删除）。</source>
        <translation>The record to change no longer exists (perhaps it was deleted).</translation>
    </message>
    <message>
        <source>此{what}已被{by}修改于{when}，请重新载入后再保存，或选择覆盖。</source>
        <translation>This {what} was changed by {by} at {when}; reload it before saving, or choose to overwrite.</translation>
    </message>
    <message>
        <source>该问题已不存在（可能已被删除）。</source>
        <translation>The issue no longer exists (perhaps it was deleted).</translation>
    </message>
    <message>
        <source>此记录刚被其他用户修改，请重新载入后再保存。</source>
        <translation>This record was just changed by another user; reload it before saving.</translation>
    </message>
    <message>
        <source>不能把类别移到另一次巡察下。</source>
        <translation>A category cannot be moved under another inspection.</translation>
    </message>
    <message>
        <source>不能把类别移到它自己的下级类别中。</source>
        <translation>A category cannot be moved under its own subcategory.</translation>
    </message>
    <message>
        <source>找不到要撤销的操作记录。</source>
        <translation>The operation to undo was not found.</translation>
    </message>
    <message>
        <source>这个操作没有可撤销的内容。</source>
        <translation>This operation has nothing to undo.</translation>
    </message>
    <message>
        <source>无法撤销：此后又在这些记录下新增或关联了内容（{listed}），撤销会把它们一并删除且无法恢复。请先撤销或删除这些内容，再撤销这一步。</source>
        <translation>Cannot undo: content was added or linked under these records since ({listed}), and undoing would delete it for good. Undo or delete that content first, then undo this step.</translation>
    </message>
    <message>
        <source>要恢复的记录已经存在，无法撤销删除。</source>
        <translation>The record to bring back already exists; the deletion cannot be undone.</translation>
    </message>
    <message>
        <source>这条记录已被删除，无法撤销对它的修改。</source>
        <translation>This record was deleted; changes to it cannot be undone.</translation>
    </message>
    <message>
        <source>这条记录在此后又被修改过，无法撤销较早的修改。</source>
        <translation>This record was changed again since; the earlier change cannot be undone.</translation>
    </message>
    <message>
        <source>无法把佐证材料复制到备份文件夹“{root}”（{sqlite_error_text}），备份没有完成。</source>
        <translation>Cannot copy the evidence to the backup folder “{root}” ({sqlite_error_text}); the backup was not completed.</translation>
    </message>
    <message>
        <source>恢复失败（读写佐证材料时出错：{sqlite_error_text}）：当前台账和它的佐证材料都没有改变。</source>
        <translation>Restore failed (error reading or writing the evidence: {sqlite_error_text}): the current ledger and its evidence are unchanged.</translation>
    </message>
    <message>
        <source>佐证材料的校验值无效：{sha256!r}</source>
        <translation>Invalid evidence checksum: {sha256!r}</translation>
    </message>
    <message>
        <source>找不到要附加的文件“{source}”。</source>
        <translation>File to attach “{source}” not found.</translation>
    </message>
    <message>
        <source>文件“{name}”有 {size:.1f} MB，超过单个佐证材料的上限 {max_size:.0f} MB。</source>
        <translation>File “{name}” is {size:.1f} MB, more than the {max_size:.0f} MB allowed for one piece of evidence.</translation>
    </message>
    <message>
        <source>台账正被其他用户修改，请稍后再试。</source>
        <translation>The ledger is being changed by another user; try again later.</translation>
    </message>
    <message>
        <source>无法把佐证材料写到缓存文件夹“{parent}”（{strerror}）。</source>
        <translation>Cannot write the evidence to the cache folder “{parent}” ({strerror}).</translation>
    </message>
    <message>
        <source>目标文件夹不存在：{folder}</source>
        <translation>Target folder does not exist: {folder}</translation>
    </message>
    <message>
        <source>“{target}”是一个文件夹，请给出要保存的文件名。</source>
        <translation>“{target}” is a folder; give the name of the file to save.</translation>
    </message>
    <message>
        <source>无法在文件夹“{folder}”中写入文件：{strerror}</source>
        <translation>Cannot write a file in folder “{folder}”: {strerror}</translation>
    </message>
    <message>
        <source>无法覆盖“{target}”：文件可能正在 Excel 或 WPS 中打开，请关闭后重试。原文件未改变。</source>
        <translation>Cannot overwrite “{target}”: the file may be open in Excel or WPS; close it and try again. The original file is unchanged.</translation>
    </message>
    <message>
        <source>无法保存“{target}”：{strerror}。原文件未改变。</source>
        <translation>Cannot save “{target}”: {strerror}. The original file is unchanged.</translation>
    </message>
    <message>
        <source>目标文件夹不存在：{out}</source>
        <translation>Target folder does not exist: {out}</translation>
    </message>
    <message>
        <source>单位“{unit}”没有需要填报的整改措施。</source>
        <translation>Unit “{unit}” has no measures to fill in.</translation>
    </message>
    <message>
        <source>问题 {number} 的“{get}”：{found}。分发文件未生成。</source>
        <translation>“{get}” of issue {number}: {found}. The hand-off file was not written.</translation>
    </message>
    <message>
        <source>已导出 {issues} 个问题、{measures} 条整改措施（{rows} 行）到 {path}</source>
        <translation>Exported {issues} issues and {measures} measures ({rows} rows) to {path}</translation>
    </message>
    <message>
        <source>导出文件名须以 .xlsx 结尾：{out}</source>
        <translation>The export file name must end in .xlsx: {out}</translation>
    </message>
    <message>
        <source>没有符合条件的问题，导出的台账只有表头。</source>
        <translation>No issue matches; the exported ledger has only its headers.</translation>
    </message>
    <message>
        <source>台账中没有单位“{unknown}”（单位名须与台账中写法一致）。</source>
        <translation>The ledger has no unit “{unknown}” (unit names must be written as in the ledger).</translation>
    </message>
    <message>
        <source>不认识的整改状态“{word}”。可用：{accepted}。</source>
        <translation>Unknown status “{word}”. Accepted: {accepted}.</translation>
    </message>
    <message>
        <source>已创建示例台账：{issues_added} 个问题，{measures_added} 条整改措施。</source>
        <translation>Demo ledger created: {issues_added} issues, {measures_added} measures.</translation>
    </message>
    <message>
        <source>台账“{ledger}”中已有数据；示例台账只能载入新的台账文件。</source>
        <translation>Ledger “{ledger}” already holds data; the demo can only be loaded into a new ledger file.</translation>
    </message>
    <message>
        <source>{option} 需要一个日期，而不是“{value}”。</source>
        <translation>{option} needs a date, not “{value}”.</translation>
    </message>
    <message>
        <source>--since 的日期晚于 --as-of 的日期。</source>
        <translation>The --since date is later than the --as-of date.</translation>
    </message>
    <message>
        <source>警告：{message}</source>
        <translation>Warning: {message}</translation>
    </message>
    <message>
        <source>警告：{warning}</source>
        <translation>Warning: {warning}</translation>
    </message>
    <message>
        <source>{option} 的日期无法识别：{value}（请写成 2023-01-11）。</source>
        <translation>Unrecognised date for {option}: {value} (write 2023-01-11).</translation>
    </message>
    <message>
        <source>台账体检发现 {count} 处问题。</source>
        <translation>The ledger check found {count} problems.</translation>
    </message>
    <message>
        <source>台账体检未发现问题。</source>
        <translation>The ledger check found no problems.</translation>
    </message>
    <message>
        <source>已写入 {out}：{FORM_NAMES} {documents} 份，共 {pages} 页。</source>
        <translation>Written {out}: {documents} × {FORM_NAMES}, {pages} pages in all.</translation>
    </message>
    <message>
        <source>台账中有多个巡察（或没有巡察），请用 --inspection 指定要打印通报的巡察。</source>
        <translation>The ledger has several inspections (or none); name the inspection whose notice to print with --inspection.</translation>
    </message>
    <message>
        <source>输出文件须为 PDF（.pdf）：{out}</source>
        <translation>The output file must be a PDF (.pdf): {out}</translation>
    </message>
    <message>
        <source>输出目录不存在：{parent}</source>
        <translation>Output folder does not exist: {parent}</translation>
    </message>
    <message>
        <source>没有可打印的问题。</source>
        <translation>No issues to print.</translation>
    </message>
    <message>
        <source>找不到编号为“{number}”的问题。</source>
        <translation>No issue numbered “{number}”.</translation>
    </message>
    <message>
        <source>编号“{number}”的问题在多个巡察中都有，请用 --inspection 指定巡察。</source>
        <translation>Issue “{number}” is in several inspections; name the inspection with --inspection.</translation>
    </message>
    <message>
        <source>无法写入 PDF 文件：{path}</source>
        <translation>Cannot write the PDF file: {path}</translation>
    </message>
    <message>
        <source>无法写入 PDF 文件：{path}（{strerror}）</source>
        <translation>Cannot write the PDF file: {path} ({strerror})</translation>
    </message>
    <message>
        <source>无法开始打印：打印机或文件不可用。</source>
        <translation>Cannot start printing: the printer or the file is not available.</translation>
    </message>
    <message>
        <source>打印中断：无法开始新的一页。</source>
        <translation>Printing interrupted: cannot start a new page.</translation>
    </message>
    <message>
        <source>找不到台账文件“{location}”。</source>
        <translation>Ledger file “{location}” not found.</translation>
    </message>
    <message>
        <source>该整改措施已不存在（可能已被删除）。</source>
        <translation>The measure no longer exists (perhaps it was deleted).</translation>
    </message>
    <message>
        <source>目标台账“{shown}”中已有数据，不能复制到这里（请用一个空的数据库或新文件）。</source>
        <translation>The target ledger “{shown}” already holds data; cannot copy here (use an empty database or a new file).</translation>
    </message>
    <message>
        <source>要打印的问题已不存在（可能已被删除）。</source>
        <translation>The issue to print no longer exists (perhaps it was deleted).</translation>
    </message>
    <message>
        <source>{prog}: 参数错误：{message}</source>
        <translation>{prog}: bad arguments: {message}</translation>
    </message>
    <message>
        <source>rectify {command}：此版本尚未提供这个命令。</source>
        <translation>rectify {command}: this version does not have this command.</translation>
    </message>
    <message>
        <source>错误：{text}</source>
        <translation>Error: {text}</translation>
    </message>
    <message>
        <source>警告：{text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <source>无法识别的整改状态。可用的写法：{accepted}；也可在导入向导中指定这个词对应的状态</source>
        <translation>Unrecognised status. Accepted words: “{accepted}”; or choose the status this word stands for in the import wizard</translation>
    </message>
    <message>
        <source>日期不存在（如 2 月 30 日、13 月）</source>
        <translation>The date does not exist (such as 30 February, or month 13)</translation>
    </message>
    <message>
        <source>内容有 {count} 个字符，超过 Excel 单元格上限 {MAX_CELL_TEXT}，请拆分后再导入</source>
        <translation>The content has {count} characters, more than Excel&apos;s cell limit of {MAX_CELL_TEXT}; split it before importing</translation>
    </message>
    <message>
        <source>含有不可见的控制字符（已原样保留）</source>
        <translation>Contains invisible control characters (kept as they are)</translation>
    </message>
    <message>
        <source>不是有效的 Excel 日期</source>
        <translation>Not a valid Excel date</translation>
    </message>
    <message>
        <source>这一行的内容都在未导入的列中，未导入（可在导入向导中为这些列指定字段）</source>
        <translation>All of this row&apos;s content is in columns that are not imported; not imported (choose fields for those columns in the import wizard)</translation>
    </message>
    <message>
        <source>这一格写了多个单位：“{lead}”作为牵头单位，“{cooperating}”作为配合单位</source>
        <translation>This cell names several units: “{lead}” as the lead unit, “{cooperating}” as cooperating units</translation>
    </message>
    <message>
        <source>日期没有年份，无法确定是哪一年；已按原文保留</source>
        <translation>The date has no year, so which year is meant cannot be told; kept as written</translation>
    </message>
    <message>
        <source>无法识别为日期；已按原文保留（可写作 2023年1月11日、2023-1-11、立行立改、长期坚持）</source>
        <translation>Not recognised as a date; kept as written (write “2023年1月11日”, “2023-1-11”, “立行立改” or “长期坚持”)</translation>
    </message>
    <message>
        <source>序号为空，已按顺序编为 {number}</source>
        <translation>The number was empty; numbered {number} in order</translation>
    </message>
    <message>
        <source>问题描述为空</source>
        <translation>The issue description is empty</translation>
    </message>
    <message>
        <source>问题序号与第 {seen_numbers} 行的问题重复（两个问题都会导入）</source>
        <translation>The issue number repeats the issue of row {seen_numbers} (both issues will be imported)</translation>
    </message>
    <message>
        <source>这一行有整改内容，但上方没有它所属的问题（序号和问题描述都为空）</source>
        <translation>This row has rectification content but no issue above it to belong to (number and description both empty)</translation>
    </message>
    <message>
        <source>{count} 个字符</source>
        <translation>{count} characters</translation>
    </message>
    <message>
        <source>必填项不能为空</source>
        <translation>Required: cannot be empty</translation>
    </message>
    <message>
        <source>内容超过 {limit} 个字符（Excel 单元格上限），请拆分后再录入</source>
        <translation>The content is longer than {limit} characters (Excel&apos;s cell limit); split it before entering it</translation>
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
        <source>合计行，未作为问题导入</source>
        <translation>A total row; not imported as an issue</translation>
    </message>
    <message>
        <source>填表说明、签名或日期行，未作为问题导入</source>
        <translation>A row of instructions, signatures or a date; not imported as an issue</translation>
    </message>
    <message>
        <source>重复的表头行（或列序号行），已跳过</source>
        <translation>A repeated header row (or a row of column numbers); skipped</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>（隐藏的工作表不会自动读取，如台账在隐藏表中，请指定工作表）</source>
        <translation> (hidden sheets are not read unless named: if the ledger is in a hidden sheet, name it)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>文件有工作表 {sheets} 个（有台账的 {ledger_sheets} 个，读取“{read}”），非空行 {rows} 行：问题行 {issues}、措施行 {measures}、分类行 {sections}、标题和表头 {titles}，跳过 {skipped} 行；台账各列非空单元格 {cells} 个，导入使用 {used} 个{unread}。</source>
        <translation>The file has {sheets} sheets ({ledger_sheets} with a ledger, read “{read}”), {rows} non-empty rows: {issues} issue rows, {measures} measure rows, {sections} category rows, {titles} title and header rows, {skipped} rows skipped; {cells} non-empty cells in the ledger&apos;s columns, {used} of them imported{unread}.</translation>
    </message>
    <message>
        <source>；未导入的列：{columns}</source>
        <translation>; columns not imported: {columns}</translation>
    </message>
    <message>
        <source>磁盘空间已满</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>磁盘配额已用完</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>没有写入权限（文件可能正被其他程序如 Excel、WPS 打开）</source>
        <translation>no permission to write (the file may be open in another program such as Excel or WPS)</translation>
    </message>
    <message>
        <source>磁盘是只读的</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>文件夹不存在</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>磁盘读写错误</source>
        <translation>disk read or write error</translation>
    </message>
    <message>
        <source>无法写入文件（{reason}），原文件保持不变。</source>
        <translation>Cannot write the file ({reason}); the original file is unchanged.</translation>
    </message>
    <message>
        <source>无法写入文件（{reason}），没有留下不完整的文件。</source>
        <translation>Cannot write the file ({reason}); no incomplete file was left behind.</translation>
    </message>
    <message>
        <source>Excel 工作簿（.xlsx）</source>
        <translation>an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>旧版 Excel 工作簿（.xls）</source>
        <translation>an old Excel workbook (.xls)</translation>
    </message>
    <message>
        <source>OpenDocument 表格（.ods）</source>
        <translation>an OpenDocument spreadsheet (.ods)</translation>
    </message>
    <message>
        <source>Excel 二进制工作簿（.xlsb）</source>
        <translation>an Excel binary workbook (.xlsb)</translation>
    </message>
    <message>
        <source>请用 Excel 或 WPS 打开后另存为 .xlsx 格式再导入。</source>
        <translation>Open it in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>设置了打开密码的 Office 文件</source>
        <translation>an Office file with an opening password</translation>
    </message>
    <message>
        <source>请在 Excel 或 WPS 中输入密码打开，取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）并保存后再导入。</source>
        <translation>Open it in Excel or WPS with the password, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and import again.</translation>
    </message>
    <message>
        <source>如果台账是 Word 里的表格，请把表格复制到 Excel 中，另存为 .xlsx 后再导入；整改情况通报请用“读入通报”功能。</source>
        <translation>If the ledger is a table in Word, copy the table into Excel, save as .xlsx and import that; read a rectification notice with “Read notice”.</translation>
    </message>
    <message>
        <source>请把其中的表格复制到 Excel 中，另存为 .xlsx 后再导入。</source>
        <translation>Copy its table into Excel, save as .xlsx and import that.</translation>
    </message>
    <message>
        <source>PowerPoint 演示文稿，不是 Excel 表格</source>
        <translation>a PowerPoint presentation, not an Excel sheet</translation>
    </message>
    <message>
        <source>请选择台账所在的 Excel 文件。</source>
        <translation>Choose the Excel file that holds the ledger.</translation>
    </message>
    <message>
        <source>OpenDocument 文档，不是表格</source>
        <translation>an OpenDocument document, not a spreadsheet</translation>
    </message>
    <message>
        <source>请选择台账所在的表格文件（.xlsx、.xls 或 .ods）。</source>
        <translation>Choose the spreadsheet file that holds the ledger (.xlsx, .xls or .ods).</translation>
    </message>
    <message>
        <source>压缩包，不是 Excel 表格</source>
        <translation>a compressed archive, not an Excel sheet</translation>
    </message>
    <message>
        <source>请先解压，再选择其中的 Excel 台账文件。</source>
        <translation>Unpack it first, then choose the Excel ledger file in it.</translation>
    </message>
    <message>
        <source>已损坏或不完整的文件（可能在传输中被截断）</source>
        <translation>a damaged or incomplete file (perhaps cut short in transfer)</translation>
    </message>
    <message>
        <source>请让对方重新发送原文件；如果能用 Excel 或 WPS 打开，请另存为 .xlsx 后再导入。</source>
        <translation>Ask the sender for the original file again; if Excel or WPS can open it, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>无法识别的 Office 文件</source>
        <translation>an unrecognised Office file</translation>
    </message>
    <message>
        <source>网页文件（虽然可能以 .xls 为扩展名，其实是 HTML 网页）</source>
        <translation>a web page (though it may end in .xls, it is really an HTML page)</translation>
    </message>
    <message>
        <source>Excel 2003 XML 表格</source>
        <translation>an Excel 2003 XML sheet</translation>
    </message>
    <message>
        <source>XML 文件，不是 Excel 表格</source>
        <translation>an XML file, not an Excel sheet</translation>
    </message>
    <message>
        <source>请向对方索要台账的 Excel 原文件；整改情况通报可用“读入通报”功能。</source>
        <translation>Ask the sender for the ledger&apos;s original Excel file; a rectification notice can be read with “Read notice”.</translation>
    </message>
    <message>
        <source>请把其中的表格复制到 Excel 中另存为 .xlsx。</source>
        <translation>Copy its table into Excel and save it as .xlsx.</translation>
    </message>
    <message>
        <source>图片，不是 Excel 表格</source>
        <translation>an image, not an Excel sheet</translation>
    </message>
    <message>
        <source>请向对方索要台账的 Excel 原文件。</source>
        <translation>Ask the sender for the ledger&apos;s original Excel file.</translation>
    </message>
    <message>
        <source>请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。</source>
        <translation>Open it in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>空文件（0 字节）</source>
        <translation>an empty file (0 bytes)</translation>
    </message>
    <message>
        <source>请让对方重新发送原文件。</source>
        <translation>Ask the sender for the original file again.</translation>
    </message>
    <message>
        <source>无法识别的文件，不是 Excel 表格</source>
        <translation>an unrecognised file, not an Excel sheet</translation>
    </message>
    <message>
        <source>请选择台账所在的 Excel 文件（.xlsx）。</source>
        <translation>Choose the Excel file that holds the ledger (.xlsx).</translation>
    </message>
    <message>
        <source>{what}应为“YYYY-MM-DD”形式的日期（值：{value!r}）</source>
        <translation>{what} should be a date written “YYYY-MM-DD” (value: {value!r})</translation>
    </message>
    <message>
        <source>内容应为一个 JSON 对象</source>
        <translation>The content should be a JSON object</translation>
    </message>
    <message>
        <source>“year”应为年份数字（值：{year!r}）</source>
        <translation>“year” should be a year number (value: {year!r})</translation>
    </message>
    <message>
        <source>“official”和“verified”应为 true 或 false</source>
        <translation>“official” and “verified” should be true or false</translation>
    </message>
    <message>
        <source>{what}不是有效日期（值：{value}）</source>
        <translation>{what} is not a valid date (value: {value})</translation>
    </message>
    <message>
        <source>第{n}个假日应为对象</source>
        <translation>Holiday {n} should be an object</translation>
    </message>
    <message>
        <source>假日“{name}”的结束日期早于开始日期</source>
        <translation>Holiday “{name}” ends before it starts</translation>
    </message>
    <message>
        <source>假日“{name}”（{start}）不在 {year} 年</source>
        <translation>Holiday “{name}” ({start}) is not in {year}</translation>
    </message>
    <message>
        <source>第{n}个调休上班日应为对象</source>
        <translation>Make-up working day {n} should be an object</translation>
    </message>
    <message>
        <source>调休上班日 {day} 不是周六或周日</source>
        <translation>Make-up working day {day} is not a Saturday or Sunday</translation>
    </message>
    <message>
        <source>{day} 既是假日又是调休上班日</source>
        <translation>{day} is both a holiday and a make-up working day</translation>
    </message>
    <message>
        <source>调休上班日 {day} 不在 {year} 年</source>
        <translation>Make-up working day {day} is not in {year}</translation>
    </message>
    <message>
        <source>该整改措施不属于这个问题（可能已被删除）。</source>
        <translation>The measure does not belong to this issue (perhaps it was deleted).</translation>
    </message>
    <message>
        <source>佐证材料“{title}”的文件不在材料库中（{path}），可能已被移走或删除。</source>
        <translation>The file of evidence “{title}” is not in the evidence store ({path}); it may have been moved or deleted.</translation>
    </message>
    <message>
        <source>共享的佐证材料文件夹可能还有其他台账在用，不能自动清理。</source>
        <translation>The shared evidence folder may be used by other ledgers too; it cannot be cleaned up automatically.</translation>
    </message>
    <message>
        <source>问题 {number} 没有佐证材料，无法导出销号材料包。</source>
        <translation>Issue {number} has no evidence; no sign-off package can be exported.</translation>
    </message>
    <message>
        <source>问题 {number} 的佐证材料共 {total:.0f} MB，超过材料包上限 {max_total:.0f} MB，请分批导出或压缩后再附。</source>
        <translation>The evidence of issue {number} comes to {total:.0f} MB, more than the package limit of {max_total:.0f} MB; export it in parts or compress it before attaching.</translation>
    </message>
    <message>
        <source>日期早于上一步（{latest}）</source>
        <translation>The date is earlier than the previous step ({latest})</translation>
    </message>
    <message>
        <source>天数应为 0 到 365</source>
        <translation>The number of days should be 0 to 365</translation>
    </message>
    <message>
        <source>佐证材料“{title}”无法打开：{message}</source>
        <translation>Evidence “{title}” cannot be opened: {message}</translation>
    </message>
    <message>
        <source>重新打开后的状态不能是已完成或已销号</source>
        <translation>The state after reopening cannot be completed or signed off</translation>
    </message>
    <message>
        <source>同一文件已作为佐证材料“{title}”附在问题 {number} 下</source>
        <translation>The same file is already attached as evidence “{title}” to issue {number}</translation>
    </message>
    <message>
        <source>以下佐证材料有问题，未导出材料包：{message}</source>
        <translation>The following evidence has problems; the package was not exported: {message}</translation>
    </message>
    <message>
        <source>未知的 notice 子命令：{notice_command}</source>
        <translation>Unknown notice subcommand: {notice_command}</translation>
    </message>
    <message>
        <source>已读入通报 {name}：{summary}，写入巡察“{title}”。</source>
        <translation>Notice {name} read: {summary}, written to inspection “{title}”.</translation>
    </message>
    <message>
        <source>已生成通报 {out}：{count} 个问题（巡察“{title}”）。</source>
        <translation>Notice {out} written: {count} issues (inspection “{title}”).</translation>
    </message>
    <message>
        <source>通报 {name} 有错误（见上），未写入台账。</source>
        <translation>Notice {name} has errors (see above); nothing was written to the ledger.</translation>
    </message>
    <message>
        <source>试读通报 {name}：{summary}（未写入台账）。</source>
        <translation>Trial read of notice {name}: {summary} (nothing written to the ledger).</translation>
    </message>
    <message>
        <source>台账中已有巡察“{title}”，为免重复，未再次读入。如要按新通报更新进度，请在界面中修改，或先删除该巡察。</source>
        <translation>The ledger already has inspection “{title}”; to avoid a duplicate, the notice was not read again. To update progress from a new notice, change it in the program, or delete that inspection first.</translation>
    </message>
    <message>
        <source>无法生成“{name}”：通报只能保存为 .docx、.txt 或 .pdf 文件。</source>
        <translation>Cannot write “{name}”: a notice can only be saved as a .docx, .txt or .pdf file.</translation>
    </message>
    <message>
        <source>PDF 格式的通报由打印模块生成，此版本尚未提供。请先生成 .docx 或 .txt 文件，用 Word、WPS 打开后另存为 PDF。</source>
        <translation>A notice in PDF comes from the printing module, which this version does not have yet. Write a .docx or .txt file, open it in Word or WPS and save it as PDF.</translation>
    </message>
    <message>
        <source>文件夹 {parent} 不存在，未生成通报。</source>
        <translation>Folder {parent} does not exist; the notice was not written.</translation>
    </message>
    <message>
        <source>巡察“{title}”中还没有问题，未生成通报。</source>
        <translation>Inspection “{title}” has no issues yet; the notice was not written.</translation>
    </message>
    <message>
        <source>台账中还没有巡察，无法生成通报。</source>
        <translation>The ledger has no inspection yet; no notice can be written.</translation>
    </message>
    <message>
        <source>台账中有多次巡察（{names}），请用 --inspection 指定其中一次。</source>
        <translation>The ledger has several inspections ({names}); name one with --inspection.</translation>
    </message>
    <message>
        <source>找不到文件 {path}。</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <source>文件 {name} 太大（超过 20 MB），不像是一份通报。</source>
        <translation>File {name} is too large (over 20 MB) to be a notice.</translation>
    </message>
    <message>
        <source>文件 {name} 不是文本文件。</source>
        <translation>File {name} is not a text file.</translation>
    </message>
    <message>
        <source>文件中有无法识别编码的字符，已替换为“�”，请核对原文</source>
        <translation>The file has characters in an unrecognised encoding, replaced with “�”; check against the original</translation>
    </message>
    <message>
        <source>文件 {name} 解压后异常巨大，已拒绝读入（可能是恶意文件）。</source>
        <translation>File {name} unpacks to an abnormal size and was refused (it may be a malicious file).</translation>
    </message>
    <message>
        <source>这段文字不属于任何问题，未读入</source>
        <translation>This text belongs to no issue; not read</translation>
    </message>
    <message>
        <source>文件 {name} 不是有效的 .docx 文件（{exc}）。</source>
        <translation>File {name} is not a valid .docx file ({exc}).</translation>
    </message>
    <message>
        <source>文件 {name} 无法作为 .docx 打开（{exc}）。</source>
        <translation>File {name} cannot be opened as .docx ({exc}).</translation>
    </message>
    <message>
        <source>内容为空，没有可读入的通报</source>
        <translation>The content is empty; there is no notice to read</translation>
    </message>
    <message>
        <source>统计段中有未能识别的数字</source>
        <translation>The statistics paragraph has numbers that were not recognised</translation>
    </message>
    <message>
        <source>完成率与所列数字不符：{done}/{total} 不等于 {rate}%</source>
        <translation>The completion rate does not match the numbers given: {done}/{total} is not {rate}%</translation>
    </message>
    <message>
        <source>“{text}”一节是整改工作综述，不是问题清单，未作为问题读入（{count}段）</source>
        <translation>Section “{text}” is an overview of the rectification work, not a list of issues; not read as issues ({count} paragraphs)</translation>
    </message>
    <message>
        <source>日期无法识别，未填入（请核对原文）</source>
        <translation>The date was not recognised and was left empty (check against the original)</translation>
    </message>
    <message>
        <source>未能从通报开头读出巡察组、巡察时间和反馈时间，请在导入后补填</source>
        <translation>The inspection team, inspection time and feedback time could not be read from the notice&apos;s opening; fill them in after the import</translation>
    </message>
    <message>
        <source>问题 {number} 的整改进度无法识别，已按“未启动”读入，原文保留</source>
        <translation>The progress of issue {number} was not recognised; read as “未启动” (not started), the original text kept</translation>
    </message>
    <message>
        <source>问题 {number} 没有写明整改进度，已按“未启动”读入</source>
        <translation>Issue {number} states no progress; read as “未启动” (not started)</translation>
    </message>
    <message>
        <source>问题编号 {number} 在同一部分中重复出现</source>
        <translation>Issue number {number} appears twice in the same part</translation>
    </message>
    <message>
        <source>没有找到问题清单、统计数字，也没有巡察情况：这不像是一份整改情况通报</source>
        <translation>No list of issues, no statistics and no inspection account found: this does not look like a rectification notice</translation>
    </message>
    <message>
        <source>通报日期之后的文字未能归入任何部分</source>
        <translation>The text after the notice&apos;s date could not be placed in any part</translation>
    </message>
    <message>
        <source>通报只写明了巡察情况，没有逐条列出问题，也没有统计数字</source>
        <translation>The notice only gives an account of the inspection, with no list of issues and no statistics</translation>
    </message>
    <message>
        <source>通报只有统计数字，没有逐条列出问题</source>
        <translation>The notice only has statistics, with no list of issues</translation>
    </message>
    <message>
        <source>文件包含的部件过多（{count} 个），拒绝读取。</source>
        <translation>The file has too many parts ({count}); refused.</translation>
    </message>
    <message>
        <source>文件解压后过大（{total} MB），拒绝读取。</source>
        <translation>The file unpacks too large ({total} MB); refused.</translation>
    </message>
    <message>
        <source>文件中的“{filename}”压缩比异常（疑似压缩炸弹），拒绝读取。</source>
        <translation>Part “{filename}” of the file has an abnormal compression ratio (a suspected zip bomb); refused.</translation>
    </message>
    <message>
        <source>文件不是有效的 Office 文档（不是 zip 格式或已损坏）。</source>
        <translation>The file is not a valid Office document (not a zip file, or damaged).</translation>
    </message>
    <message>
        <source>文件中的“{name}”已损坏，无法读取。</source>
        <translation>Part “{name}” of the file is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>工作表“{get_name}”第{row}行第{col}列写入失败（xlsxwriter 返回 {code}），导出未完成。</source>
        <translation>Writing row {row}, column {col} of sheet “{get_name}” failed (xlsxwriter returned {code}); the export was not completed.</translation>
    </message>
    <message>
        <source>台账行数超过 Excel 工作表的上限（{EXCEL_MAX_ROWS} 行），请按巡察或筛选条件分批导出。</source>
        <translation>The ledger has more rows than an Excel sheet holds ({EXCEL_MAX_ROWS} rows); export it in parts, by inspection or filter.</translation>
    </message>
    <message>
        <source>文件 {file}{verdict}：问题 {count} 个，整改措施 {measure_count} 条{extra}（试运行，台账未改变）。</source>
        <translation>File {file}{verdict}: {count} issues, {measure_count} measures{extra} (trial run, the ledger is unchanged).</translation>
    </message>
    <message>
        <source>新增问题 {issues_added} 个</source>
        <translation>{issues_added} new issues</translation>
    </message>
    <message>
        <source>整改措施 {measures_added} 条</source>
        <translation>{measures_added} measures</translation>
    </message>
    <message>
        <source>（修改批次 {batch_id}，可撤销）</source>
        <translation> (change batch {batch_id}, can be undone)</translation>
    </message>
    <message>
        <source>（台账没有变化）</source>
        <translation> (no change to the ledger)</translation>
    </message>
    <message>
        <source>，其中 {updating} 个问题已在台账中、将更新</source>
        <translation>, of which {updating} issues are already in the ledger and will be updated</translation>
    </message>
    <message>
        <source>更新问题 {issues_updated} 个</source>
        <translation>{issues_updated} issues updated</translation>
    </message>
    <message>
        <source>可以导入</source>
        <translation> can be imported</translation>
    </message>
    <message>
        <source>修改 {count} 处</source>
        <translation>Changes: {count}</translation>
    </message>
    <message>
        <source>（试运行，台账未改变）</source>
        <translation> (trial run, the ledger is unchanged)</translation>
    </message>
    <message>
        <source>未处理</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source>冲突 {count} 处</source>
        <translation>{count} conflicts</translation>
    </message>
    <message>
        <source>新增整改措施 {count} 条</source>
        <translation>{count} new measures</translation>
    </message>
    <message>
        <source>问题 {count} 个</source>
        <translation>{count} problems</translation>
    </message>
    <message>
        <source>此前已不采纳 {count} 处（不再合并）</source>
        <translation>{count} declined before (not merged again)</translation>
    </message>
    <message>
        <source>（已合并，修改批次 {batch}，可撤销）</source>
        <translation> (merged, change batch {batch}, can be undone)</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>采用单位填报</source>
        <translation>the unit&apos;s value taken</translation>
    </message>
    <message>
        <source>保留台账现值</source>
        <translation>the ledger&apos;s value kept</translation>
    </message>
    <message>
        <source>注意：{count} 个佐证材料缺失或损坏，未能取回，请重新附上：
</source>
        <translation>Note: {count} evidence files are missing or damaged and could not be taken back; attach them again:
</translation>
    </message>
    <message>
        <source>
如仍要恢复台账记录（缺失的材料之后重新附上），请加上 --allow-missing-evidence。</source>
        <translation>
To restore the ledger&apos;s records anyway (attaching the missing files again later), add --allow-missing-evidence.</translation>
    </message>
    <message>
        <source>{count} 个问题，{measure_count} 条整改措施</source>
        <translation>{count} issues, {measure_count} measures</translation>
    </message>
    <message>
        <source>已为台账 {ledger} 设置角色和行级安全策略：</source>
        <translation>Roles and row-level security policies set up for ledger {ledger}:</translation>
    </message>
    <message>
        <source>{login} 现为“{ROLE_LABELS}”{units}。</source>
        <translation>{login} is now “{ROLE_LABELS}”{units}.</translation>
    </message>
    <message>
        <source>已新建登录账号 {login}（没有设置密码，由数据库管理员设置认证方式）。</source>
        <translation>Login {login} created (without a password; the database administrator sets how it authenticates).</translation>
    </message>
    <message>
        <source>已收回 {login} 在这个台账上的角色。</source>
        <translation>The role of {login} on this ledger was taken back.</translation>
    </message>
    <message>
        <source>{login} 在这个台账上没有角色，未作改动。</source>
        <translation>{login} has no role on this ledger; nothing changed.</translation>
    </message>
    <message>
        <source>还没有任何登录账号获得这个台账的角色。</source>
        <translation>No login has a role on this ledger yet.</translation>
    </message>
    <message>
        <source>已把台账复制到 {target}：{rows} 行记录，佐证材料 {evidence_files} 个文件。</source>
        <translation>Ledger copied to {target}: {rows} records, {evidence_files} evidence files.</translation>
    </message>
    <message>
        <source>问题整改情况表</source>
        <translation>issue sheet</translation>
    </message>
    <message>
        <source>整改销号审批表</source>
        <translation>sign-off form</translation>
    </message>
    <message>
        <source>整改台账</source>
        <translation>Rectification ledger</translation>
    </message>
    <message>
        <source>整改情况通报</source>
        <translation>rectification notice</translation>
    </message>
    <message>
        <source>台账文件路径，或数据库地址（如 postgresql://…）</source>
        <translation>the ledger file&apos;s path, or a database address (such as postgresql://…)</translation>
    </message>
    <message>
        <source>显示版本号并退出</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <source>记入修改历史的操作人（默认为系统用户名）</source>
        <translation>the operator written into the history of changes (default: the system user name)</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>the language of the messages</translation>
    </message>
    <message>
        <source>创建示例台账</source>
        <translation>create a demo ledger</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>statistics</translation>
    </message>
    <message>
        <source>导入 Excel 台账</source>
        <translation>import an Excel ledger</translation>
    </message>
    <message>
        <source>导出 Excel 台账</source>
        <translation>export an Excel ledger</translation>
    </message>
    <message>
        <source>按责任单位分发台账</source>
        <translation>hand the ledger out to the responsible units</translation>
    </message>
    <message>
        <source>交回期限（写入填报说明）</source>
        <translation>the return deadline (written into the instructions)</translation>
    </message>
    <message>
        <source>合并回收的台账</source>
        <translation>merge the returned ledgers</translation>
    </message>
    <message>
        <source>读入通报</source>
        <translation>read a notice</translation>
    </message>
    <message>
        <source>生成通报</source>
        <translation>write a notice</translation>
    </message>
    <message>
        <source>打印为 PDF</source>
        <translation>print to PDF</translation>
    </message>
    <message>
        <source>台账体检</source>
        <translation>check the ledger&apos;s content</translation>
    </message>
    <message>
        <source>检查台账文件与历史记录的完整性</source>
        <translation>check the integrity of the ledger file and its history</translation>
    </message>
    <message>
        <source>列出每一处问题的技术细节</source>
        <translation>list the technical details of every problem</translation>
    </message>
    <message>
        <source>以 JSON 输出（供脚本使用）</source>
        <translation>print JSON (for scripts)</translation>
    </message>
    <message>
        <source>备份台账（连同佐证材料）；--list 列出已有的备份</source>
        <translation>back up the ledger (with its evidence); --list lists the existing backups</translation>
    </message>
    <message>
        <source>列出台账的备份，不新建备份</source>
        <translation>list the ledger&apos;s backups, make none</translation>
    </message>
    <message>
        <source>与 --list 同用：以 JSON 输出</source>
        <translation>with --list: print JSON</translation>
    </message>
    <message>
        <source>从备份恢复台账</source>
        <translation>restore the ledger from a backup</translation>
    </message>
    <message>
        <source>备份中的佐证材料缺失或损坏时仍然恢复台账记录（缺失的材料需重新附上）</source>
        <translation>restore the ledger&apos;s records even when evidence in the backup is missing or damaged (the missing files must be attached again)</translation>
    </message>
    <message>
        <source>服务器台账的账号与权限（PostgreSQL）</source>
        <translation>accounts and permissions of a server ledger (PostgreSQL)</translation>
    </message>
    <message>
        <source>建立台账的角色和行级安全策略（可重复运行）</source>
        <translation>create the ledger&apos;s roles and row-level security policies (safe to run again)</translation>
    </message>
    <message>
        <source>授予登录账号一个角色（账号不存在时新建，不设密码）</source>
        <translation>give a login a role (a missing login is created, without a password)</translation>
    </message>
    <message>
        <source>填报的责任单位</source>
        <translation>the units the clerk reports for</translation>
    </message>
    <message>
        <source>收回登录账号在台账上的角色</source>
        <translation>take back a login&apos;s role on the ledger</translation>
    </message>
    <message>
        <source>列出有台账角色的登录账号</source>
        <translation>list the logins with a role on the ledger</translation>
    </message>
    <message>
        <source>把台账（连同历史和佐证材料）复制到另一处，如服务器</source>
        <translation>copy the ledger (with its history and evidence) to another place, such as a server</translation>
    </message>
    <message>
        <source>检查本程序各组成部分能否正常工作（在临时文件夹中进行）</source>
        <translation>check that the parts of this program work (in a temporary folder)</translation>
    </message>
    <message>
        <source>在此空文件夹中进行并保留生成的文件</source>
        <translation>work in this empty folder and keep the files made</translation>
    </message>
    <message>
        <source>本程序 {licence}；{count} 个程序库、{fonts} 个字体的许可证齐全</source>
        <translation>this program {licence}; the licences of {count} libraries and {fonts} fonts are all present</translation>
    </message>
    <message>
        <source>载入 {issues_added} 个问题、{measures_added} 条整改措施</source>
        <translation>loaded {issues_added} issues and {measures_added} measures</translation>
    </message>
    <message>
        <source>openpyxl 写入、python-calamine 读回 {count} 行；xlsxwriter {version__} 可用</source>
        <translation>openpyxl wrote and python-calamine read back {count} rows; xlsxwriter {version__} available</translation>
    </message>
    <message>
        <source>导入 {count} 个问题、{measures} 条整改措施（合并单元格的工作簿）</source>
        <translation>imported {count} issues and {measures} measures (a workbook with merged cells)</translation>
    </message>
    <message>
        <source>导出 {st_size} KB，{count} 个工作表，已读回核对</source>
        <translation>exported {st_size} KB, {count} sheets, read back and checked</translation>
    </message>
    <message>
        <source>python-docx 生成 Word 文档（{st_size} KB）</source>
        <translation>python-docx wrote a Word document ({st_size} KB)</translation>
    </message>
    <message>
        <source>qtbase_zh_CN 已加载（Cancel → {sample}）</source>
        <translation>qtbase_zh_CN loaded (Cancel → {sample})</translation>
    </message>
    <message>
        <source>holidays 包：{year}–{year2} 年（含调休上班日）</source>
        <translation>holidays package: {year}–{year2} (with make-up working days)</translation>
    </message>
    <message>
        <source>{name}，{count} 张插图</source>
        <translation>{name}, {count} pictures</translation>
    </message>
    <message>
        <source>{name}（{count} KB），文字可还原为中文（{wanted}）</source>
        <translation>{name} ({count} KB), its text maps back to Chinese ({wanted})</translation>
    </message>
    <message>
        <source>已在屏幕外打开主窗口{seen}并关闭</source>
        <translation>the main window {seen} opened off screen and closed</translation>
    </message>
    <message>
        <source>自检完成：{counts} 项通过，{counts2} 项跳过，{count} 项失败。</source>
        <translation>Self-test done: {counts} passed, {counts2} skipped, {count} failed.</translation>
    </message>
    <message>
        <source>整改台账 {version__} 自检（{value}，{platform}）</source>
        <translation>Rectification ledger {version__} self-test ({value}, {platform})</translation>
    </message>
    <message>
        <source>版本号</source>
        <translation>Version number</translation>
    </message>
    <message>
        <source>关于（许可证）</source>
        <translation>About (licences)</translation>
    </message>
    <message>
        <source>已在临时文件夹建立台账并完成数据库迁移（{name}）</source>
        <translation>ledger created and migrated in a temporary folder ({name})</translation>
    </message>
    <message>
        <source>台账文件</source>
        <translation>Ledger file</translation>
    </message>
    <message>
        <source>已加载 </source>
        <translation>loaded </translation>
    </message>
    <message>
        <source>{count} 个字体文件可用：</source>
        <translation>{count} font files available: </translation>
    </message>
    <message>
        <source>示例台账</source>
        <translation>Demo ledger</translation>
    </message>
    <message>
        <source>Excel 组件</source>
        <translation>Excel components</translation>
    </message>
    <message>
        <source>Word 组件</source>
        <translation>Word components</translation>
    </message>
    <message>
        <source>{version__}（源代码，未安装）</source>
        <translation>{version__} (source code, not installed)</translation>
    </message>
    <message>
        <source>版本不一致：程序报告 {version__}，元数据为 {recorded}</source>
        <translation>versions differ: the program says {version__}, its metadata {recorded}</translation>
    </message>
    <message>
        <source>以下字体没有许可证文件：{unlicensed}</source>
        <translation>these fonts have no licence file: {unlicensed}</translation>
    </message>
    <message>
        <source>台账未能建立</source>
        <translation>the ledger could not be created</translation>
    </message>
    <message>
        <source>示例台账中没有问题</source>
        <translation>the demo ledger has no issues</translation>
    </message>
    <message>
        <source>写入的工作簿读回后内容不符</source>
        <translation>the workbook written does not read back the same</translation>
    </message>
    <message>
        <source>rectify {argv} 退出码 {code}（详情见上方的错误输出）</source>
        <translation>rectify {argv} exit code {code} (see the error output above)</translation>
    </message>
    <message>
        <source>此版本未包含 Excel 导入（desktop.excel.reader）</source>
        <translation>this version has no Excel import (desktop.excel.reader)</translation>
    </message>
    <message>
        <source>自检工作簿未能生成</source>
        <translation>the self-test workbook was not made</translation>
    </message>
    <message>
        <source>导入了 {count} 个问题、{measures} 条措施，应为 {EXPECTED_ISSUES} 个问题、{EXPECTED_MEASURES} 条措施</source>
        <translation>imported {count} issues and {measures} measures, expected {EXPECTED_ISSUES} issues and {EXPECTED_MEASURES} measures</translation>
    </message>
    <message>
        <source>此版本未包含 Excel 导出（desktop.excel.writer）</source>
        <translation>this version has no Excel export (desktop.excel.writer)</translation>
    </message>
    <message>
        <source>导出的工作簿中没有导入的问题“{expected}”</source>
        <translation>the exported workbook lacks the imported issue “{expected}”</translation>
    </message>
    <message>
        <source>找不到 Qt 的中文翻译（qtbase_zh_CN.qm，{folder}）</source>
        <translation>Qt&apos;s Chinese translation not found (qtbase_zh_CN.qm, {folder})</translation>
    </message>
    <message>
        <source>Qt 的中文翻译文件没有内容</source>
        <translation>Qt&apos;s Chinese translation file is empty</translation>
    </message>
    <message>
        <source>没有安装 holidays 包：2026 年以前的节假日将只按周末计算</source>
        <translation>the holidays package is not installed: holidays before 2026 count weekends only</translation>
    </message>
    <message>
        <source>holidays 包没有读出 2026 年的节假日安排</source>
        <translation>the holidays package has no holidays for 2026</translation>
    </message>
    <message>
        <source>此版本未附带字体</source>
        <translation>this version comes without fonts</translation>
    </message>
    <message>
        <source>找不到用户手册：{path}</source>
        <translation>user manual not found: {path}</translation>
    </message>
    <message>
        <source>{name} 不是 PDF 文件</source>
        <translation>{name} is not a PDF file</translation>
    </message>
    <message>
        <source>PDF 的文字无法还原为中文（缺少：{missing}），可能缺少中文字体</source>
        <translation>the PDF&apos;s text does not map back to Chinese (missing: {missing}); a Chinese font may be missing</translation>
    </message>
    <message>
        <source>主窗口未显示（退出码 {code}）</source>
        <translation>the main window did not show (exit code {code})</translation>
    </message>
    <message>
        <source>主窗口关闭后退出码为 {code}</source>
        <translation>exit code {code} after the main window closed</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>失败</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>自检文件夹不是空的：{folder}</source>
        <translation>The self-test folder is not empty: {folder}</translation>
    </message>
    <message>
        <source>Qt 中文界面</source>
        <translation>Qt in Chinese</translation>
    </message>
    <message>
        <source>界面翻译</source>
        <translation>Interface translation</translation>
    </message>
    <message>
        <source>附带字体</source>
        <translation>Bundled fonts</translation>
    </message>
    <message>
        <source>节假日安排</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>打印 PDF</source>
        <translation>PDF printing</translation>
    </message>
    <message>
        <source>使用手册</source>
        <translation>User manual</translation>
    </message>
    <message>
        <source>主窗口</source>
        <translation>Main window</translation>
    </message>
    <message>
        <source>以下程序库缺少版本信息：</source>
        <translation>these libraries lack version information: </translation>
    </message>
    <message>
        <source>导入后找不到巡察“{SELFTEST_INSPECTION}”</source>
        <translation>inspection “{SELFTEST_INSPECTION}” not found after the import</translation>
    </message>
    <message>
        <source>安装包中有翻译源文件却没有编译好的 .qm 文件</source>
        <translation>the package has translation sources but no compiled .qm file</translation>
    </message>
    <message>
        <source>此版本没有编译好的界面翻译（.qm）</source>
        <translation>this version has no compiled interface translation (.qm)</translation>
    </message>
    <message>
        <source>此版本没有界面翻译</source>
        <translation>this version has no interface translation</translation>
    </message>
    <message>
        <source>无法加载 {name}</source>
        <translation>cannot load {name}</translation>
    </message>
    <message>
        <source>无法加载字体 {name}</source>
        <translation>cannot load font {name}</translation>
    </message>
    <message>
        <source>用户手册的插图缺失：</source>
        <translation>pictures of the user manual are missing: </translation>
    </message>
    <message>
        <source>{WINDOW_TIMEOUT_S:.0f} 秒内主窗口未出现</source>
        <translation>the main window did not appear within {WINDOW_TIMEOUT_S:.0f} seconds</translation>
    </message>
    <message>
        <source>安装包中缺少版本信息（rectify-ledger 的元数据）</source>
        <translation>the package lacks version information (rectify-ledger&apos;s metadata)</translation>
    </message>
    <message>
        <source>出现对话框“{windowTitle}”{text}</source>
        <translation>a dialog “{windowTitle}” appeared{text}</translation>
    </message>
    <message>
        <source>，截图 主窗口.png</source>
        <translation>, screenshot “主窗口.png”</translation>
    </message>
    <message>
        <source>安装版</source>
        <translation>installed</translation>
    </message>
    <message>
        <source>源代码</source>
        <translation>source code</translation>
    </message>
    <message>
        <source>[{label}] {name}：{detail}</source>
        <translation>[{label}] {name}: {detail}</translation>
    </message>
    <message>
        <source>“{title}”（{width}×{height}{screenshot}）</source>
        <translation>“{title}” ({width}×{height}{screenshot})</translation>
    </message>
    <message>
        <source>日历文件 {file}：{message}</source>
        <translation>Calendar file {file}: {message}</translation>
    </message>
    <message>
        <source>{what}“{text}”不是日期</source>
        <translation>{what} “{text}” is not a date</translation>
    </message>
    <message>
        <source>无法读取文件 {name}（{reason}）。</source>
        <translation>Cannot read file {name} ({reason}).</translation>
    </message>
    <message>
        <source>以下佐证材料有问题，未导出材料包：{problems}</source>
        <translation>The following evidence has problems; the package was not exported: {problems}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>问题 {issue_number}</source>
        <translation>issue {issue_number}</translation>
    </message>
    <message>
        <source>{where} 的佐证材料“{name}”</source>
        <translation>evidence “{name}” of {where}</translation>
    </message>
    <message>
        <source> 措施 {measure_seq}</source>
        <translation>, measure {measure_seq}</translation>
    </message>
    <message>
        <source>  另有 {count} 项未列出。</source>
        <translation>  {count} more not listed.</translation>
    </message>
    <message>
        <source>{label}：记录中没有有效的文件校验值</source>
        <translation>{label}: the record has no valid file checksum</translation>
    </message>
    <message>
        <source>{label}：文件缺失（{where}）</source>
        <translation>{label}: the file is missing ({where})</translation>
    </message>
    <message>
        <source>{label}：文件内容已被改动（与校验值不符）</source>
        <translation>{label}: the file&apos;s content was changed (checksum mismatch)</translation>
    </message>
    <message>
        <source>{label}：备份中没有这个文件</source>
        <translation>{label}: the backup does not have this file</translation>
    </message>
    <message>
        <source>{label}：备份中的文件已损坏（与校验值不符）</source>
        <translation>{label}: the file in the backup is damaged (checksum mismatch)</translation>
    </message>
    <message>
        <source>备份“{name}”中有 {count} 个佐证材料缺失或损坏，当前台账中也没有完好的副本，不能用这份备份恢复（当前台账和它的佐证材料都没有改变）：
</source>
        <translation>{count} evidence files in backup “{name}” are missing or damaged, and the current ledger has no sound copy either; this backup cannot be used to restore (the current ledger and its evidence are unchanged):
</translation>
    </message>
    <message>
        <source>{label}共 {total} {unit}：{parts}；长期坚持 {long_term} {unit}；逾期 {overdue} {unit}；完成率 {rate}（{finished}/{total}）</source>
        <translation>{label}: {total} {unit} in all: {parts}; long-term {long_term} {unit}; overdue {overdue} {unit}; completion rate {rate} ({finished}/{total})</translation>
    </message>
    <message>
        <source>{status} {count} {unit}</source>
        <translation>{status} {count} {unit}</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>measures</translation>
    </message>
    <message>
        <source>个</source>
        <translation>issues</translation>
    </message>
    <message>
        <source>条</source>
        <translation>measures</translation>
    </message>
    <message>
        <source>{label}：无可计算的事项</source>
        <translation>{label}: nothing to count</translation>
    </message>
    <message>
        <source>{label} {rate:.2f}%（{on_time}/{finished}）</source>
        <translation>{label} {rate:.2f}% ({on_time}/{finished})</translation>
    </message>
    <message>
        <source>，另有 {count} 个已完成但完成日期未知</source>
        <translation>, and {count} completed with no completion date</translation>
    </message>
    <message>
        <source>按期完成率：{issues}；{measures}</source>
        <translation>Completed on time: {issues}; {measures}</translation>
    </message>
    <message>
        <source>  {name}：问题 {issues} 个，完成 {issues_done} 个（{issues_rate}），逾期 {issues_overdue} 个；措施 {measures} 条，完成 {measures_done} 条（{measures_rate}），逾期 {measures_overdue} 条</source>
        <translation>  {name}: {issues} issues, {issues_done} completed ({issues_rate}), {issues_overdue} overdue; {measures} measures, {measures_done} completed ({measures_rate}), {measures_overdue} overdue</translation>
    </message>
    <message>
        <source>截至 {date}：</source>
        <translation>As of {date}:</translation>
    </message>
    <message>
        <source>延期：已批准延期的问题 {issues} 个、措施 {measures} 条；待审批的延期申请 {pending} 项</source>
        <translation>Postponed: {issues} issues and {measures} measures approved; {pending} requests awaiting a decision</translation>
    </message>
    <message>
        <source>销号：待审核 {pending} 个，已销号 {approved} 个，已退回 {returned} 个，重新打开 {reopened} 个</source>
        <translation>Sign-off: {pending} awaiting review, {approved} signed off, {returned} returned, {reopened} reopened</translation>
    </message>
    <message>
        <source>按责任单位：</source>
        <translation>By responsible unit:</translation>
    </message>
    <message>
        <source>按问题类别：</source>
        <translation>By category:</translation>
    </message>
    <message>
        <source>逾期清单（{count} 项）：</source>
        <translation>Overdue ({count} items):</translation>
    </message>
    <message>
        <source>问题 {number}</source>
        <translation>Issue {number}</translation>
    </message>
    <message>
        <source>问题 {number} 第{seq}条措施</source>
        <translation>Issue {number}, measure {seq}</translation>
    </message>
    <message>
        <source>  {what}（{unit}）：时限 {deadline}，逾期 {days} 天</source>
        <translation>  {what} ({unit}): deadline {deadline}, {days} days overdue</translation>
    </message>
    <message>
        <source>{label} {count} 人</source>
        <translation>{label} {count} people</translation>
    </message>
    <message>
        <source>{label} {amount:.3f} 万元</source>
        <translation>{label} {amount:.3f} (10,000 yuan)</translation>
    </message>
    <message>
        <source>整改成效：建章立制 {rules} 项；问责 {people_total} 人（{people}）；资金 {funds_total:.3f} 万元（{funds}）</source>
        <translation>Outcomes: {rules} rules made; {people_total} people held accountable ({people}); funds {funds_total:.3f} (10,000 yuan) ({funds})</translation>
    </message>
    <message>
        <source>自 {date} 起：{batches} 次操作，{changes} 处修改</source>
        <translation>Since {date}: {batches} operations, {changes} changes</translation>
    </message>
    <message>
        <source>问题{number}已标为“{label}”，但第{seqs}条整改措施尚未完成</source>
        <translation>Issue {number} is marked “{label}”, but its measure(s) {seqs} are not completed</translation>
    </message>
    <message>
        <source>问题{number}已标为“{label}”，但没有佐证材料</source>
        <translation>Issue {number} is marked “{label}”, but has no evidence</translation>
    </message>
    <message>
        <source>问题{number}的整改时限（{d}）早于反馈日期（{when}）</source>
        <translation>The deadline of issue {number} ({d}) is earlier than the feedback date ({when})</translation>
    </message>
    <message>
        <source>问题{number}与问题{number2}的内容相同</source>
        <translation>Issue {number} has the same content as issue {number2}</translation>
    </message>
    <message>
        <source>问题{number}的整改措施均已完成，但问题状态为“{label}”</source>
        <translation>All measures of issue {number} are completed, but the issue&apos;s status is “{label}”</translation>
    </message>
    <message>
        <source>问题{number}的第{seq}条整改措施未明确责任单位</source>
        <translation>Measure {seq} of issue {number} has no responsible unit</translation>
    </message>
    <message>
        <source>问题{number}的第{seq}条整改措施没有整改时限</source>
        <translation>Measure {seq} of issue {number} has no deadline</translation>
    </message>
    <message>
        <source>问题{number}的第{seq}条整改措施的整改时限（{md}）早于反馈日期（{when}）</source>
        <translation>The deadline of measure {seq} of issue {number} ({md}) is earlier than the feedback date ({when})</translation>
    </message>
    <message>
        <source>问题编号“{number}”在同一轮巡察中重复（第{position}个问题也是这个编号）</source>
        <translation>Issue number “{number}” repeats within one inspection (issue {position} has it too)</translation>
    </message>
    <message>
        <source>问题{number}与问题{number2}的内容几乎相同</source>
        <translation>Issue {number} has nearly the same content as issue {number2}</translation>
    </message>
    <message>
        <source>问题{number}的部分整改措施已启动，但问题状态为“{label}”</source>
        <translation>Some measures of issue {number} have started, but the issue&apos;s status is “{label}”</translation>
    </message>
    <message>
        <source>问题{number}的状态为“{label}”，按整改措施的状态应为“{STATUS_LABELS}”</source>
        <translation>The status of issue {number} is “{label}”; by its measures it should be “{STATUS_LABELS}”</translation>
    </message>
    <message>
        <source>问题{number}</source>
        <translation>issue {number}</translation>
    </message>
    <message>
        <source>问题{number}的第{seq}条整改措施</source>
        <translation>measure {seq} of issue {number}</translation>
    </message>
    <message>
        <source>{place}的单位“{unit}”像是“{first}”和“{second}”两个单位连在一起，请分开填写（牵头单位、配合单位各填一个）</source>
        <translation>The unit “{unit}” of {place} looks like two units run together, “{first}” and “{second}”; write them apart (one lead unit, one cooperating unit)</translation>
    </message>
    <message>
        <source>{place}的单位“{unit}”在台账中只出现这一次，请核对名称是否写错</source>
        <translation>The unit “{unit}” of {place} appears only once in the ledger; check that its name is not misspelt</translation>
    </message>
    <message>
        <source>延期后的时限应晚于原时限（{isoformat}）</source>
        <translation>The new deadline should be later than the old one ({isoformat})</translation>
    </message>
    <message>
        <source>已完成的事项无需申请延期</source>
        <translation>A completed item needs no postponement</translation>
    </message>
    <message>
        <source>已有一项延期申请待审批，请先审批该申请</source>
        <translation>A postponement request is already waiting for a decision; decide it first</translation>
    </message>
    <message>
        <source>该延期申请已审批（{DECISION_LABELS}）</source>
        <translation>This postponement request was already decided ({DECISION_LABELS})</translation>
    </message>
    <message>
        <source>审批日期早于申请日期</source>
        <translation>The decision date is earlier than the request date</translation>
    </message>
    <message>
        <source>该问题已申请销号，正在等待审核</source>
        <translation>Sign-off was requested for this issue and awaits review</translation>
    </message>
    <message>
        <source>该问题已销号</source>
        <translation>This issue is signed off</translation>
    </message>
    <message>
        <source>第{measure_numbers}条整改措施尚未完成</source>
        <translation>Measure(s) {measure_numbers} not completed yet</translation>
    </message>
    <message>
        <source>没有佐证材料</source>
        <translation>No evidence</translation>
    </message>
    <message>
        <source>该问题没有待审核的销号申请（当前：{SIGN_OFF_STATE_LABELS}）</source>
        <translation>This issue has no sign-off request awaiting review (now: {SIGN_OFF_STATE_LABELS})</translation>
    </message>
    <message>
        <source>只有已销号的问题才能重新打开（当前：{STATUS_LABELS}）</source>
        <translation>Only a signed-off issue can be reopened (now: {STATUS_LABELS})</translation>
    </message>
    <message>
        <source>延期后的时限早于申请日期</source>
        <translation>The new deadline is earlier than the request date</translation>
    </message>
    <message>
        <source>问题尚未完成（{STATUS_LABELS}）</source>
        <translation>The issue is not completed yet ({STATUS_LABELS})</translation>
    </message>
    <message>
        <source>问责方式不在列表中</source>
        <translation>The kind of accountability is not in the list</translation>
    </message>
    <message>
        <source>问责人数应为 1 到 9999</source>
        <translation>The number of people held accountable should be 1 to 9999</translation>
    </message>
    <message>
        <source>资金类别不在列表中</source>
        <translation>The kind of funds is not in the list</translation>
    </message>
    <message>
        <source>金额应为大于 0 的数字（万元，最多三位小数）</source>
        <translation>The amount should be a number above 0 (in 10,000 yuan, at most three decimals)</translation>
    </message>
    <message>
        <source>从备份恢复：在“文件 → 备份与恢复”中选择最近的一份备份，点“恢复”（命令行：rectify backup --list 列出备份，rectify restore 备份文件 恢复）。恢复前软件会把现在的台账文件另存一份，不会丢掉它。</source>
        <translation>Restore from a backup: under “File → Backup and restore”, choose the latest backup and click “Restore” (command line: rectify backup --list lists the backups, rectify restore BACKUP restores one). The program first saves a copy of the current ledger file, so it is not lost.</translation>
    </message>
    <message>
        <source>台账完好：{parts}。</source>
        <translation>The ledger is sound: {parts}.</translation>
    </message>
    <message>
        <source>台账检查发现问题（{count} 处）。</source>
        <translation>The ledger check found problems ({count}).</translation>
    </message>
    <message>
        <source>台账检查发现 {count} 个问题：</source>
        <translation>The ledger check found {count} problems:</translation>
    </message>
    <message>
        <source>{entries_checked} 条修改记录都在，没有被改动过</source>
        <translation>all {entries_checked} change records are there, none altered</translation>
    </message>
    <message>
        <source>数据完整</source>
        <translation>the data is complete</translation>
    </message>
    <message>
        <source>历史记录 {entries_checked} 条，校验链完整</source>
        <translation>{entries_checked} history records, hash chain intact</translation>
    </message>
    <message>
        <source>历史记录的校验链在第 {entry_id} 条（操作批次 #{batch_id}）处首次断开。</source>
        <translation>The history&apos;s hash chain first breaks at record {entry_id} (batch #{batch_id}).</translation>
    </message>
    <message>
        <source>问题：</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>数据：{risk}</source>
        <translation>Data: {risk}</translation>
    </message>
    <message>
        <source>请这样做：{action}</source>
        <translation>What to do: {action}</translation>
    </message>
    <message>
        <source>佐证材料 {evidence_files} 个文件完好</source>
        <translation>{evidence_files} evidence files intact</translation>
    </message>
    <message>
        <source>数据完好，无需任何操作。</source>
        <translation>The data is sound; nothing to do.</translation>
    </message>
    <message>
        <source>台账文件不完整：文件被截断了（通常是复制、下载或同步时中断），文件末尾的一部分内容已经没有了。</source>
        <translation>The ledger file is incomplete: it was cut short (usually while copying, downloading or syncing), and part of its end is gone.</translation>
    </message>
    <message>
        <source>台账数据库无法完整读取（服务器出错或连接中断）。</source>
        <translation>The ledger database cannot be read completely (a server error or a lost connection).</translation>
    </message>
    <message>
        <source>修改历史记录被改动过（{count} 处）：有历史记录在保存之后被改动、删除或替换过，而且不是通过本软件。</source>
        <translation>The history of changes was altered ({count} places): history records were changed, deleted or replaced after they were saved, and not by this program.</translation>
    </message>
    <message>
        <source>等 {count} 个</source>
        <translation>, {count} in all</translation>
    </message>
    <message>
        <source>有 {count} 个佐证材料文件缺失或内容被改动：{named}{more}。</source>
        <translation>{count} evidence files are missing or their content was changed: {named}{more}.</translation>
    </message>
    <message>
        <source>如果台账是从别处复制过来的，请把它旁边的“{name}.evidence”文件夹一并复制到台账旁边；否则</source>
        <translation>If the ledger was copied from elsewhere, copy the folder “{name}.evidence” beside it along too; otherwise </translation>
    </message>
    <message>
        <source>请联系数据库管理员从数据库备份中找回这些材料，或</source>
        <translation>ask the database administrator to retrieve these files from a database backup, or </translation>
    </message>
    <message>
        <source>检查没有完成。</source>
        <translation>The check did not finish.</translation>
    </message>
    <message>
        <source>{label}：文件缺失（{missing_text}）</source>
        <translation>{label}: file missing ({missing_text})</translation>
    </message>
    <message>
        <source>操作批次的登录账号由服务器记录</source>
        <translation>the batches&apos; logins are recorded by the server</translation>
    </message>
    <message>
        <source>数据库完整性检查通过</source>
        <translation>database integrity check passed</translation>
    </message>
    <message>
        <source>外键检查通过</source>
        <translation>foreign key check passed</translation>
    </message>
    <message>
        <source>技术细节：</source>
        <translation>Technical details:</translation>
    </message>
    <message>
        <source>有数据已经丢失：被截掉的那部分记录无法从这个文件找回。</source>
        <translation>Data has been lost: the records cut off cannot be recovered from this file.</translation>
    </message>
    <message>
        <source>数据可能有风险：无法确认服务器上的台账是否完好。</source>
        <translation>The data may be at risk: whether the ledger on the server is sound cannot be confirmed.</translation>
    </message>
    <message>
        <source>请联系数据库管理员检查服务器上的台账数据库，必要时用数据库的备份恢复。</source>
        <translation>Ask the database administrator to check the ledger database on the server and, if needed, restore it from the database&apos;s backup.</translation>
    </message>
    <message>
        <source>台账文件已损坏：数据库内部结构出错（{count} 处），部分记录可能读不出来或不完整。</source>
        <translation>The ledger file is damaged: the database&apos;s internal structure has errors ({count} places), and some records may not read or may be incomplete.</translation>
    </message>
    <message>
        <source>问题和措施的记录仍可正常使用，但已无法证明它们没有被人用其他工具改过。</source>
        <translation>The issue and measure records can still be used, but it can no longer be shown that nobody changed them with other tools.</translation>
    </message>
    <message>
        <source>请把台账文件交给管理员，核查是谁用其他工具改动了它；若需要一份可信的台账，从改动之前的备份恢复。</source>
        <translation>Give the ledger file to the administrator to find out who changed it with other tools; if a trustworthy ledger is needed, restore from a backup made before the change.</translation>
    </message>
    <message>
        <source>问题、措施和其他记录都完好，只是这些材料的文件找不到了，或已不是当初附上的内容。</source>
        <translation>The issues, measures and other records are sound; only these evidence files cannot be found, or are no longer what was attached.</translation>
    </message>
    <message>
        <source>数据有风险：部分记录可能已经损坏，继续修改可能让损坏扩大。</source>
        <translation>The data is at risk: some records may be damaged, and changing the ledger further may spread the damage.</translation>
    </message>
    <message>
        <source>从含有这些材料的备份恢复，或在相应的问题上重新附上材料。</source>
        <translation>restore from a backup that holds these files, or attach them again to their issues.</translation>
    </message>
    <message>
        <source>先不要再修改这个台账，</source>
        <translation>Do not change this ledger any more for now. </translation>
    </message>
    <message>
        <source>文件“{name}”在复制过程中发生了变化。</source>
        <translation>The file “{name}” changed while it was being copied.</translation>
    </message>
    <message>
        <source>写入 Excel 文件失败（{reason}），原文件保持不变。</source>
        <translation>Writing the Excel file failed ({reason}); the existing file is unchanged.</translation>
    </message>
    <message>
        <source>写入 Excel 文件失败（{reason}），没有留下不完整的文件。</source>
        <translation>Writing the Excel file failed ({reason}); no incomplete file was left.</translation>
    </message>
    <message>
        <source>内容有 {length} 个字符，超过 Excel 单元格上限 {limit} 个字符；为免截断，未导出。请先拆分或精简这段文字</source>
        <translation>the text has {length} characters, more than an Excel cell holds ({limit}); not exported, so as not to cut it. Split or shorten the text first</translation>
    </message>
    <message>
        <source>含有无法保存的残缺字符（孤立的代理项），请先修改这段文字</source>
        <translation>contains broken characters that cannot be saved (lone surrogates); correct the text first</translation>
    </message>
    <message>
        <source>台账中有无法保存的字符，导出未完成。</source>
        <translation>The ledger holds characters that cannot be saved; the export was not completed.</translation>
    </message>
    <message>
        <source>问题 {number}，{where}：{reason}。导出未完成。</source>
        <translation>Issue {number}, {where}: {reason}. The export was not completed.</translation>
    </message>
    <message>
        <source>工作表“{sheet}”第{row}行“{column}”列写入失败（xlsxwriter 返回 {code}），导出未完成。</source>
        <translation>Writing sheet “{sheet}”, row {row}, column “{column}” failed (xlsxwriter returned {code}); the export was not completed.</translation>
    </message>
    <message>
        <source>无法读取（{reason}）</source>
        <translation>cannot be read ({reason})</translation>
    </message>
    <message>
        <source>{label}没有成功：{message} 为安全起见，本次操作没有进行。</source>
        <translation>{label} did not succeed: {message} To be safe, the operation was not done.</translation>
    </message>
    <message>
        <source>打开台账时自动备份</source>
        <translation>Automatic backup on opening the ledger</translation>
    </message>
    <message>
        <source>导入前自动备份</source>
        <translation>Automatic backup before an import</translation>
    </message>
    <message>
        <source>合并前自动备份</source>
        <translation>Automatic backup before a merge</translation>
    </message>
    <message>
        <source>读入通报前自动备份</source>
        <translation>Automatic backup before reading a notice</translation>
    </message>
    <message>
        <source>升级前自动备份</source>
        <translation>Automatic backup before an upgrade</translation>
    </message>
    <message>
        <source>恢复前自动备份</source>
        <translation>Automatic backup before a restore</translation>
    </message>
    <message>
        <source>手动备份</source>
        <translation>Backup by hand</translation>
    </message>
    <message>
        <source>损坏文件的原样副本</source>
        <translation>Raw copy of a damaged file</translation>
    </message>
    <message>
        <source>自动备份（{reason}）</source>
        <translation>Automatic backup ({reason})</translation>
    </message>
    <message>
        <source>巡察 {inspections} 个，问题 {issues} 个，整改措施 {measures} 条</source>
        <translation>inspections: {inspections}, issues: {issues}, measures: {measures}</translation>
    </message>
    <message>
        <source>无法读取：{reason}</source>
        <translation>Cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{when}  {reason}  {contents}（{size}）{evidence}</source>
        <translation>{when}  {reason}  {contents} ({size}){evidence}</translation>
    </message>
    <message>
        <source>；佐证材料 {files} 个文件（{size}）</source>
        <translation>; evidence: {files} files ({size})</translation>
    </message>
    <message>
        <source>，其中 {count} 个缺失</source>
        <translation>, {count} of them missing</translation>
    </message>
    <message>
        <source>打开台账时未能自动备份：{message}</source>
        <translation>The automatic backup on opening the ledger failed: {message}</translation>
    </message>
    <message>
        <source>应在 {path}</source>
        <translation>should be at {path}</translation>
    </message>
    <message>
        <source>台账数据库中没有这份内容</source>
        <translation>the ledger database does not hold this content</translation>
    </message>
    <message>
        <source>操作批次 #{batch_id}（{when}，{who}{what}）</source>
        <translation>batch #{batch_id} ({when}, {who}{what})</translation>
    </message>
    <message>
        <source>操作批次 #{batch_id}（该批次记录已不存在）</source>
        <translation>batch #{batch_id} (the batch record no longer exists)</translation>
    </message>
    <message>
        <source>：{description}</source>
        <translation>: {description}</translation>
    </message>
    <message>
        <source>操作批次 #{batch_id}</source>
        <translation>Batch #{batch_id}</translation>
    </message>
    <message>
        <source>时间不明</source>
        <translation>time unknown</translation>
    </message>
    <message>
        <source>未署名</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <source>第 {entry_id} 条历史记录，{batch}</source>
        <translation>history record {entry_id}, {batch}</translation>
    </message>
    <message>
        <source>历史记录第 {first} 条缺失（已被删除），{where}无法与之前的记录衔接。</source>
        <translation>History record {first} is missing (deleted): {where} does not link to the records before it.</translation>
    </message>
    <message>
        <source>历史记录第 {first}–{last} 条缺失（已被删除），{where}无法与之前的记录衔接。</source>
        <translation>History records {first}–{last} are missing (deleted): {where} does not link to the records before it.</translation>
    </message>
    <message>
        <source>{where}与校验值不符：这条记录（或它之前的一条）在写入后被改动过。</source>
        <translation>{where} does not match its hash: this record (or the one before it) was changed after it was written.</translation>
    </message>
    <message>
        <source>另有 {count} 条历史记录与校验值不符。</source>
        <translation>{count} more history records do not match their hashes.</translation>
    </message>
    <message>
        <source>历史记录的末尾与记下的链尾不符：最近的历史记录被删除或替换过。</source>
        <translation>The end of the history does not match the recorded chain head: the latest history records were deleted or replaced.</translation>
    </message>
    <message>
        <source>历史记录被清空了（台账记下的链尾仍在）。</source>
        <translation>The history was emptied (the chain head the ledger recorded is still there).</translation>
    </message>
    <message>
        <source>{batch}没有任何变更条目：它的历史记录可能被删除了。</source>
        <translation>{batch} has no change entries: its history records may have been deleted.</translation>
    </message>
    <message>
        <source>服务器不再为历史记录记下登录账号（触发器 {trigger} 被停用），历史中的操作人可能不可信。请数据库管理员运行“rectify admin init”恢复。</source>
        <translation>The server no longer records the login of history batches (trigger {trigger} is disabled), so the operators in the history may not be trustworthy. Ask the database administrator to run “rectify admin init” to restore it.</translation>
    </message>
    <message>
        <source>服务器不再为历史记录记下登录账号（触发器 {trigger} 缺失），历史中的操作人可能不可信。请数据库管理员运行“rectify admin init”恢复。</source>
        <translation>The server no longer records the login of history batches (trigger {trigger} is missing), so the operators in the history may not be trustworthy. Ask the database administrator to run “rectify admin init” to restore it.</translation>
    </message>
    <message>
        <source>{batch}没有服务器记下的登录账号：它是在记录被停用时写入的，或事后被改动过。</source>
        <translation>{batch} has no login recorded by the server: it was written while the recording was disabled, or changed afterwards.</translation>
    </message>
    <message>
        <source>数据库文件结构损坏：{problem}</source>
        <translation>The database file structure is damaged: {problem}</translation>
    </message>
    <message>
        <source>表 {table} 的第 {rowid} 行引用了表 {parent} 中不存在的记录。</source>
        <translation>Row {rowid} of table {table} refers to a record of table {parent} that does not exist.</translation>
    </message>
    <message>
        <source>台账无法完整读取：{reason}</source>
        <translation>The ledger cannot be read completely: {reason}</translation>
    </message>
    <message>
        <source>没有可用的中文字体（{names}），打印会出现方框。请安装仿宋、宋体、黑体、楷体等字体，或检查程序目录 resources/fonts 是否完整。</source>
        <translation>No usable Chinese font ({names}): printing would show boxes. Install fonts such as FangSong, SongTi, HeiTi and KaiTi, or check that the program folder resources/fonts is complete.</translation>
    </message>
    <message>
        <source>小标宋</source>
        <translation>XiaoBiaoSong</translation>
    </message>
    <message>
        <source>仿宋</source>
        <translation>FangSong</translation>
    </message>
    <message>
        <source>黑体</source>
        <translation>HeiTi</translation>
    </message>
    <message>
        <source>楷体</source>
        <translation>KaiTi</translation>
    </message>
    <message>
        <source>宋体</source>
        <translation>SongTi</translation>
    </message>
    <message>
        <source>整改台账 {version}</source>
        <translation>Rectification ledger {version}</translation>
    </message>
    <message>
        <source>本程序以 {licence} 许可证发布。</source>
        <translation>This program is released under the {licence} licence.</translation>
    </message>
    <message>
        <source>附带的程序库：</source>
        <translation>Libraries included:</translation>
    </message>
    <message>
        <source>（{note}）</source>
        <translation> ({note})</translation>
    </message>
    <message>
        <source>附带的字体：</source>
        <translation>Fonts included:</translation>
    </message>
    <message>
        <source>  {names} — {title}（许可证全文：fonts/{licence_file}）</source>
        <translation>  {names} — {title} (full licence: fonts/{licence_file})</translation>
    </message>
    <message>
        <source>（未找到对应的字体文件）</source>
        <translation>(no font file found for it)</translation>
    </message>
    <message>
        <source>  {names} — 未找到许可证文件</source>
        <translation>  {names} — no licence file found</translation>
    </message>
    <message>
        <source>字体许可说明：</source>
        <translation>Font licence notes:</translation>
    </message>
    <message>
        <source>Python 运行环境</source>
        <translation>the Python runtime</translation>
    </message>
    <message>
        <source>以动态库形式附带，可自行替换</source>
        <translation>included as dynamic libraries, which you may replace</translation>
    </message>
    <message>
        <source>{name} 的组成部分</source>
        <translation>part of {name}</translation>
    </message>
    <message>
        <source>用于服务器上的 PostgreSQL 共享台账</source>
        <translation>for shared ledgers on a PostgreSQL server</translation>
    </message>
    <message>
        <source>随 {name} 附带</source>
        <translation>comes with {name}</translation>
    </message>
    <message>
        <source>随 python-docx 附带，内含 libxml2、libxslt（MIT）</source>
        <translation>comes with python-docx; contains libxml2 and libxslt (MIT)</translation>
    </message>
    <message>
        <source>（未分类）</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>（未明确责任单位）</source>
        <translation>(no lead unit)</translation>
    </message>
    <message>
        <source>  {at} {operator}：{description}</source>
        <translation>  {at} {operator}: {description}</translation>
    </message>
    <message>
        <source>{code}（{word}）</source>
        <translation>{code} ({word})</translation>
    </message>
    <message>
        <source>{entity} {count} 条</source>
        <translation>{entity}: {count}</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>已取消导出，未写入任何文件。</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>请填写日期</source>
        <translation>Enter a date</translation>
    </message>
    <message>
        <source>无法识别的日期，请写成 2023年1月11日 或 2023.1.11</source>
        <translation>Cannot read the date; write it as 2023-1-11 or 2023.1.11</translation>
    </message>
    <message>
        <source>请写明年份</source>
        <translation>Give the year</translation>
    </message>
    <message>
        <source>zh_CN</source>
        <translation>en</translation>
    </message>
    <message>
        <source>问题 {number} 措施“{text}”</source>
        <translation>Issue {number}, measure “{text}”</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>台账管理员</source>
        <translation>Ledger manager</translation>
    </message>
    <message>
        <source>责任单位填报</source>
        <translation>Unit clerk</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>您的账号（{login}）是“只读”角色，只能查看和导出，不能修改。</source>
        <translation>Your login ({login}) has the read-only role: you can view and export, but not change anything.</translation>
    </message>
    <message>
        <source>您的账号（{login}）只能填报{units}牵头或配合的问题和措施，这一项不属于您的单位。</source>
        <translation>Your login ({login}) may only report on the issues and measures that {units} leads or cooperates on; this one does not belong to your unit.</translation>
    </message>
    <message>
        <source>您的账号（{login}）是“责任单位填报”角色，只能填写整改进展、佐证材料和修改进展、状态、完成时间。</source>
        <translation>Your login ({login}) has the unit clerk role: you may only add progress notes and evidence and change the progress, status and completion date.</translation>
    </message>
    <message>
        <source>（未指定单位）</source>
        <translation>(no unit assigned)</translation>
    </message>
    <message>
        <source>（{units}）</source>
        <translation> ({units})</translation>
    </message>
    <message>
        <source>  {role}：{name}</source>
        <translation>  {role}: {name}</translation>
    </message>
    <message>
        <source>没有“{name}”这一列（可选：{known}）</source>
        <translation>There is no column “{name}” (choose from: {known})</translation>
    </message>
    <message>
        <source>通报中的整改完成率 {rate}% 与其数字不符（{done}/{total} = {exact}%）</source>
        <translation>The notice&apos;s completion rate of {rate}% does not match its own figures ({done}/{total} = {exact}%)</translation>
    </message>
    <message>
        <source>通报中“{label}”为 {figure} 个，台账现为 {actual} 个</source>
        <translation>The notice gives “{label}” as {figure}; the ledger now has {actual}</translation>
    </message>
    <message>
        <source>通报中“建章立制”为 {figure} 项，台账现为 {actual} 项</source>
        <translation>The notice gives “建章立制” (rules made) as {figure}; the ledger now has {actual}</translation>
    </message>
    <message>
        <source>通报中“{label}”为 {figure} 人，台账现为 {actual} 人</source>
        <translation>The notice gives “{label}” as {figure} people; the ledger now has {actual}</translation>
    </message>
    <message>
        <source>通报中“{label}”为 {figure} 万元，台账现为 {actual} 万元</source>
        <translation>The notice gives “{label}” as {figure} (10,000 yuan); the ledger now has {actual}</translation>
    </message>
    <message>
        <source>第{n}个假日“{name}”的开始日期</source>
        <translation>The start date of holiday {n}, “{name}”,</translation>
    </message>
    <message>
        <source>假日“{name}”的结束日期</source>
        <translation>The end date of the holiday “{name}”</translation>
    </message>
    <message>
        <source>第{n}个调休上班日</source>
        <translation>Make-up working day {n}</translation>
    </message>
    <message>
        <source>{year}年的节假日安排未知，工作日仅按周末计算。</source>
        <translation>The holidays of {year} are not known; working days are counted by weekends only.</translation>
    </message>
    <message>
        <source>{year}年的放假调休安排尚未正式公布，工作日按法定节日和周末计算，未含调休。</source>
        <translation>The holiday arrangements for {year} are not yet official; working days are counted by the statutory holidays and weekends, without make-up working days.</translation>
    </message>
    <message>
        <source>这是网页或 XML 文件，其中没有表格（网上系统登录过期时，下载到的常是登录页面）。请在系统中重新导出，或用 Excel 或 WPS 打开台账后另存为 .xlsx 再导入。</source>
        <translation>This is a web page or XML file with no table in it (when an online system&apos;s login has expired, what downloads is often its login page). Export it from the system again, or open the ledger in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>文件有 {size} MB，超出了能直接读取的大小。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。</source>
        <translation>The file is {size} MB, more than can be read directly. Open it in Excel or WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>表格超过 {cells} 个单元格，超出了能读取的范围。请删去无关的行和列，或用 Excel 或 WPS 另存为 .xlsx 再导入。</source>
        <translation>The table has more than {cells} cells, more than can be read. Delete the rows and columns that do not belong to it, or save it as .xlsx in Excel or WPS and import that.</translation>
    </message>
    <message>
        <source>这一格是 WPS 嵌入单元格的图片，不是文字，按空白读取；佐证图片请另存为文件，在程序的“佐证材料”中添加</source>
        <translation>This cell holds a picture embedded in the cell by WPS, not text, and reads as blank; save evidence pictures as files and add them under “Evidence” in the program</translation>
    </message>
    <message>
        <source>这一格显示错误值 {error}（公式出错或引用的内容已不在），按空白读取；如这里应有内容，请在原表中改正后重新导入</source>
        <translation>This cell shows the error value {error} (a formula failed, or what it refers to is gone) and reads as blank; if something belongs here, correct it in the original workbook and import again</translation>
    </message>
    <message>
        <source>这一格是公式，但文件里没有存下它的计算结果（文件是由其他软件生成、未经 Excel 或 WPS 保存的），按空白读取；请用 Excel 或 WPS 打开这个文件、保存后重新导入</source>
        <translation>This cell holds a formula whose result was never stored in the file (another program wrote it and Excel or WPS has not saved it since); it is read as blank. Open the file in Excel or WPS, save it, and import it again</translation>
    </message>
    <message>
        <source>PDF 文件 {name} 中没有文字，像是扫描得到的图片，无法读出其中的通报。请找到这份通报的 Word 版本或网页，或把文字复制粘贴进来。</source>
        <translation>The PDF file {name} holds no text: it looks like scanned pictures of pages, so no notice can be read from it. Find the notice&apos;s Word version or web page, or copy and paste its text.</translation>
    </message>
    <message>
        <source>PDF 文件 {name} 设有密码保护，无法读取。请用不带密码的版本。</source>
        <translation>The PDF file {name} is protected by a password and cannot be read. Use a copy without a password.</translation>
    </message>
    <message>
        <source>PDF 文件 {name} 已损坏或不完整，无法读取。请重新下载或另行获取。</source>
        <translation>The PDF file {name} is damaged or incomplete and cannot be read. Download it again or get another copy.</translation>
    </message>
    <message>
        <source>以逗号或制表符分隔的文本表格（CSV）</source>
        <translation>a table as text, separated by commas or tabs (CSV)</translation>
    </message>
    <message>
        <source>纯文本文件，其中没有表格，不是 Excel 工作簿</source>
        <translation>a plain text file holding no table, not an Excel workbook</translation>
    </message>
    <message>
        <source>旧版 Word 文件 {name} 已损坏或格式无法识别，请在 Word 或 WPS 中打开，另存为 .docx 后再读入。</source>
        <translation>The Word 97-2003 file {name} is damaged or of a form that cannot be read; open it in Word or WPS, save it as .docx and read that.</translation>
    </message>
    <message>
        <source>Word 文件 {name} 设有密码保护，无法读取。请用不带密码的版本。</source>
        <translation>The Word file {name} is protected by a password and cannot be read. Use a copy without a password.</translation>
    </message>
    <message>
        <source>文件 {name} 不是通报文本；请读入 .txt、.docx、.doc、.pdf 或保存的网页文件。</source>
        <translation>{name} is not a notice&apos;s text; read a .txt, .docx, .doc or .pdf file, or a saved web page.</translation>
    </message>
    <message>
        <source>这一格显示错误值 {error}（公式出错或引用的内容已不在），未合并；请单位在表中改正后重新交回</source>
        <translation>This cell shows the error value {error} (a formula failed, or what it refers to is gone); not merged. Ask the unit to correct it and return the file again</translation>
    </message>
    <message>
        <source>这一格是公式，但文件里没有存下它的计算结果，未合并；请用 Excel 或 WPS 打开这个文件、保存后重新合并</source>
        <translation>This cell holds a formula, but the file has no stored result for it; not merged. Open the file in Excel or WPS, save it, and merge again</translation>
    </message>
    <message>
        <source>Word 文档（.docx）</source>
        <translation>a Word document (.docx)</translation>
    </message>
    <message>
        <source>旧版 Word 文档（.doc）</source>
        <translation>an old Word document (.doc)</translation>
    </message>
    <message>
        <source>这个文档里没有表格，读不出台账。如果它是整改情况通报，请用“读入通报”功能；如果台账在 Excel 里，请选择那个 Excel 文件。</source>
        <translation>This document holds no table, so no ledger can be read from it. If it is a rectification notice, read it with “Read notice”; if the ledger is in Excel, choose that Excel file.</translation>
    </message>
    <message>
        <source>文档已损坏，无法读取。请在 Word 或 WPS 中打开，另存为新文件后再导入。</source>
        <translation>The document is damaged and cannot be read. Open it in Word or WPS, save it as a new file and import that.</translation>
    </message>
    <message>
        <source>文档设有打开密码。请在 Word 或 WPS 中取消密码、保存后再导入。</source>
        <translation>The document is protected by a password. Remove the password in Word or WPS, save it and import it again.</translation>
    </message>
    <message>
        <source>RTF 文档</source>
        <translation>an RTF document</translation>
    </message>
    <message>
        <source>这是扫描得到的 PDF（页面的图片），没有可读的文字。请向对方索要台账的 Excel 或 Word 原文件。</source>
        <translation>This is a scanned PDF (pictures of pages) with no text to read. Ask the sender for the ledger&apos;s Excel or Word file.</translation>
    </message>
    <message>
        <source>PDF 文件</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <source>OFD 版式文档</source>
        <translation>an OFD document</translation>
    </message>
    <message>
        <source>OFD 文件 {name} 中没有文字（页面是图片），无法读出其中的通报。请找到这份通报的 Word 版本或网页，或把文字复制粘贴进来。</source>
        <translation>The OFD file {name} holds no text (its pages are pictures), so no notice can be read from it. Find the notice as a Word document or web page, or paste its text.</translation>
    </message>
    <message>
        <source>OFD 文件 {name} 已损坏、加密或不完整，无法读取。请用 OFD 阅读器打开确认，或找到这份通报的 Word 版本或网页。</source>
        <translation>The OFD file {name} is damaged, encrypted or incomplete and cannot be read. Open it in an OFD reader to check, or find the notice as a Word document or web page.</translation>
    </message>
</context>
</TS>
