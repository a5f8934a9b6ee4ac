"""Type stubs for the native extension ``p2c._p2c`` (checked by ``mypy.stubtest``)."""

import datetime
import decimal
import os
from collections.abc import Mapping
from typing import Any, final

from ._report import Report

__all__ = [
    "Beneficiaries",
    "BeneficiaryCount",
    "Component",
    "Contact",
    "Entity",
    "ExplicitRate",
    "FinancialValue",
    "Implementation",
    "Link",
    "MoneyAmount",
    "PartialDate",
    "Period",
    "Pledge",
    "Pledgers",
    "ProgressReport",
    "Relation",
    "SdgRef",
    "Share",
    "RateTable",
    "_compare",
    "_annual_report",
    "_convert",
    "_country_profile",
    "_summarize",
    "_SummaryCore",
    "_ProfileCore",
    "_lang",
    "_report_html",
    "_Table",
    "_tables",
    "_load_tables",
    "_summarize_input",
    "_related_ids",
    "_partial_summary",
    "_merge_partials",
    "__version__",
    "_assess",
    "_migrate",
    "_SheetImport",
    "_read_sheet_paths",
    "_read_sheet_bytes",
    "_template",
    "_write_sheets",
    "_tables_xlsx",
    "_write_parquet",
    "_panic_for_tests",
    "_cli",
    "validate",
    "validate_batch",
    "validate_update",
    "can_transition",
    "codelists",
    "issue_codes",
    "json_schema",
    "load",
    "parse_pledge",
    "parse_pledges",
]

__version__: str

@final
class Pledge:
    """A parsed Partner2Connect pledge (immutable)."""

    @property
    def id(self) -> str:
        """The pledge's stable identifier."""
    @property
    def title(self) -> str:
        """A short title for the pledge."""
    @property
    def description(self) -> str | None:
        """What the pledge commits to, in the pledger's words."""
    @property
    def pledge_types(self) -> list[str]:
        """Pledge type codes (``"financial"``, ``"policy"``, …)."""
    @property
    def focus_areas(self) -> list[str]:
        """Action Framework focus area codes (``"access"``, …)."""
    @property
    def pillars(self) -> list[str]:
        """Action Framework pillar codes (``"infrastructure"``, …)."""
    @property
    def review_state(self) -> str:
        """Review state code (``"published"``, …)."""
    @property
    def format_version(self) -> str:
        """The format version the document follows (``"1.0"``, ``"1.1"``)."""
    @property
    def links(self) -> list[Link]:
        """Web pages about the pledge."""
    @property
    def notes(self) -> str | None:
        """Notes by the Secretariat or the data's compiler, or ``None``."""
    @property
    def submitted_at(self) -> datetime.datetime | None:
        """When the pledger submitted the pledge (UTC ``datetime``), or ``None``."""
    @property
    def validated_at(self) -> datetime.datetime | None:
        """When the Secretariat validated the pledge (UTC ``datetime``), or ``None``."""
    @property
    def announced_on(self) -> PartialDate | None:
        """When the pledge was announced, as precisely as the source says, or ``None``."""
    @property
    def events(self) -> list[str]:
        """P2C event and campaign codes (``"MWC-2024"``, …)."""
    @property
    def pledgers(self) -> Pledgers:
        """The lead entity and any partners making the pledge."""
    @property
    def sdgs(self) -> list[SdgRef]:
        """The Sustainable Development Goals the pledge serves."""
    @property
    def financial_value(self) -> FinancialValue | None:
        """The announced monetary value, or ``None``."""
    @property
    def implementation(self) -> Implementation:
        """Where the pledge is implemented."""
    @property
    def period(self) -> Period | None:
        """When the pledge is carried out, or ``None``."""
    @property
    def beneficiaries(self) -> Beneficiaries | None:
        """Who the pledge is meant to benefit, or ``None``."""
    @property
    def targets(self) -> list[str]:
        """P2C Target codes (``"ACCESS-01"``, …)."""
    @property
    def contact(self) -> Contact | None:
        """The private contact, or ``None``; always ``None`` on :meth:`public_view`."""
    @property
    def implementation_status(self) -> str | None:
        """Implementation status code (``"in_progress"``, …), or ``None``."""
    @property
    def progress_reports(self) -> list[ProgressReport]:
        """The pledger's progress reports, oldest first."""
    @property
    def relations(self) -> list[Relation]:
        """Links to other pledges."""
    def to_dict(self) -> dict[str, Any]:
        """The whole document as JSON-ready data (camelCase keys, amounts as decimal strings).

        Includes the private contact; use :meth:`public_view` for anything published."""
    def to_json(self) -> str:
        """The whole document as compact JSON text (includes the private contact)."""
    def public_view(self) -> Pledge:
        """The pledge without private data (the contact), fit for public output."""
    def _repr_html_(self) -> str:
        """A small HTML card for notebooks (never shows the contact)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, ...]: ...

@final
class PartialDate:
    """A date known to the year, the month or the day (``2022``, ``2022-06``, ``2022-06-07``)."""

    def __new__(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raises ``ValueError`` for other text."""
    @property
    def year(self) -> int:
        """The year."""
    @property
    def month(self) -> int | None:
        """The month (1–12), or ``None`` for a date known to the year only."""
    @property
    def day(self) -> int | None:
        """The day of the month, or ``None`` for a date known to the year or month only."""
    @property
    def precision(self) -> str:
        """How precisely the date is known: ``"year"``, ``"month"`` or ``"day"``."""
    def to_date(self) -> datetime.date:
        """The date, for a date known to the day; raises ``ValueError`` for a year or a month
        (use :meth:`first_day` or :meth:`last_day` to choose a day explicitly)."""
    def first_day(self) -> datetime.date:
        """The first day the date can stand for (``2022`` → 2022-01-01)."""
    def last_day(self) -> datetime.date:
        """The last day the date can stand for (``2024-02`` → 2024-02-29)."""
    def __lt__(self, other: PartialDate, /) -> bool: ...
    def __le__(self, other: PartialDate, /) -> bool: ...
    def __gt__(self, other: PartialDate, /) -> bool: ...
    def __ge__(self, other: PartialDate, /) -> bool: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[Any, ...]: ...

