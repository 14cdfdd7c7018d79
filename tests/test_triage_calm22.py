"""Near misses of the back's signs said in other ways (stop 22, task C).

Dialect negation: Scots "nae" is "no" ("nae fever"). Someone else's: a child called "wee"
(small), a PA or support worker, and "her" done to ("carrying her about, back's sore": the
back is the writer's, and so the child's fever is the child's); a back "done in" is a back.
Explained: a cold sweat put down to nerves or a performance; a knee that went as it twisted;
a faulty artificial limb. Figurative: wetting or soiling oneself at a fright, a Cancer said
as a star sign's temper. Asked: a question put as it was asked ("asked me had I ..."), what a
sign is compared with "just" another thing, whether a sign is "always bad". Negated: "not a
dribble of" a leak, a bladder "rock solid". Each has its unhappy path: the same shapes told
of the writer, or of the one with the back problem, now, still warn. "I'd" before a short past
form ("I'd peed the bed") is "I had". Wordings are the author's own, never copied from a
set. Its probe lists are in tests/probes/triage_calm22.tsv."""

from __future__ import annotations

from triage_asserts import assert_caught


def test_a_leg_getting_weaker_beside_a_stick_still_warns(ask):
    message = "needed a stick since Monday and the leg is getting weaker every day"
    assert_caught(ask(message), message, "progressive-weakness")
