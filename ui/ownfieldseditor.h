// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ownfields.h"

#include <QWidget>

class QFormLayout;

namespace Kindred {

/// Edits one customer's own fields: a line per field the workspace defines
/// (and per value whose field it does not define), shown in the user's
/// locale and kept in the one form OwnFieldValues describes.
class OwnFieldsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OwnFieldsEditor(QWidget *parent = nullptr);

    /// Shows these values; does not emit edited().
    void setFields(const QList<OwnFieldDefinition> &definitions, const OwnFieldValues &values);
    /// The values as edited: an emptied field has no value.
    OwnFieldValues values() const;

signals:
    /// The user finished editing a field.
    void edited();

private:
    struct Row
    {
        OwnFieldDefinition definition;
        QWidget *editor;
    };
    QString textOf(const Row &row) const;

    QFormLayout *m_form;
    QList<Row> m_rows;
    OwnFieldValues m_shown;
};

} // namespace Kindred
