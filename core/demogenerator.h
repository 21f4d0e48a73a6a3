// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "error.h"

#include <QDate>
#include <QList>

namespace Kindred {

class CustomerStore;

/// Makes a believable workspace for trying Kindred out: a long revenue tail
/// (a few customers carry most of it), three years of orders, scores for most
/// customers and none for some, English and Japanese names. The same options
/// always give the same data.
class DemoGenerator
{
public:
    struct Options
    {
        int customers = 500;
        quint32 seed = 1;
        QDate until = QDate::currentDate(); ///< the last day orders may fall on
        int averageOrdersPerBuyer = 4;      ///< scales the order count
    };

    struct Data
    {
        QList<Customer> customers;
        /// customerId holds the 0-based index into customers until stored.
        QList<Order> orders;
    };

    explicit DemoGenerator(const Options &options);

    Data generate() const;
    /// Generates and writes into the store, in one transaction.
    [[nodiscard]] Status fill(CustomerStore &store) const;

private:
    Options m_options;
};

} // namespace Kindred
