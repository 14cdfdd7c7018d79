"""Load and validate the knowledge base (`knowledge/*.yaml`).

Everything the bot says about health lives in those files. This module turns them into frozen
dataclasses and refuses to start on a broken file, naming the file, the line and the field,
because a clinician editing an answer must be told exactly what to fix.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from bot.knowledge.fields import Collector, Fields, KnowledgeError, Problem
from bot.knowledge.learned import SETTINGS as LEARNED_SETTINGS
from bot.knowledge.learned import LearnedModel, load_learned
from bot.knowledge.model import (
    CONTEXT,
    CONVERSATION_WORDS,
    EXERCISE_NAME,
    EXPERIENCERS,
    LEVELS,
    REPLIES,
    SECTIONS,
    SHAPE_COUNTS,
    Activity,
    Chitchat,
    ContextRule,
    Corrections,
    CourseWords,
    Dictation,
    Domain,
    DomainConcept,
    Entry,
    Exercise,
    Faq,
    Frames,
    Homophone,
    Intent,
    Kinds,
    Knowledge,
    Language,
    Measured,
    People,
    RedFlag,
    RedFlagGuide,
    Referral,
    Repetitions,
    ReplyRules,
    Routine,
    RoutineStep,
    Sense,
    Shape,
    ShapeWords,
    Source,
    TriageRules,
    clause_sign,
)
from bot.knowledge.yaml_lines import LineList, YamlSyntaxError, read_yaml

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "knowledge"
KNOWLEDGE_ENV = "LUMBAR_BOT_KNOWLEDGE"

FILES = (
    "sources.yaml",
    "faq.yaml",
    "exercises.yaml",
    "routine.yaml",
    "redflags.yaml",
    "triage.yaml",
    "chitchat.yaml",
    "language.yaml",
    "messages.yaml",
)

REQUIRED_MESSAGES = (
    "welcome",
    "help",
    "fallback",
    "clarify",
    "empty",
    "too_long",
    "non_text",
    "exercises_intro",
    "telegram_setup",
    "default_emergency_number",
    "persistent_then_answer",
    "see_also",
    "command_start",
    "command_help",
    "command_routine",
    "command_exercises",
    "command_redflags",
    "command_privacy",
    "privacy",
    "label_steps",
    "label_hold",
    "label_reps",
    "label_cautions",
    "label_warm_up",
    "label_stop_if",
    "button_routine",
    "button_exercises",
    "button_redflags",
    "button_walk_through",
    "button_next",
    "button_done",
    "button_stop",
    "button_check_symptoms",
    "button_yes",
    "button_no",
    "routine_step",
    "routine_done",
    "routine_stopped",
    "symptom_check_intro",
    "symptom_check_question",
    "symptom_check_emergency",
    "symptom_check_clear",
    "slow_down",
    "stale_button",
    "error_reply",
    # the companion (bot/care)
    "privacy_unanswered",
    "first_use",
    "private_only",
    "command_remind",
    "command_timezone",
    "command_pain",
    "command_done",
    "command_progress",
    "command_mydata",
    "command_forget",
    "remind_set",
    "remind_zone_hint",
    "remind_show",
    "remind_none",
    "remind_off",
    "remind_bad",
    "remind_terminal",
    "reminder",
    "button_start_routine",
    "button_snooze",
    "snoozed",
    "timezone_show",
    "timezone_set",
    "timezone_bad",
    "timezone_suggest",
    "pain_saved",
    "pain_replaced",
    "pain_bad",
    "pain_question",
    "pain_question_new",
    "pain_question_terminal",
    "done_saved",
    "done_already",
    "progress_empty",
    "progress_title",
    "progress_streak",
    "progress_week",
    "progress_pain",
    "trend_down",
    "trend_up",
    "trend_steady",
    "trend_unknown",
    "chart_title",
    "chart_axis_pain",
    "chart_legend_pain",
    "chart_legend_routine",
    "chart_caption",
    "chart_saved",
    "chart_failed",
    "repetitions_today",
    "safety_rising",
    "safety_persistent",
    "mydata_caption",
    "mydata_none",
    "mydata_terminal",
    "forget_confirm",
    "forget_terminal",
    "button_forget_yes",
    "button_forget_no",
    "forget_done",
    "forget_kept",
    "forget_nothing",
    "sign_note_emergency",
    "sign_note_urgent",
    "sign_note_soon",
)


# --------------------------------------------------------------------------- loading


def knowledge_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The directory to load: the argument, else LUMBAR_BOT_KNOWLEDGE, else the shipped one."""
    chosen = explicit or os.environ.get(KNOWLEDGE_ENV) or DEFAULT_DIR
    return Path(chosen)


def load(
    directory: str | os.PathLike[str] | None = None, *, emergency_number: str | None = None,
    learned: bool = True,
) -> Knowledge:
    """Load and validate every file; raise KnowledgeError listing all problems found.

    `learned`: also load the learned second reader of triage (learned.yaml and the model
    file it names), which reads every message the rules leave without a warning. False
    only for tools that read with the rules alone."""
    root = knowledge_dir(directory)
    out = Collector(root)
    if not root.is_dir():
        raise KnowledgeError([Problem(str(root), 0, "", "is not a directory")])
    raw: dict[str, Any] = {}
    for name in FILES:
        path = root / name
        shown = str(path)
        if not path.is_file():
            out.add(shown, 0, "", "file is missing")
            continue
        try:
            raw[name] = read_yaml(path)
        except YamlSyntaxError as exc:
            out.add(shown, exc.line, "", f"is not valid YAML: {exc.problem}")
    if out.problems:
        raise KnowledgeError(out.problems)

    def f(name: str) -> str:
        return str(root / name)

    sources = _sources(out, f("sources.yaml"), raw["sources.yaml"])
    faqs = tuple(
        _faq(Fields(out, f("faq.yaml"), item, f"[{i}]"))
        for i, item in _items(out, f("faq.yaml"), raw["faq.yaml"])
    )
    exercises = tuple(
        _exercise(Fields(out, f("exercises.yaml"), item, f"[{i}]"))
        for i, item in _items(out, f("exercises.yaml"), raw["exercises.yaml"])
    )
    routine = _routine(Fields(out, f("routine.yaml"), raw["routine.yaml"], ""))
    redflags = _redflags(out, Fields(out, f("redflags.yaml"), raw["redflags.yaml"], ""))
    chitchat = tuple(
        _chitchat(Fields(out, f("chitchat.yaml"), item, f"[{i}]"))
        for i, item in _items(out, f("chitchat.yaml"), raw["chitchat.yaml"])
    )
    language = _language(out, Fields(out, f("language.yaml"), raw["language.yaml"], ""))
    triage = _triage(out, Fields(out, f("triage.yaml"), raw["triage.yaml"], ""))
    messages = _messages(out, Fields(out, f("messages.yaml"), raw["messages.yaml"], ""))

    entries: dict[str, Entry] = {}
    for entry in (*faqs, *exercises, routine, redflags, *chitchat):
        if not entry.id:
            continue
        if entry.id in entries:
            first = entries[entry.id]
            out.add(
                entry.file,
                entry.line,
                "id",
                f"duplicate id '{entry.id}' (first used at {first.file}:{first.line})",
            )
        else:
            entries[entry.id] = entry
    _check_references(out, sources, entries, routine, redflags, triage)
    for intent in language.intents:
        for eid in intent.entries:
            if eid not in entries:
                out.add(f("language.yaml"), intent.line, "intents.entries",
                        f"unknown entry '{eid}'")
        if bool(intent.against) != bool(intent.joined):
            out.add(f("language.yaml"), intent.line, "intents.against",
                    "a choice needs both `against` and `joined`")
    for activity in language.domain.activities:
        for eid in activity.entries:
            if eid not in entries:
                out.add(f("language.yaml"), activity.line, "domain.activities.entries",
                        f"unknown entry '{eid}'")
    if language.domain.referred and "another_condition" not in messages:
        out.add(f("messages.yaml"), 0, "another_condition",
                "is missing (language.yaml domain.referred needs it)")
    model = _learned(out, root, redflags) if learned else None
    if out.problems:
        raise KnowledgeError(out.problems)
    number = emergency_number or messages["default_emergency_number"]
    return Knowledge(
        directory=root,
        sources=sources,
        faqs=faqs,
        exercises=exercises,
        routine=routine,
        redflags=redflags,
        chitchat=chitchat,
        language=language,
        triage=triage,
        messages=messages,
        emergency_number=number,
        entries=entries,
        learned=model,
    )


