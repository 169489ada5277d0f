#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Install TalaGov from this unpacked archive, for the current user (~/.local) or into a
# prefix:   ./install.sh            ./install.sh /opt/talagov     (as root for /opt, /usr/local)
# Installs:  PREFIX/lib/talagov/            the program (a copy of TalaGov/)
#            PREFIX/bin/talagov             a link to it
#            PREFIX/share/applications/     the menu entry (with the program's absolute path)
#            PREFIX/share/icons/hicolor/    the icons
#            PREFIX/share/metainfo/         the AppStream description (software centres)
# PREFIX/lib/talagov/uninstall.sh removes exactly these; your data (the database in
# ~/.local/share/TalaGov) is never touched.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${1:-"$HOME/.local"}
case "$PREFIX" in
  /*) ;;
  *) PREFIX="$(pwd)/$PREFIX" ;;
esac
# The path goes into the desktop entry's Exec line, where these need escaping: refuse them.
case "$PREFIX" in
  *[\"\`\$\\\|\&\;]* | *"
"*) echo "install.sh: unsupported character in $PREFIX" >&2; exit 2 ;;
esac
APP_ID=org.talagov.TalaGov
APPDIR="$PREFIX/lib/talagov"
SHARE="$PREFIX/share"

[ -x "$HERE/TalaGov/talagov" ] || { echo "install.sh: $HERE/TalaGov/talagov is missing" >&2; exit 1; }

# A previous version is replaced as a whole (its files could otherwise linger).
rm -rf "$APPDIR.new"
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo"
cp -R "$HERE/TalaGov" "$APPDIR.new"
cp "$HERE/uninstall.sh" "$APPDIR.new/uninstall.sh"
rm -rf "$APPDIR"
mv "$APPDIR.new" "$APPDIR"
ln -sfn "$APPDIR/talagov" "$PREFIX/bin/talagov"

sed -e "s|^Exec=.*|Exec=\"$APPDIR/talagov\" gui|" -e "s|^TryExec=.*|TryExec=$APPDIR/talagov|" \
  "$HERE/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
(cd "$HERE/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$SHARE/$(dirname "$icon")"
  cp "$HERE/share/$icon" "$SHARE/$icon"
done

# Menus and icon themes pick the new files up at once where these tools exist.
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true

echo "TalaGov installed in $APPDIR"
case ":$PATH:" in
  *":$PREFIX/bin:"*) echo "Command: talagov" ;;
  *) echo "Command: $PREFIX/bin/talagov ($PREFIX/bin is not on your PATH)" ;;
esac
echo "Uninstall: $APPDIR/uninstall.sh${1:+ $PREFIX}"
