"""Type stubs for the native extension ``p2c._p2c`` (checked by ``mypy.stubtest``)."""

import datetime
import os
from collections.abc import Mapping
from typing import Any, final

from ._report import Report

__all__ = [
    "Pledge",
    "RateTable",
    "_convert",
    "_country_profile",
    "_default_as_of",
    "_summarize",
    "_SummaryCore",
    "_ProfileCore",
    "_lang",
    "_report_html",
    "_Table",
    "_tables",
    "_load_tables",
    "__version__",
    "_assess",
    "_panic_for_tests",
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
    def merge(self, other: RateTable, precedence: str = "existing") -> RateTable:
        """A new table with the rates of both; ``precedence`` is ``"existing"`` or ``"incoming"``."""
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

def parse_pledges(text: str | bytes) -> list[Pledge]:
    """Parse a JSON array of pledges from ``str`` or UTF-8 ``bytes``."""

def codelists(*, lang: str | None = None) -> list[dict[str, Any]]:
    """Every closed codelist with its codes, labels and descriptions.

    With ``lang`` (ar, zh, en, fr, ru, es), titles, labels and descriptions are in that
    language (codes never change); an unknown tag gives English and a
    :class:`p2c.UnknownLanguageWarning`."""

def load(path: str | os.PathLike[str]) -> list[Pledge]:
    """Read a file of pledges: a JSON array, or JSON Lines (one pledge per line)."""

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
) -> Report:
    """Validate one pledge and return a :class:`Report` with every issue found.

    ``document`` is a ``dict`` (read directly, no JSON round trip), JSON ``str`` or UTF-8 JSON
    ``bytes``. Problems with the document never raise: malformed JSON, wrong types and broken
    rules all become issues. ``as_of`` is "today" for date rules (default: today's UTC date);
    ``redact_values`` keeps input values out of messages and params; ``limits`` overrides size
    limits (``max_bytes``, ``max_depth``, ``max_array_len``, ``max_string_len``); ``lang``
    (``"fr"``, ``"ar"``, …: ar, zh, en, fr, ru, es) gives the messages in that language, with
    codes, severities, paths and params unchanged (an unknown tag gives English and one
    :class:`p2c.UnknownLanguageWarning`, never an error).

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
) -> Report:
    """Validate a list of pledges: each pledge's issues (paths prefixed by its index, such as
    ``/3/title``), then the batch rules (duplicate ids, likely duplicate submissions).

    ``documents`` is a ``list`` (or ``tuple``) of dicts, or a JSON array as ``str`` or ``bytes``.
    Options (``lang`` too) are those of :func:`validate`.
    """

def validate_update(
    old: Pledge,
    new: Pledge,
    *,
    as_of: datetime.date | None = None,
    redact_values: bool = False,
    lang: str | None = None,
) -> Report:
    """Validate a change from ``old`` to ``new`` (parsed with :func:`p2c.parse_pledge`): the new
    version's rules, the review-state transition and an unchanged id."""

def issue_codes(*, lang: str | None = None) -> list[dict[str, Any]]:
    """The issue-code catalogue: one dict per code (``code``, ``severity``, ``title``, ``guidance``).

    With ``lang``, titles and guidance are in that language (codes and severities never
    change); an unknown tag gives English and a :class:`p2c.UnknownLanguageWarning`."""

def _panic_for_tests() -> None: ...
def can_transition(old: str, new: str) -> bool:
    """Whether a pledge may move from review state ``old`` to ``new`` (codes such as ``"draft"``).

    Raises :class:`p2c.P2cError` (``unknown_code``) for an unknown state."""

def _assess(pledge: Pledge) -> dict[str, Any]: ...
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
) -> tuple[dict[str, Any], _SummaryCore]: ...
def _country_profile(
    pledges: list[Pledge], country: str, options: dict[str, Any], table: RateTable | None = None
) -> tuple[dict[str, Any], _ProfileCore]: ...
def _default_as_of() -> str | None: ...

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
    pledges: list[Pledge], options: dict[str, Any], table: RateTable | None = None
) -> list[_Table]: ...
def _load_tables(
    path: str | os.PathLike[str], options: dict[str, Any], table: RateTable | None = None
) -> list[_Table]: ...
