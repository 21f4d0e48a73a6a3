// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodguide.h"

#include "quadrant.h"
#include "stage.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Kindred {

namespace {
QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h2>%1</h2>").arg(text.toHtmlEscaped());
}

QString row(const QStringList &cells, const QString &tag = QStringLiteral("td"))
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, cell);
    return html + QStringLiteral("</tr>");
}

const QString tableStart = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
const QString tableEnd = QStringLiteral("</table>");
} // namespace

MethodGuide::MethodGuide(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("The Method"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html());
    m_browser->setAccessibleName(tr("The method"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString MethodGuide::html()
{
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(tr("The method in short"));
    html += paragraph(tr("Rather than spreading a thin budget over thousands of leads, find the few customers who "
                         "share your company's values, often under 1% of the base, and serve them one-to-one."));

    html += heading(tr("1. The funnel: narrow early"));
    html += paragraph(tr("Customers move from the market through these stages. Derived from orders unless you set a "
                         "stage by hand, which is kept until you clear it."));
    html += tableStart + row({tr("Stage"), tr("Meaning")}, QStringLiteral("th"));
    html += row({tr("Market"), tr("The whole target population: a number you type in, not records.")});
    html += row({stageName(Stage::Prospect), tr("Known, has not bought (no order).")});
    html += row({stageName(Stage::FirstTime), tr("Bought once.")});
    html += row({stageName(Stage::Regular), tr("Buys repeatedly (two or more orders).")});
    html += row({stageName(Stage::Core), tr("Meets your own excellent-customer rule: has reached the core experience.")});
    html += row({stageName(Stage::Dormant), tr("Has gone quiet without becoming core: no order for the dormant days "
                                               "(365 by default).")});
    html += tableEnd;
    html += paragraph(tr("Core customers are often under 1% of the market. The funnel shows how many reach each stage "
                         "and the conversion from one stage to the next: a wide funnel wastes most of the effort."));

    html += heading(tr("2. The value matrix: four quadrants"));
    html += paragraph(tr("Each customer has two scores from 0 to 100: <b>value fit</b> (up: how likely they share "
                         "your values) and <b>value awareness</b> (right: how clearly they know their own values). "
                         "The split between low and high is 50 by default; a score on the split counts as high."));
    html += tableStart + row({tr("Quadrant"), tr("Who"), tr("What to do")}, QStringLiteral("th"));
    html += row({tr("I (top left)"), quadrantMeaning(Quadrant::I),
                 tr("<b>The priority.</b> Support them one-to-one so that they recognise their values; alone they "
                    "drift away.")});
    html += row({tr("II (top right)"), quadrantMeaning(Quadrant::II), tr("Keep them: these are the core.")});
    html += row({tr("III (bottom right)"), quadrantMeaning(Quadrant::III), tr("Do not chase them.")});
    html += row({tr("IV (bottom left)"), quadrantMeaning(Quadrant::IV), tr("Lowest priority.")});
    html += tableEnd;
    html += paragraph(tr("Drag a customer on the matrix to where you now judge they stand: the drop point becomes "
                         "their scores, and you can undo it. Moving a customer from I toward II is the success the "
                         "method is about."));

    html += heading(tr("3. Pareto: the few who carry the business"));
    html += paragraph(tr("In most businesses a minority of customers brings most of the revenue: about 80% from the "
                         "top 20%. What matters is your own curve: customers sorted by revenue, with each one's share "
                         "and the cumulative share. Class A reaches 80% of revenue, B up to 95%, C the rest."));

    html += heading(tr("4. Your own excellent customer"));
    html += paragraph(tr("A good customer means something different in every business. Write your own rule (Analysis "
                         "▸ Excellent Customer Rule) over revenue, orders, recency, stage, quadrant and tags: who "
                         "meets it is Core."));

    html += heading(tr("5. The one-to-one shortlist"));
    html += paragraph(tr("Rather than gathering 1,000 people, gather 10 who share your values. State how many "
                         "customers you can serve one-to-one (10 by default): the shortlist is quadrant I ranked by "
                         "value and cut at that capacity. Pin the people you choose by hand, give each a note and a "
                         "next action with a due date, and export the list as CSV for mail merge or your CRM."));
    return html;
}

} // namespace Kindred
