#!/usr/bin/env bash
# Build the wheel, install it into a fresh virtual environment, run `localex init` there.
# Proves the installed program carries its migrations and resources.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
# the built-in server lingers after the last command: stopped before its folder goes
trap '"$work/venv/bin/localex" --data-dir "$work/data" server stop >/dev/null 2>&1 || true
      rm -rf "$work"' EXIT
.venv/bin/python scripts/translations.py compile >/dev/null  # the .qm go into the wheel
.venv/bin/python -m build --wheel --outdir "$work/dist" . >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
wheel=$(ls "$work"/dist/*.whl)
# listed into a file first: `zipfile -l | grep -q` fails at random under pipefail, when
# grep stops reading before the listing ends (BrokenPipeError)
python3 -m zipfile -l "$wheel" > "$work/listing.txt"
grep -q "localex_desktop/_migrations/env.py" "$work/listing.txt" \
  || { echo "wheel lacks migrations"; exit 1; }
grep -q "localex_desktop/_resources/" "$work/listing.txt" \
  || { echo "wheel lacks resources"; exit 1; }
grep -q "localex_desktop/_resources/translations/localex_de.qm" "$work/listing.txt" \
  || { echo "wheel lacks the compiled translations"; exit 1; }
grep -q "localex_desktop/_guide/user-guide.md" "$work/listing.txt" \
  || { echo "wheel lacks the user guide (Help → User guide)"; exit 1; }
grep -q "localex_desktop/_guide/images/dashboard.png" "$work/listing.txt" \
  || { echo "wheel lacks the guide's pictures"; exit 1; }
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "$wheel" 2>&1 | grep -v "is ignored" || true
cd "$work"   # away from the source tree, so nothing is imported from it
export LOCALEX_CONFIG_DIR="$work/config" LOCALEX_LOG_DIR="$work/logs"
echo "a long admin password" | "$work/venv/bin/localex" --data-dir "$work/data" init \
  --admin-user admin --admin-password-stdin
"$work/venv/bin/localex" --data-dir "$work/data" --json info > "$work/info.json"
"$work/venv/bin/python" - "$work/info.json" <<'PY'
import json, sys
info = json.load(open(sys.argv[1]))
assert info["schema_revision"] == info["head_revision"], info
assert "site-packages" not in info["data_dir"]
from localex_desktop import paths
guide = paths.guide_dir() / "user-guide.md"
assert guide.is_file() and "site-packages" in str(guide), guide
print("wheel smoke test ok:", info["app_version"], "schema", info["schema_revision"])
PY
"$work/venv/bin/localex" --data-dir "$work/data" server status | grep -q "^Running, used by nobody" \
  || { echo "the built-in server did not stay up after the last command"; exit 1; }
"$work/venv/bin/localex" --data-dir "$work/data" server stop
