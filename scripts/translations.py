"""The GUI's translations: ``update`` the .ts files from the sources, ``compile`` the .qm.

``update`` finds every ``translate("context", "text"[, disambiguation[, n]])`` and
``QT_TRANSLATE_NOOP("context", "text")`` in ``localex_desktop/ui``, and every
``N_("text")`` (context "fields": the Qt-free column headers and words the GUI
translates) in ``localex_desktop/services/fields``, by reading the Python syntax tree,
and writes them into ``resources/translations/localex_<lang>.ts``,
keeping what is translated and dropping strings that left the sources. A call with a
fourth argument is a plural (``%n``). English keeps only the plurals, filled in from
the source ("%n member(s)" → "%n member", "%n members"; "%n entr(y|ies)" for others):
its words are the sources themselves. (``pyside6-lupdate``'s Python reader loses
calls with parentheses in their arguments and sees no plural unless ``n`` is a
literal number, so it is not used.)

``compile`` runs ``pyside6-lrelease`` for every .ts whose .qm is missing or older;
``make``, ``packaging/build.py`` and ``scripts/wheel_smoke.sh`` call it, so the .qm
files are never committed and never stale.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = [
    ROOT / "localex_desktop" / "ui",
    ROOT / "localex_desktop" / "app.py",
    ROOT / "localex_desktop" / "services" / "fields",
]
LANGUAGES = ("en", "de", "es", "fr", "pt_BR")
#: the functions whose string arguments are the words to translate
_CALLS = {"translate", "QT_TRANSLATE_NOOP"}
#: the Qt-free marker of ``services.fields``: one argument, the context is always this
_MARKER, _MARKER_CONTEXT = "N_", "fields"


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[Path, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


@dataclass
class Found:
    messages: dict[tuple[str, str, str], Message]
    #: calls whose context or text is not a literal: no tool can extract them
    problems: list[str]


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def extract(sources: list[Path] = SOURCES) -> Found:
    """Every translatable string of the sources, in file and line order."""
    messages: dict[tuple[str, str, str], Message] = {}
    problems: list[str] = []
    files = sorted(
        p
        for source in sources
        for p in (source.rglob("*.py") if source.is_dir() else [source])
        if p.name != "i18n.py" or p.parent.name != "ui"
    )
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            args = list(call.args)
            if name == _MARKER and len(args) == 1:
                args = [ast.Constant(_MARKER_CONTEXT), *args]
            elif name not in _CALLS or len(call.args) < 2:
                continue  # (services.errors.translate(exc) takes one argument)
            context, text = (_literal(a) for a in [*args, None, None][:2])
            if context is None or text is None:
                problems.append(f"{where}: {name}() needs a literal context and text")
                continue
            comment = _literal(args[2]) if len(args) > 2 else None
            if len(args) > 2 and comment is None and _literal_none(args[2]) is False:
                problems.append(f"{where}: the disambiguation must be a literal or None")
                continue
            numerus = len(args) > 3 or any(k.arg == "n" for k in call.keywords)
            message = messages.setdefault(
                (context, text, comment or ""),
                Message(context, text, comment or "", numerus),
            )
            message.numerus = message.numerus or numerus
            message.locations.append((path, call.lineno))
    return Found(messages, problems)


def _literal_none(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _read(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """The translation elements already in ``path``, by (context, source, comment)."""
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    done = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is not None:
                done[key] = translation
    return done


#: "entr(y|ies)": singular and plural endings; "member(s)": a plural ending alone
_BOTH = re.compile(r"\((\w*)\|(\w*)\)")
_PLURAL = re.compile(r"\((\w+)\)")


def english_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a ``%n`` source: "%n member(s)" → both."""
    one = _PLURAL.sub("", _BOTH.sub(r"\1", source))
    many = _PLURAL.sub(r"\1", _BOTH.sub(r"\2", source))
    return one, many


def _translation(
    message: Message, language: str, old: ET.Element | None, parent: ET.Element
) -> None:
    new = ET.SubElement(parent, "translation")
    if language == "en":
        for text in english_forms(message.source):
            ET.SubElement(new, "numerusform").text = text
        return
    forms = [f.text or "" for f in old.iter("numerusform")] if old is not None else []
    text = (old.text or "") if old is not None and not len(old) else ""
    finished = old is not None and old.get("type") not in ("unfinished", "obsolete", "vanished")
    if message.numerus:
        forms = [*forms, "", ""][:2]
        for form in forms:
            ET.SubElement(new, "numerusform").text = form
        finished = finished and all(f.strip() for f in forms)
    else:
        new.text = text
        finished = finished and bool(text.strip())
    if not finished:
        new.set("type", "unfinished")


