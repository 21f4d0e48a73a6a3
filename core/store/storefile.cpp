// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storefile.h"

#include "storelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QMutex>
#include <QTemporaryDir>
#include <QUrl>

#include <sqlite3.h>
#include <sys/stat.h>

namespace Kindred {

namespace {

// lupdate files a free function's tr() under its namespace: this files them
// under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::StoreFile)
};

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool valid = false;
    bool operator==(const FileId &other) const
    {
        return valid && other.valid && device == other.device && inode == other.inode;
    }
};

FileId fileId(const QString &path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    return {status.st_dev, status.st_ino, true};
}

// The files SQLite reads besides the store itself when it opens it.
const QStringList &companions()
{
    static const QStringList suffixes = {QStringLiteral("-wal"), QStringLiteral("-journal")};
    return suffixes;
}

bool hasLog(const QString &path)
{
    return std::any_of(companions().cbegin(), companions().cend(),
                       [&path](const QString &suffix) { return QFileInfo(path + suffix).size() > 0; });
}

QString uriOf(const QString &path)
{
    return QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
}

QString immutableUriOf(const QString &path)
{
    return uriOf(path) + QStringLiteral("?immutable=1");
}

// A connection for the checks only, closed when it goes out of scope.
class CheckConnection
{
public:
    CheckConnection(const QString &path, bool immutable)
    {
        // immutable: no lock, no -wal, no -shm; the file is read as it lies.
        const QString uri = immutable ? immutableUriOf(path) : uriOf(path);
        const int flags = SQLITE_OPEN_URI | (immutable ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
        m_code = sqlite3_open_v2(uri.toUtf8().constData(), &m_db, flags, nullptr);
    }
    ~CheckConnection() { sqlite3_close_v2(m_db); }

    /// The first column of the statement's first row; nullopt on an error.
    std::optional<QString> value(const char *sql)
    {
        if (m_code != SQLITE_OK)
            return std::nullopt;
        sqlite3_stmt *statement = nullptr;
        m_code = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        std::optional<QString> result;
        if (m_code == SQLITE_OK) {
            m_code = sqlite3_step(statement);
            if (m_code == SQLITE_ROW) {
                result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
                m_code = SQLITE_OK;
            }
        }
        if (m_code != SQLITE_OK)
            m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(statement);
        return result;
    }
    int code() const { return m_code & 0xff; }
    QString message() const { return m_message; }

private:
    sqlite3 *m_db = nullptr;
    int m_code = SQLITE_OK;
    QString m_message;
};

Result<StoreFile::Identity> readIdentity(const QString &path, bool immutable, const QString &shownPath)
{
    CheckConnection connection(path, immutable);
    const auto check = connection.value("PRAGMA quick_check(1)");
    if (!check) {
        if (connection.code() == SQLITE_NOTADB)
            return Error{Text::tr("This file is not a Kindred store."), shownPath};
        return Error{Text::tr("The store is damaged and cannot be read (%1).").arg(connection.message()), shownPath};
    }
    if (*check != QLatin1String("ok"))
        return Error{Text::tr("The store is damaged and cannot be read (%1).").arg(*check), shownPath};
    const auto applicationId = connection.value("PRAGMA application_id");
    const auto version = connection.value("PRAGMA user_version");
    const auto objects = connection.value("SELECT count(*) FROM sqlite_master");
    if (!applicationId || !version || !objects)
        return Error{Text::tr("The store is damaged and cannot be read (%1).").arg(connection.message()), shownPath};
    StoreFile::Identity identity;
    identity.applicationId = quint32(applicationId->toInt());
    identity.schemaVersion = version->toLongLong();
    identity.hasSchema = objects->toInt() > 0;
    identity.isNew = !identity.hasSchema && identity.schemaVersion == 0;
    return identity;
}

// A file with a log beside it is checked on a copy: opening the file itself
// would play the log into it (and a stray log from another file would then
// damage it for good), and SQLite would write its -shm.
Result<StoreFile::Identity> readIdentityOfCopy(const QString &path)
{
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("store"));
    bool copied = folder.isValid() && QFile::copy(path, copy);
    for (const QString &suffix : companions()) {
        if (copied && QFileInfo::exists(path + suffix))
            copied = QFile::copy(path + suffix, copy + suffix);
    }
    if (!copied)
        return Error{Text::tr("Cannot check the store: there is no room for a copy of it in the temporary folder."), path};
    return readIdentity(copy, false, path);
}

