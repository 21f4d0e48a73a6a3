// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbook.h"

#include "odsreader.h"
#include "xlsxreader.h"
#include "xmlstream.h"
#include "zipentry.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <functional>

namespace Kindred {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::Workbook)
};

struct Relationship
{
    QString type; ///< the last part of the type's URI: "worksheet", "sharedStrings"
    QString target; ///< the part's name in the zip
};

// A relationship target is relative to the folder of the part it belongs to.
QString resolve(const QString &folder, QStringView target)
{
    if (target.startsWith(u'/'))
        return target.sliced(1).toString();
    return QDir::cleanPath(folder + target.toString());
}

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

// An attribute by its local name, whatever its namespace (Strict and
// Transitional OOXML name the same attributes with different URIs).
QStringView attribute(const QXmlStreamAttributes &attributes, QStringView name)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == name)
            return a.value();
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

// Reads a part of the workbook as XML, giving read each token; an error
// from read stops it.
Status readPart(ZipArchive &zip, const QString &part, qint64 maxSize, const std::function<Status(XmlStream &)> &read)
{
    auto entry = zip.entry(part, maxSize);
    if (!entry)
        return entry.error();
    XmlStream xml(std::move(entry.value()));
    while (xml.next() != QXmlStreamReader::Invalid) {
        if (Status error = read(xml))
            return error;
    }
    if (Status error = xml.error(part))
        return Error{error->message, zip.path()};
    return std::nullopt;
}

// The relationships of a part, by id ("_rels/.rels", "xl/_rels/workbook.xml.rels").
Result<QHash<QString, Relationship>> relationships(ZipArchive &zip, const QString &part)
{
    const QString folder = folderOf(part);
    const QString rels = folder + QStringLiteral("_rels/") + part.mid(folder.size()) + QStringLiteral(".rels");
    QHash<QString, Relationship> result;
    const Status error = readPart(zip, rels, Workbook::maxHeldPartSize, [&](XmlStream &xml) -> Status {
        if (!xml.xml().isStartElement() || xml.xml().name() != u"Relationship")
            return std::nullopt;
        const QXmlStreamAttributes a = xml.xml().attributes();
        if (a.value(QLatin1StringView("TargetMode")) != u"External") {
            const QStringView type = a.value(QLatin1StringView("Type"));
            result.insert(a.value(QLatin1StringView("Id")).toString(),
                          {type.sliced(type.lastIndexOf(u'/') + 1).toString(),
                           resolve(folder, a.value(QLatin1StringView("Target")))});
        }
        return std::nullopt;
    });
    if (error)
        return *error;
    return result;
}

} // namespace

Workbook::~Workbook() = default;

Result<std::shared_ptr<const Workbook>> Workbook::open(const QString &path)
{
    auto zip = ZipArchive::open(path);
    if (!zip)
        return zip.error();
    std::shared_ptr<Workbook> workbook(new Workbook);
    workbook->m_path = path;
    workbook->m_zip = zip.value();
    Status error;
    if (workbook->m_zip->contains(QStringLiteral("content.xml"))) {
        workbook->m_format = Format::Ods;
        error = workbook->openOds();
    } else if (workbook->m_zip->contains(QStringLiteral("_rels/.rels"))) {
        error = workbook->openXlsx();
    } else {
        error = Error{Text::tr("This zip file is not an Excel (.xlsx) or LibreOffice (.ods) workbook."), path};
    }
    if (error)
        return *error;
    if (workbook->m_sheets.isEmpty())
        return Error{Text::tr("The workbook has no sheet of cells."), path};
    return std::shared_ptr<const Workbook>(std::move(workbook));
}

Status Workbook::openXlsx()
{
    auto root = relationships(*m_zip, QString());
    if (!root)
        return root.error();
    QString workbookPart;
    for (const Relationship &r : root.value()) {
        if (r.type == u"officeDocument")
            workbookPart = r.target;
    }
    if (workbookPart.isEmpty() || !m_zip->contains(workbookPart)) {
        return Error{Text::tr("This is an Office file but not an Excel workbook (it has no workbook part)."),
                     m_path};
    }
    auto rels = relationships(*m_zip, workbookPart);
    if (!rels)
        return rels.error();
    for (const Relationship &r : rels.value()) {
        Status error;
        if (r.type == u"sharedStrings")
            error = readSharedStrings(r.target);
        else if (r.type == u"styles")
            error = readStyles(r.target);
        if (error)
            return error;
    }

    return readPart(*m_zip, workbookPart, maxHeldPartSize, [&](XmlStream &xml) -> Status {
        if (!xml.xml().isStartElement())
            return std::nullopt;
        const QXmlStreamAttributes a = xml.xml().attributes();
        if (xml.xml().name() == u"workbookPr") {
            m_date1904 = isTrue(a.value(QLatin1StringView("date1904")));
        } else if (xml.xml().name() == u"sheet") {
            const Relationship r = rels.value().value(attribute(a, u"id").toString());
            if (r.type != u"worksheet")
                return std::nullopt; // a chart sheet has no cells
            const QString name = a.value(QLatin1StringView("name")).toString();
            if (!m_zip->contains(r.target))
                return Error{Text::tr("The workbook lacks its part %1 (sheet \"%2\"): it is damaged.").arg(r.target, name), m_path};
            const QStringView state = a.value(QLatin1StringView("state"));
            m_sheets.append({name, r.target, state == u"hidden" || state == u"veryHidden"});
        }
        return std::nullopt;
    });
}

