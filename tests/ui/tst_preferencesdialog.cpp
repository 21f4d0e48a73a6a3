// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/changesettings.h"
#include "store/customerstore.h"
#include "preferencesdialog.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Kindred;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheStoredSettings();
    void untouchedKeepsExactValues();
    void acceptIsOneUndoStep();
    void cancelChangesNothing();
    void abcThresholds_data();
    void abcThresholds();
    void languageIsSavedForTheUser_data();
    void languageIsSavedForTheUser();
    void changeSettingsUndoRedo();
    void changeSettingsOnAClosedStoreIsObsolete();
    void ownFieldsEmptySaysWhereTheyComeFrom();
    void ownFieldsAreListedWithTheirCustomers();
    void ownFieldsChangedOneStepEachAndUndone();
    void ownFieldRenameRefusedSaysWhy();
    void ownFieldDeleteCancelledChangesNothing();
    void acceptKeepsOwnFieldChanges();

private:
    /// Three customers with own fields, and their definitions.
    void addOwnFields();
    QMap<QString, OwnFieldValues> ownFieldsByName() const;
    static QStringList listed(const PreferencesDialog &dialog, int column);
    static void selectField(const PreferencesDialog &dialog, const QString &name);
    /// Answers the next modal dialog (an input or a message box) with answer.
    void answerNextDialog(const std::function<void(QWidget *)> &answer);

    template<typename T>
    T *box(const PreferencesDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    bool okEnabled(const PreferencesDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CustomerStore> m_store;
    QUndoStack m_stack;
    WorkspaceSettings m_stored;
};

void TestPreferencesDialog::initTestCase()
{
    // The language is kept in the user's settings: keep the tests' apart.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KindredTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
}

void TestPreferencesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CustomerStore>();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("t.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    m_stored.marketSize = 120000;
    m_stored.quadrantSplit = {60.0, 40.0};
    m_stored.dormantDays = 200;
    m_stored.oneToOneCapacity = 12;
    m_stored.excellenceRule = QStringLiteral(R"({"match":"all","conditions":[]})");
    m_stored.abcClassA = 0.7;
    m_stored.abcClassB = 0.9;
    m_stored.currency = QStringLiteral("JPY");
    QCOMPARE(m_store->setSettings(m_stored), std::nullopt);
    Translations::setPreferredLanguage(QString());
}

void TestPreferencesDialog::cleanup()
{
    m_stack.clear();
    m_store.reset();
}

void TestPreferencesDialog::showsTheStoredSettings()
{
    PreferencesDialog dialog(*m_store, m_stack);
    QCOMPARE(box<QDoubleSpinBox>(dialog, "fitSplit")->value(), 60.0);
    QCOMPARE(box<QDoubleSpinBox>(dialog, "awarenessSplit")->value(), 40.0);
    QCOMPARE(box<QSpinBox>(dialog, "capacity")->value(), 12);
    QCOMPARE(box<QSpinBox>(dialog, "dormantDays")->value(), 200);
    QCOMPARE(box<QSpinBox>(dialog, "marketSize")->value(), 120000);
    QCOMPARE(box<QComboBox>(dialog, "currency")->currentData().toString(), QStringLiteral("JPY"));
    QCOMPARE(box<QDoubleSpinBox>(dialog, "classA")->value(), 70.0);
    QCOMPARE(box<QDoubleSpinBox>(dialog, "classB")->value(), 90.0);
    QCOMPARE(box<QComboBox>(dialog, "language")->currentData().toString(), QString());
    QCOMPARE(dialog.settings(), m_stored);
    QVERIFY(okEnabled(dialog));
}

void TestPreferencesDialog::untouchedKeepsExactValues()
{
    // Values the boxes can only show rounded, or clamped, or a currency not in the list.
    WorkspaceSettings odd = m_stored;
    odd.quadrantSplit.valueFit = 62.345;
    odd.abcClassA = 0.83333;
    odd.oneToOneCapacity = 0;
    odd.currency = QStringLiteral("XAU");
    QCOMPARE(m_store->setSettings(odd), std::nullopt);
    PreferencesDialog dialog(*m_store, m_stack);
    QCOMPARE(box<QComboBox>(dialog, "currency")->currentText(), QStringLiteral("XAU"));
    QCOMPARE(dialog.settings(), odd);
    dialog.accept();
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(m_store->settings(), odd);
}

void TestPreferencesDialog::acceptIsOneUndoStep()
{
    QSignalSpy changed(m_store.get(), &CustomerStore::settingsChanged);
    PreferencesDialog dialog(*m_store, m_stack);
    box<QDoubleSpinBox>(dialog, "fitSplit")->setValue(55);
    box<QSpinBox>(dialog, "capacity")->setValue(25);
    box<QSpinBox>(dialog, "dormantDays")->setValue(400);
    box<QSpinBox>(dialog, "marketSize")->setValue(0);
    auto *currency = box<QComboBox>(dialog, "currency");
    currency->setCurrentIndex(currency->findData(QStringLiteral("EUR")));
    box<QDoubleSpinBox>(dialog, "classB")->setValue(97.5);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    WorkspaceSettings expected = m_stored;
    expected.quadrantSplit.valueFit = 55;
    expected.oneToOneCapacity = 25;
    expected.dormantDays = 400;
    expected.marketSize = 0;
    expected.currency = QStringLiteral("EUR");
    expected.abcClassB = 0.975;
    QCOMPARE(m_store->settings(), expected);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_stack.count(), 1);
    m_stack.undo();
    QCOMPARE(m_store->settings(), m_stored);
    m_stack.redo();
    QCOMPARE(m_store->settings(), expected);
}

