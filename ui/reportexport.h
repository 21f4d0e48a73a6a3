// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Kindred {

class CustomerStore;

/// File ▸ Export Report…: asks where to save the one-page PDF report of the
/// store, writes it and says how it went (in the window's status bar, or in a
/// message when it failed).
void exportReport(QWidget *parent, const CustomerStore &store);

} // namespace Kindred
