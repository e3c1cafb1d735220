// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `frame [--team T] [--set ROLE SERVICE MAX]`: the team's delegated frames in force and its
/// economic frame; with --set (a visitator or team leader) a new version of one frame.
class FrameCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::FrameCommand)

public:
    QString name() const override { return QStringLiteral("frame"); }
    QString summary() const override { return tr("Show or change the team's delegated frames."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
