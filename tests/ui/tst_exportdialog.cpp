// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void manyProblemsAreSummarisedAndCanBeWrittenWithAMarker();
};

// 25,000 cells CP932 cannot hold were each listed, and could only be refused.
void TestExportDialog::manyProblemsAreSummarisedAndCanBeWrittenWithAMarker()
{
    const auto build = [](const QStringList &keys) {
        CsvTable table{keys, {}};
        for (int i = 0; i < 300; ++i)
            table.rows.append({QStringLiteral("Zoë %1").arg(i)});
        return table;
    };
    ExportDialog dialog({{QStringLiteral("name"), QStringLiteral("Name")}}, {QStringLiteral("name")}, build,
                        QStringLiteral("customers.csv"));
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
