// SPDX-License-Identifier: MIT
#include "KbLabels.h"

#include <QDateTime>

namespace hss::client {

QString KbLabels::category(KbCategory value)
{
    switch (value) {
    case KbCategory::GettingStarted:
        return tr("Getting started");
    case KbCategory::MedicalFeatures:
        return tr("Medical features");
    case KbCategory::ApiIntegration:
        return tr("API integration");
    case KbCategory::Troubleshooting:
        return tr("Troubleshooting");
    case KbCategory::BestPractices:
        return tr("Best practices");
    case KbCategory::Compliance:
        return tr("Compliance");
    }
    return {};
}

QString KbLabels::status(ArticleStatus value)
{
    switch (value) {
    case ArticleStatus::Draft:
        return tr("Draft");
    case ArticleStatus::Review:
        return tr("In review");
    case ArticleStatus::MedicalReview:
        return tr("In medical review");
    case ArticleStatus::Published:
        return tr("Published");
    case ArticleStatus::Archived:
        return tr("Archived");
    }
    return {};
}

QString KbLabels::contentType(KbContentType value)
{
    switch (value) {
    case KbContentType::Article:
        return tr("Article");
    case KbContentType::Video:
        return tr("Video");
    case KbContentType::Faq:
        return tr("FAQ");
    case KbContentType::ReleaseNotes:
        return tr("Release notes");
    case KbContentType::MedicalGuideline:
        return tr("Medical guideline");
    }
    return {};
}

QString KbLabels::time(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace hss::client
