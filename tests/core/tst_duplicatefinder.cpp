// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates/duplicatefinder.h"

#include <QSet>
#include <QTest>

using namespace Kindred;

Q_DECLARE_METATYPE(Kindred::DuplicateCandidate)

namespace {
using R = DuplicateReason;

DuplicateCandidate person(CustomerId id, const QString &name, const QString &email = QString(),
                          const QString &phone = QString(), const QString &company = QString(),
                          const QString &postalCode = QString(), const QString &address = QString())
{
    return {id, name, email, phone, company, postalCode, address};
}

QList<DuplicateReason> kinds(const QList<MatchReason> &reasons)
{
    QList<DuplicateReason> list;
    for (const MatchReason &r : reasons)
        list.append(r.reason);
    return list;
}

constexpr DuplicateReason kAllReasons[] = {
    R::SameEmail,    R::SameEmailButForCase, R::GmailDots,      R::GmailDomain,   R::EmailPlusTag,
    R::SamePhone,    R::SamePhoneCountryCode, R::SameName,      R::NameCaseOrWidth, R::NameVariant,
    R::NameTransliterated, R::NameAccents,  R::NameLastFirst,  R::NameReversed,  R::SameCompany,
    R::SameCompanyLegalForm,
};
} // namespace

class TestDuplicateFinder : public QObject
{
    Q_OBJECT

private slots:
    void reasons_data();
    void reasons();
    void nothingShared_data();
    void nothingShared();
    void variantDetail();
    void plusTagDetail();
    void contactDetailOutranksEveryName();
    void commonNamesRankLower();
    void sharedAddressWithANameIsAsSureAsAContact();
    void pairsAreOrderedAndOnce();
    void notDuplicatesAreLeftOut();
    void sameIdIsNoPair();
    void largeBucketsNeedMore();
    void lookAlikes();
    void lookAlikesTakeTheLikeliest();
    void lookAlikesOfACommonName();
    void reasonTexts();
};

