"""Spreadsheets from Python: every case of the shared sheet vectors
(``tests/vectors/sheets/cases.json``, the file ``p2c-core/tests/sheet_vectors.rs`` runs) read
with :func:`p2c.read_excel` / :func:`p2c.read_csv`, with the same expectations as in Rust:
issue codes, JSON Pointers, sheets and cells, and the documents. Then the template, the issues
workbook and the tables workbook."""

from __future__ import annotations

import datetime
import json
import pathlib
import re
from typing import Any

import pytest

import p2c

DIR = pathlib.Path(__file__).resolve().parents[2] / "tests" / "vectors" / "sheets"
CASES: list[dict[str, Any]] = json.loads((DIR / "cases.json").read_text(encoding="utf-8"))


def _snake(name: str) -> str:
    return re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), name)


def _kwargs(case: dict[str, Any]) -> dict[str, Any]:
    """The case's core options as keyword arguments."""
    options = case.get("options") or {}
    kwargs: dict[str, Any] = {}
    validate = options.get("validate", {})
    if "asOf" in validate:
        kwargs["as_of"] = datetime.date.fromisoformat(validate["asOf"])
    if "redactValues" in validate:
        kwargs["redact_values"] = validate["redactValues"]
    if "limits" in validate:
        kwargs["limits"] = {_snake(k): v for k, v in validate["limits"].items()}
    if "sheetLimits" in options:
        kwargs["sheet_limits"] = {_snake(k): v for k, v in options["sheetLimits"].items()}
    for key in ("delimiter", "restoreFormulas"):
        if key in options:
            kwargs[_snake(key)] = options[key]
    return kwargs


def _run(case: dict[str, Any]) -> p2c.SheetImport:
    kwargs = _kwargs(case)
    files = [DIR / f for f in case["files"]]
    if case["format"] == "xlsx":
        # Bytes and path give the same result; alternate to cover both.
        if len(case["description"]) % 2:
            return p2c.read_excel(files[0].read_bytes(), **kwargs)
        return p2c.read_excel(files[0], **kwargs)
    assert case["format"] == "csv"
    return p2c.read_csv({f.name: f.read_bytes() for f in files}, **kwargs)


def _quads(issues: list[Any]) -> list[tuple[str, str, Any, Any]]:
    out = []
    for i in issues:
        if isinstance(i, p2c.SheetIssue):
            out.append(
                (i.code, i.path, i.cell.sheet if i.cell else None, i.cell.a1 if i.cell else None)
            )
        else:
            out.append((i["code"], i["path"], i.get("sheet"), i.get("cell")))
    return sorted(out, key=repr)


def _expected_documents(case: dict[str, Any]) -> list[Any] | None:
    if "documents" in case:
        return list(case["documents"])
    source = case.get("documentsFrom")
    if source is None:
        return None
    docs = json.loads((DIR / source["file"]).read_text(encoding="utf-8"))
    return list(docs[: source.get("first", len(docs))])


def _same(expected: list[Any], actual: list[Any]) -> bool:
    """As typed pledges where both parse (defaults aside), as JSON otherwise."""
    if expected == actual:
        return True
    try:
        a = [p2c.parse_pledge(d) for d in expected]
        b = [p2c.parse_pledge(d) for d in actual]
    except p2c.P2cError:
        return False
    return [x.to_dict() for x in a] == [y.to_dict() for y in b]


@pytest.mark.parametrize("case", CASES, ids=[c["description"][:60] for c in CASES])
def test_shared_sheet_vector(case: dict[str, Any]) -> None:
    result = _run(case)
    assert _quads(result.issues) == _quads(case["expected"])
    assert result.valid == (not any(i.severity == "error" for i in result.issues))
    assert len(result.rows) == len(result.documents)
    docs = _expected_documents(case)
    if docs is not None:
        assert _same(docs, result.documents)


