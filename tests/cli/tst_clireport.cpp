// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../common/clirun.h"
#include "../common/teststore.h"

using namespace Kindred;

namespace {
QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

// kindred-cli report, on both engines, with no display.
class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void writesTheReportWithoutADisplay();
    void writesJapaneseUnderAJapaneseLocale();
    void otherVerbsLoadNoPlatform();
    void refusesWhatIsWrong_data();
    void refusesWhatIsWrong();

private:
    CliRun cli(const QStringList &arguments, const QString &locale = QString()) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db} + arguments, m_dir->path(), locale);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliReport::initTestCase()
{
    // As on a server or in a cron job: no display and no platform asked for.
    qunsetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
}

void TestCliReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = testStoreLocation(*m_dir, QStringLiteral("k.kindred"));
    CustomerStore store;
    QCOMPARE(store.open(m_db, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    QList<Customer> customers(2);
    customers[0].name = QStringLiteral("Dora Quadrant-One");
    customers[0].valueFit = 90, customers[0].valueAwareness = 10;
    customers[0].nextAction = QStringLiteral("Invite to the workshop");
    customers[1].name = QStringLiteral("Emil Core");
    customers[1].valueFit = 90, customers[1].valueAwareness = 90;
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    QList<Order> orders{{0, customers[0].id, {}, QDate(2026, 3, 1), 40.0},
                        {0, customers[1].id, {}, QDate(2026, 4, 1), 400.0}};
    QCOMPARE(store.addOrders(orders), std::nullopt);
}

void TestCliReport::writesTheReportWithoutADisplay()
{
    const QString path = m_dir->filePath(QStringLiteral("r.pdf"));
    const CliRun run = cli({QStringLiteral("report"), QStringLiteral("--out"), path, QStringLiteral("--since"),
                            QStringLiteral("2026-01-01"), QStringLiteral("--as-of"), QStringLiteral("2026-06-01")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));
    const QString text = pdfText(path);
    if (text.isEmpty())
        QSKIP("pdftotext is not installed (Debian: poppler-utils): the PDF was written but its text is not checked");
    QVERIFY2(text.contains(QStringLiteral("Dora Quadrant-One")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Invite to the workshop")));
    QVERIFY(text.contains(QStringLiteral("Store: ")));
    QVERIFY(text.contains(QStringLiteral("Period: 1 Jan 2026 – 1 Jun 2026"))); // LC_ALL=C.UTF-8
}

void TestCliReport::writesJapaneseUnderAJapaneseLocale()
{
    const QString path = m_dir->filePath(QStringLiteral("ja.pdf"));
    const CliRun run = cli({QStringLiteral("report"), QStringLiteral("--out"), path}, QStringLiteral("ja_JP.UTF-8"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = pdfText(path);
    if (text.isEmpty())
        QSKIP("pdftotext is not installed (Debian: poppler-utils): the PDF was written but its text is not checked");
    QVERIFY2(text.contains(QStringLiteral("見込み客")), qPrintable(text)); // the funnel's Prospect
    QVERIFY(text.contains(QStringLiteral("Dora Quadrant-One")));
}

void TestCliReport::otherVerbsLoadNoPlatform()
{
    // A platform that does not exist would abort any verb that started a
    // QGuiApplication; stats must not notice it.
    qputenv("QT_QPA_PLATFORM", "no-such-platform");
    const CliRun run = cli({QStringLiteral("stats"), QStringLiteral("--json")});
    qunsetenv("QT_QPA_PLATFORM");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().value(QStringLiteral("customers")).toInt(), 2);
}

void TestCliReport::refusesWhatIsWrong_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --out") << QStringList{} << QStringLiteral("--out");
    QTest::newRow("not a date") << QStringList{QStringLiteral("--since"), QStringLiteral("yesterday")}
                                << QStringLiteral("yesterday");
    QTest::newRow("since after as-of") << QStringList{QStringLiteral("--since"), QStringLiteral("2026-07-01"),
                                                      QStringLiteral("--as-of"), QStringLiteral("2026-06-01")}
                                       << QStringLiteral("2026-07-01");
}

void TestCliReport::refusesWhatIsWrong()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString path = m_dir->filePath(QStringLiteral("r.pdf"));
    if (message != QStringLiteral("--out"))
        arguments += {QStringLiteral("--out"), path};
    const CliRun run = cli(QStringList{QStringLiteral("report")} + arguments);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
