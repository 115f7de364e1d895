"""``convert``: the same transposed convolution in another framework, or the crop it needs.

Both sides are resolved onto the full output ``F`` of the core transposed convolution (see
:mod:`tconv_sym.interop.resolution`): the source keeps a window of ``F``; the target
framework can keep only the windows its parameters allow. ``convert`` searches the
target's parameters for the window that needs the least cropping (exact when none), and
re-lays the weight (transpose of axes, flip when one side uses JAX's unflipped kernel).

>>> c = convert({"input_shape": (1, 2, 2, 1), "filters_shape": (3, 3, 1, 1),
...              "output_shape": (1, 4, 4, 1), "strides": 2, "padding": "SAME"},
...             from_="tensorflow", to="pytorch")
>>> c.exact, c.params["padding"], c.params["output_padding"], c.crop
(False, (0, 0), (0, 0), ((0, 1), (0, 1)))
>>> convert(c.source, to="onnx").params["pads"]
[0, 0, 1, 1]
"""

from __future__ import annotations

from dataclasses import dataclass

from .._validate import did_you_mean
from ..spec import TransposedConvSpec
from .framework import SPEC, Framework
from .jax import JAX
from .keras import KERAS
from .onnx import ONNX
from .pytorch import PYTORCH
from .resolution import (
    Resolution,
    best_option,
    from_spec,
    full_length,
    inverse_perm,
    layout_perm,
    spatial_letters,
)
from .signatures import ConversionParams, has_bias
from .tensorflow import TENSORFLOW
from .tensors import crop_pad, relayout, shape_of

__all__ = ["convert", "resolve", "framework_for", "Conversion", "FRAMEWORKS", "ALIASES"]

#: framework name -> its :class:`~tconv_sym.interop.framework.Framework` object
FRAMEWORKS = {fw.name: fw for fw in (PYTORCH, TENSORFLOW, KERAS, ONNX, JAX, SPEC)}
#: every other name users type -> the framework's name (each framework's ``aliases``)
ALIASES = {alias: fw.name for fw in FRAMEWORKS.values() for alias in fw.aliases}


def framework_for(name) -> Framework:
    """The framework object for a name or alias ('torch', 'tf', 'keras3', 'onnxruntime',
    'spec'); anything else is refused with the names and the closest one.

    >>> framework_for("tf").name, framework_for("keras3").name, framework_for("ONNXRuntime").name
    ('tensorflow', 'keras', 'onnx')
    >>> framework_for("pytroch")
    Traceback (most recent call last):
        ...
    ValueError: framework must be one of 'pytorch', 'tensorflow', 'keras', 'onnx', 'jax', \
'tconv_sym' (or an alias: 'torch', 'tf', 'keras3', 'tf.keras', 'onnxruntime', 'ort', 'lax', \
'jax.lax', 'spec', 'tconv-sym'); got 'pytroch'; did you mean 'pytorch'?
    """
    if isinstance(name, Framework):
        return name
    if not isinstance(name, str):
        raise TypeError(f"framework must be a string, got {name!r}")
    key = ALIASES.get(name.lower(), name.lower())
    if key not in FRAMEWORKS:
        raise ValueError(f"framework must be one of {', '.join(map(repr, FRAMEWORKS))} (or an "
                         f"alias: {', '.join(map(repr, ALIASES))}); got {name!r}"
                         + did_you_mean(name, (*FRAMEWORKS, *ALIASES)))
    return FRAMEWORKS[key]


def resolve(framework: str, **params) -> Resolution:
    """Resolve one framework's parameters (the keyword arguments of its resolver).

    >>> resolve("onnx", X_shape=(1, 1, 3), W_shape=(1, 1, 3), strides=[2]).out_size
    (7,)
    """
    return framework_for(framework).resolve(**params)


def _source(spec_or_params, from_) -> Resolution:
    if isinstance(spec_or_params, Resolution):
        return spec_or_params
    if isinstance(spec_or_params, TransposedConvSpec):
        return from_spec(spec_or_params)
    if isinstance(spec_or_params, dict):
        if from_ is None:
            raise ValueError("from_ must name the framework of the parameters dict (one of "
                             f"{', '.join(map(repr, FRAMEWORKS))})")
        return resolve(from_, **spec_or_params)
    raise TypeError(f"spec_or_params must be a TransposedConvSpec, a Resolution or a dict of "
                    f"framework parameters, got {type(spec_or_params).__name__}")


