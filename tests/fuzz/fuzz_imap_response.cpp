// libFuzzer target for the IMAP codec: framer + parser over arbitrary server bytes
// (DESIGN.md, tests/fuzz). Built by the fuzz preset only; see tests/fuzz/README.md.
#include "imapfuzzentry.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = Letterbox::Fuzz::runImapFuzzInput(input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_imap_response: broken invariant: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
