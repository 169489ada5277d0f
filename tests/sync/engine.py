# SPDX-License-Identifier: GPL-3.0-or-later
"""A simulated sync engine: copies files between the installs' own copies of the folder.

Each install has its own copy of the shared folder, as with Syncthing or Nextcloud; the
engine copies what one install writes to every other one, the way real engines do it
when things go less than well:

* after a delay of a few ticks, in no particular order (reordering);
* a file first appearing truncated under its final name and completed later (a network
  share, a USB key, a client writing in place);
* a file first written under a temporary name (``.syncthing.NAME.tmp``, ``NAME.part``,
  Nextcloud's hidden ``.NAME.~abcd``), partly, then renamed when done;
* conflict copies named as Syncthing, Nextcloud, ownCloud and Dropbox name them, with the
  same bytes (copies of write-once files), which spread to the other installs too;
* the same file delivered again (rewritten in place with the same bytes);
* modification times preserved, or shifted by days (clocks that disagree);
* an install offline for a while: what others wrote reaches it days late, and what it
  wrote reaches them late.

Time is counted in ticks and nothing runs on its own: a test calls :meth:`SyncEngine.tick`
or :meth:`SyncEngine.settle` between the installs' actions, so that every intermediate
state is one an install may see. Deterministic for a seed.
"""

from __future__ import annotations

import hashlib
import heapq
import os
import random
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from talagov.core.sync_format import is_partial

DAY_NS = 86_400 * 10**9
CONFLICT_STYLES = ("syncthing", "nextcloud", "owncloud", "dropbox")
TEMPORARY_STYLES = ("syncthing", "part", "nextcloud")


@dataclass(frozen=True)
class EngineConfig:
    """How badly the engine copies: probabilities per delivery, delays in ticks."""

    max_delay: int = 3  # a delivery starts 1..max_delay ticks after the file is seen
    truncated: float = 0.25  # first truncated under its final name, completed later
    temporary: float = 0.25  # first (partly) under a temporary name, renamed later
    conflict: float = 0.1  # a conflict copy appears next to it
    duplicate: float = 0.1  # delivered a second time, rewritten in place
    skew: float = 0.1  # its modification time shifted by up to 3 days either way
    preserve_mtime: bool = True  # as Syncthing does; False: the time of the copy


@dataclass(order=True)
class _Step:
    due: int
    order: int
    action: Callable[[], None] = field(compare=False)
    dest: str = field(compare=False)


def conflict_name(name: str, style: str) -> str:
    """The name a sync engine gives to a conflict copy of ``name``."""
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    suffix = f".{ext}" if dot else ""
    if style == "syncthing":
        return f"{stem}.sync-conflict-20261201-101500-ABCDEF7{suffix}"
    if style == "nextcloud":
        return f"{stem} (conflicted copy 2026-12-01 101500){suffix}"
    if style == "owncloud":
        return f"{stem}_conflict-20261201-101500{suffix}"
    if style == "dropbox":
        return f"{stem} (Jane's conflicted copy 2026-12-01){suffix}"
    raise ValueError(style)


def temporary_name(name: str, style: str) -> str:
    """The name a sync engine writes ``name`` under before renaming it."""
    if style == "syncthing":
        return f".syncthing.{name}.tmp"
    if style == "part":
        return f"{name}.part"
    if style == "nextcloud":
        return f".{name}.~{hashlib.sha256(name.encode()).hexdigest()[:4]}"
    raise ValueError(style)


