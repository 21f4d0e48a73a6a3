// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "error.h"
#include "scoresuggestions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Kindred {

/// The matrix axis a survey question speaks to.
enum class ScoreAxis { ValueFit, ValueAwareness };

/// How a question's answers are written. Auto: decided from the column's
/// answers (see SurveyScoring::detectScale()).
enum class AnswerScale { Auto, OneToFive, OneToSeven, ZeroToTen };

/// One question of a survey as the marketer scores it.
struct SurveyQuestion
{
    QString column; ///< the header of the question's column in the export
    ScoreAxis axis = ScoreAxis::ValueFit;
    double weight = 1.0;
    bool reversed = false; ///< agreeing means less fit or awareness
    AnswerScale scale = AnswerScale::Auto;
};

/// How a survey export becomes scores: the questions, and how many answered
/// questions an axis needs before it gets a score. Kept as JSON:
///
///     {"min_answers": 2,
///      "email_column": "Email", "id_column": "Customer ID",
///      "questions": [{"column": "Q1", "axis": "fit", "weight": 2,
///                     "reversed": false, "scale": "1-5"}, ...]}
///
/// axis is "fit" or "awareness"; scale is "1-5", "1-7", "0-10" or "auto"
/// (the default); weight defaults to 1, reversed to false, min_answers to 1.
/// Without email_column and id_column the columns are found by their headers
/// as an import finds them ("Email", "メールアドレス", "顧客ID"...).
struct SurveyScoring
{
    QList<SurveyQuestion> questions;
    int minAnswers = 1;
    QString emailColumn;
    QString idColumn;

    static Result<SurveyScoring> fromJson(const QJsonObject &json);
    static Result<SurveyScoring> load(const QString &path);
    QJsonObject toJson() const;

    /// An answer as a number from 0 (the low end of the scale) to 1; nullopt
    /// when unanswered or unreadable. Numbers are read as ValueParser reads
    /// them (full-width digits too), also when a label follows ("5 - Strongly
    /// agree"); labels are agreement words in English and Japanese ("strongly
    /// disagree" ... "strongly agree", "somewhat agree", "neutral";
    /// 全くそう思わない, そう思わない, あまりそう思わない, どちらともいえない,
    /// ややそう思う, そう思う, とてもそう思う, and close variants), placed on a
    /// 7-point scale when the question is 1-7 and a 5-point one otherwise.
    /// A number outside the scale is unreadable.
    static std::optional<double> normalise(QStringView answer, AnswerScale scale);
    /// True when the answer is empty (the question was skipped).
    static bool isUnanswered(QStringView answer);
    /// The scale of a column from its answers: 0-10 when one is 0 or above 7,
    /// 1-7 when one is 6 or 7 or a label only a 7-point scale has, else 1-5.
    static AnswerScale detectScale(const QStringList &answers);

    static QString axisKey(ScoreAxis axis);
    static std::optional<ScoreAxis> axisFromKey(const QString &key);
    static QString scaleKey(AnswerScale scale);
    static std::optional<AnswerScale> scaleFromKey(const QString &key);
};

/// The scores of one respondent matched to a customer.
struct SurveyScore
{
    CustomerId customerId = 0;
    qint64 row = 0;                       ///< spreadsheet row of the answers
    std::optional<double> valueFit;       ///< nullopt: too few answers (or no questions)
    std::optional<double> valueAwareness;
    int fitAnswers = 0;
    int awarenessAnswers = 0;
};

/// What reading a survey export found.
struct SurveyResult
{
    QList<SurveyScore> scores;  ///< one per matched customer; a later row replaces an earlier one
    qint64 respondents = 0;     ///< data rows read
    qint64 unmatched = 0;       ///< rows whose email or id names no customer
    qint64 duplicates = 0;      ///< rows for a customer already answered above
    QList<Error> problems;      ///< unmatched rows, unreadable answers, with row and column
    QByteArray encoding;        ///< as people call it (Shift_JIS, not windows-31j)
    /// The scale used for each question, in the order of SurveyScoring::questions.
    QList<AnswerScale> scales;

    /// The scores as suggestions, for planSuggestions().
    QList<ScoreSuggestion> suggestions() const;
};

/// Reads a survey export (CSV: one row per respondent, one column per
/// question, in any encoding CsvReader detects) and scores each respondent
/// who matches a customer, by customer id or by email (case does not
/// matter). An axis score is the weighted mean of its answered questions,
/// each normalised to 0-1 and turned round when reversed, rescaled to 0-100;
/// unanswered questions are left out, and an axis with fewer than minAnswers
/// answers gets no score. Errors: the file cannot be read, a question's
/// column or the email/id column is missing.
Result<SurveyResult> scoreSurvey(const QString &path, const SurveyScoring &scoring,
                                 const QList<Customer> &customers, const QByteArray &encoding = {});

} // namespace Kindred
