"""Value dates: the day a trade happened, besides the moment it was recorded.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

* ``transactions.value_date`` (``date NOT NULL``): the day the trade or payment
  happened. Reports, statements, balances at a date, the dashboard and the charts go
  by it; ``posted_at`` stays the moment the ledger recorded it. ``entries.value_date``
  carries the same day (as ``entries.posted_at`` carries the moment) so that "balance at
  a date" is an index probe on ``(account_id, value_date)``. Existing rows get the day
  of their ``posted_at`` in the database's ``TimeZone`` setting (the days the reports
  have always counted in; the embedded server has the machine's zone).
* ``transactions.digest_version``: 1 for rows hashed by revision 0002's
  ``localex_tx_digest()`` (whose hash does not cover a value date), 2 for rows hashed by
  ``localex_tx_digest_v2()``, which covers it. ``verify`` recomputes each row with its
  own version, so old rows still verify and a changed value date on a new row breaks
  its hash (an old row's value date must be a day its ``posted_at`` fell on).
* ``accounts.last_value_date``: the latest value date of the account's entries (the
  members' "last activity" and the dormant members go by it).
* ``localex_post()`` takes ``p_value_date`` (last, default today). A day in the future
  is refused (LX060); a day in the past needs ``p_reason`` (LX061), which is stored in
  ``transactions.reason`` and so in the hash and the audit log. Running balances and
  the hash chain stay in posting order.
* ``localex_post_batch(items jsonb, actor, operator_id)``: many transactions in one
  call, each checked on the same rules and refused with its line (the first bad line
  stops the whole batch: all or nothing); one sorted lock of the accounts involved,
  one insert of the transactions, one of the entries, one update of the accounts.

Downgrade removes all of it. Rows posted under this revision carry version-2 hashes
that revision 0005 cannot recompute: they are re-hashed in the version-1 form and the
chains after them re-linked, so the downgraded ledger verifies (their value dates are
lost with the column). Revision 0002's ``localex_post()`` is put back as it was.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# -- upgrade ---------------------------------------------------------------------------

COLUMNS = """
ALTER TABLE transactions DISABLE TRIGGER transactions_append_only;
ALTER TABLE entries DISABLE TRIGGER entries_append_only;
ALTER TABLE transactions ADD COLUMN value_date date;
ALTER TABLE transactions ADD COLUMN digest_version smallint NOT NULL DEFAULT 1;
UPDATE transactions SET value_date = (posted_at AT TIME ZONE current_setting('TimeZone'))::date;
ALTER TABLE transactions ALTER COLUMN value_date SET NOT NULL;
ALTER TABLE transactions ALTER COLUMN value_date SET DEFAULT current_date;
ALTER TABLE transactions ALTER COLUMN digest_version SET DEFAULT 2;
ALTER TABLE transactions ADD CONSTRAINT ck_transactions_digest_version
    CHECK (digest_version IN (1, 2));
ALTER TABLE entries ADD COLUMN value_date date;
UPDATE entries SET value_date = (posted_at AT TIME ZONE current_setting('TimeZone'))::date;
ALTER TABLE entries ALTER COLUMN value_date SET NOT NULL;
ALTER TABLE entries ALTER COLUMN value_date SET DEFAULT current_date;
ALTER TABLE transactions ENABLE TRIGGER transactions_append_only;
ALTER TABLE entries ENABLE TRIGGER entries_append_only;
ALTER TABLE accounts ADD COLUMN last_value_date date;
UPDATE accounts a SET last_value_date = m.last
    FROM (SELECT account_id, max(value_date) AS last FROM entries GROUP BY account_id) m
    WHERE m.account_id = a.id;
CREATE INDEX ix_transactions_value_date ON transactions (value_date);
CREATE INDEX ix_entries_account_value_date ON entries (account_id, value_date) INCLUDE (amount);
"""

DIGEST_V2 = r"""
-- Canonical bytes of a transaction's content, value date included (digest version 2).
CREATE FUNCTION localex_tx_digest_v2(
    p_id bigint, p_kind text, p_memo text, p_category_id bigint, p_operator_id bigint,
    p_actor text, p_posted_at timestamptz, p_value_date date, p_reverses_id bigint,
    p_reason text, p_limit_override boolean, p_legs jsonb
) RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT sha256(convert_to(jsonb_build_array(
        2, p_id, p_kind, p_memo, p_category_id, p_operator_id, p_actor,
        (extract(epoch FROM p_posted_at) * 1000000)::bigint, p_value_date - DATE '1970-01-01',
        p_reverses_id, p_reason, p_limit_override, p_legs)::text, 'UTF8'))
$$;
"""

POST = r"""
CREATE FUNCTION localex_post(
    p_kind text,
    p_memo text,
    p_accounts bigint[],
    p_amounts bigint[],
    p_actor text,
    p_operator_id bigint DEFAULT NULL,
    p_category_id bigint DEFAULT NULL,
    p_idempotency_key text DEFAULT NULL,
    p_reverses_id bigint DEFAULT NULL,
    p_reason text DEFAULT NULL,
    p_enforce_limits boolean DEFAULT true,
    p_value_date date DEFAULT NULL,
    OUT transaction_id bigint,
    OUT replayed boolean
) LANGUAGE plpgsql AS $fn$
DECLARE
    n          integer := coalesce(array_length(p_accounts, 1), 0);
    v_now      timestamptz := now();
    v_today    date := current_date;
    v_value    date := coalesce(p_value_date, current_date);
    v_request  bytea;
    v_found    record;
    v_legs     jsonb;
    v_content  bytea;
    v_tx       bigint;
    v_bad      record;
    v_locked   integer;
    v_distinct bigint;
    v_nulls    bigint;
    v_zeros    bigint;
    v_sum      numeric;
