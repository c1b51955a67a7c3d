// SPDX-License-Identifier: MIT
#include <QtTest>
#include <memory>

#include "core/security/WrappedKeyFile.h"

using hss::client::KdfParameters;
using hss::client::KeyError;
using hss::client::KeyResult;
using hss::client::SecureBytes;
using hss::client::WrappedKeyFile;
using hss::client::WrappedKeyRecord;

namespace {

// Argon2id's smallest cost keeps the suite fast; one test runs the recommended parameters.
const KdfParameters fastKdf {1, 8192};
const QString aliceContext = QStringLiteral("user=alice;server=https://host:8443");

template <class T>
QString outcome(const KeyResult<T>& result)
{
    return result.ok() ? QStringLiteral("ok") : hss::client::keyErrorName(result.error());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

void fixChecksum(QByteArray& bytes)
{
    const QByteArray sum = WrappedKeyRecord::checksum(QByteArrayView(bytes).first(WrappedKeyRecord::checksumOffset));
    bytes.replace(WrappedKeyRecord::checksumOffset, WrappedKeyRecord::checksumSize, sum);
}

} // namespace

class TestWrappedKeyFile final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createThenUnlockRoundTrip();
    void recommendedParametersUnlockTime();
    void wrongPasswordIsRefused();
    void wrongContext_data();
    void wrongContext();
    void missingFile();
    void directoryIsUnreadable();
    void tamperedByte_data();
    void tamperedByte();
    void wrongLength_data();
    void wrongLength();
    void parametersBeyondMaximum_data();
    void parametersBeyondMaximum();
    void changePasswordKeepsDataKey();
    void failedChangePasswordLeavesFileIdentical();
    void createRefusesToOverwrite();
    void createRefusesEmptyPassword();
    void createFailsInMissingDirectory();
    void removeDeletesFile();
    void rewrapReplacesDataKey();
    void rewrapChecksPasswordAndKeySize();
    void kekUnlocksWithoutPassword();
    void contextForKeepsPairsApart_data();
    void contextForKeepsPairsApart();

private:
    WrappedKeyFile keyFile(const QString& context = aliceContext) const
    {
        return WrappedKeyFile(m_path, context, fastKdf);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestWrappedKeyFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("console.key"));
}

void TestWrappedKeyFile::cleanup()
{
    m_dir.reset();
}

void TestWrappedKeyFile::createThenUnlockRoundTrip()
{
    auto created = keyFile().create(QStringLiteral("pässwörd \U0001F511"));
    QCOMPARE(outcome(created), QStringLiteral("ok"));
    QCOMPARE(created.value().size(), WrappedKeyFile::keySize);
    QCOMPARE(QFileInfo(m_path).size(), qint64 {WrappedKeyRecord::fileSize});
    QCOMPARE(QFile::permissions(m_path) & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);

    auto unlocked = keyFile().unlock(SecureBytes::fromUtf8(QStringLiteral("pässwörd \U0001F511")));
    QCOMPARE(outcome(unlocked), QStringLiteral("ok"));
    QVERIFY(unlocked.value() == created.value());
    QCOMPARE(unlocked.value().toHex().size(), std::size_t {64});

    const auto record = WrappedKeyRecord::parse(readAll(m_path));
    QVERIFY(record.ok());
    QVERIFY(record.value().kdf == fastKdf);
}

void TestWrappedKeyFile::recommendedParametersUnlockTime()
{
    const WrappedKeyFile file(m_path, aliceContext);
    auto created = file.create(QStringLiteral("correct horse"));
    QCOMPARE(outcome(created), QStringLiteral("ok"));
    QVERIFY(WrappedKeyRecord::parse(readAll(m_path)).value().kdf == KdfParameters::recommended());
    QElapsedTimer timer;
    timer.start();
    auto unlocked = file.unlock(QStringLiteral("correct horse"));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(outcome(unlocked), QStringLiteral("ok"));
    QVERIFY(unlocked.value() == created.value());
    qInfo("unlock with Argon2id t=3, m=64 MiB took %lld ms", elapsed);
}

void TestWrappedKeyFile::wrongPasswordIsRefused()
{
    QVERIFY(keyFile().create(QStringLiteral("right")).ok());
    QCOMPARE(outcome(keyFile().unlock(QStringLiteral("wrong"))), QStringLiteral("wrong_password"));
    QCOMPARE(outcome(keyFile().unlock(QString())), QStringLiteral("wrong_password"));
}

