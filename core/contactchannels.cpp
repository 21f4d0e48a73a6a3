// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactchannels.h"

#include "workspacesettings.h"

#include <QCoreApplication>

namespace Kindred::ContactChannels {

const QStringList &builtIn()
{
    static const QStringList keys = {QStringLiteral("call"),    QStringLiteral("visit"), QStringLiteral("email"),
                                     QStringLiteral("message"), QStringLiteral("event"), QStringLiteral("other")};
    return keys;
}

QStringList all(const WorkspaceSettings &settings)
{
    QStringList channels = builtIn();
    for (const QString &channel : settings.contactChannels) {
        const QString stored = fromText(channel);
        if (!stored.isEmpty() && !channels.contains(stored))
            channels.append(stored);
    }
    return channels;
}

QString displayText(const QString &channel)
{
    // The keys are listed here so that lupdate finds them.
    static const char *const texts[][2] = {
        {"call", QT_TRANSLATE_NOOP("Kindred::ContactChannels", "Call")},
        {"visit", QT_TRANSLATE_NOOP("Kindred::ContactChannels", "Visit")},
        {"email", QT_TRANSLATE_NOOP("Kindred::ContactChannels", "Email")},
        {"message", QT_TRANSLATE_NOOP("Kindred::ContactChannels", "Message")},
        {"event", QT_TRANSLATE_NOOP("Kindred::ContactChannels", "Event")},
        {"other", QT_TRANSLATE_NOOP("Kindred::ContactChannels", "Other")},
    };
    for (const auto &text : texts) {
        if (channel == QLatin1String(text[0]))
            return QCoreApplication::translate("Kindred::ContactChannels", text[1]);
    }
    return channel;
}

QString fromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &key : builtIn()) {
        if (trimmed.compare(key, Qt::CaseInsensitive) == 0
            || trimmed.compare(displayText(key), Qt::CaseInsensitive) == 0)
            return key;
    }
    return trimmed;
}

} // namespace Kindred::ContactChannels
