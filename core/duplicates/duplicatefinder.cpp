// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatefinder.h"

#include "companymatching.h"
#include "contactmatching.h"
#include "namematching.h"
#include "hashindex.h"
#include "quickhash.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

#include <algorithm>

namespace Kindred {

namespace {

// Gives lupdate and the running program the same context for these texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::DuplicateFinder)
};

// A candidate read once for all its comparisons.
struct Prepared
{
    NameMatching::Keys name;
    CompanyMatching::Keys company;
    ContactMatching::Email email;
    ContactMatching::Phone phone;
    QString address;
};

// Letters and digits of the postal code and address, in one width and case:
// 〒100-0001 東京都千代田区千代田１－１ = 1000001 東京都千代田区千代田1-1. An
// address alone is no key; a postal code alone says too little.
QString addressKey(const QString &postalCode, const QString &address)
{
    if (address.trimmed().isEmpty())
        return {};
    QString key;
    for (const QChar c : (postalCode + u'|' + address).normalized(QString::NormalizationForm_KC).toCaseFolded()) {
        if (c.isLetterOrNumber() || c == u'|')
            key += c;
    }
    return key;
}

Prepared prepare(const DuplicateCandidate &c, const QString &callingCode)
{
    return {NameMatching::keys(c.name), CompanyMatching::keys(c.company), ContactMatching::email(c.email),
            ContactMatching::phone(c.phone, callingCode), addressKey(c.postalCode, c.address)};
}

// What each reason weighs: a shared contact detail is near proof, a name
// written another way a little less than one written the same.
int weight(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameEmail: return 22;
    case DuplicateReason::SameEmailButForCase: return 21;
    case DuplicateReason::GmailDots:
    case DuplicateReason::GmailDomain:
    case DuplicateReason::EmailPlusTag: return 18;
    case DuplicateReason::SamePhone:
    case DuplicateReason::SamePhoneCountryCode: return 20;
    case DuplicateReason::SameName: return 20;
    case DuplicateReason::NameCaseOrWidth: return 18;
    case DuplicateReason::NameVariant: return 17;
    case DuplicateReason::NameTransliterated: return 16;
    case DuplicateReason::NameAccents:
    case DuplicateReason::NameLastFirst: return 15;
    case DuplicateReason::NameReversed: return 14;
    case DuplicateReason::SameCompany: return 5;
    case DuplicateReason::SameCompanyLegalForm: return 4;
    case DuplicateReason::SameAddress: return 10;
    }
    return 0;
}

bool isEmailReason(DuplicateReason r)
{
    return r <= DuplicateReason::EmailPlusTag;
}

bool isPhoneReason(DuplicateReason r)
{
    return r == DuplicateReason::SamePhone || r == DuplicateReason::SamePhoneCountryCode;
}

bool isNameReason(DuplicateReason r)
{
    return r >= DuplicateReason::SameName && r <= DuplicateReason::NameReversed;
}

void addEmailReasons(const ContactMatching::Email &a, const ContactMatching::Email &b, QList<MatchReason> &reasons)
{
    if (a.key.isEmpty() || a.key != b.key)
        return;
    if (a.written == b.written) {
        reasons.append({DuplicateReason::SameEmail, {}});
        return;
    }
    if (a.lowered == b.lowered) {
        reasons.append({DuplicateReason::SameEmailButForCase, {}});
        return;
    }
    if (a.local() != b.local()) // with the same mailbox: Gmail's dots
        reasons.append({DuplicateReason::GmailDots, {}});
    if (a.domain() != b.domain())
        reasons.append({DuplicateReason::GmailDomain, {}});
    if (a.tag() != b.tag())
        reasons.append({DuplicateReason::EmailPlusTag, (a.tag().isEmpty() ? b.tag() : a.tag()).toString()});
}

void addPhoneReasons(const ContactMatching::Phone &a, const ContactMatching::Phone &b, QList<MatchReason> &reasons)
{
    if (!a.sameLine(b))
        return;
    reasons.append({a.international != b.international ? DuplicateReason::SamePhoneCountryCode
                                                         : DuplicateReason::SamePhone,
                    {}});
}

// The variant characters one name has and the other has not: "髙/高".
QString variantDetail(const NameMatching::Keys &a, const NameMatching::Keys &b)
{
    QStringList pairs;
    auto add = [&pairs](const QList<char32_t> &mine, const QList<char32_t> &theirs) {
        for (char32_t c : mine) {
            const char32_t everyday = NameMatching::variantOf(c);
            const QString pair = QString::fromUcs4(&c, 1) + u'/' + QString::fromUcs4(&everyday, 1);
            if (!theirs.contains(c) && !pairs.contains(pair))
                pairs.append(pair);
        }
    };
    add(a.variants, b.variants);
    add(b.variants, a.variants);
    return pairs.join(QStringLiteral(", "));
}

