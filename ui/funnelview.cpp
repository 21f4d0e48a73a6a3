// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnelview.h"

#include "chartexport.h"
#include "customeranalysis.h"
#include "store/customerstore.h"
#include "customertablemodel.h"
#include "funnelchart.h"
#include "storefollower.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kindred {

FunnelView::FunnelView(CustomerStore &store, const CustomerTableModel &customers, QWidget *parent)
    : QWidget(parent), m_store(store), m_customers(customers), m_chart(new FunnelChart(this))
{
    m_compare = new QCheckBox(tr("Compare with the funnel as of"), this);
    m_asOf = new QDateEdit(this);
    m_asOf->setCalendarPopup(true);
    m_asOf->setEnabled(false);
    m_asOf->setAccessibleName(tr("Date of the funnel to compare with"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_compare);
    controls->addWidget(m_asOf);
    controls->addStretch();
    controls->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_message);
    layout->addWidget(m_chart, 1);

    m_follower = new StoreFollower(store, customers, this, [this] { reload(); },
                                   CustomerTableModel::derivingFields());
    connect(m_compare, &QCheckBox::toggled, m_asOf, &QWidget::setEnabled);
    connect(m_compare, &QCheckBox::toggled, m_follower, &StoreFollower::invalidate);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        if (m_compare->isChecked())
            m_follower->invalidate();
    });
    connect(exportButton, &QPushButton::clicked, this, &FunnelView::exportChart);
    connect(m_chart, &FunnelChart::stageClicked, this, &FunnelView::stageClicked);
}

void FunnelView::setComparisonDate(const QDate &date)
{
    if (date.isValid())
        m_asOf->setDate(date);
    m_compare->setChecked(date.isValid());
}

void FunnelView::reload()
{
    if (!m_store.isOpen()) {
        m_chart->setFunnel(FunnelAnalysis());
        return;
    }
    const WorkspaceSettings settings = m_store.settings();
    const CustomerAnalysis &now = m_customers.analysis(); // on the "as of" day, as the table
    // An earlier day only: orders after the "as of" day do not count. Until
    // the user compares, the day offered follows the "as of" day.
    m_asOf->setMaximumDate(now.today());
    if (!m_compare->isChecked())
        m_asOf->setDate(now.today().addYears(-1));
    QStringList problems;
    if (now.ruleError())
        problems.append(tr("The excellent-customer rule cannot be read, so nobody is Core by rule: %1")
                            .arg(now.ruleError()->message));
    else if (now.rule().isEmpty())
        problems.append(tr("No excellent-customer rule yet: only customers set to Core by hand are Core."));
    std::optional<FunnelAnalysis> then;
    if (m_compare->isChecked()) {
        const auto history = m_customers.orderHistory();
        if (history)
            then = FunnelAnalysis(
                CustomerAnalysis::derivedAsOf(*history.value(), m_customers.customers(), settings, m_asOf->date()),
                m_asOf->date(), settings.marketSize);
        else
            problems.append(history.error().toString());
    }
    m_message->setText(problems.join(QLatin1Char('\n')));
    m_message->setVisible(!problems.isEmpty());
    m_chart->setFunnel(FunnelAnalysis(now, settings.marketSize), then);
}

void FunnelView::exportChart()
{
    const QString path = askChartExportPath(this, tr("funnel"));
    if (!path.isEmpty() && !m_chart->save(path))
        QMessageBox::warning(this, tr("Export Chart"), tr("Cannot write %1.").arg(path));
}

} // namespace Kindred
