// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdata.h"
#include "reportwriter.h"
#include "store/customerstore.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "../common/teststore.h"

using namespace Kindred;

namespace {
const QDate asOf(2026, 6, 1);
const QDate since(2026, 1, 1);

// The text of a PDF as pdftotext reads it; empty when pdftotext is missing.
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

EffectSummary handBuiltEffect()
{
    EffectSummary effect;
    effect.since = since;
    effect.until = asOf;
    effect.contacted = {4, 3, 12.5, 9, 1234.0, 1};
    effect.notContacted = {7, 1, std::nullopt, 2, 80.0, 0};
    return effect;
}
} // namespace

// The one-page report: its figures read from a store (on both engines) and
// the PDF drawn from them, read back as text.
class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void collectsTheFigures();
    void refusesAPeriodAfterTheDay();
    void writesThePageWithTheEffect();
    void leavesOutAnEffectNotGiven();
    void writesJapanese();
    void failsOnAFolderItCannotWrite();

private:
    /// Writes the report of the store and returns its text; skips without pdftotext.
    QString writeAndRead(const ReportData &data);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    QString m_storeName;
};

void TestReportWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = testStoreLocation(*m_dir, QStringLiteral("shop.kindred"));
    CustomerStore store;
    QCOMPARE(store.open(m_location, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    m_storeName = store.displayName();
    QList<Customer> customers(4);
    customers[0].name = QStringLiteral("Aiko Tanaka");
    customers[0].valueFit = 80, customers[0].valueAwareness = 20;
    customers[0].nextAction = QStringLiteral("Call about the tasting");
    customers[0].nextActionDue = QDate(2026, 5, 20); // before the day: overdue
    customers[1].name = QStringLiteral("山田花子");
    customers[1].valueFit = 70, customers[1].valueAwareness = 30;
    customers[1].nextAction = QStringLiteral("新商品のご案内");
    customers[1].nextActionDue = QDate(2026, 6, 10);
    customers[2].name = QStringLiteral("Bruno Keller"); // quadrant II: not on the shortlist, named on the matrix
    customers[2].valueFit = 80, customers[2].valueAwareness = 80;
    customers[3].name = QStringLiteral("Carla Unplaced");
    QCOMPARE(store.addCustomers(customers), std::nullopt);
    QList<Order> orders{
        {0, customers[0].id, {}, QDate(2026, 2, 1), 120.0},
        {0, customers[0].id, {}, QDate(2026, 3, 1), 80.0},
        {0, customers[1].id, {}, QDate(2026, 5, 1), 30.0}, // else she would not exist yet on the day
        {0, customers[2].id, {}, QDate(2026, 4, 1), 50.0},
        {0, customers[3].id, {}, QDate(2025, 1, 1), 999.0}, // before the period
    };
    QCOMPARE(store.addOrders(orders), std::nullopt);
    WorkspaceSettings settings = store.settings();
    settings.asOf = asOf;
    settings.marketSize = 1000;
    settings.oneToOneCapacity = 5;
    QCOMPARE(store.setSettings(settings), std::nullopt);
}

void TestReportWriter::collectsTheFigures()
{
    CustomerStore store;
    QCOMPARE(store.open(m_location, CustomerStore::OpenMode::ReadOnly), std::nullopt);
    const auto data = Report::collect(store, since);
    QVERIFY2(data, qPrintable(data ? QString() : data.error().toString()));
    const ReportData &report = data.value();
    QCOMPARE(report.asOf, asOf); // the workspace's day
    QCOMPARE(report.period.from, since);
    QCOMPARE(report.period.until, asOf);
    QCOMPARE(report.storeName, m_storeName);
    QCOMPARE(report.capacity, 5);
    QStringList names;
    for (const ShortlistEntry &entry : report.shortlist)
        names.append(entry.customer.name);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Aiko Tanaka"), QStringLiteral("山田花子")}));
    QCOMPARE(report.placements.size(), 3);
    QCOMPARE(report.quadrantCounts[int(Quadrant::I)], 2);
    QCOMPARE(report.quadrantCounts[int(Quadrant::II)], 1);
    QCOMPARE(report.funnel.marketSize(), 1000);
    QCOMPARE(report.funnel.customers(), 4);
    // Carla's order came before the period: three customers on the curve.
    QCOMPARE(report.pareto.customerCount(), 3);
    QCOMPARE(report.pareto.revenue(), 280.0);
    QVERIFY(!report.effect);

    const auto byDefault = Report::collect(store);
    QVERIFY(byDefault);
    QCOMPARE(byDefault.value().period.from, QDate(2025, 6, 2)); // twelve months up to the day
    QCOMPARE(byDefault.value().pareto.customerCount(), 3);
}

void TestReportWriter::refusesAPeriodAfterTheDay()
{
    CustomerStore store;
    QCOMPARE(store.open(m_location, CustomerStore::OpenMode::ReadOnly), std::nullopt);
    const auto data = Report::collect(store, QDate(2026, 7, 1));
    QVERIFY(!data);
    QVERIFY2(data.error().message.contains(QStringLiteral("2026-07-01")), qPrintable(data.error().message));
}

QString TestReportWriter::writeAndRead(const ReportData &data)
{
    const QString path = m_dir->filePath(QStringLiteral("report.pdf"));
    QFile::remove(path);
    const Status written = ReportWriter(data).write(path);
    if (written)
        qWarning() << written->toString();
    if (written)
        return QStringLiteral("(not written)");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.read(5).startsWith("%PDF-"))
        return QStringLiteral("(not a PDF)");
    return pdfText(path);
}

