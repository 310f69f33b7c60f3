"""A real PostgreSQL server for the test session: loopback only, a free port, no durability, own cluster.

Why a real server and not SQLite alone or a fake: the payments database's guarantees (balance changes
serialised by SELECT ... FOR UPDATE on the user row, constraints raced by concurrent transactions, the
migrations as they run in production) are PostgreSQL behaviour; only PostgreSQL can prove them.
A missing binary is a failure, not a skip: scripts/test.sh installs it (apt) on a fresh machine.

PostgreSQL refuses to run as root. When the tests run as root (uid 0, as on the CI machines) the cluster
belongs to the `postgres` system user that Debian's postgresql package creates, and initdb/postgres run
as that user (subprocess's user=/group=); the cluster lives in a fresh folder under the system temp
folder, which that user can reach (pytest's own temp folders are private to their owner).
"""

from __future__ import annotations

import asyncio
import atexit
import glob
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from tests.local_server import free_port, wait_ready

START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 10.0
SUPERUSER = "idphoto"
SYSTEM_USER = "postgres"  # who runs the server when the tests run as root
DATABASE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class PostgresServerError(RuntimeError):
    pass


def _version_key(bindir: str) -> tuple[int, ...]:
    version = Path(bindir).parent.name  # /usr/lib/postgresql/<version>/bin
    return tuple(int(part) for part in re.findall(r"\d+", version)) or (0,)


def find_bindir() -> Path:
    """The folder holding initdb and postgres: PATH first, else Debian's highest /usr/lib/postgresql/*/bin."""
    candidates: list[Path] = []
    initdb = shutil.which("initdb")
    if initdb is not None:
        candidates.append(Path(os.path.realpath(initdb)).parent)
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    candidates.extend(Path(path) for path in debian)
    for bindir in candidates:
        if all(os.access(bindir / name, os.X_OK) for name in ("initdb", "postgres")):
            return bindir
    raise PostgresServerError(
        "PostgreSQL not found (initdb and postgres, on PATH or under /usr/lib/postgresql/*/bin): "
        "install it (apt-get install -y postgresql); scripts/test.sh does"
    )


