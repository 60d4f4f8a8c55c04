"""Deals and investors from written financing news: the general grammar, one family per test."""

from datetime import date

from tests.helpers import extract, investors, one_deal


def test_body_statement_wins_over_headline():
    deal = one_deal("RoboX has received tens of millions of dollars in seed round financing\n\n"
                    "Recently, Beijing RoboX Technology Co., Ltd. (project code: RoboX) completed a seed round of "
                    "financing of tens of millions of yuan, and the investor in this round is Lingyi Capital.")
    assert (deal["company_name"], deal["round"], deal["currency"]) == ("RoboX", "seed", "CNY")
    assert (deal["amount_low"], deal["amount_high"]) == (1e7, 1e8)
    assert "Beijing RoboX Technology Co., Ltd." in deal["company_aliases"]


def test_in_progress_round_with_conversion_and_pre_money_valuation():
    deal = one_deal("A robot unicorn plans to raise $300 million\n\n"
                    "Vastar Robotics, an American humanoid robot startup, is raising US$300 million (about 2.16 billion "
                    "yuan) at a pre-investment valuation of US$2 billion.")
    assert deal["company_name"] == "Vastar Robotics" and deal["deal_status"] == "in_progress"
    assert (deal["currency"], deal["amount_low"]) == ("USD", 3e8)
    assert (deal["valuation_kind"], deal["valuation"]) == ("pre_money", 2e9)
    assert abs(deal["implied_fx_rate"] - 7.2) < 1e-9


def test_planned_round_and_post_money_valuation():
    assert one_deal("Xihe Fusion plans to raise USD 600 million in a Series C round.")["deal_status"] == "planned"
    deal = one_deal("Lumi AI raised $40 billion in a new round of funding, bringing the post-investment valuation "
                    "to $300 billion.")
    assert (deal["round"], deal["valuation_kind"], deal["valuation"]) == ("undisclosed", "post_money", 3e11)


def test_investor_first_sentence_names_the_company_after_in():
    deal = one_deal("Haoyu Capital led the investment in Keyuan Photonics to complete a 300 million yuan Series B "
                    "financing, with Jiangbei Investment Group, Zijin Venture Capital and Tongxin Fund participating.")
    assert (deal["company_name"], deal["round"]) == ("Keyuan Photonics", "b")
    assert investors("Haoyu Capital led the investment in Keyuan Photonics to complete a 300 million yuan Series B "
                     "financing, with Jiangbei Investment Group, Zijin Venture Capital and Tongxin Fund participating.") == {
        "Haoyu Capital": "lead", "Jiangbei Investment Group": "participant", "Zijin Venture Capital": "participant",
        "Tongxin Fund": "participant"}


def test_roles_leads_followers_and_old_shareholders():
    text = ("Kexin Robotics completed a B+ round of 500 million yuan. The round was co-led by Guofang Capital and "
            "Mingyuan Fund, Pengcheng Venture Capital participated as a new investor, and old shareholders such as XVC, "
            "Fosun Ruizheng, and Bee Qiao Capital continued to increase their holdings.")
    assert investors(text) == {"Guofang Capital": "lead", "Mingyuan Fund": "lead", "Pengcheng Venture Capital": "participant",
                               "XVC": "existing", "Fosun Ruizheng": "existing", "Bee Qiao Capital": "existing"}


def test_a_list_cue_does_not_run_over_the_next_clause():
    text = ("Yunmo Semiconductor completed a C round of 800 million yuan. This round was led by old shareholder "
            "Huaxin Investment, and Jiangsu Integrated Circuit Industry Fund participated.")
    frame = extract(text)["investor_mentions"]
    roles = {r["investor_name"]: (r["role"], r["is_existing"]) for r in frame.to_dicts()}
    assert roles == {"Huaxin Investment": ("lead", True), "Jiangsu Integrated Circuit Industry Fund": ("participant", False)}


