"""``Conversion.to_code``: the converted layer as Python in the target framework's syntax.

The code reads the *source* framework's input ``x`` (any batch size) and weight ``w`` (and
bias ``b`` when the layer has one), builds the target's layer (or calls its function) with
the converted parameters in the input's dtype, re-lays the weight and the input, adds the
bias, and leaves the source framework's output in ``y`` — cropped (or zero-padded) where the
target cannot select the source's window. ONNX code builds a one-node model and runs it
with onnxruntime.

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.interop import convert
>>> print(conversion_code(convert(TransposedConvSpec(in_size=3, kernel_size=2, stride=2),
...                               to="jax")))
import jax
import jax.numpy as jnp
# float64 data: jax.config.update('jax_enable_x64', True) first, or JAX computes in float32
X = jnp.transpose(jnp.asarray(x), (0, 2, 1))  # input tconv_sym NCW -> jax NWC
# weight tconv_sym IOW -> jax WOI
W = jnp.asarray(jnp.transpose(jnp.asarray(w), (2, 1, 0)), dtype=X.dtype)
y = jax.lax.conv_transpose(
    X, W, strides=(2,), padding='SAME', rhs_dilation=(1,), dimension_numbers=None,
    transpose_kernel=True)
y = jnp.transpose(y, (0, 2, 1))  # back to tconv_sym NCW
"""

from __future__ import annotations

from .resolution import inverse_perm, layout_perm, spatial_letters

__all__ = ["conversion_code", "conv_code", "SYNTAX", "Target"]


class _Syntax:
    """How one framework spells the layout operations on its tensors: functions of one
    namespace ``ns`` (``np``, ``jnp``, ``tf``, ``keras.ops``), ``ns.transpose`` and ``ns.pad``
    everywhere, the array constructor and the flip by name."""

    def __init__(self, imports: tuple[str, ...], ns: str, tensor: str = "asarray",
                 flip: str = "flip({}, {})") -> None:
        self.imports = imports
        self.tensor = f"{ns}.{tensor}({{}})"
        self.transpose = f"{ns}.transpose({{}}, {{}})"
        self.flip = f"{ns}.{flip}"
        self.pad = f"{ns}.pad({{}}, {{}})"

    def padded(self, expr: str, pairs) -> str:
        return self.pad.format(expr, [list(p) for p in pairs])


class _Torch(_Syntax):
    """PyTorch: methods on the tensor, and ``F.pad``'s flat last-axis-first padding."""

    def __init__(self) -> None:
        super().__init__(("import torch",), "torch", tensor="as_tensor")
        self.transpose = "{}.permute{}"
        self.flip = "{}.flip({})"

    def padded(self, expr, pairs):
        flat = [n for pair in reversed(pairs) for n in pair]
        while len(flat) > 2 and flat[-2:] == [0, 0]:  # leading axes without padding
            flat = flat[:-2]
        return f"torch.nn.functional.pad({expr}, {tuple(flat)})"


_NUMPY = _Syntax(("import numpy as np",), "np")

#: framework -> its syntax for transposes, flips and zero padding
SYNTAX = {
    "pytorch": _Torch(),
    "keras": _Syntax(("import keras",), "keras.ops", "convert_to_tensor", "flip({}, axis={})"),
    "tensorflow": _Syntax(("import tensorflow as tf",), "tf", "convert_to_tensor",
                          "reverse({}, {})"),
    "jax": _Syntax(("import jax", "import jax.numpy as jnp"), "jnp"),
    "onnx": _NUMPY,
    "tconv_sym": _NUMPY,
}


def _compact(value):
    if isinstance(value, tuple) and value and len(set(value)) == 1 \
            and all(isinstance(v, int) for v in value):
        return value[0]
    return value


def _kwargs(params: dict, skip=(), compact: bool = False) -> str:
    return ", ".join(f"{k}={_compact(v) if compact else v!r}" for k, v in params.items()
                     if k not in skip)


def _relayout(syn: _Syntax, expr: str, perm, flip) -> str:
    if tuple(perm) != tuple(range(len(perm))):
        expr = syn.transpose.format(expr, tuple(perm))
    if flip:
        expr = syn.flip.format(expr, tuple(flip))
    return expr


def _data_perm(src_layout: str, tgt_layout: str, nd: int) -> tuple[int, ...]:
    sp = spatial_letters(nd)
    to_canon = layout_perm(src_layout, "NC" + sp)
    return tuple(to_canon[j] for j in inverse_perm(layout_perm(tgt_layout, "NC" + sp)))


