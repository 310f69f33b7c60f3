"""Tests of the `engine` package (the folders under tests/ mirror the packages)."""
