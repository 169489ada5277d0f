#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Set TalaGov up on a fresh Debian/Ubuntu machine (Python >= 3.11), then:
#   packaging/bootstrap.sh demo   open TalaGov on a demo cooperative
#   packaging/bootstrap.sh test   run the linters, the type checker and the tests
# Installs missing system packages with apt when run as root; otherwise prints the
# exact command to run. Everything Python goes into ./.venv.
set -eu

cd "$(dirname "$0")/.."
MODE="${1:-}"
case "$MODE" in
  demo|test) ;;
  *) echo "usage: $0 demo|test" >&2; exit 2 ;;
esac

PY="${PYTHON:-python3}"
if ! command -v "$PY" >/dev/null 2>&1; then
  echo "Python 3.11 or newer is needed: apt-get install -y python3 python3-venv" >&2
  exit 1
fi
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "TalaGov needs Python 3.11 or newer; found $("$PY" --version 2>&1)." >&2
  exit 1
fi

# --- system packages ---------------------------------------------------------
missing=""
need_pkg() { missing="$missing $1"; }
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }

# python3 -m venv needs ensurepip, which Debian ships separately.
if [ ! -x .venv/bin/python ] && ! "$PY" -c 'import ensurepip' >/dev/null 2>&1; then
  ver=$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  if command -v apt-cache >/dev/null 2>&1 && apt-cache show "python$ver-venv" >/dev/null 2>&1; then
    need_pkg "python$ver-venv"
  else
    need_pkg python3-venv
  fi
fi
# Qt's libraries (offscreen and real windows); see shared tech notes.
have_lib libGL.so.1 || need_pkg libgl1
have_lib libEGL.so.1 || need_pkg libegl1
have_lib libxkbcommon.so.0 || need_pkg libxkbcommon0
have_lib libfontconfig.so.1 || need_pkg libfontconfig1
have_lib libglib-2.0.so.0 || need_pkg libglib2.0-0
have_lib libdbus-1.so.3 || need_pkg libdbus-1-3
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_pkg fonts-dejavu-core
if [ "$MODE" = test ]; then
  # The PDF tests read text and fonts with poppler (pdftotext, pdffonts).
  command -v pdftotext >/dev/null 2>&1 || need_pkg poppler-utils
  # The shared-folder test with a real sync engine runs two Syncthing daemons on
  # 127.0.0.1 (tests/sync/test_syncthing.py); without Syncthing it is skipped, not failed.
  if ! command -v syncthing >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      need_pkg syncthing
    else
      echo "Syncthing is not installed: the real-engine sync test will be skipped" \
        "(to run it: sudo apt-get install -y syncthing)." >&2
    fi
  fi
fi
if [ "$MODE" = demo ]; then
  have_lib libxcb-cursor.so.0 || need_pkg libxcb-cursor0
  have_lib libxkbcommon-x11.so.0 || need_pkg libxkbcommon-x11-0
  have_lib libxcb-icccm.so.4 || need_pkg libxcb-icccm4
  have_lib libxcb-image.so.0 || need_pkg libxcb-image0
  have_lib libxcb-keysyms.so.1 || need_pkg libxcb-keysyms1
  have_lib libxcb-render-util.so.0 || need_pkg libxcb-render-util0
  have_lib libxcb-shape.so.0 || need_pkg libxcb-shape0
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
  else
    echo "Missing system packages. Run:" >&2
    echo "  sudo apt-get install -y --no-install-recommends$missing" >&2
    exit 1
  fi
fi

# --- Python environment -------------------------------------------------------
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"

if [ "$MODE" = demo ]; then
  DATA="${XDG_DATA_HOME:-$HOME/.local/share}/TalaGov"
  DB="${TALAGOV_DEMO_DB:-$DATA/demo.sqlite}"
  mkdir -p "$(dirname "$DB")"
  if [ -s "$DB" ]; then
    exec .venv/bin/talagov --db "$DB" gui
  fi
  exec .venv/bin/talagov demo --db "$DB"
fi

# --- tests ----------------------------------------------------------------------
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check talagov tests migrations
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
# One worker per core (pytest-xdist); worksteal evens out the few long tests.
exec .venv/bin/python -m pytest -q -n auto --dist worksteal
