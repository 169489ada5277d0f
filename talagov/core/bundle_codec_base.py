# SPDX-License-Identifier: GPL-3.0-or-later
"""Strict reading of parsed JSON: exact keys, exact types, a path in every refusal.

The data files of a bundle are untrusted input, and the same readers decode what the
database stores (poll settings, tallies). A :class:`Node` wraps one parsed JSON value
with where it was found (``data/polls.json: polls[2].setting.voters[0]``); each
accessor checks one type and raises :class:`~talagov.core.bundle_model.BundleDataError`
naming that place. ``bool`` is never an ``int``; dates and times are ISO texts.
"""

from __future__ import annotations

import base64
import binascii
import enum
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any, TypeVar

from talagov.core.bundle_model import BundleDataError
from talagov.core.ratio import Ratio

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")

DATA_FORMAT = "talagov.bundle."  # + the data file's name: "talagov.bundle.polls"
DATA_VERSION = 1
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_B64 = re.compile(r"^[A-Za-z0-9+/]*={0,2}$")
MAX_INT = 2**53 - 1  # what RFC 8785 (IEEE doubles) writes exactly


class Node:
    """One parsed JSON value and the place it was read from (see module docstring)."""

    __slots__ = ("_parent", "_step", "member", "value")

    def __init__(self, value: object, member: str, where: str | int = "",
                 parent: Node | None = None) -> None:
        self.value = value
        self.member = member
        # The place is spelt only when a refusal names it: a bundle's data files hold
        # tens of thousands of values, and almost none is ever refused.
        self._parent = parent
        self._step = where

    @property
    def where(self) -> str:
        """The place of this value in its file (``polls[2].setting.voters[0]``)."""
        steps: list[str | int] = []
        node: Node | None = self
        while node is not None:
            steps.append(node._step)
            node = node._parent
        where = ""
        for step in reversed(steps):
            if isinstance(step, int):  # an element of a list
                where = f"{where}[{step}]"
            elif where and not step.startswith("["):
                where = f"{where}.{step}"
            else:
                where = f"{where}{step}"
        return where

    def fail(self, detail: str) -> BundleDataError:
        """The error naming this place."""
        where = self.where
        place = f"{where}: " if where else ""
        return BundleDataError(self.member, place + detail)

    def _child(self, value: object, step: str | int) -> Node:
        return Node(value, self.member, step, self)

    # -- containers --------------------------------------------------------------------

    def object(self, keys: Iterable[str], optional: Iterable[str] = ()) -> Node:
        """This node, checked to be an object with exactly ``keys`` (plus any of
        ``optional``)."""
        value = self.value
        if not isinstance(value, dict):
            raise self.fail("object expected")
        required, allowed = set(keys), set(keys) | set(optional)
        missing, extra = sorted(required - set(value)), sorted(set(value) - allowed)
        if missing or extra:
            raise self.fail(f"keys: missing {missing}, unexpected {extra}")
        return self

    def __getitem__(self, key: str) -> Node:
        value = self.value
        assert isinstance(value, dict), "call object() first"
        return self._child(value.get(key), key)

    def has(self, key: str) -> bool:
        """Whether an (already checked) object holds ``key``."""
        return isinstance(self.value, dict) and key in self.value

    def items(self) -> list[Node]:
        """The elements of a list."""
        if not isinstance(self.value, list):
            raise self.fail("list expected")
        member = self.member
        return [Node(v, member, i, self) for i, v in enumerate(self.value)]

    def each(self, read: Callable[[Node], T]) -> tuple[T, ...]:
        """``read`` applied to every element of a list."""
        return tuple([read(n) for n in self.items()])

    def mapping(self) -> list[tuple[str, Node]]:
        """The (key, value) pairs of an object whose keys are data, in stored order."""
        if not isinstance(self.value, dict):
            raise self.fail("object expected")
        return [(k, self._child(v, k)) for k, v in self.value.items()]

    def optional(self, read: Callable[[Node], T]) -> T | None:
        """``None`` for JSON ``null``, else ``read(self)``."""
        return None if self.value is None else read(self)

    # -- scalars -----------------------------------------------------------------------

    def text(self) -> str:
        """A string."""
        if not isinstance(self.value, str):
            raise self.fail("text expected")
        return self.value

    def integer(self, minimum: int | None = 0) -> int:
        """An integer (not a boolean), at least ``minimum`` (``None``: any sign)."""
        value = self.value
        if type(value) is not int or abs(value) > MAX_INT:
            raise self.fail("integer expected")
        if minimum is not None and value < minimum:
            raise self.fail(f"integer of at least {minimum} expected")
        return value

    def boolean(self) -> bool:
        """``true`` or ``false``."""
        if type(self.value) is not bool:
            raise self.fail("boolean expected")
        return self.value

    def enum(self, kind: type[E]) -> E:
        """A member of a string enum, by value."""
        text = self.text()
        try:
            return kind(text)
        except ValueError:
            raise self.fail(f"unknown {kind.__name__} {text!r}") from None

    def date(self) -> date:
        """An ISO date (``2025-06-12``)."""
        text = self.text()
        try:
            if len(text) != 10:
                raise ValueError(text)
            return date.fromisoformat(text)
        except ValueError:
            raise self.fail(f"ISO date expected, not {text!r}") from None

    def datetime(self) -> datetime:
        """An ISO date and time, with or without an offset, as stored."""
        text = self.text()
        try:
            if "T" not in text:
                raise ValueError(text)
            return datetime.fromisoformat(text)
        except ValueError:
            raise self.fail(f"ISO date and time expected, not {text!r}") from None

    def hex64(self) -> str:
        """A SHA-256 in lowercase hex."""
        text = self.text()
        if not _HEX64.fullmatch(text):
            raise self.fail("64 lowercase hex digits expected")
        return text

    def b64(self) -> bytes:
        """Bytes in standard base64."""
        text = self.text()
        try:
            if not _B64.fullmatch(text):
                raise ValueError(text)
            return base64.b64decode(text, validate=True)
        except (ValueError, binascii.Error):
            raise self.fail("base64 expected") from None

    def ratio(self) -> Ratio:
        """A ratio written ``[num, den]``."""
        pair = self.items()
        if len(pair) != 2:
            raise self.fail("[numerator, denominator] expected")
        try:
            return Ratio(pair[0].integer(), pair[1].integer(1))
        except ValueError:
            raise self.fail("a ratio between 0 and 1 expected") from None

    def pair(self) -> tuple[int, int]:
        """An exact fraction written ``[num, den]`` (any size, positive denominator)."""
        pair = self.items()
        if len(pair) != 2:
            raise self.fail("[numerator, denominator] expected")
        return pair[0].integer(None), pair[1].integer(1)

    def ints(self) -> tuple[int, ...]:
        """A list of non-negative integers."""
        value = self.value
        # The whole list checked at once; any doubt, and each element is read (and
        # refused) with its place.
        if type(value) is list and all(type(v) is int and 0 <= v <= MAX_INT for v in value):
            return tuple(value)
        return self.each(Node.integer)

    def texts(self) -> tuple[str, ...]:
        """A list of strings."""
        value = self.value
        if type(value) is list and all(type(v) is str for v in value):
            return tuple(value)
        return self.each(Node.text)


