// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates/companymatching.h"

#include <QTest>

using namespace Kindred;

class TestCompanyMatching : public QObject
{
    Q_OBJECT

private slots:
    void sameCompany_data();
    void sameCompany();
    void otherCompanies_data();
    void otherCompanies();
    void foldedKeepsTheLegalForm();
    void empty();
};

void TestCompanyMatching::sameCompany_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    const QString sony = QStringLiteral("ソニー");
    QTest::newRow("株式会社 before") << QStringLiteral("株式会社ソニー") << sony;
    QTest::newRow("株式会社 after") << QStringLiteral("ソニー株式会社") << sony;
    QTest::newRow("(株)") << QStringLiteral("ソニー(株)") << sony;
    QTest::newRow("full-width (株)") << QStringLiteral("（株）ソニー") << sony;
    QTest::newRow("㈱") << QStringLiteral("㈱ソニー") << sony;
    QTest::newRow("spaced") << QStringLiteral("株式会社　ソニー") << sony;
    QTest::newRow("有限会社") << QStringLiteral("有限会社 山田商店") << QStringLiteral("山田商店");
    QTest::newRow("(有)") << QStringLiteral("山田商店(有)") << QStringLiteral("山田商店");
    QTest::newRow("髙島屋") << QStringLiteral("株式会社髙島屋") << QStringLiteral("高島屋");
    QTest::newRow("GmbH") << QStringLiteral("Müller GmbH") << QStringLiteral("mueller");
    QTest::newRow("GmbH & Co. KG") << QStringLiteral("MÜLLER GmbH & Co. KG") << QStringLiteral("mueller");
    QTest::newRow("transliterated") << QStringLiteral("Mueller") << QStringLiteral("mueller");
    QTest::newRow("AG") << QStringLiteral("Siemens AG") << QStringLiteral("siemens");
    QTest::newRow("Inc.") << QStringLiteral("Acme, Inc.") << QStringLiteral("acme");
    QTest::newRow("Ltd.") << QStringLiteral("ACME Ltd.") << QStringLiteral("acme");
    QTest::newRow("Co., Ltd.") << QStringLiteral("Acme Co., Ltd.") << QStringLiteral("acme");
    QTest::newRow("LLC") << QStringLiteral("Acme LLC") << QStringLiteral("acme");
    QTest::newRow("Corporation") << QStringLiteral("Acme Corporation") << QStringLiteral("acme");
    QTest::newRow("S.A.") << QStringLiteral("Dupont S.A.") << QStringLiteral("dupont");
    QTest::newRow("SARL") << QStringLiteral("DUPONT SARL") << QStringLiteral("dupont");
    QTest::newRow("accents") << QStringLiteral("Société Générale S.A.") << QStringLiteral("societegenerale");
    QTest::newRow("B.V.") << QStringLiteral("Philips B.V.") << QStringLiteral("philips");
    QTest::newRow("N.V.") << QStringLiteral("Philips N.V.") << QStringLiteral("philips");
    QTest::newRow("only a legal form") << QStringLiteral("GmbH") << QStringLiteral("gmbh");
}

void TestCompanyMatching::sameCompany()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(CompanyMatching::keys(name).key, key);
}

void TestCompanyMatching::otherCompanies_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("form in the middle is the name") << QStringLiteral("Bank AG Zürich") << QStringLiteral("Bank Zürich");
    QTest::newRow("other name") << QStringLiteral("ソニー株式会社") << QStringLiteral("ソニック株式会社");
    QTest::newRow("other words") << QStringLiteral("Acme Foods Inc.") << QStringLiteral("Acme Inc.");
}

void TestCompanyMatching::otherCompanies()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(CompanyMatching::keys(a).key != CompanyMatching::keys(b).key);
}

void TestCompanyMatching::foldedKeepsTheLegalForm()
{
    QCOMPARE(CompanyMatching::keys(QStringLiteral("ACME  Inc.")).folded, QStringLiteral("acmeinc"));
    QCOMPARE(CompanyMatching::keys(QStringLiteral("acme inc")).folded, QStringLiteral("acmeinc"));
    QCOMPARE(CompanyMatching::keys(QStringLiteral("Acme")).folded, QStringLiteral("acme"));
}

void TestCompanyMatching::empty()
{
    QVERIFY(CompanyMatching::keys(QString()).key.isEmpty());
    QVERIFY(CompanyMatching::keys(QStringLiteral("  ")).key.isEmpty());
}

QTEST_GUILESS_MAIN(TestCompanyMatching)
#include "tst_companymatching.moc"
