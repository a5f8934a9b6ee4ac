"""The shared conformance vectors (``tests/vectors/validation/*.json``), run through the Python
binding with the same semantics as the Rust runner ``p2c-core/tests/vectors.rs``.

Expected values are the vector files' own ``expected`` sets, written by hand per case.
"""

from __future__ import annotations

import datetime
import json
import pathlib
import pickle
from typing import Any

import pytest

import p2c

VECTORS = pathlib.Path(__file__).resolve().parents[2] / "tests" / "vectors" / "validation"


def _cases() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(VECTORS.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            out.append((path.name, case))
    return out


CASES = _cases()
IDS = [f"{name}: {case['description']}" for name, case in CASES]


def _kwargs(case: dict[str, Any]) -> dict[str, Any]:
    """The vector's ``options`` as keyword arguments of ``p2c.validate``."""
    opts = case.get("options") or {}
    unknown = set(opts) - {"asOf", "redactValues", "limits"}
    assert not unknown, f"runner does not know options {unknown}"
    kwargs: dict[str, Any] = {"redact_values": bool(opts.get("redactValues", False))}
    if "asOf" in opts:
        kwargs["as_of"] = datetime.date.fromisoformat(opts["asOf"])
    if "limits" in opts:
        snake = {
            "maxBytes": "max_bytes",
            "maxDepth": "max_depth",
            "maxArrayLen": "max_array_len",
            "maxStringLen": "max_string_len",
        }
        kwargs["limits"] = {snake[k]: v for k, v in opts["limits"].items()}
    return kwargs


def _run(case: dict[str, Any], lang: str | None = None) -> p2c.Report:
    kwargs = _kwargs(case)
    if lang is not None:
        kwargs["lang"] = lang
    mode = case.get("mode", "pledge")
    if mode == "update":
        kwargs.pop("limits", None)
        old = p2c.parse_pledge(case["input"]["old"])
        new = p2c.parse_pledge(case["input"]["new"])
        return p2c.validate_update(old, new, **kwargs)
    assert mode in ("pledge", "batch"), f"unknown mode {mode}"
    fn = p2c.validate_batch if mode == "batch" else p2c.validate
    document: str | bytes
    if "inputText" in case:
        document = case["inputText"]
    elif "inputBytesHex" in case:
        document = bytes.fromhex(case["inputBytesHex"])
    else:
        # Compact JSON, as the Rust runner's serde_json::to_string, so byte limits match.
        document = json.dumps(case["input"], separators=(",", ":"), ensure_ascii=False)
    return fn(document, **kwargs)  # type: ignore[operator]


def _pairs(report: p2c.Report) -> list[tuple[str, str]]:
    return sorted((i.code, i.path) for i in report.issues)


def _expected(case: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted((e["code"], e["path"]) for e in case["expected"])


def test_there_are_at_least_80_vectors() -> None:
    assert len(CASES) >= 80


@pytest.mark.parametrize(("name", "case"), CASES, ids=IDS)
def test_vector(name: str, case: dict[str, Any]) -> None:
    report = _run(case)
    assert _pairs(report) == _expected(case)
    # `valid` follows from the severities.
    assert report.valid == (not any(i.severity == "error" for i in report.issues))
    # to_dict round-trips the same data.
    assert p2c.Report._from_dict(report.to_dict()) == report


LANGS = ["ar", "zh", "en", "fr", "ru", "es"]


@pytest.mark.parametrize(("name", "case"), CASES, ids=IDS)
def test_vector_in_every_language(name: str, case: dict[str, Any]) -> None:
    """Codes, severities, paths and params never change with the language (issue 21)."""
    english = _run(case)
    for lang in LANGS:
        report = _run(case, lang)
        assert report.lang == lang
        assert report.valid == english.valid
        assert [(i.code, i.severity, i.path, i.params) for i in report.issues] == [
            (i.code, i.severity, i.path, i.params) for i in english.issues
        ], lang
        assert all(isinstance(i.message, str) and i.message for i in report.issues)
        assert report == p2c.Report(report.valid, report.issues)
    assert _run(case, "en").issues == english.issues


def test_messages_are_translated_not_copied() -> None:
    """Over the vectors, most messages differ from English in each other language (a catalogue
    that fell back to English everywhere would pass the per-vector test above)."""
    english = [i.message for _, case in CASES for i in _run(case).issues]
    for lang in ("ar", "zh", "fr", "ru", "es"):
        other = [i.message for _, case in CASES for i in _run(case, lang).issues]
        assert len(other) == len(english)
        changed = sum(a != b for a, b in zip(english, other))
        assert changed > len(english) // 2, (lang, changed, len(english))


DICT_CASES = [
    (name, case)
    for name, case in CASES
    if case.get("mode", "pledge") in ("pledge", "batch")
    and "input" in case
    and "maxBytes" not in (case.get("options") or {}).get("limits", {})
]


@pytest.mark.parametrize(
    ("name", "case"),
    DICT_CASES,
    ids=[f"{n}: {c['description']}" for n, c in DICT_CASES],
)
def test_vector_through_dict_entry_point(name: str, case: dict[str, Any]) -> None:
    """The dict/list entry points give the same issues as the text entry point (README)."""
    kwargs = _kwargs(case)
    document = case["input"]
    if case.get("mode") == "batch":
        if not isinstance(document, list):
            pytest.skip("batch input that is not a list cannot be passed as a Python list")
        report = p2c.validate_batch(document, **kwargs)
    else:
        if not isinstance(document, dict):
            pytest.skip("pledge input that is not an object cannot be passed as a dict")
        report = p2c.validate(document, **kwargs)
    assert _pairs(report) == _expected(case)


SHEET_CASES = VECTORS.parent / "sheets" / "cases.json"


def test_every_catalogue_code_is_produced_by_some_vector() -> None:
    produced = {code for _, case in CASES for code, _ in _pairs(_run(case))}
    # The spreadsheet codes come from the workbook vectors (tests/vectors/sheets), which the
    # Rust suite runs; this binding reads workbooks in phase 2 of the spreadsheet work.
    sheet_cases = json.loads(SHEET_CASES.read_text(encoding="utf-8"))
    produced |= {e["code"] for case in sheet_cases for e in case["expected"]}
    catalogue = {entry["code"] for entry in p2c.issue_codes()}
    assert catalogue - produced == set()


def test_issue_codes_catalogue_shape() -> None:
    codes = p2c.issue_codes()
    assert len({c["code"] for c in codes}) == len(codes)
    for entry in codes:
        assert set(entry) == {"code", "severity", "title", "guidance"}
        assert entry["severity"] in ("error", "warning", "info")


def _failing_case() -> dict[str, Any]:
    """The first vector whose expected issues include an error (checked against the catalogue)."""
    severity = {c["code"]: c["severity"] for c in p2c.issue_codes()}
    for _, case in CASES:
        if (
            case.get("mode", "pledge") == "pledge"
            and isinstance(case.get("input"), dict)
            and any(severity[e["code"]] == "error" for e in case["expected"])
        ):
            return case
    raise AssertionError("no failing pledge vector")


def test_validate_or_raise_raises_validation_error_with_every_issue() -> None:
    case = _failing_case()
    with pytest.raises(p2c.ValidationError) as info:
        p2c.validate_or_raise(case["input"], **_kwargs(case))
    err = info.value
    assert isinstance(err, p2c.P2cError)
    assert isinstance(err, ValueError)
    assert err.code == "validation_failed"
    assert sorted((i.code, i.path) for i in err.issues) == _expected(case)
    assert all(isinstance(i, p2c.Issue) for i in err.issues)


def test_validate_or_raise_returns_valid_report() -> None:
    case = next(c for n, c in CASES if n == "valid.json" and "input" in c)
    report = p2c.validate_or_raise(case["input"], **_kwargs(case))
    assert report.valid
    assert _pairs(report) == _expected(case)


def test_validation_error_pickles_with_issues() -> None:
    case = _failing_case()
    with pytest.raises(p2c.ValidationError) as info:
        p2c.validate_or_raise(case["input"], **_kwargs(case))
    err = info.value
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is p2c.ValidationError
    assert clone.code == "validation_failed"
    assert str(clone) == str(err)
    assert clone.issues == err.issues
    assert type(err).__module__ == "p2c"


def test_report_and_issue_pickle() -> None:
    case = _failing_case()
    report = p2c.validate(case["input"], **_kwargs(case))
    assert pickle.loads(pickle.dumps(report)) == report


def test_bad_input_type_and_options() -> None:
    with pytest.raises(TypeError):
        p2c.validate(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        p2c.validate({}, as_of="2025-01-01")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        p2c.validate({}, limits={"max_bites": 1})
    with pytest.raises(TypeError):
        p2c.validate_batch({})  # type: ignore[arg-type]
    # The keyword options are read by the extension: the same refusals as the wire format's.
    with pytest.raises(TypeError):
        p2c.validate({}, as_of=datetime.datetime(2025, 1, 1))
    for bad in (True, -1, 1.5, "3"):
        with pytest.raises(ValueError):
            p2c.validate({}, limits={"max_depth": bad})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        p2c.validate({}, limits=[("max_depth", 3)])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        p2c.validate([{}])  # a list needs batch=True
    # And they take effect: each limit, the date, redaction (by truth value, as `if` reads it).
    doc = {"id": "x" * 40, "title": [[["deep"]]]}
    codes = {i.code for i in p2c.validate(doc, limits={"max_string_len": 10}).issues}
    assert "input.string_too_long" in codes
    codes = {i.code for i in p2c.validate(doc, limits={"max_depth": 2}).issues}
    assert "input.too_deep" in codes
    assert p2c.validate(doc, limits={}) == p2c.validate(doc)
    secret = {"reviewState": "secret-value"}
    assert "secret-value" in repr(p2c.validate(secret))
    assert "secret-value" not in repr(p2c.validate(secret, redact_values=1))  # type: ignore[arg-type]
    batch = p2c.validate([secret, secret], batch=True, redact_values=True)
    assert batch == p2c.validate_batch([secret, secret], redact_values=True)
    assert "secret-value" not in repr(batch)


def test_python_values_without_json_equivalent_raise_parse_error() -> None:
    with pytest.raises(p2c.ParseError) as info:
        p2c.validate({"id": {1, 2}})
    assert info.value.pointer == "/id"
