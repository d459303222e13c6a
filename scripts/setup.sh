#!/usr/bin/env bash
# Booth setup, from a fresh clone to a working app or a green test run.
#
#   bash scripts/setup.sh app            install everything, open the demo pavilion
#   bash scripts/setup.sh test [ARGS]    install test needs, run ruff and the whole suite
#                                        (ARGS go to pytest: bash scripts/setup.sh test -k foo)
#
# Safe to run again: what is already there is kept. System packages are installed
# on Debian/Ubuntu when running as root or through sudo; otherwise the exact
# command is printed. PYTHON=/path/to/python3.x picks the interpreter for .venv.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"

say() { printf '==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
warn() { printf 'setup: %s\n' "$*" >&2; }
die() {
    printf 'setup: %s\n' "$*" >&2
    exit 1
}

usage() {
    cat <<'EOF'
usage: bash scripts/setup.sh app          install everything, open the demo pavilion
       bash scripts/setup.sh test [ARGS]  install test needs, run ruff and pytest (ARGS to pytest)
EOF
}

MODE=${1:-}
case "$MODE" in
app | test) shift ;;
-h | --help | help)
    usage
    exit 0
    ;;
*)
    usage >&2
    exit 2
    ;;
esac

# System packages (Debian 12 / Ubuntu names). Qt's xcb window needs the xcb and
# xkb libraries; QtMultimedia (the camera) needs libpulse0.
APP_PKGS=(
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-image0
    libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
    libegl1 libgl1 libfontconfig1 libdbus-1-3 libpulse0
)
# Tests also use a virtual screen, PDF-to-PNG, a real CUPS queue writing PDFs and
# a PostgreSQL server (the tests start their own cluster as an ordinary user).
TEST_PKGS=(xvfb xauth poppler-utils cups printer-driver-cups-pdf postgresql)

# ---------------------------------------------------------------- privileges
IS_ROOT=0
[ "$(id -u)" -eq 0 ] && IS_ROOT=1

# Root, or sudo that can ask (a terminal) or needs no password.
can_root() {
    [ "$IS_ROOT" -eq 1 ] && return 0
    command -v sudo >/dev/null 2>&1 || return 1
    sudo -n true 2>/dev/null && return 0
    [ -t 0 ]
}

as_root() {
    if [ "$IS_ROOT" -eq 1 ]; then
        "$@"
    else
        sudo "$@"
    fi
}

# ---------------------------------------------------------------- python
py_ok() { # usable interpreter, 3.11 or newer
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

py_version() { "$1" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null; }

find_python() {
    local candidate path
    if [ -n "${PYTHON:-}" ]; then
        py_ok "$PYTHON" || die "PYTHON=$PYTHON is not a working Python 3.11 or newer."
        command -v "$PYTHON"
        return 0
    fi
    # `command -v` is not enough: pyenv shims exist for versions that are not active.
    for candidate in python3.13 python3.12 python3.11 python3; do
        path=$(command -v "$candidate" 2>/dev/null) || continue
        if py_ok "$path"; then
            echo "$path"
            return 0
        fi
    done
    return 1
}

venv_ok() { # the existing .venv runs a Python 3.11+
    [ -x "$VENV/bin/python" ] && py_ok "$VENV/bin/python"
}

# ---------------------------------------------------------------- system packages
is_debian() { command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; }

installed() { # (no `| grep -q`: with pipefail an early grep exit can fail the pipe)
    local status
    status=$(dpkg -s "$1" 2>/dev/null) || return 1
    [[ $status == *"Status: install ok installed"* ]]
}

apt_install() { # apt_install PKG...; output only on failure
    local log
    log=$(mktemp)
    if as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$log" 2>&1 &&
        as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends "$@" >>"$log" 2>&1; then
        rm -f "$log"
        return 0
    fi
    tail -n 30 "$log" >&2
    rm -f "$log"
    return 1
}

non_debian_hint() {
    case "$(uname -s)" in
    Darwin)
        note "macOS: nothing to install from the system; Qt comes with the PySide6 wheels."
        ;;
    Linux)
        note "Not a Debian/Ubuntu system: install these with your package manager if missing:"
        note "  Qt xcb: xcb-util-cursor, xcb-util-wm (icccm), xcb-util-keysyms, xcb-util-image,"
        note "  xcb-util-renderutil, libxkbcommon-x11, EGL/GL (mesa), fontconfig, dbus, libpulse"
        if [ "$MODE" = test ]; then
            note "  tests: Xvfb, xauth, poppler-utils, CUPS with cups-pdf, PostgreSQL server"
        fi
        note "  (Fedora: sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms" \
            "xcb-util-image xcb-util-renderutil libxkbcommon-x11 mesa-libEGL mesa-libGL" \
            "fontconfig dbus-libs pulseaudio-libs)"
        ;;
    *)
        note "$(uname -s): no system packages checked."
        ;;
    esac
}

