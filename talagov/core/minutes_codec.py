# SPDX-License-Identifier: GPL-3.0-or-later
"""The minutes' JSON: what is stored, signed and archived, and reading it back.

:func:`to_data` is the object the signatories sign; its RFC 8785 form is
:func:`content_bytes` and its SHA-256 :func:`content_hash`. The ``*_from_data`` readers
check every type and limit and refuse anything else with a ``UserError``
(``minutes.bad_content``, ``minutes.bad_text``, ``minutes.too_long``): stored or
archived minutes are read back as untrusted input.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from talagov.core import rich_text
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.errors import UserError
from talagov.core.minutes_content import (
    FORMAT,
    MAX_DECISIONS,
    MAX_FIELD,
    MAX_INCIDENTS,
    AgendaRow,
    Attendance,
    Decision,
    Erratum,
    Generated,
    Header,
    ItemSection,
    ItemWritten,
    MinutesContent,
    Person,
    Signatory,
    VoteResult,
    Written,
)

# -- JSON ------------------------------------------------------------------------------


def _vote_data(v: VoteResult) -> dict[str, Any]:
    return {
        "majority": v.majority, "choices": [list(c) for c in v.choices], "counted": v.counted,
        "colleges": [list(c) for c in v.colleges], "weighted": v.weighted,
        "ranking": list(v.ranking), "decision": v.decision, "adopted": v.adopted,
        "explanation": list(v.explanation),
    }  # fmt: skip


def _item_data(s: ItemSection) -> dict[str, Any]:
    return {
        "item_id": s.item_id, "number": s.number, "title": s.title, "kind": s.kind,
        "resolution": s.resolution, "vote": None if s.vote is None else _vote_data(s.vote),
        "debates": rich_text.to_data(s.debates), "not_recorded": s.not_recorded,
    }  # fmt: skip


def _header_data(h: Header) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name in Header.__dataclass_fields__:
        value = getattr(h, name)
        data[name] = list(value) if isinstance(value, tuple) else value
    return data


def generated_data(g: Generated) -> dict[str, Any]:
    """The JSON form of the generated half (stored with the draft)."""
    return {
        "lang": g.lang, "body": g.body, "header": _header_data(g.header),
        "attendance": {"lines": [list(x) for x in g.attendance.lines],
                       "quorum": list(g.attendance.quorum), "quorum_met": g.attendance.quorum_met},
        "agenda": [{"number": a.number, "title": a.title, "treated": a.treated} for a in g.agenda],
        "items": [_item_data(s) for s in g.items],
        "participants": [{k: getattr(p, k) for k in Person.__dataclass_fields__}
                         for p in g.participants],
        "proxies": [list(p) for p in g.proxies], "correspondence": list(g.correspondence),
        "incidents": list(g.incidents),
    }  # fmt: skip


def to_data(c: MinutesContent) -> dict[str, Any]:
    """The JSON form of the whole minutes, the object that is signed."""
    g = generated_data(c.generated)
    g["items"] = [_item_data(s) for s in c.items]
    g["incidents"] = list(c.incidents)
    return {
        "format": FORMAT, **g,
        "opening": rich_text.to_data(c.opening), "closing": rich_text.to_data(c.closing),
        "decisions": [{"number": i + 1, "action": d.action, "who": d.who, "due": d.due}
                      for i, d in enumerate(c.decisions)],
        "drafted_by": c.drafted_by, "drafted_on": c.drafted_on,
        "signatories": [{"member_id": s.member_id, "name": s.name, "role": s.role,
                         "certificate": s.certificate} for s in c.signatories],
        "erratum": None if c.erratum is None else {
            "register": c.erratum.register, "number": c.erratum.number,
            "date": c.erratum.date, "content_hash": c.erratum.content_hash},
        "correction": rich_text.to_data(c.correction),
    }  # fmt: skip


def content_bytes(c: MinutesContent) -> bytes:
    """The exact bytes every signatory signs (RFC 8785)."""
    return canonical(to_data(c))


def content_hash(c: MinutesContent) -> str:
    """SHA-256 of :func:`content_bytes`, hex."""
    return sha256_hex(content_bytes(c))


# -- reading back ----------------------------------------------------------------------


def _bad() -> UserError:
    return UserError("minutes.bad_content")


def _str(d: Mapping[str, Any], key: str) -> str:
    value = d.get(key, "")
    if not isinstance(value, str):
        raise _bad()
    return value


def _strs(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _bad()
    return tuple(value)


def _pairs(value: Any, second: type) -> tuple[Any, ...]:
    if not isinstance(value, list):
        raise _bad()
    out = []
    for pair in value:
        if (not isinstance(pair, list) or len(pair) != 2 or not isinstance(pair[0], str)
                or not isinstance(pair[1], second) or isinstance(pair[1], bool)):
            raise _bad()
        out.append((pair[0], pair[1]))
    return tuple(out)


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise _bad()
    return value


def _opt_bool(value: Any) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise _bad()
    return value


def _vote(d: Any) -> VoteResult | None:
    if d is None:
        return None
    if not isinstance(d, dict):
        raise _bad()
    return VoteResult(
        majority=_str(d, "majority"), choices=_pairs(d.get("choices", []), int),
        counted=_str(d, "counted"), colleges=_pairs(d.get("colleges", []), str),
        weighted=_str(d, "weighted"), ranking=_strs(d.get("ranking", [])),
        decision=_str(d, "decision"), adopted=_opt_bool(d.get("adopted")),
        explanation=_strs(d.get("explanation", [])),
    )  # fmt: skip


def _int(d: Mapping[str, Any], key: str) -> int:
    value = d.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise _bad()
    return value


def _item(d: Any) -> ItemSection:
    if not isinstance(d, dict):
        raise _bad()
    not_recorded = d.get("not_recorded", False)
    if not isinstance(not_recorded, bool):
        raise _bad()
    return ItemSection(
        item_id=_int(d, "item_id"), number=_int(d, "number"), title=_str(d, "title"),
        kind=_str(d, "kind"), resolution=_str(d, "resolution"), vote=_vote(d.get("vote")),
        debates=rich_text.from_data(d.get("debates", [])), not_recorded=not_recorded,
    )  # fmt: skip


def _header(d: Any) -> Header:
    if not isinstance(d, dict):
        raise _bad()
    values: dict[str, Any] = {}
    for name, spec in Header.__dataclass_fields__.items():
        raw = d.get(name, [] if "tuple" in str(spec.type) else "")
        values[name] = _strs(raw) if "tuple" in str(spec.type) else _str(d, name)
    return Header(**values)


def generated_from_data(d: Any) -> Generated:
    """Read :func:`generated_data` output back (also the generated half of
    :func:`to_data` output).

    Raises:
        UserError: ``minutes.bad_content`` for anything malformed.
    """
    if not isinstance(d, dict):
        raise _bad()
    att = d.get("attendance")
    if not isinstance(att, dict):
        raise _bad()
    agenda = []
    for a in _list(d.get("agenda", [])):
        if not isinstance(a, dict) or not isinstance(a.get("treated"), bool):
            raise _bad()
        agenda.append(AgendaRow(_int(a, "number"), _str(a, "title"), a["treated"]))
    people = []
    for p in _list(d.get("participants", [])):
        if not isinstance(p, dict):
            raise _bad()
        people.append(Person(**{k: _str(p, k) for k in Person.__dataclass_fields__}))
    items = _list(d.get("items", []))
    return Generated(
        lang=_str(d, "lang"), body=_str(d, "body"), header=_header(d.get("header")),
        attendance=Attendance(_pairs(att.get("lines", []), int), _strs(att.get("quorum", [])),
                              _opt_bool(att.get("quorum_met"))),
        agenda=tuple(agenda), items=tuple(_item(i) for i in items),
        participants=tuple(people), proxies=_pairs(d.get("proxies", []), str),
        correspondence=_strs(d.get("correspondence", [])),
        incidents=_strs(d.get("incidents", [])),
    )  # fmt: skip


def written_data(w: Written) -> dict[str, Any]:
    """The JSON form of the written half (the draft's autosave)."""
    return {
        "opening": rich_text.to_data(w.opening), "closing": rich_text.to_data(w.closing),
        "items": {str(k): {"debates": rich_text.to_data(v.debates),
                           "not_recorded": v.not_recorded} for k, v in sorted(w.items.items())},
        "decisions": [{"action": d.action, "who": d.who, "due": d.due} for d in w.decisions],
        "incidents": list(w.incidents), "drafted_by": w.drafted_by,
        "correction": rich_text.to_data(w.correction),
    }  # fmt: skip


def written_from_data(d: Any) -> Written:
    """Read :func:`written_data` output back, checking types and limits.

    Raises:
        UserError: ``minutes.bad_content``, ``minutes.bad_text``, ``minutes.too_long``.
    """
    if not isinstance(d, dict):
        raise _bad()
    raw_items = d.get("items", {})
    if not isinstance(raw_items, dict):
        raise _bad()
    items = {}
    for key, value in raw_items.items():
        # ASCII digits only: str.isdigit() also takes « ² », which int() refuses; and few
        # of them, or int() refuses a string past 4,300 digits with a ValueError.
        if not (isinstance(key, str) and key.isascii() and key.isdigit() and len(key) <= 18
                and isinstance(value, dict)):
            raise _bad()
        flag = value.get("not_recorded", False)
        if not isinstance(flag, bool):
            raise _bad()
        items[int(key)] = ItemWritten(rich_text.from_data(value.get("debates", [])), flag)
    decisions = []
    raw_decisions = _list(d.get("decisions", []))
    if len(raw_decisions) > MAX_DECISIONS:
        raise UserError("minutes.too_long")
    for row in raw_decisions:
        if not isinstance(row, dict):
            raise _bad()
        decisions.append(Decision(_str(row, "action"), _str(row, "who"), _str(row, "due")))
    incidents = _strs(d.get("incidents", []))
    if len(incidents) > MAX_INCIDENTS:
        raise UserError("minutes.too_long")
    written = Written(
        opening=rich_text.from_data(d.get("opening", [])), items=items,
        closing=rich_text.from_data(d.get("closing", [])), decisions=tuple(decisions),
        incidents=incidents, drafted_by=_str(d, "drafted_by"),
        correction=rich_text.from_data(d.get("correction", [])),
    )  # fmt: skip
    check_written(written)
    return written


def check_written(w: Written) -> None:
    """Refuse a decision with no action, or a field longer than :data:`MAX_FIELD`.

    Raises:
        UserError: ``minutes.decision_without_action`` (with its ``number``),
            ``minutes.too_long``.
    """
    for i, d in enumerate(w.decisions, start=1):
        if not d.action.strip():
            raise UserError("minutes.decision_without_action", {"number": i})
        if max(len(d.action), len(d.who), len(d.due)) > MAX_FIELD:
            raise UserError("minutes.too_long")
    if len(w.drafted_by) > MAX_FIELD or any(len(t) > MAX_FIELD for t in w.incidents):
        raise UserError("minutes.too_long")


def from_data(d: Any) -> MinutesContent:
    """Read :func:`to_data` output back (the signed content, as stored or archived).

    Raises:
        UserError: ``minutes.bad_content`` for anything malformed or of another format.
    """
    if not isinstance(d, dict) or d.get("format") != FORMAT:
        raise _bad()
    generated = generated_from_data(d)
    signatories = []
    for s in _list(d.get("signatories", [])):
        if not isinstance(s, dict):
            raise _bad()
        signatories.append(Signatory(_int(s, "member_id"), _str(s, "name"), _str(s, "role"),
                                     _str(s, "certificate")))
    raw_erratum = d.get("erratum")
    erratum = None
    if raw_erratum is not None:
        if not isinstance(raw_erratum, dict):
            raise _bad()
        erratum = Erratum(_str(raw_erratum, "register"), _int(raw_erratum, "number"),
                          _str(raw_erratum, "date"), _str(raw_erratum, "content_hash"))
    written = written_from_data({k: d.get(k, v) for k, v in (
        ("opening", []), ("closing", []), ("decisions", []), ("incidents", []),
        ("drafted_by", ""), ("correction", []))})  # fmt: skip
    content = MinutesContent(
        generated=generated, opening=written.opening, items=generated.items,
        closing=written.closing, decisions=tuple(
            Decision(x.action, x.who, x.due) for x in written.decisions),
        incidents=generated.incidents, drafted_by=written.drafted_by,
        drafted_on=_str(d, "drafted_on"), signatories=tuple(signatories), erratum=erratum,
        correction=written.correction,
    )  # fmt: skip
    # JSON can hold what RFC 8785 cannot write (an integer past 2**53, a lone surrogate):
    # such a content could never be hashed or signed, so it is refused here, not later.
    try:
        content_bytes(content)
    except ValueError:
        raise _bad() from None
    return content
