// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Kindred {

struct WorkspaceSettings;

/// The channels a contact of the one-to-one work goes through. The built-in
/// ones are stored by an English key and shown in the interface language;
/// the ones the user adds (WorkspaceSettings::contactChannels) are stored
/// and shown as written.
namespace ContactChannels {

/// call, visit, email, message, event, other
const QStringList &builtIn();
/// The built-in channels, then the user's, without repeats.
QStringList all(const WorkspaceSettings &settings);
/// A channel as the user reads it: a built-in one translated, another as written.
QString displayText(const QString &channel);
/// The stored form of what the user typed or chose: a built-in channel's
/// key when the text names one (in English or in the interface language,
/// ignoring case and surrounding spaces), else the text trimmed.
QString fromText(const QString &text);

} // namespace ContactChannels
} // namespace Kindred
