// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmapping.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Kindred {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kindred::ColumnMapping", text);
}

struct FieldInfo
{
    ImportField field;
    const char *key;
    const char *name;
    bool customers; // in a customer list
    bool orders;    // in order lines
    // Header names as exports write them; compared after normalisedHeader().
    QStringList synonyms;
};

const QList<FieldInfo> &fieldInfos()
{
    static const QList<FieldInfo> all = {
        {ImportField::CustomerId, "customer_id", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Customer ID"), true, true,
         {QStringLiteral("customerid"), QStringLiteral("customerno"), QStringLiteral("customernumber"),
          QStringLiteral("customercode"), QStringLiteral("customer#"), QStringLiteral("clientid"),
          QStringLiteral("memberid"), QStringLiteral("memberno"), QStringLiteral("externalid"),
          QStringLiteral("contactid"), QStringLiteral("顧客id"), QStringLiteral("顧客番号"),
          QStringLiteral("顧客コード"), QStringLiteral("顧客no"), QStringLiteral("会員id"),
          QStringLiteral("会員番号"), QStringLiteral("会員コード"), QStringLiteral("得意先コード"),
          QStringLiteral("取引先コード"), QStringLiteral("お客様番号"), QStringLiteral("kundennummer"),
          QStringLiteral("kundennr")}},
        {ImportField::Name, "name", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Customer name"), true, true,
         {QStringLiteral("customername"), QStringLiteral("name"), QStringLiteral("fullname"),
          QStringLiteral("clientname"), QStringLiteral("contactname"), QStringLiteral("billingname"),
          QStringLiteral("membername"), QStringLiteral("顧客名"), QStringLiteral("氏名"), QStringLiteral("名前"),
          QStringLiteral("お名前"), QStringLiteral("会員名"), QStringLiteral("購入者名"),
          QStringLiteral("購入者"), QStringLiteral("注文者名"), QStringLiteral("注文者"),
          QStringLiteral("お客様名"), QStringLiteral("得意先名"), QStringLiteral("kunde")}},
        {ImportField::Email, "email", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Email"), true, true,
         {QStringLiteral("email"), QStringLiteral("emailaddress"), QStringLiteral("mail"),
          QStringLiteral("mailaddress"), QStringLiteral("customeremail"), QStringLiteral("billingemail"),
          QStringLiteral("メールアドレス"), QStringLiteral("メール"), QStringLiteral("eメール"),
          QStringLiteral("eメールアドレス"), QStringLiteral("電子メール"), QStringLiteral("pcメールアドレス")}},
        {ImportField::Company, "company", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Company"), true, false,
         {QStringLiteral("company"), QStringLiteral("companyname"), QStringLiteral("organization"),
          QStringLiteral("organisation"), QStringLiteral("account"), QStringLiteral("accountname"),
          QStringLiteral("会社名"), QStringLiteral("会社"), QStringLiteral("企業名"), QStringLiteral("法人名"),
          QStringLiteral("勤務先"), QStringLiteral("所属"), QStringLiteral("firma")}},
        {ImportField::Tags, "tags", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Tags"), true, false,
         {QStringLiteral("tags"), QStringLiteral("tag"), QStringLiteral("labels"), QStringLiteral("label"),
          QStringLiteral("segment"), QStringLiteral("タグ"), QStringLiteral("ラベル"), QStringLiteral("セグメント")}},
        {ImportField::ValueFit, "value_fit", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Value fit"), true, false,
         {QStringLiteral("valuefit"), QStringLiteral("fit"), QStringLiteral("価値観の共有可能性"),
          QStringLiteral("共有可能性"), QStringLiteral("価値観共有"), QStringLiteral("価値観の共有")}},
        {ImportField::ValueAwareness, "value_awareness",
         QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Value awareness"), true, false,
         {QStringLiteral("valueawareness"), QStringLiteral("awareness"), QStringLiteral("価値観の自覚"),
          QStringLiteral("自覚"), QStringLiteral("価値観自覚")}},
        {ImportField::Stage, "stage", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Stage"), true, false,
         {QStringLiteral("stage"), QStringLiteral("funnelstage"), QStringLiteral("lifecyclestage"),
          QStringLiteral("ステージ"), QStringLiteral("段階"), QStringLiteral("顧客ステージ")}},
        {ImportField::Notes, "notes", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Notes"), true, false,
         {QStringLiteral("notes"), QStringLiteral("note"), QStringLiteral("memo"), QStringLiteral("comment"),
          QStringLiteral("comments"), QStringLiteral("remarks"), QStringLiteral("備考"), QStringLiteral("メモ"),
          QStringLiteral("コメント"), QStringLiteral("特記事項"), QStringLiteral("notiz")}},
        {ImportField::OrderId, "order_id", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Order ID"), false, true,
         {QStringLiteral("orderid"), QStringLiteral("orderno"), QStringLiteral("ordernumber"),
          QStringLiteral("order#"), QStringLiteral("order"), QStringLiteral("invoiceno"),
          QStringLiteral("invoicenumber"), QStringLiteral("invoiceid"), QStringLiteral("receiptno"),
          QStringLiteral("receiptnumber"), QStringLiteral("transactionid"), QStringLiteral("注文番号"),
          QStringLiteral("注文id"), QStringLiteral("注文no"), QStringLiteral("受注番号"), QStringLiteral("受注id"),
          QStringLiteral("伝票番号"), QStringLiteral("オーダー番号"), QStringLiteral("オーダーid"),
          QStringLiteral("購入番号"), QStringLiteral("取引id"), QStringLiteral("取引番号"),
          QStringLiteral("レシート番号"), QStringLiteral("請求書番号"), QStringLiteral("bestellnummer")}},
        {ImportField::OrderDate, "order_date", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Order date"), false, true,
         {QStringLiteral("orderdate"), QStringLiteral("date"), QStringLiteral("purchasedate"),
          QStringLiteral("transactiondate"), QStringLiteral("invoicedate"), QStringLiteral("saledate"),
          QStringLiteral("createdat"), QStringLiteral("orderedat"), QStringLiteral("注文日"),
          QStringLiteral("購入日"), QStringLiteral("受注日"), QStringLiteral("注文日時"), QStringLiteral("購入日時"),
          QStringLiteral("受注日時"), QStringLiteral("売上日"), QStringLiteral("取引日"), QStringLiteral("日付"),
          QStringLiteral("日時"), QStringLiteral("販売日"), QStringLiteral("datum"), QStringLiteral("bestelldatum")}},
        {ImportField::Amount, "amount", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Amount"), false, true,
         {QStringLiteral("sales"), QStringLiteral("amount"), QStringLiteral("total"), QStringLiteral("ordertotal"),
          QStringLiteral("totalamount"), QStringLiteral("revenue"), QStringLiteral("lineamount"),
          QStringLiteral("linetotal"), QStringLiteral("grandtotal"), QStringLiteral("金額"), QStringLiteral("売上"),
          QStringLiteral("合計"), QStringLiteral("売上金額"), QStringLiteral("合計金額"), QStringLiteral("購入金額"),
          QStringLiteral("注文金額"), QStringLiteral("総額"), QStringLiteral("税込金額"), QStringLiteral("支払金額"),
          QStringLiteral("お支払い金額"), QStringLiteral("請求金額"), QStringLiteral("小計"), QStringLiteral("売上高"),
          QStringLiteral("betrag"), QStringLiteral("umsatz"), QStringLiteral("montant")}},
    };
    return all;
}

