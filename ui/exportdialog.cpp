// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "workbookwriter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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

// The spreadsheet languages offered for CSV, beside the system's own.
QList<std::pair<QString, QString>> commonLocales()
{
    return {{QStringLiteral("en_US"), ExportDialog::tr("English (US)")},
            {QStringLiteral("en_GB"), ExportDialog::tr("English (UK)")},
            {QStringLiteral("de_DE"), ExportDialog::tr("German")},
            {QStringLiteral("fr_FR"), ExportDialog::tr("French")},
            {QStringLiteral("it_IT"), ExportDialog::tr("Italian")},
            {QStringLiteral("es_ES"), ExportDialog::tr("Spanish")},
            {QStringLiteral("nl_NL"), ExportDialog::tr("Dutch")},
            {QStringLiteral("pt_BR"), ExportDialog::tr("Portuguese (Brazil)")},
            {QStringLiteral("sv_SE"), ExportDialog::tr("Swedish")},
            {QStringLiteral("ja_JP"), ExportDialog::tr("Japanese")}};
}
} // namespace

ExportDialog::ExportDialog(const QString &kind, const QList<Column> &columns, const QStringList &defaultKeys,
                           TableBuilder buildTable, const QString &suggestedFileName, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_buildTable(std::move(buildTable)),
      m_suggestedBaseName(QFileInfo(suggestedFileName).completeBaseName())
{
    setWindowTitle(tr("Export"));

    m_format = new QComboBox(this);
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(Format::Workbook));
    m_format->addItem(tr("CSV (.csv)"), int(Format::Csv));
    m_format->setToolTip(tr("A workbook keeps numbers, money and dates as such and names as text. A file name "
                            "ending in .xlsx always writes a workbook."));
    m_locale = new QComboBox(this);
    QList<std::pair<QString, QString>> locales = commonLocales();
    const QLocale system = QLocale::system();
    if (std::none_of(locales.cbegin(), locales.cend(), [&](const auto &l) { return l.first == system.name(); })
        && system.language() != QLocale::C)
        locales.prepend({system.name(), system.nativeLanguageName() + QStringLiteral(" (") + system.name() + u')'});
    for (const auto &[name, label] : locales) {
        const CsvWriteOptions written = csvOptionsForSpreadsheetIn(QLocale(name));
        m_locale->addItem(tr("%1: fields split by %2, decimals %3")
                              .arg(label, QString(written.delimiter), QStringLiteral("1") + written.decimalPoint
                                                                          + QStringLiteral("5")),
                          name);
    }
    m_locale->setToolTip(tr("Excel splits a CSV file at the list separator of its language: ',' in English, ';' "
                            "where decimals are written with a comma (German, French, Italian, Spanish, Dutch…)."));
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
    for (const Column &c : columns)
        addColumn(c, false);
    // Every column in sight without scrolling, as far as a small screen allows.
    constexpr int rowsInSight = 20;
    m_columns->setMinimumHeight(std::min(int(m_columns->count()), rowsInSight) * m_columns->sizeHintForRow(0)
                                + 2 * m_columns->frameWidth());

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setWordWrap(true);
    m_problemList = new QListWidget(this);
    m_problemList->setAccessibleName(tr("Cells the encoding cannot hold"));
    m_replaceUnencodable = new QCheckBox(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    m_localeLabel = new QLabel(tr("For Excel &in:"), this);
    m_localeLabel->setBuddy(m_locale);
    m_encodingLabel = new QLabel(tr("&Encoding:"), this);
    m_encodingLabel->setBuddy(m_encoding);
    m_delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    m_delimiterLabel->setBuddy(m_delimiter);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(m_localeLabel, m_locale);
    form->addRow(m_encodingLabel, m_encoding);
    form->addRow(m_delimiterLabel, m_delimiter);
    form->addRow(QString(), m_neutralise);
    form->addRow(tr("&Columns:"), m_columns);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problemList);
    layout->addWidget(m_replaceUnencodable);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFormat);
    const auto followLocale = [this] {
        const CsvWriteOptions written = csvOptionsForSpreadsheetIn(QLocale(spreadsheetLocale()));
        m_delimiter->setCurrentIndex(m_delimiter->findData(written.delimiter));
    };
    connect(m_locale, &QComboBox::currentIndexChanged, this, followLocale);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ExportDialog::updateProblems);
    connect(m_replaceUnencodable, &QCheckBox::toggled, this, &ExportDialog::updateProblems);
    connect(m_columns, &QListWidget::itemChanged, this, &ExportDialog::updateProblems);
    connect(m_columns->model(), &QAbstractItemModel::rowsMoved, this, &ExportDialog::updateProblems);
    m_locale->setCurrentIndex(std::max(0, m_locale->findData(system.name())));
    followLocale();
    restoreChoices(defaultKeys);
    updateFormat();
}

