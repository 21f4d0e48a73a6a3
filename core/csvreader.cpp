// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "batchqueue.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>
#include <QStringDecoder>
#include <QStringEncoder>

#include <array>
#include <climits>
#include <cstring>
#include <optional>
#include <thread>
#include <vector>

namespace Kindred {

namespace {

constexpr qsizetype kChunk = 1 << 20;
constexpr qsizetype kHead = 64 * 1024;
// Written in place of UTF-16 that does not decode, so that the UTF-8 decoder
// of the field reports it with its row and column.
constexpr char kInvalidUtf8 = char(0xFF);

// Gives lupdate and the running program the same context for these texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kindred::CsvReader)
};

QByteArray canonicalEncoding(const QByteArray &name)
{
    QByteArray key = name.toLower();
    key.replace('-', QByteArray()).replace('_', QByteArray()).replace(' ', QByteArray());
    if (key == "utf8" || key == "utf8bom" || key == "utf8sig")
        return "UTF-8";
    if (key == "utf16le")
        return "UTF-16LE";
    if (key == "utf16be")
        return "UTF-16BE";
    if (key == "utf16" || key == "unicode")
        return "UTF-16";
    if (key == "shiftjis" || key == "sjis" || key == "cp932" || key == "ms932" || key == "windows31j"
        || key == "mskanji")
        return "windows-31j";
    return name;
}

bool isUtf16(const QByteArray &encoding)
{
    return encoding.startsWith("UTF-16");
}

// The parser works on bytes, so every byte that means something to CSV must
// stand for itself: true for UTF-8, CP932, EUC-JP, the ISO-8859 and Windows
// code pages; not for stateful encodings, whose multi-byte text reuses them.
bool isAsciiCompatible(const QByteArray &encoding)
{
    const QByteArray key = encoding.toLower();
    if (key.contains("2022") || key.contains("utf-7") || key.contains("utf7") || key == "hz")
        return false;
    QStringEncoder encoder(encoding.constData());
    if (!encoder.isValid())
        return false;
    const QByteArray bytes = encoder.encode(QStringLiteral(",;\t|\"\r\nAz09"));
    return bytes == QByteArrayLiteral(",;\t|\"\r\nAz09");
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

// The head cut at its last line break, so that a multi-byte character split
// by the sample's end does not count as an error.
QByteArrayView completeLines(QByteArrayView head)
{
    if (head.size() < kHead)
        return head;
    const qsizetype lastBreak = head.lastIndexOf('\n');
    return lastBreak > 0 ? head.first(lastBreak + 1) : head;
}

// Characters whose first byte is 0x81-0x9F in CP932: kana, JIS level 1
// kanji (the common ones) and Japanese punctuation. In windows-1252 those
// bytes are typographic quotes, dashes and the like, rarely followed by a
// byte that continues such a character.
qsizetype commonJapanese(QByteArrayView bytes)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        const uchar lead = uchar(bytes[i]);
        if (!((lead >= 0x81 && lead <= 0x9F) || (lead >= 0xE0 && lead <= 0xFC)))
            continue;
        const uchar trail = uchar(bytes[i + 1]);
        if ((trail >= 0x40 && trail <= 0x7E) || (trail >= 0x80 && trail <= 0xFC)) {
            count += lead <= 0x9F;
            ++i;
        }
    }
    return count;
}

// CP932 with at most a few bytes that do not decode (ICU writes SUB for
// them), among many common Japanese characters: at least 16 for each bad
// byte, as for UTF-8. Bytes that decode only into the private-use area count
// as bad: they are far more likely Western text (ü is 0xFC, a CP932
// user-defined lead byte).
bool isCp932(QByteArrayView bytes)
{
    QStringDecoder decoder("windows-31j");
    const QString text = decoder.decode(bytes);
    const qsizetype bad = std::count_if(text.cbegin(), text.cend(),
                                        [](QChar c) {
                                            return c == QChar::ReplacementCharacter || c == QChar(0x1A)
                                                || c.category() == QChar::Other_PrivateUse;
                                        })
        - std::count(bytes.cbegin(), bytes.cend(), '\x1A');
    return bad == 0 || commonJapanese(bytes) >= 16 * bad;
}

struct Span
{
    qsizetype begin = 0;
    qsizetype length = 0;
};

// A field's bytes: in the read buffer when they stand there as they are
// (unquoted), else unescaped into the record's own bytes.
struct RawSpan
{
    qsizetype begin = 0;
    qsizetype length = 0;
    bool unescaped = false;
};