def test_every_sheet_code_is_expected_by_some_case() -> None:
    listed = {e["code"] for c in CASES for e in c["expected"]}
    catalogue = {c["code"] for c in p2c.issue_codes() if c["code"].startswith("sheet.")}
    assert catalogue and catalogue <= listed


def test_cells_carry_sheet_row_column_and_a1() -> None:
    result = p2c.read_excel(DIR / "missing.xlsx", as_of=datetime.date(2026, 1, 1))
    issue = next(i for i in result.issues if i.code == "sheet.error_value")
    assert issue.cell == p2c.Cell("pledges", 3, "D", "D3")
    assert issue.path == "/0/pledgers/lead/name"
    assert not result.valid and result.errors()


def test_template_round_trip_and_language() -> None:
    book = p2c.template_xlsx()
    assert isinstance(book, bytes) and book.startswith(b"PK\x03\x04")
    assert p2c.read_excel(book).documents == []
    french = p2c.template_xlsx(lang="fr")
    assert isinstance(french, bytes) and french != book
    with pytest.warns(p2c.UnknownLanguageWarning):
        p2c.template_xlsx(lang="xx")


def test_template_written_to_a_path(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "template.xlsx"
    assert p2c.template_xlsx(out) is None
    assert out.read_bytes().startswith(b"PK\x03\x04")


def test_write_excel_round_trips_the_sample() -> None:
    sample = json.loads(
        (DIR.parents[2] / "examples" / "data" / "pledges.json").read_text(encoding="utf-8")
    )[:5]
    book = p2c.write_excel(sample)
    assert isinstance(book, bytes)
    back = p2c.read_excel(book, as_of=datetime.date(2026, 1, 1))
    assert _same(sample, back.documents)


def test_issues_workbook(tmp_path: pathlib.Path) -> None:
    result = p2c.read_excel(DIR / "missing.xlsx", as_of=datetime.date(2026, 1, 1))
    out = tmp_path / "issues.xlsx"
    assert result.issues_workbook(out) is None
    again = p2c.read_excel(out, as_of=datetime.date(2026, 1, 1))
    assert [d["id"] for d in again.documents] == ["P2C-1"]
    assert not again.valid


def test_lang_and_severity_apply_to_sheet_issues() -> None:
    en = p2c.read_excel(DIR / "missing.xlsx")
    fr = p2c.read_excel(DIR / "missing.xlsx", lang="fr")
    assert _quads(en.issues) == _quads(fr.issues)
    assert [i.message for i in en.issues] != [i.message for i in fr.issues]
    off = p2c.read_excel(DIR / "missing.xlsx", severity={"sheet.formula": "off"})
    assert "sheet.formula" in {i.code for i in en.issues}
    assert "sheet.formula" not in {i.code for i in off.issues}


def test_bad_options_raise() -> None:
    with pytest.raises(p2c.P2cError) as err:
        p2c.read_excel(DIR / "missing.xlsx", sheet_limits={"max_row": 3})
    assert err.value.code == "invalid_argument"
    with pytest.raises(p2c.P2cError) as err:
        p2c.read_excel(DIR / "missing.xlsx", severity={"sheet.nope": "off"})
    assert err.value.code == "unknown_code"
    with pytest.raises(TypeError):
        p2c.read_excel(DIR / "missing.xlsx", as_of="2026-01-01")  # type: ignore[arg-type]


def test_tables_to_excel(tmp_path: pathlib.Path) -> None:
    sample = (DIR.parents[2] / "examples" / "data" / "pledges.json").read_text(encoding="utf-8")
    tables = p2c.tables(p2c.parse_pledges(sample))
    data = tables.to_excel()
    assert isinstance(data, bytes) and data.startswith(b"PK\x03\x04")
    for i in range(1, len(tables) + 1):
        assert f"xl/worksheets/sheet{i}.xml".encode() in data
    assert tables.to_excel(tmp_path / "t.xlsx") is None
    assert (tmp_path / "t.xlsx").read_bytes() == data
