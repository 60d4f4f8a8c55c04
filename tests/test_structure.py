"""Article bodies to sections, news items and sentences."""

import pytest

from orchestration.parsing.structure import news_items, sentences
from tests.helpers import articles_frame

DIGEST = """Science and Technology Daily

(1) Ministry of Science and Technology: a headline in the summary;

This week's important news in hard technology includes: a lead-in sentence.

{policy}

Ministry of Science and Technology: Support for pilot platforms

The ministry issued a notice on pilot platforms. It sets up a review mechanism.

{primary}

Kexin Robotics completed a Series A round of 100 million yuan

Kexin Robotics announced the completion of a Series A round of 100 million yuan.

{secondary}

Hualing Micro: Shareholder transfers shares

Hualing Micro (688001.SH) announced a transfer of 1,000,000 shares.

Read 1.43W

I want to comment
"""


@pytest.mark.parametrize("policy, primary, secondary", [
    ("Policy", ">> Primary market", ">> Secondary Market"),
    ("》》Policy", "》》Primary Market", "》》Secondary Market"),
    ("【Policy】", "【Primary Market】", "【Secondary Market】"),
    ("Policy:", "Primary Market:", "Secondary Market:"),
])
def test_section_markers(policy, primary, secondary):
    items = news_items(articles_frame(DIGEST.format(policy=policy, primary=primary, secondary=secondary)))
    assert items["section"].to_list() == ["policy", "primary_market", "secondary_market"]
    assert items["headline"][1] == "Kexin Robotics completed a Series A round of 100 million yuan"
    assert not any("Read 1.43W" in text or "comment" in text for text in items["text"])


def test_wire_without_headlines_takes_the_title():
    items = news_items(articles_frame("Kexin Robotics announced the completion of a round.\n\nIt was founded in 2019.",
                                      title="Kexin Robotics bags Series A"))
    assert items.height == 1 and items["headline"][0] == "Kexin Robotics bags Series A"


def test_tags_dangling_words_and_list_lines():
    body = ("[Hot Spotlight] Guangzhou: Chips get support\n\nThe\n\nGuangzhou government issued measures.\n\n"
            "Selected events:\n\nQiyuan Micro – RMB 150 million (Lanting Capital, Hefei Xingtai Co., Ltd.)\n\n"
            "Beiyao Materials – undisclosed (Yanhua Innovation Investment)")
    items = news_items(articles_frame(body))
    assert items["headline"][0] == "Guangzhou: Chips get support"
    assert items["text"][0].startswith("The Guangzhou government issued measures.")
    assert items["headline"].to_list()[-2:] == [
        "Qiyuan Micro – RMB 150 million (Lanting Capital, Hefei Xingtai Co., Ltd.)",
        "Beiyao Materials – undisclosed (Yanhua Innovation Investment)"]


def test_sentences_keep_legal_names_whole():
    items = news_items(articles_frame(
        "Hefei Xinming Technology Co., Ltd. (hereinafter referred to as \"Xinming\") completed a round. "
        "It will expand; Investors are pleased."))
    texts = sentences(items).filter(~sentences(items)["is_headline"])["sentence"].to_list()
    assert texts == ['Hefei Xinming Technology Co., Ltd. (hereinafter referred to as "Xinming") completed a round.',
                     "It will expand;", "Investors are pleased."]
