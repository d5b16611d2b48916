#include "accounts/oauth2tokens.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Letterbox::Accounts {

namespace {
constexpr int s_expiryMarginSeconds = 60;
} // namespace

bool OAuth2Tokens::isExpired(const QDateTime &now) const
{
    if (accessToken.isEmpty()) {
        return true;
    }
    return expiresAt.isValid() && now.secsTo(expiresAt) < s_expiryMarginSeconds;
}

QString OAuth2Tokens::toText() const
{
    QJsonObject object {
        {QStringLiteral("access_token"), accessToken},
        {QStringLiteral("refresh_token"), refreshToken},
    };
    if (expiresAt.isValid()) {
        object.insert(QStringLiteral("expires_at"), expiresAt.toSecsSinceEpoch());
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<OAuth2Tokens> OAuth2Tokens::fromText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    OAuth2Tokens tokens;
    tokens.accessToken = object.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    if (const QJsonValue expiry = object.value(QStringLiteral("expires_at")); expiry.isDouble()) {
        tokens.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(expiry.toDouble()), Qt::UTC);
    }
    if (tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty()) {
        return std::nullopt;
    }
    return tokens;
}

} // namespace Letterbox::Accounts
