"""Tests of the `payments` package (the folders under tests/ mirror the packages)."""
