// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namematching.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace Kindred {

namespace {

// Variant kanji of Japanese names and their everyday form. Sources:
// - 常用漢字表 (内閣告示, 2010): the traditional form given in brackets for
//   each character, e.g. 桜(櫻), 広(廣), 国(國), 沢(澤), 浜(濱), 辺(邊);
// - 人名用漢字 (戸籍法施行規則 別表第二): the pairs of 異体字 allowed in
//   names, e.g. 島・嶋, 富・冨, 館・舘, 峰・峯;
// - 文字情報基盤 (MJ) 縮退マップ (IPA, now 文字情報技術促進協議会): the
//   forms outside JIS X 0208 that registers and banks fold to a JIS one,
//   e.g. 髙→高, 﨑→崎, 𠮷→吉, 邉→辺, 濵→浜, 槗→橋.
// Only characters whose forms are one name written two ways are listed.
// 齊 and 斉 are read as 斎, unlike the sources (齊 is the old form of 斉): the
// four Saitō spellings 斎藤, 齋藤, 斉藤 and 齊藤 are mixed up in everyday
// data entry, and the pair is only proposed, naming the characters.
// Compatibility ideographs (U+F900–U+FAFF) that have a decomposition are
// folded by NFKC already; 﨑 (U+FA11) has none and is listed.
const QHash<char32_t, char32_t> &variantTable()
{
    static const QHash<char32_t, char32_t> table = {
        {U'髙', U'高'}, {U'﨑', U'崎'}, {U'嵜', U'崎'}, {U'邊', U'辺'}, {U'邉', U'辺'},
        {U'齋', U'斎'}, {U'齊', U'斎'}, {U'斉', U'斎'}, {U'澤', U'沢'}, {U'濱', U'浜'},
        {U'濵', U'浜'}, {U'德', U'徳'}, {U'櫻', U'桜'}, {U'廣', U'広'}, {U'國', U'国'},
        {U'嶋', U'島'}, {U'嶌', U'島'}, {U'籠', U'篭'}, {U'龍', U'竜'}, {U'眞', U'真'},
        {U'實', U'実'}, {U'惠', U'恵'}, {U'榮', U'栄'}, {U'淺', U'浅'}, {U'關', U'関'},
        {U'舘', U'館'}, {U'冨', U'富'}, {U'檜', U'桧'}, {U'靜', U'静'}, {U'藏', U'蔵'},
        {U'圓', U'円'}, {U'豐', U'豊'}, {U'壽', U'寿'}, {U'萬', U'万'}, {U'瀨', U'瀬'},
        {U'黑', U'黒'}, {U'來', U'来'}, {U'戶', U'戸'}, {U'𠮷', U'吉'}, {U'曾', U'曽'},
        {U'增', U'増'}, {U'峯', U'峰'}, {U'槗', U'橋'}, {U'嶽', U'岳'}, {U'條', U'条'},
        {U'團', U'団'}, {U'會', U'会'}, {U'學', U'学'}, {U'禮', U'礼'}, {U'與', U'与'},
        {U'傳', U'伝'}, {U'晉', U'晋'}, {U'彌', U'弥'}, {U'穗', U'穂'}, {U'曻', U'昇'},
        {U'鷗', U'鴎'}, {U'槇', U'槙'}, {U'凜', U'凛'}, {U'遙', U'遥'}, {U'縣', U'県'},
    };
    return table;
}

// The Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) without their accents,
// from Unicode's canonical decompositions; letters that have none but are
// read as others (ø, ł, đ) are added by hand. Built once.
struct LatinBases
{
    std::array<char16_t, 0x250 - 0xC0> extended{};
    std::array<char16_t, 0x100> additional{};

    LatinBases()
    {
        auto base = [](char32_t c) {
            while (QChar::decompositionTag(c) == QChar::Canonical)
                c = QChar::decomposition(c).toUcs4().constFirst();
            return char16_t(c < 0x10000 ? c : 0);
        };
        for (char32_t c = 0xC0; c < 0x250; ++c)
            extended[c - 0xC0] = base(c);
        for (char32_t c = 0x1E00; c < 0x1F00; ++c)
            additional[c - 0x1E00] = base(c);
        for (auto [letter, plain] : {std::pair{u'ø', u'o'}, {u'Ø', u'O'}, {u'ł', u'l'}, {u'Ł', u'L'}, {u'đ', u'd'},
                                     {u'Đ', u'D'}, {u'ı', u'i'}}) {
            extended[letter - 0xC0] = plain;
        }
    }
    char16_t of(char32_t c) const
    {
        if (c >= 0xC0 && c < 0x250)
            return extended[c - 0xC0];
        if (c >= 0x1E00 && c < 0x1F00)
            return additional[c - 0x1E00];
        return 0;
    }
};

// Words are split at spaces and punctuation; apostrophes are dropped within
// a word (O'Brien = OBrien). The prolonged sound mark ー is a letter.
bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'’' || c == U'ʼ' || c == U'`';
}

