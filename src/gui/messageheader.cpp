#include "gui/messageheader.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Letterbox::Gui {

namespace {

void setRowVisible(QFormLayout *form, QLabel *field, bool visible)
{
    field->setVisible(visible);
    if (QWidget *label = form->labelForField(field)) {
        label->setVisible(visible);
    }
}

} // namespace

MessageHeader::MessageHeader(QWidget *parent)
    : QWidget(parent)
    , m_allHeaders(new QPlainTextEdit(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("messageHeader"));
    setAccessibleName(tr("Message headers"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_subject = addRow(tr("Subject:"), QStringLiteral("headerSubject"));
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_from = addRow(tr("From:"), QStringLiteral("headerFrom"));
    m_fromWarning = new QLabel(this);
    m_fromWarning->setObjectName(QStringLiteral("headerFromWarning"));
    m_fromWarning->setAccessibleName(tr("Sender warning"));
    m_fromWarning->setTextFormat(Qt::PlainText);
    m_fromWarning->setWordWrap(true);
    m_fromWarning->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_form->addRow(QString(), m_fromWarning);
    m_to = addRow(tr("To:"), QStringLiteral("headerTo"));
    m_cc = addRow(tr("Cc:"), QStringLiteral("headerCc"));
    m_date = addRow(tr("Date:"), QStringLiteral("headerDate"));

    m_allHeaders->setObjectName(QStringLiteral("allHeaders"));
    m_allHeaders->setAccessibleName(tr("All header fields"));
    m_allHeaders->setReadOnly(true);
    m_allHeaders->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_allHeaders->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_allHeaders->setMaximumHeight(160);
    m_allHeaders->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(m_form);
    layout->addWidget(m_allHeaders);
    clear();
}

QLabel *MessageHeader::addRow(const QString &label, const QString &objectName)
{
    auto *field = new QLabel(this);
    field->setObjectName(objectName);
    field->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setFocusPolicy(Qt::TabFocus);
    m_form->addRow(label, field);
    return field;
}

void MessageHeader::setContent(const Services::MessageContent &content)
{
    m_subject->setText(content.subject.isEmpty() ? tr("(no subject)") : content.subject);
    m_from->setText(content.from);
    m_fromWarning->setText(content.fromWarnings.join(QLatin1Char(' ')));
    setRowVisible(m_form, m_fromWarning, !content.fromWarnings.isEmpty());
    m_to->setText(content.to);
    setRowVisible(m_form, m_to, !content.to.isEmpty());
    m_cc->setText(content.cc);
    setRowVisible(m_form, m_cc, !content.cc.isEmpty());
    m_date->setText(formattedDate(content.date));
    setRowVisible(m_form, m_date, content.date.isValid());
    m_allHeaders->setPlainText(content.headerBlock);
}

void MessageHeader::clear()
{
    setContent({});
    m_subject->clear();
}

void MessageHeader::setAllHeadersVisible(bool visible)
{
    m_allHeaders->setVisible(visible);
}

QString MessageHeader::formattedDate(const QDateTime &date)
{
    return date.isValid() ? QLocale().toString(date.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace Letterbox::Gui
