#pragma once

#include "services/reading/messagecontent.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace Letterbox::Gui {

/**
 * @short The header area: From (with the spoofing warning), To, Cc, Date, Subject, and
 * every header field on demand.
 *
 * Every label is plain text: a header is written by a stranger, and a QLabel would
 * otherwise guess rich text from a "<b>" in a subject.
 */
class MessageHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit MessageHeader(QWidget *parent = nullptr);

    void setContent(const Services::MessageContent &content);
    void clear();
    /// Shows or hides the full header block.
    void setAllHeadersVisible(bool visible);

    /// The Date row's text: local time, the person's locale.
    [[nodiscard]] static QString formattedDate(const QDateTime &date);

private:
    QLabel *addRow(const QString &label, const QString &objectName);

    QLabel *m_from = nullptr;
    QLabel *m_fromWarning = nullptr;
    QLabel *m_to = nullptr;
    QLabel *m_cc = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_subject = nullptr;
    QPlainTextEdit *m_allHeaders = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace Letterbox::Gui
