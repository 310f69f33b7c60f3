"""deploy/ stays true to the code: no container runtime can start here, so these files are checked
against what they name. Every `idphoto` command line in the Dockerfile and compose.yaml parses with
the real click commands; every environment variable given to an idphoto container is a setting
(or one the engine reads); the health checks and the Prometheus scrape use the operations
server's paths on METRICS_PORT; the webhook port and the proxy agree; the image is multi-stage and
does not run as root; Redis keeps an append-only file and PostgreSQL a volume.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click
import pytest
import yaml

from bot.config import Settings
from bot.observability.server import PATHS
from idphoto.cli import cli

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
# read by the engine or the models command, not by Settings; set by the image for Python itself
ENGINE_ENV = {"IDPHOTO_ONNX_THREADS", "IDPHOTO_MODELS_MIRROR"}
SYSTEM_ENV = {"PATH", "PYTHONUNBUFFERED"}


def setting_names() -> set[str]:
    names = set()
    for name, field in Settings.model_fields.items():
        names.add(name.upper())
        alias = field.validation_alias
        for choice in getattr(alias, "choices", [alias] if isinstance(alias, str) else []):
            names.add(str(choice).upper())
    return names


def parse_command(args: list[str]) -> click.Command:
    """Resolve `idphoto ARGS` through the real click group, parsing every option (no callback runs)."""
    command: click.Command = cli
    parent = click.Context(cli, info_name="idphoto")
    rest = list(args)
    while isinstance(command, click.Group):
        assert rest, f"{args}: a group needs a subcommand"
        name, rest = rest[0], rest[1:]
        sub = command.get_command(parent, name)
        assert sub is not None, f"{args}: no command {name!r}"
        command = sub
        if isinstance(command, click.Group):
            parent = click.Context(command, info_name=name, parent=parent)
        else:
            command.make_context(name, list(rest), parent=parent)  # raises on an unknown option
    return command


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    return data


@pytest.fixture(scope="module")
def dockerfile() -> str:
    return (DEPLOY / "Dockerfile").read_text()


def idphoto_services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: s for name, s in compose["services"].items() if s.get("image", "").startswith("idphoto")}


def test_every_command_exists(compose: dict[str, Any], dockerfile: str) -> None:
    services = idphoto_services(compose)
    assert {"bot", "worker", "migrate"} <= set(services)
    for name, service in services.items():
        parse_command(service["command"])
        assert service["command"][0] in {"bot", "worker", "db"}, name
    cmd = re.search(r"^CMD (\[.*\])$", dockerfile, re.M)
    assert cmd is not None and re.search(r'^ENTRYPOINT \["idphoto"\]$', dockerfile, re.M)
    parse_command(yaml.safe_load(cmd.group(1)))
    for line in re.findall(r"idphoto (models pull[^;\n]*)", dockerfile):
        parse_command(shlex.split(line.replace('"$IDPHOTO_MODELS_MIRROR"', "URL")))
    with pytest.raises(click.UsageError):  # the check itself can fail
        parse_command(["bot", "--no-such-option"])


def test_every_environment_variable_is_a_setting(compose: dict[str, Any], dockerfile: str) -> None:
    known = setting_names() | ENGINE_ENV
    assert "IDPHOTO_MODEL_DIR" in known and "METRICS_PORT" in known and "SHUTDOWN_GRACE_S" in known
    for name, service in idphoto_services(compose).items():
        unknown = set(service["environment"]) - known
        assert not unknown, f"{name}: {sorted(unknown)} are not settings"
    runtime = dockerfile.split("AS runtime", 1)[1]  # what the running containers see
    env_block = re.search(r"^ENV (.*?)(?=^\S)", runtime, re.M | re.S)
    assert env_block is not None
    image_env = set(re.findall(r"([A-Z_]+)=", env_block.group(1)))
    assert image_env - SYSTEM_ENV <= known, sorted(image_env - SYSTEM_ENV - known)


def test_health_checks_and_scrapes_use_the_operations_server(
    compose: dict[str, Any], dockerfile: str
) -> None:
    urls = []
    for name in ("bot", "worker"):
        service = idphoto_services(compose)[name]
        port = service["environment"]["METRICS_PORT"]
        test = " ".join(service["healthcheck"]["test"])
        found = re.findall(r"http://127\.0\.0\.1:(\d+)(/\w+)", test)
        assert found, test
        urls += [(p, path, port) for p, path in found]
    image_port = re.search(r"METRICS_PORT=(\d+)", dockerfile)
    assert image_port is not None
    urls += [
        (p, path, image_port.group(1)) for p, path in re.findall(r"127\.0\.0\.1:(\d+)(/\w+)", dockerfile)
    ]
    for port, path, metrics_port in urls:
        assert path in PATHS and port == metrics_port, (port, path)
    prometheus = yaml.safe_load((DEPLOY / "prometheus.yml").read_text())
    for job in prometheus["scrape_configs"]:
        assert job["metrics_path"] == "/metrics" == PATHS[0]
        for sd in job["dns_sd_configs"]:
            assert str(sd["port"]) == image_port.group(1)
            assert set(sd["names"]) <= set(compose["services"])


def test_webhook_port_proxy_and_exposed_ports_agree(compose: dict[str, Any], dockerfile: str) -> None:
    bot = idphoto_services(compose)["bot"]["environment"]
    caddy = (DEPLOY / "Caddyfile").read_text()
    assert f"dynamic a bot {bot['WEBHOOK_PORT']}" in caddy
    exposed = set(re.findall(r"^EXPOSE (.*)$", dockerfile, re.M)[0].split())
    assert {bot["WEBHOOK_PORT"], bot["METRICS_PORT"]} <= exposed
    assert "WEBHOOK_URL" in bot and urlsplit("https://example.org/hook").scheme == "https"


def test_image_is_multi_stage_and_not_root(dockerfile: str) -> None:
    stages = re.findall(r"^FROM \S+(?: AS (\w+))?$", dockerfile, re.M)
    assert len(stages) >= 3 and stages[-1] == "runtime"
    runtime = dockerfile.split("AS runtime", 1)[1]
    user = re.findall(r"^USER (\S+)$", runtime, re.M)
    assert user and user[-1] not in {"root", "0"}
    assert "useradd --uid 10001" in runtime


def test_redis_keeps_an_append_only_file_and_postgres_a_volume(compose: dict[str, Any]) -> None:
    services = compose["services"]
    command = services["redis"]["command"]
    assert command[command.index("--appendonly") + 1] == "yes"
    assert any(v.endswith(":/var/lib/postgresql/data") for v in services["postgres"]["volumes"])
    assert "profiles" in services["prometheus"]  # optional
    for name in ("bot", "worker"):
        assert "data:/data" in idphoto_services(compose)[name]["volumes"]  # DATA_DIR shared


def test_the_deploy_readme_says_what_was_not_run() -> None:
    text = (DEPLOY / "README.md").read_text()
    assert "not run" in text.lower() or "never run" in text.lower()
