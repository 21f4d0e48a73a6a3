// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "duplicates/customermerge.h"

#include <QDialog>

class QButtonGroup;
class QGridLayout;

namespace Kindred {

/// Merge…: the person picks the customer to keep and, per field the two
/// fill differently, which value wins; the filled one, else the one saved
/// last, is preselected. Tags and notes of both are kept.
class MergeCustomersDialog : public QDialog
{
    Q_OBJECT

public:
    MergeCustomersDialog(const Customer &a, const Customer &b, QWidget *parent = nullptr);

    /// Which customer is kept; the other is absorbed.
    void setKept(CustomerId id);
    CustomerId keptId() const { return m_merge.kept().id; }
    /// The fields offered, and whether the absorbed customer's value wins.
    QList<MergeField> fields() const { return m_fields; }
    void setOtherWins(const MergeField &field, bool otherWins);
    /// The kept customer as the choices make them, and the one absorbed.
    Customer merged() const;
    const Customer &other() const { return m_merge.other(); }

private:
    void rebuildFields();

    Customer m_a;
    Customer m_b;
    CustomerMerge m_merge;
    QList<MergeField> m_fields;
    QButtonGroup *m_keep;
    QGridLayout *m_grid;
    QList<QButtonGroup *> m_choices; ///< per field: id 0 the kept value, 1 the other's
};

} // namespace Kindred
