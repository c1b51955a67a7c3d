// SPDX-License-Identifier: MIT
#include "TriageAdvisor.h"

#include <QPromise>
#include <QThreadPool>
#include <memory>

#include "FutureSupport.h"
#include "hss/triage/Triage.h"

namespace hss::client {

TriageAdvisor::TriageAdvisor(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &TriageAdvisor::evaluateInBackground);
}

void TriageAdvisor::setInput(const QString& title, const QString& description, std::optional<Category> category)
{
    m_title = title;
    m_description = description;
    m_category = category;
    ++m_generation;
    m_timer.start();
}

triage::TriageInput TriageAdvisor::currentInput() const
{
    triage::TriageInput input;
    input.title = m_title.trimmed().toStdString();
    input.description = m_description.toStdString();
    input.category = m_category;
    return input;
}

void TriageAdvisor::evaluateNow()
{
    m_timer.stop();
    ++m_generation; // anything still running in the background is now stale
    const triage::TriageInput input = currentInput();
    publish(input.title.empty() ? std::nullopt : std::optional(triage::triage(input)));
}

void TriageAdvisor::evaluateInBackground()
{
    const triage::TriageInput input = currentInput();
    if (input.title.empty()) {
        publish(std::nullopt);
        return;
    }
    // Over-long text is refused by the ticket's validation on save; triage still reads it as typed.
    auto promise = std::make_shared<QPromise<triage::TriageResult>>();
    promise->start();
    const quint64 generation = m_generation;
    ++m_running;
    whenFinished(promise->future(), this, [this, generation](const triage::TriageResult& result) {
        --m_running;
        if (generation == m_generation) {
            publish(result);
        }
    });
    QThreadPool::globalInstance()->start([promise, input] {
        promise->addResult(triage::triage(input));
        promise->finish();
    });
}

void TriageAdvisor::publish(std::optional<triage::TriageResult> result)
{
    m_suggestion = std::move(result);
    if (m_suggestion) {
        emit suggestionChanged(*m_suggestion);
    } else {
        emit suggestionCleared();
    }
}

} // namespace hss::client
