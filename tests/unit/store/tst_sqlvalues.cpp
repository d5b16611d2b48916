#include "store/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Letterbox::Store;

class TestSqlValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonStringsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("abc@example.org") << QStringLiteral("abc@example.org");
        QTest::newRow("quote-backslash") << QStringLiteral("a\"b\\c") << QStringLiteral("a\"b\\c");
        QTest::newRow("controls") << QStringLiteral("\t\n\r\x01\x1f") << QStringLiteral("\t\n\r\x01\x1f");
        QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QStringLiteral("a\uFFFDb");
        QTest::newRow("surrogate-pair") << QStringLiteral("📎") << QStringLiteral("📎");
        QTest::newRow("lone-high-surrogate")
            << QString(QChar(0xD83D)) + QStringLiteral("x") << QStringLiteral("\uFFFDx");
        QTest::newRow("lone-low-surrogate")
            << QStringLiteral("x") + QString(QChar(0xDC4E)) << QStringLiteral("x\uFFFD");
        QTest::newRow("empty") << QString() << QString();
    }

    void jsonStringsRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString json = SqlValues::jsonStrings({text, QStringLiteral("second")});
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.array().size(), 2);
        QCOMPARE(document.array().at(0).toString(), expected);

        SqlValues::JsonRows rows;
        rows.beginRow();
        rows.add(text);
        rows.add(qint64(-42));
        rows.addNull();
        rows.endRow();
        rows.beginRow();
        rows.add(qint64(1) << 40);
        rows.endRow();
        QCOMPARE(rows.rowCount(), 2);
        const QJsonArray parsed = QJsonDocument::fromJson(rows.text().toUtf8()).array();
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(parsed.at(0).toArray().at(0).toString(), expected);
        QCOMPARE(parsed.at(0).toArray().at(1).toInteger(), -42);
        QVERIFY(parsed.at(0).toArray().at(2).isNull());
        QCOMPARE(parsed.at(1).toArray().at(0).toInteger(), qint64(1) << 40);
    }

    void idListsAndDates()
    {
        QCOMPARE(SqlValues::jsonIds({}), QStringLiteral("[]"));
        QCOMPARE(SqlValues::jsonIds({1, -2, 300}), QStringLiteral("[1,-2,300]"));
        QCOMPARE(SqlValues::uidsFromJson(SqlValues::jsonUids({1, 4294967295u})), (QList<quint32> {1, 4294967295u}));
        QCOMPARE(SqlValues::fromDateTime(QDateTime()), 0);
        QVERIFY(!SqlValues::toDateTime(0).isValid());
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
        QCOMPARE(SqlValues::toDateTime(SqlValues::fromDateTime(when)), when);
    }

    void messageColumnsMatchTheirCount()
    {
        // MessageQuery reads its sort columns right after these.
        QCOMPARE(SqlValues::messageColumns().count(QLatin1Char(',')) + 1, SqlValues::s_messageColumnCount);
    }

    void messageIdsAreNormalized_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("brackets") << QStringLiteral("<a@b>") << QStringLiteral("a@b");
        QTest::newRow("bare") << QStringLiteral("a@b") << QStringLiteral("a@b");
        QTest::newRow("spaces") << QStringLiteral("  <a@b>  ") << QStringLiteral("a@b");
        QTest::newRow("folded") << QStringLiteral("<a@\r\n b>") << QStringLiteral("a@b");
        QTest::newRow("empty") << QStringLiteral("<>") << QString();
    }

    void messageIdsAreNormalized()
    {
        QFETCH(QString, raw);
        QFETCH(QString, normalized);
        QCOMPARE(SqlValues::normalizeMessageId(raw), normalized);
    }
};

QTEST_GUILESS_MAIN(TestSqlValues)
#include "tst_sqlvalues.moc"
