#include "store/storelog.h"

namespace Letterbox::Store {

Q_LOGGING_CATEGORY(lcStore, "letterbox.store")

} // namespace Letterbox::Store
