"""Wire the bot together: settings and knowledge in, a running Telegram Application out.

The whole surface of the bot is `add_handlers` below; `run_bot` polls by default or serves a
webhook when given a URL.
"""

from __future__ import annotations

import logging
import secrets
from typing import Any
from urllib.parse import urlparse

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    ExtBot,
    JobQueue,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.care.chart import ChartDrawer
from bot.care.clock import Clock, ShiftedClock, SystemClock
from bot.care.companion import Companion
from bot.care.store import Store, open_store
from bot.conversation import Memory
from bot.engine import compile_knowledge
from bot.knowledge import Knowledge, load
from bot.telegram_bot import companion
from bot.telegram_bot.buttons import button
from bot.telegram_bot.handlers import (
    ADDRESSED_TO_BOT,
    COMMANDS,
    chat_member,
    edited_message,
    error_handler,
    non_text_message,
    text_message,
    throttle,
    unknown_command,
    warns_first,
)
from bot.telegram_bot.resilience import RetryingRateLimiter
from bot.telegram_bot.send import KB, MEMORY, STORE, THROTTLE
from bot.telegram_bot.settings import ConfigError, Settings
from bot.telegram_bot.throttle import BurstLimiter

_LOGGER = logging.getLogger(__name__)

BotApplication = Application[
    ExtBot[int],  # int: the type of RetryingRateLimiter's per-call argument
    ContextTypes.DEFAULT_TYPE,
    dict[Any, Any],  # user_data, chat_data, bot_data: PTB's defaults
    dict[Any, Any],
    dict[Any, Any],
    JobQueue[ContextTypes.DEFAULT_TYPE],
]
"""What `ApplicationBuilder().build()` returns with PTB's default types."""

ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY,
                   Update.MY_CHAT_MEMBER]
NO_PREVIEWS = LinkPreviewOptions(is_disabled=True)  # source links would bury the answer


def add_handlers(application: BotApplication) -> None:
    application.add_handler(TypeHandler(Update, throttle), group=-1)
    for name, callback in COMMANDS.items():
        application.add_handler(CommandHandler(name, callback, filters.UpdateType.MESSAGE))
    for name, callback in companion.COMMANDS.items():  # their words are triaged first too
        application.add_handler(
            CommandHandler(name, warns_first(callback), filters.UpdateType.MESSAGE))
    incoming = filters.UpdateType.MESSAGE & ADDRESSED_TO_BOT
    words = filters.TEXT | filters.CAPTION  # a photo's caption is read like a message
    application.add_handler(MessageHandler(incoming & words & ~filters.COMMAND, text_message))
    application.add_handler(MessageHandler(incoming & filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(incoming & ~words & ~filters.StatusUpdate.ALL,
                                           non_text_message))
    application.add_handler(MessageHandler(
        filters.UpdateType.EDITED_MESSAGE & ADDRESSED_TO_BOT & words, edited_message))
    application.add_handler(CallbackQueryHandler(button))
    application.add_handler(ChatMemberHandler(chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_error_handler(error_handler)


async def post_init(application: BotApplication) -> None:
    """Reminders back from the store; the command menu registered so it always matches
    COMMANDS and the companion's."""
    await companion.start(application)
    kb: Knowledge = application.bot_data[KB]
    menu = [BotCommand(name, kb.message(f"command_{name}"))
            for name in (*COMMANDS, *companion.COMMANDS)]
    try:
        await application.bot.set_my_commands(menu)
    except Exception:  # the menu is a convenience: never refuse to start over it
        _LOGGER.exception("could not register the command menu")


async def post_shutdown(application: BotApplication) -> None:
    """Close the store cleanly (a crash loses nothing either: every write is committed)."""
    await companion.stop(application)
    kept: Store | None = application.bot_data.get(STORE)
    if kept is not None:
        kept.close()


def build_application(
    settings: Settings,
    kb: Knowledge,
    *,
    store: Store | None = None,
    clock: Clock | None = None,
    charts: ChartDrawer | None = None,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
) -> BotApplication:
    """The configured Application; `store` is opened from settings.data_dir unless given,
    `clock` is the system's (or LUMBAR_BOT_CLOCK's), `request` replaces the HTTP layer
    (tests). Raises StoreError if the store cannot be used."""
    if not settings.token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set")
    if store is None:
        store = open_store(settings.data_dir)
    compile_knowledge(kb)  # at start-up, not on the first person's message
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.base_url)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEWS,
                allow_sending_without_reply=True,  # a deleted question still gets its answer
            )
        )
        .rate_limiter(
            RetryingRateLimiter(
                attempts=settings.send_attempts,
                delay=settings.retry_delay,
                max_delay=settings.max_retry_delay,
                max_flood_wait=settings.max_flood_wait,
            )
        )
        .concurrent_updates(True)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(get_updates_request or request)
    else:
        timeout = settings.request_timeout
        builder = (
            builder.connect_timeout(timeout).read_timeout(timeout).write_timeout(timeout)
            .pool_timeout(timeout).get_updates_connect_timeout(timeout)
            .get_updates_read_timeout(timeout).get_updates_write_timeout(timeout)
            .get_updates_pool_timeout(timeout)
        )
    application = builder.build()
    application.bot_data[KB] = kb
    application.bot_data[STORE] = store
    if clock is None:
        clock = ShiftedClock(settings.clock_start) if settings.clock_start else SystemClock()
    companion.setup(application, Companion(kb, store, clock), charts or ChartDrawer(),
                    settings.keep_unanswered)
    application.bot_data[THROTTLE] = BurstLimiter(settings.burst, settings.refill_seconds)
    application.bot_data[MEMORY] = Memory()  # each chat's conversation, 30 minutes at most
    add_handlers(application)
    return application


