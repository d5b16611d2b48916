#pragma once

#include <QIdentityProxyModel>

namespace Letterbox::Gui {

/**
 * @short Turns the models' IconNameRole into Qt::DecorationRole icons (themeIcon()).
 *
 * The models name icons and leave the QIcon to the gui (models/roles.h). An identity
 * proxy asks the source only for the rows a view paints, so it keeps the message list
 * lazy; rows, selection and persistent indexes map one to one.
 *
 * In @p iconOnlyColumns the text is dropped (the read, flagged and attachment columns
 * show an icon, with the word in the tooltip).
 */
class IconProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit IconProxyModel(QList<int> iconOnlyColumns = {}, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<int> m_iconOnlyColumns;
};

} // namespace Letterbox::Gui
