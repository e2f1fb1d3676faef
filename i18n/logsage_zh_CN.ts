<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LogSage</name>
    <message>
        <source>it ends too early</source>
        <translation>文件提前结束</translation>
    </message>
    <message>
        <source>wrong signature</source>
        <translation>文件签名不正确</translation>
    </message>
</context>
<context>
    <name>LogSage::BookmarkListModel</name>
    <message>
        <source>Line %L1 reads differently than when it was bookmarked: the file has changed.</source>
        <translation>第 %L1 行的内容与添加书签时不同：文件已更改。</translation>
    </message>
    <message>
        <source>changed since bookmarked</source>
        <translation>添加书签后已更改</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LogSage::BookmarksPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>No bookmarks in this log. Ctrl+B bookmarks the current line; Edit &gt; Bookmark Note adds a note.</source>
        <translation>此日志没有书签。按 Ctrl+B 为当前行添加书签；“编辑 &gt; 书签备注”可添加备注。</translation>
    </message>
</context>
<context>
    <name>LogSage::Case</name>
    <message>
        <source>The log file %1 has changed since the case was saved; bookmarks and ticks may no longer fit it.</source>
        <translation>日志文件 %1 在保存排障记录后已被修改；书签和勾选可能已与其不符。</translation>
    </message>
    <message>
        <source>The log file %1 of this case is missing; open it from where it is now.</source>
        <translation>找不到此排障记录的日志文件 %1；请从它现在所在的位置打开。</translation>
    </message>
    <message>
        <source>The log file %1 does not exist; open it from where it is now.</source>
        <translation>日志文件 %1 不存在；请从它现在所在的位置打开。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose a log file.</source>
        <translation>%1 不是普通文件；请选择一个日志文件。</translation>
    </message>
    <message>
        <source>The log file %1 cannot be read (%2); check its permissions.</source>
        <translation>无法读取日志文件 %1（%2）；请检查其权限。</translation>
    </message>
    <message>
        <source>The log file %1 could not be read to the end (%2); check the disk and try again.</source>
        <translation>未能读完日志文件 %1（%2）；请检查磁盘后重试。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has grown since this case was saved (%Ln more bytes); ticks, notes and bookmarks are kept.</source>
        <translation>
            <numerusform>%1 自保存此排障记录以来已增长（多出 %Ln 字节）；勾选、备注和书签均已保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::CaseMessageBar</name>
    <message>
        <source>&amp;Use That Case</source>
        <translation>使用该排障记录(&amp;U)</translation>
    </message>
    <message>
        <source>Continue the saved case: its ticks, notes and bookmarks (bookmarks on lines that changed are marked)</source>
        <translation>继续已保存的排障记录：其勾选、备注和书签（内容已变的行上的书签会被标出）</translation>
    </message>
    <message>
        <source>Start a &amp;New Case</source>
        <translation>新建排障记录(&amp;N)</translation>
    </message>
    <message>
        <source>Keep the saved case as it is and start an empty case for the file as it is now</source>
        <translation>保留已保存的排障记录不变，为文件的当前内容新建一个空的排障记录</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>LogSage::CatalogActions</name>
    <message>
        <source>&amp;Import Reference...</source>
        <translation>导入日志参考(&amp;I)...</translation>
    </message>
    <message>
        <source>Import the vendor&apos;s Markdown log reference into a user catalog</source>
        <translation>将厂商的 Markdown 日志参考导入用户参考库</translation>
    </message>
    <message>
        <source>Reference &amp;Catalogs...</source>
        <translation>参考库(&amp;C)...</translation>
    </message>
    <message>
        <source>The loaded reference catalogs and the problems found in them</source>
        <translation>已加载的参考库及其中发现的问题</translation>
    </message>
    <message>
        <source>Reference Browser</source>
        <translation>参考库浏览器</translation>
    </message>
    <message>
        <source>Reference &amp;Browser</source>
        <translation>参考库浏览器(&amp;B)</translation>
    </message>
</context>
<context>
    <name>LogSage::CatalogEntryView</name>
    <message>
        <source>Search the reference catalogs by message ID, name or any word of the text, in Chinese or English, then choose a result to read it in full.</source>
        <translation>按消息 ID、名称或正文中的任意词（中文或英文）搜索参考库，然后选择一个结果查看全文。</translation>
    </message>
    <message>
        <source>Reference entry %1</source>
        <translation>参考条目 %1</translation>
    </message>
    <message>
        <source>Reference entry</source>
        <translation>参考条目</translation>
    </message>
    <message>
        <source>vendor reference</source>
        <translation>厂商参考</translation>
    </message>
    <message>
        <source>translated by LogSage</source>
        <translation>LogSage 翻译</translation>
    </message>
    <message>
        <source>written by LogSage</source>
        <translation>LogSage 编写</translation>
    </message>
    <message>
        <source>user catalog</source>
        <translation>用户参考库</translation>
    </message>
    <message>
        <source>Severity %1 (%2)</source>
        <translation>严重级别 %1（%2）</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>章节 %1</translation>
    </message>
    <message>
        <source>Catalog %1</source>
        <translation>参考库 %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>日志信息</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>日志含义</translation>
    </message>
    <message>
        <source>Only the title of this message is known; import the vendor&apos;s log reference for your device (File &gt; Import Reference...) for its full text.</source>
        <translation>仅知道此消息的标题；请导入适用于您设备的厂商日志参考（文件 &gt; 导入日志参考...）以获取完整内容。</translation>
    </message>
    <message>
        <source>Fragment without heading</source>
        <translation>无标题片段</translation>
    </message>
    <message>
        <source>Fragment before section %1</source>
        <translation>章节 %1 之前的片段</translation>
    </message>
    <message>
        <source>This piece of a reference entry has lost its heading and message ID (for example, it was cut off at the start of an excerpt): it can be read here but is never matched to log lines.</source>
        <translation>这段参考条目内容丢失了标题和消息 ID（例如在摘录开头被截断）：可以在此阅读，但不会与任何日志行匹配。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>日志参数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>参数名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Possible causes</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <source>(any other %1)</source>
        <translation>（%1 为其他任意值）</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理步骤</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>LogSage::CatalogSearchModel</name>
    <message>
        <source>Fragment without heading</source>
        <translation>无标题片段</translation>
    </message>
    <message>
        <source>Fragment before section %1</source>
        <translation>章节 %1 之前的片段</translation>
    </message>
    <message>
        <source>A piece of a reference entry whose heading and message ID are missing: it can be read but is never matched to log lines.</source>
        <translation>丢失了标题和消息 ID 的参考条目片段：可以阅读，但不会与任何日志行匹配。</translation>
    </message>
