#include "gui/remotecontentbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Letterbox::Gui {

RemoteContentBar::RemoteContentBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_loadOnce(new QPushButton(tr("&Load remote content"), this))
    , m_always(new QPushButton(this))
{
    setObjectName(QStringLiteral("remoteContentBar"));
    setAccessibleName(tr("Blocked remote content"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("remoteContentText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_loadOnce->setObjectName(QStringLiteral("loadRemoteContent"));
    m_loadOnce->setAccessibleName(tr("Load remote content for this message"));
    m_always->setObjectName(QStringLiteral("loadRemoteContentAlways"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_loadOnce);
    layout->addWidget(m_always);

    connect(m_loadOnce, &QPushButton::clicked, this, &RemoteContentBar::loadForMessage);
    connect(m_always, &QPushButton::clicked, this, &RemoteContentBar::loadAlwaysForSender);
    hide();
}

void RemoteContentBar::showBlocked(int blockedCount, const QString &senderAddress)
{
    if (blockedCount <= 0) {
        hide();
        return;
    }
    m_text->setText(
        tr("To protect your privacy, %n remote item(s) in this message were not loaded.", nullptr, blockedCount));
    m_always->setVisible(!senderAddress.isEmpty());
    // An address may hold "&", which a button would take for a shortcut marker.
    m_always->setText(tr("Always for %1").arg(QString(senderAddress).replace(QLatin1Char('&'), QLatin1String("&&"))));
    m_always->setAccessibleName(tr("Always load remote content from %1").arg(senderAddress));
    show();
}

} // namespace Letterbox::Gui
