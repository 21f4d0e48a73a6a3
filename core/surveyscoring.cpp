// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveyscoring.h"

#include "columnmapping.h"
#include "csvreader.h"
#include "valueparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Kindred {

namespace {
// Gives lupdate and the running program the same context for these texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::SurveyScoring)
};

/// An agreement label and its place on a 5-point and on a 7-point scale (1 = lowest).
struct Label
{
    const char16_t *text;
    int point5;
    int point7;
};

// Compared after labelKey(): NFKC, case-folded, no spaces or punctuation.
constexpr Label labels[] = {
    {u"stronglydisagree", 1, 1},
    {u"completelydisagree", 1, 1},
    {u"disagree", 2, 2},
    {u"somewhatdisagree", 2, 3},
    {u"slightlydisagree", 2, 3},
    {u"neitheragreenordisagree", 3, 4},
    {u"neutral", 3, 4},
    {u"neither", 3, 4},
    {u"undecided", 3, 4},
    {u"somewhatagree", 4, 5},
    {u"slightlyagree", 4, 5},
    {u"agree", 4, 6},
    {u"stronglyagree", 5, 7},
    {u"completelyagree", 5, 7},
    {u"全くそう思わない", 1, 1},
    {u"まったくそう思わない", 1, 1},
    {u"全然そう思わない", 1, 1},
    {u"そう思わない", 2, 2},
    {u"あまりそう思わない", 2, 3},
    {u"どちらともいえない", 3, 4},
    {u"どちらとも言えない", 3, 4},
    {u"どちらでもない", 3, 4},
    {u"ややそう思う", 4, 5},
    {u"まあそう思う", 4, 5},
    {u"そう思う", 4, 6},
    {u"とてもそう思う", 5, 7},
    {u"非常にそう思う", 5, 7},
    {u"強くそう思う", 5, 7},
    {u"大変そう思う", 5, 7},
    {u"全くあてはまらない", 1, 1},
    {u"まったくあてはまらない", 1, 1},
    {u"あてはまらない", 2, 2},
    {u"あまりあてはまらない", 2, 3},
    {u"ややあてはまる", 4, 5},
    {u"あてはまる", 4, 6},
    {u"とてもあてはまる", 5, 7},
    {u"非常にあてはまる", 5, 7},
};

QString labelKey(QStringView text)
{
    static const QRegularExpression ignored(QStringLiteral("[\\s\\p{P}]"));
    QString key = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    key.remove(ignored);
    return key;
}

const Label *findLabel(QStringView text)
{
    static const QHash<QString, const Label *> byKey = [] {
        QHash<QString, const Label *> hash;
        for (const Label &label : labels)
            hash.insert(QString::fromUtf16(label.text), &label);
        return hash;
    }();
    return byKey.value(labelKey(text), nullptr);
}

/// A number at the start of an answer such as "5 - Strongly agree" or "5（とてもそう思う）".
std::optional<double> leadingNumber(QStringView answer)
{
    static const QRegularExpression leading(QStringLiteral("^\\s*(\\d+)(?:\\D|$)"));
    const auto match = leading.match(answer.toString().normalized(QString::NormalizationForm_KC));
    return match.hasMatch() ? std::optional<double>(match.captured(1).toDouble()) : std::nullopt;
}

std::optional<double> number(QStringView answer)
{
    if (auto value = ValueParser::parseNumber(answer, DecimalSeparator::Point))
        return value;
    if (findLabel(answer))
        return std::nullopt;
    return leadingNumber(answer);
}

struct ScaleRange
{
    double low;
    double high;
};

ScaleRange rangeOf(AnswerScale scale)
{
    switch (scale) {
    case AnswerScale::OneToSeven:
        return {1, 7};
    case AnswerScale::ZeroToTen:
        return {0, 10};
    case AnswerScale::Auto:
    case AnswerScale::OneToFive:
        break;
    }
    return {1, 5};
}

