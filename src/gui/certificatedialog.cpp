#include "gui/certificatedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Letterbox::Gui {

namespace {

QLabel *selectable(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString validity(const Services::CertificateSummary &certificate)
{
    const QLocale locale;
    return CertificateDialog::tr("from %1 to %2")
        .arg(locale.toString(certificate.notBefore.toLocalTime(), QLocale::LongFormat),
            locale.toString(certificate.notAfter.toLocalTime(), QLocale::LongFormat));
}

// 32 bytes as "AB:CD:…", for a pin the refusal carried.
QString formatted(const QByteArray &sha256)
{
    QStringList pairs;
    for (const char byte : sha256) {
        pairs.append(QStringLiteral("%1").arg(uchar(byte), 2, 16, QLatin1Char('0')).toUpper());
    }
    return pairs.join(QLatin1Char(':'));
}

} // namespace

CertificateDialog::CertificateDialog(const Services::CertificateRefusal &refusal, QWidget *parent)
    : QDialog(parent)
    , m_refusal(refusal)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Untrusted Certificate"));
    auto *layout = new QVBoxLayout(this);
    const QString server = QStringLiteral("%1:%2").arg(refusal.host).arg(refusal.port);
    const QString role
        = refusal.server == Services::AccountServer::Incoming ? tr("incoming server") : tr("outgoing server");

    m_changed = new QLabel(this);
    m_changed->setObjectName(QStringLiteral("certificateChanged"));
    m_changed->setWordWrap(true);
    m_changed->setStyleSheet(QStringLiteral(
        "QLabel { background: #b00020; color: white; font-weight: bold; padding: 8px; border-radius: 3px; }"));
    m_changed->setText(tr("WARNING: the certificate of %1 has CHANGED since you accepted it. Someone may be "
                          "intercepting your connection. Nothing has been sent, and Letterbox will not connect "
                          "until you decide. Only accept it if the server's administrator told you the certificate "
                          "was replaced.\nAccepted before: %2")
                           .arg(server, formatted(refusal.pinnedSha256)));
    m_changed->setVisible(refusal.pinChanged());
    layout->addWidget(m_changed);

    auto *intro = new QLabel(tr("Account %1: the %2 %3 showed a certificate this computer does not trust, so "
                                "Letterbox stopped before sending anything.")
                                 .arg(refusal.account, role, server),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const Services::CertificateSummary &certificate = refusal.certificate;
    auto *form = new QFormLayout;
    form->addRow(tr("Issued to:"), selectable(certificate.subject, this));
    form->addRow(tr("Issued by:"), selectable(certificate.issuer, this));
    auto *fingerprint = selectable(certificate.fingerprint, this);
    fingerprint->setObjectName(QStringLiteral("certificateFingerprint"));
    QFont mono = fingerprint->font();
    mono.setFamily(QStringLiteral("monospace"));
    fingerprint->setFont(mono);
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);
    form->addRow(tr("Valid:"), selectable(validity(certificate), this));
    const QStringList problems = certificate.plainErrors.isEmpty() ? certificate.errors : certificate.plainErrors;
    auto *problemLabel = selectable(QStringLiteral("• ") + problems.join(QStringLiteral("\n• ")), this);
    problemLabel->setObjectName(QStringLiteral("certificateProblems"));
    form->addRow(tr("What is wrong:"), problemLabel);
    layout->addLayout(form);

    auto *advice = new QLabel(tr("Compare the fingerprint with the one your provider publishes. If they match, "
                                 "you can trust this certificate for this server only."),
        this);
    advice->setWordWrap(true);
    layout->addWidget(advice);

    auto *buttons = new QDialogButtonBox(this);
    m_once = buttons->addButton(tr("Accept &Once"), QDialogButtonBox::AcceptRole);
    m_once->setObjectName(QStringLiteral("acceptOnce"));
    m_always = buttons->addButton(tr("&Always Accept for This Server"), QDialogButtonBox::AcceptRole);
    m_always->setObjectName(QStringLiteral("acceptAlways"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelCertificate"));
    // Cancel is the safe answer to Enter, above all when the certificate changed.
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    layout->addWidget(buttons);
    connect(m_once, &QPushButton::clicked, this, [this] { decide(Decision::AcceptOnce); });
    connect(m_always, &QPushButton::clicked, this, [this] { decide(Decision::AcceptAlways); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { decide(Decision::Cancel); });

    QStringList lines;
    lines << tr("Server: %1").arg(server) << tr("Issued to: %1").arg(certificate.subject)
          << tr("Issued by: %1").arg(certificate.issuer) << tr("SHA-256 fingerprint: %1").arg(certificate.fingerprint)
          << tr("Valid %1").arg(validity(certificate));
    for (const QString &problem : problems) {
        lines << tr("Problem: %1").arg(problem);
    }
    m_details = new QLabel(lines.join(QLatin1Char('\n')), this);
    m_details->hide(); // the text the tests and the clipboard read
}

QString CertificateDialog::detailsText() const
{
    return m_details->text();
}

void CertificateDialog::decide(Decision decision)
{
    m_decision = decision;
    if (decision == Decision::Cancel) {
        reject();
    } else {
        accept();
    }
}

} // namespace Letterbox::Gui
