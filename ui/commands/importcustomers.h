// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customercommand.h"

namespace Kindred {

/// An import as one undo step. The import ran before the step is pushed (on
/// a worker thread, see ImportDialog), so the first redo changes nothing;
/// undo and redo then swap the customers it touched and created with the
/// snapshots the store does not hold at that moment.
class ImportCustomers : public CustomerCommand
{
public:
    ImportCustomers(CustomerStore &store, const QString &fileName, const ImportUndo &undo,
                    QUndoCommand *parent = nullptr);

    QList<CustomerId> customers() const override { return m_ids; }

protected:
    void undoChanges() override;
    void redoChanges() override;

private:
    void swap();

    QList<CustomerId> m_ids; ///< touched and created
    /// Before the import while it is done; after it while it is undone.
    QList<CustomerSnapshot> m_other;
    bool m_imported = true;
};

} // namespace Kindred
