// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "effectdialog.h"

#include "customertablemodel.h"
#include "effectchart.h"
#include "store/customerstore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Kindred {

namespace {
constexpr int defaultDays = 90;

QString withShare(qint64 count, qint64 of)
{
    const QLocale locale;
    if (of == 0)
        return locale.toString(count);
    return EffectDialog::tr("%1 (%2%)").arg(locale.toString(count), locale.toString(100.0 * count / of, 'f', 0));
}

QString signedChange(const std::optional<double> &change)
{
    if (!change)
        return EffectDialog::tr("–", "no value");
    const QString number = QLocale().toString(*change, 'g', 4);
    return *change > 0 ? QLatin1Char('+') + number : number;
}
} // namespace

EffectDialog::EffectDialog(const CustomerStore &store, const CustomerTableModel &customers, QWidget *parent)
    : QDialog(parent), m_store(store), m_customers(customers)
{
    setWindowTitle(tr("One-to-one Effect"));
    m_since = new QDateEdit(this);
    m_since->setCalendarPopup(true);
    m_since->setMaximumDate(customers.asOf());
    m_since->setDate(customers.asOf().addDays(-defaultDays));
    m_until = new QLabel(this);
    auto *sinceLabel = new QLabel(tr("&Since:"), this);
    sinceLabel->setBuddy(m_since);
    auto *period = new QHBoxLayout;
    period->addWidget(sinceLabel);
    period->addWidget(m_since);
    period->addWidget(m_until);
    period->addStretch();

    auto *intro = new QLabel(tr("The customers who stood in quadrant I at some moment of the period (at its start, "
                                "or placed there during it), split by whether a contact was logged while they "
                                "stood there. Moved to II counts the contacted after their first contact in I, "
                                "the others during the period."),
                             this);
    intro->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();

    m_chart = new EffectChart(this);
    m_table = new QTableWidget(6, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Contacted"), tr("Not contacted")});
    m_table->setVerticalHeaderLabels({tr("Customers in quadrant I"), tr("Moved from I to II"),
                                      tr("Median change of value awareness"), tr("Orders in the period"),
                                      tr("Revenue in the period"), tr("Became Core")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setAccessibleName(tr("Figures of both groups"));
    auto *tableColumn = new QVBoxLayout;
    tableColumn->addWidget(m_table);
    tableColumn->addStretch();
    auto *figures = new QHBoxLayout;
    figures->addWidget(m_chart, 1);
    figures->addLayout(tableColumn, 1);

    auto *caveat = new QLabel(tr("<b>A tendency, not a cause.</b> The groups were not chosen at random: whom to "
                                 "contact was your choice, and those you chose may have moved anyway. Read a "
                                 "difference between the groups as a hint to follow, not as proof that the "
                                 "contacts caused it."),
                              this);
    caveat->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(figures, 1);
    layout->addWidget(caveat);
    layout->addWidget(buttons);
    resize(900, 520);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_delay, &QTimer::timeout, this, &EffectDialog::recompute);
    connect(m_since, &QDateEdit::dateChanged, m_delay, qOverload<>(&QTimer::start));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recompute();
}

QDate EffectDialog::since() const
{
    return m_since->date();
}

void EffectDialog::setSince(const QDate &since)
{
    m_since->setDate(since);
}

void EffectDialog::recompute()
{
    m_delay->stop();
    const QDate until = m_customers.asOf();
    m_until->setText(tr("to %1 (the as-of day)").arg(QLocale().toString(until, QLocale::ShortFormat)));
    m_message->hide();
    // A large store takes a second to read and follow through the period.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto computed = [this, &until]() -> Result<EffectSummary> {
        const auto orders = m_customers.orderHistory();
        if (!orders)
            return orders.error();
        auto input = EffectAnalysis::load(m_store, since(), until);
        if (!input)
            return input.error();
        return EffectAnalysis::compute(input.value(), *orders.value());
    }();
    QGuiApplication::restoreOverrideCursor();
    if (computed) {
        m_summary = computed.value();
    } else {
        m_message->setText(tr("Cannot compute the effect: %1").arg(computed.error().toString()));
        m_message->show();
        m_summary = EffectSummary{since(), until, {}, {}};
    }
    showSummary();
}

void EffectDialog::showSummary()
{
    m_chart->setSummary(m_summary);
    const QLocale locale;
    const Money &money = m_customers.money();
    const QList<const EffectGroup *> groups{&m_summary.contacted, &m_summary.notContacted};
    for (int column = 0; column < 2; ++column) {
        const EffectGroup &g = *groups.at(column);
        const QStringList values{locale.toString(g.customers),
                                 withShare(g.movedIToII, g.customers),
                                 signedChange(g.awarenessChangeMedian),
                                 locale.toString(g.orders),
                                 money.format(g.revenue),
                                 withShare(g.becameCore, g.customers)};
        for (int row = 0; row < values.size(); ++row) {
            auto *item = new QTableWidgetItem(values.at(row));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace Kindred
