"""A fake Telegram Bot API, strict where Telegram is strict, for tests that never leave the host.

`FakeTelegram` holds the state and answers API calls (`call(method, params)`), checking what
Telegram checks: HTML that parses, text at most 4,096 characters, callback data at most 64
bytes, every callback query answered. It is used two ways:

- `FakeRequest`, a `telegram.request.BaseRequest`, hands PTB's requests to it in-process;
- `FakeTelegramServer` serves it over HTTP on 127.0.0.1 (an ephemeral port) so the real bot,
  with its real HTTP client, can long-poll it.

Faults can be scheduled per method: an HTTP 500, a 429 with retry_after, or a timeout.
"""

from __future__ import annotations

import asyncio
import email.policy
import html
import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

BOT_ID = 7000001
BOT_USERNAME = "lumbar_test_bot"
TOKEN = "7000001:AAFakeTokenForTestsOnly_abcdefghijklmnop"

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_CALLBACK_ANSWER = 200

ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "tg-spoiler", "span", "blockquote", "tg-emoji",
}
_TAG = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9-]*)"
    r"""((?:\s+[A-Za-z-]+(?:="[^"<>]*"|='[^'<>]*')?)*)\s*(/?)>"""
)
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
_ATTR = re.compile(r'([A-Za-z-]+)(?:="([^"]*)"|=\'([^\']*)\')?')


# --------------------------------------------------------------------------- HTML, as Telegram


def html_error(text: str) -> str | None:
    """Telegram's complaint about `text` in HTML parse mode, or None if it parses."""
    stack: list[str] = []
    offset = 0
    while offset < len(text):
        char = text[offset]
        if char == "<":
            match = _TAG.match(text, offset)
            where = len(text[:offset].encode())
            if match is None:
                return f"Can't find end of the tag starting at byte offset {where}"
            closing, name, attrs, _ = match.groups()
            name = name.lower()
            if not closing:
                if name not in ALLOWED_TAGS:
                    return f'Unsupported start tag "{name}" at byte offset {where}'
                if name == "span" and ("tg-spoiler" not in _attributes(attrs).get("class", "")):
                    return f'Unsupported start tag "span" at byte offset {where}'
                stack.append(name)
            else:
                if not stack:
                    return f'Unexpected end tag at byte offset {where}'
                if stack[-1] != name:
                    return (f'Unmatched end tag at byte offset {where}, expected '
                            f'"</{stack[-1]}>", found "</{name}>"')
                stack.pop()
            offset = match.end()
        elif char == "&":
            match = _ENTITY.match(text, offset)
            if match is None:
                where = len(text[:offset].encode())
                return f"Can't find end of the entity starting at byte offset {where}"
            offset = match.end()
        else:
            offset += 1
    if stack:
        return f'Can\'t find end tag corresponding to start tag "{stack[-1]}"'
    return None


def _attributes(attrs: str) -> dict[str, str]:
    return {m.group(1): m.group(2) or m.group(3) or "" for m in _ATTR.finditer(attrs or "")}


def visible_text(text: str) -> str:
    """What the user sees of an HTML message: tags dropped, entities decoded."""
    return html.unescape(_TAG.sub("", text))


# --------------------------------------------------------------------------- updates


_update_ids = itertools.count(1)
_message_ids = itertools.count(1000)


def user(user_id: int = 100, name: str = "Pat") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": name}


def chat(chat_id: int = 100, kind: str = "private") -> dict[str, Any]:
    data: dict[str, Any] = {"id": chat_id, "type": kind}
    if kind != "private":
        data["title"] = "Back pain group"
    return data


