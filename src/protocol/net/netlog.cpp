#include "protocol/net/netlog.h"

namespace Letterbox::Net {

Q_LOGGING_CATEGORY(lcNet, "letterbox.net")

} // namespace Letterbox::Net
