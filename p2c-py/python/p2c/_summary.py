"""Summaries and country profiles: :func:`summarize`, :func:`country_profile`.

Every figure is computed by p2c-core; this module turns its JSON (``schema/summary.schema.json``)
into objects with ``decimal.Decimal`` amounts and ``datetime.date`` dates, and back with
``to_dict()``.
"""

from __future__ import annotations

import copy
import datetime
import decimal
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from . import _p2c
from ._call import call
from ._errors import P2cError
from ._report import Report

__all__ = [
    "Breakdown",
    "BreakdownRow",
    "CountryProfile",
    "Summary",
    "compare",
    "country_profile",
    "summarize",
]

# Python-style names of the breakdown dimensions, mapped to the wire names.
_DIMENSIONS = {
    "focus_area": "focusArea",
    "pillar": "pillar",
    "pledge_type": "pledgeType",
    "stakeholder_type": "stakeholderType",
    "itu_region": "ituRegion",
    "country": "country",
    "country_group": "countryGroup",
    "beneficiary_group": "beneficiaryGroup",
    "implementation_status": "implementationStatus",
    "end_date": "endDate",
    "target": "target",
    "sdg": "sdg",
    "sdg_target": "sdgTarget",
    "event": "event",
    "pledger_region": "pledgerRegion",
    "pledger_country": "pledgerCountry",
}

_ROW_COLUMNS = ("key", "label", "pledges", "pledge_share", "value", "value_share")


def _pledges(pledges: Iterable[Any]) -> list[_p2c.Pledge]:
    if isinstance(pledges, (str, bytes, dict)):
        raise TypeError("pledges must be an iterable of Pledge objects or pledge documents")
    return [p if isinstance(p, _p2c.Pledge) else _p2c.parse_pledge(p) for p in pledges]


def _dec(text: str) -> decimal.Decimal:
    return decimal.Decimal(text)


@dataclass(frozen=True)
class BreakdownRow:
    """One value of a breakdown: ``key`` (machine code), ``label``, counted ``pledges``, their
    share of the pledge count, the attributed ``value`` (unrounded) and its share of the total
    (shares are fractions rounded to 4 decimal places)."""

    key: str
    label: str
    pledges: int
    pledge_share: decimal.Decimal
    value: decimal.Decimal
    value_share: decimal.Decimal