void TestPreferencesDialog::cancelChangesNothing()
{
    PreferencesDialog dialog(*m_store, m_stack);
    box<QSpinBox>(dialog, "capacity")->setValue(3);
    box<QComboBox>(dialog, "language")->setCurrentIndex(2);
    dialog.reject();
    QCOMPARE(m_store->settings(), m_stored);
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(Translations::preferredLanguage(), QString());
}

void TestPreferencesDialog::abcThresholds_data()
{
    QTest::addColumn<double>("classA");
    QTest::addColumn<double>("classB");
    QTest::addColumn<bool>("valid");
    QTest::newRow("usual") << 80.0 << 95.0 << true;
    QTest::newRow("B takes the rest") << 80.0 << 100.0 << true;
    QTest::newRow("equal") << 90.0 << 90.0 << false;
    QTest::newRow("A above B") << 96.0 << 95.0 << false;
    QTest::newRow("close") << 94.9 << 95.0 << true;
}

void TestPreferencesDialog::abcThresholds()
{
    QFETCH(double, classA);
    QFETCH(double, classB);
    QFETCH(bool, valid);
    PreferencesDialog dialog(*m_store, m_stack);
    box<QDoubleSpinBox>(dialog, "classA")->setValue(classA);
    box<QDoubleSpinBox>(dialog, "classB")->setValue(classB);
    QCOMPARE(dialog.problem().isEmpty(), valid);
    QCOMPARE(okEnabled(dialog), valid);
    dialog.accept();
    QCOMPARE(dialog.result(), int(valid ? QDialog::Accepted : QDialog::Rejected));
    QCOMPARE(m_store->settings().abcClassA, valid ? classA / 100.0 : m_stored.abcClassA);
}

void TestPreferencesDialog::languageIsSavedForTheUser_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("system to Japanese") << QString() << QStringLiteral("ja");
    QTest::newRow("Japanese to English") << QStringLiteral("ja") << QStringLiteral("en");
    QTest::newRow("English to system") << QStringLiteral("en") << QString();
}

void TestPreferencesDialog::languageIsSavedForTheUser()
{
    QFETCH(QString, before);
    QFETCH(QString, chosen);
    Translations::setPreferredLanguage(before);
    PreferencesDialog dialog(*m_store, m_stack);
    auto *language = box<QComboBox>(dialog, "language");
    QCOMPARE(language->currentData().toString(), before);
    language->setCurrentIndex(language->findData(chosen));
    dialog.accept();
    QCOMPARE(Translations::preferredLanguage(), chosen);
    // Not a workspace setting: nothing to undo in the store.
    QCOMPARE(m_stack.count(), 0);
    const QLocale locale = Translations::interfaceLocale();
    if (chosen == QLatin1String("ja"))
        QCOMPARE(locale.language(), QLocale::Japanese);
    else if (chosen == QLatin1String("en"))
        QCOMPARE(locale.language(), QLocale::English);
    else
        QCOMPARE(locale, QLocale::system());
}

