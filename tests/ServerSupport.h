// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "common/Id.h"
#include "sync/Crypto.h"
#include "sync/ServerClient.h"

namespace Kvarter::Test {

/// A device as the sync server knows it: an id and a signing key, no database.
struct ServerDevice
{
    QString id = Id::create();
    Sync::Crypto::SigningKeys keys = Sync::Crypto::newSigningKeys();
    Sync::ServerClient client(const QUrl &url, const Clock *clock = nullptr) const
    {
        return Sync::ServerClient(url, id, keys.secretKey, clock);
    }
};

} // namespace Kvarter::Test
