#pragma once

#include <QHeaderView>
#include <QTableView>

namespace Letterbox::Models {
class MessageListModel;
}

namespace Letterbox::Gui {

class IconProxyModel;

/**
 * @short The message list pane: a flat, sortable table over Models::MessageListModel
 * (through IconProxyModel for the read, flagged and attachment icons).
 *
 * A QTableView with fixed row heights: unlike QTreeView, which walks every row of the
 * model on a reset to lay out its items (about 50 ms at 100,000 rows), it asks only for
 * the rows on screen, so a 1,000,000-row folder opens and scrolls at once. A click on a column header sorts
 * (the model re-reads the order from the store); the header's context menu shows or
 * hides columns; the account column shows only in the unified Inbox and in search
 * results. In a threaded view the subject is indented by depth with an expander (a click
 * on it, or Left/Right on the row, folds the thread).
 */
class MessageListView : public QTableView
{
    Q_OBJECT

public:
    explicit MessageListView(Models::MessageListModel &model, QWidget *parent = nullptr);

    [[nodiscard]] Models::MessageListModel &listModel() const { return m_model; }
    /// The proxy the view shows; its rows are the list model's rows.
    [[nodiscard]] IconProxyModel *proxy() const { return m_proxy; }
    /// The selected rows as indexes of the list model (not the proxy), column 0.
    [[nodiscard]] QModelIndexList selectedMessageRows() const;
    /// The column header (QTreeView's name for it, which the window uses).
    [[nodiscard]] QHeaderView *header() const { return horizontalHeader(); }
    /// Shows the account column (the unified Inbox, search results) or hides it.
    void setAccountColumnVisible(bool visible);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showHeaderMenu(const QPoint &position);

    Models::MessageListModel &m_model;
    IconProxyModel *m_proxy = nullptr;
};

} // namespace Letterbox::Gui