def conversion_code(c) -> str:
    """The code of :meth:`Conversion.to_code` (see the module docstring): the input and
    weight re-laid, the target's layer or call in the input's dtype (the weight and bias
    cast to it), the bias added, any batch size, the crop, the source's layout back."""
    src, tgt, to = c.source, c.target, c.to
    syn = SYNTAX[to]
    nd = src.ndim
    w_perm, w_flip = c.weight_relayout()
    x_perm = _data_perm(src.in_layout, tgt.in_layout, nd)
    ctx = Target(
        framework=to, nd=nd, transposed=True, bias=c.bias, params=c.params,
        constructor=c.params.constructor, out_layout=tgt.out_layout, op=tgt.op,
        X=_relayout(syn, syn.tensor.format("x"), x_perm, ()),
        W=_relayout(syn, syn.tensor.format("w"), w_perm, w_flip),
        w_note=(f"weight as in {src.framework} ({src.weight_layout})"
                if src.weight_layout == tgt.weight_layout and not w_flip else
                f"weight {src.framework} {src.weight_layout} -> {to} {tgt.weight_layout}"
                + (" (flipped)" if w_flip else "")),
        x_note=(f"input as in {src.framework} ({src.in_layout})"
                if src.in_layout == tgt.in_layout else
                f"input {src.framework} {src.in_layout} -> {to} {tgt.in_layout}"),
        spec=tgt.spec)
    lines = [*syn.imports, *_TARGET_LINES[to](ctx)]
    if any(cr != (0, 0) for cr in c.crop):
        lines += _crop_lines(c, syn)
    back = _data_perm(tgt.out_layout, src.out_layout, nd)
    if back != tuple(range(nd + 2)):
        lines.append(f"y = {syn.transpose.format('y', back)}  # back to {src.framework} "
                     f"{src.out_layout}")
    return "\n".join(_wrapped(line) for line in lines)


class Target:
    """What every target's lines need: the framework, transposed or not, the bias, the
    call and constructor keyword arguments, the output layout, and the re-laid input and
    weight expressions with their notes."""

    def __init__(self, **fields) -> None:
        self.__dict__.update(fields)

    def layer_class(self, keras: bool = False) -> str:
        """``ConvTranspose2d`` / ``Conv2d`` (PyTorch), ``Conv2DTranspose`` / ``Conv2D``."""
        if keras:
            return f"Conv{self.nd}D" + ("Transpose" if self.transposed else "")
        return ("ConvTranspose" if self.transposed else "Conv") + f"{self.nd}d"

    def bias_lines(self, b: str, reshaped: str) -> list[str]:
        """``y = y + b`` (``b`` in the output's dtype) for a function without a bias
        argument, reshaped to broadcast over the channel axis unless it is the last."""
        if not self.bias:
            return []
        c_axis = self.out_layout.index("C")
        if c_axis == self.nd + 1:
            return [f"y = y + {b}"]
        shape = tuple(-1 if j == c_axis else 1 for j in range(self.nd + 2))[1:]
        return [f"y = y + {reshaped.format(b=b, shape=shape)}"]


def _torch_lines(ctx) -> list[str]:
    p = ctx.constructor
    args = ", ".join(repr(_compact(p[k])) for k in ("in_channels", "out_channels",
                                                     "kernel_size"))
    rest = _kwargs(p, skip=("in_channels", "out_channels", "kernel_size"), compact=True)
    lines = [f"X = {ctx.X}  # {ctx.x_note}",
             f"layer = torch.nn.{ctx.layer_class()}({args}, {rest}, dtype=X.dtype)",
             "with torch.no_grad():",
             f"    layer.weight.copy_({ctx.W})  # {ctx.w_note}"]
    if ctx.bias:
        lines.append("    layer.bias.copy_(torch.as_tensor(b))")
    return lines + ["y = layer(X)"]


def _keras_lines(ctx) -> list[str]:
    p = ctx.constructor
    args = ", ".join(repr(_compact(p[k])) for k in ("filters", "kernel_size"))
    rest = _kwargs(p, skip=("filters", "kernel_size"), compact=True)
    lines = [f"X = {ctx.X}  # {ctx.x_note}",
             f"layer = keras.layers.{ctx.layer_class(keras=True)}({args}, {rest}, "
             "dtype=keras.backend.standardize_dtype(X.dtype))",
             "layer.build((None, *X.shape[1:]))",
             f"W = keras.ops.cast({ctx.W}, layer.kernel.dtype)  # {ctx.w_note}",
             "layer.kernel.assign(W)"]
    if ctx.bias:
        lines.append("layer.bias.assign(keras.ops.cast(keras.ops.convert_to_tensor(b), "
                     "layer.bias.dtype))")
    return lines + ["y = layer(X)"]


