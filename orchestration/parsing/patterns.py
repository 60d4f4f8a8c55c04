"""The grammar of these articles, as regular expressions for Polars (Rust `regex`: no look-around).

Each family is recognised in exactly one place: names, amounts, rounds, shares, percentages, tickers.
"""

from __future__ import annotations

# --- names ---------------------------------------------------------------------------------------
# A proper name is a run of capitalised tokens, optionally joined by short particles ("Bank of China",
# "Harbour and Summit"), with bracketed parts ("(Shanghai)", "(Limited Partnership)") and "Co., Ltd.".
_CAP_TOKEN = r"(?:Co\.,\s?Ltd\.?|[（(][A-Z][\w'’&.\- ]*[)）]|[A-Z0-9][\w'’&.\-+]*[\w+)]|[A-Z])"
_PARTICLE = r"(?:of|and|de|for|the|&|du|der|von)"
NAME = rf"{_CAP_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_CAP_TOKEN})*"
# A list of names: "A, B, C and D", "A and B", "A、B".
# An appositive inside a list describes the name before it: "A, an industrial platform under B, and C".
APPOSITIVE = r",\s*(?:an?|the|one of)\s+[a-z][^,;.()]*"
NAME_LIST = rf"{NAME}(?:(?:{APPOSITIVE})?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*、\s*|\s+as well as\s+){NAME})*"
# The subject of a verb: "A, B and C participated"; ", and" closes it ("led by A, and B participated").
SUBJECT_LIST = rf"{NAME}(?:\s*,\s*{NAME})*(?:\s+and\s+{NAME})?"
# Where a clause, and so a subject, can start (not after a bare "and": that joins names in a list).
CLAUSE_START = (
    r"(?:^|[,;:]\s*(?:and\s+|while\s+|but\s+)?|\b(?:while|but|whereas|with|after|as)\s+|\b[a-z][\w-]*\s+and\s+)"
    # the subject's title: "angel investor X followed on", "new shareholder Y joined"
    r"(?:(?P<title>(?i:angel|early|earlier|previous|existing|old|original|new|strategic|institutional|industrial|financial))\s+"
    r"(?i:investors?|shareholders?|backers?)\s+"
    # or a description: "European fund X led the round", "Chinese investor Y also participated"
    r"|(?:[A-Za-z][\w-]*\s+){0,2}?(?:fund|investors?|firm|institution|backer|shareholder|giant|manager|arm|platform)\s+)?"
)
# "and" inside one name, protected from the list split: "Science and Technology", "Harbour and Summit Capital".
AND_INSIDE_NAME = (
    r"\b(Semiconductors?|Intelligent|Intelligence|Science|Technology|Technologies|Industry|Industrial|Information|"
    r"Equipment|Energy|Materials?|Manufacturing|Culture|Cultural|Health|Medical|Digital|Innovation|Education|Trade|"
    r"Financial|Research|Communications?|Electronics?|Aerospace|Automotive|Biotech|Pharmaceutical|Agriculture|"
    r"Environmental|Transportation|Logistics|Marine|Ocean)"
    r" and ([A-Z])"
    r"|(^|,\s*|\band\s+)([A-Z][\w'’-]*) and ([A-Z][\w'’-]*\s+(?:Capital|Ventures|Partners|Fund|Investment|Holdings|Group|Investors|Equity))\b"
)
# Words that end an organisation's name: "A Capital and B Fund" are two names; "Sunrise and Harvest Fund" is one.
ORG_END = (
    r"(?:Capital|Ventures|Venture|Partners|Fund|Funds|Investment|Investments|Holdings|Group|Ltd\.?|Limited|"
    r"Partnership\)|Partnership|Bank|Securities|Management|Angel|Club|Equity|Investors|Corporation|Inc\.?|LLC|LP|"
    r"Trust|Foundation|Associates|Industries|Company|Co\.)"
)
# Where a name list is split into names. Commas inside "Co., Ltd." are protected before splitting.
LIST_SEPARATOR = r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*、\s*|\s+as well as\s+"
# Capitalised words that open sentences but never name a party.
NOT_A_NAME = (
    r"(?i)^(?:recently|currently|meanwhile|additionally|however|moreover|furthermore|besides|also|today|"
    r"yesterday|in addition|at the same time|according to.*|after.*|before.*|since.*|among them|this|that|"
    r"these|those|it|its|the company|the round|the financing|this round|shareholders?|investors?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: \d+)?|\d+|[A-Z]|series [a-f]\+*|"
    r"pre-[a-z]+|ipo|(?:the )?company|group|fund|capital|the)$"
)