void TestDuplicateFinder::reasons_data()
{
    QTest::addColumn<DuplicateCandidate>("a");
    QTest::addColumn<DuplicateCandidate>("b");
    QTest::addColumn<QList<DuplicateReason>>("expected");
    const QString jp = QStringLiteral("東京 一郎");
    auto row = [](const char *tag, const DuplicateCandidate &a, const DuplicateCandidate &b,
                  const QList<DuplicateReason> &expected) { QTest::newRow(tag) << a << b << expected; };
    // Contact details, with names that differ.
    row("same email", person(1, QStringLiteral("Ann Lee"), QStringLiteral("ann@example.com")),
        person(2, QStringLiteral("Bob Lee"), QStringLiteral("ann@example.com")), {R::SameEmail});
    row("email case", person(1, QStringLiteral("Ann Lee"), QStringLiteral("Ann@Example.com")),
        person(2, QStringLiteral("A. L."), QStringLiteral("ann@example.COM")), {R::SameEmailButForCase});
    row("gmail dots", person(1, QStringLiteral("山田 太郎"), QStringLiteral("taro.yamada@gmail.com")),
        person(2, QStringLiteral("ヤマダ タロウ"), QStringLiteral("taroyamada@gmail.com")), {R::GmailDots});
    row("googlemail", person(1, QStringLiteral("Jürgen"), QStringLiteral("juergen@googlemail.com")),
        person(2, QStringLiteral("J."), QStringLiteral("juergen@gmail.com")), {R::GmailDomain});
    row("gmail tag", person(1, QStringLiteral("Ann"), QStringLiteral("ann+shop@gmail.com")),
        person(2, QStringLiteral("Anna"), QStringLiteral("ann@gmail.com")), {R::EmailPlusTag});
    row("same phone", person(1, QStringLiteral("Ann"), {}, QStringLiteral("03-1111-2222")),
        person(2, QStringLiteral("Bob"), {}, QStringLiteral("0311112222")), {R::SamePhone});
    row("phone country code jp", person(1, QStringLiteral("山田"), {}, QStringLiteral("+81 3-1111-2222")),
        person(2, QStringLiteral("田中"), {}, QStringLiteral("03-1111-2222")), {R::SamePhoneCountryCode});
    row("phone country code de", person(1, QStringLiteral("Jürgen"), {}, QStringLiteral("+49 30 123456")),
        person(2, QStringLiteral("Jörg"), {}, QStringLiteral("030 123456")), {R::SamePhoneCountryCode});
    // Names.
    row("same name", person(1, jp), person(2, jp), {R::SameName});
    row("same name, spaces simplified", person(1, QStringLiteral(" John  Smith ")), person(2, QStringLiteral("John Smith")),
        {R::SameName});
    row("full-width space", person(1, QStringLiteral("山田　太郎")), person(2, QStringLiteral("山田太郎")),
        {R::NameCaseOrWidth});
    row("case", person(1, QStringLiteral("JOHN SMITH")), person(2, QStringLiteral("John Smith")), {R::NameCaseOrWidth});
    row("full-width letters", person(1, QStringLiteral("ＪＯＨＮ　ＳＭＩＴＨ")), person(2, QStringLiteral("John Smith")),
        {R::NameCaseOrWidth});
    row("variant", person(1, QStringLiteral("髙橋 一郎")), person(2, QStringLiteral("高橋 一郎")), {R::NameVariant});
    row("variant and space", person(1, QStringLiteral("渡邉　健")), person(2, QStringLiteral("渡辺健")), {R::NameVariant});
    row("umlauts written out", person(1, QStringLiteral("Jürgen Müller")), person(2, QStringLiteral("Juergen Mueller")),
        {R::NameTransliterated});
    row("sharp s", person(1, QStringLiteral("Hans Strauß")), person(2, QStringLiteral("Hans Strauss")), {R::NameAccents});
    row("umlauts lost", person(1, QStringLiteral("Jürgen Müller")), person(2, QStringLiteral("Jurgen Muller")),
        {R::NameAccents});
    row("french accents", person(1, QStringLiteral("François Lefèvre")), person(2, QStringLiteral("Francois Lefevre")),
        {R::NameAccents});
    row("last, first", person(1, QStringLiteral("Müller, Jürgen")), person(2, QStringLiteral("Jürgen Müller")),
        {R::NameLastFirst});
    row("reversed", person(1, QStringLiteral("Müller Jürgen")), person(2, QStringLiteral("Jürgen Müller")),
        {R::NameReversed});
    row("reversed english", person(1, QStringLiteral("Smith John")), person(2, QStringLiteral("john smith")),
        {R::NameReversed});
    row("reversed with variant", person(1, QStringLiteral("髙橋 一郎")), person(2, QStringLiteral("一郎 高橋")),
        {R::NameVariant, R::NameReversed});
    row("reversed and written out", person(1, QStringLiteral("Mueller, Juergen")), person(2, QStringLiteral("Jürgen Müller")),
        {R::NameTransliterated, R::NameLastFirst});
    // Companies support a name.
    row("same company", person(1, jp, {}, {}, QStringLiteral("ソニー株式会社")),
        person(2, jp, {}, {}, QStringLiteral("ソニー株式会社")), {R::SameName, R::SameCompany});
    row("company legal form", person(1, jp, {}, {}, QStringLiteral("株式会社ソニー")),
        person(2, jp, {}, {}, QStringLiteral("ソニー(株)")), {R::SameName, R::SameCompanyLegalForm});
    row("company gmbh", person(1, QStringLiteral("Jürgen Müller"), {}, {}, QStringLiteral("Müller GmbH")),
        person(2, QStringLiteral("Jürgen Müller"), {}, {}, QStringLiteral("Mueller")),
        {R::SameName, R::SameCompanyLegalForm});
    // Everything at once, strongest first.
    row("all", person(1, QStringLiteral("Jürgen Müller"), QStringLiteral("JM@example.de"), QStringLiteral("+49 30 123456"),
                      QStringLiteral("ACME GmbH")),
        person(2, QStringLiteral("Jürgen Müller"), QStringLiteral("jm@example.de"), QStringLiteral("030 123456"),
               QStringLiteral("Acme")),
        {R::SameEmailButForCase, R::SamePhoneCountryCode, R::SameName, R::SameCompanyLegalForm});
}