def message_update(
    text: str | None = None,
    *,
    user_id: int = 100,
    chat_id: int | None = None,
    chat_type: str = "private",
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An update carrying a message; commands and @mentions get their entities."""
    message: dict[str, Any] = {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": chat(chat_id if chat_id is not None else user_id, chat_type),
        "from": user(user_id),
    }
    if text is not None:
        message["text"] = text
        entities = []
        if text.startswith("/"):
            entities.append({"type": "bot_command", "offset": 0,
                             "length": len(text.split()[0].encode("utf-16-le")) // 2})
        for match in re.finditer(r"@\w+", text):
            entities.append({"type": "mention", "offset": _utf16(text[: match.start()]),
                             "length": _utf16(match.group(0))})
        if entities:
            message["entities"] = entities
    message.update(extra or {})
    return {"update_id": next(_update_ids), "message": message}


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def sticker_update(**kwargs: Any) -> dict[str, Any]:
    sticker = {"file_id": "CAACAgIAAxk", "file_unique_id": "AgADBQ", "type": "regular",
               "width": 512, "height": 512, "is_animated": False, "is_video": False}
    return message_update(extra={"sticker": sticker}, **kwargs)


def photo_update(**kwargs: Any) -> dict[str, Any]:
    photo = [{"file_id": "AgACAgIAAxk", "file_unique_id": "AQADx", "width": 90, "height": 90}]
    return message_update(extra={"photo": photo}, **kwargs)


def voice_update(**kwargs: Any) -> dict[str, Any]:
    voice = {"file_id": "AwACAgIAAxk", "file_unique_id": "AgADvw", "duration": 3}
    return message_update(extra={"voice": voice}, **kwargs)


def document_update(**kwargs: Any) -> dict[str, Any]:
    document = {"file_id": "BQACAgIAAxk", "file_unique_id": "AgADdo", "file_name": "mri.pdf"}
    return message_update(extra={"document": document}, **kwargs)


def my_chat_member_update(
    *, chat_id: int = -100777, old: str = "left", new: str = "member", user_id: int = 100
) -> dict[str, Any]:
    """The bot's own membership of a chat changed: added to a group (left -> member), ..."""
    bot = {"id": BOT_ID, "is_bot": True, "first_name": "Lumbar", "username": BOT_USERNAME}

    def member(status: str) -> dict[str, Any]:
        data: dict[str, Any] = {"status": status, "user": bot}
        if status == "administrator":
            rights = ("can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
                      "can_manage_video_chats", "can_restrict_members", "can_promote_members",
                      "can_change_info", "can_invite_users", "can_post_stories",
                      "can_edit_stories", "can_delete_stories")
            data.update(dict.fromkeys(rights, False))
        if status == "kicked":
            data["until_date"] = 0
        return data

    change = {
        "chat": chat(chat_id, "supergroup" if chat_id < 0 else "private"),
        "from": user(user_id),
        "date": int(time.time()),
        "old_chat_member": member(old),
        "new_chat_member": member(new),
    }
    return {"update_id": next(_update_ids), "my_chat_member": change}


def callback_update(
    data: str, message: dict[str, Any] | None = None, *, user_id: int = 100
) -> dict[str, Any]:
    """A button press on `message` (a message the bot sent, as recorded by FakeTelegram)."""
    if message is None:
        message = {"message_id": next(_message_ids), "date": int(time.time()),
                   "chat": chat(user_id), "text": "old message"}
    message = {**{k: v for k, v in message.items() if k not in ("html", "method")},
               "from": {"id": BOT_ID, "is_bot": True, "first_name": "Lumbar",
                        "username": BOT_USERNAME}}
    if "inline_keyboard" not in (message.get("reply_markup") or {"inline_keyboard": []}):
        del message["reply_markup"]  # Telegram shows a message's inline keyboard only
    query = {"id": f"q{next(_update_ids)}", "from": user(user_id), "chat_instance": "ci1",
             "data": data, "message": message}
    return {"update_id": next(_update_ids), "callback_query": query}


# --------------------------------------------------------------------------- the fake API


class ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


@dataclass
class Fault:
    """One scheduled failure of `method`: status 500/502/429, or 'timeout'."""

    method: str
    kind: str | int
    retry_after: int = 1
    delay: float = 0.0
    chat_id: int | None = None  # only requests for this chat, if set


@dataclass
class FakeTelegram:
    updates: list[dict[str, Any]] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    sent: list[dict[str, Any]] = field(default_factory=list)  # sendMessage and edits, in order
    errors: list[tuple[str, str]] = field(default_factory=list)  # (method, description)
    faults: list[Fault] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # injected faults that fired
    callback_queries: set[str] = field(default_factory=set)
    answered: dict[str, dict[str, Any]] = field(default_factory=dict)
    markup_edits: list[dict[str, Any]] = field(default_factory=list)  # editMessageReplyMarkup
    commands: list[dict[str, Any]] = field(default_factory=list)
    long_poll_cap: float = 0.5

    def __post_init__(self) -> None:
        self.lock = threading.Condition()
        self._ids = itertools.count(1)

    # --- test side

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            if "callback_query" in update:
                self.callback_queries.add(update["callback_query"]["id"])
            self.updates.append(update)
            self.lock.notify_all()
        return update

    def fail(self, method: str, kind: str | int, *, times: int = 1, retry_after: int = 1,
             delay: float = 0.0, chat_id: int | None = None) -> None:
        """Make the next `times` calls of `method` fail: 500, 502, 429 or "timeout"."""
        with self.lock:
            self.faults.extend(
                Fault(method, kind, retry_after, delay, chat_id) for _ in range(times)
            )

    def sent_to(self, chat_id: int) -> list[dict[str, Any]]:
        with self.lock:
            return [m for m in self.sent if m["chat"]["id"] == chat_id]

    def unanswered_queries(self) -> set[str]:
        with self.lock:
            return self.callback_queries - set(self.answered)

    # --- API side

    def take_fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                chat_id = params.get("chat_id")
                if fault.chat_id is not None and str(fault.chat_id) != str(chat_id):
                    continue
                if fault.method == method:
                    self.faults.remove(fault)
                    self.failures.append((method, str(fault.kind)))
                    return fault
        return None

    def call(self, method: str, params: dict[str, Any]) -> Any:
        """The result of one API call; raises ApiError as Telegram would answer."""
        with self.lock:
            self.calls.append((method, params))
        handler = getattr(self, f"api_{method}", None)
        if handler is None:
            return True  # a catch-all that answers ok
        try:
            return handler(params)
        except ApiError as exc:
            with self.lock:
                self.errors.append((method, exc.description))
            raise

    def api_getMe(self, params: dict) -> dict:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Lumbar", "username": BOT_USERNAME,
                "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    def api_deleteWebhook(self, params: dict) -> bool:
        return True

    def api_getUpdates(self, params: dict) -> list:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), self.long_poll_cap)
        deadline = time.monotonic() + timeout
        with self.lock:
            while True:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
                if self.updates or time.monotonic() >= deadline:
                    return list(self.updates[:100])
                self.lock.wait(max(0.0, deadline - time.monotonic()))

    def api_setMyCommands(self, params: dict) -> bool:
        commands = _json(params.get("commands"))
        if not isinstance(commands, list) or not commands:
            raise ApiError(400, "Bad Request: commands must be a non-empty list")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands = commands
        return True

    def api_sendMessage(self, params: dict) -> dict:
        chat_id = int(params["chat_id"])
        text = self._check_text(params)
        markup = self._check_markup(params)
        message = {"message_id": next(self._ids), "date": int(time.time()),
                   "chat": chat(chat_id, "private" if chat_id > 0 else "supergroup"),
                   "from": {"id": BOT_ID, "is_bot": True, "first_name": "Lumbar",
                            "username": BOT_USERNAME},
                   "text": visible_text(text) if params.get("parse_mode") == "HTML" else text}
        record = {**message, "html": text, "method": "sendMessage"}
        if markup:
            record["reply_markup"] = markup
            if "inline_keyboard" in markup:  # Telegram returns only inline keyboards
                message["reply_markup"] = markup
        with self.lock:
            self.messages[(chat_id, message["message_id"])] = record
            self.sent.append(record)
        return message

    def api_editMessageText(self, params: dict) -> dict:
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        text = self._check_text(params)
        markup = self._check_markup(params)
        with self.lock:
            old = self.messages.get((chat_id, message_id))
        if old is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if old["html"] == text and old.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified: specified new message "
                                "content and reply markup are exactly the same")
        message = {**{k: v for k, v in old.items() if k not in ("html", "method")},
                   "text": visible_text(text), "edit_date": int(time.time())}
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        record = {**message, "html": text, "method": "editMessageText"}
        with self.lock:
            self.messages[(chat_id, message_id)] = record
            self.sent.append(record)
        return message

    def api_editMessageReplyMarkup(self, params: dict) -> dict:
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        markup = self._check_markup(params)
        with self.lock:
            old = self.messages.get((chat_id, message_id))
        if old is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if old.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified: specified new message "
                                "content and reply markup are exactly the same")
        record = {k: v for k, v in old.items() if k != "reply_markup"}
        if markup:
            record["reply_markup"] = markup
        with self.lock:
            self.messages[(chat_id, message_id)] = record
            self.markup_edits.append(record)
        return {k: v for k, v in record.items() if k not in ("html", "method")}

    def api_answerCallbackQuery(self, params: dict) -> bool:
        query_id = params["callback_query_id"]
        if len(params.get("text") or "") > MAX_CALLBACK_ANSWER:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        url = params.get("url")
        if url is not None and not re.fullmatch(
                rf"https://t\.me/{BOT_USERNAME}\?start=[A-Za-z0-9_-]{{1,64}}", url):
            raise ApiError(400, "Bad Request: URL_INVALID")
        with self.lock:
            if query_id in self.answered:
                raise ApiError(400, "Bad Request: query is too old and response timeout "
                                    "expired or query ID is invalid")
            self.answered[query_id] = params
        return True

    def api_sendPhoto(self, params: dict) -> dict:
        return self._send_file(params, "photo")

    def api_sendDocument(self, params: dict) -> dict:
        return self._send_file(params, "document")

    def _send_file(self, params: dict, kind: str) -> dict:
        """A photo or document upload: kept as bytes, with its caption checked as Telegram
        checks it (HTML that parses, at most 1,024 characters)."""
        chat_id = int(params["chat_id"])
        upload = params.get(kind)
        if not isinstance(upload, tuple) or not upload[1]:
            raise ApiError(400, f"Bad Request: there is no {kind} in the request")
        filename, content = upload[0], upload[1]
        caption = params.get("caption") or ""
        if params.get("parse_mode") == "HTML" and caption:
            error = html_error(caption)
            if error:
                raise ApiError(400, f"Bad Request: can't parse entities: {error}")
            caption = visible_text(caption)
        if len(caption) > MAX_CAPTION:
            raise ApiError(400, "Bad Request: message caption is too long")
        markup = self._check_markup(params)
        message: dict[str, Any] = {
            "message_id": next(self._ids), "date": int(time.time()),
            "chat": chat(chat_id, "private" if chat_id > 0 else "supergroup"),
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Lumbar",
                     "username": BOT_USERNAME},
        }
        if caption:
            message["caption"] = caption
        file_id = f"{kind}-{message['message_id']}"
        if kind == "photo":
            message["photo"] = [{"file_id": file_id, "file_unique_id": file_id,
                                 "width": 800, "height": 450, "file_size": len(content)}]
        else:
            message["document"] = {"file_id": file_id, "file_unique_id": file_id,
                                   "file_name": filename, "file_size": len(content)}
        if markup:
            message["reply_markup"] = markup
        record = {**message, "text": caption, "html": params.get("caption") or "",
                  "method": f"send{kind.title()}", "file": content, "filename": filename}
        with self.lock:
            self.messages[(chat_id, message["message_id"])] = record
            self.sent.append(record)
        return message

    def _check_text(self, params: dict) -> str:
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        shown = text
        if params.get("parse_mode") == "HTML":
            error = html_error(text)
            if error:
                raise ApiError(400, f"Bad Request: can't parse entities: {error}")
            shown = visible_text(text)
        if not shown.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(shown) > MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        return text

    def _check_markup(self, params: dict) -> dict | None:
        markup = _json(params.get("reply_markup"))
        if not markup:
            return None
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if not button.get("text", "").strip():
                    raise ApiError(400, "Bad Request: BUTTON_TEXT_EMPTY")
                data = button.get("callback_data")
                url = button.get("url")
                if (data is None) == (url is None):
                    raise ApiError(400, "Bad Request: BUTTON_TYPE_INVALID")
                if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if url is not None and not url.startswith(("https://", "http://", "tg://")):
                    raise ApiError(400, "Bad Request: BUTTON_URL_INVALID")
        keyboard = markup.get("keyboard")
        if keyboard is not None:
            if "inline_keyboard" in markup or not keyboard or not all(keyboard):
                raise ApiError(400, "Bad Request: REPLY_MARKUP_INVALID")
            for row in keyboard:
                for button in row:
                    text = button if isinstance(button, str) else button.get("text", "")
                    if not text.strip():
                        raise ApiError(400, "Bad Request: BUTTON_TEXT_EMPTY")
        return markup


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


