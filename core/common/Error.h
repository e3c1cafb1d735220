// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QList>
#include <QString>
#include <exception>

namespace Kvarter {

/// A failure the user must be told about (storage, a locked or damaged file, a missing record).
/// The message is already translated and written for a person, not a developer.
class Error : public std::exception
{
public:
    explicit Error(QString message) : m_message(std::move(message)), m_utf8(m_message.toUtf8()) {}
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

/// One thing wrong with one field of a form, so the UI can show it next to that field.
struct FieldError
{
    QString field;
    QString message;
    bool operator==(const FieldError &) const = default;
};

/// The outcome of validating a record: empty means valid.
using FieldErrors = QList<FieldError>;

/// Thrown by services when a record fails validation; carries every field's problem at once.
class ValidationError : public Error
{
public:
    explicit ValidationError(FieldErrors errors);
    const FieldErrors &errors() const { return m_errors; }
    QString messageFor(const QString &field) const;

private:
    FieldErrors m_errors;
};

} // namespace Kvarter
