#pragma once

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

/**
 * @short The running mail lab, as tests/mailstack/start describes it in lab.env.
 *
 * CTest passes the file's path in LETTERBOX_LAB_ENV.
 */
struct LabEnvironment
{
    QString directory;
    QString host;
    QString domain;
    QString caFile;
    QHash<QString, QString> values;

    /// Reads $LETTERBOX_LAB_ENV; on failure returns nothing and sets @p error.
    static std::optional<LabEnvironment> load(QString *error);

    /// A port by its short name: imap, imaps, pop3, pop3s, submission, submissions, smtp.
    [[nodiscard]] quint16 port(const QString &name) const;
    [[nodiscard]] QString password(const QString &user) const;
    [[nodiscard]] QList<QSslCertificate> caCertificates() const;
};
