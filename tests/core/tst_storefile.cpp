// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A store file on disk among other programs and accidents: locks that stay
// held, refused files left untouched, readers beside a writer, a full disk.
#include "store/customerstore.h"
#include "store/storefile.h"
#include "store/storelock.h"
#include "../common/processlocks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <functional>
#include <memory>
#include <thread>
#include <utility>

using namespace Kindred;
using Kindred::Test::locksHeldOn;

namespace {

// Every file of a folder with a digest of its bytes.
QMap<QString, QByteArray> folderState(const QString &folder)
{
    QMap<QString, QByteArray> state;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files | QDir::System | QDir::Hidden)) {
        QFile file(info.filePath());
        if (info.isFile() && file.open(QIODevice::ReadOnly))
            state.insert(info.fileName(), QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1));
        else
            state.insert(info.fileName(), QByteArray());
    }
    return state;
}

// A connection of SQLite's own, as another program would have it.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    }
    ~RawConnection() { sqlite3_close_v2(m_db); }
    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db = nullptr;
};

// Another program, as a forked child: it runs hold() and tells the test
// whether that got hold of what it should; it keeps it until released (at the
// latest when this object goes, so that a failed check does not leave it
// waiting), then runs end() and exits.
class OtherProgram
{
public:
    explicit OtherProgram(const std::function<bool()> &hold, const std::function<void()> &end = {})
    {
        if (::pipe(m_toChild) != 0 || ::pipe(m_fromChild) != 0)
            return;
        m_pid = ::fork();
        if (m_pid == 0) {
            const char ready = hold() ? 'o' : 'x';
            (void)!::write(m_fromChild[1], &ready, 1);
            char wait;
            (void)!::read(m_toChild[0], &wait, 1);
            if (end)
                end();
            ::_exit(0);
        }
    }
    ~OtherProgram()
    {
        release();
        for (int fd : {m_toChild[0], m_toChild[1], m_fromChild[0], m_fromChild[1]}) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    OtherProgram(const OtherProgram &) = delete;
    OtherProgram &operator=(const OtherProgram &) = delete;

    pid_t pid() const { return m_pid; }
    /// Waits for the child to say whether hold() succeeded.
    bool holding()
    {
        char ready = 0;
        return m_pid > 0 && ::read(m_fromChild[0], &ready, 1) == 1 && ready == 'o';
    }
    /// Lets the child end; its exit status (-1 when it was released before).
    int release()
    {
        if (m_pid <= 0 || std::exchange(m_released, true))
            return -1;
        (void)!::write(m_toChild[1], "q", 1);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        return WEXITSTATUS(status);
    }

private:
    int m_toChild[2] = {-1, -1};
    int m_fromChild[2] = {-1, -1};
    pid_t m_pid = -1;
    bool m_released = false;
};

// What another program that writes the store through a rollback journal
// does (as a large import does): hold() keeps readers out until end() ends
// the write with `finish` ("COMMIT" or "ROLLBACK"), for OtherProgram.
std::pair<std::function<bool()>, std::function<void()>> journalWrite(const QString &path, const char *finish)
{
    auto writer = std::make_shared<std::unique_ptr<RawConnection>>();
    return {[writer, path] {
                *writer = std::make_unique<RawConnection>(path);
                return (*writer)->exec("PRAGMA journal_mode = DELETE")
                    && (*writer)->exec("BEGIN EXCLUSIVE; UPDATE customers SET notes = 'written'");
            },
            [writer, finish] {
                (*writer)->exec(finish);
                (*writer)->exec("PRAGMA journal_mode = WAL");
            }};
}

Customer namedCustomer(const QString &name)
{
    Customer customer;
    customer.name = name;
    return customer;
}

} // namespace

class TestStoreFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void locksSurviveAnotherConnectionOfTheProcess();
    void sharesTheLockOfEveryNameOfTheStore();
    void refusedFileIsLeftUntouched_data();
    void refusedFileIsLeftUntouched();
    void readingLeavesNoTrace();
    void readingCreatesNothing_data();
    void readingCreatesNothing();
    void refusesWhatIsNotARegularFile();
    void writerWaitsForAnotherWriter();
    void busyStoreIsNamedAfterTheBusyTimeout();
    void readsBesideAnotherProgramThatWrites();
    void storeHeldByAWriterIsBusyNotDamaged_data();
    void storeHeldByAWriterIsBusyNotDamaged();
    void readerWaitsForAWriteAsLongAsForACommand();
    void fullDiskReadsAndSaysWhyWritesFail();
    void folderReadOnlyForTheUserIsNotDamage();

