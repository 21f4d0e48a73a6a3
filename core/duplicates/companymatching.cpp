// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companymatching.h"

#include "namematching.h"

#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>

namespace Kindred {

namespace {

// Japanese legal forms, as written after NFKC (㈱ and （株） become (株)).
// They stand before the name (前株) or after it (後株), so they are taken
// out wherever they are.
const QStringList &japaneseForms()
{
    static const QStringList forms = {
        QStringLiteral("株式会社"), QStringLiteral("有限会社"), QStringLiteral("合同会社"),
        QStringLiteral("合資会社"), QStringLiteral("合名会社"), QStringLiteral("(株)"),
        QStringLiteral("(有)"),     QStringLiteral("(同)"),     QStringLiteral("(資)"),
        QStringLiteral("(名)"),
    };
    return forms;
}

// Western legal forms as words, case folded and without their dots (S.A.
// is sa, Inc. is inc), taken from the first and last words only: "AG" in
// the middle of a name is part of it.
bool isWesternForm(QStringView word)
{
    static const QStringList forms = {
        QStringLiteral("gmbh"), QStringLiteral("ag"),   QStringLiteral("kg"),   QStringLiteral("ohg"),
        QStringLiteral("ug"),   QStringLiteral("ev"),   QStringLiteral("inc"),  QStringLiteral("incorporated"),
        QStringLiteral("ltd"),  QStringLiteral("limited"), QStringLiteral("llc"), QStringLiteral("llp"),
        QStringLiteral("plc"),  QStringLiteral("corp"), QStringLiteral("corporation"), QStringLiteral("co"),
        QStringLiteral("company"), QStringLiteral("pty"), QStringLiteral("sarl"), QStringLiteral("sa"),
        QStringLiteral("sas"),  QStringLiteral("sasu"), QStringLiteral("eurl"), QStringLiteral("sca"),
        QStringLiteral("bv"),   QStringLiteral("nv"),   QStringLiteral("vof"),  QStringLiteral("spa"),
        QStringLiteral("srl"),  QStringLiteral("sl"),   QStringLiteral("kk"),   QStringLiteral("ab"),
        QStringLiteral("oy"),   QStringLiteral("as"),   QStringLiteral("aps"),
    };
    return word.size() <= 12 && std::any_of(forms.cbegin(), forms.cend(), [word](const QString &f) { return f == word; });
}

QString transliterated(const QString &text)
{
    return NameMatching::keys(text).inOrder[NameMatching::Transliterated];
}

} // namespace

CompanyMatching::Keys CompanyMatching::keys(QStringView company)
{
    QString text = NameMatching::fold(company.trimmed());
    if (text.isEmpty())
        return {};
    // "S.A.", "B.V.", "e.V.", "Co., Ltd.": the dots of an abbreviation join its letters.
    text.remove(u'.');
    Keys keys;
    keys.folded = transliterated(text);
    bool stripped = false;
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x3000; })) {
        for (const QString &form : japaneseForms()) {
            if (text.contains(form)) {
                text.replace(form, QStringLiteral(" "));
                stripped = true;
            }
        }
    }
    QVarLengthArray<QStringView, 8> words;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size() || text.at(i).isSpace() || text.at(i).isPunct() || text.at(i).isSymbol();
        if (end && i > start)
            words.append(QStringView(text).sliced(start, i - start));
        if (end)
            start = i + 1;
    }
    qsizetype first = 0;
    qsizetype last = words.size();
    while (last - first > 1 && isWesternForm(words[last - 1]))
        --last;
    while (last - first > 1 && isWesternForm(words[first]))
        ++first;
    if (!stripped && first == 0 && last == words.size()) {
        keys.key = keys.folded;
        return keys;
    }
    QString rest;
    for (qsizetype w = first; w < last; ++w) {
        rest += words[w];
        rest += u' ';
    }
    keys.key = transliterated(rest);
    return keys;
}

} // namespace Kindred
