// SPDX-FileCopyrightText: 2026 Kindred contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Kindred {

/// What went wrong, with what a person needs to find it: the file and, for
/// tabular input, the 1-based row and column. Row and column are 0 when they
/// do not apply.
struct Error
{
    QString message;
    QString file;
    qint64 row = 0;
    int column = 0;

    /// "file, row 3, column 2: message" with the parts that apply.
    QString toString() const;
};

/// An operation that returns nothing on success and an Error otherwise.
using Status = std::optional<Error>;

/// A value or the Error that prevented it.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace Kindred
