// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

class QCoreApplication;

namespace Kindred {
struct ReportData;
}

namespace Kindred::Cli::ReportModule {

// The report draws with Qt Gui and Widgets. They live in a module,
// kindred-report, that kindred-cli loads for that verb alone: linked into
// kindred-cli they would double every other verb's start-up time.

/// Loads the module (beside kindred-cli, else in its library folder) and
/// makes the QApplication the report draws in, on the offscreen platform
/// unless QT_QPA_PLATFORM says otherwise; nullptr after printing why not.
QCoreApplication *createApplication(int &argc, char **argv);

/// Writes the report as a PDF, through the module.
Status writeReport(const ReportData &data, const QString &path);

} // namespace Kindred::Cli::ReportModule
