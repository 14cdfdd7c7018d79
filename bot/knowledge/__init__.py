"""The knowledge base: what `knowledge/*.yaml` holds (`model`), and how it is read and
validated (`loading`, with `fields` and `yaml_lines` for file, line and field in errors).

The bottom layer: it imports nothing else from the bot.
"""

from bot.knowledge.fields import KnowledgeError, Problem
from bot.knowledge.loading import DEFAULT_DIR, KNOWLEDGE_ENV, knowledge_dir, load
from bot.knowledge.model import (
    CONTEXT,
    CONVERSATION_WORDS,
    EXERCISE_NAME,
    EXPERIENCERS,
    LEVELS,
    REPLIES,
    Chitchat,
    ContextRule,
    Domain,
    DomainConcept,
    Entry,
    Exercise,
    Faq,
    Knowledge,
    Language,
    People,
    RedFlag,
    RedFlagGuide,
    Repetitions,
    ReplyRules,
    Routine,
    RoutineStep,
    Source,
    TriageRules,
    fill,
)

__all__ = [
    "CONTEXT",
    "CONVERSATION_WORDS",
    "DEFAULT_DIR",
    "EXERCISE_NAME",
    "EXPERIENCERS",
    "KNOWLEDGE_ENV",
    "LEVELS",
    "REPLIES",
    "Chitchat",
    "ContextRule",
    "Domain",
    "DomainConcept",
    "Entry",
    "Exercise",
    "Faq",
    "Knowledge",
    "KnowledgeError",
    "Language",
    "People",
    "Problem",
    "RedFlag",
    "RedFlagGuide",
    "Repetitions",
    "ReplyRules",
    "Routine",
    "RoutineStep",
    "Source",
    "TriageRules",
    "fill",
    "knowledge_dir",
    "load",
]
