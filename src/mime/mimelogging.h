#pragma once

#include <QLoggingCategory>

namespace Letterbox::Mime {

/// The MIME layer's log category, "letterbox.mime" (info and above by default; enable
/// debug output with QT_LOGGING_RULES="letterbox.mime.debug=true"). Hostile input is logged at debug
/// level only: a stranger's message must not be able to flood the log.
Q_DECLARE_LOGGING_CATEGORY(lcMime)

} // namespace Letterbox::Mime
