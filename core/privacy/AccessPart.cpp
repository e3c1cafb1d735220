// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AccessPart.h"

namespace Kvarter {

QList<AccessPart> AccessParts::all()
{
    return { AccessPart::Record,        AccessPart::Visits,    AccessPart::Notes,         AccessPart::Grants,
             AccessPart::Function,      AccessPart::Decisions, AccessPart::LetterPrinted, AccessPart::RunListPrinted,
             AccessPart::ReportPrinted, AccessPart::CliRead,   AccessPart::Triage,        AccessPart::BoardPrinted };
}

QString AccessParts::key(AccessPart part)
{
    switch (part) {
    case AccessPart::Record: return QStringLiteral("record");
    case AccessPart::Visits: return QStringLiteral("visits");
    case AccessPart::Notes: return QStringLiteral("notes");
    case AccessPart::Grants: return QStringLiteral("grants");
    case AccessPart::Function: return QStringLiteral("function");
    case AccessPart::Decisions: return QStringLiteral("decisions");
    case AccessPart::LetterPrinted: return QStringLiteral("letter-printed");
    case AccessPart::RunListPrinted: return QStringLiteral("run-list-printed");
    case AccessPart::ReportPrinted: return QStringLiteral("report-printed");
    case AccessPart::CliRead: return QStringLiteral("cli-read");
    case AccessPart::Triage: return QStringLiteral("triage");
    case AccessPart::BoardPrinted: return QStringLiteral("board-printed");
    }
    return {};
}

std::optional<AccessPart> AccessParts::fromKey(const QString &key)
{
    for (AccessPart part : all())
        if (AccessParts::key(part) == key)
            return part;
    return std::nullopt;
}

QString AccessParts::displayName(AccessPart part)
{
    switch (part) {
    case AccessPart::Record: return tr("Record overview");
    case AccessPart::Visits: return tr("Visits");
    case AccessPart::Notes: return tr("Visit notes");
    case AccessPart::Grants: return tr("Grants");
    case AccessPart::Function: return tr("Function (FSIII)");
    case AccessPart::Decisions: return tr("Decisions");
    case AccessPart::LetterPrinted: return tr("Letter printed");
    case AccessPart::RunListPrinted: return tr("Run list printed");
    case AccessPart::ReportPrinted: return tr("Report printed");
    case AccessPart::CliRead: return tr("Read with kvarter-cli");
    case AccessPart::Triage: return tr("Changes in need and triage");
    case AccessPart::BoardPrinted: return tr("Triage board printed");
    }
    return {};
}

QString AccessParts::displayNameOfKey(const QString &key)
{
    const std::optional<AccessPart> part = fromKey(key);
    return part ? displayName(*part) : key;
}

} // namespace Kvarter
