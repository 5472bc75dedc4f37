<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Checking the database…</source>
            <translation>Comprobando la base de datos…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Open a backup for review…</source>
            <translation>Abrir una copia de seguridad para revisión…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Look through a backup file read-only (for bookkeepers)</source>
            <translation>Consultar una copia de seguridad en solo lectura (para contables)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Starting the database in {folder}…</source>
            <translation>Iniciando la base de datos en {folder}…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Connecting to {host}…</source>
            <translation>Conectando con {host}…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Connecting to the server…</source>
            <translation>Conectando con el servidor…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>PostgreSQL server {host}</source>
            <translation>Servidor PostgreSQL {host}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>PostgreSQL server on the local socket</source>
            <translation>Servidor PostgreSQL en el socket local</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/app.py" />
            <source>Data folder: {folder}</source>
            <translation>Carpeta de datos: {folder}</translation>
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
            <translation>N.º</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Operator no.</source>
            <translation>N.º operador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/audit.py" />
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/base.py" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/base.py" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Want</source>
            <translation>Demanda</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Expired</source>
            <translation>Caducado</translation>
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
            <translation>Categoría</translation>
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
            <translation>Miembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Member name</source>
            <translation>Nombre del miembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/members.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Expires</source>
            <translation>Caduca</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/listings.py" />
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Updated</source>
            <translation>Actualizado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Suspended</source>
            <translation>Suspendido</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Left</source>
            <translation>De baja</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Joined</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>In directory</source>
            <translation>En directorio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Credit limit</source>
            <translation>Límite de crédito</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Upper limit</source>
            <translation>Límite superior</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Last activity</source>
            <translation>Última actividad</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/members.py" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Disputed</source>
            <translation>En disputa</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Reversed</source>
            <translation>Anulado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Buyer</source>
            <translation>Comprador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Buyer's name</source>
            <translation>Nombre del comprador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Seller</source>
            <translation>Vendedor</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Seller's name</source>
            <translation>Nombre del vendedor</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Slip</source>
            <translation>Vale</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Listing</source>
            <translation>Anuncio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Transaction</source>
            <translation>Movimiento</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reversal</source>
            <translation>Anulación</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Resolution</source>
            <translation>Resolución</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Slip batch</source>
            <translation>Lote de vales</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <source>Recorded by</source>
            <translation>Registrado por</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/trades.py" />
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Recorded</source>
            <translation>Registrado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Transfer</source>
            <translation>Transferencia</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Trade</source>
            <translation>Intercambio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Levy</source>
            <translation>Cuota</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Batch</source>
            <translation>Lote</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Opening</source>
            <translation>Apertura</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Adjustment</source>
            <translation>Ajuste</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Memo</source>
            <translation>Concepto</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Category no.</source>
            <translation>N.º categoría</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reverses</source>
            <translation>Anula</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reversed by</source>
            <translation>Anulado por</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Posted by</source>
            <translation>Asentado por</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Account no.</source>
            <translation>N.º cuenta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/services/fields/transactions.py" />
            <source>Balance after</source>
            <translation>Saldo después</translation>
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
            <translation>No disponible en modo de revisión: es una copia de solo lectura</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Your role ({role}) may not do this</source>
            <translation>Su rol ({role}) no permite hacer esto</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Reading the schema…</source>
            <translation>Leyendo el esquema…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>There is no earlier schema revision to go down to.</source>
            <translation>No hay una revisión anterior del esquema a la que volver.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>The database is now at schema {revision}.</source>
            <translation>La base de datos está ahora en el esquema {revision}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>This version of LocalEx Desktop needs the newer schema, so it closes now. Open the database with the older version of the program.</source>
            <translation>Esta versión de LocalEx Desktop necesita el esquema más nuevo, así que se cierra ahora. Abra la base de datos con la versión anterior del programa.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Back up now…</source>
            <translation>&amp;Hacer copia ahora…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Write a backup file of the database</source>
            <translation>Escribir un archivo de copia de seguridad de la base de datos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Replace the data with a backup (a safety backup first)</source>
            <translation>Reemplazar los datos por una copia de seguridad (antes, una copia de protección)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Verify a backup…</source>
            <translation>&amp;Verificar una copia…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Check that a backup file restores and verifies</source>
            <translation>Comprobar que un archivo de copia se restaura y verifica</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>&amp;Open a backup for review…</source>
            <translation>&amp;Abrir una copia para revisión…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/actions.py" />
            <source>Look through a backup read-only, without touching the current data</source>
            <translation>Consultar una copia en solo lectura, sin tocar los datos actuales</translation>
        </message>
    </context>
    <context>
        <name>backup.backup_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Back up now</source>
            <translation>Hacer copia ahora</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>A folder, e.g. on a USB stick</source>
            <translation>Una carpeta, p. ej. en una memoria USB</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Encrypt the backup with a passphrase</source>
            <translation>Cifrar la copia con una frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>The file holds members' names, addresses and phone numbers: encrypt it when it leaves this computer (a USB stick, email). Without the passphrase nobody, not even you, can restore it, so keep it somewhere safe.</source>
            <translation>El archivo contiene nombres, direcciones y teléfonos de los miembros: cífrelo cuando salga de este equipo (memoria USB, correo). Sin la frase de contraseña nadie, ni siquiera usted, puede restaurarlo; guárdela en un lugar seguro.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Save in folder:</source>
            <translation>Guardar en carpeta:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Passphrase:</source>
            <translation>Frase de contraseña:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Same again:</source>
            <translation>Repetir:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Open the folder</source>
            <translation>Abrir la carpeta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Folder for the backup</source>
            <translation>Carpeta para la copia</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>A backup is one .localex file holding everything: members, accounts, the ledger and the settings.</source>
            <translation>Una copia de seguridad es un archivo .localex con todo: miembros, cuentas, el libro mayor y la configuración.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Back up</source>
            <translation>Hacer copia</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Backing up to {folder}</source>
            <translation>Copiando en {folder}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>The backup was written.</source>
            <translation>Se escribió la copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>File:</source>
            <translation>Archivo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Size:</source>
            <translation>Tamaño:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>SHA-256:</source>
            <translation>SHA-256:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Made:</source>
            <translation>Hecha:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Encrypted:</source>
            <translation>Cifrada:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>Cancelled: no backup file was written.</source>
            <translation>Cancelado: no se escribió ningún archivo de copia.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/backup_dialog.py" />
            <source>The backup failed</source>
            <translation>La copia de seguridad falló</translation>
        </message>
    </context>
    <context>
        <name>backup.logic</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>At least %n character(s).</source>
            <translation>
                <numerusform>Al menos %n carácter.</numerusform>
                <numerusform>Al menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Too short: {length} of at least %n character(s).</source>
            <translation>
                <numerusform>Demasiado corta: {length} de al menos %n carácter.</numerusform>
                <numerusform>Demasiado corta: {length} de al menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Strong.</source>
            <translation>Fuerte.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Fair. A few more words make it stronger.</source>
            <translation>Aceptable. Unas palabras más la harán más fuerte.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Weak: easy to guess. Use three or four unrelated words.</source>
            <translation>Débil: fácil de adivinar. Use tres o cuatro palabras sin relación.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Made:</source>
            <translation>Hecha:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{when} by {who}</source>
            <translation>{when} por {who}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Program version:</source>
            <translation>Versión del programa:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Schema revision:</source>
            <translation>Revisión del esquema:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln miembro</numerusform>
                <numerusform>%Ln miembros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln cuenta</numerusform>
                <numerusform>%Ln cuentas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln listing(s)</source>
            <translation>
                <numerusform>%Ln anuncio</numerusform>
                <numerusform>%Ln anuncios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln trade(s)</source>
            <translation>
                <numerusform>%Ln intercambio</numerusform>
                <numerusform>%Ln intercambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln operator(s)</source>
            <translation>
                <numerusform>%Ln operador</numerusform>
                <numerusform>%Ln operadores</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Holds:</source>
            <translation>Contiene:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{transactions}, {entries}; balances sum to zero</source>
            <translation>{transactions}, {entries}; los saldos suman cero</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{transactions}, {entries}; balances sum to {sum} (smallest units)</source>
            <translation>{transactions}, {entries}; los saldos suman {sum} (unidades mínimas)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Ledger:</source>
            <translation>Libro mayor:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln transaction(s)</source>
            <translation>
                <numerusform>%Ln movimiento</numerusform>
                <numerusform>%Ln movimientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln entr(y|ies)</source>
            <translation>
                <numerusform>%Ln asiento</numerusform>
                <numerusform>%Ln asientos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Chain digest:</source>
            <translation>Resumen de la cadena:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Label:</source>
            <translation>Etiqueta:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Encrypted:</source>
            <translation>Cifrada:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>— (not set up)</source>
            <translation>— (sin configurar)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{revision}: newer than this program knows ({latest})</source>
            <translation>{revision}: más nueva de lo que conoce este programa ({latest})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{revision}: older; it will be brought up to {latest} after restoring</source>
            <translation>{revision}: anterior; se actualizará a {latest} tras restaurar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{revision} (the same as this program's)</source>
            <translation>{revision} (la misma que la de este programa)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Choose a folder for the backup.</source>
            <translation>Elija una carpeta para la copia.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>The folder must be a full path.</source>
            <translation>La carpeta debe ser una ruta completa.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} es un archivo, no una carpeta.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>The passphrase needs at least %n character(s).</source>
            <translation>
                <numerusform>La frase de contraseña necesita al menos %n carácter.</numerusform>
                <numerusform>La frase de contraseña necesita al menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Choose a backup file.</source>
            <translation>Elija un archivo de copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Your current data will be kept as a safety backup in {folder} (a file named localex-…-before-restore.localex) before anything is replaced.</source>
            <translation>Sus datos actuales se guardarán como copia de protección en {folder} (un archivo llamado localex-…-before-restore.localex) antes de reemplazar nada.</translation>
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
            <translation>Qué ocurrió</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Upgrade to schema {revision}</source>
            <translation>Actualizar al esquema {revision}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Downgrade to schema {revision}</source>
            <translation>Volver al esquema {revision}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Please wait; do not switch the computer off.</source>
            <translation>Espere, por favor; no apague el equipo.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>All steps completed.</source>
            <translation>Todos los pasos completados.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Upgrade the database</source>
            <translation>Actualizar la base de datos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>The database is at schema {current}; this version of LocalEx Desktop needs {target}. These changes will be applied:</source>
            <translation>La base de datos está en el esquema {current}; esta versión de LocalEx Desktop necesita {target}. Se aplicarán estos cambios:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>The database is at schema (empty); this version of LocalEx Desktop needs {target}. These changes will be applied:</source>
            <translation>La base de datos está en el esquema (vacío); esta versión de LocalEx Desktop necesita {target}. Se aplicarán estos cambios:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Changes to apply</source>
            <translation>Cambios a aplicar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>First a backup is written to {folder}. Then the changes are applied and the ledger is verified. If anything fails, the backup is put back and you are told what happened. Other computers that use this database need this version of the program afterwards.</source>
            <translation>Primero se escribe una copia en {folder}. Luego se aplican los cambios y se verifica el libro mayor. Si algo falla, se repone la copia y se le informa de lo ocurrido. Los demás equipos que usan esta base de datos necesitarán después esta versión del programa.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>The database needs an upgrade before it can be opened.</source>
            <translation>La base de datos necesita una actualización antes de poder abrirse.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Back up and upgrade</source>
            <translation>Copiar y actualizar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Downgrade the database</source>
            <translation>Volver a una versión anterior de la base de datos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Changes to undo</source>
            <translation>Cambios a deshacer</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>A downgrade undoes schema changes and can remove data that only the newer schema holds. Afterwards this version of LocalEx Desktop cannot open the database: it closes, and you open the database with the older version.</source>
            <translation>Volver atrás deshace cambios del esquema y puede eliminar datos que solo contiene el esquema nuevo. Después, esta versión de LocalEx Desktop no podrá abrir la base de datos: se cierra, y usted la abre con la versión anterior.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Down to revision:</source>
            <translation>Bajar a la revisión:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Type DOWNGRADE to confirm:</source>
            <comment>DOWNGRADE: the same word as its own translation, which is what is typed</comment>
            <translation>Escriba DOWNGRADE para confirmar:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>These changes will be undone:</source>
            <translation>Se desharán estos cambios:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>A backup is written first.</source>
            <translation>Primero se escribe una copia.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Back up and downgrade</source>
            <translation>Copiar y volver atrás</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Close the program</source>
            <translation>Cerrar el programa</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/migration_wizard.py" />
            <source>Reading the schema…</source>
            <translation>Leyendo el esquema…</translation>
        </message>
    </context>
    <context>
        <name>backup.others</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>Ask them to close, and disconnect them after {seconds} s</source>
            <translation>Pedirles que cierren y desconectarlos tras {seconds} s</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>Looking for others connected to the database…</source>
            <translation>Buscando otros conectados a la base de datos…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>{others} The upgrade changes the database under them: their windows are asked to close and go back to the sign-in.</source>
            <translation>{others} La actualización cambia la base de datos que usan: se pedirá a sus ventanas que se cierren y vuelvan al inicio de sesión.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>{others} The restore replaces the data under them: their windows are asked to close and go back to the sign-in.</source>
            <translation>{others} La restauración reemplaza los datos que usan: se pedirá a sus ventanas que se cierren y vuelvan al inicio de sesión.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>Nobody else is connected.</source>
            <translation>No hay nadie más conectado.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>%n other(s) (is|are) connected: {who}.</source>
            <translation>
                <numerusform>Hay %n persona más conectada: {who}.</numerusform>
                <numerusform>Hay %n personas más conectadas: {who}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>backup.panel</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> hours</source>
            <translation> horas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Back up now…</source>
            <translation>Hacer copia ahora…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Verify a backup…</source>
            <translation>Verificar una copia…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Migrate…</source>
            <translation>Migrar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Downgrade…</source>
            <translation>Volver atrás…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Write a backup file now</source>
            <translation>Escribir ahora un archivo de copia</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Replace the data with a backup (safety backup first)</source>
            <translation>Reemplazar los datos por una copia (antes, copia de protección)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Check that a backup file restores</source>
            <translation>Comprobar que un archivo de copia se restaura</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Apply pending schema changes (backup first)</source>
            <translation>Aplicar los cambios de esquema pendientes (antes, copia)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Go back to an earlier schema (backup first)</source>
            <translation>Volver a un esquema anterior (antes, copia)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Kept for this computer: another coordinator's computer has its own folder</source>
            <translation>Guardado para este equipo: el equipo de otro coordinador tiene su propia carpeta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> daily</source>
            <translation> diarias</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> weekly</source>
            <translation> semanales</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source> monthly</source>
            <translation> mensuales</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Daily backups to keep</source>
            <translation>Copias diarias a conservar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Weekly backups to keep</source>
            <translation>Copias semanales a conservar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Monthly backups to keep</source>
            <translation>Copias mensuales a conservar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Save backup settings</source>
            <translation>Guardar configuración de copias</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup folder:</source>
            <translation>Carpeta de copias:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Keep:</source>
            <translation>Conservar:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Automatic backup every:</source>
            <translation>Copia automática cada:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Warn when older than:</source>
            <translation>Avisar si es anterior a:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Automatic backups go to the backup folder while the program runs and when it closes; older ones are removed by the rules below (the newest is always kept).</source>
            <translation>Las copias automáticas van a la carpeta de copias mientras el programa funciona y al cerrarse; las antiguas se eliminan según las reglas de abajo (la más reciente se conserva siempre).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup folder</source>
            <translation>Carpeta de copias</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup settings saved.</source>
            <translation>Configuración de copias guardada.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Backup written.</source>
            <translation>Copia escrita.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>Reading the schema…</source>
            <translation>Leyendo el esquema…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/panel.py" />
            <source>The database schema is up to date ({revision}).</source>
            <translation>El esquema de la base de datos está al día ({revision}).</translation>
        </message>
    </context>
    <context>
        <name>backup.progress</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Cancelling… (the work stops at the next safe point)</source>
            <translation>Cancelando… (el trabajo se detiene en el próximo punto seguro)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/progress.py" />
            <source>Switching over: this step cannot be cancelled.</source>
            <translation>Cambiando: este paso no se puede cancelar.</translation>
        </message>
    </context>
    <context>
        <name>backup.restore_wizard</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>LocalEx backups (*{suffix});;All files (*)</source>
            <translation>Copias de LocalEx (*{suffix});;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Choose a backup</source>
            <translation>Elegir una copia</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>A {suffix} file</source>
            <translation>Un archivo {suffix}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>&amp;Backup file:</source>
            <translation>&amp;Archivo de copia:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Passphrase:</source>
            <translation>Frase de contraseña:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>This backup is encrypted. Enter the passphrase it was made with.</source>
            <translation>Esta copia está cifrada. Introduzca la frase de contraseña con que se hizo.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Replace the current data with this backup</source>
            <translation>Reemplazar los datos actuales por esta copia</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Choose the backup file to restore.</source>
            <translation>Elija el archivo de copia a restaurar.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Check that this is the backup you mean: the data it holds replaces everything in the database now.</source>
            <translation>Compruebe que es la copia que quiere: sus datos reemplazan todo lo que hay ahora en la base de datos.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>File:</source>
            <translation>Archivo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>This file cannot be restored.</source>
            <translation>Este archivo no se puede restaurar.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Checking the whole file…</source>
            <translation>Comprobando el archivo completo…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Checking the passphrase and the whole file…</source>
            <translation>Comprobando la frase de contraseña y el archivo completo…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restoring {name}</source>
            <translation>Restaurando {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Restored:</source>
            <translation>Restaurada:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>backup of {when}</source>
            <translation>copia del {when}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Schema now:</source>
            <translation>Esquema ahora:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Brought up from:</source>
            <translation>Actualizada desde:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>schema {revision}</source>
            <translation>esquema {revision}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Ledger:</source>
            <translation>Libro mayor:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>verified, %Ln transaction(s)</source>
            <translation>
                <numerusform>verificado, %Ln movimiento</numerusform>
                <numerusform>verificado, %Ln movimientos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Safety backup:</source>
            <translation>Copia de protección:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Previous data:</source>
            <translation>Datos anteriores:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>also kept as database {name}</source>
            <translation>también guardados como base de datos {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Took:</source>
            <translation>Duración:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>The backup was restored and verified.</source>
            <translation>La copia se restauró y verificó.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Cancelled. Nothing was changed.</source>
            <translation>Cancelado. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>Your current data is unchanged.</source>
            <translation>Sus datos actuales no han cambiado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>The restore did not happen: {message}</source>
            <translation>La restauración no se realizó: {message}</translation>
        </message>
    </context>
    <context>
        <name>backup.scheduler</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Automatic backup written: {path}</source>
            <translation>Copia automática escrita: {path}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>The automatic backup failed: {message}</source>
            <translation>La copia automática falló: {message}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Automatic backup failed</source>
            <translation>Falló la copia automática</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Backing up before closing…</source>
            <translation>Haciendo copia antes de cerrar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>Closing</source>
            <translation>Cerrando</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/scheduler.py" />
            <source>The backup on closing failed</source>
            <translation>Falló la copia al cerrar</translation>
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
            <translation>&lt; Atrás</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/steps.py" />
            <source>Next &gt;</source>
            <translation>Siguiente &gt;</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/steps.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>backup.verify_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Verify a backup</source>
            <translation>Verificar una copia</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>A {suffix} file</source>
            <translation>Un archivo {suffix}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Backup &amp;file:</source>
            <translation>&amp;Archivo de copia:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Differences</source>
            <translation>Diferencias</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>The backup is restored into a scratch database, compared with its manifest, and its ledger is verified. Nothing in the current data changes.</source>
            <translation>La copia se restaura en una base de datos temporal, se compara con su manifiesto y se verifica su libro mayor. Los datos actuales no cambian.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Verifying {name}</source>
            <translation>Verificando {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Checked after:</source>
            <translation>Comprobada tras:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>bringing it up from schema {revision}</source>
            <translation>actualizarla desde el esquema {revision}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Checked in:</source>
            <translation>Comprobada en:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>OK: the backup of {when} restores, matches its manifest, and its ledger verifies.</source>
            <translation>Correcto: la copia del {when} se restaura, coincide con su manifiesto y su libro mayor se verifica.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>The backup does not verify: %n difference(s) or problem(s).</source>
            <translation>
                <numerusform>La copia no se verifica: %n diferencia o problema.</numerusform>
                <numerusform>La copia no se verifica: %n diferencias o problemas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>The backup does not verify: {message}</source>
            <translation>La copia no se verifica: {message}</translation>
        </message>
    </context>
    <context>
        <name>connection_status</name>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>Database connection</source>
            <translation>Conexión con la base de datos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>The database server at {host}</source>
            <translation>El servidor de base de datos en {host}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>The database</source>
            <translation>La base de datos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>connected</source>
            <translation>conectado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>not answering, reconnecting…</source>
            <translation>no responde, reconectando…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>{where} is not answering. LocalEx Desktop reconnects by itself; what you try meanwhile is refused with a message and nothing is half-saved.</source>
            <translation>{where} no responde. LocalEx Desktop se reconecta solo; lo que intente mientras tanto se rechaza con un mensaje y nada queda a medio guardar.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>Connected again: the database server at {host} answers; every page was refreshed.</source>
            <translation>Conectado de nuevo: el servidor de base de datos en {host} responde; se actualizaron todas las páginas.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>Connected again: the database answers; every page was refreshed.</source>
            <translation>Conectado de nuevo: la base de datos responde; se actualizaron todas las páginas.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>offline, trying again…</source>
            <translation>sin conexión, reintentando…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>{where} has not answered for %n second(s) or more. LocalEx Desktop keeps trying and comes back by itself; check that the server is running and this computer's network.</source>
            <translation>
                <numerusform>{where} no ha respondido durante %n segundo o más. LocalEx Desktop sigue intentándolo y vuelve solo; compruebe que el servidor funciona y la red de este equipo.</numerusform>
                <numerusform>{where} no ha respondido durante %n segundos o más. LocalEx Desktop sigue intentándolo y vuelve solo; compruebe que el servidor funciona y la red de este equipo.</numerusform>
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
            <translation>Sí</translation>
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
            <translation>Cargando</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.database_tab</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Embedded database on this computer</source>
            <translation>Base de datos integrada en este equipo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>PostgreSQL server</source>
            <translation>Servidor PostgreSQL</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Backup opened for review (read-only)</source>
            <translation>Copia de seguridad abierta para revisión (solo lectura)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Program and schema</source>
            <translation>Programa y esquema</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Connection:</source>
            <translation>Conexión:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Database URL:</source>
            <translation>URL de la base de datos:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Data folder:</source>
            <translation>Carpeta de datos:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Server version:</source>
            <translation>Versión del servidor:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Program version:</source>
            <translation>Versión del programa:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Schema revision:</source>
            <translation>Revisión del esquema:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Latest schema revision:</source>
            <translation>Última revisión del esquema:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Schema state:</source>
            <translation>Estado del esquema:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Read the connection and schema details again</source>
            <translation>Volver a leer los datos de conexión y del esquema</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>— (kept by the server)</source>
            <translation>— (lo guarda el servidor)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>PostgreSQL {version}</source>
            <translation>PostgreSQL {version}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>— (not set up)</source>
            <translation>— (sin configurar)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Up to date</source>
            <translation>Actualizado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/database_tab.py" />
            <source>Needs an upgrade</source>
            <translation>Necesita actualización</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.operator_dialogs</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Administrator — everything, including operators and settings</source>
            <translation>Administrador — todo, incluidos operadores y configuración</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Coordinator — members, listings, trades and postings</source>
            <translation>Coordinador — miembros, anuncios, intercambios y asientos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Bookkeeper — reads and exports, changes nothing</source>
            <translation>Contable — consulta y exporta, no cambia nada</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>The two passwords differ.</source>
            <translation>Las dos contraseñas no coinciden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>{label}: was {before}, now {after}.</source>
            <translation>{label}: antes {before}, ahora {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Recargar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Save &amp;anyway</source>
            <translation>Guardar &amp;igualmente</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Add operator</source>
            <translation>Añadir operador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>User name:</source>
            <translation>Nombre de usuario:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Display name:</source>
            <translation>Nombre visible:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Role:</source>
            <translation>Función:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Password:</source>
            <translation>Contraseña:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Repeat password:</source>
            <translation>Repetir contraseña:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Reset password — {name}</source>
            <translation>Restablecer contraseña — {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Set password</source>
            <translation>Establecer contraseña</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Choose a new password for &lt;b&gt;{name}&lt;/b&gt;. Tell it to them in person; a lock-out after failed attempts is lifted too.</source>
            <translation>Elija una nueva contraseña para &lt;b&gt;{name}&lt;/b&gt;. Comuníquesela en persona; también se levanta el bloqueo por intentos fallidos.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>New password:</source>
            <translation>Nueva contraseña:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Change role — {name}</source>
            <translation>Cambiar función — {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Change role</source>
            <translation>Cambiar función</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Operator:</source>
            <translation>Operador:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>New role:</source>
            <translation>Nueva función:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>{name} is already {role}.</source>
            <translation>{name} ya es {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>Reloaded: {name} is {role} now; the role you chose is kept. Press {button} to save it.</source>
            <translation>Recargado: {name} ahora es {role}; se mantiene la función que eligió. Pulse {button} para guardarla.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>At least {count} characters.</source>
            <translation>Al menos {count} caracteres.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>enabled</source>
            <translation>activado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>disabled</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operator_dialogs.py" />
            <source>empty</source>
            <translation>vacío</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.operators_model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Display name</source>
            <translation>Nombre visible</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Last sign-in</source>
            <translation>Último inicio de sesión</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Admin</source>
            <translation>Administrador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Coordinator</source>
            <translation>Coordinador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Bookkeeper</source>
            <translation>Contable</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Disabled</source>
            <translation>Desactivado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Locked until {time}</source>
            <translation>Bloqueado hasta {time}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_model.py" />
            <source>Active</source>
            <translation>Activo</translation>
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
            <translation>Añadir…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Disable</source>
            <translation>Desactivar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Reset password…</source>
            <translation>Restablecer contraseña…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Change role…</source>
            <translation>Cambiar función…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Enable</source>
            <translation>Activar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Only an administrator can manage operators; you are signed in as {role}.</source>
            <translation>Solo un administrador puede gestionar operadores; ha iniciado sesión como {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Add a person who may sign in</source>
            <translation>Añadir una persona que pueda iniciar sesión</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Select an operator in the list first.</source>
            <translation>Seleccione primero un operador en la lista.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Set a new password and lift a lock-out</source>
            <translation>Establecer una nueva contraseña y levantar el bloqueo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Make the operator an administrator, coordinator or bookkeeper</source>
            <translation>Hacer al operador administrador, coordinador o contable</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>You cannot disable your own account.</source>
            <translation>No puede desactivar su propia cuenta.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Allow this operator to sign in again</source>
            <translation>Permitir que este operador vuelva a iniciar sesión</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Stop this operator from signing in; their history stays</source>
            <translation>Impedir que este operador inicie sesión; su historial se conserva</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Saved {name}.</source>
            <translation>{name} guardado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>Disable {name}?</source>
            <translation>¿Desactivar a {name}?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>They can no longer sign in. Everything they did stays in the books and the audit log; you can enable the account again later.</source>
            <translation>Ya no podrá iniciar sesión. Todo lo que hizo queda en los libros y en el registro de cambios; puede volver a activar la cuenta más adelante.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>{name} is enabled.</source>
            <translation>{name} está activado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/operators_tab.py" />
            <source>{name} is disabled.</source>
            <translation>{name} está desactivado.</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/page.py" />
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/page.py" />
            <source>Operators</source>
            <translation>Operadores</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/page.py" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
    </context>
    <context>
        <name>pages.administration.settings_tab</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Decide this before recording trades: amounts are stored in the smallest unit.</source>
            <translation>Decídalo antes de registrar intercambios: los importes se guardan en la unidad más pequeña.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Show and type amounts as &amp;hours:minutes (1:30)</source>
            <translation>Mostrar y escribir importes como &amp;horas:minutos (1:30)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>For a timebank: 1:30 is one and a half hours. With 2 decimal places minutes go in steps of 3; amounts can still be typed as decimals (1.5).</source>
            <translation>Para un banco de tiempo: 1:30 es una hora y media. Con 2 decimales los minutos van de 3 en 3; los importes pueden seguir escribiéndose con decimales (1.5).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Exchange</source>
            <translation>Red de intercambio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>E&amp;xchange name:</source>
            <translation>Nombre de la &amp;red:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Currency name:</source>
            <translation>Nombre de la &amp;moneda:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>S&amp;ymbol:</source>
            <translation>S&amp;ímbolo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Decimal places:</source>
            <translation>&amp;Decimales:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>New accounts</source>
            <translation>Cuentas nuevas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Default credit &amp;limit:</source>
            <translation>&amp;Límite de crédito predeterminado:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>How far below zero a new member's account may go. Existing accounts keep their limits.</source>
            <translation>Cuánto puede bajar de cero la cuenta de un miembro nuevo. Las cuentas existentes conservan sus límites.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Revert</source>
            <translation>Deshacer &amp;cambios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Show the saved values again</source>
            <translation>Mostrar de nuevo los valores guardados</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Save the changes for every coordinator</source>
            <translation>Guardar los cambios para todos los coordinadores</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Only an administrator can change the settings; you are signed in as {role}.</source>
            <translation>Solo un administrador puede cambiar la configuración; ha iniciado sesión como {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Reloaded: the saved settings show, with your own changes kept. Press Save to save them.</source>
            <translation>Recargado: se muestra la configuración guardada, con sus cambios conservados. Pulse Guardar para guardarlos.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>The exchange name is empty.</source>
            <translation>El nombre de la red está vacío.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Nothing to save: the settings are unchanged.</source>
            <translation>Nada que guardar: la configuración no ha cambiado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Settings saved.</source>
            <translation>Configuración guardada.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Recargar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/administration/settings_tab.py" />
            <source>Save &amp;anyway</source>
            <translation>Guardar &amp;igualmente</translation>
        </message>
    </context>
    <context>
        <name>pages.audit.diff</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/diff.py" />
            <source>&lt;p&gt;&lt;i&gt;No values were recorded for this change.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;No se registraron valores para este cambio.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>pages.audit.model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Listings</source>
            <translation>Anuncios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Trades</source>
            <translation>Intercambios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Slip batches</source>
            <translation>Lotes de vales</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Transactions</source>
            <translation>Movimientos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Operators</source>
            <translation>Operadores</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/model.py" />
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
    </context>
    <context>
        <name>pages.audit.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Select a change to see the values before and after.</source>
            <translation>Seleccione un cambio para ver los valores antes y después.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>before</source>
            <translation>antes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>after</source>
            <translation>después</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&lt;b&gt;{what}&lt;/b&gt; by {actor} on {when} (change {id}). {legend}</source>
            <translation>&lt;b&gt;{what}&lt;/b&gt; por {actor} el {when} (cambio {id}). {legend}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>%Ln change(s)</source>
            <translation>
                <numerusform>%Ln cambio</numerusform>
                <numerusform>%Ln cambios</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Select a change in the list first.</source>
            <translation>Seleccione primero un cambio en la lista.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>What was changed (choose, or type an entity name)</source>
            <translation>Qué se cambió (elija o escriba el nombre de una entidad)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Any</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Only this record (e.g. member number 12); needs 'What'</source>
            <translation>Solo este registro (p. ej. miembro número 12); requiere 'Qué'</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Anyone</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Only changes by this operator (user name, e.g. anna)</source>
            <translation>Solo cambios de este operador (nombre de usuario, p. ej. anna)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Values before and after</source>
            <translation>Valores antes y después</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Names, memos, values</source>
            <translation>Nombres, notas, valores</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Search changes</source>
            <translation>Buscar cambios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;What:</source>
            <translation>&amp;Qué:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;Record:</source>
            <translation>&amp;Registro:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>&amp;Operator:</source>
            <translation>&amp;Operador:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>C&amp;lear filters</source>
            <translation>Quitar &amp;filtros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>Audit log</source>
            <translation>Registro de cambios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>The 'From' date is after the 'To' date.</source>
            <translation>La fecha 'Desde' es posterior a la fecha 'Hasta'.</translation>
        </message>
    </context>
    <context>
        <name>pages.dashboard.backup_status</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>just now</source>
            <translation>ahora mismo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n min ago</source>
            <translation>
                <numerusform>hace %n min</numerusform>
                <numerusform>hace %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n h ago</source>
            <translation>
                <numerusform>hace %n h</numerusform>
                <numerusform>hace %n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>No backup yet</source>
            <translation>Aún no hay copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>{age} (the one just restored)</source>
            <translation>{age} (la recién restaurada)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>{age} (the last attempt failed)</source>
            <translation>{age} (el último intento falló)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Last backup: unknown</source>
            <translation>Última copia: desconocida</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Last backup: {age}</source>
            <translation>Última copia: {age}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>The backup state could not be read.</source>
            <translation>No se pudo leer el estado de la copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Made {time}</source>
            <translation>Hecha {time}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>File: {path}</source>
            <translation>Archivo: {path}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>A warning shows when the last good backup is older than {hours} hours.</source>
            <translation>Se muestra un aviso cuando la última copia correcta tiene más de {hours} horas.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Last backup: …</source>
            <translation>Última copia: …</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>Backup age</source>
            <translation>Antigüedad de la copia</translation>
        </message>
    </context>
    <context>
        <name>pages.dashboard.charts</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>January</source>
            <translation>enero</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>February</source>
            <translation>febrero</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>March</source>
            <translation>marzo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>May</source>
            <translation>mayo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>June</source>
            <translation>junio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>July</source>
            <translation>julio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>September</source>
            <translation>septiembre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>October</source>
            <translation>octubre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>November</source>
            <translation>noviembre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>December</source>
            <translation>diciembre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Feb</source>
            <translation>feb</translation>
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
            <translation>mayo</translation>
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
            <translation>sept</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Dec</source>
            <translation>dic</translation>
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
            <translation>Volumen de intercambios por mes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Trade volume per month, {first} – {last}</source>
            <translation>Volumen de intercambios por mes, {first} – {last}</translation>
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
                <numerusform>{month}: %n intercambio, {volume}</numerusform>
                <numerusform>{month}: %n intercambios, {volume}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Balance distribution (active members)</source>
            <translation>Distribución de saldos (miembros activos)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Balance distribution</source>
            <translation>Distribución de saldos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Below zero</source>
            <translation>Bajo cero</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Zero or above</source>
            <translation>Cero o más</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Balance from ({symbol})</source>
            <translation>Saldo desde ({symbol})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>%n member(s) from {low} to under {high}</source>
            <translation>
                <numerusform>%n miembro desde {low} hasta menos de {high}</numerusform>
                <numerusform>%n miembros desde {low} hasta menos de {high}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.dashboard.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Limit</source>
            <translation>Límite</translation>
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
            <translation>Última actividad</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Active members</source>
            <translation>Miembros activos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Members who may trade now</source>
            <translation>Miembros que pueden intercambiar ahora</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Open offers</source>
            <translation>Ofertas abiertas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Active offers in the directory</source>
            <translation>Ofertas activas en el directorio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Open wants</source>
            <translation>Demandas abiertas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Active wants in the directory</source>
            <translation>Demandas activas en el directorio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Trades this month</source>
            <translation>Intercambios este mes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Trades, transfers and batch payments between members posted since the first of the month, less reversals (as in Reports › Trade volume)</source>
            <translation>Intercambios, transferencias y pagos en lote entre miembros contabilizados desde el día 1 del mes, menos anulaciones (como en Informes › Volumen de intercambios)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Volume this month</source>
            <translation>Volumen este mes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>What members paid each other this month, less reversals</source>
            <translation>Lo que los miembros se pagaron entre sí este mes, menos anulaciones</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Open trades</source>
            <translation>Intercambios abiertos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Recorded trades waiting to be completed</source>
            <translation>Intercambios registrados pendientes de completar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Members near their credit limit</source>
            <translation>Miembros cerca de su límite de crédito</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Near their credit limit</source>
            <translation>Cerca de su límite de crédito</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Dormant members</source>
            <translation>Miembros inactivos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Checks</source>
            <translation>Comprobaciones</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Ledger verified</source>
            <translation>Libro mayor verificado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Last backup</source>
            <translation>Última copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Read the figures again (F5)</source>
            <translation>Volver a leer las cifras (F5)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>{count} suspended</source>
            <translation>{count} suspendidos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>after {count} reversed</source>
            <translation>tras {count} anulados</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>{count} disputed</source>
            <translation>{count} en disputa</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>none disputed</source>
            <translation>ninguno en disputa</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n member(s) use(s|) at least {share} of their credit limit (the closest {shown} shown).</source>
            <translation>
                <numerusform>%n miembro usa al menos {share} de su límite de crédito (se muestran los {shown} más cercanos).</numerusform>
                <numerusform>%n miembros usan al menos {share} de su límite de crédito (se muestran los {shown} más cercanos).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n member(s) use(s|) at least {share} of their credit limit.</source>
            <translation>
                <numerusform>%n miembro usa al menos {share} de su límite de crédito.</numerusform>
                <numerusform>%n miembros usan al menos {share} de su límite de crédito.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Nobody uses {share} or more of their credit limit.</source>
            <translation>Nadie usa {share} o más de su límite de crédito.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n active member(s) without a trade for {months} months (the longest {shown} shown).</source>
            <translation>
                <numerusform>%n miembro activo sin intercambios desde hace {months} meses (se muestran los {shown} más antiguos).</numerusform>
                <numerusform>%n miembros activos sin intercambios desde hace {months} meses (se muestran los {shown} más antiguos).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n active member(s) without a trade for {months} months.</source>
            <translation>
                <numerusform>%n miembro activo sin intercambios desde hace {months} meses.</numerusform>
                <numerusform>%n miembros activos sin intercambios desde hace {months} meses.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Every active member traded in the last {months} months.</source>
            <translation>Todos los miembros activos han intercambiado en los últimos {months} meses.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Figures as of {time}</source>
            <translation>Cifras a {time}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Never. Verify the ledger on the Ledger page.</source>
            <translation>Nunca. Verifique el libro mayor en la página Libro mayor.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>checked {time}</source>
            <translation>comprobado {time}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>checked at an unknown time</source>
            <translation>comprobado en un momento desconocido</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Sound</source>
            <translation>Correcto</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Problems found (first bad transaction: {number})</source>
            <translation>Se encontraron problemas (primer movimiento erróneo: {number})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Problems found</source>
            <translation>Se encontraron problemas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>Dashboard</source>
            <translation>Resumen</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.batch_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Batch transfer</source>
            <translation>Transferencia en lote</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Post &amp;batch</source>
            <translation>Contabilizar &amp;lote</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;One member pays many</source>
            <translation>&amp;Un miembro paga a varios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Many members pay one (&amp;collect)</source>
            <translation>Varios miembros pagan a uno (&amp;cobrar)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Payer:</source>
            <translation>&amp;Pagador:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Amount of the new line</source>
            <translation>Importe de la nueva línea</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>amount ({symbol})</source>
            <translation>importe ({symbol})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Add line</source>
            <translation>&amp;Añadir línea</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Lines of the batch</source>
            <translation>Líneas del lote</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Amount ({symbol})</source>
            <translation>Importe ({symbol})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Remove line</source>
            <translation>&amp;Quitar línea</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Direction:</source>
            <translation>Sentido:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;New line:</source>
            <translation>&amp;Nueva línea:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Lines:</source>
            <translation>Líneas:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Memo:</source>
            <translation>N&amp;ota:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>&amp;Payee:</source>
            <translation>&amp;Beneficiario:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Choose a member for the line: part of a name or a number.</source>
            <translation>Elija un miembro para la línea: parte de un nombre o un número.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>{name} is already in the batch; change that line instead.</source>
            <translation>{name} ya está en el lote; cambie esa línea.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>%n line(s), total {total}</source>
            <translation>
                <numerusform>%n línea, total {total}</numerusform>
                <numerusform>%n líneas, total {total}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Choose who collects: part of a name or a member number.</source>
            <translation>Elija quién cobra: parte de un nombre o un número de miembro.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Choose who pays: part of a name or a member number.</source>
            <translation>Elija quién paga: parte de un nombre o un número de miembro.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>{name} is also on a line; a member cannot pay themselves.</source>
            <translation>{name} también está en una línea; un miembro no puede pagarse a sí mismo.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>The amount on line {line} is not a valid amount (digits with at most {decimals} decimal places).</source>
            <translation>El importe de la línea {line} no es válido (cifras con {decimals} decimales como máximo).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>Add at least one line.</source>
            <translation>Añada al menos una línea.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>{name} has only {available} of credit left.</source>
            <translation>A {name} solo le quedan {available} de crédito.</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.detail</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Select a transaction to see its entries.</source>
            <translation>Seleccione un movimiento para ver sus apuntes.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>&lt;b&gt;Transaction {number}&lt;/b&gt; · {kind} of {amount} · dated {day} · recorded {at} by {actor}</source>
            <translation>&lt;b&gt;Movimiento {number}&lt;/b&gt; · {kind} de {amount} · fecha {day} · registrado {at} por {actor}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Memo: {memo}</source>
            <translation>Nota: {memo}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Reverses transaction {number}</source>
            <translation>Anula el movimiento {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>reason: {reason}</source>
            <translation>motivo: {reason}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Reversed by transaction {number}</source>
            <translation>Anulado por el movimiento {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Category: {category}</source>
            <translation>Categoría: {category}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/detail.py" />
            <source>Entries of the selected transaction</source>
            <translation>Apuntes del movimiento seleccionado</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.levy_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>no limit</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>would be passed</source>
            <translation>se superaría</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Available</source>
            <translation>Disponible</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Credit limit</source>
            <translation>Límite de crédito</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Levy</source>
            <translation>Cuota</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Post levy</source>
            <translation>&amp;Contabilizar cuota</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>e.g. Yearly membership fee 2026</source>
            <translation>p. ej. Cuota anual de socio 2026</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Leave out members who would go past their credit limit</source>
            <translation>&amp;Excluir a los miembros que superarían su límite de crédito</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Pre&amp;view</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Preview the levy to see who is charged; then post it.</source>
            <translation>Vea la vista previa de la cuota para saber a quién se cobra; después contabilícela.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>Levy preview</source>
            <translation>Vista previa de la cuota</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Amount per member ({symbol}):</source>
            <translation>&amp;Importe por miembro ({symbol}):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Into:</source>
            <translation>&amp;A la cuenta:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>&amp;Memo:</source>
            <translation>N&amp;ota:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>The amount or account changed: preview again before posting.</source>
            <translation>El importe o la cuenta cambiaron: vuelva a ver la vista previa antes de contabilizar.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>{over} of %n active member(s) would go past their credit limit (listed first): leave them out, or raise their limits first. The levy cannot be posted like this.</source>
            <translation>
                <numerusform>{over} de %n miembro activo superaría su límite de crédito (aparece primero): exclúyalo o suba antes su límite. La cuota no puede contabilizarse así.</numerusform>
                <numerusform>{over} de %n miembros activos superarían su límite de crédito (aparecen primero): exclúyalos o suba antes sus límites. La cuota no puede contabilizarse así.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>{charged} of %n active member(s) will be charged {each} each: {total} in all, into {into}.</source>
            <translation>
                <numerusform>Se cobrará {each} a {charged} de %n miembro activo: {total} en total, a {into}.</numerusform>
                <numerusform>Se cobrará {each} a cada uno de {charged} de %n miembros activos: {total} en total, a {into}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>%n who would go past their credit limit (is|are) left out.</source>
            <translation>
                <numerusform>Se excluye a %n que superaría su límite de crédito.</numerusform>
                <numerusform>Se excluye a %n que superarían su límite de crédito.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Community fund</source>
            <translation>Fondo común</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Fees</source>
            <translation>Cuotas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Opening balances</source>
            <translation>Saldos iniciales</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n cuenta</numerusform>
                <numerusform>%n cuentas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>reverses {reverses}, reversed by {reversed_by}</source>
            <translation>anula {reverses}, anulado por {reversed_by}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>reverses {number}</source>
            <translation>anula {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>reversed by {number}</source>
            <translation>anulado por {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Recorded {at} by {actor}; dated earlier because: {reason}</source>
            <translation>Registrado {at} por {actor}; con fecha anterior porque: {reason}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>Recorded {at} by {actor}</source>
            <translation>Registrado {at} por {actor}</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Account:</source>
            <translation>&amp;Cuenta:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any account</source>
            <translation>Cualquier cuenta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Kind:</source>
            <translation>T&amp;ipo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any kind</source>
            <translation>Cualquier tipo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Ca&amp;tegory:</source>
            <translation>Ca&amp;tegoría:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any category</source>
            <translation>Cualquier categoría</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Only coordinators and administrators post to the ledger; you are a {role}.</source>
            <translation>Solo coordinadores y administradores contabilizan en el libro mayor; usted es {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Transaction {number} is itself a reversal.</source>
            <translation>El movimiento {number} ya es una anulación.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Transaction {number} was already reversed by {reversal}.</source>
            <translation>El movimiento {number} ya fue anulado por {reversal}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>%Ln transaction(s)</source>
            <translation>
                <numerusform>%Ln movimiento</numerusform>
                <numerusform>%Ln movimientos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Select a transaction in the journal first.</source>
            <translation>Seleccione primero un movimiento en el diario.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Any member</source>
            <translation>Cualquier miembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Since:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Until:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Show &amp;newest</source>
            <translation>Mostrar &amp;recientes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Show the whole journal again, newest first</source>
            <translation>Mostrar de nuevo todo el diario, los más recientes primero</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Words in the memo</source>
            <translation>Palabras de la nota</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Search memos</source>
            <translation>Buscar en notas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Member:</source>
            <translation>&amp;Miembro:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Memo &amp;words:</source>
            <translation>&amp;Palabras de la nota:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Reverse…</source>
            <translation>&amp;Anular…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Post the exact opposite of this transaction, with a reason</source>
            <translation>Contabilizar lo contrario exacto de este movimiento, con un motivo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Lev&amp;y…</source>
            <translation>C&amp;uota…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Charge every active member the same amount</source>
            <translation>Cobrar el mismo importe a todos los miembros activos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>&amp;Batch transfer…</source>
            <translation>Transferencia en &amp;lote…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>One member pays many, or many pay one, at once</source>
            <translation>Un miembro paga a varios, o varios a uno, de una vez</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>V&amp;erify ledger</source>
            <translation>V&amp;erificar libro mayor</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Check every transaction, hash chain and balance from the entries</source>
            <translation>Comprobar cada movimiento, cadena de hash y saldo a partir de los apuntes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>The ledger is being verified…</source>
            <translation>Se está verificando el libro mayor…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Showing transaction {number} and older.</source>
            <translation>Se muestran el movimiento {number} y los anteriores.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Transaction {number} is reversed by transaction {reversal}.</source>
            <translation>El movimiento {number} queda anulado por el movimiento {reversal}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Posted levy as transaction {number}: {total} in all.</source>
            <translation>Cuota contabilizada como movimiento {number}: {total} en total.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Posted batch as transaction {number}.</source>
            <translation>Lote contabilizado como movimiento {number}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Verifying the ledger…</source>
            <translation>Verificando el libro mayor…</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.reverse_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>from &lt;b&gt;{payer}&lt;/b&gt; to &lt;b&gt;{payee}&lt;/b&gt;</source>
            <translation>de &lt;b&gt;{payer}&lt;/b&gt; a &lt;b&gt;{payee}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Transfer of {amount} on {at}</source>
            <translation>Transferencia de {amount} el {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Trade of {amount} on {at}</source>
            <translation>Intercambio de {amount} el {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Levy of {amount} on {at}</source>
            <translation>Cuota de {amount} el {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Batch of {amount} on {at}</source>
            <translation>Lote de {amount} el {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Reversal of {amount} on {at}</source>
            <translation>Anulación de {amount} el {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Opening of {amount} on {at}</source>
            <translation>Apertura de {amount} el {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Adjustment of {amount} on {at}</source>
            <translation>Ajuste de {amount} el {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>{kind} of {amount} on {at}</source>
            <translation>{kind} de {amount} el {at}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Reverse transaction {number}</source>
            <translation>Anular movimiento {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Re&amp;verse</source>
            <translation>&amp;Anular</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>e.g. entered twice</source>
            <translation>p. ej. introducido dos veces</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Transaction:</source>
            <translation>Movimiento:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>A new transaction moves the same amounts back. The original stays in the books, marked as reversed; a transaction can be reversed once.</source>
            <translation>Un movimiento nuevo devuelve los mismos importes. El original queda en los libros, marcado como anulado; un movimiento solo puede anularse una vez.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/reverse_dialog.py" />
            <source>Give a reason for the reversal.</source>
            <translation>Indique un motivo para la anulación.</translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.verify_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Transaction</source>
            <translation>Movimiento</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Verify ledger</source>
            <translation>Verificar libro mayor</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>%Ln transaction(s), {entries} entries and {accounts} accounts checked in {seconds} s ({at}).</source>
            <translation>
                <numerusform>%Ln movimiento, {entries} apuntes y {accounts} cuentas comprobados en {seconds} s ({at}).</numerusform>
                <numerusform>%Ln movimientos, {entries} apuntes y {accounts} cuentas comprobados en {seconds} s ({at}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The books are in order.</source>
            <translation>Los libros están en orden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Every transaction balances, every hash chain is intact, every stored balance matches its entries and all balances sum to zero.</source>
            <translation>Todos los movimientos cuadran, todas las cadenas de hash están intactas, cada saldo guardado coincide con sus apuntes y todos los saldos suman cero.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The ledger has %n problem(s).</source>
            <translation>
                <numerusform>El libro mayor tiene %n problema.</numerusform>
                <numerusform>El libro mayor tiene %n problemas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The first bad transaction is number {number}.</source>
            <translation>El primer movimiento erróneo es el número {number}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The problems concern accounts, not single transactions.</source>
            <translation>Los problemas afectan a cuentas, no a movimientos concretos.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The data was changed outside LocalEx Desktop or is damaged: restore the last good backup, or ask for help before posting more.</source>
            <translation>Los datos se modificaron fuera de LocalEx Desktop o están dañados: restaure la última copia de seguridad correcta o pida ayuda antes de contabilizar más.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>Problems found</source>
            <translation>Se encontraron problemas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>&amp;Show transaction {number}</source>
            <translation>&amp;Mostrar movimiento {number}</translation>
        </message>
    </context>
    <context>
        <name>pages.listings.categories_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Only coordinators and administrators change categories; you are a {role}.</source>
            <translation>Solo coordinadores y administradores cambian categorías; usted es {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Select a category first.</source>
            <translation>Seleccione primero una categoría.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>It is already the first.</source>
            <translation>Ya es la primera.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>It is already the last.</source>
            <translation>Ya es la última.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Recargar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Save &amp;anyway</source>
            <translation>Guardar &amp;igualmente</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Reloaded: the tree shows what was saved meanwhile; what you typed is kept.</source>
            <translation>Recargado: el árbol muestra lo guardado mientras tanto; lo que escribió se conserva.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>the top level</source>
            <translation>el nivel superior</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>under {path}</source>
            <translation>dentro de {path}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>under category {number}</source>
            <translation>dentro de la categoría {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Place: was {before}, now {after}.</source>
            <translation>Ubicación: antes {before}, ahora {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>{field}: was {before}, now {after}.</source>
            <translation>{field}: antes {before}, ahora {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Added {path}.</source>
            <translation>{path} añadida.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Renamed {path} to {name}.</source>
            <translation>{path} renombrada como {name}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Moved {name} up.</source>
            <translation>{name} subida.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Moved {name} down.</source>
            <translation>{name} bajada.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>{name} is already there.</source>
            <translation>{name} ya está ahí.</translation>
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
            <translation>Elija la categoría de destino en “Sus anuncios pasan a”.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>This cannot be undone (you can add it again).</source>
            <translation>No se puede deshacer (puede volver a añadirla).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Its %n listing(s) move to {path}. This cannot be undone (you can add it again).</source>
            <translation>
                <numerusform>Su %n anuncio pasa a {path}. No se puede deshacer (puede volver a añadirla).</numerusform>
                <numerusform>Sus %n anuncios pasan a {path}. No se puede deshacer (puede volver a añadirla).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Delete the category {path}?</source>
            <translation>¿Eliminar la categoría {path}?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Deleted {path}; moved %n listing(s).</source>
            <translation>
                <numerusform>{path} eliminada; %n anuncio movido.</numerusform>
                <numerusform>{path} eliminada; %n anuncios movidos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Deleted {path}.</source>
            <translation>{path} eliminada.</translation>
        </message>
    </context>
    <context>
        <name>pages.listings.category_panel</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>e.g. Baking</source>
            <translation>p. ej. Repostería</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add at &amp;top level</source>
            <translation>Añadir en nivel su&amp;perior</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add &amp;under selected</source>
            <translation>Añadir &amp;dentro de la seleccionada</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>&amp;Rename selected</source>
            <translation>&amp;Renombrar seleccionada</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Move u&amp;p</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Mo&amp;ve</source>
            <translation>&amp;Mover</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>&amp;Delete selected…</source>
            <translation>&amp;Eliminar seleccionada…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Select a category in the tree.</source>
            <translation>Seleccione una categoría en el árbol.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Na&amp;me:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Place of the selected category</source>
            <translation>Ubicación de la categoría seleccionada</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Order:</source>
            <translation>Orden:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>U&amp;nder:</source>
            <translation>Den&amp;tro de:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Delete the selected category</source>
            <translation>Eliminar la categoría seleccionada</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Its &amp;listings go to:</source>
            <translation>Sus &amp;anuncios pasan a:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Only a category without sub-categories, and not named on past trades or transactions, can be deleted. Rename it instead to keep history right.</source>
            <translation>Solo puede eliminarse una categoría sin subcategorías y que no figure en intercambios o movimientos anteriores. Si no, cámbiele el nombre para conservar bien el historial.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>&lt;b&gt;{path}&lt;/b&gt; — %n listing(s)</source>
            <translation>
                <numerusform>&lt;b&gt;{path}&lt;/b&gt; — %n anuncio</numerusform>
                <numerusform>&lt;b&gt;{path}&lt;/b&gt; — %n anuncios</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>(top level)</source>
            <translation>(nivel superior)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>(no listings to move)</source>
            <translation>(no hay anuncios que mover)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Choose a category…</source>
            <translation>Elija una categoría…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Type the new category's name first.</source>
            <translation>Escriba primero el nombre de la nueva categoría.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Select a category first.</source>
            <translation>Seleccione primero una categoría.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add a main category</source>
            <translation>Añadir una categoría principal</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Select the parent category first.</source>
            <translation>Seleccione primero la categoría superior.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Add a sub-category of the selected category</source>
            <translation>Añadir una subcategoría a la categoría seleccionada</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Type the new name first.</source>
            <translation>Escriba primero el nuevo nombre.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Give the selected category the name typed above</source>
            <translation>Dar a la categoría seleccionada el nombre escrito arriba</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Earlier among its siblings (Ctrl+Up)</source>
            <translation>Antes entre las de su nivel (Ctrl+Up)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Later among its siblings (Ctrl+Down)</source>
            <translation>Después entre las de su nivel (Ctrl+Down)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Put the category (with its sub-categories) under another one</source>
            <translation>Poner la categoría (con sus subcategorías) dentro de otra</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>Delete the category (its listings move to the category chosen)</source>
            <translation>Eliminar la categoría (sus anuncios pasan a la categoría elegida)</translation>
        </message>
    </context>
    <context>
        <name>pages.listings.listing_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>E&amp;xpires on</source>
            <translation>&amp;Caduca el</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>The expiry date {date} is in the past; give today or later.</source>
            <translation>La fecha de caducidad {date} ya pasó; indique hoy o una fecha posterior.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>New listing</source>
            <translation>Nuevo anuncio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Add listing</source>
            <translation>&amp;Añadir anuncio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Edit listing {number}</source>
            <translation>Editar anuncio {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Offer — the member provides this</source>
            <translation>Oferta — el miembro ofrece esto</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Want — the member is looking for this</source>
            <translation>Demanda — el miembro busca esto</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Choose a category…</source>
            <translation>Elija una categoría…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>e.g. Sourdough bread, baked to order</source>
            <translation>p. ej. Pan de masa madre, por encargo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>no price</source>
            <translation>sin precio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>per hour, per loaf, each …</source>
            <translation>por hora, por pieza, cada uno …</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>U&amp;nit:</source>
            <translation>&amp;Unidad:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Member:</source>
            <translation>&amp;Miembro:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Member:</source>
            <translation>Miembro:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Kind:</source>
            <translation>T&amp;ipo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Category:</source>
            <translation>&amp;Categoría:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Description:</source>
            <translation>&amp;Descripción:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>P&amp;rice:</source>
            <translation>&amp;Precio:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Leave the price empty to agree it each time.</source>
            <translation>Deje el precio vacío para acordarlo cada vez.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the member</source>
            <translation>el miembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Choose a category.</source>
            <translation>Elija una categoría.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Give the listing a title.</source>
            <translation>Ponga un título al anuncio.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>The description is longer than {most} characters ({length}).</source>
            <translation>La descripción tiene más de {most} caracteres ({length}).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Choose the member.</source>
            <translation>Elija el miembro.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>{field}: was {before}, now {after}.</source>
            <translation>{field}: antes {before}, ahora {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the title</source>
            <translation>el título</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the price</source>
            <translation>el precio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the unit</source>
            <translation>la unidad</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the description</source>
            <translation>la descripción</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the kind</source>
            <translation>el tipo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the category</source>
            <translation>la categoría</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>the expiry date</source>
            <translation>la fecha de caducidad</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Renew listing {number}</source>
            <translation>Renovar anuncio {number}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Renew</source>
            <translation>&amp;Renovar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&amp;Expires on</source>
            <translation>&amp;Caduca el</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{name} ({number})</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{name} ({number})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Listing:</source>
            <translation>Anuncio:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Expired on:</source>
            <translation>Caducó el:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/listing_dialog.py" />
            <source>Untick the box for a listing that does not expire.</source>
            <translation>Desmarque la casilla para un anuncio que no caduca.</translation>
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
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>Listings</source>
            <translation>Anuncios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>All categories</source>
            <translation>Todas las categorías</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>{path} — %n listing(s) (sub-categories not counted)</source>
            <translation>
                <numerusform>{path} — %n anuncio (sin contar subcategorías)</numerusform>
                <numerusform>{path} — %n anuncios (sin contar subcategorías)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.listings.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Offers and wants</source>
            <translation>Ofertas y demandas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Offers</source>
            <translation>Ofertas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Wants</source>
            <translation>Demandas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Want</source>
            <translation>Demanda</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Expired</source>
            <translation>Caducado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is active.</source>
            <translation>El anuncio está activo.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is paused.</source>
            <translation>El anuncio está en pausa.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is expired.</source>
            <translation>El anuncio ha caducado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is withdrawn.</source>
            <translation>El anuncio está retirado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is {status}.</source>
            <translation>El anuncio está: {status}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is active; only paused or expired ones come back.</source>
            <translation>El anuncio está activo; solo vuelven los que están en pausa o caducados.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is withdrawn; only paused or expired ones come back.</source>
            <translation>El anuncio está retirado; solo vuelven los que están en pausa o caducados.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>The listing is {status}; only paused or expired ones come back.</source>
            <translation>El anuncio está: {status}; solo vuelven los que están en pausa o caducados.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>%Ln listing(s)</source>
            <translation>
                <numerusform>%Ln anuncio</numerusform>
                <numerusform>%Ln anuncios</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Select a listing in the list first.</source>
            <translation>Seleccione primero un anuncio en la lista.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Any member</source>
            <translation>Cualquier miembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Category filter</source>
            <translation>Filtro de categoría</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Words in title or description: bread -rye</source>
            <translation>Palabras del título o la descripción: pan -centeno</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Search listings</source>
            <translation>Buscar anuncios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Kind:</source>
            <translation>T&amp;ipo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>S&amp;tatus:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Member:</source>
            <translation>&amp;Miembro:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>C&amp;lear filters</source>
            <translation>Quitar &amp;filtros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listings</source>
            <translation>Anuncios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Only coordinators and administrators change listings; you are a {role}.</source>
            <translation>Solo coordinadores y administradores cambian anuncios; usted es {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Renew…</source>
            <translation>&amp;Renovar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Renew the listing with a new expiry date</source>
            <translation>Renovar el anuncio con una nueva fecha de caducidad</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;New listing…</source>
            <translation>&amp;Nuevo anuncio…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Add an offer or a want</source>
            <translation>Añadir una oferta o una demanda</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Change the listing</source>
            <translation>Cambiar el anuncio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>A withdrawn listing cannot be changed.</source>
            <translation>Un anuncio retirado no se puede cambiar.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Pause</source>
            <translation>&amp;Pausar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Hide the listing from the directory for a while</source>
            <translation>Ocultar el anuncio del directorio durante un tiempo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Resume</source>
            <translation>&amp;Reanudar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Put the paused listing back in the directory</source>
            <translation>Volver a poner el anuncio en pausa en el directorio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>&amp;Withdraw…</source>
            <translation>Re&amp;tirar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Take the listing off for good (it stays on past trades)</source>
            <translation>Retirar el anuncio definitivamente (se conserva en intercambios anteriores)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>It is already withdrawn.</source>
            <translation>Ya está retirado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>C&amp;ategories…</source>
            <translation>C&amp;ategorías…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Add, rename, move and delete categories</source>
            <translation>Añadir, renombrar, mover y eliminar categorías</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Only coordinators and administrators change categories; you are a {role}.</source>
            <translation>Solo coordinadores y administradores cambian categorías; usted es {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>{kind} {number}: {title} — {member}</source>
            <translation>{kind} {number}: {title} — {member}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Added listing {number}: {title}.</source>
            <translation>Anuncio {number} añadido: {title}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Saved listing {number}.</source>
            <translation>Anuncio {number} guardado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is paused.</source>
            <translation>El anuncio {number} está en pausa.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is back in the directory.</source>
            <translation>El anuncio {number} vuelve a estar en el directorio.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is renewed.</source>
            <translation>El anuncio {number} está renovado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Withdraw listing {number}, “{title}”?</source>
            <translation>¿Retirar el anuncio {number}, “{title}”?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>It leaves the directory for good; past trades keep it. Pause it instead if it is only for a while.</source>
            <translation>Sale del directorio definitivamente; los intercambios anteriores lo conservan. Si es solo por un tiempo, mejor póngalo en pausa.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Withdraw</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Listing {number} is withdrawn.</source>
            <translation>El anuncio {number} está retirado.</translation>
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
            <translation>Límite de crédito:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Available:</source>
            <translation>Disponible:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Upper limit:</source>
            <translation>Límite superior:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Email:</source>
            <translation>Correo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Phone:</source>
            <translation>Teléfono:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Address:</source>
            <translation>Dirección:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Joined:</source>
            <translation>Alta:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Last activity:</source>
            <translation>Última actividad:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Directory:</source>
            <translation>Directorio:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Notes:</source>
            <translation>Notas:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Active</source>
            <translation>Miembro {id} · Activo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Suspended</source>
            <translation>Miembro {id} · Suspendido</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Left on {day}</source>
            <translation>Miembro {id} · De baja desde el {day}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · Left</source>
            <translation>Miembro {id} · De baja</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Member {id} · {status}</source>
            <translation>Miembro {id} · {status}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Choose a member in the list.</source>
            <translation>Elija un miembro de la lista.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Account history</source>
            <translation>Historial de la cuenta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Account &amp;history</source>
            <translation>&amp;Historial de la cuenta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Their details and account history show here.</source>
            <translation>Aquí se muestran sus datos y el historial de su cuenta.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>no limit</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Listed</source>
            <translation>En el directorio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/detail.py" />
            <source>Not listed</source>
            <translation>Fuera del directorio</translation>
        </message>
    </context>
    <context>
        <name>pages.members.form_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>New {noun}</source>
            <translation>Nuevo {noun}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Edit {noun} {id}</source>
            <translation>Editar {noun} {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>{label}: was {seen}, now {now}.</source>
            <translation>{label}: antes {seen}, ahora {now}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Recargar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Save &amp;anyway</source>
            <translation>Guardar &amp;igualmente</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Reloaded: {fields} show(s|) what was saved meanwhile; your own changes are kept. Press {ok} to save them.</source>
            <translation>
                <numerusform>Recargado: {fields} muestra lo guardado mientras tanto; sus cambios se conservan. Pulse {ok} para guardarlos.</numerusform>
                <numerusform>Recargado: {fields} muestran lo guardado mientras tanto; sus cambios se conservan. Pulse {ok} para guardarlos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Reloaded; your own changes are kept. Press {ok} to save them.</source>
            <translation>Recargado; sus cambios se conservan. Pulse {ok} para guardarlos.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Discard what you typed?</source>
            <translation>¿Descartar lo que escribió?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Nothing was saved; closing forgets the changes.</source>
            <translation>No se guardó nada; al cerrar se pierden los cambios.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Keep editing</source>
            <translation>Seguir editando</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>{earlier} and {last}</source>
            <translation>{earlier} y {last}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>empty</source>
            <translation>vacío</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>pages.members.member_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>New member</source>
            <translation>Nuevo miembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Enrol member</source>
            <translation>&amp;Dar de alta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Edit member {id}</source>
            <translation>Editar miembro {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>next free number</source>
            <translation>siguiente número libre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>name@example.org</source>
            <translation>nombre@example.org</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>no upper limit</source>
            <translation>sin límite superior</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Listed in the printed and online directory</source>
            <translation>&amp;Incluido en el directorio impreso y en línea</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Num&amp;ber:</source>
            <translation>Núm&amp;ero:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Number:</source>
            <translation>Número:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>E&amp;mail:</source>
            <translation>&amp;Correo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Address:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Joined on:</source>
            <translation>&amp;Alta el:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Credit limit ({symbol}):</source>
            <translation>&amp;Límite de crédito ({symbol}):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>How far below zero the balance may go; 0 for none.</source>
            <translation>Cuánto puede bajar de cero el saldo; 0 para nada.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>&amp;Upper limit ({symbol}):</source>
            <translation>Límite &amp;superior ({symbol}):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>N&amp;otes:</source>
            <translation>N&amp;otas:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the exchange's default</source>
            <translation>el predeterminado de la red</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>Member numbers start at 1.</source>
            <translation>Los números de miembro empiezan en 1.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>{label}: was {seen}, now {now} {symbol}.</source>
            <translation>{label}: antes {seen}, ahora {now} {symbol}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the name</source>
            <translation>el nombre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the email address</source>
            <translation>el correo electrónico</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the phone</source>
            <translation>el teléfono</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the address</source>
            <translation>la dirección</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the credit limit</source>
            <translation>el límite de crédito</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the upper limit</source>
            <translation>el límite superior</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the notes</source>
            <translation>las notas</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/member_dialog.py" />
            <source>the directory listing</source>
            <translation>la inclusión en el directorio</translation>
        </message>
    </context>
    <context>
        <name>pages.members.model</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n cuenta</numerusform>
                <numerusform>%n cuentas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>With</source>
            <translation>Con</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Memo</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>Tx</source>
            <translation>Mov.</translation>
        </message>
    </context>
    <context>
        <name>pages.members.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>All members</source>
            <translation>Todos los miembros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Suspended</source>
            <translation>Suspendido</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Left</source>
            <translation>De baja</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is active.</source>
            <translation>{name} está activo.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is suspended.</source>
            <translation>{name} está suspendido.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is left.</source>
            <translation>{name} está de baja.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is {status}.</source>
            <translation>{name}: {status}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln miembro</numerusform>
                <numerusform>%Ln miembros</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Select a member in the list first.</source>
            <translation>Seleccione primero un miembro en la lista.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Search name, number, email or phone</source>
            <translation>Buscar nombre, número, correo o teléfono</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Search members</source>
            <translation>Buscar miembros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Sho&amp;w:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Show members</source>
            <translation>Mostrar miembros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;New member…</source>
            <translation>&amp;Nuevo miembro…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Enrol a new member</source>
            <translation>Dar de alta a un nuevo miembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Change the member's details</source>
            <translation>Cambiar los datos del miembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>S&amp;uspend</source>
            <translation>&amp;Suspender</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Stop the member trading for now; they stay in the books</source>
            <translation>Impedir que el miembro intercambie por ahora; sigue en los libros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Reactivate</source>
            <translation>&amp;Reactivar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Let the member trade again</source>
            <translation>Permitir que el miembro vuelva a intercambiar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>&amp;Leave…</source>
            <translation>Dar de &amp;baja…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Record that the member left the exchange (their balance must be zero)</source>
            <translation>Registrar que el miembro dejó la red (su saldo debe ser cero)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} has left.</source>
            <translation>{name} se ha dado de baja.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Tr&amp;ansfer…</source>
            <translation>Tr&amp;ansferencia…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>One member pays another</source>
            <translation>Un miembro paga a otro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Enrolled {name} as member {id}.</source>
            <translation>{name} dado de alta como miembro {id}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Saved member {id}.</source>
            <translation>Miembro {id} guardado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Posted transaction {transaction}: {payer} paid {payee} {amount}.</source>
            <translation>Movimiento {transaction} contabilizado: {payer} pagó {amount} a {payee}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Suspend {name}?</source>
            <translation>¿Suspender a {name}?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>They cannot pay or be paid until they are reactivated. Their balance, history and listings stay.</source>
            <translation>No podrá pagar ni cobrar hasta que se reactive. Su saldo, historial y anuncios se conservan.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Suspend</source>
            <translation>Suspender</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Reactivate {name}?</source>
            <translation>¿Reactivar a {name}?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>They can trade again.</source>
            <translation>Podrá volver a intercambiar.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Reactivate</source>
            <translation>Reactivar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} is active again.</source>
            <translation>{name} vuelve a estar activo.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Record that {name} has left the exchange?</source>
            <translation>¿Registrar que {name} ha dejado la red?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Their open listings are withdrawn; their history stays in the books. You can reactivate them later.</source>
            <translation>Sus anuncios abiertos se retiran; su historial queda en los libros. Puede reactivarlo más adelante.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Leave</source>
            <translation>Dar de baja</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} has left the exchange.</source>
            <translation>{name} ha dejado la red.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Their balance is not zero: what they owe ({amount}) is written off by the community fund, as an adjustment in the ledger and on their statement. Their open listings are withdrawn; their history stays.</source>
            <translation>Su saldo no es cero: lo que debe ({amount}) lo asume el fondo común, como ajuste en el libro mayor y en su extracto. Sus anuncios abiertos se retiran; su historial se conserva.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Their balance is not zero: what they are owed ({amount}) goes to the community fund, as an adjustment in the ledger and on their statement. Their open listings are withdrawn; their history stays.</source>
            <translation>Su saldo no es cero: lo que se le debe ({amount}) pasa al fondo común, como ajuste en el libro mayor y en su extracto. Sus anuncios abiertos se retiran; su historial se conserva.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Settle the balance of {name} and record that they left?</source>
            <translation>¿Liquidar el saldo de {name} y registrar su baja?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>Settle and leave</source>
            <translation>Liquidar y dar de baja</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>{name} has left the exchange; their balance was settled with the community fund.</source>
            <translation>{name} ha dejado la red; su saldo se liquidó con el fondo común.</translation>
        </message>
    </context>
    <context>
        <name>pages.members.picker</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>active</source>
            <translation>activo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>suspended</source>
            <translation>suspendido</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>left</source>
            <translation>de baja</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member number or name</source>
            <translation>Número o nombre del miembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Choose {who}: type a member number, or part of a name and pick from the list.</source>
            <translation>Elija {who}: escriba un número de miembro, o parte de un nombre y elija de la lista.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}, {name}, is suspended: they cannot pay or be paid until they are reactivated.</source>
            <translation>El miembro {id}, {name}, está suspendido: no puede pagar ni cobrar hasta que se reactive.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}, {name}, has left the exchange: reactivate them first if they are back.</source>
            <translation>El miembro {id}, {name}, ha dejado la red: reactívelo primero si ha vuelto.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}, {name}, is {status}: only {wanted} members can be chosen here.</source>
            <translation>El miembro {id}, {name}, está {status}: aquí solo pueden elegirse miembros en estado {wanted}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Member {id}: {name}</source>
            <translation>Miembro {id}: {name}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>There is no member {number}.</source>
            <translation>No existe el miembro {number}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>Choose one of the members offered below, or type a member number.</source>
            <translation>Elija uno de los miembros de abajo o escriba un número de miembro.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/picker.py" />
            <source>No member matches “{text}”.</source>
            <translation>Ningún miembro coincide con “{text}”.</translation>
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
            <translation>Transferencia</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Post transfer</source>
            <translation>&amp;Contabilizar transferencia</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>What it was for</source>
            <translation>Para qué fue</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;From (payer):</source>
            <translation>&amp;De (pagador):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;To (payee):</source>
            <translation>&amp;A (beneficiario):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Amount ({symbol}):</source>
            <translation>&amp;Importe ({symbol}):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Memo:</source>
            <translation>N&amp;ota:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Value date: the day it happened</source>
            <translation>Fecha valor: el día en que ocurrió</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Why it is entered with an earlier date</source>
            <translation>Por qué se introduce con una fecha anterior</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Value date:</source>
            <translation>&amp;Fecha valor:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Choose who pays: type a member number, or part of a name and pick from the list.</source>
            <translation>Elija quién paga: escriba un número de miembro, o parte de un nombre y elija de la lista.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Choose who is paid: type a member number, or part of a name and pick from the list.</source>
            <translation>Elija quién cobra: escriba un número de miembro, o parte de un nombre y elija de la lista.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>A member cannot pay themselves; choose two different members.</source>
            <translation>Un miembro no puede pagarse a sí mismo; elija dos miembros distintos.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Say why it is entered with an earlier date than today.</source>
            <translation>Indique por qué se introduce con una fecha anterior a hoy.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>{name} has only {amount} of credit left.</source>
            <translation>A {name} solo le quedan {amount} de crédito.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>{name} has no credit limit.</source>
            <translation>{name} no tiene límite de crédito.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Available credit of {name}: {credit}; after this transfer: {after}.</source>
            <translation>Crédito disponible de {name}: {credit}; tras esta transferencia: {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/members/transfer_dialog.py" />
            <source>Available credit of {name}: {credit}.</source>
            <translation>Crédito disponible de {name}: {credit}.</translation>
        </message>
    </context>
    <context>
        <name>pages.registry</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Listings</source>
            <translation>Anuncios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Trades</source>
            <translation>Intercambios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Ledger</source>
            <translation>Libro mayor</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Audit log</source>
            <translation>Registro de cambios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/registry.py" />
            <source>Administration</source>
            <translation>Administración</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.balance_panels</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>System account</source>
            <translation>Cuenta del sistema</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Suspended</source>
            <translation>Suspendido</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Left</source>
            <translation>De baja</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Last entry</source>
            <translation>Último apunte</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Credit limit</source>
            <translation>Límite de crédito</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>At the end of</source>
            <translation>Al final de</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Trial balance</source>
            <translation>Balance de comprobación</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>At the &amp;end of:</source>
            <translation>Al &amp;final de:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Every account, system accounts included</source>
            <translation>Todas las cuentas, incluidas las del sistema</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Total of all accounts</source>
            <translation>Total de todas las cuentas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Balanced: %n account(s); balances below zero {below}, above zero {above}, total {total}.</source>
            <translation>
                <numerusform>Cuadra: %n cuenta; saldos bajo cero {below}, sobre cero {above}, total {total}.</numerusform>
                <numerusform>Cuadra: %n cuentas; saldos bajo cero {below}, sobre cero {above}, total {total}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>NOT balanced: the balances add up to {total} instead of zero. Run Verify ledger on the Ledger page and tell your administrator.</source>
            <translation>NO cuadra: los saldos suman {total} en lugar de cero. Ejecute Verificar libro mayor en la página Libro mayor y avise a su administrador.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>All members</source>
            <translation>Todos los miembros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Balances at a date</source>
            <translation>Saldos a una fecha</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Me&amp;mbers:</source>
            <translation>&amp;Miembros:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Status is the member's status today</source>
            <translation>El estado es el del miembro hoy</translation>
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
                <numerusform>%n miembro: {held} sobre cero, {owed} bajo cero.</numerusform>
                <numerusform>%n miembros: {held} sobre cero, {owed} bajo cero.</numerusform>
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
            <translation>Volumen neto de intercambios por mes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/chart.py" />
            <source>Net volume</source>
            <translation>Volumen neto</translation>
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
                <numerusform>{month}: %n intercambio, {volume}</numerusform>
                <numerusform>{month}: %n intercambios, {volume}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.directory_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Print the directory</source>
            <translation>Imprimir el directorio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Reading the offers and wants…</source>
            <translation>Leyendo las ofertas y demandas…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Save as &amp;PDF…</source>
            <translation>Guardar como &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>P&amp;rint…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Active offers and wants of active members, by category, with a dated cover. Phone, email and address appear only for members who agreed to be listed with them; the others are reached through the coordinator.</source>
            <translation>Ofertas y demandas activas de los miembros activos, por categoría, con portada fechada. Teléfono, correo y dirección solo aparecen para los miembros que lo aceptaron; con los demás se contacta a través del coordinador.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>&lt;b&gt;{exchange}&lt;/b&gt;: {offers} offers and {wants} wants in {categories} categories, dated {day}.</source>
            <translation>&lt;b&gt;{exchange}&lt;/b&gt;: {offers} ofertas y {wants} demandas en {categories} categorías, con fecha {day}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>The directory could not be read.</source>
            <translation>No se pudo leer el directorio.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Save the directory as</source>
            <translation>Guardar el directorio como</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Saved the directory to {file}.</source>
            <translation>Directorio guardado en {file}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>The file is in {folder}.</source>
            <translation>El archivo está en {folder}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Sent the directory (%n page(s)) to the printer.</source>
            <translation>
                <numerusform>Directorio (%n página) enviado a la impresora.</numerusform>
                <numerusform>Directorio (%n páginas) enviado a la impresora.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.file_menu</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Bring in members, opening balances or listings from a CSV file or a workbook</source>
            <translation>Importar miembros, saldos iniciales o anuncios desde un archivo CSV o un libro de cálculo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Only coordinators and administrators import; you are a {role}.</source>
            <translation>Solo coordinadores y administradores importan; usted es {role}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>&amp;Statements…</source>
            <translation>&amp;Extractos…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Statements of account for one or every active member</source>
            <translation>Extractos de cuenta de uno o de todos los miembros activos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>Print &amp;directory…</source>
            <translation>Imprimir &amp;directorio…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/file_menu.py" />
            <source>The directory of offers and wants as a PDF booklet or on paper</source>
            <translation>El directorio de ofertas y demandas como folleto PDF o en papel</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Compute the report again (F5)</source>
            <translation>Volver a calcular el informe (F5)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>&amp;Save as…</source>
            <translation>&amp;Guardar como…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save as P&amp;DF…</source>
            <translation>Guardar como P&amp;DF…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Refresh the report</source>
            <translation>Actualizar el informe</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Print the report</source>
            <translation>Imprimir el informe</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save the report to a file</source>
            <translation>Guardar el informe en un archivo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>The report has not been computed (see the message below it).</source>
            <translation>El informe no se ha calculado (vea el mensaje de debajo).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save the report shown as a CSV file or an Excel workbook</source>
            <translation>Guardar el informe mostrado como archivo CSV o libro de Excel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save the report shown as a PDF document</source>
            <translation>Guardar el informe mostrado como documento PDF</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Print the report shown (Ctrl+P)</source>
            <translation>Imprimir el informe mostrado (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save {report}</source>
            <translation>Guardar {report}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Saved {report} (%n rows) to {path}.</source>
            <translation>
                <numerusform>{report} (%n fila) guardado en {path}.</numerusform>
                <numerusform>{report} (%n filas) guardado en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Save {report} as PDF</source>
            <translation>Guardar {report} como PDF</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Saved {report} (%n page(s)) to {path}.</source>
            <translation>
                <numerusform>{report} (%n página) guardado en {path}.</numerusform>
                <numerusform>{report} (%n páginas) guardado en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Print {report}</source>
            <translation>Imprimir {report}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Sent {report} to {printer}.</source>
            <translation>{report} enviado a {printer}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>the printer</source>
            <translation>la impresora</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.panel_base</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/panel_base.py" />
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.statement_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Member statements</source>
            <translation>Extractos de miembros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;One member:</source>
            <translation>&amp;Un miembro:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;All active members</source>
            <translation>&amp;Todos los miembros activos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Statements for</source>
            <translation>Extractos para</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>The balance at the start is brought forward; the last day is included.</source>
            <translation>El saldo inicial se arrastra; el último día se incluye.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>One PDF file per member, into a fol&amp;der</source>
            <translation>Un PDF por miembro, en una &amp;carpeta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>One PDF fil&amp;e (each member starts on a new page)</source>
            <translation>Un solo &amp;PDF (cada miembro empieza en una página nueva)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Send to a p&amp;rinter</source>
            <translation>Enviar a una &amp;impresora</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Save to</source>
            <translation>Guardar en</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Sa&amp;ve as file:</source>
            <translation>&amp;Guardar como archivo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Output</source>
            <translation>Salida</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Sa&amp;ve in folder:</source>
            <translation>&amp;Guardar en carpeta:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Folder for the statements</source>
            <translation>Carpeta para los extractos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Save statements as</source>
            <translation>Guardar extractos como</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>The period starts after it ends.</source>
            <translation>El periodo empieza después de terminar.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Give the earlier date as 'From'.</source>
            <translation>Ponga la fecha anterior en 'Desde'.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Choose the member first.</source>
            <translation>Elija primero el miembro.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Type part of their name or their number.</source>
            <translation>Escriba parte de su nombre o su número.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Say where the statements go.</source>
            <translation>Indique dónde van los extractos.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Use Browse….</source>
            <translation>Use Examinar….</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>{path} is a file, not a folder.</source>
            <translation>{path} es un archivo, no una carpeta.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>There are no active members to make statements for.</source>
            <translation>No hay miembros activos para los que hacer extractos.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Print statements</source>
            <translation>Imprimir extractos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>State&amp;ment…</source>
            <translation>E&amp;xtracto…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_dialog.py" />
            <source>Save or print the selected member's statement of account for a period</source>
            <translation>Guardar o imprimir el extracto de cuenta del miembro seleccionado para un periodo</translation>
        </message>
    </context>
    <context>
        <name>pages.reports.statement_output</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Drawing the statements…</source>
            <translation>Generando los extractos…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>&amp;Stop</source>
            <translation>&amp;Detener</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Member statements</source>
            <translation>Extractos de miembros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Statement {number} of {total}: {name}</source>
            <translation>Extracto {number} de {total}: {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Stopped after {done} of {total} statements. The %n file(s) already written stay in {path}.</source>
            <translation>
                <numerusform>Detenido tras {done} de {total} extractos. El %n archivo ya escrito queda en {path}.</numerusform>
                <numerusform>Detenido tras {done} de {total} extractos. Los %n archivos ya escritos quedan en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Stopped after {done} of {total} statements. Nothing was kept.</source>
            <translation>Detenido tras {done} de {total} extractos. No se conservó nada.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Sent %n statement(s) to the printer.</source>
            <translation>
                <numerusform>%n extracto enviado a la impresora.</numerusform>
                <numerusform>%n extractos enviados a la impresora.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>The file is in {folder}.</source>
            <translation>El archivo está en {folder}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Wrote 1 statement ({name}, closing balance {balance}) to {file}.</source>
            <translation>Se escribió 1 extracto ({name}, saldo final {balance}) en {file}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Wrote %n statement(s) to {file}.</source>
            <translation>
                <numerusform>Se escribió %n extracto en {file}.</numerusform>
                <numerusform>Se escribieron %n extractos en {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Wrote %n statement(s), one PDF per member.</source>
            <translation>
                <numerusform>Se escribió %n extracto, un PDF por miembro.</numerusform>
                <numerusform>Se escribieron %n extractos, un PDF por miembro.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>They are in {path}.</source>
            <translation>Están en {path}.</translation>
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
            <translation>Intercambios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Reversed</source>
            <translation>Anulado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Net volume</source>
            <translation>Volumen neto</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Trade volume</source>
            <translation>Volumen de intercambios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Payments between members; reversals count in their own month</source>
            <translation>Pagos entre miembros; las anulaciones cuentan en su propio mes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Volume per month</source>
            <translation>Volumen por mes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Volume per category</source>
            <translation>Volumen por categoría</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>The 'From' date is after the 'To' date.</source>
            <translation>La fecha 'Desde' es posterior a la fecha 'Hasta'.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>%n trade(s) (after {reversed} reversed), net volume {volume}, in {months}.</source>
            <translation>
                <numerusform>%n intercambio (tras {reversed} anulados), volumen neto {volume}, en {months}.</numerusform>
                <numerusform>%n intercambios (tras {reversed} anulados), volumen neto {volume}, en {months}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>%n month(s) with trade</source>
            <translation>
                <numerusform>%n mes con intercambios</numerusform>
                <numerusform>%n meses con intercambios</numerusform>
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
            <translation>inactivo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Joined</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Last entry</source>
            <translation>Último apunte</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Entries</source>
            <translation>Apuntes</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Dormant</source>
            <translation>Inactivo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Member activity</source>
            <translation>Actividad de los miembros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source> months</source>
            <translation> meses</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Dormant after</source>
            <translation>Inactivo tras</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>At the end of</source>
            <translation>Al final de</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>&amp;Dormant after:</source>
            <translation>&amp;Inactivo tras:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>At the &amp;end of:</source>
            <translation>Al &amp;final de:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Dormant: no entry in that time, and joined before it began</source>
            <translation>Inactivo: sin apuntes en ese tiempo y dado de alta antes de que empezara</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>{dormant} of %n active member(s) are dormant: no entry since {day} (listed first).</source>
            <translation>
                <numerusform>{dormant} de %n miembro activo está inactivo: sin apuntes desde el {day} (aparece primero).</numerusform>
                <numerusform>{dormant} de %n miembros activos están inactivos: sin apuntes desde el {day} (aparecen primero).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Velocity</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Net trade volume in the period:</source>
            <translation>Volumen neto de intercambios en el periodo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Credit members hold at the end (positive balances):</source>
            <translation>Crédito que tienen los miembros al final (saldos positivos):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Velocity (volume ÷ credit held):</source>
            <translation>Velocidad (volumen ÷ crédito en poder):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>A velocity of 2 means the credit members hold changed hands twice in the period. Levies, fees, opening balances and payments to or from the community fund are not trade; reversed trades are taken off.</source>
            <translation>Una velocidad de 2 significa que el crédito de los miembros cambió de manos dos veces en el periodo. Las cuotas, comisiones, saldos iniciales y pagos al fondo común o desde él no son intercambios; los intercambios anulados se descuentan.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>Nobody holds credit at the end of the period, so there is no velocity.</source>
            <translation>Nadie tiene crédito al final del periodo, así que no hay velocidad.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>From {since} to {until} the credit held changed hands {velocity} times.</source>
            <translation>Del {since} al {until} el crédito cambió de manos {velocity} veces.</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.member_action</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/member_action.py" />
            <source>Record &amp;trade…</source>
            <translation>Registrar &amp;intercambio…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/member_action.py" />
            <source>Record a trade the selected member paid for (they are the buyer)</source>
            <translation>Registrar un intercambio que pagó el miembro seleccionado (es el comprador)</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.model</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Disputed</source>
            <translation>En disputa</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Reversed</source>
            <translation>Anulado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>reversed</source>
            <translation>anulado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>pending</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>disputed</source>
            <translation>en disputa</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>completed</source>
            <translation>completado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Note: {note}</source>
            <translation>Nota: {note}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/model.py" />
            <source>Resolution: {resolution}</source>
            <translation>Resolución: {resolution}</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.note_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Cancel trade {id}</source>
            <translation>Cancelar intercambio {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Cancel &amp;trade</source>
            <translation>Cancelar &amp;intercambio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>e.g. the members agreed it did not happen</source>
            <translation>p. ej. los miembros acordaron que no ocurrió</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>The trade never reached the ledger; it stays in the list as cancelled.</source>
            <translation>El intercambio nunca llegó al libro mayor; queda en la lista como cancelado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Dispute trade {id}</source>
            <translation>Disputar intercambio {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Mark &amp;disputed</source>
            <translation>Marcar en &amp;disputa</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;What is disputed:</source>
            <translation>&amp;Qué se disputa:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>who disagrees, and about what</source>
            <translation>quién no está de acuerdo y sobre qué</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>The trade waits until the dispute is resolved to completed or cancelled.</source>
            <translation>El intercambio espera hasta que la disputa se resuelva como completado o cancelado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Resolve dispute on trade {id}</source>
            <translation>Resolver disputa del intercambio {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Re&amp;solve</source>
            <translation>&amp;Resolver</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;Outcome note:</source>
            <translation>Nota del &amp;resultado:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>what was agreed, and with whom</source>
            <translation>qué se acordó y con quién</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Completed posts the trade to the ledger; cancelled ends it without posting.</source>
            <translation>Completado contabiliza el intercambio en el libro mayor; cancelado lo termina sin contabilizar.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Reverse trade {id}</source>
            <translation>Anular intercambio {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Re&amp;verse trade</source>
            <translation>&amp;Anular intercambio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>e.g. wrong amount on the slip</source>
            <translation>p. ej. importe erróneo en el vale</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>A ledger transaction moves the amount back; the original stays in the books and the trade is marked cancelled. Record a new trade if the right amount differs.</source>
            <translation>Un movimiento del libro mayor devuelve el importe; el original queda en los libros y el intercambio se marca como cancelado. Registre un nuevo intercambio si el importe correcto es otro.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;b&gt;{buyer}&lt;/b&gt; paid &lt;b&gt;{seller}&lt;/b&gt; {amount} on {day}</source>
            <translation>&lt;b&gt;{buyer}&lt;/b&gt; pagó {amount} a &lt;b&gt;{seller}&lt;/b&gt; el {day}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;b&gt;{buyer}&lt;/b&gt; will pay &lt;b&gt;{seller}&lt;/b&gt; {amount} when the trade is completed (traded on {day})</source>
            <translation>&lt;b&gt;{buyer}&lt;/b&gt; pagará {amount} a &lt;b&gt;{seller}&lt;/b&gt; cuando se complete el intercambio (realizado el {day})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;br&gt;“{description}”</source>
            <translation>&lt;br&gt;“{description}”</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&lt;br&gt;Note: {note}</source>
            <translation>&lt;br&gt;Nota: {note}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Trade:</source>
            <translation>Intercambio:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>&amp;Completed</source>
            <translation>&amp;Completado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>C&amp;ancelled</source>
            <translation>C&amp;ancelado</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Resolved as:</source>
            <translation>Resuelto como:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>A&amp;greed amount ({symbol}):</source>
            <translation>Importe a&amp;cordado ({symbol}):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Empty: the amount recorded on the trade.</source>
            <translation>Vacío: el importe registrado en el intercambio.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Write what the dispute is about.</source>
            <translation>Escriba de qué trata la disputa.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Write what was agreed.</source>
            <translation>Escriba lo que se acordó.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Give a reason.</source>
            <translation>Indique un motivo.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/note_dialog.py" />
            <source>Keep it under {n} characters.</source>
            <translation>Use menos de {n} caracteres.</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.page</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is cancelled.</source>
            <translation>El intercambio {id} está cancelado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is marked disputed.</source>
            <translation>El intercambio {id} está marcado en disputa.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is resolved as {status}.</source>
            <translation>El intercambio {id} se resolvió como {status}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is reversed by transaction {reversal}.</source>
            <translation>El intercambio {id} queda anulado por el movimiento {reversal}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Recorded trade {id} ({status}): {buyer} paid {seller} {amount}.</source>
            <translation>Intercambio {id} registrado ({status}): {buyer} pagó {amount} a {seller}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Recorded trade {id} ({status}): {buyer} will pay {seller} {amount} when it is completed.</source>
            <translation>Intercambio {id} registrado ({status}): {buyer} pagará {amount} a {seller} cuando se complete.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Only coordinators and administrators change trades</source>
            <translation>Solo coordinadores y administradores cambian intercambios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Only coordinators and administrators post to the ledger</source>
            <translation>Solo coordinadores y administradores contabilizan en el libro mayor</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>%Ln trade(s)</source>
            <translation>
                <numerusform>%Ln intercambio</numerusform>
                <numerusform>%Ln intercambios</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Select a trade in the list first.</source>
            <translation>Seleccione primero un intercambio en la lista.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Any member</source>
            <translation>Cualquier miembro</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Words in description or note, or a slip number</source>
            <translation>Palabras de la descripción o nota, o un número de vale</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Search trades</source>
            <translation>Buscar intercambios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Fi&amp;nd:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Member:</source>
            <translation>&amp;Miembro:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>C&amp;lear filters</source>
            <translation>Quitar &amp;filtros</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade status</source>
            <translation>Estado del intercambio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trades</source>
            <translation>Intercambios</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} is {status}.</source>
            <translation>El intercambio {id} está {status}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} has no ledger transaction.</source>
            <translation>El intercambio {id} no tiene movimiento en el libro mayor.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Record trade…</source>
            <translation>&amp;Registrar intercambio…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Record a trade members reported (Ctrl+N)</source>
            <translation>Registrar un intercambio comunicado por los miembros (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Sli&amp;p batch…</source>
            <translation>Lote de &amp;vales…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Enter a bundle of paper slips with its control count and total</source>
            <translation>Introducir un paquete de vales en papel con su recuento y total de control</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>C&amp;omplete</source>
            <translation>C&amp;ompletar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Both members agree: post the trade to the ledger</source>
            <translation>Ambos miembros están de acuerdo: contabilizar el intercambio en el libro mayor</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Cancel…</source>
            <translation>&amp;Cancelar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>The trade did not happen; nothing reaches the ledger</source>
            <translation>El intercambio no ocurrió; nada llega al libro mayor</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>&amp;Dispute…</source>
            <translation>&amp;Disputar…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>A member disagrees: hold the trade until it is resolved</source>
            <translation>Un miembro no está de acuerdo: retener el intercambio hasta que se resuelva</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>R&amp;esolve…</source>
            <translation>R&amp;esolver…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>End the dispute: completed or cancelled, with a note</source>
            <translation>Terminar la disputa: completado o cancelado, con una nota</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Rever&amp;se…</source>
            <translation>A&amp;nular…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Correct a completed trade: post the reversal and cancel it</source>
            <translation>Corregir un intercambio completado: contabilizar la anulación y cancelarlo</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>{status} ({count})</source>
            <translation>{status} ({count})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source> (now under “{status}”)</source>
            <translation> (ahora en “{status}”)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source> (not shown: outside the current search)</source>
            <translation> (no se muestra: fuera de la búsqueda actual)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Posted slip batch {batch}: %n completed trade(s).</source>
            <translation>
                <numerusform>Lote de vales {batch} contabilizado: %n intercambio completado.</numerusform>
                <numerusform>Lote de vales {batch} contabilizado: %n intercambios completados.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source> (under “completed”)</source>
            <translation> (en “completados”)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Complete trade {id}?</source>
            <translation>¿Completar el intercambio {id}?</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>{buyer} pays {seller} {amount} in the ledger.</source>
            <translation>{buyer} paga {amount} a {seller} en el libro mayor.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Complete trade</source>
            <translation>Completar intercambio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id} was already completed; nothing posted.</source>
            <translation>El intercambio {id} ya estaba completado; no se contabilizó nada.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Completed trade {id}: transaction {transaction}.</source>
            <translation>Intercambio {id} completado: movimiento {transaction}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Trade {id}</source>
            <translation>Intercambio {id}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>recorded by {who} on {when}</source>
            <translation>registrado por {who} el {when}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>slip {slip}</source>
            <translation>vale {slip}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>batch {batch}</source>
            <translation>lote {batch}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>listing {listing}</source>
            <translation>anuncio {listing}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>In the ledger as transaction {transaction}, reversed by transaction {reversal}.</source>
            <translation>En el libro mayor como movimiento {transaction}, anulado por el movimiento {reversal}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>In the ledger as transaction {transaction}.</source>
            <translation>En el libro mayor como movimiento {transaction}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Note: {note}</source>
            <translation>Nota: {note}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Resolution: {resolution}</source>
            <translation>Resolución: {resolution}</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.record_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Offer {id}: {title} ({member})</source>
            <translation>Oferta {id}: {title} ({member})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Want {id}: {title} ({member})</source>
            <translation>Demanda {id}: {title} ({member})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Offer {id}: {title} ({member}) — {price}</source>
            <translation>Oferta {id}: {title} ({member}) — {price}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Want {id}: {title} ({member}) — {price}</source>
            <translation>Demanda {id}: {title} ({member}) — {price}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Record trade</source>
            <translation>Registrar intercambio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Record trade</source>
            <translation>&amp;Registrar intercambio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>No listing</source>
            <translation>Sin anuncio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>e.g. 2 hours of gardening</source>
            <translation>p. ej. 2 horas de jardinería</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>No category</source>
            <translation>Sin categoría</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Completed: both agree, post it to the ledger now</source>
            <translation>Co&amp;mpletado: ambos están de acuerdo, contabilizar ahora</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Unticked, the trade is recorded as pending and completed later.</source>
            <translation>Sin marcar, el intercambio se registra como pendiente y se completa después.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>You may not post transactions; the trade is recorded as pending.</source>
            <translation>No puede contabilizar movimientos; el intercambio se registra como pendiente.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Buyer (pays):</source>
            <translation>Com&amp;prador (paga):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>S&amp;wap</source>
            <translation>Inter&amp;cambiar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Exchange buyer and seller</source>
            <translation>Intercambiar comprador y vendedor</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Seller (is paid):</source>
            <translation>&amp;Vendedor (cobra):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Listing:</source>
            <translation>&amp;Anuncio:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Amount ({symbol}):</source>
            <translation>&amp;Importe ({symbol}):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>&amp;Description:</source>
            <translation>&amp;Descripción:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Ca&amp;tegory:</source>
            <translation>Ca&amp;tegoría:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Traded &amp;on:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Sli&amp;p number:</source>
            <translation>&amp;Número de vale:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choosing a listing fills the description, category and price.</source>
            <translation>Al elegir un anuncio se rellenan la descripción, la categoría y el precio.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>No listing (none open for these members)</source>
            <translation>Sin anuncio (ninguno abierto para estos miembros)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choose who paid: type a member number, or part of a name and pick from the list.</source>
            <translation>Elija quién pagó: escriba un número de miembro, o parte de un nombre y elija de la lista.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choose who was paid: type a member number, or part of a name and pick from the list.</source>
            <translation>Elija quién cobró: escriba un número de miembro, o parte de un nombre y elija de la lista.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>The buyer and the seller are the same member.</source>
            <translation>El comprador y el vendedor son el mismo miembro.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Say what was traded, or choose the listing.</source>
            <translation>Indique qué se intercambió o elija el anuncio.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>{name} has no credit limit.</source>
            <translation>{name} no tiene límite de crédito.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Available credit of {name}: {credit}.</source>
            <translation>Crédito disponible de {name}: {credit}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Available credit of {name}: {credit}; after this trade: {after}.</source>
            <translation>Crédito disponible de {name}: {credit}; tras este intercambio: {after}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Available credit of {name}: {credit}: {short} short.</source>
            <translation>Crédito disponible de {name}: {credit}: faltan {short}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Too much for {name}'s credit now: untick Completed to record it as pending, and complete it later.</source>
            <translation>Demasiado para el crédito actual de {name}: desmarque Completado para registrarlo como pendiente y complételo después.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/record_dialog.py" />
            <source>Choose the buyer and the seller.</source>
            <translation>Elija el comprador y el vendedor.</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.slip_batch</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Paper-slip batch</source>
            <translation>Lote de vales en papel</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>optional, e.g. market day 14 June</source>
            <translation>opcional, p. ej. día de mercado 14 de junio</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Control &amp;count (slips in the bundle):</source>
            <translation>&amp;Recuento de control (vales del paquete):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Control &amp;total (written on the bundle):</source>
            <translation>&amp;Total de control (escrito en el paquete):</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Chec&amp;k now</source>
            <translation>Com&amp;probar ahora</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>&amp;Post batch</source>
            <translation>&amp;Contabilizar lote</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Tab or Enter moves to the next field; a new row appears as you fill the last one. Buyer and seller: a member number, or part of a name and pick from the list. Ctrl+Delete clears the row you are in. Empty rows are ignored.</source>
            <translation>Tab o Enter pasan al campo siguiente; al rellenar la última fila aparece una nueva. Comprador y vendedor: un número de miembro, o parte de un nombre y elija de la lista. Ctrl+Delete borra la fila actual. Las filas vacías se ignoran.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Only coordinators and administrators post slips; you are a {role}.</source>
            <translation>Solo coordinadores y administradores contabilizan vales; usted es {role}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Discard the %n slip(s) you typed?</source>
            <translation>
                <numerusform>¿Descartar el %n vale que escribió?</numerusform>
                <numerusform>¿Descartar los %n vales que escribió?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>They are not posted; closing forgets them.</source>
            <translation>No están contabilizados; al cerrar se pierden.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Keep typing</source>
            <translation>Seguir escribiendo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>%n slip(s) entered; type the count on the bundle.</source>
            <translation>
                <numerusform>%n vale introducido; escriba el recuento del paquete.</numerusform>
                <numerusform>%n vales introducidos; escriba el recuento del paquete.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>{count} of {want} slips entered — matches.</source>
            <translation>{count} de {want} vales introducidos — coincide.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>{count} of {want} slips entered ({diff} more to enter).</source>
            <translation>{count} de {want} vales introducidos (faltan {diff}).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>{count} of {want} slips entered ({diff} too many).</source>
            <translation>{count} de {want} vales introducidos ({diff} de más).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}; the control total is not an amount.</source>
            <translation>Los vales suman {running}; el total de control no es un importe.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}; type the bundle's total.</source>
            <translation>Los vales suman {running}; escriba el total del paquete.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running} — matches.</source>
            <translation>Los vales suman {running} — coincide.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}: {diff} still missing.</source>
            <translation>Los vales suman {running}: faltan {diff}.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Slips add up to {running}: {diff} too much.</source>
            <translation>Los vales suman {running}: {diff} de más.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>%n slip(s) refused; the reasons are under the rows.</source>
            <translation>
                <numerusform>%n vale rechazado; los motivos están bajo las filas.</numerusform>
                <numerusform>%n vales rechazados; los motivos están bajo las filas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Correct them (or clear a row with Ctrl+Delete) before posting.</source>
            <translation>Corríjalos (o borre una fila con Ctrl+Delete) antes de contabilizar.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>This batch is posted.</source>
            <translation>Este lote está contabilizado.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Type the slips first.</source>
            <translation>Escriba primero los vales.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>The number of slips does not match the control count.</source>
            <translation>El número de vales no coincide con el recuento de control.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>The slips do not add up to the control total.</source>
            <translation>Los vales no suman el total de control.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Checking the slips…</source>
            <translation>Comprobando los vales…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Some slips are refused; see the reasons under the rows.</source>
            <translation>Algunos vales se rechazan; vea los motivos bajo las filas.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Post every slip as a completed trade, all or nothing</source>
            <translation>Contabilizar cada vale como intercambio completado, todos o ninguno</translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Posted batch {batch}: %n slip(s), {total} in all, recorded as completed trade {first}, each with its own ledger transaction.</source>
            <translation>
                <numerusform>Lote {batch} contabilizado: %n vale, {total} en total, registrado como intercambio completado {first}, con su propio movimiento en el libro mayor.</numerusform>
                <numerusform>Lote {batch} contabilizado: %n vales, {total} en total, registrados como intercambio completado {first}, cada uno con su propio movimiento en el libro mayor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Posted batch {batch}: %n slip(s), {total} in all, recorded as completed trades {first}–{last}, each with its own ledger transaction.</source>
            <translation>
                <numerusform>Lote {batch} contabilizado: %n vale, {total} en total, registrado como intercambios completados {first}–{last}, con su propio movimiento en el libro mayor.</numerusform>
                <numerusform>Lote {batch} contabilizado: %n vales, {total} en total, registrados como intercambios completados {first}–{last}, cada uno con su propio movimiento en el libro mayor.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>pages.trades.slip_grid</name>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Slip no.</source>
            <translation>N.º de vale</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Buyer (pays)</source>
            <translation>Comprador (paga)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Seller (is paid)</source>
            <translation>Vendedor (cobra)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Amount ({symbol})</source>
            <translation>Importe ({symbol})</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} slip</source>
            <translation>Fila {n}: vale</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} buyer</source>
            <translation>Fila {n}: comprador</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} seller</source>
            <translation>Fila {n}: vendedor</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} amount</source>
            <translation>Fila {n}: importe</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Row {n} description</source>
            <translation>Fila {n}: descripción</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/trades/slip_grid.py" />
            <source>Paper slip</source>
            <translation>Vale en papel</translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Reviewing backup {file} from {when} — read-only; nothing can be changed. Warning: the backup did not verify (%n problem(s)).</source>
            <translation>
                <numerusform>Revisando la copia de seguridad {file} del {when} — solo lectura; no se puede cambiar nada. Aviso: la copia no pasó la verificación (%n problema).</numerusform>
                <numerusform>Revisando la copia de seguridad {file} del {when} — solo lectura; no se puede cambiar nada. Aviso: la copia no pasó la verificación (%n problemas).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Reviewing backup {file} from {when} — read-only; nothing can be changed.</source>
            <translation>Revisando la copia de seguridad {file} del {when} — solo lectura; no se puede cambiar nada.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source> — review of {file} (read-only)</source>
            <translation> — revisión de {file} (solo lectura)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Review mode</source>
            <translation>Modo de revisión</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>File: {file}</source>
            <translation>Archivo: {file}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Opened in a private scratch database, read-only.</source>
            <translation>Abierta en una base de datos temporal privada, solo lectura.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>What did not verify:</source>
            <translation>Lo que no se pudo verificar:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>{file} is encrypted. Enter its passphrase:</source>
            <translation>{file} está cifrado. Introduzca su frase de contraseña:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Open a backup for review</source>
            <translation>Abrir una copia de seguridad para revisión</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>This backup cannot be opened</source>
            <translation>Esta copia de seguridad no se puede abrir</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Checking the passphrase…</source>
            <translation>Comprobando la frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Opening {file} for review…</source>
            <translation>Abriendo {file} para revisión…</translation>
        </message>
    </context>
    <context>
        <name>server_password_dialog</name>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Server password — {program}</source>
            <translation>Contraseña del servidor — {program}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&lt;b&gt;PostgreSQL server {host}&lt;/b&gt;&lt;br&gt;The server asks for the password of the login &lt;b&gt;{login}&lt;/b&gt;.</source>
            <translation>&lt;b&gt;Servidor PostgreSQL {host}&lt;/b&gt;&lt;br&gt;El servidor pide la contraseña del usuario &lt;b&gt;{login}&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>{address}, database {database}</source>
            <translation>{address}, base de datos {database}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Password of the server login {login}</source>
            <translation>Contraseña del usuario del servidor {login}</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&amp;Remember in the system keyring</source>
            <translation>&amp;Recordar en el llavero del sistema</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Kept by {keyring}; the program asks again if it changes.</source>
            <translation>La guarda {keyring}; el programa vuelve a preguntar si cambia.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&amp;Remember in PostgreSQL's password file</source>
            <translation>&amp;Recordar en el archivo de contraseñas de PostgreSQL</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>That is {file}. No system keyring is available on this computer; the password file is readable by your account only (mode 0600).</source>
            <translation>Es {file}. No hay llavero del sistema en este equipo; el archivo de contraseñas solo lo puede leer su cuenta (modo 0600).</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Server:</source>
            <translation>Servidor:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Login:</source>
            <translation>Usuario:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Type the password of the server login.</source>
            <translation>Escriba la contraseña del usuario del servidor.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/server_password_dialog.py" />
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
    </context>
    <context>
        <name>sign_out</name>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is upgrading the database; your saved work is kept.</source>
            <translation>{who} está actualizando la base de datos; su trabajo guardado se conserva.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is upgrading the database — sign in again when it is done.</source>
            <translation>{who} está actualizando la base de datos — vuelva a iniciar sesión cuando termine.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is upgrading the database; your saved work is kept.</source>
            <translation>Alguien está actualizando la base de datos; su trabajo guardado se conserva.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is upgrading the database — sign in again when it is done.</source>
            <translation>Alguien está actualizando la base de datos — vuelva a iniciar sesión cuando termine.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is restoring the database; your saved work is kept.</source>
            <translation>{who} está restaurando la base de datos; su trabajo guardado se conserva.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{who} is restoring the database — sign in again when it is done.</source>
            <translation>{who} está restaurando la base de datos — vuelva a iniciar sesión cuando termine.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is restoring the database; your saved work is kept.</source>
            <translation>Alguien está restaurando la base de datos; su trabajo guardado se conserva.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Someone is restoring the database — sign in again when it is done.</source>
            <translation>Alguien está restaurando la base de datos — vuelva a iniciar sesión cuando termine.</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Signing out</source>
            <translation>Cerrando sesión</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>Sign out now</source>
            <translation>Cerrar sesión ahora</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/sign_out.py" />
            <source>{notice} LocalEx will sign you out in {seconds} s — finish or cancel what you are editing.</source>
            <translation>{notice} LocalEx cerrará su sesión en {seconds} s — termine o cancele lo que está editando.</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <location filename="../../localex_desktop/ui/tasks.py" />
            <source>Please wait</source>
            <translation>Espere, por favor</translation>
        </message>
    </context>
    <context>
        <name>widgets</name>
        <message>
            <location filename="../../localex_desktop/ui/widgets.py" />
            <source>{counted} (more as you scroll)</source>
            <translation>{counted} (más al desplazarse)</translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/widgets.py" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
    </context>
</TS>
