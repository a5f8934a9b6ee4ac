"""Summaries and country profiles through the Python binding.

Expected figures are computed here independently of the library: the ECB rate is read from the
reference CSV in ``p2c-core/data/`` with the ``csv`` module and the conversion done with Python's
``decimal`` (banker's rounding to cents, the documented default); counts come from the input
documents themselves.
"""

from __future__ import annotations

import csv
import datetime
import decimal
import json
import pathlib
import sys
from decimal import Decimal
from typing import Any

import pytest

import p2c

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "p2c-core" / "data"
CENT = Decimal("0.01")
AS_OF = datetime.date(2023, 1, 1)
DECIMAL_MAX = "79228162514264337593543950335"  # 2**96 - 1, rust_decimal's largest value


def _ecb_usd_per_eur(day: str) -> Decimal:
    with (DATA / "ecb_eurofxref_hist.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["Date"] == day:
                return Decimal(row["USD"])
    raise AssertionError(f"no ECB row for {day}")


def _doc(
    pid: str,
    amount: str,
    currency: str,
    day: str = "2022-06-07",
    countries: list[str] | None = None,
    focus: tuple[str, ...] = ("access",),
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "formatVersion": "1.0",
        "id": pid,
        "title": f"Pledge {pid}",
        "pledgers": {
            "lead": {"name": f"Org {pid}", "stakeholderType": "private_sector", "headquarters": "FRA"}
        },
        "pledgeTypes": ["financial"],
        "focusAreas": list(focus),
        "pillars": ["infrastructure"],
        "financialValue": {"amount": amount, "currency": currency, "valueDate": day},
        "reviewState": "published",
    }
    if countries:
        d["implementation"] = {"countries": countries}
    return d


def _two() -> list[dict[str, Any]]:
    return [
        _doc("P2C-1", "1000", "USD", countries=["KHM"], focus=("access", "adoption")),
        _doc("P2C-2", "5600000000", "EUR"),
    ]


def test_total_converts_eur_at_the_ecb_rate() -> None:
    expected = Decimal(1000) + (Decimal(5600000000) * _ecb_usd_per_eur("2022-06-07")).quantize(
        CENT, decimal.ROUND_HALF_EVEN
    )
    s = p2c.summarize(_two(), as_of=AS_OF)
    assert s.total_value == expected
    assert isinstance(s.total_value, Decimal)
    assert (s.as_of, s.currency, s.pledge_count) == (AS_OF, "USD", 2)
    assert s.excluded == []
    d = s.to_dict()
    assert d["value"]["total"] == format(expected, "f")
    assert d["asOf"] == "2023-01-01"
    assert d["rates"]["tableId"] == p2c.RateTable.embedded().id


def test_to_dict_has_every_required_key_of_the_schema() -> None:
    schema = json.loads((ROOT / "schema" / "summary.schema.json").read_text(encoding="utf-8"))
    d = p2c.summarize(_two(), as_of=AS_OF).to_dict()
    assert set(schema["required"]) <= set(d)
    assert set(d) <= set(schema["properties"])
    json.dumps(d)  # JSON-ready: no Decimal or date objects


def test_pledge_objects_and_documents_give_the_same_summary() -> None:
    docs = _two()
    a = p2c.summarize(docs, as_of=AS_OF).to_dict()
    b = p2c.summarize([p2c.parse_pledge(d) for d in docs], as_of=AS_OF).to_dict()
    assert a == b


def test_breakdown_by_either_spelling() -> None:
    s = p2c.summarize(_two(), as_of=AS_OF)
    b = s.breakdown("focus_area")
    assert b.to_dict() == s.breakdown("focusArea").to_dict()
    rows = {r.key: r for r in b.rows}
    # access: both pledges (full value of each); adoption: P2C-1 only, USD 1000.
    assert rows["access"].pledges == 2
    assert rows["access"].value == s.total_value
    assert rows["adoption"].pledges == 1
    assert rows["adoption"].value == Decimal(1000)
    # Full attribution: P2C-1 counts in two rows, so the rows overlap by its value.
    assert b.additivity == "overlapping"
    assert b.value_overlap == Decimal(1000)
    with pytest.raises(KeyError):
        s.breakdown("colour")


def test_equal_split_is_additive() -> None:
    s = p2c.summarize(_two(), as_of=AS_OF, attribution="equal_split")
    b = s.breakdown("focus_area")
    assert b.additivity == "additive"
    assert sum(r.value for r in b.rows) == s.total_value


def test_filters() -> None:
    s = p2c.summarize(_two(), as_of=AS_OF, countries=["KHM"])
    assert (s.pledge_count, s.total_value) == (1, Decimal(1000))
    assert s.to_dict()["filteredOut"] == 1
    with pytest.raises(TypeError):
        p2c.summarize(_two(), as_of=AS_OF, countries="KHM")


def test_as_of_leaves_out_later_pledges() -> None:
    # P2C-2 is valued (so known) on 2022-06-07 only.
    docs = [_doc("P2C-1", "10", "USD", day="2022-01-03"), _doc("P2C-2", "20", "USD")]
    s = p2c.summarize(docs, as_of=datetime.date(2022, 6, 6))
    assert (s.pledge_count, s.total_value) == (1, Decimal(10))


def test_default_as_of_is_todays_utc_date() -> None:
    # One rule for every call (p2c-core's facade): without as_of, a summary is as of today's
    # UTC date, and says so.
    before = datetime.datetime.now(datetime.UTC).date()
    as_of = p2c.summarize(_two()).as_of
    after = datetime.datetime.now(datetime.UTC).date()
    assert as_of in (before, after)
    assert p2c.country_profile(_two(), "KHM").as_of in (before, after)


def test_other_currency() -> None:
    rate = _ecb_usd_per_eur("2022-06-07")
    s = p2c.summarize([_doc("P2C-1", "1000", "USD")], as_of=AS_OF, currency="EUR")
    assert s.currency == "EUR"
    assert s.total_value == (Decimal(1000) / rate).quantize(CENT, decimal.ROUND_HALF_EVEN)


def test_overflow_near_decimal_max_raises_p2c_error() -> None:
    docs = [_doc("P2C-1", DECIMAL_MAX, "USD"), _doc("P2C-2", DECIMAL_MAX, "USD")]
    with pytest.raises(p2c.P2cError) as e:
        p2c.summarize(docs, as_of=AS_OF)
    assert e.value.code == "overflow"


def test_invalid_pledges_excluded_or_rejected() -> None:
    bad = _doc("P2C-3", "5", "USD")
    bad["period"] = {"start": "2025", "end": "2021"}  # ends before it starts: an error
    assert not p2c.validate(bad).valid
    s = p2c.summarize([*_two(), bad], as_of=AS_OF)
    assert s.pledge_count == 2
    assert [x["id"] for x in s.excluded] == ["P2C-3"]
    with pytest.raises(p2c.P2cError) as e:
        p2c.summarize([*_two(), bad], as_of=AS_OF, invalid="reject")
    assert e.value.code == "invalid_pledges"


def test_bad_arguments() -> None:
    with pytest.raises(TypeError):
        p2c.summarize(_two(), as_of="2023-01-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        p2c.summarize(_two()[0], as_of=AS_OF)
    with pytest.raises(p2c.P2cError):
        p2c.summarize(_two(), as_of=AS_OF, attribution="most")


def test_to_pandas_names_the_missing_package(monkeypatch: pytest.MonkeyPatch) -> None:
    b = p2c.summarize(_two(), as_of=AS_OF).breakdown("focus_area")
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match="pandas"):
        b.to_pandas()


def test_to_pandas_keeps_decimals() -> None:
    pytest.importorskip("pandas")
    b = p2c.summarize(_two(), as_of=AS_OF).breakdown("focus_area")
    df = b.to_pandas()
    assert list(df["key"]) == [r.key for r in b.rows]
    assert all(isinstance(v, Decimal) for v in df["value"])


def test_text_and_html() -> None:
    s = p2c.summarize(_two(), as_of=AS_OF)
    assert "2023-01-01" in str(s)
    assert str(s) != repr(s)
    page = s._repr_html_()
    assert page is not None and page == s.to_html(fragment=True)
    assert 'data-dimension="focusArea"' in page


def test_html_escapes_values() -> None:
    doc = _doc("P2C-1", "1", "USD")
    doc["pledgers"]["lead"]["name"] = "<script>"
    page = p2c.summarize([doc], as_of=AS_OF).to_html(fragment=True)
    assert "<script>" not in page


def test_country_profile() -> None:
    docs = [*_two(), _doc("P2C-3", "7", "USD", countries=["KHM", "LAO"])]
    # Pledges naming KHM: P2C-1 (USD 1000) and P2C-3 (USD 7, full attribution by default).
    p = p2c.country_profile(docs, "KHM", as_of=AS_OF)
    assert (p.country, p.as_of, p.pledges, p.currency) == ("KHM", AS_OF, 2, "USD")
    assert p.total_value == Decimal(1007)
    assert p.name is not None
    assert p.to_dict()["country"] == "KHM"
    assert "KHM" in str(p)
    assert 'data-figure="pledges"' in (p._repr_html_() or "")
    # The country as p2c-core's facade reads it: any case, alpha-2 or English name.
    for name in ("khm", "KH", "Cambodia"):
        assert p2c.country_profile(docs, name, as_of=AS_OF).to_dict() == p.to_dict()
    with pytest.raises(p2c.OptionError) as e:
        p2c.country_profile(docs, "Narnia", as_of=AS_OF)
    assert (e.value.code, e.value.pointer) == ("unknown_code", "/country")


def test_lazy_parts_match_the_whole_and_pickle() -> None:
    # The summary's headline figures come first and its per-pledge lists on demand: every
    # property must read the same data as to_dict(), and a pickled copy must keep it all.
    import pickle

    bad = _doc("P2C-3", "5", "USD")
    bad["period"] = {"start": "2025", "end": "2021"}  # invalid: listed in `excluded`
    later = _doc("P2C-4", "7", "USD", day="2024-01-01")  # valued after AS_OF: not yet known
    s = p2c.summarize([*_two(), bad, later], as_of=AS_OF)
    d = s.to_dict()
    assert sorted(x["id"] for x in d["excluded"]) == ["P2C-3", "P2C-4"]
    assert s.excluded == d["excluded"]
    assert (s.pledge_count, s.total_value) == (d["pledgeCount"], Decimal(d["value"]["total"]))
    assert s.breakdown("country").to_dict() == next(
        b for b in d["breakdowns"] if b["dimension"] == "country"
    )
    for key in ("includedInvalid", "undated"):
        assert key in d
    assert "notCounted" in d["value"] and "overdue" in d["reporting"]
    copy_ = pickle.loads(pickle.dumps(s))
    assert copy_.to_dict() == d
    assert str(copy_) == str(s)
    assert copy_.excluded == s.excluded