void TestPreferencesDialog::changeSettingsUndoRedo()
{
    WorkspaceSettings after = m_stored;
    after.excellenceRule.clear();
    after.oneToOneCapacity = 5;
    m_stack.push(new ChangeSettings(*m_store, after, QStringLiteral("Change")));
    QCOMPARE(m_store->settings(), after);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Change"));
    m_stack.undo();
    QCOMPARE(m_store->settings(), m_stored);
    m_stack.redo();
    QCOMPARE(m_store->settings(), after);
    // And it is in the file, not only in memory.
    const QString path = m_store->path();
    m_store->close();
    QCOMPARE(m_store->open(path), std::nullopt);
    QCOMPARE(m_store->settings(), after);
}

void TestPreferencesDialog::changeSettingsOnAClosedStoreIsObsolete()
{
    m_store->close();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
    m_stack.push(new ChangeSettings(*m_store, m_stored, QStringLiteral("Change")));
    // The store refused: the stack does not claim a step it cannot undo.
    QCOMPARE(m_stack.count(), 0);
}

namespace {
const QString rank = QStringLiteral("会員ランク");
const QString points = QStringLiteral("Points");
const QString birthday = QStringLiteral("Birthday");
} // namespace

void TestPreferencesDialog::addOwnFields()
{
    QList<Customer> customers(3);
    customers[0].name = QStringLiteral("Aiko");
    customers[0].ownFields = {{rank, QStringLiteral("ゴールド")}, {points, QStringLiteral("1,500")},
                              {birthday, QStringLiteral("1990-01-02")}};
    customers[1].name = QStringLiteral("Ben");
    customers[1].ownFields = {{rank, QStringLiteral("シルバー")}, {points, QStringLiteral("lots")}};
    customers[2].name = QStringLiteral("Chie");
    QCOMPARE(m_store->addCustomers(customers), std::nullopt);
    m_stored.ownFields = {{rank, OwnFieldType::Text}, {points, OwnFieldType::Text}, {birthday, OwnFieldType::Date}};
    QCOMPARE(m_store->setSettings(m_stored), std::nullopt);
}

QMap<QString, OwnFieldValues> TestPreferencesDialog::ownFieldsByName() const
{
    QMap<QString, OwnFieldValues> values;
    const QList<Customer> customers = m_store->customers().value();
    for (const Customer &c : customers)
        values.insert(c.name, c.ownFields);
    return values;
}

QStringList TestPreferencesDialog::listed(const PreferencesDialog &dialog, int column)
{
    const auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("ownFields"));
    QStringList texts;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        texts.append(list->topLevelItem(i)->text(column));
    return texts;
}

void TestPreferencesDialog::selectField(const PreferencesDialog &dialog, const QString &name)
{
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("ownFields"));
    const auto found = list->findItems(name, Qt::MatchExactly);
    QVERIFY(!found.isEmpty());
    list->setCurrentItem(found.constFirst());
}

void TestPreferencesDialog::answerNextDialog(const std::function<void(QWidget *)> &answer)
{
    QTimer::singleShot(0, this, [answer] {
        auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(modal);
        answer(modal);
        // An answer that failed leaves the dialog open: close it, so that the test goes on to report.
        if (modal->isVisible())
            modal->reject();
    });
}

void TestPreferencesDialog::ownFieldsEmptySaysWhereTheyComeFrom()
{
    PreferencesDialog dialog(*m_store, m_stack);
    const auto *empty = dialog.findChild<QLabel *>(QStringLiteral("ownFieldsEmpty"));
    QCOMPARE(qobject_cast<const QStackedWidget *>(empty->parentWidget())->currentWidget(), empty);
    QVERIFY(empty->text().contains(QStringLiteral("Keep as your own fields")));
}

void TestPreferencesDialog::ownFieldsAreListedWithTheirCustomers()
{
    addOwnFields();
    PreferencesDialog dialog(*m_store, m_stack);
    QCOMPARE(listed(dialog, 0), (QStringList{rank, points, birthday}));
    QCOMPARE(listed(dialog, 1), (QStringList{ownFieldTypeName(OwnFieldType::Text), ownFieldTypeName(OwnFieldType::Text),
                                             ownFieldTypeName(OwnFieldType::Date)}));
    QCOMPARE(listed(dialog, 2), (QStringList{u"2"_qs, u"2"_qs, u"1"_qs}));
    // The first is selected: it cannot move up.
    QVERIFY(!box<QPushButton>(dialog, "moveOwnFieldUp")->isEnabled());
    QVERIFY(box<QPushButton>(dialog, "moveOwnFieldDown")->isEnabled());
}

