// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "LegalTexts.h"

namespace Kvarter {

QString LegalTexts::legalBasis(const QString &serviceGroupCode, const QString &serviceGroupName, bool course, bool nursing)
{
    if (course)
        return tr("The decision is made under the Elderly Act (ældreloven), which grants help as a holistic course of "
                  "care (helhedspleje) planned with you.");
    if (nursing)
        return tr("The decision is made under the Health Act (sundhedsloven) § 138 on home nursing.");
    // The FSIII group names the paragraph of the Social Services Act ("§ 83 stk. 1, nr. 1 Personlig hjælp og pleje").
    Q_UNUSED(serviceGroupCode)
    return tr("The decision is made under the Social Services Act (serviceloven), %1.").arg(serviceGroupName);
}

QStringList LegalTexts::heardHowKeys()
{
    return { QStringLiteral("in-person"), QStringLiteral("phone"), QStringLiteral("letter"), QStringLiteral("email") };
}

QString LegalTexts::heardHowName(const QString &key)
{
    if (key == QLatin1String("in-person"))
        return tr("in a conversation in your home");
    if (key == QLatin1String("phone"))
        return tr("by phone");
    if (key == QLatin1String("letter"))
        return tr("by letter");
    if (key == QLatin1String("email"))
        return tr("by e-mail");
    return key;
}

QString LegalTexts::hearing(const QString &when, const QString &how)
{
    return tr("Before we decided, we told you what we intended to decide and why, and you had the opportunity "
              "to give your view (%1, %2).")
        .arg(how, when);
}

QString LegalTexts::justificationBasis(const QString &assessmentId)
{
    if (assessmentId.isEmpty())
        return tr("We have based the decision on what we know of your situation from our visits and our talks with you.");
    return tr("We have based the decision on the assessment of your functional ability (FSIII), reference %1, and "
              "on our talks with you.")
        .arg(assessmentId);
}

QStringList LegalTexts::complaintGuidance(const QString &municipality, const QString &visitatorName,
                                          const QString &visitatorPhone, bool nursing)
{
    if (nursing)
        return {
            tr("You can complain about this decision on home nursing to Styrelsen for Patientklager (the Danish "
               "Patient Complaints Board), which handles complaints under the Health Act (sundhedsloven)."),
            tr("You can also first talk to us about it: we will look at the decision again if you ask."),
        };
    // A letter never shows an empty blank: without a recorded name or phone the sentence says less.
    const QString authority = municipality.trimmed().isEmpty() ? tr("the municipality") : municipality.trimmed();
    QString how;
    if (!visitatorName.isEmpty() && !visitatorPhone.isEmpty())
        how = tr("You can complain by letter, by e-mail or by phone, for example to your visitator %1 on %2. You do "
                 "not have to give reasons for your complaint.")
                  .arg(visitatorName, visitatorPhone);
    else if (!visitatorName.isEmpty())
        how = tr("You can complain by letter, by e-mail or by phone, for example to your visitator %1. You do not "
                 "have to give reasons for your complaint.")
                  .arg(visitatorName);
    else
        how = tr("You can complain by letter, by e-mail or by phone. You do not have to give reasons for your complaint.");
    return {
        tr("You can complain about this decision. Your complaint must reach %1 within 4 weeks of the day you "
           "received this letter.")
            .arg(authority),
        how,
        tr("We will then look at the decision again. If we change it, you receive a new decision. If we keep it, "
           "we send your complaint and the papers of your case on to Ankestyrelsen (the National Social Appeals "
           "Board), which decides it, and we tell you that we have done so."),
        tr("The rules are in the Act on Legal Protection and Administration in Social Matters "
           "(retssikkerhedsloven) §§ 66 and 67."),
    };
}

} // namespace Kvarter
