"""Accuracy of the Winograd forms, measured: per F(m, r), fast vs direct vs a float64 reference.

Run: ``python benchmarks/bench_winograd.py``. For each layer (polyphase sub-kernels 2×2 for
k4 s2, 3×3 for k9 s3 and for a k3 s1 layer) and each tile size ``m``, the float32 result of
:func:`tconv_sym.fast_algorithms.winograd_conv_transpose` and of PyTorch's float32
``conv_transpose`` are compared with PyTorch in float64, on random normal weights and on a
real architecture's initial weights (``nn.ConvTranspose2d``'s default Kaiming-uniform init;
no trained checkpoints are reachable offline). Printed: max and RMS absolute error, and the
ratio of the fast form's max error to the direct float32 one.

1-D layers (:data:`LAYERS_1D`: a HiFi-GAN-like k16 s8, sub-kernels of 2 taps; k4 s2; k3 s1;
k9 s3, 3 taps; WaveGAN-like k25 s4, 7 taps) are measured with the C kernel
(:func:`tconv_sym.codegen.winograd_c.winograd_kernel`, the form the planner runs) against
``conv_transpose1d``, and the ratio is given both to PyTorch's float32 error and to the
project's direct C kernel's (``generate(spec, lang="c", dtype="float32", fast="never")``, the
kernel the Winograd form replaces: the planner's ``fast_tolerance`` is a multiple of its
error); ``--ndim 1`` or ``--ndim 2`` runs one kind only.
"""

from __future__ import annotations

import argparse

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


#: 1-D layers: ``(name, spec kwargs)``, measured with the C kernel
LAYERS_1D = [
    ("1-D 512->256 L512 k16 s8 p4", dict(in_size=512, kernel_size=16, stride=8, padding=4,
                                         in_channels=512, out_channels=256)),
    ("1-D 256->128 L1024 k4 s2 p1", dict(in_size=1024, kernel_size=4, stride=2, padding=1,
                                         in_channels=256, out_channels=128)),
    ("1-D 64->64 L2048 k3 s1 p1", dict(in_size=2048, kernel_size=3, stride=1, padding=1,
                                       in_channels=64, out_channels=64)),
    ("1-D 128->64 L512 k9 s3 p3", dict(in_size=512, kernel_size=9, stride=3, padding=3,
                                       in_channels=128, out_channels=64)),
    ("1-D 256->128 L256 k25 s4 p11", dict(in_size=256, kernel_size=25, stride=4, padding=11,
                                          output_padding=1, in_channels=256,
                                          out_channels=128)),
    ("1-D 16->8 L64 k16 s8 p4", dict(in_size=64, kernel_size=16, stride=8, padding=4,
                                     in_channels=16, out_channels=8)),
]


def _errors(got, exact):
    d = np.abs(got.astype(np.float64) - exact)
    return float(d.max()), float(np.sqrt(np.mean(d * d)))


def main_1d(rng) -> None:
    """The 1-D rows: the C Winograd kernel vs PyTorch's float32 ``conv_transpose1d``, both
    against float64."""
    import tempfile

    from tconv_sym.codegen.api import generate
    from tconv_sym.codegen.winograd_c import winograd_kernel
    from tconv_sym.winograd import MAX_TILE

    out_dir = tempfile.mkdtemp(prefix="bench_winograd.")

    for name, kw in LAYERS_1D:
        spec = TransposedConvSpec(**kw)
        x = rng.standard_normal((2, *spec.in_shape))
        layer = torch.nn.ConvTranspose1d(spec.in_channels, spec.out_channels, spec.kernel_size,
                                         spec.stride, spec.pad_lo, bias=False)
        taps = -(-spec.kernel_size[0] // spec.stride[0])

        def torch1d(a, b, spec=spec):
            return torch.nn.functional.conv_transpose1d(
                torch.from_numpy(a), torch.from_numpy(b), stride=spec.stride,
                padding=spec.pad_lo, output_padding=spec.output_padding).numpy()

        for wname, w in (("normal", rng.standard_normal(spec.weight_shape)),
                         ("torch init", layer.weight.detach().double().numpy())):
            exact = torch1d(x, w)
            x32, w32 = x.astype(np.float32), w.astype(np.float32)
            base, rms = _errors(torch1d(x32, w32), exact)
            direct = generate(spec, lang="c", dtype="float32", out_dir=out_dir,
                              fast="never").load()
            cbase, crms = _errors(direct(x32, w32), exact)
            print(f"| {name} | {wname} | torch direct | {multiplies(spec, None):,} | "
                  f"{base:.2e} | {rms:.2e} | 1.0x | {base / cbase:.1f}x |")
            print(f"| {name} | {wname} | C direct | {multiplies(spec, None):,} | "
                  f"{cbase:.2e} | {crms:.2e} | {cbase / base:.1f}x | 1.0x |")
            for m in (2, 4, 6, 8):
                if m + taps - 1 > MAX_TILE:
                    print(f"| {name} | {wname} | F({m}) | refused: tile {m + taps - 1} > "
                          f"{MAX_TILE} | | | | |")
                    continue
                got = winograd_kernel(spec, m=m)(x32, w32)
                mx, rm = _errors(got, exact)
                print(f"| {name} | {wname} | C F({m}, {taps}) | {multiplies(spec, m):,} | "
                      f"{mx:.2e} | {rm:.2e} | {mx / base:.1f}x | {mx / cbase:.1f}x |",
                      flush=True)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ndim", type=int, choices=(1, 2), default=None,
                        help="only the 1-D or only the 2-D layers")
    args = parser.parse_args(argv)
    rng = np.random.default_rng(0)
    if args.ndim in (None, 1):
        print("| layer | weights | form | multiplies/sample | max abs err | RMS err | "
              "max vs torch direct | max vs C direct |")
        print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
        main_1d(rng)
    if args.ndim == 1:
        return
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
