// SPDX-License-Identifier: MIT
#include "UserDirectoryRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include "Transaction.h"

namespace hss::client {

UserDirectoryRepository::UserDirectoryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<StoreError> UserDirectoryRepository::replaceAll(const std::vector<DirectoryPerson>& people)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM users"))) {
        return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
    }
    query.prepare(QStringLiteral("INSERT INTO users (id, username, payload) VALUES (?, ?, ?)"));
    for (const DirectoryPerson& person : people) {
        query.addBindValue(QString::fromStdString(person.id.toString()));
        query.addBindValue(person.username);
        query.addBindValue(QString::fromStdString(toJson(person).dump()));
        if (!query.exec()) {
            return StoreError {StoreError::Code::QueryFailed, query.lastError().text()};
        }
    }
    return transaction.commit();
}

std::vector<DirectoryPerson> UserDirectoryRepository::all() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    std::vector<DirectoryPerson> people;
    if (!query.exec(QStringLiteral("SELECT payload FROM users ORDER BY username"))) {
        return people;
    }
    while (query.next()) {
        const auto json = nlohmann::json::parse(query.value(0).toString().toStdString(), nullptr, false);
        if (auto person = directoryPersonFromJson(json)) {
            people.push_back(std::move(*person));
        }
    }
    return people;
}

} // namespace hss::client
