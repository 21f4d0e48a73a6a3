// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "commands/changesettings.h"
#include "commands/importcustomers.h"
#include "store/customerstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLocale>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kindred {

namespace {

constexpr int kPreviewRows = 20;
// The look-alikes named in the summary; the rest are counted.
constexpr qsizetype kLookAlikesShown = 5;

template<typename T>
void selectData(QComboBox *combo, const T &value)
{
    const int index = combo->findData(QVariant::fromValue(value));
    combo->setCurrentIndex(std::max(0, index));
}

} // namespace

ImportDialog::ImportDialog(CustomerStore &store, const QString &file, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Import"));
    setObjectName(QStringLiteral("ImportDialog"));

    m_file = new QLineEdit(file, this);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setAccessibleName(tr("File to import"));
    m_file->setClearButtonEnabled(true);
    // Enter reads the typed file; it never starts the import.
    m_file->installEventFilter(this);
    m_fileProblem = new QLabel(this);
    m_fileProblem->setObjectName(QStringLiteral("fileProblem"));
    m_fileProblem->setVisible(false);
    auto *chooseButton = new QPushButton(tr("Choose…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_fileProblem);
    fileRow->addWidget(chooseButton);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Order lines (one row per order or order line)"), int(ImportKind::Orders));
    m_kind->addItem(tr("Customer list (one row per customer)"), int(ImportKind::Customers));

    // A workbook's sheets; the row shows for workbooks only.
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheet"));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Detect"), QByteArray());
    for (const QByteArray &encoding : CsvReader::commonEncodings()) {
        const QString label = encoding == "Shift_JIS" ? tr("Shift_JIS (Japanese Excel)") : QString::fromLatin1(encoding);
        m_encoding->addItem(label, encoding);
    }

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Detect"), 0);
    m_delimiter->addItem(tr("Comma ,"), int(','));
    m_delimiter->addItem(tr("Semicolon ;"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Bar |"), int('|'));

    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("dateOrder"));
    m_dateOrder->addItem(tr("Detect from the dates"), int(DateOrder::Unknown));
    m_dateOrder->addItem(tr("Day first (31/12/2024)"), int(DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2024)"), int(DateOrder::MonthFirst));
    m_dateOrder->addItem(tr("Two-digit year first (24/12/31)"), int(DateOrder::YearFirst));

    m_decimal = new QComboBox(this);
    m_decimal->setObjectName(QStringLiteral("decimal"));
    m_decimal->addItem(tr("Detect from the numbers"), int(DecimalSeparator::Unknown));
    m_decimal->addItem(tr("1,234.50"), int(DecimalSeparator::Point));
    m_decimal->addItem(tr("1.234,50"), int(DecimalSeparator::Comma));

    m_strict = new QCheckBox(tr("Stop at the first row that cannot be used (otherwise skip it and report it)"), this);

    // Offered once a quote is found never closed (offerLiteralQuotes).
    m_literalQuotes = new QCheckBox(tr("Read quotes (\") as plain characters"), this);
    m_literalQuotes->setObjectName(QStringLiteral("literalQuotes"));
    m_literalQuotes->setVisible(false);

    m_presets = new QComboBox(this);
    m_presets->setAccessibleName(tr("Import preset"));
    auto *loadPresetButton = new QPushButton(tr("Load"), this);
    auto *savePresetButton = new QPushButton(tr("Save as…"), this);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(loadPresetButton);
    presetRow->addWidget(savePresetButton);

    m_form = new QFormLayout;
    QFormLayout *form = m_form;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("Da&tes:"), m_dateOrder);
    form->addRow(tr("&Numbers:"), m_decimal);
    form->addRow(QString(), m_strict);
    form->addRow(QString(), m_literalQuotes);
    form->addRow(tr("Preset:"), presetRow);
    form->setRowVisible(m_sheet, false);

    m_mapping = new QTableWidget(0, 2, this);
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setAccessibleName(tr("Columns of the file for each field"));

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Preview of the file"));

    // A customer list's columns that Kindred has no field for are the
    // marketer's own (membership rank, birthday): each kept unless unticked.
    m_ownColumns = new QListWidget(this);
    m_ownColumns->setObjectName(QStringLiteral("ownColumns"));
    m_ownColumns->setAccessibleName(tr("Columns kept as your own fields"));
    m_ownColumns->setToolTip(tr("Columns that no field above reads are kept with each customer, named by their "
                                "header, as text, numbers, dates or yes/no as their values show. Untick those to "
                                "leave out."));
    m_ownColumnsLabel = new QLabel(tr("&Keep as your own fields:"), this);
    m_ownColumnsLabel->setBuddy(m_ownColumns);
    auto *columns = new QWidget(this);
    auto *columnsLayout = new QVBoxLayout(columns);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(m_mapping, 3);
    columnsLayout->addWidget(m_ownColumnsLabel);
    columnsLayout->addWidget(m_ownColumns, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(columns);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("import"));
    m_reportButton = buttons->addButton(tr("Save &report…"), QDialogButtonBox::ActionRole);
    m_reportButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(1000, 700);

    connect(chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::openTypedFile);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::chooseSheet);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::readPreview);
    connect(m_literalQuotes, &QCheckBox::toggled, this, &ImportDialog::readPreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::readPreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::fillMapping);
    connect(loadPresetButton, &QPushButton::clicked, this, &ImportDialog::loadPreset);
    connect(savePresetButton, &QPushButton::clicked, this, &ImportDialog::savePreset);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_reportButton, &QPushButton::clicked, this, &ImportDialog::saveReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const ImportPreset &preset : ImportPreset::loadAll())
        m_presets->addItem(preset.name);
    loadPresetButton->setEnabled(m_presets->count() > 0);

    openFile(file);
}