// Tells whether a field's bytes ended inside a multi-byte sequence, which
// the decoder would otherwise keep for the next field, and how many
// characters did not decode so far.
class FieldDecoder : public QStringDecoder
{
public:
    using QStringDecoder::QStringDecoder;
    bool isIdle() const { return state.remainingChars == 0 && !state.invalidChars; }
    qsizetype invalidChars() const { return state.invalidChars; }
};

// ASCII other than NUL: text that widens to itself.
bool isPlainAscii(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (uchar(data[i]) - 1u >= 0x7Fu)
            return false;
    }
    return true;
}

// Counts lines as a text editor does: CRLF, LF and CR each end one; a last
// line without a line break counts too.
struct LineCounter
{
    qint64 breaks = 0;
    bool afterCr = false;
    bool partial = false; // bytes after the last line break

    void add(const char *data, qsizetype size)
    {
        for (qsizetype i = 0; i < size; ++i) {
            const char c = data[i];
            if (c == '\n') {
                breaks += !afterCr;
                afterCr = partial = false;
            } else if (c == '\r') {
                ++breaks;
                afterCr = true;
                partial = false;
            } else {
                afterCr = false;
                partial = true;
            }
        }
    }
    qint64 lines() const { return breaks + partial; }
};

// UTF-16 without a BOM: its ASCII characters (delimiters, digits, line
// breaks) have a NUL byte at every other position, and other text rarely.
QByteArray utf16WithoutBom(QByteArrayView head)
{
    const qsizetype pairs = head.size() / 2;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNuls += head[2 * i] == 0;
        oddNuls += head[2 * i + 1] == 0;
    }
    auto many = [pairs](qsizetype nuls, qsizetype others) { return nuls >= 4 && nuls * 8 >= pairs && others * 4 < nuls; };
    if (many(oddNuls, evenNuls))
        return "UTF-16LE";
    if (many(evenNuls, oddNuls))
        return "UTF-16BE";
    return {};
}

// UTF-8 with at most a few bytes that do not decode, among many that do:
// at least 16 characters beyond ASCII for each bad byte. (CP932 text has
// fewer than one for each eight; Western text in windows-1252 none.)
bool isMostlyUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return true;
    qsizetype bad = 0;
    qsizetype good = 0;
    for (QChar c : text) {
        if (c == QChar::ReplacementCharacter)
            ++bad;
        else if (c.unicode() >= 0x80)
            ++good;
    }
    return good >= 16 * bad;
}

// Records parsed ahead on another thread (CsvReader::readAhead), with the
// fields asked for decoded.
struct ReadAheadBatch
{
    struct Record
    {
        qint64 row = 0;
        qint64 lines = 1;
        qint64 bytesRead = 0;
        qsizetype firstField = 0; // in fields
        qsizetype fieldCount = 0;
        qsizetype firstProblem = 0; // its own (field count, length), in problems
        qsizetype problemCount = 0;
    };
    struct Field
    {
        qsizetype begin = -1; // in text; -1 when not decoded
        qsizetype length = 0;
        qsizetype problem = -1; // its undecodable bytes, in problems
    };
    static constexpr qsizetype kRecords = 4096;

    QList<Record> records;
    QList<Field> fields;
    QString text;
    QList<Error> problems;
    bool last = false; // no batch follows
    Status error;      // the device's, in the last batch
    qint64 bytesRead = 0; // after its last record

    /// Empties it for another use, its buffers kept.
    void clear()
    {
        records.clear();
        fields.clear();
        text.resize(0);
        problems.clear();
        last = false;
        error.reset();
        bytesRead = 0;
    }
};

} // namespace

struct CsvReader::Private
{
    QIODevice *device = nullptr;
    CsvReadOptions options;
    QString fileName;
    QByteArray encoding;
    bool encodingGuessed = false;
    char delimiter = ',';
    bool littleEndian16 = true;
    FieldDecoder decoder;
    bool utf8Fields = false; // ASCII bytes are their own text
    bool icuFields = false;  // decoded by ICU (see open())
    Status error;

    // Bytes read and not yet parsed, UTF-8 when the file is UTF-16.
    QByteArray buffer;
    qsizetype pos = 0;
    bool eof = false;
    qint64 bytesRead = 0;
    QByteArray chunk;
    QByteArray carry16; // an odd byte left from the last UTF-16 chunk
    char16_t highSurrogate = 0;

