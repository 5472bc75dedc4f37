"""The Debian package: ``dist/localex-desktop_<version>_amd64.deb`` from the one-folder build.

    /opt/localex-desktop/                    the one-folder build (both programs, _internal)
    /usr/bin/localex-desktop, /usr/bin/localex   links into it
    /usr/share/applications/localex-desktop.desktop
    /usr/share/icons/hicolor/*/apps/localex-desktop.{png,svg}
    /usr/share/doc/localex-desktop/copyright

``Depends`` is worked out from the build itself: every library an ELF file of the bundle
links against that the bundle does not carry must come from the system, and
:data:`SYSTEM_PACKAGES` says which package provides it (the build fails for a library
it does not know, so a new dependency cannot slip through unnamed). ``Pre-Depends``
holds the C library at the highest ``GLIBC_x.y`` any file needs, so ``apt`` refuses the
package on an older system instead of installing a program that cannot start.

Names are Debian 12's; where Ubuntu 24.04 renamed a package in the 64-bit time_t
transition (``libglib2.0-0t64``) the dependency names both. The maintainer scripts only
refuse to replace or remove the program while it runs; nothing touches the users' data
(``~/.local/share/localex`` of each user), which stays when the package is removed or
purged.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import elfdeps

from localex_desktop import preflight

APP = "localex-desktop"
PREFIX = Path("opt") / APP

#: libraries of the C library package: covered by Pre-Depends: libc6 (>= floor)
LIBC = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libresolv.so.2",
    "libutil.so.1",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
}

_GLIB = "libglib2.0-0t64 | libglib2.0-0"

#: soname -> the dependency that provides it on Debian 12 (and Ubuntu 24.04): the
#: program's own start-up check names the same packages for ``apt`` (one list of them,
#: in localex_desktop/preflight.py); the .deb adds what the bundle's other libraries need
#: and lets glib be either name of the time_t transition
SYSTEM_PACKAGES: dict[str, str] = {
    **preflight.PACKAGES["apt"],
    "libGLX.so.0": "libglx0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libglib-2.0.so.0": _GLIB,
    "libgobject-2.0.so.0": _GLIB,
    "libgio-2.0.so.0": _GLIB,
    "libgmodule-2.0.so.0": _GLIB,
    "libgthread-2.0.so.0": _GLIB,
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libz.so.1": "zlib1g",
}

#: GLIBCXX_3.4.N -> the GCC release whose libstdc++ first has it
GLIBCXX_GCC = {25: "8", 26: "9", 27: "9", 28: "10", 29: "11", 30: "12", 31: "13", 32: "13.2"}


#: xz level: on the 2-core build machine the 215 MB bundle packs at level 1 in 25-45 s to
#: 77 MB, at level 3 in ~85 s to 75 MB, at level 6 in 90-165 s to 70 MB
#: (LOCALEX_DEB_XZ_LEVEL=6 for the smallest). gzip (92 MB) and zstd (not read by every
#: dpkg) were the alternatives.
XZ_LEVEL = "1"


class DebError(Exception):
    """The package cannot be built as asked; the message says why."""


@dataclass(frozen=True)
class Requirements:
    glibc: tuple[int, ...]
    depends: list[str]  # dependency expressions, sorted
    system_libs: dict[str, list[str]]  # soname -> files of the bundle that need it


def debian_version(version: str) -> str:
    """PEP 440 to Debian: 0.2.0 stays, 0.3.0rc1 -> 0.3.0~rc1, 0.3.0.dev2 -> 0.3.0~dev2."""
    return re.sub(r"\.?((?:a|b|rc|dev)\d*)", r"~\1", version, count=1)


def requirements(bundle: Path) -> Requirements:
    """What the system must provide for the bundle: the C library and the packages."""
    needs = elfdeps.read_all(elfdeps.elf_files(bundle))
    carried = {p.name for p in bundle.rglob("*") if p.is_file() or p.is_symlink()}
    system: dict[str, list[str]] = {}
    for item in needs:
        for soname in item.needed:
            if soname not in carried:
                system.setdefault(soname, []).append(str(item.path.relative_to(bundle)))
    unknown = sorted(s for s in system if s not in LIBC and s not in SYSTEM_PACKAGES)
    if unknown:
        lines = [f"{s} (needed by {system[s][0]})" for s in unknown]
        raise DebError(
            "the bundle needs system libraries packaging/deb_package.py does not know; add "
            "them to SYSTEM_PACKAGES (or leave the file that needs them out of the build):\n  "
            + "\n  ".join(lines)
        )
    found = elfdeps.highest_version(needs, "GLIBC", LIBC)
    glibc = found[0] if found else (2, 17)
    depends = {SYSTEM_PACKAGES[s] for s in system if s in SYSTEM_PACKAGES}
    if "libstdc++6" in depends:
        cxx = elfdeps.highest_version(needs, "GLIBCXX", {"libstdc++.so.6"})
        if cxx and len(cxx[0]) == 3 and cxx[0][2] in GLIBCXX_GCC:
            depends.discard("libstdc++6")
            depends.add(f"libstdc++6 (>= {GLIBCXX_GCC[cxx[0][2]]})")
    return Requirements(glibc=glibc, depends=sorted(depends), system_libs=system)


def deb_name(version: str, arch: str = "amd64") -> str:
    return f"{APP}_{debian_version(version)}_{arch}.deb"


def _control(version: str, arch: str, req: Requirements, installed_kib: int) -> str:
    maintainer = os.environ.get(
        "LOCALEX_DEB_MAINTAINER", "LocalEx Desktop contributors <maintainers@localex.invalid>"
    )
    glibc = ".".join(map(str, req.glibc))
    return (
        f"Package: {APP}\n"
        f"Version: {debian_version(version)}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Pre-Depends: libc6 (>= {glibc})\n"
        f"Depends: {', '.join(req.depends)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: ledger and directory for local exchange trading systems\n"
        " LocalEx Desktop is the coordinator's program of a local exchange trading\n"
        " system (LETS, timebank, mutual credit): members, offers and wants, trades,\n"
        " a double-entry ledger, statements, exports and backups.\n"
        " .\n"
        " It ships its own PostgreSQL server and keeps each user's data in\n"
        " ~/.local/share/localex; it can also use a shared PostgreSQL server.\n"
        " Removing the package leaves every user's data, settings and backups.\n"
    )


def _shell_function(script: Path, name: str = "stop_lingering") -> str:
    """``name() { … }`` as the archive's own script writes it (one text for both)."""
    text = script.read_text(encoding="utf-8")
    start = text.index(f"{name}() {{")
    return text[start : text.index("\n}\n", start) + 2]


