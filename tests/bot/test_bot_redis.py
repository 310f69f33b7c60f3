"""The bot as it is deployed with Redis: `idphoto bot` and `idphoto worker` processes sharing one server.

Nothing runs in the test's process but the fake Telegram server, the scripted users and an observer
that reads Redis (the FSM state, the job counters). The bots are real subprocesses (long polling or
aiogram's webhook server), the worker loads the real engine, and only Redis connects them:
- a bot stopped and started again mid-conversation carries on where the user was;
- two webhook replicas behind a round-robin load balancer serve two users at once, each user's
  updates handled one at a time and in order (RedisEventIsolation), each file delivered once;
- a worker killed in the middle of the final render: another worker reclaims the job and the user
  gets the files exactly once.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.redis import RedisStorage
from redis.asyncio import Redis
from redis.asyncio.lock import Lock

from bot.app import build_dispatcher, build_storage
from bot.config import Settings
from bot.conversation.callbacks import BackgroundCb, Nav, NavCb
from bot.conversation.states import Flow
from bot.conversation.texts import I18n
from bot.isolation import LeasedRedisIsolation
from bot.jobs.client import EngineJobs
from bot.jobs.priority import stream_names
from bot.photos import PhotoStore
from tests.bot_process import BotProcess, bot_env, webhook_env
from tests.conversation_script import Person, selfie
from tests.fake_telegram import FakeTelegramServer
from tests.local_server import free_port
from tests.worker_process import WorkerProcess, wait_until_ready, worker_env

RECLAIM_IDLE_S = 2.0  # a dead worker's job is taken over after this; every job here takes < 1.5 s
JOB_TIMEOUT_S = 30  # the bot waits this long for a check (twice that for the final files)
FILES = {  # what a user gets for a US passport photo, by the print sheets of their region
    "en": ["photo.jpg", "sheet_4x6.jpg", "sheet_letter.pdf", "report.txt"],
    "ru": ["photo.jpg", "sheet_10x15.jpg", "sheet_a4.pdf", "report.txt"],
}


@dataclass
class Deployment:
    """The fake Telegram, Redis through the bot's own storage and job client, and the processes."""

    server: FakeTelegramServer
    settings: Settings
    storage: RedisStorage
    jobs: EngineJobs  # an observer on the deployment's prefix: counters and readiness only
    i18n: I18n
    folder: Path
    model_dir: Path
    bots: list[BotProcess] = field(default_factory=list)
    workers: list[WorkerProcess] = field(default_factory=list)

    def start_worker(self, name: str) -> WorkerProcess:
        worker = WorkerProcess(worker_env(self.settings, self.model_dir), self.folder, name)
        self.workers.append(worker)
        return worker

    def start_bot(self, name: str, **webhook: str) -> BotProcess:
        shared = worker_env(self.settings, self.model_dir)
        env = bot_env(shared, self.server, JOB_TIMEOUT_S=str(JOB_TIMEOUT_S))
        bot = BotProcess({**env, **webhook}, self.folder, name, webhook=bool(webhook))
        self.bots.append(bot)
        return bot

    async def counts(self) -> Counter[str]:
        return Counter(await self.jobs.counts())

    async def pending(self) -> int:
        """Stream entries read by a worker and not acknowledged yet."""
        prefix = self.settings.redis_prefix
        redis: Redis = self.storage.redis
        replies = [await redis.xpending(s, f"{prefix}:workers") for s in stream_names(prefix).values()]
        return sum(int(reply["pending"]) for reply in replies)

    def logs(self) -> str:
        return "\n".join(f"--- {p.log.name}\n{p.tail()}" for p in [*self.bots, *self.workers])


