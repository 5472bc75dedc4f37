"""The GUI's translations: ``update`` the .ts files from the sources, ``compile`` the .qm.

``update`` runs ``pyside6-lupdate`` over ``localex_desktop/ui`` (and the printing code)
into ``resources/translations/localex_<lang>.ts``; English keeps only the plural forms
(its words are the sources themselves). ``compile`` runs ``pyside6-lrelease`` for every
.ts whose .qm is missing or older; ``make``, ``packaging/build.py`` and
``scripts/wheel_smoke.sh`` call it, so the .qm files are never committed and never stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = [ROOT / "localex_desktop" / "ui"]
LANGUAGES = ("en", "de", "es", "fr", "pt_BR")


def _tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} is not installed (it comes with PySide6: make venv)")
    return found


def ts_file(language: str) -> Path:
    return FOLDER / f"localex_{language}.ts"


def update(languages: tuple[str, ...] = LANGUAGES, *, folder: Path = FOLDER) -> list[Path]:
    """Write every source string into each language's .ts (keeping what is translated)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        target = folder / f"localex_{language}.ts"
        command = [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "relative"]
        command += ["-extensions", "py", *map(str, SOURCES)]
        if language == "en":
            command.append("-pluralonly")
        command += ["-target-language", language, "-ts", str(target)]
        subprocess.run(command, check=True)
        written.append(target)
    return written


def compile_all(*, force: bool = False) -> list[Path]:
    """lrelease every .ts into its .qm when the .qm is missing or older."""
    made = []
    for ts in sorted(FOLDER.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
            made.append(qm)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "compile"))
    parser.add_argument("--force", action="store_true", help="compile every .qm again")
    args = parser.parse_args(argv)
    if args.action == "update":
        for path in update():
            print(path.relative_to(ROOT))
    else:
        for path in compile_all(force=args.force):
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