#: the built-in servers left up after the last program (db/server_users.py): each one's
#: watcher is given the deadline "now" (it stops the server if nobody uses it); the guard
#: waits for them
STOP_LINGERING = _shell_function(Path(__file__).with_name("linux") / "uninstall.sh")

#: refuse to replace or remove the files of a running program (it reads them lazily)
_GUARD = f"""#!/bin/sh
# {APP}: refuse to {{what}} the program while it (or its database server) runs from it.
set -e
{STOP_LINGERING}
case "$1" in
    {{cases}})
        [ -d /{PREFIX} ] && stop_lingering /{PREFIX}
        if [ -d /{PREFIX} ] &&
            ls -l /proc/[0-9]*/exe 2>/dev/null | grep -qF -- "-> /{PREFIX}/"; then
            echo "LocalEx Desktop is running from /{PREFIX} (a window, a localex command or its" >&2
            echo "database server). Ask every user to close it, then try again." >&2
            exit 1
        fi
        ;;
esac
exit 0
"""


def _copyright() -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {APP}\n\n"
        "Files: *\n"
        "Copyright: LocalEx Desktop contributors\n"
        "License: AGPL-3.0-or-later\n"
        " The program is free software under the GNU Affero General Public License,\n"
        " version 3 or later. /opt/localex-desktop/_internal also holds, under their\n"
        " own licences: Python (PSF), Qt 6 and PySide6 (LGPL-3.0), PostgreSQL\n"
        " (PostgreSQL licence), SQLAlchemy, alembic, psycopg (LGPL-3.0), cryptography,\n"
        " bcrypt, openpyxl and the libraries they load.\n"
    )


def make_deb(
    bundle: Path,
    icons: Path,
    desktop_file: Path,
    version: str,
    stage_root: Path,
    out_dir: Path,
    arch: str = "amd64",
) -> tuple[Path, Requirements]:
    """Stage the package tree under ``stage_root`` and build it with dpkg-deb."""
    dpkg_deb = shutil.which("dpkg-deb")
    if dpkg_deb is None:
        raise DebError("dpkg-deb is not installed (Debian/Ubuntu: apt install dpkg)")
    req = requirements(bundle)
    stage = stage_root / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / PREFIX
    shutil.copytree(bundle, opt, symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in (APP, "localex"):
        (bin_dir / name).symlink_to(f"/{PREFIX}/{name}")
    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(desktop_file, share / "applications" / f"{APP}.desktop")
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    doc = share / "doc" / APP
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(_copyright())
    with gzip.open(doc / "changelog.gz", "wt", compresslevel=9) as fh:
        fh.write(f"{APP} ({debian_version(version)}) see docs/admin/install.md\n")
    _normalise_modes(stage)
    installed = sum(p.lstat().st_size for p in stage.rglob("*") if not p.is_dir())
    debian = stage / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(_control(version, arch, req, -(-installed // 1024)))
    guards = {"preinst": ("replace", "install|upgrade"), "prerm": ("remove", "remove|upgrade")}
    for script, (what, cases) in guards.items():
        (debian / script).write_text(_GUARD.replace("{what}", what).replace("{cases}", cases))
        (debian / script).chmod(0o755)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / deb_name(version, arch)
    target.unlink(missing_ok=True)
    level = os.environ.get("LOCALEX_DEB_XZ_LEVEL", XZ_LEVEL)
    subprocess.run(
        [dpkg_deb, "--root-owner-group", "-Zxz", f"-z{level}", "--build", str(stage), str(target)],
        check=True,
        capture_output=True,
        text=True,
    )
    shutil.rmtree(stage)
    return target, req


def _normalise_modes(stage: Path) -> None:
    """0755 for folders and programs, 0644 for the rest: what dpkg installs is what it has."""
    for path in [stage, *stage.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & 0o111
            path.chmod(0o755 if executable else 0o644)


def describe(deb: Path) -> str:
    """dpkg-deb --info of the package (the control file), for the build log and the test."""
    return subprocess.run(
        ["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True
    ).stdout


def contents(deb: Path) -> list[str]:
    """The paths in the package, as dpkg-deb --contents lists them (./opt/…)."""
    out = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    return [line.split(None, 5)[-1] for line in out.splitlines() if line.strip()]
