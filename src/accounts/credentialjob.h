#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "accounts/credentialresult.h"

#include <chrono>

class QProcess;
class QTimer;

namespace Letterbox::Accounts {

/**
 * @short One asynchronous password operation: read, write or delete a keychain
 * entry, or run a password command. Made by CredentialStore.
 *
 * Set up, start(), then read result() after finished(). finished() is emitted
 * exactly once and never from inside start(). Every job is bounded by timeout()
 * (30 s for the keychain, which may be waiting on an unlock prompt; 60 s for a
 * command, which may be asking for a GPG passphrase): then it finishes with
 * CredentialResult::Code::Timeout, and a command's whole process group is killed.
 *
 * A password command runs as `/bin/sh -c CMD` in its own process group with stdin from
 * /dev/null; the first line of its stdout (without CR LF) is the password; a
 * non-zero exit status, a crash or an empty line is an error whose message
 * carries the first line of its stderr.
 *
 * Keychain operations run on one thread of their own ("letterbox-keychain"), whatever
 * thread the job lives on: QtKeychain keeps its job queue in an unguarded singleton, and
 * the window's engines (on their thread) and its dialogs (on the GUI thread) both use it;
 * two threads at once crashed inside QtKeychain. The job itself stays on its own thread.
 *
 * waitForFinished() is for letterbox-cli only: it spins a local event loop.
 */
class CredentialJob final : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove, RunCommand };

    ~CredentialJob() override;

    [[nodiscard]] Operation operation() const { return m_operation; }
    [[nodiscard]] QString accountName() const { return m_accountName; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void start();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const CredentialResult &result() const { return m_result; }

    /// Starts the job if needed and blocks (bounded by timeout()) until it is finished.
    const CredentialResult &waitForFinished();

Q_SIGNALS:
    void finished(Letterbox::Accounts::CredentialJob *job);

private:
    friend class CredentialStore;
    CredentialJob(Operation operation, QString serviceName, QString accountName, QString payload, QObject *parent);

    void startKeychain();
    void startCommand();
    void keychainFinished(int error, const QString &errorString, const QString &text);
    void commandFinished();
    void timedOut();
    void finish(CredentialResult result);
    void detachKeychainJob();

    Operation m_operation;
    QString m_serviceName;
    QString m_accountName;
    QString m_key; ///< the keychain entry: CredentialStore::keyFor() or tokenKeyFor()
    QString m_payload; ///< the password to write, or the command to run
    std::chrono::milliseconds m_timeout;
    bool m_started = false;
    bool m_finished = false;
    CredentialResult m_result;
    /// The answer of the keychain thread (see credentialjob.cpp), until it comes or times out.
    QMetaObject::Connection m_keychainReply;
    QProcess *m_process = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Letterbox::Accounts