void TestDuplicateFinder::reasons()
{
    QFETCH(DuplicateCandidate, a);
    QFETCH(DuplicateCandidate, b);
    QFETCH(QList<DuplicateReason>, expected);
    // The workspace's country unknown: numbers written without their country
    // code go with any (see ContactMatching::Phone::sameLine()).
    const DuplicateFinder finder;
    const DuplicatePair pair = finder.compare(a, b);
    QCOMPARE(kinds(pair.reasons), expected);
    QCOMPARE(kinds(finder.compare(b, a).reasons), expected);
    const bool contact = pair.reasons.constFirst().isContact();
    QVERIFY2(contact ? pair.score > 60 && pair.score <= 100 : pair.score > 0 && pair.score < 60,
             qPrintable(QString::number(pair.score)));
    // Found among others as well.
    const QList<DuplicatePair> found = finder.findPairs({person(7, QStringLiteral("Someone Else")), a, b});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().a, 1);
    QCOMPARE(found.constFirst().b, 2);
    QCOMPARE(kinds(found.constFirst().reasons), expected);
    QCOMPARE(found.constFirst().score, pair.score);
}

void TestDuplicateFinder::nothingShared_data()
{
    QTest::addColumn<DuplicateCandidate>("a");
    QTest::addColumn<DuplicateCandidate>("b");
    // What compare() says of them: a company or a one-letter name alone makes no pair.
    QTest::addColumn<QList<DuplicateReason>>("compared");
    QTest::newRow("other people") << person(1, QStringLiteral("Ann Lee"), QStringLiteral("ann@example.com"))
                                  << person(2, QStringLiteral("Bob Lee"), QStringLiteral("bob@example.com")) << QList<DuplicateReason>();
    QTest::newRow("company alone") << person(1, QStringLiteral("Ann"), {}, {}, QStringLiteral("ACME Inc."))
                                   << person(2, QStringLiteral("Bob"), {}, {}, QStringLiteral("ACME Inc.")) << QList<DuplicateReason>{R::SameCompany};
    QTest::newRow("+tag on a company server") << person(1, QStringLiteral("Ann"), QStringLiteral("sales+jp@acme.example"))
                                              << person(2, QStringLiteral("Bob"), QStringLiteral("sales@acme.example")) << QList<DuplicateReason>();
    QTest::newRow("dots outside gmail") << person(1, QStringLiteral("Ann"), QStringLiteral("a.lee@outlook.com"))
                                        << person(2, QStringLiteral("Bob"), QStringLiteral("alee@outlook.com")) << QList<DuplicateReason>();
    QTest::newRow("voiced kana") << person(1, QStringLiteral("ヤマダ")) << person(2, QStringLiteral("ヤマタ")) << QList<DuplicateReason>();
    QTest::newRow("斉藤 is not 斎田") << person(1, QStringLiteral("斉藤")) << person(2, QStringLiteral("斎田")) << QList<DuplicateReason>();
    QTest::newRow("one letter") << person(1, QStringLiteral("A")) << person(2, QStringLiteral("a")) << QList<DuplicateReason>{R::NameCaseOrWidth};
    QTest::newRow("same phone in two countries") << person(1, QStringLiteral("Ann"), {}, QStringLiteral("+33 30 123456"))
                                                 << person(2, QStringLiteral("Bob"), {}, QStringLiteral("030 123456")) << QList<DuplicateReason>();
    QTest::newRow("empty") << person(1, QString()) << person(2, QString()) << QList<DuplicateReason>();
}

void TestDuplicateFinder::nothingShared()
{
    QFETCH(DuplicateCandidate, a);
    QFETCH(DuplicateCandidate, b);
    QFETCH(QList<DuplicateReason>, compared);
    const DuplicateFinder finder(DuplicateOptions{QStringLiteral("49"), {}});
    QVERIFY(finder.findPairs({a, b}).isEmpty());
    QCOMPARE(kinds(finder.compare(a, b).reasons), compared);
}

