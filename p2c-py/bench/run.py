"""Python benchmarks: p2c.validate(dict) against pydantic v2, jsonschema_rs, fastjsonschema, msgspec;
then dashboards over 1e6 pledges against pandas and polars (`dashboard.py`, which says what is
compared and how the figures are checked).

    python p2c-py/bench/run.py [--records N] [--repeat K] [--out FILE]
    python p2c-py/bench/run.py --smoke      # a few records, once: checks the benchmark runs

Every validator gets the same records (the seeded corpus of `xtask corpus`, as dicts already
parsed from JSON: what a web framework or a notebook holds) and must agree with p2c on which
are valid before any time counts. The pydantic and msgspec models are written here, equivalent
to the exported schema (`schema/pledge.schema.json`): same fields, required lists, enums (read
from the schema so they cannot drift), patterns and no unknown fields. jsonschema_rs and
fastjsonschema compile the exported schema itself. Medians of K runs over all records are
written as JSON for scripts/bench_report.py.
"""


import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

import p2c

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "schema" / "pledge.schema.json").read_text())


def corpus(count: int, invalid: bool, release: bool = True) -> list[dict[str, Any]]:
    """The seeded corpus of `xtask corpus` (the Rust generator), as parsed dicts."""
    path = corpus_file(count, invalid, release)
    with path.open() as f:
        return [json.loads(line) for line in f if line.strip()]


def corpus_file(count: int, invalid: bool, release: bool = True) -> Path:
    """The JSON Lines file of the seeded corpus, generated on first use."""
    kind = "invalid3" if invalid else "valid"
    path = ROOT / "target" / "bench" / f"corpus-{kind}-{count}.jsonl"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        args = ["--seed", "42", "--count", str(count), "--format", "jsonl", "--out", str(path)]
        if invalid:
            args += ["--invalid-rate", "1.0", "--mistakes", "3"]
        subprocess.run(
            ["cargo", "run", "--quiet", *(["--release"] if release else []), "-p", "xtask",
             "--", "corpus", *args],
            cwd=ROOT, check=True,
        )
    return path


def enum(name: str) -> tuple[str, ...]:
    d = SCHEMA["$defs"][name]
    return tuple(o["const"] for o in d["oneOf"])


def p2c_validator() -> Callable[[dict[str, Any]], bool]:
    def run(record: dict[str, Any]) -> bool:
        # `valid` is a bool already (the other runners likewise return without conversions).
        return p2c.validate(record).valid
    return run