def document(data: object, member: str, name: str, keys: Iterable[str]) -> Node:
    """The top object of a data file: ``format`` ``talagov.bundle.<name>``, ``version``
    1, and exactly ``keys`` besides those two."""
    node = Node(data, member)
    if not isinstance(data, dict):
        raise node.fail("object expected")
    if data.get("format") != DATA_FORMAT + name:
        raise node.fail(f"format {DATA_FORMAT + name!r} expected")
    if type(data.get("version")) is not int or data["version"] != DATA_VERSION:
        raise node.fail(f"unsupported version {data.get('version')!r}")
    return node.object({"format", "version", *keys})


def header(name: str) -> dict[str, Any]:
    """The ``format`` and ``version`` keys every data file starts with."""
    return {"format": DATA_FORMAT + name, "version": DATA_VERSION}


def iso(value: date | datetime | None) -> str | None:
    """An ISO text (full precision, as stored), ``None`` kept."""
    return None if value is None else value.isoformat()


def b64(data: bytes) -> str:
    """Standard base64 text."""
    return base64.b64encode(data).decode("ascii")


def ratio_data(value: Ratio) -> list[int]:
    """A ratio as ``[num, den]``."""
    return [value.num, value.den]


def sorted_int_map(mapping: Mapping[int, Any]) -> list[list[Any]]:
    """An int-keyed mapping as ``[[key, value], ...]`` sorted by key (JSON keys are text)."""
    return [[int(k), v] for k, v in sorted(mapping.items())]
