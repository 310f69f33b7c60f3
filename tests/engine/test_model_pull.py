"""`idphoto models pull` / `list` against a real HTTP server on 127.0.0.1 serving copies of the weights.

Nothing here reaches the internet: every url points at the local server, and entries whose registry url
is third-party are only fetched through the mirror.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import shutil
import socket
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from engine.model_pull import FileStatus, PullStatus, pull, source_url, verify
from engine.models import registry
from idphoto.cli import cli

FAST_RETRIES = (0.01, 0.01)
CUT = "cut"
REQUIRED = [entry for entry in registry() if entry.required]
YUNET = next(entry for entry in REQUIRED if entry.path.endswith("yunet_2023mar_dynamic.onnx"))


class MirrorServer(ThreadingHTTPServer):
    """Serves `root`; counts GET paths; `faults[path]` holds what to answer before the file: an HTTP
    status code, or CUT (send the headers and half the body, then drop the connection)."""

    daemon_threads = True

    def __init__(self, root: Path) -> None:
        self.root = root
        self.hits: Counter[str] = Counter()
        self.faults: dict[str, list[int | str]] = {}
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), functools.partial(MirrorHandler, directory=str(root)))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class MirrorHandler(SimpleHTTPRequestHandler):
    server: MirrorServer

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.hits[self.path] += 1
            queued = self.server.faults.get(self.path)
            fault = queued.pop(0) if queued else None
        if fault == CUT:
            body = (self.server.root / self.path.lstrip("/")).read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
            return
        if fault is not None:
            self.send_error(int(fault))
            return
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""


@pytest.fixture
def mirror(tmp_path: Path, model_dir: Path) -> Iterator[MirrorServer]:
    root = tmp_path / "mirror"
    for entry in REQUIRED:
        (root / entry.path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(model_dir / entry.path, root / entry.path)
    server = MirrorServer(root)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(directory: Path) -> list[Path]:
    return [p for p in directory.rglob("*") if p.name.endswith(".part")]


@pytest.mark.parametrize("via", ["option", "env"])
def test_cli_pull_fills_a_fresh_dir_with_verified_required_files(
    mirror: MirrorServer, tmp_path: Path, via: str
) -> None:
    dest = tmp_path / "models"
    args = ["models", "pull", "--dir", str(dest)]
    env = {"IDPHOTO_MODELS_MIRROR": mirror.url} if via == "env" else {}
    if via == "option":
        args += ["--mirror", mirror.url + "/"]
    result = CliRunner().invoke(cli, args, env=env)
    assert result.exit_code == 0, result.output
    for entry in REQUIRED:
        assert sha256(dest / entry.path) == entry.sha256
        assert (dest / entry.path).stat().st_mode & 0o777 == 0o644
    assert not any((dest / e.path).exists() for e in registry() if not e.required)
    assert set(mirror.hits) == {"/" + entry.path for entry in REQUIRED}
    assert leftovers(dest) == []
    assert f"{len(REQUIRED)} downloaded" in result.stdout


def test_second_pull_reports_present_and_downloads_nothing(mirror: MirrorServer, tmp_path: Path) -> None:
    dest = tmp_path / "models"
    first = pull(dest, mirror=mirror.url)
    assert [r.status for r in first] == [PullStatus.downloaded] * len(REQUIRED)
    requests_after_first = sum(mirror.hits.values())
    lines: list[str] = []
    second = pull(dest, mirror=mirror.url, progress=lines.append)
    assert [r.status for r in second] == [PullStatus.present] * len(REQUIRED)
    assert sum(mirror.hits.values()) == requests_after_first == len(REQUIRED)
    assert all(line.startswith("present") for line in lines)


@pytest.mark.parametrize(
    ("damage", "reason"),
    [("flipped_byte", "does not match"), ("truncated", "expected"), ("extra_bytes", "more than")],
)
def test_corrupt_download_is_rejected_and_never_lands_under_its_name(
    mirror: MirrorServer, tmp_path: Path, damage: str, reason: str
) -> None:
    served = mirror.root / YUNET.path
    data = bytearray(served.read_bytes())
    if damage == "flipped_byte":
        data[len(data) // 2] ^= 0xFF
    elif damage == "truncated":
        data = data[:-100]
    else:
        data += b"<html>error</html>"
    served.write_bytes(bytes(data))
    dest = tmp_path / "models"
    [result] = pull(dest, mirror=mirror.url, entries=[YUNET], retry_delays=FAST_RETRIES)
    assert result.status is PullStatus.checksum_mismatch
    assert reason in result.message
    assert result.attempts == 1, "a checksum mismatch is not transient and must not be retried"
    assert not (dest / YUNET.path).exists()
    assert leftovers(dest) == []


def test_corrupt_existing_file_is_replaced(mirror: MirrorServer, tmp_path: Path) -> None:
    dest = tmp_path / "models"
    (dest / YUNET.path).parent.mkdir(parents=True)
    (dest / YUNET.path).write_bytes(b"truncated")
    assert verify(dest, [YUNET]) == [(YUNET, FileStatus.bad_checksum)]
    [result] = pull(dest, mirror=mirror.url, entries=[YUNET])
    assert result.status is PullStatus.downloaded
    assert verify(dest, [YUNET]) == [(YUNET, FileStatus.ok)]


def test_503_then_success_is_retried(mirror: MirrorServer, tmp_path: Path) -> None:
    mirror.faults["/" + YUNET.path] = [503]
    dest = tmp_path / "models"
    [result] = pull(dest, mirror=mirror.url, entries=[YUNET], retry_delays=FAST_RETRIES)
    assert result.status is PullStatus.downloaded
    assert result.attempts == 2
    assert mirror.hits["/" + YUNET.path] == 2
    assert sha256(dest / YUNET.path) == YUNET.sha256


def test_stream_cut_off_midway_is_retried(mirror: MirrorServer, tmp_path: Path) -> None:
    mirror.faults["/" + YUNET.path] = [CUT]
    dest = tmp_path / "models"
    [result] = pull(dest, mirror=mirror.url, entries=[YUNET], retry_delays=FAST_RETRIES)
    assert result.status is PullStatus.downloaded
    assert mirror.hits["/" + YUNET.path] == 2
    assert sha256(dest / YUNET.path) == YUNET.sha256
    assert leftovers(dest) == []


def test_persistent_5xx_gives_up_after_bounded_retries(mirror: MirrorServer, tmp_path: Path) -> None:
    mirror.faults["/" + YUNET.path] = [503, 502, 500, 503, 503]
    dest = tmp_path / "models"
    [result] = pull(dest, mirror=mirror.url, entries=[YUNET], retry_delays=FAST_RETRIES)
    assert result.status is PullStatus.failed
    assert "HTTP 500" in result.message
    assert mirror.hits["/" + YUNET.path] == 1 + len(FAST_RETRIES)
    assert not (dest / YUNET.path).exists()
    assert leftovers(dest) == []


def test_404_fails_without_retrying(mirror: MirrorServer, tmp_path: Path) -> None:
    (mirror.root / YUNET.path).unlink()
    [result] = pull(tmp_path / "models", mirror=mirror.url, entries=[YUNET], retry_delays=FAST_RETRIES)
    assert result.status is PullStatus.failed
    assert "HTTP 404" in result.message
    assert mirror.hits["/" + YUNET.path] == 1


def test_unreachable_mirror_is_reported(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on once the probe is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with httpx.Client(transport=httpx.HTTPTransport(retries=0)) as client:
        [result] = pull(
            tmp_path / "models", mirror=f"http://127.0.0.1:{port}", entries=[YUNET], client=client
        )
    assert result.status is PullStatus.failed
    assert "ConnectError" in result.message


def test_entry_without_url_or_mirror_is_no_source(mirror: MirrorServer, tmp_path: Path) -> None:
    own_conversion = next(entry for entry in REQUIRED if entry.url is None)
    [result] = pull(tmp_path / "models", mirror=None, entries=[own_conversion])
    assert result.status is PullStatus.no_source
    assert "mirror" in result.message
    assert not result.usable
    assert sum(mirror.hits.values()) == 0


def test_mirror_wins_over_the_registry_url(mirror: MirrorServer, tmp_path: Path) -> None:
    upstream = mirror.root / "upstream" / "yunet.onnx"
    upstream.parent.mkdir()
    shutil.copyfile(mirror.root / YUNET.path, upstream)
    entry = dataclasses.replace(YUNET, url=f"{mirror.url}/upstream/yunet.onnx")
    assert source_url(entry, None) == entry.url
    assert source_url(entry, "https://m.example/models/") == f"https://m.example/models/{YUNET.path}"

    [from_mirror] = pull(tmp_path / "a", mirror=mirror.url, entries=[entry])
    assert from_mirror.status is PullStatus.downloaded
    assert set(mirror.hits) == {"/" + YUNET.path}

    [from_url] = pull(tmp_path / "b", mirror=None, entries=[entry])
    assert from_url.status is PullStatus.downloaded
    assert mirror.hits["/upstream/yunet.onnx"] == 1


def test_cli_pull_exits_1_when_a_required_file_is_unavailable(mirror: MirrorServer, tmp_path: Path) -> None:
    (mirror.root / YUNET.path).unlink()
    dest = tmp_path / "models"
    result = CliRunner().invoke(cli, ["models", "pull", "--dir", str(dest), "--mirror", mirror.url])
    assert result.exit_code == 1
    assert YUNET.path in result.stderr
    assert not (dest / YUNET.path).exists()
    assert all(sha256(dest / e.path) == e.sha256 for e in REQUIRED if e is not YUNET)


def test_cli_list_shared_models_all_required_ok(model_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["models", "list", "--dir", str(model_dir)])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.stdout.splitlines()[2:]}
    assert set(lines) == {entry.path for entry in registry()}
    for entry in REQUIRED:
        assert lines[entry.path].split()[-2:] == ["yes", "ok"]
        assert entry.licence in lines[entry.path]


def test_cli_list_empty_dir_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["models", "list"], env={"IDPHOTO_MODEL_DIR": str(tmp_path)})
    assert result.exit_code == 1
    assert str(tmp_path) in result.stdout
    assert result.stdout.count("missing") == len(registry())
    assert "idphoto models pull" in result.stderr
