"""An ordinary convolution's parameters in each framework, or the input padding it lacks.

Every framework computes the same strided, dilated cross-correlation; they differ only in
which paddings they can express: ONNX (``pads``) and JAX (``(lo, hi)`` pairs) take any
padding, PyTorch pads both ends by the same amount, Keras knows ``"valid"`` and ``"same"``,
TensorFlow SAME / VALID (and explicit pads in ``conv2d``). Where the layer's padding is not
expressible, the equivalent uses no padding and names the zeros to pad the input with first
(``pre_pad``, ``(before, after)`` per spatial dim).

>>> from tconv_sym import ConvSpec
>>> eq = conv_equivalents(ConvSpec(in_size=(8, 8), kernel_size=3, stride=2, padding="same"))
>>> eq["pytorch"]
ConvEquivalent(pytorch, not exact: pad the input by ((0, 1), (0, 1)) first; PyTorch pads both \
ends of each dim by the same amount)
>>> eq["keras"].params["padding"], eq["onnx"].params["pads"]
('same', [0, 0, 1, 1])
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...spec import ConvSpec

__all__ = ["ConvEquivalent", "conv_equivalents", "CONV_FRAMEWORKS"]

CONV_FRAMEWORKS = ("pytorch", "tensorflow", "keras", "onnx", "jax")


@dataclass(frozen=True, repr=False)
class ConvEquivalent:
    """The same convolution in ``framework``: ``params`` (its constructor or call
    arguments), ``exact`` (no extra input padding needed) or else ``pre_pad`` (zeros to add
    to the input first, ``(before, after)`` per spatial dim) and ``reason``."""

    framework: str
    params: dict
    exact: bool
    pre_pad: tuple | None = None
    reason: str = ""
    spec: ConvSpec | None = None
    #: the layer adds a bias (the code reads ``b``; TensorFlow, ONNX and JAX add it too)
    bias: bool = False

    def to_code(self) -> str:
        """Python in the framework's own syntax: the layer (or call) with these parameters,
        the weight and data re-layout from the core layouts (``x``: ``(N, C_in, *spatial)``,
        ``w``: ``(C_out, C_in/groups, *k)``) and the input padding it lacks; leaves the
        core-layout output in ``y``.

        >>> from tconv_sym import ConvSpec
        >>> print(conv_equivalents(ConvSpec(in_size=5, kernel_size=3, padding=(0, 1)))[
        ...     "pytorch"].to_code())
        import torch
        X = torch.nn.functional.pad(torch.as_tensor(x), (0, 1))  # input N, C, W, padded first
        layer = torch.nn.Conv1d(
            1, 1, 3, stride=1, padding=0, dilation=1, groups=1, bias=False, dtype=X.dtype)
        with torch.no_grad():
            layer.weight.copy_(torch.as_tensor(w))  # weight (C_out, C_in/groups, *k)
        y = layer(X)
        """
        from ..snippets import conv_code

        return conv_code(self)

    def __repr__(self) -> str:
        if self.exact:
            return f"ConvEquivalent({self.framework}, exact: {self.params})"
        return (f"ConvEquivalent({self.framework}, not exact: pad the input by "
                f"{self.pre_pad} first; {self.reason})")


def _compact(values):
    return values[0] if len(set(values)) == 1 else tuple(values)


def _same_pads(spec: ConvSpec):
    return ConvSpec(in_size=spec.in_size, kernel_size=spec.kernel_size, stride=spec.stride,
                    dilation=spec.dilation, padding="same").padding


def conv_equivalents(spec: ConvSpec, bias: bool = False) -> dict[str, ConvEquivalent]:
    """Framework name -> :class:`ConvEquivalent` of ``spec`` (PyTorch semantics).

    >>> from tconv_sym import ConvSpec
    >>> conv_equivalents(ConvSpec(in_size=5, kernel_size=3, padding=1))["pytorch"].params
    {'in_channels': 1, 'out_channels': 1, 'kernel_size': 3, 'stride': 1, 'padding': 1, \
'dilation': 1, 'groups': 1, 'bias': False}
    """
    if not isinstance(spec, ConvSpec):
        raise TypeError(f"spec must be a ConvSpec, got {type(spec).__name__}")
    if spec.mode != "correlation":
        spec = spec.with_(mode="correlation")  # the caller flips the kernel
    nd = spec.ndim
    pads = spec.padding
    zero = ((0, 0),) * nd
    symmetric = all(lo == hi for lo, hi in pads)
    is_same = pads == _same_pads(spec)
    is_valid = pads == zero
    out = {}

    torch_pad = _compact([lo for lo, _ in pads]) if symmetric else 0
    out["pytorch"] = ConvEquivalent(
        "pytorch",
        {"in_channels": spec.in_channels, "out_channels": spec.out_channels,
         "kernel_size": _compact(spec.kernel_size), "stride": _compact(spec.stride),
         "padding": torch_pad, "dilation": _compact(spec.dilation), "groups": spec.groups,
         "bias": bool(bias)},
        symmetric, None if symmetric else pads,
        "" if symmetric else "PyTorch pads both ends of each dim by the same amount", spec)

    k_pad = "same" if is_same else "valid"
    keras_ok = is_same or is_valid
    out["keras"] = ConvEquivalent(
        "keras",
        {"filters": spec.out_channels, "kernel_size": spec.kernel_size, "strides": spec.stride,
         "padding": k_pad, "data_format": "channels_last", "dilation_rate": spec.dilation,
         "groups": spec.groups, "use_bias": bool(bias)},
        keras_ok, None if keras_ok else pads,
        "" if keras_ok else "Keras pads 'valid' (nothing) or 'same' (the odd sample at the "
                            "end) only; use a ZeroPadding layer first", spec)

    explicit = nd == 2 and not (is_same or is_valid)
    tf_ok = is_same or is_valid or explicit
    tf_padding = "SAME" if is_same else "VALID" if (is_valid or not tf_ok) else \
        [[0, 0], *[list(p) for p in pads], [0, 0]]
    out["tensorflow"] = ConvEquivalent(
        "tensorflow",
        {"strides": spec.stride, "padding": tf_padding,
         "data_format": {1: "NWC", 2: "NHWC", 3: "NDHWC"}.get(nd),
         "dilations": spec.dilation},
        tf_ok, None if tf_ok else pads,
        "" if tf_ok else f"tf.nn.convolution takes SAME / VALID only in {nd}-D (explicit "
                         "pads in conv2d only); tf.pad the input first", spec)

    out["onnx"] = ConvEquivalent(
        "onnx",
        {"kernel_shape": list(spec.kernel_size), "strides": list(spec.stride),
         "pads": [lo for lo, _ in pads] + [hi for _, hi in pads],
         "dilations": list(spec.dilation), "group": spec.groups},
        True, spec=spec)
    out["jax"] = ConvEquivalent(
        "jax",
        {"window_strides": spec.stride, "padding": [tuple(p) for p in pads],
         "rhs_dilation": spec.dilation, "feature_group_count": spec.groups},
        True, spec=spec)
    return {fw: replace(eq, bias=bool(bias)) for fw, eq in out.items()}
