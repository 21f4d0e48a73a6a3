// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storelocation.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTest>

using namespace Kindred;

class TestStoreLocation : public QObject
{
    Q_OBJECT

private slots:
    void parsesFilePaths_data();
    void parsesFilePaths();
    void parsesPostgresUrls_data();
    void parsesPostgresUrls();
    void refusesBadLocations_data();
    void refusesBadLocations();
    void writesUrlWithoutPassword_data();
    void writesUrlWithoutPassword();
    void keepsSecretsForTheConnection();
    void keepsSecretsOutOfWhatIsShown_data();
    void keepsSecretsOutOfWhatIsShown();
    void connectsWithATimeout_data();
    void connectsWithATimeout();
    void displayName_data();
    void displayName();
};

void TestStoreLocation::parsesFilePaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("filePath");
    QTest::newRow("relative") << QStringLiteral("shop.kindred") << QStringLiteral("shop.kindred");
    QTest::newRow("relative up") << QStringLiteral("../data/shop.kindred") << QStringLiteral("../data/shop.kindred");
    QTest::newRow("absolute with space") << QStringLiteral("/home/ann/Shop 2026.kindred")
                                         << QStringLiteral("/home/ann/Shop 2026.kindred");
    QTest::newRow("japanese") << QStringLiteral("/home/花子/顧客.kindred") << QStringLiteral("/home/花子/顧客.kindred");
    QTest::newRow("windows backslashes") << QStringLiteral("C:\\Users\\Ann\\shop.kindred")
                                         << QStringLiteral("C:\\Users\\Ann\\shop.kindred");
    QTest::newRow("windows slashes") << QStringLiteral("C:/Users/Ann/shop.kindred")
                                     << QStringLiteral("C:/Users/Ann/shop.kindred");
    QTest::newRow("drive is no scheme") << QStringLiteral("D://shop.kindred") << QStringLiteral("D://shop.kindred");
    QTest::newRow("windows share") << QStringLiteral("\\\\server\\share\\shop.kindred")
                                   << QStringLiteral("\\\\server\\share\\shop.kindred");
    QTest::newRow("name with colon") << QStringLiteral("backup:2026.kindred") << QStringLiteral("backup:2026.kindred");
    QTest::newRow("file url") << QStringLiteral("file:///home/ann/My%20Shop.kindred")
                              << QStringLiteral("/home/ann/My Shop.kindred");
}

void TestStoreLocation::parsesFilePaths()
{
    QFETCH(QString, text);
    QFETCH(QString, filePath);
    const Result<StoreLocation> parsed = StoreLocation::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    const StoreLocation &location = parsed.value();
    QVERIFY(!location.isPostgres());
    QCOMPARE(location.filePath, filePath);
    QCOMPARE(location.toString(), filePath);
    QCOMPARE(StoreLocation::parse(location.toString()).value().filePath, filePath);
}

