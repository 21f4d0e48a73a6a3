// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storelocation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace Kindred {

namespace {
constexpr int defaultPort = 5432;
constexpr int defaultConnectTimeout = 10;
const QLatin1String connectTimeoutKey("connect_timeout");
// The URL's parts as errors name them.
const char *const userPart = QT_TRANSLATE_NOOP("Kindred::StoreLocation", "user name");
const char *const passwordPart = QT_TRANSLATE_NOOP("Kindred::StoreLocation", "password");
const char *const hostPart = QT_TRANSLATE_NOOP("Kindred::StoreLocation", "host");
const char *const databasePart = QT_TRANSLATE_NOOP("Kindred::StoreLocation", "database name");
const char *const parameterPart = QT_TRANSLATE_NOOP("Kindred::StoreLocation", "parameter");

// lupdate files a free function's tr() under its namespace: this files them
// under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::StoreLocation)
};

Error urlError(const QString &message)
{
    return Error{message, {}, 0, 0};
}

/// libpq's connection parameters that hold a secret: never shown, never kept.
bool isSecret(const QString &key)
{
    return key == QLatin1String("password") || key == QLatin1String("sslpassword");
}

/// The "key=value" items of StoreLocation::options.
QStringList optionItems(const QString &options)
{
    return options.split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

QString optionKey(const QString &item)
{
    return item.section(QLatin1Char('='), 0, 0);
}

QString optionValue(const QString &item)
{
    return item.section(QLatin1Char('='), 1);
}

/// The value of one of StoreLocation::options; nullopt when it is not set.
std::optional<QString> findOption(const QString &options, const QString &key)
{
    for (const QString &item : optionItems(options)) {
        if (optionKey(item) == key)
            return optionValue(item);
    }
    return std::nullopt;
}

bool isHexDigit(QChar c)
{
    return c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

/// The text with %XX sequences decoded as UTF-8; nullopt when a '%' is not
/// followed by two hexadecimal digits.
std::optional<QString> percentDecoded(const QString &text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('%')); i >= 0; i = text.indexOf(QLatin1Char('%'), i + 1)) {
        if (i + 2 >= text.size() || !isHexDigit(text.at(i + 1)) || !isHexDigit(text.at(i + 2)))
            return std::nullopt;
    }
    return QUrl::fromPercentEncoding(text.toUtf8());
}

/// Decodes one part of the URL into `target`, or names the part in an error.
std::optional<Error> decodeInto(const QString &text, const char *part, QString &target)
{
    const std::optional<QString> decoded = percentDecoded(text);
    if (!decoded)
        return urlError(Text::tr("The %1 in the PostgreSQL URL has a “%” that is not followed by two hexadecimal "
                           "digits; write a “%” itself as %2.")
                            .arg(Text::tr(part), QStringLiteral("%25")));
    target = *decoded;
    return std::nullopt;
}

std::optional<Error> setPort(const QString &text, int &port)
{
    const bool digits = !text.isEmpty() && text.size() <= 5
                        && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    const int value = digits ? text.toInt() : 0;
    if (value < 1 || value > 65535)
        return urlError(Text::tr("The port “%1” in the PostgreSQL URL is not a number from 1 to 65535.").arg(text));
    port = value;
    return std::nullopt;
}

QString encoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