ImportDialog::~ImportDialog()
{
    cancelImport();
}

void ImportDialog::cancelImport()
{
    if (m_worker) {
        m_importer->cancel();
        m_worker->wait();
    }
}

QString ImportDialog::file() const
{
    return m_file->text();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    ImportPreset &s = options.settings;
    s.kind = ImportKind(m_kind->currentData().toInt());
    s.encoding = m_encoding->currentData().toByteArray();
    s.delimiter = char(m_delimiter->currentData().toInt());
    s.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    s.decimalSeparator = DecimalSeparator(m_decimal->currentData().toInt());
    // Every field is set, so that "not imported" wins over an automatic match.
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto field = ImportField(m_mapping->item(row, 0)->data(Qt::UserRole).toInt());
        const int column = mappedColumn(field);
        s.columns.insert(importFieldKey(field), m_previewData.headers.value(column));
    }
    if (s.kind == ImportKind::Customers) {
        for (int i = 0; i < m_ownColumns->count(); ++i) {
            const QListWidgetItem *item = m_ownColumns->item(i);
            if (item->checkState() == Qt::Checked)
                options.ownFieldColumns.append({item->text(), item->data(Qt::UserRole).toString()});
        }
    }
    options.strict = m_strict->isChecked();
    options.literalQuotes = m_literalQuotes->isChecked();
    options.sheet = m_previewData.sheet;
    return options;
}

int ImportDialog::mappedColumn(ImportField field) const
{
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        if (m_mapping->item(row, 0)->data(Qt::UserRole).toInt() == int(field))
            return static_cast<QComboBox *>(m_mapping->cellWidget(row, 1))->currentData().toInt();
    }
    return -1;
}

void ImportDialog::setMappedColumn(ImportField field, int column)
{
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        if (m_mapping->item(row, 0)->data(Qt::UserRole).toInt() == int(field))
            selectData(static_cast<QComboBox *>(m_mapping->cellWidget(row, 1)), column);
    }
}

