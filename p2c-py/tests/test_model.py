"""Typed, read-only access to every field of a pledge (issue 25, item 3).

Three kinds of check:

* the stubs (``p2c/_p2c.pyi``) against the JSON Schema files: every property of the pledge and
  of every object it holds is an attribute of the class of the same name (camelCase →
  snake_case), with the Python type the wire type maps to;
* the real sample pledges (``examples/data/pledges.json``): types and values, read off the
  file by hand, and every typed attribute equal to the wire form of ``to_dict()``;
* read-only-ness, partial dates, exact money and the private contact.
"""

from __future__ import annotations

import ast
import copy
import functools
import datetime
import json
import keyword
import pickle
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from test_properties import pledges as generated_pledges

import p2c

ROOT = Path(__file__).resolve().parents[2]
STUB = ROOT / "p2c-py" / "python" / "p2c" / "_p2c.pyi"
SCHEMAS = [ROOT / "schema" / "pledge.schema.json", ROOT / "schema" / "pledge-1.0.schema.json"]
SAMPLE = ROOT / "examples" / "data" / "pledges.json"


def snake(name: str) -> str:
    """The Python attribute for a wire key: snake_case, and a trailing ``_`` for a keyword."""
    s = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    return s + "_" if keyword.iskeyword(s) else s


@functools.cache
def stub_classes() -> dict[str, dict[str, str]]:
    """Each stub class's properties with their annotations as written."""
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    classes: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            props: dict[str, str] = {}
            for item in node.body:
                if (
                    isinstance(item, ast.FunctionDef)
                    and any(isinstance(d, ast.Name) and d.id == "property" for d in item.decorator_list)
                    and item.returns is not None
                ):
                    props[item.name] = ast.unparse(item.returns)
            classes[node.name] = props
    return classes


def _refs(prop: dict[str, Any]) -> list[str]:
    """The `$defs` names a property refers to, directly, through anyOf, or as array items."""
    out = []
    for p in [prop, prop.get("items", {}), *prop.get("anyOf", [])]:
        ref = p.get("$ref")
        if ref:
            out.append(ref.rsplit("/", 1)[-1])
    return out


def _expected_python_types(schema: dict[str, Any], prop: dict[str, Any]) -> tuple[str, ...]:
    """The Python types a property's annotation may name, for the wire types that are not
    plain JSON (objects, decimals, dates); empty when any JSON-like type will do."""
    defs = schema["$defs"]
    for name in _refs(prop):
        if name == "DecimalString":
            return ("decimal.Decimal",)
        if name == "PartialDate":
            return ("PartialDate",)
        if "properties" in defs.get(name, {}):
            return (name,)
    fmt = prop.get("format")
    if fmt == "date":
        # Format 1.0's full value date is format 1.1's partial date, known to the day.
        return ("datetime.date", "PartialDate")
    if fmt == "date-time":
        return ("datetime.datetime",)
    return ()


def missing_fields(schema: dict[str, Any], classes: dict[str, dict[str, str]]) -> list[str]:
    """Every schema property with no attribute (or the wrong type) in the stubs, as
    ``Class.attribute (wireName): why``; walks from the document root through every object."""
    problems: list[str] = []
    seen: set[str] = set()
    todo: list[tuple[str, dict[str, Any]]] = [("Pledge", schema)]
    while todo:
        cls, node = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        if cls not in classes:
            problems.append(f"{cls}: no stub class for the schema's `{cls}`")
            continue
        props = classes[cls]
        for wire, prop in sorted(node.get("properties", {}).items()):
            attr = snake(wire)
            if attr not in props:
                problems.append(f"{cls}.{attr} ({wire}): missing")
                continue
            want = _expected_python_types(schema, prop)
            if want and not any(re.search(rf"\b{re.escape(w)}\b", props[attr]) for w in want):
                expected = " or ".join(want)
                problems.append(f"{cls}.{attr} ({wire}): annotated `{props[attr]}`, expected {expected}")
            for ref in _refs(prop):
                target = schema["$defs"].get(ref, {})
                if "properties" in target:
                    todo.append((ref, target))
    return problems


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_every_schema_field_is_a_typed_stub_attribute(path: Path) -> None:
    schema = json.loads(path.read_text(encoding="utf-8"))
    problems = missing_fields(schema, stub_classes())
    assert not problems, "fields of the schema missing from the stubs:\n" + "\n".join(problems)