    // Where parsing stands, kept across chunks so that a record spanning
    // many is parsed once. Positions in the buffer are from pos, which
    // stays at the record's start while its fields are kept.
    enum class State { RecordStart, FieldStart, Quoted, Unquoted, End };
    State state = State::RecordStart;
    qsizetype scan = 0;    // the next byte to parse
    qsizetype segment = 0; // the unquoted part of the field starts here
    qsizetype fieldBegin = 0; // in raw for a quoted field
    bool fieldQuoted = false;
    qsizetype fieldCount = 0;    // of the record so far, those dropped too
    qsizetype quotedBytes = 0;   // of the quoted field being read
    LineCounter quotedLines;     // from the opening quote of that field
    qint64 recordBreaks = 0;     // line breaks in the record's quotes
    std::optional<Error> tooLong; // the record is dropped: its bytes are not kept
    bool stoppedAtQuote = false;  // error() is a quote never closed (set before the thread's last batch)

    // The current record: its fields' bytes, and their text once decoded
    // (here, unless reading ahead). Unquoted fields, most of a large file,
    // are not copied.
    bool decodesHere = true;
    QByteArray raw;
    std::vector<RawSpan> rawSpans; // (QList's append, not inlined, was 1% of a large import)
    qsizetype recordBase = 0; // the buffer position rawSpans' unquoted fields are from
    qint64 lines = 1;
    QString text;
    qsizetype textUsed = 0;
    QList<Span> textSpans;
    QList<bool> bad;
    QList<Error> problems;
    qint64 row = 0;
    qint64 nextRow = 1;
    qsizetype expectedFields = -1;

    enum class Parse { Record, NeedMore, End };

    bool nextRecord();
    QStringView decodeField(qsizetype i);
    // Decodes field i at out, which has room for it; its bytes' problem, if any, joins problems.
    QChar *decodeInto(qsizetype i, QChar *out);
    qint64 bytesConsumed() const;
    bool fill();
    void ingest(const char *data, qsizetype size);
    void finishUtf16();
    Parse parse();
    // Bytes of a quoted field, unescaped: kept unless the record is dropped.
    void takeQuoted(const char *data, qsizetype size)
    {
        if (!tooLong)
            raw.append(data, size);
        quotedBytes += size;
        quotedLines.add(data, size);
    }
    bool quotedTooLong() const { return quotedBytes > maxFieldBytes || quotedLines.breaks > maxQuotedLines; }
    void drop(const QString &message, qsizetype column);
    Parse unclosedQuote(qsizetype from);
    void beginRecord();
    Error problem(const QString &message, int column) const { return Error{message, fileName, row, column}; }

    // Reading ahead: the parser above then runs on the thread, and the
    // current record is one of a batch it handed over, seen as `shown`.
    class ReadAhead;
    std::unique_ptr<ReadAhead> ahead;
    std::unique_ptr<ReadAheadBatch> batch;
    qsizetype current = -1;
    struct
    {
        qint64 row = 0;
        qint64 lines = 1;
        qsizetype size = 0;
        qint64 bytesRead = 0;
        QList<Error> problems;
        QList<bool> bad;
        Status error;
    } shown;
    const ReadAheadBatch::Record &record() const { return batch->records.at(current); }
    bool nextAhead();
    QStringView fieldAhead(qsizetype i);
};

class CsvReader::Private::ReadAhead
{
public:
    ReadAhead(Private &parser, QList<qsizetype> columns) : m_parser(parser), m_columns(std::move(columns))
    {
        std::sort(m_columns.begin(), m_columns.end());
        m_columns.erase(std::unique(m_columns.begin(), m_columns.end()), m_columns.end());
        m_thread = std::thread([this] { run(); });
    }
    ~ReadAhead()
    {
        m_queue.stop();
        m_thread.join();
    }
    /// The next batch, once the thread has it; the last one says so.
    std::unique_ptr<ReadAheadBatch> take() { return m_queue.take(); }
    /// A batch taken and no longer used, to be filled again.
    void giveBack(std::unique_ptr<ReadAheadBatch> batch) { m_queue.giveBack(std::move(batch)); }

private:
    void run()
    {
        for (;;) {
            std::unique_ptr<ReadAheadBatch> next = m_queue.spare();
            if (next)
                next->clear();
            else
                next = std::make_unique<ReadAheadBatch>();
            next->records.reserve(ReadAheadBatch::kRecords);
            while (next->records.size() < ReadAheadBatch::kRecords && m_parser.nextRecord())
                add(*next);
            if (next->records.size() < ReadAheadBatch::kRecords) {
                next->last = true;
                next->error = m_parser.error;
            }
            next->bytesRead = m_parser.bytesConsumed();
            const bool last = next->last;
            if (!m_queue.push(std::move(next)) || last)
                return;
        }
    }

