"""Issue 28: the bugs people write in a 64×64, 64→32 transposed convolution (PyTorch as the
kernel under test, float64), each localised and named by ``assert_same_operator``.

Every case asserts the diagnosis text; ``benchmarks/bench_assert_same.py --bugs`` prints the
same table with CPU times.
"""

from __future__ import annotations

import numpy as np
import pytest

from tconv_sym import TransposedConvSpec
from tconv_sym.testing import OperatorMismatch, assert_same_operator

torch = pytest.importorskip("torch")
F = torch.nn.functional

K4 = TransposedConvSpec(in_size=(64, 64), kernel_size=4, stride=2, padding=1, in_channels=64,
                        out_channels=32)
K3 = TransposedConvSpec(in_size=(64, 64), kernel_size=3, stride=2, padding=1,
                        output_padding=1, in_channels=64, out_channels=32)
G2 = TransposedConvSpec(in_size=(64, 64), kernel_size=4, stride=2, padding=1, in_channels=64,
                        out_channels=32, groups=2)
D2 = TransposedConvSpec(in_size=(64, 64), kernel_size=3, dilation=2, in_channels=64,
                        out_channels=32)
RNG = np.random.default_rng(0)


def weight(spec):
    return RNG.integers(-4, 5, spec.weight_shape).astype(float)


W4, W3, WG, WD = weight(K4), weight(K3), weight(G2), weight(D2)


def tconv(w, **kw):
    wt = torch.from_numpy(np.ascontiguousarray(w))
    return lambda x: F.conv_transpose2d(torch.from_numpy(x), wt, **kw).numpy()


def with_(w, idx, f):
    w = w.copy()
    w[idx] = f(w[idx])
    return w


def crop(full, top, left, h, wd):
    return full[:, :, top:top + h, left:left + wd]


def shifted_both(x):  # the crop window moved by one in both dims: full[2:130] not [1:129]
    full = F.conv_transpose2d(torch.from_numpy(x), torch.from_numpy(W4), stride=2)
    return np.ascontiguousarray(crop(full.numpy(), 2, 2, 128, 128))


def last_row_unwritten(x):
    y = tconv(W4, stride=2, padding=1)(x).copy()
    y[:, :, -1, :] = 0
    return y


def op_at_start(x):  # output_padding added before the output instead of after it
    full = F.conv_transpose2d(torch.from_numpy(x), torch.from_numpy(W3), stride=2).numpy()
    return np.ascontiguousarray(full[:, :, 0:128, 0:128])


def groups_mixed(x):  # input group 0 meets output group 1
    half = x.shape[1] // 2
    x = np.concatenate([x[:, half:], x[:, :half]], axis=1)
    return tconv(WG, stride=2, padding=1, groups=2)(x)


def pad_end_off(x):  # padding (1, 0) instead of (1, 1) in dim 1: one column too many
    full = F.conv_transpose2d(torch.from_numpy(x), torch.from_numpy(W4), stride=2).numpy()
    return np.ascontiguousarray(full[:, :, 1:129, 1:130])


def tile_wrong(x):  # one 16×16 tile computed with the kernel flipped
    y = tconv(W4, stride=2, padding=1)(x).copy()
    z = tconv(W4[:, :, ::-1, ::-1].copy(), stride=2, padding=1)(x)
    y[:, :, 32:48, 64:80] = z[:, :, 32:48, 64:80]
    return y


def relu_out(x):
    return np.maximum(tconv(W4, stride=2, padding=1)(x), 0)


BUGS = [
    ("input channel 5's kernel transposed", K4, W4,
     tconv(with_(W4, 5, lambda k: k.transpose(0, 2, 1)), stride=2, padding=1),
     ["where: all 32 output channels; only input channel 5; at every position",
      "diagnosis: only input channel 5: its kernel is transposed"]),
    ("output channel 7 flipped", K4, W4,
     tconv(with_(W4, (slice(None), 7), lambda k: k[:, ::-1, ::-1]), stride=2, padding=1),
     ["where: only output channel 7; all 64 input channels",
      "diagnosis: only output channel 7: its kernel is flipped"]),
    ("crop shifted by one in both dims", K4, W4, shifted_both,
     ["diagnosis: output shifted by one in dims 0 and 1 (+1, +1)"]),
    ("the last output row never written", K4, W4, last_row_unwritten,
     ["where: all 32 output channels; all 64 input channels", "only the last row (127), "
      "all 128 columns", "diagnosis: the last output row is never written"]),
    ("output_padding added at the start", K3, W3, op_at_start,
     ["diagnosis: output_padding added at the start"]),
    ("groups mixed up", G2, WG, groups_mixed,
     ["diagnosis: groups mixed up", "input group k feeding output group k+1"]),
    ("dilation applied to the input", D2, WD, tconv(WD, stride=2),
     ["output shape (C, *spatial): got (32, 129, 129), expected (32, 68, 68)",
      "diagnosis: stride and dilation swapped"]),
    ("stride applied twice", K4, W4, tconv(W4, stride=4, padding=1),
     ["diagnosis: stride applied twice"]),
    ("padding off by one at the end (one dim)", K4, W4, pad_end_off,
     ["got (32, 128, 129)", "diagnosis: padding off by one at the end"]),
    ("a tile computed with the flipped kernel", K4, W4, tile_wrong,
     ["rows 32–47 (a band of 16), columns 64–79 (a band of 16)",
      "diagnosis: kernel flipped, in rows 32–47 (a band of 16), columns 64–79 (a band of 16) "
      "only"]),
    ("output scaled (an average instead of a sum)", K4, W4,
     tconv(W4 / 4, stride=2, padding=1), ["diagnosis: scaled", "0.25 × the operator"]),
    ("TF weight read as PyTorch (flip + channel swap)", K4, W4,
     tconv(np.flip(W4.reshape(32, 64, 4, 4).transpose(1, 0, 2, 3), (2, 3)).copy(), stride=2,
           padding=1),
     ["diagnosis: kernel flipped + in/out channels swapped"]),
    ("ReLU left in", K4, W4, relu_out,
     ["fn is not linear: fn(-s) != -fn(s)", "diagnosis: not linear"]),
]


@pytest.mark.parametrize("label, spec, w, fn, texts", BUGS, ids=[b[0] for b in BUGS])
def test_bug_is_localised_and_named(label, spec, w, fn, texts):
    torch.set_num_threads(1)
    with pytest.raises(OperatorMismatch) as err:
        assert_same_operator(fn, spec, w)
    message = " ".join(str(err.value).split())  # the wrapped message, unwrapped
    for text in texts:
        assert " ".join(text.split()) in message, str(err.value)
    assert max(map(len, str(err.value).splitlines())) <= 100


def test_the_correct_kernel_passes():
    torch.set_num_threads(1)
    assert_same_operator(tconv(W4, stride=2, padding=1), K4, W4)
