// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <optional>
#include <vector>

#include "BenchmarkOptions.h"
#include "PlainStore.h"
#include "QueryTiming.h"
#include "WorkloadGenerator.h"
#include "core/security/WrappedKeyFile.h"
#include "storage/LocalStore.h"

class QTextStream;

namespace hss::bench {

/// One run of the console store benchmark (issue 3): fills an encrypted LocalStore and a plain-SQLite twin with the
/// same workload, then times opening and the console's reads on both, interleaved so that the noise of a shared
/// machine hits both alike. Results go to \a out as Markdown; progress goes to \a log.
class StoreBenchmarkRun final
{
public:
    StoreBenchmarkRun(BenchmarkOptions options, QTextStream& out, QTextStream& log);

    /// Runs every phase. Returns the process exit code: 0 when everything ran (targets missed or not), 1 when the
    /// benchmark itself could not run.
    int run();

private:
    struct Verdict
    {
        QString target;
        QString measured;
        bool met;
    };

    bool prepare();
    bool openStores(client::LocalStore::OpenMode mode);
    bool checkReusedStores();
    void applyCacheSize();
    void printSetup();
    bool bulkInsert();
    bool checkFiles();
    bool measureOpens();
    bool measureQueries();
    bool measureProposals();
    void printVerdicts();
    void progress(const QString& text);

    BenchmarkOptions m_options;
    QTextStream& m_out;
    QTextStream& m_log;
    QElapsedTimer m_elapsed;
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_encryptedPath;
    QString m_plainPath;
    std::optional<client::WrappedKeyFile> m_keyFile;
    Workload m_workload;
    client::LocalStore m_encrypted;
    PlainStore m_plain;
    QString m_plainEngine;
    QHash<QString, CaseTiming> m_current; ///< production timings by case name, for the proposals
    std::vector<Verdict> m_verdicts;
};

} // namespace hss::bench