// How far two names had to be read to agree: the first step at which they
// do in their order, else in any order (reversed), with the step's reason.
void addNameReasons(const NameMatching::Keys &a, const NameMatching::Keys &b, QList<MatchReason> &reasons)
{
    if (a.isEmpty() || b.isEmpty())
        return;
    if (a.exact == b.exact) {
        reasons.append({DuplicateReason::SameName, {}});
        return;
    }
    auto stepReasons = [&](int step) {
        const QString variants = variantDetail(a, b);
        if (step == NameMatching::Folded)
            reasons.append({DuplicateReason::NameCaseOrWidth, {}});
        if (step >= NameMatching::Variants && !variants.isEmpty())
            reasons.append({DuplicateReason::NameVariant, variants});
        // Read with umlauts written out they agree; if they agree with every
        // accent dropped too, only accents told them apart (François = Francois).
        if (step == NameMatching::Transliterated) {
            const bool unaccentedToo = a.inOrder[NameMatching::Unaccented] == b.inOrder[NameMatching::Unaccented];
            reasons.append({unaccentedToo ? DuplicateReason::NameAccents : DuplicateReason::NameTransliterated, {}});
        }
        if (step == NameMatching::Unaccented)
            reasons.append({DuplicateReason::NameAccents, {}});
    };
    for (int step = 0; step < NameMatching::StepCount; ++step) {
        if (a.inOrder[step] == b.inOrder[step]) {
            stepReasons(step);
            return;
        }
    }
    for (int step = 0; step < NameMatching::StepCount; ++step) {
        if (a.sorted[step] == b.sorted[step]) {
            reasons.append({a.lastFirst != b.lastFirst ? DuplicateReason::NameLastFirst : DuplicateReason::NameReversed,
                            {}});
            if (step > NameMatching::Folded)
                stepReasons(step);
            return;
        }
    }
}

void addCompanyReasons(const CompanyMatching::Keys &a, const CompanyMatching::Keys &b, QList<MatchReason> &reasons)
{
    if (a.key.isEmpty() || a.key != b.key)
        return;
    reasons.append({a.folded == b.folded ? DuplicateReason::SameCompany : DuplicateReason::SameCompanyLegalForm, {}});
}

// The weakest of the reasons of one kind: how sure that kind makes the pair.
int weakest(const QList<MatchReason> &reasons, bool (*ofKind)(DuplicateReason))
{
    int points = 0;
    for (const MatchReason &r : reasons) {
        if (ofKind(r.reason))
            points = points ? std::min(points, weight(r.reason)) : weight(r.reason);
    }
    return points;
}

constexpr int kContactFloor = 60;

// Scores a pair: one that shares a contact detail (or, with a name read
// alike, a postal address) from 61 to 100, one that shares none from 1 to
// 59, so that no pair of namesakes outranks it. An
// email or phone that both have and that differs counts a little against
// the pair: people do change addresses (one way duplicates arise), but two
// namesakes have two. So does a common name (namesakes: how many customers
// share it, read in any order): among 20 佐藤 健, a pair of them says little.
int score(const Prepared &a, const Prepared &b, const QList<MatchReason> &reasons, qsizetype namesakes)
{
    const int email = weakest(reasons, isEmailReason);
    const int phone = weakest(reasons, isPhoneReason);
    const int name = weakest(reasons, isNameReason);
    int company = 0;
    for (const MatchReason &r : reasons) {
        if (r.reason == DuplicateReason::SameCompany || r.reason == DuplicateReason::SameCompanyLegalForm)
            company = std::max(company, weight(r.reason));
    }
    const bool address = std::any_of(reasons.cbegin(), reasons.cend(), [](const MatchReason &r) {
        return r.reason == DuplicateReason::SameAddress;
    });
    int against = 0;
    if (!email && !a.email.key.isEmpty() && !b.email.key.isEmpty())
        against += 5;
    if (!phone && !a.phone.isEmpty() && !b.phone.isEmpty())
        against += 5;
    if (email || phone || (address && name)) {
        const int contact = std::max({email, phone, address ? weight(DuplicateReason::SameAddress) : 0})
            + (email && phone ? 10 : 0);
        return std::clamp(kContactFloor + contact + name + company - against, kContactFloor + 1, 100);
    }
    const int common = int(std::min<qsizetype>(24, 3 * std::max<qsizetype>(0, namesakes - 2)));
    return std::clamp(2 * (name + company) - against - common, 1, kContactFloor - 1);
}

