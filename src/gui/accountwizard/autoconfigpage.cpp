#include "gui/accountwizard/autoconfigpage.h"

#include "gui/accountwizard/identitypage.h"
#include "services/autoconfig/autoconfigjob.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace Letterbox::Gui {

namespace {
QString sourceName(Accounts::AutoconfigSource source)
{
    switch (source) {
    case Accounts::AutoconfigSource::ConfigServer:
        return AutoconfigPage::tr("the provider's configuration server");
    case Accounts::AutoconfigSource::WellKnown:
        return AutoconfigPage::tr("the provider's web site");
    case Accounts::AutoconfigSource::Srv:
        return AutoconfigPage::tr("the domain's DNS service records");
    case Accounts::AutoconfigSource::MxDomain:
        return AutoconfigPage::tr("the mail server's domain");
    case Accounts::AutoconfigSource::Probe:
        return AutoconfigPage::tr("trying the usual server names");
    }
    return {};
}
} // namespace

AutoconfigPage::AutoconfigPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Finding your provider's settings"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("autoconfigStatus"));
    m_status->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // how many sources answer is unknown: a busy bar, not a percentage
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Looking up settings"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("autoconfigDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_skip = new QPushButton(tr("&Skip, I will enter the servers myself"), this);
    m_skip->setObjectName(QStringLiteral("skipAutoconfig"));
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    layout->addWidget(m_skip, 0, Qt::AlignLeft);
    connect(m_skip, &QPushButton::clicked, this, &AutoconfigPage::skip);
}

AutoconfigPage::~AutoconfigPage()
{
    stopJob();
}

void AutoconfigPage::initializePage()
{
    const auto *identity = qobject_cast<IdentityPage *>(wizard()->page(wizard()->startId()));
    start(identity ? identity->email() : QString());
}

void AutoconfigPage::cleanupPage()
{
    stopJob(); // Back: a lookup of the old address is of no use any more
}

void AutoconfigPage::start(const QString &email)
{
    stopJob();
    m_proposal.reset();
    m_email = email;
    const QString domain = email.mid(email.lastIndexOf(QLatin1Char('@')) + 1);
    m_status->setText(tr("Looking up %1's settings…").arg(domain));
    m_detail->clear();
    m_busy->show();
    m_skip->show();
    m_job = new Services::AutoconfigJob(m_options, this);
    connect(m_job, &Services::AutoconfigJob::progress, this,
        [this](const QString &text) { m_detail->setText(text + QStringLiteral("…")); });
    connect(m_job, &Services::AutoconfigJob::finished, this, &AutoconfigPage::onFinished);
    Q_EMIT completeChanged();
    m_job->start(email);
}

void AutoconfigPage::onFinished()
{
    Services::AutoconfigJob *job = m_job;
    if (!job) {
        return;
    }
    m_proposal = job->proposal();
    m_busy->hide();
    m_skip->hide();
    if (m_proposal) {
        m_status->setText(tr("Found the settings of %1 through %2.")
                              .arg(m_proposal->email.mid(m_proposal->email.lastIndexOf(QLatin1Char('@')) + 1),
                                  sourceName(m_proposal->source)));
        m_detail->setText(m_proposal->sourceDetail);
    } else {
        // Not the job's errorString(): it is worded for letterbox-cli ("account add").
        m_status->setText(tr("No settings were found for %1. On the next page you can enter your servers as your "
                             "provider names them.")
                              .arg(m_email));
        QStringList tried;
        for (const Accounts::AutoconfigAttempt &attempt : job->attempts()) {
            tried.append(tr("%1: %2").arg(attempt.detail, attempt.outcome));
        }
        m_detail->setText(tried.join(QLatin1Char('\n')));
    }
    job->deleteLater();
    m_job = nullptr;
    Q_EMIT completeChanged();
    Q_EMIT lookupFinished();
}

void AutoconfigPage::skip()
{
    stopJob();
    m_proposal.reset();
    m_busy->hide();
    m_skip->hide();
    m_status->setText(tr("The lookup was skipped: enter your servers on the next page."));
    m_detail->clear();
    Q_EMIT completeChanged();
    Q_EMIT lookupFinished();
}

void AutoconfigPage::stopJob()
{
    if (m_job) {
        m_job->disconnect(this);
        delete m_job;
        m_job = nullptr;
    }
}

bool AutoconfigPage::isComplete() const
{
    return !m_job;
}

QString AutoconfigPage::statusText() const
{
    return m_status->text();
}

} // namespace Letterbox::Gui
