// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlstream.h"

#include <QCoreApplication>

namespace Kindred {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::Workbook)
};
} // namespace

QXmlStreamReader::TokenType XmlStream::next()
{
    if (m_ended)
        return QXmlStreamReader::Invalid;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndDocument)
            m_ended = true;
        if (token != QXmlStreamReader::Invalid || m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return token;
        const QByteArray chunk = m_entry.read();
        if (chunk.isEmpty())
            return QXmlStreamReader::Invalid;
        m_xml.addData(chunk);
    }
}

void XmlStream::skipElement()
{
    for (int depth = 1; depth > 0;) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
            return;
        default:
            break;
        }
    }
}

void XmlStream::appendText(QString &out, Content which)
{
    // Excel's text is in <t> elements; its phonetic guides are no part of it.
    int inText = which == Content::All ? 1 : 0;
    for (int depth = 1; depth > 0;) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            if (which == Content::Runs && m_xml.name() == u"rPh") {
                skipElement();
            } else {
                ++depth;
                inText += which == Content::Runs && m_xml.name() == u"t";
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            inText -= which == Content::Runs && depth > 0 && m_xml.name() == u"t";
            break;
        case QXmlStreamReader::Characters:
            if (inText > 0)
                out += m_xml.text();
            break;
        case QXmlStreamReader::Invalid:
            return;
        default:
            break;
        }
    }
}

Status XmlStream::error(const QString &context) const
{
    if (m_entry.error())
        return m_entry.error();
    if (m_ended || !m_xml.hasError())
        return std::nullopt;
    const QString why = m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
        ? Text::tr("the XML ends in the middle")
        : m_xml.errorString();
    return Error{Text::tr("The workbook is damaged: %1 (%2, line %3 of %4).")
                     .arg(why, context)
                     .arg(m_xml.lineNumber())
                     .arg(m_entry.name()),
                 QString()};
}

} // namespace Kindred