@final
class MoneyAmount:
    """An exact amount of one currency."""

    @property
    def amount(self) -> decimal.Decimal:
        """The amount in units of the currency."""
    @property
    def currency(self) -> str:
        """The ISO 4217 code of the currency."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> MoneyAmount: ...
    def __deepcopy__(self, memo: Any, /) -> MoneyAmount: ...

@final
class Component:
    """A component of a package whose amount is public (format 1.1)."""

    @property
    def name(self) -> str:
        """What the component is."""
    @property
    def amount(self) -> decimal.Decimal:
        """The component's amount in the pledge's currency."""
    @property
    def in_kind(self) -> bool:
        """True when the component is given in kind."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Component: ...
    def __deepcopy__(self, memo: Any, /) -> Component: ...

@final
class ExplicitRate:
    """An exchange rate stated on the pledge: ``rate`` units of ``to`` for one unit of the
    pledge's currency."""

    @property
    def to(self) -> str:
        """The currency the rate converts into."""
    @property
    def rate(self) -> decimal.Decimal:
        """Units of the target currency for one unit of the pledge's currency."""
    @property
    def date(self) -> datetime.date:
        """The date the rate applies to."""
    @property
    def source(self) -> str:
        """Where the rate comes from."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> ExplicitRate: ...
    def __deepcopy__(self, memo: Any, /) -> ExplicitRate: ...

@final
class FinancialValue:
    """The financial value of a pledge, as announced (the counted total is derived by the
    summary's documented rules, not stored here)."""

    @property
    def amount(self) -> decimal.Decimal:
        """The announced amount; for a range, its lower end."""
    @property
    def max_amount(self) -> decimal.Decimal | None:
        """The upper end of a range, or ``None`` (format 1.1)."""
    @property
    def currency(self) -> str:
        """The ISO 4217 code of the currency the amount was announced in."""
    @property
    def value_date(self) -> PartialDate:
        """The date the amount refers to, as precisely as the source gives it."""
    @property
    def is_floor(self) -> bool:
        """The announced figure is a minimum ("more than")."""
    @property
    def is_ceiling(self) -> bool:
        """The announced figure is a maximum ("up to"), format 1.1."""
    @property
    def approximate(self) -> bool:
        """The announced figure is approximate, format 1.1."""
    @property
    def basis(self) -> str | None:
        """``"total"`` or ``"per_year"``; ``None`` when not stated, which counts as a total."""
    @property
    def years(self) -> int | None:
        """For a per-year amount, the number of years the source states, or ``None``."""
    @property
    def in_kind(self) -> bool:
        """The value is given in kind at its stated money worth, format 1.1."""
    @property
    def stated_equivalent(self) -> MoneyAmount | None:
        """The announcer's own figure in another currency, or ``None`` (format 1.1)."""
    @property
    def explicit_rate(self) -> ExplicitRate | None:
        """A rate stated with the pledge itself, or ``None``."""
    @property
    def components(self) -> list[Component]:
        """Components of a package whose amounts are public (format 1.1)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> FinancialValue: ...
    def __deepcopy__(self, memo: Any, /) -> FinancialValue: ...

@final
class Period:
    """When a pledge is carried out."""

    @property
    def start(self) -> PartialDate | None:
        """When the work starts, or ``None``."""
    @property
    def end(self) -> PartialDate | None:
        """When the work is expected to end, or ``None``."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Period: ...
    def __deepcopy__(self, memo: Any, /) -> Period: ...

@final
class Entity:
    """An organization that makes or joins a pledge."""

    @property
    def id(self) -> str | None:
        """A stable identifier for the entity across pledges, or ``None``."""
    @property
    def name(self) -> str:
        """The entity's name."""
    @property
    def stakeholder_type(self) -> str:
        """The stakeholder type code (``"government"``, …; ``"unknown"`` where the source does
        not say)."""
    @property
    def subtype(self) -> str | None:
        """The stakeholder subtype code, or ``None``."""
    @property
    def headquarters(self) -> str:
        """As on the wire: an ISO 3166-1 alpha-3 country code or ``"international"`` (or a
        value a newer format adds, such as ``"unknown"`` where the source does not say)."""
    @property
    def roles(self) -> list[str]:
        """Partner role codes (``"funder"``, ``"implementer"``, …), format 1.1."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Entity: ...
    def __deepcopy__(self, memo: Any, /) -> Entity: ...

@final
class Pledgers:
    """Who makes a pledge: one lead entity and any number of partners."""

    @property
    def lead(self) -> Entity:
        """The entity that submitted the pledge and answers for it."""
    @property
    def partners(self) -> list[Entity]:
        """Other entities making the pledge jointly with the lead."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Pledgers: ...
    def __deepcopy__(self, memo: Any, /) -> Pledgers: ...

@final
class Share:
    """A declared share of a pledge's value for one country or region."""

    @property
    def area(self) -> str:
        """The country code or ITU-D region code the share is for."""
    @property
    def percent(self) -> decimal.Decimal:
        """The share in percent."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Share: ...
    def __deepcopy__(self, memo: Any, /) -> Share: ...

@final
class Implementation:
    """Where a pledge is implemented."""

    @property
    def global_(self) -> bool:
        """True when the pledge is implemented worldwide (``global`` on the wire; ``global`` is
        a Python keyword)."""
    @property
    def regions(self) -> list[str]:
        """ITU-D region codes."""
    @property
    def primary_region(self) -> str | None:
        """The primary ITU-D region code, or ``None``."""
    @property
    def countries(self) -> list[str]:
        """ISO 3166-1 alpha-3 country codes."""
    @property
    def country_groups(self) -> list[str]:
        """Country group codes (``"ldc"``, ``"lldc"``, ``"sids"``), format 1.1."""
    @property
    def unspecified_countries_in(self) -> list[str]:
        """ITU-D region codes with countries the pledge does not name, format 1.1."""
    @property
    def shares(self) -> list[Share]:
        """Declared shares of the value by country or region."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Implementation: ...
    def __deepcopy__(self, memo: Any, /) -> Implementation: ...

@final
class BeneficiaryCount:
    """A count of beneficiaries in a unit other than people (format 1.1)."""

    @property
    def count(self) -> int:
        """How many."""
    @property
    def unit(self) -> str:
        """The unit code (``"households"``, ``"schools"``, …)."""
    @property
    def is_floor(self) -> bool:
        """True when the count is a minimum."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> BeneficiaryCount: ...
    def __deepcopy__(self, memo: Any, /) -> BeneficiaryCount: ...

@final
class Beneficiaries:
    """Who a pledge is meant to benefit."""

    @property
    def groups(self) -> list[str]:
        """Beneficiary group codes."""
    @property
    def people_reached(self) -> int | None:
        """The estimated number of people the pledge will reach, or ``None``."""
    @property
    def people_reached_is_floor(self) -> bool:
        """True when the number of people is a minimum (format 1.1)."""
    @property
    def target_year(self) -> int | None:
        """The year by which the people are to be reached, or ``None``."""
    @property
    def counts(self) -> list[BeneficiaryCount]:
        """Counts in units other than people (format 1.1)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Beneficiaries: ...
    def __deepcopy__(self, memo: Any, /) -> Beneficiaries: ...

@final
class SdgRef:
    """A Sustainable Development Goal a pledge serves, with the targets it names (format 1.1)."""

    @property
    def goal(self) -> int:
        """The goal's number, 1 to 17."""
    @property
    def targets(self) -> list[str]:
        """Targets of this goal as in the 2030 Agenda (``"9.1"``, ``"9.c"``)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> SdgRef: ...
    def __deepcopy__(self, memo: Any, /) -> SdgRef: ...

@final
class ProgressReport:
    """A pledger's self-reported progress on a pledge."""

    @property
    def date(self) -> datetime.date:
        """The date the report was made."""
    @property
    def status(self) -> str:
        """The implementation status code at the time of the report."""
    @property
    def narrative(self) -> str | None:
        """What has been done, in the pledger's words, or ``None``."""
    @property
    def amount_delivered(self) -> MoneyAmount | None:
        """The money delivered so far, cumulative, or ``None``."""
    @property
    def people_reached(self) -> int | None:
        """The number of people reached so far, cumulative, or ``None``."""
    @property
    def challenges(self) -> list[str]:
        """Challenge codes."""
    @property
    def solutions(self) -> list[str]:
        """Solution codes."""
    @property
    def targets(self) -> list[str]:
        """P2C Target codes the reported work served."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> ProgressReport: ...
    def __deepcopy__(self, memo: Any, /) -> ProgressReport: ...

@final
class Relation:
    """A link from this pledge to another one."""

    @property
    def type(self) -> str:
        """The relation type code (``"supersedes"``, ``"same_announcement"``, …)."""
    @property
    def pledge(self) -> str:
        """The id of the other pledge."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Relation: ...
    def __deepcopy__(self, memo: Any, /) -> Relation: ...

@final
class Link:
    """A web page about the pledge."""

    @property
    def url(self) -> str:
        """The address of the page."""
    @property
    def title(self) -> str | None:
        """What the page is, or ``None``."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Link: ...
    def __deepcopy__(self, memo: Any, /) -> Link: ...

@final
class Contact:
    """Whom the Secretariat contacts about the pledge. Private: never part of public output."""

    @property
    def name(self) -> str:
        """The contact person's name."""
    @property
    def email(self) -> str:
        """The contact person's email address."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Contact: ...
    def __deepcopy__(self, memo: Any, /) -> Contact: ...

@final
class RateTable:
    """A table of dated exchange rates (immutable)."""

    @staticmethod
    def embedded() -> RateTable:
        """The embedded table: ECB daily rates, ECB-derived and HMRC annual averages."""
    @staticmethod
    def from_csv(path: str | os.PathLike[str]) -> RateTable:
        """A table from a CSV file (columns ``date,base,currency,rate,source``)."""
    @staticmethod
    def from_csv_text(text: str) -> RateTable:
        """A table from CSV text."""
    @staticmethod
    def from_json(text: str) -> RateTable:
        """A table from JSON text (``{"rates": [{"date", "base", "currency", "rate", "source"}]}``)."""
    @staticmethod
    def from_ecb_bytes(data: bytes, name: str) -> RateTable:
        """A table from the ECB's reference-rate file as downloaded (``eurofxref-hist.csv`` or
        its zip ``eurofxref-hist.zip``), given as bytes; ``name`` (the file's name) is recorded
        with the file's SHA-256 in every rate's source."""
    @staticmethod
    def from_ecb_file(path: str | os.PathLike[str]) -> RateTable:
        """A table from the ECB's reference-rate file at ``path`` (``eurofxref-hist.csv`` or
        its zip), named in every rate's source by its file name and SHA-256."""
    def merge(self, other: RateTable, precedence: str = "existing") -> RateTable:
        """A new table with the rates of both; ``precedence`` is ``"existing"`` or ``"incoming"``
        (another name raises :class:`p2c.OptionError`, code ``unknown_code``)."""
    @property
    def id(self) -> str:
        """The table's identifier (``sha256:…``)."""
    @property
    def sources(self) -> list[str]:
        """The names of the sources of the table's rates."""
    def __len__(self) -> int:
        """The number of rates in the table."""

