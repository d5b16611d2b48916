#pragma once

#include "services/retrieval/syncreport.h"

#include <QObject>

namespace Letterbox::Services {

/**
 * @short The switchable retrieval engine (DESIGN.md "services"): ImapRetrieval and
 * Pop3Retrieval behind one interface, so the CLI's `sync` and the window's "Get
 * Messages" drive either the same way.
 *
 * An engine writes only into the account's store (DESIGN.md principle 1); front ends read
 * the result from there and from StoreNotifier. One run at a time: sync() returns false
 * while one runs. Exactly one finished() follows every accepted sync(), also after
 * cancel() (then with a temporary error) and when there was nothing to do.
 */
class RetrievalEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~RetrievalEngine() override = default;

    /// Starts a run; false (and nothing follows) while one runs already.
    virtual bool sync(const SyncRequest &request) = 0;
    /// Ends the run as soon as the store is consistent; finished() follows.
    virtual void cancel() = 0;
    [[nodiscard]] virtual bool isRunning() const = 0;

Q_SIGNALS:
    /// Work on @p folder: @p done of @p total messages (total 0 while unknown).
    void progress(const QString &folder, qint64 done, qint64 total);
    void finished(const Letterbox::Services::SyncReport &report);
};

} // namespace Letterbox::Services

Q_DECLARE_METATYPE(Letterbox::Services::SyncReport)
