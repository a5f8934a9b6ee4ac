"""Dashboard benchmark: p2c.summarize against pandas, polars and DuckDB implementations of the same
figures.

    python p2c-py/bench/run.py            # runs this after the validation benchmarks
    python p2c-py/bench/dashboard.py [--records N] [--repeat K] [--out FILE] [--smoke]
    python p2c-py/bench/dashboard.py --threads-only   # only p2c's file route against DuckDB

The task (what every contender computes, as of 2024-07-07, in USD)
--------------------------------------------------------------------
The headline figures of a P2C dashboard over the seeded corpus of `xtask corpus` (JSON Lines):
the pledge count, the total value, and the eleven breakdowns of `p2c.Summary` (focus area,
pillar, pledge type, stakeholder type, ITU region "primary or any", country, country group on
the as-of date, beneficiary group, implementation status as of the date, end-date bucket, P2C
target) with each row's pledge count and value under full attribution, and the distinct
entities by stakeholder type. The rules are p2c's (`p2c_core::aggregate` module docs), written
out here with each library's own operations:

- a pledge counts when it is published and known on the date (validated, else submitted, else
  valued on or before it), unless another counted pledge supersedes it;
- its value is its amount in USD: USD as stated; other currencies at the ECB daily reference
  rate of the value date or of the latest publication day up to 7 days before it (crossed
  through EUR: USD per EUR / currency per EUR), else the calendar-year average (ECB-derived per
  USD, then HMRC per GBP), rounded half-to-even to cents. The peers read the rate CSVs in
  `p2c-core/data/` and look rates up themselves (an as-of join with a 7-day tolerance, then a
  join on the year);
- money is counted once: a pledge `part_of` another counted pledge adds none, and pledges tied
  by `same_funds_as` add it once (the earliest known, then smallest id, carries it). These
  relations are rare (about 1 % of pledges), so the peers resolve them with a small Python
  union-find over the relation rows, as an analyst would.

The starting points, timed separately:
- `from_file`: the JSON Lines file on disk → figures. p2c: `p2c.load` + `p2c.summarize`;
  polars: `pl.read_ndjson` with an explicit schema of the fields the dashboard needs (the peers
  never read the fields they do not use, p2c parses and checks every field); pandas:
  `pyarrow.json.read_json` with the same schema → `to_pandas()`.
- `in_memory`: the data already loaded (p2c: a list of `p2c.Pledge`; polars and pandas: the
  frames as read above) → figures.
- By thread count (issue 22; `by_threads`): p2c's file route `p2c.summarize_file(path,
  threads=N)` against DuckDB with `SET threads = N` (`read_json` of the file with an explicit
  column spec into a table, then the figures in SQL; and from that table already loaded), at
  1 and 2 threads, timed round by round, each row with its thread count and the load average.
p2c is timed with validation on (its default: every pledge is validated as of the date, a step
the peers do not do at all) and off (`validate=False`: the like-for-like figure). The corpus is
all valid, so both give the same numbers.

Arithmetic and the check
------------------------
polars and DuckDB keep money exact: amounts as `Decimal(38, 2)`; each rate as the exact
fraction its sources give (USD per EUR / currency per EUR, …) and the conversion as 128-bit
integer arithmetic on cents with round-half-to-even (DuckDB: HUGEINT); sums in 128-bit
decimals. Their figures must equal p2c's exactly. (A first version of the polars peer kept
rates as `Decimal(38, 20)`: at 1e6 pledges one JPY amount then rounded to the other cent,
1394921.88 against p2c's 1394921.87, which is right: the exact product is 1394921.8749…;
polars' 38 digits leave no room for a 28-digit rate times a 14-digit amount.) pandas has no
native decimal arithmetic (object columns of `decimal.Decimal` are exact but run at Python
speed), so the pandas peer does what analysts do: float64 amounts and rates, `round` to cents,
float sums. Its pledge counts must equal p2c's exactly and its values
within 1e-9 relative plus 1 cent per pledge in the row (the float error of a rate, a rounding
to cents that can fall the other way, and a sum of up to 1e6 floats). Every row of every
breakdown is compared before any time counts; a mismatch fails the benchmark.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import decimal
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

import duck
import timing

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "p2c-core" / "data"
AS_OF = dt.date(2024, 7, 7)
MAX_DAYS = 7

# Codelist order (p2c_core::taxonomy::StakeholderType): an entity given several types counts
# under the first.
STAKEHOLDER_TYPES = [
    "government", "private_sector", "un_agency", "international_organization",
    "civil_society", "youth_media", "other", "unknown",
]

DIMENSIONS = [
    "focusArea", "pillar", "pledgeType", "stakeholderType", "ituRegion", "country",
    "countryGroup", "beneficiaryGroup", "implementationStatus", "endDate", "target",
]

# Figures: {"pledges": int, "total": Decimal|float, "entities": int,
#           "entitiesByType": {type: int}, "breakdowns": {dim: {key: (pledges, value)}}}
Figures = dict[str, Any]


# ---------------------------------------------------------------------------------------------
# Reference data, read from the CSVs p2c embeds (shared by both peers).
# ---------------------------------------------------------------------------------------------

def _dec(s: str) -> decimal.Decimal:
    return decimal.Decimal(s.strip())


# A rate is kept as the exact fraction the sources give, USD per unit = num / den (a cross
# through EUR or GBP, or 1 / units per USD): no rounding of the rate.
Rate = tuple[decimal.Decimal, decimal.Decimal]


def daily_rates() -> list[tuple[str, dt.date, decimal.Decimal, decimal.Decimal]]:
    """(currency, date, num, den) for every ECB publication day with both rates."""
    out = []
    with (DATA / "ecb_eurofxref_hist.csv").open() as f:
        rows = csv.reader(f)
        header = next(rows)
        for row in rows:
            day = dt.date.fromisoformat(row[0])
            cells = dict(zip(header[1:], row[1:]))
            usd = cells.get("USD", "")
            if not usd:
                continue
            usd_d = _dec(usd)
            out.append(("EUR", day, usd_d, decimal.Decimal(1)))
            for cur, cell in cells.items():
                if cur != "USD" and cell:
                    out.append((cur, day, usd_d, _dec(cell)))
    return out


def annual_rates() -> list[tuple[str, int, decimal.Decimal, decimal.Decimal, int]]:
    """(currency, year, num, den, precedence): ECB-derived averages first, then HMRC."""
    out = []
    with (DATA / "ecb_annual_avg_units_per_usd.csv").open() as f:
        for row in csv.DictReader(f):
            per_usd = _dec(row["units_per_usd_mean_of_daily"])
            out.append((row["currency"], int(row["year"]), decimal.Decimal(1), per_usd, 0))
    hmrc: dict[int, dict[str, decimal.Decimal]] = defaultdict(dict)
    with (DATA / "hmrc_annual_avg_calendar_year.csv").open() as f:
        for row in csv.DictReader(f):
            if row["units_per_gbp"].strip():
                hmrc[int(row["year"])][row["hmrc_code"]] = _dec(row["units_per_gbp"])
    for year, per_gbp in hmrc.items():
        usd = per_gbp.get("USD")
        if usd is None:
            continue
        out.append(("GBP", year, usd, decimal.Decimal(1), 1))
        for cur, r in per_gbp.items():
            if cur != "USD":
                out.append((cur, year, usd, r, 1))
    return out


def mul_div(num: decimal.Decimal, den: decimal.Decimal) -> tuple[int, int]:
    """Integers with mul / div = num / den: value in cents = amount in cents * mul / div,
    exactly (what the exact peers compute in 128-bit integers)."""
    sn, sd = max(0, -int(num.as_tuple().exponent)), max(0, -int(den.as_tuple().exponent))
    return int(num.scaleb(sn)) * 10**sd, int(den.scaleb(sd)) * 10**sn


def itu_regions() -> dict[str, str]:
    with (DATA / "itu_d_regions.csv").open() as f:
        return {r["iso3"]: r["itu_region_code"] for r in csv.DictReader(f)}


def _partial(s: str) -> dt.date:
    # Month-precision graduations count from the 1st.
    return dt.date.fromisoformat(s if len(s) == 10 else s + "-01")


def group_members(as_of: dt.date) -> list[tuple[str, str]]:
    """(country, group) for each member of LDC / LLDC / SIDS on `as_of`."""
    out = []
    with (DATA / "un_ldc.csv").open() as f:
        for r in csv.DictReader(f):
            left = r["graduated_on"].strip()
            sched = r["scheduled_graduation"].strip()
            if left and as_of >= _partial(left):
                continue
            if sched and as_of >= _partial(sched):
                continue
            out.append((r["iso3"], "ldc"))
    with (DATA / "un_lldc.csv").open() as f:
        out += [(r["iso3"], "lldc") for r in csv.DictReader(f)]
    with (DATA / "un_sids.csv").open() as f:
        out += [(r["iso3"], "sids") for r in csv.DictReader(f) if r["in_ohrlls_list"] == "Y"]
    return out


class Reference:
    """Everything both peers look up, read once (not timed: an analyst's notebook has it)."""

    def __init__(self, as_of: dt.date) -> None:
        self.as_of = as_of
        self.daily = daily_rates()
        self.annual = annual_rates()
        self.regions = itu_regions()
        self.groups = group_members(as_of)


def resolve_relations(
    rel_rows: list[tuple[str, str, str]],
    counted_ids: set[str],
    carriers0: set[str],
    known: dict[str, dt.date | None],
) -> set[str]:
    """Ids whose money is not counted. `rel_rows`: (id, type, other) of counted pledges;
    `carriers0`: counted ids with a converted amount; `known`: known date of involved ids."""
    dropped: set[str] = set()
    for pid, kind, other in rel_rows:
        if kind == "part_of" and other != pid and other in counted_ids and pid in carriers0:
            dropped.add(pid)
    carriers = carriers0 - dropped
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for pid, kind, other in rel_rows:
        if kind == "same_funds_as" and other != pid and pid in carriers and other in carriers:
            parent.setdefault(pid, pid)
            parent.setdefault(other, other)
            a, b = find(pid), find(other)
            if a != b:
                parent[a] = b
    comps: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        comps[find(x)].append(x)
    far = dt.date.max
    for members in comps.values():
        carrier = min(members, key=lambda i: (known.get(i) or far, i))
        dropped.update(m for m in members if m != carrier)
    return dropped


# ---------------------------------------------------------------------------------------------
# polars
# ---------------------------------------------------------------------------------------------


def polars_schema() -> Any:
    import polars as pl

    s = pl.String
    entity = pl.Struct({"id": s, "name": s, "stakeholderType": s, "headquarters": s})
    return {
        "id": s,
        "submittedAt": s,
        "validatedAt": s,
        "pledgers": pl.Struct({"lead": entity, "partners": pl.List(entity)}),
        "pledgeTypes": pl.List(s),
        "focusAreas": pl.List(s),
        "pillars": pl.List(s),
        "financialValue": pl.Struct({"amount": s, "currency": s, "valueDate": s}),
        "implementation": pl.Struct({
            "regions": pl.List(s), "primaryRegion": s, "countries": pl.List(s),
            "global": pl.Boolean,
        }),
        "period": pl.Struct({"end": s}),
        "beneficiaries": pl.Struct({"groups": pl.List(s)}),
        "targets": pl.List(s),
        "reviewState": s,
        "implementationStatus": s,
        "progressReports": pl.List(pl.Struct({"date": s, "status": s})),
        "relations": pl.List(pl.Struct({"type": s, "pledge": s})),
    }


def polars_read(path: Path) -> Any:
    import polars as pl

    return pl.read_ndjson(path, schema=polars_schema())


class PolarsPeer:
    def __init__(self, ref: Reference) -> None:
        import polars as pl

        self.pl = pl

        def fractions(rows: list[Any], i: int) -> dict[str, Any]:
            md = [mul_div(r[i], r[i + 1]) for r in rows]
            return {
                "mul": pl.Series([m for m, _ in md], dtype=pl.Int128),
                "div": pl.Series([v for _, v in md], dtype=pl.Int128),
            }

        daily = fractions(ref.daily, 2)
        self.daily = pl.DataFrame(
            {
                "currency": [r[0] for r in ref.daily],
                "rate_date": [r[1] for r in ref.daily],
                "daily_mul": daily["mul"],
                "daily_div": daily["div"],
            }
        ).sort("rate_date")
        annual_f = fractions(ref.annual, 2)
        annual = pl.DataFrame(
            {
                "currency": [r[0] for r in ref.annual],
                "year": [r[1] for r in ref.annual],
                "annual_mul": annual_f["mul"],
                "annual_div": annual_f["div"],
                "prec": [r[4] for r in ref.annual],
            },
            schema_overrides={"year": pl.Int32},
        )
        # The first source (in precedence order) with a rate for the currency and year.
        self.annual = annual.sort("prec").group_by(["currency", "year"]).first().drop("prec")
        self.regions = pl.DataFrame(
            {"country": list(ref.regions), "region": list(ref.regions.values())}
        )
        self.groups = pl.DataFrame(
            {"country": [g[0] for g in ref.groups], "group": [g[1] for g in ref.groups]}
        )
        self.as_of = ref.as_of

    def figures(self, df: Any) -> Figures:
        pl = self.pl
        as_of = self.as_of
        date = lambda e: e.str.slice(0, 10).str.to_date("%Y-%m-%d")  # noqa: E731
        base = df.with_columns(
            known=pl.coalesce(
                date(pl.col("validatedAt")),
                date(pl.col("submittedAt")),
                date(pl.col("financialValue").struct.field("valueDate")),
            )
        )
        eligible = base.filter(
            (pl.col("reviewState") == "published")
            & (pl.col("known").is_null() | (pl.col("known") <= as_of))
        )
        rels = (
            eligible.select("id", "relations")
            .explode("relations")
            .unnest("relations")
            .drop_nulls("type")
        )
        ids = eligible.select("id")
        superseded = (
            rels.filter((pl.col("type") == "supersedes") & (pl.col("pledge") != pl.col("id")))
            .join(ids, left_on="pledge", right_on="id", how="semi")
            .select(pl.col("pledge").alias("id"))
            .unique()
        )
        counted = eligible.join(superseded, on="id", how="anti")

        # Conversion: USD as stated; else the daily rate (as-of join, 7 days), else the annual.
        fv = counted.select(
            "id",
            "known",
            amount=pl.col("financialValue").struct.field("amount").cast(pl.Decimal(38, 2)),
            currency=pl.col("financialValue").struct.field("currency"),
            value_date=date(pl.col("financialValue").struct.field("valueDate")),
        ).filter(pl.col("amount").is_not_null())
        usd = fv.filter(pl.col("currency") == "USD").select("id", value=pl.col("amount"))
        other = (
            fv.filter(pl.col("currency") != "USD")
            .sort("value_date")
            .join_asof(
                self.daily,
                left_on="value_date",
                right_on="rate_date",
                by="currency",
                strategy="backward",
                tolerance=f"{MAX_DAYS}d",
                check_sortedness=False,  # sorted by value_date above, hence within each currency
            )
            .with_columns(year=pl.col("value_date").dt.year())
            .join(self.annual, on=["currency", "year"], how="left")
            .with_columns(
                mul=pl.coalesce("daily_mul", "annual_mul"),
                div=pl.coalesce("daily_div", "annual_div"),
            )
            .filter(pl.col("mul").is_not_null())
            # amount × rate rounded half to even to cents, in exact 128-bit integers.
            .with_columns(n=(pl.col("amount") * 100).cast(pl.Int128) * pl.col("mul"))
            .with_columns(q=pl.col("n") // pl.col("div"))
            .with_columns(twice_r=(pl.col("n") - pl.col("q") * pl.col("div")) * 2)
            # An exact half cent (see `compare`).
            .with_columns(tie=(pl.col("twice_r") == pl.col("div")).cast(pl.Int64))
            .with_columns(
                q=pl.col("q")
                + pl.when(pl.col("twice_r") > pl.col("div"))
                .then(1)
                .when(pl.col("twice_r") == pl.col("div"))
                .then(pl.col("q") % 2)
                .otherwise(0)
            )
            .select(
                "id",
                value=pl.col("q").cast(pl.Decimal(38, 0)) * pl.lit(decimal.Decimal("0.01")),
                tie="tie",
            )
        )
        usd = usd.with_columns(tie=pl.lit(0, dtype=pl.Int64))
        values = pl.concat([usd, other])

        # part_of and same_funds_as: a few thousand rows, resolved in Python.
        rel_counted = rels.join(counted.select("id"), on="id", how="semi")
        counted_ids = set(counted.get_column("id").to_list())
        involved = rel_counted.filter(pl.col("type").is_in(["part_of", "same_funds_as"]))
        rel_rows = list(involved.select("id", "type", "pledge").iter_rows())
        inv_ids = {r[0] for r in rel_rows} | {r[2] for r in rel_rows}
        valued = values.filter(pl.col("id").is_in(list(inv_ids)))
        carriers0 = set(valued.get_column("id").to_list())
        kn = counted.filter(pl.col("id").is_in(list(inv_ids))).select("id", "known")
        known = dict(kn.iter_rows())
        dropped = resolve_relations(rel_rows, counted_ids, carriers0, known)
        values = values.filter(~pl.col("id").is_in(list(dropped)))

        c = counted.join(values, on="id", how="left").with_columns(
            pl.col("value").fill_null(pl.lit(0).cast(pl.Decimal(38, 2))),
            pl.col("tie").fill_null(0),
        )
        total = c.get_column("value").sum()
        n = c.height

        def tally(long: Any) -> dict[str, tuple[int, Any]]:
            # long: (id, key) with duplicates; pledges with no key count as "unspecified".
            long = long.drop_nulls("key").unique()
            keyed = long.join(c.select("id", "value", "tie"), on="id")
            none = c.join(long.select("id").unique(), on="id", how="anti")
            rows = keyed.group_by("key").agg(
                pledges=pl.len(), value=pl.col("value").sum(), ties=pl.col("tie").sum()
            )
            out = {k: (p, v, t) for k, p, v, t in rows.iter_rows()}
            if none.height:
                out["unspecified"] = (
                    none.height, none.get_column("value").sum(), none.get_column("tie").sum()
                )
            return out

        def exploded(col: str) -> Any:
            return c.select("id", key=pl.col(col)).explode("key")

        imp = pl.col("implementation")
        countries = c.select("id", key=imp.struct.field("countries")).explode("key")
        glob = c.filter(imp.struct.field("global").fill_null(False)).select(
            "id", key=pl.lit("global")
        )
        region_long = pl.concat([
            c.select("id", key=imp.struct.field("regions")).explode("key"),
            c.select("id", key=imp.struct.field("primaryRegion")),
            countries.join(self.regions, left_on="key", right_on="country")
            .select("id", key=pl.col("region")),
        ]).drop_nulls("key")
        with_region = region_long.select("id").unique()
        region_long = pl.concat([region_long, glob.join(with_region, on="id", how="anti")])
        with_country = countries.drop_nulls("key").select("id").unique()
        country_long = pl.concat(
            [countries, glob.join(with_country, on="id", how="anti")]
        )
        group_long = countries.join(self.groups, left_on="key", right_on="country").select(
            "id", key=pl.col("group")
        )
        entities = pl.concat([
            c.select("id", e=pl.col("pledgers").struct.field("lead")),
            c.select("id", e=pl.col("pledgers").struct.field("partners")).explode("e"),
        ]).drop_nulls("e")
        entities = entities.select(
            "id",
            *(pl.col("e").struct.field(f).alias(a) for f, a in [
                ("id", "eid"), ("name", "name"), ("stakeholderType", "stakeholderType"),
                ("headquarters", "headquarters"),
            ]),
        )
        stype = entities.select("id", key=pl.col("stakeholderType"))

        reports = (
            c.select("id", "implementationStatus", r=pl.col("progressReports"))
            .with_columns(nrep=pl.col("r").list.len())
        )
        rep = (
            reports.filter(pl.col("nrep") > 0)
            .select("id", "r")
            .with_row_index("ord")
            .explode("r")
            .unnest("r")
            .with_columns(date=pl.col("date").str.to_date("%Y-%m-%d"))
            .filter(pl.col("date") <= as_of)
            .with_row_index("pos")
            .sort(["id", "date", "pos"])
            .group_by("id")
            .agg(key=pl.col("status").last())
        )
        status_long = pl.concat([
            reports.filter(pl.col("nrep").fill_null(0) == 0).select(
                "id", key=pl.col("implementationStatus")
            ),
            rep,
        ])

        end = pl.col("period").struct.field("end")
        last_day = (
            pl.when(end.str.len_chars() == 4)
            .then(pl.concat_str(end, pl.lit("-12-31")).str.to_date("%Y-%m-%d"))
            .when(end.str.len_chars() == 7)
            .then(pl.concat_str(end, pl.lit("-01")).str.to_date("%Y-%m-%d").dt.month_end())
            .otherwise(end.str.to_date("%Y-%m-%d", strict=False))
        )
        end_long = c.select(
            "id",
            key=pl.when(end.is_null())
            .then(pl.lit("unknown"))
            .when(last_day < as_of)
            .then(pl.lit("ended"))
            .when(end.str.slice(0, 4).cast(pl.Int32) == as_of.year)
            .then(pl.lit("ends_this_year"))
            .otherwise(pl.lit("later")),
        )

        breakdowns = {
            "focusArea": tally(exploded("focusAreas")),
            "pillar": tally(exploded("pillars")),
            "pledgeType": tally(exploded("pledgeTypes")),
            "stakeholderType": tally(stype),
            "ituRegion": tally(region_long),
            "country": tally(country_long),
            "countryGroup": tally(group_long),
            "beneficiaryGroup": tally(
                c.select("id", key=pl.col("beneficiaries").struct.field("groups")).explode("key")
            ),
            "implementationStatus": tally(status_long),
            "endDate": tally(end_long),
            "target": tally(exploded("targets")),
        }

        ent = entities.select(
            key=pl.when(pl.col("eid").is_not_null())
            .then(pl.concat_str(pl.lit("id:"), pl.col("eid")))
            .otherwise(
                pl.concat_str(
                    pl.lit("name:"),
                    pl.col("name").str.strip_chars().str.to_lowercase(),
                    pl.lit("|"),
                    pl.col("headquarters"),
                )
            ),
            rank=pl.col("stakeholderType").replace_strict(
                {t: i for i, t in enumerate(STAKEHOLDER_TYPES)}, return_dtype=pl.Int8
            ),
        ).group_by("key").agg(pl.col("rank").min())
        by_type = dict(ent.group_by("rank").len().iter_rows())
        return {
            "pledges": n,
            "total": total,
            "ties": c.get_column("tie").sum(),
            "entities": ent.height,
            "entitiesByType": {t: by_type.get(i, 0) for i, t in enumerate(STAKEHOLDER_TYPES)},
            "breakdowns": breakdowns,
        }


# ---------------------------------------------------------------------------------------------
# pandas (float64 money; see the module docs)
# ---------------------------------------------------------------------------------------------


def pandas_read(path: Path) -> Any:
    import pyarrow as pa
    import pyarrow.json as pj

    s = pa.string()
    entity = pa.struct([("id", s), ("name", s), ("stakeholderType", s), ("headquarters", s)])
    schema = pa.schema([
        ("id", s), ("submittedAt", s), ("validatedAt", s),
        ("pledgers", pa.struct([("lead", entity), ("partners", pa.list_(entity))])),
        ("pledgeTypes", pa.list_(s)), ("focusAreas", pa.list_(s)), ("pillars", pa.list_(s)),
        ("financialValue", pa.struct([("amount", s), ("currency", s), ("valueDate", s)])),
        ("implementation", pa.struct([
            ("regions", pa.list_(s)), ("primaryRegion", s), ("countries", pa.list_(s)),
            ("global", pa.bool_()),
        ])),
        ("period", pa.struct([("end", s)])),
        ("beneficiaries", pa.struct([("groups", pa.list_(s))])),
        ("targets", pa.list_(s)), ("reviewState", s), ("implementationStatus", s),
        ("progressReports", pa.list_(pa.struct([("date", s), ("status", s)]))),
        ("relations", pa.list_(pa.struct([("type", s), ("pledge", s)]))),
    ])
    table = pj.read_json(
        path,
        parse_options=pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="ignore"),
    )
    # Flattened columns (structs become "a.b"); lists stay Python lists in object columns.
    return table.flatten().flatten().to_pandas()


class PandasPeer:
    def __init__(self, ref: Reference) -> None:
        import pandas as pd
        import pyarrow  # noqa: F401  (pandas_read needs it)

        self.pd = pd
        self.daily = pd.DataFrame(
            {
                "currency": [r[0] for r in ref.daily],
                "rate_date": pd.to_datetime([r[1] for r in ref.daily]).astype("datetime64[ns]"),
                "daily_rate": [float(r[2]) / float(r[3]) for r in ref.daily],
            }
        ).sort_values("rate_date")
        annual = pd.DataFrame(
            [(c, y, float(n) / float(d), p) for c, y, n, d, p in ref.annual],
            columns=["currency", "year", "annual_rate", "prec"],
        )
        self.annual = (
            annual.sort_values("prec").groupby(["currency", "year"], as_index=False).first()
            .drop(columns="prec")
        )
        self.regions = pd.DataFrame(
            {"country": list(ref.regions), "region": list(ref.regions.values())}
        )
        self.groups = pd.DataFrame(ref.groups, columns=["country", "key"])
        self.as_of = pd.Timestamp(ref.as_of)

    def figures(self, df: Any) -> Figures:
        import numpy as np

        pd = self.pd
        as_of = self.as_of

        def date(s: Any) -> Any:
            return pd.to_datetime(s.str.slice(0, 10), format="%Y-%m-%d").astype("datetime64[ns]")

        known = date(df["validatedAt"]).fillna(date(df["submittedAt"])).fillna(
            date(df["financialValue.valueDate"])
        )
        base = df.assign(known=known)
        eligible = base[
            (base["reviewState"] == "published") & (base["known"].isna() | (base["known"] <= as_of))
        ]
        rels = eligible[["id", "relations"]].explode("relations").dropna(subset=["relations"])
        rels = pd.DataFrame(
            {
                "id": rels["id"].to_numpy(),
                "type": [r["type"] for r in rels["relations"]],
                "pledge": [r["pledge"] for r in rels["relations"]],
            }
        )
        sup = rels[(rels["type"] == "supersedes") & (rels["pledge"] != rels["id"])]
        sup = sup[sup["pledge"].isin(eligible["id"])]
        c = eligible[~eligible["id"].isin(sup["pledge"])]

        fv = pd.DataFrame(
            {
                "id": c["id"],
                "amount": pd.to_numeric(c["financialValue.amount"]),
                "currency": c["financialValue.currency"],
                "value_date": date(c["financialValue.valueDate"]),
            }
        ).dropna(subset=["amount"])
        usd = fv[fv["currency"] == "USD"][["id", "amount"]].rename(columns={"amount": "value"})
        other = fv[fv["currency"] != "USD"].sort_values("value_date")
        other = pd.merge_asof(
            other, self.daily, left_on="value_date", right_on="rate_date", by="currency",
            direction="backward", tolerance=pd.Timedelta(days=MAX_DAYS),
        )
        other["year"] = other["value_date"].dt.year
        other = other.merge(self.annual, on=["currency", "year"], how="left")
        other["rate"] = other["daily_rate"].fillna(other["annual_rate"])
        other = other.dropna(subset=["rate"])
        other["value"] = (other["amount"] * other["rate"]).round(2)
        values = pd.concat([usd, other[["id", "value"]]])

        counted_ids = set(c["id"])
        rel_c = rels[rels["id"].isin(counted_ids) & rels["type"].isin(["part_of", "same_funds_as"])]
        rel_rows = list(rel_c[["id", "type", "pledge"]].itertuples(index=False, name=None))
        inv = {r[0] for r in rel_rows} | {r[2] for r in rel_rows}
        carriers0 = set(values.loc[values["id"].isin(inv), "id"])
        kn = c.loc[c["id"].isin(inv), ["id", "known"]]
        known_d = {
            i: (None if pd.isna(k) else k.date()) for i, k in kn.itertuples(index=False, name=None)
        }
        dropped = resolve_relations(rel_rows, counted_ids, carriers0, known_d)
        values = values[~values["id"].isin(dropped)]

        # From here on pledges are rows 0..n-1 of `c` ("i"), which keeps joins on integers.
        c = c.merge(values, on="id", how="left")
        c["value"] = c["value"].fillna(0.0)
        c["i"] = np.arange(len(c))
        total = float(c["value"].sum())
        n = len(c)
        value = c["value"].to_numpy()

        def tally(long: Any) -> dict[str, tuple[int, float]]:
            long = long.dropna(subset=["key"]).drop_duplicates()
            i = long["i"].to_numpy(dtype=np.int64)
            keyed = pd.DataFrame({"key": long["key"].to_numpy(), "value": value[i]})
            g = keyed.groupby("key").agg(pledges=("value", "size"), value=("value", "sum"))
            out = {k: (int(p), float(v)) for k, p, v in g.itertuples(name=None)}
            has = np.zeros(n, dtype=bool)
            has[i] = True
            if not has.all():
                out["unspecified"] = (int((~has).sum()), float(value[~has].sum()))
            return out

        def exploded(col: str) -> Any:
            return c[["i", col]].explode(col).rename(columns={col: "key"})

        countries = exploded("implementation.countries")
        glob = c.loc[c["implementation.global"].fillna(False).astype(bool), ["i"]].assign(
            key="global"
        )
        region_long = pd.concat([
            exploded("implementation.regions"),
            c[["i", "implementation.primaryRegion"]].rename(
                columns={"implementation.primaryRegion": "key"}
            ),
            countries.merge(self.regions, left_on="key", right_on="country")[["i", "region"]]
            .rename(columns={"region": "key"}),
        ]).dropna(subset=["key"])
        region_long = pd.concat([region_long, glob[~glob["i"].isin(region_long["i"])]])
        with_country = countries.dropna(subset=["key"])["i"]
        country_long = pd.concat([countries, glob[~glob["i"].isin(with_country)]])
        group_long = countries.merge(self.groups, left_on="key", right_on="country")[
            ["i", "key_y"]
        ].rename(columns={"key_y": "key"})

        partners = c[["i", "pledgers.partners"]].explode("pledgers.partners").dropna()
        ent = pd.concat([
            pd.DataFrame({
                "i": c["i"].to_numpy(),
                "eid": c["pledgers.lead.id"].to_numpy(),
                "name": c["pledgers.lead.name"].to_numpy(),
                "stakeholderType": c["pledgers.lead.stakeholderType"].to_numpy(),
                "headquarters": c["pledgers.lead.headquarters"].to_numpy(),
            }),
            pd.DataFrame({
                "i": partners["i"].to_numpy(),
                "eid": [e["id"] for e in partners["pledgers.partners"]],
                "name": [e["name"] for e in partners["pledgers.partners"]],
                "stakeholderType": [e["stakeholderType"] for e in partners["pledgers.partners"]],
                "headquarters": [e["headquarters"] for e in partners["pledgers.partners"]],
            }),
        ])
        stype = ent[["i", "stakeholderType"]].rename(columns={"stakeholderType": "key"})

        nrep = c["progressReports"].str.len().fillna(0)
        no_reports = c.loc[nrep == 0, ["i", "implementationStatus"]].rename(
            columns={"implementationStatus": "key"}
        )
        rep = c.loc[nrep > 0, ["i", "progressReports"]].explode("progressReports")
        rep = pd.DataFrame({
            "i": rep["i"].to_numpy(),
            "date": pd.to_datetime([r["date"] for r in rep["progressReports"]]),
            "key": [r["status"] for r in rep["progressReports"]],
        })
        rep = rep[rep["date"] <= as_of]
        rep = rep.sort_values(["i", "date"], kind="stable").groupby("i", as_index=False).last()
        status_long = pd.concat([no_reports, rep[["i", "key"]]])

        end = c["period.end"]
        n_chars = end.str.len()
        last_day = pd.Series(pd.NaT, index=c.index, dtype="datetime64[ns]")
        y = n_chars == 4
        m = n_chars == 7
        d = n_chars == 10
        last_day[y] = pd.to_datetime(end[y] + "-12-31", format="%Y-%m-%d")
        last_day[m] = pd.to_datetime(end[m] + "-01", format="%Y-%m-%d") + pd.offsets.MonthEnd(0)
        last_day[d] = pd.to_datetime(end[d], format="%Y-%m-%d")
        year = pd.to_numeric(end.str.slice(0, 4))
        bucket = pd.Series("later", index=c.index, dtype=object)
        bucket[year == as_of.year] = "ends_this_year"
        bucket[last_day < as_of] = "ended"
        bucket[end.isna()] = "unknown"
        end_long = pd.DataFrame({"i": c["i"], "key": bucket})

        breakdowns = {
            "focusArea": tally(exploded("focusAreas")),
            "pillar": tally(exploded("pillars")),
            "pledgeType": tally(exploded("pledgeTypes")),
            "stakeholderType": tally(stype),
            "ituRegion": tally(region_long),
            "country": tally(country_long),
            "countryGroup": tally(group_long),
            "beneficiaryGroup": tally(exploded("beneficiaries.groups")),
            "implementationStatus": tally(status_long),
            "endDate": tally(end_long),
            "target": tally(exploded("targets")),
        }

        key = ("id:" + ent["eid"]).where(
            ent["eid"].notna(),
            "name:" + ent["name"].str.strip().str.lower() + "|" + ent["headquarters"],
        )
        rank = ent["stakeholderType"].map({t: i for i, t in enumerate(STAKEHOLDER_TYPES)})
        first = pd.DataFrame({"key": key, "rank": rank}).groupby("key")["rank"].min()
        by_type = first.value_counts().to_dict()
        return {
            "pledges": n,
            "total": total,
            "entities": len(first),
            "entitiesByType": {t: int(by_type.get(i, 0)) for i, t in enumerate(STAKEHOLDER_TYPES)},
            "breakdowns": breakdowns,
        }


# ---------------------------------------------------------------------------------------------
# DuckDB (SQL over its own read of the file; exact DECIMAL(38, 2) and HUGEINT money)
# ---------------------------------------------------------------------------------------------

# Rust's char::is_whitespace (Unicode White_Space), which p2c trims from an entity's name in
# its key: DuckDB's one-argument trim() removes spaces only.
WHITESPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
    + "\u2028\u2029\u202f\u205f\u3000"
)


