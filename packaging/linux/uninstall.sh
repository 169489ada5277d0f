#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Remove what install.sh installed:   uninstall.sh [PREFIX]   (default: ~/.local)
# Your data (the database in ~/.local/share/TalaGov, settings) is kept.
set -eu

PREFIX=${1:-"$HOME/.local"}
APP_ID=org.talagov.TalaGov
APPDIR="$PREFIX/lib/talagov"
SHARE="$PREFIX/share"

if [ ! -x "$APPDIR/talagov" ]; then
  echo "uninstall.sh: no TalaGov in $APPDIR" >&2
  exit 1
fi
# The link only if it is ours (another talagov, e.g. from pip, stays).
if [ -L "$PREFIX/bin/talagov" ] && [ "$(readlink "$PREFIX/bin/talagov")" = "$APPDIR/talagov" ]; then
  rm -f "$PREFIX/bin/talagov"
fi
rm -f "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml"
for icon in "$SHARE"/icons/hicolor/*/apps/$APP_ID.png "$SHARE"/icons/hicolor/scalable/apps/$APP_ID.svg; do
  rm -f "$icon"
done
rm -rf "$APPDIR"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
echo "TalaGov removed from $PREFIX (your data in ${XDG_DATA_HOME:-$HOME/.local/share}/TalaGov is kept)"
