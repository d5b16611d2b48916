#pragma once

#include "store/messagerecord.h"

#include <QCoreApplication>
#include <QVariant>

namespace Letterbox::Models {

/**
 * @short What each column of the message list shows for one record, and its header.
 *
 * MessageListModel::data() answers the roles it knows from the row itself (ids, thread
 * places) and hands the record's roles here: the state roles of roles.h, Qt::FontRole
 * (bold when unread), and per column Qt::DisplayRole, IconNameRole, Qt::ToolTipRole and
 * Qt::TextAlignmentRole. Pure functions of the record, so they need no store.
 */
class MessageColumns
{
    // The strings belong to the model the person sees them in.
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Models::MessageListModel)

public:
    struct Context
    {
        bool showsRecipients = false; ///< Sent and Drafts: the correspondent is the To summary
        QString accountName;
    };

    static QVariant data(const Store::MessageRecord &record, int column, int role, const Context &context);
    static QVariant header(int section, bool showsRecipients);

private:
    static QVariant columnData(const Store::MessageRecord &record, int column, int role, const Context &context);
};

} // namespace Letterbox::Models
