#pragma once

#include "protocol/common/outgoingdata.h"
#include "protocol/imap/imaptypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Letterbox::Imap {

/// What the server allows the encoder to use (from CAPABILITY and ENABLE).
struct ImapEncoderOptions
{
    bool literalPlus = false; ///< LITERAL+ (RFC 7888): every literal non-synchronising
    bool literalMinus = false; ///< LITERAL- (RFC 7888): non-synchronising up to 4096 bytes
    bool utf8Accepted = false; ///< UTF8=ACCEPT enabled (RFC 6855): UTF-8 in quoted strings and names
    bool binary = false; ///< BINARY (RFC 3516): APPEND may send a literal8 with NUL bytes
    bool saslIr = false; ///< SASL-IR (RFC 4959): AUTHENTICATE carries the initial response
};

/**
 * @short One encoded command: the pieces to write, and where to wait for "+".
 *
 * A command with a synchronising literal ("{n}" CRLF) cannot be written in one go: after each
 * piece whose waitForContinuation is set, the session must wait for a continuation request
 * before writing the next piece, and give up the command if the tagged NO/BAD comes instead
 * (RFC 9051 section 7.5). With LITERAL+ every piece may be written at once.
 */
struct ImapCommand
{
    struct Piece
    {
        Protocol::OutgoingData data;
        bool waitForContinuation = false; ///< wait for "+" after writing this piece
    };

    QByteArray tag; ///< empty for what is not a tagged command (DONE, SASL responses)
    QByteArray name; ///< "UID FETCH", "LOGIN": for logs and the session's bookkeeping
    QList<Piece> pieces; ///< empty when the command was refused
    QString error; ///< why the command was refused (translated); empty when valid

    [[nodiscard]] bool isValid() const { return error.isEmpty() && !pieces.isEmpty(); }
    [[nodiscard]] bool needsContinuation() const;
    /// Every byte of every piece, for tests and for a session that may write it at once.
    [[nodiscard]] QByteArray bytes() const;
    /// As a transcript may show it: secrets masked, payloads abbreviated to their size.
    [[nodiscard]] QByteArray redacted() const;
};

/// A FETCH request (RFC 9051 6.4.5, RFC 7162 3.1.4 and 3.2.6).
struct ImapFetchRequest
{
    struct Section
    {
        QByteArray section; ///< "", "HEADER", "TEXT", "1.2", "1.2.MIME", "HEADER.FIELDS (DATE FROM)"
        bool peek = true; ///< BODY.PEEK: do not set \Seen
        bool binary = false; ///< BINARY[.PEEK] (RFC 3516): decoded content
        std::optional<std::pair<quint64, quint64>> partial; ///< <origin.length>
    };

    bool uid = true;
    bool flags = false;
    bool internalDate = false;
    bool size = false;
    bool envelope = false;
    bool bodyStructure = false;
    bool modSeq = false;
    QList<Section> sections;
    std::optional<quint64> changedSince; ///< CONDSTORE "(CHANGEDSINCE n)"
    bool vanished = false; ///< QRESYNC "VANISHED" (needs changedSince, UID FETCH)
};

/// QRESYNC parameters of SELECT/EXAMINE (RFC 7162 3.2.5).
struct ImapQresync
{
    quint32 uidValidity = 0;
    quint64 modSeq = 0;
    ImapSequenceSet knownUids; ///< may be empty
    /// Optional "(known-sequence-set known-uid-set)" pairing sequence numbers with UIDs.
    std::optional<std::pair<ImapSequenceSet, ImapSequenceSet>> sequenceMatch;
};

/// SELECT/EXAMINE options.
struct ImapSelectOptions
{
    bool condStore = false;
    std::optional<ImapQresync> qresync;
};

/// LIST return options (RFC 5258, RFC 6154, RFC 5819).
struct ImapListOptions
{
    bool specialUse = false; ///< RETURN (SPECIAL-USE)
    bool subscribed = false; ///< RETURN (SUBSCRIBED)
    bool children = false; ///< RETURN (CHILDREN)
    QList<QByteArray> statusItems; ///< RETURN (STATUS (MESSAGES UIDNEXT ...))
    bool selectSubscribed = false; ///< selection option (SUBSCRIBED)
    bool selectSpecialUse = false; ///< selection option (SPECIAL-USE)
};

