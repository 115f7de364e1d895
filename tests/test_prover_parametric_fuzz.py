"""Fuzz: random expression trees from the library builders, proved for all sizes, every
verdict checked against the fixed-size basis engine at random sizes (up to a few hundred in
1-D): inside the domain the basis engine holds exactly where the failing set says it does
not; outside it the identity does not build. Seeded; ~1 minute."""

from __future__ import annotations

import random

import pytest

import tconv_sym as ts
from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.prover import expr as E
from tconv_sym.prover.constructions import kernel_sym
from tconv_sym.prover.identity import define_identity

pytest.importorskip("islpy")

from tconv_sym.prover.parametric import NotParametric  # noqa: E402

TREES = 120
SIZES = 6
SEED = 20261207


def _op(rng):
    """One random operator step: a function (size tuple, kernel cache) -> (expr, out size)."""
    kind = rng.choice(["conv", "tconv", "down", "up", "pad", "crop", "flip", "eye"])
    k, s, d = rng.randint(1, 4), rng.randint(1, 3), rng.randint(1, 2)
    lo, hi = rng.randint(0, 2), rng.randint(0, 2)
    op = rng.randint(0, max(s, d) - 1)
    mode = rng.choice(["correlation", "convolution"])
    return (kind, k, s, d, lo, hi, op, mode)


