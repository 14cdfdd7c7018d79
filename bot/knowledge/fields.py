"""Faults in a knowledge file, and the typed reads that find them.

Every fault names the file, the line and the field, and reading goes on after one, so a
clinician sees all that is wrong at once instead of one error per start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f" field '{self.field}':" if self.field else ""
        return f"{self.file}:{self.line}:{where} {self.message}"


class KnowledgeError(Exception):
    """The knowledge base is broken; `problems` lists every fault found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"the knowledge base has {len(problems)} error(s):\n{lines}")


class Collector:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.problems: list[Problem] = []

    def add(self, file: str, line: int, field_name: str, message: str) -> None:
        self.problems.append(Problem(file, line, field_name, message))


class Fields:
    """Typed reads from one YAML mapping; each fault is recorded, never raised."""

    def __init__(self, out: Collector, file: str, data: Any, where: str) -> None:
        self.out = out
        self.file = file
        self.where = where
        self.ok = isinstance(data, dict)
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}
        self.line: int = getattr(data, "line", 1)
        if not self.ok:
            out.add(file, self.line, where, "must be a mapping of fields")

    def line_of(self, key: str) -> int:
        lines: dict[str, int] = getattr(self.data, "key_lines", {})
        return lines.get(key, self.line)

    def _name(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def _missing(self, key: str, required: bool) -> bool:
        if key in self.data and self.data[key] is not None:
            return False
        if required and self.ok:
            self.out.add(self.file, self.line, self._name(key), "is missing")
        return True

    def text(self, key: str, required: bool = True) -> str:
        if self._missing(key, required):
            return ""
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.out.add(self.file, self.line_of(key), self._name(key), "must be text")
            return ""
        text = str(value).strip()
        if not text and required:
            self.out.add(self.file, self.line_of(key), self._name(key), "must not be empty")
        return text

    def texts(self, key: str, required: bool = True) -> tuple[str, ...]:
        """A list of non-empty strings; a single string is accepted as a list of one."""
        if self._missing(key, required):
            return ()
        value = self.data[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.out.add(self.file, self.line_of(key), self._name(key), "must be a list")
            return ()
        lines = getattr(value, "item_lines", [self.line_of(key)] * len(value))
        items: list[str] = []
        for i, (item, line) in enumerate(zip(value, lines, strict=False)):
            if not isinstance(item, str | int | float) or isinstance(item, bool):
                self.out.add(self.file, line, f"{self._name(key)}[{i}]", "must be text")
            elif not str(item).strip():
                self.out.add(self.file, line, f"{self._name(key)}[{i}]", "must not be empty")
            else:
                items.append(str(item).strip())
        if required and not items and not self.out.problems[-1:]:
            self.out.add(self.file, self.line_of(key), self._name(key), "must not be empty")
        return tuple(items)

    def boolean(self, key: str, default: bool = False) -> bool:
        """A switch; anything but true or false is a fault (read as the default)."""
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.out.add(self.file, self.line_of(key), self._name(key), "must be true or false")
            return default
        return value

    def integer(self, key: str) -> int:
        if self._missing(key, True):
            return 0
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.out.add(self.file, self.line_of(key), self._name(key), "must be a whole number")
            return 0
        return value

    def sub(self, key: str, required: bool = True) -> Fields:
        if self._missing(key, required):
            return Fields(Collector(self.out.directory), self.file, {}, self._name(key))
        return Fields(self.out, self.file, self.data[key], self._name(key))
