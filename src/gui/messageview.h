#pragma once

#include "gui/remotecontentpolicy.h"
#include "services/reading/messagecontent.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QStackedWidget;
class QTemporaryDir;
class QToolButton;

namespace Letterbox::Store {
class Database; // opaque here: the view hands it to the loader and never opens it
}

namespace Letterbox::Services {
class MessageContentLoader;
}

namespace Letterbox::Gui {

class AttachmentBar;
class MessageBrowser;
class MessageHeader;
class RemoteContentBar;

/**
 * @short The message pane: headers, body (HTML after the sanitiser, or plain text), blocked
 * content bar, attachments, all headers and source on demand.
 *
 * showMessage() hands the cache to its Services::MessageContentLoader, which parses off
 * the GUI thread; only the newest message asked for is shown. A message whose body is not
 * cached yet emits bodyWanted(): the window asks the engine, calls showFetching() (or
 * showUnavailable() when offline) and, once the body is stored, showMessage() again.
 *
 * Remote content stays out until the person chooses "Load remote content" (this message)
 * or "Always for" the sender, remembered in the INI file given to setRemoteContentPolicy();
 * only then does the browser fetch images, through the QNetworkAccessManager the view
 * owns (or the one it is given). A link whose text names another host than its target
 * shows the real one and asks before the desktop opens it.
 */
class MessageView final : public QWidget
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit MessageView(QWidget *parent = nullptr);
    ~MessageView() override;

    /// Remote images go through @p manager (not owned) instead of the view's own.
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    /// The INI file that remembers "always load remote content from this sender".
    void setRemoteContentPolicy(const QString &settingsFile);
    /// How links and opened attachments reach the desktop (QDesktopServices::openUrl by default).
    void setUrlOpener(UrlOpener opener);

    /// Shows message @p messageId of @p database (the account's open cache, which must
    /// outlive the view or the next showMessage()/clear()).
    void showMessage(Store::Database *database, qint64 messageId);
    /// Shows nothing (no message selected).
    void clear();
    /// The body is being downloaded: says so, with progress when @p total is known.
    void showFetching(qint64 received = 0, qint64 total = 0);
    /// The body cannot be had now; @p why is one sentence ("You are offline…").
    void showUnavailable(const QString &why);

    [[nodiscard]] qint64 messageId() const { return m_messageId; }
    /// Whether content() belongs to messageId() and is shown.
    [[nodiscard]] bool hasContent() const { return m_hasContent; }
    [[nodiscard]] const Services::MessageContent &content() const { return m_content; }

    [[nodiscard]] bool isPlainTextShown() const;
    /// "View as plain text"; an HTML message only (the others are plain text anyway).
    void setPlainTextShown(bool plain);
    void setAllHeadersShown(bool shown);
    void setSourceShown(bool shown);

    /// "Load remote content" for the shown message only.
    void loadRemoteContent();
    /// … and for every later message from its sender.
    void loadRemoteContentAlwaysForSender();

    /// Writes attachment @p index to @p path; attachmentsSaved() or attachmentFailed() follows.
    void saveAttachmentTo(int index, const QString &path);
    /// Writes every attachment into @p directory, never over an existing file.
    void saveAllAttachmentsTo(const QString &directory);
    /// Writes attachment @p index to a private (0700) temporary folder and opens it.
    void openAttachment(int index);

Q_SIGNALS:
    /// Only the headers of @p messageId are cached: fetch the body.
    void bodyWanted(qint64 messageId);
    /// The message's content is on screen (after each load, remote content allowed included).
    void contentShown(qint64 messageId);
    void attachmentsSaved(const QStringList &files);
    void attachmentOpened(const QString &file);
    void attachmentFailed(const QString &sentence);

private:
    struct PartsJob
    {
        bool open = false;
        QStringList targets;
        /// Of the message asked for (the view may show another one when the bytes arrive).
        bool bodyComplete = true;
    };

    void buildLayout();
    void reload();
    void onLoaded(quint64 request, const Services::MessageContent &content);
    void onBodyMissing(quint64 request, qint64 messageId);
    void onFailed(quint64 request, const QString &sentence);
    void onPartsLoaded(quint64 request, const QStringList &paths, const QList<QByteArray> &contents);
    void onAnchorClicked(const QUrl &url);
    void openLink(const QUrl &url);
    void askSaveAttachment(int index);
    void askSaveAllAttachments();
    void showBody();
    void showStatus(const QString &text, bool busy);
    void showNotice(const QString &text);
    [[nodiscard]] bool htmlShown() const;
    [[nodiscard]] QString plainHtml() const;
    [[nodiscard]] QString temporaryDirectory();

    Services::MessageContentLoader *m_loader = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    RemoteContentPolicy m_policy;
    UrlOpener m_opener;

    MessageHeader *m_header = nullptr;
    QToolButton *m_allHeadersButton = nullptr;
    QToolButton *m_plainButton = nullptr;
    QToolButton *m_sourceButton = nullptr;
    RemoteContentBar *m_remoteBar = nullptr;
    QLabel *m_notice = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_statusPage = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    MessageBrowser *m_browser = nullptr;
    QPlainTextEdit *m_source = nullptr;
    AttachmentBar *m_attachments = nullptr;

    Store::Database *m_database = nullptr;
    qint64 m_messageId = 0;
    quint64 m_request = 0;
    bool m_allowRemoteOnce = false;
    bool m_hasContent = false;
    Services::MessageContent m_content;
    QSet<int> m_folded;
    QHash<quint64, PartsJob> m_partsJobs;
    std::unique_ptr<QTemporaryDir> m_temporaryDirectory;
};

} // namespace Letterbox::Gui
