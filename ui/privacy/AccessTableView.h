// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "AccessEntryModel.h"

#include <QTableView>

namespace Kvarter {

/// The table of openings that who has looked and the review list share: read-only rows, sorted
/// by a click on a header (newest first to begin with), with the columns the view wants.
class AccessTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessTableView)

public:
    /// `columns`: the model's columns to show, with their widths (the last stretches).
    AccessTableView(AccessEntryModel *model, const QList<std::pair<AccessEntryModel::Column, int>> &columns,
                    QWidget *parent = nullptr);
};

} // namespace Kvarter