def pydantic_validator() -> Callable[[dict[str, Any]], bool] | None:
    try:
        from typing import Annotated, List, Literal, Optional, Union

        from pydantic import BaseModel, ConfigDict, Field, ValidationError
    except ImportError:
        return None

    code3 = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    dec = Annotated[str, Field(pattern=r"^-?[0-9]+(\.[0-9]+)?$")]
    partial = Annotated[
        str, Field(pattern=r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")
    ]
    import datetime as dt

    def lit(name: str) -> Any:
        return Literal[enum(name)]  # type: ignore[valid-type]

    class M(BaseModel):
        model_config = ConfigDict(extra="forbid", strict=True)

    class Entity(M):
        id: Optional[str] = None
        name: str
        stakeholderType: lit("StakeholderType")
        subtype: Optional[lit("StakeholderSubtype")] = None
        headquarters: Union[code3, Literal["international"]]

    class Pledgers(M):
        lead: Entity
        partners: List[Entity] = []

    class ExplicitRate(M):
        to: code3
        rate: dec
        date: Annotated[dt.date, Field(strict=False)]
        source: str

    class FinancialValue(M):
        amount: dec
        currency: code3
        valueDate: Annotated[dt.date, Field(strict=False)]
        isFloor: bool = False
        explicitRate: Optional[ExplicitRate] = None

    class Share(M):
        area: str
        percent: dec

    class Implementation(M):
        countries: List[code3] = []
        regions: List[lit("ItuRegion")] = []
        primaryRegion: Optional[lit("ItuRegion")] = None
        shares: List[Share] = []
        global_: bool = Field(default=False, alias="global")

    class Period(M):
        start: Optional[partial] = None
        end: Optional[partial] = None

    class Beneficiaries(M):
        groups: List[lit("BeneficiaryGroup")] = []
        peopleReached: Optional[Annotated[int, Field(ge=0)]] = None
        targetYear: Optional[int] = None

    class Contact(M):
        name: str
        email: str

    class Link(M):
        url: str
        title: Optional[str] = None

    class MoneyAmount(M):
        amount: dec
        currency: code3

    class ProgressReport(M):
        date: Annotated[dt.date, Field(strict=False)]
        status: lit("ImplementationStatus")
        narrative: Optional[str] = None
        amountDelivered: Optional[MoneyAmount] = None
        peopleReached: Optional[Annotated[int, Field(ge=0)]] = None
        challenges: List[lit("Challenge")] = []
        solutions: List[lit("Solution")] = []
        targets: List[str] = []

    class Relation(M):
        type: lit("RelationType")
        pledge: str

    class Pledge(M):
        formatVersion: lit("FormatVersion")
        id: str
        title: str
        description: Optional[str] = None
        links: List[Link] = []
        submittedAt: Optional[Annotated[dt.datetime, Field(strict=False)]] = None
        validatedAt: Optional[Annotated[dt.datetime, Field(strict=False)]] = None
        pledgers: Pledgers
        pledgeTypes: Annotated[List[lit("PledgeType")], Field(min_length=1)]
        focusAreas: Annotated[List[lit("FocusArea")], Field(min_length=1)]
        pillars: List[lit("Pillar")] = []
        financialValue: Optional[FinancialValue] = None
        implementation: Implementation = Implementation()
        period: Optional[Period] = None
        beneficiaries: Optional[Beneficiaries] = None
        targets: List[str] = []
        contact: Optional[Contact] = None
        reviewState: lit("ReviewState")
        implementationStatus: Optional[lit("ImplementationStatus")] = None
        progressReports: List[ProgressReport] = []
        relations: List[Relation] = []
        notes: Optional[str] = None

    def run(record: dict[str, Any]) -> bool:
        try:
            Pledge.model_validate(record)
            return True
        except ValidationError:
            return False
    return run


def msgspec_validator() -> Callable[[dict[str, Any]], bool] | None:
    try:
        import msgspec
        from msgspec import Meta, Struct
        from typing import Annotated, Literal, Optional, Union
    except ImportError:
        return None
    import datetime as dt

    code3 = Annotated[str, Meta(pattern=r"^[A-Z]{3}$")]
    dec = Annotated[str, Meta(pattern=r"^-?[0-9]+(\.[0-9]+)?$")]
    partial = Annotated[
        str, Meta(pattern=r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")
    ]
    nonneg = Annotated[int, Meta(ge=0)]

    def lit(name: str) -> Any:
        return Literal[enum(name)]  # type: ignore[valid-type]

    opts = dict(forbid_unknown_fields=True, kw_only=True)

    class Entity(Struct, **opts):
        name: str
        stakeholderType: lit("StakeholderType")
        headquarters: Annotated[str, Meta(pattern=r"^([A-Z]{3}|international)$")]
        id: Optional[str] = None
        subtype: Optional[lit("StakeholderSubtype")] = None

    class Pledgers(Struct, **opts):
        lead: Entity
        partners: list[Entity] = []

    class ExplicitRate(Struct, **opts):
        to: code3
        rate: dec
        date: dt.date
        source: str

    class FinancialValue(Struct, **opts):
        amount: dec
        currency: code3
        valueDate: dt.date
        isFloor: bool = False
        explicitRate: Optional[ExplicitRate] = None

    class Share(Struct, **opts):
        area: str
        percent: dec

    class Implementation(Struct, **opts):
        countries: list[code3] = []
        regions: list[lit("ItuRegion")] = []
        primaryRegion: Optional[lit("ItuRegion")] = None
        shares: list[Share] = []
        global_: bool = msgspec.field(default=False, name="global")

    class Period(Struct, **opts):
        start: Optional[partial] = None
        end: Optional[partial] = None

    class Beneficiaries(Struct, **opts):
        groups: list[lit("BeneficiaryGroup")] = []
        peopleReached: Optional[nonneg] = None
        targetYear: Optional[int] = None

    class Contact(Struct, **opts):
        name: str
        email: str

    class Link(Struct, **opts):
        url: str
        title: Optional[str] = None

    class MoneyAmount(Struct, **opts):
        amount: dec
        currency: code3

    class ProgressReport(Struct, **opts):
        date: dt.date
        status: lit("ImplementationStatus")
        narrative: Optional[str] = None
        amountDelivered: Optional[MoneyAmount] = None
        peopleReached: Optional[nonneg] = None
        challenges: list[lit("Challenge")] = []
        solutions: list[lit("Solution")] = []
        targets: list[str] = []

    class Relation(Struct, **opts):
        type: lit("RelationType")
        pledge: str

    class Pledge(Struct, **opts):
        formatVersion: lit("FormatVersion")
        id: str
        title: str
        pledgers: Pledgers
        pledgeTypes: Annotated[list[lit("PledgeType")], Meta(min_length=1)]
        focusAreas: Annotated[list[lit("FocusArea")], Meta(min_length=1)]
        reviewState: lit("ReviewState")
        description: Optional[str] = None
        links: list[Link] = []
        submittedAt: Optional[dt.datetime] = None
        validatedAt: Optional[dt.datetime] = None
        pillars: list[lit("Pillar")] = []
        financialValue: Optional[FinancialValue] = None
        implementation: Implementation = msgspec.field(default_factory=Implementation)
        period: Optional[Period] = None
        beneficiaries: Optional[Beneficiaries] = None
        targets: list[str] = []
        contact: Optional[Contact] = None
        implementationStatus: Optional[lit("ImplementationStatus")] = None
        progressReports: list[ProgressReport] = []
        relations: list[Relation] = []
        notes: Optional[str] = None

    def run(record: dict[str, Any]) -> bool:
        try:
            msgspec.convert(record, Pledge)
            return True
        except msgspec.ValidationError:
            return False
    return run


def jsonschema_rs_validator() -> Callable[[dict[str, Any]], bool] | None:
    try:
        import jsonschema_rs
    except ImportError:
        return None
    v = jsonschema_rs.validator_for(SCHEMA)

    def run(record: dict[str, Any]) -> bool:
        # All errors, like p2c (which reports every problem at once).
        return not any(True for _ in v.iter_errors(record))
    return run


def fastjsonschema_validator() -> Callable[[dict[str, Any]], bool] | None:
    try:
        import fastjsonschema
    except ImportError:
        return None
    v = fastjsonschema.compile(SCHEMA)

    def run(record: dict[str, Any]) -> bool:
        try:
            v(record)
            return True
        except fastjsonschema.JsonSchemaException:
            return False
    return run


def median_ns(fn: Callable[[dict[str, Any]], bool], records: list[dict[str, Any]], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter_ns()
        for r in records:
            fn(r)
        times.append(time.perf_counter_ns() - t0)
    return statistics.median(times)


def interleaved_medians(
    runners: dict[str, Callable[[dict[str, Any]], bool]],
    records: list[dict[str, Any]],
    repeat: int,
) -> dict[str, float]:
    """The median pass time of each runner over `records`, the runners interleaved: pass k of
    every runner before pass k + 1 of any, so that a busy spell of the machine hits them all."""
    times: dict[str, list[int]] = {name: [] for name in runners}
    for _ in range(repeat):
        for name, fn in runners.items():
            t0 = time.perf_counter_ns()
            for r in records:
                fn(r)
            times[name].append(time.perf_counter_ns() - t0)
    return {name: statistics.median(ts) for name, ts in times.items()}


# Option sets of `p2c.validate` (issue 22: any option set costs at most 5 % over the defaults).
OPTION_SETS: dict[str, dict[str, Any]] = {
    "defaults": {},
    "as_of": {"as_of": dt.date(2026, 11, 23)},
    "as_of_redact": {"as_of": dt.date(2026, 11, 23), "redact_values": True},
    "lang": {"lang": "fr"},
    "limits": {"limits": {"max_bytes": 1 << 20, "max_depth": 64}},
    "severity": {"severity": {"lifecycle.no_announcement_date": "off"}},
}


def options_cost(records: list[dict[str, Any]], repeat: int) -> list[dict[str, Any]]:
    """`p2c.validate(record, **options)` for each option set, the sets interleaved round by
    round so that each sees the same machine."""
    import p2c

    times: dict[str, list[int]] = {name: [] for name in OPTION_SETS}
    for _ in range(repeat):
        for name, options in OPTION_SETS.items():
            t0 = time.perf_counter_ns()
            for r in records:
                p2c.validate(r, **options)
            times[name].append(time.perf_counter_ns() - t0)
    rows = []
    for name, ts in times.items():
        ns = statistics.median(ts)
        rows.append({"group": "python_options", "name": name, "median_ns": ns,
                     "elements": len(records)})
        print(f"python_options/{name}: {ns / len(records) / 1000:.2f} µs per record")
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--dataframe-records", type=int, default=1_000_000)
    ap.add_argument("--dataframe-repeat", type=int, default=3)
    ap.add_argument("--dashboard-records", type=int, default=1_000_000)
    a = ap.parse_args()
    if a.smoke or os.environ.get("P2C_BENCH_SMOKE"):
        a.smoke = True
        a.records, a.repeat = 20, 1
        a.dataframe_records, a.dataframe_repeat = a.dataframe_records // 1000, 1

    valid = corpus(a.records, invalid=False, release=not a.smoke)
    peers = {
        "p2c_validate_dict": p2c_validator(),
        "pydantic_v2": pydantic_validator(),
        "jsonschema_rs": jsonschema_rs_validator(),
        "fastjsonschema": fastjsonschema_validator(),
        "msgspec": msgspec_validator(),
    }
    rows = []
    runners: dict[str, Callable[[dict[str, Any]], bool]] = {}
    for name, fn in peers.items():
        if fn is None:
            print(f"python bench: {name} not installed, skipped", file=sys.stderr)
            continue
        # Agreement first: every corpus record is valid for p2c, so it must be for the peers
        # (p2c's semantic rules are stricter than any schema, never looser).
        rejected = [r["id"] for r in valid if not fn(r)]
        if rejected:
            print(f"python bench: {name} rejects valid records, e.g. {rejected[:3]}", file=sys.stderr)
            return 1
        runners[name] = fn
    # Round by round, as options_cost does: timed one after the other, the first validator's
    # runs fell in a slower spell of the shared machine (8.4 µs per record for p2c where the
    # same call took 5.8 µs in the next group of the same process).
    for name, ns in interleaved_medians(runners, valid, a.repeat).items():
        rows.append({"group": "python_validate", "name": name, "median_ns": ns,
                     "elements": len(valid)})
        print(f"python_validate/{name}: {ns / len(valid) / 1000:.2f} µs per record")

    rows += options_cost(valid, a.repeat)

    invalid = corpus(a.records, invalid=True, release=not a.smoke)
    fn = peers["p2c_validate_dict"]
    assert fn is not None
    accepted = [r.get("id") for r in invalid if fn(r)]
    if accepted:
        print(f"python bench: p2c accepts invalid records, e.g. {accepted[:3]}", file=sys.stderr)
        return 1
    ns = median_ns(fn, invalid, a.repeat)
    rows.append({"group": "python_validate", "name": "p2c_validate_dict_invalid3",
                 "median_ns": ns, "elements": len(invalid)})

    # 1e6 records to a DataFrame via Arrow against list-of-dicts and validate-only (dataframe.py).
    import dataframe

    df_path = corpus_file(a.dataframe_records, invalid=False, release=not a.smoke)
    rows += dataframe.run(df_path, a.dataframe_repeat)

    # Dashboards over 1e6 pledges (1,000 in smoke mode) against pandas and polars.
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import dashboard

    n = 1_000 if a.smoke else a.dashboard_records
    rows += dashboard.run(corpus_file(n, False, release=not a.smoke), n, 1 if a.smoke else 3)

    if a.out and not a.smoke:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
