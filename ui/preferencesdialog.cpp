// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "commands/changesettings.h"
#include "ownfieldspage.h"
#include "store/customerstore.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Kindred {

namespace {

// Common ISO 4217 codes; a stored code that is not here is added when shown.
const QStringList currencyCodes = {
    QStringLiteral("JPY"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
    QStringLiteral("CHF"), QStringLiteral("CNY"), QStringLiteral("KRW"), QStringLiteral("TWD"),
    QStringLiteral("HKD"), QStringLiteral("SGD"), QStringLiteral("AUD"), QStringLiteral("NZD"),
    QStringLiteral("CAD"), QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"),
    QStringLiteral("INR"), QStringLiteral("BRL"), QStringLiteral("MXN"), QStringLiteral("THB"),
};

QDoubleSpinBox *scoreBox(const QString &name, double minimum, double maximum, const QString &suffix, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setDecimals(1);
    box->setSuffix(suffix);
    return box;
}

QSpinBox *countBox(const QString &name, int minimum, int maximum, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

// The stored value unless the user changed what the box showed.
template<typename T>
void keepUnlessEdited(T &stored, const T &edited, const T &shown)
{
    if (edited != shown)
        stored = edited;
}

} // namespace

PreferencesDialog::PreferencesDialog(CustomerStore &store, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack)
{
    setWindowTitle(tr("Preferences"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(createWorkspacePage());
    generalLayout->addWidget(createLanguagePage());
    generalLayout->addStretch();
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("pages"));
    tabs->addTab(general, tr("General"));
    tabs->addTab(new OwnFieldsPage(store, undoStack, this), tr("Own Fields"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    load(store.settings());
    for (QDoubleSpinBox *box : {m_classA, m_classB})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PreferencesDialog::validate);
    validate();
}

QWidget *PreferencesDialog::createWorkspacePage()
{
    auto *group = new QGroupBox(tr("This workspace"), this);
    group->setEnabled(m_store.isOpen());
    auto *where = new QLabel(tr("Saved in %1 with its customers. Edit ▸ Undo takes a change back.")
                                 .arg(m_store.displayName()),
                             group);
    where->setWordWrap(true);

    m_fitSplit = scoreBox(QStringLiteral("fitSplit"), 1, 99, QString(), group);
    m_fitSplit->setToolTip(tr("A value fit score from here up counts as high: quadrants I and II."));
    m_awarenessSplit = scoreBox(QStringLiteral("awarenessSplit"), 1, 99, QString(), group);
    m_awarenessSplit->setToolTip(tr("A value awareness score from here up counts as high: quadrants II and III."));
    m_capacity = countBox(QStringLiteral("capacity"), 1, 100000, tr(" customers"), group);
    m_capacity->setToolTip(tr("How many customers you can serve one-to-one: the length of the shortlist."));
    m_dormantDays = countBox(QStringLiteral("dormantDays"), 1, 36500, tr(" days"), group);
    m_dormantDays->setToolTip(tr("A customer with no order for this many days is dormant."));
    m_marketSize = countBox(QStringLiteral("marketSize"), 0, std::numeric_limits<int>::max(), QString(), group);
    m_marketSize->setSpecialValueText(tr("Not set"));
    m_marketSize->setToolTip(tr("The whole target population, to show the share of it that reaches Core."));
    m_currency = new QComboBox(group);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->addItem(tr("The locale's (%1)").arg(QLocale().currencySymbol(QLocale::CurrencyIsoCode)), QString());
    for (const QString &code : currencyCodes)
        m_currency->addItem(code, code);
    m_classA = scoreBox(QStringLiteral("classA"), 0.1, 100, QStringLiteral(" %"), group);
    m_classA->setToolTip(tr("Customers who, ranked by revenue, bring up to this share of it are class A."));
    m_classB = scoreBox(QStringLiteral("classB"), 0.1, 100, QStringLiteral(" %"), group);
    m_classB->setToolTip(tr("The next customers, up to this cumulative share of revenue, are class B; the rest C."));

    auto *form = new QFormLayout(group);
    form->addRow(where);
    form->addRow(tr("Value &fit is high from:"), m_fitSplit);
    form->addRow(tr("Value a&wareness is high from:"), m_awarenessSplit);
    form->addRow(tr("One-to-one &capacity:"), m_capacity);
    form->addRow(tr("&Dormant after:"), m_dormantDays);
    form->addRow(tr("&Market size:"), m_marketSize);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("Class &A up to:"), m_classA);
    form->addRow(tr("Class &B up to:"), m_classB);
    return group;
}

QWidget *PreferencesDialog::createLanguagePage()
{
    auto *group = new QGroupBox(tr("Kindred on this computer"), this);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    // Each language by its own name, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::preferredLanguage())));
    auto *note = new QLabel(tr("A new language takes effect when Kindred is started again."), group);
    note->setWordWrap(true);

    auto *form = new QFormLayout(group);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    return group;
}

void PreferencesDialog::load(const WorkspaceSettings &settings)
{
    m_loaded = settings;
    m_fitSplit->setValue(settings.quadrantSplit.valueFit);
    m_awarenessSplit->setValue(settings.quadrantSplit.valueAwareness);
    m_capacity->setValue(settings.oneToOneCapacity);
    m_dormantDays->setValue(settings.dormantDays);
    m_marketSize->setValue(int(std::clamp<qint64>(settings.marketSize, 0, std::numeric_limits<int>::max())));
    if (m_currency->findData(settings.currency) < 0)
        m_currency->addItem(settings.currency, settings.currency);
    m_currency->setCurrentIndex(m_currency->findData(settings.currency));
    m_classA->setValue(settings.abcClassA * 100.0);
    m_classB->setValue(settings.abcClassB * 100.0);
    m_shown = edited();
}

WorkspaceSettings PreferencesDialog::edited() const
{
    WorkspaceSettings s = m_loaded;
    s.quadrantSplit.valueFit = m_fitSplit->value();
    s.quadrantSplit.valueAwareness = m_awarenessSplit->value();
    s.oneToOneCapacity = m_capacity->value();
    s.dormantDays = m_dormantDays->value();
    s.marketSize = m_marketSize->value();
    s.currency = m_currency->currentData().toString();
    s.abcClassA = m_classA->value() / 100.0;
    s.abcClassB = m_classB->value() / 100.0;
    return s;
}

WorkspaceSettings PreferencesDialog::settings() const
{
    const WorkspaceSettings e = edited();
    WorkspaceSettings s = m_loaded;
    keepUnlessEdited(s.quadrantSplit.valueFit, e.quadrantSplit.valueFit, m_shown.quadrantSplit.valueFit);
    keepUnlessEdited(s.quadrantSplit.valueAwareness, e.quadrantSplit.valueAwareness,
                     m_shown.quadrantSplit.valueAwareness);
    keepUnlessEdited(s.oneToOneCapacity, e.oneToOneCapacity, m_shown.oneToOneCapacity);
    keepUnlessEdited(s.dormantDays, e.dormantDays, m_shown.dormantDays);
    keepUnlessEdited(s.marketSize, e.marketSize, m_shown.marketSize);
    keepUnlessEdited(s.currency, e.currency, m_shown.currency);
    keepUnlessEdited(s.abcClassA, e.abcClassA, m_shown.abcClassA);
    keepUnlessEdited(s.abcClassB, e.abcClassB, m_shown.abcClassB);
    // The Own Fields page saves each of its changes at once.
    if (m_store.isOpen())
        s.ownFields = m_store.settings().ownFields;
    return s;
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

QString PreferencesDialog::problem() const
{
    const WorkspaceSettings s = settings();
    if (s.abcClassA >= s.abcClassB)
        return tr("Class A must end below class B: A takes the biggest customers, B the next ones.");
    return {};
}

void PreferencesDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void PreferencesDialog::accept()
{
    if (!problem().isEmpty())
        return;
    const WorkspaceSettings after = settings();
    if (m_store.isOpen() && after != m_store.settings())
        m_undoStack.push(new ChangeSettings(m_store, after, tr("Change Preferences")));
    if (language() != Translations::preferredLanguage())
        Translations::setPreferredLanguage(language());
    QDialog::accept();
}

} // namespace Kindred
