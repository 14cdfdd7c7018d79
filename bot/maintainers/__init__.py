"""Tools for the people who maintain the bot: `evaluate` (scores on labelled sets),
`bench` (latency, throughput, memory) and `check` (phrasings that would answer badly)."""
