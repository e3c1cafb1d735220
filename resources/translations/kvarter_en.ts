<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Kvarter::CitizenListPage</name>
    <message numerus="yes">
        <source>%n citizen(s)</source>
        <translation>
            <numerusform>%n citizen</numerusform>
            <numerusform>%n citizens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) match</source>
        <translation>
            <numerusform>%n citizen matches</numerusform>
            <numerusform>%n citizens match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) on the share were set aside: %1</source>
        <translation>
            <numerusform>%n file on the share was set aside: %1</numerusform>
            <numerusform>%n files on the share were set aside: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::RunListCommand</name>
    <message numerus="yes">
        <source>Run list for %1 with %n visit(s) written to %2.</source>
        <translation>
            <numerusform>Run list for %1 with %n visit written to %2.</numerusform>
            <numerusform>Run list for %1 with %n visits written to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::RunListPdf</name>
    <message numerus="yes">
        <source>%1 — %n visit(s)</source>
        <translation>
            <numerusform>%1 — %n visit</numerusform>
            <numerusform>%1 — %n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::Sync::ClockCheck</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::SyncController</name>
    <message numerus="yes">
        <source>Working offline on this laptop · sync is not set up · %n change(s) saved here</source>
        <translation>
            <numerusform>Working offline on this laptop · sync is not set up · %n change saved here</numerusform>
            <numerusform>Working offline on this laptop · sync is not set up · %n changes saved here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting to be synced · %1</source>
        <translation>
            <numerusform>Offline · %n change waiting to be synced · %1</numerusform>
            <numerusform>Offline · %n changes waiting to be synced · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online · %1 · %n change(s) waiting</source>
        <translation>
            <numerusform>Online · %1 · %n change waiting</numerusform>
            <numerusform>Online · %1 · %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) on the share set aside</source>
        <translation>
            <numerusform> · %n file on the share set aside</numerusform>
            <numerusform> · %n files on the share set aside</numerusform>
        </translation>
    </message>
</context>
</TS>
