// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companymatching.h"

#include "namematching.h"

#include <QSet>
#include <QStringList>

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
const QSet<QString> &westernForms()
{
    static const QSet<QString> forms = {
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
    return forms;
}

// The words of a folded name, read as NameMatching's transliterated step.
QString joined(const QStringList &words)
{
    return NameMatching::keys(words.join(u' ')).inOrder[NameMatching::Transliterated];
}

} // namespace

CompanyMatching::Keys CompanyMatching::keys(QStringView company)
{
    QString text = NameMatching::fold(company.trimmed());
    if (text.isEmpty())
        return {};
    // "S.A.", "B.V.", "e.V.", "Co., Ltd.": the dots of an abbreviation join its letters.
    text.remove(u'.');
    const QString folded = NameMatching::keys(text).inOrder[NameMatching::Transliterated];
    for (const QString &form : japaneseForms())
        text.replace(form, QStringLiteral(" "));
    QStringList words;
    QString word;
    for (QChar c : std::as_const(text)) {
        if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            if (!word.isEmpty())
                words.append(std::exchange(word, QString()));
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        words.append(word);
    const QSet<QString> &forms = westernForms();
    while (words.size() > 1 && forms.contains(words.constLast()))
        words.removeLast();
    while (words.size() > 1 && forms.contains(words.constFirst()))
        words.removeFirst();
    Keys keys;
    keys.folded = folded;
    keys.key = joined(words);
    return keys;
}

} // namespace Kindred
