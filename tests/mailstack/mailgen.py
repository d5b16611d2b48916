#!/usr/bin/env python3
"""Letterbox sample-mail generator for the local Dovecot lab.

Writes RFC 5322 messages straight into a Maildir (LF line endings, as Maildir
stores them; Dovecot converts to CRLF on the wire):

  mailgen.py --maildir DIR --kind demo|bulk [--count N] --seed S \
             --user NAME --domain DOMAIN [--folder NAME]

--kind demo  a varied, realistic mailbox for newcomers, the demo and the
             integration tests (default 60 messages; without --folder it also
             fills .Archive and .Sent).
--kind bulk  N cheap messages with a real-mailbox-like size distribution for
             benchmarks (10,000 / 100,000).

Content is deterministic for a given seed (random.Random(seed)); only the
Maildir file names (time/pid/host parts) differ from run to run.  Files land
in cur/ via tmp/ + rename, their mtime/atime are set to the message Date
(Dovecot's INTERNALDATE).  Python 3.11 standard library only, no network.
"""

import argparse
import base64
import binascii
import datetime as dt
import os
import random
import re
import socket
import struct
import sys
import textwrap
import time
import urllib.parse
import zlib
from email.utils import format_datetime

REF = dt.datetime(2026, 11, 15, 12, 0, 0, tzinfo=dt.timezone.utc)
REF_TS = REF.timestamp()
DAY = 86400.0
SPAN_DAYS = 730
MSGID_DOMAIN = "mailgen.letterbox.test"


def tz(hours, minutes=0):
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


UTC = dt.timezone.utc


# --------------------------------------------------------------------------
# Maildir writing
# --------------------------------------------------------------------------

def mutf7(name):
    """IMAP modified UTF-7 (RFC 3501 5.1.3), as Dovecot names Maildir++ folders."""
    out, buf = [], []

    def flush():
        if buf:
            b64 = base64.b64encode("".join(buf).encode("utf-16-be")).rstrip(b"=")
            out.append("&" + b64.replace(b"/", b",").decode("ascii") + "-")
            buf.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            buf.append(ch)
    flush()
    return "".join(out)


def folder_dirname(folder):
    """'Projects/Letterbox' -> '.Projects.Letterbox' (Maildir++), None for INBOX."""
    if folder is None or folder.upper() == "INBOX":
        return None
    parts = folder.split("/")
    for p in parts:
        if not p or p in (".", "..") or "." in p or any(ord(c) < 0x20 or ord(c) == 0x7F for c in p):
            raise ValueError(f"invalid folder name {folder!r} (use '/' between levels, no '.' in names)")
    return "." + ".".join(mutf7(p) for p in parts)


_Q = 0


class Maildir:
    def __init__(self, root, folder=None):
        self.root = os.path.abspath(root)
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(self.root, sub), exist_ok=True)
        path = self.root
        sub = folder_dirname(folder)
        if sub:
            path = os.path.join(self.root, sub)
            for s in ("cur", "new", "tmp"):
                os.makedirs(os.path.join(path, s), exist_ok=True)
            marker = os.path.join(path, "maildirfolder")
            if not os.path.exists(marker):
                open(marker, "wb").close()
        self.path = path
        self.tmp = os.path.join(path, "tmp") + os.sep
        self.cur = os.path.join(path, "cur") + os.sep
        host = socket.gethostname() or "localhost"
        self.host = host.replace("/", "\\057").replace(":", "\\072").replace(",", "\\054")
        self.pid = os.getpid()
        self.count = 0
        self.bytes = 0

    def add(self, data, flags, ts):
        """Write one message (bytes, LF endings) with Maildir flags and mtime=ts."""
        global _Q
        _Q += 1
        size = len(data)
        wsize = size + data.count(b"\n")
        micro = time.time_ns() // 1000 % 1000000
        base = f"{int(ts)}.M{micro}P{self.pid}Q{_Q}.{self.host},S={size},W={wsize}"
        tmp = self.tmp + base
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            view = memoryview(data)
            while view:
                n = os.write(fd, view)
                view = view[n:]
        finally:
            os.close(fd)
        os.utime(tmp, (ts, ts))
        os.rename(tmp, self.cur + base + ":2," + "".join(sorted(set(flags))))
        self.count += 1
        self.bytes += size


# --------------------------------------------------------------------------
# Header helpers (RFC 5322 / RFC 2047 / RFC 2231)
# --------------------------------------------------------------------------

Q_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(data):
    return "".join("_" if c == 0x20 else chr(c) if c in Q_SAFE else "=%02X" % c for c in data)


def _ew(text, charset, enc):
    data = text.encode(charset)
    if enc == "B":
        return f"=?{charset}?B?{base64.b64encode(data).decode('ascii')}?="
    return f"=?{charset}?Q?{_q(data)}?="


def encoded_words(text, charset="utf-8", enc="B", first_max=75):
    """Split text into RFC 2047 encoded words (each <= 75 chars, whole characters)."""
    words, cur, limit = [], "", min(75, first_max)
    for ch in text:
        if cur and len(_ew(cur + ch, charset, enc)) > limit:
            words.append(_ew(cur, charset, enc))
            cur, limit = "", 75
        cur += ch
    if cur:
        words.append(_ew(cur, charset, enc))
    return words


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def fold_ascii(text, used):
    """Fold an unstructured ASCII header value at spaces to ~78 columns."""
    if used + len(text) <= 78:
        return text
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and used + len(cur) + 1 + len(w) > 78:
            lines.append(cur)
            cur, used = w, 1
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def htext(text, charset="utf-8", enc="B", name="Subject", prefix=""):
    """Unstructured header value (Subject): plain if ASCII, else encoded words.

    prefix (e.g. 'Re: ', 'Fwd: ') stays plain in front of the encoded words."""
    used = len(name) + 2 + len(prefix)
    if is_ascii(text):
        return fold_ascii(prefix + text, len(name) + 2)
    return prefix + "\n ".join(encoded_words(text, charset, enc, 78 - used))


SPECIALS = set('()<>[]:;@\\,."')


def phrase(name, charset="utf-8", enc="Q"):
    if is_ascii(name):
        if any(c in SPECIALS for c in name):
            return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return name
    return " ".join(encoded_words(name, charset, enc))


def addr_list(items, name):
    """Join formatted addresses, folding after commas when the line gets long."""
    one = ", ".join(items)
    if len(name) + 2 + len(one) <= 78 and "\n" not in one:
        return one
    return ",\n ".join(items)


def refs_header(ids):
    return "\n ".join(ids)


def fmt_date(ts, zone):
    return format_datetime(dt.datetime.fromtimestamp(ts, zone))


_DOW = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt_short(ts, zone):
    d = dt.datetime.fromtimestamp(ts, zone)
    return f"{_DOW[d.weekday()]}, {d.day} {_MON[d.month - 1]} {d.year} at {d.hour:02d}:{d.minute:02d}"


def rfc2231(param, value, charset="utf-8", lang=""):
    """name*=utf-8''... or, when long, name*0*=...; name*1*=... continuations."""
    enc = urllib.parse.quote(value.encode(charset), safe="")
    head = f"{charset}'{lang}'"
    if len(param) + 3 + len(head) + len(enc) <= 76:
        return [f"{param}*={head}{enc}"]
    # split on character boundaries, so every segment decodes on its own
    chunks, cur, limit = [], "", 60 - len(head)
    for ch in value:
        e = urllib.parse.quote(ch.encode(charset), safe="")
        if cur and len(cur) + len(e) > limit:
            chunks.append(cur)
            cur, limit = "", 60
        cur += e
    chunks.append(cur)
    return [f"{param}*{k}*={head if k == 0 else ''}{c}" for k, c in enumerate(chunks)]


def params_header(value, params):
    """'attachment', ['filename="x"', ...] -> folded 'attachment;\n filename="x"'."""
    line = "; ".join([value] + params)
    if len(line) <= 60:
        return line
    return ";\n ".join([value] + params)


# --------------------------------------------------------------------------
# MIME building (parts are (headers, body-bytes); bodies end in '\n')
# --------------------------------------------------------------------------

def encode_body(data, cte):
    if not data.endswith(b"\n"):
        data += b"\n"
    if cte == "quoted-printable":
        out = binascii.b2a_qp(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def text_part(text, charset="utf-8", cte=None, subtype="plain", flowed=False, extra=(), ctparams=()):
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
    params = [f"charset={charset}"] + (["format=flowed"] if flowed else []) + list(ctparams)
    hdrs = [("Content-Type", params_header(f"text/{subtype}", params)),
            ("Content-Transfer-Encoding", cte)] + list(extra)
    return hdrs, encode_body(data, cte)


def binary_part(data, ctype, filename=None, disposition="attachment", style="plain",
                cid=None, description=None):
    """style: 'plain' (filename="x"), 'rfc2231' (filename*=utf-8''...), 'rfc2047'
    (name="=?utf-8?B?...?=", as many mailers still do)."""
    ct_params, cd_params = [], []
    if filename:
        if style == "rfc2231":
            ct_params = rfc2231("name", filename)
            cd_params = rfc2231("filename", filename)
        elif style == "rfc2047":
            w = " ".join(encoded_words(filename, "utf-8", "B"))
            ct_params = [f'name="{w}"']
            cd_params = [f'filename="{w}"']
        else:
            ct_params = [f'name="{filename}"']
            cd_params = [f'filename="{filename}"']
    hdrs = [("Content-Type", params_header(ctype, ct_params)),
            ("Content-Transfer-Encoding", "base64")]
    if cid:
        hdrs.append(("Content-ID", f"<{cid}>"))
    if description:
        hdrs.append(("Content-Description", description))
    if disposition:
        cd_params.append(f"size={len(data)}")
        hdrs.append(("Content-Disposition", params_header(disposition, cd_params)))
    return hdrs, base64.encodebytes(data)


def render_part(part):
    hdrs, body = part
    head = "".join(f"{k}: {v}\n" for k, v in hdrs)
    return head.encode("ascii") + b"\n" + body


def multipart(subtype, parts, rng, params=(), preamble=True):
    boundary = f"=_lb{rng.getrandbits(64):016x}"
    out = [b"This is a multi-part message in MIME format.\n"] if preamble else []
    for p in parts:
        out += [b"--" + boundary.encode() + b"\n", render_part(p), b"\n"]
    out.append(b"--" + boundary.encode() + b"--\n")
    ct = params_header(f"multipart/{subtype}", list(params) + [f'boundary="{boundary}"'])
    return [("Content-Type", ct)], b"".join(out)


def rfc822_part(msg_bytes, filename=None):
    hdrs = [("Content-Type", "message/rfc822"),
            ("Content-Transfer-Encoding", "8bit" if any(b > 127 for b in msg_bytes) else "7bit")]
    if filename:
        hdrs.append(("Content-Disposition", params_header("inline", rfc2231("filename", filename)
                                                          if not is_ascii(filename)
                                                          else [f'filename="{filename}"'])))
    else:
        hdrs.append(("Content-Disposition", "inline"))
    return hdrs, msg_bytes if msg_bytes.endswith(b"\n") else msg_bytes + b"\n"


# --------------------------------------------------------------------------
# Small valid binary files: PNG (zlib+struct) and PDF
# --------------------------------------------------------------------------

def _png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_from_rows(w, h, rows):
    raw = b"".join(b"\x00" + r for r in rows)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _png_chunk(b"IDAT", zlib.compress(raw, 9)) + _png_chunk(b"IEND", b""))