# --- amounts -------------------------------------------------------------------------------------
QUALIFIER = (
    r"about|approximately|approx\.|roughly|around|some|nearly|close to|almost|over|more than|exceeding|"
    r"exceeds?|at least|no less than|not less than|above|in excess of|up to|no more than|not more than|not exceeding|"
    r"(?:shall |should |will |does |must )?not exceed|no higher than|a maximum of|"
    r"maximum of|capped at|at most|less than|under|a total of|totalling|totaling|totaled|totalled"
)
CURRENCY_PREFIX = r"US\s?\$|U\.S\.\s?\$|USD|HK\s?\$|HKD|S\$|SGD|RMB|CNY|EUR|JPY|GBP|CHF|[¥￥€£$]"
CURRENCY_SUFFIX = (
    r"yuan|renminbi|RMB|CNY|US dollars?|U\.S\. dollars?|USD|Hong Kong dollars?|HK dollars?|HKD|"
    r"Singapore dollars?|SGD|dollars?|euros?|EUR|Japanese yen|yen|JPY|pounds? sterling|pounds?|GBP|"
    r"Swiss francs?|CHF|元|美元|港元|欧元|日元"
)
NUMBER = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    r"|\b(?:one hundred|a hundred|one|two|three|four|five|six|seven|eight|nine|ten)\b"
)
SCALE = r"trillion|billion|million|thousand|bn|mn|mln|[mMbBkKwW]\b|千万|百万|万|亿"
VAGUE_MAGNITUDE = (
    r"tens of millions|tens of million|ten-million-level|10-million-level|ten million level|"
    r"hundreds of millions|hundreds of million|several hundred million|multi-hundred-million|multi-hundred million|"
    r"100-million-level|hundred-million-level|100 million level|100-million-yuan-level|hundred-million-yuan-level|"
    r"ten-million-yuan-level|10-million-yuan-level|"
    r"tens of billions|ten-billion-level|several billion|billions|billion-yuan-level|billion-level|"
    r"hundreds of billions"
)
# What stands before an amount and changes its meaning: a valuation, a bracketed conversion, an "=" rate.
_AMOUNT_CONTEXT = (
    r"(?P<context>(?:(?:pre|post)[- ]?(?:investment|money|financing)\s+)?valuation\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:of|to|at|was|is|reached|reach|reaches|exceeding|exceeded|exceeds|hit|hits|stands at|stood at)\s+|"
    r"valued\s+at\s+|valuing\s+(?:it|the company)\s+at\s+|"
    r"[(（]\s*(?:about|approximately|roughly|around|equivalent to|or|i\.e\.,?|approx\.)?\s*|=\s*)?"
)
_QUALIFIER_GROUP = rf"(?:(?P<qualifier>{QUALIFIER})\s+)?"
AMOUNT = (
    _AMOUNT_CONTEXT + _QUALIFIER_GROUP
    + r"(?:"
    # $40 billion, US$400 million, RMB76,585,500, ¥1.27B, HK$300 million, USD 600 million
    + rf"(?P<prefix>{CURRENCY_PREFIX})\s?(?P<number>{NUMBER})(?:[\s-]*(?P<scale>{SCALE}))?(?:[\s-]+(?P<suffix_after_prefix>{CURRENCY_SUFFIX})\b)?"
    # 528 million yuan, 700-million-yuan, 3000W yuan, 5000万元, 122 million US dollars
    + rf"|(?P<number2>{NUMBER})(?:[\s-]*(?P<scale2>{SCALE}))?[\s-]*(?:of\s+)?(?P<suffix>{CURRENCY_SUFFIX})"
    # tens of millions of yuan, hundreds of millions of US dollars, billion-yuan-level
    + rf"|(?P<vague_prefix>{CURRENCY_PREFIX})?\s?(?P<vague>{VAGUE_MAGNITUDE})(?:[\s-]+(?:of\s+)?(?P<vague_suffix>{CURRENCY_SUFFIX})\b)?"
    + r")"
    + r"(?P<per_share>\s*(?:per share|/share|a share|each share))?"
)
# Multipliers of the scale words; W and 万 are ten-thousands, 亿 a hundred million.
SCALE_VALUES = {
    "trillion": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "thousand": 1e3, "k": 1e3, "w": 1e4, "万": 1e4, "千万": 1e7, "百万": 1e6, "亿": 1e8,
}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "a hundred": 100, "one hundred": 100}
# Bounds of the vague magnitudes (CONTRACT.md): low, high.
VAGUE_BOUNDS = {
    "tens of millions": (1e7, 1e8), "tens of million": (1e7, 1e8), "ten-million-level": (1e7, 1e8),
    "10-million-level": (1e7, 1e8), "ten million level": (1e7, 1e8),
    "hundreds of millions": (1e8, 1e9), "hundreds of million": (1e8, 1e9), "several hundred million": (1e8, 1e9),
    "multi-hundred-million": (1e8, 1e9), "multi-hundred million": (1e8, 1e9), "100-million-level": (1e8, 1e9),
    "hundred-million-level": (1e8, 1e9), "100 million level": (1e8, 1e9), "100-million-yuan-level": (1e8, 1e9),
    "hundred-million-yuan-level": (1e8, 1e9), "ten-million-yuan-level": (1e7, 1e8), "10-million-yuan-level": (1e7, 1e8),
    "billions": (1e9, 1e10), "several billion": (1e9, 1e10), "billion-yuan-level": (1e9, 1e10),
    "billion-level": (1e9, 1e10), "tens of billions": (1e10, 1e11), "ten-billion-level": (1e10, 1e11),
    "hundreds of billions": (1e11, 1e12),
}
# "billion-yuan-level" is how translators render 亿元级 (>= 100 million): literal bounds, flagged for review.
REVIEW_MAGNITUDES = {"billion-yuan-level", "billion-level"}
CURRENCY_OF_TOKEN = {
    "us$": "USD", "u.s.$": "USD", "usd": "USD", "$": "USD", "us dollar": "USD", "us dollars": "USD",
    "u.s. dollar": "USD", "u.s. dollars": "USD", "dollar": "USD", "dollars": "USD", "美元": "USD",
    "hk$": "HKD", "hkd": "HKD", "hong kong dollar": "HKD", "hong kong dollars": "HKD", "hk dollar": "HKD",
    "hk dollars": "HKD", "港元": "HKD",
    "s$": "SGD", "sgd": "SGD", "singapore dollar": "SGD", "singapore dollars": "SGD",
    "rmb": "CNY", "cny": "CNY", "¥": "CNY", "￥": "CNY", "yuan": "CNY", "renminbi": "CNY", "元": "CNY",
    "eur": "EUR", "€": "EUR", "euro": "EUR", "euros": "EUR", "欧元": "EUR",
    "jpy": "JPY", "yen": "JPY", "japanese yen": "JPY", "日元": "JPY",
    "gbp": "GBP", "£": "GBP", "pound": "GBP", "pounds": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP",
    "chf": "CHF", "swiss franc": "CHF", "swiss francs": "CHF",
}
# Qualifiers and the bounds they give to a stated value X: (low factor, high factor); None = open.
QUALIFIER_BOUNDS = {
    **dict.fromkeys(["nearly", "close to", "almost"], (0.9, 1.0)),
    **dict.fromkeys(["over", "more than", "exceeding", "exceeds", "exceed", "at least", "no less than", "not less than",
                     "above", "in excess of"],
                    (1.0, None)),
    **dict.fromkeys(["up to", "no more than", "not more than", "not exceeding", "a maximum of", "maximum of",
                     "capped at", "at most", "less than", "under", "no higher than"], (None, 1.0)),
}
CAP_QUALIFIERS = ["up to", "no more than", "not more than", "not exceeding", "a maximum of", "maximum of",
                  "capped at", "at most", "no higher than"]

