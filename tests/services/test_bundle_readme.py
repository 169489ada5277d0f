# SPDX-License-Identifier: GPL-3.0-or-later
"""The README names this archive's own members, in both languages, and only checks it can."""

from __future__ import annotations

from talagov.services.bundle_readme import INDENT, Examples, readme, sections

FULL = Examples(ballot="ballots/poll-3/" + "a" * 64 + ".json",
                certificate="certificates/members/7-0a.pem", minutes_pdf="minutes/2.pdf",
                register_entry="register/ag-4.json")
NONE = Examples(None, None, None, None)


def _commands(text: bytes) -> list[str]:
    return [line[len(INDENT):] for line in text.decode("utf-8").splitlines()
            if line.startswith(INDENT)]


def test_the_commands_name_the_members_of_this_archive() -> None:
    text = readme("en", organisation="Coop", meeting="AG 2026", date="2026-06-30",
                  fingerprint="ab" * 32, examples=FULL)
    commands = _commands(text)
    assert commands[0] == "sha256sum -c SHA256SUMS"
    assert f"b={FULL.ballot}" in commands and "pdfsig minutes/2.pdf" in commands
    assert any("-signature register/ag-4.sig register/ag-4.json" in c for c in commands)
    assert "ABAB ABAB" in text.decode("utf-8") and text.endswith(b"\n")


def test_both_languages_give_the_same_commands_and_differ_in_words() -> None:
    args = {"organisation": "Coop", "meeting": "AG", "date": "2026-06-30",
            "fingerprint": "cd" * 32, "examples": FULL}
    french, english = readme("fr", **args), readme("en", **args)  # type: ignore[arg-type]
    assert _commands(french) == _commands(english) and french != english
    assert "Chaque fichier est intact" in french.decode("utf-8")


def test_checks_the_archive_cannot_offer_are_left_out() -> None:
    keys = [key for key, _ in sections(NONE)]
    assert keys == ["sums", "signatures", "own_fingerprint"]
    assert [key for key, _ in sections(FULL)][-1] == "pdf"


def test_prose_never_looks_like_a_command() -> None:
    text = readme("fr", organisation="Une coopérative au nom très long " * 4, meeting="AG",
                  date="2026-06-30", fingerprint="ef" * 32, examples=NONE).decode("utf-8")
    commands = [c[len(INDENT):] for c in text.splitlines() if c.startswith(INDENT)]
    assert all(c.startswith(("sha256sum ", "openssl ")) for c in commands)
    assert max(len(line) for line in text.splitlines() if not line.startswith(" ")) <= 78


def test_a_voter_is_told_how_to_find_their_receipt_s_ballot() -> None:
    keys = [key for key, _ in sections(FULL)]
    assert keys[keys.index("ballot") + 1] == "receipt"
    assert dict(sections(FULL))["receipt"] == ["ls ballots/*/"]
    text = readme("en", organisation="Coop", meeting="AG", date="2026-06-30",
                  fingerprint="ab" * 32, examples=FULL).decode("utf-8")
    assert "    ls ballots/*/" in text.splitlines()
    assert "receipt gives its fingerprint" in " ".join(text.split())


def test_french_quotes_and_colons_never_break_from_their_words() -> None:
    for width in range(1, 40):  # the meeting's name moves every break of the intro
        text = readme("fr", organisation="Coop " * width, meeting="AG « annuelle » 2026",
                      date="2026-06-30", fingerprint="ef" * 32,
                      examples=FULL).decode("utf-8")
        for line in text.splitlines():
            assert not line.rstrip().endswith("«"), line
            assert not line.lstrip().startswith(("»", ":", ";")), line