@dataclass(frozen=True)
class Breakdown:
    """Counts and values of one dimension, with whether the rows add up to the total.

    ``additivity`` is ``"additive"`` or ``"overlapping"``; ``value_overlap`` and
    ``count_overlap`` say how much the rows' sums exceed the totals.
    """

    dimension: str
    attribution: str
    additivity: str
    value_overlap: decimal.Decimal
    count_overlap: int
    share_fallbacks: int
    rows: list[BreakdownRow]
    _data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The breakdown as JSON-ready data (the core's wire format)."""
        return copy.deepcopy(self._data)

    def to_pandas(self) -> Any:
        """The rows as a ``pandas.DataFrame`` (amounts and shares stay ``decimal.Decimal``).

        pandas is optional: raises ``ImportError`` naming it when it is not installed.
        """
        try:
            import pandas  # type: ignore[import-untyped,unused-ignore]
        except ImportError as e:
            raise ImportError(
                "Breakdown.to_pandas() needs the optional package `pandas`: pip install pandas"
            ) from e
        return pandas.DataFrame(
            [[getattr(r, c) for c in _ROW_COLUMNS] for r in self.rows],
            columns=list(_ROW_COLUMNS),
        )

    @classmethod
    def _from_dict(cls, d: dict[str, Any]) -> Breakdown:
        return cls(
            dimension=str(d["dimension"]),
            attribution=str(d["attribution"]),
            additivity=str(d["additivity"]),
            value_overlap=_dec(d["valueOverlap"]),
            count_overlap=int(d["countOverlap"]),
            share_fallbacks=int(d["shareFallbacks"]),
            rows=[
                BreakdownRow(
                    key=str(r["key"]),
                    label=str(r["label"]),
                    pledges=int(r["pledges"]),
                    pledge_share=_dec(r["pledgeShare"]),
                    value=_dec(r["value"]),
                    value_share=_dec(r["valueShare"]),
                )
                for r in d["rows"]
            ],
            _data=d,
        )


class Summary:
    """A dashboard's figures as of a date, in one currency (see :func:`summarize`).

    ``str(summary)`` is the text dashboard (in the summary's :attr:`lang`); ``to_html()`` the
    HTML dashboard; ``to_dict()`` the JSON of ``schema/summary.schema.json``;
    ``breakdown(name)`` one dimension's rows.
    """

    # `_head`: the summary's data without the per-pledge lists (excluded, overdue … ids),
    # built at once; `_core` keeps the core's summary, from which the whole data, the text and
    # the HTML are built when first asked for (at 1e6 pledges the lists are ~700,000 Python
    # objects).
    __slots__ = ("_core", "_head", "_full", "_str", "_lang")

    def __init__(self, head: dict[str, Any], core: _p2c._SummaryCore, lang: str = "en") -> None:
        self._core: _p2c._SummaryCore | None = core
        self._head = head
        self._full: dict[str, Any] | None = None
        self._str: str | None = None
        self._lang = lang

    @property
    def _data(self) -> dict[str, Any]:
        """The whole summary as JSON-ready data (built once, on first use)."""
        if self._full is None:
            assert self._core is not None
            self._full = self._core.data()
        return self._full

    @property
    def _text(self) -> str:
        if self._str is None:
            assert self._core is not None
            self._str = self._core.text(self._lang)
        return self._str

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore_summary, (self._data, self._text, self._lang))

    @property
    def lang(self) -> str:
        """The language of the text and HTML dashboards (``"en"`` unless :func:`summarize`
        was given another)."""
        return self._lang

    @property
    def as_of(self) -> datetime.date:
        """Only pledges and reports known on this date count."""
        return datetime.date.fromisoformat(self._head["asOf"])

    @property
    def currency(self) -> str:
        """The currency of every amount."""
        return str(self._head["currency"])

    @property
    def pledge_count(self) -> int:
        """The pledges counted."""
        return int(self._head["pledgeCount"])

    @property
    def total_value(self) -> decimal.Decimal:
        """The value of the counted pledges, each amount counted once, unrounded."""
        return _dec(self._head["value"]["total"])

    @property
    def excluded(self) -> list[dict[str, Any]]:
        """Pledges left out, each ``{"id", "code", "reason"}``."""
        return copy.deepcopy(self._data["excluded"])

    @property
    def dimensions(self) -> list[str]:
        """The names of the breakdowns (wire names such as ``"focusArea"``)."""
        return [str(b["dimension"]) for b in self._head["breakdowns"]]

    def breakdown(self, name: str) -> Breakdown:
        """The breakdown by ``name``: ``"focusArea"`` or ``"focus_area"``, ``"ituRegion"`` …

        Raises ``KeyError`` for a dimension the summary does not have.
        """
        wire = _DIMENSIONS.get(name, name)
        for b in self._head["breakdowns"]:
            if b["dimension"] == wire:
                return Breakdown._from_dict(b)
        raise KeyError(f"no breakdown `{name}`: use one of {self.dimensions}")

    def to_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data (camelCase keys, decimals as strings)."""
        return copy.deepcopy(self._data)

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return (
            f"<p2c.Summary as of {self.as_of}: {self.pledge_count} pledges, "
            f"{self.currency} {self.total_value}>"
        )

    def to_html(
        self, *, lang: str | None = None, source: str | None = None, fragment: bool = False
    ) -> str:
        """The dashboard as a self-contained HTML page, drawn by p2c-core's renderer (the page
        of ``p2c dashboard --format html`` and Node's ``renderDashboardHtml``): headline
        counters, progress toward the goal, a chart and a table per breakdown (overlapping
        ones marked as such), reporting, delivery, what was left out, and the method and rate
        sources. Inline CSS and SVG, nothing to load, every value from the data escaped.

        ``lang`` is the page's language (default: :attr:`lang`), ``source`` a file name shown
        under the title. ``fragment=True`` gives the page's body in one
        ``<div class="p2c-embed">`` with its style sheet scoped to it and no script, to embed
        in another page (a notebook shows this).

        Raises :class:`p2c.P2cError` (``invalid_argument``) for a summary restored from a
        pickle: the renderer needs the core's summary, which a pickle does not keep; summarize
        again.
        """
        code = _p2c._lang(self._lang if lang is None else lang, 2)
        if self._core is None:
            raise P2cError(
                "this summary was restored from a pickle and keeps only its data and text; "
                "summarize the pledges again to draw its HTML",
                "invalid_argument",
            )
        return self._core.html(code, source, fragment)

    def _repr_html_(self) -> str | None:
        """The dashboard for notebooks: :meth:`to_html` as a fragment (``None``, so that the
        notebook shows the text form, for a summary restored from a pickle)."""
        if self._core is None:
            return None
        return self.to_html(fragment=True)


def _restore_summary(data: dict[str, Any], text: str, lang: str = "en") -> Summary:
    """A :class:`Summary` from its whole data and text (unpickling)."""
    s = Summary.__new__(Summary)
    s._core = None
    s._head = data
    s._full = data
    s._str = text
    s._lang = lang
    return s


class CountryProfile:
    """The figures of the pledges implemented in one country (see :func:`country_profile`).

    ``str(profile)`` is the text rendering (in :attr:`lang`); ``to_html()`` the HTML page;
    ``to_dict()`` the core's JSON.
    """

    __slots__ = ("_data", "_core", "_str", "_lang")

    def __init__(self, data: dict[str, Any], core: _p2c._ProfileCore, lang: str = "en") -> None:
        self._data = data
        self._core: _p2c._ProfileCore | None = core
        self._str: str | None = None
        self._lang = lang

    @property
    def _text(self) -> str:
        if self._str is None:
            assert self._core is not None
            self._str = self._core.text(self._lang)
        return self._str

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore_profile, (self._data, self._text, self._lang))

    @property
    def lang(self) -> str:
        """The language of the text and HTML renderings."""
        return self._lang

    @property
    def country(self) -> str:
        """The ISO 3166-1 alpha-3 code."""
        return str(self._data["country"])

    @property
    def name(self) -> str | None:
        """The country's English short name, when the code is known."""
        name = self._data.get("name")
        return None if name is None else str(name)

    @property
    def as_of(self) -> datetime.date:
        """Only pledges and reports known on this date count."""
        return datetime.date.fromisoformat(self._data["asOf"])

    @property
    def pledges(self) -> int:
        """Pledges implemented in the country."""
        return int(self._data["pledges"])

    @property
    def reported(self) -> int:
        """Of those, pledges with at least one progress report."""
        return int(self._data["reported"])

    @property
    def currency(self) -> str:
        """The currency of :attr:`total_value`."""
        return str(self._data["currency"])

    @property
    def total_value(self) -> decimal.Decimal:
        """The value of the country's pledges, counted once."""
        return _dec(self._data["totalValue"])

    def to_dict(self) -> dict[str, Any]:
        """The profile as JSON-ready data (camelCase keys, decimals as strings)."""
        return copy.deepcopy(self._data)

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"<p2c.CountryProfile {self.country} as of {self.as_of}: {self.pledges} pledges>"

    def to_html(
        self, *, lang: str | None = None, source: str | None = None, fragment: bool = False
    ) -> str:
        """The profile as a self-contained HTML page, drawn by p2c-core's renderer (as
        ``p2c profile --format html``); options as for :meth:`Summary.to_html`, with the same
        error for a profile restored from a pickle."""
        code = _p2c._lang(self._lang if lang is None else lang, 2)
        if self._core is None:
            raise P2cError(
                "this profile was restored from a pickle and keeps only its data and text; "
                "compute it again to draw its HTML",
                "invalid_argument",
            )
        return self._core.html(code, source, fragment)

    def _repr_html_(self) -> str | None:
        """The profile for notebooks: :meth:`to_html` as a fragment (``None`` after a
        pickle)."""
        if self._core is None:
            return None
        return self.to_html(fragment=True)