# --- rounds --------------------------------------------------------------------------------------
# Letters are upper-case only: "a round of financing" is no Series A.
ROUND = (
    r"(?:(?i:pre)[- ]?(?i:ipo)|(?i:pre)[- ]?[A-F]\d?\+*|(?i:series)\s+[A-F]\d?\+*|(?i:round)\s+[A-F]\d?\+*\b"
    r"|\b[A-F]\d?\+*(?:[- ]?(?i:rounds?|series))"
    # "angel"/"seed" only before a round word: "Jiaxing Angel Fund" and "Seed Fund" are investors
    r"|(?i:angel)(?:\+|[- ](?i:plus))?[- ]?(?i:rounds?|financing|investment|funding|stage)(?:\s+(?i:additional investment|extension))?"
    r"|(?i:seed)(?:\+|[- ](?i:plus))?[- ]?(?i:rounds?|financing|investment|funding|stage)"
    r"|(?i:strategic)\s+(?i:financing|investment|round|funding)|(?i:strategically invested)"
    r"|\b(?i:ipo)\s+(?i:round|financing)|(?i:a new round|new round|latest round|the latest financing))"
)
# Order of rounds, for "the latest round stated wins" and for sanity checks downstream.
ROUND_ORDER = ["undisclosed", "strategic", "seed", "seed_plus", "angel", "angel_plus", "pre_a", "pre_a_plus", "a",
               "a_plus", "pre_b", "pre_b_plus", "b", "b_plus", "pre_c", "c", "c_plus", "d", "d_plus", "e",
               "e_plus", "f", "f_plus", "pre_ipo", "ipo"]

