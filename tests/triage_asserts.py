"""What a probe test asserts about an answer (a warning, or an entry offered), written once for
every file of probes. Triage probes that only need a warning or its absence are data, in
tests/probes/*.tsv, all read by tests/test_triage_probes.py."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from bot.engine import Answer

LEARNED_ALARMS: dict[str, str] = {
    # Hand-written near misses the learned second reader warns on (stop 24) and no general
    # gate in knowledge/learned.yaml tells from a sign yet: clear false alarms, kept failing
    # as strict expected failures. The model reads words, not what they are about: an
    # animal's legs, a spill, a plan to be away, a body part that is a pony's.
    "I keep thinking about how I hurt myself lifting that box": "an injury, read as self-harm",
    "I've got life insurance in case something happens to me on the motorbike":
        "insurance, read as distress",
    "writing letters to my MP about the waiting list": "letters, read as farewells",
    "I've found a way out of the pain at last: swimming every day": "a way out of pain",
    "I won't be around for the next session, I'm away": "away, read as distress",
    "Bought a rope for the washing line. No more pegs on the floor.":
        "a washing line, read as distress",
    "I've had back and leg pain for 7 months now and had two steroid injections at the spine"
    " clinic. Is walking ok?": "under a specialist's care, read as a serious illness",
    # Refitted on stop 25's development sets (do, dp, dq, final26 as holdout31); refitted
    # again with scope25's probes, 'ETA on the leg pain going' is calm, and with answers25's,
    # 'my son is in year 10 and i have back pain' (0.899, under its bar of 0.90); refitted
    # with triage25's probes, the first warns again: the refit churn learn_flips counts.
    # Refitted with questions26's probes (stop 26), 'ETA on the leg pain going' and 'my son
    # is in year 10 and i have back pain' are calm again and leave the list.
    # Refitted on stop 25's held-out sets and stop 26's development sets (move26):
    "the physio reviews my leg every 6 months, no change, it's stable":
        "a stable leg under review, read as persistent pain (0.95)",
    # Refitted on stop 26's held-out sets and stop 27's development sets (move27); a son's
    # school year, a flare after a long walk and a question about positions at night left the
    # list at learned28 (a person, a place, a time of day or a course is no sign: learned.yaml
    # `topics`, `places`, `times`, `courses`). The refit of move29 (stop 27's held-out and
    # stop 28's development sets) put a wish to wake without stiffness and a slip on a greasy
    # floor under the bar: they left the list.
    # Refitted on stop 30's sets (move31): a plan to be away on Friday falls under the bar and
    # leaves the list; a wish to wake without stiffness (distress 0.87, its bar 0.85; the rules
    # read a self-harm concept in "wish I could wake up") and a question on when the leg pain
    # goes (persistent pain 0.952, its bar 0.95) cross it again. learned31: a wish alone
    # earns distress no bar under the default (learned.yaml `weak_signs`): the first leaves.
    # learned32: persistent pain with no time told needs a higher bar (`untimed`): "ETA on
    # the leg pain going" leaves.
    # Refitted on stop 31's sets (move32): a plan to be away on Friday crosses distress's bar
    # again (0.903 against 0.85), the refit's churn. Refitted on stop 33's sets (move34): it
    # falls under the bar and leaves; a wish to sleep through the night without waking in
    # pain crosses distress's bar again (it left at move33), and a pain no better after
    # injections at a spine clinic (care told as going on, learned33's calm note) crosses
    # persistent pain's: the refit's churn, for learned34.
    # learned34: a wish whose object is sleep or the pain gone is a normal wish (triage.yaml,
    # `unsaid` of distress in learned.yaml): the wish to sleep through and the wish that the
    # pain would go away leave. The rules' calm note for care in hand as a gate (`calmed`
    # under_care) loses a catch the rules misread as care ("go back to the doctor"): not
    # taken, so the pain no better after injections at a spine clinic stays.
    # Refitted on stop 34's sets (move35): coffee grounds spilt on a kitchen floor fall under
    # the bar and leave the list (listed since stop 24); not running again because of getting
    # old, beside a plan for walking, crosses distress's bar (learned34 had it calm): the
    # refit's churn, for learned35.
    # learned35: a plan whose object is exercise or the pain's care is a normal plan (the
    # rules, triage.yaml), and naming it no crisis (learned.yaml `unsaid` of distress), a
    # time alone ("next week") is half of one (`weak_signs`): both plans for walking leave.
    # Coffee grounds spilt are calm by a gate too: a look alone is no sign (`looks`) and
    # "all over the floor" is where, not an ending (triage.yaml `pseudo`).
    # Refitted on stop 35's sets (move36): an age of first pain under 50 ("at 30 I had my first
    # back pain, now it's back", listed since stop 24) falls under the bar and leaves; a dress
    # size dropped on purpose beside a sore back crosses serious illness's bar (0.91): the
    # refit's churn, for learned36.
    "I've dropped a dress size since Easter on purpose and my back is sore.":
        "weight lost on purpose, read as a serious illness",
    # Refitted on stop 36's sets (move37): a plain first question ("i have sciatica and dont
    # know where to start", listed since stop 24) falls under the bar and leaves; a plan to go
    # back to the GP rather than "end up on tramadol" crosses distress's bar (0.90), and three
    # months of leg pain with a surgeon's "wait and see" persistent pain's (0.955): the refit's
    # churn, for the pass.
    # Refitted on stop 37's sets (move38): the pain no better after injections at a spine
    # clinic (listed since move34), the medicine not wanted and the surgeon's "wait and see"
    # fall under their bars and leave; a clinic note that denies perianal numbness, urinary
    # hesitancy and bowel incontinence crosses cauda equina's (the refit's churn, for the
    # pass: the rules read the denial). alarms38: every concept of the flag's sign read as
    # denied, the reader needs `denied_sure` (learned.yaml): the clinic note leaves.
    # Refitted on stop 38's sets (move39): the pain no better after injections at a spine
    # clinic crosses persistent pain's bar again (0.96; it left at move38): the refit's churn.
    # The rules do not warn: care in hand is a note. The surgeon's "wait and see" crosses it
    # again too (0.956; it left at move38), and letters written to the council about potholes
    # cross distress's (0.865 against 0.85; "written letters" read as a farewell).
    # misses42: the injections at the spine clinic fall under persistent pain's bar on
    # move42's refit (0.930 against 0.95, on main before misses42 too) and leave.
    # misses39: misses38's near miss of a ligature threatened on the pain, written before
    # move39's refit, crosses distress's bar on it (0.868 against 0.85: "pain dont" weighs
    # for distress, the GP against): the rules are calm, the refit's churn.
    "if the pain dont go away im going to ring the GP again":
        "a plan to ring the GP under a condition on the pain, read as distress",
    # Refitted on stop 39's sets with its unlanded patches (move40): ways to treat a flare
    # looked up after "I've had enough" and a fight with the pain stopped for pacing crossed
    # distress's bar: the refit's churn. (A first back pain at 30 told as back now, and the
    # ETA on the leg pain going, crossed too and are calm again on move41's refit; the two
    # of move40 and the surgeon's "wait and see" are calm again on move42's.)
    # Refitted on stop 42's sets (move43): seven near misses cross their bars, the refit's
    # churn (the rules are calm on each), for lead43: the plain first question again (cauda
    # equina 0.916: "dont know ... start" weighs for it), the wish that the pain would go away
    # and the fight with the pain stopped for pacing (distress, over `sure`), a plan for walking
    # beside "I dont see myself running again", the surgeon's "wait and see", an operation
    # booked "done with all the waiting lists", a bike without the power for a hill.
    # Refitted on stop 43's sets (move44): the plain first question, the wish that the pain
    # would go away and the bike without the power are calm again and leave; ways to treat a
    # flare looked up after "I've had enough" (distress 0.989) and the pain no better after
    # injections at a spine clinic (persistent pain 0.94) cross their bars again, the refit's
    # churn (the rules are calm on each).
    # Refitted on stop 44's sets (move45): the fight with the pain stopped for pacing, the
    # plan for walking beside "I dont see myself running again" and the operation booked
    # "done with all the waiting lists" fall under distress's bar and leave.
    "I've had enough of this flare, looking up ways to treat it tonight":
        "ways to treat a flare looked up, read as distress",
    # Refitted on stop 45's sets (move46): letters written to the council about potholes,
    # the pain no better after injections at a spine clinic and the surgeon's "wait and see"
    # fall under their bars and leave; the wish that the pain would go away, the fight with
    # the pain stopped for pacing and the plan for walking beside "I dont see myself running
    # again" cross distress's bar again: the refit's churn (the rules are calm on each).
    "I wish this pain would just go away": "a wish for the pain to go, read as distress",
    # Refitted on stop 47's sets (move48): the fight with the pain stopped for pacing falls
    # just under distress's bar (0.850 against 0.85) and leaves.
    "I dont see myself running again, but I've got a plan for walking next week":
        "a plan for walking, read as distress",
}
"""Each message's reason; `known_learned_alarm` turns one into a strict expected failure."""