def test_names_with_and_commas_and_brackets_and_appositives():
    text = ("Xinhang Power completed a Series C round of 1 billion yuan, jointly led by Harbour and Summit Capital, "
            "Wuzhong Science and Technology Innovation Investment and Shenzhen Capital Group Co., Ltd., followed by "
            "Huanyu Industrial Investment, an industrial platform under a central enterprise, and Suzhou Jinji Lake "
            "Phase III Equity Investment Partnership (Limited Partnership).")
    assert investors(text) == {
        "Harbour and Summit Capital": "lead", "Wuzhong Science and Technology Innovation Investment": "lead",
        "Shenzhen Capital Group Co., Ltd": "lead", "Huanyu Industrial Investment": "participant",
        "Suzhou Jinji Lake Phase III Equity Investment Partnership (Limited Partnership)": "participant"}


def test_venture_arm_anonymous_parties_and_advisors():
    text = ("Lumina Silicon has raised HK$300 million in a Series A round, led by the venture capital arm of private "
            "equity firm Blue Harbour Partners, with a leading US dollar fund and local state-owned capital also "
            "participating. Mingde Partners served as the exclusive financial advisor.")
    assert investors(text) == {"Blue Harbour Partners": "lead"}


def test_earlier_rounds_are_background():
    text = ("Galaxy Zhiyuan completed hundreds of millions of yuan in Series C financing, and the investors in this "
            "round are Optics Valley Holdings and Qingkong Ginkgo. Galaxy Zhiyuan has previously completed angel, "
            "Pre-A and B rounds, with investors including GGV Capital and Sequoia China. The company raised $15 million "
            "in a Series A in 2023, backed by Gaoke Ventures.")
    deal = one_deal(text, published=date(2025, 4, 5))
    assert deal["round"] == "c"
    assert set(investors(text, published=date(2025, 4, 5))) == {"Optics Valley Holdings", "Qingkong Ginkgo"}


def test_statistics_list_lines_are_deals_and_totals_are_not():
    text = ("There were 41 investment and financing events this week; the total disclosed amount was about 5.2 billion "
            "yuan.\n\nSelected financing events of the week:\n\n"
            "Hanxing Aerospace – nearly 600 million yuan (Chang'an Industrial Fund, Shaanxi Aerospace Investment Co., Ltd.)\n\n"
            "Xiyue Semiconductor (D+ round) – $283M (Eastbridge Capital)\n\n"
            "Beiyao Materials – undisclosed (Yanhua Innovation Investment)")
    deals = {d["company_name"]: d for d in extract(text)["deal_mentions"].to_dicts()}
    assert set(deals) == {"Hanxing Aerospace", "Xiyue Semiconductor", "Beiyao Materials"}
    assert (deals["Xiyue Semiconductor"]["round"], deals["Xiyue Semiconductor"]["amount_low"]) == ("d_plus", 2.83e8)
    assert deals["Beiyao Materials"]["amount_low"] is None and deals["Hanxing Aerospace"]["amount_low"] == 5.4e8
    assert investors(text)["Shaanxi Aerospace Investment Co., Ltd"] == "participant"


def test_money_that_is_not_a_deal():
    text = ("Yuanqi Capital completed the first close of a 5 billion yuan hard-tech fund\n\n"
            "Yuanqi Capital announced the first close of its third fund, with a target size of 5 billion yuan. "
            "The market will exceed 50 billion yuan by 2028. Read 3.2W")
    assert extract(text)["deal_mentions"].height == 0


def test_a_news_brief_holds_several_deals():
    text = ("News-in-brief: Qilang Optics completed a Pre-A round of 80 million yuan, led by Hanyu Capital. "
            "Separately, Tengyun Power announced the completion of an approximately 600-million-yuan round B financing, "
            "followed by Binhai Industrial Fund. Tengyun Power said the funds will build a new plant. "
            "Xinghan Semiconductor bagged $50 million in a Series A round.")
    deals = extract(text)["deal_mentions"].sort("item_id").to_dicts()
    assert [(d["company_name"], d["round"], d["amount_low"]) for d in deals] == [
        ("Qilang Optics", "pre_a", 8e7), ("Tengyun Power", "b", 6e8), ("Xinghan Semiconductor", "a", 5e7)]
    assert investors(text) == {"Hanyu Capital": "lead", "Binhai Industrial Fund": "participant"}


