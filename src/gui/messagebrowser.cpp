#include "gui/messagebrowser.h"

#include "render/htmlsanitizer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScrollBar>
#include <QTextDocument>

namespace Letterbox::Gui {

namespace {

constexpr int transferTimeoutMs = 20000;

bool isRemote(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

} // namespace

MessageBrowser::MessageBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // A scroll bar that appears once the text is long narrows the viewport and makes
    // QTextDocument lay every table out again: about half the first paint of a 200 KB
    // newsletter (tests/bench "view"). Always there, it never changes the width.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Message text"));
}

MessageBrowser::~MessageBrowser()
{
    abortFetches();
}

void MessageBrowser::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    abortFetches();
    m_network = manager;
}

void MessageBrowser::showContent(
    const QString &html, const QHash<QString, Services::InlinePart> &inlineParts, bool allowRemote)
{
    abortFetches();
    ++m_generation;
    m_requested.clear();
    m_inlineParts = inlineParts;
    m_allowRemote = allowRemote;
    // clear() also drops the resources of the last message: a cid: of one message must
    // never answer for another, nor an image allowed there appear here. (A fresh document
    // imported before setDocument() was measured too: the layout, not the import, is the
    // cost, so it gained nothing.)
    document()->clear();
    setHtml(html);
}

void MessageBrowser::replaceHtml(const QString &html)
{
    const int position = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(position);
}

void MessageBrowser::clearContent()
{
    showContent(QString(), {}, false);
}

QVariant MessageBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource) {
        // Not a null QVariant: for a null answer QTextDocument reads the name as a local file.
        return QVariant(QString());
    }
    QVariant answer;
    if (name.scheme() == QLatin1String("cid")) {
        const QString contentId = name.path(QUrl::FullyDecoded);
        const auto part = m_inlineParts.constFind(contentId);
        QImage image;
        if (part != m_inlineParts.constEnd()) {
            image.loadFromData(part->bytes);
        }
        answer = image.isNull() ? placeholder() : image;
    } else if (name.scheme() == Render::HtmlSanitizer::blockedScheme) {
        answer = placeholder();
    } else if (isRemote(name) && m_allowRemote && m_network) {
        fetch(name);
        // A stand-in until the answer comes; cached too, so relayouts do not ask again.
        QImage waiting(1, 1, QImage::Format_ARGB32);
        waiting.fill(Qt::transparent);
        answer = waiting;
    } else {
        // Remote content not allowed, files, qrc: — the base class would read those.
        answer = placeholder();
    }
    document()->addResource(type, name, answer);
    return answer;
}

void MessageBrowser::fetch(const QUrl &url)
{
    if (m_requested.contains(url)) {
        return;
    }
    m_requested.insert(url);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(transferTimeoutMs);
    // A tracking image must not set or read cookies either.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    QNetworkReply *reply = m_network->get(request);
    m_replies.append(reply);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > maxRemoteImageBytes) {
            reply->abort();
        }
    });
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, url, generation] { finished(reply, url, generation); });
}

void MessageBrowser::finished(QNetworkReply *reply, const QUrl &url, quint64 generation)
{
    m_replies.removeOne(reply);
    reply->deleteLater();
    if (generation != m_generation || reply->error() != QNetworkReply::NoError) {
        return;
    }
    QImage image;
    if (!image.loadFromData(reply->read(maxRemoteImageBytes))) {
        return;
    }
    document()->addResource(QTextDocument::ImageResource, url, image);
    // The image has its real size now: lay the text out again around it.
    document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
    Q_EMIT remoteImageLoaded(url);
}

void MessageBrowser::abortFetches()
{
    const QList<QPointer<QNetworkReply>> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies) {
        if (!reply) {
            continue;
        }
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QImage MessageBrowser::placeholder() const
{
    // One flat colour: QTextDocument scales it to the size the HTML asks for, and any
    // drawn frame or cross would grow into blocks (a 16-pixel box at 600 pixels wide). A
    // person sees a calm box where something was left out; the bar above says what.
    QImage image(1, 1, QImage::Format_ARGB32);
    image.fill(palette().color(QPalette::AlternateBase));
    return image;
}

} // namespace Letterbox::Gui
