// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QFileDialog;

namespace Kindred {

/// Makes room in Qt's own file dialogs (where the platform has no native
/// one), whichever part of Kindred opens them: the places on the left as
/// wide as their longest name ("コンピュータ" was cut to "コンピ…", and Qt
/// restores the last, narrower width), and the dialog as large as its
/// columns need, within the screen. Install on the application.
class FileDialogFitter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Widens the sidebar and the dialog of a shown dialog.
    static void fit(QFileDialog &dialog);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Kindred
