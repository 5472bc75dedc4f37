"""Importing opening balances: ONE balanced ledger transaction of kind ``opening``.

Each member's amount, and the opposite of their sum on the ``opening_balances`` system
account. Credit and upper limits are respected unless the coordinator explicitly
allows going past them (``allow_over_limit``), which the ledger records. A member with
an opening balance already posted is already there; zero balances are skipped.
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa

from localex_desktop.db.models import Account, Entry, Transaction
from localex_desktop.domain.errors import ValidationError
from localex_desktop.domain.money import format_amount
from localex_desktop.domain.roles import Permission
from localex_desktop.services import ledger
from localex_desktop.services.imports.checking import Check, Members, Written
from localex_desktop.services.imports.results import Kind
from localex_desktop.services.imports.values import money


class BalancesImporter:
    kind = Kind.BALANCES
    needs = Permission.POST

    def check(self, check: Check) -> None:
        s = check.session
        who = Members.load(s)
        accounts = {
            r.member_id: r
            for r in s.execute(
                sa.select(
                    Account.member_id,
                    Account.id,
                    Account.balance,
                    Account.credit_limit,
                    Account.upper_limit,
                    Account.entry_count,
                ).where(Account.member_id.is_not(None))
            )
        }
        opened = dict(
            s.execute(
                sa.select(Account.member_id, sa.func.min(Transaction.id))
                .join(Entry, Entry.account_id == Account.id)
                .join(Transaction, Transaction.id == Entry.transaction_id)
                .where(Transaction.kind == "opening", Account.member_id.is_not(None))
                .group_by(Account.member_id)
            )
            .tuples()
            .all()
        )
        seen: dict[int, int] = {}
        total = 0
        for row in check.each_row():
            v = check.values(row)
            errors_before = len(check.errors)
            member_id = who.find(check, row, v)
            amount = 0
            try:
                amount = money(v.get("balance", ""), check.cur, "balance", negative=True)
            except ValidationError as exc:
                check.err(row.line, "balance", exc.message)
            if len(check.errors) > errors_before or member_id is None:
                continue
            if member_id in seen:
                check.err(
                    row.line, "member", f"member {member_id} is also on line {seen[member_id]}."
                )
                continue
            seen[member_id] = row.line
            ref = who.by_id[member_id]
            name = ref.name
            values = {
                "member_id": member_id,
                "name": name,
                "member_name": name,
                "balance": amount,
                "account_id": ref.account_id,
            }
            if member_id in opened:
                check.plan(
                    row.line,
                    "duplicate",
                    values,
                    f"{name} already has an opening balance (transaction {opened[member_id]})",
                )
                continue
            if amount == 0:
                check.plan(row.line, "skip", values, "zero: nothing to post")
                continue
            if ref.status != "active":
                check.err(
                    row.line,
                    "member",
                    f"{name} ({member_id}) is {ref.status}: no payments to or from them.",
                )
                continue
            acc = accounts[member_id]
            if acc.entry_count:
                check.err(
                    row.line,
                    "member",
                    f"{name} ({member_id}) already has {acc.entry_count:,} ledger "
                    f"{'entry' if acc.entry_count == 1 else 'entries'} (balance "
                    f"{format_amount(acc.balance, check.cur)}): an opening balance comes before "
                    "any trade. Post a transfer or a correction for them instead.",
                )
                continue
            after = acc.balance + amount
            if not check.options.allow_over_limit:
                cur = check.cur
                if acc.credit_limit is not None and after < -acc.credit_limit:
                    check.err(
                        row.line,
                        "balance",
                        f"{name} would have {format_amount(after, cur)}, below their "
                        f"credit limit of {format_amount(acc.credit_limit, cur)} "
                        "(raise the limit first, or allow going past limits).",
                    )
                    continue
                if acc.upper_limit is not None and after > acc.upper_limit:
                    check.err(
                        row.line,
                        "balance",
                        f"{name} would have {format_amount(after, cur)}, above their "
                        f"upper limit of {format_amount(acc.upper_limit, cur)} "
                        "(raise the limit first, or allow going past limits).",
                    )
                    continue
            total += amount
            check.plan(row.line, "create", values)
        check.preview.total = total

    def write(self, check: Check) -> Written:
        planned = check.preview.to_create
        if not planned:
            return Written([])
        legs = [(r.values["account_id"], r.values["balance"]) for r in planned]
        total = sum(x for _, x in legs)
        if total != 0:
            legs.append((ledger.system_account(check.session, "opening_balances"), -total))
        memo = check.options.memo or f"Opening balances imported from {check.source.name}"
        key = "import-balances:" + hashlib.sha256(repr(sorted(legs)).encode()).hexdigest()[:40]
        result = ledger.post(
            check.session,
            check.actor,
            "opening",
            legs,
            memo,
            idempotency_key=key,
            enforce_limits=not check.options.allow_over_limit,
        )
        return Written([result.transaction_id], result.transaction_id)
