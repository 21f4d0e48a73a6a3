// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paretoview.h"

#include "chartexport.h"
#include "store/customerstore.h"
#include "customertablemodel.h"
#include "exportdialog.h"
#include "paretochart.h"
#include "storefollower.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Kindred {

ParetoView::ParetoView(CustomerStore &store, const CustomerTableModel &customers, QWidget *parent)
    : QWidget(parent), m_store(store), m_customers(customers), m_chart(new ParetoChart(this))
{
    m_period = new QComboBox(this);
    m_period->addItem(tr("All time"), AllTime);
    m_period->addItem(tr("Last 12 months"), LastTwelveMonths);
    m_period->addItem(tr("From … until …"), Range);
    m_from = new QDateEdit(this);
    m_until = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
    }
    auto *exportButton = new QPushButton(tr("Export Chart…"), this);
    auto *exportTableButton = new QPushButton(tr("Export Table…"), this);
    exportTableButton->setToolTip(tr("The customers on the curve as CSV: rank, revenue, share, cumulative share "
                                     "and class."));
    m_details = new QLabel(this);
    m_details->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("Revenue &of:"), this);
    periodLabel->setBuddy(m_period);
    m_from->setAccessibleName(tr("First day of the period"));
    m_until->setAccessibleName(tr("Last day of the period"));
    controls->addWidget(periodLabel);
    controls->addWidget(m_period);
    controls->addWidget(m_from);
    controls->addWidget(m_until);
    controls->addStretch();
    controls->addWidget(exportTableButton);
    controls->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_details);

    // Revenue comes with orders, which reload it whole; of an edit only a name shows.
    m_follower = new StoreFollower(store, customers, this, [this] { reload(); }, CustomerField::Name);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool range = m_period->currentData().toInt() == Range;
        m_from->setVisible(range);
        m_until->setVisible(range);
        m_follower->invalidate();
    });
    connect(m_from, &QDateEdit::dateChanged, m_follower, &StoreFollower::invalidate);
    connect(m_until, &QDateEdit::dateChanged, m_follower, &StoreFollower::invalidate);
    connect(exportButton, &QPushButton::clicked, this, &ParetoView::exportChart);
    connect(exportTableButton, &QPushButton::clicked, this, &ParetoView::exportTable);
    connect(m_chart, &ParetoChart::customersClicked, this, &ParetoView::customersClicked);
}

void ParetoView::setPeriod(const RevenuePeriod &period)
{
    if (period.isAllTime()) {
        m_period->setCurrentIndex(m_period->findData(AllTime));
    } else if (period.from == RevenuePeriod::lastTwelveMonths(m_customers.asOf()).from
               && period.until == m_customers.asOf()) {
        m_period->setCurrentIndex(m_period->findData(LastTwelveMonths));
    } else {
        m_from->setDate(period.from);
        m_until->setDate(period.until);
        m_period->setCurrentIndex(m_period->findData(Range));
    }
}

RevenuePeriod ParetoView::period() const
{
    // Only a day chosen for the workspace ends "all time": today's all time
    // is the store's own figures, as the table shows them.
    const QDate chosen = m_store.isOpen() ? m_store.settings().asOf : QDate();
    switch (m_period->currentData().toInt()) {
    case LastTwelveMonths: return RevenuePeriod::lastTwelveMonths(m_customers.asOf());
    case Range: return RevenuePeriod{m_from->date(), m_until->date()}.upTo(chosen);
    default: return RevenuePeriod::allTime().upTo(chosen);
    }
}

void ParetoView::reload()
{
    m_analysis = ParetoAnalysis();
    m_names.clear();
    if (!m_store.isOpen()) {
        m_chart->setPareto(m_analysis, m_names);
        m_details->clear();
        return;
    }
    const QList<Customer> &customers = m_customers.customers();
    const WorkspaceSettings settings = m_store.settings();
    if (m_period->currentData().toInt() != Range) {
        // The range offered, until one is chosen: the twelve months before the "as of" day.
        const QSignalBlocker fromBlocker(m_from), untilBlocker(m_until);
        m_from->setDate(RevenuePeriod::lastTwelveMonths(m_customers.asOf()).from);
        m_until->setDate(m_customers.asOf());
    }
    if (m_period->currentData().toInt() == AllTime) {
        m_analysis = m_customers.analysis().pareto(); // the table's own: all time up to the "as of" day
    } else {
        const auto history = m_customers.orderHistory();
        if (!history) {
            m_details->setText(history.error().toString());
            return;
        }
        m_analysis = ParetoAnalysis(ParetoAnalysis::revenueInPeriod(*history.value(), customers, period()), settings);
    }
    m_names.reserve(customers.size());
    for (const Customer &c : customers)
        m_names.insert(c.id, c.name);
    const Money money(settings.currency);
    const ParetoAnalysis &pareto = m_analysis;
    m_chart->setMoney(money);
    m_chart->setPareto(pareto, m_names);

    const QLocale locale;
    QString details = tr("%1 customers with revenue. Class A: %2, B: %3, C: %4.")
                          .arg(locale.toString(pareto.customerCount()), locale.toString(pareto.classCount(AbcClass::A)),
                               locale.toString(pareto.classCount(AbcClass::B)),
                               locale.toString(pareto.classCount(AbcClass::C)));
    if (pareto.zeroRevenueCustomers() > 0)
        details += QLatin1Char(' ')
                   + tr("%1 without revenue in the period are not on the curve.")
                         .arg(locale.toString(pareto.zeroRevenueCustomers()));
    if (pareto.negativeRevenueCustomers() > 0)
        details += QLatin1Char(' ')
                   + tr("%1 with more refunds than purchases (%2) are not on the curve.")
                         .arg(locale.toString(pareto.negativeRevenueCustomers()),
                              money.format(pareto.negativeRevenue()));
    m_details->setText(details);
}

void ParetoView::exportChart()
{
    const QString path = askChartExportPath(this, tr("pareto"));
    if (path.isEmpty())
        return;
    const bool pdf = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    const bool saved = pdf ? m_chart->savePdf(path, 1200, 800) : m_chart->savePng(path, 1200, 800);
    if (!saved)
        QMessageBox::warning(this, tr("Export Chart"), tr("Cannot write %1.").arg(path));
}

void ParetoView::exportTable()
{
    reload(); // a hidden view may not have followed the store yet
    const QList<ParetoExportRow> rows = paretoExportRows(m_analysis, m_names);
    const QList<ExportColumn<ParetoExportRow>> columns = paretoColumns();
    ExportDialog dialog(QStringLiteral("pareto"), ExportDialog::columnsOf(columns), {},
                        ExportDialog::builderFor(columns, rows, m_store.settings().currency), tr("pareto.csv"), this);
    dialog.exec();
}

} // namespace Kindred
