#include "gui/messageview.h"

#include "gui/attachmentbar.h"
#include "gui/attachmentfiles.h"
#include "gui/messagebrowser.h"
#include "gui/messageheader.h"
#include "gui/remotecontentbar.h"
#include "render/linkcheck.h"
#include "services/reading/messagecontentloader.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>

namespace Letterbox::Gui {

namespace {

enum Page { StatusPage = 0, BodyPage = 1, SourcePage = 2 };

QToolButton *toggleButton(
    const QString &text, const QString &accessibleName, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

bool sameUrl(const QUrl &a, const QUrl &b)
{
    return a == b || a.toEncoded() == b.toEncoded()
        || a.adjusted(QUrl::StripTrailingSlash) == b.adjusted(QUrl::StripTrailingSlash);
}

} // namespace

MessageView::MessageView(QWidget *parent)
    : QWidget(parent)
    , m_loader(new Services::MessageContentLoader(this))
    , m_network(new QNetworkAccessManager(this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("messageView"));
    setAccessibleName(tr("Message"));
    buildLayout();
    m_browser->setNetworkAccessManager(m_network);

    connect(m_loader, &Services::MessageContentLoader::loaded, this, &MessageView::onLoaded);
    connect(m_loader, &Services::MessageContentLoader::bodyMissing, this, &MessageView::onBodyMissing);
    connect(m_loader, &Services::MessageContentLoader::failed, this, &MessageView::onFailed);
    connect(m_loader, &Services::MessageContentLoader::partsLoaded, this,
        [this](quint64 request, qint64, const QStringList &paths, const QList<QByteArray> &contents) {
            onPartsLoaded(request, paths, contents);
        });
    connect(m_loader, &Services::MessageContentLoader::partsFailed, this, [this](quint64 request, const QString &why) {
        if (m_partsJobs.remove(request) > 0) {
            showNotice(why);
            Q_EMIT attachmentFailed(why);
        }
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, &MessageView::onAnchorClicked);
    connect(m_remoteBar, &RemoteContentBar::loadForMessage, this, &MessageView::loadRemoteContent);
    connect(m_remoteBar, &RemoteContentBar::loadAlwaysForSender, this, &MessageView::loadRemoteContentAlwaysForSender);
    connect(m_attachments, &AttachmentBar::saveRequested, this, &MessageView::askSaveAttachment);
    connect(m_attachments, &AttachmentBar::saveAllRequested, this, &MessageView::askSaveAllAttachments);
    connect(m_attachments, &AttachmentBar::openRequested, this, &MessageView::openAttachment);
    connect(m_allHeadersButton, &QToolButton::toggled, m_header, &MessageHeader::setAllHeadersVisible);
    connect(m_plainButton, &QToolButton::toggled, this, [this] {
        if (m_hasContent) {
            showBody();
        }
    });
    connect(m_sourceButton, &QToolButton::toggled, this, [this](bool shown) {
        if (!m_hasContent) {
            return;
        }
        if (shown && m_source->document()->isEmpty()) {
            QString source = m_content.source;
            if (m_content.sourceTruncated) {
                source += QLatin1Char('\n')
                    + tr("[The source is cut here: the message is larger than %1.]")
                          .arg(AttachmentBar::formattedSize(Services::MessageContent::maxSourceBytes));
            }
            m_source->setPlainText(source);
        }
        m_pages->setCurrentIndex(shown ? SourcePage : BodyPage);
    });
    clear();
}

MessageView::~MessageView()
{
    // The manager may go first among the children; no reply may outlive it in the browser.
    m_browser->setNetworkAccessManager(nullptr);
}

void MessageView::buildLayout()
{
    m_header = new MessageHeader(this);
    m_allHeadersButton
        = toggleButton(tr("All &headers"), tr("Show all header fields"), QStringLiteral("showAllHeaders"), this);
    m_plainButton = toggleButton(tr("&Plain text"), tr("View as plain text"), QStringLiteral("viewPlainText"), this);
    m_sourceButton = toggleButton(tr("Sou&rce"), tr("View the message source"), QStringLiteral("viewSource"), this);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 0, 6, 0);
    buttons->addStretch(1);
    buttons->addWidget(m_allHeadersButton);
    buttons->addWidget(m_plainButton);
    buttons->addWidget(m_sourceButton);

    m_remoteBar = new RemoteContentBar(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("messageNotice"));
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(6, 2, 6, 2);

    m_statusPage = new QWidget(this);
    m_status = new QLabel(m_statusPage);
    m_status->setObjectName(QStringLiteral("messageStatus"));
    m_status->setAccessibleName(tr("Message status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_progress = new QProgressBar(m_statusPage);
    m_progress->setObjectName(QStringLiteral("messageProgress"));
    m_progress->setAccessibleName(tr("Download progress"));
    auto *statusLayout = new QVBoxLayout(m_statusPage);
    statusLayout->addStretch(1);
    statusLayout->addWidget(m_status);
    statusLayout->addWidget(m_progress);
    statusLayout->addStretch(2);

    m_browser = new MessageBrowser(this);
    m_browser->setObjectName(QStringLiteral("messageBrowser"));
    m_source = new QPlainTextEdit(this);
    m_source->setObjectName(QStringLiteral("messageSource"));
    m_source->setAccessibleName(tr("Message source"));
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(StatusPage, m_statusPage);
    m_pages->insertWidget(BodyPage, m_browser);
    m_pages->insertWidget(SourcePage, m_source);

    m_attachments = new AttachmentBar(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addLayout(buttons);
    layout->addWidget(m_remoteBar);
    layout->addWidget(m_notice);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_attachments);
}

void MessageView::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    if (m_network && m_network->parent() == this) {
        delete m_network;
    }
    m_network = manager;
    m_browser->setNetworkAccessManager(manager);
}

void MessageView::setRemoteContentPolicy(const QString &settingsFile)
{
    m_policy = RemoteContentPolicy(settingsFile);
    m_loader->setTrustedSenders(m_policy.trustedSenders());
}

void MessageView::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

void MessageView::showMessage(Store::Database *database, qint64 messageId)
{
    if (!database) {
        clear();
        return;
    }
    if (database != m_database || messageId != m_messageId) {
        m_database = database;
        m_messageId = messageId;
        m_allowRemoteOnce = false;
        m_hasContent = false;
        m_header->clear();
        m_remoteBar->hide();
        m_notice->hide();
        m_attachments->setAttachments({});
        showStatus(tr("Loading the message…"), false);
    }
    reload();
}

void MessageView::reload()
{
    m_request = m_loader->load(*m_database, m_messageId, m_allowRemoteOnce);
}

void MessageView::clear()
{
    m_loader->cancel();
    m_database = nullptr;
    m_messageId = 0;
    m_request = 0;
    m_hasContent = false;
    m_content = {};
    m_header->clear();
    m_header->hide();
    m_remoteBar->hide();
    m_notice->hide();
    m_attachments->setAttachments({});
    m_browser->clearContent();
    m_source->clear();
    m_allHeadersButton->setEnabled(false);
    m_plainButton->setEnabled(false);
    m_sourceButton->setEnabled(false);
    showStatus(tr("No message selected."), false);
}

void MessageView::showFetching(qint64 received, qint64 total)
{
    showStatus(tr("Downloading the message…"), true);
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, received * 1000 / total)));
    }
}