Status Workbook::readSharedStrings(const QString &part)
{
    const Status error = readPart(*m_zip, part, maxHeldPartSize, [this](XmlStream &xml) -> Status {
        if (!xml.xml().isStartElement())
            return std::nullopt;
        if (xml.xml().name() == u"sst") {
            // The count the file declares is only a hint: a hostile one is not believed.
            const qsizetype declared = xml.xml().attributes().value(QLatin1StringView("uniqueCount")).toLongLong();
            m_stringStarts.reserve(std::clamp<qsizetype>(declared, 0, 1 << 20) + 1);
        } else if (xml.xml().name() == u"si") {
            if (sharedStringCount() >= maxSharedStrings) {
                return Error{Text::tr("The workbook holds more than %L1 different texts, more than Kindred reads.")
                                 .arg(maxSharedStrings),
                             m_path};
            }
            xml.appendText(m_strings, XmlStream::Content::Runs);
            m_stringStarts.append(m_strings.size());
        }
        return std::nullopt;
    });
    m_strings.squeeze();
    return error;
}

Status Workbook::readStyles(const QString &part)
{
    QHash<int, CellValue::Kind> formats; // the workbook's own formats by id
    bool inCellXfs = false;
    return readPart(*m_zip, part, maxHeldPartSize, [&](XmlStream &xml) -> Status {
        const QStringView name = xml.xml().name();
        if (xml.xml().isEndElement() && name == u"cellXfs")
            inCellXfs = false;
        if (!xml.xml().isStartElement())
            return std::nullopt;
        const QXmlStreamAttributes a = xml.xml().attributes();
        if (name == u"numFmt") {
            formats.insert(a.value(QLatin1StringView("numFmtId")).toInt(),
                           CellValue::formatCode(a.value(QLatin1StringView("formatCode"))));
        } else if (name == u"cellXfs") {
            inCellXfs = true;
        } else if (name == u"xf" && inCellXfs) {
            const int id = a.value(QLatin1StringView("numFmtId")).toInt();
            m_styleKinds.append(formats.value(id, CellValue::builtInFormat(id)));
        }
        return std::nullopt;
    });
}

Status Workbook::openOds()
{
    // The sheets are named in content.xml, which holds their cells too: the
    // names are gathered in one pass that skips the cells.
    return readPart(*m_zip, QStringLiteral("content.xml"), maxSheetSize, [this](XmlStream &xml) -> Status {
        if (xml.xml().isStartElement() && xml.xml().name() == u"table"
            && xml.xml().namespaceUri() == OdsReader::tableNamespace) {
            m_sheets.append({xml.xml().attributes().value(OdsReader::tableNamespace, QLatin1StringView("name")).toString(), {}, false});
            xml.skipElement();
        }
        return std::nullopt;
    });
}

QString Workbook::formatName() const
{
    return m_format == Format::Ods ? Text::tr("LibreOffice workbook") : Text::tr("Excel workbook");
}

QStringList Workbook::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

Result<int> Workbook::chooseSheet(const QString &name) const
{
    if (!name.isEmpty()) {
        const qsizetype index = sheetNames().indexOf(name);
        if (index < 0) {
            return Error{Text::tr("The workbook has no sheet \"%1\". Its sheets: %2.")
                             .arg(name, QStringLiteral("\"%1\"").arg(sheetNames().join(QStringLiteral("\", \"")))),
                         m_path};
        }
        return int(index);
    }
    // The first rows of each visible sheet tell whether it holds a table.
    constexpr int kRowsLooked = 12;
    int oneCell = -1;
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets.at(i).hidden)
            continue;
        auto rows = reader(i);
        if (!rows)
            return rows.error();
        RowSource &source = *rows.value();
        for (int row = 0; row < kRowsLooked && source.next(); ++row) {
            int filled = 0;
            for (qsizetype c = 0; c < source.size(); ++c)
                filled += !source.field(c).trimmed().isEmpty();
            if (filled >= 2)
                return i;
            if (filled == 1 && oneCell < 0)
                oneCell = i;
        }
        if (Status error = source.error())
            return *error;
    }
    return std::max(oneCell, 0);
}

Result<std::unique_ptr<RowSource>> Workbook::reader(int index) const
{
    const Sheet &sheet = m_sheets.at(index);
    auto entry = m_zip->entry(m_format == Format::Ods ? QStringLiteral("content.xml") : sheet.part, maxSheetSize);
    if (!entry)
        return entry.error();
    if (m_format == Format::Ods)
        return std::unique_ptr<RowSource>(std::make_unique<OdsReader>(std::move(entry.value()), m_path, sheet.name, index));
    return std::unique_ptr<RowSource>(std::make_unique<XlsxReader>(std::move(entry.value()), shared_from_this(), sheet.name));
}

qint64 Workbook::sheetSize(int index) const
{
    auto entry = m_zip->entry(m_format == Format::Ods ? QStringLiteral("content.xml") : m_sheets.at(index).part,
                              maxSheetSize);
    return entry ? entry.value().size() : 0;
}

} // namespace Kindred