    void add(ReadAheadBatch &to)
    {
        ReadAheadBatch::Record record;
        record.row = m_parser.row;
        record.lines = m_parser.lines;
        record.bytesRead = m_parser.bytesConsumed();
        record.firstField = to.fields.size();
        record.fieldCount = qsizetype(m_parser.rawSpans.size());
        record.firstProblem = to.problems.size();
        record.problemCount = m_parser.problems.size();
        to.problems.append(m_parser.problems); // nothing decoded yet: the record's own
        to.fields.resize(to.fields.size() + record.fieldCount);
        qsizetype room = 0;
        for (qsizetype column : std::as_const(m_columns)) {
            if (column < record.fieldCount)
                room += m_parser.decoder.requiredSpace(m_parser.rawSpans[size_t(column)].length) + 1; // + 1: a cut sequence
        }
        qsizetype used = to.text.size();
        to.text.resize(used + room);
        for (qsizetype column : std::as_const(m_columns)) {
            if (column >= record.fieldCount)
                break;
            const qsizetype problems = m_parser.problems.size();
            QChar *out = to.text.data() + used;
            ReadAheadBatch::Field &field = to.fields[record.firstField + column];
            field.begin = used;
            field.length = m_parser.decodeInto(column, out) - out;
            used += field.length;
            if (m_parser.problems.size() > problems) {
                field.problem = to.problems.size();
                to.problems.append(m_parser.problems.constLast());
            }
        }
        to.text.truncate(used);
        to.records.append(record);
    }

    Private &m_parser;
    QList<qsizetype> m_columns;
    BatchQueue<ReadAheadBatch> m_queue{4}; // batches parsed and not yet taken
    std::thread m_thread;
};

bool CsvReader::Private::nextAhead()
{
    while (!batch || current + 1 >= batch->records.size()) {
        if (batch && batch->last) {
            shown.error = batch->error;
            shown.bytesRead = batch->bytesRead;
            return false;
        }
        if (batch)
            ahead->giveBack(std::move(batch));
        batch = ahead->take();
        current = -1;
    }
    ++current;
    const ReadAheadBatch::Record &r = record();
    shown.row = r.row;
    shown.lines = r.lines;
    shown.size = r.fieldCount;
    shown.bytesRead = r.bytesRead;
    shown.problems = batch->problems.mid(r.firstProblem, r.problemCount);
    shown.bad.fill(false, r.fieldCount);
    return true;
}

// A field as decoded on the thread; its undecodable bytes join problems()
// once it is read, as when it is decoded here.
QStringView CsvReader::Private::fieldAhead(qsizetype i)
{
    const ReadAheadBatch::Field &field = batch->fields.at(record().firstField + i);
    if (field.problem >= 0 && !shown.bad.at(i)) {
        shown.bad[i] = true;
        shown.problems.append(batch->problems.at(field.problem));
    }
    if (field.begin < 0)
        return {};
    return QStringView(batch->text).sliced(field.begin, field.length);
}

void CsvReader::Private::ingest(const char *data, qsizetype size)
{
    if (!isUtf16(encoding)) {
        buffer.append(data, size);
        return;
    }
    QByteArray units = carry16;
    units.append(data, size);
    const qsizetype even = units.size() & ~qsizetype(1);
    auto bytes = reinterpret_cast<const uchar *>(units.constData());
    for (qsizetype i = 0; i < even; i += 2) {
        const char16_t unit = littleEndian16 ? char16_t(bytes[i] | bytes[i + 1] << 8)
                                             : char16_t(bytes[i] << 8 | bytes[i + 1]);
        if (highSurrogate) {
            const char16_t high = std::exchange(highSurrogate, 0);
            if (QChar::isLowSurrogate(unit)) {
                appendUtf8(buffer, QChar::surrogateToUcs4(high, unit));
                continue;
            }
            buffer.append(kInvalidUtf8);
        }
        if (QChar::isHighSurrogate(unit))
            highSurrogate = unit;
        else if (QChar::isLowSurrogate(unit))
            buffer.append(kInvalidUtf8);
        else
            appendUtf8(buffer, unit);
    }
    carry16 = units.mid(even);
}

void CsvReader::Private::finishUtf16()
{
    if (highSurrogate || !carry16.isEmpty())
        buffer.append(kInvalidUtf8);
    highSurrogate = 0;
    carry16.clear();
}

