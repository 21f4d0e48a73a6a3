// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreset.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Kindred {

namespace {

constexpr int kFormatVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("Kindred::ImportPreset", text);
}

QString decimalKey(DecimalSeparator separator)
{
    switch (separator) {
    case DecimalSeparator::Point:
        return QStringLiteral("point");
    case DecimalSeparator::Comma:
        return QStringLiteral("comma");
    case DecimalSeparator::Unknown:
        break;
    }
    return QStringLiteral("detect");
}

QString fileNameFor(const QString &name)
{
    QString safe = name.trimmed();
    for (QChar &c : safe) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    return safe + QStringLiteral(".json");
}

} // namespace

QJsonObject ImportPreset::toJson() const
{
    QJsonObject columnObject;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        columnObject.insert(it.key(), it.value());
    return {
        {QStringLiteral("kindred_import_preset"), kFormatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("kind"), importKindKey(kind)},
        {QStringLiteral("encoding"), QString::fromLatin1(encoding)},
        {QStringLiteral("delimiter"), delimiter ? QString(QLatin1Char(delimiter)) : QString()},
        {QStringLiteral("date_order"), ValueParser::dateOrderKey(dateOrder, QStringLiteral("detect"))},
        {QStringLiteral("decimal_separator"), decimalKey(decimalSeparator)},
        {QStringLiteral("columns"), columnObject},
    };
}

Result<ImportPreset> ImportPreset::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("kindred_import_preset")).toInt() != kFormatVersion)
        return Error{tr("This is not a Kindred import preset."), {}};
    ImportPreset preset;
    preset.name = json.value(QStringLiteral("name")).toString();
    const auto kind = importKindFromKey(json.value(QStringLiteral("kind")).toString());
    if (!kind)
        return Error{tr("The preset names no kind of file (customers or orders)."), {}};
    preset.kind = *kind;
    preset.encoding = json.value(QStringLiteral("encoding")).toString().toLatin1();
    const QString delimiter = json.value(QStringLiteral("delimiter")).toString();
    if (delimiter.size() > 1 || (delimiter.size() == 1 && delimiter.at(0).unicode() > 0x7F))
        return Error{tr("The preset's delimiter \"%1\" is not a single ASCII character.").arg(delimiter), {}};
    preset.delimiter = delimiter.isEmpty() ? 0 : delimiter.at(0).toLatin1();
    const QString order = json.value(QStringLiteral("date_order")).toString();
    for (DateOrder o : {DateOrder::Unknown, DateOrder::DayFirst, DateOrder::MonthFirst, DateOrder::YearFirst}) {
        if (order == ValueParser::dateOrderKey(o, QStringLiteral("detect")))
            preset.dateOrder = o;
    }
    const QString decimal = json.value(QStringLiteral("decimal_separator")).toString();
    for (DecimalSeparator s : {DecimalSeparator::Unknown, DecimalSeparator::Point, DecimalSeparator::Comma}) {
        if (decimal == decimalKey(s))
            preset.decimalSeparator = s;
    }
    const QJsonObject columnObject = json.value(QStringLiteral("columns")).toObject();
    for (auto it = columnObject.constBegin(); it != columnObject.constEnd(); ++it) {
        if (!importFieldFromKey(it.key()))
            return Error{tr("The preset maps an unknown field \"%1\".").arg(it.key()), {}};
        preset.columns.insert(it.key(), it.value().toString());
    }
    return preset;
}

Result<ColumnMapping> ImportPreset::mappingFor(const QStringList &headers) const
{
    ColumnMapping mapping = ColumnMapping::automatic(kind, headers);
    QStringList keys = columns.keys();
    keys.sort(); // the same error first every time
    for (const QString &key : std::as_const(keys)) {
        const QString header = columns.value(key);
        if (header.isEmpty()) {
            if (const auto field = importFieldFromKey(key))
                mapping.setColumn(*field, -1);
            continue;
        }
        if (Status error = mapping.setColumn(key, header))
            return *error;
    }
    return mapping;
}

QString ImportPreset::presetDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("import-presets"));
}

Status ImportPreset::save(const QString &directory) const
{
    if (name.trimmed().isEmpty())
        return Error{tr("A preset needs a name."), {}};
    if (!QDir().mkpath(directory))
        return Error{tr("Cannot create the preset folder."), directory};
    QSaveFile file(QDir(directory).filePath(fileNameFor(name)));
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot save the preset: %1").arg(file.errorString()), file.fileName()};
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{tr("Cannot save the preset: %1").arg(file.errorString()), file.fileName()};
    return std::nullopt;
}

Result<ImportPreset> ImportPreset::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the preset: %1").arg(file.errorString()), path};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("The preset is not valid JSON: %1").arg(parseError.errorString()), path};
    auto preset = fromJson(document.object());
    if (!preset)
        return Error{preset.error().message, path};
    return preset;
}

QList<ImportPreset> ImportPreset::loadAll(const QString &directory)
{
    QList<ImportPreset> presets;
    const QDir dir(directory);
    for (const QString &entry : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        auto preset = load(dir.filePath(entry));
        if (preset)
            presets.append(preset.value());
    }
    std::sort(presets.begin(), presets.end(),
              [](const ImportPreset &a, const ImportPreset &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return presets;
}

} // namespace Kindred