/// One token of a SEARCH program: keys as atoms, arguments as atoms, strings or sets.
struct ImapSearchToken
{
    enum class Kind { Atom, String, Set, OpenParen, CloseParen };
    Kind kind = Kind::Atom;
    QByteArray text;
    ImapSequenceSet set;

    [[nodiscard]] static ImapSearchToken atom(const QByteArray &atom) { return {Kind::Atom, atom, {}}; }
    [[nodiscard]] static ImapSearchToken string(const QString &text) { return {Kind::String, text.toUtf8(), {}}; }
    [[nodiscard]] static ImapSearchToken sequence(const ImapSequenceSet &set) { return {Kind::Set, {}, set}; }
    [[nodiscard]] static ImapSearchToken open() { return {Kind::OpenParen, {}, {}}; }
    [[nodiscard]] static ImapSearchToken close() { return {Kind::CloseParen, {}, {}}; }
};

/// STORE modes (RFC 9051 6.4.6).
enum class ImapStoreMode { Add, Remove, Replace };

/**
 * @short Typed IMAP commands to bytes (RFC 9051 section 6 and the extensions Letterbox uses).
 *
 * The encoder owns the tag generator, so every command it returns has a fresh tag; a refused
 * command takes none. Strings are written the cheapest safe way: as an atom when they are one
 * (and the grammar allows an atom there), quoted when they hold only 7-bit text without CR, LF
 * or NUL (or UTF-8 under UTF8=ACCEPT), otherwise as a literal — non-synchronising "{n+}" with
 * LITERAL+ (or LITERAL- up to 4096 bytes), synchronising "{n}" otherwise, in which case the
 * command is cut into pieces that wait for "+". NUL can be sent in no string (only in an APPEND
 * literal8 under BINARY): such a command is refused. So are flags, fetch sections, search keys
 * and mechanism names that are not atoms, which makes CR/LF injection through them impossible.
 *
 * Secrets: LOGIN's password and every SASL response are marked in OutgoingData::secrets, so a
 * transcript shows "***". APPEND's message is a Payload piece.
 */
class ImapEncoder
{
    Q_DECLARE_TR_FUNCTIONS(ImapEncoder)

public:
    explicit ImapEncoder(ImapEncoderOptions options = {}, QByteArrayView tagPrefix = "A");

    void setOptions(const ImapEncoderOptions &options) { m_options = options; }
    [[nodiscard]] const ImapEncoderOptions &options() const { return m_options; }
    [[nodiscard]] ImapTagGenerator &tags() { return m_tags; }

    // Any state (RFC 9051 6.1)
    [[nodiscard]] ImapCommand capability();
    [[nodiscard]] ImapCommand noop();
    [[nodiscard]] ImapCommand logout();
    /// RFC 2971; an empty list sends "ID NIL".
    [[nodiscard]] ImapCommand id(const QList<std::pair<QByteArray, QByteArray>> &fields);

    // Not authenticated (RFC 9051 6.2)
    [[nodiscard]] ImapCommand startTls();
    [[nodiscard]] ImapCommand login(const QString &user, const QString &password);
    /**
     * AUTHENTICATE @p mechanism; with SASL-IR and an @p initialResponse the raw (not yet base64)
     * response goes on the command line ("=" when empty), masked as a secret (RFC 4959).
     */
    [[nodiscard]] ImapCommand authenticate(
        const QByteArray &mechanism, const std::optional<QByteArray> &initialResponse = std::nullopt);
    /// The answer to a "+" during AUTHENTICATE: @p response base64-encoded, as a secret.
    [[nodiscard]] static ImapCommand authenticateResponse(const QByteArray &response);
    /// "*": cancels an AUTHENTICATE exchange (RFC 9051 6.2.2).
    [[nodiscard]] static ImapCommand authenticateCancel();