bool CsvReader::Private::fill()
{
    if (eof)
        return false;
    if (pos > 0) {
        buffer.remove(0, pos);
        pos = 0;
    }
    chunk.resize(kChunk);
    const qint64 n = device->read(chunk.data(), kChunk);
    if (n < 0)
        error = Error{Text::tr("Cannot read the file: %1").arg(device->errorString()), fileName, row, 0};
    if (n <= 0) {
        eof = true;
        if (isUtf16(encoding))
            finishUtf16();
        return false;
    }
    bytesRead += n;
    ingest(chunk.constData(), n);
    return true;
}

CsvReader::Private::Parse CsvReader::Private::parse()
{
    if (state == State::End)
        return Parse::End;
    const char *b = buffer.constData();
    const qsizetype end = buffer.size();
    qsizetype p = pos + scan;
    // The state most used, in locals while parsing (the members are saved
    // when parsing stops): a million-line import takes each field here.
    State current = state;
    qsizetype fields = fieldCount;
    qsizetype unquotedFrom = segment;
    bool dropping = tooLong.has_value();
    auto save = [&] {
        state = current;
        fieldCount = fields;
        segment = unquotedFrom;
    };
    // Waits for the next chunk; a dropped record's bytes read so far go.
    auto needMore = [&] {
        if (dropping) {
            unquotedFrom -= p - pos;
            pos = p;
        }
        scan = p - pos;
        save();
        return Parse::NeedMore;
    };
    auto unclosed = [&] {
        save();
        return unclosedQuote(p);
    };

    if (current == State::RecordStart) {
        // Blank lines are skipped but counted, as a spreadsheet counts them.
        while (p < end && (b[p] == '\n' || b[p] == '\r')) {
            if (b[p] == '\r' && p + 1 >= end && !eof)
                return needMore();
            p += (b[p] == '\r' && p + 1 < end && b[p + 1] == '\n') ? 2 : 1;
            ++nextRow;
            pos = p;
        }
        if (p >= end)
            return eof ? Parse::End : needMore();
        raw.resize(0);
        rawSpans.resize(0);
        fields = 0;
        recordBreaks = 0;
        tooLong.reset();
        dropping = false;
        current = State::FieldStart;
    }

    for (;;) {
        if (current == State::FieldStart) {
            if (p >= end && !eof)
                return needMore();
            if (fields == maxFields && !dropping) {
                drop(Text::tr("The row has more than %L1 fields.").arg(maxFields), maxFields + 1);
                dropping = true;
            }
            ++fields;
            fieldQuoted = p < end && b[p] == '"' && !options.literalQuotes;
            if (fieldQuoted) {
                ++p;
                fieldBegin = raw.size();
                quotedBytes = 0;
                quotedLines = {};
                quotedLines.partial = true; // the quote's own line
                current = State::Quoted;
            } else {
                current = State::Unquoted;
                unquotedFrom = p - pos;
            }
        }
        if (current == State::Quoted) {
            for (;;) {
                auto quote = static_cast<const char *>(std::memchr(b + p, '"', size_t(end - p)));
                if (!quote) {
                    takeQuoted(b + p, end - p);
                    p = end;
                    if (eof || quotedTooLong())
                        return unclosed();
                    return needMore();
                }
                const qsizetype q = quote - b;
                if (q + 1 >= end && !eof) {
                    takeQuoted(b + p, q - p);
                    p = q;
                    return quotedTooLong() ? unclosed() : needMore();
                }
                if (q + 1 < end && b[q + 1] == '"') {
                    takeQuoted(b + p, q + 1 - p); // one of the two quotes
                    p = q + 2;
                    continue;
                }
                takeQuoted(b + p, q - p);
                p = q + 1;
                break;
            }
            if (quotedTooLong())
                return unclosed();
            recordBreaks += quotedLines.breaks;
            current = State::Unquoted;
            unquotedFrom = p - pos;
        }

        // An unquoted field, or whatever follows a closing quote.
        const qsizetype start = pos + unquotedFrom;
        while (p < end && b[p] != delimiter && b[p] != '\n' && b[p] != '\r')
            ++p;
        if (p - start > maxFieldBytes && !dropping) {
            drop(Text::tr("The field is longer than %1 MB.").arg(maxFieldBytes >> 20), fields);
            dropping = true;
        }
        if ((p >= end || (b[p] == '\r' && p + 1 >= end)) && !eof)
            return needMore(); // resumes at the line break, if any
        if (!dropping) {
            if (fieldQuoted) {
                raw.append(b + start, p - start);
                rawSpans.push_back({fieldBegin, raw.size() - fieldBegin, true});
            } else {
                rawSpans.push_back({start - pos, p - start, false});
            }
        }
        if (p < end && b[p] == delimiter) {
            ++p;
            current = State::FieldStart;
            continue;
        }
        if (p < end)
            p += (b[p] == '\r' && p + 1 < end && b[p + 1] == '\n') ? 2 : 1;
        break;
    }
    fieldCount = fields;
    recordBase = pos;
    pos = p;
    scan = 0;
    state = State::RecordStart;
    lines = 1 + recordBreaks;
    beginRecord();
    return Parse::Record;
}

