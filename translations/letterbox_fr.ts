<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CertificateReport</name>
    <message>
        <source>Subject: %1</source>
        <translation>Titulaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImapEncoder</name>
    <message>
        <source>&quot;%1&quot; is not a valid IMAP keyword.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un mot-clé IMAP valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IMAP flag.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un indicateur IMAP valide.</translation>
    </message>
    <message>
        <source>A text sent to the server cannot contain a NUL byte.</source>
        <translation>Un texte envoyé au serveur ne peut pas contenir d’octet NUL.</translation>
    </message>
    <message>
        <source>A folder name cannot be empty.</source>
        <translation>Un nom de dossier ne peut pas être vide.</translation>
    </message>
    <message>
        <source>ENABLE needs at least one capability.</source>
        <translation>ENABLE nécessite au moins une capacité.</translation>
    </message>
    <message>
        <source>QRESYNC needs a UIDVALIDITY and a mod-sequence.</source>
        <translation>QRESYNC nécessite une UIDVALIDITY et une mod-sequence.</translation>
    </message>
    <message>
        <source>QRESYNC sequence matching needs the known UIDs.</source>
        <translation>La correspondance de séquences de QRESYNC nécessite les UID connus.</translation>
    </message>
    <message>
        <source>STATUS needs at least one item.</source>
        <translation>STATUS nécessite au moins un élément.</translation>
    </message>
    <message>
        <source>The date given for the message is not valid.</source>
        <translation>La date indiquée pour le message n’est pas valide.</translation>
    </message>
    <message>
        <source>The message contains NUL bytes and the server does not accept binary messages.</source>
        <translation>Le message contient des octets NUL et le serveur n’accepte pas les messages binaires.</translation>
    </message>
    <message>
        <source>No messages were given.</source>
        <translation>Aucun message n’a été indiqué.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid message section.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une section de message valide.</translation>
    </message>
    <message>
        <source>A FETCH needs at least one item.</source>
        <translation>Un FETCH nécessite au moins un élément.</translation>
    </message>
    <message>
        <source>VANISHED needs CHANGEDSINCE in a UID FETCH.</source>
        <translation>VANISHED nécessite CHANGEDSINCE dans un UID FETCH.</translation>
    </message>
    <message>
        <source>A search needs at least one key.</source>
        <translation>Une recherche nécessite au moins un critère.</translation>
    </message>
</context>
<context>
    <name>ImapFramer</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Le serveur a envoyé une ligne de plus de %1 octets.</translation>
    </message>
    <message>
        <source>The server announced a literal larger than %1 bytes.</source>
        <translation>Le serveur a annoncé un littéral de plus de %1 octets.</translation>
    </message>
    <message>
        <source>The server sent a response larger than %1 bytes.</source>
        <translation>Le serveur a envoyé une réponse de plus de %1 octets.</translation>
    </message>
    <message>
        <source>The server announced a literal of impossible size; the connection cannot go on.</source>
        <translation>Le serveur a annoncé un littéral de taille impossible&#xa0;; la connexion ne peut pas continuer.</translation>
    </message>
