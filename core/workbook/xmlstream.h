// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zipentry.h"

#include <QXmlStreamReader>

namespace Kindred {

/// A part of a workbook read as XML while it is unpacked: QXmlStreamReader
/// is fed the zip entry chunk by chunk, so that neither the text nor a tree
/// of a large sheet is ever held.
class XmlStream
{
public:
    explicit XmlStream(ZipEntry entry) : m_entry(std::move(entry)) {}

    /// The next token; Invalid after the end of the document or on an
    /// error (then error() says why).
    QXmlStreamReader::TokenType next();
    /// Reads to the end of the current element, as QXmlStreamReader does.
    void skipElement();
    enum class Content {
        All,  ///< all the text in the element
        Runs, ///< Excel's: the <t> elements (a string, or rich text's runs one after another), without the phonetic guide (<rPh>, the furigana of Japanese Excel)
    };
    /// Appends the text of the current element to out, leaving the stream on
    /// the element's end.
    void appendText(QString &out, Content which);
    QXmlStreamReader &xml() { return m_xml; }
    const ZipEntry &entry() const { return m_entry; }
    /// Why reading stopped early: the zip entry's error, or malformed XML
    /// with its line, said as in "(context): message".
    Status error(const QString &context) const;

private:
    ZipEntry m_entry;
    QXmlStreamReader m_xml;
    bool m_ended = false; ///< the document ended well
};

} // namespace Kindred
