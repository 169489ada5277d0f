# SPDX-License-Identifier: GPL-3.0-or-later
"""The vote benchmark builds a real scene and counts everyone once (no timing asserted)."""

from __future__ import annotations

from talagov.services.bench_votes import measure_votes


def test_every_member_is_counted_once_and_both_sides_are_timed() -> None:
    bench = measure_votes(200, repeat=1)
    # Five resolutions of forty members: each member counts once in each poll.
    assert (bench.ballots, bench.members, bench.counted) == (200, 40, 200)
    assert bench.tally_s > 0 and bench.baseline_s > 0
    assert bench.ratio == bench.tally_s / bench.baseline_s
    assert bench.certificates == 36  # a tenth of the members vote through a proxy
