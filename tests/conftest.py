"""Shared fixtures: the real sample photos and the model directory beside the checkout."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = SHARED / "samples" / "selfies"

if "IDPHOTO_MODEL_DIR" not in os.environ:
    os.environ["IDPHOTO_MODEL_DIR"] = str(SHARED / "models")


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    if not SAMPLES.is_dir():
        pytest.fail(f"sample photos missing: {SAMPLES}")
    return SAMPLES


@pytest.fixture(scope="session")
def gallery_dir() -> Path:
    """Real-world portraits (busy backgrounds, tilts, tight crops; labels in its manifest)."""
    gallery = SAMPLES.parent / "gallery"
    if not gallery.is_dir():
        pytest.fail(f"gallery photos missing: {gallery}")
    return gallery


@pytest.fixture(scope="session")
def sample_manifest(samples_dir: Path) -> dict:
    return json.loads((samples_dir / "manifest.json").read_text())


@pytest.fixture(scope="session")
def model_dir() -> Path:
    return Path(os.environ["IDPHOTO_MODEL_DIR"])


@pytest.fixture(scope="session")
def astronaut() -> np.ndarray:
    from skimage import data

    return np.ascontiguousarray(data.astronaut())


@pytest.fixture(scope="session")
def grace_hopper_path() -> Path:
    from matplotlib import cbook

    return Path(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False))


@pytest.fixture(scope="session")
def engine(model_dir: Path):
    """One engine for the whole session, like a worker: models load once."""
    from engine.pipeline import Engine

    with Engine(model_dir) as instance:
        yield instance


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory):
    """A real redis-server on a free loopback port for the whole session (tests/redis_server.py).

    Tests share it and keep apart by key prefix (see `redis_prefix`), never by flushing."""
    from tests.redis_server import RedisServer, RedisServerError

    server = RedisServer(tmp_path_factory.mktemp("redis"))
    try:
        server.start()
    except RedisServerError as exc:
        pytest.fail(str(exc))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def redis_url(redis_server) -> str:
    return redis_server.url


@pytest.fixture
def redis_prefix() -> str:
    """A key prefix of its own for one test (REDIS_PREFIX / RuntimeSettings.redis_prefix)."""
    import uuid

    return f"t{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory):
    """A real PostgreSQL on a free loopback port for the whole session (tests/postgres_server.py).

    Tests share it and keep apart by database (see `postgres_url`), one fresh database each."""
    from tests.postgres_server import PostgresServer, PostgresServerError

    server = PostgresServer(tmp_path_factory.mktemp("postgres"))
    try:
        server.start()
    except PostgresServerError as exc:
        pytest.fail(str(exc))
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A fresh, empty database of its own for one test: postgresql+asyncpg://idphoto@127.0.0.1:<port>/t<hex>.

    Dropped afterwards (WITH (FORCE): connections a test left open do not keep it)."""
    import uuid

    name = f"t{uuid.uuid4().hex[:12]}"
    url = postgres_server.create_database(name)
    yield url
    postgres_server.drop_database(name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A SQLite file of its own for one test: sqlite+aiosqlite:///<tmp_path>/idphoto.db."""
    return f"sqlite+aiosqlite:///{tmp_path / 'idphoto.db'}"


@pytest.fixture(params=["sqlite", "postgresql"], ids=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str:
    """Either backend's URL, so a test written once runs on both.

    Lazy: only the postgresql case starts PostgreSQL, so a sqlite-only run (-k sqlite) never does."""
    fixture = {"sqlite": "sqlite_url", "postgresql": "postgres_url"}[request.param]
    return request.getfixturevalue(fixture)


# --- the two tiers ------------------------------------------------------------------------------------
# Tests that start a real Redis or PostgreSQL (or bot and worker processes on them) are the `e2e` tier;
# `pytest -m "not e2e"` runs everything else, needing neither server.
E2E_FIXTURES = frozenset({"redis_server", "redis_url", "postgres_server", "postgres_url"})
# Tests that load the engine's models and render real photos (directly, or through the bot's
# embedded engine) are the `engine` tier; `pytest -m "not e2e and not engine"` is the quick tier
# (catalogue, search, payments on SQLite, texts, protocol, fake Bot API) that runs in well under a
# minute.
ENGINE_FIXTURES = frozenset({"engine", "env", "host", "engine_host", "embedded"})
TESTS = Path(__file__).resolve().parent
# whole folders / modules whose tests render through the engine or its command line
ENGINE_PLACES = ("engine", "bot/test_checkout.py", "bot/test_conversation.py", "bot/test_support.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        callspec = getattr(item, "callspec", None)
        on_postgres = callspec is not None and callspec.params.get("database_url") == "postgresql"
        if names & E2E_FIXTURES or on_postgres:
            item.add_marker(pytest.mark.e2e)
        elif names & ENGINE_FIXTURES or _under(item, ENGINE_PLACES):
            item.add_marker(pytest.mark.engine)


def _under(item: pytest.Item, places: tuple[str, ...]) -> bool:
    where = Path(str(item.path)).resolve()
    return any(where == TESTS / place or (TESTS / place) in where.parents for place in places)
