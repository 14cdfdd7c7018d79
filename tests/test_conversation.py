"""The conversation layer, pure: typed words, memory, moves, flows, follow-ups, and the
terminal chat that uses them as Telegram does."""

from __future__ import annotations

import pytest

from bot.conversation import Memory, State, actions, cards, press, respond
from bot.conversation.flows import symptom_questions
from bot.conversation.moves import (
    check,
    entry,
    expand,
    feedback,
    from_payload,
    parse,
    payload,
    shorten,
    walk,
)
from bot.conversation.state import CHECK, ROUTINE
from bot.conversation.words import words_for
from bot.knowledge import Knowledge, KnowledgeError, load

# --------------------------------------------------------------------------- words


@pytest.mark.parametrize(("text", "word"), [
    ("next", "next"), ("Nxet!!", "next"), ("ok next please", "next"), ("carry on", "next"),
    ("back", "back"), ("go back", "back"), ("bcak", "back"),
    ("stop", "stop"), ("STOP!", "stop"), ("stpo", "stop"), ("stop, it hurts", "stop"),
    ("yes", "yes"), ("yesss", "yes"), ("yse", "yes"), ("yes, both legs", "yes"),
    ("a bit", "yes"),  # a little of a sign is the sign
    ("no", "no"), ("nooo", "no"), ("nope", "no"), ("no, not really", "no"),
    ("not sure", "not_sure"), ("dunno", "not_sure"), ("idk", "not_sure"), ("no idea", "not_sure"),
    ("help", "menu"), ("HELP!!", "menu"), ("please help", "menu"), ("hlep", "menu"),
    ("start", "menu"), ("strat", "menu"), ("menu", "menu"), ("☰ Menu", "menu"),
    ("resume", "resume"),
])
def test_flow_words_as_people_type_them(kb: Knowledge, text: str, word: str) -> None:
    assert words_for(kb).flow_word(text) == word


@pytest.mark.parametrize("text", [
    "hello", "step", "text", "why", "ok", "I have back pain, please help",
    "how do i do the knee to chest stretch", "my leg is numb", "", "?!",
    "i have numbness between my legs",  # never "yes" without saying yes
])
def test_other_messages_are_not_flow_words(kb: Knowledge, text: str) -> None:
    assert words_for(kb).flow_word(text) is None


def test_a_conversation_section_with_an_unknown_key_is_refused(knowledge_copy) -> None:
    path = knowledge_copy / "language.yaml"
    path.write_text(path.read_text() + "  nexxt: [next]\n")
    with pytest.raises(KnowledgeError, match=r"conversation\.nexxt"):
        load(knowledge_copy)


def test_without_a_conversation_section_the_engine_still_answers(knowledge_copy) -> None:
    path = knowledge_copy / "language.yaml"
    text = path.read_text()
    path.write_text(text[: text.index("\n# Words that steer a conversation")] + "\n")
    kb = load(knowledge_copy)
    turn = respond(kb, "how many reps should i do", State())
    assert turn.answer.id == "reps-and-sets"
    assert respond(kb, "next", turn.state).answer.kind != "step"


@pytest.mark.parametrize(("text", "rest"), [
    ("hi, i have sciatica, what should i do first?", "i have sciatica, what should i do first?"),
    ("Hello! how many reps?", "how many reps?"), ("hi there how are you", "how are you"),
    ("hi", "hi"), ("hey there", "hey there"), ("hi.", "hi."), ("history of cancer",
                                                              "history of cancer"),
])
def test_a_greeting_in_front_of_a_question_is_set_aside(kb: Knowledge, text: str,
                                                        rest: str) -> None:
    assert words_for(kb).without_greeting(text) == rest


# --------------------------------------------------------------------------- memory


def test_memory_forgets_after_thirty_minutes_of_silence() -> None:
    now = [0.0]
    memory = Memory(clock=lambda: now[0])
    memory.put("a", State(entry="mri"))
    now[0] = 29 * 60
    assert memory.get("a").entry == "mri"
    memory.put("a", State(entry="mri"))  # each message starts the 30 minutes again
    now[0] = 58 * 60
    assert memory.get("a").entry == "mri"
    now[0] = 89 * 60
    assert memory.get("a") == State()
    assert len(memory) == 0


