// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the search for duplicate customers and prints the figures, with how
// many of the planted duplicates were found. Target: 100,000 customers well
// under a second.
//
//   kindred-bench-duplicates [--customers N] [--planted PERCENT]
//
// The customers are generated: half with Japanese names, the rest German,
// French and English, each with their own email and phone, some with a
// company. The planted duplicates copy a customer with one thing written
// another way (a variant kanji, an umlaut written out, a full-width space,
// the name reversed, a Gmail address without its dots, the phone with its
// country code, the company's legal form, the email's case) and everything
// else new, so that only that one thing ties them.
#include "duplicates/duplicatefinder.h"
#include "processstart.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QTextStream>

#include "benchtiming.h"

using namespace Kindred;

namespace {

QStringList words(const char16_t *text)
{
    return QString::fromUtf16(text).split(u' ', Qt::SkipEmptyParts);
}

// Family names with a variant form, and the form.
const std::pair<const char16_t *, const char16_t *> kVariantFamilies[] = {
    {u"高橋", u"髙橋"}, {u"山崎", u"山﨑"}, {u"渡辺", u"渡邉"}, {u"斎藤", u"齋藤"}, {u"沢田", u"澤田"},
    {u"浜田", u"濱田"}, {u"島田", u"嶋田"}, {u"桜井", u"櫻井"}, {u"広瀬", u"廣瀬"}, {u"吉田", u"𠮷田"},
};

struct Generator
{
    QRandomGenerator random{20261205};
    const QStringList jaFamily = words(u"佐藤 鈴木 田中 伊藤 中村 小林 加藤 山本 山田 松本 井上 木村 林 清水 山口 森 池田 "
                                       u"橋本 阿部 石川 前田 藤田 後藤 岡田 長谷川 村上 近藤 石井 坂本 遠藤 青木 藤井 "
                                       u"西村 福田 太田 三浦 藤原 岡本 松田 中川 中野 原田 小野 田村 竹内 金子 和田 "
                                       u"中山 石田 上田 森田 原 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 谷口 大野 "
                                       u"丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 平野 大塚 千葉 久保 松井 小島 岩崎 "
                                       u"桜井 野口 松尾 野村 木下 菊地 佐野 大西 杉本 新井 高橋 山崎 渡辺 斎藤 沢田 浜田 "
                                       u"島田 広瀬 吉田");
    const QStringList jaGiven1 = words(u"大 健 翔 陽 悠 蒼 湊 蓮 颯 優 結 陽 美 愛 花 真 直 和 智 雄 浩 誠 隆 裕 一 正 "
                                       u"明 光 春 秋");
    const QStringList jaGiven2 = words(u"太 介 人 斗 翔 真 也 樹 輝 郎 子 美 菜 香 奈 花 恵 代 乃 衣");
    const QStringList deFirst = words(u"Jürgen Jörg Günter Björn Sören Jürgen Käthe Müller Hans Peter Klaus Uwe Dieter "
                                      u"Anja Sabine Petra Monika Ursula Heike Birgit Stefan Thomas Michael Andreas "
                                      u"Frank Markus Christian Wolfgang Bernd Ralf Sven Lukas Jonas Leon Finn Felix "
                                      u"Mia Emma Hannah Lea Lena Sophie Marie Jana Katrin Nicole");
    const QStringList deLast = words(u"Müller Schröder Köhler Weiß Groß Schäfer Krüger Jäger Bäcker Möller Hofmann "
                                     u"Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Koch Bauer Richter "
                                     u"Klein Wolf Neumann Schwarz Zimmermann Braun Hartmann Lange Schmitt Werner "
                                     u"Krause Meier Lehmann Schmid Schulze Maier König Walter Huber Kaiser Fuchs Peters "
                                     u"Lang Scholz Möbius Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck");
    const QStringList frFirst = words(u"François Hélène Jérôme Cécile Amélie Chloé Léa Zoé Noël Gaël Élodie Stéphane "
                                      u"Frédéric Sébastien Jean Pierre Marie Claire Luc Paul Louis Hugo Lucas Jules "
                                      u"Camille Manon Inès Sarah Julie Laura Nicolas Julien Thomas Antoine Olivier");
    const QStringList frLast = words(u"Lefèvre Dupré Béranger Gérard Hébert Févier Mérieux Lemaître Château Boucher "
                                     u"Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon "
                                     u"Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel "
                                     u"Girard André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand");
    const QStringList enFirst = words(u"James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David "
                                      u"Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy "
                                      u"Matthew Lisa Anthony Betty Mark Sandra Steven Ashley Paul Emily Andrew Donna");
    const QStringList enLast = words(u"Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore "
                                     u"Jackson White Harris Martin Thompson Young Allen King Wright Scott Green Baker "
                                     u"Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker "
                                     u"Collins Edwards Stewart Morris Murphy Cook Rogers O'Brien");
    const QStringList companies = words(u"ソニー トヨタ 髙島屋 ミツワ 山田商店 Siemens Bosch Acme Dupont Philips Globex "
                                        u"Initech Umbrella Hooli Vandelay Stark Wayne Tyrell Cyberdyne Soylent");
    const QStringList forms = words(u"株式会社 (株) ㈱ 有限会社 GmbH AG Inc. Ltd. LLC SARL S.A. BV");