/// The parts after the user name and password:
/// [host][:port][/dbname][?key=value&...], into location.
std::optional<Error> readServerPart(const QString &text, StoreLocation &location)
{
    QString body = text;
    QString query;
    if (const qsizetype mark = body.indexOf(QLatin1Char('?')); mark >= 0) {
        query = body.mid(mark + 1);
        body.truncate(mark);
    }
    // Only the user name and password may hold an unencoded '@': one here
    // means the '@' that ends them is a later one.
    if (body.contains(QLatin1Char('@')))
        return urlError(Text::tr("An “@” in the host or database name of the PostgreSQL URL must be written %1.")
                            .arg(QStringLiteral("%40")));
    const qsizetype slash = body.indexOf(QLatin1Char('/'));
    const QString hostPort = slash < 0 ? body : body.left(slash);
    const QString path = slash < 0 ? QString() : body.mid(slash + 1);

    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return urlError(Text::tr("The host “%1” in the PostgreSQL URL lacks its closing “]”.").arg(hostPort));
        location.host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return urlError(Text::tr("Unexpected “%1” after the host in the PostgreSQL URL.").arg(after));
        portText = after.mid(1);
    } else {
        const qsizetype colon = hostPort.indexOf(QLatin1Char(':'));
        if (auto error = decodeInto(hostPort.left(colon), hostPart, location.host))
            return *error;
        if (colon >= 0)
            portText = hostPort.mid(colon + 1);
    }
    if (!portText.isEmpty()) {
        if (auto error = setPort(portText, location.port))
            return *error;
    }
    if (auto error = decodeInto(path, databasePart, location.database))
        return *error;

    QStringList options;
    QString previousKey;
    for (const QString &item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        if (equals < 0 && isSecret(previousKey))
            return urlError(Text::tr("The %1 in the PostgreSQL URL holds an “&”: write it as %2.")
                                .arg(previousKey, QStringLiteral("%26")));
        QString key;
        QString value;
        if (auto error = decodeInto(item.left(equals), parameterPart, key))
            return *error;
        if (equals < 0 || key.isEmpty())
            return urlError(Text::tr("The parameter “%1” in the PostgreSQL URL is not written as key=value.").arg(item));
        if (auto error = decodeInto(item.mid(equals + 1), parameterPart, value))
            return *error;
        previousKey = key;
        if (key == QLatin1String("host")) {
            location.host = value;
        } else if (key == QLatin1String("port")) {
            if (auto error = setPort(value, location.port))
                return *error;
        } else if (key == QLatin1String("dbname")) {
            location.database = value;
        } else if (key == QLatin1String("user")) {
            location.user = value;
        } else if (key == QLatin1String("password")) {
            location.password = value;
        } else {
            // Qt hands the options to libpq as "key=value key=value".
            static const QRegularExpression unsafe(QStringLiteral("[\\s;'\\\\]"));
            if (key.contains(unsafe) || value.contains(unsafe))
                return urlError(Text::tr("The parameter “%1” in the PostgreSQL URL contains a space, quote, "
                                   "backslash or “;”, which cannot be passed on to PostgreSQL.")
                                    .arg(key));
            static const QRegularExpression seconds(QStringLiteral("^\\d{1,6}$"));
            if (key == connectTimeoutKey && !value.contains(seconds))
                return urlError(
                    Text::tr("The parameter “%1” in the PostgreSQL URL is not a number of seconds.").arg(key));
            options.append(key + QLatin1Char('=') + value);
        }
    }
    location.options = options.join(QLatin1Char(';'));

    if (location.database.isEmpty())
        return urlError(Text::tr("The PostgreSQL URL names no database: add it after the host, "
                           "as in postgresql://host/dbname."));
    return std::nullopt;
}

/// The URL read with its user name and password ending at the '@' at `at`,
/// or with none when `at` is negative.
Result<StoreLocation> readPostgresUrl(const QString &rest, qsizetype at)
{
    StoreLocation location;
    location.engine = StoreLocation::Engine::Postgres;
    if (at >= 0) {
        const QString userInfo = rest.left(at);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        if (auto error = decodeInto(userInfo.left(colon), userPart, location.user))
            return *error;
        if (colon >= 0) {
            if (auto error = decodeInto(userInfo.mid(colon + 1), passwordPart, location.password))
                return *error;
        }
    }
    if (auto error = readServerPart(rest.mid(at + 1), location))
        return *error;
    return location;
}

/// The parts after "postgresql://": [user[:password]@][host][:port][/dbname][?key=value&...]
///
/// A password may hold '@', '/', '?', ':' or '#' unencoded, so the '@' that
/// ends it is not found by position: each '@' is tried from the last one,
/// then none, and the first reading that makes a whole URL wins (a query may
/// hold an '@' too, as in ?application_name=me@home). When none does, the
/// error is the one of the last '@': everything it quotes comes after every
/// '@', where no password can be.
Result<StoreLocation> parsePostgresUrl(const QString &rest)
{
    QList<qsizetype> ends;
    for (qsizetype i = rest.size() - 1; i >= 0; --i) {
        if (rest.at(i) != QLatin1Char('@'))
            continue;
        // A user name holds no unencoded '/' or '?': such an '@' belongs to the query.
        const QString user = rest.left(i).section(QLatin1Char(':'), 0, 0);
        if (!user.contains(QLatin1Char('/')) && !user.contains(QLatin1Char('?')))
            ends.append(i);
    }
    ends.append(-1);
    std::optional<Error> firstError;
    for (const qsizetype at : std::as_const(ends)) {
        Result<StoreLocation> read = readPostgresUrl(rest, at);
        if (read)
            return read;
        if (!firstError)
            firstError = read.error();
    }
    return *firstError;
}
} // namespace

