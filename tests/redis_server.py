"""A real redis-server for the test session: loopback only, a free port, no persistence, own folder.

Why a real server and not a fake: the bot's guarantees (acknowledged stream entries, reclaimed
jobs, result TTLs, FSM state surviving a restart) are Redis behaviour; only Redis can prove them.
A missing binary is a failure, not a skip: scripts/test.sh installs it (apt) on a fresh machine.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
from pathlib import Path

from tests.local_server import free_port, wait_ready

START_TIMEOUT_S = 10.0


class RedisServerError(RuntimeError):
    pass


class RedisServer:
    def __init__(self, directory: Path, *, appendonly: bool = False) -> None:
        self.directory = Path(directory)
        self.appendonly = appendonly  # AOF, fsync on every write: a restart keeps every key
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RedisServerError(
                "redis-server not found: install it (apt-get install -y redis-server); scripts/test.sh does"
            )
        self.directory.mkdir(parents=True, exist_ok=True)
        for _attempt in range(3):  # the free port may be taken between choosing and binding it
            self.port = self.port or free_port()  # set: a restart on the port clients know
            log = (self.directory / "redis.log").open("ab")
            self.process = subprocess.Popen(
                [
                    binary,
                    "--port", str(self.port),
                    "--bind", "127.0.0.1",
                    "--save", "",
                    "--appendonly", "yes" if self.appendonly else "no",
                    "--appendfsync", "always",
                    "--dir", str(self.directory),
                    "--daemonize", "no",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.directory,
            )  # fmt: skip
            log.close()
            if self._wait_ready():
                return self
            self.stop()
            self.port = 0
        raise RedisServerError(f"redis-server did not start; see {self.directory / 'redis.log'}")

    def _wait_ready(self) -> bool:
        return wait_ready(self.process, self.ping, START_TIMEOUT_S, 0.02)

    def ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None
