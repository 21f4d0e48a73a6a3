// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <cmath>

namespace Kindred {

namespace {
constexpr char hexDigits[] = "0123456789abcdef";

void appendUnicodeEscape(QByteArray &out, char16_t unit)
{
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hexDigits[(unit >> shift) & 0xf];
}
} // namespace

void IndentedJsonText::appendEscaped(QByteArray &out, QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x80) {
            switch (u) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (u < 0x20)
                    appendUnicodeEscape(out, u);
                else
                    out += char(u);
            }
        } else if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += text.sliced(i, 2).toUtf8();
            ++i;
        } else if (QChar::isSurrogate(u)) { // alone: not UTF-8, as Qt writes it
            appendUnicodeEscape(out, u);
        } else {
            out += text.sliced(i, 1).toUtf8();
        }
    }
}

void IndentedJsonText::beginValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.isEmpty())
        return;
    m_out += m_counts.last()++ > 0 ? ",\n" : "";
    m_out += QByteArray(4 * m_counts.size(), ' ');
}

IndentedJsonText &IndentedJsonText::key(QStringView key)
{
    beginValue();
    m_out += '"';
    appendEscaped(m_out, key);
    m_out += "\": ";
    m_afterKey = true;
    return *this;
}

void IndentedJsonText::open(char bracket)
{
    beginValue();
    m_out += bracket;
    m_out += '\n';
    m_counts.append(0);
}

void IndentedJsonText::close(char bracket)
{
    if (m_counts.takeLast() > 0)
        m_out += '\n';
    m_out += QByteArray(4 * m_counts.size(), ' ');
    m_out += bracket;
    if (m_counts.isEmpty())
        m_out += '\n'; // a document ends with a line break
}

void IndentedJsonText::beginObject()
{
    open('{');
}

void IndentedJsonText::endObject()
{
    close('}');
}

void IndentedJsonText::beginArray()
{
    open('[');
}

void IndentedJsonText::endArray()
{
    close(']');
}

void IndentedJsonText::value(QStringView text)
{
    beginValue();
    m_out += '"';
    appendEscaped(m_out, text);
    m_out += '"';
}

void IndentedJsonText::value(double number)
{
    beginValue();
    // JSON has no infinities nor NaN (RFC 8259, section 6).
    m_out += std::isfinite(number) ? QByteArray::number(number, 'g', QLocale::FloatingPointShortest)
                                   : QByteArray("null");
}

void IndentedJsonText::value(qint64 number)
{
    beginValue();
    m_out += QByteArray::number(number);
}

void IndentedJsonText::value(bool yes)
{
    beginValue();
    m_out += yes ? "true" : "false";
}

void IndentedJsonText::null()
{
    beginValue();
    m_out += "null";
}

void IndentedJsonText::strings(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(text);
    endArray();
}

void IndentedJsonText::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        value(json.toBool());
        break;
    case QJsonValue::Double:
        // Whole numbers kept as integers are written as Qt writes them.
        if (json.toVariant().typeId() == QMetaType::LongLong)
            value(json.toInteger());
        else
            value(json.toDouble());
        break;
    case QJsonValue::String:
        value(json.toString());
        break;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &element : json.toArray())
            value(element);
        endArray();
        break;
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

} // namespace Kindred