BEGIN
    IF n < 2 OR n <> coalesce(array_length(p_amounts, 1), 0) THEN
        RAISE EXCEPTION 'a transaction needs two or more entries, one amount per account'
            USING ERRCODE = 'LX010';
    END IF;
    -- one pass over the legs: distinct accounts, zero or missing amounts, the sum, the digest
    SELECT count(DISTINCT l.a), count(*) FILTER (WHERE l.a IS NULL),
           count(*) FILTER (WHERE l.x = 0 OR l.x IS NULL), sum(l.x),
           jsonb_agg(jsonb_build_array(l.a, l.x) ORDER BY l.a)
        INTO v_distinct, v_nulls, v_zeros, v_sum, v_legs
        FROM unnest(p_accounts, p_amounts) AS l(a, x);
    IF v_distinct <> n OR v_nulls > 0 THEN
        RAISE EXCEPTION 'each account may appear only once in a transaction'
            USING ERRCODE = 'LX011';
    END IF;
    IF v_zeros > 0 THEN
        RAISE EXCEPTION 'entries of zero are not allowed' USING ERRCODE = 'LX012';
    END IF;
    IF v_sum <> 0 THEN
        RAISE EXCEPTION 'the entries do not balance (they sum to %)', v_sum USING ERRCODE = 'LX013';
    END IF;
    -- the value date: today, or a past day with a reason; never a day still to come
    IF v_value > v_today THEN
        RAISE EXCEPTION 'the value date % is in the future', v_value
            USING ERRCODE = 'LX060', DETAIL = jsonb_build_object('value_date', v_value)::text;
    END IF;
    IF v_value < v_today AND coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'a value date in the past (%) needs a reason', v_value
            USING ERRCODE = 'LX061', DETAIL = jsonb_build_object('value_date', v_value)::text;
    END IF;

    IF p_idempotency_key IS NOT NULL THEN
        -- as in revision 0002 when no value date is given, so a replay across the upgrade
        -- still finds its first posting; with one, the value date is part of the request
        v_request := sha256(convert_to(CASE WHEN p_value_date IS NULL
            THEN jsonb_build_array(p_kind, p_memo, p_accounts, p_amounts,
                p_category_id, p_reverses_id, p_reason, p_enforce_limits)
            ELSE jsonb_build_array(p_kind, p_memo, p_accounts, p_amounts,
                p_category_id, p_reverses_id, p_reason, p_enforce_limits,
                p_value_date - DATE '1970-01-01') END::text, 'UTF8'));
        -- one poster per key at a time; the loser then sees the winner's row
        PERFORM pg_advisory_xact_lock(hashtextextended(p_idempotency_key, 7001));
        SELECT t.id, t.request_hash INTO v_found
            FROM transactions t WHERE t.idempotency_key = p_idempotency_key;
        IF FOUND THEN
            IF v_found.request_hash = v_request THEN
                transaction_id := v_found.id;
                replayed := true;
                RETURN;
            END IF;
            RAISE EXCEPTION 'idempotency key % was already used for a different transaction (%)',
                p_idempotency_key, v_found.id
                USING ERRCODE = 'LX020', DETAIL = v_found.id::text;
        END IF;
    END IF;

    IF p_reverses_id IS NOT NULL THEN
        IF p_kind <> 'reversal' THEN
            RAISE EXCEPTION 'only a reversal may point at another transaction' USING ERRCODE = 'LX031';
        END IF;
        PERFORM 1 FROM transactions t WHERE t.id = p_reverses_id FOR KEY SHARE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'transaction % does not exist', p_reverses_id USING ERRCODE = 'LX032';
        END IF;
        IF EXISTS (SELECT 1 FROM transactions t WHERE t.reverses_id = p_reverses_id) THEN
            RAISE EXCEPTION 'transaction % has already been reversed', p_reverses_id
                USING ERRCODE = 'LX030', DETAIL = p_reverses_id::text;
        END IF;
        IF EXISTS (
            (SELECT e.account_id, -e.amount FROM entries e WHERE e.transaction_id = p_reverses_id
             EXCEPT ALL SELECT * FROM unnest(p_accounts, p_amounts))
            UNION ALL
            (SELECT * FROM unnest(p_accounts, p_amounts)
             EXCEPT ALL SELECT e.account_id, -e.amount FROM entries e
             WHERE e.transaction_id = p_reverses_id)
        ) THEN
            RAISE EXCEPTION 'a reversal must carry exactly the opposite entries of transaction %',
                p_reverses_id USING ERRCODE = 'LX033';
        END IF;
    END IF;

    -- lock every account involved, always in id order: no deadlocks, no write skew
    PERFORM 1 FROM accounts a WHERE a.id = ANY (p_accounts) ORDER BY a.id FOR UPDATE;
    GET DIAGNOSTICS v_locked = ROW_COUNT;
    IF v_locked <> n THEN
        RAISE EXCEPTION 'unknown account in %', p_accounts USING ERRCODE = 'LX014';
    END IF;

    -- under the locks: the first leg that breaks a rule, if any
    SELECT a.id, a.member_id, a.balance, a.credit_limit, a.upper_limit, m.status, l.x AS amount,
           CASE
               WHEN a.member_id IS NOT NULL AND m.status <> 'active'
                    AND NOT (p_kind = 'reversal' AND m.status = 'suspended') THEN 'LX040'
               WHEN l.x < 0 AND a.credit_limit IS NOT NULL
                    AND a.balance + l.x < -a.credit_limit THEN 'LX050'
               ELSE 'LX051'
           END AS rule
        INTO v_bad
        FROM unnest(p_accounts, p_amounts) AS l(acc, x)
        JOIN accounts a ON a.id = l.acc
        LEFT JOIN members m ON m.id = a.member_id
        WHERE (a.member_id IS NOT NULL AND m.status <> 'active'
               AND NOT (p_kind = 'reversal' AND m.status = 'suspended'))
           OR (p_enforce_limits AND l.x < 0 AND a.credit_limit IS NOT NULL
               AND a.balance + l.x < -a.credit_limit)
           OR (p_enforce_limits AND l.x > 0 AND a.upper_limit IS NOT NULL
               AND a.balance + l.x > a.upper_limit)
        ORDER BY a.id
        LIMIT 1;
    IF FOUND THEN
        IF v_bad.rule = 'LX040' THEN
            RAISE EXCEPTION 'member % is %: no payments to or from them', v_bad.member_id, v_bad.status
                USING ERRCODE = 'LX040',
                      DETAIL = jsonb_build_object('account_id', v_bad.id, 'member_id', v_bad.member_id,
                                                  'status', v_bad.status)::text;
        ELSIF v_bad.rule = 'LX050' THEN
            RAISE EXCEPTION 'account % would go to %, below its credit limit of -%',
                v_bad.id, v_bad.balance + v_bad.amount, v_bad.credit_limit
                USING ERRCODE = 'LX050',
                      DETAIL = jsonb_build_object('account_id', v_bad.id, 'member_id', v_bad.member_id,
                          'balance', v_bad.balance, 'amount', v_bad.amount,
                          'credit_limit', v_bad.credit_limit)::text;
        ELSE
            RAISE EXCEPTION 'account % would go to %, above its upper limit of %',
                v_bad.id, v_bad.balance + v_bad.amount, v_bad.upper_limit
                USING ERRCODE = 'LX051',
                      DETAIL = jsonb_build_object('account_id', v_bad.id, 'member_id', v_bad.member_id,
                          'balance', v_bad.balance, 'amount', v_bad.amount,
                          'upper_limit', v_bad.upper_limit)::text;
        END IF;
    END IF;

    PERFORM set_config('localex.posting', 'on', true);
    v_tx := nextval('transactions_id_seq');
    -- the same bytes as localex_tx_digest_v2(), written out so it is not a function call
    v_content := sha256(convert_to(jsonb_build_array(
        2, v_tx, p_kind, p_memo, p_category_id, p_operator_id, p_actor,
        (extract(epoch FROM v_now) * 1000000)::bigint, v_value - DATE '1970-01-01',
        p_reverses_id, p_reason, NOT p_enforce_limits, v_legs)::text, 'UTF8'));
    INSERT INTO transactions (id, kind, memo, category_id, operator_id, actor, posted_at,
                              value_date, digest_version, idempotency_key, request_hash,
                              reverses_id, reason, limit_override, content_hash)
        VALUES (v_tx, p_kind, p_memo, p_category_id, p_operator_id, p_actor, v_now,
                v_value, 2, p_idempotency_key, v_request,
                p_reverses_id, p_reason, NOT p_enforce_limits, v_content);

    -- all entries and all account rows in one statement (as localex_entry_digest() hashes)
    WITH new AS (
        INSERT INTO entries (transaction_id, account_id, amount, seq, balance_after,
                             credit_limit, upper_limit, posted_at, value_date, prev_hash, hash)
        SELECT v_tx, a.id, l.x, a.entry_count + 1, a.balance + l.x, a.credit_limit,
               a.upper_limit, v_now, v_value, a.chain_head,
               sha256(a.chain_head || v_content || convert_to(jsonb_build_array(
                   a.id, a.entry_count + 1, l.x, a.balance + l.x, a.credit_limit,
                   a.upper_limit)::text, 'UTF8'))
        FROM unnest(p_accounts, p_amounts) AS l(acc, x)
        JOIN accounts a ON a.id = l.acc
        RETURNING account_id, seq, balance_after, hash
    )
    UPDATE accounts a
        SET balance = new.balance_after, entry_count = new.seq, chain_head = new.hash,
            last_activity_at = v_now, last_value_date = greatest(a.last_value_date, v_value)
        FROM new WHERE a.id = new.account_id;

    INSERT INTO audit_log (operator_id, actor, action, entity, entity_id, after)
        VALUES (p_operator_id, p_actor, 'post', 'transaction', v_tx::text,
                jsonb_build_object('kind', p_kind, 'memo', p_memo, 'legs', v_legs,
                                   'reverses', p_reverses_id, 'reason', p_reason,
                                   'value_date', v_value, 'backdated', v_value < v_today));
    PERFORM set_config('localex.posting', 'off', true);
    transaction_id := v_tx;
    replayed := false;