void TestReportWriter::writesThePageWithTheEffect()
{
    CustomerStore store;
    QCOMPARE(store.open(m_location, CustomerStore::OpenMode::ReadOnly), std::nullopt);
    auto data = Report::collect(store, since);
    QVERIFY(data);
    data.value().effect = handBuiltEffect();
    const QString text = writeAndRead(data.value());
    if (text.isEmpty())
        QSKIP("pdftotext is not installed (Debian: poppler-utils): the PDF was written but its text is not checked");
    // The shortlist, with its next actions and due dates.
    QVERIFY2(text.contains(QStringLiteral("Aiko Tanaka")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("山田花子")));
    QVERIFY(text.contains(QStringLiteral("Call about the tasting")));
    QVERIFY(text.contains(QStringLiteral("新商品のご案内")));
    QVERIFY(text.contains(QStringLiteral("(overdue)")));
    // The funnel's Core share, the Pareto headline, the matrix's quadrants.
    QVERIFY(text.contains(QStringLiteral("of the market")));
    QVERIFY(text.contains(QStringLiteral("The top 20% of customers bring")));
    QVERIFY(text.contains(QStringLiteral("Value awareness")));
    // The effect.
    QVERIFY(text.contains(QStringLiteral("Not contacted")));
    QVERIFY(text.contains(QStringLiteral("+12.5")));
    QVERIFY(text.contains(QStringLiteral("not a cause")));
    // The footer: store, day and period.
    const QLocale locale;
    QVERIFY(text.contains(QStringLiteral("Store: %1").arg(m_storeName)));
    QVERIFY(text.contains(QStringLiteral("As of %1").arg(locale.toString(asOf, QLocale::ShortFormat))));
    QVERIFY(text.contains(QStringLiteral("Period: %1 – %2")
                              .arg(locale.toString(since, QLocale::ShortFormat),
                                   locale.toString(asOf, QLocale::ShortFormat))));
}

void TestReportWriter::leavesOutAnEffectNotGiven()
{
    CustomerStore store;
    QCOMPARE(store.open(m_location, CustomerStore::OpenMode::ReadOnly), std::nullopt);
    const auto data = Report::collect(store, since);
    QVERIFY(data);
    const QString text = writeAndRead(data.value());
    if (text.isEmpty())
        QSKIP("pdftotext is not installed (Debian: poppler-utils): the PDF was written but its text is not checked");
    QVERIFY(text.contains(QStringLiteral("Aiko Tanaka")));
    QVERIFY(!text.contains(QStringLiteral("Not contacted")));
}

void TestReportWriter::writesJapanese()
{
    QTranslator translator;
    const QString qm = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/kindred_ja.qm");
    QVERIFY2(translator.load(qm), qPrintable(qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
    });
    CustomerStore store;
    QCOMPARE(store.open(m_location, CustomerStore::OpenMode::ReadOnly), std::nullopt);
    const auto data = Report::collect(store, since);
    QVERIFY(data);
    const QString text = writeAndRead(data.value());
    if (text.isEmpty())
        QSKIP("pdftotext is not installed (Debian: poppler-utils): the PDF was written but its text is not checked");
    // The charts' own Japanese, embedded so that it reads back.
    QVERIFY2(text.contains(stageName(Stage::Prospect)), qPrintable(text));
    QCOMPARE(stageName(Stage::Prospect), QStringLiteral("見込み客"));
    QVERIFY(text.contains(QStringLiteral("山田花子")));
}

void TestReportWriter::failsOnAFolderItCannotWrite()
{
    CustomerStore store;
    QCOMPARE(store.open(m_location, CustomerStore::OpenMode::ReadOnly), std::nullopt);
    const auto data = Report::collect(store, since);
    QVERIFY(data);
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/report.pdf"));
    const Status written = ReportWriter(data.value()).write(path);
    QVERIFY(written);
    QVERIFY2(written->toString().contains(path), qPrintable(written->toString()));
}

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
