// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void manyProblemsAreSummarisedAndCanBeWrittenWithAMarker();
    void customerColumnsInTheMarketersWords();
    void choicesAreRememberedPerKind();
    void workbookChosenByTheFilesExtension();
    void localeSetsDelimiterAndDecimalPoint();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

Customer ann()
{
    Customer c;
    c.id = 7;
    c.externalId = QStringLiteral("007");
    c.name = QStringLiteral("山田 花子");
    c.revenue = 1625.93;
    c.lastOrder = QDate(2026, 3, 4);
    return c;
}

// The customer table's dialog, as the main window opens it.
std::unique_ptr<ExportDialog> customerDialog(const QString &kind = QStringLiteral("customers"))
{
    const auto columns = customerColumns(CustomerContext());
    return std::make_unique<ExportDialog>(kind, ExportDialog::columnsOf(columns), defaultCustomerColumnKeys(),
                                          ExportDialog::builderFor(columns, QList<Customer>{ann()}, QString()),
                                          QStringLiteral("customers.csv"));
}

QListWidget *columnList(const QDialog &dialog)
{
    for (QListWidget *l : dialog.findChildren<QListWidget *>()) {
        if (l->toolTip().contains(QStringLiteral("Tick the columns")))
            return l;
    }
    return nullptr;
}

QStringList titles(const QListWidget &list, bool checkedOnly)
{
    QStringList result;
    for (int i = 0; i < list.count(); ++i) {
        if (!checkedOnly || list.item(i)->checkState() == Qt::Checked)
            result.append(list.item(i)->text());
    }
    return result;
}

// The combo box whose items hold `data`: format and locale combos are found by what they offer.
QComboBox *comboHolding(const QDialog &dialog, const QVariant &data)
{
    for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
        if (box->findData(data) >= 0)
            return box;
    }
    return nullptr;
}

QByteArray fileStart(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(4) : QByteArray();
}

} // namespace

void TestExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("KindredTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
}

// The dialog left out the value scores, the quadrant and the customer's own
// id ("External id"); it now offers every column, starts from a call sheet,
// and names them as a marketer does, in the dialog and in the file.
void TestExportDialog::customerColumnsInTheMarketersWords()
{
    const auto dialog = customerDialog();
    QListWidget *list = columnList(*dialog);
    QVERIFY(list);
    const QStringList all = titles(*list, false);
    for (const char *title : {"Customer ID", "Quadrant", "Value fit", "Value awareness", "Kindred ID", "Last changed"})
        QVERIFY2(all.contains(QLatin1String(title)), title);
    QVERIFY(!all.contains(QStringLiteral("External id")));
    QCOMPARE(titles(*list, true),
             (QStringList{QStringLiteral("Name"), QStringLiteral("Customer ID"), QStringLiteral("Email"),
                          QStringLiteral("Company"), QStringLiteral("Stage"), QStringLiteral("Quadrant"),
                          QStringLiteral("Revenue"), QStringLiteral("Last order"), QStringLiteral("Note"),
                          QStringLiteral("Next action"), QStringLiteral("Due")}));
    QCOMPARE(dialog->format(), ExportDialog::Format::Workbook);

    const auto shortlist = shortlistColumns();
    ExportDialog shortlistDialog(QStringLiteral("shortlist"), ExportDialog::columnsOf(shortlist),
                                 defaultShortlistColumnKeys(), ExportDialog::builderFor(shortlist, {}, QString()),
                                 QStringLiteral("shortlist.csv"));
    const QStringList picked = titles(*columnList(shortlistDialog), true);
    for (const char *title : {"Place on the shortlist", "Value score", "Customer ID", "Next action", "Due", "Note"})
        QVERIFY2(picked.contains(QLatin1String(title)), title);

    dialog->setFormat(ExportDialog::Format::Csv);
    const QString path = m_dir->filePath(QStringLiteral("c.csv"));
    QCOMPARE(dialog->exportTo(path), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Name,Customer ID,Email"));
}

void TestExportDialog::choicesAreRememberedPerKind()
{
    {
        const auto dialog = customerDialog();
        dialog->show();
        QListWidget *list = columnList(*dialog);
        // Untick "Name" (the first) and tick "Value fit" with the keyboard.
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Space);
        const int fit = int(titles(*list, false).indexOf(QStringLiteral("Value fit")));
        list->setCurrentRow(fit);
        QTest::keyClick(list, Qt::Key_Space);
        QComboBox *format = comboHolding(*dialog, int(ExportDialog::Format::Csv));
        QVERIFY(format);
        format->setFocus();
        QTest::keyClick(format, Qt::Key_Down);
        QCOMPARE(dialog->format(), ExportDialog::Format::Csv);
        QComboBox *locale = comboHolding(*dialog, QStringLiteral("de_DE"));
        QVERIFY(locale);
        locale->setCurrentIndex(locale->findData(QStringLiteral("de_DE")));
        QVERIFY(!dialog->columnKeys().contains(QStringLiteral("name")));
        QVERIFY(dialog->columnKeys().contains(QStringLiteral("value_fit")));
        QCOMPARE(dialog->exportTo(m_dir->filePath(QStringLiteral("c.csv"))), std::nullopt);
    }
    const auto again = customerDialog();
    QVERIFY(!again->columnKeys().contains(QStringLiteral("name")));
    QVERIFY(again->columnKeys().contains(QStringLiteral("value_fit")));
    QCOMPARE(again->format(), ExportDialog::Format::Csv);
    QCOMPARE(again->spreadsheetLocale(), QStringLiteral("de_DE"));
    QCOMPARE(again->options().delimiter, QLatin1Char(';'));
    // Another kind of export keeps its own choices.
    const auto other = customerDialog(QStringLiteral("pareto"));
    QVERIFY(other->columnKeys().contains(QStringLiteral("name")));
    QCOMPARE(other->format(), ExportDialog::Format::Workbook);
}

