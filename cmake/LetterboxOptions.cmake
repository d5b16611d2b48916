# Project-wide compile settings. Presets (CMakePresets.json) choose the build type,
# warnings-as-errors and the sanitizers; this file holds what every build shares.

option(LETTERBOX_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(LETTERBOX_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only; the fuzz preset)" OFF)

add_compile_options(-Wall -Wextra)

# No implicit conversions between QString and const char * / QByteArray: every such
# conversion names its encoding (STYLE.md, "Naming conventions").
add_compile_definitions(
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS # glib (pulled in by GMime) uses "signals" as a member name
    QT_USE_QSTRINGBUILDER
)

# The libraries get coverage instrumentation for libFuzzer plus the sanitizers; only the
# fuzz targets themselves link libFuzzer's main (tests/fuzz/CMakeLists.txt).
if(LETTERBOX_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

if(LETTERBOX_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# Every module is a static library named letterbox-<module> with the alias
# Letterbox::<Module>.
function(letterbox_add_module name alias)
    qt_add_library(letterbox-${name} STATIC ${ARGN})
    add_library(Letterbox::${alias} ALIAS letterbox-${name})
    target_include_directories(letterbox-${name} PUBLIC "${PROJECT_SOURCE_DIR}/src")
endfunction()
