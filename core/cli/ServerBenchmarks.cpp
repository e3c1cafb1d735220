// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ServerBenchmarks.h"

#include "BenchStatistics.h"
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
/// The device's next bundle: one visit change, padded with a note of `noteBytes`.
QByteArray nextBundle(SimDevice &device, const QByteArray &teamKey, int noteBytes = 0)
{
    ++device.seq;
    Sync::Change change;
    change.seq = device.seq;
    change.hlc = quint64(device.seq) << 16;
    change.lamport = quint64(device.seq);
    change.entity = QStringLiteral("visit");
    change.rowId = Id::create();
    change.fields.insert(QStringLiteral("status"), QStringLiteral("done"));
    if (noteBytes > 0)
        change.fields.insert(QStringLiteral("note"), QString(noteBytes, QLatin1Char('x')));
    return Sync::Bundle::seal({ Sync::BundleHeader::CurrentVersion, device.team, device.id, device.seq, device.seq, change.hlc },
                              { change }, teamKey, device.keys.secretKey);
}

using BenchStatistics::percentile;

} // namespace

QUrl ServerBenchmarks::start(QProcess &server, const QTemporaryDir &dir, const QString &postgres)
{
    if (!QFile::exists(m_binary))
        return {};
    QStringList args { QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--open-enrolment") }; // teams made by the bench itself
    if (postgres.isEmpty())
        args << QStringLiteral("--db") << dir.filePath(QStringLiteral("server.db"));
    else
        args << QStringLiteral("--postgres") << postgres;
    server.start(m_binary, args);
    if (!server.waitForReadyRead(20000))
        return {};
    const QRegularExpressionMatch port =
        QRegularExpression(QStringLiteral(":(\\d+) ")).match(QString::fromUtf8(server.readAll()));
    if (!port.hasMatch())
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port.captured(1)));
}

void ServerBenchmarks::load(const QString &postgres, int requests)
{
    QTemporaryDir dir;
    QProcess server;
    const QUrl url = start(server, dir, postgres);
    if (url.isEmpty())
        return;

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
            const QByteArray bundle = nextBundle(device, teamKey);
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

void ServerBenchmarks::flood(const QString &postgres)
{
    QTemporaryDir dir;
    QProcess server;
    const QUrl url = start(server, dir, postgres);
    if (url.isEmpty())
        return;
    const QByteArray teamKey = Sync::Crypto::newTeamKey();
    SimDevice flooder { Id::create() }, quiet { Id::create() };
    for (const SimDevice *device : { &flooder, &quiet })
        Sync::ServerClient(url, device->id, device->keys.secretKey)
            .registerDevice(device->team, device->id, device->keys.publicKey, QStringLiteral("planner"));
    // The quiet team has a day's worth of changes to pull: 20 bundles.
    for (int i = 0; i < 20; ++i) {
        const QByteArray bundle = nextBundle(quiet, teamKey);
        Sync::ServerClient(url, quiet.id, quiet.keys.secretKey).push(quiet.team, bundle);
    }

    constexpr int FloodConnections = 32, QuietPulls = 200, QuietIntervalMs = 20, NoteBytes = 64 * 1024;
    const auto signedWire = [&url](SimDevice &device, bool push, const QByteArray &body) {
        const QString path = push ? QStringLiteral("/v1/teams/%1/bundles").arg(device.team)
                                  : QStringLiteral("/v1/teams/%1/bundles?after=0").arg(device.team);
        const QNetworkRequest request =
            Sync::ServerClient(url, device.id, device.keys.secretKey).signedRequest(push ? "POST" : "GET", path, body);
        return LoadConnection::serialize(push ? "POST" : "GET", request, body);
    };
    bool stopping = false;
    int floodSent = 0, floodRefused = 0, floodAnswered = 0, quietFailed = 0;
    std::vector<std::unique_ptr<LoadConnection>> connections;
    std::function<void(LoadConnection &)> floodOne = [&](LoadConnection &connection) {
        if (stopping)
            return;
        const bool push = (floodSent++ % 2) == 0;
        const QByteArray body = push ? nextBundle(flooder, teamKey, NoteBytes) : QByteArray();
        connection.send(signedWire(flooder, push, body), [&, c = &connection](int status, const QByteArray &) {
            ++floodAnswered;
            if (status == 429)
                ++floodRefused;
            floodOne(*c);
        });
    };
    for (int i = 0; i < FloodConnections; ++i) {
        connections.push_back(std::make_unique<LoadConnection>(url.host(), quint16(url.port())));
        floodOne(*connections.back());
    }

    LoadConnection quietConnection(url.host(), quint16(url.port()));
    QList<double> latencies;
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(QuietIntervalMs);
    bool waiting = false;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (waiting)
            return; // the previous pull is still out: its latency counts, not a queue of them
        waiting = true;
        QElapsedTimer timer;
        timer.start();
        quietConnection.send(signedWire(quiet, false, {}), [&, timer](int status, const QByteArray &) {
            waiting = false;
            latencies << double(timer.nsecsElapsed()) / 1e6;
            if (status != 200)
                ++quietFailed;
            if (latencies.size() >= QuietPulls)
                loop.quit();
        });
    });
    tick.start();
    QTimer::singleShot(120000, &loop, &QEventLoop::quit); // stops by itself whatever happens
    loop.exec();
    stopping = true;
    tick.stop();

    const QString storage = postgres.isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    const QJsonObject data {
        { QStringLiteral("flood_connections"), FloodConnections },    { QStringLiteral("flood_bundle_bytes"), NoteBytes },
        { QStringLiteral("flood_requests_answered"), floodAnswered }, { QStringLiteral("quiet_team_bundles"), 20 },
        { QStringLiteral("quiet_pulls"), int(latencies.size()) },     { QStringLiteral("quiet_pull_failures"), quietFailed }
    };
    m_report(Benchmarks::figureJson(QStringLiteral("server_other_team_pull_p99_during_flood_") + storage,
                                    percentile(latencies, 0.99), QStringLiteral("ms"), QStringLiteral("<= 100"), data));
    m_report(Benchmarks::figureJson(QStringLiteral("server_other_team_pull_worst_during_flood_") + storage,
                                    percentile(latencies, 1.0), QStringLiteral("ms"), {}, data));
    m_report(Benchmarks::figureJson(QStringLiteral("server_flood_requests_refused_") + storage,
                                    floodAnswered ? 100.0 * floodRefused / floodAnswered : 0, QStringLiteral("%"), {}, data));
    connections.clear();
    server.kill();
    server.waitForFinished();
}

} // namespace Kvarter
