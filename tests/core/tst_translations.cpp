// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"
#include "excellencerule.h"
#include "exportcolumns.h"
#include "quadrant.h"
#include "stage.h"
#include "storelocation.h"
#include "store/customerstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Kindred;

namespace {
struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one per numerus form
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            messages.append({context, {}, {}, false});
        } else if (xml.name() == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            messages.last().unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!numerus)
                messages.last().translations.append(xml.readElementText());
        } else if (xml.name() == QLatin1String("numerusform")) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(n|L?\\d)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}
} // namespace

// The Japanese translation is complete and keeps what the code fills in; once
// built, it is found under the contexts the code looks strings up in.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void japaneseIsComplete();
    void japaneseKeepsPlaceholdersAndAccelerators();
    void builtTranslationReachesCore_data();
    void builtTranslationReachesCore();

private:
    const QList<Message> m_messages = readTs(QStringLiteral(KINDRED_TS_JA));
    QTranslator m_translator;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_translator.load(QStringLiteral(KINDRED_QM_JA)));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestTranslations::japaneseIsComplete()
{
    QVERIFY(m_messages.size() > 300);
    QStringList untranslated;
    for (const Message &m : m_messages) {
        if (m.unfinished || m.translations.isEmpty() || m.translations.contains(QString()))
            untranslated.append(m.context + QStringLiteral(": ") + m.source);
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("not translated:\n") + untranslated.join(u'\n')));
}

void TestTranslations::japaneseKeepsPlaceholdersAndAccelerators()
{
    static const QRegularExpression accelerator(QStringLiteral("&[^&\\s]"));
    QStringList wrong;
    for (const Message &m : m_messages) {
        for (const QString &translation : m.translations) {
            if (translation.isEmpty())
                continue; // reported as untranslated
            if (placeholders(translation) != placeholders(m.source)
                || m.source.contains(accelerator) != translation.contains(accelerator))
                wrong.append(m.source + QStringLiteral(" → ") + translation);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestTranslations::builtTranslationReachesCore_data()
{
    // Strings of free functions and of classes, looked up with the built .qm installed.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("japanese");
    QTest::newRow("stage") << stageName(Stage::Prospect) << QStringLiteral("見込み客");
    QTest::newRow("quadrant") << quadrantMeaning(Quadrant::I) << QStringLiteral("価値観を共有できるが、まだ自覚していない");
    QTest::newRow("rule field") << ruleFieldName(RuleField::DaysSinceLastOrder) << QStringLiteral("最終購入からの日数");
    QTest::newRow("rule operator") << ruleOperatorName(RuleOperator::OneOf) << QStringLiteral("が次のいずれか");
    QTest::newRow("encoding") << csvEncodingName(CsvEncoding::Utf8WithBom) << QStringLiteral("UTF-8 BOM 付き（Excel 向け）");
    QTest::newRow("export column")
        << customerColumns(CustomerContext()).at(1).title << QStringLiteral("顧客 ID");
    QTest::newRow("team store address")
        << StoreLocation::parse(QStringLiteral("postgresql://host:99999/sales")).error().message
        << QStringLiteral("PostgreSQL の URL のポート「99999」が 1～65535 の数値ではありません。");
    QTemporaryDir dir;
    QFile text(dir.filePath(QStringLiteral("notes.kindred")));
    text.open(QIODevice::WriteOnly);
    text.write("name,email\nAnn,ann@example.com\n");
    text.close();
    CustomerStore store;
    QTest::newRow("store file") << store.open(text.fileName())->message
                                << QStringLiteral("このファイルは Kindred のデータファイルではありません。");
}

void TestTranslations::builtTranslationReachesCore()
{
    QFETCH(QString, text);
    QFETCH(QString, japanese);
    QCOMPARE(text, japanese);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
