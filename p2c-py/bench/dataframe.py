"""1e6 pledge records to a polars / pandas DataFrame: p2c via Arrow against list-of-dicts.

Run by ``run.py`` (group ``dataframe_1e6``). Every route starts from the same JSON Lines file
of the seeded corpus and ends with a DataFrame of the ``pledges`` table (one row per pledge,
the same 44 columns, amounts exact ``Decimal``):

- ``p2c_validate_only``: ``p2c.validate_batch`` over the same records (one JSON array in
  memory): the baseline the Arrow path is held to (target ≤ 1.3×);
- ``p2c_to_polars_arrow`` / ``p2c_to_pandas_arrow``: ``p2c.load_tables(path)`` then
  ``.pledges.to_polars()`` / ``.to_pandas()`` (parse, flatten and Arrow export in Rust);
- ``p2c_objects_to_polars_arrow``: the same through ``Pledge`` objects,
  ``p2c.tables(p2c.load(path)).pledges.to_polars()``;
- ``polars_from_dicts`` / ``pandas_from_dicts``: ``json.loads`` of each line, a flat row dict
  per pledge written here, then ``pl.DataFrame(rows)`` / ``pd.DataFrame(rows)``;
- ``*_constructor_only``: the DataFrame constructor alone, given the list of dicts already
  built (the least a list-of-dicts route can cost).

Before any time counts, the list-of-dicts frames must equal p2c's, value for value.
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

import p2c

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
        ns = _median_ns(fn, repeat)
        out.append({"group": GROUP, "name": name, "median_ns": ns, "elements": n})
        print(f"{GROUP}/{name}: {ns / 1e9:.2f} s for {n} records ({ns / n / 1000:.2f} µs each)")
    return out