# --- shares, percentages, tickers ----------------------------------------------------------------
SHARES = (
    r"(?P<holding>(?:holds?|holding|held)\s+(?:a total of\s+|approximately\s+|about\s+)?)?"
    r"(?P<qualifier>(?:no more than|not more than|up to|a total of|about|approximately|not less than)\s+)?"
    r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<scale>million|billion|万|亿)?\s*"
    r"(?:(?:new|A|B|H|ordinary|restricted|unrestricted|tradable|tradeable|circulating|listed|of the company's)\s+){0,3}"
    r"shares\b"
)
PERCENT = (
    r"(?P<holding>(?:shareholders?|holds?|holding|held|hold)\s+(?:of\s+|a total of\s+)?"
    r"(?:more than\s+|over\s+|above\s+|about\s+)?)?"
    r"(?P<qualifier>(?:no more than|not more than|up to|a maximum of|not exceeding|(?:shall |should |will |does |must )?"
    r"not exceed|no higher than|capped at|at most|about|approximately|nearly)\s+)?"
    r"(?P<number>\d+(?:\.\d+)?)\s*(?:%|％|per\s?cent\b|percent\b)"
    # "a 5%-plus shareholder", "40.54% of its shareholding": a holder's size, not a stake of the company
    r"(?P<of_holder>(?:-plus|\s*\+|\s+or more)?\s+(?:shareholders?|holders?|stakeholders?)\b"
    r"|\s+of\s+(?:its|his|her|their)\s+(?:own\s+)?(?:shareholding|holdings?|shares)"
    r"|\s+of\s+the\s+(?:shares|stake|holdings?)\s+(?:it|he|she|they)\s+(?:holds?|held|owns?))?"
)
TICKER = (
    r"(?:[(（]\s*(?:(?i:stock\s+code|code|ticker|SH|SZ|HK)\s*[:：]?\s*)?(?P<code>\d{6}|\d{4,5})"
    r"(?:\s*\.\s*(?P<exchange>SH|SZ|BJ|HK|SS))?\s*[)）]"
    r"|(?i:code)\s*[:：]\s*(?P<code2>\d{4,6})(?:\.(?P<exchange2>SH|SZ|BJ|HK|SS))?"
    r"|\b(?P<code3>\d{6}|\d{4,5})\.(?P<exchange3>SH|SZ|BJ|HK|SS)\b)"
)

