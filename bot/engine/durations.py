"""Find how long something has been going on: "two months", "8 weeks", "since March".

Persistent pain (over six weeks) is a red flag, and people rarely say it in days. This module
reads the common English ways of saying a duration and returns them in days. It knows nothing
medical; triage decides what a duration means.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rapidfuzz.distance import OSA

from bot.engine.numbers import (
    AFTER_AGE_HAD,
    AGE_HAD_BY,
    AGE_WORDS,
    AMOUNTS,
    CARDINALS,
    ORDINALS,
    TENS,
    UNITS,
    YEARS,
    age_had,
    number_at,
    value_of,
)
from bot.engine.text import english_words, singular_in

_UNITS = {
    "day": 1, "days": 1,
    "week": 7, "weeks": 7, "wk": 7, "wks": 7,
    "fortnight": 14, "fortnights": 14,
    "month": 30, "months": 30, "mo": 30, "mos": 30, "mth": 30, "mths": 30, "mnth": 30,
    "mnths": 30, "munth": 30, "munths": 30, "monthes": 30, "montsh": 30, "monts": 30,
    "weks": 7, "weeeks": 7,
    **dict.fromkeys(YEARS, 365),
    # Hindi and Urdu, as written in Roman letters in Indian and Pakistani English
    "din": 1, "hafta": 7, "hafte": 7, "haftay": 7, "mahina": 30, "mahine": 30,
    "mahinay": 30, "mahiney": 30, "saal": 365,
}
TIME_UNITS = frozenset({*_UNITS, "hour", "hours", "hr", "hrs", "minute", "minutes", "min",
                        "mins"})
"""Words a number counts time in ("4 days", "2 hrs"): scope reads such a number as a count,
no model's or road's number (words49)."""
_BARE_PLURALS = {"weeks": 14, "months": 60, "years": 730, "ages": 60}
_FOREVER = re.compile(r"\b(?:had|been|lasted|going\s+on|gone\s+on|suffered|like)\b"
                      r"(?:\s+\w+){0,5}?(?<!\bin)\s+(?:forever|for\s+ever|yonks|donkeys\s+years)\b")
_FOREVER_DAYS = 60
"""'Had this sciatica forever', 'it's been yonks': a long time, as long as 'ages', said of
what was had or has been (not "will I have it forever?", nor "not been to the gym in
forever": "in forever" is since something was last done)."""
VAGUE = re.compile(r"\b(?:ages|forever|for\s+ever|yonks|donkeys\s+years|an\s+eternity|"
                   r"a\s+lifetime)\b")
"""A long time said without a count ("feels like ages", "forever"): beside a count of days
("12 days, feels like ages"), the count is how long it has been, the rest how it feels."""
_SOUNDS_LIKE = (
    (re.compile(r"\b(for|been|about|past|last|nearly|almost|over|like|going\s+on)\s+for\s+"
                r"(?=(?:weeks|wks|months|mths|years|yrs)\b)"), r"\1 four "),
    (re.compile(r"\b(for|been|about|past|last|nearly|almost|over|like|going\s+on)\s+(?:to|too)\s+"
                r"(?=(?:weeks|wks|months|mths|years|yrs|days)\b)"), r"\1 two "),
    (re.compile(r"\b(for|been|about|past|last|nearly|almost|over|like|going\s+on|its|now)"
                r"\s+ate\s+(?=(?:weeks|wks|months|mths|years|yrs|days)\b)"), r"\1 eight "),
    (re.compile(r"\b(\d{1,2}|" + "|".join(CARDINALS) + r")\s+weaks?\b"
                r"(?=\s+(?:now|ago|on|in|of|and|since|already|today|tomorrow)\b|\s*$)"),
     r"\1 weeks"),
)
"""Voice-to-text writes a number as the word it sounds like: "going on for for weeks" is
four weeks, "been to months" two, "been ate weeks" eight, and "six weak now" six weeks; only
where a count must stand (after "for", "been", ... and before a unit; a number, then "now",
"ago" ...), so "for weeks" and "one weak leg" stay as they are."""
_SPELT = tuple(word for word in CARDINALS if len(word) >= 4)
_MISTYPED = re.compile(r"\b([a-z]{4,9})(?=\s+(?:weeks?|wks?|months?|mths?|days?|years?|yrs?)\b)")
"""A number word typed one slip off ("sevn weeks", "aight months", "nien days"), right before
a unit: read as the number (time52)."""


def _number_typed(match: re.Match[str]) -> str:
    """The number a word one letter off it stands for, when it is no English word and only
    one number is that close ("sevn": seven; "tree", "fine" and "your" stay)."""
    word = match.group(1)
    if word in AMOUNTS:
        return word
    near = [number for number in _SPELT if OSA.distance(word, number) == 1]
    if len(near) != 1 or word in english_words():
        return word
    return near[0]


_DOUBLED = re.compile(r"\b(weeks|months)\s+(?:and\s+\1|on\s+end)\b")
_DOUBLED_DAYS = {"weeks": 42, "months": 90}
"""'Weeks and weeks', 'months on end': many of them, longer than a bare plural says."""
_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")]
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
"""A month's name or its short form, as a regex (longest first: "june" before "jun")."""
MONTH_NAMES = frozenset(_MONTHS)
"""The months' names and short forms: written with a capital, never a person's name."""
_SEASONS = {"spring": 3, "summer": 6, "monsoon": 7, "autumn": 9, "fall": 9, "winter": 12}
_FARMING = {"harvest": (9, 1), "lambing": (3, 15), "calving": (2, 15), "silage": (6, 1)}
"""The farming year, as those who work the land date things ("since harvest"); "from
lambing" is what hurt it, not when."""
_HOLIDAYS = {"christmas": (12, 25), "xmas": (12, 25), "new year": (1, 1), "newyear": (1, 1),
             "easter": (4, 1), "diwali": (11, 1), "holi": (3, 10), "paddys day": (3, 17),
             "patricks day": (3, 17), "st patricks day": (3, 17), "halloween": (10, 31),
             "bonfire night": (11, 5), "valentines": (2, 14),
             # Thanksgiving is mid October in Canada and late November in the US: said bare,
             # the earlier, as a miss is the worse bug (misses45: "since Thanksgiving and
             # it's nearly Christmas" is ten weeks to a Canadian); named, its own
             "thanksgiving": (10, 12), "canadian thanksgiving": (10, 12),
             "us thanksgiving": (11, 26), "american thanksgiving": (11, 26),
             "the clocks went back": (10, 27), "the clocks changed": (10, 27),
             # ... and the days of other Englishes: Caribbean and Latin carnival, the lunar new
             # year of Singapore and Malaysia, Indian, Australian, NZ, Canadian, US, Irish,
             # Scottish, South African and Kenyan holidays, the UK's bank holidays
             "carnival": (2, 15), "mardi gras": (2, 15), "pancake day": (2, 20),
             "shrove tuesday": (2, 20), "ash wednesday": (2, 21), "chinese new year": (2, 1),
             "lunar new year": (2, 1), "chinese newyear": (2, 1), "lunar newyear": (2, 1),
             "cny": (2, 1), "deepavali": (11, 1), "pongal": (1, 14),
             "boxing day": (12, 26), "new years eve": (12, 31), "hogmanay": (12, 31),
             "australia day": (1, 26), "anzac day": (4, 25), "waitangi day": (2, 6),
             "canada day": (7, 1), "victoria day": (5, 20), "july 4th": (7, 4),
             "memorial day": (5, 27),
             "remembrance day": (11, 11), "guy fawkes": (11, 5), "paddys weekend": (3, 17),
             "paddys": (3, 17), "heritage day": (9, 24), "freedom day": (4, 27),
             "madaraka day": (6, 1), "mashujaa day": (10, 20), "jamhuri day": (12, 12),
             "may bank holiday": (5, 5), "august bank holiday": (8, 26),
             "easter bank holiday": (4, 1),
             # ... and as Spanish speakers name Christmas in English (stop 28)
             "navidad": (12, 25), "la navidad": (12, 25),
             # ... the church year and Burns Night in Britain, and East and Southeast Asian
             # holidays as their speakers date things in English (stop 30)
             "burns night": (1, 25), "lent": (2, 25), "whitsun": (5, 24),
             "whitsunday": (5, 24), "chuseok": (9, 25), "golden week": (5, 1),
             "obon": (8, 15), "songkran": (4, 13), "mid autumn festival": (9, 20),
             "hari raya": (4, 10), "vesak": (5, 20),
             # ... and the fairs, shows and sports weeks a town or a country dates its year
             # by (misses47: "since Stampede week and it's Thanksgiving now" is three months
             # in Calgary), on a typical day
             "stampede": (7, 8), "stampede week": (7, 8), "calgary stampede": (7, 8),
             "the ekka": (8, 12), "ekka": (8, 12), "melbourne cup": (11, 4),
             "grand final": (9, 27), "state of origin": (6, 10), "the twelfth": (7, 12),
             "notting hill carnival": (8, 26), "glastonbury": (6, 25), "wimbledon": (7, 1),
             "super bowl": (2, 9), "labor day": (9, 1), "labour day": (9, 1),
             "fourth of july": (7, 4), "4th of july": (7, 4), "onam": (9, 1),
             "durga puja": (10, 10), "navratri": (10, 5), "ganesh chaturthi": (9, 7),
             "state fair": (8, 20), "county fair": (8, 1), "royal show": (8, 10),
             # misses56: a football code's finals, as Australians date things by them
             # ("since the footy finals and we're into Christmas now")
             "footy finals": (9, 15), "afl finals": (9, 15), "nrl finals": (9, 15),
             # misses48: India's Republic Day ("since Diwali, now it is Republic Day")
             "republic day": (1, 26),
             **_FARMING}
"""Days people count from; a movable feast gets a typical date (close enough for weeks)."""
_TERMS = {"freshers": (9, 25), "freshers week": (9, 25), "fresher week": (9, 25),
          "autumn term": (9, 5), "first term": (9, 5), "michaelmas": (10, 10),
          "second term": (1, 10), "spring term": (1, 10), "lent term": (1, 20),
          "summer term": (4, 20), "third term": (4, 20), "summer hols": (7, 25),
          "mocks": (1, 15), "gcses": (5, 15), "ramadan": (3, 1), "eid": (3, 30),
          "school year": (9, 5), "academic year": (9, 20)}
"""School and university terms (UK calendar) and feasts people date their pain by: "since
freshers week", "since before my mocks"; a typical day, close enough for weeks."""
_HOLIDAYS.update(_TERMS)
_HOLIDAY = "|".join(sorted((h.replace(" ", r"\s+") for h in _HOLIDAYS), key=len, reverse=True))
_ORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
_DAY = (rf"(?:(?:the\s+)?(?:(?<!\d)\d{{1,2}}(?!\d)\s*(?:(?:st|nd|rd|th)\s+)?(?:of\s+)?"
        rf"|(?:{_ORD})\s+of\s+))")
"""A day of the month said before the month: 'the 2nd of', '2', 'the second of' (an ordinal
typed with its number, '2nd', is read as its word). Its digits stand alone: a run of them
could otherwise make the repeated prefix backtrack without end."""
_NTH = re.compile(
    r"\b(" + "|".join(ORDINALS) + r"|(\d{1,2})(?:st|nd|rd|th))\s+(week|month)\b"
)

_NUM = (r"(\d{1,4}(?:\.\d{1,2})?|(?:" + "|".join(TENS) + r")(?:\s+|-)(?:" + "|".join(UNITS)
        + r")\b|" + "|".join(sorted(AMOUNTS, key=len, reverse=True)) + r")")
"""An amount: digits, a tens word and a unit ("twenty one", "twenty-one"), or a word."""
_UNIT = r"(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
_NTH_BLOCK = re.compile(
    r"\b(?P<nth>" + "|".join(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+" + _NUM
    + r"(?:\s+|-)?" + _UNIT + r"(?:\s+long)?\s+(?:roster|rotation|swing|hitch|block|stint|"
    r"tour|rota|cycle|shift pattern)s?\b")
"""Time counted in blocks of work ("my fifth 2-week roster", "third 28 day swing"): the
blocks times each one's length, as "seventh week" counts weeks (misses47: shift, FIFO and
rotation workers)."""
_BLOCKS = re.compile(rf"\b{_NUM}\s+(?:(?:full|whole|complete|separate)\s+)?"
                     r"(?:hitch(?:es)?|swings|rosters|rotations|rotas|stints|tours|runs|trips|"
                     r"contracts|(?:rota|shift|work|roster)\s+cycles)\b")
_ON_OFF = re.compile(r"\b(\d{1,2})\s*(?:weeks?\s+|wks?\s+)?on\s*,?\s*(?:and\s+)?(\d{1,2})\s*"
                     r"(?:weeks?\s+|wks?\s+)?off\b")
"""Blocks of work counted ("three hitches now") with their pattern said apart ("2 on 2 off",
weeks on and weeks off, as a hitch is counted): each block on and the time off between them
(misses48: FIFO and offshore crews); and so are tours, runs, trips, contracts and a rota's
cycles (time54: crews on the road, "three tours, each about 3 weeks")."""


_BLOCK_LENGTH = re.compile(
    r"\b(?:each|every|one|a)\s+(?:hitch|swing|roster|rotation|rota|block|stint|tour|run|"
    r"trip|contract)(?:s\s+|\s+(?:is|was|lasts|being|of|runs|goes\s+for)\s+)"
    r"(?:(?:about|around|roughly|approx|approximately|usually|normally|like)\s+)?"
    + _NUM + r"\s*(?:-\s*)?(?:weeks?|wks?)\b"
    r"|\b(?:hitch|hitches|swings|rosters|rotations|rotas|blocks|stints)\s+(?:are|were|last)\s+"
    + _NUM + r"\s*(?:-\s*)?(?:weeks?|wks?)\b")
"""A block of work's length said apart ("each rotation is 4 weeks", "rotations are 6 weeks"):
blocks counted back to back (misses49: line and factory workers rotated between stations), a
tour's or a run's as well, "each run's about 3 weeks" (time54)."""


_CYCLE_IN_DAYS = re.compile(
    r"\b(?:rota|shift|work|roster)\s+cycles\b.{0,60}?\b(?:ours|mine|theirs|each\s+one|each|"
    r"every\s+one|one|a\s+cycle|each\s+cycle|the\s+cycle)\s+(?:is|are|s|was|lasts|runs)\s+"
    r"(?:(?:about|around|roughly|usually|normally|like)\s+)?(\d{1,2})\s*(?:-\s*)?days?\b")
"""A rota's cycles counted with one cycle's length said in days ("four rota cycles since it
started (ours is 12 days)"): weeks on, as many sevenths (misses56: prison and hospital
rotas run in days, not weeks)."""


def work_pattern(text: str) -> tuple[float, float] | None:
    """The weeks on and off a rota is said in ("2 on 2 off"), or a block's length said apart
    ("each rotation is 4 weeks": weeks on, none off; "ours is 12 days": 12/7 weeks), or
    None."""
    match = _ON_OFF.search(text)
    if match is not None:
        return int(match.group(1)), int(match.group(2))
    if days := _CYCLE_IN_DAYS.search(text):
        length_days = int(days.group(1))
        return (length_days / 7, 0) if 2 <= length_days <= 60 else None
    length = _BLOCK_LENGTH.search(text)
    if length is None:
        return None
    weeks = value_of(length.group(1) or length.group(2))
    return (int(weeks), 0) if 1 <= weeks <= 26 else None


_AMOUNT = re.compile(
    rf"\b(?:(half an?|half)\s+{_UNIT}|{_NUM}(?:\s+(?:and\s+(?:a\s+)?half|plus|or\s+so|odd))?"
    rf"\s*(?:of\s+)?(?:a\s+)?{_UNIT}(?:\s+and\s+(?:a\s+)?half)?)\b"
)
_PER_UNIT = re.compile(rf"^{_NUM}\s+an?\s+{_UNIT}$")
"""A number with "a" and its unit and no "of" ("200 a day", "3 a week"): how many each, a
rate; "a quarter of a year" and "a couple of a week's" keep their "of"."""
_UNIT_AND_A_HALF = re.compile(rf"(?<!\S)(?<!\d )(?<!\d){_UNIT}\s+and\s+a\s+half\b")
"""'Month and a half in': one and a half of a unit, no number said."""
_HALF = re.compile(r"\band\s+(?:a\s+)?half\b")
"""'And a half', or 'and half' as it is often typed ('2 and half months')."""
_BARE = re.compile(r"\b(?:for|few|many|several|couple of|since|over|past|last|these)\s+"
                   r"(weeks|months|years|ages)\b|\b(weeks|months|years)\s+(?:now|and|of)\b"
                   r"|\bbeen\s+(weeks|months|years|ages)\b(?!\s+(?:since|ago)\b)")
_WHEN = (r"(?:(?:in|at|around|round|about|the|last|early|late|mid|middle|end|beginning|start|of|"
         r"before|after|on|st|nd|rd|th|\d{1,2}(?:st|nd|rd|th)?|" + _ORD + r"|week)\s+)*")
"""Words before the day something began: 'since the end of', 'since the 2nd of', 'started in
the second week of'."""
_DONE = "|".join([*_FARMING, "mocks", "gcses"])
"""The days of the year that are work done ("started lambing 3 weeks ago", "began mocks"):
right after a start verb, the work begun, not the day the pain began (time52); "since
lambing" and "started at lambing" still date it."""
_STARTED = (r"(?:began|begun|started|start|(?:back|it|leg|hip|neck)\s+went|came\s+on|"
            r"kicked\s+off|flared(?:\s+up)?|appeared|hurt\s+it|did\s+it|"
            r"first\s+(?:felt|noticed|got|had)(?:\s+(?:it|this|that))?)")
_SINCE = re.compile(
    r"\b(?:(?:since|(?:began|begun|started)(?!\s+(?:" + _DONE + r")\b)|"
    r"from(?!\s+(?:the\s+)?(?:" + "|".join(_FARMING) + r")\b)|"
    r"back(?=\s+(?:in|at|around|over|during)\b))\s+" + _WHEN
    + r"|" + _STARTED + r"\s+(?:on\s+)?(?=(?:the\s+)?(?:\d{1,2}\s*(?:st|nd|rd|th|of)|(?:" + _ORD
    + r")\s+of)\b)" + _WHEN
    + r"|(?:since|" + _STARTED + r")(?:\s+(?!(?:and|but|so|now|it|its|is|then)\b"
    r"|was\b(?!\s+born\b))\w+){0,6}?"
    r"(?:,?\s+(?:which|that)\s+(?:was|were))?"
    r"\s+(?:in|at|around|round|over|during|after|before|about|on|when)\s+" + _WHEN + r")"
    r"(new\s*years?|" + _HOLIDAY + "|" + "|".join(_SEASONS) + "|"
    + _MONTH + r"|last\s+year|(?<=\bof\s)(?:the\s+|this\s+)year)\b"
)
"""'since March', 'started in November', 'back went at Easter', 'started hurting in the
summer', 'came on after Christmas', 'since the start of the year', 'since my baby was born in
March' (a birth's "was born" dates it; misses44), 'since my first week at the salon, which
was in June' (an event dated by a clause of its own; misses46), 'started the week of the
wedding on the 2nd of May' (a day given to the event), 'first felt it in November', 'started
round Bonfire Night', 'started when the clocks went back' (time54): the day something
began."""
_SINCE_EVENT = re.compile(
    r"\b(?:since|(?:began|begun|started|came\s+on)\s+(?:at|with|during|after|on))\s+"
    r"(?:the\s+|my\s+|our\s+|that\s+)?(?:[a-z]{2,}\s+)?(?P<event>[a-z]{2,})\b\S*(?:\s+\S+){0,12}?"
    r"\s+(?:the\s+|my\s+|our\s+|that\s+)?(?P=event)\s+(?:was|were)\s+"
    r"(?:(?:in|on|at|around|over|during)\s+)?" + _WHEN
    + r"(?P<day>" + _HOLIDAY + "|" + "|".join(_SEASONS) + "|" + _MONTH + r")\b")
"""'Since the TT, and the TT was the first week of June', 'started at the county show. The show
was the last week of July': an event named (by its last word), then dated in a clause or a
sentence of its own (time54): the day it began."""
_YEAR_START = re.compile(r"\b(?:start|beginning|turn)\b")
"""The part of 'the year' a 'since' counts from: its start (new year), no other."""
_STARTED_ON = re.compile(
    r"\b(" + _DAY + r")("
    + _MONTH + r")\s+(?:\w+\s+){0,2}?"
    r"(?:started|began|begun|kicked\s+off|came\s+on)\b"
)
"""'2nd of May it started', 'the 3rd of Jan this began': a day, then that it began."""
_BEGAN_WHEN = re.compile(
    r"\b(?:in|at|around|during|over|on)\s+" + _WHEN + r"(" + _HOLIDAY + "|" + "|".join(_SEASONS)
    + "|" + _MONTH + r")\s+when\s+(?:\w+\s+){0,3}?"
    r"(?:started|began|begun|kicked\s+off|came\s+on|went|flared)\b"
    r"|\b(?:the\s+)?same\s+as\s+(?:it\s+was\s+)?(?:back\s+)?(?:in|at)\s+" + _WHEN
    + r"(" + _HOLIDAY + "|" + _MONTH + r")\b"
)
"""'My birthday in June when it started', 'just after Easter when it all began': the day
something began, said before that it began; 'still the same as in March': unchanged since."""
_NOT_NOW = (r"(?:since|from|and|but|so|then|when|after|before|start\w*|began|begun|came|"
            r"kicked|flared|hurt|did|injur\w*|pull\w*|put|lift\w*|tweak\w*|hop\w*|"
            r"plan\w*|going|gonna|booked|due|will|want\w*|next|wait\w*|until|till)\b")
"""Words between "still" and a day that make the day no now: the day something began ("still
sore, started in March") or one ahead ("still hoping to ski in January")."""
_NOW_IS = re.compile(
    r"\b(?:it\s+is|its|now|we\s+are\s+in(?:to)?|were\s+in(?:to)?|today\s+is|todays|"
    r"today\s+its)\s+"
    r"(?:now\s+|is\s+|nearly\s+|almost\s+|already\s+|mid\s+|early\s+|past\s+|"
    r"late\s+|the\s+end\s+of\s+|end\s+of\s+|the\s+start\s+of\s+|start\s+of\s+|the\s+middle\s+of\s+|"
    r"middle\s+of\s+|the\s+|" + _DAY + "|"
    r"(?:reading|half|study)\s+(?:week|term)\s+(?:of\s+|in\s+)?(?:the\s+)?)*("
    + _HOLIDAY + "|" + _MONTH + r")\b"
    r"|\b(" + _MONTH + r")\s+now\b(?!\s+(?:is|its)\b)"
    r"|\b(?:nearly|almost|already)\s+(" + _HOLIDAY + r")\s+now\b"
    r"|\b(?:about|due|going|set)\s+to\s+\w+\s+(?:up\s+|off\s+)?for\s+(?:the\s+)?("
    + _HOLIDAY + "|" + "|".join(_SEASONS) + r")\b"
    r"|\b(?:it\s+is|its|now)\s+(?:now\s+|nearly\s+|almost\s+|already\s+|mid\s+|early\s+|"
    r"late\s+|(?:the\s+)?(?:end|start|middle|depths?|height)\s+of\s+|the\s+)*("
    + "|".join(_SEASONS) + r")\b"
)
_COMING = re.compile(
    r"\b(?:the\s+)?(" + _HOLIDAY + r")\s+(?:is\s+|its\s+|s\s+)?(?:(?:also|nearly|almost|just|"
    r"fast|really|already)\s+)?(?:coming(?:\s+up)?|near|nearly\s+here|almost\s+here|"
    r"approaching|round\s+the\s+corner|around\s+the\s+corner|on\s+the\s+way|"
    r"on\s+its\s+way|next\s+week|in\s+a\s+(?:week|fortnight))\b"
    r"|\b(?:and|now|with)\s+(?:now\s+)?(?:nearly|almost|coming\s+up\s+to|approaching|"
    r"heading\s+(?:for|into|towards))\s+(?:the\s+)?(" + _HOLIDAY + r")\b")
"""A named day told as near ("Christmas is coming", "Diwali's round the corner", "and
nearly Eid"): it is now a week or so before it. Said after a day told as now ("now Diwali
also finished and Christmas is coming"), it is the later of the two (misses56: time told
by two festivals, the second still ahead)."""
_COMING_BEFORE = 7
"""Days before a day told as near that it is now."""
_STILL_AT = re.compile(
    r"\bstill\b(?:\s+(?!" + _NOT_NOW + r")\w+){0,6}?\s+"
    r"(?:at|by|in|into|over|through|come|on)\s+(?:the\s+)?(?:(?:mid|early|late|end\s+of|"
    r"start\s+of)\s+)?(" + _HOLIDAY + "|" + _MONTH + r")\b(?!\s+(?:when|it|that)\s)"
    r"|\b(?:at|by|come|into|over)\s+(?:the\s+)?(" + _HOLIDAY + "|" + _MONTH + r")\b"
    r"(?:\s+(?!" + _NOT_NOW + r")\w+){0,4}?\s+still\b"
    r"|\b(?:finished|ended|wrapped\s+up|closed|was\s+over|were\s+over)\s+"
    r"(?:(?:in|at|on|by|around)\s+)?(?:the\s+)?(?:(?:mid|early|late|end\s+of|start\s+of)\s+)?("
    + _HOLIDAY + "|" + _MONTH + r")\b(?:\s+\w+){0,4}?\s+still\b"
)
"""'It is now January', 'it's nearly June', 'it's July now', 'now is April', 'nearly Whitsun
now', 'it's past Australia Day now', 'we're about to break up for summer' (misses48: a
break about to begin is now), 'it's winter now' (a season, from its first day): the day a
'since' counts to. Failing these, so is a day said of what still goes on (`_STILL_AT`: "still
in pain at Christmas", "by March I was still limping"; time51): told after a start ("since
Bonfire Night"), the span between the two named days is how long, whatever the days are; and
so is the day something else ended, the pain still on after it ("the panto finished end of
January and it's still as bad": time54)."""
_ALREADY = re.compile(
    r"\b(?:for|at|over|by|before)\s+(?:the\s+)?(" + _HOLIDAY + "|" + "|".join(_SEASONS) + "|"
    + _MONTH + r")\s+(?:and|when|but)\s+(?:i|it|he|she|we|they|my\s+\w+)\s+"
    r"(?:(?:was|were|had\s+been|had|already\s+had)\s+already|already\s+(?:had|was|were))\b")
"""'We broke up for Easter and I was already limping': it had begun by that day, and has
lasted from it (misses48: a year dated by its breaks, as a parliament's or a school's)."""
_SEASON_SIGNS = {"daffs are out": (3, 15), "daffodils are out": (3, 15), "daffs are up": (3, 15),
                 "daffodils are up": (3, 15), "snowdrops are out": (2, 1),
                 "bluebells are out": (5, 1), "blossom is out": (4, 10),
                 "conkers are falling": (9, 25), "conkers are out": (9, 25),
                 "leaves are falling": (10, 20), "leaves are turning": (10, 10),
                 # misses49: ... or by the clocks' spring change, due or come ("since the
                 # clocks went back and they're about to go forward again")
                 "clocks go forward": (3, 27), "clocks are going forward": (3, 27),
                 "clocks about to go forward": (3, 27), "clocks are about to go forward": (3, 27),
                 "clocks went forward": (3, 29), "clocks have gone forward": (3, 29),
                 "about to go forward again": (3, 27),
                 # time54: ... the clocks named before, "they've gone forward since"
                 "theyve gone forward": (3, 29), "they have gone forward": (3, 29),
                 "they went forward": (3, 29), "gone forward since": (3, 29),
                 "gone forward again": (3, 29), "went forward again": (3, 29)}
"""The season told by what grows or falls now ("since Burns Night and the daffs are out"), or
by the clocks' change: the day a 'since' counts to, when no month or holiday says it (stop
30)."""
_SEASON_SIGN = re.compile(r"\b(?:the\s+)?("
                          + "|".join(k.replace(" ", r"\s+") for k in _SEASON_SIGNS) + r")\b")


_CYCLES_SAID: dict[str, tuple[tuple[int, str], ...]] = {
    # a school or university term: its first day, then its half term (or reading week, or
    # midterms) about seven weeks in, then its end about twelve
    "term": (
        (0, r"(?:the\s+)?(?:start|beginning|first\s+(?:day|week))\s+of\s+(?:the\s+)?"
            r"(?:(?:new|school|uni|college|this|autumn|spring|summer|winter)\s+)?(?:term|semester)"
            r"|(?:the\s+)?(?:(?:new|school|uni|college)\s+)?(?:term|semester)\s+"
            r"(?:started|began|begun|kicked\s+off|got\s+going)"
            r"|(?:the\s+)?(?:kids|children|schools?|we|they|he|she|uni|college)\s+went\s+back"
            r"(?!\s+to\s+work)"),
        (49, r"(?:the\s+)?(?:half[\s-]?term|mid[\s-]?terms?|reading\s+week)(?!\s+of\b)"),
        (84, r"(?:the\s+)?(?:end|last\s+week)\s+of\s+(?:the\s+)?(?:term|semester)"
             r"|breaking\s+up\s+for|break\s+up\s+for"),
    ),
    # a sports season: preseason before it, its opening, mid season, then its finals or its
    # end: four months at least in every code (misses: "since the footy season kicked off
    # and we're nearly at finals")
    "season": (
        (-42, r"(?:the\s+)?pre[\s-]?season"),
        (0, r"(?:the\s+)?(?:start|beginning|opening)\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?season"
            r"|(?:the\s+)?(?:\w+\s+){0,2}?season\s+(?:started|began|begun|kicked\s+off|"
            r"opened|got\s+(?:underway|going))"
            r"|(?:the\s+)?(?:season\s+opener|opening\s+(?:day|round|weekend))"),
        (60, r"(?:the\s+)?(?:mid[\s-]?season|all[\s-]?star\s+break)"
             r"|halfway\s+through\s+the\s+season"),
        (120, r"(?:the\s+)?(?:finals|playoffs|play[\s-]offs|post[\s-]?season|grand\s+final|"
              r"run[\s-]?in)\b|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:\w+\s+)?season"),
    ),
}
"""Time told by where a year of its own is (misses: a school term, a sports season): a
start said at one of its stages ("since the start of term", "since preseason") and now at a
later one ("we're at half term", "nearly at finals") are as far apart as those stages, on
whatever day either falls (time52)."""
_CYCLE_FROM = (r"\b(?:since|from|(?:started|began|begun|came\s+on|kicked\s+in|flared(?:\s+up)?|"
               r"hurt|did|went)(?:\s+\w+){0,2}?\s+(?:at|in|during|around|on|over|by))"
               r"\s+(?:(?:just|right)\s+)?(?:(?:before|after)\s+)?")
_CYCLE_NOW = (r"\b(?:its|it\s+is|were|we\s+are|now|nearly|almost|already|approaching|into|"
              r"to|till|until|til)\s+(?:(?!since|from)\w+\s+){0,2}?")
_CYCLE_STARTS = tuple((cycle, offset, re.compile(_CYCLE_FROM + r"(?:" + said + r")"))
                      for cycle, stages in _CYCLES_SAID.items() for offset, said in stages)
_CYCLE_JUST = (r"\s+(?:was|were|(?:has\s+|have\s+|just\s+)?(?:finished|ended|been))\s+"
               r"(?:(?:on\s+)?(?:last|this)\s+(?:week|weekend|night|saturday|sunday|friday)|"
               r"on\s+the\s+weekend|yesterday|just\s+gone|the\s+other\s+day)\b")
"""A stage said as just past ("the grand final was last week", "the playoffs finished on the
weekend"): it is that stage now, as said outright (misses56)."""
_CYCLE_NOWS = tuple((cycle, offset, re.compile(_CYCLE_NOW + r"(?:" + said + r")|(?:" + said
                                               + r")(?:\s+now\b|" + _CYCLE_JUST + r")"))
                    for cycle, stages in _CYCLES_SAID.items() for offset, said in stages)
_TERM_STARTS = ((1, 5), (4, 20), (9, 3))
_TERM_NAMED = re.compile(r"\b(?:term|semester)\b")
"""The first days of the UK school terms: a term's start named as such ("since the start of
term") with no stage said now is the latest of them."""


def stages_now(text: str) -> dict[str, int]:
    """The stage each year of its own (a term, a season) is at now, as `text` (folded) says
    ("we're at half term now": the term's 49th day), to count a start at another stage to."""
    found: dict[str, int] = {}
    for cycle, offset, said in _CYCLE_NOWS:
        if said.search(text) and offset > found.get(cycle, -100):
            found[cycle] = offset
    return found


def _cycle_days(text: str, today: date, stages: dict[str, int]) -> list[int]:
    """How long since a start told at a stage of a term or a season (`_CYCLES_SAID`): to the
    stage said now in `text` or `stages` (the message's), or, for a term's start said alone,
    to today from the latest term's first day."""
    found = []
    now = {**stages, **stages_now(text)}
    for cycle, offset, said in _CYCLE_STARTS:
        if (match := said.search(text)) is None:
            continue
        if cycle in now and now[cycle] > offset:
            found.append(now[cycle] - offset)
        elif (cycle == "term" and offset == 0 and cycle not in now
              and _TERM_NAMED.search(match.group(0))):
            # ("since the kids went back" may be after any break: only a stage said dates it)
            found.append(min(_days_since(month, day, today) for month, day in _TERM_STARTS))
    return found


_SINCE_YEAR = re.compile(r"\b(?:since|from)\s+((?:19|20)\d\d)\b")
_CLINICAL = re.compile(r"\b(\d{1,2})\s*/\s*(52|12|7)\b")  # 9/52: nine weeks, as notes write it
_CLINICAL_UNITS = {"52": 7, "12": 30, "7": 1}
_OF_SOMETHING_ELSE = {"old", "pregnant", "postpartum", "postnatal", "gestation", "later",
                      "after", "afterwards", "before", "earlier", "prior", "apart", "wait",
                      "waitlist"}
"""'6 weeks old', '6 weeks postpartum': how old or how far along, not how long it has hurt;
'2 years later', '3 months before': when, not how long; '31 weeks wait': a wait ahead."""
_AHEAD_TO = {"till", "until", "til", "away", "left"}
"""'Six weeks till my holiday', 'the race is 8 weeks away', '6 weeks left on the contract': a
time still to come, not one gone through (time53); never "till now", "until today", nor
"8 weeks away from work"."""
_AHEAD_TO_PAIRS = {("to", "go"), ("from", "now"), ("out", "from"), ("out", "till"),
                   ("out", "until"), ("out", "to")}
"""... and said in two words ('8 weeks to go', 'six weeks from now', 'twelve weeks out from
the show'); '8 weeks out of the gym' is still a time gone through."""
_UP_TO_NOW = {"now", "today", "date", "then", "this"}
"""After "till" or "until": the time counted up to now ('8 weeks until now'), a time lasted."""
_DECIMAL_SAID = re.compile(r"\b(\d{1,4}) point (\d{1,2})\b")
"""'2 point 5': a decimal as triage writes it (so that its point ends no sentence), read as
'2.5' again: never its fraction alone, '5 weeks'."""
_NUMERIC_DATE = re.compile(
    r"\b(?:since|from|(?:started|began|begun|start|came\s+on|kicked\s+in)(?:\s+on)?)"
    r"\s+(?:the\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}|\d{2}))?\b"
    r"(?!\s*(?:(?:to|-|till|until)\s+\d|(?:days?|weeks?|wks?|months?|mths?|years?|yrs?|"
    r"hours?|hrs?|mins?)\b))")
"""A start dated in figures ("started on 12/09", "since 3/11/2026"): the day and the month may
come in either order, so the shorter of the two times it can be counts (never a score or a
grade, "from 4/10 to 7/10", `_NOT_A_MONTH`, nor "since 3/4 days": three or four days)."""
_NOT_A_MONTH = {10, 52}
"""A second figure that makes a score (out of 10) or a clinician's weeks (out of 52)."""
_NAMED_BY_LENGTH = {"scan", "scans", "check", "checkup", "checks", "appointment", "appt",
                    "review", "course", "programme", "program", "plan", "placement",
                    "contract", "trial", "block", "rotation", "wait", "waiting", "visit",
                    "class", "classes", "challenge", "trip", "holiday", "notice", "deadline",
                    "milestone", "regression", "jabs", "vaccinations", "injections", "bloods",
                    "followup", "photo", "photos", "bump", "ultrasound", "screening"}
"""'My 20 week scan', 'a 6 week course', 'the 12 week wait': a count of time said as a name
for a thing (a stage, a plan, an appointment), before that thing and in the singular ("20
week", "week 20"), not how long anything has lasted ("had it 8 weeks, scan next week" stays:
a count in the plural)."""
_BEGAN_WORDS = {"started", "began", "begun", "start", "starting"}
"""Said right after "week 10" ("around week 10 I started getting it"): the week of
something else (training, a pregnancy) in which the pain began, not how long it has lasted
(never after a join: "week 8 and it's started spreading" is the pain's eighth week)."""
_CARRYING = {"pregnant", "preggers", "preggo", "expecting", "gestation"}
"""'Pregnant 32 weeks': weeks said right after these are how far along, like '32 weeks
pregnant'."""
_SINCE_BIRTH = {"old", "postpartum", "postnatal", "pp"}
"""'10 weeks old', '8 weeks postpartum': the time since a birth, which is how long a pain
that began in the pregnancy has lasted at least."""
_BEGAN_PREGNANT = re.compile(
    r"\b(?:since|in|during|through|throughout|when\s+i\s+was|while|from)\s+(?:my\s+|the\s+)?"
    r"(?:\w+\s+weeks?\s+|\w+\s+months?\s+)?pregnan"
    r"|\b(?:since|when|after)\s+(?:the|my|our)\s+(?:baby|little\s+one|daughter|son)\s+"
    r"(?:came|arrived|was\s+born)"
    r"|\b(?:since|after)\s+(?:giving\s+birth|the\s+birth|(?:i\s+)?(?:had|having)\s+(?:the|my)\s+baby)"
    r"|\b(?:in|during|since|from|after)\s+(?:my\s+|the\s+)?(?:labou?r|birth|childbirth|delivery)\b"
    r"|\bsince\s+i\s+was\s+pregnan"
)
"""A pain said to have begun in a pregnancy or at the birth ("since 30 weeks pregnant", "I
had in pregnancy", "started when I was pregnant", "since the baby came"): the baby's age is
how long it has lasted at least."""
_ACTIVITY = {"sit", "sitting", "sat", "stand", "standing", "stood", "walk", "walking",
             "drive", "driving", "lie", "lying", "laying", "queue", "queuing",
             "kneel", "kneeling", "knelt", "kneeled", "crouch", "crouching", "crouched",
             "squat", "squatting", "squatted"}
"""'When I sit for ages', 'stood at the toilet for ages', 'knelt for ages painting': how long
the sitting, standing or kneeling lasts, not the symptom."""
_ACTIVITY_REACH = 6
_NOT_COUNTED = frozenset({"times", "x", "and", "or", "to", "for", "of", "in", "the", "more",
                          "odd", "plus", "half", "hours", "hour", "hrs", "hr", "minutes",
                          "mins", "min"})
"""Words after a number that count no thing done at a rate ("3 times a year", "2 or a
year", "6 and a half"), and hours in a day, which other readings keep as a short time ("10
hours a day"): a rate is a count of things ("miles", "shifts", "jobs")."""


def _a_rate(number: str | None, before: list[str]) -> bool:
    """Whether "a year", "a month" after a counted thing is a rate ("30,000 miles a year",
    "20 shifts a month"): how much of it is done in that time, not a time lasted (scope48).
    Only a count of things (a number, then a word that is no unit of time): "3 times a year"
    is left to the readings of how often a pain comes."""
    if number not in ("a", "an") or len(before) < 2:
        return False
    count, thing = before[-2].replace(",", ""), before[-1]
    return ((count.isdigit() or count in CARDINALS) and thing.isalpha()
            and thing not in _UNITS and thing not in _NOT_COUNTED)


def _activity_window(before: list[str]) -> list[str]:
    """The words before a bare long time that may name the activity it measures: up to six,
    within its clause ("kneeling on the altar step for ages" is the kneeling's; "I sit all
    day and it has hurt for months" is the pain's, past the "and")."""
    window = before[-_ACTIVITY_REACH:]
    for k in range(len(window) - 1, -1, -1):
        if window[k] in _CLAUSE_WORDS or window[k].endswith((",", ".", ";")):
            return window[k + 1:]
    return window


_GESTATION = (12 * 7, 42 * 7)
_LASTED = {"for", "since", "past", "last", "over", "these", "about", "around", "nearly",
           "almost", "already", "now", "of", "ago", "and", "plus", "straight", "running"}
"""Words that make a number of weeks a duration, even in a message about a pregnancy."""
_CARRIER = {"im", "am", "shes", "she"}
"""'I'm 30 weeks and it's down my left side': a person who is a number of weeks, in a message
about a pregnancy, is how far along, whatever follows ("and" there starts the next thing)."""
_CARRYING_NOW = {"im", "am"}
"""'I'm 7 months': the writer who is a number of months, in a message about a pregnancy that
says of no birth, is how far along; "she's 4 months now" may be a baby's age."""
_ORDINAL = re.compile(r"\b(?:on\s+)?(week|day|month)\s+(\d{1,3}|"
                      + "|".join(sorted(CARDINALS, key=len, reverse=True)) + r")\b")
"""'I'm on week 10', 'month three of this': how far in."""
_WHOLE_SEASON = re.compile(r"\b(?:all|the\s+whole|the\s+entire|all\s+through\s+the|"
                           r"all\s+through|most|much|the\s+best\s+part|the\s+better\s+part)"
                           r"\s+(?:of\s+)?(?:the\s+)?(?:last\s+)?("
                           + "|".join(_SEASONS) + r"|term|semester|school\s+term)\b")
_SEASON_DAYS = 60
"""'All autumn', 'the whole summer', 'most of the winter': a season gone through, two months
at least; and so is a school or university term ('took him all term', 'the whole semester',
misses50)."""
_WHOLE_YEAR = re.compile(r"\b(?:all|(?:the\s+whole|the\s+entire|most|much|the\s+best\s+part|"
                         r"the\s+better\s+part)\s+of)\s+(?:the\s+|this\s+)?year\b"
                         r"(?!\s+(?:round|around|ago|old|olds)\b)")
"""'All year', 'most of this year': the year gone through so far, two months at least (time52);
never a habit said all year round."""
_NOT_YET = {"wait", "another", "next", "every"}
"""A duration after these lies ahead ("wait 6 weeks", "another 2 months"), not behind, or
says how often ("the surgeon sees it every 6 months"), not how long."""
_EXPECTED = {"should", "will", "would", "itll", "itd", "may", "might", "could", "can",
             "usually", "normally", "typically", "expect", "expected", "supposed", "meant",
             "take", "takes", "give", "allow"}
"""A duration a few words after these is how long things are expected to take ("should
settle in 6 weeks", "it'd settle in 6 weeks", "usually takes 6 weeks", "give it 6 weeks"), not
how long it has lasted ("hasn't budged in 8 weeks")."""
_NEGATIONS = {"no", "not", "nothing", "never", "hasnt", "havent", "hadnt", "isnt", "wasnt",
              "didnt", "doesnt", "dont", "cant", "wont", "first", "none", "nae", "aint"}
"""'In 6 weeks' is when something will be ('if it's still there in 6 weeks', 'review in 6
weeks'), unless the clause denies something ('hasn't budged in 8 weeks', 'first time in 8
weeks')."""
_CLAUSE_WORDS = {"and", "but", "so", "now", "then"}
_AHEAD = {"to", "will", "ill", "shall", "gonna", "wanna"}
"""A bare "start" after these lies ahead ("planning to start after Christmas", "I'll start in
January"): a plan, not the day something began."""
_AHEAD_OF = {"before", "once", "till", "until", "when"}
"""... and after these and a subject ("before I start keto in January")."""
_DAYS_OF_WEEK = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_RECENT = re.compile(
    r"\b(?:last\s+(?:week|weekend|night|" + _DAYS_OF_WEEK + r")|"
    r"this\s+(?:week|weekend|morning|afternoon)|on\s+(?:the\s+)?" + _DAYS_OF_WEEK + r"|"
    r"yesterday|the\s+other\s+day|(?:a\s+)?(?:few|couple\s+of)\s+days\s+ago|"
    r"(?:\d|one|two|three|four|five|six)\s+days\s+ago|a\s+week\s+ago)\b")
"""A day said just after a holiday's ("since the Easter egg hunt on Sunday", "since the
harvest supper last week"), in its clause: the holiday's event was days ago, not the
holiday's date months back."""
_GET_BETTER = {"heal", "settle", "recover", "improve", "clear", "resolve", "mend", "ease",
               "calm"}
"""After "N weeks to", how long getting better is expected to take."""


_AGE_HAD_BY = frozenset(tuple(phrase.split()) for phrase in AGE_HAD_BY)
_WORD = re.compile(r"\S+")


def _ages_had(text: str) -> list[tuple[int, int]]:
    """Where `text` gives an age as one has it ("I have 19 years", "my son has 15 years and
    ..."), as Spanish, French, Italian and Portuguese speakers say it in English: the span of
    the number, never a duration. Read as triage reads it (`numbers.age_had`)."""
    if "yr" not in text and "year" not in text:  # no "years": most texts
        return []
    found = list(_WORD.finditer(text))
    words = [m.group(0) for m in found]
    ages = []
    for i in range(1, len(words) - 1):
        said = number_at(words, i, AGE_WORDS)
        if said and age_had(words, i, said[1], said[0], _AGE_HAD_BY, YEARS, AFTER_AGE_HAD):
            ages.append((found[i].start(), found[said[1] - 1].end()))
    return ages


_IS = frozenset({"is", "was", "now", "its"})


def _aged(before: list[str], aged: frozenset[str]) -> bool:
    """Whether the words before "N weeks old" name one of `aged` as what is that old: "my
    sciatica is 10 weeks old", "the pain's 8 weeks old" (a baby's age is not its)."""
    if len(before) >= 2 and before[-1] in _IS and before[-2] in aged:
        return True
    return bool(before) and singular_in(before[-1], aged)


def _recent_after(text: str, end: int, word: str) -> bool:
    """Whether a holiday or a farming day said as the start is dated days ago in the words
    after it, in its clause (`_RECENT`): "since the harvest supper last week"."""
    if word.replace(" ", "") not in _HOLIDAYS and word not in _FARMING:
        return False
    said = []
    for token in text[end:].split()[:6]:
        bare = token.strip(",.;:!?()")
        if bare in _CLAUSE_WORDS or bare in ("since", "from", "till", "until", "but"):
            break
        said.append(bare)
        if bare != token:
            break
    return _RECENT.search(" ".join(said)) is not None


def _ahead(after: list[str]) -> bool:
    """Whether the words after an amount of time put it ahead of now (`_AHEAD_TO`,
    `_AHEAD_TO_PAIRS`): a time to come, unless counted up to now ("until now")."""
    said = [word.strip(",.;:!?()'\"") for word in after[:2]]
    if not said:
        return False
    if said[0] == "away":  # "8 weeks away from work" is a time gone through
        return said[1:2] != ["from"]
    if said[0] in _AHEAD_TO:
        return not (said[0] in ("till", "until", "til") and said[1:2]
                    and said[1] in _UP_TO_NOW)
    return tuple(said) in _AHEAD_TO_PAIRS


def numeric_dates(text: str, today: date) -> list[int]:
    """Days since each start dated in figures (`_NUMERIC_DATE`) in `text` (folded, marks
    kept): day and month read both ways, and the shorter time that is a real past date taken;
    a year said with it is kept. Read only where nothing else in the text says how long
    ("since 10/04 (6 days)": the days), on a clause as typed in triage (its words lose the
    slash)."""
    found = []
    for match in _NUMERIC_DATE.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if second in _NOT_A_MONTH or first in _NOT_A_MONTH:
            continue
        year = match.group(3)
        ways = []
        for day, month in ((first, second), (second, first)):
            if not 1 <= month <= 12 or day < 1:
                continue
            try:
                if year:
                    start = date(int(year) + (2000 if len(year) == 2 else 0), month, day)
                    if start <= today:
                        ways.append((today - start).days)
                else:
                    date(today.year, month, day)  # a day the month has
                    ways.append(_days_since(month, day, today))
            except ValueError:
                continue
        if ways:
            found.append(min(ways))
    return found


def _expected(before: list[str]) -> bool:
    # ("can last up to 6 weeks": "up to" says how long at most, after what says expected)
    before = [w for w in before[-5:] if w not in ("up", "to")]
    for word in reversed(before[-3:]):
        if word in _CLAUSE_WORDS:
            return False
        if word in _EXPECTED:
            return True
    return False


def _planned(said: str, before: list[str]) -> bool:
    """Whether a start said with a date is one planned ahead ("planning to start after
    Christmas", "before I start keto in January"), which dates nothing that has begun: the
    bare verb "start", never "started", after a word that puts it ahead."""
    if said.split()[0] != "start" or not before:
        return False
    return before[-1] in _AHEAD or (len(before) > 1 and before[-2] in _AHEAD_OF)


def _not_after(day: date, today: date) -> date:
    """`day`, or the same day a year before when it is still ahead of `today`: a named day
    said as when something began or as now is the latest one that has come."""
    return day if day <= today else day.replace(year=day.year - 1)


def _days_since(month: int, day: int, today: date) -> int:
    return (today - _not_after(date(today.year, month, day), today)).days


def _holiday_spelling(word: str) -> str:
    """A holiday said in words that `_HOLIDAYS` holds only joined up: its joined name (so
    `_date_of` finds it); any other word as it came. One spelling rule for every reader of
    a named day below."""
    joined = word.replace(" ", "")
    return joined if word not in _HOLIDAYS and joined in _HOLIDAYS else word


def _date_of(word: str) -> tuple[int, int]:
    """Month and day of a month name, a season or a holiday."""
    word = re.sub(r"\s+", " ", word)
    if word in _HOLIDAYS:
        return _HOLIDAYS[word]
    if word in _SEASONS:
        return _SEASONS[word], 1
    return _MONTHS[word], 1


_PART_OF_MONTH = re.compile(r"\b(mid|middle|end|late)\b")


_DAY_OF_MONTH = re.compile(
    rf"\b(?:(\d{{1,2}})\s*(?:(?:st|nd|rd|th)\s+)?(?:of\s+)?|({_ORD})\s+of\s+)$")
_WEEK_STARTS = {"first": 1, "second": 8, "third": 15, "fourth": 22, "last": 25}
"""The day a week of a month starts on ("the second week of May": the 8th)."""
_WEEK_OF_MONTH = re.compile(r"\b(" + "|".join(_WEEK_STARTS) + r")\s+week\s+of\s+$")


def _part_of(said: str, word: str, day: int) -> int:
    """The day of a month said with where in it: 'mid March' is the 15th, 'the end of
    January' the 25th, 'the 3rd of Jan' the 3rd, 'the second week of January' the 8th; a
    holiday keeps its own day."""
    if word not in _MONTHS:
        return day
    before = said[: said.rfind(word)] if word in said else said
    if found := _DAY_OF_MONTH.search(before):
        day = int(found.group(1)) if found.group(1) else ORDINALS[found.group(2)]
        if 1 <= day <= 31:
            return day
    if found := _WEEK_OF_MONTH.search(before):
        return _WEEK_STARTS[found.group(1)]
    if found := _PART_OF_MONTH.search(said):
        return 15 if found.group(1) in ("mid", "middle") else 25
    return day


def _exact(said: str, word: str) -> bool:
    """Whether a day said is a day ('Christmas', 'the 3rd of Jan', 'the second week of
    May'), not a month or a season, so the month it is now is taken a week in (no day said:
    it is rarely the 1st)."""
    if word in _HOLIDAYS:
        return True
    before = said[: said.rfind(word)] if word in said else said
    return word in _MONTHS and bool(_DAY_OF_MONTH.search(before) or _WEEK_OF_MONTH.search(before))


def reference_day(text: str, today: date) -> date:
    """The day a 'since' counts to: today, or the month the message says it is now."""
    return _reference(text, today)[0]


def reference(text: str, today: date) -> tuple[date, bool]:
    """The day a 'since' counts to, and whether the message says it is now a month and no
    more ("It's Feb now."): counted from a day ("since Christmas"), that month is taken a
    week in."""
    day, bare = _reference(text, today)
    return day, bool(bare)


_LAST = re.compile(r"\blast\b")
_JUST_BEFORE = re.compile(r"\b(?:nearly|almost|start|beginning|early)\b")


def _reference(text: str, today: date) -> tuple[date, bool | None]:
    """The day it is now and whether it is said as a bare month; None: no day is said. A
    day told as near (`_COMING`) moves a day told as now on to a week before it, when it
    comes within three months after that day (the two told in order), and is now alone when
    no other now is said."""
    said, bare = _reference_said(text, today)
    coming = _COMING.search(text)
    if coming is None:
        return said, bare
    month, day = _date_of(_holiday_spelling(re.sub(r"\s+", " ", next(
        g for g in coming.groups() if g))))
    near = _not_after(date(today.year, month, min(day, 28)) - timedelta(days=_COMING_BEFORE),
                      today)
    if bare is None and said == today:
        return near, None
    gap = (near - said).days % 365
    if 0 < gap <= 90:
        return said + timedelta(days=gap), False
    return said, bare


def _reference_said(text: str, today: date) -> tuple[date, bool | None]:
    """The day it is now as said outright, or as a season's signs say it."""
    match = _NOW_IS.search(text) or _STILL_AT.search(text)  # a now said outright first
    if match is None:
        if sign := _SEASON_SIGN.search(text):
            month, day = _SEASON_SIGNS[re.sub(r"\s+", " ", sign.group(1))]
            return _not_after(date(today.year, month, day), today), None
        return today, None
    word = re.sub(r"\s+", " ", next(g for g in match.groups() if g))
    month, day = _date_of(word)
    day = _part_of(match.group(0), word, day)
    said = _not_after(date(today.year, month, min(day, 28)), today)
    bare = (word in _MONTHS and _part_of(match.group(0), word, 0) == 0
            and _JUST_BEFORE.search(match.group(0)) is None)
    return said, bare


def clinical_days(raw: str) -> list[int]:
    """Durations in clinical shorthand, read from the raw text: "9/52" is nine weeks."""
    return [int(m.group(1)) * _CLINICAL_UNITS[m.group(2)] for m in _CLINICAL.finditer(raw)]


_CYCLES = re.compile(rf"\b{_NUM}\s+(?:periods|cycles)\s+(?:ago|back)\b")
"""Time counted by another clock: a woman's monthly cycle ("that was three periods ago",
"two cycles back"), about a month each."""
_CYCLE_DAYS = 28
_WEEKDAYS_COUNTED = re.compile(
    rf"\b{_NUM}\s+(?:{_DAYS_OF_WEEK}s|weekends)\b(?!\s+(?:a|an|per|each|every|out|off)\b)")
"""Time counted by the week's own days (misses45): "nine Saturdays", "six weekends on the
bench" are as many weeks; never a rate ("2 Saturdays a month") nor a share ("3 Sundays out of
4")."""
_MISSED = re.compile(
    rf"\b(?:missed|miss|missing|sat\s+out|sitting\s+out|skipped|been\s+off\s+for)\s+"
    rf"(?:(?:the|my)\s+last\s+|(?:the\s+)?past\s+)?{_NUM}\s+(?:(?:league|home|away|club)\s+)?"
    r"(games|matches|fixtures|sessions|trainings|training\s+sessions|classes|lessons|races|"
    r"rounds|services|parkruns|meets)\b")
_WEEKLY = re.compile(rf"\b(?:(?:every|each)\s+(?:week|weekend|{_DAYS_OF_WEEK})|"
                     r"(?:once\s+)?a\s+week|weekly|per\s+week)\b")
_ALWAYS_WEEKLY = frozenset({"parkruns"})
"""... and by a weekly event missed, told as weekly ("missed nine games, one every Saturday",
"missed 7 classes, it's weekly"), or weekly by its nature (parkrun): as many weeks. A count of
games alone says nothing of how often they are."""

_WORTH_READING = re.compile(
    r"\d|" + "|".join(sorted({*_UNITS, *_MONTHS, *_SEASONS, *ORDINALS, "week", "month", "year",
                               "ages", "forever", "for ever", "yonks", "weak", "periods",
                               "cycles", "miss", "skipped", "sat out", "sitting out",
                               "term", "semester", "season", "went back", "finals", "playoff",
                               "play off", "play-off", "all star", "all-star",
                               "off for", "hitch", "swings", "rosters", "rotations",
                               *(h.split()[0] for h in _SEASON_SIGNS),
                               *(h.split()[0] for h in _HOLIDAYS)}, key=len, reverse=True))
)
"""A text with none of these (a digit, a unit, a month...) says no duration: skip the rest."""


def said_weekly(text: str) -> bool:
    """Whether `text` (folded) says something comes once a week ("one every Saturday",
    "weekly"): what a count of games or classes missed counts in."""
    return _WEEKLY.search(text) is not None


def may_say_a_duration(text: str) -> bool:
    """False when `text` (folded) has nothing a duration is said with: no digit, unit,
    month, season or holiday. Cheap; most messages stop here."""
    return _WORTH_READING.search(text) is not None


_SIGN_WORDS = frozenset({"burns"})
"""A holiday's word that is a sign's word too ("Burns Night", "it burns"): never a time word."""
TIME_WORDS = frozenset({*AMOUNTS, *_UNITS, *_BARE_PLURALS, *_MONTHS, *_SEASONS,
                        *ORDINALS, *(w for h in _HOLIDAYS for w in h.split())}) - _SIGN_WORDS
"""The words a duration or a date is said in: they tell when and how long, not what."""
DATE_NAMES = frozenset({*_SEASONS, *(h for h in _HOLIDAYS if " " not in h)}) - _SIGN_WORDS
"""The seasons and the one-word holidays and feasts: a word right after one, in a date
("since the summer fete", "since the Christmas party"), names the day's event, not a thing
that lasted."""

_GLUE = frozenset({"its", "it", "is", "now", "and", "the", "been", "has", "have", "already",
                   "nearly", "almost", "about", "around", "just", "so", "since", "for"})


def words_besides_time(text: str) -> int:
    """How many words `text` (folded) says besides when and how long: "since mid September,
    it's December now" says nothing else, so it answers "how long?" like "eight weeks"."""
    for pattern in (_SINCE, _NOW_IS, _AMOUNT, _ORDINAL, _NTH, _BARE):
        text = pattern.sub(" ", text)
    return sum(1 for word in text.split() if word not in _GLUE)


_AGO = re.compile(rf"\b{_NUM}\s+{_UNIT}\s+ago\b")


def ago_at(text: str) -> list[tuple[int, int]]:
    """The durations said as "N units ago" in `text` (folded): when something happened, as
    (days, how many words come before it). "Started 3 months ago" dates the pain; "had a
    heart attack 10 years ago" dates the heart attack."""
    return [(int(value_of(m.group(1)) * _UNITS[m.group(2)]), len(text[: m.start()].split()))
            for m in _AGO.finditer(text)]


_ELIDED = re.compile(
    rf"\b(?:its\s+been|its\s+now|been|now\s+its)\s+{_NUM}\b(?!\s*(?:of\s+)?{_UNIT})"
)
"""'Give it six weeks. It's been eight.': a number said after a unit named before it."""


def unit_of(text: str) -> int | None:
    """The first unit of time `text` (folded) counts in, in days: what a number said alone
    later ("It's been eight") counts."""
    match = _AMOUNT.search(text)
    if match is None:
        return None
    return _UNITS[match.group(2) or match.group(4)]


def began_at_birth(text: str) -> bool:
    """Whether `text` (folded) says a pain began in a pregnancy or at the birth, so that a
    baby's age said anywhere in the message ("baby's 10 weeks old now") is how long."""
    return _BEGAN_PREGNANT.search(text) is not None


def durations_in_days(text: str, today: date, pregnant: bool = False,
                      said_in: int | None = None, bare_now: bool = False,
                      at_birth: bool = False, aged: frozenset[str] = frozenset(),
                      weekly: bool = False, rota: tuple[float, float] | None = None,
                      stages: dict[str, int] | None = None) -> list[int]:
    """Every duration said in `text` (folded, lower case), in days. With `pregnant` (the
    message is about a pregnancy), 12 to 42 weeks said bare ("34 weeks,") is how far along
    the pregnancy is, not a duration. With `said_in` (days; the unit the message counted in
    before), a number said alone after "it's been" counts in it. With `at_birth` (the
    message says the pain began in the pregnancy or at the birth), a baby's age is how long
    it has lasted. With `aged` (words for a pain), a pain's age ("my sciatica is 10 weeks
    old") is how long it has lasted. With `weekly` (the sentence around `text` says its
    events come once a week: `said_weekly`), a count of them missed is as many weeks. With
    `rota` (weeks on and off, said in the sentence around `text`: `work_pattern`), blocks of
    work counted are as long as that pattern makes them. With `stages` (the stage a term or
    a season is at now, said anywhere in the message: `stages_now`), a start told at an
    earlier stage counts to it."""
    found: list[int] = []
    for heard, meant in _SOUNDS_LIKE:
        text = heard.sub(meant, text)
    text = _MISTYPED.sub(_number_typed, text)
    text = _DECIMAL_SAID.sub(r"\1.\2", text)
    if said_in is not None:
        found.extend(int(value_of(m.group(1)) * said_in) for m in _ELIDED.finditer(text)
                     if m.group(1) not in ("a", "an", "some", "many", "few"))
    if not may_say_a_duration(text):
        return found
    ages = _ages_had(text)
    began_pregnant = at_birth or began_at_birth(text)
    for match in _AMOUNT.finditer(text):
        if any(start <= match.start() < end for start, end in ages):
            continue
        before = text[: match.start()].split()
        if (before and before[-1] in _NOT_YET) or _expected(before):
            continue
        if before and before[-1] == "in" and _NEGATIONS.isdisjoint(text.split()):
            continue
        after = text[match.end() :].split()
        if (before and before[-1] in _CARRYING and match.group(4) is not None
                and _UNITS[match.group(4)] in (7, 30)):
            continue  # "pregnant 32 weeks", "pregnant 7 months": how far along
        if after and after[0] in _OF_SOMETHING_ELSE and not (
                began_pregnant and after[0] in _SINCE_BIRTH
                and match.group(4) is not None and _UNITS[match.group(4)] in (7, 30)) and not (
                after[0] == "old" and _aged(before, aged)):
            continue
        if (after[:1] and after[0] in _NAMED_BY_LENGTH and match.group(4) is not None
                and not match.group(4).endswith("s")):
            continue  # "my 20 week scan", "a 6 week course": a thing's name, not a time lasted
        if after[:1] == ["to"] and after[1:2] and after[1] in _GET_BETTER:
            continue  # "6 weeks to heal" is how long healing is expected to take
        if _ahead(after):
            continue  # "six weeks till my holiday": a time still to come
        if before and before[-1] == "point":
            continue  # "two point five weeks": the fraction of a decimal said in words
        if _a_rate(match.group(3), before):
            continue  # "30,000 miles a year": how often or how much, not how long
        if _PER_UNIT.search(match.group(0)):
            continue  # "I do about 200 a day": a count per day, not 200 days (time54)
        half_unit, number, unit = match.group(2), match.group(3), match.group(4)
        if half_unit:
            found.append(int(_UNITS[half_unit] * 0.5))
            continue
        amount = value_of(number)
        if _HALF.search(match.group(0)):
            amount += 0.5
        days = int(amount * _UNITS[unit])
        if (pregnant and _UNITS[unit] == 7 and _GESTATION[0] <= days <= _GESTATION[1]
                and not (before and before[-1] in _LASTED)
                and (not (after and after[0] in _LASTED)
                     or (before and before[-1] in _CARRIER))):
            continue
        if pregnant and before and before[-1] == "at" and not began_pregnant:
            continue  # "still itchy at 10 weeks", "at 20 weeks": a stage or a baby's age
        if (pregnant and _UNITS[unit] == 30 and _GESTATION[0] <= days <= _GESTATION[1]
                and before and before[-1] in _CARRYING_NOW and not began_pregnant):
            continue  # "I'm 7 months and it's down my left leg": how far along
        found.append(days)
    for match in _UNIT_AND_A_HALF.finditer(text):
        found.append(int(_UNITS[match.group(1)] * 1.5))
    for match in _ORDINAL.finditer(text):  # "I'm on week 10"
        following = text[match.end():].split()[:3]
        following = following[:next((k for k, w in enumerate(following)
                                     if w in _CLAUSE_WORDS), len(following))]
        if following[:1] and following[0] in _NAMED_BY_LENGTH:
            continue  # "the week 20 scan": a thing's name
        if _BEGAN_WORDS.intersection(following):
            continue  # "around week 10 I started getting this pain": when it began
        found.append(int(value_of(match.group(2))) * _UNITS[match.group(1)])
    found.extend(_SEASON_DAYS for _ in _WHOLE_SEASON.finditer(text))
    found.extend(max(_days_since(1, 1, today), _SEASON_DAYS)
                 for _ in _WHOLE_YEAR.finditer(text))
    for match in _NTH_BLOCK.finditer(text):  # "my fifth 2-week roster"
        nth = match.group("nth")
        count = ORDINALS[nth] if nth in ORDINALS else int(nth[:-2])
        found.append(int(count * value_of(match.group(2)) * _UNITS[match.group(3)]))
    pattern = rota or work_pattern(text)
    if pattern is not None:
        on, off = pattern
        for match in _BLOCKS.finditer(text):  # "three hitches, 2 on 2 off"
            count = int(value_of(match.group(1)))
            if count >= 2:
                found.append(int((count * on + (count - 1) * off) * 7))
    for match in _NTH.finditer(text):  # "seventh week of this"
        count = int(match.group(2)) if match.group(2) else ORDINALS[match.group(1)]
        found.append(count * _UNITS[match.group(3)])
    for match in _SINCE_YEAR.finditer(text):
        year = int(match.group(1))
        if year < today.year or (year == today.year and match.group(0).startswith("since")):
            found.append((today - date(year, 1, 1)).days)
    for match in _DOUBLED.finditer(text):
        found.append(_DOUBLED_DAYS[match.group(1)])
    found.extend(_FOREVER_DAYS for _ in _FOREVER.finditer(text))
    found.extend(int(value_of(m.group(1)) * _CYCLE_DAYS) for m in _CYCLES.finditer(text)
                 if value_of(m.group(1)) >= 2)
    found.extend(int(value_of(m.group(1))) * 7 for m in _WEEKDAYS_COUNTED.finditer(text)
                 if value_of(m.group(1)) >= 2)
    weekly = weekly or said_weekly(text)
    found.extend(int(value_of(m.group(1))) * 7 for m in _MISSED.finditer(text)
                 if value_of(m.group(1)) >= 2 and (weekly or m.group(2) in _ALWAYS_WEEKLY))
    for match in _BARE.finditer(text):
        if any(end < match.start() <= end + 1 for _, end in ages):
            continue  # "I have 19 years and ...": the age's years
        before = text[: match.start()].split()
        if _ACTIVITY.intersection(_activity_window(before)):
            continue
        if match.group(2) and before and (before[-1].isdigit() or before[-1] in CARDINALS):
            continue  # "7 months and": a count the amounts above read (or left out)
        found.append(_BARE_PLURALS[match.group(1) or match.group(2) or match.group(3)])
    reference, bare = _reference(text, today)
    if bare is None:
        bare = bare_now  # the month it is now, said in another sentence
    for match in _SINCE.finditer(text):
        if _planned(match.group(0), text[: match.start()].split()):
            continue
        word = re.sub(r"\s+", " ", match.group(1))
        if word in ("the year", "this year"):
            if not _YEAR_START.search(match.group(0)):
                continue  # "since the end of the year": its last days, no day said
            word = "new year"  # "since the start of the year"
        word = "new year" if word.startswith("new") else word
        if _recent_after(text, match.end(), word):
            continue
        if word == "last year":
            found.append(max(_days_since(12, 31, today), 60))
            continue
        word = _holiday_spelling(word)
        month, day = _date_of(word)
        counted_to = reference
        if bare and _exact(match.group(0), word):  # "since Christmas ... it's Feb now"
            counted_to = reference + timedelta(days=7)
        part = _part_of(match.group(0), word, day)
        since = _days_since(month, part, counted_to)
        if since == 0 and _LAST.search(match.group(0)):
            since = 365  # "since last Diwali, and now it's Diwali again": a year
        elif since == 0 and reference != today:
            # the day read as now is the start itself ("started at Christmas, still sore"):
            # it counts to today
            since = _days_since(month, part, today)
        found.append(since)
    for match in _SINCE_EVENT.finditer(text):  # "since the TT ... the TT was in June"
        if match.group("event") in _HOLIDAYS or match.group("event") in _SEASONS \
                or match.group("event") in _MONTHS:
            continue  # the event is itself a time ("since the summer ... the summer was")
        word = re.sub(r"\s+", " ", match.group("day"))
        word = _holiday_spelling(word)
        month, day = _date_of(word)
        found.append(_days_since(month, _part_of(match.group(0), word, day), reference))
    for match in _BEGAN_WHEN.finditer(text):  # "in June when it started"
        word = re.sub(r"\s+", " ", match.group(1) or match.group(2))
        word = _holiday_spelling(word)
        if _recent_after(text, match.end(), word):
            continue
        month, day = _date_of(word)
        counted_to = reference
        if bare and _exact(match.group(0), word):
            counted_to = reference + timedelta(days=7)
        found.append(_days_since(month, _part_of(match.group(0), word, day), counted_to))
    for match in _ALREADY.finditer(text):  # "for Easter and I was already limping"
        month, day = _date_of(re.sub(r"\s+", " ", match.group(1)))
        found.append(_days_since(month, day, reference))
    for match in _STARTED_ON.finditer(text):  # "2nd of May it started"
        word = match.group(2)
        found.append(_days_since(_MONTHS[word], _part_of(match.group(0), word, 1), reference))
    found.extend(_cycle_days(text, reference, stages or {}))  # "since the start of term"
    if not found:  # "started on 12/09"; never beside a count said ("since 10/04 (6 days)")
        found.extend(numeric_dates(text, reference))
    return found


def amounts_in_days(text: str) -> list[int]:
    """Every amount of time said in `text` (folded), in days, whatever is said around it:
    "usually settles in a fortnight" says a fortnight, though it is no time lasted."""
    found = []
    text = _DECIMAL_SAID.sub(r"\1.\2", text)  # "2 point 5 weeks": 2.5, never 5
    for match in _AMOUNT.finditer(text):
        if match.group(1):
            found.append(int(_UNITS[match.group(2)] * 0.5))
            continue
        amount = value_of(match.group(3)) + (0.5 if _HALF.search(match.group(0)) else 0)
        found.append(int(amount * _UNITS[match.group(4)]))
    return found


_DATE_SAID = re.compile(
    r"\b(?:(?:in|at|on|since|by|around|before|after|end\s+of|the\s+end\s+of|mid|early|late|"
    r"start\s+of|the\s+start\s+of|middle\s+of|the\s+middle\s+of|" + _DAY + r")\s*)*("
    + _HOLIDAY + "|" + "|".join(_SEASONS) + "|" + _MONTH + r")\b")
"""A day, a month, a season or a holiday named: 'end of jan', 'mid feb', 'at christmas'."""
_AMBIGUOUS = frozenset({"may", "march", "mar", "fall", "sat", "eid", "holi", "lent"})
"""Names that are everyday words too: a date only after a word of time ("in may")."""


def date_said(text: str, today: date) -> int | None:
    """How many days before `today` the first day, month, season or holiday `text`
    (folded) names was: "6/10 mid feb" is a point in time, not a duration; None when it
    names none. "May" is read as the month only beside a word of time ("in may")."""
    for match in _DATE_SAID.finditer(text):
        word = re.sub(r"\s+", " ", match.group(1))
        if word in _AMBIGUOUS and match.group(0).strip() == word:
            continue  # "may" alone is the verb, "fall" a fall
        word = _holiday_spelling(word)
        month, day = _date_of(word)
        return _days_since(month, _part_of(match.group(0), word, day), today)
    return None
