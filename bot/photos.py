"""Selfies and results on disk, one folder per user, deleted after the retention period.

Why files and not Redis: photos are megabytes, the bot and the worker share a data folder, and
privacy needs two blunt tools that are easy to trust: `delete_user` (the /delete command removes a
person's folder at once) and `sweep` (anything older than the retention period goes, judged by the
file's modification time, so re-uploading the same selfie restarts its clock).

Layout under `root`::

    users/<user_id>/selfies/<sha256>          the uploaded bytes, as sent
    users/<user_id>/results/<job digest>/     what a render job wrote (preview.jpg, photo.jpg, ...)

Keys are "<user_id>/<hex digest>", validated before they touch the filesystem (they come back
through the job queue), so a key can never point outside its user's folder.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

log = logging.getLogger(__name__)

_KEY = re.compile(r"^(-?\d{1,20})/([0-9a-f]{16,64})$")
_EMPTY_DIR_GRACE = timedelta(minutes=10)  # a folder a worker just created may be empty for a moment


class PhotoMissing(LookupError):
    """The selfie is gone: deleted by the user or by the retention sweep. The user sends it again."""


class PhotoStore:
    def __init__(self, root: Path, retention: timedelta) -> None:
        self.root = Path(root)
        self.retention = retention

    # --- keys ------------------------------------------------------------------------------

    @staticmethod
    def make_key(user_id: int, digest: str) -> str:
        key = f"{int(user_id)}/{digest}"
        PhotoStore.parse_key(key)
        return key

    @staticmethod
    def parse_key(key: str) -> tuple[int, str]:
        """(user id, digest) of a selfie or job key; ValueError for anything else."""
        match = _KEY.match(key)
        if match is None:
            raise ValueError("not a photo store key")
        return int(match.group(1)), match.group(2)

    def user_dir(self, user_id: int) -> Path:
        return self.root / "users" / str(int(user_id))

    # --- selfies ---------------------------------------------------------------------------

    def put_selfie(self, user_id: int, data: bytes) -> str:
        """Store the bytes (atomically) and return their key; the same bytes give the same key."""
        key = self.make_key(user_id, hashlib.sha256(data).hexdigest())
        path = self._selfie_path(key)
        if path.is_file():
            os.utime(path)  # a new upload of the same photo restarts its retention clock
            return key
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(path, data)
        return key

    def selfie_bytes(self, key: str) -> bytes:
        try:
            return self._selfie_path(key).read_bytes()
        except FileNotFoundError:
            raise PhotoMissing("selfie no longer stored") from None

    def has_selfie(self, key: str) -> bool:
        return self._selfie_path(key).is_file()

    def _selfie_path(self, key: str) -> Path:
        user_id, digest = self.parse_key(key)
        return self.user_dir(user_id) / "selfies" / digest

    # --- results ---------------------------------------------------------------------------

    def result_dir(self, key: str) -> Path:
        """The folder a job writes into (created); `key` is the job id ("<user_id>/<digest>")."""
        user_id, digest = self.parse_key(key)
        path = self.user_dir(user_id) / "results" / digest
        path.mkdir(parents=True, exist_ok=True)
        return path

    # --- privacy ---------------------------------------------------------------------------

    def delete_user(self, user_id: int) -> int:
        """Remove every selfie and result of one user now; returns the number of files removed."""
        folder = self.user_dir(user_id)
        if not folder.exists():
            return 0
        count = sum(1 for path in folder.rglob("*") if not path.is_dir())
        shutil.rmtree(folder, ignore_errors=True)
        log.info("deleted %d stored files of one user", count)
        return count

    def sweep(self, now: datetime | None = None) -> int:
        """Delete files older than the retention period and the folders they leave empty.

        Returns the number of files removed. Safe to run while the bot and workers write: only
        files whose modification time is past the cutoff go, and a folder only once it is empty
        and not freshly created.
        """
        moment = (now or datetime.now(UTC)).timestamp()
        cutoff = moment - self.retention.total_seconds()
        dir_cutoff = moment - min(self.retention, _EMPTY_DIR_GRACE).total_seconds()
        users = self.root / "users"
        removed = 0
        emptied: set[Path] = set()  # folders this sweep took something out of
        if not users.is_dir():
            return 0
        for folder, dirs, files in os.walk(users, topdown=False):  # children before parents
            here = Path(folder)
            for name in files:
                try:
                    if (here / name).stat().st_mtime < cutoff:
                        (here / name).unlink()
                        removed += 1
                        emptied.add(here)
                except FileNotFoundError:
                    continue  # deleted meanwhile (/delete, another sweeper)
            for name in dirs:
                path = here / name
                try:
                    if path in emptied or path.stat().st_mtime < dir_cutoff:
                        path.rmdir()  # fails (and the folder stays) when not empty
                        emptied.add(here)
                except OSError:
                    continue
        if removed:
            log.info("retention sweep removed %d files", removed)
        return removed


def _write_atomic(path: Path, data: bytes) -> None:
    """Readers (the worker) never see a half-written file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
