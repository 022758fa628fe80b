"""Benchmark of the mock against Prism on the same bundled spec (`make bench`)."""
