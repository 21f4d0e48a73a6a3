// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvwriter.h"
#include "exportcolumns.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace Kindred {

/// Asks how to write a table: as an Excel workbook or as CSV (for Excel in
/// which language: delimiter and decimal point; encoding; formula
/// neutralising), which columns in which order; lists the cells a CSV
/// encoding cannot hold before anything is written (the first hundred, and
/// how many more) and offers to write them anyway with a marker, then asks for
/// the file and writes it: a name ending in .xlsx writes a workbook whatever
/// the format chosen. The choices are remembered per kind of export
/// (customers, shortlist, pareto) once a file is written.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Column
    {
        QString key;
        QString title;
    };
    enum class Format { Workbook, Csv };
    /// Builds the table for the chosen column keys, in order.
    using TableBuilder = std::function<ExportTable(const QStringList &keys)>;

    /// `kind` names the export in the saved choices ("customers"); `defaultKeys`
    /// are the columns checked until the user has chosen others.
    ExportDialog(const QString &kind, const QList<Column> &columns, const QStringList &defaultKeys,
                 TableBuilder buildTable, const QString &suggestedFileName, QWidget *parent = nullptr);

    /// The builder of `rows` under the chosen ones of `columns`, money in `currency`.
    template<typename Row>
    static TableBuilder builderFor(const QList<ExportColumn<Row>> &columns, const QList<Row> &rows,
                                   const QString &currency)
    {
        return [columns, rows, currency](const QStringList &keys) {
            const auto picked = pickColumns(columns, keys);
            return picked ? exportTable(picked.value(), rows, currency) : ExportTable();
        };
    }

    template<typename Row>
    static QList<Column> columnsOf(const QList<ExportColumn<Row>> &columns)
    {
        QList<Column> result;
        for (const ExportColumn<Row> &c : columns)
            result.append({c.key, c.title});
        return result;
    }

    CsvWriteOptions options() const;
    void setOptions(const CsvWriteOptions &options);
    Format format() const;
    void setFormat(Format format);
    /// The locale the CSV is for ("de_DE").
    QString spreadsheetLocale() const;
    void setSpreadsheetLocale(const QString &name);
    /// Checked columns, in the order shown.
    QStringList columnKeys() const;
    /// What the encoding cannot hold with the current choices.
    const QList<CsvEncodingProblem> &problems() const { return m_problems; }
    /// Writes with the current choices, a workbook when the name ends in
    /// .xlsx, and remembers the choices; errors name the file.
    [[nodiscard]] Status exportTo(const QString &path);

    /// Asks for the file, writes it, reports an error and stays open on failure.
    void accept() override;

private:
    void updateProblems();
    void updateFormat();
    void restoreChoices(const QStringList &defaultKeys);
    void saveChoices() const;
    QString settingsKey(const char *name) const;
    /// Moves the current column up (step < 0) or down: the keyboard's drag.
    void moveCurrentColumn(int step);

    QString m_kind;
    TableBuilder m_buildTable;
    QString m_suggestedBaseName;
    QComboBox *m_format;
    QComboBox *m_locale;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_neutralise;
    QCheckBox *m_replaceUnencodable;
    QListWidget *m_columns;
    QLabel *m_localeLabel;
    QLabel *m_encodingLabel;
    QLabel *m_delimiterLabel;
    QLabel *m_problemsLabel;
    QListWidget *m_problemList;
    QDialogButtonBox *m_buttons;
    QList<CsvEncodingProblem> m_problems;
};

} // namespace Kindred
