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
