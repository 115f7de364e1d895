"""tconv_sym.testing: operator_matrix, assert_same_operator and the diagnosis of a table of
deliberately broken implementations (one per common mistake)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from tconv_sym import ConvSpec, TransposedConvSpec, conv, conv_transpose, conv_transpose_matrix
from tconv_sym.interop import resolve_tf
from tconv_sym.testing import MISTAKES, assert_same_operator, diagnose, operator_matrix


def naive(x, w, stride=(1, 1), dilation=(1, 1), crop=((0, 0), (0, 0)), extra=(0, 0)):
    """A user's own 2-D transposed convolution: scatter every input pixel times the kernel
    (w is (C_in, C_out, kH, kW)), add `extra` zero rows/cols at the end, crop (start, end)."""
    n, _, h, wd = x.shape
    _, cout, kh, kw = w.shape
    (s0, s1), (d0, d1) = stride, dilation
    rows = (h - 1) * s0 + d0 * (kh - 1) + 1 + extra[0]
    cols = (wd - 1) * s1 + d1 * (kw - 1) + 1 + extra[1]
    full = np.zeros((n, cout, rows, cols))
    for i in range(h):
        for j in range(wd):
            for a in range(kh):
                for b in range(kw):
                    full[:, :, i * s0 + a * d0, j * s1 + b * d1] += x[:, :, i, j] @ w[:, :, a, b]
    (t, bt), (left, right) = crop
    return full[:, :, t:rows - bt, left:cols - right]


RNG = np.random.default_rng(0)
W23 = RNG.integers(-4, 5, (2, 3, 3, 2)).astype(float)  # (C_in=2, C_out=3, kH=3, kW=2)
SPEC = TransposedConvSpec(in_size=(3, 3), kernel_size=(3, 2), stride=2, padding=1,
                          output_padding=1, in_channels=2, out_channels=3)
CROP = ((1, 0), (1, 0))  # padding 1 at both ends, output_padding 1 back at the end
OK = dict(stride=(2, 2), crop=CROP)
SAME = TransposedConvSpec(in_size=(2, 3), kernel_size=3, stride=2, padding="same",
                          in_channels=2, out_channels=3)
W33 = RNG.integers(-4, 5, (2, 3, 3, 3)).astype(float)
DIL = TransposedConvSpec(in_size=(3, 2), kernel_size=2, stride=2, in_channels=2,
                         out_channels=3)
W_DIL = RNG.integers(-4, 5, (2, 3, 2, 2)).astype(float)


def test_naive_is_right():
    assert_same_operator(lambda x: naive(x, W23, **OK), SPEC, W23)
    assert_same_operator(lambda x: naive(x, W33, (2, 2), crop=((0, 1), (0, 1))), SAME, W33)
    assert_same_operator(lambda x: naive(x, W_DIL, (2, 2)), DIL, W_DIL)
    assert diagnose(lambda x: naive(x, W23, **OK), SPEC, W23) == []


BROKEN = [
    ("kernel flipped", SPEC, W23, lambda x: naive(x, W23[:, :, ::-1, ::-1], **OK)),
    ("kernel flipped along one axis", SPEC, W23, lambda x: naive(x, W23[:, :, :, ::-1], **OK)),
    ("in/out channels swapped", SPEC, W23,
     lambda x: naive(x, W23.reshape(3, 2, 3, 2).transpose(1, 0, 2, 3), **OK)),
    ("padding off by one at the start", SPEC, W23,
     lambda x: naive(x, W23, (2, 2), crop=((2, 0), (1, 0)))),
    ("padding off by one at the end", SPEC, W23,
     lambda x: naive(x, W23, (2, 2), crop=((1, 0), (1, 1)))),
    ("output_padding missing", SPEC, W23, lambda x: naive(x, W23, (2, 2), crop=((1, 1), (1, 1)))),
    ("stride and dilation swapped", DIL, W_DIL, lambda x: naive(x, W_DIL, (1, 1), (2, 2))),
    ("SAME split on the wrong side", SAME, W33,
     lambda x: naive(x, W33, (2, 2), crop=((1, 0), (1, 0)))),
    ("kernel flipped + in/out channels swapped", SAME, W33,  # the classic TF -> PyTorch port
     lambda x: naive(x, W33.reshape(3, 2, 3, 3).transpose(1, 0, 2, 3)[:, :, ::-1, ::-1],
                     (2, 2), crop=((0, 1), (0, 1)))),
]


@pytest.mark.parametrize("name, spec, w, broken", BROKEN, ids=[b[0] for b in BROKEN])
def test_each_mistake_is_diagnosed(name, spec, w, broken):
    found = diagnose(broken, spec, w)
    assert found and found[0].name == name, [m.name for m in found]
    with pytest.raises(AssertionError) as err:
        assert_same_operator(broken, spec, w)
    message = str(err.value)
    assert f"diagnosis: {name}: " in message
    assert max(map(len, message.splitlines())) <= 100  # fits a terminal
    for part in name.split(" + "):
        assert MISTAKES[part] in err.value.report  # the whole text is on the exception


def test_bias_is_diagnosed():
    with pytest.raises(AssertionError, match="diagnosis: bias added"):
        assert_same_operator(lambda x: naive(x, W23, **OK) + 1.0, SPEC, W23)


def test_unexplained_mismatch_says_so():
    def scaled(x):  # every output column scaled differently: no common mistake does that
        return naive(x, W23, **OK) * np.arange(1, 6)

    with pytest.raises(AssertionError) as err:
        assert_same_operator(scaled, SPEC, W23)
    text = str(err.value)
    assert "none of the common mistakes (or pairs of them) explains it" in text
    # ... but where it differs is said: column 0 is scaled by 1, the others are not
    assert "where: all 3 output channels; all 2 input channels; all 6 rows, the last 4 " \
        "columns (1–4)" in text


def test_first_differing_entries_are_exact():
    broken = BROKEN[0][3]
    with pytest.raises(AssertionError) as err:
        assert_same_operator(broken, SPEC, W23)
    got = operator_matrix(broken, SPEC.in_shape)
    expected = conv_transpose_matrix(SPEC, W23, backend="scipy").toarray()
    bad = np.argwhere(got != expected)
    lines = [line for line in str(err.value).splitlines() if line.startswith("    y[")]
    assert len(lines) == 5
    assert f"{len(bad)} of {got.size} matrix entries differ" in str(err.value)
    r, c = bad[0]
    y = ", ".join(map(str, np.unravel_index(r, SPEC.out_shape)))
    x = ", ".join(map(str, np.unravel_index(c, SPEC.in_shape)))
    assert lines[0].strip() == f"y[{y}] <- x[{x}]: {got[r, c]:g} vs {expected[r, c]:g}"


def test_shape_mismatch_is_reported():
    with pytest.raises(AssertionError) as err:
        assert_same_operator(lambda x: naive(x, W23, (2, 2), crop=((1, 1), (1, 1))), SPEC, W23)
    assert "output shape (C, *spatial): got (3, 5, 4), expected (3, 6, 5)" in str(err.value)


def test_pytorch_and_framework_layouts(torch):
    w = torch.from_numpy(W23)
    fn = lambda x: torch.nn.functional.conv_transpose2d(  # noqa: E731
        torch.from_numpy(x), w, stride=2, padding=1, output_padding=1)
    assert_same_operator(fn, SPEC, W23)
    # a TensorFlow-layout implementation (NHWC, filters (kH, kW, C_out, C_in)) of TF SAME
    r = resolve_tf((1, 2, 3, 2), (3, 3, 3, 2), (1, 4, 6, 3), 2, "SAME")
    filters = W33.transpose(2, 3, 1, 0)

    def tf_style(x_nhwc):
        y = naive(x_nhwc.transpose(0, 3, 1, 2), W33, (2, 2), crop=((0, 1), (0, 1)))
        return y.transpose(0, 2, 3, 1)

    assert_same_operator(tf_style, r, filters)
    with pytest.raises(AssertionError, match="SAME split on the wrong side"):
        assert_same_operator(
            lambda x: naive(x.transpose(0, 3, 1, 2), W33, (2, 2),
                            crop=((1, 0), (1, 0))).transpose(0, 2, 3, 1), r, filters)


def test_forward_convolution_spec():
    spec = ConvSpec(in_size=(5, 4), kernel_size=3, stride=2, padding="same", in_channels=2,
                    out_channels=3)
    w = RNG.integers(-3, 4, spec.weight_shape).astype(float)
    # TensorFlow's SAME (ConvSpec's "same") as explicit pads: ts.conv refuses a strided
    # padding="same", as PyTorch does
    assert spec.padding == ((1, 1), (0, 1))
    assert_same_operator(lambda x: conv(x, w, stride=2, padding=spec.padding), spec, w)
    wrong = lambda x: conv(x, w, stride=2, padding=((1, 1), (1, 0)))  # noqa: E731
    assert [m.name for m in diagnose(wrong, spec, w)][:1] == ["SAME split on the wrong side"]
    wrong = lambda x: conv(x, w, stride=2, padding=((1, 0), (0, 1)))  # noqa: E731
    assert [m.name for m in diagnose(wrong, spec, w)][:1] == ["padding off by one at the end"]
    with pytest.raises(AssertionError, match="kernel flipped"):
        assert_same_operator(lambda x: conv(x, w[:, :, ::-1, ::-1], stride=2,
                                            padding=spec.padding), spec, w)


def test_operator_matrix():
    m = operator_matrix(lambda x: np.cumsum(x, axis=-1), (4,))
    assert m.tolist() == np.tril(np.ones((4, 4))).tolist()
    spec = TransposedConvSpec(in_size=(3, 2), kernel_size=2, stride=2, in_channels=2,
                              out_channels=2)
    w = RNG.integers(-3, 4, spec.weight_shape)
    fn = lambda x: conv_transpose(x, w, stride=2)  # noqa: E731
    exact = conv_transpose_matrix(spec, w, backend="scipy").toarray()
    for batch_size in (1, 5, 256):
        np.testing.assert_array_equal(operator_matrix(fn, spec.in_shape,
                                                      batch_size=batch_size), exact)
    single = operator_matrix(lambda x: fn(x[None])[0], spec.in_shape, batched=False)
    np.testing.assert_array_equal(single, exact)
    with pytest.raises(ValueError, match="keep the batch axis first"):
        operator_matrix(lambda x: x.sum(axis=0, keepdims=True), (3,))
    with pytest.raises(TypeError, match="fn must be callable"):
        operator_matrix(np.ones(3), (3,))
    with pytest.raises(ValueError, match="in_shape"):
        operator_matrix(fn, (0, 3))
    assert re.match(r"kernel flipped", str(diagnose(BROKEN[0][3], SPEC, W23)[0]))


# --- real sizes: streamed colour probes, never a matrix ---------------------------------
def test_a_layer_too_big_for_its_matrix_is_checked_and_diagnosed():
    torch = pytest.importorskip("torch")
    from tconv_sym import budget

    spec = TransposedConvSpec(in_size=(12, 12), kernel_size=3, stride=2, padding=1,
                              output_padding=1, in_channels=32, out_channels=16)
    w = RNG.integers(-4, 5, spec.weight_shape).astype(float)

    def torch_fn(weight):
        wt = torch.tensor(weight)
        return lambda x: torch.nn.functional.conv_transpose2d(
            torch.from_numpy(x), wt, stride=2, padding=1, output_padding=1)

    dense_bytes = 8 * spec.in_features * spec.out_features  # what the old probe built
    with budget.limits(bytes=dense_bytes // 8):  # the explicit matrix does not fit
        with pytest.raises(budget.ResourceLimitError):
            operator_matrix(torch_fn(w), spec.in_shape)
        assert_same_operator(torch_fn(w), spec, w)
        with pytest.raises(AssertionError) as err:
            assert_same_operator(torch_fn(w[:, :, ::-1, ::-1].copy()), spec, w, fail_fast=False)
        with pytest.raises(AssertionError, match=r"at least \d+ of \d+ matrix entries differ "
                           r"\(fail fast: \d+ of 128 colour probes run\)"):
            assert_same_operator(torch_fn(w[:, :, ::-1, ::-1].copy()), spec, w)
    message = str(err.value)
    assert "diagnosis: kernel flipped: " in message
    # every entry outside the centre tap differs where the flipped weight differs
    expected = conv_transpose_matrix(spec, w, backend="scipy")
    got = conv_transpose_matrix(spec, w[:, :, ::-1, ::-1], backend="scipy")
    bad = (expected != got).tocoo()
    assert f"{bad.nnz} of {spec.out_features * spec.in_features} matrix entries differ" \
        in message
    first = min(zip(bad.row, bad.col))
    y = ", ".join(map(str, np.unravel_index(first[0], spec.out_shape)))
    x = ", ".join(map(str, np.unravel_index(first[1], spec.in_shape)))
    assert f"y[{y}] <- x[{x}]: {got[first]:g} vs {expected[first]:g}" in message


def test_outside_the_footprint_is_reported_with_the_input_found():
    def leaky(x):  # the right operator plus one entry far outside its footprint
        y = naive(x, W23, **OK)
        y[:, 2, 5, 4] += 7 * x[:, 1, 0, 0]
        return y

    with pytest.raises(AssertionError) as err:
        assert_same_operator(leaky, SPEC, W23)
    message = str(err.value)
    assert "fn reaches outputs outside the spec's footprint; at least 1 of" in message
    assert "y[2, 5, 4] <- x[1, 0, 0]: 7 vs 0" in message


def test_fail_fast_skips_the_colour_probes():
    calls = []

    def flipped(x):
        calls.append(x.shape[0])
        return naive(x, W23[:, :, ::-1, ::-1], **OK)

    with pytest.raises(AssertionError, match="on 2 random inputs the outputs differ\n"
                                             "  where: .*\n  diagnosis: kernel flipped") as err:
        assert_same_operator(flipped, SPEC, W23, entries=False)
    assert "colour probes" not in err.value.seconds  # no colour probe ran
    assert sum(calls) < 30


def test_combined_shifts_are_named_in_3d_and_for_forward_convolutions():
    spec = TransposedConvSpec(in_size=(3, 4, 3), kernel_size=3, stride=2, padding=1,
                              in_channels=2, out_channels=2)
    w = RNG.integers(-3, 4, spec.weight_shape).astype(float)

    def shifted(x):  # the crop window moved by +1 in dims 0 and 2, -1 in dim 1
        full = conv_transpose(x, w, stride=2)
        return full[:, :, 2:2 + 5, 0:0 + 7, 2:2 + 5]

    with pytest.raises(AssertionError) as err:
        assert_same_operator(shifted, spec, w)
    text = " ".join(str(err.value).split())
    assert "diagnosis: output shifted by one in dims 0, 1 and 2 (+1, -1, +1)" in text
    fwd = ConvSpec(in_size=(9, 9), kernel_size=3, stride=2, padding=1, in_channels=2,
                   out_channels=3)
    wf = RNG.integers(-3, 4, fwd.weight_shape).astype(float)
    wrong = lambda x: conv(x, wf, stride=2, padding=((2, 0), (0, 2)))  # noqa: E731
    # (with stride 2 the last padded row of dim 0 is never read: "padding off by one at the
    # start" in dim 0 is the same operator, and is listed too)
    assert "output shifted by one in dims 0 and 1 (+1, -1)" in [
        m.name for m in diagnose(wrong, fwd, wf)]


def test_the_mismatch_pickles():
    import pickle

    with pytest.raises(AssertionError) as err:
        assert_same_operator(BROKEN[0][3], SPEC, W23)
    again = pickle.loads(pickle.dumps(err.value))
    assert str(again) == str(err.value) and again.report == err.value.report
    assert [m.name for m in again.mistakes] == ["kernel flipped"]