void TestWrappedKeyFile::wrongContext_data()
{
    QTest::addColumn<QString>("context");
    QTest::newRow("another user on the same server") << QStringLiteral("user=bob;server=https://host:8443");
    QTest::newRow("same user on another server") << QStringLiteral("user=alice;server=https://other:8443");
    QTest::newRow("no context") << QString();
}

void TestWrappedKeyFile::wrongContext()
{
    QFETCH(QString, context);
    QVERIFY(keyFile().create(QStringLiteral("secret")).ok());
    QCOMPARE(outcome(keyFile(context).unlock(QStringLiteral("secret"))), QStringLiteral("wrong_password"));
}

void TestWrappedKeyFile::missingFile()
{
    QCOMPARE(outcome(keyFile().unlock(QStringLiteral("secret"))), QStringLiteral("missing"));
    QVERIFY(!keyFile().exists());
}

void TestWrappedKeyFile::directoryIsUnreadable()
{
    QVERIFY(QDir().mkpath(m_path));
    QCOMPARE(outcome(keyFile().unlock(QStringLiteral("secret"))), QStringLiteral("unreadable"));
}

void TestWrappedKeyFile::tamperedByte_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("recomputeChecksum");
    QTest::addColumn<KeyError>("expected");
    // Flipping a byte alone always breaks the checksum; recomputing it shows what the next check catches.
    const struct
    {
        const char* region;
        int offset;
        KeyError afterRecompute;
    } regions[] = {
        {"magic", 0, KeyError::Damaged},
        {"version", 7, KeyError::Damaged},
        {"opslimit", 8, KeyError::WrongPassword},
        {"memlimit low byte", 16, KeyError::WrongPassword},
        {"memlimit high byte", 23, KeyError::Damaged},
        {"salt", 24, KeyError::WrongPassword},
        {"nonce", 40, KeyError::WrongPassword},
        {"ciphertext", 64, KeyError::WrongPassword},
        {"tag", 100, KeyError::WrongPassword},
    };
    for (const auto& region : regions) {
        QTest::addRow("%s", region.region) << region.offset << false << KeyError::Damaged;
        QTest::addRow("%s, checksum recomputed", region.region) << region.offset << true << region.afterRecompute;
    }
    QTest::newRow("checksum") << 112 << false << KeyError::Damaged;
    QTest::newRow("checksum last byte") << 143 << false << KeyError::Damaged;
}

void TestWrappedKeyFile::tamperedByte()
{
    QFETCH(int, offset);
    QFETCH(bool, recomputeChecksum);
    QFETCH(KeyError, expected);
    QVERIFY(keyFile().create(QStringLiteral("secret")).ok());
    QByteArray bytes = readAll(m_path);
    bytes[offset] = static_cast<char>(bytes[offset] ^ 0x02);
    if (recomputeChecksum) {
        fixChecksum(bytes);
    }
    writeAll(m_path, bytes);

    QCOMPARE(outcome(keyFile().unlock(QStringLiteral("secret"))), hss::client::keyErrorName(expected));
    QCOMPARE(readAll(m_path), bytes); // a failed unlock never touches the file
}

void TestWrappedKeyFile::wrongLength_data()
{
    QTest::addColumn<int>("length");
    QTest::newRow("empty file") << 0;
    QTest::newRow("cut inside the magic") << 5;
    QTest::newRow("magic and version only") << 8;
    QTest::newRow("header only") << 64;
    QTest::newRow("checksum missing its last byte") << 143;
    QTest::newRow("one byte appended") << 145;
}

void TestWrappedKeyFile::wrongLength()
{
    QFETCH(int, length);
    QVERIFY(keyFile().create(QStringLiteral("secret")).ok());
    QByteArray bytes = readAll(m_path);
    bytes.resize(length, '\0');
    writeAll(m_path, bytes);
    QCOMPARE(outcome(keyFile().unlock(QStringLiteral("secret"))), QStringLiteral("damaged"));
    QCOMPARE(readAll(m_path), bytes);
}