void TestDuplicateFinder::variantDetail()
{
    const DuplicateFinder finder;
    auto detail = [&](const QString &a, const QString &b) {
        const DuplicatePair pair = finder.compare(person(1, a), person(2, b));
        for (const MatchReason &r : pair.reasons) {
            if (r.reason == R::NameVariant)
                return r.detail;
        }
        return QString();
    };
    QCOMPARE(detail(QStringLiteral("髙橋"), QStringLiteral("高橋")), QStringLiteral("髙/高"));
    QCOMPARE(detail(QStringLiteral("髙﨑"), QStringLiteral("高崎")), QStringLiteral("髙/高, 﨑/崎"));
    QCOMPARE(detail(QStringLiteral("齋藤"), QStringLiteral("齊藤")), QStringLiteral("齋/斎, 齊/斎"));
    QCOMPARE(detail(QStringLiteral("髙﨑"), QStringLiteral("髙崎")), QStringLiteral("﨑/崎"));
    QCOMPARE(detail(QStringLiteral("𠮷田"), QStringLiteral("吉田")), QStringLiteral("𠮷/吉"));
    const MatchReason reason{R::NameVariant, QStringLiteral("髙/高")};
    QCOMPARE(reason.text(), QStringLiteral("same name written with 髙/高"));
}

void TestDuplicateFinder::plusTagDetail()
{
    const DuplicatePair pair = DuplicateFinder().compare(person(1, QStringLiteral("Ann"), QStringLiteral("ann+shop@gmail.com")),
                                                         person(2, QStringLiteral("Bob"), QStringLiteral("ann@gmail.com")));
    QCOMPARE(pair.reasons.size(), 1);
    QCOMPARE(pair.reasons.constFirst().detail, QStringLiteral("+shop"));
    QCOMPARE(pair.reasons.constFirst().text(), QStringLiteral("same email but for the tag +shop"));
}

// A pair that shares only a name, however exactly, with the same company
// besides, ranks below every pair that shares an email or a phone, even
// with names that differ.
void TestDuplicateFinder::contactDetailOutranksEveryName()
{
    const QList<DuplicateCandidate> candidates = {
        person(1, QStringLiteral("佐藤 健"), {}, {}, QStringLiteral("株式会社ソニー")),
        person(2, QStringLiteral("佐藤 健"), {}, {}, QStringLiteral("株式会社ソニー")),
        person(3, QStringLiteral("Ann Lee"), QStringLiteral("ann.lee+a@gmail.com"), QStringLiteral("+49 30 111111"),
               QStringLiteral("Acme")),
        person(4, QStringLiteral("Bob Brown"), QStringLiteral("bob@example.com"), QStringLiteral("030 999999"),
               QStringLiteral("Other")),
        person(5, QStringLiteral("Carl Cole"), QStringLiteral("bob@example.com")),
        person(6, QStringLiteral("Dora Diaz"), {}, QStringLiteral("030 111111")),
        person(7, QStringLiteral("Jürgen Müller")),
        person(8, QStringLiteral("Juergen Mueller")),
    };
    const QList<DuplicatePair> pairs = DuplicateFinder(DuplicateOptions{QStringLiteral("49"), {}}).findPairs(candidates);
    QCOMPARE(pairs.size(), 4);
    QCOMPARE(std::pair(pairs.at(0).a, pairs.at(0).b), std::pair(CustomerId(4), CustomerId(5))); // email, names differ
    QCOMPARE(std::pair(pairs.at(1).a, pairs.at(1).b), std::pair(CustomerId(3), CustomerId(6))); // phone, names differ
    QCOMPARE(std::pair(pairs.at(2).a, pairs.at(2).b), std::pair(CustomerId(1), CustomerId(2))); // name and company
    QCOMPARE(std::pair(pairs.at(3).a, pairs.at(3).b), std::pair(CustomerId(7), CustomerId(8))); // name written out
    QVERIFY(pairs.at(1).score > 60);
    QVERIFY(pairs.at(2).score < 60);
    for (qsizetype i = 1; i < pairs.size(); ++i)
        QVERIFY(pairs.at(i - 1).score >= pairs.at(i).score);
}