def _convert(request: dict[str, Any], table: RateTable | None = None) -> dict[str, Any]: ...
def parse_pledge(document: dict[str, Any] | str | bytes) -> Pledge:
    """Parse one pledge from a ``dict``, JSON ``str`` or UTF-8 JSON ``bytes``.

    Raises :class:`p2c.ParseError` (with ``pointer``) at the first problem; use
    :func:`p2c.validate` to get every problem at once."""

def parse_pledges(text: str | bytes, *, format: str | None = None) -> list[Pledge]:
    """Parse pledges from ``str`` or UTF-8 ``bytes``: a JSON array, or JSON Lines (one pledge
    per line); ``format`` is ``"auto"`` (default: an array when the text starts with ``[``),
    ``"json_array"`` or ``"json_lines"``."""

def codelists(*, lang: str | None = None) -> list[dict[str, Any]]:
    """Every closed codelist with its codes, labels and descriptions.

    With ``lang`` (ar, zh, en, fr, ru, es), titles, labels and descriptions are in that
    language (codes never change); an unknown tag gives English and a
    :class:`p2c.UnknownLanguageWarning`."""

def load(
    path: str | os.PathLike[str], *, format: str | None = None, threads: int | None = None
) -> list[Pledge]:
    """Read a file of pledges: a JSON array, or JSON Lines (one pledge per line); ``format``
    as for :func:`parse_pledges`. The file is read on up to ``threads`` threads (default:
    every core); the pledges are the same, in the same order, whatever the number."""

