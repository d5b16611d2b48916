#pragma once

// Messages shared by the reading tests (tst_messagecontentloader, tst_messageview).

#include <QByteArray>

namespace ReadingTesting {

/// @p text with LF line ends turned into the CRLF a cache holds.
inline QByteArray crlf(const QByteArray &text)
{
    QByteArray bytes = text;
    bytes.replace("\n", "\r\n");
    return bytes;
}

/// A multipart/related message whose HTML shows the image @p imageBytes as cid:logo@example.org.
inline QByteArray messageWithLogo(const QByteArray &imageBytes)
{
    QByteArray message = crlf("From: Alice <alice@example.org>\n"
                              "To: bob@example.org\n"
                              "Subject: Logo\n"
                              "MIME-Version: 1.0\n"
                              "Content-Type: multipart/related; boundary=\"r1\"\n"
                              "\n"
                              "--r1\n"
                              "Content-Type: text/html\n"
                              "\n"
                              "<p>Our logo: <img src=\"cid:logo@example.org\"></p>\n"
                              "--r1\n"
                              "Content-Type: image/png\n"
                              "Content-ID: <logo@example.org>\n"
                              "Content-Transfer-Encoding: base64\n"
                              "\n");
    message += imageBytes.toBase64();
    message += "\r\n--r1--\r\n";
    return message;
}

} // namespace ReadingTesting
