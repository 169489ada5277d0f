# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared-folder measurements for ``talagov bench``: importing the members' ballot files.

Targets (issue "Working together through a shared folder"): importing 5,000 ballot files
from the folder in under 10 s on one core, reported against the bare cost, measured in
the same run, of reading and verifying them; and a pass over the same folder once
imported (nothing changed) in under 0.5 s. The scene
(:mod:`talagov.services.bench_sync_scene`) is an AG of five resolutions voted on from
the members' own installs, each ballot a file under ``members/<install id>/ballots/``.

The baseline (:func:`bare_read`) walks the folder, reads every file, SHA-256s its bytes,
parses its JSON and verifies its ECDSA signature with bare ``cryptography`` calls (one
certificate parse per distinct PEM text, as any script would cache): what it takes to
know that a file is a validly signed ballot, and nothing of TalaGov's bookkeeping (the
file table, the judgement against the roll and the certificates, the journal).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from base64 import b64decode
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.services.bench_sync_scene import POLLS, VOTED, build_scene
from talagov.services.sync_import import import_folder
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database, open_database

FULL_BALLOTS = 5_000
QUICK_BALLOTS = 500
IMPORT_TARGET_S = 10.0
UNCHANGED_TARGET_S = 0.5
_ECDSA = ec.ECDSA(hashes.SHA256())
IMPORTED_AT = VOTED + timedelta(days=1)


@dataclass(frozen=True)
class BareRead:
    """What the baseline read and verified."""

    files: int
    valid: int  # signatures that verified
    invalid: int


@dataclass(frozen=True)
class SyncBench:
    """Importing a folder of ballot files against the bare cost, in seconds (best of runs)."""

    ballots: int  # ballot files in the folder
    members: int  # voters, each with their own install directory
    import_s: float  # import_folder into a fresh copy of the database
    baseline_s: float  # bare read + SHA-256 + JSON + ECDSA verification of every file
    unchanged_s: float  # import_folder again over the same folder, nothing changed
    scanned: int  # files the first pass saw
    unchanged: int  # files the unchanged pass skipped without reading
    statuses: dict[str, int] = field(default_factory=dict)  # ballot status -> count
    quarantined: int = 0

    @property
    def ratio(self) -> float:
        """How many times the bare cost the import takes."""
        return self.import_s / self.baseline_s if self.baseline_s else 0.0

    @property
    def unchanged_ratio(self) -> float:
        """The unchanged pass against the bare cost of reading everything."""
        return self.unchanged_s / self.baseline_s if self.baseline_s else 0.0


def _between(data: bytes, start: bytes, end: bytes) -> bytes:
    """The bytes between two markers: a ballot file is canonical JSON (sorted keys), so its
    signed payload appears verbatim between ``"payload":`` and ``,"signature":``."""
    first = data.index(start) + len(start)
    return data[first:data.index(end, first)]


def bare_read(folder: Path) -> BareRead:
    """Read, hash, parse and verify every file under ``folder``'s members' directories."""
    keys: dict[str, ec.EllipticCurvePublicKey] = {}
    files = valid = invalid = 0
    for directory, _, names in os.walk(folder / "members"):
        for name in names:
            with open(os.path.join(directory, name), "rb") as f:
                data = f.read()
            hashlib.sha256(data).digest()
            document = json.loads(data)
            pem = document["certificate"]
            key = keys.get(pem)
            if key is None:
                public = x509.load_pem_x509_certificate(pem.encode("ascii")).public_key()
                assert isinstance(public, ec.EllipticCurvePublicKey)
                key = keys[pem] = public
            files += 1
            try:
                key.verify(b64decode(document["signature"]),
                           _between(data, b'"payload":', b',"signature":'), _ECDSA)  # fmt: skip
                valid += 1
            except InvalidSignature:
                invalid += 1
    return BareRead(files, valid, invalid)


