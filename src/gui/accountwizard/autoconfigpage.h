#pragma once

#include "accounts/autoconfigproposal.h"
#include "services/autoconfig/autoconfigjob.h"
#include "services/autoconfig/autoconfigoptions.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Letterbox::Gui {

/**
 * @short The wizard's second page: autoconfiguration (Services::AutoconfigJob, the
 * five sources of issue 7) with its progress in words, "Looking up example.org's
 * settings…", and a way to skip it and type the servers in.
 *
 * When the job finds a proposal the wizard moves on to the review page by itself; when
 * it finds nothing the page says so and Next leads to the same page with guesses.
 */
class AutoconfigPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AutoconfigPage(QWidget *parent = nullptr);
    ~AutoconfigPage() override;

    /// The name server, CAs and limits the job uses (tests point them at a local lab).
    void setOptions(const Services::AutoconfigOptions &options) { m_options = options; }

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] bool isLookingUp() const { return m_job != nullptr; }
    /// What the last finished lookup proposed, if anything.
    [[nodiscard]] const std::optional<Accounts::AutoconfigProposal> &proposal() const { return m_proposal; }
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    /// The lookup ended (found, not found or skipped); proposal() says which.
    void lookupFinished();

private:
    void start(const QString &email);
    void onFinished();
    void skip();
    void stopJob();

    Services::AutoconfigOptions m_options;
    QPointer<Services::AutoconfigJob> m_job;
    std::optional<Accounts::AutoconfigProposal> m_proposal;
    QString m_email; ///< the address being looked up
    QLabel *m_status = nullptr;
    QLabel *m_detail = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_skip = nullptr;
};

} // namespace Letterbox::Gui