def test_the_schema_check_reports_every_missing_field() -> None:
    # The check itself can fail: two new fields, one nested, and a wrongly typed one.
    schema = json.loads(SCHEMAS[0].read_text(encoding="utf-8"))
    schema["properties"]["fundingSource"] = {"type": "string"}
    schema["$defs"]["Period"]["properties"]["extendedTo"] = {"$ref": "#/$defs/PartialDate"}
    schema["$defs"]["Share"]["properties"]["area"] = {"$ref": "#/$defs/DecimalString"}
    assert sorted(missing_fields(schema, stub_classes())) == [
        "Period.extended_to (extendedTo): missing",
        "Pledge.funding_source (fundingSource): missing",
        "Share.area (area): annotated `str`, expected decimal.Decimal",
    ]


def test_every_stub_class_and_attribute_exists_at_run_time() -> None:
    for cls, props in stub_classes().items():
        runtime = getattr(p2c._p2c, cls)
        for attr in props:
            assert hasattr(runtime, attr), f"{cls}.{attr}"
        if not cls.startswith("_"):
            assert getattr(p2c, cls) is runtime, cls


# --- the real sample pledges -------------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> dict[str, p2c.Pledge]:
    return {p.id: p for p in p2c.load(SAMPLE)}


def camel(attr: str) -> str:
    """The wire key of an attribute (the inverse of :func:`snake`)."""
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), attr.rstrip("_"))


def wire(value: Any) -> Any:
    """A typed value back in the wire form: camelCase keys, decimal and date strings. A record
    is read through every property its stub declares."""
    if isinstance(value, p2c.PartialDate):
        return str(value)
    if type(value).__module__ == "p2c":
        return {camel(a): wire(getattr(value, a)) for a in stub_classes()[type(value).__name__]}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return [wire(v) for v in value]
    return value


def typed_dict(pledge: p2c.Pledge) -> dict[str, Any]:
    """Every stubbed attribute of the pledge, in the wire form."""
    return {camel(a): wire(getattr(pledge, a)) for a in stub_classes()["Pledge"]}


def prune(value: Any) -> Any:
    """Drop what the wire form leaves out (None, False, empty lists and objects)."""
    if isinstance(value, dict):
        pruned = {k: prune(v) for k, v in value.items()}
        return {k: v for k, v in pruned.items() if v not in (None, False, [], {})}
    if isinstance(value, list):
        return [prune(v) for v in value]
    return value


def as_wire_dict(pledge: p2c.Pledge) -> dict[str, Any]:
    d = pledge.to_dict()
    for key in ("submittedAt", "validatedAt"):
        if key in d:
            d[key] = datetime.datetime.fromisoformat(d[key].replace("Z", "+00:00"))
    pruned: dict[str, Any] = prune(d)
    return pruned


def test_every_sample_pledge_reads_back_its_wire_form(sample: dict[str, p2c.Pledge]) -> None:
    assert len(sample) == 40
    for pledge in sample.values():
        assert prune(typed_dict(pledge)) == as_wire_dict(pledge), pledge.id


@given(generated_pledges())
def test_generated_pledges_read_back_their_wire_form(doc: dict[str, Any]) -> None:
    pledge = p2c.parse_pledge(doc)
    assert prune(typed_dict(pledge)) == as_wire_dict(pledge)


