// SPDX-License-Identifier: MIT
#include "SlaCalendarEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStringList>

namespace hss::client {

namespace {

QString dayLabel(int day)
{
    static const std::array<const char*, 7> names {
        QT_TRANSLATE_NOOP("SlaCalendarEditor", "Monday"),    QT_TRANSLATE_NOOP("SlaCalendarEditor", "Tuesday"),
        QT_TRANSLATE_NOOP("SlaCalendarEditor", "Wednesday"), QT_TRANSLATE_NOOP("SlaCalendarEditor", "Thursday"),
        QT_TRANSLATE_NOOP("SlaCalendarEditor", "Friday"),    QT_TRANSLATE_NOOP("SlaCalendarEditor", "Saturday"),
        QT_TRANSLATE_NOOP("SlaCalendarEditor", "Sunday")};
    return QCoreApplication::translate("SlaCalendarEditor", names.at(static_cast<std::size_t>(day)));
}

QString hoursText(const std::vector<sla::WorkingInterval>& intervals)
{
    QStringList parts;
    for (const sla::WorkingInterval& interval : intervals) {
        parts.append(QString::fromStdString(sla::formatMinuteOfDay(interval.startMinute)) + QLatin1Char('-')
                     + QString::fromStdString(sla::formatMinuteOfDay(interval.endMinute)));
    }
    return parts.join(QStringLiteral(", "));
}

std::optional<int> minuteOfDay(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    if (minute > 59 || hour > 24 || (hour == 24 && minute != 0)) {
        return std::nullopt;
    }
    return hour * 60 + minute;
}

std::optional<std::vector<sla::WorkingInterval>> parseHours(const QString& text)
{
    std::vector<sla::WorkingInterval> intervals;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.split(QLatin1Char('-'));
        if (ends.size() != 2) {
            return std::nullopt;
        }
        const auto start = minuteOfDay(ends[0]);
        const auto end = minuteOfDay(ends[1]);
        if (!start || !end || *start >= *end) {
            return std::nullopt;
        }
        intervals.push_back({*start, *end});
    }
    return intervals;
}

} // namespace

