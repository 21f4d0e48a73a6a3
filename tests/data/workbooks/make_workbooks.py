#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Kindred contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes the workbook fixtures of tests/core/tst_workbookreader and
# tests/cli/tst_cliworkbook, and the CSV twin of their order sheet: the same
# rows as an import should read them. Run with Debian's python3-openpyxl:
#   /usr/bin/python3 make_workbooks.py
# The LibreOffice copies were made from orders.xlsx with
#   soffice --headless --convert-to ods orders.xlsx
#   soffice --headless --convert-to xlsx --outdir lo orders.ods   (lo/orders.xlsx saved as orders-lo.xlsx)
import datetime
import os
import struct
import re
import zipfile

from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

# Order ID, Customer ID, Name, Email, Order Date (value, number format), Amount, Paid
ROWS = [
    (1001, "00123", "山田 太郎", "yamada@example.jp", (datetime.date(2024, 3, 5), "yyyy-mm-dd"), 1200, True),
    (1002, "C2", "rich", "ann@example.com", (datetime.date(2024, 3, 6), "yyyy/mm/dd"), 45.5, False),
    (1003, "C3", "inline", "bob@example.com", (datetime.date(2024, 4, 1), "[$-411]ggge年m月d日"), "formula", True),
    None,  # an empty row: the spreadsheet's numbering goes on
    (1004, "00123", "山田 太郎", "yamada@example.jp", (datetime.datetime(2024, 5, 1, 14, 30), "yyyy-mm-dd hh:mm"), 99.99, False),
    (1005, "C4", "Dee Ito", "dee@example.com", (datetime.date(2024, 5, 2), "m/d/yyyy"), "#N/A", True),
    (1006, "C5", "Eve Ono", "eve@example.com", (datetime.date(2024, 6, 30), "d-mmm-yy"), 0.1, False),
]
HEADER = ["Order ID", "Customer ID", "Name", "Email", "Order Date", "Amount", "Paid"]
# The texts the import reads from the sheet, row by row (None: the empty row).
READ = [
    ["1001", "00123", "山田 太郎", "yamada@example.jp", "2024-03-05", "1200", "TRUE"],
    ["1002", "C2", "Ann Lee", "ann@example.com", "2024-03-06", "45.5", "FALSE"],
    ["1003", "C3", "Bob Smith", "bob@example.com", "2024-04-01", "91", "TRUE"],
    None,
    ["1004", "00123", "山田 太郎", "yamada@example.jp", "2024-05-01 14:30:00", "99.99", "FALSE"],
    ["1005", "C4", "Dee Ito", "dee@example.com", "2024-05-02", "#N/A", "TRUE"],
    ["1006", "C5", "Eve Ono", "eve@example.com", "2024-06-30", "0.1", "FALSE"],
]


def orders_workbook(epoch=None):
    wb = Workbook()
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    ws.title = "Orders"
    ws["A1"] = "受注データ (Order export)"
    ws.merge_cells("A1:G1")
    ws.append([])  # row 2 stays empty
    ws.append(HEADER)
    for i, values in enumerate(ROWS):
        if values is None:
            continue
        order, customer, name, email, (date, fmt), amount, paid = values
        row = 4 + i
        ws.cell(row, 1, order)
        ws.cell(row, 2, customer).number_format = "@"
        if name == "rich":
            name = "RICH-PLACEHOLDER"
        elif name == "inline":
            name = "INLINE-PLACEHOLDER"
        ws.cell(row, 3, name)
        ws.cell(row, 4, email)
        ws.cell(row, 5, date).number_format = fmt
        if amount == "formula":
            ws.cell(row, 6, "=45.5*2")
        else:
            ws.cell(row, 6, amount)
        ws.cell(row, 7, paid)
    customers = wb.create_sheet("Customers")
    customers.append(["Customer ID", "Name", "Email", "Tags"])
    customers.append(["00123", "山田 太郎", "yamada@example.jp", "vip"])
    customers.append(["C9", "Gil Oda", "gil@example.com", "new"])
    return wb