const FieldInfo &info(ImportField field)
{
    return fieldInfos().at(int(field));
}

bool belongsTo(const FieldInfo &f, ImportKind kind)
{
    return kind == ImportKind::Customers ? f.customers : f.orders;
}

} // namespace

QString importKindKey(ImportKind kind)
{
    return kind == ImportKind::Customers ? QStringLiteral("customers") : QStringLiteral("orders");
}

std::optional<ImportKind> importKindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("customers") || k == QLatin1String("customer"))
        return ImportKind::Customers;
    if (k == QLatin1String("orders") || k == QLatin1String("order"))
        return ImportKind::Orders;
    return std::nullopt;
}

QString importFieldKey(ImportField field)
{
    return QString::fromLatin1(info(field).key);
}

std::optional<ImportField> importFieldFromKey(const QString &key)
{
    for (const FieldInfo &f : fieldInfos()) {
        if (key.trimmed().compare(QLatin1String(f.key), Qt::CaseInsensitive) == 0)
            return f.field;
    }
    return std::nullopt;
}

QString importFieldName(ImportField field)
{
    return tr(info(field).name);
}

QList<ImportField> importFields(ImportKind kind)
{
    QList<ImportField> fields;
    for (const FieldInfo &f : fieldInfos()) {
        if (belongsTo(f, kind))
            fields.append(f.field);
    }
    return fields;
}

