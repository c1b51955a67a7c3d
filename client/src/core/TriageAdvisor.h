// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>

#include "hss/Category.h"
#include "hss/triage/TriageInput.h"
#include "hss/triage/TriageResult.h"

namespace hss::client {

/// Runs the shared triage rules on a new ticket's text while the agent types. Input is debounced (one evaluation
/// after the agent pauses) and evaluated on a pool thread: a description near its 20,000-character limit takes
/// tens of milliseconds, more than a frame. A result for text that has changed since is dropped.
class TriageAdvisor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageAdvisor)

public:
    static constexpr int defaultDelayMs = 300;

    explicit TriageAdvisor(QObject* parent = nullptr);

    /// The text changed: evaluates after the delay, unless more typing follows.
    void setInput(const QString& title, const QString& description, std::optional<Category> category);
    /// Evaluates the pending input now, on this thread (a dialog about to submit must not use a stale suggestion).
    void evaluateNow();
    /// True while an evaluation runs in the background.
    bool isEvaluating() const { return m_running > 0; }
    void setDelay(int ms) { m_timer.setInterval(ms); }

    /// The last suggestion; nothing before the first title is typed.
    const std::optional<triage::TriageResult>& suggestion() const { return m_suggestion; }

signals:
    void suggestionChanged(const hss::triage::TriageResult& suggestion);
    /// The title is empty: there is nothing to suggest.
    void suggestionCleared();

private:
    triage::TriageInput currentInput() const;
    void evaluateInBackground();
    void publish(std::optional<triage::TriageResult> result);

    QTimer m_timer;
    quint64 m_generation = 0; ///< Bumped on every input change; results of older generations are stale.
    int m_running = 0;
    QString m_title;
    QString m_description;
    std::optional<Category> m_category;
    std::optional<triage::TriageResult> m_suggestion;
};

} // namespace hss::client