def _time(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _import(db: Database, folder: Path, now: datetime) -> Any:
    with UnitOfWork(db) as uow:
        report, _ = import_folder(uow, folder, now=now)
    return report


def measure_sync(ballots: int = 5_000, *, repeat: int = 3) -> SyncBench:
    """Build a folder of about ``ballots`` ballot files and import it into a fresh copy of
    the secretary's database, then pass over it again unchanged, against
    :func:`bare_read` of the same folder; best of ``repeat`` interleaved runs."""
    with tempfile.TemporaryDirectory(prefix="talagov-bench-sync-") as tmp:
        root = Path(tmp)
        scene = build_scene(root, max(1, ballots // POLLS))
        times: dict[str, list[float]] = {"import": [], "baseline": [], "unchanged": []}
        first: Any = None
        again: Any = None
        for k in range(repeat):  # interleaved, so that a busy machine slows all alike
            copy = root / f"import-{k}.sqlite"
            shutil.copyfile(scene.db_path, copy)
            db = open_database(copy)  # the secretary's install has its database open
            try:
                seconds, first = _time(partial(_import, db, scene.folder, IMPORTED_AT))
                times["import"].append(seconds)
                seconds, bare = _time(partial(bare_read, scene.folder))
                times["baseline"].append(seconds)
                later = IMPORTED_AT + timedelta(minutes=1)
                seconds, again = _time(partial(_import, db, scene.folder, later))
                times["unchanged"].append(seconds)
            finally:
                db.close()
            if bare.valid != scene.files:
                raise RuntimeError(f"the baseline verified {bare.valid} of {scene.files} files")
    statuses: Counter[str] = Counter(dict(first.ballots))
    return SyncBench(scene.files, len(scene.voters), min(times["import"]),
                     min(times["baseline"]), min(times["unchanged"]), first.scanned,
                     again.unchanged, dict(statuses), len(first.quarantined))  # fmt: skip


def figures(results: dict[str, Any], *, quick: bool, ballots: int | None = None) -> list[str]:
    """Measure, fill ``results["sync_import"]`` and ``results["sync_unchanged"]``, and
    return the lines ``talagov bench`` prints (``ballots``: another size, for tests)."""
    size = ballots or (QUICK_BALLOTS if quick else FULL_BALLOTS)
    bench = measure_sync(size, repeat=1 if quick else 3)
    import_met = bench.import_s < IMPORT_TARGET_S
    unchanged_met = bench.unchanged_s < UNCHANGED_TARGET_S
    results["sync_import"] = {
        "ballots": bench.ballots, "members": bench.members, "scanned": bench.scanned,
        "import_s": round(bench.import_s, 4), "baseline_s": round(bench.baseline_s, 4),
        "ratio": round(bench.ratio, 2), "statuses": bench.statuses,
        "quarantined": bench.quarantined, "target_s": IMPORT_TARGET_S, "met": import_met,
    }  # fmt: skip
    results["sync_unchanged"] = {
        "files": bench.ballots, "unchanged": bench.unchanged,
        "pass_s": round(bench.unchanged_s, 4), "baseline_s": round(bench.baseline_s, 4),
        "ratio": round(bench.unchanged_ratio, 3), "target_s": UNCHANGED_TARGET_S,
        "met": unchanged_met,
    }  # fmt: skip
    counted = bench.statuses.get("counted", 0)
    return [
        f"import {bench.ballots:,} ballot files from the shared folder ({bench.members:,} "
        f"member installs, {POLLS} resolutions): {bench.import_s:.2f} s, {counted:,} counted; "
        f"baseline (read, SHA-256, parse and verify the ECDSA P-256 signature of every "
        f"file): {bench.baseline_s:.2f} s; ratio {bench.ratio:.2f}x "
        f"(target < {IMPORT_TARGET_S:.0f} s) {'ok' if import_met else 'MISSED'}",
        f"pass over the same folder unchanged ({bench.ballots:,} files, {bench.unchanged:,} "
        f"skipped unread): {bench.unchanged_s * 1000:.0f} ms; {bench.unchanged_ratio:.3f}x the "
        f"bare read (target < {UNCHANGED_TARGET_S:.1f} s) {'ok' if unchanged_met else 'MISSED'}",
    ]
