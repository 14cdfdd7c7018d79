"""The Telegram transport (python-telegram-bot v22): `app` wires settings, handlers and the
HTTP layer; `handlers` and `buttons` react to messages and presses; `send`, `format` and
`keyboards` build what goes out; `resilience` and `throttle` keep it up under load.

Named `telegram_bot`, not `telegram`, so it is never mistaken for the library.
"""
