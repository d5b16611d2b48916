#pragma once

#include <QLoggingCategory>

namespace Letterbox::Store {

/// Log category of the store module: "letterbox.store".
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace Letterbox::Store
