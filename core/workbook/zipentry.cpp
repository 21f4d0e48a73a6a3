// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipentry.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <zip.h>

namespace Kindred {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::Workbook)
};

constexpr qint64 kChunk = 256 * 1024;

QString libzipError(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

ZipEntry::ZipEntry(std::shared_ptr<ZipArchive> archive, void *file, const QString &name, qint64 size)
    : m_archive(std::move(archive)), m_file(file), m_name(name), m_size(size)
{
}

ZipEntry::ZipEntry(ZipEntry &&other) noexcept
    : m_archive(std::move(other.m_archive)), m_file(std::exchange(other.m_file, nullptr)), m_name(other.m_name),
      m_size(other.m_size), m_read(other.m_read), m_atEnd(other.m_atEnd), m_error(other.m_error)
{
}

ZipEntry::~ZipEntry()
{
    if (m_file)
        zip_fclose(static_cast<zip_file_t *>(m_file));
}

QByteArray ZipEntry::read()
{
    if (m_atEnd || m_error)
        return {};
    // One byte more than declared is asked for, to see whether there is more.
    const qint64 wanted = std::min(kChunk, m_size - m_read + 1);
    QByteArray chunk(wanted, Qt::Uninitialized);
    const zip_int64_t n = zip_fread(static_cast<zip_file_t *>(m_file), chunk.data(), zip_uint64_t(wanted));
    if (n < 0) {
        m_error = Error{Text::tr("The workbook is damaged: its part %1 cannot be unpacked (%2).")
                            .arg(m_name, QString::fromUtf8(zip_file_strerror(static_cast<zip_file_t *>(m_file)))),
                        m_archive->path()};
        return {};
    }
    m_read += n;
    if (m_read > m_size) {
        m_error = Error{Text::tr("The workbook is damaged or hostile: its part %1 unpacks to more than the %2 it "
                                 "declares. Nothing was read from it.")
                            .arg(m_name, sizeText(m_size)),
                        m_archive->path()};
        return {};
    }
    if (n == 0) {
        m_atEnd = true;
        if (m_read < m_size) {
            m_error = Error{Text::tr("The workbook is damaged: its part %1 ends after %2 of the %3 it declares.")
                                .arg(m_name, sizeText(m_read), sizeText(m_size)),
                            m_archive->path()};
        }
        return {};
    }
    chunk.truncate(n);
    return chunk;
}

ZipArchive::~ZipArchive()
{
    zip_discard(static_cast<zip_t *>(m_zip));
}

Result<std::shared_ptr<ZipArchive>> ZipArchive::open(const QString &path)
{
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!zip) {
        return Error{Text::tr("The workbook cannot be opened: it is not a complete zip file (%1).").arg(libzipError(code)),
                     path};
    }
    return std::shared_ptr<ZipArchive>(new ZipArchive(path, zip));
}

bool ZipArchive::contains(const QString &name) const
{
    return zip_name_locate(static_cast<zip_t *>(m_zip), name.toUtf8().constData(), 0) >= 0;
}

Result<ZipEntry> ZipArchive::entry(const QString &name, qint64 maxSize)
{
    auto *zip = static_cast<zip_t *>(m_zip);
    const zip_int64_t index = zip_name_locate(zip, name.toUtf8().constData(), 0);
    if (index < 0)
        return Error{Text::tr("The workbook lacks its part %1: it is damaged or not a workbook.").arg(name), m_path};
    zip_stat_t stat;
    if (zip_stat_index(zip, zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return Error{Text::tr("The workbook is damaged: the size of its part %1 is unknown.").arg(name), m_path};
    if (stat.size > zip_uint64_t(maxSize)) {
        return Error{Text::tr("The workbook's part %1 unpacks to %2, more than the %3 Kindred reads. Nothing was "
                              "imported.")
                         .arg(name, sizeText(qint64(std::min<zip_uint64_t>(stat.size, INT64_MAX))), sizeText(maxSize)),
                     m_path};
    }
    zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(index), 0);
    if (!file) {
        return Error{Text::tr("The workbook is damaged: its part %1 cannot be unpacked (%2).")
                         .arg(name, QString::fromUtf8(zip_strerror(zip))),
                     m_path};
    }
    return ZipEntry(shared_from_this(), file, name, qint64(stat.size));
}

Result<QByteArray> ZipArchive::readAll(const QString &name, qint64 maxSize)
{
    auto opened = entry(name, maxSize);
    if (!opened)
        return opened.error();
    ZipEntry &part = opened.value();
    QByteArray data;
    data.reserve(part.size());
    for (QByteArray chunk = part.read(); !chunk.isEmpty(); chunk = part.read())
        data += chunk;
    if (part.error())
        return *part.error();
    return data;
}

} // namespace Kindred
