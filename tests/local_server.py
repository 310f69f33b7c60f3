"""What the tests' real servers (redis_server.py, postgres_server.py) share: a free loopback port
and waiting until a freshly started process answers."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Callable


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_ready(
    process: subprocess.Popen[bytes] | None, ping: Callable[[], bool], timeout_s: float, interval_s: float
) -> bool:
    """True once `ping` succeeds; False when the process exits first or `timeout_s` passes."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is None or process.poll() is not None:
            return False
        if ping():
            return True
        time.sleep(interval_s)
    return False