void TestStoreLocation::parsesPostgresUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("options");

    QTest::newRow("host and database") << QStringLiteral("postgresql://db.example.com/sales")
                                       << QStringLiteral("db.example.com") << 5432 << QStringLiteral("sales")
                                       << QString() << QString() << QString();
    QTest::newRow("postgres scheme, user, port") << QStringLiteral("postgres://ann@db.example.com:5433/sales")
                                                 << QStringLiteral("db.example.com") << 5433 << QStringLiteral("sales")
                                                 << QStringLiteral("ann") << QString() << QString();
    QTest::newRow("scheme in capitals") << QStringLiteral("PostgreSQL://Db/Sales") << QStringLiteral("Db") << 5432
                                        << QStringLiteral("Sales") << QString() << QString() << QString();
    QTest::newRow("password") << QStringLiteral("postgresql://ann:s3cret@db.example.com/sales")
                              << QStringLiteral("db.example.com") << 5432 << QStringLiteral("sales")
                              << QStringLiteral("ann") << QStringLiteral("s3cret") << QString();
    QTest::newRow("percent-encoded password") << QStringLiteral("postgresql://ann:p%40ss%3Aw%2Frd@db/sales")
                                              << QStringLiteral("db") << 5432 << QStringLiteral("sales")
                                              << QStringLiteral("ann") << QStringLiteral("p@ss:w/rd") << QString();
    QTest::newRow("unencoded @ in password") << QStringLiteral("postgresql://ann:p@ss@db/sales")
                                             << QStringLiteral("db") << 5432 << QStringLiteral("sales")
                                             << QStringLiteral("ann") << QStringLiteral("p@ss") << QString();
    QTest::newRow("unencoded / and ? in password") << QStringLiteral("postgresql://ann:Se/c?ret@db/sales")
                                                   << QStringLiteral("db") << 5432 << QStringLiteral("sales")
                                                   << QStringLiteral("ann") << QStringLiteral("Se/c?ret") << QString();
    QTest::newRow("every special character in password")
        << QStringLiteral("postgresql://ann:a@b/c?d#e:f&g=h@db:5433/sales?sslmode=require") << QStringLiteral("db")
        << 5433 << QStringLiteral("sales") << QStringLiteral("ann") << QStringLiteral("a@b/c?d#e:f&g=h")
        << QStringLiteral("sslmode=require");
    QTest::newRow("japanese user and database")
        << QStringLiteral("postgresql://%E4%BD%90%E8%97%A4@db/%E9%A1%A7%E5%AE%A2") << QStringLiteral("db") << 5432
        << QStringLiteral("顧客") << QStringLiteral("佐藤") << QString() << QString();
    QTest::newRow("ipv6 with port") << QStringLiteral("postgresql://[::1]:5433/sales") << QStringLiteral("::1") << 5433
                                    << QStringLiteral("sales") << QString() << QString() << QString();
    QTest::newRow("ipv6") << QStringLiteral("postgresql://ann@[2001:db8::7]/sales") << QStringLiteral("2001:db8::7")
                          << 5432 << QStringLiteral("sales") << QStringLiteral("ann") << QString() << QString();
    QTest::newRow("socket in query") << QStringLiteral("postgresql://ann@/sales?host=/tmp/sock&port=55432")
                                     << QStringLiteral("/tmp/sock") << 55432 << QStringLiteral("sales")
                                     << QStringLiteral("ann") << QString() << QString();
    QTest::newRow("socket encoded as host") << QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/sales")
                                            << QStringLiteral("/var/run/postgresql") << 5432 << QStringLiteral("sales")
                                            << QString() << QString() << QString();
    QTest::newRow("libpq defaults") << QStringLiteral("postgresql:///sales") << QString() << 5432
                                    << QStringLiteral("sales") << QString() << QString() << QString();
    QTest::newRow("empty port") << QStringLiteral("postgresql://db:/sales") << QStringLiteral("db") << 5432
                                << QStringLiteral("sales") << QString() << QString() << QString();
    QTest::newRow("port without host") << QStringLiteral("postgresql://:5433/sales") << QString() << 5433
                                       << QStringLiteral("sales") << QString() << QString() << QString();
    QTest::newRow("options") << QStringLiteral("postgresql://db/sales?sslmode=require&connect_timeout=10")
                             << QStringLiteral("db") << 5432 << QStringLiteral("sales") << QString() << QString()
                             << QStringLiteral("sslmode=require;connect_timeout=10");
    QTest::newRow("option with path") << QStringLiteral("postgresql://db/sales?sslrootcert=%2Fetc%2Fca.pem")
                                      << QStringLiteral("db") << 5432 << QStringLiteral("sales") << QString()
                                      << QString() << QStringLiteral("sslrootcert=/etc/ca.pem");
    QTest::newRow("everything in query")
        << QStringLiteral("postgresql://?dbname=sales&user=ann&password=s3cret&host=db&port=6432")
        << QStringLiteral("db") << 6432 << QStringLiteral("sales") << QStringLiteral("ann") << QStringLiteral("s3cret")
        << QString();
}

void TestStoreLocation::parsesPostgresUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, options);

    const Result<StoreLocation> parsed = StoreLocation::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    const StoreLocation &location = parsed.value();
    QVERIFY(location.isPostgres());
    QCOMPARE(location.host, host);
    QCOMPARE(location.port, port);
    QCOMPARE(location.database, database);
    QCOMPARE(location.user, user);
    QCOMPARE(location.password, password);
    QCOMPARE(location.options, options);
    QVERIFY(location.filePath.isEmpty());

    // What toString() writes reads back the same, less the password.
    const Result<StoreLocation> again = StoreLocation::parse(location.toString());
    QVERIFY2(again.ok(), qPrintable(location.toString()));
    QVERIFY(again.value().isPostgres());
    QCOMPARE(again.value().host, host);
    QCOMPARE(again.value().port, port);
    QCOMPARE(again.value().database, database);
    QCOMPARE(again.value().user, user);
    QCOMPARE(again.value().password, QString());
    QCOMPARE(again.value().options, options);
}