END
$fn$;
"""

BATCH = r"""
CREATE TYPE localex_batch_line AS (
    item            integer,  -- position in the batch, from 1
    line            integer,  -- the caller's number for it, named in refusals
    kind            text,
    memo            text,
    category_id     bigint,
    idempotency_key text,
    reason          text,
    value_date      date,
    dated           boolean,  -- the value date was given (it is then part of the request hash)
    enforce_limits  boolean
);
CREATE TYPE localex_batch_leg AS (item integer, k integer, account_id bigint, amount bigint);

-- Many transactions in one call: each checked on the rules of localex_post() and refused
-- with its line; one sorted lock of every account involved, one insert of the
-- transactions, one of the entries, one update of the accounts. All or nothing.
CREATE FUNCTION localex_post_batch(
    p_items jsonb,
    p_actor text,
    p_operator_id bigint DEFAULT NULL
) RETURNS TABLE (line_no integer, tx_id bigint, was_replayed boolean)
LANGUAGE plpgsql AS $fn$
DECLARE
    v_now     timestamptz := now();
    v_today   date := current_date;
    v_lines   localex_batch_line[];
    v_legs    localex_batch_leg[];
    v_n       integer;
    v_request bytea[];   -- by item: the idempotency request hash (NULL without a key)
    v_found   bigint[];  -- by item: the transaction a replayed key already posted
    v_tx      bigint[];  -- by item: its transaction id
    v_legjson jsonb[];   -- by item: its legs as the digest and the audit log spell them
    v_content bytea[];   -- by item: its content hash
    v_bad     record;
    v_key     text;
    v_wanted  integer;
    v_locked  integer;
    v_prev    bytea;
    v_i       integer := 0;
    r         record;
    e_tx bigint[]; e_acc bigint[]; e_amt bigint[]; e_seq bigint[]; e_bal bigint[];
    e_cl bigint[]; e_ul bigint[]; e_vd date[]; e_prev bytea[]; e_hash bytea[];
