// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>
#include <QSet>
#include <functional>
#include <optional>

namespace Kvarter {

class ServiceCatalogue;
class Store;

/// What the demo generator made.
struct DemoSummary
{
    int teams = 0;
    int employees = 0;
    int citizens = 0;
    qint64 visits = 0;
    qint64 notes = 0;
    int assessments = 0;
    int changeReports = 0;
    int triageDecisions = 0;
};

/// Makes a realistic, deterministic demo: Danish names and addresses on South Funen, relatives,
/// FSIII grants and visits routed through each employee's day, with continuity groups per
/// citizen. Same seed and same "today" give the same data. Written through the Store, so every
/// row is in the change log exactly as if staff had typed it.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::DemoGenerator)

public:
    enum class Scale {
        Team,    // 12 staff, 50 citizens, 90 days around today
        Section, // 5 teams: 60 staff, 300 citizens, 3 years (about 1M visits)
    };
    static std::optional<Scale> scaleFromName(const QString &name);

    /// Receives progress 0–100; returning false cancels (the finished part stays, consistent).
    using Progress = std::function<bool(int percent)>;

    /// The PIN every demo employee gets unless setPin says otherwise (`demo` prints it).
    static constexpr const char *DefaultPin = "2846";

    DemoGenerator(Store &store, const ServiceCatalogue &catalogue, quint32 seed);
    void setPin(const QString &pin) { m_pin = pin; }
    DemoSummary generate(Scale scale, const Progress &progress = {});

private:
    struct Plan;
    struct TeamData;
    TeamData makeTeam(int teamIndex, int staff, int citizens);
    void makeCitizen(TeamData &team, int index);
    void makeFrames(const TeamData &team);
    qint64 makeDay(TeamData &team, const QDate &day, qint64 &notes);

    Store &m_store;
    const ServiceCatalogue &m_catalogue;
    QRandomGenerator m_random;
    quint32 m_seed;
    QDate m_today;
    QSet<QString> m_usedCprs;
    QString m_pin = QString::fromLatin1(DefaultPin);
};

} // namespace Kvarter
