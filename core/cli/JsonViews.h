// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QJsonObject>

namespace Kvarter {

struct Citizen;
struct Relative;
struct Grant;
struct Visit;
struct VisitNote;
struct Employee;
struct Decision;
struct FrameRule;
struct Complaint;

/// The JSON shapes kvarter-cli prints. Stable keys in English; scripts depend on them.
namespace JsonViews {
QJsonObject citizen(const Citizen &c);
QJsonObject relative(const Relative &r);
QJsonObject grant(const Grant &g);
QJsonObject visit(const Visit &v);
QJsonObject note(const VisitNote &n);
QJsonObject employee(const Employee &e);
QJsonObject decision(const Decision &d);
QJsonObject frameRule(const FrameRule &r);
QJsonObject complaint(const Complaint &c);
} // namespace JsonViews

} // namespace Kvarter