/// Finds a question's column: the exact header, else the one header equal to it once normalised.
int findColumn(const QStringList &headers, const QString &name)
{
    if (const int exact = int(headers.indexOf(name.trimmed())); exact >= 0)
        return exact;
    const QString key = ColumnMapping::normalisedHeader(name);
    int found = -1;
    for (int i = 0; i < headers.size(); ++i) {
        if (ColumnMapping::normalisedHeader(headers.at(i)) == key) {
            if (found >= 0)
                return -1;
            found = i;
        }
    }
    return found;
}
} // namespace

QString SurveyScoring::axisKey(ScoreAxis axis)
{
    return axis == ScoreAxis::ValueFit ? QStringLiteral("fit") : QStringLiteral("awareness");
}

std::optional<ScoreAxis> SurveyScoring::axisFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("fit") || k == QLatin1String("value_fit"))
        return ScoreAxis::ValueFit;
    if (k == QLatin1String("awareness") || k == QLatin1String("value_awareness"))
        return ScoreAxis::ValueAwareness;
    return std::nullopt;
}

QString SurveyScoring::scaleKey(AnswerScale scale)
{
    switch (scale) {
    case AnswerScale::Auto:
        return QStringLiteral("auto");
    case AnswerScale::OneToFive:
        return QStringLiteral("1-5");
    case AnswerScale::OneToSeven:
        return QStringLiteral("1-7");
    case AnswerScale::ZeroToTen:
        return QStringLiteral("0-10");
    }
    return {};
}

std::optional<AnswerScale> SurveyScoring::scaleFromKey(const QString &key)
{
    for (AnswerScale scale : {AnswerScale::Auto, AnswerScale::OneToFive, AnswerScale::OneToSeven, AnswerScale::ZeroToTen}) {
        if (scaleKey(scale) == key.trimmed().toLower())
            return scale;
    }
    return std::nullopt;
}

Result<SurveyScoring> SurveyScoring::fromJson(const QJsonObject &json)
{
    SurveyScoring scoring;
    scoring.minAnswers = json.value(QStringLiteral("min_answers")).toInt(1);
    if (scoring.minAnswers < 1)
        return Error{Text::tr("min_answers must be 1 or more."), QString()};
    scoring.emailColumn = json.value(QStringLiteral("email_column")).toString();
    scoring.idColumn = json.value(QStringLiteral("id_column")).toString();
    const QJsonArray questions = json.value(QStringLiteral("questions")).toArray();
    if (questions.isEmpty())
        return Error{Text::tr("The scoring has no questions."), QString()};
    for (const QJsonValue &value : questions) {
        const QJsonObject object = value.toObject();
        SurveyQuestion q;
        q.column = object.value(QStringLiteral("column")).toString();
        if (q.column.isEmpty())
            return Error{Text::tr("A question has no column."), QString()};
        const auto axis = axisFromKey(object.value(QStringLiteral("axis")).toString());
        if (!axis)
            return Error{Text::tr("Question \"%1\": axis must be \"fit\" or \"awareness\".").arg(q.column), QString()};
        q.axis = *axis;
        q.weight = object.value(QStringLiteral("weight")).toDouble(1.0);
        if (!(q.weight > 0.0))
            return Error{Text::tr("Question \"%1\": the weight must be above 0.").arg(q.column), QString()};
        q.reversed = object.value(QStringLiteral("reversed")).toBool(false);
        const auto scale = scaleFromKey(object.value(QStringLiteral("scale")).toString(QStringLiteral("auto")));
        if (!scale)
            return Error{Text::tr("Question \"%1\": scale must be \"1-5\", \"1-7\", \"0-10\" or \"auto\".").arg(q.column), QString()};
        q.scale = *scale;
        scoring.questions.append(q);
    }
    return scoring;
}

Result<SurveyScoring> SurveyScoring::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("Cannot open the scoring: %1").arg(file.errorString()), path};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error{Text::tr("The scoring is not a JSON object: %1").arg(parseError.errorString()), path};
    auto scoring = fromJson(document.object());
    if (!scoring) {
        Error error = scoring.error();
        error.file = path;
        return error;
    }
    return scoring;
}

