#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QCompleter;
class QLineEdit;

namespace Letterbox::Models {
class AddressCompletionModel;
}

namespace Letterbox::Gui {

/**
 * @short Completion for a To/Cc/Bcc line holding several comma-separated addresses.
 *
 * Only the address being typed — the one around the cursor, between the commas that are
 * outside quotes and angle brackets — is looked up (AddressCompletionModel::setPrefix)
 * and, when a suggestion is taken, replaced by its header form (`"Smith, Bob"
 * <bob@x.org>`) followed by ", ", so the next one can be typed at once; the addresses
 * before and after it are left as they are. QLineEdit::setCompleter() would replace the
 * whole line, so the QCompleter here is attached with setWidget() and its activation is
 * handled here. Belongs to the line edit; the model is the caller's (one can serve the
 * To, Cc and Bcc lines of a composer).
 */
class RecipientCompleter final : public QObject
{
    Q_OBJECT

public:
    RecipientCompleter(Models::AddressCompletionModel *model, QLineEdit *edit);

    /// The popup's completer (for its popup() in tests, or its look).
    [[nodiscard]] QCompleter *completer() const { return m_completer; }

    /// Where the address around @p cursor of @p text starts and ends (spaces trimmed).
    struct Span
    {
        int start = 0;
        int length = 0;
        friend bool operator==(const Span &, const Span &) = default;
    };
    [[nodiscard]] static Span addressAt(const QString &text, int cursor);

public Q_SLOTS:
    /// Replaces the address at the cursor with @p recipient, then ", ".
    void insertCompletion(const QString &recipient);

private:
    void lookUp();

    QPointer<QLineEdit> m_edit;
    Models::AddressCompletionModel *m_model;
    QCompleter *m_completer;
};

} // namespace Letterbox::Gui
