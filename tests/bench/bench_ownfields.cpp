// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-bench-ownfields: gives every customer of a large demo store two
// own fields (and one in a hundred a third) and prints what it costs to
// count them, rename, re-type and delete a field in every customer that
// holds it, and to undo each as the window does (ChangeOwnField on a
// QUndoStack, revisions read included).
//   kindred-bench-ownfields [--customers N] [--store PATH]
#include "benchstore.h"
#include "processstart.h"

#include "commands/changeownfield.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QUndoStack>

using namespace Kindred;

namespace {
int fail(const Error &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    Kindred::startProcess(argv); // as the programs start
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = benchDemoStore(app, dir);
    if (path.isEmpty())
        return 1;
    CustomerStore store;
    if (Status error = store.open(path))
        return fail(*error);

    QElapsedTimer timer;
    timer.start();
    auto customers = store.customers();
    if (!customers)
        return fail(customers.error());
    QList<Customer> all = customers.value();
    for (qsizetype i = 0; i < all.size(); ++i) {
        all[i].ownFields = {{QStringLiteral("会員ランク"), i % 3 ? QStringLiteral("ゴールド") : QStringLiteral("シルバー")},
                            {QStringLiteral("Points"), QString::number(i % 5000) + QStringLiteral(",5")}};
        if (i % 100 == 0)
            all[i].ownFields.insert(QStringLiteral("Campaign"), QStringLiteral("2024 spring"));
    }
    if (Status error = store.updateCustomers(all, QStringLiteral("hand"), CustomerField::OwnFields))
        return fail(*error);
    WorkspaceSettings settings = store.settings();
    settings.ownFields = {{QStringLiteral("会員ランク"), OwnFieldType::Text},
                          {QStringLiteral("Points"), OwnFieldType::Text},
                          {QStringLiteral("Campaign"), OwnFieldType::Text}};
    if (Status error = store.setSettings(settings))
        return fail(*error);
    std::printf("%lld customers given own fields: %lld ms\n", qint64(all.size()), timer.elapsed());

    timer.start();
    auto counts = store.ownFieldCounts();
    if (!counts)
        return fail(counts.error());
    std::printf("count customers per field: %lld ms\n", timer.elapsed());

    QUndoStack stack;
    auto step = [&](const char *what, const OwnFieldEdit &edit) -> bool {
        timer.start();
        auto before = store.changeOwnField(edit);
        if (!before) {
            fail(before.error());
            return false;
        }
        const qint64 changeMs = timer.elapsed();
        stack.push(new ChangeOwnField(store, edit, before.value()));
        const qint64 pushMs = timer.elapsed() - changeMs;
        timer.start();
        stack.undo();
        const qint64 undoMs = timer.elapsed();
        timer.start();
        stack.redo();
        const qint64 redoMs = timer.elapsed();
        std::printf("%s (%lld customers rewritten): change %lld ms, step pushed %lld ms, undo %lld ms, redo %lld ms\n",
                    what, qint64(before.value().customers.size()), changeMs, pushMs, undoMs, redoMs);
        return true;
    };
    const bool ok = step("rename a field every customer holds", OwnFieldEdit::rename(u"会員ランク"_qs, u"Rank"_qs))
        && step("re-type text to number", OwnFieldEdit::retype(u"Points"_qs, OwnFieldType::Number))
        && step("rename a field 1% hold", OwnFieldEdit::rename(u"Campaign"_qs, u"Last campaign"_qs))
        && step("delete a field every customer holds", OwnFieldEdit::remove(u"Rank"_qs));
    return ok ? 0 : 1;
}
