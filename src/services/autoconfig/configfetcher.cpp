#include "services/autoconfig/configfetcher.h"

#include "accounts/autoconfigxml.h"
#include "services/autoconfig/dnsquery.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace Letterbox::Services {

ConfigFetcher::ConfigFetcher(QNetworkAccessManager *manager, const AutoconfigOptions &options, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(false,
            tr("%1 did not answer within %2 s").arg(m_url.toDisplayString()).arg(m_options.sourceTimeoutMs / 1000.0));
    });
}

ConfigFetcher::~ConfigFetcher()
{
    if (m_reply) {
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ConfigFetcher::fetch(const QUrl &url)
{
    m_url = url;
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        finish(false, tr("%1 is not an https address").arg(url.toDisplayString()));
        return;
    }
    if (m_options.sourceTimeoutMs > 0) {
        m_timer.start(m_options.sourceTimeoutMs);
    }
    if (m_options.nameserver.isNull()) {
        request(QString());
        return;
    }
    m_resolve = new DnsQuery(QDnsLookup::A, url.host(), m_options, this);
    connect(m_resolve, &DnsQuery::finished, this, [this] {
        if (m_done) {
            return;
        }
        if (m_resolve->hostAddressRecords().isEmpty()) {
            finish(false,
                m_resolve->errorString().isEmpty() ? tr("%1 has no address").arg(m_url.host())
                                                   : m_resolve->errorString());
            return;
        }
        request(m_resolve->hostAddressRecords().first().value().toString());
    });
    m_resolve->start();
}

void ConfigFetcher::request(const QString &address)
{
    QUrl target = m_url;
    QNetworkRequest request;
    if (!address.isEmpty()) {
        target.setHost(address);
        request.setRawHeader("Host", m_url.host(QUrl::FullyEncoded).toLatin1());
        request.setPeerVerifyName(m_url.host());
    }
    request.setUrl(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Letterbox autoconfig"));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_options.extraCaCertificates.isEmpty()) {
        ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_options.extraCaCertificates);
    }
    request.setSslConfiguration(ssl);
    if (m_options.sourceTimeoutMs > 0) {
        request.setTransferTimeout(m_options.sourceTimeoutMs);
    }
    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &ConfigFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ConfigFetcher::onReplyFinished);
}

void ConfigFetcher::onReadyRead()
{
    if (m_done || !m_reply) {
        return;
    }
    m_body += m_reply->read(Accounts::AutoconfigXml::MaxDocumentSize + 1 - m_body.size());
    if (m_body.size() > Accounts::AutoconfigXml::MaxDocumentSize) {
        finish(false,
            tr("%1 sent more than %2 KiB")
                .arg(m_url.toDisplayString())
                .arg(Accounts::AutoconfigXml::MaxDocumentSize / 1024));
    }
}

void ConfigFetcher::onReplyFinished()
{
    if (m_done || !m_reply) {
        return;
    }
    onReadyRead();
    if (m_done) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // The status first: Qt's error text names the address dialled, not the URL asked.
    if (status != 0 && status != 200) {
        finish(false, tr("%1 answered HTTP %2").arg(m_url.toDisplayString()).arg(status));
    } else if (m_reply->error() != QNetworkReply::NoError) {
        finish(false, tr("%1: %2").arg(m_url.toDisplayString(), m_reply->errorString()));
    } else {
        finish(true, {});
    }
}

void ConfigFetcher::finish(bool ok, const QString &error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timer.stop();
    m_succeeded = ok;
    m_error = error;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (!ok) {
        m_body.clear();
    }
    Q_EMIT finished();
}

} // namespace Letterbox::Services
