<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>list_page.page</name>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../localex_desktop/ui/list_page/page.py" />
            <source>Search the list</source>
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
        <name>pages.audit.page</name>
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.ledger.page</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>%Ln transaction(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/ledger/page.py" />
            <source>Select a transaction in the journal first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.listings.page</name>
        <message numerus="yes">
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>%Ln listing(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../localex_desktop/ui/pages/listings/page.py" />
            <source>Select a listing in the list first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pages.members.page</name>
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
    </context>
    <context>
        <name>pages.trades.page</name>
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
    </context>
    <context>
        <name>widgets</name>
        <message>
            <location filename="../../localex_desktop/ui/widgets.py" />
            <source>{counted} (more as you scroll)</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
