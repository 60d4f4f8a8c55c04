"""What the marts must satisfy, as plain data: building the GE objects waits until a validation runs.

Severity: `error` for what breaks an analyst's query (a currency that is no ISO code, a round outside the
contract, a low bound above the high) — it blocks downstream assets (the BI snapshot); `warn` for rows
whose values are implausible (unit errors, impossible stakes) — they are flagged, and the run goes on.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from typing import Any, Literal

from orchestration.parsing.patterns import ROUND_ORDER
from orchestration.settings import DBT_PROJECT_DIR, dbt_vars

Severity = Literal["error", "warn"]

ISO_CURRENCIES = [
    "CNY", "USD", "HKD", "EUR", "JPY", "GBP", "CHF", "SGD", "KRW", "TWD", "AUD", "CAD", "SEK", "NOK", "DKK",
    "INR", "AED", "SAR", "ILS", "RUB", "BRL", "MXN", "NZD", "THB", "MYR", "IDR", "VND", "PHP",
]
PLAUSIBILITY_SEED = DBT_PROJECT_DIR / "seeds" / "currency_plausibility.csv"



@dataclass(frozen=True)
class Expectation:
    """One GE expectation: a class of `great_expectations.expectations` and its arguments."""

    expectation_type: str
    kwargs: dict[str, Any]
    where: dict[str, Any] = field(default_factory=dict)  # only rows whose columns equal these values

    @property
    def column(self) -> str | None:
        return self.kwargs.get("column") or self.kwargs.get("column_A")


@dataclass(frozen=True)
class Check:
    """A Dagster asset check: passes when all its expectations do (one per currency, say)."""

    name: str
    expectations: list[Expectation]
    severity: Severity
    description: str


def check(name: str, expectation_type: str, kwargs: dict[str, Any], severity: Severity, description: str) -> Check:
    return Check(name, [Expectation(expectation_type, kwargs)], severity, description)


@dataclass(frozen=True)
class Suite:
    name: str
    schema: str
    table: str
    key_column: str
    checks: list[Check] = field(default_factory=list)

    @property
    def asset_path(self) -> list[str]:
        return [self.schema, self.table]


def currency_bounds() -> dict[str, tuple[float, float]]:
    """Plausible amounts per currency, from the dbt seed that also flags the rows."""
    with PLAUSIBILITY_SEED.open() as handle:
        return {row["currency"]: (float(row["min_amount"]), float(row["max_amount"])) for row in csv.DictReader(handle)}


def plausible_amounts(column: str, min_scale: float = 1.0) -> Check:
    """Amounts within their currency's plausible bounds: outside is a unit error (400 yuan for '400 million')."""
    return Check(
        name=f"{column}_plausible",
        expectations=[
            Expectation("ExpectColumnValuesToBeBetween",
                        {"column": column, "min_value": low * min_scale, "max_value": high},
                        where={"currency": currency})
            for currency, (low, high) in currency_bounds().items()
        ],
        severity="warn",
        description=f"{column} lies within its currency's plausible bounds (dbt seed currency_plausibility); "
                    "outside is a unit error (400 yuan for '400 million', 4e15 yuan) or a parse error.",
    )


def at_most(name: str, column: str, tolerance: float, description: str) -> Check:
    return check(name, "ExpectColumnValuesToBeBetween", {"column": column, "min_value": 0, "max_value": tolerance},
                 "warn", description)


def consistency_checks() -> list[Check]:
    """The arithmetic of secondary-market items: each deviation column is computed in dbt, relative to 1."""
    tolerance = dbt_vars()["consistency_tolerance"]
    return [
        at_most("shares_times_price_matches_total", "total_deviation", tolerance,
                f"shares x price per share equals the stated total within {tolerance:.0%}."),
        at_most("implied_share_capital_consistent", "share_capital_deviation", tolerance,
                f"Within one article and ticker, shares / percentage imply one share capital within {tolerance:.0%}."),
        at_most("stake_sum_matches_parts", "stake_sum_deviation", tolerance,
                f"A stated resulting stake equals the sum of the transferred stakes within {tolerance:.0%}."),
        at_most("fund_size_consistent", "fund_size_deviation", tolerance,
                f"LP subscriptions into one fund imply one fund size, equal to a stated size within {tolerance:.0%}."),
    ]


def mart_suites() -> list[Suite]:
    return [
        Suite("fct_deals", "marts", "fct_deals", "deal_id", [
            check("currency_is_iso", "ExpectColumnValuesToBeInSet", {"column": "currency", "value_set": ISO_CURRENCIES},
                  "error", "Deal currencies are ISO 4217 codes."),
            check("round_in_contract", "ExpectColumnValuesToBeInSet", {"column": "round", "value_set": ROUND_ORDER},
                  "error", "Rounds use the contract's codes."),
            check("amount_low_not_above_high", "ExpectColumnPairValuesAToBeGreaterThanB",
                  {"column_A": "amount_high", "column_B": "amount_low", "or_equal": True,
                   "ignore_row_if": "either_value_is_missing"},
                  "error", "amount_low <= amount_high."),
            check("amount_low_positive", "ExpectColumnValuesToBeBetween",
                  {"column": "amount_low", "min_value": 0, "strict_min": True}, "error", "Amounts are positive."),
            plausible_amounts("amount_low"),
            plausible_amounts("amount_high"),
            at_most("fx_conversion_plausible", "fx_deviation", dbt_vars()["fx_tolerance"],
                    "A bracketed conversion implies a rate within 5% of the ECB reference rate of its date."),
        ]),
        Suite("fct_equity_events", "marts", "fct_equity_events", "event_id", [
            *consistency_checks(),
            check("pct_of_total_in_range", "ExpectColumnValuesToBeBetween",
                  {"column": "pct_of_total", "min_value": 0, "max_value": 100, "strict_min": True},
                  "warn", "A stake is a percentage in (0, 100]."),
            check("ticker_format", "ExpectColumnValuesToMatchRegex",
                  {"column": "ticker", "regex": r"^\d{5,6}\.(?:SH|SZ|BJ|HK)$"}, "error",
                  "Tickers carry an exchange suffix: 688037.SH, 09880.HK."),
            check("currency_is_iso", "ExpectColumnValuesToBeInSet", {"column": "currency", "value_set": ISO_CURRENCIES},
                  "error", "Event currencies are ISO 4217 codes."),
            plausible_amounts("total_amount", min_scale=0.01),
        ]),
        Suite("fct_policies", "marts", "fct_policies", "policy_id", [
            check("level_in_contract", "ExpectColumnValuesToBeInSet",
                  {"column": "level", "value_set": ["national", "provincial", "municipal"]}, "error",
                  "Policy levels are national, provincial or municipal."),
            check("pct_cap_in_range", "ExpectColumnValuesToBeBetween",
                  {"column": "pct_cap", "min_value": 0, "max_value": 100, "strict_min": True}, "warn",
                  "A percentage cap lies in (0, 100]."),
        ]),
    ]
