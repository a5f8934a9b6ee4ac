"""Hypothesis property tests of the Python package: invariants that must hold for every input,
not just the hand-written examples of the other test files.

The strategies take their codes from ``p2c.codelists()``, their field names, required fields and
patterns from ``p2c.json_schema()``, countries and currencies from the reference data the core
embeds (``p2c-core/data/``), so they follow the format as it changes. Expected values are never
taken from the library under test: sums are recomputed here with Python's ``decimal`` at a
precision that makes them exact, pointers are resolved here, rounding is redone here.

Profiles (``P2C_HYPOTHESIS_PROFILE``): ``ci`` (the default, used by ``scripts/test``) is
derandomized and keeps no example database, so every run tests the same examples; ``dev`` runs
more, random examples (``P2C_HYPOTHESIS_PROFILE=dev pytest p2c-py/tests/test_properties.py``).
"""

from __future__ import annotations

import copy
import csv
import datetime
import decimal
import json
import os
import pathlib
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

import p2c

settings.register_profile(
    "ci",
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=400,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("P2C_HYPOTHESIS_PROFILE", "ci"))

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "p2c-core" / "data"

# ---------------------------------------------------------------------------------------------
# What the strategies draw from: the library's own codelists and schema, and the embedded data.

SCHEMA = p2c.json_schema()
DEFS: dict[str, Any] = SCHEMA["$defs"]
# The strategies write format 1.0 documents, so they draw the codes of 1.0 only (a code new in
# 1.1, such as `unknown`, is marked with `since`).
CODES: dict[str, list[str]] = {
    c["name"]: [e["code"] for e in c["entries"] if not e.get("since")] for c in p2c.codelists()
}
PARENT: dict[str, dict[str, str | None]] = {
    c["name"]: {e["code"]: e.get("parent") for e in c["entries"]} for c in p2c.codelists()
}
CATALOGUE = {c["code"] for c in p2c.issue_codes()}
# The last day of the embedded ECB rates: summaries default to it, and it bounds the dates
# the strategies draw so every pledge is known on the as-of date.
LAST_RATE_DAY = datetime.date.fromisoformat(
    next(csv.DictReader((DATA / "ecb_eurofxref_hist.csv").open(encoding="utf-8")))["Date"]
)


def _const(defn: str) -> list[str]:
    """The ``const`` values of a ``oneOf`` definition in the schema."""
    return [o["const"] for o in DEFS[defn]["oneOf"]]


def _pattern(defn: str) -> str:
    return str(DEFS[defn]["pattern"])


def _matching(defn: str) -> Callable[[str], str]:
    """Check a generated string against the schema's pattern for ``defn``."""
    pattern = re.compile(_pattern(defn))

    def check(value: str) -> str:
        assert pattern.fullmatch(value), (defn, value)
        return value

    return check


def _csv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


# Countries p2c knows with their ITU-D region; currencies in use with their minor units.
COUNTRY_REGION = {r["iso3"]: r["itu_region_code"] for r in _csv("itu_d_regions.csv")}
MINOR_UNITS = {
    r["alpha3"]: int(r["minor_unit"])
    for r in _csv("iso4217_active.csv")
    if r["minor_unit"].isdigit()
}
with (DATA / "ecb_eurofxref_hist.csv").open(encoding="utf-8") as _f:
    _ECB_COLUMNS = next(csv.reader(_f))[1:]
# Currencies with ECB daily rates that are still in use, and the euro (the ECB's base).
RATED = sorted({c for c in _ECB_COLUMNS if c in MINOR_UNITS} | {"EUR"})
# Currencies in use that only HMRC's annual averages cover (crossed through GBP).
ANNUAL_ONLY = sorted(
    {r["hmrc_code"] for r in _csv("hmrc_annual_avg_calendar_year.csv")} & set(MINOR_UNITS)
    - set(RATED)
)


