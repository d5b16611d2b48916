#pragma once

#include "mime/mimetypes.h"

#include <QLineEdit>

namespace Letterbox::Models {
class AddressCompletionModel;
}

namespace Letterbox::Gui {

class RecipientCompleter;

/**
 * @short One To, Cc, Bcc or Reply-To line of the composer: several recipients separated
 * by commas ("Ann <ann@x.org>, bob@y.org"), completed from the address index, and each
 * address that cannot be sent to marked before sending.
 *
 * An address is checked when the person leaves it (the line loses the focus, or a comma
 * ends it), not while it is being typed: a half-typed address is not an error yet. The
 * line then gets a red frame and a tooltip naming what is wrong; its accessible
 * description says it too.
 */
class RecipientEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit RecipientEdit(QWidget *parent = nullptr);

    /// Completion from @p model (shared by the composer's lines), or none.
    void setCompletionModel(Models::AddressCompletionModel *model);
    [[nodiscard]] RecipientCompleter *completer() const { return m_completer; }

    /// The recipients on the line (the invalid ones left out).
    [[nodiscard]] Mime::AddressList addresses() const;
    void setAddresses(const Mime::AddressList &addresses);
    /// The pieces of the line that are no address one can send to ("bob@", "ann").
    [[nodiscard]] QStringList invalidAddresses() const;
    /// Checks the line now and marks it (or clears the mark); true when all is well.
    bool validate();
    [[nodiscard]] bool isMarkedInvalid() const { return m_markedInvalid; }

    /// True for "local@domain.tld"-shaped addresses (RFC 5321 mailbox, loosely: one @,
    /// no spaces, a dot in the domain or a bracketed literal).
    [[nodiscard]] static bool isSendable(const QString &email);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    /// The line split at the commas outside quotes and angle brackets.
    [[nodiscard]] QStringList pieces() const;

    RecipientCompleter *m_completer = nullptr;
    bool m_markedInvalid = false;
};

} // namespace Letterbox::Gui
