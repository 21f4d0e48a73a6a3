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
    // Whole header names as exports write them, the preferred first;
    // compared after normalisedHeader().
    QStringList synonyms;
    // Words that name the field at the start or the end of a longer header
    // ("Billing Email Address", "Order Total Amount", "注文者名字"), the
    // preferred first; a whole-header synonym always beats them.
    QStringList words;
    // A header holding one of these is not the field by its words:
    // "Discount Amount" is no amount, "Ship Date" no order date.
    QStringList excluded;
    // The words may stand anywhere in the header, not only at its ends:
    // "Absender E-Mail-Adresse".
    bool wordsAnywhere = false;
    // The field's word may stand in brackets, which are otherwise dropped as
    // units are: "Name (kana)", "お名前（フリガナ）" are readings, not names.
    bool inBrackets = false;
};

QStringList list(std::initializer_list<const char16_t *> texts)
{
    QStringList result;
    result.reserve(qsizetype(texts.size()));
    for (const char16_t *text : texts)
        result.append(QString::fromUtf16(text));
    return result;
}

// Headers that name a family name only: beside them a given name column
// completes the name.
const QStringList &familyNameHeaders()
{
    static const QStringList all = list({u"lastname", u"surname", u"familyname", u"nachname", u"apellido",
                                         u"apellidos", u"cognome", u"achternaam", u"nom", u"姓", u"氏", u"名字",
                                         u"苗字"});
    return all;
}

