// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include "reportwriter.h"
#include "store/customerstore.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace Kindred {

void exportReport(QWidget *parent, const CustomerStore &store)
{
    const QString suggested = QFileInfo(store.displayName()).completeBaseName() + QStringLiteral("-report.pdf");
    const QString title = ReportWriter::tr("Export Report");
    QString path = QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggested),
                                                ReportWriter::tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto data = Report::collect(store);
    const Status written = data ? ReportWriter(data.value()).write(path) : Status(data.error());
    QApplication::restoreOverrideCursor();
    if (written) {
        QMessageBox::warning(parent, title, written->toString());
        return;
    }
    if (auto *window = qobject_cast<QMainWindow *>(parent))
        window->statusBar()->showMessage(
            ReportWriter::tr("Report saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

} // namespace Kindred