def _learned(out: Collector, root: Path, redflags: RedFlagGuide) -> LearnedModel | None:
    """The learned second reader, when the directory has a learned.yaml (else rules only)."""
    path = root / LEARNED_SETTINGS
    if not path.is_file():
        return None
    try:
        raw = read_yaml(path)
    except YamlSyntaxError as exc:
        out.add(str(path), exc.line, "", f"is not valid YAML: {exc.problem}")
        return None
    return load_learned(out, root, raw, {f.id: f.level for f in redflags.flags})


def _items(out: Collector, file: str, data: Any) -> Iterator[tuple[int, Any]]:
    if not isinstance(data, list):
        out.add(file, getattr(data, "line", 1), "", "must be a list of entries")
        return
    yield from enumerate(data)


def _entry_fields(r: Fields, kind: str, title_key: str = "title") -> dict[str, Any]:
    return {
        "id": r.text("id"),
        "kind": kind,
        "title": r.text(title_key),
        "phrasings": r.texts("phrasings"),
        "sources": r.texts("source"),
        "file": r.file,
        "line": r.line,
    }


def _sources(out: Collector, file: str, data: Any) -> dict[str, Source]:
    result: dict[str, Source] = {}
    for i, item in _items(out, file, data):
        r = Fields(out, file, item, f"[{i}]")
        source = Source(id=r.text("id"), title=r.text("title"), publisher=r.text("publisher"),
                        url=r.text("url", False), read_at=r.text("read_at", False))
        if source.id in result:
            out.add(file, r.line, "id", f"duplicate source id '{source.id}'")
        result[source.id] = source
    return result


def _faq(r: Fields) -> Faq:
    return Faq(
        **_entry_fields(r, "faq"), answer=r.text("answer"), related=r.texts("related", False),
        situation=r.texts("situation", False),
    )


def _exercise(r: Fields) -> Exercise:
    return Exercise(
        **_entry_fields(r, "exercise", "name"),
        aliases=r.texts("aliases", False),
        purpose=r.text("purpose"),
        steps=r.texts("steps"),
        hold=r.text("hold"),
        reps=r.text("reps"),
        cautions=r.texts("cautions", False),
        shape=_shape(r.sub("shape", required=False)),
    )


def _shape(r: Fields) -> Shape:
    """An exercise's `shape`: what it looks like, as people describe it."""
    count = r.text("count", False)
    if count and count not in SHAPE_COUNTS:
        r.out.add(r.file, r.line_of("count"), f"{r.where}.count",
                  f"must be one of {', '.join(SHAPE_COUNTS)}, not '{count}'")
        count = ""
    return Shape(position=r.texts("position", False), action=r.texts("action", False),
                 pictures=r.texts("pictures", False), count=count)


def _shape_words(r: Fields) -> ShapeWords:
    """language.yaml's `shapes`: how any exercise's shape is read."""
    return ShapeWords(**{name: r.texts(name, False) for name in (
        "kinds", "likeness", "soft", "counted", "one", "both", "owners", "unable")})


def _routine(r: Fields) -> Routine:
    steps: list[RoutineStep] = []
    raw_steps = r.data.get("exercises")
    if not isinstance(raw_steps, list) or not raw_steps:
        r.out.add(r.file, r.line_of("exercises"), "exercises", "must be a non-empty list")
    else:
        for i, item in enumerate(raw_steps):
            if isinstance(item, str):
                steps.append(RoutineStep(exercise=item.strip()))
                continue
            s = Fields(r.out, r.file, item, f"exercises[{i}]")
            steps.append(RoutineStep(exercise=s.text("exercise"), note=s.text("note", False)))
    return Routine(
        **_entry_fields(r, "routine"),
        intro=r.text("intro"),
        warm_up=r.text("warm_up"),
        steps=tuple(steps),
        dose=r.text("dose"),
        progression=r.text("progression"),
        stop_if=r.text("stop_if"),
        repetitions=_repetitions(r),
    )


def _repetitions(r: Fields) -> Repetitions | None:
    """Optional: without it the routine has no personal counts."""
    if "repetitions" not in r.data:
        return None
    reps = r.sub("repetitions")
    found = Repetitions(start=reps.integer("start"), most=reps.integer("most"),
                        every=reps.integer("every"))
    if not 1 <= found.start <= found.most:
        r.out.add(r.file, reps.line, "repetitions",
                  "needs 1 <= start <= most (for example start: 5, most: 10)")
    if found.every < 1:
        r.out.add(r.file, reps.line_of("every"), "repetitions.every", "must be 1 or more")
    return found


def _redflags(out: Collector, r: Fields) -> RedFlagGuide:
    headings_r = r.sub("headings")
    headings = {level: headings_r.text(level) for level in LEVELS}
    flags: list[RedFlag] = []
    seen: set[str] = set()
    for i, item in _items(out, r.file, r.data.get("flags")):
        fr = Fields(out, r.file, item, f"flags[{i}]")
        flag = RedFlag(
            id=fr.text("id"),
            level=fr.text("level"),
            title=fr.text("title"),
            signs=fr.texts("signs"),
            advice=fr.text("advice"),
            questions=fr.texts("questions", False),
            sources=fr.texts("source"),
            about=fr.text("about", False),
            risks=_risk_lines(fr),
        )
        if flag.level and flag.level not in LEVELS:
            out.add(r.file, fr.line_of("level"), f"flags[{i}].level",
                    f"must be one of {', '.join(LEVELS)}, not '{flag.level}'")
        if flag.id in seen:
            out.add(r.file, fr.line, f"flags[{i}].id", f"duplicate red flag id '{flag.id}'")
        seen.add(flag.id)
        flags.append(flag)
    return RedFlagGuide(
        **_entry_fields(r, "redflags"), intro=r.text("intro"), headings=headings,
        flags=tuple(flags), summary=r.texts("summary", False),
    )


def _chitchat(r: Fields) -> Chitchat:
    return Chitchat(**{**_entry_fields(r, "chitchat"), "sources": ()}, answer=r.text("answer"))


