"""Stop 29 (questions29, issue 8): questions about work with sciatica declined for the words
of the job around them, and exercises declined for the body part their own name says.

Where the writer works says who asks ("I work on a trawler", "I work in a bakery"), as what
they work as does; a shift, the tills, a building site and lifting in an employer's words
("manual handling") are work, the activity of daily life; whether the day's work is bad
for "it", brings "it" back or keeps it happening ties that activity to the writer's
condition; a "busy period" is a time, not a period of the month; a "stick-on" heat patch is
how one is sold. A knee or a chest that is a word of an exercise's own name ("one knee at a
time") is that exercise's, not another place. Second part: a pet in a message that says
nothing of ours is the pet's question; a body clock and productivity are other
topics; a toe cap and operating machinery are no toe and no operation; asking leave
("am I allowed to") is asking whether one may still do it; "bad for it" is the condition in
a chat with this bot; a mat, a strap or a gadget bought for it is kit beside something of
ours. Each kind has its near miss, which stays declined. Wordings are the author's own,
never copied from a set; they live here, not in tests/data, so that they do not refit the
learned reader."""

from __future__ import annotations

import pytest

# Work and the writer's condition: never declined, and the entry asked for is offered.
AT_WORK = [
    ("i work on a fishing trawler, what do i do if the warning signs start and theres no "
     "doctor for days", "redflags"),
    ("could it return once im back loading vans", "coming-back"),
    ("self adhesive heat wraps, worth it for a shift on the tills?", "heat-and-ice"),
    ("manual handling at work says bend your knees, is that right for me", "lifting"),
    ("whats the point of hugging one knee up to my chest", "knee-to-chest"),
    ("how come you only pull up one knee", "knee-to-chest"),
]

# Ours, whichever entry leads: not declined.
NOT_DECLINED = [
    "i work in a bakery and bend into the ovens all morning, is that bad for it",
    "does the sciatica get worse in a busy period at work, any tips",
    "flared twice after the christmas rush in the shop, will it keep happening",
]

# Second part: leave asked, "bad for it", kit beside something of ours.
SECOND = [
    ("am i allowed to go to the allotment tomorrow", "what-to-avoid"),
    ("can i sit in the steam room or is the heat bad for it", "heat-and-ice"),
    ("which strap do i need for the seated forward bend", "seated-forward-bend"),
    ("can i still do the dog walking every morning", "other-exercise"),
    # treating "this" in a chat with this bot is the condition's care
    ("is there a cheap way of treating this", "best-treatment"),
]

SECOND_OURS = [
    "bought a foam roller for my sciatica, does it help",
    "a grippy mat for my stretches, worth it for this?",
]

# Their near misses: the same words about something else, declined.
OFF_TOPIC = [
    "my period is late, should i do a test",
    "best hockey stick for a beginner",
    "i work in a bakery, how do i stop bread going stale",
    "i work at a school, how do i get a dbs check",
    "chest day or arm day first",
    "can the refund return to my card if i cancel",
    "stick on nails for a wedding, how long do they last",
    "my knee hurts when i kneel, why",
    # second part
    "can my cat come to the office with me on fridays",
    "after a month of nights my body clock is all over the place, how do i fix it",
    "steel toe caps or composite for a building site",
    "is a four day week better for productivity",
    "thick or thin mat for hot yoga",
    "am i allowed to bring snacks into the cinema",
    "how do you treat this stain on my shirt",
    "best way of treating this rash",
]


def _offered(answer) -> set[str | None]:
    return {answer.id, *(s.id for s in answer.suggestions)}


@pytest.mark.parametrize(("message", "entry"), [*AT_WORK, *SECOND])
def test_work_questions_offer_their_entry(ask, message, entry):
    a = ask(message)
    assert a.kind != "fallback", message
    assert entry in _offered(a), (a.kind, a.id, [s.id for s in a.suggestions])


@pytest.mark.parametrize("message", [*NOT_DECLINED, *SECOND_OURS])
def test_work_questions_are_never_declined(ask, message):
    assert ask(message).kind != "fallback", message


@pytest.mark.parametrize("message", OFF_TOPIC)
def test_the_same_words_about_something_else_are_declined(ask, message):
    a = ask(message)
    assert a.kind == "fallback", (message, a.kind, a.id)
