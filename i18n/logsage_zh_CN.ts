<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LogSage</name>
    <message>
        <source>it ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::Case</name>
    <message>
        <source>The log file %1 has changed since the case was saved; bookmarks and ticks may no longer fit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file %1 of this case is missing; open it from where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file %1 does not exist; open it from where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose a log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file %1 cannot be read (%2); check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file %1 could not be read to the end (%2); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::CatalogActions</name>
    <message>
        <source>&amp;Import Reference...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the vendor&apos;s Markdown log reference into a user catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;Catalogs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loaded reference catalogs and the problems found in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;Browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::CatalogEntryView</name>
    <message>
        <source>Search the reference catalogs by message ID, name or any word of the text, in Chinese or English, then choose a result to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translated by LogSage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by LogSage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the title of this message is known; import the vendor&apos;s log reference for your device (File &gt; Import Reference...) for its full text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment without heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment before section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This piece of a reference entry has lost its heading and message ID (for example, it was cut off at the start of an excerpt): it can be read here but is never matched to log lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any other %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::CatalogSearchModel</name>
    <message>
        <source>Fragment without heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment before section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece of a reference entry whose heading and message ID are missing: it can be read but is never matched to log lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::CatalogsDialog</name>
    <message>
        <source>Reference Catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference catalogs LogSage explains log lines with, and every problem found while loading them; a user catalog replaces bundled entries with the same message ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loaded catalogs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Reference...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the vendor&apos;s Markdown log reference into a user catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open User &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in the file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every catalog loaded cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes what LogSage found in the open logs, with your checklist and bookmarks, to a file you can send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one file, opens in any browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (everything, for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (message counts and tunnel events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages that matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnels and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not end in .%2; change its name or the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a log file first: a report describes the open logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the logs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::FilterBar</name>
    <message>
        <source>Filter lines: text, or a regular expression with .*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat the filter text as a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match upper and lower case exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergencies (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert or worse (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical or worse (0-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error or worse (0-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning or worse (0-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification or worse (0-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informational or worse (0-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognized or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines printed between these times (as printed by the device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every line again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 shown (%2%)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 shown (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression at position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::LogDocument</name>
    <message>
        <source>“%1” became shorter (truncated); it is read again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was replaced by a new file (rotated); it is read again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::LogInput</name>
    <message>
        <source>“%1” does not exist. Check the path, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a log file. Open one of the files inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a pipe, socket or device). Save its output to a file and open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2). Check its permissions, or copy it somewhere readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read into memory (%2). Copy it to a local disk and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” decompresses to more than 4 GiB. Decompress it with another tool and open the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 file or is damaged (%3). Decompress it with another tool to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid zip archive or is damaged (%2). Extract it with another tool to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a zip archive with no file in it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” decompresses to more than 4 GiB. Extract it with another tool and open the files inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: its member “%2” cannot be read (%3). Extract it with another tool to check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::LogTab</name>
    <message>
        <source>Bookmark Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on line %L1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookmark after this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookmark before this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines with %1 are hidden; the filter bar&apos;s Clear shows them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not occur after this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not occur before this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark &amp;Note...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n Hidden Message(s) Again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::LogView</name>
    <message>
        <source>Log lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::MainWindow</name>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line (1 to %L1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LogSage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a device log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an investigation someone handed over: its log, ticks, notes and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Case As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this investigation to a file to hand it over (your progress is kept automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark &amp;Note...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Boo&amp;kmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Bookm&amp;ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the log by text or regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LogSage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop indexing; the lines read so far stay usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing of %1 stopped; the lines read so far are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a log file (Ctrl+O) or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt *.gz *.bz2 *.xz *.zip *.dblg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LogSage cases (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 names no log file; open the log with File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 refers to %2, which cannot be opened. Copy the log there, or open it and the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file has changed since the case was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Case As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LogSage cases (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LogSage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LogSage %1&lt;/h3&gt;&lt;p&gt;A troubleshooting assistant for network device logs: it recognizes each message, explains it in Chinese and English, and walks you through the steps.&lt;/p&gt;&lt;p&gt;Reference catalogs loaded: %2 entries.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::MessagesOverview</name>
    <message>
        <source>Counting messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message types: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages by ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in this log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a message, or press Enter, to show only its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::MessagesOverviewModel</name>
    <message>
        <source>%1 is not in the reference catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices that printed it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::NavigationActions</name>
    <message>
        <source>No later line with this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier line with this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later warning, error or worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier warning, error or worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Line with This &amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Line with This M&amp;essage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Warning or Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous W&amp;arning or Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap Long Lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::ReferenceBrowser</name>
    <message>
        <source>No reference catalog is loaded; import the vendor&apos;s log reference (File &gt; Import Reference...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;; try fewer words, part of a message ID, or the other language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1 · fragments: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID, name or text, in Chinese or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the reference catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching reference entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference Browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::ReferenceImport</name>
    <message>
        <source>%1 cannot be read (%2); check that the file exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no log reference entry (headings like &quot;### 43.6 IKE/5/IKE_NEGO_FAIL&quot;); choose the vendor&apos;s Markdown log reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created; check the permissions of its parent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved (%2); check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Vendor Log Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown log reference (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::ReferenceImportDialog</name>
    <message>
        <source>Import Vendor Log Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries read from the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text on that line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1. Entries: %2 · fragments: %3 · problems: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing replaces the user catalog %1 and loads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing saves the user catalog %1 and loads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries already loaded with the same message ID are replaced: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of these, %1 have only a title here and hide a loaded meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(fragment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text before the first heading: searchable, never matched to log lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(title only: the reference gives no text for this message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Entries (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every line was understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::ReferencePanel</name>
    <message>
        <source>Reference &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translated by LogSage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by LogSage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a log line to see what its message means, why it happens and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is not in any loaded reference catalog. The line is shown as the device printed it; import the vendor&apos;s log reference for this product (File &gt; Import Reference...) to explain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference gives severity %1 (%2); this device printed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters of this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line: %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found, who you asked, what you changed...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelChartView</name>
    <message>
        <source>Click to filter the log to this time; drag across the chart for a longer range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to go to line %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelCharts</name>
    <message>
        <source>Per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and down periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelEventsChart</name>
    <message>
        <source>No IPSec tunnel events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torn down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (as printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torn down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelLanesChart</name>
    <message>
        <source>No IPSec tunnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1 of %2 tunnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (as printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teardown was not logged; the tunnel was established again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelReasonsChart</name>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teardown or negotiation failure reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teardown (OfflineReason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation failure (Reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teardowns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation failures: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelTableModel</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established %1, torn down %2, negotiation failures %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teardown reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Established again %n time(s) without a logged teardown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated line(s) ignored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nego. failures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelsPanel</name>
    <message>
        <source>All tunnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IPSec tunnel events (IPSEC_TUNNEL_ESTABLISHED, IPSEC_TUNNEL_TEARED_DOWN, IKE_NEGO_FAIL) in this log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPSec tunnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s) on %1 device(s): %2 flaps, %3 negotiation failures, %4 down at the end</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a screenshot of the window to &lt;png&gt; once the first file is indexed, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load reference catalogs from &lt;dir&gt; as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
