"""The file route (summaries straight from a file or bytes) and summaries made of partitions:
equal to ``p2c.summarize`` over the same pledges, whatever the cut and the thread count;
partials that cannot merge are errors, never a wrong total."""

from __future__ import annotations

import datetime
import json
import pathlib
from typing import Any

import pytest

import p2c

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "data" / "pledges.json"
AS_OF = datetime.date(2026, 11, 23)


def _docs() -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    # Relations that change the figures, across partitions.
    for at, kind, to in [
        (7, "supersedes", "P2C-SAMPLE-006"),
        (8, "part_of", "P2C-SAMPLE-001"),
        (30, "same_funds_as", "P2C-SAMPLE-022"),
        (39, "same_funds_as", "P2C-SAMPLE-013"),
    ]:
        docs[at]["relations"] = [{"pledge": to, "type": kind}]
    return docs


def _lines(docs: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(d) + "\n" for d in docs).encode()


def _partitions(docs: list[dict[str, Any]], cuts: list[int]) -> list[bytes]:
    edges = [0, *cuts, len(docs)]
    return [_lines(docs[a:b]) for a, b in zip(edges, edges[1:])]


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"attribution": "equal_split"},
        {"currency": "EUR", "as_of": datetime.date(2025, 1, 1)},
        {"regions": ["AFR"]},
    ],
)
def test_the_file_route_equals_summarize(tmp_path: pathlib.Path, options: dict[str, Any]) -> None:
    docs = _docs()
    options = {"as_of": AS_OF, **options}
    expected = p2c.summarize(docs, **options).to_dict()
    path = tmp_path / "pledges.jsonl"
    path.write_bytes(_lines(docs))
    for threads in (None, 1, 2):
        assert p2c.summarize_file(path, threads=threads, **options).to_dict() == expected
        assert p2c.summarize_file(str(path), threads=threads, **options).to_dict() == expected
    assert p2c.summarize_bytes(_lines(docs), **options).to_dict() == expected
    assert p2c.summarize_bytes(json.dumps(docs).encode(), **options).to_dict() == expected
    array = tmp_path / "pledges.json"
    array.write_text(json.dumps(docs), encoding="utf-8")
    assert p2c.summarize_file(array, format="json_array", **options).to_dict() == expected


@pytest.mark.parametrize("cuts", [[20], [1, 8, 31], [7, 8, 9, 30, 39]])
def test_partitions_merge_into_the_one_pass_summary(cuts: list[int]) -> None:
    docs = _docs()
    expected = p2c.summarize(docs, as_of=AS_OF).to_dict()
    parts = _partitions(docs, cuts)
    related = sorted({i for part in parts for i in p2c.related_ids(part)})
    ties = ("supersedes", "part_of", "same_funds_as")
    assert related == sorted(
        {r["pledge"] for d in docs for r in d.get("relations", []) if r["type"] in ties}
    )
    assert {"P2C-SAMPLE-006", "P2C-SAMPLE-001", "P2C-SAMPLE-022"} <= set(related)
    partials = [p2c.partial_summary(part, related, as_of=AS_OF) for part in parts]
    assert all(isinstance(p, bytes) for p in partials)
    merged = p2c.merge_partials(partials, as_of=AS_OF)
    assert merged.to_dict() == expected
    assert str(merged) == str(p2c.summarize(docs, as_of=AS_OF))


def test_partials_that_cannot_merge_are_errors() -> None:
    docs = _docs()
    first, second = _partitions(docs, [20])
    related = sorted(set(p2c.related_ids(first)) | set(p2c.related_ids(second)))
    a = p2c.partial_summary(first, related, as_of=AS_OF)
    b = p2c.partial_summary(second, related, as_of=AS_OF)
    with pytest.raises(p2c.P2cError) as e:
        p2c.merge_partials([], as_of=AS_OF)
    assert e.value.code == "invalid_argument"
    with pytest.raises(p2c.P2cError) as e:
        p2c.merge_partials([a, b], as_of=datetime.date(2026, 11, 24))
    assert e.value.code == "partial_mismatch"
    with pytest.raises(p2c.P2cError) as e:
        p2c.merge_partials([a, b], as_of=AS_OF, currency="EUR")
    assert e.value.code == "partial_mismatch"
    own = p2c.partial_summary(second, p2c.related_ids(second), as_of=AS_OF)
    with pytest.raises(p2c.P2cError) as e:
        p2c.merge_partials([a, own], as_of=AS_OF)
    assert e.value.code == "partial_mismatch"
    with pytest.raises(p2c.P2cError) as e:
        p2c.merge_partials([a, b[:-1]], as_of=AS_OF)
    assert e.value.code == "invalid_partial"
    tampered = bytearray(b)
    tampered[len(tampered) // 2] ^= 1
    with pytest.raises(p2c.P2cError) as e:
        p2c.merge_partials([a, bytes(tampered)], as_of=AS_OF)
    assert e.value.code == "invalid_partial"
    with pytest.raises(p2c.P2cError) as e:
        p2c.merge_partials([b"not a partial"], as_of=AS_OF)
    assert e.value.code == "invalid_partial"


def test_bad_input_is_an_error() -> None:
    with pytest.raises(p2c.ParseError):
        p2c.summarize_bytes(b'{"id": "P-1"}\n', as_of=AS_OF)
    with pytest.raises(p2c.ParseError):
        p2c.partial_summary(b"[1, 2", [], as_of=AS_OF)
    with pytest.raises(p2c.P2cError) as e:
        p2c.summarize_file(ROOT / "no-such-file.jsonl", as_of=AS_OF)
    assert e.value.code == "io_error"
    with pytest.raises(p2c.OptionError):
        p2c.summarize_bytes(_lines(_docs()), as_of=AS_OF, regions=["Atlantis"])
    with pytest.raises(p2c.OptionError):
        p2c.summarize_bytes(_lines(_docs()), as_of=AS_OF, format="yaml")
    with pytest.raises(ValueError):
        p2c.summarize_bytes(_lines(_docs()), as_of=AS_OF, threads=-1)


def test_paths_and_data_take_separate_calls() -> None:
    # A str is a path for summarize_file and never data for summarize_bytes, and bytes are
    # never a path: no guess between the two.
    with pytest.raises(TypeError):
        p2c.summarize_bytes(str(SAMPLE))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        p2c.summarize_file(SAMPLE.read_bytes())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        p2c.related_ids("/etc/passwd")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        p2c.partial_summary(_lines(_docs()), "P2C-SAMPLE-001")
