// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Cell values that break naive CSV writers, shared by the writer's tests and
// the fixture that Python's csv module reads.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace KindredTest {

struct TrickyValue
{
    QString value;
    QString neutralised; ///< what a reader gets back with formula neutralising on
    bool cp932 = true;   ///< CP932 can hold it
};

inline QList<TrickyValue> trickyValues()
{
    auto same = [](const QString &v, bool cp932 = true) { return TrickyValue{v, v, cp932}; };
    auto prefixed = [](const QString &v) { return TrickyValue{v, QLatin1Char('\'') + v, true}; };
    return {
        same(QString()),
        same(QStringLiteral("plain")),
        same(QStringLiteral("say \"hello\"")),
        same(QStringLiteral("\"")),
        same(QStringLiteral("a,b,c")),
        same(QStringLiteral("a;b\tc")),
        same(QStringLiteral("line one\nline two")),
        same(QStringLiteral("line one\r\nline two\r")),
        same(QStringLiteral(" padded ")),
        same(QStringLiteral("髙橋 﨑子 ①㈱～")),
        same(QStringLiteral("山田太郎, \"やまだ\"")),
        same(QStringLiteral("emoji 😀 and ✨"), false),
        same(QStringLiteral("-12.50")),
        same(QStringLiteral("+3")),
        same(QStringLiteral("1e5")),
        same(QStringLiteral("-2.5E-3")),
        prefixed(QStringLiteral("=SUM(A1:A9)")),
        prefixed(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")),
        prefixed(QStringLiteral("-x")),
        // Inert arithmetic: nothing a spreadsheet could run (see CsvWriter::needsProtection).
        same(QStringLiteral("-1+2")),
        same(QStringLiteral("+81 3 1234 5678")),
        prefixed(QStringLiteral("-5%")),
        prefixed(QStringLiteral("@SUM(1)")),
        prefixed(QStringLiteral("\tTab first")),
        prefixed(QStringLiteral("\rCR first")),
        same(QStringLiteral("-")),
    };
}

/// One row per value: its number, the value (as written, or as read back
/// after neutralising) and "end", so that a broken quote spills visibly.
inline QList<QStringList> trickyRows(bool cp932Only, bool neutralised)
{
    QList<QStringList> rows;
    int index = 0;
    for (const TrickyValue &t : trickyValues()) {
        ++index;
        if (cp932Only && !t.cp932)
            continue;
        rows.append({QString::number(index), neutralised ? t.neutralised : t.value, QStringLiteral("end")});
    }
    return rows;
}

} // namespace KindredTest
