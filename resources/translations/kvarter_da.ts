<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Kvarter::Access</name>
    <message>
        <source>As %1 you may not %2; ask a %3.</source>
        <translation>Som %1 må du ikke %2; spørg en %3.</translation>
    </message>
    <message>
        <source> or a </source>
        <translation> eller en </translation>
    </message>
    <message>
        <source>open a citizen&apos;s record</source>
        <translation>åbne en borgers journal</translation>
    </message>
    <message>
        <source>change a citizen&apos;s details</source>
        <translation>ændre en borgers oplysninger</translation>
    </message>
    <message>
        <source>record visits or write visit notes</source>
        <translation>registrere besøg eller skrive besøgsnotater</translation>
    </message>
    <message>
        <source>read the team&apos;s day plan</source>
        <translation>se teamets dagsplan</translation>
    </message>
    <message>
        <source>plan the team&apos;s visits</source>
        <translation>planlægge teamets besøg</translation>
    </message>
    <message>
        <source>grant or change services</source>
        <translation>bevilge eller ændre ydelser</translation>
    </message>
    <message>
        <source>decide help within the team&apos;s frame</source>
        <translation>træffe afgørelse om hjælp inden for teamets ramme</translation>
    </message>
    <message>
        <source>settle values written apart</source>
        <translation>afgøre værdier, der er skrevet hver for sig</translation>
    </message>
    <message>
        <source>manage the team&apos;s laptops</source>
        <translation>administrere teamets computere</translation>
    </message>
    <message>
        <source>assess a citizen&apos;s function</source>
        <translation>vurdere en borgers funktionsevne</translation>
    </message>
    <message>
        <source>change the team&apos;s delegated or economic frame</source>
        <translation>ændre teamets delegerede eller økonomiske ramme</translation>
    </message>
    <message>
        <source>decide a proposal outside the team&apos;s frame</source>
        <translation>træffe afgørelse om et forslag uden for teamets ramme</translation>
    </message>
    <message>
        <source>register a complaint about a decision</source>
        <translation>registrere en klage over en afgørelse</translation>
    </message>
    <message>
        <source>give a colleague a new PIN</source>
        <translation>give en kollega en ny PIN-kode</translation>
    </message>
    <message>
        <source>review who has opened citizens&apos; records</source>
        <translation>gennemse, hvem der har åbnet borgeres journaler</translation>
    </message>
    <message>
        <source>report a change in need or triage a citizen</source>
        <translation>melde en ændring i behov eller triagere en borger</translation>
    </message>
    <message>
        <source>move a citizen down from red</source>
        <translation>flytte en borger ned fra rød</translation>
    </message>
    <message>
        <source>complete follow-up tasks</source>
        <translation>afslutte opfølgningsopgaver</translation>
    </message>
</context>
<context>
    <name>Kvarter::AccessContexts</name>
    <message>
        <source>Visit planned today</source>
        <translation>Besøg planlagt i dag</translation>
    </message>
    <message>
        <source>Fixed visitator or contact person</source>
        <translation>Fast visitator eller kontaktperson</translation>
    </message>
    <message>
        <source>Own team</source>
        <translation>Eget team</translation>
    </message>
    <message>
        <source>Another team (broke the glass)</source>
        <translation>Andet team (nødadgang)</translation>
    </message>
</context>
<context>
    <name>Kvarter::AccessEntryModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>What was opened</source>
        <translation>Hvad blev åbnet</translation>
    </message>
    <message>
        <source>Why they could open it</source>
        <translation>Hvorfor de måtte åbne den</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Why it is unusual</source>
        <translation>Hvorfor det er usædvanligt</translation>
    </message>
</context>
<context>
    <name>Kvarter::AccessLog</name>
    <message>
        <source>There is no citizen with this id.</source>
        <translation>Der er ingen borger med dette id.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is helped by another team. To open the record, give a reason (why care needs it now); you then have access for %n hour(s), and the team leader sees the reason.</source>
        <translation>
            <numerusform>%1 hjælpes af et andet team. Giv en begrundelse for at åbne journalen (hvorfor plejen har brug for den nu); du får så adgang i %n time, og teamlederen ser begrundelsen.</numerusform>
            <numerusform>%1 hjælpes af et andet team. Giv en begrundelse for at åbne journalen (hvorfor plejen har brug for den nu); du får så adgang i %n timer, og teamlederen ser begrundelsen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no visit planned within %n day(s)</source>
        <translation>
            <numerusform>intet besøg planlagt inden for %n dag</numerusform>
            <numerusform>intet besøg planlagt inden for %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>outside the own team</source>
        <translation>uden for eget team</translation>
    </message>
    <message>
        <source>another team, broke the glass: &quot;%1&quot;</source>
        <translation>andet team, nødadgang: »%1«</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>om natten</translation>
    </message>
</context>
<context>
    <name>Kvarter::AccessLogCommand</name>
    <message>
        <source>--%1 &apos;%2&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1 &apos;%2&apos; er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>Openings from this day (default: the first).</source>
        <translation>Åbninger fra denne dag (standard: den første).</translation>
    </message>
    <message>
        <source>Openings up to this day (default: today).</source>
        <translation>Åbninger til og med denne dag (standard: i dag).</translation>
    </message>
    <message>
        <source>Write the report to this PDF file.</source>
        <translation>Skriv rapporten til denne PDF-fil.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Who has opened the record of %1 (%2):</source>
        <translation>Hvem har åbnet journalen for %1 (%2):</translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation> — begrundelse: %1</translation>
    </message>
    <message numerus="yes">
        <source>Report with %n opening(s) written to %1.</source>
        <translation>
            <numerusform>Rapport med %n åbning skrevet til %1.</numerusform>
            <numerusform>Rapport med %n åbninger skrevet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who has opened a citizen&apos;s record (team leader; --pdf for a report).</source>
        <translation>Hvem har åbnet en borgers journal (teamleder; --pdf giver en rapport).</translation>
    </message>
</context>
<context>
    <name>Kvarter::AccessParts</name>
    <message>
        <source>Record overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation>Besøgsnotater</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Indsatser</translation>
    </message>
    <message>
        <source>Function (FSIII)</source>
        <translation>Funktionsevne (FSIII)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Afgørelser</translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation>Brev udskrevet</translation>
    </message>
    <message>
        <source>Run list printed</source>
        <translation>Køreliste udskrevet</translation>
    </message>
    <message>
        <source>Report printed</source>
        <translation>Rapport udskrevet</translation>
    </message>
    <message>
        <source>Read with kvarter-cli</source>
        <translation>Læst med kvarter-cli</translation>
    </message>
    <message>
        <source>Changes in need and triage</source>
        <translation>Ændringer i behov og triage</translation>
    </message>
    <message>
        <source>Triage board printed</source>
        <translation>Triagetavle udskrevet</translation>
    </message>
</context>
<context>
    <name>Kvarter::AccessReportPdf</name>
    <message>
        <source>Who has opened the record of %1</source>
        <translation>Adgangslog: hvem har åbnet journalen for %1</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>udskrevet %1</translation>
    </message>
    <message>
        <source>CPR %1</source>
        <translation>CPR %1</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Periode: %1 – %2</translation>
    </message>
    <message>
        <source>Period: from %1</source>
        <translation>Periode: fra %1</translation>
    </message>
    <message>
        <source>Period: until %1</source>
        <translation>Periode: til %1</translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s) of the record in Kvarter, newest first: who, when, which part, and why they could open it.</source>
        <translation>
            <numerusform>%n åbning af journalen i Kvarter, nyeste først: hvem, hvornår, hvilken del, og hvorfor vedkommende kunne åbne den.</numerusform>
            <numerusform>%n åbninger af journalen i Kvarter, nyeste først: hvem, hvornår, hvilken del, og hvorfor vedkommende kunne åbne den.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has opened the record in this period.</source>
        <translation>Ingen har åbnet journalen i denne periode.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begrundelse: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>What was opened</source>
        <translation>Hvad blev åbnet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
</context>
<context>
    <name>Kvarter::AccessReviewCommand</name>
    <message>
        <source>Openings from this day (default: 13 days before --to).</source>
        <translation>Åbninger fra denne dag (standard: 13 dage før --to).</translation>
    </message>
    <message>
        <source>Openings up to this day (default: today).</source>
        <translation>Åbninger til og med denne dag (standard: i dag).</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 ligger efter --to %2.</translation>
    </message>
    <message>
        <source>Unusual openings %1 – %2:</source>
        <translation>Usædvanlige åbninger %1 – %2:</translation>
    </message>
    <message>
        <source>  None.</source>
        <translation>  Ingen.</translation>
    </message>
    <message>
        <source>Unusual openings of citizens&apos; records, for the team leader.</source>
        <translation>Usædvanlige åbninger af borgeres journaler, til teamlederen.</translation>
    </message>
</context>
<context>
    <name>Kvarter::AccessReviewPage</name>
    <message>
        <source>Review of the access log</source>
        <translation>Gennemgang af adgangsloggen</translation>
    </message>
    <message>
        <source>Openings of citizens&apos; records to look at: no visit planned within a few days of it, another team&apos;s citizen (with the reason given for breaking the glass), or at night. The list holds openings of the team&apos;s citizens and openings by the team&apos;s staff. Press Enter or double-click one to see everyone who has looked at that citizen.</source>
        <translation>Opslag i borgeres journaler, som du bør se på: intet besøg planlagt inden for få dage af opslaget, en borger i et andet team (med begrundelsen for nødadgangen) eller om natten. Listen viser opslag hos teamets borgere og opslag foretaget af teamets medarbejdere. Tryk Enter eller dobbeltklik på et opslag for at se alle, der har set den borgers journal.</translation>
    </message>
    <message>
        <source>No unusual openings in this period.</source>
        <translation>Ingen usædvanlige opslag i perioden.</translation>
    </message>
    <message numerus="yes">
        <source>%n unusual opening(s)</source>
        <translation>
            <numerusform>%n usædvanligt opslag</numerusform>
            <numerusform>%n usædvanlige opslag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::AgendaCommand</name>
    <message>
        <source>give the meeting&apos;s date with --date YYYY-MM-DD.</source>
        <translation>angiv mødets dato med --date ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>The meeting&apos;s date (YYYY-MM-DD).</source>
        <translation>Mødets dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>Write the agenda to this PDF file.</source>
        <translation>Skriv dagsordenen til denne PDF-fil.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message numerus="yes">
        <source>Agenda with %n citizen(s) written to %1.</source>
        <translation>
            <numerusform>Dagsorden med %n borger skrevet til %1.</numerusform>
            <numerusform>Dagsorden med %n borgere skrevet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team meeting %1, %2:</source>
        <translation>Teammøde %1, %2:</translation>
    </message>
    <message>
        <source>  Nothing on the agenda.</source>
        <translation>  Intet på dagsordenen.</translation>
    </message>
    <message>
        <source>The team meeting&apos;s agenda for a date, or its PDF.</source>
        <translation>Teammødets dagsorden for en dato, eller som PDF.</translation>
    </message>
</context>
<context>
    <name>Kvarter::AgendaPdf</name>
    <message>
        <source>Team meeting — %1</source>
        <translation>Teammøde — %1</translation>
    </message>
    <message>
        <source>Agenda for %1 · printed %2</source>
        <translation>Dagsorden for %1 · udskrevet %2</translation>
    </message>
    <message>
        <source>Red: %1 · Yellow: %2 · New changes: %3 · Escalations: %4 · Continuity fell: %5</source>
        <translation>Røde: %1 · Gule: %2 · Nye ændringer: %3 · Sendt til visitator: %4 · Faldet kontinuitet: %5</translation>
    </message>
    <message>
        <source>Nothing on the agenda: no citizen is yellow or red, no new changes, no open escalations, and no citizen&apos;s continuity fell.</source>
        <translation>Intet på dagsordenen: ingen borgere er gule eller røde, der er ingen nye ændringer, intet venter hos visitator, og ingen borgers kontinuitet er faldet.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>Hvorfor på dagsordenen</translation>
    </message>
    <message>
        <source>Decision, who does what by when</source>
        <translation>Beslutning, hvem gør hvad hvornår</translation>
    </message>
    <message>
        <source>CPR %1</source>
        <translation>CPR %1</translation>
    </message>
</context>
<context>
    <name>Kvarter::AgendaReasons</name>
    <message>
        <source>Red</source>
        <translation>Rød</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>New change in need</source>
        <translation>Ny ændring i tilstand</translation>
    </message>
    <message>
        <source>Escalated to the visitator</source>
        <translation>Sendt videre til visitator</translation>
    </message>
    <message>
        <source>Continuity fell</source>
        <translation>Kontinuiteten er faldet</translation>
    </message>
</context>
<context>
    <name>Kvarter::AreaHistoryWidget</name>
    <message>
        <source>Levels over time</source>
        <translation>Niveauer over tid</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>No assessment of this area yet.</source>
        <translation>Området er endnu ikke vurderet.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s); 0 = no limitations, 4 = total. 9 (not relevant) is in the table only.</source>
        <translation>
            <numerusform>%n vurdering; 0 = ingen begrænsninger, 4 = totale begrænsninger. 9 (ikke relevant) vises kun i tabellen.</numerusform>
            <numerusform>%n vurderinger; 0 = ingen begrænsninger, 4 = totale begrænsninger. 9 (ikke relevant) vises kun i tabellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Vurderet</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>Kvarter::AssessCommand</name>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>A function-ability condition and its level 0–4 or 9, e.g. J1.1=2 (FSIII code, current or legacy); repeat for more.</source>
        <translation>En funktionsevnetilstand og dens niveau 0–4 eller 9, f.eks. J1.1=2 (FSIII-kode, gældende eller tidligere); gentag for flere.</translation>
    </message>
    <message>
        <source>code=level</source>
        <translation>kode=niveau</translation>
    </message>
    <message>
        <source>A nursing condition as problem or potential, e.g. I4.4=potential.</source>
        <translation>En sygeplejefaglig tilstand som problem (problem) eller potentielt problem (potential), f.eks. I4.4=potential.</translation>
    </message>
    <message>
        <source>code=problem|potential</source>
        <translation>kode=problem|potential</translation>
    </message>
    <message>
        <source>A follow-up of a condition or of a service (grant id or service code): E1 continues, E2 changed within the frame, E3 ends, E4 back to the visitator, e.g. J1.1=E2 or H1.1=E1.</source>
        <translation>En opfølgning på en tilstand eller en indsats (bevillingens id eller indsatskode): E1 fortsættes, E2 ændres inden for rammen, E3 afsluttes, E4 revisitation (tilbage til visitator), f.eks. J1.1=E2 eller H1.1=E1.</translation>
    </message>
    <message>
        <source>code=outcome</source>
        <translation>kode=udfald</translation>
    </message>
    <message>
        <source>The citizen&apos;s own wishes and goals.</source>
        <translation>Borgerens egne ønsker og mål.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>The overall assessment.</source>
        <translation>Helhedsvurderingen.</translation>
    </message>
    <message>
        <source>Save this as the correction of an earlier assessment.</source>
        <translation>Gem dette som en rettelse af en tidligere vurdering.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>give the citizen&apos;s CPR number or id.</source>
        <translation>angiv borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>no citizen with CPR number or id &apos;%1&apos;.</source>
        <translation>ingen borger med CPR-nummer eller id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not CODE=LEVEL, e.g. J1.1=2.</source>
        <translation>&apos;%1&apos; er ikke KODE=NIVEAU, f.eks. J1.1=2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not CODE=problem or CODE=potential.</source>
        <translation>&apos;%1&apos; er ikke KODE=problem eller KODE=potential.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not CODE=OUTCOME, e.g. J1.1=E1.</source>
        <translation>&apos;%1&apos; er ikke KODE=UDFALD, f.eks. J1.1=E1.</translation>
    </message>
    <message>
        <source>Save an FSIII assessment of a citizen.</source>
        <translation>Gem en FSIII-vurdering af en borger.</translation>
    </message>
</context>
<context>
    <name>Kvarter::AssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Ny vurdering</translation>
    </message>
    <message>
        <source>Correct assessment of %1</source>
        <translation>Ret vurdering af %1</translation>
    </message>
    <message>
        <source>Correct assessment</source>
        <translation>Ret vurdering</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;%1 Nursing</source>
        <translation>&amp;%1 Sygepleje</translation>
    </message>
    <message>
        <source>The citizen&apos;s &amp;wishes and goals:</source>
        <translation>Borgerens &amp;ønsker og mål:</translation>
    </message>
    <message>
        <source>&amp;Overall assessment:</source>
        <translation>&amp;Helhedsvurdering:</translation>
    </message>
    <message>
        <source>&amp;%1 Wishes and overall</source>
        <translation>&amp;%1 Ønsker og helhedsvurdering</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Gem vurdering</translation>
    </message>
    <message>
        <source>Empty = not assessed. Alt+1…7 choose an area; type a level&apos;s digit on its field.</source>
        <translation>Tom = ikke vurderet. Alt+1…7 vælger et område; skriv niveauets ciffer i feltet.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) left before the assessment can be saved.</source>
        <translation>
            <numerusform>%n ting skal rettes, før vurderingen kan gemmes.</numerusform>
            <numerusform>%n ting skal rettes, før vurderingen kan gemmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation>Vurderingen er ikke gemt</translation>
    </message>
    <message>
        <source>The assessment is not saved. Keep what you typed as a draft, to continue later?</source>
        <translation>Vurderingen er ikke gemt. Vil du gemme det, du har skrevet, som en kladde, så du kan fortsætte senere?</translation>
    </message>
    <message>
        <source>&amp;Keep draft</source>
        <translation>&amp;Gem kladde</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <source>Continue &amp;editing</source>
        <translation>&amp;Fortsæt redigeringen</translation>
    </message>
</context>
<context>
    <name>Kvarter::AssessmentDrafts</name>
    <message>
        <source>A draft needs the citizen it is about.</source>
        <translation>En kladde skal have den borger, den handler om.</translation>
    </message>