// 高橋 and 髙橋 at one address, however written, are one person more
// surely than two 鈴木 一郎 who share nothing else; a household shares an
// address but not a name, and is no pair.
void TestDuplicateFinder::sharedAddressWithANameIsAsSureAsAContact()
{
    const QList<DuplicateCandidate> candidates = {
        person(1, QStringLiteral("高橋 一郎"), QStringLiteral("ichiro@example.jp"), {}, {}, QStringLiteral("100-0001"),
               QStringLiteral("東京都千代田区千代田1-1 さくらビル3F")),
        person(2, QStringLiteral("髙橋 一郎"), QStringLiteral("ichiro.t@example.co.jp"), {}, {},
               QStringLiteral("〒１００－０００１"), QStringLiteral("東京都千代田区千代田１－１　さくらビル ３Ｆ")),
        person(3, QStringLiteral("鈴木 一郎"), QStringLiteral("suzuki1@example.jp")),
        person(4, QStringLiteral("鈴木 一郎"), QStringLiteral("suzuki2@example.jp")),
        person(5, QStringLiteral("高橋 花子"), {}, {}, {}, QStringLiteral("100-0001"),
               QStringLiteral("東京都千代田区千代田1-1 さくらビル3F")),
    };
    const QList<DuplicatePair> pairs = DuplicateFinder().findPairs(candidates);
    QCOMPARE(pairs.size(), 2);
    QCOMPARE(std::pair(pairs.at(0).a, pairs.at(0).b), std::pair(CustomerId(1), CustomerId(2)));
    QVERIFY(kinds(pairs.at(0).reasons).contains(R::SameAddress));
    QVERIFY(kinds(pairs.at(0).reasons).contains(R::NameVariant));
    QVERIFY(pairs.at(0).score > 60);
    QCOMPARE(std::pair(pairs.at(1).a, pairs.at(1).b), std::pair(CustomerId(3), CustomerId(4)));
    QVERIFY(pairs.at(1).score < 60);
}

// Five customers called 佐藤 健 are likelier five people than one: their
// pairs rank below a rarer name written two ways, and below two namesakes.
void TestDuplicateFinder::commonNamesRankLower()
{
    QList<DuplicateCandidate> candidates;
    for (int i = 1; i <= 5; ++i)
        candidates.append(person(i, QStringLiteral("佐藤 健")));
    candidates.append(person(10, QStringLiteral("髙橋 一郎")));
    candidates.append(person(11, QStringLiteral("高橋 一郎")));
    candidates.append(person(20, QStringLiteral("Ann Lee")));
    candidates.append(person(21, QStringLiteral("Ann Lee")));
    const QList<DuplicatePair> pairs = DuplicateFinder().findPairs(candidates);
    QCOMPARE(pairs.size(), 10 + 1 + 1);
    QCOMPARE(std::pair(pairs.at(0).a, pairs.at(0).b), std::pair(CustomerId(20), CustomerId(21)));
    QCOMPARE(std::pair(pairs.at(1).a, pairs.at(1).b), std::pair(CustomerId(10), CustomerId(11)));
    QVERIFY(pairs.at(1).score > pairs.at(2).score);
    QCOMPARE(kinds(pairs.at(2).reasons), QList<DuplicateReason>{R::SameName});
    // Compared alone, two 佐藤 健 are namesakes like any two.
    QCOMPARE(DuplicateFinder().compare(candidates.at(0), candidates.at(1)).score, pairs.at(0).score);
}

void TestDuplicateFinder::pairsAreOrderedAndOnce()
{
    // Three records of one person: three pairs, each once though they share
    // several buckets, the lower id first, ties broken by ids.
    const QList<DuplicateCandidate> candidates = {
        person(30, QStringLiteral("Hélène Dupré"), QStringLiteral("helene@example.fr"), QStringLiteral("01 23 45 67 89")),
        person(10, QStringLiteral("Helene Dupre"), QStringLiteral("helene@example.fr"), QStringLiteral("+33 1 23 45 67 89")),
        person(20, QStringLiteral("DUPRÉ, Hélène"), QStringLiteral("Helene@Example.fr")),
    };
    const QList<DuplicatePair> pairs = DuplicateFinder(DuplicateOptions{QStringLiteral("33"), {}}).findPairs(candidates);
    QCOMPARE(pairs.size(), 3);
    QSet<std::pair<CustomerId, CustomerId>> seen;
    for (const DuplicatePair &pair : pairs) {
        QVERIFY(pair.a < pair.b);
        seen.insert({pair.a, pair.b});
    }
    QCOMPARE(seen.size(), 3);
    QCOMPARE(std::pair(pairs.at(0).a, pairs.at(0).b), std::pair(CustomerId(10), CustomerId(30)));
    QCOMPARE(kinds(pairs.at(0).reasons), (QList<DuplicateReason>{R::SameEmail, R::SamePhoneCountryCode, R::NameAccents}));
}