bool isSeparator(char32_t c)
{
    return QChar::isSpace(c) || QChar::isPunct(c) || QChar::isSymbol(c);
}

} // namespace

char32_t NameMatching::variantOf(char32_t c)
{
    if (c < 0x3400)
        return c;
    return variantTable().value(c, c);
}

QString NameMatching::fold(QStringView text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toString().toLower();
    return text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
}

void NameMatching::appendLatinBase(char32_t c, bool writeUmlautsOut, QString &out)
{
    static const LatinBases bases;
    switch (c) {
    case U'ä': case U'ö': case U'ü':
        out += QChar(bases.of(c));
        if (writeUmlautsOut)
            out += u'e';
        return;
    case U'ß':
        out += u"ss";
        return;
    case U'æ':
        out += u"ae";
        return;
    case U'œ':
        out += u"oe";
        return;
    default:
        break;
    }
    if (c >= 0x300 && c < 0x370)
        return; // a combining accent left after NFKC: dropped
    const char16_t base = bases.of(c);
    out += QStringView(QChar::fromUcs4(base ? char32_t(base) : c));
}

namespace {

// The words of a reading: where each begins in its text, and its length.
using Words = QVarLengthArray<std::pair<qsizetype, qsizetype>, 8>;

struct Reading
{
    QString text;
    Words words;
};

template<typename Visit>
void forEachCodePoint(QStringView text, Visit visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        visit(c);
    }
}

// The reading with each character written as map(c, out) appends it.
template<typename Map>
Reading mapped(const Reading &from, Map map)
{
    Reading to;
    to.text.reserve(from.text.size() + 4);
    for (const auto &[begin, size] : from.words) {
        const qsizetype start = to.text.size();
        forEachCodePoint(QStringView(from.text).sliced(begin, size), [&](char32_t c) { map(c, to.text); });
        to.words.append({start, to.text.size() - start});
    }
    return to;
}

// The words sorted and joined; the text itself when they are in order.
QString sortedWords(const Reading &reading)
{
    const auto word = [&](const std::pair<qsizetype, qsizetype> &w) {
        return QStringView(reading.text).sliced(w.first, w.second);
    };
    const auto before = [&](const auto &a, const auto &b) { return word(a) < word(b); };
    if (std::is_sorted(reading.words.cbegin(), reading.words.cend(), before))
        return reading.text;
    Words words = reading.words;
    std::sort(words.begin(), words.end(), before);
    QString sorted;
    sorted.reserve(reading.text.size());
    for (const auto &w : words)
        sorted += word(w);
    return sorted;
}

} // namespace

NameMatching::Keys NameMatching::keys(QStringView name)
{
    Keys keys;
    keys.exact = name.toString().simplified();
    if (keys.exact.isEmpty())
        return keys;
    const QString folded = fold(keys.exact);
    keys.lastFirst = folded.contains(u',') || folded.contains(u'、');

    // The folded words, joined; a step that changes nothing shares the text
    // of the step before (most names need one or two of the four).
    Reading reading;
    reading.text.reserve(folded.size());
    bool latin = false;
    bool umlauts = false;
    qsizetype start = 0;
    auto endWord = [&] {
        if (reading.text.size() > start)
            reading.words.append({start, reading.text.size() - start});
        start = reading.text.size();
    };
    forEachCodePoint(folded, [&](char32_t c) {
        if (isApostrophe(c))
            return;
        if (isSeparator(c)) {
            endWord();
            return;
        }
        reading.text += QStringView(QChar::fromUcs4(c));
        if (variantOf(c) != c)
            keys.variants.append(c);
        latin = latin || (c >= 0xC0 && c < 0x3000);
        umlauts = umlauts || c == U'ä' || c == U'ö' || c == U'ü';
    });
    endWord();

    Reading steps[StepCount] = {reading};
    steps[Variants] = keys.variants.isEmpty()
        ? steps[Folded]
        : mapped(steps[Folded], [](char32_t c, QString &out) { out += QStringView(QChar::fromUcs4(variantOf(c))); });
    auto latinBases = [&](bool writeUmlautsOut) {
        return mapped(steps[Variants], [writeUmlautsOut](char32_t c, QString &out) {
            if (c < 0x3000) // Latin and its neighbours; kana and kanji are left as they are
                appendLatinBase(c, writeUmlautsOut, out);
            else
                out += QStringView(QChar::fromUcs4(c));
        });
    };
    steps[Transliterated] = latin ? latinBases(true) : steps[Variants];
    steps[Unaccented] = umlauts ? latinBases(false) : steps[Transliterated];
    for (int step = 0; step < StepCount; ++step) {
        keys.inOrder[step] = steps[step].text;
        const bool same = step > 0 && steps[step].text.isSharedWith(steps[step - 1].text);
        keys.sorted[step] = same ? keys.sorted[step - 1] : sortedWords(steps[step]);
    }
    return keys;
}

} // namespace Kindred