</context>
<context>
    <name>Kvarter::AssessmentService</name>
    <message>
        <source>The citizen of the assessment is not in the team&apos;s file.</source>
        <translation>Borgeren i vurderingen findes ikke i teamets data.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the citizen&apos;s grants.</source>
        <translation>&apos;%1&apos; er ikke en af borgerens bevillinger.</translation>
    </message>
    <message>
        <source>The assessment to correct does not exist.</source>
        <translation>Vurderingen, der skal rettes, findes ikke.</translation>
    </message>
    <message>
        <source>That assessment has already been corrected; correct the newest version (%1).</source>
        <translation>Den vurdering er allerede rettet; ret den nyeste version (%1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an FSIII area.</source>
        <translation>&apos;%1&apos; er ikke et FSIII-område.</translation>
    </message>
</context>
<context>
    <name>Kvarter::AssessmentValidator</name>
    <message>
        <source>Choose the citizen the assessment is about.</source>
        <translation>Vælg den borger, vurderingen handler om.</translation>
    </message>
    <message>
        <source>Assess at least one condition, or write the citizen&apos;s wishes or an overall assessment.</source>
        <translation>Vurdér mindst én tilstand, eller skriv borgerens ønsker eller en helhedsvurdering.</translation>
    </message>
    <message>
        <source>The wishes can be at most %1 characters.</source>
        <translation>Ønskerne kan højst være %1 tegn.</translation>
    </message>
    <message>
        <source>The overall assessment can be at most %1 characters.</source>
        <translation>Helhedsvurderingen kan højst være %1 tegn.</translation>
    </message>
    <message>
        <source>%1 is assessed twice; assess each condition once.</source>
        <translation>%1 er vurderet to gange; vurdér hver tilstand én gang.</translation>
    </message>
    <message>
        <source>A follow-up is about one condition or one service.</source>
        <translation>En opfølgning handler om én tilstand eller én indsats.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an FSIII condition.</source>
        <translation>&apos;%1&apos; er ikke en FSIII-tilstand.</translation>
    </message>
    <message>
        <source>Choose the outcome: continues, changed within the frame, ends or back to the visitator.</source>
        <translation>Vælg udfaldet: fortsættes, ændres inden for rammen, afsluttes eller revisitation.</translation>
    </message>
    <message>
        <source>A note can be at most %1 characters.</source>
        <translation>Et notat kan højst være %1 tegn.</translation>
    </message>
    <message>
        <source>%1 is an area; assess one of its conditions.</source>
        <translation>%1 er et område; vurdér en af områdets tilstande.</translation>
    </message>
    <message>
        <source>%1 needs a level: 0–4, or 9 when not relevant.</source>
        <translation>%1 skal have et niveau: 0–4, eller 9, når det ikke er relevant.</translation>
    </message>
    <message>
        <source>%1: %2 is not a level; use 0–4, or 9 when not relevant.</source>
        <translation>%1: %2 er ikke et niveau; brug 0–4, eller 9, når det ikke er relevant.</translation>
    </message>
    <message>
        <source>%1 is a function-ability condition: give a level, not problem or potential problem.</source>
        <translation>%1 er en funktionsevnetilstand: angiv et niveau, ikke problem eller potentielt problem.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of Udførelse.</source>
        <translation>&apos;%1&apos; er ikke en værdi for Udførelse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of Betydning.</source>
        <translation>&apos;%1&apos; er ikke en værdi for Betydning.</translation>
    </message>
    <message>
        <source>%1 is a nursing condition: it has no level, only problem or potential problem.</source>
        <translation>%1 er en sygeplejefaglig tilstand: den har intet niveau, kun problem eller potentielt problem.</translation>
    </message>
    <message>
        <source>Mark %1 as a problem or a potential problem.</source>
        <translation>Markér %1 som et problem eller et potentielt problem.</translation>
    </message>
    <message>
        <source>The citizen&apos;s own view (Udførelse, Betydning) belongs to function-ability conditions.</source>
        <translation>Borgerens egen vurdering (Udførelse, Betydning) hører til funktionsevnetilstande.</translation>
    </message>
    <message>
        <source>Give the goal as an expected level or as a goal type, not both.</source>
        <translation>Angiv målet som et forventet niveau eller som en måltype, ikke begge dele.</translation>
    </message>
    <message>
        <source>A nursing condition&apos;s goal is a goal type, not a level.</source>
        <translation>Målet for en sygeplejefaglig tilstand er en måltype, ikke et niveau.</translation>
    </message>
    <message>
        <source>%1 is not a level; use 0–4, or 9 when not relevant.</source>
        <translation>%1 er ikke et niveau; brug 0–4, eller 9, når det ikke er relevant.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a goal type: the condition disappears, lessens or stays.</source>
        <translation>&apos;%1&apos; er ikke en måltype: tilstanden forsvinder, mindskes eller forbliver uændret.</translation>
    </message>
</context>
<context>
    <name>Kvarter::AssessmentsCommand</name>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>potential problem</source>
        <translation>potentielt problem</translation>
    </message>
    <message>
        <source>; goal %1</source>
        <translation>; mål %1</translation>
    </message>
    <message>
        <source>; goal: %1</source>
        <translation>; mål: %1</translation>
    </message>
    <message>
        <source>  (corrects %1)</source>
        <translation>  (retter %1)</translation>
    </message>
    <message>
        <source>  [superseded by %1]</source>
        <translation>  [erstattet af %1]</translation>
    </message>
    <message>
        <source>  Follow-up %1: %2</source>
        <translation>  Opfølgning %1: %2</translation>
    </message>
    <message>
        <source>  Wishes and goals: %1</source>
        <translation>  Ønsker og mål: %1</translation>
    </message>
    <message>
        <source>  Overall assessment: %1</source>
        <translation>  Helhedsvurdering: %1</translation>
    </message>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>Show this area&apos;s history instead, e.g. J1 (Egenomsorg).</source>
        <translation>Vis i stedet dette områdes historik, f.eks. J1 (Egenomsorg).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an FSIII area; areas are e.g. J1 Egenomsorg or I4 Hud og slimhinder.</source>
        <translation>&apos;%1&apos; er ikke et FSIII-område; områder er f.eks. J1 Egenomsorg eller I4 Hud og slimhinder.</translation>
    </message>
    <message>
        <source>  Not assessed yet.</source>
        <translation>  Endnu ikke vurderet.</translation>
    </message>
    <message>
        <source>%1 has not been assessed yet.</source>
        <translation>%1 er endnu ikke vurderet.</translation>
    </message>
    <message>
        <source>List a citizen&apos;s FSIII assessments.</source>
        <translation>Vis en borgers FSIII-vurderinger.</translation>
    </message>
</context>
<context>
    <name>Kvarter::BenchCommand</name>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>Path of the desktop app for the memory figure.</source>
        <translation>Sti til skrivebordsprogrammet til hukommelsesmålingen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>sti</translation>
    </message>
    <message>
        <source>no database at %1; make one with &apos;kvarter-cli --db FILE demo --scale section&apos;.</source>
        <translation>ingen database i %1; lav en med &apos;kvarter-cli --db FIL demo --scale section&apos;.</translation>
    </message>
    <message>
        <source>Measure performance; one JSON line per figure.</source>
        <translation>Mål ydeevne; én JSON-linje pr. måling.</translation>
    </message>
    <message>
        <source>&apos;bench sync&apos; measures sync instead (figures: apply, bytes, full); &apos;bench server&apos; loads kvarter-server (figures: load, flood).</source>
        <translation>&apos;bench sync&apos; måler i stedet synkronisering (målinger: apply, bytes, full); &apos;bench server&apos; belaster kvarter-server (målinger: load, flood).</translation>
    </message>
    <message>
        <source>With &apos;bench sync&apos;: SQLite page cache sizes for the apply figure, comma separated; 0 is the app&apos;s own setting.</source>
        <translation>Med &apos;bench sync&apos;: størrelser på SQLites sidecache til apply-målingen, kommasepareret; 0 er programmets egen indstilling.</translation>
    </message>
    <message>
        <source>With &apos;bench server&apos;: also load it on this PostgreSQL.</source>
        <translation>Med &apos;bench server&apos;: belast den også på denne PostgreSQL.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>forbindelse</translation>
    </message>
    <message>
        <source>Run only these figures (comma separated): open, queries, search, insert, assessments, decisions, pin, rss.</source>
        <translation type="vanished">Kør kun disse målinger (kommasepareret): open, queries, search, insert, assessments, decisions, pin, rss.</translation>
    </message>
    <message>
        <source>Run only these figures (comma separated): open, queries, search, insert, assessments, decisions, pin, access, rss.</source>
        <translation type="vanished">Kør kun disse målinger (kommasepareret): open, queries, search, insert, assessments, decisions, pin, access, rss.</translation>
    </message>
    <message>
        <source>Run only these figures (comma separated): open, queries, search, insert, assessments, decisions, pin, access, changes, rss.</source>
        <translation>Kør kun disse målinger (kommasepareret): open, queries, search, insert, assessments, decisions, pin, access, changes, rss.</translation>
    </message>
</context>
<context>
    <name>Kvarter::BoardCommand</name>
    <message>
        <source>Write the board to this PDF file.</source>
        <translation>Skriv tavlen til denne PDF-fil.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Only citizens of this colour.</source>
        <translation>Kun borgere med denne farve.</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>farve</translation>
    </message>
    <message>
        <source>Only this nurse&apos;s citizens and tasks (id or initials).</source>
        <translation>Kun denne sygeplejerskes borgere og opgaver (id eller initialer).</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>medarbejder</translation>
    </message>
    <message>
        <source>give the file to write with --pdf FILE.</source>
        <translation>angiv filen, der skal skrives, med --pdf FIL.</translation>
    </message>
    <message>
        <source>--colour &apos;%1&apos; is not green, yellow or red.</source>
        <translation>--colour &apos;%1&apos; er ikke grøn, gul eller rød.</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>kun %1</translation>
    </message>
    <message>
        <source>no employee with id or initials &apos;%1&apos;.</source>
        <translation>ingen medarbejder med id eller initialer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>citizens of %1</source>
        <translation>borgere hos %1</translation>
    </message>
    <message numerus="yes">
        <source>Triage board with %n citizen(s) written to %1.</source>
        <translation>
            <numerusform>Triagetavle med %n borger skrevet til %1.</numerusform>
            <numerusform>Triagetavle med %n borgere skrevet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the triage board to a PDF for the board meeting.</source>
        <translation>Udskriv triagetavlen som PDF til tavlemødet.</translation>
    </message>
</context>
<context>
    <name>Kvarter::BreakGlass</name>
    <message>
        <source>Say why you need to open this citizen&apos;s record; the team leader sees the reason.</source>
        <translation>Skriv, hvorfor du har brug for at åbne borgerens journal; teamlederen ser begrundelsen.</translation>
    </message>
    <message>
        <source>Say in a few words (at least %1) why care needs the record now, e.g. &quot;covering the evening round for team Nord&quot;.</source>
        <translation>Skriv med nogle få ord (mindst %1), hvorfor plejen har brug for journalen nu, fx »dækker aftenruten for team Nord«.</translation>
    </message>
    <message>
        <source>There is no citizen with this id.</source>
        <translation>Der er ingen borger med dette id.</translation>
    </message>
</context>
<context>
    <name>Kvarter::BreakGlassDialog</name>
    <message>
        <source>Another team&apos;s citizen</source>
        <translation>Borger i et andet team</translation>
    </message>
    <message>
        <source>Every opening of a citizen&apos;s record is logged. This one also shows in the team leader&apos;s review list, with your reason and your name.</source>
        <translation>Hvert opslag i en borgers journal bliver logget. Dette opslag kommer også på teamlederens liste til gennemgang, med din begrundelse og dit navn.</translation>
    </message>
    <message>
        <source>e.g. covering the evening round for the other team</source>
        <translation>fx dækker aftenruten for det andet team</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>Åbn &amp;journalen</translation>
    </message>
</context>
<context>
    <name>Kvarter::ChangeItems</name>
    <message>
        <source>Appetite</source>
        <translation>Appetit</translation>
    </message>
    <message>
        <source>Drinking</source>
        <translation>Væskeindtag</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vægt</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilitet</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Fald</translation>
    </message>
    <message>
        <source>Memory or confusion</source>
        <translation>Hukommelse eller forvirring</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humør</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Søvn</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Hud</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Smerter</translation>
    </message>
    <message>
        <source>Breathing or cough</source>
        <translation>Vejrtrækning eller hoste</translation>
    </message>
    <message>
        <source>Bowel and urine</source>
        <translation>Afføring og vandladning</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>Træthed</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>Svimmelhed</translation>
    </message>
    <message>
        <source>Changed or new medication</source>
        <translation>Ændret eller ny medicin</translation>
    </message>
    <message>
        <source>The state of the home</source>
        <translation>Hjemmets tilstand</translation>
    </message>
    <message>
        <source>Seems different than usual</source>
        <translation>Virker anderledes end vanligt</translation>
    </message>
    <message>
        <source>Physical complaints</source>
        <translation>Fysiske gener</translation>
    </message>
    <message>
        <source>The home</source>
        <translation>Hjemmet</translation>
    </message>
    <message>
        <source>Daily activities</source>
        <translation>Daglige aktiviteter</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicin</translation>
    </message>
    <message>
        <source>Mental and social</source>
        <translation>Psykisk og socialt</translation>
    </message>
    <message>
        <source>Eating and drinking</source>
        <translation>Mad og drikke</translation>
    </message>
</context>
<context>
    <name>Kvarter::ChangeReportCommand</name>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>What changed (repeat or separate by commas): %1.</source>
        <translation>Hvad har ændret sig (gentag eller adskil med komma): %1.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>punkt</translation>
    </message>
    <message>
        <source>Your colour suggestion: green, yellow or red.</source>
        <translation>Dit forslag til farve: grøn, gul eller rød.</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>farve</translation>
    </message>
    <message>
        <source>What you saw, in your own words.</source>
        <translation>Det du så, med dine egne ord.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>What happened at a fall (required with --item fall).</source>
        <translation>Hvad skete der ved faldet (skal udfyldes med --item fall).</translation>
    </message>
    <message>
        <source>Who should look: nurse, visitator, therapist.</source>
        <translation>Hvem skal se på det: nurse (sygeplejerske), visitator, therapist (terapeut).</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roller</translation>
    </message>
    <message>
        <source>The visit it was noticed on.</source>
        <translation>Det besøg, hvor ændringen blev set.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--look-by &apos;%1&apos; is not a role; use nurse, visitator or therapist.</source>
        <translation>--look-by &apos;%1&apos; er ikke en rolle; brug nurse, visitator eller therapist.</translation>
    </message>
    <message>
        <source>Change in need %1 reported for %2.</source>
        <translation>Ændring i behov %1 meldt for %2.</translation>
    </message>
    <message>
        <source>Your suggestion waits on the board: moving a citizen down from red takes a nurse or a SOSU assistant.</source>
        <translation>Dit forslag venter på tavlen: at flytte en borger ned fra rød kræver en sygeplejerske eller en social- og sundhedsassistent.</translation>
    </message>
    <message>
        <source>Report a change in a citizen&apos;s state (the change form).</source>
        <translation>Meld en ændring i en borgers tilstand (ændringsskemaet).</translation>
    </message>
</context>
<context>
    <name>Kvarter::ChangeReportDialog</name>
    <message>
        <source>Nurse</source>
        <translation>Sygeplejerske</translation>
    </message>
    <message>
        <source>Visitator</source>
        <translation>Visitator</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeut</translation>
    </message>
    <message>
        <source>Change in %1&apos;s condition</source>
        <translation>Ændring i %1s tilstand</translation>
    </message>
    <message>
        <source>Tick what is different from &lt;b&gt;%1&lt;/b&gt;&apos;s usual state.</source>
        <translation>Sæt kryds ved det, der er anderledes end &lt;b&gt;%1&lt;/b&gt;s vanlige tilstand.</translation>
    </message>
    <message>
        <source>What happened: when, where, hurt or not</source>
        <translation>Hvad skete der: hvornår, hvor, slog sig eller ej</translation>
    </message>
    <message>
        <source>What you saw, in your own words (optional)</source>
        <translation>Hvad du så, med dine egne ord (frivilligt)</translation>
    </message>
    <message>
        <source>&amp;Save change</source>
        <translation>&amp;Gem ændring</translation>
    </message>
    <message>
        <source>Who should look:</source>
        <translation>Hvem skal se på det:</translation>
    </message>
    <message>
        <source>Your suggestion:</source>
        <translation>Dit forslag:</translation>
    </message>
</context>
<context>
    <name>Kvarter::ChangeService</name>
    <message>
        <source>Tick what has changed, or describe it in the note.</source>
        <translation>Sæt kryds ved det, der har ændret sig, eller beskriv det i noten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item of the change form.</source>
        <translation>&apos;%1&apos; er ikke et punkt på ændringsskemaet.</translation>
    </message>
    <message>
        <source>Say what happened at the fall: when, where, hurt or not.</source>
        <translation>Beskriv faldet: hvornår, hvor, og om borgeren kom til skade.</translation>
    </message>
    <message>
        <source>Ask a nurse, the visitator or a therapist to look.</source>
        <translation>Bed en sygeplejerske, visitator eller terapeut om at se på det.</translation>
    </message>
    <message>
        <source>The citizen is not in the team&apos;s file.</source>
        <translation>Borgeren findes ikke i teamets data.</translation>
    </message>
</context>
<context>
    <name>Kvarter::CheckCommand</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version %1 of %2</source>
        <translation>Skemaversion %1 af %2</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integritet: ok</translation>
    </message>
    <message>
        <source>Integrity problems:
  %1</source>
        <translation>Integritetsproblemer:
  %1</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and migration status.</source>
        <translation>Kontrollér databasens integritet og migreringsstatus.</translation>
    </message>
</context>
<context>
    <name>Kvarter::CitizenAddCommand</name>
    <message>
        <source>Register a citizen.</source>
        <translation>Registrér en borger.</translation>
    </message>
    <message>
        <source>CPR number (DDMMYY-XXXX).</source>
        <translation>CPR-nummer (DDMMÅÅ-XXXX).</translation>
    </message>
    <message>
        <source>cpr</source>
        <translation>cpr</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Fulde navn.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>Street address where the team visits.</source>
        <translation>Adressen, hvor teamet kommer.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Four-digit postcode.</source>
        <translation>Postnummer på fire cifre.</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <source>Town.</source>
        <translation>By.</translation>
    </message>
    <message>
        <source>town</source>
        <translation>by</translation>
    </message>
    <message>
        <source>The citizen&apos;s phone.</source>
        <translation>Borgerens telefon.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>The fixed contact person (employee id or initials).</source>
        <translation>Den faste kontaktperson (medarbejderens id eller initialer).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The fixed visitator (employee id or initials).</source>
        <translation>Den faste visitator (medarbejderens id eller initialer).</translation>
    </message>
    <message>
        <source>no employee with id or initials &apos;%1&apos;.</source>
        <translation>ingen medarbejder med id eller initialer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Citizen registered: %1</source>
        <translation>Borger registreret: %1</translation>
    </message>
</context>
<context>
    <name>Kvarter::CitizenCommand</name>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>give the citizen&apos;s CPR number or id.</source>
        <translation>angiv borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>no citizen with CPR number or id &apos;%1&apos;.</source>
        <translation>ingen borger med CPR-nummer eller id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation>Kontaktperson: %1</translation>
    </message>
    <message>
        <source>Visitator: %1</source>
        <translation>Visitator: %1</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netværk:</translation>
    </message>
    <message>
        <source> — primary contact</source>
        <translation> — primær kontakt</translation>
    </message>
    <message>
        <source>Grants:</source>
        <translation>Bevillinger:</translation>
    </message>
    <message>
        <source>(course of care)</source>
        <translation>(helhedsforløb)</translation>
    </message>
    <message>
        <source>%1 min/week</source>
        <translation>%1 min./uge</translation>
    </message>
    <message>
        <source>Show one citizen with network and grants.</source>
        <translation>Vis én borger med netværk og bevillinger.</translation>
    </message>
</context>
<context>
    <name>Kvarter::CitizenDepartures</name>
    <message>
        <source>There is no such citizen.</source>
        <translation>Borgeren findes ikke.</translation>
    </message>
    <message>
        <source>The day the citizen left must be today or earlier.</source>
        <translation>Dagen, borgeren stoppede, skal være i dag eller tidligere.</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>fraflyttet</translation>
    </message>
    <message>
        <source>died</source>
        <translation>død</translation>
    </message>
    <message>
        <source>help ended</source>
        <translation>hjælpen ophørt</translation>
    </message>
</context>
<context>
    <name>Kvarter::CitizenEditCommand</name>
    <message>
        <source>Change a citizen&apos;s details.</source>
        <translation>Ret en borgers oplysninger.</translation>
    </message>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>Citizen changed: %1</source>
        <translation>Borger rettet: %1</translation>
    </message>
</context>
<context>
    <name>Kvarter::CitizenLeaveCommand</name>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>The day the citizen left (YYYY-MM-DD; default today).</source>
        <translation>Dagen, borgeren stoppede (ÅÅÅÅ-MM-DD; ellers i dag).</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>moved, died or ended.</source>
        <translation>moved (fraflyttet), died (død) eller ended (ophørt).</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>årsag</translation>
    </message>
    <message>
        <source>The citizen did not leave after all.</source>
        <translation>Borgeren stoppede alligevel ikke.</translation>
    </message>
    <message>
        <source>%1 is the team&apos;s citizen again.</source>
        <translation>%1 er igen teamets borger.</translation>
    </message>
    <message>
        <source>give --reason moved, died or ended.</source>
        <translation>angiv --reason moved, died eller ended.</translation>
    </message>
    <message>
        <source>--date &apos;%1&apos; is not a day; write it as 2026-03-02.</source>
        <translation>--date &apos;%1&apos; er ikke en dato; skriv den som 2026-03-02.</translation>
    </message>
    <message>
        <source>%1 left the team (%2) on %3; laptops remove their copy from %4.</source>
        <translation>%1 stoppede i teamet (%2) den %3; computerne fjerner deres kopi fra %4.</translation>
    </message>
    <message>
        <source>Record that a citizen left the team (moved, died, help ended).</source>
        <translation>Registrér, at en borger er stoppet i teamet (fraflyttet, død, hjælpen ophørt).</translation>
    </message>
</context>
<context>
    <name>Kvarter::CitizenListModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
</context>
<context>
    <name>Kvarter::CitizenListPage</name>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Search name, CPR number or address…</source>
        <translation>Søg navn, CPR-nummer eller adresse …</translation>
    </message>
    <message>
        <source>Search citizens</source>
        <translation>Søg borgere</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s)</source>
        <translation>
            <numerusform>%n borger</numerusform>
            <numerusform>%n borgere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) match</source>
        <translation>
            <numerusform>%n borger passer</numerusform>
            <numerusform>%n borgere passer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::CitizenPage</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primær</translation>
    </message>
    <message>
        <source>May be informed</source>
        <translation>Må informeres</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraf</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>&amp;Correct note…</source>
        <translation>&amp;Ret notat …</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>&amp;Nyt notat …</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Fixed people</source>
        <translation>Faste personer</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Bevillinger</translation>
    </message>
    <message>
        <source>This citizen is no longer in the team&apos;s records.</source>
        <translation>Borgeren findes ikke længere i teamets data.</translation>
    </message>
    <message>
        <source>CPR %1 · %2 years</source>
        <translation>CPR %1 · %2 år</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 %3&lt;br&gt;Phone: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>%1&lt;br&gt;%2 %3&lt;br&gt;Telefon: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Contact person: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Visitator: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Kontaktperson: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Visitator: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Course of care</source>
        <translation>Helhedsforløb</translation>
    </message>
    <message>
        <source>%1 min/week</source>
        <translation>%1 min./uge</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>[Correction] %1</source>
        <translation>[Rettelse] %1</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>◀ %1</source>
        <translation>◀ %1</translation>
    </message>
    <message>
        <source>New a&amp;ssessment…</source>
        <translation>Ny &amp;vurdering …</translation>
    </message>
    <message>
        <source>Correc&amp;t assessment…</source>
        <translation>Re&amp;t vurdering …</translation>
    </message>
    <message>
        <source>Make &amp;decision…</source>
        <translation>Træf &amp;afgørelse …</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktionsevne</translation>
    </message>
    <message>
        <source>You have an unfinished assessment from %1.</source>
        <translation>Du har en ufærdig vurdering fra %1.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>F&amp;ortsæt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>The assessment is saved.</source>
        <translation>Vurderingen er gemt.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>&amp;Who has looked…</source>
        <translation>&amp;Hvem har set journalen …</translation>
    </message>
    <message>
        <source>Everyone who has opened this citizen&apos;s record, and why</source>
        <translation>Alle, der har åbnet borgerens journal, og hvorfor</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Journalen kan ikke åbnes</translation>
    </message>
    <message>
        <source>C&amp;hange in condition…</source>
        <translation>Æn&amp;dring i tilstand …</translation>
    </message>
    <message>
        <source>The change is saved and is on the triage board.</source>
        <translation>Ændringen er gemt og står på triagetavlen.</translation>
    </message>
</context>
<context>
    <name>Kvarter::CitizenService</name>
    <message>
        <source>Enter the citizen&apos;s name.</source>
        <translation>Skriv borgerens navn.</translation>
    </message>
    <message>
        <source>Enter the address where the team visits.</source>
        <translation>Skriv adressen, hvor teamet kommer.</translation>
    </message>
    <message>
        <source>A Danish postcode has 4 digits.</source>
        <translation>Et dansk postnummer har 4 cifre.</translation>
    </message>
    <message>
        <source>Choose the team that helps the citizen.</source>
        <translation>Vælg det team, der hjælper borgeren.</translation>
    </message>
    <message>
        <source>Enter the relative&apos;s name.</source>
        <translation>Skriv den pårørendes navn.</translation>
    </message>
    <message>
        <source>Choose the citizen this person is related to.</source>
        <translation>Vælg den borger, personen er pårørende til.</translation>
    </message>
    <message>
        <source>A citizen with this CPR number is already registered.</source>
        <translation>Der er allerede registreret en borger med dette CPR-nummer.</translation>
    </message>
</context>
<context>
    <name>Kvarter::CitizensCommand</name>
    <message>
        <source>Words to find in name, CPR or address.</source>
        <translation>Ord at finde i navn, CPR-nummer eller adresse.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>At most this many citizens.</source>
        <translation>Højst så mange borgere.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>No citizens found.</source>
        <translation>Ingen borgere fundet.</translation>
    </message>
    <message>
        <source>List citizens (optionally searched).</source>
        <translation>Vis borgere (eventuelt søgt).</translation>
    </message>
</context>
<context>
    <name>Kvarter::CliApplication</name>
    <message>
        <source>Usage: kvarter-cli [--db PATH] [--json] [--now ISO-TIME] COMMAND [options]

Commands:
</source>
        <translation>Brug: kvarter-cli [--db STI] [--json] [--now ISO-TID] KOMMANDO [tilvalg]

Kommandoer:
</translation>
    </message>
    <message>
        <source>
Run &apos;kvarter-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>
Kør &apos;kvarter-cli KOMMANDO --help&apos; for en kommandos tilvalg.</translation>
    </message>
    <message>
        <source>Kvarter command line: scripting, administration and benchmarks.</source>
        <translation>Kvarters kommandolinje: scripts, administration og ydelsesmålinger.</translation>
    </message>
    <message>
        <source>Database file (default: the user&apos;s profile).</source>
        <translation>Databasefil (standard: brugerens profil).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>sti</translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation>Udskriv resultater som JSON.</translation>
    </message>
    <message>
        <source>Language of messages: da or en.</source>
        <translation>Sprog i beskeder: da eller en.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>sprog</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Vis hjælp.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Kommandoen, der skal køres.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.
%2</source>
        <translation>ukendt kommando &apos;%1&apos;.
%2</translation>
    </message>
    <message>
        <source>
Every command takes --now ISO-TIME (or the environment variable KVARTER_NOW) to run as of that time, e.g. 2026-03-02T09:30 (Copenhagen time unless an offset is given).</source>
        <translation>
Alle kommandoer tager --now ISO-TID (eller miljøvariablen KVARTER_NOW) for at køre, som om klokken var det, f.eks. 2026-03-02T09:30 (københavnsk tid, medmindre en forskydning er angivet).</translation>
    </message>
    <message>
        <source>Run as if it were this time (ISO 8601, e.g. 2026-03-02T09:30, Copenhagen time unless an offset is given); the environment variable KVARTER_NOW does the same. Default: the system clock.</source>
        <translation>Kør, som om klokken var dette tidspunkt (ISO 8601, f.eks. 2026-03-02T09:30, københavnsk tid, medmindre en forskydning er angivet); miljøvariablen KVARTER_NOW gør det samme. Standard: systemets ur.</translation>
    </message>
    <message>
        <source>ISO-TIME</source>
        <translation>ISO-TID</translation>
    </message>
    <message>
        <source>%1
Give the reason with --reason TEXT.</source>
        <translation>%1
Giv begrundelsen med --reason TEKST.</translation>
    </message>
</context>
<context>
    <name>Kvarter::CliContext</name>
    <message>
        <source>kvarter-cli: %1</source>
        <translation>kvarter-cli: %1</translation>
    </message>
    <message>
        <source>say who is acting with --as EMPLOYEE (id or initials).</source>
        <translation>angiv, hvem der handler, med --as MEDARBEJDER (id eller initialer).</translation>
    </message>
    <message>
        <source>no employee with id or initials &apos;%1&apos;.</source>
        <translation>ingen medarbejder med id eller initialer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a time; write it as ISO 8601, e.g. 2026-03-02T09:30 (Copenhagen time) or 2026-03-02T08:30:00Z.</source>
        <translation>%1 &apos;%2&apos; er ikke et tidspunkt; skriv det som ISO 8601, f.eks. 2026-03-02T09:30 (københavnsk tid) eller 2026-03-02T08:30:00Z.</translation>
    </message>
    <message>
        <source>the initials &apos;%1&apos; belong to %2 employees: %3; give the id instead.</source>
        <translation>initialerne &apos;%1&apos; tilhører %2 medarbejdere: %3; angiv id i stedet.</translation>
    </message>
    <message>
        <source>Who does it (employee id or initials).</source>
        <translation>Hvem gør det (medarbejderens id eller initialer).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>give the citizen&apos;s CPR number or id.</source>
        <translation>angiv borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>no citizen with CPR number or id &apos;%1&apos;.</source>
        <translation>ingen borger med CPR-nummer eller id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 has no PIN on this computer yet; choose one with: kvarter-cli pin set %2</source>
        <translation>%1 har endnu ingen PIN-kode på denne computer; vælg en med: kvarter-cli pin set %2</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN-kode for %1</translation>
    </message>
    <message>
        <source>%1 is needed: type it, or set %2 for a script.</source>
        <translation>%1 mangler: skriv den, eller sæt %2 i et script.</translation>
    </message>
    <message>
        <source>Why you need to open a citizen of another team (break the glass); the team leader sees it.</source>
        <translation>Hvorfor du skal åbne en borger fra et andet team (nødadgang); teamlederen ser det.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
