"""Tests of the `bot` package (the folders under tests/ mirror the packages)."""