void TestWrappedKeyFile::parametersBeyondMaximum_data()
{
    QTest::addColumn<quint64>("opsLimit");
    QTest::addColumn<quint64>("memLimit");
    QTest::newRow("1 TiB of memory") << quint64 {1} << (quint64 {1} << 40);
    QTest::newRow("one byte over 1 GiB") << quint64 {1} << (quint64 {1} << 30) + 1;
    QTest::newRow("four billion passes") << (quint64 {1} << 32) << quint64 {8192};
    QTest::newRow("17 passes") << quint64 {17} << quint64 {8192};
    QTest::newRow("zero passes") << quint64 {0} << quint64 {8192};
    QTest::newRow("below Argon2id's minimum memory") << quint64 {1} << quint64 {1024};
}

void TestWrappedKeyFile::parametersBeyondMaximum()
{
    QFETCH(quint64, opsLimit);
    QFETCH(quint64, memLimit);
    QVERIFY(keyFile().create(QStringLiteral("secret")).ok());
    QByteArray bytes = readAll(m_path);
    qToLittleEndian(opsLimit, bytes.data() + 8);
    qToLittleEndian(memLimit, bytes.data() + 16);
    fixChecksum(bytes);
    writeAll(m_path, bytes);

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(outcome(keyFile().unlock(QStringLiteral("secret"))), QStringLiteral("damaged"));
    QVERIFY2(timer.elapsed() < 1000, "refused before running Argon2id");
}

void TestWrappedKeyFile::changePasswordKeepsDataKey()
{
    auto dataKey = keyFile().create(QStringLiteral("old"));
    QVERIFY(dataKey.ok());
    auto oldKek = keyFile().deriveKek(QStringLiteral("old"));
    QVERIFY(oldKek.ok());
    const QByteArray before = readAll(m_path);

    QCOMPARE(outcome(keyFile().changePassword(QStringLiteral("old"), QStringLiteral("new"))), QStringLiteral("ok"));
    const QByteArray after = readAll(m_path);
    QVERIFY(after.mid(24, 40) != before.mid(24, 40)); // fresh salt and nonce
    QCOMPARE(outcome(keyFile().unlock(QStringLiteral("old"))), QStringLiteral("wrong_password"));
    auto unlocked = keyFile().unlock(QStringLiteral("new"));
    QCOMPARE(outcome(unlocked), QStringLiteral("ok"));
    QVERIFY(unlocked.value() == dataKey.value());
    QCOMPARE(outcome(keyFile().unlockWithKek(oldKek.value())), QStringLiteral("wrong_password"));
}

void TestWrappedKeyFile::failedChangePasswordLeavesFileIdentical()
{
    QVERIFY(keyFile().create(QStringLiteral("old")).ok());
    const QByteArray before = readAll(m_path);
    QCOMPARE(outcome(keyFile().changePassword(QStringLiteral("typo"), QStringLiteral("new"))),
             QStringLiteral("wrong_password"));
    QCOMPARE(outcome(keyFile().changePassword(QStringLiteral("old"), QString())), QStringLiteral("invalid_argument"));
    QCOMPARE(readAll(m_path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("console.key")});
}

void TestWrappedKeyFile::createRefusesToOverwrite()
{
    QVERIFY(keyFile().create(QStringLiteral("first")).ok());
    const QByteArray before = readAll(m_path);
    QCOMPARE(outcome(keyFile().create(QStringLiteral("second"))), QStringLiteral("already_exists"));
    QCOMPARE(readAll(m_path), before);
    QVERIFY(keyFile().unlock(QStringLiteral("first")).ok());
}

void TestWrappedKeyFile::createRefusesEmptyPassword()
{
    QCOMPARE(outcome(keyFile().create(QString())), QStringLiteral("invalid_argument"));
    QVERIFY(!QFile::exists(m_path));
}

void TestWrappedKeyFile::createFailsInMissingDirectory()
{
    const WrappedKeyFile file(m_dir->filePath(QStringLiteral("no/such/dir/console.key")), aliceContext, fastKdf);
    QCOMPARE(outcome(file.create(QStringLiteral("secret"))), QStringLiteral("write_failed"));
}

void TestWrappedKeyFile::removeDeletesFile()
{
    QVERIFY(keyFile().create(QStringLiteral("secret")).ok());
    QCOMPARE(outcome(keyFile().remove()), QStringLiteral("ok"));
    QVERIFY(!QFile::exists(m_path));
    QCOMPARE(outcome(keyFile().unlock(QStringLiteral("secret"))), QStringLiteral("missing"));
    QCOMPARE(outcome(keyFile().remove()), QStringLiteral("ok")); // nothing left to remove is fine
}

