#include "mime/mimelogging.h"

namespace Letterbox::Mime {

Q_LOGGING_CATEGORY(lcMime, "letterbox.mime", QtInfoMsg)

} // namespace Letterbox::Mime
