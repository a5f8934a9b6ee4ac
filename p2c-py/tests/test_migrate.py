"""Migration from Python: every 1.0 document of the shared validation vectors
(``tests/vectors/validation/``, the set ``p2c-core/tests/version.rs`` migrates too) migrates to
1.1 changing ``formatVersion`` only, migrating again changes nothing, and the migrated document
validates as the original did (plus only the info issue 1.1 adds: no announcement date); then
the Python entry points: ``dict``, ``str``, ``bytes``, lists, errors.
"""

from __future__ import annotations

import decimal
import json
from typing import Any

import pytest

import p2c

from test_vectors import CASES, _kwargs

ONE_ZERO = [
    (name, case)
    for name, case in CASES
    if case.get("mode", "pledge") == "pledge"
    and isinstance(case.get("input"), dict)
    and case["input"].get("formatVersion") == "1.0"
]


def test_there_are_more_than_100_documents_to_migrate() -> None:
    assert len(ONE_ZERO) > 100


def _pairs(report: p2c.Report) -> set[tuple[str, str]]:
    return {(i.code, i.path) for i in report.issues}


@pytest.mark.parametrize(
    ("name", "case"), ONE_ZERO, ids=[f"{n}: {c['description']}" for n, c in ONE_ZERO]
)
def test_every_1_0_vector_migrates_losslessly_and_idempotently(
    name: str, case: dict[str, Any]
) -> None:
    text = json.dumps(case["input"], separators=(",", ":"), ensure_ascii=False)
    once = p2c.migrate(text)
    assert isinstance(once.document, str)
    assert json.loads(once.document) == {**case["input"], "formatVersion": "1.1"}
    assert [c["path"] for c in once.reports[0]["changes"]] == ["/formatVersion"]
    assert (once.reports[0]["from"], once.reports[0]["to"]) == ("1.0", "1.1")
    assert once.changed

    twice = p2c.migrate(once.document)
    assert twice.document == once.document
    assert not twice.changed
    assert twice.reports[0]["review"] == []

    before = p2c.validate(text, **_kwargs(case))
    if any(i.code == "structure.requires_version" for i in before.issues):
        return
    after = p2c.validate(once.document, **_kwargs(case))
    assert _pairs(before) - _pairs(after) == set()
    assert {c for c, _ in _pairs(after) - _pairs(before)} <= {"lifecycle.no_announcement_date"}
    assert after.valid == before.valid


def test_each_kind_comes_back_as_itself_and_the_argument_is_untouched() -> None:
    amount = decimal.Decimal("1000000.50")
    doc = {"formatVersion": "1.0", "id": "P1", "financialValue": {"amount": amount}}
    result = p2c.migrate(doc)
    assert result.document == {**doc, "formatVersion": "1.1"}
    assert result.document["financialValue"]["amount"] is amount
    assert doc["formatVersion"] == "1.0"
    as_bytes = p2c.migrate(b'{"formatVersion": "1.0", "id": "P1"}')
    assert isinstance(as_bytes.document, bytes)
    assert json.loads(as_bytes.document) == {"formatVersion": "1.1", "id": "P1"}
    # What 1.1 could say that the document does not: here, among others, the announcement date.
    assert "/announcedOn" in [h["path"] for h in as_bytes.reports[0]["review"]]


def test_a_list_migrates_each_pledge() -> None:
    docs = [{"formatVersion": "1.1", "id": "A"}, {"formatVersion": "1.0", "id": "B"}]
    result = p2c.migrate(docs)
    assert [d["formatVersion"] for d in result.document] == ["1.1", "1.1"]
    assert result.document[0] is docs[0]
    assert docs[1]["formatVersion"] == "1.0"
    assert [[c["path"] for c in r["changes"]] for r in result.reports] == [[], ["/1/formatVersion"]]


@pytest.mark.parametrize(
    ("document", "code"),
    [
        ("{", "parse_error"),
        ("7", "parse_error"),
        ([7], "parse_error"),
        (b"\xff", "parse_error"),
        ({"formatVersion": "2.0"}, "unsupported_version"),
        ({"id": "x"}, "unsupported_version"),
    ],
)
def test_errors_keep_their_codes(document: Any, code: str) -> None:
    with pytest.raises(p2c.P2cError) as info:
        p2c.migrate(document)
    assert info.value.code == code


def test_a_value_of_another_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        p2c.migrate(7)  # type: ignore[type-var]