def _restore_profile(data: dict[str, Any], text: str, lang: str) -> CountryProfile:
    """A :class:`CountryProfile` from its data and text (unpickling)."""
    p = CountryProfile.__new__(CountryProfile)
    p._data = data
    p._core = None
    p._str = text
    p._lang = lang
    return p


def summarize(
    pledges: Iterable[Any],
    *,
    as_of: datetime.date | None = None,
    currency: str = "USD",
    attribution: str | None = None,
    region_mode: str | None = None,
    invalid: str | None = None,
    validate: bool | None = None,
    invalid_pledges: Mapping[str, Iterable[str]] | Report | None = None,
    policy: str | dict[str, Any] | None = None,
    rounding: str | None = None,
    table: _p2c.RateTable | None = None,
    report_interval_days: int | None = None,
    report_grace_days: int | None = None,
    inactive_after_years: int | None = None,
    goal: _p2c.MoneyAmount | tuple[decimal.Decimal | int | str, str] | Mapping[str, Any] | None = None,
    focus_areas: Iterable[str] | None = None,
    pillars: Iterable[str] | None = None,
    pledge_types: Iterable[str] | None = None,
    stakeholder_types: Iterable[str] | None = None,
    regions: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
    country_groups: Iterable[str] | None = None,
    period: tuple[datetime.date, datetime.date] | None = None,
    new_between: tuple[datetime.date, datetime.date] | None = None,
    lang: str | None = None,
) -> Summary:
    """Summarize ``pledges`` (``Pledge`` objects or pledge documents) as of a date.

    The options are those of p2c-core's ``SummaryCall`` (the same as Node's ``summarize`` and
    ``p2c dashboard``), under their snake_case names. ``as_of`` defaults to today's UTC date,
    the default of every p2c call (:attr:`Summary.as_of` says which date was used; pass it
    for figures that never change). ``currency`` is an ISO 4217 code in any case, or a
    currency's name. ``attribution`` is ``"full"`` (default), ``"equal_split"`` or
    ``"declared_shares"``; ``region_mode`` ``"primary_or_any"`` or ``"primary_only"``;
    ``invalid`` ``"exclude"`` (default), ``"reject"`` or ``"include"`` pledges that fail
    validation (``validate=False`` skips it). ``invalid_pledges`` names further pledges known
    to be invalid, treated like those: a mapping of pledge id to the issue codes that failed
    it, or the :class:`p2c.Report` of ``p2c.validate_batch()`` over the same pledges (its
    batch findings, such as duplicate ids). ``policy``, ``rounding`` and ``table`` choose the
    rates as in :func:`p2c.convert`. The filters (``focus_areas`` … ``period``) keep pledges
    matching any listed value of every given filter; codes match in any case and by their
    English label or name (``"Africa"`` is ``AFR``, ``"Ghana"`` is ``GHA``).
    ``new_between=(first, last)`` keeps the pledges new between two days, both
    included, by their validation date, else submission date, else announcement date (every
    figure and breakdown is then one of new pledges); a pledge whose date cannot tell (none,
    or a month or year across an end of the window) is listed in ``to_dict()["excluded"]``
    with reason ``newness_undetermined``, never counted as new. ``report_interval_days`` (365), ``report_grace_days`` (90) and ``inactive_after_years`` (2)
    set the reporting-status rule (``to_dict()["reporting"]["status"]``: pledges and value per
    status, and ``activeValue``, the total without inactive pledges). ``goal`` is what progress
    is measured against (default USD 100 bn): a :class:`p2c.MoneyAmount`, an ``(amount,
    currency)`` pair or ``{"amount": ..., "currency": ...}``, the amount exact. ``lang`` (ar,
    zh, en, fr, ru, es) is the language of ``str(summary)`` and :meth:`Summary.to_html`; the
    data (``to_dict()``, ``breakdown()``) keeps the codes and English labels of the wire
    format. An unknown tag gives English and one :class:`p2c.UnknownLanguageWarning`.

    Raises :class:`p2c.OptionError` for an unknown option value or code (an unknown currency,
    country, region or issue code is named, with the closest known one), :class:`p2c.P2cError`
    (code ``overflow`` when a sum exceeds the decimal range, ``invalid_pledges`` under
    ``invalid="reject"``) and :class:`p2c.ParseError` for a document that cannot be read.
    """
    parsed = _pledges(pledges)
    options = call(
        parsed,
        as_of=as_of,
        currency=currency,
        attribution=attribution,
        region_mode=region_mode,
        invalid=invalid,
        validate=validate,
        invalid_pledges=invalid_pledges,
        policy=policy,
        rounding=rounding,
        report_interval_days=report_interval_days,
        report_grace_days=report_grace_days,
        inactive_after_years=inactive_after_years,
        goal=goal,
        focus_areas=focus_areas,
        pillars=pillars,
        pledge_types=pledge_types,
        stakeholder_types=stakeholder_types,
        regions=regions,
        countries=countries,
        country_groups=country_groups,
        period=period,
        new_between=new_between,
        lang=lang,
    )
    head, core, code = _p2c._summarize(parsed, options, table)
    return Summary(head, core, code)