def test_amounts_are_decimals_and_dates_keep_their_precision(sample: dict[str, p2c.Pledge]) -> None:
    orange = sample["P2C-SAMPLE-001"]
    fv = orange.financial_value
    assert fv is not None
    assert type(fv.amount) is Decimal and fv.amount == Decimal("5600000000")
    assert fv.currency == "EUR"
    assert (fv.value_date.precision, str(fv.value_date), fv.value_date.month) == ("month", "2024-07", 7)
    assert fv.basis is None and fv.years is None and fv.max_amount is None
    assert fv.components == [] and fv.stated_equivalent is None
    period = orange.period
    assert period is not None and period.start is not None and period.end is not None
    start = period.start
    assert (start.year, start.month, start.day, start.precision) == (2021, None, None, "year")
    assert str(start) == "2021" and repr(start) == "PartialDate('2021')"
    assert start.first_day() == datetime.date(2021, 1, 1)
    assert period.end.last_day() == datetime.date(2025, 12, 31)
    assert start < period.end
    with pytest.raises(ValueError):
        start.to_date()
    assert orange.announced_on is None


def test_announcements_events_and_sdgs(sample: dict[str, p2c.Pledge]) -> None:
    unicom = sample["P2C-SAMPLE-007"]
    assert unicom.announced_on is not None
    assert unicom.announced_on.precision == "day"
    assert unicom.announced_on.to_date() == datetime.date(2025, 7, 7)
    assert unicom.events == ["WSIS-2025"]
    assert sample["P2C-SAMPLE-033"].events == ["WSIS-2024", "AI-PLEDGE-DRIVE-2024"]
    ghana = sample["P2C-SAMPLE-016"]
    assert ghana.announced_on == p2c.PartialDate("2022")
    fv = ghana.financial_value
    assert fv is not None and fv.value_date.precision == "year"
    sdgs = sample["P2C-SAMPLE-036"].sdgs
    assert len(sdgs) == 1 and isinstance(sdgs[0], p2c.SdgRef)
    assert (sdgs[0].goal, sdgs[0].targets) == (17, [])
    assert sample["P2C-SAMPLE-001"].sdgs == []


def test_amount_qualifiers(sample: dict[str, p2c.Pledge]) -> None:
    mtn = sample["P2C-SAMPLE-037"].financial_value
    assert mtn is not None
    assert (mtn.amount, mtn.approximate, mtn.basis, mtn.years) == (Decimal("2000000000"), True, "per_year", 5)
    zte = sample["P2C-SAMPLE-024"].financial_value
    assert zte is not None and (zte.basis, zte.years) == ("per_year", None)
    floor = sample["P2C-SAMPLE-002"].financial_value
    assert floor is not None and floor.is_floor and not floor.is_ceiling
    airtime = sample["P2C-SAMPLE-020"].financial_value
    assert airtime is not None and airtime.in_kind
    canada = sample["P2C-SAMPLE-033"].financial_value
    assert canada is not None and canada.currency == "CAD"
    eq = canada.stated_equivalent
    assert isinstance(eq, p2c.MoneyAmount)
    assert (type(eq.amount), eq.amount, eq.currency) == (Decimal, Decimal("1460000000"), "USD")
    package = sample["P2C-SAMPLE-025"].financial_value
    assert package is not None and package.is_floor
    (component,) = package.components
    assert isinstance(component, p2c.Component)
    assert (type(component.amount), component.amount, component.in_kind) == (Decimal, Decimal("25000000"), False)
    assert sample["P2C-SAMPLE-004"].financial_value is None


def test_places_roles_and_unknowns(sample: dict[str, p2c.Pledge]) -> None:
    impl = sample["P2C-SAMPLE-024"].implementation
    assert isinstance(impl, p2c.Implementation)
    assert impl.country_groups == ["ldc", "lldc", "sids"]
    assert sample["P2C-SAMPLE-004"].implementation.country_groups == ["ldc", "lldc"]
    assert sample["P2C-SAMPLE-003"].implementation.global_ is False
    joint = sample["P2C-SAMPLE-004"].pledgers
    assert isinstance(joint.lead, p2c.Entity) and len(joint.partners) == 3
    itu = sample["P2C-SAMPLE-039"]
    assert itu.pledgers.lead.roles == ["coordinator"]
    assert [p.roles for p in itu.pledgers.partners] == [["coordinator"]]
    # `unknown` is the core's code where the source says nothing, never a guessed value.
    assert itu.focus_areas == ["unknown"]
    assert itu.pledgers.lead.headquarters == "international"
    assert sample["P2C-SAMPLE-001"].pledgers.lead.stakeholder_type == "private_sector"
    assert sample["P2C-SAMPLE-001"].pledgers.lead.headquarters == "FRA"


