#pragma once

#include <QCoreApplication>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QToolBar;
class QUndoStack;
class QWidget;

namespace Letterbox::Gui {

/**
 * @short Every action of the main window with its Thunderbird shortcut, and the menus
 * and toolbar that show them. MainWindow connects them; the context menus reuse them.
 *
 * | action | shortcut |
 * | --- | --- |
 * | Get Messages | F5 |
 * | Undo / Redo | Ctrl+Z / Ctrl+Shift+Z |
 * | Delete | Del |
 * | Mark as read / unread | M |
 * | Flag | S |
 * | Move to… / Copy to… | Ctrl+Shift+M / Ctrl+Shift+C |
 * | Next unread / next / previous message | N / F / B |
 * | Search | Ctrl+K, Ctrl+F |
 * | Quick filter: Unread / Flagged / Attachment | (View → Quick Filter, and the bar) |
 * | Tag Important / Work / Personal / To Do / Later | 1 … 5 |
 * | Remove all tags | 0 |
 * | Threads | T |
 * | Rename folder | F2 |
 * | Message source | Ctrl+U |
 * | Quit | Ctrl+Q (in the form) |
 *
 * The writing actions (New, Reply, Forward, Outbox…) are MainWindow's own
 * (mainwindowcompose.cpp), added to these menus and the toolbar.
 */
struct MainActions
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Gui::MainActions)

public:
    MainActions(QWidget *window, QUndoStack &undoStack);

    /// Adds Edit, View, Go, Message and Folder between @p fileMenu and @p helpMenu.
    void addMenus(QMenuBar *bar, QMenu *fileMenu, QMenu *helpMenu) const;
    void addToolBarActions(QToolBar *toolBar) const;
    /// The actions of a message row's context menu.
    void fillMessageMenu(QMenu *menu) const;
    void fillFolderMenu(QMenu *menu) const;

    QAction *getMessages = nullptr;
    QAction *workOffline = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *deleteMessages = nullptr;
    QAction *markRead = nullptr;
    QAction *markAllRead = nullptr;
    QAction *flag = nullptr;
    /// One per Models::MessageTags::defaults() entry, its keyword as data(); checkable.
    QList<QAction *> tags;
    QAction *removeTags = nullptr;
    QAction *moveTo = nullptr;
    QAction *copyTo = nullptr;
    QAction *nextUnread = nullptr;
    QAction *nextMessage = nullptr;
    QAction *previousMessage = nullptr;
    QAction *search = nullptr;
    QAction *searchEverywhere = nullptr;
    QAction *searchOnServer = nullptr;
    QAction *filterUnread = nullptr;
    QAction *filterFlagged = nullptr;
    QAction *filterAttachment = nullptr;
    QAction *threaded = nullptr;
    QAction *expandThreads = nullptr;
    QAction *collapseThreads = nullptr;
    QAction *layoutClassic = nullptr;
    QAction *layoutWide = nullptr;
    QAction *layoutVertical = nullptr;
    QActionGroup *layouts = nullptr;
    QAction *newFolder = nullptr;
    QAction *renameFolder = nullptr;
    QAction *deleteFolder = nullptr;
    QAction *markReadDelay = nullptr;
    QAction *viewPlainText = nullptr;
    QAction *viewAllHeaders = nullptr;
    QAction *viewSource = nullptr;
    QAction *loadRemoteContent = nullptr;
    QAction *protocolInspector = nullptr;
};

} // namespace Letterbox::Gui
