#pragma once

#include "store/messagerecord.h"
#include "store/status.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Bench {

/**
 * @short Realistic synthetic mail for benchmarks: varied words, people, sizes and threads.
 *
 * Words follow a Zipf distribution over a vocabulary of common English words and made-up
 * ones (as real text does: a few words everywhere, most words rare); senders come from a
 * pool of people at a few dozen domains, some through mailing lists; about a third of the
 * messages reply to a recent one (Re: subject, References, In-Reply-To); sizes are mostly
 * a few KB with a long tail of attachments. The same seed gives the same mail.
 */
class SyntheticMail
{
public:
    explicit SyntheticMail(quint32 seed);

    /// The next message, with UID @p uid; @p withBody adds body text for the search index.
    Store::NewMessage next(quint32 uid, bool withBody);

    /// The word of the given frequency rank (0 is the most common).
    [[nodiscard]] QString word(int rank) const { return m_vocabulary.at(rank); }
    [[nodiscard]] int vocabularySize() const { return int(m_vocabulary.size()); }
    /// A person's surname that occurs in senders, for address searches.
    [[nodiscard]] QString surname(int index) const { return m_surnames.at(index % m_surnames.size()); }

private:
    QString randomWord();
    QString words(int count);

    QRandomGenerator m_random;
    QStringList m_vocabulary;
    QList<double> m_cumulative; ///< Zipf CDF over m_vocabulary
    QStringList m_firstNames;
    QStringList m_surnames;
    QStringList m_domains;
    QStringList m_lists;
    struct Recent
    {
        QString messageId;
        QString subject;
        QStringList references;
    };
    QList<Recent> m_recent; ///< a ring of recent messages that replies pick from
    qint64 m_clock = 0;
};

/// What fillInbox() made.
struct FilledInbox
{
    qint64 folderId = 0;
    double seconds = 0; ///< in MessageStore::insert only, not in making the data
};

/// Creates INBOX in @p database and inserts @p count synthetic messages (seed @p seed)
/// in engine-sized batches of @p batchSize; times the inserts only.
Store::Result<FilledInbox> fillInbox(
    Store::Database &database, quint32 seed, int count, bool withBodies, int batchSize = 5000);

} // namespace Letterbox::Bench
