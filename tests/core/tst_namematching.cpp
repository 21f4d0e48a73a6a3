// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates/namematching.h"

#include <QTest>

using namespace Kindred;

class TestNameMatching : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void steps_data();
    void steps();
    void anyOrder_data();
    void anyOrder();
    void variantsFound();
    void variantTable_data();
    void variantTable();
    void emptyName();
};

void TestNameMatching::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << QStringLiteral("John SMITH") << QStringLiteral("john smith");
    QTest::newRow("full-width latin") << QStringLiteral("ＹＡＭＡＤＡ") << QStringLiteral("yamada");
    QTest::newRow("half-width kana") << QStringLiteral("ﾔﾏﾀﾞ ﾀﾛｳ") << QStringLiteral("ヤマダ タロウ");
    QTest::newRow("full-width space") << QStringLiteral("山田　太郎") << QStringLiteral("山田 太郎");
    QTest::newRow("circled kabu") << QStringLiteral("㈱ソニー") << QStringLiteral("(株)ソニー");
    QTest::newRow("capital sharp s") << QStringLiteral("STRAẞE") << QStringLiteral("straße");
    QTest::newRow("german") << QStringLiteral("JÜRGEN") << QStringLiteral("jürgen");
}

void TestNameMatching::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(NameMatching::fold(text), folded);
}

void TestNameMatching::steps_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected"); // folded, variants, transliterated, unaccented
    auto row = [](const char *tag, const QString &name, const QStringList &steps) {
        QTest::newRow(tag) << name << steps;
    };
    const QString yamada = QStringLiteral("山田太郎");
    row("japanese with space", QStringLiteral("山田 太郎"), {yamada, yamada, yamada, yamada});
    row("japanese full-width space", QStringLiteral("山田　太郎"), {yamada, yamada, yamada, yamada});
    row("japanese no space", yamada, {yamada, yamada, yamada, yamada});
    row("takahashi", QStringLiteral("髙橋 一郎"),
        {QStringLiteral("髙橋一郎"), QStringLiteral("高橋一郎"), QStringLiteral("高橋一郎"), QStringLiteral("高橋一郎")});
    row("watanabe", QStringLiteral("渡邉"), {QStringLiteral("渡邉"), QStringLiteral("渡辺"), QStringLiteral("渡辺"),
                                            QStringLiteral("渡辺")});
    row("saito old", QStringLiteral("齋藤"), {QStringLiteral("齋藤"), QStringLiteral("斎藤"), QStringLiteral("斎藤"),
                                             QStringLiteral("斎藤")});
    row("yoshida outside the BMP", QStringLiteral("𠮷田"),
        {QStringLiteral("𠮷田"), QStringLiteral("吉田"), QStringLiteral("吉田"), QStringLiteral("吉田")});
    row("yamazaki", QStringLiteral("山﨑"), {QStringLiteral("山﨑"), QStringLiteral("山崎"), QStringLiteral("山崎"),
                                           QStringLiteral("山崎")});
    row("kana keep voicing", QStringLiteral("ﾔﾏﾀﾞ"),
        {QStringLiteral("ヤマダ"), QStringLiteral("ヤマダ"), QStringLiteral("ヤマダ"), QStringLiteral("ヤマダ")});
    row("prolonged sound mark", QStringLiteral("ヨーコ"),
        {QStringLiteral("ヨーコ"), QStringLiteral("ヨーコ"), QStringLiteral("ヨーコ"), QStringLiteral("ヨーコ")});
    row("german", QStringLiteral("Jürgen Müller"),
        {QStringLiteral("jürgenmüller"), QStringLiteral("jürgenmüller"), QStringLiteral("juergenmueller"),
         QStringLiteral("jurgenmuller")});
    row("sharp s", QStringLiteral("Günter Strauß"),
        {QStringLiteral("günterstrauß"), QStringLiteral("günterstrauß"), QStringLiteral("guenterstrauss"),
         QStringLiteral("gunterstrauss")});
    row("french", QStringLiteral("François Lefèvre"),
        {QStringLiteral("françoislefèvre"), QStringLiteral("françoislefèvre"), QStringLiteral("francoislefevre"),
         QStringLiteral("francoislefevre")});
    row("french ligature", QStringLiteral("Cœur"),
        {QStringLiteral("cœur"), QStringLiteral("cœur"), QStringLiteral("coeur"), QStringLiteral("coeur")});
    row("combining accent composed", QStringLiteral("Hele\u0300ne"),
        {QStringLiteral("helène"), QStringLiteral("helène"), QStringLiteral("helene"), QStringLiteral("helene")});
    row("combining accent alone", QStringLiteral("Aq\u0301a"),
        {QStringLiteral("aq\u0301a"), QStringLiteral("aq\u0301a"), QStringLiteral("aqa"), QStringLiteral("aqa")});
    row("english punctuation", QStringLiteral("Mary-Ann O'Brien"),
        {QStringLiteral("maryannobrien"), QStringLiteral("maryannobrien"), QStringLiteral("maryannobrien"),
         QStringLiteral("maryannobrien")});
    row("danish", QStringLiteral("Søren"), {QStringLiteral("søren"), QStringLiteral("søren"), QStringLiteral("soren"),
                                           QStringLiteral("soren")});
}