DuplicatePair comparePrepared(const Prepared &a, const Prepared &b, qsizetype namesakes = 2)
{
    DuplicatePair pair;
    addEmailReasons(a.email, b.email, pair.reasons);
    addPhoneReasons(a.phone, b.phone, pair.reasons);
    addNameReasons(a.name, b.name, pair.reasons);
    addCompanyReasons(a.company, b.company, pair.reasons);
    if (!a.address.isEmpty() && a.address == b.address)
        pair.reasons.append({DuplicateReason::SameAddress, {}});
    if (pair.reasons.isEmpty())
        return pair;
    std::stable_sort(pair.reasons.begin(), pair.reasons.end(), [](const MatchReason &x, const MatchReason &y) {
        return x.isContact() != y.isContact() ? x.isContact() : weight(x.reason) > weight(y.reason);
    });
    pair.score = score(a, b, pair.reasons, namesakes);
    return pair;
}

// Candidates by a key: each bucket a chain of entries, newest first, so
// that 100,000 buckets of mostly one candidate cost no list each; buckets
// found through HashIndex (quickHash() instead of Qt's SipHash, a third of
// the time here).
class Buckets
{
public:
    void reserve(qsizetype size)
    {
        m_index.reserve(size);
        m_keys.reserve(size);
        m_heads.reserve(size);
        m_sizes.reserve(size);
        m_entries.reserve(size);
    }
    void add(const QString &key, qint32 candidate)
    {
        const size_t hash = quickHash(key, m_seed);
        qsizetype bucket = m_index.find(hash, [&](qsizetype b) { return m_keys.at(b) == key; });
        if (bucket < 0) {
            bucket = m_keys.size();
            m_keys.append(key);
            m_heads.append(0);
            m_sizes.append(0);
            m_index.insert(hash, bucket);
        }
        m_entries.append({candidate, m_heads.at(bucket)});
        m_heads[bucket] = qint32(m_entries.size());
        ++m_sizes[bucket];
    }
    /// How many candidates have the key.
    qsizetype count(const QString &key) const
    {
        const qsizetype bucket = m_index.find(quickHash(key, m_seed), [&](qsizetype b) { return m_keys.at(b) == key; });
        return bucket < 0 ? 0 : m_sizes.at(bucket);
    }
    /// Calls visit(members) for every bucket of two or more, in the order
    /// the buckets were made, members in the order added.
    template<typename Visit>
    void forEachShared(Visit visit) const
    {
        QVarLengthArray<qint32, 16> members;
        for (qint32 head : m_heads) {
            if (m_entries.at(head - 1).next == 0)
                continue;
            members.clear();
            for (qint32 e = head; e; e = m_entries.at(e - 1).next)
                members.append(m_entries.at(e - 1).candidate);
            std::reverse(members.begin(), members.end());
            visit(members);
        }
    }

private:
    struct Entry
    {
        qint32 candidate;
        qint32 next; // the entry before in the same bucket, 1-based; 0: none
    };
    const size_t m_seed = QHashSeed::globalSeed();
    HashIndex m_index;      // bucket by key
    QList<QString> m_keys;  // per bucket
    QList<qint32> m_heads;  // per bucket: its newest entry, 1-based
    QList<qint32> m_sizes;  // per bucket: its entries
    QList<Entry> m_entries;
};

// The candidates read, in buckets by what they are matched on.
class Index
{
public:
    Index(const QList<DuplicateCandidate> &candidates, const QString &callingCode)
    {
        m_prepared.reserve(candidates.size());
        m_emails.reserve(candidates.size());
        m_phones.reserve(candidates.size());
        m_names.reserve(candidates.size() * 2);
        for (const DuplicateCandidate &c : candidates)
            add(prepare(c, callingCode));
    }

    /// Compares candidates i and j, their names as common as the commoner's.
    DuplicatePair compare(qint32 i, qint32 j) const
    {
        const auto namesakes = [this](qint32 k) { return m_names.count(m_prepared.at(k).name.sorted[NameMatching::Unaccented]); };
        return comparePrepared(m_prepared.at(i), m_prepared.at(j), std::max(namesakes(i), namesakes(j)));
    }

