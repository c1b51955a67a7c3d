// SPDX-License-Identifier: MIT
#include "KbRepository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

#include "ValueConversions.h"

namespace hss::client {

namespace {

constexpr double titleWeight = 3.0;
constexpr double bodyWeight = 1.0;

const QString articleColumns = QStringLiteral("id, title, body, category, content_type, status, language, version,"
                                              " video_url, helpful_votes, not_helpful_votes, author_id, updated_at,"
                                              " edited_by, translation_of, source_version");

const QString summaryColumns = QStringLiteral("id, title, category, content_type, status, version, updated_at,"
                                              " helpful_votes, not_helpful_votes");

KbArticleSummary summaryFrom(const QSqlQuery& query)
{
    KbArticleSummary s;
    s.id = uuidFrom(query.value(0));
    s.title = query.value(1).toString();
    s.category = kbCategoryFromString(toStdString(query.value(2))).valueOr(KbCategory::GettingStarted);
    s.contentType = kbContentTypeFromString(toStdString(query.value(3))).valueOr(KbContentType::Article);
    s.status = articleStatusFromString(toStdString(query.value(4))).valueOr(ArticleStatus::Draft);
    s.version = query.value(5).toInt();
    s.updatedAt = query.value(6).toLongLong();
    s.helpfulVotes = query.value(7).toLongLong();
    s.notHelpfulVotes = query.value(8).toLongLong();
    return s;
}

Error voteFailure(const StoreError& error)
{
    return Error {ErrorCode::Internal, "", "the local store refused the vote: " + error.message.toStdString()};
}

} // namespace

KbRepository::KbRepository(QSqlDatabase db)
    : m_db(db)
    , m_statements(std::move(db))
{ }

QString KbRepository::matchExpression(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList words;
    auto it = word.globalMatch(text.toLower());
    while (it.hasNext()) {
        words << it.next().captured(0);
    }
    if (words.isEmpty()) {
        return {};
    }
    words.last() += QLatin1Char('*');
    return words.join(QLatin1Char(' '));
}

std::optional<StoreError> KbRepository::upsert(const KbArticle& a)
{
    const QVariantList values {toQString(a.title),
                               toQString(a.body),
                               toQString(toString(a.category)),
                               toQString(toString(a.contentType)),
                               toQString(toString(a.status)),
                               toQString(a.language),
                               a.version,
                               toVariant(a.videoUrl),
                               static_cast<qint64>(a.helpfulVotes),
                               static_cast<qint64>(a.notHelpfulVotes),
                               toQString(a.authorId.toString()),
                               static_cast<qint64>(a.updatedAt),
                               toVariant(a.editedBy),
                               toVariant(a.translationOf),
                               a.sourceVersion ? QVariant(*a.sourceVersion) : QVariant(),
                               toQString(a.id.toString())};
    // Versions only move forward: a pull page read before an edit this console already stored (its answer from
    // the server) must not put the older text back.
    QVariantList guarded = values;
    guarded.append(a.version);
    QSqlQuery* updated = nullptr;
    if (auto error = m_statements.run(
            QStringLiteral("UPDATE kb_articles SET title = ?, body = ?, category = ?, content_type = ?, status = ?,"
                           " language = ?, version = ?, video_url = ?, helpful_votes = ?, not_helpful_votes = ?,"
                           " author_id = ?, updated_at = ?, edited_by = ?, translation_of = ?, source_version = ?"
                           " WHERE id = ? AND version <= ?"),
            guarded, &updated)) {
        return error;
    }
    if (updated->numRowsAffected() == 0) {
        QSqlQuery* existing = nullptr;
        if (auto error = m_statements.run(QStringLiteral("SELECT 1 FROM kb_articles WHERE id = ?"),
                                          {toQString(a.id.toString())}, &existing)) {
            return error;
        }
        const bool newerStored = existing->next();
        existing->finish();
        if (newerStored) {
            return std::nullopt;
        }
        if (auto error = m_statements.run(
                QStringLiteral("INSERT INTO kb_articles (title, body, category, content_type, status, language,"
                               " version, video_url, helpful_votes, not_helpful_votes, author_id, updated_at,"
                               " edited_by, translation_of, source_version, id)"
                               " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                values)) {
            return error;
        }
    }
    return m_statements.run(
        QStringLiteral("INSERT OR IGNORE INTO kb_article_versions (article_id, version, title, body, changed_by,"
                       " changed_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {toQString(a.id.toString()), a.version, toQString(a.title), toQString(a.body),
         toQString(a.editedBy.value_or(a.authorId).toString()), static_cast<qint64>(a.updatedAt)});
}

std::optional<KbArticle> KbRepository::find(const Uuid& id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM kb_articles WHERE id = ?").arg(articleColumns));
    query.addBindValue(toQString(id.toString()));
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    KbArticle a;
    a.id = uuidFrom(query.value(0));
    a.title = toStdString(query.value(1));
    a.body = toStdString(query.value(2));
    a.category = kbCategoryFromString(toStdString(query.value(3))).valueOr(KbCategory::GettingStarted);
    a.contentType = kbContentTypeFromString(toStdString(query.value(4))).valueOr(KbContentType::Article);
    a.status = articleStatusFromString(toStdString(query.value(5))).valueOr(ArticleStatus::Draft);
    a.language = toStdString(query.value(6));
    a.version = query.value(7).toInt();
    a.videoUrl = optionalText(query.value(8));
    a.helpfulVotes = query.value(9).toLongLong();
    a.notHelpfulVotes = query.value(10).toLongLong();
    a.authorId = uuidFrom(query.value(11));
    a.updatedAt = query.value(12).toLongLong();
    a.editedBy = optionalUuid(query.value(13));
    a.translationOf = optionalUuid(query.value(14));
    if (a.translationOf && !query.value(15).isNull()) {
        a.sourceVersion = query.value(15).toInt();
    } else {
        a.translationOf.reset(); // the two go together (hss::validate)
    }
    return a;
}

std::vector<KbSearchHit> KbRepository::search(const QString& text, int limit) const
{
    std::vector<KbSearchHit> hits;
    const QString match = matchExpression(text);
    if (match.isEmpty()) {
        return hits;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Rank every match from the index alone, keep the best few, and only then build snippets and read the
    // articles: doing that for every match first made common words slow.
    query.prepare(QStringLiteral("SELECT a.id, a.title, snippet(kb_fts, '[', ']', '…', -1, 12), best.score FROM kb_fts"
                                 " JOIN (SELECT docid, hss_rank(matchinfo(kb_fts, 'pcnx'), ?, ?) AS score FROM kb_fts"
                                 " WHERE kb_fts MATCH ? ORDER BY score DESC LIMIT ?) AS best"
                                 " ON best.docid = kb_fts.docid"
                                 " CROSS JOIN kb_articles a ON a.rowid = kb_fts.docid"
                                 " WHERE kb_fts MATCH ? ORDER BY best.score DESC"));
    query.addBindValue(titleWeight);
    query.addBindValue(bodyWeight);
    query.addBindValue(match);
    query.addBindValue(limit);
    query.addBindValue(match);
    if (!query.exec()) {
        return hits;
    }
    while (query.next()) {
        hits.push_back({uuidFrom(query.value(0)), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toDouble()});
    }
    return hits;
}

std::vector<int> KbRepository::versions(const Uuid& id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT version FROM kb_article_versions WHERE article_id = ? ORDER BY version DESC"));
    query.addBindValue(toQString(id.toString()));
    std::vector<int> result;
    if (query.exec()) {
        while (query.next()) {
            result.push_back(query.value(0).toInt());
        }
    }
    return result;
}

std::optional<KbVersionText> KbRepository::versionText(const Uuid& id, int version) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT version, title, body, changed_at, changed_by, note FROM kb_article_versions"
                                 " WHERE article_id = ? AND version = ?"));
    query.addBindValue(toQString(id.toString()));
    query.addBindValue(version);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return KbVersionText {query.value(0).toInt(),      query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toLongLong(), query.value(4).toString(), query.value(5).toString()};
}

std::optional<StoreError> KbRepository::storeVersions(const Uuid& id, const std::vector<KbVersionText>& versions)
{
    for (const KbVersionText& v : versions) {
        if (auto error = m_statements.run(
                QStringLiteral("INSERT OR REPLACE INTO kb_article_versions (article_id, version, title, body,"
                               " changed_by, changed_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {toQString(id.toString()), v.version, v.title, v.body, v.changedBy, v.changedAt, v.note})) {
            return error;
        }
    }
    return std::nullopt;
}

std::vector<KbTranslationSummary> KbRepository::translationsOf(const Uuid& sourceId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, language, title, status, version, source_version FROM kb_articles"
                                 " WHERE translation_of = ? ORDER BY language"));
    query.addBindValue(toQString(sourceId.toString()));
    std::vector<KbTranslationSummary> result;
    if (query.exec()) {
        while (query.next()) {
            result.push_back({uuidFrom(query.value(0)), query.value(1).toString(), query.value(2).toString(),
                              articleStatusFromString(toStdString(query.value(3))).valueOr(ArticleStatus::Draft),
                              query.value(4).toInt(), query.value(5).toInt()});
        }
    }
    return result;
}

std::vector<KbArticleSummary> KbRepository::byCategory(KbCategory category, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM kb_articles WHERE category = ? ORDER BY title COLLATE NOCASE LIMIT ?")
                      .arg(summaryColumns));
    query.addBindValue(toQString(toString(category)));
    query.addBindValue(limit);
    std::vector<KbArticleSummary> result;
    if (query.exec()) {
        while (query.next()) {
            result.push_back(summaryFrom(query));
        }
    }
    return result;
}

