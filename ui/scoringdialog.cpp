// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoringdialog.h"

#include "columnmapping.h"
#include "commands/applysuggestions.h"
#include "csvimporter.h"
#include "store/customerstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kindred {

namespace {
enum Column { QuestionColumn, AxisColumn, WeightColumn, ReversedColumn, ScaleColumn, ColumnCount };
enum AxisChoice { Unused, Fit, Awareness };
} // namespace

ScoringDialog::ScoringDialog(CustomerStore &store, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack)
{
    setWindowTitle(tr("Score customers from a survey"));
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("Survey export (CSV, one row per respondent)"));
    m_file->setAccessibleName(tr("Survey file"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &ScoringDialog::chooseFile);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    m_questions = new QTableWidget(0, ColumnCount, this);
    m_questions->setHorizontalHeaderLabels({tr("Question"), tr("Counts for"), tr("Weight"), tr("Reversed"), tr("Scale")});
    m_questions->horizontalHeader()->setSectionResizeMode(QuestionColumn, QHeaderView::Stretch);
    m_questions->verticalHeader()->hide();
    m_questions->setAccessibleName(tr("Survey questions and how they count"));
    layout->addWidget(m_questions, 1);

    auto *form = new QFormLayout;
    m_minAnswers = new QSpinBox(this);
    m_minAnswers->setRange(1, 100);
    m_minAnswers->setToolTip(tr("A respondent with fewer answers on an axis gets no score there rather than a guess."));
    connect(m_minAnswers, &QSpinBox::valueChanged, this, &ScoringDialog::updatePreview);
    form->addRow(tr("Answers needed per axis:"), m_minAnswers);
    m_overwriteManual = new QCheckBox(tr("Also replace scores set by hand"), this);
    connect(m_overwriteManual, &QCheckBox::toggled, this, &ScoringDialog::updatePreview);
    form->addRow(QString(), m_overwriteManual);
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_distribution = new QTableWidget(2, 10, this);
    m_distribution->setAccessibleName(tr("Customers per range of suggested scores"));
    QStringList bins;
    for (int i = 0; i < 10; ++i)
        bins.append(i == 9 ? QStringLiteral("90–100") : QStringLiteral("%1–%2").arg(i * 10).arg(i * 10 + 9));
    m_distribution->setHorizontalHeaderLabels(bins);
    m_distribution->setVerticalHeaderLabels({tr("Value fit"), tr("Value awareness")});
    m_distribution->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_distribution->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_distribution->setMaximumHeight(m_distribution->horizontalHeader()->sizeHint().height() * 4);
    layout->addWidget(m_distribution);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *load = buttons->addButton(tr("Load scoring…"), QDialogButtonBox::ActionRole);
    auto *save = buttons->addButton(tr("Save scoring…"), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    connect(load, &QPushButton::clicked, this, &ScoringDialog::loadScoring);
    connect(save, &QPushButton::clicked, this, &ScoringDialog::saveScoring);
    connect(m_apply, &QPushButton::clicked, this, &ScoringDialog::applyPlan);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 600);
    updatePreview();
}

void ScoringDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Survey export"), QString(),
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setSurveyFile(path);
}

void ScoringDialog::setSurveyFile(const QString &path)
{
    m_scoring = scoring();
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    showQuestions();
}

void ScoringDialog::showQuestions()
{
    const auto preview = CsvImporter::preview(m_path, {}, 0);
    QStringList headers;
    if (preview) {
        // The columns that identify respondents are no questions.
        const ColumnMapping mapping = ColumnMapping::automatic(ImportKind::Customers, preview.value().headers);
        for (int i = 0; i < preview.value().headers.size(); ++i) {
            const auto field = mapping.field(i);
            if (!field || (*field != ImportField::Email && *field != ImportField::CustomerId && *field != ImportField::Name))
                headers.append(preview.value().headers.at(i));
        }
    }
    m_filling = true;
    m_questions->setRowCount(0);
    for (const QString &header : std::as_const(headers)) {
        SurveyQuestion question{header, ScoreAxis::ValueFit, 1.0, false, AnswerScale::Auto};
        AxisChoice axis = Unused;
        for (const SurveyQuestion &known : std::as_const(m_scoring.questions)) {
            if (known.column == header) {
                question = known;
                axis = known.axis == ScoreAxis::ValueFit ? Fit : Awareness;
            }
        }
        const int row = m_questions->rowCount();
        m_questions->insertRow(row);
        auto *name = new QTableWidgetItem(header);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_questions->setItem(row, QuestionColumn, name);

        auto *axisBox = new QComboBox(m_questions);
        axisBox->addItems({tr("(not used)"), tr("Value fit"), tr("Value awareness")});
        axisBox->setCurrentIndex(axis);
        connect(axisBox, &QComboBox::currentIndexChanged, this, &ScoringDialog::updatePreview);
        m_questions->setCellWidget(row, AxisColumn, axisBox);

        auto *weight = new QDoubleSpinBox(m_questions);
        weight->setRange(0.1, 100.0);
        weight->setSingleStep(0.5);
        weight->setValue(question.weight);
        connect(weight, &QDoubleSpinBox::valueChanged, this, &ScoringDialog::updatePreview);
        m_questions->setCellWidget(row, WeightColumn, weight);

        auto *reversed = new QCheckBox(m_questions);
        reversed->setChecked(question.reversed);
        reversed->setToolTip(tr("Agreeing means less fit or awareness"));
        connect(reversed, &QCheckBox::toggled, this, &ScoringDialog::updatePreview);
        m_questions->setCellWidget(row, ReversedColumn, reversed);

        auto *scale = new QComboBox(m_questions);
        for (AnswerScale s : {AnswerScale::Auto, AnswerScale::OneToFive, AnswerScale::OneToSeven, AnswerScale::ZeroToTen})
            scale->addItem(s == AnswerScale::Auto ? tr("detect") : SurveyScoring::scaleKey(s), int(s));
        scale->setCurrentIndex(scale->findData(int(question.scale)));
        connect(scale, &QComboBox::currentIndexChanged, this, &ScoringDialog::updatePreview);
        m_questions->setCellWidget(row, ScaleColumn, scale);
    }
    m_filling = false;
    if (!preview)
        m_summary->setText(preview.error().toString());
    else
        updatePreview();
}

