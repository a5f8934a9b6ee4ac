"""``python -m p2c``: the ``p2c`` command line (p2c-cli) run by the extension.

The shared cases of ``tests/vectors/cli/cases.json`` run here as they run against the ``p2c``
binary (``p2c-cli/tests/cli_vectors.rs``) and ``npx p2c`` (``p2c-node/__test__/cli.test.js``):
the same standard output, byte for byte (the snapshots under ``tests/vectors/cli/snapshots/``),
and the same exit status. The tests below them check what only Python can: the command's output
against the library's own answers."""

from __future__ import annotations

import copy
import datetime
import json
import os
import pathlib
import subprocess
import sys
from typing import Any

import pytest

import p2c

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "data" / "pledges.json"
CLI = ROOT / "tests" / "vectors" / "cli"
CASES: list[dict[str, Any]] = json.loads((CLI / "cases.json").read_text(encoding="utf-8"))["cases"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    env["NO_COLOR"] = "1"
    return env


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "p2c", *args], capture_output=True, text=True, check=False, env=_env()
    )


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_shared_cli_case(case: dict[str, Any]) -> None:
    if "stdin" in case:
        stdin = case["stdin"].encode("utf-8")
    elif "stdinFile" in case:
        stdin = (ROOT / case["stdinFile"]).read_bytes()
    else:
        stdin = b""
    r = subprocess.run(
        [sys.executable, "-m", "p2c", *case["args"]],
        input=stdin,
        capture_output=True,
        check=False,
        cwd=ROOT,
        env=_env(),
    )
    stderr = r.stderr.decode("utf-8", "replace")
    assert r.returncode == case["status"], stderr
    want = case["stdout"]
    if want == "empty":
        assert r.stdout == b""
    elif want == "version":
        assert r.stdout == f"p2c {p2c.__version__}\n".encode()
    else:
        assert want == "snapshot"
        snapshot = (CLI / "snapshots" / f"{case['name']}.out").read_bytes()
        assert r.stdout == snapshot, "the output differs from the snapshot of the p2c binary"
    assert "panicked" not in stderr and "internal_error" not in stderr, stderr
    if case["stderr"] == "empty":
        assert stderr == ""
    elif case["stderr"] == "error":
        assert stderr.startswith("p2c: error: ") and len(stderr.splitlines()) == 1, stderr
    for part in case.get("stderrContains", []):
        assert part in stderr


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


def test_main_returns_the_status() -> None:
    from p2c.__main__ import main

    assert main(["validate"]) == 2


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
