<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>backup.logic</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>At least %n character(s).</source>
            <translation>
                <numerusform>At least %n character.</numerusform>
                <numerusform>At least %n characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>Too short: {length} of at least %n character(s).</source>
            <translation>
                <numerusform>Too short: {length} of at least %n character.</numerusform>
                <numerusform>Too short: {length} of at least %n characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln member</numerusform>
                <numerusform>%Ln members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln account</numerusform>
                <numerusform>%Ln accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln listing(s)</source>
            <translation>
                <numerusform>%Ln listing</numerusform>
                <numerusform>%Ln listings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln trade(s)</source>
            <translation>
                <numerusform>%Ln trade</numerusform>
                <numerusform>%Ln trades</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln operator(s)</source>
            <translation>
                <numerusform>%Ln operator</numerusform>
                <numerusform>%Ln operators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln transaction(s)</source>
            <translation>
                <numerusform>%Ln transaction</numerusform>
                <numerusform>%Ln transactions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>%Ln entr(y|ies)</source>
            <translation>
                <numerusform>%Ln entry</numerusform>
                <numerusform>%Ln entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/logic.py" />
            <source>The passphrase needs at least %n character(s).</source>
            <translation>
                <numerusform>The passphrase needs at least %n character.</numerusform>
                <numerusform>The passphrase needs at least %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>backup.others</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/others.py" />
            <source>%n other(s) (is|are) connected: {who}.</source>
            <translation>
                <numerusform>%n other is connected: {who}.</numerusform>
                <numerusform>%n others are connected: {who}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>backup.restore_wizard</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/restore_wizard.py" />
            <source>verified, %Ln transaction(s)</source>
            <translation>
                <numerusform>verified, %Ln transaction</numerusform>
                <numerusform>verified, %Ln transactions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>backup.verify_dialog</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/backup/verify_dialog.py" />
            <source>The backup does not verify: %n difference(s) or problem(s).</source>
            <translation>
                <numerusform>The backup does not verify: %n difference or problem.</numerusform>
                <numerusform>The backup does not verify: %n differences or problems.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>connection_status</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/connection_status.py" />
            <source>{where} has not answered for %n second(s) or more. LocalEx Desktop keeps trying and comes back by itself; check that the server is running and this computer's network.</source>
            <translation>
                <numerusform>{where} has not answered for %n second or more. LocalEx Desktop keeps trying and comes back by itself; check that the server is running and this computer's network.</numerusform>
                <numerusform>{where} has not answered for %n seconds or more. LocalEx Desktop keeps trying and comes back by itself; check that the server is running and this computer's network.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>exporting</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln member(s) to {file}.</source>
            <translation>
                <numerusform>Exported %Ln member to {file}.</numerusform>
                <numerusform>Exported %Ln members to {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln listing(s) to {file}.</source>
            <translation>
                <numerusform>Exported %Ln listing to {file}.</numerusform>
                <numerusform>Exported %Ln listings to {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln trade(s) to {file}.</source>
            <translation>
                <numerusform>Exported %Ln trade to {file}.</numerusform>
                <numerusform>Exported %Ln trades to {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln ledger entr(y|ies) to {file}.</source>
            <translation>
                <numerusform>Exported %Ln ledger entry to {file}.</numerusform>
                <numerusform>Exported %Ln ledger entries to {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln audit log entr(y|ies) to {file}.</source>
            <translation>
                <numerusform>Exported %Ln audit log entry to {file}.</numerusform>
                <numerusform>Exported %Ln audit log entries to {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/exporting.py" />
            <source>Exported %Ln row(s) to {file}.</source>
            <translation>
                <numerusform>Exported %Ln row to {file}.</numerusform>
                <numerusform>Exported %Ln rows to {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>first_run.logic</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/first_run/logic.py" />
            <source>At least %n character(s).</source>
            <translation>
                <numerusform>At least %n character.</numerusform>
                <numerusform>At least %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>import_wizard.format_page</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>Showing the first {shown} of %n row(s).</source>
            <translation>
                <numerusform>Showing the first {shown} of %n row.</numerusform>
                <numerusform>Showing the first {shown} of %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/format_page.py" />
            <source>%n row(s) do not split into the header's columns (line {lines}); they are listed as errors in the preview.</source>
            <translation>
                <numerusform>%n row do not split into the header's columns (line {lines}); they are listed as errors in the preview.</numerusform>
                <numerusform>%n rows do not split into the header's columns (line {lines}); they are listed as errors in the preview.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>import_wizard.preview_page</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>%n row(s) give a number or email that belongs to someone else in the database: importing them would file one person's data under another's name. Correct the numbers or emails in the file.</source>
            <translation>
                <numerusform>%n row give a number or email that belongs to someone else in the database: importing them would file one person's data under another's name. Correct the numbers or emails in the file.</numerusform>
                <numerusform>%n rows give a number or email that belongs to someone else in the database: importing them would file one person's data under another's name. Correct the numbers or emails in the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported %n member(s), in one transaction.</source>
            <translation>
                <numerusform>Imported %n member, in one transaction.</numerusform>
                <numerusform>Imported %n members, in one transaction.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported %n listing(s), in one transaction.</source>
            <translation>
                <numerusform>Imported %n listing, in one transaction.</numerusform>
                <numerusform>Imported %n listings, in one transaction.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>Imported %n opening balance(s), in one transaction.</source>
            <translation>
                <numerusform>Imported %n opening balance, in one transaction.</numerusform>
                <numerusform>Imported %n opening balances, in one transaction.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>%n row(s) were already there and were left alone.</source>
            <translation>
                <numerusform>%n row were already there and were left alone.</numerusform>
                <numerusform>%n rows were already there and were left alone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/import_wizard/preview_page.py" />
            <source>%n row(s) were skipped (nothing to import).</source>
            <translation>
                <numerusform>%n row were skipped (nothing to import).</numerusform>
                <numerusform>%n rows were skipped (nothing to import).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>list_page.page</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.audit.page</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/audit/page.py" />
            <source>%Ln change(s)</source>
            <translation>
                <numerusform>%Ln change</numerusform>
                <numerusform>%Ln changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.page</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>%Ln transaction(s)</source>
            <translation>
                <numerusform>%Ln transaction</numerusform>
                <numerusform>%Ln transactions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.listings.page</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>%Ln listing(s)</source>
            <translation>
                <numerusform>%Ln listing</numerusform>
                <numerusform>%Ln listings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.members.page</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/page.py" />
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln member</numerusform>
                <numerusform>%Ln members</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.trades.page</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>%Ln trade(s)</source>
            <translation>
                <numerusform>%Ln trade</numerusform>
                <numerusform>%Ln trades</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/review.py" />
            <source>Reviewing backup {file} from {when} — read-only; nothing can be changed. Warning: the backup did not verify (%n problem(s)).</source>
            <translation>
                <numerusform>Reviewing backup {file} from {when} — read-only; nothing can be changed. Warning: the backup did not verify (%n problem).</numerusform>
                <numerusform>Reviewing backup {file} from {when} — read-only; nothing can be changed. Warning: the backup did not verify (%n problems).</numerusform>
            </translation>
        </message>
    </context>
</TS>
