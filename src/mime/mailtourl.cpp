#include "mime/mailtourl.h"

#include "mime/headerdecoding.h"

#include <QCoreApplication>
#include <QUrl>

namespace Letterbox::Mime {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Letterbox::Mime::MailtoUrl", text);
}

QString decoded(QStringView encoded)
{
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

/// @p text without control characters; with @p keepLineEnds, CRLF and CR become LF and stay.
QString cleaned(const QString &text, bool keepLineEnds)
{
    QString normal = text;
    if (keepLineEnds) {
        normal.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        normal.replace(u'\r', u'\n');
    }
    QString result;
    result.reserve(normal.size());
    for (const QChar c : std::as_const(normal)) {
        if ((keepLineEnds && (c == u'\n' || c == u'\t')) || !(c.category() == QChar::Other_Control)) {
            result.append(c);
        }
    }
    return result;
}

/// The addresses of one comma-separated, percent-encoded list.
AddressList addresses(QStringView encoded)
{
    return parseAddressList(cleaned(decoded(encoded), false));
}

QString withoutBrackets(QString id)
{
    id = id.trimmed();
    if (id.startsWith(u'<') && id.endsWith(u'>')) {
        id = id.mid(1, id.size() - 2);
    }
    return id;
}

} // namespace

bool MailtoUrl::isMailto(const QString &text)
{
    return text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

std::optional<MailtoUrl> MailtoUrl::parse(const QString &url, QString *error)
{
    auto refuse = [error](const QString &why) -> std::optional<MailtoUrl> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    if (!isMailto(url)) {
        return refuse(tr("This is not a mailto: link."));
    }
    if (url.size() > maxLength) {
        return refuse(tr("The mailto: link is longer than %1 characters.").arg(maxLength));
    }
    MailtoUrl result;
    const QStringView rest = QStringView(url).mid(7);
    const qsizetype question = rest.indexOf(u'?');
    result.to = addresses(question < 0 ? rest : rest.left(question));
    bool haveSubject = false;
    bool haveBody = false;
    if (question >= 0) {
        for (const QStringView field : rest.mid(question + 1).split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype equals = field.indexOf(u'=');
            const QString name = decoded(equals < 0 ? field : field.left(equals)).trimmed().toLower();
            const QStringView value = equals < 0 ? QStringView() : field.mid(equals + 1);
            if (name == QLatin1String("to")) {
                result.to += addresses(value);
            } else if (name == QLatin1String("cc")) {
                result.cc += addresses(value);
            } else if (name == QLatin1String("bcc")) {
                result.bcc += addresses(value);
            } else if (name == QLatin1String("subject") && !haveSubject) {
                haveSubject = true;
                result.subject = cleaned(decoded(value), false).left(maxSubjectLength);
            } else if (name == QLatin1String("body") && !haveBody) {
                haveBody = true;
                result.body = cleaned(decoded(value), true);
            } else if (name == QLatin1String("in-reply-to")) {
                result.inReplyTo = withoutBrackets(cleaned(decoded(value), false));
            }
            // Anything else (from, sender, attach, x-…) is ignored: see the class comment.
        }
    }
    if (result.to.size() + result.cc.size() + result.bcc.size() > maxRecipients) {
        return refuse(tr("The mailto: link names more than %1 recipients.").arg(maxRecipients));
    }
    return result;
}

} // namespace Letterbox::Mime
