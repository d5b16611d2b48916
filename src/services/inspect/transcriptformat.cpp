#include "services/inspect/transcriptformat.h"

#include <QLocale>

namespace Letterbox::Services {

QString TranscriptFormat::protocolName(InspectedProtocol protocol)
{
    switch (protocol) {
    case InspectedProtocol::Imap:
        return QStringLiteral("IMAP");
    case InspectedProtocol::Pop3:
        return QStringLiteral("POP3");
    case InspectedProtocol::Smtp:
        return QStringLiteral("SMTP");
    }
    return {};
}

QString TranscriptFormat::stateName(InspectedState state)
{
    switch (state) {
    case InspectedState::Connecting:
        return tr("connecting");
    case InspectedState::Open:
        return tr("open");
    case InspectedState::Closed:
        return tr("closed");
    case InspectedState::Failed:
        return tr("failed");
    }
    return {};
}

QString TranscriptFormat::tlsText(const ConnectionInfo &info)
{
    if (info.tlsProtocol.isEmpty()) {
        return tr("not encrypted");
    }
    if (info.tlsCipher.isEmpty()) {
        return info.tlsProtocol;
    }
    return tr("%1, %2").arg(info.tlsProtocol, info.tlsCipher);
}

QString TranscriptFormat::durationText(qint64 milliseconds)
{
    return tr("%1 s").arg(QLocale().toString(milliseconds / 1000.0, 'f', 2));
}

QString TranscriptFormat::directionMarker(TranscriptRow::Direction direction)
{
    switch (direction) {
    case TranscriptRow::Direction::Client:
        return QStringLiteral("C:");
    case TranscriptRow::Direction::Server:
        return QStringLiteral("S:");
    case TranscriptRow::Direction::Info:
        break;
    }
    return QStringLiteral("* ");
}

QString TranscriptFormat::header(const ConnectionInfo &info)
{
    const QLocale locale;
    QString text = tr("Connection %1: %2 for %3 to %4, %5, %6")
                       .arg(QString::number(info.id), protocolName(info.protocol),
                           info.account.isEmpty() ? tr("no account") : info.account, info.endpoint, tlsText(info),
                           stateName(info.state));
    text += QLatin1Char('\n')
        + tr("%1 round trips, %2 bytes in, %3 bytes out, %4")
              .arg(locale.toString(info.roundTrips), locale.toString(info.bytesIn), locale.toString(info.bytesOut),
                  durationText(info.durationMs()));
    if (!info.error.isEmpty()) {
        text += QLatin1Char('\n') + tr("Error: %1").arg(info.error);
    }
    return text;
}

QString TranscriptFormat::formatRow(const TranscriptRow &row, bool expand)
{
    const QString time = QString::number(row.elapsedMs / 1000.0, 'f', 3).rightJustified(8);
    QString line = time + QLatin1Char(' ') + directionMarker(row.direction) + QLatin1Char(' ');
    if (row.direction == TranscriptRow::Direction::Info) {
        line += QLatin1Char(' ') + row.text;
    } else {
        line += QString::number(row.bytes).rightJustified(5) + QLatin1String("  ") + row.text;
    }
    if (!row.annotation.isEmpty()) {
        line += QStringLiteral("  \u2014 ") + row.annotation;
    }
    if (expand && row.folded) {
        const QString indent(17, QLatin1Char(' '));
        for (const QString &detail : row.detail) {
            line += QLatin1Char('\n') + indent + QLatin1String("| ") + detail;
        }
        if (row.detailCut) {
            line += QLatin1Char('\n') + indent
                + tr("| … %1 more lines not kept").arg(QLocale().toString(row.foldedLines - qint64(row.detail.size())));
        }
    }
    return line;
}

QString TranscriptFormat::toText(const ConnectionInfo &info, const QList<TranscriptRow> &rows, bool expand)
{
    QString text = header(info) + QLatin1Char('\n');
    const qint64 firstShown = rows.isEmpty() ? info.rows : rows.constFirst().sequence;
    if (firstShown > 0) {
        text += tr("* %1 earlier rows not kept").arg(QLocale().toString(firstShown)) + QLatin1Char('\n');
    }
    for (const TranscriptRow &row : rows) {
        text += formatRow(row, expand) + QLatin1Char('\n');
    }
    return text;
}

} // namespace Letterbox::Services