def _tf_lines(ctx) -> list[str]:
    p = ctx.params
    lines = [f"X = {ctx.X}  # {ctx.x_note}",
             f"W = tf.cast({ctx.W}, X.dtype)  # {ctx.w_note}"]
    if ctx.transposed:
        n_axis = ctx.out_layout.index("N")
        sizes = [str(v) if j != n_axis else "tf.shape(X)[0]" for j, v in
                 enumerate(p["output_shape"])]  # any batch: the input's, not the 1 resolved
        rest = _kwargs(p, skip=("output_shape",))
        lines.append(f"y = tf.nn.{ctx.op}(X, W, output_shape=[{', '.join(sizes)}], {rest})")
    else:
        fn = "conv2d" if isinstance(p["padding"], list) else "convolution"
        lines.append(f"y = tf.nn.{fn}(X, W, {_kwargs(p)})")
    return lines + ctx.bias_lines("tf.cast(b, y.dtype)", "tf.reshape({b}, {shape})")


def _jax_lines(ctx) -> list[str]:
    lines = ["# float64 data: jax.config.update('jax_enable_x64', True) first, or JAX computes "
             "in float32",
             f"X = {ctx.X}  # {ctx.x_note}",
             f"W = {_cast_jax(ctx.W)}  # {ctx.w_note}"]
    if ctx.transposed:
        lines.append(f"y = jax.lax.conv_transpose(X, W, {_kwargs(ctx.params)})")
    else:
        sp = spatial_letters(ctx.nd)
        layout = ("NC" + sp, "OI" + sp, "NC" + sp)
        lines.append(f"y = jax.lax.conv_general_dilated(X, W, {_kwargs(ctx.params)}, "
                     f"dimension_numbers={layout!r})")
    return lines + ctx.bias_lines("jnp.asarray(b, dtype=y.dtype)", "{b}.reshape({shape})")


def _cast_jax(expr: str) -> str:
    """``expr`` in the input's dtype (one ``jnp.asarray`` when it is the plain weight)."""
    if expr == "jnp.asarray(w)":
        return "jnp.asarray(w, dtype=X.dtype)"
    return f"jnp.asarray({expr}, dtype=X.dtype)"


def _onnx_lines(ctx) -> list[str]:
    inputs = ["X", "W", "B"] if ctx.bias else ["X", "W"]
    op = "ConvTranspose" if ctx.transposed else "Conv"
    feeds = ", ".join(f"{n!r}: {n}.astype(T)" for n in inputs)
    lines = ["import onnxruntime",
             "from onnx import helper",
             f"X = np.ascontiguousarray({ctx.X})  # {ctx.x_note}",
             f"W = np.ascontiguousarray({ctx.W})  # {ctx.w_note}"]
    if ctx.bias:
        lines.append("B = np.asarray(b)")
    lines += [
        f"# onnxruntime has no float64 {op} kernel: float64 data is computed in float32",
        "T = np.float32 if X.dtype == np.float64 else X.dtype",
        "elem = helper.np_dtype_to_tensor_dtype(np.dtype(T))",
        f"node = helper.make_node({op!r}, {inputs}, ['Y'], {_kwargs(ctx.params)})",
        f"graph = helper.make_graph([node], {op.lower()!r}, [helper.make_tensor_value_info("
        f"n, elem, None) for n in {inputs}], [helper.make_tensor_value_info('Y', elem, None)])",
        "model = helper.make_model(graph, opset_imports=[helper.make_opsetid('', 17)], "
        "ir_version=8)",
        "session = onnxruntime.InferenceSession(model.SerializeToString(), "
        "providers=['CPUExecutionProvider'])",
        f"y = session.run(None, {{{feeds}}})[0].astype(X.dtype)"]
    return lines


def _spec_lines(ctx) -> list[str]:
    b = ", b" if ctx.bias else ""
    return ["from tconv_sym import TransposedConvSpec",
            "from tconv_sym.interop import from_spec",
            f"X = {ctx.X}  # {ctx.x_note}",
            f"W = {ctx.W}.astype(X.dtype)  # {ctx.w_note}",
            f"spec = {' '.join(repr(ctx.spec).split())}",
            f"y = from_spec(spec).apply(X, W{b})"]


#: target framework -> the lines that build and run its layer (after the imports)
_TARGET_LINES = {"pytorch": _torch_lines, "keras": _keras_lines, "tensorflow": _tf_lines,
                 "jax": _jax_lines, "onnx": _onnx_lines, "tconv_sym": _spec_lines}