// The record is too long to keep: it is read to its end and reported.
void CsvReader::Private::drop(const QString &message, qsizetype column)
{
    tooLong = Error{message, fileName, nextRow, int(column)};
    raw.clear();
    rawSpans.clear();
}

// The quoted field being read runs to the end of the file, or too far to
// be meant: the rest of the file is counted, not read.
CsvReader::Private::Parse CsvReader::Private::unclosedQuote(qsizetype from)
{
    LineCounter rest = quotedLines;
    rest.add(buffer.constData() + from, buffer.size() - from);
    pos = buffer.size();
    scan = 0;
    while (fill()) {
        rest.add(buffer.constData() + pos, buffer.size() - pos);
        pos = buffer.size();
    }
    state = State::End;
    raw.clear();
    rawSpans.clear();
    if (!error) {
        stoppedAtQuote = true;
        const qint64 quoteRow = nextRow;
        const int column = int(fieldCount);
        error = Error{Text::tr("A quote opened at row %1, column %2 is never closed: %Ln line(s) from it to the end "
                               "of the file could not be read. Close it or double it (\"\") in the file.",
                               nullptr, int(std::min<qint64>(rest.lines(), INT_MAX)))
                          .arg(quoteRow)
                          .arg(column),
                      fileName, quoteRow, column};
    }
    return Parse::End;
}

void CsvReader::Private::beginRecord()
{
    row = nextRow++;
    problems.clear();
    const qsizetype count = qsizetype(rawSpans.size());
    if (tooLong)
        problems.append(*tooLong);
    else if (expectedFields < 0)
        expectedFields = count;
    if (!tooLong && count != expectedFields) {
        problems.append(problem(Text::tr("The row has %1 fields where the first row has %2.").arg(count).arg(expectedFields),
                                0));
    }

    if (!decodesHere)
        return; // the thread decodes into its batch (ReadAhead::add)
    qsizetype needed = 0;
    for (const RawSpan &span : std::as_const(rawSpans))
        needed += decoder.requiredSpace(span.length) + 1; // + 1: a replacement for a cut sequence
    if (text.size() < needed)
        text.resize(needed);
    textUsed = 0;
    textSpans.fill(Span{-1, 0}, count);
    bad.fill(false, count);
}

CsvReader::CsvReader(QIODevice *device, const CsvReadOptions &options) : d(std::make_unique<Private>())
{
    d->device = device;
    d->options = options;
    if (auto file = qobject_cast<QFileDevice *>(device))
        d->fileName = file->fileName();
}

CsvReader::~CsvReader() = default;

