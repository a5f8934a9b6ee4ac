"""1e6 pledge records to a polars / pandas DataFrame: p2c via Arrow against list-of-dicts.

Run by ``run.py`` (group ``dataframe_1e6``); ``python p2c-py/bench/dataframe.py [--records N]
[--repeat K] [--out FILE]`` runs only the DuckDB comparison. Every route starts from the same
JSON Lines file of the seeded corpus and ends with a DataFrame of the ``pledges`` table (one
row per pledge, the same 44 columns, amounts exact ``Decimal``):

- ``p2c_validate_only``: ``p2c.validate_batch`` over the same records (one JSON array in
  memory): the baseline the Arrow path is held to (target ≤ 1.3×);
- ``p2c_to_polars_arrow`` / ``p2c_to_pandas_arrow``: ``p2c.load_tables(path)`` then
  ``.pledges.to_polars()`` / ``.to_pandas()`` (parse, flatten and Arrow export in Rust);
- ``p2c_objects_to_polars_arrow``: the same through ``Pledge`` objects,
  ``p2c.tables(p2c.load(path)).pledges.to_polars()``;
- ``polars_from_dicts`` / ``pandas_from_dicts``: ``json.loads`` of each line, a flat row dict
  per pledge written here, then ``pl.DataFrame(rows)`` / ``pd.DataFrame(rows)``;
- ``*_constructor_only``: the DataFrame constructor alone, given the list of dicts already
  built (the least a list-of-dicts route can cost);
- ``duckdb_to_polars_Nt`` against ``p2c_to_polars_arrow_Nt`` (issue 22), at N = 1 and 2
  threads, timed round by round: DuckDB (``SET threads = N``) reads the file itself
  (``read_json`` with an explicit column spec) and computes the same 44 columns in SQL, then
  ``.pl()``; p2c as ``p2c_to_polars_arrow`` with ``threads=N`` and ``pledgers=False`` (no
  scorecards: the DuckDB frame has none either).

Before any time counts, the list-of-dicts and DuckDB frames must equal p2c's, value for value
(DuckDB's at each thread count).
"""

from __future__ import annotations

import datetime
import decimal
import gc
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

import duck
import p2c
import timing

GROUP = "dataframe_1e6"


def _join(values: list[str] | None) -> str | None:
    return ";".join(values) if values else None


# Format 1.1 value dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the table holds the first day and
# the precision, as p2c's `pledges` table does.
_PRECISION = ("year", "month", "day")


def _first_day(text: str) -> datetime.date:
    parts = [int(x) for x in text.split("-")] + [1, 1]
    return datetime.date(parts[0], parts[1], parts[2])


def _counted(fv: dict[str, Any] | None, period: dict[str, Any]) -> tuple[Any, Any]:
    """The ``counted_amount`` and ``count_method`` columns: p2c's counting rules, by hand."""
    if not fv:
        return None, None
    base = decimal.Decimal(fv["amount"])
    ranged = "maxAmount" in fv
    if fv.get("basis") != "per_year":
        return base, "range" if ranged else "stated"
    if "years" in fv:
        return base * fv["years"], "per_year_times_stated_years"
    if not (period.get("start") and period.get("end")):
        return None, "per_year_without_years"
    years = int(period["end"][:4]) - int(period["start"][:4]) + 1
    if years < 1:
        return None, "per_year_period_reversed"
    return base * years, "per_year_times_period_years"