def _word_map(out: Collector, r: Fields, key: str) -> dict[str, str]:
    """`canonical: [variants]` in the file becomes `variant -> canonical`."""
    section = r.sub(key)
    result: dict[str, str] = {}
    for canonical in section.data:
        for variant in section.texts(canonical):
            low = variant.lower()
            if low in result and result[low] != canonical:
                out.add(r.file, section.line_of(canonical), f"{key}.{canonical}",
                        f"'{variant}' is already listed under '{result[low]}'")
            result[low] = canonical.lower()
    return result


def _numbers_as_words(out: Collector, r: Fields) -> dict[str, str]:
    """`word: {typed: N, before: [...]}`: N typed for the word it sounds like, read as it
    before these words ("2 the" is "to the"), as chat spellings."""
    if "numbers_as_words" not in r.data:
        return {}
    section = r.sub("numbers_as_words")
    found: dict[str, str] = {}
    for word in section.data:
        c = section.sub(word)
        typed = c.text("typed")
        for after in c.texts("before"):
            found[f"{typed} {after}".lower()] = f"{word} {after}".lower()
    return found


def _language(out: Collector, r: Fields) -> Language:
    synonyms = _word_map(out, r, "synonyms")
    contextual: dict[str, str] = {}
    if "contextual_synonyms" in r.data:
        contextual = _word_map(out, r, "contextual_synonyms")
        section = r.sub("contextual_synonyms")
        for variant, canonical in contextual.items():
            if variant in synonyms:
                out.add(r.file, section.line_of(canonical), f"contextual_synonyms.{canonical}",
                        f"'{variant}' is also listed under synonyms '{synonyms[variant]}'")
    intents: list[Intent] = []
    for i, item in (_items(out, r.file, r.data["intents"]) if "intents" in r.data else ()):
        c = Fields(out, r.file, item, f"intents[{i}]")
        intents.append(Intent(cues=c.texts("cues"), entries=c.texts("entries"),
                              line=c.line, against=c.texts("against", False),
                              joined=c.texts("joined", False),
                              unless=c.texts("unless", False),
                              situated=c.boolean("situated"),
                              follows=c.boolean("follows")))
    return Language(
        spellings={**_numbers_as_words(out, r), **_word_map(out, r, "spellings")},
        synonyms=synonyms,
        intents=tuple(intents),
        contextual_synonyms=contextual,
        domain=_domain(out, r.sub("domain")),
        exceptions=r.texts("exceptions", False),
        stopwords=r.texts("stopwords"),
        mixed={language: _word_map(out, r.sub("mixed"), language)
               for language in (r.data.get("mixed") or {})},
        emoji=_word_map(out, r, "emoji") if "emoji" in r.data else {},
        grammar=r.texts("grammar", False),
        emphasis=r.texts("emphasis", False),
        reporting=r.texts("reporting", False),
        word_order=_named_lists(out, r.sub("word_order", required=False), "word_order",
                                WORD_ORDER_PARTS),
        negative_questions=_named_lists(out, r.sub("negative_questions", required=False),
                                        "negative_questions", NEGATIVE_QUESTION_PARTS),
        conversation=_named_lists(out, r.sub("conversation", required=False),
                                  "conversation", CONVERSATION_WORDS),
        shapes=_shape_words(r.sub("shapes", required=False)),
    )


# The lists of words and concept names under `domain`, each optional, read the same way.
_DOMAIN_WORD_LISTS = (
    "elsewhere",
    "goals",
    "complaints",
    "body",
    "general",
    "situation",
    "generic",
    "given_to",
    "asked_of",
    "doing",
    "acting",
    "objects",
    "young",
    "aged",
    "aged_years",
    "small",
    "rejecting",
    "rejectable",
    "yours",
    "besides",
    "referring",
    "lived_with",
    "owning",
    "lived_care",
    "taking",
    "mine",
    "aiding",
    "other_parts",
    "determiners",
    "ended",
    "judging",
    "self_described",
    "introducing",
    "particles",
    "particle_tail",
    "sayings",
    "timing",
    "playing",
    "whereabouts",
    "whereabouts_times",
    "likeness",
    "likening",
    "going_to",
    "handling",
    "carrying",
    "sent_from",
    "named_at",
    "liking",
    "predicating",
    "linking",
    "questioning",
    "asking_after",
    "lived_by",
    "living",
    "treated",
    "topics",
    "topic_times",
    "several",
    "several_of",
    "continuing",
    "other_exercises",
    "kit",
    "animal_carers",
    "part_of",
    "illnesses",
)


def _domain(out: Collector, r: Fields) -> Domain:
    concepts: list[DomainConcept] = []
    for i, item in _items(out, r.file, r.data.get("concepts")):
        c = Fields(out, r.file, item, f"domain.concepts[{i}]")
        concepts.append(DomainConcept(name=c.text("name"), weight=_weight(c, "weight"),
                                      terms=c.texts("terms"), needs=c.texts("needs", False)))
    names = {c.name for c in concepts} | {EXERCISE_NAME}
    referred: list[Referral] = []
    for i, item in _items(out, r.file, r.data.get("referred", [])):
        c = Fields(out, r.file, item, f"domain.referred[{i}]")
        referral = Referral(name=c.text("name"), terms=c.texts("terms"),
                            needs=c.texts("needs", False), unless=c.texts("unless", False),
                            unless_concepts=c.texts("unless_concepts", False))
        for key in ("needs", "unless_concepts"):
            for name in getattr(referral, key):
                if name not in names:
                    out.add(r.file, c.line_of(key), f"domain.referred[{i}].{key}",
                            f"unknown concept '{name}'")
        referred.append(referral)
    for i, concept in enumerate(concepts):
        for need in concept.needs:
            if need not in names:
                out.add(r.file, r.line, f"domain.concepts[{i}].needs",
                        f"unknown concept '{need}'")
    activities: list[Activity] = []
    for i, item in _items(out, r.file, r.data.get("activities", [])):
        c = Fields(out, r.file, item, f"domain.activities[{i}]")
        activities.append(Activity(name=c.text("name"), entries=c.texts("entries"),
                                   terms=c.texts("terms"), owned=c.boolean("owned"),
                                   line=c.line))
    for key in ("complaints", "general", "body", "situation", "rejectable", "lived_by"):
        for name in r.texts(key, False):
            if name not in names:
                out.add(r.file, r.line_of(key), f"domain.{key}", f"unknown concept '{name}'")
    senses = tuple(
        Sense(name=c.text("name"), terms=c.texts("terms"), takes=c.texts("takes"),
              kept_by=c.texts("kept_by", False))
        for i, item in _items(out, r.file, r.data.get("senses", []))
        for c in (Fields(out, r.file, item, f"domain.senses[{i}]"),))
    for sense in senses:
        for name in sense.kept_by:
            if name not in names:
                out.add(r.file, r.line_of("senses"), "domain.senses.kept_by",
                        f"unknown concept '{name}'")
    lists = {name: r.texts(name, False) for name in _DOMAIN_WORD_LISTS}
    return Domain(threshold=_weight(r, "threshold"), concepts=tuple(concepts),
                  exercise_names=_weight(r, "exercise_names"),
                  common_words=int(_weight(r, "common_words")),
                  referred=tuple(referred), activities=tuple(activities), senses=senses,
                  **lists)


