#include "render/htmlsanitizer.h"
#include "render/renderlimits.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Letterbox::Render;

namespace {

/// The deepest element nesting of the sanitiser's output (it writes every tag whole).
int outputDepth(const QString &html, const QString &onlyTag = QString())
{
    static const QRegularExpression tag(QStringLiteral(R"(<(/?)([a-z0-9]+)[^>]*>)"));
    int depth = 0;
    int deepest = 0;
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(2);
        if (name == QLatin1String("br") || name == QLatin1String("hr") || name == QLatin1String("img")
            || (!onlyTag.isEmpty() && name != onlyTag)) {
            continue;
        }
        depth += match.captured(1).isEmpty() ? 1 : -1;
        deepest = std::max(deepest, depth);
    }
    return deepest;
}

QString repeated(const QString &text, int times)
{
    QString result;
    result.reserve(text.size() * times);
    for (int i = 0; i < times; ++i) {
        result += text;
    }
    return result;
}

} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsWhatQTextDocumentShows()
    {
        const SanitizedHtml result = HtmlSanitizer::sanitize(
            QStringLiteral("<p align=center><b>bold</b> <i>it</i> <font color=\"#ff0000\" size=2>red</font></p>"
                           "<table border=1 cellpadding=4><tr><td colspan=2 bgcolor=yellow>cell</td></tr></table>"
                           "<ul><li>one</li></ul><a href=\"https://example.org/x?a=1&amp;b=2\">link</a>"));
        QVERIFY(!result.rejected);
        QVERIFY(result.html.contains(QLatin1String("<p align=\"center\"><b>bold</b> <i>it</i>")));
        QVERIFY(result.html.contains(QLatin1String("<font color=\"#ff0000\" size=\"2\">red</font>")));
        QVERIFY(result.html.contains(QLatin1String("<td bgcolor=\"yellow\" colspan=\"2\">cell</td>")));
        QVERIFY(result.html.contains(QLatin1String("<li>one</li>")));
        QVERIFY(result.html.contains(QLatin1String("<a href=\"https://example.org/x?a=1&amp;b=2\">link</a>")));
        QVERIFY(result.blockedUrls.isEmpty());
    }

    void dropsActiveContent_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("visible"); // text that must survive, or empty
        QTest::addColumn<QStringList>("forbidden"); // must not appear (case-insensitive)
        const QStringList script {QStringLiteral("script"), QStringLiteral("alert")};
        QTest::newRow("script") << QStringLiteral("<p>a</p><script>alert(1)</script>") << QStringLiteral("a") << script;
        QTest::newRow("script-in-svg") << QStringLiteral("<svg><script>alert(1)</script></svg>b") << QStringLiteral("b")
                                       << script;
        QTest::newRow("onerror") << QStringLiteral("<img src=x onerror=alert(1)>c") << QStringLiteral("c")
                                 << QStringList {QStringLiteral("onerror"), QStringLiteral("alert")};
        QTest::newRow("onclick-onload") << QStringLiteral("<body onload=alert(1)><div onclick=\"alert(2)\">d</div>")
                                        << QStringLiteral("d")
                                        << QStringList {QStringLiteral("on"), QStringLiteral("alert")};
        QTest::newRow("javascript-href") << QStringLiteral("<a href=\"javascript:alert(1)\">e</a>")
                                         << QStringLiteral("e")
                                         << QStringList {QStringLiteral("javascript"), QStringLiteral("href")};
        QTest::newRow("javascript-entity-tab") << QStringLiteral("<a href=\"java&#x09;script:alert(1)\">f</a>")
                                               << QStringLiteral("f") << QStringList {QStringLiteral("href")};
        QTest::newRow("javascript-newline-case") << QStringLiteral("<a href=\" \nJaVa\nScRiPt:alert(1)\">g</a>")
                                                 << QStringLiteral("g") << QStringList {QStringLiteral("href")};
        QTest::newRow("vbscript") << QStringLiteral("<a href=\"vbscript:msgbox(1)\">h</a>") << QStringLiteral("h")
                                  << QStringList {QStringLiteral("href")};
        QTest::newRow("data-href") << QStringLiteral("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">i</a>")
                                   << QStringLiteral("i")
                                   << QStringList {QStringLiteral("href"), QStringLiteral("data:")};
        QTest::newRow("relative-href") << QStringLiteral("<a href=\"../../etc/passwd\">j</a>") << QStringLiteral("j")
                                       << QStringList {QStringLiteral("href"), QStringLiteral("passwd")};
        QTest::newRow("iframe") << QStringLiteral("<iframe src=\"http://evil.example/\">x</iframe>k")
                                << QStringLiteral("k")
                                << QStringList {QStringLiteral("iframe"), QStringLiteral("evil")};
        QTest::newRow("object-embed") << QStringLiteral(
            "<object data=\"http://evil.example/o\"></object><embed src=\"http://evil.example/e\">l")
                                      << QStringLiteral("l")
                                      << QStringList {
                                             QStringLiteral("object"), QStringLiteral("embed"), QStringLiteral("evil")};
        QTest::newRow("form") << QStringLiteral(
            "<form action=\"http://evil.example/\">Login: <input name=p type=password><button>Go</button></form>")
                              << QStringLiteral("Login:")
                              << QStringList {QStringLiteral("form"), QStringLiteral("input"), QStringLiteral("button"),
                                     QStringLiteral("evil")};
        QTest::newRow("meta-refresh") << QStringLiteral(
            "<head><meta http-equiv=refresh content=\"0;url=http://evil.example/\"></head>m")
                                      << QStringLiteral("m")
                                      << QStringList {
                                             QStringLiteral("meta"), QStringLiteral("refresh"), QStringLiteral("evil")};
        QTest::newRow("base") << QStringLiteral("<base href=\"http://evil.example/\"><a href=\"x\">n</a>")
                              << QStringLiteral("n")
                              << QStringList {QStringLiteral("base"), QStringLiteral("evil"), QStringLiteral("href")};
        QTest::newRow("style-element") << QStringLiteral("<style>p{color:red}</style>o") << QStringLiteral("o")
                                       << QStringList {QStringLiteral("style"), QStringLiteral("color")};
        QTest::newRow("title-template") << QStringLiteral("<title>T1</title><template><b>T2</b></template>q")
                                        << QStringLiteral("q")
                                        << QStringList {QStringLiteral("T1"), QStringLiteral("T2")};
        QTest::newRow("style-expression")
            << QStringLiteral("<p style=\"width: expression(alert(1)); color: red\">r</p>") << QStringLiteral("r")
            << QStringList {QStringLiteral("expression"), QStringLiteral("alert")};
        QTest::newRow("style-escape") << QStringLiteral("<p style=\"background: \\75rl(http://t.example/x)\">s</p>")
                                      << QStringLiteral("s")
                                      << QStringList {QStringLiteral("t.example"), QStringLiteral("\\")};
        QTest::newRow("math-xlink") << QStringLiteral("<math><mi xlink:href=\"javascript:alert(1)\">t</mi></math>u")
                                    << QStringLiteral("u")
                                    << QStringList {QStringLiteral("javascript"), QStringLiteral("math")};
    }

    void dropsActiveContent()
    {
        QFETCH(QString, html);
        QFETCH(QString, visible);
        QFETCH(QStringList, forbidden);
        const SanitizedHtml result = HtmlSanitizer::sanitize(html);
        QVERIFY(!result.rejected);
        // Markup only: the forbidden words must not appear in a tag, and not as text
        // that came from a dropped element.
        const QString body = result.html.mid(result.html.indexOf(QLatin1String("<body")));
        for (const QString &word : forbidden) {
            QVERIFY2(!body.contains(word, Qt::CaseInsensitive), qPrintable(word + QLatin1String(" in ") + result.html));
        }
        QVERIFY2(result.html.contains(visible), qPrintable(result.html));
    }

    void entitiesStayText()
    {
        const SanitizedHtml result = HtmlSanitizer::sanitize(
            QStringLiteral("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#x3C;b&#x3E; &eacute; &nbsp;x</p>"));
        QVERIFY2(result.html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt; \u00e9")),
            qPrintable(result.html));
        QVERIFY(!result.html.contains(QLatin1String("<script")));
        QVERIFY(!result.html.contains(QLatin1String("<b>")));
    }

    void remoteSourcesAreBlockedAndCounted_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("blocked");
        QTest::newRow("tracking-pixel") << QStringLiteral(
            "<img src=\"http://t.example/open.gif?u=1\" width=1 height=1>")
                                        << QStringList {QStringLiteral("http://t.example/open.gif?u=1")};
        QTest::newRow("protocol-relative") << QStringLiteral("<img src=\"//cdn.example/a.png\">")
                                           << QStringList {QStringLiteral("//cdn.example/a.png")};
        QTest::newRow("srcset") << QStringLiteral(
            "<img srcset=\"https://a.example/1.png 1x, https://a.example/2.png 2x\">")
                                << QStringList {QStringLiteral("https://a.example/1.png"),
                                       QStringLiteral("https://a.example/2.png")};
        QTest::newRow("style-url") << QStringLiteral(
            "<div style=\"color: red; background-image: url('https://b.example/bg.png')\">x</div>")
                                   << QStringList {QStringLiteral("https://b.example/bg.png")};
        QTest::newRow("background-attribute")
            << QStringLiteral("<table background=\"http://c.example/t.png\"><tr><td>x</td></tr></table>")
            << QStringList {QStringLiteral("http://c.example/t.png")};
        QTest::newRow("link-stylesheet") << QStringLiteral("<link rel=stylesheet href=\"https://d.example/s.css\">x")
                                         << QStringList {QStringLiteral("https://d.example/s.css")};
        QTest::newRow("import") << QStringLiteral(
            "<style>@import \"https://e.example/i.css\"; p { background: url(http://e.example/p.png) }</style>x")
                                << QStringList {QStringLiteral("http://e.example/p.png"),
                                       QStringLiteral("https://e.example/i.css")};
        QTest::newRow("video-poster") << QStringLiteral(
            "<video poster=\"https://f.example/p.jpg\" src=\"https://f.example/v.mp4\"></video>")
                                      << QStringList {QStringLiteral("https://f.example/v.mp4"),
                                             QStringLiteral("https://f.example/p.jpg")};
        QTest::newRow("same-url-twice") << QStringLiteral(
            "<img src=\"http://g.example/x.png\"><img src=\"http://g.example/x.png\">")
                                        << QStringList {QStringLiteral("http://g.example/x.png")};
        QTest::newRow("data-uri-is-not-remote")
            << QStringLiteral("<img src=\"data:image/png;base64,iVBORw0KGgo=\">") << QStringList {};
        QTest::newRow("file-uri-is-not-remote") << QStringLiteral("<img src=\"file:///etc/passwd\">") << QStringList {};
    }

    void remoteSourcesAreBlockedAndCounted()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, blocked);
        const SanitizedHtml result = HtmlSanitizer::sanitize(html);
        QCOMPARE(result.blockedUrls, blocked);
        QVERIFY(result.remoteImages.isEmpty());
        const QString body = result.html.mid(result.html.indexOf(QLatin1String("<body")));
        for (const QString &host :
            {QStringLiteral(".example"), QStringLiteral("data:"), QStringLiteral("file:"), QStringLiteral("url(")}) {
            QVERIFY2(!body.contains(host), qPrintable(result.html));
        }
        if (html.startsWith(QLatin1String("<img"))) {
            QVERIFY2(result.html.contains(QLatin1String("src=\"letterbox-blocked:image\"")), qPrintable(result.html));
        }
    }

    void trackingPixelPlaceholderKeepsItsSize()
    {
        const SanitizedHtml result = HtmlSanitizer::sanitize(
            QStringLiteral("<img src=\"http://t.example/p.gif\" width=\"1px\" height=1 alt=\"\">"));
        QVERIFY(result.html.contains(QLatin1String("<img src=\"letterbox-blocked:image\" width=\"1\" height=\"1\">")));
    }

    void remoteImagesKeptWhenAllowed()
    {
        SanitizeOptions options;
        options.allowRemoteImages = true;
        const SanitizedHtml result = HtmlSanitizer::sanitize(
            QStringLiteral("<img src=\"https://cdn.example/logo.png\"><img src=\"//cdn.example/b.png\">"
                           "<div style=\"background:url(https://cdn.example/bg.png)\">x</div>"),
            options);
        QCOMPARE(result.remoteImages,
            (QStringList {
                QStringLiteral("https://cdn.example/logo.png"), QStringLiteral("https://cdn.example/b.png")}));
        QVERIFY(result.html.contains(QLatin1String("<img src=\"https://cdn.example/logo.png\">")));
        // Styles stay blocked even then: only images are fetched, by the view.
        QCOMPARE(result.blockedUrls, QStringList {QStringLiteral("https://cdn.example/bg.png")});
    }

    void contentIdImages()
    {
        const SanitizedHtml result = HtmlSanitizer::sanitize(
            QStringLiteral("<img src=\"cid:logo@example.com\"><img src=\"CID:chart%40example.com\"><img "
                           "src=\"cid:logo@example.com\">"));
        QCOMPARE(
            result.contentIds, (QStringList {QStringLiteral("logo@example.com"), QStringLiteral("chart@example.com")}));
        QVERIFY(result.html.contains(QLatin1String("<img src=\"cid:logo@example.com\">")));
        QVERIFY(result.html.contains(QLatin1String("<img src=\"cid:chart@example.com\">")));
        QVERIFY(result.blockedUrls.isEmpty());
    }

    void mailtoAndAnchorsKept()
    {
        const SanitizedHtml result = HtmlSanitizer::sanitize(QStringLiteral(
            "<a name=\"top\"></a><a href=\"mailto:ed@example.org?subject=Hi\">m</a><a href=\"#top\">up</a>"
            "<a href=\"#\" onclick=\"x\">bad</a>"));
        QVERIFY(result.html.contains(QLatin1String("<a name=\"top\"></a>")));
        QVERIFY(result.html.contains(QLatin1String("<a href=\"mailto:ed@example.org?subject=Hi\">m</a>")));
        QVERIFY(result.html.contains(QLatin1String("<a href=\"#top\">up</a>")));
        QVERIFY(result.html.contains(QLatin1String("<a>bad</a>")));
    }

    void unicodeHostsBecomeAce()
    {
        const SanitizedHtml result
            = HtmlSanitizer::sanitize(QStringLiteral("<a href=\"https://p\u0430ypal.com/\">x</a>"));
        QVERIFY2(result.html.contains(QLatin1String("href=\"https://xn--pypal-4ve.com/\"")), qPrintable(result.html));
    }

    void linkMismatch_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("shownHost"); // empty: no mismatch
        QTest::newRow("other-host") << QStringLiteral(
            "<a href=\"https://evil.example/login\">https://www.paypal.com/</a>")
                                    << QStringLiteral("www.paypal.com");
        QTest::newRow("host-in-words") << QStringLiteral(
            "<a href=\"http://evil.example/\">Log in at <b>paypal.com</b> now</a>")
                                       << QStringLiteral("paypal.com");
        QTest::newRow("same-domain") << QStringLiteral("<a href=\"https://www.paypal.com/signin\">paypal.com</a>")
                                     << QString();
        QTest::newRow("suffix-trick") << QStringLiteral("<a href=\"https://paypal.com.evil.co.uk/\">paypal.com</a>")
                                      << QStringLiteral("paypal.com");
        QTest::newRow("look-alike") << QStringLiteral("<a href=\"https://p\u0430ypal.com/\">paypal.com</a>")
                                    << QStringLiteral("paypal.com");
        QTest::newRow("plain-words") << QStringLiteral(
            "<a href=\"https://evil.example/\">Read more. see readme.txt, v1.2</a>")
                                     << QString();
        QTest::newRow("mailto") << QStringLiteral("<a href=\"mailto:x@evil.example\">paypal.com</a>") << QString();
    }

    void linkMismatch()
    {
        QFETCH(QString, html);
        QFETCH(QString, shownHost);
        const SanitizedHtml result = HtmlSanitizer::sanitize(html);
        if (shownHost.isEmpty()) {
            QVERIFY(result.linkMismatches.isEmpty());
        } else {
            QCOMPARE(result.linkMismatches.size(), 1);
            QCOMPARE(result.linkMismatches.first().shownHost, shownHost);
        }
    }

    void rejectsHugeInput()
    {
        const QString html = QStringLiteral("<p>") + QString(5 * 1024 * 1024, u'x') + QStringLiteral("</p>");
        const SanitizedHtml result = HtmlSanitizer::sanitize(html);
        QVERIFY(result.rejected);
        QVERIFY(result.html.isEmpty());
        QVERIFY(result.rejectReason.contains(QLatin1String("too large")));
    }

    void acceptsLargeButBoundedInput()
    {
        // 1.5 MB of ordinary paragraphs: under the cap, shown.
        const QString html
            = repeated(QStringLiteral("<p>Lorem <b>ipsum</b> dolor sit amet, consectetur.</p>\n"), 30000);
        QVERIFY(html.size() < Limits::maxHtmlBytes);
        const SanitizedHtml result = HtmlSanitizer::sanitize(html);
        QVERIFY(!result.rejected);
        QCOMPARE(result.html.count(QLatin1String("<b>ipsum</b>")), 30000);
    }

    void rejectsDeepNesting_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("100k-divs") << repeated(QStringLiteral("<div>"), 100000) + QStringLiteral("x");
        QTest::newRow("100k-self-closed-divs") << repeated(QStringLiteral("<div/>"), 100000);
        QTest::newRow("100k-spans-closed-at-end") << repeated(QStringLiteral("<span>"), 100000) + QStringLiteral("x")
                + repeated(QStringLiteral("</span>"), 100000);
        // No tag nests literally, but gumbo re-creates the open <b>s inside each <p>.
        QString formatting;
        for (int i = 0; i < 20000; ++i) {
            formatting += QStringLiteral("<p><b id=%1>x</p>").arg(i);
        }
        QTest::newRow("formatting-reconstruction") << formatting;
        QTest::newRow("quote-in-attribute-name")
            << QStringLiteral("<div x'>") + repeated(QStringLiteral("<div>"), 1000);
    }

    void rejectsDeepNesting()
    {
        QFETCH(QString, html);
        const SanitizedHtml result = HtmlSanitizer::sanitize(html);
        QVERIFY(result.rejected);
        QVERIFY(result.rejectReason.contains(QLatin1String("deeply")));
    }

    void ordinaryUnclosedTagsAreNotDeep()
    {
        // Old mailers leave <p>, <li>, <td> and <tr> open: that is not nesting.
        const QString html = QStringLiteral("<table>") + repeated(QStringLiteral("<tr><td>a<td>b"), 2000)
            + QStringLiteral("</table><ul>") + repeated(QStringLiteral("<li>item"), 2000) + QStringLiteral("</ul>")
            + repeated(QStringLiteral("<p>para"), 2000) + repeated(QStringLiteral("<option>o"), 2000);
        const SanitizedHtml result = HtmlSanitizer::sanitize(html);
        QVERIFY2(!result.rejected, qPrintable(result.rejectReason));
        QCOMPARE(result.html.count(QLatin1String("<li>item</li>")), 2000);
    }

    void deepButAcceptedInputIsFlattened()
    {
        const SanitizedHtml divs = HtmlSanitizer::sanitize(
            repeated(QStringLiteral("<div>"), 300) + QStringLiteral("deep") + repeated(QStringLiteral("</div>"), 300));
        QVERIFY(!divs.rejected);
        QVERIFY(divs.html.contains(QLatin1String("deep")));
        QVERIFY(outputDepth(divs.html) <= Limits::maxOutputDepth + 1); // + <html>

        const SanitizedHtml tables = HtmlSanitizer::sanitize(repeated(QStringLiteral("<table><tr><td>"), 40)
            + QStringLiteral("cell") + repeated(QStringLiteral("</td></tr></table>"), 40));
        QVERIFY(!tables.rejected);
        QVERIFY(tables.html.contains(QLatin1String("cell")));
        QCOMPARE(outputDepth(tables.html, QStringLiteral("table")), Limits::maxTableDepth);
        QCOMPARE(outputDepth(tables.html, QStringLiteral("td")), Limits::maxTableDepth);
    }

    void outputIsStable()
    {
        QFile file(QStringLiteral(LETTERBOX_TEST_DATA "/html/newsletter-small.html"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const SanitizedHtml first = HtmlSanitizer::sanitize(QString::fromUtf8(file.readAll()));
        QVERIFY(!first.rejected);
        QCOMPARE(first.blockedUrls,
            (QStringList {QStringLiteral("https://news.example.com/logo.png"),
                QStringLiteral("https://t.example.net/open.gif?id=123")}));
        QCOMPARE(first.contentIds, QStringList {QStringLiteral("chart@example.com")});
        QVERIFY(!first.html.contains(QLatin1String("Weekly digest"))); // the <title>
        QVERIFY(first.html.contains(QLatin1String("This week at Example")));
        QCOMPARE(HtmlSanitizer::sanitize(first.html).html, first.html);
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
