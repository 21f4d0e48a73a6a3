// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

namespace Kindred {

/// Reads email addresses and phone numbers the way two records of one
/// person are told to be the same: an address in other case or, where the
/// provider delivers them to one mailbox, with dots or a +tag; a phone
/// number with or without its country code, in any punctuation.
class ContactMatching
{
public:
    /// An email address read for matching.
    struct Email
    {
        QString written; ///< trimmed
        QString lowered; ///< case folded
        /// The mailbox: lowered, with what its provider ignores taken off
        /// (Gmail's dots, googlemail.com for gmail.com, +tags where the
        /// provider delivers them to the mailbox). Empty when the text is no
        /// address.
        QString key;

        /// The part before @ without its +tag, case folded.
        QStringView local() const { return m_at < 0 ? QStringView() : QStringView(lowered).left(m_localSize); }
        /// The +tag taken off, with its "+"; empty when none.
        QStringView tag() const
        {
            return m_at < 0 ? QStringView() : QStringView(lowered).sliced(m_localSize, m_at - m_localSize);
        }
        /// The part after @, case folded.
        QStringView domain() const { return m_at < 0 ? QStringView() : QStringView(lowered).sliced(m_at + 1); }

    private:
        friend class ContactMatching;
        qsizetype m_at = -1;
        qsizetype m_localSize = 0;
    };

    /// A phone number read for matching.
    struct Phone
    {
        QString callingCode;   ///< the country's calling code; empty when unknown
        QString national;      ///< the number within the country, without trunk prefix
        bool international = false; ///< written with its country code

        bool isEmpty() const { return national.isEmpty(); }
        /// The same line: the same national number in the same country, or
        /// in an unknown country (a number written without its trunk prefix).
        bool sameLine(const Phone &other) const
        {
            return !isEmpty() && national == other.national
                && (callingCode.isEmpty() || other.callingCode.isEmpty() || callingCode == other.callingCode);
        }
    };

    static Email email(const QString &text);

    /// Reads a phone number written in the country whose calling code is
    /// defaultCallingCode ("81" for Japan, "49" for Germany; empty: unknown):
    /// +81 3-1111-2222 = 03-1111-2222 = 0311112222 = ０３(1111)2222 in Japan,
    /// +49 30 123456 = 030 123456 in Germany. Text after the digits (内線 12,
    /// ext. 12) is left out. Fewer than 6 digits, or one digit repeated
    /// (000-0000-0000, written for "none"), is no number.
    static Phone phone(QStringView text, const QString &defaultCallingCode);

    /// The calling code of a country ("81" for Japan), empty for a country
    /// not listed; for the workspace's country when no other is known.
    static QString callingCode(QLocale::Territory territory);
};

} // namespace Kindred
