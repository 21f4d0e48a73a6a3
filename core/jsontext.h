// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

namespace Kindred {

/// Writes JSON text exactly as QJsonDocument::toJson(QJsonDocument::Indented)
/// does, without building QJsonValues first: large lists are written a piece
/// at a time, in a fraction of the time. Members of an object must be given
/// in the order QJsonObject keeps them (by key).
class IndentedJsonText
{
public:
    explicit IndentedJsonText(QByteArray &out) : m_out(out) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The next member's key, inside an object.
    IndentedJsonText &key(QStringView key);
    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(double number);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool yes);
    void null();
    /// Any value; objects and arrays member by member.
    void value(const QJsonValue &json);
    /// An array of strings.
    void strings(const QStringList &texts);

    /// Escapes text as a JSON string's content.
    static void appendEscaped(QByteArray &out, QStringView text);

private:
    void beginValue();
    void open(char bracket);
    void close(char bracket);

    QByteArray &m_out;
    QList<int> m_counts; ///< per open container: the values written in it
    bool m_afterKey = false;
};

} // namespace Kindred