# --------------------------------------------------------------------------- logging


class PrivacyFilter(logging.Filter):
    """Keep the token and people's messages out of the log.

    The token is part of every Bot API URL (httpx logs them), and PTB's debug logs print whole
    updates and request parameters; so DEBUG/INFO from those libraries is dropped and the token
    is masked in everything else.
    """

    QUIET = ("httpx", "httpcore", "tornado.access",  # below WARNING: URLs with the token
             "apscheduler")  # below WARNING: every reminder job, added and run
    TERSE = ("telegram",)  # DEBUG: whole updates and request parameters

    def __init__(self, token: str | None) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING and record.name.startswith(self.QUIET):
            return False
        if record.levelno < logging.INFO and record.name.startswith(self.TERSE):
            return False
        if self.token:
            message = record.getMessage()
            if self.token in message:
                record.msg = message.replace(self.token, "<token>")
                record.args = None
            if record.exc_info:  # the token may hide in any exception of the chain
                text = record.exc_text or logging.Formatter().formatException(record.exc_info)
                record.exc_text = text.replace(self.token, "<token>")
        return True


def configure_logging(settings: Settings) -> None:
    """Log to stderr at the configured level, every handler behind the privacy filter."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    root.setLevel(settings.log_level_number)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    privacy = PrivacyFilter(settings.token)
    for handler in root.handlers:
        if not any(isinstance(f, PrivacyFilter) for f in handler.filters):
            handler.addFilter(privacy)


# --------------------------------------------------------------------------- running


def run_bot(
    settings: Settings,
    *,
    webhook_url: str | None = None,
    port: int = 8443,
    listen: str = "0.0.0.0",
    secret_token: str | None = None,
) -> None:
    """Run until stopped: long polling, or a webhook server when `webhook_url` is given."""
    configure_logging(settings)
    kb = load(settings.knowledge_dir, emergency_number=settings.emergency_number)
    application = build_application(settings, kb)  # StoreError: the caller stops start-up
    if webhook_url is None:
        _LOGGER.info("starting (long polling)")
        application.run_polling(allowed_updates=ALLOWED_UPDATES, bootstrap_retries=-1)
        return
    secret = secret_token or settings.webhook_secret or secrets.token_urlsafe(32)
    _LOGGER.info("starting (webhook on %s:%d)", listen, port)
    application.run_webhook(
        listen=listen,
        port=port,
        url_path=urlparse(webhook_url).path.lstrip("/"),
        webhook_url=webhook_url,
        secret_token=secret,
        allowed_updates=ALLOWED_UPDATES,
        bootstrap_retries=-1,
    )
