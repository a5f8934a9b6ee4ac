"""The thin slice of the Python binding: parse_pledge, json_schema, the exception classes.

Expected values are read off the inline documents below by hand.
"""

from __future__ import annotations

import copy
import decimal
import json
import pickle
from typing import Any

import pytest

import p2c

# A small pledge modelled on the Government of Kenya's (DOMAIN.md): USD 258.8 million.
KENYA: dict[str, Any] = {
    "formatVersion": "1.0",
    "id": "P2C-KEN-0001",
    "title": "A Digitally Transformed Nation",
    "pledgers": {
        "lead": {
            "name": "Government of Kenya",
            "stakeholderType": "government",
            "headquarters": "KEN",
        },
        "partners": [
            {"name": "Example Telecom", "stakeholderType": "private_sector", "headquarters": "KEN"}
        ],
    },
    "pledgeTypes": ["financial", "programmatic"],
    "focusAreas": ["access", "adoption"],
    "pillars": ["infrastructure", "skills"],
    "financialValue": {"amount": "258800000", "currency": "USD", "valueDate": "2022-06-07"},
    "implementation": {"countries": ["KEN"]},
    "reviewState": "published",
}


def kenya(**changes: Any) -> dict[str, Any]:
    doc = copy.deepcopy(KENYA)
    doc.update(changes)
    return doc


def test_parse_dict_gives_attribute_access() -> None:
    pledge = p2c.parse_pledge(KENYA)
    assert isinstance(pledge, p2c.Pledge)
    assert pledge.id == "P2C-KEN-0001"
    assert pledge.title == "A Digitally Transformed Nation"
    assert pledge.description is None
    assert pledge.pledge_types == ["financial", "programmatic"]
    assert pledge.focus_areas == ["access", "adoption"]
    assert pledge.pillars == ["infrastructure", "skills"]
    assert pledge.review_state == "published"


def test_str_bytes_and_dict_give_the_same_pledge() -> None:
    text = json.dumps(KENYA)
    from_dict = p2c.parse_pledge(KENYA)
    assert p2c.parse_pledge(text) == from_dict
    assert p2c.parse_pledge(text.encode()) == from_dict


def test_to_dict_and_to_json_round_trip() -> None:
    pledge = p2c.parse_pledge(KENYA)
    as_dict = pledge.to_dict()
    # The wire form keeps the amount as an exact decimal string.
    assert as_dict["financialValue"]["amount"] == "258800000"
    assert as_dict["pledgers"]["partners"][0]["name"] == "Example Telecom"
    assert json.loads(pledge.to_json()) == as_dict
    assert p2c.parse_pledge(as_dict) == pledge


def test_pledge_pickles() -> None:
    pledge = p2c.parse_pledge(KENYA)
    assert pickle.loads(pickle.dumps(pledge)) == pledge


def test_integer_and_decimal_amounts_are_exact() -> None:
    fv = dict(KENYA["financialValue"])
    fv["amount"] = 258_800_000
    assert p2c.parse_pledge(kenya(financialValue=fv)).to_dict()["financialValue"]["amount"] == (
        "258800000"
    )
    # 2.588E+8 written in plain notation is 258800000.
    fv["amount"] = decimal.Decimal("2.588E+8")
    assert p2c.parse_pledge(kenya(financialValue=fv)).to_dict()["financialValue"]["amount"] == (
        "258800000"
    )


def test_float_amount_is_refused() -> None:
    fv = dict(KENYA["financialValue"])
    fv["amount"] = 258.8e6
    with pytest.raises(p2c.ParseError) as info:
        p2c.parse_pledge(kenya(financialValue=fv))
    assert info.value.code == "parse_error"
    assert info.value.pointer == "/financialValue/amount"


def test_wrong_type_deep_inside_names_the_pointer() -> None:
    doc = kenya()
    doc["pledgers"]["partners"][0]["stakeholderType"] = 7
    with pytest.raises(p2c.ParseError) as info:
        p2c.parse_pledge(doc)
    err = info.value
    assert isinstance(err, p2c.P2cError)
    assert isinstance(err, ValueError)
    assert err.code == "parse_error"
    assert err.pointer == "/pledgers/partners/0/stakeholderType"
    # A dict has no text positions.
    assert err.line is None and err.column is None


def test_text_errors_have_line_and_column() -> None:
    text = '{\n  "formatVersion": "1.0",\n  "id": 7\n}'
    with pytest.raises(p2c.ParseError) as info:
        p2c.parse_pledge(text)
    # `7` is on line 3; serde_json reports the column just past the offending token.
    assert info.value.pointer == "/id"
    assert info.value.line == 3
    assert info.value.column is not None


@pytest.mark.parametrize("bad", ["{", "", "[1, 2]", b"\xff\xfe", "{} trailing"])
def test_malformed_input_is_a_parse_error(bad: str | bytes) -> None:
    with pytest.raises(p2c.ParseError) as info:
        p2c.parse_pledge(bad)
    assert info.value.code == "parse_error"


def test_non_string_key_and_unsupported_value_name_their_place() -> None:
    doc = kenya()
    doc["implementation"] = {1: ["KEN"]}
    with pytest.raises(p2c.ParseError) as info:
        p2c.parse_pledge(doc)
    assert info.value.pointer == "/implementation"
    doc = kenya(title=object())
    with pytest.raises(p2c.ParseError) as info:
        p2c.parse_pledge(doc)
    assert info.value.pointer == "/title"


def test_self_containing_dict_hits_the_depth_limit() -> None:
    doc = kenya()
    doc["notes"] = doc
    with pytest.raises(p2c.P2cError) as info:
        p2c.parse_pledge(doc)
    assert info.value.code == "limit_exceeded"


def test_wrong_argument_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        p2c.parse_pledge(42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "err",
    [
        p2c.P2cError("unknown focus area `x`", "unknown_code"),
        p2c.ParseError("cannot parse pledge", "parse_error", "/a~1b/0", 3, 14),
        p2c.ParseError("cannot parse pledge", "parse_error", "", None, None),
    ],
)
def test_exceptions_pickle(err: p2c.P2cError) -> None:
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err)
    assert str(back) == str(err)
    assert back.code == err.code
    for attr in ("pointer", "line", "column"):
        assert getattr(back, attr, None) == getattr(err, attr, None)


def test_raised_exception_pickles() -> None:
    with pytest.raises(p2c.ParseError) as info:
        p2c.parse_pledge('{"formatVersion": "2.0"}')
    back = pickle.loads(pickle.dumps(info.value))
    assert (back.code, back.pointer) == ("parse_error", "/formatVersion")


def test_json_schema_describes_the_pledge() -> None:
    schema = p2c.json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "Partner2Connect pledge"
    for key in ("id", "title", "pledgeTypes", "focusAreas", "reviewState"):
        assert key in schema["properties"]
        assert key in schema["required"]


def test_a_panic_becomes_internal_error() -> None:
    with pytest.raises(p2c.P2cError) as info:
        p2c._p2c._panic_for_tests()
    assert info.value.code == "internal_error"
