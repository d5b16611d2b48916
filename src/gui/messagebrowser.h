#pragma once

#include "services/reading/messagecontent.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Letterbox::Gui {

/**
 * @short The QTextBrowser that shows a message body, and the only place its resources come from.
 *
 * QTextBrowser has no network code, but its own loadResource() reads local files and
 * qrc: paths named by the document, so this one answers every request itself and never
 * calls the base class:
 *  - `cid:` from the message's own parts (Services::InlinePart);
 *  - `letterbox-blocked:` (the sanitiser's placeholder) with a small grey image;
 *  - http(s) images only when remote content is allowed for the shown message, each URL
 *    fetched once through the QNetworkAccessManager it is given (no cookies, bounded size
 *    and time), with a transparent stand-in until the answer arrives;
 *  - nothing else (no files, no stylesheets).
 * Every answer is cached with QTextDocument::addResource(): without that the document
 * asks again on every layout (3,763 calls for 158 URLs on a 196 KB newsletter, issue 10).
 * Links do not navigate (openLinks is off): the view decides what anchorClicked() means.
 */
class MessageBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MessageBrowser(QWidget *parent = nullptr);
    ~MessageBrowser() override;

    /// Where remote images come from; without one nothing is ever fetched.
    void setNetworkAccessManager(QNetworkAccessManager *manager);

    /// Shows @p html (sanitised, or made by the plain text renderer). The resources of
    /// the previous content are dropped; remote images load only with @p allowRemote.
    void showContent(const QString &html, const QHash<QString, Services::InlinePart> &inlineParts, bool allowRemote);
    /// Replaces the text and keeps the cached resources and scroll position (a fold toggled).
    void replaceHtml(const QString &html);
    void clearContent();

    /// Remote images asked for since showContent(), one per URL.
    [[nodiscard]] int remoteRequestCount() const { return int(m_requested.size()); }

    QVariant loadResource(int type, const QUrl &name) override;

    /// Largest remote image accepted, in bytes.
    static constexpr qint64 maxRemoteImageBytes = 8 * 1024 * 1024;

Q_SIGNALS:
    /// A remote image arrived and the layout took it in.
    void remoteImageLoaded(const QUrl &url);

private:
    void fetch(const QUrl &url);
    void finished(QNetworkReply *reply, const QUrl &url, quint64 generation);
    void abortFetches();
    [[nodiscard]] QImage placeholder() const;

    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, Services::InlinePart> m_inlineParts;
    bool m_allowRemote = false;
    /// Bumped by every showContent(), so a late reply for an earlier message is ignored.
    quint64 m_generation = 0;
    QSet<QUrl> m_requested;
    /// Guarded: the manager deletes its replies when it goes, which may be before this browser.
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace Letterbox::Gui
