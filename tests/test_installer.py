"""The PyInstaller build (installer.spec) produces a Booth that runs on its own.

Builds once per session into a temporary folder, then drives the frozen executable:
its version, its offscreen self-test, and a few commands that need what PyInstaller
cannot see by itself (Alembic migrations loaded from files, pycountry's data, the
tzdata time zones).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import booth_app

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer.spec"
BUILD_TIMEOUT = 15 * 60  # a cold build takes about a minute on 2 cores; this only stops a hang
EXE_NAME = "booth.exe" if sys.platform == "win32" else "booth"


class Build:
    def __init__(self, exe: Path, seconds: float, log: str) -> None:
        self.exe = exe
        self.folder = exe.parent
        self.seconds = seconds
        self.log = log


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]' brings it)")
    tmp = tmp_path_factory.mktemp("installer")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(tmp / "dist"),
        "--workpath",
        str(tmp / "build"),
        str(SPEC),
    ]
    started = time.monotonic()
    proc = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False
    )
    seconds = time.monotonic() - started
    assert proc.returncode == 0, f"PyInstaller failed:\n{proc.stdout[-3000:]}{proc.stderr[-6000:]}"
    exe = tmp / "dist" / "booth" / EXE_NAME
    assert exe.is_file(), f"no executable at {exe}"
    print(f"\ninstaller build: {seconds:.0f} s, {folder_size(exe.parent) / 1e6:.0f} MB")
    return Build(exe, seconds, proc.stderr)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The frozen app's environment: its data and log folders inside tmp_path."""
    env = {k: v for k, v in os.environ.items() if k != "BOOTH_DB"}
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        env[var] = str(tmp_path / var.lower())
    if sys.platform == "win32":
        env["LOCALAPPDATA"] = str(tmp_path / "localappdata")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(build: Build, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(build.exe), *args],
        cwd=build.folder.parent,  # not the repository: nothing may come from the checkout
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_version(build: Build, env: dict[str, str]) -> None:
    proc = run(build, env, "--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"booth {booth_app.__version__}"


def test_selftest_opens_database_and_window(
    build: Build, env: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "self.sqlite"
    proc = run(build, env, "--db", str(target), "--selftest")
    assert proc.returncode == 0, f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    assert target.is_file() and target.stat().st_size > 0


def test_migrations_countries_and_time_zones_are_bundled(
    build: Build, env: dict[str, str], tmp_path: Path
) -> None:
    target = str(tmp_path / "cli.sqlite")
    # An empty PYTHONTZPATH hides the system's zoneinfo: time zones must come from
    # the bundled tzdata, as on Windows.
    env = {**env, "PYTHONTZPATH": ""}
    proc = run(
        build, env, "--db", target, "--json", "init", "--event", "Arab Health",
        "--start", "2027-01-25", "--end", "2027-01-28", "--timezone", "Asia/Dubai",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["event"]["timezone"] == "Asia/Dubai"

    proc = run(
        build, env, "--db", target, "--json", "exhibitors", "add", "--code", "A1",
        "--name", "PT Alat Medika", "--country", "Indonesia",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["exhibitor"]["country"] == "ID"

    proc = run(build, env, "--db", target, "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_user_mistake_is_a_message_not_a_traceback(build: Build, env: dict[str, str]) -> None:
    proc = run(build, env, "no-such-command")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_bundle_leaves_out_unused_heavy_modules(build: Build) -> None:
    internal = build.folder / "_internal"
    names = [p.name for p in internal.rglob("*")]
    for unwanted in ("QtWebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "tkinter", "_pytest"):
        assert not [n for n in names if unwanted in n], f"{unwanted} is in the bundle"
    assert (internal / "resources").is_dir()
    assert (internal / "db" / "env.py").is_file()
    assert list((internal / "db" / "versions").glob("*.py"))