void TestDuplicateFinder::notDuplicatesAreLeftOut()
{
    const QList<DuplicateCandidate> candidates = {
        person(1, QStringLiteral("髙橋 一郎"), QStringLiteral("ichiro@example.jp")),
        person(2, QStringLiteral("高橋 一郎")),
        person(3, QStringLiteral("高橋 一郎"), QStringLiteral("Ichiro@example.jp")),
    };
    DuplicateOptions options;
    QCOMPARE(DuplicateFinder(options).findPairs(candidates).size(), 3);
    options.notDuplicates.insert(DuplicateOptions::pairKey(3, 1)); // either order
    options.notDuplicates.insert(DuplicateOptions::pairKey(2, 3));
    const QList<DuplicatePair> pairs = DuplicateFinder(options).findPairs(candidates);
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(std::pair(pairs.at(0).a, pairs.at(0).b), std::pair(CustomerId(1), CustomerId(2)));
}

void TestDuplicateFinder::sameIdIsNoPair()
{
    const DuplicateCandidate a = person(5, QStringLiteral("Ann Lee"), QStringLiteral("ann@example.com"));
    QVERIFY(DuplicateFinder().findPairs({a, a}).isEmpty());
}

void TestDuplicateFinder::largeBucketsNeedMore()
{
    // A whole company behind info@, and a very common name: in such a
    // crowd only those who also share their name (or company) are paired.
    QList<DuplicateCandidate> candidates;
    const qsizetype crowd = DuplicateFinder::bucketLimit + 10;
    for (qsizetype i = 0; i < crowd; ++i) {
        candidates.append(person(i + 1, QStringLiteral("Person %1 Number").arg(QChar(char16_t(u'A' + i % 26))) + QString::number(i),
                                 QStringLiteral("info@acme.example")));
    }
    for (qsizetype i = 0; i < crowd; ++i)
        candidates.append(person(1000 + i, QStringLiteral("佐藤 健"), {}, {}, QStringLiteral("会社%1").arg(i)));
    QVERIFY(DuplicateFinder().findPairs(candidates).isEmpty());
    candidates.append(person(500, QStringLiteral("Person B Number1"), QStringLiteral("INFO@acme.example")));
    candidates.append(person(2000, QStringLiteral("佐藤　健"), {}, {}, QStringLiteral("株式会社会社3")));
    const QList<DuplicatePair> pairs = DuplicateFinder().findPairs(candidates);
    QCOMPARE(pairs.size(), 2);
    QCOMPARE(std::pair(pairs.at(0).a, pairs.at(0).b), std::pair(CustomerId(2), CustomerId(500)));
    QCOMPARE(std::pair(pairs.at(1).a, pairs.at(1).b), std::pair(CustomerId(1003), CustomerId(2000)));
    // Under the limit, a crowd is paired in full.
    QCOMPARE(DuplicateFinder().findPairs(candidates.mid(0, 4)).size(), 6);
}

void TestDuplicateFinder::lookAlikes()
{
    const QList<DuplicateCandidate> existing = {
        person(11, QStringLiteral("Ann Lee"), QStringLiteral("ann@example.com")),
        person(12, QStringLiteral("髙橋 一郎")),
        person(13, QStringLiteral("Jürgen Müller"), {}, QStringLiteral("030 123456")),
    };
    const QList<DuplicateCandidate> incoming = {
        person(0, QStringLiteral("Annie"), QStringLiteral("ANN@example.com")),
        person(0, QStringLiteral("Nobody Known"), QStringLiteral("nobody@example.com")),
        person(0, QStringLiteral("高橋一郎")),
        person(0, QStringLiteral("J. M."), {}, QStringLiteral("+49 30 123456")),
        person(0, QStringLiteral("Twin"), QStringLiteral("twin@example.com")),
        person(0, QStringLiteral("Twin"), QStringLiteral("twin@example.com")),
    };
    const QList<LookAlike> found = DuplicateFinder(DuplicateOptions{QStringLiteral("49"), {}}).findLookAlikes(existing, incoming);
    QCOMPARE(found.size(), 3); // the twins are both new: no look-alike of one already there
    QCOMPARE(std::pair(found.at(0).incoming, found.at(0).existing), std::pair(qsizetype(0), qsizetype(0)));
    QCOMPARE(kinds(found.at(0).reasons), QList<DuplicateReason>{R::SameEmailButForCase});
    QCOMPARE(std::pair(found.at(1).incoming, found.at(1).existing), std::pair(qsizetype(2), qsizetype(1)));
    QCOMPARE(kinds(found.at(1).reasons), QList<DuplicateReason>{R::NameVariant});
    QCOMPARE(std::pair(found.at(2).incoming, found.at(2).existing), std::pair(qsizetype(3), qsizetype(2)));
    QCOMPARE(kinds(found.at(2).reasons), QList<DuplicateReason>{R::SamePhoneCountryCode});
    QVERIFY(DuplicateFinder().findLookAlikes({}, incoming).isEmpty());
    QVERIFY(DuplicateFinder().findLookAlikes(existing, {}).isEmpty());
}