    // Authenticated (RFC 9051 6.3)
    [[nodiscard]] ImapCommand enable(const QList<QByteArray> &capabilities);
    [[nodiscard]] ImapCommand compressDeflate(); ///< RFC 4978
    [[nodiscard]] ImapCommand namespaces(); ///< RFC 2342
    [[nodiscard]] ImapCommand select(const QString &mailbox, const ImapSelectOptions &options = {});
    [[nodiscard]] ImapCommand examine(const QString &mailbox, const ImapSelectOptions &options = {});
    [[nodiscard]] ImapCommand create(const QString &mailbox);
    [[nodiscard]] ImapCommand deleteMailbox(const QString &mailbox);
    [[nodiscard]] ImapCommand rename(const QString &from, const QString &to);
    [[nodiscard]] ImapCommand subscribe(const QString &mailbox);
    [[nodiscard]] ImapCommand unsubscribe(const QString &mailbox);
    [[nodiscard]] ImapCommand list(
        const QString &reference, const QString &pattern, const ImapListOptions &options = {});
    /// LSUB (RFC 3501 6.3.9): the subscriptions of a server without LIST-EXTENDED.
    [[nodiscard]] ImapCommand lsub(const QString &reference, const QString &pattern);
    /// STATUS mailbox (items...), e.g. MESSAGES UIDNEXT UIDVALIDITY UNSEEN HIGHESTMODSEQ.
    [[nodiscard]] ImapCommand status(const QString &mailbox, const QList<QByteArray> &items);
    /**
     * APPEND @p mailbox [(flags)] ["date"] literal (RFC 9051 6.3.12). The literal is
     * synchronising without LITERAL+, so the command piece waits for "+" before the payload.
     */
    [[nodiscard]] ImapCommand append(const QString &mailbox, const QList<QByteArray> &flags,
        const std::optional<QDateTime> &internalDate, const QByteArray &message);
    [[nodiscard]] ImapCommand idle(); ///< RFC 2177
    /// "DONE": ends IDLE; untagged.
    [[nodiscard]] static ImapCommand idleDone();

    // Selected (RFC 9051 6.4)
    [[nodiscard]] ImapCommand close();
    [[nodiscard]] ImapCommand unselect(); ///< RFC 3691
    [[nodiscard]] ImapCommand expunge();
    [[nodiscard]] ImapCommand uidExpunge(const ImapSequenceSet &uids); ///< RFC 4315
    [[nodiscard]] ImapCommand fetch(const ImapSequenceSet &set, const ImapFetchRequest &request, bool byUid = true);
    [[nodiscard]] ImapCommand uidFetch(const ImapSequenceSet &uids, const ImapFetchRequest &request)
    {
        return fetch(uids, request, true);
    }
    /// UID STORE set [(UNCHANGEDSINCE n)] +FLAGS[.SILENT] (flags) (RFC 9051 6.4.6, RFC 7162 3.1.3).
    [[nodiscard]] ImapCommand uidStore(const ImapSequenceSet &uids, ImapStoreMode mode, const QList<QByteArray> &flags,
        bool silent = true, std::optional<quint64> unchangedSince = std::nullopt);
    [[nodiscard]] ImapCommand uidCopy(const ImapSequenceSet &uids, const QString &mailbox);
    [[nodiscard]] ImapCommand uidMove(const ImapSequenceSet &uids, const QString &mailbox); ///< RFC 6851
    /**
     * UID SEARCH [RETURN (...)] [CHARSET UTF-8] program. CHARSET is added when a string is not
     * ASCII and UTF8=ACCEPT is off; @p returnOptions (MIN MAX COUNT ALL) ask for ESEARCH.
     */
    [[nodiscard]] ImapCommand uidSearch(
        const QList<ImapSearchToken> &program, const QList<QByteArray> &returnOptions = {});

private:
    class Builder;
    ImapCommand simple(const char *name, const QByteArray &arguments = {});
    ImapCommand selectOrExamine(const char *name, const QString &mailbox, const ImapSelectOptions &options);
    ImapCommand mailboxCommand(const char *name, const QString &mailbox);
    ImapCommand copyOrMove(const char *name, const ImapSequenceSet &uids, const QString &mailbox);

    ImapEncoderOptions m_options;
    ImapTagGenerator m_tags;
};

} // namespace Letterbox::Imap
