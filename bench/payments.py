"""Payments benchmark: the database work behind a payment, on SQLite and on a real PostgreSQL.

    python bench/payments.py [--users 200] [--concurrency 50]

Per backend (SQLite file; PostgreSQL started like the tests do, tests/postgres_server.py):
* pre-checkout: `PaymentService.pre_checkout` for a fresh order (what must answer within 10 s);
* payment: `record_payment` (payment row, order paid, ledger, audit, referral check) per charge;
* spends: `concurrency` simultaneous `pay_with_credits` on one account: wall time and how many won;
* baseline: one `SELECT 1` transaction through the same Database, measured in the same run, so
  the figures compare across machines (a pre-checkout costs "N round trips' worth").
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path[0] = str(ROOT)

from sqlalchemy import text  # noqa: E402

from payments.database import Database  # noqa: E402
from payments.ledger import InsufficientCredits  # noqa: E402
from payments.models import LedgerKind  # noqa: E402
from payments.products import load_prices  # noqa: E402
from payments.service import PaymentService  # noqa: E402


def ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[int(0.95 * (len(values) - 1))]
    return f"p50 {statistics.median(values) * 1000:6.2f} ms  p95 {p95 * 1000:6.2f} ms"


async def timed(call) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    await call()
    return time.perf_counter() - start


async def run(name: str, url: str, users: int, concurrency: int) -> None:
    service = PaymentService(Database(url), load_prices(), b"bench")
    await service.start()
    try:
        base = [await timed(lambda: _select_one(service.db)) for _ in range(users)]
        pre, pay = [], []
        for user in range(1, users + 1):
            await service.open_account(user)
            checkout = await service.create_order(user, "document", request=f'{{"u":{user}}}', doc_id="d")

            async def ask(user: int = user, payload: str = checkout.payload) -> None:
                assert await service.pre_checkout(user, payload, "XTR", 150) is None

            async def record(user: int = user, payload: str = checkout.payload) -> None:
                outcome = await service.record_payment(
                    user, payload=payload, currency="XTR", total=150, charge_id=f"c{user}"
                )
                assert outcome.new

            pre.append(await timed(ask))
            pay.append(await timed(record))
        await service.grant(
            1, concurrency // 2, actor_id=0, note="bench", key="bench", kind=LedgerKind.staff_grant
        )

        async def spend(index: int) -> bool:
            try:
                await service.pay_with_credits(1, request=f'{{"spend":{index}}}', doc_id="d")
                return True
            except InsufficientCredits:
                return False

        start = time.perf_counter()
        won = sum(await asyncio.gather(*(spend(i) for i in range(concurrency))))
        spends = time.perf_counter() - start
        assert await service.balance(1) == 0
        base_ms = statistics.median(base) * 1000

        def ratio(values: list[float]) -> str:
            return f"{statistics.median(values) * 1000 / base_ms:.1f}× baseline"

        print(f"{name:10s} baseline SELECT 1 transaction: {ms(base)}")
        print(f"{name:10s} pre-checkout:   {ms(pre)}  ({ratio(pre)})")
        print(f"{name:10s} record payment: {ms(pay)}  ({ratio(pay)})")
        print(f"{name:10s} {concurrency} concurrent spends, one account: {spends * 1000:.0f} ms, {won} won")
    finally:
        await service.close()


async def _select_one(db: Database) -> None:
    async with db.transaction() as session:
        await session.exec(text("SELECT 1"))  # type: ignore[call-overload]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=50)
    args = parser.parse_args()
    from tests.postgres_server import PostgresServer

    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(run("sqlite", f"sqlite+aiosqlite:///{folder}/bench.db", args.users, args.concurrency))
        server = PostgresServer(Path(folder) / "pg")
        server.start()
        try:
            url = server.create_database("bench")
            asyncio.run(run("postgresql", url, args.users, args.concurrency))
        finally:
            server.stop()


if __name__ == "__main__":
    main()