def flat_row(doc: dict[str, Any]) -> dict[str, Any]:
    """The ``pledges`` table's row of one pledge document, in plain Python."""
    lead = doc["pledgers"]["lead"]
    fv = doc.get("financialValue")
    impl = doc.get("implementation") or {}
    period = doc.get("period") or {}
    return {
        "id": doc["id"],
        "title": doc["title"],
        "lead_name": lead["name"],
        "lead_stakeholder_type": lead["stakeholderType"],
        "lead_subtype": lead.get("subtype"),
        "lead_headquarters": lead["headquarters"],
        "pledge_types": _join(doc.get("pledgeTypes")),
        "focus_areas": _join(doc.get("focusAreas")),
        "pillars": _join(doc.get("pillars")),
        "amount": decimal.Decimal(fv["amount"]) if fv else None,
        "currency": fv["currency"] if fv else None,
        "value_date": _first_day(fv["valueDate"]) if fv else None,
        "value_date_precision": _PRECISION[fv["valueDate"].count("-")] if fv else None,
        "is_floor": bool(fv.get("isFloor", False)) if fv else None,
        "global": bool(impl.get("global", False)),
        "regions": _join(impl.get("regions")),
        "period_start": period.get("start"),
        "period_end": period.get("end"),
        "review_state": doc["reviewState"],
        "implementation_status": doc.get("implementationStatus"),
        "partner_count": len(doc["pledgers"].get("partners") or []),
        "country_count": len(impl.get("countries") or []),
        "report_count": len(doc.get("progressReports") or []),
        **_more(doc, fv, impl, period),
    }


def _more(doc: dict[str, Any], fv: Any, impl: dict[str, Any], period: dict[str, Any]) -> dict[str, Any]:
    """The pledge table's format 1.1 and free-text columns."""
    ben = doc.get("beneficiaries") or {}
    sdgs = doc.get("sdgs") or []
    people = ben.get("peopleReached")
    counts = ben.get("counts") or []
    counted, method = _counted(fv, period)
    return {
        "description": doc.get("description"),
        "notes": doc.get("notes"),
        "links": " ".join(link["url"] for link in doc.get("links") or []) or None,
        "announced_on": doc.get("announcedOn"),
        "events": _join(doc.get("events")),
        "sdgs": _join([str(g["goal"]) for g in sdgs]),
        "sdg_targets": _join([t for g in sdgs for t in g.get("targets") or []]),
        "country_groups": _join(impl.get("countryGroups")),
        "beneficiary_groups": _join(ben.get("groups")),
        "people_reached": people,
        "people_reached_is_floor": bool(ben.get("peopleReachedIsFloor", False)) if people is not None else None,
        "beneficiary_counts": _join(
            [f"{c['unit']}{'>=' if c.get('isFloor') else '='}{c['count']}" for c in counts]
        ),
        "targets": _join(doc.get("targets")),
        "amount_basis": fv.get("basis") if fv else None,
        "years": fv.get("years") if fv else None,
        "max_amount": decimal.Decimal(fv["maxAmount"]) if fv and "maxAmount" in fv else None,
        "is_ceiling": bool(fv.get("isCeiling", False)) if fv else None,
        "approximate": bool(fv.get("approximate", False)) if fv else None,
        "in_kind": bool(fv.get("inKind", False)) if fv else None,
        "counted_amount": counted,
        "count_method": method,
    }


# The fields the pledges table reads, as DuckDB's read_json column spec.
DUCKDB_COLUMNS = {
    "id": "VARCHAR",
    "title": "VARCHAR",
    "pledgers": 'STRUCT(lead STRUCT(name VARCHAR, "stakeholderType" VARCHAR, subtype VARCHAR,'
                " headquarters VARCHAR), partners STRUCT(name VARCHAR)[])",
    "pledgeTypes": "VARCHAR[]",
    "focusAreas": "VARCHAR[]",
    "pillars": "VARCHAR[]",
    "financialValue": 'STRUCT(amount VARCHAR, currency VARCHAR, "valueDate" VARCHAR,'
                      ' "isFloor" BOOLEAN, basis VARCHAR, years BIGINT, "maxAmount" VARCHAR,'
                      ' "isCeiling" BOOLEAN, approximate BOOLEAN, "inKind" BOOLEAN)',
    "implementation": 'STRUCT("global" BOOLEAN, regions VARCHAR[], countries VARCHAR[],'
                      ' "countryGroups" VARCHAR[])',
    "period": 'STRUCT(start VARCHAR, "end" VARCHAR)',
    "reviewState": "VARCHAR",
    "implementationStatus": "VARCHAR",
    "progressReports": 'STRUCT("date" VARCHAR)[]',
    "description": "VARCHAR",
    "notes": "VARCHAR",
    "links": "STRUCT(url VARCHAR)[]",
    "announcedOn": "VARCHAR",
    "events": "VARCHAR[]",
    "sdgs": "STRUCT(goal BIGINT, targets VARCHAR[])[]",
    "beneficiaries": 'STRUCT(groups VARCHAR[], "peopleReached" BIGINT,'
                     ' "peopleReachedIsFloor" BOOLEAN,'
                     ' counts STRUCT(unit VARCHAR, count BIGINT, "isFloor" BOOLEAN)[])',
    "targets": "VARCHAR[]",
}


