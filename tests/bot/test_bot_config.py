"""Settings from the environment and .env, and the errors a person sees when one is missing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.config import ConfigError, RuntimeSettings, Settings, load_settings
from idphoto.cli import cli

ENV_NAMES = (
    "BOT_TOKEN",
    "REDIS_URL",
    "DATA_DIR",
    "FREE_MODE",
    "RETENTION_HOURS",
    "WEBHOOK_SECRET",
    "WEBHOOK_URL",
    "TELEGRAM_API_URL",
    "JOB_TIMEOUT_S",
    "RATE_LIMIT_PER_MIN",
)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    """No bot variables and no .env from the checkout: the test sets what it needs."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return monkeypatch


def test_missing_token_is_explained(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(Settings)
    assert "BOT_TOKEN is not set" in str(caught.value) and "@BotFather" in str(caught.value)
    worker_side = load_settings(RuntimeSettings)  # the worker never needs the token
    assert worker_side.redis_url is None


def test_values_come_from_environment_and_dotenv(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    Path(".env").write_text("BOT_TOKEN=123:from-dotenv\nFREE_MODE=1\nRETENTION_HOURS=6\n")
    clean_env.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    clean_env.setenv("DATA_DIR", str(tmp_path / "d"))
    clean_env.setenv("IDPHOTO_MODEL_DIR", str(tmp_path / "m"))
    clean_env.setenv("RATE_LIMIT_PER_MIN", "7")
    settings = load_settings(Settings)
    assert settings.bot_token.get_secret_value() == "123:from-dotenv"
    assert "from-dotenv" not in repr(settings)  # secrets stay out of logs and tracebacks
    assert settings.free_mode is True
    assert settings.retention_hours == 6 and settings.result_ttl == 6 * 3600
    assert settings.redis_url == "redis://127.0.0.1:1/0"
    assert settings.data_dir == tmp_path / "d" and settings.model_dir == tmp_path / "m"
    assert settings.rate_limit_per_min == 7
    assert settings.database_url is None


def test_bad_values_are_named(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("BOT_TOKEN", "123:x")
    clean_env.setenv("WEBHOOK_SECRET", "has spaces!")
    clean_env.setenv("JOB_TIMEOUT_S", "-1")
    with pytest.raises(ConfigError) as caught:
        load_settings(Settings)
    message = str(caught.value)
    assert "WEBHOOK_SECRET may only use" in message
    assert "JOB_TIMEOUT_S" in message


def test_commands_report_missing_settings(clean_env: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["bot"])
    assert result.exit_code == 1 and "BOT_TOKEN is not set" in result.output
    result = runner.invoke(cli, ["worker"])
    assert result.exit_code == 1 and "REDIS_URL is not set" in result.output
    assert "bot" in runner.invoke(cli, ["--help"]).output
    assert os.environ.get("BOT_TOKEN") is None
