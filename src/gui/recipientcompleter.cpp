#include "gui/recipientcompleter.h"

#include "models/addresscompletionmodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>

namespace Letterbox::Gui {

RecipientCompleter::RecipientCompleter(Models::AddressCompletionModel *model, QLineEdit *edit)
    : QObject(edit)
    , m_edit(edit)
    , m_model(model)
    , m_completer(new QCompleter(model, this))
{
    m_completer->setWidget(edit);
    // The model has matched already (by name words and domains, which QCompleter's own
    // prefix filter cannot): show its rows as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(Qt::EditRole);
    m_completer->popup()->setObjectName(QStringLiteral("recipientCompletions"));
    connect(edit, &QLineEdit::textEdited, this, &RecipientCompleter::lookUp);
    connect(
        m_completer, qOverload<const QString &>(&QCompleter::activated), this, &RecipientCompleter::insertCompletion);
}

RecipientCompleter::Span RecipientCompleter::addressAt(const QString &text, int cursor)
{
    // Commas inside "quoted names" or <angle brackets> do not separate addresses.
    int start = 0;
    int end = int(text.size());
    bool quoted = false;
    int angle = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('<')) {
            ++angle;
        } else if (c == QLatin1Char('>') && angle > 0) {
            --angle;
        } else if ((c == QLatin1Char(',') || c == QLatin1Char(';')) && angle == 0) {
            if (i < cursor) {
                start = i + 1;
            } else {
                end = i;
                break;
            }
        }
    }
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    return {start, end - start};
}

void RecipientCompleter::lookUp()
{
    if (!m_edit) {
        return;
    }
    const QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    const Span span = addressAt(text, cursor);
    // What is typed so far: from the address's start to the cursor.
    const QString typed = text.mid(span.start, std::max(0, cursor - span.start)).trimmed();
    if (typed.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_model->setPrefix(typed);
    if (m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void RecipientCompleter::insertCompletion(const QString &recipient)
{
    if (!m_edit || recipient.isEmpty()) {
        return;
    }
    const QString text = m_edit->text();
    const Span span = addressAt(text, m_edit->cursorPosition());
    QString rest = text.mid(span.start + span.length);
    // The separator after the replaced address is the one inserted here.
    if (rest.startsWith(QLatin1Char(',')) || rest.startsWith(QLatin1Char(';'))) {
        rest = rest.mid(1).trimmed();
    }
    QString before = text.left(span.start);
    if (!before.isEmpty() && !before.endsWith(QLatin1Char(' '))) {
        before += QLatin1Char(' ');
    }
    const QString inserted = before + recipient + QLatin1String(", ");
    m_edit->setText(inserted + rest);
    m_edit->setCursorPosition(int(inserted.size()));
}

} // namespace Letterbox::Gui