void ScoringDialog::setScoring(const SurveyScoring &scoring)
{
    m_scoring = scoring;
    m_filling = true;
    m_minAnswers->setValue(scoring.minAnswers);
    m_filling = false;
    if (m_path.isEmpty())
        updatePreview();
    else
        showQuestions();
}

SurveyScoring ScoringDialog::scoring() const
{
    SurveyScoring result = m_scoring;
    result.minAnswers = m_minAnswers->value();
    if (m_path.isEmpty())
        return result;
    result.questions.clear();
    for (int row = 0; row < m_questions->rowCount(); ++row) {
        const int axis = static_cast<QComboBox *>(m_questions->cellWidget(row, AxisColumn))->currentIndex();
        if (axis == Unused)
            continue;
        result.questions.append(
            {m_questions->item(row, QuestionColumn)->text(), axis == Fit ? ScoreAxis::ValueFit : ScoreAxis::ValueAwareness,
             static_cast<QDoubleSpinBox *>(m_questions->cellWidget(row, WeightColumn))->value(),
             static_cast<QCheckBox *>(m_questions->cellWidget(row, ReversedColumn))->isChecked(),
             AnswerScale(static_cast<QComboBox *>(m_questions->cellWidget(row, ScaleColumn))->currentData().toInt())});
    }
    return result;
}

void ScoringDialog::updatePreview()
{
    if (m_filling)
        return;
    m_plan = SuggestionPlan();
    m_apply->setEnabled(false);
    const SurveyScoring current = scoring();
    QString summary;
    if (m_path.isEmpty()) {
        summary = tr("Choose a survey export.");
    } else if (current.questions.isEmpty()) {
        summary = tr("Choose for each question whether it counts for value fit or value awareness.");
    } else {
        auto customers = m_store.customers();
        auto survey = customers ? scoreSurvey(m_path, current, customers.value()) : Result<SurveyResult>(customers.error());
        auto plan = survey ? planSuggestions(m_store, survey.value().suggestions(), m_overwriteManual->isChecked())
                           : Result<SuggestionPlan>(survey.error());
        if (!plan) {
            summary = plan.error().toString();
        } else {
            m_plan = plan.value();
            const SurveyResult &r = survey.value();
            summary = tr("%1 respondents: %2 matched to customers, %3 not matched.")
                          .arg(r.respondents)
                          .arg(r.scores.size())
                          .arg(r.unmatched)
                      + QLatin1Char(' ')
                      + tr("Applying changes %1 customers: %2 change quadrant, %3 are placed for the first time.")
                            .arg(m_plan.updates.size())
                            .arg(m_plan.quadrantChanges)
                            .arg(m_plan.newlyPlaced);
            if (m_plan.protectedByHand > 0)
                summary += QLatin1Char(' ') + tr("%1 customers placed by hand are left as they are.").arg(m_plan.protectedByHand);
            if (!r.problems.isEmpty())
                summary += QLatin1Char('\n') + tr("%1 problems; the first: %2").arg(r.problems.size()).arg(r.problems.constFirst().toString());
            m_apply->setEnabled(!m_plan.updates.isEmpty());
        }
    }
    m_summary->setText(summary);
    for (int bin = 0; bin < 10; ++bin) {
        m_distribution->setItem(0, bin, new QTableWidgetItem(QString::number(m_plan.fitDistribution[bin])));
        m_distribution->setItem(1, bin, new QTableWidgetItem(QString::number(m_plan.awarenessDistribution[bin])));
    }
}

void ScoringDialog::applyPlan()
{
    if (m_plan.updates.isEmpty())
        return;
    m_undoStack.push(new ApplySuggestions(m_store, m_plan, QStringLiteral("survey: ") + QFileInfo(m_path).fileName()));
    accept();
}

void ScoringDialog::loadScoring()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load scoring"), QString(), tr("Scoring (*.json)"));
    if (path.isEmpty())
        return;
    const auto loaded = SurveyScoring::load(path);
    if (!loaded) {
        QMessageBox::warning(this, tr("Load scoring"), loaded.error().toString());
        return;
    }
    setScoring(loaded.value());
}

void ScoringDialog::saveScoring()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save scoring"), QString(), tr("Scoring (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(scoring().toJson()).toJson()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save scoring"), file.errorString());
}

} // namespace Kindred
