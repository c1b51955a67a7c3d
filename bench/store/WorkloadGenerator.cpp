// SPDX-License-Identifier: MIT
#include "WorkloadGenerator.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "Vocabulary.h"

namespace hss::bench {

namespace {

// 2026-01-01T00:00:00Z: a fixed "now", so the data set does not depend on the day it is made.
constexpr std::int64_t fixedNowMs = 1'767'225'600'000;
constexpr std::int64_t minuteMs = 60'000;
constexpr std::int64_t hourMs = 60 * minuteMs;
constexpr std::int64_t dayMs = 24 * hourMs;
constexpr int agentCount = 150;
constexpr std::size_t madeUpWords = 30'000;

// Shares in per cent (or any unit); the order follows the enums' declaration order.
constexpr std::array priorityWeights {1, 4, 20, 50, 25};
constexpr std::array categoryWeights {40, 20, 10, 10, 20};
constexpr std::array statusWeights {8, 10, 10, 6, 2, 24, 40};
constexpr std::array channelWeights {40, 20, 15, 25};
constexpr std::array articleStatusWeights {8, 5, 3, 80, 4};
// Resolution SLA per priority, most severe first.
constexpr std::array slaTargetsMs {30 * minuteMs, 4 * hourMs, 8 * hourMs, 24 * hourMs, 72 * hourMs};

bool isOpen(TicketStatus status)
{
    return status != TicketStatus::Resolved && status != TicketStatus::Closed;
}

std::string capitalised(std::string text)
{
    if (!text.empty()) {
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    }
    return text;
}

std::string lowerCase(std::string_view text)
{
    std::string result;
    for (const char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            result += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return result;
}

} // namespace

WorkloadGenerator::WorkloadGenerator(std::uint64_t seed)
    : m_engine(seed)
    , m_idRandom(seed ^ 0x5eedf00dULL)
{ }

std::size_t WorkloadGenerator::below(std::size_t bound)
{
    return static_cast<std::size_t>(m_engine() % bound);
}

std::size_t WorkloadGenerator::weighted(std::span<const int> weights)
{
    int total = 0;
    for (const int weight : weights) {
        total += weight;
    }
    int roll = static_cast<int>(below(static_cast<std::size_t>(total)));
    for (std::size_t i = 0; i < weights.size(); ++i) {
        roll -= weights[i];
        if (roll < 0) {
            return i;
        }
    }
    return weights.size() - 1;
}

std::string_view WorkloadGenerator::pick(std::span<const std::string_view> words)
{
    return words[below(words.size())];
}

std::string_view WorkloadGenerator::pickSkewed(std::span<const std::string_view> words)
{
    const double unit = static_cast<double>(m_engine() >> 11) / 9007199254740992.0; // [0, 1)
    return words[static_cast<std::size_t>(static_cast<double>(words.size()) * unit * unit)];
}

Uuid WorkloadGenerator::nextId(std::int64_t atMs)
{
    return Uuid::generateV7(atMs, m_idRandom);
}

std::string WorkloadGenerator::drugName()
{
    return std::string(pickSkewed(vocabulary::drugStarts())) + std::string(pickSkewed(vocabulary::drugMiddles()))
        + std::string(pickSkewed(vocabulary::drugEnds()));
}

std::size_t WorkloadGenerator::zipfRank(std::size_t size)
{
    // Log-uniform ranks: rank k comes up with a probability close to 1 / (k + 1), as in Zipf's law.
    const double unit = static_cast<double>(m_engine() >> 11) / 9007199254740992.0;
    const auto rank = static_cast<std::size_t>(std::exp(unit * std::log(static_cast<double>(size) + 1.0))) - 1;
    return std::min(rank, size - 1);
}

std::string WorkloadGenerator::madeUpWord(std::size_t rank)
{
    // The rank in base 24, lowest digit first, with syllables as digits; the offset gives every word at least
    // three syllables.
    const std::span<const std::string_view> syllables = vocabulary::syllables();
    std::size_t value = rank + syllables.size() * syllables.size();
    std::string word;
    while (value > 0) {
        word += syllables[value % syllables.size()];
        value /= syllables.size();
    }
    return word;
}

std::string WorkloadGenerator::fillerSentence()
{
    const std::span<const std::string_view> common = vocabulary::commonWords();
    const std::size_t length = 6 + below(13);
    std::string sentence;
    for (std::size_t i = 0; i < length; ++i) {
        if (i) {
            sentence += ' ';
        }
        if (below(10) < 6) {
            sentence += common[zipfRank(common.size())];
        } else {
            sentence += madeUpWord(zipfRank(madeUpWords));
        }
    }
    sentence += '.';
    return capitalised(std::move(sentence));
}

std::string WorkloadGenerator::errorCode()
{
    // Cubing a uniform number makes low codes common and high ones rare.
    const double unit = static_cast<double>(below(1'000'000)) / 1e6;
    std::string code = "E";
    code += std::to_string(1000 + static_cast<int>(9000.0 * unit * unit * unit));
    return code;
}

std::string WorkloadGenerator::deviceModel()
{
    return std::string(pickSkewed(vocabulary::deviceBrands())) + " X" + std::to_string(10 + below(90));
}

std::string WorkloadGenerator::fill(std::string_view pattern, std::string_view component, std::string_view problem)
{
    std::string text;
    text.reserve(pattern.size() + 40);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '{' || i + 2 >= pattern.size() || pattern[i + 2] != '}') {
            text += pattern[i];
            continue;
        }
        switch (pattern[i + 1]) {
        case 'c':
            text += component;
            break;
        case 'p':
            text += problem;
            break;
        case 's':
            text += pick(vocabulary::sites());
            break;
        case 'g':
            text += pick(vocabulary::affectedGroups());
            break;
        case 'r':
            text += pick(vocabulary::roles());
            break;
        case 'e':
            text += errorCode();
            break;
        case 'v':
            text += "4." + std::to_string(below(20)) + "." + std::to_string(below(10));
            break;
        case 'n':
            text += std::to_string(1 + below(500));
            break;
        case 'd':
            text += drugName();
            break;
        case 'm':
            text += deviceModel();
            break;
        default:
            text += pattern.substr(i, 3);
            break;
        }
        i += 2;
    }
    return text;
}

