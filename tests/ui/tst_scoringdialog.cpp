// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customerstore.h"
#include "scoringdialog.h"

#include <QComboBox>
#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Kindred;

// The scoring dialog previews what a survey would change and applies it as one undo step.
class TestScoringDialog : public QObject
{
    Q_OBJECT

private slots:
    void previewThenApplyAsOneStep();
};

void TestScoringDialog::previewThenApplyAsOneStep()
{
    QTemporaryDir dir;
    CustomerStore store;
    QCOMPARE(store.open(dir.filePath(QStringLiteral("d.kindred")), CustomerStore::OpenMode::CreateIfMissing),
             std::nullopt);
    QList<Customer> customers;
    for (const char *email : {"ann@example.com", "ben@example.com"}) {
        Customer c;
        c.name = QString::fromLatin1(email).section(QLatin1Char('@'), 0, 0);
        c.email = QString::fromLatin1(email);
        customers.append(c);
    }
    QVERIFY(!store.addCustomers(customers));
    customers[0].valueFit = 10;
    customers[0].valueAwareness = 10;
    QVERIFY(!store.updateCustomer(customers[0])); // by hand

    QFile survey(dir.filePath(QStringLiteral("autumn.csv")));
    QVERIFY(survey.open(QIODevice::WriteOnly));
    survey.write("Email,共感,自覚,感想\nANN@example.com,とてもそう思う,5,good\nben@example.com,そう思う,2,ok\n");
    survey.close();

    QUndoStack stack;
    ScoringDialog dialog(store, stack);
    dialog.setSurveyFile(survey.fileName());
    auto *table = dialog.findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3); // the email column is no question
    QVERIFY(dialog.plan().updates.isEmpty()); // nothing assigned yet
    static_cast<QComboBox *>(table->cellWidget(0, 1))->setCurrentIndex(1); // 共感: fit
    static_cast<QComboBox *>(table->cellWidget(1, 1))->setCurrentIndex(2); // 自覚: awareness
    QCOMPARE(dialog.scoring().questions.size(), 2);
    // Ann was placed by hand and is left alone; Ben is placed in quadrant I.
    QCOMPARE(dialog.plan().protectedByHand, 1);
    QCOMPARE(dialog.plan().updates.size(), 1);
    QCOMPARE(dialog.plan().newlyPlaced, 1);
    QCOMPARE(dialog.plan().countsAfter[int(Quadrant::I)], 1);
    QCOMPARE(dialog.plan().fitDistribution[7], 1);

    dialog.applyPlan();
    QCOMPARE(stack.count(), 1);
    QCOMPARE(store.customer(customers[1].id).value().valueFit, std::optional<double>(75.0));
    QCOMPARE(store.scoreHistory(customers[1].id).value().constLast().source, QStringLiteral("survey: autumn.csv"));
    stack.undo();
    QCOMPARE(store.customer(customers[1].id).value().valueFit, std::optional<double>());
}

QTEST_MAIN(TestScoringDialog)
#include "tst_scoringdialog.moc"
