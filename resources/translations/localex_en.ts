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
        <name>pages.dashboard.backup_status</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n h ago</source>
            <translation>
                <numerusform>%n h ago</numerusform>
                <numerusform>%n h ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/backup_status.py" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.dashboard.charts</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>{month}: %n trade(s), {volume}</source>
            <translation>
                <numerusform>{month}: %n trade, {volume}</numerusform>
                <numerusform>{month}: %n trades, {volume}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/charts.py" />
            <source>%n member(s) from {low} to under {high}</source>
            <translation>
                <numerusform>%n member from {low} to under {high}</numerusform>
                <numerusform>%n members from {low} to under {high}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.dashboard.page</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n member(s) use(s|) at least {share} of their credit limit (the closest {shown} shown).</source>
            <translation>
                <numerusform>%n member uses at least {share} of their credit limit (the closest {shown} shown).</numerusform>
                <numerusform>%n members use at least {share} of their credit limit (the closest {shown} shown).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n member(s) use(s|) at least {share} of their credit limit.</source>
            <translation>
                <numerusform>%n member uses at least {share} of their credit limit.</numerusform>
                <numerusform>%n members use at least {share} of their credit limit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n active member(s) without a trade for {months} months (the longest {shown} shown).</source>
            <translation>
                <numerusform>%n active member without a trade for {months} months (the longest {shown} shown).</numerusform>
                <numerusform>%n active members without a trade for {months} months (the longest {shown} shown).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/dashboard/page.py" />
            <source>%n active member(s) without a trade for {months} months.</source>
            <translation>
                <numerusform>%n active member without a trade for {months} months.</numerusform>
                <numerusform>%n active members without a trade for {months} months.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.batch_dialog</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/batch_dialog.py" />
            <source>%n line(s), total {total}</source>
            <translation>
                <numerusform>%n line, total {total}</numerusform>
                <numerusform>%n lines, total {total}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.levy_dialog</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>{over} of %n active member(s) would go past their credit limit (listed first): leave them out, or raise their limits first. The levy cannot be posted like this.</source>
            <translation>
                <numerusform>{over} of %n active member would go past their credit limit (listed first): leave them out, or raise their limits first. The levy cannot be posted like this.</numerusform>
                <numerusform>{over} of %n active members would go past their credit limit (listed first): leave them out, or raise their limits first. The levy cannot be posted like this.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>{charged} of %n active member(s) will be charged {each} each: {total} in all, into {into}.</source>
            <translation>
                <numerusform>{charged} of %n active member will be charged {each} each: {total} in all, into {into}.</numerusform>
                <numerusform>{charged} of %n active members will be charged {each} each: {total} in all, into {into}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/levy_dialog.py" />
            <source>%n who would go past their credit limit (is|are) left out.</source>
            <translation>
                <numerusform>%n who would go past their credit limit is left out.</numerusform>
                <numerusform>%n who would go past their credit limit are left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.ledger.model</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/model.py" />
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n account</numerusform>
                <numerusform>%n accounts</numerusform>
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
        <name>pages.ledger.verify_dialog</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>%Ln transaction(s), {entries} entries and {accounts} accounts checked in {seconds} s ({at}).</source>
            <translation>
                <numerusform>%Ln transaction, {entries} entries and {accounts} accounts checked in {seconds} s ({at}).</numerusform>
                <numerusform>%Ln transactions, {entries} entries and {accounts} accounts checked in {seconds} s ({at}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/verify_dialog.py" />
            <source>The ledger has %n problem(s).</source>
            <translation>
                <numerusform>The ledger has %n problem.</numerusform>
                <numerusform>The ledger has %n problems.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.listings.categories_dialog</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>%n listing(s) use {path}.</source>
            <translation>
                <numerusform>%n listing use {path}.</numerusform>
                <numerusform>%n listings use {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Its %n listing(s) move to {path}. This cannot be undone (you can add it again).</source>
            <translation>
                <numerusform>Its %n listing move to {path}. This cannot be undone (you can add it again).</numerusform>
                <numerusform>Its %n listings move to {path}. This cannot be undone (you can add it again).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/categories_dialog.py" />
            <source>Deleted {path}; moved %n listing(s).</source>
            <translation>
                <numerusform>Deleted {path}; moved %n listing.</numerusform>
                <numerusform>Deleted {path}; moved %n listings.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.listings.category_panel</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/category_panel.py" />
            <source>&lt;b&gt;{path}&lt;/b&gt; — %n listing(s)</source>
            <translation>
                <numerusform>&lt;b&gt;{path}&lt;/b&gt; — %n listing</numerusform>
                <numerusform>&lt;b&gt;{path}&lt;/b&gt; — %n listings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.listings.model</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/model.py" />
            <source>{path} — %n listing(s) (sub-categories not counted)</source>
            <translation>
                <numerusform>{path} — %n listing (sub-categories not counted)</numerusform>
                <numerusform>{path} — %n listings (sub-categories not counted)</numerusform>
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
        <name>pages.members.form_dialog</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/form_dialog.py" />
            <source>Reloaded: {fields} show(s|) what was saved meanwhile; your own changes are kept. Press {ok} to save them.</source>
            <translation>
                <numerusform>Reloaded: {fields} shows what was saved meanwhile; your own changes are kept. Press {ok} to save them.</numerusform>
                <numerusform>Reloaded: {fields} show what was saved meanwhile; your own changes are kept. Press {ok} to save them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.members.model</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/members/model.py" />
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n account</numerusform>
                <numerusform>%n accounts</numerusform>
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
        <name>pages.reports.balance_panels</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>Balanced: %n account(s); balances below zero {below}, above zero {above}, total {total}.</source>
            <translation>
                <numerusform>Balanced: %n account; balances below zero {below}, above zero {above}, total {total}.</numerusform>
                <numerusform>Balanced: %n accounts; balances below zero {below}, above zero {above}, total {total}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/balance_panels.py" />
            <source>%n member(s): {held} held above zero, {owed} owed below zero.</source>
            <translation>
                <numerusform>%n member: {held} held above zero, {owed} owed below zero.</numerusform>
                <numerusform>%n members: {held} held above zero, {owed} owed below zero.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.chart</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/chart.py" />
            <source>{month}: %n trade(s), {volume}</source>
            <translation>
                <numerusform>{month}: %n trade, {volume}</numerusform>
                <numerusform>{month}: %n trades, {volume}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.directory_dialog</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/directory_dialog.py" />
            <source>Sent the directory (%n page(s)) to the printer.</source>
            <translation>
                <numerusform>Sent the directory (%n page) to the printer.</numerusform>
                <numerusform>Sent the directory (%n pages) to the printer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.page</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Saved {report} (%n rows) to {path}.</source>
            <translation>
                <numerusform>Saved {report} (%n rows) to {path}.</numerusform>
                <numerusform>Saved {report} (%n rows) to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/page.py" />
            <source>Saved {report} (%n page(s)) to {path}.</source>
            <translation>
                <numerusform>Saved {report} (%n page) to {path}.</numerusform>
                <numerusform>Saved {report} (%n pages) to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.statement_output</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Stopped after {done} of {total} statements. The %n file(s) already written stay in {path}.</source>
            <translation>
                <numerusform>Stopped after {done} of {total} statements. The %n file already written stay in {path}.</numerusform>
                <numerusform>Stopped after {done} of {total} statements. The %n files already written stay in {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Sent %n statement(s) to the printer.</source>
            <translation>
                <numerusform>Sent %n statement to the printer.</numerusform>
                <numerusform>Sent %n statements to the printer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Wrote %n statement(s) to {file}.</source>
            <translation>
                <numerusform>Wrote %n statement to {file}.</numerusform>
                <numerusform>Wrote %n statements to {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/statement_output.py" />
            <source>Wrote %n statement(s), one PDF per member.</source>
            <translation>
                <numerusform>Wrote %n statement, one PDF per member.</numerusform>
                <numerusform>Wrote %n statements, one PDF per member.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.reports.trade_panels</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>%n trade(s) (after {reversed} reversed), net volume {volume}, in {months}.</source>
            <translation>
                <numerusform>%n trade (after {reversed} reversed), net volume {volume}, in {months}.</numerusform>
                <numerusform>%n trades (after {reversed} reversed), net volume {volume}, in {months}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>%n month(s) with trade</source>
            <translation>
                <numerusform>%n month with trade</numerusform>
                <numerusform>%n months with trade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/reports/trade_panels.py" />
            <source>{dormant} of %n active member(s) are dormant: no entry since {day} (listed first).</source>
            <translation>
                <numerusform>{dormant} of %n active member are dormant: no entry since {day} (listed first).</numerusform>
                <numerusform>{dormant} of %n active members are dormant: no entry since {day} (listed first).</numerusform>
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
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/page.py" />
            <source>Posted slip batch {batch}: %n completed trade(s).</source>
            <translation>
                <numerusform>Posted slip batch {batch}: %n completed trade.</numerusform>
                <numerusform>Posted slip batch {batch}: %n completed trades.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pages.trades.slip_batch</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Discard the %n slip(s) you typed?</source>
            <translation>
                <numerusform>Discard the %n slip you typed?</numerusform>
                <numerusform>Discard the %n slips you typed?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>%n slip(s) entered; type the count on the bundle.</source>
            <translation>
                <numerusform>%n slip entered; type the count on the bundle.</numerusform>
                <numerusform>%n slips entered; type the count on the bundle.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>%n slip(s) refused; the reasons are under the rows.</source>
            <translation>
                <numerusform>%n slip refused; the reasons are under the rows.</numerusform>
                <numerusform>%n slips refused; the reasons are under the rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Posted batch {batch}: %n slip(s), {total} in all, recorded as completed trade {first}, each with its own ledger transaction.</source>
            <translation>
                <numerusform>Posted batch {batch}: %n slip, {total} in all, recorded as completed trade {first}, each with its own ledger transaction.</numerusform>
                <numerusform>Posted batch {batch}: %n slips, {total} in all, recorded as completed trade {first}, each with its own ledger transaction.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/trades/slip_batch.py" />
            <source>Posted batch {batch}: %n slip(s), {total} in all, recorded as completed trades {first}–{last}, each with its own ledger transaction.</source>
            <translation>
                <numerusform>Posted batch {batch}: %n slip, {total} in all, recorded as completed trades {first}–{last}, each with its own ledger transaction.</numerusform>
                <numerusform>Posted batch {batch}: %n slips, {total} in all, recorded as completed trades {first}–{last}, each with its own ledger transaction.</numerusform>
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
