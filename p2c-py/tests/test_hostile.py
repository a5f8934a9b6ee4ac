"""The hostile-input suite (``tests/vectors/hostile/*.json``) through the Python binding, with
the semantics of the Rust runner ``p2c-core/tests/hostile.rs`` (format in the vectors' README).

Expected outcomes are the vector files' own, written by hand from the wire-format rules. Each
case also shows that the interpreter survives: an answer comes back, no crash.
"""

from __future__ import annotations

import csv
import io
import json
import pathlib
from html.parser import HTMLParser
from typing import Any

import pytest

import p2c

HOSTILE = pathlib.Path(__file__).resolve().parents[2] / "tests" / "vectors" / "hostile"


def _input(case: dict[str, Any]) -> bytes:
    if "input" in case:
        return str(case["input"]).encode("utf-8", "surrogatepass")
    if "inputHex" in case:
        return bytes.fromhex(case["inputHex"])
    out = bytearray()
    for part in case["generate"]:
        if "text" in part:
            out += part["text"].encode("utf-8", "surrogatepass")
        elif "hex" in part:
            out += bytes.fromhex(part["hex"])
        else:
            out += part["repeat"].encode("utf-8") * int(part["times"])
    return bytes(out)


def _cases() -> list[dict[str, Any]]:
    cases = []
    for path in sorted(HOSTILE.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            cases.append({**case, "_file": path.name})
    return cases


CASES = _cases()


def test_suite_is_there() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_parse(case: dict[str, Any]) -> None:
    data = _input(case)
    expect = case["expect"]["parse"]
    parse = p2c.parse_pledges if case.get("entry") == "pledges" else p2c.parse_pledge
    if expect.get("ok"):
        parse(data)
        return
    with pytest.raises(p2c.P2cError) as info:
        parse(data)
    assert info.value.code == expect["error"]
    if "pointer" in expect:
        assert isinstance(info.value, p2c.ParseError)
        assert info.value.pointer == expect["pointer"]


PLEDGE_CASES = [c for c in CASES if c.get("entry", "pledge") == "pledge"]


@pytest.mark.parametrize("case", PLEDGE_CASES, ids=[c["name"] for c in PLEDGE_CASES])
def test_validate(case: dict[str, Any]) -> None:
    expect = case["expect"]["validate"]
    report = p2c.validate(_input(case))
    codes = {i.code for i in report.issues}
    assert codes <= {c["code"] for c in p2c.issue_codes()}
    met = report.valid == expect["valid"] and set(expect["includes"]) <= codes
    if "pending" in expect:
        # A known gap written in the vector: it must still be a gap (as the Rust runner checks).
        assert not met, f"now passes; remove `pending` ({expect['pending']})"
    else:
        assert report.valid == expect["valid"]
        assert set(expect["includes"]) <= codes


# The 10 MB title is one CSV field: above the csv module's default field limit (128 KiB).
csv.field_size_limit(64 << 20)

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _formula_like(cell: str) -> bool:
    """Whether a spreadsheet program would read the cell as a formula (not a plain number)."""
    digits = cell[1:] if cell.startswith("-") else cell
    number = bool(digits) and all(p.isdigit() and p.isascii() for p in digits.split(".", 1))
    return cell.startswith(FORMULA_START) and not number


def _rows(table: p2c.Table, neutralize: bool) -> list[list[str]]:
    text = table.to_csv(neutralize_formulas=neutralize) or ""
    return list(csv.reader(io.StringIO(text, newline="")))


CSV_CASES = [c for c in PLEDGE_CASES if c["expect"]["parse"].get("ok")]


@pytest.mark.parametrize("case", CSV_CASES, ids=[c["name"] for c in CSV_CASES])
def test_csv_export_is_safe_to_open(case: dict[str, Any]) -> None:
    """Every hostile pledge that parses: no cell of any table is formula-like, and the cells
    named under ``expect.csv`` are as the vector says (``raw``: with neutralization off)."""
    tables = p2c.tables([p2c.parse_pledge(_input(case))])
    for table in tables.values():
        for row in _rows(table, True)[1:]:
            assert not any(_formula_like(cell) for cell in row), (table.name, row[:3])
    for want in case["expect"].get("csv", []):
        for neutralize, key in ((True, "cell"), (False, "raw")):
            rows = _rows(tables[want["table"]], neutralize)
            got = rows[1 + want["row"]][rows[0].index(want["column"])]
            if key in want:
                assert got == want[key], (want["column"], key)
            else:
                assert got.startswith(want[key + "Prefix"])
                assert len(got.encode("utf-8")) == want[key + "Bytes"]


# ---------------------------------------------------------------------------------------------
# `expect.html` (hostile/html.json): the HTML reports through the binding, as whole pages and
# as the fragments notebooks show, with the checks of the Rust runner (`hostile.rs`).

_BIDI = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def _escaped(text: str) -> str:
    """``text`` as the renderer writes it (``p2c_core::html::escape``)."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in "&<>\"'":
            out.append({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[ch])
        elif code in _BIDI or (
            (code < 0x20 or 0x7F <= code <= 0x9F) and ch not in "\n\t"
        ):
            out.append(f"[U+{code:04X}]")
        else:
            out.append(ch)
    return "".join(out)


class _Markup(HTMLParser):
    """Every element and attribute of a page, to check that none came from the data."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))


def _inert(kind: str, page: str, fragment: bool) -> None:
    scan = _Markup()
    scan.feed(page)
    scan.close()
    tags = [t for t, _ in scan.elements]
    for forbidden in ("img", "iframe", "object", "embed", "link", "base", "form", "input"):
        assert forbidden not in tags, (kind, forbidden)
    assert tags.count("script") == (0 if fragment else 1), kind
    assert tags.count("style") == 1, kind
    if fragment:
        assert "meta" not in tags and "html" not in tags, kind
    for tag, attrs in scan.elements:
        assert not any(name.startswith("on") for name in attrs), (kind, tag, attrs)
        href = attrs.get("href")
        assert href is None or href.startswith("#"), (kind, href)
        assert "javascript" not in str(attrs.get("src", "")), kind
    assert "\u202e" not in page, kind


HTML_CASES = [c for c in CASES if c["_file"] == "html.json"]


@pytest.mark.parametrize("case", HTML_CASES, ids=[c["name"] for c in HTML_CASES])
def test_html_reports_are_inert_and_bounded(case: dict[str, Any]) -> None:
    import datetime

    data = _input(case)
    source = f"{case['_file']}/{case['name']}"
    pages: dict[str, str] = {}
    report = p2c.validate(data)
    pages["report"] = report.to_html(data, source=source)
    pages["report fragment"] = report.to_html(data, source=source, fragment=True)
    try:
        pledges = (
            p2c.parse_pledges(data) if case.get("entry") == "pledges" else [p2c.parse_pledge(data)]
        )
    except p2c.P2cError:
        pledges = []
    if pledges:
        date = datetime.date(2024, 7, 7)
        batch = p2c.validate_batch([p.to_dict() for p in pledges], as_of=date)
        summary = p2c.summarize(pledges, as_of=date, invalid="include")
        profile = p2c.country_profile(pledges, "KEN", as_of=date, invalid="include")
        for fragment, suffix in ((False, ""), (True, " fragment")):
            pages["batch" + suffix] = batch.to_html(pledges, source=source, fragment=fragment)
            pages["dashboard" + suffix] = summary.to_html(source=source, fragment=fragment)
            pages["profile" + suffix] = profile.to_html(source=source, fragment=fragment)
    want = case["expect"].get("html", {})
    max_bytes = int(want.get("maxBytes", 1_000_000))
    for kind, page in pages.items():
        _inert(kind, page, kind.endswith("fragment"))
        assert len(page.encode("utf-8")) <= max_bytes, (kind, len(page))
    for text in want.get("text", []):
        shown = _escaped(text)
        assert any(shown in p for p in pages.values()), shown
    for raw in want.get("absent", []):
        assert not any(raw in p for p in pages.values()), raw
    if want.get("truncated"):
        assert any("[truncated: " in p for p in pages.values())
