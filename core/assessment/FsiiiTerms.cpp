// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "FsiiiTerms.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <limits>

namespace Kvarter {

namespace {

// The groups an assessment uses, by display: the file names each group the same in both copies.
const QString HomeCareGroup = QStringLiteral("Kommunale pleje- og omsorgstilstande");
const QString NursingGroup = QStringLiteral("Kommunale sygeplejetilstande");
const QString PerformanceGroup = QStringLiteral("Udførelse");
const QString MeaningGroup = QStringLiteral("Betydning");
const QString GoalTypeGroup = QStringLiteral("Måltype");
const QString FollowUpGroup = QStringLiteral("Resultat af opfølgning kommunal pleje og omsorg");

bool isCurrentCode(const QString &code)
{
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(code).hasMatch();
}

QString displayKey(const QString &display) { return display.simplified().toCaseFolded(); }

struct Node
{
    FsiiiConcept term;
    QList<Node> children;
};

QJsonArray childrenOf(const QJsonObject &o) { return o.value(QLatin1String("concept")).toArray(); }
QString codeOf(const QJsonObject &o) { return o.value(QLatin1String("code")).toString(); }
QString displayIn(const QJsonObject &o) { return o.value(QLatin1String("display")).toString().trimmed(); }

Node *childByDisplay(Node &parent, const QString &display)
{
    const QString key = displayKey(display);
    for (Node &child : parent.children)
        if (displayKey(child.term.display) == key)
            return &child;
    return nullptr;
}

// Another copy of `node` (legacy codes, or a repeated display): its codes become `node`'s legacy
// codes, child by child. A child with no current counterpart is dropped (none in the shipped file).
void mergeCopy(Node &node, const QJsonObject &copy)
{
    for (const QJsonValue &value : childrenOf(copy)) {
        const QJsonObject child = value.toObject();
        if (Node *match = childByDisplay(node, displayIn(child))) {
            match->term.legacyCodes << codeOf(child);
            mergeCopy(*match, child);
        }
    }
}

Node readCurrent(const QJsonObject &o)
{
    Node node { { codeOf(o), displayIn(o), {} }, {} };
    for (const QJsonValue &value : childrenOf(o)) {
        const QJsonObject child = value.toObject();
        // "Problemer med vandladning" twice under one parent: one concept, the second code an alias.
        if (Node *same = childByDisplay(node, displayIn(child))) {
            same->term.legacyCodes << codeOf(child);
            mergeCopy(*same, child);
        } else {
            node.children << readCurrent(child);
        }
    }
    return node;
}

// The FSIII numbering (J1.1, J1.2 … I12) is the order people know; it lives in the legacy codes.
// Concepts without a number keep the file's order after the numbered ones.
void sortByNumbering(QList<Node> &nodes)
{
    static const QRegularExpression numbered(QStringLiteral("^[A-Z](\\d+)(?:\\.(\\d+))?$"));
    const auto key = [](const Node &n) {
        for (const QString &code : n.term.legacyCodes)
            if (const auto m = numbered.match(code); m.hasMatch())
                return std::pair { m.captured(1).toInt(), m.captured(2).isEmpty() ? 0 : m.captured(2).toInt() };
        return std::pair { 1 << 20, 0 };
    };
    std::stable_sort(nodes.begin(), nodes.end(), [&](const Node &a, const Node &b) { return key(a) < key(b); });
    for (Node &n : nodes)
        sortByNumbering(n.children);
}

void collectLeaves(const Node &node, QList<FsiiiConcept> &out)
{
    for (const Node &child : node.children) {
        if (child.children.isEmpty())
            out << child.term;
        else
            collectLeaves(child, out);
    }
}

QList<FsiiiArea> areasOf(const Node &group)
{
    QList<FsiiiArea> areas;
    for (const Node &area : group.children) {
        FsiiiArea a { area.term, {} };
        collectLeaves(area, a.conditions);
        areas << a;
    }
    return areas;
}

FsiiiValueSet valueSetOf(const Node &group)
{
    FsiiiValueSet set { group.term, {} };
    collectLeaves(group, set.values);
    return set;
}

} // namespace

QString FsiiiValueSet::resolve(const QString &input) const
{
    const QString key = displayKey(input);
    for (const FsiiiConcept &value : values)
        if (value.code == input || value.legacyCodes.contains(input) || displayKey(value.display) == key)
            return value.code;
    return {};
}

QString FsiiiValueSet::displayOf(const QString &code) const
{
    const QString current = resolve(code);
    for (const FsiiiConcept &value : values)
        if (value.code == current)
            return value.display;
    return code;
}

const FsiiiTerms &FsiiiTerms::standard()
{
    static const FsiiiTerms terms = [] {
        QFile file(QStringLiteral(":/kvarter/fsiii-codesystem.json"));
        return file.open(QIODevice::ReadOnly) ? fromJson(file.readAll()) : FsiiiTerms();
    }();
    return terms;
}

FsiiiTerms FsiiiTerms::fromJson(const QByteArray &json)
{
    const QJsonArray top = QJsonDocument::fromJson(json).object().value(QLatin1String("concept")).toArray();
    QHash<QString, Node> groups; // by display
    QList<QJsonObject> copies;
    for (const QJsonValue &value : top) {
        const QJsonObject group = value.toObject();
        if (isCurrentCode(codeOf(group)))
            groups.insert(displayIn(group), readCurrent(group));
        else
            copies << group;
    }
    for (const QJsonObject &copy : copies) {
        auto it = groups.find(displayIn(copy));
        if (it == groups.end())
            continue;
        it->term.legacyCodes << codeOf(copy);
        mergeCopy(*it, copy);
    }
    for (Node &group : groups)
        sortByNumbering(group.children);

    FsiiiTerms terms;
    terms.m_homeCare = areasOf(groups.value(HomeCareGroup));
    terms.m_nursing = areasOf(groups.value(NursingGroup));
    terms.m_performance = valueSetOf(groups.value(PerformanceGroup));
    terms.m_meaning = valueSetOf(groups.value(MeaningGroup));
    terms.m_goalTypes = valueSetOf(groups.value(GoalTypeGroup));
    terms.m_followUp = valueSetOf(groups.value(FollowUpGroup));

    const auto index = [&terms](const FsiiiConcept &c, const Position &at) {
        terms.m_index.insert(c.code, at);
        for (const QString &legacy : c.legacyCodes) {
            terms.m_index.insert(legacy, at);
            terms.m_legacy.insert(legacy, c.code);
        }
    };
    for (const ConditionGroup group : { ConditionGroup::HomeCare, ConditionGroup::Nursing }) {
        const QList<FsiiiArea> &areas = group == ConditionGroup::HomeCare ? terms.m_homeCare : terms.m_nursing;
        for (qsizetype a = 0; a < areas.size(); ++a) {
            index(areas[a].area, { group, a, -1 });
            for (qsizetype c = 0; c < areas[a].conditions.size(); ++c)
                index(areas[a].conditions[c], { group, a, c });
        }
    }
    for (const FsiiiValueSet *set : { &terms.m_performance, &terms.m_meaning, &terms.m_goalTypes, &terms.m_followUp })
        for (const FsiiiConcept &value : set->values)
            for (const QString &legacy : value.legacyCodes)
                terms.m_legacy.insert(legacy, value.code);
    return terms;
}

std::optional<FsiiiTerms::Found> FsiiiTerms::find(const QString &code) const
{
    const auto it = m_index.constFind(code.trimmed());
    if (it == m_index.cend())
        return std::nullopt;
    const QList<FsiiiArea> &areas = it->group == ConditionGroup::HomeCare ? m_homeCare : m_nursing;
    const FsiiiArea &area = areas[it->area];
    return Found { it->group, &area, it->condition < 0 ? nullptr : &area.conditions[it->condition] };
}

QString FsiiiTerms::conditionCode(const QString &code) const
{
    const std::optional<Found> found = find(code);
    return found && found->condition ? found->condition->code : QString();
}

QString FsiiiTerms::displayOf(const QString &code) const
{
    if (const std::optional<Found> found = find(code))
        return found->condition ? found->condition->display : found->area->area.display;
    for (const FsiiiValueSet *set : { &m_performance, &m_meaning, &m_goalTypes, &m_followUp })
        if (const QString current = set->resolve(code); !current.isEmpty())
            return set->displayOf(current);
    return code;
}

int FsiiiTerms::orderOf(const QString &code) const
{
    const auto it = m_index.constFind(code);
    if (it == m_index.cend())
        return std::numeric_limits<int>::max();
    return (it->group == ConditionGroup::HomeCare ? 0 : 1) * 1000000 + int(it->area) * 1000 + int(it->condition + 1);
}

QList<int> FsiiiTerms::levels() { return { 0, 1, 2, 3, 4, 9 }; }

bool FsiiiTerms::isLevel(int level) { return levels().contains(level); }

QString FsiiiTerms::levelName(int level)
{
    switch (level) {
    case 0: return tr("No or negligible limitations");
    case 1: return tr("Light limitations");
    case 2: return tr("Moderate limitations");
    case 3: return tr("Severe limitations");
    case 4: return tr("Total limitations");
    case 9: return tr("Not relevant");
    }
    return QString::number(level);
}

} // namespace Kvarter
