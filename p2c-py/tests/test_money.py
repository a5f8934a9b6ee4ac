"""Money through the Python binding: ``convert`` with provenance, ``RateTable`` constructors.

Expected amounts are computed here independently of the library: rates are read straight from
the reference CSV files in ``p2c-core/data/`` with the ``csv`` module and multiplied with
Python's ``decimal`` (banker's rounding to cents, the documented default).
"""

from __future__ import annotations

import csv
import datetime
import decimal
import hashlib
import pathlib
import pickle
import warnings
import zipfile
from decimal import Decimal

import pytest

import p2c

DATA = pathlib.Path(__file__).resolve().parents[2] / "p2c-core" / "data"
CENT = Decimal("0.01")


def _ecb_usd_per_eur(day: str) -> Decimal:
    with (DATA / "ecb_eurofxref_hist.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["Date"] == day:
                return Decimal(row["USD"])
    raise AssertionError(f"no ECB row for {day}")


def _hmrc_per_gbp(year: str, code: str) -> Decimal:
    with (DATA / "hmrc_annual_avg_calendar_year.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["year"] == year and row["hmrc_code"] == code:
                return Decimal(row["units_per_gbp"])
    raise AssertionError(f"no HMRC row for {year} {code}")


def test_eur_5_6_bn_at_the_ecb_rate_of_7_june_2022() -> None:
    rate = _ecb_usd_per_eur("2022-06-07")
    c = p2c.convert(Decimal("5.6E9"), "EUR", datetime.date(2022, 6, 7))
    assert c.rate == rate
    assert c.amount == (Decimal("5600000000") * rate).quantize(CENT, decimal.ROUND_HALF_EVEN)
    assert isinstance(c.amount, Decimal)
    assert (c.currency, c.original_currency, c.original_amount) == ("USD", "EUR", Decimal(5600000000))
    assert c.rate_date == datetime.date(2022, 6, 7)
    assert c.rate_kind == "daily"
    assert c.policy == {"kind": "on_or_before", "maxDays": 7}
    assert "ECB" in c.source
    assert c.table_id == p2c.RateTable.embedded().id
    assert c.table_id.startswith("sha256:")
    assert (c.rounding, c.decimal_places) == ("bankers", 2)


def test_saturday_takes_fridays_rate() -> None:
    # 2022-06-11 is a Saturday; the ECB published on Friday 2022-06-10.
    assert datetime.date(2022, 6, 11).weekday() == 5
    c = p2c.convert(Decimal(100), "EUR", datetime.date(2022, 6, 11))
    assert c.rate_date == datetime.date(2022, 6, 10)
    assert c.rate == _ecb_usd_per_eur("2022-06-10")
    with pytest.raises(p2c.RateNotFoundError):
        p2c.convert(Decimal(100), "EUR", datetime.date(2022, 6, 11), policy="exact_date")


def test_kes_falls_back_to_hmrc_annual_average() -> None:
    # ECB has no KES: the default chain ends with the annual average; for 2022 only HMRC has
    # KES (units per GBP), so the rate is USD/GBP ÷ KES/GBP.
    amount = Decimal("1000000")
    c = p2c.convert(amount, "KES", datetime.date(2022, 6, 7))
    cross = _hmrc_per_gbp("2022", "USD") / _hmrc_per_gbp("2022", "KES")
    assert c.rate_kind == "annual_average"
    assert c.rate_date == datetime.date(2022, 1, 1)
    assert "HMRC" in c.source
    assert c.amount == (amount * cross).quantize(CENT, decimal.ROUND_HALF_EVEN)


def test_kes_on_an_exact_date_is_rate_not_found() -> None:
    with pytest.raises(p2c.RateNotFoundError) as info:
        p2c.convert(Decimal(1), "KES", datetime.date(2022, 6, 7), policy="exact_date")
    err = info.value
    assert isinstance(err, LookupError) and isinstance(err, p2c.P2cError)
    assert (err.code, err.currency, err.to, err.date) == ("rate_not_found", "KES", "USD", "2022-06-07")
    assert err.policies_tried == ["exact_date"]
    clone = pickle.loads(pickle.dumps(err))
    assert (type(clone), clone.currency, clone.policies_tried) == (type(err), "KES", ["exact_date"])


def test_withdrawn_currency() -> None:
    # HRK was withdrawn in January 2023 (ISO 4217 amendment list in p2c-core/data).
    with pytest.raises(p2c.P2cError) as info:
        p2c.convert(Decimal(1), "HRK", datetime.date(2024, 3, 1))
    assert info.value.code == "currency_withdrawn"


def test_same_currency_is_identity() -> None:
    c = p2c.convert(Decimal("12.345"), "USD", datetime.date(2020, 1, 1))
    # Rounded once to cents, half to even: 12.345 -> 12.34.
    assert (c.amount, c.rate, c.rate_kind, c.policy) == (Decimal("12.34"), Decimal(1), "identity", None)


def test_floats_and_bad_arguments_are_refused() -> None:
    with pytest.raises(TypeError, match="float"):
        p2c.convert(1.5, "EUR", datetime.date(2022, 6, 7))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        p2c.convert(Decimal(1), "EUR", "2022-06-07")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        p2c.convert(Decimal("NaN"), "EUR", datetime.date(2022, 6, 7))
    with pytest.raises(ValueError):
        p2c.convert(Decimal(1), "EUR", datetime.date(2022, 6, 7), policy="sometimes")
    with pytest.raises(p2c.P2cError) as info:
        p2c.convert(Decimal(1), "XYZ", datetime.date(2022, 6, 7))
    assert info.value.code == "unknown_code"


def test_overflow() -> None:
    # Decimal::MAX (2^96 - 1) times a rate above 1 does not fit in a decimal.
    with pytest.raises(p2c.P2cError) as info:
        p2c.convert(Decimal(2**96 - 1), "EUR", datetime.date(2022, 6, 7))
    assert info.value.code == "overflow"


def test_own_csv_table_and_merge(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text(
        "date,base,currency,rate,source\n2024-01-15,EUR,KES,170.12,Central Bank of Kenya\n"
        "2024-01-15,EUR,USD,1.0950,mine\n",
        encoding="utf-8",
    )
    mine = p2c.RateTable.from_csv(path)
    assert len(mine) == 2 and sorted(mine.sources) == ["Central Bank of Kenya", "mine"]
    # KES -> USD crosses through EUR: 1.0950 / 170.12 USD per KES.
    c = p2c.convert(Decimal(170120), "KES", datetime.date(2024, 1, 15), table=mine)
    assert c.amount == Decimal("1095.00")
    assert c.table_id == mine.id != p2c.RateTable.embedded().id
    # Merged with the embedded table, mine wins (incoming) for EUR/USD on 2024-01-15.
    merged = p2c.RateTable.embedded().merge(mine, "incoming")
    c = p2c.convert(Decimal(1000), "EUR", datetime.date(2024, 1, 15), table=merged)
    assert c.rate == Decimal("1.0950")
    kept = p2c.RateTable.embedded().merge(mine, "existing")
    ecb = _ecb_usd_per_eur("2024-01-15")
    assert p2c.convert(Decimal(1), "EUR", datetime.date(2024, 1, 15), table=kept).rate == ecb
    with pytest.raises(p2c.OptionError) as info:
        p2c.RateTable.embedded().merge(mine, "incomming")
    assert (info.value.code, info.value.suggestion) == ("unknown_code", "incoming")
    assert isinstance(info.value, ValueError)


def test_json_table_and_bad_files(tmp_path: pathlib.Path) -> None:
    table = p2c.RateTable.from_json(
        '{"rates": [{"date": "2024", "base": "USD", "currency": "KES", "rate": "136.04", "source": "m"}]}'
    )
    c = p2c.convert(Decimal("136.04"), "KES", datetime.date(2024, 5, 5), table=table)
    assert (c.amount, c.rate_kind) == (Decimal("1.00"), "annual_average")
    with pytest.raises(p2c.P2cError) as info:
        p2c.RateTable.from_csv_text("date,base,currency,rate,source\n2024-01-15,EUR,KES,-1,x\n")
    assert info.value.code == "invalid_rate_file"
    with pytest.raises(p2c.P2cError) as info:
        p2c.RateTable.from_csv(tmp_path / "missing.csv")
    assert info.value.code == "io_error"


def test_text_entry_points_never_read_a_file(tmp_path: pathlib.Path) -> None:
    """Text and paths go through separate calls: a file name given where text is expected is
    text that does not parse, whether or not the file exists (nothing is read or revealed)."""
    good = tmp_path / "rates.csv"
    good.write_text("date,base,currency,rate,source\n2024-01-15,EUR,KES,170,x\n")
    assert len(p2c.RateTable.from_csv(good)) == 1  # the path call reads it
    for name in (str(good), "/etc/passwd", str(tmp_path / "missing.csv")):
        with pytest.raises(p2c.P2cError) as info:
            p2c.RateTable.from_csv_text(name)
        assert info.value.code == "invalid_rate_file"
        with pytest.raises(p2c.P2cError) as info:
            p2c.RateTable.from_json(name)
        assert info.value.code in ("parse_error", "invalid_rate_file")
        report = p2c.validate(name)
        assert [i.code for i in report.issues] == ["input.malformed_json"]


def _ecb_text() -> str:
    """The embedded ECB file's header and newest row, plus a newer day (2026-12-04) with the
    same rates: a file shaped like a fresh `eurofxref-hist.csv` download."""
    embedded = (DATA / "ecb_eurofxref_hist.csv").read_text(encoding="utf-8")
    header, last = embedded.split("\n")[:2]
    newer = "2026-12-04" + last[last.index(",") :]
    return f"{header}\n{newer}\n{last}\n"


def test_from_ecb_reads_the_file_as_downloaded_naming_it_and_its_hash(
    tmp_path: pathlib.Path,
) -> None:
    text = _ecb_text()
    from_bytes = p2c.RateTable.from_ecb_bytes(text.encode(), "eurofxref-hist.csv")
    digest = hashlib.sha256(text.encode()).hexdigest()
    assert all("eurofxref-hist.csv" in s and digest in s for s in from_bytes.sources)
    path = tmp_path / "eurofxref-hist.csv"
    path.write_text(text, encoding="utf-8")
    from_file = p2c.RateTable.from_ecb_file(path)
    assert from_file.id == from_bytes.id and len(from_file) == len(from_bytes) > 0
    c = p2c.convert(
        Decimal(100), "EUR", datetime.date(2026, 12, 4), policy="exact_date", table=from_file
    )
    assert c.rate_date == datetime.date(2026, 12, 4) and c.table_id == from_file.id
    # The zip as the ECB serves it: the same rates, the zip named with its own hash.
    archive = tmp_path / "eurofxref-hist.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("eurofxref-hist.csv", text)
    zipped = p2c.RateTable.from_ecb_file(archive)
    zip_digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    assert all("eurofxref-hist.zip" in s and zip_digest in s for s in zipped.sources)
    assert len(zipped) == len(from_file)
    assert p2c.RateTable.from_ecb_bytes(archive.read_bytes(), "x.zip").sources != zipped.sources
    same = p2c.convert(
        Decimal(100), "EUR", datetime.date(2026, 12, 4), policy="exact_date", table=zipped
    )
    assert (same.amount, same.rate) == (c.amount, c.rate)


def test_from_ecb_refuses_what_is_not_an_ecb_file(tmp_path: pathlib.Path) -> None:
    with pytest.raises(p2c.P2cError) as info:
        p2c.RateTable.from_ecb_bytes(b"not a rate file", "eurofxref-hist.csv")
    assert info.value.code == "invalid_rate_file"
    with pytest.raises(p2c.P2cError) as info:
        p2c.RateTable.from_ecb_file(tmp_path / "missing.zip")
    assert info.value.code == "io_error"
    # Data and paths are separate calls: a path given as data is data that does not parse.
    with pytest.raises(p2c.P2cError) as info:
        p2c.RateTable.from_ecb_bytes(str(tmp_path).encode(), "eurofxref-hist.csv")
    assert info.value.code == "invalid_rate_file"
    with pytest.raises(TypeError):
        p2c.RateTable.from_ecb_bytes(_ecb_text(), "eurofxref-hist.csv")  # type: ignore[arg-type]


def test_policy_and_rounding_spellings_are_the_cores() -> None:
    day = datetime.date(2022, 6, 11)  # a Saturday: on_or_before:1 reaches Friday
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        c = p2c.convert(Decimal(100), "eur", day, policy="on_or_before:1", rounding="half_up")
    assert (c.rate_date, c.policy, c.rounding) == (
        datetime.date(2022, 6, 10),
        {"kind": "on_or_before", "maxDays": 1},
        "half_up",
    )
    # The 0.1 spellings still work for one release, each with a DeprecationWarning at the
    # caller's line.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        old = p2c.convert(Decimal(100), "EUR", day, policy="onOrBefore:1", rounding="halfUp")
    assert old == c
    assert [w.category for w in caught] == [DeprecationWarning, DeprecationWarning]
    assert all(w.filename == __file__ for w in caught)
    with pytest.raises(p2c.RateNotFoundError):
        p2c.convert(Decimal(100), "EUR", day, policy="on_or_before:0")
    with pytest.raises(p2c.OptionError) as info:
        p2c.convert(Decimal(100), "EUR", day, policy="on_or_before:x")
    assert isinstance(info.value, ValueError)
    with pytest.raises(p2c.OptionError) as info:
        p2c.convert(Decimal(100), "EUR", day, rounding="half_upp")
    assert (info.value.code, info.value.pointer, info.value.suggestion) == (
        "unknown_code",
        "/rounding",
        "half_up",
    )
    clone = pickle.loads(pickle.dumps(info.value))
    assert (type(clone), clone.pointer, clone.suggestion) == (p2c.OptionError, "/rounding", "half_up")


def test_explicit_rate_from_a_pledge() -> None:
    value = p2c.parse_pledge(
        {
            "formatVersion": "1.0",
            "id": "P2C-1",
            "title": "t",
            "pledgers": {"lead": {"name": "o", "stakeholderType": "government", "headquarters": "FRA"}},
            "pledgeTypes": ["financial"],
            "focusAreas": ["access"],
            "pillars": ["infrastructure"],
            "financialValue": {
                "amount": "1000",
                "currency": "EUR",
                "valueDate": "2022-06-07",
                "explicitRate": {"to": "USD", "rate": "1.5", "date": "2022-06-01", "source": "s"},
            },
            "reviewState": "published",
        }
    ).financial_value
    assert value is not None and value.explicit_rate is not None
    c = p2c.convert(
        value.amount,
        value.currency,
        datetime.date(2022, 6, 7),
        policy="explicit",
        explicit_rate=value.explicit_rate,
    )
    assert (c.amount, c.rate_kind) == (Decimal("1500.00"), "explicit")
    with pytest.raises(p2c.RateNotFoundError):
        p2c.convert(value.amount, value.currency, datetime.date(2022, 6, 7), policy="explicit")
