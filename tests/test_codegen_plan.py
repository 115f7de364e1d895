"""Lowering to a plan: polyphase phases read from the tap basis, counts, the auto rule, names."""

from __future__ import annotations

import numpy as np
import pytest

from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.codegen.plan import (
    AUTO_UNROLL_TERMS,
    MAX_UNROLLED_TERMS,
    axis_phases,
    make_plan,
    validate_name,
)
from tconv_sym.structure import operator_structure


def _entries_from_blocks(plan):
    """(out, in, tap) spatial triples spelled out from the polyphase blocks (1 channel)."""
    got = set()
    for blk in plan.blocks:
        for u in np.ndindex(*blk.extent):
            out = tuple(a + ax.out_step * v for a, ax, v in zip(blk.out_start, plan.axes, u))
            inp = tuple(a + ax.in_step * v for a, ax, v in zip(blk.in_start, plan.axes, u))
            got.add((np.ravel_multi_index(out, [ax.out_len for ax in plan.axes]),
                     np.ravel_multi_index(inp, [ax.in_len for ax in plan.axes]), blk.tap))
    return got


SPECS = [
    TransposedConvSpec(in_size=5, kernel_size=4, stride=2, padding=1),
    TransposedConvSpec(in_size=(3, 4), kernel_size=(3, 2), stride=(2, 3), padding=((1, 0), (0, 2)),
                       dilation=(2, 1), output_padding=(1, 0)),
    TransposedConvSpec(in_size=4, kernel_size=3, stride=2, dilation=3, output_padding=2),
    ConvSpec(in_size=(7, 6), kernel_size=3, stride=(2, 3), padding=(1, 2), dilation=(1, 2)),
    ConvSpec(in_size=9, kernel_size=3, padding="same", mode="convolution"),
    TransposedConvSpec(in_size=(2, 3, 2), kernel_size=2, stride=2, padding=1, mode="convolution"),
]


@pytest.mark.parametrize("spec", SPECS, ids=repr)
@pytest.mark.parametrize("derivative", [None, "input", "weight"])
def test_polyphase_blocks_are_exactly_the_tap_basis(spec, derivative):
    plan = make_plan(spec, strategy="polyphase", derivative=derivative, name="k")
    basis = operator_structure(spec)
    rows, cols, taps = basis.rows, basis.cols, basis.taps
    if plan.kind == ("CT" if isinstance(spec, ConvSpec) else "C") and derivative != "weight":
        rows, cols = cols, rows  # the kernel applies the transpose of the spec's operator
    if derivative == "weight" and isinstance(spec, TransposedConvSpec):
        rows, cols = cols, rows  # the weight gradient is written in convolution form
    want = set(zip(rows.tolist(), cols.tolist(), taps.tolist()))
    got = _entries_from_blocks(plan)
    assert got == want
    assert plan.nnz == basis.nnz == len(want)


def test_transposed_phases_are_the_polyphase_subkernels():
    # dilation 1: phase r of a stride-s transposed conv uses the taps w[(r + p) % s :: s]
    spec = TransposedConvSpec(in_size=6, kernel_size=7, stride=3, padding=2)
    (ax,) = axis_phases(spec)
    assert ax.out_step == 3 and ax.in_step == 1
    for r in range(3):
        taps = sorted(t.tap for t in ax.taps if t.phase == r)
        assert taps == list(range((r + 2) % 3, 7, 3))


def test_convolution_has_one_phase_and_reads_with_the_stride():
    (ax,) = axis_phases(ConvSpec(in_size=10, kernel_size=3, stride=2, padding=1))
    assert (ax.out_step, ax.in_step) == (1, 2)
    assert [(t.tap, t.offset, t.start, t.stop) for t in ax.taps] == [
        (0, -1, 1, 5), (1, 0, 0, 5), (2, 1, 0, 5)]


def test_counts_naive_vs_executed_mnist():
    spec = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
    p = make_plan(spec, lang="c", name="mnist")
    assert p.strategy == "polyphase" and p.scatter is None
    assert p.nnz == p.executed_macs == 32 * 184 * 184 == operator_structure(spec).nnz
    assert p.naive_macs == 32 * 49 * 28 * 28
    assert len(p.blocks) == 49 and p.phases == 1


def test_numpy_scatter_form_counts_its_border_waste():
    spec = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
    p = make_plan(spec, name="mnist")  # numpy: one GEMM of all 49 taps with the whole input
    assert p.scatter == tuple(range(49))
    assert p.nnz == 32 * 184 * 184 < p.executed_macs == 32 * 49 * 28 * 28
    assert "scatter form: one GEMM over all 49 taps" in p.reason
    # big channel blocks keep a matmul per tap block (and then execute exactly the nonzeros)
    dcgan = make_plan(TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
                                         in_channels=128, out_channels=64), name="d")
    assert dcgan.scatter is None and dcgan.executed_macs == dcgan.nnz
    assert "8,192 channel pairs per group > 1,024" in dcgan.reason
    # too much border waste (a 5x5 kernel, padding 2, on a 2x2 input): blocks
    small = make_plan(TransposedConvSpec(in_size=(2, 2), kernel_size=5, padding=2,
                                         in_channels=64), strategy="polyphase", name="s")
    assert small.scatter is None and small.executed_macs == small.nnz == 64 * 16
    assert "not the scatter form: one GEMM over all taps would execute 2,304 MACs" in small.reason
    # a strided convolution reads its input with a stride: blocks
    conv = make_plan(ConvSpec(in_size=(32, 32), kernel_size=3, stride=2, in_channels=8),
                     name="c")
    assert conv.strategy == "polyphase" and conv.scatter is None


