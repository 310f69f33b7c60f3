"""Fetch and verify the weights files listed in engine/models.toml.

This is the only code that downloads anything: the engine itself never touches the network (see
engine/models.py). Every file is streamed to a temporary file beside its final name, hashed while it
streams, checked for size and sha256, and only then moved into place with `os.replace`, so a reader
(a running bot, a second `pull`) never sees a partial or corrupt file under the final name.

Where a file comes from:
* with a mirror (`--mirror` / IDPHOTO_MODELS_MIRROR), every file is fetched from
  `mirror + "/" + path`, even when the registry lists a third-party `url`. A deployment that mirrors
  our files should not depend on third-party hosts being up, unchanged or reachable from its network;
* without a mirror, from the registry's `url`. Files that are our own conversions have no public
  `url`, so they need a mirror and are reported as `no_source` otherwise.

Retries are split in two on purpose: httpx's transport retries failed *connections* (connect errors
and connect timeouts, with its own backoff), and the small loop here retries *responses* that say
"try again" (429 and 5xx) and streams cut off mid-way. Both are bounded, so a dead mirror fails fast.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

import httpx

from engine.models import ModelFile, registry

logger = logging.getLogger(__name__)

CHUNK_BYTES = 1 << 20
CONNECT_RETRIES = 2
RETRY_DELAYS_S: tuple[float, ...] = (1.0, 3.0)
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Errors after the connection was made: the response was cut off or stalled, so asking again may work.
# Connect errors are left to the transport's own retries (see the module docstring).
MIDSTREAM_ERRORS: tuple[type[Exception], ...] = (
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
FILE_MODE = 0o644  # mkstemp creates 0600; the service user that runs the engine must be able to read it


class PullStatus(StrEnum):
    present = "present"  # already there with the right sha256; nothing fetched
    downloaded = "downloaded"
    checksum_mismatch = "checksum_mismatch"  # fetched bytes had the wrong size or sha256; discarded
    no_source = "no_source"  # no url in the registry and no mirror given
    failed = "failed"  # HTTP error or network failure after the retries


class FileStatus(StrEnum):
    ok = "ok"
    missing = "missing"
    bad_checksum = "bad_checksum"


@dataclass(frozen=True)
class PullResult:
    entry: ModelFile
    status: PullStatus
    message: str = ""
    source: str | None = None
    attempts: int = 0  # download attempts for this file, retries included

    @property
    def usable(self) -> bool:
        return self.status in (PullStatus.present, PullStatus.downloaded)


class _Mismatch(Exception):
    """The fetched bytes are not the registry's file."""


class _Failed(Exception):
    """The file could not be fetched; the message says why."""


class _Retryable(Exception):
    """A response or stream failure worth asking again for."""


def source_url(entry: ModelFile, mirror: str | None) -> str | None:
    """Where `entry` is fetched from: the mirror wins over the registry url (see module docstring)."""
    if mirror:
        return f"{mirror.rstrip('/')}/{quote(entry.path)}"
    return entry.url


def file_status(path: Path, entry: ModelFile) -> FileStatus:
    """Check size first (free), then sha256, so a truncated file is caught without hashing it."""
    if not path.is_file():
        return FileStatus.missing
    if path.stat().st_size != entry.bytes:
        return FileStatus.bad_checksum
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
    return FileStatus.ok if digest.hexdigest() == entry.sha256 else FileStatus.bad_checksum


def verify(directory: Path, entries: Iterable[ModelFile] | None = None) -> list[tuple[ModelFile, str]]:
    """Status of every registry file under `directory`: ok, missing or bad_checksum."""
    chosen = registry() if entries is None else tuple(entries)
    return [(entry, file_status(directory / entry.path, entry)) for entry in chosen]


def default_client() -> httpx.Client:
    """A client whose transport retries failed connections; redirects are followed (GitHub releases)."""
    return httpx.Client(
        transport=httpx.HTTPTransport(retries=CONNECT_RETRIES), timeout=TIMEOUT, follow_redirects=True
    )


