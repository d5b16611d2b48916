#include "gui/activitystatus.h"

#include "gui/icons.h"
#include "services/session/mailsession.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Letterbox::Gui {

ActivityStatus::ActivityStatus(Services::MailSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_activity = new QLabel(this);
    m_activity->setObjectName(QStringLiteral("activityLabel"));
    m_activity->setAccessibleName(tr("Account activity"));
    layout->addWidget(m_activity, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("activityProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);

    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setIcon(themeIcon(QStringLiteral("process-stop")));
    m_cancel->setToolTip(tr("Stop"));
    m_cancel->setAccessibleName(tr("Stop what the accounts are doing"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_session.cancelAll(); });
    layout->addWidget(m_cancel);

    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    m_pending->setAccessibleName(tr("Changes waiting for the server"));
    layout->addWidget(m_pending);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Last error"));
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->setMaximumWidth(480);
    layout->addWidget(m_error);

    m_details = new QToolButton(this);
    m_details->setObjectName(QStringLiteral("errorDetailsButton"));
    m_details->setText(tr("Details…"));
    m_details->setAccessibleName(tr("Details of the last error"));
    m_details->setAutoRaise(true);
    connect(m_details, &QToolButton::clicked, this, &ActivityStatus::showDetails);
    layout->addWidget(m_details);

    m_online = new QToolButton(this);
    m_online->setObjectName(QStringLiteral("onlineButton"));
    m_online->setCheckable(true);
    m_online->setAutoRaise(true);
    m_online->setAccessibleName(tr("Online or offline"));
    connect(m_online, &QToolButton::clicked, this, [this](bool checked) { Q_EMIT offlineToggled(checked); });
    layout->addWidget(m_online);

    connect(&m_session, &Services::MailSession::activityChanged, this, &ActivityStatus::refresh);
    connect(&m_session, &Services::MailSession::offlineChanged, this, &ActivityStatus::refresh);
    refresh();
}

QString ActivityStatus::activityText() const
{
    return m_activity->text();
}

QString ActivityStatus::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

QString ActivityStatus::pendingText() const
{
    return m_pending->isHidden() ? QString() : m_pending->text();
}

bool ActivityStatus::isProgressVisible() const
{
    return !m_progress->isHidden();
}

void ActivityStatus::refresh()
{
    QStringList busy;
    qint64 pending = 0;
    bool progressSet = false;
    QString error;
    m_errorDetails.clear();
    m_errorAccount.clear();
    bool push = false;
    QDateTime lastSync;
    for (int i = 0; i < m_session.accountCount(); ++i) {
        const Services::AccountActivity activity = m_session.activity(i);
        pending += activity.pendingChanges;
        push = push || activity.pushActive;
        if (activity.lastSync.isValid() && (!lastSync.isValid() || activity.lastSync > lastSync)) {
            lastSync = activity.lastSync;
        }
        if (activity.busy) {
            busy.append(tr("%1: %2").arg(activity.account, activity.text.isEmpty() ? tr("working…") : activity.text));
            if (!progressSet) {
                m_progress->setRange(0, activity.total > 0 ? 100 : 0);
                if (activity.total > 0) {
                    m_progress->setValue(int(activity.done * 100 / activity.total));
                }
                progressSet = true;
            }
        }
        if (error.isEmpty() && !activity.lastError.isEmpty()) {
            error = tr("%1: %2").arg(activity.account, activity.lastError);
            m_errorDetails = activity.errorDetails;
            m_errorAccount = activity.account;
        }
    }
    if (m_session.accountCount() == 0) {
        m_activity->setText(tr("No account"));
    } else if (!busy.isEmpty()) {
        m_activity->setText(busy.join(QStringLiteral(" · ")));
    } else if (m_session.isOffline()) {
        m_activity->setText(tr("Working offline"));
    } else if (lastSync.isValid()) {
        m_activity->setText(
            tr("Up to date (checked %1)").arg(QLocale().toString(lastSync.toLocalTime().time(), QLocale::ShortFormat)));
    } else {
        m_activity->setText(tr("Ready"));
    }
    m_progress->setVisible(progressSet);
    m_cancel->setVisible(!busy.isEmpty());
    m_pending->setText(tr("%n change(s) waiting for the server", nullptr, int(pending)));
    m_pending->setVisible(pending > 0);
    m_error->setText(error);
    m_error->setToolTip(error);
    m_error->setVisible(!error.isEmpty());
    m_details->setVisible(!error.isEmpty());

    const bool offline = m_session.isOffline();
    m_online->setChecked(offline);
    m_online->setIcon(themeIcon(offline ? QStringLiteral("network-offline") : QStringLiteral("network-idle")));
    m_online->setToolTip(offline
            ? tr("Offline: press to go online")
            : (push ? tr("Online, new mail is pushed: press to work offline") : tr("Online: press to work offline")));
}

void ActivityStatus::showDetails()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("What happened with %1").arg(m_errorAccount));
    auto *layout = new QVBoxLayout(&dialog);
    auto *summary = new QLabel(m_error->text(), &dialog);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *transcript = new QPlainTextEdit(&dialog);
    transcript->setObjectName(QStringLiteral("errorTranscript"));
    transcript->setAccessibleName(tr("Transcript of the connection"));
    transcript->setReadOnly(true);
    transcript->setPlainText(m_errorDetails.isEmpty() ? tr("No transcript was kept for this error.") : m_errorDetails);
    transcript->setFont(QFont(QStringLiteral("monospace")));
    layout->addWidget(transcript, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(720, 420);
    dialog.exec();
}

} // namespace Letterbox::Gui
