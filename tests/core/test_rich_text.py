# SPDX-License-Identifier: GPL-3.0-or-later
"""The secretary's rich text: its JSON form survives a round trip, malformed input is
refused with one code, and one canonical form (runs merged, no trailing empty blocks)."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talagov.core import rich_text as rt
from talagov.core.errors import UserError
from talagov.core.rich_text import Block, BlockKind, Run

P, BULLET, NUMBER = BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.NUMBERED

# Any text, with the characters a careless HTML export would break on.
texts = st.text(max_size=20) | st.sampled_from(["<b>&", "</i>", "&amp;", "« x »", "\u00a0: ", ""])
runs = st.builds(Run, texts, st.booleans(), st.booleans())
blocks = st.builds(Block, st.sampled_from(list(BlockKind)), st.lists(runs, max_size=5).map(tuple))

json_leaves = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
json_values = st.recursive(
    json_leaves, lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4), max_leaves=20)
# Nearly rich text: the right keys with any values, so the checks deep inside are reached.
near_runs = st.dictionaries(st.sampled_from(["text", "bold", "italic", "x"]),
                            json_leaves | st.just("ok"), max_size=4)
near_blocks = st.dictionaries(
    st.sampled_from(["kind", "runs"]),
    st.sampled_from(["p", "bullet", "number", "P", "h1"]) | st.lists(near_runs, max_size=3)
    | json_values, max_size=2)


def bad(data: Any) -> None:
    with pytest.raises(UserError) as caught:
        rt.from_data(data)
    assert caught.value.code == "minutes.bad_text"


@settings(max_examples=200)
@given(st.lists(blocks, max_size=6))
def test_any_text_survives_a_round_trip_after_normalise(text: list[Block]) -> None:
    normal = rt.normalise(text)
    data = rt.to_data(normal)
    assert rt.from_data(data) == normal
    # Through real JSON too, as the draft is stored.
    assert rt.from_data(json.loads(json.dumps(data))) == normal


@settings(max_examples=200)
@given(st.lists(blocks, max_size=6))
def test_normalise_is_one_canonical_form(text: list[Block]) -> None:
    normal = rt.normalise(text)
    assert rt.normalise(normal) == normal
    # Nothing written is lost: the same blocks with the same words, only blank ones dropped
    # at the end.
    kept = text[:len(normal)]
    assert [(b.kind, b.plain) for b in normal] == [(b.kind, b.plain) for b in kept]
    assert all(not b.plain.strip() for b in text[len(normal):])
    for block in normal:
        styles = [(r.bold, r.italic) for r in block.runs]
        assert all(a != b for a, b in itertools.pairwise(styles))
        assert all(r.text for r in block.runs)
    assert not normal or normal[-1].plain.strip()


@settings(max_examples=200)
@given(json_values | st.lists(near_blocks, max_size=3))
def test_any_json_value_is_rich_text_or_refused(data: Any) -> None:
    try:
        text = rt.from_data(data)
    except UserError as exc:
        assert exc.code == "minutes.bad_text"
    else:
        assert isinstance(text, tuple)
        assert all(isinstance(b, Block) for b in text)
        assert rt.from_data(rt.to_data(text)) == text


def test_the_json_form_is_short_and_plain() -> None:
    text = (rt.paragraph("Bonjour <b>&", speaker="Jeanne Martin (Les Jardins)"),
            Block(BULLET, (Run("un", italic=True),)), Block(NUMBER, (Run("deux"),)))
    assert rt.to_data(text) == [
        {"kind": "p", "runs": [{"text": "Jeanne Martin (Les Jardins)\u00a0: ", "bold": True},
                               {"text": "Bonjour <b>&"}]},
        {"kind": "bullet", "runs": [{"text": "un", "italic": True}]},
        {"kind": "number", "runs": [{"text": "deux"}]},
    ]


def test_explicit_false_styles_are_read() -> None:
    data = [{"kind": "p", "runs": [{"text": "a", "bold": False, "italic": False}]}]
    assert rt.from_data(data) == (Block(P, (Run("a"),)),)


@pytest.mark.parametrize("data", [
    None, "texte", 3, {"kind": "p", "runs": []},  # not a list of blocks
    ["p"], [None], [[]],  # a block that is not an object
    [{"kind": "p"}], [{"kind": "p", "runs": "texte"}], [{"kind": "p", "runs": {}}],
    [{"runs": []}], [{"kind": "h1", "runs": []}], [{"kind": "P", "runs": []}],
    [{"kind": ["p"], "runs": []}], [{"kind": 1, "runs": []}],
    [{"kind": "p", "runs": ["a"]}], [{"kind": "p", "runs": [{"bold": True}]}],
    [{"kind": "p", "runs": [{"text": 3}]}], [{"kind": "p", "runs": [{"text": None}]}],
    [{"kind": "p", "runs": [{"text": "a", "bold": 1}]}],
    [{"kind": "p", "runs": [{"text": "a", "italic": "yes"}]}],
    [{"kind": "p", "runs": [{"text": "a", "bold": None}]}],
])
def test_malformed_text_is_refused(data: Any) -> None:
    bad(data)


def test_too_many_blocks_are_refused() -> None:
    block = {"kind": "p", "runs": [{"text": "x"}]}
    assert len(rt.from_data([block] * rt.MAX_BLOCKS)) == rt.MAX_BLOCKS
    bad([block] * (rt.MAX_BLOCKS + 1))


def test_too_long_runs_are_refused() -> None:
    longest = "é" * rt.MAX_RUN_CHARS
    assert rt.from_data([{"kind": "p", "runs": [{"text": longest}]}])[0].plain == longest
    bad([{"kind": "p", "runs": [{"text": longest + "é"}]}])


def test_the_run_limit_holds_once_runs_merge() -> None:
    # Whatever is read must read again: the editor saves the merged form, and a merged run
    # over the limit would make the draft unreadable at its next opening.
    half = "a" * (rt.MAX_RUN_CHARS // 2)
    text = rt.from_data([{"kind": "p", "runs": [{"text": half}, {"text": half}]}])
    assert text == (Block(P, (Run(half * 2),)),)
    assert rt.from_data(rt.to_data(text)) == text
    bad([{"kind": "p", "runs": [{"text": half}, {"text": half + "a"}]}])
    both = rt.from_data([{"kind": "p", "runs": [{"text": half + "a"}, {"text": half, "bold": True}]}])
    assert [len(r.text) for r in both[0].runs] == [len(half) + 1, len(half)]


def test_adjacent_runs_of_one_style_merge_and_empty_runs_go() -> None:
    block = Block(P, (Run("Le "), Run("", bold=True), Run("conseil "), Run("approuve", bold=True),
                      Run(" les", bold=True), Run(" comptes", italic=True)))
    assert rt.normalise([block]) == (Block(P, (
        Run("Le conseil "), Run("approuve les", bold=True), Run(" comptes", italic=True))),)


def test_runs_of_different_lists_are_not_merged_across_blocks() -> None:
    text = [Block(BULLET, (Run("un"),)), Block(BULLET, (Run("deux"),))]
    assert rt.normalise(text) == tuple(text)


def test_trailing_empty_blocks_are_dropped_but_not_inner_ones() -> None:
    text = [Block(P, (Run("Ouverture"),)), Block(P, ()), Block(P, (Run("Suite"),)),
            Block(P, (Run("  "),)), Block(BULLET, ()), Block(P, (Run("", bold=True),))]
    assert rt.normalise(text) == (Block(P, (Run("Ouverture"),)), Block(P, ()),
                                  Block(P, (Run("Suite"),)))
    assert rt.normalise([Block(P, (Run(" \n "),))]) == rt.EMPTY


def test_a_speaker_opens_the_paragraph_in_bold_with_a_french_colon() -> None:
    block = rt.paragraph("Je propose d'adopter les comptes.", speaker="Jeanne Martin (Les Jardins)")
    assert block.kind is P
    assert block.runs == (Run("Jeanne Martin (Les Jardins)\u00a0: ", bold=True),
                          Run("Je propose d'adopter les comptes."))
    assert block.plain == "Jeanne Martin (Les Jardins)\u00a0: Je propose d'adopter les comptes."
    assert rt.paragraph("Sans orateur").runs == (Run("Sans orateur"),)


def test_from_paragraphs_skips_blank_lines() -> None:
    assert rt.from_paragraphs(["  Un ", "", "  ", "Deux"]) == (rt.paragraph("Un"),
                                                               rt.paragraph("Deux"))


def test_is_empty_and_plain_text() -> None:
    assert rt.is_empty(rt.EMPTY)
    assert rt.is_empty((Block(P, (Run(" "),)), Block(BULLET, ())))
    assert not rt.is_empty((Block(P, ()), Block(P, (Run("x"),))))
    text = (rt.paragraph("Points\u00a0:"), Block(BULLET, (Run("un", bold=True),)),
            Block(NUMBER, (Run("deux"),)))
    assert rt.plain_text(text) == "Points\u00a0:\n- un\n- deux"
