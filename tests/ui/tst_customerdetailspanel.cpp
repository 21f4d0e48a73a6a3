// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerdetailspanel.h"
#include "customertablemodel.h"
#include "store/customerstore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Kindred;

class TestCustomerDetailsPanel : public QObject
{
    Q_OBJECT

private slots:
    void scoresNeverContradictTheQuadrant_data();
    void scoresNeverContradictTheQuadrant();
    void ownFieldsAreEditedAndUndone();
};

void TestCustomerDetailsPanel::scoresNeverContradictTheQuadrant_data()
{
    QTest::addColumn<double>("awareness");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("quadrant");
    // With fit 80 and the split at 50: 49.9 is low awareness (I), 50 counts as high (II).
    QTest::newRow("49.9 from an import") << 49.9 << QStringLiteral("value awareness 49.9") << QStringLiteral("Quadrant I:");
    QTest::newRow("50 on the split") << 50.0 << QStringLiteral("value awareness 50\n") << QStringLiteral("Quadrant II:");
}

void TestCustomerDetailsPanel::scoresNeverContradictTheQuadrant()
{
    QFETCH(double, awareness);
    QFETCH(QString, shown);
    QFETCH(QString, quadrant);
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(dir.filePath(QStringLiteral("d.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    Customer c;
    c.name = QStringLiteral("Ann");
    c.valueFit = 80;
    c.valueAwareness = awareness;
    const CustomerId id = store.addCustomer(c).value();
    QUndoStack undo;
    CustomerTableModel table(store);
    QCOMPARE(table.reload(), std::nullopt);
    CustomerDetailsPanel panel(store, table, undo);
    panel.showCustomer(id);

    QString figures;
    for (const QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("Quadrant")))
            figures = label->text();
    }
    QVERIFY2(figures.contains(QStringLiteral("Value fit 80, ") + shown), qPrintable(figures));
    QVERIFY2(figures.contains(quadrant), qPrintable(figures));
}

void TestCustomerDetailsPanel::ownFieldsAreEditedAndUndone()
{
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(dir.filePath(QStringLiteral("d.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    WorkspaceSettings settings = store.settings();
    settings.ownFields = {{QStringLiteral("会員ランク"), OwnFieldType::Text},
                          {QStringLiteral("Punkte"), OwnFieldType::Number},
                          {QStringLiteral("Geburtstag"), OwnFieldType::Date},
                          {QStringLiteral("DM"), OwnFieldType::YesNo}};
    QCOMPARE(store.setSettings(settings), std::nullopt);
    Customer c;
    c.name = QStringLiteral("Jürgen");
    c.ownFields = {{QStringLiteral("会員ランク"), QStringLiteral("ゴールド")},
                   {QStringLiteral("Punkte"), QStringLiteral("1500.5")},
                   {QStringLiteral("Geburtstag"), QStringLiteral("1990-01-02")},
                   {QStringLiteral("Alt"), QStringLiteral("kept")}}; // a value without a definition
    const CustomerId id = store.addCustomer(c).value();
    QUndoStack undo;
    CustomerTableModel table(store);
    QCOMPARE(table.reload(), std::nullopt);
    CustomerDetailsPanel panel(store, table, undo);
    panel.setLocale(QLocale(QLocale::German, QLocale::Germany));
    panel.showCustomer(id);

    auto line = [&panel](const QString &name) {
        for (QLineEdit *edit : panel.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == name)
                return edit;
        }
        return static_cast<QLineEdit *>(nullptr);
    };
    QVERIFY(line(QStringLiteral("Punkte")) && line(QStringLiteral("Alt")));
    QCOMPARE(line(QStringLiteral("Punkte"))->text(), QStringLiteral("1.500,5")); // in the panel's locale
    QCOMPARE(line(QStringLiteral("Alt"))->text(), QStringLiteral("kept"));

    // Typed as a German writes it, kept in the one form.
    line(QStringLiteral("Punkte"))->setText(QStringLiteral("2.000,25"));
    emit line(QStringLiteral("Punkte"))->editingFinished();
    QCOMPARE(store.customer(id).value().ownFields.value(QStringLiteral("Punkte")), QStringLiteral("2000.25"));
    QCOMPARE(undo.count(), 1);

    // A field emptied has no value; a yes/no is chosen.
    line(QStringLiteral("会員ランク"))->clear();
    emit line(QStringLiteral("会員ランク"))->editingFinished();
    QComboBox *dm = panel.findChild<QComboBox *>();
    for (QComboBox *box : panel.findChildren<QComboBox *>()) {
        if (box->accessibleName() == QStringLiteral("DM"))
            dm = box;
    }
    QCOMPARE(dm->accessibleName(), QStringLiteral("DM"));
    dm->setCurrentIndex(dm->findData(QStringLiteral("yes")));
    emit dm->activated(dm->currentIndex());
    const OwnFieldValues edited = store.customer(id).value().ownFields;
    QVERIFY(!edited.contains(QStringLiteral("会員ランク")));
    QCOMPARE(edited.value(QStringLiteral("DM")), QStringLiteral("yes"));
    QCOMPARE(edited.value(QStringLiteral("Geburtstag")), QStringLiteral("1990-01-02")); // untouched
    QCOMPARE(edited.value(QStringLiteral("Alt")), QStringLiteral("kept"));

    while (undo.canUndo())
        undo.undo();
    QCOMPARE(store.customer(id).value().ownFields, c.ownFields);
    QCOMPARE(line(QStringLiteral("会員ランク"))->text(), QStringLiteral("ゴールド"));
}

QTEST_MAIN(TestCustomerDetailsPanel)
#include "tst_customerdetailspanel.moc"
