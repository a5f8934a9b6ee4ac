"""Flat tables in Python: Arrow through the PyCapsule interface, pyarrow, pandas, polars, CSV.

Expected values come from the pledge documents themselves (their decimal strings, lists and
dates, read with the standard library), from the core's CSV export (a second route out of the
same table), or from ``p2c.convert`` (a second route to the same conversions).
"""

from __future__ import annotations

import copy
import csv
import datetime
import decimal
import io
import json
import pathlib
import subprocess
import sys
from typing import Any

import pytest

import p2c

pa = pytest.importorskip("pyarrow")
pl = pytest.importorskip("polars")
pd = pytest.importorskip("pandas")

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "data" / "pledges.json"
SECRET_NAME = "Zebulon Quux-Secret"
SECRET_EMAIL = "zq.private@example.invalid"
D = decimal.Decimal


def _first_day(value_date: str) -> datetime.date:
    """The first day of a value date written YYYY, YYYY-MM or YYYY-MM-DD."""
    parts = [int(p) for p in value_date.split("-")] + [1, 1]
    return datetime.date(parts[0], parts[1], parts[2])


def _precision(value_date: str) -> str:
    return {4: "year", 7: "month", 10: "day"}[len(value_date)]


def _docs() -> list[dict[str, Any]]:
    """The sample pledges, enriched: a contact, shares, progress reports, a fractional amount
    and an amount dated before any embedded rate (so it cannot be converted)."""
    docs = json.loads(SAMPLE.read_text(encoding="utf-8"))
    first = docs[0]
    first["contact"] = {"name": SECRET_NAME, "email": SECRET_EMAIL}
    first["implementation"]["countries"] = ["KEN", "UGA", "TZA"]
    first["implementation"]["shares"] = [
        {"area": "KEN", "percent": "50"},
        {"area": "UGA", "percent": "37.5"},
    ]
    first["progressReports"] = [
        {"date": "2023-01-10", "status": "in_progress", "narrative": "a, \"quoted\"\nline",
         "amountDelivered": {"amount": "1200000.25", "currency": "EUR"}, "peopleReached": 4000,
         "challenges": ["financial"], "solutions": ["partnerships"]},
        {"date": "2024-02-01", "status": "completed"},
    ]
    extra = copy.deepcopy(docs[2])
    extra["id"] = "P2C-TEST-FRACTION"
    extra["financialValue"] = {"amount": "1234.567", "currency": "EUR", "valueDate": "2023-03-15"}
    old = copy.deepcopy(docs[2])
    old["id"] = "P2C-TEST-NO-RATE"
    old["financialValue"] = {"amount": "1000", "currency": "EUR", "valueDate": "1990-01-02"}
    return [*docs, extra, old]


@pytest.fixture(scope="module")
def docs() -> list[dict[str, Any]]:
    return _docs()


@pytest.fixture(scope="module")
def flat(docs: list[dict[str, Any]]) -> p2c.Tables:
    return p2c.tables(docs)


@pytest.fixture(scope="module")
def usd(docs: list[dict[str, Any]]) -> p2c.Tables:
    return p2c.tables([p2c.parse_pledge(d) for d in docs], currency="USD")


def test_the_six_tables_by_name(flat: p2c.Tables) -> None:
    assert list(flat) == list(p2c.TABLE_NAMES)
    assert flat.pledges is flat["pledges"] and flat.reports is flat["pledge_reports"]
    assert flat.pledgers is flat["pledgers"]
    assert [t.name for t in flat.values()] == list(p2c.TABLE_NAMES)


def test_exploded_row_counts_match_the_pledges(flat: p2c.Tables, docs: list[dict[str, Any]]) -> None:
    # Counted from the documents' own lists.
    impl = [d.get("implementation", {}) for d in docs]
    assert len(flat.pledges) == len(docs) == len(json.loads(SAMPLE.read_text(encoding="utf-8"))) + 2
    assert len(flat.countries) == sum(len(i.get("countries", [])) for i in impl)
    assert len(flat.pillars) == sum(len(d.get("pillars", [])) for d in docs)
    assert len(flat.partners) == sum(1 + len(d["pledgers"].get("partners", [])) for d in docs)
    assert len(flat.reports) == sum(len(d.get("progressReports", [])) for d in docs) == 2
    for t in flat.values():
        assert pa.table(t).num_rows == len(t)
        assert pl.DataFrame(t).height == len(t)


