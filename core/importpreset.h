// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnmapping.h"
#include "error.h"
#include "valueparser.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Kindred {

/// How to read one source's exports, saved under a name to be reused: kind,
/// encoding, delimiter, date order, decimal separator and which header fills
/// which field. Empty or Unknown settings mean "detect".
///
/// Presets are small JSON files, one per preset, in presetDirectory(): a
/// marketer can copy one to a colleague or keep it beside the exports it
/// reads, which settings hidden in QSettings would not allow.
struct ImportPreset
{
    QString name;
    ImportKind kind = ImportKind::Orders;
    QByteArray encoding;
    char delimiter = 0;
    DateOrder dateOrder = DateOrder::Unknown;
    DecimalSeparator decimalSeparator = DecimalSeparator::Unknown;
    QHash<QString, QString> columns; ///< field key -> header; an empty header: not imported

    QJsonObject toJson() const;
    static Result<ImportPreset> fromJson(const QJsonObject &json);

    /// The automatic matching for these headers, then the preset's columns
    /// over it; an error names a header the file lacks.
    Result<ColumnMapping> mappingFor(const QStringList &headers) const;

    /// The user's preset folder (in the application data folder).
    static QString presetDirectory();
    /// Writes <directory>/<name>.json, replacing a preset of the same name.
    [[nodiscard]] Status save(const QString &directory = presetDirectory()) const;
    static Result<ImportPreset> load(const QString &path);
    /// Every readable preset in the folder, by name.
    static QList<ImportPreset> loadAll(const QString &directory = presetDirectory());
};

} // namespace Kindred