def write_ts(found: Found, language: str, path: Path) -> int:
    """Write ``path`` for ``language``; returns how many strings it holds."""
    old = _read(path)
    root = ET.Element("TS", {"version": "2.1", "language": language, "sourcelanguage": "en"})
    contexts: dict[str, ET.Element] = {}
    count = 0
    for message in found.messages.values():
        if language == "en" and not message.numerus:
            continue
        ctx = contexts.get(message.context)
        if ctx is None:
            ctx = contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = message.context
        element = ET.SubElement(ctx, "message", {"numerus": "yes"} if message.numerus else {})
        for file in dict.fromkeys(f for f, _line in message.locations):
            # the file alone: line numbers would change the .ts with every edit
            rel = Path(os.path.relpath(file, path.parent)).as_posix()
            ET.SubElement(element, "location", {"filename": rel})
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        _translation(message, language, old.get(message.key), element)
        count += 1
    ET.indent(root, "    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    return count


def update(languages: tuple[str, ...] = LANGUAGES, *, folder: Path = FOLDER) -> list[Path]:
    """Write every source string into each language's .ts (keeping what is translated)."""
    found = extract()
    if found.problems:
        sys.exit("cannot extract:\n" + "\n".join(found.problems))
    written = []
    for language in languages:
        target = folder / f"localex_{language}.ts"
        write_ts(found, language, target)
        written.append(target)
    return written


def export(language: str, part: int, parts: int, out: Path) -> int:
    """The untranslated strings of ``language`` (one of ``parts`` shares by context) as
    JSON for a translator: context, source, comment, numerus, files, translation/forms."""
    path = FOLDER / f"localex_{language}.ts"
    root = ET.parse(path).getroot()
    contexts = list(root.iter("context"))
    sizes = [len(list(c.iter("message"))) for c in contexts]
    total, share, start, chosen = sum(sizes), [], 0, []
    # shares of about equal size, whole contexts each
    for context, size in zip(contexts, sizes, strict=True):
        share.append((start, context))
        start += size
    for begin, context in share:
        if begin * parts // max(total, 1) == part - 1:
            chosen.append(context)
    items = []
    for context in chosen:
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") != "unfinished":
                continue
            items.append(
                {
                    "context": name,
                    "source": message.findtext("source") or "",
                    "comment": message.findtext("comment") or "",
                    "numerus": message.get("numerus") == "yes",
                    "files": [loc.get("filename") for loc in message.iter("location")],
                    "translation": "",
                    "forms": ["", ""] if message.get("numerus") == "yes" else [],
                }
            )
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(items)


def apply(language: str, files: list[Path]) -> tuple[int, list[str]]:
    """Put translators' JSON (as :func:`export` writes it) into ``language``'s .ts."""
    path = FOLDER / f"localex_{language}.ts"
    tree = ET.parse(path)
    index: dict[tuple[str, str, str], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            index[key] = message
    done, unknown = 0, list[str]()
    for file in files:
        for item in json.loads(file.read_text(encoding="utf-8")):
            key = (item["context"], item["source"], item.get("comment") or "")
            found = index.get(key)
            if found is None:
                unknown.append(f"{file.name}: {key}")
                continue
            message = found
            translation = message.find("translation")
            assert translation is not None
            forms = [f for f in item.get("forms") or [] if f.strip()]
            text = (item.get("translation") or "").strip()
            if message.get("numerus") == "yes":
                if len(forms) < 2:
                    continue
                for old in list(translation):
                    translation.remove(old)
                for form in forms[:2]:
                    ET.SubElement(translation, "numerusform").text = form
            elif text:
                translation.text = item["translation"]
            else:
                continue
            translation.attrib.pop("type", None)
            done += 1
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    return done, unknown


def share_of(language: str) -> tuple[int, int]:
    """(translated, total) strings of ``language``'s .ts."""
    root = ET.parse(FOLDER / f"localex_{language}.ts").getroot()
    messages = list(root.iter("message"))
    finished = [
        m
        for m in messages
        if (m.find("translation") is not None) and m.find("translation").get("type") != "unfinished"  # type: ignore[union-attr]
    ]
    return len(finished), len(messages)


def _tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} is not installed (it comes with PySide6: make venv)")
    return found


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
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("action", choices=("update", "compile", "export", "apply", "status"))
    parser.add_argument("--force", action="store_true", help="compile every .qm again")
    parser.add_argument("--language", help="export/apply: the language code")
    parser.add_argument("--part", default="1/1", help="export: share K of N, by context")
    parser.add_argument("--out", type=Path, help="export: the JSON file to write")
    parser.add_argument("files", nargs="*", type=Path, help="apply: translated JSON files")
    args = parser.parse_intermixed_args(argv)
    if args.action == "export":
        part, parts = (int(x) for x in args.part.split("/"))
        print(export(args.language, part, parts, args.out), "strings to", args.out)
        return 0
    if args.action == "apply":
        done, unknown = apply(args.language, args.files)
        print(done, "translations put in;", len(unknown), "not in the .ts")
        for line in unknown:
            print("  not found:", line)
        return 0
    if args.action == "status":
        for language in LANGUAGES:
            translated, total = share_of(language)
            print(f"{language}: {translated}/{total} ({100 * translated // max(total, 1)}%)")
        return 0
    paths = update() if args.action == "update" else compile_all(force=args.force)
    for path in paths:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
