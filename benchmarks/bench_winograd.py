"""Accuracy of the Winograd forms, measured: per F(m, r), fast vs direct vs a float64 reference.

Run: ``python benchmarks/bench_winograd.py``. For each layer (polyphase sub-kernels 2×2 for
k4 s2, 3×3 for k9 s3 and for a k3 s1 layer) and each tile size ``m``, the float32 result of
:func:`tconv_sym.fast_algorithms.winograd_conv_transpose` and of PyTorch's float32
``conv_transpose`` are compared with PyTorch in float64, on random normal weights and on a
real architecture's initial weights (``nn.ConvTranspose2d``'s default Kaiming-uniform init;
no trained checkpoints are reachable offline). Printed: max and RMS absolute error, and the
ratio of the fast form's max error to the direct float32 one.
"""

from __future__ import annotations

import numpy as np
import torch

from tconv_sym import TransposedConvSpec
from tconv_sym.fast_algorithms import multiplies, winograd_conv_transpose

LAYERS = [
    ("512->256 16^2 k4 s2", dict(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
                                  in_channels=512, out_channels=256)),
    ("64->64 32^2 k3 s1", dict(in_size=(32, 32), kernel_size=3, stride=1, padding=1,
                                in_channels=64, out_channels=64)),
    ("64->3 32^2 k9 s3", dict(in_size=(32, 32), kernel_size=9, stride=3, padding=3,
                               in_channels=64, out_channels=3)),
]


def _errors(got, exact):
    d = np.abs(got.astype(np.float64) - exact)
    return float(d.max()), float(np.sqrt(np.mean(d * d)))


def main() -> None:
    rng = np.random.default_rng(0)
    print("| layer | weights | form | multiplies/sample | max abs err | RMS err | max vs direct |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: |")
    for name, kw in LAYERS:
        spec = TransposedConvSpec(**kw)
        x = rng.standard_normal((2, *spec.in_shape))
        layer = torch.nn.ConvTranspose2d(spec.in_channels, spec.out_channels, spec.kernel_size,
                                         spec.stride, spec.pad_lo, bias=False)
        for wname, w in (("normal", rng.standard_normal(spec.weight_shape)),
                         ("torch init", layer.weight.detach().double().numpy())):
            exact = torch.nn.functional.conv_transpose2d(
                torch.from_numpy(x), torch.from_numpy(w), stride=spec.stride,
                padding=spec.pad_lo).numpy()
            x32, w32 = x.astype(np.float32), w.astype(np.float32)
            direct = torch.nn.functional.conv_transpose2d(
                torch.from_numpy(x32), torch.from_numpy(w32), stride=spec.stride,
                padding=spec.pad_lo).numpy()
            base, rms = _errors(direct, exact)
            print(f"| {name} | {wname} | direct | {multiplies(spec, None):,} | {base:.2e} | "
                  f"{rms:.2e} | 1.0x |")
            for m in (2, 4, 6):
                try:
                    got = winograd_conv_transpose(x32, w32, spec, m=m)
                except ValueError as exc:  # the tile would exceed MAX_TILE
                    print(f"| {name} | {wname} | F({m}) | refused: {exc} | | | |")
                    continue
                mx, rm = _errors(got, exact)
                print(f"| {name} | {wname} | F({m}) | {multiplies(spec, m):,} | {mx:.2e} | "
                      f"{rm:.2e} | {mx / base:.1f}x |")


if __name__ == "__main__":
    main()
