"""Read the convolutions of a live ``torch.nn.Module`` by running it once.

The model runs on zeros of ``input_shape`` (or on ``example_inputs``: positional and keyword
arguments of its ``forward``) in ``eval()`` mode under ``torch.no_grad()`` (the
training flags are restored afterwards) while two recorders watch, in call order:

- forward hooks on every ``nn.Conv{1,2,3}d`` / ``nn.ConvTranspose{1,2,3}d`` module record
  the shapes each call sees (a module called twice gives two layers); a transposed module
  is resolved with the output size it actually produced (so ``forward(x,
  output_size=...)`` is honoured);
- a ``TorchFunctionMode`` records the functional convolutions a ``forward`` calls itself
  (``F.conv2d(x, self.w, ...)``, ``F.conv_transpose2d(...)``), with the weight they used.
  Other convolution-like functions (``torch.convolution``, ``conv_tbc``, …) are listed as
  unsupported.

Modules that forward never calls, and ones with a padding mode other than zeros, are listed
with the reason. Before the real run, the forward runs once on fake tensors (no memory:
``torch``'s ``FakeTensorMode``) to read the size of every intermediate; a run whose
intermediates would not fit the ``bytes`` budget is refused with that estimate.
"""

from __future__ import annotations

import inspect
import math

import numpy as np

from ..._validate import positive_int
from ...budget import check
from ...spec import ConvSpec
from ..pytorch import from_torch, resolve_torch
from .layer import ScannedLayer, conv_window

__all__ = ["scan_torch", "FUNCTIONAL_CONVS", "run_bytes", "example_arguments", "Zeros"]

#: functional convolutions resolved when a forward calls them itself, -> transposed?
FUNCTIONAL_CONVS = {"conv1d": False, "conv2d": False, "conv3d": False,
                    "conv_transpose1d": True, "conv_transpose2d": True,
                    "conv_transpose3d": True}
_CONV_SIG = inspect.Signature([inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                                 default=d) for n, d in (
    ("input", inspect.Parameter.empty), ("weight", inspect.Parameter.empty), ("bias", None),
    ("stride", 1), ("padding", 0), ("dilation", 1), ("groups", 1))])
_TCONV_SIG = inspect.Signature([inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                                  default=d) for n, d in (
    ("input", inspect.Parameter.empty), ("weight", inspect.Parameter.empty), ("bias", None),
    ("stride", 1), ("padding", 0), ("output_padding", 0), ("groups", 1), ("dilation", 1))])


def _is_conv_module(module) -> bool:
    import torch

    return isinstance(module, torch.nn.modules.conv._ConvNd)


def _own_params(m) -> dict:
    params = {"in_channels": m.in_channels, "out_channels": m.out_channels,
              "kernel_size": tuple(m.kernel_size), "stride": tuple(m.stride),
              "padding": m.padding if isinstance(m.padding, str) else tuple(m.padding)}
    if m.transposed:
        params["output_padding"] = tuple(m.output_padding)
    params.update(groups=m.groups, bias=m.bias is not None, dilation=tuple(m.dilation),
                  padding_mode=m.padding_mode)
    return params


def _per_dim(value, nd: int) -> tuple:
    return tuple(value) if isinstance(value, (tuple, list)) else (value,) * nd


def _conv_spec(x_shape, w_shape, stride, padding, dilation, groups) -> ConvSpec:
    nd = len(w_shape) - 2
    if not isinstance(padding, str):
        padding = tuple((p, p) for p in _per_dim(padding, nd))
    return ConvSpec(in_size=tuple(x_shape[-nd:]), kernel_size=tuple(w_shape[2:]),
                    stride=_per_dim(stride, nd), padding=padding,
                    dilation=_per_dim(dilation, nd), in_channels=x_shape[-nd - 1],
                    out_channels=w_shape[0], groups=groups)


def _module_spec(m, x_shape, y_shape):
    if m.padding_mode != "zeros":
        raise ValueError(f"padding_mode={m.padding_mode!r} pads with {m.padding_mode} values, "
                         "not zeros: not a (sparse linear) zero-padded convolution tconv_sym "
                         "models; export it as an explicit pad + conv")
    if m.transposed:
        nd = len(m.kernel_size)
        return from_torch(m, x_shape, output_size=y_shape[-nd:])
    return _conv_spec(x_shape, tuple(m.weight.shape), m.stride, m.padding, m.dilation,
                      m.groups)


