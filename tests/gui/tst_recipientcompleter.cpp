// RecipientCompleter on a QLineEdit under the offscreen platform: in a line of several
// addresses only the one being typed is looked up and replaced.
#include "gui/recipientcompleter.h"

#include "models/accountcaches.h"
#include "models/addresscompletionmodel.h"
#include "models/roles.h"
#include "store/messagestore.h"
#include "storetesting.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QTest>

using namespace Letterbox;
using Gui::RecipientCompleter;
using Span = RecipientCompleter::Span;

namespace {

/// A To line over one account that knows Carol (twice), Carl and "Smith, Bob".
struct ToLine
{
    StoreTesting::Cache cache;
    Models::AccountCaches caches;
    Models::AddressCompletionModel model {caches};
    QLineEdit edit;
    RecipientCompleter *completer = new RecipientCompleter(&model, &edit);

    ToLine()
    {
        QList<Store::NewMessage> messages;
        const QList<std::pair<QString, QString>> senders {{QStringLiteral("Carol King"), QStringLiteral("carol@example.org")},
            {QStringLiteral("Carol King"), QStringLiteral("carol@example.org")},
            {QStringLiteral("Carl"), QStringLiteral("carl@example.org")},
            {QStringLiteral("Smith, Bob"), QStringLiteral("bob@example.org")}};
        quint32 uid = 0;
        for (const auto &[name, address] : senders) {
            Store::NewMessage m = StoreTesting::message(++uid, QStringLiteral("Hi"));
            m.fromName = name;
            m.fromAddress = address;
            m.toSummary = QStringLiteral("me@example.org");
            messages.append(m);
        }
        if (const auto inserted = Store::MessageStore(cache.db()).insert(cache.inbox, messages); !inserted.ok()) {
            qFatal("insert failed: %s", qPrintable(inserted.message()));
        }
        caches.addAccount(QStringLiteral("work"), &cache.db());
        edit.resize(500, 30);
        edit.show();
    }

    [[nodiscard]] QAbstractItemView *popup() const { return completer->completer()->popup(); }
    /// Takes the popup's row @p row as a person would: select it, press Return.
    void choose(int row)
    {
        popup()->setCurrentIndex(completer->completer()->completionModel()->index(row, 0));
        QTest::keyClick(popup(), Qt::Key_Return);
    }
};

} // namespace

class TestRecipientCompleter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressAt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cursor");
        QTest::addColumn<QString>("expected");
        QTest::newRow("only") << QStringLiteral("car") << 3 << QStringLiteral("car");
        QTest::newRow("last") << QStringLiteral("a@x.org, car") << 12 << QStringLiteral("car");
        QTest::newRow("first-of-two") << QStringLiteral("a@x.org, car") << 2 << QStringLiteral("a@x.org");
        QTest::newRow("comma-in-quotes") << QStringLiteral("\"Smith, Bob\" <b@x.org>, ca") << 26 << QStringLiteral("ca");
        QTest::newRow("cursor-inside-quoted-name")
            << QStringLiteral("\"Smith, Bob\" <b@x.org>, ca") << 3 << QStringLiteral("\"Smith, Bob\" <b@x.org>");
        QTest::newRow("semicolon") << QStringLiteral("a@x.org; car") << 12 << QStringLiteral("car");
        QTest::newRow("after-trailing-comma") << QStringLiteral("a@x.org, ") << 9 << QString();
    }

    void addressAt()
    {
        QFETCH(QString, text);
        QFETCH(int, cursor);
        QFETCH(QString, expected);
        const Span span = RecipientCompleter::addressAt(text, cursor);
        QCOMPARE(text.mid(span.start, span.length), expected);
    }

    void completesTheLastAddressOnly()
    {
        ToLine line;
        line.edit.setText(QStringLiteral("\"Smith, Bob\" <bob@example.org>, "));
        line.edit.end(false);
        QTest::keyClicks(&line.edit, QStringLiteral("car"));
        QCOMPARE(line.model.prefix(), QStringLiteral("car")); // not the whole line
        QTRY_VERIFY(line.popup()->isVisible());
        QCOMPARE(line.model.rowCount(), 2);
        QCOMPARE(line.model.index(0).data(Models::EmailAddressRole).toString(), QStringLiteral("carol@example.org"));
        line.choose(0);
        QCOMPARE(line.edit.text(), QStringLiteral("\"Smith, Bob\" <bob@example.org>, Carol King <carol@example.org>, "));
        QCOMPARE(line.edit.cursorPosition(), int(line.edit.text().size()));
        QVERIFY(!line.popup()->isVisible());
    }

    void replacesTheAddressBeingEditedInTheMiddle()
    {
        ToLine line;
        line.edit.setText(QStringLiteral("carl@example.org, me@example.org"));
        line.edit.setCursorPosition(0);
        QTest::keyClicks(&line.edit, QStringLiteral("smi"));
        QCOMPARE(line.model.prefix(), QStringLiteral("smi"));
        QTRY_VERIFY(line.popup()->isVisible());
        line.choose(0);
        QCOMPARE(line.edit.text(),
            QStringLiteral("\"Smith, Bob\" <bob@example.org>, me@example.org"));
    }

    void nothingMatchingShowsNoPopup()
    {
        ToLine line;
        QTest::keyClicks(&line.edit, QStringLiteral("zz"));
        QCOMPARE(line.model.rowCount(), 0);
        QVERIFY(!line.popup()->isVisible());
    }
};

QTEST_MAIN(TestRecipientCompleter)
#include "tst_recipientcompleter.moc"