def _fields(defn: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    """Check a generated object against its schema definition's member names, so the strategies
    cannot drift from the format: no unknown member, every required member present."""
    props = set(defn["properties"])
    assert set(doc) <= props, sorted(set(doc) - props)
    assert set(defn.get("required", [])) <= set(doc), defn.get("required")
    return doc


def _obj(name: str, doc: dict[str, Any]) -> dict[str, Any]:
    return _fields(DEFS[name], doc)


# ---------------------------------------------------------------------------------------------
# Strategies.

# Texts that pass the text rules (no control or bidi characters, not blank, short).
words = st.text(
    alphabet=st.characters(categories=["L", "N"]),
    min_size=1,
    max_size=12,
)
texts = st.lists(words, min_size=1, max_size=5).map(" ".join)


def _subset(codes: list[str], min_size: int = 0, max_size: int | None = None) -> Any:
    return st.lists(st.sampled_from(codes), min_size=min_size, max_size=max_size, unique=True)


COUNTRIES = sorted(COUNTRY_REGION)
countries = st.sampled_from(COUNTRIES).map(_matching("CountryCode"))
dates = st.dates(min_value=datetime.date(2011, 1, 1), max_value=LAST_RATE_DAY)


@st.composite
def amounts(draw: Any, places: int) -> str:
    """A positive amount as decimal text with at most ``places`` fraction digits: mostly
    ordinary sizes, sometimes up to 1e20 (far above any real pledge, but well inside
    ``Decimal``'s range even after conversion and summing, where split attribution lost
    exactness before the fix of RELIABILITY.md's finding `split-precision`)."""
    top = draw(st.sampled_from([10**6, 10**10, 10**13, 10**20]))
    units = draw(st.integers(min_value=1, max_value=top * 10**places))
    return format(Decimal(units).scaleb(-places), "f")


@st.composite
def entities(draw: Any) -> dict[str, Any]:
    stype = draw(st.sampled_from(CODES["stakeholderType"]))
    doc: dict[str, Any] = {
        "name": draw(texts),
        "stakeholderType": stype,
        "headquarters": draw(countries | st.just("international")),
    }
    subtypes = [s for s, parent in PARENT["stakeholderSubtype"].items() if parent == stype]
    if subtypes and draw(st.booleans()):
        doc["subtype"] = draw(st.sampled_from(subtypes))
    return _obj("Entity", doc)


@st.composite
def implementations(draw: Any) -> dict[str, Any]:
    countries = [_matching("CountryCode")(c) for c in draw(_subset(COUNTRIES, max_size=4))]
    regions = sorted({COUNTRY_REGION[c] for c in countries if COUNTRY_REGION[c]})
    regions += [r for r in draw(_subset(CODES["ituRegion"], max_size=2)) if r not in regions]
    doc: dict[str, Any] = {}
    if countries:
        doc["countries"] = countries
    if regions:
        doc["regions"] = regions
        if draw(st.booleans()):
            doc["primaryRegion"] = draw(st.sampled_from(regions))
    if not doc or draw(st.integers(0, 5)) == 0:
        doc["global"] = True
    areas = countries or regions
    if areas and draw(st.booleans()):
        # Declared shares: whole percents over every area, summing to exactly 100.
        cuts = sorted(draw(st.lists(st.integers(0, 100), min_size=len(areas) - 1,
                                    max_size=len(areas) - 1)))
        bounds = [0, *cuts, 100]
        doc["shares"] = [
            _obj("Share", {"area": a, "percent": str(hi - lo)})
            for a, lo, hi in zip(areas, bounds, bounds[1:])
        ]
    return _obj("Implementation", doc)


@st.composite
def pledges(draw: Any, ids: Any = None, contact: bool | None = None) -> dict[str, Any]:
    """A valid pledge document (``p2c.validate(doc).valid``), drawing every optional part."""
    focus = draw(_subset(CODES["focusArea"], min_size=1))
    types = draw(_subset(CODES["pledgeType"], min_size=1))
    doc: dict[str, Any] = {
        "formatVersion": draw(st.sampled_from(_const("FormatVersion"))),
        "id": draw(ids if ids is not None else st.from_regex(r"P2C-[0-9A-Z]{1,8}", fullmatch=True)),
        "title": draw(texts),
        "pledgers": _obj(
            "Pledgers",
            {
                "lead": draw(entities()),
                **({"partners": p} if (p := draw(st.lists(entities(), max_size=3))) else {}),
            },
        ),
        "pledgeTypes": types,
        "focusAreas": focus,
        # Mostly published, so that most pledges count in summaries.
        "reviewState": draw(st.just("published") | st.sampled_from(CODES["reviewState"])),
    }
    pillars = [p for p, parent in PARENT["pillar"].items() if parent in focus]
    if draw(st.booleans()):
        doc["pillars"] = draw(_subset(pillars))
    if "financial" in types:
        currency = _matching("CurrencyCode")(
            draw(st.sampled_from(RATED) | st.sampled_from(ANNUAL_ONLY))
        )
        fv: dict[str, Any] = {
            "amount": draw(amounts(MINOR_UNITS[currency])),
            "currency": currency,
            "valueDate": draw(dates).isoformat(),
        }
        whole = int(Decimal(fv["amount"]).to_integral_value()) or 1
        if whole < 2**64 and draw(st.integers(0, 3)) == 0:
            # An integer JSON number is exact and accepted as an amount; p2c reads integers up
            # to 2**64 - 1 (larger ones are refused as inexact although they are exact).
            fv["amount"] = whole
        if draw(st.booleans()):
            fv["isFloor"] = True
        doc["financialValue"] = _obj("FinancialValue", fv)
    doc["implementation"] = draw(implementations())
    if draw(st.booleans()):
        start = draw(st.integers(2015, 2026))
        doc["period"] = _obj(
            "Period", {"start": str(start), "end": str(start + draw(st.integers(0, 6)))}
        )
    if draw(st.booleans()):
        doc["description"] = draw(texts)
    if draw(st.booleans()):
        doc["beneficiaries"] = _obj(
            "Beneficiaries",
            {
                "groups": draw(_subset(CODES["beneficiaryGroup"], max_size=3)),
                "peopleReached": draw(st.integers(0, 10**9)),
            },
        )
    if draw(st.booleans()):
        doc["implementationStatus"] = draw(st.sampled_from(CODES["implementationStatus"]))
    if draw(st.booleans()):
        doc["targets"] = draw(
            st.lists(
                st.sampled_from(CODES["p2cTarget"])
                # A short code of the schema's pattern (checked), which may be unknown.
                | st.from_regex(r"[A-Z][A-Z0-9]{0,5}(-[A-Z0-9]{1,4}){0,2}", fullmatch=True).map(
                    _matching("TargetCode")
                ),
                max_size=2,
                unique=True,
            )
        )
    if draw(st.booleans()):
        submitted = draw(dates)
        doc["submittedAt"] = f"{submitted.isoformat()}T09:00:00Z"
        if draw(st.booleans()):
            validated = submitted + datetime.timedelta(days=draw(st.integers(0, 60)))
            doc["validatedAt"] = f"{min(validated, LAST_RATE_DAY).isoformat()}T10:00:00Z"
    if draw(st.integers(0, 2)) == 0:
        # Progress reports, oldest first, after the submission and not after the as-of date.
        first = datetime.date.fromisoformat(doc.get("submittedAt", "2011-01-01")[:10])
        days = sorted(
            draw(st.lists(st.dates(min_value=first, max_value=LAST_RATE_DAY), max_size=2))
        )
        reports = []
        for day in days:
            report: dict[str, Any] = {
                "date": day.isoformat(),
                "status": draw(st.sampled_from(CODES["implementationStatus"])),
                "challenges": draw(_subset(CODES["challenge"], max_size=2)),
                "solutions": draw(_subset(CODES["solution"], max_size=2)),
            }
            if "financialValue" in doc and draw(st.booleans()):
                currency = doc["financialValue"]["currency"]
                report["amountDelivered"] = _obj(
                    "MoneyAmount",
                    {"amount": draw(amounts(MINOR_UNITS[currency])), "currency": currency},
                )
            reports.append(_obj("ProgressReport", report))
        if reports:
            doc["progressReports"] = reports
    if contact if contact is not None else draw(st.booleans()):
        token = draw(st.from_regex(r"[a-z]{6,10}", fullmatch=True))
        doc["contact"] = _obj(
            "Contact", {"name": f"Contactperson {token}", "email": f"{token}@contact.invalid"}
        )
    return _fields(SCHEMA, doc)


@st.composite
def pledge_sets(draw: Any, max_size: int = 6) -> list[dict[str, Any]]:
    """Pledges with distinct ids, some linked by relations (supersedes, part_of,
    same_funds_as) so that the summary's double-counting rules are exercised."""
    docs = draw(
        st.lists(pledges(), min_size=1, max_size=max_size, unique_by=lambda d: d["id"])
    )
    if len(docs) > 1:
        for _ in range(draw(st.integers(0, 2))):
            i, j = draw(st.permutations(range(len(docs))))[:2]
            docs[i].setdefault("relations", []).append(
                _obj(
                    "Relation",
                    {"type": draw(st.sampled_from(CODES["relationType"])), "pledge": docs[j]["id"]},
                )
            )
    return docs


# Arbitrary JSON values (integers up to 2**1000, within f64's range, beyond which JSON text is
# malformed: see test_dict_with_huge_integer_reports_like_text below).
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**1000), max_value=2**1000)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


