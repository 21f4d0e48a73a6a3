// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimporter.h"

#include <QDialog>
#include <QPointer>
#include <QSet>
#include <QThread>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace Kindred {

class CustomerStore;

/// File > Import…: chooses how to read a CSV file (kind, encoding, delimiter,
/// date order, decimal separator, which column fills which field) or which
/// sheet of an Excel or LibreOffice workbook to read, shows the
/// first rows as they will be read, saves and loads presets, and runs the
/// import on a worker thread with progress and Cancel. It ends with a summary
/// and a report of skipped rows that can be saved as CSV. Afterwards the
/// store is told to reload (customersReset), and an import that changed
/// something becomes one step on the undo stack, if one is set.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(CustomerStore &store, const QString &file, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// The file and how it will be read, as chosen in the dialog.
    QString file() const;
    ImportOptions options() const;
    /// The mapping table's choice for a field: its column, or -1.
    int mappedColumn(ImportField field) const;
    void setMappedColumn(ImportField field, int column);
    /// The file dialog's filter for files to import.
    static QString fileFilter();
    /// Where a finished import is pushed as one undo step; none by default.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    /// The summary of the last import that ran to its end or was cancelled.
    std::optional<ImportSummary> lastSummary() const { return m_summary; }
    /// True while an import runs on its worker thread.
    bool isImporting() const { return m_worker; }
    /// Stops a running import and waits for its thread; it then writes nothing.
    void cancelImport();

public slots:
    /// Starts the import on a worker thread; importFinished() follows.
    void startImport();

signals:
    void importFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFile();
    void openFile(const QString &path);
    /// Reads the file typed in the file field, unless it is the one shown.
    void openTypedFile();
    void readPreview();
    /// Another sheet of the workbook: its rows, columns and kind.
    void chooseSheet();
    void showSheets();
    void fillMapping();
    void fillOwnColumns();
    void showPreview();
    void savePreset();
    void loadPreset();
    void saveReport();
    void showProgress(const ImportProgress &progress);
    void finish(const Result<ImportSummary> &result, bool dateOrderNeeded, bool unclosedQuote, bool currencyDiffers);
    /// Asks whether to import amounts in another currency than the workspace's.
    bool acceptOtherCurrency(const QString &why);
    void offerLiteralQuotes();
    void showFoundSeparator(DecimalSeparator found);
    void setBusy(bool busy);

    CustomerStore &m_store;
    QUndoStack *m_undoStack = nullptr;
    QLineEdit *m_file;
    QLabel *m_fileProblem;
    QString m_openedFile; ///< the file the preview shows
    QComboBox *m_kind;
    QComboBox *m_sheet;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_dateOrder;
    QComboBox *m_decimal;
    QLabel *m_ownColumnsLabel;
    QListWidget *m_ownColumns;
    QSet<QString> m_ownColumnsLeftOut; ///< columns the user unticked, kept across refills
    QCheckBox *m_strict;
    QCheckBox *m_literalQuotes;
    QFormLayout *m_form;
    QComboBox *m_presets;
    QTableWidget *m_mapping;
    QTableWidget *m_preview;
    QLabel *m_result;
    QPushButton *m_importButton;
    QPushButton *m_reportButton;
    QProgressDialog *m_progress = nullptr;
    std::unique_ptr<CsvImporter> m_importer;
    QPointer<QThread> m_worker;
    CsvPreview m_previewData;
    std::optional<ImportSummary> m_summary;
    bool m_otherCurrencyAccepted = false; ///< for the next startImport()
};

} // namespace Kindred
