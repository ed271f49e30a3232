#pragma once

#include <QDir>
#include <QWidget>

/// Saves a picture of `widget` when SDX_SCREENSHOT_DIR is set (used to refresh docs/screenshots).
inline void saveScreenshotIfAsked(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SDX_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

#include <QApplication>
#include <QKeyEvent>

/// Types `text` into `widget` as key presses; QTest::keyClicks only handles Latin-1, not Vietnamese.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(character));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(character));
        QApplication::sendEvent(widget, &release);
    }
}
