"""Currency conversion: :func:`convert` and :class:`Conversion`.

Amounts cross into the extension as decimal text and come back as ``decimal.Decimal``; dates as
ISO text and back as ``datetime.date``. Floats are refused: a float may already have lost digits.
Every rule (rate lookup, policies, rounding) runs in p2c-core.
"""

from __future__ import annotations

import datetime
import decimal
from dataclasses import dataclass
from typing import Any

from . import _p2c

__all__ = ["Conversion", "convert"]

_POLICIES = {
    "default": None,
    "exactDate": {"kind": "exactDate"},
    "annualAverage": {"kind": "annualAverage"},
    "explicit": {"kind": "explicit"},
}


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


def _date(value: object, what: str) -> datetime.date:
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise TypeError(f"{what} must be a datetime.date, not {type(value).__name__}")
    return value


def _policy(policy: str | dict[str, Any] | None) -> dict[str, Any] | None:
    if policy is None or isinstance(policy, dict):
        return policy
    if isinstance(policy, str):
        if policy.startswith("onOrBefore:"):
            return {"kind": "onOrBefore", "maxDays": int(policy.split(":", 1)[1])}
        if policy in _POLICIES:
            return _POLICIES[policy]
    raise ValueError(
        f"unknown policy `{policy}`: use one of {sorted(_POLICIES)}, `onOrBefore:N` or the "
        "core's JSON form such as {'kind': 'chain', 'policies': [...]}"
    )


@dataclass(frozen=True)
class Conversion:
    """A converted amount and everything needed to reproduce it.

    ``rate`` is units of ``currency`` per unit of ``original_currency`` (full precision);
    ``rate_date`` is the rate's date (publication day, 1 January for annual averages);
    ``rate_kind`` is ``"daily"``, ``"annual_average"``, ``"explicit"``, ``"stated_equivalent"`` or ``"identity"``;
    ``policy`` is the single policy that found the rate (``None`` for identity), in the core's
    JSON form; ``table_id`` identifies the rate table (``sha256:…``).
    """

    amount: decimal.Decimal
    currency: str
    original_amount: decimal.Decimal
    original_currency: str
    rate: decimal.Decimal
    value_date: datetime.date
    rate_date: datetime.date
    rate_kind: str
    source: str
    policy: dict[str, Any] | None
    table_id: str
    rounding: str
    decimal_places: int | None

    def to_dict(self) -> dict[str, Any]:
        """The conversion in the core's wire format (decimals and dates as strings)."""
        out: dict[str, Any] = {
            "original": {
                "amount": format(self.original_amount, "f"),
                "currency": self.original_currency,
            },
            "converted": {"amount": format(self.amount, "f"), "currency": self.currency},
            "rate": format(self.rate, "f"),
            "valueDate": self.value_date.isoformat(),
            "rateDate": self.rate_date.isoformat(),
            "rateKind": self.rate_kind,
            "source": self.source,
            "tableId": self.table_id,
            "rounding": self.rounding,
        }
        if self.policy is not None:
            out["policy"] = self.policy
        if self.decimal_places is not None:
            out["decimalPlaces"] = self.decimal_places
        return out

    @classmethod
    def _from_dict(cls, d: dict[str, Any]) -> Conversion:
        return cls(
            amount=decimal.Decimal(d["converted"]["amount"]),
            currency=str(d["converted"]["currency"]),
            original_amount=decimal.Decimal(d["original"]["amount"]),
            original_currency=str(d["original"]["currency"]),
            rate=decimal.Decimal(d["rate"]),
            value_date=datetime.date.fromisoformat(d["valueDate"]),
            rate_date=datetime.date.fromisoformat(d["rateDate"]),
            rate_kind=str(d["rateKind"]),
            source=str(d["source"]),
            policy=d.get("policy"),
            table_id=str(d["tableId"]),
            rounding=str(d["rounding"]),
            decimal_places=d.get("decimalPlaces"),
        )


def convert(
    amount: decimal.Decimal | int | str,
    currency: str,
    date: datetime.date,
    to: str = "USD",
    policy: str | dict[str, Any] | None = None,
    table: _p2c.RateTable | None = None,
    *,
    rounding: str = "bankers",
) -> Conversion:
    """Convert ``amount`` of ``currency``, valued on ``date``, into ``to``.

    ``policy`` picks the rate: ``None``/``"default"`` (the daily rate on or up to 7 days before
    the date, else the year's average), ``"exactDate"``, ``"onOrBefore:N"``, ``"annualAverage"``,
    or the core's JSON form (``{"kind": "chain", "policies": [...]}``). ``table`` defaults to
    :meth:`RateTable.embedded`. ``rounding`` names the strategy applied once to the result
    (``"bankers"``, ``"halfUp"``, ``"halfDown"``, ``"towardZero"``, ``"awayFromZero"``,
    ``"floor"``, ``"ceiling"``).

    Raises ``TypeError`` for a float amount, :class:`p2c.RateNotFoundError` when no rate is
    found, and :class:`p2c.P2cError` (``unknown_code``, ``currency_withdrawn``, ``overflow``)
    for the other failures.
    """
    options: dict[str, Any] = {"to": to, "rounding": rounding}
    pol = _policy(policy)
    if pol is not None:
        options["policy"] = pol
    request = {
        "money": {"amount": _amount_text(amount), "currency": currency},
        "valueDate": _date(date, "date").isoformat(),
        "options": options,
    }
    return Conversion._from_dict(_p2c._convert(request, table))
