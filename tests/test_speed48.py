"""Privacy (speed48): once a message is answered, no cache of the engine or the conversation
layer keeps anything of it, whichever way in it came (the engine's answer, the throttle's
emergency check, the conversation's reply and its own reading of cues, the Telegram handler).

The caches are found by walking the compiled objects' attributes and the bot's modules, so a
cache added later is checked too. A held letter ("stiiiff") and a word broken up the way
voice-to-text hears it ("sigh attica") reach the caches a plain message never touches.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fake_telegram import message_update
from telegram_support import Harness, no_network, text_of

from bot.conversation.dialogue import respond
from bot.conversation.state import State
from bot.conversation.words import words_for
from bot.engine import answer, compile_knowledge, text
from bot.engine.pipeline import is_emergency
from bot.knowledge import Knowledge

pytestmark = pytest.mark.usefixtures("no_network")
__all__ = ["no_network"]

# A held letter, a typo and a word voice-to-text broke in two, in our own words.
SPOKEN = "my lower bak is so stiiiff, does the sigh attica get better with walking"
ALSO = "ok is it fine to do that stretch while the sigh attica is baaad"

KNOWLEDGE_ONLY = frozenset({"_frequencies", "english_words", "frequent_words", "common_words",
                            "_zones", "_cities"})
"""Caches keyed by no message: the English word lists (by a count) and the time zones."""


def _caches_in(root: object) -> Iterator[tuple[str, Any]]:
    """Every functools cache reachable from `root` through the bot's own objects (their
    attributes, dataclass fields and the containers they hold), with where it was found."""
    seen: set[int] = set()
    todo: list[tuple[str, object]] = [(type(root).__name__, root)]
    while todo:
        where, item = todo.pop()
        if id(item) in seen or isinstance(item, str | bytes | int | float | bool | type(None)):
            continue
        seen.add(id(item))
        if hasattr(item, "cache_info") and hasattr(item, "cache_clear"):
            yield where, item
            continue
        if isinstance(item, dict):
            todo.extend((f"{where}[]", v) for v in item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            todo.extend((f"{where}[]", v) for v in item)
        elif type(item).__module__.startswith("bot."):
            fields = getattr(item, "__dict__", None) or {
                name: getattr(item, name) for name in getattr(item, "__slots__", ())
                if hasattr(item, name)}
            todo.extend((f"{where}.{name}", v) for name, v in fields.items())


def _module_caches() -> Iterator[tuple[str, Any]]:
    """The functools caches of the bot's modules' functions."""
    for name, module in list(sys.modules.items()):
        if name == "bot" or name.startswith("bot."):
            for attr, value in vars(module).items():
                if hasattr(value, "cache_info") and hasattr(value, "cache_clear"):
                    yield f"{name}.{attr}", value


def _all_caches(kb: Knowledge) -> dict[str, Any]:
    """Every cache found, by where it was found and the function it caches."""
    found: dict[int, tuple[str, Any]] = {}
    for where, cache in (*_caches_in(compile_knowledge(kb)), *_caches_in(words_for(kb)),
                         *_module_caches()):
        found.setdefault(id(cache), (f"{where} ({cache.__qualname__})", cache))
    return dict(found.values())


def _function(where: str) -> str:
    """The name of the function a cache found at `where` caches."""
    return where.rsplit("(", 1)[-1].rstrip(")").rsplit(".", 1)[-1]


def _knowledge_only(where: str) -> bool:
    return _function(where) in KNOWLEDGE_ONLY


def _assert_nothing_kept(kb: Knowledge, send: Callable[[str], object]) -> None:
    """`send` a plain message first (start-up's caches settle), then the spoken one: after
    its reply every cache a message can reach is empty, and the word lists did not grow."""
    send("hello")
    caches = _all_caches(kb)
    lists = {w: c.cache_info().currsize for w, c in caches.items() if _knowledge_only(w)}
    stems = dict(text._KNOWN_STEMS)  # the knowledge's own words' stems, kept for good
    send(SPOKEN)
    kept = {w: c.cache_info().currsize for w, c in caches.items()
            if not _knowledge_only(w) and c.cache_info().currsize}
    assert kept == {}
    assert {w: caches[w].cache_info().currsize for w in lists} == lists
    assert stems == text._KNOWN_STEMS
    typed = {"stiiiff", "bak", "attica"} - compile_knowledge(kb).analyzer.vocabulary
    assert typed and not typed & text._KNOWN_STEMS.keys()


def test_the_walk_finds_the_caches_a_message_reaches(kb: Knowledge) -> None:
    """The walk sees the analyzer's, the scope's and the modules' caches (else the tests
    below would pass on nothing), and the spoken message does fill them while it is read."""
    caches = _all_caches(kb)
    names = {_function(w) for w in caches}
    assert {"_correct_uncached", "_unheld_uncached", "_rejoin_uncached", "_spelled_uncached",
            "_form_of_known_uncached", "_read_stem", "_concepts_of"} <= names
    assert KNOWLEDGE_ONLY & names
    analyzer = compile_knowledge(kb).analyzer
    with analyzer.reading():
        assert "sciatica" in analyzer.words(SPOKEN)  # the broken word is rejoined
        assert analyzer._unheld.cache_info().currsize  # the held letter was read
        assert analyzer._rejoin.cache_info().currsize
    assert analyzer._unheld.cache_info().currsize == 0


def test_the_engines_answer_keeps_nothing(kb: Knowledge) -> None:
    _assert_nothing_kept(kb, lambda text: answer(kb, text))


def test_the_emergency_check_keeps_nothing(kb: Knowledge) -> None:
    _assert_nothing_kept(kb, lambda text: is_emergency(kb, text))


def test_the_conversations_reply_keeps_nothing(kb: Knowledge) -> None:
    """The reply reads the message's cues itself, outside the engine's answer (after an
    exercise was shown and after a warning, where it asks "going now?")."""
    for state in (State(entry="piriformis-stretch"), State(warning="cauda-equina"), State()):
        _assert_nothing_kept(kb, lambda text, state=state: respond(kb, text, state))


def test_the_conversation_words_keep_nothing(kb: Knowledge) -> None:
    words = words_for(kb)

    def read(text: str) -> None:
        words.says(text, "picture")
        words.leftover(text, ("hold",))
        words.starts_with(text, "going")
        words.cue(ALSO, ("safe", "hold"))

    _assert_nothing_kept(kb, read)


def test_a_reading_forgets_even_when_it_fails(kb: Knowledge) -> None:
    analyzer = compile_knowledge(kb).analyzer
    with pytest.raises(RuntimeError), analyzer.reading():
        analyzer.words(SPOKEN)
        raise RuntimeError
    assert all(c.cache_info().currsize == 0 for w, c in _all_caches(kb).items()
               if not _knowledge_only(w))


def test_forgetting_changes_no_answer(kb: Knowledge) -> None:
    """Near miss: the caches only ever saved work. The same message answered again, from
    cold, and a knowledge term read between, give the same answers and words."""
    analyzer = compile_knowledge(kb).analyzer
    term = analyzer.tokens("sciatica")
    first = [answer(kb, text).to_json() for text in (SPOKEN, ALSO)]
    assert [answer(kb, text).to_json() for text in (SPOKEN, ALSO)] == first
    assert analyzer.tokens("sciatica") == term
    assert words_for(kb).tokens(SPOKEN) == words_for(kb).tokens(SPOKEN)


async def test_the_telegram_handler_keeps_nothing(bot: Harness, kb: Knowledge) -> None:
    """A photo with the spoken words as its caption: the handler answers it and reads the
    caption's cues itself ("is my posture ok?" under a picture); nothing is kept after."""
    photo = [{"file_id": "AgACAgIAAxk", "file_unique_id": "AQADx", "width": 90, "height": 90}]
    await bot.say("hello")
    caches = _all_caches(kb)
    sent = await bot.process(message_update(
        extra={"photo": photo, "caption": f"{SPOKEN}, is my posture ok in this picture"}))
    assert any(kb.message("cannot_see").strip() in text_of([m]) for m in sent)
    kept = {w: c.cache_info().currsize for w, c in caches.items()
            if not _knowledge_only(w) and c.cache_info().currsize}
    assert kept == {}