BEGIN
    SELECT coalesce(array_agg(ROW(
               x.pos::integer, coalesce((x.it->>'line')::integer, x.pos::integer),
               x.it->>'kind', coalesce(x.it->>'memo', ''), (x.it->>'category_id')::bigint,
               x.it->>'idempotency_key', x.it->>'reason',
               coalesce((x.it->>'value_date')::date, v_today), x.it->>'value_date' IS NOT NULL,
               coalesce((x.it->>'enforce_limits')::boolean, true)
           )::localex_batch_line ORDER BY x.pos), '{}')
        INTO v_lines
        FROM jsonb_array_elements(p_items) WITH ORDINALITY AS x(it, pos);
    v_n := coalesce(array_length(v_lines, 1), 0);
    IF v_n = 0 THEN
        RAISE EXCEPTION 'the batch has no transactions' USING ERRCODE = 'LX010';
    END IF;
    SELECT coalesce(array_agg(ROW(x.pos::integer, g.k::integer, (g.leg->>0)::bigint,
                                  (g.leg->>1)::bigint)::localex_batch_leg ORDER BY x.pos, g.k), '{}')
        INTO v_legs
        FROM jsonb_array_elements(p_items) WITH ORDINALITY AS x(it, pos),
             jsonb_array_elements(coalesce(x.it->'legs', '[]')) WITH ORDINALITY AS g(leg, k);

    -- the first line that breaks a rule needing no lock
    SELECT l.item, l.line, l.kind, l.value_date, s.total,
           CASE
               WHEN l.kind IS NULL OR l.kind NOT IN ('transfer', 'trade', 'levy', 'batch',
                                                     'opening', 'adjustment') THEN 'LX015'
               WHEN coalesce(s.n, 0) < 2 THEN 'LX010'
               WHEN s.nd <> s.n OR s.nulls > 0 THEN 'LX011'
               WHEN s.zeros > 0 THEN 'LX012'
               WHEN s.total <> 0 THEN 'LX013'
               WHEN l.value_date > v_today THEN 'LX060'
               ELSE 'LX061'
           END AS rule
        INTO v_bad
        FROM unnest(v_lines) l
        LEFT JOIN (SELECT g.item, count(*) AS n, count(DISTINCT g.account_id) AS nd,
                          count(*) FILTER (WHERE g.account_id IS NULL) AS nulls,
                          count(*) FILTER (WHERE g.amount = 0 OR g.amount IS NULL) AS zeros,
                          sum(g.amount) AS total
                   FROM unnest(v_legs) g GROUP BY g.item) s ON s.item = l.item
        WHERE l.kind IS NULL
           OR l.kind NOT IN ('transfer', 'trade', 'levy', 'batch', 'opening', 'adjustment')
           OR coalesce(s.n, 0) < 2 OR s.nd <> s.n OR s.nulls > 0 OR s.zeros > 0 OR s.total <> 0
           OR l.value_date > v_today
           OR (l.value_date < v_today AND coalesce(btrim(l.reason), '') = '')
        ORDER BY l.item
        LIMIT 1;
    IF FOUND THEN
        CASE v_bad.rule
        WHEN 'LX015' THEN
            RAISE EXCEPTION 'line %: % is not a kind of transaction a batch may post',
                v_bad.line, coalesce(v_bad.kind, 'no kind')
                USING ERRCODE = 'LX015', DETAIL = jsonb_build_object('line', v_bad.line)::text;
        WHEN 'LX010' THEN
            RAISE EXCEPTION 'line %: a transaction needs two or more entries', v_bad.line
                USING ERRCODE = 'LX010', DETAIL = jsonb_build_object('line', v_bad.line)::text;
        WHEN 'LX011' THEN
            RAISE EXCEPTION 'line %: each account may appear only once in a transaction', v_bad.line
                USING ERRCODE = 'LX011', DETAIL = jsonb_build_object('line', v_bad.line)::text;
        WHEN 'LX012' THEN
            RAISE EXCEPTION 'line %: entries of zero are not allowed', v_bad.line
                USING ERRCODE = 'LX012', DETAIL = jsonb_build_object('line', v_bad.line)::text;
        WHEN 'LX013' THEN
            RAISE EXCEPTION 'line %: the entries do not balance (they sum to %)', v_bad.line, v_bad.total
                USING ERRCODE = 'LX013', DETAIL = jsonb_build_object('line', v_bad.line)::text;
        WHEN 'LX060' THEN
            RAISE EXCEPTION 'line %: the value date % is in the future', v_bad.line, v_bad.value_date
                USING ERRCODE = 'LX060', DETAIL = jsonb_build_object(
                    'line', v_bad.line, 'value_date', v_bad.value_date)::text;
        ELSE
            RAISE EXCEPTION 'line %: a value date in the past (%) needs a reason',
                v_bad.line, v_bad.value_date
                USING ERRCODE = 'LX061', DETAIL = jsonb_build_object(
                    'line', v_bad.line, 'value_date', v_bad.value_date)::text;
        END CASE;
    END IF;

    -- idempotency keys: each once in the batch; one poster per key (in key order), a key
    -- already posted with the same request is replayed, with another request refused
    SELECT d.line, d.idempotency_key INTO v_bad FROM (
        SELECT l.item, l.line, l.idempotency_key,
               row_number() OVER (PARTITION BY l.idempotency_key ORDER BY l.item) AS k
        FROM unnest(v_lines) l WHERE l.idempotency_key IS NOT NULL) d
        WHERE d.k > 1 ORDER BY d.item LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'line %: idempotency key % appears twice in the batch',
            v_bad.line, v_bad.idempotency_key
            USING ERRCODE = 'LX021', DETAIL = jsonb_build_object('line', v_bad.line)::text;
    END IF;
    FOR v_key IN SELECT l.idempotency_key FROM unnest(v_lines) l
                 WHERE l.idempotency_key IS NOT NULL ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(hashtextextended(v_key, 7001));
    END LOOP;
    v_request := ARRAY(
        SELECT CASE WHEN l.idempotency_key IS NULL THEN NULL
               ELSE sha256(convert_to(CASE WHEN NOT l.dated
                   THEN jsonb_build_array(l.kind, l.memo, s.accounts, s.amounts, l.category_id,
                                          NULL::bigint, l.reason, l.enforce_limits)
                   ELSE jsonb_build_array(l.kind, l.memo, s.accounts, s.amounts, l.category_id,
                                          NULL::bigint, l.reason, l.enforce_limits,
                                          l.value_date - DATE '1970-01-01') END::text, 'UTF8'))
               END
        FROM unnest(v_lines) l
        JOIN (SELECT g.item, array_agg(g.account_id ORDER BY g.k) AS accounts,
                     array_agg(g.amount ORDER BY g.k) AS amounts
              FROM unnest(v_legs) g GROUP BY g.item) s ON s.item = l.item
        ORDER BY l.item);
    SELECT l.line, l.idempotency_key, t.id INTO v_bad
        FROM unnest(v_lines) l JOIN transactions t ON t.idempotency_key = l.idempotency_key
        WHERE t.request_hash IS DISTINCT FROM v_request[l.item]
        ORDER BY l.item LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'line %: idempotency key % was already used for a different transaction (%)',
            v_bad.line, v_bad.idempotency_key, v_bad.id
            USING ERRCODE = 'LX020',
                  DETAIL = jsonb_build_object('line', v_bad.line, 'transaction_id', v_bad.id)::text;
    END IF;
    v_found := ARRAY(
        SELECT t.id FROM unnest(v_lines) l
        LEFT JOIN transactions t ON t.idempotency_key = l.idempotency_key
        ORDER BY l.item);

    -- lock every account to be posted to, once, in id order: no deadlocks, no write skew
    SELECT count(DISTINCT g.account_id) INTO v_wanted
        FROM unnest(v_legs) g WHERE v_found[g.item] IS NULL;
    PERFORM 1 FROM accounts a
        WHERE a.id IN (SELECT g.account_id FROM unnest(v_legs) g WHERE v_found[g.item] IS NULL)
        ORDER BY a.id FOR UPDATE;
    GET DIAGNOSTICS v_locked = ROW_COUNT;
    IF v_locked <> v_wanted THEN
        SELECT l.line, g.account_id INTO v_bad
            FROM unnest(v_legs) g JOIN unnest(v_lines) l ON l.item = g.item
            WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.id = g.account_id)
            ORDER BY g.item, g.k LIMIT 1;
        RAISE EXCEPTION 'line %: unknown account %', v_bad.line, v_bad.account_id
            USING ERRCODE = 'LX014', DETAIL = jsonb_build_object('line', v_bad.line)::text;
    END IF;

    -- under the locks: the first line whose leg breaks a rule, the lines before it posted
    SELECT x.* INTO v_bad FROM (
        SELECT g.item, l.line, l.enforce_limits AS enforce, a.id, a.member_id, m.status,
               a.credit_limit, a.upper_limit, g.amount,
               (a.balance + sum(g.amount) OVER w - g.amount)::bigint AS balance
        FROM unnest(v_legs) g
        JOIN unnest(v_lines) l ON l.item = g.item
        JOIN accounts a ON a.id = g.account_id
        LEFT JOIN members m ON m.id = a.member_id
        WHERE v_found[g.item] IS NULL
        WINDOW w AS (PARTITION BY g.account_id ORDER BY g.item ROWS UNBOUNDED PRECEDING)
    ) x
    WHERE (x.member_id IS NOT NULL AND x.status <> 'active')
       OR (x.enforce AND x.amount < 0 AND x.credit_limit IS NOT NULL
           AND x.balance + x.amount < -x.credit_limit)
       OR (x.enforce AND x.amount > 0 AND x.upper_limit IS NOT NULL
           AND x.balance + x.amount > x.upper_limit)
    ORDER BY x.item, x.id
    LIMIT 1;
    IF FOUND THEN
        IF v_bad.member_id IS NOT NULL AND v_bad.status <> 'active' THEN
            RAISE EXCEPTION 'line %: member % is %: no payments to or from them',
                v_bad.line, v_bad.member_id, v_bad.status
                USING ERRCODE = 'LX040',
                      DETAIL = jsonb_build_object('line', v_bad.line, 'account_id', v_bad.id,
                          'member_id', v_bad.member_id, 'status', v_bad.status)::text;
        ELSIF v_bad.amount < 0 THEN
            RAISE EXCEPTION 'line %: account % would go to %, below its credit limit of -%',
                v_bad.line, v_bad.id, v_bad.balance + v_bad.amount, v_bad.credit_limit
                USING ERRCODE = 'LX050',
                      DETAIL = jsonb_build_object('line', v_bad.line, 'account_id', v_bad.id,
                          'member_id', v_bad.member_id, 'balance', v_bad.balance,
                          'amount', v_bad.amount, 'credit_limit', v_bad.credit_limit)::text;
        ELSE
            RAISE EXCEPTION 'line %: account % would go to %, above its upper limit of %',
                v_bad.line, v_bad.id, v_bad.balance + v_bad.amount, v_bad.upper_limit
                USING ERRCODE = 'LX051',
                      DETAIL = jsonb_build_object('line', v_bad.line, 'account_id', v_bad.id,
                          'member_id', v_bad.member_id, 'balance', v_bad.balance,
                          'amount', v_bad.amount, 'upper_limit', v_bad.upper_limit)::text;
        END IF;
    END IF;

    PERFORM set_config('localex.posting', 'on', true);
    FOR v_i IN 1 .. v_n LOOP
        v_tx[v_i] := coalesce(v_found[v_i], nextval('transactions_id_seq'));
    END LOOP;
    v_legjson := ARRAY(
        SELECT s.legs FROM unnest(v_lines) l
        JOIN (SELECT g.item, jsonb_agg(jsonb_build_array(g.account_id, g.amount)
                                       ORDER BY g.account_id) AS legs
              FROM unnest(v_legs) g GROUP BY g.item) s ON s.item = l.item
        ORDER BY l.item);
    -- the same bytes as localex_post() and localex_tx_digest_v2()
    v_content := ARRAY(
        SELECT sha256(convert_to(jsonb_build_array(
            2, v_tx[l.item], l.kind, l.memo, l.category_id, p_operator_id, p_actor,
            (extract(epoch FROM v_now) * 1000000)::bigint, l.value_date - DATE '1970-01-01',
            NULL::bigint, l.reason, NOT l.enforce_limits, v_legjson[l.item])::text, 'UTF8'))
        FROM unnest(v_lines) l ORDER BY l.item);
    INSERT INTO transactions (id, kind, memo, category_id, operator_id, actor, posted_at,
                              value_date, digest_version, idempotency_key, request_hash,
                              reverses_id, reason, limit_override, content_hash)
        SELECT v_tx[l.item], l.kind, l.memo, l.category_id, p_operator_id, p_actor, v_now,
               l.value_date, 2, l.idempotency_key, v_request[l.item],
               NULL, l.reason, NOT l.enforce_limits, v_content[l.item]
        FROM unnest(v_lines) l WHERE v_found[l.item] IS NULL ORDER BY l.item;

    -- each account's entries in line order: running balances and the hash chain
    -- (as localex_entry_digest() hashes), gathered for one insert
    v_i := 0;
    FOR r IN
        SELECT g.item, g.account_id, g.amount, a.entry_count, a.balance, a.chain_head,
               a.credit_limit, a.upper_limit, l.value_date,
               row_number() OVER w AS k, (sum(g.amount) OVER w)::bigint AS cum
        FROM unnest(v_legs) g
        JOIN unnest(v_lines) l ON l.item = g.item
        JOIN accounts a ON a.id = g.account_id
        WHERE v_found[g.item] IS NULL
        WINDOW w AS (PARTITION BY g.account_id ORDER BY g.item ROWS UNBOUNDED PRECEDING)
        ORDER BY g.account_id, g.item
    LOOP
        IF r.k = 1 THEN
            v_prev := r.chain_head;
        END IF;
        v_i := v_i + 1;
        e_tx[v_i] := v_tx[r.item];
        e_acc[v_i] := r.account_id;
        e_amt[v_i] := r.amount;
        e_seq[v_i] := r.entry_count + r.k;
        e_bal[v_i] := r.balance + r.cum;
        e_cl[v_i] := r.credit_limit;
        e_ul[v_i] := r.upper_limit;
        e_vd[v_i] := r.value_date;
        e_prev[v_i] := v_prev;
        v_prev := sha256(v_prev || v_content[r.item] || convert_to(jsonb_build_array(
            r.account_id, e_seq[v_i], r.amount, e_bal[v_i], r.credit_limit,
            r.upper_limit)::text, 'UTF8'));
        e_hash[v_i] := v_prev;
    END LOOP;
    INSERT INTO entries (transaction_id, account_id, amount, seq, balance_after, credit_limit,
                         upper_limit, posted_at, value_date, prev_hash, hash)
        SELECT u.tx, u.acc, u.amt, u.seq, u.bal, u.cl, u.ul, v_now, u.vd, u.prev, u.hash
        FROM unnest(e_tx, e_acc, e_amt, e_seq, e_bal, e_cl, e_ul, e_vd, e_prev, e_hash)
             AS u(tx, acc, amt, seq, bal, cl, ul, vd, prev, hash)
        ORDER BY u.tx, u.acc;
    UPDATE accounts a
        SET balance = u.bal, entry_count = u.seq, chain_head = u.hash, last_activity_at = v_now,
            last_value_date = greatest(a.last_value_date, u.vd)
        FROM (SELECT DISTINCT ON (z.acc) z.acc, z.bal, z.seq, z.hash,
                     max(z.vd) OVER (PARTITION BY z.acc) AS vd
              FROM unnest(e_acc, e_seq, e_bal, e_hash, e_vd) AS z(acc, seq, bal, hash, vd)
              ORDER BY z.acc, z.seq DESC) u
        WHERE a.id = u.acc;

    INSERT INTO audit_log (operator_id, actor, action, entity, entity_id, after)
        SELECT p_operator_id, p_actor, 'post', 'transaction', v_tx[l.item]::text,
               jsonb_build_object('kind', l.kind, 'memo', l.memo, 'legs', v_legjson[l.item],
                                  'reverses', NULL, 'reason', l.reason,
                                  'value_date', l.value_date,
                                  'backdated', l.value_date < v_today, 'batch_line', l.line)
        FROM unnest(v_lines) l WHERE v_found[l.item] IS NULL ORDER BY l.item;
    PERFORM set_config('localex.posting', 'off', true);

    RETURN QUERY SELECT l.line, v_tx[l.item], v_found[l.item] IS NOT NULL
        FROM unnest(v_lines) l ORDER BY l.item;
