"""The words that steer a conversation (`conversation` in language.yaml), as people type them.

Two readings. A flow word ("next", "not sure", "menu") is the whole message, or for answers
and "stop" how it starts ("yes i do"); it is read from the folded words alone, with small
typos forgiven, so "Nxet!!" is next and "nooo" is no, and nothing is "corrected" into a
medical word. A cue ("how long", "that one", "on my way") may sit anywhere in a message; it
is read through the engine's analyser (spellings, corrections, stems), like the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz.distance import OSA

from bot.engine.pipeline import compile_knowledge
from bot.engine.text import english_words, stem, tokenize
from bot.knowledge import FLOW_WORDS, Knowledge
from bot.knowledge.memo import PerKnowledge

PREFIX_WORDS = ("yes", "no", "not_sure", "stop")
"""Words that count when a message starts with them: "yes, both legs", "stop, it hurts"."""
MAX_AFTER_PREFIX = 6
"""How many more words a message starting with a prefix word may have."""

_REPEATS = re.compile(r"(.)\1{2,}")


def _squeeze(word: str) -> str:
    """"yesss" -> "yes", "nooo" -> "no": people stretch short answers (a double letter is
    left alone: "hello" is not "helo")."""
    return _REPEATS.sub(r"\1", word)


def _plain(text: str) -> tuple[str, ...]:
    return tuple(_squeeze(w) for w in tokenize(text))


def _allowed_edits(length: int) -> int:
    return 0 if length < 3 else 1 if length < 8 else 2


class Words:
    """One knowledge base's conversation words, prepared once (see `words_for`)."""

    def __init__(self, kb: Knowledge) -> None:
        words = kb.language.conversation
        self._analyzer = compile_knowledge(kb).analyzer
        self._filler = {w for phrase in words.get("filler", ()) for w in _plain(phrase)}
        self._greetings = [_plain(phrase) for phrase in words.get("greeting", ())]
        self._flow: list[tuple[tuple[str, ...], str]] = sorted(
            ((_plain(phrase), key) for key in FLOW_WORDS for phrase in words.get(key, ())),
            key=lambda item: -len(item[0]),  # longest first: "not sure" before "no"
        )
        self._cues: dict[str, list[tuple[str, ...]]] = {
            key: [tuple(self._analyzer.tokens(p)) for p in phrases]
            for key, phrases in words.items() if key not in (*FLOW_WORDS, "greeting")
        }
        stop = kb.language.stopwords
        self._stop = frozenset(self._analyzer.tokens(" ".join(stop)))

    # ----------------------------------------------------------------- flow words

    def flow_word(self, text: str) -> str | None:
        """The flow word the message is ("menu", "yes", "no", "not_sure", "next", "back",
        "stop", "resume"), or starts with ("yes, both legs"), or None."""
        raw = _plain(text)
        if not raw:
            return None
        core = tuple(w for w in raw if w not in self._filler)
        return self._whole(raw, core) or self._prefix(core)

    def only_flow_word(self, text: str) -> str | None:
        """The flow word when the message is nothing else ("nope", "ok next please")."""
        raw = _plain(text)
        return self._whole(raw, tuple(w for w in raw if w not in self._filler)) if raw else None

    def _whole(self, raw: tuple[str, ...], core: tuple[str, ...]) -> str | None:
        return self._exact(raw) or self._exact(core) or self._fuzzy(core)

    def _exact(self, words: tuple[str, ...]) -> str | None:
        return next((key for phrase, key in self._flow if phrase == words), None)

    def _prefix(self, words: tuple[str, ...]) -> str | None:
        for phrase, key in self._flow:
            if (key in PREFIX_WORDS and len(words) > len(phrase)
                    and words[: len(phrase)] == phrase
                    and len(words) - len(phrase) <= MAX_AFTER_PREFIX):
                return key
        return None

    def _fuzzy(self, words: tuple[str, ...]) -> str | None:
        """A slip of one letter ("stpo", "not suer"), two in long words; never a tie, and
        never when every word is a real one ("hello" is not "help", "step" is not "stop")."""
        if not words or all(w in english_words() for w in words):
            return None
        typed = " ".join(words)
        edits = _allowed_edits(len(typed))
        if edits == 0:
            return None
        best: dict[str, int] = {}
        for phrase, key in self._flow:
            target = " ".join(phrase)
            if len(typed) == 3 and target[:1] != typed[:1]:
                continue
            distance = OSA.distance(typed, target, score_cutoff=edits)
            if distance <= edits:
                best[key] = min(distance, best.get(key, distance))
        if not best:
            return None
        closest = min(best.values())
        keys = [key for key, distance in best.items() if distance == closest]
        return keys[0] if len(keys) == 1 else None

    def without_greeting(self, text: str) -> str:
        """"hi, i have sciatica, what should i do first?" -> "i have sciatica, what should i
        do first?": a greeting in front says nothing about what is asked. A greeting alone
        stays as it is."""
        words = _plain(text)
        if words in self._greetings:
            return text
        for phrase in sorted(self._greetings, key=len, reverse=True):
            if len(words) > len(phrase) and words[: len(phrase)] == phrase:
                pattern = r"^\W*" + r"\W+".join(r"\w+" for _ in phrase) + r"\b\W*"
                rest = re.sub(pattern, "", text, count=1)
                return rest if any(ch.isalnum() for ch in rest) else text
        return text

    # ----------------------------------------------------------------- cues

    def tokens(self, text: str) -> tuple[str, ...]:
        """The message's analysed words, read as the engine reads a message (`reading`):
        whatever the reading cached is forgotten before they are returned."""
        with self._analyzer.reading():
            return tuple(stem(w) for w in self._analyzer.words(text))

    def cue(self, text: str, keys: Iterable[str]) -> str | None:
        """The first of `keys` with a cue in the text."""
        tokens = self.tokens(text)
        content = tuple(t for t in tokens if t not in self._stop)
        for key in keys:
            for phrase in self._cues.get(key, ()):
                if _contains(tokens, phrase):
                    return key
                phrase_content = tuple(t for t in phrase if t not in self._stop)
                if len(phrase_content) >= 2 and _contains(content, phrase_content):
                    return key
        return None

    def says(self, text: str, key: str) -> bool:
        return self.cue(text, (key,)) is not None

    def starts_with(self, text: str, key: str) -> bool:
        tokens = self.tokens(text)
        return any(phrase and tokens[: len(phrase)] == phrase for phrase in self._cues.get(key, ()))

    def leftover(self, text: str, keys: Iterable[str]) -> set[str]:
        """The message's content words that none of the cues of `keys` explains: what it says
        besides "how long do I hold it"."""
        explained = {t for key in keys for phrase in self._cues.get(key, ()) for t in phrase}
        explained |= {t for w in self._filler for t in self.tokens(w)}
        return {t for t in self.tokens(text) if t not in self._stop and t not in explained}


def _contains(tokens: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    if not phrase or len(phrase) > len(tokens):
        return False
    first = phrase[0]
    return any(
        tokens[i] == first and tokens[i : i + len(phrase)] == phrase
        for i in range(len(tokens) - len(phrase) + 1)
    )


words_for = PerKnowledge(Words)
"""The prepared words of a knowledge base, made once per knowledge base."""