void TestStoreLocation::refusesBadLocations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString noDatabase = QStringLiteral("names no database");
    QTest::newRow("empty") << QString() << QStringLiteral("No store given");
    QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("No store given");
    QTest::newRow("no database") << QStringLiteral("postgresql://ann:s3cret@db") << noDatabase;
    QTest::newRow("empty database") << QStringLiteral("postgresql://ann:s3cret@db/") << noDatabase;
    QTest::newRow("only a socket") << QStringLiteral("postgresql://?host=/tmp/sock") << noDatabase;
    QTest::newRow("port not a number") << QStringLiteral("postgresql://ann:s3cret@db:abc/sales")
                                       << QStringLiteral("port “abc”");
    QTest::newRow("port zero") << QStringLiteral("postgresql://db:0/sales") << QStringLiteral("port “0”");
    QTest::newRow("port too large") << QStringLiteral("postgresql://db:70000/sales") << QStringLiteral("port “70000”");
    QTest::newRow("signed port") << QStringLiteral("postgresql://db:+5432/sales") << QStringLiteral("port “+5432”");
    QTest::newRow("bad port in query") << QStringLiteral("postgresql://db/sales?port=x") << QStringLiteral("port “x”");
    QTest::newRow("unclosed ipv6") << QStringLiteral("postgresql://[::1/sales") << QStringLiteral("closing “]”");
    QTest::newRow("junk after ipv6") << QStringLiteral("postgresql://[::1]x/sales") << QStringLiteral("“x”");
    QTest::newRow("bad encoding in user") << QStringLiteral("postgresql://ann%zz@db/sales")
                                          << QStringLiteral("user name");
    QTest::newRow("bad encoding in password") << QStringLiteral("postgresql://ann:s3cret%4@db/sales")
                                              << QStringLiteral("password");
    QTest::newRow("bad encoding in database") << QStringLiteral("postgresql://db/sales%") << QStringLiteral("database");
    QTest::newRow("parameter without value") << QStringLiteral("postgresql://db/sales?sslmode")
                                             << QStringLiteral("“sslmode”");
    QTest::newRow("option with space") << QStringLiteral("postgresql://db/sales?application_name=my%20app")
                                       << QStringLiteral("“application_name”");
    QTest::newRow("option with semicolon") << QStringLiteral("postgresql://db/sales?options=a;b")
                                           << QStringLiteral("“options”");
    QTest::newRow("connect timeout not a number") << QStringLiteral("postgresql://db/sales?connect_timeout=soon")
                                                  << QStringLiteral("“connect_timeout”");
    QTest::newRow("negative connect timeout") << QStringLiteral("postgresql://db/sales?connect_timeout=-1")
                                              << QStringLiteral("“connect_timeout”");
    QTest::newRow("other scheme") << QStringLiteral("mysql://db/sales") << QStringLiteral("“mysql://”");
}

void TestStoreLocation::refusesBadLocations()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Result<StoreLocation> parsed = StoreLocation::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    QVERIFY2(!parsed.error().message.contains(QStringLiteral("s3cret")), qPrintable(parsed.error().message));
}

