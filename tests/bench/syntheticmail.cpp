#include "syntheticmail.h"

#include "store/folderstore.h"
#include "store/messagestore.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace Letterbox::Bench {

namespace {

const char *const s_commonWords[] = {"the", "to", "and", "of", "a", "in", "is", "for", "that", "you", "it", "on",
    "with", "we", "this", "be", "are", "have", "as", "at", "will", "can", "please", "from", "our", "not", "meeting",
    "project", "report", "update", "team", "next", "week", "time", "review", "budget", "thanks", "draft", "call",
    "question", "attached", "invoice", "schedule", "release", "customer", "server", "plan", "notes", "agenda",
    "deadline", "contract", "proposal", "feedback", "quarter", "office", "travel", "order", "payment", "account",
    "support", "ticket", "issue", "change", "request", "design", "document", "version", "build", "test", "data",
    "results", "summary", "launch", "marketing", "sales", "training", "holiday", "lunch", "friday", "monday",
    "tomorrow", "today", "morning", "afternoon", "weekend", "conference", "slides", "minutes", "approval", "signature",
    "delivery", "shipping", "warehouse", "inventory", "forecast", "analysis", "strategy", "roadmap", "milestone",
    "hiring", "interview", "candidate", "offer", "onboarding", "security", "password", "backup", "migration",
    "database", "network", "outage", "incident", "postmortem", "kitten", "garden", "recipe", "birthday", "concert",
    "football", "photos", "vacation", "flight", "hotel", "museum", "library", "bicycle"};

const char *const s_syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ba", "de", "fi", "go", "hu", "ja",
    "ke", "li", "mo", "nu", "pa", "qui", "re", "si", "to", "ul", "ve", "wa", "xo", "ya", "ze", "bri", "cla", "dro",
    "fle", "gri", "pla", "str", "tra", "sho", "cha", "the", "and", "ion", "ent", "ist", "ous"};

const char *const s_firstNames[] = {"Alice", "Bob", "Carol", "David", "Eve", "Frank", "Grace", "Heidi", "Ivan", "Judy",
    "Karl", "Laura", "Mallory", "Niaj", "Olivia", "Peggy", "Quentin", "Rupert", "Sybil", "Trent", "Ursula", "Victor",
    "Walter", "Xena", "Yusuf", "Zoë", "Émile", "Søren", "Ana", "Björn", "Chloé", "Dmitri", "Elena", "Fatima", "Giulia",
    "Hiroshi", "Ingrid", "José", "Kwame", "Léa"};

const char *const s_surnames[] = {"Smith", "Johnson", "Müller", "García", "Rossi", "Dubois", "Nakamura", "Kowalski",
    "Andersson", "Okafor", "Silva", "Novak", "Jensen", "Petrov", "O'Brien", "Nguyen", "Schmidt", "Martin", "Bernard",
    "Moreau", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Lefebvre", "Leroy", "Roux", "Fontaine", "Chevalier",
    "Lindqvist", "Haugen", "Virtanen", "Horvath", "Popescu", "Yilmaz", "Kim", "Singh", "Cohen", "Murphy"};

const char *const s_domains[] = {"example.org", "example.com", "mail.example.net", "corp.example", "uni.example.edu",
    "shop.example", "lists.example.org", "bank.example", "travel.example", "news.example", "club.example",
    "family.example", "dev.example.io", "support.example.com", "billing.example.com", "hr.example.org",
    "city.example.gov", "clinic.example", "school.example.edu", "startup.example.io"};

const char *const s_lists[] = {"dev", "announce", "users", "board", "garden-club", "security"};

} // namespace

SyntheticMail::SyntheticMail(quint32 seed)
    : m_random(seed)
{
    for (const char *word : s_commonWords) {
        m_vocabulary.append(QString::fromUtf8(word));
    }
    // Made-up words for the long tail: two to four syllables.
    QRandomGenerator words(seed ^ 0x5eed);
    const int syllables = int(std::size(s_syllables));
    while (m_vocabulary.size() < 20000) {
        QString word;
        const int parts = 2 + int(words.bounded(3));
        for (int i = 0; i < parts; ++i) {
            word += QString::fromLatin1(s_syllables[words.bounded(syllables)]);
        }
        m_vocabulary.append(word);
    }
    m_vocabulary.removeDuplicates();
    double total = 0;
    for (int rank = 0; rank < m_vocabulary.size(); ++rank) {
        total += 1.0 / std::pow(rank + 1.0, 1.05);
        m_cumulative.append(total);
    }
    for (double &value : m_cumulative) {
        value /= total;
    }
    for (const char *name : s_firstNames) {
        m_firstNames.append(QString::fromUtf8(name));
    }
    for (const char *name : s_surnames) {
        m_surnames.append(QString::fromUtf8(name));
    }
    for (const char *domain : s_domains) {
        m_domains.append(QString::fromLatin1(domain));
    }
    for (const char *list : s_lists) {
        m_lists.append(QString::fromLatin1(list));
    }
    m_clock = QDateTime(QDate(2023, 1, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
}

QString SyntheticMail::randomWord()
{
    const double draw = m_random.generateDouble();
    const auto found = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), draw);
    return m_vocabulary.at(std::min<qsizetype>(found - m_cumulative.cbegin(), m_vocabulary.size() - 1));
}

