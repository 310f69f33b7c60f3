"""Typed engine errors. Each carries a stable `code` (the bot maps it to a translated message),
a plain-English `message` for the command line, and `params` for both.

The `kind` decides the CLI exit code and whether the bot asks for a retake (bad input), shows
the check list (checks failed) or apologises (internal).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Any, ClassVar


class ErrorKind(StrEnum):
    bad_input = "bad_input"
    checks_failed = "checks_failed"
    not_allowed = "not_allowed"
    internal = "internal"


class ExitCode(IntEnum):
    """Process exit codes of `idphoto make` / `idphoto check` (documented in the README)."""

    ok = 0
    internal = 1
    usage = 2
    bad_input = 3
    checks_failed = 4
    not_allowed = 5


class EngineError(Exception):
    kind: ClassVar[ErrorKind] = ErrorKind.internal
    code: str = "internal"

    def __init__(self, message: str, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.params = params

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode[self.kind.value]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "code": self.code, "message": self.message, "params": self.params}


class BadInput(EngineError):
    """The user's file cannot become an ID photo; a retake or another file fixes it."""

    kind = ErrorKind.bad_input
    code = "bad_input"


class NoFace(BadInput):
    code = "no_face"

    def __init__(self) -> None:
        super().__init__("No face found. Take a photo facing the camera, with your whole head in the frame.")


class MultipleFaces(BadInput):
    code = "multiple_faces"

    def __init__(self, count: int) -> None:
        super().__init__(
            f"{count} faces found. Only one person may be in the photo; ask others to step aside.",
            count=count,
        )


class ChecksFailed(EngineError):
    """Blocking quality checks failed; the report lists each with a fix tip."""

    kind = ErrorKind.checks_failed
    code = "checks_failed"


class EditNotAllowed(EngineError):
    """The chosen document's authority rejects edited photos (e.g. background replacement)."""

    kind = ErrorKind.not_allowed
    code = "edit_not_allowed"


class ModelMissing(EngineError):
    """A weights file is absent or corrupt; `idphoto models pull` fixes it."""

    kind = ErrorKind.internal
    code = "model_missing"
