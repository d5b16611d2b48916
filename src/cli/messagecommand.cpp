#include "cli/messagecommand.h"

#include "mime/messageparser.h"
#include "mime/mimetypes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Letterbox::Cli {

namespace {

const QString s_json = QStringLiteral("json");
// Far above any real message; keeps a mistaken argument (a disk image) from
// being read into memory whole.
constexpr qint64 s_maximumFileSize = 256 * 1024 * 1024;

QJsonArray addressesToJson(const Mime::AddressList &addresses)
{
    QJsonArray array;
    for (const Mime::Address &address : addresses) {
        array.append(QJsonObject {{QStringLiteral("name"), address.name}, {QStringLiteral("email"), address.email}});
    }
    return array;
}

} // namespace

QJsonObject MessageCommand::toJson(const Mime::ParsedMessage &message)
{
    QJsonArray headers;
    for (const Mime::HeaderField &header : message.headers) {
        headers.append(QJsonObject {{QStringLiteral("name"), header.name}, {QStringLiteral("value"), header.value}});
    }
    QJsonArray parts;
    for (const Mime::PartInfo &part : message.parts) {
        parts.append(QJsonObject {
            {QStringLiteral("path"), part.path},
            {QStringLiteral("content_type"), part.contentType},
            {QStringLiteral("charset"), part.charset},
            {QStringLiteral("disposition"), part.disposition},
            {QStringLiteral("filename"), part.fileName},
            {QStringLiteral("content_id"), part.contentId},
            {QStringLiteral("size"), part.size},
            {QStringLiteral("is_attachment"), part.isAttachment},
        });
    }
    return QJsonObject {
        {QStringLiteral("headers"), headers},
        {QStringLiteral("from"), addressesToJson(message.from)},
        {QStringLiteral("to"), addressesToJson(message.to)},
        {QStringLiteral("cc"), addressesToJson(message.cc)},
        {QStringLiteral("subject"), message.subject},
        {QStringLiteral("date"),
            message.date.isValid() ? QJsonValue(message.date.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("message_id"), message.messageId},
        {QStringLiteral("parts"), parts},
        {QStringLiteral("has_attachments"), message.hasAttachments},
        {QStringLiteral("text"), message.displayText},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(message.warnings)},
    };
}

void MessageCommand::printReadable(const Mime::ParsedMessage &message, QTextStream &out)
{
    out << MessageCommand::tr("From:    %1").arg(Mime::toDisplayString(message.from)) << Qt::endl
        << MessageCommand::tr("To:      %1").arg(Mime::toDisplayString(message.to)) << Qt::endl;
    if (!message.cc.isEmpty()) {
        out << MessageCommand::tr("Cc:      %1").arg(Mime::toDisplayString(message.cc)) << Qt::endl;
    }
    out << MessageCommand::tr("Subject: %1").arg(message.subject) << Qt::endl
        << MessageCommand::tr("Date:    %1")
               .arg(message.date.isValid() ? message.date.toString(Qt::ISODate) : MessageCommand::tr("(none)"))
        << Qt::endl;
    for (const QString &warning : message.warnings) {
        out << MessageCommand::tr("Warning: %1").arg(warning) << Qt::endl;
    }
    out << MessageCommand::tr("Parts:") << Qt::endl;
    for (const Mime::PartInfo &part : message.parts) {
        out << QString(2 + 2 * part.depth, QLatin1Char(' ')) << part.path << QLatin1Char(' ') << part.contentType;
        if (!part.fileName.isEmpty()) {
            out << QLatin1String(" \"") << part.fileName << QLatin1Char('"');
        }
        out << QLatin1Char(' ') << MessageCommand::tr("(%n bytes)", nullptr, int(qMin<qint64>(part.size, INT_MAX)))
            << Qt::endl;
    }
    out << Qt::endl << message.displayText;
    if (!message.displayText.endsWith(QLatin1Char('\n'))) {
        out << Qt::endl;
    }
}

QString MessageCommand::name() const
{
    return QStringLiteral("message");
}

QString MessageCommand::summary() const
{
    return tr("Parse an .eml file: headers, part tree, text and warnings.");
}

void MessageCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The RFC 5322 message to read."));
    parser.addOption(QCommandLineOption(s_json, tr("Print one JSON document.")));
}

ExitCode MessageCommand::run(const QCommandLineParser &parser, CommandContext &context)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1) {
        context.err << tr("letterbox-cli: message takes exactly one FILE.") << Qt::endl;
        return ExitCode::Usage;
    }
    QFile file(arguments.first());
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << tr("letterbox-cli: cannot read %1: %2.").arg(file.fileName(), file.errorString()) << Qt::endl;
        return ExitCode::Usage;
    }
    if (file.size() > s_maximumFileSize) {
        context.err << tr("letterbox-cli: %1 is larger than 256 MiB; it is not a message.").arg(file.fileName())
                    << Qt::endl;
        return ExitCode::Usage;
    }
    const Mime::ParsedMessage message = Mime::MessageParser::parse(file.readAll());
    if (parser.isSet(s_json)) {
        context.out << QString::fromUtf8(QJsonDocument(toJson(message)).toJson(QJsonDocument::Indented));
    } else {
        printReadable(message, context.out);
    }
    return ExitCode::Success;
}

} // namespace Letterbox::Cli
