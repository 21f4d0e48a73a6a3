// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

#include <cctype>
#include <iterator>

/// Writes a CSV file of order lines as a web shop exports them, one to three
/// lines per order ("Order ID,Order Date,Customer ID,Customer Name,Email,Sales"),
/// for customers C1..C<customers>: the same file for the same arguments.
inline bool writeOrderLines(const QString &path, qint64 lines, int customers, quint32 seed = 42)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(seed);
    QByteArray chunk = "Order ID,Order Date,Customer ID,Customer Name,Email,Sales\n";
    qint64 order = 0;
    for (qint64 line = 0; line < lines;) {
        ++order;
        const int customer = int(rng.bounded(customers)) + 1;
        const QDate date = QDate(2021, 1, 1).addDays(rng.bounded(1200));
        const int orderLines = 1 + int(rng.bounded(3));
        for (int i = 0; i < orderLines && line < lines; ++i, ++line) {
            chunk += "SO-" + QByteArray::number(order) + ',' + date.toString(Qt::ISODate).toLatin1() + ",C"
                + QByteArray::number(customer) + ",Customer " + QByteArray::number(customer) + ",c"
                + QByteArray::number(customer) + "@example.com," + QByteArray::number(rng.bounded(100000) / 100.0, 'f', 2)
                + '\n';
        }
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}

/// A person of the shop files below: the name as written, and the ASCII
/// their email address is made from.
struct ShopName
{
    const char *written;
    const char *ascii;
};

/// Writes order lines as shops really export them, for a benchmark of what
/// users import: CRLF line ends; names in Japanese, with accents, written
/// "Family, Given" (quoted for the comma) or with a nickname in doubled
/// quotes; customers known by their email (no customer id column, as in
/// Shopify's export), with capitals now and then; orders of 1 to 12 lines,
/// most of one or two, the customer repeated on every line. About 64 bytes
/// a line. The same file for the same arguments.
inline bool writeShopOrderLines(const QString &path, qint64 lines, int customers, quint32 seed = 42)
{
    static const ShopName japaneseFamily[] = {
        {"佐藤", "sato"},   {"鈴木", "suzuki"},   {"高橋", "takahashi"}, {"田中", "tanaka"}, {"伊藤", "ito"},
        {"渡辺", "watanabe"}, {"山本", "yamamoto"}, {"中村", "nakamura"},  {"小林", "kobayashi"}, {"加藤", "kato"},
        {"吉田", "yoshida"}, {"山田", "yamada"},   {"佐々木", "sasaki"},  {"松本", "matsumoto"}, {"井上", "inoue"},
        {"齋藤", "saito"}};
    static const ShopName japaneseGiven[] = {
        {"太郎", "taro"}, {"花子", "hanako"}, {"翔太", "shota"}, {"美咲", "misaki"}, {"健", "ken"},
        {"陽菜", "hina"}, {"大輔", "daisuke"}, {"結衣", "yui"}, {"蓮", "ren"}, {"さくら", "sakura"}};
    static const ShopName westernGiven[] = {
        {"Zoë", "zoe"},     {"José", "jose"},   {"François", "francois"}, {"Renée", "renee"}, {"Björn", "bjorn"},
        {"Ann", "ann"},     {"Michael", "michael"}, {"Søren", "soren"},   {"Chloé", "chloe"}, {"Jürgen", "jurgen"},
        {"Ana", "ana"},     {"Łukasz", "lukasz"}};
    static const ShopName westernFamily[] = {
        {"Müller", "muller"}, {"García", "garcia"}, {"Lefèvre", "lefevre"}, {"O'Brien", "obrien"},
        {"Núñez", "nunez"},   {"Dvořák", "dvorak"}, {"Smith", "smith"},     {"Andersson", "andersson"},
        {"Ødegaard", "odegaard"}, {"Weiß", "weiss"}};
    static const char *const domains[] = {"gmail.com", "yahoo.co.jp", "web.de", "icloud.com"};
    const auto pick = [](const auto &list, quint64 n) { return list[n % std::size(list)]; };

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(seed);
    QByteArray chunk = "Order ID,Order Date,Customer Name,Email,Sales\r\n";
    qint64 order = 1000;
    for (qint64 line = 0; line < lines;) {
        ++order;
        const int customer = int(rng.bounded(customers)) + 1;
        // A customer's name and address depend on the customer alone.
        const quint64 who = quint64(customer) * 2654435761u;
        QByteArray name;
        QByteArray ascii;
        switch (who % 20) {
        case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7: { // 山田 太郎
            const ShopName family = pick(japaneseFamily, who >> 8);
            const ShopName given = pick(japaneseGiven, who >> 16);
            name = QByteArray(family.written) + ' ' + given.written;
            ascii = family.ascii;
            break;
        }
        case 8: case 9: case 10: { // "Müller, Zoë"
            const ShopName family = pick(westernFamily, who >> 8);
            const ShopName given = pick(westernGiven, who >> 16);
            name = '"' + QByteArray(family.written) + ", " + given.written + '"';
            ascii = QByteArray(given.ascii).left(1) + family.ascii;
            break;
        }
        case 11: { // "Ann ""Annie"" Smith"
            const ShopName family = pick(westernFamily, who >> 8);
            const ShopName given = pick(westernGiven, who >> 16);
            name = QByteArray("\"") + given.written + " \"\"" + given.ascii + "y\"\" " + family.written + '"';
            ascii = QByteArray(given.ascii) + '_';
            break;
        }
        default: { // Zoë Müller
            const ShopName family = pick(westernFamily, who >> 8);
            const ShopName given = pick(westernGiven, who >> 16);
            name = QByteArray(given.written) + ' ' + family.written;
            ascii = QByteArray(given.ascii) + '.';
            break;
        }
        }
        if ((who >> 24) % 10 == 0)
            ascii[0] = char(std::toupper(uchar(ascii[0]))); // Ann.Smith@…: matched case aside
        const QByteArray customerFields = ',' + name + ',' + ascii + QByteArray::number(customer) + '@'
            + pick(domains, who >> 20) + ',';
        const QByteArray head = '#' + QByteArray::number(order) + ','
            + QDate(2021, 1, 1).addDays(rng.bounded(1200)).toString(Qt::ISODate).toLatin1() + customerFields;
        // Most orders are of one or two lines, some of many.
        const quint32 size = rng.bounded(100);
        const int orderLines = size < 45 ? 1 : size < 75 ? 2 : size < 88 ? 3 : size < 96 ? 4 + int(rng.bounded(3))
                                                                                           : 7 + int(rng.bounded(6));
        for (int i = 0; i < orderLines && line < lines; ++i, ++line) {
            chunk += head + QByteArray::number(rng.bounded(30000) / 100.0, 'f', 2) + "\r\n";
        }
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}
