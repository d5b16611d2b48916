#include "labenvironment.h"

#include <QFile>

std::optional<LabEnvironment> LabEnvironment::load(QString *error)
{
    const QString path = qEnvironmentVariable("LETTERBOX_LAB_ENV");
    if (path.isEmpty()) {
        *error = QStringLiteral("LETTERBOX_LAB_ENV is not set (run the test through CTest)");
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    LabEnvironment lab;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1Char('#')) || equals <= 0) {
            continue;
        }
        QString value = line.mid(equals + 1);
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) {
            value = value.mid(1, value.size() - 2);
        }
        lab.values.insert(line.left(equals), value);
    }
    lab.directory = lab.values.value(QStringLiteral("LETTERBOX_LAB_DIR"));
    lab.host = lab.values.value(QStringLiteral("LETTERBOX_LAB_HOST"), QStringLiteral("localhost"));
    lab.domain = lab.values.value(QStringLiteral("LETTERBOX_LAB_DOMAIN"));
    lab.caFile = lab.values.value(QStringLiteral("LETTERBOX_LAB_CA"));
    if (lab.caCertificates().isEmpty() || lab.domain.isEmpty()) {
        *error = QStringLiteral("%1 names no readable CA or no domain").arg(path);
        return std::nullopt;
    }
    return lab;
}

quint16 LabEnvironment::port(const QString &name) const
{
    return values.value(QStringLiteral("LETTERBOX_LAB_%1_PORT").arg(name.toUpper())).toUShort();
}

QString LabEnvironment::password(const QString &user) const
{
    return values.value(QStringLiteral("LETTERBOX_LAB_PASSWORD_") + user);
}

QList<QSslCertificate> LabEnvironment::caCertificates() const
{
    return QSslCertificate::fromPath(caFile, QSsl::Pem);
}