SlaCalendarEditor::SlaCalendarEditor(QWidget* parent)
    : QWidget(parent)
    , m_picker(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_timeZone(new QLineEdit(this))
    , m_alwaysOpen(new QCheckBox(tr("Open around the clock (24/7)"), this))
    , m_holidays(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    m_picker->setObjectName(QStringLiteral("calendarPicker"));
    m_picker->setAccessibleName(tr("Calendar to edit"));
    m_name->setObjectName(QStringLiteral("calendarName"));
    m_name->setAccessibleName(tr("Calendar name"));
    m_timeZone->setObjectName(QStringLiteral("calendarTimeZone"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setPlaceholderText(tr("e.g. Europe/Berlin"));
    m_alwaysOpen->setObjectName(QStringLiteral("calendarAlwaysOpen"));
    m_holidays->setObjectName(QStringLiteral("calendarHolidays"));
    m_holidays->setAccessibleName(tr("Holidays, one date per line"));
    m_holidays->setPlaceholderText(tr("2026-12-25"));
    m_holidays->setTabChangesFocus(true);
    m_holidays->setMaximumHeight(90);
    m_error->setObjectName(QStringLiteral("calendarError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Calendar:"), m_picker);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(QString(), m_alwaysOpen);
    for (int day = 0; day < 7; ++day) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("calendarHours_%1").arg(QString::fromLatin1(sla::weekdayNames.at(day))));
        edit->setAccessibleName(tr("Working hours on %1").arg(dayLabel(day)));
        edit->setPlaceholderText(tr("closed, or e.g. 08:00-12:00, 13:00-18:00"));
        m_hours.at(static_cast<std::size_t>(day)) = edit;
        form->addRow(dayLabel(day) + QLatin1Char(':'), edit);
        connect(edit, &QLineEdit::textEdited, this, &SlaCalendarEditor::edited);
    }
    form->addRow(tr("&Holidays:"), m_holidays);
    form->addRow(m_error);

    connect(m_picker, &QComboBox::currentIndexChanged, this, [this](int index) {
        QString field;
        QString error;
        if (index != m_current && !commit(&field, &error)) {
            // What is typed cannot be read: stay on this calendar so nothing is lost.
            const QSignalBlocker blocker(m_picker);
            m_picker->setCurrentIndex(m_current);
            showError(m_current, error);
            return;
        }
        showCalendar(index);
    });
    connect(m_name, &QLineEdit::textEdited, this, &SlaCalendarEditor::edited);
    connect(m_timeZone, &QLineEdit::textEdited, this, &SlaCalendarEditor::edited);
    connect(m_alwaysOpen, &QCheckBox::toggled, this, [this](bool on) {
        for (QLineEdit* edit : m_hours) {
            edit->setEnabled(!on);
        }
        emit edited();
    });
    connect(m_holidays, &QPlainTextEdit::textChanged, this, &SlaCalendarEditor::edited);
}

void SlaCalendarEditor::setCalendars(std::vector<sla::BusinessCalendar> calendars)
{
    m_calendars = std::move(calendars);
    m_current = -1;
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    for (const sla::BusinessCalendar& calendar : m_calendars) {
        m_picker->addItem(
            QStringLiteral("%1 (%2)").arg(QString::fromStdString(calendar.name), QString::fromStdString(calendar.id)));
    }
    showCalendar(m_calendars.empty() ? -1 : 0);
}

void SlaCalendarEditor::showCalendar(int index)
{
    m_current = index;
    m_error->hide();
    const bool valid = index >= 0 && index < static_cast<int>(m_calendars.size());
    setEnabled(valid);
    if (!valid) {
        return;
    }
    const sla::BusinessCalendar& calendar = m_calendars.at(static_cast<std::size_t>(index));
    const QSignalBlocker blockHolidays(m_holidays);
    const QSignalBlocker blockAlways(m_alwaysOpen);
    m_name->setText(QString::fromStdString(calendar.name));
    m_timeZone->setText(QString::fromStdString(calendar.timeZone));
    m_alwaysOpen->setChecked(calendar.alwaysOpen);
    for (std::size_t day = 0; day < 7; ++day) {
        m_hours.at(day)->setText(hoursText(calendar.hours.at(day)));
        m_hours.at(day)->setEnabled(!calendar.alwaysOpen);
    }
    QStringList holidays;
    for (const CivilDate& date : calendar.holidays) {
        holidays.append(QStringLiteral("%1-%2-%3")
                            .arg(date.year, 4, 10, QLatin1Char('0'))
                            .arg(date.month, 2, 10, QLatin1Char('0'))
                            .arg(date.day, 2, 10, QLatin1Char('0')));
    }
    m_holidays->setPlainText(holidays.join(QLatin1Char('\n')));
}

bool SlaCalendarEditor::commit(QString* field, QString* error)
{
    if (m_current < 0 || m_current >= static_cast<int>(m_calendars.size())) {
        return true;
    }
    const QString prefix = QStringLiteral("calendars[%1].").arg(m_current);
    sla::BusinessCalendar calendar = m_calendars.at(static_cast<std::size_t>(m_current));
    calendar.name = m_name->text().trimmed().toStdString();
    calendar.timeZone = m_timeZone->text().trimmed().toStdString();
    calendar.alwaysOpen = m_alwaysOpen->isChecked();
    for (std::size_t day = 0; day < 7; ++day) {
        auto hours = parseHours(m_hours.at(day)->text());
        if (!hours) {
            *field = prefix + QStringLiteral("hours.") + QString::fromLatin1(sla::weekdayNames.at(day));
            *error = tr("%1: write the hours as HH:MM-HH:MM, separated by commas (e.g. 08:00-12:00, 13:00-18:00)")
                         .arg(dayLabel(static_cast<int>(day)));
            return false;
        }
        calendar.hours.at(day) = std::move(*hours);
    }
    calendar.holidays.clear();
    static const QRegularExpression datePattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    for (const QString& line : m_holidays->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto match = datePattern.match(line.trimmed());
        if (!match.hasMatch()) {
            *field = prefix + QStringLiteral("holidays");
            *error = tr("Holidays: \"%1\" is not a date like 2026-12-25").arg(line.trimmed());
            return false;
        }
        calendar.holidays.push_back(
            {match.captured(1).toLongLong(), match.captured(2).toUInt(), match.captured(3).toUInt()});
    }
    m_calendars.at(static_cast<std::size_t>(m_current)) = std::move(calendar);
    return true;
}

std::optional<std::vector<sla::BusinessCalendar>> SlaCalendarEditor::calendars(QString* field, QString* error)
{
    if (!commit(field, error)) {
        showError(m_current, *error);
        return std::nullopt;
    }
    return m_calendars;
}

void SlaCalendarEditor::showError(int index, const QString& message)
{
    if (index >= 0 && index < static_cast<int>(m_calendars.size()) && index != m_current) {
        const QSignalBlocker blocker(m_picker);
        m_picker->setCurrentIndex(index);
        showCalendar(index);
    }
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace hss::client
