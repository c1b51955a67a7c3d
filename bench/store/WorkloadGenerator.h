// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hss/Comment.h"
#include "hss/KbArticle.h"
#include "hss/StdRandomSource.h"
#include "hss/Ticket.h"

namespace hss::bench {

/// The synthetic console data set: tickets with their SLA deadlines, comments and KB articles.
struct Workload
{
    std::int64_t nowMs = 0; ///< the fixed "now" the data set was made for
    std::vector<Ticket> tickets;
    std::vector<std::optional<std::int64_t>> slaDueAt; ///< parallel to tickets
    std::vector<Comment> comments; ///< in ticket order
    std::vector<KbArticle> articles;
    std::vector<Uuid> agents; ///< agents[0] is "me" for the Mine view
    std::string myTeam; ///< for the MyTeam view
};

/// Makes a realistic, deterministic workload: the same seed always gives the same tickets, comments and
/// articles (ids included), so two stores filled from it hold identical rows.
class WorkloadGenerator final
{
public:
    explicit WorkloadGenerator(std::uint64_t seed);

    /// \a ticketCount tickets with 1–3 comments each and \a articleCount articles of 150–450 words.
    Workload generate(int ticketCount, int articleCount);

private:
    std::size_t below(std::size_t bound);
    std::size_t weighted(std::span<const int> weights);
    std::string_view pick(std::span<const std::string_view> words);
    /// Like pick(), but early entries much more often (a long tail, as word use in real text).
    std::string_view pickSkewed(std::span<const std::string_view> words);
    Uuid nextId(std::int64_t atMs);
    std::string fill(std::string_view pattern, std::string_view component, std::string_view problem);
    std::string drugName();
    std::string deviceModel();
    std::string errorCode();
    std::size_t zipfRank(std::size_t size);
    std::string madeUpWord(std::size_t rank);
    std::string fillerSentence();

    Ticket makeTicket(int index, std::int64_t nowMs, const std::vector<Uuid>& agents);
    std::optional<std::int64_t> slaDue(const Ticket& ticket);
    void addComments(const Ticket& ticket, const std::vector<Uuid>& agents, std::vector<Comment>& out);
    KbArticle makeArticle(std::int64_t nowMs, const std::vector<Uuid>& agents);

    std::mt19937_64 m_engine;
    StdRandomSource m_idRandom;
};

} // namespace hss::bench
