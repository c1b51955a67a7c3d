// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <array>
#include <optional>
#include <vector>

#include "hss/sla/BusinessCalendar.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hss::client {

/// Edits the SLA business calendars one at a time: name, IANA time zone, 24/7, working hours per weekday
/// ("08:00-12:00, 13:00-18:00") and holidays (one YYYY-MM-DD per line).
class SlaCalendarEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaCalendarEditor)

public:
    explicit SlaCalendarEditor(QWidget* parent = nullptr);

    void setCalendars(std::vector<sla::BusinessCalendar> calendars);
    /// The calendars with the form's edits, or nullopt with *field ("calendars[1].hours.monday") and *error set
    /// when what is typed cannot be read (the form then shows that calendar).
    std::optional<std::vector<sla::BusinessCalendar>> calendars(QString* field, QString* error);
    /// Shows calendar \a index and marks \a message beside the form.
    void showError(int index, const QString& message);

signals:
    void edited();

private:
    void showCalendar(int index);
    bool commit(QString* field, QString* error);

    std::vector<sla::BusinessCalendar> m_calendars;
    int m_current = -1;
    QComboBox* m_picker;
    QLineEdit* m_name;
    QLineEdit* m_timeZone;
    QCheckBox* m_alwaysOpen;
    std::array<QLineEdit*, 7> m_hours {};
    QPlainTextEdit* m_holidays;
    QLabel* m_error;
};

} // namespace hss::client
