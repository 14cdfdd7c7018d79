"""Gradual progression: today's repetitions, from the routine's own numbers.

The routine (routine.yaml, `repetitions`) says where to start, how far to go and after how
many routine days to add one. Walking through the person's routine days in order: every
`every` days done adds one repetition, up to `most`, but only on a day when the pain logged
over the week before is not rising; while it rises the count waits. Nothing is stored:
the number follows from the diary, so it is the same on every device and after /forget it
starts again from the beginning.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bot.care.progress import rising
from bot.care.store import PainEntry


def repetitions(start: int, most: int, every: int, days: Sequence[date],
                pain: Sequence[PainEntry]) -> int:
    """Today's repetitions of each exercise that has no count of its own."""
    reps = start
    done_since_step = 0
    for day in sorted(set(days)):
        if reps >= most:
            break
        done_since_step += 1
        if done_since_step >= every and not rising([e for e in pain if e.day <= day], day):
            reps += 1
            done_since_step = 0
    return min(reps, most)