void TestExportDialog::workbookChosenByTheFilesExtension()
{
    const auto dialog = customerDialog();
    dialog->setFormat(ExportDialog::Format::Csv);
    QCOMPARE(dialog->exportTo(m_dir->filePath(QStringLiteral("c.xlsx"))), std::nullopt);
    QCOMPARE(fileStart(m_dir->filePath(QStringLiteral("c.xlsx"))), QByteArray("PK\x03\x04"));
    dialog->setFormat(ExportDialog::Format::Workbook);
    QCOMPARE(dialog->exportTo(m_dir->filePath(QStringLiteral("c.csv"))), std::nullopt);
    QCOMPARE(fileStart(m_dir->filePath(QStringLiteral("c.csv"))), QByteArray("\xEF\xBB\xBFN"));
}

void TestExportDialog::localeSetsDelimiterAndDecimalPoint()
{
    const auto dialog = customerDialog();
    dialog->setFormat(ExportDialog::Format::Csv);
    dialog->setSpreadsheetLocale(QStringLiteral("de_DE"));
    QCOMPARE(dialog->options().delimiter, QLatin1Char(';'));
    QCOMPARE(dialog->options().decimalPoint, QLatin1Char(','));
    const QString path = m_dir->filePath(QStringLiteral("de.csv"));
    QCOMPARE(dialog->exportTo(path), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("山田 花子;007;")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(";\"1625,93\";2026-03-04;")), qPrintable(text));
    dialog->setSpreadsheetLocale(QStringLiteral("en_GB"));
    QCOMPARE(dialog->options().delimiter, QLatin1Char(','));
    QCOMPARE(dialog->options().decimalPoint, QLatin1Char('.'));
}

// 25,000 cells CP932 cannot hold were each listed, and could only be refused.
void TestExportDialog::manyProblemsAreSummarisedAndCanBeWrittenWithAMarker()
{
    const auto build = [](const QStringList &keys) {
        ExportTable table{keys, {}, QString()};
        for (int i = 0; i < 300; ++i)
            table.rows.append({ExportCell::fromText(QStringLiteral("Zoë %1").arg(i))});
        return table;
    };
    ExportDialog dialog(QStringLiteral("test"), {{QStringLiteral("name"), QStringLiteral("Name")}},
                        {QStringLiteral("name")}, build, QStringLiteral("customers.csv"));
    dialog.setFormat(ExportDialog::Format::Csv);
    dialog.setOptions({CsvEncoding::Cp932, QLatin1Char(','), true});
    QCOMPARE(dialog.problems().size(), 300);
    QListWidget *problemList = nullptr;
    for (QListWidget *l : dialog.findChildren<QListWidget *>()) {
        if (l->accessibleName() == QLatin1String("Cells the encoding cannot hold"))
            problemList = l;
    }
    QVERIFY(problemList);
    QCOMPARE(problemList->count(), 100 + 1);
    QVERIFY2(problemList->item(100)->text().contains(QStringLiteral("200")), qPrintable(problemList->item(100)->text()));

    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QCheckBox *replace = nullptr;
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        if (box->text().contains(QStringLiteral("〓")))
            replace = box;
    }
    QVERIFY(replace);
    replace->setChecked(true);
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.options().replaceUnencodable);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QCOMPARE(dialog.exportTo(path), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QStringDecoder("windows-31j").decode(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("name\r\nZo〓 0\r\nZo〓 1\r\n")));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