Workload WorkloadGenerator::generate(int ticketCount, int articleCount)
{
    Workload workload;
    workload.nowMs = fixedNowMs;
    for (int i = 0; i < agentCount; ++i) {
        workload.agents.push_back(nextId(fixedNowMs - 400 * dayMs + i * minuteMs));
    }
    workload.myTeam = std::string(vocabulary::teams()[1]);
    workload.tickets.reserve(static_cast<std::size_t>(ticketCount));
    workload.slaDueAt.reserve(static_cast<std::size_t>(ticketCount));
    workload.comments.reserve(static_cast<std::size_t>(ticketCount) * 2);
    for (int i = 0; i < ticketCount; ++i) {
        Ticket ticket = makeTicket(i, fixedNowMs, workload.agents);
        workload.slaDueAt.push_back(slaDue(ticket));
        addComments(ticket, workload.agents, workload.comments);
        workload.tickets.push_back(std::move(ticket));
    }
    workload.articles.reserve(static_cast<std::size_t>(articleCount));
    for (int i = 0; i < articleCount; ++i) {
        workload.articles.push_back(makeArticle(fixedNowMs, workload.agents));
    }
    return workload;
}

Ticket WorkloadGenerator::makeTicket(int index, std::int64_t nowMs, const std::vector<Uuid>& agents)
{
    Ticket t;
    t.priority = allPriorities[weighted(priorityWeights)];
    t.category = allCategories[weighted(categoryWeights)];
    t.status = allTicketStatuses[weighted(statusWeights)];
    t.channel = allChannels[weighted(channelWeights)];
    const bool open = isOpen(t.status);
    // Open work is recent; the year's history is mostly resolved or closed.
    t.createdAt = nowMs - static_cast<std::int64_t>(below(static_cast<std::size_t>((open ? 30 : 365) * dayMs)));
    t.id = nextId(t.createdAt);
    t.number = index + 1;
    const std::string_view component = pick(vocabulary::components());
    const std::string_view problem = pick(vocabulary::problems());
    t.title = capitalised(std::string(component)) + " " + std::string(problem);
    if (below(2) == 0) {
        t.title += " at " + std::string(pick(vocabulary::sites()));
    }
    const std::size_t sentences = 2 + below(4);
    for (std::size_t i = 0; i < sentences; ++i) {
        if (i) {
            t.description += ' ';
        }
        t.description += fill(pick(vocabulary::descriptionSentences()), component, problem);
    }
    const std::string first(pick(vocabulary::firstNames()));
    const std::string last(pick(vocabulary::lastNames()));
    t.requesterName = first + " " + last;
    if (t.channel != Channel::Phone || below(2) == 0) {
        t.requesterEmail = lowerCase(first) + "." + lowerCase(last) + "@site" + std::to_string(below(40)) + ".example";
    }
    const bool unassigned = t.status == TicketStatus::New ? below(10) < 6 : below(100) < 3;
    if (!unassigned) {
        t.assigneeId = agents[below(agents.size())];
    }
    t.team = std::string(pickSkewed(vocabulary::teams()));
    if (t.category == Category::MedicalClinical) {
        t.medicalCaseRef = "MC-2025-" + std::to_string(10000 + index);
    }
    const std::int64_t age = nowMs - t.createdAt;
    t.updatedAt = t.createdAt + static_cast<std::int64_t>(below(static_cast<std::size_t>(age) + 1));
    if (t.status != TicketStatus::New) {
        t.firstResponseAt = t.createdAt + std::min<std::int64_t>(age, static_cast<std::int64_t>(below(4 * hourMs)));
    }
    if (!open) {
        t.resolvedAt = t.updatedAt;
    }
    t.escalationLevel = t.status == TicketStatus::Escalated ? 1 + static_cast<int>(below(3)) : 0;
    t.revision = 1 + static_cast<std::int64_t>(below(10));
    return t;
}