def _weight(r: Fields, key: str) -> float:
    """A number above 0: a weight or a threshold."""
    value = r.data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        r.out.add(r.file, r.line_of(key), f"{r.where}.{key}" if r.where else key,
                  "must be a number above 0")
        return 1.0
    return float(value)


def _risk_lines(fr: Fields) -> dict[str, str]:
    """`risks: {concept: line}`: the calm line for each risk factor of a flag."""
    risks = fr.sub("risks", required=False)
    return {str(name): risks.text(str(name)) for name in risks.data}


WORD_ORDER_PARTS = ("asking", "support", "auxiliaries", "subjects", "determiners")
"""The parts of `word_order` in language.yaml (Language.word_order)."""

NEGATIVE_QUESTION_PARTS = ("negated", "progressive", "negations", "opening", "before",
                           "judged")
"""The parts of `negative_questions` in language.yaml (Language.negative_questions)."""


def _named_lists(out: Collector, r: Fields, section: str, known: Sequence[str]
                 ) -> dict[str, tuple[str, ...]]:
    """`name: [words]` for a section whose names are fixed (`known`): an unknown name is a
    typo in the file, reported with its line."""
    lists: dict[str, tuple[str, ...]] = {}
    for key in r.data:
        if key not in known:
            out.add(r.file, r.line_of(key), f"{section}.{key}",
                    f"unknown key (known: {', '.join(known)})")
            continue
        lists[key] = r.texts(key)
    return lists


def _patterns(out: Collector, r: Fields, concepts: dict[str, tuple[str, ...]]
              ) -> dict[str, tuple[tuple[str, ...], ...]]:
    """`flag: [[concept, ...], ...]`, every concept one the file defines."""
    patterns: dict[str, tuple[tuple[str, ...], ...]] = {}
    for flag_id, raw in r.data.items():
        combos: list[tuple[str, ...]] = []
        if not isinstance(raw, list) or not raw:
            out.add(r.file, r.line_of(flag_id), f"{r.where}.{flag_id}",
                    "must be a non-empty list of concept lists")
            continue
        for i, combo in enumerate(raw):
            names = [combo] if isinstance(combo, str) else combo
            line = raw.item_lines[i] if isinstance(raw, LineList) else r.line
            if not isinstance(names, list) or not names:
                out.add(r.file, line, f"{r.where}.{flag_id}[{i}]", "must list concept names")
                continue
            for name in names:
                if name not in concepts:
                    out.add(r.file, line, f"{r.where}.{flag_id}[{i}]",
                            f"unknown concept '{name}'")
            combos.append(tuple(str(n) for n in names))
        patterns[flag_id] = tuple(combos)
    return patterns


def _kinds(out: Collector, r: Fields, concepts: dict[str, tuple[str, ...]]) -> dict[str, Kinds]:
    """`flag: {signs: {kind: [[concept, ...], ...]}, together: [[kind, kind], ...]}`: a
    warning sign told as two different kinds of sign, each in words of its own anywhere in
    the message (a means at hand and a time set, a farewell and no future), the way a
    clinician weighs them; one kind alone is not the sign. Kept as categories and pairs of
    categories: triage finds which categories a message says, then applies the pairs."""
    kinds: dict[str, Kinds] = {}
    for flag_id in r.data:
        f = r.sub(flag_id)
        signs = _patterns(out, f.sub("signs"), concepts)
        in_clause = _patterns(out, f.sub("in_clause", required=False), concepts)
        for kind in in_clause:  # a category may be said in one clause only, or also so
            signs[kind] = (*signs.get(kind, ()), (clause_sign(kind),))
        together = f.data.get("together")
        if not isinstance(together, list) or not together:
            out.add(r.file, f.line_of("together"), f"{f.where}.together",
                    "must be a non-empty list of pairs of kinds")
            continue
        pairs = _kind_pairs(out, f, "together", together, signs)
        words = _patterns(out, f.sub("words", required=False), concepts)
        within = f.data.get("within")
        close = _kind_pairs(out, f, "within", within, words) if within is not None else ()
        kinds[flag_id] = Kinds(signs, pairs, words, close, in_clause)
    return kinds


def _kind_pairs(out: Collector, f: Fields, key: str, raw: object,
                kinds: dict[str, tuple[tuple[str, ...], ...]]) -> tuple[tuple[str, str], ...]:
    """`key: [[kind, kind], ...]`, each naming two kinds the file defines: a slip is an error
    at its line, never a pair silently ignored."""
    pairs: list[tuple[str, str]] = []
    if not isinstance(raw, list):
        out.add(f.file, f.line_of(key), f"{f.where}.{key}", "must be a list of pairs of kinds")
        return ()
    lines = getattr(raw, "item_lines", [f.line_of(key)] * len(raw))
    for pair, line in zip(raw, lines, strict=False):
        if (not isinstance(pair, list) or len(pair) != 2
                or not all(isinstance(k, str) and k in kinds for k in pair)):
            out.add(f.file, line, f"{f.where}.{key}", f"{pair!r} must name two kinds "
                    f"under {'signs' if key == 'together' else 'words'}")
            continue
        pairs.append((str(pair[0]), str(pair[1])))
    return tuple(pairs)


def _told_of(out: Collector, r: Fields, concepts: dict[str, tuple[str, ...]]) -> None:
    """`told_of`: the terms of these concepts said in the first person ("cut my arm", "throw
    myself off") are read of another too ("cut her arm", "throw himself off"), as whoever writes
    for them tells it; each first-person word becomes its he, she and they forms, all at once,
    so a term is never half one person and half another."""
    if "told_of" not in r.data:
        return
    section = r.sub("told_of")
    words_r = section.sub("words")
    swaps = {word.lower(): words_r.texts(word) for word in words_r.data}
    persons = {len(forms) for forms in swaps.values()}
    if len(persons) > 1:
        out.add(r.file, section.line_of("words"), "told_of.words",
                "every word needs as many forms (he, she, they)")
        return
    for name in section.texts("concepts"):
        if name not in concepts:
            out.add(r.file, section.line_of("concepts"), "told_of.concepts",
                    f"unknown concept '{name}'")
            continue
        terms = list(concepts[name])
        seen = set(terms)
        for term in concepts[name]:
            words = term.lower().split()
            if not any(w in swaps for w in words):
                continue
            for k in range(next(iter(persons))):
                variant = " ".join(swaps[w][k] if w in swaps else w for w in words)
                if variant not in seen:
                    seen.add(variant)
                    terms.append(variant)
        concepts[name] = tuple(terms)


