"""Log set-up for the `idphoto` processes: plain text, or LOG_FORMAT=json for log collectors.

JSON: one object per line with time (UTC, ISO 8601), level, logger, message, the code place
(module:function:line) and, for exceptions, the exception's class and traceback. Only what the
code logs goes out, and the code logs no personal data (update ids, counts, error types and code
places: README "Privacy"); nothing here adds any (no extra fields, no request bodies).
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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


def configure(level: int, fmt: str = "text") -> None:
    """Root logging to stderr in the chosen format (replaces any handler set before)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
