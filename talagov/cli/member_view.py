# SPDX-License-Identifier: GPL-3.0-or-later
"""What ``talagov member show|sync|vote`` print: a member's view of the shared folder.

Plain lines for people, JSON-ready data with stable keys for scripts
(:func:`view_json`); refused files are rendered in the chosen language.

Neither names a file of the shared folder: anyone can write there, so a file is opened
only from the verified copy ``talagov member fetch`` makes (see
:mod:`talagov.cli.member_fetch`). The lines give, for each document and archive, that
command; the JSON gives what a script needs to run it and to check what it gets: each
document's ``sha256`` and ``size``, each archive's ``meeting_id``, ``sha256`` and
``size`` (the values of the signed package), and no folder path.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from talagov.cli.member_fetch import fetch_command
from talagov.core.canonical import readable_fingerprint
from talagov.messages import render, render_error

if TYPE_CHECKING:
    from talagov.core.meeting_package import MeetingPackage
    from talagov.core.polls import PollDefinition
    from talagov.services.member_folder import MemberView
    from talagov.services.voting_package import VotingPackage


def _say(code: str, lang: str, **params: Any) -> str:
    return render(f"member_cli.{code}", params, lang)


def _choices(definition: PollDefinition, lang: str) -> list[dict[str, str]]:
    from talagov.services.ballots import choice_label

    return [{"choice": c, "label": choice_label(definition, c, lang)} for c in definition.choices]


def _plain(value: object) -> object:
    return value if isinstance(value, (int, str, bool, type(None))) else str(value)


def meeting_json(view: MemberView, package: MeetingPackage, lang: str) -> dict[str, Any]:
    """One published meeting: ``id, sequence, issued_at, title, kind, on, starts_at, place,
    remote_link, status, convocation_text, items`` (``id, number, title, kind``),
    ``documents`` (``sha256, title, item_id, size``), ``polls`` open for remote
    voting (``id, number, title, kind, hash, choices``: ``choice, label``),
    ``principals`` (``member_id, name``: members whose proxy this member holds)."""
    me = view.membership.member_id
    names = {m.id: m.name for m in package.members}
    return {
        "id": package.meeting_id, "sequence": package.sequence, "issued_at": package.issued_at,
        "title": package.title, "kind": package.kind, "on": package.on.isoformat(),
        "starts_at": package.starts_at, "place": package.place,
        "remote_link": package.remote_link, "status": package.status,
        "convocation_text": package.convocation_text,
        "items": [{"id": i.id, "number": i.number, "title": i.title, "kind": i.kind}
                  for i in package.items],
        "documents": [{"sha256": d.sha256, "title": d.title, "item_id": d.item_id,
                       "size": d.size} for d in package.documents],
        "polls": [{"id": p.id, "number": p.definition.number, "title": p.definition.title,
                   "kind": str(p.definition.kind), "hash": p.hash,
                   "choices": _choices(p.definition, lang)} for p in package.polls],
        "principals": [{"member_id": principal, "name": names.get(principal, "")}
                       for principal, holder in package.proxies if me is not None
                       and holder == me],
    }  # fmt: skip


def _archive_json(view: MemberView, meeting_id: int) -> dict[str, Any]:
    package = view.meeting(meeting_id)
    archive = None if package is None else package.archive
    assert archive is not None, "an archive is listed only when its package names it"
    return {"meeting_id": meeting_id, "sha256": archive.sha256, "size": archive.size}


def view_json(view: MemberView, lang: str) -> dict[str, Any]:
    """Everything the install sees, with stable keys: ``home, install_id, folder,
    organisation`` (``fingerprint, readable, name``), ``member`` (``id, name``, or
    null), ``certificate`` (``state``: none, requested, issued, revoked; ``not_after``),
    ``meetings`` (see :func:`meeting_json`; newest first), ``ballots_written`` (count),
    ``proxies_given`` (``meeting_id, holder_id``), ``archives`` (``meeting_id, sha256,
    size``: fetch one with ``member fetch --archive``), ``refused`` (``path`` relative to
    the folder, ``reason_code, params, reason``)."""
    m = view.membership
    names = dict(view.identity.members) if view.identity is not None else {}
    cert = view.certificate
    return {
        "home": str(m.home), "install_id": m.install_id, "folder": str(m.folder),
        "organisation": {"fingerprint": m.organisation,
                         "readable": readable_fingerprint(m.organisation),
                         "name": m.organisation_name},
        "member": None if m.member_id is None else {"id": m.member_id,
                                                    "name": names.get(m.member_id, "")},
        "certificate": {"state": str(view.certificate_state),
                        "not_after": None if cert is None
                        else cert.not_valid_after_utc.isoformat(timespec="seconds")},
        "meetings": [meeting_json(view, p, lang) for p in view.meetings],
        "ballots_written": len(view.ballots_written),
        "proxies_given": [{"meeting_id": meeting, "holder_id": holder}
                          for meeting, holder in view.proxies_given],
        "archives": [_archive_json(view, meeting) for meeting, _ in view.archives],
        "refused": [{"path": r.path, "reason_code": r.reason_code,
                     "params": {k: _plain(v) for k, v in r.params.items()},
                     "reason": render_error(r.reason_code, r.params, lang)}
                    for r in view.refused],
    }  # fmt: skip


def view_lines(data: dict[str, Any], lang: str) -> list[str]:
    """The human lines of ``member show``, from :func:`view_json`'s data."""
    org, member = data["organisation"], data["member"]
    lines = [_say("join.organisation", lang, name=org["name"]),
             _say("join.fingerprint", lang, fingerprint=org["readable"]),
             _say("show.unknown_member", lang) if member is None
             else _say("show.member", lang, member_id=str(member["id"]), name=member["name"]),
             _say("show.folder", lang, folder=data["folder"]),
             _say(f"certificate.{data['certificate']['state']}", lang)]  # fmt: skip
    if not data["meetings"]:
        lines.append(_say("show.no_meeting", lang))
    for m in data["meetings"]:
        status = _say(f"status.{m['status']}", lang)
        lines.append(_say("show.meeting", lang, id=str(m["id"]), title=m["title"],
                          on=date.fromisoformat(m["on"]), status=status))
        if m["place"]:
            lines.append(_say("show.place", lang, place=m["place"]))
        lines += [_say("show.item", lang, number=i["number"], title=i["title"]) if i["number"]
                  else _say("show.item_unnumbered", lang, title=i["title"])  # not voted on
                  for i in m["items"]]
        lines += [_say("show.document", lang, title=d["title"],
                       command=fetch_command(data["home"], m["id"], d["sha256"]))
                  for d in m["documents"]]
        for p in m["polls"]:
            choices = ", ".join(f"{c['choice'].removeprefix('candidate:')}={c['label']}"
                                for c in p["choices"])
            lines.append(_say("show.poll", lang, number=str(p["number"]), title=p["title"],
                              choices=choices))
        lines += [_say("show.principal", lang, member_id=str(p["member_id"]), name=p["name"])
                  for p in m["principals"]]
    lines += [_say("show.archive", lang, id=str(a["meeting_id"]),
                   command=fetch_command(data["home"], a["meeting_id"]))
              for a in data["archives"]]
    return lines


def refused_lines(view: MemberView, lang: str) -> list[str]:
    """The files of the folder this install refused, one loud line each."""
    return [_say("refused_file", lang, path=r.path,
                 reason=render_error(r.reason_code, r.params, lang)) for r in view.refused]


def package_lines(package: VotingPackage, lang: str) -> list[str]:
    """What ``member vote`` without ``--choice`` lists: the polls and whom one votes for."""
    from talagov.services.ballots import choice_label

    lines = [f"{package.meeting_title} ({package.meeting_on.isoformat()})"]
    for poll in package.polls:
        d = poll.definition
        choices = ", ".join(f"{c.removeprefix('candidate:')}={choice_label(d, c, lang)}"
                            for c in d.choices)
        lines.append(_say("show.poll", lang, number=str(d.number), title=d.title,
                          choices=choices))
    lines += [_say("show.principal", lang, member_id=str(member_id), name=name)
              for member_id, name in package.principals if member_id != package.voter_id]
    return lines
