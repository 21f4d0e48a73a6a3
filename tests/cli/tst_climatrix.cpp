// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../common/clirun.h"

// kindred-cli matrix, place and unplace, end to end.
class TestCliMatrix : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void placeMovesBetweenQuadrants();
    void unplaceSendsBack();
    void badScoresAndUnknownCustomersFail_data();
    void badScoresAndUnknownCustomersFail();
    void movesFromAFile();
    void badMovesFail_data();
    void badMovesFail();

private:
    using Run = CliRun;
    Run cli(const QStringList &arguments) const;
    QJsonObject matrix() const { return QJsonDocument::fromJson(cli({QStringLiteral("matrix"), QStringLiteral("--json")}).out).object(); }
    QJsonObject customer(const QString &externalId) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

TestCliMatrix::Run TestCliMatrix::cli(const QStringList &arguments) const
{
    return runCli(QStringList{QStringLiteral("--db"), m_dir->filePath(QStringLiteral("m.kindred"))} + arguments, m_dir->path());
}

QJsonObject TestCliMatrix::customer(const QString &externalId) const
{
    for (const QJsonValue &value : matrix().value(QStringLiteral("customers")).toArray()) {
        if (value.toObject().value(QStringLiteral("external_id")).toString() == externalId)
            return value.toObject();
    }
    return {};
}

void TestCliMatrix::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("40")}).exitCode, 0);
}

void TestCliMatrix::placeMovesBetweenQuadrants()
{
    const QJsonObject before = matrix().value(QStringLiteral("counts")).toObject();
    QCOMPARE(cli({QStringLiteral("place"), QStringLiteral("C000001"), QStringLiteral("--fit"), QStringLiteral("90"),
                  QStringLiteral("--awareness"), QStringLiteral("10")})
                 .exitCode,
             0);
    QJsonObject c = customer(QStringLiteral("C000001"));
    QCOMPARE(c.value(QStringLiteral("value_fit")).toDouble(), 90.0);
    QCOMPARE(c.value(QStringLiteral("quadrant")).toString(), QStringLiteral("I"));

    // On the split counts as high: 50/50 is quadrant II.
    QCOMPARE(cli({QStringLiteral("place"), QStringLiteral("C000001"), QStringLiteral("--fit"), QStringLiteral("50"),
                  QStringLiteral("--awareness"), QStringLiteral("50")})
                 .exitCode,
             0);
    QCOMPARE(customer(QStringLiteral("C000001")).value(QStringLiteral("quadrant")).toString(), QStringLiteral("II"));

    const QJsonObject after = matrix().value(QStringLiteral("counts")).toObject();
    qint64 total = 0;
    for (const QString &key : {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV"),
                               QStringLiteral("unplaced")})
        total += after.value(key).toInt();
    QCOMPARE(total, 40);
    QCOMPARE(after.value(QStringLiteral("II")).toInt() >= before.value(QStringLiteral("II")).toInt(), true);
}

void TestCliMatrix::unplaceSendsBack()
{
    QCOMPARE(cli({QStringLiteral("place"), QStringLiteral("C000002"), QStringLiteral("--fit"), QStringLiteral("60"),
                  QStringLiteral("--awareness"), QStringLiteral("60")})
                 .exitCode,
             0);
    const int unplaced = matrix().value(QStringLiteral("counts")).toObject().value(QStringLiteral("unplaced")).toInt();
    QCOMPARE(cli({QStringLiteral("unplace"), QStringLiteral("C000002")}).exitCode, 0);
    const QJsonObject c = customer(QStringLiteral("C000002"));
    QVERIFY(c.value(QStringLiteral("value_fit")).isNull());
    QVERIFY(c.value(QStringLiteral("quadrant")).isNull());
    QCOMPARE(matrix().value(QStringLiteral("counts")).toObject().value(QStringLiteral("unplaced")).toInt(),
             unplaced + 1);
}

