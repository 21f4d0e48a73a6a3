// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Kindred {

/// Reads a company's name the way two records of one company are told to
/// be the same: 株式会社ソニー = ソニー(株) = ㈱ソニー, Müller GmbH = Mueller,
/// ACME Inc. = Acme. The legal form says nothing about who the company is
/// and is written in many ways, so it is left out.
class CompanyMatching
{
public:
    struct Keys
    {
        /// NFKC, case folded, variant kanji and umlauts read as NameMatching
        /// does, no spaces or punctuation; the legal form kept.
        QString folded;
        /// folded without the legal form (kept when it is all there is).
        QString key;
    };

    static Keys keys(QStringView company);
};

} // namespace Kindred
