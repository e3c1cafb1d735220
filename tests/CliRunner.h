// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace Test {

/// What one run of kvarter-cli gave: its exit code, standard output and standard error.
struct CliResult
{
    int code = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
};

/// The environment of a script run by a team member: the demo's PIN in KVARTER_PIN (the demo gives
/// every employee the same one), so `--as` signs in as a script would.
inline QProcessEnvironment cliEnvironment(const QString &pin = QStringLiteral("2846"))
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KVARTER_PIN"), pin);
    return environment;
}

/// Runs kvarter-cli with `args`, `input` on its standard input (closed after), and waits for it.
inline CliResult runCli(const QStringList &args, const QProcessEnvironment &environment = cliEnvironment(),
                        const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(KVARTER_CLI_PATH), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return { -1, {}, QStringLiteral("timeout") };
    return { p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace Test