def pull(
    directory: Path,
    *,
    mirror: str | None,
    include_optional: bool = False,
    client: httpx.Client | None = None,
    progress: Callable[[str], None] | None = None,
    entries: Iterable[ModelFile] | None = None,
    retry_delays: Sequence[float] = RETRY_DELAYS_S,
) -> list[PullResult]:
    """Make `directory` hold every required (and with `include_optional`, every optional) file.

    Per-file failures are reported in the results, never raised, so one bad host does not hide the
    state of the other files; the caller decides what is fatal (the CLI: any required file not usable).
    `entries` defaults to the registry; `retry_delays` are the sleeps between attempts on a
    retryable response, so its length is the number of retries.
    """
    chosen = [e for e in (registry() if entries is None else entries) if e.required or include_optional]
    say = progress or (lambda _line: None)
    owned = client is None
    http = default_client() if client is None else client
    try:
        results = []
        for entry in chosen:
            result = _pull_one(directory, entry, mirror, http, say, retry_delays)
            say(f"{result.status.value:<17} {entry.path}{f'  ({result.message})' if result.message else ''}")
            results.append(result)
        return results
    finally:
        if owned:
            http.close()


def _pull_one(
    directory: Path,
    entry: ModelFile,
    mirror: str | None,
    http: httpx.Client,
    say: Callable[[str], None],
    retry_delays: Sequence[float],
) -> PullResult:
    target = directory / entry.path
    if file_status(target, entry) is FileStatus.ok:
        return PullResult(entry, PullStatus.present)
    url = source_url(entry, mirror)
    if url is None:
        return PullResult(
            entry,
            PullStatus.no_source,
            "no public url for this file; give --mirror or set IDPHOTO_MODELS_MIRROR",
        )
    say(f"{'fetching':<17} {entry.path} from {url}")
    delays = (0.0, *retry_delays)
    for attempts, delay in enumerate(delays, start=1):
        if delay:
            time.sleep(delay)
        try:
            _download(http, url, target, entry)
        except _Retryable as exc:
            logger.info("model %s: attempt %d failed: %s", entry.path, attempts, exc)
            if attempts == len(delays):
                return PullResult(entry, PullStatus.failed, f"{exc} after {attempts} attempts", url, attempts)
        except _Mismatch as exc:
            logger.warning("model %s: %s", entry.path, exc)
            return PullResult(entry, PullStatus.checksum_mismatch, str(exc), url, attempts)
        except _Failed as exc:
            return PullResult(entry, PullStatus.failed, str(exc), url, attempts)
        except OSError as exc:  # the local side: read-only dir, full disk, a directory in the way
            return PullResult(entry, PullStatus.failed, f"cannot write {target}: {exc}", url, attempts)
        else:
            logger.info("model %s: downloaded and verified", entry.path)
            return PullResult(entry, PullStatus.downloaded, "", url, attempts)
    raise AssertionError("unreachable: the last attempt always returns")


def _download(http: httpx.Client, url: str, target: Path, entry: ModelFile) -> None:
    """Stream `url` into a temp file beside `target`, verify it, then move it into place atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            digest, size = _stream(http, url, out, entry)
            out.flush()
            os.fsync(out.fileno())
        if size != entry.bytes:
            raise _Mismatch(f"got {size} bytes, expected {entry.bytes}")
        if digest != entry.sha256:
            raise _Mismatch(f"sha256 {digest} does not match the registry's {entry.sha256}")
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _stream(http: httpx.Client, url: str, out: BinaryIO, entry: ModelFile) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    try:
        with http.stream("GET", url) as response:
            if response.status_code in RETRY_STATUSES:
                raise _Retryable(f"HTTP {response.status_code}")
            if response.status_code != httpx.codes.OK:
                raise _Failed(f"HTTP {response.status_code} from {url}")
            for chunk in response.iter_bytes(CHUNK_BYTES):
                size += len(chunk)
                if size > entry.bytes:
                    # Stop early: a wrong (e.g. HTML error page or bigger) file must not fill the disk.
                    raise _Mismatch(f"got more than the expected {entry.bytes} bytes")
                digest.update(chunk)
                out.write(chunk)
    except MIDSTREAM_ERRORS as exc:
        raise _Retryable(f"{type(exc).__name__}: {exc}") from exc
    except httpx.HTTPError as exc:  # connect errors (already retried by the transport), bad URLs, ...
        raise _Failed(f"{type(exc).__name__}: {exc}") from exc
    return digest.hexdigest(), size
