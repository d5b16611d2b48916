#include "cli/accountcommand.h"

#include "accounts/accountoptions.h"
#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "accounts/oauth2authorizer.h"
#include "cli/accountformat.h"
#include "cli/accounttest.h"
#include "protocol/net/tlspolicy.h"
#include "services/autoconfig/autoconfigjob.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <optional>

#include <termios.h>
#include <unistd.h>

namespace Letterbox::Cli {

using namespace Accounts;

namespace {

const QString s_json = QStringLiteral("json");
const QString s_nameserver = QStringLiteral("nameserver");
const QString s_caFile = QStringLiteral("ca-file");
const QString s_profile = QStringLiteral("profile");
const QString s_help = QStringLiteral("help");
// One line of password; far above any real one.
constexpr qint64 s_maximumPasswordLength = 4096;

ExitCode exitCodeFor(AccountResult::Code code)
{
    switch (code) {
    case AccountResult::Code::Ok:
        return ExitCode::Success;
    case AccountResult::Code::Invalid:
    case AccountResult::Code::NotFound:
    case AccountResult::Code::AlreadyExists:
        return ExitCode::Usage;
    case AccountResult::Code::Insecure:
        return ExitCode::SecurityRefusal;
    case AccountResult::Code::StorageFailed:
        return ExitCode::Failed;
    }
    return ExitCode::Failed;
}

ExitCode fail(CommandContext &context, ExitCode code, const QString &message)
{
    context.err << QLatin1String("letterbox-cli: ") << message << Qt::endl;
    return code;
}

ExitCode fail(CommandContext &context, const AccountResult &result)
{
    return fail(context, exitCodeFor(result.code), result.message);
}

void printJson(CommandContext &context, const QJsonObject &object)
{
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// Keeps the terminal from echoing while the password is typed; restores it after.
class EchoOff
{
public:
    EchoOff()
    {
        if (::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        }
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;
    [[nodiscard]] bool active() const { return m_active; }

private:
    termios m_saved {};
    bool m_active = false;
};

/// One line from stdin without its line end; nothing when stdin has no line.
std::optional<QString> readPasswordLine(const QString &accountName, CommandContext &context)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const EchoOff echoOff;
    if (echoOff.active()) {
        context.err << AccountCommand::tr("Password for account %1: ").arg(accountName) << Qt::flush;
    }
    QByteArray line = in.readLine(s_maximumPasswordLength);
    if (echoOff.active()) {
        context.err << Qt::endl;
    }
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.isEmpty()) {
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

/// @p argument quoted for a POSIX shell when it needs it.
QString shellQuoted(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9@%+=:,./_-]+$"));
    if (plain.match(argument).hasMatch()) {
        return argument;
    }
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString serverLine(const AutoconfigServer &server)
{
    QString line = QStringLiteral("%1 %2:%3, %4")
                       .arg(toString(server.type), server.host)
                       .arg(server.port)
                       .arg(toString(server.security));
    if (!server.user.isEmpty()) {
        line += AccountCommand::tr(", login %1").arg(server.user);
    }
    return line;
}

/// The options given that @p allowed does not list, as "--name".
QStringList foreignOptions(const QCommandLineParser &parser, const QSet<QString> &allowed)
{
    QStringList foreign;
    for (const QString &name : parser.optionNames()) {
        if (name != s_profile && name != s_help && !allowed.contains(name) && !foreign.contains(name)) {
            foreign.append(QLatin1String("--") + name);
        }
    }
    return foreign;
}

} // namespace

QString AccountCommand::name() const
{
    return QStringLiteral("account");
}

QString AccountCommand::summary() const
{
    return tr("Add, find, list, show, test, change, log in or remove accounts: "
              "account add|autoconfig|list|show|test|set|login|remove.");
}

void AccountCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral(
            "add NAME | autoconfig ADDRESS | list | show NAME | test NAME | set NAME KEY VALUE | remove NAME"),
        tr("What to do. KEY is an option of 'add' without its dashes; a switch takes yes or no."));
    for (const AccountOption &option : AccountOptions::all()) {
        if (option.isSwitch()) {
            parser.addOption(QCommandLineOption(option.name, option.description));
        } else {
            parser.addOption(QCommandLineOption(option.name, option.description, option.valueName));
        }
    }
    parser.addOption(QCommandLineOption(s_json, tr("list, show, test, autoconfig: print one JSON document.")));
    parser.addOption(QCommandLineOption(s_nameserver,
        tr("autoconfig: ask this DNS server (an IP address, port 53) instead of the system's resolver."),
        tr("ADDRESS")));
}

ExitCode AccountCommand::run(const QCommandLineParser &parser, CommandContext &context)
{
    // The parser took "account" as the program name: the action comes first.
    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        return fail(context, ExitCode::Usage,
            tr("account needs one of add, autoconfig, list, show, test, set, login or remove."));
    }
    const QString action = arguments.takeFirst();
    QSet<QString> allowed;
    if (action == QLatin1String("add")) {
        for (const AccountOption &option : AccountOptions::all()) {
            allowed.insert(option.name);
        }
    } else if (action == QLatin1String("list") || action == QLatin1String("show") || action == QLatin1String("test")) {
        allowed.insert(s_json);
    } else if (action == QLatin1String("autoconfig")) {
        allowed = {s_json, s_nameserver, s_caFile};
    } else if (action != QLatin1String("set") && action != QLatin1String("remove")
        && action != QLatin1String("login")) {
        return fail(context, ExitCode::Usage,
            tr("'%1' is not an account command; use add, autoconfig, list, show, test, set, login or remove.")
                .arg(action));
    }
    if (const QStringList foreign = foreignOptions(parser, allowed); !foreign.isEmpty()) {
        return fail(context, ExitCode::Usage,
            tr("account %1 does not take %2.").arg(action, foreign.join(QLatin1String(", "))));
    }

