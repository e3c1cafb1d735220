<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Kvarter::AccessLog</name>
    <message numerus="yes">
        <source>%1 is helped by another team. To open the record, give a reason (why care needs it now); you then have access for %n hour(s), and the team leader sees the reason.</source>
        <translation>
            <numerusform>%1 is helped by another team. To open the record, give a reason (why care needs it now); you then have access for %n hour, and the team leader sees the reason.</numerusform>
            <numerusform>%1 is helped by another team. To open the record, give a reason (why care needs it now); you then have access for %n hours, and the team leader sees the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no visit planned within %n day(s)</source>
        <translation>
            <numerusform>no visit planned within %n day</numerusform>
            <numerusform>no visit planned within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::AccessLogCommand</name>
    <message numerus="yes">
        <source>Report with %n opening(s) written to %1.</source>
        <translation>
            <numerusform>Report with %n opening written to %1.</numerusform>
            <numerusform>Report with %n openings written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::AccessReportPdf</name>
    <message numerus="yes">
        <source>%n opening(s) of the record in Kvarter, newest first: who, when, which part, and why they could open it.</source>
        <translation>
            <numerusform>%n opening of the record in Kvarter, newest first: who, when, which part, and why they could open it.</numerusform>
            <numerusform>%n openings of the record in Kvarter, newest first: who, when, which part, and why they could open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::AccessReviewPage</name>
    <message numerus="yes">
        <source>%n unusual opening(s)</source>
        <translation>
            <numerusform>%n unusual opening</numerusform>
            <numerusform>%n unusual openings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::AgendaCommand</name>
    <message numerus="yes">
        <source>Agenda with %n citizen(s) written to %1.</source>
        <translation>
            <numerusform>Agenda with %n citizen written to %1.</numerusform>
            <numerusform>Agenda with %n citizens written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::AreaHistoryWidget</name>
    <message numerus="yes">
        <source>%n assessment(s); 0 = no limitations, 4 = total. 9 (not relevant) is in the table only.</source>
        <translation>
            <numerusform>%n assessment; 0 = no limitations, 4 = total. 9 (not relevant) is in the table only.</numerusform>
            <numerusform>%n assessments; 0 = no limitations, 4 = total. 9 (not relevant) is in the table only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::AssessmentDialog</name>
    <message numerus="yes">
        <source>%n problem(s) left before the assessment can be saved.</source>
        <translation>
            <numerusform>%n problem left before the assessment can be saved.</numerusform>
            <numerusform>%n problems left before the assessment can be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::BoardCommand</name>
    <message numerus="yes">
        <source>Triage board with %n citizen(s) written to %1.</source>
        <translation>
            <numerusform>Triage board with %n citizen written to %1.</numerusform>
            <numerusform>Triage board with %n citizens written to %1.</numerusform>
        </translation>
    </message>
