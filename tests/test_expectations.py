"""The Great Expectations bridge: checks that pass on good rows and fail, with the failing keys, on bad ones."""

from datetime import datetime

import pandas as pd
import pytest

from expectations.bridge import RESULT_SCHEMA, check_results, outcome_rows, validate
from expectations.suites import mart_suites

SUITES = {suite.name: suite for suite in mart_suites()}


DEAL = {"currency": "CNY", "round": "a", "amount_low": 1e8, "amount_high": 1e8, "fx_deviation": None}
EVENT = {"ticker": "688001.SH", "currency": None, "pct_of_total": None, "total_amount": None, "total_deviation": None,
         "share_capital_deviation": None, "stake_sum_deviation": None, "fund_size_deviation": None}


def deals(**overrides) -> pd.DataFrame:
    rows = [
        {**DEAL, "deal_id": "good-cny", "amount_low": 4e8, "amount_high": 4e8},
        {**DEAL, "deal_id": "good-usd", "currency": "USD", "round": "seed", "amount_low": 1e7, "amount_high": None,
         "fx_deviation": 0.004},
        {**DEAL, "deal_id": "good-vague", "round": "undisclosed", "amount_low": None, "amount_high": None},
    ]
    rows += [{**DEAL, **overrides}] if overrides else []
    return pd.DataFrame(rows)


def events(*extra) -> pd.DataFrame:
    return pd.DataFrame([
        {**EVENT, "event_id": "transfer", "ticker": "688037.SH", "currency": "CNY", "pct_of_total": 8.41,
         "total_amount": 1.448e9, "total_deviation": 0.0003, "share_capital_deviation": 0.0, "stake_sum_deviation": 0.0},
        {**EVENT, "event_id": "acquisition", "ticker": "09880.HK", "pct_of_total": 100.0},
        {**EVENT, "event_id": "subscription", "currency": "CNY", "pct_of_total": 9.06, "total_amount": 2.8e7,
         "fund_size_deviation": 0.0002},
        *[{**EVENT, **row} for row in extra],
    ])


def policies() -> pd.DataFrame:
    return pd.DataFrame([{"policy_id": "p", "level": "provincial", "pct_cap": 3.0}])


def run(deal_frame=None, event_frame=None):
    frames = {"fct_deals": deal_frame if deal_frame is not None else deals(),
              "fct_equity_events": event_frame if event_frame is not None else events(),
              "fct_policies": policies()}
    outcomes, _ = validate(list(SUITES.values()), frames)
    return {(r.asset_key.path[-1], r.check_name): r for r in check_results(outcomes, None)}, outcomes


@pytest.fixture(scope="module")
def clean_results():
    return run()


def test_good_rows_pass_every_check(clean_results):
    results, _ = clean_results
    assert all(r.passed for r in results.values()), [n for n, r in results.items() if not r.passed]
    assert set(results) == {(s.table, c.name) for s in SUITES.values() for c in s.checks}


@pytest.mark.parametrize("bad_row, check", [
    ({"deal_id": "unit-error", "currency": "CNY", "round": "a", "amount_low": 400.0, "amount_high": 400.0}, "amount_low_plausible"),
    ({"deal_id": "too-big", "currency": "CNY", "round": "a", "amount_low": 4e15, "amount_high": 4e15}, "amount_high_plausible"),
    ({"deal_id": "bad-code", "currency": "RMB", "round": "a", "amount_low": 1e8, "amount_high": 1e8}, "currency_is_iso"),
    ({"deal_id": "bad-round", "currency": "CNY", "round": "series_b", "amount_low": 1e8, "amount_high": 1e8}, "round_in_contract"),
    ({"deal_id": "inverted", "currency": "CNY", "round": "b", "amount_low": 5e8, "amount_high": 1e8}, "amount_low_not_above_high"),
    ({"deal_id": "bad-rate", "currency": "USD", "round": "b", "amount_low": 8e7, "amount_high": 8e7, "fx_deviation": 0.24},
     "fx_conversion_plausible"),
])
def test_a_bad_deal_fails_its_check_with_its_key(bad_row, check):
    results, _ = run(deal_frame=deals(**bad_row))
    failed = {key for key, r in results.items() if not r.passed}
    assert ("fct_deals", check) in failed and all(table == "fct_deals" for table, _ in failed)
    assert results[("fct_deals", check)].metadata["unexpected_keys"].value == [bad_row["deal_id"]]


@pytest.mark.parametrize("column, check", [
    ("total_deviation", "shares_times_price_matches_total"),
    ("share_capital_deviation", "implied_share_capital_consistent"),
    ("stake_sum_deviation", "stake_sum_matches_parts"),
    ("fund_size_deviation", "fund_size_consistent"),
])
def test_each_consistency_check_fails_on_its_crafted_row(column, check):
    results, _ = run(event_frame=events({"event_id": "off", column: 0.10}))
    failed = {key for key, r in results.items() if not r.passed}
    assert failed == {("fct_equity_events", check)}
    assert results[("fct_equity_events", check)].metadata["unexpected_keys"].value == ["off"]


def test_a_140_percent_stake_fails_and_is_a_warning():
    results, outcomes = run(event_frame=events({"event_id": "impossible", "pct_of_total": 140.0}))
    check = results[("fct_equity_events", "pct_of_total_in_range")]
    assert not check.passed and check.severity.value == "WARN"
    assert check.metadata["unexpected_keys"].value == ["impossible"]
    rows = outcome_rows(outcomes, "run-1", datetime(2025, 1, 1), None)
    assert dict(rows.schema) == RESULT_SCHEMA
    failing = rows.filter(~rows["success"])
    assert failing["unexpected_keys"].to_list() == [["impossible"]] and failing["severity"].to_list() == ["warn"]


def test_structural_checks_are_errors(clean_results):
    results, _ = clean_results
    assert results[("fct_deals", "currency_is_iso")].severity.value == "ERROR"
    assert results[("fct_deals", "amount_low_plausible")].severity.value == "WARN"
