// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialogfitter.h"

#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QListView>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>

#include <algorithm>

namespace Kindred {

bool FileDialogFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        if (auto *dialog = qobject_cast<QFileDialog *>(watched))
            fit(*dialog);
    }
    return QObject::eventFilter(watched, event);
}

void FileDialogFitter::fit(QFileDialog &dialog)
{
    auto *splitter = dialog.findChild<QSplitter *>(QStringLiteral("splitter"));
    auto *sidebar = dialog.findChild<QListView *>(QStringLiteral("sidebar"));
    if (!splitter || !sidebar || splitter->count() != 2)
        return;
    // Room for the list, the file columns (name, size, type, date) and the buttons.
    const QSize wanted(std::max(dialog.width(), dialog.fontMetrics().averageCharWidth() * 90),
                       std::max(dialog.height(), dialog.fontMetrics().height() * 26));
    const QRect screen = dialog.screen() ? dialog.screen()->availableGeometry() : QRect();
    const QSize size = screen.isValid() ? wanted.boundedTo(screen.size() * 9 / 10) : wanted;
    if (size != dialog.size())
        dialog.resize(size);

    const int sidebarWidth = sidebar->sizeHintForColumn(0) + 2 * sidebar->frameWidth()
        + sidebar->verticalScrollBar()->sizeHint().width();
    // Size, type and date whole ("2026/1…"); the name takes the rest.
    if (auto *files = dialog.findChild<QTreeView *>(QStringLiteral("treeView"))) {
        QHeaderView *header = files->header();
        if (header->count() == 4) {
            header->setStretchLastSection(false);
            header->setSectionResizeMode(0, QHeaderView::Stretch);
            for (int column = 1; column < 4; ++column)
                header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        }
    }

    const QList<int> sizes = splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (sizes.value(0) < sidebarWidth && total > 0)
        splitter->setSizes({sidebarWidth, std::max(total - sidebarWidth, 1)});
}

} // namespace Kindred