Status CsvReader::start()
{
    if (!d->device || !d->device->isReadable())
        return Error{Text::tr("The file is not open for reading."), d->fileName};
    d->chunk.resize(kHead);
    const qint64 n = d->device->read(d->chunk.data(), kHead);
    if (n < 0)
        return Error{Text::tr("Cannot read the file: %1").arg(d->device->errorString()), d->fileName};
    d->bytesRead = n;
    const QByteArrayView head(d->chunk.constData(), n);
    // Workbooks (xlsx and ods are zip files, xls an OLE file) are often picked for their CSV export.
    if (head.startsWith("PK\x03\x04") || head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return Error{Text::tr("This is a spreadsheet workbook, not a CSV file. Save it as CSV in the spreadsheet "
                              "(File ▸ Save As…, CSV UTF-8) and import that file."),
                     d->fileName};
    }

    d->encoding = d->options.encoding.isEmpty() ? detectEncoding(head) : canonicalEncoding(d->options.encoding);
    d->encodingGuessed = d->options.encoding.isEmpty() && d->encoding != "UTF-8" && !isUtf16(d->encoding);
    qsizetype bom = 0;
    if (d->encoding == "UTF-8" && head.startsWith("\xEF\xBB\xBF")) {
        bom = 3;
    } else if (isUtf16(d->encoding)) {
        const bool le = head.startsWith("\xFF\xFE");
        const bool be = head.startsWith("\xFE\xFF");
        if (d->encoding == "UTF-16")
            d->encoding = be ? "UTF-16BE" : "UTF-16LE";
        d->littleEndian16 = d->encoding == "UTF-16LE";
        if ((le && d->littleEndian16) || (be && !d->littleEndian16))
            bom = 2;
    } else if (!isAsciiCompatible(d->encoding)) {
        return Error{Text::tr("Cannot read files in the encoding \"%1\".").arg(QString::fromLatin1(d->encoding)),
                     d->fileName};
    }
    // UTF-16 is turned into UTF-8 on the way in; fields decode from that.
    const char *fieldEncoding = isUtf16(d->encoding) ? "UTF-8" : d->encoding.constData();
    // Qt decodes the encodings it has no converter of its own for (CP932,
    // EUC-JP, windows-1252) through ICU, which reports neither a byte that
    // does not decode (it writes SUB or U+FFFD instead) nor a field that ends
    // inside a character (it keeps the bytes for the next field): such
    // fields are decoded each on its own and checked for those characters.
    d->icuFields = !QStringConverter::encodingForName(fieldEncoding).has_value();
    d->decoder = FieldDecoder(fieldEncoding, QStringConverter::Flag::ConvertInitialBom
                                                 | (d->icuFields ? QStringConverter::Flag::Stateless
                                                                 : QStringConverter::Flag::Default));
    d->utf8Fields = qstrcmp(fieldEncoding, "UTF-8") == 0;

    d->ingest(head.constData() + bom, head.size() - bom);
    if (n < kHead)
        d->fill(); // marks the end when the head was all there is
    d->delimiter = d->options.delimiter ? d->options.delimiter : detectDelimiter(d->buffer);
    return d->error;
}

QByteArray CsvReader::encoding() const
{
    return d->encoding;
}

bool CsvReader::encodingGuessed() const
{
    return d->encodingGuessed;
}

char CsvReader::delimiter() const
{
    return d->delimiter;
}

void CsvReader::takeAsHeader()
{
    d->expectedFields = qsizetype(d->rawSpans.size());
    d->problems.clear();
}

bool CsvReader::next()
{
    return d->ahead ? d->nextAhead() : d->nextRecord();
}

bool CsvReader::Private::nextRecord()
{
    for (;;) {
        switch (parse()) {
        case Parse::Record:
            return true;
        case Parse::End:
            return false;
        case Parse::NeedMore:
            if (!fill() && error)
                return false;
            break;
        }
    }
}

void CsvReader::readAhead(const QList<qsizetype> &columns)
{
    d->shown.row = d->row;
    d->shown.lines = d->lines;
    d->shown.bytesRead = d->bytesConsumed();
    d->decodesHere = false;
    d->ahead = std::make_unique<Private::ReadAhead>(*d, columns);
}

qint64 CsvReader::row() const
{
    return d->ahead ? d->shown.row : d->row;
}

qint64 CsvReader::lines() const
{
    return d->ahead ? d->shown.lines : d->lines;
}

qsizetype CsvReader::size() const
{
    return d->ahead ? d->shown.size : qsizetype(d->rawSpans.size());
}

QStringView CsvReader::field(qsizetype i)
{
    return d->ahead ? d->fieldAhead(i) : d->decodeField(i);
}

QStringView CsvReader::Private::decodeField(qsizetype i)
{
    Span &decoded = textSpans[i];
    if (decoded.begin < 0) {
        QChar *out = text.data() + textUsed;
        const qsizetype problemsBefore = problems.size();
        decoded = {textUsed, decodeInto(i, out) - out};
        bad[i] = problems.size() > problemsBefore;
        textUsed += decoded.length;
    }
    return QStringView(text.constData() + decoded.begin, decoded.length);
}

