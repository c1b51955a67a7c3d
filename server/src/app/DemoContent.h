// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "hss/ArticleStatus.h"
#include "hss/Category.h"
#include "hss/Course.h"
#include "hss/FeedbackCategory.h"
#include "hss/KbCategory.h"
#include "hss/KbContentType.h"
#include "hss/Role.h"

namespace hss::server {

/// The texts of the demo data set, written for this project (no real patients, people or hospitals).

struct DemoUser
{
    std::string username;
    std::string displayName;
    std::set<Role> roles;
    std::vector<std::string> teams;
    std::string roleText;
};

struct DemoTicketText
{
    std::string title;
    std::string description;
    Category category;
};

struct DemoArticle
{
    std::string title;
    std::string body;
    KbCategory category;
    KbContentType contentType;
    ArticleStatus status;
    std::optional<std::string> videoUrl;
};

struct DemoFeedback
{
    int csat;
    std::string comment;
    FeedbackCategory category;
};

inline constexpr int demoTicketCount = 240;

const std::vector<DemoUser>& demoUsers();
/// The team that handles a category.
std::string teamFor(Category category);
const std::vector<DemoTicketText>& demoTicketTexts();
const std::vector<std::string>& demoRequesters();
const std::vector<std::string>& demoCommentTexts();
const std::vector<DemoArticle>& demoArticles();
const std::vector<Course>& demoCourses();
const std::vector<DemoFeedback>& demoFeedbackTexts();

} // namespace hss::server
