// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DecisionLetter.h"

#include "LegalTexts.h"
#include "common/Clock.h"
#include "frame/CourseLevels.h"

#include <QCryptographicHash>
#include <QLocale>

namespace Kvarter {

QString DecisionLetter::date(const QDate &date)
{
    return QLocale(QLocale::Danish, QLocale::Denmark).toString(date, QStringLiteral("d. MMMM yyyy"));
}

QString DecisionLetter::amountText(Grant::Kind kind, int amount)
{
    if (kind == Grant::Kind::Course)
        return CourseLevels::displayName(amount);
    // Not %n: a grant of one minute does not occur, and the letter must read well before translation.
    return tr("%1 minutes per week").arg(amount);
}

namespace {

QString whatTheCaseIsAbout(const Decision &d, const LetterFacts &f)
{
    if (!d.application.trimmed().isEmpty())
        return d.application.trimmed();
    if (d.action == FrameAction::Reduce || d.action == FrameAction::End)
        return DecisionLetter::tr("We have looked at your need for help with %1 again, as we do when your situation changes.")
            .arg(f.serviceName.toLower());
    return DecisionLetter::tr("You have asked for help with %1 (%2).")
        .arg(f.serviceName.toLower(), DecisionLetter::amountText(d.kind, d.requestedAmount));
}

QStringList theDecision(const Decision &d, const LetterFacts &f)
{
    QStringList lines;
    const QString service = f.serviceName.toLower();
    const QString from = DecisionLetter::date(d.validFrom);
    const QString amount = DecisionLetter::amountText(d.kind, d.amount);
    if (d.outcome == Decision::Outcome::Refused) {
        lines << DecisionLetter::tr("You are not granted help with %1 as you asked for (%2).")
                     .arg(service, DecisionLetter::amountText(d.kind, d.requestedAmount));
        if (d.change != Decision::Change::New)
            lines << DecisionLetter::tr("The help you have now stays as it is: %1.")
                         .arg(DecisionLetter::amountText(d.kind, d.previousAmount));
        return lines;
    }
    switch (d.action) {
    case FrameAction::Grant:
        lines << (d.kind == Grant::Kind::Course
                      ? DecisionLetter::tr("You are granted a course of holistic care (helhedspleje) with %1, %2, from %3.")
                            .arg(service, amount, from)
                      : DecisionLetter::tr("You are granted help with %1: %2, from %3.").arg(service, amount, from));
        break;
    case FrameAction::Increase:
    case FrameAction::Reduce:
        lines << DecisionLetter::tr("Your help with %1 is changed from %2 to %3, from %4.")
                     .arg(service, DecisionLetter::amountText(d.kind, d.previousAmount), amount, from);
        break;
    case FrameAction::End:
        lines << DecisionLetter::tr("Your help with %1 ends. The last day with this help is %2.")
                     .arg(service, DecisionLetter::date(d.validFrom));
        break;
    }
    if (d.action != FrameAction::End && d.requestedAmount > d.amount)
        lines << DecisionLetter::tr("You asked for %1. Why you are granted less is explained below, under \"Why we have "
                                    "decided this\".")
                     .arg(DecisionLetter::amountText(d.kind, d.requestedAmount));
    if (d.kind == Grant::Kind::Course && d.action != FrameAction::End)
        lines << DecisionLetter::tr("What the help holds, and when, we plan together with you, and we adjust it with "
                                    "you as your needs change.");
    if (d.followUp.isValid() && d.action != FrameAction::End)
        lines << DecisionLetter::tr("We will follow up on your help with you no later than %1.")
                     .arg(DecisionLetter::date(d.followUp));
    return lines;
}

} // namespace

DecisionLetter DecisionLetter::compose(const Decision &d, const LetterFacts &f)
{
    DecisionLetter letter;
    letter.title = d.outcome == Decision::Outcome::Refused ? tr("Decision: refusal of help with %1").arg(f.serviceName.toLower())
                                                           : tr("Decision about your help with %1").arg(f.serviceName.toLower());
    letter.recipient = QStringList { f.citizenName, f.address, f.postcodeAndCity };
    letter.recipient.removeAll(QString());
    const QString responsible =
        f.responsibleRole.isEmpty() ? f.responsibleName : tr("%1, %2").arg(f.responsibleName, f.responsibleRole.toLower());
    letter.header = { { tr("Municipality"), f.municipality },
                      { tr("Team"), f.teamName },
                      { tr("Date"), date(d.decidedAt.toTimeZone(Clock::teamZone()).date()) },
                      { tr("Case number"), d.caseNumber },
                      { tr("Responsible employee"), responsible } };
    letter.sections << Section { tr("What the case is about"), { whatTheCaseIsAbout(d, f) } };
    letter.sections << Section { tr("Our decision"), theDecision(d, f) };
    letter.sections << Section { tr("Legal basis"),
                                 { LegalTexts::legalBasis(f.serviceGroupCode, f.serviceGroupName, f.course, f.nursing) } };
    if (d.againstWish()) {
        Section why { tr("Why we have decided this"), {} };
        if (!d.justification.trimmed().isEmpty())
            why.paragraphs << d.justification.trimmed();
        if (!d.reason.trimmed().isEmpty() && (d.action == FrameAction::Reduce || d.action == FrameAction::End))
            why.paragraphs << tr("What has changed for you: %1").arg(d.reason.trimmed());
        why.paragraphs << LegalTexts::justificationBasis(d.assessmentId);
        if (d.heardAt.isValid())
            why.paragraphs << LegalTexts::hearing(date(d.heardAt.toTimeZone(Clock::teamZone()).date()),
                                                  LegalTexts::heardHowName(d.heardHow));
        letter.sections << why;
    }
    letter.sections << Section { tr("If you disagree: how to complain"),
                                 LegalTexts::complaintGuidance(f.municipality, f.visitatorName, f.visitatorPhone, f.nursing) };
    if (!f.visitatorName.isEmpty())
        letter.sections << Section {
            tr("Questions"),
            { f.visitatorPhone.isEmpty()
                  ? tr("Your fixed visitator is %1.").arg(f.visitatorName)
                  : tr("Your fixed visitator is %1. You can call directly on %2.").arg(f.visitatorName, f.visitatorPhone) }
        };
    return letter;
}

QString DecisionLetter::text() const
{
    QStringList lines { title };
    lines << recipient;
    for (const auto &[label, value] : header)
        lines << label + QStringLiteral(": ") + value;
    for (const Section &s : sections) {
        lines << s.heading;
        lines << s.paragraphs;
    }
    return lines.join(QLatin1Char('\n'));
}

QString DecisionLetter::hash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(text().toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString DecisionLetter::suggestedFileName(const Decision &decision) const
{
    QString safe;
    for (const QChar c : decision.caseNumber)
        if (c.isLetterOrNumber() && c.unicode() < 128)
            safe += c;
        else if (c == u'-')
            safe += c;
    return QStringLiteral("afgoerelse-%1.pdf").arg(safe);
}

} // namespace Kvarter
