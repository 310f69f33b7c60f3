"""Paying users while the deployment breaks under them: the money is never lost and never taken twice.

One `idphoto bot` (long polling), two `idphoto worker` processes, a real redis-server with an
append-only file (a restart keeps its keys, as in production), the payments database on a SQLite
file in the shared data folder, and the fake Telegram server in this process. Faults, in order:

1. Four users pay at once; as soon as the first delivery is rendering the bot is SIGKILLed (no
   cleanup: its claims on the orders stay behind) and so is a worker (its job is reclaimed).
2. A new bot process starts. Two more users, already at the capture step, send their selfie while
   Redis is down; Redis comes back on the same port a moment later.
3. Those two keep going like real people (they send the selfie again when nothing useful came
   back), preview, pay, and wait for their files.

Then every paid order must be delivered exactly once (the four files, each once) or refunded;
nobody may be charged twice; no paid user may be told to start over (/new: a second invoice for
the same photo); and every user who kept going must have their files.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiogram.fsm.storage.base import BaseStorage

from bot.app import build_storage
from bot.config import Settings
from bot.conversation.callbacks import BackgroundCb, BuyCb, Nav, NavCb
from bot.conversation.naming import document_name
from bot.conversation.texts import I18n
from bot.jobs.client import EngineJobs
from bot.photos import PhotoStore
from specs import load_catalogue
from tests.bot_process import BotProcess
from tests.conversation_script import Person, selfie
from tests.fake_telegram import FakeTelegramServer, WaitTimeout
from tests.redis_server import RedisServer
from tests.worker_process import WorkerProcess, wait_until_ready, worker_env

pytestmark = pytest.mark.e2e

DOC = "us_passport"
FILES = ["photo.jpg", "sheet_4x6.jpg", "sheet_letter.pdf", "report.txt"]
JOB_TIMEOUT_S = 30
RECLAIM_IDLE_S = 2.0
LEASE_S = 3.0  # a dead bot's claim on an order is taken over after this (DELIVERY_LEASE_S)
SETTLE_TIMEOUT_S = 60.0  # every paid order delivered or refunded within this after the faults
FIRST_WAVE, SECOND_WAVE = (9701, 9702, 9703, 9704), (9711, 9712)


@dataclass
class Stage:
    """What a `Person` reads: the fake server, the catalogues, the bot's FSM storage."""

    server: FakeTelegramServer
    i18n: I18n
    storage: BaseStorage
    redis: RedisServer
    settings: Settings
    folder: Path
    model_dir: Path
    jobs: EngineJobs
    bots: list[BotProcess] = field(default_factory=list)
    workers: list[WorkerProcess] = field(default_factory=list)

    def start_bot(self, name: str) -> BotProcess:
        env = worker_env(self.settings, self.model_dir)
        env.update(
            BOT_TOKEN=self.server.token,
            TELEGRAM_API_URL=self.server.url,
            FREE_MODE="0",
            JOB_TIMEOUT_S=str(JOB_TIMEOUT_S),
            DELIVERY_LEASE_S=str(LEASE_S),
            DELIVERY_SCAN_S="0.5",
            PAYMENT_SYNC_S="1",
            PAYMENT_GRACE_S="3",
        )
        bot = BotProcess(env, self.folder, name)
        self.bots.append(bot)
        return bot

    def start_worker(self, name: str) -> WorkerProcess:
        worker = WorkerProcess(worker_env(self.settings, self.model_dir), self.folder, name)
        self.workers.append(worker)
        return worker

    def logs(self) -> str:
        return "\n".join(f"--- {p.log.name}\n{p.tail()}" for p in [*self.bots, *self.workers])


@pytest.fixture
async def stage(tmp_path: Path, model_dir: Path) -> AsyncIterator[Stage]:
    redis = RedisServer(tmp_path / "redis", appendonly=True).start()
    async with FakeTelegramServer() as server:
        settings = Settings(
            bot_token=server.token,
            telegram_api_url=server.url,
            redis_url=redis.url,
            redis_prefix="faults",
            data_dir=tmp_path / "data",
            job_reclaim_idle_s=RECLAIM_IDLE_S,
            job_timeout_s=JOB_TIMEOUT_S,
            result_ttl_s=600,
        )
        storage = build_storage(settings)
        jobs = EngineJobs.from_settings(settings, PhotoStore(settings.data_dir, settings.retention))
        await jobs.start()
        running = Stage(server, I18n(), storage, redis, settings, tmp_path, model_dir, jobs)
        try:
            yield running
        finally:
            processes = [*running.bots, *running.workers]
            for process in processes:
                if process.process.poll() is None:
                    process.process.send_signal(signal.SIGTERM)
            for process in processes:
                process.stop()
            await jobs.close()
            await storage.close()
            redis.stop()


# --- what a user does -------------------------------------------------------------------------------


async def to_capture(me: Person) -> None:
    await me.start_and_agree(f"doc_{DOC}")
    await me.guide(DOC)


async def pay(me: Person) -> str:
    """Buy and pay; a Buy tap that a dying bot swallowed is tapped again, like a person would."""
    for _attempt in range(3):
        await me.press(BuyCb(product="document", doc=DOC))
        try:
            await me.user.wait_for("sendInvoice", timeout=15)
            break
        except WaitTimeout:
            continue
    else:
        raise AssertionError(f"user {me.user.user_id} never got an invoice")
    charge = await me.user.pay(timeout=30)
    assert charge is not None, "the pre-checkout query was declined"
    return charge