private:
    QString path(const QString &name = QStringLiteral("store.kindred")) const { return m_dir.filePath(name); }
    void makeStore(const QString &file, int customers = 3);

    QTemporaryDir m_dir;
};

void TestStoreFile::init()
{
    QVERIFY(m_dir.isValid());
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files | QDir::System))
        QFile::remove(m_dir.filePath(name));
}

void TestStoreFile::makeStore(const QString &file, int customers)
{
    CustomerStore store;
    QVERIFY(!store.open(file, CustomerStore::OpenMode::CreateIfMissing));
    QList<Customer> added;
    for (int i = 0; i < customers; ++i)
        added.append(namedCustomer(QStringLiteral("Customer %1").arg(i)));
    QVERIFY(!store.addCustomers(added));
}

// The window's store and an import's connections in one process: closing
// one of them must not drop the locks the others hold (POSIX locks belong to
// the process, and any close() of the file drops them all).
void TestStoreFile::locksSurviveAnotherConnectionOfTheProcess()
{
    makeStore(path());
    CustomerStore window;
    QVERIFY(!window.open(path()));
    QVERIFY(window.customers());
    const int held = locksHeldOn(path());
    QVERIFY2(held > 0, "a store open in WAL mode holds a shared lock on its file");
    for (auto mode : {CustomerStore::OpenMode::OpenExisting, CustomerStore::OpenMode::ReadOnly,
                      CustomerStore::OpenMode::CreateIfMissing}) {
        CustomerStore import;
        QVERIFY(!import.open(path(), mode));
        QVERIFY(import.customers());
        import.close();
        QCOMPARE(locksHeldOn(path()), held);
    }
    QVERIFY(!window.updateCustomer(window.customers().value().constFirst()));
    QCOMPARE(locksHeldOn(path()), held);
}

void TestStoreFile::sharesTheLockOfEveryNameOfTheStore()
{
    makeStore(path());
    QVERIFY(QFile::link(path(), path(QStringLiteral("link.kindred"))));
    CustomerStore viaLink;
    QVERIFY(!viaLink.open(path(QStringLiteral("link.kindred"))));
    const auto holder = StoreLock::holder(path());
    QVERIFY2(holder, "the lock is taken on the file the link points to");
    QCOMPARE(holder->pid, QCoreApplication::applicationPid());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("link.kindred.lock"))));
    // In this process both names share one file and one set of locks.
    CustomerStore viaName;
    QVERIFY(!viaName.open(path()));
    viaName.close();
    QVERIFY(viaLink.customers());
    QVERIFY(locksHeldOn(path()) > 0);
    QVERIFY(StoreLock::holder(path()));
}

void TestStoreFile::refusedFileIsLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("stray log of another database") << "stray-wal" << "damaged|not a Kindred store";
    QTest::newRow("foreign database with a log") << "foreign-wal" << "not a Kindred store";
    QTest::newRow("newer store with a log") << "newer-wal" << "newer version";
    QTest::newRow("negative version") << "version-minus-one" << "damaged";
    QTest::newRow("Kindred's mark on a foreign schema") << "marked-foreign" << "not a Kindred store";
    QTest::newRow("damaged store in rollback mode") << "damaged" << "damaged";
    QTest::newRow("empty file") << "empty" << "empty";
    QTest::newRow("text file") << "text" << "not a Kindred store";
}

