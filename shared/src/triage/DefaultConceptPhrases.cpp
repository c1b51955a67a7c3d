// SPDX-License-Identifier: MIT
#include <array>

#include "DefaultPhraseRows.h"

namespace hss::triage::detail {

namespace {

using namespace rows;

// Rules over synonym groups (SynonymGroups.cpp) rather than exact wordings: an idea near another idea ("a harm
// word within six words of a patient word") carries over to text the literal phrases were not written for.
constexpr auto table = std::to_array<PhraseRow>({
    // Patient safety.
    {"@patient ~ @harm", ps, med, "", 10},
    {"@wrong ~ @medication", ps, med, "", 8},
    {"@give ~ @wrong", ps, med, "", 6},
    {"@give ~ @medication", ps, med, "", 3},
    {"@medication ~ @patient", ps, med, "", 2},
    {"@wrong @patient", ps, med, "", 10},
    {"@wrong ~ @patient", ps, med, "", 6},
    {"@other @patient", ps, med, "", 4},
    {"@alert ~ @silent", ps, med, "", 10},
    {"@alert ~ not @fire", ps, med, "", 8},
    {"@alert ~ never @fire", ps, med, "", 8},
    {"@alert ~ no longer", ps, med, "", 8},
    {"nobody was @alert", ps, med, "", 6},
    {"@finding ~ @misread", ps, med, "", 6},
    {"@harm", ps, med, "", 3},
    {"@clinician ~ @rely", ps, med, "", 4},
    {"@rely & @wrong", ps, med, "", 4},
    {"@wrong & @medication", ps, med, "", 4},
    {"@harm & @patient", ps, med, "", 5},
    {"@multiple & @medication", ps, med, "", 4},
    {"@medication ~ instead", ps, med, "", 6},
    {"adult @medication", ps, med, "", 6},
    {"filed ~ @wrong", ps, med, "", 6},
    {"@wrong chart", ps, med, "", 10},
    {"@give ~ @harm", ps, med, "", 6},
    {"@multiple ~ @medication", ps, med, "", 6},
    // System downtime.
    {"@system ~ @down", sd, tech, critical, 6},
    {"@down ~ @everyone", sd, tech, critical, 5},
    {"@unable ~ @everyone", sd, tech, critical, 5},
    {"@everyone ~ @unable", sd, tech, critical, 5},
    {"@fallback", sd, tech, critical, 3},
    {"@everyone * @unit", sd, tech, "", 4},
    {"no @data * @fire", sd, tech, "", 5},
    {"by phone", sd, "", "", 3},
    {"@system ~ not @work", sd, tech, critical, 6},
    {"@system ~ stopped @work", sd, tech, critical, 6},
    {"@unable", sd, "", "", 3},
    {"@system & @down", sd, tech, "", 4},
    {"@down & @everyone", sd, tech, "", 4},
    {"no * can be", sd, "", "", 4},
    {"completely out", sd, tech, critical, 6},
    {"@system ~ not @fire", sd, tech, "", 3},
    // Data breach.
    {"@data ~ @expose", db, sec, "", 6},
    {"@expose ~ @outside", db, sec, "", 5},
    {"@wrong @recipient", db, sec, "", 8},
    {"@other ~ @data", db, sec, "", 6},
    {"@see ~ @other", db, sec, "", 7},
    {"@media ~ @lost", db, sec, "", 8},
    {"@unauthorized ~ @access", db, sec, "", 10},
    {"@attack", db, sec, "", 10},
    {"anyone with the link", db, sec, "", 8},
    {"without * involved in", db, sec, "", 8},
    {"@patient ~ @data", db, "", "", 2},
    {"@data & @expose", db, sec, "", 4},
    {"@expose & @outside", db, sec, "", 4},
    // Compliance violation.
    {"@violate ~ @rule", cv, sec, "", 10},
    {"without ~ @rule", cv, sec, "", 10},
    {"against the * @rule", cv, sec, "", 8},
    {"expired ~ license", cv, sec, "", 6},
    {"no @rule", cv, sec, "", 6},
    {"@rule ~ not * @undone", cv, sec, "", 8},
    {"nobody * @undone", cv, "", "", 5},
    {"@rule", cv, "", "", 2},
    {"@erase ~ @rule", cv, sec, "", 5},
    {"in breach of", cv, sec, "", 10},
    {"breach @privacylaw", cv, sec, "", 8},
    {"although * @rule", cv, sec, "", 6},
    {"despite * @rule", cv, sec, "", 6},
    {"not * @undone", cv, "", "", 4},
    {"@rule & not * @undone", cv, sec, "", 5},
    {"@violate & @rule", cv, sec, "", 6},
    {"going on since", any, "", "", 3},
    // Any emergency: the writer's own urgency corroborates.
    {"@urgent", any, "", "", 2},
    // Evidence against: test systems, fixed problems, planned work, hypotheticals.
    {"@testing @testobject", any, "", low, -10},
    {"only a @testing", any, "", low, -10},
    {"just a @testing", any, "", low, -10},
    {"@already * @resolved", any, "", "", -8},
    {"came back", any, "", "", -8},
    {"back online", any, "", "", -8},
    {"working again", any, "", "", -8},
    {"work now", any, "", "", -8},
    {"@planned @pause", any, "", low, -10},
    {"last year", any, "", "", -6},
    {"since last", any, "", "", 6},
    {"no current issue", any, "", low, -10},
    {"no issue known", any, "", low, -10},
    {"for information", any, "", low, -8},
    {"is intended", any, "", "", -8},
    {"is it true", any, "", low, -6},
    {"asks whether", any, "", low, -8},
    {"what happens", any, "", low, -6},
    {"annual report", any, "", low, -6},
    {"caught it", ps, "", "", -6},
    {"not a reportable", any, "", "", -8},
    {"@testing @attack", any, "", low, -10},
    {"is over", any, "", "", -8},
    {"cosmetic", any, "", low, -8},
    {"root cause analysis", any, "", "", -6},
    {"yesterday", any, "", "", -4},
    {"since yesterday", any, "", "", 4},
    {"no @patient * @harm", ps, "", "", -8},
    {"nobody * @harm", ps, "", "", -8},
    {"without @harm", ps, "", "", -8},
    {"could you add", any, "", low, -8},
    {"can you add", any, "", low, -8},
    {"would * @violate", cv, "", "", -10},
    {"scenario", any, "", "", -6},
    {"too many @alert", ps, "", high, -8},
    {"@alert ~ too often", ps, "", high, -8},
    {"ignore it", ps, "", "", -6},
    {"be tuned", any, "", "", -6},
});

} // namespace

std::span<const PhraseRow> conceptPhraseRows()
{
    return table;
}

} // namespace hss::triage::detail