</context>
<context>
    <name>Kvarter::ComplaintCommand</name>
    <message>
        <source>The decision complained about (none: list the register).</source>
        <translation>Afgørelsen, der klages over (ingen: vis klageregistret).</translation>
    </message>
    <message>
        <source>The day the complaint was received.</source>
        <translation>Den dag, klagen blev modtaget.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>How it came in: letter, email, phone or in-person.</source>
        <translation>Hvordan den kom ind: letter, email, phone eller in-person.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>A complaint registered wrongly, which this one corrects.</source>
        <translation>En fejlregistreret klage, som denne retter.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>  %1  decision %2  received %3 (%4)  reassess by %5  %6%7</source>
        <translation>  %1  afgørelse %2  modtaget %3 (%4)  genvurderes senest %5  %6%7</translation>
    </message>
    <message>
        <source>  OVERDUE</source>
        <translation>  FRIST OVERSKREDET</translation>
    </message>
    <message>
        <source>No complaints registered.</source>
        <translation>Ingen klager registreret.</translation>
    </message>
    <message>
        <source>give the day it was received with --received YYYY-MM-DD.</source>
        <translation>angiv med --received ÅÅÅÅ-MM-DD, hvilken dag den blev modtaget.</translation>
    </message>
    <message>
        <source>no decision with id &apos;%1&apos;.</source>
        <translation>ingen afgørelse med id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Complaint %1 registered; reassess the decision by %2, then uphold it (send it on to Ankestyrelsen) or change it.</source>
        <translation>Klage %1 registreret; genvurdér afgørelsen senest %2, og fasthold den derefter (send klagen videre til Ankestyrelsen), eller ændr den.</translation>
    </message>
    <message>
        <source>Note: received more than 4 weeks after the decision; check when the citizen received the letter.</source>
        <translation>Bemærk: modtaget mere end 4 uger efter afgørelsen; undersøg, hvornår borgeren modtog brevet.</translation>
    </message>
    <message>
        <source>Register a complaint about a decision, or list complaints.</source>
        <translation>Registrér en klage over en afgørelse, eller vis klager.</translation>
    </message>
</context>
<context>
    <name>Kvarter::ComplaintOutcomeCommand</name>
    <message>
        <source>The complaint&apos;s id.</source>
        <translation>Klagens id.</translation>
    </message>
    <message>
        <source>The decision is upheld and the complaint sent on to Ankestyrelsen.</source>
        <translation>Afgørelsen fastholdes, og klagen sendes videre til Ankestyrelsen.</translation>
    </message>
    <message>
        <source>The decision was changed by this new decision.</source>
        <translation>Afgørelsen blev ændret ved denne nye afgørelse.</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>afgørelse</translation>
    </message>
    <message>
        <source>A note for the register.</source>
        <translation>Et notat til klageregistret.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>give the complaint&apos;s id.</source>
        <translation>angiv klagens id.</translation>
    </message>
    <message>
        <source>give either --upheld or --changed DECISION-ID.</source>
        <translation>angiv enten --upheld eller --changed AFGØRELSES-ID.</translation>
    </message>
    <message>
        <source>Upheld: send the complaint and the case on to Ankestyrelsen.</source>
        <translation>Fastholdt: send klagen og sagen videre til Ankestyrelsen.</translation>
    </message>
    <message>
        <source>Changed by decision %1.</source>
        <translation>Ændret ved afgørelse %1.</translation>
    </message>
    <message>
        <source>Record a complaint&apos;s outcome: upheld (sent on) or changed.</source>
        <translation>Registrér udfaldet af en klage: fastholdt (sendt videre) eller ændret.</translation>
    </message>
</context>
<context>
    <name>Kvarter::ComplaintService</name>
    <message>
        <source>letter</source>
        <translation>brev</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>personligt fremmøde</translation>
    </message>
    <message>
        <source>There is no decision with this id.</source>
        <translation>Der er ingen afgørelse med dette id.</translation>
    </message>
    <message>
        <source>An escalation is not a decision yet: there is nothing to complain about.</source>
        <translation>En eskalering er endnu ikke en afgørelse: der er intet at klage over.</translation>
    </message>
    <message>
        <source>Enter the date the complaint was received.</source>
        <translation>Skriv den dato, klagen blev modtaget.</translation>
    </message>
    <message>
        <source>A complaint cannot be received in the future.</source>
        <translation>En klage kan ikke være modtaget i fremtiden.</translation>
    </message>
    <message>
        <source>How did it come in: %1?</source>
        <translation>Hvordan kom klagen ind: %1?</translation>
    </message>
    <message>
        <source>The complaint to correct does not exist.</source>
        <translation>Klagen, der skal rettes, findes ikke.</translation>
    </message>
    <message>
        <source>There is no complaint with this id.</source>
        <translation>Der er ingen klage med dette id.</translation>
    </message>
    <message>
        <source>Choose upheld or changed.</source>
        <translation>Vælg fastholdt eller ændret.</translation>
    </message>
    <message>
        <source>A changed decision is a new decision about the same citizen: give its id.</source>
        <translation>En ændret afgørelse er en ny afgørelse om samme borger: angiv dens id.</translation>
    </message>
</context>
<context>
    <name>Kvarter::ConditionRow</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Level: 0–4, or 9 when not relevant; empty = not assessed</source>
        <translation>Niveau: 0–4, eller 9, når det ikke er relevant; tom = ikke vurderet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Potential problem</source>
        <translation>Potentielt problem</translation>
    </message>
    <message>
        <source>Problem or potential problem; empty = not assessed</source>
        <translation>Problem eller potentielt problem; tom = ikke vurderet</translation>
    </message>
    <message>
        <source>Expected level %1</source>
        <translation>Forventet niveau %1</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>potential</source>
        <translation>potentielt</translation>
    </message>
    <message>
        <source>Last: %1 (%2)</source>
        <translation>Sidst: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Kvarter::ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Værdi nu</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anden værdi</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 på %2, %3</translation>
    </message>
</context>
<context>
    <name>Kvarter::ConflictResolveCommand</name>
    <message>
        <source>Settle a sync conflict.</source>
        <translation>Afgør en synkroniseringskonflikt.</translation>
    </message>
    <message>
        <source>The record&apos;s id (row_id in &apos;conflicts --json&apos;).</source>
        <translation>Postens id (row_id i &apos;conflicts --json&apos;).</translation>
    </message>
    <message>
        <source>The field (field in &apos;conflicts --json&apos;).</source>
        <translation>Feltet (field i &apos;conflicts --json&apos;).</translation>
    </message>
    <message>
        <source>The losing write (losing_version in &apos;conflicts --json&apos;).</source>
        <translation>Den tabende skrivning (losing_version i &apos;conflicts --json&apos;).</translation>
    </message>
    <message>
        <source>current keeps the value in the record, other brings the losing one back.</source>
        <translation>current beholder værdien i posten, other henter den tabende tilbage.</translation>
    </message>
    <message>
        <source>current|other</source>
        <translation>current|other</translation>
    </message>
    <message>
        <source>give the row id, the field and the losing version, as &apos;conflicts --json&apos; prints them.</source>
        <translation>angiv postens id, feltet og den tabende version, som &apos;conflicts --json&apos; skriver dem.</translation>
    </message>
    <message>
        <source>--keep &apos;%1&apos; is neither current nor other.</source>
        <translation>--keep &apos;%1&apos; er hverken current eller other.</translation>
    </message>
    <message>
        <source>%1, %2: kept %3.</source>
        <translation>%1, %2: beholdt %3.</translation>
    </message>
    <message>
        <source>no open conflict on %1 %2 with losing version %3; see &apos;kvarter-cli conflicts --json&apos;.</source>
        <translation>ingen åben konflikt på %1 %2 med tabende version %3; se &apos;kvarter-cli conflicts --json&apos;.</translation>
    </message>
</context>
<context>
    <name>Kvarter::ConflictsCommand</name>
    <message>
        <source>No open conflicts.</source>
        <translation>Ingen åbne konflikter.</translation>
    </message>
    <message>
        <source>List the open sync conflicts.</source>
        <translation>Vis de åbne synkroniseringskonflikter.</translation>
    </message>
</context>
<context>
    <name>Kvarter::ConflictsPage</name>
    <message>
        <source>Keep the value &amp;now</source>
        <translation>Behold værdien &amp;nu</translation>
    </message>
    <message>
        <source>Use the &amp;other value</source>
        <translation>Brug den &amp;anden værdi</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Two people changed the same thing while they were apart. Nothing is lost: choose which value should hold. Your choice is synced to the team.</source>
        <translation>To personer ændrede det samme, mens de var hver for sig. Intet er gået tabt: vælg, hvilken værdi der skal gælde. Dit valg synkroniseres til teamet.</translation>
    </message>
    <message>
        <source>No conflicts — the team&apos;s laptops agree.</source>
        <translation>Ingen konflikter — teamets computere er enige.</translation>
    </message>
    <message>
        <source>Saved. The choice goes to the team with the next sync.</source>
        <translation>Gemt. Valget sendes til teamet ved næste synkronisering.</translation>
    </message>
</context>
<context>
    <name>Kvarter::ContinuityModel</name>
    <message>
        <source>%1 different staff on %2 visits in the last %3 days</source>
        <translation>%1 forskellige medarbejdere på %2 besøg de seneste %3 dage</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Staff (14 d)</source>
        <translation>Medarb. (14 d.)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
</context>
<context>
    <name>Kvarter::CourseLevels</name>
    <message>
        <source>course level 1 (light)</source>
        <translation>forløbsniveau 1 (let)</translation>
    </message>
    <message>
        <source>course level 2 (moderate)</source>
        <translation>forløbsniveau 2 (moderat)</translation>
    </message>
    <message>
        <source>course level 3 (substantial)</source>
        <translation>forløbsniveau 3 (betydeligt)</translation>
    </message>
    <message>
        <source>course level 4 (extensive)</source>
        <translation>forløbsniveau 4 (omfattende)</translation>
    </message>
    <message>
        <source>course (level not stated)</source>
        <translation>forløb (niveau ikke angivet)</translation>
    </message>
</context>
<context>
    <name>Kvarter::Cpr</name>
    <message>
        <source>Enter the citizen&apos;s CPR number.</source>
        <translation>Skriv borgerens CPR-nummer.</translation>
    </message>
    <message>
        <source>A CPR number has 10 digits, written as DDMMYY-SSSS.</source>
        <translation>Et CPR-nummer har 10 cifre, skrevet som DDMMÅÅ-SSSS.</translation>
    </message>
    <message>
        <source>The first six digits of a CPR number must be a real birth date (DDMMYY).</source>
        <translation>De første seks cifre i et CPR-nummer skal være en rigtig fødselsdato (DDMMÅÅ).</translation>
    </message>
    <message>
        <source>This CPR number gives a birth date in the future (%1).</source>
        <translation>Dette CPR-nummer giver en fødselsdato i fremtiden (%1).</translation>
    </message>
</context>
<context>
    <name>Kvarter::Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Kan ikke oprette mappen %1 til databasen.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan ikke åbne databasen %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Kvarter program (%2, process %3). Close that program first; nothing has been changed.</source>
        <translation>Databasen %1 er allerede åben i et andet Kvarter-program (%2, proces %3). Luk det program først; intet er ændret.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Kvarter database. It has not been changed; restore it from a backup or choose another file.</source>
        <translation>Filen %1 er beskadiget eller er ikke en Kvarter-database. Den er ikke ændret; genskab den fra en sikkerhedskopi, eller vælg en anden fil.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database, but not a Kvarter database. It has not been changed.</source>
        <translation>Filen %1 er en SQLite-database, men ikke en Kvarter-database. Den er ikke ændret.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Databasen meldte en fejl: %1</translation>
    </message>
    <message>
        <source>Broken reference in %1 (row %2) to %3</source>
        <translation>Brudt henvisning i %1 (række %2) til %3</translation>
    </message>
    <message>
        <source>Part of the change failed, so none of it was saved.</source>
        <translation>En del af ændringen mislykkedes, så intet af den blev gemt.</translation>
    </message>
    <message>
        <source>Cannot create the database %1.</source>
        <translation>Kan ikke oprette databasen %1.</translation>
    </message>
</context>
<context>
    <name>Kvarter::DecideCommand</name>
    <message>
        <source>Why (facts and main considerations); needed when the citizen does not get everything asked for.</source>
        <translation>Begrundelse (faktiske forhold og hovedhensyn); kræves, når borgeren ikke får alt, hvad der er søgt om.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>The concrete, individual reason for a reduction or an end.</source>
        <translation>Den konkrete, individuelle årsag til en nedsættelse eller et ophør.</translation>
    </message>
    <message>
        <source>When the citizen was heard (ISO time).</source>
        <translation>Hvornår borgeren blev hørt (ISO-tid).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tid</translation>
    </message>
    <message>
        <source>How: in-person, phone, letter or email.</source>
        <translation>Hvordan: in-person, phone, letter eller email.</translation>
    </message>
    <message>
        <source>how</source>
        <translation>hvordan</translation>
    </message>
    <message>
        <source>The next follow-up (default: as late as the frame allows).</source>
        <translation>Næste opfølgning (standard: så sent, som rammen tillader).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; write it as YYYY-MM-DDTHH:MM.</source>
        <translation>&apos;%1&apos; er ikke et tidspunkt; skriv det som ÅÅÅÅ-MM-DDTtt:mm.</translation>
    </message>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>The FSIII service code (e.g. H1.1, Personlig_hjaelp_og_pleje).</source>
        <translation>FSIII-indsatskoden (f.eks. H1.1, Personlig_hjaelp_og_pleje).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>Minutes per week (SEL § 83 and other minute-based services).</source>
        <translation>Minutter pr. uge (SEL § 83 og andre minutbaserede indsatser).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The course level (Ældrelov helhedspleje), 1–4.</source>
        <translation>Forløbsniveauet (helhedspleje efter ældreloven), 1–4.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>End the citizen&apos;s grant of the service.</source>
        <translation>Afslut borgerens bevilling af indsatsen.</translation>
    </message>
    <message>
        <source>What the citizen asked for, if more than is proposed.</source>
        <translation>Hvad borgeren har søgt om, hvis det er mere end det foreslåede.</translation>
    </message>
    <message>
        <source>The citizen wants the reduction or end too.</source>
        <translation>Borgeren ønsker selv nedsættelsen eller ophøret.</translation>
    </message>
    <message>
        <source>The FSIII assessment the proposal is made from.</source>
        <translation>FSIII-vurderingen, som forslaget bygger på.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The grant to change (default: the citizen&apos;s grant of the service).</source>
        <translation>Bevillingen, der skal ændres (standard: borgerens bevilling af indsatsen).</translation>
    </message>
    <message>
        <source>When the change starts; with --end the last day with help (default: today).</source>
        <translation>Hvornår ændringen træder i kraft; med --end den sidste dag med hjælp (standard: i dag).</translation>
    </message>
    <message>
        <source>What was applied for, or why the case was opened.</source>
        <translation>Hvad der er søgt om, eller hvorfor sagen blev rejst.</translation>
    </message>
    <message>
        <source>Only show the frame check and the economic effect; write nothing.</source>
        <translation>Vis kun rammetjekket og den økonomiske virkning; gem intet.</translation>
    </message>
    <message>
        <source>give the citizen&apos;s CPR number or id.</source>
        <translation>angiv borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>give the service with --service CODE.</source>
        <translation>angiv indsatsen med --service KODE.</translation>
    </message>
    <message>
        <source>give either --minutes N or --course LEVEL (or --end).</source>
        <translation>angiv enten --minutes N eller --course NIVEAU (eller --end).</translation>
    </message>
    <message>
        <source>no citizen with CPR number or id &apos;%1&apos;.</source>
        <translation>ingen borger med CPR-nummer eller id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Team frame: %1 of %2 hours per week used; this changes it by %3.</source>
        <translation>Teamets ramme: %1 af %2 timer pr. uge brugt; dette ændrer forbruget med %3.</translation>
    </message>
    <message>
        <source>Outside the frame, would be escalated: %1</source>
        <translation>Uden for rammen, ville blive eskaleret: %1</translation>
    </message>
    <message>
        <source>Escalated to %1 (the citizen&apos;s visitator): %2
Decision %3, case %4.</source>
        <translation>Eskaleret til %1 (borgerens visitator): %2
Afgørelse %3, sag %4.</translation>
    </message>
    <message>
        <source>Decided: %1 for %2 ends (last day %3).
Decision %4, case %5.</source>
        <translation>Afgjort: %1 for %2 ophører (sidste dag %3).
Afgørelse %4, sag %5.</translation>
    </message>
    <message>
        <source>Decided: %1 for %2, %3 from %4.
Decision %5, case %6.</source>
        <translation>Afgjort: %1 for %2, %3 fra %4.
Afgørelse %5, sag %6.</translation>
    </message>
    <message>
        <source>Decide a grant change within your frame, or escalate it.</source>
        <translation>Træf afgørelse om en ændret bevilling inden for din ramme, eller eskalér den.</translation>
    </message>
</context>
<context>
    <name>Kvarter::DecisionCorrectCommand</name>
    <message>
        <source>The id of the decision to correct.</source>
        <translation>Id på afgørelsen, der skal rettes.</translation>
    </message>
    <message>
        <source>The corrected justification.</source>
        <translation>Den rettede begrundelse.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>The corrected reason for a reduction or an end.</source>
        <translation>Den rettede årsag til en nedsættelse eller et ophør.</translation>
    </message>
    <message>
        <source>give the id of the decision to correct.</source>
        <translation>angiv id på afgørelsen, der skal rettes.</translation>
    </message>
    <message>
        <source>give the corrected --justification or --reason.</source>
        <translation>angiv den rettede --justification eller --reason.</translation>
    </message>
    <message>
        <source>no decision with id &apos;%1&apos;.</source>
        <translation>ingen afgørelse med id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Decision %1 corrected by decision %2; the old record stays readable.</source>
        <translation>Afgørelse %1 rettet med afgørelse %2; den gamle registrering kan stadig læses.</translation>
    </message>
    <message>
        <source>Correct a decision&apos;s justification or reason.</source>
        <translation>Ret en afgørelses begrundelse eller årsag.</translation>
    </message>
</context>
<context>
    <name>Kvarter::DecisionDialog</name>
    <message>
        <source>&amp;End the help</source>
        <translation>&amp;Afslut hjælpen</translation>
    </message>
    <message>
        <source> min/week</source>
        <translation> min./uge</translation>
    </message>
    <message>
        <source>What is proposed</source>
        <translation>Det, der foreslås</translation>
    </message>
    <message>
        <source>The citizen &amp;agrees to the reduction or end</source>
        <translation>Borgeren er &amp;enig i nedsættelsen eller ophøret</translation>
    </message>
    <message>
        <source>What was applied for, or why the case was opened</source>
        <translation>Hvad der er søgt om, eller hvorfor sagen blev rejst</translation>
    </message>
    <message>
        <source>The facts from the assessment and the main considerations</source>
        <translation>De faktiske forhold fra vurderingen og hovedhensynene</translation>
    </message>
    <message>
        <source>For a reduction or an end: what has changed for this citizen</source>
        <translation>Ved nedsættelse eller ophør: hvad der har ændret sig for netop denne borger</translation>
    </message>
    <message>
        <source>The citizen was &amp;heard</source>
        <translation>Borgeren blev &amp;hørt</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Indsats:</translation>
    </message>
    <message>
        <source>&amp;New extent:</source>
        <translation>&amp;Nyt omfang:</translation>
    </message>
    <message>
        <source>The citizen asked &amp;for:</source>
        <translation>Borgeren har &amp;søgt om:</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>Ansø&amp;gning:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>Begr&amp;undelse:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
    <message>
        <source>Hearing:</source>
        <translation>Partshøring:</translation>
    </message>
    <message>
        <source>Based on a&amp;ssessment:</source>
        <translation>Bygger på &amp;vurdering:</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Træf afgørelse</translation>
    </message>
    <message>
        <source>Show &amp;letter</source>
        <translation>Vis &amp;brev</translation>
    </message>
    <message>
        <source>Save letter as P&amp;DF…</source>
        <translation>Gem brev som P&amp;DF …</translation>
    </message>
    <message>
        <source>Decision for %1</source>
        <translation>Afgørelse for %1</translation>
    </message>
    <message>
        <source>%1 — now %2</source>
        <translation>%1 — nu %2</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nyt: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Decided now by you, as the visitation authority</source>
        <translation>Afgøres nu af dig på visitationens vegne</translation>
    </message>
    <message>
        <source>Decided now, within your frame</source>
        <translation>Afgøres nu, inden for din ramme</translation>
    </message>
    <message>
        <source>Sent to visitator %1 (outside the frame: %2)</source>
        <translation>Sendes til visitator %1 (uden for rammen: %2)</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(ingen udpeget)</translation>
    </message>
    <message>
        <source>Team&apos;s economic frame: %1 → %2 of %3 hours/week</source>
        <translation>Teamets økonomiske ramme: %1 → %2 af %3 timer/uge</translation>
    </message>
    <message>
        <source>Team&apos;s use: %1 → %2 hours/week (no economic frame set)</source>
        <translation>Teamets forbrug: %1 → %2 timer/uge (ingen økonomisk ramme sat)</translation>
    </message>
    <message>
        <source>— over the frame by %1 hours/week</source>
        <translation>— %1 timer/uge over rammen</translation>
    </message>
    <message>
        <source>Effect: %1 hours/week</source>
        <translation>Virkning: %1 timer/uge</translation>
    </message>
    <message>
        <source>(%1%2 hours/week)</source>
        <translation>(%1%2 timer/uge)</translation>
    </message>
    <message>
        <source>Not yet a decision: see the fields marked in red.</source>
        <translation>Endnu ikke en afgørelse: se felterne markeret med rødt.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) left before the decision can be made.</source>
        <translation>
            <numerusform>%n ting skal rettes, før afgørelsen kan træffes.</numerusform>
            <numerusform>%n ting skal rettes, før afgørelsen kan træffes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided: case %1, from %2. The grant is changed; the letter is ready.</source>
        <translation>Afgjort: sag %1, fra %2. Bevillingen er ændret; brevet er klar.</translation>
    </message>
    <message>
        <source>Sent to visitator %1 as case %2. The answer comes on the citizen&apos;s page.</source>
        <translation>Sendt til visitator %1 som sag %2. Svaret kommer på borgerens side.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Gem brev som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gemt som %1.</translation>
    </message>
    <message>
        <source>Leave the decision</source>
        <translation>Forlad afgørelsen</translation>
    </message>
    <message>
        <source>Nothing is decided yet. Leave and lose what you typed?</source>
        <translation>Der er endnu ikke truffet nogen afgørelse. Vil du gå og miste det, du har skrevet?</translation>
    </message>
</context>
<context>
    <name>Kvarter::DecisionLetter</name>
    <message>
        <source>%1 minutes per week</source>
        <translation>%1 minutter om ugen</translation>
    </message>
    <message>
        <source>We have looked at your need for help with %1 again, as we do when your situation changes.</source>
        <translation>Vi har set på dit behov for hjælp til %1 igen, som vi gør, når din situation ændrer sig.</translation>
    </message>
    <message>
        <source>You have asked for help with %1 (%2).</source>
        <translation>Du har søgt om hjælp til %1 (%2).</translation>
    </message>
    <message>
        <source>You are not granted help with %1 as you asked for (%2).</source>
        <translation>Du får ikke bevilget den hjælp til %1, som du har søgt om (%2).</translation>
    </message>
    <message>
        <source>The help you have now stays as it is: %1.</source>
        <translation>Den hjælp, du har nu, fortsætter uændret: %1.</translation>
    </message>
    <message>
        <source>You are granted a course of holistic care (helhedspleje) with %1, %2, from %3.</source>
        <translation>Du får bevilget et forløb med helhedspleje til %1, %2, fra %3.</translation>
    </message>
    <message>
        <source>You are granted help with %1: %2, from %3.</source>
        <translation>Du får bevilget hjælp til %1: %2 fra %3.</translation>
    </message>
    <message>
        <source>Your help with %1 is changed from %2 to %3, from %4.</source>
        <translation>Din hjælp til %1 ændres fra %2 til %3 med virkning fra %4.</translation>
    </message>
    <message>
        <source>Your help with %1 ends. The last day with this help is %2.</source>
        <translation>Din hjælp til %1 ophører. Den sidste dag med denne hjælp er %2.</translation>
    </message>
    <message>
        <source>You asked for %1. Why you are granted less is explained below, under &quot;Why we have decided this&quot;.</source>
        <translation>Du har søgt om %1. Hvorfor du får bevilget mindre, kan du læse nedenfor under »Hvorfor vi har truffet denne afgørelse«.</translation>
    </message>
    <message>
        <source>What the help holds, and when, we plan together with you, and we adjust it with you as your needs change.</source>
        <translation>Hvad hjælpen indeholder, og hvornår du får den, planlægger vi sammen med dig, og vi tilpasser den sammen med dig, når dine behov ændrer sig.</translation>
    </message>
    <message>
        <source>We will follow up on your help with you no later than %1.</source>
        <translation>Vi følger op på din hjælp sammen med dig senest %1.</translation>
    </message>
    <message>
        <source>Decision: refusal of help with %1</source>
        <translation>Afgørelse: afslag på hjælp til %1</translation>
    </message>
    <message>
        <source>Decision about your help with %1</source>
        <translation>Afgørelse om din hjælp til %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Responsible employee</source>
        <translation>Ansvarlig medarbejder</translation>
    </message>
    <message>
        <source>What the case is about</source>
        <translation>Hvad sagen handler om</translation>
    </message>
    <message>
        <source>Our decision</source>
        <translation>Vores afgørelse</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <source>Why we have decided this</source>
        <translation>Hvorfor vi har truffet denne afgørelse</translation>
    </message>
    <message>
        <source>What has changed for you: %1</source>
        <translation>Det, der har ændret sig for dig: %1</translation>
    </message>
    <message>
        <source>If you disagree: how to complain</source>
        <translation>Hvis du er uenig: sådan klager du</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Your fixed visitator is %1.</source>
        <translation>Din faste visitator er %1.</translation>
    </message>
    <message>
        <source>Your fixed visitator is %1. You can call directly on %2.</source>
        <translation>Din faste visitator er %1. Du kan ringe direkte på %2.</translation>
    </message>
