#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Walk the voting booth by keyboard under the Orca screen reader, on a virtual screen,
# and keep what Orca said (see docs/accessibility.md, "Checked by hand with Orca").
#
#   packaging/a11y/orca_check.sh [OUTPUT_DIR] [fr|en]
#
# Needs (Debian/Ubuntu, as root: apt-get install -y --no-install-recommends ...):
#   orca at-spi2-core dbus-x11 xvfb xdotool speech-dispatcher espeak-ng
#   speech-dispatcher-espeak-ng python3-pyatspi, and the xcb libraries that
#   `packaging/bootstrap.sh demo` installs.
# Writes to OUTPUT_DIR (default /tmp/talagov-orca): walk.md (what Orca said and the
# AT-SPI focus at each step), tree.md (the whole accessible tree at each step),
# orca-debug.out (Orca's log), speech.raw (the audio espeak-ng produced, raw PCM).
# Nothing is installed or changed outside OUTPUT_DIR; every process started here is
# stopped at the end.
set -eu

cd "$(dirname "$0")/../.."
OUT="${1:-/tmp/talagov-orca}"
LANG_UI="${2:-fr}"
HERE=packaging/a11y
mkdir -p "$OUT/home/.config" "$OUT/xdg" "$OUT/prefs"
chmod 700 "$OUT/xdg"
rm -f "$OUT/orca-debug.out" "$OUT/speech.raw"

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  # speech-dispatcher was spawned by Orca in this session's runtime folder.
  if [ -f "$OUT/xdg/speech-dispatcher/pid/speech-dispatcher.pid" ]; then
    kill "$(cat "$OUT/xdg/speech-dispatcher/pid/speech-dispatcher.pid")" 2>/dev/null || true
  fi
  if [ -n "${DBUS_SESSION_BUS_PID:-}" ]; then kill "$DBUS_SESSION_BUS_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

# A free display number.
for n in $(seq 90 120); do [ -e "/tmp/.X11-unix/X$n" ] || { DISP=":$n"; break; }; done
Xvfb "$DISP" -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
PIDS+=($!)
sleep 1

export DISPLAY="$DISP" XDG_RUNTIME_DIR="$OUT/xdg" HOME="$OUT/home"
eval "$(dbus-launch --sh-syntax)"
export QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$OUT/atspi.log" 2>&1 &
PIDS+=($!)

# No sound card: speech-dispatcher speaks through ALSA into a file (real espeak-ng audio).
mkdir -p "$HOME/.config/speech-dispatcher"
cp -r /etc/speech-dispatcher/. "$HOME/.config/speech-dispatcher/"
sed -i 's/^# AudioOutputMethod "pulse"/AudioOutputMethod "alsa"/' \
  "$HOME/.config/speech-dispatcher/speechd.conf"
cat >"$HOME/.asoundrc" <<EOF
pcm.!default { type file; slave.pcm "null"; file "$OUT/speech.raw"; format "raw" }
EOF

.venv/bin/python "$HERE/booth_scene.py" --lang "$LANG_UI" >"$OUT/booth.log" 2>&1 &
PIDS+=($!)
sleep 6
/usr/bin/python3 "$HERE/orca_flushed.py" --replace -u "$OUT/prefs" -d braille \
  --debug-file="$OUT/orca-debug.out" >"$OUT/orca.log" 2>&1 &
PIDS+=($!)
sleep 8

/usr/bin/python3 "$HERE/walk_booth.py" --log "$OUT/orca-debug.out" --out "$OUT/walk.md" \
  --tree "$OUT/tree.md"
echo "orca: $(orca --version); transcript: $OUT/walk.md"