# ensure_packages PKG... -> 0 when all present (or installed now), 1 otherwise
ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        installed "$pkg" || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        note "system packages: all present"
        return 0
    fi
    say "Missing system packages: ${missing[*]}"
    if can_root; then
        if apt_install "${missing[@]}"; then
            note "installed: ${missing[*]}"
            return 0
        fi
        warn "apt-get install failed (output above)."
    else
        warn "not root and no usable sudo: cannot install them myself."
    fi
    printf '\n  sudo apt-get install --no-install-recommends %s\n\n' "${missing[*]}" >&2
    return 1
}

# ---------------------------------------------------------------- CUPS (test mode)
cupsd_bin() {
    command -v cupsd 2>/dev/null || { [ -x /usr/sbin/cupsd ] && echo /usr/sbin/cupsd; }
}

cups_running() {
    local answer
    answer=$(LC_ALL=C lpstat -r 2>/dev/null) || true
    [[ $answer == *"scheduler is running"* ]]
}

setup_cups() {
    local daemon ppd i out
    daemon=$(cupsd_bin) || true
    if [ -z "$daemon" ] || ! command -v lpstat >/dev/null 2>&1; then
        note "CUPS: not installed; print tests will skip."
        return 0
    fi
    if ! cups_running; then
        if ! can_root; then
            note "CUPS: scheduler not running and no root/sudo to start it; print tests will skip."
            return 0
        fi
        say "Starting the CUPS scheduler ($daemon)"
        as_root "$daemon" || {
            warn "cupsd did not start; print tests will skip."
            return 0
        }
        for i in 1 2 3 4 5 6 7 8 9 10; do
            cups_running && break
            sleep 0.5
        done
        cups_running || {
            warn "cupsd started but does not answer; print tests will skip."
            return 0
        }
    fi
    if lpstat -v Booth_PDF >/dev/null 2>&1; then
        note "CUPS: running, queue Booth_PDF present"
        return 0
    fi
    if ! can_root; then
        note "CUPS: no Booth_PDF queue and no root/sudo to add it; print tests will skip."
        return 0
    fi
    # The cups-pdf driver: prefer the optimising PPD, take any cups-pdf one otherwise.
    ppd=$(lpinfo -m 2>/dev/null | awk '{print $1}' | grep -i 'cups-pdf' | sort -r | head -n 1) || true
    if [ -z "$ppd" ]; then
        note "CUPS: no cups-pdf driver (printer-driver-cups-pdf); print tests will skip."
        return 0
    fi
    if out=$(as_root lpadmin -p Booth_PDF -v cups-pdf:/ -E -m "$ppd" 2>&1); then
        note "CUPS: added queue Booth_PDF ($ppd)"
    else
        warn "could not add the Booth_PDF queue: $out"
    fi
}

# ---------------------------------------------------------------- steps
say "Booth setup ($MODE) in $ROOT"

PY=""
NEED_VENV=1
if venv_ok; then
    NEED_VENV=0
    note "reusing .venv (Python $(py_version "$VENV/bin/python"))"
else
    if ! PY=$(find_python); then
        found=""
        for candidate in python3 python; do
            path=$(command -v "$candidate" 2>/dev/null) || continue
            found="$(py_version "$path") at $path"
            break
        done
        die "Booth needs Python 3.11 or newer${found:+ (found $found)}. Install it" \
            "(Debian 12 and Ubuntu 24.04: python3; otherwise python.org, Homebrew or pyenv)" \
            "and run this again, or point PYTHON= at one."
    fi
    note "Python $(py_version "$PY") at $PY"
fi

