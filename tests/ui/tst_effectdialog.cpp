// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customertablemodel.h"
#include "effectchart.h"
#include "effectdialog.h"
#include "money.h"
#include "store/customerstore.h"

#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

// Analysis ▸ One-to-one Effect on a store where, two days ago, Ann and Cleo
// were called in quadrant I; Ann moved to II today and ordered, Cleo stayed;
// Ben was not called and stayed.
class TestEffectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsBothGroups();
    void followsTheChosenDay();

private:
    QString cell(const EffectDialog &dialog, int row, int column) const
    {
        const QTableWidgetItem *item = dialog.table().item(row, column);
        return item ? item->text() : QString();
    }

    QTemporaryDir m_dir;
    CustomerStore m_store;
    std::unique_ptr<CustomerTableModel> m_model;
};

void TestEffectDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_store.open(m_dir.filePath(QStringLiteral("e.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    WorkspaceSettings settings = m_store.settings();
    settings.currency = QStringLiteral("EUR");
    QCOMPARE(m_store.setSettings(settings), std::nullopt);
    QList<Customer> customers(3);
    const QStringList names{QStringLiteral("Ann"), QStringLiteral("Ben"), QStringLiteral("Cleo")};
    for (int i = 0; i < 3; ++i) {
        customers[i].name = names.at(i);
        customers[i].valueFit = 70;
        customers[i].valueAwareness = 20;
        customers[i].created = QDateTime::currentDateTime().addDays(-30);
    }
    QCOMPARE(m_store.addCustomers(customers), std::nullopt);
    QList<Order> orders{{0, customers[0].id, {}, QDate::currentDate(), 1234.5}};
    QCOMPARE(m_store.addOrders(orders), std::nullopt);
    const QDateTime twoDaysAgo(QDate::currentDate().addDays(-2), QTime(12, 0));
    for (int i : {0, 2}) {
        Contact call{0, customers[i].id, twoDaysAgo, QStringLiteral("call"), {}, {}};
        QCOMPARE(m_store.addContact(call), std::nullopt);
    }
    Customer ann = customers[0];
    ann.valueAwareness = 65;
    QCOMPARE(m_store.updateCustomer(ann, CustomerField::Scores), std::nullopt);
    m_model = std::make_unique<CustomerTableModel>(m_store);
    QCOMPARE(m_model->reload(), std::nullopt);
}

void TestEffectDialog::showsBothGroups()
{
    EffectDialog dialog(m_store, *m_model);
    QCOMPARE(dialog.since(), QDate::currentDate().addDays(-90));
    QCOMPARE(dialog.summary().until, QDate::currentDate());

    const QStringList contacted{QStringLiteral("2"), QStringLiteral("1 (50%)"), QStringLiteral("+22.5"),
                                QStringLiteral("1"), Money(QStringLiteral("EUR")).format(1234.5),
                                QStringLiteral("0 (0%)")};
    const QStringList others{QStringLiteral("1"), QStringLiteral("0 (0%)"), QStringLiteral("0"),
                             QStringLiteral("0"), Money(QStringLiteral("EUR")).format(0.0), QStringLiteral("0 (0%)")};
    QCOMPARE(dialog.table().rowCount(), contacted.size());
    for (int row = 0; row < contacted.size(); ++row) {
        QCOMPARE(cell(dialog, row, 0), contacted.at(row));
        QCOMPARE(cell(dialog, row, 1), others.at(row));
    }
    QCOMPARE(dialog.chart().barLabels(), (QStringList{QStringLiteral("50% (1 of 2)"), QStringLiteral("0% (0 of 1)")}));
    QCOMPARE(dialog.chart().summary().contacted.movedIToII, 1);
}

void TestEffectDialog::followsTheChosenDay()
{
    EffectDialog dialog(m_store, *m_model);
    // From today on the calls lie before the period: all three are "not contacted", Ann moved.
    dialog.setSince(QDate::currentDate());
    QTRY_COMPARE(dialog.summary().since, QDate::currentDate());
    QCOMPARE(dialog.summary().contacted.customers, 0);
    QCOMPARE(dialog.summary().notContacted.customers, 3);
    QCOMPARE(dialog.summary().notContacted.movedIToII, 1);
    QCOMPARE(cell(dialog, 0, 0), QStringLiteral("0"));
    QCOMPARE(cell(dialog, 2, 0), QStringLiteral("–"));
    QCOMPARE(dialog.chart().barLabels().constFirst(), QStringLiteral("no customers"));
}

QTEST_MAIN(TestEffectDialog)
#include "tst_effectdialog.moc"
