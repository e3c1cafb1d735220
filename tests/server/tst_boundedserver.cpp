// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "../ServerSupport.h"
#include "../TestSupport.h"
#include "common/Id.h"
#include "server/RequestGuard.h"
#include "server/SyncServer.h"
#include "sync/Bundle.h"
#include "sync/Crypto.h"
#include "sync/ServerClient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

using namespace Kvarter;
using namespace Kvarter::Sync;
using namespace Kvarter::Server;

namespace {
using Device = Test::ServerDevice;

QByteArray bundle(const QString &team, const Device &device, qint64 seq, int randomBytes)
{
    Change c;
    c.seq = seq;
    c.hlc = quint64(seq) << 16;
    c.entity = QStringLiteral("citizen");
    c.rowId = Id::create();
    c.fields.insert(QStringLiteral("name"), QString::fromLatin1(Crypto::randomBytes(randomBytes).toBase64())); // incompressible
    return Bundle::seal({ BundleHeader::CurrentVersion, team, device.id, seq, seq, c.hlc }, { c }, Crypto::newTeamKey(),
                        device.keys.secretKey);
}

// A request as bytes on the wire, signed like a laptop's.
QByteArray wire(const QByteArray &method, const QNetworkRequest &request, const QByteArray &body = {})
{
    QByteArray out =
        method + ' ' + request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\nHost: x\r\n";
    for (const QByteArray &name : request.rawHeaderList())
        out += name + ": " + request.rawHeader(name) + "\r\n";
    return out + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

// Status codes of the answers read from `socket`, in the order they came.
QList<int> statuses(const QByteArray &stream)
{
    QList<int> out;
    for (qsizetype at = stream.indexOf("HTTP/1.1 "); at >= 0; at = stream.indexOf("HTTP/1.1 ", at + 1))
        out << stream.mid(at + 9, 3).toInt();
    return out;
}
} // namespace

/// What a flood or a thief on the network costs the server: requests too big are refused before
/// they are buffered, slow and idle connections are dropped, pages are capped in bytes, and
/// pipelined requests are answered in order.
class TestBoundedServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<SyncServer> m_server;
    quint16 m_port = 0;
    QUrl m_url;

    void start(const ServerLimits &limits, const QString &backend = QStringLiteral("sqlite"))
    {
        ServerStorage::Opener open = ServerStorage::sqlite(m_dir.filePath(Id::create() + QStringLiteral(".db")));
        if (backend == QLatin1String("postgresql")) {
            const QString conninfo = qEnvironmentVariable("KVARTER_TEST_PG");
            if (conninfo.isEmpty()) {
                if (qEnvironmentVariable("CI") == QLatin1String("true"))
                    QFAIL("CI must run the PostgreSQL tests: scripts/test sets KVARTER_TEST_PG");
                QSKIP("no test PostgreSQL (run ./scripts/test, which starts one)");
            }
            ServerStorage::openPostgres(conninfo)->dropEverythingForTests();
            open = ServerStorage::postgres(conninfo);
        }
        m_server = std::make_unique<SyncServer>(open, ServerThreads {}, m_clock, limits);
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    }