void MessageView::showUnavailable(const QString &why)
{
    showStatus(why, false);
}

void MessageView::showStatus(const QString &text, bool busy)
{
    m_status->setText(text);
    m_progress->setRange(0, 0); // busy until showFetching() learns the size
    m_progress->setVisible(busy);
    m_pages->setCurrentIndex(StatusPage);
}

void MessageView::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void MessageView::onLoaded(quint64 request, const Services::MessageContent &content)
{
    if (request != m_request) {
        return;
    }
    const bool sameMessage = m_hasContent && content.messageId == m_content.messageId;
    m_content = content;
    m_hasContent = true;
    if (!sameMessage) {
        m_folded.clear();
        m_source->clear();
        const QSignalBlocker plainBlocker(m_plainButton);
        const QSignalBlocker sourceBlocker(m_sourceButton);
        m_plainButton->setChecked(false);
        m_sourceButton->setChecked(false);
    }
    m_header->setContent(content);
    m_header->show();
    m_allHeadersButton->setEnabled(true);
    m_sourceButton->setEnabled(true);
    // Plain text is all there is without (acceptable) HTML: the toggle then stays on.
    const bool htmlAvailable = content.hasHtml && !content.htmlRejected;
    m_plainButton->setEnabled(htmlAvailable);
    if (!htmlAvailable) {
        const QSignalBlocker blocker(m_plainButton);
        m_plainButton->setChecked(true);
    }
    QStringList notices;
    if (content.htmlRejected) {
        notices.append(tr("This message's formatting could not be shown safely, so its plain text is shown: %1")
                           .arg(content.rejectReason));
    }
    if (!content.bodyComplete) {
        notices.append(tr("Only part of this message is downloaded; some attachments may be missing."));
    }
    showNotice(notices.join(QLatin1Char(' ')));
    m_attachments->setAttachments(content.attachments);
    showBody();
    Q_EMIT contentShown(content.messageId);
}

