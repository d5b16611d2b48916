#include "accounts/accountstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox::Accounts;

namespace {

Account fullAccount(const QString &name)
{
    Account account;
    account.name = name;
    account.email = QStringLiteral("alice@example.org");
    account.displayName = QStringLiteral("Alice \u00c4rger");
    account.protocol = IncomingProtocol::Pop3;
    account.incoming = {
        QStringLiteral("pop.example.org"), 10995, Security::StartTls, QStringLiteral("alice"), QByteArray(32, '\x11')};
    account.smtp = {QStringLiteral("smtp.example.org"), 10587, Security::None, QStringLiteral("alice-smtp"),
        QByteArray(32, '\x22')};
    account.passwordSource = PasswordSource::Command;
    account.passwordCommand = QStringLiteral("pass show 'mail/alice' | head -n1");
    account.caFile = QStringLiteral("/etc/letterbox/lab-ca.pem");
    account.allowPlaintext = true;
    account.pop3Retention = Pop3Retention::KeepDays;
    account.pop3KeepDays = 14;
    account.imapKeepOffline = true;
    account.imapSyncDays = 90;
    account.imapKeepOfflineDays = 14;
    account.imapIdle = false;
    account.checkIntervalMinutes = 0;
    account.signature = QStringLiteral("-- \nAlice \u00c4rger\nWonderland, line \"two\"");
    return account;
}

Account minimalAccount(const QString &name)
{
    Account account;
    account.name = name;
    account.email = QStringLiteral("bob@example.org");
    account.incoming = {QStringLiteral("imap.example.org"), 993, Security::Tls, QStringLiteral("bob"), {}};
    account.smtp = {QStringLiteral("imap.example.org"), 465, Security::Tls, QStringLiteral("bob"), {}};
    return account;
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    Profile m_profile = Profile::atDirectory(QString());

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_directory.isValid());
        m_profile = Profile::atDirectory(m_directory.filePath(QString::fromLatin1(QTest::currentTestFunction())));
    }

    void emptyProfileHasNoAccounts()
    {
        const AccountStore store(m_profile);
        QVERIFY(store.status().ok());
        QVERIFY(store.names().isEmpty());
        Account account;
        QCOMPARE(store.load(QStringLiteral("work"), &account).code, AccountResult::Code::NotFound);
        QVERIFY2(!QFileInfo::exists(m_profile.settingsFile()), "reading never creates the file");
    }

    void roundTripKeepsEveryField()
    {
        AccountStore store(m_profile);
        const Account original = fullAccount(QStringLiteral("work"));
        QVERIFY(original.validate().ok());
        const AccountResult added = store.add(original);
        QVERIFY2(added.ok(), qPrintable(added.message));
        Account loaded;
        QVERIFY(AccountStore(m_profile).load(QStringLiteral("work"), &loaded).ok());
        QCOMPARE(loaded, original);

        const Account minimal = minimalAccount(QStringLiteral("home"));
        QVERIFY(store.add(minimal).ok());
        QVERIFY(store.load(QStringLiteral("home"), &loaded).ok());
        QCOMPARE(loaded, minimal);
        QCOMPARE(store.names(), (QStringList {QStringLiteral("home"), QStringLiteral("work")}));
    }

    void fileIsPrivateVersionedAndHoldsNoSecret()
    {
        AccountStore store(m_profile);
        QVERIFY(store.add(fullAccount(QStringLiteral("work"))).ok());
        const QFileInfo info(m_profile.settingsFile());
        QCOMPARE(info.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("version")).toInt(), AccountStore::s_formatVersion);
        QCOMPARE(settings.value(QStringLiteral("accounts/work/incoming/host")).toString(),
            QStringLiteral("pop.example.org"));
        for (const QString &key : settings.allKeys()) {
            QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive)
                    && key != QLatin1String("accounts/work/password/value"),
                qPrintable(key));
        }
    }

    void updateRewritesWithoutLeftovers()
    {
        AccountStore store(m_profile);
        QVERIFY(store.add(fullAccount(QStringLiteral("work"))).ok());
        Account changed = fullAccount(QStringLiteral("work"));
        changed.passwordSource = PasswordSource::Keychain;
        changed.passwordCommand.clear();
        changed.caFile.clear();
        changed.pop3Retention = Pop3Retention::Keep;
        changed.pop3KeepDays = 0;
        changed.incoming.pinnedCertificate.clear();
        QVERIFY(store.update(changed).ok());
        Account loaded;
        QVERIFY(store.load(QStringLiteral("work"), &loaded).ok());
        QCOMPARE(loaded, changed);
        QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
        QVERIFY(!settings.contains(QStringLiteral("accounts/work/password/command")));
        QVERIFY(!settings.contains(QStringLiteral("accounts/work/caFile")));
        QVERIFY(!settings.contains(QStringLiteral("accounts/work/incoming/pinnedSha256")));
    }

    void addRefusesDuplicatesIgnoringCase()
    {
        AccountStore store(m_profile);
        QVERIFY(store.add(minimalAccount(QStringLiteral("Work"))).ok());
        for (const QString &name : {QStringLiteral("Work"), QStringLiteral("work"), QStringLiteral("WORK")}) {
            const AccountResult again = store.add(fullAccount(name));
            QCOMPARE(again.code, AccountResult::Code::AlreadyExists);
            QVERIFY2(again.message.contains(QLatin1String("Work")), qPrintable(again.message));
        }
        Account loaded;
        QVERIFY(store.load(QStringLiteral("Work"), &loaded).ok());
        QCOMPARE(loaded, minimalAccount(QStringLiteral("Work")));
    }

    void writesAreValidated()
    {
        AccountStore store(m_profile);
        Account bad = minimalAccount(QStringLiteral("../escape"));
        QCOMPARE(store.add(bad).code, AccountResult::Code::Invalid);
        Account insecure = minimalAccount(QStringLiteral("lab"));
        insecure.incoming.security = Security::None;
        QCOMPARE(store.add(insecure).code, AccountResult::Code::Insecure);
        QCOMPARE(store.update(minimalAccount(QStringLiteral("absent"))).code, AccountResult::Code::NotFound);
        QVERIFY(store.names().isEmpty());
    }

    void removeTakesSettingsAndData()
    {
        AccountStore store(m_profile);
        QVERIFY(store.add(minimalAccount(QStringLiteral("work"))).ok());
        QVERIFY(store.add(minimalAccount(QStringLiteral("home"))).ok());
        const QString data = m_profile.accountDataDirectory(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(data + QLatin1String("/blobs/ab")));
        QFile blob(data + QLatin1String("/blobs/ab/cd"));
        QVERIFY(blob.open(QIODevice::WriteOnly));
        blob.close();
        const QString otherData = m_profile.accountDataDirectory(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(otherData));

        QVERIFY(store.remove(QStringLiteral("work")).ok());
        QCOMPARE(store.names(), QStringList {QStringLiteral("home")});
        QVERIFY(store.removeDataDirectory(QStringLiteral("work")).ok());
        QVERIFY(!QFileInfo::exists(data));
        QVERIFY(QFileInfo::exists(otherData));
        QVERIFY2(store.removeDataDirectory(QStringLiteral("work")).ok(), "an absent directory is fine");

        QCOMPARE(store.remove(QStringLiteral("work")).code, AccountResult::Code::NotFound);
        QCOMPARE(store.removeDataDirectory(QStringLiteral("..")).code, AccountResult::Code::Invalid);
        QVERIFY(QFileInfo::exists(m_profile.dataDirectory()));
    }

    void otherSettingsSurvive()
    {
        QVERIFY(m_profile.ensureExists(nullptr));
        {
            QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("window/geometry"), QStringLiteral("keep me"));
        }
        AccountStore store(m_profile);
        QVERIFY(store.add(minimalAccount(QStringLiteral("work"))).ok());
        QVERIFY(store.remove(QStringLiteral("work")).ok());
        QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("window/geometry")).toString(), QStringLiteral("keep me"));
    }

    void newerFormatIsRefusedAndLeftAlone()
    {
        QVERIFY(m_profile.ensureExists(nullptr));
        {
            QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("version"), AccountStore::s_formatVersion + 1);
            settings.setValue(QStringLiteral("accounts/work/email"), QStringLiteral("a@example.org"));
        }
        QFile file(m_profile.settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        AccountStore store(m_profile);
        QCOMPARE(store.status().code, AccountResult::Code::StorageFailed);
        QVERIFY2(store.status().message.contains(QLatin1String("newer Letterbox")), qPrintable(store.status().message));
        QVERIFY(store.names().isEmpty());
        Account account;
        QCOMPARE(store.load(QStringLiteral("work"), &account).code, AccountResult::Code::StorageFailed);
        QCOMPARE(store.add(minimalAccount(QStringLiteral("home"))).code, AccountResult::Code::StorageFailed);
        QCOMPARE(store.remove(QStringLiteral("work")).code, AccountResult::Code::StorageFailed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void damagedValuesAreNamed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("security") << QStringLiteral("incoming/security") << QStringLiteral("ssl3");
        QTest::newRow("protocol") << QStringLiteral("protocol") << QStringLiteral("nntp");
        QTest::newRow("port") << QStringLiteral("smtp/port") << QStringLiteral("seventy");
        QTest::newRow("retention") << QStringLiteral("pop3/retention") << QStringLiteral("forever");
        QTest::newRow("email") << QStringLiteral("email") << QStringLiteral("nobody");
    }

    void damagedValuesAreNamed()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        AccountStore store(m_profile);
        QVERIFY(store.add(minimalAccount(QStringLiteral("work"))).ok());
        {
            QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
            settings.setValue(QLatin1String("accounts/work/") + key, value);
        }
        Account account;
        const AccountResult loaded = store.load(QStringLiteral("work"), &account);
        QCOMPARE(loaded.code, AccountResult::Code::StorageFailed);
        QVERIFY2(loaded.message.contains(QLatin1String("work")), qPrintable(loaded.message));
        QVERIFY2(loaded.message.contains(m_profile.settingsFile()), qPrintable(loaded.message));
        QVERIFY2(store.remove(QStringLiteral("work")).ok(), "a damaged account can still be removed");
    }

    void handEditedPlaintextStillLoadsSoItCanBeFixed()
    {
        AccountStore store(m_profile);
        QVERIFY(store.add(minimalAccount(QStringLiteral("work"))).ok());
        {
            QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("accounts/work/incoming/security"), QStringLiteral("none"));
        }
        Account account;
        QVERIFY(store.load(QStringLiteral("work"), &account).ok());
        QCOMPARE(account.validate().code, AccountResult::Code::Insecure);
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