void TestStoreFile::refusedFileIsLeftUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString file = path();
    // Writes of another program, kept in its log: the log is copied while
    // the program still has it open, as a crash would leave it.
    auto loggedWrite = [&file](const char *sql) {
        RawConnection other(file);
        QVERIFY(other.exec("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0"));
        QVERIFY(other.exec(sql));
        QVERIFY(QFile::copy(file + QStringLiteral("-wal"), file + QStringLiteral(".kept-wal")));
        QVERIFY(QFile::copy(file, file + QStringLiteral(".kept")));
    };
    auto restoreKept = [&file] {
        QFile::remove(file);
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
        QVERIFY(QFile::rename(file + QStringLiteral(".kept"), file));
        QVERIFY(QFile::rename(file + QStringLiteral(".kept-wal"), file + QStringLiteral("-wal")));
    };
    if (kind == QLatin1String("stray-wal")) {
        makeStore(file);
        const QString other = path(QStringLiteral("other.db"));
        {
            RawConnection foreign(other);
            QVERIFY(foreign.exec("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0"));
            QVERIFY(foreign.exec("CREATE TABLE a (x); CREATE TABLE b (y); INSERT INTO a VALUES (randomblob(9000))"));
            QVERIFY(QFile::copy(other + QStringLiteral("-wal"), file + QStringLiteral("-wal")));
        }
        QFile::remove(other);
    } else if (kind == QLatin1String("foreign-wal")) {
        loggedWrite("CREATE TABLE notes (text); INSERT INTO notes VALUES ('hello')");
        restoreKept();
    } else if (kind == QLatin1String("newer-wal")) {
        makeStore(file);
        loggedWrite("PRAGMA user_version = 999");
        restoreKept();
    } else if (kind == QLatin1String("version-minus-one")) {
        makeStore(file);
        QVERIFY(RawConnection(file).exec("PRAGMA user_version = -1"));
    } else if (kind == QLatin1String("marked-foreign")) {
        RawConnection foreign(file);
        QVERIFY(foreign.exec("PRAGMA application_id = 1263420498; CREATE TABLE notes (text)"));
    } else if (kind == QLatin1String("damaged")) {
        makeStore(file, 400);
        {
            RawConnection store(file);
            QVERIFY(store.exec("PRAGMA journal_mode = DELETE"));
        }
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadWrite));
        QVERIFY(bytes.size() > 8192);
        bytes.seek(4096 + 8);
        bytes.write(QByteArray(2048, '\xff'));
    } else if (kind == QLatin1String("empty")) {
        QFile empty(file);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    } else {
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("name,email\n").repeated(20));
    }
    const auto before = folderState(m_dir.path());
    for (auto mode : {CustomerStore::OpenMode::ReadOnly, CustomerStore::OpenMode::OpenExisting}) {
        CustomerStore store;
        const Status refused = store.open(file, mode);
        QVERIFY2(refused, qPrintable(kind));
        QVERIFY2(refused->message.contains(QRegularExpression(message)), qPrintable(refused->message));
        QCOMPARE(folderState(m_dir.path()), before);
    }
}

void TestStoreFile::readingLeavesNoTrace()
{
    makeStore(path());
    const auto before = folderState(m_dir.path());
    QCOMPARE(before.keys(), QStringList{QStringLiteral("store.kindred")});
    {
        CustomerStore store;
        QVERIFY(!store.open(path(), CustomerStore::OpenMode::ReadOnly));
        QCOMPARE(store.customers().value().size(), 3);
        QVERIFY2(!QFileInfo::exists(path() + QStringLiteral(".lock")), "a reader keeps no writer out");
        // A read-only store refuses to write.
        QVERIFY(store.addCustomer(namedCustomer(QStringLiteral("New"))).error().message.size() > 0);
    }
    QCOMPARE(folderState(m_dir.path()), before);
}

void TestStoreFile::readingCreatesNothing_data()
{
    QTest::addColumn<bool>("exists");
    QTest::newRow("missing file") << false;
    QTest::newRow("empty file") << true;
}

// Only creating a store (kindred-cli init, demo, an import) makes one.
void TestStoreFile::readingCreatesNothing()
{
    QFETCH(bool, exists);
    if (exists) {
        QFile empty(path());
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    const auto before = folderState(m_dir.path());
    for (auto mode : {CustomerStore::OpenMode::ReadOnly, CustomerStore::OpenMode::OpenExisting}) {
        CustomerStore store;
        QVERIFY(store.open(path(), mode));
        QCOMPARE(folderState(m_dir.path()), before);
    }
    CustomerStore created;
    QVERIFY(!created.open(path(), CustomerStore::OpenMode::CreateIfMissing));
    QCOMPARE(created.schemaVersion(), CustomerStore::latestSchemaVersion());
}

void TestStoreFile::refusesWhatIsNotARegularFile()
{
    QVERIFY(::mkfifo(QFile::encodeName(path()).constData(), 0600) == 0);
    QElapsedTimer timer;
    timer.start();
    for (auto mode : {CustomerStore::OpenMode::ReadOnly, CustomerStore::OpenMode::OpenExisting,
                      CustomerStore::OpenMode::CreateIfMissing}) {
        CustomerStore store;
        const Status refused = store.open(path(), mode);
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(QLatin1String("regular file")), qPrintable(refused->message));
    }
    QVERIFY(timer.elapsed() < 2000);
    CustomerStore folder;
    QVERIFY(folder.open(m_dir.path(), CustomerStore::OpenMode::CreateIfMissing));
    QVERIFY(QFileInfo(path()).isFile() == false);
}

