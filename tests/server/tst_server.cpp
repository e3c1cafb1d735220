// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "../ServerSupport.h"
#include "../TestSupport.h"
#include "common/Id.h"
#include "server/CommitHorizon.h"
#include "server/ReplayGuard.h"
#include "server/SyncServer.h"
#include "sync/Bundle.h"
#include "sync/ClockCheck.h"
#include "sync/Crypto.h"
#include "sync/ServerClient.h"
#include "sync/ServerTransport.h"
#include "sync/Snapshot.h"
#include "sync/StateHash.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSettings.h"
#include "sync/TeamMembership.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <limits>

using namespace Kvarter;
using namespace Kvarter::Sync;
using namespace Kvarter::Server;

namespace {
using Device = Test::ServerDevice;

// A request sent exactly as captured (at the TLS proxy, say): same headers, same body.
struct RawAnswer
{
    int status = 0;
    QJsonObject json;
    QByteArray retryAfter;
};
RawAnswer sendAsCaptured(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body = {})
{
    QNetworkAccessManager network;
    QNetworkReply *reply = method == "GET" ? network.get(request) : network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    RawAnswer answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                       QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("Retry-After") };
    reply->deleteLater();
    return answer;
}

QByteArray registration(const Device &device, const QString &role)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("device_id"), device.id },
                                       { QStringLiteral("public_key"), QString::fromLatin1(device.keys.publicKey.toBase64()) },
                                       { QStringLiteral("role"), role } })
        .toJson(QJsonDocument::Compact);
}

QByteArray bundle(const QString &team, const Device &device, qint64 first, qint64 last, const QByteArray &teamKey,
                  const QString &citizenName = QStringLiteral("Søren Østergaard"))
{
    Change c;
    c.seq = first;
    c.hlc = quint64(first) << 16;
    c.entity = QStringLiteral("citizen");
    c.rowId = Id::create();
    c.fields.insert(QStringLiteral("name"), citizenName);
    return Bundle::seal({ BundleHeader::CurrentVersion, team, device.id, first, last, c.hlc }, { c }, teamKey,
                        device.keys.secretKey);
}
} // namespace