def logo_png(size=48):
    """A small envelope icon: blue background, white envelope with a flap."""
    rows = []
    x0, x1, y0, y1 = size // 8, size - size // 8 - 1, size // 4, size - size // 4 - 1
    for y in range(size):
        row = bytearray()
        for x in range(size):
            c = (40, 96 + y * 2, 200)
            if x0 <= x <= x1 and y0 <= y <= y1:
                c = (250, 250, 250)
                # the flap: two diagonals from the top corners to the middle
                mid = (x0 + x1) / 2
                ymid = y0 + (y1 - y0) * 0.6
                yd = y0 + (ymid - y0) * (1 - abs(x - mid) / (mid - x0))
                if abs(y - yd) < 1.0 or x in (x0, x1) or y in (y0, y1):
                    c = (30, 60, 140)
            row += bytes(c)
        rows.append(bytes(row))
    return png_from_rows(size, size, rows)


def chart_png(values, w=120, h=80):
    """A bar chart (valid PNG) for the report attachment."""
    rows = []
    n = len(values)
    bw = w // n
    top = max(values)
    for y in range(h):
        row = bytearray()
        for x in range(w):
            i = min(x // bw, n - 1)
            bar_h = int(values[i] / top * (h - 8))
            inside = (h - 1 - y) < bar_h and (x % bw) not in (0, 1)
            row += bytes((70, 130, 180) if inside else (255, 255, 255))
        rows.append(bytes(row))
    return png_from_rows(w, h, rows)


def photo_png(rng, w, h, warm):
    """A 'photo': smooth gradient plus low-amplitude noise (compresses like a photo)."""
    base = bytearray()
    for x in range(w):
        f = x / (w - 1)
        if warm:
            base += bytes((int(200 + 50 * f), int(120 + 60 * f), int(60 + 40 * (1 - f))))
        else:
            base += bytes((int(60 + 40 * f), int(110 + 70 * f), int(190 + 60 * (1 - f))))
    base = bytes(base)
    mask = bytes(b & 0x1F for b in range(256))
    noise = rng.randbytes(w * h * 3).translate(mask)
    rows = []
    n = w * 3
    for y in range(h):
        k = 1.0 - 0.45 * y / (h - 1)
        table = bytes(min(255, int(v * k)) for v in range(256))
        row = base.translate(table)
        nz = noise[y * n:(y + 1) * n]
        rows.append((int.from_bytes(row, "big") ^ int.from_bytes(nz, "big")).to_bytes(n, "big"))
    return png_from_rows(w, h, rows)


def make_pdf(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = [f"BT /F1 20 Tf 72 730 Td ({esc(title)}) Tj ET"]
    y = 700
    for ln in lines:
        ops.append(f"BT /F1 12 Tf 72 {y} Td ({esc(ln)}) Tj ET")
        y -= 18
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(title).encode("latin-1") + b") /Producer (Letterbox mailgen) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# --------------------------------------------------------------------------
# Plain-text documents with quoting (format=flowed or traditional)
# --------------------------------------------------------------------------
# A doc is a list of (depth, text, soft, is_sig).  Source text: one source line
# per paragraph; lines longer than 72 columns are wrapped (soft breaks), short
# lines are kept as they are (lists, code, greetings).

def doc(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(" "):
            out.append((0, line, False, False))
        else:
            parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
            for i, p in enumerate(parts):
                out.append((0, p, i < len(parts) - 1, False))
    return out


def sig(*lines):
    return [(0, "-- ", False, True)] + [(0, ln, False, True) for ln in lines]


def quoted(d):
    return [(depth + 1, t, s, False) for depth, t, s, is_sig in d if not is_sig]


def render_doc(d, flowed):
    out = []
    for depth, text, soft, _ in d:
        if flowed:
            if depth:
                pre = ">" * depth + (" " if (text or soft) else "")
            else:
                pre = " " if text.startswith((" ", ">", "From ")) else ""
            out.append(pre + text + (" " if soft else ""))
        else:
            line = "> " * depth + text
            out.append(line.rstrip() if not text.strip() else line)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Word material (shared by demo fillers and bulk)
# --------------------------------------------------------------------------

VOCAB = """the of and to in is that for it as was with be by on not he this are or his from at which
but have an they you were her she there been one all we their has would when if so no will what can
said about up out them into who more only some could time these two may first then do any like my now
over such our man me even most made after also did many before must through back years where much your
way well down should because each just those people how too little state good very make world still own
see men work long get here between both life being under never day same another know while last might us
great old year off come since against go came right used take three states himself few house use during
without again place around however home small found thought went say part once general high upon school
every does got united left number course war until always away something fact though water less public put
think almost hand enough far took head yet government system better set told nothing night end why called
didn't eyes find going look asked later knew point next city business give group toward young days let room
president side social given present several order national possible rather second face per among form
important often things looking early white case john become large big need four within felt along children
saw best church ever least power development light thing seemed family interest want members mind country
area others done turned although open god service problem certain kind different thus began door help
sense means whole matter perhaps itself york times law human line above name example action company hands
local show whether five history gave today either act feet across taken past quite anything seen having
death week experience body word half really field am car words already themselves information tell
together college shall money period held keep sure free seems real behind cannot miss political air
question making office brought whose special major heard problems federal became study ago moment
available known result street economic boy position reason change south board individual job society
areas west close turn love community true court force full seem am front program release review build
server client folder message thread inbox draft patch branch merge cache index search filter sync account
calendar meeting agenda schedule budget invoice report update feature bug fix test benchmark deploy""".split()

FIRST = ("Anna Ben Chloe David Emma Felix Greta Hugo Ines Jonas Kira Leo Mia Noah Olivia Paul Quinn Rosa Sam "
         "Tara Umar Vera Will Xenia Yusuf Zoe Lena Max Nina Omar Pia Raj Sara Tom Uma Vik Wendy Aaron "
         "Bianca Carlos Dana Eli Fatima Gil Hana Ivan Julia Karl Lara Mateo").split()
LAST = ("Smith Jones Novak Weber Rossi Garcia Kim Patel Olsen Dubois Silva Tanaka Nowak Schmidt Brown "
        "Costa Jensen Ivanova Khan Moreau Fischer Horvat Lindqvist Oliveira Park Sato Meyer Becker Ward "
        "Price Hughes Murphy Kelly Reyes Santos Varga Wolf Young Zimmer").split()
NONASCII_NAMES = ["Jürgen Groß", "Zoë Ødegaard", "François Lefèvre", "Björn Müller", "Ana Łukasiewicz",
                  "Søren Kierkegaard", "José Núñez", "Åsa Öberg", "山田太郎", "佐藤花子", "Владимир Петров",
                  "Εύα Παπαδοπούλου", "Chloé Barré", "Dvořák Antonín"]
EXT_DOMAINS = ("example.com example.org example.net mail.example.de example.fr example.jp example.co.uk "
               "lists.example.org corp.example shop.example news.example").split()
UMLAUT_WORDS = ("Grüße für über Straße Größe Bürokratie Ärger Öffnungszeiten schön müssen können Mädchen "
                "Käse Brötchen Fußgänger Tschüß élève café déjà naïve façade très réunion où été français "
                "crème brûlée Zürich München Köln Düsseldorf Überweisung Rückmeldung Bestätigung").split()


NOTE_SUBJECTS = ["Quick question about the build", "Notes from today's call", "Can you review my patch?",
                 "Budget for next quarter", "Meeting room booking", "Feedback on the new icons",
                 "Server logs from yesterday", "Docs: the IMAP IDLE section", "Interview schedule",
                 "The coffee machine is fixed", "Slides for Thursday", "Test plan for 0.4",
                 "Holiday calendar", "Keyboard shortcuts proposal", "Translations status"]


# --------------------------------------------------------------------------
# Demo mailbox
# --------------------------------------------------------------------------

class Person:
    def __init__(self, name, email, zone=UTC, charset="utf-8", enc="Q"):
        self.name, self.email, self.tz, self.charset, self.enc = name, email, zone, charset, enc

    @property
    def first(self):
        n = self.name.split(",")[-1].strip() if "," in self.name else self.name
        return n.split()[0] if n else self.email.split("@")[0]

    def fmt(self):
        if not self.name:
            return self.email
        return f"{phrase(self.name, self.charset, self.enc)} <{self.email}>"


LAB_USERS = {"alice": ("Alice Andersen", tz(1)), "bob": ("Bob Brennan", tz(-5)),
             "carol": ("Carol Castillo", tz(-8))}


class Msg:
    def __init__(self, label, frm, to, subject, mime=None, body=None, cc=None, extra=(),
                 irt=None, refs=(), flags="", from_user=False, zone=None, received=True):
        self.label, self.frm, self.to, self.subject = label, frm, to, subject
        self.mime, self.body, self.cc, self.extra = mime, body, cc, list(extra)
        self.irt, self.refs, self.flags, self.from_user = irt, list(refs), set(flags), from_user
        self.tz = zone or (frm.tz if isinstance(frm, Person) else UTC)
        self.received = received
        self.ts = 0.0
        self.mid = None
        self.doc = None


class Demo:
    def __init__(self, rng, seed, user, domain, tag=""):
        self.rng, self.seed, self.user, self.domain = rng, seed, user, domain
        self.tag = tag
        self.n = 0
        name, zone = LAB_USERS.get(user, (user.capitalize(), UTC))
        self.me = Person(name, f"{user}@{domain}", zone)
        self.lab_people = {u: Person(n, f"{u}@{domain}", z) for u, (n, z) in LAB_USERS.items()}
        others = [p for u, p in self.lab_people.items() if u != user]
        self.A, self.B = others[0], others[1]
        self.C = others[2] if len(others) > 2 else None
        self.team = [self.me] + others
        self.shop = Person("Shop Example", "newsletter@shop.example", tz(-5))
        self.shop_emoji = Person("Shop Example \U0001F6CD\uFE0F", "newsletter@shop.example", tz(-5), "utf-8", "B")
        self.orders = Person("Shop Example Orders", "orders@shop.example", tz(-5))
        self.jg = Person("Jürgen Groß", "jg@example.de", tz(1), "utf-8", "Q")
        self.yamada = Person("山田太郎", "yamada@example.jp", tz(9), "utf-8", "B")
        self.francois = Person("François", "francois@example.fr", tz(1), "iso-8859-1", "Q")
        self.bjoern = Person("Björn Müller", "bjoern.mueller@example.at", tz(1), "iso-8859-1", "Q")
        self.sam = Person("Miller, Sam", "sam.miller@example.com", tz(-7))
        self.jane = Person("Doe, Jane", "jane.doe@example.com", UTC)
        self.ci = Person("Letterbox CI", "ci@builds.example.org", UTC)
        self.community = Person("Letterbox Community", "community@letterbox.test", UTC)
        self.project = Person("Letterbox Project", "news@letterbox.test", UTC)
        self.lab = Person("Letterbox Lab", f"postmaster@{domain}", UTC)
        self.cal = Person("Calendar", f"calendar@{domain}", UTC)
        self.devlist = Person("letterbox-dev", f"letterbox-dev@lists.{domain}", UTC)

    # -- helpers ------------------------------------------------------------
    def new_mid(self):
        self.n += 1
        t = f"{self.tag}-" if self.tag else ""
        return f"<gen-{self.seed}-{t}{self.n}@{MSGID_DOMAIN}>"

    def boundary_rng(self):
        return self.rng

    def mp(self, subtype, parts, params=(), preamble=True):
        return multipart(subtype, parts, self.rng, params, preamble)

    def words(self, n):
        w = self.rng.choices(VOCAB, k=n)
        return " ".join(w)

    def sentences(self, n):
        out = []
        for _ in range(n):
            s = self.words(self.rng.randint(6, 16))
            out.append(s[0].upper() + s[1:] + self.rng.choice(".....?!"))
        return " ".join(out)

    def paragraphs(self, n, per=(2, 5)):
        return "\n\n".join(self.sentences(self.rng.randint(*per)) for _ in range(n))

    # -- the message catalogue ------------------------------------------------
    def welcome(self):
        me = self.me
        body = f"""Hello {me.first},

welcome to the Letterbox lab mailbox. Everything in here was generated by
tests/mailstack/mailgen.py (seed {self.seed}), so feel free to read, flag,
move and delete: the next lab start brings it all back.

What you will find:

  * plain text mail in us-ascii, UTF-8, ISO-8859-1, quoted-printable
    and format=flowed, with quotes several levels deep
  * HTML newsletters, one with an inline image and one that tries to
    load remote images (Letterbox should block those by default)
  * attachments with awkward file names, a forwarded message, and one
    big message of about 2.5 MB
  * headers in German, French, Japanese and with emoji
  * a few conversations between Alice, Bob and Carol
  * the folders Archive and Sent, so you can try moving mail around

This message itself is the simplest kind there is: 7-bit ASCII without
any MIME headers at all.

Have fun,
the Letterbox lab
"""
        return [Msg("us-ascii text without MIME headers (RFC 822 style)", self.lab, [me.fmt()],
                    "Welcome to your Letterbox lab mailbox", body=body.encode("ascii"))]

    def german_8bit(self):
        body = f"""Hallo {self.me.first},

viele Grüße aus München! Das Wetter ist großartig, die Weißwürste sind
ausgezeichnet und der Biergarten hat bis 23 Uhr geöffnet.

Die Rechnung über 1.234,56 € für die Schulung schicke ich dir nächste
Woche. Bitte prüfe noch einmal die Anschrift (Straße, Hausnummer, PLZ).

Übrigens: Frau Schröder lässt dich herzlich grüßen.

Schöne Grüße
Jürgen

-- 
Jürgen Groß · Schulungen & Beratung · Tel. +49 89 1234567
"""
        return [Msg("UTF-8 8bit text, Q-encoded German From and Subject", self.jg, [self.me.fmt()],
                    htext("Grüße aus München", "utf-8", "Q"),
                    mime=text_part(body, "utf-8", "8bit"), flags="F")]

    def latin1(self):
        subj = "Einladung zur Jahreshauptversammlung des Fördervereins »Freunde der Straßenbahn« am Dienstag"
        body = f"""Liebe Mitglieder,

hiermit lade ich Sie herzlich zur Jahreshauptversammlung ein.

Ort:     Gaststätte "Zum Löwen", Hauptstraße 12, Großraum Köln
Zeit:    Dienstag, 19:30 Uhr
Themen:  Kassenbericht, Entlastung des Vorstands, Ausflug nach Würzburg

Für Kaffee und Kuchen ist gesorgt. Über eine kurze Rückmeldung bis
Freitag würde ich mich sehr freuen.

Mit freundlichen Grüßen
Björn Müller
Schriftführer
"""
        return [Msg("ISO-8859-1 8bit body with umlauts, long Q-encoded Subject folded over several encoded words",
                    self.bjoern, [self.me.fmt()], htext(subj, "iso-8859-1", "Q"),
                    mime=text_part(body, "iso-8859-1", "8bit"))]

    def french_qp(self):
        body = f"""Bonjour {self.me.first},

Voici l'ordre du jour de la réunion de vendredi. N'hésite pas à me dire si tu veux ajouter un point, ou si l'horaire de 14h30 ne te convient pas — on peut très bien décaler à lundi.

1. Bilan du trimestre (chiffres, évolution, problèmes rencontrés)
2. Présentation de la nouvelle fenêtre de rédaction « plein écran »
3. Questions diverses : café, gâteaux, déménagement du bureau

Une ligne très longue pour vérifier le découpage quoted-printable : les caractères accentués é, è, ê, à, ç, œ et les guillemets « » doivent survivre intacts à l'encodage et au décodage, même au milieu d'une coupure souple.

À vendredi,
François
"""
        return [Msg("quoted-printable UTF-8 body with long lines, ISO-8859-1 Q-encoded From, read-receipt request",
                    self.francois, [self.me.fmt()], htext("Réunion de vendredi : ordre du jour", "utf-8", "Q"),
                    mime=text_part(body, "utf-8", "quoted-printable"),
                    extra=[("Disposition-Notification-To", self.francois.fmt())])]

    def emoji(self):
        body = f"""Hi everyone 👋

Letterbox 0.3 is out! 🎉 Thank you all for the patches, the reviews and
the patience while the threading view got rewritten. 🙏

Highlights:
  ✅ conversation view with proper References handling
  ✅ remote content blocked by default 🛡️
  ✅ much faster startup on big folders 🚀

Cake is in the kitchen 🍰, first come first served.

Carol 🌻
"""
        frm = self.lab_people["carol"] if self.user != "carol" else self.A
        return [Msg("emoji in B-encoded Subject and body (UTF-8 8bit), group address in To", frm,
                    ["Team: " + ",\n ".join(p.email for p in self.team) + ";"],
                    htext("🎉 Letterbox 0.3 is out — thank you all! 🚀", "utf-8", "B"),
                    mime=text_part(body.replace("Carol 🌻", frm.first + " 🌻"), "utf-8", "8bit"))]

    def deep_flowed(self):
        b_, a_, me = self.B, self.A, self.me
        t0 = self.rng.uniform(8, 12)
        d3 = doc("Here is my plan for moving the mail server to the new machine. We copy the Maildirs with rsync while the old server keeps running, then stop delivery for ten minutes, run a final rsync and switch the DNS record. The uidlist files are copied too, so clients keep their UIDs and do not have to download everything again.\n\nDoes that sound reasonable?")
        d2 = doc("Sounds reasonable. One thing: make sure the dovecot-uidlist and dovecot-keywords files are copied in the same final rsync run, otherwise UIDVALIDITY might change and every client resyncs from scratch.") \
            + [(0, "", False, False), (0, f"On {fmt_short(REF_TS - t0 * DAY, b_.tz)}, {b_.name} wrote:", False, False)] + quoted(d3)
        d1 = doc(f"Agreed with {a_.first}. I would also lower the TTL of the DNS record a day before, so the switch is quick. And please keep the old machine read-only for a week, just in case.") \
            + [(0, "", False, False), (0, f"On {fmt_short(REF_TS - (t0 - 0.3) * DAY, a_.tz)}, {a_.name} wrote:", False, False)] + quoted(d2)
        d0 = doc(f"Thanks, both of you. Final plan:") + [
            (0, "", False, False),
            (0, "  1. Thursday: lower TTL to 300 seconds", False, False),
            (0, "  2. Friday 18:00: first rsync, old server still live", False, False),
            (0, "  3. Friday 20:00: stop delivery, final rsync, switch DNS", False, False),
            (0, "", False, False),
        ] + doc("This line is long on purpose so that it has to be wrapped with soft line breaks; a format=flowed aware client should reflow it into one paragraph, while the quoted levels below keep their depth markers.") \
            + [(0, "", False, False), (0, f"On {fmt_short(REF_TS - (t0 - 0.8) * DAY, me.tz)}, {self.C.name if self.C else me.name} wrote:", False, False)] \
            + quoted(d1) + [(0, "", False, False)] + sig(b_.name)
        refs = [f"<server-migration-{i}@{self.domain}>" for i in (1, 2, 3)]
        m = Msg("format=flowed reply with quotes 3 levels deep, soft line breaks, parents not in the mailbox",
                    b_, [me.fmt()], "Re: Server migration plan", cc=[a_.fmt()],
                    mime=text_part(render_doc(d0, True), "utf-8", flowed=True),
                    irt=refs[-1], refs=refs)
        m.ts = REF_TS - (t0 - 1.0) * DAY
        return [m]

    def newsletter_alt(self, old=False):
        rng = self.rng
        items = [("Notebook A5, dotted", "12.90"), ("Fountain pen, blue", "24.50"),
                 ("Desk lamp \u201cNordlicht\u201d", "59.00"), ("Recycled paper, 500 sheets", "8.40")]
        season = "Spring" if old else "Autumn"
        text = f"{season} sale: 20% off all notebooks\n\n" + "\n".join(
            f"  * {n} - now {float(p) * 0.8:.2f} EUR (was {p} EUR)" for n, p in items) + \
            "\n\nShop now: https://shop.example/sale\nUnsubscribe: https://shop.example/unsubscribe\n"
        rows = "".join(
            f'<tr><td style="padding:8px;border-bottom:1px solid #eee">{n}</td>'
            f'<td style="padding:8px;border-bottom:1px solid #eee;text-align:right"><s>{p} &euro;</s> '
            f'<b style="color:#c0392b">{float(p) * 0.8:.2f} &euro;</b></td></tr>\n' for n, p in items)
        html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{season} sale</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;background:#f4f4f4;margin:0}}
.box{{max-width:600px;margin:0 auto;background:#fff;padding:24px}} h1{{color:#2c3e50}}
a.button{{display:inline-block;background:#27ae60;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px}}</style>
</head><body><div class="box">
<h1>{season} sale: 20% off all notebooks</h1>
<p>Dear customer, this week only, every notebook in our shop is 20% cheaper. No code needed &ndash; the discount is applied at checkout.</p>
<table style="width:100%;border-collapse:collapse">
{rows}</table>
<p style="text-align:center;margin:24px"><a class="button" href="https://shop.example/sale">Shop now</a></p>
<p style="font-size:11px;color:#888">You receive this mail because you subscribed at shop.example.
<a href="https://shop.example/unsubscribe?u={rng.getrandbits(32):08x}">Unsubscribe</a> &middot; Shop Example GmbH, Musterstra&szlig;e 1, 12345 Musterstadt</p>
</div></body></html>
"""
        mime = self.mp("alternative", [text_part(text, "utf-8", "quoted-printable"),
                                       text_part(html, "utf-8", "quoted-printable", "html")])
        return [Msg("HTML newsletter: multipart/alternative (text + HTML, quoted-printable), List-Unsubscribe",
                    self.shop, [self.me.fmt()], f"{season} sale: 20% off all notebooks", mime=mime,
                    extra=[("List-Unsubscribe", "<mailto:unsubscribe@shop.example?subject=unsubscribe>,\n"
                                                " <https://shop.example/unsubscribe>"),
                           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                           ("Precedence", "bulk")])]

    def newsletter_related(self):
        cid = f"logo-{self.seed}@{MSGID_DOMAIN}"
        text = """Letterbox Monthly - November

* Conversation view: threads now group by References, with a
  subject fallback for mailers that drop the headers.
* Remote content is blocked by default; one click loads it per message
  or per sender.
* Big folders open in under a second thanks to the new header cache.

Thanks to everyone who tested the nightly builds!
https://letterbox.test/news/november
"""
        html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:sans-serif;color:#222">
<table style="max-width:560px;margin:auto"><tr>
<td><img src="cid:{cid}" width="48" height="48" alt="Letterbox logo"></td>
<td><h2 style="margin:0 0 0 12px">Letterbox Monthly &mdash; November</h2></td></tr></table>
<div style="max-width:560px;margin:auto">
<ul>
<li><b>Conversation view:</b> threads now group by <code>References</code>, with a subject fallback for mailers that drop the headers.</li>
<li><b>Remote content</b> is blocked by default; one click loads it per message or per sender.</li>
<li><b>Big folders</b> open in under a second thanks to the new header cache.</li>
</ul>
<p>Thanks to everyone who tested the nightly builds!</p>
<p><a href="https://letterbox.test/news/november">Read on the web</a></p>
</div></body></html>
"""
        related = self.mp("related", [text_part(html, "utf-8", "quoted-printable", "html"),
                                      binary_part(logo_png(), "image/png", "logo.png", "inline", cid=cid)],
                          params=['type="text/html"'], preamble=False)
        mime = self.mp("alternative", [text_part(text, "utf-8", "7bit"), related])
        return [Msg("HTML newsletter: multipart/alternative with multipart/related and an inline PNG via cid:",
                    self.project, [self.me.fmt()], "Letterbox Monthly — November".replace("—", "-"), mime=mime,
                    extra=[("List-Id", "Letterbox news <news.letterbox.test>")])]

    def newsletter_remote(self):
        uid = f"{self.rng.getrandbits(48):012x}"
        text = f"""Your weekly picks

We picked three things we think you will like:
  - Linen notebook, 14.90 EUR
  - Brass pencil sharpener, 9.90 EUR
  - Walnut desk organiser, 39.00 EUR

View in browser: http://tracker.example/view?u={uid}
"""
        html = f"""<html><head><meta charset="utf-8">
<style>.hero{{background-image:url(http://tracker.example/img/bg-{uid}.png);padding:40px;color:#fff}}</style></head>
<body style="margin:0;font-family:Georgia,serif">
<div class="hero"><h1>Your weekly picks &#10024;</h1></div>
<img src="http://tracker.example/img/hero-autumn.jpg" width="600" height="300" alt="Autumn collection">
<table width="600"><tr>
<td><img src="http://tracker.example/img/p1.jpg?u={uid}" width="180" alt="Linen notebook"><br>Linen notebook<br><b>14.90 &euro;</b></td>
<td><img src="http://tracker.example/img/p2.jpg?u={uid}" width="180" alt="Pencil sharpener"><br>Brass pencil sharpener<br><b>9.90 &euro;</b></td>
<td><img src="http://tracker.example/img/p3.jpg?u={uid}" width="180" alt="Desk organiser"><br>Walnut desk organiser<br><b>39.00 &euro;</b></td>
</tr></table>
<p><a href="http://tracker.example/click?u={uid}&amp;to=https%3A%2F%2Fshop.example%2Fpicks">See all picks</a></p>
<img src="http://tracker.example/pixel.gif?u={uid}&amp;m=weekly" width="1" height="1" alt="" style="display:block;border:0">
</body></html>
"""
        mime = self.mp("alternative", [text_part(text, "utf-8"), text_part(html, "utf-8", "quoted-printable", "html")])
        return [Msg("HTML newsletter with remote images and a tracking pixel (http://tracker.example/pixel.gif), emoji in From name",
                    self.shop_emoji, [self.me.fmt()], htext("Your weekly picks ✨", "utf-8", "B"), mime=mime,
                    extra=[("List-Unsubscribe", f"<http://tracker.example/unsub?u={uid}>")])]

    def html_only(self):
        n = self.rng.randint(40000, 49999)
        html = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello {self.me.first},</p>
<p>good news: your order <b>#{n}</b> has shipped and is on its way to you.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Item</th><th>Qty</th><th>Price</th></tr>
<tr><td>Notebook A5, dotted</td><td>2</td><td>25,80&nbsp;&euro;</td></tr>
<tr><td>Füller „Classic“, blau</td><td>1</td><td>24,50&nbsp;&euro;</td></tr>
<tr><td colspan="2"><b>Total</b></td><td><b>50,30&nbsp;&euro;</b></td></tr>
</table>
<p>Track your parcel: <a href="https://shop.example/track/{n}">https://shop.example/track/{n}</a></p>
<p style="color:#777;font-size:small">Shop Example &middot; this is an automatic message, please do not reply.</p>
</body></html>
"""
        return [Msg("HTML-only message (single text/html part, no text alternative)", self.orders,
                    [self.me.fmt()], f"Your order #{n} has shipped",
                    mime=text_part(html, "utf-8", "quoted-printable", "html"))]

    def attachments(self):
        a = self.A
        pdf = make_pdf("Letterbox - Q3 summary", [
            "Active testers: 412 (+18%)", "Crash-free sessions: 99.2%",
            "Median folder open time: 0.41 s", "Open bugs: 37 (12 critical)", "",
            "Generated by mailgen for the Letterbox lab."])
        notes = "Notes for the Q3 report\n=======================\n\n- numbers are from the telemetry export of the 30th\n- the crash spike in week 34 was the Qt update, fixed in 0.2.3\n- Müller asked for the raw data; it is in the shared drive\n"
        png = chart_png([12, 18, 15, 24, 30, 27, 35])
        body = f"""Hi {self.me.first},

attached are the Q3 report (PDF), my notes and the chart for the slides.
Let me know if the numbers look off.

{a.first}
"""
        mime = self.mp("mixed", [
            text_part(body, "us-ascii"),
            binary_part(pdf, "application/pdf", "Q3-report.pdf"),
            text_part(notes, "utf-8", "quoted-printable",
                      extra=[("Content-Disposition", 'attachment; filename="notes.txt"')]),
            binary_part(png, "image/png", "chart.png"),
        ])
        return [Msg("multipart/mixed with a PDF, a .txt and a PNG attachment", a, [self.me.fmt()],
                    "Q3 report and notes", mime=mime, flags="F")]

    def rfc2231(self):
        pdf = make_pdf("Uebersicht Q3 - Praesentation", ["Folie 1: Ziele", "Folie 2: Zahlen", "Folie 3: Ausblick"])
        long_name = "Protokoll der Sitzung vom 12. März – Entwurf für alle Beteiligten (überarbeitet).txt"
        protocol = "Protokoll\n\nAnwesend: Groß, Müller, Schröder\n\n1. Begrüßung\n2. Bericht\n3. Verschiedenes\n"
        body = f"""Hallo {self.me.first},

anbei die Unterlagen für das Treffen: die Präsentation und das Protokoll
der letzten Sitzung. Die Dateinamen enthalten Umlaute und sind nach
RFC 2231 kodiert.

Gruß
Jürgen
"""
        mime = self.mp("mixed", [
            text_part(body, "utf-8", "8bit"),
            binary_part(pdf, "application/pdf", "Übersicht Q3 – Präsentation.pdf", style="rfc2231"),
            binary_part(protocol.encode("utf-8"), "text/plain; charset=utf-8", long_name, style="rfc2231"),
        ])
        return [Msg("attachments with non-ASCII file names in RFC 2231 (filename*=utf-8''..., and *0*/*1* continuations)",
                    self.jg, [self.me.fmt()], htext("Unterlagen für das Treffen", "utf-8", "Q"), mime=mime)]

    def rfc2047_name(self):
        pdf = make_pdf("Mitsumorisho (quotation)", ["Item: Letterbox support, 12 months", "Price: 120,000 JPY"])
        body = f"""{self.me.first}様

お世話になっております。山田です。
お見積書を添付いたしますので、ご確認のほどよろしくお願いいたします。

山田太郎
"""
        mime = self.mp("mixed", [
            text_part(body, "utf-8", "base64"),
            binary_part(pdf, "application/pdf", "御見積書_2026年度.pdf", style="rfc2047"),
        ])
        return [Msg("attachment whose name is RFC 2047-encoded (name=\"=?utf-8?B?...?=\"), Japanese base64 body",
                    self.yamada, [self.me.fmt()], htext("お見積書の送付", "utf-8", "B"), mime=mime)]

    def forward(self):
        fwd_by = self.C or self.A
        inner_ts = REF_TS - self.rng.uniform(200, 300) * DAY
        inner_text = "Hallo zusammen,\n\nanbei wie versprochen die Termine für die Schulungen im Frühjahr:\n\n  - 10. März: Grundlagen\n  - 24. März: Fortgeschrittene Themen\n  - 7. April: Workshop „Migration“\n\nBitte bis Ende des Monats zurückmelden.\n\nViele Grüße\nJürgen Groß\n"
        inner_html = "<p>Hallo zusammen,</p><p>anbei wie versprochen die Termine für die Schulungen im Frühjahr:</p><ul><li>10. März: Grundlagen</li><li>24. März: Fortgeschrittene Themen</li><li>7. April: Workshop „Migration“</li></ul><p>Bitte bis Ende des Monats zurückmelden.</p><p>Viele Grüße<br>Jürgen Groß</p>\n"
        ih = [("Date", fmt_date(inner_ts, self.jg.tz)), ("From", self.jg.fmt()),
              ("To", fwd_by.fmt()), ("Subject", htext("Schulungstermine im Frühjahr", "utf-8", "Q")),
              ("Message-ID", f"<{self.rng.getrandbits(64):x}.schulung@example.de>"), ("MIME-Version", "1.0")]
        alt = self.mp("alternative", [text_part(inner_text, "utf-8", "quoted-printable"),
                                      text_part(inner_html, "utf-8", "quoted-printable", "html")])
        inner = render_part((ih + alt[0], alt[1]))
        body = f"""Hi {self.me.first},

FYI, see Jürgen's mail below - can you pick one of the dates?

{fwd_by.first}
"""
        mime = self.mp("mixed", [text_part(body, "utf-8"),
                                 rfc822_part(inner, "Schulungstermine im Frühjahr.eml")])
        m = Msg("forwarded message as message/rfc822 (inner message is multipart/alternative, QP)",
                fwd_by, [self.me.fmt()], htext("Schulungstermine im Frühjahr", "utf-8", "Q", prefix="Fwd: "),
                mime=mime)
        m.ts = inner_ts + self.rng.uniform(2, 48) * 3600
        return [m]

    def large(self):
        data = self.rng.randbytes(1_950_000)
        body = f"""Hi {self.me.first},

here are the raw measurements from last night's load test (binary, about
1.9 MB). The format is documented in bench/README.

{self.B.first}
"""
        mime = self.mp("mixed", [text_part(body, "us-ascii"),
                                 binary_part(data, "application/octet-stream", "loadtest-raw.bin")])
        return [Msg("large message (~2.6 MB) with a base64 attachment of pseudo-random bytes", self.B,
                    [self.me.fmt()], "Raw measurements from the load test", mime=mime)]

    def photos(self):
        a = self.A
        p1 = photo_png(self.rng, 640, 480, True)
        p2 = photo_png(self.rng, 400, 300, False)
        body = f"""Hi {self.me.first},

two photos from the offsite: the sunset from the terrace and the lake
on Sunday morning. More are on the shared drive.

{a.first}
"""
        mime = self.mp("mixed", [text_part(body, "us-ascii"),
                                 binary_part(p1, "image/png", "sunset-terrace.png"),
                                 binary_part(p2, "image/png", "lake-sunday.png")])
        return [Msg("medium-large message (~1 MB) with two PNG photos", a, [self.me.fmt(), self.B.fmt()],
                    "Photos from the offsite", mime=mime)]

    def group_syntax(self):
        members = [self.A.fmt(), self.B.email, f'"{self.me.name.split()[-1]}, {self.me.first}" <{self.me.email}>']
        if self.C:
            members.append(f'"{self.C.name.split()[-1]}, {self.C.first}" <{self.C.email}>')
        to = "Team: " + ",\n ".join(members) + ";"
        body = """Hello team,

the 1.0 roadmap kick-off is next Monday at 16:00 UTC. Please bring your
list of must-have features; we will sort them into 1.0 and later.

Thanks,
Sam
"""
        return [Msg("group syntax in To (Team: ...;), quoted display names with commas, several Cc incl. encoded names, X-Priority",
                    self.sam, [to], "Kick-off: Letterbox 1.0 roadmap",
                    cc=[self.jane.fmt(), self.jg.fmt(), self.francois.fmt()],
                    mime=text_part(body, "us-ascii"),
                    extra=[("X-Priority", "1 (Highest)"), ("Importance", "high")])]

    def many_recipients(self):
        to = [self.me.fmt(), self.A.fmt(), self.B.fmt(), self.sam.fmt(), self.francois.fmt()]
        body = """Hi all,

minutes of Tuesday's vendor call:

  - the hosting contract is extended by 12 months
  - IMAP IDLE timeouts on their proxy are raised to 29 minutes
  - next call in four weeks

Jane
"""
        return [Msg("address lists: five To recipients, Cc with Japanese and German names, Reply-To",
                    self.jane, to, "Minutes: vendor call (Tue)", cc=[self.jg.fmt(), self.yamada.fmt()],
                    mime=text_part(body, "us-ascii"),
                    extra=[("Reply-To", f"{self.jane.fmt()}, {self.sam.fmt()}")])]

    def undisclosed(self):
        body = """Hello,

Letterbox 0.4 beta is ready for testing. Packages for Debian, Fedora and
Flatpak are on the download page; please report problems on the tracker.

Thank you for helping!
The Letterbox community team
"""
        return [Msg("To: undisclosed-recipients:; (empty group, user was Bcc'd)", self.community,
                    ["undisclosed-recipients:;"], "Call for testers: Letterbox 0.4 beta",
                    mime=text_part(body, "us-ascii"))]

    def mailing_list(self):
        dl = self.devlist
        body = doc("""Hi all,

I'd like to propose that we drop Qt 5 support after the 0.4 release. Keeping both versions building costs us a CI hour per push, and several nice things (QML text rendering fixes, the new permission API) are Qt 6 only.

Distribution status as far as I know:

  Debian 12       Qt 6.4
  Fedora 40       Qt 6.7
  Ubuntu 24.04    Qt 6.4

Objections? If none by Friday, I will prepare the patch.""") + [(0, "", False, False)] + sig("Sam Miller")
        footer = f"\n_______________________________________________\nletterbox-dev mailing list\n{dl.email}\nhttps://lists.{self.domain}/listinfo/letterbox-dev\n"
        return [Msg("mailing-list post (List-Id, List-Post, Reply-To the list, Sender), format=flowed",
                    self.sam, [dl.email], "[letterbox-dev] Proposal: drop Qt 5 support",
                    mime=text_part(render_doc(body, True) + footer, "utf-8", flowed=True),
                    extra=[("Sender", f"letterbox-dev-bounces@lists.{self.domain}"),
                           ("Reply-To", dl.email),
                           ("List-Id", f"Letterbox development <letterbox-dev.lists.{self.domain}>"),
                           ("List-Post", f"<mailto:{dl.email}>"),
                           ("List-Unsubscribe", f"<mailto:letterbox-dev-request@lists.{self.domain}?subject=unsubscribe>"),
                           ("Precedence", "list")])]

    def calendar(self):
        a = self.A
        start = dt.datetime.fromtimestamp(REF_TS + 3 * DAY, UTC).replace(hour=10, minute=0, second=0)
        end = start + dt.timedelta(hours=1)
        f = "%Y%m%dT%H%M%SZ"
        uid = f"{self.rng.getrandbits(64):016x}@{self.domain}"
        ics = "\n".join([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Letterbox//mailgen//EN", "METHOD:REQUEST",
            "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{REF.strftime(f)}",
            f"DTSTART:{start.strftime(f)}", f"DTEND:{end.strftime(f)}",
            "SUMMARY:Design review: message list", "LOCATION:Room 2.14 / video call",
            f"ORGANIZER;CN={a.name}:mailto:{a.email}",
            f"ATTENDEE;CN={self.me.name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{self.me.email}",
            f"ATTENDEE;CN={self.B.name};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{self.B.email}",
            "END:VEVENT", "END:VCALENDAR", ""])
        text = f"{a.name} invites you to: Design review: message list\nWhen: {start:%Y-%m-%d} 10:00-11:00 UTC\nWhere: Room 2.14 / video call\n"
        mime = self.mp("alternative", [text_part(text, "us-ascii"),
                                       text_part(ics, "utf-8", "7bit", "calendar", ctparams=["method=REQUEST"])])
        return [Msg("calendar invitation (multipart/alternative with text/calendar; method=REQUEST)", a,
                    [self.me.fmt(), self.B.fmt()], "Invitation: Design review: message list", mime=mime)]

    # -- threads --------------------------------------------------------------
    def thread(self, label, subject, steps, flowed=False, charset="utf-8", cte=None, spacing=(0.3, 18)):
        """steps: (sender, [to], [cc], parent index or None, text, style['bottom'|'top'], overrides)"""
        msgs, t = [], 0.0
        for i, (frm, to, cc, parent, text, style, *rest) in enumerate(steps):
            opts = rest[0] if rest else {}
            if i:
                t += self.rng.uniform(*spacing) * 3600
            m = Msg(label, frm, [p.fmt() for p in to], None, cc=[p.fmt() for p in cc] or None,
                    from_user=(frm is self.me))
            m.rel = t
            m.parent = parent
            m.text, m.style, m.opts = text, style, opts
            msgs.append(m)
        for m in msgs:
            m.subject_plain = subject
        msgs[0].thread_flowed = flowed
        msgs[0].thread_charset = (charset, cte)
        return msgs

    def finish_thread(self, msgs, t0):
        """Called with the start time: dates, ids, references and quoted bodies."""
        flowed = msgs[0].thread_flowed
        charset, cte = msgs[0].thread_charset
        for m in msgs:
            m.ts = t0 + m.rel
            m.mid = self.new_mid()
        for i, m in enumerate(msgs):
            own = doc(m.text)
            frm = m.frm
            s = sig(frm.name) if frm in self.team else []
            if m.parent is None:
                d = own + ([(0, "", False, False)] + s if s else [])
                subj = m.subject_plain
            else:
                p = msgs[m.parent]
                m.irt = p.mid
                m.refs = (p.refs + [p.mid])[-10:]
                attr = [(0, f"On {fmt_short(p.ts, frm.tz)}, {p.frm.name} wrote:", False, False)]
                if m.style == "top":
                    d = own + [(0, "", False, False)] + s + [(0, "", False, False)] + attr + quoted(p.doc)
                else:
                    d = attr + quoted(p.doc) + [(0, "", False, False)] + own + [(0, "", False, False)] + s
                subj = m.subject_plain
                m.subject_prefix = "Re: "
            m.doc = d
            cs = m.opts.get("charset", charset)
            enc = m.opts.get("cte", cte)
            m.mime = text_part(render_doc(d, flowed), cs, enc, flowed=flowed)
            prefix = getattr(m, "subject_prefix", "")
            if is_ascii(subj):
                m.subject = prefix + subj
            else:
                hcs = "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8"
                m.subject = htext(subj, hcs, "B" if hcs != "utf-8" or any(ord(c) > 0x3000 for c in subj) else "Q",
                                  prefix=prefix)
        return msgs

    def t_release(self):
        me, a, b = self.me, self.A, self.B
        return self.thread("thread: release planning (5 messages, branched reply tree, traditional '> > ' quoting)",
                           "Release planning for Letterbox 0.4", [
            (a, [me, b], [], None, f"Hi both,\n\nI'd like to freeze features for 0.4 by the end of next week. Open items I know of:\n\n  * offline cache migration\n  * remote-content blocking in the HTML viewer\n  * the threading rewrite\n\nAnything else that must go in? Please shout by Thursday.", "top"),
            (b, [a], [me], 0, "The threading rewrite is close; I need two more days for the References fallback (subject-based grouping when the headers are missing). I'd rather not squeeze the cache migration in, it touches the on-disk format.", "bottom"),
            (me, [a], [b], 0, "Remote-content blocking is done on my side and waiting for review. Could one of you look at the branch before Thursday?", "bottom"),
            (a, [me], [b], 2, "I'll review it tomorrow morning. From a quick look the settings page needs a 'load remote content for this sender' toggle, but that can be a follow-up.", "bottom"),
            (a, [b], [me], 1, "Agreed, let's move the cache migration to 0.5. Feature freeze is Friday 17:00 UTC then.", "bottom"),
        ])

    def t_lunch(self):
        me, a, b = self.me, self.A, self.B
        return self.thread("thread: lunch (4 messages, short replies)", "Lunch on Friday?", [
            (b, [me, a], [], None, "Anyone up for the new ramen place on Friday? 12:30?", "top"),
            (a, [b], [me], 0, "I'm in!", "top"),
            (me, [b], [a], 1, "Count me in too, but 12:45 works better for me.", "top"),
            (b, [me, a], [], 2, "12:45 it is, I booked a table for three.", "top"),
        ], spacing=(0.2, 3))

    def t_crash(self):
        me, a, b = self.me, self.A, self.B
        trace = ("Opening the bulk folder from the lab (100k messages) crashes about two seconds after the list starts to fill. Backtrace:\n\n"
                 "    #0  QAbstractItemModel::rowCount() const\n"
                 "    #1  MessageListModel::fetchMore(QModelIndex const&)\n"
                 "    #2  ImapSession::onFetchFinished()\n"
                 "    #3  QObject::event(QEvent*)\n\n"
                 "It does not happen with the demo mailbox. Steps: start the lab, open Letterbox, click the bulk folder, scroll down quickly.")
        return self.thread("thread: crash report (6 messages, format=flowed, space-stuffed code lines)",
                           "Crash when opening a folder with 100k messages", [
            (b, [me], [a], None, trace, "top"),
            (a, [b], [me], 0, "Can reproduce here with the 100k lab folder. It looks like the model is reset while a FETCH response is still being processed.", "bottom"),
            (me, [a, b], [], 1, "I think the culprit is the reset in onFolderChanged(): the pending fetch still holds row numbers of the old model. Patch attached to the merge request; it cancels in-flight fetches before resetting.", "bottom"),
            (b, [me], [a], 2, "That fixed it for me. Scrolled through the whole folder twice, no crash, memory stays flat at about 180 MB.", "bottom"),
            (a, [me, b], [], 3, "Merged, thanks! I'll add the 100k folder to the nightly benchmark so we notice regressions.", "bottom"),
            (me, [a], [b], 4, "Great. Closing the issue.", "top"),
        ], flowed=True)

    def t_offsite(self):
        me, a, b = self.me, self.A, self.B
        return self.thread("thread: offsite agenda (4 messages, UTF-8 quoted-printable bodies)", "Offsite agenda: Köln, 14–15 May", [
            (a, [me, b], [], None, "Hi both,\n\nhere's the draft agenda for the offsite in Köln:\n\n  Day 1  arrival, lunch at Café Müller, roadmap session\n  Day 2  hack day, dinner at the Brauhaus\n\nHotel: Hôtel Zur Brücke, Hohe Straße 5. Comments welcome!", "top"),
            (b, [a], [me], 0, "Looks great. Could we move the roadmap session to the morning of day 2? Flights from Zürich arrive only at 13:30.", "bottom"),
            (a, [b, me], [], 1, "Sure, swapped. Updated plan: day 1 hack afternoon, day 2 roadmap at 09:00 sharp ☕.", "bottom"),
            (me, [a, b], [], 2, "Works for me. I'll book the train (ICE via Frankfurt) — anyone want to join?", "bottom"),
        ], cte="quoted-printable", spacing=(2, 30))

    def t_yamada(self):
        me, y = self.me, self.yamada
        return self.thread("thread: Japanese conversation (3 messages; UTF-8 base64 and ISO-2022-JP bodies, B-encoded subjects)",
                           "来週の打ち合わせについて", [
            (y, [me], [], None, f"{me.first}様\n\nいつもお世話になっております。山田です。\n\n来週の打ち合わせの件ですが、火曜日の午後二時からでいかがでしょうか。\n場所は弊社の三階会議室を予定しております。\n\nどうぞよろしくお願いいたします。", "top", {"cte": "base64"}),
            (me, [y], [], 0, "山田様\n\nご連絡ありがとうございます。Tuesday at 14:00 works well for me - 火曜日の午後二時で大丈夫です。\n\nよろしくお願いいたします。", "top", {"cte": "quoted-printable"}),
            (y, [me], [], 1, f"{me.first}様\n\nご確認ありがとうございます。\nそれでは火曜日の午後二時にお待ちしております。\n資料は前日までにお送りいたします。\n\n山田太郎\n株式会社サンプル 開発部", "top", {"charset": "iso-2022-jp", "cte": "7bit"}),
        ], spacing=(3, 20))

    def t_travel(self):
        me, a, b = self.me, self.A, self.B
        return self.thread("thread: travel reimbursement (3 messages)", "Conference travel reimbursement", [
            (me, [a], [], None, "Hi,\n\nwhere do I send the receipts for the conference trip? Train and hotel, about 480 EUR in total.", "top"),
            (a, [me], [b], 0, f"Send them to {b.first}, {b.first} handles travel expenses this year. Please use the new form.", "top"),
            (b, [me], [a], 1, "Got them, thanks. The money should arrive with the next salary.", "top"),
        ])

    # -- fillers --------------------------------------------------------------
    def filler(self, i):
        rng = self.rng
        kind = rng.choice(["ci", "ci", "note", "note", "reminder", "receipt", "digest", "security"])
        me = self.me
        if kind == "ci":
            n = rng.randint(1000, 9999)
            ok = rng.random() < 0.75
            branch = rng.choice(["main", "feature/threading", "fix/imap-idle", "release/0.4"])
            jobs = "\n".join(f"  {j:<22} {'passed' if ok or rng.random() < 0.7 else 'FAILED':<7} {rng.randint(40, 900)} s"
                             for j in ("build-linux-gcc", "build-linux-clang", "build-windows", "unit-tests",
                                       "integration-mailstack", "clang-tidy"))
            body = f"Pipeline #{n} {'passed' if ok else 'failed'} for {branch} ({rng.getrandbits(28):07x}).\n\n{jobs}\n\nhttps://builds.example.org/letterbox/pipelines/{n}\n"
            return Msg("filler: CI notification", self.ci, [me.fmt()],
                       f"[letterbox/ci] Pipeline #{n} {'passed' if ok else 'failed'} on {branch}",
                       mime=text_part(body, "us-ascii"), extra=[("Auto-Submitted", "auto-generated")])
        if kind == "note":
            frm = rng.choice([self.A, self.B, self.sam, self.jane])
            topic = rng.choice(NOTE_SUBJECTS)
            body = f"Hi {me.first},\n\n{self.paragraphs(rng.randint(1, 4))}\n\nCheers,\n{frm.first}\n"
            return Msg("filler: personal note", frm, [me.fmt()], topic,
                       mime=text_part(body, "us-ascii"))
        if kind == "reminder":
            ev = rng.choice(["Weekly sync", "1:1 with " + self.A.first, "Release retro", "Dentist", "Team lunch"])
            body = f"Reminder: {ev}\nWhen: in 15 minutes\n\nThis is an automatic reminder from the lab calendar.\n"
            return Msg("filler: calendar reminder", self.cal, [me.fmt()], f"Reminder: {ev}",
                       mime=text_part(body, "us-ascii"), extra=[("Auto-Submitted", "auto-generated")])
        if kind == "receipt":
            n = rng.randint(10000, 99999)
            amount = rng.randint(500, 20000) / 100
            text = f"Thank you for your order #{n}.\nTotal: {amount:.2f} EUR\n"
            html = f"<html><body><h3>Thank you for your order #{n}</h3><p>Total: <b>{amount:.2f}&nbsp;&euro;</b></p></body></html>\n"
            pdf = make_pdf(f"Invoice {n}", [f"Total: {amount:.2f} EUR", "Paid by card."])
            mime = self.mp("mixed", [self.mp("alternative", [text_part(text, "us-ascii"),
                                                             text_part(html, "us-ascii", subtype="html")]),
                                     binary_part(pdf, "application/pdf", f"invoice-{n}.pdf")])
            return Msg("filler: receipt with PDF invoice", self.orders, [me.fmt()], f"Your receipt for order #{n}",
                       mime=mime)
        if kind == "security":
            body = f"Hello {me.first},\n\na new sign-in to your Example Cloud account was detected.\n\n  Device:   Firefox on Linux\n  Location: Berlin, Germany\n\nIf this was you, you can ignore this message.\n"
            return Msg("filler: security notice", Person("Example Cloud", "no-reply@cloud.example"),
                       [me.fmt()], "New sign-in to your account", mime=text_part(body, "us-ascii"))
        # digest: a longer plain text (10-30 KB)
        vol, iss = rng.randint(3, 9), rng.randint(1, 52)
        parts = []
        for k in range(rng.randint(6, 14)):
            who = rng.choice([self.A, self.B, self.sam, self.jane])
            parts.append(f"Message: {k + 1}\nFrom: {who.email}\nSubject: {self.words(4)}\n\n{self.paragraphs(rng.randint(2, 5))}\n")
        body = f"Today's Topics:\n\n" + "".join(f"   {k + 1}. {self.words(4)}\n" for k in range(len(parts))) + \
            "\n\n" + ("\n" + "-" * 70 + "\n\n").join(parts)
        return Msg("filler: mailing-list digest (10-30 KB)", self.devlist, [me.fmt()],
                   f"letterbox-dev Digest, Vol {vol}, Issue {iss}", mime=text_part(body, "us-ascii"),
                   extra=[("List-Id", f"Letterbox development <letterbox-dev.lists.{self.domain}>")])

    # -- assembly -------------------------------------------------------------
    def schedule(self, groups, count, fillers=True, days=(7, SPAN_DAYS), filler_days=(0.5, SPAN_DAYS)):
        """groups: list of (builder, (lo, hi) days ago or None).  Returns dated Msgs."""
        out = []
        for build, rng_days in groups:
            msgs = build()
            if len(out) + len(msgs) > count:
                continue
            for m in msgs:
                m.key = getattr(build, "__name__", "")
            lo, hi = rng_days or days
            if len(msgs) > 1 or hasattr(msgs[0], "rel"):
                span = msgs[-1].rel if hasattr(msgs[-1], "rel") else 0
                t0 = REF_TS - self.rng.uniform(lo, hi) * DAY
                t0 = min(t0, REF_TS - 600 - span)
                self.finish_thread(msgs, t0)
            else:
                if not msgs[0].ts:
                    msgs[0].ts = REF_TS - self.rng.uniform(lo, hi) * DAY
                msgs[0].mid = self.new_mid()
            out += msgs
        i = 0
        while fillers and len(out) < count:
            m = self.filler(i)
            m.ts = REF_TS - self.rng.uniform(*filler_days) * DAY
            m.mid = self.new_mid()
            out.append(m)
            i += 1
        return out

    def set_flags(self, msgs, unseen_newest=10, seen_p=0.93):
        msgs.sort(key=lambda m: m.ts)
        by_mid = {m.mid: m for m in msgs}
        for m in msgs:
            if m.from_user and m.irt in by_mid:
                by_mid[m.irt].flags.add("R")
        newest = [m for m in msgs if not m.from_user][-unseen_newest:] if unseen_newest else []
        newest_ids = {id(m) for m in newest}
        for m in msgs:
            if m.from_user or "R" in m.flags:
                m.flags.add("S")
            elif id(m) in newest_ids:
                m.flags.discard("S")
            elif self.rng.random() < seen_p:
                m.flags.add("S")
            if self.rng.random() < 0.06:
                m.flags.add("F")
            if "S" in m.flags and not m.from_user and self.rng.random() < 0.04:
                m.flags.add("R")
        return msgs

    def inbox_groups(self):
        return [
            (self.welcome, (0.02, 0.1)),
            (self.t_release, (3.5, 4)),
            (self.newsletter_remote, (0.8, 1.8)),
            (self.emoji, (1.5, 2.5)),
            (self.attachments, None),
            (self.german_8bit, None),
            (self.t_yamada, None),
            (self.newsletter_related, (5, 30)),
            (self.deep_flowed, None),
            (self.rfc2231, None),
            (self.rfc2047_name, None),
            (self.forward, None),
            (self.large, (5, 20)),
            (self.latin1, None),
            (self.french_qp, None),
            (self.t_crash, (10, 40)),
            (self.newsletter_alt, None),
            (self.group_syntax, None),
            (self.many_recipients, None),
            (self.undisclosed, None),
            (self.mailing_list, None),
            (self.html_only, None),
            (self.photos, None),
            (self.calendar, (2, 3)),
            (self.t_lunch, (5, 9)),
            (self.t_offsite, None),
        ]

    def archive_groups(self):
        return [
            (self.t_travel, (450, 700)),
            (lambda: self.newsletter_alt(old=True), (450, 700)),
        ]

    def sent(self, inbox):
        """A few messages sent by the user; two of them answer INBOX mail."""
        me, a, b = self.me, self.A, self.B
        out = []
        targets = [m for m in inbox if getattr(m, "key", "") in ("german_8bit", "french_qp")]
        for m in targets:
            if m.frm is self.jg:
                text = f"Hallo Jürgen,\n\nvielen Dank, die Grüße kommen gut an! Die Rechnung passt, die Anschrift ist korrekt.\n\nViele Grüße\n{me.first}\n"
            else:
                text = f"Bonjour François,\n\nvendredi 14h30 me convient très bien. J'ajouterais volontiers un point sur la migration du serveur.\n\nÀ vendredi,\n{me.first}\n"
            subj_plain = "Grüße aus München" if m.frm is self.jg else "Réunion de vendredi : ordre du jour"
            r = Msg("sent: reply to " + m.frm.email, me, [m.frm.fmt()], htext(subj_plain, "utf-8", "Q", prefix="Re: "),
                    mime=text_part(text, "utf-8", "quoted-printable"), irt=m.mid, refs=[m.mid],
                    flags="S", from_user=True, received=False)
            r.ts = min(m.ts + self.rng.uniform(1, 20) * 3600, REF_TS - 300)
            m.flags.add("R")
            out.append(r)
        notes = "Packing list for the offsite\n\n- laptop + charger\n- HDMI adapter\n- badge\n- umbrella (it's Köln)\n"
        m = Msg("sent: message with a .txt attachment", me, [a.fmt(), b.fmt()], "Packing list for the offsite",
                mime=self.mp("mixed", [text_part(f"Hi both,\n\nmy packing list, in case it helps.\n\n{me.first}\n", "us-ascii"),
                                       text_part(notes, "utf-8", "8bit",
                                                 extra=[("Content-Disposition", 'attachment; filename="packing-list.txt"')])]),
                flags="S", from_user=True, received=False)
        m.ts = REF_TS - self.rng.uniform(20, 60) * DAY
        out.append(m)
        m = Msg("sent: UTF-8 subject to an external address", me, [self.yamada.fmt()],
                htext("ご質問ありがとうございます", "utf-8", "B"),
                mime=text_part(f"山田様\n\nThank you for your question. The answer is attached to the ticket.\n\n{me.name}\n", "utf-8", "base64"),
                flags="S", from_user=True, received=False)
        m.ts = REF_TS - self.rng.uniform(60, 200) * DAY
        out.append(m)
        m = Msg("sent: short note", me, [b.fmt()], "Re: keys for the lab",
                mime=text_part(f"{b.first},\n\nthe spare keys are in the top drawer.\n\n{me.first}\n", "us-ascii"),
                flags="SF", from_user=True, received=False)
        m.ts = REF_TS - self.rng.uniform(200, 400) * DAY
        out.append(m)
        for m in out:
            m.mid = self.new_mid()
        return out

    # -- rendering ------------------------------------------------------------
    def render(self, m):
        rng = self.rng
        hdrs = []
        frm = m.frm if isinstance(m.frm, Person) else None
        sender_email = frm.email if frm else "unknown@example.invalid"
        if m.received:
            sdom = sender_email.split("@")[1]
            hdrs += [("Return-Path", f"<{sender_email}>"), ("Delivered-To", self.me.email),
                     ("Received", f"from mail.{sdom} (mail.{sdom} [192.0.2.{rng.randint(2, 250)}])\n"
                                  f"\tby mx.{self.domain} (Postfix) with ESMTPS id {rng.getrandbits(40):010X}\n"
                                  f"\tfor <{self.me.email}>; {fmt_date(m.ts + rng.randint(2, 90), UTC)}")]
        hdrs += [("Date", fmt_date(m.ts, m.tz)), ("From", frm.fmt() if frm else m.frm)]
        hdrs.append(("To", addr_list(m.to, "To")))
        if m.cc:
            hdrs.append(("Cc", addr_list(m.cc, "Cc")))
        hdrs += [("Subject", m.subject), ("Message-ID", m.mid)]
        if m.irt:
            hdrs.append(("In-Reply-To", m.irt))
        if m.refs:
            hdrs.append(("References", refs_header(m.refs)))
        hdrs += m.extra
        if m.from_user:
            hdrs.append(("User-Agent", "Letterbox/0.4 (mailgen)"))
        if m.mime:
            hdrs.append(("MIME-Version", "1.0"))
            hdrs += m.mime[0]
            body = m.mime[1]
        else:
            body = m.body
        return render_part((hdrs, body))


def demo_flags_str(m):
    return "".join(sorted(m.flags))


def run_demo(args):
    rng = random.Random(args.seed)
    seed_tag = re.sub(r"[^A-Za-z0-9._-]", "_", args.seed)
    written = []
    if args.folder:
        ftag = re.sub(r"[^A-Za-z0-9]", "-", args.folder).lower()
        demo = Demo(rng, seed_tag, args.user, args.domain, tag=ftag)
        msgs = demo.set_flags(demo.schedule(demo.inbox_groups(), args.count))
        written.append((Maildir(args.maildir, args.folder), msgs, demo))
    else:
        demo = Demo(rng, seed_tag, args.user, args.domain)
        inbox = demo.set_flags(demo.schedule(demo.inbox_groups(), args.count))
        arch = Demo(rng, seed_tag, args.user, args.domain, tag="archive")
        archive = arch.schedule(arch.archive_groups(), 8, days=(365, SPAN_DAYS), filler_days=(365, SPAN_DAYS))
        arch.set_flags(archive, unseen_newest=0, seen_p=1.0)
        sent = demo.sent(inbox)
        sent.sort(key=lambda m: m.ts)
        written += [(Maildir(args.maildir), inbox, demo), (Maildir(args.maildir, "Archive"), archive, arch),
                    (Maildir(args.maildir, "Sent"), sent, demo)]
    total, n = 0, 0
    for md, msgs, d in written:
        for m in msgs:
            data = d.render(m)
            md.add(data, demo_flags_str(m), m.ts)
            total += len(data)
            n += 1
    return n, total, written


# --------------------------------------------------------------------------
# Bulk mailbox (benchmarks)
# --------------------------------------------------------------------------

def run_bulk(args):
    rng = random.Random(args.seed)
    seed_tag = re.sub(r"[^A-Za-z0-9._-]", "_", args.seed)
    ftag = (re.sub(r"[^A-Za-z0-9]", "-", args.folder).lower() + "-") if args.folder else ""
    md = Maildir(args.maildir, args.folder)
    count = args.count
    user, domain = args.user, args.domain
    me_name = LAB_USERS.get(user, (user.capitalize(),))[0]
    me_email = f"{user}@{domain}"
    me_fmt = f"{me_name} <{me_email}>"
    me_first = me_name.split()[0]
    mid_fmt = f"<bulk-{seed_tag}-{ftag}%d@{MSGID_DOMAIN}>"

    # ---- pools, built once ----
    def sentence(words_src, lo=5, hi=15):
        s = " ".join(rng.choices(words_src, k=rng.randint(lo, hi)))
        return s[0].upper() + s[1:] + rng.choice("......?!,;:")

    prose = " ".join(sentence(VOCAB) for _ in range(6000))
    lines = [ln.encode("ascii") + b"\n" for ln in textwrap.wrap(prose, 72)]
    blank = b"\n"
    pool = lines + [blank] * (len(lines) // 6)
    mixed = list(VOCAB[:400]) + UMLAUT_WORDS * 4
    u8_lines = [ln.encode("utf-8") + b"\n" for ln in
                textwrap.wrap(" ".join(sentence(mixed) for _ in range(800)), 72)]
    u8_pool = u8_lines + [blank] * (len(u8_lines) // 6)
    qpool = [b"> " + ln if ln != blank else b">\n" for ln in lines[:3000]]
    avg_line = sum(map(len, pool)) / len(pool)

    def subject():
        s = " ".join(rng.choices(VOCAB, k=rng.randint(2, 7)))
        s = s[0].upper() + s[1:]
        r = rng.random()
        if r < 0.06:
            s = "[letterbox-dev] " + s
        elif r < 0.09:
            s = f"Invoice {rng.randint(10000, 99999)}"
        elif r < 0.12:
            s = "Meeting: " + s
        return s
    subjects = [subject() for _ in range(3000)]
    for k in range(150):   # some non-ASCII subjects, pre-encoded
        w = " ".join(rng.choices(UMLAUT_WORDS + VOCAB[:100], k=rng.randint(3, 6)))
        subjects[rng.randrange(len(subjects))] = htext(w[0].upper() + w[1:], "utf-8", rng.choice("BQ"))
    senders = []
    for k in range(500):
        f, l = rng.choice(FIRST), rng.choice(LAST)
        email = f"{f.lower()}.{l.lower()}@{rng.choice(EXT_DOMAINS)}"
        senders.append((f"{f} {l} <{email}>", email, f, f"{f} {l}".encode(), False))
    for name in NONASCII_NAMES:
        email = f"user{rng.randint(100, 999)}@{rng.choice(EXT_DOMAINS)}"
        senders.append((f"{phrase(name, 'utf-8', rng.choice('BQ'))} <{email}>", email, name.split()[0],
                        name.encode("utf-8"), True))
    for u, (n, _) in LAB_USERS.items():
        if u != user:
            senders += [(f"{n} <{u}@{domain}>", f"{u}@{domain}", n.split()[0], n.encode(), False)] * 15
    zones = [tz(0), tz(1), tz(2), tz(-5), tz(-8), tz(9), tz(5, 30)]

    raw = rng.randbytes(3_300_000)
    b64 = base64.encodebytes(raw)           # 76 chars + '\n' per 57 bytes
    b64_lines = len(b64) // 77
    small_png = logo_png(32)
    small_png_b64 = base64.encodebytes(small_png)
    att_types = [("application/pdf", "report-{}.pdf"), ("application/octet-stream", "data-{}.bin"),
                 ("application/zip", "archive-{}.zip"), ("image/jpeg", "IMG_{}.jpg"),
                 ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "figures-{}.xlsx")]

    # ---- dates, chronological ----
    start = REF_TS - SPAN_DAYS * DAY
    stamps = sorted(rng.uniform(start, REF_TS - 60) for _ in range(count))
    mu, sigma = 8.32, 1.62    # median ~4 KB, p99 ~175 KB (header and shape included)
    lognorm = rng.lognormvariate
    rnd = rng.random
    choices = rng.choices
    getrandbits = rng.getrandbits
    randrange = rng.randrange
    root_subj = [0] * count
    refs_of = [()] * count
    t_begin = time.monotonic()
    unseen_from = int(count * 0.97)
    for i in range(count):
        ts = stamps[i]
        zone = zones[i % len(zones)]
        date = format_datetime(dt.datetime.fromtimestamp(ts, zone))
        s_fmt, s_email, s_first, s_sig, s_u8 = senders[randrange(len(senders))]
        target = int(lognorm(mu, sigma))
        if target < 900:
            target = 900 + randrange(400)
        elif target > 3_000_000:
            target = 3_000_000
        # thread: ~30% replies to a recent message
        irt = ""
        if i > 20 and rnd() < 0.3:
            p = i - 1 - min(int(rng.expovariate(1 / 40.0)), i - 1)
            rs = root_subj[p]
            root_subj[i] = rs
            chain = refs_of[p] + (p,)
            refs_of[i] = chain[-10:]
            subj = "Re: " + subjects[rs]
            irt = (f"In-Reply-To: {mid_fmt % chain[-1]}\nReferences: "
                   + "\n ".join(mid_fmt % r for r in refs_of[i]) + "\n")
            is_reply = True
        else:
            rs = randrange(len(subjects))
            root_subj[i] = rs
            subj = subjects[rs]
            is_reply = False
        cc = ""
        if rnd() < 0.15:
            cc = "Cc: " + ",\n ".join(senders[randrange(len(senders))][0] for _ in range(1 + randrange(3))) + "\n"
        head = (f"Return-Path: <{s_email}>\nDelivered-To: {me_email}\n"
                f"Received: from mx{randrange(1, 9)}.example.net (mx.example.net [198.51.100.{randrange(1, 255)}])\n"
                f"\tby mx.{domain} (Postfix) with ESMTPS id {getrandbits(40):010X}\n\tfor <{me_email}>; {date}\n"
                f"Date: {date}\nFrom: {s_fmt}\nTo: {me_fmt}\n{cc}Subject: {subj}\n"
                f"Message-ID: {mid_fmt % i}\n{irt}MIME-Version: 1.0\n").encode("utf-8")
        budget = target - len(head) - 120
        # decide the shape
        if target > 40_000 or (target > 8_000 and rnd() < 0.06):
            kind = "att"
            text_budget = 300 + randrange(2500)
        elif rnd() < 0.22:
            kind = "alt"
            text_budget = budget // 2
        else:
            kind = "plain"
            text_budget = budget
        nlines = max(1, int(text_budget / avg_line))
        u8 = s_u8 or rnd() < 0.1
        picked = choices(u8_pool if u8 else pool, k=nlines)
        quote = b""
        if is_reply and nlines > 4:
            q = min(nlines // 3, 40)
            nlines -= q
            picked = picked[:nlines]
            qs = randrange(len(qpool) - q)
            quote = (f"\nOn {date}, {s_first} wrote:\n".encode("utf-8")) + b"".join(qpool[qs:qs + q])
        text = b"Hi " + me_first.encode() + b",\n\n" + b"".join(picked) + quote + \
            b"\n-- \n" + s_sig + b"\n"
        cs = b"utf-8" if u8 else b"us-ascii"
        cte = b"8bit" if u8 else b"7bit"
        text_hdr = b"Content-Type: text/plain; charset=" + cs + b"\nContent-Transfer-Encoding: " + cte + b"\n"
        if kind == "plain":
            data = head + text_hdr + b"\n" + text
        else:
            bnd = b"=_lb%016x" % getrandbits(64)
            if kind == "alt":
                html = (b"<html><body>\n<p>Hi " + me_first.encode() + b",</p>\n" +
                        b"".join(b"<p>" + ln[:-1] + b"</p>\n" for ln in picked if ln != blank) +
                        b"</body></html>\n")
                data = (head + b'Content-Type: multipart/alternative; boundary="' + bnd + b'"\n\n'
                        b"--" + bnd + b"\n" + text_hdr + b"\n" + text +
                        b"\n--" + bnd + b"\nContent-Type: text/html; charset=" + cs +
                        b"\nContent-Transfer-Encoding: " + cte + b"\n\n" + html +
                        b"\n--" + bnd + b"--\n")
            else:
                att_budget = target - len(head) - len(text) - 400
                if att_budget < 6000 and rnd() < 0.5:
                    ctype, fname, payload = "image/png", f"image{i}.png", small_png_b64
                else:
                    k = max(1, att_budget // 77)
                    if k > b64_lines:
                        k = b64_lines
                    off = randrange(b64_lines - k + 1) * 77
                    payload = b64[off:off + k * 77]
                    ctype, pattern = att_types[randrange(len(att_types))]
                    fname = pattern.format(i)
                data = (head + b'Content-Type: multipart/mixed; boundary="' + bnd + b'"\n\n'
                        b"--" + bnd + b"\n" + text_hdr + b"\n" + text +
                        b"\n--" + bnd + b"\nContent-Type: " + ctype.encode() + b'; name="' + fname.encode() +
                        b'"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="' +
                        fname.encode() + b'"\n\n' + payload + b"\n--" + bnd + b"--\n")
        r = rnd()
        if i >= unseen_from:
            flags = "F" if r < 0.05 else ""
        elif r < 0.82:
            r2 = rnd()
            flags = "RS" if r2 < 0.12 else "FS" if r2 < 0.16 else "FRS" if r2 < 0.17 else "S"
        else:
            flags = "F" if r > 0.99 else ""
        md.add(data, flags, ts)
    return md.count, md.bytes, time.monotonic() - t_begin


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------

class Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        sys.exit(2)


def parse_args(argv):
    p = Parser(prog="mailgen.py", description="Generate Letterbox sample mail into a Maildir.")
    p.add_argument("--maildir", required=True, metavar="DIR", help="the user's Maildir root")
    p.add_argument("--kind", required=True, choices=("demo", "bulk"))
    p.add_argument("--count", type=int, metavar="N", help="number of messages (demo: default 60; bulk: required)")
    p.add_argument("--seed", required=True, metavar="S")
    p.add_argument("--user", required=True, metavar="NAME")
    p.add_argument("--domain", required=True, metavar="DOMAIN")
    p.add_argument("--folder", metavar="NAME", help="Maildir++ subfolder, '/' between levels (default INBOX)")
    a = p.parse_args(argv)
    if a.kind == "bulk" and a.count is None:
        p.error("--count is required with --kind bulk")
    if a.count is None:
        a.count = 60
    if a.count < 1:
        p.error("--count must be at least 1")
    if not re.fullmatch(r"[A-Za-z0-9._+-]+", a.user):
        p.error(f"invalid --user {a.user!r}")
    if not re.fullmatch(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*", a.domain):
        p.error(f"invalid --domain {a.domain!r}")
    if not a.seed:
        p.error("--seed must not be empty")
    if a.folder is not None:
        try:
            if folder_dirname(a.folder) is None:
                a.folder = None
        except ValueError as e:
            p.error(str(e))
    return a


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    t0 = time.monotonic()
    try:
        if args.kind == "demo":
            n, total, _ = run_demo(args)
        else:
            n, total, _ = run_bulk(args)
    except OSError as e:
        sys.stderr.write(f"mailgen.py: {e}\n")
        return 1
    secs = time.monotonic() - t0
    sys.stderr.write(f"mailgen: kind={args.kind} folder={args.folder or 'INBOX'} count={n} "
                     f"bytes={total} ({total / 1048576:.1f} MiB) seconds={secs:.2f}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
