#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Letterbox::Cli {

/// How a runUntil() ended.
enum class WaitResult {
    Finished, ///< the signal came
    NotStarted, ///< the start function said no
    TimedOut, ///< the limit passed first
};

/**
 * @short The CLI's one way of waiting for an engine: calls @p start, then runs a local event
 * loop until @p sender emits @p signal (its argument kept in @p result) or @p limitMs pass.
 *
 * The engines are asynchronous (DESIGN.md principle 5); a command is one run of one of
 * them, so it waits here, bounded, instead of each command building its own loop.
 */
template<typename Sender, typename Result>
WaitResult runUntil(Sender *sender, void (Sender::*signal)(const Result &), Result *result, int limitMs,
    const std::function<bool()> &start)
{
    bool finished = false;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&](const Result &value) {
        *result = value;
        finished = true;
        loop.quit();
    });
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    limit.start(limitMs);
    if (!start()) {
        return WaitResult::NotStarted;
    }
    if (!finished) {
        loop.exec();
    }
    return finished ? WaitResult::Finished : WaitResult::TimedOut;
}

} // namespace Letterbox::Cli
