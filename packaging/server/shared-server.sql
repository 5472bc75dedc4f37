-- LocalEx Desktop on a shared PostgreSQL server: what an administrator of the server runs
-- once, as a superuser (or a role with CREATEROLE), before `localex init`.
--
--   psql -h HOST -p 5432 -U postgres -v db=localex -v migrator=localex_migrate \
--        -v migrator_password='…' -f shared-server.sql
--
-- It makes the group roles of schema revision 0007 (the schema's owner, nobody logs in as
-- it; one role per operator role), the login that runs `localex init` and
-- `localex migrate` (the database's owner and a member of localex_owner), and the
-- database. Running it again changes nothing. People's own logins are added afterwards,
-- each a member of one group role (see the end of this file and
-- docs/admin/server.md).

\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I NOLOGIN', r)
  FROM unnest(ARRAY['localex_owner', 'localex_bookkeeper', 'localex_coordinator',
                    'localex_admin']) AS r
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec

GRANT localex_bookkeeper TO localex_coordinator;
GRANT localex_coordinator TO localex_admin;

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'migrator', :'migrator_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'migrator') \gexec

-- the migrating login acts as the owner (SET ROLE localex_owner in each migration)
GRANT localex_owner TO :"migrator";

SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'migrator')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec

-- Then, for each person (one group role each):
--   CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE localex_coordinator;
--   CREATE ROLE bert  LOGIN PASSWORD '…' IN ROLE localex_bookkeeper;
--   CREATE ROLE chris LOGIN PASSWORD '…' IN ROLE localex_admin;
-- and nothing else: no ownership, no superuser, no CREATEROLE.
--
-- What else a task needs (docs/admin/server.md, "The rights each task needs"):
--   restores, by the migrating login (a restore loads the backup into a new database):
--     ALTER ROLE localex_migrate CREATEDB;
--   restores and upgrades while others are signed in (to disconnect those who stay):
--     GRANT pg_signal_backend TO localex_migrate;
--   scheduled backups by a login of their own (a backup holds the password hashes):
--     CREATE ROLE lx_backup LOGIN PASSWORD '…' IN ROLE pg_read_all_data;