void TestNameMatching::steps()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    const NameMatching::Keys keys = NameMatching::keys(name);
    QStringList steps;
    for (int step = 0; step < NameMatching::StepCount; ++step)
        steps.append(keys.inOrder[step]);
    QCOMPARE(steps, expected);
}

void TestNameMatching::anyOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("sameInOrder");
    QTest::addColumn<bool>("lastFirst"); // of a
    QTest::newRow("reversed") << QStringLiteral("Müller Jürgen") << QStringLiteral("Jürgen Müller") << false << false;
    QTest::newRow("last, first") << QStringLiteral("Müller, Jürgen") << QStringLiteral("Jürgen Müller") << false << true;
    QTest::newRow("japanese comma") << QStringLiteral("山田、太郎") << QStringLiteral("山田 太郎") << true << true;
    QTest::newRow("english") << QStringLiteral("SMITH, John") << QStringLiteral("John Smith") << false << true;
    QTest::newRow("romaji") << QStringLiteral("Yamada Taro") << QStringLiteral("Taro YAMADA") << false << false;
}

void TestNameMatching::anyOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, sameInOrder);
    QFETCH(bool, lastFirst);
    const auto ka = NameMatching::keys(a);
    const auto kb = NameMatching::keys(b);
    QCOMPARE(ka.inOrder[NameMatching::Folded] == kb.inOrder[NameMatching::Folded], sameInOrder);
    QCOMPARE(ka.sorted[NameMatching::Folded], kb.sorted[NameMatching::Folded]);
    QCOMPARE(ka.lastFirst, lastFirst);
    QVERIFY(!kb.lastFirst);
}

void TestNameMatching::variantsFound()
{
    const auto keys = NameMatching::keys(QStringLiteral("髙﨑 𠮷男"));
    QCOMPARE(keys.variants, (QList<char32_t>{U'髙', U'﨑', U'𠮷'}));
    QCOMPARE(keys.inOrder[NameMatching::Variants], QStringLiteral("高崎吉男"));
    QVERIFY(NameMatching::keys(QStringLiteral("高崎")).variants.isEmpty());
}

void TestNameMatching::variantTable_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("everyday");
    const char16_t *pairs[][2] = {{u"髙", u"高"}, {u"﨑", u"崎"}, {u"邊", u"辺"}, {u"邉", u"辺"}, {u"齋", u"斎"},
                                  {u"齊", u"斎"}, {u"斉", u"斎"}, {u"澤", u"沢"}, {u"濱", u"浜"}, {u"德", u"徳"},
                                  {u"櫻", u"桜"}, {u"廣", u"広"}, {u"國", u"国"}, {u"嶋", u"島"}, {u"嶌", u"島"},
                                  {u"籠", u"篭"}, {u"高", u"高"}, {u"田", u"田"}};
    for (const auto &pair : pairs)
        QTest::newRow(qPrintable(QString::fromUtf16(pair[0]))) << QString::fromUtf16(pair[0]) << QString::fromUtf16(pair[1]);
}

void TestNameMatching::variantTable()
{
    QFETCH(QString, variant);
    QFETCH(QString, everyday);
    QCOMPARE(NameMatching::variantOf(variant.toUcs4().constFirst()), everyday.toUcs4().constFirst());
}

void TestNameMatching::emptyName()
{
    QVERIFY(NameMatching::keys(QString()).isEmpty());
    QVERIFY(NameMatching::keys(QStringLiteral("  　 ")).isEmpty());
    QVERIFY(NameMatching::keys(QStringLiteral(" - , ")).isEmpty());
}

QTEST_GUILESS_MAIN(TestNameMatching)
#include "tst_namematching.moc"