def test_memory_is_bounded_and_forgets_the_longest_silent_first() -> None:
    now = [0.0]
    memory = Memory(max_chats=3, clock=lambda: now[0])
    for chat in "abcd":
        now[0] += 1
        memory.put(chat, State(entry=chat))
    assert len(memory) == 3 and memory.get("a") == State()
    memory.put("b", State(entry="b2"))  # b spoke again: c is now the longest silent
    memory.put("e", State(entry="e"))
    assert memory.get("c") == State() and memory.get("b").entry == "b2"


def test_memory_keeps_ids_and_positions_never_words(kb: Knowledge) -> None:
    text = "how do I do the piriformis stretch, my name is Sam"
    turn = respond(kb, text, State())
    assert all(not isinstance(v, str) or v in kb.entries or v in ("routine", "check")
               for v in vars(turn.state).values())
    assert "Sam" not in repr(turn.state)


def test_a_message_is_forgotten_once_answered(kb: Knowledge) -> None:
    """The engine drops its analysis of a message after answering; the conversation's reading
    of the same words (flow words, follow-up cues) keeps nothing either."""
    from bot.engine import compile_knowledge

    analyzer = compile_knowledge(kb).analyzer
    for text in ("how long do i hold it", "is my posture ok", "ok going now", "next"):
        respond(kb, text, State(entry="piriformis-stretch", warning="cauda-equina"))
        words_for(kb).says(text, "picture")
        assert all(cache.cache_info().currsize == 0 for cache in analyzer._caches), text


# --------------------------------------------------------------------------- moves


@pytest.mark.parametrize("move", ["e:mri", "c:routine", "rt:3", "rt:stop:2", "rt:done", "sc:0",
                                  "sc:4:n:5", "sc:4:u:0", "sc:stop", "rf:urgent", "m:1:mri",
                                  "f:1:mri", "x:none"])
def test_moves_read_back(move: str) -> None:
    assert parse(move) is not None


@pytest.mark.parametrize("move", ["", "x", "rt:-1", "rt:x", "rt:1:2:3", "sc:0:maybe",
                                  "sc:1:y:z", "sc:", "m:x:mri", "f:mri", "e:"])
def test_nonsense_is_not_a_move(move: str) -> None:
    assert parse(move) is None


def test_long_entry_ids_are_shortened_and_found_again(kb: Knowledge) -> None:
    from dataclasses import replace

    long_id = "an-entry-" + "x" * 80
    patched = replace(kb, entries={**kb.entries, long_id: kb.entries["mri"]})
    for move in (entry(long_id), feedback(long_id, True), f"m:2:{long_id}"):
        data = shorten(move)
        assert len(data.encode()) <= 64
        assert expand(patched, data) == move


def test_deep_link_payloads_open_only_personal_flows() -> None:
    for move in (check(0), walk(0), walk(4)):
        assert from_payload(payload(move)) == move
    assert payload(check(0)) == "check" and payload(walk(0)) == "routine"
    assert from_payload("e-mri") is None and from_payload("nonsense") is None


# --------------------------------------------------------------------------- flows


def test_the_walk_through_says_the_general_advice_once(kb: Knowledge) -> None:
    first = press(kb, walk(0), State())
    second = press(kb, walk(1), State())
    assert first is not None and second is not None
    advice = kb.routine.stop_if
    assert advice in first.answer.body and advice not in second.answer.body
    for index in range(len(kb.routine.steps)):
        step = press(kb, walk(index), State())
        assert step is not None
        exercise = kb.entries[kb.routine.steps[index].exercise]
        assert all(c not in step.answer.body for c in exercise.cautions)  # type: ignore[attr-defined]


def test_the_symptom_check_remembers_not_sure_in_its_moves(kb: Knowledge) -> None:
    questions = symptom_questions(kb)
    turn = press(kb, check(0, "u"), State())
    assert turn is not None and turn.state == State(flow=CHECK, position=1, unsure=1)
    assert [a.move for a in actions(kb, turn)[0]] == [check(1, "y", 1), check(1, "n", 1),
                                                      check(1, "u", 1)]
    end = press(kb, check(len(questions) - 1, "n", 1), State())
    assert end is not None and end.answer.id == "unsure"
    assert questions[0][0] in end.answer.body


def test_yes_in_the_check_is_that_flags_emergency(kb: Knowledge) -> None:
    state = State(flow=CHECK, position=2)
    turn = respond(kb, "yes and i have a fever", state)  # a same-day sign too: yes wins
    assert turn.answer.level == "emergency"
    assert turn.answer.id == symptom_questions(kb)[2][1].id
    assert turn.state.flow is None