</context>
<context>
    <name>Kvarter::DecisionRules</name>
    <message>
        <source>A reduction or an end needs a concrete reason about this citizen (what has changed for them), at least %1 characters.</source>
        <translation>En nedsættelse eller et ophør kræver en konkret årsag, der gælder netop denne borger (hvad der har ændret sig for borgeren), på mindst %1 tegn.</translation>
    </message>
    <message>
        <source>The citizen does not get everything asked for: write the justification (the facts from the assessment and the main considerations).</source>
        <translation>Borgeren får ikke alt, hvad der er søgt om: skriv begrundelsen (de faktiske forhold fra vurderingen og hovedhensynene).</translation>
    </message>
    <message>
        <source>The decision goes against the citizen&apos;s wish: record when the citizen was heard.</source>
        <translation>Afgørelsen går imod borgerens ønske: registrér, hvornår borgeren blev hørt.</translation>
    </message>
    <message>
        <source>The citizen must be heard before the decision, not after it.</source>
        <translation>Borgeren skal høres før afgørelsen, ikke efter.</translation>
    </message>
    <message>
        <source>Record how the citizen was heard: %1.</source>
        <translation>Registrér, hvordan borgeren blev hørt: %1.</translation>
    </message>
</context>
<context>
    <name>Kvarter::DecisionService</name>
    <message>
        <source>The citizen does not exist.</source>
        <translation>Borgeren findes ikke.</translation>
    </message>
    <message>
        <source>Choose a service from the FSIII catalogue.</source>
        <translation>Vælg en indsats fra FSIII-kataloget.</translation>
    </message>
    <message>
        <source>The grant is not one of this citizen&apos;s.</source>
        <translation>Bevillingen tilhører ikke denne borger.</translation>
    </message>
    <message>
        <source>%1 is granted as a course under Ældreloven: choose a course level between 1 and %2.</source>
        <translation>%1 bevilges som forløb efter ældreloven: vælg et forløbsniveau mellem 1 og %2.</translation>
    </message>
    <message>
        <source>%1 is granted in minutes per week: between 1 and %2.</source>
        <translation>%1 bevilges i minutter pr. uge: mellem 1 og %2.</translation>
    </message>
    <message>
        <source>The citizen has no grant of %1 to end.</source>
        <translation>Borgeren har ingen bevilling af %1, der kan afsluttes.</translation>
    </message>
    <message>
        <source>The citizen has this already; nothing would change.</source>
        <translation>Borgeren har allerede dette; intet ville ændre sig.</translation>
    </message>
    <message>
        <source>Decided by the visitation authority.</source>
        <translation>Afgjort af visitationen.</translation>
    </message>
    <message>
        <source>The proposal is outside your frame, and the citizen has no fixed visitator to send it to: ask the planner to name one.</source>
        <translation>Forslaget er uden for din ramme, og borgeren har ingen fast visitator at sende det til: bed planlæggeren om at udpege en.</translation>
    </message>
    <message>
        <source>There is no escalation with id %1.</source>
        <translation>Der er ingen eskalering med id %1.</translation>
    </message>
    <message>
        <source>This escalation has been decided already (decision %1).</source>
        <translation>Der er allerede truffet afgørelse om denne eskalering (afgørelse %1).</translation>
    </message>
    <message>
        <source>This escalation was corrected; decide the correction %1 instead.</source>
        <translation>Denne eskalering er rettet; træf i stedet afgørelse om rettelsen %1.</translation>
    </message>
    <message>
        <source>Decided by the visitator on a proposal outside the team&apos;s frame.</source>
        <translation>Afgjort af visitator på et forslag uden for teamets ramme.</translation>
    </message>
    <message>
        <source>Give the amount to grant.</source>
        <translation>Angiv, hvor meget der skal bevilges.</translation>
    </message>
    <message>
        <source>There is no decision with id %1.</source>
        <translation>Der er ingen afgørelse med id %1.</translation>
    </message>
    <message>
        <source>This decision has been corrected already; correct the newest record, %1.</source>
        <translation>Denne afgørelse er allerede rettet; ret den nyeste registrering, %1.</translation>
    </message>
    <message>
        <source>An escalation has no letter: the visitator&apos;s decision on it has.</source>
        <translation>En eskalering har intet brev; det har visitators afgørelse om den.</translation>
    </message>