Result<StoreLocation> StoreLocation::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return urlError(Text::tr("No store given: name a file or a postgresql:// URL."));

    // A scheme of one letter is a Windows drive ("C://data"), not a URL.
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+)://"));
    const QRegularExpressionMatch match = scheme.match(text);
    if (!match.hasMatch()) {
        StoreLocation location;
        location.filePath = text;
        return location;
    }
    const QString name = match.captured(1).toLower();
    if (name == QLatin1String("postgresql") || name == QLatin1String("postgres"))
        return parsePostgresUrl(text.mid(match.capturedLength()));
    if (name == QLatin1String("file")) {
        const QUrl url(text);
        if (!url.isValid() || url.toLocalFile().isEmpty())
            return urlError(Text::tr("The file URL names no file."));
        StoreLocation location;
        location.filePath = url.toLocalFile();
        return location;
    }
    return urlError(Text::tr("Unsupported address “%1://”: give a file path or a postgresql:// URL.")
                        .arg(match.captured(1)));
}

bool StoreLocation::isPostgres() const
{
    return engine == Engine::Postgres;
}

QString StoreLocation::toString(Password withPassword) const
{
    if (!isPostgres())
        return filePath;
    if (withPassword == Password::Left)
        return withoutSecrets().toString(Password::Included);
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty() || !password.isEmpty()) {
        url += encoded(user) + (password.isEmpty() ? QString() : QLatin1Char(':') + encoded(password))
               + QLatin1Char('@');
    }
    QStringList query;
    const QString portText = port == defaultPort ? QString() : QString::number(port);
    if (host.startsWith(QLatin1Char('/'))) {
        query.append(QStringLiteral("host=") + encoded(host, "/"));
        if (!portText.isEmpty())
            query.append(QStringLiteral("port=") + portText);
    } else {
        url += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host);
        if (!portText.isEmpty())
            url += QLatin1Char(':') + portText;
    }
    url += QLatin1Char('/') + encoded(database);
    for (const QString &option : optionItems(options))
        query.append(encoded(optionKey(option)) + QLatin1Char('=') + encoded(optionValue(option), "/:"));
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return url;
}

StoreLocation StoreLocation::withoutSecrets() const
{
    StoreLocation shown = *this;
    shown.password.clear();
    QStringList kept = optionItems(options);
    kept.removeIf([](const QString &option) { return isSecret(optionKey(option)); });
    shown.options = kept.join(QLatin1Char(';'));
    return shown;
}

QString StoreLocation::displayName() const
{
    if (!isPostgres())
        return filePath.section(QRegularExpression(QStringLiteral("[/\\\\]")), -1);
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        return Text::tr("%1 on this computer").arg(database);
    const QString server = port == defaultPort ? host : host + QLatin1Char(':') + QString::number(port);
    return Text::tr("%1 on %2").arg(database, server);
}

int StoreLocation::connectTimeout() const
{
    const std::optional<QString> seconds = findOption(options, connectTimeoutKey);
    return seconds ? seconds->toInt() : defaultConnectTimeout;
}

void StoreLocation::configure(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    QStringList connectOptions = optionItems(options);
    if (!findOption(options, connectTimeoutKey))
        connectOptions.append(connectTimeoutKey + QLatin1Char('=') + QString::number(defaultConnectTimeout));
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
}

Status StoreLocation::probe() const
{
    const QString name = QStringLiteral("kindred-probe-%1").arg(quintptr(QThread::currentThreadId()));
    Status reached;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        reached = open(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return reached;
}

Status StoreLocation::open(QSqlDatabase &db) const
{
    configure(db);
    QElapsedTimer timer;
    timer.start();
    if (db.open())
        return std::nullopt;
    const QString detail = db.lastError().text().trimmed();
    // libpq gives up on a silent server after the timeout, counted in whole
    // seconds and at least 2; a refused connection or unknown host fails at once.
    const int timeout = connectTimeout();
    const int waited = std::max(timeout, 2);
    if (timeout > 0 && timer.elapsed() >= (waited - 1) * 1000) {
        return Error{Text::tr("The team store's server did not answer within %1 seconds: check that it is running "
                        "and can be reached. On a slow network, allow it longer with connect_timeout in the "
                        "address, as in ?connect_timeout=30. (%2)")
                         .arg(QString::number(waited), detail),
                     toString()};
    }
    return Error{Text::tr("Cannot connect to the team store: %1").arg(detail), toString()};
}

} // namespace Kindred
