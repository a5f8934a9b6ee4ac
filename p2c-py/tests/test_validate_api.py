"""The rest of the validation API: ``batch=``, ``can_transition``, ``assess``, HTML display."""

from __future__ import annotations

import datetime
import json
import pathlib

import pytest

import p2c

SAMPLE = pathlib.Path(__file__).resolve().parents[2] / "examples" / "data" / "pledges.json"


def _sample() -> list[dict]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def test_batch_keyword_is_validate_batch() -> None:
    docs = _sample()
    as_of = datetime.date(2025, 1, 1)
    assert p2c.validate(docs, batch=True, as_of=as_of) == p2c.validate_batch(docs, as_of=as_of)
    with pytest.raises(TypeError):
        p2c.validate(docs)  # type: ignore[arg-type]


def test_validate_or_raise_batch_with_duplicate_ids() -> None:
    first = _sample()[0]
    with pytest.raises(p2c.ValidationError) as info:
        p2c.validate_or_raise([first, first], batch=True, as_of=datetime.date(2025, 1, 1))
    # The second copy repeats the first's id: a batch-level error at index 1.
    assert any(i.severity == "error" and i.path.startswith("/1") for i in info.value.issues)


# The review-state machine, written out by hand from the lifecycle rule's table
# (draft → submitted → under_review → published / rejected; withdrawal from any live state).
ALLOWED = {
    ("draft", "submitted"),
    ("draft", "withdrawn"),
    ("submitted", "draft"),
    ("submitted", "under_review"),
    ("submitted", "withdrawn"),
    ("under_review", "draft"),
    ("under_review", "published"),
    ("under_review", "rejected"),
    ("under_review", "withdrawn"),
    ("published", "under_review"),
    ("published", "withdrawn"),
    ("rejected", "draft"),
}
STATES = ["draft", "submitted", "under_review", "published", "rejected", "withdrawn"]


@pytest.mark.parametrize("old", STATES)
@pytest.mark.parametrize("new", STATES)
def test_can_transition(old: str, new: str) -> None:
    assert p2c.can_transition(old, new) == (old == new or (old, new) in ALLOWED)


def test_can_transition_unknown_state() -> None:
    with pytest.raises(p2c.P2cError) as info:
        p2c.can_transition("draft", "approved")
    assert info.value.code == "unknown_code"


def test_assess_sample_pledge() -> None:
    # Sample 1 (Orange, EUR 5.6 bn, lead only, one pillar in its focus area, an end date,
    # no targets/people/LDC country, not a policy pledge), read by hand from the file.
    pledge = p2c.parse_pledge(_sample()[0])
    a = p2c.assess(pledge)
    met = {c.criterion: c.met for c in a.criteria}
    assert met == {
        "addresses_focus_areas": True,
        "transformational_change": False,
        "mobilizes_resources": True,
        "multiple_entities": False,
        "measurable": True,
    }
    assert a.met_count == 3
    assert a.to_dict()["metCount"] == 3
    with pytest.raises(TypeError):
        p2c.assess(_sample()[0])  # type: ignore[arg-type]


def test_report_html_escapes_values() -> None:
    report = p2c.validate({"id": "<script>", "title": 5}, as_of=datetime.date(2025, 1, 1))
    html = report._repr_html_()
    assert "<script" not in html
    assert 'data-valid="false"' in html and "structure.wrong_type" in html