def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a pledge document."""

def validate(
    document: dict[str, Any] | list[Any] | str | bytes,
    *,
    as_of: datetime.date | None = None,
    redact_values: bool = False,
    batch: bool = False,
    limits: Mapping[str, int] | None = None,
    lang: str | None = None,
    severity: Mapping[str, str] | None = None,
) -> Report:
    """Validate one pledge and return a :class:`Report` with every issue found.

    ``document`` is a ``dict`` (read directly, no JSON round trip), JSON ``str`` or UTF-8 JSON
    ``bytes``. Problems with the document never raise: malformed JSON, wrong types and broken
    rules all become issues. ``as_of`` is "today" for date rules (default: today's UTC date);
    ``redact_values`` keeps input values out of messages and params; ``limits`` overrides size
    limits (``max_bytes``, ``max_depth``, ``max_array_len``, ``max_string_len``, or as the
    guidance spells them, ``maxBytes`` …); ``lang`` (``"fr"``, ``"ar"``, …: ar, zh, en, fr, ru,
    es) gives the messages in that language, with codes, severities, paths and params unchanged
    (an unknown tag gives English and one :class:`p2c.UnknownLanguageWarning`, never an error);
    ``severity`` maps an issue code to another severity (``"error"``, ``"warning"``,
    ``"info"``) or to ``"off"`` to leave its issues out, and ``valid`` follows the severities as
    overridden. The options are p2c-core's ``ValidateCall``: an unknown limit or issue code
    raises :class:`p2c.OptionError` naming it, with a suggestion.

    With ``batch=True`` the input is a list of pledges (a ``list`` or a JSON array), validated
    as :func:`validate_batch` does.

    Raises ``TypeError`` for an input of another type and :class:`p2c.ParseError` for a dict
    holding Python values with no JSON equivalent.
    """

def validate_batch(
    documents: list[dict[str, Any]] | tuple[dict[str, Any], ...] | str | bytes,
    *,
    as_of: datetime.date | None = None,
    redact_values: bool = False,
    limits: Mapping[str, int] | None = None,
    lang: str | None = None,
    severity: Mapping[str, str] | None = None,
) -> Report:
    """Validate a list of pledges: each pledge's issues (paths prefixed by its index, such as
    ``/3/title``), then the batch rules (duplicate ids, likely duplicate submissions).

    ``documents`` is a ``list`` (or ``tuple``) of dicts, or a JSON array as ``str`` or ``bytes``.
    Options (``lang`` and ``severity`` too) are those of :func:`validate`.
    """

def validate_update(
    old: Pledge,
    new: Pledge,
    *,
    as_of: datetime.date | None = None,
    redact_values: bool = False,
    lang: str | None = None,
    severity: Mapping[str, str] | None = None,
) -> Report:
    """Validate a change from ``old`` to ``new`` (parsed with :func:`p2c.parse_pledge`): the new
    version's rules, the review-state transition and an unchanged id."""

