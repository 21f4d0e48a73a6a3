// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <utility>

namespace Kindred {

/// What a customer is compared by when looking for duplicates, filled by
/// the caller (see DuplicateFinder::candidate()).
struct DuplicateCandidate
{
    CustomerId id = 0;
    QString name;
    QString email;
    QString phone; ///< may be empty
    QString company;
    QString postalCode;
    QString address;
};

/// Why two customers look like one, strongest kind first.
enum class DuplicateReason {
    SameEmail,
    SameEmailButForCase,
    GmailDots,            ///< t.yamada@gmail.com = tyamada@gmail.com
    GmailDomain,          ///< @googlemail.com = @gmail.com
    EmailPlusTag,         ///< taro+shop@gmail.com = taro@gmail.com; detail: the tag
    SamePhone,
    SamePhoneCountryCode, ///< +81 3-1111-2222 = 03-1111-2222
    SameName,
    NameCaseOrWidth,      ///< case, spaces, full-width letters
    NameVariant,          ///< detail: the characters, "髙/高"
    NameTransliterated,   ///< Müller = Mueller
    NameAccents,          ///< Hélène = Helene, Müller = Muller
    NameLastFirst,        ///< "Müller, Jürgen" = "Jürgen Müller"
    NameReversed,         ///< "Müller Jürgen" = "Jürgen Müller"
    SameCompany,
    SameCompanyLegalForm, ///< 株式会社ソニー = ソニー(株), Acme Inc. = ACME
    /// The same postal code and address, however spaced, dashed or wide:
    /// with a name read alike, as sure as a shared contact detail (a
    /// household shares an address, not a name).
    SameAddress,
};

/// One reason, with what it names (the variant characters, the +tag).
struct MatchReason
{
    DuplicateReason reason = DuplicateReason::SameName;
    QString detail;

    /// For people: "same name written with 髙/高".
    QString text() const;
    /// For scripts: "same_name", "name_variant"...
    QString key() const;
    /// An email address or a phone number: what one person rarely shares.
    bool isContact() const;
    bool operator==(const MatchReason &other) const { return reason == other.reason && detail == other.detail; }
};

/// Two customers who look like one person.
struct DuplicatePair
{
    CustomerId a = 0; ///< the lower id
    CustomerId b = 0;
    /// 0-100. A pair that shares an email address or a phone number scores
    /// above 60, one that shares no contact detail below 60, whatever else;
    /// among those, a name many customers share scores less.
    int score = 0;
    QList<MatchReason> reasons; ///< strongest first
};

/// A customer an import is about to create who looks like one already there.
struct LookAlike
{
    qsizetype incoming = -1; ///< index among the customers to create
    qsizetype existing = -1; ///< index among those there
    int score = 0;
    QList<MatchReason> reasons;
};

/// How to look for duplicates.
struct DuplicateOptions
{
    /// The calling code of the workspace's country ("81"), for phone numbers
    /// written without one (ContactMatching::phone()); empty: unknown.
    QString callingCode;
    /// Pairs the user has said are two people, either id first (see pairKey()).
    QSet<std::pair<CustomerId, CustomerId>> notDuplicates;

    static std::pair<CustomerId, CustomerId> pairKey(CustomerId a, CustomerId b)
    {
        return a < b ? std::pair{a, b} : std::pair{b, a};
    }
};

/// Finds customers who are likely one person recorded twice: the same email
/// or phone however written, the same name written another way (variant
/// kanji, umlauts written out, full-width spaces, reversed order), the same
/// company without its legal form; see NameMatching, ContactMatching and
/// CompanyMatching for how each is read.
///
/// Customers are put in buckets by what they are matched on (their email's
/// mailbox, their phone's national number, their name read four ways), and
/// only customers sharing a bucket are compared, so that 100,000 customers
/// take well under a second instead of five billion comparisons. A bucket of
/// more than bucketLimit customers (an info@ address of a whole company, a
/// very common name) says little by itself: in it only customers who also
/// share their name (for an email or phone) or their company (for a name)
/// are paired.
class DuplicateFinder
{
public:
    static constexpr qsizetype bucketLimit = 50;

    explicit DuplicateFinder(DuplicateOptions options = {});

    /// The likely pairs among candidates, strongest first (score, then ids);
    /// options.notDuplicates left out.
    QList<DuplicatePair> findPairs(const QList<DuplicateCandidate> &candidates) const;

    /// For an import: the customers it is about to create (incoming, ids not
    /// yet known) who share an email, a phone or a name read as above with a
    /// customer already there; for each the likeliest one, in incoming's order.
    /// Unlike findPairs(), a newcomer is told even of a key that more than
    /// bucketLimit customers share, compared with the first bucketLimit of them.
    QList<LookAlike> findLookAlikes(const QList<DuplicateCandidate> &existing,
                                    const QList<DuplicateCandidate> &incoming) const;

    /// Compares two customers: the pair's score and reasons, none when they
    /// share nothing.
    DuplicatePair compare(const DuplicateCandidate &a, const DuplicateCandidate &b) const;

    /// What a customer is compared by.
    static DuplicateCandidate candidate(const Customer &customer);

private:
    DuplicateOptions m_options;
};

} // namespace Kindred
