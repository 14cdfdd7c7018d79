"""lumbar-bot: answers for people with lumbar radiculopathy, red flags first."""

__version__ = "0.1.0"
