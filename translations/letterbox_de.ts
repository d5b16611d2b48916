<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CertificateReport</name>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Gültig vom %1 bis %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>ImapEncoder</name>
    <message>
        <source>&quot;%1&quot; is not a valid IMAP keyword.</source>
        <translation>„%1“ ist kein gültiges IMAP-Schlüsselwort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IMAP flag.</source>
        <translation>„%1“ ist kein gültiges IMAP-Flag.</translation>
    </message>
    <message>
        <source>A text sent to the server cannot contain a NUL byte.</source>
        <translation>Ein an den Server gesendeter Text darf kein NUL-Byte enthalten.</translation>
    </message>
    <message>
        <source>A folder name cannot be empty.</source>
        <translation>Ein Ordnername darf nicht leer sein.</translation>
    </message>
    <message>
        <source>ENABLE needs at least one capability.</source>
        <translation>ENABLE braucht mindestens eine Fähigkeit.</translation>
    </message>
    <message>
        <source>QRESYNC needs a UIDVALIDITY and a mod-sequence.</source>
        <translation>QRESYNC braucht eine UIDVALIDITY und eine mod-sequence.</translation>
    </message>
    <message>
        <source>QRESYNC sequence matching needs the known UIDs.</source>
        <translation>Der Sequenzabgleich von QRESYNC braucht die bekannten UIDs.</translation>
    </message>
    <message>
        <source>STATUS needs at least one item.</source>
        <translation>STATUS braucht mindestens ein Element.</translation>
    </message>
    <message>
        <source>The date given for the message is not valid.</source>
        <translation>Das für die Nachricht angegebene Datum ist ungültig.</translation>
    </message>
    <message>
        <source>The message contains NUL bytes and the server does not accept binary messages.</source>
        <translation>Die Nachricht enthält NUL-Bytes, und der Server nimmt keine binären Nachrichten an.</translation>
    </message>
    <message>
        <source>No messages were given.</source>
        <translation>Es wurden keine Nachrichten angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid message section.</source>
        <translation>„%1“ ist kein gültiger Nachrichtenabschnitt.</translation>
    </message>
    <message>
        <source>A FETCH needs at least one item.</source>
        <translation>Ein FETCH braucht mindestens ein Element.</translation>
    </message>
    <message>
        <source>VANISHED needs CHANGEDSINCE in a UID FETCH.</source>
        <translation>VANISHED braucht CHANGEDSINCE in einem UID FETCH.</translation>
    </message>
    <message>
        <source>A search needs at least one key.</source>
        <translation>Eine Suche braucht mindestens ein Suchkriterium.</translation>
    </message>
