// The composer and the main window's writing actions, offscreen, over caches that hold
// mail and a session that stays offline (what is sent waits in the outbox, where the test
// reads it back): reply quoting and threading headers, the questions before sending
// (answered by the test's prompter, never a blocking box), invalid recipients, typing and
// Ctrl+Return, drafts saved on close and reopened, mailto:, attachments and the SIZE
// warning, the signature following the From, and the outbox dialog.
#include "gui/composer/attachmentlist.h"
#include "gui/composer/composerwindow.h"
#include "gui/composer/outboxdialog.h"
#include "gui/composer/recipientedit.h"
#include "gui/mainwindow.h"
#include "gui/messagelistview.h"
#include "gui/spelling/spellchecker.h"
#include "guitesting.h"
#include "mime/messageparser.h"
#include "models/messagelistmodel.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryFile>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

using namespace Letterbox;
using Gui::ComposerQuestion;
using Gui::ComposerWindow;
using GuiTesting::TestProfile;

namespace {

const QByteArray s_original = "From: Alice Example <alice@example.org>\r\n"
                              "To: work@example.org\r\n"
                              "Cc: carol@example.org\r\n"
                              "Subject: Lunch on Friday?\r\n"
                              "Date: Tue, 01 Jul 2025 10:00:00 +0200\r\n"
                              "Message-ID: <lunch@example.org>\r\n"
                              "References: <root@example.org>\r\n"
                              "Content-Type: text/plain; charset=utf-8\r\n"
                              "\r\n"
                              "Shall we meet at noon?\r\n";

/// A window over one account ("work", IMAP unless @p pop3) whose Inbox holds s_original.
struct Fixture
{
    TestProfile profile;
    GuiTesting::TestAccount account;
    qint64 original = 0;
    Services::MailSession session;
    std::unique_ptr<Gui::MainWindow> window;
    QList<ComposerQuestion> asked;
    bool answer = true;

    explicit Fixture(bool pop3 = false, const QString &signature = {})
    {
        const auto protocol = pop3 ? Accounts::IncomingProtocol::Pop3 : Accounts::IncomingProtocol::Imap;
        account = profile.addAccount(QStringLiteral("work"), protocol, 2);
        original = profile.addMessageWithBody(
            QStringLiteral("work"), account.inbox, 50, QStringLiteral("Lunch on Friday?"), s_original);
        Accounts::Account second = unreachableAccount(QStringLiteral("home"), protocol);
        second.displayName = QStringLiteral("Home Me");
        second.signature = QStringLiteral("Home signature");
        Accounts::AccountStore store(profile.profile());
        if (!store.add(second).ok()) {
            qFatal("cannot add the second account");
        }
        if (!signature.isEmpty()) {
            Accounts::Account work;
            if (!store.load(QStringLiteral("work"), &work).ok()) {
                qFatal("cannot load the account");
            }
            work.signature = signature;
            work.displayName = QStringLiteral("Work Me");
            if (!store.update(work).ok()) {
                qFatal("cannot update the account");
            }
        }
        session.setOffline(true);
        QStringList errors;
        session.open(profile.profile(), Services::MailSessionOptions::manualOnly(), &errors);
        if (!errors.isEmpty()) {
            qFatal("cannot open: %s", qPrintable(errors.join(u' ')));
        }
        window = std::make_unique<Gui::MainWindow>(&session, profile.profile().configDirectory());
        window->resize(1000, 700);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            qFatal("the window was not exposed");
        }
    }

    [[nodiscard]] int work() const { return session.indexOf(QStringLiteral("work")); }

    [[nodiscard]] QAction *action(const QString &name) const { return window->findChild<QAction *>(name); }