def issue_codes(*, lang: str | None = None, code: str | None = None) -> list[dict[str, Any]]:
    """The issue-code catalogue: one dict per code (``code``, ``severity``, ``title``, ``guidance``),
    or only ``code``'s entry (matched in any case; an unknown code raises
    :class:`p2c.OptionError` with a suggestion).

    With ``lang``, titles and guidance are in that language (codes and severities never
    change); an unknown tag gives English and a :class:`p2c.UnknownLanguageWarning`."""

def _panic_for_tests() -> None: ...
def _cli(argv: list[str]) -> int:
    """Run the ``p2c`` command line (``python -m p2c``) on the process's standard streams."""

def can_transition(old: str, new: str) -> bool:
    """Whether a pledge may move from review state ``old`` to ``new`` (codes such as ``"draft"``).

    Raises :class:`p2c.P2cError` (``unknown_code``) for an unknown state."""

def _assess(pledge: Pledge) -> dict[str, Any]: ...
def _migrate(
    document: dict[str, Any] | list[Any] | str | bytes,
) -> tuple[Any, list[dict[str, Any]]]: ...
@final
class _SummaryCore:
    """A summary as the core computed it (the native half of :class:`p2c.Summary`)."""

    def data(self) -> dict[str, Any]:
        """The whole summary as JSON-ready data."""
    def text(self, lang: str) -> str:
        """The text dashboard in a language (a code from ``_lang``)."""
    def html(self, lang: str, source: str | None, fragment: bool) -> str:
        """The HTML dashboard (p2c-core's renderer) in a language: a page, or its fragment."""

