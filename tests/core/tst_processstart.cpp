// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// keepTimeZoneLoaded(): the zone glibc reads once, the same as without it,
// and a user's own TZ kept. (startWithHugePages has tst_hugepages.)
#include "processstart.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

class TestProcessStart : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { qunsetenv("TZ"); }
    void withoutTzTheSystemZoneIsNamed();
    void usersOwnTzStays_data();
    void usersOwnTzStays();
};

void TestProcessStart::withoutTzTheSystemZoneIsNamed()
{
    qunsetenv("TZ");
    const QDateTime summer(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
    const QDateTime winter(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    const int summerOffset = summer.toLocalTime().offsetFromUtc();
    const int winterOffset = winter.toLocalTime().offsetFromUtc();
    const QByteArray systemZone = QTimeZone::systemTimeZoneId();

    Kindred::keepTimeZoneLoaded();
    QCOMPARE(qgetenv("TZ"), QByteArray(":/etc/localtime"));
    // The same zone as before, for glibc and for Qt.
    QCOMPARE(summer.toLocalTime().offsetFromUtc(), summerOffset);
    QCOMPARE(winter.toLocalTime().offsetFromUtc(), winterOffset);
    QCOMPARE(QTimeZone::systemTimeZoneId(), systemZone);
}

void TestProcessStart::usersOwnTzStays_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<int>("offset"); // of 2026-07-01 12:00 UTC, in hours
    QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo") << 9;
    QTest::newRow("a file") << QByteArray(":/usr/share/zoneinfo/Europe/Berlin") << 2;
    QTest::newRow("empty: UTC") << QByteArray("") << 0;
}

void TestProcessStart::usersOwnTzStays()
{
    QFETCH(QByteArray, tz);
    QFETCH(int, offset);
    qputenv("TZ", tz);
    Kindred::keepTimeZoneLoaded();
    QCOMPARE(qgetenv("TZ"), tz);
    QVERIFY(qEnvironmentVariableIsSet("TZ"));
    QCOMPARE(QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC).toLocalTime().offsetFromUtc(), offset * 3600);
}

QTEST_GUILESS_MAIN(TestProcessStart)
#include "tst_processstart.moc"