END
$fn$;
"""

# -- downgrade -------------------------------------------------------------------------

REHASH = r"""
DROP FUNCTION localex_post_batch(jsonb, text, bigint);
DROP TYPE localex_batch_leg;
DROP TYPE localex_batch_line;
DROP FUNCTION localex_post(text, text, bigint[], bigint[], text, bigint, bigint, text, bigint,
                           text, boolean, date);
ALTER TABLE transactions DISABLE TRIGGER transactions_append_only;
ALTER TABLE entries DISABLE TRIGGER entries_append_only;
-- rows hashed with the value date get revision 0002's hash, and the chains after them
-- are linked again, so the downgraded ledger verifies
UPDATE transactions t
    SET content_hash = localex_tx_digest(t.id, t.kind, t.memo, t.category_id, t.operator_id,
        t.actor, t.posted_at, t.reverses_id, t.reason, t.limit_override, s.legs)
    FROM (SELECT transaction_id,
                 jsonb_agg(jsonb_build_array(account_id, amount) ORDER BY account_id) AS legs
          FROM entries GROUP BY transaction_id) s
    WHERE s.transaction_id = t.id AND t.digest_version = 2;
DO $$
DECLARE
    r      record;
    v_acc  bigint := NULL;
    v_prev bytea;
    v_hash bytea;
