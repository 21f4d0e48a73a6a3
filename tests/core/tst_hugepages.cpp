// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// startWithHugePages() as a program meets it: this test starts itself as a
// probe that calls it first, then fills 64 MB and says how much of it the
// kernel gave in huge pages, and what GLIBC_TUNABLES reads afterwards.
#include "hugepages.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

constexpr char kProbe[] = "--probe";

qint64 anonHugePagesKb()
{
    QFile rollup(QStringLiteral("/proc/self/smaps_rollup"));
    if (!rollup.open(QIODevice::ReadOnly))
        return -1;
    const auto match = QRegularExpression(QStringLiteral("AnonHugePages:\\s+(\\d+) kB")).match(QString::fromLatin1(rollup.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

int probe(char *argv[])
{
    Kindred::startWithHugePages(argv);
    constexpr size_t kSize = 64 * 1024 * 1024;
    // Written through volatile: a buffer never read would be optimised away.
    auto *memory = static_cast<volatile char *>(std::malloc(kSize));
    for (size_t i = 0; i < kSize; i += 4096)
        memory[i] = 1;
    const char *tunables = std::getenv("GLIBC_TUNABLES");
    QFile comm(QStringLiteral("/proc/self/comm"));
    const QByteArray name = comm.open(QIODevice::ReadOnly) ? comm.readAll().trimmed() : QByteArray();
    std::printf("%lld\n%s\n%s\n", static_cast<long long>(anonHugePagesKb()), tunables ? tunables : "(unset)",
                name.constData());
    std::free(const_cast<char *>(memory));
    return 0;
}

struct Probe
{
    qint64 hugePagesKb = -1;
    QString tunables;
    QString processName; ///< as /proc shows it, which a store's lock reads
};

} // namespace

class TestHugePages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QFile mode(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
        if (!mode.open(QIODevice::ReadOnly) || !mode.readAll().contains("[madvise]"))
            QSKIP("The kernel does not give transparent huge pages to advised memory only.");
    }

    void hugePagesWithoutTunables()
    {
        const Probe p = run({});
        QVERIFY2(p.hugePagesKb >= 2048, qPrintable(QString::number(p.hugePagesKb)));
        QCOMPARE(p.tunables, QStringLiteral("(unset)"));
        QCOMPARE(p.processName, QStringLiteral("tst_hugepages")); // started again under its own name
    }

    void userTunablesKept()
    {
        const Probe p = run(QStringLiteral("glibc.malloc.arena_max=2"));
        QVERIFY2(p.hugePagesKb >= 2048, qPrintable(QString::number(p.hugePagesKb)));
        QCOMPARE(p.tunables, QStringLiteral("glibc.malloc.arena_max=2"));
    }

    void userChoiceWins()
    {
        const Probe p = run(QStringLiteral("glibc.malloc.hugetlb=0"));
        QCOMPARE(p.hugePagesKb, 0);
        QCOMPARE(p.tunables, QStringLiteral("glibc.malloc.hugetlb=0"));
    }

private:
    static Probe run(const QString &tunables)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("GLIBC_TUNABLES"));
        if (!tunables.isEmpty())
            environment.insert(QStringLiteral("GLIBC_TUNABLES"), tunables);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kProbe)});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        const QStringList lines = QString::fromLocal8Bit(process.readAllStandardOutput()).split(QLatin1Char('\n'));
        if (lines.size() < 3)
            return {};
        return {lines.at(0).toLongLong(), lines.at(1), lines.at(2)};
    }
};

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], kProbe) == 0)
        return probe(argv);
    QCoreApplication app(argc, argv);
    TestHugePages test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hugepages.moc"
