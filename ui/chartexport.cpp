// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace Kindred {

QString askChartExportPath(QWidget *parent, const QString &suggestedName)
{
    const QString png = QCoreApplication::translate("Kindred::ChartExport", "PNG image (*.png)");
    const QString pdf = QCoreApplication::translate("Kindred::ChartExport", "PDF document (*.pdf)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("Kindred::ChartExport", "Export Chart"),
        QDir::home().filePath(suggestedName + QStringLiteral(".png")), png + QStringLiteral(";;") + pdf, &filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += filter == pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    return path;
}

} // namespace Kindred
