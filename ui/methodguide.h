// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace Kindred {

/// Help ▸ The Method: a short, read-only guide to the method Kindred serves
/// (the funnel, the four quadrants, Pareto, the shortlist), in the interface
/// language, with the same stage and quadrant names as the views.
class MethodGuide : public QDialog
{
    Q_OBJECT

public:
    explicit MethodGuide(QWidget *parent = nullptr);

    /// The guide as HTML, with a heading per part of the method.
    static QString html();

    QTextBrowser &browser() { return *m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace Kindred