QString ExportDialog::settingsKey(const char *name) const
{
    return QStringLiteral("export/%1/%2").arg(m_kind, QLatin1String(name));
}

void ExportDialog::restoreChoices(const QStringList &defaultKeys)
{
    const QSettings settings;
    const QStringList saved = settings.value(settingsKey("columns")).toStringList();
    const QStringList checked = saved.isEmpty() ? defaultKeys : saved;
    // Checked columns first, in their order, then the others as they come.
    int next = 0;
    for (const QString &key : checked) {
        for (int i = next; i < m_columns->count(); ++i) {
            if (m_columns->item(i)->data(keyRole).toString() != key)
                continue;
            QListWidgetItem *item = m_columns->takeItem(i);
            item->setCheckState(Qt::Checked);
            m_columns->insertItem(next++, item);
            break;
        }
    }
    if (checked.isEmpty()) {
        for (int i = 0; i < m_columns->count(); ++i)
            m_columns->item(i)->setCheckState(Qt::Checked);
    }
    const QString format = settings.value(settingsKey("format")).toString();
    setFormat(format == QLatin1String("csv") ? Format::Csv : Format::Workbook);
    if (settings.contains(settingsKey("locale")))
        setSpreadsheetLocale(settings.value(settingsKey("locale")).toString());
    if (settings.contains(settingsKey("encoding"))) {
        CsvWriteOptions o = options();
        o.encoding = csvEncodingFromKey(settings.value(settingsKey("encoding")).toString()).value_or(o.encoding);
        const QString delimiter = settings.value(settingsKey("delimiter")).toString();
        if (delimiter.size() == 1)
            o.delimiter = delimiter.front();
        o.neutraliseFormulas = settings.value(settingsKey("neutralise"), true).toBool();
        setOptions(o);
    }
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(settingsKey("columns"), columnKeys());
    settings.setValue(settingsKey("format"), format() == Format::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx"));
    settings.setValue(settingsKey("locale"), spreadsheetLocale());
    const CsvWriteOptions o = options();
    settings.setValue(settingsKey("encoding"), csvEncodingKey(o.encoding));
    settings.setValue(settingsKey("delimiter"), QString(o.delimiter));
    settings.setValue(settingsKey("neutralise"), o.neutraliseFormulas);
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString ExportDialog::spreadsheetLocale() const
{
    return m_locale->currentData().toString();
}

void ExportDialog::setSpreadsheetLocale(const QString &name)
{
    const int index = m_locale->findData(name);
    if (index >= 0)
        m_locale->setCurrentIndex(index);
}

void ExportDialog::updateFormat()
{
    const bool csv = format() == Format::Csv;
    for (QWidget *w : std::initializer_list<QWidget *>{m_localeLabel, m_locale, m_encodingLabel, m_encoding,
                                                       m_delimiterLabel, m_delimiter, m_neutralise})
        w->setVisible(csv);
    updateProblems();
}

CsvWriteOptions ExportDialog::options() const
{
    CsvWriteOptions o;
    o.encoding = CsvEncoding(m_encoding->currentData().toInt());
    o.delimiter = m_delimiter->currentData().toChar();
    o.neutraliseFormulas = m_neutralise->isChecked();
    o.replaceUnencodable = m_replaceUnencodable->isChecked();
    o.decimalPoint = csvOptionsForSpreadsheetIn(QLocale(spreadsheetLocale())).decimalPoint;
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
    const ExportTable table = m_buildTable(keys);
    // A workbook holds any text.
    m_problems = format() == Format::Csv ? CsvWriter(options()).encodingProblems(table) : QList<CsvEncodingProblem>();
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

Status ExportDialog::exportTo(const QString &path)
{
    const ExportTable table = m_buildTable(columnKeys());
    const Status error = WorkbookWriter::isWorkbookPath(path)
                             ? WorkbookWriter(m_suggestedBaseName).writeFile(path, table)
                             : CsvWriter(options()).writeFile(path, table);
    if (!error)
        saveChoices();
    return error;
}

void ExportDialog::accept()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString workbooks = tr("Excel workbooks (*.xlsx)");
    const QString csvFiles = tr("CSV files (*.csv)");
    const bool workbook = format() == Format::Workbook;
    QString filter = workbook ? workbooks : csvFiles;
    const QString suffix = workbook ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), QDir(folder).filePath(m_suggestedBaseName + suffix),
                                                workbooks + QStringLiteral(";;") + csvFiles
                                                    + QStringLiteral(";;") + tr("All files (*)"),
                                                &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == workbooks ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (Status error = exportTo(path)) {
        QMessageBox::warning(this, tr("Export failed"), error->toString());
        return;
    }
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    QDialog::accept();
}

} // namespace Kindred