@dataclass(frozen=True, repr=False, eq=False)
class Conversion:
    """The result of :func:`convert`: target parameters, the crop still needed, and why.

    ``target`` is the target framework's resolution for ``params`` (``None`` when the
    target cannot express the layer at all); ``crop`` is ``(start, end)`` per spatial dim,
    to apply to the target's output (negative: add that many zeros).
    """

    source: Resolution
    to: str
    target: Resolution | None
    params: dict | None
    crop: tuple[tuple[int, int], ...] | None
    exact: bool
    reason: str

    def __post_init__(self) -> None:
        if self.params is not None and self.target is not None \
                and not isinstance(self.params, ConversionParams):
            object.__setattr__(self, "params", ConversionParams(
                framework_for(self.to), self.source, self.params))

    @property
    def call_params(self) -> dict | None:
        """The keyword arguments of the target's *function* (``F.conv_transpose2d``,
        ``keras.ops.conv_transpose``, the resolver ``resolve_<framework>``): what
        ``**c.params`` gives.

        >>> c = convert(TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=1))
        >>> c.params["in_channels"], "in_channels" in c.call_params
        (1, False)
        """
        return None if self.params is None else dict(self.params)

    @property
    def constructor_params(self) -> dict | None:
        """The keyword arguments of the target's layer *constructor*
        (``nn.ConvTranspose2d(**c.constructor_params)``, ``keras.layers.Conv2DTranspose``):
        channels, kernel size and bias included.

        >>> c = convert(TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=1))
        >>> c.constructor_params
        {'in_channels': 1, 'out_channels': 1, 'kernel_size': (4,), 'stride': (2,), \
'padding': (1,), 'output_padding': (0,), 'groups': 1, 'bias': False, 'dilation': (1,)}
        """
        return None if self.params is None else dict(self.params.constructor)

    @property
    def bias(self) -> bool:
        """Whether the source layer adds a bias (the code then reads ``b``)."""
        return has_bias(self.source)

    def to_code(self) -> str:
        """Python in the target's own syntax: its constructor (or call) with these
        parameters, the weight and input re-layout, and the crop that makes it exact.

        The code reads the source framework's input ``x`` (any batch size), weight ``w``
        and, when the layer has one, bias ``b``; it computes in the input's dtype and leaves
        the source framework's output in ``y``. (Keras layers have a bias by default.)

        >>> c = convert({"input_shape": (1, 4, 4, 1), "kernel_shape": (3, 3, 1, 1),
        ...              "strides": 2, "padding": "same"}, from_="keras", to="pytorch")
        >>> print(c.to_code())
        import torch
        X = torch.as_tensor(x).permute(0, 3, 1, 2)  # input keras NHWC -> pytorch NCHW
        layer = torch.nn.ConvTranspose2d(
            1, 1, 3, stride=2, padding=0, output_padding=0, groups=1, bias=True, dilation=1,
            dtype=X.dtype)
        with torch.no_grad():
            # weight keras HWOI -> pytorch IOHW
            layer.weight.copy_(torch.as_tensor(w).permute(3, 2, 0, 1))
            layer.bias.copy_(torch.as_tensor(b))
        y = layer(X)
        y = y[:, :, 0:8, 0:8]  # crop (start, end) (0, 1) per dim of the 9x9 output
        y = y.permute(0, 2, 3, 1)  # back to keras NHWC
        """
        self._need_target()
        from .snippets import conversion_code

        return conversion_code(self)

    def weight_relayout(self):
        """(perm, flip axes) taking the source weight layout to the target's."""
        src, tgt = self.source, self.target
        sp = spatial_letters(src.ndim)
        to_canon = layout_perm(src.weight_layout, "IO" + sp)
        from_canon = layout_perm(tgt.weight_layout, "IO" + sp)
        perm = tuple(to_canon[j] for j in inverse_perm(from_canon))
        flip = tuple(j for j, c in enumerate(tgt.weight_layout) if c in sp) \
            if src.weight_flip != tgt.weight_flip else ()
        return perm, flip

    def data_relayout(self, source_layout: str, target_layout: str):
        sp = spatial_letters(self.source.ndim)
        to_canon = layout_perm(source_layout, "NC" + sp)
        from_canon = layout_perm(target_layout, "NC" + sp)
        return tuple(to_canon[j] for j in inverse_perm(from_canon))

    def convert_weight(self, w):
        """The source framework's weight in the target framework's layout.

        NumPy in, NumPy out; a torch tensor (or a JAX / TensorFlow array) stays one.

        >>> import numpy as np
        >>> c = convert(TransposedConvSpec(in_size=(2, 2), kernel_size=2, out_channels=3),
        ...             to="tensorflow")
        >>> c.convert_weight(np.zeros((1, 3, 2, 2))).shape
        (2, 2, 3, 1)
        """
        self._need_target()
        shape = shape_of(w)
        if shape != self.source.weight_shape:
            raise ValueError(
                f"w must have the {self.source.framework} layout {self.source.weight_layout} "
                f"= {self.source.weight_shape}, got shape {shape}")
        perm, flip = self.weight_relayout()
        return relayout(w, perm, flip)

    def convert_input(self, x):
        """The source framework's input in the target framework's data layout.

        >>> import numpy as np
        >>> c = convert(TransposedConvSpec(in_size=(2, 3), kernel_size=2), to="tensorflow")
        >>> c.convert_input(np.zeros((1, 1, 2, 3))).shape
        (1, 2, 3, 1)
        """
        self._need_target()
        src = self.source
        shape = shape_of(x)
        batch = shape[src.in_layout.index("N")] if len(shape) == src.ndim + 2 else None
        if batch is None or shape != src.input_shape(batch):
            raise ValueError(f"x must have the {src.in_layout} shape {src.input_shape(1)} (any "
                             f"batch size), got shape {shape}")
        return relayout(x, self.data_relayout(src.in_layout, self.target.in_layout))

    def finish(self, y):
        """The target's output ``y``, cropped (or zero-padded) and laid out as the source's.

        ``finish(target_op(convert_input(x), convert_weight(w)))`` equals the source output.

        >>> import numpy as np
        >>> c = convert({"X_shape": (1, 1, 2), "W_shape": (1, 1, 3), "strides": [2],
        ...              "auto_pad": "SAME_UPPER"}, from_="onnx", to="pytorch")
        >>> c.params["padding"], c.crop
        ((0,), ((0, 1),))
        >>> c.finish(np.array([[[1, 10, 102, 20, 200]]]))    # PyTorch's full output
        array([[[  1,  10, 102,  20]]])
        >>> convert(c.source.spec.with_(padding=(1, 0)), to="pytorch").params["padding"]
        (1,)
        """
        self._need_target()
        tgt, src = self.target, self.source
        spatial = tuple(j for j, c in enumerate(tgt.out_layout) if c not in "NC")
        sp = spatial_letters(src.ndim)
        order = [tgt.out_layout[j] for j in spatial]
        crops = [self.crop[sp.index(c)] for c in order]
        y = crop_pad(y, crops, spatial)
        return relayout(y, self.data_relayout(tgt.out_layout, src.out_layout))

    def _need_target(self) -> None:
        if self.target is None:
            raise ValueError(f"no {self.to} equivalent: {self.reason}")

    def summary(self) -> list[str]:
        """The conversion in words, one line each: exact or not, the target's parameters,
        the crop, the re-layouts, why, and warnings (e.g. a Keras layer that aborts on
        the TensorFlow backend on CPU). ``repr`` shows these lines; ``convert`` prints
        them as comments above the code.

        >>> c = convert(TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=1),
        ...             to="onnx")
        >>> c.summary()[0]
        'tconv_sym TransposedConvSpec -> onnx ConvTranspose: exact'
        """
        src = self.source
        head = f"{src.framework} {src.op} -> {self.to}"
        if self.target is None:
            return [f"{head}: impossible", f"  why: {self.reason}"]
        tgt = self.target
        lines = [f"{head} {tgt.op}: {'exact' if self.exact else 'not exact'}",
                 f"  {self.to}: " + ", ".join(f"{k}={v!r}"
                                             for k, v in self.params.constructor.items())]
        if not self.exact:
            lines.append(f"  then crop (start, end) {_crops(self.crop)} of its output")
        lines.append(f"  weight: {src.weight_layout} {src.weight_shape} -> {tgt.weight_layout} "
                     f"{tgt.weight_shape}"
                     + (" (spatially flipped)" if src.weight_flip != tgt.weight_flip else ""))
        if src.in_layout != tgt.in_layout or src.out_layout != tgt.out_layout:
            lines.append(f"  data: {src.in_layout} -> {tgt.in_layout}, output "
                         f"{tgt.out_layout} -> {src.out_layout}")
        if self.bias:
            lines.append(f"  bias: yes (b of shape ({src.spec.out_channels},), added by the code)")
        lines.append(f"  why: {self.reason}")
        lines += [f"  warning (source): {note}" for note in src.cautions]
        lines += [f"  warning: {note}" for note in tgt.cautions]
        return lines

    def __repr__(self) -> str:
        lines = self.summary()
        return "<Conversion " + "\n".join(lines) + ">"

    def to_script(self) -> str:
        """What ``tconv-sym convert`` prints: :meth:`summary` as comments, then
        :meth:`to_code` — pasteable Python as a whole.

        >>> c = convert(TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=1),
        ...             to="onnx")
        >>> print(c.to_script().splitlines()[0])
        # tconv_sym TransposedConvSpec -> onnx ConvTranspose: exact
        """
        import textwrap

        comments = "\n".join(
            textwrap.fill(line, 88, initial_indent="# ", subsequent_indent="#     ",
                          break_long_words=False, break_on_hyphens=False)
            for line in self.summary())
        if self.target is None:
            return comments
        return comments + "\n\n" + self.to_code()


