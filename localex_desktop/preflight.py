"""Before Qt loads: are the system libraries there that Qt's screen plugin needs?

Without them Qt prints "xcb-cursor0 or libxcb-cursor0 is needed…" and aborts, which a
coordinator cannot act on. This check asks the system's dynamic loader (``ldd``) which
libraries of the bundled Qt's X11 plugin are missing, and says which packages to install
with the exact command for the distribution (apt, dnf, zypper, pacman), before anything
imports Qt. A frozen build also checks the C library's version against the one it was
built with.

No Qt here, and nothing slow: one ``ldd`` run, only when an X11 screen is in use.
Run it by hand with ``python -m localex_desktop.preflight``, or in the packaged program
with ``localex-desktop --check-system`` (what install.sh runs after installing).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from localex_desktop.screen import display_problem

#: the oldest C library a frozen build runs on, when the build did not say (GLIBC_FLOOR)
FROZEN_GLIBC_FLOOR = (2, 36)
#: written by packaging/build.py beside the programs: the highest GLIBC_x.y any file needs
GLIBC_FLOOR_FILE = "GLIBC_FLOOR"

#: shared library → package, per package family (what `ldd` names → what to install)
PACKAGES: dict[str, dict[str, str]] = {
    "apt": {
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-image.so.0": "libxcb-image0",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxcb-randr.so.0": "libxcb-randr0",
        "libxcb-render-util.so.0": "libxcb-render-util0",
        "libxcb-render.so.0": "libxcb-render0",
        "libxcb-shape.so.0": "libxcb-shape0",
        "libxcb-shm.so.0": "libxcb-shm0",
        "libxcb-sync.so.1": "libxcb-sync1",
        "libxcb-util.so.1": "libxcb-util1",
        "libxcb-xfixes.so.0": "libxcb-xfixes0",
        "libxcb-xinerama.so.0": "libxcb-xinerama0",
        "libxcb-xkb.so.1": "libxcb-xkb1",
        "libxcb.so.1": "libxcb1",
        "libX11-xcb.so.1": "libx11-xcb1",
        "libX11.so.6": "libx11-6",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
        "libxkbcommon.so.0": "libxkbcommon0",
        "libEGL.so.1": "libegl1",
        "libGL.so.1": "libgl1",
        "libOpenGL.so.0": "libopengl0",
        "libfontconfig.so.1": "libfontconfig1",
        "libfreetype.so.6": "libfreetype6",
        "libdbus-1.so.3": "libdbus-1-3",
        "libglib-2.0.so.0": "libglib2.0-0",
        "libgthread-2.0.so.0": "libglib2.0-0",
    },
    "dnf": {
        "libxcb-cursor.so.0": "xcb-util-cursor",
        "libxcb-icccm.so.4": "xcb-util-wm",
        "libxcb-image.so.0": "xcb-util-image",
        "libxcb-keysyms.so.1": "xcb-util-keysyms",
        "libxcb-render-util.so.0": "xcb-util-renderutil",
        "libxcb-util.so.1": "xcb-util",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11",
        "libxkbcommon.so.0": "libxkbcommon",
        "libEGL.so.1": "libglvnd-egl",
        "libGL.so.1": "libglvnd-glx",
        "libOpenGL.so.0": "libglvnd-opengl",
        "libfontconfig.so.1": "fontconfig",
        "libdbus-1.so.3": "dbus-libs",
    },
    "zypper": {
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-image.so.0": "libxcb-image0",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxcb-render-util.so.0": "libxcb-render-util0",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
        "libEGL.so.1": "libEGL1",
        "libGL.so.1": "libGL1",
    },
    "pacman": {
        "libxcb-cursor.so.0": "xcb-util-cursor",
        "libxcb-icccm.so.4": "xcb-util-wm",
        "libxcb-image.so.0": "xcb-util-image",
        "libxcb-keysyms.so.1": "xcb-util-keysyms",
        "libxcb-render-util.so.0": "xcb-util-renderutil",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11",
        "libEGL.so.1": "libglvnd",
        "libGL.so.1": "libglvnd",
    },
}

INSTALL = {
    "apt": "sudo apt install {}",
    "dnf": "sudo dnf install {}",
    "zypper": "sudo zypper install {}",
    "pacman": "sudo pacman -S {}",
}


@dataclass
class Report:
    """What is missing, and what to do about it."""

    missing: list[str] = field(default_factory=list)  # library file names
    family: str | None = None  # apt, dnf, zypper, pacman (None: not known)
    glibc: tuple[int, int] | None = None
    glibc_floor: tuple[int, int] | None = None
    display: str | None = None  # why no window can open on any screen (None: one can)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.glibc_too_old and self.display is None

    @property
    def glibc_too_old(self) -> bool:
        return (
            self.glibc is not None
            and self.glibc_floor is not None
            and self.glibc < self.glibc_floor
        )

    def packages(self) -> list[str]:
        names = PACKAGES.get(self.family or "", {})
        return sorted({names.get(lib, lib) for lib in self.missing})

    def install_line(self) -> str | None:
        if not self.missing or self.family is None:
            return None
        known = PACKAGES[self.family]
        if not all(lib in known for lib in self.missing):
            return None
        return INSTALL[self.family].format(" ".join(self.packages()))

    def text(self) -> str:
        lines: list[str] = [self.display] if self.display else []
        if self.glibc_too_old and self.glibc and self.glibc_floor:
            have, need = ".".join(map(str, self.glibc)), ".".join(map(str, self.glibc_floor))
            lines.append(
                f"LocalEx Desktop needs the GNU C library {need} or newer; this system has "
                f"{have}. Install it on a newer system (Debian 12, Ubuntu 24.04 or later), "
                "or run it from source with `make run`."
            )
        if self.missing:
            lines.append(
                "LocalEx Desktop cannot open its window: these system libraries are missing: "
                + ", ".join(self.missing)
                + "."
            )
            line = self.install_line()
            if line:
                lines.append(f"Install them with:\n    {line}")
            else:
                lines.append(
                    "Install the packages of your distribution that provide them "
                    "(the X11 libraries Qt 6 needs), then start the program again."
                )
        return "\n".join(lines)


def distribution_family(os_release: str | None = None) -> str | None:
    """apt, dnf, zypper or pacman, from /etc/os-release (None when it cannot tell)."""
    if os_release is None:
        try:
            os_release = Path("/etc/os-release").read_text(encoding="utf-8")
        except OSError:
            return None
    values: dict[str, str] = {}
    for line in os_release.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            values[key.strip()] = value.strip().strip('"').lower()
    ids = [values.get("ID", ""), *values.get("ID_LIKE", "").split()]
    for ident in ids:
        if ident in ("debian", "ubuntu", "linuxmint", "pop", "raspbian"):
            return "apt"
        if ident in ("fedora", "rhel", "centos", "rocky", "almalinux"):
            return "dnf"
        if ident.startswith(("opensuse", "suse", "sles")):
            return "zypper"
        if ident in ("arch", "manjaro", "endeavouros"):
            return "pacman"
    return None


def missing_in(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` could not find ("libfoo.so.1 => not found")."""
    found = re.findall(r"^\s*(\S+)\s+=>\s+not found", ldd_output, flags=re.MULTILINE)
    return sorted(set(found))