def duckdb_columns() -> dict[str, str]:
    """The fields the dashboard reads (the polars peer's schema, in DuckDB's types)."""
    v = "VARCHAR"
    entity = 'STRUCT(id VARCHAR, name VARCHAR, "stakeholderType" VARCHAR, headquarters VARCHAR)'
    return {
        "id": v,
        "submittedAt": v,
        "validatedAt": v,
        "pledgers": f"STRUCT(lead {entity}, partners {entity}[])",
        "pledgeTypes": "VARCHAR[]",
        "focusAreas": "VARCHAR[]",
        "pillars": "VARCHAR[]",
        "financialValue": 'STRUCT(amount VARCHAR, currency VARCHAR, "valueDate" VARCHAR)',
        "implementation": 'STRUCT(regions VARCHAR[], "primaryRegion" VARCHAR,'
                          ' countries VARCHAR[], "global" BOOLEAN)',
        "period": 'STRUCT("end" VARCHAR)',
        "beneficiaries": "STRUCT(groups VARCHAR[])",
        "targets": "VARCHAR[]",
        "reviewState": v,
        "implementationStatus": v,
        "progressReports": 'STRUCT("date" VARCHAR, status VARCHAR)[]',
        "relations": 'STRUCT("type" VARCHAR, pledge VARCHAR)[]',
    }