# --- sentences about a financing -----------------------------------------------------------------
# Adverbials that open a sentence before its subject: "Recently,", "On April 2,", "36Kr learned that".
LEADING_ADVERBIAL = (
    r"^(?:(?:(?i:recently|today|yesterday|earlier|lately|meanwhile|in addition|additionally|also|besides|"
    r"at the same time|this week|last week|among them|of which|in particular|notably|specifically|meanwhile|"
    r"separately|in other news|elsewhere|likewise|similarly)"
    # an outlet's label before the story: "News-in-brief:", "[Hot Spotlight]", "【Financing】"
    r"|\[[^\]]{2,30}\]|【[^】]{2,30}】|[A-Z][\w-]*(?:\s[\w-]+){0,2}\s*[:：]"
    r"|(?i:on|in|as of|by) [A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?|(?i:in) [A-Z][a-z]+(?: \d{4})?"
    r"|(?i:according to) [^,]+|[^,.]{2,60}? (?i:learned|reported|was informed|disclosed) that)[,:]?\s+)*"
)
# The verb of a company's own financing sentence.
DEAL_VERB = (
    r"(?:(?:has|have|had|was|is)\s+)?(?:(?:officially|recently|successfully|just|also|now|formally|finally|"
    r"quietly|reportedly|today)\s+)?"
    r"(?:completed|completes|complete|announced|announces|received|receives|secured|secures|raised|raises|said|says|"
    r"closed|closes|bagged|bags|landed|lands|obtained|obtains|won|wins|got|gets|sealed|seals|finished|"
    r"attracted|pocketed|nabbed|snagged|scored|netted|"
    r"(?:is|are)\s+(?:currently\s+)?(?:raising|seeking|in talks|negotiating|about to)|"
    r"(?:plans?|planning|intends?|aims?|is set|expects?|is expected|seeks?|hopes?)\s+to|will\s+(?:raise|complete|close))\b"
)
# An investor named before the verb of its investment: "Kaiyuan led the investment in X to complete …".
INVESTOR_FIRST_VERB = (
    r"(?:(?:has|have|had|also|jointly|exclusively)\s+)?"
    r"(?:led|co-led|participated in|invested in|joined|exclusively invested in)\b"
)
# Descriptions before a name: "Embodied intelligence company X", "US humanoid robot maker X".
DESCRIPTIVE_PREFIX = (
    r"^(?:[\w'’-]+\s+){0,7}?(?:company|startup|start-up|firm|maker|developer|provider|"
    r"manufacturer|unicorn|supplier|platform|enterprise|specialist|leader|player|giant|chipmaker|designer|"
    r"operator|group|subsidiary|brand|pioneer|innovator|producer)\s+"
    r"|^(?:[A-Z][\w'’]*\s+)?(?:[A-Z][\w'’-]*-based|based in [A-Z][\w'’-]*,?)\s+"
)
LEGAL_FORM = r"(?i)\b(?:co\.,?\s?ltd\.?|company limited|limited|inc\.?|corp\.?|corporation|llc|gmbh|plc|s\.a\.|ag)$|\(limited partnership\)$"
# A sentence about earlier rounds or cumulative totals, not about this round.
BACKGROUND = (
    r"(?i)\b(?:previously|had previously|has previously|earlier this year|in the past|prior to this|before this round|"
    r"historical|cumulative(?:ly)?|to date|so far|in total|over the past|previous rounds?|previous financing|"
    r"last round|prior rounds?|earlier rounds?|has (?:successively )?(?:completed|received) (?:multiple|several|many|\w+) rounds|"
    r"(?:in|since) (?:19|20)\d\d,? (?:it|the company) (?:completed|received|raised)|"
    r"last year|the previous year|a year (?:ago|earlier)|years ago|before that|prior to that|before then|"
    # the pluperfect of a main clause tells of what came before ("announced that it had completed" is this round)
    r"(?:^|[,;]\s*)(?:it|they|the company|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+had\s+"
    r"(?:previously\s+|already\s+|also\s+|successively\s+)?(?:received|completed|raised|closed|secured|obtained|won)\b)"
)
YEAR = r"\b(?:19|20)\d\d\b"
# Labels an outlet puts before stories ("News-in-brief:", "Quick takes:"): never a company.
OUTLET_LABEL = (
    r"(?i)\b(?:news|brief|briefs|flash|spotlight|takes|highlights?|exclusive|breaking|update|weekly|daily|evening|"
    r"morning|statistics|roundup|financing|market|selected|other deals|in brief|source|sources|reporter|editor|"
    r"author|photo|via|wire|correspondent|compiled|translated)\b"
)
# Money that is not a financing of a company: a fund's own closing or size.
NOT_A_DEAL = (
    r"(?i)\b(?:first|final|second) clos(?:e|ing) of (?:its |a |the )?[^.;]*\bfunds?\b|\btarget size\b|\bfund size\b|"
    r"\bsize of the fund\b|\bfund(?:raising)? scale\b"
)
# A list line of a statistics article: "<Company> (<round>) – <amount> (<investor>, <investor>)".
LIST_LINE = (
    rf"^(?P<company>{NAME})\s*(?:[(（](?P<round>[^)）]*)[)）])?\s*(?:\s-{{1,2}}\s|[–—]{{1,2}})\s*(?P<amount>[^()（）]+?)\s*"
    rf"(?:[(（](?P<investors>{NAME_LIST})[)）])?\s*\.?$"
)
# A market-statistics sentence ("there were 38 financing events … total disclosed amount …").
STATISTICS = (
    r"(?i)(?:financing events|investment events|investment and financing events|total (?:disclosed )?(?:financing )?amount|"
    r"number of (?:financing|deals)|most active investors?|\b\d+\s+(?:[\w-]+\s+){0,3}?(?:events|deals|transactions|investments)\b)"
)
FINANCING_CUE = r"(?i)\b(?:financing|funding|round|investment|invest|raise[sd]?|raising|capital increase|fundraising)\b"
STATUS_IN_PROGRESS = r"(?i)\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:raising|seeking|in talks|negotiating|in the process of)|\babout to (?:complete|close)|\bis expected to (?:complete|close)"
STATUS_PLANNED = r"(?i)\b(?:plans?|planning|intends?|aims?|seeks?|hopes?|is set|expects?)\s+to\s+(?:raise|complete|close|launch|seek|conduct|introduce)|\bwill\s+(?:raise|complete|close)\b"
# Where a company introduces its short names.
ALIAS_INTRODUCER = (
    r"(?i:hereinafter(?: referred to as| called| abbreviated as)?|project code|code name|codename|"
    r"English name|brand name|formerly known as|formerly|also known as|a\.k\.a\.)\s*[:：]?\s*[\"“‘']?"
    r"(?P<alias>[^\"”’')）,;]+)"
)

