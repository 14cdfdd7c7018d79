"""The companion: what the bot keeps for a person who asks it to (reminders, a pain diary,
routines done) and what it works out from that (streaks, the pain trend, today's repetitions,
the chart).

`store` is the only module that touches the database; the rest is plain functions of the data
and a clock. It sits between the engine and the transports: it may use the knowledge base
and the engine, and Telegram and the terminal chat use it.
"""