# ---------------------------------------------------------------------------------------------
# Helpers written independently of the library.


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _pointer_ok(doc: Any, pointer: str) -> bool:
    """Whether an RFC 6901 pointer resolves in ``doc``, or names a missing member of an object
    that exists (``/validatedAt`` on a pledge without one)."""
    if pointer == "":
        return True
    if not pointer.startswith("/"):
        return False
    tokens = [_unescape(t) for t in pointer[1:].split("/")]
    node = doc
    for n, token in enumerate(tokens):
        last = n == len(tokens) - 1
        if isinstance(node, dict):
            if token in node:
                node = node[token]
                continue
            return last
        if isinstance(node, list):
            if re.fullmatch(r"0|[1-9][0-9]*", token) and int(token) < len(node):
                node = node[int(token)]
                continue
            return False
        return False
    return True


def _check_report(report: p2c.Report, doc: Any) -> None:
    """Every issue has a catalogue code and a pointer into ``doc``; validity is "no error"."""
    assert isinstance(report, p2c.Report)
    for issue in report.issues:
        assert issue.code in CATALOGUE, issue
        assert issue.severity in {"error", "warning", "info"}, issue
        assert _pointer_ok(doc, issue.path), issue
    assert report.valid == (not any(i.severity == "error" for i in report.issues))


