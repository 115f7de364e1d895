"""What :func:`~tconv_sym.interop.scan` returns: one :class:`ScannedLayer` per (transposed)
convolution of a model, in graph order, inside a :class:`Scan` (a list that prints as a
table).

>>> from tconv_sym import ConvSpec
>>> layer = ScannedLayer(name="enc", op="Conv", framework="onnx", index=0,
...                      input_shape=(1, 1, 8), params={"strides": [2]},
...                      spec=ConvSpec(in_size=8, kernel_size=3, stride=2))
>>> layer
ScannedLayer(#0 'enc' onnx Conv: ConvSpec(in_size=8, kernel_size=3, stride=2))
>>> ScannedLayer(name="q", op="ConvInteger", framework="onnx", index=1,
...              reason="quantized convolution (ConvInteger) is not a float operator").supported
False
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import numpy as np

from ...spec import ConvSpec, TransposedConvSpec

__all__ = ["ScannedLayer", "Scan", "conv_window", "printable"]

#: names longer than this are cut (with "…") where they are shown
MAX_SHOWN_NAME = 120


def printable(text, limit: int = MAX_SHOWN_NAME) -> str:
    """``text`` safe to show on one line of a terminal or a table: control, format (bidi
    overrides such as U+202E) and line/paragraph separator characters, NUL included, become
    ``\\uXXXX`` escapes; long text is cut (with "…").

    >>> print(printable("conv\\n# Heading\\u202e<img onerror=x>\\x00"))
    conv\\u000a# Heading\\u202e<img onerror=x>\\u0000
    """
    shown = "".join(f"\\u{ord(ch):04x}" if unicodedata.category(ch)[0] in "CZ" and ch != " "
                    else ch for ch in str(text))
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def conv_window(spec: ConvSpec) -> tuple[tuple[int, int], ...]:
    """The samples a convolution reads, ``[-p_lo, i + p_hi)`` per dim (negative: padding).

    >>> conv_window(ConvSpec(in_size=5, kernel_size=3, padding=(1, 2)))
    ((-1, 7),)
    """
    return tuple((-lo, i + hi) for (lo, hi), i in zip(spec.padding, spec.in_size))


@dataclass(eq=False, repr=False)
class ScannedLayer:
    """One convolution or transposed convolution of a model.

    - ``name``, ``op`` (the framework's operator or class name), ``framework``, ``index``
      (position in graph order);
    - ``params``: the framework's own parameters (ONNX attributes, the module's or layer's
      constructor arguments); ``input_shape``: the input it sees (framework layout);
    - ``spec``: the core :class:`~tconv_sym.ConvSpec` / :class:`~tconv_sym.TransposedConvSpec`
      (``None`` when the layer cannot be expressed; ``reason`` then says why);
    - ``window``: for a transposed convolution, ``(start, stop)`` of the full output it
      keeps (``resolution.window``); for a convolution, the samples it reads (negative:
      padding);
    - ``weight`` / ``bias``: NumPy arrays in the core (PyTorch) layout, ``None`` when the
      model does not hold them as constants;
    - ``resolution``: the :class:`~tconv_sym.interop.Resolution` of a transposed layer;
    - ``equivalents``: framework name -> the same layer there (a
      :class:`~tconv_sym.interop.Conversion` or a :class:`ConvEquivalent`), each saying
      whether it is exact and why not;
    - ``runtime``: the layer computed by its own framework — ``runtime(x, w)`` with ``x``
      of shape ``(N, C_in, *spatial)`` and ``w`` in the core layout returns ``(N, C_out,
      *spatial)`` (onnxruntime running the node alone, the PyTorch module or function, the
      Keras layer); ``None`` when there is none. ``tconv-sym scan`` verifies each layer
      against it.
    """

    name: str
    op: str
    framework: str
    index: int
    input_shape: tuple | None = None
    params: dict = field(default_factory=dict)
    spec: ConvSpec | TransposedConvSpec | None = None
    window: tuple | None = None
    weight: np.ndarray | None = None
    bias: np.ndarray | None = None
    resolution: object = None
    equivalents: dict = field(default_factory=dict)
    reason: str | None = None
    runtime: object = None

    @property
    def shown_name(self) -> str:
        """The name, safe to print (see :func:`printable`)."""
        return printable(self.name)

    @property
    def supported(self) -> bool:
        """True when the layer was resolved onto a core spec."""
        return self.spec is not None

    @property
    def transposed(self) -> bool:
        """True for a transposed convolution."""
        return isinstance(self.spec, TransposedConvSpec)

    @property
    def kind(self) -> str:
        """``"transposed"``, ``"conv"`` or ``"unsupported"``."""
        if self.spec is None:
            return "unsupported"
        return "transposed" if self.transposed else "conv"

    def __repr__(self) -> str:
        what = repr(self.spec) if self.supported else f"unsupported: {self.reason}"
        return (f"ScannedLayer(#{self.index} {printable(self.name)!r} {self.framework} "
                f"{printable(self.op)}: {what})")


def _windows(w) -> str:
    return "[" + ", ".join(f"{a}:{b}" for a, b in w) + "]" if w else "-"


class Scan(list):
    """The layers of a model in graph order; prints as a table. ``.supported`` and
    ``.unsupported`` split it; ``.source`` says what was scanned; ``.opset`` is an ONNX
    model's opset (``None`` otherwise); ``.notes`` are problems of the model as a whole
    (e.g. what ``onnx.checker`` rejects), printed under the table.

    >>> Scan([], source="empty.onnx")
    scan of empty.onnx: no convolution layers
    """

    def __init__(self, layers=(), source: str = "model", opset: int | None = None,
                 notes=()):
        super().__init__(layers)
        self.source = source
        self.opset = opset
        self.notes = list(notes)

    @property
    def supported(self) -> list[ScannedLayer]:
        """The layers with a core spec."""
        return [layer for layer in self if layer.supported]

    @property
    def unsupported(self) -> list[ScannedLayer]:
        """The layers that could not be expressed, each with its ``reason``."""
        return [layer for layer in self if not layer.supported]

    def rows(self) -> list[tuple[str, ...]]:
        """One row of strings per layer: #, name, op, input shape, spec, window, weight."""
        rows = []
        for layer in self:
            shape = "x".join(map(str, layer.input_shape)) if layer.input_shape else "?"
            if layer.supported:
                weight = "x".join(map(str, layer.weight.shape)) if layer.weight is not None \
                    else "runtime"
                spec = repr(layer.spec).replace("\n", " ")
                spec = " ".join(spec.split())
                rows.append((str(layer.index), layer.shown_name, printable(layer.op), shape,
                             spec, _windows(layer.window), weight))
            else:
                reason = printable(layer.reason, limit=400)
                rows.append((str(layer.index), layer.shown_name, printable(layer.op), shape,
                             f"UNSUPPORTED: {reason}", "-", "-"))
        return rows

    def table(self) -> str:
        """The layers as an aligned text table.

        >>> from tconv_sym import TransposedConvSpec
        >>> up = ScannedLayer("up", "ConvTranspose", "onnx", 0, (1, 1, 2), {},
        ...                   TransposedConvSpec(in_size=2, kernel_size=3), ((0, 4),))
        >>> print(Scan([up]).table())
        #  name  op             input  spec                                      window  weight
        0  up    ConvTranspose  1x1x2  TransposedConvSpec(in_size=2, kernel_size=3)  [0:4]   runtime
        """
        header = ("#", "name", "op", "input", "spec", "window", "weight")
        rows = [header, *self.rows()]
        widths = [max(len(r[j]) for r in rows) for j in range(len(header))]
        return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)

    def __repr__(self) -> str:
        tail = "".join(f"\nnote: {printable(n, limit=600)}" for n in self.notes)
        if not self:
            return f"scan of {self.source}: no convolution layers" + tail
        n_t = sum(layer.kind == "transposed" for layer in self)
        n_c = sum(layer.kind == "conv" for layer in self)
        head = (f"scan of {self.source}: {len(self)} layers ({n_t} transposed, {n_c} conv, "
                f"{len(self.unsupported)} unsupported)")
        return head + "\n" + self.table() + tail