def country_profile(
    pledges: Iterable[Any],
    country: str,
    *,
    as_of: datetime.date | None = None,
    currency: str = "USD",
    attribution: str | None = None,
    invalid: str | None = None,
    validate: bool | None = None,
    invalid_pledges: Mapping[str, Iterable[str]] | Report | None = None,
    policy: str | dict[str, Any] | None = None,
    rounding: str | None = None,
    table: _p2c.RateTable | None = None,
    report_interval_days: int | None = None,
    top: int | None = None,
    lang: str | None = None,
) -> CountryProfile:
    """The profile of ``country`` over ``pledges`` as of a date (p2c-core's ``ProfileCall``).

    ``country`` is an ISO 3166-1 alpha-3 code in any case, an alpha-2 code or the country's
    English name (``"GHA"``, ``"gha"``, ``"GH"``, ``"Ghana"``). The options mean what they mean
    for :func:`summarize`; ``top`` is how many entries the "top" lists keep (default 5);
    ``lang`` the language of its text and HTML. Raises :class:`p2c.OptionError` (code
    ``unknown_code``, with a suggestion) for a country p2c does not know, and the errors of
    :func:`summarize`.
    """
    if not isinstance(country, str):
        raise TypeError(f"country must be a str, not {type(country).__name__}")
    parsed = _pledges(pledges)
    options = call(
        parsed,
        as_of=as_of,
        currency=currency,
        attribution=attribution,
        invalid=invalid,
        validate=validate,
        invalid_pledges=invalid_pledges,
        policy=policy,
        rounding=rounding,
        report_interval_days=report_interval_days,
        top=top,
        lang=lang,
    )
    data, core, code = _p2c._country_profile(parsed, country, options, table)
    return CountryProfile(data, core, code)


