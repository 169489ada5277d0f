# SPDX-License-Identifier: GPL-3.0-or-later
"""The list of message modules merged into the catalogue (one per area)."""

from __future__ import annotations

from types import ModuleType

from talagov.messages import common

MODULES: list[ModuleType] = [common]

from talagov.messages import members  # noqa: E402  (appended per area, see above)

MODULES.append(members)

from talagov.messages import csv  # noqa: E402  (appended per area, see above)

MODULES.append(csv)

from talagov.messages import rules  # noqa: E402  (appended per area, see above)

MODULES.append(rules)

from talagov.messages import demo  # noqa: E402  (appended per area, see above)

MODULES.append(demo)

from talagov.messages import reports  # noqa: E402  (appended per area, see above)

MODULES.append(reports)

from talagov.messages import meetings  # noqa: E402  (appended per area, see above)

MODULES.append(meetings)

from talagov.messages import session  # noqa: E402  (appended per area, see above)

MODULES.append(session)

from talagov.messages import convocations  # noqa: E402  (appended per area, see above)

MODULES.append(convocations)

from talagov.messages import meeting_cli  # noqa: E402  (appended per area, see above)

MODULES.append(meeting_cli)

from talagov.messages import keys  # noqa: E402  (appended per area, see above)

MODULES.append(keys)

from talagov.messages import keys_service  # noqa: E402  (appended per area, see above)

MODULES.append(keys_service)

from talagov.messages import votes  # noqa: E402  (appended per area, see above)

MODULES.append(votes)

from talagov.messages import polls  # noqa: E402  (appended per area, see above)

MODULES.append(polls)

from talagov.messages import minutes  # noqa: E402  (appended per area, see above)

MODULES.append(minutes)

from talagov.messages import bundle  # noqa: E402  (appended per area, see above)

MODULES.append(bundle)

from talagov.messages import verify  # noqa: E402  (appended per area, see above)

MODULES.append(verify)

from talagov.messages import journal  # noqa: E402  (appended per area, see above)

MODULES.append(journal)

from talagov.messages import archive  # noqa: E402  (appended per area, see above)

MODULES.append(archive)

from talagov.messages import sync  # noqa: E402  (appended per area, see above)

MODULES.append(sync)

from talagov.messages import sync_import  # noqa: E402  (appended per area, see above)

MODULES.append(sync_import)

from talagov.messages import member  # noqa: E402  (appended per area, see above)

MODULES.append(member)

from talagov.messages import member_cli  # noqa: E402  (appended per area, see above)

MODULES.append(member_cli)

from talagov.messages import session_cli  # noqa: E402  (appended per area, see above)

MODULES.append(session_cli)