BEGIN
    PERFORM set_config('localex.posting', 'on', true);
    FOR r IN
        SELECT e.id, e.account_id, e.seq, e.prev_hash, e.amount, e.balance_after,
               e.credit_limit, e.upper_limit, t.content_hash
        FROM entries e
        JOIN transactions t ON t.id = e.transaction_id
        JOIN (SELECT e2.account_id, min(e2.seq) AS first FROM entries e2
              JOIN transactions t2 ON t2.id = e2.transaction_id
              WHERE t2.digest_version = 2 GROUP BY e2.account_id) f
          ON f.account_id = e.account_id AND e.seq >= f.first
        ORDER BY e.account_id, e.seq
    LOOP
        IF v_acc IS DISTINCT FROM r.account_id THEN
            IF v_acc IS NOT NULL THEN
                UPDATE accounts SET chain_head = v_prev WHERE id = v_acc;
            END IF;
            v_acc := r.account_id;
            v_prev := r.prev_hash;
        END IF;
        v_hash := localex_entry_digest(v_prev, r.content_hash, r.account_id, r.seq, r.amount,
                                       r.balance_after, r.credit_limit, r.upper_limit);
        UPDATE entries SET prev_hash = v_prev, hash = v_hash WHERE id = r.id;
        v_prev := v_hash;
    END LOOP;
    IF v_acc IS NOT NULL THEN
        UPDATE accounts SET chain_head = v_prev WHERE id = v_acc;
    END IF;
    PERFORM set_config('localex.posting', 'off', true);