QString ImportDialog::fileFilter()
{
    return tr("CSV files and workbooks (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods);;All files (*)");
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QFileInfo(file()).absolutePath(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::openFile(const QString &path)
{
    m_file->setText(path);
    m_openedFile = path;
    {
        // A new file starts at its first sheet with a table.
        const QSignalBlocker block(m_sheet);
        m_sheet->clear();
    }
    readPreview();
    if (!m_previewData.headers.isEmpty())
        selectData(m_kind, int(ColumnMapping::guessKind(m_previewData.headers)));
}

void ImportDialog::openTypedFile()
{
    if (file() != m_openedFile)
        openFile(file());
}

bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_file && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openTypedFile();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImportDialog::chooseSheet()
{
    readPreview();
    if (!m_previewData.headers.isEmpty())
        selectData(m_kind, int(ColumnMapping::guessKind(m_previewData.headers)));
}

void ImportDialog::readPreview()
{
    const CsvReadOptions csv{m_encoding->currentData().toByteArray(), char(m_delimiter->currentData().toInt()),
                             m_literalQuotes->isChecked(), m_sheet->currentText()};
    const bool missing = !file().isEmpty() && !QFileInfo::exists(file());
    m_fileProblem->setText(missing ? tr("This file does not exist.") : QString());
    m_fileProblem->setVisible(missing);
    const auto preview = file().isEmpty() || missing ? Result<CsvPreview>(CsvPreview())
                                                     : CsvImporter::preview(file(), csv, kPreviewRows);
    m_previewData = preview ? preview.value() : CsvPreview();
    showSheets();
    // Say what "Detect" found.
    const bool found = !m_previewData.encoding.isEmpty();
    const QString delimiter = m_previewData.delimiter == '\t' ? tr("tab") : QString(QLatin1Char(m_previewData.delimiter));
    const QString encoding = QString::fromLatin1(m_previewData.encoding);
    m_encoding->setItemText(0, !found ? tr("Detect")
                                      : m_previewData.encodingGuessed ? tr("Detect (found %1: not Unicode, a guess)").arg(encoding)
                                                                      : tr("Detect (found %1)").arg(encoding));
    m_delimiter->setItemText(0, found ? tr("Detect (found %1)").arg(delimiter) : tr("Detect"));
    m_result->setText(!preview ? preview.error().toString()
                               : m_previewData.error ? m_previewData.error->toString() : QString());
    if (m_previewData.stoppedAtQuote)
        offerLiteralQuotes();
    m_importButton->setEnabled(preview.ok() && !file().isEmpty() && !missing);
    showPreview();
    fillMapping();

    DecimalSeparatorDetector numbers;
    for (ImportField field : {ImportField::Amount, ImportField::ValueFit, ImportField::ValueAwareness}) {
        const int column = mappedColumn(field);
        for (const QStringList &row : std::as_const(m_previewData.rows)) {
            if (column >= 0)
                numbers.add(row.value(column));
        }
    }
    showFoundSeparator(numbers.separator());
}

// A workbook is read by sheet; how a CSV file is written does not apply to it.
void ImportDialog::showSheets()
{
    const bool workbook = m_previewData.format != RowFileFormat::Csv;
    {
        const QSignalBlocker block(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(m_previewData.sheets);
        m_sheet->setCurrentText(m_previewData.sheet);
    }
    m_form->setRowVisible(m_sheet, workbook);
    m_form->setRowVisible(m_encoding, !workbook);
    m_form->setRowVisible(m_delimiter, !workbook);
    m_form->setRowVisible(m_decimal, !workbook);
}

// Say what "Detect from the numbers" found, in the form of the other choices.
void ImportDialog::showFoundSeparator(DecimalSeparator found)
{
    const int index = found == DecimalSeparator::Unknown ? -1 : m_decimal->findData(int(found));
    m_decimal->setItemText(0, index > 0 ? tr("Detect from the numbers (found %1)").arg(m_decimal->itemText(index))
                                        : tr("Detect from the numbers"));
}

// A quote never closed: the preview and the import may read it, and every
// other quote, as a plain character.
void ImportDialog::offerLiteralQuotes()
{
    m_literalQuotes->setVisible(true);
    m_literalQuotes->setFocus();
    m_result->setText(m_result->text() + QLatin1Char('\n')
                      + tr("Nothing was imported. If the quote is part of the text, tick \"%1\" and check the preview.")
                            .arg(m_literalQuotes->text()));
}

void ImportDialog::showPreview()
{
    m_preview->clear();
    m_preview->setColumnCount(int(m_previewData.headers.size()));
    m_preview->setRowCount(int(m_previewData.rows.size()));
    m_preview->setHorizontalHeaderLabels(m_previewData.headers);
    for (int row = 0; row < m_previewData.rows.size(); ++row) {
        const QStringList &fields = m_previewData.rows.at(row);
        for (int column = 0; column < fields.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(fields.at(column)));
    }
}

void ImportDialog::fillMapping()
{
    const auto kind = ImportKind(m_kind->currentData().toInt());
    const ColumnMapping automatic = ColumnMapping::automatic(kind, m_previewData.headers);
    const QList<ImportField> fields = importFields(kind);
    // The column choices of another kind go now: a view deletes the widgets
    // it lets go of only once the event loop they were set in runs again,
    // and a modal dialog's loop is another one.
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        QWidget *old = m_mapping->cellWidget(row, 1);
        m_mapping->removeCellWidget(row, 1);
        delete old;
    }
    m_mapping->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        auto *name = new QTableWidgetItem(importFieldName(fields.at(row)));
        name->setData(Qt::UserRole, int(fields.at(row)));
        m_mapping->setItem(row, 0, name);
        auto *columns = new QComboBox(m_mapping);
        columns->addItem(tr("(not imported)"), -1);
        for (int column = 0; column < m_previewData.headers.size(); ++column)
            columns->addItem(m_previewData.headers.at(column), column);
        selectData(columns, automatic.column(fields.at(row)));
        m_mapping->setCellWidget(row, 1, columns);
        connect(columns, &QComboBox::currentIndexChanged, this, &ImportDialog::fillOwnColumns);
    }
    fillOwnColumns();
}

void ImportDialog::fillOwnColumns()
{
    for (int i = 0; i < m_ownColumns->count(); ++i) {
        const QListWidgetItem *item = m_ownColumns->item(i);
        if (item->checkState() == Qt::Unchecked)
            m_ownColumnsLeftOut.insert(item->text());
        else
            m_ownColumnsLeftOut.remove(item->text());
    }
    m_ownColumns->clear();
    const bool customers = ImportKind(m_kind->currentData().toInt()) == ImportKind::Customers;
    m_ownColumnsLabel->setVisible(customers);
    m_ownColumns->setVisible(customers);
    QSet<int> mapped;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        if (auto *choice = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1)))
            mapped.insert(choice->currentData().toInt());
    }
    for (int column = 0; column < m_previewData.headers.size(); ++column) {
        const QString header = m_previewData.headers.at(column);
        if (mapped.contains(column) || !OwnFields::isValidName(header.trimmed()))
            continue;
        auto *item = new QListWidgetItem(header.trimmed(), m_ownColumns);
        item->setData(Qt::UserRole, header);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_ownColumnsLeftOut.contains(header.trimmed()) ? Qt::Unchecked : Qt::Checked);
    }
}