</context>
<context>
    <name>ImapFramer</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Der Server hat eine Zeile gesendet, die länger als %1 Bytes ist.</translation>
    </message>
    <message>
        <source>The server announced a literal larger than %1 bytes.</source>
        <translation>Der Server hat ein Literal angekündigt, das größer als %1 Bytes ist.</translation>
    </message>
    <message>
        <source>The server sent a response larger than %1 bytes.</source>
        <translation>Der Server hat eine Antwort gesendet, die größer als %1 Bytes ist.</translation>
    </message>
    <message>
        <source>The server announced a literal of impossible size; the connection cannot go on.</source>
        <translation>Der Server hat ein Literal von unmöglicher Größe angekündigt; die Verbindung kann nicht fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>ImapParser</name>
    <message>
        <source>The server sent a response that cannot be read (byte %1: %2).</source>
        <translation>Der Server hat eine Antwort gesendet, die nicht gelesen werden kann (Byte %1: %2).</translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::Account</name>
    <message>
        <source>Account %1: &apos;%2&apos; is not a valid %3 host name.</source>
        <translation>Konto %1: „%2“ ist kein gültiger %3-Hostname.</translation>
    </message>
    <message>
        <source>Account %1: the %2 port must be between 1 and 65535.</source>
        <translation>Konto %1: Der %2-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Account %1: the %2 login must be one line of text.</source>
        <translation>Konto %1: Der %2-Anmeldename muss aus einer einzigen Textzeile bestehen.</translation>
    </message>
    <message>
        <source>Account %1: the pinned %2 certificate is not a SHA-256 fingerprint.</source>
        <translation>Konto %1: Das angeheftete %2-Zertifikat ist kein SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>Account %1 would send its password unencrypted to %2:%3 (security none); choose tls or starttls, or allow plaintext explicitly (allow-plaintext).</source>
        <translation>Konto %1 würde sein Passwort unverschlüsselt an %2:%3 senden (security none); wählen Sie tls oder starttls, oder erlauben Sie Klartext ausdrücklich (allow-plaintext).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid account name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not starting with &apos;.&apos;.</source>
        <translation>„%1“ ist kein gültiger Kontoname: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, und beginnen Sie nicht mit &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Account %1: &apos;%2&apos; is not an email address.</source>
        <translation>Konto %1: „%2“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Account %1: the display name must be one line of text.</source>
        <translation>Konto %1: Der Anzeigename muss aus einer einzigen Textzeile bestehen.</translation>
    </message>
    <message>
        <source>Account %1: the password command is empty.</source>
        <translation>Konto %1: Der Passwortbefehl ist leer.</translation>
    </message>
    <message>
        <source>Account %1: the CA file %2 must be an absolute path.</source>
        <translation>Konto %1: Die CA-Datei %2 muss als absoluter Pfad angegeben werden.</translation>
    </message>
    <message>
        <source>Account %1: POP3 messages can be kept between 1 and %2 days.</source>
        <translation>Konto %1: POP3-Nachrichten können zwischen 1 und %2 Tagen aufbewahrt werden.</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>Eingangsserver</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>Account %1: OAuth2 needs a client id (oauth2-client-id).</source>
        <translation>Konto %1: OAuth2 braucht eine Client-ID (oauth2-client-id).</translation>
    </message>
    <message>
        <source>Account %1: %2 &apos;%3&apos; is not an https URL (plain http only to this computer).</source>
        <translation>Konto %1: %2 „%3“ ist keine https-URL (unverschlüsseltes http nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>Account %1: the IMAP sync window is between 0 (every message) and %2 days.</source>
        <translation>Konto %1: Das IMAP-Synchronisierungsfenster liegt zwischen 0 (alle Nachrichten) und %2 Tagen.</translation>
    </message>
    <message>
        <source>Account %1: mail is checked every 1 to %2 minutes, or 0 for only when asked.</source>
        <translation>Konto %1: Nachrichten werden alle 1 bis %2 Minuten abgerufen, oder 0 für nur auf Anforderung.</translation>
    </message>
    <message>
        <source>Account %1: bodies are kept offline for 1 to %2 days, or 0 for every message.</source>
        <translation>Konto %1: Nachrichteninhalte werden 1 bis %2 Tage offline aufbewahrt, oder 0 für alle Nachrichten.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::AccountOptions</name>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Unknown account option.</source>
        <translation>Unbekannte Kontooption.</translation>
    </message>
    <message>
        <source>Account %1: %2 takes yes or no, not &apos;%3&apos;.</source>
        <translation>Konto %1: %2 erwartet yes oder no, nicht „%3“.</translation>
    </message>
    <message>
        <source>Account %1: &apos;%2&apos; is not a port number (1 to 65535).</source>
        <translation>Konto %1: „%2“ ist keine Portnummer (1 bis 65535).</translation>
    </message>
    <message>
        <source>Account %1: the security is tls, starttls or none, not &apos;%2&apos;.</source>
        <translation>Konto %1: Als Sicherheit sind tls, starttls oder none möglich, nicht „%2“.</translation>
    </message>
    <message>
        <source>Account %1: incoming is imap or pop3, not &apos;%2&apos;.</source>
        <translation>Konto %1: incoming ist imap oder pop3, nicht „%2“.</translation>
    </message>
    <message>
        <source>Account %1: to stop using the keychain, set password-command instead.</source>
        <translation>Konto %1: Um den Schlüsselbund nicht mehr zu verwenden, setzen Sie stattdessen password-command.</translation>
    </message>
    <message>
        <source>Account %1: the password command is empty.</source>
        <translation>Konto %1: Der Passwortbefehl ist leer.</translation>
    </message>
    <message>
        <source>Account %1: to change the POP3 retention, set pop3-keep, pop3-keep-days, pop3-delete-after-download or pop3-delete-with-local.</source>
        <translation>Konto %1: Um die POP3-Aufbewahrung zu ändern, setzen Sie pop3-keep, pop3-keep-days, pop3-delete-after-download oder pop3-delete-with-local.</translation>
    </message>
    <message>
        <source>Account %1: &apos;%2&apos; is not a number of days.</source>
        <translation>Konto %1: „%2“ ist keine Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>The account&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Kontos.</translation>
    </message>
    <message>
        <source>The name shown to recipients.</source>
        <translation>Der Name, den die Empfänger sehen.</translation>
    </message>
    <message>
        <source>The protocol that fetches mail.</source>
        <translation>Das Protokoll, mit dem Nachrichten abgerufen werden.</translation>
    </message>
    <message>
        <source>The incoming server.</source>
        <translation>Der Eingangsserver.</translation>
    </message>
    <message>
        <source>The incoming port (default from protocol and security: IMAP 993/143, POP3 995/110).</source>
        <translation>Der Port des Eingangsservers (Standard je nach Protokoll und Sicherheit: IMAP 993/143, POP3 995/110).</translation>
    </message>
    <message>
        <source>How the incoming connection is protected (default tls).</source>
        <translation>Wie die Verbindung zum Eingangsserver geschützt wird (Standard tls).</translation>
    </message>
    <message>
        <source>The incoming login (default: the email address).</source>
        <translation>Der Anmeldename beim Eingangsserver (Standard: die E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>The SMTP submission server (default: the incoming host).</source>
        <translation>Der SMTP-Server für den Versand (Standard: der Eingangsserver).</translation>
    </message>
    <message>
        <source>The SMTP port (default from security: 465 tls, 587 starttls).</source>
        <translation>Der SMTP-Port (Standard je nach Sicherheit: 465 tls, 587 starttls).</translation>
    </message>
    <message>
        <source>How the SMTP connection is protected (default tls).</source>
        <translation>Wie die SMTP-Verbindung geschützt wird (Standard tls).</translation>
    </message>
    <message>
        <source>The SMTP login (default: the incoming login).</source>
        <translation>Der SMTP-Anmeldename (Standard: der Anmeldename beim Eingangsserver).</translation>
    </message>
    <message>
        <source>Read the password from one line of standard input and keep it in the system keychain.</source>
        <translation>Das Passwort aus einer Zeile der Standardeingabe lesen und im Schlüsselbund des Systems ablegen.</translation>
    </message>
    <message>
        <source>Run CMD (with /bin/sh -c) each time the password is needed; its first output line is the password.</source>
        <translation>CMD (mit /bin/sh -c) jedes Mal ausführen, wenn das Passwort gebraucht wird; seine erste Ausgabezeile ist das Passwort.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for this account.</source>
        <translation>Für dieses Konto zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>POP3: leave every message on the server.</source>
        <translation>POP3: Alle Nachrichten auf dem Server lassen.</translation>
    </message>
    <message>
        <source>POP3: delete messages from the server N days after they arrived.</source>
        <translation>POP3: Nachrichten N Tage nach ihrem Eingang vom Server löschen.</translation>
    </message>
    <message>
        <source>POP3: delete a message from the server once it is safely stored here.</source>
        <translation>POP3: Eine Nachricht vom Server löschen, sobald sie hier sicher abgelegt ist.</translation>
    </message>
    <message>
        <source>POP3: delete a message from the server when it is deleted here.</source>
        <translation>POP3: Eine Nachricht vom Server löschen, wenn sie hier gelöscht wird.</translation>
    </message>
    <message>
        <source>Allow the password over a connection with security none.</source>
        <translation>Das Passwort auch über eine Verbindung mit security none zulassen.</translation>
    </message>
    <message>
        <source>Account %1: --%2 is given twice.</source>
        <translation>Konto %1: --%2 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Account %1: give either --password-stdin or --password-command, not both.</source>
        <translation>Konto %1: Geben Sie entweder --password-stdin oder --password-command an, nicht beides.</translation>
    </message>
    <message>
        <source>Account %1: give only one of --pop3-keep, --pop3-keep-days, --pop3-delete-after-download and --pop3-delete-with-local.</source>
        <translation>Konto %1: Geben Sie nur eine der Optionen --pop3-keep, --pop3-keep-days, --pop3-delete-after-download und --pop3-delete-with-local an.</translation>
    </message>
    <message>
        <source>Account %1 needs --%2.</source>
        <translation>Konto %1 braucht --%2.</translation>
    </message>
    <message>
        <source>Account %1: &apos;%2&apos; is not a SHA-256 fingerprint (64 hex digits, as &apos;letterbox-cli account test&apos; shows it).</source>
        <translation>Konto %1: „%2“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern, wie &apos;letterbox-cli account test&apos; ihn anzeigt).</translation>
    </message>
    <message>
        <source>Trust the incoming server&apos;s certificate with this SHA-256 fingerprint (as &apos;account test&apos; shows it), for this host and port only; none removes the pin.</source>
        <translation>Dem Zertifikat des Eingangsservers mit diesem SHA-256-Fingerabdruck vertrauen (wie &apos;account test&apos; ihn anzeigt), nur für diesen Host und Port; none entfernt die Anheftung.</translation>
    </message>
    <message>
        <source>The same for the SMTP server&apos;s certificate.</source>
        <translation>Dasselbe für das Zertifikat des SMTP-Servers.</translation>
    </message>
    <message>
        <source>IMAP: download every whole message at each sync, so all mail reads offline.</source>
        <translation>IMAP: bei jeder Synchronisierung jede Nachricht vollständig herunterladen, damit alle E-Mails offline lesbar sind.</translation>
    </message>
    <message>
        <source>The text added below new messages.</source>
        <translation>Der Text, der unter neuen Nachrichten angefügt wird.</translation>
    </message>
    <message>
        <source>OAuth2: the provider&apos;s authorization URL (https).</source>
        <translation>OAuth2: die Autorisierungs-URL des Anbieters (https).</translation>
    </message>
    <message>
        <source>OAuth2: the provider&apos;s token URL (https).</source>
        <translation>OAuth2: die Token-URL des Anbieters (https).</translation>
    </message>
    <message>
        <source>OAuth2: this program&apos;s client id at the provider; log in with OAuth2 instead of a password (&apos;account login NAME&apos; gets the tokens).</source>
        <translation>OAuth2: die Client-ID dieses Programms beim Anbieter; mit OAuth2 statt mit einem Passwort anmelden (&apos;account login NAME&apos; holt die Tokens).</translation>
    </message>
    <message>
        <source>OAuth2: the scopes to ask for, separated by spaces.</source>
        <translation>OAuth2: die anzufordernden Scopes, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Account %1: &apos;%2&apos; is not a number of days (0 for every message).</source>
        <translation>Konto %1: „%2“ ist keine Anzahl von Tagen (0 für alle Nachrichten).</translation>
    </message>
    <message>
        <source>Account %1: &apos;%2&apos; is not a number of minutes (0 for only when asked).</source>
        <translation>Konto %1: „%2“ ist keine Anzahl von Minuten (0 für nur auf Anforderung).</translation>
    </message>
    <message>
        <source>IMAP: sync only the messages of the last N days, for very large accounts (0, the default: every message).</source>
        <translation>IMAP: nur die Nachrichten der letzten N Tage synchronisieren, für sehr große Konten (0, der Standard: alle Nachrichten).</translation>
    </message>
    <message>
        <source>How often the window gets new mail, in minutes (default 10; 0: only when asked).</source>
        <translation>Wie oft das Fenster neue Nachrichten abruft, in Minuten (Standard 10; 0: nur auf Anforderung).</translation>
    </message>
    <message>
        <source>Account %1: imap-idle takes yes or no, not &apos;%2&apos;.</source>
        <translation>Konto %1: imap-idle erwartet yes oder no, nicht „%2“.</translation>
    </message>
    <message>
        <source>IMAP with imap-keep-offline: download only the bodies of the last N days (0, the default: every message).</source>
        <translation>IMAP mit imap-keep-offline: nur die Nachrichteninhalte der letzten N Tage herunterladen (0, der Standard: alle Nachrichten).</translation>
    </message>
    <message>
        <source>IMAP: keep the Inbox open (IDLE) so new mail shows at once (default yes).</source>
        <translation>IMAP: den Posteingang offen halten (IDLE), damit neue Nachrichten sofort erscheinen (Standard yes).</translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::AccountStore</name>
    <message>
        <source>Cannot read the settings file %1: it is not a valid INI file.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden, da sie keine gültige INI-Datei ist.</translation>
    </message>
    <message>
        <source>Cannot read the settings file %1: permission denied.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer Letterbox (format %2; this one knows %3), so it is left untouched.</source>
        <translation>Die Einstellungsdatei %1 wurde von einer neueren Letterbox-Version geschrieben (Format %2; diese Version kennt %3) und bleibt daher unangetastet.</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no account called %1.</source>
        <translation>Es gibt kein Konto namens %1.</translation>
    </message>
    <message>
        <source>The settings of account %1 in %2 are damaged: %3 has a value this program does not know.</source>
        <translation>Die Einstellungen des Kontos %1 in %2 sind beschädigt: %3 hat einen Wert, den dieses Programm nicht kennt.</translation>
    </message>
    <message>
        <source>The settings of account %1 in %2 are damaged: %3</source>
        <translation>Die Einstellungen des Kontos %1 in %2 sind beschädigt: %3</translation>
    </message>
    <message>
        <source>There is already an account called %1.</source>
        <translation>Es gibt bereits ein Konto namens %1.</translation>
    </message>
    <message>
        <source>Cannot delete the data of account %1 in %2.</source>
        <translation>Die Daten des Kontos %1 in %2 können nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::AutoconfigProposal</name>
    <message>
        <source>The configuration names no SMTP server; sending needs one set by hand.</source>
        <translation>Die Konfiguration nennt keinen SMTP-Server; zum Senden muss einer von Hand eingetragen werden.</translation>
    </message>
    <message>
        <source>The provider asks for OAuth2 sign-in, which Letterbox does not offer yet; a password may be refused.</source>
        <translation>Der Anbieter verlangt eine Anmeldung über OAuth2, die Letterbox noch nicht anbietet; ein Passwort wird möglicherweise abgelehnt.</translation>
    </message>
    <message>
        <source>%1 server %2:%3 offers no encryption: the password and all mail would cross the network readable by anyone on the way. Use it only if you accept that (account add needs --allow-plaintext).</source>
        <translation>Der %1-Server %2:%3 bietet keine Verschlüsselung: Das Passwort und alle Nachrichten würden für jeden auf dem Weg lesbar durch das Netz gehen. Verwenden Sie ihn nur, wenn Sie das in Kauf nehmen (account add braucht dann --allow-plaintext).</translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::AutoconfigXml</name>
    <message>
        <source>it declares a DOCTYPE or entities, which autoconfig documents never need</source>
        <translation>es deklariert einen DOCTYPE oder Entitäten, die Autoconfig-Dokumente nie brauchen</translation>
    </message>
    <message>
        <source>it has no emailProvider</source>
        <translation>es enthält kein emailProvider</translation>
    </message>
    <message>
        <source>it names no IMAP or POP3 server Letterbox can use</source>
        <translation>es nennt keinen IMAP- oder POP3-Server, den Letterbox verwenden kann</translation>
    </message>
    <message>
        <source>The autoconfig document is refused: %1.</source>
        <translation>Das Autoconfig-Dokument wird abgelehnt: %1.</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>Elemente sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a text is longer than %1 characters</source>
        <translation>ein Text ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>it lists more than %1 servers</source>
        <translation>es führt mehr als %1 Server auf</translation>
    </message>
    <message>
        <source>The autoconfig document is refused: it is larger than %1 KiB.</source>
        <translation>Das Autoconfig-Dokument wird abgelehnt: Es ist größer als %1 KiB.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::CredentialJob</name>
    <message>
        <source>The system keychain holds no password for account %1.</source>
        <translation>Der Schlüsselbund des Systems enthält kein Passwort für das Konto %1.</translation>
    </message>
    <message>
        <source>The system keychain refused the password of account %1 (is it locked?): %2</source>
        <translation>Der Schlüsselbund des Systems hat das Passwort des Kontos %1 verweigert (ist er gesperrt?): %2</translation>
    </message>
    <message>
        <source>The system keychain has no unlocked keyring for the password of account %1 (%2). Unlock or create the login keyring (e.g. gnome-keyring-daemon --unlock), or give the account a password command.</source>
        <translation>Der Schlüsselbund des Systems hat keinen entsperrten Schlüsselring für das Passwort des Kontos %1 (%2). Entsperren oder erstellen Sie den Anmelde-Schlüsselring (z. B. gnome-keyring-daemon --unlock), oder geben Sie dem Konto einen Passwortbefehl.</translation>
    </message>
    <message>
        <source>The system keychain failed for account %1: %2</source>
        <translation>Der Schlüsselbund des Systems ist beim Konto %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>No system keychain is reachable for the password of account %1 (%2). Start a Secret Service such as gnome-keyring (packages gnome-keyring and libsecret-1-0) in the desktop session, or give the account a password command.</source>
        <translation>Für das Passwort des Kontos %1 ist kein Schlüsselbund des Systems erreichbar (%2). Starten Sie in der Desktop-Sitzung einen Secret Service wie gnome-keyring (Pakete gnome-keyring und libsecret-1-0), oder geben Sie dem Konto einen Passwortbefehl.</translation>
    </message>
    <message>
        <source>The password command of account %1 could not be started: %2</source>
        <translation>Der Passwortbefehl des Kontos %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The password command of account %1 crashed%2.</source>
        <translation>Der Passwortbefehl des Kontos %1 ist abgestürzt%2.</translation>
    </message>
    <message>
        <source>The password command of account %1 failed with exit status %2%3.</source>
        <translation>Der Passwortbefehl des Kontos %1 ist mit Rückgabewert %2 gescheitert%3.</translation>
    </message>
    <message>
        <source>The password command of account %1 printed no password.</source>
        <translation>Der Passwortbefehl des Kontos %1 hat kein Passwort ausgegeben.</translation>
    </message>
    <message numerus="yes">
        <source>The password command of account %1 did not finish within %n seconds.</source>
        <translation>
            <numerusform>Der Passwortbefehl des Kontos %1 wurde nicht innerhalb von %n Sekunde beendet.</numerusform>
            <numerusform>Der Passwortbefehl des Kontos %1 wurde nicht innerhalb von %n Sekunden beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n seconds about account %1; it may be locked and waiting for a password prompt.</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat innerhalb von %n Sekunde nicht zum Konto %1 geantwortet; er ist möglicherweise gesperrt und wartet auf eine Passwortabfrage.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat innerhalb von %n Sekunden nicht zum Konto %1 geantwortet; er ist möglicherweise gesperrt und wartet auf eine Passwortabfrage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::OAuth2Authorizer</name>
    <message>
        <source>The OAuth2 provider of account %1 refused: %2 %3</source>
        <translation>Der OAuth2-Anbieter des Kontos %1 hat abgelehnt: %2 %3</translation>
    </message>
    <message>
        <source>The OAuth2 provider of account %1 did not answer in time.</source>
        <translation>Der OAuth2-Anbieter des Kontos %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1 for the OAuth2 answer of account %2.</source>
        <translation>Auf 127.0.0.1 Port %1 kann nicht auf die OAuth2-Antwort des Kontos %2 gelauscht werden.</translation>
    </message>
    <message>
        <source>Account %1 has no OAuth2 refresh token; run &apos;letterbox-cli account login %1&apos;.</source>
        <translation>Konto %1 hat kein OAuth2-Refresh-Token; führen Sie &apos;letterbox-cli account login %1&apos; aus.</translation>
    </message>
    <message>
        <source>The OAuth2 provider of account %1 sent no access token.</source>
        <translation>Der OAuth2-Anbieter des Kontos %1 hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <source>The OAuth2 token endpoint of account %1 refused (HTTP %2): %3</source>
        <translation>Der OAuth2-Token-Endpunkt des Kontos %1 hat abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Account %1 has no OAuth2 tokens yet; run &apos;letterbox-cli account login %1&apos;.</source>
        <translation>Konto %1 hat noch keine OAuth2-Tokens; führen Sie &apos;letterbox-cli account login %1&apos; aus.</translation>
    </message>
    <message>
        <source>The OAuth2 tokens of account %1 in the keychain are damaged; run &apos;letterbox-cli account login %1&apos;.</source>
        <translation>Die OAuth2-Tokens des Kontos %1 im Schlüsselbund sind beschädigt; führen Sie &apos;letterbox-cli account login %1&apos; aus.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::Profile</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::AccountCache</name>
    <message>
        <source>The cache of account %1 could not be opened: %2</source>
        <translation>Der Cache des Kontos %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The cache of account %1 could not be read: %2</source>
        <translation>Der Cache des Kontos %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Account %1 has no Inbox in its cache yet; run &apos;letterbox-cli sync %1&apos; first.</source>
        <translation>Konto %1 hat noch keinen Posteingang im Cache; führen Sie zuerst &apos;letterbox-cli sync %1&apos; aus.</translation>
    </message>
    <message>
        <source>Account %1 has no folder &quot;%2&quot; in its cache; &apos;letterbox-cli folders %1&apos; lists them.</source>
        <translation>Konto %1 hat keinen Ordner „%2“ im Cache; &apos;letterbox-cli folders %1&apos; listet die Ordner auf.</translation>
    </message>
    <message>
        <source>%1 in account %2 has no message with UID %3 in the cache.</source>
        <translation>%1 im Konto %2 hat keine Nachricht mit der UID %3 im Cache.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::AccountCommand</name>
    <message>
        <source>Password for account %1: </source>
        <translation>Passwort für Konto %1: </translation>
    </message>
    <message>
        <source>What to do. KEY is an option of &apos;add&apos; without its dashes; a switch takes yes or no.</source>
        <translation>Was zu tun ist. KEY ist eine Option von &apos;add&apos; ohne ihre Bindestriche; ein Schalter erwartet yes oder no.</translation>
    </message>
    <message>
        <source>account %1 does not take %2.</source>
        <translation>account %1 akzeptiert %2 nicht.</translation>
    </message>
    <message>
        <source>account list takes no NAME.</source>
        <translation>account list erwartet keinen NAME.</translation>
    </message>
    <message>
        <source>account add takes exactly one NAME.</source>
        <translation>account add erwartet genau einen NAME.</translation>
    </message>
    <message>
        <source>Account %1: --%2 is given twice.</source>
        <translation>Konto %1: --%2 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>There is already an account called %1.</source>
        <translation>Es gibt bereits ein Konto namens %1.</translation>
    </message>
    <message>
        <source>Account %1: --password-stdin found no password on standard input (one line expected).</source>
        <translation>Konto %1: --password-stdin hat auf der Standardeingabe kein Passwort gefunden (eine Zeile erwartet).</translation>
    </message>
    <message>
        <source>Account %1 added (%2 %3:%4).</source>
        <translation>Konto %1 hinzugefügt (%2 %3:%4).</translation>
    </message>
    <message>
        <source>No accounts; add one with &apos;letterbox-cli account add&apos;.</source>
        <translation>Keine Konten; fügen Sie eines mit &apos;letterbox-cli account add&apos; hinzu.</translation>
    </message>
    <message>
        <source>account show takes exactly one NAME.</source>
        <translation>account show erwartet genau einen NAME.</translation>
    </message>
    <message>
        <source>account set takes NAME KEY VALUE.</source>
        <translation>account set erwartet NAME KEY VALUE.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account setting; the keys are the options of &apos;account add&apos; without their dashes.</source>
        <translation>„%1“ ist keine Kontoeinstellung; die Schlüssel sind die Optionen von &apos;account add&apos; ohne ihre Bindestriche.</translation>
    </message>
    <message>
        <source>account set %1 %2 needs a VALUE.</source>
        <translation>account set %1 %2 braucht VALUE.</translation>
    </message>
    <message>
        <source>Account %1: password-stdin found no password on standard input (one line expected).</source>
        <translation>Konto %1: password-stdin hat auf der Standardeingabe kein Passwort gefunden (eine Zeile erwartet).</translation>
    </message>
    <message>
        <source>Account %1 now uses its password command, but its old password could not be removed from the keychain: %2</source>
        <translation>Konto %1 verwendet jetzt seinen Passwortbefehl, aber sein altes Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>account remove takes exactly one NAME.</source>
        <translation>account remove erwartet genau einen NAME.</translation>
    </message>
    <message>
        <source>Account %1 is removed, but its password may remain in the keychain: %2</source>
        <translation>Konto %1 ist entfernt, aber sein Passwort ist möglicherweise noch im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Konto %1 entfernt.</translation>
    </message>
    <message>
        <source>, login %1</source>
        <translation>, Anmeldename %1</translation>
    </message>
    <message>
        <source>list, show, test, autoconfig: print one JSON document.</source>
        <translation>list, show, test, autoconfig: ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>autoconfig: ask this DNS server (an IP address, port 53) instead of the system&apos;s resolver.</source>
        <translation>autoconfig: diesen DNS-Server (eine IP-Adresse, Port 53) statt des Resolvers des Systems fragen.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>account test takes exactly one NAME.</source>
        <translation>account test erwartet genau einen NAME.</translation>
    </message>
    <message>
        <source>account autoconfig takes exactly one e-mail ADDRESS.</source>
        <translation>account autoconfig erwartet genau eine E-Mail-Adresse (ADDRESS).</translation>
    </message>
    <message>
        <source>--nameserver needs an IP address, not &apos;%1&apos;.</source>
        <translation>--nameserver braucht eine IP-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>Not found at %1: %2</source>
        <translation>Nicht gefunden bei %1: %2</translation>
    </message>
    <message>
        <source>Found by %1 (%2):</source>
        <translation>Gefunden über %1 (%2):</translation>
    </message>
    <message>
        <source>  incoming: %1</source>
        <translation>  Eingang: %1</translation>
    </message>
    <message>
        <source>  smtp:     %1</source>
        <translation>  SMTP:    %1</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keiner gefunden</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Nothing is saved. To add this account (choose a NAME and add --password-stdin or --password-command):</source>
        <translation>Es wurde nichts gespeichert. So fügen Sie dieses Konto hinzu (wählen Sie einen NAME und ergänzen Sie --password-stdin oder --password-command):</translation>
    </message>
    <message>
        <source>Add, find, list, show, test, change, log in or remove accounts: account add|autoconfig|list|show|test|set|login|remove.</source>
        <translation>Konten hinzufügen, finden, auflisten, anzeigen, testen, ändern, anmelden oder entfernen: account add|autoconfig|list|show|test|set|login|remove.</translation>
    </message>
    <message>
        <source>account needs one of add, autoconfig, list, show, test, set, login or remove.</source>
        <translation>account braucht einen der Unterbefehle add, autoconfig, list, show, test, set, login oder remove.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account command; use add, autoconfig, list, show, test, set, login or remove.</source>
        <translation>„%1“ ist kein account-Unterbefehl; verwenden Sie add, autoconfig, list, show, test, set, login oder remove.</translation>
    </message>
    <message>
        <source>account login takes exactly one NAME.</source>
        <translation>account login erwartet genau einen NAME.</translation>
    </message>
    <message>
        <source>Account %1 does not use OAuth2; set oauth2-client-id (and the provider&apos;s URLs) first.</source>
        <translation>Konto %1 verwendet kein OAuth2; setzen Sie zuerst oauth2-client-id (und die URLs des Anbieters).</translation>
    </message>
    <message>
        <source>Open this address in a web browser and log in; this waits up to 5 minutes:</source>
        <translation>Öffnen Sie diese Adresse in einem Webbrowser und melden Sie sich an; es wird bis zu 5 Minuten gewartet:</translation>
    </message>
    <message>
        <source>Account %1 is logged in with OAuth2; its tokens are in the system keychain.</source>
        <translation>Konto %1 ist mit OAuth2 angemeldet; seine Tokens liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Account %1 is removed, but its OAuth2 tokens may remain in the keychain: %2</source>
        <translation>Konto %1 ist entfernt, aber seine OAuth2-Tokens sind möglicherweise noch im Schlüsselbund: %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::AccountFormat</name>
    <message>
        <source>%1  %2  %3 %4:%5 (%6)</source>
        <translation>%1  %2  %3 %4:%5 (%6)</translation>
    </message>
    <message numerus="yes">
        <source>keep %n days</source>
        <translation>
            <numerusform>%n Tag behalten</numerusform>
            <numerusform>%n Tage behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>incoming %1, SMTP %2</source>
        <translation>Eingang %1, SMTP %2</translation>
    </message>
    <message>
        <source>0 (every message)</source>
        <translation>0 (alle Nachrichten)</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>0 (only when asked)</source>
        <translation>0 (nur auf Anforderung)</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::AccountTest</name>
    <message>
        <source>The test of account %1 did not finish in time.</source>
        <translation>Der Test des Kontos %1 wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Konto %1: %2</translation>
    </message>
    <message>
        <source>If this is %1&apos;s own certificate (compare its SHA-256 fingerprint with what the server&apos;s administrator publishes), trust it with: letterbox-cli account set %2 %3 %4</source>
        <translation>Wenn das wirklich das Zertifikat von %1 ist (vergleichen Sie seinen SHA-256-Fingerabdruck mit dem, den der Administrator des Servers veröffentlicht), vertrauen Sie ihm mit: letterbox-cli account set %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::CommandLine</name>
    <message>
        <source>Usage: %1 [--profile DIR] COMMAND [OPTIONS]
Letterbox&apos;s command line: the same engines as the window, for scripts.

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
Run &apos;%1 COMMAND --help&apos; for the options of a command.
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
        <source>&apos;%1&apos; is not a command; run &apos;%2 --help&apos; for the list.</source>
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
    <name>Letterbox::Cli::FlagCommand</name>
    <message>
        <source>Mark a message read or unread, flagged or not, or deleted: +seen -seen +flagged -flagged +deleted.</source>
        <translation>Eine Nachricht als gelesen oder ungelesen, markiert oder nicht markiert oder als gelöscht kennzeichnen: +seen -seen +flagged -flagged +deleted.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>+seen, +flagged or +deleted sets the flag; -seen or -flagged clears it.</source>
        <translation>+seen, +flagged oder +deleted setzt das Flag; -seen oder -flagged entfernt es.</translation>
    </message>
    <message>
        <source>The folder.</source>
        <translation>Der Ordner.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>The message&apos;s UID (as &apos;list&apos; shows it).</source>
        <translation>Die UID der Nachricht (wie &apos;list&apos; sie anzeigt).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>As -seen: mark unread.</source>
        <translation>Wie -seen: als ungelesen kennzeichnen.</translation>
    </message>
    <message>
        <source>As -flagged: clear the flag.</source>
        <translation>Wie -flagged: die Markierung entfernen.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli flag NAME --folder PATH --uid N [+seen|-seen|+flagged|-flagged|+deleted]</source>
        <translation>Aufruf: letterbox-cli flag NAME --folder PATH --uid N [+seen|-seen|+flagged|-flagged|+deleted]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flag change.</source>
        <translation>„%1“ ist keine Flag-Änderung.</translation>
    </message>
    <message>
        <source>Say which flag to change.</source>
        <translation>Geben Sie an, welches Flag geändert werden soll.</translation>
    </message>
    <message>
        <source>Account %1: the flags of UID %2 in %3 could not be changed: %4</source>
        <translation>Konto %1: Die Flags der UID %2 in %3 konnten nicht geändert werden: %4</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::FoldersCommand</name>
    <message>
        <source>List an account&apos;s folders from the local cache, with message counts.</source>
        <translation>Die Ordner eines Kontos aus dem lokalen Cache auflisten, mit der Anzahl der Nachrichten.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli folders NAME [--json]</source>
        <translation>Aufruf: letterbox-cli folders NAME [--json]</translation>
    </message>
    <message>
        <source>The folders of account %1 could not be read: %2</source>
        <translation>Die Ordner des Kontos %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Account %1 has no folders in its cache yet; run &apos;letterbox-cli sync %1&apos;.</source>
        <translation>Konto %1 hat noch keine Ordner im Cache; führen Sie &apos;letterbox-cli sync %1&apos; aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::InspectCommand</name>
    <message>
        <source>Run sync or send for an account and print its protocol transcript (passwords hidden).</source>
        <translation>sync oder send für ein Konto ausführen und den Protokollmitschnitt ausgeben (Passwörter verborgen).</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>The command to run and its options, after --: sync [options] or send [options].</source>
        <translation>Der auszuführende Befehl und seine Optionen, nach --: sync [Optionen] oder send [Optionen].</translation>
    </message>
    <message>
        <source>Also print the lines of folded literals and message bodies.</source>
        <translation>Auch die Zeilen eingeklappter Literale und Nachrichteninhalte ausgeben.</translation>
    </message>
    <message>
        <source>letterbox-cli: inspect needs an account and a command: inspect NAME -- sync|send ...</source>
        <translation>letterbox-cli: inspect braucht ein Konto und einen Befehl: inspect NAME -- sync|send ...</translation>
    </message>
    <message>
        <source>letterbox-cli: inspect runs sync or send, not &apos;%1&apos;.</source>
        <translation>letterbox-cli: inspect führt sync oder send aus, nicht „%1“.</translation>
    </message>
    <message>
        <source>letterbox-cli: %1 opened no connection.</source>
        <translation>letterbox-cli: %1 hat keine Verbindung geöffnet.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::JournalRun</name>
    <message>
        <source>The change is kept in the cache of %1 and goes to the server at the next sync.</source>
        <translation>Die Änderung wird im Cache von %1 gespeichert und bei der nächsten Synchronisierung an den Server übertragen.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>Account %1: the server could not be told yet (%2); the change is kept and goes to the server at the next sync.</source>
        <translation>Konto %1: Der Server konnte noch nicht benachrichtigt werden (%2); die Änderung bleibt gespeichert und wird bei der nächsten Synchronisierung an den Server übertragen.</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Konto %1: %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::ListCommand</name>
    <message>
        <source>List the newest messages of a folder from the local cache.</source>
        <translation>Die neuesten Nachrichten eines Ordners aus dem lokalen Cache auflisten.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>The folder (default: the Inbox).</source>
        <translation>Der Ordner (Standard: der Posteingang).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; messages, newest first (default %1; 0 for all).</source>
        <translation>Höchstens &lt;n&gt; Nachrichten, die neuesten zuerst (Standard %1; 0 für alle).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli list NAME [--folder PATH] [--limit N] [--json]</source>
        <translation>Aufruf: letterbox-cli list NAME [--folder PATH] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit needs a whole number of messages, 0 or more.</source>
        <translation>--limit braucht eine ganze Zahl von Nachrichten, 0 oder mehr.</translation>
    </message>
    <message>
        <source>The messages of %1 in account %2 could not be read: %3</source>
        <translation>Die Nachrichten von %1 im Konto %2 konnten nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 has no messages in the cache.</source>
        <translation>%1 hat keine Nachrichten im Cache.</translation>
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
        <translation>
            <numerusform>(%n Byte)</numerusform>
            <numerusform>(%n Bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::MoveCommand</name>
    <message>
        <source>Move a message to another folder.</source>
        <translation>Eine Nachricht in einen anderen Ordner verschieben.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>The folder the message is in.</source>
        <translation>Der Ordner, in dem die Nachricht liegt.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>The message&apos;s UID (as &apos;list&apos; shows it).</source>
        <translation>Die UID der Nachricht (wie &apos;list&apos; sie anzeigt).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The folder to move it to.</source>
        <translation>Der Ordner, in den sie verschoben wird.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli move NAME --folder PATH --uid N --to PATH</source>
        <translation>Aufruf: letterbox-cli move NAME --folder PATH --uid N --to PATH</translation>
    </message>
    <message>
        <source>Account %1: UID %2 could not be moved from %3 to %4: %5</source>
        <translation>Konto %1: Die UID %2 konnte nicht von %3 nach %4 verschoben werden: %5</translation>
    </message>
    <message>
        <source>Moved to %1 as UID %2.</source>
        <translation>Nach %1 verschoben, als UID %2.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Nach %1 verschoben.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::OutboxCommand</name>
    <message>
        <source>Show the outbox; --flush sends what waits in it now.</source>
        <translation>Den Postausgang anzeigen; --flush sendet sofort, was darin wartet.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>Send every waiting message now, also those waiting for a retry.</source>
        <translation>Jede wartende Nachricht sofort senden, auch solche, die auf einen erneuten Versuch warten.</translation>
    </message>
    <message>
        <source>Put a failed or &quot;may have been sent&quot; message back in the queue (it keeps its Message-ID).</source>
        <translation>Eine fehlgeschlagene oder „möglicherweise gesendete“ Nachricht wieder in die Warteschlange stellen (sie behält ihre Message-ID).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli outbox NAME [--flush] [--requeue ID] [--json]</source>
        <translation>Aufruf: letterbox-cli outbox NAME [--flush] [--requeue ID] [--json]</translation>
    </message>
    <message>
        <source>Message %1 in the outbox of %2 cannot be queued again: %3</source>
        <translation>Die Nachricht %1 im Postausgang von %2 kann nicht erneut in die Warteschlange gestellt werden: %3</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>The outbox of %1 cannot be read: %2</source>
        <translation>Der Postausgang von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The outbox of %1 is empty.</source>
        <translation>Der Postausgang von %1 ist leer.</translation>
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
    <name>Letterbox::Cli::ReadCommand</name>
    <message>
        <source>Show one message from the local cache.</source>
        <translation>Eine Nachricht aus dem lokalen Cache anzeigen.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>The folder.</source>
        <translation>Der Ordner.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>The message&apos;s UID (as &apos;list&apos; shows it).</source>
        <translation>Die UID der Nachricht (wie &apos;list&apos; sie anzeigt).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the message as it is stored (RFC 5322).</source>
        <translation>Die Nachricht so ausgeben, wie sie gespeichert ist (RFC 5322).</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli read NAME --folder PATH --uid N [--raw | --json]</source>
        <translation>Aufruf: letterbox-cli read NAME --folder PATH --uid N [--raw | --json]</translation>
    </message>
    <message>
        <source>The cache of account %1 could not be read: %2</source>
        <translation>Der Cache des Kontos %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 in account %2 has no message with UID %3 in the cache.</source>
        <translation>%1 im Konto %2 hat keine Nachricht mit der UID %3 im Cache.</translation>
    </message>
    <message>
        <source>Only the headers of UID %1 in %2 are in the cache of account %3 (&quot;%4&quot;); &apos;letterbox-cli sync %3 --bodies&apos; downloads the rest.</source>
        <translation>Von der UID %1 in %2 liegen im Cache des Kontos %3 nur die Kopfzeilen vor („%4“); &apos;letterbox-cli sync %3 --bodies&apos; lädt den Rest herunter.</translation>
    </message>
    <message>
        <source>The stored copy of UID %1 in %2 (account %3) could not be read: %4</source>
        <translation>Die gespeicherte Kopie der UID %1 in %2 (Konto %3) konnte nicht gelesen werden: %4</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::SearchCommand</name>
    <message>
        <source>Search the local cache: subjects, addresses and the text of downloaded messages.</source>
        <translation>Den lokalen Cache durchsuchen: Betreffzeilen, Adressen und den Text heruntergeladener Nachrichten.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>Words to find (all of them, as word prefixes); &quot;quoted words&quot; as a phrase.</source>
        <translation>Zu suchende Wörter (alle, als Wortanfänge); &quot;Wörter in Anführungszeichen&quot; als Wortgruppe.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; results, best first (default %1).</source>
        <translation>Höchstens &lt;n&gt; Ergebnisse, die besten zuerst (Standard %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli search NAME QUERY [--json]</source>
        <translation>Aufruf: letterbox-cli search NAME QUERY [--json]</translation>
    </message>
    <message>
        <source>--limit needs a whole number of results, 1 or more.</source>
        <translation>--limit braucht eine ganze Zahl von Ergebnissen, 1 oder mehr.</translation>
    </message>
    <message>
        <source>Searching the cache of account %1 failed: %2</source>
        <translation>Die Suche im Cache des Kontos %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>No message in the cache of %1 matches.</source>
        <translation>Keine Nachricht im Cache von %1 passt.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::SendCommand</name>
    <message>
        <source>%1 is too large to send.</source>
        <translation>%1 ist zu groß zum Senden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Queue messages in the outbox and send them over one SMTP connection.</source>
        <translation>Nachrichten in den Postausgang stellen und über eine einzige SMTP-Verbindung senden.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>With --raw: RFC 5322 files to send as they are.</source>
        <translation>Mit --raw: RFC-5322-Dateien, die unverändert gesendet werden.</translation>
    </message>
    <message>
        <source>A recipient (repeatable).</source>
        <translation>Ein Empfänger (mehrfach möglich).</translation>
    </message>
    <message>
        <source>addr</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>A copy recipient (repeatable).</source>
        <translation>Ein Kopie-Empfänger (mehrfach möglich).</translation>
    </message>
    <message>
        <source>A blind copy recipient (repeatable).</source>
        <translation>Ein Blindkopie-Empfänger (mehrfach möglich).</translation>
    </message>
    <message>
        <source>The subject.</source>
        <translation>Der Betreff.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>The plain text of the message.</source>
        <translation>Der reine Text der Nachricht.</translation>
    </message>
    <message>
        <source>A UTF-8 file with the plain text of the message.</source>
        <translation>Eine UTF-8-Datei mit dem reinen Text der Nachricht.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>An HTML version of the text.</source>
        <translation>Eine HTML-Fassung des Textes.</translation>
    </message>
    <message>
        <source>A file to attach (repeatable).</source>
        <translation>Eine anzuhängende Datei (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Send the FILES as they are (envelope from their headers, Bcc removed).</source>
        <translation>Die FILES unverändert senden (Umschlag aus ihren Kopfzeilen, Bcc entfernt).</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli send NAME --to ADDR [--cc ADDR] [--bcc ADDR] --subject TEXT (--body TEXT | --body-file FILE) [--html-file FILE] [--attach FILE ...]
       letterbox-cli send NAME --raw FILE [FILE ...]</source>
        <translation>Aufruf: letterbox-cli send NAME --to ADDR [--cc ADDR] [--bcc ADDR] --subject TEXT (--body TEXT | --body-file FILE) [--html-file FILE] [--attach FILE ...]
        letterbox-cli send NAME --raw FILE [FILE ...]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The message could not be put in the outbox of %1: %2</source>
        <translation>Die Nachricht konnte nicht in den Postausgang von %1 gestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::SubmissionRun</name>
    <message numerus="yes">
        <source>%n message(s) of account %1 were being sent when Letterbox stopped; they are kept as &quot;may have been sent&quot; (see &apos;letterbox-cli outbox %1&apos;).</source>
        <translation>
            <numerusform>%n Nachricht des Kontos %1 wurde gerade gesendet, als Letterbox beendet wurde; sie wird als „möglicherweise gesendet“ aufbewahrt (siehe &apos;letterbox-cli outbox %1&apos;).</numerusform>
            <numerusform>%n Nachrichten des Kontos %1 wurden gerade gesendet, als Letterbox beendet wurde; sie werden als „möglicherweise gesendet“ aufbewahrt (siehe &apos;letterbox-cli outbox %1&apos;).</numerusform>
        </translation>
    </message>
    <message>
        <source>The message stays in the outbox of %1.</source>
        <translation>Die Nachricht bleibt im Postausgang von %1.</translation>
    </message>
    <message>
        <source>Sending for account %1 did not finish in time.</source>
        <translation>Das Senden für das Konto %1 wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Konto %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Filed in Sent on %1: %n message(s).</source>
        <translation>
            <numerusform>Im Ordner „Gesendet“ auf %1 abgelegt: %n Nachricht.</numerusform>
            <numerusform>Im Ordner „Gesendet“ auf %1 abgelegt: %n Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy for Sent waits (%1); it is uploaded next time.</source>
        <translation>Die Kopie für „Gesendet“ wartet (%1); sie wird beim nächsten Mal hochgeladen.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::SyncCommand</name>
    <message>
        <source>Fetch new mail and changes from the account&apos;s server into the local cache.</source>
        <translation>Neue Nachrichten und Änderungen vom Server des Kontos in den lokalen Cache holen.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>Only this folder (IMAP; POP3 has only the Inbox).</source>
        <translation>Nur diesen Ordner (IMAP; POP3 hat nur den Posteingang).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Also download every whole message not yet in the cache.</source>
        <translation>Außerdem jede vollständige Nachricht herunterladen, die noch nicht im Cache ist.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli sync NAME [--folder PATH] [--bodies] [--json]</source>
        <translation>Aufruf: letterbox-cli sync NAME [--folder PATH] [--bodies] [--json]</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A sync of account %1 is running already.</source>
        <translation>Für das Konto %1 läuft bereits eine Synchronisierung.</translation>
    </message>
    <message>
        <source>The sync of account %1 did not finish in time.</source>
        <translation>Die Synchronisierung des Kontos %1 wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Konto %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new</source>
        <translation>
            <numerusform>%1: %n neu</numerusform>
            <numerusform>%1: %n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n changed</source>
        <translation>
            <numerusform>, %n geändert</numerusform>
            <numerusform>, %n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n gone from the server</source>
        <translation>
            <numerusform>, %n vom Server verschwunden</numerusform>
            <numerusform>, %n vom Server verschwunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n downloaded</source>
        <translation>
            <numerusform>, %n heruntergeladen</numerusform>
            <numerusform>, %n heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over %2: %3 in, %4 out, %n round trip(s), %5 s</source>
        <translation>
            <numerusform>%1 über %2: %3 empfangen, %4 gesendet, %n Roundtrip, %5 s</numerusform>
            <numerusform>%1 über %2: %3 empfangen, %4 gesendet, %n Roundtrips, %5 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the cache</source>
        <translation>
            <numerusform>, %n bereits im Zwischenspeicher</numerusform>
            <numerusform>, %n bereits im Zwischenspeicher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::AccountSettingsDialog</name>
    <message>
        <source>Account Settings: %1</source>
        <translation>Kontoeinstellungen: %1</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identität</translation>
    </message>
    <message>
        <source>I&amp;ncoming</source>
        <translation>&amp;Eingang</translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <translation>&amp;Ausgang</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>Konto ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>E-&amp;Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>The signature is added below each new message, after a &quot;-- &quot; line.</source>
        <translation>Die Signatur wird unter jeder neuen Nachricht angefügt, nach einer Zeile „-- “.</translation>
    </message>
    <message>
        <source>&amp;IMAP: keep mail on the server</source>
        <translation>&amp;IMAP: Nachrichten auf dem Server behalten</translation>
    </message>
    <message>
        <source>P&amp;OP3: download mail to this computer</source>
        <translation>P&amp;OP3: Nachrichten auf diesen Computer herunterladen</translation>
    </message>
    <message>
        <source>IMAP keeps mail on the server and in sync across devices.</source>
        <translation>IMAP behält die Nachrichten auf dem Server und hält sie auf allen Geräten synchron.</translation>
    </message>
    <message>
        <source>POP3 downloads it to this computer.</source>
        <translation>POP3 lädt sie auf diesen Computer herunter.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source>Check for new mail &amp;every:</source>
        <translation>Auf neue Nachrichten &amp;prüfen alle:</translation>
    </message>
    <message>
        <source>Show new mail at once (IMAP IDLE keeps the Inbox open)</source>
        <translation>Neue Nachrichten sofort anzeigen (IMAP IDLE hält den Posteingang offen)</translation>
    </message>
    <message>
        <source>Copies on the POP3 server</source>
        <translation>Kopien auf dem POP3-Server</translation>
    </message>
    <message>
        <source>days after arrival</source>
        <translation>Tage nach Eingang</translation>
    </message>
    <message>
        <source>&amp;Leave them on the server</source>
        <translation>Auf dem Server &amp;lassen</translation>
    </message>
    <message>
        <source>Delete them from the server</source>
        <translation>Vom Server löschen</translation>
    </message>
    <message>
        <source>Delete from the server when I delete them &amp;here</source>
        <translation>Vom Server löschen, wenn ich sie &amp;hier lösche</translation>
    </message>
    <message>
        <source>Delete from the server once &amp;downloaded</source>
        <translation>&amp;Nach dem Herunterladen vom Server löschen</translation>
    </message>
    <message>
        <source>Keep for reading offline</source>
        <translation>Für das Offline-Lesen behalten</translation>
    </message>
    <message>
        <source>&amp;Headers only: a message is downloaded when opened</source>
        <translation>Nur &amp;Kopfzeilen: Eine Nachricht wird beim Öffnen heruntergeladen</translation>
    </message>
    <message>
        <source>Whole messages of the last</source>
        <translation>Vollständige Nachrichten der letzten</translation>
    </message>
    <message>
        <source>&amp;Every whole message</source>
        <translation>Alle Nachrichten &amp;vollständig</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Mail is sent over SMTP submission with the account&apos;s password.</source>
        <translation>Nachrichten werden per SMTP-Submission mit dem Passwort des Kontos versendet.</translation>
    </message>
    <message>
        <source>Switching to IMAP:</source>
        <translation>Bei der Umstellung auf IMAP:</translation>
    </message>
    <message>
        <source>Switching to POP3:</source>
        <translation>Bei der Umstellung auf POP3:</translation>
    </message>
    <message>
        <source>Switch %1 to IMAP?</source>
        <translation>%1 auf IMAP umstellen?</translation>
    </message>
    <message>
        <source>Switch %1 to POP3?</source>
        <translation>%1 auf POP3 umstellen?</translation>
    </message>
    <message>
        <source>Nothing is deleted by the switch.</source>
        <translation>Durch die Umstellung wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>The messages downloaded to this computer, the account&apos;s settings and its password in the keychain are deleted. The mail on the server stays where it is.</source>
        <translation>Die auf diesen Computer heruntergeladenen Nachrichten, die Einstellungen des Kontos und sein Passwort im Schlüsselbund werden gelöscht. Die Nachrichten auf dem Server bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>The messages downloaded to this computer, the account&apos;s settings and its password in the keychain are deleted. Messages deleted from the POP3 server exist nowhere else and are lost.</source>
        <translation>Die auf diesen Computer heruntergeladenen Nachrichten, die Einstellungen des Kontos und sein Passwort im Schlüsselbund werden gelöscht. Nachrichten, die bereits vom POP3-Server gelöscht wurden, gibt es nirgendwo sonst und sie gehen verloren.</translation>
    </message>
    <message>
        <source>Remove account %1?</source>
        <translation>Konto %1 entfernen?</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::AccountWizard</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Sign in on the page your browser shows; Letterbox waits for it.</source>
        <translation>Melden Sie sich auf der Seite an, die Ihr Browser anzeigt; Letterbox wartet darauf.</translation>
    </message>
    <message>
        <source>Signing in did not work: %1</source>
        <translation>Die Anmeldung hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <source>Signed in. The tokens go to the keychain when you click Done.</source>
        <translation>Angemeldet. Die Tokens werden im Schlüsselbund abgelegt, wenn Sie auf „Fertig“ klicken.</translation>
    </message>
    <message>
        <source>There is already an account called %1; choose another account name.</source>
        <translation>Es gibt bereits ein Konto namens %1; wählen Sie einen anderen Kontonamen.</translation>
    </message>
    <message>
        <source>Sign in on the provider&apos;s page first (&quot;Sign In in the Browser…&quot;).</source>
        <translation>Melden Sie sich zuerst auf der Seite des Anbieters an („Im Browser anmelden…“).</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain, so the account was not added: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund abgelegt werden, daher wurde das Konto nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Account %1 was added, but it could not be opened now: %2</source>
        <translation>Konto %1 wurde hinzugefügt, konnte aber jetzt nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::ActivityStatus</name>
    <message>
        <source>Account activity</source>
        <translation>Kontoaktivität</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop what the accounts are doing</source>
        <translation>Anhalten, was die Konten gerade tun</translation>
    </message>
    <message>
        <source>Changes waiting for the server</source>
        <translation>Änderungen, die auf den Server warten</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Details of the last error</source>
        <translation>Details des letzten Fehlers</translation>
    </message>
    <message>
        <source>Online or offline</source>
        <translation>Online oder offline</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>arbeitet…</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <source>Up to date (checked %1)</source>
        <translation>Aktuell (zuletzt geprüft %1)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for the server</source>
        <translation>
            <numerusform>%n Änderung wartet auf den Server</numerusform>
            <numerusform>%n Änderungen warten auf den Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: press to go online</source>
        <translation>Offline: klicken, um online zu gehen</translation>
    </message>
    <message>
        <source>Online, new mail is pushed: press to work offline</source>
        <translation>Online, neue Nachrichten werden per Push zugestellt: klicken, um offline zu arbeiten</translation>
    </message>
    <message>
        <source>Online: press to work offline</source>
        <translation>Online: klicken, um offline zu arbeiten</translation>
    </message>
    <message>
        <source>What happened with %1</source>
        <translation>Was mit %1 passiert ist</translation>
    </message>
    <message>
        <source>Transcript of the connection</source>
        <translation>Protokoll der Verbindung</translation>
    </message>
    <message>
        <source>No transcript was kept for this error.</source>
        <translation>Für diesen Fehler wurde kein Protokoll aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::AttachmentBar</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save &amp;all…</source>
        <translation>Alle s&amp;peichern…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Attachment list</source>
        <translation>Liste der Anhänge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Save the selected attachment</source>
        <translation>Den ausgewählten Anhang speichern</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>Alle Anhänge speichern</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Den ausgewählten Anhang öffnen</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::AttachmentFiles</name>
    <message>
        <source>Letterbox could not write %1: %2.</source>
        <translation>Letterbox konnte %1 nicht schreiben: %2.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>%1 is larger than %2 and cannot be attached.</source>
        <translation>%1 ist größer als %2 und kann nicht angehängt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Remove Attachment</source>
        <translation>Anhang &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::AutoconfigPage</name>
    <message>
        <source>the provider&apos;s configuration server</source>
        <translation>den Konfigurationsserver des Anbieters</translation>
    </message>
    <message>
        <source>the provider&apos;s web site</source>
        <translation>die Website des Anbieters</translation>
    </message>
    <message>
        <source>the domain&apos;s DNS service records</source>
        <translation>die DNS-Diensteinträge (SRV) der Domain</translation>
    </message>
    <message>
        <source>the mail server&apos;s domain</source>
        <translation>die Domain des Mailservers</translation>
    </message>
    <message>
        <source>trying the usual server names</source>
        <translation>das Ausprobieren der üblichen Servernamen</translation>
    </message>
    <message>
        <source>Finding your provider&apos;s settings</source>
        <translation>Die Einstellungen Ihres Anbieters finden</translation>
    </message>
    <message>
        <source>Looking up settings</source>
        <translation>Einstellungen werden gesucht</translation>
    </message>
    <message>
        <source>&amp;Skip, I will enter the servers myself</source>
        <translation>Ü&amp;berspringen, ich gebe die Server selbst ein</translation>
    </message>
    <message>
        <source>Looking up %1&apos;s settings…</source>
        <translation>Die Einstellungen von %1 werden gesucht…</translation>
    </message>
    <message>
        <source>Found the settings of %1 through %2.</source>
        <translation>Die Einstellungen von %1 wurden über %2 gefunden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The lookup was skipped: enter your servers on the next page.</source>
        <translation>Die Suche wurde übersprungen: Geben Sie Ihre Server auf der nächsten Seite ein.</translation>
    </message>
    <message>
        <source>No settings were found for %1. On the next page you can enter your servers as your provider names them.</source>
        <translation>Für %1 wurden keine Einstellungen gefunden. Auf der nächsten Seite können Sie Ihre Server so eingeben, wie Ihr Anbieter sie nennt.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::CertificateDialog</name>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>incoming server</source>
        <translation>Eingangsserver</translation>
    </message>
    <message>
        <source>outgoing server</source>
        <translation>Ausgangsserver</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED since you accepted it. Someone may be intercepting your connection. Nothing has been sent, and Letterbox will not connect until you decide. Only accept it if the server&apos;s administrator told you the certificate was replaced.
Accepted before: %2</source>
        <translation>WARNUNG: Das Zertifikat von %1 hat sich GEÄNDERT, seit Sie es akzeptiert haben. Möglicherweise fängt jemand Ihre Verbindung ab. Es wurde nichts gesendet, und Letterbox verbindet sich erst, wenn Sie entschieden haben. Akzeptieren Sie es nur, wenn der Administrator des Servers Ihnen gesagt hat, dass das Zertifikat ersetzt wurde.
Bisher akzeptiert: %2</translation>
    </message>
    <message>
        <source>Account %1: the %2 %3 showed a certificate this computer does not trust, so Letterbox stopped before sending anything.</source>
        <translation>Konto %1: Der %2 %3 hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut; daher hat Letterbox angehalten, bevor irgendetwas gesendet wurde.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>What is wrong:</source>
        <translation>Was nicht stimmt:</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your provider publishes. If they match, you can trust this certificate for this server only.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihr Anbieter veröffentlicht. Wenn sie übereinstimmen, können Sie diesem Zertifikat nur für diesen Server vertrauen.</translation>
    </message>
    <message>
        <source>Accept &amp;Once</source>
        <translation>&amp;Einmal akzeptieren</translation>
    </message>
    <message>
        <source>&amp;Always Accept for This Server</source>
        <translation>Für diesen Server &amp;immer akzeptieren</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Ausgestellt für: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Valid %1</source>
        <translation>Gültig %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::ComposerWindow</name>
    <message>
        <source>Cannot Send</source>
        <translation>Senden nicht möglich</translation>
    </message>
    <message>
        <source>Forgot an Attachment?</source>
        <translation>Anhang vergessen?</translation>
    </message>
    <message>
        <source>No Subject</source>
        <translation>Kein Betreff</translation>
    </message>
    <message>
        <source>Message Too Large?</source>
        <translation>Nachricht zu groß?</translation>
    </message>
    <message>
        <source>There is no account to send from.</source>
        <translation>Es gibt kein Konto, von dem aus gesendet werden kann.</translation>
    </message>
    <message>
        <source>These are not email addresses: %1. Correct them, then send again.</source>
        <translation>Dies sind keine E-Mail-Adressen: %1. Korrigieren Sie sie und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Fügen Sie mindestens einen Empfänger hinzu.</translation>
    </message>
    <message>
        <source>The message speaks of an attachment, but nothing is attached. Send it anyway?</source>
        <translation>Die Nachricht erwähnt einen Anhang, aber es ist nichts angehängt. Trotzdem senden?</translation>
    </message>
    <message>
        <source>The message has no subject. Send it anyway?</source>
        <translation>Die Nachricht hat keinen Betreff. Trotzdem senden?</translation>
    </message>
    <message>
        <source>The message is about %1, and the server of this account takes at most %2: it will probably refuse it. Send it anyway?</source>
        <translation>Die Nachricht ist etwa %1 groß, und der Server dieses Kontos nimmt höchstens %2 an: Er wird sie wahrscheinlich ablehnen. Trotzdem senden?</translation>
    </message>
    <message>
        <source>The message could not be put in the outbox: %1 It is still here.</source>
        <translation>Die Nachricht konnte nicht in den Postausgang gestellt werden: %1 Sie ist noch hier.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Entwurf um %1 gespeichert.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;Bcc:</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>&amp;Reply-To:</source>
        <translation>Antwor&amp;t an:</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Betre&amp;ff:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Put the message in the outbox and send it (Ctrl+Return)</source>
        <translation>Die Nachricht in den Postausgang stellen und senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>Dateien &amp;anhängen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Reply-To Field</source>
        <translation>Feld „Antwor&amp;t an“</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Write: (no subject)</source>
        <translation>Verfassen: (kein Betreff)</translation>
    </message>
    <message>
        <source>Write: %1</source>
        <translation>Verfassen: %1</translation>
    </message>
    <message>
        <source>This message is about %1; the server of this account takes at most %2.</source>
        <translation>Diese Nachricht ist etwa %1 groß; der Server dieses Kontos nimmt höchstens %2 an.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>&amp;Rich Text (HTML)</source>
        <translation>&amp;Formatierter Text (HTML)</translation>
    </message>
    <message>
        <source>Bold, italic, lists, links and quotes; sent with a plain-text version</source>
        <translation>Fett, kursiv, Listen, Links und Zitate; wird mit einer Nur-Text-Fassung gesendet</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>F&amp;ett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation>A&amp;ufzählung</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Zitat</translation>
    </message>
    <message>
        <source>A link must start with https://, http:// or mailto:.</source>
        <translation>Ein Link muss mit https://, http:// oder mailto: beginnen.</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Adresse (https://…):</translation>
    </message>
    <message>
        <source>Send &amp;Later</source>
        <translation>&amp;Später senden</translation>
    </message>
    <message>
        <source>You are working offline: the message waits in the outbox and is sent when you are online (Ctrl+Return)</source>
        <translation>Sie arbeiten offline: Die Nachricht wartet im Postausgang und wird gesendet, sobald Sie online sind (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Forma&amp;t</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::FlagCommand</name>
    <message numerus="yes">
        <source>Mark %n message(s) read</source>
        <translation>
            <numerusform>%n Nachricht als gelesen markieren</numerusform>
            <numerusform>%n Nachrichten als gelesen markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n message(s) unread</source>
        <translation>
            <numerusform>%n Nachricht als ungelesen markieren</numerusform>
            <numerusform>%n Nachrichten als ungelesen markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flag %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht markieren</numerusform>
            <numerusform>%n Nachrichten markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unflag %n message(s)</source>
        <translation>
            <numerusform>Markierung von %n Nachricht entfernen</numerusform>
            <numerusform>Markierung von %n Nachrichten entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht ändern</numerusform>
            <numerusform>%n Nachrichten ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n message(s) %1</source>
        <translation>
            <numerusform>%n Nachricht als %1 markieren</numerusform>
            <numerusform>%n Nachrichten als %1 markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tag %1 from %n message(s)</source>
        <translation>
            <numerusform>Schlagwort %1 von %n Nachricht entfernen</numerusform>
            <numerusform>Schlagwort %1 von %n Nachrichten entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::IdentityPage</name>
    <message>
        <source>Set up your existing email address</source>
        <translation>Ihre bestehende E-Mail-Adresse einrichten</translation>
    </message>
    <message>
        <source>Letterbox looks up your provider&apos;s settings from the address; you can check and change every one of them on the next pages.</source>
        <translation>Letterbox sucht anhand der Adresse die Einstellungen Ihres Anbieters; auf den nächsten Seiten können Sie jede davon prüfen und ändern.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Ann Example</source>
        <translation>Erika Mustermann</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>ann@example.org</source>
        <translation>erika@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keychain, never in a file. Leave it empty if your provider signs you in on its web page (OAuth2).</source>
        <translation>Das Passwort wird im Schlüsselbund Ihres Systems aufbewahrt, niemals in einer Datei. Lassen Sie es leer, wenn Ihr Anbieter Sie auf seiner Webseite anmeldet (OAuth2).</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MainActions</name>
    <message>
        <source>&amp;Get Messages</source>
        <translation>Nachrichten &amp;abrufen</translation>
    </message>
    <message>
        <source>&amp;Work Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Mark as &amp;Read / Unread</source>
        <translation>Als &amp;gelesen / ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;All Read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Flag / Unflag</source>
        <translation>&amp;Markieren / Markierung entfernen</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Verschieben nach…</translation>
    </message>
    <message>
        <source>&amp;Copy to…</source>
        <translation>&amp;Kopieren nach…</translation>
    </message>
    <message>
        <source>Next &amp;Unread Message</source>
        <translation>Nächste &amp;ungelesene Nachricht</translation>
    </message>
    <message>
        <source>&amp;Next Message</source>
        <translation>&amp;Nächste Nachricht</translation>
    </message>
    <message>
        <source>&amp;Previous Message</source>
        <translation>&amp;Vorherige Nachricht</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search &amp;All Folders</source>
        <translation>In allen &amp;Ordnern suchen</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Threads</translation>
    </message>
    <message>
        <source>&amp;Expand All Threads</source>
        <translation>Alle Threads &amp;erweitern</translation>
    </message>
    <message>
        <source>C&amp;ollapse All Threads</source>
        <translation>Alle Threads redu&amp;zieren</translation>
    </message>
    <message>
        <source>&amp;Classic View</source>
        <translation>&amp;Klassische Ansicht</translation>
    </message>
    <message>
        <source>&amp;Wide View</source>
        <translation>&amp;Breite Ansicht</translation>
    </message>
    <message>
        <source>&amp;Vertical View</source>
        <translation>&amp;Vertikale Ansicht</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>Ordner &amp;umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete Folder…</source>
        <translation>Ordner &amp;löschen…</translation>
    </message>
    <message>
        <source>Mark as Read &amp;After…</source>
        <translation>Als gelesen markieren &amp;nach…</translation>
    </message>
    <message>
        <source>Message Body as &amp;Plain Text</source>
        <translation>Nachrichteninhalt als &amp;reiner Text</translation>
    </message>
    <message>
        <source>&amp;All Headers</source>
        <translation>&amp;Alle Kopfzeilen</translation>
    </message>
    <message>
        <source>Message &amp;Source</source>
        <translation>Nachrichten&amp;quelltext</translation>
    </message>
    <message>
        <source>Load &amp;Remote Content</source>
        <translation>Externe &amp;Inhalte laden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>Nachri&amp;cht</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Remove All Tags</source>
        <translation>Alle Schlagwörter &amp;entfernen</translation>
    </message>
    <message>
        <source>Search on the Se&amp;rver</source>
        <translation>Auf dem Se&amp;rver suchen</translation>
    </message>
    <message>
        <source>Ask the server for messages this computer has not downloaded</source>
        <translation>Den Server nach Nachrichten fragen, die dieser Computer nicht heruntergeladen hat</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;Ungelesen</translation>
    </message>
    <message>
        <source>&amp;Flagged</source>
        <translation>&amp;Markiert</translation>
    </message>
    <message>
        <source>&amp;Attachment</source>
        <translation>&amp;Anhang</translation>
    </message>
    <message>
        <source>&amp;Quick Filter</source>
        <translation>&amp;Schnellfilter</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>Schlag&amp;wort</translation>
    </message>
    <message>
        <source>Protocol &amp;Inspector</source>
        <translation>Protokoll-&amp;Inspektor</translation>
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
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Select a message to read it.</source>
        <translation>Wählen Sie eine Nachricht aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search this folder… (Ctrl+K)</source>
        <translation>Diesen Ordner durchsuchen… (Strg+K)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Search all accounts… (Ctrl+K)</source>
        <translation>Alle Konten durchsuchen… (Strg+K)</translation>
    </message>
    <message>
        <source>Choose a folder of %1.</source>
        <translation>Wählen Sie einen Ordner von %1 aus.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s)</source>
        <translation>
            <numerusform>%1: %Ln Nachricht</numerusform>
            <numerusform>%1: %Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln unread</source>
        <translation>
            <numerusform>, %Ln ungelesen</numerusform>
            <numerusform>, %Ln ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>You are working offline, and this message has not been downloaded yet.</source>
        <translation>Sie arbeiten offline, und diese Nachricht wurde noch nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Seconds a message is shown before it is marked read
(0: at once, -1: never):</source>
        <translation>Sekunden, die eine Nachricht angezeigt wird, bevor sie als gelesen markiert wird
(0: sofort, -1: nie):</translation>
    </message>
    <message>
        <source>Get Messages</source>
        <translation>Nachrichten abrufen</translation>
    </message>
    <message>
        <source>You are working offline. Go online and get new messages?</source>
        <translation>Sie arbeiten offline. Online gehen und neue Nachrichten abrufen?</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n Nachricht endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Nachrichten endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht löschen</numerusform>
            <numerusform>%n Nachrichten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Choose messages of one account to move or copy them.</source>
        <translation>Wählen Sie Nachrichten eines einzigen Kontos aus, um sie zu verschieben oder zu kopieren.</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n message(s) to</source>
        <translation>
            <numerusform>%n Nachricht kopieren nach</numerusform>
            <numerusform>%n Nachrichten kopieren nach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n message(s) to</source>
        <translation>
            <numerusform>%n Nachricht verschieben nach</numerusform>
            <numerusform>%n Nachrichten verschieben nach</numerusform>
        </translation>
    </message>
    <message>
        <source>No more unread messages in this folder.</source>
        <translation>Keine weiteren ungelesenen Nachrichten in diesem Ordner.</translation>
    </message>
    <message>
        <source>No more messages in this folder.</source>
        <translation>Keine weiteren Nachrichten in diesem Ordner.</translation>
    </message>
    <message>
        <source>The search could not be run.</source>
        <translation>Die Suche konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Name des neuen Ordners:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder %1 and the %n message(s) in it? This cannot be undone.</source>
        <translation>
            <numerusform>Den Ordner %1 und die %n Nachricht darin löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Den Ordner %1 und die %n Nachrichten darin löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) for %1</source>
        <translation>
            <numerusform>%n neue Nachricht für %1</numerusform>
            <numerusform>%n neue Nachrichten für %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Schlagwort %1</translation>
    </message>
    <message>
        <source>Remove Tag %1</source>
        <translation>Schlagwort %1 entfernen</translation>
    </message>
    <message>
        <source>Remove All Tags</source>
        <translation>Alle Schlagwörter entfernen</translation>
    </message>
    <message>
        <source>Searching “%1” on the server…</source>
        <translation>Suche nach „%1“ auf dem Server…</translation>
    </message>
    <message numerus="yes">
        <source>The server found %n message(s)</source>
        <translation>
            <numerusform>Der Server hat %n Nachricht gefunden</numerusform>
            <numerusform>Der Server hat %n Nachrichten gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the newest %n are shown.</source>
        <translation>
            <numerusform>; die neueste wird angezeigt.</numerusform>
            <numerusform>; die neuesten %n werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server found %n message(s).</source>
        <translation>
            <numerusform>Der Server hat %n Nachricht gefunden.</numerusform>
            <numerusform>Der Server hat %n Nachrichten gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No account is set up yet.

Add your email address with &quot;Add Account…&quot; (File menu), or from a terminal:
letterbox-cli account add NAME --email ADDRESS --incoming imap --host HOST</source>
        <translation>Es ist noch kein Konto eingerichtet.

Fügen Sie Ihre E-Mail-Adresse mit „Konto hinzufügen…“ (Menü „Datei“) hinzu, oder in einem Terminal:
letterbox-cli account add NAME --email ADDRESS --incoming imap --host HOST</translation>
    </message>
    <message>
        <source>Add &amp;Account…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Konto %1 entfernt.</translation>
    </message>
    <message>
        <source>Account %1 removed. %2</source>
        <translation>Konto %1 entfernt. %2</translation>
    </message>
    <message>
        <source>Account &amp;Settings…</source>
        <translation>Konto&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Account %1 added; getting its mail…</source>
        <translation>Konto %1 hinzugefügt; Nachrichten werden abgerufen…</translation>
    </message>
    <message>
        <source>Account %1 stays disconnected: its server&apos;s certificate was not accepted.</source>
        <translation>Konto %1 bleibt getrennt: Das Zertifikat seines Servers wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation>&amp;Neue Nachricht</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Reply to &amp;All</source>
        <translation>All&amp;en antworten</translation>
    </message>
    <message>
        <source>Reply to &amp;List</source>
        <translation>Der &amp;Liste antworten</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <source>Forward as A&amp;ttachment</source>
        <translation>Als An&amp;hang weiterleiten</translation>
    </message>
    <message>
        <source>&amp;Edit as New Message…</source>
        <translation>Als neue Nachricht &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Postausgang…</translation>
    </message>
    <message>
        <source>Downloading the message…</source>
        <translation>Nachricht wird heruntergeladen…</translation>
    </message>
    <message>
        <source>The message cannot be answered or forwarded: %1</source>
        <translation>Die Nachricht kann nicht beantwortet oder weitergeleitet werden: %1</translation>
    </message>
    <message>
        <source>This message did not come through a mailing list.</source>
        <translation>Diese Nachricht kam nicht über eine Mailingliste.</translation>
    </message>
    <message>
        <source>The message could not be downloaded: %1</source>
        <translation>Die Nachricht konnte nicht heruntergeladen werden: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MessageBrowser</name>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MessageHeader</name>
    <message>
        <source>Message headers</source>
        <translation>Kopfzeilen der Nachricht</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Sender warning</source>
        <translation>Absenderwarnung</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>All header fields</source>
        <translation>Alle Kopfzeilen</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MessageListView</name>
    <message>
        <source>Message list</source>
        <translation>Nachrichtenliste</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MessageView</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>[The source is cut here: the message is larger than %1.]</source>
        <translation>[Der Quelltext ist hier abgeschnitten: Die Nachricht ist größer als %1.]</translation>
    </message>
    <message>
        <source>All &amp;headers</source>
        <translation>Alle &amp;Kopfzeilen</translation>
    </message>
    <message>
        <source>Show all header fields</source>
        <translation>Alle Kopfzeilen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Plain text</source>
        <translation>&amp;Reiner Text</translation>
    </message>
    <message>
        <source>View as plain text</source>
        <translation>Als reinen Text anzeigen</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <source>View the message source</source>
        <translation>Den Quelltext der Nachricht anzeigen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Message status</source>
        <translation>Nachrichtenstatus</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Quelltext der Nachricht</translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation>Nachricht wird geladen…</translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>Keine Nachricht ausgewählt.</translation>
    </message>
    <message>
        <source>Downloading the message…</source>
        <translation>Nachricht wird heruntergeladen…</translation>
    </message>
    <message>
        <source>This message&apos;s formatting could not be shown safely, so its plain text is shown: %1</source>
        <translation>Die Formatierung dieser Nachricht konnte nicht sicher dargestellt werden, daher wird ihr reiner Text angezeigt: %1</translation>
    </message>
    <message>
        <source>Only part of this message is downloaded; some attachments may be missing.</source>
        <translation>Diese Nachricht ist nur teilweise heruntergeladen; möglicherweise fehlen einige Anhänge.</translation>
    </message>
    <message>
        <source>This message is not downloaded yet.</source>
        <translation>Diese Nachricht ist noch nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>Open Link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <source>The text of this link names %1, but it leads to %2.</source>
        <translation>Der Text dieses Links nennt %1, er führt aber zu %2.</translation>
    </message>
    <message>
        <source>The full address is:
%1

Open it only if you trust where it really goes.</source>
        <translation>Die vollständige Adresse lautet:
%1

Öffnen Sie sie nur, wenn Sie dem tatsächlichen Ziel vertrauen.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Alle Anhänge speichern</translation>
    </message>
    <message>
        <source>Letterbox could not make a private folder for opening attachments.</source>
        <translation>Letterbox konnte keinen privaten Ordner zum Öffnen von Anhängen anlegen.</translation>
    </message>
    <message>
        <source>%1 is not downloaded yet.</source>
        <translation>%1 ist noch nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>Es ist keine Anwendung zum Öffnen von %1 eingerichtet.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MoveCommand</name>
    <message numerus="yes">
        <source>Delete %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht löschen</numerusform>
            <numerusform>%n Nachrichten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht verschieben</numerusform>
            <numerusform>%n Nachrichten verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MoveToDialog</name>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Type part of a folder&apos;s name</source>
        <translation>Teil eines Ordnernamens eingeben</translation>
    </message>
    <message>
        <source>Folder name filter</source>
        <translation>Filter für Ordnernamen</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::OutboxDialog</name>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Messages in the outbox</source>
        <translation>Nachrichten im Postausgang</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Verfasst</translation>
    </message>
    <message>
        <source>Waiting: tried again at %1 (%2)</source>
        <translation>Wartet: neuer Versuch um %1 (%2)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>May have been sent (%1): check the recipient has it before sending again</source>
        <translation>Möglicherweise gesendet (%1): Prüfen Sie, ob der Empfänger sie erhalten hat, bevor Sie erneut senden</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::ProtocolInspector</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as Text…</source>
        <translation>Als &amp;Text speichern…</translation>
    </message>
    <message>
        <source>Protocol Inspector</source>
        <translation>Protokoll-Inspektor</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>Choose a connection to see its transcript.</source>
        <translation>Wählen Sie eine Verbindung aus, um ihren Mitschnitt zu sehen.</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>Zeilen filtern…</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The connection is no longer in the list.</source>
        <translation>Die Verbindung ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>transcript-%1-%2.txt</source>
        <translation>mitschnitt-%1-%2.txt</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The transcript could not be saved: %1</source>
        <translation>Der Mitschnitt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Clear &amp;Ended</source>
        <translation>&amp;Beendete entfernen</translation>
    </message>
    <message>
        <source>Forget the connections that have ended</source>
        <translation>Die beendeten Verbindungen vergessen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::QuickFilterBar</name>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Nur zeigen:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::RecipientEdit</name>
    <message>
        <source>Not an email address: %1</source>
        <translation>Keine E-Mail-Adresse: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::RemoteContentBar</name>
    <message>
        <source>&amp;Load remote content</source>
        <translation>Externe Inhalte &amp;laden</translation>
    </message>
    <message>
        <source>Blocked remote content</source>
        <translation>Blockierte externe Inhalte</translation>
    </message>
    <message>
        <source>Load remote content for this message</source>
        <translation>Externe Inhalte für diese Nachricht laden</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, %n remote item(s) in this message were not loaded.</source>
        <translation>
            <numerusform>Zum Schutz Ihrer Privatsphäre wurde %n externes Element in dieser Nachricht nicht geladen.</numerusform>
            <numerusform>Zum Schutz Ihrer Privatsphäre wurden %n externe Elemente in dieser Nachricht nicht geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Always for %1</source>
        <translation>Immer für %1</translation>
    </message>
    <message>
        <source>Always load remote content from %1</source>
        <translation>Externe Inhalte von %1 immer laden</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::ServerEditor</name>
    <message>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (von Anfang an verschlüsselt)</translation>
    </message>
    <message>
        <source>STARTTLS (encrypted after the greeting)</source>
        <translation>STARTTLS (nach der Begrüßung verschlüsselt)</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Incoming server</source>
        <translation>Eingangsserver</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Ausgangsserver</translation>
    </message>
    <message>
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>Incoming port</source>
        <translation>Port des Eingangsservers</translation>
    </message>
    <message>
        <source>Outgoing port</source>
        <translation>Port des Ausgangsservers</translation>
    </message>
    <message>
        <source>Incoming security</source>
        <translation>Sicherheit des Eingangsservers</translation>
    </message>
    <message>
        <source>Outgoing security</source>
        <translation>Sicherheit des Ausgangsservers</translation>
    </message>
    <message>
        <source>Incoming login</source>
        <translation>Anmeldename beim Eingangsserver</translation>
    </message>
    <message>
        <source>Outgoing login</source>
        <translation>Anmeldename beim Ausgangsserver</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Sic&amp;herheit:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::ServerPage</name>
    <message>
        <source>Check your servers</source>
        <translation>Server prüfen</translation>
    </message>
    <message>
        <source>Change anything that does not match what your provider says, then test the connection.</source>
        <translation>Ändern Sie alles, was nicht den Angaben Ihres Anbieters entspricht, und testen Sie dann die Verbindung.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>How the account is called in the folder list and by letterbox-cli: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Wie das Konto in der Ordnerliste und bei letterbox-cli heißt: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Eingehende Nachrichten</translation>
    </message>
    <message>
        <source>&amp;IMAP: keep mail on the server</source>
        <translation>&amp;IMAP: Nachrichten auf dem Server behalten</translation>
    </message>
    <message>
        <source>P&amp;OP3: download mail to this computer</source>
        <translation>P&amp;OP3: Nachrichten auf diesen Computer herunterladen</translation>
    </message>
    <message>
        <source>IMAP keeps mail on the server and in sync across devices: folders, read and flagged marks are the same everywhere.</source>
        <translation>IMAP behält die Nachrichten auf dem Server und hält sie auf allen Geräten synchron: Ordner sowie Gelesen- und Markiert-Status sind überall gleich.</translation>
    </message>
    <message>
        <source>POP3 downloads it to this computer: the server is only a mailbox, and folders and marks exist here only.</source>
        <translation>POP3 lädt sie auf diesen Computer herunter: Der Server ist nur ein Briefkasten, Ordner und Markierungen gibt es nur hier.</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Ausgehende Nachrichten (SMTP)</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>OAuth2: sign in on the provider&apos;s web page</source>
        <translation>OAuth2: auf der Webseite des Anbieters anmelden</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>Authorization URL:</source>
        <translation>Autorisierungs-URL:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>Token-URL:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Sign &amp;In in the Browser…</source>
        <translation>Im &amp;Browser anmelden…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;View Certificate…</source>
        <translation>&amp;Zertifikat anzeigen…</translation>
    </message>
    <message>
        <source>Connection test details</source>
        <translation>Details zum Verbindungstest</translation>
    </message>
    <message>
        <source>No outgoing server was found; the incoming server&apos;s host is a guess.</source>
        <translation>Es wurde kein Ausgangsserver gefunden; der Host des Eingangsservers ist nur eine Vermutung.</translation>
    </message>
    <message>
        <source>Send my password and mail unencrypted to %1. Anyone on the network between here and there can read them.</source>
        <translation>Mein Passwort und meine Nachrichten unverschlüsselt an %1 senden. Jeder im Netzwerk zwischen hier und dort kann sie mitlesen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>The incoming server (%1 %2)</source>
        <translation>Der Eingangsserver (%1 %2)</translation>
    </message>
    <message>
        <source>The outgoing server (SMTP %1)</source>
        <translation>Der Ausgangsserver (SMTP %1)</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 hat nicht funktioniert: %2</translation>
    </message>
    <message>
        <source>%1 works and accepted your login.</source>
        <translation>%1 funktioniert und hat Ihre Anmeldung akzeptiert.</translation>
    </message>
    <message>
        <source>%1 answers; no login was tried without a password.</source>
        <translation>%1 antwortet; ohne Passwort wurde keine Anmeldung versucht.</translation>
    </message>
    <message>
        <source>Everything works: Letterbox can fetch and send your mail.</source>
        <translation>Alles funktioniert: Letterbox kann Ihre Nachrichten abrufen und senden.</translation>
    </message>
    <message>
        <source>A server showed a certificate this computer does not trust. Look at it with &quot;View Certificate…&quot; before you decide to trust it.</source>
        <translation>Ein Server hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut. Sehen Sie es sich mit „Zertifikat anzeigen…“ an, bevor Sie entscheiden, ihm zu vertrauen.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::SpellChecker</name>
    <message>
        <source>%1 (%2)</source>
        <comment>spelling language, territory</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::SpellingMenu</name>
    <message>
        <source>No Suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation>Rechtschreib&amp;sprache</translation>
    </message>
    <message>
        <source>No Dictionaries Installed</source>
        <translation>Keine Wörterbücher installiert</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::TrayNotifier</name>
    <message>
        <source>New mail</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) for %1</source>
        <translation>
            <numerusform>%n neue Nachricht für %1</numerusform>
            <numerusform>%n neue Nachrichten für %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Letterbox: %n unread message(s)</source>
        <translation>
            <numerusform>Letterbox: %n ungelesene Nachricht</numerusform>
            <numerusform>Letterbox: %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Letterbox</source>
        <translation>Letterbox</translation>
    </message>
</context>
<context>
    <name>Letterbox::Imap::ImapSession</name>
    <message>
        <source>The server sent data before the TLS handshake; the connection was closed.</source>
        <translation>Der Server hat vor dem TLS-Handshake Daten gesendet; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server sent more data right after agreeing to STARTTLS; this is a sign of an attack, so the connection was closed.</source>
        <translation>Der Server hat direkt nach der Zustimmung zu STARTTLS weitere Daten gesendet; das deutet auf einen Angriff hin, daher wurde die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The connection closed after logging out.</source>
        <translation>Die Verbindung wurde nach der Abmeldung geschlossen.</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>Der Server hat die Verbindung geschlossen: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The command was not sent: the session has ended.</source>
        <translation>Der Befehl wurde nicht gesendet: Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>IDLE was not started: the session has ended.</source>
        <translation>IDLE wurde nicht gestartet: Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>IDLE ended before it started.</source>
        <translation>IDLE wurde beendet, bevor es begonnen hat.</translation>
    </message>
    <message>
        <source>The server sent a reply that cannot be read (%1 at octet %2).</source>
        <translation>Der Server hat eine Antwort gesendet, die nicht gelesen werden kann (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>An unreadable response from the server was skipped: %1</source>
        <translation>Eine unlesbare Antwort des Servers wurde übersprungen: %1</translation>
    </message>
    <message>
        <source>The server did not send an IMAP greeting.</source>
        <translation>Der Server hat keine IMAP-Begrüßung gesendet.</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Der Server hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server skipped the login (PREAUTH) on a connection that must be encrypted with STARTTLS; the connection was closed.</source>
        <translation>Der Server hat die Anmeldung übersprungen (PREAUTH), obwohl die Verbindung mit STARTTLS verschlüsselt werden muss; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server sent an unexpected greeting: %1</source>
        <translation>Der Server hat eine unerwartete Begrüßung gesendet: %1</translation>
    </message>
    <message>
        <source>The server asked for the rest of a command that was already complete.</source>
        <translation>Der Server hat den Rest eines Befehls angefordert, der bereits vollständig war.</translation>
    </message>
    <message>
        <source>The server answered a command that was never sent (tag %1).</source>
        <translation>Der Server hat auf einen Befehl geantwortet, der nie gesendet wurde (Tag %1).</translation>
    </message>
    <message>
        <source>The server refused to list its capabilities: %1</source>
        <translation>Der Server hat sich geweigert, seine Fähigkeiten aufzulisten: %1</translation>
    </message>
    <message>
        <source>The server refused STARTTLS (%1); the connection was closed instead of continuing unencrypted.</source>
        <translation>Der Server hat STARTTLS abgelehnt (%1); die Verbindung wurde geschlossen, statt unverschlüsselt fortzufahren.</translation>
    </message>
    <message>
        <source>The server could not check the login just now: %1</source>
        <translation>Der Server konnte die Anmeldung gerade nicht prüfen: %1</translation>
    </message>
    <message>
        <source>The server requires encryption for this login: %1</source>
        <translation>Der Server verlangt für diese Anmeldung Verschlüsselung: %1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and this account requires it; nothing was sent unencrypted.</source>
        <translation>Der Server bietet kein STARTTLS an, und dieses Konto verlangt es; es wurde nichts unverschlüsselt gesendet.</translation>
    </message>
    <message>
        <source>The server requires a login, and none is set up for this account.</source>
        <translation>Der Server verlangt eine Anmeldung, aber für dieses Konto ist keine eingerichtet.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, and logging in over it is not allowed; nothing was sent.</source>
        <translation>Die Verbindung ist nicht verschlüsselt, und eine Anmeldung darüber ist nicht erlaubt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>None of the server&apos;s login methods (%1) can be used with this account.</source>
        <translation>Keines der Anmeldeverfahren des Servers (%1) kann mit diesem Konto verwendet werden.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The command could not be encoded.</source>
        <translation>Der Befehl konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The command was not completed: %1</source>
        <translation>Der Befehl wurde nicht abgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Mime::MailtoUrl</name>
    <message>
        <source>This is not a mailto: link.</source>
        <translation>Dies ist kein mailto:-Link.</translation>
    </message>
    <message>
        <source>The mailto: link is longer than %1 characters.</source>
        <translation>Der mailto:-Link ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The mailto: link names more than %1 recipients.</source>
        <translation>Der mailto:-Link nennt mehr als %1 Empfänger.</translation>
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
        <source>Part %1 claims the character set &quot;%2&quot; but is not written in it; it is shown as %3.</source>
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
        <source>The %1 address &quot;%2&quot; contains encoded text, a trick used to fake the sender.</source>
        <translation>Die %1-Adresse „%2“ enthält kodierten Text – ein Trick, um den Absender zu fälschen.</translation>
    </message>
    <message>
        <source>The %1 address &quot;%2&quot; contains invalid characters.</source>
        <translation>Die %1-Adresse „%2“ enthält ungültige Zeichen.</translation>
    </message>
    <message>
        <source>The %1 name &quot;%2&quot; contains the address %3, but the real address is %4.</source>
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
    <name>Letterbox::Models::AccountCaches</name>
    <message>
        <source>The cache of account %1 could not be opened: %2</source>
        <translation>Der Zwischenspeicher des Kontos %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Models::AddressCompletionModel</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Models::ConnectionListModel</name>
    <message>
        <source>(no account)</source>
        <translation>(kein Konto)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bytes In</source>
        <translation>Bytes empfangen</translation>
    </message>
    <message>
        <source>Bytes Out</source>
        <translation>Bytes gesendet</translation>
    </message>
    <message>
        <source>Round Trips</source>
        <translation>Roundtrips</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>Letterbox::Models::FolderTreeModel</name>
    <message>
        <source>Unified Inbox</source>
        <translation>Gemeinsamer Posteingang</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1: %n Nachricht</numerusform>
            <numerusform>%1: %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>Letterbox::Models::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Hat Anhänge</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The folder is no longer in the cache.</source>
        <translation>Der Ordner ist nicht mehr im Zwischenspeicher.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Models::MessageOrder</name>
    <message>
        <source>Account %1 has no open cache.</source>
        <translation>Konto %1 hat keinen geöffneten Zwischenspeicher.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Models::MessageTags</name>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>To Do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>Letterbox::Models::TranscriptModel</name>
    <message>
        <source>… %1 more lines not kept</source>
        <translation>… %1 weitere Zeilen nicht aufbewahrt</translation>
    </message>
    <message>
        <source>Sent by Letterbox</source>
        <translation>Von Letterbox gesendet</translation>
    </message>
    <message>
        <source>Sent by the server</source>
        <translation>Vom Server gesendet</translation>
    </message>
    <message>
        <source>What the connection did</source>
        <translation>Was die Verbindung getan hat</translation>
    </message>
    <message>
        <source>Expand to read the lines it folds</source>
        <translation>Aufklappen, um die eingeklappten Zeilen zu lesen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>What It Does</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>Letterbox::Net::Connection</name>
    <message>
        <source>implicit TLS</source>
        <translation>implizites TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)</source>
        <translation>Verbindung zu %1 wird aufgebaut (%2)</translation>
    </message>
    <message>
        <source>Bytes waiting after the STARTTLS go-ahead: %1</source>
        <translation>Nach der STARTTLS-Freigabe wartende Bytes: %1</translation>
    </message>
    <message>
        <source>the server sent data after its STARTTLS go-ahead and before the TLS handshake, which is how commands are injected into an encrypted session</source>
        <translation>der Server hat nach seiner STARTTLS-Freigabe und vor dem TLS-Handshake Daten gesendet – auf diese Weise werden Befehle in eine verschlüsselte Sitzung eingeschleust</translation>
    </message>
    <message>
        <source>Starting the TLS handshake</source>
        <translation>TLS-Handshake wird gestartet</translation>
    </message>
    <message>
        <source>Closing the connection</source>
        <translation>Verbindung wird geschlossen</translation>
    </message>
    <message>
        <source>TCP connection established to %1 port %2</source>
        <translation>TCP-Verbindung zu %1 Port %2 aufgebaut</translation>
    </message>
    <message>
        <source>Certificate accepted by its pinned SHA-256 fingerprint despite: %1</source>
        <translation>Zertifikat anhand seines angehefteten SHA-256-Fingerabdrucks akzeptiert trotz: %1</translation>
    </message>
    <message>
        <source>Certificate rejected: %1, SHA-256 %2</source>
        <translation>Zertifikat abgelehnt: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>des Verbindungsaufbaus</translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation>der Server hat die Verbindung während des Handshakes geschlossen</translation>
    </message>
    <message>
        <source>doing the TLS handshake</source>
        <translation>des TLS-Handshakes</translation>
    </message>
    <message>
        <source>waiting for a reply</source>
        <translation>des Wartens auf eine Antwort</translation>
    </message>
    <message>
        <source>idle with no data in either direction</source>
        <translation>des Leerlaufs ohne Daten in beiden Richtungen</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1 established, cipher %2; server certificate %3, SHA-256 %4</source>
        <translation>%1 aufgebaut, Verschlüsselungsverfahren %2; Serverzertifikat %3, SHA-256 %4</translation>
    </message>
</context>
<context>
    <name>Letterbox::Net::TranscriptTap</name>
    <message>
        <source>[%1 bytes of message data]</source>
        <translation>[%1 Bytes Nachrichtendaten]</translation>
    </message>
    <message>
        <source>* %1 earlier entries dropped (the transcript keeps the last %2)</source>
        <translation>* %1 frühere Einträge verworfen (das Protokoll behält die letzten %2)</translation>
    </message>
    <message>
        <source>… [%1 more bytes]</source>
        <translation>… [%1 weitere Bytes]</translation>
    </message>
</context>
<context>
    <name>Letterbox::Pop3::Pop3Encoder</name>
    <message>
        <source>The user name or password is empty.</source>
        <translation>Der Anmeldename oder das Passwort ist leer.</translation>
    </message>
    <message>
        <source>The user name or password contains a line break or another control character.</source>
        <translation>Der Anmeldename oder das Passwort enthält einen Zeilenumbruch oder ein anderes Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Pop3::Pop3ReplyParser</name>
    <message>
        <source>a reply line is longer than %1 octets</source>
        <translation>eine Antwortzeile ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>a reply starts with neither +OK nor -ERR</source>
        <translation>eine Antwort beginnt weder mit +OK noch mit -ERR</translation>
    </message>
    <message>
        <source>a listing is larger than %1 octets</source>
        <translation>eine Auflistung ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>a message is larger than %1 octets</source>
        <translation>eine Nachricht ist größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>Letterbox::Pop3::Pop3Session</name>
    <message>
        <source>the unique-id is empty</source>
        <translation>die eindeutige Kennung ist leer</translation>
    </message>
    <message>
        <source>the unique-id is longer than %1 characters</source>
        <translation>die eindeutige Kennung ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the unique-id contains a space, a control character or a non-ASCII octet</source>
        <translation>die eindeutige Kennung enthält ein Leerzeichen, ein Steuerzeichen oder ein Nicht-ASCII-Byte</translation>
    </message>
    <message>
        <source>The server sent data before the TLS handshake; the connection was closed.</source>
        <translation>Der Server hat vor dem TLS-Handshake Daten gesendet; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>a message body arrived during the login</source>
        <translation>während der Anmeldung ist ein Nachrichtentext eingetroffen</translation>
    </message>
    <message>
        <source>The server broke the POP3 protocol at octet %1: %2</source>
        <translation>Der Server hat bei Byte %1 gegen das POP3-Protokoll verstoßen: %2</translation>
    </message>
    <message>
        <source>The server sent data that no command asked for.</source>
        <translation>Der Server hat Daten gesendet, nach denen kein Befehl gefragt hat.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Der Server hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server does not offer STLS, and this account requires it; nothing was sent unencrypted.</source>
        <translation>Der Server bietet kein STLS an, und dieses Konto verlangt es; es wurde nichts unverschlüsselt gesendet.</translation>
    </message>
    <message>
        <source>The server refused STLS (%1); the connection was closed instead of continuing unencrypted.</source>
        <translation>Der Server hat STLS abgelehnt (%1); die Verbindung wurde geschlossen, statt unverschlüsselt fortzufahren.</translation>
    </message>
    <message>
        <source>The server sent more data right after agreeing to STLS; this is a sign of an attack, so the connection was closed.</source>
        <translation>Der Server hat direkt nach der Zustimmung zu STLS weitere Daten gesendet; das deutet auf einen Angriff hin, daher wurde die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, and sending the login over it was not allowed.</source>
        <translation>Die Verbindung ist nicht verschlüsselt, und die Anmeldedaten darüber zu senden war nicht erlaubt.</translation>
    </message>
    <message>
        <source>The server does not offer a login method for an access token.</source>
        <translation>Der Server bietet kein Anmeldeverfahren für ein Zugriffstoken an.</translation>
    </message>
    <message>
        <source>The server cannot open the mailbox just now: %1</source>
        <translation>Der Server kann das Postfach gerade nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server sent an unexpected challenge during the login.</source>
        <translation>Der Server hat während der Anmeldung eine unerwartete Challenge gesendet.</translation>
    </message>
    <message>
        <source>The command was not sent: the session is ending.</source>
        <translation>Der Befehl wurde nicht gesendet: Die Sitzung wird gerade beendet.</translation>
    </message>
    <message>
        <source>The message number %1 is not valid.</source>
        <translation>Die Nachrichtennummer %1 ist ungültig.</translation>
    </message>
    <message>
        <source>a reply arrived that no command asked for</source>
        <translation>eine Antwort ist eingetroffen, nach der kein Befehl gefragt hat</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>the reply to STAT is malformed</source>
        <translation>die Antwort auf STAT ist fehlerhaft</translation>
    </message>
    <message>
        <source>a line of the reply to LIST is malformed</source>
        <translation>eine Zeile der Antwort auf LIST ist fehlerhaft</translation>
    </message>
    <message>
        <source>the line has no message number and unique-id</source>
        <translation>der Zeile fehlen Nachrichtennummer und eindeutige Kennung</translation>
    </message>
    <message>
        <source>the unique-id or message number is repeated</source>
        <translation>die eindeutige Kennung oder die Nachrichtennummer kommt mehrfach vor</translation>
    </message>
    <message>
        <source>The server broke the POP3 protocol: %1</source>
        <translation>Der Server hat gegen das POP3-Protokoll verstoßen: %1</translation>
    </message>
    <message>
        <source>The command did not complete: %1</source>
        <translation>Der Befehl wurde nicht abgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Protocol::CommandAnnotator</name>
    <message>
        <source>the message itself: %1 bytes, shown only as its size</source>
        <translation>die Nachricht selbst: %1 Bytes, nur als Größe angezeigt</translation>
    </message>
    <message>
        <source>every message</source>
        <translation>alle Nachrichten</translation>
    </message>
    <message>
        <source>the newest message</source>
        <translation>die neueste Nachricht</translation>
    </message>
    <message>
        <source>the messages the last search found</source>
        <translation>die von der letzten Suche gefundenen Nachrichten</translation>
    </message>
    <message>
        <source>the message with UID %1</source>
        <translation>die Nachricht mit der UID %1</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>the messages with UIDs %1</source>
        <translation>die Nachrichten mit den UIDs %1</translation>
    </message>
    <message>
        <source>messages %1</source>
        <translation>Nachrichten %1</translation>
    </message>
    <message>
        <source>cancel the login</source>
        <translation>die Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>the login answer (hidden)</source>
        <translation>die Antwort zur Anmeldung (verborgen)</translation>
    </message>
    <message>
        <source>stop waiting for news (end IDLE)</source>
        <translation>nicht mehr auf Neuigkeiten warten (IDLE beenden)</translation>
    </message>
    <message>
        <source>ask what the server can do</source>
        <translation>fragen, was der Server kann</translation>
    </message>
    <message>
        <source>nothing: keeps the connection alive and hears news</source>
        <translation>nichts: hält die Verbindung offen und empfängt Neuigkeiten</translation>
    </message>
    <message>
        <source>say goodbye and close the connection</source>
        <translation>sich verabschieden und die Verbindung schließen</translation>
    </message>
    <message>
        <source>switch the connection to encryption</source>
        <translation>die Verbindung auf Verschlüsselung umstellen</translation>
    </message>
    <message>
        <source>log in (password hidden)</source>
        <translation>anmelden (Passwort verborgen)</translation>
    </message>
    <message>
        <source>log in as %1 (password hidden)</source>
        <translation>als %1 anmelden (Passwort verborgen)</translation>
    </message>
    <message>
        <source>log in with %1 (token hidden)</source>
        <translation>mit %1 anmelden (Token verborgen)</translation>
    </message>
    <message>
        <source>log in with %1 (password hidden)</source>
        <translation>mit %1 anmelden (Passwort verborgen)</translation>
    </message>
    <message>
        <source>switch on the extensions %1</source>
        <translation>die Erweiterungen %1 einschalten</translation>
    </message>
    <message>
        <source>tell the server which program this is, and hear which server it is</source>
        <translation>dem Server sagen, welches Programm dies ist, und erfahren, welcher Server er ist</translation>
    </message>
    <message>
        <source>ask where personal and shared folders live</source>
        <translation>fragen, wo persönliche und gemeinsame Ordner liegen</translation>
    </message>
    <message>
        <source>compress everything from here on</source>
        <translation>ab hier alles komprimieren</translation>
    </message>
    <message>
        <source>wait for the server to announce new mail and changes (push)</source>
        <translation>darauf warten, dass der Server neue Nachrichten und Änderungen meldet (Push)</translation>
    </message>
    <message>
        <source>list every folder with its role (Sent, Drafts, Trash…)</source>
        <translation>alle Ordner mit ihrer Rolle auflisten (Gesendet, Entwürfe, Papierkorb…)</translation>
    </message>
    <message>
        <source>list the folders</source>
        <translation>die Ordner auflisten</translation>
    </message>
    <message>
        <source>ask how many messages %1 holds, without opening it</source>
        <translation>fragen, wie viele Nachrichten %1 enthält, ohne ihn zu öffnen</translation>
    </message>
    <message>
        <source>open the folder %1</source>
        <translation>den Ordner %1 öffnen</translation>
    </message>
    <message>
        <source>open the folder %1 read-only</source>
        <translation>den Ordner %1 schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>, hearing only what changed since the last visit (mod-sequence %1)</source>
        <translation>, dabei nur erfahren, was sich seit dem letzten Besuch geändert hat (mod-sequence %1)</translation>
    </message>
    <message>
        <source>, hearing only what changed since the last visit</source>
        <translation>, dabei nur erfahren, was sich seit dem letzten Besuch geändert hat</translation>
    </message>
    <message>
        <source> and track changes by mod-sequence</source>
        <translation> und Änderungen per mod-sequence verfolgen</translation>
    </message>
    <message>
        <source>create the folder %1</source>
        <translation>den Ordner %1 anlegen</translation>
    </message>
    <message>
        <source>delete the folder %1 and all it holds</source>
        <translation>den Ordner %1 mit seinem gesamten Inhalt löschen</translation>
    </message>
    <message>
        <source>subscribe to the folder %1</source>
        <translation>den Ordner %1 abonnieren</translation>
    </message>
    <message>
        <source>unsubscribe from the folder %1</source>
        <translation>das Abonnement des Ordners %1 beenden</translation>
    </message>
    <message>
        <source>rename the folder %1 to %2</source>
        <translation>den Ordner %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>upload a message of %1 bytes into %2</source>
        <translation>eine Nachricht mit %1 Bytes nach %2 hochladen</translation>
    </message>
    <message>
        <source>upload a message into %1</source>
        <translation>eine Nachricht nach %1 hochladen</translation>
    </message>
    <message>
        <source>close the folder; messages marked as deleted are removed</source>
        <translation>den Ordner schließen; als gelöscht markierte Nachrichten werden entfernt</translation>
    </message>
    <message>
        <source>close the folder, removing nothing</source>
        <translation>den Ordner schließen, ohne etwas zu entfernen</translation>
    </message>
    <message>
        <source>remove %1 for good (only these, if marked as deleted)</source>
        <translation>%1 endgültig entfernen (nur diese, falls als gelöscht markiert)</translation>
    </message>
    <message>
        <source>remove every message marked as deleted from this folder</source>
        <translation>alle als gelöscht markierten Nachrichten aus diesem Ordner entfernen</translation>
    </message>
    <message>
        <source>search this folder on the server, answering with UIDs</source>
        <translation>diesen Ordner auf dem Server durchsuchen, Antwort mit UIDs</translation>
    </message>
    <message>
        <source>search this folder on the server</source>
        <translation>diesen Ordner auf dem Server durchsuchen</translation>
    </message>
    <message>
        <source>copy %1 to %2</source>
        <translation>%1 nach %2 kopieren</translation>
    </message>
    <message>
        <source>move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>the headers</source>
        <translation>die Kopfzeilen</translation>
    </message>
    <message>
        <source>the structure (parts and their sizes)</source>
        <translation>die Struktur (Teile und ihre Größen)</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <source>the flags</source>
        <translation>die Flags</translation>
    </message>
    <message>
        <source>the size</source>
        <translation>die Größe</translation>
    </message>
    <message>
        <source>the UIDs</source>
        <translation>die UIDs</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>the whole message</source>
        <translation>die ganze Nachricht</translation>
    </message>
    <message>
        <source>ask only for %1 of %2 changed since the last visit (mod-sequence %3)</source>
        <translation>nur %1 für %2 anfordern, soweit seit dem letzten Besuch geändert (mod-sequence %3)</translation>
    </message>
    <message>
        <source>download %1 in full</source>
        <translation>%1 vollständig herunterladen</translation>
    </message>
    <message>
        <source>download %1 in full, with %2</source>
        <translation>%1 vollständig herunterladen, mit %2</translation>
    </message>
    <message>
        <source>ask for %1 of %2</source>
        <translation>%1 für %2 anfordern</translation>
    </message>
    <message>
        <source>, and which ones were deleted meanwhile</source>
        <translation>, und welche inzwischen gelöscht wurden</translation>
    </message>
    <message>
        <source>mark as unread</source>
        <translation>als ungelesen markieren</translation>
    </message>
    <message>
        <source>mark as read</source>
        <translation>als gelesen markieren</translation>
    </message>
    <message>
        <source>remove the star</source>
        <translation>den Stern entfernen</translation>
    </message>
    <message>
        <source>star (flag)</source>
        <translation>mit Stern markieren (Flag)</translation>
    </message>
    <message>
        <source>undelete</source>
        <translation>Löschmarkierung aufheben</translation>
    </message>
    <message>
        <source>mark as deleted (removed at the next expunge)</source>
        <translation>als gelöscht markieren (beim nächsten EXPUNGE entfernt)</translation>
    </message>
    <message>
        <source>mark as not answered</source>
        <translation>als nicht beantwortet markieren</translation>
    </message>
    <message>
        <source>mark as answered</source>
        <translation>als beantwortet markieren</translation>
    </message>
    <message>
        <source>mark as no draft</source>
        <translation>als kein Entwurf markieren</translation>
    </message>
    <message>
        <source>mark as draft</source>
        <translation>als Entwurf markieren</translation>
    </message>
    <message>
        <source>remove the tag %1</source>
        <translation>das Schlagwort %1 entfernen</translation>
    </message>
    <message>
        <source>add the tag %1</source>
        <translation>das Schlagwort %1 hinzufügen</translation>
    </message>
    <message>
        <source>clear every flag of %1</source>
        <translation>alle Flags für %1 entfernen</translation>
    </message>
    <message>
        <source>set the flags of %1 to: %2</source>
        <translation>die Flags für %1 setzen auf: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>say who logs in: %1</source>
        <translation>angeben, wer sich anmeldet: %1</translation>
    </message>
    <message>
        <source>send the password (hidden)</source>
        <translation>das Passwort senden (verborgen)</translation>
    </message>
    <message>
        <source>log in as %1 with a digest of the password (hidden)</source>
        <translation>als %1 mit einem Hash des Passworts anmelden (verborgen)</translation>
    </message>
    <message>
        <source>ask which login methods the server offers</source>
        <translation>fragen, welche Anmeldeverfahren der Server anbietet</translation>
    </message>
    <message>
        <source>ask how many messages wait, and their total size</source>
        <translation>fragen, wie viele Nachrichten warten und wie groß sie insgesamt sind</translation>
    </message>
    <message>
        <source>ask the size of message %1</source>
        <translation>die Größe von Nachricht %1 erfragen</translation>
    </message>
    <message>
        <source>list the size of every message</source>
        <translation>die Größe aller Nachrichten auflisten</translation>
    </message>
    <message>
        <source>ask the unique id of message %1</source>
        <translation>die eindeutige Kennung von Nachricht %1 erfragen</translation>
    </message>
    <message>
        <source>list every message&apos;s unique id, to spot those already downloaded</source>
        <translation>die eindeutigen Kennungen aller Nachrichten auflisten, um bereits heruntergeladene zu erkennen</translation>
    </message>
    <message>
        <source>download message %1 in full</source>
        <translation>Nachricht %1 vollständig herunterladen</translation>
    </message>
    <message>
        <source>download only the headers of message %1</source>
        <translation>nur die Kopfzeilen von Nachricht %1 herunterladen</translation>
    </message>
    <message>
        <source>download the headers of message %1 and the first %2 lines of its text</source>
        <translation>die Kopfzeilen von Nachricht %1 und die ersten %2 Zeilen ihres Textes herunterladen</translation>
    </message>
    <message>
        <source>delete message %1 from the server (done when the session ends)</source>
        <translation>Nachricht %1 vom Server löschen (geschieht am Ende der Sitzung)</translation>
    </message>
    <message>
        <source>undo this session&apos;s deletions</source>
        <translation>die Löschungen dieser Sitzung rückgängig machen</translation>
    </message>
    <message>
        <source>nothing: keeps the connection alive</source>
        <translation>nichts: hält die Verbindung offen</translation>
    </message>
    <message>
        <source>end the session; the server now deletes what was marked</source>
        <translation>die Sitzung beenden; der Server löscht jetzt, was markiert wurde</translation>
    </message>
    <message>
        <source>greet the server and ask what it can do</source>
        <translation>den Server begrüßen und fragen, was er kann</translation>
    </message>
    <message>
        <source>greet the server (the old way, without extensions)</source>
        <translation>den Server begrüßen (auf die alte Art, ohne Erweiterungen)</translation>
    </message>
    <message>
        <source>start a message from %1 (%2 bytes)</source>
        <translation>eine Nachricht von %1 beginnen (%2 Bytes)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemandem</translation>
    </message>
    <message>
        <source>start a message from %1</source>
        <translation>eine Nachricht von %1 beginnen</translation>
    </message>
    <message>
        <source>add the recipient %1</source>
        <translation>den Empfänger %1 hinzufügen</translation>
    </message>
    <message>
        <source>ask to send the message text</source>
        <translation>anfragen, den Nachrichtentext senden zu dürfen</translation>
    </message>
    <message>
        <source>send the last %1 bytes of the message</source>
        <translation>die letzten %1 Bytes der Nachricht senden</translation>
    </message>
    <message>
        <source>send %1 bytes of the message</source>
        <translation>%1 Bytes der Nachricht senden</translation>
    </message>
    <message>
        <source>abandon the message begun</source>
        <translation>die begonnene Nachricht verwerfen</translation>
    </message>
    <message>
        <source>end the session</source>
        <translation>die Sitzung beenden</translation>
    </message>
    <message>
        <source>ask whether an address exists</source>
        <translation>fragen, ob eine Adresse existiert</translation>
    </message>
</context>
<context>
    <name>Letterbox::Render::HtmlSanitizer</name>
    <message>
        <source>The HTML part is too large to show safely (over 2 MiB).</source>
        <translation>Der HTML-Teil ist zu groß, um ihn sicher anzuzeigen (über 2 MiB).</translation>
    </message>
    <message>
        <source>The HTML part nests its elements too deeply to show safely.</source>
        <translation>Der HTML-Teil verschachtelt seine Elemente zu tief, um ihn sicher anzuzeigen.</translation>
    </message>
    <message>
        <source>The HTML part could not be read.</source>
        <translation>Der HTML-Teil konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Render::PlainTextRenderer</name>
    <message>
        <source>[show %n quoted lines]</source>
        <translation>[%n zitierte Zeilen anzeigen]</translation>
    </message>
    <message>
        <source>[hide %n quoted lines]</source>
        <translation>[%n zitierte Zeilen ausblenden]</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::AccountSession</name>
    <message>
        <source>The cache of account %1 could not be opened: %2</source>
        <translation>Der Cache des Kontos %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>This message was not downloaded; get messages again to retry.</source>
        <translation>Diese Nachricht wurde nicht heruntergeladen; rufen Sie die Nachrichten erneut ab, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>You are working offline, and this message has not been downloaded yet.</source>
        <translation>Sie arbeiten offline, und diese Nachricht wurde noch nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 messages</source>
        <translation>%1: %2 von %3 Nachrichten</translation>
    </message>
    <message>
        <source>%1: %2 messages</source>
        <translation>%1: %2 Nachrichten</translation>
    </message>
    <message>
        <source>Sending your changes to the server…</source>
        <translation>Ihre Änderungen werden an den Server gesendet…</translation>
    </message>
    <message>
        <source>Your changes are kept and go to the server later: %1</source>
        <translation>Ihre Änderungen bleiben gespeichert und werden später an den Server übertragen: %1</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>A POP3 account has no folders to search on the server.</source>
        <translation>Ein POP3-Konto hat keine Ordner, die auf dem Server durchsucht werden könnten.</translation>
    </message>
    <message>
        <source>You are working offline: only the messages already downloaded were searched.</source>
        <translation>Sie arbeiten offline: Nur die bereits heruntergeladenen Nachrichten wurden durchsucht.</translation>
    </message>
    <message>
        <source>The server search could not start.</source>
        <translation>Die Suche auf dem Server konnte nicht starten.</translation>
    </message>
    <message>
        <source>Sending messages through %1…</source>
        <translation>Nachrichten werden über %1 gesendet…</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::AutoconfigJob</name>
    <message>
        <source>%1 is not an e-mail address with a domain autoconfiguration can look up.</source>
        <translation>%1 ist keine E-Mail-Adresse mit einer Domain, die die automatische Konfiguration nachschlagen kann.</translation>
    </message>
    <message>
        <source>not tried (probing is off)</source>
        <translation>nicht versucht (das Ausprobieren von Servernamen ist ausgeschaltet)</translation>
    </message>
    <message>
        <source>No configuration was found for %1; enter the servers by hand (account add).</source>
        <translation>Für %1 wurde keine Konfiguration gefunden; geben Sie die Server von Hand ein (account add).</translation>
    </message>
    <message>
        <source>Asking %1</source>
        <translation>Anfrage an %1</translation>
    </message>
    <message>
        <source>a configuration for %1</source>
        <translation>eine Konfiguration für %1</translation>
    </message>
    <message>
        <source>Looking up the SRV records of %1</source>
        <translation>Suche nach den SRV-Einträgen von %1</translation>
    </message>
    <message>
        <source>no SRV record for a mail service</source>
        <translation>kein SRV-Eintrag für einen Maildienst</translation>
    </message>
    <message>
        <source>no SRV record for IMAP or POP3</source>
        <translation>kein SRV-Eintrag für IMAP oder POP3</translation>
    </message>
    <message>
        <source>Looking up the MX record of %1</source>
        <translation>Suche nach dem MX-Eintrag von %1</translation>
    </message>
    <message>
        <source>the MX host %1 names no other domain</source>
        <translation>der MX-Host %1 nennt keine andere Domain</translation>
    </message>
    <message>
        <source>Trying the usual server names of %1</source>
        <translation>Die üblichen Servernamen von %1 werden ausprobiert</translation>
    </message>
    <message>
        <source>%1:%2 speaks TLS with a certificate that is not trusted (%3; SHA-256 %4); &apos;account test&apos; shows it for a decision.</source>
        <translation>%1:%2 spricht TLS mit einem Zertifikat, dem nicht vertraut wird (%3; SHA-256 %4); &apos;account test&apos; zeigt es an, damit Sie entscheiden können.</translation>
    </message>
    <message>
        <source>no usual server name answered as IMAP or POP3</source>
        <translation>kein üblicher Servername hat als IMAP- oder POP3-Server geantwortet</translation>
    </message>
    <message>
        <source>Checking whether %1:%2 offers STARTTLS</source>
        <translation>Es wird geprüft, ob %1:%2 STARTTLS anbietet</translation>
    </message>
    <message>
        <source>%1 could not be checked for STARTTLS: %2</source>
        <translation>%1 konnte nicht auf STARTTLS geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 was configured without encryption but offers STARTTLS: STARTTLS is proposed.</source>
        <translation>%1 war ohne Verschlüsselung konfiguriert, bietet aber STARTTLS an: STARTTLS wird vorgeschlagen.</translation>
    </message>
    <message>
        <source>%1 did not offer STARTTLS when checked; connecting will fail unless it does (someone on the network may be removing it).</source>
        <translation>%1 hat bei der Prüfung kein STARTTLS angeboten; die Verbindung wird fehlschlagen, solange es das nicht tut (möglicherweise entfernt jemand im Netz das Angebot).</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::CacheHandover</name>
    <message>
        <source>%1 (local)</source>
        <translation>%1 (lokal)</translation>
    </message>
    <message>
        <source>%1 (local %2)</source>
        <translation>%1 (lokal %2)</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::CertificateWords</name>
    <message>
        <source>It was made for another server name than the one you connect to.</source>
        <translation>Es wurde für einen anderen Servernamen ausgestellt als den, mit dem Sie sich verbinden.</translation>
    </message>
    <message>
        <source>No authority this computer trusts vouches for it: it is self-signed or issued by an unknown authority.</source>
        <translation>Keine Zertifizierungsstelle, der dieser Computer vertraut, bürgt dafür: Es ist selbst signiert oder von einer unbekannten Stelle ausgestellt.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Es ist abgelaufen.</translation>
    </message>
    <message>
        <source>It is not valid yet (or this computer&apos;s clock is wrong).</source>
        <translation>Es ist noch nicht gültig (oder die Uhr dieses Computers geht falsch).</translation>
    </message>
    <message>
        <source>Its issuer has revoked it.</source>
        <translation>Sein Aussteller hat es widerrufen.</translation>
    </message>
    <message>
        <source>It is not meant to identify a server.</source>
        <translation>Es ist nicht dafür gedacht, einen Server auszuweisen.</translation>
    </message>
    <message>
        <source>Its signature does not check out: it may have been tampered with.</source>
        <translation>Seine Signatur ist ungültig: Es wurde möglicherweise manipuliert.</translation>
    </message>
    <message>
        <source>It could not be verified.</source>
        <translation>Es konnte nicht überprüft werden.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ConfigFetcher</name>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>%1 is not an https address</source>
        <translation>%1 ist keine https-Adresse</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 hat keine Adresse</translation>
    </message>
    <message>
        <source>%1 sent more than %2 KiB</source>
        <translation>%1 hat mehr als %2 KiB gesendet</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ConnectionTest</name>
    <message>
        <source>Incoming</source>
        <translation>Eingangsserver</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgangsserver</translation>
    </message>
    <message>
        <source>%1 (%2) %3, security %4:</source>
        <translation>%1 (%2) %3, Sicherheit %4:</translation>
    </message>
    <message>
        <source>  not reached: %1</source>
        <translation>  nicht erreicht: %1</translation>
    </message>
    <message>
        <source>  not reached</source>
        <translation>  nicht erreicht</translation>
    </message>
    <message>
        <source>  encrypted with %1 (%2)</source>
        <translation>  verschlüsselt mit %1 (%2)</translation>
    </message>
    <message>
        <source>  not encrypted</source>
        <translation>  nicht verschlüsselt</translation>
    </message>
    <message>
        <source>  certificate: %1, issued by %2</source>
        <translation>  Zertifikat: %1, ausgestellt von %2</translation>
    </message>
    <message>
        <source>  valid from %1 to %2</source>
        <translation>  gültig vom %1 bis %2</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint %1</source>
        <translation>  SHA-256-Fingerabdruck %1</translation>
    </message>
    <message>
        <source>  trusted</source>
        <translation>  vertrauenswürdig</translation>
    </message>
    <message>
        <source>  NOT trusted:</source>
        <translation>  NICHT vertrauenswürdig:</translation>
    </message>
    <message>
        <source>  capabilities: %1</source>
        <translation>  Fähigkeiten: %1</translation>
    </message>
    <message>
        <source>  login methods offered: %1</source>
        <translation>  angebotene Anmeldeverfahren: %1</translation>
    </message>
    <message>
        <source>  login worked</source>
        <translation>  Anmeldung erfolgreich</translation>
    </message>
    <message>
        <source>  login refused: %1</source>
        <translation>  Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>  failed: %1</source>
        <translation>  fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>  no login tried (no password stored)</source>
        <translation>  keine Anmeldung versucht (kein Passwort gespeichert)</translation>
    </message>
    <message>
        <source>  %1 s</source>
        <translation>  %1 s</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::DnsQuery</name>
    <message>
        <source>%1 has no such DNS record</source>
        <translation>%1 hat keinen solchen DNS-Eintrag</translation>
    </message>
    <message>
        <source>the DNS look-up of %1 failed: %2</source>
        <translation>die DNS-Abfrage von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the DNS look-up of %1 took longer than %2 s</source>
        <translation>die DNS-Abfrage von %1 hat länger als %2 s gedauert</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ImapFolderSync</name>
    <message>
        <source>The server refused to sync the folder “%1”: %2</source>
        <translation>Der Server hat die Synchronisierung des Ordners „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server did not say the UIDVALIDITY of “%1”.</source>
        <translation>Der Server hat die UIDVALIDITY von „%1“ nicht genannt.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ImapHeaderFetch</name>
    <message>
        <source>The server did not send the headers: %1</source>
        <translation>Der Server hat die Kopfzeilen nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ImapJournalReplay</name>
    <message>
        <source>There is no IMAP connection to replay the offline changes on.</source>
        <translation>Es gibt keine IMAP-Verbindung, über die die Offline-Änderungen nachgespielt werden können.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>das Öffnen von %1</translation>
    </message>
    <message>
        <source>%1 was renumbered on the server (UIDVALIDITY %2, was %3) and its messages could not be found again by their Message-ID.</source>
        <translation>%1 wurde auf dem Server neu nummeriert (UIDVALIDITY %2, vorher %3), und seine Nachrichten konnten über ihre Message-ID nicht wiedergefunden werden.</translation>
    </message>
    <message>
        <source>The messages are no longer in %1 on the server.</source>
        <translation>Die Nachrichten sind auf dem Server nicht mehr in %1.</translation>
    </message>
    <message>
        <source>the flag change in %1</source>
        <translation>die Flag-Änderung in %1</translation>
    </message>
    <message>
        <source>moving messages from %1 to %2</source>
        <translation>das Verschieben von Nachrichten aus %1 nach %2</translation>
    </message>
    <message>
        <source>copying messages from %1 to %2</source>
        <translation>das Kopieren von Nachrichten aus %1 nach %2</translation>
    </message>
    <message>
        <source>removing the moved messages from %1</source>
        <translation>das Entfernen der verschobenen Nachrichten aus %1</translation>
    </message>
    <message>
        <source>deleting messages in %1</source>
        <translation>das Löschen von Nachrichten in %1</translation>
    </message>
    <message>
        <source>creating the folder %1</source>
        <translation>das Anlegen des Ordners %1</translation>
    </message>
    <message>
        <source>renaming the folder %1 to %2</source>
        <translation>das Umbenennen des Ordners %1 in %2</translation>
    </message>
    <message>
        <source>deleting the folder %1</source>
        <translation>das Löschen des Ordners %1</translation>
    </message>
    <message>
        <source>This change cannot be replayed on the server.</source>
        <translation>Diese Änderung kann auf dem Server nicht nachgespielt werden.</translation>
    </message>
    <message>
        <source>%1 refused the copy for %2: %3</source>
        <translation>%1 hat das Ablegen der Kopie in %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>The IMAP server</source>
        <translation>Der IMAP-Server</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 hat %2 abgelehnt: %3</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ImapOnDemandBody</name>
    <message>
        <source>Message %1 is not in the cache, or not yet on the server.</source>
        <translation>Die Nachricht %1 ist nicht im Cache oder noch nicht auf dem Server.</translation>
    </message>
    <message>
        <source>Message %1 is in no folder of the server.</source>
        <translation>Die Nachricht %1 liegt in keinem Ordner des Servers.</translation>
    </message>
    <message>
        <source>The server refused to open “%1”: %2</source>
        <translation>Der Server hat das Öffnen von „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>The folder “%1” was rebuilt on the server; sync it again.</source>
        <translation>Der Ordner „%1“ wurde auf dem Server neu aufgebaut; synchronisieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The server no longer has this message.</source>
        <translation>Der Server hat diese Nachricht nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ImapRetrieval</name>
    <message>
        <source>%1 did not list its folders: %2</source>
        <translation>%1 hat seine Ordner nicht aufgelistet: %2</translation>
    </message>
    <message>
        <source>%1 has no folder “%2”.</source>
        <translation>%1 hat keinen Ordner „%2“.</translation>
    </message>
    <message>
        <source>The folder “%1” is not in the cache.</source>
        <translation>Der Ordner „%1“ ist nicht im Cache.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The local folder “%1” is kept as “%2”, beside the server&apos;s “%1”.</source>
        <translation>Der lokale Ordner „%1“ bleibt als „%2“ erhalten, neben dem Ordner „%1“ des Servers.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ImapServerSearch</name>
    <message>
        <source>The server could not search “%1”: %2</source>
        <translation>Der Server konnte „%1“ nicht durchsuchen: %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ImapWatcher</name>
    <message>
        <source>The folder “%1” is not in the cache; sync the account first.</source>
        <translation>Der Ordner „%1“ ist nicht im Cache; synchronisieren Sie zuerst das Konto.</translation>
    </message>
    <message>
        <source>The server refused IDLE: %1</source>
        <translation>Der Server hat IDLE abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::LocalActions</name>
    <message>
        <source>There is no folder %1 in this account.</source>
        <translation>In diesem Konto gibt es keinen Ordner %1.</translation>
    </message>
    <message>
        <source>Messages cannot move between the local folder and the server folder (%1, %2).</source>
        <translation>Nachrichten können nicht zwischen dem lokalen Ordner und dem Serverordner verschoben werden (%1, %2).</translation>
    </message>
    <message>
        <source>Messages cannot be copied between the local folder and the server folder (%1, %2).</source>
        <translation>Nachrichten können nicht zwischen dem lokalen Ordner und dem Serverordner kopiert werden (%1, %2).</translation>
    </message>
    <message>
        <source>A message to copy is no longer in the cache.</source>
        <translation>Eine zu kopierende Nachricht ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <source>The Inbox cannot be renamed.</source>
        <translation>Der Posteingang kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>The Inbox cannot be deleted.</source>
        <translation>Der Posteingang kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a tag.</source>
        <translation>„%1“ kann kein Schlagwort sein.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::MailSession</name>
    <message>
        <source>The cache of account %1 could not be opened: %2</source>
        <translation>Der Cache des Kontos %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
    <message>
        <source>No profile is open, so account %1 cannot be opened.</source>
        <translation>Es ist kein Profil geöffnet, daher kann das Konto %1 nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Account %1 is open already.</source>
        <translation>Das Konto %1 ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Account %1 could not be opened.</source>
        <translation>Das Konto %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>No connection of account %1 is waiting for that certificate.</source>
        <translation>Keine Verbindung des Kontos %1 wartet auf dieses Zertifikat.</translation>
    </message>
    <message>
        <source>The server of account %1 has changed since that certificate was shown.</source>
        <translation>Der Server des Kontos %1 hat sich geändert, seit dieses Zertifikat angezeigt wurde.</translation>
    </message>
    <message>
        <source>An account cannot be renamed here.</source>
        <translation>Ein Konto kann hier nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>The OAuth2 tokens of %1 may remain in the keychain: %2</source>
        <translation>Die OAuth2-Tokens von %1 sind möglicherweise noch im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>The password of %1 may remain in the keychain: %2</source>
        <translation>Das Passwort von %1 ist möglicherweise noch im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Die Nachricht hat keinen Empfänger.</translation>
    </message>
    <message>
        <source>The message is no longer in the outbox.</source>
        <translation>Die Nachricht ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <source>The message has not been downloaded yet.</source>
        <translation>Die Nachricht wurde noch nicht heruntergeladen.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::MessageContentLoader</name>
    <message>
        <source>Letterbox could not read this message from the cache: %1</source>
        <translation>Letterbox konnte diese Nachricht nicht aus dem Cache lesen: %1</translation>
    </message>
    <message>
        <source>This message is no longer in the cache.</source>
        <translation>Diese Nachricht ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>The attachments of this message are not downloaded yet.</source>
        <translation>Die Anhänge dieser Nachricht sind noch nicht heruntergeladen.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::OutgoingMessagePreparer</name>
    <message>
        <source>The file is not a mail message: it has no header.</source>
        <translation>Die Datei ist keine E-Mail-Nachricht, denn sie hat keine Kopfzeilen.</translation>
    </message>
    <message>
        <source>The message has no recipient: it needs a To, Cc or Bcc address.</source>
        <translation>Die Nachricht hat keinen Empfänger; nötig ist eine To-, Cc- oder Bcc-Adresse.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::Pop3DownloadBatch</name>
    <message>
        <source>POP3 message data arrived outside a message.</source>
        <translation>POP3-Nachrichtendaten sind außerhalb einer Nachricht angekommen.</translation>
    </message>
    <message>
        <source>A POP3 message ended that never began.</source>
        <translation>Eine POP3-Nachricht wurde beendet, die nie begonnen hat.</translation>
    </message>
    <message>
        <source>The cached copy went meanwhile.</source>
        <translation>Die zwischengespeicherte Kopie ist inzwischen verschwunden.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::Pop3Retrieval</name>
    <message>
        <source>The local folders of %1 could not be made: %2</source>
        <translation>Die lokalen Ordner von %1 konnten nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The download from %1 was cancelled.</source>
        <translation>Der Download von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 does not offer UIDL; messages are told apart by their headers.</source>
        <translation>%1 bietet kein UIDL an; Nachrichten werden anhand ihrer Kopfzeilen unterschieden.</translation>
    </message>
    <message>
        <source>%1 refused to list the messages: %2</source>
        <translation>%1 hat das Auflisten der Nachrichten abgelehnt: %2</translation>
    </message>
    <message>
        <source>Message %1 has no usable identity and stays on the server: %2</source>
        <translation>Die Nachricht %1 hat keine verwendbare Identität und bleibt auf dem Server: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be downloaded: %2</source>
        <translation>Die Nachricht %1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be deleted from the server: %2</source>
        <translation>Die Nachricht %1 konnte nicht vom Server gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) had an unusable UIDL and are told apart by their headers.</source>
        <translation>
            <numerusform>%n Nachricht hatte eine unbrauchbare UIDL und wird anhand ihrer Kopfzeilen unterschieden.</numerusform>
            <numerusform>%n Nachrichten hatten eine unbrauchbare UIDL und werden anhand ihrer Kopfzeilen unterschieden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not confirm the deletions; the next run sees what is left.</source>
        <translation>%1 hat die Löschungen nicht bestätigt; beim nächsten Lauf zeigt sich, was übrig ist.</translation>
    </message>
    <message>
        <source>The cache of %1 could not store what %2 sent: %3</source>
        <translation>Der Cache von %1 konnte nicht speichern, was %2 gesendet hat: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) of the account&apos;s IMAP server are kept as local folders: %1.</source>
        <translation>
            <numerusform>%n Ordner des IMAP-Servers des Kontos bleibt als lokaler Ordner erhalten: %1.</numerusform>
            <numerusform>%n Ordner des IMAP-Servers des Kontos bleiben als lokale Ordner erhalten: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ServerPolicy</name>
    <message>
        <source>Account %1: %2</source>
        <translation>Konto %1: %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ServerProbe</name>
    <message>
        <source>%1:%2 did not answer within %3 s</source>
        <translation>%1:%2 hat nicht innerhalb von %3 s geantwortet</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 hat keine Adresse</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection</source>
        <translation>%1:%2 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1:%2 sent more than a capability reply</source>
        <translation>%1:%2 hat mehr als eine Antwort auf CAPABILITY gesendet</translation>
    </message>
    <message>
        <source>%1:%2 does not speak IMAP</source>
        <translation>%1:%2 spricht kein IMAP</translation>
    </message>
    <message>
        <source>%1:%2 greeted with a refusal</source>
        <translation>%1:%2 hat mit einer Ablehnung begrüßt</translation>
    </message>
    <message>
        <source>%1:%2 refused CAPABILITY</source>
        <translation>%1:%2 hat CAPABILITY abgelehnt</translation>
    </message>
    <message>
        <source>%1:%2 does not speak POP3</source>
        <translation>%1:%2 spricht kein POP3</translation>
    </message>
    <message>
        <source>%1:%2 does not speak SMTP</source>
        <translation>%1:%2 spricht kein SMTP</translation>
    </message>
    <message>
        <source>%1:%2 greeted with %3</source>
        <translation>%1:%2 hat mit %3 begrüßt</translation>
    </message>
    <message>
        <source>%1:%2 refused EHLO</source>
        <translation>%1:%2 hat EHLO abgelehnt</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::SubmissionService</name>
    <message>
        <source>The message %1 in the outbox of %2 cannot be read: %3</source>
        <translation>Die Nachricht %1 im Postausgang von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The outbox of %1 cannot be read: %2</source>
        <translation>Der Postausgang von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The connection to %1 ended before the message was sent.</source>
        <translation>Die Verbindung zu %1 wurde beendet, bevor die Nachricht gesendet war.</translation>
    </message>
    <message>
        <source>%1 accepted the message, but the outbox of %2 could not record it (%3); it is kept as &quot;may have been sent&quot;.</source>
        <translation>%1 hat die Nachricht angenommen, aber der Postausgang von %2 konnte das nicht festhalten (%3); sie wird als „möglicherweise gesendet“ aufbewahrt.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
    <message>
        <source>Sent to %1, but %2 refused %3: %4</source>
        <translation>An %1 gesendet, aber %2 hat %3 abgelehnt: %4</translation>
    </message>
    <message>
        <source>No copy could be kept in Sent: %1</source>
        <translation>Im Ordner „Gesendet“ konnte keine Kopie abgelegt werden: %1</translation>
    </message>
    <message>
        <source>Not sent yet: %1 It waits in the outbox of %2 and is tried again after %3.</source>
        <translation>Noch nicht gesendet: %1 Die Nachricht wartet im Postausgang von %2 und wird nach %3 erneut versucht.</translation>
    </message>
    <message>
        <source>Not sent: %1 It stays in the outbox of %2 as failed.</source>
        <translation>Nicht gesendet: %1 Die Nachricht bleibt als fehlgeschlagen im Postausgang von %2.</translation>
    </message>
    <message>
        <source>May have been sent: %1 It stays in the outbox of %2 as &quot;may have been sent&quot;; sending it again keeps its Message-ID &lt;%3&gt;.</source>
        <translation>Möglicherweise gesendet: %1 Die Nachricht bleibt als „möglicherweise gesendet“ im Postausgang von %2; bei erneutem Senden behält sie ihre Message-ID &lt;%3&gt;.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::SwitchPreview</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>The messages stay on the server (leave on server).</source>
        <translation>Die Nachrichten bleiben auf dem Server (auf dem Server lassen).</translation>
    </message>
    <message numerus="yes">
        <source>Messages are deleted from the server %n day(s) after they arrived.</source>
        <translation>
            <numerusform>Nachrichten werden %n Tag nach ihrem Eingang vom Server gelöscht.</numerusform>
            <numerusform>Nachrichten werden %n Tage nach ihrem Eingang vom Server gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each message is deleted from the server once it is safely stored here: other devices will no longer see it.</source>
        <translation>Jede Nachricht wird vom Server gelöscht, sobald sie hier sicher abgelegt ist: Andere Geräte sehen sie dann nicht mehr.</translation>
    </message>
    <message>
        <source>A message is deleted from the server when you delete it here.</source>
        <translation>Eine Nachricht wird vom Server gelöscht, wenn Sie sie hier löschen.</translation>
    </message>
    <message>
        <source>From now on the server&apos;s folders are shown and kept in sync: read, flagged and moved messages are the same on every device.</source>
        <translation>Ab jetzt werden die Ordner des Servers angezeigt und synchron gehalten: Gelesene, markierte und verschobene Nachrichten sind auf jedem Gerät gleich.</translation>
    </message>
    <message>
        <source>%1 (%2 messages) becomes &quot;%3 (local)&quot;</source>
        <translation>%1 (%2 Nachrichten) wird zu „%3 (lokal)“</translation>
    </message>
    <message>
        <source>The folders of this computer are set aside, not deleted: %1.</source>
        <translation>Die Ordner dieses Computers werden beiseitegelegt, nicht gelöscht: %1.</translation>
    </message>
    <message>
        <source>Messages already downloaded that the server still has are taken over, not downloaded again, and move into the server&apos;s folders; what the server no longer has stays in the &quot;(local)&quot; folders.</source>
        <translation>Bereits heruntergeladene Nachrichten, die der Server noch hat, werden übernommen statt erneut heruntergeladen und wandern in die Ordner des Servers; was der Server nicht mehr hat, bleibt in den „(lokal)“-Ordnern.</translation>
    </message>
    <message>
        <source>Read, flagged and answered marks set here are sent to the server.</source>
        <translation>Hier gesetzte Markierungen für gelesen, markiert und beantwortet werden an den Server gesendet.</translation>
    </message>
    <message>
        <source>From now on only the server&apos;s Inbox is downloaded, to this computer.</source>
        <translation>Ab jetzt wird nur der Posteingang des Servers heruntergeladen, auf diesen Computer.</translation>
    </message>
    <message>
        <source>The %1 server folders (%2, %3 messages) become folders of this computer with what they hold now; changes to them are no longer sent to the server.</source>
        <translation>Die %1 Ordner des Servers (%2, %3 Nachrichten) werden mit ihrem jetzigen Inhalt zu Ordnern dieses Computers; Änderungen daran werden nicht mehr an den Server gesendet.</translation>
    </message>
    <message>
        <source>Read and flagged marks stay here only; changes not yet sent to the server wait until you switch back.</source>
        <translation>Markierungen für gelesen und markiert bleiben nur hier; noch nicht an den Server gesendete Änderungen warten, bis Sie zurückwechseln.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::TranscriptFormat</name>
    <message>
        <source>connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Connection %1: %2 for %3 to %4, %5, %6</source>
        <translation>Verbindung %1: %2 für %3 zu %4, %5, %6</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>kein Konto</translation>
    </message>
    <message>
        <source>%1 round trips, %2 bytes in, %3 bytes out, %4</source>
        <translation>%1 Roundtrips, %2 Bytes empfangen, %3 Bytes gesendet, %4</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>| … %1 more lines not kept</source>
        <translation>| … %1 weitere Zeilen nicht aufbewahrt</translation>
    </message>
    <message>
        <source>* %1 earlier rows not kept</source>
        <translation>* %1 frühere Zeilen nicht aufbewahrt</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::TranscriptRecorder</name>
    <message>
        <source>[literal: %1 bytes in %2 lines]</source>
        <translation>[Literal: %1 Bytes in %2 Zeilen]</translation>
    </message>
    <message>
        <source>literal data (message text or a long string), folded: expand to read it</source>
        <translation>Literal-Daten (Nachrichtentext oder eine lange Zeichenkette), eingeklappt: zum Lesen aufklappen</translation>
    </message>
    <message>
        <source>[message: %1 bytes in %2 lines]</source>
        <translation>[Nachricht: %1 Bytes in %2 Zeilen]</translation>
    </message>
    <message>
        <source>the message the server sends, folded: expand to read it</source>
        <translation>die Nachricht, die der Server sendet, eingeklappt: zum Lesen aufklappen</translation>
    </message>
    <message>
        <source>[%1 more lines of the listing, %2 bytes]</source>
        <translation>[%1 weitere Zeilen der Auflistung, %2 Bytes]</translation>
    </message>
    <message>
        <source>the rest of the listing, folded</source>
        <translation>der Rest der Auflistung, eingeklappt</translation>
    </message>
