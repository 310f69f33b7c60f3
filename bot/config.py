"""Bot and worker settings, read from the environment and an optional `.env` file.

Why two classes: the engine worker needs Redis, the data folder and the job limits but must not
need (or ever see) the bot token, so `RuntimeSettings` carries everything shared and `Settings`
adds the Telegram side. Field names are the lowercase of the environment variables
(`BOT_TOKEN` → `settings.bot_token`); matching is case-insensitive.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from platformdirs import user_data_path
from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what Telegram accepts for setWebhook secret_token


class ConfigError(ValueError):
    """Settings are missing or invalid; the message says which variable and how to fix it."""


class RuntimeSettings(BaseSettings):
    """What both the bot and the engine worker read."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    redis_url: str | None = None  # set → Redis FSM storage + Redis Streams job queue; unset → all in-process
    redis_prefix: str = "idphoto"  # every Redis key of this deployment starts with it
    # Accounts, orders and the credits ledger: PostgreSQL (postgresql://…) in production; unset → a
    # SQLite file in DATA_DIR. Migrations run at start (and with `idphoto db upgrade`).
    database_url: str | None = None
    data_dir: Path = Field(default_factory=lambda: user_data_path("idphoto") / "bot")
    model_dir: Path | None = Field(
        default=None, validation_alias=AliasChoices("IDPHOTO_MODEL_DIR", "MODEL_DIR")
    )
    engine_threads: int | None = Field(default=None, ge=1)  # per model session; None = onnxruntime default
    # `idphoto worker --device/--batch`: "auto" takes CUDA when onnxruntime-gpu is installed (the
    # `gpu` extra), "cuda" insists on it, "cpu" never uses it. ENGINE_BATCH > 1 runs that many jobs
    # at once on shared model sessions whose concurrent calls are batched (worthwhile on a GPU).
    engine_device: str = Field(default="auto", pattern="^(auto|cpu|cuda)$")
    engine_batch: int = Field(default=1, ge=1, le=64)
    retention_hours: float = Field(default=24, gt=0)  # selfies and results are deleted after this
    sweep_interval_s: float = Field(default=600, gt=0)  # how often the retention sweeper runs
    job_timeout_s: float = Field(default=60, gt=0)  # the bot gives up waiting (user gets a retry button)
    # A job whose worker stopped acknowledging for this long is handed to another worker. It must be
    # longer than the slowest job, or a live worker's job gets a second runner.
    job_reclaim_idle_s: float = Field(default=120, gt=0)
    job_max_deliveries: int = Field(default=3, ge=1)  # a job that kills its worker this often is dropped
    # Jobs run best priority first (paid final files, then users with credits, then free); a job
    # waiting this long competes one class higher, so a free job waits at most about twice this.
    job_promote_s: float = Field(default=30, gt=0)
    # Operations: METRICS_PORT set → /metrics (Prometheus), /healthz and /readyz on that port
    # (bot/observability/); LOG_FORMAT=json → one JSON object per log line.
    metrics_port: int | None = Field(default=None, ge=0, le=65535)
    metrics_host: str = "0.0.0.0"
    log_format: str = Field(default="text", pattern="^(text|json)$")
    # SIGTERM: the worker finishes its running job (or leaves it to be reclaimed) within this; the
    # bot stops taking updates and lets the running ones finish within it, then exits.
    shutdown_grace_s: float = Field(default=25, gt=0)
    result_ttl_s: int | None = Field(default=None, gt=0)  # stored job results; None = the retention period

    @property
    def retention(self) -> timedelta:
        return timedelta(hours=self.retention_hours)

    @property
    def result_ttl(self) -> int:
        return self.result_ttl_s or max(1, int(self.retention.total_seconds()))


