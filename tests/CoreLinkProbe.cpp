// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
// A program made of kvarter-core and nothing else: CheckLinks.cmake reads what it loads, so a
// QtGui or QtWidgets dependency added to core fails the suite on core itself, not on whichever
// executable happens to link it.
#include "common/Clock.h"

int main() { return Kvarter::Clock::teamZone().isValid() ? 0 : 1; }