void MessageView::onBodyMissing(quint64 request, qint64 messageId)
{
    if (request != m_request) {
        return;
    }
    showStatus(tr("This message is not downloaded yet."), false);
    Q_EMIT bodyWanted(messageId);
}

void MessageView::onFailed(quint64 request, const QString &sentence)
{
    if (request != m_request) {
        return;
    }
    showStatus(sentence, false);
}

bool MessageView::htmlShown() const
{
    return m_hasContent && m_content.hasHtml && !m_content.htmlRejected && !m_plainButton->isChecked();
}

QString MessageView::plainHtml() const
{
    return m_content.plainText ? m_content.plainText->toHtml(m_folded) : m_content.plainHtml;
}

void MessageView::showBody()
{
    // The bar and the page first, the text last: the browser then has its final size when
    // the document is laid out, instead of laying it out again when the page changes.
    const bool html = htmlShown();
    m_remoteBar->showBlocked(
        html && !m_content.remoteAllowed ? int(m_content.blockedUrls.size()) : 0, m_content.senderAddress);
    if (!m_sourceButton->isChecked()) {
        m_pages->setCurrentIndex(BodyPage);
    }
    if (html) {
        m_browser->showContent(m_content.html, m_content.inlineParts, m_content.remoteAllowed);
    } else {
        m_browser->showContent(plainHtml(), {}, false);
    }
}

bool MessageView::isPlainTextShown() const
{
    return m_hasContent && !htmlShown();
}

void MessageView::setPlainTextShown(bool plain)
{
    if (m_plainButton->isEnabled()) {
        m_plainButton->setChecked(plain);
    }
}

void MessageView::setAllHeadersShown(bool shown)
{
    m_allHeadersButton->setChecked(shown);
}

void MessageView::setSourceShown(bool shown)
{
    m_sourceButton->setChecked(shown);
}

void MessageView::loadRemoteContent()
{
    if (!m_database || !m_hasContent) {
        return;
    }
    m_allowRemoteOnce = true;
    reload();
}

void MessageView::loadRemoteContentAlwaysForSender()
{
    if (!m_database || !m_hasContent || m_content.senderAddress.isEmpty()) {
        return;
    }
    m_policy.trust(m_content.senderAddress);
    m_loader->setTrustedSenders(m_policy.trustedSenders());
    reload();
}

void MessageView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == Render::PlainTextRenderer::foldScheme) {
        bool ok = false;
        const int group = url.path().toInt(&ok);
        if (ok && m_content.plainText && !htmlShown()) {
            if (!m_folded.remove(group)) {
                m_folded.insert(group);
            }
            m_browser->replaceHtml(plainHtml());
        }
        return;
    }
    if (url.scheme().isEmpty() && url.hasFragment()) {
        m_browser->scrollToAnchor(url.fragment());
        return;
    }
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")) {
        openLink(url);
    }
}

void MessageView::openLink(const QUrl &url)
{
    if (htmlShown()) {
        for (const Render::LinkMismatch &mismatch : std::as_const(m_content.linkMismatches)) {
            if (!sameUrl(mismatch.target, url)) {
                continue;
            }
            QMessageBox box(QMessageBox::Warning, tr("Open Link?"),
                tr("The text of this link names %1, but it leads to %2.")
                    .arg(mismatch.shownHost, Render::LinkCheck::displayHost(url)),
                QMessageBox::Open | QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("linkMismatchBox"));
            box.setInformativeText(tr("The full address is:\n%1\n\nOpen it only if you trust where it really goes.")
                                       .arg(url.toDisplayString(QUrl::FullyEncoded)));
            box.setDefaultButton(QMessageBox::Cancel);
            if (box.exec() != QMessageBox::Open) {
                return;
            }
            break;
        }
    }
    m_opener(url);
}

