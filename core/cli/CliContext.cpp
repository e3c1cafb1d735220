// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CliContext.h"

#include "session/Session.h"

#include "access/PinVault.h"
#include "citizen/CitizenService.h"
#include "common/Error.h"
#include "privacy/BreakGlassNeeded.h"
#include "store/Profile.h"
#include "store/Store.h"
#include "team/TeamService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Kvarter {

CliContext::CliContext(QCommandLineParser &parser) : m_parser(parser) {}
CliContext::~CliContext() = default;

bool CliContext::json() const { return m_parser.isSet(QStringLiteral("json")); }

QString CliContext::databasePath() const
{
    const QString path = m_parser.value(QStringLiteral("db"));
    return path.isEmpty() ? Profile::defaultDatabasePath() : path;
}

QString CliContext::setUpClock()
{
    QString text = m_parser.value(QStringLiteral("now"));
    QString source = QStringLiteral("--now");
    if (text.isEmpty()) {
        text = qEnvironmentVariable("KVARTER_NOW");
        source = QStringLiteral("KVARTER_NOW");
    }
    if (text.isEmpty())
        return {};
    const std::optional<QDateTime> now = parseTime(text);
    if (!now)
        return tr("%1 '%2' is not a time; write it as ISO 8601, e.g. 2026-03-02T09:30 (Copenhagen time) or "
                  "2026-03-02T08:30:00Z.")
            .arg(source, text);
    m_clock = std::make_unique<ManualClock>(*now);
    return {};
}

std::optional<QDateTime> CliContext::parseTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    // A bare date would silently mean midnight, when most of the day's visits have not started.
    if (!trimmed.contains(QLatin1Char('T')))
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    // No offset given: the person means the team's wall clock, not the machine's zone (TZ=UTC in CI).
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), Clock::teamZone());
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

Store &CliContext::store()
{
    if (!m_store)
        m_store = std::make_unique<Store>(databasePath(), *m_clock);
    return *m_store;
}

void CliContext::closeStore()
{
    m_session.reset();
    m_store.reset();
}

std::optional<Employee> CliContext::employee(const QString &key)
{
    TeamService team(store());
    if (auto byId = team.employee(key))
        return byId;
    QList<Employee> matches;
    for (const Employee &e : team.employees())
        if (e.initials.compare(key, Qt::CaseInsensitive) == 0)
            matches << e;
    // Guessing one of two people with the same initials would write in the wrong person's name.
    if (matches.size() > 1) {
        QStringList candidates;
        for (const Employee &e : matches)
            candidates << QStringLiteral("%1 (%2)").arg(e.id, e.name);
        throw Error(tr("the initials '%1' belong to %2 employees: %3; give the id instead.")
                        .arg(key)
                        .arg(matches.size())
                        .arg(candidates.join(QStringLiteral(", "))));
    }
    if (matches.isEmpty())
        return std::nullopt;
    return matches.first();
}

std::optional<Citizen> CliContext::citizen(const QString &key)
{
    CitizenService citizens = session().citizens();
    if (auto byCpr = citizens.byCpr(key))
        return byCpr;
    return citizens.citizen(key);
}

std::optional<Citizen> CliContext::citizenArgument(int &exitCode)
{
    const QStringList args = m_parser.positionalArguments();
    if (args.size() < 2) {
        exitCode = fail(tr("give the citizen's CPR number or id."), 2);
        return std::nullopt;
    }
    session();
    std::optional<Citizen> found = citizen(args.at(1));
    if (!found)
        exitCode = fail(tr("no citizen with CPR number or id '%1'.").arg(args.at(1)), 4);
    return found;
}

void CliContext::addActorOption(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("as"), tr("Who does it (employee id or initials)."), tr("id") });
}

void CliContext::addReasonOption(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("reason"),
                       tr("Why you need to open a citizen of another team (break the glass); the team leader sees it."),
                       tr("text") });
}

void CliContext::recordOpenings(const QStringList &citizenIds, AccessPart part)
{
    Session &s = session();
    QStringList ids = citizenIds;
    ids.removeDuplicates();
    // Only commands that took --reason may break the glass (another command's --reason means something else).
    const QString reason =
        m_parser.optionNames().contains(QLatin1String("reason")) ? m_parser.value(QStringLiteral("reason")) : QString();
    // Each refusal names one citizen: grant that one and try again, at most once per citizen.
    for (;;) {
        try {
            s.accessLog().recordOpenings(ids, part);
            return;
        } catch (const BreakGlassNeeded &e) {
            if (reason.isEmpty() || s.breakGlass().activeGrant(e.citizenId()))
                throw;
            s.breakGlass().grant(e.citizenId(), reason);
        }
    }
}

Session &CliContext::session()
{
    if (m_session)
        return *m_session;
    const QString key = m_parser.value(QStringLiteral("as"));
    if (key.isEmpty())
        throw Error(tr("say who is acting with --as EMPLOYEE (id or initials)."));
    const std::optional<Employee> e = employee(key);
    if (!e)
        throw Error(tr("no employee with id or initials '%1'.").arg(key));
    return sessionAs(e->id);
}

Session &CliContext::sessionAs(const QString &employeeId)
{
    auto session = std::make_unique<Session>(store(), *m_clock);
    const std::optional<Employee> who = TeamService(store()).employee(employeeId);
    if (!who)
        throw Error(tr("no employee with id or initials '%1'.").arg(employeeId));
    if (!session->pinStatus(employeeId).chosen)
        throw PinRefused(
            PinRefused::Reason::NotChosen,
            tr("%1 has no PIN on this computer yet; choose one with: kvarter-cli pin set %2").arg(who->name, who->initials));
    session->signIn(employeeId, secret("KVARTER_PIN", tr("PIN for %1").arg(who->name)));
    m_session = std::move(session);
    return *m_session;
}

const Actor &CliContext::actor() { return session().actor(); }

QString CliContext::secret(const char *variable, const QString &what)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal) {
        std::fputs(qPrintable(what + QStringLiteral(": ")), stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char line[256];
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
    if (!read)
        throw Error(tr("%1 is needed: type it, or set %2 for a script.").arg(what, QString::fromLatin1(variable)));
    return QString::fromUtf8(line).trimmed();
}

void CliContext::print(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliContext::printJson(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    print(QString::fromUtf8(doc.toJson(QJsonDocument::Compact)));
}

void CliContext::emitResult(const QJsonValue &value, const QString &text)
{
    if (json())
        printJson(value);
    else
        print(text);
}

int CliContext::fail(const QString &message, int code)
{
    const QByteArray utf8 = (tr("kvarter-cli: %1").arg(message) + QLatin1Char('\n')).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    return code;
}

} // namespace Kvarter
