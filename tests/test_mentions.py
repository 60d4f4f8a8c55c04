"""Typed mentions: every row of the contract's amount table, currencies, rounds, shares, percentages, tickers."""

import pytest

from orchestration.parsing.mentions import (
    amount_mentions,
    percent_mentions,
    round_mentions,
    share_mentions,
    ticker_mentions,
)
from tests.helpers import sentences_frame


def first_amount(text: str) -> dict:
    frame = amount_mentions(sentences_frame(text))
    assert frame.height >= 1, f"no amount in {text!r}"
    return frame.row(0, named=True)


@pytest.mark.parametrize("text, currency, low, high", [
    # the contract's table, row by row
    ("raised 528 million yuan", "CNY", 528e6, 528e6),
    ("raised $40 billion", "USD", 40e9, 40e9),
    ("about 10 million yuan", "CNY", 1e7, 1e7),
    ("approximately 2 billion yuan", "CNY", 2e9, 2e9),
    ("around US$50 million", "USD", 5e7, 5e7),
    ("nearly 1 billion yuan", "CNY", 9e8, 1e9),
    ("close to 300 million yuan", "CNY", 2.7e8, 3e8),
    ("almost 2亿元", "CNY", 1.8e8, 2e8),
    ("over 50 million yuan", "CNY", 5e7, None),
    ("more than 100 million yuan", "CNY", 1e8, None),
    ("exceeding RMB 150 million", "CNY", 1.5e8, None),
    ("tens of millions of yuan", "CNY", 1e7, 1e8),
    ("ten-million-level financing", "CNY", 1e7, 1e8),
    ("hundreds of millions of yuan", "CNY", 1e8, 1e9),
    ("100-million-level round", "CNY", 1e8, 1e9),
    ("billions of yuan", "CNY", 1e9, 1e10),
    # the phrasing catalogue's other forms
    ("1.59 billion yuan", "CNY", 1.59e9, 1.59e9),
    ("a 700-million-yuan round", "CNY", 7e8, 7e8),
    ("1bn yuan", "CNY", 1e9, 1e9),
    ("RMB76,585,500", "CNY", 76585500, 76585500),
    ("CNY 920 million", "CNY", 9.2e8, 9.2e8),
    ("¥1.27B", "CNY", 1.27e9, 1.27e9),
    ("¥100M", "CNY", 1e8, 1e8),
    ("122 million US dollars", "USD", 1.22e8, 1.22e8),
    ("USD 600 million", "USD", 6e8, 6e8),
    ("$283M", "USD", 2.83e8, 2.83e8),
    ("HK$300 million", "HKD", 3e8, 3e8),
    ("EUR 45 million", "EUR", 4.5e7, 4.5e7),
    ("€30 million", "EUR", 3e7, 3e7),
    ("JPY 2 billion", "JPY", 2e9, 2e9),
    ("3000W yuan", "CNY", 3e7, 3e7),
    ("5000万元", "CNY", 5e7, 5e7),
    ("over ten million yuan", "CNY", 1e7, None),
    ("several hundred million yuan", "CNY", 1e8, 1e9),
    ("multi-hundred-million-yuan", "CNY", 1e8, 1e9),
    ("some €30 million", "EUR", 3e7, 3e7),
    ("in excess of EUR 52 million", "EUR", 5.2e7, None),
    ("at least $95M", "USD", 9.5e7, None),
    ("up to 150 million yuan", "CNY", None, 1.5e8),
])
def test_amount_bounds(text, currency, low, high):
    amount = first_amount(text)
    assert (amount["currency"], amount["amount_low"], amount["amount_high"]) == (currency, low, high)


def test_billion_yuan_level_keeps_literal_bounds_and_asks_for_review():
    amount = first_amount("a billion-yuan-level B+ round")
    assert (amount["amount_low"], amount["amount_high"], amount["needs_review"]) == (1e9, 1e10, True)


def test_contexts_valuation_conversion_rate_and_price():
    frame = amount_mentions(sentences_frame(
        "is raising US$400 million (about 2.87 billion yuan) at a pre-investment valuation of US$1.75 billion, "
        "($1 = 7.1 yuan), at 85.71 yuan per share, bringing the post-money valuation to $3 billion"))
    rows = frame.to_dicts()
    assert rows[0]["amount_text"] == "US$400 million" and not rows[0]["is_bracketed"]
    assert rows[1]["is_bracketed"] and rows[1]["currency"] == "CNY"
    assert rows[2]["is_valuation"] and rows[2]["valuation_kind"] == "pre_money"
    assert any(r["is_rate"] for r in rows)
    assert any(r["is_per_share"] and r["value"] == 85.71 for r in rows)
    assert rows[-1]["valuation_kind"] == "post_money" and rows[-1]["value"] == 3e9