    QString pick(const QStringList &list) { return list.at(random.bounded(int(list.size()))); }

    DuplicateCandidate customer(CustomerId id)
    {
        DuplicateCandidate c;
        c.id = id;
        const int culture = random.bounded(20); // half Japanese
        if (culture < 10) {
            const QString given = pick(jaGiven1) + pick(jaGiven2);
            c.name = pick(jaFamily) + (random.bounded(2) ? QStringLiteral(" ") : QString()) + given;
            c.phone = QStringLiteral("0%1-%2-%3").arg(random.bounded(3, 10)).arg(id / 10000 % 10000, 4, 10, QChar(u'0'))
                          .arg(id % 10000, 4, 10, QChar(u'0'));
            c.email = QStringLiteral("c%1@example.jp").arg(id);
        } else {
            const QStringList &first = culture < 14 ? deFirst : culture < 17 ? frFirst : enFirst;
            const QStringList &last = culture < 14 ? deLast : culture < 17 ? frLast : enLast;
            c.name = pick(first) + u' ' + pick(last);
            c.phone = QStringLiteral("0%1 %2").arg(random.bounded(30, 90)).arg(1000000 + id);
            c.email = QStringLiteral("c%1@example.eu").arg(id);
        }
        if (random.bounded(4) == 0)
            c.email = QStringLiteral("first.last%1@gmail.com").arg(id);
        if (random.bounded(3) == 0)
            c.company = pick(companies) + u' ' + pick(forms);
        return c;
    }

