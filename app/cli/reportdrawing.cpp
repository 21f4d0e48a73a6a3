// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The module kindred-report: what kindred-cli's report verb needs of Qt Gui
// and Widgets, loaded for that verb alone (see reportmodule.h).
#include "reportwriter.h"

#include <QApplication>

extern "C" Q_DECL_EXPORT QCoreApplication *kindredCreateApplication(int &argc, char **argv)
{
    // The report is never shown: it needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return new QApplication(argc, argv);
}

extern "C" Q_DECL_EXPORT bool kindredWriteReport(const Kindred::ReportData &data, const QString &path,
                                                 QString &error)
{
    const Kindred::Status status = Kindred::ReportWriter(data).write(path);
    if (status)
        error = status->message;
    return !status;
}
