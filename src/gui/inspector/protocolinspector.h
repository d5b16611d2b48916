#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace Letterbox::Models {
class ConnectionListModel;
class TranscriptModel;
} // namespace Letterbox::Models

namespace Letterbox::Services {
class ConnectionRegistry;
}

namespace Letterbox::Gui {

/**
 * @short The protocol inspector (View → Protocol Inspector, Ctrl+Shift+I): the live and
 * recent connections, and the chosen one's transcript.
 *
 * Top: Models::ConnectionListModel (account, protocol, server, TLS, state, bytes, round
 * trips, duration). Bottom: the connection's figures and Models::TranscriptModel in a tree
 * (a folded literal or message body expands to its lines), client and server lines in
 * their colours, what each command does in its own column. The filter keeps the lines
 * that hold its text (and the folded rows whose lines do); Copy (Ctrl+C) takes the
 * selected lines, or all shown when none is selected; Save as Text writes the whole
 * transcript with the folded lines expanded; Ctrl+F goes to the filter; Clear Ended forgets
 * the connections that have ended. Everything shown, copied or saved is
 * already redacted by the registry: no password or token can reach this window.
 *
 * The models are read every 250 ms while the window is visible, and not at all when it
 * is hidden (the registry keeps recording).
 */
class ProtocolInspector : public QWidget
{
    Q_OBJECT

public:
    explicit ProtocolInspector(Services::ConnectionRegistry *registry, QWidget *parent = nullptr);
    ~ProtocolInspector() override;

    /// Shows connection @p id's transcript (selects its row); false when it is not listed.
    bool selectConnection(quint64 id);
    [[nodiscard]] quint64 selectedConnection() const;

    /// What Copy puts on the clipboard now.
    [[nodiscard]] QString copyText() const;
    /// Writes the chosen connection's whole transcript to @p path; false with @p error set.
    bool saveTranscript(const QString &path, QString *error) const;

    void setFilterText(const QString &text);
    /// Reads the registry now (the timer does so every 250 ms while the window is shown).
    void refresh();

    [[nodiscard]] QTreeView *connectionView() const { return m_connectionView; }
    [[nodiscard]] QTreeView *transcriptView() const { return m_transcriptView; }
    [[nodiscard]] Models::ConnectionListModel *connectionModel() const { return m_connections; }
    [[nodiscard]] Models::TranscriptModel *transcriptModel() const { return m_transcript; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onConnectionChanged();
    void updateHeader();
    void copyToClipboard();
    void chooseFileAndSave();
    void showTranscriptMenu(const QPoint &position);
    void clearEnded();

    Services::ConnectionRegistry *m_registry;
    Models::ConnectionListModel *m_connections;
    Models::TranscriptModel *m_transcript;
    QSortFilterProxyModel *m_filterModel;
    QTreeView *m_connectionView;
    QTreeView *m_transcriptView;
    QLabel *m_header;
    QLineEdit *m_filter;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QPushButton *m_clearButton;
    QAction *m_copyAction;
    QTimer m_timer;
};

} // namespace Letterbox::Gui