@pytest.mark.parametrize("text", ["Read 1.43W", "16,899,750 shares", "accounting for 2.5%", "in 2025", "200 EFLOPS"])
def test_numbers_that_are_not_money(text):
    assert amount_mentions(sentences_frame(text)).height == 0


@pytest.mark.parametrize("text, code", [
    ("completed a seed round", "seed"), ("an angel round", "angel"), ("Angel+ round", "angel_plus"),
    ("an angel-round additional investment", "angel_plus"), ("a Pre-A round", "pre_a"), ("Pre-A+ round", "pre_a_plus"),
    ("Series A", "a"), ("A1 round", "a"), ("Series A2", "a"), ("A+ round", "a_plus"), ("A++ round", "a_plus"),
    ("pre-B round", "pre_b"), ("B round", "b"), ("round B", "b"), ("B-round", "b"), ("Series B+ round", "b_plus"),
    ("C round", "c"), ("C+ rounds", "c_plus"), ("Series D", "d"), ("D+ round", "d_plus"), ("E round", "e"),
    ("Series F", "f"), ("strategic financing", "strategic"), ("strategically invested by X", "strategic"),
    ("Pre-IPO round", "pre_ipo"), ("a new round of funding", "undisclosed"),
])
def test_round_codes(text, code):
    assert round_mentions(sentences_frame(text))["round"].to_list()[-1] == code


@pytest.mark.parametrize("text", ["a round of financing", "Jiaxing Angel Fund invested", "Zhongguancun Seed Fund"])
def test_words_that_are_not_rounds(text):
    assert round_mentions(sentences_frame(text)).height == 0


def test_shares_and_percentages_separate_events_from_holdings():
    text = ("X, a shareholder of more than 5%, which holds 10,000,000 shares, plans to reduce by no more than "
            "2,000,000 shares, that is, no more than 2.3029% of the total share capital; its 5%-plus shareholder Y "
            "pledged 1.75 million shares, 21.62% of the shares it holds and 3.20% of the total share capital")
    shares = share_mentions(sentences_frame(text)).to_dicts()
    assert [(s["shares"], s["is_holding"]) for s in shares] == [(1e7, True), (2e6, False), (1.75e6, False)]
    pcts = [(p["pct"], p["is_holding"]) for p in percent_mentions(sentences_frame(text)).to_dicts()]
    assert pcts == [(5.0, True), (2.3029, False), (5.0, True), (21.62, True), (3.2, False)]


@pytest.mark.parametrize("text, name, ticker", [
    ("Xinyuan Micro (688037.SH) announced", "Xinyuan Micro", "688037.SH"),
    ("Weichuang (300946.SZ) said", "Weichuang", "300946.SZ"),
    ("Leiming (code: 688583) announced", "Leiming", "688583.SH"),
    ("Huazhi Tech (02473.HK) placed", "Huazhi Tech", "02473.HK"),
    ("Tencent (0700.HK)", "Tencent", "00700.HK"),
    ("Beijing Jingyi (832000) on the BSE", "Beijing Jingyi", "832000.BJ"),
])
def test_tickers(text, name, ticker):
    row = ticker_mentions(sentences_frame(text)).row(0, named=True)
    assert (row["name"], row["ticker"]) == (name, ticker)


@pytest.mark.parametrize("text, low, high", [
    ("a 100-million-yuan-level Pre-A+ round", 1e8, 1e9),
    ("a ten-million-yuan-level angel round", 1e7, 1e8),
    ("the subsidy shall not exceed 20 million yuan", None, 2e7),
])
def test_more_magnitudes_and_caps(text, low, high):
    amount = first_amount(text)
    assert (amount["amount_low"], amount["amount_high"]) == (low, high)


def test_a_percentage_that_shall_not_exceed_is_a_cap():
    row = percent_mentions(sentences_frame("the subsidy shall not exceed 80% of the annual premium")).row(0, named=True)
    assert (row["pct"], row["is_cap"]) == (80.0, True)


@pytest.mark.parametrize("text, shares", [
    ("place a total of 36,000,000 new H shares", 36e6),
    ("transfer 15,000,000 unrestricted tradable shares of the company", 15e6),
])
def test_share_counts_with_share_classes(text, shares):
    assert share_mentions(sentences_frame(text))["shares"].to_list() == [shares]