    void selectOriginal() const
    {
        Models::MessageListModel *list = window->messageListModel();
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->messageAt(row).id == original) {
                window->messageListView()->setFocus();
                window->messageListView()->setCurrentIndex(list->index(row, Models::MessageListModel::SubjectColumn));
                return;
            }
        }
        qFatal("the original is not listed");
    }

    /// The last composer opened, with the test's prompter.
    ComposerWindow *composer()
    {
        const QList<ComposerWindow *> open = window->composers();
        if (open.isEmpty()) {
            return nullptr;
        }
        ComposerWindow *last = open.last();
        last->setPrompter([this](ComposerQuestion question, const QString &) {
            asked.append(question);
            return question != ComposerQuestion::Problem && answer;
        });
        return last;
    }

    /// A new message from the "work" account (the window starts on the first account's folder).
    ComposerWindow *newComposer()
    {
        action(QStringLiteral("newMessageAction"))->trigger();
        ComposerWindow *made = composer();
        made->fromBox()->setCurrentIndex(made->fromBox()->findData(work()));
        return made;
    }

    [[nodiscard]] QList<Services::OutboxItem> outbox(int account = -1)
    {
        return session.outbox(account < 0 ? work() : account).value();
    }

    [[nodiscard]] Mime::ParsedMessage queued(int index = 0)
    {
        const QList<Services::OutboxItem> items = outbox();
        if (items.size() <= index) {
            return {};
        }
        return Mime::MessageParser::parse(session.outgoingBytes(work(), items.at(index).id).value());
    }
};

void fill(ComposerWindow *composer, const QString &to, const QString &subject, const QString &text)
{
    composer->toEdit()->setText(to);
    composer->subjectEdit()->setText(subject);
    composer->bodyEdit()->setPlainText(text);
}

} // namespace

class TestComposerWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replyQuotesAndThreads()
    {
        Fixture fixture;
        fixture.selectOriginal();
        QVERIFY(fixture.action(QStringLiteral("replyAction"))->isEnabled());
        QCOMPARE(fixture.action(QStringLiteral("replyAction"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+R")));
        fixture.action(QStringLiteral("replyAction"))->trigger();
        ComposerWindow *composer = fixture.composer();
        QVERIFY(composer);
        QCOMPARE(composer->subjectEdit()->text(), QStringLiteral("Re: Lunch on Friday?"));
        QCOMPARE(composer->toEdit()->addresses().size(), 1);
        QCOMPARE(composer->toEdit()->addresses().first().email, QStringLiteral("alice@example.org"));
        QVERIFY(composer->ccEdit()->text().isEmpty());
        QVERIFY2(composer->bodyEdit()->toPlainText().startsWith(
                     QLatin1String("On Tue, 1 Jul 2025 10:00, Alice Example wrote:\n> Shall we meet at noon?")),
            qPrintable(composer->bodyEdit()->toPlainText()));
        QCOMPARE(composer->account(), fixture.work()); // answered from the account it came to

        QTest::keyClicks(composer->bodyEdit(), QStringLiteral("Noon is fine."));
        QVERIFY(composer->send());
        const Mime::ParsedMessage sent = fixture.queued();
        QCOMPARE(sent.inReplyTo, QStringLiteral("lunch@example.org"));
        QCOMPARE(
            sent.references, (QStringList {QStringLiteral("root@example.org"), QStringLiteral("lunch@example.org")}));
        QVERIFY(sent.displayText.contains(QLatin1String("> Shall we meet at noon?")));
        QVERIFY(sent.displayText.contains(QLatin1String("Noon is fine.")));
        QVERIFY(sent.parts.first().contentType == QLatin1String("text/plain"));
        QVERIFY(QString::fromUtf8(fixture.session.outgoingBytes(fixture.work(), fixture.outbox().first().id).value())
                    .contains(QLatin1String("format=flowed")));
        // The original is marked answered, as Thunderbird does.
        const auto record = Store::MessageQuery(*fixture.session.database(fixture.work())).record(fixture.original);
        QVERIFY(record.value()->flags.testFlag(Store::MessageFlag::Answered));
    }

    void replyAllLeavesOutOwnAddresses()
    {
        Fixture fixture;
        fixture.selectOriginal();
        fixture.action(QStringLiteral("replyAllAction"))->trigger();
        ComposerWindow *composer = fixture.composer();
        QVERIFY(composer);
        QStringList everyone;
        for (const Mime::Address &address : composer->toEdit()->addresses() + composer->ccEdit()->addresses()) {
            everyone.append(address.email);
        }
        QCOMPARE(everyone, (QStringList {QStringLiteral("alice@example.org"), QStringLiteral("carol@example.org")}));
    }

    void forwardAsAttachmentAttachesTheOriginal()
    {
        Fixture fixture;
        fixture.selectOriginal();
        fixture.action(QStringLiteral("forwardAsAttachmentAction"))->trigger();
        ComposerWindow *composer = fixture.composer();
        QVERIFY(composer);
        QCOMPARE(composer->subjectEdit()->text(), QStringLiteral("Fwd: Lunch on Friday?"));
        QCOMPARE(composer->attachmentList()->attachments().size(), 1);
        QCOMPARE(composer->attachmentList()->attachments().first().mimeType, QStringLiteral("message/rfc822"));
        QCOMPARE(composer->attachmentList()->attachments().first().data, s_original);
    }

    void forgottenAttachmentAsks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("asks");
        QTest::newRow("english") << QStringLiteral("The report is attached.") << true;
        QTest::newRow("english-attachment") << QStringLiteral("See the attachment") << true;
        QTest::newRow("german") << QStringLiteral("Die Rechnung findest du im Anhang.") << true;
        QTest::newRow("german-anbei") << QStringLiteral("Anbei die Unterlagen.") << true;
        QTest::newRow("french") << QStringLiteral("Voir la pièce jointe.") << true;
        QTest::newRow("french-ci-joint") << QStringLiteral("Ci-joint le contrat.") << true;
        QTest::newRow("only-quoted") << QStringLiteral("Thanks!\n> the file is attached") << false;
        QTest::newRow("unrelated") << QStringLiteral("An unattached remark.") << false;
    }

    void forgottenAttachmentAsks()
    {
        QFETCH(QString, text);
        QFETCH(bool, asks);
        Fixture fixture;
        QPointer<ComposerWindow> composer = fixture.newComposer();
        QVERIFY(composer);
        fill(composer, QStringLiteral("ann@example.org"), QStringLiteral("Papers"), text);
        fixture.answer = false;
        QCOMPARE(composer->send(), !asks);
        QCOMPARE(fixture.asked.contains(ComposerQuestion::ForgottenAttachment), asks);
        if (asks) {
            QVERIFY(fixture.outbox().isEmpty()); // "No": nothing sent, the window stays
            QVERIFY(composer && composer->isVisible());
            fixture.answer = true;
            QVERIFY(composer->send());
        }
        QCOMPARE(fixture.outbox().size(), 1);
        QTRY_VERIFY(!composer);
    }

    void emptySubjectAsks()
    {
        Fixture fixture;
        QPointer<ComposerWindow> composer = fixture.newComposer();
        fill(composer, QStringLiteral("ann@example.org"), QString(), QStringLiteral("Hello"));
        fixture.answer = false;
        QVERIFY(!composer->send());
        QCOMPARE(fixture.asked, QList<ComposerQuestion> {ComposerQuestion::EmptySubject});
        QVERIFY(fixture.outbox().isEmpty());
        fixture.answer = true;
        QVERIFY(composer->send());
        QCOMPARE(fixture.outbox().size(), 1);
        QCOMPARE(fixture.queued().subject, QString());
    }

    void invalidRecipientsAreMarkedAndNotSent()
    {
        Fixture fixture;
        ComposerWindow *composer = fixture.newComposer();
        fill(composer, QStringLiteral("ann@example.org, bob@, \"Smith, Carol\" <carol@example.org>"),
            QStringLiteral("Hi"), QStringLiteral("Hello"));
        QVERIFY(!composer->toEdit()->validate());
        QVERIFY(composer->toEdit()->isMarkedInvalid());
        QCOMPARE(composer->toEdit()->invalidAddresses(), QStringList {QStringLiteral("bob@")});
        QVERIFY(composer->toEdit()->toolTip().contains(QLatin1String("bob@")));
        QCOMPARE(composer->toEdit()->addresses().size(), 2); // the comma inside the quotes is no separator
        QVERIFY(!composer->send());
        QCOMPARE(fixture.asked, QList<ComposerQuestion> {ComposerQuestion::Problem});
        QVERIFY(fixture.outbox().isEmpty());
        composer->toEdit()->setText(QStringLiteral("ann@example.org, \"Smith, Carol\" <carol@example.org>"));
        QVERIFY(composer->toEdit()->validate());
        QVERIFY(!composer->toEdit()->isMarkedInvalid());
        QVERIFY(composer->send());
        QCOMPARE(fixture.queued().to.size(), 2);
    }

    void typingAndCtrlReturnSends()
    {
        Fixture fixture;
        QTest::keyClick(fixture.window.get(), Qt::Key_N, Qt::ControlModifier);
        QPointer<ComposerWindow> composer = fixture.composer();
        QVERIFY(composer);
        composer->fromBox()->setCurrentIndex(composer->fromBox()->findData(fixture.work()));
        QVERIFY(QTest::qWaitForWindowActive(composer)); // a window of its own, in front
        QTest::keyClicks(composer->toEdit(), QStringLiteral("zed@example.org"));
        QTest::keyClicks(composer->subjectEdit(), QStringLiteral("Typed"));
        QTest::keyClicks(composer->bodyEdit(), QStringLiteral("Every key typed."));
        QCOMPARE(QApplication::activeWindow(), composer.data());
        // The session is offline: Send says it sends later.
        QCOMPARE(
            composer->findChild<QAction *>(QStringLiteral("sendAction"))->text(), ComposerWindow::tr("Send &Later"));
        QTest::keyClick(composer->bodyEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!composer); // closed at once
        QCOMPARE(fixture.outbox().size(), 1);
        QCOMPARE(fixture.outbox().first().state, Services::OutboxItem::State::Waiting);
        const Mime::ParsedMessage sent = fixture.queued();
        QCOMPARE(sent.subject, QStringLiteral("Typed"));
        QCOMPARE(sent.displayText.trimmed(), QStringLiteral("Every key typed."));
        QCOMPARE(sent.from.first().email, QStringLiteral("work@example.org"));
        QCOMPARE(sent.to.first().email, QStringLiteral("zed@example.org"));
    }

    void draftSavedOnCloseAndReopened()
    {
        Fixture fixture(true); // POP3: the draft stays in the local Drafts folder
        QPointer<ComposerWindow> composer = fixture.newComposer();
        fill(composer, QStringLiteral("ann@example.org"), QStringLiteral("Unfinished"), QStringLiteral("Half"));
        composer->bccEdit()->setText(QStringLiteral("hidden@example.org"));
        const QString messageId = composer->messageId();
        composer->close();
        QTRY_VERIFY(!composer);
        Store::Database *database = fixture.session.database(fixture.work());
        const auto drafts = Store::FolderStore(*database).findByRole(Store::SpecialUse::Drafts);
        QVERIFY(drafts.ok() && drafts.value());
        const auto ids = Store::MessageQuery(*database).orderedIds(drafts.value()->id, Store::SortKey::Date);
        QCOMPARE(ids.value().size(), 1);

        // Enter on the draft opens it for writing, Bcc and all.
        QVERIFY(fixture.window->selectFolder(fixture.work(), drafts.value()->id));
        QTRY_COMPARE(fixture.window->messageListModel()->rowCount(), 1);
        Q_EMIT fixture.window->messageListView()->activated(
            fixture.window->messageListModel()->index(0, Models::MessageListModel::SubjectColumn));
        composer = fixture.composer();
        QVERIFY(composer);
        QCOMPARE(composer->subjectEdit()->text(), QStringLiteral("Unfinished"));
        QCOMPARE(composer->bodyEdit()->toPlainText(), QStringLiteral("Half"));
        QCOMPARE(composer->bccEdit()->addresses().first().email, QStringLiteral("hidden@example.org"));
        QVERIFY(messageId.isEmpty() || composer->messageId() == messageId);
        QTest::keyClicks(composer->bodyEdit(), QStringLiteral(" and more"));
        QVERIFY(composer->saveDraft());
        // One copy: the newer one replaced the older.
        const auto again = Store::MessageQuery(*database).orderedIds(drafts.value()->id, Store::SortKey::Date);
        QCOMPARE(again.value().size(), 1);
        const auto bytes = fixture.session.messageBytes(fixture.work(), again.value().first());
        QVERIFY(Mime::MessageParser::parse(bytes.value()).displayText.contains(QLatin1String("and more")));
        // Sent, the draft goes.
        QVERIFY(composer->send());
        QVERIFY(Store::MessageQuery(*database).orderedIds(drafts.value()->id, Store::SortKey::Date).value().isEmpty());
        QCOMPARE(fixture.outbox().size(), 1);
        QCOMPARE(fixture.queued().bcc.size(), 0); // a sent message keeps Bcc out of its header
    }

    void autosaveSavesWhileWriting()
    {
        Fixture fixture(true);
        ComposerWindow *composer = fixture.newComposer();
        composer->setAutosaveInterval(50);
        QTest::qWait(150);
        QVERIFY(!composer->isDraftSaved()); // nothing written yet: nothing saved
        fill(composer, QStringLiteral("ann@example.org"), QStringLiteral("Autosaved"), QStringLiteral("text"));
        QTRY_VERIFY(composer->isDraftSaved());
    }

    void mailtoPrefills()
    {
        Fixture fixture;
        QVERIFY(fixture.window->openMailto(
            QStringLiteral("mailto:ann@example.org?cc=bo@example.org&subject=Hi%20there&body=Line%201%0D%0ALine%202")));
        ComposerWindow *composer = fixture.composer();
        QVERIFY(composer);
        QCOMPARE(composer->toEdit()->addresses().first().email, QStringLiteral("ann@example.org"));
        QCOMPARE(composer->ccEdit()->addresses().first().email, QStringLiteral("bo@example.org"));
        QCOMPARE(composer->subjectEdit()->text(), QStringLiteral("Hi there"));
        // The body, then the identity's signature (the window started on "home").
        QCOMPARE(composer->bodyEdit()->toPlainText(), QStringLiteral("Line 1\nLine 2\n\n-- \nHome signature"));
        QVERIFY(!fixture.window->openMailto(QStringLiteral("http://example.org")));
        QCOMPARE(fixture.window->composers().size(), 1);
    }

    void attachmentsAndTheSizeLimit()
    {
        Fixture fixture;
        ComposerWindow *composer = fixture.newComposer();
        fill(composer, QStringLiteral("ann@example.org"), QStringLiteral("Files"), QStringLiteral("Two files."));
        QTemporaryFile file(QDir::tempPath() + QStringLiteral("/report-XXXXXX.txt"));
        QVERIFY(file.open());
        file.write(QByteArray(3000, 'x'));
        file.close();
        composer->attachFiles({file.fileName(), QStringLiteral("/nonexistent/file")});
        QCOMPARE(fixture.asked, QList<ComposerQuestion> {ComposerQuestion::Problem}); // the missing one
        QCOMPARE(composer->attachmentList()->count(), 1);
        QVERIFY(composer->attachmentList()->item(0)->text().contains(QFileInfo(file.fileName()).fileName()));
        QVERIFY(composer->attachmentList()->item(0)->text().contains(QLocale().formattedDataSize(3000)));
        QVERIFY(!composer->sizeWarning()->isVisibleTo(composer));
        composer->setSizeLimit(2000);
        QVERIFY(composer->sizeWarning()->isVisibleTo(composer));
        fixture.asked.clear();
        fixture.answer = false;
        QVERIFY(!composer->send());
        QCOMPARE(fixture.asked, QList<ComposerQuestion> {ComposerQuestion::OverSizeLimit});
        composer->setSizeLimit(1024 * 1024);
        QVERIFY(!composer->sizeWarning()->isVisibleTo(composer));
        QVERIFY(composer->send());
        QCOMPARE(fixture.queued().attachments().size(), 1);
    }

    void signatureFollowsTheFrom()
    {
        Fixture fixture(false, QStringLiteral("Work signature"));
        ComposerWindow *composer = fixture.newComposer();
        QCOMPARE(composer->bodyEdit()->toPlainText(), QStringLiteral("\n\n-- \nWork signature"));
        QTest::keyClicks(composer->bodyEdit(), QStringLiteral("Hello"));
        const int home = composer->fromBox()->findData(fixture.session.indexOf(QStringLiteral("home")));
        composer->fromBox()->setCurrentIndex(home);
        QCOMPARE(composer->bodyEdit()->toPlainText(), QStringLiteral("Hello\n\n-- \nHome signature"));
        composer->toEdit()->setText(QStringLiteral("ann@example.org"));
        composer->subjectEdit()->setText(QStringLiteral("From home"));
        QVERIFY(composer->send());
        const int account = fixture.session.indexOf(QStringLiteral("home"));
        QCOMPARE(fixture.outbox(account).size(), 1);
        QVERIFY(fixture.outbox(fixture.work()).isEmpty());
    }

    void outboxDialogListsAndDeletes()
    {
        Fixture fixture;
        ComposerWindow *composer = fixture.newComposer();
        fill(composer, QStringLiteral("ann@example.org"), QStringLiteral("Waiting one"), QStringLiteral("x"));
        QVERIFY(composer->send());
        fixture.action(QStringLiteral("outboxAction"))->trigger();
        Gui::OutboxDialog *dialog = fixture.window->outboxDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = dialog->list()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("Waiting one"));
        QCOMPARE(row->text(3), Gui::OutboxDialog::tr("Waiting to be sent"));
        row->setSelected(true);
        dialog->editSelected(); // out of the outbox, into a composer
        QCOMPARE(dialog->list()->topLevelItemCount(), 0);
        ComposerWindow *edited = fixture.composer();
        QVERIFY(edited && edited != composer);
        QCOMPARE(edited->subjectEdit()->text(), QStringLiteral("Waiting one"));
        QVERIFY(edited->send());
        QCOMPARE(dialog->list()->topLevelItemCount(), 1); // refreshed by outboxChanged
        dialog->list()->topLevelItem(0)->setSelected(true);
        dialog->deleteSelected();
        QCOMPARE(dialog->list()->topLevelItemCount(), 0);
        QVERIFY(fixture.outbox().isEmpty());
    }

    void filesDroppedOnTheWindowAreAttached()
    {
        Fixture fixture;
        ComposerWindow *composer = fixture.newComposer();
        QTemporaryFile file(QDir::tempPath() + QStringLiteral("/dropped-XXXXXX.pdf"));
        QVERIFY(file.open());
        file.write("%PDF-1.4 dropped");
        file.close();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file.fileName())});
        const QPoint at = composer->bodyEdit()->geometry().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(composer, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(composer, &drop);
        QCOMPARE(composer->attachmentList()->attachments().size(), 1);
        QCOMPARE(composer->attachmentList()->attachments().first().data, QByteArray("%PDF-1.4 dropped"));
        QCOMPARE(composer->attachmentList()->attachments().first().mimeType, QStringLiteral("application/pdf"));
        QVERIFY(composer->attachmentList()->isVisibleTo(composer));
        // Del removes it again.
        composer->attachmentList()->item(0)->setSelected(true);
        QTest::keyClick(composer->attachmentList(), Qt::Key_Delete);
        QVERIFY(composer->attachmentList()->attachments().isEmpty());
    }

    void spellingLanguageIsPerMessage()
    {
        Fixture fixture;
        ComposerWindow *first = fixture.newComposer();
        ComposerWindow *second = fixture.newComposer();
        QVERIFY(first->spellChecker() != second->spellChecker());
        const QStringList languages = first->spellChecker()->availableLanguages();
        if (languages.size() < 2) {
            QSKIP("needs two installed dictionaries (packaging/install-deps installs several)");
        }
        const QString other = languages.at(languages.indexOf(first->spellChecker()->language()) == 0 ? 1 : 0);
        auto *menu = first->findChild<QMenu *>(QStringLiteral("spellingLanguageMenu"));
        QVERIFY(menu);
        QAction *choice = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().toString() == other) {
                choice = action;
            }
        }
        QVERIFY(choice);
        choice->trigger();
        QCOMPARE(first->spellChecker()->language(), other);
        QVERIFY(second->spellChecker()->language() != other);
    }

    void replyToListNeedsAList()
    {
        Fixture fixture;
        fixture.selectOriginal();
        fixture.action(QStringLiteral("replyToListAction"))->trigger();
        QVERIFY(fixture.window->composers().isEmpty()); // s_original came from no list
    }

    void richTextGoesOutWithAPlainPart()
    {
        Fixture fixture(true);
        ComposerWindow *composer = fixture.newComposer();
        fill(composer, QStringLiteral("ann@example.org"), QStringLiteral("Rich"), QString());
        QVERIFY(!fixture.action(QStringLiteral("newMessageAction")) || !composer->isRichText());
        composer->findChild<QAction *>(QStringLiteral("richTextAction"))->trigger();
        QVERIFY(composer->isRichText());
        QTextEdit *body = composer->bodyEdit();
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("Hello "));
        composer->toggleBold();
        QTest::keyClicks(body, QStringLiteral("bold"));
        composer->toggleBold();
        QTest::keyClicks(body, QStringLiteral(" and <script>"));
        QTest::keyClick(body, Qt::Key_Return);
        composer->toggleList(false);
        QTest::keyClicks(body, QStringLiteral("first item"));
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClicks(body, QStringLiteral("second item"));
        QTest::keyClick(body, Qt::Key_Return);
        composer->toggleList(false); // the list ends
        composer->insertLink(QStringLiteral("the site"), QStringLiteral("https://example.org/"));
        composer->insertLink(QStringLiteral("evil"), QStringLiteral("javascript:alert(1)"));
        QCOMPARE(fixture.asked, QList<ComposerQuestion> {ComposerQuestion::Problem}); // refused
        QTest::keyClick(body, Qt::Key_Return);
        composer->toggleQuote();
        QTest::keyClicks(body, QStringLiteral("quoted words"));
        QVERIFY(composer->send());

        const Mime::ParsedMessage sent = fixture.queued();
        QVERIFY2(
            sent.html.contains(QLatin1String("Hello <strong>bold</strong> and &lt;script&gt;")), qPrintable(sent.html));
        QVERIFY2(sent.html.contains(QLatin1String("<ul>\n<li>first item</li>\n<li>second item</li>\n</ul>")),
            qPrintable(sent.html));
        QVERIFY(sent.html.contains(QLatin1String("<a href=\"https://example.org/\">the site</a>")));
        QVERIFY(sent.html.contains(QLatin1String("<blockquote>\n<p>quoted words</p>\n</blockquote>")));
        QVERIFY(!sent.html.contains(QLatin1String("javascript")));
        // multipart/alternative: the plain part says the same in text.
        QVERIFY(std::any_of(sent.parts.cbegin(), sent.parts.cend(),
            [](const Mime::PartInfo &part) { return part.contentType == QLatin1String("multipart/alternative"); }));
        QVERIFY2(sent.displayText.contains(QLatin1String("Hello bold and <script>")), qPrintable(sent.displayText));
        QVERIFY(sent.displayText.contains(QLatin1String("first item")));
        QVERIFY(sent.displayText.contains(QLatin1String("the site <https://example.org/>")));
        QVERIFY(sent.displayText.contains(QLatin1String("> quoted words")));
    }

    void aRichDraftReopensRich()
    {
        Fixture fixture(true);
        QPointer<ComposerWindow> composer = fixture.newComposer();
        fill(composer, QStringLiteral("ann@example.org"), QStringLiteral("Rich draft"), QString());
        composer->setRichText(true);
        composer->bodyEdit()->setFocus();
        composer->toggleItalic();
        QTest::keyClicks(composer->bodyEdit(), QStringLiteral("slanted"));
        composer->close();
        QTRY_VERIFY(!composer);
        const auto drafts
            = Store::FolderStore(*fixture.session.database(fixture.work())).findByRole(Store::SpecialUse::Drafts);
        QVERIFY(fixture.window->selectFolder(fixture.work(), drafts.value()->id));
        QTRY_COMPARE(fixture.window->messageListModel()->rowCount(), 1);
        Q_EMIT fixture.window->messageListView()->activated(
            fixture.window->messageListModel()->index(0, Models::MessageListModel::SubjectColumn));
        composer = fixture.composer();
        QVERIFY(composer);
        QVERIFY(composer->isRichText());
        QVERIFY(composer->bodyEdit()->toHtml().contains(QLatin1String("font-style:italic")));
        QVERIFY(composer->send());
        QVERIFY(fixture.queued().html.contains(QLatin1String("<em>slanted</em>")));
    }

    void stateWords()
    {
        Services::OutboxItem item;
        item.state = Services::OutboxItem::State::Failed;
        item.error = QStringLiteral("550 5.1.1 no such user");
        QVERIFY(Gui::OutboxDialog::stateText(item).contains(item.error));
        item.state = Services::OutboxItem::State::MaybeSent;
        QVERIFY(Gui::OutboxDialog::stateText(item).startsWith(QLatin1String("May have been sent")));
        item.state = Services::OutboxItem::State::Sending;
        QCOMPARE(Gui::OutboxDialog::stateText(item), QStringLiteral("Sending…"));
    }
};

QTEST_MAIN(TestComposerWindow)
#include "tst_composerwindow.moc"
