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
from ._call import _amount_text, call

__all__ = ["Conversion", "convert"]

def _date(value: object, what: str) -> datetime.date:
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise TypeError(f"{what} must be a datetime.date, not {type(value).__name__}")
    return value


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
    explicit_rate: _p2c.ExplicitRate | dict[str, Any] | None = None,
) -> Conversion:
    """Convert ``amount`` of ``currency``, valued on ``date``, into ``to``.

    ``policy`` picks the rate: ``None``/``"default"`` (the daily rate on or up to 7 days before
    the date, else the year's average), ``"exact_date"``, ``"on_or_before:N"``,
    ``"annual_average"``, ``"explicit"``, ``"stated_equivalent"``, or the core's JSON form
    (``{"kind": "chain", "policies": [...]}``); the 0.1 spellings (``"exactDate"``,
    ``"onOrBefore:N"``, ``"annualAverage"``) still work for one release, with a
    ``DeprecationWarning``. ``table`` defaults to :meth:`RateTable.embedded`. ``rounding``
    names the strategy applied once to the result (``"bankers"``, ``"half_up"``,
    ``"half_down"``, ``"toward_zero"``, ``"away_from_zero"``, ``"floor"``, ``"ceiling"``).
    ``currency`` and ``to`` are ISO 4217 codes in any case, or a currency's name (``"euro"``).
    ``explicit_rate`` is a rate stated with the amount (a pledge's
    ``financial_value.explicit_rate``, or its wire form ``{"to", "rate", "date", "source"}``),
    which the ``"explicit"`` policy uses.

    Raises ``TypeError`` for a float amount, :class:`p2c.RateNotFoundError` when no rate is
    found, :class:`p2c.OptionError` (``unknown_code``: an unknown currency or policy, with a
    suggestion) and :class:`p2c.P2cError` (``currency_withdrawn``, ``overflow``) for the other
    failures.
    """
    request = call(
        amount=_amount_text(amount),
        currency=currency,
        value_date=_date(date, "date").isoformat(),
        to=to,
        policy=policy,
        rounding=rounding,
        explicit_rate=explicit_rate,
    )
    return Conversion._from_dict(_p2c._convert(request, table))
