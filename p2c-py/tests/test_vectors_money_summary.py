"""The shared conversion and summary vectors (``tests/vectors/conversion/*.json``,
``tests/vectors/summary/*.json``) through the Python API, with the semantics of the Rust runners
``p2c-core/tests/conversion_vectors.rs`` and ``summary_vectors.rs`` (format in
``tests/vectors/README.md``).

Expected values are the vector files' own, worked out by hand from the rules and the embedded
rates (each case's description shows how).
"""

from __future__ import annotations

import datetime
import decimal
import json
import pathlib
from typing import Any

import pytest

import p2c

VECTORS = pathlib.Path(__file__).resolve().parents[2] / "tests" / "vectors"


def _cases(family: str) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted((VECTORS / family).glob("*.json")):
        for i, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            out.append((f"{path.name}#{i}", case))
    return out


CONVERSIONS = _cases("conversion")
SUMMARIES = _cases("summary")


def test_the_vectors_are_there() -> None:
    assert len(CONVERSIONS) >= 30 and len(SUMMARIES) >= 30


def _dec(text: str) -> decimal.Decimal:
    return decimal.Decimal(text)


def _convert(request: dict[str, Any]) -> dict[str, Any]:
    """The conversion's JSON form through ``p2c.convert`` (a rate stated on the amount as
    ``explicit_rate``)."""
    options = request["options"]
    c = p2c.convert(
        request["money"]["amount"],
        request["money"]["currency"],
        datetime.date.fromisoformat(request["valueDate"]),
        to=options["to"],
        policy=options.get("policy"),
        rounding=options.get("rounding", "bankers"),
        explicit_rate=request.get("explicitRate"),
    )
    return c.to_dict()


@pytest.mark.parametrize("case", [c for _, c in CONVERSIONS], ids=[n for n, _ in CONVERSIONS])
def test_conversion_vector(case: dict[str, Any]) -> None:
    want = case["expected"]
    if "error" in want:
        with pytest.raises(p2c.P2cError) as info:
            _convert(case["request"])
        assert info.value.code == want["error"]
        return
    got = _convert(case["request"])
    assert _dec(got["converted"]["amount"]) == _dec(want["amount"])
    assert got["converted"]["currency"] == want["currency"]
    if "rate" in want:
        assert _dec(got["rate"]) == _dec(want["rate"])
    else:
        assert got["rate"].startswith(want["ratePrefix"])
    for key in ("rateDate", "rateKind", "source"):
        assert got[key] == want[key], key
    assert got.get("policy") == want["policy"]


def _summary(case: dict[str, Any], options: dict[str, Any]) -> p2c.Summary:
    """The summary through ``p2c.summarize``, the vector's options as keywords."""
    return p2c.summarize(case["pledges"], **_kwargs(options))


def _kwargs(options: dict[str, Any]) -> dict[str, Any]:
    """A vector's options as the keywords of ``p2c.summarize``."""
    o = dict(options)
    kwargs: dict[str, Any] = {"as_of": datetime.date.fromisoformat(o.pop("asOf"))}
    for wire, name in (
        ("currency", "currency"),
        ("attribution", "attribution"),
        ("regionMode", "region_mode"),
        ("invalid", "invalid"),
        ("validate", "validate"),
        ("policy", "policy"),
        ("rounding", "rounding"),
        ("reportGraceDays", "report_grace_days"),
        ("inactiveAfterYears", "inactive_after_years"),
    ):
        if wire in o:
            kwargs[name] = o.pop(wire)
    for wire, value in o.pop("filters", {}).items():
        snake = "".join("_" + c.lower() if c.isupper() else c for c in wire)
        if wire in ("period", "newBetween"):
            value = tuple(datetime.date.fromisoformat(d) for d in value)
        kwargs[snake] = value
    assert not o, f"runner does not know options {set(o)}"
    return kwargs


def _summarize(case: dict[str, Any]) -> dict[str, Any]:
    """The summary's JSON form through ``p2c.summarize``."""
    return _summary(case, case["options"]).to_dict()