void TestDuplicateFinder::lookAlikesTakeTheLikeliest()
{
    const QList<DuplicateCandidate> existing = {
        person(1, QStringLiteral("山田 太郎")),
        person(2, QStringLiteral("山田 花子"), QStringLiteral("taro@example.jp")),
        person(3, QStringLiteral("山田 太郎")),
    };
    const QList<DuplicateCandidate> incoming = {
        person(0, QStringLiteral("山田 太郎"), QStringLiteral("taro@example.jp")),
        person(0, QStringLiteral("山田太郎")),
    };
    const QList<LookAlike> found = DuplicateFinder().findLookAlikes(existing, incoming);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).existing, 1); // the shared email beats the shared name
    QCOMPARE(found.at(1).existing, 0); // of two equal, the first
}

// However many customers share a name, a newcomer with it is named: an
// import warns of every name it has seen before.
void TestDuplicateFinder::lookAlikesOfACommonName()
{
    QList<DuplicateCandidate> existing;
    for (int i = 0; i < DuplicateFinder::bucketLimit + 20; ++i)
        existing.append(person(i + 1, QStringLiteral("佐藤 健"), {}, {}, QStringLiteral("会社%1").arg(i)));
    const QList<DuplicateCandidate> incoming = {
        person(0, QStringLiteral("佐藤　健")),
        person(0, QStringLiteral("佐藤 健"), {}, {}, QStringLiteral("会社65 株式会社")),
        person(0, QStringLiteral("鈴木 一")),
    };
    const QList<LookAlike> found = DuplicateFinder().findLookAlikes(existing, incoming);
    QCOMPARE(found.size(), 2);
    QCOMPARE(std::pair(found.at(0).incoming, found.at(0).existing), std::pair(qsizetype(0), qsizetype(0)));
    QCOMPARE(kinds(found.at(0).reasons), QList<DuplicateReason>{R::SameName});
    // Past the first bucketLimit, found through the company they share.
    QCOMPARE(std::pair(found.at(1).incoming, found.at(1).existing), std::pair(qsizetype(1), qsizetype(65)));
    QCOMPARE(kinds(found.at(1).reasons), (QList<DuplicateReason>{R::SameName, R::SameCompanyLegalForm}));
}

void TestDuplicateFinder::reasonTexts()
{
    QSet<QString> keys;
    QSet<QString> texts;
    for (DuplicateReason reason : kAllReasons) {
        const MatchReason r{reason, QStringLiteral("X")};
        QVERIFY(!r.text().isEmpty());
        QVERIFY(!r.key().isEmpty());
        keys.insert(r.key());
        texts.insert(r.text());
        QCOMPARE(r.isContact(), reason <= R::SamePhoneCountryCode);
    }
    QCOMPARE(keys.size(), int(std::size(kAllReasons)));
    QCOMPARE(texts.size(), int(std::size(kAllReasons)));
    QCOMPARE(MatchReason{R::SamePhone}.text(), QStringLiteral("same phone"));
    QCOMPARE(MatchReason{R::SameEmailButForCase}.text(), QStringLiteral("same email but for case"));
    QCOMPARE(MatchReason{R::GmailDots}.text(), QStringLiteral("Gmail address with dots"));
    QCOMPARE(MatchReason{R::NameReversed}.text(), QStringLiteral("same name in reversed order"));
}

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"