@final
class _ProfileCore:
    """A country profile as the core computed it, with its rates' provenance."""

    def text(self, lang: str) -> str:
        """The text of the profile in a language (a code from ``_lang``)."""
    def html(self, lang: str, source: str | None, fragment: bool) -> str:
        """The HTML page of the profile (p2c-core's renderer) in a language, or its fragment."""

def _lang(tag: object, stacklevel: int = 2) -> str: ...
def _report_html(
    report: dict[str, Any],
    document: object,
    batch: bool,
    messages: str,
    lang: str,
    as_of: str | None,
    source: str | None,
    fragment: bool,
) -> str: ...
def _summarize(
    pledges: list[Pledge], options: dict[str, Any], table: RateTable | None = None
) -> tuple[dict[str, Any], _SummaryCore, str]: ...
def _summarize_input(
    source: str | bytes | bytearray, options: dict[str, Any], table: RateTable | None = None
) -> tuple[dict[str, Any], _SummaryCore, str]: ...
def _related_ids(source: str | bytes | bytearray, options: dict[str, Any]) -> list[str]: ...
def _partial_summary(
    source: str | bytes | bytearray,
    related: list[str],
    options: dict[str, Any],
    table: RateTable | None = None,
) -> bytes: ...
def _merge_partials(
    partials: list[bytes | bytearray], options: dict[str, Any], table: RateTable | None = None
) -> tuple[dict[str, Any], _SummaryCore, str]: ...
def _country_profile(
    pledges: list[Pledge], country: str, options: dict[str, Any], table: RateTable | None = None
) -> tuple[dict[str, Any], _ProfileCore, str]: ...
def _compare(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]: ...
def _annual_report(
    pledges: list[Pledge], options: dict[str, Any], table: RateTable | None = None
) -> dict[str, Any]: ...

