<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LeadFilesCard</name>
    <message numerus="yes">
        <location filename="../../booth_app/ui/exports/lead_files.py" line="+102"/>
        <source>Exported {0} leads to {1}</source>
        <translation>
            <numerusform>Exported {0} lead to {1}</numerusform>
            <numerusform>Exported {0} leads to {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadListPanel</name>
    <message numerus="yes">
        <location filename="../../booth_app/ui/leads/lead_list.py" line="+250"/>
        <source>{0} leads</source>
        <translation>
            <numerusform>{0} lead</numerusform>
            <numerusform>{0} leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsZipCard</name>
    <message numerus="yes">
        <location filename="../../booth_app/ui/exports/leads_zip.py" line="+89"/>
        <source>Exported {0} leads of {1} manufacturers to {2}{3}</source>
        <translation>
            <numerusform>Exported {0} lead of {1} manufacturers to {2}{3}</numerusform>
            <numerusform>Exported {0} leads of {1} manufacturers to {2}{3}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message numerus="yes">
        <location filename="../../booth_app/ui/exhibitors/profile.py" line="+234"/>
        <source>✖ Not deleted: {0} has %n lead(s); they are its results, so it stays.</source>
        <translation>
            <numerusform>✖ Not deleted: {0} has %n lead; it is its result, so it stays.</numerusform>
            <numerusform>✖ Not deleted: {0} has %n leads; they are its results, so it stays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message numerus="yes">
        <location filename="../../booth_app/ui/visitors/page.py" line="+166"/>
        <source>{0} visitors</source>
        <translation>
            <numerusform>{0} visitor</numerusform>
            <numerusform>{0} visitors</numerusform>
        </translation>
    </message>
</context>
</TS>