    if (action == QLatin1String("add")) {
        return add(parser, arguments, context);
    }
    if (action == QLatin1String("autoconfig")) {
        return autoconfig(parser, arguments, context);
    }
    if (action == QLatin1String("list")) {
        if (!arguments.isEmpty()) {
            return fail(context, ExitCode::Usage, tr("account list takes no NAME."));
        }
        return list(parser, context);
    }
    if (action == QLatin1String("show")) {
        return show(parser, arguments, context);
    }
    if (action == QLatin1String("test")) {
        if (arguments.size() != 1) {
            return fail(context, ExitCode::Usage, tr("account test takes exactly one NAME."));
        }
        return AccountTest::run(arguments.first(), parser.isSet(s_json), context);
    }
    if (action == QLatin1String("set")) {
        return set(arguments, context);
    }
    if (action == QLatin1String("login")) {
        return login(arguments, context);
    }
    return remove(arguments, context);
}

ExitCode AccountCommand::add(const QCommandLineParser &parser, const QStringList &arguments, CommandContext &context)
{
    if (arguments.size() != 1) {
        return fail(context, ExitCode::Usage, tr("account add takes exactly one NAME."));
    }
    const QString accountName = arguments.first();
    AccountOptions::Values values;
    const QStringList given = parser.optionNames();
    for (const AccountOption &option : AccountOptions::all()) {
        const qsizetype times = given.count(option.name);
        if (times > 1) {
            return fail(context, ExitCode::Usage, tr("Account %1: --%2 is given twice.").arg(accountName, option.name));
        }
        if (times == 1) {
            values.append({option.id, option.isSwitch() ? QString() : parser.value(option.name)});
        }
    }
    Account account;
    if (AccountResult built = AccountOptions::build(accountName, values, &account); !built.ok()) {
        return fail(context, built);
    }

    AccountStore store(context.profile);
    if (AccountResult status = store.status(); !status.ok()) {
        return fail(context, status);
    }
    for (const QString &existing : store.names()) {
        if (existing.compare(accountName, Qt::CaseInsensitive) == 0) {
            return fail(context, ExitCode::Usage, tr("There is already an account called %1.").arg(existing));
        }
    }

    // The keychain first: if it fails, nothing has been written.
    const CredentialStore credentials;
    const bool storesPassword = given.contains(QStringLiteral("password-stdin"));
    if (storesPassword) {
        const std::optional<QString> password = readPasswordLine(accountName, context);
        if (!password) {
            return fail(context, ExitCode::Usage,
                tr("Account %1: --password-stdin found no password on standard input (one line expected).")
                    .arg(accountName));
        }
        if (const CredentialResult written = credentials.writePasswordBlocking(accountName, *password); !written.ok()) {
            return fail(context, ExitCode::Failed, written.message);
        }
    }
    if (AccountResult added = store.add(account); !added.ok()) {
        if (storesPassword) {
            (void)credentials.removePasswordBlocking(accountName);
        }
        return fail(context, added);
    }
    context.out << tr("Account %1 added (%2 %3:%4).")
                       .arg(accountName, toString(account.protocol), account.incoming.host)
                       .arg(account.incoming.port)
                << Qt::endl;
    return ExitCode::Success;
}

