"""Core build speed: SymPy/scipy operator matrices straight from the index structure.

Run: ``python benchmarks/bench_core.py``. Prints the median time of building the symbolic
matrix of a 2-D convolution (64×64 input, 5×5 symbolic kernel) next to a naive baseline
measured in the same run: a dense SymPy matrix filled entry by entry from the definition
(on a smaller 16×16 input, since the naive way is quadratic in the image size).
"""

from __future__ import annotations

import statistics
import time


def median_time(fn, repeat=5):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def naive_dense_conv_matrix(n: int, k: int, pad: int, q):
    """Baseline: the definition, one SymPy entry at a time, into a dense matrix."""
    import sympy

    o = n + 2 * pad - k + 1
    m = sympy.zeros(o * o, n * n)
    for a in range(o):
        for b in range(o):
            for u in range(k):
                for v in range(k):
                    i, j = a - pad + u, b - pad + v
                    if 0 <= i < n and 0 <= j < n:
                        m[a * o + b, i * n + j] += q[u, v]
    return m


def main() -> None:
    import sympy

    import tconv_sym as ts
    from tconv_sym.structure import conv_structure

    q = ts.kernel_symbols("q", (5, 5))
    rows = []
    for n in (16, 64, 128):
        spec = ts.ConvSpec(in_size=(n, n), kernel_size=5, padding=2)

        def build(spec=spec):
            conv_structure.cache_clear()
            return ts.conv_matrix(spec, q)

        rows.append((f"conv_matrix sympy {n}×{n} k5", median_time(build)))
        w = sympy.Array(range(1, 26), (5, 5))
        rows.append((f"conv_matrix scipy {n}×{n} k5",
                     median_time(lambda spec=spec, w=w: (conv_structure.cache_clear(),
                                                         ts.conv_matrix(spec, w, "scipy")))))
    naive = median_time(lambda: naive_dense_conv_matrix(16, 5, 2, q), repeat=3)
    rows.append(("naive dense SymPy 16×16 k5 (baseline)", naive))
    width = max(len(r[0]) for r in rows)
    print(f"{'case':<{width}}  median s   speed-up vs naive at the same size")
    for name, t in rows:
        ratio = f"{naive / t:8.1f}×" if "16×16" in name else "       -"
        print(f"{name:<{width}}  {t:8.4f}   {ratio}")


if __name__ == "__main__":
    main()