// The same tests against the embedded SQLite storage and a real PostgreSQL (started by scripts/test).
class TestServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SyncServer> m_server;
    QUrl m_url;

    void start(const QString &backend, const Clock *clock = nullptr, const ServerLimits &limits = {})
    {
        static const SystemClock systemClock;
        if (!clock)
            clock = &systemClock;
        if (backend == QLatin1String("postgresql")) {
            const QString conninfo = qEnvironmentVariable("KVARTER_TEST_PG");
            if (conninfo.isEmpty()) {
                if (qEnvironmentVariable("CI") == QLatin1String("true"))
                    QFAIL("CI must run the PostgreSQL tests: scripts/test sets KVARTER_TEST_PG");
                QSKIP("no test PostgreSQL (run ./scripts/test, which starts one)");
            }
            {
                // Each test starts from an empty server database, like a new installation.
                auto storage = ServerStorage::openPostgres(conninfo);
                storage->dropEverythingForTests();
            }
            m_server = std::make_unique<SyncServer>(ServerStorage::postgres(conninfo), ServerThreads {}, *clock, limits);
        } else {
            const ServerStorage::Opener open = ServerStorage::sqlite(m_dir.filePath(Id::create() + QStringLiteral(".db")));
            m_server = std::make_unique<SyncServer>(open, ServerThreads {}, *clock, limits);
        }
        const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void protocol_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addRow("sqlite") << QStringLiteral("sqlite");
        QTest::addRow("postgresql") << QStringLiteral("postgresql");
    }
    void protocol()
    {
        QFETCH(QString, backend);
        start(backend);
        if (!m_server)
            return; // skipped: no PostgreSQL here
        const QString team = Id::create(), otherTeam = Id::create();
        const QByteArray teamKey = Crypto::newTeamKey();
        Device planner, nurse, stranger, otherPlanner;

        const ServerClient::Reply health = planner.client(m_url).health();
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QLatin1String("storage")).toString(), backend);

        // Nobody is anybody until a planner's device creates the team.
        QCOMPARE(nurse.client(m_url).push(team, bundle(team, nurse, 1, 1, teamKey)).status, 401);
        QCOMPARE(nurse.client(m_url).registerDevice(team, nurse.id, nurse.keys.publicKey, QStringLiteral("member")).status, 403);
        QCOMPARE(planner.client(m_url).registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner")).status,
                 200);
        QCOMPARE(planner.client(m_url).registerDevice(team, nurse.id, nurse.keys.publicKey, QStringLiteral("member")).status,
                 200);
        QCOMPARE(nurse.client(m_url).registerDevice(team, stranger.id, stranger.keys.publicKey, QStringLiteral("member")).status,
                 403);
        QCOMPARE(stranger.client(m_url).pull(team, 0).status, 401);
        // Someone with a registered id but the wrong key is not that device.
        QCOMPARE(ServerClient(m_url, nurse.id, stranger.keys.secretKey).pull(team, 0).status, 401);

        // Push is idempotent per device and sequence range.
        const QByteArray first = bundle(team, nurse, 1, 10, teamKey);
        const ServerClient::Reply pushed = nurse.client(m_url).push(team, first);
        QCOMPARE(pushed.status, 201);
        const ServerClient::Reply again = nurse.client(m_url).push(team, first);
        QCOMPARE(again.status, 200);
        QVERIFY(again.json().value(QLatin1String("duplicate")).toBool());
        QCOMPARE(again.json().value(QLatin1String("cursor")).toInteger(),
                 pushed.json().value(QLatin1String("cursor")).toInteger());
        QCOMPARE(planner.client(m_url).push(team, bundle(team, planner, 1, 5, teamKey)).status, 201);
        // A device cannot push in another device's name.
        QCOMPARE(nurse.client(m_url).push(team, bundle(team, planner, 6, 7, teamKey)).status, 403);

        // Pull by cursor.
        const ServerClient::Reply all = planner.client(m_url).pull(team, 0);
        QCOMPARE(all.status, 200);
        const QJsonArray bundles = all.json().value(QLatin1String("bundles")).toArray();
        QCOMPARE(bundles.size(), 2);
        QCOMPARE(QByteArray::fromBase64(bundles.at(0).toObject().value(QLatin1String("data")).toString().toLatin1()), first);
        const qint64 next = all.json().value(QLatin1String("next")).toInteger();
        QCOMPARE(planner.client(m_url).pull(team, next).json().value(QLatin1String("bundles")).toArray().size(), 0);

        // Another team's device sees nothing of this team.
        QCOMPARE(otherPlanner.client(m_url)
                     .registerDevice(otherTeam, otherPlanner.id, otherPlanner.keys.publicKey, QStringLiteral("planner"))
                     .status,
                 200);
        QCOMPARE(otherPlanner.client(m_url).pull(team, 0).status, 403);
        QCOMPARE(otherPlanner.client(m_url).push(team, bundle(team, otherPlanner, 1, 1, teamKey)).status, 403);
        QCOMPARE(otherPlanner.client(m_url)
                     .registerDevice(team, stranger.id, stranger.keys.publicKey, QStringLiteral("member"))
                     .status,
                 403);

        // A revoked device is refused.
        QCOMPARE(nurse.client(m_url).post(QStringLiteral("/v1/teams/%1/devices/%2/revoke").arg(team, planner.id), {}).status,
                 403);
        QCOMPARE(planner.client(m_url).post(QStringLiteral("/v1/teams/%1/devices/%2/revoke").arg(team, nurse.id), {}).status,
                 200);
        QCOMPARE(nurse.client(m_url).push(team, bundle(team, nurse, 11, 12, teamKey)).status, 403);
        QCOMPARE(nurse.client(m_url).pull(team, 0).status, 403);
    }

    // A request captured on the way (signatures and all) is good once: sent again it is refused,
    // and once its signed time is more than five minutes from the server's clock it is refused
    // with the server's time, which a laptop whose clock is a day off uses to sync all the same.
    void replayedRequestsAreRefused_data() { protocol_data(); }
    void replayedRequestsAreRefused()
    {
        QFETCH(QString, backend);
        ManualClock serverClock(Test::fixedNow());
        start(backend, &serverClock);
        if (!m_server)
            return;
        const ManualClock laptopClock(Test::fixedNow());
        const QString team = Id::create();
        const QByteArray teamKey = Crypto::newTeamKey();
        Device planner;
        QCOMPARE(planner.client(m_url, &laptopClock)
                     .registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner"))
                     .status,
                 200);

        const QString bundles = QStringLiteral("/v1/teams/%1/bundles").arg(team);
        const QByteArray data = bundle(team, planner, 1, 1, teamKey);
        const QNetworkRequest push = planner.client(m_url, &laptopClock).signedRequest("POST", bundles, data);
        QCOMPARE(sendAsCaptured(push, "POST", data).status, 201);
        QCOMPARE(sendAsCaptured(push, "POST", data).status, 401);
        const QNetworkRequest pull =
            planner.client(m_url, &laptopClock).signedRequest("GET", bundles + QStringLiteral("?after=0"), {});
        QCOMPARE(sendAsCaptured(pull, "GET").status, 200);
        const RawAnswer replayed = sendAsCaptured(pull, "GET");
        QCOMPARE(replayed.status, 401);
        QVERIFY(!replayed.json.contains(QLatin1String("time"))); // not a clock matter: refused for good
        // The same request twice in one second is two requests (each has its own nonce).
        QCOMPARE(planner.client(m_url, &laptopClock).pull(team, 0).status, 200);
        QCOMPARE(planner.client(m_url, &laptopClock).pull(team, 0).status, 200);

        // Captured, kept six minutes, sent: too old.
        const QNetworkRequest kept =
            planner.client(m_url, &laptopClock).signedRequest("GET", bundles + QStringLiteral("?after=0"), {});
        serverClock.advanceSecs(6 * 60);
        const RawAnswer stale = sendAsCaptured(kept, "GET");
        QCOMPARE(stale.status, 401);
        QCOMPARE(stale.json.value(QLatin1String("time")).toInteger(), serverClock.nowMs());

        // A laptop a day ahead: its first signature is refused with the server's time, it signs
        // again with the offset it measured, and keeps that offset.
        ManualClock dayAhead(serverClock.now().addDays(1));
        const RawAnswer ahead = sendAsCaptured(
            planner.client(m_url, &dayAhead).signedRequest("GET", bundles + QStringLiteral("?after=0"), {}), "GET");
        QCOMPARE(ahead.status, 401);
        QCOMPARE(ahead.json.value(QLatin1String("time")).toInteger(), serverClock.nowMs());
        ServerClient farOff = planner.client(m_url, &dayAhead);
        const ServerClient::Reply synced = farOff.pull(team, 0);
        QCOMPARE(synced.status, 200);
        QCOMPARE(synced.json().value(QLatin1String("bundles")).toArray().size(), 1);
        QCOMPARE(farOff.clockOffsetMs(), -qint64(86400) * 1000);
        QCOMPARE(farOff.push(team, bundle(team, planner, 2, 2, teamKey)).status, 201);
    }

    // A stolen laptop is revoked. Its registration, captured when the planner's laptop sent it, is
    // sent again; the planner's laptop itself registers it again (it does so on every sync); the
    // storage is asked to: it stays revoked, with the role it had, in SQLite and PostgreSQL alike.
    void revokedDeviceStaysRevoked_data() { protocol_data(); }
    void revokedDeviceStaysRevoked()
    {
        QFETCH(QString, backend);
        ManualClock serverClock(Test::fixedNow());
        start(backend, &serverClock);
        if (!m_server)
            return;
        const ManualClock laptopClock(Test::fixedNow());
        const QString team = Id::create();
        Device planner, thief, other;
        ServerClient plannerClient = planner.client(m_url, &laptopClock);
        QCOMPARE(plannerClient.registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner")).status, 200);
        const QString devices = QStringLiteral("/v1/teams/%1/devices").arg(team);
        const QByteArray body = registration(thief, QStringLiteral("member"));
        const QNetworkRequest captured = plannerClient.signedRequest("POST", devices, body);
        QCOMPARE(sendAsCaptured(captured, "POST", body).status, 200);
        QCOMPARE(thief.client(m_url, &laptopClock).pull(team, 0).status, 200);
        QCOMPARE(plannerClient.post(QStringLiteral("/v1/teams/%1/devices/%2/revoke").arg(team, thief.id), {}).status, 200);
        QCOMPARE(thief.client(m_url, &laptopClock).pull(team, 0).status, 403);

        QCOMPARE(sendAsCaptured(captured, "POST", body).status, 401); // within the window: used once already
        serverClock.advanceSecs(3600);
        QCOMPARE(sendAsCaptured(captured, "POST", body).status, 401); // an hour later: too old
        // Signed afresh by the planner: refused too, whatever role it asks for.
        QCOMPARE(plannerClient.registerDevice(team, thief.id, thief.keys.publicKey, QStringLiteral("member")).status, 409);
        QCOMPARE(plannerClient.registerDevice(team, thief.id, thief.keys.publicKey, QStringLiteral("planner")).status, 409);
        QCOMPARE(thief.client(m_url, &laptopClock).pull(team, 0).status, 403);
        // A known device keeps its key and role; registering it again with them is harmless.
        QCOMPARE(plannerClient.registerDevice(team, planner.id, other.keys.publicKey, QStringLiteral("planner")).status, 409);
        QCOMPARE(plannerClient.registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner")).status, 200);

        ServerStorage &storage = m_server->storage();
        const ServerDevice kept =
            storage.registerDevice({ team, thief.id, other.keys.publicKey, QStringLiteral("planner"), false });
        QVERIFY(kept.revoked);
        QCOMPARE(kept.role, QStringLiteral("member"));
        QCOMPARE(kept.publicKey, thief.keys.publicKey);
        // The database refuses it whoever asks: no statement brings the device back.
        const QString id = QStringLiteral("'%1'").arg(thief.id);
        QVERIFY_THROWS_EXCEPTION(
            Error, storage.execForTests(QStringLiteral("UPDATE server_device SET revoked = 0 WHERE device_id = ") + id));
        QVERIFY_THROWS_EXCEPTION(
            Error, storage.execForTests(QStringLiteral("UPDATE server_device SET role = 'planner' WHERE device_id = ") + id));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 storage.execForTests(QStringLiteral("DELETE FROM server_device WHERE device_id = ") + id));
        QVERIFY(storage.device(thief.id)->revoked);
        QCOMPARE(thief.client(m_url, &laptopClock).pull(team, 0).status, 403);
    }

    // Keys of the wrong size, roles no Kvarter gives and sequence ranges no laptop reaches are
    // refused, on the server and by a laptop that meets such a bundle.
    void implausibleKeysRolesAndRangesAreRefused()
    {
        start(QStringLiteral("sqlite"));
        const QString team = Id::create();
        const QByteArray teamKey = Crypto::newTeamKey();
        Device planner, nurse;
        ServerClient client = planner.client(m_url);
        QCOMPARE(client.registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner")).status, 200);
        QCOMPARE(client.registerDevice(team, nurse.id, "abc", QStringLiteral("member")).status, 400);
        QCOMPARE(client.registerDevice(team, nurse.id, nurse.keys.publicKey, QStringLiteral("superuser")).status, 400);
        QVERIFY(!m_server->storage().device(nurse.id));

        const auto sealed = [&](qint64 first, qint64 last) {
            Change c;
            c.seq = first;
            c.entity = QStringLiteral("citizen");
            c.rowId = Id::create();
            return Bundle::seal({ BundleHeader::CurrentVersion, team, planner.id, first, last, 1 }, { c }, teamKey,
                                planner.keys.secretKey);
        };
        for (const auto &[first, last] : std::vector<std::pair<qint64, qint64>> { { 5, 3 },
                                                                                  { -4, 2 },
                                                                                  { 0, 0 },
                                                                                  { 1, std::numeric_limits<qint64>::max() },
                                                                                  { std::numeric_limits<qint64>::min(), 1 } }) {
            const QByteArray data = sealed(first, last);
            QCOMPARE(client.push(team, data).status, 400);
            const auto opened = Bundle::open(data, team, teamKey, [&](const QString &) {
                return Bundle::Signer { planner.keys.publicKey, false, -1, -1 };
            });
            QCOMPARE(opened.problem, Bundle::Problem::NotABundle);
        }
        QCOMPARE(client.push(team, sealed(1, 3)).status, 201);
        QCOMPARE(client.pull(team, 0).json().value(QLatin1String("bundles")).toArray().size(), 1);
    }

    // One device sending too fast is told to wait (429 with Retry-After); another device, and the
    // same one a moment later, go on.
    void aDeviceThatFloodsIsToldToWait()
    {
        ManualClock serverClock(Test::fixedNow());
        ServerLimits limits;
        limits.deviceRequestsPerSecond = 2;
        limits.deviceRequestBurst = 3;
        start(QStringLiteral("sqlite"), &serverClock, limits);
        const QString team = Id::create();
        Device planner, nurse;
        ServerClient client = planner.client(m_url, &serverClock);
        QCOMPARE(client.registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner")).status, 200);
        QCOMPARE(client.registerDevice(team, nurse.id, nurse.keys.publicKey, QStringLiteral("member")).status, 200);
        QCOMPARE(client.pull(team, 0).status, 200);
        const QString pull = QStringLiteral("/v1/teams/%1/bundles?after=0").arg(team);
        const RawAnswer flooded = sendAsCaptured(client.signedRequest("GET", pull, {}), "GET");
        QCOMPARE(flooded.status, 429);
        QCOMPARE(flooded.retryAfter, QByteArray("1"));
        QCOMPARE(nurse.client(m_url, &serverClock).pull(team, 0).status, 200); // other devices go on
        serverClock.advanceSecs(1);                                            // two more requests' worth
        QCOMPARE(client.pull(team, 0).status, 200);
        QCOMPARE(client.pull(team, 0).status, 200);
        QCOMPARE(client.pull(team, 0).status, 429);
    }

    void oneSnapshotAtATimePerTeam()
    {
        SnapshotGate gate;
        QVERIFY(gate.enter(QStringLiteral("a")));
        QVERIFY(!gate.enter(QStringLiteral("a")));
        QVERIFY(gate.enter(QStringLiteral("b")));
        gate.leave(QStringLiteral("a"));
        QVERIFY(gate.enter(QStringLiteral("a")));
    }

    // A team keeps so much on the server and no more: a new bundle beyond is refused (507), one
    // stored before is still acknowledged, another team is not concerned.
    void aTeamBeyondItsQuotaIsRefused_data() { protocol_data(); }
    void aTeamBeyondItsQuotaIsRefused()
    {
        QFETCH(QString, backend);
        const QString team = Id::create(), other = Id::create();
        const QByteArray teamKey = Crypto::newTeamKey();
        Device planner, otherPlanner;
        const auto big = [&](const QString &t, const Device &d, qint64 seq) {
            return bundle(t, d, seq, seq, teamKey, QString::fromLatin1(Crypto::randomBytes(1500).toHex()));
        };
        const QByteArray first = big(team, planner, 1), second = big(team, planner, 2), third = big(team, planner, 3);
        ServerLimits limits;
        limits.teamStoredBytes = first.size() + second.size() + third.size() / 2; // room for two of them
        start(backend, nullptr, limits);
        if (!m_server)
            return;
        ServerClient client = planner.client(m_url);
        QCOMPARE(client.registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner")).status, 200);
        QCOMPARE(otherPlanner.client(m_url)
                     .registerDevice(other, otherPlanner.id, otherPlanner.keys.publicKey, QStringLiteral("planner"))
                     .status,
                 200);
        QCOMPARE(client.push(team, first).status, 201);
        QCOMPARE(client.push(team, second).status, 201);
        QCOMPARE(client.push(team, third).status, 507);
        QCOMPARE(client.push(team, first).status, 200); // stored before: acknowledged again
        QCOMPARE(otherPlanner.client(m_url).push(other, big(other, otherPlanner, 1)).status, 201);
        QCOMPARE(client.pull(team, 0).json().value(QLatin1String("bundles")).toArray().size(), 2);
    }

    // The operator allows a team (kvarter-server team allow NAME prints a one-time token); a team
    // the server does not know is refused, and a token serves one team once.
    void teamsAreAllowedByTheOperator_data() { protocol_data(); }
    void teamsAreAllowedByTheOperator()
    {
        QFETCH(QString, backend);
        ServerLimits limits;
        limits.requireEnrolment = true;
        start(backend, nullptr, limits);
        if (!m_server)
            return;
        const QString team = Id::create(), other = Id::create();
        Device planner, otherPlanner;
        ServerClient client = planner.client(m_url);
        const ServerClient::Reply unknown =
            client.registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner"));
        QCOMPARE(unknown.status, 403);
        QVERIFY(unknown.json().value(QLatin1String("enrolment_required")).toBool());
        QCOMPARE(
            client.registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner"), QStringLiteral("guessed"))
                .status,
            403);
        const QString token = m_server->storage().allowTeam(QStringLiteral("Kontor Nord"));
        QCOMPARE(client.registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner"), token).status, 200);
        QCOMPARE(client.pull(team, 0).status, 200);
        QCOMPARE(otherPlanner.client(m_url)
                     .registerDevice(other, otherPlanner.id, otherPlanner.keys.publicKey, QStringLiteral("planner"), token)
                     .status,
                 403);
        // The known team goes on registering its laptops without any token.
        Device nurse;
        QCOMPARE(client.registerDevice(team, nurse.id, nurse.keys.publicKey, QStringLiteral("member")).status, 200);
    }

    // The same from the command lines: the operator's `kvarter-server team allow`, the planner's
    // `team enrol`, then an ordinary sync.
    void aPlannersLaptopEnrolsWithTheOperatorsToken()
    {
        const QString db = m_dir.filePath(Id::create() + QStringLiteral(".db"));
        QProcess allow;
        allow.start(
            QFileInfo(QStringLiteral(KVARTER_CLI_PATH)).absolutePath() + QStringLiteral("/kvarter-server"),
            { QStringLiteral("--db"), db, QStringLiteral("team"), QStringLiteral("allow"), QStringLiteral("Kontor Nord") });
        QVERIFY(allow.waitForFinished(20000));
        QCOMPARE(allow.exitCode(), 0);
        const QString token = QString::fromUtf8(allow.readAllStandardOutput()).trimmed();
        QCOMPARE(token.size(), 24);
        ServerLimits limits;
        limits.requireEnrolment = true;
        static const SystemClock clock;
        m_server = std::make_unique<SyncServer>(ServerStorage::sqlite(db), ServerThreads {}, clock, limits);
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->listen(QHostAddress::LocalHost, 0)));
        Test::Fixture planner(true);
        const Actor actor = Test::signIn(*planner.store, planner.firstWithRole(Role::Planner).id);
        TeamMembership(*planner.store).create(TeamService(*planner.store).teams().first().id, QStringLiteral("Kontoret"), actor);
        try {
            SyncEngine::syncServer(*planner.store, m_url);
            QFAIL("an unknown team synced");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("team enrol")), qPrintable(e.message()));
        }
        SyncSettings(*planner.store).setEnrolmentToken(token);
        QVERIFY(SyncEngine::syncServer(*planner.store, m_url).bundlesWritten > 0);
        QVERIFY(SyncSettings(*planner.store).enrolmentToken().isEmpty()); // used up
        QCOMPARE(SyncEngine::syncServer(*planner.store, m_url).bundlesWritten, 0);
    }

    void replayGuardForgetsWhatTheClockRefusesAnyway()
    {
        ReplayGuard guard;
        const qint64 t = 1'800'000'000;
        const QByteArray first = Crypto::randomBytes(64), second = Crypto::randomBytes(64);
        QVERIFY(guard.firstUse(first, t, t));
        QVERIFY(!guard.firstUse(first, t, t + 10));
        QVERIFY(guard.firstUse(second, t + 200, t + 200));
        QVERIFY(!guard.firstUse(first, t, t + 300)); // still within the window
        QCOMPARE(guard.remembered(), size_t(2));
        QVERIFY(guard.firstUse(Crypto::randomBytes(64), t + 400, t + 400)); // `first` is past the window now
        QCOMPARE(guard.remembered(), size_t(2));
    }

    // The server tells its time with each pull; a laptop a day ahead learns it and is told.
    void aLaptopClockFarOffIsNoticed()
    {
        const ManualClock serverClock(Test::fixedNow());
        m_server = std::make_unique<SyncServer>(ServerStorage::sqlite(m_dir.filePath(Id::create() + QStringLiteral(".db"))),
                                                ServerThreads {}, serverClock);
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->listen(QHostAddress::LocalHost, 0)));
        Test::Fixture planner(true);
        planner.clock.advanceSecs(86400); // a day ahead of the server
        const Actor actor = planner.as(Role::Planner);
        TeamMembership(*planner.store).create(TeamService(*planner.store).teams().first().id, QStringLiteral("Kontoret"), actor);
        const SyncReport report = SyncEngine::syncServer(*planner.store, m_url);
        QVERIFY(report.bundlesWritten > 0); // it syncs all the same: it signs with the server's time
        QVERIFY(report.clockOffsetMs.has_value());
        QCOMPARE(*report.clockOffsetMs, -qint64(86400) * 1000);
        QVERIFY(ClockCheck::warning(report.clockOffsetMs).contains(QLatin1String("ahead")));

        QVERIFY(ClockCheck::warning(std::nullopt).isEmpty());  // a folder cannot tell
        QVERIFY(ClockCheck::warning(4 * 60 * 1000).isEmpty()); // a few minutes: fine
        QVERIFY(ClockCheck::warning(90 * 60 * 1000).contains(QLatin1String("90 minute")));
        QVERIFY(ClockCheck::warning(-3 * 86400 * qint64(1000)).contains(QLatin1String("3 day")));
        QVERIFY(ClockCheck::warning(3 * 86400 * qint64(1000)).contains(QLatin1String("behind")));
    }

    void commitHorizonHidesWhatMayStillBeCommitting()
    {
        CommitHorizon horizon;
        QCOMPARE(horizon.visibleUpTo(), std::numeric_limits<qint64>::max()); // nothing under way
        const auto first = horizon.begin();
        horizon.stored(104);
        const auto second = horizon.begin(); // will get 105
        horizon.stored(105);
        horizon.end(second);                // 105 committed, 104 not yet
        QCOMPARE(horizon.visibleUpTo(), 0); // a pull must not step past 104
        horizon.end(first);
        QCOMPARE(horizon.visibleUpTo(), std::numeric_limits<qint64>::max());
        const auto third = horizon.begin();
        QCOMPARE(horizon.visibleUpTo(), 105); // all stored so far is committed
        horizon.end(third);
    }

    // Many pushes in flight while a laptop pulls: every bundle reaches it exactly once. (Were bundles
    // committed out of cursor order, a pull could see a later one first and step past the other.)
    void concurrentPushesHideNoBundleFromAPuller_data() { protocol_data(); }
    void concurrentPushesHideNoBundleFromAPuller()
    {
        QFETCH(QString, backend);
        start(backend);
        if (!m_server)
            return;
        const QString team = Id::create();
        const QByteArray teamKey = Crypto::newTeamKey();
        Device planner;
        std::vector<Device> nurses(5);
        QCOMPARE(planner.client(m_url).registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner")).status,
                 200);
        for (const Device &n : nurses)
            QCOMPARE(planner.client(m_url).registerDevice(team, n.id, n.keys.publicKey, QStringLiteral("member")).status, 200);

        QNetworkAccessManager network;
        QSet<QString> pushed;
        int answered = 0;
        for (qint64 seq = 1; seq <= 40; ++seq) {
            for (const Device &n : nurses) {
                const QByteArray data = bundle(team, n, seq, seq, teamKey);
                const QString path = QStringLiteral("/v1/teams/%1/bundles").arg(team);
                QNetworkReply *reply = network.post(n.client(m_url).signedRequest("POST", path, data), data);
                connect(reply, &QNetworkReply::finished, this, [reply, &answered] {
                    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
                    ++answered;
                    reply->deleteLater();
                });
                pushed.insert(n.id + QLatin1Char('/') + QString::number(seq));
            }
        }
        QSet<QString> received;
        qint64 cursor = 0;
        QDeadlineTimer deadline(20000); // a few hundred milliseconds when all is well
        while ((received.size() < pushed.size() || answered < pushed.size()) && !deadline.hasExpired()) {
            const ServerClient::Reply reply = planner.client(m_url).pull(team, cursor);
            QCOMPARE(reply.status, 200);
            for (const QJsonValue &v : reply.json().value(QLatin1String("bundles")).toArray()) {
                const qint64 at = qint64(v.toObject().value(QLatin1String("cursor")).toDouble());
                QVERIFY(at > cursor);
                cursor = at;
                const auto header =
                    Bundle::peek(QByteArray::fromBase64(v.toObject().value(QLatin1String("data")).toString().toLatin1()));
                QVERIFY(header);
                const QString key = header->deviceId + QLatin1Char('/') + QString::number(header->firstSeq);
                QVERIFY2(!received.contains(key), "a bundle came twice");
                received.insert(key);
            }
            QCoreApplication::processEvents();
        }
        QCOMPARE(answered, int(pushed.size()));
        const QSet<QString> missing = pushed - received;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 bundles never reached the puller").arg(missing.size())));
        QCOMPARE(received.size(), pushed.size());
    }

    // A second server on the same database would commit bundles out of the first one's sight of
    // cursor order: it is refused with a message saying why, and the first one serves on.
    void secondServerOnTheSameDatabaseIsRefused_data() { protocol_data(); }
    void secondServerOnTheSameDatabaseIsRefused()
    {
        QFETCH(QString, backend);
        const QString path = m_dir.filePath(Id::create() + QStringLiteral(".db"));
        const ServerStorage::Opener open = backend == QLatin1String("sqlite")
            ? ServerStorage::sqlite(path)
            : ServerStorage::postgres(qEnvironmentVariable("KVARTER_TEST_PG"));
        if (backend == QLatin1String("sqlite"))
            m_server = std::make_unique<SyncServer>(open);
        else
            start(backend);
        if (!m_server)
            return;
        try {
            SyncServer second(open);
            QFAIL("a second server started on the same database");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("Another kvarter-server")), qPrintable(e.message()));
        }
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->listen(QHostAddress::LocalHost, 0)));
        QCOMPARE(Device().client(m_url).health().status, 200);
        // Once the first one stops, a new one may start.
        m_server.reset();
        m_server = std::make_unique<SyncServer>(open);
    }

    // PostgreSQL restarts (here: every connection is cut). The requests that meet a dead connection
    // get an error and nothing is acknowledged; the server then reconnects by itself, and the bundle
    // stored before is still there.
    void serverReconnectsWhenPostgresDropsItsConnections()
    {
        start(QStringLiteral("postgresql"));
        if (!m_server)
            return;
        const QString team = Id::create();
        const QByteArray teamKey = Crypto::newTeamKey();
        Device planner;
        QCOMPARE(planner.client(m_url).registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner")).status,
                 200);
        QCOMPARE(planner.client(m_url).push(team, bundle(team, planner, 1, 1, teamKey)).status, 201);

        ServerStorage::openPostgres(qEnvironmentVariable("KVARTER_TEST_PG"))->cutOtherConnectionsForTests();
        int failed = 0;
        int pulled = -1;
        for (int attempt = 0; attempt < 20 && pulled < 0; ++attempt) {
            const ServerClient::Reply reply = planner.client(m_url).pull(team, 0);
            if (reply.status == 200)
                pulled = int(reply.json().value(QLatin1String("bundles")).toArray().size());
            else
                ++failed;
        }
        QCOMPARE(pulled, 1);
        QVERIFY2(failed <= 6, qPrintable(QString::number(failed))); // at most once per database thread
        // Pushing works again too (a writer may meet its dead connection once more).
        int status = 0;
        for (int attempt = 0; attempt < 5 && status != 201; ++attempt)
            status = planner.client(m_url).push(team, bundle(team, planner, 2, 2, teamKey)).status;
        QCOMPARE(status, 201);
        QCOMPARE(planner.client(m_url).pull(team, 0).json().value(QLatin1String("bundles")).toArray().size(), 2);
    }

    void twoLaptopsSyncThroughTheServer_data() { protocol_data(); }
    void twoLaptopsSyncThroughTheServer()
    {
        QFETCH(QString, backend);
        start(backend);
        if (!m_server)
            return;
        Test::Fixture planner(true), nurse;
        const Actor actor = planner.as(Role::Planner);
        TeamMembership(*planner.store).create(TeamService(*planner.store).teams().first().id, QStringLiteral("Kontoret"), actor);
        TeamMembership(*nurse.store)
            .join(TeamMembership(*planner.store).invite(QStringLiteral("Nurse"), QStringLiteral("kaffe først"), actor),
                  QStringLiteral("kaffe først"));
        QVERIFY(SyncEngine::syncServer(*planner.store, m_url).bundlesWritten > 0);
        const SyncReport first = SyncEngine::syncServer(*nurse.store, m_url);
        QVERIFY(first.bundlesRead > 0);
        QVERIFY(first.quarantined.isEmpty());
        QCOMPARE(StateHash::of(*nurse.store), StateHash::of(*planner.store));
        // The nurse's edit reaches the planner; nothing is fetched twice.
        const Citizen c = CitizenService(*nurse.store, nurse.as(Role::Nurse)).search({}).first();
        nurse.store->write([&] { nurse.store->update("citizen", c.id, { { "phone", QStringLiteral("12 34 56 78") } }); });
        QCOMPARE(SyncEngine::syncServer(*nurse.store, m_url).changesSent, 1);
        QCOMPARE(SyncEngine::syncServer(*planner.store, m_url).bundlesRead, 1);
        QCOMPARE(StateHash::of(*nurse.store), StateHash::of(*planner.store));
        QCOMPARE(SyncEngine::syncServer(*planner.store, m_url).bundlesRead, 0);
        QVERIFY_THROWS_EXCEPTION(Error, SyncEngine::syncServer(*nurse.store, QUrl(QStringLiteral("http://127.0.0.1:1"))));

        // A third laptop starts from the planner's snapshot on the server, not from every bundle.
        ServerTransport(*planner.store, m_url).sendSnapshot(Snapshot::create(*planner.store));
        Test::Fixture helper;
        TeamMembership(*helper.store)
            .join(TeamMembership(*planner.store).invite(QStringLiteral("Helper"), QStringLiteral("kaffe først"), actor),
                  QStringLiteral("kaffe først"));
        SyncEngine::syncServer(*planner.store, m_url); // registers the new device on the server
        const SyncReport fromSnapshot = SyncEngine::syncServer(*helper.store, m_url);
        QVERIFY(fromSnapshot.startedFromSnapshot);
        QVERIFY(fromSnapshot.bundlesRead <= 2); // only what came after the snapshot
        QCOMPARE(StateHash::of(*helper.store), StateHash::of(*planner.store));
        // Only a planner's device may leave a snapshot.
        QCOMPARE(ServerClient(m_url, nurse.store->deviceId(), TeamMembership(*nurse.store).signingKey())
                     .post(QStringLiteral("/v1/teams/%1/snapshot").arg(TeamMembership(*nurse.store).teamId()),
                           Snapshot::create(*nurse.store))
                     .status,
                 403);
    }

    void storedBundlesRevealNoCitizenData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.db"));
        m_server = std::make_unique<SyncServer>(ServerStorage::sqlite(path));
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->listen(QHostAddress::LocalHost, 0)));
        const QString team = Id::create();
        Device planner;
        QCOMPARE(planner.client(m_url).registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner")).status,
                 200);
        QCOMPARE(planner.client(m_url)
                     .push(team, bundle(team, planner, 1, 1, Crypto::newTeamKey(), QStringLiteral("Åse Ærøskøbing")))
                     .status,
                 201);
        m_server.reset();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray everything = file.readAll() + [&] {
            QFile wal(path + QStringLiteral("-wal"));
            return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
        }();
        QVERIFY(!everything.contains(QStringLiteral("Åse Ærøskøbing").toUtf8()));
        QVERIFY(!everything.contains("citizen"));
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