async def keep_going_to_checkout(me: Person, samples_dir: Path) -> None:
    """A person who keeps going: the selfie again while nothing useful came back, then on to the
    checkout card, reading past whatever a repeated selfie brought."""
    name = document_name(load_catalogue().get(DOC), me.lang)
    choose = me.style_text(DOC, wall_keepable=False)  # the sample selfie's wall is not kept
    for _attempt in range(3):
        try:
            await me.user.wait_for("sendMessage", predicate=lambda r: r.text == choose, timeout=20)
            break
        except WaitTimeout:
            await me.user.send_photo(selfie(samples_dir))
    else:
        raise AssertionError(f"user {me.user.user_id}: the selfie was never checked")
    await asyncio.sleep(1)  # a repeated selfie's check may still be under way: let it land first
    me.user.skip_pending()
    await me.press(BackgroundCb(doc=DOC, index=0))
    await me.preview(DOC)
    await me.press(NavCb(to=Nav.files))
    await me.expect("sendMessage", "checkout-card", document=name, balance=0)


async def after_checks(me: Person) -> None:
    await me.choose_background(DOC)
    await me.preview(DOC)
    await me.press(NavCb(to=Nav.files))
    await me.expect(
        "sendMessage", "checkout-card", document=document_name(load_catalogue().get(DOC), me.lang), balance=0
    )


# --- what the deployment did ------------------------------------------------------------------------


def documents(stage: Stage, me: Person) -> list[str]:
    return [r.file.filename for r in stage.server.requests_for(me.user.chat_id, "sendDocument") if r.ok]


def charges(stage: Stage, me: Person) -> list[dict]:
    return [c for c in stage.server.state.charges.values() if c["user_id"] == me.user.user_id]


def settled(stage: Stage, me: Person) -> bool:
    """Delivered (every file, then the closing message) or refunded."""
    done = me.t("delivery-done")
    closed = any(r.text == done for r in stage.server.requests_for(me.user.chat_id, "sendMessage"))
    return (closed and len(documents(stage, me)) >= len(FILES)) or any(
        c["refunded"] for c in charges(stage, me)
    )


async def first_delivery_rendering(stage: Stage, people: list[Person]) -> None:
    making = people[0].t("delivery-making")
    chats = {p.user.chat_id for p in people}
    while not any(r.chat_id in chats and r.text == making for r in stage.server.requests):
        await asyncio.sleep(0.01)


async def test_paid_orders_survive_a_killed_bot_a_killed_worker_and_a_redis_restart(
    stage: Stage, samples_dir: Path
) -> None:
    try:
        await faults_and_payments(stage, samples_dir)
    except BaseException:
        print(stage.logs())  # pytest shows it with the failure
        raise


async def faults_and_payments(stage: Stage, samples_dir: Path) -> None:
    started = time.monotonic()
    workers = [stage.start_worker("worker-1"), stage.start_worker("worker-2")]
    first_bot = stage.start_bot("bot-1")
    await asyncio.gather(wait_until_ready(stage.jobs, 2, workers), first_bot.wait_ready(stage.server))
    first = [Person(stage, uid) for uid in FIRST_WAVE]
    second = [Person(stage, uid) for uid in SECOND_WAVE]

    async def first_to_checkout(me: Person) -> None:
        await to_capture(me)
        await me.user.send_photo(selfie(samples_dir))
        await me.checks_pass(DOC)
        await after_checks(me)

    await asyncio.gather(*(first_to_checkout(p) for p in first), *(to_capture(p) for p in second))

    # 1. Four payments at once; the bot and a worker die while the first delivery renders.
    paying = asyncio.gather(*(pay(p) for p in first))
    await asyncio.wait_for(first_delivery_rendering(stage, first), 30)
    first_bot.process.send_signal(signal.SIGKILL)
    workers[0].kill()
    stage.start_worker("worker-3")
    restarted_at = len(stage.server.requests)
    second_bot = stage.start_bot("bot-2")
    await paying  # the charges went through; the successful_payment updates wait for the new bot
    await second_bot.wait_ready(stage.server, after=restarted_at)

    # 2. Redis goes away and comes back while selfies arrive.
    stage.redis.stop()
    await asyncio.gather(*(p.user.send_photo(selfie(samples_dir)) for p in second))
    await asyncio.sleep(1.5)
    await asyncio.to_thread(stage.redis.start)

    # 3. The second wave keeps going and pays.
    async def second_pays(me: Person) -> None:
        await keep_going_to_checkout(me, samples_dir)
        await pay(me)

    await asyncio.wait_for(asyncio.gather(*(second_pays(p) for p in second)), 90)

    everyone = first + second
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    while not all(settled(stage, p) for p in everyone):
        assert time.monotonic() < deadline, (
            "unsettled paid orders: "
            + ", ".join(
                f"{p.user.user_id}: files {documents(stage, p)}, charges {charges(stage, p)}"
                for p in everyone
                if not settled(stage, p)
            )
            + "\n"
            + stage.logs()
        )
        await asyncio.sleep(0.2)
    await asyncio.sleep(LEASE_S + 1)  # long enough for a second delivery by a takeover: none may come

    for me in everyone:
        paid = charges(stage, me)
        assert len(paid) == 1, f"user {me.user.user_id} charged {len(paid)} times"
        refunded = paid[0]["refunded"]
        got = documents(stage, me)
        assert got == ([] if refunded else FILES), f"user {me.user.user_id} got {got}"
        told = [r.text or "" for r in stage.server.requests_for(me.user.chat_id) if r.text]
        assert not [text for text in told if "/new" in text], f"user {me.user.user_id} was told to start over"
    assert all(not c["refunded"] for p in second for c in charges(stage, p)), (
        "a user who kept going got no files"
    )
    assert time.monotonic() - started < 150
