// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcolumns.h"

namespace Kindred {

namespace {

// Text::tr() instead of a free tr(): lupdate then files the strings of free
// functions under the context they are looked up in at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::ExportColumns)
};

ExportCell text(const QString &value)
{
    return ExportCell::fromText(value);
}

ExportCell whole(qint64 value)
{
    return ExportCell::fromNumber(double(value));
}

ExportCell score(const std::optional<double> &value)
{
    return value ? ExportCell::fromNumber(*value, 1) : ExportCell();
}

// An own field's value typed as its field is: a value that does not read as
// its type is written as the text it is.
ExportCell ownFieldCell(OwnFieldType type, const QString &value)
{
    if (value.isEmpty())
        return ExportCell();
    switch (type) {
    case OwnFieldType::Number:
        if (const auto number = OwnFields::keptNumber(value)) {
            const qsizetype point = value.indexOf(u'.');
            return ExportCell::fromNumber(*number,
                                          point < 0 || value.contains(u'e') ? 0 : int(value.size() - point - 1));
        }
        break;
    case OwnFieldType::Date:
        if (const auto date = OwnFields::keptDate(value))
            return ExportCell::fromDate(*date);
        break;
    case OwnFieldType::YesNo:
        return text(OwnFields::displayed(type, value, QLocale()));
    case OwnFieldType::Text:
        break;
    }
    return text(value);
}

// A column per own field, keyed "field:NAME", after the built-in ones.
template<typename Row>
void appendOwnFields(QList<ExportColumn<Row>> &columns, std::function<const Customer &(const Row &)> of,
                     const QList<OwnFieldDefinition> &ownFields)
{
    for (const OwnFieldDefinition &d : ownFields) {
        columns.append({QStringLiteral("field:") + d.name, d.name,
                        [of, d](const Row &r) { return ownFieldCell(d.type, of(r).ownFields.value(d.name)); }});
    }
}

ExportCell percent(double share)
{
    return ExportCell::fromNumber(share * 100.0, 2);
}

// The customer's own fields; quadrant and stage come from the caller, since
// they depend on settings the rows do not hold.
template<typename Row>
QList<ExportColumn<Row>> customerFields(std::function<const Customer &(const Row &)> of,
                                        std::function<Quadrant(const Row &)> quadrant,
                                        std::function<Stage(const Row &)> stage)
{
    using C = ExportColumn<Row>;
    return {
        C{QStringLiteral("id"), Text::tr("Kindred ID"), [of](const Row &r) { return whole(of(r).id); }},
        C{QStringLiteral("external_id"), Text::tr("Customer ID"), [of](const Row &r) { return text(of(r).externalId); }},
        C{QStringLiteral("name"), Text::tr("Name"), [of](const Row &r) { return text(of(r).name); }},
        C{QStringLiteral("email"), Text::tr("Email"), [of](const Row &r) { return text(of(r).email); }},
        C{QStringLiteral("company"), Text::tr("Company"), [of](const Row &r) { return text(of(r).company); }},
        C{QStringLiteral("phone"), Text::tr("Phone"), [of](const Row &r) { return text(of(r).phone); }},
        C{QStringLiteral("reading"), Text::tr("Reading"), [of](const Row &r) { return text(of(r).reading); }},
        C{QStringLiteral("postal_code"), Text::tr("Postal code"), [of](const Row &r) { return text(of(r).postalCode); }},
        C{QStringLiteral("address"), Text::tr("Address"), [of](const Row &r) { return text(of(r).address); }},
        C{QStringLiteral("tags"), Text::tr("Tags"), [of](const Row &r) { return text(joinTags(of(r).tags)); }},
        C{QStringLiteral("stage"), Text::tr("Stage"), [stage](const Row &r) { return text(stageName(stage(r))); }},
        C{QStringLiteral("quadrant"), Text::tr("Quadrant"),
          [quadrant](const Row &r) { return text(quadrantNumeral(quadrant(r))); }},
        C{QStringLiteral("value_fit"), Text::tr("Value fit"), [of](const Row &r) { return score(of(r).valueFit); }},
        C{QStringLiteral("value_awareness"), Text::tr("Value awareness"),
          [of](const Row &r) { return score(of(r).valueAwareness); }},
        C{QStringLiteral("revenue"), Text::tr("Revenue"), [of](const Row &r) { return ExportCell::fromMoney(of(r).revenue); }},
        C{QStringLiteral("orders"), Text::tr("Orders"), [of](const Row &r) { return whole(of(r).orderCount); }},
        C{QStringLiteral("first_order"), Text::tr("First order"),
          [of](const Row &r) { return ExportCell::fromDate(of(r).firstOrder); }},
        C{QStringLiteral("last_order"), Text::tr("Last order"),
          [of](const Row &r) { return ExportCell::fromDate(of(r).lastOrder); }},
        C{QStringLiteral("notes"), Text::tr("Note"), [of](const Row &r) { return text(of(r).notes); }},
        C{QStringLiteral("next_action"), Text::tr("Next action"), [of](const Row &r) { return text(of(r).nextAction); }},
        C{QStringLiteral("next_action_due"), Text::tr("Due"),
          [of](const Row &r) { return ExportCell::fromDate(of(r).nextActionDue); }},
        C{QStringLiteral("pinned"), Text::tr("Pinned"), [of](const Row &r) { return whole(of(r).pinned ? 1 : 0); }},
        C{QStringLiteral("updated"), Text::tr("Last changed"),
          [of](const Row &r) { return ExportCell::fromDateTime(of(r).updated.toLocalTime()); }},
    };
}

} // namespace

