"""The scorer itself: tallies, name matching and role sets."""

from orchestration.evaluation import Report, Tally, gold_investors, name_key, same_number


def test_tally_precision_recall_f1():
    tally = Tally(tp=8, predicted=10, gold=9)
    assert (tally.precision, round(tally.recall, 4), round(tally.f1, 4)) == (0.8, 0.8889, 0.8421)
    assert Tally().f1 == 1.0 and Tally(predicted=2).f1 == 0.0


def test_names_match_ignoring_case_and_punctuation():
    assert name_key("Xi'an Lianfeng Co., Ltd.") == name_key("xian lianfeng co ltd")


def test_numbers_within_one_percent():
    assert same_number(1.448e9, 1.4485e9) and not same_number(1e8, 1e9)
    assert same_number(None, None) and not same_number(None, 1.0)


def test_gold_roles_lead_beats_existing():
    deal = {"lead_investors": ["A"], "investors": ["B"], "existing_investors": ["A", "C"]}
    assert gold_investors(deal) == {("a", "lead"), ("b", "participant"), ("c", "existing")}


def test_report_exact_match():
    report = Report()
    report.exact["deals"] = [17, 20]
    assert report.exact_match("deals") == 0.85