void TestStoreLocation::writesUrlWithoutPassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("password and option") << QStringLiteral("postgres://ann:s3cret@db.example.com:5433/sales?sslmode=require")
                                         << QStringLiteral("postgresql://ann@db.example.com:5433/sales?sslmode=require");
    QTest::newRow("socket") << QStringLiteral("postgresql://ann:s3cret@/sales?host=/tmp/sock&port=55432")
                            << QStringLiteral("postgresql://ann@/sales?host=/tmp/sock&port=55432");
    QTest::newRow("password in query") << QStringLiteral("postgresql://db/sales?password=s3cret")
                                       << QStringLiteral("postgresql://db/sales");
    QTest::newRow("default port left out") << QStringLiteral("postgresql://db:5432/sales")
                                           << QStringLiteral("postgresql://db/sales");
    QTest::newRow("ipv6") << QStringLiteral("postgresql://[::1]:5433/sales") << QStringLiteral("postgresql://[::1]:5433/sales");
    QTest::newRow("encoded") << QStringLiteral("postgresql://%E4%BD%90%E8%97%A4:s3cret@db/%E9%A1%A7%E5%AE%A2")
                             << QStringLiteral("postgresql://%E4%BD%90%E8%97%A4@db/%E9%A1%A7%E5%AE%A2");
    QTest::newRow("reserved characters") << QStringLiteral("postgresql://a%40b@db/x%2Fy%3Fz")
                                         << QStringLiteral("postgresql://a%40b@db/x%2Fy%3Fz");
    QTest::newRow("ssl key passphrase") << QStringLiteral("postgresql://ann@db/sales?sslmode=require&sslpassword=s3cret"
                                                          "&sslkey=%2Fhome%2Fann%2Fk.pem")
                                        << QStringLiteral("postgresql://ann@db/sales?sslmode=require&sslkey=/home/ann/k.pem");
}

void TestStoreLocation::writesUrlWithoutPassword()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    const StoreLocation location = StoreLocation::parse(text).value();
    QCOMPARE(location.toString(), written);
    QVERIFY(!location.toString().contains(QStringLiteral("s3cret")));
}

// With the password included, the URL opens a second connection (an import
// on a worker thread) exactly as the first one.
void TestStoreLocation::keepsSecretsForTheConnection()
{
    const StoreLocation location =
        StoreLocation::parse(QStringLiteral("postgresql://ann:Se/c?ret@db/sales?sslpassword=k%26ey&sslmode=require"))
            .value();
    QCOMPARE(location.password, QStringLiteral("Se/c?ret"));
    QCOMPARE(location.options, QStringLiteral("sslpassword=k&ey;sslmode=require"));
    const StoreLocation again = StoreLocation::parse(location.toString(StoreLocation::Password::Included)).value();
    QCOMPARE(again.password, location.password);
    QCOMPARE(again.options, location.options);

    const StoreLocation shown = location.withoutSecrets();
    QVERIFY(shown.password.isEmpty());
    QCOMPARE(shown.options, QStringLiteral("sslmode=require"));
    QCOMPARE(shown.toString(StoreLocation::Password::Included), location.toString());
}

// Whatever a URL holds and however it is mistyped, no part of a password or
// an SSL key passphrase reaches an error message, a window title, the recent
// list or a log: all of them show parse errors, toString() or displayName().
void TestStoreLocation::keepsSecretsOutOfWhatIsShown_data()
{
    QTest::addColumn<QString>("text");
    // Each secret is made of the fragments Xq7, Zk9 and Wm4.
    const auto row = [](const char *name, const char *text) { QTest::newRow(name) << QString::fromUtf8(text); };
    row("plain", "postgresql://ann:Xq7Zk9Wm4@db/sales");
    row("slash and question mark", "postgresql://ann:Xq7/Zk9?Wm4@db/sales");
    row("question mark, port", "postgresql://ann:Xq7?Zk9@db:5433/sales");
    row("digits then slash", "postgresql://ann:5432/Xq7@db/sales");
    row("no user", "postgresql://:Xq7/Zk9?Wm4@db/sales");
    row("colon in password", "postgresql://ann:Xq7:Zk9@db/sales");
    row("hash", "postgresql://ann:Xq7#Zk9@db/sales");
    row("every special character", "postgresql://ann:Xq7@/?#:&=Zk9@db/sales?sslmode=require");
    row("no database", "postgresql://ann:Xq7/Zk9?Wm4@db");
    row("no host", "postgresql://ann:Xq7/Zk9@/sales");
    row("nothing after it", "postgresql://ann:Xq7/Zk9?Wm4@");
    row("bad port after it", "postgresql://ann:Xq7/Zk9?Wm4@db:port/sales");
    row("port zero after it", "postgresql://ann:Xq7/Zk9@db:0/sales");
    row("unclosed ipv6 after it", "postgresql://ann:Xq7?Zk9@[::1/sales");
    row("junk after ipv6 after it", "postgresql://ann:Xq7/Zk9@[::1]x/sales");
    row("bad encoding in password", "postgresql://ann:Xq7%zZk9@db/sales");
    row("bad encoding before slash", "postgresql://ann:Xq7%/Zk9@db/sales");
    row("bad parameter after it", "postgresql://ann:Xq7?Zk9@db/sales?sslmode");
    row("password in query", "postgresql://db/sales?password=Xq7/Zk9");
    row("& in password in query", "postgresql://db/sales?password=Xq7&Zk9");
    row("& in password in query, no database", "postgresql://db?password=Xq7&Zk9");
    row("ssl key passphrase", "postgresql://ann@db/sales?sslpassword=Xq7Zk9&sslmode=require");
    row("& in ssl key passphrase", "postgresql://db/sales?sslpassword=Xq7&Zk9");
    row("space in ssl key passphrase", "postgresql://db/sales?sslpassword=Xq7%20Zk9");
    row("bad encoding in ssl key passphrase", "postgresql://db/sales?sslpassword=Xq7%Zk9");
    row("both passwords", "postgresql://ann:Xq7@db/sales?sslpassword=Zk9&password=Wm4");
    row("other scheme", "mysql://ann:Xq7/Zk9@db/sales");
}

