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
    <name>Letterbox::Cli</name>
    <message>
        <source>Keep settings and data under &lt;dir&gt; instead of the XDG directories.</source>
        <translation>Einstellungen und Daten unter &lt;dir&gt; statt in den XDG-Verzeichnissen ablegen.</translation>
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
