// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QJsonObject>
#include <QString>
#include <functional>

namespace Kvarter {

class Clock;

/// The performance figures of the Foundation issue, measured on a real database file. Each
/// figure is reported through `report` as {"figure", "value", "unit", "goal"}.
class Benchmarks final
{
public:
    using Report = std::function<void(const QJsonObject &)>;
    /// `clock` is the command's (--now): it picks the day the day-plan figures read.
    Benchmarks(QString databasePath, const Clock &clock, Report report)
        : m_path(std::move(databasePath)), m_clock(clock), m_report(std::move(report))
    {
    }

    /// Open the file with the OS cache dropped for it, then the first My-day result.
    void coldOpenToMyDay();
    /// Median My-day and day-plan queries over many employees and days.
    void queries();
    /// Citizen search per keystroke in a scratch database of 10 000 citizens.
    void citizenSearch();
    /// Visits through VisitService (validation + change log) vs a raw prepared-statement loop.
    void insertRate(int rows = 30000);
    /// Near-visitation: a decision letter made and written as PDF, the frame check of a proposal
    /// (the form's preview: citizen, grants, frames read and checked), the economic-frame figure of
    /// a team. Decisions are made inside a transaction that is rolled back: the file is unchanged.
    void decisions();
    /// One figure as a JSON line: {"figure", "value" (3 decimals), "unit", "goal"}, plus `data`
    /// when given: what the figure ran on (database, row counts, settings), so a number is never
    /// read without knowing what it measured.
    static QJsonObject figureJson(const QString &name, double value, const QString &unit, const QString &goal,
                                  const QJsonObject &data = {});

    /// A citizen's area history (the chart on the citizen page) over every assessed citizen and
    /// home-care area. A file without assessments (a demo from before them) is measured on a copy
    /// with a few thousand generated; the figure's data says which.
    void assessmentAreaHistory();

    /// A sign-in with a PIN (roster + Argon2id check at interactive limits), in a scratch database.
    void pinCheck();

    /// Peak RSS of the desktop app (`appPath`) showing this database, run headless.
    void appPeakRss(const QString &appPath);

private:
    void figure(const QString &name, double value, const QString &unit, const QString &goal);

    QString m_path;
    const Clock &m_clock;
    Report m_report;
};

} // namespace Kvarter