def test_dcgan_phases_and_macs():
    spec = TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
                              in_channels=128, out_channels=64)
    p = make_plan(spec, name="dcgan")
    assert p.phases == 4 and len(p.blocks) == 16
    assert {b.phase for b in p.blocks} == {(0, 0), (0, 1), (1, 0), (1, 1)}
    assert p.naive_macs == 128 * 64 * 16 * 16 * 16
    assert p.executed_macs == p.nnz == 128 * 64 * (8 * 4 - 2) ** 2


def test_auto_rule_is_explained():
    small = make_plan(TransposedConvSpec(in_size=4, kernel_size=3, stride=2), name="a",
                      lang="c")
    assert small.strategy == "unrolled" and "<= 4,096" in small.reason
    # NumPy is never unrolled by auto: one array operation per term is slower everywhere
    small_np = make_plan(TransposedConvSpec(in_size=4, kernel_size=3, stride=2), name="a")
    assert small_np.strategy == "polyphase" and "NumPy" in small_np.reason
    big = make_plan(TransposedConvSpec(in_size=(16, 16), kernel_size=5, in_channels=4), name="b",
                    lang="c")
    assert big.nnz > AUTO_UNROLL_TERMS
    assert big.strategy == "polyphase" and "> 4,096" in big.reason
    assert "polyphase (auto:" in repr(big)


def test_unrolled_refuses_above_its_limit():
    spec = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
    with pytest.raises(ValueError, match=r"above the limit of 20,000.*strategy='polyphase'"):
        make_plan(spec, strategy="unrolled", name="x")
    assert MAX_UNROLLED_TERMS == 20_000


def test_plan_repr_reads_as_a_report():
    spec = TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same")
    text = repr(make_plan(spec, lang="c", name="tf_same"))
    for words in ("forward y = Cᵀ·x", "tf_same(x: (n, 1, 2, 2), w: (1, 1, 3, 3))",
                  "-> y: (n, 1, 4, 4)", "nonzero terms  25", "naive MACs     144",
                  "executed MACs  25", "phases         4 (stride 2x2), 9 tap blocks"):
        assert words in text


def test_baked_weights_skip_zeros_in_the_count():
    spec = TransposedConvSpec(in_size=4, kernel_size=3, stride=2)
    w = np.array([[[1.0, 0.0, 2.0]]])
    p = make_plan(spec, weights=w, name="k")
    assert p.nnz == operator_structure(spec).nnz
    assert p.executed_macs == p.nnz - int(np.sum(operator_structure(spec).taps == 1))
    assert "2 nonzero of 3" in repr(p)


@pytest.mark.parametrize("kwargs, exc, words", [
    (dict(lang="fortran"), ValueError, "lang must be one of 'numpy', 'c'"),
    (dict(strategy="fast"), ValueError, "strategy must be one of"),
    (dict(dtype="float16"), ValueError, "dtype must be one of 'float64', 'float32'"),
    (dict(derivative="bias"), ValueError, "derivative must be None"),
    (dict(derivative="weight", weights=[1, 2, 3]), ValueError, "cannot be baked"),
    (dict(weights=[1, 2]), ValueError, "weights has shape (2,)"),
    (dict(weights=[1, np.nan, 3]), ValueError, "must be finite"),
    (dict(weights=[1j, 2, 3]), TypeError, "real numbers"),
    (dict(name=3), TypeError, "name must be a string"),
])
def test_bad_arguments(kwargs, exc, words):
    with pytest.raises(exc) as info:
        make_plan(TransposedConvSpec(in_size=4, kernel_size=3), **kwargs)
    assert words in str(info.value)


def test_bad_spec_type():
    with pytest.raises(TypeError, match="spec must be a ConvSpec or TransposedConvSpec"):
        make_plan((4, 3))


@pytest.mark.parametrize("name", [
    "", "1abc", "_private", "a-b", "a b", "a.b", "../evil", "a/b", "x;system", "x\nint",
    "naïve", "a" * 65, "for", "while", "int", "restrict", "main", "lambda", "match", "print",
    "ValueError", 'x); system("rm -rf /"); //', "__import__",
])
def test_bad_names_are_rejected(name):
    with pytest.raises(ValueError, match="name must"):
        validate_name(name)


@pytest.mark.parametrize("name", ["k", "mnist_decoder", "Conv2d_T_3", "a" * 64])
def test_good_names(name):
    assert validate_name(name) == name


def test_default_names_are_identifiers_and_distinct():
    spec = TransposedConvSpec(in_size=(2, 2), kernel_size=2)
    names = {make_plan(spec, derivative=d, dtype=t, strategy=s).name
             for d in (None, "input", "weight") for t in ("float64", "float32")
             for s in ("unrolled", "polyphase")}
    assert len(names) == 12
    assert all(validate_name(n) == n for n in names)
