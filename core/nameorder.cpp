// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nameorder.h"

namespace Kindred {

NameOrder::NameOrder(const QLocale &locale) : m_collator(locale)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

const QString &NameOrder::sortKey(const Customer &c)
{
    return c.reading.isEmpty() ? c.name : c.reading;
}

int NameOrder::compare(const Customer &a, const Customer &b) const
{
    return m_collator.compare(sortKey(a), sortKey(b));
}

int NameOrder::compare(const QString &a, const QString &b) const
{
    return m_collator.compare(a, b);
}

QCollatorSortKey NameOrder::collationKey(const Customer &c) const
{
    // In the C locale Qt's key is the text as it is, capitals apart, while
    // compare() ignores case: the key is made of the text case-folded.
    if (m_collator.locale().language() == QLocale::C)
        return m_collator.sortKey(sortKey(c).toCaseFolded());
    return m_collator.sortKey(sortKey(c));
}

bool NameOrder::operator()(const Customer &a, const Customer &b) const
{
    const int order = compare(a, b);
    return order != 0 ? order < 0 : a.id < b.id;
}

} // namespace Kindred
