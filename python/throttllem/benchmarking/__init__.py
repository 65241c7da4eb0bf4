"""Benchmark helpers shared by ``bench/`` scripts and the ``throttllem bench`` command."""