_CHANGE_DECIMALS = ("a", "b", "change", "percent")


def _change(c: dict[str, Any]) -> dict[str, Any]:
    return {k: (_dec(v) if k in _CHANGE_DECIMALS and v is not None else v) for k, v in c.items()}


def compare(a: Summary | dict[str, Any], b: Summary | dict[str, Any]) -> dict[str, Any]:
    """What changed from summary ``a`` to summary ``b`` (:class:`Summary` objects, or their
    ``to_dict()`` data): each headline figure and each breakdown row in both, the exact change
    ``b - a`` and the percent change, as the data of ``schema/comparison.schema.json`` with
    ``a``, ``b``, ``change`` and ``percent`` as ``decimal.Decimal`` (``None`` when absent).

    Rows are matched by key; a row only one summary has is ``None`` on the other side, never
    0. The percent is ``(b - a) / a * 100`` rounded once to 2 places, half away from zero;
    ``None`` with ``percentAbsent`` (``zero_base``, ``absent_in_a``, ``absent_in_b``) when
    there is no base. ``p2c.compare(last_year, this_year)["headline"]["pledgeCount"]["percent"]``
    is "+55 % pledges in a year".

    Raises :class:`p2c.P2cError` with code ``summary_mismatch`` when the two were computed in
    different currencies, attributions, region modes or rate tables, and ``invalid_argument``
    when a value is not a summary.
    """
    data = [x.to_dict() if isinstance(x, Summary) else x for x in (a, b)]
    for name, d in zip(("a", "b"), data):
        if not isinstance(d, dict):
            raise TypeError(f"{name} must be a p2c.Summary or its to_dict() data")
    out = _p2c._compare(data[0], data[1])
    for key, c in out["headline"].items():
        out["headline"][key] = _change(c)
    for bd in out["breakdowns"]:
        for row in bd["rows"]:
            row["pledges"] = _change(row["pledges"])
            row["value"] = _change(row["value"])
    return out


