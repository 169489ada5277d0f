# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark data and the import measurement of ``talagov bench``.

The dataset is deterministic (a seeded generator of accented French names). The
baseline is what the issue names: a bare SQLite ``executemany`` of the same rows —
exactly the rows TalaGov wrote, read back, inserted into an identical freshly migrated
table. TalaGov's import does everything a user relies on on top of that: decoding,
header matching, per-row validation, search keys, numbering, one transaction.
"""

from __future__ import annotations

import random
import sqlite3
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from talagov.core.csv_dialect import encode_csv
from talagov.core.csv_members import format_members, member_header
from talagov.core.members import Member, PersonKind
from talagov.services import csv_io
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database

_FIRST = ("Hélène", "François", "Zoé", "Loïc", "Anaïs", "Jérôme", "Noémie", "Gaël", "Maël",
          "Inès", "Théo", "Léa", "Benoît", "Chloé", "Raphaël", "Aurélie")
_LAST = ("Œuvray", "Dupré", "Lefèvre", "Müller", "Garçon", "Béranger", "Nguyen", "Martin",
         "Lemaître", "Rousseau", "Fabre", "Chevalier", "Da Silva", "Benaïssa", "Hérault")
_TOWNS = ("Lille", "Roubaix", "Tourcoing", "Villeneuve-d'Ascq", "Armentières", "Lomme")


def bench_members(count: int, seed: int = 2026) -> list[Member]:
    """``count`` plausible natural-person members (deterministic for a seed)."""
    rng = random.Random(seed)
    members = []
    for i in range(count):
        last, first = rng.choice(_LAST), rng.choice(_FIRST)
        members.append(Member(
            id=i + 1, number=f"S-{i + 1:06d}", kind=PersonKind.NATURAL, name=last, first_name=first,
            email=f"{first.lower()[:3]}.{i}@exemple.fr",
            address=f"{rng.randint(1, 300)} rue des Prés, 59000 {rng.choice(_TOWNS)}",
            admission_date=date(2015, 1, 1).fromordinal(date(2015, 1, 1).toordinal() + rng.randint(0, 3650)),
        ))  # fmt: skip
    return members


def members_csv(count: int, seed: int = 2026) -> bytes:
    """The benchmark file: ``count`` members, UTF-8 variant."""
    return encode_csv(format_members(bench_members(count, seed), {}), member_header(), "utf8")


def _member_rows(path: Path) -> tuple[list[str], list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        cur = con.execute("SELECT * FROM member ORDER BY id")
        return [d[0] for d in cur.description], cur.fetchall()
    finally:
        con.close()


def baseline_import(columns: list[str], rows: list[tuple[object, ...]], path: Path) -> float:
    """Seconds for a bare ``sqlite3`` ``executemany`` of exactly the rows TalaGov wrote.

    Same values (search keys included) into an identical, freshly migrated member table
    with its indexes, one transaction, no parsing and no checks.
    """
    open_database(path).close()
    con = sqlite3.connect(path)
    try:
        names = ", ".join(f'"{c}"' for c in columns)
        sql = f"INSERT INTO member ({names}) VALUES ({', '.join('?' for _ in columns)})"
        start = time.perf_counter()
        con.executemany(sql, rows)
        con.commit()
        return time.perf_counter() - start
    finally:
        con.close()


@dataclass(frozen=True)
class ImportFigures:
    """One import measurement (seconds) and the database it produced."""

    talagov_s: float
    baseline_s: float
    imported: int
    db_path: Path

    @property
    def ratio(self) -> float:
        """TalaGov's time over the baseline's."""
        return self.talagov_s / self.baseline_s if self.baseline_s else float("inf")


def measure_import(count: int, workdir: Path, *, repeat: int = 1) -> ImportFigures:
    """Import ``count`` members both ways ``repeat`` times; keep the best of each."""
    data = members_csv(count)
    best_base = best_ours = float("inf")
    imported, target = 0, workdir / "bench-import-0.sqlite"
    for attempt in range(repeat):
        target = workdir / f"bench-import-{attempt}.sqlite"
        db = open_database(target)
        try:
            start = time.perf_counter()
            with UnitOfWork(db) as uow:
                result = csv_io.import_members(uow, data)
            best_ours = min(best_ours, time.perf_counter() - start)
            imported = result.imported
        finally:
            db.close()
        columns, rows = _member_rows(target)
        best_base = min(best_base, baseline_import(columns, rows, workdir / f"bench-base-{attempt}.sqlite"))
    return ImportFigures(best_ours, best_base, imported, target)
