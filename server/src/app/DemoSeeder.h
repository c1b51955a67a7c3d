// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "hss/Role.h"
#include "hss/Uuid.h"

namespace hss {
class Clock;
struct Ticket;
} // namespace hss

namespace hss::server {

class Database;
class FieldCipher;
class PasswordHasher;

/// A user the seeder created.
struct SeededUser
{
    Uuid id;
    std::string username;
    std::set<Role> roles;
    std::vector<std::string> teams;
};

/// Fills an empty server with a realistic demo data set: a user of every role (passwords and the admin's TOTP
/// secret printed once to out), 240 tickets across every priority, category, status and channel with comments,
/// 59 KB articles (every workflow state, version histories, translations), 10 courses with modules, enrolments,
/// certificates and feedback (with clinicians' safety outcomes on the clinical tickets), and six months of usage
/// figures. Does nothing when the server already has users, so the demo can be started again without duplicates.
class DemoSeeder final
{
public:
    DemoSeeder(Database& database, const FieldCipher& cipher, const PasswordHasher& passwords, const Clock& clock);

    /// Returns false (after a message on out) when the server already holds data.
    bool seed(std::ostream& out);

private:
    /// Returns the tickets it stored.
    std::vector<Ticket> seedTickets(const std::vector<SeededUser>& staff);
    void seedKnowledgeBase(const SeededUser& author);
    void seedTraining(const std::vector<SeededUser>& learners);
    void seedFeedback(const std::vector<SeededUser>& authors, const std::vector<Ticket>& finished);
    void seedSafetyReports(const std::vector<SeededUser>& staff, const std::vector<Ticket>& clinical);
    void seedUsageFigures(const std::vector<SeededUser>& staff);

    Database& m_database;
    const FieldCipher& m_cipher;
    const PasswordHasher& m_passwords;
    const Clock& m_clock;
};

} // namespace hss::server