void MessageView::askSaveAttachment(int index)
{
    if (index < 0 || index >= m_content.attachments.size()) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Attachment"), QDir(folder).filePath(m_content.attachments.at(index).fileName));
    if (!path.isEmpty()) {
        saveAttachmentTo(index, path);
    }
}

void MessageView::askSaveAllAttachments()
{
    if (m_content.attachments.isEmpty()) {
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Save All Attachments"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!folder.isEmpty()) {
        saveAllAttachmentsTo(folder);
    }
}

void MessageView::saveAttachmentTo(int index, const QString &path)
{
    if (!m_database || !m_hasContent || index < 0 || index >= m_content.attachments.size()) {
        return;
    }
    const quint64 request = m_loader->loadParts(*m_database, m_messageId, {m_content.attachments.at(index).partPath});
    m_partsJobs.insert(request, PartsJob {false, {path}, m_content.bodyComplete});
}

void MessageView::saveAllAttachmentsTo(const QString &directory)
{
    if (!m_database || !m_hasContent || m_content.attachments.isEmpty()) {
        return;
    }
    QStringList paths;
    QStringList targets;
    QSet<QString> taken;
    for (const Services::AttachmentEntry &attachment : std::as_const(m_content.attachments)) {
        paths.append(attachment.partPath);
        targets.append(AttachmentFiles::uniquePath(directory, attachment.fileName, taken));
        taken.insert(targets.constLast());
    }
    const quint64 request = m_loader->loadParts(*m_database, m_messageId, paths);
    m_partsJobs.insert(request, PartsJob {false, targets, m_content.bodyComplete});
}

void MessageView::openAttachment(int index)
{
    if (!m_database || !m_hasContent || index < 0 || index >= m_content.attachments.size()) {
        return;
    }
    const QString directory = temporaryDirectory();
    if (directory.isEmpty()) {
        showNotice(tr("Letterbox could not make a private folder for opening attachments."));
        return;
    }
    const Services::AttachmentEntry &attachment = m_content.attachments.at(index);
    const quint64 request = m_loader->loadParts(*m_database, m_messageId, {attachment.partPath});
    m_partsJobs.insert(request,
        PartsJob {true, {AttachmentFiles::uniquePath(directory, attachment.fileName)}, m_content.bodyComplete});
}

QString MessageView::temporaryDirectory()
{
    if (!m_temporaryDirectory) {
        // QTemporaryDir makes its folder 0700: other users cannot read or swap the files.
        m_temporaryDirectory
            = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("letterbox-XXXXXX")));
    }
    return m_temporaryDirectory->isValid() ? m_temporaryDirectory->path() : QString();
}

void MessageView::onPartsLoaded(quint64 request, const QStringList &paths, const QList<QByteArray> &contents)
{
    const auto job = m_partsJobs.constFind(request);
    if (job == m_partsJobs.constEnd()) {
        return;
    }
    const PartsJob done = *job;
    m_partsJobs.erase(job);
    QStringList written;
    for (qsizetype i = 0; i < paths.size() && i < done.targets.size(); ++i) {
        const QString &target = done.targets.at(i);
        if (contents.value(i).isEmpty() && !done.bodyComplete) {
            // A partial body holds the text parts only: an empty file would look saved.
            const QString why = tr("%1 is not downloaded yet.").arg(QFileInfo(target).fileName());
            showNotice(why);
            Q_EMIT attachmentFailed(why);
            continue;
        }
        const QString error = AttachmentFiles::write(target, contents.value(i));
        if (!error.isEmpty()) {
            showNotice(error);
            Q_EMIT attachmentFailed(error);
            continue;
        }
        written.append(target);
    }
    if (written.isEmpty()) {
        return;
    }
    if (!done.open) {
        Q_EMIT attachmentsSaved(written);
        return;
    }
    const QString file = written.constFirst();
    // Read-only: an edit in the viewer would be lost with the temporary folder.
    QFile::setPermissions(file, QFileDevice::ReadOwner);
    if (!m_opener(QUrl::fromLocalFile(file))) {
        const QString why = tr("No application is set up to open %1.").arg(QFileInfo(file).fileName());
        showNotice(why);
        Q_EMIT attachmentFailed(why);
        return;
    }
    Q_EMIT attachmentOpened(file);
}

} // namespace Letterbox::Gui
