"""``python -m p2c``: the ``p2c`` command line (p2c-cli) run by the extension; its output equals the
library's, and its exit codes are the binary's (0 success, 1 unreadable or invalid input, 2 usage)."""

from __future__ import annotations

import copy
import datetime
import json
import pathlib
import subprocess
import sys

import p2c

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "data" / "pledges.json"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "p2c", *args], capture_output=True, text=True, check=False
    )


def test_validate_valid_batch_exits_0() -> None:
    r = _run("validate", str(SAMPLE), "--as-of", "2026-01-01", "--format", "json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["valid"] is True
    assert report["file"] == str(SAMPLE) and report["pledges"] == 40
    # The same issues as the library gives for the same batch.
    docs = json.loads(SAMPLE.read_text(encoding="utf-8"))
    expected = p2c.validate(docs, batch=True, as_of=datetime.date(2026, 1, 1)).to_dict()
    assert {k: report[k] for k in expected} == expected


def test_validate_invalid_pledge_exits_1(tmp_path: pathlib.Path) -> None:
    doc = copy.deepcopy(json.loads(SAMPLE.read_text(encoding="utf-8"))[0])
    del doc["title"]
    path = tmp_path / "one.json"
    path.write_text(json.dumps(doc))
    r = _run("validate", str(path), "--as-of", "2026-01-01", "--format", "json")
    assert r.returncode == 1
    report = json.loads(r.stdout)
    assert report["valid"] is False
    assert ("structure.missing_field", "/title") in {(i["code"], i["path"]) for i in report["issues"]}


def test_validate_unreadable_and_usage() -> None:
    assert _run("validate", "/nonexistent/p2c.json").returncode == 1
    assert _run("validate").returncode == 2
    assert _run("frobnicate", str(SAMPLE)).returncode == 2
    assert _run("validate", str(SAMPLE), "--as-of", "2026-02-30").returncode == 2
    from p2c.__main__ import main

    assert main(["validate"]) == 2


def test_summarize_text_and_json() -> None:
    r = _run("summarize", str(SAMPLE), "--as-of", "2026-01-01", "--currency", "EUR")
    assert r.returncode == 0, r.stderr
    assert "(EUR)" in r.stdout.splitlines()[0]
    r = _run("summarize", str(SAMPLE), "--as-of", "2026-01-01", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    # The same summary as the library computes for the same file and date.
    expected = p2c.summarize(p2c.load(SAMPLE), as_of=datetime.date(2026, 1, 1))
    assert data == expected.to_dict()


def test_summarize_bad_input_exits_1(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("[{]")
    r = _run("summarize", str(path))
    assert r.returncode == 1
    assert r.stderr.startswith("p2c: error: ")
    assert _run("summarize", "/nonexistent/p2c.json").returncode == 1


def test_html_and_lang() -> None:
    args = ("--as-of", "2026-10-30", "--format", "html", "--lang", "fr")
    r = _run("summarize", str(SAMPLE), *args)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("<!DOCTYPE html>") and 'lang="fr"' in r.stdout
    expected = p2c.summarize(p2c.load(SAMPLE), as_of=datetime.date(2026, 10, 30), lang="fr")
    # The very page the library renders, the file named as given on the command line.
    assert r.stdout == expected.to_html(source=str(SAMPLE))
    r = _run("validate", str(SAMPLE), "--as-of", "2026-10-30", "--format", "html")
    assert r.returncode == 0, r.stderr
    assert 'data-valid="true"' in r.stdout
    r = _run("validate", str(SAMPLE), "--as-of", "2026-10-30", "--lang", "tlh")
    assert r.returncode == 0 and "unknown language `tlh`" in r.stderr


def test_same_program_as_the_binary() -> None:
    # Commands the Python package never had on its own: the command line is p2c-cli's.
    r = _run("codes", "batch.duplicate_id", "--lang", "en")
    assert r.returncode == 0 and r.stdout.startswith("batch.duplicate_id (error)")
    r = _run("convert", "100", "EUR", "2024-07-01", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["converted"] == {"amount": "107.45", "currency": "USD"}
    r = _run("--version")
    assert r.returncode == 0 and p2c.__version__ in r.stdout


def test_spreadsheet_commands(tmp_path: pathlib.Path) -> None:
    # The binary's template and import commands come with it: an empty template imports to no
    # pledge and no error.
    book = tmp_path / "template.xlsx"
    r = _run("template", "--out", str(book), "--lang", "fr")
    assert r.returncode == 0, r.stderr
    assert book.read_bytes()[:2] == b"PK"
    out = tmp_path / "pledges.jsonl"
    r = _run("import", str(book), "--out", str(out), "--format", "json")
    assert r.returncode == 0, r.stderr
    assert out.read_text() == ""
