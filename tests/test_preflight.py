"""The check before Qt loads: missing system libraries named with the install line."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from localex_desktop import preflight

DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n'
UBUNTU = 'ID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\n'
FEDORA = "ID=fedora\nVERSION_ID=40\n"
MINT = 'ID=linuxmint\nID_LIKE="ubuntu debian"\n'


@pytest.mark.parametrize(
    ("text", "family"),
    [(DEBIAN, "apt"), (UBUNTU, "apt"), (MINT, "apt"), (FEDORA, "dnf"), ("ID=plan9\n", None)],
)
def test_the_distribution_family(text: str, family: str | None) -> None:
    assert preflight.distribution_family(text) == family


def test_what_ldd_could_not_find() -> None:
    out = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f5f)\n"
    )
    assert preflight.missing_in(out) == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]


def test_the_report_names_the_packages_and_the_command() -> None:
    report = preflight.Report(["libxcb-cursor.so.0", "libxcb-icccm.so.4"], "apt")
    assert not report.ok
    assert report.install_line() == "sudo apt install libxcb-cursor0 libxcb-icccm4"
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in report.text()
    unknown = preflight.Report(["libweird.so.9"], "apt")
    assert unknown.install_line() is None and "libweird.so.9" in unknown.text()


def test_an_old_c_library_is_named() -> None:
    report = preflight.Report([], "apt", glibc=(2, 35), glibc_floor=(2, 36))
    assert not report.ok
    assert "2.36 or newer; this system has 2.35" in report.text()


def test_only_an_x11_screen_needs_the_check() -> None:
    assert preflight.uses_x11({"DISPLAY": ":0"})
    assert not preflight.uses_x11({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert preflight.uses_x11({"QT_QPA_PLATFORM": "xcb"})
    wayland = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert not preflight.uses_x11(wayland)
    assert not preflight.uses_x11({})


@pytest.mark.skipif(not shutil.which("gcc") or not shutil.which("ldd"), reason="needs gcc, ldd")
def test_a_real_library_with_a_missing_dependency(tmp_path: Path) -> None:
    """A plugin-like library linked against a library that is then taken away."""
    stub = tmp_path / "liblocalex-absent.so.0"
    src = tmp_path / "stub.c"
    src.write_text("int xcb_cursor_stub(void) { return 1; }\n")
    soname = "-Wl,-soname,liblocalex-absent.so.0"
    subprocess.run(["gcc", "-shared", "-fPIC", soname, "-o", str(stub), str(src)], check=True)
    plugin = tmp_path / "libqfake.so"
    user = tmp_path / "user.c"
    user.write_text("int xcb_cursor_stub(void);\nint f(void) { return xcb_cursor_stub(); }\n")
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-o", str(plugin), str(user), str(stub), "-Wl,--no-as-needed"],
        check=True,
    )
    stub.unlink()
    report = preflight.check([plugin])
    assert report.missing == ["liblocalex-absent.so.0"]
    assert "liblocalex-absent.so.0" in report.text()


def test_this_machine_passes_and_the_launcher_checks_first(tmp_path: Path) -> None:
    assert preflight.main() == 0  # the test machine has every library
    done = subprocess.run(
        [sys.executable, "-m", "localex_desktop.preflight"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "all there" in done.stdout
    code = (
        "import sys, localex_desktop.preflight, localex_desktop.launch; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_frozen_build_reads_its_own_c_library_floor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """packaging/build.py writes GLIBC_FLOOR beside the programs; _internal is _MEIPASS."""
    internal = tmp_path / "_internal"
    internal.mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    assert preflight.frozen_glibc_floor() == preflight.FROZEN_GLIBC_FLOOR  # not written
    (tmp_path / "GLIBC_FLOOR").write_text("2.35\n")
    assert preflight.frozen_glibc_floor() == (2, 35)
    monkeypatch.setattr(preflight, "glibc_version", lambda: (2, 31))
    report = preflight.check([], frozen=True)
    if sys.platform.startswith("linux"):
        assert report.glibc_too_old and "2.35 or newer; this system has 2.31" in report.text()


def test_the_desktops_tools_run_without_the_frozen_builds_libraries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A zenity started from the packaged program must not load our copies of libraries."""
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/localex-desktop/_internal")
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)
    assert preflight.system_env()["LD_LIBRARY_PATH"] == "/opt/localex-desktop/_internal"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert "LD_LIBRARY_PATH" not in preflight.system_env()
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    assert preflight.system_env()["LD_LIBRARY_PATH"] == "/usr/local/lib"


def test_check_system_reports_without_starting_qt() -> None:
    """`localex-desktop --check-system`: the packaged program's `-m preflight`."""
    code = (
        "import sys, localex_desktop.launch as l; rc = l.main(['--check-system']); "
        "print(rc, any(m.startswith('PySide6') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split()[-2:] == ["0", "False"]
    assert "all there" in done.stdout


def test_no_screen_is_said_in_the_programs_words() -> None:
    """Started over ssh without -X, or with DISPLAY naming a screen nobody serves: the
    program's own sentence, never Qt's "could not connect to display … Aborted"."""
    said = preflight.display_problem({})
    assert said is not None and "DISPLAY is not set" in said and "localex" in said
    gone = preflight.display_problem({"DISPLAY": ":987"})  # no X server on :987
    assert gone is not None and "no X server answers" in gone and ":987" in gone
    assert preflight.display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert preflight.display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None


def test_a_listening_x_socket_is_a_screen() -> None:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    name = f"\0/tmp/.X11-unix/X{os.getpid() % 50000 + 10000}"  # abstract: as in a container
    server.bind(name)
    server.listen(1)
    try:
        assert preflight.display_problem({"DISPLAY": f":{name.rsplit('X', 1)[1]}.0"}) is None
    finally:
        server.close()


def test_the_gui_without_a_screen_exits_with_its_message() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "localex_desktop.launch"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "no screen to open its window on" in done.stderr
    assert "Aborted" not in done.stderr and "qt.qpa" not in done.stderr
