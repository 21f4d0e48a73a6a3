// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/changesettings.h"
#include "store/customerstore.h"
#include "preferencesdialog.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
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

private:
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

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