def _check_change(what: str, got: dict[str, Any], want: dict[str, Any]) -> None:
    for field in ("a", "b", "change", "percent"):
        w = want[field]
        assert got[field] == (None if w is None else _dec(w)), (what, field, got[field])
        assert got[field] is None or isinstance(got[field], decimal.Decimal), (what, field)
    assert got.get("percentAbsent") == want.get("percentAbsent"), (what, got)


def _check_compare(case: dict[str, Any]) -> None:
    """A case's ``compare``: ``p2c.compare(summary a, summary b)`` against its expectations; a
    :class:`p2c.Summary` and its ``to_dict()`` data must compare alike."""
    spec = case["compare"]
    a = _summary(case, case["options"])
    b = _summary(case, spec["options"])
    want = spec["expected"]
    if "error" in want:
        for x, y in ((a, b), (a.to_dict(), b.to_dict())):
            with pytest.raises(p2c.P2cError) as info:
                p2c.compare(x, y)
            assert info.value.code == want["error"]
        return
    got = p2c.compare(a, b)
    assert got == p2c.compare(a.to_dict(), b.to_dict())
    for key, v in want.items():
        if key == "headline":
            for fig, w in v.items():
                _check_change(f"headline.{fig}", got["headline"][fig], w)
        elif key == "rows":
            for dim, rows in v.items():
                (bd,) = [x for x in got["breakdowns"] if x["dimension"] == dim]
                have = {r["key"]: r for r in bd["rows"]}
                for row, w in rows.items():
                    for part in ("pledges", "value"):
                        _check_change(f"{dim}/{row}.{part}", have[row][part], w[part])
        else:
            raise AssertionError(f"unknown compare expectation {key}")


def _rows(got: dict[str, Any], dim: str) -> dict[str, Any]:
    (b,) = [b for b in got["breakdowns"] if b["dimension"] == dim]
    return b


@pytest.mark.parametrize("case", [c for _, c in SUMMARIES], ids=[n for n, _ in SUMMARIES])
def test_summary_vector(case: dict[str, Any]) -> None:
    want = case["expected"]
    if "error" in want:
        with pytest.raises(p2c.P2cError) as info:
            _summarize(case)
        assert info.value.code == want["error"]
        return
    got = _summarize(case)
    pick = lambda items, keys: [[x[k] for k in keys] for x in items]  # noqa: E731
    for key, v in want.items():
        if key in ("pledgeCount", "filteredOut"):
            assert got[key] == v, key
        elif key == "total":
            assert _dec(got["value"]["total"]) == _dec(v)
        elif key in ("pledgesCounted", "converted"):
            assert got["value"][key] == v, key
        elif key == "excluded":
            assert pick(got[key], ["id", "reason"]) == pick(v, ["id", "reason"])
        elif key in ("undated", "includedInvalid"):
            assert got[key] == v, key
        elif key == "notCounted":
            keys = ["id", "other", "reason"]
            assert pick(got["value"][key], keys) == pick(v, keys)
            assert [_dec(x["amount"]) for x in got["value"][key]] == [_dec(x["amount"]) for x in v]
        elif key == "unconverted":
            keys = ["id", "code", "kind"]
            assert pick(got["value"][key], keys) == pick(v, keys)
        elif key in ("derived", "qualified"):
            have = {
                r["key"]: (r["pledges"], _dec(r["value"]))
                for r in got["value"]["derivations"][key]
            }
            for row, (pledges, value) in v.items():
                assert have[row] == (pledges, _dec(value)), (key, row)
        elif key == "notDerived":
            keys = ["id", "reason"]
            assert pick(got["value"]["derivations"][key], keys) == pick(v, keys)
        elif key == "pledgerCountries":
            for field, n in v.items():
                assert got["pledgerCountries"][field] == n, field
        elif key == "entities":
            assert got["entities"]["count"] == v
        elif key == "entitiesByStakeholderType":
            counts = {r["key"]: r["count"] for r in got["entities"]["byStakeholderType"]}
            for t, n in v.items():
                assert counts.get(t, 0) == n, t
        elif key == "entitiesByPledgerRegion":
            counts = {r["key"]: r["count"] for r in got["pledgerCountries"]["regions"]}
            for region, n in v.items():
                assert counts.get(region) == n, region
        elif key == "breakdownAttribution":
            for dim, attribution in v.items():
                assert _rows(got, dim)["attribution"] == attribution, dim
        elif key == "breakdowns":
            for dim, rows in v.items():
                have = {r["key"]: (r["pledges"], _dec(r["value"])) for r in _rows(got, dim)["rows"]}
                for row, (pledges, value) in rows.items():
                    assert have.get(row, (0, _dec("0"))) == (pledges, _dec(value)), (dim, row)
        elif key == "valueOverlap":
            for dim, value in v.items():
                assert _dec(_rows(got, dim)["valueOverlap"]) == _dec(value), dim
        elif key == "shareFallbacks":
            for dim, n in v.items():
                assert _rows(got, dim)["shareFallbacks"] == n, dim
        elif key == "reportingStatus":
            have = {
                r["key"]: (r["pledges"], _dec(r["value"]))
                for r in got["reporting"]["status"]["rows"]
            }
            for status, (pledges, value) in v.items():
                assert have[status] == (pledges, _dec(value)), status
        elif key == "activeValue":
            assert _dec(got["reporting"]["status"]["activeValue"]) == _dec(v)
        elif key == "series":
            rows = got["series"]["rows"]
            have = sorted((r["year"], r["pledges"], _dec(r["value"])) for r in rows)
            assert have == sorted((y, n, _dec(x)) for y, (n, x) in v.items())
            assert rows[-1]["year"] == "unknown"
        elif key == "relationCycles":
            keys = ["relation", "cycle", "pledges"]
            assert pick(got[key], keys) == pick(v, keys)
        else:
            raise AssertionError(f"unknown expectation {key}")
    if "compare" in case:
        _check_compare(case)
    if "annualReport" in case:
        _check_annual(case)
    if "pledgersTable" in case:
        _check_pledgers(case)


