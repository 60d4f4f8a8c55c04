"""Secondary-market events and policies from written items."""

from tests.helpers import extract

SECONDARY = """>> Secondary Market

Hongtu Micro: Two share transfers to one buyer

Hongtu Micro (688742.SH) announced that Qianhai Ruiyuan, a shareholder of more than 5% of the company's shares, transferred 12,000,000 shares, accounting for 6.00% of the company's total share capital, and the transferee was Zhongxin Jiacheng. The transaction price is 25.50 yuan per share and the total price is 306 million yuan. In addition, Binhai Xinlian also intends to transfer its 8,000,000 shares to Zhongxin Jiacheng at 26.00 yuan per share. After the transfers, Zhongxin Jiacheng will hold 10.00% of the company's shares.

Anjie Technology: A shareholder plans to reduce holdings

Anjie Technology (688373.SH) announced that Hefeng Investment, a shareholder holding more than 5% of the company's shares, currently holds 9,600,000 shares of the company, accounting for 8.00% of the company's total share capital. Hefeng Investment plans to reduce its holdings by no more than 1,200,000 shares, that is, no more than 1.00% of the company's total share capital.

Delu Optoelectronics: It plans to invest 42 million yuan in a fund

Delu Optoelectronics (688101.SH) announced that the company intends to contribute 42 million yuan to subscribe for 10.00% of the property share of Ningbo Hongxin Zhihui Venture Capital Partnership (Limited Partnership) as a limited partner. The total subscribed capital contribution of the partnership is 420 million yuan.

Ruifeng Precision: Controlling shareholder pledges shares

Ruifeng Precision (603867.SH) announced that the controlling shareholder Ruifeng Holding pledged 8,000,000 shares to Huaxia Securities, accounting for 21.62% of the shares it holds and 3.20% of the company's total share capital. After this pledge, Ruifeng Holding has pledged a total of 15,000,000 shares.
"""


def test_equity_events():
    events = extract(SECONDARY)["equity_event_mentions"].to_dicts()
    got = [(e["ticker"], e["event_type"], e["counterparty"], e["shares"], e["pct_of_total"], e["price_per_share"],
            e["total_amount"]) for e in events]
    assert got == [
        ("688742.SH", "share_transfer", "Zhongxin Jiacheng", 12e6, 6.0, 25.5, 3.06e8),
        ("688742.SH", "share_transfer", "Zhongxin Jiacheng", 8e6, None, 26.0, None),
        ("688373.SH", "shareholding_reduction", "Hefeng Investment", 1.2e6, 1.0, None, None),
        ("688101.SH", "fund_subscription", "Ningbo Hongxin Zhihui Venture Capital Partnership (Limited Partnership)",
         None, 10.0, None, 4.2e7),
        ("603867.SH", "share_pledge", "Ruifeng Holding", 8e6, 3.2, None, None),
    ]
    assert events[3]["stated_fund_size"] == 4.2e8 and events[0]["company_name"] == "Hongtu Micro"


POLICIES = """Policy

Guangdong: The maximum reward for a single project is 150 million yuan

Guangdong will reward a single foreign-funded project with a maximum of 150 million yuan, with subsidies of up to 3%.

Hubei: Cultivating 100-billion-level clusters

The General Office of the Hubei Provincial People's Government proposed to build clusters that will exceed 200 billion yuan by 2027, backed by a 10 billion yuan fund.

Hangzhou: Computing vouchers capped at 5 million yuan

Hangzhou will issue computing power vouchers, capped at 5 million yuan per enterprise and no more than 30% of the cost.

Ministry of Industry and Information Technology: Standards for humanoid robots

The ministry released guidelines for humanoid robot standards.
"""


def test_policies_caps_and_levels():
    policies = {p["issuer"]: p for p in extract(POLICIES)["policy_mentions"].to_dicts()}
    assert set(policies) == {"Guangdong", "Hubei", "Hangzhou", "Ministry of Industry and Information Technology"}
    assert (policies["Guangdong"]["cap_amount"], policies["Guangdong"]["pct_cap"]) == (1.5e8, 3.0)
    assert (policies["Hubei"]["cap_amount"], policies["Hubei"]["pct_cap"]) == (None, None)
    assert (policies["Hangzhou"]["cap_amount"], policies["Hangzhou"]["pct_cap"]) == (5e6, 30.0)
    levels = {k: (v["region"], v["level"]) for k, v in policies.items()}
    assert levels == {"Guangdong": ("Guangdong", "provincial"), "Hubei": ("Hubei", "provincial"),
                      "Hangzhou": ("Hangzhou", "municipal"),
                      "Ministry of Industry and Information Technology": ("national", "national")}


def test_an_empty_landing_folder_gives_typed_empty_tables():
    tables = extract("Nothing about money here at all, just a sentence.")
    assert all(frame.height == 0 for name, frame in tables.items() if name.endswith("_mentions")
               and name not in ("amount_mentions",))


def test_two_blocks_at_the_same_price_and_the_stake_after_the_shares():
    text = """>> Secondary Market

Yixin Materials: Two holders transfer shares

Yixin Materials (688783.SH) announced that Xu Yan intends to transfer 19,200,000 shares, accounting for 6.00% of the total share capital, at a price of 18.50 yuan per share; Tianjin Yixin intends to transfer 9,600,000 shares, accounting for 3.00% of the total share capital, at the same price. After the evaluation of the committee, the buyer pays a total of 532.8 million yuan.

Xuanhe Intelligent: A director plans to reduce holdings

Xuanhe Intelligent (833912.BJ) announced that Zhang Heng holds 2,400,000 shares, accounting for 4.00% of the total share capital, and plans to reduce his holdings by no more than 600,000 shares, that is, no more than 1.00% of the total share capital.
"""
    events = extract(text)["equity_event_mentions"].to_dicts()
    got = [(e["ticker"], e["shares"], e["pct_of_total"], e["price_per_share"]) for e in events]
    assert got == [("688783.SH", 19.2e6, 6.0, 18.5), ("688783.SH", 9.6e6, 3.0, 18.5), ("833912.BJ", 6e5, 1.0, None)]


def test_news_before_the_first_marker_and_all_caps_issuers():
    text = ("Evening Desk on June 3 - The main contents of today's news include: rent subsidies in Shanghai.\n\n"
            "SHANGHAI: ENTERPRISES IN KEY PARKS CAN ENJOY RENT SUBSIDIES OF UP TO 50%\n\n"
            "The Shanghai Municipal Commission issued measures with rent subsidies of up to 50%.\n\n"
            "[Primary Market]\n\nXingchen Drive completed a Series C round of 70 million US dollars\n\n"
            "Xingchen Drive announced a Series C round of 70 million US dollars.")
    tables = extract(text)
    [policy] = tables["policy_mentions"].to_dicts()
    assert (policy["region"], policy["level"], policy["pct_cap"]) == ("Shanghai", "municipal", 50.0)
    assert tables["deal_mentions"]["company_name"].to_list() == ["Xingchen Drive"]
