#include "mime/htmltotext.h"

#include <QElapsedTimer>
#include <QTest>

using Letterbox::Mime::HtmlToText;

class TestHtmlToText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convert_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain-text") << QStringLiteral("Hello") << QStringLiteral("Hello");
        QTest::newRow("whitespace-collapses") << QStringLiteral("a \n\t  b") << QStringLiteral("a b");
        QTest::newRow("paragraphs") << QStringLiteral("<p>One</p><p>Two</p>") << QStringLiteral("One\n\nTwo");
        QTest::newRow("br") << QStringLiteral("a<br>b<br/><br />c") << QStringLiteral("a\nb\n\nc");
        QTest::newRow("div-lines") << QStringLiteral("<div>a</div><div>b</div>") << QStringLiteral("a\nb");
        QTest::newRow("list") << QStringLiteral("<ul><li>One</li><li>Two</li></ul>") << QStringLiteral("• One\n• Two");
        QTest::newRow("headings") << QStringLiteral("<h1>Title</h1>Text") << QStringLiteral("Title\n\nText");
        QTest::newRow("script-style-title-dropped")
            << QStringLiteral("<title>T</title><style>p{}</style><script>alert('<p>')</script>Body")
            << QStringLiteral("Body");
        QTest::newRow("comment-dropped") << QStringLiteral("a<!-- <p>hidden</p> -->b") << QStringLiteral("ab");
        QTest::newRow("doctype-dropped") << QStringLiteral("<!DOCTYPE html>x") << QStringLiteral("x");
        QTest::newRow("named-entities") << QStringLiteral("&lt;a&gt; &amp; &quot;q&quot; caf&eacute; &euro;")
                                        << QStringLiteral("<a> & \"q\" café €");
        QTest::newRow("numeric-entities")
            << QStringLiteral("&#8364; &#x1F600; &#0; &#xD800;") << QStringLiteral("€ 😀 \uFFFD \uFFFD");
        QTest::newRow("unknown-entity-kept") << QStringLiteral("&bogus; & alone") << QStringLiteral("&bogus; & alone");
        QTest::newRow("nbsp-not-collapsed") << QStringLiteral("a&nbsp;&nbsp;b") << QStringLiteral("a  b");
        QTest::newRow("soft-hyphen-dropped") << QStringLiteral("hy&shy;phen") << QStringLiteral("hyphen");
        QTest::newRow("link-target-shown") << QStringLiteral("<a href=\"https://evil.example/\">Your bank</a>")
                                           << QStringLiteral("Your bank <https://evil.example/>");
        QTest::newRow("link-same-as-text") << QStringLiteral("<a href='https://x.example/'>https://x.example/</a>")
                                           << QStringLiteral("https://x.example/");
        QTest::newRow("mailto-link") << QStringLiteral("<a href=mailto:a@x.example>a@x.example</a>")
                                     << QStringLiteral("a@x.example");
        QTest::newRow("javascript-link-hidden")
            << QStringLiteral("<a href=\"javascript:x()\">Click</a>") << QStringLiteral("Click");
        QTest::newRow("image-alt") << QStringLiteral("<img src=\"cid:x\" alt=\"Logo\">") << QStringLiteral("[Logo]");
        QTest::newRow("blockquote") << QStringLiteral("Hi<blockquote>quoted<br>more</blockquote>after")
                                    << QStringLiteral("Hi\n\n> quoted\n> more\n\nafter");
        QTest::newRow("pre-keeps-spacing") << QStringLiteral("<pre>a  b\n  c</pre>") << QStringLiteral("a  b\n  c");
        QTest::newRow("table-cells") << QStringLiteral(
            "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")
                                     << QStringLiteral("a b\nc");
        QTest::newRow("lone-less-than") << QStringLiteral("1 < 2") << QStringLiteral("1 < 2");
        QTest::newRow("unclosed-tag") << QStringLiteral("text<p class=\"x") << QStringLiteral("text");
        QTest::newRow("unclosed-comment") << QStringLiteral("a<!-- never closed") << QStringLiteral("a");
        QTest::newRow("quoted-gt-in-attribute") << QStringLiteral("<img alt=\"a>b\">x") << QStringLiteral("[a>b]x");
        QTest::newRow("empty") << QString() << QString();
    }

    void convert()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlToText::convert(html), text);
    }

    void hostileInputIsLinear_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("ampersands") << QString(2 * 1024 * 1024, u'&');
        QTest::newRow("open-brackets") << QStringLiteral("<a").repeated(500000);
        QTest::newRow("nested-blockquotes") << QStringLiteral("<blockquote>").repeated(200000) + QStringLiteral("x");
        QTest::newRow("unclosed-scripts") << QStringLiteral("<script>").repeated(200000);
        QTest::newRow("links") << QStringLiteral("<a href=\"http://x/\">t</a>").repeated(100000);
    }

    void hostileInputIsLinear()
    {
        QFETCH(QString, html);
        QElapsedTimer timer;
        timer.start();
        HtmlToText::convert(html);
        // A hang guard, not a benchmark: quadratic behaviour here takes minutes.
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestHtmlToText)
#include "tst_htmltotext.moc"