END $$;
ALTER TABLE transactions ENABLE TRIGGER transactions_append_only;
ALTER TABLE entries ENABLE TRIGGER entries_append_only;
DROP FUNCTION localex_tx_digest_v2(bigint, text, text, bigint, bigint, text, timestamptz, date,
                                   bigint, text, boolean, jsonb);
DROP INDEX ix_entries_account_value_date;
DROP INDEX ix_transactions_value_date;
ALTER TABLE accounts DROP COLUMN last_value_date;
ALTER TABLE entries DROP COLUMN value_date;
ALTER TABLE transactions DROP COLUMN digest_version;
ALTER TABLE transactions DROP COLUMN value_date;
"""

#: revision 0002's localex_post(), as it was, for the downgrade
POST_0002 = r"""
CREATE FUNCTION localex_post(
    p_kind text,
    p_memo text,
    p_accounts bigint[],
    p_amounts bigint[],
    p_actor text,
    p_operator_id bigint DEFAULT NULL,
    p_category_id bigint DEFAULT NULL,
    p_idempotency_key text DEFAULT NULL,
    p_reverses_id bigint DEFAULT NULL,
    p_reason text DEFAULT NULL,
    p_enforce_limits boolean DEFAULT true,
    OUT transaction_id bigint,
    OUT replayed boolean
) LANGUAGE plpgsql AS $fn$
DECLARE
    n          integer := coalesce(array_length(p_accounts, 1), 0);
    v_now      timestamptz := now();
    v_request  bytea;
    v_found    record;
    v_legs     jsonb;
    v_content  bytea;
    v_tx       bigint;
    v_bad      record;
    v_locked   integer;
    v_distinct bigint;
    v_nulls    bigint;
    v_zeros    bigint;
    v_sum      numeric;