    /// Calls visit(i, j) once for every pair i < j that shares a bucket
    /// and for which wanted(i, j) holds. In a bucket over the limit only
    /// those who also share their name (company) are paired; but with
    /// firstIncoming set (findLookAlikes()), each candidate from there on is
    /// paired with the bucketLimit first ones before it as well: an import
    /// names a newcomer who shares even a common name with one already there.
    template<typename Wanted, typename Visit>
    void forEachPair(qint32 firstIncoming, Wanted wanted, Visit visit) const
    {
        QSet<quint64> seen;
        auto once = [&](qint32 i, qint32 j) {
            if (!wanted(i, j))
                return;
            const quint64 key = (quint64(quint32(i)) << 32) | quint32(j);
            const qsizetype before = seen.size();
            seen.insert(key);
            if (seen.size() > before)
                visit(i, j);
        };
        auto pairUp = [&](const auto &members) {
            for (qsizetype x = 0; x < members.size(); ++x) {
                for (qsizetype y = x + 1; y < members.size(); ++y)
                    once(members[x], members[y]);
            }
        };
        auto visitBuckets = [&](const Buckets &buckets, auto alsoShared) {
            buckets.forEachShared([&](const auto &members) {
                if (members.size() <= DuplicateFinder::bucketLimit) {
                    pairUp(members);
                    return;
                }
                QHash<QString, QList<qint32>> within;
                for (qint32 i : members) {
                    const QString &key = alsoShared(m_prepared.at(i));
                    if (!key.isEmpty())
                        within[key].append(i);
                }
                for (const QList<qint32> &group : std::as_const(within)) {
                    if (group.size() <= DuplicateFinder::bucketLimit)
                        pairUp(group);
                }
                if (firstIncoming < 0)
                    return;
                const qsizetype there = std::lower_bound(members.begin(), members.end(), firstIncoming) - members.begin();
                for (qsizetype y = there; y < members.size(); ++y) {
                    for (qsizetype x = 0; x < std::min(there, DuplicateFinder::bucketLimit); ++x)
                        once(members[x], members[y]);
                }
            });
        };
        const auto name = [](const Prepared &p) -> const QString & { return p.name.sorted[NameMatching::Unaccented]; };
        const auto company = [](const Prepared &p) -> const QString & { return p.company.key; };
        visitBuckets(m_emails, name);
        visitBuckets(m_phones, name);
        visitBuckets(m_names, company);
    }

private:
    void add(Prepared p)
    {
        const qint32 i = qint32(m_prepared.size());
        if (!p.email.key.isEmpty())
            m_emails.add(p.email.key, i);
        if (!p.phone.isEmpty())
            m_phones.add(p.phone.national, i);
        // The name read as far as it goes, in its order and in any order;
        // a one-letter name says nothing.
        const QString *keys[] = {&p.name.inOrder[NameMatching::Transliterated],
                                 &p.name.inOrder[NameMatching::Unaccented],
                                 &p.name.sorted[NameMatching::Transliterated],
                                 &p.name.sorted[NameMatching::Unaccented]};
        for (int k = 0; k < 4; ++k) {
            const bool repeated = std::any_of(keys, keys + k, [&](const QString *earlier) { return *earlier == *keys[k]; });
            if (keys[k]->size() >= 2 && !repeated)
                m_names.add(*keys[k], i);
        }
        m_prepared.append(std::move(p));
    }

    QList<Prepared> m_prepared;
    Buckets m_emails; // by mailbox
    Buckets m_phones; // by national number
    Buckets m_names;  // by name read four ways
};

} // namespace

QString MatchReason::text() const
{
    switch (reason) {
    case DuplicateReason::SameEmail: return Text::tr("same email");
    case DuplicateReason::SameEmailButForCase: return Text::tr("same email but for case");
    case DuplicateReason::GmailDots: return Text::tr("Gmail address with dots");
    case DuplicateReason::GmailDomain: return Text::tr("same Gmail address at googlemail.com");
    case DuplicateReason::EmailPlusTag: return Text::tr("same email but for the tag %1").arg(detail);
    case DuplicateReason::SamePhone: return Text::tr("same phone");
    case DuplicateReason::SamePhoneCountryCode: return Text::tr("same phone, once with the country code");
    case DuplicateReason::SameName: return Text::tr("same name");
    case DuplicateReason::NameCaseOrWidth: return Text::tr("same name but for case, spaces or full-width letters");
    case DuplicateReason::NameVariant: return Text::tr("same name written with %1").arg(detail);
    case DuplicateReason::NameTransliterated: return Text::tr("same name with umlauts written out (ü = ue)");
    case DuplicateReason::NameAccents: return Text::tr("same name but for accents");
    case DuplicateReason::NameLastFirst: return Text::tr("same name written \"Last, First\"");
    case DuplicateReason::NameReversed: return Text::tr("same name in reversed order");
    case DuplicateReason::SameCompany: return Text::tr("same company");
    case DuplicateReason::SameCompanyLegalForm: return Text::tr("same company but for its legal form");
    case DuplicateReason::SameAddress: return Text::tr("same postal address");
    }
    return {};
}

