// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Kvarter {

/// One FSIII concept as Kvarter uses it: its current (UUID) code, its display and the older codes
/// the same concept had (J1.1, "Spise_og_drikke", a repeated UUID…), which still look it up.
struct FsiiiConcept
{
    QString code;
    QString display;
    QStringList legacyCodes;
};

/// An area ("Egenomsorg", "Ernæring") with its conditions, in the order of the FSIII numbering.
struct FsiiiArea
{
    FsiiiConcept area;
    QList<FsiiiConcept> conditions;
};

/// A small closed list (Udførelse, Betydning, Måltype, follow-up outcome).
struct FsiiiValueSet
{
    FsiiiConcept heading;
    QList<FsiiiConcept> values;
    /// The current code of a value given by current code, legacy code or display (any case);
    /// empty when it is none of this set's values.
    QString resolve(const QString &input) const;
    QString displayOf(const QString &code) const;
};

/// Which of the two condition groups a condition is in.
enum class ConditionGroup {
    HomeCare, // "Kommunale pleje- og omsorgstilstande": function ability, a level 0–4 or 9
    Nursing,  // "Kommunale sygeplejetilstande": a problem or potential problem, no level
};

/// The FSIII terms of an assessment, read from the shipped code system (HL7 Denmark's FHIR
/// CodeSystem). That file lists each group twice, once with UUID codes and once with the legacy
/// codes, and repeats a few displays under one parent; it has no active flag. Kvarter keeps the
/// UUID concepts, one per display under a parent, and maps every other code of the same
/// concept (same parent, same display) to it, so records and people using old codes still work.
class FsiiiTerms final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::FsiiiTerms)

public:
    /// The terms of the bundled file; loaded once.
    static const FsiiiTerms &standard();
    /// Terms from FHIR CodeSystem JSON; an unreadable file gives empty terms.
    static FsiiiTerms fromJson(const QByteArray &json);

    const QList<FsiiiArea> &homeCareAreas() const { return m_homeCare; }
    const QList<FsiiiArea> &nursingAreas() const { return m_nursing; }
    const FsiiiValueSet &performance() const { return m_performance; }   // Udførelse
    const FsiiiValueSet &meaning() const { return m_meaning; }           // Betydning
    const FsiiiValueSet &goalTypes() const { return m_goalTypes; }       // Måltype: forsvinder, mindskes, uændret
    const FsiiiValueSet &followUpOutcomes() const { return m_followUp; } // Fortsættes … Revisitation

    /// Where a condition sits. `condition` is null for an area code.
    struct Found
    {
        ConditionGroup group = ConditionGroup::HomeCare;
        const FsiiiArea *area = nullptr;
        const FsiiiConcept *condition = nullptr;
    };
    /// Looks up an area or condition by current or legacy code; nullopt when unknown.
    std::optional<Found> find(const QString &code) const;
    /// The current code of a condition (not an area) given any of its codes; empty when unknown.
    QString conditionCode(const QString &code) const;
    /// The display of any known code, or the code itself (never lose what was recorded).
    QString displayOf(const QString &code) const;
    /// A sort key in FSIII order (home care before nursing, then area and condition numbering);
    /// unknown codes sort last.
    int orderOf(const QString &code) const;
    /// Every legacy or repeated code that was mapped, with the current code it maps to.
    const QHash<QString, QString> &legacyMap() const { return m_legacy; }

    /// The levels of the function-ability scale, in order: 0, 1, 2, 3, 4, 9.
    static QList<int> levels();
    static bool isLevel(int level);
    /// "Moderate limitations" for 2, and so on.
    static QString levelName(int level);

private:
    QList<FsiiiArea> m_homeCare;
    QList<FsiiiArea> m_nursing;
    FsiiiValueSet m_performance, m_meaning, m_goalTypes, m_followUp;
    struct Position
    {
        ConditionGroup group;
        qsizetype area;
        qsizetype condition; // -1 for the area itself
    };
    QHash<QString, Position> m_index; // current and legacy codes
    QHash<QString, QString> m_legacy; // legacy or repeated code → current code
};

} // namespace Kvarter
