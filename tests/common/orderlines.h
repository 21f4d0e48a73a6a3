// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

/// Writes a CSV file of order lines as a web shop exports them, one to three
/// lines per order ("Order ID,Order Date,Customer ID,Customer Name,Email,Sales"),
/// for customers C1..C<customers>: the same file for the same arguments.
inline bool writeOrderLines(const QString &path, qint64 lines, int customers, quint32 seed = 42)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(seed);
    QByteArray chunk = "Order ID,Order Date,Customer ID,Customer Name,Email,Sales\n";
    qint64 order = 0;
    for (qint64 line = 0; line < lines;) {
        ++order;
        const int customer = int(rng.bounded(customers)) + 1;
        const QDate date = QDate(2021, 1, 1).addDays(rng.bounded(1200));
        const int orderLines = 1 + int(rng.bounded(3));
        for (int i = 0; i < orderLines && line < lines; ++i, ++line) {
            chunk += "SO-" + QByteArray::number(order) + ',' + date.toString(Qt::ISODate).toLatin1() + ",C"
                + QByteArray::number(customer) + ",Customer " + QByteArray::number(customer) + ",c"
                + QByteArray::number(customer) + "@example.com," + QByteArray::number(rng.bounded(100000) / 100.0, 'f', 2)
                + '\n';
        }
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}
