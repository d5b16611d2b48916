#include "accounts/credentialjob.h"

#include "accounts/credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <signal.h>
#include <unistd.h>

namespace Letterbox::Accounts {

namespace {

using namespace std::chrono_literals;

constexpr auto s_keychainTimeout = 30s;
constexpr auto s_commandTimeout = 60s;
// A password is one short line; this only keeps a runaway command from filling memory.
constexpr qint64 s_maximumCommandOutput = 64 * 1024;

QString firstLine(const QByteArray &bytes)
{
    QByteArray line = bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n'));
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return QString::fromUtf8(line);
}

bool looksLikeMissingBus(const QString &errorText)
{
    return qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || errorText.contains(QLatin1String("D-Bus"))
        || errorText.contains(QLatin1String("DBus")) || errorText.contains(QLatin1String("org.freedesktop.secrets"));
}

/// The one thread every QtKeychain job runs on (see the class comment), made on first use
/// and stopped when the application object goes.
QThread *keychainThread()
{
    static QThread *thread = [] {
        auto *made = new QThread;
        made->setObjectName(QStringLiteral("letterbox-keychain"));
        made->start();
        qAddPostRoutine([] {
            keychainThread()->quit();
            keychainThread()->wait(5000);
        });
        return made;
    }();
    return thread;
}

/**
 * Runs one QtKeychain job on the keychain thread and reports it with done(), which
 * reaches the CredentialJob queued on its own thread (or nowhere, once it is gone: Qt
 * drops the connection with its receiver). It deletes itself after the answer.
 */
class KeychainRunner : public QObject
{
    Q_OBJECT

public:
    KeychainRunner(CredentialJob::Operation operation, QString service, QString key, QString payload)
        : m_operation(operation)
        , m_service(std::move(service))
        , m_key(std::move(key))
        , m_payload(std::move(payload))
    { }
    ~KeychainRunner() override { m_payload.fill(QLatin1Char('\0')); }

    void run()
    {
        QKeychain::Job *job = nullptr;
        switch (m_operation) {
        case CredentialJob::Operation::Read:
            job = new QKeychain::ReadPasswordJob(m_service, this);
            break;
        case CredentialJob::Operation::Write: {
            auto *write = new QKeychain::WritePasswordJob(m_service, this);
            write->setTextData(m_payload);
            job = write;
            break;
        }
        case CredentialJob::Operation::Remove:
            job = new QKeychain::DeletePasswordJob(m_service, this);
            break;
        case CredentialJob::Operation::RunCommand:
            deleteLater();
            return;
        }
        job->setAutoDelete(false);
        job->setKey(m_key);
        // Never the plaintext QSettings file QtKeychain can fall back to (KWallet path).
        job->setInsecureFallback(false);
        connect(job, &QKeychain::Job::finished, this, [this, job] {
            const QString text = m_operation == CredentialJob::Operation::Read
                ? static_cast<QKeychain::ReadPasswordJob *>(job)->textData()
                : QString();
            Q_EMIT done(int(job->error()), job->errorString(), text);
            // Not at once: QtKeychain still holds the job while it emits finished().
            deleteLater();
        });
        job->start(); // QtKeychain queues the work: finished() comes from this thread's loop
    }

Q_SIGNALS:
    void done(int error, const QString &errorString, const QString &text);

private:
    CredentialJob::Operation m_operation;
    QString m_service;
    QString m_key;
    QString m_payload;
};

} // namespace

CredentialJob::CredentialJob(
    Operation operation, QString serviceName, QString accountName, QString payload, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_serviceName(std::move(serviceName))
    , m_accountName(std::move(accountName))
    , m_key(CredentialStore::keyFor(m_accountName))
    , m_payload(std::move(payload))
    , m_timeout(operation == Operation::RunCommand ? std::chrono::milliseconds(s_commandTimeout)
                                                   : std::chrono::milliseconds(s_keychainTimeout))
{ }

CredentialJob::~CredentialJob()
{
    detachKeychainJob();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        ::kill(-pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(1000);
    }
    m_payload.fill(QLatin1Char('\0'));
}

void CredentialJob::detachKeychainJob()
{
    // The runner finishes and deletes itself on its thread; its answer no longer comes here.
    QObject::disconnect(m_keychainReply);
}

void CredentialJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &CredentialJob::timedOut);
    m_timer->start(m_timeout);
    if (m_operation == Operation::RunCommand) {
        startCommand();
    } else {
        startKeychain();
    }
}

void CredentialJob::startKeychain()
{
    auto *runner = new KeychainRunner(m_operation, m_serviceName, m_key, m_payload);
    m_keychainReply = connect(runner, &KeychainRunner::done, this, &CredentialJob::keychainFinished);
    runner->moveToThread(keychainThread());
    QMetaObject::invokeMethod(runner, &KeychainRunner::run); // queued: its thread starts it
}

