"""The previous release's package, built from its git tag, for the upgrade test.

The previous release is the highest tag ``v<version>`` that is an ancestor of HEAD and
older than the version being built. Its package is built once from that tag's own
sources with that tag's own packaging/build.py and kept under
``<cache>/previous/<commit>/`` (cache: ``LOCALEX_PACKAGE_CACHE``, default build/cache):
its .deb when that release's build made one, else its archive (v0.1.0 had only the
archive). Only the package files are kept; the sources and the build environment go.

Building it costs a PyInstaller run (2–4 minutes on a busy 2-core machine). The build
environment is cheap: when the tag asks for the same dependencies as this tree (its
pyproject's ``dependencies`` and ``package`` extra), a fresh venv gets only the old
program itself (``pip install --no-deps -e``) and sees this tree's installed
dependencies through a .pth file; otherwise it installs the tag's own dependencies.
With a time budget, a build that would not finish in it is stopped and reported, never
waited for.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import site
import subprocess
import sys
import sysconfig
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Release:
    tag: str
    commit: str
    version: tuple[int, ...]


@dataclass(frozen=True)
class Artefact:
    release: Release
    path: Path  # the .deb or the .tar.gz
    built_in: float | None  # seconds, None when it came from the cache

    @property
    def is_deb(self) -> bool:
        return self.path.suffix == ".deb"


class Unavailable(Exception):
    """No previous package can be had (none tagged, no time, the build failed): why."""


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


def _version(text: str) -> tuple[int, ...] | None:
    match = re.fullmatch(r"v?(\d+(?:\.\d+)*)", text.strip())
    return tuple(int(p) for p in match.group(1).split(".")) if match else None


def previous_release(current: str) -> Release | None:
    """The newest tagged release before ``current`` on this branch's history."""
    now = _version(re.sub(r"[^\d.].*$", "", current)) or ()
    best: Release | None = None
    for tag in _git("tag", "--list", "v*", "--merged", "HEAD").splitlines():
        version = _version(tag)
        if version is None or version >= now:
            continue
        if best is None or version > best.version:
            best = Release(tag, _git("rev-list", "-n", "1", tag), version)
    return best


def cache_root() -> Path:
    return Path(os.environ.get("LOCALEX_PACKAGE_CACHE") or ROOT / "build" / "cache")


def cached(release: Release) -> Path | None:
    folder = cache_root() / "previous" / release.commit
    for pattern in ("*.deb", "*.tar.gz"):
        found = sorted(folder.glob(pattern))
        if found:
            return found[-1]
    return None


def _requirements(pyproject: dict[str, object]) -> tuple[list[str], list[str]]:
    project = pyproject.get("project", {})
    assert isinstance(project, dict)
    deps = list(project.get("dependencies", []))
    extras = project.get("optional-dependencies", {})
    package = list(extras.get("package", [])) if isinstance(extras, dict) else []
    return sorted(deps), sorted(package)


def _same_dependencies(src: Path) -> bool:
    with (src / "pyproject.toml").open("rb") as fh:
        theirs = _requirements(tomllib.load(fh))
    with (ROOT / "pyproject.toml").open("rb") as fh:
        ours = _requirements(tomllib.load(fh))
    return theirs == ours


def _run(cmd: list[str], cwd: Path, log: Path, deadline: float | None) -> None:
    """Run cmd, output to log; stop it (its whole process group) at the deadline."""
    with log.open("a") as out:
        out.write(f"$ {' '.join(cmd)}\n")
        out.flush()
        proc = subprocess.Popen(
            cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            timeout = None if deadline is None else max(1.0, deadline - time.monotonic())
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the group this call started, by its id
            proc.wait()
            raise Unavailable("its build did not finish within the time left") from None
    if code != 0:
        tail = log.read_text(errors="replace")[-3000:]
        raise Unavailable(f"`{' '.join(cmd[:3])} …` failed (exit {code}); log {log}:\n{tail}")


def build(release: Release, deadline: float | None = None) -> Artefact:
    """Build the release's package from its tag (see the module docstring)."""
    folder = cache_root() / "previous" / release.commit
    work = folder / "work"
    shutil.rmtree(work, ignore_errors=True)
    src, venv = work / "src", work / "venv"
    src.mkdir(parents=True)
    log = folder / "build.log"
    log.write_text(f"building {release.tag} ({release.commit})\n")
    started = time.monotonic()
    archive = subprocess.Popen(["git", "archive", release.commit], cwd=ROOT, stdout=subprocess.PIPE)
    subprocess.run(["tar", "-x", "-C", str(src)], stdin=archive.stdout, check=True)
    if archive.wait() != 0:
        raise Unavailable(f"git archive {release.commit} failed")
    base_python = getattr(sys, "_base_executable", sys.executable)
    _run([base_python, "-m", "venv", str(venv)], work, log, deadline)
    python = venv / "bin" / "python"
    if _same_dependencies(src):
        purelib = subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        # this tree's dependencies, after the old venv's own site-packages (its pip, and
        # the old program's editable install, come first); .pth files there are not run
        ours = [sysconfig.get_paths()["purelib"], *site.getsitepackages()]
        (Path(purelib) / "zz_localex_build_deps.pth").write_text(
            "\n".join(dict.fromkeys(ours)) + "\n"
        )
        _run(
            [str(python), "-m", "pip", "install", "-q", "--no-deps", "-e", str(src)],
            src,
            log,
            deadline,
        )
    else:
        _run(
            [str(python), "-m", "pip", "install", "-q", "-e", f"{src}[package]"], src, log, deadline
        )
    env_python = str(python)
    _run([env_python, str(src / "packaging" / "build.py")], src, log, deadline)
    found = sorted((src / "dist").glob("*.deb")) or sorted((src / "dist").glob("*.tar.gz"))
    if not found:
        raise Unavailable(f"the build of {release.tag} left no .deb or .tar.gz in {src}/dist")
    target = folder / found[-1].name
    shutil.move(str(found[-1]), target)
    shutil.rmtree(work, ignore_errors=True)
    took = time.monotonic() - started
    with log.open("a") as out:
        out.write(f"built {target.name} in {took:.0f} s\n")
    return Artefact(release, target, took)


def get(current: str, deadline: float | None = None, estimate: float = 360.0) -> Artefact:
    """The previous release's package, from the cache or built now if time allows."""
    release = previous_release(current)
    if release is None:
        raise Unavailable(f"no release tag v* older than {current} on this branch")
    hit = cached(release)
    if hit is not None:
        return Artefact(release, hit, None)
    if deadline is not None and time.monotonic() + estimate > deadline:
        left = max(0, deadline - time.monotonic())
        raise Unavailable(
            f"{release.tag} is not built yet and building it takes about "
            f"{estimate / 60:.0f} min, with {left / 60:.0f} min of the time budget left"
        )
    return build(release, deadline)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "packaging"))
    version = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--print-version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    try:
        artefact = get(version)
    except Unavailable as exc:
        print(f"previous release: {exc}", file=sys.stderr)
        sys.exit(1)
    print(artefact.path)