</context>
<context>
    <name>LogSage::CatalogsDialog</name>
    <message>
        <source>Reference Catalogs</source>
        <translation>参考库</translation>
    </message>
    <message>
        <source>The reference catalogs LogSage explains log lines with, and every problem found while loading them; a user catalog replaces bundled entries with the same message ID.</source>
        <translation>LogSage 用于解释日志行的参考库，以及加载时发现的所有问题；用户参考库中的条目会替换内置参考库中消息 ID 相同的条目。</translation>
    </message>
    <message>
        <source>&amp;Loaded catalogs:</source>
        <translation>已加载的参考库(&amp;L)：</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>参考库</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Loaded catalogs</source>
        <translation>已加载的参考库</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems found in the catalogs</source>
        <translation>参考库中发现的问题</translation>
    </message>
    <message>
        <source>&amp;Import Reference...</source>
        <translation>导入日志参考(&amp;I)...</translation>
    </message>
    <message>
        <source>Import the vendor&apos;s Markdown log reference into a user catalog.</source>
        <translation>将厂商的 Markdown 日志参考导入用户参考库。</translation>
    </message>
    <message>
        <source>Open User &amp;Folder</source>
        <translation>打开用户文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Open %1 in the file manager.</source>
        <translation>在文件管理器中打开 %1。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>built in: %1</source>
        <translation>内置：%1</translation>
    </message>
    <message>
        <source>No catalog is loaded.</source>
        <translation>未加载任何参考库。</translation>
    </message>
    <message>
        <source>No problems: every catalog loaded cleanly.</source>
        <translation>没有问题：所有参考库均已正确加载。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <translation>
            <numerusform>问题 (%n)(&amp;P)：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Writes what LogSage found in the open logs, with your checklist and bookmarks, to a file you can send.</source>
        <translation>将 LogSage 在已打开日志中的发现，连同您的检查清单和书签，写入一个可以发送给他人的文件。</translation>
    </message>
    <message>
        <source>HTML (one file, opens in any browser)</source>
        <translation>HTML（单个文件，可在任意浏览器中打开）</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON (everything, for scripts)</source>
        <translation>JSON（全部内容，供脚本使用）</translation>
    </message>
    <message>
        <source>CSV (message counts and tunnel events)</source>
        <translation>CSV（消息计数和隧道事件）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包含内容</translation>
    </message>
    <message>
        <source>Summary and counts</source>
        <translation>摘要与计数</translation>
    </message>
    <message>
        <source>Messages that matter</source>
        <translation>重要消息</translation>
    </message>
    <message>
        <source>Tunnels and charts</source>
        <translation>隧道与图表</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Unknown messages</source>
        <translation>未识别的消息</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open It</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation>选择报告要写入的文件。</translation>
    </message>
    <message>
        <source>The file %1 does not end in .%2; change its name or the format.</source>
        <translation>文件 %1 的扩展名不是 .%2；请修改文件名或格式。</translation>
    </message>
    <message>
        <source>Open a log file first: a report describes the open logs.</source>
        <translation>请先打开日志文件：报告描述的是已打开的日志。</translation>
    </message>
    <message>
        <source>Reading the logs...</source>
        <translation>正在读取日志...</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>导出已停止；未写入任何文件。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Still reading the log... Export becomes possible when it has been read.</source>
        <translation>仍在读取日志……读取完成后即可导出。</translation>
    </message>
    <message>
        <source>Writing the file...</source>
        <translation>正在写入文件……</translation>
    </message>
    <message>
        <source>Writing the file; this cannot be stopped.</source>
        <translation>正在写入文件，此时无法停止。</translation>
    </message>
    <message>
        <source>%1 already exists. Press Replace to write over it, or choose another name.</source>
        <translation>%1 已存在。按“替换”覆盖它，或另选文件名。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
</context>
<context>
    <name>LogSage::FilterBar</name>
    <message>
        <source>Filter lines: text, or a regular expression with .*</source>
        <translation>过滤行：输入文本，或配合 .* 使用正则表达式</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>过滤文本</translation>
    </message>
    <message>
        <source>Treat the filter text as a regular expression</source>
        <translation>将过滤文本视为正则表达式</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Match upper and lower case exactly</source>
        <translation>严格区分大小写</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>任意严重级别</translation>
    </message>
    <message>
        <source>Emergencies (0)</source>
        <translation>紧急 (0)</translation>
    </message>
    <message>
        <source>Alert or worse (0-1)</source>
        <translation>告警及以上 (0-1)</translation>
    </message>
    <message>
        <source>Critical or worse (0-2)</source>
        <translation>严重及以上 (0-2)</translation>
    </message>
    <message>
        <source>Error or worse (0-3)</source>
        <translation>错误及以上 (0-3)</translation>
    </message>
    <message>
        <source>Warning or worse (0-4)</source>
        <translation>警告及以上 (0-4)</translation>
    </message>
    <message>
        <source>Notification or worse (0-5)</source>
        <translation>通知及以上 (0-5)</translation>
    </message>
    <message>
        <source>Informational or worse (0-6)</source>
        <translation>信息及以上 (0-6)</translation>
    </message>
    <message>
        <source>Worst severity</source>
        <translation>严重级别阈值</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Any message</source>
        <translation>任意消息</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>已识别</translation>
    </message>
    <message>
        <source>Unknown messages</source>
        <translation>未识别的消息</translation>
    </message>
    <message>
        <source>Recognized or unknown</source>
        <translation>已识别或未识别</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Only lines printed between these times (as printed by the device)</source>
        <translation>仅显示设备在这两个时间之间打印的行（按设备打印的时间）</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>To time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show every line again</source>
        <translation>重新显示所有行</translation>
    </message>
    <message>
        <source>Any module</source>
        <translation>任意模块</translation>
    </message>
    <message>
        <source>Any host</source>
        <translation>任意主机</translation>
    </message>
    <message>
        <source>%L1 shown (%2%)…</source>
        <translation>已显示 %L1 行（%2%）…</translation>
    </message>
    <message>
        <source>%L1 of %L2 shown (%3%)</source>
        <translation>已显示 %L1/%L2 行（%3%）</translation>
    </message>
    <message>
        <source>Invalid regular expression at position %1: %2</source>
        <translation>正则表达式在位置 %1 处无效：%2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop filtering and go back to the previous filter (Esc)</source>
        <translation>停止过滤并恢复上一个过滤条件（Esc）</translation>
    </message>
    <message>
        <source>Stopped — press Enter to run it again</source>
        <translation>已停止——按 Enter 重新运行</translation>
    </message>
</context>
<context>
    <name>LogSage::FindBar</name>
    <message>
        <source>Find in the lines shown</source>
        <translation>在显示的行中查找</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>查找文本</translation>
    </message>
    <message>
        <source>Treat the text as a regular expression</source>
        <translation>将文本视为正则表达式</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Match upper and lower case exactly</source>
        <translation>严格区分大小写</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Find the previous line with this text (Shift+F3)</source>
        <translation>查找包含此文本的上一行（Shift+F3）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Find the next line with this text (F3)</source>
        <translation>查找包含此文本的下一行（F3）</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