def duckdb_pledges_sql(path: Path) -> str:
    """The ``pledges`` table in DuckDB's SQL: ``flat_row``'s rules, column for column."""
    fv = '"financialValue"'
    vd = f'{fv}."valueDate"'
    start, end = "period.start", 'period."end"'
    # TRY_CAST: evaluated also where the period is missing (the CASE's earlier arm).
    period_years = (
        f"TRY_CAST(left({end}, 4) AS INTEGER) - TRY_CAST(left({start}, 4) AS INTEGER) + 1"
    )
    no_period = f"coalesce({start}, '') = '' OR coalesce({end}, '') = ''"
    per_year = f"{fv}.basis IS NOT DISTINCT FROM 'per_year'"

    def join(e: str) -> str:
        return f"CASE WHEN len({e}) > 0 THEN array_to_string({e}, ';') END"

    def when_fv(e: str) -> str:
        return f"CASE WHEN {fv} IS NOT NULL THEN coalesce({e}, false) END"

    columns = {
        "id": "id",
        "title": "title",
        "lead_name": "pledgers.lead.name",
        "lead_stakeholder_type": 'pledgers.lead."stakeholderType"',
        "lead_subtype": "pledgers.lead.subtype",
        "lead_headquarters": "pledgers.lead.headquarters",
        "pledge_types": join('"pledgeTypes"'),
        "focus_areas": join('"focusAreas"'),
        "pillars": join("pillars"),
        "amount": f"CAST({fv}.amount AS DECIMAL(38, 2))",
        "currency": f"{fv}.currency",
        "value_date": f"CAST(CASE length({vd}) WHEN 4 THEN {vd} || '-01-01'"
                      f" WHEN 7 THEN {vd} || '-01' ELSE {vd} END AS DATE)",
        "value_date_precision": f"CASE length({vd}) WHEN 4 THEN 'year' WHEN 7 THEN 'month'"
                                " WHEN 10 THEN 'day' END",
        "is_floor": when_fv(f'{fv}."isFloor"'),
        "global": 'coalesce(implementation."global", false)',
        "regions": join("implementation.regions"),
        "period_start": start,
        "period_end": end,
        "review_state": '"reviewState"',
        "implementation_status": '"implementationStatus"',
        "partner_count": "coalesce(len(pledgers.partners), 0)",
        "country_count": "coalesce(len(implementation.countries), 0)",
        "report_count": 'coalesce(len("progressReports"), 0)',
        "description": "description",
        "notes": "notes",
        "links": "nullif(array_to_string(list_transform(links, lambda x: x.url), ' '), '')",
        "announced_on": '"announcedOn"',
        "events": join("events"),
        "sdgs": join("list_transform(sdgs, lambda g: CAST(g.goal AS VARCHAR))"),
        "sdg_targets": join("flatten(list_transform(sdgs, lambda g: g.targets))"),
        "country_groups": join('implementation."countryGroups"'),
        "beneficiary_groups": join("beneficiaries.groups"),
        "people_reached": 'beneficiaries."peopleReached"',
        "people_reached_is_floor": 'CASE WHEN beneficiaries."peopleReached" IS NOT NULL'
                                   ' THEN coalesce(beneficiaries."peopleReachedIsFloor", false)'
                                   " END",
        "beneficiary_counts": join(
            "list_transform(beneficiaries.counts, lambda x:"
            " x.unit || CASE WHEN x.\"isFloor\" THEN '>=' ELSE '=' END || x.count)"
        ),
        "targets": join("targets"),
        "amount_basis": f"{fv}.basis",
        "years": f"{fv}.years",
        "max_amount": f'CAST({fv}."maxAmount" AS DECIMAL(38, 2))',
        "is_ceiling": when_fv(f'{fv}."isCeiling"'),
        "approximate": when_fv(f"{fv}.approximate"),
        "in_kind": when_fv(f'{fv}."inKind"'),
        "counted_amount": f"CASE WHEN {fv} IS NULL THEN NULL"
                          f" WHEN NOT ({per_year}) THEN CAST({fv}.amount AS DECIMAL(38, 2))"
                          f" WHEN {fv}.years IS NOT NULL"
                          f" THEN CAST({fv}.amount AS DECIMAL(38, 2)) * {fv}.years"
                          f" WHEN {no_period} OR {period_years} < 1 THEN NULL"
                          f" ELSE CAST({fv}.amount AS DECIMAL(38, 2)) * ({period_years}) END",
        "count_method": f"CASE WHEN {fv} IS NULL THEN NULL"
                        f" WHEN NOT ({per_year}) THEN CASE WHEN {fv}.\"maxAmount\" IS NOT NULL"
                        " THEN 'range' ELSE 'stated' END"
                        f" WHEN {fv}.years IS NOT NULL THEN 'per_year_times_stated_years'"
                        f" WHEN {no_period} THEN 'per_year_without_years'"
                        f" WHEN {period_years} < 1 THEN 'per_year_period_reversed'"
                        " ELSE 'per_year_times_period_years' END",
    }
    select = ",\n    ".join(f'{e} AS "{name}"' for name, e in columns.items())
    return f"SELECT\n    {select}\nFROM {duck.read_json(path, DUCKDB_COLUMNS)}"