// Another writer holds SQLite's write lock for a moment: a save waits for it
// (the busy timeout) instead of failing at once.
void TestStoreFile::writerWaitsForAnotherWriter()
{
    makeStore(path());
    CustomerStore store;
    QVERIFY(!store.open(path()));
    Customer customer = store.customers().value().constFirst();
    RawConnection other(path());
    QVERIFY(other.exec("BEGIN IMMEDIATE; UPDATE customers SET notes = 'other' WHERE id = 2"));
    std::thread committer([&other] {
        std::this_thread::sleep_for(std::chrono::milliseconds(700));
        other.exec("COMMIT");
    });
    customer.notes = QStringLiteral("mine");
    QElapsedTimer timer;
    timer.start();
    const Status saved = store.updateCustomer(customer);
    committer.join();
    QVERIFY2(!saved, saved ? qPrintable(saved->message) : "");
    QVERIFY(timer.elapsed() >= 500);
    QCOMPARE(store.customer(customer.id).value().notes, QStringLiteral("mine"));
    QCOMPARE(store.customer(2).value().notes, QStringLiteral("other"));
}

void TestStoreFile::busyStoreIsNamedAfterTheBusyTimeout()
{
    makeStore(path());
    CustomerStore store;
    QVERIFY(!store.open(path()));
    Customer customer = store.customers().value().constFirst();
    RawConnection other(path());
    QVERIFY(other.exec("BEGIN IMMEDIATE"));
    customer.notes = QStringLiteral("mine");
    const Status saved = store.updateCustomer(customer);
    QVERIFY(saved);
    QVERIFY2(saved->message.contains(QLatin1String("busy")), qPrintable(saved->message));
    // This process holds Kindred's lock: the writer is another program, never itself.
    QVERIFY2(!saved->message.contains(QString::number(::getpid())), qPrintable(saved->message));
    QVERIFY(other.exec("ROLLBACK"));
}

// kindred-cli's read verbs beside the window: WAL lets readers read while
// another program writes; a second writer is refused, naming the first.
void TestStoreFile::readsBesideAnotherProgramThatWrites()
{
    makeStore(path());
    // The other program: holds the store open for writing, saves a change, waits.
    CustomerStore writer;
    OtherProgram other([&writer, this] {
        QList<Customer> added{namedCustomer(QStringLiteral("Added by the writer"))};
        return !writer.open(path()) && !writer.addCustomers(added);
    });
    QVERIFY(other.holding());
    {
        CustomerStore reader;
        const Status opened = reader.open(path(), CustomerStore::OpenMode::ReadOnly);
        QVERIFY2(!opened, opened ? qPrintable(opened->message) : "");
        QCOMPARE(reader.customers().value().size(), 4);
        CustomerStore secondWriter;
        const Status refused = secondWriter.open(path());
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(QString::number(other.pid())), qPrintable(refused->message));
    }
    QCOMPARE(other.release(), 0);
}

void TestStoreFile::storeHeldByAWriterIsBusyNotDamaged_data()
{
    QTest::addColumn<CustomerStore::OpenMode>("mode");
    QTest::newRow("read") << CustomerStore::OpenMode::ReadOnly;
    QTest::newRow("write") << CustomerStore::OpenMode::OpenExisting;
}

// Another program writes the store through a rollback journal (as a large
// import does) for longer than the busy timeout: opening it then says the
// store is busy, not that it is damaged, and opens it once the write ends.
void TestStoreFile::storeHeldByAWriterIsBusyNotDamaged()
{
    QFETCH(CustomerStore::OpenMode, mode);
    makeStore(path());
    const auto [hold, end] = journalWrite(path(), "ROLLBACK");
    OtherProgram other(hold, end);
    QVERIFY(other.holding());
    {
        CustomerStore store;
        const Status opened = store.open(path(), mode);
        QVERIFY(opened);
        QVERIFY2(opened->message.contains(QLatin1String("busy")) && !opened->message.contains(QLatin1String("damaged")),
                 qPrintable(opened->message));
        // The writer is no Kindred program; this one holds Kindred's lock when it opens to write.
        QVERIFY2(!opened->message.contains(QString::number(::getpid())), qPrintable(opened->message));
    }
    QCOMPARE(other.release(), 0);
    CustomerStore store;
    const Status opened = store.open(path(), mode);
    QVERIFY2(!opened, opened ? qPrintable(opened->message) : "");
    QCOMPARE(store.customers().value().size(), 3);
}

