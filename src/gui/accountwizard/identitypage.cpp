#include "gui/accountwizard/identitypage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Letterbox::Gui {

IdentityPage::IdentityPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Set up your existing email address"));
    setSubTitle(tr("Letterbox looks up your provider's settings from the address; you can check and change "
                   "every one of them on the next pages."));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("displayName"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("Ann Example"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email address"));
    m_email->setPlaceholderText(tr("ann@example.org"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&Email address:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    auto *note = new QLabel(tr("The password is kept in your system's keychain, never in a file. Leave it empty "
                               "if your provider signs you in on its web page (OAuth2)."),
        this);
    note->setWordWrap(true);
    form->addRow(note);
    connect(m_email, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

QString IdentityPage::displayName() const
{
    return m_name->text().trimmed();
}

QString IdentityPage::email() const
{
    return m_email->text().trimmed();
}

QString IdentityPage::password() const
{
    return m_password->text();
}

QString IdentityPage::domain() const
{
    const QString address = email();
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at > 0 ? address.mid(at + 1) : QString();
}

bool IdentityPage::isComplete() const
{
    // Account::validate() has the full rule; here only enough to look the domain up.
    const QString address = email();
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at > 0 && at < address.size() - 1 && !address.contains(QLatin1Char(' '));
}

} // namespace Letterbox::Gui
