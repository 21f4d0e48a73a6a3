// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates/customermerge.h"

#include <QTest>

using namespace Kindred;

class TestCustomerMerge : public QObject
{
    Q_OBJECT

private slots:
    void defaultWinner_data();
    void defaultWinner();
    void differingFieldsLeaveSameValuesOut();
    void tagsNotesAndPinOfBothAreKept();
    void ownFieldsMergePerField();
};

namespace {
const QDateTime earlier(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
const QDateTime later(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
} // namespace

void TestCustomerMerge::defaultWinner_data()
{
    QTest::addColumn<QString>("keptPhone");
    QTest::addColumn<QString>("otherPhone");
    QTest::addColumn<bool>("otherSavedLater");
    QTest::addColumn<bool>("moreRecentWins");
    QTest::addColumn<bool>("keptWins");

    QTest::newRow("only the other's filled") << "" << "03-1111-2222" << false << true << true;
    QTest::newRow("only the kept's filled") << "03-1111-2222" << "" << true << false << false;
    QTest::newRow("both, other saved later") << "03-1111-2222" << "090-1234-5678" << true << true << false;
    QTest::newRow("both, kept saved later") << "03-1111-2222" << "090-1234-5678" << false << false << false;
}

void TestCustomerMerge::defaultWinner()
{
    QFETCH(QString, keptPhone);
    QFETCH(QString, otherPhone);
    QFETCH(bool, otherSavedLater);
    QFETCH(bool, moreRecentWins);
    QFETCH(bool, keptWins);
    Customer kept, other;
    kept.id = 1;
    other.id = 2;
    kept.phone = keptPhone;
    other.phone = otherPhone;
    kept.updated = otherSavedLater ? earlier : later;
    other.updated = otherSavedLater ? later : earlier;
    const CustomerMerge merge(kept, other);
    const MergeField phone{CustomerField::Phone, {}};
    QCOMPARE(merge.differingFields(), QList<MergeField>{phone});
    QCOMPARE(merge.otherWinsByDefault(phone, CustomerMerge::Tie::MoreRecent), moreRecentWins);
    QCOMPARE(merge.otherWinsByDefault(phone, CustomerMerge::Tie::Kept), keptWins);
    const Customer merged = merge.mergedByDefault(CustomerMerge::Tie::MoreRecent);
    QCOMPARE(merged.id, 1);
    QCOMPARE(merged.phone, moreRecentWins ? otherPhone : keptPhone);
}

void TestCustomerMerge::differingFieldsLeaveSameValuesOut()
{
    Customer kept, other;
    kept.name = other.name = QStringLiteral("高橋 一郎");
    kept.email = QStringLiteral("ichiro@example.jp");
    other.valueFit = 60;
    other.valueAwareness = 30;
    other.nextActionDue = QDate(2026, 4, 1);
    const QList<MergeField> fields = CustomerMerge(kept, other).differingFields();
    QCOMPARE(fields, (QList<MergeField>{{CustomerField::Email, {}}, {CustomerField::NextAction, {}},
                                       {CustomerField::Scores, {}}}));
    const Customer merged = CustomerMerge(kept, other).merged({{CustomerField::Scores, {}}});
    QCOMPARE(merged.valueFit, std::optional<double>(60));
    QCOMPARE(merged.valueAwareness, std::optional<double>(30));
    QVERIFY(!merged.nextActionDue.isValid());
}

void TestCustomerMerge::tagsNotesAndPinOfBothAreKept()
{
    Customer kept, other;
    kept.tags = {QStringLiteral("VIP"), QStringLiteral("店頭")};
    other.tags = {QStringLiteral("店頭"), QStringLiteral("web")};
    kept.notes = QStringLiteral("誕生日に花");
    other.notes = QStringLiteral("Prefers email");
    other.pinned = true;
    Customer merged = CustomerMerge(kept, other).merged({});
    QCOMPARE(merged.tags, (QStringList{QStringLiteral("VIP"), QStringLiteral("店頭"), QStringLiteral("web")}));
    QCOMPARE(merged.notes, QStringLiteral("誕生日に花\n\nPrefers email"));
    QVERIFY(merged.pinned);
    // The same note twice, or one side empty: written once.
    other.notes = kept.notes;
    QCOMPARE(CustomerMerge(kept, other).merged({}).notes, kept.notes);
    kept.notes.clear();
    QCOMPARE(CustomerMerge(kept, other).merged({}).notes, other.notes);
}

void TestCustomerMerge::ownFieldsMergePerField()
{
    Customer kept, other;
    kept.ownFields = {{QStringLiteral("会員ランク"), QStringLiteral("ゴールド")}, {QStringLiteral("地域"), QStringLiteral("関東")}};
    other.ownFields = {{QStringLiteral("会員ランク"), QStringLiteral("シルバー")},
                       {QStringLiteral("生年月日"), QStringLiteral("1980-04-01")},
                       {QStringLiteral("地域"), QStringLiteral("関東")}};
    const CustomerMerge merge(kept, other);
    const MergeField rank{CustomerField::OwnFields, QStringLiteral("会員ランク")};
    const MergeField birthday{CustomerField::OwnFields, QStringLiteral("生年月日")};
    QCOMPARE(merge.differingFields(), (QList<MergeField>{rank, birthday}));
    QCOMPARE(rank.label(), QStringLiteral("会員ランク"));
    QCOMPARE(rank.key(), QStringLiteral("会員ランク"));
    const Customer merged = merge.mergedByDefault(CustomerMerge::Tie::Kept);
    QCOMPARE(merged.ownFields,
             (OwnFieldValues{{QStringLiteral("会員ランク"), QStringLiteral("ゴールド")},
                             {QStringLiteral("生年月日"), QStringLiteral("1980-04-01")},
                             {QStringLiteral("地域"), QStringLiteral("関東")}}));
    // The other's empty value chosen: the field goes.
    const Customer emptied = CustomerMerge(other, kept).merged({birthday});
    QVERIFY(!emptied.ownFields.contains(QStringLiteral("生年月日")));
}

QTEST_GUILESS_MAIN(TestCustomerMerge)
#include "tst_customermerge.moc"
