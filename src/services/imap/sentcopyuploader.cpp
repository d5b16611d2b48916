#include "services/imap/sentcopyuploader.h"

namespace Letterbox::Services {

SentCopyUploader::SentCopyUploader(Store::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

SentCopyUploader::~SentCopyUploader() = default;

bool SentCopyUploader::run()
{
    if (m_replay) {
        return false;
    }
    m_replay = new ImapJournalReplay(m_database, this);
    m_replay->setSettings(m_settings);
    m_replay->setFilter([](const Store::JournalEntry &entry) {
        return entry.kind == Store::JournalKind::Append
            && entry.args.value(QStringLiteral("role")).toString() == QLatin1String("sent");
    });
    connect(m_replay, &ImapJournalReplay::finished, this, [this](const JournalReplaySummary &replayed) {
        SentUploadSummary summary;
        summary.uploaded = replayed.replayed;
        summary.failed = replayed.failed;
        summary.waiting = replayed.waiting;
        summary.connectionError = replayed.connectionError;
        summary.problems = replayed.problems;
        m_replay->deleteLater();
        m_replay = nullptr;
        Q_EMIT finished(summary);
    });
    return m_replay->replay();
}

} // namespace Letterbox::Services