# --------------------------------------------------------------------------- in-process


class NetworkAccess(AssertionError):
    """The bot tried to reach something other than the fake API."""


class FakeRequest(BaseRequest):
    """PTB's HTTP layer replaced by calls into a FakeTelegram: no socket is ever opened."""

    def __init__(self, fake: FakeTelegram, base_url: str = "https://api.telegram.org/bot") -> None:
        self.fake = fake
        self.base_url = base_url

    @property
    def read_timeout(self) -> float:
        return 1.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         **timeouts: Any) -> tuple[int, bytes]:
        if not url.startswith(self.base_url):
            raise NetworkAccess(f"request to an unexpected address: {url.split('/bot')[0]}")
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        if request_data is not None and request_data.contains_files:
            for name, part in request_data.multipart_data.items():  # (filename, bytes, type)
                content = part[1] if isinstance(part[1], bytes) else part[1].read()
                params[name] = (part[0], content)
        fault = self.fake.take_fault(api_method, params)
        if fault is not None:
            if fault.kind == "timeout":
                raise TimedOut("fake timeout")
            return _fault_response(fault)
        if api_method == "getUpdates":
            await asyncio.sleep(0.01)
            params = {**params, "timeout": 0}  # never block the event loop
        try:
            result = self.fake.call(api_method, params)
        except ApiError as exc:
            return exc.status, _error_body(exc)
        return 200, json.dumps({"ok": True, "result": result}).encode()