void ImportDialog::loadPreset()
{
    for (const ImportPreset &preset : ImportPreset::loadAll()) {
        if (preset.name != m_presets->currentText())
            continue;
        {
            const QSignalBlocker blockEncoding(m_encoding);
            const QSignalBlocker blockDelimiter(m_delimiter);
            selectData(m_encoding, CsvReader::displayName(preset.encoding));
            selectData(m_delimiter, int(preset.delimiter));
        }
        readPreview();
        selectData(m_kind, int(preset.kind));
        selectData(m_dateOrder, int(preset.dateOrder));
        selectData(m_decimal, int(preset.decimalSeparator));
        const auto mapping = preset.mappingFor(m_previewData.headers);
        if (!mapping) {
            m_result->setText(mapping.error().message);
            return;
        }
        for (ImportField field : importFields(preset.kind))
            setMappedColumn(field, mapping.value().column(field));
        return;
    }
}

void ImportDialog::savePreset()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Preset"), tr("Name of the preset:"), QLineEdit::Normal,
                                               m_presets->currentText(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    ImportPreset preset = options().settings;
    preset.name = name.trimmed();
    if (Status error = preset.save()) {
        QMessageBox::warning(this, tr("Save Preset"), error->toString());
        return;
    }
    if (m_presets->findText(preset.name) < 0)
        m_presets->addItem(preset.name);
    m_presets->setCurrentText(preset.name);
}