ColumnMapping::ColumnMapping(ImportKind kind, const QStringList &headers) : m_kind(kind), m_headers(headers) {}

QString ColumnMapping::normalisedHeader(const QString &header)
{
    static const QRegularExpression bracketed(QStringLiteral("[(\\[【<〈《「『][^)\\]】>〉》」』]*[)\\]】>〉》」』]"));
    static const QRegularExpression ignored(QStringLiteral("[\\s_\\-.・:：/'\"]"));
    QString h = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    h.remove(bracketed);
    h.remove(ignored);
    return h;
}

ColumnMapping ColumnMapping::automatic(ImportKind kind, const QStringList &headers)
{
    ColumnMapping mapping(kind, headers);
    for (int column = 0; column < headers.size(); ++column) {
        const QString h = normalisedHeader(headers.at(column));
        for (const FieldInfo &f : fieldInfos()) {
            // The first column that names a field wins it.
            if (belongsTo(f, kind) && !mapping.m_columns.contains(f.field) && f.synonyms.contains(h)) {
                mapping.m_columns.insert(f.field, column);
                break;
            }
        }
    }
    return mapping;
}

ImportKind ColumnMapping::guessKind(const QStringList &headers)
{
    const ColumnMapping orders = automatic(ImportKind::Orders, headers);
    for (ImportField f : {ImportField::OrderId, ImportField::OrderDate, ImportField::Amount}) {
        if (orders.column(f) >= 0)
            return ImportKind::Orders;
    }
    return ImportKind::Customers;
}

int ColumnMapping::column(ImportField field) const
{
    return m_columns.value(field, -1);
}

QString ColumnMapping::header(ImportField field) const
{
    const int c = column(field);
    return c >= 0 ? m_headers.value(c) : QString();
}

std::optional<ImportField> ColumnMapping::field(int column) const
{
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (it.value() == column)
            return it.key();
    }
    return std::nullopt;
}

void ColumnMapping::setColumn(ImportField field, int column)
{
    if (const auto previous = this->field(column))
        m_columns.remove(*previous);
    if (column < 0 || column >= m_headers.size())
        m_columns.remove(field);
    else
        m_columns.insert(field, column);
}

Status ColumnMapping::setColumn(const QString &fieldKey, const QString &header)
{
    const auto field = importFieldFromKey(fieldKey);
    if (!field || !belongsTo(info(*field), m_kind)) {
        QStringList keys;
        for (ImportField f : importFields(m_kind))
            keys.append(importFieldKey(f));
        return Error{tr("\"%1\" is not a field of %2 files; the fields are: %3.")
                         .arg(fieldKey, importKindKey(m_kind), keys.join(QStringLiteral(", "))), {}};
    }
    qsizetype column = m_headers.indexOf(header);
    if (column < 0) {
        const QString wanted = normalisedHeader(header);
        for (qsizetype i = 0; i < m_headers.size() && column < 0; ++i) {
            if (normalisedHeader(m_headers.at(i)) == wanted)
                column = i;
        }
    }
    if (column < 0) {
        return Error{tr("The file has no column \"%1\"; its columns are: %2.")
                         .arg(header, m_headers.join(QStringLiteral(", "))), {}};
    }
    setColumn(*field, int(column));
    return std::nullopt;
}

Status ColumnMapping::validate() const
{
    if (column(ImportField::CustomerId) < 0 && column(ImportField::Email) < 0) {
        return Error{tr("No column is chosen for the customer ID or the email, so customers cannot be "
                        "recognised."), {}};
    }
    if (m_kind == ImportKind::Orders) {
        QStringList missing;
        for (ImportField f : {ImportField::OrderDate, ImportField::Amount}) {
            if (column(f) < 0)
                missing.append(importFieldName(f));
        }
        if (!missing.isEmpty())
            return Error{tr("Order lines need a column for: %1.").arg(missing.join(QStringLiteral(", "))), {}};
    }
    return std::nullopt;
}

QHash<QString, QString> ColumnMapping::toHeaderMap() const
{
    QHash<QString, QString> map;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        map.insert(importFieldKey(it.key()), m_headers.value(it.value()));
    return map;
}

} // namespace Kindred
