// The composer's optional rich text: bold, italic, lists, links and quotes.
#include "gui/composer/composerwindow.h"
#include "gui/composer/richtextexport.h"
#include "gui/icons.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QUrl>

namespace Letterbox::Gui {

void ComposerWindow::buildFormatActions(QMenu *menu)
{
    m_richText = new QAction(tr("&Rich Text (HTML)"), this);
    m_richText->setObjectName(QStringLiteral("richTextAction"));
    m_richText->setCheckable(true);
    m_richText->setToolTip(tr("Bold, italic, lists, links and quotes; sent with a plain-text version"));
    connect(m_richText, &QAction::toggled, this, &ComposerWindow::setRichText);
    menu->addAction(m_richText);
    menu->addSeparator();

    m_formatBar = new QToolBar(tr("Formatting"), this);
    m_formatBar->setObjectName(QStringLiteral("formatToolBar"));
    auto action = [this, menu](const QString &name, const QString &text, const QKeySequence &shortcut) {
        QAction *made = makeWindowAction(this, name, text, QString(), {shortcut});
        made->setEnabled(false);
        menu->addAction(made);
        m_formatBar->addAction(made);
        connect(m_richText, &QAction::toggled, made, &QAction::setEnabled);
        return made;
    };
    connect(action(QStringLiteral("boldAction"), tr("&Bold"), QKeySequence::Bold), &QAction::triggered, this,
        &ComposerWindow::toggleBold);
    connect(action(QStringLiteral("italicAction"), tr("&Italic"), QKeySequence::Italic), &QAction::triggered, this,
        &ComposerWindow::toggleItalic);
    connect(action(QStringLiteral("bulletsAction"), tr("B&ulleted List"), {}), &QAction::triggered, this,
        [this] { toggleList(false); });
    connect(action(QStringLiteral("numbersAction"), tr("&Numbered List"), {}), &QAction::triggered, this,
        [this] { toggleList(true); });
    connect(action(QStringLiteral("linkAction"), tr("&Link…"), QKeySequence(Qt::CTRL | Qt::Key_K)), &QAction::triggered,
        this, &ComposerWindow::chooseLink);
    connect(action(QStringLiteral("quoteAction"), tr("&Quote"), {}), &QAction::triggered, this,
        &ComposerWindow::toggleQuote);
}

bool ComposerWindow::isRichText() const
{
    return m_richText && m_richText->isChecked();
}

void ComposerWindow::setRichText(bool rich)
{
    if (m_richText->isChecked() != rich) {
        m_richText->setChecked(rich); // comes back here through toggled()
        return;
    }
    m_body->setAcceptRichText(rich);
    m_formatBar->setVisible(rich);
    if (!rich) {
        // Back to plain text: the words stay, the formatting goes.
        const bool changed = m_changed;
        m_body->setPlainText(m_body->toPlainText());
        m_changed = changed;
    }
    markChanged();
}

void ComposerWindow::loadHtml(const QString &html)
{
    setRichText(true);
    m_body->setHtml(html);
    // QTextDocument reads <blockquote> as a paragraph with margins on both sides; make
    // those quotes again, so they go out as quotes.
    QTextCursor cursor(m_body->document());
    for (QTextBlock block = m_body->document()->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.leftMargin() >= 30 && format.rightMargin() >= 30) {
            QTextBlockFormat quote;
            quote.setProperty(RichTextExport::quoteProperty, true);
            quote.setLeftMargin(24);
            quote.setRightMargin(0);
            cursor.setPosition(block.position());
            cursor.mergeBlockFormat(quote);
        }
    }
}

void ComposerWindow::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(m_body->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    m_body->mergeCurrentCharFormat(format);
}

void ComposerWindow::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(!m_body->fontItalic());
    m_body->mergeCurrentCharFormat(format);
}

void ComposerWindow::toggleList(bool numbered)
{
    QTextCursor cursor = m_body->textCursor();
    const QTextListFormat::Style style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        // Off again for the selected paragraphs (or the current one); the rest stays a list.
        const QTextBlock first = m_body->document()->findBlock(cursor.selectionStart());
        const QTextBlock last = m_body->document()->findBlock(cursor.selectionEnd());
        cursor.beginEditBlock();
        for (QTextBlock block = first; block.isValid(); block = block.next()) {
            if (block.textList() == list) {
                list->remove(block);
                QTextCursor at(block);
                QTextBlockFormat format = block.blockFormat();
                format.setIndent(0);
                at.setBlockFormat(format);
            }
            if (block == last) {
                break;
            }
        }
        cursor.endEditBlock();
        return;
    }
    cursor.createList(style);
}

void ComposerWindow::toggleQuote()
{
    QTextCursor cursor = m_body->textCursor();
    const bool quoted = cursor.blockFormat().boolProperty(RichTextExport::quoteProperty);
    QTextBlockFormat format;
    format.setProperty(RichTextExport::quoteProperty, !quoted);
    format.setLeftMargin(quoted ? 0 : 24); // shown indented, sent as <blockquote>
    cursor.mergeBlockFormat(format);
}

void ComposerWindow::insertLink(const QString &text, const QString &url)
{
    const QString scheme = QUrl(url).scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto")) {
        m_prompter(ComposerQuestion::Problem, tr("A link must start with https://, http:// or mailto:."));
        return;
    }
    QTextCursor cursor = m_body->textCursor();
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(url);
    format.setForeground(palette().link());
    format.setFontUnderline(true);
    if (cursor.hasSelection()) {
        cursor.mergeCharFormat(format);
    } else {
        cursor.insertText(text.isEmpty() ? url : text, format);
        cursor.setCharFormat({}); // what follows is no longer the link
        m_body->setTextCursor(cursor);
    }
}

void ComposerWindow::chooseLink()
{
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Insert Link"), tr("Address (https://…):"), QLineEdit::Normal, QStringLiteral("https://"), &ok);
    if (ok && !url.trimmed().isEmpty()) {
        insertLink(m_body->textCursor().selectedText(), url.trimmed());
    }
}

} // namespace Letterbox::Gui