# --- secondary market ----------------------------------------------------------------------------
# What a sentence does to a listed company's equity, most specific first.
EQUITY_EVENT_CUES = [
    ("inquiry_transfer", r"(?i)\binquir(?:e|y|ies|ed)\b.*\btransfer|inquiry transfer"),
    ("shareholding_reduction", r"(?i)\breduc(?:e|es|ed|ing|tion)\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:holdings?|shareholding|shares|stake)|\bholdings? reduction|shareholding reduction|\bsell down\b"),
    ("shareholding_increase", r"(?i)\bincreas(?:e|es|ed|ing)\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:holdings?|shareholding|stake)|\bholdings? increase|shareholding increase"),
    ("pledge_release", r"(?i)\brelease[sd]?\s+(?:of\s+)?(?:the\s+)?pledge|\bpledge release|\bunpledg|\brelieved the pledge"),
    ("share_pledge", r"(?i)\bpledg(?:e|es|ed|ing)\b"),
    ("share_buyback", r"(?i)\brepurchas|\bbuy[- ]?backs?\b|\bbuy back\b"),
    ("placement", r"(?i)\bplacement\b|\bplacing\b|\bnew shares\b|\bissue of shares\b"),
    ("fund_subscription", r"(?i)\bsubscribe (?:for|to)\b|\bto subscribe\b|\bas a limited partner\b|\bLP share|\bparticipate in the investment of\b|\bcapital contribution of\b.*\bfund"),
    ("acquisition", r"(?i)\bacqui(?:re|res|red|ring|sition)\b|\bpurchase (?:of )?(?:the )?(?:remaining )?\d"),
    ("share_transfer", r"(?i)\btransfer(?:s|red|ring)?\b|\btransferee\b|\bshare transfer\b"),
]
# A sentence about the position after the event, not the event.
CUMULATIVE_STATE = (
    r"(?i)^(?:after (?:this|the|these) (?:pledges?|transfers?|reductions?|increases?|repurchases?|placements?)|"
    r"upon completion)\b.*\b(?:has|have|had)\b.*\b(?:a total of|cumulative(?:ly)?|in total)\b|\bcumulatively\b"
)
# A stake the transfers add up to: "NAURA will hold 17.90% of the company's shares", "in aggregate 12.00%".
RESULTING_STAKE = r"(?i)\b(?:will|would|shall) (?:hold|own)\b|\bin aggregate\b|\bhold(?:s|ing)? a total of\b|\bbecome the (?:largest|controlling)"
# Per-share prices that bound a range rather than price a block.
PRICE_RANGE = r"(?i)\b(?:highest|lowest) (?:transaction |repurchase )?price\b|\bprice range\b|\branging from\b"
# A fund's own size, not what a listed company puts into it.
FUND_SIZE = r"(?i)total (?:subscribed )?(?:capital|contribution|size|scale|amount) of the (?:fund|partnership)|(?:fund|partnership)'s total|total subscribed capital|fund size|size of the fund|target size|total scale"
# The party across from the listed company, by event type.
COUNTERPARTY = {
    "share_transfer": rf"(?i:transferee)\s+(?i:was|is|will be|being)\s+(?P<name>{NAME})|(?i:transfer)\w*\s+[^.;]*?\bto\s+(?P<name2>{NAME})",
    "acquisition": rf"(?i:acqui)\w+\s+(?:of\s+)?(?:the\s+)?(?:remaining\s+)?(?:[\d.]+\s*%\s+(?:of\s+)?(?:the\s+)?(?:shares|equity|stake)?\s*(?:of|in)\s+)?(?P<name>{NAME})",
    "fund_subscription": rf"(?i:property share|partnership share|shares?|interests?|units|investment|capital contribution|subscription)\s+(?:of|in)\s+(?P<name>{NAME})",
}
# Whoever the announcement is about: "X announced that <party> …", "shareholders A, B and C will …".
ANNOUNCED_PARTY = (
    rf"(?i:announced|disclosed|said|stated)(?:\s+[\w,]+){{0,4}}?\s+that\s+(?:[a-z0-9%'’][\w%'’+-]*,?\s+){{0,6}}(?P<name>{NAME})"
)
# The holder who acts: "Hefeng Investment plans to reduce …", "Kaiyue Holding Group increased its holdings".
ACTING_HOLDER = (
    rf"(?P<name>{NAME})(?:,\s*(?:an?|the)\s[^,]*,)?\s+(?:(?:plans?|intends?|has|have|had|will|to|also|further|"
    r"recently|cumulatively)\s+){0,3}(?:reduce|reduced|reduces|increase|increased|increases|pledge|pledged|pledges|"
    r"transfer|transferred|transfers|inquire|sell|sold)\b"
)
