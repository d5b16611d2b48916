#include "store/messagequery.h"

#include "store/messagestore.h"
#include "storetesting.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Letterbox::Store;
using StoreTesting::Cache;
using StoreTesting::message;

Q_DECLARE_METATYPE(Letterbox::Store::SortKey)
Q_DECLARE_METATYPE(Qt::SortOrder)

namespace {

// A folder with deliberate ties: several messages share a date, a sender, a subject, a size.
QList<NewMessage> variedMessages(int count)
{
    const QStringList senders {QStringLiteral("Zoë"), QStringLiteral("alice"), QStringLiteral("Bob"), QString()};
    const QStringList subjects {QStringLiteral("Re: Budget"), QStringLiteral("budget"), QStringLiteral("Agenda"),
        QStringLiteral("[list] zebra")};
    QRandomGenerator random(1234);
    QRandomGenerator extra(99); // for the fields added later, so the others stay as they were
    const QStringList recipients {QStringLiteral("Zed <z@example.org>"), QStringLiteral("amy@example.org"),
        QStringLiteral("Bea <b@example.org>")};
    QList<NewMessage> messages;
    for (int i = 1; i <= count; ++i) {
        NewMessage m = message(quint32(i), subjects.at(random.bounded(subjects.size())),
            QDateTime::fromSecsSinceEpoch(1700000000 + random.bounded(40) * 3600, Qt::UTC));
        m.fromName = senders.at(random.bounded(senders.size()));
        m.fromAddress = QStringLiteral("user%1@example.org").arg(random.bounded(5));
        m.size = 100 * random.bounded(10);
        if (random.bounded(3) == 0) {
            m.flags = MessageFlag::Seen;
        }
        if (extra.bounded(4) == 0) {
            m.flags |= MessageFlag::Flagged;
        }
        m.hasAttachments = extra.bounded(5) == 0;
        m.toSummary = recipients.at(extra.bounded(recipients.size()));
        messages.append(m);
    }
    return messages;
}

// The order each sort promises, computed independently of SQL.
bool lessThan(const MessageRecord &a, const MessageRecord &b, SortKey sort)
{
    auto from
        = [](const MessageRecord &r) { return (r.fromName.isEmpty() ? r.fromAddress : r.fromName).toCaseFolded(); };
    auto subject = [](const MessageRecord &r) {
        return r.subject.toCaseFolded().remove(QStringLiteral("re: ")).remove(QStringLiteral("[list] "));
    };
    const qint64 da = a.internalDate.toMSecsSinceEpoch();
    const qint64 db = b.internalDate.toMSecsSinceEpoch();
    switch (sort) {
    case SortKey::Date:
        return std::tie(da, a.id) < std::tie(db, b.id);
    case SortKey::From: {
        const QString fa = from(a), fb = from(b);
        return std::tie(fa, da, a.id) < std::tie(fb, db, b.id);
    }
    case SortKey::Subject: {
        const QString sa = subject(a), sb = subject(b);
        return std::tie(sa, da, a.id) < std::tie(sb, db, b.id);
    }
    case SortKey::Size:
        return std::tie(a.size, a.id) < std::tie(b.size, b.id);
    case SortKey::Unread: {
        const int ua = a.isUnread(), ub = b.isUnread();
        return std::tie(ua, da, a.id) < std::tie(ub, db, b.id);
    }
    case SortKey::Flagged: {
        const int fa = a.flags.testFlag(MessageFlag::Flagged), fb = b.flags.testFlag(MessageFlag::Flagged);
        return std::tie(fa, da, a.id) < std::tie(fb, db, b.id);
    }
    case SortKey::Attachment: {
        const int aa = a.hasAttachments, ab = b.hasAttachments;
        return std::tie(aa, da, a.id) < std::tie(ab, db, b.id);
    }
    case SortKey::Recipient: {
        const QString ra = a.toSummary.toLower(), rb = b.toSummary.toLower(); // ASCII here, as SQLite's lower()
        return std::tie(ra, da, a.id) < std::tie(rb, db, b.id);
    }
    }
    return false;
}

} // namespace

class TestMessageQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortOrdersAndKeysetPages_data()
    {
        QTest::addColumn<SortKey>("sort");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<int>("pageSize");
        const QList<std::pair<const char *, SortKey>> sorts {{"date", SortKey::Date}, {"from", SortKey::From},
            {"subject", SortKey::Subject}, {"size", SortKey::Size}, {"unread", SortKey::Unread},
            {"flagged", SortKey::Flagged}, {"attachment", SortKey::Attachment}, {"recipient", SortKey::Recipient}};
        for (const auto &[name, sort] : sorts) {
            QTest::addRow("%s-descending-pages-of-7", name) << sort << Qt::DescendingOrder << 7;
            QTest::addRow("%s-ascending-pages-of-50", name) << sort << Qt::AscendingOrder << 50;
            QTest::addRow("%s-descending-one-page", name) << sort << Qt::DescendingOrder << 1000;
        }
    }

    void sortOrdersAndKeysetPages()
    {
        QFETCH(SortKey, sort);
        QFETCH(Qt::SortOrder, order);
        QFETCH(int, pageSize);
        Cache cache;
        const qint64 other = cache.addFolder(QStringLiteral("Other"));
        QVERIFY(MessageStore(cache.db()).insert(cache.inbox, variedMessages(300)).ok());
        QVERIFY(MessageStore(cache.db()).insert(other, variedMessages(20)).ok());
        MessageQuery query(cache.db());

        QList<MessageRecord> paged;
        PageRequest request {cache.inbox, sort, order, {}, pageSize};
        int pages = 0;
        do {
            const Result<MessagePage> page = query.page(request);
            QVERIFY2(page.ok(), qPrintable(page.message()));
            QVERIFY(page.value().rows.size() <= pageSize);
            paged += page.value().rows;
            request.after = page.value().next;
            ++pages;
            QVERIFY(pages < 1000);
        } while (request.after.isValid());
        QCOMPARE(paged.size(), 300);
        QCOMPARE(pages, (300 + pageSize - 1) / pageSize);

        QList<MessageRecord> expected = paged;
        std::sort(expected.begin(), expected.end(), [&](const MessageRecord &a, const MessageRecord &b) {
            return order == Qt::AscendingOrder ? lessThan(a, b, sort) : lessThan(b, a, sort);
        });
        QList<qint64> pagedIds, expectedIds;
        for (int i = 0; i < paged.size(); ++i) {
            pagedIds.append(paged.at(i).id);
            expectedIds.append(expected.at(i).id);
            QCOMPARE(paged.at(i).folderId, cache.inbox);
        }
        QCOMPARE(pagedIds, expectedIds);
        QCOMPARE(query.orderedIds(cache.inbox, sort, order).value(), expectedIds);
        // orderedKeys(): the same order, with the values a merge of several caches compares.
        QList<qint64> keyIds;
        for (const OrderedKey &key : query.orderedKeys(cache.inbox, sort, order).value()) {
            keyIds.append(key.id);
        }
        QCOMPARE(keyIds, expectedIds);
    }

    void everySortWalksAnIndex_data()
    {
        QTest::addColumn<SortKey>("sort");
        QTest::newRow("date") << SortKey::Date;
        QTest::newRow("from") << SortKey::From;
        QTest::newRow("subject") << SortKey::Subject;
        QTest::newRow("size") << SortKey::Size;
        QTest::newRow("unread") << SortKey::Unread;
    }

    void everySortWalksAnIndex()
    {
        // A sort through a temporary B-tree reads the whole folder for every page: at
        // 100,000 messages that is the difference between 1 ms and 200 ms.
        QFETCH(SortKey, sort);
        Cache cache;
        QVERIFY(MessageStore(cache.db()).insert(cache.inbox, variedMessages(50)).ok());
        MessageQuery query(cache.db());
        const MessagePage first = query.page({cache.inbox, sort, Qt::DescendingOrder, {}, 10}).value();
        const QStringList columns = sort == SortKey::Date ? QStringList {QStringLiteral("internal_date")}
            : sort == SortKey::From    ? QStringList {QStringLiteral("sort_from"), QStringLiteral("internal_date")}
            : sort == SortKey::Subject ? QStringList {QStringLiteral("subject_key"), QStringLiteral("internal_date")}
            : sort == SortKey::Size    ? QStringList {QStringLiteral("size")}
                                       : QStringList {QStringLiteral("unread"), QStringLiteral("internal_date")};
        QStringList descending;
        for (const QString &column : columns) {
            descending.append(column + QLatin1String(" DESC"));
        }
        const QString sql
            = QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM messages WHERE folder_id = ? AND (%1, id) < (%2) "
                             "ORDER BY %3, id DESC LIMIT 10")
                  .arg(columns.join(QLatin1String(", ")),
                      QStringList(columns.size() + 1, QStringLiteral("?")).join(QLatin1String(", ")),
                      descending.join(QLatin1String(", ")));
        QVariantList values {cache.inbox};
        values += first.next.values;
        Result<Statement> plan = cache.db().exec(sql, values);
        QVERIFY2(plan.ok(), qPrintable(plan.message()));
        QString details;
        while (plan.value().next()) {
            details += plan.value().text(3) + QLatin1Char('\n');
        }
        QVERIFY2(details.contains(QLatin1String("USING")) && details.contains(QLatin1String("INDEX messages_by_")),
            qPrintable(details));
        QVERIFY2(!details.contains(QLatin1String("TEMP B-TREE")), qPrintable(details));
    }

    void cursorOfAnotherSortIsRefused()
    {
        Cache cache;
        QVERIFY(MessageStore(cache.db()).insert(cache.inbox, variedMessages(20)).ok());
        MessageQuery query(cache.db());
        const MessagePage page = query.page({cache.inbox, SortKey::Date, Qt::DescendingOrder, {}, 5}).value();
        QVERIFY(page.next.isValid());
        QCOMPARE(query.page({cache.inbox, SortKey::Size, Qt::DescendingOrder, page.next, 5}).code(),
            ErrorCode::InvalidArgument);
        QCOMPARE(query.page({cache.inbox, SortKey::Date, Qt::AscendingOrder, page.next, 5}).code(),
            ErrorCode::InvalidArgument);
        QCOMPARE(
            query.page({cache.inbox, SortKey::Date, Qt::DescendingOrder, {}, 0}).code(), ErrorCode::InvalidArgument);
    }

    void lastPageHasNoCursorAndEmptyFolderIsEmpty()
    {
        Cache cache;
        MessageQuery query(cache.db());
        const MessagePage empty = query.page({cache.inbox, SortKey::Date, Qt::DescendingOrder, {}, 10}).value();
        QVERIFY(empty.rows.isEmpty());
        QVERIFY(!empty.next.isValid());
        QVERIFY(MessageStore(cache.db()).insert(cache.inbox, variedMessages(10)).ok());
        const MessagePage exact = query.page({cache.inbox, SortKey::Date, Qt::DescendingOrder, {}, 10}).value();
        QCOMPARE(exact.rows.size(), 10);
        QVERIFY(!exact.next.isValid()); // exactly full: no empty extra page
        QCOMPARE(query.count(cache.inbox).value(), 10);
        QCOMPARE(query.count(999).code(), ErrorCode::NotFound);
    }

    void recordsComeInTheOrderAsked()
    {
        Cache cache;
        const QList<qint64> ids = MessageStore(cache.db()).insert(cache.inbox, variedMessages(10)).value();
        const QList<qint64> asked {ids.at(7), ids.at(2), 999999, ids.at(5)};
        const QList<MessageRecord> rows = MessageQuery(cache.db()).records(asked).value();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).id, ids.at(7));
        QCOMPARE(rows.at(1).id, ids.at(2));
        QCOMPARE(rows.at(2).id, ids.at(5));
        QVERIFY(!MessageQuery(cache.db()).record(999999).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestMessageQuery)
#include "tst_messagequery.moc"