def _nested(a: str, b: str) -> bool:
    """Whether one JSON Pointer is the other, or above it."""
    return a == b or b.startswith(a + "/") or a.startswith(b + "/")


def _shape(report: p2c.Report) -> list[tuple[str, str, str]]:
    """What a report says, without the wording: each issue's code, severity and pointer."""
    return [(i.code, i.severity, i.path) for i in report.issues]


def _exact() -> decimal.Context:
    """A decimal context in which a sum or product that would round raises instead."""
    ctx = decimal.Context(prec=200, Emax=999999, Emin=-999999)
    ctx.traps[decimal.Inexact] = True
    ctx.traps[decimal.Rounded] = True
    return ctx


def _paths(doc: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document, as key/index tuples (``()`` is the root)."""
    out = [here]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, (*here, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += _paths(v, (*here, i))
    return out


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def _pointer(path: tuple[Any, ...]) -> str:
    return "".join("/" + str(s).replace("~", "~0").replace("/", "~1") for s in path)


# ---------------------------------------------------------------------------------------------
# Validation.


@given(json_values)
def test_validate_never_raises_and_entry_points_agree(value: Any) -> None:
    # Any JSON value, as str and as bytes (and as a dict when it is an object): a report, never
    # an exception, and the same report from every entry point.
    text = json.dumps(value)
    report = p2c.validate(text)
    _check_report(report, value)
    assert p2c.validate(text.encode("utf-8")) == report
    if isinstance(value, dict):
        # Same issues; params may differ for floats (see test_float_param_echoes_the_number).
        assert _shape(p2c.validate(value)) == _shape(report)
    if not isinstance(value, dict):
        assert not report.valid


@given(pledges())
def test_generated_pledges_are_valid(doc: dict[str, Any]) -> None:
    # The strategy's promise, checked, so the properties below test what they claim to.
    report = p2c.validate(doc)
    assert report.valid, [i for i in report.issues if i.severity == "error"]
    _check_report(report, doc)


@st.composite
def mutations(draw: Any) -> tuple[dict[str, Any], tuple[Any, ...]]:
    """A valid pledge changed at one place: the value replaced by arbitrary JSON, a member or
    element removed, or an unknown member added."""
    doc = draw(pledges())
    path = draw(st.sampled_from(_paths(doc)[1:]))
    parent = _get(doc, path[:-1])
    kind = draw(st.sampled_from(["replace", "remove", "add"]))
    if kind == "replace":
        parent[path[-1]] = draw(json_values)
    elif kind == "remove":
        del parent[path[-1]]
    else:
        target = _get(doc, path)
        if isinstance(target, dict):
            target[draw(st.text(min_size=1, max_size=8))] = draw(json_values)
        else:
            parent[path[-1]] = draw(json_values)
    return doc, path


@given(mutations())
def test_mutated_pledges_give_consistent_reports(
    case: tuple[dict[str, Any], tuple[Any, ...]],
) -> None:
    doc, _ = case
    report = p2c.validate(doc)
    _check_report(report, doc)
    text = json.dumps(doc)
    assert _shape(p2c.validate(text)) == _shape(report)
    assert p2c.validate(text.encode("utf-8")) == p2c.validate(text)
    try:
        pledge = p2c.parse_pledge(doc)
    except p2c.ParseError as e:
        # What cannot be read is invalid, and the report has an error where parsing stopped,
        # or above or below it (a missing member is reported at the member by validation, at
        # its object by parsing).
        assert not report.valid
        assert any(_nested(e.pointer, i.path) for i in report.errors), (e.pointer, report)
        return
    # Valid means readable, and what was read is valid too.
    if report.valid:
        assert p2c.validate(pledge.to_dict()).valid


@given(pledges(), st.data())
def test_damaged_bytes_never_raise(doc: dict[str, Any], data: st.DataObject) -> None:
    # Byte-level damage to a valid document's JSON text: a report, never an exception.
    raw = bytearray(json.dumps(doc).encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw) - 1))
        op = data.draw(st.sampled_from(["set", "delete", "insert"]))
        byte = data.draw(st.integers(0, 255))
        if op == "set":
            raw[at] = byte
        elif op == "delete":
            del raw[at]
        else:
            raw.insert(at, byte)
    report = p2c.validate(bytes(raw))
    assert all(i.code in CATALOGUE for i in report.issues)
    try:
        text = bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        assert "input.invalid_utf8" in {i.code for i in report.issues}
        return
    try:
        parsed = json.loads(text)
    except ValueError:
        assert not report.valid
        return
    assert p2c.validate(text) == report
    if not any(i.code == "input.malformed_json" for i in report.issues):
        _check_report(report, parsed)


@given(pledges())
def test_to_dict_validate_parse_round_trip(doc: dict[str, Any]) -> None:
    pledge = p2c.parse_pledge(doc)
    out = pledge.to_dict()
    assert p2c.validate(out).valid
    again = p2c.parse_pledge(out)
    assert again == pledge
    assert again.to_dict() == out
    assert p2c.parse_pledge(pledge.to_json()) == pledge
    assert p2c.parse_pledge(pledge.to_json().encode("utf-8")) == pledge
    # Nothing is lost: every non-empty member given comes back (empty lists are left out of
    # the canonical form; amounts come back as decimal text).
    assert out["id"] == doc["id"] and out["title"] == doc["title"]
    assert {k for k, v in doc.items() if v != []} <= set(out)
    if "financialValue" in doc:
        assert Decimal(out["financialValue"]["amount"]) == Decimal(doc["financialValue"]["amount"])


# ---------------------------------------------------------------------------------------------
# Money.

FLOAT_PLACES = [
    ("financialValue", "amount"),
    ("financialValue", "explicitRate", "rate"),
    ("implementation", "shares", 0, "percent"),
    ("progressReports", 0, "amountDelivered", "amount"),
]


@given(pledges(), st.sampled_from(FLOAT_PLACES), st.floats(allow_nan=False, allow_infinity=False))
def test_float_money_is_refused(doc: dict[str, Any], place: tuple[Any, ...], value: float) -> None:
    # Any float where an exact decimal belongs, even an integral one such as 5.0, is refused
    # with structure.inexact_number at its pointer; parse_pledge raises ParseError there.
    doc = copy.deepcopy(doc)
    doc["pledgeTypes"] = sorted({*doc["pledgeTypes"], "financial"})
    doc.setdefault(
        "financialValue", {"amount": "1", "currency": "EUR", "valueDate": "2022-06-07"}
    )
    if place[1] == "explicitRate":
        doc["financialValue"]["explicitRate"] = _obj(
            "ExplicitRate",
            {"to": "USD", "rate": "1.07", "date": "2022-06-07", "source": "stated"},
        )
    if place[0] == "implementation":
        doc["implementation"] = {"regions": ["AFR"], "shares": [{"area": "AFR", "percent": "100"}]}
    if place[0] == "progressReports":
        doc["progressReports"] = [
            _obj(
                "ProgressReport",
                {
                    "date": "2023-01-01",
                    "status": "in_progress",
                    "amountDelivered": {"amount": "1", "currency": "EUR"},
                },
            )
        ]
    _get(doc, place[:-1])[place[-1]] = value
    pointer = _pointer(place)
    report = p2c.validate(doc)
    assert ("structure.inexact_number", pointer) in {(i.code, i.path) for i in report.issues}
    assert not report.valid
    assert _shape(p2c.validate(json.dumps(doc))) == _shape(report)
    with pytest.raises(p2c.ParseError) as info:
        p2c.parse_pledge(doc)
    assert info.value.pointer == pointer
    with pytest.raises(TypeError):
        p2c.convert(value, "EUR", datetime.date(2022, 6, 7))  # type: ignore[arg-type]


ROUNDING = {
    "bankers": decimal.ROUND_HALF_EVEN,
    "half_up": decimal.ROUND_HALF_UP,
    "half_down": decimal.ROUND_HALF_DOWN,
    "toward_zero": decimal.ROUND_DOWN,
    "away_from_zero": decimal.ROUND_UP,
    "floor": decimal.ROUND_FLOOR,
    "ceiling": decimal.ROUND_CEILING,
}


@given(
    st.sampled_from(RATED) | st.sampled_from(ANNUAL_ONLY),
    dates,
    st.sampled_from(sorted(ROUNDING)),
    st.data(),
)
def test_convert_is_additive_within_one_minor_unit(
    source: str, day: datetime.date, rounding: str, data: st.DataObject
) -> None:
    # The rule: convert(x) = round(x × rate) to the target's minor units with the named
    # strategy, once, with full-precision x × rate. Hence, with one rate for a, b and a + b,
    # convert(a + b) and convert(a) + convert(b) differ by at most one minor unit (each
    # rounding moves a value by less than one unit, and the difference is a whole number of
    # units).
    target = data.draw(st.sampled_from([c for c in RATED if c != source]))
    a = Decimal(data.draw(amounts(MINOR_UNITS[source])))
    b = Decimal(data.draw(amounts(MINOR_UNITS[source])))
    with decimal.localcontext(_exact()):
        total = a + b
    try:
        ca, cb, cab = (
            p2c.convert(x, source, day, to=target, rounding=rounding) for x in (a, b, total)
        )
    except p2c.RateNotFoundError:
        assume(False)
        return
    event(f"rate kind: {cab.rate_kind}")
    assert ca.rate == cb.rate == cab.rate
    assert ca.rate_date == cb.rate_date == cab.rate_date <= day
    assert ca.source == cab.source and ca.table_id == cab.table_id
    places = MINOR_UNITS[target]
    assert cab.decimal_places == places
    unit = Decimal(1).scaleb(-places)
    for c, x in ((ca, a), (cb, b), (cab, total)):
        with decimal.localcontext(_exact()):
            exact = x * c.rate
        assert c.amount == exact.quantize(unit, rounding=ROUNDING[rounding]), (x, c)
        assert c.original_amount == x
    with decimal.localcontext(_exact()):
        gap = cab.amount - ca.amount - cb.amount
    assert abs(gap) <= unit


# ---------------------------------------------------------------------------------------------
# Summaries.

ATTRIBUTIONS = ["full", "equal_split", "declared_shares"]


@given(pledge_sets(), st.sampled_from(ATTRIBUTIONS), st.randoms(use_true_random=False))
def test_summary_is_order_independent(
    docs: list[dict[str, Any]], attribution: str, rnd: Any
) -> None:
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    first = p2c.summarize(docs, attribution=attribution)
    second = p2c.summarize(shuffled, attribution=attribution)
    assert first.to_dict() == second.to_dict()
    assert str(first) == str(second)
    # The same for the profile of a country some pledge is implemented in.
    named = [c for d in docs for c in d["implementation"].get("countries", [])]
    if named:
        country = rnd.choice(named)
        one = p2c.country_profile(docs, country, attribution=attribution)
        other = p2c.country_profile(shuffled, country, attribution=attribution)
        assert one.to_dict() == other.to_dict()
        assert one.pledges >= 1 or first.pledge_count < len(docs)


@given(pledge_sets(), st.sampled_from(ATTRIBUTIONS), st.sampled_from(["USD", "EUR", "JPY"]))
def test_breakdowns_add_up_to_the_total(
    docs: list[dict[str, Any]], attribution: str, currency: str
) -> None:
    # Exact Decimal arithmetic (an inexact sum raises): for every dimension, the rows' values
    # exceed the total by exactly the reported overlap (zero for an additive breakdown), and
    # the rows' counts exceed the pledge count by the reported count overlap.
    summary = p2c.summarize(docs, attribution=attribution, currency=currency)
    total = summary.total_value
    assert summary.currency == currency
    event(f"pledges counted: {summary.pledge_count} of {len(docs)}")
    event(f"values converted: {summary.to_dict()['value']['converted']}")
    event(f"reports counted: {summary.to_dict()['reporting']['reports']}")
    assert summary.pledge_count <= len(docs)
    for name in summary.dimensions:
        b = summary.breakdown(name)
        with decimal.localcontext(_exact()):
            rows = sum((r.value for r in b.rows), Decimal(0))
            assert rows - total == b.value_overlap, (name, rows, total)
        assert sum(r.pledges for r in b.rows) - summary.pledge_count == b.count_overlap, name
        if b.additivity == "additive":
            assert b.value_overlap == 0, name  # (counts may still overlap)
        assert all(r.value >= 0 for r in b.rows), name
    if attribution == "equal_split":
        # Splitting each pledge's value equally over its focus areas makes the rows add up.
        assert summary.breakdown("focus_area").additivity == "additive"


@given(
    pledges(contact=True),
    st.lists(pledges(contact=False), max_size=3, unique_by=lambda d: d["id"]),
)
def test_public_output_never_contains_the_contact(
    doc: dict[str, Any], others: list[dict[str, Any]]
) -> None:
    name, email = doc["contact"]["name"], doc["contact"]["email"]
    pledge = p2c.parse_pledge(doc)
    assert pledge.to_dict()["contact"] == doc["contact"]  # the private copy keeps it
    public = pledge.public_view()
    expected = pledge.to_dict()
    del expected["contact"]
    assert public.to_dict() == expected  # only the contact is gone
    docs = [doc, *[o for o in others if o["id"] != doc["id"]]]
    summary = p2c.summarize(docs)
    outputs: list[Callable[[], str]] = [
        public.to_json,
        lambda: json.dumps(public.to_dict()),
        pledge._repr_html_,
        public._repr_html_,
        lambda: json.dumps(summary.to_dict()),
        lambda: str(summary),
        summary.to_html,
        lambda: summary.to_html(fragment=True),
    ]
    for output in outputs:
        text = output()
        assert email not in text and name not in text, output


# ---------------------------------------------------------------------------------------------
# Findings of these properties, fixed, kept as regression tests.


# Regression (finding `dict-big-int`): an integer beyond 64 bits in a dict is read as the nearest
# f64, as JSON text is, instead of raising ParseError.
def test_dict_with_huge_integer_reports_like_text() -> None:
    doc = {"id": "P2C-1", "x": 2**64}
    assert p2c.validate(doc) == p2c.validate(json.dumps(doc))


# Regression (finding `float-param`, fixed by serde_json's `float_roundtrip`): JSON text is
# read to the exact nearest f64, so the issue names the number written.
@pytest.mark.parametrize("value", [1.2345678901234567e300, 3.6377041036546807e-308])
def test_float_param_echoes_the_number(value: float) -> None:
    doc = {"financialValue": {"amount": value}}
    report = p2c.validate(json.dumps(doc))
    issues = [i for i in report.issues if i.code == "structure.inexact_number"]
    assert [i.params.get("value") for i in issues] == [repr(value)]
