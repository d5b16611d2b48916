#pragma once

#include "accounts/account.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Letterbox::Gui {

/**
 * @short Host, port, security and login of one server (incoming or SMTP), as the
 * account wizard and the account settings show them.
 *
 * The port follows the security choice as `account set` does (issue 7): a port that
 * still holds the default of the old protocol and security becomes the default of the
 * new one (IMAP 993/143, POP3 995/110, SMTP 465/587); a port the person typed stays.
 * The same holds when the incoming protocol switches (setProtocol()).
 *
 * It edits a ServerSettings value; the pinned certificate is kept as it was given
 * unless host or port change, when it is dropped (a pin is for one host and port).
 */
class ServerEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Incoming, Smtp };

    explicit ServerEditor(Kind kind, QWidget *parent = nullptr);

    void setServer(const Accounts::ServerSettings &server);
    [[nodiscard]] Accounts::ServerSettings server() const;

    /// Incoming only: the protocol whose default ports apply.
    void setProtocol(Accounts::IncomingProtocol protocol);
    [[nodiscard]] Accounts::IncomingProtocol protocol() const { return m_protocol; }

    void setSecurity(Accounts::Security security);
    [[nodiscard]] Accounts::Security security() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString host() const;

    // For tests and the pages that lay them out.
    [[nodiscard]] QLineEdit *hostEdit() const { return m_host; }
    [[nodiscard]] QSpinBox *portEdit() const { return m_port; }
    [[nodiscard]] QComboBox *securityBox() const { return m_security; }
    [[nodiscard]] QLineEdit *userEdit() const { return m_user; }

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] quint16 defaultPortFor(Accounts::Security security) const;
    void onSecurityChosen();

    Kind m_kind;
    Accounts::IncomingProtocol m_protocol = Accounts::IncomingProtocol::Imap;
    Accounts::Security m_lastSecurity = Accounts::Security::Tls;
    Accounts::ServerSettings m_original; ///< what setServer() gave: its pin
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
};

/// The security choices in the order the editor lists them, with their translated names.
[[nodiscard]] QString securityLabel(Accounts::Security security);

} // namespace Letterbox::Gui
