#pragma once

#include "services/session/mailsession.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace Letterbox::Gui {

/// Where an undo command tells of an action the store refused (one sentence).
using ActionErrorSink = std::function<void(const QString &message)>;

/**
 * @short Undoable message actions (Ctrl+Z): each redo() and undo() is a new action through
 * MailSession (journaled and replayed like any other), never a journal rollback — the
 * server may have the first one already (services/actions/localactions.h).
 *
 * Only what changed is undone: a flag command remembers the rows whose flag it changed
 * (ActionOutcome::ids), a move the folder each row came from (ActionOutcome::movedFrom).
 * A command whose action failed marks itself obsolete, so the stack drops it.
 */
class FlagCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Gui::FlagCommand)

public:
    FlagCommand(Services::MailSession &session, int account, QList<qint64> ids, Store::MessageFlag flag, bool on,
        ActionErrorSink errors);
    /// A tag: the IMAP keyword @p keyword set or cleared, named @p tagName in the Undo menu.
    FlagCommand(Services::MailSession &session, int account, QList<qint64> ids, const QString &keyword,
        const QString &tagName, bool on, ActionErrorSink errors);

    void redo() override;
    void undo() override;

private:
    [[nodiscard]] Store::Result<Services::ActionOutcome> apply(const QList<qint64> &ids, bool on) const;

    Services::MailSession &m_session;
    int m_account;
    QList<qint64> m_ids;
    QList<qint64> m_changed;
    Store::MessageFlag m_flag = Store::MessageFlag::Flagged;
    QString m_keyword; ///< a tag command's keyword; empty for a system flag
    bool m_on;
    ActionErrorSink m_errors;
};

/// Moves messages into a folder; undo moves each back where it came from. Also the undo
/// of "Delete" when it moved the messages to Trash.
class MoveCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Gui::MoveCommand)

public:
    enum class Kind { Move, Delete };

    MoveCommand(Services::MailSession &session, int account, QList<qint64> ids, qint64 targetFolderId, Kind kind,
        ActionErrorSink errors);

    void redo() override;
    void undo() override;

    /// After a Delete: the rows removed for good (they were in Trash); nothing to undo.
    [[nodiscard]] const QList<qint64> &removed() const { return m_removed; }

private:
    Services::MailSession &m_session;
    int m_account;
    QList<qint64> m_ids;
    qint64 m_target;
    Kind m_kind;
    QHash<qint64, QList<qint64>> m_movedFrom;
    QList<qint64> m_removed;
    ActionErrorSink m_errors;
};

} // namespace Letterbox::Gui
