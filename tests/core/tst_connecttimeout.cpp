// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "storelocation.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTest>

#include "../common/localport.h"

using namespace Kindred;
using Kindred::Test::LocalPort;

namespace {
const QString secret = QStringLiteral("Xq7Zk9");

QString url(int port)
{
    return QStringLiteral("postgresql://ann:%1@127.0.0.1:%2/sales?connect_timeout=1").arg(secret).arg(port);
}
} // namespace

// A team server that takes the connection and never answers must not hang
// the CLI or the window: the connection gives up after its connect timeout
// and says so in words a person understands.
class TestConnectTimeout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void locationSaysWhyItCannotConnect_data();
    void locationSaysWhyItCannotConnect();
    void storeGivesUpOnASilentServer();
};

void TestConnectTimeout::initTestCase()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's QPSQL driver is not installed.");
}

void TestConnectTimeout::locationSaysWhyItCannotConnect_data()
{
    QTest::addColumn<bool>("listening");
    QTest::addColumn<QString>("message");
    QTest::newRow("server does not answer") << true << QStringLiteral("did not answer within 2 seconds");
    QTest::newRow("nobody listens") << false << QStringLiteral("Cannot connect to the team store");
}

void TestConnectTimeout::locationSaysWhyItCannotConnect()
{
    QFETCH(bool, listening);
    QFETCH(QString, message);
    const LocalPort server(listening);
    QVERIFY(server.port() > 0);
    const StoreLocation location = StoreLocation::parse(url(server.port())).value();

    Status error;
    QElapsedTimer timer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("silent"));
        timer.start();
        error = location.open(db);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("silent"));
    // libpq waits at least 2 s, counted in whole seconds.
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(error);
    QVERIFY2(error->message.contains(message), qPrintable(error->message));
    QVERIFY2(!error->toString().contains(secret), qPrintable(error->toString()));
}

void TestConnectTimeout::storeGivesUpOnASilentServer()
{
    const LocalPort server(true);
    QVERIFY(server.port() > 0);
    CustomerStore store;
    QElapsedTimer timer;
    timer.start();
    const Status error = store.open(url(server.port()));
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(error);
    QVERIFY(!store.isOpen());
    QVERIFY2(!error->toString().contains(secret), qPrintable(error->toString()));
    QVERIFY2(error->message.contains(QStringLiteral("did not answer within 2 seconds")), qPrintable(error->message));
}

QTEST_GUILESS_MAIN(TestConnectTimeout)
#include "tst_connecttimeout.moc"