def _triage(out: Collector, r: Fields) -> TriageRules:
    concepts_r = r.sub("concepts")
    concepts = {name: concepts_r.texts(name) for name in concepts_r.data}
    _told_of(out, r, concepts)
    age_before, age_after, age_is_from, age_groups = _ages_now(out, r)
    ages_now = r.sub("ages_now", required=False)
    concepts.update((name, ()) for name in age_groups if name not in concepts)
    patterns = _patterns(out, r.sub("patterns"), concepts)
    across = _patterns(out, r.sub("across", required=False), concepts)
    kinds = _kinds(out, r.sub("kinds", required=False), concepts)
    in_clause = _patterns(out, r.sub("in_clause", required=False), concepts)
    risks = _patterns(out, r.sub("risks", required=False), concepts)

    def known(fields: Fields, key: str, names: tuple[str, ...]) -> tuple[str, ...]:
        for name in names:
            if name not in concepts:
                out.add(r.file, fields.line_of(key), f"{fields.where}.{key}",
                        f"unknown concept '{name}'")
        return names

    dur = r.sub("duration")
    replies = r.sub("replies", required=False)
    context = r.sub("context")
    people = r.sub("people")
    return TriageRules(
        concepts=concepts,
        patterns=patterns,
        across=across,
        in_clause=in_clause,
        risks=risks,
        kinds=kinds,
        context=_context_rules(out, context, known),
        breaks=context.texts("breaks"),
        filler=context.texts("filler", False),
        pseudo=context.texts("pseudo", False),
        idioms=context.texts("idioms", False),
        people=People(
            writer=people.texts("writer"),
            others=people.texts("others"),
            animals=people.texts("animals", False),
            things=people.texts("things", False),
            pronouns=people.texts("pronouns"),
            back=known(people, "back", people.texts("back")),
            anyone=people.texts("anyone", False),
            neutral=people.texts("neutral", False),
            of=people.texts("of", False),
            at=people.texts("at", False),
            children=people.texts("children", False),
            own=known(people, "own", people.texts("own", False)),
            gone=known(people, "gone", people.texts("gone", False)),
            together=known(people, "together", people.texts("together", False)),
            sciatic=known(people, "sciatic", people.texts("sciatic", False)),
            shares=people.texts("shares", False),
            shares_by=known(people, "shares_by", people.texts("shares_by", False)),
            programme=known(people, "programme", people.texts("programme", False)),
            programme_for=known(people, "programme_for",
                                people.texts("programme_for", False)),
            impersonal=people.texts("impersonal", False),
            by_subject=known(people, "by_subject", people.texts("by_subject", False)),
            pressed=known(people, "pressed", people.texts("pressed", False)),
            determiners=people.texts("determiners", False),
            reporting=people.texts("reporting", False),
            beside=people.texts("beside", False),
            described=people.texts("described", False),
            kind_of=people.texts("kind_of", False),
            kind_of_bare=people.texts("kind_of_bare", False),
            described_as=people.texts("described_as", False),
            heading=people.texts("heading", False),
            tools=people.texts("tools", False),
            tools_for=known(people, "tools_for", people.texts("tools_for", False)),
            likeness=people.texts("likeness", False),
            by_age=people.texts("by_age", False),
            named_by=people.texts("named_by", False),
            named_owns=people.texts("named_owns", False),
            unsaid_i=people.texts("unsaid_i", False),
            unsaid_i_own=people.texts("unsaid_i_own", False),
            turns=people.texts("turns", False),
            looked_after=people.texts("looked_after", False),
            roles=people.texts("roles", False),
            introduced_by=people.texts("introduced_by", False),
            companions=people.texts("companions", False),
            handled=people.texts("handled", False),
            dating=people.texts("dating", False),
            addressed=people.texts("addressed", False),
            dated_by=people.texts("dated_by", False),
            dating_not=people.texts("dating_not", False),
            dated_then=people.texts("dated_then", False),
            objects=people.texts("objects", False),
            for_whom=people.texts("for_whom", False),
            after_object=people.texts("after_object", False),
            done_to=people.texts("done_to", False),
            introduces=people.texts("introduces", False),
            male=people.texts("male", False),
            female=people.texts("female", False),
            plural=people.texts("plural", False),
            same=_groups(people.sub("same", required=False)),
            chat_writer=people.texts("chat_writer", False),
            chat_you=people.texts("chat_you", False),
            chat_about=people.texts("chat_about", False),
            chat_not=people.texts("chat_not", False),
        ),
        reply=_reply_rules(out, r.sub("reply"), known),
        duration_flag=dur.text("flag"),
        duration_min_days=dur.integer("min_days"),
        duration_needs=known(dur, "needs", dur.texts("needs")),
        duration_alone_words=dur.integer("alone_words") if "alone_words" in dur.data else 0,
        duration_unless=known(dur, "unless", dur.texts("unless", False)),
        duration_steady=known(dur, "steady", dur.texts("steady", False)),
        duration_steady_pain=known(dur, "steady_pain", dur.texts("steady_pain", False)),
        duration_steady_signs=known(dur, "steady_signs", dur.texts("steady_signs", False)),
        duration_under=known(dur, "under", dur.texts("under", False)),
        duration_under_for=known(dur, "under_for", dur.texts("under_for", False)),
        duration_under_unless=known(dur, "under_unless", dur.texts("under_unless", False)),
        duration_under_past=dur.texts("under_past", False),
        duration_asked_care=known(dur, "asked_care", dur.texts("asked_care", False)),
        duration_asked_unless=known(dur, "asked_unless", dur.texts("asked_unless", False)),
        duration_names=known(dur, "names", dur.texts("names", False)),
        duration_earlier_for=known(dur, "earlier_for", dur.texts("earlier_for", False)),
        duration_began_with=known(dur, "began_with", dur.texts("began_with", False)),
        duration_began_days=dur.integer("began_days") if "began_days" in dur.data else 0,
        duration_began_unless=known(dur, "began_unless", dur.texts("began_unless", False)),
        duration_earlier_days=dur.integer("earlier_days") if "earlier_days" in dur.data else 0,
        duration_chronic_for=known(dur, "chronic_for", dur.texts("chronic_for", False)),
        duration_chronic_days=dur.integer("chronic_days") if "chronic_days" in dur.data else 0,
        duration_history_days=(dur.integer("history_days")
                               if "history_days" in dur.data else 0),
        duration_history_needs=known(dur, "history_needs", dur.texts("history_needs", False)),
        duration_neutral=known(dur, "neutral", dur.texts("neutral", False)),
        duration_pregnancy=dur.texts("pregnancy", False),
        duration_short_for=known(dur, "short_for", dur.texts("short_for", False)),
        duration_short_days=dur.integer("short_days") if "short_days" in dur.data else 0,
        duration_short_easing=known(dur, "short_easing", dur.texts("short_easing", False)),
        duration_timed_for=known(dur, "timed_for", dur.texts("timed_for", False)),
        duration_intense_for=known(dur, "intense_for", dur.texts("intense_for", False)),
        duration_intense_days=(dur.integer("intense_days")
                               if "intense_days" in dur.data else 0),
        duration_intense_unless=known(dur, "intense_unless",
                                      dur.texts("intense_unless", False)),
        duration_timed_days=dur.integer("timed_days") if "timed_days" in dur.data else 0,
        duration_dated=known(dur, "dated", dur.texts("dated", False)),
        duration_begun=dur.texts("begun", False),
        duration_owned=known(dur, "owned", dur.texts("owned", False)),
        duration_owned_unless=dur.texts("owned_unless", False),
        duration_unchanged=known(dur, "unchanged", dur.texts("unchanged", False)),
        duration_unchanged_days=(dur.integer("unchanged_days")
                                 if "unchanged_days" in dur.data else 0),
        duration_light=dur.texts("light", False),
        duration_self=dur.texts("self", False),
        duration_refers=dur.texts("refers", False),
        duration_part_ends=dur.texts("part_ends", False),
        duration_continuing=dur.texts("continuing", False),
        duration_aged=dur.texts("aged", False),
        soft_words=r.texts("soft", False),
        phrase_tails=r.texts("phrase_tails", False),
        tail_readings=r.texts("tail_readings", False),
        dropped_words=r.texts("dropped", False),
        dropped_inside=r.texts("dropped_inside", False),
        dropped_into=r.texts("dropped_into", False),
        as_written=known(r, "as_written", r.texts("as_written", False)),
        measured=_measured(out, r, known),
        readings=known(r, "readings", r.texts("readings", False)),
        where_only=known(r, "where_only", r.texts("where_only", False)),
        new_after=r.texts("new_after", False),
        compared_years=r.texts("compared_years", False),
        compared_glue=r.texts("compared_glue", False),
        spellings=_word_map(out, r, "spellings") if "spellings" in r.data else {},
        topics=known(r, "topics", r.texts("topics", False)),
        symptoms=r.texts("symptoms", False),
        stems_checked=r.texts("stems_checked", False),
        confirm=replies.texts("confirm", False),
        deny=replies.texts("deny", False),
        plain_no=replies.texts("plain_no", False),
        no_turned=replies.texts("no_turned", False),
        item_no=replies.texts("item_no", False),
        item_trouble=replies.texts("item_trouble", False),
        plain_yes=replies.texts("plain_yes", False),
        yes_turned=replies.texts("yes_turned", False),
        report=replies.texts("report", False),
        report_start=replies.texts("report_start", False),
        told_by=replies.texts("told_by", False),
        told_alone=replies.texts("told_alone", False),
        mine=replies.texts("mine", False),
        mine_leads=replies.texts("mine_leads", False),
        mine_verbs=replies.texts("mine_verbs", False),
        mine_then=replies.texts("mine_then", False),
        mine_turned=replies.texts("mine_turned", False),
        mine_ends=replies.texts("mine_ends", False),
        mine_selves=replies.texts("mine_selves", False),
        mine_recent=replies.texts("mine_recent", False),
        mine_dated=replies.texts("mine_dated", False),
        mine_lost=replies.texts("mine_lost", False),
        mine_lasting=replies.texts("mine_lasting", False),
        mine_lasting_then=replies.texts("mine_lasting_then", False),
        mine_lost_of=known(replies, "mine_lost_of", replies.texts("mine_lost_of", False)),
        not_started=replies.texts("not_started", False),
        views=replies.texts("views", False),
        made_light=replies.texts("made_light", False),
        admits=replies.texts("admits", False),
        admits_after=replies.texts("admits_after", False),
        taken_since=known(replies, "taken_since", replies.texts("taken_since", False)),
        returned=replies.texts("returned", False),
        returned_after=replies.texts("returned_after", False),
        telling=replies.texts("telling", False),
        functions=_functions(r, known),
        sections=_sections(out, r),
        ages=context.texts("ages", False),
        age_before=age_before,
        age_after=age_after,
        age_is_from=age_is_from,
        age_groups=age_groups,
        age_tags=ages_now.texts("tags", False),
        age_opens_from=ages_now.integer("opens_from") if "opens_from" in ages_now.data else 0,
        age_opening=ages_now.texts("opening", False),
        age_own=ages_now.texts("own", False),
        age_then=ages_now.texts("then", False),
        age_decades=ages_now.texts("decades", False),
        age_later=ages_now.texts("later", False),
        age_ordinal=ages_now.texts("ordinal", False),
        conditions=context.texts("conditions", False),
        whether_after=context.texts("whether_after", False),
        condition_joins=context.texts("condition_joins", False),
        main_opens=context.texts("main_opens", False),
        condition_times=context.texts("condition_times", False),
        condition_ellipses=context.texts("condition_ellipses", False),
        condition_weighed=context.texts("condition_weighed", False),
        condition_dated=context.texts("condition_dated", False),
        supposing=context.texts("supposing", False),
        supposing_before=context.texts("supposing_before", False),
        list_joins=context.texts("list_joins", False),
        list_clauses=context.texts("list_clauses", False),
        list_states=context.texts("list_states", False),
        list_denies=context.texts("list_denies", False),
        list_alternatives=context.texts("list_alternatives", False),
        fine_before=context.texts("fine_before", False),
        goes_on=context.texts("goes_on", False),
        goes_on_with=context.texts("goes_on_with", False),
        returns=context.texts("returns", False),
        returns_bare=context.texts("returns_bare", False),
        returns_after=context.texts("returns_after", False),
        returns_when=context.texts("returns_when", False),
        returns_gone=context.texts("returns_gone", False),
        cause_denies=context.texts("cause_denies", False),
        counted=context.texts("counted", False),
        subjects=context.texts("subjects", False),
        asking=context.texts("asking", False),
        not_asking=context.texts("not_asking", False),
        question_starts=context.texts("question_starts", False),
        about_them=context.texts("about_them", False),
        refers=context.texts("refers", False),
        likened=context.texts("likened", False),
        corrections=_corrections(out, context, known),
        frames=_frames(r),
        changed=context.texts("changed", False),
        unchanged=context.texts("unchanged", False),
        same_as=context.texts("same_as", False),
        same_times=context.texts("same_times", False),
        same_reach=context.integer("same_reach") if "same_reach" in context.data else 0,
        tied=context.texts("tied", False),
        dictated=_dictated(out, r),
        course=_course(out, r, known),
    )