QJsonObject SurveyScoring::toJson() const
{
    QJsonArray list;
    for (const SurveyQuestion &q : questions) {
        list.append(QJsonObject{{QStringLiteral("column"), q.column},
                                {QStringLiteral("axis"), axisKey(q.axis)},
                                {QStringLiteral("weight"), q.weight},
                                {QStringLiteral("reversed"), q.reversed},
                                {QStringLiteral("scale"), scaleKey(q.scale)}});
    }
    QJsonObject json{{QStringLiteral("min_answers"), minAnswers}, {QStringLiteral("questions"), list}};
    if (!emailColumn.isEmpty())
        json.insert(QStringLiteral("email_column"), emailColumn);
    if (!idColumn.isEmpty())
        json.insert(QStringLiteral("id_column"), idColumn);
    return json;
}

bool SurveyScoring::isUnanswered(QStringView answer)
{
    return answer.trimmed().isEmpty();
}

std::optional<double> SurveyScoring::normalise(QStringView answer, AnswerScale scale)
{
    if (isUnanswered(answer))
        return std::nullopt;
    if (const auto value = number(answer)) {
        const ScaleRange range = rangeOf(scale);
        if (*value < range.low || *value > range.high)
            return std::nullopt;
        return (*value - range.low) / (range.high - range.low);
    }
    if (const Label *label = findLabel(answer)) {
        return scale == AnswerScale::OneToSeven ? (label->point7 - 1) / 6.0 : (label->point5 - 1) / 4.0;
    }
    return std::nullopt;
}

AnswerScale SurveyScoring::detectScale(const QStringList &answers)
{
    bool seven = false;
    bool labelPoint[8] = {};
    for (const QString &answer : answers) {
        if (isUnanswered(answer))
            continue;
        if (const auto value = number(answer)) {
            if (*value == 0.0 || *value > 7.0)
                return AnswerScale::ZeroToTen;
            seven = seven || *value > 5.0;
        } else if (const Label *label = findLabel(answer)) {
            labelPoint[label->point7] = true;
        }
    }
    // Labels tell a 7-point scale when they tell "disagree" from "somewhat disagree".
    seven = seven || (labelPoint[2] && labelPoint[3]) || (labelPoint[5] && labelPoint[6]);
    return seven ? AnswerScale::OneToSeven : AnswerScale::OneToFive;
}

QList<ScoreSuggestion> SurveyResult::suggestions() const
{
    QList<ScoreSuggestion> result;
    result.reserve(scores.size());
    for (const SurveyScore &score : scores) {
        result.append({score.customerId, score.valueFit, score.valueAwareness,
                       Text::tr("Survey row %1: %2 fit answers, %3 awareness answers")
                           .arg(score.row)
                           .arg(score.fitAnswers)
                           .arg(score.awarenessAnswers)});
    }
    return result;
}

