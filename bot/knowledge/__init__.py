"""The knowledge base: what `knowledge/*.yaml` holds (`model`), and how it is read and
validated (`loading`, with `fields` and `yaml_lines` for file, line and field in errors).

The bottom layer: it imports nothing else from the bot.
"""

from bot.knowledge.fields import KnowledgeError, Problem
from bot.knowledge.loading import DEFAULT_DIR, KNOWLEDGE_ENV, knowledge_dir, load
from bot.knowledge.model import (
    CONVERSATION_WORDS,
    EXERCISE_NAME,
    LEVELS,
    Chitchat,
    Domain,
    DomainConcept,
    Entry,
    Exercise,
    Faq,
    Knowledge,
    Language,
    RedFlag,
    RedFlagGuide,
    Repetitions,
    Routine,
    RoutineStep,
    Source,
    TriageRules,
    fill,
)

__all__ = [
    "CONVERSATION_WORDS",
    "DEFAULT_DIR",
    "EXERCISE_NAME",
    "KNOWLEDGE_ENV",
    "LEVELS",
    "Chitchat",
    "Domain",
    "DomainConcept",
    "Entry",
    "Exercise",
    "Faq",
    "Knowledge",
    "KnowledgeError",
    "Language",
    "Problem",
    "RedFlag",
    "RedFlagGuide",
    "Repetitions",
    "Routine",
    "RoutineStep",
    "Source",
    "TriageRules",
    "fill",
    "knowledge_dir",
    "load",
]
