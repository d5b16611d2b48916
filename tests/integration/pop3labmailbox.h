#pragma once

#include "labenvironment.h"

#include "services/pop3/pop3serversettings.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/**
 * @short One lab user's POP3 maildrop as the POP3 engine's tests need it: emptied and
 * refilled (tests/mailstack/fill), looked at over an independent POP3S connection of
 * its own (LineClient, not the engine), and the engine's settings for it.
 *
 * The users dave and erin belong to these tests (tests/mailstack/README.md).
 */
class Pop3LabMailbox
{
public:
    Pop3LabMailbox(const LabEnvironment &lab, const QString &user);

    /// UIDL as the server lists it now, in message order; nothing on failure.
    [[nodiscard]] std::optional<QList<QByteArray>> uidls(QString *error) const;
    /// The whole message @p number (dot-unstuffed, CRLF line ends).
    [[nodiscard]] QByteArray retrieve(int number) const;
    /// Deletes every message (DELE each, QUIT).
    bool clear(QString *error) const;
    /// Adds @p count generated messages to the INBOX.
    bool fill(int count, QString *error) const;

    [[nodiscard]] Letterbox::Services::Pop3ServerSettings settings(
        bool implicitTls, Letterbox::Accounts::Pop3Retention retention, int keepDays = 0) const;

private:
    /// Logs in over POP3S and runs @p work on the connection; false when login fails.
    template<class Work> bool session(QString *error, Work work) const;

    LabEnvironment m_lab;
    QString m_user;
};