def test_arrow_types(flat: p2c.Tables, usd: p2c.Tables) -> None:
    s = pa.schema(flat.pledges)  # through __arrow_c_schema__
    # The amounts' largest scale is 3 (1234.567); every integer amount fits at that scale.
    assert s.field("amount").type == pa.decimal128(38, 3)
    assert s.field("value_date").type == pa.date32()
    assert s.field("is_floor").type == pa.bool_()
    assert s.field("partner_count").type == pa.int64()
    assert s.field("id").type == pa.string()
    assert all(f.nullable for f in s)
    assert pa.table(flat.pledges).schema == s
    assert pa.schema(flat.countries).field("share_percent").type == pa.decimal128(38, 1)
    assert pa.schema(flat.reports).field("amount_delivered").type == pa.decimal128(38, 2)
    u = pa.schema(usd.pledges)
    assert pa.types.is_decimal128(u.field("converted_amount").type)
    assert pa.types.is_decimal128(u.field("rate").type)
    assert u.field("rate_date").type == pa.date32()
    # p2c's own type names agree with the Arrow types.
    kinds = {"text": pa.string(), "date": pa.date32(), "integer": pa.int64(), "bool": pa.bool_()}
    for t in (*flat.values(), *usd.values()):
        schema = pa.schema(t)
        for name, kind in t.column_types.items():
            if kind == "decimal":
                assert pa.types.is_decimal128(schema.field(name).type), name
            else:
                assert schema.field(name).type == kinds[kind], name


