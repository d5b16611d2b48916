#include "cli/profilecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Letterbox::Cli {

namespace {

const QString s_json = QStringLiteral("json");

} // namespace

QString ProfileCommand::name() const
{
    return QStringLiteral("profile");
}

QString ProfileCommand::summary() const
{
    return tr("Show where this profile keeps its settings and data (creating them if missing).");
}

void ProfileCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(s_json, tr("Print one JSON document.")));
}

ExitCode ProfileCommand::run(const QCommandLineParser &parser, CommandContext &context)
{
    QString error;
    if (!context.profile.ensureExists(&error)) {
        context.err << QLatin1String("letterbox-cli: ") << error << Qt::endl;
        return ExitCode::Failed;
    }
    if (parser.isSet(s_json)) {
        const QJsonObject json {
            {QStringLiteral("custom"), context.profile.isCustom()},
            {QStringLiteral("config"), context.profile.configDirectory()},
            {QStringLiteral("data"), context.profile.dataDirectory()},
            {QStringLiteral("settings"), context.profile.settingsFile()},
        };
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        context.out << tr("Settings: %1").arg(context.profile.settingsFile()) << Qt::endl
                    << tr("Data:     %1").arg(context.profile.dataDirectory()) << Qt::endl;
    }
    return ExitCode::Success;
}

} // namespace Letterbox::Cli