def missing_libraries(libraries: Sequence[Path]) -> list[str]:
    """What the loader cannot find for ``libraries`` (empty without ``ldd``)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    missing: set[str] = set()
    for lib in libraries:
        if not lib.exists():
            continue
        try:
            done = subprocess.run(
                [ldd, str(lib)], capture_output=True, text=True, timeout=20, check=False
            )
        except (OSError, subprocess.SubprocessError):
            continue
        missing.update(missing_in(done.stdout))
    return sorted(missing)


def qt_screen_libraries() -> list[Path]:
    """The bundled Qt's X11 plugin and its Qt library, found without importing Qt."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "PySide6" / "Qt")
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        roots.append(Path(spec.origin).parent / "Qt")
    for root in roots:
        plugin = root / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return [plugin, *sorted((root / "lib").glob("libQt6XcbQpa.so*"))[:1]]
    return []


def frozen_glibc_floor() -> tuple[int, int]:
    """The C library the frozen build needs, as its build measured it (else the default)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        try:
            text = (Path(bundle).parent / GLIBC_FLOOR_FILE).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            text = ""
        match = re.match(r"\s*(\d+)\.(\d+)", text)
        if match:
            return int(match.group(1)), int(match.group(2))
    return FROZEN_GLIBC_FLOOR


def glibc_version() -> tuple[int, int] | None:
    try:
        text = os.confstr("CS_GNU_LIBC_VERSION") or ""
    except (ValueError, OSError, AttributeError):
        return None
    match = re.search(r"(\d+)\.(\d+)", text)
    return (int(match.group(1)), int(match.group(2))) if match else None


def uses_x11(env: dict[str, str] | None = None) -> bool:
    """Will Qt open an X11 connection (the xcb plugin)? Offscreen, Wayland: no."""
    env = dict(os.environ) if env is None else env
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(";")[0].split(":")[0] == "xcb"
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return False
    return bool(env.get("DISPLAY"))


def check(libraries: Sequence[Path] | None = None, *, frozen: bool | None = None) -> Report:
    """The libraries Qt's X11 plugin lacks and, for a frozen build, the C library's age."""
    is_frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    report = Report(family=distribution_family())
    if sys.platform.startswith("linux"):
        report.missing = missing_libraries(
            qt_screen_libraries() if libraries is None else libraries
        )
        if is_frozen:
            report.glibc, report.glibc_floor = glibc_version(), frozen_glibc_floor()
    return report


def system_env() -> dict[str, str]:
    """The environment for the desktop's own tools: without the frozen build's libraries.

    The packaged program's loader puts its ``_internal`` folder first on
    ``LD_LIBRARY_PATH`` (keeping the caller's in ``LD_LIBRARY_PATH_ORIG``); a zenity
    started with that would load our copies of GTK's libraries and may crash.
    """
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original:
            env["LD_LIBRARY_PATH"] = original
        else:
            env.pop("LD_LIBRARY_PATH", None)
    return env


def tell(report: Report) -> None:
    """Print the report, and show it in a window (or a notification) where the desktop can."""
    text = report.text()
    print(text, file=sys.stderr)
    if not os.environ.get("DISPLAY"):
        return
    for tool, args in (
        ("zenity", ["--error", "--title=LocalEx Desktop", "--no-wrap", f"--text={text}"]),
        ("kdialog", ["--title", "LocalEx Desktop", "--error", text]),
        ("xmessage", ["-center", text]),
        ("notify-send", ["--urgency=critical", "--app-name=LocalEx Desktop", "LocalEx", text]),
    ):
        path = shutil.which(tool)
        if path is None:
            continue
        try:
            subprocess.run(
                [path, *args], check=False, timeout=600, capture_output=True, env=system_env()
            )
        except (OSError, subprocess.SubprocessError):
            continue
        return


def gui_can_start(argv: Sequence[str] | None = None) -> bool:
    """True when the window can open; otherwise say why (and how to fix it) first."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--self-check" in args or "--version" in args or "-h" in args or "--help" in args:
        return True  # these need no screen (the self-check draws offscreen)
    display = display_problem()
    if not uses_x11() and display is None:
        return True
    report = check()
    report.display = display
    if report.ok:
        return True
    tell(report)
    return False


def main() -> int:
    """`python -m localex_desktop.preflight` (or `localex-desktop --check-system`).

    0 when the window can open, else 1 with what is missing and the install line.
    """
    report, screen = check(), display_problem()
    if screen:  # about this session (a terminal over ssh), not about the installation
        print(f"Note: {screen}", file=sys.stderr)
    if report.ok:
        print("The system libraries LocalEx Desktop needs are all there.")
        return 0
    print(report.text(), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
