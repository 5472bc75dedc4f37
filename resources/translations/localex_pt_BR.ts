<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Checking the database…</source>
            <translation>Verificando o banco de dados…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Open a backup for review…</source>
            <translation>Abrir um backup para revisão…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Look through a backup file read-only (for bookkeepers)</source>
            <translation>Consultar um arquivo de backup somente leitura (para contadores)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Starting the database in {folder}…</source>
            <translation>Iniciando o banco de dados em {folder}…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Connecting to {host}…</source>
            <translation>Conectando a {host}…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Connecting to the server…</source>
            <translation>Conectando ao servidor…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>PostgreSQL server {host}</source>
            <translation>Servidor PostgreSQL {host}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>PostgreSQL server on the local socket</source>
            <translation>Servidor PostgreSQL no socket local</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Data folder: {folder}</source>
            <translation>Pasta de dados: {folder}</translation>
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
            <translation>Nº</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Operator no.</source>
            <translation>Nº do operador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Change</source>
            <translation>Alteração</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>After</source>
            <translation>Depois</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/base.py" />
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/base.py" />
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Want</source>
            <translation>Procura</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Paused</source>
            <translation>Pausado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Expired</source>
            <translation>Expirado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Member</source>
            <translation>Membro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Member name</source>
            <translation>Nome do membro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Price</source>
            <translation>Preço</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Unit</source>
            <translation>Unidade</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/members.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Expires</source>
            <translation>Expira</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Created</source>
            <translation>Criado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Updated</source>
            <translation>Atualizado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Suspended</source>
            <translation>Suspenso</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Left</source>
            <translation>Desligado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Address</source>
            <translation>Endereço</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Joined</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>In directory</source>
            <translation>No catálogo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Credit limit</source>
            <translation>Limite de crédito</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Upper limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Last activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Disputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Reversed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Buyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Buyer's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Seller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Seller's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Listing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Transaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reversal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Slip batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Recorded by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Trade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Levy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Opening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Adjustment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Memo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Category no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reverses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reversed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Posted by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Account no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Balance after</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Your role ({role}) may not do this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Reading the schema…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>There is no earlier schema revision to go down to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>The database is now at schema {revision}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>This version of LocalEx Desktop needs the newer schema, so it closes now. Open the database with the older version of the program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Back up now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Write a backup file of the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Replace the data with a backup (a safety backup first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Verify a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Check that a backup file restores and verifies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Open a backup for review…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Look through a backup read-only, without touching the current data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>backup.backup_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>A folder, e.g. on a USB stick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Encrypt the backup with a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>The file holds members' names, addresses and phone numbers: encrypt it when it leaves this computer (a USB stick, email). Without the passphrase nobody, not even you, can restore it, so keep it somewhere safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Save in folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Same again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Open the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Folder for the backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>A backup is one .localex file holding everything: members, accounts, the ledger and the settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Back up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Backing up to {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>The backup was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>SHA-256:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Made:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Encrypted:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Cancelled: no backup file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>The backup failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>backup.logic</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>At least %n character(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Too short: {length} of at least %n character(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Strong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Fair. A few more words make it stronger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Weak: easy to guess. Use three or four unrelated words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Made:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{when} by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Program version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Schema revision:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln member(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln account(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln listing(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln trade(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln operator(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Holds:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{transactions}, {entries}; balances sum to zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{transactions}, {entries}; balances sum to {sum} (smallest units)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Ledger:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln transaction(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln entr(y|ies)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Chain digest:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Label:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Encrypted:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>— (not set up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{revision}: newer than this program knows ({latest})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{revision}: older; it will be brought up to {latest} after restoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{revision} (the same as this program's)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Choose a folder for the backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>The folder must be a full path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{folder} is a file, not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>The passphrase needs at least %n character(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>The two passphrases differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Choose a backup file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Your current data will be kept as a safety backup in {folder} (a file named localex-…-before-restore.localex) before anything is replaced.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>backup.migration_wizard</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>DOWNGRADE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Upgrade to schema {revision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Downgrade to schema {revision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Please wait; do not switch the computer off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>All steps completed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Upgrade the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>The database is at schema {current}; this version of LocalEx Desktop needs {target}. These changes will be applied:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>The database is at schema (empty); this version of LocalEx Desktop needs {target}. These changes will be applied:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Changes to apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>First a backup is written to {folder}. Then the changes are applied and the ledger is verified. If anything fails, the backup is put back and you are told what happened. Other computers that use this database need this version of the program afterwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>The database needs an upgrade before it can be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Back up and upgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Downgrade the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Changes to undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>A downgrade undoes schema changes and can remove data that only the newer schema holds. Afterwards this version of LocalEx Desktop cannot open the database: it closes, and you open the database with the older version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Down to revision:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Type DOWNGRADE to confirm:</source>
            <comment>DOWNGRADE: the same word as its own translation, which is what is typed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>These changes will be undone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>A backup is written first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Back up and downgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Close the program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Reading the schema…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>backup.others</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>Ask them to close, and disconnect them after {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>Looking for others connected to the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>{others} The upgrade changes the database under them: their windows are asked to close and go back to the sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>{others} The restore replaces the data under them: their windows are asked to close and go back to the sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>Nobody else is connected.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>%n other(s) (is|are) connected: {who}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>backup.panel</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Back up now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Verify a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Migrate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Downgrade…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Write a backup file now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Replace the data with a backup (safety backup first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Check that a backup file restores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Apply pending schema changes (backup first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Go back to an earlier schema (backup first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Kept for this computer: another coordinator's computer has its own folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> daily</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> weekly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> monthly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Daily backups to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Weekly backups to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Monthly backups to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Save backup settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Keep:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Automatic backup every:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Warn when older than:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Automatic backups go to the backup folder while the program runs and when it closes; older ones are removed by the rules below (the newest is always kept).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup settings saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Reading the schema…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>The database schema is up to date ({revision}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>backup.progress</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Cancelling… (the work stops at the next safe point)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Switching over: this step cannot be cancelled.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>backup.restore_wizard</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>LocalEx backups (*{suffix});;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Choose a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>A {suffix} file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>&amp;Backup file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>This backup is encrypted. Enter the passphrase it was made with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Replace the current data with this backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Choose the backup file to restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Check that this is the backup you mean: the data it holds replaces everything in the database now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>This file cannot be restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Checking the whole file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Checking the passphrase and the whole file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restoring {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restored:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>backup of {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Schema now:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Brought up from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>schema {revision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Ledger:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>verified, %Ln transaction(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Safety backup:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Previous data:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>also kept as database {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Took:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>{seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>The backup was restored and verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Cancelled. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Your current data is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>The restore did not happen: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>backup.scheduler</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Automatic backup written: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>The automatic backup failed: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Automatic backup failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Backing up before closing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Closing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>The backup on closing failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>backup.steps</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/steps.py" />
            <source>{title} — {program}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/steps.py" />
            <source>&lt; Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/steps.py" />
            <source>Next &gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/steps.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>backup.verify_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Verify a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>A {suffix} file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Backup &amp;file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Differences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>The backup is restored into a scratch database, compared with its manifest, and its ledger is verified. Nothing in the current data changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Verifying {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Checked after:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>bringing it up from schema {revision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Checked in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>{seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>OK: the backup of {when} restores, matches its manifest, and its ledger verifies.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>The backup does not verify: %n difference(s) or problem(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>The backup does not verify: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>connection_status</name>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>Database connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>The database server at {host}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>The database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>not answering, reconnecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>{where} is not answering. LocalEx Desktop reconnects by itself; what you try meanwhile is refused with a message and nothing is half-saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>Connected again: the database server at {host} answers; every page was refreshed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>Connected again: the database answers; every page was refreshed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>offline, trying again…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>{where} has not answered for %n second(s) or more. LocalEx Desktop keeps trying and comes back by itself; check that the server is running and this computer's network.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>{place} — {state}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>context</name>
        <message>
            <location filename="../../localex_desktop/ui/context.py" />
            <source>Server: {host}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/context.py" />
            <source>Server: local socket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/context.py" />
            <source>Backup under review (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/context.py" />
            <source>Embedded database</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>{where} is not answering; LocalEx will reconnect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>Nothing is saved by halves meanwhile. The status bar says when it is connected again; try once more then. If it stays offline, check that the server is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>Something went wrong. This is a fault in LocalEx Desktop, not something you did.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>The details were written to the log file:
{file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/errors.py" />
            <source>{program} — error</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exporting</name>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>CSV file (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>CSV, as my spreadsheet reads it (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export listings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export trades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export ledger entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export audit log entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Export {what}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln member(s) to {file}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln listing(s) to {file}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln trade(s) to {file}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln ledger entr(y|ies) to {file}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln audit log entr(y|ies) to {file}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln row(s) to {file}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the members this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the listings this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the trades this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the ledger entries this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the audit log entries this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Save the rows this view shows, with its filters, as a CSV file or an Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>The file is in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>first_run.admin_page</name>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>Create the first administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>The administrator sets up the exchange and adds the other coordinators and bookkeepers. You sign in with this name and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>for example: anna</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>for example: Anna Berg (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>&amp;Display name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/admin_page.py" />
            <source>&amp;Repeat password:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>first_run.location_page</name>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Where should LocalEx Desktop keep its data?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Most exchanges keep the data on this computer. Choose a server when several coordinators work on the same data from different computers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>&amp;Keep the data on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Connect to a PostgreSQL &amp;server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>&amp;Data folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>A new folder is created if needed. Back it up with the program's backups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>postgresql://USER@HOST:5432/DATABASE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Kept in the system keyring or ~/.pgpass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>&amp;Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Database &amp;URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Pass&amp;word:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Choose the data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Connected to PostgreSQL {version} at {host}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Connected to PostgreSQL {version} at the socket.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>The server at {host} refused the password for user {login}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Type the password again in Password, then Test connection or Next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>The server at {host} wants a password for user {login}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/location_page.py" />
            <source>Type it in Password, then Test connection or Next.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>first_run.logic</name>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>Choose a folder for the data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>Use Browse… to pick one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>{folder} is a file, not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>Choose a folder (a new empty one is fine).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>The two passwords differ.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>At least %n character(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>first_run.wizard</name>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>{program} — first start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Create administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Starting the database in {folder}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Connecting to {host}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Connecting to the server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/first_run/wizard.py" />
            <source>Setting up the database and the administrator…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>help</name>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>User guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Bookkeeper's guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Importing members and listings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Tab, Shift+Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Everywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Next and previous field or button</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Alt + underlined letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>That field, button or menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Dialog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>OK (the default button)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Ctrl+Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>OK, also from a notes field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Escape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Cancel; asks first when you typed something</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Search box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Into the results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>The selected row's next step (edit, complete, resolve)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Menu key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>The selected row's actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Ctrl+PgDown, Ctrl+PgUp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Page with tabs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Next and previous tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>{program} — Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Guides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Guide text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Find in this guide  (Ctrl+F, then Enter or F3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Find in the guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>← &amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>The guide is not installed with this copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>The guide {name} is not installed with this copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>{link} is not part of the guides shipped with the program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>It is in the docs folder of the source and on the project's pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Searched again from the top.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>“{text}” is not in this guide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>{menu} menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Filter: a key or a word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Filter the shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>&amp;Filter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/help.py" />
            <source>What it does</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>import_wizard.choose_page</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>What to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>Choose what the file holds, then the file: CSV (comma, semicolon or tab separated) or an Excel workbook (.xlsx). Nothing is written before the last step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>File to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>members.csv, balances.xlsx, …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>Bro&amp;wse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>The first row must name the columns. Import members first; balances and listings refer to member numbers or emails.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/choose_page.py" />
            <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>import_wizard.common</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>&amp;Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Names and contact details, credit limits, member numbers from the old system.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Opening &amp;balances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Each member's balance on the day of the move, posted as one balanced transaction against the Opening balances account. Import the members first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>&amp;Offers and wants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Listings by member number or email; categories that do not exist yet are created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>UTF-8 with byte-order mark (Excel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Windows-1252 (older Excel on Windows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Windows-1250 (Central European)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Mac Roman (older Macs)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Latin-1 (ISO 8859-1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>UTF-16</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>(ignore this column)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Already there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Only coordinators and administrators import; you are a {role}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Comma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Semicolon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>{choice} — detected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Day first (31/12/2024)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Month first (12/31/2024)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/common.py" />
            <source>Year first (2024/12/31)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>import_wizard.format_page</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>How the file is read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>The encoding and the separator were detected. If the columns below look wrong (accents garbled, everything in one column), choose others.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>&amp;Encoding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>&amp;Separator:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>S&amp;heet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>First rows of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>The header is on line {line}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>Showing the first {shown} of %n row(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>%n row(s) do not split into the header's columns (line {lines}); they are listed as errors in the preview.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>import_wizard.mapping_page</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Which column is which</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Each column of the file was matched to a field by its header. Check the matches and choose a field for columns that were not recognised. Fields marked * are required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Column in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>First values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Import as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Column mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Dates in this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>&amp;Dates in this file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>(column {number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>Field for column {header}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/mapping_page.py" />
            <source>{question} Choose how they are written under Dates in this file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>import_wizard.preview_page</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Someone else: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Twice in the file: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Every row was checked; nothing has been written yet. Import is possible when no row has an error, and then adds every row at once, or none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Allow &amp;going past limits: post balances below a member's credit limit or above their upper limit (the ledger records that you allowed it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Rows with errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>What happens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Checking every row…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>The file could not be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Errors ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Rows ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Nothing can be imported while any row has an error: correct the file (the line numbers are those a text editor shows) and choose it again, or change the column mapping with Back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>There is nothing new to import.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>%n row(s) give a number or email that belongs to someone else in the database: importing them would file one person's data under another's name. Correct the numbers or emails in the file.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>New categories: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>One opening transaction will post {total} to members, and the opposite to the Opening balances account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported %n member(s), in one transaction.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported %n listing(s), in one transaction.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported %n opening balance(s), in one transaction.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Their numbers: {first} to {last}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>The balances were posted as ledger transaction {number}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>%n row(s) were already there and were left alone.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>%n row(s) were skipped (nothing to import).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Every change is in the audit log.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>import_wizard.wizard</name>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/wizard.py" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/wizard.py" />
            <source>Importing is for coordinators and administrators.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/import_wizard/wizard.py" />
            <source>{refusal} Ask one of them to import the file for you.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>language_menu</name>
        <message>
            <location filename="../../localex_desktop/ui/language_menu.py" />
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/language_menu.py" />
            <source>&amp;System language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/language_menu.py" />
            <source>{program} will speak this language when it starts again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/language_menu.py" />
            <source>The windows open now keep their words until you quit and start again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>list_page.filters</name>
        <message>
            <location filename="../../localex_desktop/ui/list_page/filters.py" />
            <source>(Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/filters.py" />
            <source>&amp;Since:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/filters.py" />
            <source>&amp;Until:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>list_page.page</name>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>{message} (not shown: outside the current search){end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>&amp;Search:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Next tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Previous tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Search the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>C&amp;lear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Show everything again: no search, no filters</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>%Ln row(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Select a row in the list first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>list_page.parts</name>
        <message>
            <location filename="../../localex_desktop/ui/list_page/parts.py" />
            <source>You may not do this; you are a {role}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/parts.py" />
            <source>{reason}; you are a {role}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>locale</name>
        <message>
            <location filename="../../localex_desktop/ui/locale.py" />
            <source>The {field} {text} is not a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/locale.py" />
            <source>Write it as {example} or 2026-03-05.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>login_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Sign in — {program}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Your operator account {name} is not in the restored data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Sign in as another operator, or ask an administrator to add yours again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Enter your user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/login_dialog.py" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>{page} ({shortcut})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Se&amp;ttings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>The exchange's settings, on the Administration page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;User guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>&amp;About {program}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Open &amp;log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Working…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Signed in as {name} ({role}), read-only login {login}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>Signed in as {name} ({role})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>{program} — {exchange}{review}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>{program} {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>For coordinators of local exchange trading systems, timebanks and mutual-credit communities.

Connected to: {database}
Log files: {logs}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>{page} page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>The log folder could not be opened here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>coordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/main_window.py" />
            <source>bookkeeper</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../localex_desktop/ui/messages.py" />
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/messages.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>models.lazy_view</name>
        <message>
            <location filename="../../localex_desktop/ui/models/lazy_view.py" />
            <source>Loading</source>
            <translation>Carregando</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.database_tab</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Embedded database on this computer</source>
            <translation>Banco de dados embutido neste computador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>PostgreSQL server</source>
            <translation>Servidor PostgreSQL</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Backup opened for review (read-only)</source>
            <translation>Backup aberto para revisão (somente leitura)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Connection</source>
            <translation>Conexão</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Program and schema</source>
            <translation>Programa e esquema</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Connection:</source>
            <translation>Conexão:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Database URL:</source>
            <translation>URL do banco de dados:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Data folder:</source>
            <translation>Pasta de dados:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Server version:</source>
            <translation>Versão do servidor:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Program version:</source>
            <translation>Versão do programa:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Schema revision:</source>
            <translation>Revisão do esquema:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Latest schema revision:</source>
            <translation>Última revisão do esquema:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Schema state:</source>
            <translation>Estado do esquema:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Read the connection and schema details again</source>
            <translation>Ler de novo os dados da conexão e do esquema</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>— (kept by the server)</source>
            <translation>— (mantido pelo servidor)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>PostgreSQL {version}</source>
            <translation>PostgreSQL {version}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>— (not set up)</source>
            <translation>— (não configurado)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Up to date</source>
            <translation>Atualizado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Needs an upgrade</source>
            <translation>Precisa de atualização</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.operator_dialogs</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Administrator — everything, including operators and settings</source>
            <translation>Administrador — tudo, inclusive operadores e configurações</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Coordinator — members, listings, trades and postings</source>
            <translation>Coordenador — membros, anúncios, trocas e lançamentos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Bookkeeper — reads and exports, changes nothing</source>
            <translation>Contador — lê e exporta, não altera nada</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>The two passwords differ.</source>
            <translation>As duas senhas são diferentes.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>{label}: was {before}, now {after}.</source>
            <translation>{label}: era {before}, agora {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Recarregar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Save &amp;anyway</source>
            <translation>Salvar &amp;mesmo assim</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Add operator</source>
            <translation>Adicionar operador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>User name:</source>
            <translation>Nome de usuário:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Display name:</source>
            <translation>Nome de exibição:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Role:</source>
            <translation>Função:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Password:</source>
            <translation>Senha:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Repeat password:</source>
            <translation>Repita a senha:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Reset password — {name}</source>
            <translation>Redefinir senha — {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Set password</source>
            <translation>Definir senha</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Choose a new password for &lt;b&gt;{name}&lt;/b&gt;. Tell it to them in person; a lock-out after failed attempts is lifted too.</source>
            <translation>Escolha uma nova senha para &lt;b&gt;{name}&lt;/b&gt;. Informe-a pessoalmente; um bloqueio por tentativas falhas também é removido.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>New password:</source>
            <translation>Nova senha:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Change role — {name}</source>
            <translation>Alterar função — {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Change role</source>
            <translation>Alterar função</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Operator:</source>
            <translation>Operador:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>New role:</source>
            <translation>Nova função:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>{name} is already {role}.</source>
            <translation>{name} já é {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Reloaded: {name} is {role} now; the role you chose is kept. Press {button} to save it.</source>
            <translation>Recarregado: {name} agora é {role}; a função escolhida foi mantida. Clique em {button} para salvá-la.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>At least {count} characters.</source>
            <translation>Pelo menos {count} caracteres.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>enabled</source>
            <translation>ativado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>disabled</source>
            <translation>desativado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>empty</source>
            <translation>vazio</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.operators_model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>User name</source>
            <translation>Nome de usuário</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Display name</source>
            <translation>Nome de exibição</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Role</source>
            <translation>Função</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Last sign-in</source>
            <translation>Último acesso</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Created</source>
            <translation>Criado em</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Coordinator</source>
            <translation>Coordenador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Bookkeeper</source>
            <translation>Contador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Disabled</source>
            <translation>Desativado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Locked until {time}</source>
            <translation>Bloqueado até {time}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Active</source>
            <translation>Ativo</translation>
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
            <translation>Adicionar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Disable</source>
            <translation>Desativar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Reset password…</source>
            <translation>Redefinir senha…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Change role…</source>
            <translation>Alterar função…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Enable</source>
            <translation>Ativar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Only an administrator can manage operators; you are signed in as {role}.</source>
            <translation>Só um administrador pode gerenciar operadores; você entrou como {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Add a person who may sign in</source>
            <translation>Adicionar uma pessoa que pode entrar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Select an operator in the list first.</source>
            <translation>Selecione antes um operador na lista.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Set a new password and lift a lock-out</source>
            <translation>Definir uma nova senha e remover um bloqueio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Make the operator an administrator, coordinator or bookkeeper</source>
            <translation>Tornar o operador administrador, coordenador ou contador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>You cannot disable your own account.</source>
            <translation>Você não pode desativar sua própria conta.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Allow this operator to sign in again</source>
            <translation>Permitir que este operador entre de novo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Stop this operator from signing in; their history stays</source>
            <translation>Impedir que este operador entre; o histórico permanece</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Saved {name}.</source>
            <translation>{name} salvo.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Disable {name}?</source>
            <translation>Desativar {name}?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>They can no longer sign in. Everything they did stays in the books and the audit log; you can enable the account again later.</source>
            <translation>A pessoa não poderá mais entrar. Tudo o que fez permanece nos livros e no registro de alterações; você pode reativar a conta depois.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>{name} is enabled.</source>
            <translation>{name} está ativado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>{name} is disabled.</source>
            <translation>{name} está desativado.</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/page.py" />
            <source>Database</source>
            <translation>Banco de dados</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/page.py" />
            <source>Operators</source>
            <translation>Operadores</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/page.py" />
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.settings_tab</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Decide this before recording trades: amounts are stored in the smallest unit.</source>
            <translation>Decida isto antes de registrar trocas: os valores são guardados na menor unidade.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Show and type amounts as &amp;hours:minutes (1:30)</source>
            <translation>Mostrar e digitar valores como &amp;horas:minutos (1:30)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>For a timebank: 1:30 is one and a half hours. With 2 decimal places minutes go in steps of 3; amounts can still be typed as decimals (1.5).</source>
            <translation>Para um banco de horas: 1:30 é uma hora e meia. Com 2 casas decimais, os minutos vão de 3 em 3; ainda é possível digitar valores decimais (1,5).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Exchange</source>
            <translation>Rede de troca</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>E&amp;xchange name:</source>
            <translation>Nome da &amp;rede:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Currency name:</source>
            <translation>Nome da &amp;moeda:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>S&amp;ymbol:</source>
            <translation>Sím&amp;bolo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Decimal places:</source>
            <translation>Casas &amp;decimais:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>New accounts</source>
            <translation>Novas contas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Default credit &amp;limit:</source>
            <translation>&amp;Limite de crédito padrão:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>How far below zero a new member's account may go. Existing accounts keep their limits.</source>
            <translation>Quanto a conta de um novo membro pode ficar abaixo de zero. As contas existentes mantêm seus limites.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Revert</source>
            <translation>&amp;Reverter</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Show the saved values again</source>
            <translation>Mostrar de novo os valores salvos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Save the changes for every coordinator</source>
            <translation>Salvar as alterações para todos os coordenadores</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Only an administrator can change the settings; you are signed in as {role}.</source>
            <translation>Só um administrador pode alterar as configurações; você entrou como {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Reloaded: the saved settings show, with your own changes kept. Press Save to save them.</source>
            <translation>Recarregado: as configurações salvas são exibidas, com suas alterações mantidas. Clique em Salvar para salvá-las.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>The exchange name is empty.</source>
            <translation>O nome da rede está vazio.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Nothing to save: the settings are unchanged.</source>
            <translation>Nada a salvar: as configurações não mudaram.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Settings saved.</source>
            <translation>Configurações salvas.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Recarregar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Save &amp;anyway</source>
            <translation>Salvar &amp;mesmo assim</translation>
        </message>
    </context>
    <context>
        <name>pages.audit.diff</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/diff.py" />
            <source>&lt;p&gt;&lt;i&gt;No values were recorded for this change.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Nenhum valor foi registrado para esta alteração.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>pages.audit.model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Members</source>
            <translation>Membros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Listings</source>
            <translation>Anúncios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Trades</source>
            <translation>Trocas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Slip batches</source>
            <translation>Lotes de vales</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Transactions</source>
            <translation>Lançamentos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Categories</source>
            <translation>Categorias</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Operators</source>
            <translation>Operadores</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Database</source>
            <translation>Banco de dados</translation>
        </message>
    </context>
    <context>
        <name>pages.audit.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Select a change to see the values before and after.</source>
            <translation>Selecione uma alteração para ver os valores antes e depois.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>before</source>
            <translation>antes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>after</source>
            <translation>depois</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&lt;b&gt;{what}&lt;/b&gt; by {actor} on {when} (change {id}). {legend}</source>
            <translation>&lt;b&gt;{what}&lt;/b&gt; por {actor} em {when} (alteração {id}). {legend}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>%Ln change(s)</source>
            <translation>
                <numerusform>%Ln alteração</numerusform>
                <numerusform>%Ln alterações</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Select a change in the list first.</source>
            <translation>Selecione antes uma alteração na lista.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Everything</source>
            <translation>Tudo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>What was changed (choose, or type an entity name)</source>
            <translation>O que foi alterado (escolha ou digite o nome de uma entidade)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Any</source>
            <translation>Qualquer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Only this record (e.g. member number 12); needs 'What'</source>
            <translation>Só este registro (p. ex. membro número 12); requer 'O quê'</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Anyone</source>
            <translation>Qualquer pessoa</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Only changes by this operator (user name, e.g. anna)</source>
            <translation>Só alterações deste operador (nome de usuário, p. ex. anna)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;From:</source>
            <translation>&amp;De:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;To:</source>
            <translation>&amp;Até:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Values before and after</source>
            <translation>Valores antes e depois</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Names, memos, values</source>
            <translation>Nomes, memorandos, valores</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Search changes</source>
            <translation>Pesquisar alterações</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;Search:</source>
            <translation>&amp;Pesquisar:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;What:</source>
            <translation>&amp;O quê:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;Record:</source>
            <translation>&amp;Registro:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;Operator:</source>
            <translation>O&amp;perador:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>C&amp;lear filters</source>
            <translation>&amp;Limpar filtros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Audit log</source>
            <translation>Registro de alterações</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>The 'From' date is after the 'To' date.</source>
            <translation>A data 'De' é posterior à data 'Até'.</translation>
        </message>
    </context>
    <context>
        <name>pages.dashboard.backup_status</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>just now</source>
            <translation>agora mesmo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n min ago</source>
            <translation>
                <numerusform>há %n min</numerusform>
                <numerusform>há %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n h ago</source>
            <translation>
                <numerusform>há %n h</numerusform>
                <numerusform>há %n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>há %n dia</numerusform>
                <numerusform>há %n dias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>unknown</source>
            <translation>desconhecido</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>No backup yet</source>
            <translation>Nenhum backup ainda</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>{age} (the one just restored)</source>
            <translation>{age} (o que acabou de ser restaurado)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>{age} (the last attempt failed)</source>
            <translation>{age} (a última tentativa falhou)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Last backup: unknown</source>
            <translation>Último backup: desconhecido</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Last backup: {age}</source>
            <translation>Último backup: {age}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>The backup state could not be read.</source>
            <translation>Não foi possível ler o estado do backup.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Made {time}</source>
            <translation>Feito em {time}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>File: {path}</source>
            <translation>Arquivo: {path}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>A warning shows when the last good backup is older than {hours} hours.</source>
            <translation>Um aviso aparece quando o último backup bom tem mais de {hours} horas.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Last backup: …</source>
            <translation>Último backup: …</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Backup age</source>
            <translation>Idade do backup</translation>
        </message>
    </context>
    <context>
        <name>pages.dashboard.charts</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>January</source>
            <translation>janeiro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>February</source>
            <translation>fevereiro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>March</source>
            <translation>março</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>June</source>
            <translation>junho</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>July</source>
            <translation>julho</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>September</source>
            <translation>setembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>October</source>
            <translation>outubro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>November</source>
            <translation>novembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>December</source>
            <translation>dezembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Jan</source>
            <translation>jan</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Feb</source>
            <translation>fev</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>May</source>
            <comment>short month name</comment>
            <translation>mai</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Sep</source>
            <translation>set</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Oct</source>
            <translation>out</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Dec</source>
            <translation>dez</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{month} {year}</source>
            <translation>{month} de {year}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{month} {year}</source>
            <comment>short month name</comment>
            <translation>{month} de {year}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{thousands}k</source>
            <translation>{thousands} mil</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Trade volume per month</source>
            <translation>Volume de trocas por mês</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Trade volume per month, {first} – {last}</source>
            <translation>Volume de trocas por mês, {first} – {last}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{currency} ({symbol})</source>
            <translation>{currency} ({symbol})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{month}: %n trade(s), {volume}</source>
            <translation>
                <numerusform>{month}: %n troca, {volume}</numerusform>
                <numerusform>{month}: %n trocas, {volume}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Balance distribution (active members)</source>
            <translation>Distribuição de saldos (membros ativos)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Balance distribution</source>
            <translation>Distribuição de saldos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Below zero</source>
            <translation>Abaixo de zero</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Zero or above</source>
            <translation>Zero ou mais</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Balance from ({symbol})</source>
            <translation>Saldo a partir de ({symbol})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Members</source>
            <translation>Membros</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>%n member(s) from {low} to under {high}</source>
            <translation>
                <numerusform>%n membro de {low} a menos de {high}</numerusform>
                <numerusform>%n membros de {low} a menos de {high}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.dashboard.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>No.</source>
            <translation>Nº</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Limit</source>
            <translation>Limite</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Used</source>
            <translation>Usado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Last activity</source>
            <translation>Última atividade</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Active members</source>
            <translation>Membros ativos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Members who may trade now</source>
            <translation>Membros que podem trocar agora</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Open offers</source>
            <translation>Ofertas abertas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Active offers in the directory</source>
            <translation>Ofertas ativas no catálogo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Open wants</source>
            <translation>Procuras abertas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Active wants in the directory</source>
            <translation>Procuras ativas no catálogo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Trades this month</source>
            <translation>Trocas este mês</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Trades, transfers and batch payments between members posted since the first of the month, less reversals (as in Reports › Trade volume)</source>
            <translation>Trocas, transferências e pagamentos em lote entre membros lançados desde o dia 1º do mês, menos estornos (como em Relatórios › Volume de trocas)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Volume this month</source>
            <translation>Volume este mês</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>What members paid each other this month, less reversals</source>
            <translation>O que os membros pagaram uns aos outros este mês, menos estornos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Open trades</source>
            <translation>Trocas abertas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Recorded trades waiting to be completed</source>
            <translation>Trocas registradas aguardando conclusão</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Members near their credit limit</source>
            <translation>Membros perto do limite de crédito</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Near their credit limit</source>
            <translation>Perto do limite de crédito</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Dormant members</source>
            <translation>Membros inativos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Checks</source>
            <translation>Verificações</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Ledger verified</source>
            <translation>Livro-razão verificado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Last backup</source>
            <translation>Último backup</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Atualizar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Read the figures again (F5)</source>
            <translation>Ler os números de novo (F5)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>{count} suspended</source>
            <translation>{count} suspensos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>after {count} reversed</source>
            <translation>após {count} estornadas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>{count} disputed</source>
            <translation>{count} contestadas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>none disputed</source>
            <translation>nenhuma contestada</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n member(s) use(s|) at least {share} of their credit limit (the closest {shown} shown).</source>
            <translation>
                <numerusform>%n membro usa pelo menos {share} do seu limite de crédito (os {shown} mais próximos exibidos).</numerusform>
                <numerusform>%n membros usam pelo menos {share} do seu limite de crédito (os {shown} mais próximos exibidos).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n member(s) use(s|) at least {share} of their credit limit.</source>
            <translation>
                <numerusform>%n membro usa pelo menos {share} do seu limite de crédito.</numerusform>
                <numerusform>%n membros usam pelo menos {share} do seu limite de crédito.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Nobody uses {share} or more of their credit limit.</source>
            <translation>Ninguém usa {share} ou mais do seu limite de crédito.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n active member(s) without a trade for {months} months (the longest {shown} shown).</source>
            <translation>
                <numerusform>%n membro ativo sem trocas há {months} meses (os {shown} mais antigos exibidos).</numerusform>
                <numerusform>%n membros ativos sem trocas há {months} meses (os {shown} mais antigos exibidos).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n active member(s) without a trade for {months} months.</source>
            <translation>
                <numerusform>%n membro ativo sem trocas há {months} meses.</numerusform>
                <numerusform>%n membros ativos sem trocas há {months} meses.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Every active member traded in the last {months} months.</source>
            <translation>Todos os membros ativos fizeram trocas nos últimos {months} meses.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Figures as of {time}</source>
            <translation>Números de {time}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Never. Verify the ledger on the Ledger page.</source>
            <translation>Nunca. Verifique o livro-razão na página Livro-razão.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>checked {time}</source>
            <translation>verificado em {time}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>checked at an unknown time</source>
            <translation>verificado em hora desconhecida</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Sound</source>
            <translation>Íntegro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Problems found (first bad transaction: {number})</source>
            <translation>Problemas encontrados (primeiro lançamento com erro: {number})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Problems found</source>
            <translation>Problemas encontrados</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Dashboard</source>
            <translation>Painel</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.batch_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Batch transfer</source>
            <translation>Transferência em lote</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Post &amp;batch</source>
            <translation>Lançar &amp;lote</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;One member pays many</source>
            <translation>&amp;Um membro paga a vários</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Many members pay one (&amp;collect)</source>
            <translation>Vários membros pagam a um (&amp;cobrar)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Payer:</source>
            <translation>&amp;Pagador:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Amount of the new line</source>
            <translation>Valor da nova linha</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>amount ({symbol})</source>
            <translation>valor ({symbol})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Add line</source>
            <translation>&amp;Adicionar linha</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Lines of the batch</source>
            <translation>Linhas do lote</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Member</source>
            <translation>Membro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Amount ({symbol})</source>
            <translation>Valor ({symbol})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Remove line</source>
            <translation>&amp;Remover linha</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Direction:</source>
            <translation>Sentido:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;New line:</source>
            <translation>&amp;Nova linha:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Lines:</source>
            <translation>Linhas:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Memo:</source>
            <translation>&amp;Memorando:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Payee:</source>
            <translation>&amp;Recebedor:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Choose a member for the line: part of a name or a number.</source>
            <translation>Escolha um membro para a linha: parte do nome ou o número.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>{name} is already in the batch; change that line instead.</source>
            <translation>{name} já está no lote; altere aquela linha.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>%n line(s), total {total}</source>
            <translation>
                <numerusform>%n linha, total {total}</numerusform>
                <numerusform>%n linhas, total {total}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Choose who collects: part of a name or a member number.</source>
            <translation>Escolha quem recebe: parte do nome ou o número do membro.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Choose who pays: part of a name or a member number.</source>
            <translation>Escolha quem paga: parte do nome ou o número do membro.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>{name} is also on a line; a member cannot pay themselves.</source>
            <translation>{name} também está numa linha; um membro não pode pagar a si mesmo.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>The amount on line {line} is not a valid amount (digits with at most {decimals} decimal places).</source>
            <translation>O valor na linha {line} não é válido (algarismos com no máximo {decimals} casas decimais).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Add at least one line.</source>
            <translation>Adicione pelo menos uma linha.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>{name} has only {available} of credit left.</source>
            <translation>{name} tem só {available} de crédito disponível.</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.detail</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Select a transaction to see its entries.</source>
            <translation>Selecione um lançamento para ver suas partidas.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>&lt;b&gt;Transaction {number}&lt;/b&gt; · {kind} of {amount} · dated {day} · recorded {at} by {actor}</source>
            <translation>&lt;b&gt;Lançamento {number}&lt;/b&gt; · {kind} de {amount} · data {day} · registrado em {at} por {actor}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Memo: {memo}</source>
            <translation>Memorando: {memo}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Reverses transaction {number}</source>
            <translation>Estorna o lançamento {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>reason: {reason}</source>
            <translation>motivo: {reason}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Reversed by transaction {number}</source>
            <translation>Estornado pelo lançamento {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Category: {category}</source>
            <translation>Categoria: {category}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Entries of the selected transaction</source>
            <translation>Partidas do lançamento selecionado</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.levy_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>no limit</source>
            <translation>sem limite</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>would be passed</source>
            <translation>seria ultrapassado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>No.</source>
            <translation>Nº</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Member</source>
            <translation>Membro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Available</source>
            <translation>Disponível</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Credit limit</source>
            <translation>Limite de crédito</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Levy</source>
            <translation>Taxa</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Post levy</source>
            <translation>&amp;Lançar taxa</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>e.g. Yearly membership fee 2026</source>
            <translation>p. ex. Anuidade 2026</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Leave out members who would go past their credit limit</source>
            <translation>&amp;Deixar de fora membros que ultrapassariam o limite de crédito</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Pre&amp;view</source>
            <translation>&amp;Prévia</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Preview the levy to see who is charged; then post it.</source>
            <translation>Veja a prévia da taxa para saber quem será cobrado; depois lance-a.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Levy preview</source>
            <translation>Prévia da taxa</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Amount per member ({symbol}):</source>
            <translation>&amp;Valor por membro ({symbol}):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Into:</source>
            <translation>&amp;Para:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Memo:</source>
            <translation>&amp;Memorando:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>The amount or account changed: preview again before posting.</source>
            <translation>O valor ou a conta mudou: veja a prévia de novo antes de lançar.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>{over} of %n active member(s) would go past their credit limit (listed first): leave them out, or raise their limits first. The levy cannot be posted like this.</source>
            <translation>
                <numerusform>{over} de %n membro ativo ultrapassaria o limite de crédito (listados primeiro): deixe-os de fora ou aumente antes os limites. A taxa não pode ser lançada assim.</numerusform>
                <numerusform>{over} de %n membros ativos ultrapassariam o limite de crédito (listados primeiro): deixe-os de fora ou aumente antes os limites. A taxa não pode ser lançada assim.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>{charged} of %n active member(s) will be charged {each} each: {total} in all, into {into}.</source>
            <translation>
                <numerusform>{charged} de %n membro ativo será cobrado em {each} cada: {total} no total, para {into}.</numerusform>
                <numerusform>{charged} de %n membros ativos serão cobrados em {each} cada: {total} no total, para {into}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>%n who would go past their credit limit (is|are) left out.</source>
            <translation>
                <numerusform>%n que ultrapassaria o limite de crédito fica de fora.</numerusform>
                <numerusform>%n que ultrapassariam o limite de crédito ficam de fora.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Community fund</source>
            <translation>Fundo comunitário</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Fees</source>
            <translation>Tarifas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Opening balances</source>
            <translation>Saldos iniciais</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n conta</numerusform>
                <numerusform>%n contas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>reverses {reverses}, reversed by {reversed_by}</source>
            <translation>estorna {reverses}, estornado por {reversed_by}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>reverses {number}</source>
            <translation>estorna {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>reversed by {number}</source>
            <translation>estornado por {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Recorded {at} by {actor}; dated earlier because: {reason}</source>
            <translation>Registrado em {at} por {actor}; data anterior porque: {reason}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Recorded {at} by {actor}</source>
            <translation>Registrado em {at} por {actor}</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Account:</source>
            <translation>&amp;Conta:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any account</source>
            <translation>Qualquer conta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any kind</source>
            <translation>Qualquer tipo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Ca&amp;tegory:</source>
            <translation>Ca&amp;tegoria:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any category</source>
            <translation>Qualquer categoria</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Only coordinators and administrators post to the ledger; you are a {role}.</source>
            <translation>Só coordenadores e administradores lançam no livro-razão; você é {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Transaction {number} is itself a reversal.</source>
            <translation>O lançamento {number} já é um estorno.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Transaction {number} was already reversed by {reversal}.</source>
            <translation>O lançamento {number} já foi estornado por {reversal}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>%Ln transaction(s)</source>
            <translation>
                <numerusform>%Ln lançamento</numerusform>
                <numerusform>%Ln lançamentos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Select a transaction in the journal first.</source>
            <translation>Selecione antes um lançamento no diário.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any member</source>
            <translation>Qualquer membro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Since:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Until:</source>
            <translation>&amp;Até:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Show &amp;newest</source>
            <translation>Mostrar &amp;recentes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Show the whole journal again, newest first</source>
            <translation>Mostrar de novo o diário inteiro, mais recentes primeiro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Words in the memo</source>
            <translation>Palavras no memorando</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Search memos</source>
            <translation>Pesquisar memorandos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Member:</source>
            <translation>&amp;Membro:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Memo &amp;words:</source>
            <translation>&amp;Palavras do memorando:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Journal</source>
            <translation>Diário</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Reverse…</source>
            <translation>&amp;Estornar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Post the exact opposite of this transaction, with a reason</source>
            <translation>Lançar o oposto exato deste lançamento, com um motivo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Lev&amp;y…</source>
            <translation>&amp;Taxa…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Charge every active member the same amount</source>
            <translation>Cobrar o mesmo valor de todos os membros ativos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Batch transfer…</source>
            <translation>Transferência em &amp;lote…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>One member pays many, or many pay one, at once</source>
            <translation>Um membro paga a vários, ou vários pagam a um, de uma vez</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>V&amp;erify ledger</source>
            <translation>&amp;Verificar livro-razão</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Check every transaction, hash chain and balance from the entries</source>
            <translation>Verificar cada lançamento, cadeia de hash e saldo a partir das partidas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>The ledger is being verified…</source>
            <translation>O livro-razão está sendo verificado…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Showing transaction {number} and older.</source>
            <translation>Mostrando o lançamento {number} e anteriores.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Transaction {number} is reversed by transaction {reversal}.</source>
            <translation>O lançamento {number} foi estornado pelo lançamento {reversal}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Posted levy as transaction {number}: {total} in all.</source>
            <translation>Taxa lançada como lançamento {number}: {total} no total.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Posted batch as transaction {number}.</source>
            <translation>Lote lançado como lançamento {number}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Verifying the ledger…</source>
            <translation>Verificando o livro-razão…</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.reverse_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>from &lt;b&gt;{payer}&lt;/b&gt; to &lt;b&gt;{payee}&lt;/b&gt;</source>
            <translation>de &lt;b&gt;{payer}&lt;/b&gt; para &lt;b&gt;{payee}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Transfer of {amount} on {at}</source>
            <translation>Transferência de {amount} em {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Trade of {amount} on {at}</source>
            <translation>Troca de {amount} em {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Levy of {amount} on {at}</source>
            <translation>Taxa de {amount} em {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Batch of {amount} on {at}</source>
            <translation>Lote de {amount} em {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Reversal of {amount} on {at}</source>
            <translation>Estorno de {amount} em {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Opening of {amount} on {at}</source>
            <translation>Saldo inicial de {amount} em {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Adjustment of {amount} on {at}</source>
            <translation>Ajuste de {amount} em {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>{kind} of {amount} on {at}</source>
            <translation>{kind} de {amount} em {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Reverse transaction {number}</source>
            <translation>Estornar lançamento {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Re&amp;verse</source>
            <translation>&amp;Estornar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>e.g. entered twice</source>
            <translation>p. ex. digitado duas vezes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Transaction:</source>
            <translation>Lançamento:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>A new transaction moves the same amounts back. The original stays in the books, marked as reversed; a transaction can be reversed once.</source>
            <translation>Um novo lançamento devolve os mesmos valores. O original permanece nos livros, marcado como estornado; um lançamento só pode ser estornado uma vez.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Give a reason for the reversal.</source>
            <translation>Informe um motivo para o estorno.</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.verify_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Check</source>
            <translation>Verificação</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Transaction</source>
            <translation>Lançamento</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Verify ledger</source>
            <translation>Verificar livro-razão</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>%Ln transaction(s), {entries} entries and {accounts} accounts checked in {seconds} s ({at}).</source>
            <translation>
                <numerusform>%Ln lançamento, {entries} partidas e {accounts} contas verificados em {seconds} s ({at}).</numerusform>
                <numerusform>%Ln lançamentos, {entries} partidas e {accounts} contas verificados em {seconds} s ({at}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The books are in order.</source>
            <translation>Os livros estão em ordem.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Every transaction balances, every hash chain is intact, every stored balance matches its entries and all balances sum to zero.</source>
            <translation>Todo lançamento fecha, toda cadeia de hash está intacta, todo saldo guardado confere com as partidas e todos os saldos somam zero.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The ledger has %n problem(s).</source>
            <translation>
                <numerusform>O livro-razão tem %n problema.</numerusform>
                <numerusform>O livro-razão tem %n problemas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The first bad transaction is number {number}.</source>
            <translation>O primeiro lançamento com erro é o número {number}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The problems concern accounts, not single transactions.</source>
            <translation>Os problemas são de contas, não de lançamentos isolados.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The data was changed outside LocalEx Desktop or is damaged: restore the last good backup, or ask for help before posting more.</source>
            <translation>Os dados foram alterados fora do LocalEx Desktop ou estão danificados: restaure o último backup bom ou peça ajuda antes de lançar mais.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Problems found</source>
            <translation>Problemas encontrados</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>&amp;Show transaction {number}</source>
            <translation>&amp;Mostrar lançamento {number}</translation>
        </message>
    </context>
    <context>
        <name>pages.listings.categories_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Categories</source>
            <translation>Categorias</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Only coordinators and administrators change categories; you are a {role}.</source>
            <translation>Só coordenadores e administradores alteram categorias; você é {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Select a category first.</source>
            <translation>Selecione antes uma categoria.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>It is already the first.</source>
            <translation>Já é a primeira.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>It is already the last.</source>
            <translation>Já é a última.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Recarregar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Save &amp;anyway</source>
            <translation>Salvar &amp;mesmo assim</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Reloaded: the tree shows what was saved meanwhile; what you typed is kept.</source>
            <translation>Recarregado: a árvore mostra o que foi salvo nesse meio-tempo; o que você digitou foi mantido.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>the top level</source>
            <translation>o nível superior</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>under {path}</source>
            <translation>em {path}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>under category {number}</source>
            <translation>na categoria {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Place: was {before}, now {after}.</source>
            <translation>Local: era {before}, agora {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>{field}: was {before}, now {after}.</source>
            <translation>{field}: era {before}, agora {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Added {path}.</source>
            <translation>{path} adicionada.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Renamed {path} to {name}.</source>
            <translation>{path} renomeada para {name}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Moved {name} up.</source>
            <translation>{name} movida para cima.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Moved {name} down.</source>
            <translation>{name} movida para baixo.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>{name} is already there.</source>
            <translation>{name} já está lá.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Moved: {path}.</source>
            <translation>Movida: {path}.</translation>
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
            <translation>Escolha a categoria de destino em “Seus anúncios vão para”.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>This cannot be undone (you can add it again).</source>
            <translation>Isto não pode ser desfeito (você pode adicioná-la de novo).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Its %n listing(s) move to {path}. This cannot be undone (you can add it again).</source>
            <translation>
                <numerusform>Seu %n anúncio vai para {path}. Isto não pode ser desfeito (você pode adicioná-la de novo).</numerusform>
                <numerusform>Seus %n anúncios vão para {path}. Isto não pode ser desfeito (você pode adicioná-la de novo).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Delete the category {path}?</source>
            <translation>Excluir a categoria {path}?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Deleted {path}; moved %n listing(s).</source>
            <translation>
                <numerusform>{path} excluída; %n anúncio movido.</numerusform>
                <numerusform>{path} excluída; %n anúncios movidos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Deleted {path}.</source>
            <translation>{path} excluída.</translation>
        </message>
    </context>
    <context>
        <name>pages.listings.category_panel</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>e.g. Baking</source>
            <translation>p. ex. Padaria</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add at &amp;top level</source>
            <translation>Adicionar no nível &amp;superior</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add &amp;under selected</source>
            <translation>Adicionar &amp;dentro da selecionada</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>&amp;Rename selected</source>
            <translation>&amp;Renomear selecionada</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Move u&amp;p</source>
            <translation>Mover para &amp;cima</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Move do&amp;wn</source>
            <translation>Mover para &amp;baixo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Mo&amp;ve</source>
            <translation>Mo&amp;ver</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>&amp;Delete selected…</source>
            <translation>&amp;Excluir selecionada…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Select a category in the tree.</source>
            <translation>Selecione uma categoria na árvore.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Na&amp;me:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Place of the selected category</source>
            <translation>Local da categoria selecionada</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Order:</source>
            <translation>Ordem:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>U&amp;nder:</source>
            <translation>D&amp;entro de:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Delete the selected category</source>
            <translation>Excluir a categoria selecionada</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Its &amp;listings go to:</source>
            <translation>Seus &amp;anúncios vão para:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Only a category without sub-categories, and not named on past trades or transactions, can be deleted. Rename it instead to keep history right.</source>
            <translation>Só pode ser excluída uma categoria sem subcategorias e que não aparece em trocas ou lançamentos passados. Renomeie-a para manter o histórico correto.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>&lt;b&gt;{path}&lt;/b&gt; — %n listing(s)</source>
            <translation>
                <numerusform>&lt;b&gt;{path}&lt;/b&gt; — %n anúncio</numerusform>
                <numerusform>&lt;b&gt;{path}&lt;/b&gt; — %n anúncios</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>(top level)</source>
            <translation>(nível superior)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>(no listings to move)</source>
            <translation>(nenhum anúncio a mover)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Choose a category…</source>
            <translation>Escolha uma categoria…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Type the new category's name first.</source>
            <translation>Digite antes o nome da nova categoria.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Select a category first.</source>
            <translation>Selecione antes uma categoria.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add a main category</source>
            <translation>Adicionar uma categoria principal</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Select the parent category first.</source>
            <translation>Selecione antes a categoria superior.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add a sub-category of the selected category</source>
            <translation>Adicionar uma subcategoria da categoria selecionada</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Type the new name first.</source>
            <translation>Digite antes o novo nome.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Give the selected category the name typed above</source>
            <translation>Dar à categoria selecionada o nome digitado acima</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Earlier among its siblings (Ctrl+Up)</source>
            <translation>Antes entre as do mesmo nível (Ctrl+Up)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Later among its siblings (Ctrl+Down)</source>
            <translation>Depois entre as do mesmo nível (Ctrl+Down)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Put the category (with its sub-categories) under another one</source>
            <translation>Colocar a categoria (com suas subcategorias) dentro de outra</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Delete the category (its listings move to the category chosen)</source>
            <translation>Excluir a categoria (seus anúncios vão para a categoria escolhida)</translation>
        </message>
    </context>
    <context>
        <name>pages.listings.listing_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>E&amp;xpires on</source>
            <translation>&amp;Vence em</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>The expiry date {date} is in the past; give today or later.</source>
            <translation>A data de vencimento {date} já passou; informe hoje ou depois.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>New listing</source>
            <translation>Novo anúncio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Add listing</source>
            <translation>&amp;Adicionar anúncio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Edit listing {number}</source>
            <translation>Editar anúncio {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Offer — the member provides this</source>
            <translation>Oferta — o membro oferece isto</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Want — the member is looking for this</source>
            <translation>Procura — o membro procura isto</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Choose a category…</source>
            <translation>Escolha uma categoria…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>e.g. Sourdough bread, baked to order</source>
            <translation>p. ex. Pão de fermentação natural, sob encomenda</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>no price</source>
            <translation>sem preço</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>per hour, per loaf, each …</source>
            <translation>por hora, por pão, cada …</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>U&amp;nit:</source>
            <translation>&amp;Unidade:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Member:</source>
            <translation>&amp;Membro:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Member:</source>
            <translation>Membro:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Category:</source>
            <translation>&amp;Categoria:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Description:</source>
            <translation>&amp;Descrição:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>P&amp;rice:</source>
            <translation>P&amp;reço:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Leave the price empty to agree it each time.</source>
            <translation>Deixe o preço vazio para combiná-lo a cada vez.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the member</source>
            <translation>o membro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Choose a category.</source>
            <translation>Escolha uma categoria.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Give the listing a title.</source>
            <translation>Dê um título ao anúncio.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>The description is longer than {most} characters ({length}).</source>
            <translation>A descrição tem mais de {most} caracteres ({length}).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Choose the member.</source>
            <translation>Escolha o membro.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>{field}: was {before}, now {after}.</source>
            <translation>{field}: era {before}, agora {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the title</source>
            <translation>o título</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the price</source>
            <translation>o preço</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the unit</source>
            <translation>a unidade</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the description</source>
            <translation>a descrição</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the kind</source>
            <translation>o tipo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the category</source>
            <translation>a categoria</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the expiry date</source>
            <translation>a data de vencimento</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Renew listing {number}</source>
            <translation>Renovar anúncio {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Renew</source>
            <translation>&amp;Renovar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Expires on</source>
            <translation>&amp;Vence em</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{name} ({number})</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{name} ({number})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Listing:</source>
            <translation>Anúncio:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Expired on:</source>
            <translation>Venceu em:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Untick the box for a listing that does not expire.</source>
            <translation>Desmarque a caixa para um anúncio que não vence.</translation>
        </message>
    </context>
    <context>
        <name>pages.listings.model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>per {unit}</source>
            <translation>por {unit}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>Listings</source>
            <translation>Anúncios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>All categories</source>
            <translation>Todas as categorias</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>{path} — %n listing(s) (sub-categories not counted)</source>
            <translation>
                <numerusform>{path} — %n anúncio (sem contar subcategorias)</numerusform>
                <numerusform>{path} — %n anúncios (sem contar subcategorias)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.listings.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Offers and wants</source>
            <translation>Ofertas e procuras</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Offers</source>
            <translation>Ofertas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Wants</source>
            <translation>Procuras</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Any status</source>
            <translation>Qualquer situação</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Want</source>
            <translation>Procura</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Paused</source>
            <translation>Pausado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Expired</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is active.</source>
            <translation>O anúncio está ativo.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is paused.</source>
            <translation>O anúncio está pausado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is expired.</source>
            <translation>O anúncio está vencido.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is withdrawn.</source>
            <translation>O anúncio foi retirado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is {status}.</source>
            <translation>O anúncio está {status}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is active; only paused or expired ones come back.</source>
            <translation>O anúncio está ativo; só os pausados ou vencidos voltam.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is withdrawn; only paused or expired ones come back.</source>
            <translation>O anúncio foi retirado; só os pausados ou vencidos voltam.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is {status}; only paused or expired ones come back.</source>
            <translation>O anúncio está {status}; só os pausados ou vencidos voltam.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>%Ln listing(s)</source>
            <translation>
                <numerusform>%Ln anúncio</numerusform>
                <numerusform>%Ln anúncios</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Select a listing in the list first.</source>
            <translation>Selecione antes um anúncio na lista.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Any member</source>
            <translation>Qualquer membro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Category filter</source>
            <translation>Filtro de categoria</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Words in title or description: bread -rye</source>
            <translation>Palavras no título ou descrição: pão -centeio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Search listings</source>
            <translation>Pesquisar anúncios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>S&amp;tatus:</source>
            <translation>&amp;Situação:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Member:</source>
            <translation>&amp;Membro:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>C&amp;lear filters</source>
            <translation>&amp;Limpar filtros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listings</source>
            <translation>Anúncios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Only coordinators and administrators change listings; you are a {role}.</source>
            <translation>Só coordenadores e administradores alteram anúncios; você é {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Renew…</source>
            <translation>&amp;Renovar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Renew the listing with a new expiry date</source>
            <translation>Renovar o anúncio com nova data de vencimento</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;New listing…</source>
            <translation>&amp;Novo anúncio…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Add an offer or a want</source>
            <translation>Adicionar uma oferta ou procura</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Change the listing</source>
            <translation>Alterar o anúncio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>A withdrawn listing cannot be changed.</source>
            <translation>Um anúncio retirado não pode ser alterado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Pause</source>
            <translation>&amp;Pausar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Hide the listing from the directory for a while</source>
            <translation>Ocultar o anúncio do catálogo por um tempo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Resume</source>
            <translation>&amp;Retomar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Put the paused listing back in the directory</source>
            <translation>Colocar o anúncio pausado de volta no catálogo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Withdraw…</source>
            <translation>Re&amp;tirar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Take the listing off for good (it stays on past trades)</source>
            <translation>Retirar o anúncio de vez (continua nas trocas passadas)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>It is already withdrawn.</source>
            <translation>Já foi retirado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>C&amp;ategories…</source>
            <translation>C&amp;ategorias…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Add, rename, move and delete categories</source>
            <translation>Adicionar, renomear, mover e excluir categorias</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Only coordinators and administrators change categories; you are a {role}.</source>
            <translation>Só coordenadores e administradores alteram categorias; você é {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>{kind} {number}: {title} — {member}</source>
            <translation>{kind} {number}: {title} — {member}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Added listing {number}: {title}.</source>
            <translation>Anúncio {number} adicionado: {title}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Saved listing {number}.</source>
            <translation>Anúncio {number} salvo.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is paused.</source>
            <translation>O anúncio {number} está pausado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is back in the directory.</source>
            <translation>O anúncio {number} voltou ao catálogo.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is renewed.</source>
            <translation>O anúncio {number} foi renovado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Withdraw listing {number}, “{title}”?</source>
            <translation>Retirar o anúncio {number}, “{title}”?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>It leaves the directory for good; past trades keep it. Pause it instead if it is only for a while.</source>
            <translation>Ele sai do catálogo de vez; as trocas passadas o mantêm. Pause-o se for só por um tempo.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Withdraw</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is withdrawn.</source>
            <translation>O anúncio {number} foi retirado.</translation>
        </message>
    </context>
    <context>
        <name>pages.members.detail</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Balance:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Credit limit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Available:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Upper limit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Joined:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Last activity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Directory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Left on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Choose a member in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Account history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Account &amp;history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Their details and account history show here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>no limit</source>
            <translation>sem limite</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Not listed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.members.form_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>New {noun}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Edit {noun} {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>{label}: was {seen}, now {now}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Recarregar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Save &amp;anyway</source>
            <translation>Salvar &amp;mesmo assim</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Reloaded: {fields} show(s|) what was saved meanwhile; your own changes are kept. Press {ok} to save them.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Reloaded; your own changes are kept. Press {ok} to save them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Discard what you typed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Nothing was saved; closing forgets the changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Keep editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>{earlier} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>empty</source>
            <translation>vazio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.members.member_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>New member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Enrol member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Edit member {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>next free number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>name@example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>no upper limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Listed in the printed and online directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Num&amp;ber:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>E&amp;mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Joined on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Credit limit ({symbol}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>How far below zero the balance may go; 0 for none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Upper limit ({symbol}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>N&amp;otes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the exchange's default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Member numbers start at 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>{label}: was {seen}, now {now} {symbol}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the credit limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the upper limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the directory listing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.members.model</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n conta</numerusform>
                <numerusform>%n contas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>With</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Memo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Tx</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.members.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>All members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is active.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is suspended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>%Ln member(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Select a member in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Search name, number, email or phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Search members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Search:</source>
            <translation>&amp;Pesquisar:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Sho&amp;w:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Show members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Members</source>
            <translation>Membros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;New member…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Enrol a new member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Change the member's details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>S&amp;uspend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Stop the member trading for now; they stay in the books</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Reactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Let the member trade again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Leave…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Record that the member left the exchange (their balance must be zero)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} has left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Tr&amp;ansfer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>One member pays another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Enrolled {name} as member {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Saved member {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Posted transaction {transaction}: {payer} paid {payee} {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Suspend {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>They cannot pay or be paid until they are reactivated. Their balance, history and listings stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Suspend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Reactivate {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>They can trade again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Reactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is active again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Record that {name} has left the exchange?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Their open listings are withdrawn; their history stays in the books. You can reactivate them later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} has left the exchange.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Their balance is not zero: what they owe ({amount}) is written off by the community fund, as an adjustment in the ledger and on their statement. Their open listings are withdrawn; their history stays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Their balance is not zero: what they are owed ({amount}) goes to the community fund, as an adjustment in the ledger and on their statement. Their open listings are withdrawn; their history stays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Settle the balance of {name} and record that they left?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Settle and leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} has left the exchange; their balance was settled with the community fund.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.members.picker</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member number or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Choose {who}: type a member number, or part of a name and pick from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}, {name}, is suspended: they cannot pay or be paid until they are reactivated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}, {name}, has left the exchange: reactivate them first if they are back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}, {name}, is {status}: only {wanted} members can be chosen here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>There is no member {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Choose one of the members offered below, or type a member number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>No member matches “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>{member} — {status}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.members.transfer_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Post transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>What it was for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;From (payer):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;To (payee):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Amount ({symbol}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Memo:</source>
            <translation>&amp;Memorando:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Value date: the day it happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Why it is entered with an earlier date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Value date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Choose who pays: type a member number, or part of a name and pick from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Choose who is paid: type a member number, or part of a name and pick from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>A member cannot pay themselves; choose two different members.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Say why it is entered with an earlier date than today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>{name} has only {amount} of credit left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>{name} has no credit limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Available credit of {name}: {credit}; after this transfer: {after}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Available credit of {name}: {credit}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.registry</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Members</source>
            <translation>Membros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Listings</source>
            <translation>Anúncios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Trades</source>
            <translation>Trocas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Ledger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Audit log</source>
            <translation>Registro de alterações</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Administration</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.reports.balance_panels</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>System account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Member</source>
            <translation>Membro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Last entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Credit limit</source>
            <translation>Limite de crédito</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>At the end of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Trial balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>At the &amp;end of:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Every account, system accounts included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Total of all accounts</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Balanced: %n account(s); balances below zero {below}, above zero {above}, total {total}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>NOT balanced: the balances add up to {total} instead of zero. Run Verify ledger on the Ledger page and tell your administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>All members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Balances at a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Me&amp;mbers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Status is the member's status today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>%n member(s): {held} held above zero, {owed} owed below zero.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.chart</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/chart.py" />
            <source>{month} {year}</source>
            <translation>{month} de {year}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/chart.py" />
            <source>Net trade volume per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/chart.py" />
            <source>Net volume</source>
            <translation type="unfinished" />
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
                <numerusform>{month}: %n troca, {volume}</numerusform>
                <numerusform>{month}: %n trocas, {volume}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.directory_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Print the directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Reading the offers and wants…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Save as &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>P&amp;rint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Active offers and wants of active members, by category, with a dated cover. Phone, email and address appear only for members who agreed to be listed with them; the others are reached through the coordinator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>&lt;b&gt;{exchange}&lt;/b&gt;: {offers} offers and {wants} wants in {categories} categories, dated {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>The directory could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Save the directory as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Saved the directory to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>The file is in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Sent the directory (%n page(s)) to the printer.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.file_menu</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Bring in members, opening balances or listings from a CSV file or a workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Only coordinators and administrators import; you are a {role}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>&amp;Statements…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Statements of account for one or every active member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Print &amp;directory…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>The directory of offers and wants as a PDF booklet or on paper</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.reports.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Atualizar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Compute the report again (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>&amp;Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save as P&amp;DF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Refresh the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Print the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save the report to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>The report has not been computed (see the message below it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save the report shown as a CSV file or an Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save the report shown as a PDF document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Print the report shown (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save {report}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Saved {report} (%n rows) to {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save {report} as PDF</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Saved {report} (%n page(s)) to {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Print {report}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Sent {report} to {printer}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>the printer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.reports.panel_base</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>&amp;From:</source>
            <translation>&amp;De:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>&amp;To:</source>
            <translation>&amp;Até:</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.statement_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Member statements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;One member:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;All active members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Member</source>
            <translation>Membro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Statements for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;From:</source>
            <translation>&amp;De:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;To:</source>
            <translation>&amp;Até:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>The balance at the start is brought forward; the last day is included.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>One PDF file per member, into a fol&amp;der</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>One PDF fil&amp;e (each member starts on a new page)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Send to a p&amp;rinter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Save to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Sa&amp;ve as file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Sa&amp;ve in folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Folder for the statements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Save statements as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>The period starts after it ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Give the earlier date as 'From'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Choose the member first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Type part of their name or their number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Say where the statements go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Use Browse….</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>{path} is a file, not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>There are no active members to make statements for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Print statements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>State&amp;ment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Save or print the selected member's statement of account for a period</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.reports.statement_output</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Drawing the statements…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>&amp;Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Member statements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Statement {number} of {total}: {name}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Stopped after {done} of {total} statements. The %n file(s) already written stay in {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Stopped after {done} of {total} statements. Nothing was kept.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Sent %n statement(s) to the printer.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>The file is in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Wrote 1 statement ({name}, closing balance {balance}) to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Wrote %n statement(s) to {file}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Wrote %n statement(s), one PDF per member.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>They are in {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.reports.trade_panels</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Trades</source>
            <translation>Trocas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Reversed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Net volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Trade volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Payments between members; reversals count in their own month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Volume per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Volume per category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>The 'From' date is after the 'To' date.</source>
            <translation>A data 'De' é posterior à data 'Até'.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>%n trade(s) (after {reversed} reversed), net volume {volume}, in {months}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>%n month(s) with trade</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>dormant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>No.</source>
            <translation>Nº</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Joined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Last entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Dormant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Member activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source> months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Dormant after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>At the end of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>&amp;Dormant after:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>At the &amp;end of:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Dormant: no entry in that time, and joined before it began</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>{dormant} of %n active member(s) are dormant: no entry since {day} (listed first).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Velocity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Net trade volume in the period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Credit members hold at the end (positive balances):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Velocity (volume ÷ credit held):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>A velocity of 2 means the credit members hold changed hands twice in the period. Levies, fees, opening balances and payments to or from the community fund are not trade; reversed trades are taken off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Nobody holds credit at the end of the period, so there is no velocity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>From {since} to {until} the credit held changed hands {velocity} times.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.trades.member_action</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/member_action.py" />
            <source>Record &amp;trade…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/member_action.py" />
            <source>Record a trade the selected member paid for (they are the buyer)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.trades.model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Disputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Reversed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>reversed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>disputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Note: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Resolution: {resolution}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.trades.note_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Cancel trade {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Cancel &amp;trade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>e.g. the members agreed it did not happen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>The trade never reached the ledger; it stays in the list as cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Dispute trade {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Mark &amp;disputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;What is disputed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>who disagrees, and about what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>The trade waits until the dispute is resolved to completed or cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Resolve dispute on trade {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Re&amp;solve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;Outcome note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>what was agreed, and with whom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Completed posts the trade to the ledger; cancelled ends it without posting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Reverse trade {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Re&amp;verse trade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>e.g. wrong amount on the slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>A ledger transaction moves the amount back; the original stays in the books and the trade is marked cancelled. Record a new trade if the right amount differs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;b&gt;{buyer}&lt;/b&gt; paid &lt;b&gt;{seller}&lt;/b&gt; {amount} on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;b&gt;{buyer}&lt;/b&gt; will pay &lt;b&gt;{seller}&lt;/b&gt; {amount} when the trade is completed (traded on {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;br&gt;“{description}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;br&gt;Note: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Trade:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>C&amp;ancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Resolved as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>A&amp;greed amount ({symbol}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Empty: the amount recorded on the trade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Write what the dispute is about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Write what was agreed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Give a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Keep it under {n} characters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.trades.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is marked disputed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is resolved as {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is reversed by transaction {reversal}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Recorded trade {id} ({status}): {buyer} paid {seller} {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Recorded trade {id} ({status}): {buyer} will pay {seller} {amount} when it is completed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Only coordinators and administrators change trades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Only coordinators and administrators post to the ledger</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>%Ln trade(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Select a trade in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Any member</source>
            <translation>Qualquer membro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Words in description or note, or a slip number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Search trades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Fi&amp;nd:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Member:</source>
            <translation>&amp;Membro:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>C&amp;lear filters</source>
            <translation>&amp;Limpar filtros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trades</source>
            <translation>Trocas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} has no ledger transaction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Record trade…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Record a trade members reported (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Sli&amp;p batch…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Enter a bundle of paper slips with its control count and total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>C&amp;omplete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Both members agree: post the trade to the ledger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Cancel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>The trade did not happen; nothing reaches the ledger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Dispute…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>A member disagrees: hold the trade until it is resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>R&amp;esolve…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>End the dispute: completed or cancelled, with a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Rever&amp;se…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Correct a completed trade: post the reversal and cancel it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>{status} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source> (now under “{status}”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source> (not shown: outside the current search)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Posted slip batch {batch}: %n completed trade(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source> (under “completed”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Complete trade {id}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>{buyer} pays {seller} {amount} in the ledger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Complete trade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} was already completed; nothing posted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Completed trade {id}: transaction {transaction}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>recorded by {who} on {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>slip {slip}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>batch {batch}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>listing {listing}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>In the ledger as transaction {transaction}, reversed by transaction {reversal}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>In the ledger as transaction {transaction}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Note: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Resolution: {resolution}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.trades.record_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Offer {id}: {title} ({member})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Want {id}: {title} ({member})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Offer {id}: {title} ({member}) — {price}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Want {id}: {title} ({member}) — {price}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Record trade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Record trade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>No listing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>e.g. 2 hours of gardening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>No category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Completed: both agree, post it to the ledger now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Unticked, the trade is recorded as pending and completed later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>You may not post transactions; the trade is recorded as pending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Buyer (pays):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>S&amp;wap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Exchange buyer and seller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Seller (is paid):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Listing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Amount ({symbol}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Description:</source>
            <translation>&amp;Descrição:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Ca&amp;tegory:</source>
            <translation>Ca&amp;tegoria:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Traded &amp;on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Sli&amp;p number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choosing a listing fills the description, category and price.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>No listing (none open for these members)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choose who paid: type a member number, or part of a name and pick from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choose who was paid: type a member number, or part of a name and pick from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>The buyer and the seller are the same member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Say what was traded, or choose the listing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>{name} has no credit limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Available credit of {name}: {credit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Available credit of {name}: {credit}; after this trade: {after}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Available credit of {name}: {credit}: {short} short.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Too much for {name}'s credit now: untick Completed to record it as pending, and complete it later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choose the buyer and the seller.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.trades.slip_batch</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Paper-slip batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>optional, e.g. market day 14 June</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Control &amp;count (slips in the bundle):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Control &amp;total (written on the bundle):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Chec&amp;k now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>&amp;Post batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Tab or Enter moves to the next field; a new row appears as you fill the last one. Buyer and seller: a member number, or part of a name and pick from the list. Ctrl+Delete clears the row you are in. Empty rows are ignored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Only coordinators and administrators post slips; you are a {role}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Discard the %n slip(s) you typed?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>They are not posted; closing forgets them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Keep typing</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>%n slip(s) entered; type the count on the bundle.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>{count} of {want} slips entered — matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>{count} of {want} slips entered ({diff} more to enter).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>{count} of {want} slips entered ({diff} too many).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}; the control total is not an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}; type the bundle's total.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running} — matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}: {diff} still missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}: {diff} too much.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>%n slip(s) refused; the reasons are under the rows.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Correct them (or clear a row with Ctrl+Delete) before posting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>This batch is posted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Type the slips first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>The number of slips does not match the control count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>The slips do not add up to the control total.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Checking the slips…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Some slips are refused; see the reasons under the rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Post every slip as a completed trade, all or nothing</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Posted batch {batch}: %n slip(s), {total} in all, recorded as completed trade {first}, each with its own ledger transaction.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Posted batch {batch}: %n slip(s), {total} in all, recorded as completed trades {first}–{last}, each with its own ledger transaction.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.trades.slip_grid</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Slip no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Buyer (pays)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Seller (is paid)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Amount ({symbol})</source>
            <translation>Valor ({symbol})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} buyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} seller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Paper slip</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Reviewing backup {file} from {when} — read-only; nothing can be changed. Warning: the backup did not verify (%n problem(s)).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Reviewing backup {file} from {when} — read-only; nothing can be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source> — review of {file} (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Review mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>File: {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Opened in a private scratch database, read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>What did not verify:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>{file} is encrypted. Enter its passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Open a backup for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>This backup cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Checking the passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Opening {file} for review…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>server_password_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Server password — {program}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&lt;b&gt;PostgreSQL server {host}&lt;/b&gt;&lt;br&gt;The server asks for the password of the login &lt;b&gt;{login}&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>{address}, database {database}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Password of the server login {login}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&amp;Remember in the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Kept by {keyring}; the program asks again if it changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&amp;Remember in PostgreSQL's password file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>That is {file}. No system keyring is available on this computer; the password file is readable by your account only (mode 0600).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Login:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Type the password of the server login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sign_out</name>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is upgrading the database; your saved work is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is upgrading the database — sign in again when it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is upgrading the database; your saved work is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is upgrading the database — sign in again when it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is restoring the database; your saved work is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is restoring the database — sign in again when it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is restoring the database; your saved work is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is restoring the database — sign in again when it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Signing out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Sign out now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{notice} LocalEx will sign you out in {seconds} s — finish or cancel what you are editing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <location filename="../../localex_desktop/ui/tasks.py" />
            <source>Please wait</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>widgets</name>
        <message>
            <location filename="../../localex_desktop/ui/widgets.py" />
            <source>{counted} (more as you scroll)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/widgets.py" />
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
