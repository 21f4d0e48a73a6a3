// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ownfields.h"

#include <QObject>

class QFormLayout;
class QWidget;

namespace Kindred {

/// Edits one customer's own fields: a row of the given form per field the
/// workspace defines (and per value whose field it does not define), from
/// the form's row `firstRow` on, so that they line up with the form's other
/// fields; values are shown in the form's locale and kept in the one form
/// OwnFieldValues describes.
class OwnFieldsEditor : public QObject
{
    Q_OBJECT

public:
    OwnFieldsEditor(QFormLayout *form, int firstRow, QObject *parent = nullptr);

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
    QWidget *formWidget() const;

    QFormLayout *m_form;
    int m_firstRow;
    QList<Row> m_rows;
    OwnFieldValues m_shown;
};

} // namespace Kindred
