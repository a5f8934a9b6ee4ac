"""The JSON form of a call of p2c-core's facade (``SummaryCall``, ``TablesCall``, ``ConvertCall``,
see ``schema/calls.schema.json``) from the keyword arguments of a Python function.

This is the one place where Python's snake_case keyword names become the facade's camelCase
keys (``as_of`` → ``asOf``, ``focus_areas`` → ``filters.focusAreas``) and Python values become
JSON values (``datetime.date`` → ISO text, ``decimal.Decimal`` → decimal text). It checks only
what JSON cannot say (a ``datetime`` where a date is meant, a ``str`` where a list of codes is
meant); every option and every code is checked by the core, whose errors
(:class:`p2c.OptionError`) name the option and suggest the closest known value.
"""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

# The keywords that are summary filters (``filters`` in the call's JSON).
_FILTERS = frozenset(
    (
        "focus_areas",
        "pillars",
        "pledge_types",
        "stakeholder_types",
        "regions",
        "countries",
        "country_groups",
        "period",
        "new_between",
    )
)


def _amount_text(amount: object, what: str = "amount") -> str:
    """Plain decimal text for an exact amount (``Decimal``, ``int`` or decimal ``str``)."""
    if isinstance(amount, float):
        raise TypeError(
            f"{what} must be a decimal.Decimal, int or decimal string, not a float "
            f"(a float may already have lost digits): use decimal.Decimal({str(amount)!r})"
        )
    if isinstance(amount, bool):
        raise TypeError(f"{what} must be a decimal.Decimal, int or decimal string, not a bool")
    if isinstance(amount, decimal.Decimal):
        if not amount.is_finite():
            raise ValueError(f"{what} must be finite, not `{amount}`")
        return format(amount, "f")
    if isinstance(amount, (int, str)):
        return str(amount)
    raise TypeError(
        f"{what} must be a decimal.Decimal, int or decimal string, not {type(amount).__name__}"
    )


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part[:1].upper() + part[1:] for part in rest)


def _iso(value: object, what: str) -> str:
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise TypeError(f"{what} must be a datetime.date, not {type(value).__name__}")
    return value.isoformat()


def _codes(value: object, what: str) -> list[Any]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise TypeError(f"{what} must be a list of codes, not a {type(value).__name__}")
    return list(value)


def _goal(value: object) -> dict[str, Any]:
    """A goal: a ``p2c.MoneyAmount``, an ``(amount, currency)`` pair or a mapping with
    ``amount`` and ``currency``."""
    if isinstance(value, Mapping):
        amount, currency = value.get("amount"), value.get("currency")
    elif isinstance(value, Sequence) and not isinstance(value, (str, bytes)) and len(value) == 2:
        amount, currency = value
    elif hasattr(value, "amount") and hasattr(value, "currency"):
        amount, currency = value.amount, value.currency
    else:
        raise TypeError(
            "goal must be a p2c.MoneyAmount, an (amount, currency) pair or "
            f"{{'amount': ..., 'currency': ...}}, not {type(value).__name__}"
        )
    return {"amount": _amount_text(amount, "goal amount"), "currency": currency}


def _explicit_rate(value: object) -> Any:
    """A stated rate: a ``p2c.ExplicitRate`` (a pledge's ``financial_value.explicit_rate``) or
    a mapping in the wire format (``to``, ``rate``, ``date``, ``source``)."""
    if isinstance(value, Mapping):
        return dict(value)
    if all(hasattr(value, a) for a in ("to", "rate", "date", "source")):
        return {
            "to": value.to,  # type: ignore[attr-defined]
            "rate": value.rate,  # type: ignore[attr-defined]
            "date": value.date,  # type: ignore[attr-defined]
            "source": value.source,  # type: ignore[attr-defined]
        }
    raise TypeError(
        f"explicit_rate must be a p2c.ExplicitRate or a mapping, not {type(value).__name__}"
    )


def _invalid_pledges(value: object, pledges: Sequence[Any] | None) -> dict[str, list[Any]]:
    """``invalid_pledges``: a mapping of pledge id to issue codes, or the :class:`p2c.Report` of
    a batch validation of the same list of pledges (each error's path starts with the index
    of its pledge, which names the pledge's id)."""
    from ._report import Report

    if isinstance(value, Report):
        if not value.batch or pledges is None:
            raise ValueError(
                "invalid_pledges takes the report of p2c.validate_batch() over the pledges "
                "being summarized, or a mapping of pledge id to issue codes"
            )
        out: dict[str, list[Any]] = {}
        for issue in value.errors:
            index = issue.path.split("/")[1] if issue.path.startswith("/") else ""
            if not index.isdigit() or int(index) >= len(pledges):
                raise ValueError(
                    f"the error `{issue.code}` at `{issue.path}` names no pledge of the "
                    f"{len(pledges)} being summarized: pass the report of "
                    "p2c.validate_batch() over the same list"
                )
            codes = out.setdefault(pledges[int(index)].id, [])
            if issue.code not in codes:
                codes.append(issue.code)
        return out
    if not isinstance(value, Mapping):
        raise TypeError(
            "invalid_pledges must be a mapping of pledge id to issue codes or a batch "
            f"p2c.Report, not {type(value).__name__}"
        )
    return {k: _codes(v, f"invalid_pledges[{k!r}]") for k, v in value.items()}


def call(pledges: Sequence[Any] | None = None, **options: Any) -> dict[str, Any]:
    """The call's JSON from keyword options; ``None`` leaves an option out (the core's
    default). ``pledges``: the pledges of the call, for ``invalid_pledges`` given as a batch
    report."""
    out: dict[str, Any] = {}
    filters: dict[str, Any] = {}
    for name, value in options.items():
        if value is None:
            continue
        if name in ("period", "new_between"):
            first, last = value
            filters[_camel(name)] = [_iso(first, f"{name}[0]"), _iso(last, f"{name}[1]")]
        elif name in _FILTERS:
            filters[_camel(name)] = _codes(value, name)
        elif name == "as_of":
            out["asOf"] = _iso(value, "as_of")
        elif name == "goal":
            out["goal"] = _goal(value)
        elif name == "explicit_rate":
            out["explicitRate"] = _explicit_rate(value)
        elif name == "invalid_pledges":
            out["invalidPledges"] = _invalid_pledges(value, pledges)
        else:
            out[_camel(name)] = value
    if filters:
        out["filters"] = filters
    return out
