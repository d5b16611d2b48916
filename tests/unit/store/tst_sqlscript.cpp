#include "store/sqlscript.h"

#include <QTest>

using Letterbox::Store::SqlScript;

class TestSqlScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");

        QTest::newRow("two-statements") << QStringLiteral("CREATE TABLE a(x);\nCREATE TABLE b(y);")
                                        << QStringList {QStringLiteral("CREATE TABLE a(x)"),
                                               QStringLiteral("CREATE TABLE b(y)")};
        QTest::newRow("no-final-semicolon") << QStringLiteral("SELECT 1") << QStringList {QStringLiteral("SELECT 1")};
        QTest::newRow("semicolon-in-string")
            << QStringLiteral("INSERT INTO t VALUES ('a;b');SELECT 2;")
            << QStringList {QStringLiteral("INSERT INTO t VALUES ('a;b')"), QStringLiteral("SELECT 2")};
        QTest::newRow("doubled-quote-in-string")
            << QStringLiteral("INSERT INTO t VALUES ('it''s; fine');SELECT 3")
            << QStringList {QStringLiteral("INSERT INTO t VALUES ('it''s; fine')"), QStringLiteral("SELECT 3")};
        QTest::newRow("quoted-identifiers") << QStringLiteral("CREATE TABLE \"a;b\"([c;d], `e;f`);")
                                            << QStringList {QStringLiteral("CREATE TABLE \"a;b\"([c;d], `e;f`)")};
        QTest::newRow("line-comment") << QStringLiteral("-- a comment; with a semicolon\nSELECT 1; -- trailing\n")
                                      << QStringList {QStringLiteral("-- a comment; with a semicolon\nSELECT 1")};
        QTest::newRow("block-comment") << QStringLiteral("/* x; y */ SELECT 1;")
                                       << QStringList {QStringLiteral("/* x; y */ SELECT 1")};
        QTest::newRow("comment-only") << QStringLiteral("-- nothing here\n/* nor here */\n") << QStringList {};
        QTest::newRow("empty-statements")
            << QStringLiteral(";;  ;\nSELECT 1;;") << QStringList {QStringLiteral("SELECT 1")};
        QTest::newRow("trigger-body")
            << QStringLiteral(
                   "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET n = n + 1;\n  DELETE FROM c;\nEND;\n"
                   "SELECT 1;")
            << QStringList {
                   QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET n = n + 1;\n  DELETE "
                                  "FROM c;\nEND"),
                   QStringLiteral("SELECT 1")};
        QTest::newRow("temp-trigger-with-case")
            << QStringLiteral(
                   "create temp trigger t after update on a begin select case when 1 then 2 end; end; select 9")
            << QStringList {
                   QStringLiteral("create temp trigger t after update on a begin select case when 1 then 2 end; end"),
                   QStringLiteral("select 9")};
        QTest::newRow("begin-word-outside-trigger")
            << QStringLiteral("CREATE TABLE begin_end(begin_x, end_y); SELECT 1;")
            << QStringList {QStringLiteral("CREATE TABLE begin_end(begin_x, end_y)"), QStringLiteral("SELECT 1")};
        QTest::newRow("unterminated-string")
            << QStringLiteral("SELECT 'abc; def") << QStringList {QStringLiteral("SELECT 'abc; def")};
    }

    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(SqlScript::split(script), statements);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