def _apply(step, n, w_of):
    kind, k, s, d, lo, hi, op, mode = step
    nd = len(n)
    if kind == "conv":
        spec = ConvSpec(in_size=n, kernel_size=k, stride=s, dilation=d, padding=(lo, hi)
                        if nd == 1 else ((lo, hi),) * nd, mode=mode)
        return E.conv(spec, w_of(spec)), spec.out_size
    if kind == "tconv":
        spec = TransposedConvSpec(in_size=n, kernel_size=k, stride=s, dilation=d,
                                  padding=(lo, hi) if nd == 1 else ((lo, hi),) * nd,
                                  output_padding=op, mode=mode)
        return E.conv(spec, w_of(spec)), spec.out_size
    if kind == "down":
        return E.down(n, s), tuple(-(-a // s) for a in n)
    if kind == "up":
        return E.up(n, s), tuple(a * s for a in n)
    if kind == "pad":
        return E.pad(n, ((lo, hi),) * nd), tuple(a + lo + hi for a in n)
    if kind == "crop":
        return E.crop(n, ((lo, hi),) * nd), tuple(a - lo - hi for a in n)
    if kind == "flip":
        return E.flip(n), n
    return E.eye(n), n


def _rewrite(rng, steps):
    """A second chain: a sound rewrite of ``steps`` (usually true) or a perturbation."""
    out = list(steps)
    i = rng.randrange(len(out))
    kind, k, s, d, lo, hi, op, mode = out[i]
    how = rng.choice(["flip2", "eye", "stride", "pad", "mode", "same"])
    if how == "flip2":
        out[i:i] = [("flip", 1, 1, 1, 0, 0, 0, "correlation")] * 2
    elif how == "eye":
        out.insert(i, ("eye", 1, 1, 1, 0, 0, 0, "correlation"))
    elif how == "stride" and kind == "conv" and s > 1:  # C_s = ↓s C_1 (true)
        out[i:i + 1] = [(kind, k, 1, d, lo, hi, op, mode), ("down", 1, s, 1, 0, 0, 0, mode)]
    elif how == "mode" and kind in ("conv", "tconv"):  # false unless k = 1
        out[i] = (kind, k, s, d, lo, hi, op,
                  "convolution" if mode == "correlation" else "correlation")
    elif how != "same":  # a perturbation: usually false
        if kind in ("down", "up"):
            out[i] = (kind, k, s + 1, d, lo, hi, op, mode)
        elif kind in ("flip", "eye"):
            out[i] = ("eye" if kind == "flip" else "flip", k, s, d, lo, hi, op, mode)
        else:
            out[i] = (kind, k, s, d, lo + 1, hi, op, mode)
    return out


def _identity(steps_a, steps_b, index):
    def chain(steps, n, w_of):
        expr, size = None, n
        for step in steps:
            node, size = _apply(step, size, w_of)
            expr = node if expr is None else node @ expr
        return expr

    def build(p, variant):
        kernels = {}

        def w_of(spec):
            key = tuple(spec.weight_shape)
            if key not in kernels:
                kernels[key] = kernel_sym(f"q{len(kernels)}", key)
            return kernels[key]

        return chain(steps_a, p.size, w_of), chain(steps_b, p.size, w_of)

    return define_identity(f"fuzz_{index}", statement=f"{steps_a} = {steps_b}", build=build,
                           parameters=("size",))


def test_fuzz_parametric_against_basis():
    rng = random.Random(SEED)
    counts = {"trees": 0, "sizes": 0, "holds": 0, "refuted": 0, "declined": 0,
              "undecided": 0, "disagreements": 0}
    bad = []
    for index in range(TREES):
        nd = 1 if index % 4 else 2
        steps = [_op(rng) for _ in range(rng.randint(1, 3))]
        ident = _identity(steps, _rewrite(rng, steps), index)
        try:
            p = ts.prove(ident, all_sizes=True, ndim=nd)
        except NotParametric:
            counts["declined"] += 1
            continue
        except ValueError:  # defined at no size
            counts["declined"] += 1
            continue
        counts["trees"] += 1
        if not p.for_all_sizes:
            counts["undecided"] += 1
            continue
        counts["holds" if p.holds else "refuted"] += 1
        top = 300 if nd == 1 else 24
        for _ in range(SIZES):
            size = tuple(rng.randint(1, top) for _ in range(nd))
            counts["sizes"] += 1
            try:
                fixed = ts.prove(ident, size=size, engine="basis")
            except ValueError:
                if p.in_domain(size):
                    bad.append((index, size, "in the domain but does not build"))
                continue
            if not p.in_domain(size):
                bad.append((index, size, "builds outside the domain"))
            elif p.holds and not fixed.holds:
                bad.append((index, size, "proved, but the basis engine refutes"))
            elif not p.holds and p.fails_at(size) is not None and \
                    p.fails_at(size) == fixed.holds:
                bad.append((index, size, f"failing set says {p.fails_at(size)}, basis "
                                         f"engine holds={fixed.holds}"))
    counts["disagreements"] = len(bad)
    print(f"fuzz: {counts}")
    assert not bad, bad
    assert counts["trees"] >= TREES // 2 and counts["holds"] and counts["refuted"], counts


FITS = ["strided_conv_is_downsampled_conv", "dilated_conv_is_upsampled_kernel",
        "transposed_conv_is_conv_of_upsampled", "transposed_conv_is_direct_conv",
        "transposed_conv_is_input_gradient", "adjoint_inner_product", "polyphase_decomposition",
        "matched_filter_is_conjugate_reversal", "output_size_roundtrip",
        "transposed_conv_is_inverse", "transposed_conv_is_scatter"]


def test_fuzz_symbolic_parameters_against_basis():
    """Catalogue identities (and their broken variants) with a symbolic padding or kernel
    size: at random (size, symbol) points the basis engine agrees with the verdict, inside
    the domain, and the identity does not build outside it."""
    rng = random.Random(SEED + 1)
    checked, bad = 0, []
    for _ in range(24):
        name = rng.choice(FITS)
        ident = ts.identities()[name]
        variant = rng.choice([None, *ident.variants])
        sym = rng.choice([p for p in ("padding", "kernel") if p in ident.parameters])
        kw = {"kernel": rng.randint(1, 4), "stride": rng.randint(1, 3)}
        if "dilation" in ident.parameters:
            kw["dilation"] = rng.randint(1, 2)
        kw[sym] = "s"
        kw = {k: v for k, v in kw.items() if k in ident.parameters}
        p = ts.prove(name, all_sizes=True, variant=variant, **kw)
        if not p.for_all_sizes:
            continue
        for _ in range(SIZES):
            n, s = rng.randint(1, 60), rng.randint(0 if sym == "padding" else 1, 8)
            fixed = {**kw, sym: s}
            checked += 1
            try:
                basis = ts.prove(name, size=n, engine="basis", variant=variant, **fixed)
            except ValueError:
                if p.in_domain((n,), s=s):
                    bad.append((name, variant, n, fixed, "in the domain but does not build"))
                continue
            if not p.in_domain((n,), s=s):
                bad.append((name, variant, n, fixed, "builds outside the domain"))
            elif p.holds and not basis.holds:
                bad.append((name, variant, n, fixed, "proved, basis refutes"))
            elif not p.holds and p.fails_at((n,), s=s) is not None and \
                    p.fails_at((n,), s=s) == basis.holds:
                bad.append((name, variant, n, fixed, "failing set disagrees"))
    print(f"fuzz (symbolic): {checked} points, {len(bad)} disagreements")
    assert not bad, bad
    assert checked >= 60
