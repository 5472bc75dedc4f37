<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Checking the database…</source>
            <translation>Vérification de la base de données…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Open a backup for review…</source>
            <translation>Consulter une sauvegarde…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Look through a backup file read-only (for bookkeepers)</source>
            <translation>Consulter un fichier de sauvegarde en lecture seule (pour les comptables)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Starting the database in {folder}…</source>
            <translation>Démarrage de la base de données dans {folder}…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Connecting to {host}…</source>
            <translation>Connexion à {host}…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Connecting to the server…</source>
            <translation>Connexion au serveur…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>PostgreSQL server {host}</source>
            <translation>Serveur PostgreSQL {host}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>PostgreSQL server on the local socket</source>
            <translation>Serveur PostgreSQL sur le socket local</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Data folder: {folder}</source>
            <translation>Dossier des données : {folder}</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/members.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Operator</source>
            <translation>Opérateur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Operator no.</source>
            <translation>N° opérateur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/base.py" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/base.py" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Offer</source>
            <translation>Offre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Want</source>
            <translation>Demande</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Expired</source>
            <translation>Expirée</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Withdrawn</source>
            <translation>Retirée</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Member name</source>
            <translation>Nom du membre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/members.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Expires</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Created</source>
            <translation>Créée</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Updated</source>
            <translation>Modifiée</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Suspended</source>
            <translation>Suspendu</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Left</source>
            <translation>Parti</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Joined</source>
            <translation>Adhésion</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>In directory</source>
            <translation>Dans l'annuaire</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Credit limit</source>
            <translation>Limite de crédit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Upper limit</source>
            <translation>Limite haute</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Disputed</source>
            <translation>Contesté</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Reversed</source>
            <translation>Annulé (contre-passé)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Buyer</source>
            <translation>Acheteur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Buyer's name</source>
            <translation>Nom de l'acheteur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Seller</source>
            <translation>Vendeur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Seller's name</source>
            <translation>Nom du vendeur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Slip</source>
            <translation>Bon</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Listing</source>
            <translation>Annonce</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Transaction</source>
            <translation>Opération</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reversal</source>
            <translation>Annulation</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Resolution</source>
            <translation>Résolution</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Slip batch</source>
            <translation>Lot de bons</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Recorded by</source>
            <translation>Saisi par</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Recorded</source>
            <translation>Saisi le</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Transfer</source>
            <translation>Virement</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Trade</source>
            <translation>Échange</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Levy</source>
            <translation>Cotisation</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Opening</source>
            <translation>Ouverture</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Adjustment</source>
            <translation>Ajustement</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Memo</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Category no.</source>
            <translation>N° catégorie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reverses</source>
            <translation>Annule</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reversed by</source>
            <translation>Annulé par</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Posted by</source>
            <translation>Passé par</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Account no.</source>
            <translation>N° compte</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Balance after</source>
            <translation>Solde après</translation>
        </message>
    </context>
    <context>
        <name>accessibility</name>
        <message>
            <location filename="../../localex_desktop/ui/accessibility.py" />
            <source>&amp;Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/accessibility.py" />
            <source>{percent} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/accessibility.py" />
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/accessibility.py" />
            <source>The text will be shown at {percent} % when the program starts again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/accessibility.py" />
            <source>Error: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/accessibility.py" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/accessibility.py" />
            <source>below zero</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>backup.actions</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Not in review mode: this is a read-only copy</source>
            <translation>Impossible en mode consultation : c'est une copie en lecture seule</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Your role ({role}) may not do this</source>
            <translation>Votre rôle ({role}) ne permet pas cette action</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Reading the schema…</source>
            <translation>Lecture du schéma…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>There is no earlier schema revision to go down to.</source>
            <translation>Il n'y a pas de révision antérieure du schéma.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>The database is now at schema {revision}.</source>
            <translation>La base de données est maintenant au schéma {revision}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>This version of LocalEx Desktop needs the newer schema, so it closes now. Open the database with the older version of the program.</source>
            <translation>Cette version de LocalEx Desktop exige le schéma plus récent ; elle se ferme donc. Ouvrez la base de données avec l'ancienne version du programme.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Back up now…</source>
            <translation>&amp;Sauvegarder maintenant…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Write a backup file of the database</source>
            <translation>Écrire un fichier de sauvegarde de la base de données</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Replace the data with a backup (a safety backup first)</source>
            <translation>Remplacer les données par une sauvegarde (après une sauvegarde de sécurité)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Verify a backup…</source>
            <translation>&amp;Vérifier une sauvegarde…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Check that a backup file restores and verifies</source>
            <translation>Vérifier qu'un fichier de sauvegarde se restaure et se vérifie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Open a backup for review…</source>
            <translation>&amp;Consulter une sauvegarde…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Look through a backup read-only, without touching the current data</source>
            <translation>Consulter une sauvegarde en lecture seule, sans toucher aux données actuelles</translation>
        </message>
    </context>
    <context>
        <name>backup.backup_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>A folder, e.g. on a USB stick</source>
            <translation>Un dossier, p. ex. sur une clé USB</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Encrypt the backup with a passphrase</source>
            <translation>Chiffrer la sauvegarde avec une phrase secrète</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>The file holds members' names, addresses and phone numbers: encrypt it when it leaves this computer (a USB stick, email). Without the passphrase nobody, not even you, can restore it, so keep it somewhere safe.</source>
            <translation>Le fichier contient les noms, adresses et téléphones des membres : chiffrez-le s'il quitte cet ordinateur (clé USB, e-mail). Sans la phrase secrète, personne, pas même vous, ne peut le restaurer : conservez-la en lieu sûr.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Save in folder:</source>
            <translation>Enregistrer dans :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Passphrase:</source>
            <translation>Phrase secrète :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Same again:</source>
            <translation>Confirmation :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Open the folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Folder for the backup</source>
            <translation>Dossier de la sauvegarde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>A backup is one .localex file holding everything: members, accounts, the ledger and the settings.</source>
            <translation>Une sauvegarde est un fichier .localex qui contient tout : membres, comptes, grand livre et paramètres.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Back up</source>
            <translation>Sauvegarder</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Backing up to {folder}</source>
            <translation>Sauvegarde dans {folder}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>The backup was written.</source>
            <translation>La sauvegarde a été écrite.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Size:</source>
            <translation>Taille :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>SHA-256:</source>
            <translation>SHA-256 :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Made:</source>
            <translation>Créée le :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Encrypted:</source>
            <translation>Chiffrée :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Cancelled: no backup file was written.</source>
            <translation>Annulé : aucun fichier de sauvegarde n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>The backup failed</source>
            <translation>La sauvegarde a échoué</translation>
        </message>
    </context>
    <context>
        <name>backup.logic</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>At least %n character(s).</source>
            <translation>
                <numerusform>Au moins %n caractère.</numerusform>
                <numerusform>Au moins %n caractères.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Too short: {length} of at least %n character(s).</source>
            <translation>
                <numerusform>Trop court : {length} sur au moins %n caractère.</numerusform>
                <numerusform>Trop court : {length} sur au moins %n caractères.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Strong.</source>
            <translation>Solide.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Fair. A few more words make it stronger.</source>
            <translation>Moyen. Quelques mots de plus le rendront plus solide.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Weak: easy to guess. Use three or four unrelated words.</source>
            <translation>Faible : facile à deviner. Utilisez trois ou quatre mots sans rapport.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Made:</source>
            <translation>Créée le :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{when} by {who}</source>
            <translation>{when} par {who}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Program version:</source>
            <translation>Version du programme :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Schema revision:</source>
            <translation>Révision du schéma :</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln membre</numerusform>
                <numerusform>%Ln membres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln compte</numerusform>
                <numerusform>%Ln comptes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln listing(s)</source>
            <translation>
                <numerusform>%Ln annonce</numerusform>
                <numerusform>%Ln annonces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln trade(s)</source>
            <translation>
                <numerusform>%Ln échange</numerusform>
                <numerusform>%Ln échanges</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln operator(s)</source>
            <translation>
                <numerusform>%Ln opérateur</numerusform>
                <numerusform>%Ln opérateurs</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Holds:</source>
            <translation>Contient :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{transactions}, {entries}; balances sum to zero</source>
            <translation>{transactions}, {entries} ; la somme des soldes est nulle</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{transactions}, {entries}; balances sum to {sum} (smallest units)</source>
            <translation>{transactions}, {entries} ; somme des soldes : {sum} (plus petites unités)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Ledger:</source>
            <translation>Grand livre :</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln transaction(s)</source>
            <translation>
                <numerusform>%Ln opération</numerusform>
                <numerusform>%Ln opérations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln entr(y|ies)</source>
            <translation>
                <numerusform>%Ln écriture</numerusform>
                <numerusform>%Ln écritures</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Chain digest:</source>
            <translation>Empreinte de la chaîne :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Label:</source>
            <translation>Libellé :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Encrypted:</source>
            <translation>Chiffrée :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>— (not set up)</source>
            <translation>— (non configuré)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{revision}: newer than this program knows ({latest})</source>
            <translation>{revision} : plus récent que ce que connaît ce programme ({latest})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{revision}: older; it will be brought up to {latest} after restoring</source>
            <translation>{revision} : plus ancien ; il sera mis à niveau en {latest} après la restauration</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{revision} (the same as this program's)</source>
            <translation>{revision} (le même que ce programme)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Choose a folder for the backup.</source>
            <translation>Choisissez un dossier pour la sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>The folder must be a full path.</source>
            <translation>Le dossier doit être un chemin complet.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} est un fichier, pas un dossier.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>The passphrase needs at least %n character(s).</source>
            <translation>
                <numerusform>La phrase secrète doit avoir au moins %n caractère.</numerusform>
                <numerusform>La phrase secrète doit avoir au moins %n caractères.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes diffèrent.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Choose a backup file.</source>
            <translation>Choisissez un fichier de sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Your current data will be kept as a safety backup in {folder} (a file named localex-…-before-restore.localex) before anything is replaced.</source>
            <translation>Vos données actuelles seront conservées comme sauvegarde de sécurité dans {folder} (un fichier nommé localex-…-before-restore.localex) avant tout remplacement.</translation>
        </message>
    </context>
    <context>
        <name>backup.migration_wizard</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>DOWNGRADE</source>
            <translation>DOWNGRADE</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Upgrade to schema {revision}</source>
            <translation>Mise à niveau vers le schéma {revision}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Downgrade to schema {revision}</source>
            <translation>Retour au schéma {revision}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Please wait; do not switch the computer off.</source>
            <translation>Veuillez patienter ; n'éteignez pas l'ordinateur.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>All steps completed.</source>
            <translation>Toutes les étapes sont terminées.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Upgrade the database</source>
            <translation>Mettre à niveau la base de données</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>The database is at schema {current}; this version of LocalEx Desktop needs {target}. These changes will be applied:</source>
            <translation>La base de données est au schéma {current} ; cette version de LocalEx Desktop exige {target}. Ces modifications seront appliquées :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>The database is at schema (empty); this version of LocalEx Desktop needs {target}. These changes will be applied:</source>
            <translation>La base de données est au schéma (vide) ; cette version de LocalEx Desktop exige {target}. Ces modifications seront appliquées :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Changes to apply</source>
            <translation>Modifications à appliquer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>First a backup is written to {folder}. Then the changes are applied and the ledger is verified. If anything fails, the backup is put back and you are told what happened. Other computers that use this database need this version of the program afterwards.</source>
            <translation>Une sauvegarde est d'abord écrite dans {folder}. Puis les modifications sont appliquées et le grand livre est vérifié. En cas d'échec, la sauvegarde est remise en place et vous êtes informé de ce qui s'est passé. Les autres ordinateurs qui utilisent cette base auront ensuite besoin de cette version du programme.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>The database needs an upgrade before it can be opened.</source>
            <translation>La base de données doit être mise à niveau avant de pouvoir être ouverte.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Back up and upgrade</source>
            <translation>Sauvegarder et mettre à niveau</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Downgrade the database</source>
            <translation>Revenir à un schéma antérieur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Changes to undo</source>
            <translation>Modifications à défaire</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>A downgrade undoes schema changes and can remove data that only the newer schema holds. Afterwards this version of LocalEx Desktop cannot open the database: it closes, and you open the database with the older version.</source>
            <translation>Un retour en arrière défait des modifications du schéma et peut supprimer des données que seul le schéma récent contient. Ensuite, cette version de LocalEx Desktop ne peut plus ouvrir la base : elle se ferme, et vous ouvrez la base avec l'ancienne version.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Down to revision:</source>
            <translation>Jusqu'à la révision :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Type DOWNGRADE to confirm:</source>
            <comment>DOWNGRADE: the same word as its own translation, which is what is typed</comment>
            <translation>Tapez DOWNGRADE pour confirmer :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>These changes will be undone:</source>
            <translation>Ces modifications seront défaites :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>A backup is written first.</source>
            <translation>Une sauvegarde est d'abord écrite.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Back up and downgrade</source>
            <translation>Sauvegarder et revenir en arrière</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Close the program</source>
            <translation>Fermer le programme</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Reading the schema…</source>
            <translation>Lecture du schéma…</translation>
        </message>
    </context>
    <context>
        <name>backup.others</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>Ask them to close, and disconnect them after {seconds} s</source>
            <translation>Leur demander de fermer, puis les déconnecter après {seconds} s</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>Looking for others connected to the database…</source>
            <translation>Recherche d'autres connexions à la base de données…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>{others} The upgrade changes the database under them: their windows are asked to close and go back to the sign-in.</source>
            <translation>{others} La mise à niveau modifie la base sous leurs yeux : leurs fenêtres doivent se fermer et revenir à la connexion.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>{others} The restore replaces the data under them: their windows are asked to close and go back to the sign-in.</source>
            <translation>{others} La restauration remplace les données sous leurs yeux : leurs fenêtres doivent se fermer et revenir à la connexion.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>Nobody else is connected.</source>
            <translation>Personne d'autre n'est connecté.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>%n other(s) (is|are) connected: {who}.</source>
            <translation>
                <numerusform>%n autre personne est connectée : {who}.</numerusform>
                <numerusform>%n autres personnes sont connectées : {who}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>backup.panel</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> hours</source>
            <translation> heures</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Back up now…</source>
            <translation>Sauvegarder maintenant…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Restore…</source>
            <translation>Restaurer…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Verify a backup…</source>
            <translation>Vérifier une sauvegarde…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Migrate…</source>
            <translation>Mettre à niveau…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Downgrade…</source>
            <translation>Revenir en arrière…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Write a backup file now</source>
            <translation>Écrire un fichier de sauvegarde maintenant</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Replace the data with a backup (safety backup first)</source>
            <translation>Remplacer les données par une sauvegarde (sauvegarde de sécurité d'abord)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Check that a backup file restores</source>
            <translation>Vérifier qu'un fichier de sauvegarde se restaure</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Apply pending schema changes (backup first)</source>
            <translation>Appliquer les modifications de schéma en attente (sauvegarde d'abord)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Go back to an earlier schema (backup first)</source>
            <translation>Revenir à un schéma antérieur (sauvegarde d'abord)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Kept for this computer: another coordinator's computer has its own folder</source>
            <translation>Propre à cet ordinateur : l'ordinateur d'un autre coordinateur a son propre dossier</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> daily</source>
            <translation> quotidiennes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> weekly</source>
            <translation> hebdomadaires</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> monthly</source>
            <translation> mensuelles</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Daily backups to keep</source>
            <translation>Sauvegardes quotidiennes à conserver</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Weekly backups to keep</source>
            <translation>Sauvegardes hebdomadaires à conserver</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Monthly backups to keep</source>
            <translation>Sauvegardes mensuelles à conserver</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Save backup settings</source>
            <translation>Enregistrer les paramètres de sauvegarde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup folder:</source>
            <translation>Dossier de sauvegarde :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Keep:</source>
            <translation>Conserver :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Automatic backup every:</source>
            <translation>Sauvegarde automatique toutes les :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Warn when older than:</source>
            <translation>Avertir si plus ancienne que :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Automatic backups go to the backup folder while the program runs and when it closes; older ones are removed by the rules below (the newest is always kept).</source>
            <translation>Les sauvegardes automatiques vont dans le dossier de sauvegarde pendant que le programme tourne et à sa fermeture ; les plus anciennes sont supprimées selon les règles ci-dessous (la plus récente est toujours conservée).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup folder</source>
            <translation>Dossier de sauvegarde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup settings saved.</source>
            <translation>Paramètres de sauvegarde enregistrés.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup written.</source>
            <translation>Sauvegarde écrite.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Reading the schema…</source>
            <translation>Lecture du schéma…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>The database schema is up to date ({revision}).</source>
            <translation>Le schéma de la base de données est à jour ({revision}).</translation>
        </message>
    </context>
    <context>
        <name>backup.progress</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Starting…</source>
            <translation>Démarrage…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Cancelling… (the work stops at the next safe point)</source>
            <translation>Annulation… (le travail s'arrête au prochain point sûr)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Switching over: this step cannot be cancelled.</source>
            <translation>Basculement : cette étape ne peut pas être annulée.</translation>
        </message>
    </context>
    <context>
        <name>backup.restore_wizard</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>LocalEx backups (*{suffix});;All files (*)</source>
            <translation>Sauvegardes LocalEx (*{suffix});;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Choose a backup</source>
            <translation>Choisir une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>A {suffix} file</source>
            <translation>Un fichier {suffix}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>&amp;Backup file:</source>
            <translation>&amp;Fichier de sauvegarde :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Passphrase:</source>
            <translation>Phrase secrète :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>This backup is encrypted. Enter the passphrase it was made with.</source>
            <translation>Cette sauvegarde est chiffrée. Saisissez la phrase secrète utilisée pour la créer.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Replace the current data with this backup</source>
            <translation>Remplacer les données actuelles par cette sauvegarde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Choose the backup file to restore.</source>
            <translation>Choisissez le fichier de sauvegarde à restaurer.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Check that this is the backup you mean: the data it holds replaces everything in the database now.</source>
            <translation>Vérifiez que c'est bien la bonne sauvegarde : ses données remplacent tout le contenu actuel de la base.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>This file cannot be restored.</source>
            <translation>Ce fichier ne peut pas être restauré.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Checking the whole file…</source>
            <translation>Vérification du fichier entier…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Checking the passphrase and the whole file…</source>
            <translation>Vérification de la phrase secrète et du fichier entier…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restoring {name}</source>
            <translation>Restauration de {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restored:</source>
            <translation>Restauré :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>backup of {when}</source>
            <translation>sauvegarde du {when}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Schema now:</source>
            <translation>Schéma actuel :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Brought up from:</source>
            <translation>Mis à niveau depuis :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>schema {revision}</source>
            <translation>schéma {revision}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Ledger:</source>
            <translation>Grand livre :</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>verified, %Ln transaction(s)</source>
            <translation>
                <numerusform>vérifiée, %Ln opération</numerusform>
                <numerusform>vérifiée, %Ln opérations</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Safety backup:</source>
            <translation>Sauvegarde de sécurité :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Previous data:</source>
            <translation>Données précédentes :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>also kept as database {name}</source>
            <translation>aussi conservées dans la base {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Took:</source>
            <translation>Durée :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>The backup was restored and verified.</source>
            <translation>La sauvegarde a été restaurée et vérifiée.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Cancelled. Nothing was changed.</source>
            <translation>Annulé. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Your current data is unchanged.</source>
            <translation>Vos données actuelles sont inchangées.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>The restore did not happen: {message}</source>
            <translation>La restauration n'a pas eu lieu : {message}</translation>
        </message>
    </context>
    <context>
        <name>backup.scheduler</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Automatic backup written: {path}</source>
            <translation>Sauvegarde automatique écrite : {path}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>The automatic backup failed: {message}</source>
            <translation>La sauvegarde automatique a échoué : {message}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Automatic backup failed</source>
            <translation>Échec de la sauvegarde automatique</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Backing up before closing…</source>
            <translation>Sauvegarde avant la fermeture…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Closing</source>
            <translation>Fermeture</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>The backup on closing failed</source>
            <translation>La sauvegarde à la fermeture a échoué</translation>
        </message>
    </context>
    <context>
        <name>backup.steps</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/steps.py" />
            <source>{title} — {program}</source>
            <translation>{title} — {program}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/steps.py" />
            <source>&lt; Back</source>
            <translation>&lt; Précédent</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/steps.py" />
            <source>Next &gt;</source>
            <translation>Suivant &gt;</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/steps.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>backup.verify_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Verify a backup</source>
            <translation>Vérifier une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>A {suffix} file</source>
            <translation>Un fichier {suffix}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Backup &amp;file:</source>
            <translation>&amp;Fichier de sauvegarde :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Differences</source>
            <translation>Différences</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>The backup is restored into a scratch database, compared with its manifest, and its ledger is verified. Nothing in the current data changes.</source>
            <translation>La sauvegarde est restaurée dans une base temporaire, comparée à son manifeste, et son grand livre est vérifié. Les données actuelles ne changent pas.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Verify</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Verifying {name}</source>
            <translation>Vérification de {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Checked after:</source>
            <translation>Vérifiée après :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>bringing it up from schema {revision}</source>
            <translation>mise à niveau depuis le schéma {revision}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Checked in:</source>
            <translation>Vérifiée en :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>OK: the backup of {when} restores, matches its manifest, and its ledger verifies.</source>
            <translation>OK : la sauvegarde du {when} se restaure, correspond à son manifeste et son grand livre est vérifié.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>The backup does not verify: %n difference(s) or problem(s).</source>
            <translation>
                <numerusform>La vérification de la sauvegarde échoue : %n différence ou problème.</numerusform>
                <numerusform>La vérification de la sauvegarde échoue : %n différences ou problèmes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>The backup does not verify: {message}</source>
            <translation>La vérification de la sauvegarde échoue : {message}</translation>
        </message>
    </context>
    <context>
        <name>connection_status</name>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>Database connection</source>
            <translation>Connexion à la base de données</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>The database server at {host}</source>
            <translation>Le serveur de base de données {host}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>The database</source>
            <translation>La base de données</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>connected</source>
            <translation>connecté</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>not answering, reconnecting…</source>
            <translation>ne répond pas, reconnexion…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>{where} is not answering. LocalEx Desktop reconnects by itself; what you try meanwhile is refused with a message and nothing is half-saved.</source>
            <translation>{where} ne répond pas. LocalEx Desktop se reconnecte tout seul ; ce que vous tentez entre-temps est refusé avec un message et rien n'est enregistré à moitié.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>Connected again: the database server at {host} answers; every page was refreshed.</source>
            <translation>Reconnecté : le serveur de base de données {host} répond ; toutes les pages ont été actualisées.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>Connected again: the database answers; every page was refreshed.</source>
            <translation>Reconnecté : la base de données répond ; toutes les pages ont été actualisées.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>offline, trying again…</source>
            <translation>hors ligne, nouvel essai…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>{where} has not answered for %n second(s) or more. LocalEx Desktop keeps trying and comes back by itself; check that the server is running and this computer's network.</source>
            <translation>
                <numerusform>{where} ne répond plus depuis %n seconde ou plus. LocalEx Desktop continue d'essayer et revient tout seul ; vérifiez que le serveur fonctionne et le réseau de cet ordinateur.</numerusform>
                <numerusform>{where} ne répond plus depuis %n secondes ou plus. LocalEx Desktop continue d'essayer et revient tout seul ; vérifiez que le serveur fonctionne et le réseau de cet ordinateur.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>{place} — {state}</source>
            <translation>{place} — {state}</translation>
        </message>
    </context>
    <context>
        <name>context</name>
        <message>
            <location filename="../../localex_desktop/ui/context.py" />
            <source>Server: {host}</source>
            <translation>Serveur : {host}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/context.py" />
            <source>Server: local socket</source>
            <translation>Serveur : socket local</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/context.py" />
            <source>Backup under review (read-only)</source>
            <translation>Sauvegarde en consultation (lecture seule)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/context.py" />
            <source>Embedded database</source>
            <translation>Base de données intégrée</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>{where} is not answering; LocalEx will reconnect.</source>
            <translation>{where} ne répond pas ; LocalEx va se reconnecter.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>Nothing is saved by halves meanwhile. The status bar says when it is connected again; try once more then. If it stays offline, check that the server is running.</source>
            <translation>Rien n'est enregistré à moitié entre-temps. La barre d'état indique quand la connexion est rétablie ; réessayez alors. Si elle reste hors ligne, vérifiez que le serveur fonctionne.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>Something went wrong. This is a fault in LocalEx Desktop, not something you did.</source>
            <translation>Un problème est survenu. C'est une erreur de LocalEx Desktop, pas de votre fait.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>The details were written to the log file:
{file}</source>
            <translation>Les détails ont été écrits dans le fichier journal :
{file}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>{program} — error</source>
            <translation>{program} — erreur</translation>
        </message>
    </context>
    <context>
        <name>exporting</name>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>CSV file (*.csv)</source>
            <translation>Fichier CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>CSV, as my spreadsheet reads it (*.csv)</source>
            <translation>CSV, tel que mon tableur le lit (*.csv)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export members</source>
            <translation>Exporter les membres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export listings</source>
            <translation>Exporter les annonces</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export trades</source>
            <translation>Exporter les échanges</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export ledger entries</source>
            <translation>Exporter les écritures</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export audit log entries</source>
            <translation>Exporter le journal des modifications</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export {what}</source>
            <translation>Exporter {what}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln member(s) to {file}.</source>
            <translation>
                <numerusform>%Ln membre exporté dans {file}.</numerusform>
                <numerusform>%Ln membres exportés dans {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln listing(s) to {file}.</source>
            <translation>
                <numerusform>%Ln annonce exportée dans {file}.</numerusform>
                <numerusform>%Ln annonces exportées dans {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln trade(s) to {file}.</source>
            <translation>
                <numerusform>%Ln échange exporté dans {file}.</numerusform>
                <numerusform>%Ln échanges exportés dans {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln ledger entr(y|ies) to {file}.</source>
            <translation>
                <numerusform>%Ln écriture exportée dans {file}.</numerusform>
                <numerusform>%Ln écritures exportées dans {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln audit log entr(y|ies) to {file}.</source>
            <translation>
                <numerusform>%Ln entrée du journal des modifications exportée dans {file}.</numerusform>
                <numerusform>%Ln entrées du journal des modifications exportées dans {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln row(s) to {file}.</source>
            <translation>
                <numerusform>%Ln ligne exportée dans {file}.</numerusform>
                <numerusform>%Ln lignes exportées dans {file}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the members this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation>Enregistrer les membres affichés, avec les filtres, en fichier CSV ou en classeur Excel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the listings this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation>Enregistrer les annonces affichées, avec les filtres, en fichier CSV ou en classeur Excel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the trades this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation>Enregistrer les échanges affichés, avec les filtres, en fichier CSV ou en classeur Excel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the ledger entries this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation>Enregistrer les écritures affichées, avec les filtres, en fichier CSV ou en classeur Excel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the audit log entries this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation>Enregistrer les entrées du journal des modifications affichées, avec les filtres, en fichier CSV ou en classeur Excel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the rows this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation>Enregistrer les lignes affichées, avec les filtres, en fichier CSV ou en classeur Excel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>The file is in {folder}.</source>
            <translation>Le fichier est dans {folder}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
    </context>
    <context>
        <name>first_run.admin_page</name>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>Create the first administrator</source>
            <translation>Créer le premier administrateur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>The administrator sets up the exchange and adds the other coordinators and bookkeepers. You sign in with this name and password.</source>
            <translation>L'administrateur configure le SEL et ajoute les autres coordinateurs et comptables. Vous vous connectez avec ce nom et ce mot de passe.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>for example: anna</source>
            <translation>par exemple : anna</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>for example: Anna Berg (optional)</source>
            <translation>par exemple : Anna Berg (facultatif)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>&amp;Display name:</source>
            <translation>Nom &amp;affiché :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>&amp;Repeat password:</source>
            <translation>&amp;Répéter le mot de passe :</translation>
        </message>
    </context>
    <context>
        <name>first_run.location_page</name>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Where should LocalEx Desktop keep its data?</source>
            <translation>Où LocalEx Desktop doit-il conserver ses données ?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Most exchanges keep the data on this computer. Choose a server when several coordinators work on the same data from different computers.</source>
            <translation>La plupart des SEL conservent les données sur cet ordinateur. Choisissez un serveur si plusieurs coordinateurs travaillent sur les mêmes données depuis différents ordinateurs.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>&amp;Keep the data on this computer</source>
            <translation>&amp;Conserver les données sur cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Connect to a PostgreSQL &amp;server</source>
            <translation>Se connecter à un &amp;serveur PostgreSQL</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>&amp;Data folder:</source>
            <translation>&amp;Dossier des données :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>A new folder is created if needed. Back it up with the program's backups.</source>
            <translation>Un nouveau dossier est créé si nécessaire. Protégez-le avec les sauvegardes du programme.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>postgresql://USER@HOST:5432/DATABASE</source>
            <translation>postgresql://UTILISATEUR@HOTE:5432/BASE</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Kept in the system keyring or ~/.pgpass</source>
            <translation>Conservé dans le trousseau du système ou ~/.pgpass</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Database &amp;URL:</source>
            <translation>&amp;URL de la base :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Pass&amp;word:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Choose the data folder</source>
            <translation>Choisir le dossier des données</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Connected to PostgreSQL {version} at {host}.</source>
            <translation>Connecté à PostgreSQL {version} sur {host}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Connected to PostgreSQL {version} at the socket.</source>
            <translation>Connecté à PostgreSQL {version} via le socket.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>The server at {host} refused the password for user {login}.</source>
            <translation>Le serveur {host} a refusé le mot de passe de l'utilisateur {login}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Type the password again in Password, then Test connection or Next.</source>
            <translation>Saisissez à nouveau le mot de passe dans Mot de passe, puis Tester la connexion ou Suivant.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>The server at {host} wants a password for user {login}.</source>
            <translation>Le serveur {host} demande un mot de passe pour l'utilisateur {login}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Type it in Password, then Test connection or Next.</source>
            <translation>Saisissez-le dans Mot de passe, puis Tester la connexion ou Suivant.</translation>
        </message>
    </context>
    <context>
        <name>first_run.logic</name>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>Choose a folder for the data.</source>
            <translation>Choisissez un dossier pour les données.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>Use Browse… to pick one.</source>
            <translation>Utilisez Parcourir… pour en choisir un.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} est un fichier, pas un dossier.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>Choose a folder (a new empty one is fine).</source>
            <translation>Choisissez un dossier (un nouveau dossier vide convient).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe diffèrent.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>At least %n character(s).</source>
            <translation>
                <numerusform>Au moins %n caractère.</numerusform>
                <numerusform>Au moins %n caractères.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>first_run.wizard</name>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>{program} — first start</source>
            <translation>{program} — premier démarrage</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Create administrator</source>
            <translation>Créer l'administrateur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Starting the database in {folder}…</source>
            <translation>Démarrage de la base de données dans {folder}…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Connecting to {host}…</source>
            <translation>Connexion à {host}…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Connecting to the server…</source>
            <translation>Connexion au serveur…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Setting up the database and the administrator…</source>
            <translation>Création de la base de données et de l'administrateur…</translation>
        </message>
    </context>
    <context>
        <name>help</name>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>User guide</source>
            <translation>Guide de l'utilisateur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Bookkeeper's guide</source>
            <translation>Guide du comptable</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Importing members and listings</source>
            <translation>Importer des membres et des annonces</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Tab, Shift+Tab</source>
            <translation>Tab, Shift+Tab</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Everywhere</source>
            <translation>Partout</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Next and previous field or button</source>
            <translation>Champ ou bouton suivant et précédent</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Alt + underlined letter</source>
            <translation>Alt + lettre soulignée</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>That field, button or menu</source>
            <translation>Ce champ, bouton ou menu</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Dialog</source>
            <translation>Boîte de dialogue</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>OK (the default button)</source>
            <translation>OK (le bouton par défaut)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>OK, also from a notes field</source>
            <translation>OK, même depuis un champ de notes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Escape</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Cancel; asks first when you typed something</source>
            <translation>Annuler ; demande d'abord si vous avez saisi quelque chose</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Down</source>
            <translation>Bas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Search box</source>
            <translation>Champ de recherche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Into the results</source>
            <translation>Vers les résultats</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>The selected row's next step (edit, complete, resolve)</source>
            <translation>Étape suivante de la ligne choisie (modifier, terminer, résoudre)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Menu key</source>
            <translation>Touche Menu</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>The selected row's actions</source>
            <translation>Actions de la ligne choisie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Ctrl+PgDown, Ctrl+PgUp</source>
            <translation>Ctrl+PgDown, Ctrl+PgUp</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Page with tabs</source>
            <translation>Page à onglets</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Next and previous tab</source>
            <translation>Onglet suivant et précédent</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>{program} — Help</source>
            <translation>{program} — Aide</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Guides</source>
            <translation>Guides</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Guide text</source>
            <translation>Texte du guide</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Find in this guide  (Ctrl+F, then Enter or F3)</source>
            <translation>Rechercher dans ce guide  (Ctrl+F, puis Enter ou F3)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Find in the guide</source>
            <translation>Rechercher dans le guide</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>← &amp;Back</source>
            <translation>← &amp;Retour</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>The guide is not installed with this copy.</source>
            <translation>Le guide n'est pas installé avec cette copie.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>The guide {name} is not installed with this copy.</source>
            <translation>Le guide {name} n'est pas installé avec cette copie.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>{link} is not part of the guides shipped with the program.</source>
            <translation>{link} ne fait pas partie des guides fournis avec le programme.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>It is in the docs folder of the source and on the project's pages.</source>
            <translation>Il se trouve dans le dossier docs des sources et sur les pages du projet.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Searched again from the top.</source>
            <translation>Recherche reprise depuis le début.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>“{text}” is not in this guide.</source>
            <translation>« {text} » ne figure pas dans ce guide.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>{menu} menu</source>
            <translation>Menu {menu}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Filter: a key or a word</source>
            <translation>Filtre : une touche ou un mot</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Filter the shortcuts</source>
            <translation>Filtrer les raccourcis</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>&amp;Filter:</source>
            <translation>&amp;Filtre :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Key</source>
            <translation>Touche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>What it does</source>
            <translation>Effet</translation>
        </message>
    </context>
    <context>
        <name>import_wizard.choose_page</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>What to import</source>
            <translation>Quoi importer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>Choose what the file holds, then the file: CSV (comma, semicolon or tab separated) or an Excel workbook (.xlsx). Nothing is written before the last step.</source>
            <translation>Choisissez ce que contient le fichier, puis le fichier : CSV (séparé par virgules, points-virgules ou tabulations) ou classeur Excel (.xlsx). Rien n'est écrit avant la dernière étape.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>File to import</source>
            <translation>Fichier à importer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>members.csv, balances.xlsx, …</source>
            <translation>membres.csv, soldes.xlsx, …</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>Bro&amp;wse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>The first row must name the columns. Import members first; balances and listings refer to member numbers or emails.</source>
            <translation>La première ligne doit nommer les colonnes. Importez d'abord les membres ; soldes et annonces renvoient aux numéros ou e-mails des membres.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
            <translation>Feuilles de calcul (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>import_wizard.common</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>&amp;Members</source>
            <translation>&amp;Membres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Names and contact details, credit limits, member numbers from the old system.</source>
            <translation>Noms et coordonnées, limites de crédit, numéros de membre de l'ancien système.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Opening &amp;balances</source>
            <translation>&amp;Soldes d'ouverture</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Each member's balance on the day of the move, posted as one balanced transaction against the Opening balances account. Import the members first.</source>
            <translation>Le solde de chaque membre au jour du changement, passé en une seule opération équilibrée contre le compte Soldes d'ouverture. Importez d'abord les membres.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>&amp;Offers and wants</source>
            <translation>&amp;Offres et demandes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Listings by member number or email; categories that do not exist yet are created.</source>
            <translation>Annonces par numéro ou e-mail de membre ; les catégories manquantes sont créées.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>UTF-8 with byte-order mark (Excel)</source>
            <translation>UTF-8 avec BOM (Excel)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Windows-1252 (older Excel on Windows)</source>
            <translation>Windows-1252 (ancien Excel sous Windows)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Windows-1250 (Central European)</source>
            <translation>Windows-1250 (Europe centrale)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Mac Roman (older Macs)</source>
            <translation>Mac Roman (anciens Mac)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Latin-1 (ISO 8859-1)</source>
            <translation>Latin-1 (ISO 8859-1)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>UTF-16</source>
            <translation>UTF-16</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>(ignore this column)</source>
            <translation>(ignorer cette colonne)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Already there</source>
            <translation>Déjà présent</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Skip</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Only coordinators and administrators import; you are a {role}.</source>
            <translation>Seuls les coordinateurs et administrateurs importent ; vous êtes {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Comma</source>
            <translation>Virgule</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Semicolon</source>
            <translation>Point-virgule</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Tab</source>
            <translation>Tabulation</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>{choice} — detected</source>
            <translation>{choice} — détecté</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Day first (31/12/2024)</source>
            <translation>Jour d'abord (31/12/2024)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Month first (12/31/2024)</source>
            <translation>Mois d'abord (12/31/2024)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Year first (2024/12/31)</source>
            <translation>Année d'abord (2024/12/31)</translation>
        </message>
    </context>
    <context>
        <name>import_wizard.format_page</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>How the file is read</source>
            <translation>Lecture du fichier</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>The encoding and the separator were detected. If the columns below look wrong (accents garbled, everything in one column), choose others.</source>
            <translation>L'encodage et le séparateur ont été détectés. Si les colonnes ci-dessous semblent fausses (accents illisibles, tout dans une colonne), choisissez-en d'autres.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>&amp;Encoding:</source>
            <translation>&amp;Encodage :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>&amp;Separator:</source>
            <translation>&amp;Séparateur :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>S&amp;heet:</source>
            <translation>&amp;Feuille :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>First rows of the file</source>
            <translation>Premières lignes du fichier</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>The header is on line {line}.</source>
            <translation>L'en-tête est à la ligne {line}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>Showing the first {shown} of %n row(s).</source>
            <translation>
                <numerusform>Affichage des {shown} premières sur %n ligne.</numerusform>
                <numerusform>Affichage des {shown} premières sur %n lignes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>%n row(s) do not split into the header's columns (line {lines}); they are listed as errors in the preview.</source>
            <translation>
                <numerusform>%n ligne ne correspond pas aux colonnes de l'en-tête (ligne {lines}) ; elle figure en erreur dans l'aperçu.</numerusform>
                <numerusform>%n lignes ne correspondent pas aux colonnes de l'en-tête (lignes {lines}) ; elles figurent en erreur dans l'aperçu.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>import_wizard.mapping_page</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Which column is which</source>
            <translation>Correspondance des colonnes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Each column of the file was matched to a field by its header. Check the matches and choose a field for columns that were not recognised. Fields marked * are required.</source>
            <translation>Chaque colonne du fichier a été associée à un champ d'après son en-tête. Vérifiez les correspondances et choisissez un champ pour les colonnes non reconnues. Les champs marqués * sont obligatoires.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Column in the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>First values</source>
            <translation>Premières valeurs</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Import as</source>
            <translation>Importer comme</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Column mapping</source>
            <translation>Correspondance des colonnes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Dates in this file</source>
            <translation>Dates dans ce fichier</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>&amp;Dates in this file:</source>
            <translation>&amp;Dates dans ce fichier :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>(column {number})</source>
            <translation>(colonne {number})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Field for column {header}</source>
            <translation>Champ pour la colonne {header}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>{question} Choose how they are written under Dates in this file.</source>
            <translation>{question} Choisissez leur format sous Dates dans ce fichier.</translation>
        </message>
    </context>
    <context>
        <name>import_wizard.preview_page</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Someone else: {problem}</source>
            <translation>Quelqu'un d'autre : {problem}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Twice in the file: {problem}</source>
            <translation>En double dans le fichier : {problem}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Every row was checked; nothing has been written yet. Import is possible when no row has an error, and then adds every row at once, or none.</source>
            <translation>Chaque ligne a été vérifiée ; rien n'a encore été écrit. L'import est possible si aucune ligne n'a d'erreur, et ajoute alors toutes les lignes d'un coup, ou aucune.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Allow &amp;going past limits: post balances below a member's credit limit or above their upper limit (the ledger records that you allowed it)</source>
            <translation>&amp;Autoriser le dépassement des limites : passer des soldes sous la limite de crédit ou au-dessus de la limite haute d'un membre (le grand livre note votre autorisation)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Rows with errors</source>
            <translation>Lignes en erreur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>What happens</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Errors</source>
            <translation>Erreurs</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Checking every row…</source>
            <translation>Vérification de chaque ligne…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>The file could not be checked.</source>
            <translation>Le fichier n'a pas pu être vérifié.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Errors ({count})</source>
            <translation>Erreurs ({count})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Rows ({count})</source>
            <translation>Lignes ({count})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Nothing can be imported while any row has an error: correct the file (the line numbers are those a text editor shows) and choose it again, or change the column mapping with Back.</source>
            <translation>Rien ne peut être importé tant qu'une ligne a une erreur : corrigez le fichier (les numéros de ligne sont ceux d'un éditeur de texte) et choisissez-le à nouveau, ou modifiez la correspondance des colonnes avec Précédent.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>There is nothing new to import.</source>
            <translation>Il n'y a rien de nouveau à importer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>%n row(s) give a number or email that belongs to someone else in the database: importing them would file one person's data under another's name. Correct the numbers or emails in the file.</source>
            <translation>
                <numerusform>%n ligne donne un numéro ou un e-mail appartenant à quelqu'un d'autre dans la base : l'importer classerait les données d'une personne sous le nom d'une autre. Corrigez les numéros ou e-mails dans le fichier.</numerusform>
                <numerusform>%n lignes donnent un numéro ou un e-mail appartenant à quelqu'un d'autre dans la base : les importer classerait les données d'une personne sous le nom d'une autre. Corrigez les numéros ou e-mails dans le fichier.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>New categories: {names}.</source>
            <translation>Nouvelles catégories : {names}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>One opening transaction will post {total} to members, and the opposite to the Opening balances account.</source>
            <translation>Une opération d'ouverture passera {total} aux membres, et l'inverse au compte Soldes d'ouverture.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Importing…</source>
            <translation>Import en cours…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Nothing was imported.</source>
            <translation>Rien n'a été importé.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported %n member(s), in one transaction.</source>
            <translation>
                <numerusform>%n membre importé, en une seule opération.</numerusform>
                <numerusform>%n membres importés, en une seule opération.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported %n listing(s), in one transaction.</source>
            <translation>
                <numerusform>%n annonce importée, en une seule opération.</numerusform>
                <numerusform>%n annonces importées, en une seule opération.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported %n opening balance(s), in one transaction.</source>
            <translation>
                <numerusform>%n solde d'ouverture importé, en une seule opération.</numerusform>
                <numerusform>%n soldes d'ouverture importés, en une seule opération.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Their numbers: {first} to {last}.</source>
            <translation>Leurs numéros : {first} à {last}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>The balances were posted as ledger transaction {number}.</source>
            <translation>Les soldes ont été passés dans l'opération {number} du grand livre.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>%n row(s) were already there and were left alone.</source>
            <translation>
                <numerusform>%n ligne était déjà présente et n'a pas été modifiée.</numerusform>
                <numerusform>%n lignes étaient déjà présentes et n'ont pas été modifiées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>%n row(s) were skipped (nothing to import).</source>
            <translation>
                <numerusform>%n ligne a été ignorée (rien à importer).</numerusform>
                <numerusform>%n lignes ont été ignorées (rien à importer).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Every change is in the audit log.</source>
            <translation>Chaque modification figure dans le journal des modifications.</translation>
        </message>
    </context>
    <context>
        <name>import_wizard.wizard</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/wizard.py" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/wizard.py" />
            <source>Importing is for coordinators and administrators.</source>
            <translation>L'import est réservé aux coordinateurs et administrateurs.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/wizard.py" />
            <source>{refusal} Ask one of them to import the file for you.</source>
            <translation>{refusal} Demandez à l'un d'eux d'importer le fichier pour vous.</translation>
        </message>
    </context>
    <context>
        <name>language_menu</name>
        <message>
            <location filename="../../localex_desktop/ui/language_menu.py" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/language_menu.py" />
            <source>&amp;System language</source>
            <translation>Langue du &amp;système</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/language_menu.py" />
            <source>{program} will speak this language when it starts again.</source>
            <translation>{program} utilisera cette langue au prochain démarrage.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/language_menu.py" />
            <source>The windows open now keep their words until you quit and start again.</source>
            <translation>Les fenêtres ouvertes gardent leur langue jusqu'au redémarrage.</translation>
        </message>
    </context>
    <context>
        <name>list_page.filters</name>
        <message>
            <location filename="../../localex_desktop/ui/list_page/filters.py" />
            <source>(Ctrl+F)</source>
            <translation>(Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/filters.py" />
            <source>&amp;Since:</source>
            <translation>&amp;Depuis :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/filters.py" />
            <source>&amp;Until:</source>
            <translation>&amp;Jusqu'au :</translation>
        </message>
    </context>
    <context>
        <name>list_page.page</name>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>{message} (not shown: outside the current search){end}</source>
            <translation>{message} (non affiché : hors de la recherche en cours){end}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>&amp;Search:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Next tab</source>
            <translation>Onglet suivant</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Previous tab</source>
            <translation>Onglet précédent</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Search the list</source>
            <translation>Rechercher dans la liste</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>C&amp;lear filters</source>
            <translation>&amp;Effacer les filtres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Show everything again: no search, no filters</source>
            <translation>Tout afficher à nouveau : ni recherche, ni filtres</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln ligne</numerusform>
                <numerusform>%Ln lignes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Select a row in the list first.</source>
            <translation>Sélectionnez d'abord une ligne dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>list_page.parts</name>
        <message>
            <location filename="../../localex_desktop/ui/list_page/parts.py" />
            <source>You may not do this; you are a {role}.</source>
            <translation>Vous ne pouvez pas faire cela ; vous êtes {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/parts.py" />
            <source>{reason}; you are a {role}.</source>
            <translation>{reason} ; vous êtes {role}.</translation>
        </message>
    </context>
    <context>
        <name>locale</name>
        <message>
            <location filename="../../localex_desktop/ui/locale.py" />
            <source>The {field} {text} is not a date.</source>
            <translation>{field} {text} n'est pas une date.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/locale.py" />
            <source>Write it as {example} or 2026-03-05.</source>
            <translation>Écrivez-la sous la forme {example} ou 2026-03-05.</translation>
        </message>
    </context>
    <context>
        <name>login_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Sign in — {program}</source>
            <translation>Connexion — {program}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Your operator account {name} is not in the restored data.</source>
            <translation>Votre compte opérateur {name} ne figure pas dans les données restaurées.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Sign in as another operator, or ask an administrator to add yours again.</source>
            <translation>Connectez-vous comme un autre opérateur, ou demandez à un administrateur de rajouter le vôtre.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Enter your user name.</source>
            <translation>Saisissez votre nom d'utilisateur.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>{page} ({shortcut})</source>
            <translation>{page} ({shortcut})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>The exchange's settings, on the Administration page</source>
            <translation>Les paramètres du SEL, sur la page Administration</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;User guide</source>
            <translation>&amp;Guide de l'utilisateur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;About {program}</source>
            <translation>À &amp;propos de {program}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Open &amp;log folder</source>
            <translation>Ouvrir le dossier des &amp;journaux</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Working…</source>
            <translation>Traitement…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Signed in as {name} ({role}), read-only login {login}</source>
            <translation>Connecté : {name} ({role}), accès en lecture seule {login}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Signed in as {name} ({role})</source>
            <translation>Connecté : {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>{program} — {exchange}{review}</source>
            <translation>{program} — {exchange}{review}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>{program} {version}</source>
            <translation>{program} {version}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>For coordinators of local exchange trading systems, timebanks and mutual-credit communities.

Connected to: {database}
Log files: {logs}</source>
            <translation>Pour les coordinateurs de systèmes d'échange local, banques de temps et communautés de crédit mutuel.

Connecté à : {database}
Fichiers journaux : {logs}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>{page} page</source>
            <translation>Page {page}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>The log folder could not be opened here.</source>
            <translation>Le dossier des journaux n'a pas pu être ouvert ici.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>admin</source>
            <translation>administrateur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>coordinator</source>
            <translation>coordinateur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>bookkeeper</source>
            <translation>comptable</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../localex_desktop/ui/messages.py" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/messages.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>models.lazy_view</name>
        <message>
            <location filename="../../localex_desktop/ui/models/lazy_view.py" />
            <source>Loading</source>
            <translation>Chargement</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.database_tab</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Embedded database on this computer</source>
            <translation>Base de données intégrée sur cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>PostgreSQL server</source>
            <translation>Serveur PostgreSQL</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Backup opened for review (read-only)</source>
            <translation>Sauvegarde ouverte en consultation (lecture seule)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Program and schema</source>
            <translation>Programme et schéma</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Connection:</source>
            <translation>Connexion :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Database URL:</source>
            <translation>URL de la base :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Data folder:</source>
            <translation>Dossier des données :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Server version:</source>
            <translation>Version du serveur :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Program version:</source>
            <translation>Version du programme :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Schema revision:</source>
            <translation>Révision du schéma :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Latest schema revision:</source>
            <translation>Dernière révision du schéma :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Schema state:</source>
            <translation>État du schéma :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Read the connection and schema details again</source>
            <translation>Relire les détails de connexion et du schéma</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>— (kept by the server)</source>
            <translation>— (géré par le serveur)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>PostgreSQL {version}</source>
            <translation>PostgreSQL {version}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>— (not set up)</source>
            <translation>— (non configuré)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Up to date</source>
            <translation>À jour</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Needs an upgrade</source>
            <translation>Mise à niveau nécessaire</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.operator_dialogs</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Administrator — everything, including operators and settings</source>
            <translation>Administrateur — tout, y compris opérateurs et paramètres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Coordinator — members, listings, trades and postings</source>
            <translation>Coordinateur — membres, annonces, échanges et écritures</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Bookkeeper — reads and exports, changes nothing</source>
            <translation>Comptable — consulte et exporte, ne modifie rien</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe diffèrent.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>{label}: was {before}, now {after}.</source>
            <translation>{label} : avant {before}, maintenant {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Recharger</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Save &amp;anyway</source>
            <translation>Enregistrer &amp;quand même</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Add operator</source>
            <translation>Ajouter un opérateur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>User name:</source>
            <translation>Nom d'utilisateur :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Display name:</source>
            <translation>Nom affiché :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Role:</source>
            <translation>Rôle :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Repeat password:</source>
            <translation>Répéter le mot de passe :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Reset password — {name}</source>
            <translation>Réinitialiser le mot de passe — {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Set password</source>
            <translation>Définir le mot de passe</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Choose a new password for &lt;b&gt;{name}&lt;/b&gt;. Tell it to them in person; a lock-out after failed attempts is lifted too.</source>
            <translation>Choisissez un nouveau mot de passe pour &lt;b&gt;{name}&lt;/b&gt;. Communiquez-le en personne ; un blocage après échecs est aussi levé.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>New password:</source>
            <translation>Nouveau mot de passe :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Change role — {name}</source>
            <translation>Changer le rôle — {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Change role</source>
            <translation>Changer le rôle</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Operator:</source>
            <translation>Opérateur :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>New role:</source>
            <translation>Nouveau rôle :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>{name} is already {role}.</source>
            <translation>{name} est déjà {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Reloaded: {name} is {role} now; the role you chose is kept. Press {button} to save it.</source>
            <translation>Rechargé : {name} est maintenant {role} ; le rôle choisi est conservé. Cliquez sur {button} pour l'enregistrer.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>At least {count} characters.</source>
            <translation>Au moins {count} caractères.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>enabled</source>
            <translation>activé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>disabled</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>empty</source>
            <translation>vide</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.operators_model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Display name</source>
            <translation>Nom affiché</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Last sign-in</source>
            <translation>Dernière connexion</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Created</source>
            <translation>Créée</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Admin</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Coordinator</source>
            <translation>Coordinateur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Bookkeeper</source>
            <translation>Comptable</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Disabled</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Locked until {time}</source>
            <translation>Bloqué jusqu'à {time}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.operators_tab</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Operators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Disable</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Reset password…</source>
            <translation>Réinitialiser le mot de passe…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Change role…</source>
            <translation>Changer le rôle…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Enable</source>
            <translation>Activer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Only an administrator can manage operators; you are signed in as {role}.</source>
            <translation>Seul un administrateur peut gérer les opérateurs ; vous êtes connecté comme {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Add a person who may sign in</source>
            <translation>Ajouter une personne autorisée à se connecter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Select an operator in the list first.</source>
            <translation>Sélectionnez d'abord un opérateur dans la liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Set a new password and lift a lock-out</source>
            <translation>Définir un nouveau mot de passe et lever un blocage</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Make the operator an administrator, coordinator or bookkeeper</source>
            <translation>Faire de l'opérateur un administrateur, coordinateur ou comptable</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>You cannot disable your own account.</source>
            <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Allow this operator to sign in again</source>
            <translation>Autoriser à nouveau cet opérateur à se connecter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Stop this operator from signing in; their history stays</source>
            <translation>Empêcher cet opérateur de se connecter ; son historique est conservé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Saved {name}.</source>
            <translation>{name} enregistré.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Disable {name}?</source>
            <translation>Désactiver {name} ?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>They can no longer sign in. Everything they did stays in the books and the audit log; you can enable the account again later.</source>
            <translation>Cette personne ne pourra plus se connecter. Tout ce qu'elle a fait reste dans les comptes et le journal des modifications ; vous pourrez réactiver le compte plus tard.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>{name} is enabled.</source>
            <translation>{name} est activé.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>{name} is disabled.</source>
            <translation>{name} est désactivé.</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/page.py" />
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/page.py" />
            <source>Operators</source>
            <translation>Opérateurs</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/page.py" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.settings_tab</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Decide this before recording trades: amounts are stored in the smallest unit.</source>
            <translation>Décidez-le avant d'enregistrer des échanges : les montants sont stockés dans la plus petite unité.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Show and type amounts as &amp;hours:minutes (1:30)</source>
            <translation>Afficher et saisir les montants en &amp;heures:minutes (1:30)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>For a timebank: 1:30 is one and a half hours. With 2 decimal places minutes go in steps of 3; amounts can still be typed as decimals (1.5).</source>
            <translation>Pour une banque de temps : 1:30 vaut une heure et demie. Avec 2 décimales, les minutes vont par pas de 3 ; on peut toujours saisir des décimales (1.5).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Exchange</source>
            <translation>SEL</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>E&amp;xchange name:</source>
            <translation>&amp;Nom du SEL :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Currency</source>
            <translation>Monnaie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Currency name:</source>
            <translation>Nom de la &amp;monnaie :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>S&amp;ymbol:</source>
            <translation>S&amp;ymbole :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Decimal places:</source>
            <translation>&amp;Décimales :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>New accounts</source>
            <translation>Nouveaux comptes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Default credit &amp;limit:</source>
            <translation>&amp;Limite de crédit par défaut :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>How far below zero a new member's account may go. Existing accounts keep their limits.</source>
            <translation>Jusqu'où sous zéro le compte d'un nouveau membre peut descendre. Les comptes existants gardent leurs limites.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Revert</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Show the saved values again</source>
            <translation>Réafficher les valeurs enregistrées</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Save the changes for every coordinator</source>
            <translation>Enregistrer les modifications pour tous les coordinateurs</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Only an administrator can change the settings; you are signed in as {role}.</source>
            <translation>Seul un administrateur peut modifier les paramètres ; vous êtes connecté comme {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Reloaded: the saved settings show, with your own changes kept. Press Save to save them.</source>
            <translation>Rechargé : les paramètres enregistrés s'affichent, vos modifications sont conservées. Cliquez sur Enregistrer pour les enregistrer.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>The exchange name is empty.</source>
            <translation>Le nom du SEL est vide.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Nothing to save: the settings are unchanged.</source>
            <translation>Rien à enregistrer : les paramètres sont inchangés.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Settings saved.</source>
            <translation>Paramètres enregistrés.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Recharger</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Save &amp;anyway</source>
            <translation>Enregistrer &amp;quand même</translation>
        </message>
    </context>
    <context>
        <name>pages.audit.diff</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/diff.py" />
            <source>&lt;p&gt;&lt;i&gt;No values were recorded for this change.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Aucune valeur n'a été enregistrée pour cette modification.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>pages.audit.model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Listings</source>
            <translation>Annonces</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Trades</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Slip batches</source>
            <translation>Lots de bons</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Transactions</source>
            <translation>Opérations</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Categories</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Operators</source>
            <translation>Opérateurs</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
    </context>
    <context>
        <name>pages.audit.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Select a change to see the values before and after.</source>
            <translation>Sélectionnez une modification pour voir les valeurs avant et après.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>before</source>
            <translation>avant</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>after</source>
            <translation>après</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&lt;b&gt;{what}&lt;/b&gt; by {actor} on {when} (change {id}). {legend}</source>
            <translation>&lt;b&gt;{what}&lt;/b&gt; par {actor} le {when} (modification {id}). {legend}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>%Ln change(s)</source>
            <translation>
                <numerusform>%Ln modification</numerusform>
                <numerusform>%Ln modifications</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Select a change in the list first.</source>
            <translation>Sélectionnez d'abord une modification dans la liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>What was changed (choose, or type an entity name)</source>
            <translation>Ce qui a été modifié (choisissez, ou tapez un nom d'entité)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Any</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Only this record (e.g. member number 12); needs 'What'</source>
            <translation>Seulement cette fiche (p. ex. membre n° 12) ; exige « Quoi »</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Anyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Only changes by this operator (user name, e.g. anna)</source>
            <translation>Seulement les modifications de cet opérateur (nom d'utilisateur, p. ex. anna)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Values before and after</source>
            <translation>Valeurs avant et après</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Names, memos, values</source>
            <translation>Noms, libellés, valeurs</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Search changes</source>
            <translation>Rechercher les modifications</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;Search:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;What:</source>
            <translation>&amp;Quoi :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;Record:</source>
            <translation>&amp;Fiche :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;Operator:</source>
            <translation>&amp;Opérateur :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>C&amp;lear filters</source>
            <translation>&amp;Effacer les filtres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Audit log</source>
            <translation>Journal des modifications</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>The 'From' date is after the 'To' date.</source>
            <translation>La date « Du » est postérieure à la date « Au ».</translation>
        </message>
    </context>
    <context>
        <name>pages.dashboard.backup_status</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>just now</source>
            <translation>à l'instant</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n min ago</source>
            <translation>
                <numerusform>il y a %n min</numerusform>
                <numerusform>il y a %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n h ago</source>
            <translation>
                <numerusform>il y a %n h</numerusform>
                <numerusform>il y a %n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>il y a %n jour</numerusform>
                <numerusform>il y a %n jours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>No backup yet</source>
            <translation>Aucune sauvegarde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>{age} (the one just restored)</source>
            <translation>{age} (celle qui vient d'être restaurée)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>{age} (the last attempt failed)</source>
            <translation>{age} (la dernière tentative a échoué)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Last backup: unknown</source>
            <translation>Dernière sauvegarde : inconnue</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Last backup: {age}</source>
            <translation>Dernière sauvegarde : {age}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>The backup state could not be read.</source>
            <translation>L'état des sauvegardes n'a pas pu être lu.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Made {time}</source>
            <translation>Créée {time}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>File: {path}</source>
            <translation>Fichier : {path}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>A warning shows when the last good backup is older than {hours} hours.</source>
            <translation>Un avertissement s'affiche si la dernière sauvegarde réussie date de plus de {hours} heures.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Last backup: …</source>
            <translation>Dernière sauvegarde : …</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Backup age</source>
            <translation>Âge de la sauvegarde</translation>
        </message>
    </context>
    <context>
        <name>pages.dashboard.charts</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>January</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>February</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>March</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>April</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>June</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>July</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>August</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>September</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>October</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>November</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>December</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Jan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Feb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Mar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Apr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>May</source>
            <comment>short month name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Jun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Jul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Aug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Sep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Oct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Nov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Dec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{month} {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{month} {year}</source>
            <comment>short month name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{thousands}k</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Trade volume per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Trade volume per month, {first} – {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{currency} ({symbol})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{month}: %n trade(s), {volume}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Balance distribution (active members)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Balance distribution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Below zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Zero or above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Balance from ({symbol})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>%n member(s) from {low} to under {high}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>pages.dashboard.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Active members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Members who may trade now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Open offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Active offers in the directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Open wants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Active wants in the directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Trades this month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Trades, transfers and batch payments between members posted since the first of the month, less reversals (as in Reports › Trade volume)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Volume this month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>What members paid each other this month, less reversals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Open trades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Recorded trades waiting to be completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Members near their credit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Near their credit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Dormant members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Ledger verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Last backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Read the figures again (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>{count} suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>after {count} reversed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>{count} disputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>none disputed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n member(s) use(s|) at least {share} of their credit limit (the closest {shown} shown).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n member(s) use(s|) at least {share} of their credit limit.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Nobody uses {share} or more of their credit limit.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n active member(s) without a trade for {months} months (the longest {shown} shown).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n active member(s) without a trade for {months} months.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Every active member traded in the last {months} months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Figures as of {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Never. Verify the ledger on the Ledger page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>checked {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>checked at an unknown time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Problems found (first bad transaction: {number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Problems found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.ledger.batch_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Batch transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Post &amp;batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;One member pays many</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Many members pay one (&amp;collect)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Payer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Amount of the new line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>amount ({symbol})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Add line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Lines of the batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Amount ({symbol})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Remove line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Direction:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;New line:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Lines:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Memo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Payee:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Choose a member for the line: part of a name or a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>{name} is already in the batch; change that line instead.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>%n line(s), total {total}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Choose who collects: part of a name or a member number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Choose who pays: part of a name or a member number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>{name} is also on a line; a member cannot pay themselves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>The amount on line {line} is not a valid amount (digits with at most {decimals} decimal places).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Add at least one line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>{name} has only {available} of credit left.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.ledger.detail</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Select a transaction to see its entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>&lt;b&gt;Transaction {number}&lt;/b&gt; · {kind} of {amount} · dated {day} · recorded {at} by {actor}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Memo: {memo}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Reverses transaction {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>reason: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Reversed by transaction {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Category: {category}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Entries of the selected transaction</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.ledger.levy_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>would be passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Credit limit</source>
            <translation>Limite de crédit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Levy</source>
            <translation>Cotisation</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Post levy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>e.g. Yearly membership fee 2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Leave out members who would go past their credit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Pre&amp;view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Preview the levy to see who is charged; then post it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Levy preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Amount per member ({symbol}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Into:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Memo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>The amount or account changed: preview again before posting.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>{over} of %n active member(s) would go past their credit limit (listed first): leave them out, or raise their limits first. The levy cannot be posted like this.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>{charged} of %n active member(s) will be charged {each} each: {total} in all, into {into}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>%n who would go past their credit limit (is|are) left out.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Community fund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Fees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Opening balances</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>%n account(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>reverses {reverses}, reversed by {reversed_by}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>reverses {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>reversed by {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Recorded {at} by {actor}; dated earlier because: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Recorded {at} by {actor}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.ledger.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Account:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Ca&amp;tegory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Only coordinators and administrators post to the ledger; you are a {role}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Transaction {number} is itself a reversal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Transaction {number} was already reversed by {reversal}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>%Ln transaction(s)</source>
            <translation>
                <numerusform>%Ln opération</numerusform>
                <numerusform>%Ln opérations</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Select a transaction in the journal first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Since:</source>
            <translation>&amp;Depuis :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Until:</source>
            <translation>&amp;Jusqu'au :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Show &amp;newest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Show the whole journal again, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Words in the memo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Search memos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Member:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Memo &amp;words:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Reverse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Post the exact opposite of this transaction, with a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Lev&amp;y…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Charge every active member the same amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Batch transfer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>One member pays many, or many pay one, at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>V&amp;erify ledger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Check every transaction, hash chain and balance from the entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>The ledger is being verified…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Showing transaction {number} and older.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Transaction {number} is reversed by transaction {reversal}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Posted levy as transaction {number}: {total} in all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Posted batch as transaction {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Verifying the ledger…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.ledger.reverse_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>from &lt;b&gt;{payer}&lt;/b&gt; to &lt;b&gt;{payee}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Transfer of {amount} on {at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Trade of {amount} on {at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Levy of {amount} on {at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Batch of {amount} on {at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Reversal of {amount} on {at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Opening of {amount} on {at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Adjustment of {amount} on {at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>{kind} of {amount} on {at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Reverse transaction {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Re&amp;verse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>e.g. entered twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Transaction:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>A new transaction moves the same amounts back. The original stays in the books, marked as reversed; a transaction can be reversed once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Give a reason for the reversal.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.ledger.verify_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Transaction</source>
            <translation>Opération</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Verify ledger</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>%Ln transaction(s), {entries} entries and {accounts} accounts checked in {seconds} s ({at}).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The books are in order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Every transaction balances, every hash chain is intact, every stored balance matches its entries and all balances sum to zero.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The ledger has %n problem(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The first bad transaction is number {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The problems concern accounts, not single transactions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The data was changed outside LocalEx Desktop or is damaged: restore the last good backup, or ask for help before posting more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Problems found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>&amp;Show transaction {number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.listings.categories_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Categories</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Only coordinators and administrators change categories; you are a {role}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Select a category first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>It is already the first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>It is already the last.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Recharger</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Save &amp;anyway</source>
            <translation>Enregistrer &amp;quand même</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Reloaded: the tree shows what was saved meanwhile; what you typed is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>the top level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>under {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>under category {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Place: was {before}, now {after}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>{field}: was {before}, now {after}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Added {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Renamed {path} to {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Moved {name} up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Moved {name} down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>{name} is already there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Moved: {path}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>%n listing(s) (uses|use) {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Choose the category they go to under “Its listings go to”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>This cannot be undone (you can add it again).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Its %n listing(s) move to {path}. This cannot be undone (you can add it again).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Delete the category {path}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Deleted {path}; moved %n listing(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Deleted {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.listings.category_panel</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>e.g. Baking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add at &amp;top level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add &amp;under selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>&amp;Rename selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Move u&amp;p</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Move do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Mo&amp;ve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>&amp;Delete selected…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Select a category in the tree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Na&amp;me:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Place of the selected category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Order:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>U&amp;nder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Delete the selected category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Its &amp;listings go to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Only a category without sub-categories, and not named on past trades or transactions, can be deleted. Rename it instead to keep history right.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>&lt;b&gt;{path}&lt;/b&gt; — %n listing(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>(top level)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>(no listings to move)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Choose a category…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Type the new category's name first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Select a category first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add a main category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Select the parent category first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add a sub-category of the selected category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Type the new name first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Give the selected category the name typed above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Earlier among its siblings (Ctrl+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Later among its siblings (Ctrl+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Put the category (with its sub-categories) under another one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Delete the category (its listings move to the category chosen)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.listings.listing_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>E&amp;xpires on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>The expiry date {date} is in the past; give today or later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>New listing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Add listing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Edit listing {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Offer — the member provides this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Want — the member is looking for this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Choose a category…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>e.g. Sourdough bread, baked to order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>no price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>per hour, per loaf, each …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>U&amp;nit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Member:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Member:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Category:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>P&amp;rice:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Leave the price empty to agree it each time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Choose a category.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Give the listing a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>The description is longer than {most} characters ({length}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Choose the member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>{field}: was {before}, now {after}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the expiry date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Renew listing {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Renew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Expires on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{name} ({number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Listing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Expired on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Untick the box for a listing that does not expire.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.listings.model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>per {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>Listings</source>
            <translation>Annonces</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>{path} — %n listing(s) (sub-categories not counted)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>pages.listings.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Offers and wants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Wants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Offer</source>
            <translation>Offre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Want</source>
            <translation>Demande</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Expired</source>
            <translation>Expirée</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Withdrawn</source>
            <translation>Retirée</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is active.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is paused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is expired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is withdrawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is active; only paused or expired ones come back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is withdrawn; only paused or expired ones come back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is {status}; only paused or expired ones come back.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>%Ln listing(s)</source>
            <translation>
                <numerusform>%Ln annonce</numerusform>
                <numerusform>%Ln annonces</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Select a listing in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Any member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Category filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Words in title or description: bread -rye</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Search listings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>S&amp;tatus:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Member:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>C&amp;lear filters</source>
            <translation>&amp;Effacer les filtres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listings</source>
            <translation>Annonces</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Only coordinators and administrators change listings; you are a {role}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Renew…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Renew the listing with a new expiry date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;New listing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Add an offer or a want</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Change the listing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>A withdrawn listing cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Hide the listing from the directory for a while</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Put the paused listing back in the directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Withdraw…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Take the listing off for good (it stays on past trades)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>It is already withdrawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>C&amp;ategories…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Add, rename, move and delete categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Only coordinators and administrators change categories; you are a {role}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>{kind} {number}: {title} — {member}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Added listing {number}: {title}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Saved listing {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is paused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is back in the directory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is renewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Withdraw listing {number}, “{title}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>It leaves the directory for good; past trades keep it. Pause it instead if it is only for a while.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is withdrawn.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.members.detail</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Balance:</source>
            <translation>Solde :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Credit limit:</source>
            <translation>Limite de crédit :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Available:</source>
            <translation>Disponible :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Upper limit:</source>
            <translation>Plafond :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Email:</source>
            <translation>E-mail :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Phone:</source>
            <translation>Téléphone :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Address:</source>
            <translation>Adresse :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Joined:</source>
            <translation>Inscrit le :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Last activity:</source>
            <translation>Dernière activité :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Directory:</source>
            <translation>Annuaire :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Active</source>
            <translation>Membre {id} · Actif</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Suspended</source>
            <translation>Membre {id} · Suspendu</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Left on {day}</source>
            <translation>Membre {id} · Parti le {day}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Left</source>
            <translation>Membre {id} · Parti</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · {status}</source>
            <translation>Membre {id} · {status}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Choose a member in the list.</source>
            <translation>Choisissez un membre dans la liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Account history</source>
            <translation>Historique du compte</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Account &amp;history</source>
            <translation>&amp;Historique du compte</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Their details and account history show here.</source>
            <translation>Ses coordonnées et l'historique du compte s'affichent ici.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>no limit</source>
            <translation>sans limite</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Listed</source>
            <translation>Dans l'annuaire</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Not listed</source>
            <translation>Hors annuaire</translation>
        </message>
    </context>
    <context>
        <name>pages.members.form_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>New {noun}</source>
            <translation>Nouveau : {noun}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Edit {noun} {id}</source>
            <translation>Modifier {noun} {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>{label}: was {seen}, now {now}.</source>
            <translation>{label} : était {seen}, maintenant {now}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Recharger</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Save &amp;anyway</source>
            <translation>Enregistrer &amp;quand même</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Reloaded: {fields} show(s|) what was saved meanwhile; your own changes are kept. Press {ok} to save them.</source>
            <translation>
                <numerusform>Rechargé : {fields} montre ce qui a été enregistré entre-temps ; vos modifications sont conservées. Appuyez sur {ok} pour les enregistrer.</numerusform>
                <numerusform>Rechargé : {fields} montrent ce qui a été enregistré entre-temps ; vos modifications sont conservées. Appuyez sur {ok} pour les enregistrer.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Reloaded; your own changes are kept. Press {ok} to save them.</source>
            <translation>Rechargé ; vos modifications sont conservées. Appuyez sur {ok} pour les enregistrer.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Discard what you typed?</source>
            <translation>Abandonner la saisie ?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Nothing was saved; closing forgets the changes.</source>
            <translation>Rien n'a été enregistré ; fermer perd les modifications.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Keep editing</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>{earlier} and {last}</source>
            <translation>{earlier} et {last}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>empty</source>
            <translation>vide</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>no</source>
            <translation>non</translation>
        </message>
    </context>
    <context>
        <name>pages.members.member_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>New member</source>
            <translation>Nouveau membre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Enrol member</source>
            <translation>&amp;Inscrire le membre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Edit member {id}</source>
            <translation>Modifier le membre {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>next free number</source>
            <translation>prochain numéro libre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>name@example.org</source>
            <translation>nom@exemple.org</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>no upper limit</source>
            <translation>sans plafond</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Listed in the printed and online directory</source>
            <translation>&amp;Dans l'annuaire imprimé et en ligne</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Num&amp;ber:</source>
            <translation>Numé&amp;ro :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Number:</source>
            <translation>Numéro :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>E&amp;mail:</source>
            <translation>&amp;E-mail :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Joined on:</source>
            <translation>&amp;Inscrit le :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Credit limit ({symbol}):</source>
            <translation>&amp;Limite de crédit ({symbol}) :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>How far below zero the balance may go; 0 for none.</source>
            <translation>Jusqu'où le solde peut descendre sous zéro ; 0 pour aucune.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Upper limit ({symbol}):</source>
            <translation>&amp;Plafond ({symbol}) :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>N&amp;otes:</source>
            <translation>N&amp;otes :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the exchange's default</source>
            <translation>la valeur du SEL par défaut</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Member numbers start at 1.</source>
            <translation>Les numéros de membre commencent à 1.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>{label}: was {seen}, now {now} {symbol}.</source>
            <translation>{label} : était {seen}, maintenant {now} {symbol}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the name</source>
            <translation>le nom</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the email address</source>
            <translation>l'adresse e-mail</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the phone</source>
            <translation>le téléphone</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the address</source>
            <translation>l'adresse</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the credit limit</source>
            <translation>la limite de crédit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the upper limit</source>
            <translation>le plafond</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the notes</source>
            <translation>les notes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the directory listing</source>
            <translation>la présence dans l'annuaire</translation>
        </message>
    </context>
    <context>
        <name>pages.members.model</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n compte</numerusform>
                <numerusform>%n comptes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>With</source>
            <translation>Avec</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Memo</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Tx</source>
            <translation>Op.</translation>
        </message>
    </context>
    <context>
        <name>pages.members.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>All members</source>
            <translation>Tous les membres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Active</source>
            <translation>Actifs</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Suspended</source>
            <translation>Suspendus</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Left</source>
            <translation>Partis</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is active.</source>
            <translation>{name} est actif.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is suspended.</source>
            <translation>{name} est suspendu.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is left.</source>
            <translation>{name} est parti.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is {status}.</source>
            <translation>{name} est {status}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln membre</numerusform>
                <numerusform>%Ln membres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Select a member in the list first.</source>
            <translation>Sélectionnez d'abord un membre dans la liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Search name, number, email or phone</source>
            <translation>Chercher nom, numéro, e-mail ou téléphone</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Search members</source>
            <translation>Chercher des membres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Search:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Sho&amp;w:</source>
            <translation>Affic&amp;her :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Show members</source>
            <translation>Afficher les membres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;New member…</source>
            <translation>&amp;Nouveau membre…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Enrol a new member</source>
            <translation>Inscrire un nouveau membre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Change the member's details</source>
            <translation>Modifier les coordonnées du membre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>S&amp;uspend</source>
            <translation>S&amp;uspendre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Stop the member trading for now; they stay in the books</source>
            <translation>Suspendre les échanges du membre ; il reste dans les comptes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Reactivate</source>
            <translation>&amp;Réactiver</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Let the member trade again</source>
            <translation>Permettre au membre d'échanger à nouveau</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Leave…</source>
            <translation>&amp;Départ…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Record that the member left the exchange (their balance must be zero)</source>
            <translation>Enregistrer le départ du membre du SEL (son solde doit être nul)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} has left.</source>
            <translation>{name} est parti.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Tr&amp;ansfer…</source>
            <translation>&amp;Virement…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>One member pays another</source>
            <translation>Un membre en paie un autre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Enrolled {name} as member {id}.</source>
            <translation>{name} inscrit comme membre {id}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Saved member {id}.</source>
            <translation>Membre {id} enregistré.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Posted transaction {transaction}: {payer} paid {payee} {amount}.</source>
            <translation>Opération {transaction} passée : {payer} a payé {amount} à {payee}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Suspend {name}?</source>
            <translation>Suspendre {name} ?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>They cannot pay or be paid until they are reactivated. Their balance, history and listings stay.</source>
            <translation>Ce membre ne peut ni payer ni être payé avant sa réactivation. Son solde, son historique et ses annonces restent.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Suspend</source>
            <translation>Suspendre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Reactivate {name}?</source>
            <translation>Réactiver {name} ?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>They can trade again.</source>
            <translation>Ce membre peut de nouveau échanger.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Reactivate</source>
            <translation>Réactiver</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is active again.</source>
            <translation>{name} est de nouveau actif.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Record that {name} has left the exchange?</source>
            <translation>Enregistrer le départ de {name} du SEL ?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Their open listings are withdrawn; their history stays in the books. You can reactivate them later.</source>
            <translation>Ses annonces ouvertes sont retirées ; son historique reste dans les comptes. Vous pourrez le réactiver plus tard.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Leave</source>
            <translation>Départ</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} has left the exchange.</source>
            <translation>{name} a quitté le SEL.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Their balance is not zero: what they owe ({amount}) is written off by the community fund, as an adjustment in the ledger and on their statement. Their open listings are withdrawn; their history stays.</source>
            <translation>Son solde n'est pas nul : ce qu'il doit ({amount}) est pris en charge par le fonds commun, comme ajustement dans le grand livre et sur son relevé. Ses annonces ouvertes sont retirées ; son historique reste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Their balance is not zero: what they are owed ({amount}) goes to the community fund, as an adjustment in the ledger and on their statement. Their open listings are withdrawn; their history stays.</source>
            <translation>Son solde n'est pas nul : ce qui lui est dû ({amount}) va au fonds commun, comme ajustement dans le grand livre et sur son relevé. Ses annonces ouvertes sont retirées ; son historique reste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Settle the balance of {name} and record that they left?</source>
            <translation>Solder le compte de {name} et enregistrer son départ ?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Settle and leave</source>
            <translation>Solder et partir</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} has left the exchange; their balance was settled with the community fund.</source>
            <translation>{name} a quitté le SEL ; son solde a été réglé avec le fonds commun.</translation>
        </message>
    </context>
    <context>
        <name>pages.members.picker</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>suspended</source>
            <translation>suspendu</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>left</source>
            <translation>parti</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member number or name</source>
            <translation>Numéro ou nom du membre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Choose {who}: type a member number, or part of a name and pick from the list.</source>
            <translation>Choisissez {who} : tapez un numéro de membre, ou une partie du nom et choisissez dans la liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}, {name}, is suspended: they cannot pay or be paid until they are reactivated.</source>
            <translation>Le membre {id}, {name}, est suspendu : il ne peut ni payer ni être payé avant sa réactivation.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}, {name}, has left the exchange: reactivate them first if they are back.</source>
            <translation>Le membre {id}, {name}, a quitté le SEL : réactivez-le d'abord s'il revient.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}, {name}, is {status}: only {wanted} members can be chosen here.</source>
            <translation>Le membre {id}, {name}, est {status} : seuls les membres {wanted} peuvent être choisis ici.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}: {name}</source>
            <translation>Membre {id} : {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>There is no member {number}.</source>
            <translation>Il n'y a pas de membre {number}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Choose one of the members offered below, or type a member number.</source>
            <translation>Choisissez un des membres proposés ci-dessous, ou tapez un numéro de membre.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>No member matches “{text}”.</source>
            <translation>Aucun membre ne correspond à « {text} ».</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>{member} — {status}</source>
            <translation>{member} — {status}</translation>
        </message>
    </context>
    <context>
        <name>pages.members.transfer_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Transfer</source>
            <translation>Virement</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Post transfer</source>
            <translation>&amp;Passer le virement</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>What it was for</source>
            <translation>Motif du virement</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;From (payer):</source>
            <translation>&amp;De (payeur) :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;To (payee):</source>
            <translation>&amp;À (bénéficiaire) :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Amount ({symbol}):</source>
            <translation>&amp;Montant ({symbol}) :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Memo:</source>
            <translation>&amp;Libellé :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Value date: the day it happened</source>
            <translation>Date de valeur : le jour où cela a eu lieu</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Why it is entered with an earlier date</source>
            <translation>Pourquoi la date est antérieure</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Value date:</source>
            <translation>Date de &amp;valeur :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Choose who pays: type a member number, or part of a name and pick from the list.</source>
            <translation>Choisissez qui paie : tapez un numéro de membre, ou une partie du nom et choisissez dans la liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Choose who is paid: type a member number, or part of a name and pick from the list.</source>
            <translation>Choisissez qui est payé : tapez un numéro de membre, ou une partie du nom et choisissez dans la liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>A member cannot pay themselves; choose two different members.</source>
            <translation>Un membre ne peut pas se payer lui-même ; choisissez deux membres différents.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Say why it is entered with an earlier date than today.</source>
            <translation>Indiquez pourquoi la date est antérieure à aujourd'hui.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>{name} has only {amount} of credit left.</source>
            <translation>Il ne reste à {name} que {amount} de crédit.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>{name} has no credit limit.</source>
            <translation>{name} n'a pas de limite de crédit.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Available credit of {name}: {credit}; after this transfer: {after}.</source>
            <translation>Crédit disponible de {name} : {credit} ; après ce virement : {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Available credit of {name}: {credit}.</source>
            <translation>Crédit disponible de {name} : {credit}.</translation>
        </message>
    </context>
    <context>
        <name>pages.registry</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Listings</source>
            <translation>Annonces</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Trades</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Ledger</source>
            <translation>Grand livre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Audit log</source>
            <translation>Journal des modifications</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.balance_panels</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>System account</source>
            <translation>Compte système</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Suspended</source>
            <translation>Suspendu</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Left</source>
            <translation>Parti</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Last entry</source>
            <translation>Dernière écriture</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Credit limit</source>
            <translation>Limite de crédit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>At the end of</source>
            <translation>À la fin de</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Trial balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>At the &amp;end of:</source>
            <translation>À la &amp;fin de :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Every account, system accounts included</source>
            <translation>Tous les comptes, comptes système compris</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Total of all accounts</source>
            <translation>Total de tous les comptes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Balanced: %n account(s); balances below zero {below}, above zero {above}, total {total}.</source>
            <translation>
                <numerusform>Équilibré : %n compte ; soldes négatifs {below}, positifs {above}, total {total}.</numerusform>
                <numerusform>Équilibré : %n comptes ; soldes négatifs {below}, positifs {above}, total {total}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>NOT balanced: the balances add up to {total} instead of zero. Run Verify ledger on the Ledger page and tell your administrator.</source>
            <translation>NON équilibré : les soldes font {total} au lieu de zéro. Lancez Vérifier le grand livre sur la page Grand livre et prévenez votre administrateur.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>All members</source>
            <translation>Tous les membres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Balances at a date</source>
            <translation>Soldes à une date</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Me&amp;mbers:</source>
            <translation>Me&amp;mbres :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Status is the member's status today</source>
            <translation>Le statut est celui du membre aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>%n member(s): {held} held above zero, {owed} owed below zero.</source>
            <translation>
                <numerusform>%n membre : {held} au-dessus de zéro, {owed} en dessous de zéro.</numerusform>
                <numerusform>%n membres : {held} au-dessus de zéro, {owed} en dessous de zéro.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.chart</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/chart.py" />
            <source>{month} {year}</source>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/chart.py" />
            <source>Net trade volume per month</source>
            <translation>Volume net des échanges par mois</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/chart.py" />
            <source>Net volume</source>
            <translation>Volume net</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/chart.py" />
            <source>{currency} ({symbol})</source>
            <translation>{currency} ({symbol})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/chart.py" />
            <source>{month}: %n trade(s), {volume}</source>
            <translation>
                <numerusform>{month} : %n échange, {volume}</numerusform>
                <numerusform>{month} : %n échanges, {volume}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.directory_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Print the directory</source>
            <translation>Imprimer l'annuaire</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Reading the offers and wants…</source>
            <translation>Lecture des offres et demandes…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Save as &amp;PDF…</source>
            <translation>Enregistrer en &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>P&amp;rint…</source>
            <translation>Imp&amp;rimer…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Active offers and wants of active members, by category, with a dated cover. Phone, email and address appear only for members who agreed to be listed with them; the others are reached through the coordinator.</source>
            <translation>Offres et demandes actives des membres actifs, par catégorie, avec une couverture datée. Téléphone, e-mail et adresse ne figurent que pour les membres qui l'ont accepté ; les autres sont joignables via le coordinateur.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>&lt;b&gt;{exchange}&lt;/b&gt;: {offers} offers and {wants} wants in {categories} categories, dated {day}.</source>
            <translation>&lt;b&gt;{exchange}&lt;/b&gt; : {offers} offres et {wants} demandes dans {categories} catégories, au {day}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>The directory could not be read.</source>
            <translation>Impossible de lire l'annuaire.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Save the directory as</source>
            <translation>Enregistrer l'annuaire sous</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Saved the directory to {file}.</source>
            <translation>Annuaire enregistré dans {file}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>The file is in {folder}.</source>
            <translation>Le fichier est dans {folder}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Sent the directory (%n page(s)) to the printer.</source>
            <translation>
                <numerusform>Annuaire (%n page) envoyé à l'imprimante.</numerusform>
                <numerusform>Annuaire (%n pages) envoyé à l'imprimante.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.file_menu</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Bring in members, opening balances or listings from a CSV file or a workbook</source>
            <translation>Importer des membres, des soldes d'ouverture ou des annonces depuis un fichier CSV ou un classeur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Only coordinators and administrators import; you are a {role}.</source>
            <translation>Seuls les coordinateurs et les administrateurs importent ; vous êtes {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>&amp;Statements…</source>
            <translation>&amp;Relevés…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Statements of account for one or every active member</source>
            <translation>Relevés de compte pour un membre ou pour tous les membres actifs</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Print &amp;directory…</source>
            <translation>Imprimer l'&amp;annuaire…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>The directory of offers and wants as a PDF booklet or on paper</source>
            <translation>L'annuaire des offres et demandes en livret PDF ou sur papier</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Compute the report again (F5)</source>
            <translation>Recalculer le rapport (F5)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>&amp;Save as…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save as P&amp;DF…</source>
            <translation>Enregistrer en P&amp;DF…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Refresh the report</source>
            <translation>Actualiser le rapport</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Print the report</source>
            <translation>Imprimer le rapport</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save the report to a file</source>
            <translation>Enregistrer le rapport dans un fichier</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>The report has not been computed (see the message below it).</source>
            <translation>Le rapport n'a pas été calculé (voir le message en dessous).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save the report shown as a CSV file or an Excel workbook</source>
            <translation>Enregistrer le rapport affiché en fichier CSV ou en classeur Excel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save the report shown as a PDF document</source>
            <translation>Enregistrer le rapport affiché en document PDF</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Print the report shown (Ctrl+P)</source>
            <translation>Imprimer le rapport affiché (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save {report}</source>
            <translation>Enregistrer {report}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Saved {report} (%n rows) to {path}.</source>
            <translation>
                <numerusform>{report} enregistré (%n ligne) dans {path}.</numerusform>
                <numerusform>{report} enregistré (%n lignes) dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save {report} as PDF</source>
            <translation>Enregistrer {report} en PDF</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Saved {report} (%n page(s)) to {path}.</source>
            <translation>
                <numerusform>{report} enregistré (%n page) dans {path}.</numerusform>
                <numerusform>{report} enregistré (%n pages) dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Print {report}</source>
            <translation>Imprimer {report}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Sent {report} to {printer}.</source>
            <translation>{report} envoyé à {printer}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>the printer</source>
            <translation>l'imprimante</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.panel_base</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.statement_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Member statements</source>
            <translation>Relevés des membres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;One member:</source>
            <translation>&amp;Un membre :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;All active members</source>
            <translation>&amp;Tous les membres actifs</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Statements for</source>
            <translation>Relevés pour</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>The balance at the start is brought forward; the last day is included.</source>
            <translation>Le solde de début est reporté ; le dernier jour est inclus.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>One PDF file per member, into a fol&amp;der</source>
            <translation>Un fichier PDF par membre, dans un &amp;dossier</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>One PDF fil&amp;e (each member starts on a new page)</source>
            <translation>Un seul fichi&amp;er PDF (chaque membre sur une nouvelle page)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Send to a p&amp;rinter</source>
            <translation>Envoyer à une imp&amp;rimante</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Save to</source>
            <translation>Enregistrer dans</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Sa&amp;ve as file:</source>
            <translation>Enregistrer &amp;sous :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Output</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Sa&amp;ve in folder:</source>
            <translation>Enregistrer dans le &amp;dossier :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Folder for the statements</source>
            <translation>Dossier des relevés</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Save statements as</source>
            <translation>Enregistrer les relevés sous</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>The period starts after it ends.</source>
            <translation>La période commence après sa fin.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Give the earlier date as 'From'.</source>
            <translation>Mettez la date la plus ancienne dans « Du ».</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Choose the member first.</source>
            <translation>Choisissez d'abord le membre.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Type part of their name or their number.</source>
            <translation>Tapez une partie de son nom ou son numéro.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Say where the statements go.</source>
            <translation>Indiquez où vont les relevés.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Use Browse….</source>
            <translation>Utilisez Parcourir….</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>{path} is a file, not a folder.</source>
            <translation>{path} est un fichier, pas un dossier.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>There are no active members to make statements for.</source>
            <translation>Il n'y a aucun membre actif pour qui faire des relevés.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Print statements</source>
            <translation>Imprimer les relevés</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>State&amp;ment…</source>
            <translation>Rele&amp;vé…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Save or print the selected member's statement of account for a period</source>
            <translation>Enregistrer ou imprimer le relevé de compte du membre sélectionné pour une période</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.statement_output</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Drawing the statements…</source>
            <translation>Préparation des relevés…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>&amp;Stop</source>
            <translation>&amp;Arrêter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Member statements</source>
            <translation>Relevés des membres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Statement {number} of {total}: {name}</source>
            <translation>Relevé {number} sur {total} : {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Stopped after {done} of {total} statements. The %n file(s) already written stay in {path}.</source>
            <translation>
                <numerusform>Arrêté après {done} relevés sur {total}. Le fichier déjà écrit (%n) reste dans {path}.</numerusform>
                <numerusform>Arrêté après {done} relevés sur {total}. Les %n fichiers déjà écrits restent dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Stopped after {done} of {total} statements. Nothing was kept.</source>
            <translation>Arrêté après {done} relevés sur {total}. Rien n'a été conservé.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Sent %n statement(s) to the printer.</source>
            <translation>
                <numerusform>%n relevé envoyé à l'imprimante.</numerusform>
                <numerusform>%n relevés envoyés à l'imprimante.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>The file is in {folder}.</source>
            <translation>Le fichier est dans {folder}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Wrote 1 statement ({name}, closing balance {balance}) to {file}.</source>
            <translation>1 relevé écrit ({name}, solde final {balance}) dans {file}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Wrote %n statement(s) to {file}.</source>
            <translation>
                <numerusform>%n relevé écrit dans {file}.</numerusform>
                <numerusform>%n relevés écrits dans {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Wrote %n statement(s), one PDF per member.</source>
            <translation>
                <numerusform>%n relevé écrit, un PDF par membre.</numerusform>
                <numerusform>%n relevés écrits, un PDF par membre.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>They are in {path}.</source>
            <translation>Ils sont dans {path}.</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.trade_panels</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Trades</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Reversed</source>
            <translation>Annulés</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Net volume</source>
            <translation>Volume net</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Trade volume</source>
            <translation>Volume des échanges</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Payments between members; reversals count in their own month</source>
            <translation>Paiements entre membres ; les annulations comptent dans leur propre mois</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Volume per month</source>
            <translation>Volume par mois</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Volume per category</source>
            <translation>Volume par catégorie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>The 'From' date is after the 'To' date.</source>
            <translation>La date « Du » est après la date « Au ».</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>%n trade(s) (after {reversed} reversed), net volume {volume}, in {months}.</source>
            <translation>
                <numerusform>%n échange (après {reversed} annulés), volume net {volume}, sur {months}.</numerusform>
                <numerusform>%n échanges (après {reversed} annulés), volume net {volume}, sur {months}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>%n month(s) with trade</source>
            <translation>
                <numerusform>%n mois avec échanges</numerusform>
                <numerusform>%n mois avec échanges</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>dormant</source>
            <translation>inactif</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Joined</source>
            <translation>Inscrit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Last entry</source>
            <translation>Dernière écriture</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Entries</source>
            <translation>Écritures</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Dormant</source>
            <translation>Inactif</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Member activity</source>
            <translation>Activité des membres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source> months</source>
            <translation> mois</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Dormant after</source>
            <translation>Inactif après</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>At the end of</source>
            <translation>À la fin de</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>&amp;Dormant after:</source>
            <translation>&amp;Inactif après :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>At the &amp;end of:</source>
            <translation>À la &amp;fin de :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Dormant: no entry in that time, and joined before it began</source>
            <translation>Inactif : aucune écriture pendant cette durée, et inscrit avant son début</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>{dormant} of %n active member(s) are dormant: no entry since {day} (listed first).</source>
            <translation>
                <numerusform>{dormant} sur %n membre actif sont inactifs : aucune écriture depuis le {day} (en tête de liste).</numerusform>
                <numerusform>{dormant} sur %n membres actifs sont inactifs : aucune écriture depuis le {day} (en tête de liste).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Velocity</source>
            <translation>Vélocité</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Net trade volume in the period:</source>
            <translation>Volume net des échanges sur la période :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Credit members hold at the end (positive balances):</source>
            <translation>Crédit détenu par les membres à la fin (soldes positifs) :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Velocity (volume ÷ credit held):</source>
            <translation>Vélocité (volume ÷ crédit détenu) :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>A velocity of 2 means the credit members hold changed hands twice in the period. Levies, fees, opening balances and payments to or from the community fund are not trade; reversed trades are taken off.</source>
            <translation>Une vélocité de 2 signifie que le crédit détenu par les membres a changé de mains deux fois sur la période. Cotisations, frais, soldes d'ouverture et paiements avec le fonds commun ne sont pas des échanges ; les échanges annulés sont déduits.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Nobody holds credit at the end of the period, so there is no velocity.</source>
            <translation>Personne ne détient de crédit à la fin de la période : pas de vélocité.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>From {since} to {until} the credit held changed hands {velocity} times.</source>
            <translation>Du {since} au {until}, le crédit détenu a changé de mains {velocity} fois.</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.member_action</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/member_action.py" />
            <source>Record &amp;trade…</source>
            <translation>Enregistrer un &amp;échange…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/member_action.py" />
            <source>Record a trade the selected member paid for (they are the buyer)</source>
            <translation>Enregistrer un échange payé par le membre sélectionné (il est l'acheteur)</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Disputed</source>
            <translation>Contesté</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Reversed</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>reversed</source>
            <translation>annulé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>pending</source>
            <translation>en attente</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>disputed</source>
            <translation>contesté</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>completed</source>
            <translation>terminé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Note: {note}</source>
            <translation>Note : {note}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Resolution: {resolution}</source>
            <translation>Résolution : {resolution}</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.note_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Cancel trade {id}</source>
            <translation>Annuler l'échange {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Cancel &amp;trade</source>
            <translation>Annuler l'&amp;échange</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>e.g. the members agreed it did not happen</source>
            <translation>ex. les membres conviennent qu'il n'a pas eu lieu</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>The trade never reached the ledger; it stays in the list as cancelled.</source>
            <translation>L'échange n'a jamais atteint le grand livre ; il reste dans la liste comme annulé.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Dispute trade {id}</source>
            <translation>Contester l'échange {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Mark &amp;disputed</source>
            <translation>Marquer &amp;contesté</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;What is disputed:</source>
            <translation>&amp;Objet de la contestation :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>who disagrees, and about what</source>
            <translation>qui conteste, et à propos de quoi</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>The trade waits until the dispute is resolved to completed or cancelled.</source>
            <translation>L'échange attend que la contestation soit résolue en terminé ou annulé.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Resolve dispute on trade {id}</source>
            <translation>Résoudre la contestation de l'échange {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Re&amp;solve</source>
            <translation>Ré&amp;soudre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;Outcome note:</source>
            <translation>Note de &amp;résultat :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>what was agreed, and with whom</source>
            <translation>ce qui a été convenu, et avec qui</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Completed posts the trade to the ledger; cancelled ends it without posting.</source>
            <translation>Terminé passe l'échange au grand livre ; annulé le clôt sans écriture.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Reverse trade {id}</source>
            <translation>Annuler l'échange {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Re&amp;verse trade</source>
            <translation>Annu&amp;ler l'échange</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>e.g. wrong amount on the slip</source>
            <translation>ex. mauvais montant sur le bon</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>A ledger transaction moves the amount back; the original stays in the books and the trade is marked cancelled. Record a new trade if the right amount differs.</source>
            <translation>Une opération du grand livre reverse le montant ; l'original reste dans les comptes et l'échange est marqué annulé. Enregistrez un nouvel échange si le bon montant diffère.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;b&gt;{buyer}&lt;/b&gt; paid &lt;b&gt;{seller}&lt;/b&gt; {amount} on {day}</source>
            <translation>&lt;b&gt;{buyer}&lt;/b&gt; a payé {amount} à &lt;b&gt;{seller}&lt;/b&gt; le {day}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;b&gt;{buyer}&lt;/b&gt; will pay &lt;b&gt;{seller}&lt;/b&gt; {amount} when the trade is completed (traded on {day})</source>
            <translation>&lt;b&gt;{buyer}&lt;/b&gt; paiera {amount} à &lt;b&gt;{seller}&lt;/b&gt; quand l'échange sera terminé (échangé le {day})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;br&gt;“{description}”</source>
            <translation>&lt;br&gt;« {description} »</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;br&gt;Note: {note}</source>
            <translation>&lt;br&gt;Note : {note}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Trade:</source>
            <translation>Échange :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;Completed</source>
            <translation>&amp;Terminé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>C&amp;ancelled</source>
            <translation>&amp;Annulé</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Resolved as:</source>
            <translation>Résolu comme :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>A&amp;greed amount ({symbol}):</source>
            <translation>Montant &amp;convenu ({symbol}) :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Empty: the amount recorded on the trade.</source>
            <translation>Vide : le montant enregistré sur l'échange.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Write what the dispute is about.</source>
            <translation>Décrivez l'objet de la contestation.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Write what was agreed.</source>
            <translation>Écrivez ce qui a été convenu.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Give a reason.</source>
            <translation>Donnez un motif.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Keep it under {n} characters.</source>
            <translation>Restez sous {n} caractères.</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is cancelled.</source>
            <translation>L'échange {id} est annulé.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is marked disputed.</source>
            <translation>L'échange {id} est marqué contesté.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is resolved as {status}.</source>
            <translation>L'échange {id} est résolu comme {status}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is reversed by transaction {reversal}.</source>
            <translation>L'échange {id} est annulé par l'opération {reversal}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Recorded trade {id} ({status}): {buyer} paid {seller} {amount}.</source>
            <translation>Échange {id} enregistré ({status}) : {buyer} a payé {amount} à {seller}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Recorded trade {id} ({status}): {buyer} will pay {seller} {amount} when it is completed.</source>
            <translation>Échange {id} enregistré ({status}) : {buyer} paiera {amount} à {seller} une fois terminé.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Only coordinators and administrators change trades</source>
            <translation>Seuls les coordinateurs et les administrateurs modifient les échanges</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Only coordinators and administrators post to the ledger</source>
            <translation>Seuls les coordinateurs et les administrateurs passent des écritures au grand livre</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>%Ln trade(s)</source>
            <translation>
                <numerusform>%Ln échange</numerusform>
                <numerusform>%Ln échanges</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Select a trade in the list first.</source>
            <translation>Sélectionnez d'abord un échange dans la liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Any member</source>
            <translation>Tout membre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Words in description or note, or a slip number</source>
            <translation>Mots de la description ou de la note, ou un numéro de bon</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Search trades</source>
            <translation>Chercher des échanges</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Fi&amp;nd:</source>
            <translation>Tro&amp;uver :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Member:</source>
            <translation>&amp;Membre :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>C&amp;lear filters</source>
            <translation>Effacer &amp;les filtres</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade status</source>
            <translation>Statut de l'échange</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trades</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is {status}.</source>
            <translation>L'échange {id} est {status}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} has no ledger transaction.</source>
            <translation>L'échange {id} n'a pas d'opération au grand livre.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Record trade…</source>
            <translation>&amp;Enregistrer un échange…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Record a trade members reported (Ctrl+N)</source>
            <translation>Enregistrer un échange signalé par des membres (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Sli&amp;p batch…</source>
            <translation>Lot de &amp;bons…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Enter a bundle of paper slips with its control count and total</source>
            <translation>Saisir une liasse de bons papier avec son nombre et son total de contrôle</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>C&amp;omplete</source>
            <translation>&amp;Terminer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Both members agree: post the trade to the ledger</source>
            <translation>Les deux membres sont d'accord : passer l'échange au grand livre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Cancel…</source>
            <translation>&amp;Annuler…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>The trade did not happen; nothing reaches the ledger</source>
            <translation>L'échange n'a pas eu lieu ; rien n'atteint le grand livre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Dispute…</source>
            <translation>&amp;Contester…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>A member disagrees: hold the trade until it is resolved</source>
            <translation>Un membre n'est pas d'accord : suspendre l'échange jusqu'à résolution</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>R&amp;esolve…</source>
            <translation>R&amp;ésoudre…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>End the dispute: completed or cancelled, with a note</source>
            <translation>Clore la contestation : terminé ou annulé, avec une note</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Rever&amp;se…</source>
            <translation>Contre-pa&amp;sser…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Correct a completed trade: post the reversal and cancel it</source>
            <translation>Corriger un échange terminé : passer l'annulation et l'annuler</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>{status} ({count})</source>
            <translation>{status} ({count})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source> (now under “{status}”)</source>
            <translation> (maintenant sous « {status} »)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source> (not shown: outside the current search)</source>
            <translation> (non affiché : hors de la recherche en cours)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Posted slip batch {batch}: %n completed trade(s).</source>
            <translation>
                <numerusform>Lot de bons {batch} passé : %n échange terminé.</numerusform>
                <numerusform>Lot de bons {batch} passé : %n échanges terminés.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source> (under “completed”)</source>
            <translation> (sous « terminé »)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Complete trade {id}?</source>
            <translation>Terminer l'échange {id} ?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>{buyer} pays {seller} {amount} in the ledger.</source>
            <translation>{buyer} paie {amount} à {seller} dans le grand livre.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Complete trade</source>
            <translation>Terminer l'échange</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} was already completed; nothing posted.</source>
            <translation>L'échange {id} était déjà terminé ; rien n'a été passé.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Completed trade {id}: transaction {transaction}.</source>
            <translation>Échange {id} terminé : opération {transaction}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id}</source>
            <translation>Échange {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>recorded by {who} on {when}</source>
            <translation>enregistré par {who} le {when}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>slip {slip}</source>
            <translation>bon {slip}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>batch {batch}</source>
            <translation>lot {batch}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>listing {listing}</source>
            <translation>annonce {listing}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>In the ledger as transaction {transaction}, reversed by transaction {reversal}.</source>
            <translation>Au grand livre comme opération {transaction}, annulée par l'opération {reversal}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>In the ledger as transaction {transaction}.</source>
            <translation>Au grand livre comme opération {transaction}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Note: {note}</source>
            <translation>Note : {note}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Resolution: {resolution}</source>
            <translation>Résolution : {resolution}</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.record_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Offer {id}: {title} ({member})</source>
            <translation>Offre {id} : {title} ({member})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Want {id}: {title} ({member})</source>
            <translation>Demande {id} : {title} ({member})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Offer {id}: {title} ({member}) — {price}</source>
            <translation>Offre {id} : {title} ({member}) — {price}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Want {id}: {title} ({member}) — {price}</source>
            <translation>Demande {id} : {title} ({member}) — {price}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Record trade</source>
            <translation>Enregistrer un échange</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Record trade</source>
            <translation>&amp;Enregistrer l'échange</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>No listing</source>
            <translation>Aucune annonce</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>e.g. 2 hours of gardening</source>
            <translation>ex. 2 heures de jardinage</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>No category</source>
            <translation>Aucune catégorie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Completed: both agree, post it to the ledger now</source>
            <translation>&amp;Terminé : les deux sont d'accord, le passer au grand livre maintenant</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Unticked, the trade is recorded as pending and completed later.</source>
            <translation>Non coché, l'échange est enregistré en attente et terminé plus tard.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>You may not post transactions; the trade is recorded as pending.</source>
            <translation>Vous ne pouvez pas passer d'opérations ; l'échange est enregistré en attente.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Buyer (pays):</source>
            <translation>&amp;Acheteur (paie) :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>S&amp;wap</source>
            <translation>&amp;Inverser</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Exchange buyer and seller</source>
            <translation>Intervertir acheteur et vendeur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Seller (is paid):</source>
            <translation>&amp;Vendeur (est payé) :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Listing:</source>
            <translation>A&amp;nnonce :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Amount ({symbol}):</source>
            <translation>&amp;Montant ({symbol}) :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Ca&amp;tegory:</source>
            <translation>Ca&amp;tégorie :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Traded &amp;on:</source>
            <translation>Échangé &amp;le :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Sli&amp;p number:</source>
            <translation>N° de &amp;bon :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choosing a listing fills the description, category and price.</source>
            <translation>Choisir une annonce remplit la description, la catégorie et le prix.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>No listing (none open for these members)</source>
            <translation>Aucune annonce (aucune ouverte pour ces membres)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choose who paid: type a member number, or part of a name and pick from the list.</source>
            <translation>Choisissez qui a payé : tapez un numéro de membre, ou une partie du nom et choisissez dans la liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choose who was paid: type a member number, or part of a name and pick from the list.</source>
            <translation>Choisissez qui a été payé : tapez un numéro de membre, ou une partie du nom et choisissez dans la liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>The buyer and the seller are the same member.</source>
            <translation>L'acheteur et le vendeur sont le même membre.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Say what was traded, or choose the listing.</source>
            <translation>Indiquez ce qui a été échangé, ou choisissez l'annonce.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>{name} has no credit limit.</source>
            <translation>{name} n'a pas de limite de crédit.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Available credit of {name}: {credit}.</source>
            <translation>Crédit disponible de {name} : {credit}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Available credit of {name}: {credit}; after this trade: {after}.</source>
            <translation>Crédit disponible de {name} : {credit} ; après cet échange : {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Available credit of {name}: {credit}: {short} short.</source>
            <translation>Crédit disponible de {name} : {credit} : il manque {short}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Too much for {name}'s credit now: untick Completed to record it as pending, and complete it later.</source>
            <translation>Trop pour le crédit actuel de {name} : décochez Terminé pour l'enregistrer en attente, et terminez-le plus tard.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choose the buyer and the seller.</source>
            <translation>Choisissez l'acheteur et le vendeur.</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.slip_batch</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Paper-slip batch</source>
            <translation>Lot de bons papier</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>optional, e.g. market day 14 June</source>
            <translation>facultatif, ex. marché du 14 juin</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Control &amp;count (slips in the bundle):</source>
            <translation>&amp;Nombre de contrôle (bons dans la liasse) :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Control &amp;total (written on the bundle):</source>
            <translation>&amp;Total de contrôle (écrit sur la liasse) :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Chec&amp;k now</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>&amp;Post batch</source>
            <translation>&amp;Passer le lot</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Tab or Enter moves to the next field; a new row appears as you fill the last one. Buyer and seller: a member number, or part of a name and pick from the list. Ctrl+Delete clears the row you are in. Empty rows are ignored.</source>
            <translation>Tab ou Entrée passe au champ suivant ; une nouvelle ligne apparaît quand vous remplissez la dernière. Acheteur et vendeur : un numéro de membre, ou une partie du nom et choisissez dans la liste. Ctrl+Delete efface la ligne en cours. Les lignes vides sont ignorées.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Only coordinators and administrators post slips; you are a {role}.</source>
            <translation>Seuls les coordinateurs et les administrateurs passent des bons ; vous êtes {role}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Discard the %n slip(s) you typed?</source>
            <translation>
                <numerusform>Abandonner le bon saisi (%n) ?</numerusform>
                <numerusform>Abandonner les %n bons saisis ?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>They are not posted; closing forgets them.</source>
            <translation>Ils ne sont pas passés ; fermer les oublie.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Keep typing</source>
            <translation>Continuer la saisie</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>%n slip(s) entered; type the count on the bundle.</source>
            <translation>
                <numerusform>%n bon saisi ; tapez le nombre inscrit sur la liasse.</numerusform>
                <numerusform>%n bons saisis ; tapez le nombre inscrit sur la liasse.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>{count} of {want} slips entered — matches.</source>
            <translation>{count} bons saisis sur {want} — correspond.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>{count} of {want} slips entered ({diff} more to enter).</source>
            <translation>{count} bons saisis sur {want} (encore {diff} à saisir).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>{count} of {want} slips entered ({diff} too many).</source>
            <translation>{count} bons saisis sur {want} ({diff} de trop).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}; the control total is not an amount.</source>
            <translation>Les bons font {running} ; le total de contrôle n'est pas un montant.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}; type the bundle's total.</source>
            <translation>Les bons font {running} ; tapez le total de la liasse.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running} — matches.</source>
            <translation>Les bons font {running} — correspond.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}: {diff} still missing.</source>
            <translation>Les bons font {running} : il manque encore {diff}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}: {diff} too much.</source>
            <translation>Les bons font {running} : {diff} de trop.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>%n slip(s) refused; the reasons are under the rows.</source>
            <translation>
                <numerusform>%n bon refusé ; les motifs sont sous les lignes.</numerusform>
                <numerusform>%n bons refusés ; les motifs sont sous les lignes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Correct them (or clear a row with Ctrl+Delete) before posting.</source>
            <translation>Corrigez-les (ou effacez une ligne avec Ctrl+Delete) avant de passer le lot.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>This batch is posted.</source>
            <translation>Ce lot est passé.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Type the slips first.</source>
            <translation>Saisissez d'abord les bons.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>The number of slips does not match the control count.</source>
            <translation>Le nombre de bons ne correspond pas au nombre de contrôle.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>The slips do not add up to the control total.</source>
            <translation>Les bons ne font pas le total de contrôle.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Checking the slips…</source>
            <translation>Vérification des bons…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Some slips are refused; see the reasons under the rows.</source>
            <translation>Des bons sont refusés ; voir les motifs sous les lignes.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Post every slip as a completed trade, all or nothing</source>
            <translation>Passer chaque bon comme échange terminé, tout ou rien</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Posted batch {batch}: %n slip(s), {total} in all, recorded as completed trade {first}, each with its own ledger transaction.</source>
            <translation>
                <numerusform>Lot {batch} passé : %n bon, {total} au total, enregistré comme échange terminé {first}, chacun avec sa propre opération au grand livre.</numerusform>
                <numerusform>Lot {batch} passé : %n bons, {total} au total, enregistrés comme échange terminé {first}, chacun avec sa propre opération au grand livre.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Posted batch {batch}: %n slip(s), {total} in all, recorded as completed trades {first}–{last}, each with its own ledger transaction.</source>
            <translation>
                <numerusform>Lot {batch} passé : %n bon, {total} au total, enregistré comme échanges terminés {first}–{last}, chacun avec sa propre opération au grand livre.</numerusform>
                <numerusform>Lot {batch} passé : %n bons, {total} au total, enregistrés comme échanges terminés {first}–{last}, chacun avec sa propre opération au grand livre.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.slip_grid</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Slip no.</source>
            <translation>N° de bon</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Buyer (pays)</source>
            <translation>Acheteur (paie)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Seller (is paid)</source>
            <translation>Vendeur (est payé)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Amount ({symbol})</source>
            <translation>Montant ({symbol})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} slip</source>
            <translation>Ligne {n} bon</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} buyer</source>
            <translation>Ligne {n} acheteur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} seller</source>
            <translation>Ligne {n} vendeur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} amount</source>
            <translation>Ligne {n} montant</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} description</source>
            <translation>Ligne {n} description</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Paper slip</source>
            <translation>Bon papier</translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Reviewing backup {file} from {when} — read-only; nothing can be changed. Warning: the backup did not verify (%n problem(s)).</source>
            <translation>
                <numerusform>Consultation de la sauvegarde {file} du {when} — lecture seule ; rien ne peut être modifié. Attention : la sauvegarde n'a pas passé la vérification (%n problème).</numerusform>
                <numerusform>Consultation de la sauvegarde {file} du {when} — lecture seule ; rien ne peut être modifié. Attention : la sauvegarde n'a pas passé la vérification (%n problèmes).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Reviewing backup {file} from {when} — read-only; nothing can be changed.</source>
            <translation>Consultation de la sauvegarde {file} du {when} — lecture seule ; rien ne peut être modifié.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source> — review of {file} (read-only)</source>
            <translation> — consultation de {file} (lecture seule)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Review mode</source>
            <translation>Mode consultation</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>File: {file}</source>
            <translation>Fichier : {file}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Opened in a private scratch database, read-only.</source>
            <translation>Ouverte dans une base de travail privée, en lecture seule.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>What did not verify:</source>
            <translation>Échecs de vérification :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>{file} is encrypted. Enter its passphrase:</source>
            <translation>{file} est chiffré. Saisissez sa phrase secrète :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Open a backup for review</source>
            <translation>Ouvrir une sauvegarde en consultation</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>This backup cannot be opened</source>
            <translation>Impossible d'ouvrir cette sauvegarde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Checking the passphrase…</source>
            <translation>Vérification de la phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Review</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Opening {file} for review…</source>
            <translation>Ouverture de {file} en consultation…</translation>
        </message>
    </context>
    <context>
        <name>server_password_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Server password — {program}</source>
            <translation>Mot de passe du serveur — {program}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&lt;b&gt;PostgreSQL server {host}&lt;/b&gt;&lt;br&gt;The server asks for the password of the login &lt;b&gt;{login}&lt;/b&gt;.</source>
            <translation>&lt;b&gt;Serveur PostgreSQL {host}&lt;/b&gt;&lt;br&gt;Le serveur demande le mot de passe de l'identifiant &lt;b&gt;{login}&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>{address}, database {database}</source>
            <translation>{address}, base {database}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Password of the server login {login}</source>
            <translation>Mot de passe de l'identifiant serveur {login}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&amp;Remember in the system keyring</source>
            <translation>&amp;Mémoriser dans le trousseau du système</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Kept by {keyring}; the program asks again if it changes.</source>
            <translation>Conservé par {keyring} ; le programme le redemande s'il change.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&amp;Remember in PostgreSQL's password file</source>
            <translation>&amp;Mémoriser dans le fichier de mots de passe de PostgreSQL</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>That is {file}. No system keyring is available on this computer; the password file is readable by your account only (mode 0600).</source>
            <translation>Il s'agit de {file}. Aucun trousseau système n'est disponible sur cet ordinateur ; le fichier de mots de passe n'est lisible que par votre compte (mode 0600).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Server:</source>
            <translation>Serveur :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Login:</source>
            <translation>Identifiant :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Connect</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Type the password of the server login.</source>
            <translation>Tapez le mot de passe de l'identifiant serveur.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
    </context>
    <context>
        <name>sign_out</name>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is upgrading the database; your saved work is kept.</source>
            <translation>{who} met à jour la base de données ; votre travail enregistré est conservé.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is upgrading the database — sign in again when it is done.</source>
            <translation>{who} met à jour la base de données — reconnectez-vous quand ce sera fini.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is upgrading the database; your saved work is kept.</source>
            <translation>Quelqu'un met à jour la base de données ; votre travail enregistré est conservé.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is upgrading the database — sign in again when it is done.</source>
            <translation>Quelqu'un met à jour la base de données — reconnectez-vous quand ce sera fini.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is restoring the database; your saved work is kept.</source>
            <translation>{who} restaure la base de données ; votre travail enregistré est conservé.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is restoring the database — sign in again when it is done.</source>
            <translation>{who} restaure la base de données — reconnectez-vous quand ce sera fini.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is restoring the database; your saved work is kept.</source>
            <translation>Quelqu'un restaure la base de données ; votre travail enregistré est conservé.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is restoring the database — sign in again when it is done.</source>
            <translation>Quelqu'un restaure la base de données — reconnectez-vous quand ce sera fini.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Signing out</source>
            <translation>Déconnexion</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Sign out now</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{notice} LocalEx will sign you out in {seconds} s — finish or cancel what you are editing.</source>
            <translation>{notice} LocalEx va vous déconnecter dans {seconds} s — terminez ou annulez ce que vous modifiez.</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <location filename="../../localex_desktop/ui/tasks.py" />
            <source>Please wait</source>
            <translation>Veuillez patienter</translation>
        </message>
    </context>
    <context>
        <name>widgets</name>
        <message>
            <location filename="../../localex_desktop/ui/widgets.py" />
            <source>{counted} (more as you scroll)</source>
            <translation>{counted} (plus en défilant)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/widgets.py" />
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
    </context>
</TS>
