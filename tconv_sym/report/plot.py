"""Pictures of the operators: sparsity patterns, the overlap (checkerboard) map, polyphase
sub-kernels and the scatter picture — each drawn from numbers you can check.

Every picture has a function that returns the numbers it draws, so tests (and sceptical
readers) can compare them with an independent computation:

==============================  ==================================================================
picture                         numbers
==============================  ==================================================================
:func:`sparsity`                :func:`tap_pattern` (kernel tap of every entry)
:func:`overlap_map`             :func:`overlap_counts` (``Cᵀ·1``), :func:`checkerboard_verdict`
:func:`polyphase_subkernels`    :func:`phase_subkernels` (taps per output phase), :func:`phase_taps`
:func:`scatter_picture`         :func:`scatter_targets` (input pixel -> output pixels)
:func:`constant_response_map`   :func:`constant_response`, :func:`weight_verdict` (with weights)
==============================  ==================================================================

>>> from tconv_sym import TransposedConvSpec
>>> spec = TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
>>> fig = overlap_map(spec)                      # the picture of Cᵀ·1 ...
>>> overlap_counts(spec)[0][:3].tolist()         # ... and the numbers it draws
[[1, 1, 2, 1, 2, 1, 2, 1, 1], [1, 1, 2, 1, 2, 1, 2, 1, 1], [2, 2, 4, 2, 4, 2, 4, 2, 2]]

The drawing functions import matplotlib (the ``plot`` extra) only when called, build their
figures with :class:`matplotlib.figure.Figure` on the Agg canvas (never ``pyplot``: no GUI, no
global state), return the Figure, and write a PNG when given ``path=`` (atomically; the same
input gives the same bytes). Their size is ``figsize × dpi`` pixels, fixed per picture.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import math
import os

import numpy as np

from .. import analysis
from .._validate import positive_int
from .._write import atomic_write
from ..analysis import (
    MAX_PIXELS,
    CheckerboardVerdict,
    WeightVerdict,
    as_transposed,
    check_drawable,
    constant_response,
    layer_weight,
    overlap_counts,
    phase_counts,
    phase_gains,
    phase_slices,
    phase_subkernels,
    phase_taps,
    scatter_targets,
    single_channel,
    slice_text,
    subkernel_phases,
    subkernels,
    tap_pattern,
    uneven_overlap_causes,
    weight_verdict,
)
from ..spec import ConvSpec, TransposedConvSpec
from ..structure import TapBasis, conv_structure, conv_transpose_structure

__all__ = [
    "sparsity",
    "overlap_map",
    "polyphase_subkernels",
    "scatter_picture",
    "constant_response_map",
    "polyphase_caption",
    "tap_pattern",
    "overlap_counts",
    "phase_counts",
    "checkerboard_verdict",
    "CheckerboardVerdict",
    "subkernels",
    "subkernel_phases",
    "phase_taps",
    "phase_slices",
    "phase_subkernels",
    "uneven_overlap_causes",
    "phase_gains",
    "constant_response",
    "weight_verdict",
    "WeightVerdict",
    "scatter_targets",
    "save_png",
    "MAX_PIXELS",
]

#: Largest spatial output (per dim) that the scatter picture draws.
MAX_SCATTER_SIDE = 40
#: Most sub-kernel panels (phases, prod(stride)) that the polyphase picture draws.
MAX_PANELS = 64
#: Most kernel taps (prod(kernel_size)) that the polyphase picture draws, one cell each.
MAX_KERNEL_CELLS = 4096


# --------------------------------------------------------------------------------------
# Numbers (computed in tconv_sym.analysis; the prover-backed verdict is assembled here)
# --------------------------------------------------------------------------------------
def _prove_checkerboard(spec: TransposedConvSpec):
    """(the prover's checkerboard theorem for this kernel and stride, "") or (None, why not).

    The theorem is stated for padding 0 and dilation 1 (padding does not change the interior);
    it is proved on an input of at least ``k + 1`` per dim so that a whole period fits
    between the borders."""
    if any(d != 1 for d in spec.dilation):
        return None, "the prover's theorem is stated for dilation 1"
    try:
        from ..prover import prove
    except ImportError:
        return None, "prover not available"
    size = tuple(max(i, k + 1) for i, k in zip(spec.in_size, spec.kernel_size))
    outputs = math.prod((n - 1) * s + k for n, s, k in zip(size, spec.stride, spec.kernel_size))
    if outputs > analysis.MAX_PIXELS:  # estimate first: the proof's matrix has this many rows
        return None, (f"the prover's theorem is not run here: its operator would have "
                      f"{outputs:,} rows (limit {analysis.MAX_PIXELS:,})")
    try:
        return prove(
            "checkerboard_free_iff_divisible",
            size=size, kernel=spec.kernel_size, stride=spec.stride, engine="basis",
        ), ""
    except (ValueError, TypeError) as exc:
        return None, f"prover: {exc}"


def checkerboard_verdict(spec, use_prover: bool = True) -> CheckerboardVerdict:
    """Is this transposed convolution checkerboard-free? With the numbers that say so.

    The verdict is computed from the tap basis (:func:`phase_counts`): free when every
    output phase receives the same number of terms. With ``use_prover`` (and the prover
    installed) it also carries the proof of ``checkerboard_free_iff_divisible`` for these
    sizes; otherwise ``source`` says it was computed from the row counts alone.

    >>> from tconv_sym import TransposedConvSpec
    >>> v = checkerboard_verdict(TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2))
    >>> v.free, v.divisible, v.phase_counts.tolist()
    (False, (False, False), [[4, 2], [2, 1]])
    """
    verdict = analysis.checkerboard_verdict(spec)
    if not use_prover:
        return verdict
    spec = verdict.spec
    proof, note = _prove_checkerboard(spec)
    if proof is None:
        return dataclasses.replace(verdict, source=f"{verdict.source}; {note}", proof_note=note)
    holds = "holds" if getattr(proof, "holds", False) else "DOES NOT HOLD"
    size = "×".join(map(str, proof.params.get("size", ()))) if isinstance(
        getattr(proof, "params", None), dict) else "?"
    source = (f"tap basis row counts; prover: checkerboard_free_iff_divisible {holds} "
              f"for kernel {spec.kernel_size}, stride {spec.stride}, input {size}")
    return dataclasses.replace(verdict, proof=proof, source=source)



# --------------------------------------------------------------------------------------
# Drawing helpers
# --------------------------------------------------------------------------------------
def _figure(figsize, dpi):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _wrap(text: str, inches: float, fontsize: float) -> str:
    """Wrap a title to the width of its figure (about 0.55 em per character), line by line,
    so that a long spec repr is never cut off."""
    import textwrap

    width = max(20, int(inches * 72 / (0.55 * fontsize)))
    return "\n".join(textwrap.fill(line, width, break_long_words=False,
                                    break_on_hyphens=False) if len(line) > width else line
                      for line in text.split("\n"))


def save_png(fig, path) -> str:
    """Write a Figure as a PNG, atomically (a temporary file in the same folder, then
    renamed), with no timestamp or version metadata so the same figure gives the same bytes.
    Returns the path.

    >>> import os, tempfile
    >>> from tconv_sym import TransposedConvSpec
    >>> fig = overlap_map(TransposedConvSpec(in_size=3, kernel_size=3, stride=2))
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = save_png(fig, os.path.join(d, "overlap.png"))
    ...     open(p, "rb").read(8) == b"\\x89PNG\\r\\n\\x1a\\n"
    True
    """
    path = os.fspath(path)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=fig.dpi, metadata={"Software": None})
    atomic_write(path, buf.getvalue())  # the one writer of files (tconv_sym._write)
    return path


def _finish(fig, path):
    if path is not None:
        save_png(fig, path)
    return fig


def _tap_colors(n: int) -> np.ndarray:
    """RGBA colour of each tap index 0 … n-1 (qualitative for few taps)."""
    from matplotlib import colormaps

    if n <= 10:
        return colormaps["tab10"](np.arange(n))
    if n <= 20:
        return colormaps["tab20"](np.arange(n))
    return colormaps["turbo"](np.linspace(0.05, 0.95, n))


def _tap_labels(weight_shape: tuple[int, ...], symbol: str = "w") -> list[str]:
    """``w0 …`` (1-D, one channel), ``w[i,j]`` (N-D), with channel indices when > 1."""
    shape = tuple(weight_shape)
    if shape[:2] == (1, 1):
        shape = shape[2:]
    if len(shape) == 1:
        return [f"{symbol}{i}" for i in range(shape[0])]
    return [f"{symbol}[{','.join(map(str, idx))}]" for idx in itertools.product(*map(range, shape))]


def _pattern_rgba(pattern: np.ndarray, colors: np.ndarray | None) -> np.ndarray:
    rgba = np.ones(pattern.shape + (4,))
    nz = pattern >= 0
    if colors is None:
        rgba[nz] = (0.1, 0.1, 0.1, 1.0)
    else:
        rgba[nz] = colors[pattern[nz]]
    return rgba


def _draw_matrix(ax, pattern, colors, title):
    from matplotlib.ticker import MaxNLocator

    ax.imshow(_pattern_rgba(pattern, colors), interpolation="nearest", aspect="equal")
    r, c = pattern.shape
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    ax.set_title(title, fontsize=9)
    ax.set_xlabel(f"{c} columns", fontsize=8)
    ax.set_ylabel(f"{r} rows", fontsize=8)
    ax.tick_params(labelsize=7)
    if max(r, c) <= 24:  # cell grid for small matrices
        ax.set_xticks(np.arange(-0.5, c, 1), minor=True)
        ax.set_yticks(np.arange(-0.5, r, 1), minor=True)
        ax.grid(which="minor", color="0.85", linewidth=0.5)
        ax.tick_params(which="minor", length=0)


def _default_panels(spec):
    """C, Cᵀ, ↑s, ↓s of a layer, as (title, operator, weight_shape or None): ``C = ↓s C₁``
    and ``Cᵀ = C₁ᵀ ↑s`` with ↓s on the stride-1 output
    (:func:`~tconv_sym.report.derivation.stride_split`)."""
    from .derivation import stride_split

    if isinstance(spec, TransposedConvSpec):
        t = spec
    else:
        try:  # the transpose whose convolution is exactly this one
            t = spec.transposed(output_size=spec.in_size)
        except ValueError:
            t = spec.transposed()
    c = conv_transpose_structure(t).T if isinstance(spec, TransposedConvSpec) else \
        conv_structure(spec)
    conv1, down = stride_split(t, backend="scipy")
    stride = "×".join(map(str, t.stride))
    return [
        ("C\nconvolution", c, t.conv.weight_shape),
        ("Cᵀ\ntransposed conv.", c.T, t.conv.weight_shape),
        (f"↑{stride}\nzero insertion", down.T.tocsr(), None),
        (f"↓{stride}\nkeep every {stride}", down, None),
    ]


# --------------------------------------------------------------------------------------
# Pictures
# --------------------------------------------------------------------------------------
def sparsity(*operators, titles=None, path=None, dpi: int = 100):
    """Sparsity patterns side by side, every structural entry coloured by its kernel tap.

    With one spec (``ConvSpec`` or ``TransposedConvSpec``) it draws the four operators of the
    layer: ``C``, ``Cᵀ``, ``↑s`` and ``↓s`` (``↓s`` acting on the stride-1 output, so that
    ``C = ↓s C₁``). Otherwise each argument is drawn as given
    (spec, TapBasis, SymPy / scipy / array matrix; plain matrices in black). The figure is
    ``(3.2 × panels + 1.2) × 3.6`` inches at ``dpi``.

    >>> from tconv_sym import TransposedConvSpec
    >>> fig = sparsity(TransposedConvSpec(in_size=3, kernel_size=3, stride=2))
    >>> [ax.get_title().splitlines()[0] for ax in fig.axes[:4]]
    ['C', 'Cᵀ', '↑2', '↓2']
    >>> fig.axes[0].get_title().splitlines()[1:]
    ['convolution', '3×7, 9 nonzeros']
    >>> tuple(fig.canvas.get_width_height())
    (1400, 360)
    """
    dpi = positive_int("dpi", dpi)
    if not operators:
        raise TypeError("sparsity() needs at least one operator (a spec or a matrix)")
    if len(operators) == 1 and isinstance(getattr(operators[0], "spec", None),
                                          TransposedConvSpec):
        operators = (operators[0].spec,)  # an interop Resolution: its core operator
    if len(operators) == 1 and isinstance(operators[0], (ConvSpec, TransposedConvSpec)):
        check_drawable(operators[0])  # from the sizes, before any index is built
        panels = _default_panels(operators[0])
    else:
        panels = []
        for i, op in enumerate(operators):
            ws = op.conv.weight_shape if isinstance(op, TransposedConvSpec) else \
                op.weight_shape if isinstance(op, ConvSpec) else None
            panels.append((f"operator {i}", op, ws))
    if titles is not None:
        titles = list(titles)
        if len(titles) != len(panels):
            raise ValueError(
                f"titles must have one entry per panel ({len(panels)}), got {titles!r}"
            )
        panels = [(t, op, ws) for t, (_, op, ws) in zip(titles, panels)]
    patterns = [tap_pattern(op) for _, op, _ in panels]
    n_taps = max([int(p.max()) + 1 for p, (_, op, _) in zip(patterns, panels)
                  if not _is_plain(op)] or [0])
    colors = _tap_colors(n_taps) if n_taps else None
    fig = _figure((3.2 * len(panels) + 1.2, 3.6), dpi)
    # wide matrices get wide panels, tall ones narrow ones (within limits), so all are legible
    ratios = [min(max(p.shape[1] / p.shape[0], 0.8), 2.5) for p in patterns]
    axes = fig.subplots(1, len(panels), squeeze=False, width_ratios=ratios)[0]
    for ax, (title, op, _), pattern in zip(axes, panels, patterns):
        plain = _is_plain(op)
        shape = "×".join(map(str, pattern.shape))
        nnz = int((pattern >= 0).sum())
        _draw_matrix(ax, pattern, None if plain else colors, f"{title}\n{shape}, {nnz} nonzeros")
    if n_taps:
        ws = next(ws for _, op, ws in panels if not _is_plain(op))
        _tap_colorbar(fig, axes, colors, _tap_labels(ws) if ws else None)
    return _finish(fig, path)


def _is_plain(op) -> bool:
    return not isinstance(op, (TapBasis, ConvSpec, TransposedConvSpec))


def _tap_colorbar(fig, axes, colors, labels):
    from matplotlib.cm import ScalarMappable
    from matplotlib.colors import BoundaryNorm, ListedColormap

    n = len(colors)
    cmap = ListedColormap(colors)
    norm = BoundaryNorm(np.arange(-0.5, n + 0.5), n)
    cb = fig.colorbar(ScalarMappable(norm=norm, cmap=cmap), ax=list(axes), shrink=0.85,
                      pad=0.02, aspect=30)
    cb.set_label("kernel tap", fontsize=8)
    if labels is not None and n <= 25:
        cb.set_ticks(np.arange(n))
        cb.set_ticklabels(labels, fontsize=7)
    else:
        cb.ax.tick_params(labelsize=7)


def overlap_map(spec, path=None, dpi: int = 100):
    """The checkerboard made visible: ``Cᵀ·1`` of a transposed convolution as a heatmap
    (1-D: bars; 3-D: the middle slice), titled with :func:`checkerboard_verdict`. Counts are
    per input channel (one channel each way); :func:`overlap_counts` gives the whole layer.
    5.6 × 5 inches at ``dpi``.

    >>> from tconv_sym import TransposedConvSpec
    >>> fig = overlap_map(TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2))
    >>> fig.axes[0].get_title().splitlines()[0]
    'Cᵀ·1 of TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)'
    >>> tuple(fig.canvas.get_width_height())
    (560, 500)
    """
    dpi = positive_int("dpi", dpi)
    spec = as_transposed(spec)
    if spec.ndim > 3:
        raise ValueError(f"overlap_map draws 1-D, 2-D and 3-D layers, got a {spec.ndim}-D spec "
                         f"{spec!r}; overlap_counts() gives the numbers for any number of dims")
    pixels = math.prod(spec.out_size)
    if pixels > analysis.MAX_PIXELS:
        raise ValueError(
            f"overlap_map of {spec!r} would draw {pixels:,} output pixels; the limit is "
            f"{analysis.MAX_PIXELS:,}: draw a smaller copy (report.derivation.reduced), or "
            "use checkerboard_verdict() for the verdict at any size")
    counts = overlap_counts(single_channel(spec))[0]  # one channel: cheap for wide layers
    verdict = checkerboard_verdict(spec)
    per = spec.in_channels // spec.groups
    fig = _figure((5.6, 5.0), dpi)
    ax = fig.subplots()
    verdict_line = "checkerboard-free" if verdict.free else "CHECKERBOARD"
    phases = sorted({int(v) for v in verdict.phase_counts.reshape(-1)})
    why = "; ".join(analysis.interior_reasons(spec)) if not verdict.free else \
        f"k divisible by s: {'yes' if all(verdict.divisible) else 'no'}"
    title = f"Cᵀ·1 of {spec!r}\n{verdict_line}: interior counts {phases}; {why}"
    if per > 1:
        title += (f"\n(per input channel; with {per} input channels per group every count "
                  f"is ×{per})")
    if spec.ndim == 1:
        x = np.arange(counts.size)
        ax.bar(x, counts, color=np.where(counts == counts.max(), "#c0392b", "#2e86c1"))
        ax.set_xlabel("output position")
        ax.set_ylabel("terms summed")
        ax.set_xlim(-0.6, counts.size - 0.4)
    else:
        img = counts if spec.ndim == 2 else counts[counts.shape[0] // 2]
        if spec.ndim == 3:
            title += f"\n(depth slice {counts.shape[0] // 2} of {counts.shape[0]})"
        im = ax.imshow(img, cmap="magma", interpolation="nearest",
                       vmin=0, vmax=max(int(counts.max()), 1))
        fig.colorbar(im, ax=ax, shrink=0.8, label="terms summed")
        if max(img.shape) <= 24:
            for (i, j), v in np.ndenumerate(img):
                ax.text(j, i, str(int(v)), ha="center", va="center", fontsize=7,
                        color="white" if v < 0.6 * counts.max() else "black")
        ax.set_xlabel("output column")
        ax.set_ylabel("output row")
    ax.set_title(_wrap(title, 5.0, 8), fontsize=8)
    return _finish(fig, path)


def _cell_grid(ax, values, colors, labels, title, frame=None):
    """Draw a 1-D/2-D array of tap indices as coloured labelled cells (in a ``frame`` of
    (rows, cols) cells, so that panels share one cell size)."""
    arr = np.atleast_2d(values)
    rgba = np.ones(arr.shape + (4,))
    if arr.size:
        rgba[...] = colors[arr]
    ax.imshow(rgba, interpolation="nearest", aspect="equal")
    for (i, j), t in np.ndenumerate(arr):
        ax.text(j, i, labels[t], ha="center", va="center", fontsize=8)
    ax.set_xticks([])
    ax.set_yticks([])
    if frame is not None:
        ax.set_xlim(-0.5, frame[1] - 0.5)
        ax.set_ylim(frame[0] - 0.5, -0.5)
        for side in ax.spines.values():
            side.set_visible(False)
    ax.set_title(title, fontsize=9)


def _check_drawable(spec, what: str, numbers: str):
    if spec.ndim > 2:
        raise ValueError(
            f"{what} draws 1-D and 2-D layers, got a {spec.ndim}-D spec {spec!r}; "
            f"{numbers}() gives the numbers for any number of dims"
        )


def polyphase_subkernels(spec, path=None, dpi: int = 100):
    """The kernel and, for every output phase (output position mod stride, per dim), the
    sub-kernel it is a stride-1 convolution with — the taps :func:`phase_taps` reads from
    the tap basis, drawn as the slice :func:`phase_slices` (1-D and 2-D). Without dilation
    these are the ``w[..., r::s]``; a dilation sharing a factor with the stride leaves
    phases with no tap (drawn empty, labelled so). The figure is
    ``2.4 (s_w + 1) × (2 s_h + 0.6)`` inches in 2-D, ``max(7, 0.9 k + 2.5) × (1.2 s + 0.9)``
    in 1-D.

    >>> from tconv_sym import TransposedConvSpec
    >>> fig = polyphase_subkernels(TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2))
    >>> [ax.get_title() for ax in fig.axes[1:]]
    ['w[0::2, 0::2] → out phase (0, 0)', 'w[0::2, 1::2] → out phase (0, 1)', \
'w[1::2, 0::2] → out phase (1, 0)', 'w[1::2, 1::2] → out phase (1, 1)']
    >>> fig = polyphase_subkernels(TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2,
    ...                                               dilation=2, output_padding=1))
    >>> [ax.get_title() for ax in fig.axes[1:]]
    ['w[0::1, 0::1] → out phase (0, 0)', 'no tap → out phase (0, 1) (always 0)', \
'no tap → out phase (1, 0) (always 0)', 'no tap → out phase (1, 1) (always 0)']
    """
    dpi = positive_int("dpi", dpi)
    spec = as_transposed(spec)
    _check_drawable(spec, "polyphase_subkernels", "phase_subkernels")
    if math.prod(spec.stride) > MAX_PANELS:
        raise ValueError(
            f"polyphase_subkernels of {spec!r} would draw {math.prod(spec.stride):,} panels "
            f"(one per phase, prod(stride)); the limit is {MAX_PANELS}; phase_subkernels() "
            "gives the numbers")
    if math.prod(spec.kernel_size) > MAX_KERNEL_CELLS:
        raise ValueError(
            f"polyphase_subkernels of {spec!r} would draw {math.prod(spec.kernel_size):,} "
            f"kernel cells (prod(kernel_size)); the limit is {MAX_KERNEL_CELLS:,}; "
            "analysis.axis_phase_groups() gives every phase's taps in closed form")
    parts = phase_subkernels(spec)
    slices = phase_slices(spec)
    n = math.prod(spec.kernel_size)
    colors = _tap_colors(n)
    labels = _tap_labels(spec.kernel_size if spec.ndim > 1 else (1, 1, n))
    labels = [lab.replace("w[", "[") if spec.ndim > 1 else lab for lab in labels]
    rows, cols = (spec.stride[0], spec.stride[1]) if spec.ndim == 2 else (spec.stride[0], 1)
    if spec.ndim == 2:
        size = (2.4 * (cols + 1), 2.0 * rows + 0.6)
    else:
        size = (max(7.0, 0.9 * n + 2.5), 1.2 * rows + 0.9)
    fig = _figure(size, dpi)
    grid = fig.add_gridspec(rows, cols + 1)
    kernel = np.arange(n).reshape(spec.kernel_size)
    _cell_grid(fig.add_subplot(grid[:, 0]), kernel, colors, labels,
               f"kernel w, {'×'.join(map(str, spec.kernel_size))}")
    shapes = [np.atleast_2d(p).shape for p in parts.values() if p.size]
    frame = tuple(max(sh[i] for sh in shapes) for i in range(2)) if shapes else (1, 1)
    for idx, (r, sub) in enumerate(parts.items()):
        i, j = divmod(idx, cols)
        ax = fig.add_subplot(grid[i, j + 1])
        ph = r if len(r) > 1 else r[0]
        if sub.size:
            _cell_grid(ax, sub, colors, labels, f"{slice_text(slices[r])} → out phase {ph}",
                       frame)
        else:
            ax.set_axis_off()
            ax.set_title(f"no tap → out phase {ph} (always 0)", fontsize=9)
    fig.suptitle(_wrap(f"polyphase sub-kernels (one per output phase) of {spec!r}", size[0], 9),
                 fontsize=9)
    return _finish(fig, path)


def polyphase_caption(spec) -> str:
    """The sentence under :func:`polyphase_subkernels`, derived from the same phases: which
    output phases are stride-1 convolutions with which sub-kernel, which receive nothing.

    >>> from tconv_sym import TransposedConvSpec
    >>> print(polyphase_caption(TransposedConvSpec(in_size=3, kernel_size=4, stride=2)))
    Each output phase (output position mod 2) is a stride-1 convolution of the input with its
    sub-kernel: phase 0 with w[0::2]; phase 1 with w[1::2] (the depth-to-space / pixel-shuffle
    form).
    >>> print(polyphase_caption(TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2,
    ...                                            dilation=2, groups=1)))
    Output phase (0, 0) (output position mod (2, 2)) is a stride-1 convolution of the input with its
    sub-kernel w[0::1, 0::1]; phases (0, 1), (1, 0), (1, 1) receive no tap — dilation (2, 2) shares
    a factor with the stride — so those outputs are 0 (plus the bias).
    """
    spec = as_transposed(spec)
    slices = phase_slices(spec)

    def ph(r):
        return str(r) if len(r) > 1 else str(r[0])

    period = ph(spec.stride)
    live = [(r, sl) for r, sl in slices.items() if sl is not None]
    silent = [r for r, sl in slices.items() if sl is None]
    dil = tuple(d // math.gcd(d, s) for d, s in zip(spec.dilation, spec.stride))
    dil_text = "" if all(d == 1 for d in dil) else \
        f", applied with dilation {dil if len(dil) > 1 else dil[0]} (d/gcd(d, s))"
    per = "; ".join(f"phase {ph(r)} with {slice_text(sl)}" for r, sl in live)
    if not silent:
        return (f"Each output phase (output position mod {period}) is a stride-1 convolution "
                f"of the input with its sub-kernel{dil_text}: {per} (the depth-to-space / "
                "pixel-shuffle form).")
    if len(live) == 1:
        head = (f"Output phase {ph(live[0][0])} (output position mod {period}) is a stride-1 "
                f"convolution of the input with its sub-kernel {slice_text(live[0][1])}"
                f"{dil_text}")
    else:
        head = (f"Output phases (output position mod {period}) are stride-1 convolutions of "
                f"the input{dil_text}: {per}")
    dl = spec.dilation if spec.ndim > 1 else spec.dilation[0]
    return (f"{head}; phase{'s' if len(silent) > 1 else ''} "
            f"{', '.join(ph(r) for r in silent)} receive{'' if len(silent) > 1 else 's'} no tap "
            f"— dilation {dl} shares a factor with the stride — so those outputs are 0 (plus "
            "the bias).")


def _pixel_colors(n: int) -> np.ndarray:
    from matplotlib import colormaps

    if n <= 10:
        return colormaps["tab10"](np.arange(n))
    if n <= 20:
        return colormaps["tab20"](np.arange(n))
    return colormaps["hsv"](np.linspace(0, 1, n, endpoint=False))


def scatter_picture(spec, path=None, dpi: int = 100):
    """Which input pixel lands where: every input pixel (left) scattered into the output
    (right) through the kernel at stride-spaced offsets, cropped by the padding. Each output
    cell shows the pixels it sums (coloured squares) and how many (1-D: one row per input
    pixel, cells labelled by the tap). 9 × 4.6 inches at ``dpi``.

    >>> from tconv_sym import TransposedConvSpec
    >>> fig = scatter_picture(TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2))
    >>> [ax.get_title() for ax in fig.axes]
    ['input 2×2', 'output 5×5 (each cell: the input pixels it sums)']
    """
    dpi = positive_int("dpi", dpi)
    spec = as_transposed(spec)
    _check_drawable(spec, "scatter_picture", "scatter_targets")
    if max(spec.out_size) > MAX_SCATTER_SIDE:
        raise ValueError(
            f"scatter_picture draws outputs up to {MAX_SCATTER_SIDE} per side, got out_size "
            f"{spec.out_size} for {spec!r}; use a smaller in_size (the pattern repeats)"
        )
    targets = scatter_targets(spec)
    colors = _pixel_colors(len(targets))
    fig = _figure((9.0, 4.6), dpi)
    if spec.ndim == 1:
        _scatter_1d(fig, spec, targets, colors)
    else:
        _scatter_2d(fig, spec, targets, colors)
    fig.suptitle(_wrap(f"scatter form of {spec!r}", 9.0, 9), fontsize=9)
    return _finish(fig, path)


def _scatter_1d(fig, spec, targets, colors):
    from matplotlib.patches import Rectangle

    ax = fig.subplots()
    n_in, n_out = spec.in_size[0], spec.out_size[0]
    k_labels = _tap_labels((1, 1, *spec.kernel_size))
    for idx, (pix, hits) in enumerate(targets.items()):
        for (o,), (t,) in hits:
            ax.add_patch(Rectangle((o - 0.45, idx - 0.4), 0.9, 0.8, color=colors[idx]))
            ax.text(o, idx, f"x{pix[0]}·{k_labels[t]}", ha="center", va="center", fontsize=7)
    counts = overlap_counts(single_channel(spec))[0]
    for o, c in enumerate(counts):
        ax.text(o, n_in + 0.2, str(int(c)), ha="center", va="center", fontsize=8,
                fontweight="bold")
    ax.set_xlim(-0.6, n_out - 0.4)
    ax.set_ylim(n_in + 0.8, -0.7)
    ax.set_yticks(list(range(n_in)) + [n_in + 0.2],
                  [f"x{i}" for i in range(n_in)] + ["terms"], fontsize=8)
    ax.set_xticks(range(n_out))
    ax.set_xlabel("output position")
    ax.set_title("each input pixel times the kernel, added at stride-spaced offsets", fontsize=9)


def _scatter_2d(fig, spec, targets, colors):
    from matplotlib.patches import Rectangle

    ax_in, ax_out = fig.subplots(1, 2, width_ratios=[1, 2])
    h, w = spec.in_size
    for idx, (i, j) in enumerate(targets):
        ax_in.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, color=colors[idx]))
        ax_in.text(j, i, f"{i},{j}", ha="center", va="center", fontsize=7)
    _grid_axes(ax_in, h, w, f"input {h}×{w}")
    oh, ow = spec.out_size
    sums: dict = {}
    for idx, hits in enumerate(targets.values()):
        for out, _ in hits:
            sums.setdefault(out, []).append(idx)
    side = max((len(v) for v in sums.values()), default=1)
    per_row = math.ceil(math.sqrt(side))
    box = 0.9 / per_row
    for (i, j), members in sums.items():
        for m, idx in enumerate(members):
            a, b = divmod(m, per_row)
            ax_out.add_patch(Rectangle((j - 0.45 + b * box, i - 0.45 + a * box), box * 0.92,
                                       box * 0.92, color=colors[idx]))
        if max(oh, ow) <= 16:
            ax_out.text(j + 0.42, i + 0.42, str(len(members)), ha="right", va="bottom",
                        fontsize=6, fontweight="bold")
    _grid_axes(ax_out, oh, ow, f"output {oh}×{ow} (each cell: the input pixels it sums)")


def _grid_axes(ax, h, w, title):
    ax.set_xlim(-0.5, w - 0.5)
    ax.set_ylim(h - 0.5, -0.5)
    ax.set_aspect("equal")
    ax.set_xticks(np.arange(-0.5, w, 1), minor=True)
    ax.set_yticks(np.arange(-0.5, h, 1), minor=True)
    ax.set_xticks(range(w))
    ax.set_yticks(range(h))
    ax.grid(which="minor", color="0.7", linewidth=0.5)
    ax.tick_params(which="both", length=0, labelsize=7)
    ax.set_title(title, fontsize=9)


def constant_response_map(spec, weight, path=None, dpi: int = 100, channel=None):
    """The checkerboard of *these weights*: the layer's output for an all-ones input
    (:func:`constant_response`), for the output ``channel`` with the largest relative
    pattern amplitude (default), titled with :func:`weight_verdict` (1-D: bars; 3-D: the
    middle slice). 5.6 × 5 inches at ``dpi``.

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec
    >>> spec = TransposedConvSpec(in_size=(4, 4), kernel_size=4, stride=2, padding=1)
    >>> fig = constant_response_map(spec, np.arange(16.0).reshape(1, 1, 4, 4))
    >>> fig.axes[0].get_title().splitlines()[0]
    'response to an all-ones input, output channel 0'
    >>> tuple(fig.canvas.get_width_height())
    (560, 500)
    """
    dpi = positive_int("dpi", dpi)
    weight = layer_weight(spec, weight)  # an interop Resolution's weight is in its layout
    spec = as_transposed(spec)
    verdict = weight_verdict(spec, weight)
    response = constant_response(spec, weight)
    if channel is None:
        channel = int(np.argmax(verdict.relative))
    elif isinstance(channel, bool) or not isinstance(channel, (int, np.integer)) \
            or not 0 <= channel < spec.out_channels:
        raise ValueError(f"channel must be an output channel 0 … {spec.out_channels - 1}, got "
                         f"{channel!r}")
    img = response[channel].astype(float)
    fig = _figure((5.6, 5.0), dpi)
    ax = fig.subplots()
    gains = np.round(verdict.gains[channel].astype(float), 4).tolist()
    amp = float(verdict.amplitude[channel])
    title = (f"response to an all-ones input, output channel {channel}\n"
             f"{'even' if verdict.relative[channel] <= verdict.rtol else 'CHECKERBOARD'}: "
             f"phase gains {gains}, peak-to-peak {amp:.3g}\n{spec!r}")
    if spec.ndim == 1:
        ax.bar(np.arange(img.size), img, color="#2e86c1")
        ax.set_xlabel("output position")
        ax.set_ylabel("output value")
        ax.set_xlim(-0.6, img.size - 0.4)
    else:
        if spec.ndim == 3:
            title += f"\n(depth slice {img.shape[0] // 2} of {img.shape[0]})"
            img = img[img.shape[0] // 2]
        lim = max(float(np.abs(img).max()), 1e-12)
        im = ax.imshow(img, cmap="RdBu_r", interpolation="nearest", vmin=-lim, vmax=lim)
        fig.colorbar(im, ax=ax, shrink=0.8, label="output value")
        ax.set_xlabel("output column")
        ax.set_ylabel("output row")
    ax.set_title(_wrap(title, 5.0, 8), fontsize=8)
    return _finish(fig, path)
