"""Prover speed: the mission identity proved exactly, next to a naive dense SymPy baseline.

Run: ``python benchmarks/bench_prover.py``. The mission identity is
``transposed_conv_is_conv_of_upsampled``: ``crop(q * (↑2 x)) = Cᵀ x`` for a symbolic 5×5
kernel ``q`` and stride 2. Every case is timed *cold* (the tap-basis and selection-matrix
caches cleared before each run; median of several runs) and includes building both sides,
evaluating and comparing them.

The naive baseline, measured in the same run, is plain dense SymPy on a 12×12 input: every
factor as a dense ``sympy.Matrix``, multiplied, and ``(lhs - rhs).expand()`` compared with
zero. The prover's SymPy and basis engines are also timed at 12×12 for a same-size ratio.
"""

from __future__ import annotations

import statistics
import sys
import time


def _clear_caches() -> None:
    from tconv_sym.prover import expr
    from tconv_sym.structure import conv_structure

    conv_structure.cache_clear()
    expr.clear_const_cache()


def cold(fn, repeat: int) -> float:
    """Median seconds of ``fn()`` with the caches cleared before every call."""
    times = []
    for _ in range(repeat):
        _clear_caches()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def naive_dense_sympy(n: int) -> bool:
    """The mission identity with dense SymPy matrices (the baseline)."""
    import sympy

    import tconv_sym as ts

    q = ts.kernel_symbols("q", (5, 5))
    up = sympy.Matrix(ts.upsample_matrix((n, n), 2))
    crop = sympy.Matrix(ts.crop_matrix((2 * n, 2 * n), ((0, 1), (0, 1))))
    dsp = ts.ConvSpec(in_size=(2 * n - 1, 2 * n - 1), kernel_size=5, padding="full",
                      mode="convolution")
    lhs = sympy.Matrix(ts.conv_matrix(dsp, q)) * (crop * up)
    rhs = sympy.Matrix(ts.conv_transpose_matrix(
        ts.TransposedConvSpec(in_size=(n, n), kernel_size=5, stride=2), q))
    return (lhs - rhs).expand() == sympy.zeros(*lhs.shape)


def mission(size, engine: str = "basis", kernel=5, name="transposed_conv_is_conv_of_upsampled"):
    import tconv_sym as ts

    def run():
        proof = ts.prove(name, size=size, kernel=kernel, stride=2, engine=engine)
        if not proof.holds:
            raise AssertionError(f"{name} failed at {size}: {proof.counterexample!r}")
        return proof

    return run


def refutation(channels: tuple[int, int], split: bool):
    """A false claim (a broken variant) about a 32×32 k3 s2 layer, refuted by the channel ⊗
    spatial split (``split=True``, what ``prove`` does) or by the full basis engine."""
    import tconv_sym as ts
    from tconv_sym.prover import basis
    from tconv_sym.prover import split as splitting
    from tconv_sym.prover.identity import make_params

    name, variant = "strided_conv_is_downsampled_conv", "padding_off_by_one"
    params = make_params(size=(32, 32), kernel=3, stride=2, padding=1,
                         in_channels=channels[0], out_channels=channels[1])

    def run():
        lhs, rhs = ts.identities()[name].sides(params, variant)
        if split:
            refuted = not splitting.decide(lhs, rhs, ndim=2).equal
        else:
            memo: dict = {}
            refuted = not basis.compare(basis.evaluate(lhs, memo),
                                        basis.evaluate(rhs, memo)).equal
        if not refuted:
            raise AssertionError(f"{name}[{variant}] was not refuted at {channels}")

    return run


def main() -> int:
    import tconv_sym as ts

    ts.prove("up_is_down_transpose", size=2, stride=2)  # import SymPy/SciPy once

    rows = []
    naive = cold(lambda: naive_dense_sympy(12), 3)
    rows.append(("naive dense SymPy, 12×12, k5 s2 (baseline)", naive, naive))
    rows.append(("prover, sympy engine, 12×12, k5 s2",
                 cold(mission((12, 12), "sympy"), 3), naive))
    rows.append(("prover, basis engine, 12×12, k5 s2", cold(mission((12, 12)), 7), naive))
    t64 = cold(mission((64, 64)), 7)
    rows.append(("prover, basis engine, 64×64, k5 s2 (mission)", t64, None))
    rows.append(("prover, basis engine, 16³, k3 s2 (3-D)",
                 cold(mission((16, 16, 16), kernel=3), 5), None))
    rows.append(("prover, basis engine, 256×256, k5 s2", cold(mission((256, 256)), 3), None))
    for name in ("transposed_conv_is_direct_conv", "polyphase_decomposition",
                 "transposed_conv_is_input_gradient", "adjoint_inner_product"):
        rows.append((f"{name}, 64×64, k5 s2", cold(mission((64, 64), name=name), 3), None))

    full16 = cold(refutation((16, 16), split=False), 3)
    rows.append(("refute a broken variant, 32×32 k3 s2 16→16, full basis engine", full16, full16))
    rows.append(("refute a broken variant, 32×32 k3 s2 16→16, channel ⊗ spatial split",
                 cold(refutation((16, 16), split=True), 3), full16))
    rows.append(("refute a broken variant, 32×32 k3 s2 128→64, split (full engine: ~8 GiB, "
                 "refused)", cold(refutation((128, 64), split=True), 3), full16))

    width = max(len(r[0]) for r in rows)
    print("(the machine is shared and loaded: read the ratios, measured in this run, not the "
          "absolute times)")
    print(f"{'case':<{width}}  median s (cold)  speed-up vs the row's baseline")
    for label, t, base in rows:
        ratio = f"{base / t:10.1f}×" if base is not None else "          -"
        print(f"{label:<{width}}  {t:14.4f}  {ratio}")
    print()
    print(f"mission 64×64 (symbolic 5×5 kernel, stride 2): {t64:.3f} s; goal: well under 1 s; "
          f"{'OK' if t64 < 0.5 else 'TOO SLOW'}. The naive dense SymPy baseline takes "
          f"{naive:.3f} s on a 12×12 input, i.e. a {4096 / 144:.0f}× smaller problem.")
    return 0 if t64 < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
