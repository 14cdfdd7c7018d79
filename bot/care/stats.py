"""`lumbar-bot stats`: what the store holds, as counts only, for the people who run the bot."""

from __future__ import annotations

from bot.care.store import Store


def stats_text(store: Store) -> str:
    """Counts, never people: how helpful each answered entry was found."""
    lines = [f"store: {store.path} (schema version {store.schema_version})", ""]
    feedback = store.feedback_counts()
    lines.append("was this helpful? (entry: yes / no)")
    if not feedback:
        lines.append("  no answers rated yet")
    width = max((len(entry) for entry in feedback), default=0)
    for entry, (yes, no) in sorted(feedback.items(), key=lambda kv: (-sum(kv[1]), kv[0])):
        lines.append(f"  {entry:<{width}}  {yes:>5} / {no:<5}")
    return "\n".join(lines)
