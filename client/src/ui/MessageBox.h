// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>

namespace hss::client {

/// Every message box of the console goes through here, so GUI tests can pre-answer the next one
/// (setNextAnswer) instead of blocking on a modal dialog.
class MessageBox final
{
public:
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text,
                                                   QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes
                                                    | QMessageBox::No);

    /// The next message box returns this button at once without showing; for tests.
    static void setNextAnswer(QMessageBox::StandardButton button);
    /// Title and text of the last message box asked for (shown or pre-answered); for tests.
    static QString lastTitle();
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons);
};

} // namespace hss::client
