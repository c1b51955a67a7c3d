// SPDX-License-Identifier: MIT
// hss-bench-sync-seed: fills a server data folder for the sync benchmark (issue 5): the demo data set (users with
// printed passwords), then N tickets with K comments each, A KB articles and C courses, written through the
// server's own repositories so the change feed is exactly what a real server would hold. Tickets and comments go
// in batches of 1000 per transaction. Usage:
//   hss-bench-sync-seed DATA_DIR [--tickets N] [--comments K] [--articles A] [--courses C]
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>

#include "app/DemoSeeder.h"
#include "auth/PasswordHasher.h"
#include "hss/SystemClock.h"
#include "security/FieldCipher.h"
#include "storage/CommentRepository.h"
#include "storage/Database.h"
#include "storage/KbRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/WriteTransaction.h"

using namespace hss;
using namespace hss::server;

namespace {

struct Options
{
    std::string dataDir;
    int tickets = 100'000;
    int comments = 1;
    int articles = 10'000;
    int courses = 1'000;
};

bool parse(int argc, char** argv, Options& options)
{
    if (argc < 2) {
        return false;
    }
    options.dataDir = argv[1];
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const int value = std::atoi(argv[i + 1]);
        if (value < 0) {
            return false;
        }
        if (name == "--tickets") {
            options.tickets = value;
        } else if (name == "--comments") {
            options.comments = value;
        } else if (name == "--articles") {
            options.articles = value;
        } else if (name == "--courses") {
            options.courses = value;
        } else {
            return false;
        }
    }
    return true;
}

const char* const priorities[] = {"emergency", "critical", "high", "medium", "low"};

Ticket makeTicket(int i, std::int64_t now)
{
    Ticket ticket;
    ticket.id = Uuid::createV7();
    ticket.title = "Bench ticket " + std::to_string(i) + ": imaging model returns an empty report";
    ticket.description = "The radiology assistant answers with an empty report for study " + std::to_string(i)
        + "; the ward needs the finding before the afternoon round. Steps tried: restart, re-upload.";
    ticket.priority = priorityFromString(priorities[i % 5]).value();
    ticket.category = i % 7 == 0 ? Category::Integration : Category::Technical;
    ticket.status = TicketStatus::Open;
    ticket.channel = Channel::Email;
    ticket.requesterName = "Dr. Requester " + std::to_string(i % 97);
    ticket.requesterEmail = "requester" + std::to_string(i % 97) + "@clinic.example";
    ticket.team = i % 2 == 0 ? "tier1" : "tier2";
    ticket.createdAt = now - (100'000 - i) * 1000LL;
    ticket.updatedAt = ticket.createdAt;
    return ticket;
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    if (!parse(argc, argv, options)) {
        std::cerr << "usage: hss-bench-sync-seed DATA_DIR [--tickets N] [--comments K] [--articles A] [--courses C]\n";
        return 64;
    }
    const auto started = std::chrono::steady_clock::now();
    Database database("", options.dataDir, 1, 4);
    const FieldCipher cipher = FieldCipher::loadOrCreate("", options.dataDir);
    const PasswordHasher passwords;
    const SystemClock clock;
    if (!DemoSeeder(database, cipher, passwords, clock).seed(std::cout)) {
        return 1;
    }
    const std::int64_t now = clock.nowMs();
    const Uuid author = Uuid::createV7();
    TicketRepository tickets(database, cipher);
    CommentRepository comments(database, cipher);
    for (int first = 0; first < options.tickets; first += 1000) {
        auto session = database.session();
        WriteTransaction transaction(session, database.backend());
        for (int i = first; i < std::min(first + 1000, options.tickets); ++i) {
            const Ticket ticket = makeTicket(i, now);
            if (!tickets.create(session, ticket)) {
                std::cerr << "ticket " << i << " not stored\n";
                return 1;
            }
            for (int c = 0; c < options.comments; ++c) {
                Comment comment;
                comment.id = Uuid::createV7();
                comment.ticketId = ticket.id;
                comment.authorId = author;
                comment.body = "Checked the upload queue for study " + std::to_string(i) + "; escalating to imaging.";
                comment.visibility = CommentVisibility::InternalNote;
                comment.createdAt = ticket.createdAt + 60'000;
                if (!comments.add(session, comment)) {
                    std::cerr << "comment of ticket " << i << " not stored\n";
                    return 1;
                }
            }
        }
        transaction.commit();
    }
    KbRepository kb(database);
    for (int i = 0; i < options.articles; ++i) {
        KbArticle article;
        article.id = Uuid::createV7();
        article.title = "Bench article " + std::to_string(i) + ": reading the triage model's confidence";
        article.body = "<p>How to read the confidence shown next to each suggestion, and when to overrule it.</p>";
        article.status = ArticleStatus::Published;
        article.updatedAt = now;
        article.authorId = author;
        if (!kb.create(article)) {
            std::cerr << "article " << i << " not stored\n";
            return 1;
        }
    }
    TrainingRepository training(database);
    for (int i = 0; i < options.courses; ++i) {
        Course course;
        course.id = Uuid::createV7();
        course.title = "Bench course " + std::to_string(i);
        course.description = "Working safely with AI decision support.";
        for (int m = 0; m < 3; ++m) {
            course.modules.push_back(CourseModule {Uuid::createV7(), "Module " + std::to_string(m + 1), m, 20});
        }
        if (!training.createCourse(course)) {
            std::cerr << "course " << i << " not stored\n";
            return 1;
        }
    }
    const auto seconds =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count()
        / 1000.0;
    std::cout << "bench data: " << options.tickets << " tickets with " << options.comments << " comment(s) each, "
              << options.articles << " KB articles, " << options.courses << " courses in " << seconds << " s\n";
    return 0;
}