class SyncEngine:
    """Copies files between named folders (one per install), tick by tick.

    Args:
        folders: install name -> that install's copy of the shared folder.
        seed: the random choices (delays, partial writes, conflicts) follow from it.
        config: how often each misfortune happens.
    """

    def __init__(self, folders: Mapping[str, Path], *, seed: int,
                 config: EngineConfig | None = None) -> None:  # fmt: skip
        self.folders = dict(folders)
        self.config = config or EngineConfig()
        self.rng = random.Random(seed)
        self.now = 0
        self.stats: Counter[str] = Counter()
        self.log: list[tuple[int, str, str, str]] = []  # tick, install, relative path, what
        self._steps: list[_Step] = []
        self._order = 0
        self._scheduled: set[tuple[str, str]] = set()  # (install, relative path)
        self._seen: dict[Path, tuple[int, int]] = {}
        self._inflight: set[Path] = set()  # final names the engine is still writing
        self._offline: set[str] = set()
        for folder in self.folders.values():
            folder.mkdir(parents=True, exist_ok=True)

    # -- control --------------------------------------------------------------------------
    def offline(self, name: str) -> None:
        """The install stops syncing: nothing reaches it or leaves it until :meth:`online`."""
        self._offline.add(name)

    def online(self, name: str) -> None:
        """The install syncs again; what waited for it is delivered from now on."""
        self._offline.discard(name)

    @property
    def pending(self) -> int:
        """Steps not applied yet."""
        return len(self._steps)

    def tick(self) -> int:
        """One tick: see new files, apply the steps now due. Returns how many were applied."""
        self.now += 1
        self._discover()
        applied, waiting = 0, []
        due = []
        while self._steps and self._steps[0].due <= self.now:
            due.append(heapq.heappop(self._steps))
        self.rng.shuffle(due)  # what is due at the same tick lands in any order
        for step in due:
            if step.dest in self._offline:
                waiting.append(step)
                continue
            step.action()
            applied += 1
        for step in waiting:
            step.due = self.now + 1
            heapq.heappush(self._steps, step)
        return applied

    def settle(self, max_ticks: int = 200) -> int:
        """Tick until every file is everywhere it should be; returns the ticks it took.

        Raises:
            AssertionError: still busy after ``max_ticks`` (an install offline, say).
        """
        for ticks in range(1, max_ticks + 1):
            self.tick()
            if not self._steps and not self._discover():
                return ticks
        raise AssertionError(f"the sync engine did not settle in {max_ticks} ticks")

    # -- discovery ------------------------------------------------------------------------
    def _files(self, root: Path) -> Iterator[Path]:
        for directory, _, names in os.walk(root):
            for name in names:
                if not is_partial(name):
                    yield Path(directory, name)

    def _discover(self) -> int:
        """Schedule the delivery of every complete file to every install lacking it."""
        found = 0
        for source, root in self.folders.items():
            if source in self._offline:
                continue
            for path in self._files(root):
                if path in self._inflight:
                    continue
                stat = path.stat()
                if self._seen.get(path) == (stat.st_size, stat.st_mtime_ns):
                    continue
                self._seen[path] = (stat.st_size, stat.st_mtime_ns)
                rel = path.relative_to(root).as_posix()
                data = path.read_bytes()
                for dest, other in self.folders.items():
                    if dest == source or (dest, rel) in self._scheduled:
                        continue
                    self._scheduled.add((dest, rel))
                    target = other / rel
                    if target.exists() and target.read_bytes() == data:
                        continue
                    self._schedule(dest, rel, data, stat.st_mtime_ns)
                    found += 1
        return found

    # -- delivery -------------------------------------------------------------------------
    def _push(self, delay: int, dest: str, action: Callable[[], None]) -> None:
        self._order += 1
        heapq.heappush(self._steps, _Step(self.now + delay, self._order, action, dest))

    def _chain(self, dest: str, chain: list[tuple[int, Callable[[], None]]]) -> None:
        """The steps of one delivery, each one scheduled once the one before is applied
        (an install offline holds them back in order)."""
        (delay, action), rest = chain[0], chain[1:]

        def run() -> None:
            action()
            if rest:
                self._chain(dest, rest)

        self._push(delay, dest, run)

    def _schedule(self, dest: str, rel: str, data: bytes, mtime_ns: int) -> None:
        cfg, rng = self.config, self.rng
        target = self.folders[dest] / rel
        if rng.random() < cfg.skew:
            mtime_ns += rng.randint(-3 * DAY_NS, 3 * DAY_NS)
            self.stats["skewed"] += 1
        mtime = mtime_ns if cfg.preserve_mtime else None
        start, later = rng.randint(1, cfg.max_delay), rng.randint(1, cfg.max_delay)
        cut = rng.randint(0, max(0, len(data) - 1))
        roll = rng.random()
        chain: list[tuple[int, Callable[[], None]]]
        if roll < cfg.truncated:
            self._inflight.add(target)
            chain = [(start, lambda: self._write(dest, target, data[:cut], mtime, "truncated")),
                     (later, lambda: self._complete(dest, target, data, mtime))]
        elif roll < cfg.truncated + cfg.temporary:
            temp = target.with_name(temporary_name(target.name, rng.choice(TEMPORARY_STYLES)))
            chain = [(start, lambda: self._write(dest, temp, data[:cut], None, "temporary")),
                     (later, lambda: self._rename(dest, temp, target, data, mtime))]
        else:
            chain = [(start, lambda: self._write(dest, target, data, mtime, "delivered"))]
        # Engines do not make conflict copies of conflict copies (Syncthing refuses to).
        if rng.random() < cfg.conflict and "conflict" not in target.name:
            copy = target.with_name(conflict_name(target.name, rng.choice(CONFLICT_STYLES)))
            chain.append((rng.randint(0, cfg.max_delay),
                          lambda: self._write(dest, copy, data, mtime, "conflict")))
        if rng.random() < cfg.duplicate:
            chain.append((rng.randint(1, 2 * cfg.max_delay),
                          lambda: self._write(dest, target, data, mtime, "duplicate")))
        self._chain(dest, chain)

    def _write(self, dest: str, path: Path, data: bytes, mtime_ns: int | None,
               what: str) -> None:  # fmt: skip
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if mtime_ns is not None:
            os.utime(path, ns=(mtime_ns, mtime_ns))
        self.stats[what] += 1
        self.log.append((self.now, dest, path.relative_to(self.folders[dest]).as_posix(), what))

    def _complete(self, dest: str, target: Path, data: bytes, mtime_ns: int | None) -> None:
        self._inflight.discard(target)
        self._write(dest, target, data, mtime_ns, "completed")

    def _rename(self, dest: str, temp: Path, target: Path, data: bytes,
                mtime_ns: int | None) -> None:  # fmt: skip
        temp.write_bytes(data)  # the rest of the transfer, then the rename
        if mtime_ns is not None:
            os.utime(temp, ns=(mtime_ns, mtime_ns))
        os.replace(temp, target)
        self.stats["renamed"] += 1
        self.log.append((self.now, dest, target.relative_to(self.folders[dest]).as_posix(),
                         "renamed"))
