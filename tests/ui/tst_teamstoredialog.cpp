// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamstoredialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Kindred;

// The fields of File ▸ Open Team Store make the URL the store opens.
class TestTeamStoreDialog : public QObject
{
    Q_OBJECT

private slots:
    void fieldsMakeTheUrl_data();
    void fieldsMakeTheUrl();
    void startsFromAnEarlierLocation();
    void needsADatabase();
};

void TestTeamStoreDialog::fieldsMakeTheUrl_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("displayName");

    QTest::newRow("server") << "db.example.com" << 5432 << "sales" << "mia"
                            << "postgresql://mia@db.example.com/sales" << "sales on db.example.com";
    QTest::newRow("other port") << "10.0.0.7" << 6543 << "sales" << "mia"
                                << "postgresql://mia@10.0.0.7:6543/sales" << "sales on 10.0.0.7:6543";
    QTest::newRow("socket folder") << "/run/postgresql" << 5433 << "sales" << ""
                                   << "postgresql:///sales?host=/run/postgresql&port=5433"
                                   << "sales on this computer";
    QTest::newRow("spaces trimmed, names encoded") << " db " << 5432 << " 顧客 " << "a b"
                                                   << "postgresql://a%20b@db/%E9%A1%A7%E5%AE%A2" << "顧客 on db";
}

void TestTeamStoreDialog::fieldsMakeTheUrl()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, url);
    QFETCH(QString, displayName);

    TeamStoreDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(host);
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(port);
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(database);
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(user);

    const StoreLocation location = dialog.location();
    QVERIFY(location.isPostgres());
    QCOMPARE(location.toString(), url);
    QCOMPARE(location.displayName(), displayName);
    QVERIFY(location.password.isEmpty());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("url"))->text(), url);
    // What the dialog makes, the store reads back the same.
    const auto parsed = StoreLocation::parse(url);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().host, location.host);
    QCOMPARE(parsed.value().port, location.port);
    QCOMPARE(parsed.value().database, location.database);
    QCOMPARE(parsed.value().user, location.user);
}

void TestTeamStoreDialog::startsFromAnEarlierLocation()
{
    const auto earlier = StoreLocation::parse(
        QStringLiteral("postgresql://mia:pw@db:6000/sales?sslmode=require&sslpassword=Xq7Zk9&connect_timeout=3"));
    QVERIFY(earlier.ok());
    TeamStoreDialog dialog(earlier.value());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("host"))->text(), QStringLiteral("db"));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 6000);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("user"))->text(), QStringLiteral("mia"));
    // The connect options stay; the password and SSL key passphrase given then do not.
    const QString url = QStringLiteral("postgresql://mia@db:6000/sales?sslmode=require&connect_timeout=3");
    QCOMPARE(dialog.location().toString(StoreLocation::Password::Included), url);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("url"))->text(), url);
    QVERIFY(dialog.location().password.isEmpty());
    QVERIFY(!dialog.askForPassword());
    dialog.findChild<QCheckBox *>(QStringLiteral("askPassword"))->setChecked(true);
    QVERIFY(dialog.askForPassword());
}

void TestTeamStoreDialog::needsADatabase()
{
    TeamStoreDialog dialog;
    QPushButton *connect = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!connect->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("sales"));
    QVERIFY(connect->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("  "));
    QVERIFY(!connect->isEnabled());
}

QTEST_MAIN(TestTeamStoreDialog)
#include "tst_teamstoredialog.moc"