@final
class _Table:
    """One flat table (the native half of :class:`p2c.Table`)."""

    @property
    def name(self) -> str:
        """The table's name."""
    @property
    def column_names(self) -> list[str]:
        """The column names, in order."""
    @property
    def column_types(self) -> list[str]:
        """The core's type of each column."""
    def __len__(self) -> int:
        """The number of rows."""
    def __arrow_c_schema__(self) -> object:
        """The Arrow schema as a PyCapsule named ``arrow_schema``."""
    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object:
        """The rows as an Arrow C stream in a PyCapsule named ``arrow_array_stream``."""
    def to_csv(
        self, path: str | os.PathLike[str] | None = None, neutralize_formulas: bool = True
    ) -> str | None:
        """The table as RFC 4180 CSV, written to ``path`` or returned."""

def _tables(
    pledges: list[Pledge],
    options: dict[str, Any],
    table: RateTable | None = None,
    pledgers: bool = True,
) -> list[_Table]: ...
def _load_tables(
    path: str | os.PathLike[str],
    options: dict[str, Any],
    table: RateTable | None = None,
    pledgers: bool = True,
) -> list[_Table]: ...

@final
class _SheetImport:
    """The result of an import held natively, for its issues workbook."""

    def issues_xlsx(self, call: str) -> bytes:
        """The rows with errors and an ``issues`` sheet, as XLSX bytes."""

def _read_sheet_paths(
    paths: list[str], call: str
) -> tuple[dict[str, Any], _SheetImport]: ...
def _read_sheet_bytes(
    files: list[tuple[str | None, bytes]], call: str
) -> tuple[dict[str, Any], _SheetImport]: ...
def _template(call: str) -> list[tuple[str, bytes]]: ...
def _write_sheets(documents: list[Any], call: str) -> list[tuple[str, bytes]]: ...
def _tables_xlsx(tables: list[_Table], call: str) -> bytes: ...
def _write_parquet(
    tables: list[_Table], paths: list[str | os.PathLike[str]], options: dict[str, Any]
) -> None: ...