</context>
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
    <name>Kvarter::DecisionDialog</name>
    <message numerus="yes">
        <source>%n problem(s) left before the decision can be made.</source>
        <translation>
            <numerusform>%n problem left before the decision can be made.</numerusform>
            <numerusform>%n problems left before the decision can be made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::DecisionsCommand</name>
    <message numerus="yes">
        <source>Grant %1: %n decision(s) made apart; the last is in force.</source>
        <translation>
            <numerusform>Grant %1: %n decision made apart; the last is in force.</numerusform>
            <numerusform>Grant %1: %n decisions made apart; the last is in force.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::DepartureDialog</name>
    <message numerus="yes">
        <source>Record why and when &lt;b&gt;%1&lt;/b&gt; is no longer the team&apos;s citizen. Every laptop of the team keeps the record for %n more day(s) (time to complain about the last decision), then removes its copy. Nothing that has not been synced yet is removed, and the leaving can be undone until then.</source>
        <translation>
            <numerusform>Record why and when &lt;b&gt;%1&lt;/b&gt; is no longer the team&apos;s citizen. Every laptop of the team keeps the record for %n more day (time to complain about the last decision), then removes its copy. Nothing that has not been synced yet is removed, and the leaving can be undone until then.</numerusform>
            <numerusform>Record why and when &lt;b&gt;%1&lt;/b&gt; is no longer the team&apos;s citizen. Every laptop of the team keeps the record for %n more days (time to complain about the last decision), then removes its copy. Nothing that has not been synced yet is removed, and the leaving can be undone until then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::EconomicFramePage</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::EscalationsCommand</name>
    <message numerus="yes">
        <source>  %1  %2: %3 %4 (proposed by %5, %n day(s) ago)</source>
        <translation>
            <numerusform>  %1  %2: %3 %4 (proposed by %5, %n day ago)</numerusform>
            <numerusform>  %1  %2: %3 %4 (proposed by %5, %n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::FieldErrorLabels</name>
    <message numerus="yes">
        <source>%n thing(s) left to fix.</source>
        <translation>
            <numerusform>%n thing left to fix.</numerusform>
            <numerusform>%n things left to fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::LocalPurge</name>
    <message numerus="yes">
        <source>Kept until %1 (%n days after the citizen left).</source>
        <translation>
            <numerusform>Kept until %1 (%n day after the citizen left).</numerusform>
            <numerusform>Kept until %1 (%n days after the citizen left).</numerusform>
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
    <name>Kvarter::PinCommand</name>
    <message numerus="yes">
        <source>locked after %n wrong tries</source>
        <translation>
            <numerusform>locked after %n wrong try</numerusform>
            <numerusform>locked after %n wrong tries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong try(s) since the last sign-in</source>
        <translation>
            <numerusform>%n wrong try since the last sign-in</numerusform>
            <numerusform>%n wrong tries since the last sign-in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::PinDialog</name>
    <message numerus="yes">
        <source>%n wrong try(s) since the last sign-in.</source>
        <translation>
            <numerusform>%n wrong try since the last sign-in.</numerusform>
            <numerusform>%n wrong tries since the last sign-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::PinVault</name>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Wait %n second before trying again.</numerusform>
            <numerusform>Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try(s) left before the PIN is locked.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before the PIN is locked.</numerusform>
            <numerusform>Wrong PIN. %n tries left before the PIN is locked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Wait %n second before the next try.</numerusform>
            <numerusform>Wait %n seconds before the next try.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::PurgeCommand</name>
    <message numerus="yes">
        <source>Removed %n citizen(s) from this computer.</source>
        <translation>
            <numerusform>Removed %n citizen from this computer.</numerusform>
            <numerusform>Removed %n citizens from this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::ReassignDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
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
    <name>Kvarter::SignInPanel</name>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Wait %n s</numerusform>
            <numerusform>Wait %n s</numerusform>
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
    <name>Kvarter::SyncCommand</name>
    <message numerus="yes">
        <source>Removed %n citizen(s) who left the team from this computer (their record is kept by the team).</source>
        <translation>
            <numerusform>Removed %n citizen who left the team from this computer (their record is kept by the team).</numerusform>
            <numerusform>Removed %n citizens who left the team from this computer (their record is kept by the team).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::SyncController</name>
    <message numerus="yes">
        <source>Offline · %Ln change(s) wait to be sent when the connection is back</source>
        <translation>
            <numerusform>Offline · %Ln change waits to be sent when the connection is back</numerusform>
            <numerusform>Offline · %Ln changes wait to be sent when the connection is back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) wait to be sent</source>
        <translation>
            <numerusform>%Ln change waits to be sent</numerusform>
            <numerusform>%Ln changes wait to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln file(s) on the share set aside</source>
        <translation>
            <numerusform> · %Ln file on the share set aside</numerusform>
            <numerusform> · %Ln files on the share set aside</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::TriageBoardModel</name>
    <message numerus="yes">
        <source>%n new change(s) since the colour was set</source>
        <translation>
            <numerusform>%n new change since the colour was set</numerusform>
            <numerusform>%n new changes since the colour was set</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::WeekPlanModel</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n double booking(s)</source>
        <translation>
            <numerusform>%n double booking</numerusform>
            <numerusform>%n double bookings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::WhoLookedDialog</name>
    <message numerus="yes">
        <source>%n opening(s)</source>
        <translation>
            <numerusform>%n opening</numerusform>
            <numerusform>%n openings</numerusform>
        </translation>
    </message>
</context>
</TS>