</context>
<context>
    <name>Letterbox::Smtp::SmtpEncoder</name>
    <message>
        <source>The name for EHLO is empty.</source>
        <translation>Der Name für EHLO ist leer.</translation>
    </message>
    <message>
        <source>The name for EHLO contains a space or a control character.</source>
        <translation>Der Name für EHLO enthält ein Leerzeichen oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The address %1 is longer than SMTP allows.</source>
        <translation>Die Adresse %1 ist länger, als SMTP erlaubt.</translation>
    </message>
    <message>
        <source>The address contains a control character (such as a line break).</source>
        <translation>Die Adresse enthält ein Steuerzeichen (etwa einen Zeilenumbruch).</translation>
    </message>
    <message>
        <source>The address %1 contains a space or an angle bracket.</source>
        <translation>Die Adresse %1 enthält ein Leerzeichen oder eine spitze Klammer.</translation>
    </message>
    <message>
        <source>The address %1 has an unterminated quoted part.</source>
        <translation>Die Adresse %1 hat einen nicht abgeschlossenen Teil in Anführungszeichen.</translation>
    </message>
    <message>
        <source>The envelope identifier contains a character SMTP cannot carry.</source>
        <translation>Die Umschlagkennung enthält ein Zeichen, das SMTP nicht übertragen kann.</translation>
    </message>
    <message>
        <source>The envelope identifier is longer than 100 characters.</source>
        <translation>Die Umschlagkennung ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>A recipient address is empty.</source>
        <translation>Eine Empfängeradresse ist leer.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Smtp::SmtpReplyParser</name>
    <message numerus="yes">
        <source>The server sent a line longer than %n octets.</source>
        <translation>
            <numerusform>Der Server hat eine Zeile gesendet, die länger als %n Byte ist.</numerusform>
            <numerusform>Der Server hat eine Zeile gesendet, die länger als %n Bytes ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply.</source>
        <translation>Der Server hat eine Zeile gesendet, die keine SMTP-Antwort ist.</translation>
    </message>
    <message>
        <source>The server sent a reply code not followed by a space or a hyphen.</source>
        <translation>Der Server hat einen Antwortcode gesendet, auf den weder ein Leerzeichen noch ein Bindestrich folgt.</translation>
    </message>
    <message>
        <source>The server changed the reply code inside a multi-line reply.</source>
        <translation>Der Server hat den Antwortcode innerhalb einer mehrzeiligen Antwort geändert.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent a reply of more than %n lines.</source>
        <translation>
            <numerusform>Der Server hat eine Antwort mit mehr als %n Zeile gesendet.</numerusform>
            <numerusform>Der Server hat eine Antwort mit mehr als %n Zeilen gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Smtp::SmtpSession</name>
    <message>
        <source>The server sent data before the TLS handshake; the connection was closed.</source>
        <translation>Der Server hat vor dem TLS-Handshake Daten gesendet; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server broke the SMTP protocol at octet %1: %2</source>
        <translation>Der Server hat bei Byte %1 gegen das SMTP-Protokoll verstoßen: %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The message was not sent: the connection to the server has ended.</source>
        <translation>Die Nachricht wurde nicht gesendet: Die Verbindung zum Server ist beendet.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Die Nachricht hat keine Empfänger.</translation>
    </message>
    <message>
        <source>A recipient address is empty.</source>
        <translation>Eine Empfängeradresse ist leer.</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Die Nachricht wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation>Der Server schließt die Verbindung: %1</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The server refused EHLO</source>
        <translation>Der Server hat EHLO abgelehnt</translation>
    </message>
    <message>
        <source>The server refused HELO</source>
        <translation>Der Server hat HELO abgelehnt</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and this account requires it; nothing was sent unencrypted.</source>
        <translation>Der Server bietet kein STARTTLS an, und dieses Konto verlangt es; es wurde nichts unverschlüsselt gesendet.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS (%1); the connection was closed instead of continuing unencrypted.</source>
        <translation>Der Server hat STARTTLS abgelehnt (%1); die Verbindung wurde geschlossen, statt unverschlüsselt fortzufahren.</translation>
    </message>
    <message>
        <source>The server sent more data right after agreeing to STARTTLS; this is a sign of an attack, so the connection was closed.</source>
        <translation>Der Server hat direkt nach der Zustimmung zu STARTTLS weitere Daten gesendet; das deutet auf einen Angriff hin, daher wurde die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The server does not offer authentication (no AUTH in its EHLO reply).</source>
        <translation>Der Server bietet keine Authentifizierung an (kein AUTH in seiner EHLO-Antwort).</translation>
    </message>
    <message>
        <source>The connection is not encrypted, and sending the login over it was not allowed.</source>
        <translation>Die Verbindung ist nicht verschlüsselt, und die Anmeldedaten darüber zu senden war nicht erlaubt.</translation>
    </message>
    <message>
        <source>None of the server&apos;s login methods (%1) can be used with this account.</source>
        <translation>Keines der Anmeldeverfahren des Servers (%1) kann mit diesem Konto verwendet werden.</translation>
    </message>
    <message>
        <source>The server sent an unexpected challenge during the %1 login.</source>
        <translation>Der Server hat während der %1-Anmeldung eine unerwartete Challenge gesendet.</translation>
    </message>
    <message>
        <source>The server requires encryption for this login: %1</source>
        <translation>Der Server verlangt für diese Anmeldung Verschlüsselung: %1</translation>
    </message>
    <message>
        <source>The server could not check the login just now: %1</source>
        <translation>Der Server konnte die Anmeldung gerade nicht prüfen: %1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The message was not sent: it is %1 octets and the server accepts at most %2.</source>
        <translation>Die Nachricht wurde nicht gesendet, weil sie %1 Byte groß ist und der Server höchstens %2 annimmt.</translation>
    </message>
    <message>
        <source>The message was not sent: the address %1 is not plain ASCII and the server does not accept such addresses (no SMTPUTF8).</source>
        <translation>Die Nachricht wurde nicht gesendet: Die Adresse %1 ist kein reines ASCII, und der Server nimmt solche Adressen nicht an (kein SMTPUTF8).</translation>
    </message>
    <message>
        <source>The message was not sent: it contains 8-bit data and the server accepts only 7-bit messages (no 8BITMIME).</source>
        <translation>Die Nachricht wurde nicht gesendet, weil sie 8-Bit-Daten enthält und der Server nur 7-Bit-Nachrichten annimmt (kein 8BITMIME).</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat: %1</translation>
    </message>
    <message>
        <source>The server refused the sender address %1: %2</source>
        <translation>Der Server hat die Absenderadresse %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server refused every recipient: %1</source>
        <translation>Der Server hat alle Empfänger abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation>Der Server hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message numerus="yes">
        <source>The server accepted the message for all %n recipient(s).</source>
        <translation>
            <numerusform>Der Server hat die Nachricht für %n Empfänger angenommen.</numerusform>
            <numerusform>Der Server hat die Nachricht für alle %n Empfänger angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server accepted the message for %1 of %2 recipients and refused %3.</source>
        <translation>Der Server hat die Nachricht für %1 von %2 Empfängern angenommen und %3 abgelehnt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The whole message was sent, but the connection ended before the server confirmed it; it may have been delivered. (%1)</source>
        <translation>Die Nachricht wurde vollständig gesendet, aber die Verbindung endete, bevor der Server sie bestätigte; möglicherweise wurde sie zugestellt. (%1)</translation>
    </message>
    <message>
        <source>The message was not sent completely: %1</source>
        <translation>Die Nachricht wurde nicht vollständig gesendet: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::BlobBatch</name>
    <message>
        <source>Letterbox could not write the message file %1: %2.</source>
        <translation>Letterbox konnte die Nachrichtendatei %1 nicht schreiben: %2.</translation>
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
    <message>
        <source>it is not an SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
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
    <message>
        <source>There is no folder %1 in the cache.</source>
        <translation>Im Cache gibt es keinen Ordner %1.</translation>
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
    <message>
        <source>A message&apos;s body state and its stored file disagree (full or partial needs a file, and only they have one).</source>
        <translation>Der Inhaltsstatus einer Nachricht passt nicht zu ihrer gespeicherten Datei (ein vollständiger oder teilweiser Inhalt braucht eine Datei, und nur diese haben eine).</translation>
    </message>
    <message>
        <source>The message file %1 is not stored; its row was not saved.</source>
        <translation>Die Nachrichtendatei %1 ist nicht abgelegt; ihr Eintrag wurde nicht gespeichert.</translation>
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
    <message>
        <source>The outbox message %1 is not being sent, so it cannot be marked sent.</source>
        <translation>Die Nachricht %1 im Postausgang wird gerade nicht gesendet und kann daher nicht als gesendet markiert werden.</translation>
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
    <name>MailSession</name>
    <message>
        <source>There is no such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
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
    <name>NetError</name>
    <message>
        <source>The server %1 could not be found: %2.</source>
        <translation>Der Server %1 wurde nicht gefunden: %2.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no server is listening on that port.</source>
        <translation>%1 hat die Verbindung abgelehnt: An diesem Port lauscht kein Server.</translation>
    </message>
    <message>
        <source>%1 timed out after %2 s while %3.</source>
        <translation>Zeitüberschreitung bei %1 nach %2 s während %3.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2.</translation>
    </message>
    <message>
        <source>verification failed</source>
        <translation>Überprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The connection to %1 was refused for security: %2.</source>
        <translation>Die Verbindung zu %1 wurde aus Sicherheitsgründen verweigert: %2.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The connection to %1 was cancelled.</source>
        <translation>Die Verbindung zu %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The certificate of %1 has CHANGED since it was accepted: the server now shows SHA-256 %2, not the accepted %3, and the new one is not trusted (%4). Someone may be intercepting the connection; nothing was sent.</source>
        <translation>Das Zertifikat von %1 hat sich GEÄNDERT, seit es akzeptiert wurde: Der Server zeigt jetzt SHA-256 %2 statt des akzeptierten %3, und dem neuen wird nicht vertraut (%4). Möglicherweise fängt jemand die Verbindung ab; es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>The CA certificate file %1 cannot be read: %2.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 is too large to be a certificate.</source>
        <translation>Die CA-Zertifikatsdatei %1 ist zu groß für ein Zertifikat.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat.</translation>
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
    <message>
        <source>A mailto: link (RFC 6068) to write a message to.</source>
        <translation>Ein mailto:-Link (RFC 6068), für den eine neue Nachricht geöffnet wird.</translation>
    </message>
    <message>
        <source>letterbox: %1 is not a mailto: link.</source>
        <translation>letterbox: %1 ist kein mailto:-Link.</translation>
    </message>
</context>
</TS>