def test_one_company_named_two_ways_is_one_deal():
    text = ("Hengyuan SiC completed a B round of 1bn yuan\n\nHefei Hengyuan Silicon Carbide Co., Ltd. completed a B round "
            "of 1bn yuan, led by Chaohu Fund. Hengyuan SiC said the B round will expand its 8-inch line.")
    assert one_deal(text)["company_name"] == "Hengyuan SiC"


def test_brief_paragraphs_under_a_label_are_separate_stories():
    text = ("NEWS-IN-BRIEF BELOW\n\nNews-in-brief:\n\n"
            "Xiangyu Sensor completed a Pre-IPO round of 400 million yuan. The investors in this round are Hubei Fund.\n\n"
            "Haiyun Neuro is about to complete a 300 million yuan Series B round, with a post-money valuation of "
            "3 billion yuan. The round is led by Qingyuan Fund.")
    deals = {d["company_name"]: d for d in extract(text)["deal_mentions"].to_dicts()}
    assert set(deals) == {"Xiangyu Sensor", "Haiyun Neuro"}
    assert deals["Haiyun Neuro"]["deal_status"] == "in_progress" and deals["Haiyun Neuro"]["valuation"] == 3e9
    assert investors(text) == {"Hubei Fund": "participant", "Qingyuan Fund": "lead"}


def test_reported_speech_is_this_round_but_a_main_clause_pluperfect_is_history():
    text = ("Tuoyan Robotics announced on May 19 that it had completed a Series E financing of ¥1.5B, funded by "
            "Foshan Capital. Before that, it had received angel investment from Fushan Angel Club.")
    deal = one_deal(text)
    assert (deal["company_name"], deal["round"], deal["amount_low"]) == ("Tuoyan Robotics", "e", 1.5e9)
    assert investors(text) == {"Foshan Capital": "participant"}


def test_statistics_name_the_largest_deal_by_possession_only():
    text = ("Weekly statistics of hard-tech financing: 87 events this week\n\nAmong them, 3 events exceeded 1 billion "
            "yuan. Zhiyuan Power's 1.8 billion yuan Series D financing was the largest event of the week. Qianhai Group "
            "was the most active investor, and Jinling Capital participated in 3 investments.")
    deal = one_deal(text)
    assert (deal["company_name"], deal["round"], deal["amount_low"]) == ("Zhiyuan Power", "d", 1.8e9)
    assert investors(text) == {}


def test_unnamed_parties_before_a_named_one():
    text = ("Sunray Hydrogen announced the completion of a USD 45 million Series A financing, led by Tidewater "
            "Ventures, with participation from a leading US dollar fund and Minjiang Green Capital.")
    assert investors(text) == {"Tidewater Ventures": "lead", "Minjiang Green Capital": "participant"}


def test_labelled_paragraphs_and_quick_takes_after_a_first_deal():
    text = ("Shuguang Hydrogen received billions of yuan in strategic financing\n\n"
            "Shuguang Hydrogen Energy completed a strategic financing of billions of yuan. "
            "Quick takes: Haoxing Materials raised in excess of 200 million yuan in a B+ round, with Yibin Fund as the "
            "investor; Xingyi Laser announced an A round exceeding 50 million yuan.\n\n"
            "Linghang Satellite: The 20 million yuan angel round of Linghang Satellite was invested by Zhuque Seed Fund.")
    deals = {d["company_name"]: (d["round"], d["amount_low"]) for d in extract(text)["deal_mentions"].to_dicts()}
    assert deals == {"Shuguang Hydrogen": ("strategic", 1e9), "Haoxing Materials": ("b_plus", 2e8),
                     "Xingyi Laser": ("a", 5e7), "Linghang Satellite": ("angel", 2e7)}