@pytest.fixture
async def deployment(
    tmp_path: Path, redis_url: str, redis_prefix: str, model_dir: Path
) -> AsyncIterator[Deployment]:
    async with FakeTelegramServer() as server:
        settings = Settings(
            bot_token=server.token,
            telegram_api_url=server.url,
            redis_url=redis_url,
            redis_prefix=redis_prefix,
            data_dir=tmp_path / "data",
            job_reclaim_idle_s=RECLAIM_IDLE_S,
            job_timeout_s=JOB_TIMEOUT_S,
            result_ttl_s=600,
        )
        storage = build_storage(settings)
        assert isinstance(storage, RedisStorage)
        jobs = EngineJobs.from_settings(settings, PhotoStore(settings.data_dir, settings.retention))
        await jobs.start()
        running = Deployment(server, settings, storage, jobs, I18n(), tmp_path, model_dir)
        try:
            yield running
        finally:
            processes = [*running.bots, *running.workers]
            for process in processes:  # all at once: each takes a moment to exit
                if process.process.poll() is None:
                    process.process.send_signal(signal.SIGTERM)
            for process in processes:
                process.stop()
            await jobs.close()
            await storage.close()


async def all_ready(deployment: Deployment, bots: list[BotProcess]) -> None:
    """The workers loaded their models and every bot takes updates."""
    await asyncio.gather(
        wait_until_ready(deployment.jobs, len(deployment.workers), deployment.workers),
        *(bot.wait_ready(deployment.server) for bot in bots),
    )


def sent_documents(deployment: Deployment, person: Person) -> list[str]:
    return [r.file.filename for r in deployment.server.requests_for(person.user.chat_id, "sendDocument")]


async def state_of(deployment: Deployment, person: Person) -> str | None:
    key = StorageKey(bot_id=42, chat_id=person.user.chat_id, user_id=person.user.user_id)
    return await deployment.storage.get_state(key)


# --- a restart mid-conversation -------------------------------------------------------------------


async def test_bot_restarted_mid_conversation_carries_on(deployment: Deployment, samples_dir: Path) -> None:
    deployment.start_worker("worker")
    first = deployment.start_bot("bot-first")
    await all_ready(deployment, [first])

    me = Person(deployment, 8101)
    await me.start_and_agree()
    await me.expect("sendMessage", "document-prompt")
    await me.search("US passport", "us_passport")
    await me.guide("us_passport")
    assert await state_of(deployment, me) == Flow.capture.state  # in Redis, not in the process

    restarted_at = len(deployment.server.requests)
    first.process.send_signal(signal.SIGTERM)  # a deployment: the old process stops, a new one starts
    second = deployment.start_bot("bot-second")
    assert first.stop() == 0, first.tail()
    handled_by_first = first.handled()
    assert handled_by_first == 4  # /start, "agree", the search, the tap on the document
    await second.wait_ready(deployment.server, after=restarted_at)
    await me.user.send_photo(selfie(samples_dir))
    await me.checks_pass("us_passport")  # consent and the document survived: no card, no picker
    await me.choose_background("us_passport")
    await me.preview("us_passport")
    files = await me.get_files()
    assert [d.file.filename for d in files] == FILES["en"]
    await me.user.expect_silence(0.5)
    assert sent_documents(deployment, me) == FILES["en"]
    assert second.handled() >= 3 and first.handled() == handled_by_first
    assert (await me.session())["recent"] == ["us_passport"]
    deployment.server.assert_no_failures(ignore=["deleteMessage"])


# --- two webhook replicas, one worker, two users at once ------------------------------------------