def _check_pledgers(case: dict[str, Any]) -> None:
    """A case's ``pledgersTable``: the ``pledgers`` table of ``p2c.tables`` with the tables
    call's options as keywords, row by row as CSV text (empty for null), decimals by value."""
    import csv
    import io

    spec = case["pledgersTable"]
    o = dict(spec["options"])
    kwargs: dict[str, Any] = {}
    if "asOf" in o:
        kwargs["as_of"] = datetime.date.fromisoformat(o.pop("asOf"))
    if "currency" in o:
        kwargs["currency"] = o.pop("currency")
    assert not o, f"runner does not know options {set(o)}"
    table = p2c.tables(case["pledges"], **kwargs).pledgers
    text = table.to_csv(neutralize_formulas=False)
    assert text is not None
    got = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(got) == len(spec["rows"])
    for i, (have, want) in enumerate(zip(got, spec["rows"])):
        for col, w in want.items():
            cell = have[col]
            if w is None:
                assert cell == "", (i, col, cell)
                continue
            try:
                assert _dec(cell) == _dec(w), (i, col, cell, w)
            except decimal.InvalidOperation:
                assert cell == w, (i, col, cell, w)


def _check_annual(case: dict[str, Any]) -> None:
    """A case's ``annualReport``: ``p2c.annual_report`` with the case's options against its
    figures (by id, values as decimals), row keys and undetermined ids. Python's function has
    no ``new_between`` keyword (the report sets the window), so a case expecting the core's
    refusal of a window checks that the keyword is refused."""
    spec = case["annualReport"]
    kwargs = _kwargs(case["options"])
    if "error" in spec["expected"]:
        assert "new_between" in kwargs
        with pytest.raises(TypeError):
            p2c.annual_report(case["pledges"], **kwargs)
        return
    got = p2c.annual_report(case["pledges"], **kwargs)
    figures = {f["id"]: f for f in got["figures"]}
    assert len(figures) == len(got["figures"])
    for fid, value in spec["expected"].items():
        want = None if value is None else _dec(value)
        assert figures[fid]["value"] == want, fid
        assert figures[fid]["definition"], fid
    for fid, key in spec.get("keys", {}).items():
        assert figures[fid]["key"] == key, fid
    if "undetermined" in spec:
        assert got["undetermined"] == spec["undetermined"]
