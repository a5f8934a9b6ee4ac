"""The options of ``summarize``, ``country_profile``, ``tables`` and ``load_tables`` are those of
p2c-core's call facade (``SummaryCall``, ``ProfileCall``, ``TablesCall``): what the facade
accepts, Python accepts under the snake_case name, and the facade's errors (an unknown code
named, with its pointer and a suggestion) are what Python raises."""

from __future__ import annotations

import datetime
import json
import pathlib
import warnings
from decimal import Decimal
from typing import Any

import pytest

import p2c

AS_OF = datetime.date(2023, 1, 1)


def _doc(pid: str, amount: str, currency: str, countries: list[str]) -> dict[str, Any]:
    return {
        "formatVersion": "1.0",
        "id": pid,
        "title": f"Pledge {pid}",
        "pledgers": {
            "lead": {"name": f"Org {pid}", "stakeholderType": "private_sector", "headquarters": "FRA"}
        },
        "pledgeTypes": ["financial"],
        "focusAreas": ["access"],
        "pillars": ["infrastructure"],
        "financialValue": {"amount": amount, "currency": currency, "valueDate": "2022-06-07"},
        "implementation": {"countries": countries},
        "reviewState": "published",
    }


def _docs() -> list[dict[str, Any]]:
    return [
        _doc("P2C-1", "1000", "USD", ["KHM"]),
        _doc("P2C-2", "3000", "USD", ["GHA"]),
        _doc("P2C-3", "6000", "USD", ["KEN"]),
    ]


def test_goal() -> None:
    default = p2c.summarize(_docs(), as_of=AS_OF).to_dict()["goal"]
    assert Decimal(default["goal"]) == Decimal("100000000000")
    for goal in ((Decimal(20000), "USD"), {"amount": "20000", "currency": "usd"}, (20000, "USD")):
        g = p2c.summarize(_docs(), as_of=AS_OF, goal=goal).to_dict()["goal"]
        assert (Decimal(g["goal"]), Decimal(g["share"]), Decimal(g["remaining"])) == (
            Decimal(20000),
            Decimal("0.5"),
            Decimal(10000),
        )
    with pytest.raises(p2c.OptionError) as e:
        p2c.summarize(_docs(), as_of=AS_OF, goal=(1, "XYZ"))
    assert (e.value.code, e.value.pointer) == ("unknown_code", "/goal/currency")
    with pytest.raises(TypeError, match="float"):
        p2c.summarize(_docs(), as_of=AS_OF, goal=(1.5, "USD"))  # type: ignore[arg-type]


def test_invalid_pledges_by_id() -> None:
    s = p2c.summarize(_docs(), as_of=AS_OF, invalid_pledges={"P2C-2": ["batch.duplicate_id"]})
    assert (s.pledge_count, s.total_value) == (2, Decimal(7000))
    assert [(x["id"], x["reason"]) for x in s.excluded] == [("P2C-2", "invalid")]
    with pytest.raises(p2c.OptionError) as e:
        p2c.summarize(_docs(), as_of=AS_OF, invalid_pledges={"P2C-2": ["batch.duplicate_idd"]})
    assert (e.value.code, e.value.pointer) == ("unknown_code", "/invalidPledges/P2C-2/0")
    assert e.value.suggestion == "batch.duplicate_id"
    with pytest.raises(TypeError):
        p2c.summarize(_docs(), as_of=AS_OF, invalid_pledges={"P2C-2": "batch.duplicate_id"})


def test_invalid_pledges_from_a_batch_report() -> None:
    # A supersedes cycle: a batch finding that validating each pledge alone cannot see, so
    # a summary counts both pledges unless it is told.
    docs = _docs()
    docs[0]["relations"] = [{"pledge": "P2C-2", "type": "supersedes"}]
    docs[1]["relations"] = [{"pledge": "P2C-1", "type": "supersedes"}]
    report = p2c.validate_batch(docs, as_of=AS_OF)
    assert [(i.code, i.path) for i in report.errors] == [("batch.relation_cycle", "/0/relations/0")]
    assert p2c.summarize(docs, as_of=AS_OF).pledge_count == 3
    by_report = p2c.summarize(docs, as_of=AS_OF, invalid_pledges=report)
    by_id = p2c.summarize(docs, as_of=AS_OF, invalid_pledges={"P2C-1": ["batch.relation_cycle"]})
    assert by_report.to_dict() == by_id.to_dict()
    assert [(x["id"], x["reason"]) for x in by_report.excluded] == [("P2C-1", "invalid")]
    # A report of one pledge, or of a longer list, names no pledge of this one.
    with pytest.raises(ValueError):
        p2c.summarize(docs, as_of=AS_OF, invalid_pledges=p2c.validate(docs[0], as_of=AS_OF))
    with pytest.raises(ValueError):
        p2c.summarize(docs[1:], as_of=AS_OF, invalid_pledges=p2c.validate_batch(
            [docs[1], docs[2], docs[0]], as_of=AS_OF
        ))


