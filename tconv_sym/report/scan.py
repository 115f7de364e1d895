"""``tconv-sym scan``: every layer of a model through a pipeline that never aborts.

Each layer of a :func:`~tconv_sym.interop.scan` result ends in one of four outcomes
(:data:`OUTCOMES`), never in an exception that stops the others:

- **verified**: the core operator (the factored operator of :mod:`tconv_sym.factored`, no
  explicit matrix) gives the numbers the layer's own framework gives (``layer.runtime``:
  onnxruntime running the node alone, the PyTorch module, the Keras layer) on a random
  batch, and with ``gen`` the generated kernel (weights baked) agrees with both;
- **refused**: a check would exceed a resource limit (:mod:`tconv_sym.budget`); the reason
  names the estimate, the limit and the knob (an environment variable);
- **unsupported**: the layer cannot be expressed (the reason says why);
- **failed**: the numbers differ, or the runtime refused the layer (its message).

With ``verify=False`` and no ``gen`` the supported layers are only *listed*.
:func:`check_layers` runs the pipeline; :func:`write_scan_report` also writes the report
folder (``report.md``, one section per layer and a summary line; the kernels) under the
folder rules of :mod:`tconv_sym._write`, with its own marker (``.tconv-sym-scan``), so a
report is written even when layers fail. Progress: one step per layer as it completes
(:mod:`tconv_sym.progress`).

>>> import os, tempfile, torch
>>> import tconv_sym as ts
>>> net = torch.nn.Sequential(torch.nn.ConvTranspose1d(2, 1, 3, stride=2))
>>> with tempfile.TemporaryDirectory() as d:
...     r = write_scan_report(ts.scan(net, (1, 2, 4)), os.path.join(d, "r"), gen="numpy")
...     sorted(r.files), r.summary
(['layer0_0.py', 'report.md'], '1 layer: 1 verified')
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .._write import check_claim, write_claimed

__all__ = ["write_scan_report", "check_layers", "check_layer", "ScanReport", "LayerCheck",
           "kernel_name", "summary_line", "exit_status", "OUTCOMES", "MARKER",
           "RUNTIME_TOLERANCE", "ORT_TOLERANCE"]

#: the marker file of a scan report folder (each folder writer has its own kind)
MARKER = ".tconv-sym-scan"
#: how a layer ends; ``listed``: no check was asked for
OUTCOMES = ("verified", "refused", "unsupported", "failed")
#: error allowed against the framework's runtime (float32), relative to each entry's
#: scale ``|W|·|x| + |b|``
RUNTIME_TOLERANCE = 1e-4
ORT_TOLERANCE = RUNTIME_TOLERANCE  # the name of earlier versions
#: the trial batch holds 2 samples when 2 fit in this share of the memory budget, else 1
_TRIAL_SHARE = 8


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
    """How one layer ended: ``outcome`` (one of :data:`OUTCOMES`, or ``"listed"``),
    ``reason`` (refused / unsupported / failed), the kernel's files and its error against
    the operator, the operator's (or kernel's) error against the framework's runtime
    (``None``: not run), notes, and the seconds it took."""

    layer: object
    outcome: str = "listed"
    reason: str = ""
    files: list = field(default_factory=list)
    kernel_error: float | None = None
    runtime_error: float | None = None
    notes: list = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        """True when the layer failed (numbers differ or its runtime refused it)."""
        return self.outcome == "failed"

    @property
    def ort_error(self) -> float | None:
        """The error against the runtime (the name of earlier versions)."""
        return self.runtime_error

    def results(self) -> list[str]:
        """One phrase per check that ran, with its max relative error."""
        out = []
        if self.runtime_error is not None:
            out.append(f"the operator against {_runtime_name(self.layer)} (this layer alone, "
                       f"random inputs): {self._error_text(self.runtime_error)}")
        if self.kernel_error is not None:
            out.append(f"kernel {', '.join(self.files)} (weights baked) against the "
                       f"operator: {self._error_text(self.kernel_error)}")
        return out

    def _error_text(self, error: float) -> str:
        # an int8 layer is compared integer for integer: no difference is bit-exactness
        if error == 0 and getattr(self.layer, "int8", False):
            return "bit-exact"
        return f"max rel. error {error:.1e}"

    def summary(self) -> str:
        """One line: the layer, its outcome and each check's result.

        >>> from tconv_sym.interop.models import ScannedLayer
        >>> LayerCheck(ScannedLayer("a\\nb", "Conv", "onnx", 0), "failed", "differs").summary()
        '#0 a\\\\u000ab: failed; differs'
        """
        parts = [self.outcome] + ([self.reason] if self.reason else [])
        parts += self.results() + self.notes
        return f"#{self.layer.index} {self.layer.shown_name}: " + "; ".join(parts)


def _runtime_name(layer) -> str:
    return {"onnx": "onnxruntime", "pytorch": "PyTorch", "keras": "Keras"}.get(
        layer.framework, layer.framework)


def _trial_batch(layer) -> int:
    """2 samples when they fit easily in the memory budget, else 1."""
    from ..budget import limit

    sample = 8 * (np.prod(layer.spec.in_shape) + np.prod(layer.spec.out_shape))
    return 2 if 2 * 6 * sample <= limit("bytes") // _TRIAL_SHARE else 1


def _check_trial_memory(layer, n: int) -> None:
    from ..budget import check

    spec = layer.spec
    sample = int(np.prod(spec.in_shape)) + int(np.prod(spec.out_shape))
    check("bytes", 8 * 6 * n * sample + 8 * 3 * int(np.prod(spec.weight_shape)),
          what=f"verifying layer #{layer.index} on {n} random sample(s)",
          hint="the input, output, expected values and their scale of one sample are this "
               "large; scan a copy of the model with a smaller input (--input-shape)")


def operator_output(layer, x, w, bias):
    """The layer's output through the core operator (factored, float64) in the core layout
    ``(N, C_out, *spatial)``: the kept window of a transposed layer, its zeros, the bias."""
    from ..factored import factored

    y = factored(layer.spec).apply(x, w)
    if layer.transposed and any(z != (0, 0) for z in layer.resolution.zero_pad):
        y = np.pad(y, ((0, 0), (0, 0), *layer.resolution.zero_pad))
    if bias is not None:
        y = y + np.asarray(bias, dtype=np.float64).reshape((1, -1) + (1,) * layer.spec.ndim)
    return y


def _compare(got, expected, scale) -> tuple[float, str]:
    """(max relative error, first disagreement or "") — NaN/inf in the same places agree."""
    got = np.asarray(got, dtype=np.float64)
    if got.shape != expected.shape:
        return float("inf"), f"shape {got.shape}, the reference gives {expected.shape}"
    same = (got == expected) | (np.isnan(got) & np.isnan(expected))
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        diff = np.where(same, 0.0, np.abs(got - expected))
        bound = RUNTIME_TOLERANCE * np.where(np.isfinite(scale), scale, 0.0) + 1e-30
        bad = ~(same | (diff <= bound))
        rel = np.where(same | ~np.isfinite(scale), 0.0, diff / np.maximum(scale, 1e-30))
    worst = float(np.nanmax(rel, initial=0.0))
    if not np.any(bad):
        return worst, ""
    idx = tuple(int(i) for i in np.argwhere(bad)[0])
    return max(worst, float("inf") if np.isnan(diff[idx]) else worst), (
        f"y[{', '.join(map(str, idx))}] = {got[idx]!r}, the reference gives "
        f"{expected[idx]!r} (|diff| {diff[idx]:.3g} > {RUNTIME_TOLERANCE:g} × scale "
        f"{scale[idx]:.3g})")


def _generate(layer, gen, dtype, out_dir, limits=None):
    from ..codegen.api import generate

    return generate(layer.spec, lang=gen, dtype=dtype, weights=layer.weight,
                    name=kernel_name(layer), out_dir=out_dir, **(limits or {}))


def _limits(max_stack, max_workspace) -> dict:
    """The memory limits given (``max_stack``, ``max_workspace``) as ``generate`` keywords."""
    return {k: v for k, v in (("max_stack", max_stack), ("max_workspace", max_workspace))
            if v is not None}


def _kernel_output(layer, fn, x, w):
    y = np.asarray(fn(x) if layer.weight is not None else fn(x, w), dtype=np.float64)
    if layer.transposed and any(z != (0, 0) for z in layer.resolution.zero_pad):
        y = np.pad(y, ((0, 0), (0, 0), *layer.resolution.zero_pad))
    if layer.bias is not None:
        y = y + np.asarray(layer.bias, dtype=np.float64).reshape(
            (1, -1) + (1,) * layer.spec.ndim)
    return y


def _run_checks(check, layer, gen, dtype, out_dir, verify, seed, limits=None) -> None:
    from ..codegen.artifact import VerificationError

    ran = False
    runtime = layer.runtime if verify else None
    if verify and runtime is None:
        check.notes.append(f"no runtime of {layer.framework} to compare with")
    need_trial = runtime is not None or gen is not None
    if need_trial:
        n = _trial_batch(layer)
        _check_trial_memory(layer, n)
        rng = np.random.default_rng(seed)
        x = rng.standard_normal((n, *layer.spec.in_shape)).astype(np.float32)
        w = layer.weight
        if w is None:
            w = rng.standard_normal(layer.spec.weight_shape).astype(np.float32)
        w64, x64 = np.asarray(w, dtype=np.float64), x.astype(np.float64)
        expected = operator_output(layer, x64, w64, layer.bias)
        b_abs = None if layer.bias is None else np.abs(np.asarray(layer.bias, np.float64))
        scale = operator_output(layer, np.abs(x64), np.abs(w64), b_abs)
        if not (np.all(np.isfinite(w64)) and (layer.bias is None
                                              or np.all(np.isfinite(layer.bias)))):
            check.notes.append("the weight or bias holds NaN or infinity: outputs compared "
                               "place by place (NaN where both give NaN agrees)")
    if runtime is not None:
        try:
            got = runtime(x, None if layer.weight is not None else w)
        except Exception as exc:  # the framework refuses the layer: a failed layer
            check.outcome = "failed"
            check.reason = (f"{_runtime_name(layer)} refused the layer: "
                            f"{' '.join(str(exc).split())[:400]}")
            return
        check.runtime_error, where = _compare(got, expected, scale)
        ran = True
        if where:
            check.outcome = "failed"
            check.reason = f"the operator differs from {_runtime_name(layer)}: {where}"
            return
    if gen is not None:
        art = _generate(layer, gen, dtype, out_dir, limits)
        check.files = [p.name for p in art.paths]
        try:
            check.kernel_error = float(art.verify(batch=1 if _trial_batch(layer) == 1 else 2))
        except VerificationError as exc:
            check.outcome, check.reason = "failed", f"kernel differs from the operator: {exc}"
            return
        got = _kernel_output(layer, art.load(), x64.astype(dtype), w64.astype(dtype))
        err, where = _compare(got, expected, scale)  # the model's weights, bias, window
        check.kernel_error = max(check.kernel_error, err)
        ran = True
        if where:
            check.outcome = "failed"
            check.reason = f"kernel {', '.join(check.files)} differs from the layer: {where}"
            return
        if layer.weight is None:
            check.notes.append("the model computes the weight at run time: the kernel takes w")
    check.outcome = "verified" if ran else "listed"


def _tflite_checks(check, layer, gen, dtype, out_dir, verify, seed, limits=None) -> None:
    """A TFLite layer: ``tflite_check.check_tflite_layer`` (engineer int8's module) runs the
    kernel and ``tf.lite.Interpreter``; its dict (files, kernel_error, notes, failed) is
    mapped onto the outcome."""
    from ..interop.models.tflite_check import check_tflite_layer

    result = dict(check_tflite_layer(layer, gen=gen, dtype=dtype, out_dir=out_dir,
                                     name=kernel_name(layer), verify=verify, seed=seed,
                                     **(limits or {})))
    failed = bool(result.pop("failed", False))
    for key, value in result.items():
        setattr(check, "runtime_error" if key == "ort_error" else key, value)
    ran = check.kernel_error is not None or check.runtime_error is not None or verify
    check.outcome = "failed" if failed else ("verified" if ran else "listed")
    if failed and not check.reason:
        check.reason = "; ".join(map(str, check.notes)) or "differs from TFLite"


def check_layer(layer, *, gen=None, dtype="float64", out_dir=None, verify=True, opset=None,
                seed=0, max_stack=None, max_workspace=None) -> LayerCheck:
    """Run the pipeline on one scanned layer (see the module doc); never raises for the
    layer's own problems: they are its outcome. (``opset`` is kept for compatibility: each
    ONNX layer's runtime knows its model's opset.) ``max_stack`` / ``max_workspace`` go to
    the generated kernel (``generate``'s memory limits; a layer they cannot be met for is
    refused)."""
    limits = _limits(max_stack, max_workspace)
    from ..budget import ResourceLimitError

    start = time.perf_counter()
    check = LayerCheck(layer)
    if not layer.supported:
        check.outcome, check.reason = "unsupported", str(layer.reason)
    else:
        try:
            if layer.framework == "tflite":  # its own checks (int8: bit for bit vs TFLite)
                _tflite_checks(check, layer, gen, dtype, out_dir, verify, seed, limits)
            else:
                _run_checks(check, layer, gen, dtype, out_dir, verify, seed, limits)
        except ResourceLimitError as exc:
            check.outcome, check.reason = "refused", str(exc)
        except Exception as exc:  # a compiler missing, a name clash, an internal error: the
            check.outcome = "failed"  # layer fails with it, the other layers still run
            check.reason = f"{type(exc).__name__}: {' '.join(str(exc).split())[:400]}"
    check.seconds = time.perf_counter() - start
    return check


def check_layers(layers, *, gen=None, dtype="float64", out_dir=None, verify=True, seed=0,
                 progress=None, show="quiet", max_stack=None,
                 max_workspace=None) -> list[LayerCheck]:
    """:func:`check_layer` for every layer, reporting each as it completes (``progress``:
    a callback receiving a :class:`tconv_sym.progress.Step`; ``show``: ``"lines"`` prints
    one line per layer, see :mod:`tconv_sym.progress`).

    >>> import torch, tconv_sym as ts
    >>> layers = ts.scan(torch.nn.Conv1d(1, 2, 3), input_shape=(1, 1, 8))
    >>> [c.outcome for c in check_layers(layers)]
    ['verified']
    """
    from ..progress import reporter

    checks = []
    with reporter("scan", total=len(layers), callback=progress, show=show) as r:
        for layer in layers:
            c = check_layer(layer, gen=gen, dtype=dtype, out_dir=out_dir, verify=verify,
                            seed=seed, max_stack=max_stack, max_workspace=max_workspace)
            checks.append(c)
            r.step(f"#{layer.index} {layer.shown_name}",
                   c.outcome + (f": {c.reason[:160]}" if c.reason else ""))
    return checks


def summary_line(checks) -> str:
    """``N layers: a verified, b refused, ...`` (only the outcomes that occur).

    >>> summary_line([])
    '0 layers'
    """
    counts = {}
    for c in checks:
        counts[c.outcome] = counts.get(c.outcome, 0) + 1
    order = [*OUTCOMES, "listed"]
    parts = [f"{counts[o]} {o}" for o in order if o in counts]
    head = f"{len(checks)} layer{'s' if len(checks) != 1 else ''}"
    return head + (": " + ", ".join(parts) if parts else "")


def exit_status(checks) -> int:
    """0 when no layer failed, was refused or is unsupported; 1 otherwise.

    >>> exit_status([])
    0
    """
    return 1 if any(c.outcome in ("failed", "refused", "unsupported") for c in checks) else 0


@dataclass
class ScanReport:
    """What :func:`write_scan_report` wrote: the folder, files (name -> path), one
    :class:`LayerCheck` per layer, the layers that failed, and the summary line."""

    folder: str
    files: dict
    checks: list
    failures: list
    summary: str = ""

    @property
    def status(self) -> int:
        """The exit status of ``tconv-sym scan`` for this report (see :func:`exit_status`)."""
        return exit_status(self.checks)

    def __repr__(self) -> str:
        return f"ScanReport({self.folder!r}: {self.summary}; {len(self.files)} files)"


def _planned_files(layers, gen) -> list[str]:
    ext = {"c": (".c", ".h"), "numpy": (".py",), None: ()}[gen]
    return ["report.md"] + [kernel_name(layer) + e for layer in layers if layer.supported
                            for e in ext]


def _code(text: str) -> str:
    body = text.rstrip()
    fence = "`" * max(3, 1 + max((len(m) for m in re.findall(r"`+", body)), default=0))
    return f"{fence}\n{body}\n{fence}\n"


def _inline(text) -> str:
    """``text`` as one Markdown code span (printable, any backticks inside fenced)."""
    from ..interop.models.layer import printable

    shown = printable(text, limit=400)
    ticks = "`" * (1 + max((len(m) for m in re.findall(r"`+", shown)), default=0))
    pad = " " if shown.startswith("`") or shown.endswith("`") else ""
    return f"{ticks}{pad}{shown}{pad}{ticks}"


def _section(check: LayerCheck) -> str:
    layer = check.layer
    out = [f"## #{layer.index} {_inline(layer.name)} — {layer.framework} "
           f"{_inline(layer.op)}: {check.outcome}\n\n"]
    shape = "×".join(map(str, layer.input_shape)) if layer.input_shape else "unknown"
    out.append(f"- input shape: `{shape}`\n- {layer.framework} parameters: "
               f"{_inline(layer.params)}\n")
    if check.reason:
        out.append(f"- **{check.outcome}:** {_inline(check.reason)}\n")
    if not layer.supported:
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
    out.append("\n### Checks\n\n")
    out += [f"- {r}\n" for r in check.results()]
    out += [f"- {_inline(n)}\n" for n in check.notes]
    if check.outcome == "listed":
        out.append("- none requested (`--no-verify` and no `--gen`)\n")
    out.append("\n### In the other frameworks\n\n")
    for fw, eq in layer.equivalents.items():
        out.append(f"**{fw}**\n\n" + _code(str(eq).strip("<>")))
        has_target = getattr(eq, "target", True) is not None  # a Conversion may have none
        if hasattr(eq, "to_code") and has_target:
            out.append(_code(eq.to_code()))
    return "".join(out)


def report_text(layers, checks) -> str:
    """The text of ``report.md``: the summary line, the table, one section per layer."""
    source = getattr(layers, "source", "model")
    text = [f"# tconv-sym scan: {_inline(source)}\n\n",
            f"**{summary_line(checks)}** (exit status {exit_status(checks)})\n\n",
            "Every layer below was read from the model and resolved onto a core spec; the "
            "numbers come from tconv_sym's spec, tap basis and factored operator, checked "
            "against the layer's own framework.\n\n",
            _code(repr(layers)), "\n"]
    text += [_section(c) + "\n" for c in checks]
    return "".join(text)


def write_scan_report(layers, out, *, gen=None, dtype: str = "float64", verify: bool = True,
                      opset=None, seed: int = 0, progress=None,
                      show: str = "quiet", max_stack=None, max_workspace=None) -> ScanReport:
    """Check every layer (:func:`check_layers`) and write the report folder ``out``:
    ``report.md`` (summary line, table, one section per layer) and with ``gen`` one kernel
    per layer, generated within ``max_stack`` / ``max_workspace`` bytes where given (C
    kernels only). Always written, whatever the layers' outcomes."""
    from .._validate import choice

    if gen is not None:
        gen = choice("gen", gen, ("c", "numpy"))
    for key, value in (("max_stack", max_stack), ("max_workspace", max_workspace)):
        if value is not None and gen != "c":
            raise ValueError(f"{key}={value!r} limits a generated C kernel: it needs gen='c', "
                             f"got gen={gen!r}")
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
    checks = check_layers(layers, gen=gen, dtype=dtype, out_dir=folder, verify=verify,
                          seed=seed, progress=progress, show=show, max_stack=max_stack,
                          max_workspace=max_workspace)
    written = {"report.md": report_text(layers, checks).encode("utf-8")}
    for c in checks:  # the kernels are on disk already: record their hashes in the marker
        written.update({name: (Path(folder) / name).read_bytes() for name in c.files
                        if (Path(folder) / name).is_file()})
    files = write_claimed(folder, written, marker=MARKER, tool=tool, about=about,
                          previous=previous)
    return ScanReport(folder, files, checks, [c for c in checks if c.failed],
                      summary_line(checks))
