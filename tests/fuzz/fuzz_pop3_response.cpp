// libFuzzer target for the POP3 reply parser and session (DESIGN.md, tests/fuzz). Built
// by the fuzz preset only; see tests/fuzz/README.md for how to run it.
#include "pop3fuzzentry.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = Letterbox::Fuzz::runPop3FuzzInput(input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_pop3_response: broken invariant: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
