// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "common/Error.h"
#include "server/SyncServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
    // Every connection is a file descriptor; the usual soft limit of 1024 is the first thing a
    // flood of connections meets. The server drops idle ones (see ServerLimits) well before this.
    if (rlimit files {}; ::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kvarter-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KVARTER_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kvarter sync server. Serve it behind a TLS reverse proxy (see README)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("db"), QStringLiteral("SQLite database file (default)."), QStringLiteral("file"),
                       QStringLiteral("kvarter-server.db") });
    parser.addOption({ QStringLiteral("postgres"), QStringLiteral("PostgreSQL instead: \"host=… port=… dbname=… user=…\"."),
                       QStringLiteral("conninfo") });
    parser.addOption({ QStringLiteral("listen"), QStringLiteral("Address to listen on."), QStringLiteral("address"),
                       QStringLiteral("127.0.0.1") });
    parser.addOption({ QStringLiteral("writers"),
                       QStringLiteral("Threads storing bundles, each with its own database connection "
                                      "(default: 1 for SQLite, 3 for PostgreSQL)."),
                       QStringLiteral("count"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("readers"),
                       QStringLiteral("Threads answering pulls, each with its own database connection "
                                      "(default: 1 for SQLite, 3 for PostgreSQL)."),
                       QStringLiteral("count"), QStringLiteral("0") });
    parser.addOption(
        { QStringLiteral("port"), QStringLiteral("Port (0 = any free one)."), QStringLiteral("port"), QStringLiteral("8740") });
    const Kvarter::Server::ServerLimits defaults;
    parser.addOption({ QStringLiteral("open-enrolment"),
                       QStringLiteral("Let any planner's laptop create a team here (trust on first use) instead of "
                                      "allowing teams with 'kvarter-server team allow NAME'.") });
    parser.addOption({ QStringLiteral("max-bundle-bytes"), QStringLiteral("Largest push accepted."), QStringLiteral("bytes"),
                       QString::number(defaults.maxBundleBytes) });
    parser.addOption({ QStringLiteral("max-snapshot-bytes"), QStringLiteral("Largest snapshot accepted."),
                       QStringLiteral("bytes"), QString::number(defaults.maxSnapshotBytes) });
    parser.addOption({ QStringLiteral("team-quota-bytes"), QStringLiteral("Bundles a team may keep here."),
                       QStringLiteral("bytes"), QString::number(defaults.teamStoredBytes) });
    parser.addOption({ QStringLiteral("device-rate"), QStringLiteral("Requests per second a device may make, sustained."),
                       QStringLiteral("count"), QString::number(defaults.deviceRequestsPerSecond) });
    parser.addOption({ QStringLiteral("device-burst"), QStringLiteral("Requests a device may make at once."),
                       QStringLiteral("count"), QString::number(defaults.deviceRequestBurst) });
    parser.addOption({ QStringLiteral("max-connections"), QStringLiteral("Open connections; beyond, the idlest is closed."),
                       QStringLiteral("count"), QString::number(defaults.maxConnections) });
    parser.addPositionalArgument(QStringLiteral("team allow NAME"),
                                 QStringLiteral("Allow a team: prints the one-time enrolment token its planner gives "
                                                "'kvarter-cli team enrol TOKEN'."));
    parser.process(app);
    try {
        using Kvarter::Server::ServerStorage;
        const ServerStorage::Opener open = parser.isSet(QStringLiteral("postgres"))
            ? ServerStorage::postgres(parser.value(QStringLiteral("postgres")))
            : ServerStorage::sqlite(parser.value(QStringLiteral("db")));
        const QStringList args = parser.positionalArguments();
        if (args.size() == 3 && args.at(0) == QLatin1String("team") && args.at(1) == QLatin1String("allow")) {
            const QString token = open()->allowTeam(args.at(2));
            std::printf("%s\n", qPrintable(token));
            std::fprintf(stderr,
                         "kvarter-server: team \"%s\" allowed; its planner gives this token once: kvarter-cli team enrol %s\n",
                         qPrintable(args.at(2)), qPrintable(token));
            return 0;
        }
        if (!args.isEmpty()) {
            std::fprintf(stderr, "kvarter-server: unknown command; the only one is: team allow NAME\n");
            return 2;
        }
        Kvarter::Server::ServerLimits limits;
        limits.requireEnrolment = !parser.isSet(QStringLiteral("open-enrolment"));
        limits.maxBundleBytes = parser.value(QStringLiteral("max-bundle-bytes")).toLongLong();
        limits.maxSnapshotBytes = parser.value(QStringLiteral("max-snapshot-bytes")).toLongLong();
        limits.teamStoredBytes = parser.value(QStringLiteral("team-quota-bytes")).toLongLong();
        limits.deviceRequestsPerSecond = std::max(0.001, parser.value(QStringLiteral("device-rate")).toDouble());
        limits.deviceRequestBurst = std::max(1, parser.value(QStringLiteral("device-burst")).toInt());
        limits.maxConnections = std::max(1, parser.value(QStringLiteral("max-connections")).toInt());
        static const Kvarter::SystemClock clock;
        Kvarter::Server::SyncServer server(
            open, { parser.value(QStringLiteral("writers")).toInt(), parser.value(QStringLiteral("readers")).toInt() }, clock,
            limits);
        const quint16 port = server.listen(QHostAddress(parser.value(QStringLiteral("listen"))),
                                           quint16(parser.value(QStringLiteral("port")).toUInt()));
        if (port == 0) {
            std::fprintf(stderr, "kvarter-server: cannot listen on %s:%s\n", qPrintable(parser.value(QStringLiteral("listen"))),
                         qPrintable(parser.value(QStringLiteral("port"))));
            return 1;
        }
        std::printf("kvarter-server: listening on %s:%u (%s)\n", qPrintable(parser.value(QStringLiteral("listen"))), port,
                    qPrintable(server.storage().kind()));
        std::fflush(stdout);
        return app.exec();
    } catch (const Kvarter::Error &e) {
        std::fprintf(stderr, "kvarter-server: %s\n", e.what());
        return 1;
    }
}
