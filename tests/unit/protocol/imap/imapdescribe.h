#pragma once

// Test helper: a compact, stable text for an ImapResponse, so parser tests are tables of
// "wire bytes -> description" rows.

#include "protocol/imap/imapresponse.h"

#include <QByteArray>

namespace Letterbox::Imap::Testing {

inline QByteArray opt(const std::optional<QByteArray> &value)
{
    return value ? '"' + *value + '"' : QByteArray("NIL");
}

inline QByteArray optNumber(const std::optional<quint64> &value)
{
    return value ? QByteArray::number(*value) : QByteArray("-");
}

inline QByteArray describeAddresses(const QList<ImapAddress> &list)
{
    QByteArray out("[");
    for (const ImapAddress &a : list) {
        if (out.size() > 1) {
            out += ',';
        }
        if (a.kind == ImapAddress::Kind::GroupStart) {
            out += "group:" + opt(a.mailbox);
        } else if (a.kind == ImapAddress::Kind::GroupEnd) {
            out += "end";
        } else {
            out += opt(a.name) + '<' + a.emailAddress() + '>';
        }
    }
    return out + ']';
}

inline QByteArray describeEnvelope(const ImapEnvelope &e)
{
    return "env(" + opt(e.date) + ' ' + opt(e.subject) + " from=" + describeAddresses(e.from)
        + " sender=" + describeAddresses(e.sender) + " reply=" + describeAddresses(e.replyTo)
        + " to=" + describeAddresses(e.to) + " cc=" + describeAddresses(e.cc) + " bcc=" + describeAddresses(e.bcc)
        + " irt=" + opt(e.inReplyTo) + " mid=" + opt(e.messageId) + ')';
}

inline QByteArray describeBody(const ImapBodyPart &b)
{
    QByteArray out = b.type + '/' + b.subtype;
    for (const auto &[k, v] : b.parameters) {
        out += ';' + k + '=' + v;
    }
    if (!b.isMultipart()) {
        out += ' ' + b.encoding + ' ' + QByteArray::number(b.size);
    }
    if (b.lines) {
        out += " L" + QByteArray::number(*b.lines);
    }
    if (b.disposition) {
        out += " disp=" + *b.disposition;
        for (const auto &[k, v] : b.dispositionParameters) {
            out += ';' + k + '=' + v;
        }
    }
    if (!b.language.isEmpty()) {
        out += " lang=" + b.language.join(',');
    }
    if (b.envelope) {
        out += " " + describeEnvelope(*b.envelope);
    }
    if (!b.children.empty()) {
        out += " {";
        for (std::size_t i = 0; i < b.children.size(); ++i) {
            out += (i ? " | " : "") + describeBody(b.children[i]);
        }
        out += '}';
    }
    return out;
}

inline QByteArray describeCode(const ImapResponseCode &c)
{
    using K = ImapResponseCode::Kind;
    switch (c.kind) {
    case K::None:
        return {};
    case K::Capability:
    case K::PermanentFlags:
        return '[' + c.name + ' ' + c.list.join(',') + "] ";
    case K::UidValidity:
    case K::UidNext:
    case K::Unseen:
    case K::HighestModSeq:
        return '[' + c.name + '=' + QByteArray::number(c.number) + "] ";
    case K::AppendUid:
        return "[APPENDUID " + QByteArray::number(c.number) + ' ' + c.uids.toByteArray() + "] ";
    case K::CopyUid:
        return "[COPYUID " + QByteArray::number(c.number) + ' ' + c.sourceUids.toByteArray() + "->"
            + c.uids.toByteArray() + "] ";
    case K::Other:
        return "[other " + c.name + ':' + c.argument + "] ";
    default:
        return '[' + c.name + "] ";
    }
}

inline QByteArray describe(const ImapResponse &response)
{
    struct Visitor
    {
        QByteArray operator()(const ImapStatusResponse &r) const
        {
            static const char *names[] = {"OK", "NO", "BAD", "PREAUTH", "BYE"};
            return (r.isTagged() ? "tagged " + r.tag : QByteArray("untagged")) + ' ' + names[int(r.status)] + ' '
                + describeCode(r.code) + r.text;
        }
        QByteArray operator()(const ImapContinuationRequest &r) const { return "continue " + r.text; }
        QByteArray operator()(const ImapCapabilityResponse &r) const
        {
            return "capability " + r.capabilities.join(',');
        }
        QByteArray operator()(const ImapEnabledResponse &r) const { return "enabled " + r.capabilities.join(','); }
        QByteArray operator()(const ImapListResponse &r) const
        {
            static const char *uses[]
                = {"-", "all", "archive", "drafts", "flagged", "junk", "sent", "trash", "important"};
            QByteArray out = QByteArray(r.lsub ? "lsub " : "list ") + r.attributes.join(',')
                + " flags=" + QByteArray::number(r.flags, 16) + " use=" + uses[int(r.specialUse)]
                + " delim=" + (r.delimiter ? QByteArray(1, r.delimiter) : QByteArray("NIL")) + " wire=" + r.mailboxWire
                + " name=" + r.mailbox.toUtf8();
            for (const auto &[tag, value] : r.extendedData) {
                out += " ext:" + tag + '=' + value.toWire();
            }
            return out;
        }
        QByteArray operator()(const ImapStatusDataResponse &r) const
        {
            return "status " + r.mailbox.toUtf8() + " messages=" + optNumber(r.messages)
                + " recent=" + optNumber(r.recent) + " uidnext=" + optNumber(r.uidNext)
                + " uidvalidity=" + optNumber(r.uidValidity) + " unseen=" + optNumber(r.unseen)
                + " size=" + optNumber(r.size) + " modseq=" + optNumber(r.highestModSeq);
        }
        QByteArray operator()(const ImapExistsResponse &r) const { return "exists " + QByteArray::number(r.count); }
        QByteArray operator()(const ImapRecentResponse &r) const { return "recent " + QByteArray::number(r.count); }
        QByteArray operator()(const ImapExpungeResponse &r) const
        {
            return "expunge " + QByteArray::number(r.sequence);
        }
        QByteArray operator()(const ImapFlagsResponse &r) const { return "flags " + r.flags.join(','); }
        QByteArray operator()(const ImapSearchResponse &r) const
        {
            QByteArray out("search");
            for (quint32 n : r.numbers) {
                out += ' ' + QByteArray::number(n);
            }
            return out + " modseq=" + optNumber(r.modSeq);
        }
        QByteArray operator()(const ImapEsearchResponse &r) const
        {
            return "esearch tag=" + r.tag + " uid=" + QByteArray(r.uid ? "1" : "0")
                + " min=" + (r.min ? QByteArray::number(*r.min) : "-")
                + " max=" + (r.max ? QByteArray::number(*r.max) : "-") + " count=" + optNumber(r.count)
                + " all=" + (r.all ? r.all->toByteArray() : "-") + " modseq=" + optNumber(r.modSeq);
        }
        QByteArray operator()(const ImapVanishedResponse &r) const
        {
            return QByteArray(r.earlier ? "vanished earlier " : "vanished ") + r.uids.toByteArray();
        }
        QByteArray operator()(const ImapFetchResponse &r) const
        {
            QByteArray out = "fetch " + QByteArray::number(r.sequence);
            if (r.uid) {
                out += " uid=" + QByteArray::number(r.uid->value);
            }
            if (r.flags) {
                out += " flags=" + r.flags->join(',');
            }
            if (r.modSeq) {
                out += " modseq=" + QByteArray::number(*r.modSeq);
            }
            if (r.internalDate) {
                out += " date=" + r.internalDate->toString(Qt::ISODate).toLatin1();
            }
            if (r.size) {
                out += " size=" + QByteArray::number(*r.size);
            }
            if (r.envelope) {
                out += ' ' + describeEnvelope(*r.envelope);
            }
            if (r.bodyStructure) {
                out += " body=" + describeBody(*r.bodyStructure);
            }
            for (const ImapFetchSection &s : r.sections) {
                out += QByteArray(s.binary ? " binary[" : " body[") + s.section + ']';
                if (s.origin) {
                    out += '<' + QByteArray::number(*s.origin) + '>';
                }
                out += '=' + opt(s.data);
            }
            if (r.binarySize) {
                out += " binarysize=" + QByteArray::number(*r.binarySize);
            }
            for (const auto &[name, value] : r.otherItems) {
                out += " other:" + name + '=' + value.toWire();
            }
            return out;
        }
        QByteArray operator()(const ImapNamespaceResponse &r) const
        {
            auto list = [](const QList<ImapNamespace> &l) -> QByteArray {
                QByteArray out("[");
                for (const ImapNamespace &n : l) {
                    out += '"' + n.prefix + "\"" + (n.delimiter ? QByteArray(1, n.delimiter) : QByteArray("NIL"));
                }
                return out + ']';
            };
            return "namespace " + list(r.personal) + ' ' + list(r.otherUsers) + ' ' + list(r.shared);
        }
        QByteArray operator()(const ImapIdResponse &r) const
        {
            QByteArray out("id");
            for (const auto &[k, v] : r.fields) {
                out += ' ' + k + '=' + opt(v);
            }
            return out;
        }
        QByteArray operator()(const ImapUnhandledResponse &r) const { return "unhandled " + r.name; }
    };
    return std::visit(Visitor {}, response);
}

} // namespace Letterbox::Imap::Testing
