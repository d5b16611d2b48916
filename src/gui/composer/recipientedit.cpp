#include "gui/composer/recipientedit.h"

#include "gui/recipientcompleter.h"
#include "mime/headerdecoding.h"
#include "models/addresscompletionmodel.h"

#include <QLocale>
#include <QRegularExpression>

namespace Letterbox::Gui {

RecipientEdit::RecipientEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(false);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        // A comma (or a completion) closes an address: check what is finished now.
        if (m_markedInvalid || text.endsWith(QLatin1String(", ")) || text.endsWith(u',')) {
            validate();
        }
    });
}

void RecipientEdit::setCompletionModel(Models::AddressCompletionModel *model)
{
    delete m_completer;
    m_completer = model ? new RecipientCompleter(model, this) : nullptr;
}

QStringList RecipientEdit::pieces() const
{
    // Commas (or semicolons) separate recipients, except inside "quoted names" or <angle
    // brackets>: the rule RecipientCompleter::addressAt follows too.
    QStringList result;
    const QString line = text();
    QString piece;
    bool quoted = false;
    int angle = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'\\' && i + 1 < line.size()) {
                piece += c;
                piece += line.at(++i);
                continue;
            }
            quoted = c != u'"';
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'<') {
            ++angle;
        } else if (c == u'>' && angle > 0) {
            --angle;
        } else if ((c == u',' || c == u';') && angle == 0) {
            if (!piece.trimmed().isEmpty()) {
                result.append(piece.trimmed());
            }
            piece.clear();
            continue;
        }
        piece += c;
    }
    if (!piece.trimmed().isEmpty()) {
        result.append(piece.trimmed());
    }
    return result;
}

bool RecipientEdit::isSendable(const QString &email)
{
    static const QRegularExpression s_mailbox(
        QStringLiteral(R"(^[^\s@<>(),;:"]+@([^\s@<>(),;:"]+\.[^\s@<>(),;:".]+|\[[^\]\s]+\])$)"));
    return s_mailbox.match(email).hasMatch();
}

Mime::AddressList RecipientEdit::addresses() const
{
    Mime::AddressList result;
    for (const QString &piece : pieces()) {
        for (const Mime::Address &address : Mime::parseAddressList(piece)) {
            if (isSendable(address.email)) {
                result.append(address);
            }
        }
    }
    return result;
}

void RecipientEdit::setAddresses(const Mime::AddressList &addresses)
{
    QStringList shown;
    for (const Mime::Address &address : addresses) {
        shown.append(Models::AddressCompletionModel::headerForm(address.name, address.email));
    }
    setText(shown.join(QLatin1String(", ")));
    validate();
}

QStringList RecipientEdit::invalidAddresses() const
{
    QStringList invalid;
    for (const QString &piece : pieces()) {
        const Mime::AddressList parsed = Mime::parseAddressList(piece);
        if (parsed.isEmpty() || std::any_of(parsed.cbegin(), parsed.cend(), [](const Mime::Address &address) {
                return !isSendable(address.email);
            })) {
            invalid.append(piece);
        }
    }
    return invalid;
}

bool RecipientEdit::validate()
{
    const QStringList invalid = invalidAddresses();
    m_markedInvalid = !invalid.isEmpty();
    if (m_markedInvalid) {
        const QString sentence = tr("Not an email address: %1").arg(QLocale().createSeparatedList(invalid));
        setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c0392b; }"));
        setToolTip(sentence);
        setAccessibleDescription(sentence);
    } else {
        setStyleSheet({});
        setToolTip({});
        setAccessibleDescription({});
    }
    return !m_markedInvalid;
}

void RecipientEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    validate();
}

} // namespace Letterbox::Gui