void TestStoreLocation::keepsSecretsOutOfWhatIsShown()
{
    QFETCH(QString, text);
    QStringList shown;
    const Result<StoreLocation> parsed = StoreLocation::parse(text);
    if (parsed) {
        shown << parsed.value().toString() << parsed.value().displayName()
              << parsed.value().withoutSecrets().toString(StoreLocation::Password::Included);
    } else {
        shown << parsed.error().toString();
    }
    for (const QString &text : std::as_const(shown)) {
        static const QRegularExpression secret(QStringLiteral("Xq7|Zk9|Wm4"));
        QVERIFY2(!text.contains(secret), qPrintable(text));
    }
}

void TestStoreLocation::connectsWithATimeout_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("connectOptions");
    QTest::addColumn<int>("connectTimeout");
    QTest::newRow("default") << QStringLiteral("postgresql://db/sales") << QStringLiteral("connect_timeout=10") << 10;
    QTest::newRow("default beside options") << QStringLiteral("postgresql://db/sales?sslmode=require")
                                            << QStringLiteral("sslmode=require;connect_timeout=10") << 10;
    QTest::newRow("given") << QStringLiteral("postgresql://db/sales?connect_timeout=3")
                           << QStringLiteral("connect_timeout=3") << 3;
    QTest::newRow("none: wait for ever") << QStringLiteral("postgresql://db/sales?connect_timeout=0&sslmode=disable")
                                         << QStringLiteral("connect_timeout=0;sslmode=disable") << 0;
}

void TestStoreLocation::connectsWithATimeout()
{
    QFETCH(QString, text);
    QFETCH(QString, connectOptions);
    QFETCH(int, connectTimeout);
    const StoreLocation location = StoreLocation::parse(text).value();
    QCOMPARE(location.connectTimeout(), connectTimeout);
    // The timeout is the connection's, not the URL's: shown as it was given.
    QCOMPARE(location.toString(), text);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("timeout"));
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(QStringLiteral("timeout"));
        QSKIP("Qt's QPSQL driver is not installed.");
    }
    location.configure(db);
    QCOMPARE(db.connectOptions(), connectOptions);
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("timeout"));
}

void TestStoreLocation::displayName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("file") << QStringLiteral("/home/ann/shop.kindred") << QStringLiteral("shop.kindred");
    QTest::newRow("relative file") << QStringLiteral("shop.kindred") << QStringLiteral("shop.kindred");
    QTest::newRow("windows file") << QStringLiteral("C:\\Users\\Ann\\shop.kindred") << QStringLiteral("shop.kindred");
    QTest::newRow("host") << QStringLiteral("postgresql://ann:s3cret@db.example.com/sales")
                          << QStringLiteral("sales on db.example.com");
    QTest::newRow("host and port") << QStringLiteral("postgresql://db.example.com:5433/sales")
                                   << QStringLiteral("sales on db.example.com:5433");
    QTest::newRow("socket") << QStringLiteral("postgresql:///sales?host=/tmp/sock") << QStringLiteral("sales on this computer");
    QTest::newRow("libpq default") << QStringLiteral("postgresql:///sales") << QStringLiteral("sales on this computer");
}

void TestStoreLocation::displayName()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QCOMPARE(StoreLocation::parse(text).value().displayName(), name);
}

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "tst_storelocation.moc"
