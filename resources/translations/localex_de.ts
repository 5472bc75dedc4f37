<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Checking the database…</source>
            <translation>Datenbank wird geprüft…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Open a backup for review…</source>
            <translation>Sicherung zur Prüfung öffnen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Look through a backup file read-only (for bookkeepers)</source>
            <translation>Sicherungsdatei schreibgeschützt ansehen (für die Buchhaltung)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Starting the database in {folder}…</source>
            <translation>Datenbank in {folder} wird gestartet…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Connecting to {host}…</source>
            <translation>Verbindung zu {host}…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Connecting to the server…</source>
            <translation>Verbindung zum Server…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>PostgreSQL server {host}</source>
            <translation>PostgreSQL-Server {host}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>PostgreSQL server on the local socket</source>
            <translation>PostgreSQL-Server am lokalen Socket</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Data folder: {folder}</source>
            <translation>Datenordner: {folder}</translation>
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
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Operator</source>
            <translation>Bediener</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Operator no.</source>
            <translation>Bediener-Nr.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/base.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/base.py" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Offer</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Want</source>
            <translation>Gesuch</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Withdrawn</source>
            <translation>Zurückgezogen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Member name</source>
            <translation>Mitgliedsname</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/members.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Updated</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Suspended</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Left</source>
            <translation>Ausgetreten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Joined</source>
            <translation>Beigetreten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>In directory</source>
            <translation>Im Verzeichnis</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Credit limit</source>
            <translation>Kreditlimit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>none</source>
            <translation>keins</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Upper limit</source>
            <translation>Obergrenze</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Pending</source>
            <translation>Offen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Disputed</source>
            <translation>Strittig</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Reversed</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Buyer</source>
            <translation>Käufer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Buyer's name</source>
            <translation>Name Käufer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Seller</source>
            <translation>Verkäufer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Seller's name</source>
            <translation>Name Verkäufer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Slip</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Listing</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Transaction</source>
            <translation>Buchung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reversal</source>
            <translation>Stornierung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Resolution</source>
            <translation>Klärung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Slip batch</source>
            <translation>Belegstapel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Recorded by</source>
            <translation>Erfasst von</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Recorded</source>
            <translation>Erfasst</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Transfer</source>
            <translation>Überweisung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Trade</source>
            <translation>Tausch</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Levy</source>
            <translation>Umlage</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Batch</source>
            <translation>Stapel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Opening</source>
            <translation>Eröffnung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Adjustment</source>
            <translation>Korrektur</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>To</source>
            <translation>An</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Memo</source>
            <translation>Vermerk</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Category no.</source>
            <translation>Kategorie-Nr.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reverses</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reversed by</source>
            <translation>Storniert durch</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Posted by</source>
            <translation>Gebucht von</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Account no.</source>
            <translation>Konto-Nr.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Balance after</source>
            <translation>Saldo danach</translation>
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
            <translation>Nicht im Prüfmodus: dies ist eine schreibgeschützte Kopie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Your role ({role}) may not do this</source>
            <translation>Ihre Rolle ({role}) darf das nicht</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Reading the schema…</source>
            <translation>Schema wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>There is no earlier schema revision to go down to.</source>
            <translation>Es gibt keine frühere Schema-Revision, zu der zurückgegangen werden kann.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>The database is now at schema {revision}.</source>
            <translation>Die Datenbank hat jetzt Schema {revision}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>This version of LocalEx Desktop needs the newer schema, so it closes now. Open the database with the older version of the program.</source>
            <translation>Diese Version von LocalEx Desktop braucht das neuere Schema und wird jetzt beendet. Öffnen Sie die Datenbank mit der älteren Version des Programms.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Back up now…</source>
            <translation>Jetzt &amp;sichern…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Write a backup file of the database</source>
            <translation>Eine Sicherungsdatei der Datenbank schreiben</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Restore…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Replace the data with a backup (a safety backup first)</source>
            <translation>Daten durch eine Sicherung ersetzen (vorher eine Sicherheitskopie)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Verify a backup…</source>
            <translation>Sicherung &amp;prüfen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Check that a backup file restores and verifies</source>
            <translation>Prüfen, ob sich eine Sicherungsdatei wiederherstellen und prüfen lässt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Open a backup for review…</source>
            <translation>Sicherung zur Prüfung ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Look through a backup read-only, without touching the current data</source>
            <translation>Sicherung schreibgeschützt ansehen, ohne die aktuellen Daten zu berühren</translation>
        </message>
    </context>
    <context>
        <name>backup.backup_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>A folder, e.g. on a USB stick</source>
            <translation>Ein Ordner, z. B. auf einem USB-Stick</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Encrypt the backup with a passphrase</source>
            <translation>Sicherung mit einer Passphrase verschlüsseln</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>The file holds members' names, addresses and phone numbers: encrypt it when it leaves this computer (a USB stick, email). Without the passphrase nobody, not even you, can restore it, so keep it somewhere safe.</source>
            <translation>Die Datei enthält Namen, Adressen und Telefonnummern der Mitglieder: Verschlüsseln Sie sie, wenn sie diesen Computer verlässt (USB-Stick, E-Mail). Ohne die Passphrase kann niemand, auch Sie nicht, sie wiederherstellen – bewahren Sie sie also sicher auf.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Save in folder:</source>
            <translation>Speichern in Ordner:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Same again:</source>
            <translation>Wiederholen:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Open the folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Folder for the backup</source>
            <translation>Ordner für die Sicherung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>A backup is one .localex file holding everything: members, accounts, the ledger and the settings.</source>
            <translation>Eine Sicherung ist eine .localex-Datei mit allem: Mitglieder, Konten, Hauptbuch und Einstellungen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Back up</source>
            <translation>Sichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Backing up to {folder}</source>
            <translation>Sicherung nach {folder}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>The backup was written.</source>
            <translation>Die Sicherung wurde geschrieben.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Size:</source>
            <translation>Größe:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>SHA-256:</source>
            <translation>SHA-256:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Made:</source>
            <translation>Erstellt:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Encrypted:</source>
            <translation>Verschlüsselt:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Cancelled: no backup file was written.</source>
            <translation>Abgebrochen: Es wurde keine Sicherungsdatei geschrieben.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>The backup failed</source>
            <translation>Die Sicherung ist fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>backup.logic</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>At least %n character(s).</source>
            <translation>
                <numerusform>Mindestens %n Zeichen.</numerusform>
                <numerusform>Mindestens %n Zeichen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Too short: {length} of at least %n character(s).</source>
            <translation>
                <numerusform>Zu kurz: {length} von mindestens %n Zeichen.</numerusform>
                <numerusform>Zu kurz: {length} von mindestens %n Zeichen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Strong.</source>
            <translation>Stark.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Fair. A few more words make it stronger.</source>
            <translation>Mittel. Ein paar Wörter mehr machen sie stärker.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Weak: easy to guess. Use three or four unrelated words.</source>
            <translation>Schwach: leicht zu erraten. Nehmen Sie drei oder vier Wörter ohne Zusammenhang.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Made:</source>
            <translation>Erstellt:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{when} by {who}</source>
            <translation>{when} von {who}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Program version:</source>
            <translation>Programmversion:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Schema revision:</source>
            <translation>Schema-Revision:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln Mitglied</numerusform>
                <numerusform>%Ln Mitglieder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln Konto</numerusform>
                <numerusform>%Ln Konten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln listing(s)</source>
            <translation>
                <numerusform>%Ln Eintrag</numerusform>
                <numerusform>%Ln Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln trade(s)</source>
            <translation>
                <numerusform>%Ln Tausch</numerusform>
                <numerusform>%Ln Tausche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln operator(s)</source>
            <translation>
                <numerusform>%Ln Bediener</numerusform>
                <numerusform>%Ln Bediener</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Holds:</source>
            <translation>Enthält:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{transactions}, {entries}; balances sum to zero</source>
            <translation>{transactions}, {entries}; Salden ergeben null</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{transactions}, {entries}; balances sum to {sum} (smallest units)</source>
            <translation>{transactions}, {entries}; Salden ergeben {sum} (kleinste Einheiten)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Ledger:</source>
            <translation>Hauptbuch:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln transaction(s)</source>
            <translation>
                <numerusform>%Ln Buchung</numerusform>
                <numerusform>%Ln Buchungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln entr(y|ies)</source>
            <translation>
                <numerusform>%Ln Posten</numerusform>
                <numerusform>%Ln Posten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Chain digest:</source>
            <translation>Ketten-Prüfsumme:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Label:</source>
            <translation>Bezeichnung:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Encrypted:</source>
            <translation>Verschlüsselt:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>— (not set up)</source>
            <translation>— (nicht eingerichtet)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{revision}: newer than this program knows ({latest})</source>
            <translation>{revision}: neuer, als dieses Programm kennt ({latest})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{revision}: older; it will be brought up to {latest} after restoring</source>
            <translation>{revision}: älter; wird nach dem Wiederherstellen auf {latest} gebracht</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{revision} (the same as this program's)</source>
            <translation>{revision} (dieselbe wie die des Programms)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Choose a folder for the backup.</source>
            <translation>Wählen Sie einen Ordner für die Sicherung.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>The folder must be a full path.</source>
            <translation>Der Ordner muss ein vollständiger Pfad sein.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} ist eine Datei, kein Ordner.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>The passphrase needs at least %n character(s).</source>
            <translation>
                <numerusform>Die Passphrase braucht mindestens %n Zeichen.</numerusform>
                <numerusform>Die Passphrase braucht mindestens %n Zeichen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>The two passphrases differ.</source>
            <translation>Die beiden Passphrasen sind verschieden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Choose a backup file.</source>
            <translation>Wählen Sie eine Sicherungsdatei.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Your current data will be kept as a safety backup in {folder} (a file named localex-…-before-restore.localex) before anything is replaced.</source>
            <translation>Ihre aktuellen Daten werden als Sicherheitskopie in {folder} aufbewahrt (eine Datei namens localex-…-before-restore.localex), bevor etwas ersetzt wird.</translation>
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
            <translation>Was passiert ist</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Upgrade to schema {revision}</source>
            <translation>Upgrade auf Schema {revision}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Downgrade to schema {revision}</source>
            <translation>Downgrade auf Schema {revision}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Please wait; do not switch the computer off.</source>
            <translation>Bitte warten; schalten Sie den Computer nicht aus.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>All steps completed.</source>
            <translation>Alle Schritte abgeschlossen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Upgrade the database</source>
            <translation>Datenbank aktualisieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>The database is at schema {current}; this version of LocalEx Desktop needs {target}. These changes will be applied:</source>
            <translation>Die Datenbank hat Schema {current}; diese Version von LocalEx Desktop braucht {target}. Diese Änderungen werden angewendet:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>The database is at schema (empty); this version of LocalEx Desktop needs {target}. These changes will be applied:</source>
            <translation>Die Datenbank hat Schema (leer); diese Version von LocalEx Desktop braucht {target}. Diese Änderungen werden angewendet:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Changes to apply</source>
            <translation>Anzuwendende Änderungen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>First a backup is written to {folder}. Then the changes are applied and the ledger is verified. If anything fails, the backup is put back and you are told what happened. Other computers that use this database need this version of the program afterwards.</source>
            <translation>Zuerst wird eine Sicherung nach {folder} geschrieben. Dann werden die Änderungen angewendet und das Hauptbuch geprüft. Schlägt etwas fehl, wird die Sicherung zurückgespielt und Sie erfahren, was passiert ist. Andere Computer, die diese Datenbank nutzen, brauchen danach diese Programmversion.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>The database needs an upgrade before it can be opened.</source>
            <translation>Die Datenbank muss aktualisiert werden, bevor sie geöffnet werden kann.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Back up and upgrade</source>
            <translation>Sichern und aktualisieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Downgrade the database</source>
            <translation>Datenbank zurückstufen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Changes to undo</source>
            <translation>Rückgängig zu machende Änderungen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>A downgrade undoes schema changes and can remove data that only the newer schema holds. Afterwards this version of LocalEx Desktop cannot open the database: it closes, and you open the database with the older version.</source>
            <translation>Ein Downgrade macht Schemaänderungen rückgängig und kann Daten entfernen, die nur das neuere Schema enthält. Danach kann diese Version von LocalEx Desktop die Datenbank nicht öffnen: Sie wird beendet, und Sie öffnen die Datenbank mit der älteren Version.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Down to revision:</source>
            <translation>Zurück auf Revision:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Type DOWNGRADE to confirm:</source>
            <comment>DOWNGRADE: the same word as its own translation, which is what is typed</comment>
            <translation>Zum Bestätigen DOWNGRADE eingeben:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>These changes will be undone:</source>
            <translation>Diese Änderungen werden rückgängig gemacht:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>A backup is written first.</source>
            <translation>Zuerst wird eine Sicherung geschrieben.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Back up and downgrade</source>
            <translation>Sichern und zurückstufen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Close the program</source>
            <translation>Programm beenden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Reading the schema…</source>
            <translation>Schema wird gelesen…</translation>
        </message>
    </context>
    <context>
        <name>backup.others</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>Ask them to close, and disconnect them after {seconds} s</source>
            <translation>Zum Schließen auffordern und nach {seconds} s trennen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>Looking for others connected to the database…</source>
            <translation>Suche nach anderen Verbindungen zur Datenbank…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>{others} The upgrade changes the database under them: their windows are asked to close and go back to the sign-in.</source>
            <translation>{others} Das Upgrade ändert die Datenbank unter ihnen: Ihre Fenster werden aufgefordert, sich zu schließen und zur Anmeldung zurückzukehren.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>{others} The restore replaces the data under them: their windows are asked to close and go back to the sign-in.</source>
            <translation>{others} Die Wiederherstellung ersetzt die Daten unter ihnen: Ihre Fenster werden aufgefordert, sich zu schließen und zur Anmeldung zurückzukehren.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>Nobody else is connected.</source>
            <translation>Sonst ist niemand verbunden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>%n other(s) (is|are) connected: {who}.</source>
            <translation>
                <numerusform>%n weiterer Nutzer ist verbunden: {who}.</numerusform>
                <numerusform>%n weitere Nutzer sind verbunden: {who}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>backup.panel</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> hours</source>
            <translation> Stunden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Back up now…</source>
            <translation>Jetzt sichern…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Restore…</source>
            <translation>Wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Verify a backup…</source>
            <translation>Sicherung prüfen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Migrate…</source>
            <translation>Migrieren…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Downgrade…</source>
            <translation>Zurückstufen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Write a backup file now</source>
            <translation>Jetzt eine Sicherungsdatei schreiben</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Replace the data with a backup (safety backup first)</source>
            <translation>Daten durch eine Sicherung ersetzen (vorher Sicherheitskopie)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Check that a backup file restores</source>
            <translation>Prüfen, ob sich eine Sicherungsdatei wiederherstellen lässt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Apply pending schema changes (backup first)</source>
            <translation>Ausstehende Schemaänderungen anwenden (vorher Sicherung)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Go back to an earlier schema (backup first)</source>
            <translation>Zu einem früheren Schema zurück (vorher Sicherung)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Kept for this computer: another coordinator's computer has its own folder</source>
            <translation>Gilt für diesen Computer: Der Computer anderer Koordinatoren hat einen eigenen Ordner</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> daily</source>
            <translation> täglich</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> weekly</source>
            <translation> wöchentlich</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> monthly</source>
            <translation> monatlich</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Daily backups to keep</source>
            <translation>Aufzubewahrende tägliche Sicherungen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Weekly backups to keep</source>
            <translation>Aufzubewahrende wöchentliche Sicherungen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Monthly backups to keep</source>
            <translation>Aufzubewahrende monatliche Sicherungen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Save backup settings</source>
            <translation>Sicherungseinstellungen speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup folder:</source>
            <translation>Sicherungsordner:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Keep:</source>
            <translation>Aufbewahren:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Automatic backup every:</source>
            <translation>Automatische Sicherung alle:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Warn when older than:</source>
            <translation>Warnen, wenn älter als:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Automatic backups go to the backup folder while the program runs and when it closes; older ones are removed by the rules below (the newest is always kept).</source>
            <translation>Automatische Sicherungen landen im Sicherungsordner, während das Programm läuft und beim Beenden; ältere werden nach den Regeln unten entfernt (die neueste bleibt immer erhalten).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup folder</source>
            <translation>Sicherungsordner</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup settings saved.</source>
            <translation>Sicherungseinstellungen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup written.</source>
            <translation>Sicherung geschrieben.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Reading the schema…</source>
            <translation>Schema wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>The database schema is up to date ({revision}).</source>
            <translation>Das Datenbankschema ist aktuell ({revision}).</translation>
        </message>
    </context>
    <context>
        <name>backup.progress</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Starting…</source>
            <translation>Wird gestartet…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Cancelling… (the work stops at the next safe point)</source>
            <translation>Wird abgebrochen… (die Arbeit endet am nächsten sicheren Punkt)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Switching over: this step cannot be cancelled.</source>
            <translation>Umschalten: Dieser Schritt kann nicht abgebrochen werden.</translation>
        </message>
    </context>
    <context>
        <name>backup.restore_wizard</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>LocalEx backups (*{suffix});;All files (*)</source>
            <translation>LocalEx-Sicherungen (*{suffix});;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Choose a backup</source>
            <translation>Sicherung wählen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restore a backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>A {suffix} file</source>
            <translation>Eine {suffix}-Datei</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>&amp;Backup file:</source>
            <translation>&amp;Sicherungsdatei:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>This backup is encrypted. Enter the passphrase it was made with.</source>
            <translation>Diese Sicherung ist verschlüsselt. Geben Sie die Passphrase ein, mit der sie erstellt wurde.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Replace the current data with this backup</source>
            <translation>Aktuelle Daten durch diese Sicherung ersetzen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Choose the backup file to restore.</source>
            <translation>Wählen Sie die wiederherzustellende Sicherungsdatei.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Check that this is the backup you mean: the data it holds replaces everything in the database now.</source>
            <translation>Prüfen Sie, ob dies die gemeinte Sicherung ist: Ihre Daten ersetzen alles, was jetzt in der Datenbank ist.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>This file cannot be restored.</source>
            <translation>Diese Datei kann nicht wiederhergestellt werden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Checking the whole file…</source>
            <translation>Die ganze Datei wird geprüft…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Checking the passphrase and the whole file…</source>
            <translation>Passphrase und ganze Datei werden geprüft…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restoring {name}</source>
            <translation>{name} wird wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restored:</source>
            <translation>Wiederhergestellt:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>backup of {when}</source>
            <translation>Sicherung vom {when}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Schema now:</source>
            <translation>Schema jetzt:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Brought up from:</source>
            <translation>Aktualisiert von:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>schema {revision}</source>
            <translation>Schema {revision}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Ledger:</source>
            <translation>Hauptbuch:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>verified, %Ln transaction(s)</source>
            <translation>
                <numerusform>geprüft, %Ln Buchung</numerusform>
                <numerusform>geprüft, %Ln Buchungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Safety backup:</source>
            <translation>Sicherheitskopie:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Previous data:</source>
            <translation>Bisherige Daten:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>also kept as database {name}</source>
            <translation>auch als Datenbank {name} aufbewahrt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Took:</source>
            <translation>Dauer:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>The backup was restored and verified.</source>
            <translation>Die Sicherung wurde wiederhergestellt und geprüft.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Cancelled. Nothing was changed.</source>
            <translation>Abgebrochen. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Your current data is unchanged.</source>
            <translation>Ihre aktuellen Daten sind unverändert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>The restore did not happen: {message}</source>
            <translation>Die Wiederherstellung ist nicht erfolgt: {message}</translation>
        </message>
    </context>
    <context>
        <name>backup.scheduler</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Automatic backup written: {path}</source>
            <translation>Automatische Sicherung geschrieben: {path}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>The automatic backup failed: {message}</source>
            <translation>Die automatische Sicherung ist fehlgeschlagen: {message}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Automatic backup failed</source>
            <translation>Automatische Sicherung fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Backing up before closing…</source>
            <translation>Sicherung vor dem Beenden…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Closing</source>
            <translation>Wird beendet</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>The backup on closing failed</source>
            <translation>Die Sicherung beim Beenden ist fehlgeschlagen</translation>
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
            <translation>&lt; Zurück</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/steps.py" />
            <source>Next &gt;</source>
            <translation>Weiter &gt;</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/steps.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>backup.verify_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Verify a backup</source>
            <translation>Sicherung prüfen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>A {suffix} file</source>
            <translation>Eine {suffix}-Datei</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Backup &amp;file:</source>
            <translation>Sicherungs&amp;datei:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Differences</source>
            <translation>Unterschiede</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>The backup is restored into a scratch database, compared with its manifest, and its ledger is verified. Nothing in the current data changes.</source>
            <translation>Die Sicherung wird in eine Hilfsdatenbank wiederhergestellt, mit ihrem Manifest verglichen und ihr Hauptbuch geprüft. An den aktuellen Daten ändert sich nichts.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Verify</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Verifying {name}</source>
            <translation>{name} wird geprüft</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Checked after:</source>
            <translation>Geprüft nach:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>bringing it up from schema {revision}</source>
            <translation>Aktualisierung von Schema {revision}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Checked in:</source>
            <translation>Geprüft in:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>OK: the backup of {when} restores, matches its manifest, and its ledger verifies.</source>
            <translation>OK: Die Sicherung vom {when} lässt sich wiederherstellen, passt zu ihrem Manifest, und ihr Hauptbuch ist korrekt.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>The backup does not verify: %n difference(s) or problem(s).</source>
            <translation>
                <numerusform>Die Sicherung ist fehlerhaft: %n Unterschied oder Problem.</numerusform>
                <numerusform>Die Sicherung ist fehlerhaft: %n Unterschiede oder Probleme.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>The backup does not verify: {message}</source>
            <translation>Die Sicherung ist fehlerhaft: {message}</translation>
        </message>
    </context>
    <context>
        <name>connection_status</name>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>Database connection</source>
            <translation>Datenbankverbindung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>The database server at {host}</source>
            <translation>Der Datenbankserver unter {host}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>The database</source>
            <translation>Die Datenbank</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>connected</source>
            <translation>verbunden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>not answering, reconnecting…</source>
            <translation>antwortet nicht, neue Verbindung…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>{where} is not answering. LocalEx Desktop reconnects by itself; what you try meanwhile is refused with a message and nothing is half-saved.</source>
            <translation>{where} antwortet nicht. LocalEx Desktop verbindet sich selbst neu; was Sie inzwischen versuchen, wird mit einer Meldung abgelehnt, und nichts wird nur halb gespeichert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>Connected again: the database server at {host} answers; every page was refreshed.</source>
            <translation>Wieder verbunden: Der Datenbankserver unter {host} antwortet; alle Seiten wurden aktualisiert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>Connected again: the database answers; every page was refreshed.</source>
            <translation>Wieder verbunden: Die Datenbank antwortet; alle Seiten wurden aktualisiert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>offline, trying again…</source>
            <translation>offline, neuer Versuch…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>{where} has not answered for %n second(s) or more. LocalEx Desktop keeps trying and comes back by itself; check that the server is running and this computer's network.</source>
            <translation>
                <numerusform>{where} antwortet seit %n Sekunde oder länger nicht. LocalEx Desktop versucht es weiter und verbindet sich selbst wieder; prüfen Sie, ob der Server läuft, und das Netzwerk dieses Computers.</numerusform>
                <numerusform>{where} antwortet seit %n Sekunden oder länger nicht. LocalEx Desktop versucht es weiter und verbindet sich selbst wieder; prüfen Sie, ob der Server läuft, und das Netzwerk dieses Computers.</numerusform>
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
            <translation>Server: {host}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/context.py" />
            <source>Server: local socket</source>
            <translation>Server: lokaler Socket</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/context.py" />
            <source>Backup under review (read-only)</source>
            <translation>Sicherung in Prüfung (schreibgeschützt)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/context.py" />
            <source>Embedded database</source>
            <translation>Eingebettete Datenbank</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>{where} is not answering; LocalEx will reconnect.</source>
            <translation>{where} antwortet nicht; LocalEx verbindet sich neu.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>Nothing is saved by halves meanwhile. The status bar says when it is connected again; try once more then. If it stays offline, check that the server is running.</source>
            <translation>Inzwischen wird nichts nur halb gespeichert. Die Statusleiste zeigt, wann die Verbindung wieder steht; versuchen Sie es dann noch einmal. Bleibt sie offline, prüfen Sie, ob der Server läuft.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>Something went wrong. This is a fault in LocalEx Desktop, not something you did.</source>
            <translation>Etwas ist schiefgegangen. Das ist ein Fehler in LocalEx Desktop, nicht Ihrer.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>The details were written to the log file:
{file}</source>
            <translation>Die Einzelheiten stehen in der Protokolldatei:
{file}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>{program} — error</source>
            <translation>{program} — Fehler</translation>
        </message>
    </context>
    <context>
        <name>exporting</name>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>CSV file (*.csv)</source>
            <translation>CSV-Datei (*.csv)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>CSV, as my spreadsheet reads it (*.csv)</source>
            <translation>CSV, wie meine Tabellenkalkulation es liest (*.csv)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export members</source>
            <translation>Mitglieder exportieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export listings</source>
            <translation>Einträge exportieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export trades</source>
            <translation>Tausche exportieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export ledger entries</source>
            <translation>Hauptbuchposten exportieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export audit log entries</source>
            <translation>Änderungsprotokoll exportieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export {what}</source>
            <translation>{what} exportieren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln member(s) to {file}.</source>
            <translation>
                <numerusform>%Ln Mitglied nach {file} exportiert.</numerusform>
                <numerusform>%Ln Mitglieder nach {file} exportiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln listing(s) to {file}.</source>
            <translation>
                <numerusform>%Ln Eintrag nach {file} exportiert.</numerusform>
                <numerusform>%Ln Einträge nach {file} exportiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln trade(s) to {file}.</source>
            <translation>
                <numerusform>%Ln Tausch nach {file} exportiert.</numerusform>
                <numerusform>%Ln Tausche nach {file} exportiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln ledger entr(y|ies) to {file}.</source>
            <translation>
                <numerusform>%Ln Hauptbuchposten nach {file} exportiert.</numerusform>
                <numerusform>%Ln Hauptbuchposten nach {file} exportiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln audit log entr(y|ies) to {file}.</source>
            <translation>
                <numerusform>%Ln Protokolleintrag nach {file} exportiert.</numerusform>
                <numerusform>%Ln Protokolleinträge nach {file} exportiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln row(s) to {file}.</source>
            <translation>
                <numerusform>%Ln Zeile nach {file} exportiert.</numerusform>
                <numerusform>%Ln Zeilen nach {file} exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the members this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation>Die hier angezeigten Mitglieder samt Filtern als CSV-Datei oder Excel-Arbeitsmappe speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the listings this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation>Die hier angezeigten Einträge samt Filtern als CSV-Datei oder Excel-Arbeitsmappe speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the trades this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation>Die hier angezeigten Tausche samt Filtern als CSV-Datei oder Excel-Arbeitsmappe speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the ledger entries this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation>Die hier angezeigten Hauptbuchposten samt Filtern als CSV-Datei oder Excel-Arbeitsmappe speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the audit log entries this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation>Die hier angezeigten Protokolleinträge samt Filtern als CSV-Datei oder Excel-Arbeitsmappe speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the rows this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation>Die hier angezeigten Zeilen samt Filtern als CSV-Datei oder Excel-Arbeitsmappe speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>The file is in {folder}.</source>
            <translation>Die Datei liegt in {folder}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
    </context>
    <context>
        <name>first_run.admin_page</name>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>Create the first administrator</source>
            <translation>Ersten Administrator anlegen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>The administrator sets up the exchange and adds the other coordinators and bookkeepers. You sign in with this name and password.</source>
            <translation>Der Administrator richtet den Tauschring ein und legt die anderen Koordinatoren und die Buchhaltung an. Sie melden sich mit diesem Namen und Passwort an.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>for example: anna</source>
            <translation>zum Beispiel: anna</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>for example: Anna Berg (optional)</source>
            <translation>zum Beispiel: Anna Berg (optional)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>&amp;Display name:</source>
            <translation>&amp;Anzeigename:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>&amp;Repeat password:</source>
            <translation>Passwort &amp;wiederholen:</translation>
        </message>
    </context>
    <context>
        <name>first_run.location_page</name>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Where should LocalEx Desktop keep its data?</source>
            <translation>Wo soll LocalEx Desktop seine Daten speichern?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Most exchanges keep the data on this computer. Choose a server when several coordinators work on the same data from different computers.</source>
            <translation>Die meisten Tauschringe speichern die Daten auf diesem Computer. Wählen Sie einen Server, wenn mehrere Koordinatoren von verschiedenen Computern aus mit denselben Daten arbeiten.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>&amp;Keep the data on this computer</source>
            <translation>Daten auf &amp;diesem Computer speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Connect to a PostgreSQL &amp;server</source>
            <translation>Mit einem PostgreSQL-&amp;Server verbinden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>&amp;Data folder:</source>
            <translation>&amp;Datenordner:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>A new folder is created if needed. Back it up with the program's backups.</source>
            <translation>Ein neuer Ordner wird bei Bedarf angelegt. Sichern Sie ihn mit den Sicherungen des Programms.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>postgresql://USER@HOST:5432/DATABASE</source>
            <translation>postgresql://BENUTZER@HOST:5432/DATENBANK</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Kept in the system keyring or ~/.pgpass</source>
            <translation>Im Schlüsselbund des Systems oder in ~/.pgpass gespeichert</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Database &amp;URL:</source>
            <translation>Datenbank-&amp;URL:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Choose the data folder</source>
            <translation>Datenordner wählen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Connecting…</source>
            <translation>Verbindung wird hergestellt…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Connected to PostgreSQL {version} at {host}.</source>
            <translation>Verbunden mit PostgreSQL {version} auf {host}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Connected to PostgreSQL {version} at the socket.</source>
            <translation>Verbunden mit PostgreSQL {version} über den Socket.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>The server at {host} refused the password for user {login}.</source>
            <translation>Der Server {host} hat das Passwort für Benutzer {login} abgelehnt.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Type the password again in Password, then Test connection or Next.</source>
            <translation>Geben Sie das Passwort erneut unter Passwort ein, dann Verbindung testen oder Weiter.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>The server at {host} wants a password for user {login}.</source>
            <translation>Der Server {host} verlangt ein Passwort für Benutzer {login}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Type it in Password, then Test connection or Next.</source>
            <translation>Geben Sie es unter Passwort ein, dann Verbindung testen oder Weiter.</translation>
        </message>
    </context>
    <context>
        <name>first_run.logic</name>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>Choose a folder for the data.</source>
            <translation>Wählen Sie einen Ordner für die Daten.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>Use Browse… to pick one.</source>
            <translation>Wählen Sie einen mit Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>Choose a folder (a new empty one is fine).</source>
            <translation>Wählen Sie einen Ordner (ein neuer leerer ist in Ordnung).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>The two passwords differ.</source>
            <translation>Die beiden Passwörter sind verschieden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>At least %n character(s).</source>
            <translation>
                <numerusform>Mindestens %n Zeichen.</numerusform>
                <numerusform>Mindestens %n Zeichen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>first_run.wizard</name>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>{program} — first start</source>
            <translation>{program} — erster Start</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Create administrator</source>
            <translation>Administrator anlegen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Starting the database in {folder}…</source>
            <translation>Datenbank in {folder} wird gestartet…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Connecting to {host}…</source>
            <translation>Verbindung zu {host}…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Connecting to the server…</source>
            <translation>Verbindung zum Server…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Setting up the database and the administrator…</source>
            <translation>Datenbank und Administrator werden eingerichtet…</translation>
        </message>
    </context>
    <context>
        <name>help</name>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>User guide</source>
            <translation>Benutzerhandbuch</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Bookkeeper's guide</source>
            <translation>Handbuch für die Buchhaltung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Importing members and listings</source>
            <translation>Mitglieder und Einträge importieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Tab, Shift+Tab</source>
            <translation>Tab, Shift+Tab</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Everywhere</source>
            <translation>Überall</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Next and previous field or button</source>
            <translation>Nächstes und vorheriges Feld oder Schaltfläche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Alt + underlined letter</source>
            <translation>Alt + unterstrichener Buchstabe</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>That field, button or menu</source>
            <translation>Dieses Feld, diese Schaltfläche oder dieses Menü</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Dialog</source>
            <translation>Dialog</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>OK (the default button)</source>
            <translation>OK (die Standardschaltfläche)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>OK, also from a notes field</source>
            <translation>OK, auch aus einem Notizfeld</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Escape</source>
            <translation>Escape</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Cancel; asks first when you typed something</source>
            <translation>Abbrechen; fragt vorher, wenn Sie etwas eingegeben haben</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Down</source>
            <translation>Pfeil nach unten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Search box</source>
            <translation>Suchfeld</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Into the results</source>
            <translation>In die Ergebnisse</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>The selected row's next step (edit, complete, resolve)</source>
            <translation>Nächster Schritt für die gewählte Zeile (bearbeiten, abschließen, klären)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Menu key</source>
            <translation>Menütaste</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>The selected row's actions</source>
            <translation>Aktionen der gewählten Zeile</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Ctrl+PgDown, Ctrl+PgUp</source>
            <translation>Ctrl+PgDown, Ctrl+PgUp</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Page with tabs</source>
            <translation>Seite mit Reitern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Next and previous tab</source>
            <translation>Nächster und vorheriger Reiter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>{program} — Help</source>
            <translation>{program} — Hilfe</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Guides</source>
            <translation>Handbücher</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Guide text</source>
            <translation>Handbuchtext</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Find in this guide  (Ctrl+F, then Enter or F3)</source>
            <translation>In diesem Handbuch suchen  (Ctrl+F, dann Enter oder F3)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Find in the guide</source>
            <translation>Im Handbuch suchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>← &amp;Back</source>
            <translation>← &amp;Zurück</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>The guide is not installed with this copy.</source>
            <translation>Das Handbuch ist in dieser Installation nicht enthalten.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>The guide {name} is not installed with this copy.</source>
            <translation>Das Handbuch {name} ist in dieser Installation nicht enthalten.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>{link} is not part of the guides shipped with the program.</source>
            <translation>{link} gehört nicht zu den mitgelieferten Handbüchern.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>It is in the docs folder of the source and on the project's pages.</source>
            <translation>Es liegt im Ordner docs des Quelltexts und auf den Seiten des Projekts.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Searched again from the top.</source>
            <translation>Erneut von oben gesucht.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>“{text}” is not in this guide.</source>
            <translation>„{text}“ steht nicht in diesem Handbuch.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>{menu} menu</source>
            <translation>Menü {menu}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Filter: a key or a word</source>
            <translation>Filter: eine Taste oder ein Wort</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Filter the shortcuts</source>
            <translation>Tastenkürzel filtern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>&amp;Filter:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Key</source>
            <translation>Taste</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>What it does</source>
            <translation>Was sie tut</translation>
        </message>
    </context>
    <context>
        <name>import_wizard.choose_page</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>What to import</source>
            <translation>Was importiert wird</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>Choose what the file holds, then the file: CSV (comma, semicolon or tab separated) or an Excel workbook (.xlsx). Nothing is written before the last step.</source>
            <translation>Wählen Sie, was die Datei enthält, dann die Datei: CSV (durch Komma, Semikolon oder Tab getrennt) oder eine Excel-Arbeitsmappe (.xlsx). Vor dem letzten Schritt wird nichts geschrieben.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>File to import</source>
            <translation>Zu importierende Datei</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>members.csv, balances.xlsx, …</source>
            <translation>mitglieder.csv, salden.xlsx, …</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>Bro&amp;wse…</source>
            <translation>Durch&amp;suchen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>The first row must name the columns. Import members first; balances and listings refer to member numbers or emails.</source>
            <translation>Die erste Zeile muss die Spalten benennen. Importieren Sie zuerst die Mitglieder; Salden und Einträge verweisen auf Mitgliedsnummern oder E-Mails.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
            <translation>Tabellen (*.csv *.txt *.tsv *.xlsx);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>import_wizard.common</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>&amp;Members</source>
            <translation>&amp;Mitglieder</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Names and contact details, credit limits, member numbers from the old system.</source>
            <translation>Namen und Kontaktdaten, Kreditlimits, Mitgliedsnummern aus dem alten System.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Opening &amp;balances</source>
            <translation>&amp;Anfangssalden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Each member's balance on the day of the move, posted as one balanced transaction against the Opening balances account. Import the members first.</source>
            <translation>Der Saldo jedes Mitglieds am Tag des Umzugs, gebucht als eine ausgeglichene Buchung gegen das Konto Anfangssalden. Importieren Sie zuerst die Mitglieder.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>&amp;Offers and wants</source>
            <translation>Angebote und &amp;Gesuche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Listings by member number or email; categories that do not exist yet are created.</source>
            <translation>Einträge nach Mitgliedsnummer oder E-Mail; fehlende Kategorien werden angelegt.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>UTF-8 with byte-order mark (Excel)</source>
            <translation>UTF-8 mit Byte-Order-Mark (Excel)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Windows-1252 (older Excel on Windows)</source>
            <translation>Windows-1252 (älteres Excel unter Windows)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Windows-1250 (Central European)</source>
            <translation>Windows-1250 (Mitteleuropäisch)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Mac Roman (older Macs)</source>
            <translation>Mac Roman (ältere Macs)</translation>
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
            <translation>(Spalte ignorieren)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Already there</source>
            <translation>Schon vorhanden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Only coordinators and administrators import; you are a {role}.</source>
            <translation>Nur Koordination und Administratoren importieren; Ihre Rolle: {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Comma</source>
            <translation>Komma</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Semicolon</source>
            <translation>Semikolon</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>{choice} — detected</source>
            <translation>{choice} — erkannt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Day first (31/12/2024)</source>
            <translation>Tag zuerst (31/12/2024)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Month first (12/31/2024)</source>
            <translation>Monat zuerst (12/31/2024)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Year first (2024/12/31)</source>
            <translation>Jahr zuerst (2024/12/31)</translation>
        </message>
    </context>
    <context>
        <name>import_wizard.format_page</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>How the file is read</source>
            <translation>Wie die Datei gelesen wird</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>The encoding and the separator were detected. If the columns below look wrong (accents garbled, everything in one column), choose others.</source>
            <translation>Zeichenkodierung und Trennzeichen wurden erkannt. Sehen die Spalten unten falsch aus (Umlaute verstümmelt, alles in einer Spalte), wählen Sie andere.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>&amp;Encoding:</source>
            <translation>&amp;Kodierung:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>&amp;Separator:</source>
            <translation>&amp;Trennzeichen:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>S&amp;heet:</source>
            <translation>Tabellen&amp;blatt:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>First rows of the file</source>
            <translation>Erste Zeilen der Datei</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>The header is on line {line}.</source>
            <translation>Die Kopfzeile steht in Zeile {line}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>Showing the first {shown} of %n row(s).</source>
            <translation>
                <numerusform>Die ersten {shown} von %n Zeile werden gezeigt.</numerusform>
                <numerusform>Die ersten {shown} von %n Zeilen werden gezeigt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>%n row(s) do not split into the header's columns (line {lines}); they are listed as errors in the preview.</source>
            <translation>
                <numerusform>%n Zeile passt nicht zu den Spalten der Kopfzeile (Zeile {lines}); sie wird in der Vorschau als Fehler aufgeführt.</numerusform>
                <numerusform>%n Zeilen passen nicht zu den Spalten der Kopfzeile (Zeile {lines}); sie werden in der Vorschau als Fehler aufgeführt.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>import_wizard.mapping_page</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Which column is which</source>
            <translation>Welche Spalte ist welche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Each column of the file was matched to a field by its header. Check the matches and choose a field for columns that were not recognised. Fields marked * are required.</source>
            <translation>Jede Spalte der Datei wurde anhand ihrer Überschrift einem Feld zugeordnet. Prüfen Sie die Zuordnungen und wählen Sie ein Feld für nicht erkannte Spalten. Mit * markierte Felder sind Pflicht.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Column in the file</source>
            <translation>Spalte in der Datei</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>First values</source>
            <translation>Erste Werte</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Import as</source>
            <translation>Importieren als</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Column mapping</source>
            <translation>Spaltenzuordnung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Dates in this file</source>
            <translation>Datumsangaben in dieser Datei</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>&amp;Dates in this file:</source>
            <translation>&amp;Datumsangaben in dieser Datei:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>(column {number})</source>
            <translation>(Spalte {number})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Field for column {header}</source>
            <translation>Feld für Spalte {header}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>{question} Choose how they are written under Dates in this file.</source>
            <translation>{question} Wählen Sie unter „Datumsangaben in dieser Datei“, wie sie geschrieben sind.</translation>
        </message>
    </context>
    <context>
        <name>import_wizard.preview_page</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Someone else: {problem}</source>
            <translation>Jemand anderes: {problem}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Twice in the file: {problem}</source>
            <translation>Doppelt in der Datei: {problem}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Every row was checked; nothing has been written yet. Import is possible when no row has an error, and then adds every row at once, or none.</source>
            <translation>Jede Zeile wurde geprüft; noch ist nichts geschrieben. Importieren geht, wenn keine Zeile einen Fehler hat, und fügt dann alle Zeilen auf einmal hinzu oder keine.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Allow &amp;going past limits: post balances below a member's credit limit or above their upper limit (the ledger records that you allowed it)</source>
            <translation>&amp;Überschreiten der Grenzen erlauben: Salden unter dem Kreditlimit oder über der Obergrenze eines Mitglieds buchen (das Hauptbuch vermerkt, dass Sie es erlaubt haben)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Rows with errors</source>
            <translation>Zeilen mit Fehlern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>What happens</source>
            <translation>Was passiert</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Errors</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Checking every row…</source>
            <translation>Alle Zeilen werden geprüft…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>The file could not be checked.</source>
            <translation>Die Datei konnte nicht geprüft werden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Errors ({count})</source>
            <translation>Fehler ({count})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Rows ({count})</source>
            <translation>Zeilen ({count})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Nothing can be imported while any row has an error: correct the file (the line numbers are those a text editor shows) and choose it again, or change the column mapping with Back.</source>
            <translation>Solange eine Zeile einen Fehler hat, kann nichts importiert werden: Korrigieren Sie die Datei (die Zeilennummern sind die eines Texteditors) und wählen Sie sie erneut, oder ändern Sie mit Zurück die Spaltenzuordnung.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>There is nothing new to import.</source>
            <translation>Es gibt nichts Neues zu importieren.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>%n row(s) give a number or email that belongs to someone else in the database: importing them would file one person's data under another's name. Correct the numbers or emails in the file.</source>
            <translation>
                <numerusform>%n Zeile nennt eine Nummer oder E-Mail, die in der Datenbank jemand anderem gehört: Ein Import würde die Daten einer Person unter dem Namen einer anderen ablegen. Korrigieren Sie die Nummern oder E-Mails in der Datei.</numerusform>
                <numerusform>%n Zeilen nennen eine Nummer oder E-Mail, die in der Datenbank jemand anderem gehört: Ein Import würde die Daten einer Person unter dem Namen einer anderen ablegen. Korrigieren Sie die Nummern oder E-Mails in der Datei.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>New categories: {names}.</source>
            <translation>Neue Kategorien: {names}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>One opening transaction will post {total} to members, and the opposite to the Opening balances account.</source>
            <translation>Eine Eröffnungsbuchung bucht {total} auf die Mitglieder und den Gegenwert auf das Konto Anfangssalden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Importing…</source>
            <translation>Wird importiert…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Nothing was imported.</source>
            <translation>Es wurde nichts importiert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported %n member(s), in one transaction.</source>
            <translation>
                <numerusform>%n Mitglied importiert, in einem Vorgang.</numerusform>
                <numerusform>%n Mitglieder importiert, in einem Vorgang.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported %n listing(s), in one transaction.</source>
            <translation>
                <numerusform>%n Eintrag importiert, in einem Vorgang.</numerusform>
                <numerusform>%n Einträge importiert, in einem Vorgang.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported %n opening balance(s), in one transaction.</source>
            <translation>
                <numerusform>%n Anfangssaldo importiert, in einer Buchung.</numerusform>
                <numerusform>%n Anfangssalden importiert, in einer Buchung.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Their numbers: {first} to {last}.</source>
            <translation>Ihre Nummern: {first} bis {last}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>The balances were posted as ledger transaction {number}.</source>
            <translation>Die Salden wurden als Hauptbuchbuchung {number} gebucht.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>%n row(s) were already there and were left alone.</source>
            <translation>
                <numerusform>%n Zeile war schon vorhanden und blieb unverändert.</numerusform>
                <numerusform>%n Zeilen waren schon vorhanden und blieben unverändert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>%n row(s) were skipped (nothing to import).</source>
            <translation>
                <numerusform>%n Zeile wurde übersprungen (nichts zu importieren).</numerusform>
                <numerusform>%n Zeilen wurden übersprungen (nichts zu importieren).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Every change is in the audit log.</source>
            <translation>Jede Änderung steht im Änderungsprotokoll.</translation>
        </message>
    </context>
    <context>
        <name>import_wizard.wizard</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/wizard.py" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/wizard.py" />
            <source>Importing is for coordinators and administrators.</source>
            <translation>Importieren ist Sache der Koordination und der Administratoren.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/wizard.py" />
            <source>{refusal} Ask one of them to import the file for you.</source>
            <translation>{refusal} Bitten Sie eine dieser Personen, die Datei für Sie zu importieren.</translation>
        </message>
    </context>
    <context>
        <name>language_menu</name>
        <message>
            <location filename="../../localex_desktop/ui/language_menu.py" />
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/language_menu.py" />
            <source>&amp;System language</source>
            <translation>&amp;Systemsprache</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/language_menu.py" />
            <source>{program} will speak this language when it starts again.</source>
            <translation>{program} verwendet diese Sprache beim nächsten Start.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/language_menu.py" />
            <source>The windows open now keep their words until you quit and start again.</source>
            <translation>Die jetzt offenen Fenster behalten ihre Texte, bis Sie das Programm beenden und neu starten.</translation>
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
            <translation>&amp;Seit:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/filters.py" />
            <source>&amp;Until:</source>
            <translation>&amp;Bis:</translation>
        </message>
    </context>
    <context>
        <name>list_page.page</name>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>{message} (not shown: outside the current search){end}</source>
            <translation>{message} (nicht angezeigt: außerhalb der aktuellen Suche){end}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>&amp;Search:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Next tab</source>
            <translation>Nächster Reiter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Previous tab</source>
            <translation>Vorheriger Reiter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Search the list</source>
            <translation>Liste durchsuchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>C&amp;lear filters</source>
            <translation>Filter &amp;löschen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Show everything again: no search, no filters</source>
            <translation>Wieder alles zeigen: keine Suche, keine Filter</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln Zeile</numerusform>
                <numerusform>%Ln Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Select a row in the list first.</source>
            <translation>Wählen Sie zuerst eine Zeile in der Liste.</translation>
        </message>
    </context>
    <context>
        <name>list_page.parts</name>
        <message>
            <location filename="../../localex_desktop/ui/list_page/parts.py" />
            <source>You may not do this; you are a {role}.</source>
            <translation>Das dürfen Sie nicht; Ihre Rolle: {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/parts.py" />
            <source>{reason}; you are a {role}.</source>
            <translation>{reason}; Ihre Rolle: {role}.</translation>
        </message>
    </context>
    <context>
        <name>locale</name>
        <message>
            <location filename="../../localex_desktop/ui/locale.py" />
            <source>The {field} {text} is not a date.</source>
            <translation>{field} {text} ist kein Datum.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/locale.py" />
            <source>Write it as {example} or 2026-03-05.</source>
            <translation>Schreiben Sie es als {example} oder 2026-03-05.</translation>
        </message>
    </context>
    <context>
        <name>login_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Sign in — {program}</source>
            <translation>Anmelden — {program}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Your operator account {name} is not in the restored data.</source>
            <translation>Ihr Bedienerkonto {name} ist nicht in den wiederhergestellten Daten.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Sign in as another operator, or ask an administrator to add yours again.</source>
            <translation>Melden Sie sich als anderer Bediener an oder bitten Sie einen Administrator, Ihres wieder anzulegen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Enter your user name.</source>
            <translation>Geben Sie Ihren Benutzernamen ein.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>{page} ({shortcut})</source>
            <translation>{page} ({shortcut})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>The exchange's settings, on the Administration page</source>
            <translation>Die Einstellungen des Tauschrings, auf der Seite Verwaltung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;User guide</source>
            <translation>&amp;Benutzerhandbuch</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;About {program}</source>
            <translation>&amp;Über {program}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Open &amp;log folder</source>
            <translation>&amp;Protokollordner öffnen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Working…</source>
            <translation>In Arbeit…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Signed in as {name} ({role}), read-only login {login}</source>
            <translation>Angemeldet als {name} ({role}), schreibgeschützte Anmeldung {login}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Signed in as {name} ({role})</source>
            <translation>Angemeldet als {name} ({role})</translation>
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
            <translation>Für die Koordination von Tauschringen, Zeitbanken und Gemeinschaften mit gegenseitigem Kredit.

Verbunden mit: {database}
Protokolldateien: {logs}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>{page} page</source>
            <translation>Seite {page}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>The log folder could not be opened here.</source>
            <translation>Der Protokollordner konnte hier nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>admin</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>coordinator</source>
            <translation>Koordination</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>bookkeeper</source>
            <translation>Buchhaltung</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../localex_desktop/ui/messages.py" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/messages.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>models.lazy_view</name>
        <message>
            <location filename="../../localex_desktop/ui/models/lazy_view.py" />
            <source>Loading</source>
            <translation>Wird geladen</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.database_tab</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Embedded database on this computer</source>
            <translation>Eingebettete Datenbank auf diesem Computer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>PostgreSQL server</source>
            <translation>PostgreSQL-Server</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Backup opened for review (read-only)</source>
            <translation>Sicherung zur Prüfung geöffnet (schreibgeschützt)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Program and schema</source>
            <translation>Programm und Schema</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Connection:</source>
            <translation>Verbindung:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Database URL:</source>
            <translation>Datenbank-URL:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Data folder:</source>
            <translation>Datenordner:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Server version:</source>
            <translation>Serverversion:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Program version:</source>
            <translation>Programmversion:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Schema revision:</source>
            <translation>Schema-Revision:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Latest schema revision:</source>
            <translation>Neueste Schema-Revision:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Schema state:</source>
            <translation>Schemastatus:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Read the connection and schema details again</source>
            <translation>Verbindungs- und Schemaangaben neu lesen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>— (kept by the server)</source>
            <translation>— (vom Server verwaltet)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>PostgreSQL {version}</source>
            <translation>PostgreSQL {version}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>— (not set up)</source>
            <translation>— (nicht eingerichtet)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Up to date</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Needs an upgrade</source>
            <translation>Upgrade nötig</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.operator_dialogs</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Administrator — everything, including operators and settings</source>
            <translation>Administrator — alles, auch Bediener und Einstellungen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Coordinator — members, listings, trades and postings</source>
            <translation>Koordination — Mitglieder, Einträge, Tausche und Buchungen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Bookkeeper — reads and exports, changes nothing</source>
            <translation>Buchhaltung — liest und exportiert, ändert nichts</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>The two passwords differ.</source>
            <translation>Die beiden Passwörter sind verschieden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>{label}: was {before}, now {after}.</source>
            <translation>{label}: war {before}, jetzt {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Neu laden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Save &amp;anyway</source>
            <translation>&amp;Trotzdem speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Add operator</source>
            <translation>Bediener hinzufügen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>User name:</source>
            <translation>Benutzername:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Display name:</source>
            <translation>Anzeigename:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Role:</source>
            <translation>Rolle:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Password:</source>
            <translation>Passwort:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Repeat password:</source>
            <translation>Passwort wiederholen:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Reset password — {name}</source>
            <translation>Passwort zurücksetzen — {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Set password</source>
            <translation>Passwort setzen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Choose a new password for &lt;b&gt;{name}&lt;/b&gt;. Tell it to them in person; a lock-out after failed attempts is lifted too.</source>
            <translation>Wählen Sie ein neues Passwort für &lt;b&gt;{name}&lt;/b&gt;. Teilen Sie es persönlich mit; eine Sperre nach Fehlversuchen wird ebenfalls aufgehoben.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>New password:</source>
            <translation>Neues Passwort:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Change role — {name}</source>
            <translation>Rolle ändern — {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Change role</source>
            <translation>Rolle ändern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Operator:</source>
            <translation>Bediener:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>New role:</source>
            <translation>Neue Rolle:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>{name} is already {role}.</source>
            <translation>{name} hat bereits die Rolle {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Reloaded: {name} is {role} now; the role you chose is kept. Press {button} to save it.</source>
            <translation>Neu geladen: {name} hat jetzt die Rolle {role}; Ihre gewählte Rolle bleibt erhalten. Drücken Sie {button}, um sie zu speichern.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>At least {count} characters.</source>
            <translation>Mindestens {count} Zeichen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>enabled</source>
            <translation>aktiviert</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>disabled</source>
            <translation>deaktiviert</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>empty</source>
            <translation>leer</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.operators_model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Display name</source>
            <translation>Anzeigename</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Last sign-in</source>
            <translation>Letzte Anmeldung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Admin</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Coordinator</source>
            <translation>Koordination</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Bookkeeper</source>
            <translation>Buchhaltung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Disabled</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Locked until {time}</source>
            <translation>Gesperrt bis {time}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Active</source>
            <translation>Aktiv</translation>
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
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Disable</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Reset password…</source>
            <translation>Passwort zurücksetzen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Change role…</source>
            <translation>Rolle ändern…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Enable</source>
            <translation>Aktivieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Only an administrator can manage operators; you are signed in as {role}.</source>
            <translation>Nur ein Administrator kann Bediener verwalten; Sie sind angemeldet als {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Add a person who may sign in</source>
            <translation>Eine Person hinzufügen, die sich anmelden darf</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Select an operator in the list first.</source>
            <translation>Wählen Sie zuerst einen Bediener in der Liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Set a new password and lift a lock-out</source>
            <translation>Neues Passwort setzen und Sperre aufheben</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Make the operator an administrator, coordinator or bookkeeper</source>
            <translation>Den Bediener zu Administrator, Koordination oder Buchhaltung machen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>You cannot disable your own account.</source>
            <translation>Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Allow this operator to sign in again</source>
            <translation>Diesem Bediener die Anmeldung wieder erlauben</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Stop this operator from signing in; their history stays</source>
            <translation>Anmeldung dieses Bedieners sperren; sein Verlauf bleibt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Saved {name}.</source>
            <translation>{name} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Disable {name}?</source>
            <translation>{name} deaktivieren?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>They can no longer sign in. Everything they did stays in the books and the audit log; you can enable the account again later.</source>
            <translation>Die Person kann sich nicht mehr anmelden. Alles, was sie getan hat, bleibt in den Büchern und im Änderungsprotokoll; Sie können das Konto später wieder aktivieren.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>{name} is enabled.</source>
            <translation>{name} ist aktiviert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>{name} is disabled.</source>
            <translation>{name} ist deaktiviert.</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/page.py" />
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/page.py" />
            <source>Operators</source>
            <translation>Bediener</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/page.py" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.settings_tab</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Decide this before recording trades: amounts are stored in the smallest unit.</source>
            <translation>Legen Sie das fest, bevor Sie Tausche erfassen: Beträge werden in der kleinsten Einheit gespeichert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Show and type amounts as &amp;hours:minutes (1:30)</source>
            <translation>Beträge als &amp;Stunden:Minuten anzeigen und eingeben (1:30)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>For a timebank: 1:30 is one and a half hours. With 2 decimal places minutes go in steps of 3; amounts can still be typed as decimals (1.5).</source>
            <translation>Für eine Zeitbank: 1:30 sind anderthalb Stunden. Mit 2 Nachkommastellen gehen Minuten in 3er-Schritten; Beträge können weiter als Dezimalzahl eingegeben werden (1.5).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Exchange</source>
            <translation>Tauschring</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>E&amp;xchange name:</source>
            <translation>Name des &amp;Tauschrings:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Currency name:</source>
            <translation>Name der &amp;Währung:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>S&amp;ymbol:</source>
            <translation>S&amp;ymbol:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Decimal places:</source>
            <translation>&amp;Nachkommastellen:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>New accounts</source>
            <translation>Neue Konten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Default credit &amp;limit:</source>
            <translation>Standard-Kredit&amp;limit:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>How far below zero a new member's account may go. Existing accounts keep their limits.</source>
            <translation>Wie weit das Konto eines neuen Mitglieds unter null gehen darf. Bestehende Konten behalten ihre Limits.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Revert</source>
            <translation>&amp;Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Show the saved values again</source>
            <translation>Die gespeicherten Werte wieder anzeigen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Save the changes for every coordinator</source>
            <translation>Änderungen für alle Koordinatoren speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Only an administrator can change the settings; you are signed in as {role}.</source>
            <translation>Nur ein Administrator kann die Einstellungen ändern; Sie sind angemeldet als {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Reloaded: the saved settings show, with your own changes kept. Press Save to save them.</source>
            <translation>Neu geladen: Die gespeicherten Einstellungen werden gezeigt, Ihre Änderungen bleiben erhalten. Drücken Sie Speichern, um sie zu speichern.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>The exchange name is empty.</source>
            <translation>Der Name des Tauschrings ist leer.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Nothing to save: the settings are unchanged.</source>
            <translation>Nichts zu speichern: Die Einstellungen sind unverändert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Settings saved.</source>
            <translation>Einstellungen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Neu laden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Save &amp;anyway</source>
            <translation>&amp;Trotzdem speichern</translation>
        </message>
    </context>
    <context>
        <name>pages.audit.diff</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/diff.py" />
            <source>&lt;p&gt;&lt;i&gt;No values were recorded for this change.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Für diese Änderung wurden keine Werte aufgezeichnet.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>pages.audit.model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Listings</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Trades</source>
            <translation>Tausche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Slip batches</source>
            <translation>Belegstapel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Transactions</source>
            <translation>Buchungen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Operators</source>
            <translation>Bediener</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
    </context>
    <context>
        <name>pages.audit.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Select a change to see the values before and after.</source>
            <translation>Wählen Sie eine Änderung, um die Werte vorher und nachher zu sehen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>before</source>
            <translation>vorher</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>after</source>
            <translation>nachher</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&lt;b&gt;{what}&lt;/b&gt; by {actor} on {when} (change {id}). {legend}</source>
            <translation>&lt;b&gt;{what}&lt;/b&gt; von {actor} am {when} (Änderung {id}). {legend}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>%Ln change(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Select a change in the list first.</source>
            <translation>Wählen Sie zuerst eine Änderung in der Liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>What was changed (choose, or type an entity name)</source>
            <translation>Was geändert wurde (wählen oder einen Objektnamen eingeben)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Any</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Only this record (e.g. member number 12); needs 'What'</source>
            <translation>Nur dieser Datensatz (z. B. Mitgliedsnummer 12); braucht „Was“</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Anyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Only changes by this operator (user name, e.g. anna)</source>
            <translation>Nur Änderungen dieses Bedieners (Benutzername, z. B. anna)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Values before and after</source>
            <translation>Werte vorher und nachher</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Names, memos, values</source>
            <translation>Namen, Vermerke, Werte</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Search changes</source>
            <translation>Änderungen durchsuchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;Search:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;What:</source>
            <translation>&amp;Was:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;Record:</source>
            <translation>&amp;Datensatz:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;Operator:</source>
            <translation>B&amp;ediener:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>C&amp;lear filters</source>
            <translation>Filter &amp;löschen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Audit log</source>
            <translation>Änderungsprotokoll</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>The 'From' date is after the 'To' date.</source>
            <translation>Das Datum „Von“ liegt nach dem Datum „Bis“.</translation>
        </message>
    </context>
    <context>
        <name>pages.dashboard.backup_status</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n min ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n h ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n day(s) ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>No backup yet</source>
            <translation>Noch keine Sicherung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>{age} (the one just restored)</source>
            <translation>{age} (die gerade wiederhergestellte)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>{age} (the last attempt failed)</source>
            <translation>{age} (letzter Versuch fehlgeschlagen)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Last backup: unknown</source>
            <translation>Letzte Sicherung: unbekannt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Last backup: {age}</source>
            <translation>Letzte Sicherung: {age}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>The backup state could not be read.</source>
            <translation>Der Sicherungsstatus konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Made {time}</source>
            <translation>Erstellt {time}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>File: {path}</source>
            <translation>Datei: {path}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>A warning shows when the last good backup is older than {hours} hours.</source>
            <translation>Eine Warnung erscheint, wenn die letzte gute Sicherung älter als {hours} Stunden ist.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Last backup: …</source>
            <translation>Letzte Sicherung: …</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Backup age</source>
            <translation>Alter der Sicherung</translation>
        </message>
    </context>
    <context>
        <name>pages.dashboard.charts</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>January</source>
            <translation>Januar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>February</source>
            <translation>Februar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>March</source>
            <translation>März</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>June</source>
            <translation>Juni</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>July</source>
            <translation>Juli</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>October</source>
            <translation>Oktober</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>December</source>
            <translation>Dezember</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Jan</source>
            <translation>Jan</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Feb</source>
            <translation>Feb</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Mar</source>
            <translation>Mär</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Apr</source>
            <translation>Apr</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>May</source>
            <comment>short month name</comment>
            <translation>Mai</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Jun</source>
            <translation>Jun</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Jul</source>
            <translation>Jul</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Aug</source>
            <translation>Aug</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Sep</source>
            <translation>Sep</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Oct</source>
            <translation>Okt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Nov</source>
            <translation>Nov</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Dec</source>
            <translation>Dez</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{month} {year}</source>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{month} {year}</source>
            <comment>short month name</comment>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{thousands}k</source>
            <translation>{thousands}k</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Trade volume per month</source>
            <translation>Tauschvolumen pro Monat</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Trade volume per month, {first} – {last}</source>
            <translation>Tauschvolumen pro Monat, {first} – {last}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{currency} ({symbol})</source>
            <translation>{currency} ({symbol})</translation>
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
            <translation>Verteilung der Salden (aktive Mitglieder)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Balance distribution</source>
            <translation>Verteilung der Salden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Below zero</source>
            <translation>Unter null</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Zero or above</source>
            <translation>Null oder mehr</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Balance from ({symbol})</source>
            <translation>Saldo ab ({symbol})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Members</source>
            <translation>Mitglieder</translation>
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
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Limit</source>
            <translation>Limit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Used</source>
            <translation>Genutzt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Active members</source>
            <translation>Aktive Mitglieder</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Members who may trade now</source>
            <translation>Mitglieder, die jetzt tauschen dürfen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Open offers</source>
            <translation>Offene Angebote</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Active offers in the directory</source>
            <translation>Aktive Angebote im Verzeichnis</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Open wants</source>
            <translation>Offene Gesuche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Active wants in the directory</source>
            <translation>Aktive Gesuche im Verzeichnis</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Trades this month</source>
            <translation>Tausche diesen Monat</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Trades, transfers and batch payments between members posted since the first of the month, less reversals (as in Reports › Trade volume)</source>
            <translation>Tausche, Überweisungen und Sammelzahlungen zwischen Mitgliedern seit dem Monatsersten, abzüglich Stornierungen (wie unter Berichte › Tauschvolumen)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Volume this month</source>
            <translation>Volumen diesen Monat</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>What members paid each other this month, less reversals</source>
            <translation>Was Mitglieder einander diesen Monat gezahlt haben, abzüglich Stornierungen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Open trades</source>
            <translation>Offene Tausche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Recorded trades waiting to be completed</source>
            <translation>Erfasste Tausche, die auf Abschluss warten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Members near their credit limit</source>
            <translation>Mitglieder nahe am Kreditlimit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Near their credit limit</source>
            <translation>Nahe am Kreditlimit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Dormant members</source>
            <translation>Inaktive Mitglieder</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Checks</source>
            <translation>Prüfungen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Ledger verified</source>
            <translation>Hauptbuch geprüft</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Last backup</source>
            <translation>Letzte Sicherung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Read the figures again (F5)</source>
            <translation>Zahlen neu lesen (F5)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>{count} suspended</source>
            <translation>{count} gesperrt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>after {count} reversed</source>
            <translation>nach {count} stornierten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>{count} disputed</source>
            <translation>{count} strittig</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>none disputed</source>
            <translation>keiner strittig</translation>
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
            <translation>Niemand nutzt {share} oder mehr seines Kreditlimits.</translation>
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
            <translation>Jedes aktive Mitglied hat in den letzten {months} Monaten getauscht.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Figures as of {time}</source>
            <translation>Zahlen vom {time}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Never. Verify the ledger on the Ledger page.</source>
            <translation>Nie. Prüfen Sie das Hauptbuch auf der Seite Hauptbuch.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>checked {time}</source>
            <translation>geprüft {time}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>checked at an unknown time</source>
            <translation>zu unbekannter Zeit geprüft</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Sound</source>
            <translation>In Ordnung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Problems found (first bad transaction: {number})</source>
            <translation>Probleme gefunden (erste fehlerhafte Buchung: {number})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Problems found</source>
            <translation>Probleme gefunden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.batch_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Batch transfer</source>
            <translation>Sammelüberweisung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Post &amp;batch</source>
            <translation>Stapel &amp;buchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;One member pays many</source>
            <translation>&amp;Ein Mitglied zahlt an viele</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Many members pay one (&amp;collect)</source>
            <translation>Viele zahlen an eines (&amp;einsammeln)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Payer:</source>
            <translation>&amp;Zahler:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Amount of the new line</source>
            <translation>Betrag der neuen Zeile</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>amount ({symbol})</source>
            <translation>Betrag ({symbol})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Add line</source>
            <translation>Zeile &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Lines of the batch</source>
            <translation>Zeilen des Stapels</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Amount ({symbol})</source>
            <translation>Betrag ({symbol})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Remove line</source>
            <translation>Zeile &amp;entfernen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Direction:</source>
            <translation>Richtung:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;New line:</source>
            <translation>&amp;Neue Zeile:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Lines:</source>
            <translation>Zeilen:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Memo:</source>
            <translation>&amp;Vermerk:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Payee:</source>
            <translation>&amp;Empfänger:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Choose a member for the line: part of a name or a number.</source>
            <translation>Wählen Sie ein Mitglied für die Zeile: Teil eines Namens oder eine Nummer.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>{name} is already in the batch; change that line instead.</source>
            <translation>{name} ist schon im Stapel; ändern Sie stattdessen diese Zeile.</translation>
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
            <translation>Wählen Sie, wer einsammelt: Teil eines Namens oder Mitgliedsnummer.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Choose who pays: part of a name or a member number.</source>
            <translation>Wählen Sie, wer zahlt: Teil eines Namens oder Mitgliedsnummer.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>{name} is also on a line; a member cannot pay themselves.</source>
            <translation>{name} steht auch in einer Zeile; ein Mitglied kann sich nicht selbst bezahlen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>The amount on line {line} is not a valid amount (digits with at most {decimals} decimal places).</source>
            <translation>Der Betrag in Zeile {line} ist ungültig (Ziffern mit höchstens {decimals} Nachkommastellen).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Add at least one line.</source>
            <translation>Fügen Sie mindestens eine Zeile hinzu.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>{name} has only {available} of credit left.</source>
            <translation>{name} hat nur noch {available} Kredit übrig.</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.detail</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Select a transaction to see its entries.</source>
            <translation>Wählen Sie eine Buchung, um ihre Posten zu sehen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>&lt;b&gt;Transaction {number}&lt;/b&gt; · {kind} of {amount} · dated {day} · recorded {at} by {actor}</source>
            <translation>&lt;b&gt;Buchung {number}&lt;/b&gt; · {kind} über {amount} · Datum {day} · erfasst {at} von {actor}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Memo: {memo}</source>
            <translation>Vermerk: {memo}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Reverses transaction {number}</source>
            <translation>Storniert Buchung {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>reason: {reason}</source>
            <translation>Grund: {reason}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Reversed by transaction {number}</source>
            <translation>Storniert durch Buchung {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Category: {category}</source>
            <translation>Kategorie: {category}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Entries of the selected transaction</source>
            <translation>Posten der gewählten Buchung</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.levy_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>no limit</source>
            <translation>kein Limit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>would be passed</source>
            <translation>würde überschritten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Available</source>
            <translation>Verfügbar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Credit limit</source>
            <translation>Kreditlimit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Levy</source>
            <translation>Umlage</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Post levy</source>
            <translation>Umlage &amp;buchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>e.g. Yearly membership fee 2026</source>
            <translation>z. B. Jahresbeitrag 2026</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Leave out members who would go past their credit limit</source>
            <translation>Mitglieder aus&amp;lassen, die ihr Kreditlimit überschreiten würden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Pre&amp;view</source>
            <translation>&amp;Vorschau</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Preview the levy to see who is charged; then post it.</source>
            <translation>Zeigen Sie die Vorschau der Umlage, um zu sehen, wer belastet wird; buchen Sie sie dann.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Levy preview</source>
            <translation>Vorschau der Umlage</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Amount per member ({symbol}):</source>
            <translation>&amp;Betrag pro Mitglied ({symbol}):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Into:</source>
            <translation>&amp;Auf:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Memo:</source>
            <translation>&amp;Vermerk:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>The amount or account changed: preview again before posting.</source>
            <translation>Betrag oder Konto hat sich geändert: Vor dem Buchen erneut Vorschau zeigen.</translation>
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
            <translation>Gemeinschaftskasse</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Fees</source>
            <translation>Gebühren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Opening balances</source>
            <translation>Anfangssalden</translation>
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
            <translation>storniert {reverses}, storniert durch {reversed_by}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>reverses {number}</source>
            <translation>storniert {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>reversed by {number}</source>
            <translation>storniert durch {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Recorded {at} by {actor}; dated earlier because: {reason}</source>
            <translation>Erfasst {at} von {actor}; früher datiert, weil: {reason}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Recorded {at} by {actor}</source>
            <translation>Erfasst {at} von {actor}</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Account:</source>
            <translation>&amp;Konto:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any account</source>
            <translation>Alle Konten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any kind</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Ca&amp;tegory:</source>
            <translation>Ka&amp;tegorie:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any category</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Only coordinators and administrators post to the ledger; you are a {role}.</source>
            <translation>Nur Koordination und Administratoren buchen ins Hauptbuch; Ihre Rolle: {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Transaction {number} is itself a reversal.</source>
            <translation>Buchung {number} ist selbst eine Stornierung.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Transaction {number} was already reversed by {reversal}.</source>
            <translation>Buchung {number} wurde schon durch {reversal} storniert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>%Ln transaction(s)</source>
            <translation>
                <numerusform>%Ln Buchung</numerusform>
                <numerusform>%Ln Buchungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Select a transaction in the journal first.</source>
            <translation>Wählen Sie zuerst eine Buchung im Journal.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any member</source>
            <translation>Alle Mitglieder</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Since:</source>
            <translation>&amp;Seit:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Until:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Show &amp;newest</source>
            <translation>&amp;Neueste zeigen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Show the whole journal again, newest first</source>
            <translation>Wieder das ganze Journal zeigen, neueste zuerst</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Words in the memo</source>
            <translation>Wörter im Vermerk</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Search memos</source>
            <translation>Vermerke durchsuchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Member:</source>
            <translation>&amp;Mitglied:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Memo &amp;words:</source>
            <translation>Vermerk-&amp;Wörter:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Reverse…</source>
            <translation>&amp;Stornieren…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Post the exact opposite of this transaction, with a reason</source>
            <translation>Das genaue Gegenteil dieser Buchung buchen, mit Grund</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Lev&amp;y…</source>
            <translation>&amp;Umlage…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Charge every active member the same amount</source>
            <translation>Jedem aktiven Mitglied denselben Betrag belasten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Batch transfer…</source>
            <translation>Sammel&amp;überweisung…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>One member pays many, or many pay one, at once</source>
            <translation>Ein Mitglied zahlt an viele oder viele an eines, auf einmal</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>V&amp;erify ledger</source>
            <translation>Hauptbuch &amp;prüfen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Check every transaction, hash chain and balance from the entries</source>
            <translation>Jede Buchung, Hash-Kette und jeden Saldo anhand der Posten prüfen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>The ledger is being verified…</source>
            <translation>Das Hauptbuch wird geprüft…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Showing transaction {number} and older.</source>
            <translation>Buchung {number} und ältere werden gezeigt.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Transaction {number} is reversed by transaction {reversal}.</source>
            <translation>Buchung {number} ist durch Buchung {reversal} storniert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Posted levy as transaction {number}: {total} in all.</source>
            <translation>Umlage als Buchung {number} gebucht: insgesamt {total}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Posted batch as transaction {number}.</source>
            <translation>Stapel als Buchung {number} gebucht.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Verifying the ledger…</source>
            <translation>Hauptbuch wird geprüft…</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.reverse_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>from &lt;b&gt;{payer}&lt;/b&gt; to &lt;b&gt;{payee}&lt;/b&gt;</source>
            <translation>von &lt;b&gt;{payer}&lt;/b&gt; an &lt;b&gt;{payee}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Transfer of {amount} on {at}</source>
            <translation>Überweisung über {amount} am {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Trade of {amount} on {at}</source>
            <translation>Tausch über {amount} am {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Levy of {amount} on {at}</source>
            <translation>Umlage über {amount} am {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Batch of {amount} on {at}</source>
            <translation>Stapel über {amount} am {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Reversal of {amount} on {at}</source>
            <translation>Stornierung über {amount} am {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Opening of {amount} on {at}</source>
            <translation>Eröffnung über {amount} am {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Adjustment of {amount} on {at}</source>
            <translation>Korrektur über {amount} am {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>{kind} of {amount} on {at}</source>
            <translation>{kind} über {amount} am {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Reverse transaction {number}</source>
            <translation>Buchung {number} stornieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Re&amp;verse</source>
            <translation>&amp;Stornieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>e.g. entered twice</source>
            <translation>z. B. doppelt erfasst</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Transaction:</source>
            <translation>Buchung:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>A new transaction moves the same amounts back. The original stays in the books, marked as reversed; a transaction can be reversed once.</source>
            <translation>Eine neue Buchung bucht dieselben Beträge zurück. Das Original bleibt in den Büchern, als storniert markiert; eine Buchung kann nur einmal storniert werden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Give a reason for the reversal.</source>
            <translation>Geben Sie einen Grund für die Stornierung an.</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.verify_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Transaction</source>
            <translation>Buchung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Verify ledger</source>
            <translation>Hauptbuch prüfen</translation>
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
            <translation>Die Bücher sind in Ordnung.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Every transaction balances, every hash chain is intact, every stored balance matches its entries and all balances sum to zero.</source>
            <translation>Jede Buchung ist ausgeglichen, jede Hash-Kette intakt, jeder gespeicherte Saldo passt zu seinen Posten, und alle Salden ergeben null.</translation>
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
            <translation>Die erste fehlerhafte Buchung ist Nummer {number}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The problems concern accounts, not single transactions.</source>
            <translation>Die Probleme betreffen Konten, nicht einzelne Buchungen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The data was changed outside LocalEx Desktop or is damaged: restore the last good backup, or ask for help before posting more.</source>
            <translation>Die Daten wurden außerhalb von LocalEx Desktop geändert oder sind beschädigt: Stellen Sie die letzte gute Sicherung wieder her oder holen Sie Hilfe, bevor Sie weiter buchen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Problems found</source>
            <translation>Probleme gefunden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>&amp;Show transaction {number}</source>
            <translation>Buchung {number} &amp;zeigen</translation>
        </message>
    </context>
    <context>
        <name>pages.listings.categories_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Only coordinators and administrators change categories; you are a {role}.</source>
            <translation>Nur Koordination und Administratoren ändern Kategorien; Ihre Rolle: {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Select a category first.</source>
            <translation>Wählen Sie zuerst eine Kategorie.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>It is already the first.</source>
            <translation>Sie ist schon die erste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>It is already the last.</source>
            <translation>Sie ist schon die letzte.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Neu laden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Save &amp;anyway</source>
            <translation>&amp;Trotzdem speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Reloaded: the tree shows what was saved meanwhile; what you typed is kept.</source>
            <translation>Neu geladen: Der Baum zeigt, was inzwischen gespeichert wurde; Ihre Eingaben bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>the top level</source>
            <translation>die oberste Ebene</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>under {path}</source>
            <translation>unter {path}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>under category {number}</source>
            <translation>unter Kategorie {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Place: was {before}, now {after}.</source>
            <translation>Ort: war {before}, jetzt {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>{field}: was {before}, now {after}.</source>
            <translation>{field}: war {before}, jetzt {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Added {path}.</source>
            <translation>{path} hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Renamed {path} to {name}.</source>
            <translation>{path} umbenannt in {name}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Moved {name} up.</source>
            <translation>{name} nach oben verschoben.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Moved {name} down.</source>
            <translation>{name} nach unten verschoben.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>{name} is already there.</source>
            <translation>{name} ist schon dort.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Moved: {path}.</source>
            <translation>Verschoben: {path}.</translation>
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
            <translation>Wählen Sie unter „Einträge verschieben nach“ die Zielkategorie.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>This cannot be undone (you can add it again).</source>
            <translation>Das kann nicht rückgängig gemacht werden (Sie können sie neu anlegen).</translation>
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
            <translation>Kategorie {path} löschen?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Delete</source>
            <translation>Löschen</translation>
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
            <translation>{path} gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>pages.listings.category_panel</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>e.g. Baking</source>
            <translation>z. B. Backen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add at &amp;top level</source>
            <translation>Auf &amp;oberster Ebene hinzufügen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add &amp;under selected</source>
            <translation>&amp;Unter gewählter hinzufügen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>&amp;Rename selected</source>
            <translation>Gewählte &amp;umbenennen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Move u&amp;p</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Move do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Mo&amp;ve</source>
            <translation>&amp;Verschieben</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>&amp;Delete selected…</source>
            <translation>Gewählte &amp;löschen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Select a category in the tree.</source>
            <translation>Wählen Sie eine Kategorie im Baum.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Na&amp;me:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Place of the selected category</source>
            <translation>Ort der gewählten Kategorie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Order:</source>
            <translation>Reihenfolge:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>U&amp;nder:</source>
            <translation>U&amp;nter:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Delete the selected category</source>
            <translation>Gewählte Kategorie löschen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Its &amp;listings go to:</source>
            <translation>&amp;Einträge verschieben nach:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Only a category without sub-categories, and not named on past trades or transactions, can be deleted. Rename it instead to keep history right.</source>
            <translation>Nur eine Kategorie ohne Unterkategorien, die in keinem früheren Tausch und keiner Buchung genannt ist, kann gelöscht werden. Benennen Sie sie sonst um, damit der Verlauf stimmt.</translation>
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
            <translation>(oberste Ebene)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>(no listings to move)</source>
            <translation>(keine Einträge zu verschieben)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Choose a category…</source>
            <translation>Kategorie wählen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Type the new category's name first.</source>
            <translation>Geben Sie zuerst den Namen der neuen Kategorie ein.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Select a category first.</source>
            <translation>Wählen Sie zuerst eine Kategorie.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add a main category</source>
            <translation>Eine Hauptkategorie hinzufügen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Select the parent category first.</source>
            <translation>Wählen Sie zuerst die übergeordnete Kategorie.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add a sub-category of the selected category</source>
            <translation>Eine Unterkategorie der gewählten Kategorie hinzufügen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Type the new name first.</source>
            <translation>Geben Sie zuerst den neuen Namen ein.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Give the selected category the name typed above</source>
            <translation>Der gewählten Kategorie den oben eingegebenen Namen geben</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Earlier among its siblings (Ctrl+Up)</source>
            <translation>Unter Geschwistern nach vorn (Ctrl+Up)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Later among its siblings (Ctrl+Down)</source>
            <translation>Unter Geschwistern nach hinten (Ctrl+Down)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Put the category (with its sub-categories) under another one</source>
            <translation>Die Kategorie (mit Unterkategorien) unter eine andere stellen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Delete the category (its listings move to the category chosen)</source>
            <translation>Kategorie löschen (ihre Einträge gehen in die gewählte Kategorie)</translation>
        </message>
    </context>
    <context>
        <name>pages.listings.listing_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>E&amp;xpires on</source>
            <translation>&amp;Läuft ab am</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>The expiry date {date} is in the past; give today or later.</source>
            <translation>Das Ablaufdatum {date} liegt in der Vergangenheit; geben Sie heute oder später an.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>New listing</source>
            <translation>Neuer Eintrag</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Add listing</source>
            <translation>Eintrag &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Edit listing {number}</source>
            <translation>Eintrag {number} bearbeiten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Offer — the member provides this</source>
            <translation>Angebot — das Mitglied bietet das an</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Want — the member is looking for this</source>
            <translation>Gesuch — das Mitglied sucht das</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Choose a category…</source>
            <translation>Kategorie wählen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>e.g. Sourdough bread, baked to order</source>
            <translation>z. B. Sauerteigbrot, auf Bestellung gebacken</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>no price</source>
            <translation>kein Preis</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>per hour, per loaf, each …</source>
            <translation>pro Stunde, pro Laib, je Stück …</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>U&amp;nit:</source>
            <translation>&amp;Einheit:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Member:</source>
            <translation>&amp;Mitglied:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Member:</source>
            <translation>Mitglied:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Category:</source>
            <translation>&amp;Kategorie:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>P&amp;rice:</source>
            <translation>P&amp;reis:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Leave the price empty to agree it each time.</source>
            <translation>Lassen Sie den Preis leer, um ihn jedes Mal zu vereinbaren.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the member</source>
            <translation>das Mitglied</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Choose a category.</source>
            <translation>Wählen Sie eine Kategorie.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Give the listing a title.</source>
            <translation>Geben Sie dem Eintrag einen Titel.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>The description is longer than {most} characters ({length}).</source>
            <translation>Die Beschreibung ist länger als {most} Zeichen ({length}).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Choose the member.</source>
            <translation>Wählen Sie das Mitglied.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>none</source>
            <translation>keins</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>{field}: was {before}, now {after}.</source>
            <translation>{field}: war {before}, jetzt {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the title</source>
            <translation>der Titel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the price</source>
            <translation>der Preis</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the unit</source>
            <translation>die Einheit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the description</source>
            <translation>die Beschreibung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the kind</source>
            <translation>die Art</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the category</source>
            <translation>die Kategorie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the expiry date</source>
            <translation>das Ablaufdatum</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Renew listing {number}</source>
            <translation>Eintrag {number} verlängern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Renew</source>
            <translation>&amp;Verlängern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Expires on</source>
            <translation>&amp;Läuft ab am</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{name} ({number})</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{name} ({number})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Listing:</source>
            <translation>Eintrag:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Expired on:</source>
            <translation>Abgelaufen am:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Untick the box for a listing that does not expire.</source>
            <translation>Entfernen Sie das Häkchen für einen Eintrag, der nicht abläuft.</translation>
        </message>
    </context>
    <context>
        <name>pages.listings.model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>per {unit}</source>
            <translation>pro {unit}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>Listings</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>All categories</source>
            <translation>Alle Kategorien</translation>
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
            <translation>Angebote und Gesuche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Offers</source>
            <translation>Angebote</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Wants</source>
            <translation>Gesuche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Offer</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Want</source>
            <translation>Gesuch</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Withdrawn</source>
            <translation>Zurückgezogen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is active.</source>
            <translation>Der Eintrag ist aktiv.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is paused.</source>
            <translation>Der Eintrag ist pausiert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is expired.</source>
            <translation>Der Eintrag ist abgelaufen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is withdrawn.</source>
            <translation>Der Eintrag ist zurückgezogen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is {status}.</source>
            <translation>Der Eintrag ist {status}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is active; only paused or expired ones come back.</source>
            <translation>Der Eintrag ist aktiv; nur pausierte oder abgelaufene kommen zurück.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is withdrawn; only paused or expired ones come back.</source>
            <translation>Der Eintrag ist zurückgezogen; nur pausierte oder abgelaufene kommen zurück.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is {status}; only paused or expired ones come back.</source>
            <translation>Der Eintrag ist {status}; nur pausierte oder abgelaufene kommen zurück.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>%Ln listing(s)</source>
            <translation>
                <numerusform>%Ln Eintrag</numerusform>
                <numerusform>%Ln Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Select a listing in the list first.</source>
            <translation>Wählen Sie zuerst einen Eintrag in der Liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Any member</source>
            <translation>Alle Mitglieder</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Category filter</source>
            <translation>Kategoriefilter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Words in title or description: bread -rye</source>
            <translation>Wörter in Titel oder Beschreibung: Brot -Roggen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Search listings</source>
            <translation>Einträge durchsuchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Member:</source>
            <translation>&amp;Mitglied:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>C&amp;lear filters</source>
            <translation>Filter &amp;löschen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listings</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Only coordinators and administrators change listings; you are a {role}.</source>
            <translation>Nur Koordination und Administratoren ändern Einträge; Ihre Rolle: {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Renew…</source>
            <translation>&amp;Verlängern…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Renew the listing with a new expiry date</source>
            <translation>Eintrag mit neuem Ablaufdatum verlängern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;New listing…</source>
            <translation>&amp;Neuer Eintrag…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Add an offer or a want</source>
            <translation>Ein Angebot oder Gesuch hinzufügen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Change the listing</source>
            <translation>Eintrag ändern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>A withdrawn listing cannot be changed.</source>
            <translation>Ein zurückgezogener Eintrag kann nicht geändert werden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Pause</source>
            <translation>&amp;Pausieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Hide the listing from the directory for a while</source>
            <translation>Eintrag eine Zeit lang im Verzeichnis ausblenden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Resume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Put the paused listing back in the directory</source>
            <translation>Pausierten Eintrag wieder ins Verzeichnis aufnehmen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Withdraw…</source>
            <translation>&amp;Zurückziehen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Take the listing off for good (it stays on past trades)</source>
            <translation>Eintrag endgültig entfernen (er bleibt bei früheren Tauschen)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>It is already withdrawn.</source>
            <translation>Er ist schon zurückgezogen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>C&amp;ategories…</source>
            <translation>K&amp;ategorien…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Add, rename, move and delete categories</source>
            <translation>Kategorien hinzufügen, umbenennen, verschieben und löschen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Only coordinators and administrators change categories; you are a {role}.</source>
            <translation>Nur Koordination und Administratoren ändern Kategorien; Ihre Rolle: {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>{kind} {number}: {title} — {member}</source>
            <translation>{kind} {number}: {title} — {member}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Added listing {number}: {title}.</source>
            <translation>Eintrag {number} hinzugefügt: {title}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Saved listing {number}.</source>
            <translation>Eintrag {number} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is paused.</source>
            <translation>Eintrag {number} ist pausiert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is back in the directory.</source>
            <translation>Eintrag {number} ist wieder im Verzeichnis.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is renewed.</source>
            <translation>Eintrag {number} ist verlängert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Withdraw listing {number}, “{title}”?</source>
            <translation>Eintrag {number}, „{title}“, zurückziehen?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>It leaves the directory for good; past trades keep it. Pause it instead if it is only for a while.</source>
            <translation>Er verlässt das Verzeichnis endgültig; frühere Tausche behalten ihn. Pausieren Sie ihn, wenn es nur für eine Weile ist.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Withdraw</source>
            <translation>Zurückziehen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is withdrawn.</source>
            <translation>Eintrag {number} ist zurückgezogen.</translation>
        </message>
    </context>
    <context>
        <name>pages.members.detail</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Balance:</source>
            <translation>Saldo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Credit limit:</source>
            <translation>Kreditlimit:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Available:</source>
            <translation>Verfügbar:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Upper limit:</source>
            <translation>Obergrenze:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Email:</source>
            <translation>E-Mail:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Phone:</source>
            <translation>Telefon:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Address:</source>
            <translation>Adresse:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Joined:</source>
            <translation>Beigetreten:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Last activity:</source>
            <translation>Letzte Aktivität:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Directory:</source>
            <translation>Verzeichnis:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Notes:</source>
            <translation>Notizen:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Active</source>
            <translation>Mitglied {id} · Aktiv</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Suspended</source>
            <translation>Mitglied {id} · Gesperrt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Left on {day}</source>
            <translation>Mitglied {id} · Ausgetreten am {day}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Left</source>
            <translation>Mitglied {id} · Ausgetreten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · {status}</source>
            <translation>Mitglied {id} · {status}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Choose a member in the list.</source>
            <translation>Wählen Sie ein Mitglied in der Liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Account history</source>
            <translation>Kontoverlauf</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Account &amp;history</source>
            <translation>Konto&amp;verlauf</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Their details and account history show here.</source>
            <translation>Hier erscheinen die Angaben und der Kontoverlauf.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>no limit</source>
            <translation>kein Limit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Listed</source>
            <translation>Aufgeführt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Not listed</source>
            <translation>Nicht aufgeführt</translation>
        </message>
    </context>
    <context>
        <name>pages.members.form_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>New {noun}</source>
            <translation>Neu: {noun}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Edit {noun} {id}</source>
            <translation>{noun} {id} bearbeiten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>{label}: was {seen}, now {now}.</source>
            <translation>{label}: war {seen}, jetzt {now}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Neu laden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Save &amp;anyway</source>
            <translation>&amp;Trotzdem speichern</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Reloaded: {fields} show(s|) what was saved meanwhile; your own changes are kept. Press {ok} to save them.</source>
            <translation>
                <numerusform>Neu geladen: {fields} zeigt, was inzwischen gespeichert wurde; Ihre Änderungen bleiben erhalten. Drücken Sie {ok}, um sie zu speichern.</numerusform>
                <numerusform>Neu geladen: {fields} zeigen, was inzwischen gespeichert wurde; Ihre Änderungen bleiben erhalten. Drücken Sie {ok}, um sie zu speichern.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Reloaded; your own changes are kept. Press {ok} to save them.</source>
            <translation>Neu geladen; Ihre Änderungen bleiben erhalten. Drücken Sie {ok}, um sie zu speichern.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Discard what you typed?</source>
            <translation>Eingaben verwerfen?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Nothing was saved; closing forgets the changes.</source>
            <translation>Es wurde nichts gespeichert; beim Schließen gehen die Änderungen verloren.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Keep editing</source>
            <translation>Weiter bearbeiten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>{earlier} and {last}</source>
            <translation>{earlier} und {last}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>empty</source>
            <translation>leer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>no</source>
            <translation>nein</translation>
        </message>
    </context>
    <context>
        <name>pages.members.member_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>New member</source>
            <translation>Neues Mitglied</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Enrol member</source>
            <translation>Mitglied &amp;aufnehmen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Edit member {id}</source>
            <translation>Mitglied {id} bearbeiten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>next free number</source>
            <translation>nächste freie Nummer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>name@example.org</source>
            <translation>name@example.org</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>no upper limit</source>
            <translation>keine Obergrenze</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Listed in the printed and online directory</source>
            <translation>Im gedruckten und im Online-Verzeichnis &amp;aufführen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Num&amp;ber:</source>
            <translation>Num&amp;mer:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Number:</source>
            <translation>Nummer:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>E&amp;mail:</source>
            <translation>E-&amp;Mail:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Joined on:</source>
            <translation>&amp;Beigetreten am:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Credit limit ({symbol}):</source>
            <translation>&amp;Kreditlimit ({symbol}):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>How far below zero the balance may go; 0 for none.</source>
            <translation>Wie weit der Saldo unter null gehen darf; 0 für keins.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Upper limit ({symbol}):</source>
            <translation>&amp;Obergrenze ({symbol}):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>N&amp;otes:</source>
            <translation>N&amp;otizen:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the exchange's default</source>
            <translation>Standard des Tauschrings</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Member numbers start at 1.</source>
            <translation>Mitgliedsnummern beginnen bei 1.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>{label}: was {seen}, now {now} {symbol}.</source>
            <translation>{label}: war {seen}, jetzt {now} {symbol}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the name</source>
            <translation>der Name</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the email address</source>
            <translation>die E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the phone</source>
            <translation>das Telefon</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the address</source>
            <translation>die Adresse</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the credit limit</source>
            <translation>das Kreditlimit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the upper limit</source>
            <translation>die Obergrenze</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the notes</source>
            <translation>die Notizen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the directory listing</source>
            <translation>der Verzeichniseintrag</translation>
        </message>
    </context>
    <context>
        <name>pages.members.model</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n Konto</numerusform>
                <numerusform>%n Konten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>With</source>
            <translation>Mit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Memo</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Tx</source>
            <translation>Buch.</translation>
        </message>
    </context>
    <context>
        <name>pages.members.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>All members</source>
            <translation>Alle Mitglieder</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Suspended</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Left</source>
            <translation>Ausgetreten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is active.</source>
            <translation>{name} ist aktiv.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is suspended.</source>
            <translation>{name} ist gesperrt.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is left.</source>
            <translation>{name} ist ausgetreten.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is {status}.</source>
            <translation>{name} ist {status}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln Mitglied</numerusform>
                <numerusform>%Ln Mitglieder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Select a member in the list first.</source>
            <translation>Wählen Sie zuerst ein Mitglied in der Liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Search name, number, email or phone</source>
            <translation>Name, Nummer, E-Mail oder Telefon suchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Search members</source>
            <translation>Mitglieder suchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Search:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Sho&amp;w:</source>
            <translation>&amp;Anzeigen:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Show members</source>
            <translation>Mitglieder anzeigen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;New member…</source>
            <translation>&amp;Neues Mitglied…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Enrol a new member</source>
            <translation>Ein neues Mitglied aufnehmen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Change the member's details</source>
            <translation>Angaben des Mitglieds ändern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>S&amp;uspend</source>
            <translation>Sp&amp;erren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Stop the member trading for now; they stay in the books</source>
            <translation>Mitglied vorerst vom Tauschen ausschließen; es bleibt in den Büchern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Reactivate</source>
            <translation>&amp;Reaktivieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Let the member trade again</source>
            <translation>Mitglied wieder tauschen lassen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Leave…</source>
            <translation>&amp;Austritt…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Record that the member left the exchange (their balance must be zero)</source>
            <translation>Austritt des Mitglieds aus dem Tauschring erfassen (Saldo muss null sein)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} has left.</source>
            <translation>{name} ist ausgetreten.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Tr&amp;ansfer…</source>
            <translation>Über&amp;weisung…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>One member pays another</source>
            <translation>Ein Mitglied zahlt an ein anderes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Enrolled {name} as member {id}.</source>
            <translation>{name} als Mitglied {id} aufgenommen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Saved member {id}.</source>
            <translation>Mitglied {id} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Posted transaction {transaction}: {payer} paid {payee} {amount}.</source>
            <translation>Buchung {transaction} gebucht: {payer} zahlte {payee} {amount}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Suspend {name}?</source>
            <translation>{name} sperren?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>They cannot pay or be paid until they are reactivated. Their balance, history and listings stay.</source>
            <translation>Das Mitglied kann weder zahlen noch bezahlt werden, bis es reaktiviert wird. Saldo, Verlauf und Einträge bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Suspend</source>
            <translation>Sperren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Reactivate {name}?</source>
            <translation>{name} reaktivieren?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>They can trade again.</source>
            <translation>Das Mitglied kann wieder tauschen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Reactivate</source>
            <translation>Reaktivieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is active again.</source>
            <translation>{name} ist wieder aktiv.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Record that {name} has left the exchange?</source>
            <translation>Austritt von {name} aus dem Tauschring erfassen?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Their open listings are withdrawn; their history stays in the books. You can reactivate them later.</source>
            <translation>Offene Einträge werden zurückgezogen; der Verlauf bleibt in den Büchern. Sie können das Mitglied später reaktivieren.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Leave</source>
            <translation>Austritt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} has left the exchange.</source>
            <translation>{name} ist aus dem Tauschring ausgetreten.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Their balance is not zero: what they owe ({amount}) is written off by the community fund, as an adjustment in the ledger and on their statement. Their open listings are withdrawn; their history stays.</source>
            <translation>Der Saldo ist nicht null: die Schuld ({amount}) wird vom Gemeinschaftsfonds abgeschrieben, als Korrektur im Hauptbuch und auf dem Kontoauszug. Offene Einträge werden zurückgezogen; der Verlauf bleibt.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Their balance is not zero: what they are owed ({amount}) goes to the community fund, as an adjustment in the ledger and on their statement. Their open listings are withdrawn; their history stays.</source>
            <translation>Der Saldo ist nicht null: das Guthaben ({amount}) geht an den Gemeinschaftsfonds, als Korrektur im Hauptbuch und auf dem Kontoauszug. Offene Einträge werden zurückgezogen; der Verlauf bleibt.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Settle the balance of {name} and record that they left?</source>
            <translation>Saldo von {name} ausgleichen und Austritt erfassen?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Settle and leave</source>
            <translation>Ausgleichen und austreten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} has left the exchange; their balance was settled with the community fund.</source>
            <translation>{name} ist aus dem Tauschring ausgetreten; der Saldo wurde mit dem Gemeinschaftsfonds ausgeglichen.</translation>
        </message>
    </context>
    <context>
        <name>pages.members.picker</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>suspended</source>
            <translation>gesperrt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>left</source>
            <translation>ausgetreten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member number or name</source>
            <translation>Mitgliedsnummer oder Name</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Choose {who}: type a member number, or part of a name and pick from the list.</source>
            <translation>{who} wählen: Mitgliedsnummer oder Teil eines Namens eingeben und aus der Liste wählen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}, {name}, is suspended: they cannot pay or be paid until they are reactivated.</source>
            <translation>Mitglied {id}, {name}, ist gesperrt: kann weder zahlen noch bezahlt werden, bis es reaktiviert wird.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}, {name}, has left the exchange: reactivate them first if they are back.</source>
            <translation>Mitglied {id}, {name}, ist aus dem Tauschring ausgetreten: reaktivieren Sie es zuerst, wenn es zurück ist.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}, {name}, is {status}: only {wanted} members can be chosen here.</source>
            <translation>Mitglied {id}, {name}, ist {status}: hier können nur {wanted} Mitglieder gewählt werden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}: {name}</source>
            <translation>Mitglied {id}: {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>There is no member {number}.</source>
            <translation>Es gibt kein Mitglied {number}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Choose one of the members offered below, or type a member number.</source>
            <translation>Wählen Sie eines der unten angebotenen Mitglieder oder geben Sie eine Mitgliedsnummer ein.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>No member matches “{text}”.</source>
            <translation>Kein Mitglied passt zu „{text}“.</translation>
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
            <translation>Überweisung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Post transfer</source>
            <translation>Überweisung &amp;buchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>What it was for</source>
            <translation>Wofür es war</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;From (payer):</source>
            <translation>&amp;Von (Zahler):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;To (payee):</source>
            <translation>&amp;An (Empfänger):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Amount ({symbol}):</source>
            <translation>&amp;Betrag ({symbol}):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Memo:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Value date: the day it happened</source>
            <translation>Wertstellung: der Tag, an dem es geschah</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Why it is entered with an earlier date</source>
            <translation>Warum es mit früherem Datum erfasst wird</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Value date:</source>
            <translation>&amp;Wertstellung:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Choose who pays: type a member number, or part of a name and pick from the list.</source>
            <translation>Wählen Sie, wer zahlt: Mitgliedsnummer oder Teil eines Namens eingeben und aus der Liste wählen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Choose who is paid: type a member number, or part of a name and pick from the list.</source>
            <translation>Wählen Sie, wer bezahlt wird: Mitgliedsnummer oder Teil eines Namens eingeben und aus der Liste wählen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>A member cannot pay themselves; choose two different members.</source>
            <translation>Ein Mitglied kann nicht an sich selbst zahlen; wählen Sie zwei verschiedene Mitglieder.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Say why it is entered with an earlier date than today.</source>
            <translation>Geben Sie an, warum es mit einem früheren Datum als heute erfasst wird.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>{name} has only {amount} of credit left.</source>
            <translation>{name} hat nur noch {amount} Kredit.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>{name} has no credit limit.</source>
            <translation>{name} hat kein Kreditlimit.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Available credit of {name}: {credit}; after this transfer: {after}.</source>
            <translation>Verfügbarer Kredit von {name}: {credit}; nach dieser Überweisung: {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Available credit of {name}: {credit}.</source>
            <translation>Verfügbarer Kredit von {name}: {credit}.</translation>
        </message>
    </context>
    <context>
        <name>pages.registry</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Listings</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Trades</source>
            <translation>Tausche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Ledger</source>
            <translation>Hauptbuch</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Audit log</source>
            <translation>Änderungsprotokoll</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Administration</source>
            <translation>Verwaltung</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.balance_panels</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>System account</source>
            <translation>Systemkonto</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Suspended</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Left</source>
            <translation>Ausgetreten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Last entry</source>
            <translation>Letzte Buchung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Credit limit</source>
            <translation>Kreditlimit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>At the end of</source>
            <translation>Zum Ende von</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Trial balance</source>
            <translation>Saldenliste</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>At the &amp;end of:</source>
            <translation>Zum &amp;Ende von:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Every account, system accounts included</source>
            <translation>Alle Konten, einschließlich Systemkonten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Total of all accounts</source>
            <translation>Summe aller Konten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Balanced: %n account(s); balances below zero {below}, above zero {above}, total {total}.</source>
            <translation>
                <numerusform>Ausgeglichen: %n Konto; Salden unter null {below}, über null {above}, Summe {total}.</numerusform>
                <numerusform>Ausgeglichen: %n Konten; Salden unter null {below}, über null {above}, Summe {total}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>NOT balanced: the balances add up to {total} instead of zero. Run Verify ledger on the Ledger page and tell your administrator.</source>
            <translation>NICHT ausgeglichen: Die Salden ergeben {total} statt null. Führen Sie „Hauptbuch prüfen“ auf der Seite Hauptbuch aus und informieren Sie Ihren Administrator.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>All members</source>
            <translation>Alle Mitglieder</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Balances at a date</source>
            <translation>Salden zu einem Datum</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Me&amp;mbers:</source>
            <translation>&amp;Mitglieder:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Status is the member's status today</source>
            <translation>Status ist der heutige Status des Mitglieds</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>%n member(s): {held} held above zero, {owed} owed below zero.</source>
            <translation>
                <numerusform>%n Mitglied: {held} Guthaben über null, {owed} Schulden unter null.</numerusform>
                <numerusform>%n Mitglieder: {held} Guthaben über null, {owed} Schulden unter null.</numerusform>
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
            <translation>Netto-Tauschvolumen pro Monat</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/chart.py" />
            <source>Net volume</source>
            <translation>Nettovolumen</translation>
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
                <numerusform>{month}: %n Tausch, {volume}</numerusform>
                <numerusform>{month}: %n Tausche, {volume}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.directory_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Print the directory</source>
            <translation>Verzeichnis drucken</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Reading the offers and wants…</source>
            <translation>Angebote und Gesuche werden gelesen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Save as &amp;PDF…</source>
            <translation>Als &amp;PDF speichern…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>P&amp;rint…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Active offers and wants of active members, by category, with a dated cover. Phone, email and address appear only for members who agreed to be listed with them; the others are reached through the coordinator.</source>
            <translation>Aktive Angebote und Gesuche aktiver Mitglieder, nach Kategorie, mit datiertem Deckblatt. Telefon, E-Mail und Adresse erscheinen nur bei Mitgliedern, die dem zugestimmt haben; die anderen sind über die Koordination erreichbar.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>&lt;b&gt;{exchange}&lt;/b&gt;: {offers} offers and {wants} wants in {categories} categories, dated {day}.</source>
            <translation>&lt;b&gt;{exchange}&lt;/b&gt;: {offers} Angebote und {wants} Gesuche in {categories} Kategorien, Stand {day}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>The directory could not be read.</source>
            <translation>Das Verzeichnis konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Save the directory as</source>
            <translation>Verzeichnis speichern unter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Saved the directory to {file}.</source>
            <translation>Verzeichnis in {file} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>The file is in {folder}.</source>
            <translation>Die Datei liegt in {folder}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Sent the directory (%n page(s)) to the printer.</source>
            <translation>
                <numerusform>Verzeichnis (%n Seite) an den Drucker gesendet.</numerusform>
                <numerusform>Verzeichnis (%n Seiten) an den Drucker gesendet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.file_menu</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Bring in members, opening balances or listings from a CSV file or a workbook</source>
            <translation>Mitglieder, Anfangssalden oder Einträge aus einer CSV-Datei oder Arbeitsmappe übernehmen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Only coordinators and administrators import; you are a {role}.</source>
            <translation>Nur Koordination und Administratoren importieren; Sie sind {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>&amp;Statements…</source>
            <translation>&amp;Kontoauszüge…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Statements of account for one or every active member</source>
            <translation>Kontoauszüge für ein oder alle aktiven Mitglieder</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Print &amp;directory…</source>
            <translation>&amp;Verzeichnis drucken…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>The directory of offers and wants as a PDF booklet or on paper</source>
            <translation>Das Verzeichnis der Angebote und Gesuche als PDF-Heft oder auf Papier</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Compute the report again (F5)</source>
            <translation>Bericht neu berechnen (F5)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>&amp;Save as…</source>
            <translation>&amp;Speichern unter…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save as P&amp;DF…</source>
            <translation>Als P&amp;DF speichern…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Refresh the report</source>
            <translation>Bericht aktualisieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Print the report</source>
            <translation>Bericht drucken</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save the report to a file</source>
            <translation>Bericht in eine Datei speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>The report has not been computed (see the message below it).</source>
            <translation>Der Bericht wurde nicht berechnet (siehe Meldung darunter).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save the report shown as a CSV file or an Excel workbook</source>
            <translation>Angezeigten Bericht als CSV-Datei oder Excel-Arbeitsmappe speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save the report shown as a PDF document</source>
            <translation>Angezeigten Bericht als PDF-Dokument speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Print the report shown (Ctrl+P)</source>
            <translation>Angezeigten Bericht drucken (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save {report}</source>
            <translation>{report} speichern</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Saved {report} (%n rows) to {path}.</source>
            <translation>
                <numerusform>{report} (%n Zeile) in {path} gespeichert.</numerusform>
                <numerusform>{report} (%n Zeilen) in {path} gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save {report} as PDF</source>
            <translation>{report} als PDF speichern</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Saved {report} (%n page(s)) to {path}.</source>
            <translation>
                <numerusform>{report} (%n Seite) in {path} gespeichert.</numerusform>
                <numerusform>{report} (%n Seiten) in {path} gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Print {report}</source>
            <translation>{report} drucken</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Sent {report} to {printer}.</source>
            <translation>{report} an {printer} gesendet.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>the printer</source>
            <translation>den Drucker</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.panel_base</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.statement_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Member statements</source>
            <translation>Kontoauszüge</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;One member:</source>
            <translation>&amp;Ein Mitglied:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;All active members</source>
            <translation>&amp;Alle aktiven Mitglieder</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Statements for</source>
            <translation>Kontoauszüge für</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>The balance at the start is brought forward; the last day is included.</source>
            <translation>Der Anfangssaldo wird übertragen; der letzte Tag ist eingeschlossen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>One PDF file per member, into a fol&amp;der</source>
            <translation>Eine PDF-Datei pro Mitglied, in einen &amp;Ordner</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>One PDF fil&amp;e (each member starts on a new page)</source>
            <translation>Eine PDF-&amp;Datei (jedes Mitglied beginnt auf neuer Seite)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Send to a p&amp;rinter</source>
            <translation>An einen D&amp;rucker senden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Save to</source>
            <translation>Speichern in</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Sa&amp;ve as file:</source>
            <translation>Als Datei &amp;speichern:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Output</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Sa&amp;ve in folder:</source>
            <translation>In Ordner &amp;speichern:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Folder for the statements</source>
            <translation>Ordner für die Kontoauszüge</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Save statements as</source>
            <translation>Kontoauszüge speichern unter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>The period starts after it ends.</source>
            <translation>Der Zeitraum beginnt nach seinem Ende.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Give the earlier date as 'From'.</source>
            <translation>Geben Sie das frühere Datum bei „Von“ an.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Choose the member first.</source>
            <translation>Wählen Sie zuerst das Mitglied.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Type part of their name or their number.</source>
            <translation>Geben Sie einen Teil des Namens oder die Nummer ein.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Say where the statements go.</source>
            <translation>Geben Sie an, wohin die Kontoauszüge sollen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Use Browse….</source>
            <translation>Verwenden Sie „Durchsuchen…“.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>{path} is a file, not a folder.</source>
            <translation>{path} ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>There are no active members to make statements for.</source>
            <translation>Es gibt keine aktiven Mitglieder für Kontoauszüge.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Print statements</source>
            <translation>Kontoauszüge drucken</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>State&amp;ment…</source>
            <translation>Konto&amp;auszug…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Save or print the selected member's statement of account for a period</source>
            <translation>Kontoauszug des gewählten Mitglieds für einen Zeitraum speichern oder drucken</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.statement_output</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Drawing the statements…</source>
            <translation>Kontoauszüge werden erstellt…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>&amp;Stop</source>
            <translation>&amp;Stopp</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Member statements</source>
            <translation>Kontoauszüge</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Statement {number} of {total}: {name}</source>
            <translation>Kontoauszug {number} von {total}: {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Stopped after {done} of {total} statements. The %n file(s) already written stay in {path}.</source>
            <translation>
                <numerusform>Angehalten nach {done} von {total} Kontoauszügen. Die %n bereits geschriebene Datei bleibt in {path}.</numerusform>
                <numerusform>Angehalten nach {done} von {total} Kontoauszügen. Die %n bereits geschriebenen Dateien bleiben in {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Stopped after {done} of {total} statements. Nothing was kept.</source>
            <translation>Angehalten nach {done} von {total} Kontoauszügen. Nichts wurde behalten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Sent %n statement(s) to the printer.</source>
            <translation>
                <numerusform>%n Kontoauszug an den Drucker gesendet.</numerusform>
                <numerusform>%n Kontoauszüge an den Drucker gesendet.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>The file is in {folder}.</source>
            <translation>Die Datei liegt in {folder}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Wrote 1 statement ({name}, closing balance {balance}) to {file}.</source>
            <translation>1 Kontoauszug ({name}, Endsaldo {balance}) in {file} geschrieben.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Wrote %n statement(s) to {file}.</source>
            <translation>
                <numerusform>%n Kontoauszug in {file} geschrieben.</numerusform>
                <numerusform>%n Kontoauszüge in {file} geschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Wrote %n statement(s), one PDF per member.</source>
            <translation>
                <numerusform>%n Kontoauszug geschrieben, eine PDF pro Mitglied.</numerusform>
                <numerusform>%n Kontoauszüge geschrieben, eine PDF pro Mitglied.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>They are in {path}.</source>
            <translation>Sie liegen in {path}.</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.trade_panels</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Trades</source>
            <translation>Tausche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Reversed</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Net volume</source>
            <translation>Nettovolumen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Trade volume</source>
            <translation>Tauschvolumen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Payments between members; reversals count in their own month</source>
            <translation>Zahlungen zwischen Mitgliedern; Stornierungen zählen in ihrem eigenen Monat</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Volume per month</source>
            <translation>Volumen pro Monat</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Volume per category</source>
            <translation>Volumen pro Kategorie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>The 'From' date is after the 'To' date.</source>
            <translation>Das „Von“-Datum liegt nach dem „Bis“-Datum.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>%n trade(s) (after {reversed} reversed), net volume {volume}, in {months}.</source>
            <translation>
                <numerusform>%n Tausch (nach {reversed} Stornierungen), Nettovolumen {volume}, in {months}.</numerusform>
                <numerusform>%n Tausche (nach {reversed} Stornierungen), Nettovolumen {volume}, in {months}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>%n month(s) with trade</source>
            <translation>
                <numerusform>%n Monat mit Tausch</numerusform>
                <numerusform>%n Monate mit Tausch</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>dormant</source>
            <translation>ruhend</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Joined</source>
            <translation>Beigetreten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Last entry</source>
            <translation>Letzte Buchung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Entries</source>
            <translation>Buchungen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Dormant</source>
            <translation>Ruhend</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Member activity</source>
            <translation>Mitgliederaktivität</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source> months</source>
            <translation> Monate</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Dormant after</source>
            <translation>Ruhend nach</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>At the end of</source>
            <translation>Zum Ende von</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>&amp;Dormant after:</source>
            <translation>&amp;Ruhend nach:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>At the &amp;end of:</source>
            <translation>Zum &amp;Ende von:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Dormant: no entry in that time, and joined before it began</source>
            <translation>Ruhend: keine Buchung in dieser Zeit und vor ihrem Beginn beigetreten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>{dormant} of %n active member(s) are dormant: no entry since {day} (listed first).</source>
            <translation>
                <numerusform>{dormant} von %n aktiven Mitglied ruhen: keine Buchung seit {day} (zuerst aufgeführt).</numerusform>
                <numerusform>{dormant} von %n aktiven Mitgliedern ruhen: keine Buchung seit {day} (zuerst aufgeführt).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Velocity</source>
            <translation>Umlaufgeschwindigkeit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Net trade volume in the period:</source>
            <translation>Netto-Tauschvolumen im Zeitraum:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Credit members hold at the end (positive balances):</source>
            <translation>Guthaben der Mitglieder am Ende (positive Salden):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Velocity (volume ÷ credit held):</source>
            <translation>Umlaufgeschwindigkeit (Volumen ÷ Guthaben):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>A velocity of 2 means the credit members hold changed hands twice in the period. Levies, fees, opening balances and payments to or from the community fund are not trade; reversed trades are taken off.</source>
            <translation>Eine Umlaufgeschwindigkeit von 2 bedeutet, dass das Guthaben der Mitglieder im Zeitraum zweimal den Besitzer wechselte. Umlagen, Gebühren, Anfangssalden und Zahlungen an oder vom Gemeinschaftsfonds sind kein Tausch; stornierte Tausche werden abgezogen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Nobody holds credit at the end of the period, so there is no velocity.</source>
            <translation>Am Ende des Zeitraums hat niemand Guthaben, daher gibt es keine Umlaufgeschwindigkeit.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>From {since} to {until} the credit held changed hands {velocity} times.</source>
            <translation>Von {since} bis {until} wechselte das Guthaben {velocity}-mal den Besitzer.</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.member_action</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/member_action.py" />
            <source>Record &amp;trade…</source>
            <translation>&amp;Tausch erfassen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/member_action.py" />
            <source>Record a trade the selected member paid for (they are the buyer)</source>
            <translation>Einen Tausch erfassen, den das gewählte Mitglied bezahlt hat (es ist der Käufer)</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Pending</source>
            <translation>Offen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Disputed</source>
            <translation>Strittig</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Reversed</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>reversed</source>
            <translation>storniert</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>pending</source>
            <translation>offen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>disputed</source>
            <translation>strittig</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>completed</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Note: {note}</source>
            <translation>Notiz: {note}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Resolution: {resolution}</source>
            <translation>Klärung: {resolution}</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.note_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Cancel trade {id}</source>
            <translation>Tausch {id} abbrechen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Cancel &amp;trade</source>
            <translation>&amp;Tausch abbrechen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>e.g. the members agreed it did not happen</source>
            <translation>z. B. die Mitglieder sind sich einig, dass er nicht stattfand</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>The trade never reached the ledger; it stays in the list as cancelled.</source>
            <translation>Der Tausch kam nie ins Hauptbuch; er bleibt als abgebrochen in der Liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Dispute trade {id}</source>
            <translation>Tausch {id} beanstanden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Mark &amp;disputed</source>
            <translation>Als &amp;strittig markieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;What is disputed:</source>
            <translation>&amp;Was strittig ist:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>who disagrees, and about what</source>
            <translation>wer widerspricht und worüber</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>The trade waits until the dispute is resolved to completed or cancelled.</source>
            <translation>Der Tausch wartet, bis der Streit als abgeschlossen oder abgebrochen geklärt ist.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Resolve dispute on trade {id}</source>
            <translation>Streit zu Tausch {id} klären</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Re&amp;solve</source>
            <translation>&amp;Klären</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;Outcome note:</source>
            <translation>&amp;Ergebnisnotiz:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>what was agreed, and with whom</source>
            <translation>was vereinbart wurde und mit wem</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Completed posts the trade to the ledger; cancelled ends it without posting.</source>
            <translation>Abgeschlossen bucht den Tausch ins Hauptbuch; abgebrochen beendet ihn ohne Buchung.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Reverse trade {id}</source>
            <translation>Tausch {id} stornieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Re&amp;verse trade</source>
            <translation>Tausch &amp;stornieren</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>e.g. wrong amount on the slip</source>
            <translation>z. B. falscher Betrag auf dem Beleg</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>A ledger transaction moves the amount back; the original stays in the books and the trade is marked cancelled. Record a new trade if the right amount differs.</source>
            <translation>Eine Buchung im Hauptbuch bucht den Betrag zurück; das Original bleibt in den Büchern und der Tausch wird als abgebrochen markiert. Erfassen Sie einen neuen Tausch, wenn der richtige Betrag abweicht.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;b&gt;{buyer}&lt;/b&gt; paid &lt;b&gt;{seller}&lt;/b&gt; {amount} on {day}</source>
            <translation>&lt;b&gt;{buyer}&lt;/b&gt; zahlte &lt;b&gt;{seller}&lt;/b&gt; {amount} am {day}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;b&gt;{buyer}&lt;/b&gt; will pay &lt;b&gt;{seller}&lt;/b&gt; {amount} when the trade is completed (traded on {day})</source>
            <translation>&lt;b&gt;{buyer}&lt;/b&gt; zahlt &lt;b&gt;{seller}&lt;/b&gt; {amount}, wenn der Tausch abgeschlossen ist (getauscht am {day})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;br&gt;“{description}”</source>
            <translation>&lt;br&gt;„{description}“</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;br&gt;Note: {note}</source>
            <translation>&lt;br&gt;Notiz: {note}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Trade:</source>
            <translation>Tausch:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;Completed</source>
            <translation>&amp;Abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>C&amp;ancelled</source>
            <translation>A&amp;bgebrochen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Resolved as:</source>
            <translation>Geklärt als:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>A&amp;greed amount ({symbol}):</source>
            <translation>&amp;Vereinbarter Betrag ({symbol}):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Empty: the amount recorded on the trade.</source>
            <translation>Leer: der beim Tausch erfasste Betrag.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Write what the dispute is about.</source>
            <translation>Schreiben Sie, worum es im Streit geht.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Write what was agreed.</source>
            <translation>Schreiben Sie, was vereinbart wurde.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Give a reason.</source>
            <translation>Geben Sie einen Grund an.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Keep it under {n} characters.</source>
            <translation>Bitte weniger als {n} Zeichen.</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is cancelled.</source>
            <translation>Tausch {id} ist abgebrochen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is marked disputed.</source>
            <translation>Tausch {id} ist als strittig markiert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is resolved as {status}.</source>
            <translation>Tausch {id} ist geklärt als {status}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is reversed by transaction {reversal}.</source>
            <translation>Tausch {id} ist durch Buchung {reversal} storniert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Recorded trade {id} ({status}): {buyer} paid {seller} {amount}.</source>
            <translation>Tausch {id} erfasst ({status}): {buyer} zahlte {seller} {amount}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Recorded trade {id} ({status}): {buyer} will pay {seller} {amount} when it is completed.</source>
            <translation>Tausch {id} erfasst ({status}): {buyer} zahlt {seller} {amount}, wenn er abgeschlossen ist.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Only coordinators and administrators change trades</source>
            <translation>Nur Koordination und Administratoren ändern Tausche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Only coordinators and administrators post to the ledger</source>
            <translation>Nur Koordination und Administratoren buchen ins Hauptbuch</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>%Ln trade(s)</source>
            <translation>
                <numerusform>%Ln Tausch</numerusform>
                <numerusform>%Ln Tausche</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Select a trade in the list first.</source>
            <translation>Wählen Sie zuerst einen Tausch in der Liste.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Any member</source>
            <translation>Alle Mitglieder</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Words in description or note, or a slip number</source>
            <translation>Wörter in Beschreibung oder Notiz, oder eine Belegnummer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Search trades</source>
            <translation>Tausche suchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Fi&amp;nd:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Member:</source>
            <translation>&amp;Mitglied:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>C&amp;lear filters</source>
            <translation>Filter &amp;löschen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade status</source>
            <translation>Tauschstatus</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trades</source>
            <translation>Tausche</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is {status}.</source>
            <translation>Tausch {id} ist {status}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} has no ledger transaction.</source>
            <translation>Tausch {id} hat keine Buchung im Hauptbuch.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Record trade…</source>
            <translation>Tausch &amp;erfassen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Record a trade members reported (Ctrl+N)</source>
            <translation>Einen von Mitgliedern gemeldeten Tausch erfassen (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Sli&amp;p batch…</source>
            <translation>&amp;Belegstapel…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Enter a bundle of paper slips with its control count and total</source>
            <translation>Einen Stapel Papierbelege mit Kontrollanzahl und Summe eingeben</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>C&amp;omplete</source>
            <translation>&amp;Abschließen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Both members agree: post the trade to the ledger</source>
            <translation>Beide Mitglieder sind einig: Tausch ins Hauptbuch buchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Cancel…</source>
            <translation>A&amp;bbrechen…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>The trade did not happen; nothing reaches the ledger</source>
            <translation>Der Tausch fand nicht statt; nichts kommt ins Hauptbuch</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Dispute…</source>
            <translation>&amp;Beanstanden…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>A member disagrees: hold the trade until it is resolved</source>
            <translation>Ein Mitglied widerspricht: Tausch bis zur Klärung anhalten</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>R&amp;esolve…</source>
            <translation>&amp;Klären…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>End the dispute: completed or cancelled, with a note</source>
            <translation>Streit beenden: abgeschlossen oder abgebrochen, mit Notiz</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Rever&amp;se…</source>
            <translation>&amp;Stornieren…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Correct a completed trade: post the reversal and cancel it</source>
            <translation>Einen abgeschlossenen Tausch korrigieren: Stornierung buchen und abbrechen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>{status} ({count})</source>
            <translation>{status} ({count})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source> (now under “{status}”)</source>
            <translation> (jetzt unter „{status}“)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source> (not shown: outside the current search)</source>
            <translation> (nicht angezeigt: außerhalb der aktuellen Suche)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Posted slip batch {batch}: %n completed trade(s).</source>
            <translation>
                <numerusform>Belegstapel {batch} gebucht: %n abgeschlossener Tausch.</numerusform>
                <numerusform>Belegstapel {batch} gebucht: %n abgeschlossene Tausche.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source> (under “completed”)</source>
            <translation> (unter „abgeschlossen“)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Complete trade {id}?</source>
            <translation>Tausch {id} abschließen?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>{buyer} pays {seller} {amount} in the ledger.</source>
            <translation>{buyer} zahlt {seller} {amount} im Hauptbuch.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Complete trade</source>
            <translation>Tausch abschließen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} was already completed; nothing posted.</source>
            <translation>Tausch {id} war bereits abgeschlossen; nichts gebucht.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Completed trade {id}: transaction {transaction}.</source>
            <translation>Tausch {id} abgeschlossen: Buchung {transaction}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id}</source>
            <translation>Tausch {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>recorded by {who} on {when}</source>
            <translation>erfasst von {who} am {when}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>slip {slip}</source>
            <translation>Beleg {slip}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>batch {batch}</source>
            <translation>Stapel {batch}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>listing {listing}</source>
            <translation>Eintrag {listing}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>In the ledger as transaction {transaction}, reversed by transaction {reversal}.</source>
            <translation>Im Hauptbuch als Buchung {transaction}, storniert durch Buchung {reversal}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>In the ledger as transaction {transaction}.</source>
            <translation>Im Hauptbuch als Buchung {transaction}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Note: {note}</source>
            <translation>Notiz: {note}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Resolution: {resolution}</source>
            <translation>Klärung: {resolution}</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.record_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Offer {id}: {title} ({member})</source>
            <translation>Angebot {id}: {title} ({member})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Want {id}: {title} ({member})</source>
            <translation>Gesuch {id}: {title} ({member})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Offer {id}: {title} ({member}) — {price}</source>
            <translation>Angebot {id}: {title} ({member}) — {price}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Want {id}: {title} ({member}) — {price}</source>
            <translation>Gesuch {id}: {title} ({member}) — {price}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Record trade</source>
            <translation>Tausch erfassen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Record trade</source>
            <translation>Tausch &amp;erfassen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>No listing</source>
            <translation>Kein Eintrag</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>e.g. 2 hours of gardening</source>
            <translation>z. B. 2 Stunden Gartenarbeit</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>No category</source>
            <translation>Keine Kategorie</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Completed: both agree, post it to the ledger now</source>
            <translation>&amp;Abgeschlossen: beide sind einig, jetzt ins Hauptbuch buchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Unticked, the trade is recorded as pending and completed later.</source>
            <translation>Ohne Häkchen wird der Tausch als offen erfasst und später abgeschlossen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>You may not post transactions; the trade is recorded as pending.</source>
            <translation>Sie dürfen keine Buchungen vornehmen; der Tausch wird als offen erfasst.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Buyer (pays):</source>
            <translation>&amp;Käufer (zahlt):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>S&amp;wap</source>
            <translation>&amp;Tauschen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Exchange buyer and seller</source>
            <translation>Käufer und Verkäufer vertauschen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Seller (is paid):</source>
            <translation>&amp;Verkäufer (erhält):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Listing:</source>
            <translation>&amp;Eintrag:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Amount ({symbol}):</source>
            <translation>&amp;Betrag ({symbol}):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Description:</source>
            <translation>Besc&amp;hreibung:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Ca&amp;tegory:</source>
            <translation>Kat&amp;egorie:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Traded &amp;on:</source>
            <translation>Getauscht &amp;am:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Sli&amp;p number:</source>
            <translation>Beleg&amp;nummer:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choosing a listing fills the description, category and price.</source>
            <translation>Die Wahl eines Eintrags füllt Beschreibung, Kategorie und Preis aus.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>No listing (none open for these members)</source>
            <translation>Kein Eintrag (keiner offen für diese Mitglieder)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choose who paid: type a member number, or part of a name and pick from the list.</source>
            <translation>Wählen Sie, wer zahlte: Mitgliedsnummer oder Teil eines Namens eingeben und aus der Liste wählen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choose who was paid: type a member number, or part of a name and pick from the list.</source>
            <translation>Wählen Sie, wer bezahlt wurde: Mitgliedsnummer oder Teil eines Namens eingeben und aus der Liste wählen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>The buyer and the seller are the same member.</source>
            <translation>Käufer und Verkäufer sind dasselbe Mitglied.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Say what was traded, or choose the listing.</source>
            <translation>Geben Sie an, was getauscht wurde, oder wählen Sie den Eintrag.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>{name} has no credit limit.</source>
            <translation>{name} hat kein Kreditlimit.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Available credit of {name}: {credit}.</source>
            <translation>Verfügbarer Kredit von {name}: {credit}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Available credit of {name}: {credit}; after this trade: {after}.</source>
            <translation>Verfügbarer Kredit von {name}: {credit}; nach diesem Tausch: {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Available credit of {name}: {credit}: {short} short.</source>
            <translation>Verfügbarer Kredit von {name}: {credit}: es fehlen {short}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Too much for {name}'s credit now: untick Completed to record it as pending, and complete it later.</source>
            <translation>Zu viel für den Kredit von {name}: Entfernen Sie das Häkchen bei Abgeschlossen, um ihn als offen zu erfassen, und schließen Sie ihn später ab.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choose the buyer and the seller.</source>
            <translation>Wählen Sie Käufer und Verkäufer.</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.slip_batch</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Paper-slip batch</source>
            <translation>Papierbeleg-Stapel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>optional, e.g. market day 14 June</source>
            <translation>optional, z. B. Markttag 14. Juni</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Control &amp;count (slips in the bundle):</source>
            <translation>Kontroll&amp;anzahl (Belege im Stapel):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Control &amp;total (written on the bundle):</source>
            <translation>Kontroll&amp;summe (auf dem Stapel notiert):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Chec&amp;k now</source>
            <translation>Jetzt &amp;prüfen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>&amp;Post batch</source>
            <translation>Stapel &amp;buchen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Tab or Enter moves to the next field; a new row appears as you fill the last one. Buyer and seller: a member number, or part of a name and pick from the list. Ctrl+Delete clears the row you are in. Empty rows are ignored.</source>
            <translation>Tab oder Enter springt zum nächsten Feld; eine neue Zeile erscheint, wenn Sie die letzte ausfüllen. Käufer und Verkäufer: Mitgliedsnummer oder Teil eines Namens eingeben und aus der Liste wählen. Ctrl+Delete leert die aktuelle Zeile. Leere Zeilen werden ignoriert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Only coordinators and administrators post slips; you are a {role}.</source>
            <translation>Nur Koordination und Administratoren buchen Belege; Sie sind {role}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Discard the %n slip(s) you typed?</source>
            <translation>
                <numerusform>Den %n eingegebenen Beleg verwerfen?</numerusform>
                <numerusform>Die %n eingegebenen Belege verwerfen?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>They are not posted; closing forgets them.</source>
            <translation>Sie werden nicht gebucht; beim Schließen gehen sie verloren.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Keep typing</source>
            <translation>Weiter eingeben</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>%n slip(s) entered; type the count on the bundle.</source>
            <translation>
                <numerusform>%n Beleg eingegeben; geben Sie die Anzahl auf dem Stapel ein.</numerusform>
                <numerusform>%n Belege eingegeben; geben Sie die Anzahl auf dem Stapel ein.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>{count} of {want} slips entered — matches.</source>
            <translation>{count} von {want} Belegen eingegeben — stimmt.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>{count} of {want} slips entered ({diff} more to enter).</source>
            <translation>{count} von {want} Belegen eingegeben (noch {diff} einzugeben).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>{count} of {want} slips entered ({diff} too many).</source>
            <translation>{count} von {want} Belegen eingegeben ({diff} zu viele).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}; the control total is not an amount.</source>
            <translation>Belege ergeben {running}; die Kontrollsumme ist kein Betrag.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}; type the bundle's total.</source>
            <translation>Belege ergeben {running}; geben Sie die Summe des Stapels ein.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running} — matches.</source>
            <translation>Belege ergeben {running} — stimmt.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}: {diff} still missing.</source>
            <translation>Belege ergeben {running}: es fehlen noch {diff}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}: {diff} too much.</source>
            <translation>Belege ergeben {running}: {diff} zu viel.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>%n slip(s) refused; the reasons are under the rows.</source>
            <translation>
                <numerusform>%n Beleg abgelehnt; die Gründe stehen unter den Zeilen.</numerusform>
                <numerusform>%n Belege abgelehnt; die Gründe stehen unter den Zeilen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Correct them (or clear a row with Ctrl+Delete) before posting.</source>
            <translation>Korrigieren Sie sie (oder leeren Sie eine Zeile mit Ctrl+Delete) vor dem Buchen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>This batch is posted.</source>
            <translation>Dieser Stapel ist gebucht.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Type the slips first.</source>
            <translation>Geben Sie zuerst die Belege ein.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>The number of slips does not match the control count.</source>
            <translation>Die Anzahl der Belege stimmt nicht mit der Kontrollanzahl überein.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>The slips do not add up to the control total.</source>
            <translation>Die Belege ergeben nicht die Kontrollsumme.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Checking the slips…</source>
            <translation>Belege werden geprüft…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Some slips are refused; see the reasons under the rows.</source>
            <translation>Einige Belege sind abgelehnt; siehe Gründe unter den Zeilen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Post every slip as a completed trade, all or nothing</source>
            <translation>Jeden Beleg als abgeschlossenen Tausch buchen, alle oder keinen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Posted batch {batch}: %n slip(s), {total} in all, recorded as completed trade {first}, each with its own ledger transaction.</source>
            <translation>
                <numerusform>Stapel {batch} gebucht: %n Beleg, insgesamt {total}, erfasst als abgeschlossener Tausch {first}, jeweils mit eigener Buchung im Hauptbuch.</numerusform>
                <numerusform>Stapel {batch} gebucht: %n Belege, insgesamt {total}, erfasst als abgeschlossener Tausch {first}, jeweils mit eigener Buchung im Hauptbuch.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Posted batch {batch}: %n slip(s), {total} in all, recorded as completed trades {first}–{last}, each with its own ledger transaction.</source>
            <translation>
                <numerusform>Stapel {batch} gebucht: %n Beleg, insgesamt {total}, erfasst als abgeschlossene Tausche {first}–{last}, jeweils mit eigener Buchung im Hauptbuch.</numerusform>
                <numerusform>Stapel {batch} gebucht: %n Belege, insgesamt {total}, erfasst als abgeschlossene Tausche {first}–{last}, jeweils mit eigener Buchung im Hauptbuch.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.slip_grid</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Slip no.</source>
            <translation>Beleg-Nr.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Buyer (pays)</source>
            <translation>Käufer (zahlt)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Seller (is paid)</source>
            <translation>Verkäufer (erhält)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Amount ({symbol})</source>
            <translation>Betrag ({symbol})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} slip</source>
            <translation>Zeile {n} Beleg</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} buyer</source>
            <translation>Zeile {n} Käufer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} seller</source>
            <translation>Zeile {n} Verkäufer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} amount</source>
            <translation>Zeile {n} Betrag</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} description</source>
            <translation>Zeile {n} Beschreibung</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Paper slip</source>
            <translation>Papierbeleg</translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Reviewing backup {file} from {when} — read-only; nothing can be changed. Warning: the backup did not verify (%n problem(s)).</source>
            <translation>
                <numerusform>Prüfung der Sicherung {file} vom {when} — nur lesen; nichts kann geändert werden. Warnung: Die Sicherung hat die Prüfung nicht bestanden (%n Problem).</numerusform>
                <numerusform>Prüfung der Sicherung {file} vom {when} — nur lesen; nichts kann geändert werden. Warnung: Die Sicherung hat die Prüfung nicht bestanden (%n Probleme).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Reviewing backup {file} from {when} — read-only; nothing can be changed.</source>
            <translation>Prüfung der Sicherung {file} vom {when} — nur lesen; nichts kann geändert werden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source> — review of {file} (read-only)</source>
            <translation> — Prüfung von {file} (nur lesen)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Review mode</source>
            <translation>Prüfmodus</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>File: {file}</source>
            <translation>Datei: {file}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Opened in a private scratch database, read-only.</source>
            <translation>In einer privaten Arbeitsdatenbank geöffnet, nur lesen.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>What did not verify:</source>
            <translation>Was die Prüfung nicht bestand:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>{file} is encrypted. Enter its passphrase:</source>
            <translation>{file} ist verschlüsselt. Geben Sie die Passphrase ein:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Open a backup for review</source>
            <translation>Sicherung zur Prüfung öffnen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>This backup cannot be opened</source>
            <translation>Diese Sicherung kann nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Checking the passphrase…</source>
            <translation>Passphrase wird geprüft…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Review</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Opening {file} for review…</source>
            <translation>{file} wird zur Prüfung geöffnet…</translation>
        </message>
    </context>
    <context>
        <name>server_password_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Server password — {program}</source>
            <translation>Server-Passwort — {program}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&lt;b&gt;PostgreSQL server {host}&lt;/b&gt;&lt;br&gt;The server asks for the password of the login &lt;b&gt;{login}&lt;/b&gt;.</source>
            <translation>&lt;b&gt;PostgreSQL-Server {host}&lt;/b&gt;&lt;br&gt;Der Server verlangt das Passwort der Anmeldung &lt;b&gt;{login}&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>{address}, database {database}</source>
            <translation>{address}, Datenbank {database}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Password of the server login {login}</source>
            <translation>Passwort der Server-Anmeldung {login}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&amp;Remember in the system keyring</source>
            <translation>Im System-Schlüsselbund &amp;merken</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Kept by {keyring}; the program asks again if it changes.</source>
            <translation>Gespeichert von {keyring}; das Programm fragt erneut, wenn es sich ändert.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&amp;Remember in PostgreSQL's password file</source>
            <translation>In der Passwortdatei von PostgreSQL &amp;merken</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>That is {file}. No system keyring is available on this computer; the password file is readable by your account only (mode 0600).</source>
            <translation>Das ist {file}. Auf diesem Computer ist kein System-Schlüsselbund verfügbar; die Passwortdatei ist nur für Ihr Konto lesbar (Modus 0600).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Login:</source>
            <translation>Anmeldung:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Type the password of the server login.</source>
            <translation>Geben Sie das Passwort der Server-Anmeldung ein.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Connecting…</source>
            <translation>Verbinden…</translation>
        </message>
    </context>
    <context>
        <name>sign_out</name>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is upgrading the database; your saved work is kept.</source>
            <translation>{who} aktualisiert die Datenbank; Ihre gespeicherte Arbeit bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is upgrading the database — sign in again when it is done.</source>
            <translation>{who} aktualisiert die Datenbank — melden Sie sich danach erneut an.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is upgrading the database; your saved work is kept.</source>
            <translation>Jemand aktualisiert die Datenbank; Ihre gespeicherte Arbeit bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is upgrading the database — sign in again when it is done.</source>
            <translation>Jemand aktualisiert die Datenbank — melden Sie sich danach erneut an.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is restoring the database; your saved work is kept.</source>
            <translation>{who} stellt die Datenbank wieder her; Ihre gespeicherte Arbeit bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is restoring the database — sign in again when it is done.</source>
            <translation>{who} stellt die Datenbank wieder her — melden Sie sich danach erneut an.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is restoring the database; your saved work is kept.</source>
            <translation>Jemand stellt die Datenbank wieder her; Ihre gespeicherte Arbeit bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is restoring the database — sign in again when it is done.</source>
            <translation>Jemand stellt die Datenbank wieder her — melden Sie sich danach erneut an.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Signing out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Sign out now</source>
            <translation>Jetzt abmelden</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{notice} LocalEx will sign you out in {seconds} s — finish or cancel what you are editing.</source>
            <translation>{notice} LocalEx meldet Sie in {seconds} s ab — schließen Sie Ihre Bearbeitung ab oder brechen Sie sie ab.</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <location filename="../../localex_desktop/ui/tasks.py" />
            <source>Please wait</source>
            <translation>Bitte warten</translation>
        </message>
    </context>
    <context>
        <name>widgets</name>
        <message>
            <location filename="../../localex_desktop/ui/widgets.py" />
            <source>{counted} (more as you scroll)</source>
            <translation>{counted} (mehr beim Blättern)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/widgets.py" />
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
    </context>
</TS>