class Settings(RuntimeSettings):
    """The bot process: everything above plus Telegram."""

    bot_token: SecretStr = Field(default=None, validate_default=True)
    telegram_api_url: str | None = None  # a local Bot API server (tests: the fake server); None = Telegram
    webhook_url: str | None = None  # public https URL Telegram posts updates to (`idphoto bot --webhook`)
    webhook_secret: SecretStr | None = None  # X-Telegram-Bot-Api-Secret-Token; required with --webhook
    webhook_host: str = "0.0.0.0"  # where the webhook server listens (behind the TLS proxy)
    webhook_port: int = Field(default=8080, ge=0, le=65535)
    free_mode: bool = False  # deliver without payment (demos, staging); real money never moves
    payment_secret: SecretStr | None = None  # signs invoice payloads; unset → derived from BOT_TOKEN
    prices_file: Path | None = None  # the price table (TOML); unset → payments/prices.toml
    rate_limit_per_min: int = Field(default=20, ge=1)  # user updates per minute before a polite "slow down"
    max_file_mb: float = Field(default=20, gt=0)  # the Bot API download limit
    state_ttl_days: float = Field(default=30, gt=0)  # FSM state and data of an inactive user
    # The support desk: a forum supergroup where the bot is an admin allowed to manage topics. Its
    # members are staff (checked with getChatMember), plus STAFF_IDS. Unset → /support says so.
    support_chat_id: int | None = None
    staff_ids: list[int] = Field(default_factory=list)  # JSON list in the environment: [111, 222]
    support_rate_limit: int = Field(default=20, ge=1)  # posts per window in the group: Telegram's
    support_rate_window_s: float = Field(default=60, gt=0)  # limit is about 20 a minute per group
    staff_cache_s: float = Field(default=300, gt=0)  # how long a getChatMember answer is trusted
    # Paid deliveries (bot/services/delivery.py): a delivering process renews its lease on the order
    # every third of DELIVERY_LEASE_S; a process gone that long has its orders taken over. Every bot
    # process looks for paid orders nobody delivers every DELIVERY_SCAN_S; a delivery that failed for
    # a passing reason is tried again after DELIVERY_RETRY_S × attempts, and refunded after
    # DELIVERY_ATTEMPTS tries.
    delivery_lease_s: float = Field(default=20, gt=0)
    delivery_scan_s: float = Field(default=5, gt=0)
    delivery_retry_s: float = Field(default=10, ge=0)
    delivery_attempts: int = Field(default=3, ge=1)
    # Stars payments whose update was lost (a bot killed while handling it) are found in Telegram's
    # transaction list every PAYMENT_SYNC_S, once older than PAYMENT_GRACE_S (bot/services/payment_sync.py).
    payment_sync_s: float = Field(default=10, gt=0)
    payment_grace_s: float = Field(default=15, ge=0)
    # The per-user update lock in Redis is a lease too (bot/isolation.py): renewed while the update
    # runs, so a bot that died holding it frees its user after USER_LOCK_LEASE_S.
    user_lock_lease_s: float = Field(default=10, gt=0)
    # The capture Mini App (bot/webapp): the public https URL its page is served at (it ends with
    # /webapp/; BotFather's domain must match). Unset → no camera-guide button. With --webhook the
    # webhook server serves it; with polling, a small server on WEBAPP_HOST:WEBAPP_PORT does.
    webapp_url: str | None = None
    webapp_host: str = "0.0.0.0"
    webapp_port: int = Field(default=8081, ge=0, le=65535)
    webapp_init_max_age_s: float = Field(default=3600, gt=0)  # initData older than this is refused
    webapp_uploads_per_min: int = Field(default=6, ge=1)  # camera-guide uploads per user per minute

    @field_validator("bot_token", mode="before")
    @classmethod
    def _token_present(cls, value: object) -> object:
        text = value.get_secret_value() if isinstance(value, SecretStr) else value
        if not text or not str(text).strip():
            raise ValueError(
                "BOT_TOKEN is not set. Create a bot with @BotFather and put BOT_TOKEN=<token> in the "
                "environment or in a .env file in the working directory."
            )
        if ":" not in str(text):
            raise ValueError("BOT_TOKEN does not look like a bot token (expected '<digits>:<secret>').")
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _secret_allowed(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _SECRET_TOKEN.match(value.get_secret_value()):
            raise ValueError("WEBHOOK_SECRET may only use A-Z, a-z, 0-9, _ and -, 1 to 256 characters.")
        return value

    @field_validator("webapp_url")
    @classmethod
    def _webapp_https(cls, value: str | None) -> str | None:
        """Telegram opens Mini Apps over https only; plain http is let through for loopback (tests)."""
        if value is None or not value.strip():
            return None
        parts = urlsplit(value)
        loopback = parts.hostname in {"127.0.0.1", "localhost", "::1"}
        if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
            raise ValueError("WEBAPP_URL must be an https URL (Telegram opens Mini Apps over https only).")
        if not parts.path.endswith("/webapp/"):
            raise ValueError("WEBAPP_URL must end with /webapp/ (where the bot serves the page).")
        return value


S = TypeVar("S", bound=RuntimeSettings)


def load_settings(cls: type[S] = Settings, **overrides: object) -> S:  # type: ignore[assignment]
    """Settings from env/.env, with pydantic's error turned into one readable `ConfigError`."""
    try:
        return cls(**overrides)  # type: ignore[arg-type]  # pydantic checks them at run time
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            name = ".".join(str(part) for part in error["loc"]).upper() or "settings"
            message = str(error["msg"]).removeprefix("Value error, ")
            lines.append(message if name in message else f"{name}: {message}")
        raise ConfigError("\n".join(lines)) from None
