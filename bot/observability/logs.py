"""Log set-up for the `idphoto` processes: plain text, or LOG_FORMAT=json for log collectors.

JSON: one object per line with time (UTC, ISO 8601), level, logger, message, the code place
(module:function:line) and, for exceptions, the exception's class and traceback. Only what the
code logs goes out, and the code logs no personal data (update ids, counts, error types and code
places: README "Privacy"); nothing here adds any (no extra fields, no request bodies).

Why the native stderr is captured too: MediaPipe and onnxruntime print from C++ straight to file
descriptor 2 ("WARNING: Logging before InitGoogle()…"), which would break "one JSON object per
line". In JSON mode fd 2 becomes a pipe whose lines are wrapped as `{"logger": "native", …}`;
the records themselves go to the original stderr, so nothing is lost or doubled.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
from datetime import UTC, datetime
from typing import TextIO

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_lock = threading.Lock()  # records and wrapped native lines share one output


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "where": f"{record.module}:{record.funcName}:{record.lineno}",
            "process": record.process,
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__name__
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class _LockedStream(logging.StreamHandler):  # type: ignore[type-arg]
    def emit(self, record: logging.LogRecord) -> None:
        with _lock:
            super().emit(record)


def configure(level: int, fmt: str = "text") -> None:
    """Root logging to stderr in the chosen format (replaces any handler set before)."""
    stream: TextIO = sys.stderr
    if fmt == "json":
        stream = _capture_native_stderr()
    handler = _LockedStream(stream)
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)


def _capture_native_stderr() -> TextIO:
    """fd 2 → a pipe pumped as JSON lines into the original stderr, which is returned."""
    sys.stderr.flush()
    original = os.fdopen(os.dup(2), "w", buffering=1, encoding="utf-8", errors="replace")
    read_end, write_end = os.pipe()
    os.dup2(write_end, 2)
    os.close(write_end)

    def pump() -> None:
        with os.fdopen(read_end, encoding="utf-8", errors="replace") as lines:
            for line in lines:
                text = line.rstrip("\n")
                if not text.strip():
                    continue
                entry = {
                    "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
                    "level": _native_level(text),
                    "logger": "native",
                    "message": text,
                }
                with _lock:
                    original.write(json.dumps(entry, ensure_ascii=False) + "\n")

    threading.Thread(target=pump, name="native-stderr", daemon=True).start()
    return original


def _native_level(line: str) -> str:
    """glog's first letter (I, W, E, F + digits) or a leading WARNING/ERROR word; else info."""
    head = line[:1]
    if head in "WEF" and line[1:2].isdigit():
        return {"W": "warning", "E": "error", "F": "critical"}[head]
    for word in ("ERROR", "WARNING"):
        if line.startswith(word):
            return word.lower()
    return "info"
