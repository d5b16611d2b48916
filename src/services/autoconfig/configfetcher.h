#pragma once

#include "services/autoconfig/autoconfigoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Letterbox::Services {

class DnsQuery;

/**
 * @short Fetches one autoconfig document over HTTPS, bounded in size and time.
 *
 * Only https URLs; the certificate is verified (system CAs plus
 * AutoconfigOptions::extraCaCertificates) against the URL's host. A redirect is
 * followed only to the same origin: a document fetched from elsewhere would let
 * whoever controls that elsewhere choose the servers. The body may be at most
 * AutoconfigXml::MaxDocumentSize bytes; anything but 200 is a failure. With
 * AutoconfigOptions::nameserver set, the host is resolved there first and the request
 * goes to the address found, with the host name as Host header and TLS peer name.
 *
 * finished() comes exactly once; then succeeded(), body() and errorString().
 */
class ConfigFetcher : public QObject
{
    Q_OBJECT

public:
    ConfigFetcher(QNetworkAccessManager *manager, const AutoconfigOptions &options, QObject *parent = nullptr);
    ~ConfigFetcher() override;

    void fetch(const QUrl &url);

    [[nodiscard]] const QUrl &url() const { return m_url; }
    [[nodiscard]] bool succeeded() const { return m_succeeded; }
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    [[nodiscard]] const QString &errorString() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void request(const QString &address);
    void onReadyRead();
    void onReplyFinished();
    void finish(bool ok, const QString &error);

    QNetworkAccessManager *m_manager = nullptr;
    AutoconfigOptions m_options;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    DnsQuery *m_resolve = nullptr;
    QTimer m_timer;
    QByteArray m_body;
    QString m_error;
    bool m_succeeded = false;
    bool m_done = false;
};

} // namespace Letterbox::Services