def p2c_tables_route(path: Path, threads: int) -> Callable[[], Any]:
    """``p2c_to_polars_arrow`` on ``threads`` threads, without the pledgers' scorecards
    (``pledgers=False``): DuckDB builds the pledges frame only, and the scorecards validate and
    assess every pledge, work that frame does not hold."""
    return lambda: p2c.load_tables(path, threads=threads, pledgers=False).pledges.to_polars()


def _rows(lines: list[bytes]) -> list[dict[str, Any]]:
    return [flat_row(json.loads(line)) for line in lines]


def _median_ns(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        # Each run starts from a collected heap, and its result is dropped before the next.
        gc.collect()
        t0 = time.perf_counter_ns()
        result = fn()
        times.append(time.perf_counter_ns() - t0)
        del result
    return statistics.median(times)


def run(path: Path, repeat: int) -> list[dict[str, Any]]:
    """Measure every route over the records in ``path``; returns the result rows."""
    try:
        import pandas as pd
        import polars as pl
        import pyarrow  # noqa: F401  (to_pandas goes through it)
    except ImportError as e:
        print(f"python bench: {GROUP} skipped ({e.name} not installed)", file=sys.stderr)
        return []

    lines = [line for line in path.read_bytes().splitlines() if line.strip()]
    n = len(lines)
    array = b"[" + b",".join(lines) + b"]"
    big = {"max_bytes": len(array) + 1, "max_array_len": n + 1}

    def validate_only() -> None:
        report = p2c.validate_batch(array, limits=big)
        assert report.valid, report.issues[:3]

    def arrow_polars() -> Any:
        return p2c.load_tables(path).pledges.to_polars()

    def arrow_pandas() -> Any:
        return p2c.load_tables(path).pledges.to_pandas()

    def objects_polars() -> Any:
        return p2c.tables(p2c.load(path)).pledges.to_polars()

    # Agreement first: the list-of-dicts frames hold exactly p2c's values.
    rows = _rows(lines)
    ours = arrow_polars()
    # p2c's column types (decimal scales, and text for columns the corpus leaves all null).
    theirs = pl.DataFrame(rows, schema_overrides=dict(ours.schema))
    if not theirs.equals(ours):
        print(f"python bench: {GROUP}: list-of-dicts frame differs from p2c's", file=sys.stderr)
        raise SystemExit(1)
    pdf = pd.DataFrame(rows)
    ours_pd = arrow_pandas()
    for col in ("id", "amount", "value_date", "partner_count"):
        a = [None if pd.isna(v) else v for v in pdf[col]]
        b = [None if pd.isna(v) else v for v in ours_pd[col]]
        if a != b:
            print(f"python bench: {GROUP}: pandas column {col} differs", file=sys.stderr)
            raise SystemExit(1)
    con = duck.connect(GROUP, keep_order=True)
    if con is not None:
        check_duckdb(con, path, ours)
    # No million dicts stay alive while the other routes run: a live heap that size makes every
    # full garbage collection in the timed code scan it.
    del ours, theirs, pdf, ours_pd, rows

    routes: list[tuple[str, Callable[[], Any]]] = [
        ("p2c_validate_only", validate_only),
        ("p2c_to_polars_arrow", arrow_polars),
        ("p2c_to_pandas_arrow", arrow_pandas),
        ("p2c_objects_to_polars_arrow", objects_polars),
        ("polars_from_dicts", lambda: pl.DataFrame(_rows(lines))),
        ("pandas_from_dicts", lambda: pd.DataFrame(_rows(lines))),
        ("polars_constructor_only", lambda: pl.DataFrame(rows)),
        ("pandas_constructor_only", lambda: pd.DataFrame(rows)),
    ]
    out = []
    for name, fn in routes:
        if name == "polars_constructor_only":
            rows = _rows(lines)
        before = timing.load_avg()
        ns = _median_ns(fn, repeat)
        out.append({"group": GROUP, "name": name, "median_ns": ns, "elements": n,
                    "load_avg_before": before, "load_avg_after": timing.load_avg()})
        print(f"{GROUP}/{name}: {ns / 1e9:.2f} s for {n} records ({ns / n / 1000:.2f} µs each)")
    del rows

    if con is not None:
        out += duckdb_against_p2c(con, path, repeat, n)
        con.close()
    return out


def check_duckdb(con: Any, path: Path, ours: Any) -> None:
    """DuckDB's frame must equal p2c's ``pledges`` frame ``ours``, value for value, at every
    thread count (its rows in the file's order)."""
    sql = duckdb_pledges_sql(path)
    for threads in duck.THREAD_COUNTS:
        duck.set_threads(con, threads)
        # p2c's column types (the decimal scale of an all-null column) before comparing.
        frame = con.sql(sql).pl().cast(dict(ours.schema))
        if frame.columns != ours.columns or not frame.equals(ours):
            differ = [c for c in ours.columns
                      if c not in frame.columns or not frame[c].equals(ours[c])]
            print(f"python bench: {GROUP}: DuckDB's frame ({threads} threads) differs from"
                  f" p2c's in {differ}", file=sys.stderr)
            raise SystemExit(1)
    print(f"{GROUP}: DuckDB's frame equals p2c's at {duck.THREAD_COUNTS} threads")


def duckdb_against_p2c(con: Any, path: Path, repeat: int, n: int) -> list[dict[str, Any]]:
    """p2c against DuckDB at each thread count, round by round (`timing.interleaved`)."""
    sql = duckdb_pledges_sql(path)

    def duck_route(threads: int) -> Callable[[], Any]:
        def route() -> Any:
            duck.set_threads(con, threads)
            return con.sql(sql).pl()
        return route

    contenders: list[timing.Contender] = []
    for threads in duck.THREAD_COUNTS:
        ours_route = p2c_tables_route(path, threads)
        contenders.append((f"p2c_to_polars_arrow_{threads}t", threads, ours_route))
        contenders.append((f"duckdb_to_polars_{threads}t", threads, duck_route(threads)))
    return timing.interleaved(GROUP, contenders, repeat, n)


def main() -> int:
    """Only the DuckDB comparison (the other routes run from run.py)."""
    import argparse

    from run import corpus_file

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()
    path = corpus_file(a.records, False)
    con = duck.connect(GROUP, keep_order=True)
    if con is None:
        return 0
    check_duckdb(con, path, p2c.load_tables(path).pledges.to_polars())
    rows = duckdb_against_p2c(con, path, a.repeat, a.records)
    if a.out:
        a.out.write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
