#include "accounts/profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using Letterbox::Accounts::Profile;

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardFollowsXdg()
    {
        const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
        const QString data = qEnvironmentVariable("XDG_DATA_HOME");
        QVERIFY2(!config.isEmpty() && !data.isEmpty(), "CTest sets the XDG variables");
        const Profile profile = Profile::standard();
        QVERIFY(!profile.isCustom());
        QCOMPARE(profile.configDirectory(), config + QLatin1String("/letterbox"));
        QCOMPARE(profile.dataDirectory(), data + QLatin1String("/letterbox"));
        QCOMPARE(profile.settingsFile(), config + QLatin1String("/letterbox/letterbox.ini"));
    }

    void customProfileKeepsEverythingUnderItsDirectory()
    {
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        QDir::setCurrent(temporary.path());
        const Profile profile = Profile::atDirectory(QStringLiteral("some/../alice"));
        QVERIFY(profile.isCustom());
        QCOMPARE(profile.root(), QDir::cleanPath(temporary.filePath(QStringLiteral("alice"))));
        QVERIFY(profile.configDirectory().startsWith(profile.root() + QLatin1Char('/')));
        QVERIFY(profile.dataDirectory().startsWith(profile.root() + QLatin1Char('/')));
        QVERIFY(profile.settingsFile().startsWith(profile.root() + QLatin1Char('/')));
        QVERIFY(profile.configDirectory() != profile.dataDirectory());
    }

    void twoProfilesShareNothing()
    {
        const Profile first = Profile::atDirectory(QStringLiteral("/tmp/one"));
        const Profile second = Profile::atDirectory(QStringLiteral("/tmp/two"));
        QVERIFY(first.settingsFile() != second.settingsFile());
        QVERIFY(first.dataDirectory() != second.dataDirectory());
    }

    void ensureExistsCreatesPrivateDirectories()
    {
        QTemporaryDir temporary;
        const Profile profile = Profile::atDirectory(temporary.filePath(QStringLiteral("p")));
        QString error;
        QVERIFY2(profile.ensureExists(&error), qPrintable(error));
        for (const QString &path : {profile.root(), profile.configDirectory(), profile.dataDirectory()}) {
            const QFileInfo info(path);
            QVERIFY2(info.isDir(), qPrintable(path));
            QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
                QFileDevice::Permissions());
        }
    }

    void ensureExistsReportsWhatFailed()
    {
        QTemporaryDir temporary;
        const QString blocker = temporary.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Profile profile = Profile::atDirectory(blocker + QLatin1String("/profile"));
        QString error;
        QVERIFY(!profile.ensureExists(&error));
        QVERIFY2(error.contains(blocker), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
