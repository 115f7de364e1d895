"""``tconv-sym scan``: a model's convolution layers as a report folder, with a verified kernel
per layer.

:func:`write_scan_report` writes ``report.md`` (one section per layer: the framework's
parameters, input shape, core spec, window, weight, the equivalent layer in every other
framework with its code, and the checks below) into a folder under the same rules as
``explain`` (new, empty, or written by tconv-sym before; each file atomically). With
``gen="c"`` / ``"numpy"`` it also writes one kernel per layer with the model's weights baked
in (``ts.generate(spec, weights=...)``), each verified against the core operator; with
``verify=True`` each ONNX layer (the kernel when there is one, else the core operator) is
also compared with onnxruntime running that node alone on random inputs.

>>> import os, tempfile, torch
>>> import tconv_sym as ts
>>> net = torch.nn.Sequential(torch.nn.ConvTranspose1d(2, 1, 3, stride=2))
>>> with tempfile.TemporaryDirectory() as d:
...     r = write_scan_report(ts.scan(net, (1, 2, 4)), os.path.join(d, "r"), gen="numpy")
...     sorted(r.files), r.failures
(['layer0_0.py', 'report.md'], [])
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .._write import check_claim, write_claimed
from .explain import MARKER

__all__ = ["write_scan_report", "ScanReport", "LayerCheck", "check_layer", "kernel_name",
           "ORT_TOLERANCE"]

#: relative error allowed against onnxruntime (which computes in float32)
ORT_TOLERANCE = 1e-4


def kernel_name(layer) -> str:
    """A plain identifier for the layer's kernel: ``layer<index>_<name>``.

    >>> from tconv_sym.interop.models import ScannedLayer
    >>> kernel_name(ScannedLayer("/up.1/ConvTranspose", "ConvTranspose", "onnx", 3))
    'layer3_up_1_ConvTranspose'
    """
    tail = re.sub(r"[^A-Za-z0-9]+", "_", layer.name).strip("_")[:48]
    return f"layer{layer.index}" + (f"_{tail}" if tail else "")


@dataclass
class LayerCheck:
    """What was checked for one layer: the kernel's files and its error against the core
    operator, and the error against onnxruntime (``None``: not run), with notes."""

    layer: object
    files: list = field(default_factory=list)
    kernel_error: float | None = None
    ort_error: float | None = None
    notes: list = field(default_factory=list)
    failed: bool = False

    def summary(self) -> str:
        """One line: the layer and each check's verdict."""
        parts = [f"#{self.layer.index} {self.layer.name}"]
        if self.kernel_error is not None:
            parts.append(f"kernel {', '.join(self.files)} verified against the operator "
                         f"(max rel. error {self.kernel_error:.1e})")
        if self.ort_error is not None:
            parts.append(f"onnxruntime node alone: max rel. error {self.ort_error:.1e} "
                         f"({'ok' if self.ort_error <= ORT_TOLERANCE else 'FAILED'})")
        parts += self.notes
        return ": ".join(parts[:1]) + ": " + "; ".join(parts[1:]) if len(parts) > 1 \
            else parts[0]


def _operator_output(layer, x, w):
    """The layer's output through the core operator (float64), framework layout NC..."""
    if layer.transposed:
        return layer.resolution.apply(x, w, layer.bias)
    from ..reference import conv

    s = layer.spec
    return conv(x, w, stride=s.stride, padding=s.padding, dilation=s.dilation,
                groups=s.groups, bias=layer.bias)


def _kernel_output(layer, fn, x, w, baked: bool):
    y = np.asarray(fn(x) if baked else fn(x, w), dtype=np.float64)
    if layer.transposed and any(z != (0, 0) for z in layer.resolution.zero_pad):
        y = np.pad(y, ((0, 0), (0, 0), *layer.resolution.zero_pad))
    if layer.bias is not None:
        y = y + np.asarray(layer.bias, dtype=np.float64).reshape((1, -1) + (1,) * layer.spec.ndim)
    return y


def check_layer(layer, *, gen=None, dtype="float64", out_dir=None, verify=False,
                opset=None, seed=0) -> LayerCheck:
    """Generate (``gen``) and verify one scanned layer; see the module docstring."""
    if layer.framework == "tflite":  # int8 kernels, checked against TFLite's BUILTIN_REF
        from ..interop.models.tflite_check import check_tflite_layer

        return LayerCheck(layer, **check_tflite_layer(
            layer, gen=gen, dtype=dtype, out_dir=out_dir, name=kernel_name(layer),
            verify=verify, seed=seed))
    check = LayerCheck(layer)
    if not layer.supported:
        check.notes.append(f"unsupported: {layer.reason}")
        return check
    art = None
    if gen is not None:
        from ..codegen.api import generate
        from ..codegen.artifact import VerificationError

        art = generate(layer.spec, lang=gen, dtype=dtype, weights=layer.weight,
                       name=kernel_name(layer), out_dir=out_dir)
        check.files = [p.name for p in art.paths]
        try:
            check.kernel_error = float(art.verify())
        except VerificationError as exc:
            check.failed = True
            check.notes.append(f"kernel FAILED against the operator: {exc}")
        if layer.weight is None:
            check.notes.append("the model computes the weight at run time: the kernel takes w")
    if verify:
        if layer.framework != "onnx":
            check.notes.append("--verify runs ONNX nodes in onnxruntime; this layer is "
                               f"from {layer.framework}")
            return check
        from ..interop.models.onnx_node import run_node_alone

        rng = np.random.default_rng(seed)
        x = rng.standard_normal(layer.input_shape).astype(np.float32)
        w = layer.weight
        if w is None:
            w = rng.standard_normal(layer.spec.weight_shape).astype(np.float32)
        expected = run_node_alone(layer, x, weight=w, opset=opset).astype(np.float64)
        if art is not None:
            got = _kernel_output(layer, art.load(), x.astype(dtype), w, layer.weight is not None)
        else:
            got = np.asarray(_operator_output(layer, x.astype(np.float64), w), dtype=np.float64)
        if got.shape != expected.shape:
            check.failed = True
            check.ort_error = float("inf")
            check.notes.append(f"shape {got.shape} but onnxruntime gives {expected.shape}")
        else:
            scale = max(1.0, float(np.max(np.abs(expected), initial=0.0)))
            check.ort_error = float(np.max(np.abs(got - expected), initial=0.0)) / scale
            check.failed |= not check.ort_error <= ORT_TOLERANCE
    return check