def _properties(out: Collector, found: Fields, key: str) -> tuple[str, ...]:
    """A list of context properties by name (a rule's `unless`, `dictated.crosses`): each
    must be one the context model knows, or start-up names the file, line and field."""
    names = found.texts(key, False)
    for name in names:
        if name not in CONTEXT:
            out.add(found.file, found.line_of(key), f"{found.where}.{key}",
                    f"unknown property '{name}' (known: {', '.join(CONTEXT)})")
    return names


def _corrections(out: Collector, context: Fields,
                 known: Callable[[Fields, str, tuple[str, ...]], tuple[str, ...]]
                 ) -> Corrections:
    """`context.corrections`: how a writer takes back what they just said (`Corrections`)."""
    found = context.sub("corrections", required=False)
    if not found.data:
        return Corrections()
    return Corrections(
        markers=found.texts("markers"),
        takes_back=found.texts("takes_back", False),
        opens=found.texts("opens", False),
        pro_forms=found.texts("pro_forms", False),
        negatives=found.texts("negatives", False),
        auxiliaries=found.texts("auxiliaries", False),
        not_after=found.texts("not_after", False),
        back_refs=found.texts("back_refs", False),
        interjections=found.texts("interjections", False),
        openers=found.texts("openers", False),
        degrees=found.texts("degrees", False),
        milder=found.texts("milder", False),
        glosses=found.texts("glosses", False),
        gloss_milder=found.texts("gloss_milder", False),
        broad=known(found, "broad", found.texts("broad", False)),
        keeps=known(found, "keeps", found.texts("keeps", False)),
        carries=_properties(out, found, "carries"),
        worse=known(found, "worse", found.texts("worse", False)),
        also=found.texts("also", False),
        excess=found.texts("excess", False),
        hedges=found.texts("hedges", False),
    )


def _frames(r: Fields) -> Frames:
    """`frames`: how a message is put as a case for study or a test (`Frames`)."""
    found = r.sub("frames", required=False)
    if not found.data:
        return Frames()
    return Frames(marks=found.texts("marks"), said=found.texts("said", False),
                  own=found.texts("own", False), now=found.texts("now", False),
                  kin=found.texts("kin", False), cases=found.texts("cases", False))