def test_beneficiaries_and_relations(sample: dict[str, p2c.Pledge]) -> None:
    convergence = sample["P2C-SAMPLE-002"].beneficiaries
    assert convergence is not None
    assert (convergence.people_reached, convergence.people_reached_is_floor) == (1_000_000_000, True)
    assert convergence.groups == [] and convergence.target_year is None
    sa = sample["P2C-SAMPLE-010"].beneficiaries
    assert sa is not None and sa.people_reached is None
    assert sa.groups == ["households", "public_institutions"]
    (count,) = sa.counts
    assert isinstance(count, p2c.BeneficiaryCount)
    assert (count.count, count.unit, count.is_floor) == (5_800_000, "households", True)
    bbva = sample["P2C-SAMPLE-005"].beneficiaries
    assert bbva is not None and (bbva.people_reached, bbva.target_year) == (14_000_000, 2025)
    (rel,) = sample["P2C-SAMPLE-033"].relations
    assert isinstance(rel, p2c.Relation)
    assert (rel.type, rel.pledge) == ("same_announcement", "P2C-SAMPLE-034")
    assert sample["P2C-SAMPLE-001"].beneficiaries is None


def test_sample_types_throughout(sample: dict[str, p2c.Pledge]) -> None:
    for p in sample.values():
        assert p.format_version == "1.1"
        fv = p.financial_value
        if fv is not None:
            assert type(fv.amount) is Decimal
            assert isinstance(fv.value_date, p2c.PartialDate)
        period = [p.period.start, p.period.end] if p.period else []
        for date in [p.announced_on, *period]:
            assert date is None or isinstance(date, p2c.PartialDate)
        for e in [p.pledgers.lead, *p.pledgers.partners]:
            assert all(isinstance(r, str) for r in e.roles)
        assert all(isinstance(link, p2c.Link) and link.url.startswith("http") for link in p.links)


# --- every field, read-only-ness, partial dates, the contact ------------------------------

FULL: dict[str, Any] = {
    "formatVersion": "1.1",
    "id": "P2C-FULL-1",
    "title": "Every field",
    "description": "A pledge that uses every field of format 1.1",
    "links": [{"url": "https://example.org/a", "title": "Announcement"}, {"url": "https://example.org/b"}],
    "notes": "made up for a test",
    "submittedAt": "2024-05-01T10:00:00Z",
    "validatedAt": "2024-05-03T12:30:00Z",
    "announcedOn": "2024-05",
    "events": ["WSIS-2024"],
    "pledgers": {
        "lead": {
            "id": "ORG-1",
            "name": "Ministry",
            "stakeholderType": "government",
            "subtype": "national_government",
            "headquarters": "KEN",
            "roles": ["funder", "coordinator"],
        },
        "partners": [{"name": "Telco", "stakeholderType": "unknown", "headquarters": "international"}],
    },
    "pledgeTypes": ["financial", "programmatic"],
    "focusAreas": ["access"],
    "pillars": ["infrastructure"],
    "sdgs": [{"goal": 9, "targets": ["9.1", "9.c"]}, {"goal": 4}],
    "financialValue": {
        "amount": "12345678901234567890.123456789",
        "maxAmount": "20000000000000000000",
        "currency": "KES",
        "valueDate": "2024-05-02",
        "isCeiling": True,
        "approximate": True,
        "basis": "per_year",
        "years": 3,
        "inKind": True,
        "statedEquivalent": {"amount": "0.10", "currency": "USD"},
        "explicitRate": {"to": "USD", "rate": "0.0077", "date": "2024-05-02", "source": "annual report"},
        "components": [{"name": "Devices", "amount": "1.50", "inKind": True}],
    },
    "implementation": {
        "global": False,
        "regions": ["AFR", "ARB"],
        "primaryRegion": "AFR",
        "countries": ["KEN", "EGY"],
        "countryGroups": ["ldc"],
        "unspecifiedCountriesIn": ["ARB"],
        "shares": [{"area": "KEN", "percent": "62.5"}, {"area": "EGY", "percent": "37.5"}],
    },
    "period": {"start": "2024-05-02", "end": "2026"},
    "beneficiaries": {
        "groups": ["women_and_girls"],
        "peopleReached": 5000000,
        "peopleReachedIsFloor": True,
        "targetYear": 2026,
        "counts": [{"count": 120, "unit": "schools"}],
    },
    "targets": ["ACCESS-01"],
    "contact": {"name": "A. Person", "email": "a.person@example.org"},
    "reviewState": "published",
    "implementationStatus": "in_progress",
    "progressReports": [
        {
            "date": "2025-01-15",
            "status": "in_progress",
            "narrative": "first towers",
            "amountDelivered": {"amount": "1000.25", "currency": "KES"},
            "peopleReached": 1000,
            "challenges": ["financial"],
            "solutions": ["funding"],
            "targets": ["ACCESS-01"],
        }
    ],
    "relations": [{"type": "supersedes", "pledge": "P2C-OLD-1"}],
}


