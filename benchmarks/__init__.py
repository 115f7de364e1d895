"""Benchmark scripts of tconv_sym: ``python -m benchmarks`` runs the full suite."""