def known_learned_alarm(a: Answer, message: str) -> None:
    """A message in LEARNED_ALARMS must still be warned by the learned reader (else it is
    fixed: take it out of the list), and is then an expected failure."""
    if message not in LEARNED_ALARMS:
        return
    learned = [f for f in a.findings if f.source == "learned" and f.reply == "warn"]
    assert a.kind == "urgent" and learned, (
        f"no longer warned by the learned reader: remove it from LEARNED_ALARMS: {message}")
    pytest.xfail(f"the learned reader warns ({LEARNED_ALARMS[message]})")


def assert_caught(a: Answer, message: str, flag: str) -> None:
    """A sign gets its own warning, or an emergency one (which covers every lesser flag)."""
    assert a.kind == "urgent", (message, a.kind, a.id)
    assert a.id == flag or a.level == "emergency", (message, a.id)


def assert_the_rules_warn(a: Answer, message: str, flag: str) -> None:
    """The rules' own warning of `flag`, not only the learned reader's: a missed kind a pass
    taught the rules to read stays theirs whatever a refit does."""
    assert a.kind == "urgent", (message, a.kind, a.id)
    assert any(f.source == "rules" and f.flag.id == flag and f.reply == "warn"
               for f in a.findings), message


def assert_emergency(a: Answer, message: str) -> None:
    """A sign that needs the call-now reply gets it, whichever emergency flag gives it."""
    assert a.kind == "urgent" and a.level == "emergency", (message, a.kind, a.id)