def _course(out: Collector, r: Fields,
            known: Callable[[Fields, str, tuple[str, ...]], tuple[str, ...]]) -> CourseWords:
    """`course`: how the course of a pain is read as told (`CourseWords`)."""
    found = r.sub("course", required=False)
    if not found.data:
        return CourseWords()
    before: dict[str, int] = {}
    raw = found.data.get("before") or {}
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, int)
                                            for k, v in raw.items()):
        out.add(r.file, found.line_of("before"), f"{found.where}.before",
                "must map a phrase to a number of days")
    else:
        before = {" ".join(k.split()): v for k, v in raw.items()}

    def days(key: str) -> int:
        return found.integer(key) if key in found.data else 0

    return CourseWords(
        worse=found.texts("worse"), better=found.texts("better"), same=found.texts("same"),
        negations=found.texts("negations", False), usual=found.texts("usual", False),
        now=found.texts("now", False), start=found.texts("start", False),
        later=found.texts("later", False), ago=found.texts("ago", False), before=before,
        about=known(found, "about", found.texts("about")),
        same_then=found.texts("same_then", False), unreal=found.texts("unreal", False),
        asking=found.texts("asking", False), contrast=found.texts("contrast", False),
        worse_then=found.texts("worse_then", False),
        partial=found.texts("partial", False),
        things=found.texts("things", False),
        events=found.texts("events", False),
        history_days=days("history_days"),
        worse_days=days("worse_days"), same_days=days("same_days"),
        outlasted_days=days("outlasted_days"),
        spread_days=days("spread_days"),
        spread=known(found, "spread", found.texts("spread", False)),
        others=known(found, "others", found.texts("others", False)),
        pain_words=found.texts("pain_words", False),
        strength_words=found.texts("strength_words", False),
        deficit_words=found.texts("deficit_words", False),
        effort_words=found.texts("effort_words", False),
        counted_words=found.texts("counted_words", False),
        sides=found.texts("sides", False),
        deficit_flag=found.text("deficit_flag", False),
        deficit_about=known(found, "deficit_about", found.texts("deficit_about", False)))


def _dictated(out: Collector, r: Fields) -> Dictation:
    """`dictated`: how a message typed or dictated in one breath is read (`Dictation`)."""
    found = r.sub("dictated", required=False)
    if not found.data:
        return Dictation()
    raw = found.data.get("heard") or []
    heard: list[Homophone] = []
    for i, item in enumerate(raw if isinstance(raw, list) else ()):
        fh = Fields(out, r.file, item, f"{found.where}.heard[{i}]")
        both, capitals = fh.boolean("both"), fh.boolean("capitals")
        if fh.ok and not any(fh.data.get(k) for k in ("after", "before", "before_endings")):
            out.add(r.file, fh.line, fh.where, "needs `after` or `before`: a misheard word is "
                    "read as meant only where the words beside it say so")
        heard.append(Homophone(said=fh.text("said"), means=fh.text("means"),
                               after=fh.texts("after", False), before=fh.texts("before", False),
                               before_endings=fh.texts("before_endings", False),
                               not_before=fh.texts("not_before", False),
                               not_after=fh.texts("not_after", False), both=both,
                               capitals=capitals))
    return Dictation(
        min_words=found.integer("min_words"),
        joins=found.texts("joins"),
        opens=found.texts("opens", False),
        starts=found.texts("starts"),
        times=found.texts("times", False),
        binds=found.texts("binds", False),
        owners=found.texts("owners", False),
        verbs=found.texts("verbs", False),
        reflects=found.texts("reflects", False),
        holds=found.texts("holds", False),
        crosses=_properties(out, found, "crosses"),
        skip=found.texts("skip", False),
        heard=tuple(heard),
        whole=found.texts("whole", False),
    )


def _ages_now(out: Collector, r: Fields) -> tuple[
        tuple[str, ...], tuple[str, ...], int, dict[str, tuple[int, int]]]:
    """`ages_now`: the words around a number that make it an age said now, and the groups
    of ages that are concepts (`age_older: [50, 120]`)."""
    found = r.sub("ages_now", required=False)
    if not found.data:
        return (), (), 0, {}
    groups: dict[str, tuple[int, int]] = {}
    raw = found.data.get("groups") or {}
    for name, span in (raw.items() if isinstance(raw, dict) else ()):
        if (not isinstance(span, list) or len(span) != 2
                or not all(isinstance(n, int) for n in span) or span[0] > span[1]):
            out.add(r.file, found.line_of("groups"), f"ages_now.groups.{name}",
                    "must be [lowest, highest], two whole numbers")
            continue
        groups[str(name)] = (span[0], span[1])
    is_from = found.integer("is_from") if "is_from" in found.data else 0
    return found.texts("before"), found.texts("after"), is_from, groups


def _functions(r: Fields, known: Callable[[Fields, str, tuple[str, ...]], tuple[str, ...]]
               ) -> dict[str, tuple[str, ...]]:
    """`functions`: name -> the concepts that tell of that body function."""
    found = r.sub("functions", required=False)
    return {name: known(found, name, found.texts(name)) for name in found.data}


def _groups(found: Fields) -> dict[str, tuple[str, ...]]:
    """A mapping of names to lists of words (`same` in `people`)."""
    return {name: found.texts(name) for name in found.data}


def _sections(out: Collector, r: Fields) -> dict[str, tuple[str, ...]]:
    """`sections`: what a heading makes of the signs under it -> the headings."""
    found = r.sub("sections", required=False)
    for name in found.data:
        if name not in SECTIONS:
            out.add(r.file, found.line_of(name), f"sections.{name}",
                    f"unknown section kind (known: {', '.join(SECTIONS)})")
    return _groups(found)


_DIRECTIONS = ("forward", "backward", "both")
_WITHIN = ("clause", "sentence", "message")


def _one_of(fr: Fields, key: str, allowed: tuple[str, ...], default: str = "") -> str:
    value = fr.text(key, not default) or default
    if value not in allowed:
        fr.out.add(fr.file, fr.line_of(key), f"{fr.where}.{key}",
                   f"must be one of {', '.join(allowed)}, not '{value}'")
    return value


def _measured(
    out: Collector, r: Fields, known: Callable[[Fields, str, tuple[str, ...]], tuple[str, ...]]
) -> tuple[Measured, ...]:
    """`measured`: each entry a concept (`is`), the `least` number and the `units` that say
    it, the words (`not_after`, `not_before`) that make the number something else, and
    the concepts (`after`, up to `within` words before it) it must be told after."""
    if "measured" not in r.data:
        return ()
    found: list[Measured] = []
    for i, item in _items(out, r.file, r.data.get("measured")):
        fr = Fields(out, r.file, item, f"measured[{i}]")
        concept = known(fr, "is", (fr.text("is"),))[0]
        within = fr.integer("within") if "within" in fr.data else 0
        after = known(fr, "after", fr.texts("after", False)) if "after" in fr.data else ()
        found.append(Measured(concept, fr.integer("least"), fr.texts("units"),
                              fr.texts("not_after", False), after, within,
                              fr.texts("not_before", False)))
    return tuple(found)


