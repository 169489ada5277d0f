# SPDX-License-Identifier: GPL-3.0-or-later
"""Walk a voter through the booth by keyboard only, and write down what Orca said.

Started by ``packaging/a11y/orca_check.sh`` once the booth scene (``booth_scene.py``)
and Orca run on the same display and D-Bus session. Every step presses real keys
with ``xdotool`` (the X server sees them as typed), waits, then records:

* the lines Orca's debug log gained meanwhile that start with ``SPEECH OUTPUT`` (what
  it spoke, word for word);
* the focused object as the AT-SPI bus shows it (``atspi_dump.focus_report``).

The transcript goes to ``--out`` (Markdown), one section per step. Run with the
system Python (``/usr/bin/python3``), which has the AT-SPI bindings.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import atspi_dump  # a sibling script, not a package: hence the path above

ORG_PASS = "phrase du secrétariat"  # tests/gui/booth/assembly.py
MEMBER_PASS = "phrase de Durand"

# (step, what the voter does, the keys: "key:NAME…" presses keys, "type:TEXT" types)
STEPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("door", "the secretary types the organisation's passphrase, Enter",
     ("type:" + ORG_PASS, "key:Return")),
    ("find-typed", "types « mart » in the name field", ("type:mart",)),
    ("enrol", "Enter: Martin is the only name left, he has no key", ("key:Return",)),
    ("enrol-tab", "Tab through the key creation form", ("key:Tab",)),
    ("enrol-tab2", "Tab again", ("key:Tab",)),
    ("back-to-find", "Escape: back to the list of names", ("key:Escape",)),
    ("find-durand", "types « durand »", ("type:durand",)),
    ("find-list", "Down arrow: into the list", ("key:Down",)),
    ("unlock", "Enter: Durand's key is on this laptop", ("key:Return",)),
    ("unlock-wrong", "types a wrong passphrase, Enter", ("type:phrase", "key:Return")),
    ("ballot-1", "types the right passphrase, Enter", ("type:" + MEMBER_PASS, "key:Return")),
    ("ballot-1-down", "Down arrow on the answers", ("key:Down",)),
    ("ballot-1-up", "Up arrow back to For", ("key:Up",)),
    ("ballot-1-empty-enter", "Enter with nothing ticked", ("key:Return",)),
    ("ballot-1-space", "Space ticks For", ("key:space",)),
    ("ballot-2", "Enter: next ballot (the election)", ("key:Return",)),
    ("ballot-2-tick", "Space ticks the first candidate", ("key:space",)),
    ("ballot-2-tab", "Tab to the second candidate", ("key:Tab",)),
    ("ballot-2-tick2", "Space ticks it (two seats: the others are disabled)", ("key:space",)),
    ("ballot-2-tab2", "Tab onwards", ("key:Tab",)),
    ("ballot-3", "Enter: the proxy's resolution", ("key:Return",)),
    ("ballot-3-against", "Down arrow and Space: Against", ("key:Down", "key:space")),
    ("ballot-4", "Enter: the proxy's election", ("key:Return",)),
    ("ballot-4-tick", "Space ticks the first candidate", ("key:space",)),
    ("review", "Enter: the review", ("key:Return",)),
    ("review-shift-tab", "Shift+Tab: the last Change button", ("key:shift+Tab",)),
    ("review-tab", "Tab: back to the confirmation", ("key:Tab",)),
    ("confirm", "Enter: the confirmation", ("key:Return",)),
    ("receipt", "Enter: sign and cast", ("key:Return",)),
    ("receipt-down", "Down arrow in the receipts", ("key:Down",)),
    ("receipt-where-am-i", "Orca's Where Am I (keypad Enter)", ("key:KP_Enter",)),
    ("receipt-say-all", "Orca's Say All (keypad +)", ("key:KP_Add",)),
    ("receipt-flat-review", "Orca's flat review: line by line (keypad 8, then 9 ×4)",
     ("key:KP_8", "key:KP_9", "key:KP_9", "key:KP_9", "key:KP_9")),
    ("receipt-flat-review-end", "leave flat review (keypad -)", ("key:KP_Subtract",)),
    ("receipt-tab", "Tab: the first button", ("key:Tab",)),
    ("receipt-tab2", "Tab ×4: the other receipts, Save as PDF, Done", ("key:Tab", "key:Tab", "key:Tab", "key:Tab")),
    ("done", "Enter on Done: the booth is ready for the next voter", ("key:Return",)),
    ("gate", "Ctrl+Q: the secretary's way out", ("key:ctrl+q",)),
    ("gate-close", "types the secretary's passphrase, Enter", ("type:" + ORG_PASS,
                                                              "key:Return")),
)
SPOKEN = re.compile(r"SPEECH OUTPUT: '(.*)'\{")


def press(action: str) -> None:
    """One ``key:`` or ``type:`` action through xdotool (XTEST: real key presses)."""
    kind, _, what = action.partition(":")
    if kind == "key":
        subprocess.run(["xdotool", "key", "--delay", "120", *what.split()], check=True)
    else:
        subprocess.run(["xdotool", "type", "--delay", "60", what], check=True)


def settle(log: Path, quiet: float, limit: float = 20.0) -> None:
    """Wait until Orca's log has not grown for ``quiet`` seconds (it has spoken)."""
    deadline = time.monotonic() + limit
    size, since = -1, time.monotonic()
    while time.monotonic() < deadline:
        now = log.stat().st_size if log.exists() else 0
        if now != size:
            size, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        time.sleep(0.1)


def spoken_since(log: Path, offset: int) -> tuple[list[str], int]:
    """The speech Orca logged after byte ``offset``, and the new end of the log."""
    data = log.read_bytes()
    text = data[offset:].decode("utf-8", "replace")
    return [m.group(1) for m in SPOKEN.finditer(text)], len(data)


def main(argv: list[str] | None = None) -> int:
    """Walk the steps and write the transcript."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--log", type=Path, required=True, help="Orca's --debug-file")
    parser.add_argument("--out", type=Path, required=True, help="the transcript (Markdown)")
    parser.add_argument("--tree", type=Path, help="also write the whole tree at each step")
    parser.add_argument("--pause", type=float, default=1.5,
                        help="seconds of silence in Orca's log that end a step")
    args = parser.parse_args(argv)
    offset = args.log.stat().st_size if args.log.exists() else 0
    out = ["# The booth walked by keyboard under Orca", ""]
    trees: list[str] = []
    for name, what, actions in STEPS:
        for action in actions:
            press(action)
            # Orca hears every key before the booth does: let both catch up.
            settle(args.log, args.pause)
        said, offset = spoken_since(args.log, offset) if args.log.exists() else ([], 0)
        out += [f"## {name}: {what}", "", "Orca said:", ""]
        out += [f"- « {line} »" for line in said] or ["- (nothing)"]
        out += ["", "AT-SPI focus:", "", "```"]
        try:
            out += atspi_dump.focus_report(atspi_dump.application("TalaGov"))
            if args.tree:
                trees += [f"## {name}", *atspi_dump.walk(atspi_dump.application("TalaGov")), ""]
        except SystemExit as gone:  # the booth closed (the last step)
            out.append(str(gone))
        out += ["```", ""]
        args.out.write_text("\n".join(out), encoding="utf-8")
        if args.tree:
            args.tree.write_text("\n".join(trees), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
