#include "gui/inspector/protocolinspector.h"

#include "models/connectionlistmodel.h"
#include "models/roles.h"
#include "models/transcriptmodel.h"
#include "services/inspect/connectionregistry.h"
#include "services/inspect/transcriptformat.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Letterbox::Gui {

namespace {

constexpr int s_refreshMs = 250;

} // namespace

ProtocolInspector::ProtocolInspector(Services::ConnectionRegistry *registry, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_registry(registry)
    , m_connections(new Models::ConnectionListModel(registry, this))
    , m_transcript(new Models::TranscriptModel(registry, this))
    , m_filterModel(new QSortFilterProxyModel(this))
    , m_connectionView(new QTreeView(this))
    , m_transcriptView(new QTreeView(this))
    , m_header(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
    , m_saveButton(new QPushButton(tr("&Save as Text…"), this))
    , m_clearButton(new QPushButton(tr("Clear &Ended"), this))
    , m_copyAction(new QAction(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("protocolInspector"));
    setWindowTitle(tr("Protocol Inspector"));
    resize(1000, 700);

    m_connectionView->setObjectName(QStringLiteral("connectionView"));
    m_connectionView->setAccessibleName(tr("Connections"));
    m_connectionView->setModel(m_connections);
    m_connectionView->setRootIsDecorated(false);
    m_connectionView->setUniformRowHeights(true);
    m_connectionView->setAlternatingRowColors(true);
    m_connectionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_connectionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_connectionView->header()->setStretchLastSection(false);
    m_connectionView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_filterModel->setSourceModel(m_transcript);
    m_filterModel->setFilterKeyColumn(-1); // the line and what it does
    m_filterModel->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filterModel->setRecursiveFilteringEnabled(true); // a folded body's matching lines keep it
    m_transcriptView->setObjectName(QStringLiteral("transcriptView"));
    m_transcriptView->setAccessibleName(tr("Transcript"));
    m_transcriptView->setModel(m_filterModel);
    m_transcriptView->setUniformRowHeights(true);
    m_transcriptView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_transcriptView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_transcriptView->setTextElideMode(Qt::ElideRight);
    m_transcriptView->header()->setStretchLastSection(true);
    m_transcriptView->header()->resizeSection(Models::TranscriptModel::TimeColumn, 70);
    m_transcriptView->header()->resizeSection(Models::TranscriptModel::DirectionColumn, 50);
    m_transcriptView->header()->resizeSection(Models::TranscriptModel::BytesColumn, 60);
    m_transcriptView->header()->resizeSection(Models::TranscriptModel::TextColumn, 480);

    m_header->setObjectName(QStringLiteral("connectionHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_header->setText(tr("Choose a connection to see its transcript."));

    m_filter->setObjectName(QStringLiteral("transcriptFilter"));
    m_filter->setPlaceholderText(tr("Filter lines…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter lines"));
    m_copyButton->setObjectName(QStringLiteral("copyTranscriptButton"));
    m_saveButton->setObjectName(QStringLiteral("saveTranscriptButton"));
    m_clearButton->setObjectName(QStringLiteral("clearEndedButton"));
    m_clearButton->setToolTip(tr("Forget the connections that have ended"));

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_copyButton);
    tools->addWidget(m_saveButton);
    tools->addWidget(m_clearButton);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_header);
    lowerLayout->addLayout(tools);
    lowerLayout->addWidget(m_transcriptView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_connectionView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_copyAction->setObjectName(QStringLiteral("copyTranscriptAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_transcriptView->addAction(m_copyAction);
    connect(m_copyAction, &QAction::triggered, this, &ProtocolInspector::copyToClipboard);
    m_transcriptView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_transcriptView, &QWidget::customContextMenuRequested, this, &ProtocolInspector::showTranscriptMenu);
    auto *find = new QAction(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findInTranscriptAction"));
    find->setShortcut(QKeySequence::Find);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    auto *close = new QAction(tr("Close"), this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    addAction(close);
    connect(close, &QAction::triggered, this, &QWidget::close);

    connect(m_copyButton, &QPushButton::clicked, this, &ProtocolInspector::copyToClipboard);
    connect(m_saveButton, &QPushButton::clicked, this, &ProtocolInspector::chooseFileAndSave);
    connect(m_clearButton, &QPushButton::clicked, this, &ProtocolInspector::clearEnded);
    connect(m_filter, &QLineEdit::textChanged, this, &ProtocolInspector::setFilterText);
    connect(m_connectionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ProtocolInspector::onConnectionChanged);
    connect(&m_timer, &QTimer::timeout, this, &ProtocolInspector::refresh);
    m_saveButton->setEnabled(false);
    m_copyButton->setEnabled(false);
}

ProtocolInspector::~ProtocolInspector() = default;

void ProtocolInspector::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start(s_refreshMs);
}

void ProtocolInspector::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

void ProtocolInspector::refresh()
{
    m_connections->refresh();
    if (selectedConnection() == 0 && m_connections->rowCount() > 0) {
        // Nothing chosen yet: show the newest connection, as a person opening the window
        // to see "what is it doing now" expects.
        m_connectionView->setCurrentIndex(m_connections->index(m_connections->rowCount() - 1, 0));
    }
    m_transcript->refresh();
    updateHeader();
}

bool ProtocolInspector::selectConnection(quint64 id)
{
    m_connections->refresh();
    const int row = m_connections->rowOf(id);
    if (row < 0) {
        return false;
    }
    m_connectionView->setCurrentIndex(m_connections->index(row, 0));
    return true;
}

quint64 ProtocolInspector::selectedConnection() const
{
    const QModelIndex current = m_connectionView->currentIndex();
    return current.isValid() ? current.data(Models::ConnectionIdRole).value<quint64>() : 0;
}

void ProtocolInspector::onConnectionChanged()
{
    m_transcript->setConnection(selectedConnection());
    const bool chosen = selectedConnection() != 0;
    m_copyButton->setEnabled(chosen);
    m_saveButton->setEnabled(chosen);
    updateHeader();
}

void ProtocolInspector::updateHeader()
{
    const quint64 id = selectedConnection();
    if (id == 0) {
        return;
    }
    if (const std::optional<Services::ConnectionInfo> info = m_registry->connection(id)) {
        m_header->setText(Services::TranscriptFormat::header(*info));
    }
}

void ProtocolInspector::showTranscriptMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(m_copyAction);
    menu.addSeparator();
    menu.addAction(tr("&Expand All"), m_transcriptView, &QTreeView::expandAll);
    menu.addAction(tr("C&ollapse All"), m_transcriptView, &QTreeView::collapseAll);
    menu.addSeparator();
    QAction *save = menu.addAction(tr("&Save as Text…"), this, &ProtocolInspector::chooseFileAndSave);
    save->setEnabled(selectedConnection() != 0);
    menu.exec(m_transcriptView->viewport()->mapToGlobal(position));
}

void ProtocolInspector::clearEnded()
{
    m_registry->clearFinished();
    m_connections->refresh();
    if (selectedConnection() == 0) {
        m_transcript->setConnection(0);
        m_header->setText(tr("Choose a connection to see its transcript."));
        m_copyButton->setEnabled(false);
        m_saveButton->setEnabled(false);
    }
}

void ProtocolInspector::setFilterText(const QString &text)
{
    if (m_filter->text() != text) {
        m_filter->setText(text); // comes back here through textChanged
        return;
    }
    m_filterModel->setFilterFixedString(text);
}

QString ProtocolInspector::copyText() const
{
    // The selected lines in the order shown, or every line shown when none is selected.
    QModelIndexList rows = m_transcriptView->selectionModel()->selectedRows(0);
    if (rows.isEmpty()) {
        for (int row = 0; row < m_filterModel->rowCount(); ++row) {
            const QModelIndex index = m_filterModel->index(row, 0);
            rows.append(index);
            if (m_transcriptView->isExpanded(index)) {
                for (int child = 0; child < m_filterModel->rowCount(index); ++child) {
                    rows.append(m_filterModel->index(child, 0, index));
                }
            }
        }
    }
    const auto position = [](const QModelIndex &index) {
        return index.parent().isValid() ? std::pair(index.parent().row(), index.row()) : std::pair(index.row(), -1);
    };
    std::sort(rows.begin(), rows.end(),
        [&position](const QModelIndex &a, const QModelIndex &b) { return position(a) < position(b); });
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows)) {
        lines.append(m_transcript->lineText(m_filterModel->mapToSource(index)));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ProtocolInspector::copyToClipboard()
{
    const QString text = copyText();
    if (!text.isEmpty()) {
        QApplication::clipboard()->setText(text);
    }
}

bool ProtocolInspector::saveTranscript(const QString &path, QString *error) const
{
    const quint64 id = selectedConnection();
    const std::optional<Services::ConnectionInfo> info = m_registry->connection(id);
    if (!info) {
        *error = tr("The connection is no longer in the list.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    file.write(Services::TranscriptFormat::toText(*info, m_registry->transcript(id), true).toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ProtocolInspector::chooseFileAndSave()
{
    const std::optional<Services::ConnectionInfo> info = m_registry->connection(selectedConnection());
    if (!info) {
        return;
    }
    const QString suggested = QDir::home().filePath(
        tr("transcript-%1-%2.txt")
            .arg(info->account.isEmpty() ? QStringLiteral("connection") : info->account, QString::number(info->id)));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Transcript"), suggested, tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveTranscript(path, &error)) {
        QMessageBox::warning(this, tr("Save Transcript"), tr("The transcript could not be saved: %1").arg(error));
    }
}

} // namespace Letterbox::Gui
