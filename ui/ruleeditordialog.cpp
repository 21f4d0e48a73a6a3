// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleeditordialog.h"

#include "ruleconditionrow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Kindred {

namespace {
constexpr int previewSize = 200;
}

RuleEditorDialog::RuleEditorDialog(const QList<Customer> &customers, const CustomerAnalysis &analysis,
                                   QWidget *parent)
    : QDialog(parent), m_customers(customers), m_analysis(analysis), m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Excellent Customer Rule"));
    m_presets = new QComboBox(this);
    m_presets->addItem(tr("Start from a preset…"));
    for (const RulePreset &preset : rulePresets())
        m_presets->addItem(preset.name);
    m_combinator = new QComboBox(this);
    m_combinator->addItem(tr("all"), int(ExcellenceRule::Combinator::All));
    m_combinator->addItem(tr("any"), int(ExcellenceRule::Combinator::Any));

    auto *rows = new QWidget(this);
    m_rowsLayout = new QVBoxLayout(rows);
    m_rowsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(rows);
    auto *addButton = new QPushButton(tr("Add Condition"), this);

    m_count = new QLabel(this);
    m_preview = new QListWidget(this);
    m_presets->setAccessibleName(tr("Start from a preset"));
    m_combinator->setAccessibleName(tr("Conditions to meet: all or any"));
    m_preview->setAccessibleName(tr("Customers who match"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *intro = new QHBoxLayout;
    intro->addWidget(new QLabel(tr("An excellent customer meets"), this));
    intro->addWidget(m_combinator);
    intro->addWidget(new QLabel(tr("of these conditions:"), this));
    intro->addStretch();
    intro->addWidget(m_presets);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(intro);
    layout->addWidget(scroll, 2);
    layout->addWidget(addButton, 0, Qt::AlignLeft);
    layout->addWidget(m_count);
    layout->addWidget(m_preview, 2);
    layout->addWidget(buttons);
    resize(760, 560);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &RuleEditorDialog::updatePreview);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            setRule(rulePresets().at(index - 1).rule);
        m_presets->setCurrentIndex(0);
    });
    connect(m_combinator, &QComboBox::currentIndexChanged, this, &RuleEditorDialog::schedulePreview);
    connect(addButton, &QPushButton::clicked, this, [this] {
        addRow(RuleCondition());
        schedulePreview();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setRule(analysis.rule());
    updatePreview();
}

RuleEditorDialog::~RuleEditorDialog() = default;

void RuleEditorDialog::setMoney(const Money &money)
{
    m_money = money;
    updatePreview();
}

ExcellenceRule RuleEditorDialog::rule() const
{
    QList<RuleCondition> conditions;
    for (const RuleConditionRow *row : m_rows)
        conditions.append(row->condition());
    return ExcellenceRule(ExcellenceRule::Combinator(m_combinator->currentData().toInt()), conditions);
}

void RuleEditorDialog::setRule(const ExcellenceRule &rule)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    m_combinator->setCurrentIndex(m_combinator->findData(int(rule.combinator())));
    for (const RuleCondition &condition : rule.conditions())
        addRow(condition);
    schedulePreview();
}

void RuleEditorDialog::addRow(const RuleCondition &condition)
{
    auto *row = new RuleConditionRow(m_analysis.ownFields(), this);
    row->setCondition(condition);
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row); // above the stretch
    m_rows.append(row);
    connect(row, &RuleConditionRow::changed, this, &RuleEditorDialog::schedulePreview);
    connect(row, &RuleConditionRow::removeRequested, this, [this, row] { removeRow(row); });
}

void RuleEditorDialog::removeRow(RuleConditionRow *row)
{
    m_rows.removeOne(row);
    row->deleteLater();
    schedulePreview();
}

void RuleEditorDialog::schedulePreview()
{
    m_previewTimer->start();
}

void RuleEditorDialog::updatePreview()
{
    m_previewTimer->stop();
    QList<qsizetype> matches = m_analysis.matching(rule());
    m_matchCount = int(matches.size());
    const QLocale locale;
    if (m_rows.isEmpty()) {
        m_count->setText(tr("Add a condition: a rule without conditions matches nobody."));
    } else {
        const double share = m_customers.isEmpty() ? 0.0 : double(m_matchCount) / m_customers.size();
        m_count->setText(tr("%1 of %2 customers match (%3%).")
                             .arg(locale.toString(m_matchCount), locale.toString(m_customers.size()),
                                  locale.toString(share * 100.0, 'f', 1)));
    }

    // The biggest spenders among them first.
    const auto shown = matches.begin() + std::min<qsizetype>(previewSize, matches.size());
    std::partial_sort(matches.begin(), shown, matches.end(), [this](qsizetype a, qsizetype b) {
        return m_analysis.subject(a).revenue > m_analysis.subject(b).revenue;
    });
    m_preview->clear();
    for (auto it = matches.begin(); it != shown; ++it) {
        const Customer &c = m_customers.at(*it);
        const RuleSubject &s = m_analysis.subject(*it);
        m_preview->addItem(tr("%1 — revenue %2, %3 orders, %4")
                               .arg(c.name, m_money.format(s.revenue), locale.toString(s.orderCount),
                                    stageName(s.stage)));
    }
    if (matches.size() > previewSize)
        m_preview->addItem(tr("… and %1 more").arg(locale.toString(matches.size() - previewSize)));
}

} // namespace Kindred
