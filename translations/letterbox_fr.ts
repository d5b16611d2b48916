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
    <name>Letterbox::Cli::MessageCommand</name>
    <message>
        <source>Parse an .eml file: headers, part tree, text and warnings.</source>
        <translation>Analyser un fichier .eml : en-têtes, arborescence des parties, texte et avertissements.</translation>
    </message>
    <message>
        <source>The RFC 5322 message to read.</source>
        <translation>Le message RFC 5322 à lire.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Écrire un document JSON.</translation>
    </message>
    <message>
        <source>letterbox-cli: message takes exactly one FILE.</source>
        <translation>letterbox-cli : message attend exactement un argument FILE.</translation>
    </message>
    <message>
        <source>letterbox-cli: cannot read %1: %2.</source>
        <translation>letterbox-cli : impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>letterbox-cli: %1 is larger than 256 MiB; it is not a message.</source>
        <translation>letterbox-cli : %1 dépasse 256 MiB ; ce n’est pas un message.</translation>
    </message>
    <message>
        <source>From:    %1</source>
        <translation>De :      %1</translation>
    </message>
    <message>
        <source>To:      %1</source>
        <translation>Pour :    %1</translation>
    </message>
    <message>
        <source>Cc:      %1</source>
        <translation>Copie à : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet :   %1</translation>
    </message>
    <message>
        <source>Date:    %1</source>
        <translation>Date :    %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Parties :</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation><numerusform>(%n octet)</numerusform><numerusform>(%n octets)</numerusform></translation>
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
    <name>Letterbox::Mime::MessageParser</name>
    <message>
        <source>Part %1 is longer than %2 MiB; only the start is shown.</source>
        <translation>La partie %1 dépasse %2 MiB ; seul le début est affiché.</translation>
    </message>
    <message>
        <source>Part %1 does not say which character set it uses; it is shown as %2.</source>
        <translation>La partie %1 n’indique pas son jeu de caractères ; elle est affichée en %2.</translation>
    </message>
    <message>
        <source>Part %1 claims the character set "%2" but is not written in it; it is shown as %3.</source>
        <translation>La partie %1 déclare le jeu de caractères « %2 » sans l’utiliser réellement ; elle est affichée en %3.</translation>
    </message>
    <message>
        <source>-------- Attached Message --------</source>
        <translation>-------- Message joint --------</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <source>A multipart section has no parts that match its boundary; its raw content is shown.</source>
        <translation>Une section multipart ne contient aucune partie correspondant à son délimiteur ; son contenu brut est affiché.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>The message is encrypted; Letterbox cannot show encrypted mail.</source>
        <translation>Le message est chiffré ; Letterbox ne peut pas afficher les messages chiffrés.</translation>
    </message>
    <message>
        <source>Part %1 is encrypted; Letterbox cannot show encrypted mail.</source>
        <translation>La partie %1 est chiffrée ; Letterbox ne peut pas afficher les messages chiffrés.</translation>
    </message>
    <message>
        <source>The message has more than one %1 header with different values; the first is used.</source>
        <translation>Le message contient plusieurs en-têtes %1 aux valeurs différentes ; le premier est utilisé.</translation>
    </message>
    <message>
        <source>A part repeats the %1 parameter with different values.</source>
        <translation>Une partie répète le paramètre %1 avec des valeurs différentes.</translation>
    </message>
    <message>
        <source>The %1 header contains unencoded 8-bit text; its character set was guessed.</source>
        <translation>L’en-tête %1 contient du texte 8 bits non encodé ; son jeu de caractères a été deviné.</translation>
    </message>
    <message>
        <source>A part has an invalid Content-Type and is read as plain text.</source>
        <translation>Une partie a un Content-Type non valide et est lue comme du texte brut.</translation>
    </message>
    <message>
        <source>The %1 header contains a malformed encoded word.</source>
        <translation>L’en-tête %1 contient un mot encodé mal formé.</translation>
    </message>
    <message>
        <source>A multipart section is malformed; some parts may be incomplete.</source>
        <translation>Une section multipart est mal formée ; certaines parties peuvent être incomplètes.</translation>
    </message>
    <message>
        <source>The message ends early: a closing boundary or part is missing.</source>
        <translation>Le message se termine prématurément : un délimiteur de fin ou une partie manque.</translation>
    </message>
    <message>
        <source>The message is malformed.</source>
        <translation>Le message est mal formé.</translation>
    </message>
    <message>
        <source>A line in a header block is not a valid header and was ignored.</source>
        <translation>Une ligne d’un bloc d’en-têtes n’est pas un en-tête valide et a été ignorée.</translation>
    </message>
    <message>
        <source>A multipart section has no boundary; its content is not split into parts.</source>
        <translation>Une section multipart n’a pas de délimiteur ; son contenu n’est pas découpé en parties.</translation>
    </message>
    <message>
        <source>A part has a malformed parameter.</source>
        <translation>Une partie a un paramètre mal formé.</translation>
    </message>
    <message>
        <source>An address list could not be read completely.</source>
        <translation>Une liste d’adresses n’a pas pu être lue entièrement.</translation>
    </message>
    <message>
        <source>The message is nested deeper than %1 levels; the deeper parts are not shown.</source>
        <translation>Le message est imbriqué sur plus de %1 niveaux ; les parties plus profondes ne sont pas affichées.</translation>
    </message>
    <message>
        <source>A part of the message is empty.</source>
        <translation>Une partie du message est vide.</translation>
    </message>
    <message>
        <source>The message has more than %1 headers; the rest are not listed.</source>
        <translation>Le message a plus de %1 en-têtes ; les autres ne sont pas listés.</translation>
    </message>
    <message>
        <source>The Date header cannot be read.</source>
        <translation>L’en-tête Date ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The message has no headers; it is shown as plain text.</source>
        <translation>Le message n’a pas d’en-têtes ; il est affiché comme texte brut.</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the rest is not shown.</source>
        <translation>Le message a plus de %1 parties ; le reste n’est pas affiché.</translation>
    </message>
    <message>
        <source>The headers contain NUL bytes; they are shown as �.</source>
        <translation>Les en-têtes contiennent des octets NUL ; ils sont affichés sous la forme �.</translation>
    </message>
    <message>
        <source>The %1 header lists too many addresses or malformed groups; only the first %2 are read.</source>
        <translation>L’en-tête %1 contient trop d’adresses ou des groupes mal formés ; seules les %2 premières sont lues.</translation>
    </message>
    <message>
        <source>The %1 header holds many broken encoded words; they are shown as they are.</source>
        <translation>L’en-tête %1 contient de nombreux mots encodés défectueux ; ils sont affichés tels quels.</translation>
    </message>
    <message>
        <source>The %1 header is longer than %2 KiB and was shortened.</source>
        <translation>L’en-tête %1 dépasse %2 KiB et a été tronqué.</translation>
    </message>
    <message>
        <source>A header block is larger than %1 KiB; the rest of its headers are ignored.</source>
        <translation>Un bloc d’en-têtes dépasse %1 KiB ; ses autres en-têtes sont ignorés.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Mime::ReplyBuilder</name>
    <message>
        <source>Unknown sender</source>
        <translation>Expéditeur inconnu</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Le %1, %2 a écrit :</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 a écrit :</translation>
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Message transféré --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Pour : %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Copie à : %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Mime::SpoofingCheck</name>
    <message>
        <source>The %1 address "%2" contains encoded text, a trick used to fake the sender.</source>
        <translation>L’adresse %1 « %2 » contient du texte encodé, un procédé utilisé pour usurper l’expéditeur.</translation>
    </message>
    <message>
        <source>The %1 address "%2" contains invalid characters.</source>
        <translation>L’adresse %1 « %2 » contient des caractères non valides.</translation>
    </message>
    <message>
        <source>The %1 name "%2" contains the address %3, but the real address is %4.</source>
        <translation>Le nom %1 « %2 » contient l’adresse %3, mais l’adresse réelle est %4.</translation>
    </message>
    <message>
        <source>An encoded word in the %1 header hides control characters (line breaks, NUL or text-direction overrides).</source>
        <translation>Un mot encodé de l’en-tête %1 cache des caractères de contrôle (sauts de ligne, NUL ou forçages du sens du texte).</translation>
    </message>
    <message>
        <source>An encoded word in the %1 header hides address characters (@, &lt;, &gt;), a trick used to fake the sender.</source>
        <translation>Un mot encodé de l’en-tête %1 cache des caractères d’adresse (@, &lt;, &gt;), un procédé utilisé pour usurper l’expéditeur.</translation>
    </message>
    <message>
        <source>The %1 header contains control or text-direction characters.</source>
        <translation>L’en-tête %1 contient des caractères de contrôle ou de sens du texte.</translation>
    </message>
    <message>
        <source>The message names %1 senders in From but no Sender.</source>
        <translation>Le message indique %1 expéditeurs dans From, mais aucun Sender.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store</name>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n’est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>There is no folder %1 in the cache.</source>
        <translation>Le cache ne contient aucun dossier %1.</translation>
    </message>
    <message>
        <source>A message's body state and its stored file disagree (full or partial needs a file, and only they have one).</source>
        <translation>L’état du corps d’un message et son fichier stocké ne concordent pas (un corps complet ou partiel exige un fichier, et eux seuls en ont un).</translation>
    </message>
    <message>
        <source>The message file %1 is not stored; its row was not saved.</source>
        <translation>Le fichier de message %1 n’est pas stocké ; son entrée n’a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::BlobStore</name>
    <message>
        <source>Letterbox could not create the folder %1 for downloaded messages.</source>
        <translation>Letterbox n’a pas pu créer le dossier %1 pour les messages téléchargés.</translation>
    </message>
    <message>
        <source>Letterbox could not save the folder %1: %2.</source>
        <translation>Letterbox n’a pas pu enregistrer le dossier %1 : %2.</translation>
    </message>
    <message>
        <source>Letterbox could not create the folder %1: %2.</source>
        <translation>Letterbox n’a pas pu créer le dossier %1 : %2.</translation>
    </message>
    <message>
        <source>Letterbox could not create the message file %1: %2.</source>
        <translation>Letterbox n’a pas pu créer le fichier de message %1 : %2.</translation>
    </message>
    <message>
        <source>Letterbox could not write the message file %1: %2.</source>
        <translation>Letterbox n’a pas pu écrire le fichier de message %1 : %2.</translation>
    </message>
    <message>
        <source>Letterbox could not save the message file %1: %2.</source>
        <translation>Letterbox n’a pas pu enregistrer le fichier de message %1 : %2.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a stored message.</source>
        <translation>« %1 » n’est pas le nom d’un message stocké.</translation>
    </message>
    <message>
        <source>The stored message %1 is missing.</source>
        <translation>Le message stocké %1 est introuvable.</translation>
    </message>
    <message>
        <source>Letterbox could not read the message file %1: %2.</source>
        <translation>Letterbox n’a pas pu lire le fichier de message %1 : %2.</translation>
    </message>
    <message>
        <source>Letterbox could not remove the message file %1: %2.</source>
        <translation>Letterbox n’a pas pu supprimer le fichier de message %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::BlobWriter</name>
    <message>
        <source>The message file is not open for writing.</source>
        <translation>Le fichier de message n’est pas ouvert en écriture.</translation>
    </message>
    <message>
        <source>Letterbox could not write the message file %1: %2.</source>
        <translation>Letterbox n’a pas pu écrire le fichier de message %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::BodyCache</name>
    <message>
        <source>A fetched body is either full or partial.</source>
        <translation>Un corps récupéré est soit complet, soit partiel.</translation>
    </message>
    <message>
        <source>The message file %1 is not stored; the body was not saved.</source>
        <translation>Le fichier de message %1 n’est pas stocké ; le corps n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>There is no message %1 in the cache.</source>
        <translation>Le cache ne contient aucun message %1.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::Database</name>
    <message>
        <source>Letterbox could not create the folder %1 for its mail cache.</source>
        <translation>Letterbox n’a pas pu créer le dossier %1 pour son cache de messages.</translation>
    </message>
    <message>
        <source>The mail cache %1 is damaged (%2). Letterbox can set it aside and download the mail again.</source>
        <translation>Le cache de messages %1 est endommagé (%2). Letterbox peut le mettre de côté et télécharger à nouveau les messages.</translation>
    </message>
    <message>
        <source>Letterbox could not open its mail cache %1: %2.</source>
        <translation>Letterbox n’a pas pu ouvrir son cache de messages %1 : %2.</translation>
    </message>
    <message>
        <source>This build of Letterbox has no cache schema.</source>
        <translation>Cette compilation de Letterbox ne contient aucun schéma de cache.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file, but not a Letterbox mail cache; Letterbox leaves it alone.</source>
        <translation>%1 est un fichier SQLite, mais pas un cache de messages de Letterbox ; Letterbox n’y touche pas.</translation>
    </message>
    <message>
        <source>The mail cache %1 was made by a newer version of Letterbox (cache version %2; this version knows up to %3). Update Letterbox, or remove the cache to download the mail again.</source>
        <translation>Le cache de messages %1 a été créé par une version plus récente de Letterbox (version de cache %2 ; cette version connaît les versions jusqu’à %3). Mettez à jour Letterbox, ou supprimez le cache pour télécharger à nouveau les messages.</translation>
    </message>
    <message>
        <source>Letterbox could not update its mail cache %1 to version %2: %3</source>
        <translation>Letterbox n’a pas pu mettre à jour son cache de messages %1 vers la version %2 : %3</translation>
    </message>
    <message>
        <source>The mail cache is not open.</source>
        <translation>Le cache de messages n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The disk is full: Letterbox could not update its mail cache %1.</source>
        <translation>Le disque est plein : Letterbox n’a pas pu mettre à jour son cache de messages %1.</translation>
    </message>
    <message>
        <source>The mail cache %1 is in use by another Letterbox process that did not let go.</source>
        <translation>Le cache de messages %1 est utilisé par un autre processus Letterbox qui ne le libère pas.</translation>
    </message>
    <message>
        <source>Letterbox could not read or update its mail cache %1: %2.</source>
        <translation>Letterbox n’a pas pu lire ou mettre à jour son cache de messages %1 : %2.</translation>
    </message>
    <message>
        <source>A change that must survive a power cut was started inside an ordinary transaction.</source>
        <translation>Une modification qui doit survivre à une coupure de courant a été lancée dans une transaction ordinaire.</translation>
    </message>
    <message>
        <source>An earlier step of this change failed, so none of it was saved.</source>
        <translation>Une étape précédente de cette modification a échoué ; rien n’en a donc été enregistré.</translation>
    </message>
    <message>
        <source>Letterbox could not move %1 out of the way.</source>
        <translation>Letterbox n’a pas pu mettre %1 de côté.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::FolderStore</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Un dossier doit avoir un nom.</translation>
    </message>
    <message>
        <source>A folder named “%1” exists already.</source>
        <translation>Un dossier nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>The folder “%1” exists only on this computer.</source>
        <translation>Le dossier « %1 » n’existe que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The folder “%1” changed its UIDVALIDITY; its cache must be reset first.</source>
        <translation>La valeur UIDVALIDITY du dossier « %1 » a changé ; son cache doit d’abord être réinitialisé.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::IntegrityCheck</name>
    <message>
        <source>The mail cache is not open.</source>
        <translation>Le cache de messages n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The stored copy of this message is missing; it cannot be sent.</source>
        <translation>La copie stockée de ce message est introuvable ; il ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>The stored copy of this message is missing; it cannot be uploaded.</source>
        <translation>La copie stockée de ce message est introuvable ; il ne peut pas être téléversé.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::MessageQuery</name>
    <message>
        <source>A page needs at least one row.</source>
        <translation>Une page doit contenir au moins une ligne.</translation>
    </message>
    <message>
        <source>The page cursor belongs to another sort order.</source>
        <translation>Le curseur de page appartient à un autre ordre de tri.</translation>
    </message>
    <message>
        <source>There is no folder %1 in the cache.</source>
        <translation>Le cache ne contient aucun dossier %1.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::MessageStore</name>
    <message>
        <source>There is no folder %1 in the cache.</source>
        <translation>Le cache ne contient aucun dossier %1.</translation>
    </message>
    <message>
        <source>A message in an IMAP folder needs its UID.</source>
        <translation>Un message d’un dossier IMAP doit avoir son UID.</translation>
    </message>
    <message>
        <source>There is no message %1 in the cache.</source>
        <translation>Le cache ne contient aucun message %1.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::OfflineJournal</name>
    <message>
        <source>The message to upload is not stored; the change was not saved.</source>
        <translation>Le message à téléverser n’est pas stocké ; la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>There is no journaled change %1.</source>
        <translation>Il n’existe aucune modification journalisée %1.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::Outbox</name>
    <message>
        <source>A message needs at least one recipient.</source>
        <translation>Un message doit avoir au moins un destinataire.</translation>
    </message>
    <message>
        <source>The message to send is not stored; it was not queued.</source>
        <translation>Le message à envoyer n’est pas stocké ; il n’a pas été mis en file d’attente.</translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox.</source>
        <translation>La boîte d’envoi ne contient aucun message %1.</translation>
    </message>
    <message>
        <source>The outbox message %1 is %2 and cannot become %3.</source>
        <translation>Le message %1 de la boîte d’envoi est à l’état « %2 » et ne peut pas passer à « %3 ».</translation>
    </message>
    <message>
        <source>Letterbox stopped while sending this message; the server may have received it.</source>
        <translation>Letterbox s’est arrêté pendant l’envoi de ce message ; le serveur l’a peut-être reçu.</translation>
    </message>
    <message>
        <source>The outbox message %1 is being sent.</source>
        <translation>Le message %1 de la boîte d’envoi est en cours d’envoi.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::Pop3Ledger</name>
    <message>
        <source>A POP3 message without a UIDL cannot be recorded.</source>
        <translation>Un message POP3 sans UIDL ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>The POP3 message is not stored in the cache with its body, so it must stay on the server.</source>
        <translation>Le message POP3 n’est pas stocké avec son corps dans le cache ; il doit donc rester sur le serveur.</translation>
    </message>
    <message>
        <source>The server never listed this POP3 message.</source>
        <translation>Le serveur n’a jamais listé ce message POP3.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::Transaction</name>
    <message>
        <source>The transaction has already ended.</source>
        <translation>La transaction est déjà terminée.</translation>
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
