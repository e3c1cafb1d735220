// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QAbstractButton>
#include <QTest>
#include <QWidget>

namespace Kvarter::Test {

/// Drives widgets like a person does and counts what it took: each click, each key, each typed
/// character. The flow tests print the count (how fast a trained user gets through).
struct UserActions
{
    int clicks = 0;
    int keys = 0;  // single keys: digits on a combo, Tab, arrows, shortcuts
    int typed = 0; // characters of free text

    void click(QWidget *widget)
    {
        QVERIFY(widget);
        QVERIFY2(widget->isEnabled(), qPrintable(widget->objectName()));
        ++clicks;
        QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
    }
    void key(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        ++keys;
        QTest::keyClick(widget, key, modifiers);
    }
    void key(QWidget *widget, char ascii)
    {
        ++keys;
        QTest::keyClick(widget, ascii);
    }
    void type(QWidget *widget, const QString &text)
    {
        typed += int(text.size());
        QTest::keyClicks(widget, text);
    }
    int total() const { return clicks + keys + typed; }
};

} // namespace Kvarter::Test
