// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixfilterbar.h"

#include "matrixchart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kindred {

MatrixFilterBar::MatrixFilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search name, email, tag"));
    m_search->setClearButtonEnabled(true);
    m_stage = new QComboBox(this);
    m_stage->setAccessibleName(tr("Stage filter"));
    m_stage->addItem(tr("All stages"));
    for (Stage stage : allStages)
        m_stage->addItem(stageName(stage), int(stage));
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("Tags"));
    m_tags->setClearButtonEnabled(true);
    m_minRevenue = new QDoubleSpinBox(this);
    m_maxRevenue = new QDoubleSpinBox(this);
    for (QDoubleSpinBox *box : {m_minRevenue, m_maxRevenue}) {
        box->setRange(0, 1e12);
        box->setDecimals(0);
        box->setSpecialValueText(tr("any"));
        box->setGroupSeparatorShown(true);
    }
    m_minRevenue->setAccessibleName(tr("Minimum revenue"));
    m_maxRevenue->setAccessibleName(tr("Maximum revenue"));
    m_filteredMode = new QComboBox(this);
    m_filteredMode->addItems({tr("Dim others"), tr("Hide others")});
    m_filteredMode->setAccessibleName(tr("Customers outside the filter"));
    m_sizeByRevenue = new QCheckBox(tr("Size by revenue"), this);
    m_sizeByRevenue->setChecked(true);
    m_names = new QCheckBox(tr("Names"), this);
    m_names->setChecked(true);
    m_names->setToolTip(tr("Show names beside the points when at most %1 are in view.")
                            .arg(MatrixChart::maxLabelledPoints()));
    m_moves = new QCheckBox(tr("Moves since"), this);
    m_movesSince = new QDateEdit(QDate::currentDate().addMonths(-3), this);
    m_movesSince->setCalendarPopup(true);
    m_movesSince->setAccessibleName(tr("Show moves since this date"));
    m_movesSince->setEnabled(false);
    m_resetZoom = new QToolButton(this);
    m_resetZoom->setText(tr("Reset Zoom"));
    m_resetZoom->setToolTip(tr("Show the whole matrix again. The mouse wheel zooms; a middle drag, or a drag on "
                               "empty space when zoomed in, moves the view."));
    m_resetZoom->setEnabled(false);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the matrix as PNG or PDF"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_stage);
    filters->addWidget(m_tags, 1);
    filters->addWidget(new QLabel(tr("Revenue"), this));
    filters->addWidget(m_minRevenue);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_maxRevenue);
    auto *display = new QHBoxLayout;
    display->addWidget(m_filteredMode);
    display->addWidget(m_sizeByRevenue);
    display->addWidget(m_names);
    display->addWidget(m_moves);
    display->addWidget(m_movesSince);
    display->addStretch();
    display->addWidget(m_resetZoom);
    display->addWidget(exportButton);
    layout->addLayout(filters);
    layout->addLayout(display);

    auto filterChanged = [this] { emit this->filterChanged(filter()); };
    connect(m_search, &QLineEdit::textChanged, this, filterChanged);
    connect(m_tags, &QLineEdit::textChanged, this, filterChanged);
    connect(m_stage, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_minRevenue, &QDoubleSpinBox::valueChanged, this, filterChanged);
    connect(m_maxRevenue, &QDoubleSpinBox::valueChanged, this, filterChanged);
    connect(m_filteredMode, &QComboBox::currentIndexChanged, this, &MatrixFilterBar::displayChanged);
    connect(m_sizeByRevenue, &QCheckBox::toggled, this, &MatrixFilterBar::displayChanged);
    connect(m_names, &QCheckBox::toggled, this, &MatrixFilterBar::displayChanged);
    auto movesChanged = [this] {
        m_movesSince->setEnabled(m_moves->isChecked());
        emit movesSinceChanged(movesSince());
    };
    connect(m_moves, &QCheckBox::toggled, this, movesChanged);
    connect(m_movesSince, &QDateEdit::dateChanged, this, movesChanged);
    connect(m_resetZoom, &QToolButton::clicked, this, &MatrixFilterBar::resetZoomRequested);
    connect(exportButton, &QToolButton::clicked, this, &MatrixFilterBar::exportRequested);
}

CustomerFilter MatrixFilterBar::filter() const
{
    CustomerFilter filter;
    filter.text = m_search->text().trimmed();
    if (m_stage->currentIndex() > 0)
        filter.stages.insert(Stage(m_stage->currentData().toInt()));
    filter.tags = parseTags(m_tags->text());
    if (m_minRevenue->value() > 0)
        filter.minRevenue = m_minRevenue->value();
    if (m_maxRevenue->value() > 0)
        filter.maxRevenue = m_maxRevenue->value();
    return filter;
}

bool MatrixFilterBar::hideFiltered() const
{
    return m_filteredMode->currentIndex() == 1;
}

bool MatrixFilterBar::sizeByRevenue() const
{
    return m_sizeByRevenue->isChecked();
}

bool MatrixFilterBar::namesShown() const
{
    return m_names->isChecked();
}

std::optional<QDateTime> MatrixFilterBar::movesSince() const
{
    if (!m_moves->isChecked())
        return std::nullopt;
    return m_movesSince->date().startOfDay();
}

void MatrixFilterBar::setZoomed(bool zoomed)
{
    m_resetZoom->setEnabled(zoomed);
}

} // namespace Kindred
