// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CitizenService.h"

#include "access/Access.h"

#include "Cpr.h"
#include "PhoneNumber.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "store/Store.h"

#include <QRegularExpression>

namespace Kvarter {

namespace {

constexpr const char *CitizenSelect =
    "SELECT c.id, c.team_id, c.cpr, c.name, c.address, c.postcode, c.city, c.phone, "
    "coalesce(c.contact_person_id, ''), coalesce(c.visitator_id, ''), coalesce(cp.name, ''), "
    "coalesce(v.name, '') FROM citizen c "
    "LEFT JOIN employee cp ON cp.id = c.contact_person_id LEFT JOIN employee v ON v.id = c.visitator_id ";

Citizen citizenFrom(const Statement &q)
{
    return Citizen { q.text(0), q.text(1), q.text(2), q.text(3), q.text(4),  q.text(5),
                     q.text(6), q.text(7), q.text(8), q.text(9), q.text(10), q.text(11) };
}

// Search words are folded like the stored column (see kv_fold) and matched with instr(), which
// is faster than LIKE and needs no escaping of % and _.
QStringList searchWords(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList words = text.toCaseFolded().remove(QLatin1Char('-')).split(spaces, Qt::SkipEmptyParts);
    if (words.size() > 4) // each word is one more filter; four is plenty for a name and a street
        words = words.mid(0, 4);
    return words;
}

QByteArray whereClause(const QStringList &words)
{
    QByteArray where = "WHERE 1";
    for (qsizetype i = 0; i < words.size(); ++i)
        where += " AND instr(c.search, ?" + QByteArray::number(i + 1) + ") > 0";
    return where;
}

Fields citizenFields(const Citizen &c)
{
    return { { "team_id", c.teamId },
             { "cpr", Cpr::digits(c.cpr) },
             { "name", c.name.trimmed() },
             { "address", c.address.trimmed() },
             { "postcode", c.postcode.trimmed() },
             { "city", c.city.trimmed() },
             { "phone", PhoneNumber::normalized(c.phone) },
             { "contact_person_id", c.contactPersonId.isEmpty() ? QVariant() : QVariant(c.contactPersonId) },
             { "visitator_id", c.visitatorId.isEmpty() ? QVariant() : QVariant(c.visitatorId) } };
}

} // namespace

FieldErrors CitizenService::validate(const Citizen &citizen, const QDate &today)
{
    FieldErrors errors;
    if (const QString problem = Cpr::problem(citizen.cpr, today); !problem.isEmpty())
        errors << FieldError { QStringLiteral("cpr"), problem };
    if (citizen.name.trimmed().isEmpty())
        errors << FieldError { QStringLiteral("name"), tr("Enter the citizen's name.") };
    if (citizen.address.trimmed().isEmpty())
        errors << FieldError { QStringLiteral("address"), tr("Enter the address where the team visits.") };
    static const QRegularExpression postcode(QStringLiteral("^\\d{4}$"));
    if (!postcode.match(citizen.postcode.trimmed()).hasMatch())
        errors << FieldError { QStringLiteral("postcode"), tr("A Danish postcode has 4 digits.") };
    if (const QString problem = PhoneNumber::problem(citizen.phone); !problem.isEmpty())
        errors << FieldError { QStringLiteral("phone"), problem };
    if (citizen.teamId.isEmpty())
        errors << FieldError { QStringLiteral("team"), tr("Choose the team that helps the citizen.") };
    return errors;
}

FieldErrors CitizenService::validate(const Relative &relative)
{
    FieldErrors errors;
    if (relative.name.trimmed().isEmpty())
        errors << FieldError { QStringLiteral("name"), tr("Enter the relative's name.") };
    if (const QString problem = PhoneNumber::problem(relative.phone); !problem.isEmpty())
        errors << FieldError { QStringLiteral("phone"), problem };
    if (relative.citizenId.isEmpty())
        errors << FieldError { QStringLiteral("citizen"), tr("Choose the citizen this person is related to.") };
    return errors;
}

QString CitizenService::add(const Citizen &citizen)
{
    Access::require(m_actor, Right::EditCitizen);
    FieldErrors errors = validate(citizen, m_store.clock().today());
    if (errors.isEmpty() && byCpr(citizen.cpr))
        errors << FieldError { QStringLiteral("cpr"), tr("A citizen with this CPR number is already registered.") };
    if (!errors.isEmpty())
        throw ValidationError(errors);
    const QString id = citizen.id.isEmpty() ? Id::create() : citizen.id;
    m_store.write(m_actor.employeeId(), [&] { m_store.insert("citizen", id, citizenFields(citizen)); });
    return id;
}

void CitizenService::update(const Citizen &citizen)
{
    Access::require(m_actor, Right::EditCitizen);
    FieldErrors errors = validate(citizen, m_store.clock().today());
    if (const auto other = byCpr(citizen.cpr); errors.isEmpty() && other && other->id != citizen.id)
        errors << FieldError { QStringLiteral("cpr"), tr("A citizen with this CPR number is already registered.") };
    if (!errors.isEmpty())
        throw ValidationError(errors);
    m_store.write(m_actor.employeeId(), [&] { m_store.update("citizen", citizen.id, citizenFields(citizen)); });
}

QString CitizenService::addRelative(const Relative &relative)
{
    Access::require(m_actor, Right::EditCitizen);
    if (const FieldErrors errors = validate(relative); !errors.isEmpty())
        throw ValidationError(errors);
    const QString id = relative.id.isEmpty() ? Id::create() : relative.id;
    m_store.write(m_actor.employeeId(), [&] {
        if (relative.isPrimary) {
            for (const Relative &other : relatives(relative.citizenId))
                if (other.isPrimary)
                    m_store.update("relative", other.id, { { "is_primary", false } });
        }
        m_store.insert("relative", id,
                       { { "citizen_id", relative.citizenId },
                         { "name", relative.name.trimmed() },
                         { "relation", relative.relation.trimmed() },
                         { "phone", PhoneNumber::normalized(relative.phone) },
                         { "is_primary", relative.isPrimary },
                         { "may_inform", relative.mayInform } });
    });
    return id;
}

QList<Citizen> CitizenService::search(const CitizenQuery &query)
{
    Access::require(m_actor, Right::ReadCitizen);
    const QStringList words = searchWords(query.text);
    QByteArray order;
    switch (query.order) {
    case CitizenOrder::Name: order = "c.name"; break;
    case CitizenOrder::Cpr: order = "c.cpr"; break;
    case CitizenOrder::Address: order = "c.address"; break;
    case CitizenOrder::Town: order = "c.postcode"; break;
    case CitizenOrder::Phone: order = "c.phone"; break;
    case CitizenOrder::ContactPerson: order = "cp.name"; break;
    }
    order += query.descending ? " DESC" : " ASC";
    const QByteArray sql = CitizenSelect + whereClause(words) + " ORDER BY " + order + ", c.id LIMIT ?"
        + QByteArray::number(words.size() + 1) + " OFFSET ?" + QByteArray::number(words.size() + 2);
    auto q = m_store.db().query(sql);
    for (qsizetype i = 0; i < words.size(); ++i)
        q->bind(int(i + 1), words[i]);
    q->bind(int(words.size() + 1), query.limit);
    q->bind(int(words.size() + 2), query.offset);
    QList<Citizen> result;
    while (q->next())
        result << citizenFrom(*q);
    return result;
}

int CitizenService::count(const QString &text)
{
    Access::require(m_actor, Right::ReadCitizen);
    const QStringList words = searchWords(text);
    auto q = m_store.db().query("SELECT count(*) FROM citizen c " + whereClause(words));
    for (qsizetype i = 0; i < words.size(); ++i)
        q->bind(int(i + 1), words[i]);
    return q->next() ? q->integer(0) : 0;
}

std::optional<Citizen> CitizenService::citizen(const QString &id)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query(QByteArray(CitizenSelect) + "WHERE c.id = ?");
    q->bind(1, id);
    if (!q->next())
        return std::nullopt;
    return citizenFrom(*q);
}

std::optional<Citizen> CitizenService::byCpr(const QString &cprInput)
{
    Access::require(m_actor, Right::ReadCitizen);
    const QString digits = Cpr::digits(cprInput);
    if (digits.isEmpty())
        return std::nullopt;
    auto q = m_store.db().query(QByteArray(CitizenSelect) + "WHERE c.cpr = ?");
    q->bind(1, digits);
    if (!q->next())
        return std::nullopt;
    return citizenFrom(*q);
}

QList<Relative> CitizenService::relatives(const QString &citizenId)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query("SELECT id, citizen_id, name, relation, phone, is_primary, may_inform FROM relative "
                                "WHERE citizen_id = ? ORDER BY is_primary DESC, name");
    q->bind(1, citizenId);
    QList<Relative> result;
    while (q->next())
        result << Relative { q->text(0), q->text(1), q->text(2), q->text(3), q->text(4), q->int64(5) != 0, q->int64(6) != 0 };
    return result;
}

} // namespace Kvarter
