#pragma once

namespace Letterbox::Cli {

/// The exit codes of ../shared/CLI.md; scripts rely on them.
enum class ExitCode {
    Success = 0,
    Failed = 1, ///< the operation failed: the server said no, the network is down
    Usage = 2, ///< bad usage or bad input
    SecurityRefusal = 3, ///< untrusted certificate, STARTTLS missing, plaintext password refused
};

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace Letterbox::Cli