def test_unknown_codes_in_options_are_errors_naming_them() -> None:
    for kwargs, pointer in (
        ({"currency": "XYZ"}, "/currency"),
        ({"countries": ["XXX"]}, "/filters/countries/0"),
        ({"regions": ["Atlantis"]}, "/filters/regions/0"),
        ({"focus_areas": ["access", "acess"]}, "/filters/focusAreas/1"),
        ({"attribution": "most"}, "/attribution"),
    ):
        with pytest.raises(p2c.OptionError) as e:
            p2c.summarize(_docs(), as_of=AS_OF, **kwargs)
        assert (e.value.code, e.value.pointer) == ("unknown_code", pointer), kwargs
        assert isinstance(e.value, ValueError)
    with pytest.raises(p2c.OptionError) as e:
        p2c.summarize(_docs(), as_of=AS_OF, focus_areas=["acess"])
    assert e.value.suggestion == "access"


def test_codes_match_in_any_case_and_by_name() -> None:
    plain = p2c.summarize(_docs(), as_of=AS_OF, countries=["GHA"], currency="EUR").to_dict()
    assert plain["pledgeCount"] == 1
    for countries, currency in ((["gha"], "eur"), (["Ghana"], "euro"), (["GH"], "EUR")):
        d = p2c.summarize(_docs(), as_of=AS_OF, countries=countries, currency=currency).to_dict()
        assert d == plain
    africa = p2c.summarize(_docs(), as_of=AS_OF, regions=["Africa"]).to_dict()
    assert africa == p2c.summarize(_docs(), as_of=AS_OF, regions=["AFR"]).to_dict()
    assert africa["pledgeCount"] == 2  # Ghana and Kenya


def test_policy_shorthand_is_the_cores() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        new = p2c.summarize(_docs(), as_of=AS_OF, policy="on_or_before:3").to_dict()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        old = p2c.summarize(_docs(), as_of=AS_OF, policy="onOrBefore:3").to_dict()
    assert [w.category for w in caught] == [DeprecationWarning]
    assert caught[0].filename == __file__
    assert {k: v for k, v in old.items() if k != "warnings"} == {
        k: v for k, v in new.items() if k != "warnings"
    }
    assert [w["code"] for w in old["warnings"]] == ["deprecated_spelling"]


def test_tables_take_the_summarys_filters_and_as_of(tmp_path: pathlib.Path) -> None:
    all_rows = p2c.tables(_docs())
    assert len(all_rows.pledges) == 3
    africa = p2c.tables(_docs(), regions=["Africa"], as_of=AS_OF)
    assert len(africa.pledges) == 2
    assert {r["pledge_id"] for r in _rows(africa.countries)} == {"P2C-2", "P2C-3"}
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in _docs()) + "\n", encoding="utf-8")
    loaded = p2c.load_tables(path, regions=["AFR"], as_of=AS_OF, format="json_lines")
    assert loaded.pledges.to_csv() == africa.pledges.to_csv()
    with pytest.raises(p2c.OptionError) as e:
        p2c.load_tables(path, format="yaml")
    assert (e.value.code, e.value.pointer) == ("unknown_code", "/format")
    with pytest.raises(p2c.OptionError) as e:
        p2c.tables(_docs(), countries=["XXX"])
    assert e.value.pointer == "/filters/countries/0"
    with pytest.raises(TypeError):
        p2c.tables(_docs(), countries="KHM")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        p2c.tables(_docs(), as_of="2023-01-01")  # type: ignore[arg-type]


def _rows(table: p2c.Table) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(table.to_csv() or "")))