QChar *CsvReader::Private::decodeInto(qsizetype i, QChar *out)
{
    const RawSpan &span = rawSpans[size_t(i)];
    const char *bytes = (span.unescaped ? raw.constData() : buffer.constData() + recordBase) + span.begin;
    // Widening ASCII by hand is several times faster than the decoder's
    // call; most fields of a large file are ASCII.
    if (utf8Fields && isPlainAscii(bytes, span.length)) {
        for (qsizetype k = 0; k < span.length; ++k)
            *out++ = QLatin1Char(bytes[k]);
        return out;
    }
    QChar *const begin = out;
    // Counted, not asked: ICU's count survives resetState().
    const qsizetype invalidBefore = decoder.invalidChars();
    out = decoder.appendToBuffer(out, QByteArrayView(bytes, span.length));
    const bool invalid = decoder.invalidChars() != invalidBefore;
    // A multi-byte sequence cut by the field's end is this field's error,
    // not the start of the next field's text (ICU fields end each on their own).
    const bool cut = !icuFields && !decoder.isIdle() && !invalid;
    if (cut)
        *out++ = QChar::ReplacementCharacter;
    const bool substituted = icuFields
        && (std::find(begin, out, QChar::ReplacementCharacter) != out
            || (std::find(begin, out, QChar(0x1A)) != out && !std::memchr(bytes, 0x1A, size_t(span.length))));
    if (invalid || cut || substituted) {
        problems.append(problem(Text::tr("The field holds bytes that are not valid %1.")
                                    .arg(QString::fromLatin1(displayName(encoding))),
                                int(i + 1)));
        decoder.resetState();
    } else if (std::memchr(bytes, 0, size_t(span.length))) {
        // A NUL byte is NUL in every encoding read here (UTF-16 comes as UTF-8).
        std::replace(begin, out, QChar(QChar::Null), QChar(QChar::ReplacementCharacter));
        problems.append(problem(Text::tr("The field holds a NUL character (a zero byte), which is not text."),
                                int(i + 1)));
    }
    return out;
}

const QList<Error> &CsvReader::problems() const
{
    return d->ahead ? d->shown.problems : d->problems;
}

bool CsvReader::undecodable(qsizetype i) const
{
    return (d->ahead ? d->shown.bad : d->bad).value(i);
}

qint64 CsvReader::bytesRead() const
{
    return d->ahead ? d->shown.bytesRead : d->bytesConsumed();
}

qint64 CsvReader::Private::bytesConsumed() const
{
    // The buffer holds UTF-8 made from UTF-16: its rest is not file bytes.
    return isUtf16(encoding) ? bytesRead : bytesRead - (buffer.size() - pos);
}

Status CsvReader::error() const
{
    return d->ahead ? d->shown.error : d->error;
}

bool CsvReader::stoppedAtQuote() const
{
    return error() && d->stoppedAtQuote;
}

QList<QByteArray> CsvReader::commonEncodings()
{
    return {"UTF-8", "Shift_JIS", "UTF-16LE", "UTF-16BE", "EUC-JP", "windows-1252", "ISO-8859-15"};
}

QByteArray CsvReader::displayName(const QByteArray &encoding)
{
    // CP932 is decoded as windows-31j, which holds Microsoft's additions
    // (①, 髙); Japanese users know it as Shift_JIS.
    return canonicalEncoding(encoding) == "windows-31j" ? QByteArray("Shift_JIS") : encoding;
}

QByteArray CsvReader::detectEncoding(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return "UTF-8";
    if (head.startsWith("\xFF\xFE"))
        return "UTF-16LE";
    if (head.startsWith("\xFE\xFF"))
        return "UTF-16BE";
    if (const QByteArray utf16 = utf16WithoutBom(head); !utf16.isEmpty())
        return utf16;
    const QByteArrayView lines = completeLines(head);
    if (isMostlyUtf8(lines))
        return "UTF-8";
    if (isCp932(lines))
        return "windows-31j";
    return "windows-1252";
}

char CsvReader::detectDelimiter(QByteArrayView head)
{
    constexpr std::array<char, 4> candidates{',', ';', '\t', '|'};
    constexpr int maxLines = 30;
    QList<std::array<int, 4>> counts;
    std::array<int, 4> current{};
    bool quoted = false;
    for (qsizetype i = 0; i < head.size() && counts.size() < maxLines; ++i) {
        const char c = head[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '\n') {
            counts.append(current);
            current = {};
        } else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k)
                current[k] += c == candidates[k];
        }
    }
    if (counts.isEmpty())
        counts.append(current); // a single line without a line break

    // The header must hold the delimiter; the best one splits most lines into
    // as many fields as the header, then gives the most fields. Lines above
    // the header without any candidate (a title) are left out.
    const auto firstWithAny = std::find_if(counts.cbegin(), counts.cend(), [](const std::array<int, 4> &line) {
        return std::any_of(line.cbegin(), line.cend(), [](int n) { return n > 0; });
    });
    if (firstWithAny == counts.cend())
        return ',';
    char best = ',';
    std::pair<int, int> bestScore{0, 0};
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int header = (*firstWithAny)[k];
        if (header == 0)
            continue;
        int consistent = 0;
        for (auto line = firstWithAny; line != counts.cend(); ++line)
            consistent += (*line)[k] == header;
        const std::pair<int, int> score{consistent, header};
        if (score > bestScore) {
            bestScore = score;
            best = candidates[k];
        }
    }
    return best;
}

} // namespace Kindred