</context>
<context>
    <name>ImapParser</name>
    <message>
        <source>The server sent a response that cannot be read (byte %1: %2).</source>
        <translation>Le serveur a envoyé une réponse illisible (octet %1&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::Account</name>
    <message>
        <source>Account %1: &apos;%2&apos; is not a valid %3 host name.</source>
        <translation>Compte %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nom d’hôte %3 valide.</translation>
    </message>
    <message>
        <source>Account %1: the %2 port must be between 1 and 65535.</source>
        <translation>Compte %1&#xa0;: le port %2 doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Account %1: the %2 login must be one line of text.</source>
        <translation>Compte %1&#xa0;: l’identifiant %2 doit tenir sur une seule ligne de texte.</translation>
    </message>
    <message>
        <source>Account %1: the pinned %2 certificate is not a SHA-256 fingerprint.</source>
        <translation>Compte %1&#xa0;: le certificat %2 épinglé n’est pas une empreinte SHA-256.</translation>
    </message>
    <message>
        <source>Account %1 would send its password unencrypted to %2:%3 (security none); choose tls or starttls, or allow plaintext explicitly (allow-plaintext).</source>
        <translation>Le compte %1 enverrait son mot de passe en clair à %2:%3 (security none)&#xa0;; choisissez tls ou starttls, ou autorisez explicitement le texte en clair (allow-plaintext).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid account name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not starting with &apos;.&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de compte valide&#xa0;: utilisez de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, sans commencer par &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Account %1: &apos;%2&apos; is not an email address.</source>
        <translation>Compte %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Account %1: the display name must be one line of text.</source>
        <translation>Compte %1&#xa0;: le nom affiché doit tenir sur une seule ligne de texte.</translation>
    </message>
    <message>
        <source>Account %1: the password command is empty.</source>
        <translation>Compte %1&#xa0;: la commande de mot de passe est vide.</translation>
    </message>
    <message>
        <source>Account %1: the CA file %2 must be an absolute path.</source>
        <translation>Compte %1&#xa0;: le fichier CA %2 doit être un chemin absolu.</translation>
    </message>
    <message>
        <source>Account %1: POP3 messages can be kept between 1 and %2 days.</source>
        <translation>Compte %1&#xa0;: les messages POP3 peuvent être conservés entre 1 et %2 jours.</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>de réception</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>Account %1: OAuth2 needs a client id (oauth2-client-id).</source>
        <translation>Compte %1&#xa0;: OAuth2 nécessite un identifiant client (oauth2-client-id).</translation>
    </message>
    <message>
        <source>Account %1: %2 &apos;%3&apos; is not an https URL (plain http only to this computer).</source>
        <translation>Compte %1&#xa0;: %2 «&#xa0;%3&#xa0;» n’est pas une URL https (http simple uniquement vers cet ordinateur).</translation>
    </message>
    <message>
        <source>Account %1: the IMAP sync window is between 0 (every message) and %2 days.</source>
        <translation>Compte %1&#xa0;: la fenêtre de synchronisation IMAP va de 0 (tous les messages) à %2 jours.</translation>
    </message>
    <message>
        <source>Account %1: mail is checked every 1 to %2 minutes, or 0 for only when asked.</source>
        <translation>Compte %1&#xa0;: le courrier est relevé toutes les 1 à %2 minutes, ou 0 pour seulement sur demande.</translation>
    </message>
    <message>
        <source>Account %1: bodies are kept offline for 1 to %2 days, or 0 for every message.</source>
        <translation>Compte %1&#xa0;: les corps des messages sont conservés hors connexion de 1 à %2 jours, ou 0 pour tous les messages.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::AccountOptions</name>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>Impossible de lire le fichier CA %1.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier CA %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Unknown account option.</source>
        <translation>Option de compte inconnue.</translation>
    </message>
    <message>
        <source>Account %1: %2 takes yes or no, not &apos;%3&apos;.</source>
        <translation>Compte %1&#xa0;: %2 attend yes ou no, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Account %1: &apos;%2&apos; is not a port number (1 to 65535).</source>
        <translation>Compte %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un numéro de port (1 à 65535).</translation>
    </message>
    <message>
        <source>Account %1: the security is tls, starttls or none, not &apos;%2&apos;.</source>
        <translation>Compte %1&#xa0;: la sécurité vaut tls, starttls ou none, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Account %1: incoming is imap or pop3, not &apos;%2&apos;.</source>
        <translation>Compte %1&#xa0;: incoming vaut imap ou pop3, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Account %1: to stop using the keychain, set password-command instead.</source>
        <translation>Compte %1&#xa0;: pour ne plus utiliser le trousseau, définissez plutôt password-command.</translation>
    </message>
    <message>
        <source>Account %1: the password command is empty.</source>
        <translation>Compte %1&#xa0;: la commande de mot de passe est vide.</translation>
    </message>
    <message>
        <source>Account %1: to change the POP3 retention, set pop3-keep, pop3-keep-days, pop3-delete-after-download or pop3-delete-with-local.</source>
        <translation>Compte %1&#xa0;: pour modifier la conservation POP3, définissez pop3-keep, pop3-keep-days, pop3-delete-after-download ou pop3-delete-with-local.</translation>
    </message>
    <message>
        <source>Account %1: &apos;%2&apos; is not a number of days.</source>
        <translation>Compte %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre de jours.</translation>
    </message>
    <message>
        <source>The account&apos;s email address.</source>
        <translation>L’adresse e-mail du compte.</translation>
    </message>
    <message>
        <source>The name shown to recipients.</source>
        <translation>Le nom présenté aux destinataires.</translation>
    </message>
    <message>
        <source>The protocol that fetches mail.</source>
        <translation>Le protocole qui récupère le courrier.</translation>
    </message>
    <message>
        <source>The incoming server.</source>
        <translation>Le serveur de réception.</translation>
    </message>
    <message>
        <source>The incoming port (default from protocol and security: IMAP 993/143, POP3 995/110).</source>
        <translation>Le port de réception (par défaut selon le protocole et la sécurité&#xa0;: IMAP 993/143, POP3 995/110).</translation>
    </message>
    <message>
        <source>How the incoming connection is protected (default tls).</source>
        <translation>Comment la connexion de réception est protégée (par défaut tls).</translation>
    </message>
    <message>
        <source>The incoming login (default: the email address).</source>
        <translation>L’identifiant de réception (par défaut&#xa0;: l’adresse e-mail).</translation>
    </message>
    <message>
        <source>The SMTP submission server (default: the incoming host).</source>
        <translation>Le serveur d’envoi SMTP (par défaut&#xa0;: l’hôte de réception).</translation>
    </message>
    <message>
        <source>The SMTP port (default from security: 465 tls, 587 starttls).</source>
        <translation>Le port SMTP (par défaut selon la sécurité&#xa0;: 465 tls, 587 starttls).</translation>
    </message>
    <message>
        <source>How the SMTP connection is protected (default tls).</source>
        <translation>Comment la connexion SMTP est protégée (par défaut tls).</translation>
    </message>
    <message>
        <source>The SMTP login (default: the incoming login).</source>
        <translation>L’identifiant SMTP (par défaut&#xa0;: l’identifiant de réception).</translation>
    </message>
    <message>
        <source>Read the password from one line of standard input and keep it in the system keychain.</source>
        <translation>Lire le mot de passe sur une ligne de l’entrée standard et le garder dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Run CMD (with /bin/sh -c) each time the password is needed; its first output line is the password.</source>
        <translation>Exécuter CMD (avec /bin/sh -c) chaque fois que le mot de passe est nécessaire&#xa0;; sa première ligne de sortie est le mot de passe.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for this account.</source>
        <translation>Faire aussi confiance, pour ce compte, aux certificats CA de ce fichier PEM.</translation>
    </message>
    <message>
        <source>POP3: leave every message on the server.</source>
        <translation>POP3&#xa0;: laisser tous les messages sur le serveur.</translation>
    </message>
    <message>
        <source>POP3: delete messages from the server N days after they arrived.</source>
        <translation>POP3&#xa0;: supprimer les messages du serveur N jours après leur arrivée.</translation>
    </message>
    <message>
        <source>POP3: delete a message from the server once it is safely stored here.</source>
        <translation>POP3&#xa0;: supprimer un message du serveur dès qu’il est stocké ici en sécurité.</translation>
    </message>
    <message>
        <source>POP3: delete a message from the server when it is deleted here.</source>
        <translation>POP3&#xa0;: supprimer un message du serveur quand il est supprimé ici.</translation>
    </message>
    <message>
        <source>Allow the password over a connection with security none.</source>
        <translation>Autoriser le mot de passe sur une connexion avec security none.</translation>
    </message>
    <message>
        <source>Account %1: --%2 is given twice.</source>
        <translation>Compte %1&#xa0;: --%2 est donné deux fois.</translation>
    </message>
    <message>
        <source>Account %1: give either --password-stdin or --password-command, not both.</source>
        <translation>Compte %1&#xa0;: donnez soit --password-stdin, soit --password-command, pas les deux.</translation>
    </message>
    <message>
        <source>Account %1: give only one of --pop3-keep, --pop3-keep-days, --pop3-delete-after-download and --pop3-delete-with-local.</source>
        <translation>Compte %1&#xa0;: donnez une seule des options --pop3-keep, --pop3-keep-days, --pop3-delete-after-download et --pop3-delete-with-local.</translation>
    </message>
    <message>
        <source>Account %1 needs --%2.</source>
        <translation>Le compte %1 nécessite --%2.</translation>
    </message>
    <message>
        <source>Account %1: &apos;%2&apos; is not a SHA-256 fingerprint (64 hex digits, as &apos;letterbox-cli account test&apos; shows it).</source>
        <translation>Compte %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une empreinte SHA-256 (64 chiffres hexadécimaux, comme &apos;letterbox-cli account test&apos; l’affiche).</translation>
    </message>
    <message>
        <source>Trust the incoming server&apos;s certificate with this SHA-256 fingerprint (as &apos;account test&apos; shows it), for this host and port only; none removes the pin.</source>
        <translation>Faire confiance au certificat du serveur de réception ayant cette empreinte SHA-256 (comme &apos;account test&apos; l’affiche), pour cet hôte et ce port uniquement&#xa0;; none retire l’épinglage.</translation>
    </message>
    <message>
        <source>The same for the SMTP server&apos;s certificate.</source>
        <translation>La même chose pour le certificat du serveur SMTP.</translation>
    </message>
    <message>
        <source>IMAP: download every whole message at each sync, so all mail reads offline.</source>
        <translation>IMAP&#xa0;: télécharger chaque message en entier à chaque synchronisation, pour que tout le courrier se lise hors ligne.</translation>
    </message>
    <message>
        <source>The text added below new messages.</source>
        <translation>Le texte ajouté sous les nouveaux messages.</translation>
    </message>
    <message>
        <source>OAuth2: the provider&apos;s authorization URL (https).</source>
        <translation>OAuth2&#xa0;: l’URL d’autorisation du fournisseur (https).</translation>
    </message>
    <message>
        <source>OAuth2: the provider&apos;s token URL (https).</source>
        <translation>OAuth2&#xa0;: l’URL de jeton du fournisseur (https).</translation>
    </message>
    <message>
        <source>OAuth2: this program&apos;s client id at the provider; log in with OAuth2 instead of a password (&apos;account login NAME&apos; gets the tokens).</source>
        <translation>OAuth2&#xa0;: l’identifiant client de ce programme chez le fournisseur&#xa0;; se connecter avec OAuth2 au lieu d’un mot de passe (&apos;account login NAME&apos; obtient les jetons).</translation>
    </message>
    <message>
        <source>OAuth2: the scopes to ask for, separated by spaces.</source>
        <translation>OAuth2&#xa0;: les portées (scopes) à demander, séparées par des espaces.</translation>
    </message>
    <message>
        <source>Account %1: &apos;%2&apos; is not a number of days (0 for every message).</source>
        <translation>Compte %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre de jours (0 pour tous les messages).</translation>
    </message>
    <message>
        <source>Account %1: &apos;%2&apos; is not a number of minutes (0 for only when asked).</source>
        <translation>Compte %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre de minutes (0 pour seulement sur demande).</translation>
    </message>
    <message>
        <source>IMAP: sync only the messages of the last N days, for very large accounts (0, the default: every message).</source>
        <translation>IMAP&#xa0;: ne synchroniser que les messages des N derniers jours, pour les très gros comptes (0, par défaut&#xa0;: tous les messages).</translation>
    </message>
    <message>
        <source>How often the window gets new mail, in minutes (default 10; 0: only when asked).</source>
        <translation>À quelle fréquence la fenêtre relève le courrier, en minutes (10 par défaut&#xa0;; 0&#xa0;: seulement sur demande).</translation>
    </message>
    <message>
        <source>Account %1: imap-idle takes yes or no, not &apos;%2&apos;.</source>
        <translation>Compte %1&#xa0;: imap-idle attend yes ou no, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>IMAP with imap-keep-offline: download only the bodies of the last N days (0, the default: every message).</source>
        <translation>IMAP avec imap-keep-offline&#xa0;: ne télécharger que le corps des messages des N derniers jours (0, par défaut&#xa0;: tous les messages).</translation>
    </message>
    <message>
        <source>IMAP: keep the Inbox open (IDLE) so new mail shows at once (default yes).</source>
        <translation>IMAP&#xa0;: garder la boîte de réception ouverte (IDLE) pour que le nouveau courrier apparaisse aussitôt (yes par défaut).</translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::AccountStore</name>
    <message>
        <source>Cannot read the settings file %1: it is not a valid INI file.</source>
        <translation>Impossible de lire le fichier de réglages %1&#xa0;: ce n’est pas un fichier INI valide.</translation>
    </message>
    <message>
        <source>Cannot read the settings file %1: permission denied.</source>
        <translation>Impossible de lire le fichier de réglages %1&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer Letterbox (format %2; this one knows %3), so it is left untouched.</source>
        <translation>Le fichier de réglages %1 a été écrit par une version plus récente de Letterbox (format %2&#xa0;; celle-ci connaît %3)&#xa0;; il n’est donc pas modifié.</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Impossible d’écrire le fichier de réglages %1.</translation>
    </message>
    <message>
        <source>There is no account called %1.</source>
        <translation>Il n’existe aucun compte nommé %1.</translation>
    </message>
    <message>
        <source>The settings of account %1 in %2 are damaged: %3 has a value this program does not know.</source>
        <translation>Les réglages du compte %1 dans %2 sont endommagés&#xa0;: %3 a une valeur que ce programme ne connaît pas.</translation>
    </message>
    <message>
        <source>The settings of account %1 in %2 are damaged: %3</source>
        <translation>Les réglages du compte %1 dans %2 sont endommagés&#xa0;: %3</translation>
    </message>
    <message>
        <source>There is already an account called %1.</source>
        <translation>Il existe déjà un compte nommé %1.</translation>
    </message>
    <message>
        <source>Cannot delete the data of account %1 in %2.</source>
        <translation>Impossible de supprimer les données du compte %1 dans %2.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::AutoconfigProposal</name>
    <message>
        <source>The configuration names no SMTP server; sending needs one set by hand.</source>
        <translation>La configuration ne nomme aucun serveur SMTP&#xa0;; pour envoyer, il faut en indiquer un à la main.</translation>
    </message>
    <message>
        <source>The provider asks for OAuth2 sign-in, which Letterbox does not offer yet; a password may be refused.</source>
        <translation>Le fournisseur demande une connexion OAuth2, que Letterbox ne propose pas encore&#xa0;; un mot de passe risque d’être refusé.</translation>
    </message>
    <message>
        <source>%1 server %2:%3 offers no encryption: the password and all mail would cross the network readable by anyone on the way. Use it only if you accept that (account add needs --allow-plaintext).</source>
        <translation>Le serveur %1 %2:%3 ne propose aucun chiffrement&#xa0;: le mot de passe et tout le courrier traverseraient le réseau lisibles par quiconque se trouve sur le chemin. Ne l’utilisez que si vous l’acceptez (account add exige alors --allow-plaintext).</translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::AutoconfigXml</name>
    <message>
        <source>it declares a DOCTYPE or entities, which autoconfig documents never need</source>
        <translation>il déclare un DOCTYPE ou des entités, dont les documents autoconfig n’ont jamais besoin</translation>
    </message>
    <message>
        <source>it has no emailProvider</source>
        <translation>il n’a pas d’emailProvider</translation>
    </message>
    <message>
        <source>it names no IMAP or POP3 server Letterbox can use</source>
        <translation>il ne nomme aucun serveur IMAP ou POP3 utilisable par Letterbox</translation>
    </message>
    <message>
        <source>The autoconfig document is refused: %1.</source>
        <translation>Le document autoconfig est refusé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>des éléments sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a text is longer than %1 characters</source>
        <translation>un texte dépasse %1 caractères</translation>
    </message>
    <message>
        <source>it lists more than %1 servers</source>
        <translation>il liste plus de %1 serveurs</translation>
    </message>
    <message>
        <source>The autoconfig document is refused: it is larger than %1 KiB.</source>
        <translation>Le document autoconfig est refusé&#xa0;: il dépasse %1 KiB.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::CredentialJob</name>
    <message>
        <source>The system keychain holds no password for account %1.</source>
        <translation>Le trousseau du système ne contient aucun mot de passe pour le compte %1.</translation>
    </message>
    <message>
        <source>The system keychain refused the password of account %1 (is it locked?): %2</source>
        <translation>Le trousseau du système a refusé le mot de passe du compte %1 (est-il verrouillé&#xa0;?)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The system keychain has no unlocked keyring for the password of account %1 (%2). Unlock or create the login keyring (e.g. gnome-keyring-daemon --unlock), or give the account a password command.</source>
        <translation>Le trousseau du système n’a aucun trousseau de clés déverrouillé pour le mot de passe du compte %1 (%2). Déverrouillez ou créez le trousseau de connexion (p. ex. gnome-keyring-daemon --unlock), ou donnez au compte une commande de mot de passe.</translation>
    </message>
    <message>
        <source>The system keychain failed for account %1: %2</source>
        <translation>Le trousseau du système a échoué pour le compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No system keychain is reachable for the password of account %1 (%2). Start a Secret Service such as gnome-keyring (packages gnome-keyring and libsecret-1-0) in the desktop session, or give the account a password command.</source>
        <translation>Aucun trousseau du système n’est joignable pour le mot de passe du compte %1 (%2). Lancez un Secret Service comme gnome-keyring (paquets gnome-keyring et libsecret-1-0) dans la session de bureau, ou donnez au compte une commande de mot de passe.</translation>
    </message>
    <message>
        <source>The password command of account %1 could not be started: %2</source>
        <translation>La commande de mot de passe du compte %1 n’a pas pu être lancée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The password command of account %1 crashed%2.</source>
        <translation>La commande de mot de passe du compte %1 a planté%2.</translation>
    </message>
    <message>
        <source>The password command of account %1 failed with exit status %2%3.</source>
        <translation>La commande de mot de passe du compte %1 a échoué avec le code de sortie %2%3.</translation>
    </message>
    <message>
        <source>The password command of account %1 printed no password.</source>
        <translation>La commande de mot de passe du compte %1 n’a affiché aucun mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>The password command of account %1 did not finish within %n seconds.</source>
        <translation>
            <numerusform>La commande de mot de passe du compte %1 ne s’est pas terminée en %n seconde.</numerusform>
            <numerusform>La commande de mot de passe du compte %1 ne s’est pas terminée en %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n seconds about account %1; it may be locked and waiting for a password prompt.</source>
        <translation>
            <numerusform>Le trousseau du système n’a pas répondu en %n seconde au sujet du compte %1&#xa0;; il est peut-être verrouillé et attend une saisie de mot de passe.</numerusform>
            <numerusform>Le trousseau du système n’a pas répondu en %n secondes au sujet du compte %1&#xa0;; il est peut-être verrouillé et attend une saisie de mot de passe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::OAuth2Authorizer</name>
    <message>
        <source>The OAuth2 provider of account %1 refused: %2 %3</source>
        <translation>Le fournisseur OAuth2 du compte %1 a refusé&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>The OAuth2 provider of account %1 did not answer in time.</source>
        <translation>Le fournisseur OAuth2 du compte %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1 for the OAuth2 answer of account %2.</source>
        <translation>Impossible d’écouter sur 127.0.0.1 port %1 pour la réponse OAuth2 du compte %2.</translation>
    </message>
    <message>
        <source>Account %1 has no OAuth2 refresh token; run &apos;letterbox-cli account login %1&apos;.</source>
        <translation>Le compte %1 n’a pas de jeton de rafraîchissement OAuth2&#xa0;; lancez &apos;letterbox-cli account login %1&apos;.</translation>
    </message>
    <message>
        <source>The OAuth2 provider of account %1 sent no access token.</source>
        <translation>Le fournisseur OAuth2 du compte %1 n’a envoyé aucun jeton d’accès.</translation>
    </message>
    <message>
        <source>The OAuth2 token endpoint of account %1 refused (HTTP %2): %3</source>
        <translation>Le point de terminaison de jeton OAuth2 du compte %1 a refusé (HTTP %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Account %1 has no OAuth2 tokens yet; run &apos;letterbox-cli account login %1&apos;.</source>
        <translation>Le compte %1 n’a pas encore de jetons OAuth2&#xa0;; lancez &apos;letterbox-cli account login %1&apos;.</translation>
    </message>
    <message>
        <source>The OAuth2 tokens of account %1 in the keychain are damaged; run &apos;letterbox-cli account login %1&apos;.</source>
        <translation>Les jetons OAuth2 du compte %1 dans le trousseau sont endommagés&#xa0;; lancez &apos;letterbox-cli account login %1&apos;.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Accounts::Profile</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::AccountCache</name>
    <message>
        <source>The cache of account %1 could not be opened: %2</source>
        <translation>Le cache du compte %1 n’a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cache of account %1 could not be read: %2</source>
        <translation>Le cache du compte %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Account %1 has no Inbox in its cache yet; run &apos;letterbox-cli sync %1&apos; first.</source>
        <translation>Le compte %1 n’a pas encore de boîte de réception dans son cache&#xa0;; lancez d’abord &apos;letterbox-cli sync %1&apos;.</translation>
    </message>
    <message>
        <source>Account %1 has no folder &quot;%2&quot; in its cache; &apos;letterbox-cli folders %1&apos; lists them.</source>
        <translation>Le compte %1 n’a aucun dossier «&#xa0;%2&#xa0;» dans son cache&#xa0;; &apos;letterbox-cli folders %1&apos; les liste.</translation>
    </message>
    <message>
        <source>%1 in account %2 has no message with UID %3 in the cache.</source>
        <translation>%1 dans le compte %2 n’a aucun message d’UID %3 dans le cache.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::AccountCommand</name>
    <message>
        <source>Password for account %1: </source>
        <translation>Mot de passe du compte %1&#xa0;: </translation>
    </message>
    <message>
        <source>What to do. KEY is an option of &apos;add&apos; without its dashes; a switch takes yes or no.</source>
        <translation>L’action à effectuer. KEY est une option de &apos;add&apos; sans ses tirets&#xa0;; une option booléenne attend yes ou no.</translation>
    </message>
    <message>
        <source>account %1 does not take %2.</source>
        <translation>account %1 n’accepte pas %2.</translation>
    </message>
    <message>
        <source>account list takes no NAME.</source>
        <translation>account list n’attend aucun NAME.</translation>
    </message>
    <message>
        <source>account add takes exactly one NAME.</source>
        <translation>account add attend exactement un NAME.</translation>
    </message>
    <message>
        <source>Account %1: --%2 is given twice.</source>
        <translation>Compte %1&#xa0;: --%2 est donné deux fois.</translation>
    </message>
    <message>
        <source>There is already an account called %1.</source>
        <translation>Il existe déjà un compte nommé %1.</translation>
    </message>
    <message>
        <source>Account %1: --password-stdin found no password on standard input (one line expected).</source>
        <translation>Compte %1&#xa0;: --password-stdin n’a trouvé aucun mot de passe sur l’entrée standard (une ligne attendue).</translation>
    </message>
    <message>
        <source>Account %1 added (%2 %3:%4).</source>
        <translation>Compte %1 ajouté (%2 %3:%4).</translation>
    </message>
    <message>
        <source>No accounts; add one with &apos;letterbox-cli account add&apos;.</source>
        <translation>Aucun compte&#xa0;; ajoutez-en un avec &apos;letterbox-cli account add&apos;.</translation>
    </message>
    <message>
        <source>account show takes exactly one NAME.</source>
        <translation>account show attend exactement un NAME.</translation>
    </message>
    <message>
        <source>account set takes NAME KEY VALUE.</source>
        <translation>account set attend NAME KEY VALUE.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account setting; the keys are the options of &apos;account add&apos; without their dashes.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un réglage de compte&#xa0;; les clés sont les options de &apos;account add&apos; sans leurs tirets.</translation>
    </message>
    <message>
        <source>account set %1 %2 needs a VALUE.</source>
        <translation>account set %1 %2 nécessite VALUE.</translation>
    </message>
    <message>
        <source>Account %1: password-stdin found no password on standard input (one line expected).</source>
        <translation>Compte %1&#xa0;: password-stdin n’a trouvé aucun mot de passe sur l’entrée standard (une ligne attendue).</translation>
    </message>
    <message>
        <source>Account %1 now uses its password command, but its old password could not be removed from the keychain: %2</source>
        <translation>Le compte %1 utilise désormais sa commande de mot de passe, mais son ancien mot de passe n’a pas pu être retiré du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>account remove takes exactly one NAME.</source>
        <translation>account remove attend exactement un NAME.</translation>
    </message>
    <message>
        <source>Account %1 is removed, but its password may remain in the keychain: %2</source>
        <translation>Le compte %1 est supprimé, mais son mot de passe est peut-être resté dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Compte %1 supprimé.</translation>
    </message>
    <message>
        <source>, login %1</source>
        <translation>, identifiant %1</translation>
    </message>
    <message>
        <source>list, show, test, autoconfig: print one JSON document.</source>
        <translation>list, show, test, autoconfig&#xa0;: écrire un document JSON.</translation>
    </message>
    <message>
        <source>autoconfig: ask this DNS server (an IP address, port 53) instead of the system&apos;s resolver.</source>
        <translation>autoconfig&#xa0;: interroger ce serveur DNS (une adresse IP, port 53) au lieu du résolveur du système.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>account test takes exactly one NAME.</source>
        <translation>account test attend exactement un NAME.</translation>
    </message>
    <message>
        <source>account autoconfig takes exactly one e-mail ADDRESS.</source>
        <translation>account autoconfig attend exactement une adresse e-mail (ADDRESS).</translation>
    </message>
    <message>
        <source>--nameserver needs an IP address, not &apos;%1&apos;.</source>
        <translation>--nameserver attend une adresse IP, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Not found at %1: %2</source>
        <translation>Rien trouvé sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Found by %1 (%2):</source>
        <translation>Trouvé via %1 (%2)&#xa0;:</translation>
    </message>
    <message>
        <source>  incoming: %1</source>
        <translation>  réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>  smtp:     %1</source>
        <translation>  smtp&#xa0;:      %1</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing is saved. To add this account (choose a NAME and add --password-stdin or --password-command):</source>
        <translation>Rien n’est enregistré. Pour ajouter ce compte (choisissez un NAME et ajoutez --password-stdin ou --password-command)&#xa0;:</translation>
    </message>
    <message>
        <source>Add, find, list, show, test, change, log in or remove accounts: account add|autoconfig|list|show|test|set|login|remove.</source>
        <translation>Ajouter, trouver, lister, afficher, tester, modifier, connecter ou supprimer des comptes&#xa0;: account add|autoconfig|list|show|test|set|login|remove.</translation>
    </message>
    <message>
        <source>account needs one of add, autoconfig, list, show, test, set, login or remove.</source>
        <translation>account attend l’une des sous-commandes add, autoconfig, list, show, test, set, login ou remove.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account command; use add, autoconfig, list, show, test, set, login or remove.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une sous-commande de account&#xa0;; utilisez add, autoconfig, list, show, test, set, login ou remove.</translation>
    </message>
    <message>
        <source>account login takes exactly one NAME.</source>
        <translation>account login attend exactement un NAME.</translation>
    </message>
    <message>
        <source>Account %1 does not use OAuth2; set oauth2-client-id (and the provider&apos;s URLs) first.</source>
        <translation>Le compte %1 n’utilise pas OAuth2&#xa0;; définissez d’abord oauth2-client-id (et les URL du fournisseur).</translation>
    </message>
    <message>
        <source>Open this address in a web browser and log in; this waits up to 5 minutes:</source>
        <translation>Ouvrez cette adresse dans un navigateur web et connectez-vous&#xa0;; l’attente dure jusqu’à 5 minutes&#xa0;:</translation>
    </message>
    <message>
        <source>Account %1 is logged in with OAuth2; its tokens are in the system keychain.</source>
        <translation>Le compte %1 est connecté avec OAuth2&#xa0;; ses jetons sont dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Account %1 is removed, but its OAuth2 tokens may remain in the keychain: %2</source>
        <translation>Le compte %1 est supprimé, mais ses jetons OAuth2 sont peut-être restés dans le trousseau&#xa0;: %2</translation>
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
            <numerusform>conserver %n jour</numerusform>
            <numerusform>conserver %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>incoming %1, SMTP %2</source>
        <translation>réception %1, SMTP %2</translation>
    </message>
    <message>
        <source>0 (every message)</source>
        <translation>0 (tous les messages)</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>0 (only when asked)</source>
        <translation>0 (seulement sur demande)</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::AccountTest</name>
    <message>
        <source>The test of account %1 did not finish in time.</source>
        <translation>Le test du compte %1 ne s’est pas terminé à temps.</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>If this is %1&apos;s own certificate (compare its SHA-256 fingerprint with what the server&apos;s administrator publishes), trust it with: letterbox-cli account set %2 %3 %4</source>
        <translation>S’il s’agit bien du certificat de %1 (comparez son empreinte SHA-256 avec celle que publie l’administrateur du serveur), faites-lui confiance avec&#xa0;: letterbox-cli account set %2 %3 %4</translation>
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
Run &apos;%1 COMMAND --help&apos; for the options of a command.
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
        <source>&apos;%1&apos; is not a command; run &apos;%2 --help&apos; for the list.</source>
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
    <name>Letterbox::Cli::FlagCommand</name>
    <message>
        <source>Mark a message read or unread, flagged or not, or deleted: +seen -seen +flagged -flagged +deleted.</source>
        <translation>Marquer un message comme lu ou non lu, suivi ou non, ou supprimé&#xa0;: +seen -seen +flagged -flagged +deleted.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>+seen, +flagged or +deleted sets the flag; -seen or -flagged clears it.</source>
        <translation>+seen, +flagged ou +deleted pose l’indicateur&#xa0;; -seen ou -flagged le retire.</translation>
    </message>
    <message>
        <source>The folder.</source>
        <translation>Le dossier.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The message&apos;s UID (as &apos;list&apos; shows it).</source>
        <translation>L’UID du message (tel que &apos;list&apos; l’affiche).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>As -seen: mark unread.</source>
        <translation>Comme -seen&#xa0;: marquer comme non lu.</translation>
    </message>
    <message>
        <source>As -flagged: clear the flag.</source>
        <translation>Comme -flagged&#xa0;: retirer l’indicateur de suivi.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli flag NAME --folder PATH --uid N [+seen|-seen|+flagged|-flagged|+deleted]</source>
        <translation>Utilisation&#xa0;: letterbox-cli flag NAME --folder PATH --uid N [+seen|-seen|+flagged|-flagged|+deleted]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flag change.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un changement d’indicateur.</translation>
    </message>
    <message>
        <source>Say which flag to change.</source>
        <translation>Indiquez quel indicateur changer.</translation>
    </message>
    <message>
        <source>Account %1: the flags of UID %2 in %3 could not be changed: %4</source>
        <translation>Compte %1&#xa0;: les indicateurs de l’UID %2 dans %3 n’ont pas pu être modifiés&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::FoldersCommand</name>
    <message>
        <source>List an account&apos;s folders from the local cache, with message counts.</source>
        <translation>Lister les dossiers d’un compte depuis le cache local, avec le nombre de messages.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Écrire un document JSON.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli folders NAME [--json]</source>
        <translation>Utilisation&#xa0;: letterbox-cli folders NAME [--json]</translation>
    </message>
    <message>
        <source>The folders of account %1 could not be read: %2</source>
        <translation>Les dossiers du compte %1 n’ont pas pu être lus&#xa0;: %2</translation>
    </message>
    <message>
        <source>Account %1 has no folders in its cache yet; run &apos;letterbox-cli sync %1&apos;.</source>
        <translation>Le compte %1 n’a pas encore de dossiers dans son cache&#xa0;; lancez &apos;letterbox-cli sync %1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::InspectCommand</name>
    <message>
        <source>Run sync or send for an account and print its protocol transcript (passwords hidden).</source>
        <translation>Exécuter sync ou send pour un compte et afficher le journal du protocole (mots de passe masqués).</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>The command to run and its options, after --: sync [options] or send [options].</source>
        <translation>La commande à exécuter et ses options, après --&#xa0;: sync [options] ou send [options].</translation>
    </message>
    <message>
        <source>Also print the lines of folded literals and message bodies.</source>
        <translation>Afficher aussi les lignes des littéraux et des corps de message repliés.</translation>
    </message>
    <message>
        <source>letterbox-cli: inspect needs an account and a command: inspect NAME -- sync|send ...</source>
        <translation>letterbox-cli&#xa0;: inspect attend un compte et une commande&#xa0;: inspect NAME -- sync|send ...</translation>
    </message>
    <message>
        <source>letterbox-cli: inspect runs sync or send, not &apos;%1&apos;.</source>
        <translation>letterbox-cli&#xa0;: inspect exécute sync ou send, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>letterbox-cli: %1 opened no connection.</source>
        <translation>letterbox-cli&#xa0;: %1 n’a ouvert aucune connexion.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::JournalRun</name>
    <message>
        <source>The change is kept in the cache of %1 and goes to the server at the next sync.</source>
        <translation>La modification est conservée dans le cache de %1 et sera envoyée au serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>Account %1: the server could not be told yet (%2); the change is kept and goes to the server at the next sync.</source>
        <translation>Compte %1&#xa0;: le serveur n’a pas encore pu être informé (%2)&#xa0;; la modification est conservée et sera envoyée au serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Compte %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::ListCommand</name>
    <message>
        <source>List the newest messages of a folder from the local cache.</source>
        <translation>Lister les messages les plus récents d’un dossier depuis le cache local.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>The folder (default: the Inbox).</source>
        <translation>Le dossier (par défaut&#xa0;: la boîte de réception).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; messages, newest first (default %1; 0 for all).</source>
        <translation>Au plus &lt;n&gt; messages, les plus récents d’abord (par défaut %1&#xa0;; 0 pour tous).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Écrire un document JSON.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli list NAME [--folder PATH] [--limit N] [--json]</source>
        <translation>Utilisation&#xa0;: letterbox-cli list NAME [--folder PATH] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit needs a whole number of messages, 0 or more.</source>
        <translation>--limit nécessite un nombre entier de messages, 0 ou plus.</translation>
    </message>
    <message>
        <source>The messages of %1 in account %2 could not be read: %3</source>
        <translation>Les messages de %1 dans le compte %2 n’ont pas pu être lus&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 has no messages in the cache.</source>
        <translation>%1 n’a aucun message dans le cache.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::MessageCommand</name>
    <message>
        <source>Parse an .eml file: headers, part tree, text and warnings.</source>
        <translation>Analyser un fichier .eml&#xa0;: en-têtes, arborescence des parties, texte et avertissements.</translation>
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
        <translation>letterbox-cli&#xa0;: message attend exactement un argument FILE.</translation>
    </message>
    <message>
        <source>letterbox-cli: cannot read %1: %2.</source>
        <translation>letterbox-cli&#xa0;: impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>letterbox-cli: %1 is larger than 256 MiB; it is not a message.</source>
        <translation>letterbox-cli&#xa0;: %1 dépasse 256 MiB&#xa0;; ce n’est pas un message.</translation>
    </message>
    <message>
        <source>From:    %1</source>
        <translation>De&#xa0;:      %1</translation>
    </message>
    <message>
        <source>To:      %1</source>
        <translation>Pour&#xa0;:    %1</translation>
    </message>
    <message>
        <source>Cc:      %1</source>
        <translation>Copie à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;:   %1</translation>
    </message>
    <message>
        <source>Date:    %1</source>
        <translation>Date&#xa0;:    %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Parties&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n octet)</numerusform>
            <numerusform>(%n octets)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::MoveCommand</name>
    <message>
        <source>Move a message to another folder.</source>
        <translation>Déplacer un message vers un autre dossier.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>The folder the message is in.</source>
        <translation>Le dossier où se trouve le message.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The message&apos;s UID (as &apos;list&apos; shows it).</source>
        <translation>L’UID du message (tel que &apos;list&apos; l’affiche).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The folder to move it to.</source>
        <translation>Le dossier vers lequel le déplacer.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli move NAME --folder PATH --uid N --to PATH</source>
        <translation>Utilisation&#xa0;: letterbox-cli move NAME --folder PATH --uid N --to PATH</translation>
    </message>
    <message>
        <source>Account %1: UID %2 could not be moved from %3 to %4: %5</source>
        <translation>Compte %1&#xa0;: l’UID %2 n’a pas pu être déplacé de %3 vers %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>Moved to %1 as UID %2.</source>
        <translation>Déplacé vers %1 avec l’UID %2.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Déplacé vers %1.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::OutboxCommand</name>
    <message>
        <source>Show the outbox; --flush sends what waits in it now.</source>
        <translation>Afficher la boîte d’envoi&#xa0;; --flush envoie maintenant ce qui y attend.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>Send every waiting message now, also those waiting for a retry.</source>
        <translation>Envoyer maintenant chaque message en attente, y compris ceux qui attendent une nouvelle tentative.</translation>
    </message>
    <message>
        <source>Put a failed or &quot;may have been sent&quot; message back in the queue (it keeps its Message-ID).</source>
        <translation>Remettre dans la file d’attente un message en échec ou «&#xa0;peut-être envoyé&#xa0;» (il garde son Message-ID).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Écrire un document JSON.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli outbox NAME [--flush] [--requeue ID] [--json]</source>
        <translation>Utilisation&#xa0;: letterbox-cli outbox NAME [--flush] [--requeue ID] [--json]</translation>
    </message>
    <message>
        <source>Message %1 in the outbox of %2 cannot be queued again: %3</source>
        <translation>Le message %1 de la boîte d’envoi de %2 ne peut pas être remis en file d’attente&#xa0;: %3</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ce n’est pas un nombre</translation>
    </message>
    <message>
        <source>The outbox of %1 cannot be read: %2</source>
        <translation>La boîte d’envoi de %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The outbox of %1 is empty.</source>
        <translation>La boîte d’envoi de %1 est vide.</translation>
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
    <name>Letterbox::Cli::ReadCommand</name>
    <message>
        <source>Show one message from the local cache.</source>
        <translation>Afficher un message depuis le cache local.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>The folder.</source>
        <translation>Le dossier.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The message&apos;s UID (as &apos;list&apos; shows it).</source>
        <translation>L’UID du message (tel que &apos;list&apos; l’affiche).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the message as it is stored (RFC 5322).</source>
        <translation>Écrire le message tel qu’il est stocké (RFC 5322).</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Écrire un document JSON.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli read NAME --folder PATH --uid N [--raw | --json]</source>
        <translation>Utilisation&#xa0;: letterbox-cli read NAME --folder PATH --uid N [--raw | --json]</translation>
    </message>
    <message>
        <source>The cache of account %1 could not be read: %2</source>
        <translation>Le cache du compte %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 in account %2 has no message with UID %3 in the cache.</source>
        <translation>%1 dans le compte %2 n’a aucun message d’UID %3 dans le cache.</translation>
    </message>
    <message>
        <source>Only the headers of UID %1 in %2 are in the cache of account %3 (&quot;%4&quot;); &apos;letterbox-cli sync %3 --bodies&apos; downloads the rest.</source>
        <translation>Seuls les en-têtes de l’UID %1 de %2 sont dans le cache du compte %3 («&#xa0;%4&#xa0;»)&#xa0;; &apos;letterbox-cli sync %3 --bodies&apos; télécharge le reste.</translation>
    </message>
    <message>
        <source>The stored copy of UID %1 in %2 (account %3) could not be read: %4</source>
        <translation>La copie stockée de l’UID %1 de %2 (compte %3) n’a pas pu être lue&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::SearchCommand</name>
    <message>
        <source>Search the local cache: subjects, addresses and the text of downloaded messages.</source>
        <translation>Rechercher dans le cache local&#xa0;: sujets, adresses et texte des messages téléchargés.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>Words to find (all of them, as word prefixes); &quot;quoted words&quot; as a phrase.</source>
        <translation>Mots à trouver (tous, comme débuts de mots)&#xa0;; &quot;mots entre guillemets&quot; comme expression.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; results, best first (default %1).</source>
        <translation>Au plus &lt;n&gt; résultats, les meilleurs d’abord (par défaut %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Écrire un document JSON.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli search NAME QUERY [--json]</source>
        <translation>Utilisation&#xa0;: letterbox-cli search NAME QUERY [--json]</translation>
    </message>
    <message>
        <source>--limit needs a whole number of results, 1 or more.</source>
        <translation>--limit nécessite un nombre entier de résultats, 1 ou plus.</translation>
    </message>
    <message>
        <source>Searching the cache of account %1 failed: %2</source>
        <translation>La recherche dans le cache du compte %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>No message in the cache of %1 matches.</source>
        <translation>Aucun message du cache de %1 ne correspond.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::SendCommand</name>
    <message>
        <source>%1 is too large to send.</source>
        <translation>%1 est trop volumineux pour être envoyé.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Queue messages in the outbox and send them over one SMTP connection.</source>
        <translation>Mettre des messages dans la boîte d’envoi et les envoyer sur une seule connexion SMTP.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>With --raw: RFC 5322 files to send as they are.</source>
        <translation>Avec --raw&#xa0;: fichiers RFC 5322 à envoyer tels quels.</translation>
    </message>
    <message>
        <source>A recipient (repeatable).</source>
        <translation>Un destinataire (répétable).</translation>
    </message>
    <message>
        <source>addr</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>A copy recipient (repeatable).</source>
        <translation>Un destinataire en copie (répétable).</translation>
    </message>
    <message>
        <source>A blind copy recipient (repeatable).</source>
        <translation>Un destinataire en copie cachée (répétable).</translation>
    </message>
    <message>
        <source>The subject.</source>
        <translation>Le sujet.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The plain text of the message.</source>
        <translation>Le texte brut du message.</translation>
    </message>
    <message>
        <source>A UTF-8 file with the plain text of the message.</source>
        <translation>Un fichier UTF-8 contenant le texte brut du message.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>An HTML version of the text.</source>
        <translation>Une version HTML du texte.</translation>
    </message>
    <message>
        <source>A file to attach (repeatable).</source>
        <translation>Un fichier à joindre (répétable).</translation>
    </message>
    <message>
        <source>Send the FILES as they are (envelope from their headers, Bcc removed).</source>
        <translation>Envoyer les FILES tels quels (enveloppe tirée de leurs en-têtes, Bcc retiré).</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli send NAME --to ADDR [--cc ADDR] [--bcc ADDR] --subject TEXT (--body TEXT | --body-file FILE) [--html-file FILE] [--attach FILE ...]
       letterbox-cli send NAME --raw FILE [FILE ...]</source>
        <translation>Utilisation&#xa0;: letterbox-cli send NAME --to ADDR [--cc ADDR] [--bcc ADDR] --subject TEXT (--body TEXT | --body-file FILE) [--html-file FILE] [--attach FILE ...]
              letterbox-cli send NAME --raw FILE [FILE ...]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The message could not be put in the outbox of %1: %2</source>
        <translation>Le message n’a pas pu être placé dans la boîte d’envoi de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::SubmissionRun</name>
    <message numerus="yes">
        <source>%n message(s) of account %1 were being sent when Letterbox stopped; they are kept as &quot;may have been sent&quot; (see &apos;letterbox-cli outbox %1&apos;).</source>
        <translation>
            <numerusform>%n message du compte %1 était en cours d’envoi quand Letterbox s’est arrêté&#xa0;; il est conservé comme «&#xa0;peut-être envoyé&#xa0;» (voir &apos;letterbox-cli outbox %1&apos;).</numerusform>
            <numerusform>%n messages du compte %1 étaient en cours d’envoi quand Letterbox s’est arrêté&#xa0;; ils sont conservés comme «&#xa0;peut-être envoyés&#xa0;» (voir &apos;letterbox-cli outbox %1&apos;).</numerusform>
        </translation>
    </message>
    <message>
        <source>The message stays in the outbox of %1.</source>
        <translation>Le message reste dans la boîte d’envoi de %1.</translation>
    </message>
    <message>
        <source>Sending for account %1 did not finish in time.</source>
        <translation>L’envoi pour le compte %1 ne s’est pas terminé à temps.</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Compte %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Filed in Sent on %1: %n message(s).</source>
        <translation>
            <numerusform>Classé dans «&#xa0;Envoyés&#xa0;» sur %1&#xa0;: %n message.</numerusform>
            <numerusform>Classés dans «&#xa0;Envoyés&#xa0;» sur %1&#xa0;: %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy for Sent waits (%1); it is uploaded next time.</source>
        <translation>La copie pour «&#xa0;Envoyés&#xa0;» attend (%1)&#xa0;; elle sera téléversée la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Cli::SyncCommand</name>
    <message>
        <source>Fetch new mail and changes from the account&apos;s server into the local cache.</source>
        <translation>Récupérer le nouveau courrier et les modifications depuis le serveur du compte dans le cache local.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>Only this folder (IMAP; POP3 has only the Inbox).</source>
        <translation>Seulement ce dossier (IMAP&#xa0;; POP3 n’a que la boîte de réception).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Also download every whole message not yet in the cache.</source>
        <translation>Télécharger aussi chaque message complet qui n’est pas encore dans le cache.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Écrire un document JSON.</translation>
    </message>
    <message>
        <source>Usage: letterbox-cli sync NAME [--folder PATH] [--bodies] [--json]</source>
        <translation>Utilisation&#xa0;: letterbox-cli sync NAME [--folder PATH] [--bodies] [--json]</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A sync of account %1 is running already.</source>
        <translation>Une synchronisation du compte %1 est déjà en cours.</translation>
    </message>
    <message>
        <source>The sync of account %1 did not finish in time.</source>
        <translation>La synchronisation du compte %1 ne s’est pas terminée à temps.</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Compte %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new</source>
        <translation>
            <numerusform>%1&#xa0;: %n nouveau</numerusform>
            <numerusform>%1&#xa0;: %n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n changed</source>
        <translation>
            <numerusform>, %n modifié</numerusform>
            <numerusform>, %n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n gone from the server</source>
        <translation>
            <numerusform>, %n disparu du serveur</numerusform>
            <numerusform>, %n disparus du serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n downloaded</source>
        <translation>
            <numerusform>, %n téléchargé</numerusform>
            <numerusform>, %n téléchargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over %2: %3 in, %4 out, %n round trip(s), %5 s</source>
        <translation>
            <numerusform>%1 via %2&#xa0;: %3 reçus, %4 envoyés, %n aller-retour, %5 s</numerusform>
            <numerusform>%1 via %2&#xa0;: %3 reçus, %4 envoyés, %n allers-retours, %5 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the cache</source>
        <translation>
            <numerusform>, %n déjà dans le cache</numerusform>
            <numerusform>, %n déjà dans le cache</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::AccountSettingsDialog</name>
    <message>
        <source>Account Settings: %1</source>
        <translation>Réglages du compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>I&amp;ncoming</source>
        <translation>&amp;Réception</translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <translation>En&amp;voi</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>Supprimer le &amp;compte…</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signature&#xa0;:</translation>
    </message>
    <message>
        <source>The signature is added below each new message, after a &quot;-- &quot; line.</source>
        <translation>La signature est ajoutée sous chaque nouveau message, après une ligne «&#xa0;--&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;IMAP: keep mail on the server</source>
        <translation>&amp;IMAP&#xa0;: garder le courrier sur le serveur</translation>
    </message>
    <message>
        <source>P&amp;OP3: download mail to this computer</source>
        <translation>P&amp;OP3&#xa0;: télécharger le courrier sur cet ordinateur</translation>
    </message>
    <message>
        <source>IMAP keeps mail on the server and in sync across devices.</source>
        <translation>IMAP garde le courrier sur le serveur, synchronisé entre vos appareils.</translation>
    </message>
    <message>
        <source>POP3 downloads it to this computer.</source>
        <translation>POP3 le télécharge sur cet ordinateur.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Seulement sur demande</translation>
    </message>
    <message>
        <source>Check for new mail &amp;every:</source>
        <translation>Relever le courrier &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Show new mail at once (IMAP IDLE keeps the Inbox open)</source>
        <translation>Afficher aussitôt le nouveau courrier (IMAP IDLE garde la boîte de réception ouverte)</translation>
    </message>
    <message>
        <source>Copies on the POP3 server</source>
        <translation>Copies sur le serveur POP3</translation>
    </message>
    <message>
        <source>days after arrival</source>
        <translation>jours après leur arrivée</translation>
    </message>
    <message>
        <source>&amp;Leave them on the server</source>
        <translation>Les &amp;laisser sur le serveur</translation>
    </message>
    <message>
        <source>Delete them from the server</source>
        <translation>Les supprimer du serveur</translation>
    </message>
    <message>
        <source>Delete from the server when I delete them &amp;here</source>
        <translation>Supprimer du serveur &amp;quand je les supprime ici</translation>
    </message>
    <message>
        <source>Delete from the server once &amp;downloaded</source>
        <translation>Supprimer du serveur une fois téléchar&amp;gés</translation>
    </message>
    <message>
        <source>Keep for reading offline</source>
        <translation>Conserver pour la lecture hors connexion</translation>
    </message>
    <message>
        <source>&amp;Headers only: a message is downloaded when opened</source>
        <translation>&amp;En-têtes seulement&#xa0;: un message est téléchargé à son ouverture</translation>
    </message>
    <message>
        <source>Whole messages of the last</source>
        <translation>Messages entiers des</translation>
    </message>
    <message>
        <source>&amp;Every whole message</source>
        <translation>Tous les &amp;messages en entier</translation>
    </message>
    <message>
        <source>days</source>
        <translation>derniers jours</translation>
    </message>
    <message>
        <source>Mail is sent over SMTP submission with the account&apos;s password.</source>
        <translation>Le courrier est envoyé par soumission SMTP avec le mot de passe du compte.</translation>
    </message>
    <message>
        <source>Switching to IMAP:</source>
        <translation>En passant à IMAP&#xa0;:</translation>
    </message>
    <message>
        <source>Switching to POP3:</source>
        <translation>En passant à POP3&#xa0;:</translation>
    </message>
    <message>
        <source>Switch %1 to IMAP?</source>
        <translation>Passer %1 à IMAP&#xa0;?</translation>
    </message>
    <message>
        <source>Switch %1 to POP3?</source>
        <translation>Passer %1 à POP3&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing is deleted by the switch.</source>
        <translation>Le changement ne supprime rien.</translation>
    </message>
    <message>
        <source>The messages downloaded to this computer, the account&apos;s settings and its password in the keychain are deleted. The mail on the server stays where it is.</source>
        <translation>Les messages téléchargés sur cet ordinateur, les réglages du compte et son mot de passe dans le trousseau sont supprimés. Le courrier sur le serveur reste où il est.</translation>
    </message>
    <message>
        <source>The messages downloaded to this computer, the account&apos;s settings and its password in the keychain are deleted. Messages deleted from the POP3 server exist nowhere else and are lost.</source>
        <translation>Les messages téléchargés sur cet ordinateur, les réglages du compte et son mot de passe dans le trousseau sont supprimés. Les messages déjà supprimés du serveur POP3 n’existent nulle part ailleurs et sont perdus.</translation>
    </message>
    <message>
        <source>Remove account %1?</source>
        <translation>Supprimer le compte %1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::AccountWizard</name>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Sign in on the page your browser shows; Letterbox waits for it.</source>
        <translation>Connectez-vous sur la page qu’affiche votre navigateur&#xa0;; Letterbox attend.</translation>
    </message>
    <message>
        <source>Signing in did not work: %1</source>
        <translation>La connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in. The tokens go to the keychain when you click Done.</source>
        <translation>Connecté. Les jetons seront placés dans le trousseau quand vous cliquerez sur «&#xa0;Terminer&#xa0;».</translation>
    </message>
    <message>
        <source>There is already an account called %1; choose another account name.</source>
        <translation>Il existe déjà un compte nommé %1&#xa0;; choisissez un autre nom de compte.</translation>
    </message>
    <message>
        <source>Sign in on the provider&apos;s page first (&quot;Sign In in the Browser…&quot;).</source>
        <translation>Connectez-vous d’abord sur la page du fournisseur («&#xa0;Se connecter dans le navigateur…&#xa0;»).</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain, so the account was not added: %1</source>
        <translation>Le mot de passe n’a pas pu être enregistré dans le trousseau, le compte n’a donc pas été ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account %1 was added, but it could not be opened now: %2</source>
        <translation>Le compte %1 a été ajouté, mais n’a pas pu être ouvert pour l’instant&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::ActivityStatus</name>
    <message>
        <source>Account activity</source>
        <translation>Activité des comptes</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop what the accounts are doing</source>
        <translation>Arrêter ce que font les comptes</translation>
    </message>
    <message>
        <source>Changes waiting for the server</source>
        <translation>Modifications en attente d’envoi au serveur</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Details of the last error</source>
        <translation>Détails de la dernière erreur</translation>
    </message>
    <message>
        <source>Online or offline</source>
        <translation>En ligne ou hors connexion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Hors connexion</translation>
    </message>
    <message>
        <source>Up to date (checked %1)</source>
        <translation>À jour (vérifié %1)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for the server</source>
        <translation>
            <numerusform>%n modification en attente d’envoi au serveur</numerusform>
            <numerusform>%n modifications en attente d’envoi au serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: press to go online</source>
        <translation>Hors connexion&#xa0;: cliquez pour passer en ligne</translation>
    </message>
    <message>
        <source>Online, new mail is pushed: press to work offline</source>
        <translation>En ligne, le nouveau courrier arrive en direct (push)&#xa0;: cliquez pour travailler hors connexion</translation>
    </message>
    <message>
        <source>Online: press to work offline</source>
        <translation>En ligne&#xa0;: cliquez pour travailler hors connexion</translation>
    </message>
    <message>
        <source>What happened with %1</source>
        <translation>Ce qui s’est passé avec %1</translation>
    </message>
    <message>
        <source>Transcript of the connection</source>
        <translation>Journal de la connexion</translation>
    </message>
    <message>
        <source>No transcript was kept for this error.</source>
        <translation>Aucun journal n’a été conservé pour cette erreur.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::AttachmentBar</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save &amp;all…</source>
        <translation>Tout en&amp;registrer…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attachment list</source>
        <translation>Liste des pièces jointes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Save the selected attachment</source>
        <translation>Enregistrer la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Save all attachments</source>
        <translation>Enregistrer toutes les pièces jointes</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Ouvrir la pièce jointe sélectionnée</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::AttachmentFiles</name>
    <message>
        <source>Letterbox could not write %1: %2.</source>
        <translation>Letterbox n’a pas pu écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>%1 is larger than %2 and cannot be attached.</source>
        <translation>%1 dépasse %2 et ne peut pas être joint.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Remove Attachment</source>
        <translation>&amp;Retirer la pièce jointe</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::AutoconfigPage</name>
    <message>
        <source>the provider&apos;s configuration server</source>
        <translation>le serveur de configuration du fournisseur</translation>
    </message>
    <message>
        <source>the provider&apos;s web site</source>
        <translation>le site web du fournisseur</translation>
    </message>
    <message>
        <source>the domain&apos;s DNS service records</source>
        <translation>les enregistrements de service DNS (SRV) du domaine</translation>
    </message>
    <message>
        <source>the mail server&apos;s domain</source>
        <translation>le domaine du serveur de messagerie</translation>
    </message>
    <message>
        <source>trying the usual server names</source>
        <translation>l’essai des noms de serveur habituels</translation>
    </message>
    <message>
        <source>Finding your provider&apos;s settings</source>
        <translation>Recherche des réglages de votre fournisseur</translation>
    </message>
    <message>
        <source>Looking up settings</source>
        <translation>Recherche des réglages</translation>
    </message>
    <message>
        <source>&amp;Skip, I will enter the servers myself</source>
        <translation>&amp;Passer, je saisirai les serveurs moi-même</translation>
    </message>
    <message>
        <source>Looking up %1&apos;s settings…</source>
        <translation>Recherche des réglages de %1…</translation>
    </message>
    <message>
        <source>Found the settings of %1 through %2.</source>
        <translation>Réglages de %1 trouvés via %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The lookup was skipped: enter your servers on the next page.</source>
        <translation>La recherche a été ignorée&#xa0;: saisissez vos serveurs sur la page suivante.</translation>
    </message>
    <message>
        <source>No settings were found for %1. On the next page you can enter your servers as your provider names them.</source>
        <translation>Aucun réglage n’a été trouvé pour %1. Sur la page suivante, vous pouvez saisir vos serveurs tels que votre fournisseur les nomme.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::CertificateDialog</name>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificat non fiable</translation>
    </message>
    <message>
        <source>incoming server</source>
        <translation>serveur de réception</translation>
    </message>
    <message>
        <source>outgoing server</source>
        <translation>serveur d’envoi</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED since you accepted it. Someone may be intercepting your connection. Nothing has been sent, and Letterbox will not connect until you decide. Only accept it if the server&apos;s administrator told you the certificate was replaced.
Accepted before: %2</source>
        <translation>AVERTISSEMENT&#xa0;: le certificat de %1 a CHANGÉ depuis que vous l’avez accepté. Quelqu’un intercepte peut-être votre connexion. Rien n’a été envoyé, et Letterbox ne se connectera pas tant que vous n’aurez pas décidé. Ne l’acceptez que si l’administrateur du serveur vous a dit que le certificat a été remplacé.
Accepté auparavant&#xa0;: %2</translation>
    </message>
    <message>
        <source>Account %1: the %2 %3 showed a certificate this computer does not trust, so Letterbox stopped before sending anything.</source>
        <translation>Compte %1&#xa0;: le %2 %3 a présenté un certificat auquel cet ordinateur ne fait pas confiance&#xa0;; Letterbox s’est donc arrêté avant d’envoyer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>What is wrong:</source>
        <translation>Le problème&#xa0;:</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your provider publishes. If they match, you can trust this certificate for this server only.</source>
        <translation>Comparez l’empreinte avec celle que publie votre fournisseur. Si elles correspondent, vous pouvez faire confiance à ce certificat pour ce serveur uniquement.</translation>
    </message>
    <message>
        <source>Accept &amp;Once</source>
        <translation>Accepter une &amp;fois</translation>
    </message>
    <message>
        <source>&amp;Always Accept for This Server</source>
        <translation>&amp;Toujours accepter pour ce serveur</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Délivré à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Délivré par&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid %1</source>
        <translation>Valide %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::ComposerWindow</name>
    <message>
        <source>Cannot Send</source>
        <translation>Envoi impossible</translation>
    </message>
    <message>
        <source>Forgot an Attachment?</source>
        <translation>Pièce jointe oubliée&#xa0;?</translation>
    </message>
    <message>
        <source>No Subject</source>
        <translation>Aucun sujet</translation>
    </message>
    <message>
        <source>Message Too Large?</source>
        <translation>Message trop volumineux&#xa0;?</translation>
    </message>
    <message>
        <source>There is no account to send from.</source>
        <translation>Il n’y a aucun compte depuis lequel envoyer.</translation>
    </message>
    <message>
        <source>These are not email addresses: %1. Correct them, then send again.</source>
        <translation>Ce ne sont pas des adresses e-mail&#xa0;: %1. Corrigez-les, puis envoyez à nouveau.</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Ajoutez au moins un destinataire.</translation>
    </message>
    <message>
        <source>The message speaks of an attachment, but nothing is attached. Send it anyway?</source>
        <translation>Le message parle d’une pièce jointe, mais rien n’est joint. L’envoyer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>The message has no subject. Send it anyway?</source>
        <translation>Le message n’a pas de sujet. L’envoyer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>The message is about %1, and the server of this account takes at most %2: it will probably refuse it. Send it anyway?</source>
        <translation>Le message fait environ %1, et le serveur de ce compte accepte au plus %2&#xa0;: il le refusera probablement. L’envoyer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>The message could not be put in the outbox: %1 It is still here.</source>
        <translation>Le message n’a pas pu être placé dans la boîte d’envoi&#xa0;: %1 Il est toujours ici.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Brouillon enregistré à %1.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc&#xa0;:</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;i&#xa0;:</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>&amp;Reply-To:</source>
        <translation>&amp;Répondre à&#xa0;:</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Répondre à</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Put the message in the outbox and send it (Ctrl+Return)</source>
        <translation>Placer le message dans la boîte d’envoi et l’envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation>Enregistrer comme &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Reply-To Field</source>
        <translation>Champ «&#xa0;&amp;Répondre à&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Write: (no subject)</source>
        <translation>Rédaction&#xa0;: (sans objet)</translation>
    </message>
    <message>
        <source>Write: %1</source>
        <translation>Rédaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>This message is about %1; the server of this account takes at most %2.</source>
        <translation>Ce message fait environ %1&#xa0;; le serveur de ce compte accepte au plus %2.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>&amp;Rich Text (HTML)</source>
        <translation>Texte &amp;enrichi (HTML)</translation>
    </message>
    <message>
        <source>Bold, italic, lists, links and quotes; sent with a plain-text version</source>
        <translation>Gras, italique, listes, liens et citations ; envoyé avec une version en texte brut</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation>Liste à &amp;puces</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Citation</translation>
    </message>
    <message>
        <source>A link must start with https://, http:// or mailto:.</source>
        <translation>Un lien doit commencer par https://, http:// ou mailto:.</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Adresse (https://…) :</translation>
    </message>
    <message>
        <source>Send &amp;Later</source>
        <translation>Envoyer &amp;plus tard</translation>
    </message>
    <message>
        <source>You are working offline: the message waits in the outbox and is sent when you are online (Ctrl+Return)</source>
        <translation>Vous travaillez hors ligne : le message attend dans la boîte d’envoi et partira dès que vous serez en ligne (Ctrl+Entrée)</translation>
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
            <numerusform>Marquer %n message comme lu</numerusform>
            <numerusform>Marquer %n messages comme lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n message(s) unread</source>
        <translation>
            <numerusform>Marquer %n message comme non lu</numerusform>
            <numerusform>Marquer %n messages comme non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flag %n message(s)</source>
        <translation>
            <numerusform>Suivre %n message</numerusform>
            <numerusform>Suivre %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unflag %n message(s)</source>
        <translation>
            <numerusform>Ne plus suivre %n message</numerusform>
            <numerusform>Ne plus suivre %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n message(s)</source>
        <translation>
            <numerusform>Modifier %n message</numerusform>
            <numerusform>Modifier %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n message(s) %1</source>
        <translation>
            <numerusform>Étiqueter %n message « %1 »</numerusform>
            <numerusform>Étiqueter %n messages « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tag %1 from %n message(s)</source>
        <translation>
            <numerusform>Retirer l’étiquette %1 de %n message</numerusform>
            <numerusform>Retirer l’étiquette %1 de %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::IdentityPage</name>
    <message>
        <source>Set up your existing email address</source>
        <translation>Configurer votre adresse e-mail existante</translation>
    </message>
    <message>
        <source>Letterbox looks up your provider&apos;s settings from the address; you can check and change every one of them on the next pages.</source>
        <translation>Letterbox recherche les réglages de votre fournisseur à partir de l’adresse&#xa0;; vous pourrez tous les vérifier et les modifier sur les pages suivantes.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Ann Example</source>
        <translation>Marie Dupont</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>ann@example.org</source>
        <translation>marie@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keychain, never in a file. Leave it empty if your provider signs you in on its web page (OAuth2).</source>
        <translation>Le mot de passe est conservé dans le trousseau de votre système, jamais dans un fichier. Laissez-le vide si votre fournisseur vous connecte sur sa page web (OAuth2).</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MainActions</name>
    <message>
        <source>&amp;Get Messages</source>
        <translation>&amp;Relever les messages</translation>
    </message>
    <message>
        <source>&amp;Work Offline</source>
        <translation>&amp;Travailler hors connexion</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Mark as &amp;Read / Unread</source>
        <translation>Marquer comme &amp;lu / non lu</translation>
    </message>
    <message>
        <source>Mark &amp;All Read</source>
        <translation>Marquer &amp;tout comme lu</translation>
    </message>
    <message>
        <source>&amp;Flag / Unflag</source>
        <translation>S&amp;uivre / Ne plus suivre</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <source>&amp;Copy to…</source>
        <translation>&amp;Copier vers…</translation>
    </message>
    <message>
        <source>Next &amp;Unread Message</source>
        <translation>Message &amp;non lu suivant</translation>
    </message>
    <message>
        <source>&amp;Next Message</source>
        <translation>Message &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Message</source>
        <translation>Message &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Search &amp;All Folders</source>
        <translation>Rechercher dans &amp;tous les dossiers</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Fils de discussion</translation>
    </message>
    <message>
        <source>&amp;Expand All Threads</source>
        <translation>&amp;Développer tous les fils</translation>
    </message>
    <message>
        <source>C&amp;ollapse All Threads</source>
        <translation>&amp;Réduire tous les fils</translation>
    </message>
    <message>
        <source>&amp;Classic View</source>
        <translation>Affichage &amp;classique</translation>
    </message>
    <message>
        <source>&amp;Wide View</source>
        <translation>Affichage &amp;large</translation>
    </message>
    <message>
        <source>&amp;Vertical View</source>
        <translation>Affichage &amp;vertical</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Renommer le dossier…</translation>
    </message>
    <message>
        <source>De&amp;lete Folder…</source>
        <translation>Supprimer le &amp;dossier…</translation>
    </message>
    <message>
        <source>Mark as Read &amp;After…</source>
        <translation>Marquer comme lu a&amp;près…</translation>
    </message>
    <message>
        <source>Message Body as &amp;Plain Text</source>
        <translation>Corps du message en texte &amp;brut</translation>
    </message>
    <message>
        <source>&amp;All Headers</source>
        <translation>&amp;Tous les en-têtes</translation>
    </message>
    <message>
        <source>Message &amp;Source</source>
        <translation>&amp;Source du message</translation>
    </message>
    <message>
        <source>Load &amp;Remote Content</source>
        <translation>Charger le contenu d&amp;istant</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <source>&amp;Remove All Tags</source>
        <translation>&amp;Retirer toutes les étiquettes</translation>
    </message>
    <message>
        <source>Search on the Se&amp;rver</source>
        <translation>Rechercher sur le se&amp;rveur</translation>
    </message>
    <message>
        <source>Ask the server for messages this computer has not downloaded</source>
        <translation>Demander au serveur les messages que cet ordinateur n’a pas téléchargés</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;Non lus</translation>
    </message>
    <message>
        <source>&amp;Flagged</source>
        <translation>&amp;Suivis</translation>
    </message>
    <message>
        <source>&amp;Attachment</source>
        <translation>&amp;Pièce jointe</translation>
    </message>
    <message>
        <source>&amp;Quick Filter</source>
        <translation>&amp;Filtre rapide</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>É&amp;tiquette</translation>
    </message>
    <message>
        <source>Protocol &amp;Inspector</source>
        <translation>&amp;Inspecteur de protocole</translation>
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
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Select a message to read it.</source>
        <translation>Sélectionnez un message pour le lire.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search this folder… (Ctrl+K)</source>
        <translation>Rechercher dans ce dossier… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Search all accounts… (Ctrl+K)</source>
        <translation>Rechercher dans tous les comptes… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Choose a folder of %1.</source>
        <translation>Choisissez un dossier de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln message</numerusform>
            <numerusform>%1&#xa0;: %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln unread</source>
        <translation>
            <numerusform>, %Ln non lu</numerusform>
            <numerusform>, %Ln non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>You are working offline, and this message has not been downloaded yet.</source>
        <translation>Vous travaillez hors connexion et ce message n’a pas encore été téléchargé.</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Seconds a message is shown before it is marked read
(0: at once, -1: never):</source>
        <translation>Nombre de secondes d’affichage d’un message avant qu’il soit marqué comme lu
(0&#xa0;: immédiatement, -1&#xa0;: jamais)&#xa0;:</translation>
    </message>
    <message>
        <source>Get Messages</source>
        <translation>Relever les messages</translation>
    </message>
    <message>
        <source>You are working offline. Go online and get new messages?</source>
        <translation>Vous travaillez hors connexion. Passer en ligne et relever les nouveaux messages&#xa0;?</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n message&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n messages&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s)</source>
        <translation>
            <numerusform>Supprimer %n message</numerusform>
            <numerusform>Supprimer %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marquer comme non lu</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>Ne plus suivre</translation>
    </message>
    <message>
        <source>Choose messages of one account to move or copy them.</source>
        <translation>Choisissez des messages d’un seul compte pour les déplacer ou les copier.</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n message(s) to</source>
        <translation>
            <numerusform>Copier %n message vers</numerusform>
            <numerusform>Copier %n messages vers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n message(s) to</source>
        <translation>
            <numerusform>Déplacer %n message vers</numerusform>
            <numerusform>Déplacer %n messages vers</numerusform>
        </translation>
    </message>
    <message>
        <source>No more unread messages in this folder.</source>
        <translation>Plus de messages non lus dans ce dossier.</translation>
    </message>
    <message>
        <source>No more messages in this folder.</source>
        <translation>Plus de messages dans ce dossier.</translation>
    </message>
    <message>
        <source>The search could not be run.</source>
        <translation>La recherche n’a pas pu être lancée.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nom du nouveau dossier dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Nom du nouveau dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Nouveau nom de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder %1 and the %n message(s) in it? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer le dossier %1 avec %n message&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer le dossier %1 avec ses %n messages&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) for %1</source>
        <translation>
            <numerusform>%n nouveau message pour %1</numerusform>
            <numerusform>%n nouveaux messages pour %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Étiquette %1</translation>
    </message>
    <message>
        <source>Remove Tag %1</source>
        <translation>Retirer l’étiquette %1</translation>
    </message>
    <message>
        <source>Remove All Tags</source>
        <translation>Retirer toutes les étiquettes</translation>
    </message>
    <message>
        <source>Searching “%1” on the server…</source>
        <translation>Recherche de « %1 » sur le serveur…</translation>
    </message>
    <message numerus="yes">
        <source>The server found %n message(s)</source>
        <translation>
            <numerusform>Le serveur a trouvé %n message</numerusform>
            <numerusform>Le serveur a trouvé %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the newest %n are shown.</source>
        <translation>
            <numerusform>; le plus récent est affiché.</numerusform>
            <numerusform>; les %n plus récents sont affichés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server found %n message(s).</source>
        <translation>
            <numerusform>Le serveur a trouvé %n message.</numerusform>
            <numerusform>Le serveur a trouvé %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>No account is set up yet.

Add your email address with &quot;Add Account…&quot; (File menu), or from a terminal:
letterbox-cli account add NAME --email ADDRESS --incoming imap --host HOST</source>
        <translation>Aucun compte n’est encore configuré.

Ajoutez votre adresse e-mail avec «&#xa0;Ajouter un compte…&#xa0;» (menu Fichier), ou depuis un terminal&#xa0;:
letterbox-cli account add NAME --email ADDRESS --incoming imap --host HOST</translation>
    </message>
    <message>
        <source>Add &amp;Account…</source>
        <translation>Ajouter un &amp;compte…</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Compte %1 supprimé.</translation>
    </message>
    <message>
        <source>Account %1 removed. %2</source>
        <translation>Compte %1 supprimé. %2</translation>
    </message>
    <message>
        <source>Account &amp;Settings…</source>
        <translation>&amp;Réglages du compte…</translation>
    </message>
    <message>
        <source>Account %1 added; getting its mail…</source>
        <translation>Compte %1 ajouté&#xa0;; relève du courrier…</translation>
    </message>
    <message>
        <source>Account %1 stays disconnected: its server&apos;s certificate was not accepted.</source>
        <translation>Le compte %1 reste déconnecté&#xa0;: le certificat de son serveur n’a pas été accepté.</translation>
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation>&amp;Nouveau message</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Reply to &amp;All</source>
        <translation>Répondre à t&amp;ous</translation>
    </message>
    <message>
        <source>Reply to &amp;List</source>
        <translation>Répondre à la &amp;liste</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>Forward as A&amp;ttachment</source>
        <translation>Transférer en tant que &amp;pièce jointe</translation>
    </message>
    <message>
        <source>&amp;Edit as New Message…</source>
        <translation>&amp;Modifier comme nouveau message…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Boîte d’&amp;envoi…</translation>
    </message>
    <message>
        <source>Downloading the message…</source>
        <translation>Téléchargement du message…</translation>
    </message>
    <message>
        <source>The message cannot be answered or forwarded: %1</source>
        <translation>Impossible de répondre à ce message ou de le transférer&#xa0;: %1</translation>
    </message>
    <message>
        <source>This message did not come through a mailing list.</source>
        <translation>Ce message ne provient pas d’une liste de diffusion.</translation>
    </message>
    <message>
        <source>The message could not be downloaded: %1</source>
        <translation>Le message n’a pas pu être téléchargé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MessageBrowser</name>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MessageHeader</name>
    <message>
        <source>Message headers</source>
        <translation>En-têtes du message</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>Sender warning</source>
        <translation>Avertissement sur l’expéditeur</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>All header fields</source>
        <translation>Tous les champs d’en-tête</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MessageListView</name>
    <message>
        <source>Message list</source>
        <translation>Liste des messages</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MessageView</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>[The source is cut here: the message is larger than %1.]</source>
        <translation>[La source est coupée ici&#xa0;: le message dépasse %1.]</translation>
    </message>
    <message>
        <source>All &amp;headers</source>
        <translation>Tous les en-&amp;têtes</translation>
    </message>
    <message>
        <source>Show all header fields</source>
        <translation>Afficher tous les champs d’en-tête</translation>
    </message>
    <message>
        <source>&amp;Plain text</source>
        <translation>Texte &amp;brut</translation>
    </message>
    <message>
        <source>View as plain text</source>
        <translation>Afficher en texte brut</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>View the message source</source>
        <translation>Afficher la source du message</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Message status</source>
        <translation>État du message</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Source du message</translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation>Chargement du message…</translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>Aucun message sélectionné.</translation>
    </message>
    <message>
        <source>Downloading the message…</source>
        <translation>Téléchargement du message…</translation>
    </message>
    <message>
        <source>This message&apos;s formatting could not be shown safely, so its plain text is shown: %1</source>
        <translation>La mise en forme de ce message n’a pas pu être affichée de façon sûre, son texte brut est donc affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only part of this message is downloaded; some attachments may be missing.</source>
        <translation>Ce message n’est que partiellement téléchargé&#xa0;; certaines pièces jointes peuvent manquer.</translation>
    </message>
    <message>
        <source>This message is not downloaded yet.</source>
        <translation>Ce message n’est pas encore téléchargé.</translation>
    </message>
    <message>
        <source>Open Link?</source>
        <translation>Ouvrir le lien&#xa0;?</translation>
    </message>
    <message>
        <source>The text of this link names %1, but it leads to %2.</source>
        <translation>Le texte de ce lien indique %1, mais il mène à %2.</translation>
    </message>
    <message>
        <source>The full address is:
%1

Open it only if you trust where it really goes.</source>
        <translation>L’adresse complète est&#xa0;:
%1

Ne l’ouvrez que si vous faites confiance à sa véritable destination.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Enregistrer toutes les pièces jointes</translation>
    </message>
    <message>
        <source>Letterbox could not make a private folder for opening attachments.</source>
        <translation>Letterbox n’a pas pu créer de dossier privé pour ouvrir les pièces jointes.</translation>
    </message>
    <message>
        <source>%1 is not downloaded yet.</source>
        <translation>%1 n’est pas encore téléchargé.</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>Aucune application n’est configurée pour ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MoveCommand</name>
    <message numerus="yes">
        <source>Delete %n message(s)</source>
        <translation>
            <numerusform>Supprimer %n message</numerusform>
            <numerusform>Supprimer %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n message(s)</source>
        <translation>
            <numerusform>Déplacer %n message</numerusform>
            <numerusform>Déplacer %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::MoveToDialog</name>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Type part of a folder&apos;s name</source>
        <translation>Saisissez une partie du nom d’un dossier</translation>
    </message>
    <message>
        <source>Folder name filter</source>
        <translation>Filtre de nom de dossier</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::OutboxDialog</name>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Messages in the outbox</source>
        <translation>Messages de la boîte d’envoi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Rédigé</translation>
    </message>
    <message>
        <source>Waiting: tried again at %1 (%2)</source>
        <translation>En attente&#xa0;: nouvel essai à %1 (%2)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>May have been sent (%1): check the recipient has it before sending again</source>
        <translation>Peut-être envoyé (%1)&#xa0;: vérifiez que le destinataire l’a reçu avant de le renvoyer</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::ProtocolInspector</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save as Text…</source>
        <translation>&amp;Enregistrer en texte…</translation>
    </message>
    <message>
        <source>Protocol Inspector</source>
        <translation>Inspecteur de protocole</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Choose a connection to see its transcript.</source>
        <translation>Choisissez une connexion pour voir son journal.</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>Filtrer les lignes…</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The connection is no longer in the list.</source>
        <translation>La connexion n’est plus dans la liste.</translation>
    </message>
    <message>
        <source>transcript-%1-%2.txt</source>
        <translation>journal-%1-%2.txt</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The transcript could not be saved: %1</source>
        <translation>Le journal n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clear &amp;Ended</source>
        <translation>&amp;Retirer les terminées</translation>
    </message>
    <message>
        <source>Forget the connections that have ended</source>
        <translation>Oublier les connexions terminées</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>&amp;Tout déplier</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>Tout &amp;replier</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::QuickFilterBar</name>
    <message>
        <source>Quick filter</source>
        <translation>Filtre rapide</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Afficher seulement :</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::RecipientEdit</name>
    <message>
        <source>Not an email address: %1</source>
        <translation>Pas une adresse e-mail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::RemoteContentBar</name>
    <message>
        <source>&amp;Load remote content</source>
        <translation>&amp;Charger le contenu distant</translation>
    </message>
    <message>
        <source>Blocked remote content</source>
        <translation>Contenu distant bloqué</translation>
    </message>
    <message>
        <source>Load remote content for this message</source>
        <translation>Charger le contenu distant de ce message</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, %n remote item(s) in this message were not loaded.</source>
        <translation>
            <numerusform>Pour protéger votre vie privée, %n élément distant de ce message n’a pas été chargé.</numerusform>
            <numerusform>Pour protéger votre vie privée, %n éléments distants de ce message n’ont pas été chargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Always for %1</source>
        <translation>Toujours pour %1</translation>
    </message>
    <message>
        <source>Always load remote content from %1</source>
        <translation>Toujours charger le contenu distant de %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::ServerEditor</name>
    <message>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (chiffré dès le début)</translation>
    </message>
    <message>
        <source>STARTTLS (encrypted after the greeting)</source>
        <translation>STARTTLS (chiffré après l’accueil)</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Aucune (non chiffré)</translation>
    </message>
    <message>
        <source>Incoming server</source>
        <translation>Serveur de réception</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Serveur d’envoi</translation>
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
        <translation>Port de réception</translation>
    </message>
    <message>
        <source>Outgoing port</source>
        <translation>Port d’envoi</translation>
    </message>
    <message>
        <source>Incoming security</source>
        <translation>Sécurité de réception</translation>
    </message>
    <message>
        <source>Outgoing security</source>
        <translation>Sécurité d’envoi</translation>
    </message>
    <message>
        <source>Incoming login</source>
        <translation>Identifiant de réception</translation>
    </message>
    <message>
        <source>Outgoing login</source>
        <translation>Identifiant d’envoi</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;écurité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>I&amp;dentifiant&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::ServerPage</name>
    <message>
        <source>Check your servers</source>
        <translation>Vérifiez vos serveurs</translation>
    </message>
    <message>
        <source>Change anything that does not match what your provider says, then test the connection.</source>
        <translation>Modifiez ce qui ne correspond pas aux indications de votre fournisseur, puis testez la connexion.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>How the account is called in the folder list and by letterbox-cli: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Le nom du compte dans la liste des dossiers et pour letterbox-cli&#xa0;: lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Courrier entrant</translation>
    </message>
    <message>
        <source>&amp;IMAP: keep mail on the server</source>
        <translation>&amp;IMAP&#xa0;: garder le courrier sur le serveur</translation>
    </message>
    <message>
        <source>P&amp;OP3: download mail to this computer</source>
        <translation>P&amp;OP3&#xa0;: télécharger le courrier sur cet ordinateur</translation>
    </message>
    <message>
        <source>IMAP keeps mail on the server and in sync across devices: folders, read and flagged marks are the same everywhere.</source>
        <translation>IMAP garde le courrier sur le serveur, synchronisé entre vos appareils&#xa0;: les dossiers et les marques lu et suivi sont les mêmes partout.</translation>
    </message>
    <message>
        <source>POP3 downloads it to this computer: the server is only a mailbox, and folders and marks exist here only.</source>
        <translation>POP3 le télécharge sur cet ordinateur&#xa0;: le serveur n’est qu’une boîte aux lettres, et les dossiers et les marques n’existent qu’ici.</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>OAuth2: sign in on the provider&apos;s web page</source>
        <translation>OAuth2&#xa0;: se connecter sur la page web du fournisseur</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Se connecter &amp;avec&#xa0;:</translation>
    </message>
    <message>
        <source>Authorization URL:</source>
        <translation>URL d’autorisation&#xa0;:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>URL de jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées (scopes)&#xa0;:</translation>
    </message>
    <message>
        <source>Sign &amp;In in the Browser…</source>
        <translation>Se &amp;connecter dans le navigateur…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;View Certificate…</source>
        <translation>&amp;Voir le certificat…</translation>
    </message>
    <message>
        <source>Connection test details</source>
        <translation>Détails du test de connexion</translation>
    </message>
    <message>
        <source>No outgoing server was found; the incoming server&apos;s host is a guess.</source>
        <translation>Aucun serveur d’envoi n’a été trouvé&#xa0;; l’hôte du serveur de réception est une supposition.</translation>
    </message>
    <message>
        <source>Send my password and mail unencrypted to %1. Anyone on the network between here and there can read them.</source>
        <translation>Envoyer mon mot de passe et mon courrier en clair à %1. Toute personne sur le réseau entre ici et là-bas peut les lire.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>The incoming server (%1 %2)</source>
        <translation>Le serveur de réception (%1 %2)</translation>
    </message>
    <message>
        <source>The outgoing server (SMTP %1)</source>
        <translation>Le serveur d’envoi (SMTP %1)</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 n’a pas fonctionné&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 works and accepted your login.</source>
        <translation>%1 fonctionne et a accepté votre connexion.</translation>
    </message>
    <message>
        <source>%1 answers; no login was tried without a password.</source>
        <translation>%1 répond&#xa0;; aucune connexion n’a été tentée sans mot de passe.</translation>
    </message>
    <message>
        <source>Everything works: Letterbox can fetch and send your mail.</source>
        <translation>Tout fonctionne&#xa0;: Letterbox peut relever et envoyer votre courrier.</translation>
    </message>
    <message>
        <source>A server showed a certificate this computer does not trust. Look at it with &quot;View Certificate…&quot; before you decide to trust it.</source>
        <translation>Un serveur a présenté un certificat auquel cet ordinateur ne fait pas confiance. Examinez-le avec «&#xa0;Voir le certificat…&#xa0;» avant de décider de lui faire confiance.</translation>
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
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation>&amp;Langue de l’orthographe</translation>
    </message>
    <message>
        <source>No Dictionaries Installed</source>
        <translation>Aucun dictionnaire installé</translation>
    </message>
</context>
<context>
    <name>Letterbox::Gui::TrayNotifier</name>
    <message>
        <source>New mail</source>
        <translation>Nouveau courrier</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) for %1</source>
        <translation>
            <numerusform>%n nouveau message pour %1</numerusform>
            <numerusform>%n nouveaux messages pour %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Letterbox: %n unread message(s)</source>
        <translation>
            <numerusform>Letterbox&#xa0;: %n message non lu</numerusform>
            <numerusform>Letterbox&#xa0;: %n messages non lus</numerusform>
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
        <translation>Le serveur a envoyé des données avant la négociation TLS&#xa0;; la connexion a été fermée.</translation>
    </message>
    <message>
        <source>The server sent more data right after agreeing to STARTTLS; this is a sign of an attack, so the connection was closed.</source>
        <translation>Le serveur a envoyé d’autres données juste après avoir accepté STARTTLS&#xa0;; c’est le signe d’une attaque, la connexion a donc été fermée.</translation>
    </message>
    <message>
        <source>The connection closed after logging out.</source>
        <translation>La connexion a été fermée après la déconnexion.</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>Le serveur a fermé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <source>The command was not sent: the session has ended.</source>
        <translation>La commande n’a pas été envoyée&#xa0;: la session est terminée.</translation>
    </message>
    <message>
        <source>IDLE was not started: the session has ended.</source>
        <translation>IDLE n’a pas été lancé&#xa0;: la session est terminée.</translation>
    </message>
    <message>
        <source>IDLE ended before it started.</source>
        <translation>IDLE s’est terminé avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>The server sent a reply that cannot be read (%1 at octet %2).</source>
        <translation>Le serveur a envoyé une réponse illisible (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>An unreadable response from the server was skipped: %1</source>
        <translation>Une réponse illisible du serveur a été ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not send an IMAP greeting.</source>
        <translation>Le serveur n’a pas envoyé de message d’accueil IMAP.</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Le serveur a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server skipped the login (PREAUTH) on a connection that must be encrypted with STARTTLS; the connection was closed.</source>
        <translation>Le serveur a sauté l’authentification (PREAUTH) sur une connexion qui doit être chiffrée avec STARTTLS&#xa0;; la connexion a été fermée.</translation>
    </message>
    <message>
        <source>The server sent an unexpected greeting: %1</source>
        <translation>Le serveur a envoyé un message d’accueil inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server asked for the rest of a command that was already complete.</source>
        <translation>Le serveur a demandé la suite d’une commande déjà complète.</translation>
    </message>
    <message>
        <source>The server answered a command that was never sent (tag %1).</source>
        <translation>Le serveur a répondu à une commande qui n’a jamais été envoyée (étiquette %1).</translation>
    </message>
    <message>
        <source>The server refused to list its capabilities: %1</source>
        <translation>Le serveur a refusé de lister ses capacités&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused STARTTLS (%1); the connection was closed instead of continuing unencrypted.</source>
        <translation>Le serveur a refusé STARTTLS (%1)&#xa0;; la connexion a été fermée au lieu de continuer en clair.</translation>
    </message>
    <message>
        <source>The server could not check the login just now: %1</source>
        <translation>Le serveur n’a pas pu vérifier l’authentification pour le moment&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server requires encryption for this login: %1</source>
        <translation>Le serveur exige le chiffrement pour cette authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Le serveur a refusé l’authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and this account requires it; nothing was sent unencrypted.</source>
        <translation>Le serveur ne propose pas STARTTLS et ce compte l’exige&#xa0;; rien n’a été envoyé en clair.</translation>
    </message>
    <message>
        <source>The server requires a login, and none is set up for this account.</source>
        <translation>Le serveur exige une authentification, et aucune n’est configurée pour ce compte.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, and logging in over it is not allowed; nothing was sent.</source>
        <translation>La connexion n’est pas chiffrée et s’y authentifier n’est pas autorisé&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>None of the server&apos;s login methods (%1) can be used with this account.</source>
        <translation>Aucune des méthodes d’authentification du serveur (%1) ne peut être utilisée avec ce compte.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The command could not be encoded.</source>
        <translation>La commande n’a pas pu être encodée.</translation>
    </message>
    <message>
        <source>The command was not completed: %1</source>
        <translation>La commande n’a pas abouti&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Mime::MailtoUrl</name>
    <message>
        <source>This is not a mailto: link.</source>
        <translation>Ce n’est pas un lien mailto:.</translation>
    </message>
    <message>
        <source>The mailto: link is longer than %1 characters.</source>
        <translation>Le lien mailto: dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The mailto: link names more than %1 recipients.</source>
        <translation>Le lien mailto: désigne plus de %1 destinataires.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Mime::MessageParser</name>
    <message>
        <source>Part %1 is longer than %2 MiB; only the start is shown.</source>
        <translation>La partie %1 dépasse %2 MiB&#xa0;; seul le début est affiché.</translation>
    </message>
    <message>
        <source>Part %1 does not say which character set it uses; it is shown as %2.</source>
        <translation>La partie %1 n’indique pas son jeu de caractères&#xa0;; elle est affichée en %2.</translation>
    </message>
    <message>
        <source>Part %1 claims the character set &quot;%2&quot; but is not written in it; it is shown as %3.</source>
        <translation>La partie %1 déclare le jeu de caractères «&#xa0;%2&#xa0;» sans l’utiliser réellement&#xa0;; elle est affichée en %3.</translation>
    </message>
    <message>
        <source>-------- Attached Message --------</source>
        <translation>-------- Message joint --------</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>A multipart section has no parts that match its boundary; its raw content is shown.</source>
        <translation>Une section multipart ne contient aucune partie correspondant à son délimiteur&#xa0;; son contenu brut est affiché.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>The message is encrypted; Letterbox cannot show encrypted mail.</source>
        <translation>Le message est chiffré&#xa0;; Letterbox ne peut pas afficher les messages chiffrés.</translation>
    </message>
    <message>
        <source>Part %1 is encrypted; Letterbox cannot show encrypted mail.</source>
        <translation>La partie %1 est chiffrée&#xa0;; Letterbox ne peut pas afficher les messages chiffrés.</translation>
    </message>
    <message>
        <source>The message has more than one %1 header with different values; the first is used.</source>
        <translation>Le message contient plusieurs en-têtes %1 aux valeurs différentes&#xa0;; le premier est utilisé.</translation>
    </message>
    <message>
        <source>A part repeats the %1 parameter with different values.</source>
        <translation>Une partie répète le paramètre %1 avec des valeurs différentes.</translation>
    </message>
    <message>
        <source>The %1 header contains unencoded 8-bit text; its character set was guessed.</source>
        <translation>L’en-tête %1 contient du texte 8 bits non encodé&#xa0;; son jeu de caractères a été deviné.</translation>
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
        <translation>Une section multipart est mal formée&#xa0;; certaines parties peuvent être incomplètes.</translation>
    </message>
    <message>
        <source>The message ends early: a closing boundary or part is missing.</source>
        <translation>Le message se termine prématurément&#xa0;: un délimiteur de fin ou une partie manque.</translation>
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
        <translation>Une section multipart n’a pas de délimiteur&#xa0;; son contenu n’est pas découpé en parties.</translation>
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
        <translation>Le message est imbriqué sur plus de %1 niveaux&#xa0;; les parties plus profondes ne sont pas affichées.</translation>
    </message>
    <message>
        <source>A part of the message is empty.</source>
        <translation>Une partie du message est vide.</translation>
    </message>
    <message>
        <source>The message has more than %1 headers; the rest are not listed.</source>
        <translation>Le message a plus de %1 en-têtes&#xa0;; les autres ne sont pas listés.</translation>
    </message>
    <message>
        <source>The Date header cannot be read.</source>
        <translation>L’en-tête Date ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The message has no headers; it is shown as plain text.</source>
        <translation>Le message n’a pas d’en-têtes&#xa0;; il est affiché comme texte brut.</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the rest is not shown.</source>
        <translation>Le message a plus de %1 parties&#xa0;; le reste n’est pas affiché.</translation>
    </message>
    <message>
        <source>The headers contain NUL bytes; they are shown as �.</source>
        <translation>Les en-têtes contiennent des octets NUL&#xa0;; ils sont affichés sous la forme �.</translation>
    </message>
    <message>
        <source>The %1 header lists too many addresses or malformed groups; only the first %2 are read.</source>
        <translation>L’en-tête %1 contient trop d’adresses ou des groupes mal formés&#xa0;; seules les %2 premières sont lues.</translation>
    </message>
    <message>
        <source>The %1 header holds many broken encoded words; they are shown as they are.</source>
        <translation>L’en-tête %1 contient de nombreux mots encodés défectueux&#xa0;; ils sont affichés tels quels.</translation>
    </message>
    <message>
        <source>The %1 header is longer than %2 KiB and was shortened.</source>
        <translation>L’en-tête %1 dépasse %2 KiB et a été tronqué.</translation>
    </message>
    <message>
        <source>A header block is larger than %1 KiB; the rest of its headers are ignored.</source>
        <translation>Un bloc d’en-têtes dépasse %1 KiB&#xa0;; ses autres en-têtes sont ignorés.</translation>
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
        <translation>Le %1, %2 a écrit&#xa0;:</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 a écrit&#xa0;:</translation>
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Message transféré --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Copie à&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Mime::SpoofingCheck</name>
    <message>
        <source>The %1 address &quot;%2&quot; contains encoded text, a trick used to fake the sender.</source>
        <translation>L’adresse %1 «&#xa0;%2&#xa0;» contient du texte encodé, un procédé utilisé pour usurper l’expéditeur.</translation>
    </message>
    <message>
        <source>The %1 address &quot;%2&quot; contains invalid characters.</source>
        <translation>L’adresse %1 «&#xa0;%2&#xa0;» contient des caractères non valides.</translation>
    </message>
    <message>
        <source>The %1 name &quot;%2&quot; contains the address %3, but the real address is %4.</source>
        <translation>Le nom %1 «&#xa0;%2&#xa0;» contient l’adresse %3, mais l’adresse réelle est %4.</translation>
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
    <name>Letterbox::Models::AccountCaches</name>
    <message>
        <source>The cache of account %1 could not be opened: %2</source>
        <translation>Le cache du compte %1 n’a pas pu être ouvert : %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Models::AddressCompletionModel</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Models::ConnectionListModel</name>
    <message>
        <source>(no account)</source>
        <translation>(aucun compte)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Bytes In</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <source>Bytes Out</source>
        <translation>Octets envoyés</translation>
    </message>
    <message>
        <source>Round Trips</source>
        <translation>Allers-retours</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>Letterbox::Models::FolderTreeModel</name>
    <message>
        <source>Unified Inbox</source>
        <translation>Boîte de réception unifiée</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1 : %n message</numerusform>
            <numerusform>%1 : %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>Letterbox::Models::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Avec pièces jointes</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyé %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>The folder is no longer in the cache.</source>
        <translation>Le dossier n’est plus dans le cache.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Models::MessageOrder</name>
    <message>
        <source>Account %1 has no open cache.</source>
        <translation>Le compte %1 n’a pas de cache ouvert.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Models::MessageTags</name>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>To Do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>Letterbox::Models::TranscriptModel</name>
    <message>
        <source>… %1 more lines not kept</source>
        <translation>… %1 lignes de plus non conservées</translation>
    </message>
    <message>
        <source>Sent by Letterbox</source>
        <translation>Envoyé par Letterbox</translation>
    </message>
    <message>
        <source>Sent by the server</source>
        <translation>Envoyé par le serveur</translation>
    </message>
    <message>
        <source>What the connection did</source>
        <translation>Ce qu’a fait la connexion</translation>
    </message>
    <message>
        <source>Expand to read the lines it folds</source>
        <translation>Déplier pour lire les lignes repliées</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What It Does</source>
        <translation>Signification</translation>
    </message>
</context>
<context>
    <name>Letterbox::Net::Connection</name>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)</source>
        <translation>Connexion à %1 (%2)</translation>
    </message>
    <message>
        <source>Bytes waiting after the STARTTLS go-ahead: %1</source>
        <translation>Octets en attente après le feu vert STARTTLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server sent data after its STARTTLS go-ahead and before the TLS handshake, which is how commands are injected into an encrypted session</source>
        <translation>le serveur a envoyé des données après son feu vert STARTTLS et avant la négociation TLS, ce qui permet d’injecter des commandes dans une session chiffrée</translation>
    </message>
    <message>
        <source>Starting the TLS handshake</source>
        <translation>Début de la négociation TLS</translation>
    </message>
    <message>
        <source>Closing the connection</source>
        <translation>Fermeture de la connexion</translation>
    </message>
    <message>
        <source>TCP connection established to %1 port %2</source>
        <translation>Connexion TCP établie avec %1 port %2</translation>
    </message>
    <message>
        <source>Certificate accepted by its pinned SHA-256 fingerprint despite: %1</source>
        <translation>Certificat accepté grâce à son empreinte SHA-256 épinglée malgré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate rejected: %1, SHA-256 %2</source>
        <translation>Certificat refusé&#xa0;: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation>le serveur a fermé la connexion pendant la négociation</translation>
    </message>
    <message>
        <source>doing the TLS handshake</source>
        <translation>la négociation TLS</translation>
    </message>
    <message>
        <source>waiting for a reply</source>
        <translation>l’attente d’une réponse</translation>
    </message>
    <message>
        <source>idle with no data in either direction</source>
        <translation>une inactivité sans données dans un sens comme dans l’autre</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
    <message>
        <source>%1 established, cipher %2; server certificate %3, SHA-256 %4</source>
        <translation>%1 établi, chiffrement %2&#xa0;; certificat du serveur %3, SHA-256 %4</translation>
    </message>
</context>
<context>
    <name>Letterbox::Net::TranscriptTap</name>
    <message>
        <source>[%1 bytes of message data]</source>
        <translation>[%1 octets de données de message]</translation>
    </message>
    <message>
        <source>* %1 earlier entries dropped (the transcript keeps the last %2)</source>
        <translation>* %1 entrées antérieures supprimées (la transcription garde les %2 dernières)</translation>
    </message>
    <message>
        <source>… [%1 more bytes]</source>
        <translation>… [%1 octets de plus]</translation>
    </message>
</context>
<context>
    <name>Letterbox::Pop3::Pop3Encoder</name>
    <message>
        <source>The user name or password is empty.</source>
        <translation>L’identifiant ou le mot de passe est vide.</translation>
    </message>
    <message>
        <source>The user name or password contains a line break or another control character.</source>
        <translation>L’identifiant ou le mot de passe contient un saut de ligne ou un autre caractère de contrôle.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Pop3::Pop3ReplyParser</name>
    <message>
        <source>a reply line is longer than %1 octets</source>
        <translation>une ligne de réponse dépasse %1 octets</translation>
    </message>
    <message>
        <source>a reply starts with neither +OK nor -ERR</source>
        <translation>une réponse ne commence ni par +OK ni par -ERR</translation>
    </message>
    <message>
        <source>a listing is larger than %1 octets</source>
        <translation>une liste dépasse %1 octets</translation>
    </message>
    <message>
        <source>a message is larger than %1 octets</source>
        <translation>un message dépasse %1 octets</translation>
    </message>
</context>
<context>
    <name>Letterbox::Pop3::Pop3Session</name>
    <message>
        <source>the unique-id is empty</source>
        <translation>l’identifiant unique est vide</translation>
    </message>
    <message>
        <source>the unique-id is longer than %1 characters</source>
        <translation>l’identifiant unique dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the unique-id contains a space, a control character or a non-ASCII octet</source>
        <translation>l’identifiant unique contient une espace, un caractère de contrôle ou un octet non ASCII</translation>
    </message>
    <message>
        <source>The server sent data before the TLS handshake; the connection was closed.</source>
        <translation>Le serveur a envoyé des données avant la négociation TLS&#xa0;; la connexion a été fermée.</translation>
    </message>
    <message>
        <source>a message body arrived during the login</source>
        <translation>un corps de message est arrivé pendant l’authentification</translation>
    </message>
    <message>
        <source>The server broke the POP3 protocol at octet %1: %2</source>
        <translation>Le serveur a enfreint le protocole POP3 à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server sent data that no command asked for.</source>
        <translation>Le serveur a envoyé des données qu’aucune commande n’a demandées.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Le serveur a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not offer STLS, and this account requires it; nothing was sent unencrypted.</source>
        <translation>Le serveur ne propose pas STLS et ce compte l’exige&#xa0;; rien n’a été envoyé en clair.</translation>
    </message>
    <message>
        <source>The server refused STLS (%1); the connection was closed instead of continuing unencrypted.</source>
        <translation>Le serveur a refusé STLS (%1)&#xa0;; la connexion a été fermée au lieu de continuer en clair.</translation>
    </message>
    <message>
        <source>The server sent more data right after agreeing to STLS; this is a sign of an attack, so the connection was closed.</source>
        <translation>Le serveur a envoyé d’autres données juste après avoir accepté STLS&#xa0;; c’est le signe d’une attaque, la connexion a donc été fermée.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, and sending the login over it was not allowed.</source>
        <translation>La connexion n’est pas chiffrée, et y envoyer les identifiants n’était pas autorisé.</translation>
    </message>
    <message>
        <source>The server does not offer a login method for an access token.</source>
        <translation>Le serveur ne propose aucune méthode d’authentification pour un jeton d’accès.</translation>
    </message>
    <message>
        <source>The server cannot open the mailbox just now: %1</source>
        <translation>Le serveur ne peut pas ouvrir la boîte aux lettres pour le moment&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Le serveur a refusé l’authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server sent an unexpected challenge during the login.</source>
        <translation>Le serveur a envoyé un défi inattendu pendant l’authentification.</translation>
    </message>
    <message>
        <source>The command was not sent: the session is ending.</source>
        <translation>La commande n’a pas été envoyée&#xa0;: la session est en train de se terminer.</translation>
    </message>
    <message>
        <source>The message number %1 is not valid.</source>
        <translation>Le numéro de message %1 n’est pas valide.</translation>
    </message>
    <message>
        <source>a reply arrived that no command asked for</source>
        <translation>une réponse est arrivée sans qu’aucune commande l’ait demandée</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the reply to STAT is malformed</source>
        <translation>la réponse à STAT est mal formée</translation>
    </message>
    <message>
        <source>a line of the reply to LIST is malformed</source>
        <translation>une ligne de la réponse à LIST est mal formée</translation>
    </message>
    <message>
        <source>the line has no message number and unique-id</source>
        <translation>la ligne n’a ni numéro de message ni identifiant unique</translation>
    </message>
    <message>
        <source>the unique-id or message number is repeated</source>
        <translation>l’identifiant unique ou le numéro de message est répété</translation>
    </message>
    <message>
        <source>The server broke the POP3 protocol: %1</source>
        <translation>Le serveur a enfreint le protocole POP3&#xa0;: %1</translation>
    </message>
    <message>
        <source>The command did not complete: %1</source>
        <translation>La commande ne s’est pas terminée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Protocol::CommandAnnotator</name>
    <message>
        <source>the message itself: %1 bytes, shown only as its size</source>
        <translation>le message lui-même&#xa0;: %1 octets, indiqué seulement par sa taille</translation>
    </message>
    <message>
        <source>every message</source>
        <translation>tous les messages</translation>
    </message>
    <message>
        <source>the newest message</source>
        <translation>le message le plus récent</translation>
    </message>
    <message>
        <source>the messages the last search found</source>
        <translation>les messages trouvés par la dernière recherche</translation>
    </message>
    <message>
        <source>the message with UID %1</source>
        <translation>le message d’UID %1</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>le message %1</translation>
    </message>
    <message>
        <source>the messages with UIDs %1</source>
        <translation>les messages d’UID %1</translation>
    </message>
    <message>
        <source>messages %1</source>
        <translation>les messages %1</translation>
    </message>
    <message>
        <source>cancel the login</source>
        <translation>annuler l’authentification</translation>
    </message>
    <message>
        <source>the login answer (hidden)</source>
        <translation>la réponse d’authentification (masquée)</translation>
    </message>
    <message>
        <source>stop waiting for news (end IDLE)</source>
        <translation>cesser d’attendre les nouveautés (fin de IDLE)</translation>
    </message>
    <message>
        <source>ask what the server can do</source>
        <translation>demander ce que sait faire le serveur</translation>
    </message>
    <message>
        <source>nothing: keeps the connection alive and hears news</source>
        <translation>rien&#xa0;: maintient la connexion et reçoit les nouveautés</translation>
    </message>
    <message>
        <source>say goodbye and close the connection</source>
        <translation>dire au revoir et fermer la connexion</translation>
    </message>
    <message>
        <source>switch the connection to encryption</source>
        <translation>passer la connexion en mode chiffré</translation>
    </message>
    <message>
        <source>log in (password hidden)</source>
        <translation>s’authentifier (mot de passe masqué)</translation>
    </message>
    <message>
        <source>log in as %1 (password hidden)</source>
        <translation>s’authentifier en tant que %1 (mot de passe masqué)</translation>
    </message>
    <message>
        <source>log in with %1 (token hidden)</source>
        <translation>s’authentifier avec %1 (jeton masqué)</translation>
    </message>
    <message>
        <source>log in with %1 (password hidden)</source>
        <translation>s’authentifier avec %1 (mot de passe masqué)</translation>
    </message>
    <message>
        <source>switch on the extensions %1</source>
        <translation>activer les extensions %1</translation>
    </message>
    <message>
        <source>tell the server which program this is, and hear which server it is</source>
        <translation>dire au serveur quel programme se connecte, et apprendre quel serveur il est</translation>
    </message>
    <message>
        <source>ask where personal and shared folders live</source>
        <translation>demander où se trouvent les dossiers personnels et partagés</translation>
    </message>
    <message>
        <source>compress everything from here on</source>
        <translation>tout compresser à partir d’ici</translation>
    </message>
    <message>
        <source>wait for the server to announce new mail and changes (push)</source>
        <translation>attendre que le serveur annonce le nouveau courrier et les changements (push)</translation>
    </message>
    <message>
        <source>list every folder with its role (Sent, Drafts, Trash…)</source>
        <translation>lister tous les dossiers avec leur rôle (Envoyés, Brouillons, Corbeille…)</translation>
    </message>
    <message>
        <source>list the folders</source>
        <translation>lister les dossiers</translation>
    </message>
    <message>
        <source>ask how many messages %1 holds, without opening it</source>
        <translation>demander combien de messages contient %1, sans l’ouvrir</translation>
    </message>
    <message>
        <source>open the folder %1</source>
        <translation>ouvrir le dossier %1</translation>
    </message>
    <message>
        <source>open the folder %1 read-only</source>
        <translation>ouvrir le dossier %1 en lecture seule</translation>
    </message>
    <message>
        <source>, hearing only what changed since the last visit (mod-sequence %1)</source>
        <translation>, en n’apprenant que ce qui a changé depuis la dernière visite (mod-sequence %1)</translation>
    </message>
    <message>
        <source>, hearing only what changed since the last visit</source>
        <translation>, en n’apprenant que ce qui a changé depuis la dernière visite</translation>
    </message>
    <message>
        <source> and track changes by mod-sequence</source>
        <translation> et suivre les changements par mod-sequence</translation>
    </message>
    <message>
        <source>create the folder %1</source>
        <translation>créer le dossier %1</translation>
    </message>
    <message>
        <source>delete the folder %1 and all it holds</source>
        <translation>supprimer le dossier %1 et tout son contenu</translation>
    </message>
    <message>
        <source>subscribe to the folder %1</source>
        <translation>s’abonner au dossier %1</translation>
    </message>
    <message>
        <source>unsubscribe from the folder %1</source>
        <translation>se désabonner du dossier %1</translation>
    </message>
    <message>
        <source>rename the folder %1 to %2</source>
        <translation>renommer le dossier %1 en %2</translation>
    </message>
    <message>
        <source>upload a message of %1 bytes into %2</source>
        <translation>téléverser un message de %1 octets dans %2</translation>
    </message>
    <message>
        <source>upload a message into %1</source>
        <translation>téléverser un message dans %1</translation>
    </message>
    <message>
        <source>close the folder; messages marked as deleted are removed</source>
        <translation>fermer le dossier&#xa0;; les messages marqués comme supprimés sont retirés</translation>
    </message>
    <message>
        <source>close the folder, removing nothing</source>
        <translation>fermer le dossier sans rien retirer</translation>
    </message>
    <message>
        <source>remove %1 for good (only these, if marked as deleted)</source>
        <translation>retirer définitivement %1 (seulement ceux-là, s’ils sont marqués comme supprimés)</translation>
    </message>
    <message>
        <source>remove every message marked as deleted from this folder</source>
        <translation>retirer de ce dossier tous les messages marqués comme supprimés</translation>
    </message>
    <message>
        <source>search this folder on the server, answering with UIDs</source>
        <translation>rechercher dans ce dossier sur le serveur, réponse en UID</translation>
    </message>
    <message>
        <source>search this folder on the server</source>
        <translation>rechercher dans ce dossier sur le serveur</translation>
    </message>
    <message>
        <source>copy %1 to %2</source>
        <translation>copier %1 vers %2</translation>
    </message>
    <message>
        <source>move %1 to %2</source>
        <translation>déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>the headers</source>
        <translation>les en-têtes</translation>
    </message>
    <message>
        <source>the structure (parts and their sizes)</source>
        <translation>la structure (parties et leurs tailles)</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>la partie %1</translation>
    </message>
    <message>
        <source>the flags</source>
        <translation>les indicateurs</translation>
    </message>
    <message>
        <source>the size</source>
        <translation>la taille</translation>
    </message>
    <message>
        <source>the UIDs</source>
        <translation>les UID</translation>
    </message>
    <message>
        <source>data</source>
        <translation>des données</translation>
    </message>
    <message>
        <source>the whole message</source>
        <translation>le message entier</translation>
    </message>
    <message>
        <source>ask only for %1 of %2 changed since the last visit (mod-sequence %3)</source>
        <translation>demander %1 pour %2, seulement en cas de changement depuis la dernière visite (mod-sequence %3)</translation>
    </message>
    <message>
        <source>download %1 in full</source>
        <translation>télécharger %1 en entier</translation>
    </message>
    <message>
        <source>download %1 in full, with %2</source>
        <translation>télécharger %1 en entier, avec %2</translation>
    </message>
    <message>
        <source>ask for %1 of %2</source>
        <translation>demander %1 pour %2</translation>
    </message>
    <message>
        <source>, and which ones were deleted meanwhile</source>
        <translation>, et lesquels ont été supprimés entre-temps</translation>
    </message>
    <message>
        <source>mark as unread</source>
        <translation>marquer comme non lu</translation>
    </message>
    <message>
        <source>mark as read</source>
        <translation>marquer comme lu</translation>
    </message>
    <message>
        <source>remove the star</source>
        <translation>retirer l’étoile</translation>
    </message>
    <message>
        <source>star (flag)</source>
        <translation>marquer d’une étoile (suivi)</translation>
    </message>
    <message>
        <source>undelete</source>
        <translation>annuler la suppression</translation>
    </message>
    <message>
        <source>mark as deleted (removed at the next expunge)</source>
        <translation>marquer comme supprimé (retiré au prochain EXPUNGE)</translation>
    </message>
    <message>
        <source>mark as not answered</source>
        <translation>marquer comme non répondu</translation>
    </message>
    <message>
        <source>mark as answered</source>
        <translation>marquer comme répondu</translation>
    </message>
    <message>
        <source>mark as no draft</source>
        <translation>marquer comme non brouillon</translation>
    </message>
    <message>
        <source>mark as draft</source>
        <translation>marquer comme brouillon</translation>
    </message>
    <message>
        <source>remove the tag %1</source>
        <translation>retirer l’étiquette %1</translation>
    </message>
    <message>
        <source>add the tag %1</source>
        <translation>ajouter l’étiquette %1</translation>
    </message>
    <message>
        <source>clear every flag of %1</source>
        <translation>retirer tous les indicateurs pour %1</translation>
    </message>
    <message>
        <source>set the flags of %1 to: %2</source>
        <translation>définir les indicateurs pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>say who logs in: %1</source>
        <translation>indiquer qui se connecte&#xa0;: %1</translation>
    </message>
    <message>
        <source>send the password (hidden)</source>
        <translation>envoyer le mot de passe (masqué)</translation>
    </message>
    <message>
        <source>log in as %1 with a digest of the password (hidden)</source>
        <translation>s’authentifier en tant que %1 avec une empreinte du mot de passe (masquée)</translation>
    </message>
    <message>
        <source>ask which login methods the server offers</source>
        <translation>demander quelles méthodes d’authentification le serveur propose</translation>
    </message>
    <message>
        <source>ask how many messages wait, and their total size</source>
        <translation>demander combien de messages attendent, et leur taille totale</translation>
    </message>
    <message>
        <source>ask the size of message %1</source>
        <translation>demander la taille du message %1</translation>
    </message>
    <message>
        <source>list the size of every message</source>
        <translation>lister la taille de chaque message</translation>
    </message>
    <message>
        <source>ask the unique id of message %1</source>
        <translation>demander l’identifiant unique du message %1</translation>
    </message>
    <message>
        <source>list every message&apos;s unique id, to spot those already downloaded</source>
        <translation>lister l’identifiant unique de chaque message, pour repérer ceux déjà téléchargés</translation>
    </message>
    <message>
        <source>download message %1 in full</source>
        <translation>télécharger le message %1 en entier</translation>
    </message>
    <message>
        <source>download only the headers of message %1</source>
        <translation>télécharger seulement les en-têtes du message %1</translation>
    </message>
    <message>
        <source>download the headers of message %1 and the first %2 lines of its text</source>
        <translation>télécharger les en-têtes du message %1 et les %2 premières lignes de son texte</translation>
    </message>
    <message>
        <source>delete message %1 from the server (done when the session ends)</source>
        <translation>supprimer le message %1 du serveur (effectif à la fin de la session)</translation>
    </message>
    <message>
        <source>undo this session&apos;s deletions</source>
        <translation>annuler les suppressions de cette session</translation>
    </message>
    <message>
        <source>nothing: keeps the connection alive</source>
        <translation>rien&#xa0;: maintient la connexion</translation>
    </message>
    <message>
        <source>end the session; the server now deletes what was marked</source>
        <translation>terminer la session&#xa0;; le serveur supprime maintenant ce qui a été marqué</translation>
    </message>
    <message>
        <source>greet the server and ask what it can do</source>
        <translation>saluer le serveur et demander ce qu’il sait faire</translation>
    </message>
    <message>
        <source>greet the server (the old way, without extensions)</source>
        <translation>saluer le serveur (à l’ancienne, sans extensions)</translation>
    </message>
    <message>
        <source>start a message from %1 (%2 bytes)</source>
        <translation>commencer un message de %1 (%2 octets)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>start a message from %1</source>
        <translation>commencer un message de %1</translation>
    </message>
    <message>
        <source>add the recipient %1</source>
        <translation>ajouter le destinataire %1</translation>
    </message>
    <message>
        <source>ask to send the message text</source>
        <translation>demander à envoyer le texte du message</translation>
    </message>
    <message>
        <source>send the last %1 bytes of the message</source>
        <translation>envoyer les %1 derniers octets du message</translation>
    </message>
    <message>
        <source>send %1 bytes of the message</source>
        <translation>envoyer %1 octets du message</translation>
    </message>
    <message>
        <source>abandon the message begun</source>
        <translation>abandonner le message commencé</translation>
    </message>
    <message>
        <source>end the session</source>
        <translation>terminer la session</translation>
    </message>
    <message>
        <source>ask whether an address exists</source>
        <translation>demander si une adresse existe</translation>
    </message>
</context>
<context>
    <name>Letterbox::Render::HtmlSanitizer</name>
    <message>
        <source>The HTML part is too large to show safely (over 2 MiB).</source>
        <translation>La partie HTML est trop grande pour être affichée sans risque (plus de 2 Mio).</translation>
    </message>
    <message>
        <source>The HTML part nests its elements too deeply to show safely.</source>
        <translation>La partie HTML imbrique ses éléments trop profondément pour être affichée sans risque.</translation>
    </message>
    <message>
        <source>The HTML part could not be read.</source>
        <translation>La partie HTML n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Render::PlainTextRenderer</name>
    <message>
        <source>[show %n quoted lines]</source>
        <translation>[afficher %n lignes citées]</translation>
    </message>
    <message>
        <source>[hide %n quoted lines]</source>
        <translation>[masquer %n lignes citées]</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::AccountSession</name>
    <message>
        <source>The cache of account %1 could not be opened: %2</source>
        <translation>Le cache du compte %1 n’a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>This message was not downloaded; get messages again to retry.</source>
        <translation>Ce message n’a pas été téléchargé&#xa0;; relevez à nouveau les messages pour réessayer.</translation>
    </message>
    <message>
        <source>You are working offline, and this message has not been downloaded yet.</source>
        <translation>Vous travaillez hors connexion et ce message n’a pas encore été téléchargé.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 messages</source>
        <translation>%1&#xa0;: %2 messages sur %3</translation>
    </message>
    <message>
        <source>%1: %2 messages</source>
        <translation>%1&#xa0;: %2 messages</translation>
    </message>
    <message>
        <source>Sending your changes to the server…</source>
        <translation>Envoi de vos modifications au serveur…</translation>
    </message>
    <message>
        <source>Your changes are kept and go to the server later: %1</source>
        <translation>Vos modifications sont conservées et seront envoyées au serveur plus tard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>A POP3 account has no folders to search on the server.</source>
        <translation>Un compte POP3 n’a pas de dossiers à rechercher sur le serveur.</translation>
    </message>
    <message>
        <source>You are working offline: only the messages already downloaded were searched.</source>
        <translation>Vous travaillez hors ligne : seuls les messages déjà téléchargés ont été recherchés.</translation>
    </message>
    <message>
        <source>The server search could not start.</source>
        <translation>La recherche sur le serveur n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Sending messages through %1…</source>
        <translation>Envoi des messages via %1…</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::AutoconfigJob</name>
    <message>
        <source>%1 is not an e-mail address with a domain autoconfiguration can look up.</source>
        <translation>%1 n’est pas une adresse e-mail dont le domaine peut être recherché par la configuration automatique.</translation>
    </message>
    <message>
        <source>not tried (probing is off)</source>
        <translation>non essayé (le sondage des noms de serveur est désactivé)</translation>
    </message>
    <message>
        <source>No configuration was found for %1; enter the servers by hand (account add).</source>
        <translation>Aucune configuration trouvée pour %1&#xa0;; saisissez les serveurs à la main (account add).</translation>
    </message>
    <message>
        <source>Asking %1</source>
        <translation>Interrogation de %1</translation>
    </message>
    <message>
        <source>a configuration for %1</source>
        <translation>une configuration pour %1</translation>
    </message>
    <message>
        <source>Looking up the SRV records of %1</source>
        <translation>Recherche des enregistrements SRV de %1</translation>
    </message>
    <message>
        <source>no SRV record for a mail service</source>
        <translation>aucun enregistrement SRV pour un service de messagerie</translation>
    </message>
    <message>
        <source>no SRV record for IMAP or POP3</source>
        <translation>aucun enregistrement SRV pour IMAP ou POP3</translation>
    </message>
    <message>
        <source>Looking up the MX record of %1</source>
        <translation>Recherche de l’enregistrement MX de %1</translation>
    </message>
    <message>
        <source>the MX host %1 names no other domain</source>
        <translation>l’hôte MX %1 ne désigne aucun autre domaine</translation>
    </message>
    <message>
        <source>Trying the usual server names of %1</source>
        <translation>Essai des noms de serveur habituels de %1</translation>
    </message>
    <message>
        <source>%1:%2 speaks TLS with a certificate that is not trusted (%3; SHA-256 %4); &apos;account test&apos; shows it for a decision.</source>
        <translation>%1:%2 parle TLS avec un certificat qui n’est pas digne de confiance (%3&#xa0;; SHA-256 %4)&#xa0;; &apos;account test&apos; l’affiche pour que vous décidiez.</translation>
    </message>
    <message>
        <source>no usual server name answered as IMAP or POP3</source>
        <translation>aucun nom de serveur habituel n’a répondu en IMAP ou POP3</translation>
    </message>
    <message>
        <source>Checking whether %1:%2 offers STARTTLS</source>
        <translation>Vérification que %1:%2 propose STARTTLS</translation>
    </message>
    <message>
        <source>%1 could not be checked for STARTTLS: %2</source>
        <translation>%1 n’a pas pu être vérifié pour STARTTLS&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was configured without encryption but offers STARTTLS: STARTTLS is proposed.</source>
        <translation>%1 était configuré sans chiffrement mais propose STARTTLS&#xa0;: STARTTLS est proposé.</translation>
    </message>
    <message>
        <source>%1 did not offer STARTTLS when checked; connecting will fail unless it does (someone on the network may be removing it).</source>
        <translation>%1 n’a pas proposé STARTTLS lors de la vérification&#xa0;; la connexion échouera tant qu’il ne le fera pas (quelqu’un sur le réseau le retire peut-être).</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::CacheHandover</name>
    <message>
        <source>%1 (local)</source>
        <translation>%1 (local)</translation>
    </message>
    <message>
        <source>%1 (local %2)</source>
        <translation>%1 (local %2)</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::CertificateWords</name>
    <message>
        <source>It was made for another server name than the one you connect to.</source>
        <translation>Il a été délivré pour un autre nom de serveur que celui auquel vous vous connectez.</translation>
    </message>
    <message>
        <source>No authority this computer trusts vouches for it: it is self-signed or issued by an unknown authority.</source>
        <translation>Aucune autorité à laquelle cet ordinateur fait confiance ne le garantit&#xa0;: il est auto-signé ou délivré par une autorité inconnue.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Il a expiré.</translation>
    </message>
    <message>
        <source>It is not valid yet (or this computer&apos;s clock is wrong).</source>
        <translation>Il n’est pas encore valide (ou l’horloge de cet ordinateur est fausse).</translation>
    </message>
    <message>
        <source>Its issuer has revoked it.</source>
        <translation>Son émetteur l’a révoqué.</translation>
    </message>
    <message>
        <source>It is not meant to identify a server.</source>
        <translation>Il n’est pas destiné à identifier un serveur.</translation>
    </message>
    <message>
        <source>Its signature does not check out: it may have been tampered with.</source>
        <translation>Sa signature n’est pas valide&#xa0;: il a peut-être été falsifié.</translation>
    </message>
    <message>
        <source>It could not be verified.</source>
        <translation>Il n’a pas pu être vérifié.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ConfigFetcher</name>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 n’a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>%1 is not an https address</source>
        <translation>%1 n’est pas une adresse https</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 n’a pas d’adresse</translation>
    </message>
    <message>
        <source>%1 sent more than %2 KiB</source>
        <translation>%1 a envoyé plus de %2 KiB</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ConnectionTest</name>
    <message>
        <source>Incoming</source>
        <translation>Serveur de réception</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Serveur d’envoi</translation>
    </message>
    <message>
        <source>%1 (%2) %3, security %4:</source>
        <translation>%1 (%2) %3, sécurité %4&#xa0;:</translation>
    </message>
    <message>
        <source>  not reached: %1</source>
        <translation>  non joint&#xa0;: %1</translation>
    </message>
    <message>
        <source>  not reached</source>
        <translation>  non joint</translation>
    </message>
    <message>
        <source>  encrypted with %1 (%2)</source>
        <translation>  chiffré avec %1 (%2)</translation>
    </message>
    <message>
        <source>  not encrypted</source>
        <translation>  non chiffré</translation>
    </message>
    <message>
        <source>  certificate: %1, issued by %2</source>
        <translation>  certificat&#xa0;: %1, émis par %2</translation>
    </message>
    <message>
        <source>  valid from %1 to %2</source>
        <translation>  valide du %1 au %2</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint %1</source>
        <translation>  empreinte SHA-256 %1</translation>
    </message>
    <message>
        <source>  trusted</source>
        <translation>  digne de confiance</translation>
    </message>
    <message>
        <source>  NOT trusted:</source>
        <translation>  PAS digne de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>  capabilities: %1</source>
        <translation>  capacités&#xa0;: %1</translation>
    </message>
    <message>
        <source>  login methods offered: %1</source>
        <translation>  méthodes de connexion proposées&#xa0;: %1</translation>
    </message>
    <message>
        <source>  login worked</source>
        <translation>  connexion réussie</translation>
    </message>
    <message>
        <source>  login refused: %1</source>
        <translation>  connexion refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>  failed: %1</source>
        <translation>  échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>  no login tried (no password stored)</source>
        <translation>  aucune connexion tentée (aucun mot de passe enregistré)</translation>
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
        <translation>%1 n’a pas d’enregistrement DNS de ce type</translation>
    </message>
    <message>
        <source>the DNS look-up of %1 failed: %2</source>
        <translation>la requête DNS pour %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the DNS look-up of %1 took longer than %2 s</source>
        <translation>la requête DNS pour %1 a pris plus de %2 s</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ImapFolderSync</name>
    <message>
        <source>The server refused to sync the folder “%1”: %2</source>
        <translation>Le serveur a refusé de synchroniser le dossier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server did not say the UIDVALIDITY of “%1”.</source>
        <translation>Le serveur n’a pas indiqué l’UIDVALIDITY de «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ImapHeaderFetch</name>
    <message>
        <source>The server did not send the headers: %1</source>
        <translation>Le serveur n’a pas envoyé les en-têtes : %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ImapJournalReplay</name>
    <message>
        <source>There is no IMAP connection to replay the offline changes on.</source>
        <translation>Il n’y a aucune connexion IMAP sur laquelle rejouer les modifications hors ligne.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>l’ouverture de %1</translation>
    </message>
    <message>
        <source>%1 was renumbered on the server (UIDVALIDITY %2, was %3) and its messages could not be found again by their Message-ID.</source>
        <translation>%1 a été renuméroté sur le serveur (UIDVALIDITY %2, auparavant %3) et ses messages n’ont pas pu être retrouvés par leur Message-ID.</translation>
    </message>
    <message>
        <source>The messages are no longer in %1 on the server.</source>
        <translation>Les messages ne sont plus dans %1 sur le serveur.</translation>
    </message>
    <message>
        <source>the flag change in %1</source>
        <translation>le changement d’indicateurs dans %1</translation>
    </message>
    <message>
        <source>moving messages from %1 to %2</source>
        <translation>le déplacement de messages de %1 vers %2</translation>
    </message>
    <message>
        <source>copying messages from %1 to %2</source>
        <translation>la copie de messages de %1 vers %2</translation>
    </message>
    <message>
        <source>removing the moved messages from %1</source>
        <translation>la suppression des messages déplacés de %1</translation>
    </message>
    <message>
        <source>deleting messages in %1</source>
        <translation>la suppression de messages dans %1</translation>
    </message>
    <message>
        <source>creating the folder %1</source>
        <translation>la création du dossier %1</translation>
    </message>
    <message>
        <source>renaming the folder %1 to %2</source>
        <translation>le renommage du dossier %1 en %2</translation>
    </message>
    <message>
        <source>deleting the folder %1</source>
        <translation>la suppression du dossier %1</translation>
    </message>
    <message>
        <source>This change cannot be replayed on the server.</source>
        <translation>Cette modification ne peut pas être rejouée sur le serveur.</translation>
    </message>
    <message>
        <source>%1 refused the copy for %2: %3</source>
        <translation>%1 a refusé d’enregistrer la copie dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The IMAP server</source>
        <translation>Le serveur IMAP</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 a refusé %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ImapOnDemandBody</name>
    <message>
        <source>Message %1 is not in the cache, or not yet on the server.</source>
        <translation>Le message %1 n’est pas dans le cache, ou pas encore sur le serveur.</translation>
    </message>
    <message>
        <source>Message %1 is in no folder of the server.</source>
        <translation>Le message %1 n’est dans aucun dossier du serveur.</translation>
    </message>
    <message>
        <source>The server refused to open “%1”: %2</source>
        <translation>Le serveur a refusé d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The folder “%1” was rebuilt on the server; sync it again.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» a été reconstruit sur le serveur&#xa0;; synchronisez-le à nouveau.</translation>
    </message>
    <message>
        <source>The server no longer has this message.</source>
        <translation>Le serveur n’a plus ce message.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ImapRetrieval</name>
    <message>
        <source>%1 did not list its folders: %2</source>
        <translation>%1 n’a pas listé ses dossiers&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no folder “%2”.</source>
        <translation>%1 n’a aucun dossier «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The folder “%1” is not in the cache.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’est pas dans le cache.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>The local folder “%1” is kept as “%2”, beside the server&apos;s “%1”.</source>
        <translation>Le dossier local « %1 » est conservé sous le nom « %2 », à côté du dossier « %1 » du serveur.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ImapServerSearch</name>
    <message>
        <source>The server could not search “%1”: %2</source>
        <translation>Le serveur n’a pas pu effectuer la recherche dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ImapWatcher</name>
    <message>
        <source>The folder “%1” is not in the cache; sync the account first.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’est pas dans le cache&#xa0;; synchronisez d’abord le compte.</translation>
    </message>
    <message>
        <source>The server refused IDLE: %1</source>
        <translation>Le serveur a refusé IDLE&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::LocalActions</name>
    <message>
        <source>There is no folder %1 in this account.</source>
        <translation>Il n’y a aucun dossier %1 dans ce compte.</translation>
    </message>
    <message>
        <source>Messages cannot move between the local folder and the server folder (%1, %2).</source>
        <translation>Les messages ne peuvent pas être déplacés entre le dossier local et le dossier du serveur (%1, %2).</translation>
    </message>
    <message>
        <source>Messages cannot be copied between the local folder and the server folder (%1, %2).</source>
        <translation>Les messages ne peuvent pas être copiés entre le dossier local et le dossier du serveur (%1, %2).</translation>
    </message>
    <message>
        <source>A message to copy is no longer in the cache.</source>
        <translation>Un message à copier n’est plus dans le cache.</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Un dossier doit avoir un nom.</translation>
    </message>
    <message>
        <source>The Inbox cannot be renamed.</source>
        <translation>La boîte de réception ne peut pas être renommée.</translation>
    </message>
    <message>
        <source>The Inbox cannot be deleted.</source>
        <translation>La boîte de réception ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a tag.</source>
        <translation>« %1 » ne peut pas être une étiquette.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::MailSession</name>
    <message>
        <source>The cache of account %1 could not be opened: %2</source>
        <translation>Le cache du compte %1 n’a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Ce compte n’existe pas.</translation>
    </message>
    <message>
        <source>No profile is open, so account %1 cannot be opened.</source>
        <translation>Aucun profil n’est ouvert, le compte %1 ne peut donc pas être ouvert.</translation>
    </message>
    <message>
        <source>Account %1 is open already.</source>
        <translation>Le compte %1 est déjà ouvert.</translation>
    </message>
    <message>
        <source>Account %1 could not be opened.</source>
        <translation>Le compte %1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>No connection of account %1 is waiting for that certificate.</source>
        <translation>Aucune connexion du compte %1 n’attend ce certificat.</translation>
    </message>
    <message>
        <source>The server of account %1 has changed since that certificate was shown.</source>
        <translation>Le serveur du compte %1 a changé depuis l’affichage de ce certificat.</translation>
    </message>
    <message>
        <source>An account cannot be renamed here.</source>
        <translation>Un compte ne peut pas être renommé ici.</translation>
    </message>
    <message>
        <source>The OAuth2 tokens of %1 may remain in the keychain: %2</source>
        <translation>Les jetons OAuth2 de %1 sont peut-être restés dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>The password of %1 may remain in the keychain: %2</source>
        <translation>Le mot de passe de %1 est peut-être resté dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Le message n’a aucun destinataire.</translation>
    </message>
    <message>
        <source>The message is no longer in the outbox.</source>
        <translation>Le message n’est plus dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>The message has not been downloaded yet.</source>
        <translation>Le message n’a pas encore été téléchargé.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::MessageContentLoader</name>
    <message>
        <source>Letterbox could not read this message from the cache: %1</source>
        <translation>Letterbox n’a pas pu lire ce message depuis le cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>This message is no longer in the cache.</source>
        <translation>Ce message n’est plus dans le cache.</translation>
    </message>
    <message>
        <source>The attachments of this message are not downloaded yet.</source>
        <translation>Les pièces jointes de ce message ne sont pas encore téléchargées.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::OutgoingMessagePreparer</name>
    <message>
        <source>The file is not a mail message: it has no header.</source>
        <translation>Le fichier n’est pas un message électronique&#xa0;: il n’a pas d’en-tête.</translation>
    </message>
    <message>
        <source>The message has no recipient: it needs a To, Cc or Bcc address.</source>
        <translation>Le message n’a aucun destinataire&#xa0;: il lui faut une adresse To, Cc ou Bcc.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::Pop3DownloadBatch</name>
    <message>
        <source>POP3 message data arrived outside a message.</source>
        <translation>Des données de message POP3 sont arrivées en dehors d’un message.</translation>
    </message>
    <message>
        <source>A POP3 message ended that never began.</source>
        <translation>Un message POP3 s’est terminé sans avoir commencé.</translation>
    </message>
    <message>
        <source>The cached copy went meanwhile.</source>
        <translation>La copie en cache a disparu entre-temps.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::Pop3Retrieval</name>
    <message>
        <source>The local folders of %1 could not be made: %2</source>
        <translation>Les dossiers locaux de %1 n’ont pas pu être créés&#xa0;: %2</translation>
    </message>
    <message>
        <source>The download from %1 was cancelled.</source>
        <translation>Le téléchargement depuis %1 a été annulé.</translation>
    </message>
    <message>
        <source>%1 does not offer UIDL; messages are told apart by their headers.</source>
        <translation>%1 ne propose pas UIDL&#xa0;; les messages sont distingués par leurs en-têtes.</translation>
    </message>
    <message>
        <source>%1 refused to list the messages: %2</source>
        <translation>%1 a refusé de lister les messages&#xa0;: %2</translation>
    </message>
    <message>
        <source>Message %1 has no usable identity and stays on the server: %2</source>
        <translation>Le message %1 n’a pas d’identité utilisable et reste sur le serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be downloaded: %2</source>
        <translation>Le message %1 n’a pas pu être téléchargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be deleted from the server: %2</source>
        <translation>Le message %1 n’a pas pu être supprimé du serveur&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) had an unusable UIDL and are told apart by their headers.</source>
        <translation>
            <numerusform>%n message avait un UIDL inutilisable et est distingué par ses en-têtes.</numerusform>
            <numerusform>%n messages avaient un UIDL inutilisable et sont distingués par leurs en-têtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not confirm the deletions; the next run sees what is left.</source>
        <translation>%1 n’a pas confirmé les suppressions&#xa0;; la prochaine exécution verra ce qui reste.</translation>
    </message>
    <message>
        <source>The cache of %1 could not store what %2 sent: %3</source>
        <translation>Le cache de %1 n’a pas pu enregistrer ce que %2 a envoyé&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) of the account&apos;s IMAP server are kept as local folders: %1.</source>
        <translation>
            <numerusform>%n dossier du serveur IMAP du compte est conservé comme dossier local : %1.</numerusform>
            <numerusform>%n dossiers du serveur IMAP du compte sont conservés comme dossiers locaux : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ServerPolicy</name>
    <message>
        <source>Account %1: %2</source>
        <translation>Compte %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::ServerProbe</name>
    <message>
        <source>%1:%2 did not answer within %3 s</source>
        <translation>%1:%2 n’a pas répondu en %3 s</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 n’a pas d’adresse</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection</source>
        <translation>%1:%2 a fermé la connexion</translation>
    </message>
    <message>
        <source>%1:%2 sent more than a capability reply</source>
        <translation>%1:%2 a envoyé plus qu’une réponse CAPABILITY</translation>
    </message>
    <message>
        <source>%1:%2 does not speak IMAP</source>
        <translation>%1:%2 ne parle pas IMAP</translation>
    </message>
    <message>
        <source>%1:%2 greeted with a refusal</source>
        <translation>%1:%2 a salué par un refus</translation>
    </message>
    <message>
        <source>%1:%2 refused CAPABILITY</source>
        <translation>%1:%2 a refusé CAPABILITY</translation>
    </message>
    <message>
        <source>%1:%2 does not speak POP3</source>
        <translation>%1:%2 ne parle pas POP3</translation>
    </message>
    <message>
        <source>%1:%2 does not speak SMTP</source>
        <translation>%1:%2 ne parle pas SMTP</translation>
    </message>
    <message>
        <source>%1:%2 greeted with %3</source>
        <translation>%1:%2 a salué par %3</translation>
    </message>
    <message>
        <source>%1:%2 refused EHLO</source>
        <translation>%1:%2 a refusé EHLO</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::SubmissionService</name>
    <message>
        <source>The message %1 in the outbox of %2 cannot be read: %3</source>
        <translation>Le message %1 de la boîte d’envoi de %2 ne peut pas être lu&#xa0;: %3</translation>
    </message>
    <message>
        <source>The outbox of %1 cannot be read: %2</source>
        <translation>La boîte d’envoi de %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to %1 ended before the message was sent.</source>
        <translation>La connexion à %1 s’est terminée avant l’envoi du message.</translation>
    </message>
    <message>
        <source>%1 accepted the message, but the outbox of %2 could not record it (%3); it is kept as &quot;may have been sent&quot;.</source>
        <translation>%1 a accepté le message, mais la boîte d’envoi de %2 n’a pas pu l’enregistrer (%3)&#xa0;; il est conservé comme «&#xa0;peut-être envoyé&#xa0;».</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Envoyé à %1.</translation>
    </message>
    <message>
        <source>Sent to %1, but %2 refused %3: %4</source>
        <translation>Envoyé à %1, mais %2 a refusé %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>No copy could be kept in Sent: %1</source>
        <translation>Aucune copie n’a pu être conservée dans «&#xa0;Envoyés&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent yet: %1 It waits in the outbox of %2 and is tried again after %3.</source>
        <translation>Pas encore envoyé&#xa0;: %1 Le message attend dans la boîte d’envoi de %2&#xa0;; un nouvel essai aura lieu après %3.</translation>
    </message>
    <message>
        <source>Not sent: %1 It stays in the outbox of %2 as failed.</source>
        <translation>Non envoyé&#xa0;: %1 Le message reste dans la boîte d’envoi de %2 comme en échec.</translation>
    </message>
    <message>
        <source>May have been sent: %1 It stays in the outbox of %2 as &quot;may have been sent&quot;; sending it again keeps its Message-ID &lt;%3&gt;.</source>
        <translation>Peut-être envoyé&#xa0;: %1 Le message reste dans la boîte d’envoi de %2 comme «&#xa0;peut-être envoyé&#xa0;»&#xa0;; s’il est renvoyé, il garde son Message-ID &lt;%3&gt;.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::SwitchPreview</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>The messages stay on the server (leave on server).</source>
        <translation>Les messages restent sur le serveur (laisser sur le serveur).</translation>
    </message>
    <message numerus="yes">
        <source>Messages are deleted from the server %n day(s) after they arrived.</source>
        <translation>
            <numerusform>Les messages sont supprimés du serveur %n jour après leur arrivée.</numerusform>
            <numerusform>Les messages sont supprimés du serveur %n jours après leur arrivée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each message is deleted from the server once it is safely stored here: other devices will no longer see it.</source>
        <translation>Chaque message est supprimé du serveur dès qu’il est stocké ici en sécurité&#xa0;: les autres appareils ne le verront plus.</translation>
    </message>
    <message>
        <source>A message is deleted from the server when you delete it here.</source>
        <translation>Un message est supprimé du serveur quand vous le supprimez ici.</translation>
    </message>
    <message>
        <source>From now on the server&apos;s folders are shown and kept in sync: read, flagged and moved messages are the same on every device.</source>
        <translation>Désormais, les dossiers du serveur sont affichés et synchronisés&#xa0;: les messages lus, suivis et déplacés sont les mêmes sur chaque appareil.</translation>
    </message>
    <message>
        <source>%1 (%2 messages) becomes &quot;%3 (local)&quot;</source>
        <translation>%1 (%2 messages) devient «&#xa0;%3 (local)&#xa0;»</translation>
    </message>
    <message>
        <source>The folders of this computer are set aside, not deleted: %1.</source>
        <translation>Les dossiers de cet ordinateur sont mis de côté, pas supprimés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Messages already downloaded that the server still has are taken over, not downloaded again, and move into the server&apos;s folders; what the server no longer has stays in the &quot;(local)&quot; folders.</source>
        <translation>Les messages déjà téléchargés que le serveur possède encore sont repris, sans être téléchargés à nouveau, et passent dans les dossiers du serveur&#xa0;; ce que le serveur n’a plus reste dans les dossiers «&#xa0;(local)&#xa0;».</translation>
    </message>
    <message>
        <source>Read, flagged and answered marks set here are sent to the server.</source>
        <translation>Les marques lu, suivi et répondu posées ici sont envoyées au serveur.</translation>
    </message>
    <message>
        <source>From now on only the server&apos;s Inbox is downloaded, to this computer.</source>
        <translation>Désormais, seule la boîte de réception du serveur est téléchargée, sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The %1 server folders (%2, %3 messages) become folders of this computer with what they hold now; changes to them are no longer sent to the server.</source>
        <translation>Les %1 dossiers du serveur (%2, %3 messages) deviennent des dossiers de cet ordinateur avec leur contenu actuel&#xa0;; leurs modifications ne sont plus envoyées au serveur.</translation>
    </message>
    <message>
        <source>Read and flagged marks stay here only; changes not yet sent to the server wait until you switch back.</source>
        <translation>Les marques lu et suivi restent ici seulement&#xa0;; les modifications pas encore envoyées au serveur attendent que vous reveniez en arrière.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::TranscriptFormat</name>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffrée</translation>
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
        <translation>Connexion %1&#xa0;: %2 pour %3 vers %4, %5, %6</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>aucun compte</translation>
    </message>
    <message>
        <source>%1 round trips, %2 bytes in, %3 bytes out, %4</source>
        <translation>%1 allers-retours, %2 octets reçus, %3 octets envoyés, %4</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>| … %1 more lines not kept</source>
        <translation>| … %1 lignes de plus non conservées</translation>
    </message>
    <message>
        <source>* %1 earlier rows not kept</source>
        <translation>* %1 lignes antérieures non conservées</translation>
    </message>
</context>
<context>
    <name>Letterbox::Services::TranscriptRecorder</name>
    <message>
        <source>[literal: %1 bytes in %2 lines]</source>
        <translation>[littéral&#xa0;: %1 octets sur %2 lignes]</translation>
    </message>
    <message>
        <source>literal data (message text or a long string), folded: expand to read it</source>
        <translation>données littérales (texte de message ou longue chaîne), repliées&#xa0;: dépliez pour les lire</translation>
    </message>
    <message>
        <source>[message: %1 bytes in %2 lines]</source>
        <translation>[message&#xa0;: %1 octets sur %2 lignes]</translation>
    </message>
    <message>
        <source>the message the server sends, folded: expand to read it</source>
        <translation>le message envoyé par le serveur, replié&#xa0;: dépliez pour le lire</translation>
    </message>
    <message>
        <source>[%1 more lines of the listing, %2 bytes]</source>
        <translation>[%1 lignes de plus de la liste, %2 octets]</translation>
    </message>
    <message>
        <source>the rest of the listing, folded</source>
        <translation>la suite de la liste, repliée</translation>
    </message>
</context>
<context>
    <name>Letterbox::Smtp::SmtpEncoder</name>
    <message>
        <source>The name for EHLO is empty.</source>
        <translation>Le nom pour EHLO est vide.</translation>
    </message>
    <message>
        <source>The name for EHLO contains a space or a control character.</source>
        <translation>Le nom pour EHLO contient une espace ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The address %1 is longer than SMTP allows.</source>
        <translation>L’adresse %1 est plus longue que ne le permet SMTP.</translation>
    </message>
    <message>
        <source>The address contains a control character (such as a line break).</source>
        <translation>L’adresse contient un caractère de contrôle (comme un saut de ligne).</translation>
    </message>
    <message>
        <source>The address %1 contains a space or an angle bracket.</source>
        <translation>L’adresse %1 contient une espace ou un chevron.</translation>
    </message>
    <message>
        <source>The address %1 has an unterminated quoted part.</source>
        <translation>L’adresse %1 a une partie entre guillemets non terminée.</translation>
    </message>
    <message>
        <source>The envelope identifier contains a character SMTP cannot carry.</source>
        <translation>L’identifiant d’enveloppe contient un caractère que SMTP ne peut pas transporter.</translation>
    </message>
    <message>
        <source>The envelope identifier is longer than 100 characters.</source>
        <translation>L’identifiant d’enveloppe dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>A recipient address is empty.</source>
        <translation>Une adresse de destinataire est vide.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Smtp::SmtpReplyParser</name>
    <message numerus="yes">
        <source>The server sent a line longer than %n octets.</source>
        <translation>
            <numerusform>Le serveur a envoyé une ligne de plus de %n octet.</numerusform>
            <numerusform>Le serveur a envoyé une ligne de plus de %n octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply.</source>
        <translation>Le serveur a envoyé une ligne qui n’est pas une réponse SMTP.</translation>
    </message>
    <message>
        <source>The server sent a reply code not followed by a space or a hyphen.</source>
        <translation>Le serveur a envoyé un code de réponse qui n’est suivi ni d’une espace ni d’un trait d’union.</translation>
    </message>
    <message>
        <source>The server changed the reply code inside a multi-line reply.</source>
        <translation>Le serveur a changé de code de réponse au milieu d’une réponse sur plusieurs lignes.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent a reply of more than %n lines.</source>
        <translation>
            <numerusform>Le serveur a envoyé une réponse de plus de %n ligne.</numerusform>
            <numerusform>Le serveur a envoyé une réponse de plus de %n lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letterbox::Smtp::SmtpSession</name>
    <message>
        <source>The server sent data before the TLS handshake; the connection was closed.</source>
        <translation>Le serveur a envoyé des données avant la négociation TLS&#xa0;; la connexion a été fermée.</translation>
    </message>
    <message>
        <source>The server broke the SMTP protocol at octet %1: %2</source>
        <translation>Le serveur a enfreint le protocole SMTP à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <source>The message was not sent: the connection to the server has ended.</source>
        <translation>Le message n’a pas été envoyé&#xa0;: la connexion au serveur est terminée.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Le message n’a aucun destinataire.</translation>
    </message>
    <message>
        <source>A recipient address is empty.</source>
        <translation>Une adresse de destinataire est vide.</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Le message n’a pas été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation>Le serveur ferme la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>The server refused EHLO</source>
        <translation>Le serveur a refusé EHLO</translation>
    </message>
    <message>
        <source>The server refused HELO</source>
        <translation>Le serveur a refusé HELO</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and this account requires it; nothing was sent unencrypted.</source>
        <translation>Le serveur ne propose pas STARTTLS et ce compte l’exige&#xa0;; rien n’a été envoyé en clair.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS (%1); the connection was closed instead of continuing unencrypted.</source>
        <translation>Le serveur a refusé STARTTLS (%1)&#xa0;; la connexion a été fermée au lieu de continuer en clair.</translation>
    </message>
    <message>
        <source>The server sent more data right after agreeing to STARTTLS; this is a sign of an attack, so the connection was closed.</source>
        <translation>Le serveur a envoyé d’autres données juste après avoir accepté STARTTLS&#xa0;; c’est le signe d’une attaque, la connexion a donc été fermée.</translation>
    </message>
    <message>
        <source>The server does not offer authentication (no AUTH in its EHLO reply).</source>
        <translation>Le serveur ne propose pas d’authentification (pas d’AUTH dans sa réponse EHLO).</translation>
    </message>
    <message>
        <source>The connection is not encrypted, and sending the login over it was not allowed.</source>
        <translation>La connexion n’est pas chiffrée, et y envoyer les identifiants n’était pas autorisé.</translation>
    </message>
    <message>
        <source>None of the server&apos;s login methods (%1) can be used with this account.</source>
        <translation>Aucune des méthodes d’authentification du serveur (%1) ne peut être utilisée avec ce compte.</translation>
    </message>
    <message>
        <source>The server sent an unexpected challenge during the %1 login.</source>
        <translation>Le serveur a envoyé un défi inattendu pendant l’authentification %1.</translation>
    </message>
    <message>
        <source>The server requires encryption for this login: %1</source>
        <translation>Le serveur exige le chiffrement pour cette authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server could not check the login just now: %1</source>
        <translation>Le serveur n’a pas pu vérifier l’authentification pour le moment&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Le serveur a refusé l’authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The message was not sent: it is %1 octets and the server accepts at most %2.</source>
        <translation>Le message n’a pas été envoyé&#xa0;: il fait %1 octets et le serveur en accepte au plus %2.</translation>
    </message>
    <message>
        <source>The message was not sent: the address %1 is not plain ASCII and the server does not accept such addresses (no SMTPUTF8).</source>
        <translation>Le message n’a pas été envoyé&#xa0;: l’adresse %1 n’est pas en ASCII pur et le serveur n’accepte pas de telles adresses (pas de SMTPUTF8).</translation>
    </message>
    <message>
        <source>The message was not sent: it contains 8-bit data and the server accepts only 7-bit messages (no 8BITMIME).</source>
        <translation>Le message n’a pas été envoyé&#xa0;: il contient des données 8 bits et le serveur n’accepte que les messages 7 bits (pas de 8BITMIME).</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>Le serveur a envoyé une réponse que personne n’a demandée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the sender address %1: %2</source>
        <translation>Le serveur a refusé l’adresse d’expéditeur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server refused every recipient: %1</source>
        <translation>Le serveur a refusé tous les destinataires&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation>Le serveur a refusé le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>aucune réponse</translation>
    </message>
    <message numerus="yes">
        <source>The server accepted the message for all %n recipient(s).</source>
        <translation>
            <numerusform>Le serveur a accepté le message pour %n destinataire.</numerusform>
            <numerusform>Le serveur a accepté le message pour les %n destinataires.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server accepted the message for %1 of %2 recipients and refused %3.</source>
        <translation>Le serveur a accepté le message pour %1 destinataires sur %2 et a refusé %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The whole message was sent, but the connection ended before the server confirmed it; it may have been delivered. (%1)</source>
        <translation>Le message a été envoyé en entier, mais la connexion s’est terminée avant que le serveur le confirme&#xa0;; il a peut-être été distribué. (%1)</translation>
    </message>
    <message>
        <source>The message was not sent completely: %1</source>
        <translation>Le message n’a pas été envoyé entièrement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::BlobBatch</name>
    <message>
        <source>Letterbox could not write the message file %1: %2.</source>
        <translation>Letterbox n’a pas pu écrire le fichier de message %1 : %2.</translation>
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
        <translation>Letterbox n’a pas pu enregistrer le dossier %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Letterbox could not create the folder %1: %2.</source>
        <translation>Letterbox n’a pas pu créer le dossier %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Letterbox could not create the message file %1: %2.</source>
        <translation>Letterbox n’a pas pu créer le fichier de message %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Letterbox could not write the message file %1: %2.</source>
        <translation>Letterbox n’a pas pu écrire le fichier de message %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Letterbox could not save the message file %1: %2.</source>
        <translation>Letterbox n’a pas pu enregistrer le fichier de message %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a stored message.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le nom d’un message stocké.</translation>
    </message>
    <message>
        <source>The stored message %1 is missing.</source>
        <translation>Le message stocké %1 est introuvable.</translation>
    </message>
    <message>
        <source>Letterbox could not read the message file %1: %2.</source>
        <translation>Letterbox n’a pas pu lire le fichier de message %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Letterbox could not remove the message file %1: %2.</source>
        <translation>Letterbox n’a pas pu supprimer le fichier de message %1&#xa0;: %2.</translation>
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
        <translation>Letterbox n’a pas pu écrire le fichier de message %1&#xa0;: %2.</translation>
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
        <translation>Le fichier de message %1 n’est pas stocké&#xa0;; le corps n’a pas été enregistré.</translation>
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
        <translation>Letterbox n’a pas pu ouvrir son cache de messages %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This build of Letterbox has no cache schema.</source>
        <translation>Cette compilation de Letterbox ne contient aucun schéma de cache.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file, but not a Letterbox mail cache; Letterbox leaves it alone.</source>
        <translation>%1 est un fichier SQLite, mais pas un cache de messages de Letterbox&#xa0;; Letterbox n’y touche pas.</translation>
    </message>
    <message>
        <source>The mail cache %1 was made by a newer version of Letterbox (cache version %2; this version knows up to %3). Update Letterbox, or remove the cache to download the mail again.</source>
        <translation>Le cache de messages %1 a été créé par une version plus récente de Letterbox (version de cache %2&#xa0;; cette version connaît les versions jusqu’à %3). Mettez à jour Letterbox, ou supprimez le cache pour télécharger à nouveau les messages.</translation>
    </message>
    <message>
        <source>Letterbox could not update its mail cache %1 to version %2: %3</source>
        <translation>Letterbox n’a pas pu mettre à jour son cache de messages %1 vers la version %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The mail cache is not open.</source>
        <translation>Le cache de messages n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The disk is full: Letterbox could not update its mail cache %1.</source>
        <translation>Le disque est plein&#xa0;: Letterbox n’a pas pu mettre à jour son cache de messages %1.</translation>
    </message>
    <message>
        <source>The mail cache %1 is in use by another Letterbox process that did not let go.</source>
        <translation>Le cache de messages %1 est utilisé par un autre processus Letterbox qui ne le libère pas.</translation>
    </message>
    <message>
        <source>Letterbox could not read or update its mail cache %1: %2.</source>
        <translation>Letterbox n’a pas pu lire ou mettre à jour son cache de messages %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A change that must survive a power cut was started inside an ordinary transaction.</source>
        <translation>Une modification qui doit survivre à une coupure de courant a été lancée dans une transaction ordinaire.</translation>
    </message>
    <message>
        <source>An earlier step of this change failed, so none of it was saved.</source>
        <translation>Une étape précédente de cette modification a échoué&#xa0;; rien n’en a donc été enregistré.</translation>
    </message>
    <message>
        <source>Letterbox could not move %1 out of the way.</source>
        <translation>Letterbox n’a pas pu mettre %1 de côté.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n’est pas une base de données SQLite</translation>
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
        <translation>Un dossier nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The folder “%1” exists only on this computer.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The folder “%1” changed its UIDVALIDITY; its cache must be reset first.</source>
        <translation>La valeur UIDVALIDITY du dossier «&#xa0;%1&#xa0;» a changé&#xa0;; son cache doit d’abord être réinitialisé.</translation>
    </message>
    <message>
        <source>There is no folder %1 in the cache.</source>
        <translation>Le cache ne contient aucun dossier %1.</translation>
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
        <translation>La copie stockée de ce message est introuvable&#xa0;; il ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>The stored copy of this message is missing; it cannot be uploaded.</source>
        <translation>La copie stockée de ce message est introuvable&#xa0;; il ne peut pas être téléversé.</translation>
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
    <message>
        <source>A message&apos;s body state and its stored file disagree (full or partial needs a file, and only they have one).</source>
        <translation>L’état du corps d’un message et son fichier stocké ne concordent pas (un corps complet ou partiel exige un fichier, et eux seuls en ont un).</translation>
    </message>
    <message>
        <source>The message file %1 is not stored; its row was not saved.</source>
        <translation>Le fichier de message %1 n’est pas stocké&#xa0;; son entrée n’a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>Letterbox::Store::OfflineJournal</name>
    <message>
        <source>The message to upload is not stored; the change was not saved.</source>
        <translation>Le message à téléverser n’est pas stocké&#xa0;; la modification n’a pas été enregistrée.</translation>
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
        <translation>Le message à envoyer n’est pas stocké&#xa0;; il n’a pas été mis en file d’attente.</translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox.</source>
        <translation>La boîte d’envoi ne contient aucun message %1.</translation>
    </message>
    <message>
        <source>The outbox message %1 is %2 and cannot become %3.</source>
        <translation>Le message %1 de la boîte d’envoi est à l’état «&#xa0;%2&#xa0;» et ne peut pas passer à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Letterbox stopped while sending this message; the server may have received it.</source>
        <translation>Letterbox s’est arrêté pendant l’envoi de ce message&#xa0;; le serveur l’a peut-être reçu.</translation>
    </message>
    <message>
        <source>The outbox message %1 is being sent.</source>
        <translation>Le message %1 de la boîte d’envoi est en cours d’envoi.</translation>
    </message>
    <message>
        <source>The outbox message %1 is not being sent, so it cannot be marked sent.</source>
        <translation>Le message %1 de la boîte d’envoi n’est pas en cours d’envoi&#xa0;; il ne peut donc pas être marqué comme envoyé.</translation>
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
        <translation>Le message POP3 n’est pas stocké avec son corps dans le cache&#xa0;; il doit donc rester sur le serveur.</translation>
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
    <name>MailSession</name>
    <message>
        <source>There is no such account.</source>
        <translation>Ce compte n’existe pas.</translation>
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
    <name>NetError</name>
    <message>
        <source>The server %1 could not be found: %2.</source>
        <translation>Le serveur %1 est introuvable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no server is listening on that port.</source>
        <translation>%1 a refusé la connexion&#xa0;: aucun serveur n’écoute sur ce port.</translation>
    </message>
    <message>
        <source>%1 timed out after %2 s while %3.</source>
        <translation>Délai dépassé avec %1 après %2 s pendant %3.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2.</source>
        <translation>Le certificat de %1 n’est pas digne de confiance&#xa0;: %2.</translation>
    </message>
    <message>
        <source>verification failed</source>
        <translation>échec de la vérification</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>La négociation TLS avec %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The connection to %1 was refused for security: %2.</source>
        <translation>La connexion à %1 a été refusée pour raison de sécurité&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 a fermé la connexion.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The connection to %1 was cancelled.</source>
        <translation>La connexion à %1 a été annulée.</translation>
    </message>
    <message>
        <source>The certificate of %1 has CHANGED since it was accepted: the server now shows SHA-256 %2, not the accepted %3, and the new one is not trusted (%4). Someone may be intercepting the connection; nothing was sent.</source>
        <translation>Le certificat de %1 a CHANGÉ depuis qu’il a été accepté&#xa0;: le serveur présente maintenant SHA-256 %2, et non %3 qui avait été accepté, et le nouveau n’est pas digne de confiance (%4). Quelqu’un intercepte peut-être la connexion&#xa0;; rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>The CA certificate file %1 cannot be read: %2.</source>
        <translation>Impossible de lire le fichier de certificats CA %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 is too large to be a certificate.</source>
        <translation>Le fichier de certificats CA %1 est trop volumineux pour être un certificat.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM.</translation>
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
    <message>
        <source>A mailto: link (RFC 6068) to write a message to.</source>
        <translation>Un lien mailto: (RFC 6068) pour lequel ouvrir un nouveau message.</translation>
    </message>
    <message>
        <source>letterbox: %1 is not a mailto: link.</source>
        <translation>letterbox&#xa0;: %1 n’est pas un lien mailto:.</translation>
    </message>
</context>
</TS>
