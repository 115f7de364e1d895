"""Polyphase + Winograd transposed convolution, against PyTorch's conv_transpose at real sizes."""

from __future__ import annotations

import numpy as np
import pytest

from tconv_sym import TransposedConvSpec
from tconv_sym.factored import factored
from tconv_sym.fast_algorithms import multiplies, phase_windows, winograd_conv_transpose

torch = pytest.importorskip("torch")
F = torch.nn.functional

SPECS = [
    dict(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=64, out_channels=32),
    dict(in_size=(9, 7), kernel_size=3, stride=2, padding=1, output_padding=1, in_channels=8,
         out_channels=6),
    dict(in_size=(5, 6), kernel_size=(5, 3), stride=(3, 1), padding=(2, 0), in_channels=4,
         out_channels=4, groups=2),
    dict(in_size=(7,), kernel_size=9, stride=3, padding=3, in_channels=6, out_channels=3),
    dict(in_size=(6,), kernel_size=2, stride=3, in_channels=2, out_channels=2),  # k < s: gaps
    dict(in_size=(4, 5, 3), kernel_size=3, stride=2, padding=1, output_padding=(1, 0, 1),
         in_channels=4, out_channels=2),
]


def _torch(x, w, spec):
    fn = {1: F.conv_transpose1d, 2: F.conv_transpose2d, 3: F.conv_transpose3d}[spec.ndim]
    return fn(torch.from_numpy(x), torch.from_numpy(w), stride=spec.stride,
              padding=spec.pad_lo, output_padding=spec.output_padding,
              groups=spec.groups).numpy()


@pytest.mark.parametrize("kw", SPECS, ids=lambda kw: str(kw["in_size"]))
@pytest.mark.parametrize("m", [2, 4])
def test_matches_pytorch(kw, m):
    spec = TransposedConvSpec(**kw)
    rng = np.random.default_rng(3)
    x = rng.standard_normal((3, *spec.in_shape))
    w = rng.standard_normal(spec.weight_shape)
    want = _torch(x, w, spec)
    got = winograd_conv_transpose(x, w, spec, m=m)
    assert got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-9)


def test_fewer_multiplies_than_nonzeros_on_a_real_layer():
    spec = TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
                              in_channels=512, out_channels=256)
    direct = factored(spec).nnz
    assert direct == 512 * 256 * (2 * 32 - 2) ** 2   # 2 taps per dim, 1 at either border
    assert multiplies(spec, m=2) == 512 * 256 * 4 * 8 * 8 * 9     # F(2x2, 2x2) per phase
    assert multiplies(spec, m=4) == 512 * 256 * 4 * 4 * 4 * 25    # F(4x4, 2x2): 2.56x fewer
    assert direct / multiplies(spec, m=4) > 2.4


def test_phase_windows_and_refusals():
    spec = TransposedConvSpec(in_size=3, kernel_size=2, stride=3)   # phase 2 receives no tap
    assert phase_windows(spec) == {(0,): ((0, 3),), (1,): ((0, 3),), (2,): None}
    with pytest.raises(ValueError, match="dilation 1"):
        winograd_conv_transpose(np.zeros((1, 1, 3)), np.zeros((1, 1, 3)),
                                TransposedConvSpec(in_size=3, kernel_size=3, dilation=2))
    with pytest.raises(ValueError, match=r"w must have shape \(1, 1, 2\)"):
        winograd_conv_transpose(np.zeros((1, 1, 3)), np.zeros((1, 1, 3)), spec)
    with pytest.raises(TypeError, match="TransposedConvSpec"):
        phase_windows(spec.conv)
