// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-bench-window: the main window on a large store, as a user would
// meet it: opening the store, showing each view for the first time, and the
// edits of one customer a user makes most (a note, a move on the value matrix
// across a quadrant, a pin) while each view is on screen, each an undo step,
// timed until every view and dock has followed it and the window is painted
// (medians); then an import of ten order lines per customer through the
// import dialog while a timer on the window's thread watches how long the
// window stands still, and its undo and redo. Prints the time of each step.
// It remembers the store as a recent one: run it with XDG_CONFIG_HOME set to
// a spare folder. --edits-only stops before the import (which adds
// customers to a kept --store).
//   kindred-bench-window [--customers N] [--store PATH] [--edits-only]
#include "benchstore.h"
#include "benchtiming.h"
#include "commands/editcustomers.h"
#include "commands/movecustomers.h"
#include "commands/pincustomers.h"
#include "customertablemodel.h"
#include "demogenerator.h"
#include "processstart.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "store/customerstore.h"

#include "../common/orderlines.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <ctime>
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

// Runs an import as File > Import does (worker thread, progress dialog)
// while a timer ticks every 10 ms on the window's thread: the longest gap
// between ticks is the longest the window stood still while the import ran;
// the reload of every view follows the import's end.
void importWhileWatching(MainWindow &window, const QString &csv)
{
    ImportDialog dialog(window.store(), csv, &window);
    dialog.setUndoStack(&window.undoStack());
    dialog.show();
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - lastTick);
        lastTick = now;
        ++ticks;
    });
    qint64 finished = 0;
    QEventLoop loop;
    QObject::connect(&dialog, &ImportDialog::importFinished, &loop, [&] {
        finished = clock.elapsed();
        loop.quit();
    });
    clock.start();
    ticker.start();
    dialog.startImport();
    loop.exec();
    const qint64 reload = finished - lastTick;
    std::printf("import of the order lines: %lld ms; the window stood still at most %lld ms while it ran "
                "(%d ticks of 10 ms); the views' reload after it: %lld ms\n",
                finished, longestGap, ticks, reload);
    if (dialog.lastSummary()) {
        std::printf("  %lld rows, %lld customers created, %lld orders added\n", dialog.lastSummary()->rows,
                    dialog.lastSummary()->customersCreated, dialog.lastSummary()->ordersAdded);
    }
}
// The time the window's thread spent on a step, which other work on the
// machine's cores changes far less than the time on the clock.
double threadMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// An edit until every view has followed it and the window is painted: the
// medians of 15 runs after a warm-up, on the clock and on the window's thread.
void printEditLatency(const QString &what, const std::function<void()> &edit, QWidget &window)
{
    QList<double> wall, cpu;
    for (int run = 0; run <= 15; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = threadMilliseconds();
        edit();
        QApplication::processEvents();
        window.grab();
        if (run == 0)
            continue; // warm-up
        cpu.append(threadMilliseconds() - cpuBefore);
        wall.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("  %-40s until shown: %6.2f ms median (%.2f-%.2f), %6.2f ms of the window's thread\n",
                qPrintable(what), wall.at(wall.size() / 2), wall.constFirst(), wall.constLast(),
                cpu.at(cpu.size() / 2));
}
} // namespace

int main(int argc, char *argv[])
{
    Kindred::startProcess(argv); // as the programs start
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QCommandLineParser parser;
    const QCommandLineOption editsOnly(QStringLiteral("edits-only"), QStringLiteral("Stop before the import."));
    parser.addOption(editsOnly);
    const QString path = benchDemoStore(app, dir, parser);
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
    const CustomerId edited =
        window.customerTable().model()->index(0, 0).data(CustomerTableModel::CustomerIdRole).toLongLong();
    const auto current = [&] { return store.customer(edited).value(); };
    int edits = 0;
    // Each edit is one undo step as the details panel, the matrix and the
    // shortlist push it; the move takes the customer between quadrants I and IV.
    const QList<std::pair<QString, std::function<void()>>> userEdits = {
        {QStringLiteral("a note"), [&] {
             Customer after = current();
             after.notes = QStringLiteral("Called back %1").arg(++edits);
             window.undoStack().push(new EditCustomers(store, {current()}, {after}, QStringLiteral("Edit notes")));
         }},
        {QStringLiteral("a move across a quadrant"), [&] {
             Customer after = current();
             after.valueAwareness = 25;
             after.valueFit = after.valueFit.value_or(0) > 50 ? 25 : 75;
             window.undoStack().push(
                 new MoveCustomers(store, {current()}, {after}, MoveCustomers::Kind::Place));
         }},
        {QStringLiteral("a pin"), [&] {
             window.undoStack().push(new PinCustomers(store, {edited}, !current().pinned));
         }},
    };
    for (const QString &view : MainWindow::viewNames()) {
        std::printf("%-10s first shown: %5lld ms\n", qPrintable(view), timed([&] { window.showView(view); }, window));
        for (const auto &[what, edit] : userEdits)
            printEditLatency(QStringLiteral("%1, %2").arg(view, what), edit, window);
    }
    {
        // What the store's write costs of an edit, with no view following.
        const QSignalBlocker quiet(store);
        printMedian(QStringLiteral("  the store's write of a note alone"), [&] {
            Customer after = current();
            after.notes = QStringLiteral("Called back %1").arg(++edits);
            (void)store.updateCustomer(after, CustomerField::Notes);
        }, 9);
    }
    store.announceExternalChange(); // the views follow the notes written unseen
    QApplication::processEvents();
    if (parser.isSet(editsOnly))
        return 0;

    const QString csv = dir.filePath(QStringLiteral("orders.csv"));
    if (!writeOrderLines(csv, qint64(customers) * 10, customers)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
        return 1;
    }
    importWhileWatching(window, csv);
    std::printf("undo the import: %lld ms", timed([&] { window.undoStack().undo(); }, window));
    std::printf("; redo it: %lld ms\n", timed([&] { window.undoStack().redo(); }, window));
    std::printf("the same file again (nothing changes): ");
    importWhileWatching(window, csv);
    return 0;
}