ExitCode AccountCommand::autoconfig(
    const QCommandLineParser &parser, const QStringList &arguments, CommandContext &context)
{
    if (arguments.size() != 1) {
        return fail(context, ExitCode::Usage, tr("account autoconfig takes exactly one e-mail ADDRESS."));
    }
    Services::AutoconfigOptions options;
    if (parser.isSet(s_nameserver)) {
        options.nameserver = QHostAddress(parser.value(s_nameserver));
        if (options.nameserver.isNull()) {
            return fail(context, ExitCode::Usage,
                tr("--nameserver needs an IP address, not '%1'.").arg(parser.value(s_nameserver)));
        }
    }
    if (parser.isSet(s_caFile)) {
        Net::TlsPolicy policy;
        QString error;
        if (!policy.addCaFile(parser.value(s_caFile), &error)) {
            return fail(context, ExitCode::Usage, error);
        }
        options.extraCaCertificates = policy.extraCaCertificates;
    }
    const bool json = parser.isSet(s_json);
    Services::AutoconfigJob job(options);
    QEventLoop loop;
    QObject::connect(&job, &Services::AutoconfigJob::progress, &loop,
        [&context](const QString &text) { context.err << text << QLatin1String("...") << Qt::endl; });
    QObject::connect(&job, &Services::AutoconfigJob::finished, &loop, &QEventLoop::quit);
    job.start(arguments.first());
    if (!job.proposal() && job.errorString().isEmpty()) {
        loop.exec(); // every source is bounded in time (AutoconfigOptions), so this ends
    }
    const std::optional<AutoconfigProposal> &proposal = job.proposal();
    if (!proposal) {
        if (json) {
            QJsonArray tried;
            for (const AutoconfigAttempt &attempt : job.attempts()) {
                tried.append(QJsonObject {{QStringLiteral("source"), toString(attempt.source)},
                    {QStringLiteral("detail"), attempt.detail}, {QStringLiteral("answered"), attempt.answered},
                    {QStringLiteral("outcome"), attempt.outcome}});
            }
            printJson(context,
                QJsonObject {{QStringLiteral("email"), arguments.first()}, {QStringLiteral("found"), false},
                    {QStringLiteral("error"), job.errorString()}, {QStringLiteral("tried"), tried}});
        }
        const bool usage = job.attempts().isEmpty();
        return fail(context, usage ? ExitCode::Usage : ExitCode::Failed, job.errorString());
    }
    if (json) {
        QJsonObject object = proposal->toJson();
        object.insert(QStringLiteral("found"), true);
        printJson(context, object);
        return ExitCode::Success;
    }
    for (const AutoconfigAttempt &attempt : proposal->attempts) {
        if (!attempt.answered) {
            context.out << tr("Not found at %1: %2").arg(attempt.detail, attempt.outcome) << Qt::endl;
        }
    }
    context.out << tr("Found by %1 (%2):").arg(toString(proposal->source), proposal->sourceDetail) << Qt::endl;
    context.out << tr("  incoming: %1").arg(serverLine(proposal->incoming)) << Qt::endl;
    context.out << tr("  smtp:     %1").arg(proposal->smtp ? serverLine(*proposal->smtp) : tr("none found"))
                << Qt::endl;
    for (const QString &warning : proposal->warnings) {
        context.out << tr("Warning: %1").arg(warning) << Qt::endl;
    }
    QStringList command;
    for (const QString &argument : proposal->accountAddArguments(QStringLiteral("NAME"))) {
        command.append(shellQuoted(argument));
    }
    context.out << tr("Nothing is saved. To add this account (choose a NAME and add --password-stdin or "
                      "--password-command):")
                << Qt::endl
                << QLatin1String("  letterbox-cli ") << command.join(QLatin1Char(' ')) << Qt::endl;
    return ExitCode::Success;
}

