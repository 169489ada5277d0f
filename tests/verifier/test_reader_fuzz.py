# SPDX-License-Identifier: GPL-3.0-or-later
"""Fuzz the reader of untrusted bundles (docs/fuzzing.md).

Every input — random bytes, or a valid bundle with bytes flipped, cut, inserted, its
members renamed, duplicated, dropped or their header fields rewritten — either reads
as a bundle or is refused with ``BundleUnreadable``: never another exception. What is
accepted is exercised too (every JSON member parsed, every member extracted, the
manifest checked), and nothing is written anywhere but the sandbox's folder: every
open for writing and every mkdir is checked, and the working and temporary
directories are compared before and after.

The default run is short (about 3,200 cases, derandomized so CI is reproducible);
``TALAGOV_FUZZ_EXAMPLES=N`` gives each test N random cases for a long run.
"""

from __future__ import annotations

import builtins
import io
import os
import shutil
import tempfile
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talagov.core import bundle_format as fmt
from talagov.core.canonical import canonical
from talagov.core.signing import new_private_key
from talagov.messages import catalogue
from talagov.verifier.check_manifest import check_manifest
from talagov.verifier.reader import read_bundle
from talagov.verifier.report import BundleUnreadable
from tests.verifier.bundle_factory import make_bundle, patch_entry, zip_bytes

pytestmark = pytest.mark.fuzz

_LONG = os.environ.get("TALAGOV_FUZZ_EXAMPLES")


def fuzz(default: int) -> Callable[[Any], Any]:
    """Hypothesis settings of a fuzz test: ``default`` derandomized cases, or the long
    run's ``TALAGOV_FUZZ_EXAMPLES`` random ones."""
    return settings(max_examples=int(_LONG) if _LONG else default, deadline=None,
                    derandomize=not _LONG, database=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


_KEY = new_private_key()
_BASE = make_bundle(key=_KEY)
_LISTED = {**{name: data for name, data in _BASE.members.items() if name not in fmt.UNLISTED},
           "ballots/poll-1/ab12cd.json": canonical({"format": "talagov.ballot", "choice": "yes"}),
           "pdf/results.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 4}
_BUNDLE = make_bundle(_LISTED, key=_KEY)
_SEEDS = (_BUNDLE.data, zip_bytes(_BUNDLE.members, compression=zipfile.ZIP_STORED))
_NAMES = tuple(_BUNDLE.members)
_CODES = frozenset(catalogue())


class Sandbox:
    """Runs cases in its own folder and checks every write lands inside it.

    The bundle file is overwritten and the extraction folder reused from case to case
    (emptied now and then), and a member already extracted with the same bytes is not
    extracted again: file-system work would cost more than reading the bundle."""

    def __init__(self, root: Path) -> None:
        root.mkdir()
        self.root = root
        self.out = root / "out"
        self.cases = 0
        self.extracted: set[tuple[str, str]] = set()
        self.outside: list[str] = []

    def _inside(self, path: Any) -> None:
        if isinstance(path, int):
            return  # a file descriptor: its path was checked when it was opened
        target = Path(os.path.abspath(os.fsdecode(path)))
        if not target.is_relative_to(self.root):
            self.outside.append(str(target))

    def _guard(self, patch: pytest.MonkeyPatch) -> None:
        real_open, real_os_open, real_mkdir = io.open, os.open, os.mkdir

        def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if any(flag in mode for flag in "wax+"):
                self._inside(file)
            return real_open(file, mode, *args, **kwargs)

        def guarded_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC):
                self._inside(path)
            return real_os_open(path, flags, *args, **kwargs)

        def guarded_mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
            self._inside(path)
            real_mkdir(path, *args, **kwargs)

        patch.setattr(builtins, "open", guarded_open)
        patch.setattr(io, "open", guarded_open)
        patch.setattr(os, "open", guarded_os_open)
        patch.setattr(os, "mkdir", guarded_mkdir)

    def check(self, data: bytes) -> None:
        """Read ``data`` as a bundle: a ``BundleUnreadable`` with a worded code, or a
        bundle whose members can all be parsed, extracted and checked."""
        self.cases += 1
        if self.cases % 256 == 0:
            shutil.rmtree(self.out, ignore_errors=True)
            self.extracted.clear()
        path = self.root / "bundle.zip"
        path.write_bytes(data)
        with pytest.MonkeyPatch.context() as patch:
            self._guard(patch)
            try:
                files = read_bundle(path)
            except BundleUnreadable as exc:
                assert exc.code in _CODES, exc.code
                return
            finally:
                assert not self.outside, self.outside
            out = self.out
            out.mkdir(exist_ok=True)
            for name in files.names():
                try:
                    if name.endswith(".json"):
                        files.json(name)
                    if (name, files.sha256(name)) in self.extracted:
                        continue
                    written = files.extract(name, out)
                except BundleUnreadable as exc:
                    assert exc.code in _CODES, exc.code
                    continue
                assert written.is_relative_to(out.resolve())
                assert written.read_bytes() == files.read(name)
                self.extracted.add((name, files.sha256(name)))
            lines = check_manifest(files, _KEY.public_key())
            assert lines and all(line.code in _CODES for line in lines)
            assert not self.outside, self.outside


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    """A sandbox whose working and temporary directories are empty folders of their
    own, compared before and after the test."""
    cwd, tmp = tmp_path / "cwd", tmp_path / "tmp"
    cwd.mkdir()
    tmp.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    monkeypatch.setenv("TMPDIR", str(tmp))
    before = (_listing(cwd), _listing(tmp))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile: "Duplicate name"
        yield Sandbox(tmp_path / "work")
    assert (_listing(cwd), _listing(tmp)) == before == ([], [])


# Which valid bundle to mutate: an index, so a failing case prints short.
_SEED = st.sampled_from(range(len(_SEEDS)))


def test_random_bytes(sandbox: Sandbox) -> None:
    heads = st.sampled_from([b"", b"PK\x03\x04", b"PK\x05\x06", b"PK\x01\x02", _SEEDS[0][:200]])

    @fuzz(400)
    @given(head=heads, body=st.binary(max_size=2048), tail=st.sampled_from([b"", b"PK\x05\x06"]))
    def run(head: bytes, body: bytes, tail: bytes) -> None:
        sandbox.check(head + body + tail + bytes(18 if tail else 0))

    run()


def test_flipped_bytes(sandbox: Sandbox) -> None:
    @fuzz(800)
    @given(seed=_SEED, flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True),
                                                st.integers(1, 255)), min_size=1, max_size=6))
    def run(seed: int, flips: list[tuple[float, int]]) -> None:
        data = bytearray(_SEEDS[seed])
        for where, mask in flips:
            data[int(where * len(data))] ^= mask
        sandbox.check(bytes(data))

    run()


