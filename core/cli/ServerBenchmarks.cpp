// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ServerBenchmarks.h"

#include "LoadConnection.h"
#include "common/Id.h"
#include "sync/Bundle.h"
#include "sync/Crypto.h"
#include "sync/ServerClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace Kvarter {

namespace {
struct SimDevice
{
    QString team;
    QString id = Id::create();
    Sync::Crypto::SigningKeys keys = Sync::Crypto::newSigningKeys();
    qint64 seq = 0;
    qint64 cursor = 0; // where its last pull ended
};
} // namespace

void ServerBenchmarks::load(const QString &postgres, int requests)
{
    if (!QFile::exists(m_binary))
        return;
    QTemporaryDir dir;
    QProcess server;
    QStringList args { QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--open-enrolment") }; // teams made by the bench itself
    if (postgres.isEmpty())
        args << QStringLiteral("--db") << dir.filePath(QStringLiteral("server.db"));
    else
        args << QStringLiteral("--postgres") << postgres;
    server.start(m_binary, args);
    if (!server.waitForReadyRead(20000))
        return;
    const QRegularExpressionMatch port =
        QRegularExpression(QStringLiteral(":(\\d+) ")).match(QString::fromUtf8(server.readAll()));
    if (!port.hasMatch())
        return;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port.captured(1)));

    // 100 teams of 12 devices, registered by each team's planner device.
    std::vector<SimDevice> devices;
    const QByteArray teamKey = Sync::Crypto::newTeamKey();
    for (int t = 0; t < 100; ++t) {
        const QString team = Id::create();
        for (int d = 0; d < 12; ++d)
            devices.push_back(SimDevice { team });
        const SimDevice &planner = devices[size_t(t * 12)];
        Sync::ServerClient client(url, planner.id, planner.keys.secretKey);
        for (int d = 0; d < 12; ++d) {
            const SimDevice &device = devices[size_t(t * 12 + d)];
            client.registerDevice(team, device.id, device.keys.publicKey,
                                  d == 0 ? QStringLiteral("planner") : QStringLiteral("member"));
        }
    }

    // A bounded run: `requests` in all, 24 in flight; each device in turn pushes a small bundle and
    // pulls what its team pushed since its last pull, as a laptop does. Pushes are signed before the
    // clock starts, so the figure is the server's rather than the load generator's; a pull can only
    // be signed when sent, as it names the cursor of the device's previous pull.
    struct Prepared
    {
        QNetworkRequest request;
        QByteArray body;
        bool post;
        SimDevice *device;
    };
    std::vector<Prepared> prepared;
    prepared.reserve(size_t(requests));
    for (int n = 0; n < requests; ++n) {
        SimDevice &device = devices[size_t((n / 2) % int(devices.size()))];
        Sync::ServerClient client(url, device.id, device.keys.secretKey);
        if (n % 2 == 0) {
            ++device.seq;
            Sync::Change change;
            change.seq = device.seq;
            change.hlc = quint64(device.seq) << 16;
            change.lamport = quint64(device.seq);
            change.entity = QStringLiteral("visit");
            change.rowId = Id::create();
            change.fields.insert(QStringLiteral("status"), QStringLiteral("done"));
            const QByteArray bundle = Sync::Bundle::seal(
                { Sync::BundleHeader::CurrentVersion, device.team, device.id, device.seq, device.seq, change.hlc }, { change },
                teamKey, device.keys.secretKey);
            const QString path = QStringLiteral("/v1/teams/%1/bundles").arg(device.team);
            prepared.push_back({ client.signedRequest("POST", path, bundle), bundle, true, &device });
        } else {
            prepared.push_back({ {}, {}, false, &device });
        }
    }
    // 24 keep-alive connections, each with one request in flight, like 24 laptops syncing at once.
    std::vector<std::unique_ptr<LoadConnection>> connections;
    for (int i = 0; i < 24; ++i)
        connections.push_back(std::make_unique<LoadConnection>(url.host(), quint16(url.port())));
    QList<double> latencies;
    latencies.reserve(requests);
    int sent = 0, done = 0, failed = 0, pulls = 0;
    qint64 bundlesPulled = 0;
    QEventLoop loop;
    QElapsedTimer total;
    std::function<void(LoadConnection &)> sendOne = [&](LoadConnection &connection) {
        if (sent >= requests)
            return;
        Prepared &p = prepared[size_t(sent++)];
        if (!p.post) {
            const QString path = QStringLiteral("/v1/teams/%1/bundles?after=%2").arg(p.device->team).arg(p.device->cursor);
            p.request = Sync::ServerClient(url, p.device->id, p.device->keys.secretKey).signedRequest("GET", path, {});
        }
        const QByteArray wire = LoadConnection::serialize(p.post ? "POST" : "GET", p.request, p.body);
        QElapsedTimer timer;
        timer.start();
        connection.send(wire, [&, timer, prep = &p, connection = &connection](int status, const QByteArray &body) {
            latencies << double(timer.nsecsElapsed()) / 1e6;
            if (status != 200 && status != 201)
                ++failed;
            else if (!prep->post) {
                const QJsonObject answer = QJsonDocument::fromJson(body).object();
                prep->device->cursor = std::max(prep->device->cursor, qint64(answer.value(QLatin1String("next")).toDouble()));
                bundlesPulled += answer.value(QLatin1String("bundles")).toArray().size();
                ++pulls;
            }
            if (++done == requests)
                loop.quit();
            else
                sendOne(*connection);
        });
    };
    total.start();
    for (auto &connection : connections)
        sendOne(*connection);
    QTimer::singleShot(300000, &loop, &QEventLoop::quit); // stops by itself whatever happens
    loop.exec();
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    const QString storage = postgres.isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    const auto figure = [&](const QString &name, double value, const QString &unit, const QString &goal) {
        m_report(Benchmarks::figureJson(name, value, unit, goal));
    };
    figure(QStringLiteral("server_requests_per_second_") + storage, done / seconds, QStringLiteral("req/s"),
           QStringLiteral(">= 5000"));
    if (!latencies.isEmpty())
        figure(QStringLiteral("server_p99_latency_") + storage, latencies.at(qsizetype(double(latencies.size() - 1) * 0.99)),
               QStringLiteral("ms"), QStringLiteral("<= 50"));
    figure(QStringLiteral("server_failed_requests_") + storage, failed, QStringLiteral("requests"), QStringLiteral("0"));
    // How much each pull carried: a pull that finds nothing new is cheaper than a real one.
    figure(QStringLiteral("server_bundles_per_pull_") + storage, pulls ? double(bundlesPulled) / pulls : 0,
           QStringLiteral("bundles"), {});
    server.kill();
    server.waitForFinished();
}

} // namespace Kvarter
