// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerdetailspanel.h"
#include "customertablemodel.h"
#include "store/customerstore.h"

#include <QComboBox>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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
    void editsContactDetailsUndoably();
};

namespace {
// The field a form label names, as a person finds it.
template<typename Edit>
Edit *fieldLabelled(const QWidget &panel, const QString &label)
{
    for (const QLabel *l : panel.findChildren<QLabel *>()) {
        if (l->text() == label)
            return qobject_cast<Edit *>(l->buddy());
    }
    return nullptr;
}
} // namespace

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
    // Emptying a value whose field is not defined takes its row away, safely.
    line(QStringLiteral("Alt"))->clear();
    emit line(QStringLiteral("Alt"))->editingFinished();
    QVERIFY(!store.customer(id).value().ownFields.contains(QStringLiteral("Alt")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!line(QStringLiteral("Alt")));

    while (undo.canUndo())
        undo.undo();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(store.customer(id).value().ownFields, c.ownFields);
    QCOMPARE(line(QStringLiteral("会員ランク"))->text(), QStringLiteral("ゴールド"));
}

// Each finished edit of a contact detail is saved at once, alone, and one
// undo step takes it back.
void TestCustomerDetailsPanel::editsContactDetailsUndoably()
{
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(dir.filePath(QStringLiteral("d.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    Customer c;
    c.name = QStringLiteral("伊藤 一郎");
    c.phone = QStringLiteral("03-1111-2222");
    const CustomerId id = store.addCustomer(c).value();
    QUndoStack undo;
    CustomerTableModel table(store);
    QCOMPARE(table.reload(), std::nullopt);
    CustomerDetailsPanel panel(store, table, undo);
    panel.show();
    panel.showCustomer(id);

    auto *phone = fieldLabelled<QLineEdit>(panel, QStringLiteral("&Phone:"));
    auto *reading = fieldLabelled<QLineEdit>(panel, QStringLiteral("&Reading:"));
    auto *postalCode = fieldLabelled<QLineEdit>(panel, QStringLiteral("Posta&l code:"));
    auto *address = fieldLabelled<QPlainTextEdit>(panel, QStringLiteral("A&ddress:"));
    QVERIFY(phone && reading && postalCode && address);
    QCOMPARE(phone->text(), c.phone);

    phone->setText(QStringLiteral("090-0000-1111"));
    emit phone->editingFinished();
    QCOMPARE(store.customer(id).value().phone, QStringLiteral("090-0000-1111"));
    QCOMPARE(undo.count(), 1);
    QCOMPARE(undo.undoText(), QStringLiteral("Edit phone"));

    reading->setText(QStringLiteral("イトウ イチロウ"));
    emit reading->editingFinished();
    postalCode->setText(QStringLiteral("100-0001"));
    emit postalCode->editingFinished();
    const QString twoLines = QStringLiteral("東京都千代田区千代田1-1\nさくらビル3F");
    address->setFocus();
    address->setPlainText(twoLines);
    QFocusEvent focusOut(QEvent::FocusOut);
    QCoreApplication::sendEvent(address, &focusOut);
    QCOMPARE(undo.count(), 4);
    Customer stored = store.customer(id).value();
    QCOMPARE(stored.reading, QStringLiteral("イトウ イチロウ"));
    QCOMPARE(stored.postalCode, QStringLiteral("100-0001"));
    QCOMPARE(stored.address, twoLines);

    undo.undo();
    stored = store.customer(id).value();
    QCOMPARE(stored.address, QString());
    QCOMPARE(stored.postalCode, QStringLiteral("100-0001"));
    QCOMPARE(address->toPlainText(), QString());
    undo.undo();
    undo.undo();
    undo.undo();
    stored = store.customer(id).value();
    QCOMPARE(stored.phone, c.phone);
    QCOMPARE(stored.reading, QString());
    QCOMPARE(phone->text(), c.phone);
    undo.redo();
    QCOMPARE(store.customer(id).value().phone, QStringLiteral("090-0000-1111"));
}

QTEST_MAIN(TestCustomerDetailsPanel)
#include "tst_customerdetailspanel.moc"