@dataclass
class ScanReport:
    """What :func:`write_scan_report` wrote: the folder, files (name -> path), one
    :class:`LayerCheck` per layer, and the layers that failed a check."""

    folder: str
    files: dict
    checks: list
    failures: list

    def __repr__(self) -> str:
        return (f"ScanReport({self.folder!r}: {len(self.checks)} layers, {len(self.files)} "
                f"files, {len(self.failures)} failed)")


def _planned_files(layers, gen) -> list[str]:
    ext = {"c": (".c", ".h"), "numpy": (".py",), None: ()}[gen]
    return ["report.md"] + [kernel_name(layer) + e for layer in layers if layer.supported
                            for e in ext]


def _code(text: str) -> str:
    return "```\n" + text.rstrip() + "\n```\n"


def _section(check: LayerCheck) -> str:
    layer = check.layer
    out = [f"## #{layer.index} `{layer.name}` — {layer.framework} {layer.op}\n"]
    shape = "×".join(map(str, layer.input_shape)) if layer.input_shape else "unknown"
    out.append(f"- input shape: `{shape}`\n- {layer.framework} parameters: `{layer.params}`\n")
    if not layer.supported:
        out.append(f"\n**Not expressible:** {layer.reason}\n")
        return "".join(out)
    out.append(f"- core spec: `{' '.join(repr(layer.spec).split())}`\n")
    kind = "of the full output kept" if layer.transposed else "of the input read (negative: " \
        "padding)"
    out.append(f"- window {kind}: `{layer.window}`\n")
    if layer.transposed and any(z != (0, 0) for z in layer.resolution.zero_pad):
        out.append(f"- then zeros around the output: `{layer.resolution.zero_pad}`\n")
    w = "computed at run time" if layer.weight is None else \
        f"`{tuple(layer.weight.shape)}` (core layout)"
    out.append(f"- weight: {w}; bias: {'yes' if layer.bias is not None else 'no'}\n")
    out.append("\n### In the other frameworks\n\n")
    for fw, eq in layer.equivalents.items():
        out.append(f"**{fw}**\n\n" + _code(str(eq).strip("<>")))
        has_target = getattr(eq, "target", True) is not None  # a Conversion may have none
        if hasattr(eq, "to_code") and has_target:
            out.append(_code(eq.to_code()))
    out.append("\n### Checks\n\n")
    if check.kernel_error is not None:
        out.append(f"- kernel `{', '.join(check.files)}` (weights baked) verified against "
                   f"the operator: max relative error `{check.kernel_error:.1e}`\n")
    if check.ort_error is not None:
        verdict = "ok" if check.ort_error <= ORT_TOLERANCE else "**FAILED**"
        out.append(f"- onnxruntime, this node alone on random inputs: max relative error "
                   f"`{check.ort_error:.1e}` ({verdict})\n")
    out += [f"- {n}\n" for n in check.notes]
    if check.kernel_error is None and check.ort_error is None and not check.notes:
        out.append("- none requested (`--gen`, `--verify`)\n")
    return "".join(out)


def write_scan_report(layers, out, *, gen=None, dtype: str = "float64", verify: bool = False,
                      opset=None, seed: int = 0) -> ScanReport:
    """Write the report folder ``out`` for a :func:`~tconv_sym.interop.scan` result."""
    from .._validate import choice

    if gen is not None:
        gen = choice("gen", gen, ("c", "numpy"))
    dtype = choice("dtype", dtype, ("float64", "float32"))
    if not isinstance(out, (str, os.PathLike)):
        raise TypeError(f"out must be a folder path, got {out!r} ({type(out).__name__})")
    folder = os.fspath(out)
    planned = _planned_files(layers, gen)
    previous = check_claim(folder, planned, MARKER)  # before the slow work: fail fast
    source = getattr(layers, "source", "model")
    about, tool = f"scan of {source}", "tconv-sym scan"
    # claim the kernel names before generate() writes them (hashes are recorded at the end)
    write_claimed(folder, {}, marker=MARKER, tool=tool, about=about,
                  previous={**{name: None for name in planned}, **previous})
    checks = [check_layer(layer, gen=gen, dtype=dtype, out_dir=folder, verify=verify,
                          opset=opset, seed=seed) for layer in layers]
    text = [f"# tconv-sym scan: {source}\n\n",
            "Every layer below was read from the model and resolved onto a core spec; the "
            "numbers come from tconv_sym's spec, tap basis and operators.\n\n",
            _code(repr(layers)), "\n"]
    text += [_section(c) + "\n" for c in checks]
    written = {"report.md": "".join(text).encode("utf-8")}
    for c in checks:  # the kernels are on disk already: record their hashes in the marker
        written.update({name: (Path(folder) / name).read_bytes() for name in c.files})
    files = write_claimed(folder, written, marker=MARKER, tool=tool, about=about,
                          previous=previous)
    return ScanReport(folder, files, checks, [c for c in checks if c.failed])
