# SPDX-License-Identifier: GPL-3.0-or-later
"""Alembic environment: runs on a connection handed in by talagov.storage.migrate.

For ``alembic revision --autogenerate`` from the command line, a URL may be given with
``-x db=path.sqlite`` (see CONTRIBUTING.md).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from talagov.storage.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    db = context.get_x_argument(as_dictionary=True).get("db", "talagov-dev.sqlite")
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
