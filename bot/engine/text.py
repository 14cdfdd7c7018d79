"""Turn what people type on a phone into comparable tokens.

Every message, phrasing and triage term goes through the same `Analyzer`, so that "can't pee",
"cant wee" and "cannot urinate" meet on the same tokens. The word maps (chat spellings and
synonyms) come from the knowledge base; this module holds only the mechanics.
"""

from __future__ import annotations

import heapq
import itertools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

import snowballstemmer
from doublemetaphone import doublemetaphone
from rapidfuzz import process
from rapidfuzz.distance import OSA, Indel, Levenshtein
from spellchecker import SpellChecker

from bot.engine.phrase_set import PhraseSet

if TYPE_CHECKING:
    from functools import _lru_cache_wrapper

_APOSTROPHES = re.compile(r"['’‘`´ʼ′ʹʻ＇]")
_PAST_D = re.compile(
    r"\b(?!(?:i|ah|you|u|he|she|we|they|who|it|that|there|what|how|where|why|ya)\b)"
    r"([a-z]{2,})['’‘`´ʼ′ʹʻ＇]d\b"
)
"""A verb made past with an apostrophe ("wee'd", "pee'd") is that verb; "I'd" stays, and so
does Scots "ah'd" (I'd)."""
_NON_WORD = re.compile(r"[^a-z0-9\u0430-\u045f\u0491]+")
"""Not a word's letter: Latin (accents off) or Cyrillic (Ukrainian, Russian, Bulgarian,
Serbian: people slip into their own language at the worst moment, `mixed` in language.yaml)."""
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[a-z])(?!(?:st|nd|rd|th)\b)|(?<=[a-z])(?=\d)")
"""Where a number and a word run together ("4months"); an ordinal ("2nd", "7th") stays one."""
_SENTENCE_END = re.compile(r"[.!?;\n]+|\bbtw\b|\bp\.?s\.?\b")
_HELD = re.compile(r"([a-z])\1{2,}")
"""A letter typed three times or more ("helppp", "nooo"): a word said long, not spelt so."""
MIN_MARK = 3
"""The shortest word alone that tells which language a message mixes with English ("ihi",
pee in Tagalog): shorter ones ("ko", "na") are shared by too many; a phrase of two words or
more tells it at any length ("no dey")."""
MAX_HELD = 3
"""Held letters in one word beyond which its spellings are not all tried."""
_EMOJI_DRESS = re.compile("[\ufe0f\ufe0e\U0001f3fb-\U0001f3ff]")
"""What dresses an emoji without changing what it shows: the emoji style and skin tones."""

_stemmer = snowballstemmer.stemmer("english")
_LETTERS = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d",
                          "ð": "d", "þ": "th"})
"""Letters that are no accented Latin letter (German, Nordic, Polish, Vietnamese, Icelandic):
spelled as their speakers type them on a keyboard without them ("Gesäßmuskel" is
"gesassmuskel", "bøje" "boje"), so the word stays one."""


def fold(text: str) -> str:
    """Lower case, accents off, apostrophes dropped ("can't" -> "cant"), '&' -> 'and'."""
    if text.isascii():  # most text: nothing to take off
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text)
        # Accents off, and invisible format characters (zero-width spaces, soft hyphens)
        # out: "bla\u200bdder" is "bladder".
        text = "".join(
            ch for ch in text
            if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf"
        ).lower().translate(_LETTERS)
    text = _APOSTROPHES.sub("", _PAST_D.sub(r"\1", text))
    text = text.replace("&", " and ").replace("+", " plus ")
    return text


