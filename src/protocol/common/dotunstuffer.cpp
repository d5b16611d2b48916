#include "protocol/common/dotunstuffer.h"

#include <cstring>

namespace Letterbox::Protocol {

DotUnstuffer::DotUnstuffer(qsizetype maxSize)
    : m_maxSize(maxSize)
{ }

DotUnstuffer::Status DotUnstuffer::feed(QByteArrayView chunk)
{
    if (m_status != Status::NeedMoreData) {
        m_remainder.append(chunk.data(), chunk.size());
        return m_status;
    }
    const char *data = chunk.data();
    const qsizetype size = chunk.size();
    qsizetype i = 0;
    while (i < size) {
        switch (m_state) {
        case State::LineStart:
            if (data[i] == '.') {
                m_state = State::Dot;
                ++i;
                continue;
            }
            m_state = State::Middle;
            continue;
        case State::Middle: {
            // The common case: copy up to and including the next LF in one go.
            const void *lf = std::memchr(data + i, '\n', size_t(size - i));
            const qsizetype end = lf ? static_cast<const char *>(lf) - data + 1 : size;
            m_data.append(data + i, end - i);
            i = end;
            if (lf) {
                m_state = State::LineStart;
            }
            break;
        }
        case State::Dot:
            if (data[i] == '\r') {
                m_state = State::DotCr;
                ++i;
                continue;
            }
            if (data[i] == '\n') { // ".\n": a bare-LF server's terminator
                m_remainder = QByteArray(data + i + 1, size - i - 1);
                m_status = Status::Complete;
                return m_status;
            }
            if (data[i] != '.') {
                m_data.append('.'); // an unstuffed leading dot: keep it
            }
            m_state = State::Middle;
            if (data[i] == '.') {
                ++i; // the stuffed dot is dropped; the second one is content
                m_data.append('.');
            }
            continue;
        case State::DotCr:
            if (data[i] == '\n') {
                m_remainder = QByteArray(data + i + 1, size - i - 1);
                m_status = Status::Complete;
                return m_status;
            }
            m_data.append(".\r", 2); // "." CR not followed by LF: content after all
            m_state = State::Middle;
            continue;
        }
        if (m_data.size() > m_maxSize) {
            m_status = Status::TooLarge;
            m_remainder = QByteArray(data + i, size - i);
            return m_status;
        }
    }
    if (m_data.size() > m_maxSize) {
        m_status = Status::TooLarge;
    }
    return m_status;
}

QByteArray DotUnstuffer::takeData()
{
    QByteArray data;
    data.swap(m_data);
    return data;
}

void DotUnstuffer::reset()
{
    m_data.clear();
    m_remainder.clear();
    m_state = State::LineStart;
    m_status = Status::NeedMoreData;
}

} // namespace Letterbox::Protocol