def _csv_text(value: Any) -> str:
    """How the core's CSV writes a value (the documented format), from the Arrow side."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def test_arrow_values_equal_the_csv_export(flat: p2c.Tables, usd: p2c.Tables) -> None:
    # The Arrow batches are p2c-core's (`tables::arrow`, the builder of the Parquet export),
    # handed over through the C data interface; the CSV is the core's writer: both from one
    # table, so every value must agree, on the sample data too.
    sample = p2c.load_tables(SAMPLE, currency="EUR", as_of=datetime.date(2026, 10, 30))
    for t in (*flat.values(), *usd.values(), *sample.values()):
        text = t.to_csv()
        assert text is not None
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert rows[0] == t.column_names
        arrow_rows = pa.table(t).to_pylist()
        assert len(rows) - 1 == len(arrow_rows) == len(t)
        for cells, row in zip(rows[1:], arrow_rows):
            for name, cell in zip(t.column_names, cells):
                value = row[name]
                if isinstance(value, decimal.Decimal):
                    # decimal128 pads to the column's scale; the CSV keeps each value's own.
                    assert D(cell) == value, (t.name, name)
                else:
                    assert cell == _csv_text(value), (t.name, name)


def test_amounts_are_the_documents_decimals(flat: p2c.Tables, docs: list[dict[str, Any]]) -> None:
    got = pa.table(flat.pledges).column("amount").to_pylist()
    want = [D(d["financialValue"]["amount"]) if "financialValue" in d else None for d in docs]
    assert got == want
    assert all(v is None or isinstance(v, decimal.Decimal) for v in got)
    assert D("1234.567") in got
    # A value date known to the month or the year (format 1.1) is its first day in the date
    # column, and the precision column says how much of it is known.
    table = pa.table(flat.pledges)
    dates = table.column("value_date").to_pylist()
    precisions = table.column("value_date_precision").to_pylist()
    assert dates == [_first_day(d["financialValue"]["valueDate"]) if "financialValue" in d else None
                     for d in docs]
    assert precisions == [_precision(d["financialValue"]["valueDate"]) if "financialValue" in d
                          else None for d in docs]
    assert {"day", "month", "year"} <= set(precisions)
    shares = {
        (r["pledge_id"], r["country"]): r["share_percent"]
        for r in pa.table(flat.countries).to_pylist()
    }
    first = docs[0]["id"]
    assert shares[(first, "KEN")] == D("50")
    assert shares[(first, "UGA")] == D("37.5")
    assert shares[(first, "TZA")] is None


def test_converted_amounts_match_convert_and_missing_rates_are_visible(
    usd: p2c.Tables, docs: list[dict[str, Any]]
) -> None:
    rows = pa.table(usd.pledges).to_pylist()
    assert [r["id"] for r in rows] == [d["id"] for d in docs]
    for d, r in zip(docs, rows):
        fv = d.get("financialValue")
        if fv is None:
            assert r["converted_amount"] is None and r["conversion_error"] is None
            continue
        assert r["converted_currency"] == "USD"
        if d["id"] == "P2C-TEST-NO-RATE":
            # No rate for 1990: the row stays, with a null amount and the reason.
            assert r["converted_amount"] is None
            assert r["conversion_error"] == "rate_not_found"
            with pytest.raises(p2c.RateNotFoundError):
                p2c.convert(D(fv["amount"]), fv["currency"], datetime.date(1990, 1, 2), "USD")
            continue
        assert r["conversion_error"] is None
        if fv["currency"] == "USD":
            assert (r["converted_amount"], r["rate"]) == (D(fv["amount"]), D(1))
            continue
        # A value date known only to the month or the year is converted at its calendar
        # year's average (the annual_average policy), never at the rate of an invented day.
        day = _precision(fv["valueDate"]) == "day"
        c = p2c.convert(
            D(fv["amount"]),
            fv["currency"],
            _first_day(fv["valueDate"]),
            "USD",
            policy=None if day else "annual_average",
        )
        if not day:
            assert c.rate_kind == "annual_average"
        assert r["converted_amount"] == c.amount
        assert r["rate"] == c.rate
        assert r["rate_date"] == c.rate_date


def test_polars_reads_the_capsule_without_copying_types(flat: p2c.Tables) -> None:
    df = pl.DataFrame(flat.pledges)
    assert df.schema["amount"] == pl.Decimal(38, 3)
    assert df.schema["value_date"] == pl.Date
    assert df.schema["partner_count"] == pl.Int64
    assert df.schema["is_floor"] == pl.Boolean
    assert df.equals(flat.pledges.to_polars())
    assert df.equals(pl.from_arrow(pa.table(flat.pledges)))
    assert df["amount"].to_list() == pa.table(flat.pledges).column("amount").to_pylist()


def test_pandas_keeps_decimals_and_nullable_integers(flat: p2c.Tables) -> None:
    df = flat.pledges.to_pandas()
    assert list(df.columns) == flat.pledges.column_names
    amounts = [None if pd.isna(v) else v for v in df["amount"]]
    assert amounts == pa.table(flat.pledges).column("amount").to_pylist()
    assert all(isinstance(v, decimal.Decimal) for v in amounts if v is not None)
    assert str(df["partner_count"].dtype) == "Int64"
    assert str(df["is_floor"].dtype) == "boolean"
    reports = flat.reports.to_pandas()
    # people_reached has a null: nullable Int64, not float64.
    assert str(reports["people_reached"].dtype) == "Int64"
    assert reports["people_reached"].tolist()[0] == 4000
    assert pd.isna(reports["people_reached"].tolist()[1])
    assert reports["date"].tolist() == [datetime.date(2023, 1, 10), datetime.date(2024, 2, 1)]


def test_the_stream_is_a_real_arrow_c_stream(flat: p2c.Tables) -> None:
    capsule = flat.pledges.__arrow_c_stream__()
    reader = pa.RecordBatchReader.from_stream(flat.pledges)
    assert reader.schema == pa.schema(flat.pledges)
    assert reader.read_all().num_rows == len(flat.pledges)
    # A capsule nobody consumed is released without leaking or crashing.
    del capsule
    # The table can be exported again (its Arrow form is kept).
    assert pa.table(flat.pledges).equals(pa.table(flat.pledges))


def test_large_tables_stream_in_batches() -> None:
    pledge = p2c.parse_pledge(_docs()[0])
    many = p2c.tables([pledge] * 70_000)
    t = pa.table(many.pledges)
    # 65,536 rows per batch: two batches, every row there.
    assert t.num_rows == 70_000
    assert [len(b) for b in t.to_batches()] == [65_536, 4_464]
    assert t.column("amount").to_pylist() == [D("5600000000")] * 70_000
    assert pa.table(many.countries).num_rows == 3 * 70_000


def test_empty_input_gives_empty_tables_with_their_schemas() -> None:
    empty = p2c.tables([])
    for t in empty.values():
        assert len(t) == 0
        assert pa.table(t).num_rows == 0
        assert pa.table(t).column_names == t.column_names
        assert pl.DataFrame(t).columns == t.column_names


def test_no_contact_in_any_output(flat: p2c.Tables, usd: p2c.Tables) -> None:
    # The marker is in the input: the search can fail.
    assert SECRET_EMAIL in json.dumps(_docs())
    for t in (*flat.values(), *usd.values()):
        outputs = [t.to_csv() or "", str(pa.table(t).to_pylist()), str(pl.DataFrame(t).rows())]
        for text in outputs:
            assert SECRET_NAME not in text and SECRET_EMAIL not in text


def test_digits_beyond_decimal128_are_an_overflow_not_a_rounding() -> None:
    docs = _docs()[:2]
    docs[0]["financialValue"]["amount"] = "79228162514264337593543950335"
    docs[1]["financialValue"]["amount"] = "0.0000000001"
    t = p2c.tables(docs)
    with pytest.raises(p2c.P2cError) as e:
        pa.table(t.pledges)
    assert e.value.code == "overflow"
    # The CSV has no fixed scale and keeps both exactly.
    text = t.pledges.to_csv() or ""
    assert "79228162514264337593543950335" in text and "0.0000000001" in text


@pytest.mark.parametrize(
    ("package", "call"),
    [
        ("pyarrow", lambda t: t.to_pyarrow()),
        ("polars", lambda t: t.to_polars()),
        ("pandas", lambda t: t.to_pandas()),
        ("pyarrow", lambda t: t.to_pandas()),
    ],
)
def test_missing_optional_package_is_named(
    flat: p2c.Tables, monkeypatch: pytest.MonkeyPatch, package: str, call: Any
) -> None:
    monkeypatch.setitem(sys.modules, package, None)  # import now raises ImportError
    with pytest.raises(ImportError) as e:
        call(flat.pledges)
    assert e.value.name == package


def test_polars_needs_no_pyarrow(flat: p2c.Tables, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    assert flat.pledges.to_polars().height == len(flat.pledges)


def test_csv_to_files(flat: p2c.Tables, tmp_path: pathlib.Path) -> None:
    paths = flat.to_csv(tmp_path / "out")
    assert [p.name for p in paths] == [f"{n}.csv" for n in p2c.TABLE_NAMES]
    for p, t in zip(paths, flat.values()):
        assert p.read_bytes().decode() == t.to_csv()
    assert flat.pledges.to_csv(tmp_path / "one.csv") is None
    with pytest.raises(p2c.P2cError) as e:
        flat.pledges.to_csv(tmp_path / "missing" / "dir" / "x.csv")
    assert e.value.code == "io_error"


def test_bad_options() -> None:
    with pytest.raises(p2c.P2cError):
        p2c.tables(_docs(), currency="not a currency")
    with pytest.raises(TypeError):
        p2c.tables(_docs()[0])  # type: ignore[arg-type]


def test_the_extension_is_abi3() -> None:
    # The wheel's tag (cp311-abi3) promises one build for every CPython >= 3.11.
    from p2c import _p2c

    assert pathlib.Path(_p2c.__file__).name.endswith(".abi3.so")


# ---- python -m p2c export ----


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "p2c", *args], capture_output=True, text=True, check=False
    )


def test_export_one_table_to_stdout() -> None:
    r = _run("export", str(SAMPLE), "--format", "csv", "--table", "pledge_pillars")
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(io.StringIO(r.stdout, newline="")))
    docs = json.loads(SAMPLE.read_text(encoding="utf-8"))
    # One row per pledge and pillar, in document order.
    assert rows[0] == ["pledge_id", "pillar", "focus_area"]
    assert [(a, b) for a, b, _ in rows[1:]] == [
        (d["id"], x) for d in docs for x in d.get("pillars", [])
    ]


def test_export_all_tables_with_conversion(tmp_path: pathlib.Path) -> None:
    r = _run("export", str(SAMPLE), "--dir", str(tmp_path), "--currency", "EUR")
    assert r.returncode == 0, r.stderr
    library = p2c.tables(p2c.load(SAMPLE), currency="EUR")
    for name in p2c.TABLE_NAMES:
        assert (tmp_path / f"{name}.csv").read_bytes().decode() == library[name].to_csv()
    header = (tmp_path / "pledges.csv").read_text().splitlines()[0].split(",")
    assert "converted_amount" in header
    r = _run("export", str(SAMPLE), "--dir", str(tmp_path / "one"), "--table", "pledges")
    assert r.returncode == 0, r.stderr
    assert [p.name for p in (tmp_path / "one").iterdir()] == ["pledges.csv"]


def test_export_exit_codes(tmp_path: pathlib.Path) -> None:
    # 1: unreadable or invalid input.
    assert _run("export", "/nonexistent/p2c.json", "--table", "pledges").returncode == 1
    bad = tmp_path / "bad.json"
    bad.write_text("[{\"id\": 1}]")
    assert _run("export", str(bad), "--table", "pledges").returncode == 1
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert _run("export", str(SAMPLE), "--dir", str(blocker / "sub")).returncode == 1
    # 2: usage (an unknown code in an option is the command line's mistake, not the data's).
    assert _run("export", str(SAMPLE), "--table", "pledges", "--currency", "QQQ").returncode == 2
    assert _run("export", str(SAMPLE), "--format", "parquet").returncode == 2
    assert _run("export", str(SAMPLE), "--threads", "-1", "--table", "pledges").returncode == 2
    assert _run("export", str(SAMPLE), "--table", "nope").returncode == 2
    assert _run("export", str(SAMPLE), "--dir", str(tmp_path), "--out", "x.csv").returncode == 2
    from p2c.__main__ import main

    assert main(["export"]) == 2


def test_export_neutralizes_formulas_unless_told_not_to(tmp_path: pathlib.Path) -> None:
    doc = copy.deepcopy(_docs()[0])
    doc["title"] = '=HYPERLINK("http://evil.example","click")'
    doc["pledgers"]["lead"]["name"] = "@SUM(1+1)"
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps([doc]))
    for flags, title, lead in [
        ((), "'" + doc["title"], "'@SUM(1+1)"),
        (("--no-neutralize-formulas",), doc["title"], "@SUM(1+1)"),
    ]:
        r = _run("export", str(path), "--table", "pledges", *flags)
        assert r.returncode == 0, r.stderr
        rows = list(csv.DictReader(io.StringIO(r.stdout, newline="")))
        assert (rows[0]["title"], rows[0]["lead_name"]) == (title, lead)
        out = tmp_path / ("raw" if flags else "safe")
        assert _run("export", str(path), "--dir", str(out), *flags).returncode == 0
        # (stdout was read in text mode, which turns CRLF into LF)
        assert (out / "pledges.csv").read_bytes().decode().replace("\r\n", "\n") == r.stdout
    # The library's default is the safe form, and the neutralized field is quoted.
    t = p2c.tables([doc])
    assert "\"'@SUM(1+1)\"" in (t.pledges.to_csv() or "")
    assert ",@SUM(1+1)," in (t.pledges.to_csv(neutralize_formulas=False) or "")
    # Amounts and dates are never changed: the pledge table's typed columns are as in the
    # unneutralized export.
    safe = list(csv.DictReader(io.StringIO(t.pledges.to_csv() or "", newline="")))[0]
    raw = list(csv.DictReader(io.StringIO(t.pledges.to_csv(neutralize_formulas=False) or "", newline="")))[0]
    for column, kind in t.pledges.column_types.items():
        if kind != "text":
            assert safe[column] == raw[column]


@pytest.mark.parametrize("jsonl", [False, True])
def test_load_tables_equals_tables_of_load(tmp_path: pathlib.Path, jsonl: bool) -> None:
    docs = _docs()
    path = tmp_path / ("p.jsonl" if jsonl else "p.json")
    if jsonl:
        path.write_text("".join(json.dumps(d) + "\n" for d in docs))
    else:
        path.write_text(json.dumps(docs))
    for currency in (None, "USD"):
        direct = p2c.load_tables(path, currency=currency)
        via = p2c.tables(p2c.load(path), currency=currency)
        assert list(direct) == list(via)
        for name in p2c.TABLE_NAMES:
            assert direct[name].to_csv() == via[name].to_csv()
            assert pa.table(direct[name]).equals(pa.table(via[name]))
    with pytest.raises(p2c.P2cError) as e:
        p2c.load_tables(tmp_path / "missing.json")
    assert e.value.code == "io_error"


def test_tables_take_every_option_of_the_core_tables_call() -> None:
    """new_between narrows the rows as the summary's filter does, and the reporting-status
    rule's parameters reach the reporting_status column, from memory and from the file."""
    pledges = p2c.load(SAMPLE)
    as_of = datetime.date(2026, 1, 1)
    window = (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
    summary = p2c.summarize(pledges, as_of=as_of, new_between=window)
    for t in (
        p2c.tables(pledges, as_of=as_of, new_between=window),
        p2c.load_tables(SAMPLE, as_of=as_of, new_between=window),
    ):
        assert 0 < len(t.pledges) < len(pledges)
        assert len(t.pledges) == summary.pledge_count
    default = p2c.tables(pledges, as_of=as_of).pledges.to_pyarrow()
    never_inactive = p2c.tables(
        pledges, as_of=as_of, inactive_after_years=100, report_interval_days=36500
    ).pledges.to_pyarrow()
    default = default.column("reporting_status").to_pylist()
    never_inactive = never_inactive.column("reporting_status").to_pylist()
    assert "inactive" not in never_inactive
    assert default != never_inactive
    with pytest.raises(p2c.OptionError):
        p2c.tables(pledges, as_of=as_of, new_between=(window[1], window[0]))


def test_parquet_files_read_back_as_the_arrow_tables(usd: p2c.Tables, tmp_path: pathlib.Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    paths = usd.to_parquet(tmp_path / "all", threads=2)
    assert [p.name for p in paths] == [f"{n}.parquet" for n in p2c.TABLE_NAMES]
    for name, path in zip(p2c.TABLE_NAMES, paths):
        assert pq.read_table(path).equals(pa.table(usd[name])), name
    one = tmp_path / "one.parquet"
    usd.pledges.to_parquet(one)
    assert pq.read_table(one).equals(pa.table(usd.pledges))
    assert one.read_bytes() == paths[0].read_bytes()
    with pytest.raises(p2c.OptionError):
        usd.to_parquet(tmp_path / "bad", threads=-1)
    with pytest.raises(p2c.P2cError) as e:
        usd.pledges.to_parquet(tmp_path / "missing" / "dir" / "p.parquet")
    assert e.value.code == "io_error"


def test_export_parquet_equals_the_library_tables(tmp_path: pathlib.Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    r = _run(
        "export", str(SAMPLE), "--format", "parquet", "--dir", str(tmp_path),
        "--currency", "EUR", "--threads", "2",
    )
    assert r.returncode == 0, r.stderr
    library = p2c.load_tables(SAMPLE, currency="EUR")
    for name in p2c.TABLE_NAMES:
        assert pq.read_table(tmp_path / f"{name}.parquet").equals(pa.table(library[name])), name


def test_threads_change_neither_pledges_nor_tables(tmp_path: pathlib.Path) -> None:
    """A file of a few megabytes is cut into several chunks: 1, 2 and every core read the same
    pledges and build the same tables, with and without a filter."""
    docs = _docs()
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(3000):
            d = copy.deepcopy(docs[i % len(docs)])
            d["id"] = f"P2C-THREADS-{i:05d}"
            d.pop("relations", None)
            f.write(json.dumps(d) + "\n")
    assert path.stat().st_size > 2 << 20
    one = p2c.load(path, threads=1)
    assert len(one) == 3000
    assert p2c.load(path, threads=2) == one
    assert p2c.load(path) == one
    for options in ({}, {"currency": "USD", "countries": ["KEN", "IND"]}):
        base = p2c.load_tables(path, threads=1, **options)
        for threads in (2, 0):
            other = p2c.load_tables(path, threads=threads, **options)
            for name in p2c.TABLE_NAMES:
                assert other[name].to_csv() == base[name].to_csv(), (name, options)
        in_memory = p2c.tables(one, threads=2, **options)
        for name in p2c.TABLE_NAMES:
            assert in_memory[name].to_csv() == base[name].to_csv(), (name, options)
    for bad in (-1, "two", 1.5):
        with pytest.raises(p2c.OptionError):
            p2c.load(path, threads=bad)
        with pytest.raises(p2c.OptionError):
            p2c.load_tables(path, threads=bad)


def test_pledgers_false_skips_only_the_scorecards() -> None:
    pledges = p2c.load(SAMPLE)
    full = p2c.load_tables(SAMPLE, currency="USD")
    assert len(full.pledgers) > 0
    for t in (
        p2c.load_tables(SAMPLE, currency="USD", pledgers=False),
        p2c.tables(pledges, currency="USD", pledgers=False),
    ):
        assert len(t.pledgers) == 0
        assert t.pledgers.column_names == full.pledgers.column_names
        for name in p2c.TABLE_NAMES:
            if name != "pledgers":
                assert t[name].to_csv() == full[name].to_csv(), name
