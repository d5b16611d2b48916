#include "gui/composer/outboxdialog.h"

#include "services/session/mailsession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Letterbox::Gui {

namespace {
constexpr int s_accountRole = Qt::UserRole + 1;
constexpr int s_entryRole = Qt::UserRole + 2;
} // namespace

OutboxDialog::OutboxDialog(Services::MailSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QTreeWidget(this))
    , m_problem(new QLabel(this))
    , m_sendAgain(new QPushButton(tr("Send &Again"), this))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Outbox"));
    resize(780, 360);
    m_list->setObjectName(QStringLiteral("outboxList"));
    m_list->setAccessibleName(tr("Messages in the outbox"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Subject"), tr("To"), tr("Account"), tr("State"), tr("Written")});
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_sendAgain->setObjectName(QStringLiteral("sendAgainButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_sendAgain, QDialogButtonBox::ActionRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sendAgain, &QPushButton::clicked, this, &OutboxDialog::sendAgainSelected);
    connect(m_edit, &QPushButton::clicked, this, &OutboxDialog::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &OutboxDialog::deleteSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &OutboxDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    if (m_session) {
        connect(m_session, &Services::MailSession::outboxChanged, this, &OutboxDialog::refresh);
    }
    refresh();
}

QString OutboxDialog::stateText(const Services::OutboxItem &item)
{
    switch (item.state) {
    case Services::OutboxItem::State::Waiting:
        if (item.nextAttempt.isValid()) {
            return tr("Waiting: tried again at %1 (%2)")
                .arg(QLocale().toString(item.nextAttempt.toLocalTime(), QLocale::ShortFormat), item.error);
        }
        return tr("Waiting to be sent");
    case Services::OutboxItem::State::Sending:
        return tr("Sending…");
    case Services::OutboxItem::State::Failed:
        return tr("Failed: %1").arg(item.error);
    case Services::OutboxItem::State::MaybeSent:
        return tr("May have been sent (%1): check the recipient has it before sending again").arg(item.error);
    }
    return {};
}

void OutboxDialog::refresh()
{
    const QList<Selected> before = selected();
    m_list->clear();
    for (int account = 0; m_session && account < m_session->accountCount(); ++account) {
        const Store::Result<QList<Services::OutboxItem>> items = m_session->outbox(account);
        if (!items.ok()) {
            report(items.message());
            continue;
        }
        for (const Services::OutboxItem &entry : items.value()) {
            auto *row = new QTreeWidgetItem(m_list,
                {entry.subject.isEmpty() ? tr("(no subject)") : entry.subject,
                    QLocale().createSeparatedList(entry.recipients), m_session->accountName(account), stateText(entry),
                    QLocale().toString(entry.created.toLocalTime(), QLocale::ShortFormat)});
            row->setData(0, s_accountRole, account);
            row->setData(0, s_entryRole, entry.id);
            row->setToolTip(3, stateText(entry));
            for (const Selected &was : before) {
                if (was.account == account && was.entryId == entry.id) {
                    row->setSelected(true);
                }
            }
        }
    }
    updateButtons();
}

QList<OutboxDialog::Selected> OutboxDialog::selected() const
{
    QList<Selected> result;
    for (const QTreeWidgetItem *item : m_list->selectedItems()) {
        result.append({item->data(0, s_accountRole).toInt(), item->data(0, s_entryRole).toLongLong()});
    }
    return result;
}

void OutboxDialog::updateButtons()
{
    const bool any = !m_list->selectedItems().isEmpty();
    m_sendAgain->setEnabled(any);
    m_delete->setEnabled(any);
    m_edit->setEnabled(m_list->selectedItems().size() == 1);
}

void OutboxDialog::report(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void OutboxDialog::sendAgainSelected()
{
    for (const Selected &entry : selected()) {
        if (const Store::Status status = m_session->sendAgain(entry.account, entry.entryId); !status.ok()) {
            report(status.message());
        }
    }
}

void OutboxDialog::editSelected()
{
    const QList<Selected> entries = selected();
    if (entries.size() != 1) {
        return;
    }
    const Selected entry = entries.first();
    const Store::Result<QByteArray> bytes = m_session->outgoingBytes(entry.account, entry.entryId);
    if (!bytes.ok()) {
        report(bytes.message());
        return;
    }
    // Taken out first, so it cannot go out while it is being changed (one being sent
    // cannot be taken: the outbox refuses, and it stays).
    if (const Store::Status removed = m_session->discardOutgoing(entry.account, entry.entryId); !removed.ok()) {
        report(removed.message());
        return;
    }
    Q_EMIT editRequested(entry.account, bytes.value());
}

void OutboxDialog::deleteSelected()
{
    for (const Selected &entry : selected()) {
        if (const Store::Status status = m_session->discardOutgoing(entry.account, entry.entryId); !status.ok()) {
            report(status.message());
        }
    }
}

} // namespace Letterbox::Gui