void TestPreferencesDialog::ownFieldsChangedOneStepEachAndUndone()
{
    addOwnFields();
    const QMap<QString, OwnFieldValues> before = ownFieldsByName();
    PreferencesDialog dialog(*m_store, m_stack);

    selectField(dialog, rank);
    answerNextDialog([](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        QVERIFY(input);
        QCOMPARE(input->textValue(), rank);
        input->setTextValue(QStringLiteral(" Rank "));
        input->accept();
    });
    box<QPushButton>(dialog, "renameOwnField")->click();
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(ownFieldsByName().value(u"Ben"_qs).value(u"Rank"_qs), u"シルバー"_qs);
    QCOMPARE(listed(dialog, 0), (QStringList{u"Rank"_qs, points, birthday}));

    selectField(dialog, points);
    auto *type = box<QComboBox>(dialog, "ownFieldType");
    QCOMPARE(type->currentData().toInt(), int(OwnFieldType::Text));
    type->setCurrentIndex(type->findData(int(OwnFieldType::Number)));
    QCOMPARE(m_stack.count(), 2);
    QCOMPARE(ownFieldsByName().value(u"Aiko"_qs).value(points), u"1500"_qs);
    QCOMPARE(ownFieldsByName().value(u"Ben"_qs).value(points), u"lots"_qs);
    QCOMPARE(listed(dialog, 1).at(1), ownFieldTypeName(OwnFieldType::Number));

    selectField(dialog, birthday);
    QString question;
    answerNextDialog([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    box<QPushButton>(dialog, "deleteOwnField")->click();
    QVERIFY2(question.contains(QStringLiteral("1 customer")), qPrintable(question));
    QCOMPARE(m_stack.count(), 3);
    QVERIFY(!ownFieldsByName().value(u"Aiko"_qs).contains(birthday));

    selectField(dialog, u"Rank"_qs);
    box<QPushButton>(dialog, "moveOwnFieldDown")->click();
    QCOMPARE(m_stack.count(), 4);
    QCOMPARE(listed(dialog, 0), (QStringList{points, u"Rank"_qs}));
    const QList<OwnFieldDefinition> after = {{points, OwnFieldType::Number}, {u"Rank"_qs, OwnFieldType::Text}};
    QCOMPARE(m_store->settings().ownFields, after);
    const QMap<QString, OwnFieldValues> changed = ownFieldsByName();

    // Four steps back: every value as it was, "1,500" as it was written.
    while (m_stack.canUndo())
        m_stack.undo();
    QCOMPARE(ownFieldsByName(), before);
    QCOMPARE(m_store->settings(), m_stored);
    QCOMPARE(listed(dialog, 0), (QStringList{rank, points, birthday}));
    while (m_stack.canRedo())
        m_stack.redo();
    QCOMPARE(ownFieldsByName(), changed);
    QCOMPARE(m_store->settings().ownFields, after);
}

void TestPreferencesDialog::ownFieldRenameRefusedSaysWhy()
{
    addOwnFields();
    PreferencesDialog dialog(*m_store, m_stack);
    selectField(dialog, rank);
    answerNextDialog([](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        QVERIFY(input);
        input->setTextValue(points);
        input->accept();
    });
    box<QPushButton>(dialog, "renameOwnField")->click();
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(m_store->settings().ownFields, m_stored.ownFields);
    const auto *problem = box<QLabel>(dialog, "ownFieldsProblem");
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(points), qPrintable(problem->text()));
}

void TestPreferencesDialog::ownFieldDeleteCancelledChangesNothing()
{
    addOwnFields();
    const QMap<QString, OwnFieldValues> before = ownFieldsByName();
    PreferencesDialog dialog(*m_store, m_stack);
    selectField(dialog, rank);
    answerNextDialog([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("2 customer")), qPrintable(box->text()));
        box->button(QMessageBox::Cancel)->click();
    });
    box<QPushButton>(dialog, "deleteOwnField")->click();
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(ownFieldsByName(), before);
    QCOMPARE(m_store->settings(), m_stored);
}

void TestPreferencesDialog::acceptKeepsOwnFieldChanges()
{
    addOwnFields();
    PreferencesDialog dialog(*m_store, m_stack);
    selectField(dialog, points);
    box<QPushButton>(dialog, "moveOwnFieldUp")->click();
    box<QSpinBox>(dialog, "capacity")->setValue(30);
    dialog.accept();
    QCOMPARE(m_stack.count(), 2);
    QCOMPARE(m_store->settings().oneToOneCapacity, 30);
    QCOMPARE(m_store->settings().ownFields.at(0).name, points);
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
