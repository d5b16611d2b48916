<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Letterbox::Accounts::Profile</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::CommandLine</name>
    <message>
        <source>Usage: %1 [--profile DIR] COMMAND [OPTIONS]
Letterbox's command line: the same engines as the window, for scripts.

Options:
  --profile DIR  Keep settings and data under DIR instead of the XDG directories.
  --version      Show the version.
  -h, --help     Show this help.

Commands:
</source>
        <translation>Aufruf: %1 [--profile VERZ] BEFEHL [OPTIONEN]
Die Befehlszeile von Letterbox: dieselben Engines wie das Fenster, für Skripte.

Optionen:
  --profile VERZ Einstellungen und Daten unter VERZ statt in den XDG-Verzeichnissen ablegen.
  --version      Die Version anzeigen.
  -h, --help     Diese Hilfe anzeigen.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run '%1 COMMAND --help' for the options of a command.
Exit codes: 0 success, 1 the operation failed, 2 bad usage or input, 3 a security refusal.
</source>
        <translation>
„%1 BEFEHL --help“ zeigt die Optionen eines Befehls.
Rückgabewerte: 0 Erfolg, 1 Vorgang gescheitert, 2 falscher Aufruf oder falsche Eingabe, 3 aus Sicherheitsgründen verweigert.
</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>'%1' is not a command; run '%2 --help' for the list.</source>
        <translation>„%1“ ist kein Befehl; „%2 --help“ zeigt die Liste.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Aufruf: %1 %2 [Optionen]</translation>
    </message>
    <message>
        <source>Keep settings and data under &lt;dir&gt; instead of the XDG directories.</source>
        <translation>Einstellungen und Daten unter &lt;verz&gt; statt in den XDG-Verzeichnissen ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>verz</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::MessageCommand</name>
    <message>
        <source>Parse an .eml file: headers, part tree, text and warnings.</source>
        <translation>Eine .eml-Datei auswerten: Kopfzeilen, Teilebaum, Text und Warnungen.</translation>
    </message>
    <message>
        <source>The RFC 5322 message to read.</source>
        <translation>Die zu lesende Nachricht nach RFC 5322.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>letterbox-cli: message takes exactly one FILE.</source>
        <translation>letterbox-cli: message erwartet genau ein FILE-Argument.</translation>
    </message>
    <message>
        <source>letterbox-cli: cannot read %1: %2.</source>
        <translation>letterbox-cli: %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>letterbox-cli: %1 is larger than 256 MiB; it is not a message.</source>
        <translation>letterbox-cli: %1 ist größer als 256 MiB und damit keine Nachricht.</translation>
    </message>
    <message>
        <source>From:    %1</source>
        <translation>Von:     %1</translation>
    </message>
    <message>
        <source>To:      %1</source>
        <translation>An:      %1</translation>
    </message>
    <message>
        <source>Cc:      %1</source>
        <translation>CC:      %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Date:    %1</source>
        <translation>Datum:   %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Teile:</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation><numerusform>(%n Byte)</numerusform><numerusform>(%n Bytes)</numerusform></translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::ProfileCommand</name>
    <message>
        <source>Show where this profile keeps its settings and data (creating them if missing).</source>
        <translation>Zeigen, wo dieses Profil Einstellungen und Daten ablegt (legt sie an, wenn sie fehlen).</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>Data:     %1</source>
        <translation>Daten:         %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MainWindow</name>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>About Letterbox</source>
        <translation>Über Letterbox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Letterbox %1&lt;/h3&gt;&lt;p&gt;A desktop email client that shows what POP3, IMAP and SMTP do on the wire.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Letterbox %1&lt;/h3&gt;&lt;p&gt;Ein E-Mail-Programm, das zeigt, was POP3, IMAP und SMTP auf der Leitung tun.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Letterbox::Mime::MessageParser</name>
    <message>
        <source>Part %1 is longer than %2 MiB; only the start is shown.</source>
        <translation>Teil %1 ist länger als %2 MiB; nur der Anfang wird angezeigt.</translation>
    </message>
    <message>
        <source>Part %1 does not say which character set it uses; it is shown as %2.</source>
        <translation>Teil %1 gibt keinen Zeichensatz an; er wird als %2 angezeigt.</translation>
    </message>
    <message>
        <source>Part %1 claims the character set "%2" but is not written in it; it is shown as %3.</source>
        <translation>Teil %1 gibt den Zeichensatz „%2“ an, ist aber nicht darin geschrieben; er wird als %3 angezeigt.</translation>
    </message>
    <message>
        <source>-------- Attached Message --------</source>
        <translation>-------- Angehängte Nachricht --------</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>A multipart section has no parts that match its boundary; its raw content is shown.</source>
        <translation>Ein Multipart-Abschnitt enthält keine Teile, die zu seiner Begrenzung passen; sein Rohinhalt wird angezeigt.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>The message is encrypted; Letterbox cannot show encrypted mail.</source>
        <translation>Die Nachricht ist verschlüsselt; Letterbox kann verschlüsselte Nachrichten nicht anzeigen.</translation>
    </message>
    <message>
        <source>Part %1 is encrypted; Letterbox cannot show encrypted mail.</source>
        <translation>Teil %1 ist verschlüsselt; Letterbox kann verschlüsselte Nachrichten nicht anzeigen.</translation>
    </message>
    <message>
        <source>The message has more than one %1 header with different values; the first is used.</source>
        <translation>Die Nachricht enthält mehrere %1-Kopfzeilen mit unterschiedlichen Werten; die erste wird verwendet.</translation>
    </message>
    <message>
        <source>A part repeats the %1 parameter with different values.</source>
        <translation>Ein Teil wiederholt den Parameter %1 mit unterschiedlichen Werten.</translation>
    </message>
    <message>
        <source>The %1 header contains unencoded 8-bit text; its character set was guessed.</source>
        <translation>Die %1-Kopfzeile enthält unkodierten 8-Bit-Text; ihr Zeichensatz wurde geschätzt.</translation>
    </message>
    <message>
        <source>A part has an invalid Content-Type and is read as plain text.</source>
        <translation>Ein Teil hat einen ungültigen Content-Type und wird als reiner Text gelesen.</translation>
    </message>
    <message>
        <source>The %1 header contains a malformed encoded word.</source>
        <translation>Die %1-Kopfzeile enthält ein fehlerhaftes kodiertes Wort.</translation>
    </message>
    <message>
        <source>A multipart section is malformed; some parts may be incomplete.</source>
        <translation>Ein Multipart-Abschnitt ist fehlerhaft; einige Teile sind möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>The message ends early: a closing boundary or part is missing.</source>
        <translation>Die Nachricht endet vorzeitig: Eine abschließende Begrenzung oder ein Teil fehlt.</translation>
    </message>
    <message>
        <source>The message is malformed.</source>
        <translation>Die Nachricht ist fehlerhaft.</translation>
    </message>
    <message>
        <source>A line in a header block is not a valid header and was ignored.</source>
        <translation>Eine Zeile in einem Kopfzeilenblock ist keine gültige Kopfzeile und wurde ignoriert.</translation>
    </message>
    <message>
        <source>A multipart section has no boundary; its content is not split into parts.</source>
        <translation>Ein Multipart-Abschnitt hat keine Begrenzung; sein Inhalt wird nicht in Teile zerlegt.</translation>
    </message>
    <message>
        <source>A part has a malformed parameter.</source>
        <translation>Ein Teil hat einen fehlerhaften Parameter.</translation>
    </message>
    <message>
        <source>An address list could not be read completely.</source>
        <translation>Eine Adressliste konnte nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>The message is nested deeper than %1 levels; the deeper parts are not shown.</source>
        <translation>Die Nachricht ist tiefer als %1 Ebenen verschachtelt; die tieferen Teile werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>A part of the message is empty.</source>
        <translation>Ein Teil der Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The message has more than %1 headers; the rest are not listed.</source>
        <translation>Die Nachricht hat mehr als %1 Kopfzeilen; die übrigen werden nicht aufgeführt.</translation>
    </message>
    <message>
        <source>The Date header cannot be read.</source>
        <translation>Die Date-Kopfzeile kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The message has no headers; it is shown as plain text.</source>
        <translation>Die Nachricht hat keine Kopfzeilen; sie wird als reiner Text angezeigt.</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the rest is not shown.</source>
        <translation>Die Nachricht hat mehr als %1 Teile; der Rest wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>The headers contain NUL bytes; they are shown as �.</source>
        <translation>Die Kopfzeilen enthalten NUL-Bytes; sie werden als � angezeigt.</translation>
    </message>
    <message>
        <source>The %1 header lists too many addresses or malformed groups; only the first %2 are read.</source>
        <translation>Die %1-Kopfzeile enthält zu viele Adressen oder fehlerhafte Gruppen; nur die ersten %2 werden gelesen.</translation>
    </message>
    <message>
        <source>The %1 header holds many broken encoded words; they are shown as they are.</source>
        <translation>Die %1-Kopfzeile enthält viele defekte kodierte Wörter; sie werden unverändert angezeigt.</translation>
    </message>
    <message>
        <source>The %1 header is longer than %2 KiB and was shortened.</source>
        <translation>Die %1-Kopfzeile ist länger als %2 KiB und wurde gekürzt.</translation>
    </message>
    <message>
        <source>A header block is larger than %1 KiB; the rest of its headers are ignored.</source>
        <translation>Ein Kopfzeilenblock ist größer als %1 KiB; seine übrigen Kopfzeilen werden ignoriert.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Mime::ReplyBuilder</name>
    <message>
        <source>Unknown sender</source>
        <translation>Unbekannter Absender</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Am %1 schrieb %2:</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 schrieb:</translation>
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Weitergeleitete Nachricht --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>CC: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Mime::SpoofingCheck</name>
    <message>
        <source>The %1 address "%2" contains encoded text, a trick used to fake the sender.</source>
        <translation>Die %1-Adresse „%2“ enthält kodierten Text – ein Trick, um den Absender zu fälschen.</translation>
    </message>
    <message>
        <source>The %1 address "%2" contains invalid characters.</source>
        <translation>Die %1-Adresse „%2“ enthält ungültige Zeichen.</translation>
    </message>
    <message>
        <source>The %1 name "%2" contains the address %3, but the real address is %4.</source>
        <translation>Der %1-Name „%2“ enthält die Adresse %3, die tatsächliche Adresse ist aber %4.</translation>
    </message>
    <message>
        <source>An encoded word in the %1 header hides control characters (line breaks, NUL or text-direction overrides).</source>
        <translation>Ein kodiertes Wort in der %1-Kopfzeile verbirgt Steuerzeichen (Zeilenumbrüche, NUL oder Zeichen, die die Textrichtung umkehren).</translation>
    </message>
    <message>
        <source>An encoded word in the %1 header hides address characters (@, &lt;, &gt;), a trick used to fake the sender.</source>
        <translation>Ein kodiertes Wort in der %1-Kopfzeile verbirgt Adresszeichen (@, &lt;, &gt;) – ein Trick, um den Absender zu fälschen.</translation>
    </message>
    <message>
        <source>The %1 header contains control or text-direction characters.</source>
        <translation>Die %1-Kopfzeile enthält Steuerzeichen oder Zeichen zur Textrichtung.</translation>
    </message>
    <message>
        <source>The message names %1 senders in From but no Sender.</source>
        <translation>Die Nachricht nennt %1 Absender in From, aber keinen Sender.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store</name>
    <message>
        <source>it is not an SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>There is no folder %1 in the cache.</source>
        <translation>Im Cache gibt es keinen Ordner %1.</translation>
    </message>
    <message>
        <source>A message's body state and its stored file disagree (full or partial needs a file, and only they have one).</source>
        <translation>Der Inhaltsstatus einer Nachricht passt nicht zu ihrer gespeicherten Datei (ein vollständiger oder teilweiser Inhalt braucht eine Datei, und nur diese haben eine).</translation>
    </message>
    <message>
        <source>The message file %1 is not stored; its row was not saved.</source>
        <translation>Die Nachrichtendatei %1 ist nicht abgelegt; ihr Eintrag wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::BlobStore</name>
    <message>
        <source>Letterbox could not create the folder %1 for downloaded messages.</source>
        <translation>Letterbox konnte den Ordner %1 für heruntergeladene Nachrichten nicht anlegen.</translation>
    </message>
    <message>
        <source>Letterbox could not save the folder %1: %2.</source>
        <translation>Letterbox konnte den Ordner %1 nicht speichern: %2.</translation>
    </message>
    <message>
        <source>Letterbox could not create the folder %1: %2.</source>
        <translation>Letterbox konnte den Ordner %1 nicht anlegen: %2.</translation>
    </message>
    <message>
        <source>Letterbox could not create the message file %1: %2.</source>
        <translation>Letterbox konnte die Nachrichtendatei %1 nicht anlegen: %2.</translation>
    </message>
    <message>
        <source>Letterbox could not write the message file %1: %2.</source>
        <translation>Letterbox konnte die Nachrichtendatei %1 nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>Letterbox could not save the message file %1: %2.</source>
        <translation>Letterbox konnte die Nachrichtendatei %1 nicht speichern: %2.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a stored message.</source>
        <translation>„%1“ ist nicht der Name einer gespeicherten Nachricht.</translation>
    </message>
    <message>
        <source>The stored message %1 is missing.</source>
        <translation>Die gespeicherte Nachricht %1 fehlt.</translation>
    </message>
    <message>
        <source>Letterbox could not read the message file %1: %2.</source>
        <translation>Letterbox konnte die Nachrichtendatei %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <source>Letterbox could not remove the message file %1: %2.</source>
        <translation>Letterbox konnte die Nachrichtendatei %1 nicht löschen: %2.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::BlobWriter</name>
    <message>
        <source>The message file is not open for writing.</source>
        <translation>Die Nachrichtendatei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>Letterbox could not write the message file %1: %2.</source>
        <translation>Letterbox konnte die Nachrichtendatei %1 nicht schreiben: %2.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::BodyCache</name>
    <message>
        <source>A fetched body is either full or partial.</source>
        <translation>Ein abgerufener Inhalt ist entweder vollständig oder teilweise.</translation>
    </message>
    <message>
        <source>The message file %1 is not stored; the body was not saved.</source>
        <translation>Die Nachrichtendatei %1 ist nicht abgelegt; der Inhalt wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no message %1 in the cache.</source>
        <translation>Im Cache gibt es keine Nachricht %1.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::Database</name>
    <message>
        <source>Letterbox could not create the folder %1 for its mail cache.</source>
        <translation>Letterbox konnte den Ordner %1 für seinen Nachrichten-Cache nicht anlegen.</translation>
    </message>
    <message>
        <source>The mail cache %1 is damaged (%2). Letterbox can set it aside and download the mail again.</source>
        <translation>Der Nachrichten-Cache %1 ist beschädigt (%2). Letterbox kann ihn beiseitelegen und die Nachrichten erneut herunterladen.</translation>
    </message>
    <message>
        <source>Letterbox could not open its mail cache %1: %2.</source>
        <translation>Letterbox konnte seinen Nachrichten-Cache %1 nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>This build of Letterbox has no cache schema.</source>
        <translation>Dieser Build von Letterbox enthält kein Cache-Schema.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file, but not a Letterbox mail cache; Letterbox leaves it alone.</source>
        <translation>%1 ist eine SQLite-Datei, aber kein Nachrichten-Cache von Letterbox; Letterbox lässt sie unangetastet.</translation>
    </message>
    <message>
        <source>The mail cache %1 was made by a newer version of Letterbox (cache version %2; this version knows up to %3). Update Letterbox, or remove the cache to download the mail again.</source>
        <translation>Der Nachrichten-Cache %1 wurde von einer neueren Letterbox-Version angelegt (Cache-Version %2; diese Version kennt Versionen bis %3). Letterbox aktualisieren oder den Cache entfernen, um die Nachrichten erneut herunterzuladen.</translation>
    </message>
    <message>
        <source>Letterbox could not update its mail cache %1 to version %2: %3</source>
        <translation>Letterbox konnte seinen Nachrichten-Cache %1 nicht auf Version %2 aktualisieren: %3</translation>
    </message>
    <message>
        <source>The mail cache is not open.</source>
        <translation>Der Nachrichten-Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The disk is full: Letterbox could not update its mail cache %1.</source>
        <translation>Der Datenträger ist voll: Letterbox konnte seinen Nachrichten-Cache %1 nicht aktualisieren.</translation>
    </message>
    <message>
        <source>The mail cache %1 is in use by another Letterbox process that did not let go.</source>
        <translation>Der Nachrichten-Cache %1 wird von einem anderen Letterbox-Prozess belegt, der ihn nicht freigibt.</translation>
    </message>
    <message>
        <source>Letterbox could not read or update its mail cache %1: %2.</source>
        <translation>Letterbox konnte seinen Nachrichten-Cache %1 nicht lesen oder aktualisieren: %2.</translation>
    </message>
    <message>
        <source>A change that must survive a power cut was started inside an ordinary transaction.</source>
        <translation>Eine Änderung, die einen Stromausfall überstehen muss, wurde innerhalb einer gewöhnlichen Transaktion begonnen.</translation>
    </message>
    <message>
        <source>An earlier step of this change failed, so none of it was saved.</source>
        <translation>Ein früherer Schritt dieser Änderung ist fehlgeschlagen, daher wurde nichts davon gespeichert.</translation>
    </message>
    <message>
        <source>Letterbox could not move %1 out of the way.</source>
        <translation>Letterbox konnte %1 nicht beiseitelegen.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::FolderStore</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <source>A folder named “%1” exists already.</source>
        <translation>Ein Ordner namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The folder “%1” exists only on this computer.</source>
        <translation>Der Ordner „%1“ existiert nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>The folder “%1” changed its UIDVALIDITY; its cache must be reset first.</source>
        <translation>Die UIDVALIDITY des Ordners „%1“ hat sich geändert; sein Cache muss zuerst zurückgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::IntegrityCheck</name>
    <message>
        <source>The mail cache is not open.</source>
        <translation>Der Nachrichten-Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The stored copy of this message is missing; it cannot be sent.</source>
        <translation>Die gespeicherte Kopie dieser Nachricht fehlt; sie kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The stored copy of this message is missing; it cannot be uploaded.</source>
        <translation>Die gespeicherte Kopie dieser Nachricht fehlt; sie kann nicht hochgeladen werden.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::MessageQuery</name>
    <message>
        <source>A page needs at least one row.</source>
        <translation>Eine Seite braucht mindestens eine Zeile.</translation>
    </message>
    <message>
        <source>The page cursor belongs to another sort order.</source>
        <translation>Der Seitencursor gehört zu einer anderen Sortierung.</translation>
    </message>
    <message>
        <source>There is no folder %1 in the cache.</source>
        <translation>Im Cache gibt es keinen Ordner %1.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::MessageStore</name>
    <message>
        <source>There is no folder %1 in the cache.</source>
        <translation>Im Cache gibt es keinen Ordner %1.</translation>
    </message>
    <message>
        <source>A message in an IMAP folder needs its UID.</source>
        <translation>Eine Nachricht in einem IMAP-Ordner braucht ihre UID.</translation>
    </message>
    <message>
        <source>There is no message %1 in the cache.</source>
        <translation>Im Cache gibt es keine Nachricht %1.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::OfflineJournal</name>
    <message>
        <source>The message to upload is not stored; the change was not saved.</source>
        <translation>Die hochzuladende Nachricht ist nicht abgelegt; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no journaled change %1.</source>
        <translation>Es gibt keine protokollierte Änderung %1.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::Outbox</name>
    <message>
        <source>A message needs at least one recipient.</source>
        <translation>Eine Nachricht braucht mindestens einen Empfänger.</translation>
    </message>
    <message>
        <source>The message to send is not stored; it was not queued.</source>
        <translation>Die zu sendende Nachricht ist nicht abgelegt; sie wurde nicht in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox.</source>
        <translation>Im Postausgang gibt es keine Nachricht %1.</translation>
    </message>
    <message>
        <source>The outbox message %1 is %2 and cannot become %3.</source>
        <translation>Die Nachricht %1 im Postausgang hat den Status „%2“ und kann nicht zu „%3“ wechseln.</translation>
    </message>
    <message>
        <source>Letterbox stopped while sending this message; the server may have received it.</source>
        <translation>Letterbox wurde beim Senden dieser Nachricht beendet; der Server hat sie möglicherweise erhalten.</translation>
    </message>
    <message>
        <source>The outbox message %1 is being sent.</source>
        <translation>Die Nachricht %1 im Postausgang wird gerade gesendet.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::Pop3Ledger</name>
    <message>
        <source>A POP3 message without a UIDL cannot be recorded.</source>
        <translation>Eine POP3-Nachricht ohne UIDL kann nicht erfasst werden.</translation>
    </message>
    <message>
        <source>The POP3 message is not stored in the cache with its body, so it must stay on the server.</source>
        <translation>Die POP3-Nachricht ist nicht samt Inhalt im Cache abgelegt und muss daher auf dem Server bleiben.</translation>
    </message>
    <message>
        <source>The server never listed this POP3 message.</source>
        <translation>Der Server hat diese POP3-Nachricht nie aufgeführt.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::Transaction</name>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Die Transaktion ist bereits beendet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Letterbox</source>
        <translation>Letterbox</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Letterbox</source>
        <translation>Willkommen bei Letterbox</translation>
    </message>
    <message>
        <source>No account is set up yet.</source>
        <translation>Es ist noch kein Konto eingerichtet.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Letterbox</source>
        <translation>&amp;Über Letterbox</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Letterbox, a desktop email client.</source>
        <translation>Letterbox, ein E-Mail-Programm für den Desktop.</translation>
    </message>
    <message>
        <source>Keep settings and data under &lt;dir&gt; instead of the XDG directories.</source>
        <translation>Einstellungen und Daten unter &lt;dir&gt; statt in den XDG-Verzeichnissen ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>verz</translation>
    </message>
    <message>
        <source>letterbox: %1</source>
        <translation>letterbox: %1</translation>
    </message>
</context>
</TS>