void TestCliMatrix::badScoresAndUnknownCustomersFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("fit above 100") << QStringList{QStringLiteral("place"), QStringLiteral("C000001"),
                                                  QStringLiteral("--fit"), QStringLiteral("101"),
                                                  QStringLiteral("--awareness"), QStringLiteral("5")}
                                   << QStringLiteral("101");
    QTest::newRow("not a number") << QStringList{QStringLiteral("place"), QStringLiteral("C000001"),
                                                 QStringLiteral("--fit"), QStringLiteral("high"),
                                                 QStringLiteral("--awareness"), QStringLiteral("5")}
                                  << QStringLiteral("high");
    QTest::newRow("nan") << QStringList{QStringLiteral("place"), QStringLiteral("C000001"), QStringLiteral("--fit"),
                                        QStringLiteral("nan"), QStringLiteral("--awareness"), QStringLiteral("5")}
                         << QStringLiteral("nan");
    QTest::newRow("missing awareness") << QStringList{QStringLiteral("place"), QStringLiteral("C000001"),
                                                      QStringLiteral("--fit"), QStringLiteral("5")}
                                       << QStringLiteral("--awareness");
    QTest::newRow("unknown customer") << QStringList{QStringLiteral("unplace"), QStringLiteral("NOPE")}
                                      << QStringLiteral("NOPE");
}

void TestCliMatrix::badScoresAndUnknownCustomersFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const QJsonObject before = matrix();
    const Run run = cli(arguments);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QCOMPARE(matrix(), before);
}

void TestCliMatrix::movesFromAFile()
{
    const QString path = m_dir->filePath(QStringLiteral("moves.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# id, fit, awareness\nC000001,90,10\n\nC000002 20.5  80\nC000001,60,70\n");
    file.close();
    const Run run = cli({QStringLiteral("moves"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("Moves saved: 3")), qPrintable(run.err));
    QCOMPARE(customer(QStringLiteral("C000001")).value(QStringLiteral("value_fit")).toDouble(), 60.0);
    QCOMPARE(customer(QStringLiteral("C000001")).value(QStringLiteral("value_awareness")).toDouble(), 70.0);
    QCOMPARE(customer(QStringLiteral("C000002")).value(QStringLiteral("value_fit")).toDouble(), 20.5);
}

void TestCliMatrix::badMovesFail_data()
{
    QTest::addColumn<QByteArray>("moves");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("saved"); // moves saved before the failing line
    QTest::newRow("score out of range") << QByteArray("C000001,90,10\nC000002,101,5\n") << QStringLiteral("row 2") << 0;
    QTest::newRow("two fields") << QByteArray("C000001,90\n") << QStringLiteral("expected ID,FIT,AWARENESS") << 0;
    QTest::newRow("not a number") << QByteArray("C000001,high,10\n") << QStringLiteral("row 1") << 0;
    QTest::newRow("nan") << QByteArray("C000001,90,10\nC000002,nan,50\n") << QStringLiteral("row 2") << 0;
    QTest::newRow("infinity") << QByteArray("C000002,50,inf\n") << QStringLiteral("row 1") << 0;
    QTest::newRow("hexadecimal") << QByteArray("C000002,0x10,50\n") << QStringLiteral("row 1") << 0;
    QTest::newRow("unknown customer") << QByteArray("C000001,90,10\nNOBODY,1,1\n") << QStringLiteral("NOBODY")
                                      << 1;
}

void TestCliMatrix::badMovesFail()
{
    QFETCH(QByteArray, moves);
    QFETCH(QString, message);
    QFETCH(int, saved);
    const QString path = m_dir->filePath(QStringLiteral("moves.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(moves);
    file.close();
    const double before = customer(QStringLiteral("C000001")).value(QStringLiteral("value_fit")).toDouble(-1);
    const Run run = cli({QStringLiteral("moves"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    // Lines are all checked before the first move; a failing move stops the rest.
    QCOMPARE(customer(QStringLiteral("C000001")).value(QStringLiteral("value_fit")).toDouble(-1),
             saved ? 90.0 : before);
}

QTEST_GUILESS_MAIN(TestCliMatrix)
#include "tst_climatrix.moc"
