#include "render/plaintextrenderer.h"

#include <QTest>

using namespace Letterbox::Render;

class TestPlainTextRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoteDepth_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("depth");
        QTest::addColumn<QString>("body");
        QTest::newRow("none") << QStringLiteral("text") << 0 << QStringLiteral("text");
        QTest::newRow("one") << QStringLiteral("> text") << 1 << QStringLiteral(" text");
        QTest::newRow("two-flowed") << QStringLiteral(">> text") << 2 << QStringLiteral(" text");
        QTest::newRow("spaced") << QStringLiteral("> > > text") << 3 << QStringLiteral(" text");
        QTest::newRow("not-leading") << QStringLiteral(" > text") << 0 << QStringLiteral(" > text");
        QTest::newRow("empty-quote") << QStringLiteral(">") << 1 << QString();
    }

    void quoteDepth()
    {
        QFETCH(QString, line);
        QFETCH(int, depth);
        QFETCH(QString, body);
        QString rest;
        QCOMPARE(PlainTextRenderer::quoteDepth(line, &rest), depth);
        QCOMPARE(rest, body);
    }

    void blocksByDepthAndSignature()
    {
        const PlainTextRenderer renderer(
            QStringLiteral("Hi\n> you wrote\n>> earlier\n>> more\n> back\nmy answer\n-- \nAlice\nphone"));
        const QList<QuoteBlock> &blocks = renderer.blocks();
        QCOMPARE(blocks.size(), 6);
        QCOMPARE(blocks.at(0).depth, 0);
        QCOMPARE(blocks.at(1).depth, 1);
        QCOMPARE(blocks.at(2).depth, 2);
        QCOMPARE(blocks.at(2).lines, (QStringList {QStringLiteral(">> earlier"), QStringLiteral(">> more")}));
        QCOMPARE(blocks.at(3).depth, 1);
        QCOMPARE(blocks.at(4).lines, QStringList {QStringLiteral("my answer")});
        QVERIFY(blocks.at(5).isSignature);
        QCOMPARE(renderer.foldGroups(), QList<int> {1});
    }

    void htmlColoursQuotesAndEscapes()
    {
        const QString html = PlainTextRenderer(QStringLiteral("<b>not bold</b> & co\n> quoted\n>> deeper")).toHtml();
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;not bold&lt;/b&gt; &amp; co")));
        QVERIFY(html.contains(QLatin1String("color:#2a6db5\">&gt; quoted</div>")));
        QVERIFY(html.contains(QLatin1String("color:#2e8540\">&gt;&gt; deeper</div>")));
        QVERIFY(!html.contains(QLatin1String("<b>")));
    }

    void foldingHidesTheWholeGroup()
    {
        const PlainTextRenderer renderer(QStringLiteral("top\n> a\n> b\n>> c\n>> d\nbottom"));
        const QString open = renderer.toHtml();
        QVERIFY(open.contains(QLatin1String("href=\"letterbox-fold:1\"")));
        QVERIFY(open.contains(QLatin1String("[hide 4 quoted lines]")));
        const QString folded = renderer.toHtml({1});
        QVERIFY(folded.contains(QLatin1String("[show 4 quoted lines]")));
        QVERIFY(!folded.contains(QLatin1String("&gt; a")));
        QVERIFY(!folded.contains(QLatin1String("&gt;&gt; c")));
        QVERIFY(folded.contains(QLatin1String("top")));
        QVERIFY(folded.contains(QLatin1String("bottom")));
        // A short quote gets no fold link of its own.
        QVERIFY(!PlainTextRenderer(QStringLiteral("> one line")).toHtml().contains(QLatin1String("letterbox-fold")));
    }

    void links_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("html");
        QTest::newRow("https")
            << QStringLiteral("see https://example.org/a?b=1&c=2.")
            << QStringLiteral(
                   "see <a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>.");
        QTest::newRow("parenthesised") << QStringLiteral("(http://example.org/x)")
                                       << QStringLiteral("(<a href=\"http://example.org/x\">http://example.org/x</a>)");
        QTest::newRow("wiki-parens")
            << QStringLiteral("http://en.wikipedia.org/wiki/A_(b)")
            << QStringLiteral("<a href=\"http://en.wikipedia.org/wiki/A_(b)\">http://en.wikipedia.org/wiki/A_(b)</a>");
        QTest::newRow("www") << QStringLiteral("www.example.org")
                             << QStringLiteral("<a href=\"http://www.example.org\">www.example.org</a>");
        QTest::newRow("mailto") << QStringLiteral("mailto:bob@example.org")
                                << QStringLiteral("<a href=\"mailto:bob@example.org\">mailto:bob@example.org</a>");
        QTest::newRow("javascript-is-text")
            << QStringLiteral("javascript:alert(1)") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("file-is-text") << QStringLiteral("file:///etc/passwd") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("quote-breaks-link")
            << QStringLiteral("http://a.example/\"onmouseover=x")
            << QStringLiteral("<a href=\"http://a.example/\">http://a.example/</a>&quot;onmouseover=x");
        QTest::newRow("scheme-only") << QStringLiteral("http:// nothing") << QStringLiteral("http:// nothing");
    }

    void links()
    {
        QFETCH(QString, line);
        QFETCH(QString, html);
        QCOMPARE(PlainTextRenderer::linkified(line), html);
    }
};

QTEST_GUILESS_MAIN(TestPlainTextRenderer)
#include "tst_plaintextrenderer.moc"