</context>
<context>
    <name>LogSage::HiddenLineBar</name>
    <message>
        <source>Line %L1 is hidden by the filter.</source>
        <translation>第 %L1 行被过滤条件隐藏。</translation>
    </message>
    <message>
        <source>The nearest shown line, %L1, is selected.</source>
        <translation>已选中最近的可见行：第 %L1 行。</translation>
    </message>
    <message>
        <source>No line near it is shown.</source>
        <translation>附近没有可见的行。</translation>
    </message>
    <message>
        <source>&amp;Show It</source>
        <translation>显示该行(&amp;S)</translation>
    </message>
    <message>
        <source>Clear the parts of the filter that hide this line, and go to it</source>
        <translation>清除隐藏此行的过滤条件并转到该行</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LogSage::HiddenMessagesButton</name>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>已隐藏 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages hidden from this log; uncheck one to show its lines again</source>
        <translation>此日志中已隐藏的消息；取消勾选即可重新显示其日志行</translation>
    </message>
    <message>
        <source>Hidden messages</source>
        <translation>已隐藏的消息</translation>
    </message>
    <message>
        <source>Uncheck to show the lines of %1 again</source>
        <translation>取消勾选以重新显示 %1 的日志行</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>全部显示</translation>
    </message>
</context>
<context>
    <name>LogSage::LogDocument</name>
    <message>
        <source>“%1” became shorter (truncated); it is read again from the start.</source>
        <translation>“%1”已变短（被截断）；将从头重新读取。</translation>
    </message>
    <message>
        <source>“%1” was replaced by a new file (rotated); it is read again from the start.</source>
        <translation>“%1”已被新文件替换（日志轮转）；将从头重新读取。</translation>
    </message>
    <message>
        <source>“%1” changed on disk while it was open (it was cut short and written again, or part of it could not be read); it is read again from the start.</source>
        <translation>“%1”在打开期间被改动（被截断后重新写入，或部分内容无法读取）；现从头重新读取。</translation>
    </message>
</context>
<context>
    <name>LogSage::LogInput</name>
    <message>
        <source>“%1” does not exist. Check the path, or choose another file.</source>
        <translation>“%1”不存在。请检查路径，或选择其他文件。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a log file. Open one of the files inside it.</source>
        <translation>“%1”是文件夹而非日志文件。请打开其中的某个文件。</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a pipe, socket or device). Save its output to a file and open that.</source>
        <translation>“%1”不是普通文件（而是管道、套接字或设备）。请将其输出保存到文件后再打开该文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2). Check its permissions, or copy it somewhere readable.</source>
        <translation>无法读取“%1”（%2）。请检查其权限，或将其复制到可读取的位置。</translation>
    </message>
    <message>
        <source>“%1” could not be read into memory (%2). Copy it to a local disk and open the copy.</source>
        <translation>无法将“%1”读入内存（%2）。请将其复制到本地磁盘后打开副本。</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 file or is damaged (%3). Decompress it with another tool to check it.</source>
        <translation>“%1”不是有效的 %2 文件或已损坏（%3）。请使用其他工具解压以检查该文件。</translation>
    </message>
    <message>
        <source>“%1” is not a valid zip archive or is damaged (%2). Extract it with another tool to check it.</source>
        <translation>“%1”不是有效的 zip 压缩包或已损坏（%2）。请使用其他工具解压以检查该文件。</translation>
    </message>
    <message>
        <source>“%1” is a zip archive with no file in it. Choose another file.</source>
        <translation>“%1”是一个不含任何文件的 zip 压缩包。请选择其他文件。</translation>
    </message>
    <message>
        <source>“%1” is damaged: its member “%2” cannot be read (%3). Extract it with another tool to check it.</source>
        <translation>“%1”已损坏：无法读取其中的成员“%2”（%3）。请使用其他工具解压以检查该文件。</translation>
    </message>
    <message>
        <source>“%1” decompresses to more than %2, more than LogSage reads into memory on this computer. Decompress it with another tool and open the result.</source>
        <translation>“%1”解压后超过 %2，超出 LogSage 在这台计算机上可读入内存的大小。请用其他工具解压后打开解压结果。</translation>
    </message>
    <message>
        <source>“%1” decompresses to more than %2, more than LogSage reads into memory on this computer. Extract it with another tool and open the files inside.</source>
        <translation>“%1”解压后超过 %2，超出 LogSage 在这台计算机上可读入内存的大小。请用其他工具解压后打开其中的文件。</translation>
    </message>