    // A copy of c tied to it by one thing written another way; nullopt when
    // c has nothing to write that way.
    std::optional<DuplicateCandidate> plant(const DuplicateCandidate &c, CustomerId id, int how)
    {
        DuplicateCandidate copy = customer(id); // new email, phone, company
        copy.company.clear();
        const QStringList parts = c.name.split(u' ');
        switch (how) {
        case 0: // variant kanji
            for (const auto &[everyday, variant] : kVariantFamilies) {
                if (c.name.startsWith(QString::fromUtf16(everyday))) {
                    copy.name = QString(c.name).replace(QString::fromUtf16(everyday), QString::fromUtf16(variant));
                    return copy;
                }
            }
            return std::nullopt;
        case 1: // umlauts written out
            if (!c.name.contains(u'ü') && !c.name.contains(u'ö') && !c.name.contains(u'ä') && !c.name.contains(u'ß'))
                return std::nullopt;
            copy.name = QString(c.name).replace(u'ü', QStringLiteral("ue"))
                            .replace(u'ö', QStringLiteral("oe"))
                            .replace(u'ä', QStringLiteral("ae"))
                            .replace(u'ß', QStringLiteral("ss"));
            return copy;
        case 2: // a full-width space
            if (parts.size() != 2)
                return std::nullopt;
            copy.name = parts.at(0) + u'　' + parts.at(1);
            return copy;
        case 3: // reversed, or "Last, First"
            if (parts.size() != 2)
                return std::nullopt;
            copy.name = parts.at(1) + (id % 2 ? QStringLiteral(", ") : QStringLiteral(" ")) + parts.at(0);
            return copy;
        case 4: // a Gmail address without its dots
            if (!c.email.endsWith(u"@gmail.com"))
                return std::nullopt;
            copy.email = QString(c.email).remove(u'.').replace(QStringLiteral("@gmailcom"), QStringLiteral("@gmail.com"));
            return copy;
        case 5: // a Japanese phone with its country code (the workspace's country)
            if (!c.phone.contains(u'-'))
                return std::nullopt;
            copy.phone = QStringLiteral("+81 ") + c.phone.mid(1);
            return copy;
        case 6: // the company with another legal form, and the same name
            if (c.company.isEmpty())
                return std::nullopt;
            copy.name = c.name;
            copy.company = c.company.section(u' ', 0, 0) + QStringLiteral(" Co., Ltd.");
            return copy;
        default: // the email in capitals
            copy.email = c.email.toUpper();
            return copy;
        }
    }
};

} // namespace

int main(int argc, char *argv[])
{
    Kindred::startProcess(argv); // as the programs start
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers to generate."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption plantedOption(QStringLiteral("planted"), QStringLiteral("Planted duplicates, in percent."),
                                           QStringLiteral("PERCENT"), QStringLiteral("2"));
    parser.addOptions({customersOption, plantedOption});
    parser.process(app);
    const qsizetype total = parser.value(customersOption).toLongLong();
    const qsizetype planted = total * parser.value(plantedOption).toDouble() / 100;

    Generator generator;
    QList<DuplicateCandidate> candidates;
    candidates.reserve(total);
    for (qsizetype i = 0; i < total - planted; ++i)
        candidates.append(generator.customer(i + 1));
    QSet<std::pair<CustomerId, CustomerId>> plantedPairs;
    for (int how = 0; plantedPairs.size() < planted; how = (how + 1) % 8) {
        const DuplicateCandidate &original = candidates.at(generator.random.bounded(int(total - planted)));
        const CustomerId id = candidates.size() + 1;
        if (const auto copy = generator.plant(original, id, how)) {
            candidates.append(*copy);
            plantedPairs.insert(DuplicateOptions::pairKey(original.id, id));
        }
    }

    QTextStream out(stdout);
    const DuplicateFinder finder(DuplicateOptions{QStringLiteral("81"), {}});
    QList<DuplicatePair> pairs;
    printMedian(QStringLiteral("find duplicates among %L1 customers").arg(candidates.size()),
                [&] { pairs = finder.findPairs(candidates); }, 3);
    qsizetype found = 0;
    qsizetype contact = 0;
    for (const DuplicatePair &pair : std::as_const(pairs)) {
        found += plantedPairs.contains({pair.a, pair.b});
        contact += pair.score > 60;
    }
    out << QStringLiteral("pairs: %L1 (%L2 sharing an email or phone); planted: %L3 of %L4 found")
               .arg(pairs.size())
               .arg(contact)
               .arg(found)
               .arg(plantedPairs.size())
        << Qt::endl;

    const QList<DuplicateCandidate> existing = candidates.mid(0, total - planted);
    const QList<DuplicateCandidate> incoming = candidates.mid(total - planted);
    QList<LookAlike> lookAlikes;
    printMedian(QStringLiteral("import of %L1 against %L2: look-alikes").arg(incoming.size()).arg(existing.size()),
                [&] { lookAlikes = finder.findLookAlikes(existing, incoming); }, 3);
    out << QStringLiteral("new customers that look like existing ones: %L1 of %L2").arg(lookAlikes.size()).arg(incoming.size())
        << Qt::endl;
    return found == plantedPairs.size() ? 0 : 1;
}
