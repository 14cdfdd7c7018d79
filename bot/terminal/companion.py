"""The companion in the terminal chat: the same commands and replies as on Telegram, for one
local person (user number 0, which Telegram never uses).

Where Telegram has buttons, the terminal asks for a typed answer: after /done, a number from
0 to 10 is today's pain; /forget asks for "/forget yes". The chart is saved as a PNG in the
data folder and its path printed; /mydata prints the JSON. A reminder that fell due today
shows when the chat opens. Words after a command are checked for an emergency first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from bot.care.chart import draw_png
from bot.care.companion import COMMANDS, Companion, Reply, parse_pain
from bot.care.schedule import local_day, missed
from bot.engine import answer, is_emergency
from bot.engine.answers import Answer

TERMINAL_USER = 0
CHART_FILE = "progress-chart.png"


@dataclass
class TerminalCompanion:
    companion: Companion
    data_dir: Path
    awaiting_pain: bool = False

    @property
    def chart_path(self) -> Path:
        return self.data_dir / CHART_FILE

    def greeting(self) -> str | None:
        """Today's reminder, if it fell due and was not shown yet (once a day)."""
        store = self.companion.store
        reminder = store.reminder(TERMINAL_USER)
        now = self.companion.clock.now()
        if reminder is None or missed(reminder, now) is None:
            return None
        if not store.claim_reminder(TERMINAL_USER, local_day(now, reminder.zone)):
            return None
        return self.companion.reminder_text()

    def handle(self, line: str) -> str | None:
        """The reply if `line` is a companion command (or the pain number asked for after
        /done); None to let the chat answer it as usual."""
        text = line.strip()
        awaiting, self.awaiting_pain = self.awaiting_pain, False
        if awaiting and text.isdigit() and parse_pain(text) is not None:
            return self._text(self.companion.pain(TERMINAL_USER, text))
        if not text.startswith("/"):
            return None
        name, _, words = text[1:].partition(" ")
        name = name.lower().split("@", 1)[0]
        if name not in COMMANDS:
            return None
        warning = ""
        if words.strip() and is_emergency(self.companion.kb, words):
            warning = answer(self.companion.kb, words).text + "\n\n"
        return warning + self._run(name, words)

    def with_repetitions(self, answer: Answer) -> Answer:
        """A routine answer with today's repetitions, for someone who keeps a diary."""
        if answer.kind != "routine":
            return answer
        numbers = self.companion.repetitions_text(TERMINAL_USER)
        return replace(answer, body=f"{answer.body}\n\n{numbers}") if numbers else answer

    def _run(self, name: str, words: str) -> str:
        """As on Telegram, but typed: the reminder's note, the JSON printed, "/forget yes"."""
        c, user = self.companion, TERMINAL_USER
        if name == "remind":
            return self._text(c.remind(user, words, terminal=True))
        if name == "mydata":
            reply = c.mydata(user)
            if reply.document is None:
                return reply.text
            data = json.loads(reply.document)
            return f"{c.kb.message('mydata_terminal')}\n{json.dumps(data, indent=2)}"
        if name == "forget" and words.strip().lower() == "yes":
            erased = self._text(c.forget(user))
            self.chart_path.unlink(missing_ok=True)  # the chart is their data too
            return erased
        reply = COMMANDS[name](c, user, words)
        if reply.confirm_forget:
            return f"{reply.text}\n{c.kb.message('forget_terminal')}"
        return self._text(reply)

    def _text(self, reply: Reply) -> str:
        """A reply as plain text: the pain question typed, the chart saved to a file."""
        kb = self.companion.kb
        parts = [reply.text]
        if reply.ask_pain:
            parts.append(kb.message("pain_question_terminal"))
            self.awaiting_pain = True
        if reply.chart is not None:
            try:
                self.data_dir.mkdir(parents=True, exist_ok=True)
                self.chart_path.write_bytes(draw_png(reply.chart))
                saved = kb.message("chart_saved", path=str(self.chart_path))
                parts.append(f"{reply.chart_caption}\n{saved}")
            except Exception:
                parts.append(kb.message("chart_failed"))
        return "\n\n".join(parts)
