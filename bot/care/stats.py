"""`lumbar-bot stats`: what the store holds, as counts only, for the people who run the bot."""

from __future__ import annotations

from datetime import date

from bot.care.store import Store


def stats_text(store: Store, today: date) -> str:
    """Counts, never people."""
    counts = store.counts(today)
    lines = [
        f"store: {store.path} (schema version {store.schema_version})",
        "",
        f"people who keep a diary or reminder: {counts.users}",
        f"users with a reminder:               {counts.reminders}",
        f"diary entries (pain):                {counts.pain_entries}",
        f"routines done in the last 7 days:    {counts.routines_this_week}",
        f"unanswered questions kept:           {counts.unanswered}",
        "",
    ]
    since = counts.answers_since.strftime("%Y-%m-%d %H:%M UTC") if counts.answers_since else "-"
    lines.append(f"answers by kind since start-up ({since}):")
    if not counts.answers:
        lines.append("  none yet")
    for kind, n in counts.answers.items():
        lines.append(f"  {kind:<10} {n:>7}")
    lines.append("")
    feedback = store.feedback_counts()
    lines.append("was this helpful? (entry: yes / no)")
    if not feedback:
        lines.append("  no answers rated yet")
    width = max((len(entry) for entry in feedback), default=0)
    for entry, (yes, no) in sorted(feedback.items(), key=lambda kv: (-sum(kv[1]), kv[0])):
        lines.append(f"  {entry:<{width}}  {yes:>5} / {no:<5}")
    return "\n".join(lines)
