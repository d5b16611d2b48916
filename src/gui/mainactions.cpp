#include "gui/mainactions.h"

#include "gui/icons.h"
#include "models/messagetags.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QToolBar>
#include <QUndoStack>

namespace Letterbox::Gui {

MainActions::MainActions(QWidget *window, QUndoStack &undoStack)
{
    getMessages = makeWindowAction(window, QStringLiteral("getMessagesAction"), tr("&Get Messages"),
        QStringLiteral("mail-receive"), {QKeySequence(Qt::Key_F5)});
    workOffline = makeWindowAction(
        window, QStringLiteral("workOfflineAction"), tr("&Work Offline"), QStringLiteral("network-offline"));
    workOffline->setCheckable(true);

    undo = undoStack.createUndoAction(window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(themeIcon(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    window->addAction(undo);
    redo = undoStack.createRedoAction(window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    window->addAction(redo);

    deleteMessages = makeWindowAction(window, QStringLiteral("deleteAction"), tr("&Delete"),
        QStringLiteral("edit-delete"), {QKeySequence(Qt::Key_Delete)});
    markRead = makeWindowAction(window, QStringLiteral("markReadAction"), tr("Mark as &Read / Unread"),
        QStringLiteral("mail-read"), {QKeySequence(Qt::Key_M)});
    markAllRead = makeWindowAction(window, QStringLiteral("markAllReadAction"), tr("Mark &All Read"),
        QStringLiteral("mail-read"), {QKeySequence(Qt::SHIFT | Qt::Key_C)});
    flag = makeWindowAction(window, QStringLiteral("flagAction"), tr("&Flag / Unflag"),
        QStringLiteral("mail-mark-important"), {QKeySequence(Qt::Key_S)});
    moveTo = makeWindowAction(window, QStringLiteral("moveToAction"), tr("&Move to…"), QStringLiteral("mail-move"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)});
    copyTo = makeWindowAction(window, QStringLiteral("copyToAction"), tr("&Copy to…"), QStringLiteral("mail-move"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});

    nextUnread = makeWindowAction(window, QStringLiteral("nextUnreadAction"), tr("Next &Unread Message"),
        QStringLiteral("mail-unread"), {QKeySequence(Qt::Key_N)});
    nextMessage = makeWindowAction(
        window, QStringLiteral("nextMessageAction"), tr("&Next Message"), QString(), {QKeySequence(Qt::Key_F)});
    previousMessage = makeWindowAction(
        window, QStringLiteral("previousMessageAction"), tr("&Previous Message"), QString(), {QKeySequence(Qt::Key_B)});

    const QList<Models::MessageTag> known = Models::MessageTags::defaults();
    for (qsizetype i = 0; i < known.size(); ++i) {
        const Models::MessageTag &tag = known.at(i);
        QPixmap swatch(16, 16);
        swatch.fill(tag.colour);
        QAction *action = makeWindowAction(window, QStringLiteral("tag%1Action").arg(i + 1),
            QStringLiteral("&%1 %2").arg(i + 1).arg(tag.name), QString(), {QKeySequence(int(Qt::Key_1) + int(i))});
        action->setIcon(QIcon(swatch));
        action->setCheckable(true);
        action->setData(tag.keyword);
        tags.append(action);
    }
    removeTags = makeWindowAction(
        window, QStringLiteral("removeTagsAction"), tr("&Remove All Tags"), QString(), {QKeySequence(Qt::Key_0)});

    search = makeWindowAction(window, QStringLiteral("searchAction"), tr("&Search…"), QStringLiteral("edit-find"),
        {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_F)});
    searchEverywhere = makeWindowAction(
        window, QStringLiteral("searchEverywhereAction"), tr("Search &All Folders"), QStringLiteral("edit-find"));
    searchEverywhere->setCheckable(true);
    searchOnServer = makeWindowAction(
        window, QStringLiteral("searchOnServerAction"), tr("Search on the Se&rver"), QStringLiteral("edit-find"));
    searchOnServer->setToolTip(tr("Ask the server for messages this computer has not downloaded"));
    filterUnread
        = makeWindowAction(window, QStringLiteral("filterUnreadAction"), tr("&Unread"), QStringLiteral("mail-unread"));
    filterFlagged = makeWindowAction(
        window, QStringLiteral("filterFlaggedAction"), tr("&Flagged"), QStringLiteral("mail-mark-important"));
    filterAttachment = makeWindowAction(
        window, QStringLiteral("filterAttachmentAction"), tr("&Attachment"), QStringLiteral("mail-attachment"));
    for (QAction *toggle : {filterUnread, filterFlagged, filterAttachment}) {
        toggle->setCheckable(true);
    }

    threaded = makeWindowAction(
        window, QStringLiteral("threadedAction"), tr("&Threads"), QString(), {QKeySequence(Qt::Key_T)});
    threaded->setCheckable(true);
    expandThreads = makeWindowAction(window, QStringLiteral("expandThreadsAction"), tr("&Expand All Threads"),
        QString(), {QKeySequence(Qt::Key_Asterisk)});
    collapseThreads = makeWindowAction(window, QStringLiteral("collapseThreadsAction"), tr("C&ollapse All Threads"),
        QString(), {QKeySequence(Qt::Key_Backslash)});

    layouts = new QActionGroup(window);
    layoutClassic = makeWindowAction(window, QStringLiteral("layoutClassicAction"), tr("&Classic View"), QString());
    layoutWide = makeWindowAction(window, QStringLiteral("layoutWideAction"), tr("&Wide View"), QString());
    layoutVertical = makeWindowAction(window, QStringLiteral("layoutVerticalAction"), tr("&Vertical View"), QString());
    for (QAction *layout : {layoutClassic, layoutWide, layoutVertical}) {
        layout->setCheckable(true);
        layouts->addAction(layout);
    }

    newFolder
        = makeWindowAction(window, QStringLiteral("newFolderAction"), tr("&New Folder…"), QStringLiteral("folder"));
    renameFolder = makeWindowAction(
        window, QStringLiteral("renameFolderAction"), tr("&Rename Folder…"), QString(), {QKeySequence(Qt::Key_F2)});
    deleteFolder = makeWindowAction(
        window, QStringLiteral("deleteFolderAction"), tr("De&lete Folder…"), QStringLiteral("user-trash"));
    markReadDelay
        = makeWindowAction(window, QStringLiteral("markReadDelayAction"), tr("Mark as Read &After…"), QString());
    viewPlainText
        = makeWindowAction(window, QStringLiteral("viewPlainTextAction"), tr("Message Body as &Plain Text"), QString());
    viewAllHeaders = makeWindowAction(window, QStringLiteral("viewAllHeadersAction"), tr("&All Headers"), QString());
    viewSource = makeWindowAction(window, QStringLiteral("viewSourceAction"), tr("Message &Source"), QString(),
        {QKeySequence(Qt::CTRL | Qt::Key_U)});
    for (QAction *toggle : {viewPlainText, viewAllHeaders, viewSource}) {
        toggle->setCheckable(true);
    }
    loadRemoteContent
        = makeWindowAction(window, QStringLiteral("loadRemoteContentAction"), tr("Load &Remote Content"), QString());
    // Ctrl+Shift+I, as the developer tools of browsers and Thunderbird open.
    protocolInspector = makeWindowAction(window, QStringLiteral("protocolInspectorAction"), tr("Protocol &Inspector"),
        QString(), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)});
}

void MainActions::addMenus(QMenuBar *bar, QMenu *fileMenu, QMenu *helpMenu) const
{
    fileMenu->insertActions(fileMenu->actions().value(0), {getMessages, workOffline});
    fileMenu->insertSeparator(fileMenu->actions().value(2));

    QAction *before = helpMenu->menuAction();
    auto addMenu = [bar, before](const QString &title, const QString &objectName) {
        auto *menu = new QMenu(title, bar);
        menu->setObjectName(objectName);
        bar->insertMenu(before, menu);
        return menu;
    };
    QMenu *edit = addMenu(tr("&Edit"), QStringLiteral("editMenu"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({deleteMessages, search, searchEverywhere, searchOnServer});
    edit->addSeparator();
    edit->addAction(markReadDelay);

    QMenu *view = addMenu(tr("&View"), QStringLiteral("viewMenu"));
    view->addActions({layoutClassic, layoutWide, layoutVertical});
    view->addSeparator();
    view->addActions({threaded, expandThreads, collapseThreads});
    QMenu *quickFilter = view->addMenu(tr("&Quick Filter"));
    quickFilter->setObjectName(QStringLiteral("quickFilterMenu"));
    quickFilter->addActions({filterUnread, filterFlagged, filterAttachment});
    view->addSeparator();
    view->addActions({viewPlainText, viewAllHeaders, viewSource, loadRemoteContent});
    view->addSeparator();
    view->addAction(protocolInspector);

    QMenu *go = addMenu(tr("&Go"), QStringLiteral("goMenu"));
    go->addActions({nextUnread, nextMessage, previousMessage});

    QMenu *message = addMenu(tr("&Message"), QStringLiteral("messageMenu"));
    fillMessageMenu(message);

    QMenu *folder = addMenu(tr("F&older"), QStringLiteral("folderMenu"));
    fillFolderMenu(folder);
}

void MainActions::addToolBarActions(QToolBar *toolBar) const
{
    toolBar->addActions({getMessages});
    toolBar->addSeparator();
    toolBar->addActions({deleteMessages, markRead, flag, moveTo});
    toolBar->addSeparator();
    toolBar->addAction(undo);
}

void MainActions::fillMessageMenu(QMenu *menu) const
{
    menu->addActions({markRead, markAllRead, flag});
    QMenu *tagMenu = menu->addMenu(tr("&Tag"));
    tagMenu->setObjectName(QStringLiteral("tagMenu"));
    tagMenu->addAction(removeTags);
    tagMenu->addSeparator();
    tagMenu->addActions(tags);
    menu->addSeparator();
    menu->addActions({moveTo, copyTo, deleteMessages});
}

void MainActions::fillFolderMenu(QMenu *menu) const
{
    menu->addActions({newFolder, renameFolder, deleteFolder});
    menu->addSeparator();
    menu->addAction(markAllRead);
}

} // namespace Letterbox::Gui
