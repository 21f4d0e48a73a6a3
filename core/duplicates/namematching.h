// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Kindred {

/// Reads a person's name the way two records of one person are told to be
/// the same: the same name written in another width, case, order or
/// spelling. Each step of the reading is kept, so that a pair of names can
/// say how far they had to be read to agree ("same name written with 髙/高").
///
/// The steps, each on top of the one before:
///  1. folded: Unicode NFKC (full-width letters and spaces, half-width kana),
///     case folded, no spaces or punctuation (山田　太郎 = 山田太郎 = ＹＡＭＡＤＡ Taro);
///  2. variants: common variant kanji read as their everyday form (髙→高);
///  3. transliterated: German umlauts written out (ü = ue, ß = ss), other
///     accents dropped (é = e);
///  4. unaccented: every accent dropped (ü = u), for lists that lost them.
/// Each step is kept in the name's order and with its words sorted, so that
/// "Müller, Jürgen" and "Müller Jürgen" meet "Jürgen Müller".
class NameMatching
{
public:
    enum Step { Folded, Variants, Transliterated, Unaccented, StepCount };

    /// One name read for matching.
    struct Keys
    {
        QString exact; ///< as written, spaces simplified
        QString inOrder[StepCount]; ///< each step's words joined in their order
        QString sorted[StepCount];  ///< each step's words sorted, then joined
        /// The variant characters found (read as variantOf() says), in order.
        QList<char32_t> variants;
        /// Written "Last, First" (a comma between the words).
        bool lastFirst = false;

        bool isEmpty() const { return inOrder[Folded].isEmpty(); }
    };

    static Keys keys(QStringView name);

    /// The everyday form of a variant kanji (髙 → 高), or c itself.
    static char32_t variantOf(char32_t c);

    /// Text with Unicode NFKC applied and case folded: the first reading of
    /// every matched text (full-width ＡＢＣ and half-width ｶﾅ become ABC and
    /// カナ, ㈱ becomes (株)). ASCII is returned as it is, lower-cased.
    static QString fold(QStringView text);
    /// Appends a folded Latin character without its accent (é → e, ß → ss),
    /// an umlaut written out (ü → ue) or not (ü → u).
    static void appendLatinBase(char32_t c, bool writeUmlautsOut, QString &out);
};

} // namespace Kindred