QList<ExportColumn<Customer>> customerColumns(const CustomerContext &context,
                                              const QList<OwnFieldDefinition> &ownFields)
{
    const auto of = [](const Customer &c) -> const Customer & { return c; };
    auto columns = customerFields<Customer>(of, [context](const Customer &c) { return context.quadrant(c); },
                                            [context](const Customer &c) { return context.stage(c); });
    appendOwnFields<Customer>(columns, of, ownFields);
    return columns;
}

QList<ExportColumn<ShortlistEntry>> shortlistColumns(const QList<OwnFieldDefinition> &ownFields)
{
    using C = ExportColumn<ShortlistEntry>;
    const auto of = [](const ShortlistEntry &e) -> const Customer & { return e.customer; };
    QList<C> columns{C{QStringLiteral("place"), Text::tr("Place on the shortlist"),
                       [](const ShortlistEntry &e) { return whole(e.place); }}};
    columns += customerFields<ShortlistEntry>(of, [](const ShortlistEntry &e) { return e.quadrant; },
                                              [](const ShortlistEntry &e) { return e.stage; });
    columns.append(C{QStringLiteral("value_score"), Text::tr("Value score"),
                     [](const ShortlistEntry &e) { return ExportCell::fromNumber(e.valueScore, 1); }});
    appendOwnFields<ShortlistEntry>(columns, of, ownFields);
    return columns;
}

QStringList defaultCustomerColumnKeys()
{
    return QStringLiteral("name external_id email company stage quadrant revenue last_order notes next_action "
                          "next_action_due")
        .split(QLatin1Char(' '));
}

QStringList defaultShortlistColumnKeys()
{
    return QStringLiteral("place name external_id email phone company quadrant stage value_score revenue last_order notes "
                          "next_action next_action_due")
        .split(QLatin1Char(' '));
}

QList<ParetoExportRow> paretoExportRows(const ParetoAnalysis &pareto, const QHash<CustomerId, QString> &names)
{
    QList<ParetoExportRow> rows;
    rows.reserve(pareto.entries().size());
    for (const ParetoEntry &e : pareto.entries()) {
        rows.append({int(rows.size() + 1), e.id, names.value(e.id), e.revenue, e.share, e.cumulativeShare,
                     e.abcClass});
    }
    return rows;
}

QList<ExportColumn<ParetoExportRow>> paretoColumns()
{
    using C = ExportColumn<ParetoExportRow>;
    return {
        C{QStringLiteral("rank"), Text::tr("Rank"), [](const ParetoExportRow &r) { return whole(r.rank); }},
        C{QStringLiteral("id"), Text::tr("Kindred ID"), [](const ParetoExportRow &r) { return whole(r.id); }},
        C{QStringLiteral("customer"), Text::tr("Customer"), [](const ParetoExportRow &r) { return text(r.customer); }},
        C{QStringLiteral("revenue"), Text::tr("Revenue"),
          [](const ParetoExportRow &r) { return ExportCell::fromMoney(r.revenue); }},
        C{QStringLiteral("share_percent"), Text::tr("Share (%)"), [](const ParetoExportRow &r) { return percent(r.share); }},
        C{QStringLiteral("cumulative_share_percent"), Text::tr("Cumulative share (%)"),
          [](const ParetoExportRow &r) { return percent(r.cumulativeShare); }},
        C{QStringLiteral("class"), Text::tr("Class"), [](const ParetoExportRow &r) { return text(abcClassKey(r.abcClass)); }},
    };
}

} // namespace Kindred
