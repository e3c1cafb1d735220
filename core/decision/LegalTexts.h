// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Kvarter {

struct Service;

/// The legal wording of a decision letter, in one place so a lawyer reviews it once and the
/// translators translate it once: the legal basis of each kind of service, the note on
/// justification and hearing (forvaltningsloven §§ 19, 22–24) and the complaint guidance
/// (forvaltningsloven § 25; retssikkerhedsloven §§ 66–67). English source text, Danish in the .ts.
class LegalTexts final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::LegalTexts)

public:
    /// The act and section a decision on this service is made under.
    static QString legalBasis(const QString &serviceGroupCode, const QString &serviceGroupName, bool course, bool nursing);
    /// How the citizen was heard (partshøring) before a decision against their wish.
    static QString hearing(const QString &when, const QString &how);
    static QString heardHowName(const QString &key);
    static QStringList heardHowKeys();
    /// Said where a justification is given: what it rests on.
    static QString justificationBasis(const QString &assessmentId);
    /// The complaint guidance: deadline, where, how, that no reasons are needed, reassessment, Ankestyrelsen.
    /// Social-law decisions (serviceloven, ældreloven) are complained about to the municipality,
    /// which reassesses and sends them on to Ankestyrelsen; home nursing (sundhedsloven § 138) is a
    /// health matter, complained about to Styrelsen for Patientklager instead.
    static QStringList complaintGuidance(const QString &municipality, const QString &visitatorName, const QString &visitatorPhone,
                                         bool nursing = false);
    /// The complaint deadline in days (4 weeks), and the municipality's time to reassess (4 weeks).
    static constexpr int ComplaintDays = 28;
    static constexpr int ReassessmentDays = 28;
};

} // namespace Kvarter