def _functional_spec(name: str, bound, y_shape):
    """(spec or resolution, params, weight, bias) of a recorded functional call."""
    a = bound.arguments
    x_shape, w_shape = tuple(a["input"].shape), tuple(a["weight"].shape)
    params = {k: (tuple(v) if isinstance(v, (list, tuple)) else v) for k, v in a.items()
              if k not in ("input", "weight", "bias")}
    params["bias"] = a["bias"] is not None
    if FUNCTIONAL_CONVS[name]:
        nd = len(w_shape) - 2
        r = resolve_torch(x_shape, w_shape, stride=a["stride"], padding=a["padding"],
                          output_padding=a["output_padding"], groups=a["groups"],
                          dilation=a["dilation"])
        r.params["bias"] = params["bias"]
        if r.spec.out_size != tuple(y_shape[-nd:]):  # never expected: resolver = PyTorch
            raise ValueError(f"resolves to an output of {r.spec.out_size}, PyTorch gave "
                             f"{tuple(y_shape[-nd:])}")
        return r, params
    return _conv_spec(x_shape, w_shape, a["stride"], a["padding"], a["dilation"],
                      a["groups"]), params


def _array(t):
    return None if t is None else np.array(t.detach().cpu().numpy())


def _tensor_bytes(t) -> int:
    return int(t.numel()) * t.element_size()


def run_bytes(module, args, kwargs) -> int | None:
    """Estimated peak memory of one ``module(*args, **kwargs)`` without gradients: the
    inputs plus three times the largest tensor a submodule returns (its input, its output
    and one skip connection live at once), measured by running the forward on fake tensors
    (no memory is used). ``None`` when the forward cannot run on fake tensors.

    >>> import torch
    >>> net = torch.nn.Sequential(torch.nn.Conv2d(1, 8, 3, padding=1))
    >>> run_bytes(net, (torch.zeros(1, 1, 4, 4),), {})   # 64 B input + 3 × 512 B
    1600
    >>> run_bytes(net, (Zeros((1, 1, 4, 4), torch.float32, "cpu"),), {})  # nothing allocated
    1600
    """
    import torch

    try:
        from torch._subclasses.fake_tensor import FakeTensorMode
    except ImportError:  # pragma: no cover - every supported torch has it
        return None
    largest = [0]

    def hook(_m, _args, output):
        for t in (output if isinstance(output, (tuple, list)) else (output,)):
            if isinstance(t, torch.Tensor):
                largest[0] = max(largest[0], _tensor_bytes(t))

    handles = [m.register_forward_hook(hook) for m in module.modules()]
    given = sum(_tensor_bytes(t) if isinstance(t, torch.Tensor) else
                math.prod(t.shape) * torch.empty((), dtype=t.dtype).element_size()
                for t in (*args, *kwargs.values()) if isinstance(t, (torch.Tensor, Zeros)))
    try:
        with FakeTensorMode(allow_non_fake_inputs=True) as mode, torch.no_grad():
            fake = [a.make() if isinstance(a, Zeros) else  # fake memory under the mode
                    mode.from_tensor(a) if isinstance(a, torch.Tensor) else a for a in args]
            kw = {k: mode.from_tensor(v) if isinstance(v, torch.Tensor) else v
                  for k, v in kwargs.items()}
            module(*fake, **kw)
    except Exception:  # data-dependent control flow, custom ops: no estimate
        return None
    finally:
        for h in handles:
            h.remove()
    return given + 3 * largest[0]


