// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-bench-window: the main window on a large store, as a user would
// meet it: opening the store, showing each view for the first time, and one
// edit of a customer's note while each view is on screen (every view and
// dock follows the edit). Prints the time of each step. It remembers the
// store as a recent one: run it with XDG_CONFIG_HOME set to a spare folder.
//   kindred-bench-window [--customers N] [--store PATH]
#include "benchstore.h"
#include "customerstore.h"
#include "customertablemodel.h"
#include "demogenerator.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Kindred;

namespace {
// Runs the step, then lets every queued reload and repaint happen.
qint64 timed(const std::function<void()> &step, QWidget &window)
{
    QElapsedTimer timer;
    timer.start();
    step();
    QApplication::processEvents();
    window.grab();
    return timer.elapsed();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = benchDemoStore(app, dir);
    if (path.isEmpty())
        return 1;

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    std::printf("open the store and show the customers: %lld ms\n",
                timed([&] { window.openStore(path); }, window));
    const int customers = window.customerTable().model()->rowCount();
    std::printf("customers: %d\n", customers);

    CustomerStore &store = window.store();
    Customer edited = store.customer(window.customerTable().model()->index(0, 0).data(
                                         CustomerTableModel::CustomerIdRole).toLongLong())
                          .value();
    int edits = 0;
    for (const QString &view : MainWindow::viewNames()) {
        std::printf("%-10s first shown: %5lld ms", qPrintable(view),
                    timed([&] { window.showView(view); }, window));
        std::printf("; a note edited while shown: %5lld ms\n", timed([&] {
                        edited.notes = QStringLiteral("Called back %1").arg(++edits);
                        (void)store.updateCustomer(edited);
                    }, window));
    }
    return 0;
}
