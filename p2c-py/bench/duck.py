"""DuckDB, the SQL peer of the dashboard and DataFrame benchmarks (issue 22): a connection with
a set number of threads, and its JSON Lines reader with an explicit column spec.

DuckDB is a benchmark peer only (p2c-py/bench/requirements.txt): when it cannot be imported
the DuckDB contenders are skipped with one printed line, never a failure, so that the smoke
run works wherever the registry did not serve it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# Thread counts every DuckDB comparison is run at, p2c at the same count each time (the
# benchmark machine has 2 cores).
THREAD_COUNTS = (1, 2)


def connect(what: str, keep_order: bool) -> Any | None:
    """A new in-memory database, or None (after saying so) when duckdb is not installed.
    `keep_order`: results in the file's order (a DataFrame of the file); without it DuckDB
    may hand rows on in any order, which no aggregate figure depends on."""
    try:
        import duckdb
    except ImportError:
        print(f"python bench: {what}: duckdb not installed, DuckDB contenders skipped",
              file=sys.stderr)
        return None
    con = duckdb.connect()
    if not keep_order:
        con.execute("SET preserve_insertion_order = false")
    return con


def set_threads(con: Any, n: int) -> None:
    con.execute(f"SET threads = {int(n)}")
    # fetchall: a result left unfinished (fetchone) blocks the connection's next statement.
    [(got,)] = con.execute("SELECT current_setting('threads')").fetchall()
    if int(got) != n:
        raise SystemExit(f"python bench: DuckDB runs on {got} threads, not the {n} asked for")


def sql_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def read_json(path: Path, columns: dict[str, str]) -> str:
    """The `read_json` table function over a JSON Lines file, reading only `columns` (name:
    DuckDB type; the document's other fields are skipped, as the polars peer's schema does)."""
    spec = ", ".join(f"{sql_str(name)}: {sql_str(t)}" for name, t in columns.items())
    return f"read_json({sql_str(str(path))}, format = 'newline_delimited', columns = {{{spec}}})"