ExitCode AccountCommand::list(const QCommandLineParser &parser, CommandContext &context)
{
    const AccountStore store(context.profile);
    if (AccountResult status = store.status(); !status.ok()) {
        return fail(context, status);
    }
    QList<Account> accounts;
    for (const QString &accountName : store.names()) {
        Account account;
        if (AccountResult loaded = store.load(accountName, &account); !loaded.ok()) {
            return fail(context, loaded);
        }
        accounts.append(account);
    }
    if (parser.isSet(s_json)) {
        QJsonArray array;
        for (const Account &account : accounts) {
            array.append(AccountFormat::toJson(account));
        }
        printJson(context, QJsonObject {{QStringLiteral("accounts"), array}});
    } else if (accounts.isEmpty()) {
        context.out << tr("No accounts; add one with 'letterbox-cli account add'.") << Qt::endl;
    } else {
        for (const Account &account : accounts) {
            context.out << AccountFormat::summaryLine(account) << Qt::endl;
        }
    }
    return ExitCode::Success;
}

ExitCode AccountCommand::show(const QCommandLineParser &parser, const QStringList &arguments, CommandContext &context)
{
    if (arguments.size() != 1) {
        return fail(context, ExitCode::Usage, tr("account show takes exactly one NAME."));
    }
    const AccountStore store(context.profile);
    Account account;
    if (AccountResult loaded = store.load(arguments.first(), &account); !loaded.ok()) {
        return fail(context, loaded);
    }
    if (parser.isSet(s_json)) {
        printJson(context, AccountFormat::toJson(account));
    } else {
        AccountFormat::printDetails(account, context.out);
    }
    return ExitCode::Success;
}

ExitCode AccountCommand::set(const QStringList &arguments, CommandContext &context)
{
    if (arguments.size() < 2 || arguments.size() > 3) {
        return fail(context, ExitCode::Usage, tr("account set takes NAME KEY VALUE."));
    }
    const QString &accountName = arguments.at(0);
    const std::optional<AccountOption> option = AccountOptions::find(arguments.at(1));
    if (!option) {
        return fail(context, ExitCode::Usage,
            tr("'%1' is not an account setting; the keys are the options of 'account add' without their dashes.")
                .arg(arguments.at(1)));
    }
    // A switch alone means yes; every other key needs its VALUE (which may be empty).
    if (arguments.size() == 2 && !option->isSwitch()) {
        return fail(context, ExitCode::Usage, tr("account set %1 %2 needs a VALUE.").arg(accountName, option->name));
    }
    const QString value = arguments.size() == 3 ? arguments.at(2) : QString();

    AccountStore store(context.profile);
    Account account;
    if (AccountResult loaded = store.load(accountName, &account); !loaded.ok()) {
        return fail(context, loaded);
    }
    const PasswordSource oldSource = account.passwordSource;
    if (AccountResult changed = AccountOptions::change(account, option->id, value); !changed.ok()) {
        return fail(context, changed);
    }
    const CredentialStore credentials;
    if (option->id == AccountOptionId::PasswordStdin) {
        const std::optional<QString> password = readPasswordLine(accountName, context);
        if (!password) {
            return fail(context, ExitCode::Usage,
                tr("Account %1: password-stdin found no password on standard input (one line expected).")
                    .arg(accountName));
        }
        if (const CredentialResult written = credentials.writePasswordBlocking(accountName, *password); !written.ok()) {
            return fail(context, ExitCode::Failed, written.message);
        }
    }
    if (AccountResult updated = store.update(account); !updated.ok()) {
        return fail(context, updated);
    }
    if (oldSource == PasswordSource::Keychain && account.passwordSource == PasswordSource::Command) {
        // The keychain's copy is no longer used; do not leave it behind.
        const CredentialResult removed = credentials.removePasswordBlocking(accountName);
        if (!removed.ok() && removed.code != CredentialResult::Code::NoKeychain) {
            return fail(context, ExitCode::Failed,
                tr("Account %1 now uses its password command, but its old password could not be removed from "
                   "the keychain: %2")
                    .arg(accountName, removed.message));
        }
    }
    return ExitCode::Success;
}