void ImportDialog::startImport()
{
    if (m_worker)
        return;
    openTypedFile();
    if (!m_importButton->isEnabled())
        return;
    ImportOptions options = this->options();
    options.recordUndo = m_undoStack != nullptr;
    options.readCustomersAfter = true; // here on the worker, not on the window's thread after
    if (!m_otherCurrencyAccepted)
        options.expectedCurrency = m_store.settings().currency;
    m_otherCurrencyAccepted = false;
    const auto mapping = options.settings.mappingFor(m_previewData.headers);
    const Status invalid = mapping ? mapping.value().validate() : Status(mapping.error());
    if (invalid) {
        m_result->setText(invalid->message);
        return;
    }
    m_summary.reset();
    m_reportButton->setEnabled(false);
    m_result->clear();
    m_importer = std::make_unique<CsvImporter>(m_store.path(), file(), options);
    m_importer->setProgressCallback([this](const ImportProgress &progress) {
        QMetaObject::invokeMethod(this, [this, progress] { showProgress(progress); }, Qt::QueuedConnection);
    });

    m_progress = new QProgressDialog(tr("Reading the file…"), tr("Cancel"), 0, 1000, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_importer->cancel();
        m_progress->setLabelText(tr("Cancelling…"));
    });
    setBusy(true);

    CsvImporter *importer = m_importer.get();
    QPointer<ImportDialog> self(this);
    m_worker = QThread::create([importer, self] {
        const Result<ImportSummary> result = importer->run();
        const bool dateOrderNeeded = importer->dateOrderNeeded();
        const bool unclosedQuote = importer->unclosedQuote();
        const bool currencyDiffers = importer->currencyDiffers();
        QMetaObject::invokeMethod(self, [self, result, dateOrderNeeded, unclosedQuote, currencyDiffers] {
            if (self)
                self->finish(result, dateOrderNeeded, unclosedQuote, currencyDiffers);
        }, Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start();
}

void ImportDialog::showProgress(const ImportProgress &progress)
{
    if (!m_progress)
        return;
    if (progress.phase == ImportProgress::Phase::Writing) {
        m_progress->setLabelText(tr("Saving: %L1 of %L2 records…").arg(progress.done).arg(progress.total));
        m_progress->setMaximum(int(std::min<qint64>(progress.total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(progress.done, INT_MAX)));
    } else {
        m_progress->setLabelText(tr("Reading: %L1 rows…").arg(progress.rows));
        m_progress->setMaximum(1000);
        m_progress->setValue(progress.total > 0 ? int(progress.done * 1000 / progress.total) : 0);
    }
}

void ImportDialog::finish(const Result<ImportSummary> &result, bool dateOrderNeeded, bool unclosedQuote,
                          bool currencyDiffers)
{
    if (m_worker)
        m_worker->wait();
    m_worker = nullptr;
    delete m_progress;
    m_progress = nullptr;
    setBusy(false);

    if (!result && currencyDiffers && acceptOtherCurrency(result.error().message)) {
        m_otherCurrencyAccepted = true;
        startImport();
        return;
    }
    if (!result) {
        QString text = result.error().toString();
        if (dateOrderNeeded) {
            text += QLatin1Char('\n') + tr("Choose how the dates are written under Dates, then import again.");
            m_dateOrder->setFocus();
        }
        m_result->setText(text);
        if (unclosedQuote)
            offerLiteralQuotes();
        emit importFinished();
        return;
    }
    const ImportSummary &s = result.value();
    m_summary = s;
    // Kept, the list would be copied whole at the first edit (a model's rows share it).
    m_summary->customersAfter.reset();
    if (s.cancelled) {
        m_result->setText(tr("The import was cancelled; the store is as it was."));
        emit importFinished();
        return;
    }
    if (s.customersAfter)
        m_store.announceExternalChange(*s.customersAfter);
    else
        m_store.announceExternalChange();
    const bool changed = s.customersCreated + s.customersUpdated + s.ordersAdded + s.ordersUpdated > 0;
    QUndoCommand *import = m_undoStack && s.undo && changed
        ? new ImportCustomers(m_store, QFileInfo(s.file).fileName(), *s.undo)
        : nullptr;
    QString text;
    // The first amounts with a currency give the workspace its currency, and
    // new own fields their definitions, in the import's undo step.
    WorkspaceSettings settings = m_store.settings();
    const bool currencyIsNew = settings.currency.isEmpty() && !s.currency.isEmpty();
    if (currencyIsNew) {
        settings.currency = s.currency;
        text += tr("The amounts are in %1: the workspace's currency is now %1.").arg(s.currency) + QLatin1Char('\n');
    }
    OwnFields::addDefinitions(settings.ownFields, s.newOwnFields);
    if (!s.newOwnFields.isEmpty()) {
        QStringList names;
        for (const OwnFieldDefinition &d : s.newOwnFields)
            names.append(tr("%1 (%2)").arg(d.name, ownFieldTypeName(d.type)));
        text += tr("Kept as your own fields: %1.").arg(QLocale().createSeparatedList(names)) + QLatin1Char('\n');
    }
    if (settings != m_store.settings()) {
        const QString change = currencyIsNew ? tr("Set the Currency to %1").arg(s.currency) : tr("Add Own Fields");
        if (m_undoStack) {
            m_undoStack->beginMacro(import ? import->text() : change);
            if (import)
                m_undoStack->push(import);
            m_undoStack->push(new ChangeSettings(m_store, settings, change));
            m_undoStack->endMacro();
        } else if (Status error = m_store.setSettings(settings)) {
            text += error->toString() + QLatin1Char('\n');
        }
    } else if (import) {
        m_undoStack->push(import);
    }

    if (s.format != RowFileFormat::Csv)
        text += s.readAs + QStringLiteral(": ");
    text += tr("Read %L1 rows. Customers: %L2 created, %L3 updated. Orders: %L4 added, %L5 updated, "
               "%L6 already there.")
                       .arg(s.rows)
                       .arg(s.customersCreated)
                       .arg(s.customersUpdated)
                       .arg(s.ordersAdded)
                       .arg(s.ordersUpdated)
                       .arg(s.ordersUnchanged);
    if (!s.issues.isEmpty()) {
        QMap<QString, int> reasons;
        for (const ImportIssue &issue : s.issues)
            ++reasons[issue.header.isEmpty() ? issue.reason : issue.header + QStringLiteral(": ") + issue.reason];
        text += QLatin1Char('\n') + tr("%L1 rows skipped (%L2 lines of the file not read):").arg(s.rowsSkipped).arg(s.linesNotRead);
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
            text += QStringLiteral("\n  %L1 × %2").arg(it.value()).arg(it.key());
        m_reportButton->setEnabled(true);
    }
    if (!s.columnsNotImported.isEmpty()) {
        text += QLatin1Char('\n')
            + tr("Columns not imported: %1.").arg(QLocale().createSeparatedList(s.columnsNotImported));
    }
    if (s.encodingGuessed) {
        text += QLatin1Char('\n')
            + tr("The file is not UTF-8 or UTF-16: it was read as %1. If names look wrong, choose its encoding and "
                 "undo this import.")
                  .arg(QString::fromLatin1(s.encoding));
    }
    if (!s.lookAlikes.isEmpty()) {
        text += QLatin1Char('\n') + tr("New customers who look like existing ones: %L1. Review them:").arg(s.lookAlikes.size());
        for (const ImportLookAlike &l : s.lookAlikes.first(std::min<qsizetype>(s.lookAlikes.size(), kLookAlikesShown))) {
            text += QStringLiteral("\n  %1 ↔ %2 (%3)")
                        .arg(l.created.name, l.existing.name, l.reasons.constFirst().text());
        }
        if (s.lookAlikes.size() > kLookAlikesShown)
            text += QStringLiteral("\n  …");
    }
    if (m_decimal->currentData().toInt() == int(DecimalSeparator::Unknown))
        showFoundSeparator(s.decimalSeparator);
    m_result->setText(text);
    emit importFinished();
}

bool ImportDialog::acceptOtherCurrency(const QString &why)
{
    QMessageBox question(QMessageBox::Question, tr("Other Currency"),
                         tr("The amounts in this file are not in the workspace's currency. Kindred does not convert "
                            "amounts. Import them as they are?"),
                         QMessageBox::NoButton, this);
    question.setInformativeText(why);
    QPushButton *import = question.addButton(tr("Import as They Are"), QMessageBox::AcceptRole);
    question.setDefaultButton(question.addButton(QMessageBox::Cancel));
    question.exec();
    return question.clickedButton() == import;
}

void ImportDialog::saveReport()
{
    if (!m_summary)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Report"), QFileInfo(file()).absolutePath() + QStringLiteral("/skipped-rows.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status error = m_summary->saveIssues(path))
        QMessageBox::warning(this, tr("Save Report"), error->toString());
}

void ImportDialog::setBusy(bool busy)
{
    m_importButton->setEnabled(!busy);
    if (!busy)
        m_reportButton->setEnabled(m_summary && !m_summary->issues.isEmpty());
}

} // namespace Kindred