@pytest.fixture(scope="module")
def full() -> p2c.Pledge:
    return p2c.parse_pledge(FULL)


def test_every_field_of_a_full_document_reads_back(full: p2c.Pledge) -> None:
    assert prune(typed_dict(full)) == as_wire_dict(full)
    # Every property of the document is set, so none of the attributes read back as empty.
    assert set(prune(typed_dict(full))) == set(FULL)


def test_full_document_values(full: p2c.Pledge) -> None:
    fv = full.financial_value
    assert fv is not None
    # Exact to the last digit: never through float.
    assert fv.amount == Decimal("12345678901234567890.123456789")
    assert str(fv.amount) == "12345678901234567890.123456789"
    assert fv.max_amount == Decimal("20000000000000000000")
    assert fv.value_date.to_date() == datetime.date(2024, 5, 2)
    rate = fv.explicit_rate
    assert rate is not None and (rate.to, rate.rate, rate.date, rate.source) == (
        "USD",
        Decimal("0.0077"),
        datetime.date(2024, 5, 2),
        "annual report",
    )
    assert fv.stated_equivalent == p2c.parse_pledge(FULL).financial_value.stated_equivalent  # type: ignore[union-attr]
    assert str(fv.components[0].amount) == "1.50"
    assert full.submitted_at == datetime.datetime(2024, 5, 1, 10, tzinfo=datetime.timezone.utc)
    assert full.implementation.shares[0].percent == Decimal("62.5")
    assert full.implementation.unspecified_countries_in == ["ARB"]
    assert full.pledgers.lead.subtype == "national_government"
    assert full.pledgers.partners[0].stakeholder_type == "unknown"
    (report,) = full.progress_reports
    assert report.date == datetime.date(2025, 1, 15)
    assert report.amount_delivered is not None and report.amount_delivered.amount == Decimal("1000.25")
    assert (report.challenges, report.solutions, report.targets) == (["financial"], ["funding"], ["ACCESS-01"])
    assert full.sdgs[0].targets == ["9.1", "9.c"] and full.sdgs[1].targets == []
    assert full.implementation_status == "in_progress"
    assert [link.title for link in full.links] == ["Announcement", None]


