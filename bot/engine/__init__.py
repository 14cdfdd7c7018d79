"""The answer engine: one message in, one `Answer` out; pure, no I/O, no transport.

`text` folds and analyses words, `triage` finds red flags (with `durations`; both read
numbers with `numbers`), `matching` ranks entries, `render` builds reply text, `pipeline` puts
them in that order, `commands` answers the slash commands every transport shares. It uses
only the knowledge base.
"""

from bot.engine.answers import KINDS, Answer, Suggestion
from bot.engine.pipeline import (
    Thresholds,
    answer,
    compile_knowledge,
    fallback,
    is_emergency,
    lookup,
)

__all__ = [
    "KINDS",
    "Answer",
    "Suggestion",
    "Thresholds",
    "answer",
    "compile_knowledge",
    "fallback",
    "is_emergency",
    "lookup",
]
