// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's writes (an import with its undo and redo, placements) while
// another program reads the store in a loop, killed with SIGKILL at random
// moments: every save that was committed is in the store afterwards, and the
// store passes SQLite's integrity check. KINDRED_KILL_RUNS sets the number of
// runs (default 8).
#include "store/customerstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

class TestOutsideReader : public QObject
{
    Q_OBJECT

private slots:
    void savedPlacementsSurviveAKill();
};

void TestOutsideReader::savedPlacementsSurviveAKill()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 shell plays the other program (scripts/setup.sh installs it)");
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.kindred"));
    const QString csv = dir.filePath(QStringLiteral("orders.csv"));
    {
        CustomerStore created;
        QVERIFY(!created.open(store, CustomerStore::OpenMode::CreateIfMissing));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Order ID,Customer ID,Name,Email,Order date,Amount\n");
        for (int i = 0; i < 60000; ++i) {
            file.write(QStringLiteral("O%1,C%2,\"山田, 太郎 %2\",c%2@example.jp,2026-%3-%4,%5.50\n")
                           .arg(i)
                           .arg(i % 9000)
                           .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                           .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                           .arg(100 + i % 900)
                           .toUtf8());
        }
    }
    const int runs = qEnvironmentVariableIsSet("KINDRED_KILL_RUNS") ? qEnvironmentVariableIntValue("KINDRED_KILL_RUNS")
                                                                    : 8;
    int placementsChecked = 0;
    QHash<QString, int> phasesKilledIn;
    for (int run = 0; run < runs; ++run) {
        QProcess reader;
        reader.start(QStringLiteral("sh"),
                     {QStringLiteral("-c"),
                      QStringLiteral("while :; do \"$0\" \"$1\" 'SELECT count(*) FROM customers' >/dev/null 2>&1; done"),
                      sqlite3, store});
        QProcess window;
        window.setStandardErrorFile(QProcess::nullDevice());
        window.start(QStringLiteral(KINDRED_STORECHURN), {store, csv});
        QVERIFY(window.waitForStarted());
        // Killed in a step chosen in turn, a random moment after it starts.
        static const QList<QByteArray> steps{"import", "undo", "redo", "place"};
        const QByteArray target = steps.at(run % steps.size()) + '\n';
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        while (!output.contains(target) && waited.elapsed() < 60000) {
            QVERIFY2(window.state() == QProcess::Running, "the writer stopped on its own");
            window.waitForReadyRead(100);
            output += window.readAllStandardOutput();
        }
        QVERIFY(output.contains(target));
        QTest::qSleep(QRandomGenerator::global()->bounded(target == "import\n" ? 1500 : 60));
        window.kill();
        window.waitForFinished();
        reader.kill();
        reader.waitForFinished();

        // The last committed place of each customer.
        QHash<CustomerId, std::pair<double, double>> placed;
        QString phase = QStringLiteral("opening");
        output += window.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (words.value(0) == "placed" && words.size() == 4)
                placed.insert(words.at(1).toLongLong(), {words.at(2).toDouble(), words.at(3).toDouble()});
            else if (!line.isEmpty())
                phase = QString::fromLatin1(line);
        }
        ++phasesKilledIn[phase];

        QProcess check;
        // The reader's last query may still be running: wait for it.
        check.start(sqlite3, {QStringLiteral("-cmd"), QStringLiteral(".timeout 5000"), store,
                              QStringLiteral("PRAGMA integrity_check")});
        QVERIFY(check.waitForFinished());
        QCOMPARE(QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError()).trimmed(),
                 QStringLiteral("ok"));
        CustomerStore after;
        QVERIFY(!after.open(store, CustomerStore::OpenMode::ReadOnly));
        for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
            const Customer c = after.customer(it.key()).value();
            QCOMPARE(c.valueFit, std::optional<double>(it.value().first));
            QCOMPARE(c.valueAwareness, std::optional<double>(it.value().second));
        }
        placementsChecked += placed.size();
    }
    qInfo("%d runs, %d saved placements checked; killed in (the step last begun): %s", runs, placementsChecked,
          qPrintable([&phasesKilledIn] {
              QStringList parts;
              for (auto it = phasesKilledIn.cbegin(); it != phasesKilledIn.cend(); ++it)
                  parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
              return parts.join(QStringLiteral(", "));
          }()));
}

QTEST_GUILESS_MAIN(TestOutsideReader)
#include "tst_outsidereader.moc"
