#pragma once

#include "services/inspect/inspecttypes.h"

#include <QCoreApplication>

namespace Letterbox::Services {

/**
 * @short The inspector's transcripts as plain text: what `letterbox-cli inspect` prints
 * and what the window's "Save as Text" and "Copy" write.
 *
 * A row reads like TranscriptTap's own lines, plus what the command does:
 * "   0.152 C:    23  A1 LOGIN alice ***  — log in as alice (password hidden)".
 * The rows are already redacted (TranscriptRecorder), so nothing here can add a secret.
 */
class TranscriptFormat
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Services::TranscriptFormat)

public:
    [[nodiscard]] static QString protocolName(InspectedProtocol protocol);
    [[nodiscard]] static QString stateName(InspectedState state);
    /// "TLS 1.3, TLS_AES_256_GCM_SHA384", or "not encrypted".
    [[nodiscard]] static QString tlsText(const ConnectionInfo &info);
    /// "1.52 s"
    [[nodiscard]] static QString durationText(qint64 milliseconds);
    /// "C:", "S:" or "*".
    [[nodiscard]] static QString directionMarker(TranscriptRow::Direction direction);

    /// One paragraph naming the connection and its figures.
    [[nodiscard]] static QString header(const ConnectionInfo &info);
    /// One row; with @p expand a folded row is followed by the lines it folds, indented.
    [[nodiscard]] static QString formatRow(const TranscriptRow &row, bool expand);
    /// The header, a note on dropped rows, then every row.
    [[nodiscard]] static QString toText(const ConnectionInfo &info, const QList<TranscriptRow> &rows, bool expand);
};

} // namespace Letterbox::Services
