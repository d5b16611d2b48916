#include "gui/accountwizard/serverpage.h"

#include "gui/accountwizard/servereditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Letterbox::Gui {

using Accounts::IncomingProtocol;
using Accounts::Security;

namespace {

enum SignIn { SignInPassword = 0, SignInOAuth2 = 1 };

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(24); // under the radio button's text, not its circle
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

Accounts::ServerSettings fromProposal(const Accounts::AutoconfigServer &server, const QString &email)
{
    return {server.host, server.port, server.security, server.user.isEmpty() ? email : server.user, {}};
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QStringList unencryptedRemoteHosts(std::initializer_list<const ServerEditor *> editors)
{
    QStringList hosts;
    for (const ServerEditor *editor : editors) {
        if (editor->security() == Security::None && !isLoopbackHost(editor->host())) {
            hosts.append(editor->host());
        }
    }
    hosts.removeDuplicates();
    return hosts;
}

QString ServerPage::plaintextConsentText(const QStringList &hosts)
{
    return tr("Send my password and mail unencrypted to %1. Anyone on the network between here and "
              "there can read them.")
        .arg(hosts.join(tr(" and ")));
}

ServerPage::ServerPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Check your servers"));
    setSubTitle(tr("Change anything that does not match what your provider says, then test the connection."));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    auto *nameForm = new QFormLayout;
    m_name = new QLineEdit(content);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setAccessibleName(tr("Account name"));
    m_name->setToolTip(tr("How the account is called in the folder list and by letterbox-cli: letters, digits, "
                          "'.', '_' and '-'."));
    nameForm->addRow(tr("Account &name:"), m_name);
    layout->addLayout(nameForm);

    auto *incomingBox = new QGroupBox(tr("Incoming mail"), content);
    auto *incomingLayout = new QVBoxLayout(incomingBox);
    m_imap = new QRadioButton(tr("&IMAP: keep mail on the server"), incomingBox);
    m_imap->setObjectName(QStringLiteral("chooseImap"));
    m_pop3 = new QRadioButton(tr("P&OP3: download mail to this computer"), incomingBox);
    m_pop3->setObjectName(QStringLiteral("choosePop3"));
    auto *engines = new QButtonGroup(this);
    engines->addButton(m_imap);
    engines->addButton(m_pop3);
    m_imap->setChecked(true);
    incomingLayout->addWidget(m_imap);
    incomingLayout->addWidget(explanation(tr("IMAP keeps mail on the server and in sync across devices: folders, "
                                             "read and flagged marks are the same everywhere."),
        incomingBox));
    incomingLayout->addWidget(m_pop3);
    incomingLayout->addWidget(explanation(tr("POP3 downloads it to this computer: the server is only a mailbox, and "
                                             "folders and marks exist here only."),
        incomingBox));
    m_incoming = new ServerEditor(ServerEditor::Kind::Incoming, incomingBox);
    incomingLayout->addWidget(m_incoming);
    layout->addWidget(incomingBox);

    auto *outgoingBox = new QGroupBox(tr("Outgoing mail (SMTP)"), content);
    auto *outgoingLayout = new QVBoxLayout(outgoingBox);
    m_smtp = new ServerEditor(ServerEditor::Kind::Smtp, outgoingBox);
    outgoingLayout->addWidget(m_smtp);
    layout->addWidget(outgoingBox);

    auto *signInBox = new QGroupBox(tr("Signing in"), content);
    auto *signInLayout = new QFormLayout(signInBox);
    m_signIn = new QComboBox(signInBox);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setAccessibleName(tr("How to sign in"));
    m_signIn->addItem(tr("Password"), SignInPassword);
    m_signIn->addItem(tr("OAuth2: sign in on the provider's web page"), SignInOAuth2);
    signInLayout->addRow(tr("Sign in &with:"), m_signIn);
    m_oauth = new QGroupBox(signInBox);
    m_oauth->setFlat(true);
    auto *oauthForm = new QFormLayout(m_oauth);
    m_authUrl = new QLineEdit(m_oauth);
    m_authUrl->setObjectName(QStringLiteral("oauthAuthorizationUrl"));
    m_tokenUrl = new QLineEdit(m_oauth);
    m_tokenUrl->setObjectName(QStringLiteral("oauthTokenUrl"));
    m_clientId = new QLineEdit(m_oauth);
    m_clientId->setObjectName(QStringLiteral("oauthClientId"));
    m_scopes = new QLineEdit(m_oauth);
    m_scopes->setObjectName(QStringLiteral("oauthScopes"));
    oauthForm->addRow(tr("Authorization URL:"), m_authUrl);
    oauthForm->addRow(tr("Token URL:"), m_tokenUrl);
    oauthForm->addRow(tr("Client ID:"), m_clientId);
    oauthForm->addRow(tr("Scopes:"), m_scopes);
    m_signInButton = new QPushButton(tr("Sign &In in the Browser…"), m_oauth);
    m_signInButton->setObjectName(QStringLiteral("oauthSignIn"));
    m_signInStatus = new QLabel(m_oauth);
    m_signInStatus->setObjectName(QStringLiteral("oauthStatus"));
    m_signInStatus->setWordWrap(true);
    oauthForm->addRow(m_signInButton, m_signInStatus);
    signInLayout->addRow(m_oauth);
    layout->addWidget(signInBox);

    m_warnings = new QLabel(content);
    m_warnings->setObjectName(QStringLiteral("proposalWarnings"));
    m_warnings->setWordWrap(true);
    layout->addWidget(m_warnings);
    m_plaintext = new QCheckBox(content);
    m_plaintext->setObjectName(QStringLiteral("plaintextConsent"));
    m_plaintext->setStyleSheet(QStringLiteral("QCheckBox { color: #b00020; font-weight: bold; }"));
    layout->addWidget(m_plaintext);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test Connection"), content);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_certificate = new QPushButton(tr("&View Certificate…"), content);
    m_certificate->setObjectName(QStringLiteral("viewCertificate"));
    m_certificate->hide();
    testRow->addWidget(m_test);
    testRow->addWidget(m_certificate);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    m_result = new QLabel(content);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_details = new QPlainTextEdit(content);
    m_details->setObjectName(QStringLiteral("testDetails"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Connection test details"));
    m_details->hide();
    layout->addWidget(m_details);
    layout->addStretch(1);

    connect(m_imap, &QRadioButton::toggled, this, [this] {
        m_incoming->setProtocol(protocol());
        updateState();
    });
    connect(m_incoming, &ServerEditor::changed, this, &ServerPage::updateState);
    connect(m_smtp, &ServerEditor::changed, this, &ServerPage::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_signIn, &QComboBox::currentIndexChanged, this, &ServerPage::updateState);
    for (QLineEdit *edit : {m_authUrl, m_tokenUrl, m_clientId}) {
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    connect(m_plaintext, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_test, &QPushButton::clicked, this, &ServerPage::testWanted);
    connect(m_certificate, &QPushButton::clicked, this, &ServerPage::certificateWanted);
    connect(m_signInButton, &QPushButton::clicked, this, &ServerPage::signInWanted);
    updateState();
}

ServerPage::~ServerPage() = default;

void ServerPage::fill(const QString &email, const std::optional<Accounts::AutoconfigProposal> &proposal)
{
    const QString domain = email.mid(email.lastIndexOf(QLatin1Char('@')) + 1);
    Accounts::ServerSettings incoming {QStringLiteral("imap.") + domain, 993, Security::Tls, email, {}};
    Accounts::ServerSettings smtp {QStringLiteral("smtp.") + domain, 465, Security::Tls, email, {}};
    IncomingProtocol engine = IncomingProtocol::Imap;
    bool oauth = false;
    QStringList warnings;
    if (proposal) {
        engine = proposal->incoming.type == Accounts::AutoconfigServerType::Pop3 ? IncomingProtocol::Pop3
                                                                                 : IncomingProtocol::Imap;
        incoming = fromProposal(proposal->incoming, email);
        if (proposal->smtp) {
            smtp = fromProposal(*proposal->smtp, email);
        } else {
            smtp.host = incoming.host;
            warnings.append(tr("No outgoing server was found; the incoming server's host is a guess."));
        }
        oauth = proposal->incoming.authentication.contains(QLatin1String("OAuth2"), Qt::CaseInsensitive);
        warnings.append(proposal->warnings);
    }
    {
        const QSignalBlocker blockImap(m_imap);
        const QSignalBlocker blockPop3(m_pop3);
        (engine == IncomingProtocol::Pop3 ? m_pop3 : m_imap)->setChecked(true);
    }
    m_incoming->setProtocol(engine);
    m_incoming->setServer(incoming);
    m_smtp->setServer(smtp);
    m_signIn->setCurrentIndex(oauth ? SignInOAuth2 : SignInPassword);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    m_plaintext->setChecked(false);
    m_result->clear();
    m_details->clear();
    m_details->hide();
    m_certificate->hide();
    updateState();
}

void ServerPage::apply(Accounts::Account &account) const
{
    account.protocol = protocol();
    account.incoming = m_incoming->server();
    account.smtp = m_smtp->server();
    account.allowPlaintext = (m_incoming->security() == Security::None || m_smtp->security() == Security::None)
        && (!needsPlaintextConsent() || m_plaintext->isChecked());
    if (usesOAuth2()) {
        account.passwordSource = Accounts::PasswordSource::OAuth2;
        account.oauth2 = {m_authUrl->text().trimmed(), m_tokenUrl->text().trimmed(), m_clientId->text().trimmed(),
            m_scopes->text().trimmed()};
    } else {
        account.passwordSource = Accounts::PasswordSource::Keychain;
        account.oauth2 = {};
    }
}

void ServerPage::setAccountName(const QString &name)
{
    m_name->setText(name);
}

QString ServerPage::accountName() const
{
    return m_name->text().trimmed();
}

bool ServerPage::usesOAuth2() const
{
    return m_signIn->currentData().toInt() == SignInOAuth2;
}

IncomingProtocol ServerPage::protocol() const
{
    return m_pop3->isChecked() ? IncomingProtocol::Pop3 : IncomingProtocol::Imap;
}

bool ServerPage::needsPlaintextConsent() const
{
    return !unencryptedRemoteHosts({m_incoming, m_smtp}).isEmpty();
}

void ServerPage::updateState()
{
    const QStringList hosts = unencryptedRemoteHosts({m_incoming, m_smtp});
    m_plaintext->setText(plaintextConsentText(hosts));
    m_plaintext->setVisible(!hosts.isEmpty());
    if (hosts.isEmpty()) {
        m_plaintext->setChecked(false);
    }
    m_oauth->setVisible(usesOAuth2());
    Q_EMIT completeChanged();
}

bool ServerPage::isComplete() const
{
    if (!Accounts::Account::isValidName(accountName())) {
        return false;
    }
    for (const ServerEditor *editor : {m_incoming, m_smtp}) {
        if (editor->host().isEmpty() || editor->server().user.isEmpty()) {
            return false;
        }
    }
    if (needsPlaintextConsent() && !m_plaintext->isChecked()) {
        return false;
    }
    if (usesOAuth2()) {
        return !m_authUrl->text().trimmed().isEmpty() && !m_tokenUrl->text().trimmed().isEmpty()
            && !m_clientId->text().trimmed().isEmpty();
    }
    return true;
}

void ServerPage::showTestRunning()
{
    m_test->setEnabled(false);
    m_certificate->hide();
    m_result->setText(tr("Testing the connection…"));
    m_details->clear();
    m_details->hide();
}

void ServerPage::showTestReport(const Services::ConnectionTestReport &report)
{
    m_test->setEnabled(true);
    bool untrusted = false;
    QStringList sentences;
    for (const Services::ConnectionProbe &probe : report.servers) {
        const QString role = probe.role == QLatin1String("incoming")
            ? tr("The incoming server (%1 %2)").arg(probe.protocol.toUpper(), probe.endpoint)
            : tr("The outgoing server (SMTP %1)").arg(probe.endpoint);
        if (probe.certificate && !probe.certificate->trusted) {
            untrusted = true;
        }
        if (probe.error) {
            sentences.append(tr("%1 did not work: %2").arg(role, probe.error->text));
        } else if (probe.loginOk) {
            sentences.append(tr("%1 works and accepted your login.").arg(role));
        } else {
            sentences.append(tr("%1 answers; no login was tried without a password.").arg(role));
        }
    }
    if (report.ok()) {
        sentences.prepend(tr("Everything works: Letterbox can fetch and send your mail."));
    }
    if (untrusted) {
        sentences.append(tr("A server showed a certificate this computer does not trust. Look at it with "
                            "\"View Certificate…\" before you decide to trust it."));
    }
    m_result->setText(sentences.join(QLatin1Char('\n')));
    m_result->setStyleSheet(report.ok() ? QString() : QStringLiteral("QLabel { color: #b00020; }"));
    m_details->setPlainText(Services::ConnectionTest::toText(report).join(QLatin1Char('\n')));
    m_details->show();
    m_certificate->setVisible(untrusted);
}

void ServerPage::showError(const QString &message)
{
    m_result->setText(message);
    m_result->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
}

void ServerPage::setSignInStatus(const QString &text)
{
    m_signInStatus->setText(text);
    Q_EMIT completeChanged();
}

} // namespace Letterbox::Gui
