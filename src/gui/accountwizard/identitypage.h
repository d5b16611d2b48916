#pragma once

#include <QWizardPage>

class QLineEdit;

namespace Letterbox::Gui {

/// The wizard's first page: the person's name, address and password.
class IdentityPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit IdentityPage(QWidget *parent = nullptr);

    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString email() const;
    [[nodiscard]] QString password() const;
    /// The part after the '@', or empty.
    [[nodiscard]] QString domain() const;

    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit *emailEdit() const { return m_email; }
    [[nodiscard]] QLineEdit *passwordEdit() const { return m_password; }

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
};

} // namespace Letterbox::Gui