std::optional<std::int64_t> WorkloadGenerator::slaDue(const Ticket& ticket)
{
    // Resolved work has no pending deadline, and waiting on the customer pauses the clock.
    if (!isOpen(ticket.status) || ticket.status == TicketStatus::WaitingOnCustomer) {
        return std::nullopt;
    }
    return ticket.createdAt + slaTargetsMs[static_cast<std::size_t>(ticket.priority)];
}

void WorkloadGenerator::addComments(const Ticket& ticket, const std::vector<Uuid>& agents, std::vector<Comment>& out)
{
    const std::size_t count = 1 + below(3);
    std::int64_t at = ticket.createdAt;
    for (std::size_t i = 0; i < count; ++i) {
        at += minuteMs * static_cast<std::int64_t>(5 + below(2 * 24 * 60));
        Comment comment;
        comment.createdAt = std::min(at, ticket.updatedAt + static_cast<std::int64_t>(i));
        comment.id = nextId(comment.createdAt);
        comment.ticketId = ticket.id;
        comment.authorId = ticket.assigneeId.value_or(agents[below(agents.size())]);
        comment.visibility = below(10) < 6 ? CommentVisibility::PublicReply : CommentVisibility::InternalNote;
        const std::string_view problem = pick(vocabulary::problems());
        const std::size_t sentences = 1 + below(3);
        for (std::size_t s = 0; s < sentences; ++s) {
            if (s) {
                comment.body += ' ';
            }
            comment.body += fill(pick(vocabulary::commentSentences()), pick(vocabulary::components()), problem);
        }
        out.push_back(std::move(comment));
    }
}

KbArticle WorkloadGenerator::makeArticle(std::int64_t nowMs, const std::vector<Uuid>& agents)
{
    KbArticle a;
    a.updatedAt = nowMs - static_cast<std::int64_t>(below(static_cast<std::size_t>(730 * dayMs)));
    a.id = nextId(a.updatedAt);
    const std::string_view topic = pick(vocabulary::components());
    const std::string_view problem = pick(vocabulary::problems());
    const std::size_t titleIndex = below(vocabulary::articleTitles().size());
    a.title = fill(vocabulary::articleTitles()[titleIndex], topic, problem);
    // Title patterns 2, 5, 6 and 9 are FAQ, release notes, guideline and video; the rest are articles.
    switch (titleIndex) {
    case 2:
        a.contentType = KbContentType::Faq;
        break;
    case 5:
        a.contentType = KbContentType::ReleaseNotes;
        break;
    case 6:
        a.contentType = KbContentType::MedicalGuideline;
        break;
    case 9:
        a.contentType = KbContentType::Video;
        a.videoUrl = "https://video.example.invalid/kb/" + a.id.toString();
        break;
    default:
        a.contentType = KbContentType::Article;
        break;
    }
    a.category = allKbCategories[below(allKbCategories.size())];
    a.status = allArticleStatuses[weighted(articleStatusWeights)];
    a.version = 1 + static_cast<int>(below(6));
    a.helpfulVotes = static_cast<std::int64_t>(below(200));
    a.notHelpfulVotes = static_cast<std::int64_t>(below(30));
    a.authorId = agents[below(agents.size())];

    // A few readable sentences about the topic among filler drawn from a Zipf-like word distribution, so term
    // frequencies look like real text: everyday words in every article, most other words in a few.
    std::vector<std::string> special;
    const std::size_t templated = 3 + below(4);
    for (std::size_t i = 0; i < templated; ++i) {
        const std::string_view component = below(10) < 7 ? topic : pick(vocabulary::components());
        special.push_back(fill(pick(vocabulary::articleSentences()), component, problem));
    }
    const std::size_t details = below(3);
    for (std::size_t i = 0; i < details; ++i) {
        special.push_back(fill(pick(vocabulary::detailSentences()), topic, problem));
    }
    const auto wordsIn = [](const std::string& s) {
        return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
    };
    std::size_t words = 0;
    for (const std::string& sentence : special) {
        words += wordsIn(sentence);
    }
    std::vector<std::string> sentences;
    const std::size_t targetWords = 150 + below(301);
    while (words < targetWords) {
        sentences.push_back(fillerSentence());
        words += wordsIn(sentences.back());
    }
    for (std::string& sentence : special) {
        sentences.insert(sentences.begin() + static_cast<std::ptrdiff_t>(below(sentences.size() + 1)),
                         std::move(sentence));
    }
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        if (i) {
            a.body += i % 5 == 0 ? "\n\n" : " ";
        }
        a.body += sentences[i];
    }
    return a;
}

} // namespace hss::bench