void TestWrappedKeyFile::rewrapReplacesDataKey()
{
    auto oldKey = keyFile().create(QStringLiteral("secret"));
    QVERIFY(oldKey.ok());
    auto kek = keyFile().deriveKek(QStringLiteral("secret"));
    QVERIFY(kek.ok());

    const SecureBytes newKey = SecureBytes::random(WrappedKeyFile::keySize);
    QCOMPARE(outcome(keyFile().rewrap(newKey, QStringLiteral("secret"))), QStringLiteral("ok"));
    auto unlocked = keyFile().unlock(QStringLiteral("secret"));
    QCOMPARE(outcome(unlocked), QStringLiteral("ok"));
    QVERIFY(unlocked.value() == newKey);
    QVERIFY(!(unlocked.value() == oldKey.value()));

    // The salt is kept, so a remembered KEK still opens the file and can authorise the next rewrap.
    const SecureBytes thirdKey = SecureBytes::random(WrappedKeyFile::keySize);
    QCOMPARE(outcome(keyFile().rewrapWithKek(thirdKey, kek.value())), QStringLiteral("ok"));
    auto viaKek = keyFile().unlockWithKek(kek.value());
    QCOMPARE(outcome(viaKek), QStringLiteral("ok"));
    QVERIFY(viaKek.value() == thirdKey);
}

void TestWrappedKeyFile::rewrapChecksPasswordAndKeySize()
{
    QVERIFY(keyFile().create(QStringLiteral("secret")).ok());
    const QByteArray before = readAll(m_path);
    const SecureBytes newKey = SecureBytes::random(WrappedKeyFile::keySize);
    QCOMPARE(outcome(keyFile().rewrap(newKey, QStringLiteral("typo"))), QStringLiteral("wrong_password"));
    QCOMPARE(outcome(keyFile().rewrap(SecureBytes::random(16), QStringLiteral("secret"))),
             QStringLiteral("invalid_argument"));
    QCOMPARE(outcome(keyFile().rewrapWithKek(newKey, SecureBytes::random(WrappedKeyFile::keySize))),
             QStringLiteral("wrong_password"));
    QCOMPARE(readAll(m_path), before);
}

void TestWrappedKeyFile::kekUnlocksWithoutPassword()
{
    auto dataKey = keyFile().create(QStringLiteral("secret"));
    QVERIFY(dataKey.ok());
    auto kek = keyFile().deriveKek(QStringLiteral("secret"));
    QCOMPARE(outcome(kek), QStringLiteral("ok"));
    QCOMPARE(kek.value().size(), WrappedKeyFile::keySize);
    auto unlocked = keyFile().unlockWithKek(kek.value());
    QCOMPARE(outcome(unlocked), QStringLiteral("ok"));
    QVERIFY(unlocked.value() == dataKey.value());

    QCOMPARE(outcome(keyFile().deriveKek(QStringLiteral("wrong"))), QStringLiteral("wrong_password"));
    QCOMPARE(outcome(keyFile().unlockWithKek(SecureBytes::random(16))), QStringLiteral("invalid_argument"));
    QCOMPARE(outcome(keyFile(QStringLiteral("user=bob")).unlockWithKek(kek.value())), QStringLiteral("wrong_password"));
}

void TestWrappedKeyFile::contextForKeepsPairsApart_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ordinary pair") << QStringLiteral("https://host:8443") << QStringLiteral("alice")
                                   << QStringLiteral("user=alice;server=https://host:8443");
    QTest::newRow("separators in the user name are encoded")
        << QStringLiteral("y") << QStringLiteral("a;server=x") << QStringLiteral("user=a%3Bserver%3Dx;server=y");
    QTest::newRow("separators in the server are encoded")
        << QStringLiteral("x;server=y") << QStringLiteral("a") << QStringLiteral("user=a;server=x%3Bserver%3Dy");
}

void TestWrappedKeyFile::contextForKeepsPairsApart()
{
    QFETCH(QString, server);
    QFETCH(QString, user);
    QFETCH(QString, expected);
    QCOMPARE(WrappedKeyFile::contextFor(server, user), expected);
}

QTEST_GUILESS_MAIN(TestWrappedKeyFile)
#include "TestWrappedKeyFile.moc"
