"""The dict entry point's one-pass reader and the report fast path against the slow routes.

``p2c.validate(dict)`` reads the dict straight into the core's tree; the JSON text route parses
the same document with serde_json. Every document here goes both ways and the reports must be
equal in every field (codes, paths, messages, params), with default and non-default options.
The reports the extension makes (no dataclass ``__init__``, see ``p2c-py/src/validate.rs``)
must equal those the dataclass constructors build from the same fields.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import decimal
import json
import pathlib
import pickle
import random
from typing import Any

import pytest

import p2c
from p2c import _p2c
from p2c._report import Issue, Report

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "data" / "pledges.json"
AS_OF = datetime.date(2025, 6, 1)


def _documents() -> list[Any]:
    """Pledge-shaped dicts: the sample data, every object input of the shared vectors and of
    the fuzz seeds (validate and parse_pledge targets), and seeded mutations of the sample."""
    docs: list[Any] = list(json.loads(SAMPLE.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "tests" / "vectors").rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data if isinstance(data, list) else data.get("cases", [data]):
            if isinstance(case, dict) and isinstance(case.get("input"), dict):
                docs.append(case["input"])
    for target in ("validate", "parse_pledge"):
        for path in sorted((ROOT / "fuzz" / "seeds" / target).glob("*")):
            try:
                data = json.loads(path.read_bytes())
            except (ValueError, UnicodeDecodeError):
                continue
            if isinstance(data, dict):
                docs.append(data)
    rng = random.Random(8)
    base = json.loads(SAMPLE.read_text(encoding="utf-8"))
    junk: list[Any] = [None, True, 0, -1, 2**63, 2**64 - 1, 2**70, "", "x/y~z", [], {}, [1], {"a": 1}]
    for _ in range(600):
        doc = copy.deepcopy(rng.choice(base))
        for _ in range(rng.randint(1, 4)):
            _mutate(doc, rng, junk)
        docs.append(doc)
    # Non-finite floats (`1e999` in a seed) have no JSON text to compare with.
    return [d for d in docs if _is_json(d)]


def _is_json(doc: Any) -> bool:
    try:
        json.dumps(doc, allow_nan=False)
    except ValueError:
        return False
    return True


def _mutate(node: Any, rng: random.Random, junk: list[Any]) -> None:
    """Replace, delete or add one value somewhere in `node` (a dict), or reorder its keys."""
    while True:
        if isinstance(node, dict) and node:
            key = rng.choice(list(node))
            child = node[key]
            if rng.random() < 0.3 or not isinstance(child, (dict, list)) or not child:
                action = rng.randrange(4)
                if action == 0:
                    node[key] = copy.deepcopy(rng.choice(junk))
                elif action == 1:
                    del node[key]
                elif action == 2:
                    node[rng.choice(["extra", "~", "a/b", key + "2"])] = copy.deepcopy(rng.choice(junk))
                else:
                    items = list(node.items())
                    rng.shuffle(items)
                    node.clear()
                    node.update(items)
                return
            node = child
        elif isinstance(node, list) and node:
            i = rng.randrange(len(node))
            if rng.random() < 0.3 or not isinstance(node[i], (dict, list)) or not node[i]:
                node[i] = copy.deepcopy(rng.choice(junk))
                return
            node = node[i]
        else:
            return


DOCS = _documents()


def test_there_are_many_documents() -> None:
    assert len(DOCS) > 900


def _full(report: Report) -> list[tuple[Any, ...]]:
    return [(i.code, i.severity, i.path, i.message, i.params) for i in report.issues]


@pytest.mark.parametrize(
    "options",
    [{}, {"as_of": AS_OF}, {"as_of": AS_OF, "redact_values": True}],
    ids=["defaults", "as_of", "redacted"],
)
def test_dict_report_equals_text_report(options: dict[str, Any]) -> None:
    for doc in DOCS:
        text = json.dumps(doc)
        from_dict = p2c.validate(doc, **options)
        from_text = p2c.validate(text, **options)
        assert from_dict.valid == from_text.valid, text
        assert _full(from_dict) == _full(from_text), text
        assert from_dict == from_text


def test_batch_dict_report_equals_text_report() -> None:
    docs = DOCS[:400]
    assert p2c.validate_batch(docs, as_of=AS_OF) == p2c.validate_batch(json.dumps(docs), as_of=AS_OF)


class _Key(str):
    """A key whose equality is identity: a dict can hold two of them with the same text."""

    def __hash__(self) -> int:
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


def test_dict_keys_of_a_str_subclass_may_repeat_and_the_last_counts() -> None:
    # Exact `str` keys are distinct, and their dict is read in its own order; these are not,
    # and their dict is read as JSON text with a repeated key would be by serde_json's `Value`
    # (the last entry wins), never as two fields.
    base = dict(DOCS[0])
    title = base.pop("title")
    for first, last, expect_valid in ((7, title, True), (title, 7, False)):
        doc = {**base, _Key("title"): first, "title": last}
        assert len(doc) == len(base) + 2
        report = p2c.validate(doc, as_of=AS_OF)
        assert report == p2c.validate({**base, "title": last}, as_of=AS_OF)
        assert report.valid is expect_valid


class _Str(str):
    pass


class _List(list):  # type: ignore[type-arg]
    pass


class _Dict(dict):  # type: ignore[type-arg]
    pass


class _Int(int):
    pass


def _nested(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = [value]
    return value


# Values the plain-types reader leaves to the general one, each put into the last field of a
# pledge (so that the plain reader has read most of it before it gives up), and the plain value
# the general reader reads it as.
UNUSUAL = [
    (decimal.Decimal("1250.50"), "1250.50"),
    (datetime.date(2023, 5, 21), "2023-05-21"),
    (_Str("a title"), "a title"),
    (_List(["access"]), ["access"]),
    (_Dict({"lead": {"name": "x"}}), {"lead": {"name": "x"}}),
    (_Int(5), 5),
    (True, True),
    (2**64 - 1, 2**64 - 1),
    (2**70, 2**70),
    (_nested(100), _nested(100)),
]


@pytest.mark.parametrize(("unusual", "plain"), UNUSUAL, ids=[type(u).__name__ for u, _ in UNUSUAL])
def test_values_the_plain_reader_leaves_are_read_by_the_general_one(unusual: Any, plain: Any) -> None:
    base = dict(DOCS[0])
    last = list(base)[-1]
    for doc, expected in (
        ({**base, last: unusual}, {**base, last: plain}),
        ({**base, "extra": {"deep": [unusual]}}, {**base, "extra": {"deep": [plain]}}),
    ):
        assert p2c.validate(doc, as_of=AS_OF) == p2c.validate(json.dumps(expected), as_of=AS_OF)
        assert p2c.validate_batch([doc], as_of=AS_OF) == p2c.validate_batch(
            json.dumps([expected]), as_of=AS_OF
        )


def test_a_string_that_cannot_be_encoded_is_a_parse_error_after_the_plain_reader_gives_up() -> None:
    doc = {**DOCS[0], "notes": "\ud800"}
    with pytest.raises(p2c.ParseError):
        p2c.validate(doc)
    # Nothing is left behind on the interpreter: the next call is as usual.
    assert p2c.validate(DOCS[0]) == p2c.validate(json.dumps(DOCS[0]))


def test_fast_report_equals_constructed_report() -> None:
    valid_seen = invalid_seen = 0
    for doc in DOCS:
        fast = p2c.validate(doc)
        assert type(fast) is Report and all(type(i) is Issue for i in fast.issues)
        # The same fields through the dataclass constructors.
        slow = Report(
            fast.valid,
            [Issue(i.code, i.severity, i.path, i.message, dict(i.params)) for i in fast.issues],
        )
        valid_seen += fast.valid and not fast.issues
        invalid_seen += not fast.valid
        assert fast == slow
        assert repr(fast) == repr(slow)
        assert dataclasses.asdict(fast) == dataclasses.asdict(slow)
        assert vars(fast) == vars(slow) and list(vars(fast)) == list(vars(slow))
        assert [vars(i) for i in fast.issues] == [vars(i) for i in slow.issues]
        assert [list(vars(i)) for i in fast.issues] == [list(vars(i)) for i in slow.issues]
        assert pickle.loads(pickle.dumps(fast)) == slow
        assert copy.deepcopy(fast) == slow
    assert valid_seen > 0 and invalid_seen > 0


def test_fast_report_is_frozen_and_not_shared() -> None:
    doc = next(d for d in DOCS if p2c.validate(d).valid and not p2c.validate(d).issues)
    first, second = p2c.validate(doc), p2c.validate(doc)
    assert first.valid and first.issues == [] and first == second
    assert first.issues is not second.issues  # each report owns its list
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.valid = False  # type: ignore[misc]
    bad = p2c.validate({"id": 1})
    assert not bad.valid and bad.issues
    with pytest.raises(dataclasses.FrozenInstanceError):
        bad.issues[0].code = "x"  # type: ignore[misc]


# The pointer of a value with no JSON equivalent, written by hand from RFC 6901 (`~` → `~0`,
# `/` → `~1`, list items by index), for nesting through dicts, lists and tuples.
POINTERS = [
    ({"id": {1}}, "/id"),
    ({"a": [0, 1, {"b/c": [{"~d": object()}]}]}, "/a/2/b~1c/0/~0d"),
    ({"a": ({"x": 1}, [None, float("nan")])}, "/a/1/1"),
    ({"a": {"b": {2: 3}}}, "/a/b"),
    ({"a": [{}, {"": 10**400}]}, "/a/1/"),
]


@pytest.mark.parametrize(("doc", "pointer"), POINTERS)
def test_parse_error_pointer(doc: dict[str, Any], pointer: str) -> None:
    with pytest.raises(p2c.ParseError) as info:
        p2c.validate(doc)
    assert info.value.code == "parse_error"
    assert info.value.pointer == pointer
