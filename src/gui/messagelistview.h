#pragma once

#include <QTreeView>

namespace Letterbox::Models {
class MessageListModel;
}

namespace Letterbox::Gui {

class IconProxyModel;

/**
 * @short The message list pane: a flat, sortable table over Models::MessageListModel
 * (through IconProxyModel for the read, flagged and attachment icons).
 *
 * Uniform row heights, so a 1,000,000-row folder scrolls without measuring every row,
 * and the model is asked only for the rows on screen. A click on a column header sorts
 * (the model re-reads the order from the store); the header's context menu shows or
 * hides columns; the account column shows only in the unified Inbox and in search
 * results. In a threaded view the subject is indented by depth with an expander (a click
 * on it, or Left/Right on the row, folds the thread).
 */
class MessageListView : public QTreeView
{
    Q_OBJECT

public:
    explicit MessageListView(Models::MessageListModel &model, QWidget *parent = nullptr);

    [[nodiscard]] Models::MessageListModel &listModel() const { return m_model; }
    /// The proxy the view shows; its rows are the list model's rows.
    [[nodiscard]] IconProxyModel *proxy() const { return m_proxy; }
    /// The selected rows as indexes of the list model (not the proxy), column 0.
    [[nodiscard]] QModelIndexList selectedMessageRows() const;
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