def _fault_response(fault: Fault) -> tuple[int, bytes]:
    if fault.kind == 429:
        body = {"ok": False, "error_code": 429,
                "description": f"Too Many Requests: retry after {fault.retry_after}",
                "parameters": {"retry_after": fault.retry_after}}
        return 429, json.dumps(body).encode()
    status = int(fault.kind)
    body = {"ok": False, "error_code": status, "description": "Internal Server Error"}
    return status, json.dumps(body).encode()


def _error_body(exc: ApiError) -> bytes:
    body: dict[str, Any] = {"ok": False, "error_code": exc.status, "description": exc.description}
    if exc.parameters:
        body["parameters"] = exc.parameters
    return json.dumps(body).encode()


# --------------------------------------------------------------------------- over HTTP


class FakeTelegramServer:
    """Serve a FakeTelegram at http://127.0.0.1:<port>/bot<token>/<method>."""

    def __init__(self, fake: FakeTelegram | None = None, token: str = TOKEN) -> None:
        self.fake = fake or FakeTelegram()
        self.token = token
        self.wrong_token_requests = 0
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/bot"

    def __enter__(self) -> FakeTelegramServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                self.do_POST()

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                prefix = f"/bot{server.token}/"
                if not self.path.startswith(prefix):
                    server.wrong_token_requests += 1
                    self._send(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                    return
                method = self.path[len(prefix):].split("?")[0]
                params = _parse_body(raw, self.headers.get("Content-Type", ""))
                fault = server.fake.take_fault(method, params)
                if fault is not None:
                    if fault.kind == "timeout":
                        time.sleep(fault.delay)
                        self._send(504, {"ok": False, "error_code": 504,
                                         "description": "Gateway Timeout"})
                        return
                    status, body = _fault_response(fault)
                    self._send(status, json.loads(body))
                    return
                try:
                    result = server.fake.call(method, params)
                except ApiError as exc:
                    self._send(exc.status, json.loads(_error_body(exc)))
                    return
                self._send(200, {"ok": True, "result": result})

            def _send(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (a timeout we caused)

        return Handler


def _parse_body(raw: bytes, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        return json.loads(raw)
    if content_type.startswith("multipart/form-data"):
        return _parse_multipart(raw, content_type)
    return {
        k: _json(v) if k in _JSON_FIELDS else v
        for k, v in parse_qsl(raw.decode(), keep_blank_values=True)
    }


def _parse_multipart(raw: bytes, content_type: str) -> dict[str, Any]:
    """A file upload: fields as text (JSON ones decoded), files as (filename, bytes)."""
    message = BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
    params: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        content = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if filename is not None:
            params[name] = (filename, content)
        else:
            text = content.decode()
            params[name] = _json(text) if name in _JSON_FIELDS else text
    return params


_JSON_FIELDS = {"reply_markup", "commands", "allowed_updates", "scope", "entities",
                "link_preview_options", "reply_parameters"}