QString canonicalPathOf(const QFileInfo &info)
{
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(info.fileName());
}

} // namespace

struct StoreFile::Private
{
    QString canonicalPath;
    std::shared_ptr<StoreLock> lock;
};

namespace {
struct Registered
{
    QString canonicalPath;
    std::weak_ptr<StoreFile> file;
};
// Every store file this process has open; guarded by registryMutex, which is
// held while a file is checked so that no connection opens it meanwhile.
QMutex registryMutex;
QList<Registered> registry;

std::shared_ptr<StoreFile> registered(const QString &canonicalPath)
{
    const FileId id = fileId(canonicalPath);
    registry.removeIf([](const Registered &entry) { return entry.file.expired(); });
    for (const Registered &entry : std::as_const(registry)) {
        if (entry.canonicalPath == canonicalPath || fileId(entry.canonicalPath) == id)
            return entry.file.lock();
    }
    return nullptr;
}
} // namespace

StoreFile::StoreFile(std::unique_ptr<Private> d) : d(std::move(d)) {}

StoreFile::~StoreFile() = default;

QString StoreFile::canonicalPath() const
{
    return d->canonicalPath;
}

bool StoreFile::isLocked() const
{
    return d->lock != nullptr;
}

bool StoreFile::readsAsItLies() const
{
    return !d->lock && !hasLog(d->canonicalPath) && diskIsFull(d->canonicalPath);
}

QString StoreFile::immutableUri() const
{
    return immutableUriOf(d->canonicalPath);
}

Result<std::shared_ptr<StoreFile>> StoreFile::open(const QString &path, Access access, const IdentityCheck &check,
                                                   std::chrono::milliseconds waitForCommand)
{
    const QFileInfo info(path);
    if (!info.exists() && access != Access::Create)
        return Error{Text::tr("The store does not exist."), path};
    // A pipe or a device would hang or be damaged by SQLite; a folder cannot be one.
    if (info.exists() && !info.isFile())
        return Error{Text::tr("This is not a store: a store is a regular file."), path};
    auto d = std::make_unique<Private>();
    d->canonicalPath = canonicalPathOf(info);
    if (d->canonicalPath.isEmpty())
        return Error{Text::tr("The folder of the store does not exist."), path};

    QMutexLocker locker(&registryMutex);
    if (auto file = registered(d->canonicalPath)) {
        if (access != Access::Read && !file->d->lock) {
            auto lock = StoreLock::acquire(file->d->canonicalPath, waitForCommand);
            if (!lock)
                return lock.error();
            file->d->lock = lock.value();
        }
        return file;
    }

    if (access != Access::Read) {
        auto lock = StoreLock::acquire(d->canonicalPath, waitForCommand);
        if (!lock)
            return Error{lock.error().message, path};
        d->lock = lock.value();
    }
    const bool logged = hasLog(d->canonicalPath);
    // Another Kindred program writing the store with a live log: only a
    // connection reads it consistently, and the writer vouches for it.
    const bool live = logged && access == Access::Read && StoreLock::holder(d->canonicalPath);
    if (!live) {
        Identity identity;
        if (logged || info.size() > 0) {
            auto read = logged ? readIdentityOfCopy(d->canonicalPath) : readIdentity(d->canonicalPath, true, path);
            if (!read)
                return Error{read.error().message, path};
            identity = read.value();
        } else {
            identity.isNew = true;
        }
        if (Status refused = check(identity))
            return *refused;
    }
    auto file = std::shared_ptr<StoreFile>(new StoreFile(std::move(d)));
    registry.append({file->d->canonicalPath, file});
    return file;
}

} // namespace Kindred
