// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "store/customerstore.h"
#include "excellencerule.h"

#include <QRandomGenerator>

#include <cmath>

namespace Kindred {

namespace {

const char16_t *const westernGiven[] = {u"Emma", u"Liam", u"Olivia", u"Noah", u"Ava", u"Lucas", u"Mia",
                                        u"Léa", u"Hugo", u"Chloé", u"Jonas", u"Sofia", u"Mateo", u"Clara",
                                        u"Elias", u"Nora", u"Oscar", u"Alice", u"Felix", u"Ingrid"};
const char16_t *const westernFamily[] = {u"Smith", u"Martin", u"Müller", u"Rossi", u"García", u"Dubois",
                                         u"Jensen", u"Novak", u"Silva", u"Brown", u"Lefèvre", u"Schmidt",
                                         u"Costa", u"Kowalski", u"Andersen", u"O'Neill", u"Moreau", u"Weber"};
const char16_t *const japaneseFamily[] = {u"佐藤", u"鈴木", u"高橋", u"田中", u"伊藤", u"渡辺", u"山本",
                                          u"中村", u"小林", u"加藤", u"吉田", u"山田", u"松本", u"井上",
                                          u"木村", u"林", u"清水", u"山崎", u"森", u"池田"};
const char16_t *const japaneseGiven[] = {u"翔", u"陽菜", u"蓮", u"結衣", u"大翔", u"さくら", u"悠真",
                                         u"美咲", u"健太", u"愛", u"拓海", u"花子", u"太郎", u"葵"};
// The readings (フリガナ) of the names above, in the same order.
const char16_t *const japaneseFamilyKana[] = {u"サトウ", u"スズキ", u"タカハシ", u"タナカ", u"イトウ", u"ワタナベ",
                                              u"ヤマモト", u"ナカムラ", u"コバヤシ", u"カトウ", u"ヨシダ", u"ヤマダ",
                                              u"マツモト", u"イノウエ", u"キムラ", u"ハヤシ", u"シミズ", u"ヤマザキ",
                                              u"モリ", u"イケダ"};
const char16_t *const japaneseGivenKana[] = {u"ショウ", u"ヒナ", u"レン", u"ユイ", u"ヒロト", u"サクラ", u"ユウマ",
                                             u"ミサキ", u"ケンタ", u"アイ", u"タクミ", u"ハナコ", u"タロウ", u"アオイ"};
static_assert(std::size(japaneseFamilyKana) == std::size(japaneseFamily));
static_assert(std::size(japaneseGivenKana) == std::size(japaneseGiven));
const char *const japaneseRomaji[] = {"sato", "suzuki", "takahashi", "tanaka", "ito", "watanabe", "yamamoto",
                                      "nakamura", "kobayashi", "kato", "yoshida", "yamada", "matsumoto",
                                      "inoue", "kimura", "hayashi", "shimizu", "yamazaki", "mori", "ikeda"};
const char16_t *const westernCompanies[] = {u"Northwind Traders", u"Blue Harbor Coffee", u"Atelier Lumière",
                                            u"Greenleaf Studio", u"Fjord Design", u"Bergmann GmbH",
                                            u"Casa Verde", u"Oak & Iron", u"Little Fox Books"};
const char16_t *const japaneseCompanies[] = {u"株式会社さくら商事", u"山田製作所", u"有限会社みどり農園",
                                             u"東京デザイン工房", u"株式会社ひかり", u"京都茶舗"};
const char16_t *const tagPool[] = {u"newsletter", u"event", u"wholesale", u"referral", u"VIP",
                                   u"workshop", u"イベント参加", u"紹介"};

template<typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(quint32(N))];
}

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

double normal(QRandomGenerator &rng)
{
    // Box-Muller: deterministic for a given generator state.
    const double u1 = 1.0 - rng.generateDouble();
    const double u2 = rng.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

double clampScore(double value)
{
    return std::round(std::clamp(value, 0.0, 100.0) * 10.0) / 10.0;
}

} // namespace

DemoGenerator::DemoGenerator(const Options &options) : m_options(options) {}