def _context_rules(
    out: Collector, r: Fields, known: Callable[[Fields, str, tuple[str, ...]], tuple[str, ...]]
) -> tuple[ContextRule, ...]:
    rules: list[ContextRule] = []
    for i, item in _items(out, r.file, r.data.get("rules")):
        fr = Fields(out, r.file, item, f"context.rules[{i}]")
        unless = _properties(out, fr, "unless")
        flags = {key: fr.boolean(key, default)
                 for key, default in (("generic", False), ("anchors", True), ("question", False),
                                      ("weak", False), ("contrast", False),
                                      ("lists", False), ("ends", False), ("alone", False),
                                      ("opens", False), ("closed", False), ("whole", False),
                                      ("cause", False), ("inside", False), ("years", False))}
        scope = fr.integer("scope")
        if scope < 1 and fr.ok and "scope" in fr.data:
            out.add(r.file, fr.line_of("scope"), f"{fr.where}.scope", "must be 1 or more")
        if fr.data.get("within") == "message" and not fr.data.get("only"):
            out.add(r.file, fr.line_of("within"), f"{fr.where}.within",
                    "a rule for the whole message needs `only`: the concepts it speaks of")
        rules.append(ContextRule(
            category=_one_of(fr, "is", CONTEXT),
            direction=_one_of(fr, "direction", _DIRECTIONS),
            scope=scope,
            within=_one_of(fr, "within", _WITHIN, "clause"),
            terms=fr.texts("terms"),
            stop=fr.texts("stop", False),
            unless=unless,
            generic=flags["generic"],
            anchors=flags["anchors"],
            question=flags["question"],
            weak=flags["weak"],
            contrast=flags["contrast"],
            lists=flags["lists"],
            ends=flags["ends"],
            alone=flags["alone"],
            opens=flags["opens"],
            closed=flags["closed"],
            whole=flags["whole"],
            cause=flags["cause"],
            inside=flags["inside"],
            years=flags["years"],
            only=known(fr, "only", fr.texts("only", False)),
            never=known(fr, "never", fr.texts("never", False)),
            needs=fr.texts("needs", False),
            unsaid=fr.texts("unsaid", False),
            followed_by=fr.texts("followed_by", False),
            line=fr.line,
        ))
    return tuple(rules)


def _reply_rules(
    out: Collector, r: Fields, known: Callable[[Fields, str, tuple[str, ...]], tuple[str, ...]]
) -> ReplyRules:
    properties = (*CONTEXT, *EXPERIENCERS[1:])

    def table(fields: Fields) -> dict[str, str]:
        result: dict[str, str] = {}
        for prop in fields.data:
            action = fields.text(prop)
            if prop not in properties:
                out.add(r.file, fields.line_of(prop), f"{fields.where}.{prop}",
                        f"unknown property '{prop}' (known: {', '.join(properties)})")
            elif action not in REPLIES:
                out.add(r.file, fields.line_of(prop), f"{fields.where}.{prop}",
                        f"must be one of {', '.join(REPLIES)}, not '{action}'")
            else:
                result[prop] = action
        return result

    order = r.texts("order")
    for prop in order:
        if prop not in properties:
            out.add(r.file, r.line_of("order"), f"{r.where}.order", f"unknown property '{prop}'")
    flags_r = r.sub("flags", required=False)
    concepts_r = r.sub("concepts", required=False)
    known(r, "concepts", tuple(concepts_r.data))
    concepts = {name: table(concepts_r.sub(name)) for name in concepts_r.data}
    by_flag_r = r.sub("flag_concepts", required=False)
    flag_concepts: dict[str, dict[str, dict[str, str]]] = {}
    for flag in by_flag_r.data:
        one = by_flag_r.sub(flag)
        known(by_flag_r, flag, tuple(one.data))
        flag_concepts[flag] = {name: table(one.sub(name)) for name in one.data}
    places = r.sub("places", required=False)
    ignored = places.texts("ignore", False)
    for prop in ignored:
        if prop not in properties:
            out.add(r.file, places.line_of("ignore"), f"{places.where}.ignore",
                    f"unknown property '{prop}'")
    where = known(places, "concepts", places.texts("concepts", False))
    for name in where:
        concepts[name] = {**{prop: "warn" for prop in ignored}, **concepts.get(name, {})}
    return ReplyRules(
        order=order,
        default=table(r.sub("default")),
        flags={flag: table(flags_r.sub(flag)) for flag in flags_r.data},
        concepts=concepts,
        flag_concepts=flag_concepts,
        places=frozenset(where),
        local=frozenset(known(places, "local", places.texts("local", False))),
        elsewhere=frozenset(known(places, "elsewhere", places.texts("elsewhere", False))),
        own=frozenset(known(places, "own", places.texts("own", False))),
    )


def _messages(out: Collector, r: Fields) -> dict[str, str]:
    messages: dict[str, str] = {}
    for key in r.data:
        messages[key] = r.text(key)
    for key in REQUIRED_MESSAGES:
        if key not in messages and r.ok:
            out.add(r.file, r.line, key, "is missing")
    return messages


def _check_references(
    out: Collector,
    sources: dict[str, Source],
    entries: dict[str, Entry],
    routine: Routine,
    redflags: RedFlagGuide,
    triage: TriageRules,
) -> None:
    def need_source(file: str, line: int, owner: str, ids: tuple[str, ...]) -> None:
        for sid in ids:
            if sid not in sources:
                out.add(file, line, "source", f"{owner}: unknown source '{sid}'")

    for entry in entries.values():
        need_source(entry.file, entry.line, entry.id, entry.sources)
        if isinstance(entry, Faq):
            for rid in entry.related:
                if rid not in entries:
                    out.add(entry.file, entry.line, "related", f"{entry.id}: unknown entry '{rid}'")
    exercises = {e.id for e in entries.values() if isinstance(e, Exercise)}
    for step in routine.steps:
        if step.exercise and step.exercise not in exercises:
            out.add(routine.file, routine.line, "exercises",
                    f"unknown exercise '{step.exercise}'")
    flag_ids = {flag.id for flag in redflags.flags}
    for flag in redflags.flags:
        need_source(redflags.file, redflags.line, f"red flag {flag.id}", flag.sources)
        if flag.id not in triage.patterns and flag.id != triage.duration_flag:
            out.add(redflags.file, redflags.line, "flags",
                    f"red flag '{flag.id}' has no patterns in triage.yaml")
    triage_file = str(Path(redflags.file).with_name("triage.yaml"))
    # A risk factor found beside ordinary back pain gets its flag's calm line for it.
    by_id = {flag.id: flag for flag in redflags.flags}
    for flag_id, combos in triage.risks.items():
        for combo in combos:
            if flag_id in by_id and combo[0] not in by_id[flag_id].risks:
                out.add(redflags.file, redflags.line, "risks",
                        f"red flag '{flag_id}' has no line for the risk '{combo[0]}'")
    for flag_id in (*triage.patterns, *triage.across, *triage.in_clause, *triage.kinds,
                    *triage.risks, triage.duration_flag, triage.course.deficit_flag):
        if flag_id and flag_id not in flag_ids:
            out.add(triage_file, 1, "patterns", f"unknown red flag '{flag_id}'")
    for flag_id in triage.symptoms:
        if flag_id not in flag_ids:
            out.add(triage_file, 1, "symptoms", f"unknown red flag '{flag_id}'")
    for flag_id in (*triage.reply.flags, *triage.reply.flag_concepts):
        if flag_id not in flag_ids:
            out.add(triage_file, 1, "reply.flags", f"unknown red flag '{flag_id}'")
