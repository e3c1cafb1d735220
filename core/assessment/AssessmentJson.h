// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Assessment.h"

#include <QJsonObject>

namespace Kvarter {

class FsiiiTerms;

/// An assessment as JSON, in one shape for the two places that need it: a saved draft (read back
/// with fromJson) and kvarter-cli's --json output. Keys in English; scripts depend on them.
namespace AssessmentJson {
/// With `terms`, each code also gets its display ("display", "levelName", …) for people and scripts.
QJsonObject toJson(const Assessment &assessment, const FsiiiTerms *terms = nullptr);
Assessment fromJson(const QJsonObject &object);
QJsonObject areaHistory(const AreaHistory &history);
} // namespace AssessmentJson

} // namespace Kvarter