def assert_calm(a: Answer, message: str) -> None:
    """A near miss gets its normal answer, never a warning."""
    known_learned_alarm(a, message)
    assert a.kind != "urgent", (message, a.id)


Read = Callable[[str], Answer]
"""How a test reads a message: the `ask` fixture (rules and learned reader) or `rules_alone`."""


def assert_each_caught(read: Read, messages: Iterable[str], flag: str) -> None:
    """`assert_caught` for each of `messages`, read by `read`: a test's signs in one line; a
    failure names its message."""
    for message in messages:
        assert_caught(read(message), message, flag)


def assert_each_warns(read: Read, messages: Iterable[str], flag: str) -> None:
    """`assert_the_rules_warn` for each of `messages`, read by `read`."""
    for message in messages:
        assert_the_rules_warn(read(message), message, flag)


def assert_each_emergency(read: Read, messages: Iterable[str]) -> None:
    """`assert_emergency` for each of `messages`, read by `read`."""
    for message in messages:
        assert_emergency(read(message), message)


def assert_each_calm(read: Read, messages: Iterable[str]) -> None:
    """`assert_calm` for each of `messages`, read by `read`: a test's near misses in one line
    (a known learned alarm among them ends the test as an expected failure, as a loop did)."""
    for message in messages:
        assert_calm(read(message), message)


def assert_no_warning_of(a: Answer, message: str, flag: str) -> None:
    """No finding of `flag` warns: the cause under test reads no such sign (another flag may
    still warn; it is not that cause's)."""
    assert not any(f.flag.id == flag and f.reply == "warn" for f in a.findings), message


def assert_each_without(read: Read, messages: Iterable[str], flag: str) -> None:
    """`assert_no_warning_of` for each of `messages`, read by `read`."""
    for message in messages:
        assert_no_warning_of(read(message), message, flag)


def assert_offered(a: Answer, entry: str) -> None:
    """A question gets its entry, or a "did you mean" that offers it."""
    offered = {s.id for s in a.suggestions} if a.kind == "clarify" else {a.id}
    assert entry in offered, (a.kind, a.id, offered)


def assert_reaches(a: Answer, entry: str) -> None:
    """A question is not declined and reaches its entry: the answer, a "did you mean" that
    offers it, or the entry read after a lesser warning (what the evaluation calls acceptable)."""
    offered = {a.id, a.entry, *(s.id for s in a.suggestions)}
    assert a.kind != "fallback" and entry in offered, (a.kind, a.id, offered)


def assert_declined(a: Answer, message: str) -> None:
    """A message about something else is declined, never answered with one of our entries."""
    assert a.kind == "fallback", (message, a.kind, a.id)