def test_attributes_are_read_only(full: p2c.Pledge) -> None:
    fv = full.financial_value
    assert fv is not None
    targets: list[tuple[object, str]] = [
        (full, "id"),
        (full, "financial_value"),
        (fv, "amount"),
        (fv.value_date, "year"),
        (full.pledgers.lead, "name"),
        (full.implementation, "global_"),
        (full.beneficiaries, "counts"),
    ]
    for obj, attr in targets:
        with pytest.raises(AttributeError):
            setattr(obj, attr, None)
    for obj in (full, fv, fv.value_date):  # each a frozen class without __dict__
        with pytest.raises(AttributeError):
            setattr(obj, "new_attribute", 1)
    # A list handed out is a copy: changing it leaves the pledge as it was.
    fv.components.clear()
    full.pledgers.partners.append(full.pledgers.lead)
    full.focus_areas.append("adoption")
    assert len(full.financial_value.components) == 1  # type: ignore[union-attr]
    assert len(full.pledgers.partners) == 1
    assert full.focus_areas == ["access"]


def test_records_compare_copy_and_repr(full: p2c.Pledge) -> None:
    fv = full.financial_value
    assert fv is not None
    assert fv == full.financial_value and fv is not full.financial_value
    assert hash(fv) == hash(full.financial_value)
    assert len({*full.pledgers.partners, *full.pledgers.partners, full.pledgers.lead}) == 2
    assert copy.copy(fv) is fv and copy.deepcopy(fv) is fv
    assert repr(fv.stated_equivalent) == "MoneyAmount(amount=Decimal('0.10'), currency='USD')"
    assert repr(full.relations[0]) == "Relation(type='supersedes', pledge='P2C-OLD-1')"
    assert "global_=False" in repr(full.implementation)


def test_partial_dates() -> None:
    y, m, d = p2c.PartialDate("2021"), p2c.PartialDate("2021-06"), p2c.PartialDate("2021-06-07")
    assert sorted([d, m, y, p2c.PartialDate("2020-12-31")]) == [p2c.PartialDate("2020-12-31"), y, m, d]
    assert y != p2c.PartialDate("2021-01-01") and y == p2c.PartialDate("2021")
    assert len({y, p2c.PartialDate("2021"), m}) == 2
    assert (m.year, m.month, m.day, m.precision) == (2021, 6, None, "month")
    assert m.last_day() == datetime.date(2021, 6, 30)
    assert (d.day, d.to_date()) == (7, datetime.date(2021, 6, 7))
    assert pickle.loads(pickle.dumps(m)) == m
    with pytest.raises(ValueError):
        m.to_date()
    for bad in ["21", "2021-13", "2021-02-30", "2021/06", ""]:
        with pytest.raises(ValueError):
            p2c.PartialDate(bad)
    assert (y == "2021") is False
    with pytest.raises(TypeError):
        _ = y < "2022"  # type: ignore[operator]


def test_contact_is_private(full: p2c.Pledge) -> None:
    contact = full.contact
    assert isinstance(contact, p2c.Contact)
    assert (contact.name, contact.email) == ("A. Person", "a.person@example.org")
    public = full.public_view()
    assert public.contact is None
    assert "contact" not in public.to_dict()
    for text in (repr(full), full._repr_html_(), repr(public), public.to_json()):
        assert "a.person@example.org" not in text


def test_format_1_0_documents_read_the_same_way() -> None:
    doc = {
        "formatVersion": "1.0",
        "id": "P2C-KEN-0001",
        "title": "A Digitally Transformed Nation",
        "pledgers": {"lead": {"name": "Government of Kenya", "stakeholderType": "government", "headquarters": "KEN"}},
        "pledgeTypes": ["financial"],
        "focusAreas": ["access"],
        "financialValue": {"amount": "258800000", "currency": "USD", "valueDate": "2022-06-07", "isFloor": True},
        "reviewState": "published",
    }
    pledge = p2c.parse_pledge(doc)
    assert pledge.format_version == "1.0"
    fv = pledge.financial_value
    assert fv is not None and fv.value_date.to_date() == datetime.date(2022, 6, 7) and fv.is_floor
    assert pledge.implementation.countries == [] and pledge.period is None and pledge.events == []
    assert prune(typed_dict(pledge)) == as_wire_dict(pledge)
