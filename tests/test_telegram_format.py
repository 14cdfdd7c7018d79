"""HTML escaping and splitting, checked against the fake server's copy of Telegram's rules."""

from __future__ import annotations

import random
import re

import pytest
from fake_telegram import html_error, visible_text

from bot.engine.answers import Answer
from bot.telegram_bot.format import answer_html, message_html, split_message

# --------------------------------------------------------------------------- the fake's rules


@pytest.mark.parametrize(
    "text",
    ["plain", "a &lt; b &amp;&amp; c &gt; d &quot;q&quot; &#39;", "<b>bold</b> <i>it</i>",
     "<b>a <i>b</i> <u>c</u></b>", '<a href="https://example.org/?a=1&amp;b=2">link</a>',
     "<code>x</code><pre>y</pre>", '<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>',
     "<blockquote>q</blockquote>", "a > b"],
)
def test_fake_accepts_what_telegram_accepts(text: str) -> None:
    assert html_error(text) is None


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("a < b", "end of the tag"),
        ("fish & chips", "end of the entity"),
        ("<b>bold", 'start tag "b"'),
        ("bold</b>", "Unexpected end tag"),
        ("<b><i>x</b></i>", "Unmatched end tag"),
        ("<script>x</script>", 'Unsupported start tag "script"'),
        ("<span>x</span>", 'Unsupported start tag "span"'),
        ("<p>x</p>", 'Unsupported start tag "p"'),
        ("&nbsp;", "entity"),
    ],
)
def test_fake_rejects_what_telegram_rejects(text: str, complaint: str) -> None:
    error = html_error(text)
    assert error is not None and complaint in error


# --------------------------------------------------------------------------- escaping


def test_answer_text_is_escaped_and_the_title_bold() -> None:
    answer = Answer("faq", "x", 1.0, "Pain < 3 & you?", "Use <b>care</b> & rest\n\n- a > b")
    html = answer_html(answer)
    assert html == (
        "<b>Pain &lt; 3 &amp; you?</b>\n\nUse &lt;b&gt;care&lt;/b&gt; &amp; rest\n\n- a &gt; b"
    )
    assert html_error(html) is None
    assert visible_text(html) == answer.text


def test_an_answer_without_title_is_just_the_body() -> None:
    assert answer_html(Answer("fallback", None, 0.0, "", "Sorry & so on")) == "Sorry &amp; so on"


def test_message_html_escapes() -> None:
    assert message_html("  <hi> & bye \n") == "&lt;hi&gt; &amp; bye"


# --------------------------------------------------------------------------- splitting


def test_a_short_message_is_one_piece() -> None:
    assert split_message("<b>hi</b>\n\nthere") == ["<b>hi</b>\n\nthere"]


def test_long_text_splits_at_paragraphs() -> None:
    paragraph = "word " * 150  # 750 characters
    text = "\n\n".join(f"{i} {paragraph.strip()}" for i in range(12))
    pieces = split_message(text)
    assert len(pieces) > 1
    assert all(len(p) <= 4096 for p in pieces)
    for piece in pieces:
        assert re.match(r"^\d+ word", piece)  # every piece starts at a paragraph
    assert "\n\n".join(pieces) == text


def test_one_huge_paragraph_splits_at_lines_then_spaces_then_anywhere() -> None:
    lines = "\n".join("line " * 50 for _ in range(40))
    assert all(len(p) <= 4096 for p in split_message(lines))
    words = "word " * 3000
    pieces = split_message(words)
    assert all(len(p) <= 4096 and not p.endswith("wor") for p in pieces)
    blob = "x" * 10_000
    assert "".join(split_message(blob)) == blob


def test_entities_are_never_cut() -> None:
    text = "&amp;" * 2000  # 10,000 characters, no spaces
    pieces = split_message(text, limit=4096)
    assert all(html_error(p) is None for p in pieces)
    assert "".join(pieces) == text


def test_open_tags_are_closed_and_reopened() -> None:
    text = "<b>" + "bold words " * 1000 + "</b>"
    pieces = split_message(text, limit=1000)
    assert len(pieces) > 1
    for piece in pieces:
        assert len(piece) <= 1000
        assert html_error(piece) is None
        assert piece.startswith("<b>") and piece.endswith("</b>")


def test_random_escaped_text_always_splits_into_valid_pieces() -> None:
    rng = random.Random(20261125)
    alphabet = ["a", "b", " ", " ", "\n", "\n\n", "<", ">", "&", "é", "🙂", "word", "<b>"]
    for _ in range(40):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3000)))
        title = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        html = answer_html(Answer("faq", "x", 1.0, title, raw))
        limit = rng.choice([200, 500, 4096])
        pieces = split_message(html, limit=limit)
        for piece in pieces:
            assert len(piece) <= limit
            assert html_error(piece) is None, piece
        shown = re.sub(r"\s+", "", "".join(visible_text(p) for p in pieces))
        assert shown == re.sub(r"\s+", "", visible_text(html))


def test_quotes_stay_readable_and_small_talk_has_no_heading() -> None:
    html = answer_html(Answer("chitchat", "hello", 1.0, "Hello", 'Hi, I\'m here. "Ask" me.'))
    assert html == 'Hi, I\'m here. "Ask" me.'