# --------------------------------------------------------------------------- follow-ups


@pytest.mark.parametrize(("text", "expected"), [
    ("how long do i hold it", "hold"), ("and how many?", "reps"), ("is that one safe", "safe"),
    ("what does it do", "purpose"), ("how do i do it", "steps"),
])
def test_follow_ups_about_the_exercise_shown_last(kb: Knowledge, text: str, expected: str) -> None:
    stretch = kb.entries["piriformis-stretch"]
    turn = respond(kb, text, State(entry=stretch.id))
    assert turn.answer.id == stretch.id and turn.answer.kind == "exercise"
    body = turn.answer.body
    parts = {"hold": stretch.hold, "reps": stretch.reps,  # type: ignore[attr-defined]
             "safe": stretch.cautions[0], "purpose": stretch.purpose,  # type: ignore[attr-defined]
             "steps": stretch.steps[0]}  # type: ignore[attr-defined]
    assert parts[expected] in body
    assert len(body) < len(cards(kb, respond(kb, "piriformis stretch", State()).answer)[0].body)


@pytest.mark.parametrize("text", ["how long until it works", "is it safe during pregnancy",
                                  "how long do i hold the wall squat", "what is an mri"])
def test_new_questions_are_not_follow_ups(kb: Knowledge, text: str) -> None:
    turn = respond(kb, text, State(entry="piriformis-stretch"))
    assert not (turn.answer.id == "piriformis-stretch" and turn.answer.kind == "exercise")


def test_a_follow_up_about_a_faq_is_a_new_question(kb: Knowledge) -> None:
    turn = respond(kb, "how many reps?", State(entry="mri"))
    assert turn.answer.id == "reps-and-sets"


def test_an_emergency_ends_every_flow(kb: Knowledge) -> None:
    for state in (State(flow=ROUTINE, position=3), State(flow=CHECK, position=1, unsure=1)):
        turn = respond(kb, "i cant feel my bum when i wipe", state)
        assert turn.answer.level == "emergency"
        assert turn.state == State(warning=turn.answer.id)


def test_a_soon_warning_puts_the_answer_first(kb: Knowledge) -> None:
    turn = respond(kb, "my back has hurt for 8 weeks, how many reps should i do", State())
    assert turn.answer.kind == "urgent" and turn.answer.level == "soon"
    first, second = cards(kb, turn.answer)
    assert first.id == "reps-and-sets" and second.id == turn.answer.id
    same_day = respond(kb, "back pain and a fever, how many reps should i do", State())
    assert [c.kind for c in cards(kb, same_day.answer)] == ["urgent", "faq"]


# --------------------------------------------------------------------------- terminal


def test_the_terminal_chat_has_the_same_memory_and_words(kb: Knowledge) -> None:
    from bot.terminal.chat import run

    out: list[str] = []
    lines = ["pirifomis stretch", "how long do i hold it", "/routine", "1", "nxet", "back",
             "stop", "resume", "help", "/redflags", "1", "no", "not sure", "stop"]
    run(kb, lines, out.append)
    replies = out[2:]
    stretch = kb.entries["piriformis-stretch"]
    steps = [kb.entries[s.exercise].title for s in kb.routine.steps]
    assert replies[1].startswith(f"bot> {stretch.title}") and stretch.hold in replies[1]
    assert "[1] " + kb.message("button_walk_through") in replies[2]
    assert steps[0] in replies[3] and steps[1] in replies[4] and steps[0] in replies[5]
    assert kb.message("routine_stopped", step="1", total=str(len(steps))) in replies[6]
    assert steps[0] in replies[7]
    assert kb.message("menu").splitlines()[0] in replies[8]
    questions = symptom_questions(kb)
    assert questions[0][0] in replies[10] and questions[1][0] in replies[11]
    assert questions[2][0] in replies[12]
    assert kb.message("symptom_check_stopped").split(".")[0] in replies[13]


def test_a_yes_later_does_not_resume_a_stopped_walk_through(kb):
    """A stopped walk-through goes on when asked to ('resume', 'next'); a bare 'yes' typed
    later, after /forget's question for example, is not that request."""
    paused = State(flow=ROUTINE, position=4, paused=True)
    assert respond(kb, "yes", paused).answer.kind != "step"
    assert respond(kb, "resume", paused).answer.kind == "step"