std::optional<KbArticleSummary> KbRepository::summary(const Uuid& id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM kb_articles WHERE id = ?").arg(summaryColumns));
    query.addBindValue(toQString(id.toString()));
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return summaryFrom(query);
}

std::map<KbCategory, int> KbRepository::categoryCounts() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    std::map<KbCategory, int> counts;
    if (!query.exec(QStringLiteral("SELECT category, COUNT(*) FROM kb_articles GROUP BY category"))) {
        return counts;
    }
    while (query.next()) {
        if (auto category = kbCategoryFromString(toStdString(query.value(0)))) {
            counts[category.value()] += query.value(1).toInt();
        }
    }
    return counts;
}

std::optional<bool> KbRepository::ownVote(const Uuid& articleId, const Uuid& userId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT helpful FROM kb_votes WHERE article_id = ? AND user_id = ?"));
    query.addBindValue(toQString(articleId.toString()));
    query.addBindValue(toQString(userId.toString()));
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toInt() != 0;
}

Result<KbArticle> KbRepository::recordVote(const Uuid& articleId, const Uuid& userId, bool helpful, qint64 nowMs)
{
    auto article = find(articleId);
    if (!article) {
        return Error {ErrorCode::NotFound, "article_id", "no such article in the local store"};
    }
    const std::optional<bool> previous = ownVote(articleId, userId);
    if (previous == helpful) {
        return *article;
    }
    // The same bookkeeping as the server's KbRepository::vote: a first vote adds one, a change of mind moves one.
    (helpful ? article->helpfulVotes : article->notHelpfulVotes) += 1;
    if (previous) {
        auto& moved = *previous ? article->helpfulVotes : article->notHelpfulVotes;
        moved = std::max<std::int64_t>(0, moved - 1);
    }
    if (auto error =
            m_statements.run(QStringLiteral("INSERT OR REPLACE INTO kb_votes (article_id, user_id, helpful, voted_at)"
                                            " VALUES (?, ?, ?, ?)"),
                             {toQString(articleId.toString()), toQString(userId.toString()), helpful ? 1 : 0, nowMs})) {
        return voteFailure(*error);
    }
    if (auto error = m_statements.run(
            QStringLiteral("UPDATE kb_articles SET helpful_votes = ?, not_helpful_votes = ? WHERE id = ?"),
            {static_cast<qint64>(article->helpfulVotes), static_cast<qint64>(article->notHelpfulVotes),
             toQString(articleId.toString())})) {
        return voteFailure(*error);
    }
    return *article;
}

std::optional<StoreError> KbRepository::remove(const Uuid& id)
{
    return m_statements.run(QStringLiteral("DELETE FROM kb_articles WHERE id = ?"), {toQString(id.toString())});
}

} // namespace hss::client