def test_truncated_and_inserted_bytes(sandbox: Sandbox) -> None:
    @fuzz(500)
    @given(seed=_SEED, where=st.floats(0, 1), cut=st.integers(0, 64),
           inserted=st.binary(max_size=64), keep_head=st.booleans())
    def run(seed: int, where: float, cut: int, inserted: bytes, keep_head: bool) -> None:
        data = _SEEDS[seed]
        at = int(where * len(data))
        if keep_head:
            sandbox.check(data[:at] + inserted + data[at + cut:])
        else:
            sandbox.check(data[at:])

    run()


_TRICKY = st.sampled_from(["../x", "/etc/passwd", "a/../../x", "C:\\x", "a\\b", "", ".",
                           "data/", "data", "DATA/organisation.json", "a//b", "x\x00y",
                           "con.json", "é", "a" * 300, fmt.MANIFEST, fmt.SUMS_SIG])
_ANY_NAME = _TRICKY | st.sampled_from(_NAMES) | st.text(
    st.characters(blacklist_categories=("Cs",)), max_size=20)


_OPS = st.lists(st.tuples(st.sampled_from(["rename", "duplicate", "drop", "swap"]),
                          st.integers(0, 63), _ANY_NAME), max_size=4)


def test_renamed_duplicated_and_dropped_members(sandbox: Sandbox) -> None:
    @fuzz(500)
    @given(ops=_OPS, stored=st.booleans())
    def run(ops: list[tuple[str, int, str]], stored: bool) -> None:
        pairs = list(_BUNDLE.members.items())
        for op, pick, new_name in ops:
            if not pairs:
                break
            at = pick % len(pairs)
            if op == "rename":
                pairs[at] = (new_name, pairs[at][1])
            elif op == "duplicate":
                pairs.insert(at, pairs[at])
            elif op == "drop":
                del pairs[at]
            else:  # another member's bytes under this name
                pairs[at] = (pairs[at][0], pairs[(at + 1) % len(pairs)][1])
        compression = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        sandbox.check(zip_bytes(pairs, compression=compression))

    run()


def test_mutated_member_contents(sandbox: Sandbox) -> None:
    """A valid ZIP whose member (the manifest, a JSON file, a signature…) was edited:
    this reaches the manifest parser, the JSON reader and the manifest check."""

    @fuzz(500)
    @given(name=st.sampled_from(_NAMES), where=st.floats(0, 1), cut=st.integers(0, 8),
           inserted=st.binary(max_size=8) | st.sampled_from(
               [b"NaN", b"1e999", b'"format":', b"{", b"]", b"\\ud800", b"\xff", b'"a":1,']))
    def run(name: str, where: float, cut: int, inserted: bytes) -> None:
        data = _BUNDLE.members[name]
        at = int(where * len(data))
        sandbox.check(zip_bytes({**_BUNDLE.members, name: data[:at] + inserted + data[at + cut:]}))

    run()


_FIELDS = {"flags": 0xFFFF, "method": 0xFFFF, "crc": 0xFFFFFFFF, "compress_size": 0xFFFFFFFF,
           "file_size": 0xFFFFFFFF, "external_attr": 0xFFFFFFFF, "header_offset": 0xFFFFFFFF}


def test_rewritten_header_fields(sandbox: Sandbox) -> None:
    @fuzz(500)
    @given(seed=_SEED, name=st.sampled_from(_NAMES), field=st.sampled_from(sorted(_FIELDS)),
           value=st.integers(0, 0xFFFFFFFF) | st.integers(0, 4096) | st.sampled_from(
               [0, 1, 8, 12, 0x10, 0x41, 0o120777 << 16, 0o40755 << 16]))
    def run(seed: int, name: str, field: str, value: int) -> None:
        sandbox.check(patch_entry(_SEEDS[seed], name, **{field: value & _FIELDS[field]}))

    run()