def _crops(crops) -> str:
    return f"{crops[0]} per dim" if len(set(crops)) == 1 else ", ".join(map(str, crops))


def convert(spec_or_params, from_: str | None = None, to: str = "pytorch") -> Conversion:
    """The parameters of the same transposed convolution in framework ``to``.

    ``spec_or_params`` is a :class:`~tconv_sym.TransposedConvSpec`, a
    :class:`~tconv_sym.interop.Resolution`, or a dict of the keyword arguments of the
    ``from_`` framework's resolver (``resolve_torch``, ``resolve_tf``, ``resolve_keras``,
    ``resolve_onnx``, ``resolve_jax``). Frameworks: 'pytorch' ('torch'), 'tensorflow'
    ('tf'), 'keras', 'onnx', 'jax', 'tconv_sym' ('spec').

    When no parameters of ``to`` give the exact operator, the result says why and gives the
    closest parameters plus the crop that makes them exact.

    >>> from tconv_sym import TransposedConvSpec
    >>> c = convert(TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=1),
    ...             to="tensorflow")
    >>> c.exact, c.params["padding"], c.params["output_shape"]
    (True, 'SAME', (1, 8, 1))
    """
    source = _source(spec_or_params, from_)
    target_fw = framework_for(to)
    to = target_fw.name
    spec = source.spec
    target_windows = source.window
    if to == "tconv_sym":
        exact = all(z == (0, 0) for z in source.zero_pad)
        target = from_spec(spec)
        crop = tuple((-a, -b) for a, b in source.zero_pad)
        reason = ("the spec is the operator itself" if exact else
                  f"{SPEC.why_inexact}; add the zeros {source.zero_pad}")
        return Conversion(source, to, target, {"spec": spec}, crop, exact, reason)
    problem = target_fw.cannot_express(spec)
    if problem:
        return Conversion(source, to, None, None, None, False, problem)
    best = None
    for mode in target_fw.modes(spec):
        chosen, windows, crops, cost = [], [], [], (0, 0)
        for target, i, k, s, d in zip(target_windows, spec.in_size, spec.kernel_size,
                                      spec.stride, spec.dilation):
            option = best_option(target_fw.windows(mode, i, k, s, d, target), target)
            if option is None:
                break
            value, window, (c_lo, c_hi) = option
            chosen.append(value)
            windows.append(window)
            crops.append((c_lo, c_hi))
            cost = (cost[0] + max(-c_lo, 0) + max(-c_hi, 0),
                    cost[1] + max(c_lo, 0) + max(c_hi, 0))
        else:
            if best is None or cost < best[0]:
                best = (cost, mode, chosen, tuple(windows), tuple(crops))
    if best is None:
        return Conversion(source, to, None, None, None, False,
                          f"{to} has no parameters for this layer")
    _, mode, chosen, windows, crops = best
    params, target = target_fw.parameters(mode, chosen, source)
    if target.window != windows:  # the search and the resolver must agree
        raise RuntimeError(f"internal error: {to} parameters {params} give the window "
                           f"{target.window}, the search expected {windows}")
    exact = all(c == (0, 0) for c in crops)
    if exact:
        reason = f"{to} keeps the same window of the full output"
    else:
        full = tuple(full_length(i, k, s, d) for i, k, s, d in zip(
            spec.in_size, spec.kernel_size, spec.stride, spec.dilation))
        wins = ", ".join(f"{a}:{b}" for a, b in source.window)
        reason = (f"{source.framework} keeps the window [{wins}] of the full {full} output "
                  f"(it crops {_crops(source.crop)} at (start, end)); "
                  f"{target_fw.why_inexact}, so no parameters give exactly that window: use "
                  f"these and crop {_crops(crops)}")
    return Conversion(source, to, target, params, crops, exact, reason)