Result<SurveyResult> scoreSurvey(const QString &path, const SurveyScoring &scoring,
                                 const QList<Customer> &customers, const QByteArray &encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("Cannot open the survey: %1").arg(file.errorString()), path};
    CsvReader reader(&file, {encoding, 0});
    if (Status error = reader.start())
        return *error;
    if (!reader.next())
        return reader.error() ? *reader.error() : Error{Text::tr("The survey is empty."), path};
    QStringList headers = reader.fields();
    for (QString &header : headers)
        header = header.trimmed();

    QList<int> columns;
    for (const SurveyQuestion &q : scoring.questions) {
        const int column = findColumn(headers, q.column);
        if (column < 0)
            return Error{Text::tr("The survey has no column \"%1\".").arg(q.column), path};
        columns.append(column);
    }
    const ColumnMapping automatic = ColumnMapping::automatic(ImportKind::Customers, headers);
    auto identifyingColumn = [&](const QString &named, ImportField field) {
        return named.isEmpty() ? automatic.column(field) : findColumn(headers, named);
    };
    const int emailColumn = identifyingColumn(scoring.emailColumn, ImportField::Email);
    const int idColumn = identifyingColumn(scoring.idColumn, ImportField::CustomerId);
    if ((!scoring.emailColumn.isEmpty() && emailColumn < 0) || (!scoring.idColumn.isEmpty() && idColumn < 0)
        || (emailColumn < 0 && idColumn < 0)) {
        return Error{Text::tr("The survey has no email or customer ID column to match respondents with customers."),
                     path};
    }

    QHash<QString, qsizetype> byExternalId;
    QHash<QString, qsizetype> byEmail;
    QHash<CustomerId, qsizetype> byId;
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const Customer &c = customers.at(i);
        if (!c.externalId.isEmpty())
            byExternalId.insert(c.externalId, i);
        if (!c.email.isEmpty() && !byEmail.contains(c.email.trimmed().toCaseFolded()))
            byEmail.insert(c.email.trimmed().toCaseFolded(), i);
        byId.insert(c.id, i);
    }
    auto customerFor = [&](const QString &id, const QString &email) -> qsizetype {
        if (!id.isEmpty()) {
            if (const qsizetype found = byExternalId.value(id, -1); found >= 0)
                return found;
            bool numeric = false;
            const CustomerId kindredId = id.toLongLong(&numeric);
            if (numeric && byId.contains(kindredId))
                return byId.value(kindredId);
        }
        return email.isEmpty() ? -1 : byEmail.value(email.toCaseFolded(), -1);
    };

    // Surveys are small: the answers are kept so that a column's scale can be
    // decided from all its answers before any is scored.
    struct Respondent
    {
        qint64 row;
        qsizetype customer;
        QStringList answers;
    };
    SurveyResult result;
    QList<Respondent> respondents;
    QHash<qsizetype, qsizetype> respondentOf; // customer index -> index in respondents
    while (reader.next()) {
        ++result.respondents;
        result.problems.append(reader.problems());
        const QString id = idColumn >= 0 ? reader.field(idColumn).trimmed().toString() : QString();
        const QString email = emailColumn >= 0 ? reader.field(emailColumn).trimmed().toString() : QString();
        const qsizetype customer = customerFor(id, email);
        if (customer < 0) {
            ++result.unmatched;
            result.problems.append({Text::tr("No customer matches ID \"%1\" or email \"%2\".").arg(id, email), path,
                                    reader.row(), 0});
            continue;
        }
        Respondent respondent{reader.row(), customer, {}};
        for (int column : std::as_const(columns))
            respondent.answers.append(reader.field(column).toString());
        if (const qsizetype earlier = respondentOf.value(customer, -1); earlier >= 0) {
            ++result.duplicates;
            respondents[earlier] = respondent;
        } else {
            respondentOf.insert(customer, respondents.size());
            respondents.append(respondent);
        }
    }
    if (Status error = reader.error())
        return *error;
    result.encoding = CsvReader::displayName(reader.encoding());

    for (qsizetype q = 0; q < scoring.questions.size(); ++q) {
        AnswerScale scale = scoring.questions.at(q).scale;
        if (scale == AnswerScale::Auto) {
            QStringList answers;
            for (const Respondent &r : std::as_const(respondents))
                answers.append(r.answers.at(q));
            scale = SurveyScoring::detectScale(answers);
        }
        result.scales.append(scale);
    }

    for (const Respondent &r : std::as_const(respondents)) {
        double sum[2] = {};
        double weights[2] = {};
        int answered[2] = {};
        for (qsizetype q = 0; q < scoring.questions.size(); ++q) {
            const SurveyQuestion &question = scoring.questions.at(q);
            const QString &answer = r.answers.at(q);
            if (SurveyScoring::isUnanswered(answer))
                continue;
            const auto value = SurveyScoring::normalise(answer, result.scales.at(q));
            if (!value) {
                result.problems.append({Text::tr("Cannot read \"%1\" as an answer on the %2 scale; left out.")
                                            .arg(answer, SurveyScoring::scaleKey(result.scales.at(q))),
                                        path, r.row, columns.at(q) + 1});
                continue;
            }
            const int axis = question.axis == ScoreAxis::ValueFit ? 0 : 1;
            sum[axis] += question.weight * (question.reversed ? 1.0 - *value : *value);
            weights[axis] += question.weight;
            ++answered[axis];
        }
        auto score = [&](int axis) -> std::optional<double> {
            if (answered[axis] < scoring.minAnswers)
                return std::nullopt;
            return ValueMatrix::clampScore(100.0 * sum[axis] / weights[axis]);
        };
        result.scores.append({customers.at(r.customer).id, r.row, score(0), score(1), answered[0], answered[1]});
    }
    return result;
}

} // namespace Kindred