def run_coroutine(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """asyncio.run, also from inside a running event loop (then on a thread of its own)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = asyncio.run(coroutine)
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="postgres-server-helper")
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


class PostgresServer:
    """initdb a fresh cluster, run `postgres` on 127.0.0.1:<free port>; `directory` keeps the logs."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.port = 0
        self.user = SUPERUSER
        self.process: subprocess.Popen[bytes] | None = None
        self.cluster: Path | None = None  # temp folder: data/ and the unix socket
        self._run_as: dict[str, Any] = {}

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the `postgres` maintenance database."""
        return self.database_url("postgres")

    def database_url(self, name: str) -> str:
        return f"postgresql+asyncpg://{self.user}@127.0.0.1:{self.port}/{name}"

    def dsn(self, name: str = "postgres") -> str:
        """libpq/asyncpg DSN (no SQLAlchemy driver suffix)."""
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{name}"

    def start(self) -> PostgresServer:
        bindir = find_bindir()
        self.directory.mkdir(parents=True, exist_ok=True)
        self._prepare_cluster()
        assert self.cluster is not None
        data = self.cluster / "data"
        self._initdb(bindir, data)
        atexit.register(self.stop)
        for _attempt in range(3):  # the free port may be taken between choosing and binding it
            self.port = free_port()
            log = (self.directory / "postgres.log").open("ab")
            self.process = subprocess.Popen(
                [
                    str(bindir / "postgres"),
                    "-D", str(data),
                    "-p", str(self.port),
                    "-c", "listen_addresses=127.0.0.1",
                    "-c", f"unix_socket_directories={self.cluster}",
                    "-c", "fsync=off",
                    "-c", "synchronous_commit=off",
                    "-c", "full_page_writes=off",
                    "-c", "max_connections=200",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.cluster,
                **self._run_as,
            )  # fmt: skip
            log.close()
            if self._wait_ready():
                return self
            self._stop_process()
        self.stop()
        raise PostgresServerError(f"postgres did not start; see {self.directory / 'postgres.log'}")

    def _prepare_cluster(self) -> None:
        self.cluster = Path(tempfile.mkdtemp(prefix="idphoto-postgres-"))
        if os.geteuid() != 0:
            return
        try:
            account = pwd.getpwnam(SYSTEM_USER)
        except KeyError:
            shutil.rmtree(self.cluster, ignore_errors=True)
            self.cluster = None
            raise PostgresServerError(
                f"running as root, and PostgreSQL refuses to run as root, but there is no '{SYSTEM_USER}' "
                "user to run it as: install Debian's postgresql package (apt-get install -y postgresql), "
                "which creates it, or run the tests as an ordinary user"
            ) from None
        os.chown(self.cluster, account.pw_uid, account.pw_gid)
        os.chmod(self.cluster, 0o700)
        self._run_as = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}

    def _initdb(self, bindir: Path, data: Path) -> None:
        with (self.directory / "initdb.log").open("wb") as log:
            completed = subprocess.run(
                [
                    str(bindir / "initdb"),
                    "-D", str(data),
                    "-U", SUPERUSER,
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C",
                    "--no-sync",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.cluster,
                check=False,
                **self._run_as,
            )  # fmt: skip
        if completed.returncode != 0:
            output = (self.directory / "initdb.log").read_text(errors="replace").strip()
            self.stop()
            raise PostgresServerError(f"initdb failed ({completed.returncode}):\n{output}")

    def _wait_ready(self) -> bool:
        return wait_ready(self.process, self.ping, START_TIMEOUT_S, 0.05)

    def ping(self) -> bool:
        """The server takes a TCP connection and answers a real query."""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                pass
        except OSError:
            return False
        try:
            return run_coroutine(self._query_one("select 1")) == 1
        except Exception:  # starting up, shutting down, not there
            return False

    async def _query_one(self, query: str) -> Any:
        import asyncpg

        connection = await asyncpg.connect(self.dsn(), timeout=2)
        try:
            return await connection.fetchval(query)
        finally:
            await connection.close()

    async def _execute(self, *statements: str) -> None:
        import asyncpg

        connection = await asyncpg.connect(self.dsn(), timeout=5)
        try:
            for statement in statements:
                await connection.execute(statement)
        finally:
            await connection.close()

    def create_database(self, name: str) -> str:
        """Create an empty database; return its SQLAlchemy URL (postgresql+asyncpg://...)."""
        if not DATABASE_NAME.match(name):
            raise ValueError(f"database name must match {DATABASE_NAME.pattern}: {name!r}")
        run_coroutine(self._execute(f'create database "{name}"'))
        return self.database_url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, ending any sessions still connected to it."""
        if not DATABASE_NAME.match(name):
            raise ValueError(f"database name must match {DATABASE_NAME.pattern}: {name!r}")
        run_coroutine(self._execute(f'drop database if exists "{name}" with (force)'))

    def _stop_process(self) -> None:
        if self.process is None:
            return
        # SIGINT is PostgreSQL's fast shutdown (end sessions, roll back, checkpoint, exit);
        # SIGQUIT its immediate one; SIGKILL if even that hangs.
        for sig in (signal.SIGINT, signal.SIGQUIT, signal.SIGKILL):
            if self.process.poll() is not None:
                break
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=STOP_TIMEOUT_S)
                break
            except subprocess.TimeoutExpired:
                continue
        self.process.wait()
        self.process = None

    def stop(self) -> None:
        self._stop_process()
        atexit.unregister(self.stop)
        if self.cluster is not None:
            shutil.rmtree(self.cluster, ignore_errors=True)
            self.cluster = None
