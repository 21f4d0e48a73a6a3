// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/changesettings.h"
#include "store/customerstore.h"
#include "customertablemodel.h"
#include "excellencerule.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Kindred;

// Changing the workspace settings (the excellent-customer rule) as an undo step.
class TestChangeSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void undoRedoTheRule();
    void storeThatRefusesMakesTheStepObsolete();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CustomerStore> m_store;
    CustomerId m_ann = 0;
};

void TestChangeSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CustomerStore>();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("t.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    Customer ann;
    ann.name = QStringLiteral("Ann");
    m_ann = m_store->addCustomer(ann).value();
    QList<Order> orders{{0, m_ann, QStringLiteral("1"), QDate::currentDate(), 900.0}};
    QCOMPARE(m_store->addOrders(orders), std::nullopt);
}

void TestChangeSettings::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestChangeSettings::undoRedoTheRule()
{
    CustomerTableModel model(*m_store);
    QCOMPARE(model.reload(), std::nullopt);
    QCOMPARE(model.stageAt(0), Stage::FirstTime);
    const WorkspaceSettings before = m_store->settings();
    WorkspaceSettings after = before;
    after.excellenceRule =
        ExcellenceRule(ExcellenceRule::Combinator::All, {{RuleField::Revenue, RuleOperator::AtLeast, 500, {}}})
            .toJson();
    after.oneToOneCapacity = 7;

    QUndoStack stack;
    QSignalSpy changed(m_store.get(), &CustomerStore::settingsChanged);
    stack.push(new ChangeSettings(*m_store, after, QStringLiteral("Change the rule")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_store->settings(), after);
    QCOMPARE(model.stageAt(0), Stage::Core);
    QCOMPARE(stack.undoText(), QStringLiteral("Change the rule"));

    stack.undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_store->settings(), before);
    QCOMPARE(model.stageAt(0), Stage::FirstTime);

    stack.redo();
    QCOMPARE(m_store->settings(), after);
    QCOMPARE(model.stageAt(0), Stage::Core);

    // The settings are saved: a store opened afresh has them.
    m_store->close();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("t.kindred"))), std::nullopt);
    QCOMPARE(m_store->settings(), after);
}

void TestChangeSettings::storeThatRefusesMakesTheStepObsolete()
{
    WorkspaceSettings after = m_store->settings();
    after.dormantDays = 90;
    m_store->close();
    QUndoStack stack;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".+")));
    stack.push(new ChangeSettings(*m_store, after, QStringLiteral("Change")));
    QCOMPARE(stack.count(), 0);
}

QTEST_MAIN(TestChangeSettings)
#include "tst_changesettings.moc"