def patch(path, replacements):
    """openpyxl (3.0) writes every text inline and no rich text nor formulas' cached values: put the texts in a
    shared string table as Excel does, all but one inline cell, one of them rich text with a phonetic guide
    (furigana, which is no part of the text), and the cached values."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    for sheet_part in ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"):
        sheet = parts[sheet_part].decode()
        for pattern, replacement in replacements:
            sheet = re.sub(pattern, replacement, sheet)
        parts[sheet_part] = sheet.encode()
    strings = []

    def shared(match):
        reference, style, text = match.group(1), match.group(2) or "", match.group(3)
        if text == "INLINE-PLACEHOLDER":
            return '<c r="%s"%s t="inlineStr"><is><t>Bob Smith</t></is></c>' % (reference, style)
        if text not in strings:
            strings.append(text)
        return '<c r="%s"%s t="s"><v>%d</v></c>' % (reference, style, strings.index(text))

    for sheet_part in ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"):
        sheet = re.sub(r'<c r="([A-Z]+[0-9]+)"( s="[0-9]+")? t="inlineStr"><is><t>(.*?)</t></is></c>', shared,
                       parts[sheet_part].decode())
        parts[sheet_part] = sheet.encode()
    items = []
    for text in strings:
        if text == "RICH-PLACEHOLDER":
            items.append('<si><r><rPr><b/></rPr><t>Ann</t></r><r><t xml:space="preserve"> Lee</t></r>'
                         '<rPh sb="0" eb="3"><t>アン</t></rPh><phoneticPr fontId="1"/></si>')
        else:
            items.append("<si><t>%s</t></si>" % text)
    parts["xl/sharedStrings.xml"] = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
        % (len(items), len(items), "".join(items))).encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    parts["xl/_rels/workbook.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Id="rIdStrings" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/sharedStrings"/></Relationships>')).encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace("</Types>", (
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sharedStrings+xml"/></Types>')).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def save(wb, path):
    wb.save(path)
    patch(path, [(r"<f>45.5\*2</f><v></v>", "<f>45.5*2</f><v>91</v>")])


save(orders_workbook(), "orders.xlsx")
save(orders_workbook(CALENDAR_MAC_1904), "orders-1904.xlsx")

# The CSV twin: the same rows as text.
with open("orders.csv", "w", encoding="utf-8", newline="") as f:
    f.write("受注データ (Order export)\r\n\r\n")
    f.write(",".join(HEADER) + "\r\n")
    for row in READ:
        f.write(("" if row is None else ",".join(row)) + "\r\n")


# Hostile and damaged workbooks: each must be refused with a clear message and nothing written.
def rewrite(source, target, change):
    with zipfile.ZipFile(source) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    change(parts)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def sheet_change(pattern, replacement):
    def change(parts):
        sheet, count = re.subn(pattern, replacement, parts["xl/worksheets/sheet1.xml"].decode())
        assert count == 1, pattern
        parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    return change


def declare_size(path, part, size):
    """Makes the zip declare another unpacked size for part, in its local and central headers."""
    data = bytearray(open(path, "rb").read())
    name = part.encode()
    for signature, name_length_at, size_at, header in ((b"PK\x03\x04", 26, 22, 30), (b"PK\x01\x02", 28, 24, 46)):
        at = data.find(signature)
        while at >= 0:
            length = struct.unpack_from("<H", data, at + name_length_at)[0]
            if data[at + header:at + header + length] == name:
                struct.pack_into("<I", data, at + size_at, size)
            at = data.find(signature, at + 4)
    open(path, "wb").write(data)


os.makedirs("hostile", exist_ok=True)
# A sheet of 200,000 identical rows (12 MB unpacked, a few KB packed) that says it unpacks to 2 KB: a zip bomb.
def bomb(parts):
    row = '<row><c t="s"><v>0</v></c><c t="n"><v>1</v></c></row>' * 200000
    parts["xl/worksheets/sheet1.xml"] = re.sub(r"<sheetData>.*</sheetData>", "<sheetData>" + row + "</sheetData>",
                                               parts["xl/worksheets/sheet1.xml"].decode()).encode()
rewrite("orders.xlsx", "hostile/bomb.xlsx", bomb)
declare_size("hostile/bomb.xlsx", "xl/worksheets/sheet1.xml", 2048)
# A sheet that says it unpacks to 4 GB.
rewrite("orders.xlsx", "hostile/huge.xlsx", lambda parts: None)
declare_size("hostile/huge.xlsx", "xl/worksheets/sheet1.xml", 0xFFFFFFF0)
# Half a workbook, as a download cut short.
data = open("orders.xlsx", "rb").read()
open("hostile/truncated.xlsx", "wb").write(data[:len(data) // 2])
open("hostile/notazip.xlsx", "wb").write(b"PK\x03\x04 but not a zip at all\n")
open("hostile/old.xls", "wb").write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504)
rewrite("orders.xlsx", "hostile/malformed.xlsx", sheet_change(r'</row><row r="8">', '</row><row r="8"<'))
rewrite("orders.xlsx", "hostile/outoforder.xlsx", sheet_change(r'<row r="8">', '<row r="5">'))
rewrite("orders.xlsx", "hostile/beyondxfd.xlsx", sheet_change(r'<c r="G9"', '<c r="XFE9"'))
rewrite("orders.xlsx", "hostile/nosheet.xlsx", lambda parts: parts.pop("xl/worksheets/sheet1.xml"))

# A note on the first sheet and the table on the second.
wb = Workbook()
wb.active.title = "Read me"
wb.active["A1"] = "Orders of March, see the next sheet."
orders = wb.create_sheet("Orders")
orders.append(["Order ID", "Customer ID", "Order Date", "Amount"])
orders.append([1, "C1", datetime.date(2024, 3, 1), 10])
wb.save("notes-first.xlsx")
