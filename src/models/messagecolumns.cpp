#include "models/messagecolumns.h"

#include "models/messagelistmodel.h"
#include "models/messagetags.h"
#include "models/roles.h"

#include <QFont>
#include <QLocale>

namespace Letterbox::Models {

using Store::MessageRecord;

namespace {

QString senderOf(const MessageRecord &record)
{
    return record.fromName.isEmpty() ? record.fromAddress : record.fromName;
}

QDateTime shownDate(const MessageRecord &record)
{
    const QDateTime date = record.internalDate.isValid() ? record.internalDate : record.sentDate;
    return date.toLocalTime();
}

} // namespace

QVariant MessageColumns::data(const MessageRecord &r, int column, int role, const Context &context)
{
    switch (role) {
    case IsLoadedRole:
        return true;
    case FolderIdRole:
        return r.folderId;
    case IsUnreadRole:
        return r.isUnread();
    case IsFlaggedRole:
        return r.flags.testFlag(Store::MessageFlag::Flagged);
    case IsAnsweredRole:
        return r.flags.testFlag(Store::MessageFlag::Answered);
    case HasAttachmentRole:
        return r.hasAttachments;
    case BodyStateRole:
        return int(r.bodyState);
    case IsBodyCachedRole:
        return r.bodyState == Store::BodyState::Full || r.bodyState == Store::BodyState::Partial;
    case ThreadIdRole:
        return r.threadId;
    case DateRole:
        return shownDate(r);
    case SizeRole:
        return r.size;
    case SubjectRole:
        return r.subject;
    case SenderRole:
        return senderOf(r);
    case RecipientsRole:
        return r.toSummary;
    case SnippetRole:
        return r.snippet;
    case TagsRole:
        return MessageTags::namesOf(r.keywords);
    case KeywordsRole:
        return r.keywords;
    case Qt::ForegroundRole:
        if (const std::optional<QColor> colour = MessageTags::colourOf(r.keywords)) {
            return *colour; // a tagged row in its tag's colour, as in Thunderbird
        }
        return {};
    case Qt::FontRole:
        if (r.isUnread()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return columnData(r, column, role, context);
    }
}

QVariant MessageColumns::columnData(const MessageRecord &r, int column, int role, const Context &context)
{
    const bool showsRecipients = context.showsRecipients;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case MessageListModel::CorrespondentColumn:
            return showsRecipients ? r.toSummary : senderOf(r);
        case MessageListModel::SubjectColumn:
            return r.subject.isEmpty() ? tr("(no subject)") : r.subject;
        case MessageListModel::DateColumn:
            return QLocale().toString(shownDate(r), QLocale::ShortFormat);
        case MessageListModel::SizeColumn:
            return QLocale().formattedDataSize(r.size);
        case MessageListModel::AccountColumn:
            return context.accountName;
        default:
            return {};
        }
    }
    if (role == IconNameRole) {
        switch (column) {
        case MessageListModel::ReadColumn:
            return r.isUnread() ? QStringLiteral("mail-unread") : QStringLiteral("mail-read");
        case MessageListModel::FlaggedColumn:
            return r.flags.testFlag(Store::MessageFlag::Flagged) ? QStringLiteral("mail-mark-important") : QString();
        case MessageListModel::AttachmentColumn:
            return r.hasAttachments ? QStringLiteral("mail-attachment") : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case MessageListModel::ReadColumn:
            return r.isUnread() ? tr("Unread") : tr("Read");
        case MessageListModel::FlaggedColumn:
            return r.flags.testFlag(Store::MessageFlag::Flagged) ? tr("Flagged") : QString();
        case MessageListModel::AttachmentColumn:
            return r.hasAttachments ? tr("Has attachments") : QString();
        case MessageListModel::CorrespondentColumn:
            if (showsRecipients) {
                return r.toSummary;
            }
            return r.fromName.isEmpty() ? r.fromAddress : tr("%1 <%2>").arg(r.fromName, r.fromAddress);
        case MessageListModel::SubjectColumn:
            if (const QStringList tags = MessageTags::namesOf(r.keywords); !tags.isEmpty()) {
                return tr("Tags: %1").arg(QLocale().createSeparatedList(tags));
            }
            return {};
        case MessageListModel::DateColumn:
            return r.sentDate.isValid()
                ? tr("Sent %1").arg(QLocale().toString(r.sentDate.toLocalTime(), QLocale::LongFormat))
                : QString();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && column == MessageListModel::SizeColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant MessageColumns::header(int section, bool showsRecipients)
{
    switch (section) {
    case MessageListModel::ReadColumn:
        return tr("Read");
    case MessageListModel::FlaggedColumn:
        return tr("Flagged");
    case MessageListModel::AttachmentColumn:
        return tr("Attachment");
    case MessageListModel::CorrespondentColumn:
        return showsRecipients ? tr("Recipient") : tr("From");
    case MessageListModel::SubjectColumn:
        return tr("Subject");
    case MessageListModel::DateColumn:
        return tr("Date");
    case MessageListModel::SizeColumn:
        return tr("Size");
    case MessageListModel::AccountColumn:
        return tr("Account");
    default:
        return {};
    }
}

} // namespace Letterbox::Models
