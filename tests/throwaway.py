"""What the test suite changes in the program it tests, in one place.

Throw-away clusters (no fsync: roughly halves the suite's time on a slow disk) and a
cheap bcrypt cost. Both are module attributes with the safe defaults in the program;
the program itself never looks for a test switch. :func:`apply` runs in the test
process (tests/conftest.py) and in every `localex` the tests start
(tests/cli_helpers.py), so clusters the admin command creates are throw-away too.
"""

from __future__ import annotations

import os

from localex_desktop.db import embedded, server_users
from localex_desktop.services import db_sign_in, operators

#: a bcrypt cost the tests can afford hundreds of times (the program's is 12)
TEST_BCRYPT_ROUNDS = 4
#: and of the database's own password check (the program's is 100,000)
TEST_VERIFIER_ROUNDS = 50


def apply() -> None:
    # a test's cluster stops with its last user, as before the lingering server (its
    # folder is removed right after); tests/test_server_linger.py sets it on purpose
    os.environ.setdefault(server_users.LINGER_ENV, "0")
    embedded.NEW_CLUSTERS = embedded.ServerOptions(durable=False)
    operators.BCRYPT_ROUNDS = TEST_BCRYPT_ROUNDS
    db_sign_in.VERIFIER_ROUNDS = TEST_VERIFIER_ROUNDS