# Does `python -m venv` work with that interpreter? (Debian splits it into a package.)
VENV_PKG=()
if [ "$NEED_VENV" -eq 1 ] && is_debian; then
    probe=$(mktemp -d)
    if ! "$PY" -m venv "$probe/v" >/dev/null 2>&1; then
        pyver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
        sysver=$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' \
            2>/dev/null || true)
        if [ "$pyver" = "$sysver" ]; then VENV_PKG=(python3-venv); else VENV_PKG=("python$pyver-venv"); fi
    fi
    rm -rf "$probe"
fi

say "Checking system packages"
if is_debian; then
    if [ "$MODE" = app ]; then
        ensure_packages "${APP_PKGS[@]}" ${VENV_PKG[@]+"${VENV_PKG[@]}"} ||
            die "install the packages above, then run this again."
    else
        ensure_packages "${APP_PKGS[@]}" "${TEST_PKGS[@]}" ${VENV_PKG[@]+"${VENV_PKG[@]}"} ||
            warn "continuing without them: tests that need them will skip."
    fi
else
    non_debian_hint
fi

if [ "$NEED_VENV" -eq 1 ]; then
    if [ -e "$VENV" ]; then
        warn ".venv exists but its Python does not work; creating it again."
        rm -rf "$VENV"
    fi
    say "Creating .venv"
    "$PY" -m venv "$VENV" || die "could not create .venv with $PY (on Debian/Ubuntu: python3-venv)."
fi

# pip only when pyproject.toml changed since the last successful install for this mode
# (a test install covers the app too).
if [ "$MODE" = test ]; then EXTRAS=".[test]"; else EXTRAS="."; fi
hash=$(cksum <pyproject.toml | awk '{print $1}')
stamp_ok() { [ -f "$VENV/.booth-$1" ] && [ "$(cat "$VENV/.booth-$1")" = "$hash $ROOT" ]; }
if stamp_ok "$MODE" || { [ "$MODE" = app ] && stamp_ok test; }; then
    note "Python packages: up to date"
else
    say "Installing Booth into .venv (pip install -e '$EXTRAS'; the first time takes minutes)"
    # pip's output is kept in a log and shown only when it fails.
    piplog="$VENV/pip-install.log"
    if ! "$VENV/bin/python" -m pip install -q -e "$EXTRAS" >"$piplog" 2>&1; then
        grep -v "^WARNING: Location '.*' is ignored" "$piplog" | tail -n 40 >&2
        die "pip install failed (output above; the whole log is in $piplog)."
    fi
    echo "$hash $ROOT" >"$VENV/.booth-$MODE"
fi

# The window's translations: .qm files built from the .ts files kept in the repository.
say "Building translations (scripts/translations.py build)"
"$VENV/bin/python" scripts/translations.py build >/dev/null ||
    die "building the translations failed (pyside6-lrelease; output above)."
note "translations: $(ls resources/translations/*.qm 2>/dev/null | wc -l | tr -d ' ') .qm files"

# ---------------------------------------------------------------- app
if [ "$MODE" = app ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        say "No display (\$DISPLAY and \$WAYLAND_DISPLAY are empty): checking the app offscreen"
        if "$VENV/bin/booth" --selftest; then
            note "self-test passed: database and window work."
            note "To open the demo pavilion on a machine with a screen:"
            note "  .venv/bin/booth gui --demo      (staff PIN 1234, coordinator PIN 9999)"
            exit 0
        fi
        die "self-test failed (see above)."
    fi
    say "Opening the demo pavilion (staff PIN 1234, coordinator PIN 9999)"
    note "next time: .venv/bin/booth gui --demo"
    exec "$VENV/bin/booth" gui --demo
fi

# ---------------------------------------------------------------- test
if [ "$(uname -s)" = Linux ]; then
    setup_cups
fi

say "ruff check ."
lint=0
"$VENV/bin/ruff" check -q . || lint=$?
[ "$lint" -eq 0 ] && note "ruff: clean"

say "pytest${*:+ $*}"
status=0
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest -q "$@" || status=$?
if [ "$status" -eq 5 ]; then
    warn "pytest collected no tests: that counts as a failure."
elif [ "$status" -eq 0 ] && [ "$lint" -ne 0 ]; then
    warn "tests passed but ruff found problems (above)."
    status=1
fi
exit "$status"