</context>
<context>
    <name>LogSage::LogTab</name>
    <message>
        <source>Bookmark Note</source>
        <translation>书签备注</translation>
    </message>
    <message>
        <source>Note on line %L1:</source>
        <translation>第 %L1 行的备注：</translation>
    </message>
    <message>
        <source>No bookmark after this line.</source>
        <translation>此行之后没有书签。</translation>
    </message>
    <message>
        <source>No bookmark before this line.</source>
        <translation>此行之前没有书签。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not occur after this line.</source>
        <translation>此行之后未出现“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not occur before this line.</source>
        <translation>此行之前未出现“%1”。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation>切换书签(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmark &amp;Note...</source>
        <translation>书签备注(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Hide %1</source>
        <translation>隐藏 %1(&amp;H)</translation>
    </message>
    <message>
        <source>Show &amp;Only %1</source>
        <translation>仅显示 %1(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>Show %n Hidden Message(s) Again</source>
        <translation>
            <numerusform>重新显示 %n 种已隐藏的消息</numerusform>
        </translation>
    </message>
    <message>
        <source>This line has changed since it was bookmarked.</source>
        <translation>此行自添加书签以来已改变。</translation>
    </message>
    <message>
        <source>This line has changed since it was bookmarked. Note: %1</source>
        <translation>此行自添加书签以来已改变。备注：%1</translation>
    </message>
    <message>
        <source>Line %L1 is past the end of this log (%L2 lines).</source>
        <translation>第 %L1 行超出此日志末尾（共 %L2 行）。</translation>
    </message>
    <message>
        <source>The filter was stopped; the lines found so far are shown.</source>
        <translation>过滤已停止；显示目前已找到的行。</translation>
    </message>
    <message>
        <source>The filter was stopped; every line is shown.</source>
        <translation>过滤已停止；显示全部行。</translation>
    </message>
    <message>
        <source>The filter was stopped; the previous filter is shown again.</source>
        <translation>过滤已停止；已恢复上一个过滤条件。</translation>
    </message>
    <message>
        <source>Lines with %1 are hidden; the filter bar&apos;s list of hidden messages shows them again.</source>
        <translation>已隐藏 %1 的日志行；可在过滤栏的已隐藏消息列表中重新显示。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>LogSage::LogView</name>
    <message>
        <source>Log lines</source>
        <translation>日志行</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Bookmark: %1</source>
        <translation>书签：%1</translation>
    </message>
</context>
<context>
    <name>LogSage::MainWindow</name>
    <message>
        <source>Go to Line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <source>Line (1 to %L1):</source>
        <translation>行号（1 到 %L1）：</translation>
    </message>
    <message>
        <source>LogSage</source>
        <translation>LogSage</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a device log file</source>
        <translation>打开设备日志文件</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go to Line...</source>
        <translation>转到行(&amp;G)...</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)...</translation>
    </message>
    <message>
        <source>Open &amp;Case...</source>
        <translation>打开排障记录(&amp;C)...</translation>
    </message>
    <message>
        <source>Open an investigation someone handed over: its log, ticks, notes and bookmarks</source>
        <translation>打开他人移交的排障记录：包括其日志、勾选、备注和书签</translation>
    </message>
    <message>
        <source>&amp;Save Case As...</source>
        <translation>排障记录另存为(&amp;S)...</translation>
    </message>
    <message>
        <source>Write this investigation to a file to hand it over (your progress is kept automatically)</source>
        <translation>将本次排障写入文件以便移交（您的进度会自动保存）</translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation>切换书签(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmark &amp;Note...</source>
        <translation>书签备注(&amp;N)...</translation>
    </message>
    <message>
        <source>Next Boo&amp;kmark</source>
        <translation>下一个书签(&amp;K)</translation>
    </message>
    <message>
        <source>Previous Bookm&amp;ark</source>
        <translation>上一个书签(&amp;A)</translation>
    </message>
    <message>
        <source>Filter the log by text or regular expression</source>
        <translation>按文本或正则表达式过滤日志</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LogSage</source>
        <translation>关于 LogSage(&amp;A)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop indexing; the lines read so far stay usable</source>
        <translation>停止建立索引；已读取的行仍可使用</translation>
    </message>
    <message>
        <source>Indexing of %1 stopped; the lines read so far are shown.</source>
        <translation>已停止为 %1 建立索引；显示已读取的行。</translation>
    </message>
    <message>
        <source>Open a log file (Ctrl+O) or drop one here.</source>
        <translation>打开日志文件（Ctrl+O），或将文件拖放到此处。</translation>
    </message>
    <message>
        <source>Line %L1 of %L2</source>
        <translation>第 %L1 行，共 %L2 行</translation>
    </message>
    <message>
        <source>%L1 lines</source>
        <translation>%L1 行</translation>
    </message>
    <message>
        <source>Open Log Files</source>
        <translation>打开日志文件</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt *.gz *.bz2 *.xz *.zip *.dblg);;All files (*)</source>
        <translation>日志文件 (*.log *.txt *.gz *.bz2 *.xz *.zip *.dblg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>打开排障记录</translation>
    </message>
    <message>
        <source>LogSage cases (*.json);;All files (*)</source>
        <translation>LogSage 排障记录 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The case %1 names no log file; open the log with File &gt; Open.</source>
        <translation>排障记录 %1 中未指定日志文件；请通过“文件 &gt; 打开”打开日志。</translation>
    </message>
    <message>
        <source>Save Case As</source>
        <translation>排障记录另存为</translation>
    </message>
    <message>
        <source>LogSage cases (*.json)</source>
        <translation>LogSage 排障记录 (*.json)</translation>
    </message>
    <message>
        <source>Case written to %1</source>
        <translation>排障记录已写入 %1</translation>
    </message>
    <message>
        <source>About LogSage</source>
        <translation>关于 LogSage</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LogSage %1&lt;/h3&gt;&lt;p&gt;A troubleshooting assistant for network device logs: it recognizes each message, explains it in Chinese and English, and walks you through the steps.&lt;/p&gt;&lt;p&gt;Reference catalogs loaded: %2 entries.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LogSage %1&lt;/h3&gt;&lt;p&gt;面向网络设备日志的排障助手：识别每条消息，用中文和英文解释其含义，并引导您逐步完成处理步骤。&lt;/p&gt;&lt;p&gt;已加载的参考库：%2 个条目。&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export Report...</source>
        <translation>导出报告(&amp;E)...</translation>
    </message>
    <message>
        <source>Write the investigation up as HTML, PDF, Markdown, CSV or JSON</source>
        <translation>将本次排障整理成 HTML、PDF、Markdown、CSV 或 JSON 报告</translation>
    </message>
    <message>
        <source>Reference imported: %1 entries are loaded.</source>
        <translation>日志参考已导入：已加载 %1 个条目。</translation>
    </message>
    <message>
        <source>Open a log first: the report describes the opened logs.</source>
        <translation>请先打开日志：报告描述的是已打开的日志。</translation>
    </message>
    <message numerus="yes">
        <source>The saved case is back; %n bookmark(s) point to lines that have changed (see their tooltips).</source>
        <translation>
            <numerusform>已恢复保存的排障记录；%n 个书签指向已改变的行（见其提示）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved case is back: its ticks, notes and bookmarks.</source>
        <translation>已恢复保存的排障记录：其勾选、备注和书签。</translation>
    </message>
    <message>
        <source>Where Is %1?</source>
        <translation>%1 在哪里？</translation>
    </message>
    <message>
        <source>No log file of the case %1 could be found (%2). Copy the logs beside the case file and open it again.</source>
        <translation>找不到排障记录 %1 的任何日志文件（%2）。请将日志复制到排障记录文件旁边后重新打开。</translation>
    </message>
    <message>
        <source>These log files of the case %1 could not be found: %2. Copy them beside the case file and open it again.</source>
        <translation>找不到排障记录 %1 的以下日志文件：%2。请将它们复制到排障记录文件旁边后重新打开。</translation>
    </message>
    <message>
        <source>The log file %1 has changed since the case was saved; bookmarks on lines that changed are marked.</source>
        <translation>日志文件 %1 在保存排障记录后已被修改；内容已变的行上的书签已标出。</translation>
    </message>
    <message>
        <source>Find text in the lines shown, without hiding any</source>
        <translation>在显示的行中查找文本，不隐藏任何行</translation>
    </message>
    <message>
        <source>F&amp;ilter...</source>
        <translation>过滤(&amp;I)...</translation>
    </message>
</context>
<context>
    <name>LogSage::MarkdownReportWriter</name>
    <message>
        <source>Charts are in the HTML and PDF reports.</source>
        <translation>图表见 HTML 和 PDF 报告。</translation>
    </message>
</context>
<context>
    <name>LogSage::MessagesOverview</name>
    <message>
        <source>Counting messages…</source>
        <translation>正在统计消息…</translation>
    </message>
    <message>
        <source>Message types: %1</source>
        <translation>消息类型：%1</translation>
    </message>
    <message>
        <source>not in the catalog: %1</source>
        <translation>不在参考库中：%1</translation>
    </message>
    <message>
        <source>shown: %1</source>
        <translation>已显示：%1</translation>
    </message>
    <message>
        <source>Filter messages by ID</source>
        <translation>按 ID 过滤消息</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>过滤消息</translation>
    </message>
    <message>
        <source>Messages in this log</source>
        <translation>本日志中的消息</translation>
    </message>
    <message>
        <source>Click a message, or press Enter, to show only its lines.</source>
        <translation>单击某条消息或按 Enter 键，仅显示该消息的行。</translation>
    </message>
    <message>
        <source>Message summary</source>
        <translation>消息汇总</translation>
    </message>
</context>
<context>
    <name>LogSage::MessagesOverviewModel</name>
    <message>
        <source>%1 is not in the reference catalog.</source>
        <translation>%1 不在参考库中。</translation>
    </message>
    <message>
        <source>Devices that printed it: %1</source>
        <translation>打印此消息的设备：%1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>已完成 %1/%2 步</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>First</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Steps still being counted</source>
        <translation>步骤仍在统计中</translation>
    </message>
    <message>
        <source>Steps ticked of the checklists of every cause this message&apos;s lines point to (the reference panel shows the same beside the selected line&apos;s own count)</source>
        <translation>此消息各行所指向的每个原因的检查清单中已勾选的步骤（参考面板在所选行自身的计数旁显示同一数字）</translation>
    </message>
</context>
<context>
    <name>LogSage::NavigationActions</name>
    <message>
        <source>No later line with this message.</source>
        <translation>后面没有包含此消息的行。</translation>
    </message>
    <message>
        <source>No earlier line with this message.</source>
        <translation>前面没有包含此消息的行。</translation>
    </message>
    <message>
        <source>No later warning, error or worse.</source>
        <translation>后面没有警告或更严重级别的行。</translation>
    </message>
    <message>
        <source>No earlier warning, error or worse.</source>
        <translation>前面没有警告或更严重级别的行。</translation>
    </message>
    <message>
        <source>Next Line with This &amp;Message</source>
        <translation>下一条相同消息的行(&amp;M)</translation>
    </message>
    <message>
        <source>Previous Line with This M&amp;essage</source>
        <translation>上一条相同消息的行(&amp;E)</translation>
    </message>
    <message>
        <source>Next &amp;Warning or Worse</source>
        <translation>下一条警告及以上级别的行(&amp;W)</translation>
    </message>
    <message>
        <source>Previous W&amp;arning or Worse</source>
        <translation>上一条警告及以上级别的行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Wrap Long Lines</source>
        <translation>长行自动换行(&amp;W)</translation>
    </message>
</context>
<context>
    <name>LogSage::PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Could not write the PDF report %1 (%2); choose a folder you can write to.</source>
        <translation>无法写入 PDF 报告 %1（%2）；请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Could not write the PDF report %1: this computer has no font with Chinese characters. Install one (on Debian or Ubuntu, the package fonts-noto-cjk), or export the report in English or as HTML.</source>
        <translation>无法写入 PDF 报告 %1：这台计算机没有包含中文字符的字体。请安装一种（Debian 或 Ubuntu 上为 fonts-noto-cjk 软件包），或以英文或 HTML 格式导出报告。</translation>
    </message>
</context>
<context>
    <name>LogSage::ReferenceBrowser</name>
    <message>
        <source>No reference catalog is loaded; import the vendor&apos;s log reference (File &gt; Import Reference...).</source>
        <translation>未加载任何参考库；请导入厂商的日志参考（文件 &gt; 导入日志参考...）。</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;; try fewer words, part of a message ID, or the other language.</source>
        <translation>没有与“%1”匹配的内容；请尝试减少关键词、输入消息 ID 的一部分，或换用另一种语言。</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>条目：%1</translation>
    </message>
    <message>
        <source>Entries: %1 · fragments: %2</source>
        <translation>条目：%1 · 片段：%2</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Message ID, name or text, in Chinese or English</source>
        <translation>消息 ID、名称或正文，中文或英文均可</translation>
    </message>
    <message>
        <source>Search the reference catalogs</source>
        <translation>搜索参考库</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>Reference language</source>
        <translation>参考语言</translation>
    </message>
    <message>
        <source>Matching reference entries</source>
        <translation>匹配的参考条目</translation>
    </message>
    <message>
        <source>Reference Browser</source>
        <translation>参考库浏览器</translation>
    </message>
</context>
<context>
    <name>LogSage::ReferenceImport</name>
    <message>
        <source>%1 cannot be read (%2); check that the file exists and is readable.</source>
        <translation>无法读取 %1（%2）；请检查该文件是否存在且可读。</translation>
    </message>
    <message>
        <source>%1 holds no log reference entry (headings like &quot;### 43.6 IKE/5/IKE_NEGO_FAIL&quot;); choose the vendor&apos;s Markdown log reference.</source>
        <translation>%1 中没有日志参考条目（形如“### 43.6 IKE/5/IKE_NEGO_FAIL”的标题）；请选择厂商的 Markdown 日志参考。</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created; check the permissions of its parent folder.</source>
        <translation>无法创建 %1 所在的文件夹；请检查其上级文件夹的权限。</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); check the folder&apos;s permissions.</source>
        <translation>无法写入 %1（%2）；请检查该文件夹的权限。</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2); check the free disk space.</source>
        <translation>未能保存 %1（%2）；请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <source>Import Vendor Log Reference</source>
        <translation>导入厂商日志参考</translation>
    </message>
    <message>
        <source>Markdown log reference (*.md *.markdown);;All files (*)</source>
        <translation>Markdown 日志参考 (*.md *.markdown);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LogSage::ReferenceImportDialog</name>
    <message>
        <source>Import Vendor Log Reference</source>
        <translation>导入厂商日志参考</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Entries read from the reference</source>
        <translation>从日志参考中读取的条目</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Text on that line</source>
        <translation>该行的文本</translation>
    </message>
    <message>
        <source>Problems found in the reference</source>
        <translation>日志参考中发现的问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import the entries</source>
        <translation>导入这些条目</translation>
    </message>
    <message>
        <source>Read %1. Entries: %2 · fragments: %3 · problems: %4.</source>
        <translation>已读取 %1。条目：%2 · 片段：%3 · 问题：%4。</translation>
    </message>
    <message>
        <source>Importing replaces the user catalog %1 and loads it.</source>
        <translation>导入将替换用户参考库 %1 并加载它。</translation>
    </message>
    <message>
        <source>Importing saves the user catalog %1 and loads it.</source>
        <translation>导入将保存为用户参考库 %1 并加载它。</translation>
    </message>
    <message>
        <source>Entries already loaded with the same message ID are replaced: %1.</source>
        <translation>已加载的消息 ID 相同的条目将被替换：%1。</translation>
    </message>
    <message>
        <source>Of these, %1 have only a title here and hide a loaded meaning.</source>
        <translation>其中有 %1 个条目在此仅有标题，会覆盖已加载的含义。</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1 之前</translation>
    </message>
    <message>
        <source>(fragment)</source>
        <translation>（片段）</translation>
    </message>
    <message>
        <source>Text before the first heading: searchable, never matched to log lines.</source>
        <translation>第一个标题之前的文本：可以搜索，但不会与日志行匹配。</translation>
    </message>
    <message>
        <source>(title only: the reference gives no text for this message)</source>
        <translation>（仅有标题：日志参考未提供此消息的正文）</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Entries (%n):</source>
        <translation>
            <numerusform>条目 (%n)(&amp;E)：</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every line was understood.</source>
        <translation>没有问题：每一行均已正确解析。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <translation>
            <numerusform>问题 (%n)(&amp;P)：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::ReferencePanel</name>
    <message>
        <source>Reference &amp;language:</source>
        <translation>参考语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>Reference language</source>
        <translation>参考语言</translation>
    </message>
    <message>
        <source>vendor reference</source>
        <translation>厂商参考</translation>
    </message>
    <message>
        <source>translated by LogSage</source>
        <translation>LogSage 翻译</translation>
    </message>
    <message>
        <source>written by LogSage</source>
        <translation>LogSage 编写</translation>
    </message>
    <message>
        <source>user catalog</source>
        <translation>用户参考库</translation>
    </message>
    <message>
        <source>Select a log line to see what its message means, why it happens and what to do.</source>
        <translation>选择一行日志，查看其消息的含义、产生原因和处理方法。</translation>
    </message>
    <message>
        <source>This message is not in any loaded reference catalog. The line is shown as the device printed it; import the vendor&apos;s log reference for this product (File &gt; Import Reference...) to explain it.</source>
        <translation>此消息不在任何已加载的参考库中。该行按设备打印的原样显示；请导入该产品的厂商日志参考（文件 &gt; 导入日志参考...）以获得解释。</translation>
    </message>
    <message>
        <source>Severity %1 (%2)</source>
        <translation>严重级别 %1（%2）</translation>
    </message>
    <message>
        <source>The reference gives severity %1 (%2); this device printed %3.</source>
        <translation>日志参考中的严重级别为 %1（%2）；本设备打印的是 %3。</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>章节 %1</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>日志含义</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>日志参数</translation>
    </message>
    <message>
        <source>Parameters of this line</source>
        <translation>本行的参数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>参数名称</translation>
    </message>
    <message>
        <source>This line</source>
        <translation>本行取值</translation>
    </message>
    <message>
        <source>Possible causes</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Write a note on this step</source>
        <translation>为此步骤写备注</translation>
    </message>
    <message>
        <source>Note on step %1</source>
        <translation>步骤 %1 的备注</translation>
    </message>
    <message>
        <source>What you found, who you asked, what you changed...</source>
        <translation>您发现了什么、咨询了谁、做了哪些修改...</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the command %1</source>
        <translation>复制命令 %1</translation>
    </message>
    <message>
        <source>Copy command %1</source>
        <translation>复制命令 %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理步骤</translation>
    </message>
    <message>
        <source>Look for related messages in the reference:</source>
        <translation>在参考中查找相关消息：</translation>
    </message>
    <message>
        <source>Search the reference catalogs</source>
        <translation>搜索参考库</translation>
    </message>
    <message>
        <source>Message ID, module or words</source>
        <translation>消息ID、模块或关键词</translation>
    </message>
    <message>
        <source>&amp;Search Reference</source>
        <translation>搜索参考(&amp;S)</translation>
    </message>
    <message>
        <source>Chinese: %1 · English: %2</source>
        <translation>中文：%1 · 英文：%2</translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation>最可能的原因</translation>
    </message>
    <message>
        <source>Other possible causes</source>
        <translation>其他可能原因</translation>
    </message>
    <message>
        <source>No listed cause matches %1</source>
        <translation>没有列出的原因与 %1 相符</translation>
    </message>
    <message>
        <source>this line: %1</source>
        <translation>本行：%1</translation>
    </message>
    <message>
        <source>Its steps are in the checklist above.</source>
        <translation>其步骤已列在上方的检查清单中。</translation>
    </message>
    <message>
        <source>Its steps:</source>
        <translation>其步骤：</translation>
    </message>
    <message numerus="yes">
        <source>This line: %1 of %n step(s) done</source>
        <translation>
            <numerusform>本行：已完成 %1/%n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>all lines of this message: %1</source>
        <translation>此消息的所有行：%1</translation>
    </message>
    <message>
        <source>The reference gives no steps for this cause; unfold another cause below to see its steps.</source>
        <translation>日志参考未给出此原因的处理步骤；展开下方的其他原因可查看其步骤。</translation>
    </message>
    <message>
        <source>The reference gives no steps for this message.</source>
        <translation>日志参考未给出此消息的处理步骤。</translation>
    </message>
</context>
<context>
    <name>LogSage::ReportChartPainter</name>
    <message>
        <source>Tunnel events over time</source>
        <translation>隧道事件随时间分布</translation>
    </message>
    <message>
        <source>Tunnel state over time</source>
        <translation>隧道状态随时间变化</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Tunnel events %1</source>
        <translation>隧道事件（%1）</translation>
    </message>
    <message>
        <source>established</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>torn down</source>
        <translation>拆除</translation>
    </message>
    <message>
        <source>negotiation failed</source>
        <translation>协商失败</translation>
    </message>
    <message>
        <source>up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>More tunnels in the table: %1</source>
        <translation>表中另有隧道：%1 条</translation>
    </message>
    <message>
        <source>never up yet, negotiation failing</source>
        <translation>尚未建立，协商失败</translation>
    </message>
</context>
<context>
    <name>LogSage::ReportWriter</name>
    <message>
        <source>Could not write the report %1 (%2); choose a folder you can write to.</source>
        <translation>无法写入报告 %1（%2）；请选择一个有写入权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>LogSage::SearchIndicator</name>
    <message>
        <source>Searching… %1%</source>
        <translation>正在搜索… %1%</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop searching (Esc)</source>
        <translation>停止搜索（Esc）</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>停止搜索</translation>
    </message>
</context>
<context>
    <name>LogSage::Severity</name>
    <message>
        <source>emergencies</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>informational</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>debugging</source>
        <translation>调试</translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelChartExport</name>
    <message>
        <source>Could not export the chart to %1: the image size is empty.</source>
        <translation>无法将图表导出到 %1：图像尺寸为空。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>IPSec tunnel chart</source>
        <translation>IPSec 隧道图表</translation>
    </message>
    <message>
        <source>Made by LogSage</source>
        <translation>由 LogSage 生成</translation>
    </message>
    <message>
        <source>Could not draw the SVG image %1.</source>
        <translation>无法绘制 SVG 图像 %1。</translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelChartView</name>
    <message>
        <source>Click to filter the log to this time; drag across the chart for a longer range.</source>
        <translation>单击可将日志过滤到此时间；在图表上拖动可选择更长的时间范围。</translation>
    </message>
    <message>
        <source>Double-click to go to line %1.</source>
        <translation>双击转到第 %1 行。</translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelCharts</name>
    <message>
        <source>Per minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>Events over time</source>
        <translation>事件随时间分布</translation>
    </message>
    <message>
        <source>Up and down periods</source>
        <translation>Up/Down 时段</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG or SVG image</source>
        <translation>将当前图表保存为 PNG 或 SVG 图像</translation>
    </message>
    <message>
        <source>%1 × %2 pixels…</source>
        <translation>%1 × %2 像素…</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>Per 10 seconds</source>
        <translation>每 10 秒</translation>
    </message>
    <message>
        <source>Per 30 seconds</source>
        <translation>每 30 秒</translation>
    </message>
    <message>
        <source>Per 5 minutes</source>
        <translation>每 5 分钟</translation>
    </message>
    <message>
        <source>Per 15 minutes</source>
        <translation>每 15 分钟</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Show the whole log. Zoom with Ctrl+wheel (over the events also the wheel) or + and -, or Shift+drag over a range; pan with Ctrl+drag or the arrow keys.</source>
        <translation>显示整个日志。用 Ctrl+滚轮（在事件图上直接滚轮也可）或 + 和 - 缩放，或按住 Shift 拖过一段范围；用 Ctrl+拖动或方向键平移。</translation>
    </message>
    <message>
        <source>Scroll through the tunnels&apos; lanes (also the wheel or Page Up and Page Down over the chart; Ctrl+wheel zooms the time)</source>
        <translation>滚动浏览各隧道的泳道（也可在图上用滚轮或 Page Up、Page Down；Ctrl+滚轮缩放时间）</translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelEventsChart</name>
    <message>
        <source>No IPSec tunnel events</source>
        <translation>没有 IPSec 隧道事件</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Torn down</source>
        <translation>拆除</translation>
    </message>
    <message>
        <source>Negotiation failed</source>
        <translation>协商失败</translation>
    </message>
    <message>
        <source>Time (as printed)</source>
        <translation>时间（按设备打印）</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Established: %1</source>
        <translation>建立：%1</translation>
    </message>
    <message>
        <source>Torn down: %1</source>
        <translation>拆除：%1</translation>
    </message>
    <message>
        <source>Negotiation failed: %1</source>
        <translation>协商失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s) of %1 per bar</source>
        <translation>
            <numerusform>每根柱含 %n 个 %1 时段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n event(s)</source>
        <translation>
            <numerusform>共 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Busiest bucket, %1:</source>
        <translation>最繁忙时段 %1：</translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelLanesChart</name>
    <message>
        <source>No IPSec tunnels</source>
        <translation>没有 IPSec 隧道</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Time (as printed)</source>
        <translation>时间（按设备打印）</translation>
    </message>
    <message>
        <source>before the log</source>
        <translation>日志开始之前</translation>
    </message>
    <message>
        <source>end of the log</source>
        <translation>日志结束</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>The teardown was not logged; the tunnel was established again.</source>
        <translation>拆除未被记录；隧道已再次建立。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Never up yet, negotiation failing</source>
        <translation>尚未建立，协商失败中</translation>
    </message>
    <message>
        <source>Negotiation failed</source>
        <translation>协商失败</translation>
    </message>
    <message numerus="yes">
        <source>%n failed negotiation(s) meanwhile: %1</source>
        <translation>
            <numerusform>期间协商失败 %n 次：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>State unknown: no tunnel event tells it</source>
        <translation>状态未知：没有隧道事件可说明</translation>
    </message>
    <message>
        <source>Green: up · red: down · between: flapping · hatched red: never up yet, negotiation failing · grey: state unknown · triangles: negotiation failed</source>
        <translation>绿色：在线 · 红色：断开 · 介于两者之间：频繁抖动 · 红色斜线：尚未建立、协商失败 · 灰色：状态未知 · 三角形：协商失败</translation>
    </message>
    <message>
        <source>Flapping here: brief outages, shaded by the share of time down (about %1 %)</source>
        <translation>此处频繁抖动：多次短暂中断，颜色深浅表示断开时间占比（约 %1 %）</translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelReasonsChart</name>
    <message>
        <source>(no reason given)</source>
        <translation>（未给出原因）</translation>
    </message>
    <message>
        <source>No teardown or negotiation failure reasons</source>
        <translation>没有拆除或协商失败的原因</translation>
    </message>
    <message>
        <source>Teardown (OfflineReason)</source>
        <translation>拆除 (OfflineReason)</translation>
    </message>
    <message>
        <source>Negotiation failure (Reason)</source>
        <translation>协商失败 (Reason)</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Teardowns: %1</source>
        <translation>拆除次数：%1</translation>
    </message>
    <message>
        <source>Negotiation failures: %1</source>
        <translation>协商失败次数：%1</translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelTableModel</name>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Established %1, torn down %2, negotiation failures %3</source>
        <translation>建立 %1 次，拆除 %2 次，协商失败 %3 次</translation>
    </message>
    <message>
        <source>Teardown reasons: %1</source>
        <translation>拆除原因：%1</translation>
    </message>
    <message>
        <source>Failure reasons: %1</source>
        <translation>失败原因：%1</translation>
    </message>
    <message numerus="yes">
        <source>Established again %n time(s) without a logged teardown</source>
        <translation>
            <numerusform>在未记录拆除的情况下再次建立 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated line(s) ignored</source>
        <translation>
            <numerusform>已忽略 %n 条重复行</numerusform>
        </translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Flaps</source>
        <translation>振荡次数</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>中断时长</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用率</translation>
    </message>
    <message>
        <source>Last state</source>
        <translation>最后状态</translation>
    </message>
    <message>
        <source>Nego. failures</source>
        <translation>协商失败</translation>
    </message>
    <message>
        <source>Never up</source>
        <translation>从未建立</translation>
    </message>
    <message>
        <source>Top teardown reason</source>
        <translation>主要拆除原因</translation>
    </message>
    <message>
        <source>Top failure reason</source>
        <translation>主要协商失败原因</translation>
    </message>
    <message>
        <source>%1 + %2 failing</source>
        <translation>%1 + 建立失败 %2</translation>
    </message>
    <message>
        <source>Down after a teardown: %1; failing to come up before it was ever seen up: %2</source>
        <translation>拆除后的中断：%1；首次建立前的协商失败：%2</translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelsPanel</name>
    <message>
        <source>All tunnels</source>
        <translation>所有隧道</translation>
    </message>
    <message>
        <source>No IPSec tunnel events (IPSEC_TUNNEL_ESTABLISHED, IPSEC_TUNNEL_TEARED_DOWN, IKE_NEGO_FAIL) in this log.</source>
        <translation>本日志中没有 IPSec 隧道事件（IPSEC_TUNNEL_ESTABLISHED、IPSEC_TUNNEL_TEARED_DOWN、IKE_NEGO_FAIL）。</translation>
    </message>
    <message>
        <source>IPSec tunnels</source>
        <translation>IPSec 隧道</translation>
    </message>
    <message>
        <source>Filter the Log to This Tunnel</source>
        <translation>将日志过滤为此隧道</translation>
    </message>
    <message>
        <source>Copy Table as CSV</source>
        <translation>将表格复制为 CSV</translation>
    </message>
    <message>
        <source>Reading the IPSec tunnel events…</source>
        <translation>正在读取 IPSec 隧道事件…</translation>
    </message>
    <message>
        <source>Tunnels: %L1 · devices: %L2 · flaps: %L3 · negotiation failures: %L4 · down at the end: %L5</source>
        <translation>隧道：%L1 · 设备：%L2 · 振荡：%L3 次 · 协商失败：%L4 次 · 结束时 Down：%L5 条</translation>
    </message>
</context>
<context>
    <name>LogSage::WorkbenchDocks</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>IPSec Tunnels</source>
        <translation>IPSec 隧道</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>Log analysis report</source>
        <translation>日志分析报告</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Time span: %1 to %2 (%3), as printed by the devices</source>
        <translation>时间范围：%1 至 %2（%3），按设备打印的时间</translation>
    </message>
    <message>
        <source>Made with LogSage %1 on %2</source>
        <translation>由 LogSage %1 生成于 %2</translation>
    </message>
    <message>
        <source>Catalogs: %1</source>
        <translation>参考库：%1</translation>
    </message>
    <message>
        <source>The analysis was stopped before the end: the figures cover only part of the logs.</source>
        <translation>分析在完成前被停止：数据仅涵盖部分日志。</translation>
    </message>
    <message>
        <source>LogSage %1</source>
        <translation>LogSage %1</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Messages recognized</source>
        <translation>已识别的消息</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1/%2（%3%）</translation>
    </message>
    <message>
        <source>Warnings or worse</source>
        <translation>警告及以上</translation>
    </message>
    <message>
        <source>Tunnels</source>
        <translation>隧道</translation>
    </message>
    <message>
        <source>Tunnel flaps</source>
        <translation>隧道振荡</translation>
    </message>
    <message>
        <source>Tunnel downtime</source>
        <translation>隧道中断时长</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Messages by severity</source>
        <translation>按严重级别统计的消息</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Messages by module</source>
        <translation>按模块统计的消息</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Messages that matter</source>
        <translation>重要消息</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>First</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>日志含义</translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <source>(not determined by the parameters)</source>
        <translation>（无法根据参数确定）</translation>
    </message>
    <message>
        <source>IPSec tunnels</source>
        <translation>IPSec 隧道</translation>
    </message>
    <message>
        <source>No tunnel event in the logs.</source>
        <translation>日志中没有隧道事件。</translation>
    </message>
    <message>
        <source>Policy/seq</source>
        <translation>策略/序号</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>建立次数</translation>
    </message>
    <message>
        <source>Torn down</source>
        <translation>拆除次数</translation>
    </message>
    <message>
        <source>IKE failures</source>
        <translation>IKE 协商失败</translation>
    </message>
    <message>
        <source>Flaps</source>
        <translation>振荡次数</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>中断时长</translation>
    </message>
    <message>
        <source>Up time</source>
        <translation>可用率</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <source>Last state</source>
        <translation>最后状态</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>已完成 %1/%2 步。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Unknown messages</source>
        <translation>未识别的消息</translation>
    </message>
    <message>
        <source>Every message was found in the catalogs.</source>
        <translation>所有消息均已在参考库中找到。</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>emergencies</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>informational</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>debugging</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Progress by message</source>
        <translation>各消息的进度</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>已完成步骤</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation>%1：已完成 %2</translation>
    </message>
    <message>
        <source>Other steps with a tick or a note</source>
        <translation>其他已勾选或有备注的步骤</translation>
    </message>
    <message>
        <source>The log was still being read: the figures cover the first %1 lines.</source>
        <translation>日志仍在读取中：这些数字只涵盖前 %1 行。</translation>
    </message>
    <message>
        <source>Other modules: %1</source>
        <translation>其他模块：%1</translation>
    </message>
    <message>
        <source>No message of severity warning or worse, and no tunnel message.</source>
        <translation>没有警告及以上级别的消息，也没有隧道消息。</translation>
    </message>
    <message>
        <source>Messages of severity warning or worse, and every recognized tunnel message, with the cause their parameters point to. For a message not in the catalogs, the meaning column shows its first line.</source>
        <translation>警告及以上级别的消息和所有已识别的隧道消息，附其参数指向的原因。不在参考库中的消息，“日志含义”列显示其第一行。</translation>
    </message>
    <message>
        <source>Not in the catalogs</source>
        <translation>不在参考库中</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>其他（%1）</translation>
    </message>
    <message>
        <source>Tunnel events: %1, from %2 to %3.</source>
        <translation>隧道事件：%1 个，时间从 %2 到 %3。</translation>
    </message>
    <message>
        <source>never up</source>
        <translation>从未建立</translation>
    </message>
    <message>
        <source>Recommended steps</source>
        <translation>建议步骤</translation>
    </message>
    <message>
        <source>no action needed</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <source>Message types not in the catalogs: %1, on %2 lines in all. The most frequent:</source>
        <translation>不在参考库中的消息类型：%1 种，共 %2 行。最常见的：</translation>
    </message>
    <message>
        <source>Tunnels failing to come up</source>
        <translation>隧道建立失败时长</translation>
    </message>
    <message>
        <source>Downtime is proven: it follows a teardown. Failing is the time a tunnel failed to come up before it was ever seen up. Up time counts proven up and down time only.</source>
        <translation>中断时长为已证实的中断：始于隧道拆除。建立失败时长指隧道在首次建立之前协商失败的时间。可用率只计已证实的在线与中断时间。</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>建立失败</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Troubleshooting assistant for network device logs.

Subcommands (run `logsage COMMAND --help`):
  analyze FILE...   statistics, records (NDJSON) and tunnels of logs
  catalog ...       import and check reference catalogs
  report FILE...    write a report</source>
        <translation>网络设备日志排障助手。

子命令（运行 `logsage COMMAND --help` 查看帮助）：
  analyze FILE...   日志的统计、记录 (NDJSON) 和隧道
  catalog ...       导入和检查参考库
  report FILE...    生成报告</translation>
    </message>
    <message>
        <source>Write a screenshot of the window to &lt;png&gt; once the first file is indexed, then quit.</source>
        <translation>首个文件索引完成后，将窗口截图写入 &lt;png&gt;，然后退出。</translation>
    </message>
    <message>
        <source>Load reference catalogs from &lt;dir&gt; as well.</source>
        <translation>同时从 &lt;dir&gt; 加载参考库。</translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Log files to open.</source>
        <translation>要打开的日志文件。</translation>
    </message>
    <message>
        <source>Select line &lt;n&gt; of the last file given (1 is the first line).</source>
        <translation>选中最后一个文件的第 &lt;n&gt; 行（1 为第一行）。</translation>
    </message>
    <message>
        <source>--line takes a line number, 1 or more.</source>
        <translation>--line 需要一个行号，1 或更大。</translation>
    </message>
</context>
</TS>