QString SyntheticMail::words(int count)
{
    QStringList picked;
    picked.reserve(count);
    for (int i = 0; i < count; ++i) {
        picked.append(randomWord());
    }
    return picked.join(QLatin1Char(' '));
}

Store::NewMessage SyntheticMail::next(quint32 uid, bool withBody)
{
    using namespace Letterbox::Store;
    NewMessage m;
    m.uid = uid;
    const QString first = m_firstNames.at(m_random.bounded(int(m_firstNames.size())));
    const QString last = m_surnames.at(m_random.bounded(int(m_surnames.size())));
    const QString domain = m_domains.at(m_random.bounded(int(m_domains.size())));
    m.fromName = first + QLatin1Char(' ') + last;
    m.fromAddress = (first.left(1) + last).toLower().remove(QLatin1Char('\'')) + QLatin1Char('@') + domain;
    m.toSummary = QStringLiteral("Me <me@example.org>");
    if (m_random.bounded(4) == 0) {
        m.ccSummary = m_firstNames.at(m_random.bounded(int(m_firstNames.size()))).toLower() + QLatin1String("@")
            + m_domains.at(m_random.bounded(int(m_domains.size())));
    }
    // Mail arrives a few minutes apart on average, with bursts and quiet nights.
    m_clock += qint64(m_random.bounded(1, 1200)) * 1000;
    m.internalDate = QDateTime::fromMSecsSinceEpoch(m_clock, Qt::UTC);
    m.sentDate = m.internalDate.addSecs(-m_random.bounded(5, 600));
    m.messageId = QStringLiteral("<%1.%2@%3>").arg(uid).arg(m_random.generate(), 0, 16).arg(domain);

    const bool reply = !m_recent.isEmpty() && m_random.bounded(100) < 35;
    if (reply) {
        const Recent &parent = m_recent.at(m_random.bounded(int(m_recent.size())));
        m.subject = parent.subject.startsWith(QLatin1String("Re: ")) ? parent.subject
                                                                     : QLatin1String("Re: ") + parent.subject;
        m.references = parent.references;
        m.references.append(parent.messageId);
        if (m.references.size() > 12) {
            m.references = m.references.mid(m.references.size() - 12);
        }
        m.inReplyTo = parent.messageId;
    } else {
        QString subject = words(3 + int(m_random.bounded(6)));
        subject[0] = subject.at(0).toUpper();
        if (m_random.bounded(8) == 0) {
            subject
                = QLatin1Char('[') + m_lists.at(m_random.bounded(int(m_lists.size()))) + QLatin1String("] ") + subject;
        }
        m.subject = subject;
    }
    const Recent self {m.messageId, m.subject, m.references};
    if (m_recent.size() < 500) {
        m_recent.append(self);
    } else {
        m_recent[m_random.bounded(500)] = self;
    }

    const QString body = words(40 + int(m_random.bounded(360)));
    m.snippet = body.left(140);
    if (withBody) {
        m.bodyText = body;
    }
    m.hasAttachments = m_random.bounded(10) == 0;
    // Mostly a few KB; attachments make a long tail up to several MB.
    m.size = 1500 + body.size() + (m.hasAttachments ? qint64(std::exp(10.0 + 3.0 * m_random.generateDouble())) : 0);
    if (m_random.bounded(100) < 70) {
        m.flags |= MessageFlag::Seen;
    }
    if (m_random.bounded(100) < 4) {
        m.flags |= MessageFlag::Flagged;
    }
    if (reply && m_random.bounded(3) == 0) {
        m.flags |= MessageFlag::Answered;
    }
    return m;
}

Store::Result<FilledInbox> fillInbox(Store::Database &database, quint32 seed, int count, bool withBodies, int batchSize)
{
    Store::NewFolder inbox;
    inbox.path = QStringLiteral("INBOX");
    inbox.role = Store::SpecialUse::Inbox;
    inbox.uidValidity = 1;
    Store::Result<qint64> folder = Store::FolderStore(database).create(inbox);
    if (!folder.ok()) {
        return folder.status();
    }
    SyntheticMail mail(seed);
    Store::MessageStore store(database);
    FilledInbox filled {folder.value(), 0};
    QList<Store::NewMessage> batch;
    batch.reserve(batchSize);
    for (int uid = 1; uid <= count;) {
        batch.clear();
        for (int i = 0; i < batchSize && uid <= count; ++i, ++uid) {
            batch.append(mail.next(quint32(uid), withBodies));
        }
        QElapsedTimer timer;
        timer.start();
        const Store::Result<QList<qint64>> ids = store.insert(filled.folderId, batch);
        filled.seconds += double(timer.nsecsElapsed()) / 1e9;
        if (!ids.ok()) {
            return ids.status();
        }
    }
    return filled;
}

} // namespace Letterbox::Bench
