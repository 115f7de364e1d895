"""The catalogue of generated kernels kept in the repository's ``generated/`` folder.

Every shape of the seed examples (the 2×2 tutorial, TensorFlow SAME stride 2, the Keras
output-shape cases, the MNIST 32→1 28×28 7×7 decoder) and showcase layers (FCN 2× bilinear
upsampling, 21 channels depthwise, k4 s2, with the bilinear kernel baked in; a DCGAN layer
128→64, 8×8→16×16, k4 s2 p1; a 1-D and a 3-D case), each in NumPy and C, forward and both
gradients, plus ``MANIFEST.json``. ``tconv-sym gen --catalogue`` writes them;
``--check`` lists stale files. A test regenerates them and requires identical bytes.

>>> [e.name for e in CATALOGUE][:3]
['tutorial_2x2', 'tf_same_2x2_k3_s2', 'keras_valid_4x4_k3_s2']
>>> len(catalogue_plans())
60
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..spec import TransposedConvSpec
from .api import render_sealed
from .files import seal, status, write_files
from .plan import make_plan

__all__ = ["CATALOGUE", "Entry", "bilinear_kernel", "catalogue_plans", "catalogue_files",
           "write_catalogue", "stale_files", "MANIFEST"]

MANIFEST = "MANIFEST.json"
_TAGS = {None: "fwd", "input": "dx", "weight": "dw"}


def bilinear_kernel(size: int, channels: int) -> np.ndarray:
    """FCN's bilinear upsampling kernel, depthwise: shape ``(channels, 1, size, size)``.

    >>> bilinear_kernel(4, 1)[0, 0, 0].tolist()
    [0.0625, 0.1875, 0.1875, 0.0625]
    """
    factor = (size + 1) // 2
    center = factor - 1 if size % 2 == 1 else factor - 0.5
    og = np.arange(size)
    filt = 1 - np.abs(og - center) / factor
    k2 = np.outer(filt, filt)
    return np.broadcast_to(k2, (channels, 1, size, size)).copy()


@dataclass(frozen=True)
class Entry:
    """One catalogue layer: a name, its spec, a note, and optional baked weights."""

    name: str
    spec: TransposedConvSpec
    about: str
    bilinear: bool = False

    def weights(self):
        """The baked weights (FCN bilinear) or None."""
        if not self.bilinear:
            return None
        return bilinear_kernel(self.spec.kernel_size[0], self.spec.in_channels)


CATALOGUE = (
    Entry("tutorial_2x2", TransposedConvSpec(in_size=(2, 2), kernel_size=2),
          "transposed convolution tutorial, example 1: 2x2 input, 2x2 kernel, stride 1"),
    Entry("tf_same_2x2_k3_s2",
          TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same"),
          "TensorFlow conv2d_transpose SAME, stride 2, 3x3 kernel, 2x2 -> 4x4"),
    # Keras Conv2DTranspose on a 4x4 input, 3x3 kernel: (padding, stride, what it shows)
    *(Entry(f"keras_{pad}_4x4_k3_s{stride}",
            TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=stride, padding=pad),
            f"Keras Conv2DTranspose {what}")
      for pad, stride, what in (("valid", 2, "valid, 4x4 -> 9x9"),
                                ("same", 2, "same, 4x4 -> 8x8"),
                                ("valid", 1, "stride 1 valid, 4x4 -> 6x6"))),
    Entry("mnist_decoder",
          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding="same", in_channels=32),
          "MNIST decoder: 28x28x32 -> 28x28x1, 7x7, SAME, stride 1"),
    Entry("fcn_bilinear_up2",
          TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
                             in_channels=21, out_channels=21, groups=21),
          "FCN 2x bilinear upsampling, 21 classes depthwise, k4 s2 p1, bilinear kernel baked "
          "in (forward and input gradient)", bilinear=True),
    Entry("dcgan_128_64",
          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
                             in_channels=128, out_channels=64),
          "DCGAN generator layer: 128 -> 64 channels, 8x8 -> 16x16, k4 s2 p1"),
    Entry("upsample_1d_x4",
          TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4,
                             out_channels=2),
          "1-D x4 upsampling (audio style): 4 -> 2 channels, length 16 -> 64, k8 s4 p2"),
    Entry("volume_3d_x2",
          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1,
                             output_padding=1, in_channels=4, out_channels=2),
          "3-D x2 upsampling: 4 -> 2 channels, 4^3 -> 8^3, k3 s2 p1 output_padding 1"),
)


def catalogue_plans(dtype: str = "float64"):
    """``(entry, plan)`` for every catalogue kernel: NumPy and C, forward, dx, dw.

    >>> e, p = catalogue_plans()[0]
    >>> p.name, p.lang, p.direction
    ('tutorial_2x2_fwd', 'numpy', 'forward')
    """
    out = []
    for entry in CATALOGUE:
        for derivative in (None, "input", "weight"):
            weights = entry.weights() if derivative != "weight" else None
            for lang in ("numpy", "c"):
                suffix = "" if dtype == "float64" else "_f32"
                out.append((entry, make_plan(
                    entry.spec, lang=lang, dtype=dtype, derivative=derivative,
                    weights=weights, name=f"{entry.name}_{_TAGS[derivative]}{suffix}")))
    return out


def catalogue_files() -> dict[str, str]:
    """Every file of ``generated/`` (sealed texts, manifest last), deterministic."""
    from .._version import __version__

    files: dict[str, str] = {}
    kernels = []
    for entry, plan in catalogue_plans():
        plan, texts = render_sealed(plan)
        files.update(texts)
        kernels.append({
            "name": plan.name,
            "lang": plan.lang,
            "files": list(texts),
            "layer": entry.name,
            "about": entry.about,
            "spec": repr(plan.spec),
            "direction": plan.direction,
            "operator": plan.operator,
            "signature": [a.describe() for a in plan.args] + ["-> " + plan.result.describe()],
            "strategy": plan.strategy,
            "dtype": plan.dtype,
            "baked_weights": "bilinear" if plan.baked else None,
            "nonzero_terms": plan.nnz,
            "naive_macs": plan.naive_macs,
            "executed_macs": plan.executed_macs,
            "lines": plan.lines,
            "sha256": {name: _file_hash(text) for name, text in texts.items()},
        })
    manifest = {
        "generator": f"tconv_sym {__version__} — generated, do not edit; regenerate with "
                     "`tconv-sym gen --catalogue`",
        "content_hash": "sha256:" + "0" * 64,
        "kernels": kernels,
    }
    files[MANIFEST] = seal(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    return files


def _file_hash(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_catalogue(out_dir, overwrite: bool = False) -> tuple[Path, ...]:
    """(Re)generate the catalogue into ``out_dir``; unchanged files are not touched."""
    return write_files(Path(out_dir), catalogue_files(), overwrite=overwrite)


def stale_files(out_dir) -> list[tuple[str, str]]:
    """``(file name, why)`` for every catalogue file of ``out_dir`` that is missing or
    differs from what this version of tconv_sym generates (empty: up to date)."""
    out = Path(out_dir)
    stale = []
    for name, text in catalogue_files().items():
        path = out / name
        if not path.is_file():
            stale.append((name, "missing"))
        elif path.read_bytes() != text.encode("utf-8"):
            why = {"ours": "out of date", "edited": "edited by hand"}.get(status(path),
                                                                         "not generated")
            stale.append((name, why))
    return stale
