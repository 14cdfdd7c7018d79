"""The answer engine: one message in, one Answer out. No I/O, no Telegram.

Order matters and never changes: triage first, on every message; an emergency gets only the
warning; a non-emergency red flag gets its advice and then the answer; only then matching.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, replace
from datetime import date

from bot.engine.answers import ENTRY_KINDS, Answer, Suggestion
from bot.engine.matching import Candidate, Matcher, Ranking
from bot.engine.negative import NegativeQuestions
from bot.engine.render import entry_body, flag_advice, risk_note, sign_note
from bot.engine.scope import Evidence, Scope
from bot.engine.shapes import ShapeReading, Shapes
from bot.engine.text import (
    Analyzer,
    english_words,
    frequent_words,
    questions,
    quoted,
    sentences,
    stem,
    tokenize,
)
from bot.engine.triage import RISK, Finding, Triage
from bot.knowledge import Exercise, Faq, Knowledge
from bot.knowledge.memo import PerKnowledge

MAX_TRIAGE_CHARS = 20_000
"""Red flags are looked for in this much of a message (Telegram allows 4,096)."""
EVERYDAY = 15_000
"""The most frequent English words: voice-to-text never mends a message into one of these
(only into words the knowledge base has and everyday speech does not: "sciatica")."""
MAX_MATCH_CHARS = 4_096
"""Matching reads this much (all Telegram allows); longer messages are noted as too long."""


@dataclass(frozen=True)
class Thresholds:
    """Scores (0..1) that decide between answering, asking back and saying "not my topic"."""

    answer: float = 0.40
    sure: float = 0.62
    margin: float = 0.06
    lead: float = 1.1  # or, for a message plainly ours, this many times the runner-up's score
    clarify: float = 0.28
    unknown_share: float = 0.4
    unknown_clarify: float = 0.42
    # Without enough domain evidence, the share of a message with a word of another topic
    # that the best entry must explain.
    coverage: float = 0.6
    # What a message must say of the body, besides our exercise's name, to be ours while
    # words of another topic surround the name.
    own: float = 0.5
    min_information: float = 1.2
    focus_among: int = 5  # a long message's questions pick among this many best entries
    greeting_gap: float = 0.2  # a question this close to a greeting's score wins over it
    # A story (several sentences) saying this much of ours in its own words is ours,
    # whatever everyday words it tells (a wedding, insurance, a tractor).
    story: float = 1.0
    specific: int = 2  # a cue pointing to this many entries or fewer asks for something of ours
    # Domain evidence that makes a message plainly ours whatever other words it has
    # ("sciatic nerve pain ... lying on bed ... nobody can help him"): never declined.
    plain: float = 2.0


@dataclass(frozen=True)
class Compiled:
    analyzer: Analyzer
    triage: Triage
    matcher: Matcher
    scope: Scope
    shapes: Shapes
    negative: NegativeQuestions


_BESIDE_LEARNED = tuple(f.name for f in dataclasses.fields(Knowledge) if f.name != "learned")
"""The fields of a knowledge base that its compiled form is built from: all but the learned
reader, which triage reads from its knowledge base as it answers, never when compiled."""
_RULES_KEPT = 8
_rules_compiled: list[tuple[Knowledge, Compiled]] = []
"""The last knowledge bases compiled, to reuse for one that differs only in its learned
reader (`dataclasses.replace(kb, learned=...)`: the rules alone, a refit, other gates)."""


def _same_rules(a: Knowledge, b: Knowledge) -> bool:
    """Whether `a` and `b` hold the very same objects in every field but `learned`."""
    return all(getattr(a, name) is getattr(b, name) for name in _BESIDE_LEARNED)


def _compile(kb: Knowledge) -> Compiled:
    """The compiled form of `kb`: one compiled before from the same objects but for the
    learned reader (which is read at answer time, from the knowledge base triage holds)
    shares all of it but its triage, a shallow copy that holds `kb`; else `_compile_rules`.
    Compiling takes seconds, and the tests and tools read with the rules alone or a changed
    reader (`dataclasses.replace(kb, learned=...)`) dozens of times."""
    for known, compiled in _rules_compiled:
        if _same_rules(known, kb):
            return replace(compiled, triage=compiled.triage.with_knowledge(kb))
    compiled = _compile_rules(kb)
    _rules_compiled.append((kb, compiled))
    del _rules_compiled[:-_RULES_KEPT]
    return compiled


def _compile_rules(kb: Knowledge) -> Compiled:
    """Analyse every phrasing and triage term once (see compile_knowledge)."""
    vocabulary: list[str] = []
    named: list[str] = [*(t for c in kb.language.domain.concepts for t in c.terms)]
    for entry in kb.entries.values():
        vocabulary.extend([entry.title, *entry.phrasings])
        named.extend([entry.title, *entry.phrasings])
        if isinstance(entry, Exercise):
            vocabulary.extend([*entry.aliases, entry.purpose, *entry.steps, *entry.cautions])
            named.extend(entry.aliases)
        if isinstance(entry, Faq):
            vocabulary.append(entry.answer)
    vocabulary.extend([*kb.triage.words(), *kb.language.exceptions, *kb.language.stopwords,
                       *(t for c in kb.language.domain.concepts for t in c.terms)])
    spellings = {**kb.triage.spellings, **kb.language.spellings}
    analyzer = Analyzer(spellings, kb.language.synonyms, vocabulary,
                        # The conditions lived with beside ours are real words, never
                        # slips: "COPD" is no "cope" (nor a slip corrected to them).
                        contextual=kb.language.contextual_synonyms,
                        protected=english_words() | frozenset(
                            t for term in kb.language.domain.lived_with for t in tokenize(term)),
                        heard=named, everyday=frozenset(frequent_words(EVERYDAY)),
                        names=[n for e in kb.entries.values() if isinstance(e, Exercise)
                               for n in (e.title, *e.aliases)],
                        gap_breaks=kb.language.domain.other_parts, emoji=kb.language.emoji,
                        mixed=kb.language.mixed)
    shapes = Shapes(kb, analyzer)  # one for triage, matching and scope
    matcher = Matcher(kb, analyzer, shapes)
    return Compiled(analyzer, Triage(kb, analyzer, shapes), matcher,
                    Scope(kb, analyzer, matcher.stopwords, matcher.vocabulary, shapes), shapes,
                    NegativeQuestions(analyzer, kb.language.negative_questions,
                                      kb.language.word_order))


compile_knowledge = PerKnowledge(_compile)
"""The compiled form of a knowledge base, made once and kept while it is in use."""


def lookup(kb: Knowledge, entry_id: str) -> Answer | None:
    """The card for one entry or red flag, e.g. for a button press."""
    entry = kb.entry(entry_id)
    if entry is not None:
        related = entry.related if isinstance(entry, Faq) else ()
        return Answer(
            kind=entry.kind,
            id=entry.id,
            score=1.0,
            title=entry.title,
            body=entry_body(kb, entry),
            suggestions=_suggestions(kb, related),
        )
    flag = kb.flag(entry_id)
    if flag is not None:
        return Answer("urgent", flag.id, 1.0, flag.title, flag_advice(kb, flag), level=flag.level)
    return None


def _suggestions(kb: Knowledge, ids: tuple[str, ...] | list[str]) -> tuple[Suggestion, ...]:
    return tuple(Suggestion(i, kb.entries[i].title) for i in ids if i in kb.entries)


def fallback(kb: Knowledge, key: str = "fallback", score: float = 0.0) -> Answer:
    return Answer("fallback", None, score, "", kb.message(key))


def answer(
    kb: Knowledge,
    message: str | None,
    *,
    today: date | None = None,
    thresholds: Thresholds = Thresholds(),
    about: bool = False,
) -> Answer:
    """Answer one message: urgent warning, entry, clarifying question, chitchat or fallback.

    `about`: the conversation is already about the writer's condition (an entry was shown
    to them a moment ago), so a question about their daily life ("a long flight on
    Friday, any tips?") is about living with it, as if the message said so."""
    text = (message or "").strip()
    if not any(ch.isalnum() for ch in text):
        return fallback(kb, "empty")
    compiled = compile_knowledge(kb)
    with compiled.analyzer.reading():  # answered, then forgotten (see /privacy)
        return _answer(kb, compiled, text, today, thresholds, about)


def _answer(
    kb: Knowledge, compiled: Compiled, text: str, today: date | None, thresholds: Thresholds,
    about: bool = False,
) -> Answer:
    reading = compiled.triage.read(text[:MAX_TRIAGE_CHARS], today)
    warnings = reading.warnings
    emergencies = [f.flag for f in warnings if f.flag.level == "emergency"]
    if emergencies:  # only the warning: what to do now, for every emergency sign found
        first = emergencies[0]
        body = "\n\n".join(
            flag_advice(kb, flag) if flag is first else f"{flag.title}\n\n{flag_advice(kb, flag)}"
            for flag in emergencies
        )
        return Answer("urgent", first.id, 1.0, first.title, body, level=first.level,
                      findings=reading.findings)
    # A denied symptom ("no numbness") and an animal outside an exercise's name ("walking
    # the dog") are context, not the question.
    # What the writer rules out ("I don't want surgery") is not what is asked for either.
    head = _head(text, MAX_MATCH_CHARS)
    # A negation in how the question asks ("what should I not be doing with sciatica?",
    # "any stretches I shouldn't do") denies nothing: it is what is asked.
    denied = reading.denied
    if denied and denied & compiled.matcher.asking_words(head):
        denied = frozenset()
    # ... nor does a question asked in the negative ("don't injections just mask the pain?",
    # "there's no chance it could paralyse me, is there?"): what it negates is what it asks,
    # and the "don't" or "shouldn't" that opens it is how it asks, nothing it asks about.
    negative = compiled.negative.read(head)
    # ... nor one a question's own last clause asks about ("sciatica in pregnancy normal?":
    # whether it is normal is asked, nothing is denied).
    ignore = ((denied - negative.asked - compiled.negative.whether(head)) | negative.form
              | compiled.scope.stray_animals(head) | compiled.scope.rejected(head))
    reply = _match(kb, compiled, head, thresholds, ignore, about)
    if len(text) > MAX_MATCH_CHARS and reply.kind in ("fallback", "clarify"):
        reply = replace(reply, body=f"{reply.body}\n\n{kb.message('too_long')}")
    if not warnings:
        return replace(_with_notes(kb, reply, reading.notes), findings=reading.findings)
    flag = warnings[0].flag
    body = flag_advice(kb, flag)
    # A same-day warning should not end in a menu; "see a doctor soon" may.
    suggestions = reply.suggestions if flag.level == "soon" else ()
    then = None
    if reply.kind in ENTRY_KINDS:
        body = f"{body}\n\n{kb.message('persistent_then_answer')}\n\n{reply.text}"
        then = reply
    elif reply.kind == "clarify":
        body = f"{body}\n\n{reply.text}"
        then = replace(reply, suggestions=suggestions) if suggestions else None
    return Answer("urgent", flag.id, 1.0, flag.title, body, suggestions, level=flag.level,
                  then=then, findings=reading.findings)


def _with_notes(kb: Knowledge, reply: Answer, notes: list[Finding]) -> Answer:
    """A sign asked about, imagined or someone else's: no alarm, the normal answer, and a
    calm line on what the sign means and what to do if it is happening. A question about a
    sign with no answer of its own gets the warning signs, unless the sign is only of how long
    or how much life has stopped ("see a doctor soon": "a mortgage holiday while I'm off
    sick" is no question about warning signs)."""
    if not notes:
        return reply
    if reply.kind == "fallback" and any(f.properties & {"asked", "hypothetical"}
                                        and f.flag.level != "soon" for f in notes):
        guide = lookup(kb, kb.redflags.id)
        assert guide is not None
        reply = guide
    # A risk factor beside ordinary back pain: the line that matters for someone who has it.
    lines = [risk_note(kb, f.flag, f.concepts[0]) if RISK in f.properties
             else sign_note(kb, f.flag) for f in notes[:2]]
    return replace(reply, body="\n\n".join([reply.body, *lines]))


def _head(text: str, limit: int) -> str:
    """The first `limit` characters, not cutting a word in half."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut.rsplit(None, 1)[0] if " " in cut else cut


def is_emergency(kb: Knowledge, message: str | None) -> bool:
    """True when the message describes an emergency: cheap enough to ask before anything."""
    text = (message or "").strip()
    if not text:
        return False
    compiled = compile_knowledge(kb)
    with compiled.analyzer.reading():  # a throttled message is forgotten too
        warnings = compiled.triage.read(text[:MAX_TRIAGE_CHARS]).warnings
    return any(f.flag.level == "emergency" for f in warnings)


def _match(
    kb: Knowledge, compiled: Compiled, text: str, t: Thresholds, denied: frozenset[str],
    about: bool = False,
) -> Answer:
    # The exercises the message describes by their shape, read once and handed to every
    # part that reads the whole message: scope's evidence and both rankings (_rankings).
    reading = compiled.matcher.described(text)
    # An activity of daily life asked about by someone living with the condition ("a six
    # hour drive with my leg like this"): ours, and its entries lean forward.
    # The activity decides the entry only where the message says little of ours in its own
    # words: "physio ... my colleague at the office suggests it" asks about physio.
    lived = compiled.scope.lived(text, denied, about, reading)
    # The whole message's evidence, read once: it leans the ranking and decides scope.
    evidence = compiled.scope.evidence(text, denied, reading=reading)
    # Kit beside a question only we answer is what it is done with ("a daily plan, I've
    # got a mat and a foam roller").
    # So is the writer's day beside a question about it ("how long can I sit at the loom").
    cues = compiled.matcher.cued(text)
    specific = [entries for entries in cues if len(entries) <= t.specific]
    if evidence.foreign and specific:
        evidence = compiled.scope.equipped(evidence, (e for found in specific for e in found),
                                           text, compiled.matcher.asking_words(text))
    # ... and where the writer does the activity asked about, told apart from the question
    # ("stuck in the ticket booth all day, any tips for sitting": words57).
    if evidence.foreign and cues:
        evidence = compiled.scope.done_at(evidence, text, compiled.matcher.told(text),
                                          (e for found in cues for e in found))
    # Care the writer is given ties the activity to the condition, but is itself what is
    # asked about ("ibuprofen before a long shift?"): its entry, not the activity's, leads.
    leaning = (lived if lived and not evidence.enough
               and not compiled.scope.treated(text, denied) else frozenset())
    # ... nor where a cue tells what followed the activity: "overdid it at the gym, my leg's
    # on fire again" asks about the flare, the gym says where it happened.
    if leaning and compiled.matcher.follows(text):
        leaning = frozenset()
    # A condition lived with, told as the writer's situation ("can I take ibuprofen, I'm on
    # warfarin", "will they operate on my back with my heart condition"), says which advice
    # must fit, not what is asked: its words rank no entry.
    beside = _lived_beside(compiled, text, denied, t)
    situation = beside or frozenset()
    whole, ranking, asked, support = _rankings(kb, compiled, text, t, reading,
                                               denied | situation, leaning)
    ranked = ranking.candidates
    # The writer's aside beside a question only we answer ("just give me a daily plan, I'm
    # sick of piecing it together", "when can I go back to work, I'm climbing the walls")
    # tells no other topic: where the best entry is the one the question's cue asks for,
    # an unknown word after the question in the place of a verb or a quality (what the
    # writer does, how things are) is no word of another topic. Before the question, or
    # naming a thing, it is: "a daily plan for learning Spanish", "my kid has chickenpox,
    # how long till it's gone", "a daily plan, I'm learning Spanish".
    if ranked and evidence.foreign and not evidence.elsewhere:
        asking, entries = compiled.matcher.asking(text, t.specific)
        if ranked[0].entry_id in entries:
            aside = compiled.scope.evidence(text, denied, asking, reading)
            told = set(evidence.foreign) - set(aside.foreign)
            if aside.clear and told <= compiled.scope.predicated(text):
                evidence = aside
    if not ranked and lived and not evidence.elsewhere:
        # A question about daily life from someone living with the condition, in words no
        # entry uses ("netball tonight, doable or am I mad"), is offered the activity's
        # entries.
        ranked = [Candidate(entry_id, 0.0) for entry_id in kb.entries if entry_id in lived]
    if not ranked:
        return fallback(kb)
    top = ranked[0]
    # Back pain said with an organ's or an illness's pain ("stomach pain that goes round to
    # my back"), or in the upper back only, is another condition's: a GP's to look into,
    # never an entry or an exercise of ours.
    # (A condition lived with is no organ's pain: "a bad back and kidney disease".)
    if compiled.scope.referred(text, denied | situation):
        return fallback(kb, "another_condition", score=top.score)
    # Scope is a question about the whole message as well as what it asks.
    # (What a story asks may tell its scope better than the whole: _ours says which.)
    scoped = _ours(kb, compiled, text, [r for r in (whole, asked) if r and r.candidates], t,
                   evidence, reading, denied, lived)
    if scoped is None or _situation_only(compiled, text, top.entry_id, scoped, lived, t):
        return fallback(kb, score=top.score)
    evidence = scoped
    content = [c for c in ranked if not _chitchat(kb, c.entry_id)]
    # A greeting or a goodbye is said in a few words; one matched loosely inside a message
    # that says something of ours ("all the way to my toe" is no "that's all") is no answer.
    # So is one beside a question whose cue asks for a kind of answer only we give ("couch
    # potato here, what's the easiest thing to start with": "start" is no greeting there).
    loose = top.score < t.sure and (evidence.enough or evidence.hints or bool(specific))
    # ... and a message that says nothing of ours, in any word or cue, is no question of ours
    # for being near one as loosely as it is near a greeting ("what time does the football
    # start tonight" is as near "what time" in a greeting as "start" in the first steps).
    says_ours = bool(evidence.weight or evidence.hints or lived or compiled.matcher.cued(text))
    # A message that is word for word a greeting's phrasing and says nothing of ours is that
    # greeting ("how are you" is no "what is it"; scope53).
    if (
        _chitchat(kb, top.entry_id)
        and content
        and not (top.exact and not says_ours)
        and (loose or content[0].score >= max(t.answer, top.score - t.greeting_gap))
    ):
        if not says_ours and content[0].score < t.sure:
            # ... and a thanks or a goodbye with the writer's day after it, asking nothing,
            # is the thanks ("thanks a lot, off for a run now": no question of running;
            # scope53)
            if questions(text):
                return fallback(kb, score=content[0].score)
        else:
            top = content[0]  # "hi, how many reps?" is a question with a greeting
            ranked = content  # ... and the greeting is no rival to the question
    # A greeting matched loosely by one word of a question about something else, whose
    # words no entry uses ("is it worth starting a degree apprenticeship at 45": "start"
    # is no hello), is no greeting: the question is another topic's (scope53).
    if (_chitchat(kb, top.entry_id) and top.score < t.sure and not says_ours
            and questions(text) and ranking.unknown >= t.unknown_share):
        return fallback(kb, score=top.score)
    rivals = [c for c in ranked if c.entry_id != top.entry_id]
    margin = top.score - (rivals[0].score if rivals else 0.0)
    # How sure: for a story read by its question, the best support the entry has (see
    # _rankings); the margin is the one read together.
    level = support.get(top.entry_id, top.score)
    # Too little said to pick one entry ("stretch"), unless it is word for word a phrasing.
    vague = ranking.information < t.min_information and not top.exact
    # A message plainly ours may win by a share of the runner-up's score: long stories score
    # lower, and their margins are narrower.
    ahead = margin >= t.margin or (evidence.enough and top.score >= t.lead * (top.score - margin))
    # A shape that fits two exercises as well, neither called by its name, is a "did you
    # mean" with both, however sure the best of them scores (Ranking.alike).
    if top.entry_id in ranking.alike:
        return Answer("clarify", None, top.score, "", kb.message("clarify"),
                      _suggestions(kb, list(ranking.alike[:3])))
    if not vague and (level >= t.sure or (level >= t.answer and ahead)):
        found = lookup(kb, top.entry_id)
        assert found is not None
        return replace(found, score=level)
    # "Did you mean" only for a message that says something of ours: one that an entry
    # merely resembles ("how do i get bigger arms") is declined, not asked about; beside a
    # word of another topic, everyday words of ours are not enough ("stretch leather shoes"),
    # unless a story says enough of ours in its own words.
    ours = evidence.weight if evidence.foreign else evidence.hints
    if asked is not None and evidence.strength >= t.story:
        ours = max(ours, evidence.strength)
    # A message where nothing points elsewhere says something of ours by how it asks too:
    # its cue asks for a kind of answer only we give ("how many weeks til I can do a full
    # shift", "is that too much walking right now"), and the best entry is the one asked for.
    # So does one whose cue's entry is among the best few, though another leads: "newbie
    # here, start with easy stuff or go all in?" weighs two ways of beginning, and its
    # words of going and starting pull other entries up too; the cued entry is offered.
    asks_for = [entries for entries in compiled.matcher.cued(text)
                if len(entries) <= t.specific] if evidence.clear else []
    cued = [c for c in ranked[:t.focus_among]
            if any(c.entry_id in entries for entries in asks_for)]
    # So does one that tells another complaint beside the writer's own ("anything to know
    # before trying these, I have a dodgy knee as well"): it was let in for that alone.
    if not ours and (cued or (evidence.elsewhere and compiled.scope.besides(text) is not None)
                     or beside is not None):
        ours = t.story
    # Many words no entry uses make a weak match doubtful, unless the message is plainly
    # about the back (enough evidence, and nothing in it, or in what a story asks, points
    # elsewhere): then a decline is the wrong answer, and the best candidates are offered.
    doubtful = ranking.unknown >= t.unknown_share and level < t.unknown_clarify
    if doubtful and evidence.enough and not evidence.elsewhere:
        said = " ".join(questions(text)) if asked is not None else None
        doubtful = not (evidence.weight >= t.plain
                        or compiled.scope.evidence(text, denied, said, reading).clear)
    # A message plainly about the back (enough evidence, nothing pointing elsewhere) is
    # never declined: it gets the best candidates there are.
    # So is a question about daily life from someone living with the condition (`lived`).
    plain = (evidence.enough and evidence.clear) or bool(lived)
    if (level >= t.clarify and ours and not doubtful) or plain:
        # A greeting is no choice beside a question ("Hiya, ... what now?").
        options = [c for c in (top, *rivals) if c is top or (
            (plain or c.score >= t.clarify * 0.8) and not _chitchat(kb, c.entry_id))]
        if len(options) > 1 and _chitchat(kb, top.entry_id):
            options = options[1:]
        options = options[:3]
        # An entry written for the activity of daily life asked about is among them; so it
        # is where the message says enough of ours but nothing close to any entry ("my case
        # into the overhead locker without wrecking my back": words42).
        offered = leaning or (lived if level < t.clarify else frozenset())
        if offered and not offered & {c.entry_id for c in options}:
            best = next((c for c in ranked if c.entry_id in offered), None)
            if best is None:
                # The activity names its entry even where none of the message's words is
                # one of the entry's ("not had a decent kip in weeks with my leg").
                best = Candidate(next(e for e in kb.entries if e in offered), 0.0)
            options = [*options[:2], best]
        # The entry a cue asks for, when the cue is what makes the message ours.
        if cued and cued[0].entry_id not in {c.entry_id for c in options} and not (
                evidence.weight or evidence.hints):
            options = [*options[:2], cued[0]]
        # In a story read by its question, the question's best entry is among them.
        if asked is not None and asked.candidates and asked.candidates[0] not in options:
            best = asked.candidates[0]
            if best.entry_id not in {c.entry_id for c in options} and not _chitchat(
                    kb, best.entry_id):
                options = [*options[:2], best]
        return Answer(
            "clarify", None, level, "", kb.message("clarify"),
            _suggestions(kb, [c.entry_id for c in options]),
        )
    return fallback(kb, score=level)


def _rankings(kb: Knowledge, compiled: Compiled, text: str, t: Thresholds,
              reading: ShapeReading, denied: frozenset[str],
              lived: frozenset[str] = frozenset()
              ) -> tuple[Ranking, Ranking, Ranking | None, dict[str, float]]:
    """The whole message's ranking, the ranking that decides the answer, and, for a story
    whose questions decide, the ranking of those questions alone and how well each entry
    is supported.

    "I'm a lorry driver, a bit overweight, I smoke ... am I more likely to get it?": people
    tell the story first and ask at the end. When what they ask (all of it, when they ask
    several things) picks an entry the story makes likely, the question decides: its words
    weigh fully and the story's less (matching `_TOLD`), so the story still says which "it"
    is meant ("the pain clinic put me on a list for an epidural ... what does it involve?")
    without its situation (a driver) outweighing what is asked. A question that reads like
    small talk ("what can you do to help?") after a story about the back is about the story.
    `reading` is the message's shape reading, read once by the caller for both rankings.
    """
    matcher = compiled.matcher
    # A question to other readers about their own experience ("what was your nerve pain
    # like?") is not what the story asks: the whole story decides when nothing else is asked.
    asked = [q for q in questions(text) if not compiled.scope.asks_others(q)]
    # What the writer quotes is what "what does that mean?" asks about ("dr said
    # 'conservative management'?? whats that mean"): the quoted words are asked, the frame
    # around them ("the doctor said") tells the story.
    terms = quoted(text) if asked else []
    if terms:
        asked = [*terms, *(q for q in asked if not any(term in q for term in terms))]
    elif len(sentences(text)) < 2:
        asked = []
    question = " ".join(asked)
    # In a story, only what is asked says what kind of answer is wanted: "my neighbour says
    # I should rest" tells the story, it does not ask whether to rest.
    current = compiled.scope.current(text)
    # A topic with an entry of its own beside one of our exercises is what is asked, unless
    # said where it tells when ("paracetamol before the wall sit", "while I'm on pregabalin")
    # or, in a story, outside what it asks ("my osteo recommended it. How do I do child's
    # pose properly?").
    topics, aside = compiled.scope.topics(text, denied), compiled.scope.aside(text)
    if asked:
        topics &= frozenset(compiled.analyzer.tokens(question))
    whole = ranking = matcher.rank(text, ignore=denied, cues=question or None, current=current,
                                   lived=lived, topics=topics, aside=aside, reading=reading)
    if not asked:
        return whole, ranking, None, {}
    # A sign the story denies is context ("I've put on weight" denies weight loss), unless
    # the question asks about its words ("is my weight why I got it?").
    denied -= matcher.content(question)
    focused = matcher.rank(question, ignore=denied, context=text, current=current, lived=lived,
                           topics=topics, aside=aside)
    chosen = None
    support: dict[str, float] = {}
    cued = matcher.asked_for(question)
    # A question that says nothing beyond how it asks ("is it even recommended for this?")
    own = matcher.content(question) - matcher.asking_words(question)
    bare = math.fsum(matcher.idf(w) for w in own) < t.min_information
    if terms and focused.candidates:  # a quoted term is what is asked, however it scores
        cued.add(focused.candidates[0].entry_id)
    if focused.candidates and focused.information >= t.min_information and (
        not whole.candidates or _asks_for(kb, whole, focused, t, cued, bare)
    ):
        ranking = matcher.rank(text, ignore=denied, asked=question, current=current,
                               lived=lived, topics=topics, aside=aside, reading=reading)
        chosen = focused
        # Weighing the story down lowers every score, so how sure an entry is comes from
        # the best support it has: the question alone, the whole message or both read
        # together; the order is the one read together.
        for c in (*focused.candidates, *whole.candidates, *ranking.candidates):
            support[c.entry_id] = max(support.get(c.entry_id, 0.0), c.score)
        ranking = _by_story(ranking, whole, matcher.cued(question))
    if whole.candidates and not _chitchat(kb, whole.candidates[0].entry_id):
        ranking = replace(ranking, candidates=[
            c for c in ranking.candidates if not _chitchat(kb, c.entry_id)])
    return whole, ranking, chosen, support


def _by_story(ranking: Ranking, whole: Ranking, cued: list[tuple[str, ...]]) -> Ranking:
    """A cue that asks for one of several entries ("what does it involve": an injection,
    an operation, a scan...) leaves the choice to the story: those entries keep their
    places in the ranking, in the order the whole message gives them."""
    told = {c.entry_id: c.score for c in whole.candidates}
    candidates = list(ranking.candidates)
    for entries in cued:
        if len(entries) < 2:
            continue
        places = [i for i, c in enumerate(candidates) if c.entry_id in entries]
        members = sorted((candidates[i] for i in places),
                         key=lambda c: told.get(c.entry_id, 0.0), reverse=True)
        for i, c in zip(places, members, strict=True):
            candidates[i] = c
    return replace(ranking, candidates=candidates)


def _asks_for(kb: Knowledge, story: Ranking, question: Ranking, t: Thresholds,
              cued: set[str], bare: bool = False) -> bool:
    """Whether what a message asks picks its answer rather than the whole story: the
    question's best entry is one the story makes likely (small talk only after small talk),
    and it scores as well as the story's best or is what the question's words ask for
    (`cued`: "am I more likely to get it?" asks about risk, whatever the story's driving)."""
    told, asked = story.candidates[0], question.candidates[0]
    # "Is it even recommended for this?" after a story about gabapentin: a question that
    # says only how it asks, whose cue fits the story's best entry and not the question's
    # own, asks about the story's subject.
    if bare and told.entry_id in cued and asked.entry_id not in cued:
        return False
    likely = {c.entry_id for c in story.candidates[:t.focus_among]
              if not _chitchat(kb, c.entry_id) or _chitchat(kb, told.entry_id)}
    # A story too spread out to answer by itself (its best entry under the bar for an
    # answer) makes no entry unlikely: which few lead it is chance ("I just do not want to
    # make it worse" beside a long story of the garden, the GP and yoga), and a question
    # sure of its own entry decides.
    if told.score < t.answer and asked.score >= t.sure and (
            not _chitchat(kb, asked.entry_id) or _chitchat(kb, told.entry_id)):
        likely.add(asked.entry_id)
    return asked.entry_id in likely and (asked.score >= told.score or asked.entry_id in cued)


def _situation_only(compiled: Compiled, text: str, entry_id: str, evidence: Evidence,
                    lived: frozenset[str], t: Thresholds) -> bool:
    """Whether a message that says nothing of ours, in any word, reaches an entry only for
    naming its situation, and asks about an activity of daily life the entry never speaks
    of: "is it safe to fly at 30 weeks pregnant" asks about flying in pregnancy, no back
    ("pregnant, back sleeping ok?" asks what the pregnancy entry answers)."""
    if evidence.weight or evidence.hints or lived:
        return False
    if entry_id not in compiled.matcher.situated(text):
        return False
    # A question that asks the entry's own question in its cue ("snowed in every winter,
    # what if I can't get to hospital") asks more than its situation.
    if any(entry_id in entries and len(entries) <= t.specific
           for entries in compiled.matcher.cued(text)):
        return False
    activities = compiled.scope.activity_words(text)
    return bool(activities) and not any(
        compiled.matcher.uses(entry_id, [words]) for words in activities)


def _lived_beside(compiled: Compiled, text: str, denied: frozenset[str], t: Thresholds
                  ) -> frozenset[str] | None:
    """The words of a condition lived with beside ours (arthritis, osteoporosis, a joint
    replaced) that the message tells as the writer's own situation (Scope.lived_beside),
    when the rest of it, without them, asks something of ours and names nothing else:
    "how many reps with a new hip", "will it come back? got scoliosis". A question about
    the condition itself ("is my hip arthritis getting worse?") says nothing of ours
    without it: None."""
    scope = compiled.scope
    told = scope.lived_beside(text)
    if told is None:
        return None
    rest = " ".join(w for w in compiled.analyzer.words(text) if stem(w) not in told)
    evidence = scope.evidence(rest, denied)
    if evidence.elsewhere or evidence.foreign:
        return None
    asks = evidence.hints or evidence.exercise or any(
        len(entries) <= t.specific for entries in compiled.matcher.cued(rest))
    return told if asks else None


def _chitchat(kb: Knowledge, entry_id: str) -> bool:
    return kb.entries[entry_id].kind == "chitchat"


def _ours(kb: Knowledge, compiled: Compiled, text: str, rankings: list[Ranking],
          t: Thresholds, evidence: Evidence, reading: ShapeReading,
          denied: frozenset[str] = frozenset(),
          lived: frozenset[str] = frozenset()) -> Evidence | None:
    """Scope from positive evidence (language.yaml `domain`, see bot/engine/scope.py). Ours:
    enough domain evidence ("sciatica", "leg" and "pain") or our exercise's name; or nothing
    pointing elsewhere (the matcher then decides, and asks back only when something in the
    message hints at us: "crunch technique pls", "heat or ice?"); or, with a word of another
    topic, a best entry that explains nearly all of it. Another body part or condition is
    ours with enough evidence, with one of our exercises ("crunches without hurting my neck"),
    or when the message only describes the best exercise ("lying on my tummy, pushing up with
    my arms"), or when the best entry is sure and speaks of that body part itself ("a pillow
    between the knees"). A hard exception, an animal's body, or care for an animal or a young
    child and nothing of anyone's body ("a mattress for a toddler") is never ours; nor is our
    exercise's name among words of another topic (two or more: one is how it is done, "without
    toppling over") unless an entry explains nearly all of it ("upward dog vs downward dog,
    which burns more calories in vinyasa"). A question about an activity of daily life from
    someone who says something of their own condition (`lived`: "how do I survive a long
    drive with my leg like this") is ours, unless it names another body part or condition.
    `evidence` is the whole message's (Scope.evidence of `text` less `denied`), read once
    by the caller, as its shapes are (`reading`). Returns the evidence when the message is
    ours, None when it is not."""
    scope = compiled.scope
    if scope.excepted(text):
        return None
    if evidence.animal or evidence.theirs:
        return None
    # A pet of someone's doing something near the writer, with nothing of ours but where
    # ("my dog keeps sitting on my feet", "the dog keeps sleeping on our bed"): no
    # complaint, not enough of ours (a leg it jumps on is where it is: "the cat keeps
    # jumping on my legs, how do I stop her"), no care named in its own words: the pet's
    # question.
    if (scope.kept(text) and not evidence.enough and not evidence.complaint
            and not scope.cared(text, denied)):
        return None
    if lived and not evidence.elsewhere:
        return evidence
    # A pet named in a message that says nothing of ours, in any word, and is no question
    # about the writer's day with the condition, is the pet's question ("can I take my dog
    # on the bus", "long drive with the dog, any tips").
    if not (evidence.weight or evidence.hints) and scope.pets(text):
        return None
    # An exercise of ours named for another topic's goal, with nothing of ours said in its
    # own words, is that goal's ("glute bridges for a bigger bum, how many reps").
    if evidence.goal and evidence.own < t.own:
        return None
    matcher = compiled.matcher
    # (A condition the writer lives with, told as their situation, is no word of another
    # topic beside the exercise: "knee to chest pulls on my c section scar".)
    trivia = (evidence.named and len(evidence.foreign) + len(evidence.neutral) > 1
              and evidence.own < t.own)
    if trivia:
        situation = scope.lived_beside(text) or frozenset()
        trivia = len(set(evidence.foreign) - situation) + len(evidence.neutral) > 1
    if not trivia and (evidence.enough or evidence.named or evidence.clear):
        return evidence
    story = len(sentences(text)) > 1
    if not evidence.elsewhere and evidence.strength >= t.story and story:
        return evidence
    # A story is about what it asks: its situation (a job, a town, a party) is no other
    # topic when it says something of ours and its question points nowhere else ("I'm a
    # self-employed plumber ... the surgeon says I could wait. How do I decide?").
    asked = " ".join(questions(text)) if story else ""
    if asked and not evidence.elsewhere:
        situated = scope.evidence(text, denied, asked, reading)
        # (What it asks may say the condition as this chat does, "until this settles": the
        # writer's own, told beside their day, "I'm self-employed"; words49.)
        if situated.clear and (scope.situation(text, denied) > 0 or (
                scope.chatted(asked) and not scope.others_named(text))):
            return situated
    if evidence.foreign and not evidence.elsewhere and not trivia:
        # A condition lived with, whose name is a word no entry uses ("tips for the
        # stretches w osteoporosis"), told as the writer's situation: no other topic.
        told = _lived_beside(compiled, text, denied, t)
        if told is not None and set(evidence.foreign) <= told:
            return evidence
    if evidence.elsewhere and not trivia:
        # A story that describes one of our exercises is about what it asks: "after years
        # of laying tiles" tells who is asking, not another topic.
        foreign = (scope.evidence(text, denied, asked, reading).foreign if asked
                   else evidence.foreign)
        # (Only beside a part of the body: "stretch my hamstrings before a 10k" and "pulled
        # my hamstring" name an event and an injury, not where the exercise is done.)
        describes = not evidence.complaint and not foreign and scope.parts(
            evidence.places) and any(
            isinstance(kb.entries[r.candidates[0].entry_id], Exercise) for r in rankings
        )
        # (The words of an activity the sure entry is written for are where it is asked of:
        # "pillow between my knees, side sleeper"; in a story, those of what it asks: "Heat
        # or ice? The kitchen's got a freezer full of it" tells where the ice is; words54.)
        explained = not evidence.complaint and any(
            r.candidates[0].score >= t.sure
            and matcher.uses(r.candidates[0].entry_id, evidence.places)
            and all(r.candidates[0].entry_id in scope.written_for(w) for w in foreign)
            for r in rankings
        )
        # Another complaint told beside the writer's own ("can I do it with a dodgy knee",
        # "I have a bad wrist as well"), with no word of another topic, is no other topic;
        # nor is a condition lived with told as the writer's situation ("how many reps with
        # a new hip").
        told = scope.besides(text)
        if told is None or not set(foreign) <= told:
            told = _lived_beside(compiled, text, denied, t)
        beside = told is not None and set(foreign) <= told
        # A part of the body that is a word of the name of one of the best exercises, with
        # no complaint and no word of another topic ("why only one knee at a time", "why
        # pull one knee up to my chest"): the exercise's, not another place's. Not beside
        # care given (`treated`: a scan, an injection, an operation): the part is where
        # that care is done ("what does an MRI of the knee show").
        in_name = not evidence.hurting and not foreign and not scope.treated(
            text, denied) and any(
            isinstance(kb.entries[c.entry_id], Exercise) and c.score >= t.answer
            and matcher.named_with(c.entry_id, evidence.places)
            for r in rankings for c in r.candidates[:3])
        return (evidence if evidence.exercise or describes or explained or beside or in_name
                else None)
    # A greeting, a thanks or a goodbye sent from where the writer is, or on their way back
    # to their day ("good morning from Lagos", "thanks, off back to the tent now"): the
    # place and the day are no other topic.
    first = rankings[0].candidates[0] if rankings else None
    if (first is not None and _chitchat(kb, first.entry_id) and first.score >= t.answer
            and not evidence.elsewhere and evidence.foreign
            and scope.day_told(text, evidence.foreign)):
        return evidence
    # What a story asks vouches for it only when it names something of ours in its own
    # words, or asks for a kind of answer only we give: "the mould keeps coming back. How
    # do I treat it?" asks word for word what an entry answers, about something else; "Is
    # surgery better than waiting?" and "Should he be avoiding that?" do not. (A cue that
    # fits many entries, "is it safe", is asked of anything.)
    vouches = not story or (asked and (scope.evidence(asked, denied).hints > 0 or any(
        len(entries) <= t.specific for entries in matcher.cued(asked))))
    for ranking in rankings if vouches else rankings[:1]:
        top = ranking.candidates[0].entry_id
        coverage = matcher.coverage(ranking, top, evidence.foreign, scope.plain)
        if coverage >= t.coverage:
            return evidence
    return None