ExitCode AccountCommand::login(const QStringList &arguments, CommandContext &context)
{
    if (arguments.size() != 1) {
        return fail(context, ExitCode::Usage, tr("account login takes exactly one NAME."));
    }
    const QString &accountName = arguments.first();
    Account account;
    if (AccountResult loaded = AccountStore(context.profile).load(accountName, &account); !loaded.ok()) {
        return fail(context, loaded);
    }
    if (account.passwordSource != PasswordSource::OAuth2) {
        return fail(context, ExitCode::Usage,
            tr("Account %1 does not use OAuth2; set oauth2-client-id (and the provider's URLs) first.")
                .arg(accountName));
    }
    OAuth2Authorizer authorizer(account);
    QObject::connect(&authorizer, &OAuth2Authorizer::openUrl, &authorizer, [&context](const QUrl &url) {
        // The person's browser does the login; a terminal cannot, so the URL is shown.
        context.err << tr("Open this address in a web browser and log in; this waits up to 5 minutes:") << Qt::endl
                    << url.toString(QUrl::FullyEncoded) << Qt::endl;
    });
    authorizer.authorize();
    const OAuth2Result &result = authorizer.waitForFinished();
    if (!result.ok) {
        return fail(context, ExitCode::Failed, result.message);
    }
    if (const CredentialResult written = CredentialStore().writeTokensBlocking(accountName, result.tokens.toText());
        !written.ok()) {
        return fail(context, ExitCode::Failed, written.message);
    }
    context.out << tr("Account %1 is logged in with OAuth2; its tokens are in the system keychain.").arg(accountName)
                << Qt::endl;
    return ExitCode::Success;
}

ExitCode AccountCommand::remove(const QStringList &arguments, CommandContext &context)
{
    if (arguments.size() != 1) {
        return fail(context, ExitCode::Usage, tr("account remove takes exactly one NAME."));
    }
    const QString &accountName = arguments.first();
    AccountStore store(context.profile);
    Account account;
    if (AccountResult loaded = store.load(accountName, &account);
        loaded.code == AccountResult::Code::NotFound || loaded.code == AccountResult::Code::Invalid) {
        return fail(context, loaded);
    }
    // Damaged settings are still removable: the group goes either way.
    if (AccountResult removed = store.remove(accountName); !removed.ok()) {
        return fail(context, removed);
    }
    ExitCode code = ExitCode::Success;
    if (AccountResult data = store.removeDataDirectory(accountName); !data.ok()) {
        code = fail(context, ExitCode::Failed, data.message);
    }
    if (account.passwordSource == PasswordSource::OAuth2) {
        const CredentialResult tokens = CredentialStore().removeTokensBlocking(accountName);
        if (!tokens.ok()) {
            context.err << QLatin1String("letterbox-cli: ")
                        << tr("Account %1 is removed, but its OAuth2 tokens may remain in the keychain: %2")
                               .arg(accountName, tokens.message)
                        << Qt::endl;
        }
    }
    const CredentialResult password = CredentialStore().removePasswordBlocking(accountName);
    // A command account may never have had a keychain entry, and a machine without
    // a keychain cannot hold one: only a keychain account must report a failure.
    if (!password.ok() && account.passwordSource == PasswordSource::Keychain) {
        const QString warning = tr("Account %1 is removed, but its password may remain in the keychain: %2")
                                    .arg(accountName, password.message);
        if (password.code == CredentialResult::Code::NoKeychain) {
            // Nothing here can hold it now; the account itself is gone, as asked.
            context.err << QLatin1String("letterbox-cli: ") << warning << Qt::endl;
        } else {
            code = fail(context, ExitCode::Failed, warning);
        }
    }
    if (code == ExitCode::Success) {
        context.out << tr("Account %1 removed.").arg(accountName) << Qt::endl;
    }
    return code;
}

} // namespace Letterbox::Cli
