#include "gui/accountwizard/servereditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace Letterbox::Gui {

using Accounts::Security;

QString securityLabel(Security security)
{
    switch (security) {
    case Security::Tls:
        return ServerEditor::tr("SSL/TLS (encrypted from the start)");
    case Security::StartTls:
        return ServerEditor::tr("STARTTLS (encrypted after the greeting)");
    case Security::None:
        return ServerEditor::tr("None (not encrypted)");
    }
    return {};
}

ServerEditor::ServerEditor(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const bool incoming = kind == Kind::Incoming;
    m_host = new QLineEdit(this);
    m_host->setObjectName(incoming ? QStringLiteral("incomingHost") : QStringLiteral("smtpHost"));
    m_host->setAccessibleName(incoming ? tr("Incoming server") : tr("Outgoing server"));
    m_host->setPlaceholderText(incoming ? tr("imap.example.org") : tr("smtp.example.org"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(incoming ? QStringLiteral("incomingPort") : QStringLiteral("smtpPort"));
    m_port->setAccessibleName(incoming ? tr("Incoming port") : tr("Outgoing port"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPortFor(Security::Tls));
    m_security = new QComboBox(this);
    m_security->setObjectName(incoming ? QStringLiteral("incomingSecurity") : QStringLiteral("smtpSecurity"));
    m_security->setAccessibleName(incoming ? tr("Incoming security") : tr("Outgoing security"));
    for (const Security security : {Security::Tls, Security::StartTls, Security::None}) {
        m_security->addItem(securityLabel(security), int(security));
    }
    m_user = new QLineEdit(this);
    m_user->setObjectName(incoming ? QStringLiteral("incomingUser") : QStringLiteral("smtpUser"));
    m_user->setAccessibleName(incoming ? tr("Incoming login") : tr("Outgoing login"));

    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(tr("&Login:"), m_user);

    connect(m_host, &QLineEdit::textChanged, this, &ServerEditor::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerEditor::changed);
    connect(m_user, &QLineEdit::textChanged, this, &ServerEditor::changed);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerEditor::onSecurityChosen);
}

quint16 ServerEditor::defaultPortFor(Security security) const
{
    return m_kind == Kind::Smtp ? Accounts::defaultSmtpPort(security) : Accounts::defaultPort(m_protocol, security);
}

void ServerEditor::setServer(const Accounts::ServerSettings &server)
{
    const QSignalBlocker blockSecurity(m_security);
    m_original = server;
    m_host->setText(server.host);
    m_port->setValue(server.port > 0 ? server.port : defaultPortFor(server.security));
    m_security->setCurrentIndex(m_security->findData(int(server.security)));
    m_lastSecurity = server.security;
    m_user->setText(server.user);
    Q_EMIT changed();
}

Accounts::ServerSettings ServerEditor::server() const
{
    Accounts::ServerSettings server;
    server.host = host();
    server.port = port();
    server.security = security();
    server.user = m_user->text().trimmed();
    // A pin belongs to one host and port (AccountOptions drops it the same way).
    if (server.host == m_original.host && server.port == m_original.port) {
        server.pinnedCertificate = m_original.pinnedCertificate;
    }
    return server;
}

void ServerEditor::setProtocol(Accounts::IncomingProtocol protocol)
{
    if (protocol == m_protocol) {
        return;
    }
    const quint16 oldDefault = defaultPortFor(security());
    m_protocol = protocol;
    if (port() == oldDefault) {
        m_port->setValue(defaultPortFor(security()));
    }
    Q_EMIT changed();
}

void ServerEditor::setSecurity(Security security)
{
    m_security->setCurrentIndex(m_security->findData(int(security)));
}

Security ServerEditor::security() const
{
    return Security(m_security->currentData().toInt());
}

quint16 ServerEditor::port() const
{
    return quint16(m_port->value());
}

QString ServerEditor::host() const
{
    return m_host->text().trimmed();
}

void ServerEditor::onSecurityChosen()
{
    const Security now = security();
    // The port follows only while it is the default of the choice it was made for.
    if (port() == defaultPortFor(m_lastSecurity)) {
        m_port->setValue(defaultPortFor(now));
    }
    m_lastSecurity = now;
    Q_EMIT changed();
}

} // namespace Letterbox::Gui
