"""The conversation: what a chat remembers between messages, and what it means.

Between the engine (one message, one answer) and the transports. `dialogue` answers a typed
message or a button press from the knowledge base and a `State` (the entry shown last, the
flow in progress and where it is), and returns a `Turn`: the answer and the new state. It is
pure; `memory` is where a transport keeps each chat's state, for 30 minutes of silence at
most, never the words. `words` reads the words that steer a conversation (language.yaml),
`flows` runs the routine walk-through and the symptom check, `followups` answers "how long do
I hold it?", and `moves` names every button, so a typed "next" and a tap on Next are one move.
"""

from bot.conversation.dialogue import cards, press, respond
from bot.conversation.memory import Memory
from bot.conversation.moves import Action, actions
from bot.conversation.state import State, Turn

__all__ = ["Action", "Memory", "State", "Turn", "actions", "cards", "press", "respond"]
