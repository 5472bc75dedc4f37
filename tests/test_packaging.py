"""The .deb's dependencies, worked out from the build (packaging/deb_package.py, elfdeps.py).

The package itself is built and installed on a clean Debian 12 root by
``make package-test-clean``; these are the rules behind it, quick enough for every run.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from localex_desktop import preflight

PACKAGING = Path(__file__).resolve().parent.parent / "packaging"


@pytest.fixture(scope="module")
def deb() -> ModuleType:
    sys.path.insert(0, str(PACKAGING))
    try:
        return importlib.import_module("deb_package")
    finally:
        sys.path.remove(str(PACKAGING))


def test_versions_become_debian_versions(deb: ModuleType) -> None:
    assert deb.debian_version("0.2.0") == "0.2.0"
    assert deb.debian_version("0.3.0rc1") == "0.3.0~rc1"  # sorts before 0.3.0, as in PEP 440
    assert deb.debian_version("0.3.0.dev2") == "0.3.0~dev2"
    assert deb.deb_name("0.2.0") == "localex-desktop_0.2.0_amd64.deb"


def test_the_package_and_the_preflight_name_the_same_packages(deb: ModuleType) -> None:
    """What the .deb depends on is what the program tells people to install."""
    apt = preflight.PACKAGES["apt"]
    for soname, depends in deb.SYSTEM_PACKAGES.items():
        if soname in apt:
            alternatives = [part.split()[0] for part in depends.split("|")]
            assert apt[soname] in alternatives, soname


def _compile(tmp: Path, name: str, source: str, *libs: str) -> Path:
    src = tmp / f"{name}.c"
    src.write_text(source)
    out = tmp / name
    cmd = ["gcc", "-shared", "-fPIC", f"-Wl,-soname,{name}", "-o", str(out), str(src)]
    subprocess.run([*cmd, "-Wl,--no-as-needed", *libs], check=True)
    return out


@pytest.mark.skipif(not shutil.which("gcc"), reason="needs gcc")
def test_the_dependencies_come_from_the_files(deb: ModuleType, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle" / "_internal"
    bundle.mkdir(parents=True)
    own = _compile(bundle, "libown.so.1", "int own(void) { return 1; }\n")
    _compile(
        bundle,
        "libuser.so",
        "#include <math.h>\nint own(void);\ndouble f(double x) { return cos(x) + own(); }\n",
        "-lm",
        str(own),
    )
    req = deb.requirements(bundle.parent)
    assert "libm.so.6" in req.system_libs and "libown.so.1" not in req.system_libs
    assert req.glibc >= (2, 2) and req.depends == []  # libm is the C library's

    weird = _compile(tmp_path, "libweird.so.7", "int w(void) { return 2; }\n")
    _compile(bundle, "libneedsweird.so", "int w(void);\nint g(void) { return w(); }\n", str(weird))
    with pytest.raises(deb.DebError, match=r"libweird\.so\.7"):
        deb.requirements(bundle.parent)


def test_every_installer_stops_a_lingering_server_the_same_way(deb: ModuleType) -> None:
    """install.sh, uninstall.sh and the .deb's guards share one stop_lingering()."""
    linux = Path(deb.__file__).with_name("linux")
    install = deb._shell_function(linux / "install.sh")
    assert install == deb._shell_function(linux / "uninstall.sh") == deb.STOP_LINGERING
    guard = deb._GUARD.replace("{what}", "remove").replace("{cases}", "remove|upgrade")
    assert install in guard and "stop_lingering /opt/localex-desktop" in guard
    assert subprocess.run(["sh", "-n"], input=guard, text=True, check=False).returncode == 0