def example_arguments(module, input_shape, example_inputs, example_kwargs):
    """``(args, kwargs)`` of the forward: zeros of ``input_shape`` (on fake memory until
    checked), or ``example_inputs`` (a tensor, a tuple/list of positional arguments, or a
    dict of keyword arguments) plus ``example_kwargs``."""
    import torch

    kwargs = dict(example_kwargs or {})
    if example_inputs is not None:
        if isinstance(example_inputs, dict):
            return (), {**example_inputs, **kwargs}
        if isinstance(example_inputs, (tuple, list)):
            return tuple(example_inputs), kwargs
        return (example_inputs,), kwargs
    if input_shape is None:
        raise ValueError("input_shape is required (e.g. (1, 3, 64, 64)), or example_inputs=, "
                         "for a torch.nn.Module: the layers' sizes depend on its input")
    if hasattr(input_shape, "shape") and not isinstance(input_shape, (tuple, list)):
        input_shape = tuple(input_shape.shape)
    if isinstance(input_shape, (str, bytes)) or not hasattr(input_shape, "__iter__"):
        raise TypeError(f"input_shape must be a tuple of positive integers, got "
                        f"{input_shape!r}")
    shape = tuple(positive_int(f"input_shape[{j}]", v) for j, v in enumerate(input_shape))
    param = next(module.parameters(), None)
    dtype = param.dtype if param is not None and param.dtype.is_floating_point \
        else torch.float32
    check("bytes", math.prod(shape) * torch.empty((), dtype=dtype).element_size(),
          what=f"scan: the example input of shape {shape}",
          hint="pass a smaller input_shape (the layers' parameters do not depend on the "
               "batch size)")
    device = param.device if param is not None else "cpu"
    return (Zeros(shape, dtype, device),), kwargs


class Zeros:
    """The zeros of ``input_shape``, allocated only after the run's estimate: a fake tensor
    for :func:`run_bytes`, ``torch.zeros`` for the real run."""

    def __init__(self, shape, dtype, device) -> None:
        self.shape, self.dtype, self.device = tuple(shape), dtype, device

    def make(self):
        import torch

        return torch.zeros(self.shape, dtype=self.dtype, device=self.device)

    def __repr__(self) -> str:
        return f"Zeros({self.shape})"


def _real(args):
    return tuple(a.make() if isinstance(a, Zeros) else a for a in args)


def _record(module, args, kwargs, convs):
    """Run ``module(*args, **kwargs)``; events in call order:
    ("module", m, x_shape, y_shape) and ("function", name, bound_args, y_shape) /
    ("other", name, None, None)."""
    import torch
    from torch.overrides import TorchFunctionMode

    events, active = [], []

    def pre(m, args):
        active.append(m)
        events.append(["module", m, tuple(args[0].shape), None])

    def post(m, args, output):
        active.pop()
        for event in reversed(events):
            if event[0] == "module" and event[1] is m and event[3] is None:
                event[3] = tuple(output.shape)
                break

    class Recorder(TorchFunctionMode):
        def __torch_function__(self, func, types, args=(), kwargs=None):
            kwargs = kwargs or {}
            name = getattr(func, "__name__", "")
            out = func(*args, **kwargs)
            if not active and name in FUNCTIONAL_CONVS:
                sig = _TCONV_SIG if FUNCTIONAL_CONVS[name] else _CONV_SIG
                bound = sig.bind(*args, **kwargs)
                bound.apply_defaults()
                events.append(["function", name, bound, tuple(out.shape)])
            elif not active and "conv" in name and name not in ("convert", "_convert"):
                events.append(["other", name, None, None])
            return out

    modes = {m: m.training for m in module.modules()}
    module.eval()
    try:
        peak = run_bytes(module, args, kwargs)
    finally:
        for m, training in modes.items():
            m.training = training
    shapes = [tuple(a.shape) for a in args if hasattr(a, "shape")]
    if peak is not None:
        check("bytes", peak, what=f"scan: running the model once on inputs of shape "
              f"{', '.join(map(str, shapes)) or '(keyword arguments)'} (its largest "
              "intermediate × 3)",
              hint="pass a smaller input_shape / example_inputs (the layers' parameters do "
                   "not depend on the spatial size in most models)")
    handles = [m.register_forward_pre_hook(pre) for m in convs]
    handles += [m.register_forward_hook(post) for m in convs]
    try:
        module.eval()
        with torch.no_grad(), Recorder():
            module(*_real(args), **kwargs)
    except RuntimeError as exc:  # torch's shape errors: the example does not fit the model
        raise ValueError(f"scan: the model refuses inputs of shape "
                         f"{', '.join(map(str, shapes)) or '(keyword arguments)'} "
                         f"({str(exc).splitlines()[0][:300]}); pass an input_shape / "
                         "example_inputs it accepts") from exc
    finally:
        for h in handles:
            h.remove()
        for m, training in modes.items():
            m.training = training
    return events