const QList<FieldInfo> &fieldInfos()
{
    static const QList<FieldInfo> all = {
        {ImportField::CustomerId, "customer_id", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Customer ID"), true, true,
         list({u"customerid", u"customerno", u"customernumber", u"customercode", u"customer#", u"clientid",
               u"clientno", u"memberid", u"memberno", u"externalid", u"contactid", u"accountid", u"buyerid",
               u"userid", u"顧客id", u"顧客番号", u"顧客コード", u"顧客no", u"会員id", u"会員番号", u"会員コード",
               u"得意先コード", u"取引先コード", u"お客様番号", u"お客様id", u"購入者id", u"kundennummer",
               u"kundennr", u"kundenid", u"n°client", u"noclient", u"numéroclient", u"numeroclient", u"idclient",
               u"codeclient", u"refclient", u"nocliente", u"n°cliente", u"idcliente", u"códigocliente", u"codigocliente", u"numerocliente",
               u"codicecliente", u"klantnummer", u"klantid"}),
         list({u"customerid", u"customerno", u"customernumber", u"clientid", u"memberid", u"userid", u"buyerid",
               u"顧客id", u"顧客番号", u"顧客コード", u"会員id", u"会員番号", u"kundennummer", u"numéroclient",
               u"idcliente", u"klantnummer"}),
         list({u"name", u"mail", u"note", u"comment", u"名", u"order", u"注文", u"備考"})},
        {ImportField::Name, "name", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Customer name"), true, true,
         list({u"customername", u"fullname", u"clientname", u"contactname", u"billingname", u"membername",
               u"buyername", u"顧客名", u"氏名", u"お名前", u"名前", u"会員名", u"購入者名", u"購入者", u"注文者名",
               u"注文者", u"お客様名", u"得意先名", u"customer", u"client", u"buyer", u"顧客", u"お客様", u"得意先",
               u"cliente", u"klant", u"kunde", u"kundenname", u"nomclient", u"nomcomplet",
               u"nombrecliente", u"nombrecompleto", u"nomecliente", u"nomecompleto", u"klantnaam", u"name", u"nom",
               u"nombre", u"nome", u"naam", u"lastname", u"surname", u"familyname", u"nachname", u"apellidos",
               u"apellido", u"cognome", u"achternaam", u"姓", u"氏", u"名字", u"苗字"}),
         list({u"name", u"氏名", u"名字", u"名前", u"顧客名", u"会員名", u"nom", u"nombre", u"nome", u"naam"}),
         list({u"product", u"item", u"sku", u"variant", u"company", u"account", u"shipping", u"ship", u"file",
               u"store", u"shop", u"campaign", u"category", u"brand", u"discount", u"coupon", u"payment", u"method",
               u"user", u"first", u"商品", u"品名", u"会社", u"店", u"配送", u"送付", u"お届け", u"カナ", u"かな",
               u"フリガナ", u"ふりがな", u"kana", u"prénom", u"prenom", u"vorname", u"given"})},
        {ImportField::GivenName, "given_name", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Given name"), true, true,
         list({u"firstname", u"givenname", u"forename", u"prénom", u"prenom", u"vorname", u"名", u"下の名前",
               u"voornaam", u"nome", u"nombre"}),
         list({u"firstname", u"givenname", u"prénom", u"vorname", u"名前"}),
         list({u"カナ", u"かな", u"フリガナ", u"ふりがな", u"kana", u"shipping", u"ship", u"配送", u"送付", u"お届け"})},
        {ImportField::Email, "email", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Email"), true, true,
         list({u"email", u"emailaddress", u"mail", u"mailaddress", u"customeremail", u"billingemail", u"buyeremail",
               u"メールアドレス", u"メール", u"eメール", u"eメールアドレス", u"電子メール", u"pcメールアドレス",
               u"emailadresse", u"courriel", u"adresseemail", u"correo", u"correoelectrónico", u"emailadres"}),
         list({u"email", u"mail", u"メール", u"courriel", u"correo"}),
         list({u"consent", u"marketing", u"optin", u"subscri", u"accepts", u"verified", u"bounce", u"status",
               u"type", u"配信", u"許可", u"希望"}),
         true},
        {ImportField::Company, "company", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Company"), true, false,
         list({u"company", u"companyname", u"organization", u"organisation", u"account", u"accountname", u"会社名",
               u"会社", u"企業名", u"法人名", u"勤務先", u"所属", u"firma", u"société", u"entreprise", u"empresa",
               u"azienda", u"bedrijf"}),
         list({u"company", u"organization", u"organisation", u"会社", u"企業", u"法人", u"firma", u"société",
               u"entreprise", u"empresa", u"azienda", u"bedrijf"}),
         list({u"companyid", u"companyaddress", u"companysize", u"companyurl", u"companywebsite", u"phone", u"tel",
               u"fax", u"industry", u"住所", u"電話", u"番号", u"カナ", u"フリガナ"})},
        {ImportField::Tags, "tags", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Tags"), true, false,
         list({u"tags", u"tag", u"labels", u"label", u"segment", u"タグ", u"ラベル", u"セグメント", u"étiquettes",
               u"etiquetas"}),
         {},
         {}},
        {ImportField::ValueFit, "value_fit", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Value fit"), true, false,
         list({u"valuefit", u"fit", u"価値観の共有可能性", u"共有可能性", u"価値観共有", u"価値観の共有"}),
         {},
         {}},
        {ImportField::ValueAwareness, "value_awareness",
         QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Value awareness"), true, false,
         list({u"valueawareness", u"awareness", u"価値観の自覚", u"自覚", u"価値観自覚"}),
         {},
         {}},
        {ImportField::Stage, "stage", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Stage"), true, false,
         list({u"stage", u"funnelstage", u"ステージ", u"段階", u"顧客ステージ"}),
         {},
         {}},
        {ImportField::Notes, "notes", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Notes"), true, false,
         list({u"notes", u"note", u"memo", u"comment", u"comments", u"remarks", u"備考", u"メモ", u"コメント",
               u"特記事項", u"notiz", u"bemerkung", u"remarques", u"notas", u"commentaire"}),
         {},
         {}},
        {ImportField::OrderId, "order_id", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Order ID"), false, true,
         list({u"orderid", u"orderno", u"ordernumber", u"order#", u"order", u"invoiceno", u"invoicenumber",
               u"invoiceid", u"receiptno", u"receiptnumber", u"transactionid", u"salesorder", u"注文番号", u"注文id",
               u"注文no", u"受注番号", u"受注id", u"伝票番号", u"オーダー番号", u"オーダーid", u"購入番号", u"取引id",
               u"取引番号", u"レシート番号", u"請求書番号", u"bestellnummer", u"bestellnr", u"auftragsnummer",
               u"rechnungsnummer", u"belegnr", u"belegnummer", u"documentno", u"documentnumber",
               u"numérodefacture", u"numerodefacture", u"n°commande", u"nocommande", u"numérodecommande", u"numerodecommande",
               u"commande", u"n°facture", u"facture", u"pedido", u"n°pedido", u"nopedido", u"númerodepedido", u"numerodepedido",
               u"numeropedido", u"ordine", u"numeroordine", u"bestelnummer", u"bestelling", u"ordernummer"}),
         list({u"orderid", u"ordernumber", u"orderno", u"order#", u"invoiceno", u"invoicenumber", u"transactionid",
               u"receiptno", u"注文番号", u"受注番号", u"注文id", u"伝票番号", u"bestellnummer",
               u"auftragsnummer", u"rechnungsnummer", u"commande", u"pedido", u"ordine", u"bestelnummer",
               u"transaction", u"transaktionscode", u"transaktionsnummer", u"transaktion"}),
         list({u"date", u"time", u"status", u"total", u"amount", u"item", u"line", u"type", u"fee", u"subject",
               u"日", u"金額", u"datum", u"typ", u"gebühr"})},
        {ImportField::OrderDate, "order_date", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Order date"), false, true,
         list({u"orderdate", u"date", u"purchasedate", u"transactiondate", u"invoicedate", u"saledate",
               u"createdat", u"created", u"orderedat", u"purchasedat", u"datecreated", u"createddate",
               u"creationdate", u"dateordered", u"orderedon", u"purchasedon", u"dateofpurchase", u"ordertime",
               u"orderdatetime", u"purchasetime", u"transactiontime", u"注文日", u"購入日", u"受注日", u"注文日時",
               u"購入日時", u"受注日時", u"売上日", u"取引日", u"日付", u"日時", u"販売日", u"datum", u"bestelldatum",
               u"rechnungsdatum", u"datedecommande", u"datecommande", u"datedefacture", u"fecha", u"fechadepedido",
               u"fechapedido", u"data", u"dataordine", u"besteldatum"}),
         list({u"date", u"日付", u"日時", u"注文日", u"購入日", u"受注日", u"売上日", u"datum", u"fecha", u"data"}),
         list({u"birth", u"ship", u"deliver", u"due", u"update", u"modif", u"fulfil", u"refund", u"cancel",
               u"return", u"last", u"first", u"signup", u"regist", u"create", u"expir", u"meta", u"誕生", u"生年",
               u"配送", u"発送", u"出荷", u"お届け", u"登録", u"最終", u"初回", u"更新", u"有効", u"キャンセル",
               u"返品"})},
        {ImportField::Amount, "amount", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Amount"), false, true,
         list({u"sales", u"amount", u"total", u"ordertotal", u"ordertotalamount", u"totalamount", u"revenue", u"lineamount",
               u"linetotal", u"grandtotal", u"金額", u"売上", u"合計", u"売上金額", u"合計金額", u"購入金額",
               u"注文金額", u"総額", u"税込金額", u"支払金額", u"お支払い金額", u"請求金額", u"小計", u"売上高",
               u"betrag", u"umsatz", u"gesamtbetrag", u"summe", u"montant", u"montantttc", u"totalttc", u"importe",
               u"importetotal", u"importo", u"totale", u"bedrag", u"totaal"}),
         list({u"total", u"amount", u"sales", u"revenue", u"gross", u"brut", u"金額", u"売上", u"合計", u"代金",
               u"betrag", u"umsatz", u"summe", u"montant", u"importe", u"importo", u"bedrag", u"totaal",
               u"price"}),
         list({u"discount", u"shipping", u"ship", u"delivery", u"fee", u"refund", u"quantity", u"qty", u"count",
               u"orders", u"number", u"unit", u"taxes", u"taxamount", u"totaltax", u"taxtotal", u"vatamount",
               u"coupon", u"point", u"balance", u"spent", u"数量", u"個数", u"点数", u"送料", u"手数料", u"割引",
               u"値引", u"消費税", u"税額", u"ポイント", u"クーポン", u"件数", u"回数", u"単価"})},
        {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Phone"), true, false,
         list({u"phone", u"telephone", u"tel", u"phonenumber", u"telephonenumber", u"telno", u"mobile",
               u"mobilephone", u"cellphone", u"電話番号", u"電話", u"携帯電話", u"携帯電話番号", u"携帯", u"tel番号",
               u"telefon", u"telefonnummer", u"téléphone", u"teléfono", u"telefono", u"telefoon",
               u"telefoonnummer"}),
         list({u"phone", u"telephone", u"mobile", u"電話", u"携帯", u"telefon", u"téléphone", u"teléfono",
               u"telefono", u"telefoon"}),
         list({u"fax", u"type", u"consent", u"optin", u"marketing", u"verified"})},
        {ImportField::Reading, "reading", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Reading (furigana)"), true,
         false,
         list({u"reading", u"furigana", u"kana", u"namekana", u"namereading", u"フリガナ", u"ふりがな", u"よみ",
               u"よみがな", u"ヨミ", u"ヨミガナ", u"氏名カナ", u"氏名フリガナ", u"お名前フリガナ", u"お名前カナ",
               u"顧客名カナ", u"会員名カナ", u"カナ", u"かな", u"カナ氏名"}),
         list({u"フリガナ", u"ふりがな", u"よみがな", u"カナ", u"furigana", u"kana"}),
         list({u"会社", u"企業", u"法人", u"company", u"住所", u"address"}),
         false,
         true},
        {ImportField::PostalCode, "postal_code", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Postal code"), true,
         false,
         list({u"postalcode", u"zip", u"zipcode", u"postcode", u"郵便番号", u"〒", u"plz", u"postleitzahl",
               u"codepostal", u"códigopostal", u"codigopostal", u"cap", u"zipcodepostalcode"}),
         list({u"postalcode", u"zipcode", u"zip", u"postcode", u"郵便番号", u"〒", u"plz", u"postleitzahl",
               u"codepostal", u"códigopostal", u"codigopostal"}),
         {}},
        {ImportField::Address, "address", QT_TRANSLATE_NOOP("Kindred::ColumnMapping", "Address"), true, false,
         list({u"address", u"streetaddress", u"postaladdress", u"mailingaddress", u"住所", u"所在地", u"ご住所",
               u"お届け先住所", u"adresse", u"anschrift", u"dirección", u"direccion", u"indirizzo",
               u"adres"}),
         list({u"address", u"住所", u"所在地", u"adresse", u"anschrift", u"dirección", u"direccion", u"indirizzo",
               u"adres"}),
         list({u"mail", u"メール", u"courriel", u"correo", u"ipaddress", u"ipadresse", u"url", u"web"})},
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

namespace {
const QRegularExpression &ignoredCharacters()
{
    static const QRegularExpression ignored(QStringLiteral("[\\s_\\-.・:：/'\"]"));
    return ignored;
}

// As normalisedHeader(), with what stands in brackets kept and the brackets dropped.
QString normalisedKeepingBrackets(const QString &header)
{
    static const QRegularExpression brackets(QStringLiteral("[(\\[【<〈《「『)\\]】>〉》」』]"));
    QString h = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    h.remove(brackets);
    h.remove(ignoredCharacters());
    return h;
}
} // namespace

QString ColumnMapping::normalisedHeader(const QString &header)
{
    static const QRegularExpression bracketed(QStringLiteral("[(\\[【<〈《「『][^)\\]】>〉》」』]*[)\\]】>〉》」』]"));
    QString h = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    h.remove(bracketed);
    h.remove(ignoredCharacters());
    return h;
}

namespace {

// How strongly a normalised header names a field: a whole-header synonym
// beats a word at the start or end of a longer header, and within each the
// earlier entry of the list beats the later; 0 when it does not name it.
constexpr int kSynonym = 2000;
constexpr int kWord = 1000;

int matchScore(const FieldInfo &f, const QString &header)
{
    const qsizetype synonym = f.synonyms.indexOf(header);
    if (synonym >= 0)
        return kSynonym - int(synonym);
    for (const QString &word : f.excluded) {
        if (header.contains(word))
            return 0;
    }
    for (qsizetype i = 0; i < f.words.size(); ++i) {
        const QString &word = f.words.at(i);
        if (f.wordsAnywhere ? header.contains(word) : header.startsWith(word) || header.endsWith(word))
            return kWord - int(i);
    }
    return 0;
}

// The score of a header with its bracketed part kept ("namekana" for
// "Name (kana)"), for a field whose word may stand in brackets: above any
// match of the header without it.
int bracketScore(const FieldInfo &f, const QString &header, const QString &withBrackets)
{
    if (!f.inBrackets || withBrackets == header)
        return 0;
    const int score = matchScore(f, withBrackets);
    return score > 0 ? kSynonym + score : 0;
}

struct Match
{
    int score;
    int column;
    ImportField field;
};

// The best column for each field of the kind: the strongest matches are
// taken first, the leftmost column among equals, and a column fills at most
// one field.
QList<Match> bestMatches(ImportKind kind, const QStringList &headers)
{
    QList<Match> candidates;
    for (int column = 0; column < headers.size(); ++column) {
        const QString h = ColumnMapping::normalisedHeader(headers.at(column));
        if (h.isEmpty())
            continue;
        const QString withBrackets = normalisedKeepingBrackets(headers.at(column));
        for (const FieldInfo &f : fieldInfos()) {
            const int score
                = belongsTo(f, kind) ? std::max(bracketScore(f, h, withBrackets), matchScore(f, h)) : 0;
            if (score > 0)
                candidates.append({score, column, f.field});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Match &a, const Match &b) { return a.score > b.score; });
    QList<Match> chosen;
    QList<int> usedColumns;
    for (const Match &m : std::as_const(candidates)) {
        const bool fieldTaken = std::any_of(chosen.cbegin(), chosen.cend(),
                                            [&m](const Match &c) { return c.field == m.field; });
        if (!fieldTaken && !usedColumns.contains(m.column)) {
            chosen.append(m);
            usedColumns.append(m.column);
        }
    }
    return chosen;
}

} // namespace

ColumnMapping ColumnMapping::automatic(ImportKind kind, const QStringList &headers)
{
    ColumnMapping mapping(kind, headers);
    for (const Match &m : bestMatches(kind, headers))
        mapping.m_columns.insert(m.field, m.column);
    // "First Name" beside "Full Name" adds nothing; beside "Last Name" it completes it.
    const int name = mapping.column(ImportField::Name);
    const QString nameHeader = name >= 0 ? normalisedHeader(headers.at(name)) : QString();
    const bool familyName = std::any_of(familyNameHeaders().cbegin(), familyNameHeaders().cend(),
                                        [&nameHeader](const QString &h) { return nameHeader.endsWith(h); });
    if (!familyName) {
        const int given = mapping.column(ImportField::GivenName);
        if (name < 0 && given >= 0)
            mapping.m_columns.insert(ImportField::Name, given); // a first name alone is the name there is
        mapping.m_columns.remove(ImportField::GivenName);
    }
    // Shopify calls an order "#1001" in a column "Name", beside the
    // customer's "Billing Name" (its "Receipt Number" is for shop tills).
    if (kind == ImportKind::Orders && nameHeader == QLatin1String("billingname")) {
        const auto orderName = std::find_if(headers.cbegin(), headers.cend(), [](const QString &h) {
            return normalisedHeader(h) == QLatin1String("name");
        });
        if (orderName != headers.cend())
            mapping.m_columns.insert(ImportField::OrderId, int(orderName - headers.cbegin()));
    }
    return mapping;
}

bool ColumnMapping::isFieldName(const QString &header)
{
    const QString h = normalisedHeader(header);
    return std::any_of(fieldInfos().cbegin(), fieldInfos().cend(),
                       [&h](const FieldInfo &f) { return f.synonyms.contains(h); });
}

ImportKind ColumnMapping::guessKind(const QStringList &headers)
{
    // A customer list may hold "Total Spent" or "Last Order Date": only a
    // header that is an order field's own name, or a date and an amount
    // together, make the file order lines.
    bool exact = false;
    int found = 0;
    for (const Match &m : bestMatches(ImportKind::Orders, headers)) {
        if (m.field == ImportField::OrderId || m.field == ImportField::OrderDate || m.field == ImportField::Amount) {
            exact = exact || m.score > kSynonym / 2;
            ++found;
        }
    }
    return exact || found >= 2 ? ImportKind::Orders : ImportKind::Customers;
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
    if (column(ImportField::CustomerId) < 0 && column(ImportField::Email) < 0 && column(ImportField::Name) < 0) {
        return Error{tr("No column is chosen for the customer ID, the email or the name, so customers cannot be "
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
