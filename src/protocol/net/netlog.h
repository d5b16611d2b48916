#pragma once

#include <QLoggingCategory>

namespace Letterbox::Net {

/// Log category of the connection layer: "letterbox.net".
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace Letterbox::Net
