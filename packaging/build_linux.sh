#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Build the Linux bundle: PyInstaller one-folder app + desktop integration, as
#   OUTDIR/TalaGov-<version>-linux-<arch>.tar.gz
# usage: packaging/build_linux.sh [OUTDIR]          (default: dist/)
# Environment: PYTHON (default .venv/bin/python, with pyinstaller installed: pip install
# -e '.[dev]'), TALAGOV_BUILD_DIR (PyInstaller's work folder, default build/linux; reusing
# it makes a rebuild faster), SOURCE_DATE_EPOCH (file times in the archive, default the
# last commit's), TALAGOV_GZIP_LEVEL (default 6; the test uses 1: 7 s faster, 7 % bigger).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=${1:-"$ROOT/dist"}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
PY=${PYTHON:-"$ROOT/.venv/bin/python"}
BUILD=${TALAGOV_BUILD_DIR:-"$ROOT/build/linux"}
APP_ID=org.talagov.TalaGov

"$PY" -c 'import PyInstaller' 2>/dev/null || {
  echo "build_linux.sh: PyInstaller is not installed for $PY (pip install -e '.[dev]')" >&2
  exit 1
}
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' talagov/__init__.py)
SOURCE_URL=$(sed -n 's/^SOURCE_URL = "\(.*\)"$/\1/p' talagov/__init__.py)
SOURCE_URL=${SOURCE_URL:-https://codeberg.org/talagov/talagov}
ARCH=$(uname -m)
NAME="TalaGov-$VERSION-linux-$ARCH"
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s)
fi
export SOURCE_DATE_EPOCH

# --- the application ------------------------------------------------------------------
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" packaging/talagov.spec

# --- the archive's tree ---------------------------------------------------------------
STAGE="$BUILD/stage/$NAME"
rm -rf "$BUILD/stage"
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo" \
  "$STAGE/share/icons/hicolor/scalable/apps"
cp -R "$BUILD/dist/TalaGov" "$STAGE/TalaGov"
cp packaging/linux/$APP_ID.desktop "$STAGE/share/applications/"
cp packaging/linux/$APP_ID.metainfo.xml "$STAGE/share/metainfo/"
for png in resources/icons/talagov-*.png; do
  size=${png#resources/icons/talagov-}
  size=${size%.png}
  mkdir -p "$STAGE/share/icons/hicolor/${size}x$size/apps"
  cp "$png" "$STAGE/share/icons/hicolor/${size}x$size/apps/$APP_ID.png"
done
cp resources/icons/talagov.svg "$STAGE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
cp packaging/linux/install.sh packaging/linux/uninstall.sh "$STAGE/"
chmod 755 "$STAGE/install.sh" "$STAGE/uninstall.sh"
sed -e "s|@VERSION@|$VERSION|g" -e "s|@ARCH@|$ARCH|g" -e "s|@SOURCE_URL@|$SOURCE_URL|g" \
  packaging/linux/README.txt > "$STAGE/README.txt"
cp LICENSE "$STAGE/LICENSE"

# --- the tarball: sorted names, fixed times and owners, no gzip time stamp --------------
TARBALL="$OUT/$NAME.tar.gz"
tar -C "$BUILD/stage" --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 \
  --numeric-owner --mode='u+rw,go-w' -cf - "$NAME" | gzip -n "-${TALAGOV_GZIP_LEVEL:-6}" > "$TARBALL.part"
mv "$TARBALL.part" "$TARBALL"
echo "$TARBALL"
