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

/// Asks how to write a table as CSV (encoding, delimiter, columns and their
/// order, formula neutralising), lists the cells the encoding cannot hold
/// before anything is written (the first hundred, and how many more) and
/// offers to write them anyway with a marker, then asks for the file and
/// writes it.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Column
    {
        QString key;
        QString title;
    };
    /// Builds the table for the chosen column keys, in order.
    using TableBuilder = std::function<CsvTable(const QStringList &keys)>;

    ExportDialog(const QList<Column> &columns, const QStringList &checkedKeys, TableBuilder buildTable,
                 const QString &suggestedFileName, QWidget *parent = nullptr);

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
    /// Checked columns, in the order shown.
    QStringList columnKeys() const;
    /// What the encoding cannot hold with the current choices.
    const QList<CsvEncodingProblem> &problems() const { return m_problems; }
    /// Writes with the current choices; errors name the file.
    [[nodiscard]] Status exportTo(const QString &path) const;

    /// Asks for the file, writes it, reports an error and stays open on failure.
    void accept() override;

private:
    void updateProblems();
    /// Moves the current column up (step < 0) or down: the keyboard's drag.
    void moveCurrentColumn(int step);

    TableBuilder m_buildTable;
    QString m_suggestedFileName;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_neutralise;
    QCheckBox *m_replaceUnencodable;
    QListWidget *m_columns;
    QLabel *m_problemsLabel;
    QListWidget *m_problemList;
    QDialogButtonBox *m_buttons;
    QList<CsvEncodingProblem> m_problems;
};

} // namespace Kindred