def _distinct(col: str) -> str:
    """A list column without NULLs and repeats, first occurrences kept: a pledge counts once
    per key. (A third of the cost of DuckDB's list_distinct on these short lists.)"""
    return f"list_filter({col}, lambda x, i: x IS NOT NULL AND list_position({col}, x) = i)"


# The breakdowns whose keys are a list per pledge, read straight from the document; ituRegion
# and countryGroup also look countries up, which is a join (see `DuckdbPeer.figures`).
LIST_KEYS = {
    "focusArea": 'p."focusAreas"',
    "pillar": "p.pillars",
    "pledgeType": 'p."pledgeTypes"',
    "stakeholderType": 'list_concat([p.pledgers.lead."stakeholderType"],'
                       ' list_transform(p.pledgers.partners, lambda e: e."stakeholderType"))',
    "country": "p.implementation.countries",
    "beneficiaryGroup": "p.beneficiaries.groups",
    "target": "p.targets",
    # Listed regions and the primary one; the countries' regions are added by a join.
    "region": 'list_concat(p.implementation.regions, [p.implementation."primaryRegion"])',
}


class DuckdbPeer:
    """The dashboard in SQL. DuckDB reads the file itself into a table (`pledges`); the figures
    are a few statements over it: the counted pledges, their values (an ASOF join on the ECB
    days, then the year average), the money relations resolved in Python as the other peers
    do, a table of each counted pledge's value and keys (lists), one statement for all the
    breakdowns and one for the entities.

    Money is exact: amounts DECIMAL(38, 2), rates the sources' exact fractions as two HUGEINTs
    (as for polars), a conversion in 128-bit integers on cents rounded half to even, sums of
    DECIMAL(38, 2). DuckDB raises on any overflow, so nothing is ever silently rounded."""

    def __init__(self, ref: Reference) -> None:
        con = duck.connect("dashboard", keep_order=False)
        if con is None:
            raise ImportError("duckdb")
        self.con = con
        self.as_of = ref.as_of
        # Reference tables, built once and not timed (the polars peer builds its frames the same
        # way). HUGEINTs travel as text: Python's parameter binding has no 128-bit integer.
        md = [mul_div(r[2], r[3]) for r in ref.daily]
        con.execute(
            """CREATE TABLE daily AS
               SELECT currency, rate_date, CAST(mul AS HUGEINT) AS mul,
                      CAST("div" AS HUGEINT) AS "div"
               FROM (SELECT unnest(?::VARCHAR[]) AS currency, unnest(?::DATE[]) AS rate_date,
                            unnest(?::VARCHAR[]) AS mul, unnest(?::VARCHAR[]) AS "div")""",
            [[r[0] for r in ref.daily], [r[1] for r in ref.daily],
             [str(m) for m, _ in md], [str(d) for _, d in md]],
        )
        # The first source in precedence order with a rate for the currency and year.
        annual: dict[tuple[str, int], tuple[int, int]] = {}
        for cur, year, num, den, _ in sorted(ref.annual, key=lambda r: r[4]):
            annual.setdefault((cur, year), mul_div(num, den))
        con.execute(
            """CREATE TABLE annual AS
               SELECT currency, "year", CAST(mul AS HUGEINT) AS mul,
                      CAST("div" AS HUGEINT) AS "div"
               FROM (SELECT unnest(?::VARCHAR[]) AS currency, unnest(?::INTEGER[]) AS "year",
                            unnest(?::VARCHAR[]) AS mul, unnest(?::VARCHAR[]) AS "div")""",
            [[k[0] for k in annual], [k[1] for k in annual],
             [str(m) for m, _ in annual.values()], [str(d) for _, d in annual.values()]],
        )
        con.execute(
            """CREATE TABLE regions AS
               SELECT unnest(?::VARCHAR[]) AS country, unnest(?::VARCHAR[]) AS region""",
            [list(ref.regions), list(ref.regions.values())],
        )
        con.execute(
            """CREATE TABLE "groups" AS
               SELECT unnest(?::VARCHAR[]) AS country, unnest(?::VARCHAR[]) AS "group" """,
            [[g[0] for g in ref.groups], [g[1] for g in ref.groups]],
        )

    def set_threads(self, n: int) -> None:
        duck.set_threads(self.con, n)

    def read(self, path: Path) -> None:
        self.con.execute(
            "CREATE OR REPLACE TABLE pledges AS SELECT * FROM "
            + duck.read_json(path, duckdb_columns())
        )

    def file_figures(self, path: Path) -> Figures:
        self.read(path)
        return self.figures()

    def figures(self) -> Figures:
        con = self.con
        as_of = f"DATE '{self.as_of.isoformat()}'"
        date = lambda e: f"CAST(left({e}, 10) AS DATE)"  # noqa: E731
        # What counts: published, known on the date, not superseded by a counted pledge. Only
        # the narrow columns are kept; the lists are read once, at the end, for these rows.
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE counted AS
            WITH eligible AS (
                SELECT * FROM (
                    SELECT rowid AS rid, id, relations, "financialValue" AS fv,
                           coalesce({date('"validatedAt"')}, {date('"submittedAt"')},
                                    {date('"financialValue"."valueDate"')}) AS known
                    FROM pledges WHERE "reviewState" = 'published')
                WHERE known IS NULL OR known <= {as_of}
            ), superseded AS (
                SELECT DISTINCT r.pledge AS id
                FROM (SELECT id, unnest(relations) AS r FROM eligible)
                WHERE r."type" = 'supersedes' AND r.pledge <> id
                  AND r.pledge IN (SELECT id FROM eligible)
            )
            SELECT rid, id, known, relations, fv FROM eligible ANTI JOIN superseded USING (id)
        """)
        # Values: USD as stated; else the ECB day (ASOF: the latest publication on or before
        # the value date, if within 7 days), else the year's average; the rate num / den as
        # mul / div and cents = round_half_even(amount cents × mul / div) in HUGEINTs. `//`
        # truncates toward zero, so the remainder's magnitude decides and the sign is put back.
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE vals AS
            WITH fv AS (
                SELECT rid, CAST(fv.amount AS DECIMAL(38, 2)) AS amount, fv.currency AS currency,
                       {date('fv."valueDate"')} AS value_date
                FROM counted WHERE fv.amount IS NOT NULL
            ), daily_rated AS (
                SELECT f.*,
                       CASE WHEN d.rate_date >= f.value_date - {MAX_DAYS} THEN d.mul END AS dmul,
                       CASE WHEN d.rate_date >= f.value_date - {MAX_DAYS} THEN d."div" END
                           AS ddiv
                FROM (SELECT * FROM fv WHERE currency <> 'USD') f
                ASOF LEFT JOIN daily d ON f.currency = d.currency AND f.value_date >= d.rate_date
            ), rated AS (
                SELECT o.rid, CAST(o.amount * 100 AS HUGEINT) * coalesce(o.dmul, a.mul) AS n,
                       coalesce(o.ddiv, a."div") AS "div"
                FROM daily_rated o
                LEFT JOIN annual a ON a.currency = o.currency AND a."year" = year(o.value_date)
                WHERE coalesce(o.dmul, a.mul) IS NOT NULL
            ), parts AS (
                SELECT rid, n // "div" AS q, 2 * abs(n % "div") AS twice_r, "div", sign(n) AS s
                FROM rated
            )
            SELECT rid, amount AS value, 0 AS tie FROM fv WHERE currency = 'USD'
            UNION ALL
            SELECT rid,
                   CAST(CAST(q + CASE WHEN twice_r > "div" OR (twice_r = "div" AND q % 2 <> 0)
                                      THEN s ELSE 0 END AS DECIMAL(38, 0)) * 0.01
                        AS DECIMAL(38, 2)),
                   -- An exact half cent (see `compare`).
                   CAST(twice_r = "div" AS INTEGER)
            FROM parts
        """)

        # part_of and same_funds_as: a few thousand rows, resolved in Python.
        rel_rows = con.execute("""
            SELECT id, r."type", r.pledge
            FROM (SELECT id, unnest(relations) AS r FROM counted)
            WHERE r."type" IN ('part_of', 'same_funds_as')
        """).fetchall()
        involved = sorted({r[0] for r in rel_rows} | {r[2] for r in rel_rows})
        # Only these ids are ever looked up, so only they are fetched (all counted ids would
        # make a Python set of a million strings).
        inv = con.execute(
            """SELECT k.id, k.known, v.rid IS NOT NULL
               FROM counted k LEFT JOIN vals v USING (rid)
               WHERE k.id IN (SELECT unnest(?::VARCHAR[]))""",
            [involved],
        ).fetchall()
        dropped = resolve_relations(
            rel_rows,
            {i for i, _, _ in inv},
            {i for i, _, valued in inv if valued},
            {i: known for i, known, _ in inv},
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE dropped AS SELECT unnest(?::VARCHAR[]) AS id",
            [sorted(dropped)],
        )

        # Each counted pledge's value and keys. The implementation status as of the date: the
        # status of the last report on or before it (of those on one day, the last listed:
        # the largest (date, position)), or the pledge's own when it has no report at all.
        end = 'p.period."end"'
        last_day = (
            f"CASE length({end}) WHEN 4 THEN CAST({end} || '-12-31' AS DATE)"
            f" WHEN 7 THEN last_day(CAST({end} || '-01' AS DATE))"
            f" ELSE TRY_CAST({end} AS DATE) END"
        )
        status = (
            'CASE WHEN coalesce(len(p."progressReports"), 0) = 0 THEN p."implementationStatus"'
            ' ELSE list_max(list_filter(list_transform(p."progressReports", lambda r, i:'
            " {'d': CAST(r.\"date\" AS DATE), 'i': i, 's': r.status}),"
            f" lambda x: x.d <= {as_of})).s END"
        )
        end_bucket = (
            f"CASE WHEN {end} IS NULL THEN 'unknown' WHEN {last_day} < {as_of} THEN 'ended'"
            f" WHEN CAST(left({end}, 4) AS INTEGER) = {self.as_of.year} THEN 'ends_this_year'"
            " ELSE 'later' END"
        )
        raw = ", ".join(f"{e} AS raw_{d}" for d, e in LIST_KEYS.items())
        con.execute("""
            CREATE OR REPLACE TEMP TABLE cv AS
            SELECT k.rid,
                   CASE WHEN d.id IS NULL THEN coalesce(v.value, 0) ELSE 0 END AS value,
                   CASE WHEN d.id IS NULL THEN coalesce(v.tie, 0) ELSE 0 END AS tie
            FROM counted k LEFT JOIN vals v USING (rid) LEFT JOIN dropped d ON d.id = k.id
        """)
        # A table, not a view: the aggregates below read each column several times.
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE c AS
            SELECT rid, value, tie, "global", entities, status, end_bucket,
                   {", ".join(f"{_distinct(f'raw_{d}')} AS k_{d}" for d in LIST_KEYS)}
            FROM (
                SELECT cv.rid, cv.value, cv.tie,
                       coalesce(p.implementation."global", false) AS "global",
                       list_concat([p.pledgers.lead], p.pledgers.partners) AS entities,
                       {status} AS status, {end_bucket} AS end_bucket, {raw}
                FROM cv JOIN pledges p ON p.rowid = cv.rid)
        """)

        [(n, total, ties)] = con.execute(
            "SELECT count(*), coalesce(sum(value), 0), coalesce(sum(tie), 0) FROM c"
        ).fetchall()

        # Every breakdown in one statement, as (dimension, key, value, tie) rows, pledges
        # without any key under "unspecified". A global pledge without countries counts under
        # "global" for country, and so for region when it has no region either (listed, primary
        # or of a country). Keys of one pledge are distinct: lists by `_distinct`, rows by
        # DISTINCT where two sources meet.
        def listed(dim: str, col: str) -> str:
            return (
                f"SELECT '{dim}' AS dim, unnest({col}) AS key, value, tie FROM c"
                f" UNION ALL SELECT '{dim}', 'unspecified', value, tie FROM c"
                f" WHERE coalesce(len({col}), 0) = 0"
            )

        simple = [d for d in LIST_KEYS if d not in ("country", "region")]
        rows = con.execute(f"""
            WITH country_rows AS MATERIALIZED (
                SELECT rid, unnest(k_country) AS country, value, tie FROM c
            ), region_rows AS MATERIALIZED (
                SELECT DISTINCT rid, key, value, tie FROM (
                    SELECT rid, unnest(k_region) AS key, value, tie FROM c
                    UNION ALL
                    SELECT rid, region, value, tie FROM country_rows JOIN regions USING (country))
            ), group_rows AS MATERIALIZED (
                SELECT DISTINCT rid, "group" AS key, value, tie
                FROM country_rows JOIN "groups" USING (country)
            ), long AS (
                {" UNION ALL ".join(listed(d, f"k_{d}") for d in simple)}
                UNION ALL
                {listed("country", 'CASE WHEN coalesce(len(k_country), 0) = 0 AND "global"'
                                   " THEN ['global'] ELSE k_country END")}
                UNION ALL SELECT 'ituRegion', key, value, tie FROM region_rows
                UNION ALL
                SELECT 'ituRegion', CASE WHEN "global" THEN 'global' ELSE 'unspecified' END,
                       value, tie
                FROM c WHERE rid NOT IN (SELECT rid FROM region_rows)
                UNION ALL SELECT 'countryGroup', key, value, tie FROM group_rows
                UNION ALL
                SELECT 'countryGroup', 'unspecified', value, tie FROM c
                WHERE rid NOT IN (SELECT rid FROM group_rows)
                UNION ALL SELECT 'implementationStatus', coalesce(status, 'unspecified'),
                                 value, tie FROM c
                UNION ALL SELECT 'endDate', end_bucket, value, tie FROM c
            )
            SELECT dim, key, count(*), sum(value), sum(tie) FROM long GROUP BY dim, key
        """).fetchall()
        breakdowns: dict[str, dict[str, tuple[int, Any, int]]] = {d: {} for d in DIMENSIONS}
        for dim, key, pledges, value, tie in rows:
            breakdowns[dim][key] = (pledges, value, tie)

        # Distinct entities: the id, else the trimmed lower-case name and headquarters; an
        # entity given several types counts under the first in codelist order.
        types = "[" + ", ".join(f"'{t}'" for t in STAKEHOLDER_TYPES) + "]"
        by_rank = con.execute(
            f"""SELECT rank, count(*) FROM (
                    SELECT CASE WHEN e.id IS NOT NULL THEN 'id:' || e.id
                                ELSE 'name:' || lower(trim(e.name, ?)) || '|' || e.headquarters
                           END AS key,
                           min(list_position({types}, e."stakeholderType")) - 1 AS rank
                    FROM (SELECT unnest(entities) AS e FROM c) WHERE e IS NOT NULL
                    GROUP BY key)
                GROUP BY rank""",
            [WHITESPACE],
        ).fetchall()
        by_type = dict(by_rank)
        return {
            "pledges": n,
            "total": total,
            "ties": ties,
            "entities": sum(by_type.values()),
            "entitiesByType": {t: by_type.get(i, 0) for i, t in enumerate(STAKEHOLDER_TYPES)},
            "breakdowns": breakdowns,
        }


# ---------------------------------------------------------------------------------------------
# p2c, and the comparison
# ---------------------------------------------------------------------------------------------


def p2c_figures(summary: Any) -> Figures:
    d = summary.to_dict()
    ents = d["entities"]
    out: Figures = {
        "pledges": d["pledgeCount"],
        "total": decimal.Decimal(d["value"]["total"]),
        "entities": ents["count"],
        "entitiesByType": {r["key"]: r["count"] for r in ents["byStakeholderType"]},
        "breakdowns": {},
    }
    for b in d["breakdowns"]:
        out["breakdowns"][b["dimension"]] = {
            r["key"]: (r["pledges"], decimal.Decimal(r["value"]))
            for r in b["rows"]
            if r["pledges"] > 0
        }
    return out


def compare(name: str, want: Figures, got: Figures, exact: bool) -> list[str]:
    """Every difference between p2c's figures and a peer's (empty when they agree).

    An exact peer must agree to the cent, except that each converted amount exactly half a
    cent from two cents (a "tie": 1 in 1e6 corpus pledges, JPY 210,000,000 on 2024-02-14 at
    1.0713 USD and 161.28 JPY per EUR = USD 1394921.875 exactly) may differ by one cent: p2c
    computes the cross rate first, rounded to 28 digits (0.0066424851190476190476190476), so
    the product lands just below the tie and rounds to .87, where exact arithmetic rounds half
    to even, .88. The peer counts its ties per row; the check allows one cent per tie and no
    more (a p2c finding, reported, not hidden)."""
    errs = []

    def close(a: Any, b: Any, pledges: int, ties: int = 0) -> bool:
        if exact:
            return abs(decimal.Decimal(a) - decimal.Decimal(b)) <= decimal.Decimal("0.01") * ties
        a, b = float(a), float(b)
        return abs(a - b) <= 1e-9 * max(abs(a), abs(b)) + 0.01 * max(pledges, 1)

    for k in ("pledges", "entities", "entitiesByType"):
        if want[k] != got[k]:
            errs.append(f"{name}: {k} {got[k]!r} != p2c {want[k]!r}")
    if not close(want["total"], got["total"], want["pledges"], got.get("ties", 0)):
        errs.append(f"{name}: total {got['total']} != p2c {want['total']}")
    for dim in DIMENSIONS:
        w, g = want["breakdowns"][dim], got["breakdowns"][dim]
        for key in sorted(set(w) | set(g)):
            if key not in w or key not in g:
                errs.append(f"{name}: {dim}/{key} only in {'p2c' if key in w else name}")
                continue
            (wp, wv), (gp, gv, *ties) = w[key], g[key]
            if wp != gp or not close(wv, gv, wp, sum(ties)):
                errs.append(f"{name}: {dim}/{key} ({gp}, {gv}) != p2c ({wp}, {wv})")
    return errs


def _median(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time of this process (all its threads: polars uses
    both cores, p2c one), in ns. The CPU figure shows what the work costs when other jobs share
    the machine, which moves wall times a lot on 2 shared cores."""
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter_ns(), time.process_time_ns()
        fn()
        wall.append(time.perf_counter_ns() - t0)
        cpu.append(time.process_time_ns() - c0)
    return statistics.median(wall), statistics.median(cpu)


