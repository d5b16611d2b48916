#pragma once

#include "services/session/outboxitem.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Letterbox::Services {
class MailSession;
}

namespace Letterbox::Gui {

/**
 * @short The outbox of every account: what waits, what is being sent, what failed with
 * the server's words and what may have been sent; Send Again, Edit (the message leaves
 * the outbox and opens in the composer) and Delete.
 *
 * It lists MailSession::outbox() again whenever the session says the outbox changed, so
 * a message that is sent meanwhile disappears from the list by itself.
 */
class OutboxDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OutboxDialog(Services::MailSession *session, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    /// Reads every account's outbox again.
    void refresh();
    /// The state column's words for @p item.
    [[nodiscard]] static QString stateText(const Services::OutboxItem &item);

    void sendAgainSelected();
    void editSelected();
    void deleteSelected();

Q_SIGNALS:
    /// Edit: the message @p bytes, taken out of the outbox of @p account, to open in a composer.
    void editRequested(int account, const QByteArray &bytes);

private:
    struct Selected
    {
        int account = -1;
        qint64 entryId = 0;
    };
    [[nodiscard]] QList<Selected> selected() const;
    void updateButtons();
    void report(const QString &problem);

    Services::MailSession *m_session;
    QTreeWidget *m_list;
    QLabel *m_problem;
    QPushButton *m_sendAgain;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace Letterbox::Gui