    // Sends `head`, then up to `bodyBytes` in 1 MB pieces as the server takes them, and returns
    // what the server answered before it closed.
    QByteArray exchange(const QByteArray &head, qint64 bodyBytes = 0)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QByteArray answer;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { answer += socket.readAll(); });
        socket.write(head);
        const QByteArray piece(1024 * 1024, 'x');
        for (qint64 sent = 0; sent < bodyBytes && socket.state() == QAbstractSocket::ConnectedState;) {
            if (socket.bytesToWrite() < piece.size()) {
                socket.write(piece);
                sent += piece.size();
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        QDeadlineTimer deadline(10000);
        while (!(answer.contains("\r\n\r\n{") && answer.endsWith('}')) && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        return answer;
    }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void oversizeRequestsAreRefusedBeforeBuffering_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<qint64>("bodyBytes");
        QTest::addColumn<int>("status");
        QTest::addRow("1 MB request line") << "GET /v1/teams/" + QByteArray(1024 * 1024, 'a') + "/bundles HTTP/1.1\r\n\r\n"
                                           << qint64(0) << 414;
        QByteArray many = "GET /health HTTP/1.1\r\n";
        for (int i = 0; i < 20000; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        QTest::addRow("20000 headers") << many + "\r\n" << qint64(0) << 431;
        QTest::addRow("one 1 MB header") << "GET /health HTTP/1.1\r\nX-Big: " + QByteArray(1024 * 1024, 'b') + "\r\n\r\n"
                                         << qint64(0) << 431;
        QTest::addRow("250 MB push") << QByteArray("POST /v1/teams/t/bundles HTTP/1.1\r\nContent-Length: 262144000\r\n\r\n")
                                     << qint64(64) * 1024 * 1024 << 413;
        QTest::addRow("1 MB registration") << QByteArray("POST /v1/teams/t/devices HTTP/1.1\r\nContent-Length: 1048576\r\n\r\n")
                                           << qint64(1024 * 1024) << 413;
        QTest::addRow("chunked body") << QByteArray("POST /v1/teams/t/bundles HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                      << qint64(0) << 411;
    }
    void oversizeRequestsAreRefusedBeforeBuffering()
    {
        QFETCH(QByteArray, head);
        QFETCH(qint64, bodyBytes);
        QFETCH(int, status);
        start({});
        const qint64 before = residentKb();
        const QByteArray answer = exchange(head, bodyBytes);
        QCOMPARE(statuses(answer), QList<int> { status });
        // Nothing of the body was kept (Qt HttpServer alone would hold it two or three times).
        QVERIFY2(residentKb() - before < 48 * 1024, qPrintable(QString::number(residentKb() - before)));
        // The server goes on serving.
        QCOMPARE(Device().client(m_url).health().status, 200);
    }

    // The guard finds each request's end whatever the pieces the bytes come in, bodies holding
    // blank lines included, and counts only what it must.
    void theGuardFramesPipelinedRequestsInAnyPieces()
    {
        const QByteArray body = "\r\n\r\nGET / HTTP/1.1\r\n\r\n"; // looks like a request; is a body
        const QByteArray push =
            "POST /v1/teams/t/bundles HTTP/1.1\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const QByteArray stream = "\r\n" + push + "GET /health HTTP/1.1\r\nHost: x\r\n\r\n" + push;
        for (const int piece : { 1, 2, 7, 64, int(stream.size()) }) {
            const ServerLimits limits;
            RequestGuard guard(limits);
            for (qsizetype at = 0; at < stream.size(); at += piece)
                QCOMPARE(guard.feed(stream.constData() + at, std::min<qsizetype>(piece, stream.size() - at)),
                         RequestGuard::Status::Ok);
            QCOMPARE(guard.requestsSeen(), quint64(3));
            QVERIFY(guard.betweenRequests());
        }
        ServerLimits small;
        small.maxHeaders = 2;
        RequestGuard guard(small);
        const QByteArray three = "GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n";
        QCOMPARE(guard.feed(three.constData(), three.size()), RequestGuard::Status::RequestHeaderFieldsTooLarge);
    }

    // Many connections that never finish their headers, or never send anything, at the usual
    // limit of 1024 open files: laptops and /health still get in, and the connections are dropped.
    void idleAndHalfSentConnectionsAreDropped()
    {
        rlimit saved {};
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &saved) == 0);
        rlimit usual = saved;
        usual.rlim_cur = std::min<rlim_t>(1024, saved.rlim_max);
        QVERIFY(::setrlimit(RLIMIT_NOFILE, &usual) == 0);
        const auto restore = qScopeGuard([&] { ::setrlimit(RLIMIT_NOFILE, &saved); });
        ServerLimits limits;
        limits.headerTimeoutMs = 300;
        limits.idleTimeoutMs = 600;
        limits.maxConnections = 64;
        start(limits);
        std::vector<std::unique_ptr<QTcpSocket>> flood;
        for (int i = 0; i < 800; ++i) {
            flood.push_back(std::make_unique<QTcpSocket>());
            flood.back()->connectToHost(QHostAddress::LocalHost, m_port);
            if (i % 2 == 1)
                flood.back()->write("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ");
            if (i % 10 == 0)
                QCoreApplication::processEvents();
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(flood.begin(), flood.end(),
                                             [](const auto &s) {
                                                 return s->state() != QAbstractSocket::ConnectingState
                                                     && s->state() != QAbstractSocket::HostLookupState;
                                             }),
                                 10000);
        QVERIFY(m_server->openConnections() <= limits.maxConnections);
        QCOMPARE(Device().client(m_url).health().status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(flood.begin(), flood.end(),
                                             [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; }),
                                 10000);
    }

    // Requests sent back to back on one connection are answered in their order, though a push
    // waits for its disk flush on a writer thread and /health is answered at once.
    void pipelinedRequestsAreAnsweredInOrder()
    {
        start({});
        const QString team = Id::create();
        Device planner;
        QCOMPARE(planner.client(m_url).registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner")).status,
                 200);
        const QString bundles = QStringLiteral("/v1/teams/%1/bundles").arg(team);
        QByteArray stream;
        for (qint64 seq = 1; seq <= 3; ++seq) {
            const QByteArray data = bundle(team, planner, seq, 64);
            stream += wire("POST", planner.client(m_url).signedRequest("POST", bundles, data), data);
            stream += "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
            stream += "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n";
        }
        stream += wire("GET", planner.client(m_url).signedRequest("GET", bundles + QStringLiteral("?after=0"), {}));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QByteArray answers;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { answers += socket.readAll(); });
        socket.write(stream);
        QTRY_COMPARE_WITH_TIMEOUT(statuses(answers).size(), 10, 10000);
        QCOMPARE(statuses(answers), (QList<int> { 201, 200, 404, 201, 200, 404, 201, 200, 404, 200 }));
        QVERIFY(answers.endsWith("}"));
        QCOMPARE(QJsonDocument::fromJson(answers.mid(answers.lastIndexOf("\r\n\r\n") + 4))
                     .object()
                     .value(QLatin1String("bundles"))
                     .toArray()
                     .size(),
                 3);
    }

    // A client that sends requests and never reads the answers costs the answers of a few MB, not
    // one per request (80 unread snapshot requests took the server to 3.7 GB).
    void unreadAnswersDoNotPileUp()
    {
        start({});
        const QString team = Id::create();
        Device planner;
        ServerClient client = planner.client(m_url);
        QCOMPARE(client.registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner")).status, 200);
        for (qint64 seq = 1; seq <= 8; ++seq)
            QCOMPARE(client.push(team, bundle(team, planner, seq, 300 * 1024)).status, 201); // a page: ~3 MB
        QByteArray stream;
        const int requests = 30;
        for (int i = 0; i < requests; ++i)
            stream += wire("GET", client.signedRequest("GET", QStringLiteral("/v1/teams/%1/bundles?after=0").arg(team), {}));
        QTcpSocket socket;
        socket.setReadBufferSize(64 * 1024); // this end reads no more than that until asked to
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        const qint64 before = residentKb();
        socket.write(stream);
        QTest::qWait(2000); // time enough to answer all of them, were the answers queued regardless
        const qint64 grown = residentKb() - before;
        QVERIFY2(grown < 40 * 1024, qPrintable(QStringLiteral("%1 kB").arg(grown))); // all 30 answers: ~100 MB
        // Read at last, every answer comes, in order.
        QByteArray answers;
        socket.setReadBufferSize(0);
        connect(&socket, &QTcpSocket::readyRead, this, [&] { answers += socket.readAll(); });
        answers += socket.readAll();
        QTRY_COMPARE_WITH_TIMEOUT(statuses(answers).size(), requests, 20000);
        QCOMPARE(statuses(answers), QList<int>(requests, 200));
    }

    // A pull page holds bundles up to a size, not only up to a count: one pull of 40 bundles of
    // 6 MB held the only reader thread for 35 s.
    void pullPagesAreCappedInBytes_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addRow("sqlite") << QStringLiteral("sqlite");
        QTest::addRow("postgresql") << QStringLiteral("postgresql");
    }
    void pullPagesAreCappedInBytes()
    {
        QFETCH(QString, backend);
        ServerLimits limits;
        limits.pullPageBytes = 40 * 1024;
        start(limits, backend);
        if (!m_server)
            return; // skipped: no PostgreSQL here
        const QString team = Id::create();
        Device planner;
        ServerClient client = planner.client(m_url);
        QCOMPARE(client.registerDevice(team, planner.id, planner.keys.publicKey, QStringLiteral("planner")).status, 200);
        for (qint64 seq = 1; seq <= 10; ++seq)
            QCOMPARE(client.push(team, bundle(team, planner, seq, 15 * 1024)).status, 201); // ~20 KB each
        QCOMPARE(client.push(team, bundle(team, planner, 11, 100 * 1024)).status, 201);     // bigger than a page
        QList<int> pages;
        qint64 cursor = 0;
        for (int round = 0; round < 20; ++round) {
            const ServerClient::Reply reply = client.pull(team, cursor);
            QCOMPARE(reply.status, 200);
            const int size = int(reply.json().value(QLatin1String("bundles")).toArray().size());
            if (size == 0)
                break;
            pages << size;
            cursor = reply.json().value(QLatin1String("next")).toInteger();
        }
        QCOMPARE(pages, (QList<int> { 2, 2, 2, 2, 2, 1 }));
    }
};

QTEST_GUILESS_MAIN(TestBoundedServer)
#include "tst_boundedserver.moc"