void CredentialJob::keychainFinished(int error, const QString &errorString, const QString &text)
{
    QObject::disconnect(m_keychainReply);
    const QString said = errorString;
    CredentialResult result;
    switch (QKeychain::Error(error)) {
    case QKeychain::NoError:
        if (m_operation == Operation::Read) {
            result.password = text;
        }
        break;
    case QKeychain::EntryNotFound:
        if (m_operation == Operation::Remove) {
            break; // already gone: what the caller wanted
        }
        result.code = CredentialResult::Code::NotFound;
        result.message = tr("The system keychain holds no password for account %1.").arg(m_accountName);
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.code = CredentialResult::Code::AccessDenied;
        result.message
            = tr("The system keychain refused the password of account %1 (is it locked?): %2").arg(m_accountName, said);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.code = CredentialResult::Code::NoKeychain;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        result.code = looksLikeMissingBus(said) ? CredentialResult::Code::NoKeychain : CredentialResult::Code::Failed;
        if (result.code == CredentialResult::Code::Failed && said.contains(QLatin1String("/collection/"))) {
            // gnome-keyring without an unlocked login keyring, and no display to ask on.
            result.code = CredentialResult::Code::AccessDenied;
            result.message = tr("The system keychain has no unlocked keyring for the password of account %1 (%2). "
                                "Unlock or create the login keyring (e.g. gnome-keyring-daemon --unlock), or "
                                "give the account a password command.")
                                 .arg(m_accountName, said);
        } else if (result.code == CredentialResult::Code::Failed) {
            result.message = tr("The system keychain failed for account %1: %2").arg(m_accountName, said);
        }
        break;
    }
    if (result.code == CredentialResult::Code::NoKeychain) {
        result.message = tr("No system keychain is reachable for the password of account %1 (%2). Start a Secret "
                            "Service such as gnome-keyring (packages gnome-keyring and libsecret-1-0) in the "
                            "desktop session, or give the account a password command.")
                             .arg(m_accountName, said);
    }
    finish(std::move(result));
}

void CredentialJob::startCommand()
{
    m_process = new QProcess(this);
    m_process->setProgram(QStringLiteral("/bin/sh"));
    m_process->setArguments({QStringLiteral("-c"), m_payload});
    // Nothing to read: a command that waits for input ends at once instead of hanging.
    m_process->setStandardInputFile(QProcess::nullDevice());
    // Its own process group, so a timeout can end the shell and whatever it started.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::finished, this, &CredentialJob::commandFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            // QProcess may report this from inside start(); finished() must come later.
            const QString message = tr("The password command of account %1 could not be started: %2")
                                        .arg(m_accountName, m_process->errorString());
            QTimer::singleShot(0, this, [this, message] {
                finish({CredentialResult::Code::CommandFailed, {}, message});
            });
        }
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        if (m_process->bytesAvailable() > s_maximumCommandOutput) {
            ::kill(-pid_t(m_process->processId()), SIGKILL);
        }
    });
    m_process->start(QIODevice::ReadOnly);
}

void CredentialJob::commandFinished()
{
    if (m_finished) {
        return;
    }
    const QByteArray output = m_process->readAllStandardOutput();
    const QString errorLine = firstLine(m_process->readAllStandardError().left(s_maximumCommandOutput)).trimmed();
    const QString said = errorLine.isEmpty() ? QString() : QLatin1String(": ") + errorLine;
    if (m_process->exitStatus() != QProcess::NormalExit) {
        finish({CredentialResult::Code::CommandFailed, {},
            tr("The password command of account %1 crashed%2.").arg(m_accountName, said)});
        return;
    }
    if (m_process->exitCode() != 0) {
        finish({CredentialResult::Code::CommandFailed, {},
            tr("The password command of account %1 failed with exit status %2%3.")
                .arg(m_accountName)
                .arg(m_process->exitCode())
                .arg(said)});
        return;
    }
    const QString password = firstLine(output);
    if (password.isEmpty()) {
        finish({CredentialResult::Code::CommandFailed, {},
            tr("The password command of account %1 printed no password.").arg(m_accountName)});
        return;
    }
    finish({CredentialResult::Code::Ok, password, {}});
}

void CredentialJob::timedOut()
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count();
    if (m_process) {
        // Disconnect first: the kill would otherwise report a crash over the timeout.
        disconnect(m_process, nullptr, this, nullptr);
        ::kill(-pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(1000);
        finish({CredentialResult::Code::Timeout, {},
            tr("The password command of account %1 did not finish within %n seconds.", nullptr, int(seconds))
                .arg(m_accountName)});
        return;
    }
    detachKeychainJob();
    finish({CredentialResult::Code::Timeout, {},
        tr("The system keychain did not answer within %n seconds about account %1; it may be locked and "
           "waiting for a password prompt.",
            nullptr, int(seconds))
            .arg(m_accountName)});
}

void CredentialJob::finish(CredentialResult result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_timer) {
        m_timer->stop();
    }
    m_result = std::move(result);
    Q_EMIT finished(this);
}

const CredentialResult &CredentialJob::waitForFinished()
{
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &CredentialJob::finished, &loop, &QEventLoop::quit);
        start();
        // The job's own timer bounds this loop; it finishes with Timeout at the latest.
        if (!m_finished) {
            loop.exec();
        }
    }
    return m_result;
}

} // namespace Letterbox::Accounts

#include "credentialjob.moc"