def run(path: Path, count: int, repeat: int) -> list[dict[str, Any]]:
    """Check every contender against p2c, then time each; returns the rows for BENCHMARKS.md.

    One contender's data is in memory at a time (1e6 pledges take 1-3 GB in each form)."""
    import gc

    import p2c

    group = "dashboard_1e6" if count == 1_000_000 else f"dashboard_{count}"
    rows: list[dict[str, Any]] = []

    def timed(name: str, fn: Callable[[], Any]) -> None:
        before = timing.load_avg()
        ns, cpu = _median(fn, repeat)
        rows.append({
            "group": group, "name": name, "median_ns": ns, "cpu_ns": cpu, "elements": count,
            "load_avg_before": before, "load_avg_after": timing.load_avg(),
        })
        print(
            f"{group}/{name}: {ns / 1e9:.3f} s wall, {cpu / 1e9:.3f} s CPU "
            f"({ns / count / 1000:.2f} µs per pledge)",
            flush=True,
        )

    def p2c_run(pledges: list[Any], validate: bool) -> Any:
        return p2c.summarize(pledges, as_of=AS_OF, validate=validate)

    pledges = p2c.load(path)
    want = p2c_figures(p2c_run(pledges, False))
    errs = compare("p2c validate=True", want, p2c_figures(p2c_run(pledges, True)), exact=True)
    if errs:
        raise SystemExit("dashboard bench: " + "; ".join(errs[:5]))
    print(
        f"dashboard: {want['pledges']} of {count} pledges counted, total USD {want['total']}"
    )
    timed("p2c_summarize", lambda: p2c_run(pledges, False))
    timed("p2c_summarize_validate", lambda: p2c_run(pledges, True))
    del pledges
    gc.collect()
    timed("p2c_file", lambda: p2c_run(p2c.load(path), False))
    timed("p2c_file_validate", lambda: p2c_run(p2c.load(path), True))

    ref = Reference(AS_OF)
    peers: list[tuple[str, Callable[[], Any], Callable[[Path], Any], bool]] = [
        ("polars", lambda: PolarsPeer(ref), polars_read, True),
        ("pandas", lambda: PandasPeer(ref), pandas_read, False),
    ]
    for name, make, read, exact in peers:
        try:
            figures = make().figures
        except ImportError:
            print(f"dashboard bench: {name} not installed, skipped", file=sys.stderr)
            continue
        frame = read(path)
        got = figures(frame)
        errs = compare(name, want, got, exact)
        if errs:
            for e in errs[:40]:
                print("dashboard bench: mismatch: " + e, file=sys.stderr)
            raise SystemExit(f"dashboard bench: {len(errs)} figures of {name} differ from p2c's")
        how = (
            f"exactly, {got.get('ties', 0)} half-cent tie(s) allowed one cent"
            if exact
            else "within the float tolerance"
        )
        print(f"dashboard: {name} agrees with p2c on every figure ({how})")
        timed(name, lambda: figures(frame))
        del frame
        gc.collect()
        timed(f"{name}_file", lambda: figures(read(path)))
    rows += by_threads(path, count, repeat, want, group, ref)
    return rows