async def test_two_webhook_bots_serve_two_users_each_in_order_and_once(
    deployment: Deployment, samples_dir: Path
) -> None:
    secret = "replicas_Secret-1"
    deployment.start_worker("worker")
    bots = [deployment.start_bot(f"bot-{n}", **webhook_env(free_port(), secret)) for n in (1, 2)]
    await all_ready(deployment, bots)
    deployment.server.webhook_mode([str(bot.webhook_url) for bot in bots], secret)  # the load balancer

    alice = Person(deployment, 8201, language_code="en")
    boris = Person(deployment, 8202, language_code="ru")
    await asyncio.gather(
        opening(alice, "us_passport"),
        opening(boris, "us_passport"),
    )

    # Alone on the line, so the next two updates go to different replicas: a text sent while the
    # check of the photo still runs waits for it, and is answered in the state the photo led to.
    await handled_in_all(bots, 4)  # /start and "agree" of each user
    before = [bot.handled() for bot in bots]
    await alice.user.send_photo(selfie(samples_dir))
    running = await alice.expect("sendMessage", "checks-running", document="US passport")
    await alice.user.send_text("hello?")
    hint = alice.t("hint-buttons")
    answered = await alice.user.wait_for("sendMessage", predicate=lambda r: r.text == hint, timeout=20)
    between = [
        (r.method, r.text)
        for r in deployment.server.requests_for(alice.user.chat_id)
        if running.index < r.index <= answered.index and r.method in ("sendMessage", "editMessageText")
    ]
    assert between == [
        ("editMessageText", alice.t("checks-passed")),
        ("sendMessage", alice.style_text("us_passport", wall_keepable=False)),  # the sample's wall
        ("sendMessage", hint),
    ]
    await handled_in_all(bots, 6)
    assert [bot.handled() - n for bot, n in zip(bots, before, strict=True)] == [1, 1]  # one each

    async def alice_finishes() -> list[str]:
        await alice.press(BackgroundCb(doc="us_passport", index=0))  # on the style screen above
        await alice.preview("us_passport")
        return [d.file.filename for d in await alice.get_files()]

    async def boris_finishes() -> list[str]:
        await boris.user.send_photo(selfie(samples_dir))
        await boris.checks_pass("us_passport")
        await boris.choose_background("us_passport")
        await boris.preview("us_passport")
        return [d.file.filename for d in await boris.get_files()]

    got = await asyncio.gather(alice_finishes(), boris_finishes())
    assert got == [FILES["en"], FILES["ru"]]
    await asyncio.gather(alice.user.expect_silence(0.5), boris.user.expect_silence(0.5))
    assert sent_documents(deployment, alice) == FILES["en"]
    assert sent_documents(deployment, boris) == FILES["ru"]

    assert all(bot.handled() > 0 for bot in bots), deployment.logs()  # both replicas did real work
    assert not deployment.server.webhook_failures
    counts = await deployment.counts()
    # the same selfie and document: one check for both users would be a leak; one per user, no repeats
    assert (counts["analyze.started"], counts["analyze.done"]) == (2, 2), counts
    assert (counts["render.started"], counts["render.done"]) == (4, 4), counts
    deployment.server.assert_no_failures(ignore=["deleteMessage"])


async def handled_in_all(bots: list[BotProcess], updates: int, timeout: float = 10) -> None:
    """Wait until the replicas together have handled `updates` updates (aiogram logs each when done)."""
    deadline = time.monotonic() + timeout
    while sum(bot.handled() for bot in bots) < updates:
        assert time.monotonic() < deadline, "\n".join(bot.tail() for bot in bots)
        await asyncio.sleep(0.05)
    assert sum(bot.handled() for bot in bots) == updates


async def opening(person: Person, doc_id: str) -> None:
    """/start with a document deep link, consent, the capture guide."""
    await person.start_and_agree(f"doc_{doc_id}")
    await person.guide(doc_id)


# --- a worker killed mid-job ----------------------------------------------------------------------


async def test_worker_killed_during_the_final_render_the_user_gets_the_files_once(
    deployment: Deployment, samples_dir: Path
) -> None:
    first = deployment.start_worker("worker-first")
    bot = deployment.start_bot("bot")
    await all_ready(deployment, [bot])

    me = Person(deployment, 8301)
    await opening(me, "us_passport")
    await me.user.send_photo(selfie(samples_dir))
    await me.checks_pass("us_passport")
    await me.choose_background("us_passport")
    await me.preview("us_passport")
    assert (await deployment.counts())["render.done"] == 1  # the preview

    await me.press(NavCb(to=Nav.files))
    await me.expect("sendMessage", "delivery-making")
    deadline = time.monotonic() + 20
    while (await deployment.counts())["render.started"] < 2:
        assert time.monotonic() < deadline, deployment.logs()
        await asyncio.sleep(0.01)
    first.kill()
    counts = await deployment.counts()
    assert counts["render.done"] == 1, "the final render finished before the kill: the test proves nothing"
    assert await deployment.pending() == 1  # the dead worker's entry, unacknowledged

    deployment.start_worker("worker-second")
    files = await me.receive_files(timeout=JOB_TIMEOUT_S)
    assert [d.file.filename for d in files] == FILES["en"]
    await me.user.expect_silence(RECLAIM_IDLE_S + 0.5)  # long enough for another reclaim: none comes
    assert sent_documents(deployment, me) == FILES["en"]
    counts = await deployment.counts()
    assert (counts["render.started"], counts["render.done"]) == (3, 2), counts
    assert await deployment.pending() == 0
    deployment.server.assert_no_failures(ignore=["deleteMessage"])


