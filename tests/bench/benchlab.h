#pragma once

#include "labenvironment.h"

#include <QString>

#include <optional>

namespace Letterbox::Bench {

/**
 * @short The mail lab a benchmark talks to: the one LETTERBOX_LAB_ENV names, or a private
 * one this object starts (tests/mailstack/start --empty on its own port base,
 * $LETTERBOX_BENCH_LAB_PORT_BASE or 42000) and stops when it dies.
 */
class BenchLab
{
public:
    BenchLab() = default;
    ~BenchLab();
    BenchLab(const BenchLab &) = delete;
    BenchLab &operator=(const BenchLab &) = delete;

    /// Starts or finds the lab; false with @p error set when there is none.
    bool start(QString *error);
    [[nodiscard]] const LabEnvironment &environment() const { return *m_environment; }
    /// Runs `tests/mailstack/<script> ARGS` against this lab; false when it fails.
    bool runScript(const QString &script, const QStringList &arguments, QString *error) const;
    [[nodiscard]] static QString sourceDirectory();

private:
    std::optional<LabEnvironment> m_environment;
    bool m_ownLab = false;
    QString m_directory;
};

} // namespace Letterbox::Bench