def test_validate_options_are_the_facades() -> None:
    doc = _docs()[0]  # published without validatedAt: one warning
    plain = p2c.validate(doc, as_of=AS_OF)
    code = "lifecycle.published_without_validation"
    assert plain.valid and [i.code for i in plain.issues] == [code]
    # A caller silences a code, or makes it an error (the report is then invalid).
    assert p2c.validate(doc, as_of=AS_OF, severity={code: "off"}).issues == []
    strict = p2c.validate(doc, as_of=AS_OF, severity={code: "error"})
    assert not strict.valid and [i.severity for i in strict.issues] == ["error"]
    with pytest.raises(p2c.ValidationError):
        p2c.validate_or_raise(doc, as_of=AS_OF, severity={code: "error"})
    batch = p2c.validate_batch(_docs(), as_of=AS_OF, severity={code: "off"})
    assert p2c.validate_batch(_docs(), as_of=AS_OF).issues != [] and batch.issues == []
    with pytest.raises(p2c.OptionError) as e:
        p2c.validate(doc, severity={"lifecycle.published_without_validatio": "off"})
    assert (e.value.code, e.value.suggestion) == ("unknown_code", code)
    with pytest.raises(p2c.OptionError) as e:
        p2c.validate(doc, severity={code: "silent"})
    assert e.value.code == "unknown_code"
    # Limits under the names the guidance uses, or the snake_case ones.
    deep = {"id": "x", "title": [[["deep"]]]}
    for limits in ({"max_depth": 2}, {"maxDepth": 2}):
        assert "input.too_deep" in {i.code for i in p2c.validate(deep, limits=limits).issues}
    with pytest.raises(p2c.OptionError) as e:
        p2c.validate(deep, limits={"max_bites": 1})
    assert (e.value.pointer, e.value.suggestion) == ("/limits/maxBites", "maxBytes")


def test_validate_options_take_effect_on_every_call() -> None:
    # The options of the last call are kept prepared on each thread; a call with other options,
    # or with the same mapping changed since, must still get its own.
    doc = _docs()[0]
    code = "lifecycle.published_without_validation"
    severity = {code: "off"}
    assert p2c.validate(doc, as_of=AS_OF, severity=severity).issues == []
    severity[code] = "error"
    assert not p2c.validate(doc, as_of=AS_OF, severity=severity).valid
    severity[code] = "silent"
    with pytest.raises(p2c.OptionError):
        p2c.validate(doc, as_of=AS_OF, severity=severity)
    limits: dict[str, Any] = {"max_depth": 64}
    deep = {"id": "x", "title": [[["deep"]]]}
    assert "input.too_deep" not in {i.code for i in p2c.validate(deep, limits=limits).issues}
    limits["max_depth"] = 2
    assert "input.too_deep" in {i.code for i in p2c.validate(deep, limits=limits).issues}
    for value in (True, 2.0, "2"):
        with pytest.raises(p2c.OptionError):
            p2c.validate(deep, limits={"max_depth": value})
    # Dates: the same call with another as_of sees another day.
    first = p2c.validate(doc, as_of=AS_OF)
    early = p2c.validate(doc, as_of=datetime.date(2000, 1, 1))  # before the pledge's dates
    assert {i.code for i in early.issues} != {i.code for i in first.issues}
    assert p2c.validate(doc, as_of=AS_OF).to_dict() == first.to_dict()
    with pytest.raises(TypeError):
        p2c.validate(doc, as_of=datetime.datetime(2023, 1, 1))
    with pytest.raises(TypeError):
        p2c.validate(doc, as_of="2023-01-01")


def test_issue_codes_of_one_code() -> None:
    [entry] = p2c.issue_codes(code="BATCH.DUPLICATE_ID", lang="fr")
    assert entry["code"] == "batch.duplicate_id"
    assert entry in p2c.issue_codes(lang="fr")
    with pytest.raises(p2c.OptionError) as e:
        p2c.issue_codes(code="batch.duplicate_idd")
    assert e.value.suggestion == "batch.duplicate_id"


def test_parse_pledges_and_load_take_the_parse_calls_format(tmp_path: pathlib.Path) -> None:
    lines = "\n".join(json.dumps(d) for d in _docs()) + "\n"
    array = json.dumps(_docs())
    ids = [p.id for p in p2c.parse_pledges(array)]
    assert [p.id for p in p2c.parse_pledges(lines)] == ids
    assert [p.id for p in p2c.parse_pledges(lines.encode(), format="json_lines")] == ids
    with pytest.raises(p2c.ParseError):
        p2c.parse_pledges(lines, format="json_array")
    path = tmp_path / "p.jsonl"
    path.write_text(lines, encoding="utf-8")
    assert [p.id for p in p2c.load(path)] == [p.id for p in p2c.load(path, format="json_lines")]
    with pytest.raises(p2c.OptionError) as e:
        p2c.load(path, format="jsonl")
    assert (e.value.code, e.value.pointer) == ("unknown_code", "/format")
