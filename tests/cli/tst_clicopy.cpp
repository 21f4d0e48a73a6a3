// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-cli copy, end to end: SQLite file to SQLite file, and (as
// clicopy_pg) a SQLite file to a PostgreSQL team store and back to a file.
#include "store/customerstore.h"
#include "workspacecontent.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "../common/clirun.h"
#include "../common/teststore.h"
#include "../common/workspacefixture.h"

using namespace Kindred;

class TestCliCopy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void copyThereAndBack();
    void refusesAStoreThatIsNotEmpty();
    void badArgumentsFail_data();
    void badArgumentsFail();

private:
    CliRun copy(const QString &from, const QString &to, bool json = true) const
    {
        QStringList arguments{QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to};
        if (json)
            arguments.append(QStringLiteral("--json"));
        return runCli(arguments, m_dir->path());
    }
    static QByteArray checksumOf(const QString &location)
    {
        CustomerStore store;
        if (Status error = store.open(location))
            return error->toString().toUtf8();
        return checksum(store.content().value());
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
    TrickyWorkspace m_written;
};

void TestCliCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_source = m_dir->filePath(QStringLiteral("source.kindred"));
    CustomerStore store;
    QCOMPARE(store.open(m_source, CustomerStore::OpenMode::CreateIfMissing), std::nullopt);
    m_written = fillTrickyWorkspace(store);
}

void TestCliCopy::copyThereAndBack()
{
    // On PostgreSQL runs the middle store is a team store.
    const QString middle = testStoreLocation(*m_dir, QStringLiteral("middle.kindred"));
    const QString back = m_dir->filePath(QStringLiteral("back.kindred"));

    const CliRun there = copy(m_source, middle);
    QVERIFY2(there.exitCode == 0, qPrintable(there.err));
    QJsonObject report = there.json();
    QCOMPARE(report.value(QStringLiteral("identical")).toBool(), true);
    const QString sourceChecksum = report.value(QStringLiteral("checksum_from")).toString();
    QCOMPARE(sourceChecksum.size(), 64);
    QCOMPARE(report.value(QStringLiteral("checksum_to")).toString(), sourceChecksum);
    const QJsonArray tables = report.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), 5);
    for (const QJsonValue &table : tables) {
        const QJsonObject t = table.toObject();
        QVERIFY2(t.value(QStringLiteral("rows_from")).toInt() > 0, qPrintable(t.value(QStringLiteral("table")).toString()));
        QCOMPARE(t.value(QStringLiteral("rows_to")), t.value(QStringLiteral("rows_from")));
        QCOMPARE(t.value(QStringLiteral("same")).toBool(), true);
    }

    const CliRun andBack = copy(middle, back, false);
    QVERIFY2(andBack.exitCode == 0, qPrintable(andBack.err));
    QVERIFY2(andBack.out.contains("Checksum of the copy:   " + sourceChecksum.toLatin1()), andBack.out.constData());
    // The checksum computed here, not only the one the CLI reported.
    QCOMPARE(checksumOf(back), sourceChecksum.toLatin1());

    CustomerStore source;
    QCOMPARE(source.open(m_source), std::nullopt);
    CustomerStore copied;
    QCOMPARE(copied.open(back), std::nullopt);
    QCOMPARE(copied.scoreHistory(m_written.moved).value().size(), 3);
    const ScoreChange survey = copied.scoreHistory(m_written.moved).value().at(1);
    QCOMPARE(survey.source, QStringLiteral("survey: 調査.csv"));
    QCOMPARE(survey.newFit, std::optional<double>(1.0 / 7.0));
    QCOMPARE(survey.changedAt, source.scoreHistory(m_written.moved).value().at(1).changedAt);
    QVERIFY(copied.shortlistMarks().value().contains(m_written.mark));
    QCOMPARE(copied.settings(), source.settings());
    QCOMPARE(copied.settings().currency, QStringLiteral("JPY"));
    const Customer special = copied.customer(m_written.special).value();
    QCOMPARE(special.valueFit, std::optional<double>(0.1 + 0.2));
    QCOMPARE(special.valueAwareness, std::optional<double>(100.0 / 3.0));
    QCOMPARE(special.name, source.customer(m_written.special).value().name);
    QCOMPARE(copied.orders(m_written.special).value().constFirst().amount, 0.1 + 0.2);
}

void TestCliCopy::refusesAStoreThatIsNotEmpty()
{
    const QString target = testStoreLocation(*m_dir, QStringLiteral("target.kindred"));
    QCOMPARE(copy(m_source, target).exitCode, 0);
    const QByteArray before = checksumOf(target);

    const CliRun again = copy(m_source, target);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("is not empty")), qPrintable(again.err));
    QCOMPARE(checksumOf(target), before);
}

void TestCliCopy::badArgumentsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString missing = QStringLiteral("%DIR%/missing.kindred");
    const QString target = QStringLiteral("%DIR%/target.kindred");
    QTest::newRow("no --to") << QStringList{QStringLiteral("--from"), QStringLiteral("%SOURCE%")}
                             << QStringLiteral("needs --to");
    QTest::newRow("same store") << QStringList{QStringLiteral("--from"), QStringLiteral("%SOURCE%"),
                                               QStringLiteral("--to"), QStringLiteral("%DIR%/./source.kindred")}
                                << QStringLiteral("same store");
    QTest::newRow("no source") << QStringList{QStringLiteral("--from"), missing, QStringLiteral("--to"), target}
                               << QStringLiteral("does not exist");
    QTest::newRow("bad URL") << QStringList{QStringLiteral("--from"), QStringLiteral("%SOURCE%"),
                                            QStringLiteral("--to"), QStringLiteral("postgresql://host:notaport/db")}
                             << QStringLiteral("port");
}

void TestCliCopy::badArgumentsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("%SOURCE%"), m_source).replace(QStringLiteral("%DIR%"), m_dir->path());
    const CliRun run = runCli(QStringList{QStringLiteral("copy")} + arguments, m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("target.kindred"))));
}

QTEST_GUILESS_MAIN(TestCliCopy)
#include "tst_clicopy.moc"
