// libFuzzer target for the render layer: the HTML sanitiser and the plain text renderer
// (tests/fuzz/htmlfuzzentry.cpp has the invariants). Built by the fuzz preset only; see
// tests/fuzz/README.md for how to run it.
#include "htmlfuzzentry.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = Letterbox::Fuzz::runHtmlSanitizerFuzzInput(input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_html_sanitizer: broken invariant: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
