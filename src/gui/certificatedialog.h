#pragma once

#include "services/account/certificaterefusal.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Letterbox::Gui {

/**
 * @short "This server's certificate is not trusted": what it is (subject, issuer,
 * SHA-256 fingerprint, validity), what is wrong with it in plain words, and the
 * person's decision — Accept Once, Always Accept for This Server (pinned for that host
 * and port), or Cancel, the default.
 *
 * A certificate that replaces a pinned one gets a loud red warning first: that is what
 * an interception looks like, and until the person decides the connection stays
 * refused (the pin no longer matches, so the connection layer refuses it by itself).
 */
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Decision { Cancel, AcceptOnce, AcceptAlways };

    explicit CertificateDialog(const Services::CertificateRefusal &refusal, QWidget *parent = nullptr);

    [[nodiscard]] Decision decision() const { return m_decision; }
    [[nodiscard]] const Services::CertificateRefusal &refusal() const { return m_refusal; }

    // For tests.
    [[nodiscard]] QPushButton *acceptOnceButton() const { return m_once; }
    [[nodiscard]] QPushButton *acceptAlwaysButton() const { return m_always; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    /// The loud warning of a changed pinned certificate; hidden otherwise.
    [[nodiscard]] QLabel *changedWarning() const { return m_changed; }
    /// Every shown fact as text (subject, issuer, fingerprint, validity, problems).
    [[nodiscard]] QString detailsText() const;

private:
    void decide(Decision decision);

    Services::CertificateRefusal m_refusal;
    Decision m_decision = Decision::Cancel;
    QLabel *m_changed = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_once = nullptr;
    QPushButton *m_always = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Letterbox::Gui
