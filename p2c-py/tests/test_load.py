"""Bulk loading, codelists, issue codes and pledge output (private data kept out)."""

from __future__ import annotations

import copy
import datetime
import json
import pathlib
import pickle
from typing import Any

import pytest

import p2c

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "data" / "pledges.json"
SECRET = "private.person@example.org"


def _docs() -> list[dict[str, Any]]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _with_contact() -> dict[str, Any]:
    doc = copy.deepcopy(_docs()[0])
    doc["contact"] = {"name": "Private Person", "email": SECRET}
    return doc


def test_load_json_array() -> None:
    pledges = p2c.load(SAMPLE)
    # The file's ids, read with the json module, in file order.
    assert [p.id for p in pledges] == [d["id"] for d in _docs()]
    assert all(isinstance(p, p2c.Pledge) for p in pledges)
    assert p2c.load(str(SAMPLE)) == pledges


def test_load_json_lines(tmp_path: pathlib.Path) -> None:
    docs = _docs()[:3]
    path = tmp_path / "pledges.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in docs[:2]) + "\n\n" + json.dumps(docs[2]) + "\n")
    assert [p.id for p in p2c.load(path)] == [d["id"] for d in docs]


def test_load_errors(tmp_path: pathlib.Path) -> None:
    docs = _docs()[:2]
    docs[1]["title"] = 5
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in docs) + "\n")
    with pytest.raises(p2c.ParseError) as info:
        p2c.load(path)
    # Second pledge, on the file's second line.
    assert (info.value.pointer, info.value.line) == ("/1/title", 2)
    with pytest.raises(p2c.P2cError) as err:
        p2c.load(tmp_path / "missing.json")
    assert err.value.code == "io_error"


def test_codelists_have_labels() -> None:
    lists = {c["name"]: c for c in p2c.codelists()}
    focus = {e["code"]: e["label"] for e in lists["focusArea"]["entries"]}
    # The four Action Framework focus areas (DOMAIN.md), by hand, and format 1.1's `unknown`
    # for a source that names none, marked as such.
    assert set(focus) == {"access", "adoption", "value_creation", "accelerate", "unknown"}
    since = {e["code"]: e.get("since") for e in lists["focusArea"]["entries"]}
    assert since["unknown"] == "1.1" and since["access"] is None
    assert all(focus.values())
    # Every pillar names a focus area as its parent.
    assert lists["pillar"]["parentCodelist"] == "focusArea"
    assert {e["parent"] for e in lists["pillar"]["entries"]} <= set(focus)


def test_issue_codes_match_committed_catalogue() -> None:
    committed = json.loads((ROOT / "schema" / "issue-codes.json").read_text(encoding="utf-8"))
    entries = committed["codes"] if isinstance(committed, dict) else committed
    assert {c["code"] for c in p2c.issue_codes()} == {c["code"] for c in entries}


def test_pledge_output_and_public_view() -> None:
    pledge = p2c.parse_pledge(_with_contact())
    # The full document keeps the contact (it is the pledger's own data) ...
    assert pledge.to_dict()["contact"]["email"] == SECRET
    # ... the public view never has it, in any output.
    public = pledge.public_view()
    assert "contact" not in public.to_dict()
    assert SECRET not in public.to_json()
    assert SECRET not in public._repr_html_()
    assert SECRET not in pledge._repr_html_()
    assert public.id == pledge.id and public != pledge
    assert json.loads(public.to_json()) == public.to_dict()
    assert p2c.parse_pledge(pledge.to_json()) == pledge
    assert pickle.loads(pickle.dumps(pledge)) == pledge


def test_summary_output_has_no_contact() -> None:
    doc = _with_contact()
    summary = p2c.summarize([doc], as_of=datetime.date(2026, 1, 1))
    assert SECRET not in json.dumps(summary.to_dict())
    assert SECRET not in str(summary)
