#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Letterbox::Services {
class MailSession;
}

namespace Letterbox::Gui {

/**
 * @short The status bar's account part: what each account is doing in plain words, a
 * progress bar and a cancel button while one works, the changes waiting for a server,
 * the online/offline state (a button that toggles it), and the last error in one
 * sentence with "Details…" for the transcript.
 *
 * Several accounts at once: the busy ones are joined ("work: Inbox: 1,200 of 10,000
 * messages · home: Connecting…"); the progress bar follows the first busy one with a
 * known total. The texts come from Services::AccountActivity, so they are already
 * translated where they are made.
 */
class ActivityStatus : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityStatus(Services::MailSession &session, QWidget *parent = nullptr);

    [[nodiscard]] QString activityText() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString pendingText() const;
    [[nodiscard]] bool isProgressVisible() const;

Q_SIGNALS:
    /// The offline button was pressed.
    void offlineToggled(bool offline);

private:
    void refresh();
    void showDetails();

    Services::MailSession &m_session;
    QLabel *m_activity = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_details = nullptr;
    QToolButton *m_online = nullptr;
    QString m_errorDetails;
    QString m_errorAccount;
};

} // namespace Letterbox::Gui
