<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LogSage::Case</name>
    <message numerus="yes">
        <source>%1 has grown since this case was saved (%Ln more bytes); ticks, notes and bookmarks are kept.</source>
        <translation>
            <numerusform>%1 has grown since this case was saved (%Ln more byte); ticks, notes and bookmarks are kept.</numerusform>
            <numerusform>%1 has grown since this case was saved (%Ln more bytes); ticks, notes and bookmarks are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::CatalogsDialog</name>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <translation>
            <numerusform>&amp;Problems (%n):</numerusform>
            <numerusform>&amp;Problems (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::HiddenMessagesButton</name>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::LogTab</name>
    <message numerus="yes">
        <source>Show %n Hidden Message(s) Again</source>
        <translation>
            <numerusform>Show %n Hidden Message Again</numerusform>
            <numerusform>Show %n Hidden Messages Again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::MainWindow</name>
    <message numerus="yes">
        <source>The saved case is back; %n bookmark(s) point to lines that have changed (see their tooltips).</source>
        <translation>
            <numerusform>The saved case is back; %n bookmark points to a line that has changed (see its tooltip).</numerusform>
            <numerusform>The saved case is back; %n bookmarks point to lines that have changed (see their tooltips).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::ReferenceImportDialog</name>
    <message numerus="yes">
        <source>&amp;Entries (%n):</source>
        <translation>
            <numerusform>&amp;Entries (%n):</numerusform>
            <numerusform>&amp;Entries (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <translation>
            <numerusform>&amp;Problems (%n):</numerusform>
            <numerusform>&amp;Problems (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::ReferencePanel</name>
    <message numerus="yes">
        <source>This line: %1 of %n step(s) done</source>
        <translation>
            <numerusform>This line: %1 of %n step done</numerusform>
            <numerusform>This line: %1 of %n steps done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelEventsChart</name>
    <message numerus="yes">
        <source>%n bucket(s) of %1 per bar</source>
        <translation>
            <numerusform>%n bucket of %1 per bar</numerusform>
            <numerusform>%n buckets of %1 per bar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n event(s)</source>
        <translation>
            <numerusform>Total: %n event</numerusform>
            <numerusform>Total: %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelLanesChart</name>
    <message numerus="yes">
        <source>%n failed negotiation(s) meanwhile: %1</source>
        <translation>
            <numerusform>%n failed negotiation meanwhile: %1</numerusform>
            <numerusform>%n failed negotiations meanwhile: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSage::TunnelTableModel</name>
    <message numerus="yes">
        <source>Established again %n time(s) without a logged teardown</source>
        <translation>
            <numerusform>Established again %n time without a logged teardown</numerusform>
            <numerusform>Established again %n times without a logged teardown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated line(s) ignored</source>
        <translation>
            <numerusform>%n repeated line ignored</numerusform>
            <numerusform>%n repeated lines ignored</numerusform>
        </translation>
    </message>
</context>
</TS>
