// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Kindred {

namespace {
constexpr int keyRole = Qt::UserRole + 1;
// Cells the encoding cannot hold listed in the dialog; the rest are counted.
constexpr qsizetype problemsShown = 100;
} // namespace

ExportDialog::ExportDialog(const QList<Column> &columns, const QStringList &checkedKeys, TableBuilder buildTable,
                           const QString &suggestedFileName, QWidget *parent)
    : QDialog(parent), m_buildTable(std::move(buildTable)), m_suggestedFileName(suggestedFileName)
{
    setWindowTitle(tr("Export as CSV"));

    m_encoding = new QComboBox(this);
    for (CsvEncoding e : {CsvEncoding::Utf8WithBom, CsvEncoding::Utf8, CsvEncoding::Cp932})
        m_encoding->addItem(csvEncodingName(e), QVariant::fromValue(int(e)));
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Comma ( , )"), QChar(u','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QChar(u';'));
    m_delimiter->addItem(tr("Tab"), QChar(u'\t'));
    m_neutralise = new QCheckBox(tr("Protect against formulas (prefix ' to cells starting with = + - @)"), this);
    m_neutralise->setChecked(true);

    // Checked columns first, in the given order, then the others.
    m_columns = new QListWidget(this);
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setToolTip(tr("Tick the columns to export; drag them, or press Ctrl+Up and Ctrl+Down, to change "
                             "their order."));
    for (const auto &[key, step] : {std::pair{QKeySequence(Qt::CTRL | Qt::Key_Up), -1},
                                    std::pair{QKeySequence(Qt::CTRL | Qt::Key_Down), 1}}) {
        auto *move = new QAction(m_columns);
        move->setShortcut(key);
        move->setShortcutContext(Qt::WidgetShortcut);
        connect(move, &QAction::triggered, this, [this, step = step] { moveCurrentColumn(step); });
        m_columns->addAction(move);
    }
    auto addColumn = [this](const Column &c, bool checked) {
        auto *item = new QListWidgetItem(c.title, m_columns);
        item->setData(keyRole, c.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    for (const QString &key : checkedKeys) {
        auto it = std::find_if(columns.cbegin(), columns.cend(), [&key](const Column &c) { return c.key == key; });
        if (it != columns.cend())
            addColumn(*it, true);
    }
    for (const Column &c : columns) {
        if (!checkedKeys.contains(c.key))
            addColumn(c, checkedKeys.isEmpty());
    }

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setWordWrap(true);
    m_problemList = new QListWidget(this);
    m_problemList->setAccessibleName(tr("Cells the encoding cannot hold"));
    m_replaceUnencodable = new QCheckBox(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_neutralise);
    form->addRow(tr("&Columns:"), m_columns);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problemList);
    layout->addWidget(m_replaceUnencodable);
    layout->addWidget(m_buttons);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ExportDialog::updateProblems);
    connect(m_replaceUnencodable, &QCheckBox::toggled, this, &ExportDialog::updateProblems);
    connect(m_columns, &QListWidget::itemChanged, this, &ExportDialog::updateProblems);
    connect(m_columns->model(), &QAbstractItemModel::rowsMoved, this, &ExportDialog::updateProblems);
    updateProblems();
}

CsvWriteOptions ExportDialog::options() const
{
    CsvWriteOptions o;
    o.encoding = CsvEncoding(m_encoding->currentData().toInt());
    o.delimiter = m_delimiter->currentData().toChar();
    o.neutraliseFormulas = m_neutralise->isChecked();
    o.replaceUnencodable = m_replaceUnencodable->isChecked();
    return o;
}

void ExportDialog::setOptions(const CsvWriteOptions &options)
{
    m_encoding->setCurrentIndex(m_encoding->findData(int(options.encoding)));
    const int delimiter = m_delimiter->findData(options.delimiter);
    if (delimiter >= 0)
        m_delimiter->setCurrentIndex(delimiter);
    m_neutralise->setChecked(options.neutraliseFormulas);
    m_replaceUnencodable->setChecked(options.replaceUnencodable);
}

QStringList ExportDialog::columnKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            keys.append(m_columns->item(i)->data(keyRole).toString());
    }
    return keys;
}

void ExportDialog::moveCurrentColumn(int step)
{
    const int row = m_columns->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_columns->count())
        return;
    QListWidgetItem *item = m_columns->takeItem(row);
    m_columns->insertItem(target, item);
    m_columns->setCurrentItem(item);
    updateProblems();
}

void ExportDialog::updateProblems()
{
    const QStringList keys = columnKeys();
    const CsvTable table = m_buildTable(keys);
    m_problems = CsvWriter(options()).encodingProblems(table);
    m_problemList->clear();
    for (const CsvEncodingProblem &p : m_problems.first(std::min(m_problems.size(), problemsShown))) {
        m_problemList->addItem(tr("Row %1, %2: “%3” — %4")
                                   .arg(p.row)
                                   .arg(table.header.value(p.column - 1), p.value, p.characters));
    }
    if (m_problems.size() > problemsShown)
        m_problemList->addItem(tr("… and %n more cell(s)", nullptr, int(m_problems.size() - problemsShown)));
    m_problemList->setVisible(!m_problems.isEmpty());
    const CsvWriteOptions chosen = options();
    m_replaceUnencodable->setText(tr("Write anyway, with %1 in place of each character %2 cannot hold")
                                      .arg(csvReplacementMarker(chosen.encoding))
                                      .arg(csvEncodingName(chosen.encoding)));
    m_replaceUnencodable->setVisible(!m_problems.isEmpty());
    if (keys.isEmpty())
        m_problemsLabel->setText(tr("Choose at least one column."));
    else if (!m_problems.isEmpty())
        m_problemsLabel->setText(tr("%1 cannot hold the characters of %n cell(s) below. Choose UTF-8, change "
                                    "these cells first, or write them with a marker.",
                                    nullptr, int(m_problems.size()))
                                     .arg(csvEncodingName(chosen.encoding)));
    else
        m_problemsLabel->setText(tr("%n row(s) to export.", nullptr, int(table.rows.size())));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!keys.isEmpty() && (m_problems.isEmpty() || chosen.replaceUnencodable));
}

Status ExportDialog::exportTo(const QString &path) const
{
    return CsvWriter(options()).writeFile(path, m_buildTable(columnKeys()));
}

void ExportDialog::accept()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as CSV"),
                                                      QDir(folder).filePath(m_suggestedFileName),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status error = exportTo(path)) {
        QMessageBox::warning(this, tr("Export failed"), error->toString());
        return;
    }
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    QDialog::accept();
}

} // namespace Kindred