DemoGenerator::Data DemoGenerator::generate() const
{
    QRandomGenerator rng(m_options.seed);
    Data data;
    data.customers.reserve(m_options.customers);
    const QDate until = m_options.until;
    const QDate from = until.addYears(-3);
    const int span = int(from.daysTo(until));
    const QDateTime created = from.startOfDay(Qt::UTC);

    for (int i = 0; i < m_options.customers; ++i) {
        Customer c;
        c.externalId = QStringLiteral("C%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        const bool japanese = rng.bounded(100) < 35;
        if (japanese) {
            const quint32 family = rng.bounded(quint32(std::size(japaneseFamily)));
            const quint32 given = rng.bounded(quint32(std::size(japaneseGiven)));
            c.name = text(japaneseFamily[family]) + QChar(u'　') + text(japaneseGiven[given]);
            c.reading = text(japaneseFamilyKana[family]) + QChar(u'　') + text(japaneseGivenKana[given]);
            // Numbers no line has: 0000 is never given out as an exchange.
            c.phone = QStringLiteral("03-0000-%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
            c.email = QStringLiteral("%1.%2@example.jp").arg(QLatin1String(japaneseRomaji[family])).arg(i + 1);
            if (rng.bounded(100) < 40)
                c.company = text(pick(rng, japaneseCompanies));
        } else {
            const QString given = text(pick(rng, westernGiven));
            const QString family = text(pick(rng, westernFamily));
            c.name = given + QLatin1Char(' ') + family;
            c.email = QStringLiteral("%1.%2@example.com").arg(given.toLower(), QString::number(i + 1));
            // Ofcom keeps 020 7946 0000-0999 for drama: no one answers.
            c.phone = QStringLiteral("+44 20 7946 %1").arg(i % 1000, 4, 10, QLatin1Char('0'));
            if (rng.bounded(100) < 40)
                c.company = text(pick(rng, westernCompanies));
        }
        const int tagCount = int(rng.bounded(3));
        for (int t = 0; t < tagCount; ++t) {
            const QString tag = text(pick(rng, tagPool));
            if (!c.tags.contains(tag))
                c.tags.append(tag);
        }
        c.created = created;
        c.updated = created;

        // Pareto-distributed appetite: a long tail where the top fifth brings most revenue.
        const double appetite = std::pow(1.0 - rng.generateDouble(), -1.0 / 1.4);
        const int roll = int(rng.bounded(100));
        int orderCount = 0;
        if (roll >= 30) {
            orderCount = roll < 60 ? 1
                                   : 2 + int(std::min(120.0, m_options.averageOrdersPerBuyer * appetite
                                                                 * rng.generateDouble() * 1.5));
        }
        // Some buyers stop: their orders end well before today (dormant).
        const bool stopped = orderCount > 0 && rng.bounded(100) < 25;
        const int lastDay = stopped ? int(rng.bounded(quint32(std::max(1, span - 400)))) : span;
        const int firstDay = int(rng.bounded(quint32(std::max(1, lastDay))));
        const double basket = 30.0 * std::exp(0.6 * normal(rng)) * std::sqrt(appetite);
        for (int o = 0; o < orderCount; ++o) {
            Order order;
            order.customerId = i;
            order.externalOrderId = QStringLiteral("D%1-%2").arg(i + 1).arg(o + 1);
            order.date = from.addDays(firstDay + qint64(rng.bounded(quint32(lastDay - firstDay + 1))));
            order.amount = std::round(basket * std::exp(0.35 * normal(rng)) * 100.0) / 100.0;
            data.orders.append(order);
        }

        // Most customers are placed; fit and awareness grow with experience.
        if (rng.bounded(100) < 85) {
            const double experience = std::min(1.0, orderCount / 8.0);
            c.valueFit = clampScore(45.0 + 20.0 * normal(rng) + 15.0 * experience);
            c.valueAwareness = clampScore(30.0 + 18.0 * normal(rng) + 40.0 * experience);
        }
        data.customers.append(c);
    }
    return data;
}

Status DemoGenerator::fill(CustomerStore &store) const
{
    // A believable market around the base, and a first excellent-customer
    // rule, so that the funnel shows its narrow end from the start. Set
    // before the data: a fill killed in between leaves a store without
    // customers, which the next fill completes.
    WorkspaceSettings settings = store.settings();
    settings.marketSize = qint64(m_options.customers) * 40;
    settings.excellenceRule = rulePresets().constFirst().rule.toJson();
    if (Status error = store.setSettings(settings))
        return error;
    // One batch, one transaction: a store has the whole demo or none of it.
    Data data = generate();
    ImportBatch batch;
    batch.newCustomers = std::move(data.customers);
    batch.orders.reserve(data.orders.size());
    for (const Order &order : std::as_const(data.orders)) {
        ImportOrder line;
        line.newCustomer = qsizetype(order.customerId);
        line.externalOrderId = order.externalOrderId;
        line.date = order.date;
        line.amount = order.amount;
        batch.orders.append(line);
    }
    auto written = store.importBatch(batch);
    return written ? Status() : Status(written.error());
}

} // namespace Kindred
