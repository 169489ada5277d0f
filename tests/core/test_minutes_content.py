# SPDX-License-Identifier: GPL-3.0-or-later
"""The minutes' content: the written half lands in the right items, the signed bytes are
RFC 8785 and change with any single field, and stored or archived JSON is read back with
its hash intact or refused with a code (never a crash)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import minutes_codec as codec
from talagov.core import minutes_content as mc
from talagov.core import rich_text as rt
from talagov.core.canonical import canonical, sha256_hex
from talagov.core.errors import UserError
from talagov.core.minutes_content import (
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

NB = "\u00a0"
# Item ids are database ids: not in agenda order, so a mix-up would show.
ACCOUNTS, BOARD, NEWS = 41, 17, 23


def generated() -> Generated:
    header = Header(
        organisation="Les Jardins Partagés", mentions=("SCOP-SARL au capital variable",
                                                       "12 rue des Lilas, 59000 Lille"),
        meeting_kind="Assemblée générale ordinaire", title="AG annuelle 2026",
        date="2026-06-13", date_text="13 juin 2026", start_time="17 h 00", end_time="19 h 30",
        place="Salle du patio", convocation="par courrier électronique, le 20 mai 2026",
        chair="Jeanne Martin", secretary="Paul Durand", scrutineers=("Ana Ruiz", "Léo Petit"),
        documents=("Rapport de gestion",), attachments=("Diaporama diffusé",))
    attendance = Attendance((("présents", 12), ("représentés", 3)),
                            (f"Quorum{NB}: aucun sur première convocation.",), True)
    accounts = VoteResult(
        majority="majorité des voix exprimées", choices=(("Pour", 54), ("Contre", 3),
                                                          ("Abstention", 2)),
        counted="57 voix exprimées sur 60 participants", decision="Adoptée", adopted=True,
        explanation=("54 > 57/2",))
    board = VoteResult(majority="majorité relative", choices=(("Jeanne Martin", 40),),
                       ranking=("1. Jeanne Martin — 40 voix — élue",),
                       decision=f"Élus{NB}: Jeanne Martin", colleges=(("Salariés", "30 voix"),))
    return Generated(
        lang="fr", body="ag", header=header, attendance=attendance,
        agenda=(AgendaRow(1, "Approbation des comptes", True),
                AgendaRow(2, "Élection de la gérance", True), AgendaRow(3, "Nouvelles", False)),
        items=(ItemSection(ACCOUNTS, 1, "Approbation des comptes", "resolution",
                           "L'assemblée approuve les comptes.", accounts),
               ItemSection(BOARD, 2, "Élection de la gérance", "election", vote=board),
               ItemSection(NEWS, 3, "Nouvelles", "information")),
        participants=(Person("Martin", "Jeanne", "Gérante", "Les Jardins", "présente"),
                      Person("Durand", "Paul", attendance="à distance")),
        proxies=(("Ana Ruiz", "Paul Durand"), ("Léo Petit", "en blanc")),
        correspondence=("Marc Godefroy",),
        incidents=("Le lien à distance a coupé à 18 h 10.",))


def written() -> Written:
    return Written(
        opening=(rt.paragraph("La séance est ouverte à 17 h 00."),),
        items={BOARD: ItemWritten((rt.paragraph("Je me présente.", speaker="Jeanne Martin (Les Jardins)"),)),
               ACCOUNTS: ItemWritten((rt.paragraph("Les comptes sont sincères <b>&."),)),
               NEWS: ItemWritten(not_recorded=True),
               999: ItemWritten((rt.paragraph("Un point retiré de l'ordre du jour."),))},
        closing=(rt.paragraph("La séance est levée à 19 h 30."),),
        decisions=(Decision("Organiser 4 groupes de travail", "MEL", "Fin mars / début avril"),
                   Decision("Publier les comptes")),
        incidents=("Léo Petit est parti avant le vote du point 2.",),
        drafted_by="Paul Durand")


SIGNATORIES = (Signatory(5, "Jeanne Martin", "Présidente de séance", "ab" * 32),
               Signatory(8, "Paul Durand", "Secrétaire"))


def content(**changes: Any) -> MinutesContent:
    base = mc.assemble(generated(), written(), drafted_on="2026-06-14", signatories=SIGNATORIES)
    return replace(base, **changes)


ERRATUM = content(erratum=Erratum("ag", 3, "2026-06-13", "cd" * 32),
                  correction=(rt.paragraph("Au point 1, lire 54 voix pour."),))


def test_assemble_puts_each_debate_in_its_item_in_agenda_order() -> None:
    c = content()
    assert [s.item_id for s in c.items] == [ACCOUNTS, BOARD, NEWS]
    assert [s.number for s in c.items] == [1, 2, 3]
    assert rt.plain_text(c.items[0].debates) == "Les comptes sont sincères <b>&."
    assert c.items[1].debates[0].runs[0] == rt.Run(f"Jeanne Martin (Les Jardins){NB}: ", bold=True)
    assert c.items[2].debates == () and c.items[2].not_recorded
    assert not c.items[0].not_recorded
    # The record's half is kept as drafted.
    assert c.items[0].vote == generated().items[0].vote
    assert c.items[0].resolution == "L'assemblée approuve les comptes."
    # A debate written for an item no longer on the agenda does not appear.
    assert "retiré" not in json.dumps(codec.to_data(c), ensure_ascii=False)


def test_written_incidents_follow_the_recorded_ones() -> None:
    assert content().incidents == ("Le lien à distance a coupé à 18 h 10.",
                                   "Léo Petit est parti avant le vote du point 2.")


def test_an_item_nobody_wrote_about_has_no_debates() -> None:
    c = mc.assemble(generated(), Written(), drafted_on="2026-06-14", signatories=())
    assert all(s.debates == () and not s.not_recorded for s in c.items)
    assert c.incidents == generated().incidents
    assert c.decisions == () and c.drafted_by == ""


def test_decisions_are_numbered_in_the_signed_content() -> None:
    rows = codec.to_data(content())["decisions"]
    assert rows == [
        {"number": 1, "action": "Organiser 4 groupes de travail", "who": "MEL",
         "due": "Fin mars / début avril"},
        {"number": 2, "action": "Publier les comptes", "who": "", "due": ""}]


@pytest.mark.parametrize("c", [content(), ERRATUM, content(signatories=(), decisions=())],
                         ids=["minutes", "erratum", "bare"])
def test_a_round_trip_keeps_the_content_hash(c: MinutesContent) -> None:
    back = codec.from_data(json.loads(json.dumps(codec.to_data(c))))
    assert codec.content_hash(back) == codec.content_hash(c)
    assert back.items == c.items and back.decisions == c.decisions
    assert back.signatories == c.signatories and back.erratum == c.erratum
    assert back.header == c.header and back.drafted_on == c.drafted_on


def test_the_signed_bytes_are_rfc_8785() -> None:
    c = ERRATUM
    data = codec.to_data(c)
    assert codec.content_bytes(c) == canonical(data)
    assert codec.content_hash(c) == sha256_hex(canonical(data))
    # Our keys are ASCII and we carry no floats, so JCS is sorted compact UTF-8 JSON.
    assert codec.content_bytes(c) == json.dumps(data, sort_keys=True, separators=(",", ":"),
                                             ensure_ascii=False).encode("utf-8")
    assert json.loads(codec.content_bytes(c)) == data
    assert data["format"] == mc.FORMAT


def _vote(c: MinutesContent, index: int, **changes: Any) -> MinutesContent:
    items = list(c.items)
    vote = items[index].vote
    assert vote is not None
    items[index] = replace(items[index], vote=replace(vote, **changes))
    return replace(c, items=tuple(items))


def _item(c: MinutesContent, index: int, **changes: Any) -> MinutesContent:
    items = list(c.items)
    items[index] = replace(items[index], **changes)
    return replace(c, items=tuple(items))


def _generated(c: MinutesContent, **changes: Any) -> MinutesContent:
    return replace(c, generated=replace(c.generated, **changes))


def _header(c: MinutesContent, **changes: Any) -> MinutesContent:
    return _generated(c, header=replace(c.header, **changes))


CHANGES: dict[str, Callable[[MinutesContent], MinutesContent]] = {
    "a vote count": lambda c: _vote(c, 0, choices=(("Pour", 55), ("Contre", 3), ("Abstention", 2))),
    "a choice's name": lambda c: _vote(c, 0, choices=(("Pour", 54), ("Contre", 3), ("Abst.", 2))),
    "the decision": lambda c: _vote(c, 0, decision="Rejetée", adopted=False),
    "adopted only": lambda c: _vote(c, 0, adopted=None),
    "a college line": lambda c: _vote(c, 1, colleges=(("Salariés", "31 voix"),)),
    "the ranking": lambda c: _vote(c, 1, ranking=()),
    "no vote": lambda c: _item(c, 0, vote=None),
    "a debate word": lambda c: _item(c, 0, debates=(rt.paragraph("Les comptes sont faux <b>&."),)),
    "a debate's bold": lambda c: _item(c, 0, debates=(rt.Block(
        rt.BlockKind.PARAGRAPH, (rt.Run("Les comptes sont sincères <b>&.", bold=True),)),)),
    "a debate as a list item": lambda c: _item(c, 0, debates=(rt.Block(
        rt.BlockKind.BULLET, c.items[0].debates[0].runs),)),
    "not recorded": lambda c: _item(c, 0, not_recorded=True),
    "a resolution": lambda c: _item(c, 0, resolution="L'assemblée rejette les comptes."),
    "an item number": lambda c: _item(c, 2, number=4),
    "a signatory's name": lambda c: replace(c, signatories=(
        replace(SIGNATORIES[0], name="Jeanne Martine"), SIGNATORIES[1])),
    "a signatory's certificate": lambda c: replace(c, signatories=(
        replace(SIGNATORIES[0], certificate="ac" * 32), SIGNATORIES[1])),
    "a signatory's member": lambda c: replace(c, signatories=(
        SIGNATORIES[0], replace(SIGNATORIES[1], member_id=9))),
    "a signatory more": lambda c: replace(c, signatories=(*SIGNATORIES, Signatory(2, "A", "B"))),
    "the signatories' order": lambda c: replace(c, signatories=SIGNATORIES[::-1]),
    "drafted on": lambda c: replace(c, drafted_on="2026-06-15"),
    "drafted by": lambda c: replace(c, drafted_by="Paul Durant"),
    "the opening": lambda c: replace(c, opening=(rt.paragraph("La séance est ouverte à 17 h 05."),)),
    "the closing": lambda c: replace(c, closing=()),
    "a decision's due date": lambda c: replace(c, decisions=(
        c.decisions[0], replace(c.decisions[1], due="juillet"))),
    "an incident": lambda c: replace(c, incidents=c.incidents[:1]),
    "the correction": lambda c: replace(c, correction=(rt.paragraph("Lire 55."),)),
    "an erratum": lambda c: replace(c, erratum=Erratum("ag", 3, "2026-06-13", "cd" * 32)),
    "the language": lambda c: _generated(c, lang="en"),
    "the register": lambda c: _generated(c, body="body-3"),
    "the place": lambda c: _header(c, place="Salle B"),
    "a scrutineer": lambda c: _header(c, scrutineers=("Ana Ruiz",)),
    "the date": lambda c: _header(c, date="2026-06-12"),
    "a mention": lambda c: _header(c, mentions=("SCOP-SA",)),
    "an attendance count": lambda c: _generated(c, attendance=Attendance(
        (("présents", 13), ("représentés", 3)), c.generated.attendance.quorum, True)),
    "the quorum met": lambda c: _generated(c, attendance=replace(c.generated.attendance,
                                                                 quorum_met=None)),
    "an agenda mark": lambda c: _generated(c, agenda=(*c.generated.agenda[:2],
                                                      AgendaRow(3, "Nouvelles", True))),
    "a participant": lambda c: _generated(c, participants=(
        replace(c.generated.participants[0], role="Gérant"), c.generated.participants[1])),
    "a proxy": lambda c: _generated(c, proxies=(("Ana Ruiz", "Jeanne Martin"),
                                                c.generated.proxies[1])),
    "a postal voter": lambda c: _generated(c, correspondence=()),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_the_hash_changes_with_any_single_field(change: str) -> None:
    before = content()
    after = CHANGES[change](before)
    assert codec.content_hash(after) != codec.content_hash(before)
    # ...and the change is carried by the JSON, so it survives storage.
    assert codec.content_hash(codec.from_data(codec.to_data(after))) == codec.content_hash(after)


def test_the_hash_is_stable() -> None:
    assert codec.content_hash(content()) == codec.content_hash(content())
    assert len(codec.content_hash(content())) == 64


def bad(code: str, read: Callable[[Any], object], data: Any) -> UserError:
    with pytest.raises(UserError) as caught:
        read(data)
    assert caught.value.code == code
    return caught.value


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(data)
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


@pytest.mark.parametrize("data", [
    None, [], "minutes", {}, {"format": "talagov.minutes/2"},
    {k: v for k, v in codec.to_data(content()).items() if k != "format"},
])
def test_another_format_is_refused(data: Any) -> None:
    bad("minutes.bad_content", codec.from_data, data)


GOOD = codec.to_data(ERRATUM)


@pytest.mark.parametrize(("path", "value"), [
    (("lang",), 1), (("header",), None), (("header", "date"), 20260613),
    (("header", "scrutineers"), "Ana Ruiz"), (("header", "scrutineers"), [1]),
    (("attendance",), []), (("attendance", "lines"), [["présents", "12"]]),
    (("attendance", "lines"), [["présents", True]]), (("attendance", "lines"), [["présents"]]),
    (("attendance", "quorum_met"), "oui"), (("agenda",), 3), (("agenda",), [["1", "x", True]]),
    (("agenda", 0, "treated"), "O"), (("agenda", 0, "number"), "1"),
    (("items",), {}), (("items", 0), "item"), (("items", 0, "item_id"), None),
    (("items", 0, "item_id"), 41.0), (("items", 0, "vote"), []),
    (("items", 0, "vote", "choices"), [["Pour", 54.5]]), (("items", 0, "vote", "adopted"), 1),
    (("items", 0, "not_recorded"), None), (("participants",), 7), (("participants",), [None]),
    (("participants", 0, "name"), ["Martin"]), (("proxies",), [["Ana Ruiz", None]]),
    (("correspondence",), "Marc"), (("incidents",), None), (("signatories",), 2),
    (("signatories",), [[5, "Jeanne"]]), (("signatories", 0, "member_id"), "5"),
    (("erratum",), "ag-3"), (("erratum", "number"), True), (("drafted_on",), None),
    (("drafted_by",), 3), (("decisions",), {}), (("decisions", 0), "agir"),
])
def test_wrong_types_are_refused(path: tuple[Any, ...], value: Any) -> None:
    with pytest.raises(UserError) as caught:
        codec.from_data(_set(GOOD, path, value))
    assert caught.value.code in ("minutes.bad_content", "minutes.too_long")


def test_bad_rich_text_inside_the_content_is_refused() -> None:
    bad("minutes.bad_text", codec.from_data, _set(GOOD, ("opening",), [{"kind": "h1", "runs": []}]))
    bad("minutes.bad_text", codec.from_data, _set(GOOD, ("items", 0, "debates"), "texte"))


def test_content_that_could_not_be_signed_is_refused() -> None:
    # JSON that parses but has no RFC 8785 form: the hash could not be computed later.
    bad("minutes.bad_content", codec.from_data,
        _set(GOOD, ("items", 0, "vote", "choices"), [["Pour", 2**60]]))
    bad("minutes.bad_content", codec.from_data, _set(GOOD, ("signatories", 0, "member_id"), 2**53))
    bad("minutes.bad_content", codec.from_data, _set(GOOD, ("header", "place"), "Salle \ud800"))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            out += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            out += _paths(inner, (*prefix, i))
    return out


PATHS = _paths(GOOD)
json_leaves = (st.none() | st.booleans() | st.integers(-(2**62), 2**62) | st.floats()
               | st.text(max_size=6))
json_values = st.recursive(json_leaves, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=8)
# One value of each JSON type (and the edges of RFC 8785), so a wrong type is tried often.
mutations = st.sampled_from([None, True, 0, -1, 2**53, 1.5, "", "x", [], {}, [1], ["x"],
                             {"a": 1}, [["x", 1]]]) | json_values


def _mutate(data: dict[str, Any], path: tuple[Any, ...], how: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(data)
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    if how == "drop":
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PATHS), st.sampled_from(["drop", "set"]), mutations),
                min_size=1, max_size=3))
def test_a_mutated_content_parses_or_is_refused(mutations: list[tuple[Any, str, Any]]) -> None:
    data = GOOD
    for path, how, value in mutations:
        try:
            data = _mutate(data, path, how, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced that place
    try:
        back = codec.from_data(data)
    except UserError as exc:
        assert exc.code in ("minutes.bad_content", "minutes.bad_text", "minutes.too_long",
                            "minutes.decision_without_action")
    else:
        # What is read can be signed, and reads back to the same hash.
        assert codec.content_hash(codec.from_data(codec.to_data(back))) == codec.content_hash(back)


# -- the written half --------------------------------------------------------------------


def test_the_written_half_survives_its_round_trip() -> None:
    w = written()
    data = json.loads(json.dumps(codec.written_data(w)))
    assert sorted(data["items"]) == sorted(str(k) for k in w.items)
    assert codec.written_from_data(data) == w
    assert codec.written_from_data(codec.written_data(Written())) == Written()
    assert codec.written_from_data({}) == Written()


def test_the_generated_half_survives_its_round_trip() -> None:
    g = generated()
    assert codec.generated_from_data(json.loads(json.dumps(codec.generated_data(g)))) == g


def test_a_decision_without_action_names_its_line() -> None:
    data = codec.written_data(written())
    data["decisions"].insert(1, {"action": "  ", "who": "MEL", "due": "juin"})
    error = bad("minutes.decision_without_action", codec.written_from_data, data)
    assert error.params == {"number": 2}
    with pytest.raises(UserError) as caught:
        codec.check_written(Written(decisions=(Decision(""),)))
    assert caught.value.params == {"number": 1}


@pytest.mark.parametrize("change", [
    {"decisions": [{"action": "x"}] * (mc.MAX_DECISIONS + 1)},
    {"incidents": ["x"] * (mc.MAX_INCIDENTS + 1)},
    {"incidents": ["x" * (mc.MAX_FIELD + 1)]},
    {"drafted_by": "x" * (mc.MAX_FIELD + 1)},
    {"decisions": [{"action": "x" * (mc.MAX_FIELD + 1)}]},
    {"decisions": [{"action": "x", "who": "x" * (mc.MAX_FIELD + 1)}]},
    {"decisions": [{"action": "x", "due": "x" * (mc.MAX_FIELD + 1)}]},
])
def test_limits_are_refused_as_too_long(change: dict[str, Any]) -> None:
    bad("minutes.too_long", codec.written_from_data, codec.written_data(written()) | change)


def test_limits_themselves_are_accepted() -> None:
    w = codec.written_from_data({
        "decisions": [{"action": "x" * mc.MAX_FIELD}] * mc.MAX_DECISIONS,
        "incidents": ["x" * mc.MAX_FIELD] * mc.MAX_INCIDENTS, "drafted_by": "x" * mc.MAX_FIELD})
    assert len(w.decisions) == mc.MAX_DECISIONS and len(w.incidents) == mc.MAX_INCIDENTS


@pytest.mark.parametrize("change", [
    {"items": []}, {"items": {"a": {}}}, {"items": {"-3": {}}}, {"items": {"²": {}}},
    {"items": {"41": []}}, {"items": {"41": {"not_recorded": "oui"}}},
    {"items": {"1" * 5000: {}}},  # int() refuses past 4,300 digits with a ValueError
    {"decisions": "agir"}, {"decisions": None}, {"decisions": ["agir"]},
    {"decisions": [{"action": 1}]}, {"incidents": "x"}, {"drafted_by": None},
])
def test_malformed_written_half_is_refused(change: dict[str, Any]) -> None:
    bad("minutes.bad_content", codec.written_from_data, codec.written_data(written()) | change)
    bad("minutes.bad_content", codec.written_from_data, None)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_paths(codec.written_data(written()))), st.sampled_from(["drop", "set"]),
       mutations)
def test_a_mutated_written_half_parses_or_is_refused(path: tuple[Any, ...], how: str,
                                                     value: Any) -> None:
    data = _mutate(codec.written_data(written()), path, how, value)
    try:
        w = codec.written_from_data(data)
    except UserError as exc:
        assert exc.code.startswith("minutes.")
    else:
        assert codec.written_from_data(codec.written_data(w)) == w