QString MatchReason::key() const
{
    switch (reason) {
    case DuplicateReason::SameEmail: return QStringLiteral("same_email");
    case DuplicateReason::SameEmailButForCase: return QStringLiteral("same_email_but_for_case");
    case DuplicateReason::GmailDots: return QStringLiteral("gmail_dots");
    case DuplicateReason::GmailDomain: return QStringLiteral("gmail_domain");
    case DuplicateReason::EmailPlusTag: return QStringLiteral("email_plus_tag");
    case DuplicateReason::SamePhone: return QStringLiteral("same_phone");
    case DuplicateReason::SamePhoneCountryCode: return QStringLiteral("same_phone_country_code");
    case DuplicateReason::SameName: return QStringLiteral("same_name");
    case DuplicateReason::NameCaseOrWidth: return QStringLiteral("name_case_or_width");
    case DuplicateReason::NameVariant: return QStringLiteral("name_variant");
    case DuplicateReason::NameTransliterated: return QStringLiteral("name_transliterated");
    case DuplicateReason::NameAccents: return QStringLiteral("name_accents");
    case DuplicateReason::NameLastFirst: return QStringLiteral("name_last_first");
    case DuplicateReason::NameReversed: return QStringLiteral("name_reversed");
    case DuplicateReason::SameCompany: return QStringLiteral("same_company");
    case DuplicateReason::SameCompanyLegalForm: return QStringLiteral("same_company_legal_form");
    case DuplicateReason::SameAddress: return QStringLiteral("same_address");
    }
    return {};
}

bool MatchReason::isContact() const
{
    return isEmailReason(reason) || isPhoneReason(reason);
}

DuplicateFinder::DuplicateFinder(DuplicateOptions options)
    : m_options(std::move(options))
{
}

QList<DuplicatePair> DuplicateFinder::findPairs(const QList<DuplicateCandidate> &candidates) const
{
    const Index index(candidates, m_options.callingCode);
    QList<DuplicatePair> pairs;
    const auto wanted = [&](qint32 i, qint32 j) {
        const CustomerId a = candidates.at(i).id;
        const CustomerId b = candidates.at(j).id;
        return a != b && !m_options.notDuplicates.contains(DuplicateOptions::pairKey(a, b));
    };
    index.forEachPair(-1, wanted, [&](qint32 i, qint32 j) {
        DuplicatePair pair = index.compare(i, j);
        if (pair.reasons.isEmpty())
            return;
        std::tie(pair.a, pair.b) = DuplicateOptions::pairKey(candidates.at(i).id, candidates.at(j).id);
        pairs.append(std::move(pair));
    });
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
        return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b);
    });
    return pairs;
}

QList<LookAlike> DuplicateFinder::findLookAlikes(const QList<DuplicateCandidate> &existing,
                                                 const QList<DuplicateCandidate> &incoming) const
{
    if (existing.isEmpty() || incoming.isEmpty())
        return {};
    const Index index(existing + incoming, m_options.callingCode);
    const qint32 first = qint32(existing.size()); // the first incoming
    QHash<qsizetype, LookAlike> best;
    const auto across = [first](qint32 i, qint32 j) { return i < first && j >= first; };
    index.forEachPair(first, across, [&](qint32 i, qint32 j) {
        const DuplicatePair pair = index.compare(i, j);
        const qsizetype newcomer = j - first;
        const auto found = best.constFind(newcomer);
        // The likeliest; of equals, the one longest there (the lowest index).
        if (pair.reasons.isEmpty()
            || (found != best.cend() && std::pair(-found->score, found->existing) < std::pair(-pair.score, qsizetype(i))))
            return;
        best.insert(newcomer, {newcomer, i, pair.score, pair.reasons});
    });
    QList<LookAlike> lookAlikes = best.values();
    std::sort(lookAlikes.begin(), lookAlikes.end(),
              [](const LookAlike &x, const LookAlike &y) { return x.incoming < y.incoming; });
    return lookAlikes;
}

DuplicatePair DuplicateFinder::compare(const DuplicateCandidate &a, const DuplicateCandidate &b) const
{
    DuplicatePair pair = comparePrepared(prepare(a, m_options.callingCode), prepare(b, m_options.callingCode));
    std::tie(pair.a, pair.b) = DuplicateOptions::pairKey(a.id, b.id);
    return pair;
}

DuplicateCandidate DuplicateFinder::candidate(const Customer &customer)
{
    return {customer.id,      customer.name,       customer.email, customer.phone,
            customer.company, customer.postalCode, customer.address};
}

} // namespace Kindred
