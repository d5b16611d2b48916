#pragma once

#include <QDialog>
#include <QList>

class QAbstractItemModel;
class QLineEdit;
class QListWidget;
class QModelIndex;

namespace Letterbox::Gui {

/**
 * @short "Move to…" / "Copy to…": the folders of one account in a list that narrows as
 * the person types (any part of the path, ignoring case); Enter takes the highlighted one.
 *
 * The folders come from the folder tree model under @p accountNode (every selectable
 * Folder node, by its path), so the picker always offers what the pane shows.
 */
class MoveToDialog : public QDialog
{
    Q_OBJECT

public:
    MoveToDialog(const QAbstractItemModel &folders, const QModelIndex &accountNode, const QString &title,
        qint64 excludedFolderId, QWidget *parent = nullptr);

    /// The chosen folder's id, or 0.
    [[nodiscard]] qint64 chosenFolderId() const;
    /// Narrows the list as typing does (tests).
    void setFilterText(const QString &text);
    [[nodiscard]] int visibleCount() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Choice
    {
        qint64 folderId;
        QString path;
    };
    void collect(const QAbstractItemModel &folders, const QModelIndex &parent, qint64 excluded);
    void refilter(const QString &text);

    QList<Choice> m_choices;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Letterbox::Gui