# --- the per-user lock --------------------------------------------------------------------------


async def test_a_users_lock_is_held_while_its_update_runs_and_freed_a_lease_after_a_crash(
    tmp_path: Path, redis_url: str, redis_prefix: str
) -> None:
    """The per-user lock is a lease renewed by the update holding it: an update longer than the lease
    keeps its user's next update waiting, and a holder that died frees the user a lease later."""
    settings = Settings(
        bot_token="42:TEST",
        redis_url=redis_url,
        redis_prefix=redis_prefix,
        data_dir=tmp_path,
        user_lock_lease_s=0.6,
    )
    photos = PhotoStore(settings.data_dir, settings.retention)
    jobs = EngineJobs.from_settings(settings, photos)
    dispatcher = build_dispatcher(settings, jobs=jobs, photos=photos)
    try:
        isolation = dispatcher.fsm.events_isolation.inner
        assert isinstance(isolation, LeasedRedisIsolation)
        key = StorageKey(bot_id=42, chat_id=8401, user_id=8401)
        async with isolation.lock(key):  # a slow update: three leases long
            with pytest.raises(TimeoutError):  # the same lock, seen from another replica: it waits
                async with asyncio.timeout(1.8), isolation.lock(key):
                    pass
        async with asyncio.timeout(1), isolation.lock(key):  # released: free again at once
            pass

        dead = Lock(isolation.redis, isolation.key_builder.build(key, "lock"), timeout=0.6)
        assert await dead.acquire()  # a bot killed while holding it never renews or releases it
        started = time.monotonic()
        async with asyncio.timeout(3), isolation.lock(key):
            waited = time.monotonic() - started
        assert 0.3 < waited < 1.5
    finally:
        await dispatcher.storage.close()
        await jobs.close()


# --- the support desk across replicas --------------------------------------------------------------


async def test_a_support_ticket_spans_two_replicas_on_redis_and_postgresql(
    deployment: Deployment, postgres_url: str
) -> None:
    """The ticket's state lives in Redis and its topic in PostgreSQL, so whichever replica gets an
    update (round robin here) relays it the same way."""
    from tests.fake_telegram import FakeGroupMember

    group, secret = -1009876543210, "support_Secret-1"
    shared = {"DATABASE_URL": postgres_url, "SUPPORT_CHAT_ID": str(group)}
    bots = [deployment.start_bot(f"bot-{n}", **shared, **webhook_env(free_port(), secret)) for n in (1, 2)]
    await all_ready(deployment, bots)
    deployment.server.state.register_group(group, "support")
    deployment.server.webhook_mode([str(bot.webhook_url) for bot in bots], secret)
    alice = FakeGroupMember(deployment.server, 7101, group, "Alice", status="administrator")
    me = Person(deployment, 8301)

    await me.start_and_agree()
    await me.expect("sendMessage", "document-prompt")
    await me.user.send_command("support")
    await me.expect("sendMessage", "support-opened")
    thread = (await alice.wait_for("createForumTopic")).result["message_thread_id"]
    for number in range(3):  # user and staff take turns; the replicas alternate under them
        await me.user.send_text(f"question {number}")
        copy = await alice.wait_for("copyMessage", thread_id=thread)
        assert copy.params["from_chat_id"] == me.user.chat_id
        await alice.send_text(f"answer {number}", thread)
        back = await me.user.wait_for("copyMessage")
        assert back.params["from_chat_id"] == group
    assert await state_of(deployment, me) == "Support:talking"
    await alice.send_command("done", thread_id=thread)
    await me.expect("sendMessage", "support-done")
    assert await state_of(deployment, me) == "Flow:document"
    assert all(bot.handled() > 0 for bot in bots), deployment.logs()
    assert len([r for r in deployment.server.requests if r.method == "createForumTopic"]) == 1
    deployment.server.assert_no_failures(ignore=["deleteMessage"])
