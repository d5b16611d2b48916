#pragma once

#include "labenvironment.h"
#include "lineclient.h"

#include "services/imap/imapserversettings.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

/**
 * @short carol's side of an IMAP lab test: a second session (LineClient) that makes a
 * folder of the test's own, fills and changes it, and the settings the engine under
 * test logs in with.
 *
 * One folder per test function (create() in init(), remove() in cleanup()), so tests
 * running in parallel as carol never see each other's mail.
 */
class ImapLabFolder
{
public:
    /// Loads the lab and logs the second session in as carol; false (and @p error) on failure.
    bool login(QString *error);
    /// CREATE and SELECT a fresh folder named @p prefix + a random suffix.
    bool create(const QString &prefix);
    /// UNSELECT and DELETE the folder.
    void remove();

    /// One command of the second session; every line of its response.
    QList<QByteArray> command(const QByteArray &command);
    /// APPENDs a message (LITERAL+) to the folder; its UID from APPENDUID (RFC 4315), 0 on failure.
    /// @p internalDate, as APPEND's date-time ("01-Jan-2020 10:00:00 +0000"), backdates its arrival.
    quint32 append(const QString &subject, const QByteArray &extraHeaders = {}, const QByteArray &body = {},
        const QByteArray &internalDate = {});

    /// How the engine logs in as carol over implicit TLS.
    [[nodiscard]] Letterbox::Services::ImapServerSettings settings() const;
    [[nodiscard]] const QString &folder() const { return m_folder; }
    [[nodiscard]] const LabEnvironment &lab() const { return m_lab; }

private:
    LabEnvironment m_lab;
    std::unique_ptr<LineClient> m_other;
    int m_tag = 0;
    QString m_folder;
};
