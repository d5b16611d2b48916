#include "gui/messageundo.h"

namespace Letterbox::Gui {

FlagCommand::FlagCommand(Services::MailSession &session, int account, QList<qint64> ids, Store::MessageFlag flag,
    bool on, ActionErrorSink errors)
    : m_session(session)
    , m_account(account)
    , m_ids(std::move(ids))
    , m_flag(flag)
    , m_on(on)
    , m_errors(std::move(errors))
{
    const int count = int(m_ids.size());
    switch (flag) {
    case Store::MessageFlag::Seen:
        setText(on ? tr("Mark %n message(s) read", nullptr, count) : tr("Mark %n message(s) unread", nullptr, count));
        break;
    case Store::MessageFlag::Flagged:
        setText(on ? tr("Flag %n message(s)", nullptr, count) : tr("Unflag %n message(s)", nullptr, count));
        break;
    default:
        setText(tr("Change %n message(s)", nullptr, count));
        break;
    }
}

FlagCommand::FlagCommand(Services::MailSession &session, int account, QList<qint64> ids, const QString &keyword,
    const QString &tagName, bool on, ActionErrorSink errors)
    : m_session(session)
    , m_account(account)
    , m_ids(std::move(ids))
    , m_keyword(keyword)
    , m_on(on)
    , m_errors(std::move(errors))
{
    const int count = int(m_ids.size());
    setText(on ? tr("Tag %n message(s) %1", nullptr, count).arg(tagName)
               : tr("Remove tag %1 from %n message(s)", nullptr, count).arg(tagName));
}

Store::Result<Services::ActionOutcome> FlagCommand::apply(const QList<qint64> &ids, bool on) const
{
    return m_keyword.isEmpty() ? m_session.setFlag(m_account, ids, m_flag, on)
                               : m_session.setKeyword(m_account, ids, m_keyword, on);
}

void FlagCommand::redo()
{
    const Store::Result<Services::ActionOutcome> done = apply(m_ids, m_on);
    if (!done.ok()) {
        setObsolete(true);
        m_errors(done.message());
        return;
    }
    m_changed = done.value().ids;
    if (m_changed.isEmpty()) {
        setObsolete(true); // nothing changed: nothing to undo
    }
}

void FlagCommand::undo()
{
    const Store::Result<Services::ActionOutcome> done = apply(m_changed, !m_on);
    if (!done.ok()) {
        m_errors(done.message());
    }
}

MoveCommand::MoveCommand(Services::MailSession &session, int account, QList<qint64> ids, qint64 targetFolderId,
    Kind kind, ActionErrorSink errors)
    : m_session(session)
    , m_account(account)
    , m_ids(std::move(ids))
    , m_target(targetFolderId)
    , m_kind(kind)
    , m_errors(std::move(errors))
{
    const int count = int(m_ids.size());
    setText(
        kind == Kind::Delete ? tr("Delete %n message(s)", nullptr, count) : tr("Move %n message(s)", nullptr, count));
}

void MoveCommand::redo()
{
    const Store::Result<Services::ActionOutcome> done = m_kind == Kind::Delete
        ? m_session.deleteMessages(m_account, m_ids)
        : m_session.move(m_account, m_ids, m_target);
    if (!done.ok()) {
        setObsolete(true);
        m_errors(done.message());
        return;
    }
    m_movedFrom = done.value().movedFrom;
    m_removed = done.value().removed;
    m_target = done.value().folderId;
    if (m_movedFrom.isEmpty()) {
        setObsolete(true); // removed for good (or nothing moved): there is no way back
    }
}

void MoveCommand::undo()
{
    for (auto from = m_movedFrom.cbegin(); from != m_movedFrom.cend(); ++from) {
        const Store::Result<Services::ActionOutcome> done = m_session.move(m_account, from.value(), from.key());
        if (!done.ok()) {
            m_errors(done.message());
        }
    }
    // Redo moves exactly these rows again (a Delete becomes a move to the same Trash).
    QList<qint64> moved;
    for (const QList<qint64> &ids : std::as_const(m_movedFrom)) {
        moved += ids;
    }
    m_ids = moved;
    m_kind = Kind::Move;
}

} // namespace Letterbox::Gui