def _wrapped(line: str, width: int = 88) -> str:
    """A long ``name = f(a, b, ...)  # note`` as the note on its own line, then the call
    with its arguments packed onto indented continuation lines."""
    if len(line) <= width:
        return line
    code, sep, note = line.partition("  # ")
    indent = code[:len(code) - len(code.lstrip())]
    head = f"{indent}# {note}\n" if sep else ""
    if len(code) <= width or not code.endswith(")"):
        return head + code
    depth, opening = 0, None
    for j in range(len(code) - 1, -1, -1):  # the "(" matching the final ")"
        depth += {")": 1, "(": -1}.get(code[j], 0)
        if depth == 0:
            opening = j + 1
            break
    args = _split_args(code[opening:-1])
    out, current = [code[:opening]], indent + "    "
    for j, part in enumerate(args):
        piece = part + ("," if j < len(args) - 1 else ")")
        if len(current) + len(piece) + 1 > width and current.strip():
            out.append(current.rstrip())
            current = indent + "    "
        current += piece + " "
    out.append(current.rstrip())
    return head + "\n".join(out)


def _split_args(text: str) -> list[str]:
    """Top-level comma-separated pieces of an argument list."""
    parts, depth, start = [], 0, 0
    for j, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:j].strip())
            start = j + 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _crop_lines(c, syn) -> list[str]:
    tgt = c.target
    sp = spatial_letters(tgt.ndim)
    index, pairs = [], []
    size = dict(zip(sp, tgt.out_size))
    for letter in tgt.out_layout:
        if letter in "NC":
            index.append(":")
            pairs.append((0, 0))
            continue
        lo, hi = c.crop[sp.index(letter)]
        index.append(f"{max(lo, 0)}:{size[letter] - max(hi, 0)}")
        pairs.append((max(-lo, 0), max(-hi, 0)))
    crops = c.crop
    text = f"{crops[0]} per dim" if len(set(crops)) == 1 else ", ".join(map(str, crops))
    full = "x".join(map(str, tgt.out_size))
    lines = [f"y = y[{', '.join(index)}]  # crop (start, end) {text} of the {full} output"]
    if any(pair != (0, 0) for pair in pairs):
        lines.append(f"y = {syn.padded('y', pairs)}  # zeros where the crop is negative")
    return lines


def conv_code(eq) -> str:
    """The code of :meth:`ConvEquivalent.to_code` (an ordinary convolution, core layouts in
    and out): the same writers as :func:`conversion_code` — input's dtype, bias, any
    batch, ONNX run by onnxruntime."""
    spec, fw, p = eq.spec, eq.framework, eq.params
    if spec is None:
        raise ValueError(f"{eq!r} has no spec to write code for")
    syn = SYNTAX[fw]
    nd = spec.ndim
    sp = spatial_letters(nd)
    last = fw in ("keras", "tensorflow")  # channels-last data, (*k, I/g, O) kernels
    x_perm = (0, *range(2, nd + 2), 1) if last else tuple(range(nd + 2))
    w_perm = (*range(2, nd + 2), 1, 0) if last else tuple(range(nd + 2))
    X = _relayout(syn, syn.tensor.format("x"), x_perm, ())
    W = _relayout(syn, syn.tensor.format("w"), w_perm, ())
    note = "input N, C, " + sp
    if eq.pre_pad is not None:
        pairs = [(0, 0)] * (nd + 2)
        for j, pair in enumerate(eq.pre_pad):
            pairs[x_perm.index(2 + j)] = tuple(pair)
        X = syn.padded(X, pairs)
        note += ", padded first"
    layout = "N" + sp + "C" if last else "NC" + sp
    keys = {"pytorch": ("bias",), "keras": ("filters", "kernel_size", "use_bias")}.get(fw, ())
    bias = eq.bias or bool(p.get("bias", p.get("use_bias", False)))
    ctx = Target(framework=fw, nd=nd, transposed=False, bias=bias, constructor=p,
                 params={k: v for k, v in p.items() if k not in keys and k != "bias"},
                 out_layout=layout, X=X, W=W, x_note=note,
                 w_note="weight (C_out, C_in/groups, *k)" + (" -> (*k, C_in/groups, C_out)"
                                                             if last else ""))
    lines = [*syn.imports, *_TARGET_LINES[fw](ctx)]
    if last:
        back = (0, nd + 1, *range(1, nd + 1))
        lines.append(f"y = {syn.transpose.format('y', back)}  # back to N, C, {sp}")
    return "\n".join(_wrapped(line) for line in lines)