def _as_torch(x, like):
    import torch

    return torch.as_tensor(np.asarray(x)).to(dtype=like.dtype, device=like.device)


def _module_runtime(m, y_shape):
    """``fn(x, w=None)``: the module itself on ``x`` (its own weight; a transposed module
    with the output size it produced in the model)."""
    import torch

    nd = len(m.kernel_size)

    def run(x, w=None):
        with torch.no_grad():
            t = _as_torch(x, m.weight)
            y = m(t, output_size=list(y_shape[-nd:])) if m.transposed else m(t)
        return y.detach().cpu().numpy()

    run.__doc__ = f"PyTorch: {type(m).__name__} module"
    return run


def _functional_runtime(name, bound):
    """``fn(x, w=None)``: the recorded ``F.<name>`` call on ``x`` (its weight, or ``w``)."""
    import torch
    import torch.nn.functional as F

    a = dict(bound.arguments)
    fn = getattr(F, name)

    def run(x, w=None):
        with torch.no_grad():
            weight = a["weight"] if w is None else _as_torch(w, a["weight"])
            rest = {k: v for k, v in a.items() if k not in ("input", "weight")}
            y = fn(_as_torch(x, a["weight"]), weight, **rest)
        return y.detach().cpu().numpy()

    run.__doc__ = f"PyTorch: F.{name}"
    return run


def scan_torch(module, input_shape=None, equivalents=None, example_inputs=None,
               example_kwargs=None) -> list[ScannedLayer]:
    """The convolution layers of a torch module run on zeros of ``input_shape`` or on
    ``example_inputs`` / ``example_kwargs`` (see :func:`tconv_sym.interop.scan`)."""
    args, kwargs = example_arguments(module, input_shape, example_inputs, example_kwargs)
    shape = tuple(args[0].shape) if args and hasattr(args[0], "shape") else "the examples"
    names = {id(m): n or type(m).__name__ for n, m in module.named_modules()}
    convs = [m for m in module.modules() if _is_conv_module(m)]
    events = _record(module, args, kwargs, convs)
    layers, seen = [], {}
    for kind, what, info, y_shape in events:
        key = id(what) if kind == "module" else what
        n = seen[key] = seen.get(key, 0) + 1
        if kind == "module":
            name = names[id(what)] + (f"#{n}" if n > 1 else "")
            layer = ScannedLayer(name=name, op=type(what).__name__, framework="pytorch",
                                 index=len(layers), input_shape=info, params=_own_params(what))
        else:
            name = f"F.{what}#{n}"
            layer = ScannedLayer(name=name, op=f"F.{what}", framework="pytorch",
                                 index=len(layers))
        layers.append(layer)
        if kind == "other":
            layer.reason = (f"torch.{what} is a convolution-like function tconv_sym does not "
                            "read (only F.conv{1,2,3}d and F.conv_transpose{1,2,3}d)")
            continue
        try:
            if kind == "module":
                resolved = _module_spec(what, info, y_shape)
                weight, bias = _array(what.weight), _array(what.bias)
            else:
                layer.input_shape = tuple(info.arguments["input"].shape)
                resolved, layer.params = _functional_spec(what, info, y_shape)
                weight = _array(info.arguments["weight"])
                bias = _array(info.arguments["bias"])
        except (ValueError, TypeError) as exc:
            layer.reason = str(exc)
            continue
        if isinstance(resolved, ConvSpec):
            layer.spec, layer.window = resolved, conv_window(resolved)
        else:
            layer.resolution, layer.spec, layer.window = resolved, resolved.spec, \
                resolved.window
        layer.weight, layer.bias = weight, bias
        layer.runtime = _module_runtime(what, y_shape) if kind == "module" else \
            _functional_runtime(what, info)
        if equivalents is not None:
            layer.equivalents = equivalents(layer)
    called = {id(e[1]) for e in events if e[0] == "module"}
    for m in convs:
        if id(m) not in called:
            layers.append(ScannedLayer(
                name=names[id(m)], op=type(m).__name__, framework="pytorch",
                index=len(layers), params=_own_params(m),
                reason=f"not called by forward() for an input of shape {shape}"))
    return layers