def phrase_at(words: Sequence[str], i: int,
              phrases: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The first of `phrases` (each as its words) said at words[i:]."""
    for p in phrases:
        if tuple(words[i:i + len(p)]) == p:
            return p
    return None


def singular_in(word: str, words: Collection[str]) -> bool:
    """Whether `word` less a final "s" is one of `words`: a plural ("knees") or a possessive
    whose apostrophe `fold` dropped ("pains 8 weeks old", "weights gone up"), so a set names
    each word once, in the singular."""
    return word.endswith("s") and word[:-1] in words


def in_set_or_singular(word: str, words: Collection[str]) -> bool:
    """Whether `word` is one of `words` as typed or less a final "s" (`singular_in`)."""
    return word in words or singular_in(word, words)


def tokenize(text: str) -> list[str]:
    """Words and numbers of `text`, folded; "4months" splits into "4" and "months"."""
    folded = _DIGIT_LETTER.sub(" ", fold(text))
    return _NON_WORD.sub(" ", folded).split()


def sentences(text: str) -> list[str]:
    """Split a message where people end a thought: . ! ? ; new line, "btw"."""
    return [part for part in _SENTENCE_END.split(text) if part and part.strip()]


def sentences_asked(text: str) -> list[tuple[str, bool]]:
    """The sentences of `text` (as `sentences` splits them), each with whether it ends with
    a question mark ("Legs giving way? No, nothing like that.")."""
    found: list[tuple[str, bool]] = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        part = text[start:end.start()]
        if part.strip():
            found.append((part, "?" in end.group(0)))
        start = end.end()
    if text[start:].strip():
        found.append((text[start:], False))
    return found


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    """pyspellchecker's English words and their frequencies. Read once: building its
    SpellChecker is the slowest step of start-up."""
    frequencies = SpellChecker(language="en", distance=1).word_frequency
    return {w: n for w, n in frequencies.items() if w.isalpha()}


@lru_cache(maxsize=1)
def english_words(min_count: int = 50) -> frozenset[str]:
    """Common English words (pyspellchecker's frequency list). Spelling correction leaves
    these alone, so a real word is never "corrected" into another one ("chance" into
    "cancer", "grave" into "gave")."""
    return frozenset(w for w, n in _frequencies().items() if n >= min_count)


def frequency(word: str) -> int:
    """How often `word` occurs in pyspellchecker's frequency list (0: not in it)."""
    return _frequencies().get(word, 0)


@lru_cache(maxsize=2)
def frequent_words(top: int) -> tuple[str, ...]:
    """The `top` most frequent English words (pyspellchecker's frequency list), most
    frequent first."""
    counts = _frequencies()
    return tuple(heapq.nlargest(top, counts, key=counts.__getitem__))


_BRITISH = ((re.compile(r"iz(e|ed|es|ing|ation)$"), r"is\1"), (re.compile(r"or$"), "our"),
            (re.compile(r"er$"), "re"))


_AMERICAN = ((re.compile(r"our(s|ed|ing|ite|ites|able|er|ers|ful)?$"), r"or\1"),
             (re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
             (re.compile(r"tre(s|d)?$"), r"ter\1"), (re.compile(r"ence(s)?$"), r"ense\1"),
             (re.compile(r"ae"), "e"), (re.compile(r"oe"), "e"),
             (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"), (re.compile(r"ogue(s)?$"), r"og\1"))
"""British spellings, the way back to the American ones that the English word list holds
("humour" is "humor", "centre" "center", "paediatric" "pediatric")."""


_BRITISH_LOOK = re.compile("|".join(pattern.pattern for pattern, _ in _AMERICAN))
"""Any of them: one search tells most words there is nothing British about them."""


def american(word: str) -> set[str]:
    """The American spellings a British one may stand for ("humour": {"humor"})."""
    if _BRITISH_LOOK.search(word) is None:  # most words: nothing British about them
        return set()
    return {changed for pattern, repl in _AMERICAN
            if (changed := pattern.sub(repl, word)) != word}


@lru_cache(maxsize=4)
def common_words(top: int) -> frozenset[str]:
    """Stems of the `top` most frequent English words (pyspellchecker's frequency list), with
    their British spellings ("realise", "colour", "centre"): words so common that they say
    nothing about what a message is about."""
    found: set[str] = set()
    for word in frequent_words(top):
        found.add(stem(word))
        for pattern, british in _BRITISH:
            found.add(stem(pattern.sub(british, word)))
    return frozenset(found)


_QUESTION_START = re.compile(
    r"^\W*(what|whats|how|why|when|which|who|where|can|could|should|shall|is|are|do|does|did|"
    r"will|would|may|might|explain|tell|any|anything)\b",
    re.IGNORECASE,
)


SENTENCE = re.compile(r"[^.!?;\n]+[.!?;\n]*")
"""A sentence with the marks that end it, as `questions` and every reader of asking
sentences split a message (bot/engine/scope.py, bot/engine/negative.py)."""


def marked_sentences(text: str) -> list[tuple[str, bool]]:
    """The sentences of `text` with their marks, stripped, each with whether it asks
    something: it ends with "?" or starts like a question."""
    return [(sentence.strip(), "?" in sentence or bool(_QUESTION_START.match(sentence)))
            for sentence in SENTENCE.findall(text)]


def questions(text: str) -> list[str]:
    """The sentences of `text` that ask something (`marked_sentences`). In a long message
    the question is where the answer should come from."""
    return [sentence for sentence, asks in marked_sentences(text) if asks]


_QUOTED = re.compile(
    r"(?<!\w)['\"\u2018\u201c]([^'\"\u2018\u2019\u201c\u201d\n]{3,80}?)['\"\u2019\u201d](?!\w)")


_TERM_WORDS = 5
"""A quoted term is a few words; a longer quote is a passage (a scan report) told, not a
term asked about."""


def quoted(text: str) -> list[str]:
    """Terms the writer quotes ("the letter said 'nerve root compression'", "GP wrote 'L5
    radiculopathy' on my note"): what a question about "that" asks about. An apostrophe
    inside a word ("physio's", "don't") opens no quote."""
    return [match.group(1) for match in _QUOTED.finditer(text)
            if len(match.group(1).split()) <= _TERM_WORDS]


T = TypeVar("T")

_READ_CACHES: list[_lru_cache_wrapper[object]] = []
"""Caches of functions of the engine's modules that a message's words (or what the message
says) reach, kept while it is read and cleared with every analyzer's message caches
(`Analyzer.forget_messages`): none keeps anything of a message after its reply."""


def read_cache(maxsize: int) -> Callable[[Callable[..., T]], _lru_cache_wrapper[T]]:
    """`lru_cache` for a module's function that a message's words reach: its entries last
    only while a message is read (see `_READ_CACHES`)."""
    def cached(function: Callable[..., T]) -> _lru_cache_wrapper[T]:
        wrapper = lru_cache(maxsize=maxsize)(function)
        _READ_CACHES.append(wrapper)
        return wrapper
    return cached


def _stem(word: str) -> str:
    return _stemmer.stemWord(word) if not word.isdigit() else word


_KNOWN_STEMS: dict[str, str] = {}
"""The stems of the knowledge bases' own words (each analyzer's vocabulary, `know_stems`),
made at start-up and kept: keyed by no message. Most of a message's words are among them."""


@read_cache(maxsize=65536)
def _read_stem(word: str) -> str:
    """A stem of a word no knowledge base uses: cached while its message is read, then
    forgotten with it."""
    return _stem(word)


def stem(word: str) -> str:
    """Snowball English stem (pure Python, ~50 us a word): a knowledge word's from the table
    made at start-up, any other word's cached only while its message is read."""
    known = _KNOWN_STEMS.get(word)
    return known if known is not None else _read_stem(word)


def know_stems(words: Iterable[str]) -> None:
    """Keep the stems of a knowledge base's words for good (never a message's words)."""
    for word in words:
        if word not in _KNOWN_STEMS:
            _KNOWN_STEMS[word] = _stem(word)


GAP = "..."
"""In a variant, a few words that describe: "had ... fusion" is "had a spinal fusion" and
"had my 5th fusion", not "had a chat about a fusion"."""
MAX_GAP = 3
"""Words of three letters or more a gap may hold (numbers and levels such as "l4" are free)."""
MAX_GAP_TOKENS = 7
_GAP_BREAKS = frozenset({
    "about", "for", "before", "after", "to", "of", "with", "without", "but", "and", "or", "if",
    "when", "than", "re", "regarding", "until", "till", "no", "not", "never", "instead", "that",
    "this", "these", "those", "any", "such",
})
"""Words a gap never holds: they start another thought ("had a talk about surgery")."""


_ADVERB = "ly"
"""How an adverb ends: matching a word by its stem is for its other forms ("tinglings"), not
for the adverb made from it."""


class PhraseMap:
    """Longest-match replacement of word sequences: ("slipped", "disc") -> ("herniated", ...).
    A variant with a gap ("had ... surgery") puts the canonical words first and keeps the
    words in the gap: "had a lumbar laminectomy" reads "after laminectomy a lumbar"."""

    def __init__(self, mapping: dict[str, str], *, by_stem: bool = False,
                 breaks: frozenset[str] = frozenset()) -> None:
        self._breaks = _GAP_BREAKS | breaks
        self._map: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._gapped: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = {}
        for variant, canonical in mapping.items():
            if GAP in variant:
                before, _, after = variant.partition(GAP)
                head, tail = tuple(tokenize(before)), tuple(tokenize(after))
                if head and tail:
                    self._gapped.setdefault(head[0], []).append(
                        (head, tail, tuple(tokenize(canonical))))
                continue
            key = tuple(tokenize(variant))
            if key:
                self._map[key] = tuple(tokenize(canonical))
        # A canonical phrase stays whole: "muscle relaxant" is not "muscle" and then
        # "relaxant" read as "muscle relaxant" again.
        for phrase in set(self._map.values()):
            if phrase:  # (a word read as nothing, a language's small word, is left out)
                self._map.setdefault(phrase, phrase)
        # The lengths of the phrases that start with each word, longest first.
        self._sizes: dict[str, tuple[int, ...]] = {}
        for key in self._map:
            self._sizes[key[0]] = (*self._sizes.get(key[0], ()), len(key))
        self._sizes = {w: tuple(sorted(set(n), reverse=True)) for w, n in self._sizes.items()}
        # With `by_stem`, one-word variants also match by stem ("tinglings" as "tingling");
        # short ones do not, where stems collide with everyday words ("bits" and "bit").
        self._stems: dict[str, tuple[str, ...]] = {}
        # Phrases match by the stems of their words too ("staying away from" as "stay away
        # from"), when none of those words is short.
        self._phrase_stems: dict[tuple[str, ...], tuple[str, ...]] = {}
        for key, value in self._map.items():
            # An adverb is another word than the one it is made from ("privately" is no
            # "privates"); a variant that is one itself matches word for word.
            if by_stem and len(key) == 1 and len(key[0]) >= 6 and not key[0].endswith(_ADVERB):
                self._stems.setdefault(stem(key[0]), value)
            elif by_stem and len(key) > 1 and all(len(w) > 3 for w in key):
                self._phrase_stems.setdefault(tuple(stem(w) for w in key), value)
        self._stem_sizes: dict[str, tuple[int, ...]] = {}
        for key in self._phrase_stems:
            self._stem_sizes[key[0]] = (*self._stem_sizes.get(key[0], ()), len(key))
        self._stem_sizes = {w: tuple(sorted(set(n), reverse=True))
                            for w, n in self._stem_sizes.items()}

    def _gap(self, tokens: list[str], i: int) -> tuple[int, int, int, tuple[str, ...]] | None:
        """A gapped variant starting at `i`: where its gap starts, where its tail starts and
        how long the tail is, and its canonical words."""
        for head, tail, canonical in self._gapped.get(tokens[i], ()):
            start = i + len(head)
            if tuple(tokens[i:start]) != head:
                continue
            words = 0
            for j in range(start, min(start + MAX_GAP_TOKENS, len(tokens) - len(tail)) + 1):
                if j > start and tuple(tokens[j : j + len(tail)]) == tail:
                    return start, j, len(tail), canonical
                # Right after the head, "and" is the article typed "an" and read as "and"
                # ("had an L5-S1 microdiscectomy"): "had and" starts no other thought.
                if j >= len(tokens) or (tokens[j] in self._breaks
                                        and not (j == start and tokens[j] == "and")):
                    break
                words += len(tokens[j]) > 2 and not tokens[j].isdigit()
                if words > MAX_GAP:
                    break
        return None

    def _phrase(self, tokens: list[str], i: int) -> tuple[int, tuple[str, ...]] | None:
        """The longest variant starting at `i`, word for word or else by stems: its length
        and its canonical words."""
        for size in self._sizes.get(tokens[i], ()):
            replacement = self._map.get(tuple(tokens[i : i + size]))
            if replacement is not None:
                return size, replacement
        if self._stem_sizes:
            for size in self._stem_sizes.get(stem(tokens[i]), ()):
                replacement = self._phrase_stems.get(tuple(stem(t) for t in tokens[i : i + size]))
                if replacement is not None:
                    return size, replacement
        return None

    def apply(self, tokens: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        tails: dict[int, int] = {}  # where a gapped variant's tail starts: its length
        while i < len(tokens):
            if i in tails:
                i += tails.pop(i)
                continue
            found = self._phrase(tokens, i)
            if found is not None:
                size, replacement = found
                out.extend(replacement)
                i += size
                continue
            gapped = self._gap(tokens, i) if self._gapped else None
            if gapped is not None:
                start, tail, size, canonical = gapped
                out.extend(canonical)
                tails[tail] = size
                i = start
                continue
            token = tokens[i]
            stemmed = (self._stems.get(stem(token))
                       if self._stems and len(token) > 3 and not token.endswith(_ADVERB) else None)
            out.extend(stemmed or (token,))
            i += 1
        return out


def held_readings(word: str) -> list[str]:
    """The words a word with held letters may be ("peeeee": "pee", "pe"), each held letter
    kept twice or once, doubles first; [] when no letter is held three times."""
    runs = list(_HELD.finditer(word))
    if not runs:
        return []
    if len(runs) > MAX_HELD:
        return [_HELD.sub(r"\1\1", word)]
    found = []
    for counts in itertools.product((2, 1), repeat=len(runs)):
        parts, last = [], 0
        for run, count in zip(runs, counts, strict=True):
            parts += [word[last:run.start()], run.group(1) * count]
            last = run.end()
        found.append("".join(parts) + word[last:])
    return found


def _squeeze(word: str) -> str:
    """A word with doubled letters typed once ("bladder" -> "blader")."""
    return re.sub(r"([a-z])\1+", r"\1", word)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def sounds(word: str) -> tuple[str, ...]:
    """How a word sounds (Double Metaphone's keys): "sigh attica" and "sciatica" sound alike."""
    return tuple(dict.fromkeys(k for k in doublemetaphone(word) if k))


MIN_SOUND = 3
"""Letters of a sound key below which sounding alike says too little."""
MIN_HEARD = 8
"""Letters of a word of ours that voice-to-text is mended into: shorter ones sound like too
many pairs of everyday words ("she sits" like "chests")."""
MAX_JOIN = 4
"""Words a name may be broken into by voice-to-text ("pier if or miss" is "piriformis")."""
MIN_LIKE = 0.7
"""How alike in letters (rapidfuzz's Indel similarity) words heard alike must still be."""
MAX_PIECE = 0.7
"""Share of the joined word its longest piece may be: voice-to-text splits a word into
pieces; a small word beside a whole one is no split ("a continence nurse")."""
MIN_OWN_PIECE = 5
"""A piece this long that the knowledge base uses is a word of its own ("therapy ideas")."""
MIN_NEAR_SOUND = 5
"""Letters of a sound key from which a key one sound off is heard too ("hammer string")..."""
MIN_NEAR_LIKE = 0.8
"""... when the words are this alike in letters."""


G_DROPPED = 300
"""How much more often the word with a final g must be used than an English word without
it for that word to be read as the g dropped ("takin" is "taking"; "within", "robin" stay)."""


MIN_SPLIT = 3
"""Letters each word of a run-together pair must have ("cantpee" is "cant pee")."""


def _max_edits(length: int) -> int:
    """How many typing slips (a letter wrong, missing, extra, or two swapped) a word may have
    and still be corrected: one for short words, two from eight letters on."""
    return 1 if length < 8 else 2


class Analyzer:
    """normalise -> chat spellings -> spelling correction -> synonyms -> stems.

    Spelling correction maps a word the knowledge base does not know to the closest word it
    does know (rapidfuzz), or splits a run-together name ("kneetochest"). Known words are
    never changed, so correction cannot turn an ordinary word into a medical one.
    """

    def __init__(
        self,
        spellings: dict[str, str],
        synonyms: dict[str, str],
        vocabulary_texts: Iterable[str],
        *,
        contextual: dict[str, str] | None = None,
        protected: frozenset[str] = frozenset(),
        heard: Iterable[str] = (),
        everyday: frozenset[str] = frozenset(),
        names: Iterable[str] = (),
        gap_breaks: Iterable[str] = (),
        emoji: dict[str, str] | None = None,
        mixed: dict[str, dict[str, str]] | None = None,
        min_length: int = 4,
    ) -> None:
        self.spellings = PhraseMap(spellings)
        # The words of the languages mixed with English, each read only in a message that
        # has one of that language's own words (one no English word shares) or phrases:
        # "pair" is a foot beside "dard", a pair beside "shoes".
        # A word two of the languages share tells neither ("wala": none in Tagalog, the one
        # in Hindi).
        languages = list((mixed or {}).values())
        said = [{t for v in own for t in tokenize(v)} for own in languages]
        shared = {t for i, own_words in enumerate(said) for t in own_words
                  if any(t in other for j, other in enumerate(said) if j != i)}
        self._mixed: list[tuple[PhraseMap, PhraseSet]] = []
        for own in languages:
            marks: list[tuple[str, ...]] = []
            for variant in own:
                phrase = tuple(tokenize(variant))
                marks.extend([phrase] if len(phrase) > 1 else [
                    (t,) for t in phrase if len(t) >= MIN_MARK and t not in protected
                    and t not in shared and not t.isdigit()])
            self._mixed.append((PhraseMap(own), PhraseSet(marks)))
        # Emoji that stand for a word ("my 🦵"), dressed or not (skin tones, emoji style).
        self._emoji = {_EMOJI_DRESS.sub("", k): v for k, v in (emoji or {}).items()}
        self._emoji_look = re.compile("|".join(
            re.escape(k) for k in sorted(self._emoji, key=len, reverse=True) if k)
        ) if self._emoji else None
        # Chat spellings as typed ("pls", "cnt"): words too, for held letters and run-together
        # words ("plsss", "cntpee").
        self._typed = frozenset(t for v in spellings for t in tokenize(v))
        # Synonyms meet words after the chat spellings ("had an op": "an" is read as "and").
        def spelled(text: str) -> str:
            return f" {GAP} ".join(" ".join(self.spellings.apply(tokenize(part)))
                                   for part in text.split(GAP))

        loose = contextual or {}
        # A describing gap never holds another body part ("after a hip operation").
        breaks = frozenset(w for text in gap_breaks for w in tokenize(text))
        self.synonyms = PhraseMap(
            {spelled(v): spelled(c) for v, c in {**synonyms, **loose}.items()}, by_stem=True,
            breaks=breaks)
        # The strict reading leaves out the synonyms that hold only in context ("moved" stays
        # "moved"): what a message says of the domain in its own words.
        self._strict = PhraseMap({spelled(v): spelled(c) for v, c in synonyms.items()},
                                 by_stem=True, breaks=breaks) if loose else self.synonyms
        words: set[str] = set()
        joined: dict[str, tuple[str, ...]] = {}
        heard_texts = set(heard)
        ours: set[str] = set()
        for text in (*vocabulary_texts, *spellings, *spellings.values(), *synonyms,
                     *synonyms.values(), *loose, *loose.values()):
            tokens = self.spellings.apply(tokenize(text))
            words.update(tokens)
            if text in heard_texts:
                ours.update(tokens)
                heard_texts.discard(text)
            if 1 < len(tokens) <= 4:
                joined.setdefault("".join(tokens), tuple(tokens))
        for text in heard_texts:  # (usually all among the vocabulary's texts already)
            ours.update(self.spellings.apply(tokenize(text)))
        self.vocabulary = frozenset(words)
        know_stems(self.vocabulary)
        self._joined = joined
        self._choices = sorted(w for w in words if len(w) >= min_length - 1 and not w.isdigit())
        self._joined_keys = sorted(joined)
        self._min_length = min_length
        self._protected = protected
        # Our long words that everyday English does not use (in `heard`: the entries' names
        # and phrasings), by how they sound: voice-to-text breaks them into everyday words
        # that sound the same ("I be profen", "sigh attica").
        self._heard: dict[str, list[str]] = {}
        self._ours = frozenset(ours)
        for word in sorted(self._ours):
            if len(word) >= MIN_HEARD and word.isalpha() and word not in everyday:
                for key in sounds(word):
                    if len(key) >= MIN_SOUND:
                        self._heard.setdefault(key, []).append(word)
        self._heard_words = frozenset(w for ws in self._heard.values() for w in ws)
        self._sound_keys = sorted(self._heard)
        # Word pairs of the exercises' names ("wall squat"): a slip that is itself an English
        # word ("wall squad") is read as the name's word when the rest of the name is beside it.
        self._pairs: dict[str, set[str]] = {}
        for name in names:
            tokens = self.spellings.apply(tokenize(name))
            for first, second in itertools.pairwise(tokens):
                self._pairs.setdefault(first, set()).add(second)
                self._pairs.setdefault(second, set()).add(first)
        # Every cache keyed by a message's words (its text, a typo, a held letter, pieces
        # rejoined) is a message cache: kept while the message is read, cleared once it is
        # answered (see `reading`).
        self._caches: list[_lru_cache_wrapper[object]] = []
        self._correct = self.message_cache(self._correct_uncached, 65536)
        self._unheld = self.message_cache(self._unheld_uncached, 4096)
        self._rejoin = self.message_cache(self._rejoin_uncached, 65536)
        self._spelled = self.message_cache(self._spelled_uncached, 4096)
        self._context_words = self.message_cache(self._context_words_uncached, 4096)
        self._tokens = self.message_cache(self._tokens_uncached, 4096)
        self._strict_words = self.message_cache(self._strict_words_uncached, 4096)

    def message_cache(self, function: Callable[..., T], maxsize: int) -> _lru_cache_wrapper[T]:
        """`function` cached while a message is read, forgotten with it (`forget_messages`):
        the way every part of the engine caches what a message's words reach."""
        cached = lru_cache(maxsize=maxsize)(function)
        self._caches.append(cached)
        return cached

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Read a message inside: whatever its reading cached is forgotten on the way out,
        however it ends. Every entry point that reads a person's words goes through it
        (`answer`, `is_emergency`, the conversation's words)."""
        try:
            yield
        finally:
            self.forget_messages()

    def _unheld_uncached(self, word: str) -> str:
        """A word with a letter held ("peeeee", "helppp", "nooo") as the word it says: the
        first reading (doubles first) the knowledge base uses, else a chat spelling, else
        an English word, else with every held letter doubled (correction takes it on)."""
        readings = held_readings(word)
        if not readings:
            return word
        for known in (self.vocabulary, self._typed, self._protected):
            found = next((r for r in readings if r in known), None)
            if found is not None:
                return found
        return readings[0]

    def _typed_words(self, text: str) -> list[str]:
        """The words as typed: emoji that stand for a word read as it, held letters let go."""
        if self._emoji_look is not None and not text.isascii():
            text = self._emoji_look.sub(lambda m: f" {self._emoji[m.group(0)]} ",
                                        _EMOJI_DRESS.sub("", text))
        tokens = tokenize(text)
        if any(_HELD.search(t) for t in tokens):
            tokens = [self._unheld(t) for t in tokens]
        return tokens

    def typed(self, text: str) -> list[str]:
        """The words as typed with chat spellings read ("b4" is "before", "4 ages" "for
        ages"), not corrected: numbers and times as they were said."""
        return self.spellings.apply(self._read_mixed(self._typed_words(text)))

    def in_english(self, text: str) -> str:
        """`text` (folded) with the words of the languages it mixes with English read in
        English, for readers of whole phrases ("hakuna improvement" is "no improvement");
        a text in English alone comes back as it is."""
        tokens = tokenize(text)
        read = self._read_mixed(tokens)
        return text if read == tokens else " ".join(read)

    def _read_mixed(self, tokens: list[str]) -> list[str]:
        """The words of each language the message mixes with English read in English
        ("dard" is pain): a language's words only where one of its own words is there."""
        for words, marks in self._mixed:
            if marks.said_in(tokens):
                tokens = words.apply(tokens)
        # Cyrillic words no language read say nothing the bot knows ("Дякую!" is no topic)
        return [t for t in tokens if t.isascii()] if not all(t.isascii() for t in tokens) \
            else tokens

    def _split(self, word: str) -> tuple[str, str] | None:
        """A word run together from two ("cantpee", "numbdown", "wetmyself"): two words of
        at least MIN_SPLIT letters, one the knowledge base uses and the other too, or an
        English word or chat spelling. Of several splits, the one with both words ours,
        then the most even."""
        best: tuple[tuple[int, int], tuple[str, str]] | None = None
        for i in range(MIN_SPLIT, len(word) - MIN_SPLIT + 1):
            left, right = word[:i], word[i:]
            ours = (left in self.vocabulary) + (right in self.vocabulary)
            if not ours or (ours == 1 and not all(
                    p in self.vocabulary or p in self._protected or p in self._typed
                    for p in (left, right))):
                continue
            key = (ours, min(len(left), len(right)))
            if best is None or key > best[0]:
                best = (key, (left, right))
        return best[1] if best is not None else None

    def _correct_uncached(self, word: str) -> tuple[str, ...]:
        if word.endswith("in") and len(word) >= self._min_length and self._g_dropped(word):
            return (word + "g",)
        if word in self.vocabulary or word.isdigit() or len(word) < self._min_length - 1:
            return (word,)
        if word in self._joined:  # "kneetochest", "situps"
            return self._joined[word]
        if word.endswith("in") and (word + "g") in self.vocabulary:  # "givin", "tinglin"
            return (word + "g",)
        spelt = american(word)
        known = spelt & self.vocabulary  # "paraesthesia" is the "paresthesia" we know
        if known:
            return (min(known),)
        if word in self._protected or not self._protected.isdisjoint(spelt):
            return (word,)  # a real word, in British spelling too ("humour" is no "tumour")
        edits = _max_edits(len(word))
        best = process.extract(word, self._choices, scorer=OSA.distance, score_cutoff=edits,
                               limit=8)
        if len(word) < self._min_length:  # "drp": only a missing letter ("drop")
            best = [b for b in best if len(b[0]) == len(word) + 1]
        closest = min((d for _, d, _ in best), default=edits + 1)
        if closest > 1 and word.isalpha():
            split = self._split(word)  # two whole words say more than two slips
            if split is not None:
                return split
        if best:
            ties = [c for c, d, _ in best if d == closest]
            # A doubled letter typed once, or once typed twice, is the commonest slip
            # ("blader" is "bladder", not "blade"); then the one that starts, then ends,
            # most like the word: slips come late in a word more often than early ("fel"
            # is "fell" rather than "feel"; "serius" "serious").
            squeezed = _squeeze(word)
            return (max(ties, key=lambda c: (_squeeze(c) == squeezed, _common_prefix(c, word),
                                             _common_prefix(c[::-1], word[::-1]))),)
        joined = process.extractOne(word, self._joined_keys, scorer=OSA.distance,
                                    score_cutoff=1)
        return self._joined[joined[0]] if joined is not None else (word,)

    def _g_dropped(self, word: str) -> bool:
        """A final g dropped, as people say and type it ("thinkin", "talkin", "endin",
        "bleedin"): the word with it is an English word and the word typed is none, or one
        far rarer ("takin" the animal against "taking"). Read before the knowledge base's
        own words, so a phrase written either way ("thinkin about") meets both."""
        full = word + "g"
        if full not in self._protected or (word in self._protected
                                           and frequency(word) * G_DROPPED >= frequency(full)):
            return False
        # A word of ours ("pikin", a child in Nigerian Pidgin; "morphin") stays, unless we
        # use it with its g too ("thinkin about" beside "thinking about").
        return word not in self.vocabulary or full in self.vocabulary

    def _rejoin_uncached(self, pieces: tuple[str, ...]) -> tuple[float, str] | None:
        """The word of ours that `pieces` say when read as one word, by sound and nearly by
        letters ("i be profen" is "ibuprofen"), with how alike in letters; or None."""
        joined = "".join(pieces)
        # The same sounds; or, for a long key, one sound off ("hammer string" is one R off
        # "hamstring") and then closer in letters.
        candidates: list[tuple[str, float]] = []
        for key in sounds(joined):
            candidates += [(word, MIN_LIKE) for word in self._heard.get(key, ())]
            if len(key) >= MIN_NEAR_SOUND:
                candidates += [
                    (word, MIN_NEAR_LIKE)
                    for near, _, _ in process.extract(key, self._sound_keys,
                                                      scorer=Levenshtein.distance,
                                                      score_cutoff=1, limit=None)
                    if near != key for word in self._heard[near]
                ]
        found = [
            (like, word) for word, least in candidates
            if len(word) - 2 <= len(joined) <= len(word) + 3
            and (like := Indel.normalized_similarity(joined, word)) >= least
        ]
        return max(found, default=None)

    def heard(self, tokens: list[str]) -> list[str]:
        """Voice-to-text mended: a word of ours broken into words that sound like it ("sigh
        attica", "pier if or miss") is that word again. Only where one of the pieces is a
        word the knowledge base does not use, none is a word of ours already, and none is
        most of the word; of overlapping readings, the one most alike in letters wins."""
        unknown = [i for i, t in enumerate(tokens) if t not in self.vocabulary]
        if not unknown:  # most messages: nothing to mend
            return tokens
        windows = {(start, size) for u in unknown for size in range(2, MAX_JOIN + 1)
                   for start in range(max(0, u - size + 1), min(u, len(tokens) - size) + 1)}
        found: list[tuple[float, int, int, str]] = []
        for i, size in windows:
            pieces = tuple(tokens[i : i + size])
            if (all(p.isalpha() for p in pieces)
                    and max(len(p) for p in pieces) <= MAX_PIECE * sum(len(p) for p in pieces)
                    and not any(p in self._ours and len(p) >= MIN_OWN_PIECE for p in pieces)):
                heard = self._rejoin(pieces)
                if heard is not None:
                    found.append((heard[0], i, size, heard[1]))
        if not found:
            return tokens
        taken: dict[int, tuple[int, str]] = {}
        used: set[int] = set()
        for _, start, size, word in sorted(found, key=lambda f: (-f[0], f[1], -f[2])):
            span = set(range(start, start + size))
            if not span & used:
                used |= span
                taken[start] = (size, word)
        out: list[str] = []
        i = 0
        while i < len(tokens):
            if i in taken:
                size, word = taken[i]
                out.append(word)
                i += size
            else:
                out.append(tokens[i])
                i += 1
        return out

    def _in_names(self, tokens: list[str]) -> list[str]:
        """A word the knowledge base does not use, next to a word of an exercise's name, that
        is a slip of the name's other word ("wall squad" is "wall squat"): read as it, even
        when it is an English word of its own (correction leaves those alone)."""
        out = list(tokens)
        for i, token in enumerate(tokens):
            if token in self.vocabulary or not token.isalpha() or len(token) < self._min_length:
                continue
            beside = {w for j in (i - 1, i + 1) if 0 <= j < len(tokens)
                      for w in self._pairs.get(tokens[j], ())}
            edits = _max_edits(len(token))
            near = [(OSA.distance(token, w), w) for w in beside
                    if abs(len(w) - len(token)) <= edits]
            near = [(d, w) for d, w in near if d <= edits]
            if near:
                out[i] = min(near)[1]
        return out

    def words(self, text: str, *, strict: bool = False) -> list[str]:
        """Canonical words (not stemmed): spellings, voice-to-text mended, corrections and
        synonyms applied (with `strict`, only the synonyms that hold in any context)."""
        spelled = list(self._spelled_uncached(text))
        return (self._strict if strict else self.synonyms).apply(spelled)

    def _spelled_uncached(self, text: str) -> tuple[str, ...]:
        """The words before the synonyms: the same for both readings, so made once."""
        tokens = self.heard(self.spellings.apply(self._read_mixed(self._typed_words(text))))
        corrected: list[str] = []
        mended = False
        for token in tokens:
            fixed = self._correct(token)
            mended = mended or fixed != (token,)
            corrected.extend(fixed)
        if mended:  # a typo mended into a chat spelling ("strechs" -> "strech") is read too
            corrected = self.spellings.apply(corrected)
        return tuple(self._in_names(corrected))

    def spelled_words(self, text: str) -> tuple[str, ...]:
        """The words as written, spellings and typing slips mended, before the synonyms
        (which say "legs" as "leg"). Cached."""
        return self._spelled(text)

    def tokens(self, text: str) -> tuple[str, ...]:
        """Stems of the canonical words: what matching and triage compare. Cached: triage,
        matching and the scope check all read the same message."""
        return self._tokens(text)

    def stems_of(self, terms: Iterable[str]) -> frozenset[str]:
        """Every stem of the words of `terms` (a word list of the knowledge base), to look
        a message's words up in."""
        return frozenset(t for term in terms for t in self.tokens(term))

    def phrases_of(self, terms: Iterable[str]) -> frozenset[tuple[str, ...]]:
        """`terms` as sequences of stems (a term with no word left out), to find in a
        message."""
        return frozenset(key for term in terms if (key := self.tokens(term)))

    def context_words(self, text: str) -> tuple[str, ...]:
        """`words` of a message being answered, cached like `tokens` (forget_messages)."""
        return self._context_words(text)

    def strict_words(self, text: str) -> tuple[str, ...]:
        """The words read strictly (see `words`): the scope's evidence. Cached."""
        return self._strict_words(text)

    def strict_tokens(self, text: str) -> tuple[str, ...]:
        """Stems of `strict_words`."""
        return tuple(stem(w) for w in self._strict_words(text))

    def forget_messages(self) -> None:
        """Drop everything cached from messages: this analyzer's message caches and the
        engine modules' (`read_cache`). Benchmarks time each message from cold too."""
        for cache in (*self._caches, *_READ_CACHES):
            cache.cache_clear()

    # The two readings of a message share the words before the synonyms (_spelled).
    def _context_words_uncached(self, text: str) -> tuple[str, ...]:
        return tuple(self.synonyms.apply(list(self._spelled(text))))

    def _tokens_uncached(self, text: str) -> tuple[str, ...]:
        return tuple(stem(w) for w in self._context_words(text))

    def _strict_words_uncached(self, text: str) -> tuple[str, ...]:
        return tuple(self._strict.apply(list(self._spelled(text))))
