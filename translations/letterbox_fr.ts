<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Letterbox::Accounts::Profile</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli</name>
    <message>
        <source>Keep settings and data under &lt;dir&gt; instead of the XDG directories.</source>
        <translation>Garder réglages et données sous &lt;dossier&gt; au lieu des dossiers XDG.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
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
        <translation>Utilisation : %1 [--profile DOSSIER] COMMANDE [OPTIONS]
La ligne de commande de Letterbox : les mêmes moteurs que la fenêtre, pour les scripts.

Options :
  --profile DOSSIER  Garder réglages et données sous DOSSIER au lieu des dossiers XDG.
  --version          Afficher la version.
  -h, --help         Afficher cette aide.

Commandes :
</translation>
    </message>
    <message>
        <source>
Run '%1 COMMAND --help' for the options of a command.
Exit codes: 0 success, 1 the operation failed, 2 bad usage or input, 3 a security refusal.
</source>
        <translation>
« %1 COMMANDE --help » donne les options d’une commande.
Codes de sortie : 0 succès, 1 échec de l’opération, 2 usage ou entrée incorrects, 3 refus pour raison de sécurité.
</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande donnée.</translation>
    </message>
    <message>
        <source>'%1' is not a command; run '%2 --help' for the list.</source>
        <translation>« %1 » n’est pas une commande ; « %2 --help » en donne la liste.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Utilisation : %1 %2 [options]</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::ProfileCommand</name>
    <message>
        <source>Show where this profile keeps its settings and data (creating them if missing).</source>
        <translation>Montrer où ce profil garde ses réglages et ses données (en les créant s’ils manquent).</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Écrire un document JSON.</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Réglages : %1</translation>
    </message>
    <message>
        <source>Data:     %1</source>
        <translation>Données : %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MainWindow</name>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>État du compte</translation>
    </message>
    <message>
        <source>About Letterbox</source>
        <translation>À propos de Letterbox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Letterbox %1&lt;/h3&gt;&lt;p&gt;A desktop email client that shows what POP3, IMAP and SMTP do on the wire.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Letterbox %1&lt;/h3&gt;&lt;p&gt;Un client de messagerie qui montre ce que POP3, IMAP et SMTP font sur le réseau.&lt;/p&gt;</translation>
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
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to Letterbox</source>
        <translation>Bienvenue dans Letterbox</translation>
    </message>
    <message>
        <source>No account is set up yet.</source>
        <translation>Aucun compte n’est encore configuré.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Letterbox</source>
        <translation>À &amp;propos de Letterbox</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Letterbox, a desktop email client.</source>
        <translation>Letterbox, un client de messagerie pour le bureau.</translation>
    </message>
    <message>
        <source>Keep settings and data under &lt;dir&gt; instead of the XDG directories.</source>
        <translation>Garder réglages et données sous &lt;dossier&gt; au lieu des dossiers XDG.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>letterbox: %1</source>
        <translation>letterbox : %1</translation>
    </message>
</context>
</TS>
