// SPDX-License-Identifier: MIT
#include "FeedbackAnalyticsResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/AccessPolicy.h"
#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../storage/FeedbackRepository.h"
#include "QueryParams.h"
#include "hss/sentiment/SentimentLabel.h"

namespace hss::server {

FeedbackAnalyticsResource::FeedbackAnalyticsResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void FeedbackAnalyticsResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    AccessPolicy::requireAnyRole(principal, {Role::Supervisor, Role::Admin, Role::ComplianceOfficer},
                                 "read feedback analytics");
    const QueryParams params(request);
    FeedbackQuery query;
    query.createdFrom = params.timestamp("from");
    query.createdTo = params.timestamp("to");
    if (query.createdFrom && query.createdTo && *query.createdFrom > *query.createdTo) {
        throw BadRequest("'from' must not be after 'to'");
    }
    FeedbackRepository repository(m_services.database);
    const FeedbackStats stats = repository.analytics(query);

    nlohmann::json byCategory = nlohmann::json::object();
    for (const FeedbackCategory category : allFeedbackCategories) {
        byCategory[std::string(toString(category))] = 0;
    }
    for (const auto& [category, count] : stats.byCategory) {
        byCategory[std::string(toString(category))] = count;
    }

    std::int64_t positive = 0;
    std::int64_t neutral = 0;
    std::int64_t negative = 0;
    std::int64_t unscored = 0;
    double scoreSum = 0.0;
    query.limit = FeedbackQuery::maxLimit;
    for (query.offset = 0;; query.offset += query.limit) {
        const auto page = repository.list(query);
        for (const Feedback& feedback : page) {
            if (!feedback.sentimentScore) {
                ++unscored;
                continue;
            }
            const double score = *feedback.sentimentScore;
            scoreSum += score;
            // The same thresholds as the label in each entry's JSON.
            switch (sentiment::labelForScore(score)) {
            case sentiment::SentimentLabel::Positive:
                ++positive;
                break;
            case sentiment::SentimentLabel::Negative:
                ++negative;
                break;
            case sentiment::SentimentLabel::Neutral:
                ++neutral;
                break;
            }
        }
        if (static_cast<int>(page.size()) < query.limit) {
            break;
        }
    }
    const std::int64_t scored = positive + neutral + negative;
    const nlohmann::json sentiment {
        {"positive", positive},
        {"neutral", neutral},
        {"negative", negative},
        {"unscored", unscored},
        {"average_score", scored > 0 ? nlohmann::json(scoreSum / scored) : nlohmann::json()}};
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK,
             {{"count", stats.count},
              {"average_csat", stats.averageCsat ? nlohmann::json(*stats.averageCsat) : nlohmann::json()},
              {"by_category", byCategory},
              {"sentiment", sentiment}});
}

} // namespace hss::server