def by_threads(
    path: Path, count: int, repeat: int, want: Figures, group: str, ref: Reference
) -> list[dict[str, Any]]:
    """p2c's file route against DuckDB reading the same file, each at 1 and 2 threads (issue
    22), checked figure by figure, then timed round by round (`timing.interleaved`).

    p2c: `p2c.summarize_file(path, threads=N)`, without validation (like for like: DuckDB
    checks nothing) and with it (p2c's default). DuckDB: `SET threads = N`, then from the file
    (`duckdb_file_Nt`: read_json into a table, then the figures) and from that table already
    loaded (`duckdb_Nt`)."""
    import p2c

    def p2c_file(n: int, validate: bool) -> Callable[[], Any]:
        return lambda: p2c.summarize_file(path, as_of=AS_OF, validate=validate, threads=n)

    contenders: list[timing.Contender] = []
    for n in duck.THREAD_COUNTS:
        for validate in (False, True):
            fn = p2c_file(n, validate)
            errs = compare(f"p2c.summarize_file(threads={n})", want, p2c_figures(fn()), True)
            if errs:
                raise SystemExit("dashboard bench: " + "; ".join(errs[:5]))
            name = "p2c_summarize_file" + ("_validate" if validate else "")
            contenders.append((f"{name}_{n}t", n, fn))

    try:
        peer: DuckdbPeer | None = DuckdbPeer(ref)
    except ImportError:
        peer = None  # duck.connect said so
    if peer is not None:
        ties = 0
        for n in duck.THREAD_COUNTS:
            peer.set_threads(n)
            got = peer.file_figures(path)
            errs = compare(f"duckdb (threads={n})", want, got, exact=True)
            if errs:
                for e in errs[:40]:
                    print("dashboard bench: mismatch: " + e, file=sys.stderr)
                raise SystemExit(
                    f"dashboard bench: {len(errs)} figures of DuckDB differ from p2c's"
                )
            ties = got["ties"]
        print(
            f"dashboard: duckdb agrees with p2c on every figure at {duck.THREAD_COUNTS} threads"
            f" (exactly, {ties} half-cent tie(s) allowed one cent)"
        )

        def duck_run(n: int, from_file: bool) -> Callable[[], Any]:
            def fn() -> Any:
                assert peer is not None
                peer.set_threads(n)
                return peer.file_figures(path) if from_file else peer.figures()
            return fn

        for n in duck.THREAD_COUNTS:
            contenders.append((f"duckdb_file_{n}t", n, duck_run(n, True)))
            contenders.append((f"duckdb_{n}t", n, duck_run(n, False)))
    rows = timing.interleaved(group, contenders, repeat, count)
    if peer is not None:
        peer.con.close()  # its copy of the pledges, before the next benchmark
    return rows


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import corpus_file

    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--threads-only", action="store_true",
                    help="only p2c.summarize_file against DuckDB at each thread count")
    a = ap.parse_args()
    if a.smoke:
        a.records, a.repeat = 1_000, 1
    path = corpus_file(a.records, False, not a.smoke)
    if a.threads_only:
        import p2c

        group = "dashboard_1e6" if a.records == 1_000_000 else f"dashboard_{a.records}"
        want = p2c_figures(p2c.summarize(p2c.load(path), as_of=AS_OF, validate=False))
        rows = by_threads(path, a.records, a.repeat, want, group, Reference(AS_OF))
    else:
        rows = run(path, a.records, a.repeat)
    if a.out and not a.smoke:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
