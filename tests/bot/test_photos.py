"""PhotoStore: per-user folders, keys that cannot escape them, /delete and the retention sweep."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.photos import PhotoMissing, PhotoStore

HOUR = 3600


def age(path: Path, seconds: float) -> None:
    stamp = time.time() - seconds
    os.utime(path, (stamp, stamp))


@pytest.fixture
def store(tmp_path: Path) -> PhotoStore:
    return PhotoStore(tmp_path / "data", timedelta(hours=24))


def test_selfies_are_stored_per_user_by_content(store: PhotoStore) -> None:
    key = store.put_selfie(1, b"first photo")
    assert store.selfie_bytes(key) == b"first photo"
    assert store.put_selfie(1, b"first photo") == key
    other_user = store.put_selfie(2, b"first photo")
    assert other_user != key and store.parse_key(other_user)[0] == 2
    assert store.put_selfie(1, b"second photo") != key
    assert all(p.name != "first photo" for p in store.root.rglob("*"))  # no names or content in paths
    assert not [p for p in store.root.rglob(".tmp-*")]


def test_keys_cannot_leave_the_store(store: PhotoStore) -> None:
    for bad in ("../../etc/passwd", "1/../../x", "1/abc", "x/0123456789abcdef", "1/0123456789ABCDEF", ""):
        with pytest.raises(ValueError):
            store.selfie_bytes(bad)
        with pytest.raises(ValueError):
            store.result_dir(bad)
    missing = PhotoStore.make_key(5, "0" * 64)
    with pytest.raises(PhotoMissing):
        store.selfie_bytes(missing)


def test_delete_user_removes_selfies_and_results_of_that_user_only(store: PhotoStore) -> None:
    mine = store.put_selfie(10, b"me")
    theirs = store.put_selfie(11, b"them")
    (store.result_dir(PhotoStore.make_key(10, "a" * 64)) / "photo.jpg").write_bytes(b"jpeg")
    (store.result_dir(PhotoStore.make_key(10, "b" * 64)) / "preview.jpg").write_bytes(b"jpeg")
    assert store.delete_user(10) == 3
    assert not store.user_dir(10).exists()
    assert not store.has_selfie(mine)
    assert store.selfie_bytes(theirs) == b"them"
    assert store.delete_user(10) == 0


def test_sweep_removes_what_is_older_than_retention(store: PhotoStore) -> None:
    old = store.put_selfie(20, b"yesterday")
    fresh = store.put_selfie(20, b"today")
    old_dir = store.result_dir(PhotoStore.make_key(20, "c" * 64))
    (old_dir / "photo.jpg").write_bytes(b"jpeg")
    age(store._selfie_path(old), 25 * HOUR)
    age(old_dir / "photo.jpg", 25 * HOUR)
    age(old_dir, 25 * HOUR)
    just_made = store.result_dir(PhotoStore.make_key(20, "d" * 64))  # a worker is about to write here

    assert store.sweep() == 2
    assert not store.has_selfie(old) and store.has_selfie(fresh)
    assert not old_dir.exists()
    assert just_made.is_dir()  # empty but new: kept

    # uploading the same photo again restarts its clock
    again = store.put_selfie(21, b"kept alive")
    age(store._selfie_path(again), 23 * HOUR)
    assert store.put_selfie(21, b"kept alive") == again
    assert store.sweep(now=datetime.now(UTC) + timedelta(hours=2)) == 0
    assert store.has_selfie(again)

    # two days on, everything goes, folders too
    assert store.sweep(now=datetime.now(UTC) + timedelta(days=2)) == 2
    assert list((store.root / "users").iterdir()) == []