</context>
<context>
    <name>Kvarter::DecisionsCommand</name>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>List decisions made apart on the same grant (the later one is in force).</source>
        <translation>Vis afgørelser, der er truffet hver for sig om samme bevilling (den seneste gælder).</translation>
    </message>
    <message>
        <source> (corrected by %1)</source>
        <translation> (rettet med %1)</translation>
    </message>
    <message>
        <source> (decided by the visitator: %1)</source>
        <translation> (afgjort af visitator: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Grant %1: %n decision(s) made apart; the last is in force.</source>
        <translation>
            <numerusform>Bevilling %1: %n afgørelse truffet hver for sig; den seneste gælder.</numerusform>
            <numerusform>Bevilling %1: %n afgørelser truffet hver for sig; den seneste gælder.</numerusform>
        </translation>
    </message>
    <message>
        <source>No decisions made apart wait for review.</source>
        <translation>Ingen afgørelser truffet hver for sig venter på gennemsyn.</translation>
    </message>
    <message>
        <source>give the citizen&apos;s CPR number or id, or --review.</source>
        <translation>angiv borgerens CPR-nummer eller id, eller --review.</translation>
    </message>
    <message>
        <source>no citizen with CPR number or id &apos;%1&apos;.</source>
        <translation>ingen borger med CPR-nummer eller id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No decisions about %1.</source>
        <translation>Ingen afgørelser om %1.</translation>
    </message>
    <message>
        <source>List a citizen&apos;s decisions, or those made apart for review.</source>
        <translation>Vis en borgers afgørelser, eller dem, der er truffet hver for sig, til gennemsyn.</translation>
    </message>
</context>
<context>
    <name>Kvarter::DemoCommand</name>
    <message>
        <source>Seed of the generator (same seed, same team).</source>
        <translation>Frø til generatoren (samme frø, samme team).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>team (12 staff, 50 citizens, 90 days) or section (60 staff, 300 citizens, 3 years).</source>
        <translation>team (12 medarbejdere, 50 borgere, 90 dage) eller section (60 medarbejdere, 300 borgere, 3 år).</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>omfang</translation>
    </message>
    <message>
        <source>unknown scale &apos;%1&apos;; use team or section.</source>
        <translation>ukendt omfang &apos;%1&apos;; brug team eller section.</translation>
    </message>
    <message>
        <source>the seed must be a whole number.</source>
        <translation>frøet skal være et helt tal.</translation>
    </message>
    <message>
        <source>the database %1 already holds %2 citizens; demo data only goes into an empty database.</source>
        <translation>databasen %1 har allerede %2 borgere; demodata kommer kun i en tom database.</translation>
    </message>
    <message>
        <source>Create a demo team (or section) in an empty database.</source>
        <translation>Opret et demoteam (eller en sektion) i en tom database.</translation>
    </message>
    <message>
        <source>The PIN every demo employee signs in with.</source>
        <translation>PIN-koden, alle demomedarbejdere logger ind med.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <source>--pin: %1</source>
        <translation>--pin: %1</translation>
    </message>
    <message>
        <source>Created %1 team(s), %2 employees, %3 citizens, %4 visits and %5 notes in %6 s. Every employee signs in with the PIN %7.</source>
        <translation>Oprettede %1 team, %2 medarbejdere, %3 borgere, %4 besøg og %5 notater på %6 s. Alle medarbejdere logger ind med PIN-koden %7.</translation>
    </message>
</context>
<context>
    <name>Kvarter::DepartureBox</name>
    <message>
        <source>&lt;b&gt;Left the team&lt;/b&gt; on %1 (%2). This laptop removes its copy from %3.</source>
        <translation>&lt;b&gt;Har forladt teamet&lt;/b&gt; den %1 (%2). Denne computer fjerner sin kopi fra %3.</translation>
    </message>
    <message>
        <source>&amp;Undo the leaving</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>Leaves the &amp;team…</source>
        <translation>Forlader &amp;teamet …</translation>
    </message>
    <message>
        <source>Undo the leaving</source>
        <translation>Fortryd at borgeren forlader teamet</translation>
    </message>
    <message>
        <source>%1 stays the team&apos;s citizen, and no laptop removes the record. Undo the leaving?</source>
        <translation>%1 forbliver teamets borger, og ingen computer fjerner journalen. Fortryd?</translation>
    </message>
</context>
<context>
    <name>Kvarter::DepartureDialog</name>
    <message>
        <source>%1 leaves the team</source>
        <translation>%1 forlader teamet</translation>
    </message>
    <message numerus="yes">
        <source>Record why and when &lt;b&gt;%1&lt;/b&gt; is no longer the team&apos;s citizen. Every laptop of the team keeps the record for %n more day(s) (time to complain about the last decision), then removes its copy. Nothing that has not been synced yet is removed, and the leaving can be undone until then.</source>
        <translation>
            <numerusform>Registrér hvorfor og hvornår &lt;b&gt;%1&lt;/b&gt; ikke længere er teamets borger. Alle teamets computere beholder journalen %n dag mere (tid til at klage over den sidste afgørelse) og fjerner derefter deres kopi. Intet, der endnu ikke er synkroniseret, fjernes, og det kan fortrydes indtil da.</numerusform>
            <numerusform>Registrér hvorfor og hvornår &lt;b&gt;%1&lt;/b&gt; ikke længere er teamets borger. Alle teamets computere beholder journalen %n dage mere (tid til at klage over den sidste afgørelse) og fjerner derefter deres kopi. Intet, der endnu ikke er synkroniseret, fjernes, og det kan fortrydes indtil da.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record the leaving</source>
        <translation>&amp;Registrér</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Hvorfor:</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Forlod teamet den:</translation>
    </message>
</context>
<context>
    <name>Kvarter::DesktopLauncher</name>
    <message>
        <source>Kvarter — offline-first tool for self-managing home-care teams.</source>
        <translation>Kvarter — offline-først værktøj til selvstyrende hjemmeplejeteams.</translation>
    </message>
    <message>
        <source>Database file (default: the user&apos;s profile).</source>
        <translation>Databasefil (standard: brugerens profil).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>sti</translation>
    </message>
    <message>
        <source>Start as this employee (id or initials).</source>
        <translation>Start som denne medarbejder (id eller initialer).</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>medarbejder</translation>
    </message>
    <message>
        <source>Language: da or en (default: the system&apos;s).</source>
        <translation>Sprog: da eller en (standard: systemets).</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>sprog</translation>
    </message>
    <message>
        <source>Save the window as PNG after loading, then quit.</source>
        <translation>Gem vinduet som PNG efter indlæsning, og afslut.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>page</source>
        <translation>side</translation>
    </message>
    <message>
        <source>With --screenshot: load every page first (memory benchmark).</source>
        <translation>Med --screenshot: indlæs alle sider først (hukommelsesmåling).</translation>
    </message>
    <message>
        <source>Kvarter cannot open the data</source>
        <translation>Kvarter kan ikke åbne data</translation>
    </message>
    <message>
        <source>Kvarter</source>
        <translation>Kvarter</translation>
    </message>
    <message>
        <source>Kvarter cannot go on</source>
        <translation>Kvarter kan ikke fortsætte</translation>
    </message>
    <message>
        <source>The database %1 has no team yet. Join one from the desktop, or create a demo team with
kvarter-cli --db %1 demo --scale team</source>
        <translation>Databasen %1 har endnu intet team. Meld dig ind i et fra skrivebordsprogrammet, eller lav et demoteam med
kvarter-cli --db %1 demo --scale team</translation>
    </message>
    <message>
        <source>Page for --screenshot: myday, citizens, citizen, plan, visitation or frame.</source>
        <translation type="vanished">Side til --screenshot: myday, citizens, citizen, plan, visitation eller frame.</translation>
    </message>
    <message>
        <source>Page for --screenshot: myday, citizens, citizen, plan, visitation, frame, lock or signin.</source>
        <translation type="vanished">Side til --screenshot: myday, citizens, citizen, plan, visitation, frame, lock eller signin.</translation>
    </message>
    <message>
        <source>%1 cannot sign in: %2 (set KVARTER_PIN).</source>
        <translation>%1 kan ikke logge ind: %2 (sæt KVARTER_PIN).</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1024x768.</source>
        <translation>Vinduets størrelse til --screenshot, fx 1024x768.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>størrelse</translation>
    </message>
    <message>
        <source>Page for --screenshot: myday, citizens, citizen, plan, visitation, frame, access-review, who-looked, lock or signin.</source>
        <translation type="vanished">Side til --screenshot: myday, citizens, citizen, plan, visitation, frame, access-review, who-looked, lock eller signin.</translation>
    </message>
    <message>
        <source>Page for --screenshot: myday, citizens, citizen, plan, week, visitation, frame, access-review, who-looked, lock or signin.</source>
        <translation type="vanished">Side til --screenshot: myday, citizens, citizen, plan, week, visitation, frame, access-review, who-looked, lock eller signin.</translation>
    </message>
    <message>
        <source>Page for --screenshot: myday, citizens, citizen, plan, week, triage, change, visitation, frame, access-review, who-looked, lock or signin.</source>
        <translation>Side til --screenshot: myday, citizens, citizen, plan, week, triage, change, visitation, frame, access-review, who-looked, lock eller signin.</translation>
    </message>
</context>
<context>
    <name>Kvarter::EconomicFramePage</name>
    <message>
        <source>grant</source>
        <translation>bevilge</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>øge</translation>
    </message>
    <message>
        <source>reduce</source>
        <translation>nedsætte</translation>
    </message>
    <message>
        <source>end</source>
        <translation>afslutte</translation>
    </message>
    <message>
        <source>Show &amp;history (every version)</source>
        <translation>Vis &amp;historik (alle versioner)</translation>
    </message>
    <message>
        <source>&amp;Edit frame…</source>
        <translation>&amp;Redigér ramme …</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The team&apos;s frame&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Teamets ramme&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The team&apos;s economic frame and what it uses, by week</source>
        <translation>Teamets økonomiske ramme og forbruget, uge for uge</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Må</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Op til</translation>
    </message>
    <message>
        <source>Follow-up within</source>
        <translation>Opfølgning inden for</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Sat af</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Delegated frames</source>
        <translation>Delegerede rammer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Delegated frames&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Delegerede rammer&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Frame (hours/week)</source>
        <translation>Ramme (timer/uge)</translation>
    </message>
    <message>
        <source>Used by grants and courses</source>
        <translation>Brugt af bevillinger og forløb</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Uge fra</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer pr. uge</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uge</translation>
    </message>
    <message>
        <source>No economic frame is set for the team. Its grants and courses use %1 hours per week.</source>
        <translation>Der er ikke sat nogen økonomisk ramme for teamet. Teamets bevillinger og forløb bruger %1 timer pr. uge.</translation>
    </message>
    <message>
        <source>This week the team&apos;s grants and courses use &lt;b&gt;%1&lt;/b&gt; of its &lt;b&gt;%2&lt;/b&gt; hours per week: %3 hours are left.</source>
        <translation>Denne uge bruger teamets bevillinger og forløb &lt;b&gt;%1&lt;/b&gt; af rammens &lt;b&gt;%2&lt;/b&gt; timer pr. uge: der er %3 timer tilbage.</translation>
    </message>
    <message>
        <source>This week the team&apos;s grants and courses use &lt;b&gt;%1&lt;/b&gt; hours per week, &lt;b&gt;%2 more&lt;/b&gt; than its frame of %3.</source>
        <translation>Denne uge bruger teamets bevillinger og forløb &lt;b&gt;%1&lt;/b&gt; timer pr. uge, &lt;b&gt;%2 mere&lt;/b&gt; end rammen på %3.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>tilbagekaldt</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n uge</numerusform>
            <numerusform>%n uger</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <source>The frame was saved as a new version; the earlier one stays in the history.</source>
        <translation>Rammen er gemt som en ny version; den tidligere bliver i historikken.</translation>
    </message>
</context>
<context>
    <name>Kvarter::EconomicFrameService</name>
    <message>
        <source>A team&apos;s frame is between 0 and 10000 hours per week.</source>
        <translation>Et teams ramme er mellem 0 og 10.000 timer pr. uge.</translation>
    </message>
</context>
<context>
    <name>Kvarter::EmployeePickerDialog</name>
    <message>
        <source>Who are you?</source>
        <translation type="vanished">Hvem er du?</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="vanished">&amp;Start</translation>
    </message>
    <message>
        <source>Choose your name to see your day.</source>
        <translation type="vanished">Vælg dit navn for at se din dag.</translation>
    </message>
</context>
<context>
    <name>Kvarter::EmployeesCommand</name>
    <message>
        <source>List the team&apos;s employees with their roles.</source>
        <translation>Vis teamets medarbejdere med deres roller.</translation>
    </message>
</context>
<context>
    <name>Kvarter::EscalationAnswerDialog</name>
    <message>
        <source>Refuse the proposal</source>
        <translation>Giv afslag på forslaget</translation>
    </message>
    <message>
        <source>Grant another amount</source>
        <translation>Bevilg et andet omfang</translation>
    </message>
    <message>
        <source>level </source>
        <translation>niveau </translation>
    </message>
    <message>
        <source> min/week</source>
        <translation> min./uge</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Omfang:</translation>
    </message>
    <message>
        <source>The facts and main considerations the decision rests on</source>
        <translation>De faktiske forhold og hovedhensyn, som afgørelsen bygger på</translation>
    </message>
    <message>
        <source>The concrete, individual reason (for a refusal or a reduction)</source>
        <translation>Den konkrete, individuelle årsag (ved afslag eller nedsættelse)</translation>
    </message>
    <message>
        <source>(not heard)</source>
        <translation>(ikke hørt)</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>Begr&amp;undelse:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
    <message>
        <source>Heard &amp;how:</source>
        <translation>Hørt &amp;hvordan:</translation>
    </message>
    <message>
        <source>&amp;Heard on:</source>
        <translation>Hørt &amp;den:</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>Giv &amp;afslag</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Bevilg</translation>
    </message>
    <message>
        <source>A refusal goes against the citizen&apos;s wish: say why, and record when and how the citizen was heard before the decision.</source>
        <translation>Et afslag går imod borgerens ønske: skriv hvorfor, og registrér, hvornår og hvordan borgeren blev hørt før afgørelsen.</translation>
    </message>
    <message>
        <source>Grant another amount than proposed. If it is less than the citizen asked for, say why and record the hearing.</source>
        <translation>Bevilg et andet omfang end det foreslåede. Er det mindre, end borgeren har søgt om, så skriv hvorfor, og registrér partshøringen.</translation>
    </message>
    <message>
        <source>Discard the answer?</source>
        <translation>Kassér svaret?</translation>
    </message>
    <message>
        <source>What you wrote is not saved. Close the form anyway?</source>
        <translation>Det, du har skrevet, er ikke gemt. Vil du lukke formularen alligevel?</translation>
    </message>
</context>
<context>
    <name>Kvarter::EscalationDecideCommand</name>
    <message>
        <source>The escalated decision&apos;s id.</source>
        <translation>Id på den eskalerede afgørelse.</translation>
    </message>
    <message>
        <source>Grant this many minutes per week instead of what was proposed.</source>
        <translation>Bevilg så mange minutter pr. uge i stedet for det foreslåede.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Grant this course level instead of what was proposed.</source>
        <translation>Bevilg dette forløbsniveau i stedet for det foreslåede.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>Refuse the proposal (a justification and a hearing are needed).</source>
        <translation>Giv afslag på forslaget (kræver begrundelse og partshøring).</translation>
    </message>
    <message>
        <source>give the id of the escalation.</source>
        <translation>angiv eskaleringens id.</translation>
    </message>
    <message>
        <source>no decision with id &apos;%1&apos;.</source>
        <translation>ingen afgørelse med id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Refused. Decision %1, case %2.</source>
        <translation>Afslag. Afgørelse %1, sag %2.</translation>
    </message>
    <message>
        <source>Decided: %1. Decision %2, case %3.</source>
        <translation>Afgjort: %1. Afgørelse %2, sag %3.</translation>
    </message>
    <message>
        <source>Decide an escalated proposal (as the visitator).</source>
        <translation>Træf afgørelse om et eskaleret forslag (som visitator).</translation>
    </message>
</context>
<context>
    <name>Kvarter::EscalationsCommand</name>
    <message numerus="yes">
        <source>  %1  %2: %3 %4 (proposed by %5, %n day(s) ago)</source>
        <translation>
            <numerusform>  %1  %2: %3 %4 (foreslået af %5 for %n dag siden)</numerusform>
            <numerusform>  %1  %2: %3 %4 (foreslået af %5 for %n dage siden)</numerusform>
        </translation>
    </message>
    <message>
        <source>No escalations are waiting.</source>
        <translation>Ingen eskaleringer venter.</translation>
    </message>
    <message>
        <source>List proposals waiting for the visitator, by team.</source>
        <translation>Vis forslag, der venter på visitator, pr. team.</translation>
    </message>
</context>
<context>
    <name>Kvarter::FieldErrorLabels</name>
    <message numerus="yes">
        <source>%n thing(s) left to fix.</source>
        <translation>
            <numerusform>%n ting mangler at blive rettet.</numerusform>
            <numerusform>%n ting mangler at blive rettet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::FollowUpCommand</name>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>How the citizen is today.</source>
        <translation>Hvordan borgeren har det i dag.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Today&apos;s follow-up of %1 recorded.</source>
        <translation>Dagens opfølgning på %1 er registreret.</translation>
    </message>
    <message>
        <source>Tick today&apos;s follow-up of a yellow citizen.</source>
        <translation>Afkryds dagens opfølgning på en gul borger.</translation>
    </message>
</context>
<context>
    <name>Kvarter::FrameCheck</name>
    <message>
        <source>grant</source>
        <translation>bevilge</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>øge</translation>
    </message>
    <message>
        <source>reduce</source>
        <translation>nedsætte</translation>
    </message>
    <message>
        <source>end</source>
        <translation>afslutte</translation>
    </message>
    <message>
        <source>The service is not in the FSIII catalogue.</source>
        <translation>Indsatsen findes ikke i FSIII-kataloget.</translation>
    </message>
    <message>
        <source>No frame lets a %1 decide %2.</source>
        <translation>Ingen ramme giver en %1 lov til at træffe afgørelse om %2.</translation>
    </message>
    <message>
        <source>The frame does not let a %1 %2 %3.</source>
        <translation>Rammen giver ikke en %1 lov til at %2 %3.</translation>
    </message>
    <message>
        <source>%1 minutes per week is above the frame&apos;s %2 minutes per week for a %3.</source>
        <translation>%1 minutter pr. uge er over rammens %2 minutter pr. uge for en %3.</translation>
    </message>
    <message>
        <source>%1 is above the frame&apos;s %2 for a %3.</source>
        <translation>%1 er over rammens %2 for en %3.</translation>
    </message>
    <message>
        <source>The frame allows at most %1 weeks until the next follow-up.</source>
        <translation>Rammen tillader højst %1 uger til næste opfølgning.</translation>
    </message>
    <message>
        <source>Inside the frame for a %1.</source>
        <translation>Inden for rammen for en %1.</translation>
    </message>
</context>
<context>
    <name>Kvarter::FrameCommand</name>
    <message>
        <source>The team (id or name; default: your own).</source>
        <translation>Teamet (id eller navn; standard: dit eget).</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>Set a frame: --set ROLE SERVICE MAX (minutes per week, or a course level).</source>
        <translation>Sæt en ramme: --set ROLLE INDSATS MAKS (minutter pr. uge eller et forløbsniveau).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>With --set: the latest follow-up in weeks (0: no limit).</source>
        <translation>Med --set: seneste opfølgning i uger (0: ingen grænse).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>With --set: what may be done (grant,increase,reduce,end).</source>
        <translation>Med --set: hvad der må gøres (grant,increase,reduce,end).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>With --set ROLE SERVICE: withdraw the right instead.</source>
        <translation>Med --set ROLLE INDSATS: tilbagekald i stedet retten.</translation>
    </message>
    <message>
        <source>Set the team&apos;s economic frame, hours per week.</source>
        <translation>Sæt teamets økonomiske ramme, timer pr. uge.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>List every version of the team&apos;s frames, newest first.</source>
        <translation>Vis alle versioner af teamets rammer, nyeste først.</translation>
    </message>
    <message>
        <source>no team with id or name &apos;%1&apos;.</source>
        <translation>intet team med id eller navn &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role (nurse, sosu-assistant, therapist, planner, …).</source>
        <translation>&apos;%1&apos; er ikke en rolle (nurse, sosu-assistant, therapist, planner, …).</translation>
    </message>
    <message>
        <source>give --set ROLE SERVICE --withdraw.</source>
        <translation>angiv --set ROLLE INDSATS --withdraw.</translation>
    </message>
    <message>
        <source>give --set ROLE SERVICE MAX.</source>
        <translation>angiv --set ROLLE INDSATS MAKS.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; er ikke et tal.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of weeks.</source>
        <translation>&apos;%1&apos; er ikke et antal uger.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hours.</source>
        <translation>&apos;%1&apos; er ikke et antal timer.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>tilbagekaldt</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>op til %1</translation>
    </message>
    <message>
        <source>up to %1 min/week</source>
        <translation>op til %1 min./uge</translation>
    </message>
    <message>
        <source>, follow-up within %1 weeks</source>
        <translation>, opfølgning inden for %1 uger</translation>
    </message>
    <message>
        <source>  %1 by %2</source>
        <translation>  %1 af %2</translation>
    </message>
    <message>
        <source>  No frames: every proposal goes to the visitator.</source>
        <translation>  Ingen rammer: alle forslag går til visitator.</translation>
    </message>
    <message>
        <source>Every version of the delegated frames, newest first:</source>
        <translation>Alle versioner af de delegerede rammer, nyeste først:</translation>
    </message>
    <message>
        <source>Delegated frames:</source>
        <translation>Delegerede rammer:</translation>
    </message>
    <message>
        <source>Economic frame: %1 of %2 hours per week used (%3 grants).</source>
        <translation>Økonomisk ramme: %1 af %2 timer pr. uge brugt (%3 bevillinger).</translation>
    </message>
    <message>
        <source>Economic frame: not set; the team&apos;s grants use %1 hours per week.</source>
        <translation>Økonomisk ramme: ikke sat; teamets bevillinger bruger %1 timer pr. uge.</translation>
    </message>
    <message>
        <source>Frame version %1 written.</source>
        <translation>Rammeversion %1 gemt.</translation>
    </message>
    <message>
        <source>Show or change the team&apos;s delegated frames.</source>
        <translation>Vis eller ændr teamets delegerede rammer.</translation>
    </message>
</context>
<context>
    <name>Kvarter::FrameRuleDialog</name>
    <message>
        <source>The right is in &amp;force</source>
        <translation>Retten er i &amp;kraft</translation>
    </message>
    <message>
        <source>Edit delegated frame</source>
        <translation>Redigér delegeret ramme</translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation>Hele %1</translation>
    </message>
    <message>
        <source>&amp;grant</source>
        <translation>&amp;bevilge</translation>
    </message>
    <message>
        <source>&amp;increase</source>
        <translation>&amp;øge</translation>
    </message>
    <message>
        <source>re&amp;duce</source>
        <translation>&amp;nedsætte</translation>
    </message>
    <message>
        <source>&amp;end</source>
        <translation>&amp;afslutte</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Indsats:</translation>
    </message>
    <message>
        <source>May:</source>
        <translation>Må:</translation>
    </message>
    <message>
        <source>&amp;Up to:</source>
        <translation>&amp;Op til:</translation>
    </message>
    <message>
        <source>Follow-up &amp;within:</source>
        <translation>Opfølgning inden &amp;for:</translation>
    </message>
    <message>
        <source>Save as &amp;new version</source>
        <translation>&amp;Gem som ny version</translation>
    </message>
    <message>
        <source>Saving keeps the version in force now in the history; decisions made under it keep pointing at it.</source>
        <translation>Når du gemmer, bliver den version, der gælder nu, i historikken; afgørelser truffet under den peger fortsat på den.</translation>
    </message>
    <message>
        <source>level </source>
        <translation>niveau </translation>
    </message>
    <message>
        <source> min/week</source>
        <translation> min./uge</translation>
    </message>
    <message>
        <source>Discard the change?</source>
        <translation>Kassér ændringen?</translation>
    </message>
    <message>
        <source>The frame is not saved. Close the form anyway?</source>
        <translation>Rammen er ikke gemt. Vil du lukke formularen alligevel?</translation>
    </message>
</context>
<context>
    <name>Kvarter::FrameService</name>
    <message>
        <source>Choose the team the frame is for.</source>
        <translation>Vælg det team, rammen gælder for.</translation>
    </message>
    <message>
        <source>Choose a service or a group of services from the FSIII catalogue.</source>
        <translation>Vælg en indsats eller en gruppe af indsatser fra FSIII-kataloget.</translation>
    </message>
    <message>
        <source>A course frame goes up to a level between 1 and %1.</source>
        <translation>En forløbsramme går op til et niveau mellem 1 og %1.</translation>
    </message>
    <message>
        <source>A frame goes up to between 1 and %1 minutes per week.</source>
        <translation>En ramme går op til mellem 1 og %1 minutter pr. uge.</translation>
    </message>
    <message>
        <source>Weeks until follow-up must be between 0 (no limit) and 520.</source>
        <translation>Antal uger til opfølgning skal være mellem 0 (ingen grænse) og 520.</translation>
    </message>
    <message>
        <source>Name at least one of grant, increase, reduce or end.</source>
        <translation>Angiv mindst én af grant, increase, reduce eller end.</translation>
    </message>
</context>
<context>
    <name>Kvarter::FsiiiTerms</name>
    <message>
        <source>No or negligible limitations</source>
        <translation>Ingen/ubetydelige begrænsninger</translation>
    </message>
    <message>
        <source>Light limitations</source>
        <translation>Lette begrænsninger</translation>
    </message>
    <message>
        <source>Moderate limitations</source>
        <translation>Moderate begrænsninger</translation>
    </message>
    <message>
        <source>Severe limitations</source>
        <translation>Svære begrænsninger</translation>
    </message>
    <message>
        <source>Total limitations</source>
        <translation>Totale begrænsninger</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Ikke relevant</translation>
    </message>
</context>
<context>
    <name>Kvarter::GrantAddCommand</name>
    <message>
        <source>Grant a citizen a service.</source>
        <translation>Bevilg en borger en ydelse.</translation>
    </message>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>The FSIII service code, e.g. H1.1.</source>
        <translation>FSIII-ydelseskoden, f.eks. H1.1.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>Minutes granted per week.</source>
        <translation>Bevilgede minutter pr. uge.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Grant a holistic course of care (Ældreloven) instead of minutes.</source>
        <translation>Bevilg et helhedsplejeforløb (Ældreloven) i stedet for minutter.</translation>
    </message>
    <message>
        <source>The first day of the grant.</source>
        <translation>Bevillingens første dag.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>The last day of the grant (default: open-ended).</source>
        <translation>Bevillingens sidste dag (standard: uden slutdato).</translation>
    </message>
    <message>
        <source>give the citizen&apos;s CPR number or id.</source>
        <translation>angiv borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>give either --minutes-per-week M or --course.</source>
        <translation>angiv enten --minutes-per-week M eller --course.</translation>
    </message>
    <message>
        <source>no citizen with CPR number or id &apos;%1&apos;.</source>
        <translation>ingen borger med CPR-nummer eller id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--to &apos;%1&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>--to &apos;%1&apos; er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>%1 granted %2 from %3.</source>
        <translation>%1 er bevilget %2 fra %3.</translation>
    </message>
    <message>
        <source>the grant was saved but cannot be read back.</source>
        <translation>bevillingen blev gemt, men kan ikke læses igen.</translation>
    </message>
</context>
<context>
    <name>Kvarter::GrantService</name>
    <message>
        <source>Choose a service from the FSIII catalogue.</source>
        <translation>Vælg en indsats fra FSIII-kataloget.</translation>
    </message>
    <message>
        <source>Minutes per week must be between 1 and %1.</source>
        <translation>Minutter pr. uge skal være mellem 1 og %1.</translation>
    </message>
    <message>
        <source>Only services under the Elderly Act (Ældreloven) are granted as a course; grant %1 in minutes per week.</source>
        <translation>Kun indsatser efter ældreloven bevilges som forløb; bevilg %1 i minutter pr. uge.</translation>
    </message>
    <message>
        <source>Enter the date the grant starts.</source>
        <translation>Skriv datoen, hvor bevillingen begynder.</translation>
    </message>
    <message>
        <source>The grant cannot end before it starts.</source>
        <translation>Bevillingen kan ikke slutte, før den begynder.</translation>
    </message>
    <message>
        <source>Choose the citizen who receives the grant.</source>
        <translation>Vælg den borger, der får bevillingen.</translation>
    </message>
    <message>
        <source>A course level is between 1 and %1.</source>
        <translation>Et forløbsniveau er mellem 1 og %1.</translation>
    </message>
</context>
<context>
    <name>Kvarter::GuardedApplication</name>
    <message>
        <source>Kvarter</source>
        <translation>Kvarter</translation>
    </message>
    <message>
        <source>Something went wrong, and what you were doing was not saved:

%1

Everything saved before is safe. If it happens again, restart Kvarter.</source>
        <translation>Noget gik galt, og det, du var i gang med, blev ikke gemt:

%1

Alt, der var gemt før, er i sikkerhed. Sker det igen, så genstart Kvarter.</translation>
    </message>
</context>
<context>
    <name>Kvarter::JoinTeamDialog</name>
    <message>
        <source>&amp;Join the team</source>
        <translation>&amp;Meld ind i teamet</translation>
    </message>
    <message>
        <source>Join your team</source>
        <translation>Meld dig ind i dit team</translation>
    </message>
    <message>
        <source>This laptop has no team yet. Join your team with the invitation file and the passphrase the planner gave you. The team&apos;s data is then fetched from the shared folder or the sync server; after that the laptop works offline too.</source>
        <translation>Denne computer har endnu intet team. Meld dig ind i dit team med invitationsfilen og adgangsfrasen, som planlæggeren har givet dig. Teamets data hentes derefter fra den delte mappe eller synkroniseringsserveren; bagefter virker computeren også offline.</translation>
    </message>
    <message>
        <source>e.g. /media/usb/karen.invitation</source>
        <translation>f.eks. /media/usb/karen.invitation</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Invitation from the planner</source>
        <translation>Invitation fra planlæggeren</translation>
    </message>
    <message>
        <source>Kvarter invitations (*.invitation);;All files (*)</source>
        <translation>Kvarter-invitationer (*.invitation);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The team&apos;s shared folder, or a sync server (https://…)</source>
        <translation>Teamets delte mappe eller en synkroniseringsserver (https://…)</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitation:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Fetch from:</source>
        <translation>&amp;Hent fra:</translation>
    </message>
    <message>
        <source>Say where the team&apos;s data is: the shared folder or the sync server.</source>
        <translation>Angiv hvor teamets data er: den delte mappe eller synkroniseringsserveren.</translation>
    </message>
    <message>
        <source>The invitation file cannot be read: %1</source>
        <translation>Invitationsfilen kan ikke læses: %1</translation>
    </message>
    <message>
        <source>Fetching the team&apos;s data …</source>
        <translation>Henter teamets data …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Stopped. What was fetched is kept; join again to fetch the rest.</source>
        <translation>Stoppet. Det hentede er gemt; meld ind igen for at hente resten.</translation>
    </message>
    <message>
        <source>Nothing of the team is there yet: the planner&apos;s laptop must sync once first. Try again then.</source>
        <translation>Der er endnu intet fra teamet: planlæggerens computer skal synkronisere én gang først. Prøv igen derefter.</translation>
    </message>
</context>
<context>
    <name>Kvarter::LegalTexts</name>
    <message>
        <source>The decision is made under the Elderly Act (ældreloven), which grants help as a holistic course of care (helhedspleje) planned with you.</source>
        <translation>Afgørelsen er truffet efter ældreloven, som giver hjælpen som et sammenhængende forløb med helhedspleje, der planlægges sammen med dig.</translation>
    </message>
    <message>
        <source>The decision is made under the Health Act (sundhedsloven) § 138 on home nursing.</source>
        <translation>Afgørelsen er truffet efter sundhedslovens § 138 om hjemmesygepleje.</translation>
    </message>
    <message>
        <source>The decision is made under the Social Services Act (serviceloven), %1.</source>
        <translation>Afgørelsen er truffet efter serviceloven, %1.</translation>
    </message>
    <message>
        <source>in a conversation in your home</source>
        <translation>ved en samtale i dit hjem</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisk</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>pr. brev</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>pr. e-mail</translation>
    </message>
    <message>
        <source>Before we decided, we told you what we intended to decide and why, and you had the opportunity to give your view (%1, %2).</source>
        <translation>Før vi traf afgørelsen, fortalte vi dig, hvad vi havde tænkt os at beslutte og hvorfor, og du fik mulighed for at komme med dine bemærkninger (%1, %2).</translation>
    </message>
    <message>
        <source>We have based the decision on what we know of your situation from our visits and our talks with you.</source>
        <translation>Vi har truffet afgørelsen ud fra det, vi ved om din situation fra vores besøg og vores samtaler med dig.</translation>
    </message>
    <message>
        <source>We have based the decision on the assessment of your functional ability (FSIII), reference %1, and on our talks with you.</source>
        <translation>Vi har truffet afgørelsen ud fra vurderingen af din funktionsevne (FSIII), reference %1, og ud fra vores samtaler med dig.</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>kommunen</translation>
    </message>
    <message>
        <source>You can complain by letter, by e-mail or by phone, for example to your visitator %1 on %2. You do not have to give reasons for your complaint.</source>
        <translation>Du kan klage pr. brev, pr. e-mail eller telefonisk, for eksempel til din visitator, %1, på %2. Du behøver ikke begrunde din klage.</translation>
    </message>
    <message>
        <source>You can complain by letter, by e-mail or by phone, for example to your visitator %1. You do not have to give reasons for your complaint.</source>
        <translation>Du kan klage pr. brev, pr. e-mail eller telefonisk, for eksempel til din visitator, %1. Du behøver ikke begrunde din klage.</translation>
    </message>
    <message>
        <source>You can complain by letter, by e-mail or by phone. You do not have to give reasons for your complaint.</source>
        <translation>Du kan klage pr. brev, pr. e-mail eller telefonisk. Du behøver ikke begrunde din klage.</translation>
    </message>
    <message>
        <source>You can complain about this decision. Your complaint must reach %1 within 4 weeks of the day you received this letter.</source>
        <translation>Du kan klage over afgørelsen. Din klage skal være modtaget af %1 senest 4 uger efter den dag, du modtog dette brev.</translation>
    </message>
    <message>
        <source>We will then look at the decision again. If we change it, you receive a new decision. If we keep it, we send your complaint and the papers of your case on to Ankestyrelsen (the National Social Appeals Board), which decides it, and we tell you that we have done so.</source>
        <translation>Vi ser derefter på afgørelsen igen. Hvis vi ændrer den, får du en ny afgørelse. Hvis vi fastholder den, sender vi din klage og sagens papirer videre til Ankestyrelsen, som træffer afgørelse i klagesagen, og vi giver dig besked om, at vi har gjort det.</translation>
    </message>
    <message>
        <source>The rules are in the Act on Legal Protection and Administration in Social Matters (retssikkerhedsloven) §§ 66 and 67.</source>
        <translation>Reglerne står i retssikkerhedslovens §§ 66 og 67.</translation>
    </message>
    <message>
        <source>You can complain about this decision on home nursing to Styrelsen for Patientklager (the Danish Patient Complaints Board), which handles complaints under the Health Act (sundhedsloven).</source>
        <translation>Du kan klage over denne afgørelse om hjemmesygepleje til Styrelsen for Patientklager, som behandler klager efter sundhedsloven.</translation>
    </message>
    <message>
        <source>You can also first talk to us about it: we will look at the decision again if you ask.</source>
        <translation>Du kan også først tale med os om det: vi ser gerne på afgørelsen igen, hvis du beder om det.</translation>
    </message>
</context>
<context>
    <name>Kvarter::LetterCommand</name>
    <message>
        <source>The decision&apos;s id.</source>
        <translation>Afgørelsens id.</translation>
    </message>
    <message>
        <source>Write the letter to this PDF file (else it is printed as text).</source>
        <translation>Skriv brevet til denne PDF-fil (ellers vises det som tekst).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>give the decision&apos;s id.</source>
        <translation>angiv afgørelsens id.</translation>
    </message>
    <message>
        <source>no decision with id &apos;%1&apos;.</source>
        <translation>ingen afgørelse med id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The letter is the one recorded with the decision (hash %1).</source>
        <translation>Brevet er det samme, som blev registreret med afgørelsen (hash %1).</translation>
    </message>
    <message>
        <source>The letter&apos;s words differ from those recorded with the decision (made in another language or with newer legal texts).</source>
        <translation>Brevets ordlyd afviger fra den, der blev registreret med afgørelsen (lavet på et andet sprog eller med nyere lovtekster).</translation>
    </message>
    <message>
        <source>Letter for case %1 written to %2.</source>
        <translation>Brev i sag %1 skrevet til %2.</translation>
    </message>
    <message>
        <source>Write a decision&apos;s letter (PDF).</source>
        <translation>Skriv brevet for en afgørelse (PDF).</translation>
    </message>
</context>
<context>
    <name>Kvarter::LocalPurge</name>
    <message>
        <source>This computer does not sync with a team, so its copy is the only one.</source>
        <translation>Denne computer synkroniserer ikke med et team, så dens kopi er den eneste.</translation>
    </message>
    <message numerus="yes">
        <source>Kept until %1 (%n days after the citizen left).</source>
        <translation>
            <numerusform>Beholdes til %1 (%n dag efter, borgeren stoppede).</numerusform>
            <numerusform>Beholdes til %1 (%n dage efter, borgeren stoppede).</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept until this computer&apos;s changes to the citizen have been synced.</source>
        <translation>Beholdes, til denne computers ændringer hos borgeren er synkroniseret.</translation>
    </message>
</context>
<context>
    <name>Kvarter::LockScreen</name>
    <message>
        <source>Citizen data is hidden. %1, type your PIN to go on where you were; what you had not saved is kept. Someone else can choose their own name.</source>
        <translation>Borgeroplysningerne er skjult. %1, skriv din PIN-kode for at fortsætte, hvor du slap; det, du ikke havde gemt, er bevaret. En anden kan vælge sit eget navn.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kvarter is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kvarter er låst&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>Kvarter::MainWindow</name>
    <message>
        <source>Kvarter</source>
        <translation>Kvarter</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Min dag</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kvarter&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kvarter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>You are: </source>
        <translation type="vanished">Du er: </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikter (%1)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <source>Sync settings…</source>
        <translation>Synkronisering …</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Afbryd synkronisering</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) on the share were set aside: %1</source>
        <translation>
            <numerusform>%n fil på det delte drev blev lagt til side: %1</numerusform>
            <numerusform>%n filer på det delte drev blev lagt til side: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Team laptops…</source>
        <translation>Teamets computere …</translation>
    </message>
    <message>
        <source>Visitation</source>
        <translation>Visitation</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Ramme</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Hide all citizen data until your PIN is typed (Ctrl+L)</source>
        <translation>Skjul alle borgeroplysninger, til din PIN-kode er tastet (Ctrl+L)</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Skift bruger</translation>
    </message>
    <message>
        <source>PINs…</source>
        <translation>PIN-koder…</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>Skift min PIN-kode…</translation>
    </message>
    <message>
        <source>Signed in: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Logget ind: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <source>Triage board</source>
        <translation>Triagetavle</translation>
    </message>
</context>
<context>
    <name>Kvarter::MeetingService</name>
    <message>
        <source>Red since %1, set by %2: %3</source>
        <translation>Rød siden %1, sat af %2: %3</translation>
    </message>
    <message>
        <source>Yellow since %1, set by %2: %3</source>
        <translation>Gul siden %1, sat af %2: %3</translation>
    </message>
    <message>
        <source>New change in need %1 by %2, not triaged: %3</source>
        <translation>Ny ændring i tilstand %1 fra %2, ikke triageret: %3</translation>
    </message>
    <message>
        <source>%1 escalated %2 by %3, waiting for the visitator %4</source>
        <translation>%1 sendt videre %2 af %3, venter på visitator %4</translation>
    </message>
    <message>
        <source>%1 different staff in the last %2 days, %3 in the %2 days before</source>
        <translation>%1 forskellige medarbejdere de seneste %2 dage, %3 i de %2 dage før</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s date.</source>
        <translation>Angiv mødets dato.</translation>
    </message>
    <message>
        <source>Nobody in the team has the id &apos;%1&apos;.</source>
        <translation>Ingen i teamet har id&apos;et &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The citizen is not in the team&apos;s file.</source>
        <translation>Borgeren findes ikke i teamets journal.</translation>
    </message>
    <message>
        <source>Write what the meeting decided.</source>
        <translation>Skriv, hvad mødet besluttede.</translation>
    </message>
    <message>
        <source>Nobody in the team has that id.</source>
        <translation>Ingen i teamet har det id.</translation>
    </message>
</context>
<context>
    <name>Kvarter::MessageBar</name>
    <message>
        <source>Hide message</source>
        <translation>Skjul besked</translation>
    </message>
</context>
<context>
    <name>Kvarter::MigrationProgress</name>
    <message>
        <source>Kvarter is updating this laptop&apos;s data for the new version (%1 of %2) …
If you close this window, nothing is lost: the update goes on at the next start.</source>
        <translation>Kvarter opdaterer denne computers data til den nye version (%1 af %2) …
Hvis du lukker vinduet, går intet tabt: opdateringen fortsætter ved næste start.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Updating Kvarter&apos;s data</source>
        <translation>Kvarter opdaterer data</translation>
    </message>
</context>
<context>
    <name>Kvarter::Migrations</name>
    <message>
        <source>The database was made by a newer Kvarter (schema %1; this program knows up to %2). Update Kvarter; nothing has been changed.</source>
        <translation>Databasen er lavet af en nyere Kvarter (skema %1; dette program kender op til %2). Opdatér Kvarter; intet er ændret.</translation>
    </message>
</context>
<context>
    <name>Kvarter::MinutesCommand</name>
    <message>
        <source>The meeting&apos;s date (YYYY-MM-DD).</source>
        <translation>Mødets dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>The citizen the item is about (CPR number or id).</source>
        <translation>Borgeren, punktet handler om (CPR-nummer eller id).</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>borger</translation>
    </message>
    <message>
        <source>What the meeting decided.</source>
        <translation>Hvad mødet besluttede.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>What is to be done (becomes a follow-up task).</source>
        <translation>Hvad der skal gøres (bliver en opfølgningsopgave).</translation>
    </message>
    <message>
        <source>Who does it (employee id or initials).</source>
        <translation>Hvem gør det (medarbejderens id eller initialer).</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>medarbejder</translation>
    </message>
    <message>
        <source>Or everyone of a role (nurse, sosu-assistant, …).</source>
        <translation>Eller alle med en rolle (nurse, sosu-assistant, …).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>By when (YYYY-MM-DDTHH:MM, the team&apos;s time).</source>
        <translation>Hvornår (ÅÅÅÅ-MM-DDTTT:MM, teamets tid).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tidspunkt</translation>
    </message>
    <message>
        <source>Who took part, comma-separated (ids or initials).</source>
        <translation>Hvem deltog, adskilt af komma (id&apos;er eller initialer).</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>medarbejdere</translation>
    </message>
    <message>
        <source>no employee with id or initials &apos;%1&apos;.</source>
        <translation>ingen medarbejder med id eller initialer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>no citizen with CPR number or id &apos;%1&apos;.</source>
        <translation>ingen borger med CPR-nummer eller id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; is not a role.</source>
        <translation>--role &apos;%1&apos; er ikke en rolle.</translation>
    </message>
    <message>
        <source>--due needs a date and time, as 2026-11-25T12:00.</source>
        <translation>--due skal have dato og klokkeslæt, fx 2026-11-25T12:00.</translation>
    </message>
    <message>
        <source>Minutes item %1 written.</source>
        <translation>Referatpunkt %1 skrevet.</translation>
    </message>
    <message>
        <source>Minutes item %1 written; follow-up task %2.</source>
        <translation>Referatpunkt %1 skrevet; opfølgningsopgave %2.</translation>
    </message>
    <message>
        <source>Minutes of the team meeting %1</source>
        <translation>Referat af teammødet %1</translation>
    </message>
    <message>
        <source>Took part: %1</source>
        <translation>Deltagere: %1</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>ingen registreret</translation>
    </message>
    <message>
        <source>Write or show the minutes of a team meeting.</source>
        <translation>Skriv eller vis referatet af et teammøde.</translation>
    </message>
</context>
<context>
    <name>Kvarter::MyDayModel</name>
    <message>
        <source>%1 at %2, %3. %4</source>
        <translation>%1 kl. %2, %3. %4</translation>
    </message>
</context>
<context>
    <name>Kvarter::MyDayPage</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Udført</translation>
    </message>
    <message>
        <source>Not &amp;home</source>
        <translation>Ikke &amp;hjemme</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Tilføj &amp;notat …</translation>
    </message>
    <message>
        <source>Open &amp;citizen</source>
        <translation>Åbn &amp;borger</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Forrige dag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Næste dag</translation>
    </message>
    <message>
        <source>Visits of the day</source>
        <translation>Dagens besøg</translation>
    </message>
    <message>
        <source>Mark the selected visit done (Ctrl+D)</source>
        <translation>Markér det valgte besøg som udført (Ctrl+D)</translation>
    </message>
    <message>
        <source>The citizen was not home (Ctrl+N)</source>
        <translation>Borgeren var ikke hjemme (Ctrl+N)</translation>
    </message>
    <message>
        <source>My day — %1</source>
        <translation>Min dag — %1</translation>
    </message>
    <message>
        <source>%1 has no visits this day.</source>
        <translation>%1 har ingen besøg denne dag.</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 visits finished</source>
        <translation>%1 · %2 af %3 besøg afsluttet</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notat om %1</translation>
    </message>
    <message>
        <source>The note has been saved.</source>
        <translation>Notatet er gemt.</translation>
    </message>
    <message>
        <source>The visit to %1 is already marked %2.</source>
        <translation>Besøget hos %1 er allerede markeret %2.</translation>
    </message>
    <message>
        <source>%1 was not home. Next: write a note, call the relatives%2, or tell the planner.</source>
        <translation>%1 var ikke hjemme. Næste skridt: skriv et notat, ring til de pårørende%2, eller giv planlæggeren besked.</translation>
    </message>
    <message>
        <source>Write &amp;note</source>
        <translation>Skriv &amp;notat</translation>
    </message>
    <message>
        <source>Visit to %1 marked %2.</source>
        <translation>Besøget hos %1 er markeret %2.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source> (%1, %2)</source>
        <translation> (%1, %2)</translation>
    </message>
    <message>
        <source>C&amp;hange in condition…</source>
        <translation>Æn&amp;dring i tilstand …</translation>
    </message>
    <message>
        <source>Something is different from the citizen&apos;s usual state (Ctrl+E)</source>
        <translation>Noget er anderledes end borgerens vanlige tilstand (Ctrl+E)</translation>
    </message>
    <message>
        <source>The change is saved; a nurse or SOSU assistant decides the colour.</source>
        <translation>Ændringen er gemt; en sygeplejerske eller social- og sundhedsassistent bestemmer farven.</translation>
    </message>
    <message>
        <source>The change is saved and is on the triage board.</source>
        <translation>Ændringen er gemt og står på triagetavlen.</translation>
    </message>
</context>
<context>
    <name>Kvarter::NoteAddCommand</name>
    <message>
        <source>Write a note about a citizen.</source>
        <translation>Skriv et notat om en borger.</translation>
    </message>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>What to write.</source>
        <translation>Hvad der skal skrives.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>The visit the note is about.</source>
        <translation>Besøget, notatet handler om.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>no visit with id &apos;%1&apos; to %2.</source>
        <translation>intet besøg med id &apos;%1&apos; hos %2.</translation>
    </message>
    <message>
        <source>Note %1 written about %2.</source>
        <translation>Notat %1 skrevet om %2.</translation>
    </message>
</context>
<context>
    <name>Kvarter::NoteCorrectCommand</name>
    <message>
        <source>Correct a note.</source>
        <translation>Ret et notat.</translation>
    </message>
    <message>
        <source>The id of the note to correct.</source>
        <translation>Id på notatet, der skal rettes.</translation>
    </message>
    <message>
        <source>The corrected text.</source>
        <translation>Den rettede tekst.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>give the id of the note to correct.</source>
        <translation>angiv id på notatet, der skal rettes.</translation>
    </message>
    <message>
        <source>Note %1 corrected by note %2.</source>
        <translation>Notat %1 rettet med notat %2.</translation>
    </message>
</context>
<context>
    <name>Kvarter::NoteDialog</name>
    <message>
        <source>New note</source>
        <translation>Nyt notat</translation>
    </message>
    <message>
        <source>What did you see, do or agree with the citizen?</source>
        <translation>Hvad så du, gjorde du eller aftalte du med borgeren?</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <source>Correct note</source>
        <translation>Ret notat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original note&lt;/b&gt; by %1, %2 (stays in the record):&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Oprindeligt notat&lt;/b&gt; af %1, %2 (bliver stående i journalen):&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>Kvarter::NoteService</name>
    <message>
        <source>Write the note before saving it.</source>
        <translation>Skriv notatet, før du gemmer det.</translation>
    </message>
    <message>
        <source>A note can be at most %1 characters.</source>
        <translation>Et notat kan højst være %1 tegn.</translation>
    </message>
    <message>
        <source>Choose the citizen the note is about.</source>
        <translation>Vælg den borger, notatet handler om.</translation>
    </message>
    <message>
        <source>Choose who you are before writing notes.</source>
        <translation>Vælg, hvem du er, før du skriver notater.</translation>
    </message>
    <message>
        <source>The note to correct does not exist.</source>
        <translation>Notatet, der skal rettes, findes ikke.</translation>
    </message>
</context>
<context>
    <name>Kvarter::PdfDocument</name>
    <message>
        <source>Contains personal data – keep it out of sight and dispose of it securely (shred it).</source>
        <translation>Indeholder personoplysninger – opbevar dem utilgængeligt og bortskaf dem forsvarligt (makulér).</translation>
    </message>
    <message>
        <source>A PDF needs the graphics platform; run with QT_QPA_PLATFORM=offscreen.</source>
        <translation>En PDF kræver grafikplatformen; kør med QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Could not make the PDF %1.</source>
        <translation>Kunne ikke lave PDF-filen %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (fortsat)</translation>
    </message>
</context>
<context>
    <name>Kvarter::PeriodEdit</name>
    <message>
        <source>the start</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
</context>
<context>
    <name>Kvarter::PhoneNumber</name>
    <message>
        <source>A Danish phone number has 8 digits, e.g. 62 21 30 45 or +45 62 21 30 45.</source>
        <translation>Et dansk telefonnummer har 8 cifre, fx 62 21 30 45 eller +45 62 21 30 45.</translation>
    </message>
</context>
<context>
    <name>Kvarter::PinCommand</name>
    <message>
        <source>set, reset or status</source>
        <translation>set, reset eller status</translation>
    </message>
    <message>
        <source>The employee (id or initials).</source>
        <translation>Medarbejderen (id eller initialer).</translation>
    </message>
    <message>
        <source>write: pin set|reset|status EMPLOYEE</source>
        <translation>skriv: pin set|reset|status MEDARBEJDER</translation>
    </message>
    <message>
        <source>no employee with id or initials &apos;%1&apos;.</source>
        <translation>ingen medarbejder med id eller initialer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>no PIN yet</source>
        <translation>ingen PIN-kode endnu</translation>
    </message>
    <message numerus="yes">
        <source>locked after %n wrong tries</source>
        <translation>
            <numerusform>låst efter %n forkert forsøg</numerusform>
            <numerusform>låst efter %n forkerte forsøg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong try(s) since the last sign-in</source>
        <translation>
            <numerusform>%n forkert forsøg siden sidste login</numerusform>
            <numerusform>%n forkerte forsøg siden sidste login</numerusform>
        </translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>Ny PIN-kode for %1</translation>
    </message>
    <message>
        <source>say who gives the new PIN with --as (a planner or team leader).</source>
        <translation>angiv med --as, hvem der giver den nye PIN-kode (en planlægger eller teamleder).</translation>
    </message>
    <message>
        <source>%1 has a new PIN on this computer.</source>
        <translation>%1 har fået en ny PIN-kode på denne computer.</translation>
    </message>
    <message>
        <source>Set, reset or show an employee&apos;s PIN on this computer.</source>
        <translation>Vælg, nulstil eller vis en medarbejders PIN-kode på denne computer.</translation>
    </message>
</context>
<context>
    <name>Kvarter::PinDialog</name>
    <message>
        <source>New PIN</source>
        <translation>Ny PIN-kode</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Skift min PIN-kode</translation>
    </message>
    <message>
        <source>&amp;Save PIN</source>
        <translation>&amp;Gem PIN-kode</translation>
    </message>
    <message>
        <source>&amp;Employee</source>
        <translation>&amp;Medarbejder</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation>&amp;Ny PIN-kode</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>No PIN on this laptop yet: they can also choose it themselves at their first sign-in.</source>
        <translation>Ingen PIN-kode på denne computer endnu: medarbejderen kan også selv vælge den ved første login.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked&lt;/b&gt; after %1 wrong tries. Give a new PIN and tell it to them in person.</source>
        <translation>&lt;b&gt;Låst&lt;/b&gt; efter %1 forkerte forsøg. Giv en ny PIN-kode, og sig den til medarbejderen personligt.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong try(s) since the last sign-in.</source>
        <translation>
            <numerusform>%n forkert forsøg siden sidste login.</numerusform>
            <numerusform>%n forkerte forsøg siden sidste login.</numerusform>
        </translation>
    </message>
    <message>
        <source>Has a PIN on this laptop.</source>
        <translation>Har en PIN-kode på denne computer.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>De to PIN-koder er ikke ens. Skriv den samme PIN-kode to gange.</translation>
    </message>
</context>
<context>
    <name>Kvarter::PinPolicy</name>
    <message>
        <source>A PIN is made of digits only.</source>
        <translation>En PIN-kode består kun af cifre.</translation>
    </message>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>En PIN-kode har %1 til %2 cifre.</translation>
    </message>
    <message>
        <source>The PIN repeats the same digits; choose one that is harder to guess.</source>
        <translation>PIN-koden gentager de samme cifre; vælg en, der er sværere at gætte.</translation>
    </message>
    <message>
        <source>The PIN is a run of digits (like 1234); choose one that is harder to guess.</source>
        <translation>PIN-koden er en række cifre i træk (som 1234); vælg en, der er sværere at gætte.</translation>
    </message>
    <message>
        <source>The PIN is your birth date, which others may know; choose another.</source>
        <translation>PIN-koden er din fødselsdato, som andre kan kende; vælg en anden.</translation>
    </message>
</context>
<context>
    <name>Kvarter::PinVault</name>
    <message>
        <source>There is not enough free memory to protect the PIN; close other programs and try again.</source>
        <translation>Der er ikke hukommelse nok til at beskytte PIN-koden; luk andre programmer, og prøv igen.</translation>
    </message>
    <message>
        <source>You have no PIN on this computer yet; choose one first.</source>
        <translation>Du har endnu ingen PIN-kode på denne computer; vælg en først.</translation>
    </message>
    <message>
        <source>The PIN was wrong %1 times and is now locked. A planner or team leader can give you a new one.</source>
        <translation>PIN-koden var forkert %1 gange og er nu låst. En planlægger eller teamleder kan give dig en ny.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Vent %n sekund, før du prøver igen.</numerusform>
            <numerusform>Vent %n sekunder, før du prøver igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try(s) left before the PIN is locked.</source>
        <translation>
            <numerusform>Forkert PIN-kode. %n forsøg tilbage, før PIN-koden låses.</numerusform>
            <numerusform>Forkert PIN-kode. %n forsøg tilbage, før PIN-koden låses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Vent %n sekund før næste forsøg.</numerusform>
            <numerusform>Vent %n sekunder før næste forsøg.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no employee %1 in this team.</source>
        <translation>Der er ingen medarbejder %1 i dette team.</translation>
    </message>
    <message>
        <source>You already have a PIN on this computer; sign in with it.</source>
        <translation>Du har allerede en PIN-kode på denne computer; log ind med den.</translation>
    </message>
</context>
<context>
    <name>Kvarter::PlanCheck</name>
    <message>
        <source>The visit no longer exists.</source>
        <translation>Besøget findes ikke længere.</translation>
    </message>
    <message>
        <source>%1 already visits %2 %3–%4.</source>
        <translation>%1 er allerede hos %2 kl. %3–%4.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not perform %3.</source>
        <translation>%1 er %2 og må ikke udføre %3.</translation>
    </message>
</context>
<context>
    <name>Kvarter::PlanCheckCommand</name>
    <message>
        <source>The day (default: today).</source>
        <translation>Dagen (standard: i dag).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>%1: %2 %3–%4 overlaps %5 %6–%7</source>
        <translation>%1: %2 kl. %3–%4 overlapper %5 kl. %6–%7</translation>
    </message>
    <message>
        <source>No double bookings.</source>
        <translation>Ingen dobbeltbookinger.</translation>
    </message>
    <message>
        <source>List the day&apos;s double bookings in the team.</source>
        <translation>Vis dagens dobbeltbookinger i teamet.</translation>
    </message>
</context>
<context>
    <name>Kvarter::PlanPage</name>
    <message>
        <source>One week back</source>
        <translation>En uge tilbage</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Forrige dag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Gå til i dag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Næste dag</translation>
    </message>
    <message>
        <source>One week forward</source>
        <translation>En uge frem</translation>
    </message>
    <message>
        <source>Different staff who visited each citizen in the last 14 days. The Elderly Act asks for as few as possible.</source>
        <translation>Antal forskellige medarbejdere hos hver borger de seneste 14 dage. Ældreloven beder om så få som muligt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Continuity&lt;/b&gt; — different staff per citizen, last 14 days</source>
        <translation>&lt;b&gt;Kontinuitet&lt;/b&gt; — forskellige medarbejdere pr. borger, seneste 14 dage</translation>
    </message>
    <message>
        <source>You can see the plan. Only a planner or the team leader can move visits.</source>
        <translation>Du kan se planen. Kun en planlægger eller teamlederen kan flytte besøg.</translation>
    </message>
    <message>
        <source>Plan — %1 (week %2)</source>
        <translation>Plan — %1 (uge %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not assigned&lt;/b&gt; (%1) — drag onto a person</source>
        <translation>&lt;b&gt;Ikke tildelt&lt;/b&gt; (%1) — træk hen på en person</translation>
    </message>
    <message>
        <source>Print run list…</source>
        <translation>Udskriv køreliste…</translation>
    </message>
    <message>
        <source>The day&apos;s run list on paper or as PDF: the fallback when the online system is down</source>
        <translation>Dagens køreliste på papir eller som PDF: nødløsningen, når onlinesystemet er nede</translation>
    </message>
    <message>
        <source>Check the plan</source>
        <translation>Tjek planen</translation>
    </message>
    <message>
        <source>Before the visit is moved:</source>
        <translation>Før besøget flyttes:</translation>
    </message>
    <message>
        <source>&amp;Move anyway</source>
        <translation>&amp;Flyt alligevel</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>The day as a timeline</source>
        <translation>Dagen som tidslinje</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>The week: visits and hours per person and day</source>
        <translation>Ugen: besøg og timer pr. medarbejder og dag</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zoom ud (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom ind (Ctrl++)</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Hele dagen</translation>
    </message>
    <message>
        <source>The whole day in the width there is (Ctrl+0)</source>
        <translation>Hele dagen i den bredde, der er (Ctrl+0)</translation>
    </message>
    <message>
        <source>Double-click or Enter: that day&apos;s timeline</source>
        <translation>Dobbeltklik eller Enter: dagens tidslinje</translation>
    </message>
    <message>
        <source>Plan — week %1 (%2 – %3)</source>
        <translation>Plan — uge %1 (%2 – %3)</translation>
    </message>
</context>
<context>
    <name>Kvarter::PlanService</name>
    <message>
        <source>The visit no longer exists.</source>
        <translation>Besøget findes ikke længere.</translation>
    </message>
    <message>
        <source>The chosen employee is not an active member of the team.</source>
        <translation>Den valgte medarbejder er ikke aktiv i teamet.</translation>
    </message>
    <message>
        <source>%1 is %2 and does not make home visits.</source>
        <translation>%1 er %2 og kører ikke hjemmebesøg.</translation>
    </message>
    <message>
        <source>The visit is already marked %1 and can no longer be moved or reassigned.</source>
        <translation>Besøget er allerede markeret %1 og kan ikke længere flyttes eller gives til en anden.</translation>
    </message>
</context>
<context>
    <name>Kvarter::PurgeCommand</name>
    <message>
        <source>Only say what would be removed and what stays, and why.</source>
        <translation>Fortæl kun, hvad der ville blive fjernet, hvad der bliver, og hvorfor.</translation>
    </message>
    <message>
        <source>may be removed</source>
        <translation>kan fjernes</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n citizen(s) from this computer.</source>
        <translation>
            <numerusform>Fjernede %n borger fra denne computer.</numerusform>
            <numerusform>Fjernede %n borgere fra denne computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No citizen has left the team.</source>
        <translation>Ingen borgere er stoppet i teamet.</translation>
    </message>
    <message>
        <source>Remove citizens who left the team from this computer, once allowed.</source>
        <translation>Fjern borgere, der er stoppet i teamet, fra denne computer, når det er tilladt.</translation>
    </message>
</context>
<context>
    <name>Kvarter::ReassignDialog</name>
    <message>
        <source>Who takes the visit?</source>
        <translation type="vanished">Hvem tager besøget?</translation>
    </message>
    <message>
        <source>Nobody yet (unassigned)</source>
        <translation>Ingen endnu (ikke tildelt)</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Besøg:</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>&amp;Medarbejder:</translation>
    </message>
    <message>
        <source>Who takes the visit, and when?</source>
        <translation>Hvem tager besøget, og hvornår?</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min.</numerusform>
            <numerusform>%n min.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starter kl.:</translation>
    </message>
    <message>
        <source>free</source>
        <translation>ledig</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>optaget</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 hos %2</translation>
    </message>
    <message>
        <source>Free at that time.</source>
        <translation>Ledig på det tidspunkt.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9c1c1c&apos;&gt;Busy then: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#9c1c1c&apos;&gt;Optaget da: %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Kvarter::RelativeAddCommand</name>
    <message>
        <source>Add a relative to a citizen&apos;s network.</source>
        <translation>Tilføj en pårørende til en borgers netværk.</translation>
    </message>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>The relative&apos;s name.</source>
        <translation>Den pårørendes navn.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>How they are related, e.g. daughter or neighbour.</source>
        <translation>Hvordan de er relateret, f.eks. datter eller nabo.</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>The relative&apos;s phone.</source>
        <translation>Den pårørendes telefon.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>Make this the primary contact (the others stop being it).</source>
        <translation>Gør denne til primær kontakt (de andre holder op med at være det).</translation>
    </message>
    <message>
        <source>The citizen agrees that this person may be informed.</source>
        <translation>Borgeren har givet samtykke til, at denne person må informeres.</translation>
    </message>
    <message>
        <source>%1 added to %2&apos;s network.</source>
        <translation>%1 tilføjet til %2s netværk.</translation>
    </message>
    <message>
        <source>the relative was saved but cannot be read back.</source>
        <translation>den pårørende blev gemt, men kan ikke læses igen.</translation>
    </message>
</context>
<context>
    <name>Kvarter::Roles</name>
    <message>
        <source>Social and health care helper</source>
        <translation>Social- og sundhedshjælper</translation>
    </message>
    <message>
        <source>Social and health care assistant</source>
        <translation>Social- og sundhedsassistent</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Sygeplejerske</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeut</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planlægger</translation>
    </message>
    <message>
        <source>Visitator</source>
        <translation>Visitator</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Teamleder</translation>
    </message>
</context>
<context>
    <name>Kvarter::RunListCommand</name>
    <message>
        <source>Write the day&apos;s run list as PDF (one employee or the team).</source>
        <translation>Skriv dagens køreliste som PDF (én medarbejder eller hele teamet).</translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation>Dagen (standard: i dag).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Only this employee&apos;s visits (id or initials); default: the whole team.</source>
        <translation>Kun denne medarbejders besøg (id eller initialer); standard: hele teamet.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Write the run list to this PDF file (else it is printed as text).</source>
        <translation>Skriv kørelisten til denne PDF-fil (ellers vises den som tekst).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Who asks for it (default: the --employee).</source>
        <translation>Hvem der beder om den (standard: --employee).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>no employee with id or initials &apos;%1&apos;.</source>
        <translation>ingen medarbejder med id eller initialer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>say who asks for the team&apos;s run list with --as EMPLOYEE (id or initials).</source>
        <translation>angiv, hvem der beder om teamets køreliste, med --as MEDARBEJDER (id eller initialer).</translation>
    </message>
    <message numerus="yes">
        <source>Run list for %1 with %n visit(s) written to %2.</source>
        <translation>
            <numerusform>Køreliste for %1 med %n besøg skrevet til %2.</numerusform>
            <numerusform>Køreliste for %1 med %n besøg skrevet til %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>  No visits.</source>
        <translation>  Ingen besøg.</translation>
    </message>
    <message>
        <source>Run list for %1:</source>
        <translation>Køreliste for %1:</translation>
    </message>
</context>
<context>
    <name>Kvarter::RunListDialog</name>
    <message>
        <source>Print run list</source>
        <translation>Udskriv køreliste</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Hele teamet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Dag:</translation>
    </message>
    <message>
        <source>Run list of:</source>
        <translation>Køreliste for:</translation>
    </message>
    <message>
        <source>The list holds addresses and phone numbers: keep the paper or the USB stick out of sight and shred it after use.</source>
        <translation>Listen indeholder adresser og telefonnumre: opbevar papiret eller USB-nøglen utilgængeligt, og makulér det efter brug.</translation>
    </message>
    <message>
        <source>Save run list as PDF</source>
        <translation>Gem køreliste som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeren kunne ikke startes.</translation>
    </message>
</context>
<context>
    <name>Kvarter::RunListPdf</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Primary contact: %1</source>
        <translation>Primær kontakt: %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Not to be informed without the citizen&apos;s consent</source>
        <translation>Må ikke informeres uden borgerens samtykke</translation>
    </message>
    <message>
        <source>No primary contact recorded</source>
        <translation>Ingen primær kontakt registreret</translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation>Kontaktperson: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Citizen and address</source>
        <translation>Borger og adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Key information</source>
        <translation>Nøgleoplysninger</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Ydelser</translation>
    </message>
    <message>
        <source>Run list, %1</source>
        <translation>Køreliste, %1</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>udskrevet %1</translation>
    </message>
    <message>
        <source>No visits on this day.</source>
        <translation>Ingen besøg denne dag.</translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation>hele teamet</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n visit(s)</source>
        <translation>
            <numerusform>%1 — %n besøg</numerusform>
            <numerusform>%1 — %n besøg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::RunListService</name>
    <message>
        <source>Only the team&apos;s planners, team leader and visiting staff can print a run list.</source>
        <translation>Kun teamets planlæggere, teamleder og besøgsgående medarbejdere kan udskrive en køreliste.</translation>
    </message>
    <message>
        <source>There is no such employee in your team.</source>
        <translation>Der er ingen sådan medarbejder i dit team.</translation>
    </message>
</context>
<context>
    <name>Kvarter::Server::ServerStorage</name>
    <message>
        <source>The server&apos;s database reported an error: %1</source>
        <translation>Serverens database meldte en fejl: %1</translation>
    </message>
    <message>
        <source>Cannot open the server database %1: %2</source>
        <translation>Kan ikke åbne serverdatabasen %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL (%1): %2</source>
        <translation>Kan ikke forbinde til PostgreSQL (%1): %2</translation>
    </message>
    <message>
        <source>Another kvarter-server is already serving this database. Run one per database: it keeps the bundles in order within one process (use --writers and --readers to give it more threads).</source>
        <translation>En anden kvarter-server betjener allerede denne database. Kør én pr. database: den holder bundterne i rækkefølge inden for én proces (giv den flere tråde med --writers og --readers).</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>filen kan ikke oprettes</translation>
    </message>
</context>
<context>
    <name>Kvarter::Session</name>
    <message>
        <source>Nobody has signed in on this laptop yet.</source>
        <translation>Ingen er logget ind på denne computer endnu.</translation>
    </message>
</context>
<context>
    <name>Kvarter::SignIn</name>
    <message>
        <source>There is no employee %1 in this team.</source>
        <translation>Der er ingen medarbejder %1 i dette team.</translation>
    </message>
    <message>
        <source>%1 no longer works in the team and cannot sign in.</source>
        <translation>%1 arbejder ikke længere i teamet og kan ikke logge ind.</translation>
    </message>
</context>
<context>
    <name>Kvarter::SignInDialog</name>
    <message>
        <source>Sign in to Kvarter</source>
        <translation>Log ind i Kvarter</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kvarter&lt;/h2&gt;Choose your name and type your PIN.</source>
        <translation>&lt;h2&gt;Kvarter&lt;/h2&gt;Vælg dit navn, og skriv din PIN-kode.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
</context>
<context>
    <name>Kvarter::SignInPanel</name>
    <message>
        <source>&amp;Repeat PIN</source>
        <translation>&amp;Gentag PIN-kode</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Log ind</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN-kode</translation>
    </message>
    <message>
        <source>This PIN is locked after too many wrong tries. A planner or team leader can give a new one.</source>
        <translation>PIN-koden er låst efter for mange forkerte forsøg. En planlægger eller teamleder kan give dig en ny.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose your PIN&lt;/b&gt; for this laptop: 4 to 8 digits that others cannot guess — not 1234, not the same digit again and again, not your birthday. You type it each time you start Kvarter or it has locked.</source>
        <translation>&lt;b&gt;Vælg din PIN-kode&lt;/b&gt; til denne computer: 4 til 8 cifre, som andre ikke kan gætte — ikke 1234, ikke det samme ciffer igen og igen, ikke din fødselsdag. Du skriver den, hver gang du starter Kvarter, eller når den har låst.</translation>
    </message>
    <message>
        <source>&amp;Choose PIN and sign in</source>
        <translation>&amp;Vælg PIN-kode og log ind</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>De to PIN-koder er ikke ens. Skriv den samme PIN-kode to gange.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Vent %n s</numerusform>
            <numerusform>Vent %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::StateHashCommand</name>
    <message>
        <source>Print a hash of the synced state.</source>
        <translation>Udskriv en hash af den synkroniserede tilstand.</translation>
    </message>
</context>
<context>
    <name>Kvarter::Statement</name>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again; what was saved before is safe.</source>
        <translation>Disken er fuld, så intet blev gemt. Frigør plads, og prøv igen; det, der var gemt før, er i sikkerhed.</translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only). Nothing was saved.</source>
        <translation>Databasefilen kan ikke skrives (skrivebeskyttet). Intet blev gemt.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Nothing was saved; try again.</source>
        <translation>Databasen er optaget af et andet program. Intet blev gemt; prøv igen.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing more was written to it; restore it from a backup.</source>
        <translation>Databasefilen er beskadiget. Der blev ikke skrevet mere i den; genskab den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The disk could not be read or written. Nothing was saved.</source>
        <translation>Disken kunne ikke læses eller skrives. Intet blev gemt.</translation>
    </message>
    <message>
        <source>The database reported an error (%1): %2</source>
        <translation>Databasen meldte en fejl (%1): %2</translation>
    </message>
</context>
<context>
    <name>Kvarter::Store</name>
    <message>
        <source>The record no longer exists; it may have been removed on another device.</source>
        <translation>Posten findes ikke længere; den kan være fjernet på en anden enhed.</translation>
    </message>
</context>
<context>
    <name>Kvarter::Sync::Bundle</name>
    <message>
        <source>The file is not a Kvarter bundle, or it is cut short.</source>
        <translation>Filen er ikke et Kvarter-bundt, eller den er afkortet.</translation>
    </message>
    <message>
        <source>The bundle belongs to another team.</source>
        <translation>Bundtet tilhører et andet team.</translation>
    </message>
    <message>
        <source>The bundle comes from a device this laptop does not know (yet).</source>
        <translation>Bundtet kommer fra en enhed, denne computer ikke kender (endnu).</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its device; it may have been altered.</source>
        <translation>Bundtets signatur passer ikke til enheden; det kan være ændret.</translation>
    </message>
    <message>
        <source>The bundle comes from a device that was removed from the team.</source>
        <translation>Bundtet kommer fra en enhed, der er fjernet fra teamet.</translation>
    </message>
    <message>
        <source>The bundle cannot be opened with the team&apos;s key.</source>
        <translation>Bundtet kan ikke åbnes med teamets nøgle.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are damaged.</source>
        <translation>Bundtets indhold er beskadiget.</translation>
    </message>
    <message>
        <source>The bundle was made by a newer Kvarter (format %1); it is kept until this laptop is updated.</source>
        <translation>Bundtet er lavet af en nyere Kvarter (format %1); det gemmes, til denne computer er opdateret.</translation>
    </message>
    <message>
        <source>The bundle has a format this Kvarter cannot read (%1).</source>
        <translation>Bundtet har et format, som denne Kvarter ikke kan læse (%1).</translation>
    </message>
    <message>
        <source>The file is cut short; it may still be arriving. It is read again when it changes.</source>
        <translation>Filen er ufuldstændig; den er måske ved at blive hentet. Den læses igen, når den ændrer sig.</translation>
    </message>
    <message>
        <source>The file is longer than the bundle it holds: it is not a Kvarter bundle, or it was altered.</source>
        <translation>Filen er længere end det bundt, den indeholder: den er ikke et Kvarter-bundt, eller den er blevet ændret.</translation>
    </message>
    <message>
        <source>The bundle&apos;s sequence range (%1 to %2) is not possible; it is forged or damaged.</source>
        <translation>Pakkens løbenumre (%1 til %2) er umulige; den er forfalsket eller beskadiget.</translation>
    </message>
</context>
<context>
    <name>Kvarter::Sync::ClockCheck</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 behind the team&apos;s. Set it right: My day and the plan go by it.</source>
        <translation>Computerens ur går %1 for langsomt i forhold til teamets. Ret det: Min dag og planen går efter det.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 ahead of the team&apos;s. Set it right: My day and the plan go by it.</source>
        <translation>Computerens ur går %1 for hurtigt i forhold til teamets. Ret det: Min dag og planen går efter det.</translation>
    </message>
</context>
<context>
    <name>Kvarter::Sync::ConflictService</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Visitator</source>
        <translation>Visitator</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Primær kontakt</translation>
    </message>
    <message>
        <source>May be informed</source>
        <translation>Må informeres</translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>Borger: %1</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>Besøg hos %1</translation>
    </message>
    <message>
        <source>Relative: %1</source>
        <translation>Pårørende: %1</translation>
    </message>
    <message>
        <source>Employee: %1</source>
        <translation>Medarbejder: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Bevilling</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>en anden computer</translation>
    </message>
    <message>
        <source>Choose who you are before settling a conflict.</source>
        <translation>Vælg, hvem du er, før du afgør en konflikt.</translation>
    </message>
</context>
<context>
    <name>Kvarter::Sync::FolderTransport</name>
    <message>
        <source>Cannot write to the shared folder %1.</source>
        <translation>Kan ikke skrive til den delte mappe %1.</translation>
    </message>
    <message>
        <source>Cannot write to the shared folder %1: %2</source>
        <translation>Kan ikke skrive til den delte mappe %1: %2</translation>
    </message>
</context>
<context>
    <name>Kvarter::Sync::RestoredHistory</name>
    <message>
        <source>%1 (restored from a backup)</source>
        <translation>%1 (genskabt fra en sikkerhedskopi)</translation>
    </message>
</context>
<context>
    <name>Kvarter::Sync::ServerTransport</name>
    <message>
        <source>The sync server refused this laptop (%1). Ask the planner to add it to the team again.</source>
        <translation>Synkroniseringsserveren afviste denne computer (%1). Bed planlæggeren om at tilføje den til teamet igen.</translation>
    </message>
    <message>
        <source>The sync server answered %1: %2</source>
        <translation>Synkroniseringsserveren svarede %1: %2</translation>
    </message>
    <message>
        <source>The sync server %1 cannot be reached (%2). Nothing was lost: work goes on offline, and it is tried again.</source>
        <translation>Synkroniseringsserveren %1 kan ikke nås (%2). Intet er gået tabt: arbejdet fortsætter offline, og der prøves igen.</translation>
    </message>
    <message>
        <source>The sync server closed the connection; nothing was lost, it will be tried again.</source>
        <translation>Synkroniseringsserveren lukkede forbindelsen; intet er gået tabt, der prøves igen.</translation>
    </message>
    <message>
        <source>The sync server did not answer (%1); nothing was lost, it will be tried again.</source>
        <translation>Synkroniseringsserveren svarede ikke (%1); intet er gået tabt, der prøves igen.</translation>
    </message>
    <message>
        <source>The sync server asks this laptop to slow down (too many requests); nothing was lost, it is tried again.</source>
        <translation>Synkroniseringsserveren beder denne computer om at sænke farten (for mange forespørgsler); intet er gået tabt, det prøves igen.</translation>
    </message>
    <message>
        <source>The sync server %1 does not know this team yet. Ask its operator for an enrolment token (kvarter-server team allow NAME) and give it to this laptop: in Sync settings, Enrolment token, or with kvarter-cli team enrol TOKEN.</source>
        <translation>Synkroniseringsserveren %1 kender endnu ikke dette team. Bed dens driftsansvarlige om en tilmeldingskode (kvarter-server team allow NAVN), og giv den til denne computer: under Synkronisering …, Tilmeldingskode, eller med kvarter-cli team enrol KODE.</translation>
    </message>
</context>
<context>
    <name>Kvarter::Sync::ShareFile</name>
    <message>
        <source>It is a link, not a file; links on the share are never followed.</source>
        <translation>Det er et link, ikke en fil; links i den delte mappe følges aldrig.</translation>
    </message>
    <message>
        <source>It cannot be read: %1</source>
        <translation>Den kan ikke læses: %1</translation>
    </message>
    <message>
        <source>It is not a regular file (a pipe, a device or a folder).</source>
        <translation>Det er ikke en almindelig fil (en pipe, en enhed eller en mappe).</translation>
    </message>
    <message>
        <source>It is %1 MB, larger than any file Kvarter writes (at most %2 MB).</source>
        <translation>Den fylder %1 MB, mere end nogen fil Kvarter skriver (højst %2 MB).</translation>
    </message>
</context>
<context>
    <name>Kvarter::Sync::Snapshot</name>
    <message>
        <source>A snapshot can only start a laptop that has not synced yet.</source>
        <translation>Et øjebliksbillede kan kun starte en computer, der endnu ikke har synkroniseret.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s contents are damaged.</source>
        <translation>Øjebliksbilledets indhold er beskadiget.</translation>
    </message>
</context>
<context>
    <name>Kvarter::Sync::SyncEngine</name>
    <message>
        <source>This laptop is not in a sync team yet. Create one (planner) or join with an invitation.</source>
        <translation>Denne computer er endnu ikke med i et synkroniseringsteam. Opret et (planlægger), eller tilslut dig med en invitation.</translation>
    </message>
    <message>
        <source>The shared folder %1 cannot be reached. Work goes on offline; sync again when it is back.</source>
        <translation>Den delte mappe %1 kan ikke nås. Arbejdet fortsætter offline; synkronisér igen, når den er tilbage.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The bundle is in another device&apos;s folder.</source>
        <translation>Bundtet ligger i en anden enheds mappe.</translation>
    </message>
    <message>
        <source>snapshot: %1</source>
        <translation>øjebliksbillede: %1</translation>
    </message>
</context>
<context>
    <name>Kvarter::Sync::TeamMembership</name>
    <message>
        <source>This laptop is already in a sync team.</source>
        <translation>Denne computer er allerede med i et synkroniseringsteam.</translation>
    </message>
    <message>
        <source>Choose the team to sync.</source>
        <translation>Vælg det team, der skal synkroniseres.</translation>
    </message>
    <message>
        <source>Create the sync team on this laptop first.</source>
        <translation>Opret først synkroniseringsteamet på denne computer.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>Adgangsfrasen skal have mindst 8 tegn.</translation>
    </message>
    <message>
        <source>The file is not a Kvarter invitation.</source>
        <translation>Filen er ikke en Kvarter-invitation.</translation>
    </message>
    <message>
        <source>The passphrase does not open this invitation (or the file is damaged).</source>
        <translation>Adgangsfrasen åbner ikke denne invitation (eller filen er beskadiget).</translation>
    </message>
    <message>
        <source>Join the team with a new, empty profile: this one already holds its own changes.</source>
        <translation>Tilslut dig teamet med en ny, tom profil: denne har allerede sine egne ændringer.</translation>
    </message>
    <message>
        <source>A laptop cannot remove itself from the team.</source>
        <translation>En computer kan ikke fjerne sig selv fra teamet.</translation>
    </message>
    <message>
        <source>No device with id %1 is in the team.</source>
        <translation>Ingen enhed med id %1 er med i teamet.</translation>
    </message>
    <message>
        <source>The invitation is damaged: its keys or roles are not ones Kvarter makes.</source>
        <translation>Invitationen er beskadiget: dens nøgler eller roller er ikke nogen, Kvarter laver.</translation>
    </message>
</context>
<context>
    <name>Kvarter::SyncCommand</name>
    <message>
        <source>The team&apos;s shared folder.</source>
        <translation>Teamets delte mappe.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>sti</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Sent %1 changes in %2 bundles; applied %3 changes from %4 bundles; %5 new conflicts.</source>
        <translation>Sendte %1 ændringer i %2 bundter; anvendte %3 ændringer fra %4 bundter; %5 nye konflikter.</translation>
    </message>
    <message>
        <source>Set aside: %1</source>
        <translation>Lagt til side: %1</translation>
    </message>
    <message>
        <source>A Kvarter sync server, e.g. https://sync.example.dk.</source>
        <translation>En Kvarter-synkroniseringsserver, fx https://sync.example.dk.</translation>
    </message>
    <message>
        <source>give either --folder PATH or --server URL.</source>
        <translation>angiv enten --folder STI eller --server URL.</translation>
    </message>
    <message>
        <source>Sync with the team through a shared folder or a server.</source>
        <translation>Synkronisér med teamet via en delt mappe eller en server.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n citizen(s) who left the team from this computer (their record is kept by the team).</source>
        <translation>
            <numerusform>Fjernede %n borger, der er stoppet i teamet, fra denne computer (teamet beholder journalen).</numerusform>
            <numerusform>Fjernede %n borgere, der er stoppet i teamet, fra denne computer (teamet beholder journalen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::SyncController</name>
    <message>
        <source>Syncing … %1 %</source>
        <translation>Synkroniserer … %1 %</translation>
    </message>
    <message>
        <source>A colleague uses a newer Kvarter: some of their changes wait here until this laptop is updated. Ask for the update; nothing is lost meanwhile.</source>
        <translation>En kollega bruger en nyere Kvarter: nogle af kollegaens ændringer venter her, til denne computer er opdateret. Bed om opdateringen; intet går tabt imens.</translation>
    </message>
    <message>
        <source>Saved on this computer · sync with the team is not set up</source>
        <translation>Gemt på denne computer · synkronisering med teamet er ikke sat op</translation>
    </message>
    <message>
        <source>Offline · nothing waits to be sent</source>
        <translation>Offline · intet venter på at blive sendt</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %Ln change(s) wait to be sent when the connection is back</source>
        <translation>
            <numerusform>Offline · %Ln ændring venter på at blive sendt, når forbindelsen er tilbage</numerusform>
            <numerusform>Offline · %Ln ændringer venter på at blive sendt, når forbindelsen er tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) wait to be sent</source>
        <translation>
            <numerusform>%Ln ændring venter på at blive sendt</numerusform>
            <numerusform>%Ln ændringer venter på at blive sendt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced with the team yet</source>
        <translation>Endnu ikke synkroniseret med teamet</translation>
    </message>
    <message>
        <source>Everything is synced at %1</source>
        <translation>Alt er synkroniseret kl. %1</translation>
    </message>
    <message>
        <source> · last synced at %1</source>
        <translation> · sidst synkroniseret kl. %1</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln file(s) on the share set aside</source>
        <translation>
            <numerusform> · %Ln fil i den delte mappe lagt til side</numerusform>
            <numerusform> · %Ln filer i den delte mappe lagt til side</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kvarter::SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>The team&apos;s shared folder, e.g. /mnt/team</source>
        <translation>Teamets delte mappe, fx /mnt/team</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse …</translation>
    </message>
    <message>
        <source>The team&apos;s shared folder</source>
        <translation>Teamets delte mappe</translation>
    </message>
    <message>
        <source>Invitation file from the planner</source>
        <translation>Invitationsfil fra planlæggeren</translation>
    </message>
    <message>
        <source>&amp;Join the team</source>
        <translation>&amp;Tilslut teamet</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Delt &amp;mappe:</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitation:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>This laptop is in the sync team.</source>
        <translation>Denne computer er med i synkroniseringsteamet.</translation>
    </message>
    <message>
        <source>Not in a sync team yet.</source>
        <translation>Endnu ikke med i et synkroniseringsteam.</translation>
    </message>
    <message>
        <source>Cannot read the invitation file %1.</source>
        <translation>Kan ikke læse invitationsfilen %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be found. Check that the share is connected.</source>
        <translation>Mappen %1 findes ikke. Kontrollér, at det delte drev er tilsluttet.</translation>
    </message>
    <message>
        <source>Or a sync server, e.g. https://sync.kommune.dk</source>
        <translation>Eller en synkroniseringsserver, fx https://sync.kommune.dk</translation>
    </message>
    <message>
        <source>Sync &amp;server:</source>
        <translation>Synkroniserings&amp;server:</translation>
    </message>
    <message>
        <source>Write the server&apos;s address as https://…</source>
        <translation>Skriv serverens adresse som https://…</translation>
    </message>
    <message>
        <source>Only for a team new on the server: the token from its operator</source>
        <translation>Kun for et team, der er nyt på serveren: koden fra dens driftsansvarlige</translation>
    </message>
    <message>
        <source>&amp;Enrolment token:</source>
        <translation>&amp;Tilmeldingskode:</translation>
    </message>
    <message>
        <source>An enrolment token has no spaces: copy it exactly as the server&apos;s operator gave it.</source>
        <translation>En tilmeldingskode har ingen mellemrum: kopiér den nøjagtigt, som serverens driftsansvarlige gav den.</translation>
    </message>
</context>
<context>
    <name>Kvarter::TaskDoneCommand</name>
    <message>
        <source>The task&apos;s id.</source>
        <translation>Opgavens id.</translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation>Hvad der blev gjort.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>give the id of the task.</source>
        <translation>angiv opgavens id.</translation>
    </message>
    <message>
        <source>no task with id &apos;%1&apos;.</source>
        <translation>ingen opgave med id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Task done, %1 after it was due.</source>
        <translation>Opgaven er udført, %1 efter fristen.</translation>
    </message>
    <message>
        <source>Task done.</source>
        <translation>Opgaven er udført.</translation>
    </message>
    <message>
        <source>Mark a follow-up task done.</source>
        <translation>Markér en opfølgningsopgave som udført.</translation>
    </message>
</context>
<context>
    <name>Kvarter::TaskListWidget</name>
    <message>
        <source>Task &amp;done</source>
        <translation>Opgave &amp;udført</translation>
    </message>
    <message>
        <source>%1 — %2 · due %3 (%4)</source>
        <translation>%1 — %2 · frist %3 (%4)</translation>
    </message>
    <message>
        <source>For %1; from %2</source>
        <translation>Til %1; fra %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tasks&lt;/b&gt;: none open</source>
        <translation>&lt;b&gt;Opgaver&lt;/b&gt;: ingen åbne</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tasks&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Opgaver&lt;/b&gt; (%1)</translation>
    </message>
</context>
<context>
    <name>Kvarter::TaskService</name>
    <message>
        <source>Say what is to be done.</source>
        <translation>Skriv, hvad der skal gøres.</translation>
    </message>
    <message>
        <source>Give the time the task is due.</source>
        <translation>Angiv opgavens frist.</translation>
    </message>
    <message>
        <source>Give the task to a person or to a role.</source>
        <translation>Giv opgaven til en person eller en rolle.</translation>
    </message>
    <message>
        <source>The citizen is not in the team&apos;s file.</source>
        <translation>Borgeren findes ikke i teamets data.</translation>
    </message>
    <message>
        <source>Nobody in the team has that id.</source>
        <translation>Ingen i teamet har det id.</translation>
    </message>
    <message>
        <source>There is no task with id &apos;%1&apos;.</source>
        <translation>Der er ingen opgave med id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The task was done already, by %1 at %2.</source>
        <translation>Opgaven er allerede udført af %1 %2.</translation>
    </message>
</context>
<context>
    <name>Kvarter::Tasks</name>
    <message>
        <source>any %1</source>
        <translation>enhver %1</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Teammøde</translation>
    </message>
    <message>
        <source>Transition home</source>
        <translation>Hjemkomst</translation>
    </message>
    <message>
        <source>A nurse sees the citizen (red)</source>
        <translation>Sygeplejerske ser borgeren (rød)</translation>
    </message>
    <message>
        <source>Action instructions (yellow)</source>
        <translation>Handleanvisning (gul)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
</context>
<context>
    <name>Kvarter::TasksCommand</name>
    <message>
        <source>Whose tasks (id or initials; default: yours).</source>
        <translation>Hvis opgaver (id eller initialer; standard: dine egne).</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>medarbejder</translation>
    </message>
    <message>
        <source>Only tasks past their due time.</source>
        <translation>Kun opgaver, der er over tiden.</translation>
    </message>
    <message>
        <source>Done tasks too.</source>
        <translation>Også afsluttede opgaver.</translation>
    </message>
    <message>
        <source>no employee with id or initials &apos;%1&apos;.</source>
        <translation>ingen medarbejder med id eller initialer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>done %1 by %2</source>
        <translation>udført %1 af %2</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Ingen opgaver.</translation>
    </message>
    <message>
        <source>Follow-up tasks of an employee (--overdue: only those past due).</source>
        <translation>En medarbejders opfølgningsopgaver (--overdue: kun dem over tiden).</translation>
    </message>
</context>
<context>
    <name>Kvarter::TeamCommand</name>
    <message>
        <source>The planner who acts (id or initials).</source>
        <translation>Planlæggeren, der handler (id eller initialer).</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>medarbejder</translation>
    </message>
    <message>
        <source>Name of the laptop (create, invite).</source>
        <translation>Computerens navn (create, invite).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>Where to write the invitation file.</source>
        <translation>Hvor invitationsfilen skal skrives.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Passphrase of the invitation (else KVARTER_PASSPHRASE or the first line on standard input).</source>
        <translation>Invitationens adgangsfrase (ellers KVARTER_PASSPHRASE eller første linje på standardinput).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>the database has no team to sync.</source>
        <translation>databasen har intet team at synkronisere.</translation>
    </message>
    <message>
        <source>Planner&apos;s laptop</source>
        <translation>Planlæggerens computer</translation>
    </message>
    <message>
        <source>Sync team created for %1. This laptop is device %2.</source>
        <translation>Synkroniseringsteam oprettet for %1. Denne computer er enhed %2.</translation>
    </message>
    <message>
        <source>give --device NAME and --out FILE.</source>
        <translation>angiv --device NAVN og --out FIL.</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>kan ikke skrive %1.</translation>
    </message>
    <message>
        <source>Invitation for %1 written to %2. Give the passphrase separately.</source>
        <translation>Invitation til %1 skrevet til %2. Giv adgangsfrasen separat.</translation>
    </message>
    <message>
        <source>give the invitation file: team join FILE.</source>
        <translation>angiv invitationsfilen: team join FIL.</translation>
    </message>
    <message>
        <source>This laptop has joined the team. Sync to fetch the team&apos;s data.</source>
        <translation>Denne computer er med i teamet. Synkronisér for at hente teamets data.</translation>
    </message>
    <message>
        <source>give the device id: team revoke DEVICE.</source>
        <translation>angiv enhedens id: team revoke ENHED.</translation>
    </message>
    <message>
        <source>Device %1 is removed; its later bundles will be refused.</source>
        <translation>Enhed %1 er fjernet; dens senere bundter afvises.</translation>
    </message>
    <message>
        <source> — removed</source>
        <translation> — fjernet</translation>
    </message>
    <message>
        <source>Create the sync team, invite, join or remove devices.</source>
        <translation>Opret synkroniseringsteamet, invitér, tilslut eller fjern enheder.</translation>
    </message>
    <message>
        <source>create, invite, join, enrol, revoke or devices.</source>
        <translation>create, invite, join, enrol, revoke eller devices.</translation>
    </message>
    <message>
        <source>give the enrolment token: team enrol TOKEN.</source>
        <translation>angiv tilmeldingskoden: team enrol KODE.</translation>
    </message>
    <message>
        <source>The enrolment token is kept; the next sync with the server registers the team there.</source>
        <translation>Tilmeldingskoden er gemt; næste synkronisering med serveren registrerer teamet dér.</translation>
    </message>
    <message>
        <source>unknown team action &apos;%1&apos;; use create, invite, join, enrol, revoke or devices.</source>
        <translation>ukendt team-handling &apos;%1&apos;; brug create, invite, join, enrol, revoke eller devices.</translation>
    </message>
</context>
<context>
    <name>Kvarter::TeamDevicesDialog</name>
    <message>
        <source>The team&apos;s laptops</source>
        <translation>Teamets computere</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>e.g. Karen&apos;s laptop</source>
        <translation>f.eks. Karens computer</translation>
    </message>
    <message>
        <source>at least 8 characters, given separately</source>
        <translation>mindst 8 tegn, gives separat</translation>
    </message>
    <message>
        <source>&amp;Create the sync team</source>
        <translation>&amp;Opret synkroniseringsteamet</translation>
    </message>
    <message>
        <source>&amp;Invite laptop…</source>
        <translation>&amp;Invitér computer …</translation>
    </message>
    <message>
        <source>&amp;Remove laptop…</source>
        <translation>&amp;Fjern computer …</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Gem invitationen</translation>
    </message>
    <message>
        <source>New laptop&apos;s &amp;name:</source>
        <translation>Den nye computers &amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>Planner&apos;s laptop</source>
        <translation>Planlæggerens computer</translation>
    </message>
    <message>
        <source>Team laptop</source>
        <translation>Teamcomputer</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>The sync team is created. Invite the team&apos;s laptops.</source>
        <translation>Synkroniseringsteamet er oprettet. Invitér teamets computere.</translation>
    </message>
    <message>
        <source>Name the laptop you invite.</source>
        <translation>Giv den inviterede computer et navn.</translation>
    </message>
    <message>
        <source>Cannot write the invitation to %1.</source>
        <translation>Kan ikke skrive invitationen til %1.</translation>
    </message>
    <message>
        <source>Invitation saved to %1. Give the passphrase to the laptop&apos;s user yourself, not with the file.</source>
        <translation>Invitationen er gemt i %1. Giv selv adgangsfrasen til computerens bruger, ikke sammen med filen.</translation>
    </message>
    <message>
        <source>Remove laptop</source>
        <translation>Fjern computer</translation>
    </message>
    <message>
        <source>Remove %1 from the team? What it synced stays; anything it sends later is refused. This cannot be undone.</source>
        <translation>Fjern %1 fra teamet? Det, den har synkroniseret, bliver; alt, hvad den sender senere, afvises. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>%1 is removed from the team.</source>
        <translation>%1 er fjernet fra teamet.</translation>
    </message>
</context>
<context>
    <name>Kvarter::TeamService</name>
    <message>
        <source>Enter the employee&apos;s name.</source>
        <translation>Skriv medarbejderens navn.</translation>
    </message>
    <message>
        <source>Initials must be 1 to 6 characters.</source>
        <translation>Initialer skal være 1 til 6 tegn.</translation>
    </message>
    <message>
        <source>Choose the employee&apos;s team.</source>
        <translation>Vælg medarbejderens team.</translation>
    </message>
    <message>
        <source>Enter the team&apos;s name.</source>
        <translation>Skriv teamets navn.</translation>
    </message>
</context>
<context>
    <name>Kvarter::TimelineView</name>
    <message>
        <source>Day plan timeline</source>
        <translation>Dagsplanens tidslinje</translation>
    </message>
    <message>
        <source>%1, %2
%3–%4 · %5
%6</source>
        <translation>%1, %2
kl. %3–%4 · %5
%6</translation>
    </message>
</context>
<context>
    <name>Kvarter::TriageBoardModel</name>
    <message>
        <source>Seen by %1 %2: %3</source>
        <translation>Set af %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s) since the colour was set</source>
        <translation>
            <numerusform>%n ny ændring siden farven blev sat</numerusform>
            <numerusform>%n nye ændringer siden farven blev sat</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested %1: waits for a nurse or SOSU assistant</source>
        <translation>Foreslået %1: venter på en sygeplejerske eller social- og sundhedsassistent</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>✓ Done %1</source>
        <translation>✓ Gjort kl. %1</translation>
    </message>
    <message>
        <source>Not yet today</source>
        <translation>Ikke endnu i dag</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Citizen / contact person</source>
        <translation>Borger / kontaktperson</translation>
    </message>
    <message>
        <source>What changed, and why</source>
        <translation type="vanished">Hvad er ændret, og hvorfor</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="vanished">Sat af</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>Follow-up today</source>
        <translation>Opfølgning i dag</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ingen begrundelse</translation>
    </message>
    <message>
        <source>Set by, why, and what changed</source>
        <translation>Sat af, hvorfor, og hvad er ændret</translation>
    </message>
</context>
<context>
    <name>Kvarter::TriageBoardPage</name>
    <message>
        <source>Set &amp;colour…</source>
        <translation>Sæt &amp;farve …</translation>
    </message>
    <message>
        <source>&amp;Followed up today</source>
        <translation>&amp;Fulgt op i dag</translation>
    </message>
    <message>
        <source>&amp;Open citizen</source>
        <translation>Åbn &amp;borger</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Triage board&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Triagetavle&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle farver</translation>
    </message>
    <message>
        <source>Citizens whose contact person this is, or who have a task for them</source>
        <translation>Borgere med denne kontaktperson, eller med en opgave til vedkommende</translation>
    </message>
    <message>
        <source>&amp;Print board…</source>
        <translation>&amp;Udskriv tavlen …</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>Save the board as PDF</source>
        <translation>Gem tavlen som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The board is saved as %1.</source>
        <translation>Tavlen er gemt som %1.</translation>
    </message>
    <message>
        <source>Everyone&apos;s citizens</source>
        <translation>Alle borgere</translation>
    </message>
    <message>
        <source>%1 red · %2 yellow · %3 to triage · %4 overdue</source>
        <translation>%1 røde · %2 gule · %3 skal triageres · %4 over tid</translation>
    </message>
</context>
<context>
    <name>Kvarter::TriageBoardPdf</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Board meeting %1</source>
        <translation>Tavlemøde %1</translation>
    </message>
    <message>
        <source>Discussed at the board meeting %1</source>
        <translation>Drøftet på tavlemødet %1</translation>
    </message>
    <message>
        <source>Seen by %1 %2; lower the colour when the citizen is better</source>
        <translation>Set af %1 %2; sænk farven, når borgeren har det bedre</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>Today&apos;s follow-up done %1</source>
        <translation>Dagens opfølgning udført %1</translation>
    </message>
    <message>
        <source>Daily follow-up of %1 (%2)</source>
        <translation>Daglig opfølgning %1 (%2)</translation>
    </message>
    <message>
        <source>Triage board — %1</source>
        <translation>Triagetavle — %1</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>udskrevet %1</translation>
    </message>
    <message>
        <source>next board meeting %1</source>
        <translation>næste tavlemøde %1</translation>
    </message>
    <message>
        <source>Red: %1 · Yellow: %2 · New changes not triaged: %3 · Overdue: %4</source>
        <translation>Rød: %1 · Gul: %2 · Nye ændringer, ikke triageret: %3 · Over tiden: %4</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Colour set</source>
        <translation>Farve sat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>Red — a nurse sees the citizen within 24 hours</source>
        <translation>Rød — en sygeplejerske ser borgeren inden for 24 timer</translation>
    </message>
    <message>
        <source>Yellow — board meeting, action instructions within 48 hours, daily follow-up</source>
        <translation>Gul — tavlemøde, handleanvisning inden for 48 timer, daglig opfølgning</translation>
    </message>
    <message>
        <source>Green with open tasks</source>
        <translation>Grøn med åbne opgaver</translation>
    </message>
    <message>
        <source>New changes in need, not triaged yet</source>
        <translation>Nye ændringer i behov, endnu ikke triageret</translation>
    </message>
    <message>
        <source>No citizen is yellow or red, and there are no new changes in need.</source>
        <translation>Ingen borgere er gule eller røde, og der er ingen nye ændringer i behov.</translation>
    </message>
    <message>
        <source>CPR %1</source>
        <translation>CPR %1</translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation>Kontaktperson: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>af %1</translation>
    </message>
    <message>
        <source>NOT TRIAGED</source>
        <translation>IKKE TRIAGERET</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Foreslået: %1</translation>
    </message>
    <message>
        <source>New change %1: %2</source>
        <translation>Ny ændring %1: %2</translation>
    </message>
    <message>
        <source>OVERDUE by %1</source>
        <translation>OVER TIDEN med %1</translation>
    </message>
</context>
<context>
    <name>Kvarter::TriageColourStyle</name>
    <message>
        <source>The citizen&apos;s usual state</source>
        <translation>Borgerens vanlige tilstand</translation>
    </message>
    <message>
        <source>Minor changes: the next board meeting, action instructions within 48 hours, a daily follow-up</source>
        <translation>Mindre ændringer: næste tavlemøde, handleanvisning inden for 48 timer, daglig opfølgning</translation>
    </message>
    <message>
        <source>Serious change, risk of admission: a nurse sees the citizen within 24 hours</source>
        <translation>Alvorlig ændring, risiko for indlæggelse: en sygeplejerske ser borgeren inden for 24 timer</translation>
    </message>
</context>
<context>
    <name>Kvarter::TriageColours</name>
    <message>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rød</translation>
    </message>
</context>
<context>
    <name>Kvarter::TriageCommand</name>
    <message>
        <source>--colour &apos;%1&apos; is not green, yellow or red.</source>
        <translation>--colour &apos;%1&apos; er ikke grøn, gul eller rød.</translation>
    </message>
    <message>
        <source>%1, set by %2 at %3: %4</source>
        <translation>%1, sat af %2 %3: %4</translation>
    </message>
    <message>
        <source>; board meeting %1</source>
        <translation>; tavlemøde %1</translation>
    </message>
    <message>
        <source>; due %1</source>
        <translation>; frist %1</translation>
    </message>
    <message>
        <source>Only citizens of this colour.</source>
        <translation>Kun borgere med denne farve.</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>farve</translation>
    </message>
    <message>
        <source>Only this nurse&apos;s citizens and tasks (id or initials).</source>
        <translation>Kun denne sygeplejerskes borgere og opgaver (id eller initialer).</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>medarbejder</translation>
    </message>
    <message>
        <source>no employee with id or initials &apos;%1&apos;.</source>
        <translation>ingen medarbejder med id eller initialer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Triage board, %1 (next board meeting %2):</source>
        <translation>Triagetavle, %1 (næste tavlemøde %2):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>intet</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NY</translation>
    </message>
    <message>
        <source>  OVERDUE by %1</source>
        <translation>  OVER TIDEN med %1</translation>
    </message>
    <message>
        <source>New change %1 by %2: %3</source>
        <translation>Ny ændring %1 af %2: %3</translation>
    </message>
    <message>
        <source>  No citizen is yellow or red, and there are no new changes in need.</source>
        <translation>  Ingen borgere er gule eller røde, og der er ingen nye ændringer i behov.</translation>
    </message>
    <message>
        <source>The triage board: yellow and red citizens, new changes, deadlines.</source>
        <translation>Triagetavlen: gule og røde borgere, nye ændringer, frister.</translation>
    </message>
</context>
<context>
    <name>Kvarter::TriageDecisionDialog</name>
    <message>
        <source>Colour of %1</source>
        <translation>Farve for %1</translation>
    </message>
    <message>
        <source>Why: what the team saw and agreed</source>
        <translation>Hvorfor: hvad teamet så og aftalte</translation>
    </message>
    <message>
        <source>&amp;Set colour</source>
        <translation>&amp;Sæt farve</translation>
    </message>
</context>
<context>
    <name>Kvarter::TriageRules</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d. %2 t.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t. %2 min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 t.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>om %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 over tiden</translation>
    </message>
</context>
<context>
    <name>Kvarter::TriageService</name>
    <message>
        <source>The citizen is not in the team&apos;s file.</source>
        <translation>Borgeren findes ikke i teamets data.</translation>
    </message>
    <message>
        <source>Say why: every change of colour is documented.</source>
        <translation>Skriv hvorfor: hvert farveskift dokumenteres.</translation>
    </message>
    <message>
        <source>Nobody in the team has that id.</source>
        <translation>Ingen i teamet har det id.</translation>
    </message>
    <message>
        <source>The citizen is %1 already.</source>
        <translation>Borgeren er allerede %1.</translation>
    </message>
    <message>
        <source>The citizen is green: there is no daily follow-up to tick.</source>
        <translation>Borgeren er grøn: der er ingen daglig opfølgning at afkrydse.</translation>
    </message>
    <message>
        <source>Give a time of day between 00:00 and 23:59.</source>
        <translation>Angiv et klokkeslæt mellem 00:00 og 23:59.</translation>
    </message>
    <message>
        <source>Choose at least one weekday for the board meeting.</source>
        <translation>Vælg mindst én ugedag til tavlemødet.</translation>
    </message>
</context>
<context>
    <name>Kvarter::TriageSetCommand</name>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>green, yellow or red.</source>
        <translation>grøn, gul eller rød.</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>farve</translation>
    </message>
    <message>
        <source>Why: every change of colour is documented.</source>
        <translation>Hvorfor: hvert farveskift dokumenteres.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Who gets the follow-up task (employee id or initials).</source>
        <translation>Hvem får opfølgningsopgaven (medarbejderens id eller initialer).</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>medarbejder</translation>
    </message>
    <message>
        <source>give the colour with --colour green, yellow or red.</source>
        <translation>angiv farven med --colour grøn, gul eller rød.</translation>
    </message>
    <message>
        <source>no employee with id or initials &apos;%1&apos;.</source>
        <translation>ingen medarbejder med id eller initialer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set a citizen&apos;s triage colour, saying why.</source>
        <translation>Sæt en borgers triagefarve med begrundelse.</translation>
    </message>
</context>
<context>
    <name>Kvarter::UnassignedListView</name>
    <message>
        <source>Unassigned visits</source>
        <translation>Ikke tildelte besøg</translation>
    </message>
</context>
<context>
    <name>Kvarter::VisitAddCommand</name>
    <message>
        <source>Plan a visit to a citizen.</source>
        <translation>Planlæg et besøg hos en borger.</translation>
    </message>
    <message>
        <source>The citizen&apos;s CPR number or id.</source>
        <translation>Borgerens CPR-nummer eller id.</translation>
    </message>
    <message>
        <source>When the visit starts (ISO 8601, Copenhagen time unless an offset is given).</source>
        <translation>Hvornår besøget begynder (ISO 8601, københavnsk tid, medmindre en forskydning er angivet).</translation>
    </message>
    <message>
        <source>ISO-TIME</source>
        <translation>ISO-TID</translation>
    </message>
    <message>
        <source>How long the visit lasts.</source>
        <translation>Hvor længe besøget varer.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Who makes the visit (default: nobody yet).</source>
        <translation>Hvem der kører besøget (standard: ingen endnu).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>FSIII service codes done on the visit, separated by commas.</source>
        <translation>FSIII-ydelseskoder, der udføres ved besøget, adskilt af kommaer.</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>koder</translation>
    </message>
    <message>
        <source>--start &apos;%1&apos; is not a time; write it as ISO 8601, e.g. 2026-03-02T09:30.</source>
        <translation>--start &apos;%1&apos; er ikke et tidspunkt; skriv det som ISO 8601, f.eks. 2026-03-02T09:30.</translation>
    </message>
    <message>
        <source>no employee with id or initials &apos;%1&apos;.</source>
        <translation>ingen medarbejder med id eller initialer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Visit planned: %1</source>
        <translation>Besøg planlagt: %1</translation>
    </message>
</context>
<context>
    <name>Kvarter::VisitCardDelegate</name>
    <message>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>Ikke hjemme</translation>
    </message>
</context>
<context>
    <name>Kvarter::VisitDoneCommand</name>
    <message>
        <source>The visit&apos;s id.</source>
        <translation>Besøgets id.</translation>
    </message>
    <message>
        <source>Who marks it (default: the visit&apos;s employee).</source>
        <translation>Hvem markerer det (standard: besøgets medarbejder).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>give the visit&apos;s id.</source>
        <translation>angiv besøgets id.</translation>
    </message>
    <message>
        <source>no visit with id &apos;%1&apos;.</source>
        <translation>intet besøg med id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the visit is not assigned to anyone; say who did it with --as.</source>
        <translation>besøget er ikke tildelt nogen; angiv med --as, hvem der udførte det.</translation>
    </message>
    <message>
        <source>Visit to %1 at %2 marked done.</source>
        <translation>Besøg hos %1 kl. %2 er markeret som udført.</translation>
    </message>
    <message>
        <source>Mark a visit as done.</source>
        <translation>Markér et besøg som udført.</translation>
    </message>
</context>
<context>
    <name>Kvarter::VisitHistoryModel</name>
    <message>
        <source>(not assigned)</source>
        <translation>(ikke tildelt)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Indsatser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Kvarter::VisitMoveCommand</name>
    <message>
        <source>Move a visit to another employee or time.</source>
        <translation>Flyt et besøg til en anden medarbejder eller et andet tidspunkt.</translation>
    </message>
    <message>
        <source>The visit&apos;s id.</source>
        <translation>Besøgets id.</translation>
    </message>
    <message>
        <source>Give the visit to this employee; an empty value unassigns it.</source>
        <translation>Giv besøget til denne medarbejder; en tom værdi fjerner tildelingen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The visit&apos;s new start (ISO 8601, Copenhagen time unless an offset is given).</source>
        <translation>Besøgets nye starttidspunkt (ISO 8601, københavnsk tid, medmindre en forskydning er angivet).</translation>
    </message>
    <message>
        <source>ISO-TIME</source>
        <translation>ISO-TID</translation>
    </message>
    <message>
        <source>give the visit&apos;s id.</source>
        <translation>angiv besøgets id.</translation>
    </message>
    <message>
        <source>give --employee E, --start T or both.</source>
        <translation>angiv --employee E, --start T eller begge.</translation>
    </message>
    <message>
        <source>no employee with id or initials &apos;%1&apos;.</source>
        <translation>ingen medarbejder med id eller initialer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--start &apos;%1&apos; is not a time; write it as ISO 8601, e.g. 2026-03-02T09:30.</source>
        <translation>--start &apos;%1&apos; er ikke et tidspunkt; skriv det som ISO 8601, f.eks. 2026-03-02T09:30.</translation>
    </message>
    <message>
        <source>no visit with id &apos;%1&apos;.</source>
        <translation>intet besøg med id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Visit moved: %1</source>
        <translation>Besøg flyttet: %1</translation>
    </message>
</context>
<context>
    <name>Kvarter::VisitService</name>
    <message>
        <source>Choose the citizen to visit.</source>
        <translation>Vælg den borger, der skal besøges.</translation>
    </message>
    <message>
        <source>Enter when the visit starts.</source>
        <translation>Angiv, hvornår besøget begynder.</translation>
    </message>
    <message>
        <source>A visit lasts between 1 minute and %1 hours.</source>
        <translation>Et besøg varer mellem 1 minut og %1 timer.</translation>
    </message>
    <message>
        <source>The visit no longer exists.</source>
        <translation>Besøget findes ikke længere.</translation>
    </message>
    <message>
        <source>A visit on %1 cannot be marked before that day.</source>
        <translation>Et besøg %1 kan ikke markeres før den dag.</translation>
    </message>
</context>
<context>
    <name>Kvarter::VisitStatusCommand</name>
    <message>
        <source>Set a visit&apos;s status.</source>
        <translation>Sæt et besøgs status.</translation>
    </message>
    <message>
        <source>The visit&apos;s id.</source>
        <translation>Besøgets id.</translation>
    </message>
    <message>
        <source>planned, done, not-home or cancelled.</source>
        <translation>planned, done, not-home eller cancelled.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>give the visit&apos;s id.</source>
        <translation>angiv besøgets id.</translation>
    </message>
    <message>
        <source>--status &apos;%1&apos; is not one of planned, done, not-home, cancelled.</source>
        <translation>--status &apos;%1&apos; er ikke en af planned, done, not-home, cancelled.</translation>
    </message>
    <message>
        <source>no visit with id &apos;%1&apos;.</source>
        <translation>intet besøg med id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Visit %1 is now %2.</source>
        <translation>Besøg %1 er nu %2.</translation>
    </message>
</context>
<context>
    <name>Kvarter::VisitStatuses</name>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>Ikke hjemme</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
</context>
<context>
    <name>Kvarter::VisitationPage</name>
    <message>
        <source>&amp;Grant as proposed</source>
        <translation>Bevilg som &amp;foreslået</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Æn&amp;dr …</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Giv &amp;afslag …</translation>
    </message>
    <message>
        <source>Show &amp;letter</source>
        <translation>Vis &amp;brev</translation>
    </message>
    <message>
        <source>&amp;Save letter as PDF…</source>
        <translation>&amp;Gem brev som PDF …</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Visitation&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Visitation&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Proposals that went outside a team&apos;s delegated frame wait here for your decision, oldest first.</source>
        <translation>Forslag, der gik ud over et teams delegerede ramme, venter her på din afgørelse, ældste først.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Venter siden</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskaleringer</translation>
    </message>
    <message>
        <source>No proposals are waiting for a decision.</source>
        <translation>Ingen forslag venter på en afgørelse.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The proposal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Forslaget&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The assessment it names&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vurderingen, som forslaget henviser til&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a proposal in the list.</source>
        <translation>Vælg et forslag på listen.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>Now granted</source>
        <translation>Bevilget nu</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Søgt om</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Follow-up by</source>
        <translation>Opfølgning senest</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Foreslået af</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Outside the frame</source>
        <translation>Uden for rammen</translation>
    </message>
    <message>
        <source>The frame</source>
        <translation>Rammen</translation>
    </message>
    <message>
        <source>%1 may decide %2 up to %3</source>
        <translation>%1 må træffe afgørelse om %2 op til %3</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Ansøgning</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>&lt;i&gt;The proposal names no assessment.&lt;/i&gt; Ask the team which assessment it rests on before deciding.</source>
        <translation>&lt;i&gt;Forslaget henviser ikke til nogen vurdering.&lt;/i&gt; Spørg teamet, hvilken vurdering det bygger på, før du træffer afgørelse.</translation>
    </message>
    <message>
        <source>&lt;i&gt;The assessment the proposal names is not on this laptop (yet).&lt;/i&gt;</source>
        <translation>&lt;i&gt;Vurderingen, som forslaget henviser til, findes ikke på denne computer (endnu).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Assessed %1 by %2</source>
        <translation>Vurderet %1 af %2</translation>
    </message>
    <message>
        <source>The citizen&apos;s wishes:</source>
        <translation>Borgerens ønsker:</translation>
    </message>
    <message>
        <source>Latest levels</source>
        <translation>Seneste niveauer</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>potential problem</source>
        <translation>potentielt problem</translation>
    </message>
    <message>
        <source>The proposal was refused (case %1). Send the citizen the letter.</source>
        <translation>Der er givet afslag på forslaget (sag %1). Send brevet til borgeren.</translation>
    </message>
    <message>
        <source>Granted: %1 (case %2). Send the citizen the letter.</source>
        <translation>Bevilget: %1 (sag %2). Send brevet til borgeren.</translation>
    </message>
    <message>
        <source>Letter of the last decision (case %1):</source>
        <translation>Brev om den seneste afgørelse (sag %1):</translation>
    </message>
    <message>
        <source>Could not make a temporary file for the letter.</source>
        <translation>Kunne ikke lave en midlertidig fil til brevet.</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Gem brev som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter was saved as %1.</source>
        <translation>Brevet er gemt som %1.</translation>
    </message>
    <message>
        <source>The decision is no longer in the team&apos;s records.</source>
        <translation>Afgørelsen findes ikke længere i teamets data.</translation>
    </message>
</context>
<context>
    <name>Kvarter::VisitsCommand</name>
    <message>
        <source>Employee id or initials.</source>
        <translation>Medarbejderens id eller initialer.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation>Dagen (standard: i dag).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>give --employee ID.</source>
        <translation>angiv --employee ID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>no employee with id or initials &apos;%1&apos;.</source>
        <translation>ingen medarbejder med id eller initialer &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>  No visits.</source>
        <translation>  Ingen besøg.</translation>
    </message>
    <message>
        <source>List an employee&apos;s visits on a day.</source>
        <translation>Vis en medarbejders besøg på en dag.</translation>
    </message>
    <message>
        <source>Who reads it (default: the employee whose day it is).</source>
        <translation>Hvem læser den (standard: den medarbejder, hvis dag det er).</translation>
    </message>
    <message>
        <source>  (double booked)</source>
        <translation>  (dobbeltbooket)</translation>
    </message>
</context>
<context>
    <name>Kvarter::WeekPlanModel</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n besøg</numerusform>
            <numerusform>%n besøg</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min.</translation>
    </message>
    <message numerus="yes">
        <source>%n double booking(s)</source>
        <translation>
            <numerusform>%n dobbeltbooking</numerusform>
            <numerusform>%n dobbeltbookinger</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Ikke tildelt</translation>
    </message>
</context>
<context>
    <name>Kvarter::WhoLookedDialog</name>
    <message>
        <source>This citizen is no longer in the team&apos;s records.</source>
        <translation>Borgeren findes ikke længere i teamets data.</translation>
    </message>
    <message>
        <source>Who has looked at %1</source>
        <translation>Hvem har set journalen for %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · CPR %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · CPR %2</translation>
    </message>
    <message>
        <source>Every opening of the record in Kvarter: who, when, which part, and why they could open it. A citizen who asks who has looked is given this list as a PDF.</source>
        <translation>Alle opslag i journalen i Kvarter: hvem, hvornår, hvilken del, og hvorfor de måtte åbne den. En borger, der spørger, hvem der har set journalen, får denne liste som PDF.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF …</translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s)</source>
        <translation>
            <numerusform>%n opslag</numerusform>
            <numerusform>%n opslag</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1. The file holds personal data: keep it safe, and delete it once it has been handed over.</source>
        <translation>Gemt som %1. Filen indeholder personoplysninger: opbevar den sikkert, og slet den, når den er udleveret.</translation>
    </message>
    <message>
        <source>Save who has looked as PDF</source>
        <translation>Gem hvem der har set journalen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
</TS>