def annual_report(
    pledges: Iterable[Any],
    *,
    as_of: datetime.date | None = None,
    currency: str = "USD",
    attribution: str | None = None,
    region_mode: str | None = None,
    invalid: str | None = None,
    validate: bool | None = None,
    policy: str | dict[str, Any] | None = None,
    rounding: str | None = None,
    table: _p2c.RateTable | None = None,
    report_interval_days: int | None = None,
    report_grace_days: int | None = None,
    inactive_after_years: int | None = None,
    focus_areas: Iterable[str] | None = None,
    pillars: Iterable[str] | None = None,
    pledge_types: Iterable[str] | None = None,
    stakeholder_types: Iterable[str] | None = None,
    regions: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
    country_groups: Iterable[str] | None = None,
    period: tuple[datetime.date, datetime.date] | None = None,
) -> dict[str, Any]:
    """The figures of an annual progress report of ``pledges`` as of ``as_of``, as the data of
    ``schema/annual-report.schema.json``: ``figures``, each with a stable ``id``
    (``headline.value``, ``growth.pledges``, ``new.byPledgeType.programmatic.share``,
    ``sdg.top.1``, ``groups.ldc.share``, ``women.newShare``, ``reporting.rate``,
    ``event.MWC-2024.value`` …), its ``basis`` (``now``, ``year_earlier``, ``growth``,
    ``new_in_year``), the row ``key`` it reads, a ``unit``, a ``value`` (a
    ``decimal.Decimal``, ``None`` without a base) and the ``definition`` it was computed by;
    ``undetermined`` lists the pledges whose newness in the year cannot be told.

    Growth compares with the summary as of a year earlier; "new" is new between the day after
    that and ``as_of`` (see ``summarize(new_between=…)``). The options mean what they mean for
    :func:`summarize` and narrow every figure. Raises :class:`p2c.P2cError` as
    :func:`summarize` does.
    """
    parsed = _pledges(pledges)
    options = call(
        parsed,
        as_of=as_of,
        currency=currency,
        attribution=attribution,
        region_mode=region_mode,
        invalid=invalid,
        validate=validate,
        policy=policy,
        rounding=rounding,
        report_interval_days=report_interval_days,
        report_grace_days=report_grace_days,
        inactive_after_years=inactive_after_years,
        focus_areas=focus_areas,
        pillars=pillars,
        pledge_types=pledge_types,
        stakeholder_types=stakeholder_types,
        regions=regions,
        countries=countries,
        country_groups=country_groups,
        period=period,
    )
    out = _p2c._annual_report(parsed, options, table)
    for f in out["figures"]:
        if f["value"] is not None:
            f["value"] = _dec(f["value"])
    return out
