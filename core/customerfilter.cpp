// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerfilter.h"

#include "funnelanalysis.h"

#include <algorithm>

namespace Kindred {

namespace {
QString digitsOf(QStringView text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue())); // full-width digits as ASCII
    }
    return digits;
}

// "0311112222" finds 03-1111-2222 and "3111" finds (03) 1111-2222: a search
// of digits and phone punctuation only compares the digits.
bool phoneMatches(const QString &phone, const QString &text)
{
    if (phone.isEmpty())
        return false;
    if (phone.contains(text, Qt::CaseInsensitive))
        return true;
    const bool phoneLike = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit() || c.isSpace() || QStringView(u"-+()（）－ー‐.").contains(c);
    });
    const QString digits = digitsOf(text);
    return phoneLike && digits.size() >= 3 && digitsOf(phone).contains(digits);
}
} // namespace

bool CustomerFilter::isEmpty() const
{
    return text.isEmpty() && stages.isEmpty() && tags.isEmpty() && !minRevenue && !maxRevenue && !reached;
}

bool CustomerFilter::matches(const Customer &c, Stage stage) const
{
    if (!stages.isEmpty() && !stages.contains(stage))
        return false;
    if (reached && FunnelAnalysis::furthestStep(stage, c.orderCount) < *reached)
        return false;
    if ((minRevenue && c.revenue < *minRevenue) || (maxRevenue && c.revenue > *maxRevenue))
        return false;
    if (!tags.isEmpty()) {
        const bool tagged = std::any_of(tags.cbegin(), tags.cend(), [&c](const QString &wanted) {
            return c.tags.contains(wanted, Qt::CaseInsensitive);
        });
        if (!tagged)
            return false;
    }
    if (text.isEmpty())
        return true;
    for (const QString *field : {&c.name, &c.reading, &c.email, &c.postalCode, &c.address}) {
        if (field->contains(text, Qt::CaseInsensitive))
            return true;
    }
    if (phoneMatches(c.phone, text))
        return true;
    const auto holdsText = [this](const QString &value) { return value.contains(text, Qt::CaseInsensitive); };
    return std::any_of(c.tags.cbegin(), c.tags.cend(), holdsText)
        || std::any_of(c.ownFields.cbegin(), c.ownFields.cend(), holdsText);
}

bool CustomerFilter::operator==(const CustomerFilter &other) const
{
    return text == other.text && stages == other.stages && tags == other.tags && minRevenue == other.minRevenue
        && maxRevenue == other.maxRevenue && reached == other.reached;
}

} // namespace Kindred
