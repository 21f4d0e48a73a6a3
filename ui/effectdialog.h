// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "effectanalysis.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QTableWidget;
class QTimer;

namespace Kindred {

class CustomerStore;
class CustomerTableModel;
class EffectChart;

/// Analysis ▸ One-to-one Effect: whether the quadrant I customers who were
/// contacted moved to II more often than the others, from a day the marketer
/// chooses (90 days before the as-of day at first) to the as-of day, as a
/// small chart and a table of both groups' figures, with the caveat that the
/// groups were not chosen at random. It reads the store and changes nothing.
class EffectDialog : public QDialog
{
    Q_OBJECT

public:
    EffectDialog(const CustomerStore &store, const CustomerTableModel &customers, QWidget *parent = nullptr);

    QDate since() const;
    void setSince(const QDate &since);
    /// Computes the figures for the chosen period at once (a change of the
    /// date does so a moment after the last keystroke).
    void recompute();

    const EffectSummary &summary() const { return m_summary; }
    const EffectChart &chart() const { return *m_chart; }
    const QTableWidget &table() const { return *m_table; }

private:
    void showSummary();

    const CustomerStore &m_store;
    const CustomerTableModel &m_customers;
    EffectSummary m_summary;
    QDateEdit *m_since;
    QLabel *m_until;
    QLabel *m_message;
    EffectChart *m_chart;
    QTableWidget *m_table;
    QTimer *m_delay;
};

} // namespace Kindred