// kindred-cli's reading verbs wait for another command's write that keeps
// them out (a large import's commit) as long as its writers wait for one.
void TestStoreFile::readerWaitsForAWriteAsLongAsForACommand()
{
    makeStore(path());
    const auto [hold, end] = journalWrite(path(), "COMMIT");
    OtherProgram other(hold, end);
    QVERIFY(other.holding());
    std::thread committer([&other] {
        std::this_thread::sleep_for(std::chrono::seconds(6));
        other.release();
    });
    CustomerStore reader;
    reader.setWaitForOtherCommands(std::chrono::minutes(1));
    const Status opened = reader.open(path(), CustomerStore::OpenMode::ReadOnly);
    committer.join();
    QVERIFY2(!opened, opened ? qPrintable(opened->message) : "");
    const QList<Customer> customers = reader.customers().value();
    QCOMPARE(customers.size(), 3);
    QCOMPARE(customers.constFirst().notes, QStringLiteral("written"));
}

void TestStoreFile::fullDiskReadsAndSaysWhyWritesFail()
{
    if (::geteuid() != 0)
        QSKIP("mounting a small file system needs root");
    const QString disk = m_dir.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(disk));
    if (::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", 0, "size=1m") != 0)
        QSKIP("cannot mount a tmpfs here");
    auto unmount = qScopeGuard([&disk] { ::umount2(QFile::encodeName(disk).constData(), MNT_DETACH); });
    const QString file = disk + QStringLiteral("/store.kindred");
    makeStore(file);
    {
        QFile filler(disk + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    CustomerStore reader;
    const Status read = reader.open(file, CustomerStore::OpenMode::ReadOnly);
    QVERIFY2(!read, read ? qPrintable(read->message) : "");
    QCOMPARE(reader.customers().value().size(), 3);
    reader.close();
    CustomerStore writer;
    Status written = writer.open(file);
    if (!written) {
        QList<Customer> many;
        for (int i = 0; i < 2000; ++i)
            many.append(namedCustomer(QStringLiteral("Customer with a long name %1").arg(i)));
        written = writer.addCustomers(many);
    }
    QVERIFY(written);
    QVERIFY2(written->message.contains(QLatin1String("disk is full")), qPrintable(written->message));
}

// A colleague who may read the store but not write in its folder: SQLite
// cannot make the index file (-shm) that readers of a store in WAL mode
// share. The message says so and how to go on; it never calls the store
// damaged.
void TestStoreFile::folderReadOnlyForTheUserIsNotDamage()
{
    if (::geteuid() != 0)
        QSKIP("opening the store as another user needs root");
    makeStore(path());
    const auto readable = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(path(), readable));
    QVERIFY(QFile::setPermissions(m_dir.path(), readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
    int fromChild[2];
    QVERIFY(::pipe(fromChild) == 0);
    const pid_t child = ::fork();
    if (child == 0) {
        QByteArray message = "cannot become nobody";
        if (::setgid(65534) == 0 && ::setuid(65534) == 0) {
            CustomerStore reader;
            const Status opened = reader.open(path(), CustomerStore::OpenMode::ReadOnly);
            message = opened ? opened->message.toUtf8() : QByteArray("opened");
        }
        (void)!::write(fromChild[1], message.constData(), size_t(message.size()));
        ::_exit(0);
    }
    ::close(fromChild[1]);
    QByteArray message;
    char buffer[512];
    for (ssize_t n; (n = ::read(fromChild[0], buffer, sizeof buffer)) > 0;)
        message.append(buffer, n);
    ::close(fromChild[0]);
    ::waitpid(child, nullptr, 0);
    QVERIFY2(message.contains("read-only for you") && !message.contains("damaged"), message.constData());
}

QTEST_GUILESS_MAIN(TestStoreFile)
#include "tst_storefile.moc"
