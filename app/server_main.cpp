// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "common/Error.h"
#include "server/SyncServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    parser.addOption({ QStringLiteral("port"), QStringLiteral("Port (0 = any free one)."), QStringLiteral("port"), QStringLiteral("8740") });
    parser.process(app);
    try {
        using Kvarter::Server::ServerStorage;
        const ServerStorage::Opener open = parser.isSet(QStringLiteral("postgres"))
            ? ServerStorage::postgres(parser.value(QStringLiteral("postgres")))
            : ServerStorage::sqlite(parser.value(QStringLiteral("db")));
        Kvarter::Server::SyncServer server(open, { parser.value(QStringLiteral("writers")).toInt(),
                                                   parser.value(QStringLiteral("readers")).toInt() });
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
