#include "services/imap/imapserversearch.h"

#include "services/imap/imapclient.h"

#include <algorithm>

namespace Letterbox::Services {

namespace {

/// A search can name every UID of a folder; this many is plenty and bounds memory.
constexpr qsizetype s_maxUids = 10'000'000;

QByteArray searchKey(ImapSearchField field)
{
    switch (field) {
    case ImapSearchField::Text:
        return QByteArrayLiteral("TEXT");
    case ImapSearchField::From:
        return QByteArrayLiteral("FROM");
    case ImapSearchField::Subject:
        return QByteArrayLiteral("SUBJECT");
    }
    return QByteArrayLiteral("TEXT");
}

} // namespace

ImapServerSearch::ImapServerSearch(ImapClient &client, const QString &folder, ImapSearchField field,
    const QString &text, bool esearch, quint64 tokenBase, QObject *parent)
    : ImapTask(client, parent)
    , m_folder(folder)
    , m_field(field)
    , m_text(text)
    , m_esearch(esearch)
    , m_tokenBase(tokenBase)
{ }

void ImapServerSearch::start()
{
    listen();
    const QString folder = m_folder;
    m_client.submit([folder](Imap::ImapEncoder &encoder) { return encoder.examine(folder); }, m_tokenBase + 1);
    const QList<Imap::ImapSearchToken> program
        = {Imap::ImapSearchToken::atom(searchKey(m_field)), Imap::ImapSearchToken::string(m_text)};
    const QList<QByteArray> returnAll = m_esearch ? QList<QByteArray> {QByteArrayLiteral("ALL")} : QList<QByteArray> {};
    m_client.submit([program, returnAll](Imap::ImapEncoder &encoder) { return encoder.uidSearch(program, returnAll); },
        m_tokenBase + 2);
}

void ImapServerSearch::onUntagged(const Imap::ImapResponse &response)
{
    if (const auto *status = std::get_if<Imap::ImapStatusResponse>(&response);
        status && status->code.kind == Imap::ImapResponseCode::Kind::UidValidity) {
        m_uidValidity = quint32(status->code.number);
    } else if (const auto *search = std::get_if<Imap::ImapSearchResponse>(&response)) {
        m_uids += search->numbers;
    } else if (const auto *esearch = std::get_if<Imap::ImapEsearchResponse>(&response); esearch && esearch->all) {
        m_uids += esearch->all->toNumbers(0xffffffffu, s_maxUids).value_or(QList<quint32>());
    }
}

void ImapServerSearch::onCommandFinished(
    quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text)
{
    if (token != m_tokenBase + 1 && token != m_tokenBase + 2) {
        return;
    }
    if (!ok) {
        // A refused EXAMINE makes the search fail too (BAD, no mailbox): report the first.
        finish(false,
            text.isEmpty() ? tr("The server could not search “%1”: %2").arg(m_folder, QString::fromUtf8(reply.text))
                           : text,
            !text.isEmpty());
        return;
    }
    if (token == m_tokenBase + 2) {
        std::sort(m_uids.begin(), m_uids.end());
        m_uids.erase(std::unique(m_uids.begin(), m_uids.end()), m_uids.end());
        finish(true, {}, false);
    }
}

} // namespace Letterbox::Services
