"""Tests of the `specs` package (the folders under tests/ mirror the packages)."""