BEGIN
    IF n < 2 OR n <> coalesce(array_length(p_amounts, 1), 0) THEN
        RAISE EXCEPTION 'a transaction needs two or more entries, one amount per account'
            USING ERRCODE = 'LX010';
    END IF;
    -- one pass over the legs: distinct accounts, zero or missing amounts, the sum, the digest
    SELECT count(DISTINCT l.a), count(*) FILTER (WHERE l.a IS NULL),
           count(*) FILTER (WHERE l.x = 0 OR l.x IS NULL), sum(l.x),
           jsonb_agg(jsonb_build_array(l.a, l.x) ORDER BY l.a)
        INTO v_distinct, v_nulls, v_zeros, v_sum, v_legs
        FROM unnest(p_accounts, p_amounts) AS l(a, x);
    IF v_distinct <> n OR v_nulls > 0 THEN
        RAISE EXCEPTION 'each account may appear only once in a transaction'
            USING ERRCODE = 'LX011';
    END IF;
    IF v_zeros > 0 THEN
        RAISE EXCEPTION 'entries of zero are not allowed' USING ERRCODE = 'LX012';
    END IF;
    IF v_sum <> 0 THEN
        RAISE EXCEPTION 'the entries do not balance (they sum to %)', v_sum USING ERRCODE = 'LX013';
    END IF;

    IF p_idempotency_key IS NOT NULL THEN
        v_request := sha256(convert_to(jsonb_build_array(p_kind, p_memo, p_accounts, p_amounts,
            p_category_id, p_reverses_id, p_reason, p_enforce_limits)::text, 'UTF8'));
        -- one poster per key at a time; the loser then sees the winner's row
        PERFORM pg_advisory_xact_lock(hashtextextended(p_idempotency_key, 7001));
        SELECT t.id, t.request_hash INTO v_found
            FROM transactions t WHERE t.idempotency_key = p_idempotency_key;
        IF FOUND THEN
            IF v_found.request_hash = v_request THEN
                transaction_id := v_found.id;
                replayed := true;
                RETURN;
            END IF;
            RAISE EXCEPTION 'idempotency key % was already used for a different transaction (%)',
                p_idempotency_key, v_found.id
                USING ERRCODE = 'LX020', DETAIL = v_found.id::text;
        END IF;
    END IF;

    IF p_reverses_id IS NOT NULL THEN
        IF p_kind <> 'reversal' THEN
            RAISE EXCEPTION 'only a reversal may point at another transaction' USING ERRCODE = 'LX031';
        END IF;
        PERFORM 1 FROM transactions t WHERE t.id = p_reverses_id FOR KEY SHARE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'transaction % does not exist', p_reverses_id USING ERRCODE = 'LX032';
        END IF;
        IF EXISTS (SELECT 1 FROM transactions t WHERE t.reverses_id = p_reverses_id) THEN
            RAISE EXCEPTION 'transaction % has already been reversed', p_reverses_id
                USING ERRCODE = 'LX030', DETAIL = p_reverses_id::text;
        END IF;
        IF EXISTS (
            (SELECT e.account_id, -e.amount FROM entries e WHERE e.transaction_id = p_reverses_id
             EXCEPT ALL SELECT * FROM unnest(p_accounts, p_amounts))
            UNION ALL
            (SELECT * FROM unnest(p_accounts, p_amounts)
             EXCEPT ALL SELECT e.account_id, -e.amount FROM entries e
             WHERE e.transaction_id = p_reverses_id)
        ) THEN
            RAISE EXCEPTION 'a reversal must carry exactly the opposite entries of transaction %',
                p_reverses_id USING ERRCODE = 'LX033';
        END IF;
    END IF;

    -- lock every account involved, always in id order: no deadlocks, no write skew
    PERFORM 1 FROM accounts a WHERE a.id = ANY (p_accounts) ORDER BY a.id FOR UPDATE;
    GET DIAGNOSTICS v_locked = ROW_COUNT;
    IF v_locked <> n THEN
        RAISE EXCEPTION 'unknown account in %', p_accounts USING ERRCODE = 'LX014';
    END IF;

    -- under the locks: the first leg that breaks a rule, if any
    SELECT a.id, a.member_id, a.balance, a.credit_limit, a.upper_limit, m.status, l.x AS amount,
           CASE
               WHEN a.member_id IS NOT NULL AND m.status <> 'active'
                    AND NOT (p_kind = 'reversal' AND m.status = 'suspended') THEN 'LX040'
               WHEN l.x < 0 AND a.credit_limit IS NOT NULL
                    AND a.balance + l.x < -a.credit_limit THEN 'LX050'
               ELSE 'LX051'
           END AS rule
        INTO v_bad
        FROM unnest(p_accounts, p_amounts) AS l(acc, x)
        JOIN accounts a ON a.id = l.acc
        LEFT JOIN members m ON m.id = a.member_id
        WHERE (a.member_id IS NOT NULL AND m.status <> 'active'
               AND NOT (p_kind = 'reversal' AND m.status = 'suspended'))
           OR (p_enforce_limits AND l.x < 0 AND a.credit_limit IS NOT NULL
               AND a.balance + l.x < -a.credit_limit)
           OR (p_enforce_limits AND l.x > 0 AND a.upper_limit IS NOT NULL
               AND a.balance + l.x > a.upper_limit)
        ORDER BY a.id
        LIMIT 1;
    IF FOUND THEN
        IF v_bad.rule = 'LX040' THEN
            RAISE EXCEPTION 'member % is %: no payments to or from them', v_bad.member_id, v_bad.status
                USING ERRCODE = 'LX040',
                      DETAIL = jsonb_build_object('account_id', v_bad.id, 'member_id', v_bad.member_id,
                                                  'status', v_bad.status)::text;
        ELSIF v_bad.rule = 'LX050' THEN
            RAISE EXCEPTION 'account % would go to %, below its credit limit of -%',
                v_bad.id, v_bad.balance + v_bad.amount, v_bad.credit_limit
                USING ERRCODE = 'LX050',
                      DETAIL = jsonb_build_object('account_id', v_bad.id, 'member_id', v_bad.member_id,
                          'balance', v_bad.balance, 'amount', v_bad.amount,
                          'credit_limit', v_bad.credit_limit)::text;
        ELSE
            RAISE EXCEPTION 'account % would go to %, above its upper limit of %',
                v_bad.id, v_bad.balance + v_bad.amount, v_bad.upper_limit
                USING ERRCODE = 'LX051',
                      DETAIL = jsonb_build_object('account_id', v_bad.id, 'member_id', v_bad.member_id,
                          'balance', v_bad.balance, 'amount', v_bad.amount,
                          'upper_limit', v_bad.upper_limit)::text;
        END IF;
    END IF;

    PERFORM set_config('localex.posting', 'on', true);
    v_tx := nextval('transactions_id_seq');
    -- the same bytes as localex_tx_digest(), written out so it is not a function call
    v_content := sha256(convert_to(jsonb_build_array(
        v_tx, p_kind, p_memo, p_category_id, p_operator_id, p_actor,
        (extract(epoch FROM v_now) * 1000000)::bigint,
        p_reverses_id, p_reason, NOT p_enforce_limits, v_legs)::text, 'UTF8'));
    INSERT INTO transactions (id, kind, memo, category_id, operator_id, actor, posted_at,
                              idempotency_key, request_hash, reverses_id, reason, limit_override,
                              content_hash)
        VALUES (v_tx, p_kind, p_memo, p_category_id, p_operator_id, p_actor, v_now,
                p_idempotency_key, v_request, p_reverses_id, p_reason, NOT p_enforce_limits,
                v_content);

    -- all entries and all account rows in one statement (as localex_entry_digest() hashes)
    WITH new AS (
        INSERT INTO entries (transaction_id, account_id, amount, seq, balance_after,
                             credit_limit, upper_limit, posted_at, prev_hash, hash)
        SELECT v_tx, a.id, l.x, a.entry_count + 1, a.balance + l.x, a.credit_limit,
               a.upper_limit, v_now, a.chain_head,
               sha256(a.chain_head || v_content || convert_to(jsonb_build_array(
                   a.id, a.entry_count + 1, l.x, a.balance + l.x, a.credit_limit,
                   a.upper_limit)::text, 'UTF8'))
        FROM unnest(p_accounts, p_amounts) AS l(acc, x)
        JOIN accounts a ON a.id = l.acc
        RETURNING account_id, seq, balance_after, hash
    )
    UPDATE accounts a
        SET balance = new.balance_after, entry_count = new.seq, chain_head = new.hash,
            last_activity_at = v_now
        FROM new WHERE a.id = new.account_id;

    INSERT INTO audit_log (operator_id, actor, action, entity, entity_id, after)
        VALUES (p_operator_id, p_actor, 'post', 'transaction', v_tx::text,
                jsonb_build_object('kind', p_kind, 'memo', p_memo, 'legs', v_legs,
                                   'reverses', p_reverses_id, 'reason', p_reason));
    PERFORM set_config('localex.posting', 'off', true);
    transaction_id := v_tx;
    replayed := false;
END
$fn$;
"""


def _run(*scripts: str) -> None:
    # straight to the driver without parameters, so PL/pgSQL's % is left alone
    cursor = op.get_bind().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    for script in scripts:
        cursor.execute(script)


def upgrade() -> None:
    _run(
        COLUMNS,
        DIGEST_V2,
        "DROP FUNCTION localex_post(text, text, bigint[], bigint[], text, bigint, bigint, text,"
        " bigint, text, boolean);",
        POST,
        BATCH,
    )


def downgrade() -> None:
    _run(REHASH, POST_0002)
