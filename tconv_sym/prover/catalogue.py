"""The catalogue: named theorems about (transposed) convolution, and one popular myth.

Each entry is an :class:`~tconv_sym.prover.identity.Identity` whose two sides are built
declaratively from the core builders, declared by one decorator on its ``build`` function
(:class:`~tconv_sym.prover.identity.IdentityTable`; the function's docstring is the entry's
``source``). ``size`` is the size of the input of the operator the identity is about: the
convolution's input for convolution identities, the transposed convolution's input ``x``
for transposed-convolution identities.

:func:`identities` is the prover's catalogue: these built-in entries (:data:`BUILTIN`,
:data:`TABLE`), then the ones you :func:`register`. It is the same whatever else was
imported: no module registers anything when it is imported. Higher layers declare their
own tables (the framework equivalences in :mod:`tconv_sym.interop.identities`), and the
full catalogue, ``tconv_sym.identities()``, is assembled from the tables in layer order by
the highest layer that declares one — the prover never imports them.

>>> from tconv_sym.prover import expr as E
>>> from tconv_sym.prover.identity import Identity
>>> def sides(p, variant):
...     n = p.size
...     return E.down(n, 1), E.eye(n)
>>> mine = Identity("down_by_one_is_identity", "↓1 = I", r"\\downarrow_1 = I", ("size",),
...                 "example", sides)
>>> register(mine) is mine
True
>>> "down_by_one_is_identity" in identities()
True
>>> unregister("down_by_one_is_identity")
"""

from __future__ import annotations

import itertools
import math
from types import MappingProxyType

from ..spec import ConvSpec, TransposedConvSpec
from . import catalogue_fast
from . import constructions as K
from . import expr as E
from .identity import Identity, IdentityTable, Params
from .predicates import constant_indicator

__all__ = ["register", "unregister", "identities", "BUILTIN", "TABLE"]

#: The prover's own identities, in declaration order (one ``@declare`` each, below).
TABLE = IdentityTable("prover")
declare = TABLE.declare

#: The catalogue: the built-in entries (added at the end of this module), then yours.
_REGISTRY: dict[str, Identity] = {}


def register(identity: Identity, *, replace: bool = False) -> Identity:
    """Add ``identity`` to the catalogue (``replace=True`` to overwrite one of that name).

    >>> register(identities()["adjoint_inner_product"], replace=True).name
    'adjoint_inner_product'
    """
    if not isinstance(identity, Identity):
        raise TypeError(f"identity must be an Identity, got {type(identity).__name__}")
    if identity.name in _REGISTRY and not replace:
        raise ValueError(
            f"an identity named {identity.name!r} is already registered; pass replace=True "
            "to overwrite it"
        )
    _REGISTRY[identity.name] = identity
    return identity


def unregister(name: str) -> None:
    """Remove an identity from the catalogue (KeyError names it if absent).

    >>> unregister("no_such_identity")
    Traceback (most recent call last):
        ...
    KeyError: "no identity named 'no_such_identity'"
    """
    if name not in _REGISTRY:
        raise KeyError(f"no identity named {name!r}")
    del _REGISTRY[name]


def identities() -> MappingProxyType:
    """Read-only mapping name -> Identity, in catalogue order: the built-in entries
    (:data:`BUILTIN`), then those you registered.

    >>> list(identities())[:2]
    ['up_is_down_transpose', 'strided_conv_is_downsampled_conv']
    """
    return MappingProxyType(_REGISTRY)


#: The parameters of an identity about one convolution / transposed convolution layer.
_CONV_PARAMS = ("size", "kernel", "stride", "padding", "dilation", "in_channels",
                "out_channels", "groups")
_TCONV_PARAMS = ("size", "kernel", "stride", "padding", "dilation", "output_padding",
                 "in_channels", "out_channels", "groups")


# --------------------------------------------------------------------------------------
# Helpers (the layers themselves come from Params.conv_spec / Params.transposed_spec)
# --------------------------------------------------------------------------------------
def _neg(t):
    return tuple(-x for x in t)


def _signal(name: str, shape: tuple[int, ...]) -> E.Sym:
    """Symbols for one sample ``(C, *spatial)``: named by the spatial shape alone (``x0, x1,
    …``) when there is one channel."""
    return E.sym(name, shape[1:] if shape[0] == 1 else shape)


# --------------------------------------------------------------------------------------
# The identities
# --------------------------------------------------------------------------------------
@declare("up_is_down_transpose", "↑k = ↓kᵀ", r"\uparrow_k = \downarrow_k^{\mathsf T}",
         ("size", "stride", "in_channels"), example={"size": 4, "stride": 2},
         variants={"wrong_phase": "↓k keeps samples 1, k+1, … instead of 0, k, …"})
def _up_is_down_transpose(p: Params, variant):
    """Seed identity (the DSP answer on 'deconvolution'). LHS: zero insertion built as the stride-k
    transposed convolution of the unit kernel with output_padding k−1 (its own tap basis); RHS: the
    transpose of the 0/1 selection matrix ↓k (downsample_matrix). size = n (the input of ↑k),
    stride = k, in_channels = channels."""
    n, k, c = p.size, p.stride, p.in_channels
    zero_insert = TransposedConvSpec(in_size=n, kernel_size=1, stride=k, in_channels=c,
                                     out_channels=c, groups=c,
                                     output_padding=tuple(x - 1 for x in k))
    lhs = E.conv(zero_insert, E.ones(c, label="1"))
    nk = tuple(a * b for a, b in zip(n, k))
    down = E.down(nk, k, channels=c)
    if variant == "wrong_phase":
        down = down @ E.resize(nk, (-1,) * p.ndim, (1,) * p.ndim, channels=c)
    return lhs, down.T


@declare("strided_conv_is_downsampled_conv", "C_s = ↓s C₁   (stride-s convolution = ↓s (q * x))",
         r"C_{q,s} = \downarrow_s C_{q,1}",
         _CONV_PARAMS,
         example={"size": 8, "kernel": 3, "stride": 2, "padding": 1},
         variants={"padding_off_by_one":
                   "the stride-1 convolution padded by one more at the start"})
def _strided_conv_is_downsampled_conv(p: Params, variant):
    """Seed identity. LHS: the stride-s convolution matrix (conv_matrix); RHS: the selection matrix
    ↓s (per output channel) times the stride-1 convolution with the same padding, dilation and
    channels."""
    name = "strided_conv_is_downsampled_conv"
    spec = p.conv_spec(name)
    w = K.kernel_sym("q", spec.weight_shape)
    one = spec.with_(stride=1, padding=spec.padding)  # the padding resolved for stride s
    dense = E.conv(one, w)
    if variant == "padding_off_by_one":
        shifted = one.with_(padding=tuple((lo + 1, hi) for lo, hi in one.padding))
        dense = E.resize(shifted.out_size, 0, -1, channels=spec.out_channels) @ E.conv(
            shifted, w)
    rhs = E.down(one.out_size, spec.stride, channels=spec.out_channels) @ dense
    return E.conv(spec, w), rhs


@declare("dilated_conv_is_upsampled_kernel", "C(q, dilation d) = C(↑d q, dilation 1)",
         r"C_{q,\,\mathrm{dil}=d} = C_{\uparrow_d q}",
         _CONV_PARAMS,
         example={"size": 8, "kernel": 3, "dilation": 2, "padding": 2},
         variants={"zeros_before_taps": "the kernel's zeros inserted before each tap "
                                        "(differs for dilation ≥ 2)"})
def _dilated_conv_is_upsampled_kernel(p: Params, variant):
    """Seed identity. LHS: the dilated convolution (conv_matrix with dilation d); RHS: the
    undilated convolution whose kernel is ↑d q cropped to its span d(k−1)+1 (upsample_matrix and
    crop_matrix applied to the kernel), same stride, padding, channels."""
    name = "dilated_conv_is_upsampled_kernel"
    spec = p.conv_spec(name)
    ws = spec.weight_shape
    w = K.kernel_sym("q", ws)
    if variant == "zeros_before_taps":
        k, d = tuple(ws[2:]), spec.dilation
        ch = ws[0] * ws[1]
        span = tuple(a * b for a, b in zip(k, d))
        kern = E.crop(span, tuple((x - 1, 0) for x in d), channels=ch) @ E.up(k, d, channels=ch)
        kern = kern @ w
    else:
        kern = K.dilate_kernel(w, ws, spec.dilation)
    plain = spec.with_(kernel_size=K.dilated_shape(ws, spec.dilation)[2:],
                       dilation=(1,) * spec.ndim)
    return E.conv(spec, w), E.conv(plain, kern)


@declare("transposed_conv_is_conv_of_upsampled", "crop_p(q * (↑s x)) = (↓s (q*)ᵀ)ᵀ x = Cᵀ x",
         r"\mathrm{crop}_p\,(q * {\uparrow_s} x) = (\downarrow_s (q*)^{\mathsf T})^{\mathsf T} x"
         r" = C^{\mathsf T} x",
         ("size", "kernel", "stride", "padding", "dilation", "output_padding"), example={"size": 2,
         "kernel": 3, "stride": 2},
         variants={"no_flip": "q ⋆ (correlation, kernel not flipped) instead of q *",
         "crop_off_by_one": "the output window shifted by one sample"})
def _transposed_conv_is_conv_of_upsampled(p: Params, variant):
    """Seed identity, the mission statement. LHS: zero insertion (↑s, cropped to (i−1)s+1), then
    the full DSP convolution q* (conv_matrix, mode='convolution', padding 'full', dilation d), then
    crop p_lo at the start and p_hi − output_padding at the end; RHS: the library's transposed
    convolution (conv_transpose_matrix: the transpose of the stride-s convolution = (↓s (q*)ᵀ)ᵀ).
    One channel; size = x."""
    name = "transposed_conv_is_conv_of_upsampled"
    t = p.transposed_spec(name, in_channels=1, out_channels=1, groups=1)
    q = K.kernel_sym("q", t.weight_shape)
    i, s = t.in_size, t.stride
    zero_insert, upsampled = K.zero_insert(i, s)
    mode = "correlation" if variant == "no_flip" else "convolution"
    dsp = ConvSpec(in_size=upsampled, kernel_size=t.kernel_size, padding="full",
                   dilation=t.dilation, mode=mode)
    lo = _neg(t.pad_lo)
    hi = tuple(o - f - a for o, f, a in zip(t.out_size, dsp.out_size, lo))
    if variant == "crop_off_by_one":
        lo, hi = tuple(x - 1 for x in lo), tuple(x + 1 for x in hi)
    lhs = E.resize(dsp.out_size, lo, hi) @ E.conv(dsp, q) @ zero_insert
    return lhs, E.conv(t, q)


@declare("transposed_conv_is_scatter", "Cᵀ x = Σ_{ci,n} x[ci,n] · (w[ci] placed at offset n·s)",
         r"C^{\mathsf T} x = \sum_{c,n} x_{c,n}\, \mathrm{place}_{ns}(w_c)", _TCONV_PARAMS,
         example={"size": 3, "kernel": 3, "stride": 2, "padding": 1, "output_padding": 1},
         variants={"flipped_kernel": "each placed kernel reversed",
         "offset_off_by_one": "kernels placed at n·s + 1"})
def _transposed_conv_is_scatter(p: Params, variant):
    """The 'blow up each input pixel by the kernel' picture (tutorial, scatter form). LHS:
    conv_transpose_matrix; RHS: built column by column from selection matrices only: the kernel
    slice w[ci] (crop of the weight), dilated (↑d, crop), zero-padded to offset n·s of the full
    output (pad), cropped by the padding (crop, pad for output_padding), embedded in ci's group of
    output channels (pad)."""
    t = p.transposed_spec("transposed_conv_is_scatter")
    w = K.kernel_sym("q", t.weight_shape)
    rhs = _scatter_columns(t, w, flipped=variant == "flipped_kernel",
                           offset=1 if variant == "offset_off_by_one" else 0)
    return E.conv(t, w), rhs


def _scatter_columns(t, w, *, flipped: bool = False, offset: int = 0) -> E.Columns:
    """The scatter form as a family of columns (``E.columns``), one index per dim: column
    ``(ci, n…)`` is ``w[ci]`` (a crop of the weight's channel dim), dilated, zero-padded to
    offset ``n·s (+ offset)`` of the full output, cropped by the padding and padded by
    output_padding, and padded into ``ci``'s group of output channels. Every amount is
    affine in the indices and sizes, so the family reads for all sizes at once.

    >>> from tconv_sym import TransposedConvSpec
    >>> _scatter_columns(TransposedConvSpec(in_size=3, kernel_size=2, stride=2),
    ...                  E.sym("q", 2)).shape
    (6, 3)
    """
    ws = t.weight_shape
    cin, coutg, g = t.in_channels, ws[1], t.groups
    cing, k, nd = cin // g, tuple(ws[2:]), len(t.in_size)
    span = tuple(d * (a - 1) + 1 for a, d in zip(k, t.dilation))
    full = tuple((n - 1) * s + sp for n, s, sp in zip(t.in_size, t.stride, span))
    lo = tuple(-x for x in t.pad_lo)
    place_crop = E.resize(full, lo, tuple(o - f - a for o, f, a in zip(t.out_size, full, lo)),
                          channels=coutg)
    wdims = (cin, coutg, *k)

    def column(ci, *n):
        kern = E.crop(wdims, ((ci, cin - 1 - ci),) + ((0, 0),) * (1 + nd)) @ w  # w[ci]
        if flipped:
            kern = K.flip_kernel(kern, (1, coutg, *k))
        kern = K.dilate_kernel(kern, (1, coutg, *k), t.dilation)
        before = tuple(a * s + offset for a, s in zip(n, t.stride))
        after = tuple((m - 1 - a) * s for a, m, s in zip(n, t.in_size, t.stride))
        col = E.pad(span, tuple(zip(before, after)), channels=coutg) @ kern
        if offset:  # placed one further: the last sample falls off the full output
            grown = tuple(f + offset for f in full)
            col = E.crop(grown, ((0, offset),) * nd, channels=coutg) @ col
        col = place_crop @ col
        if g > 1:
            grp = ci // cing
            col = E.pad((coutg, *t.out_size), ((grp * coutg, (g - 1 - grp) * coutg),)
                        + ((0, 0),) * nd) @ col
        return col

    return E.columns((cin, *t.in_size), column, label=f"scatter({w}, …)")


@declare("transposed_conv_is_direct_conv", "Cᵀ x = conv₁(pad_{d(k−1)−p}(↑s x), flip(swap(w)))",
         r"C^{\mathsf T} x = \mathrm{conv}_1\big(\mathrm{pad}_{d(k-1)-p}({\uparrow_s} x),\ "
         r"\mathrm{flip}(w^{\mathrm{swap}})\big)",
         _TCONV_PARAMS, example={"size": 3, "kernel": 3, "stride": 2, "padding": 1,
         "output_padding": 1}, variants={"no_flip": "kernel not flipped",
         "channels_not_swapped": "weight (C_in, C_out/g) read as (C_out, C_in/g)",
         "padding_off_by_one": "one more zero at the start, one fewer at the end"})
def _transposed_conv_is_direct_conv(p: Params, variant):
    """The 'transposed convolution is a direct convolution' recipe (conv2d_transpose(a, W) ==
    conv2d(a, flip180(swap_in_out(W))) in the MNIST example). LHS: conv_transpose_matrix; RHS: zero
    insertion (↑s), zero padding d(k−1)−p_lo at the start and d(k−1)−p_hi+output_padding at the end
    (crop where negative), then an ordinary stride-1 cross-correlation (conv_matrix) with the
    kernel flipped in every spatial dim (flip_matrix) and the channel axes swapped per group."""
    t = p.transposed_spec("transposed_conv_is_direct_conv")
    ws = t.weight_shape
    w = K.kernel_sym("q", ws)
    i, s = t.in_size, t.stride
    kern = w if variant == "no_flip" else K.flip_kernel(w, ws)
    if variant == "channels_not_swapped":
        if ws[0] * ws[1] > 1 and ws[0] != ws[1] * t.groups:
            raise ValueError(
                "channels_not_swapped needs in_channels == out_channels (otherwise the "
                "unswapped weight does not even fit)"
            )
    else:
        kern, _ = K.swap_channels(kern, ws, t.groups)
    zero_insert, upsampled = K.zero_insert(i, s, channels=t.in_channels)
    span = tuple(e - 1 for e in t.effective_kernel_size)
    lo = tuple(a - b for a, b in zip(span, t.pad_lo))
    hi = tuple(a - b + c for a, b, c in zip(span, t.pad_hi, t.output_padding))
    if variant == "padding_off_by_one":
        lo, hi = tuple(x + 1 for x in lo), tuple(x - 1 for x in hi)
    padded = tuple(u + a + b for u, a, b in zip(upsampled, lo, hi))
    direct = ConvSpec(in_size=padded, kernel_size=t.kernel_size, dilation=t.dilation,
                      in_channels=t.in_channels, out_channels=t.out_channels, groups=t.groups)
    rhs = E.conv(direct, kern) @ E.resize(upsampled, lo, hi, channels=t.in_channels) @ zero_insert
    return E.conv(t, w), rhs


def _forward_restricted(t: TransposedConvSpec, w: E.Expr) -> E.Expr:
    """The convolution ``t.conv`` keeping its first ``t.in_size`` outputs."""
    c = t.conv
    extra = tuple(o - i for o, i in zip(c.out_size, t.in_size))
    fwd = E.conv(c, w)
    if any(extra):
        fwd = E.resize(c.out_size, 0, _neg(extra), channels=c.out_channels) @ fwd
    return fwd


def _declare_gradient(name: str, statement: str, latex: str, flipped: str):
    """The two gradient identities: a transposed layer's parameters, one example, and the
    flipped-kernel variant described by ``flipped``."""
    return declare(name, statement, latex, _TCONV_PARAMS,
                   example={"size": 3, "kernel": 3, "stride": 2, "padding": 1},
                   variants={"flipped_kernel": flipped})


@_declare_gradient(
    "transposed_conv_is_input_gradient",
    "Cᵀ = ∂²(gᵀ C x)/∂x∂g   (the VJP of the convolution w.r.t. its input)",
    r"C^{\mathsf T} = \frac{\partial^2 (g^{\mathsf T} C x)}{\partial x\,\partial g}",
    "the gradient of the convolution with the flipped kernel")
def _transposed_conv_is_input_gradient(p: Params, variant):
    """conv2d_transpose(a, W) == conv2d_backprop_input(input_shape, W, a) (TensorFlow; Caffe's
    backward pass). LHS: conv_transpose_matrix; RHS: the scalar gᵀ C x for symbolic x and cotangent
    g (C = conv_matrix of the forward convolution), differentiated w.r.t. x and then g (SymPy
    jacobians / tap-basis coefficients): no transpose is taken anywhere."""
    t = p.transposed_spec("transposed_conv_is_input_gradient")
    ws = t.weight_shape
    w = K.kernel_sym("q", ws)
    x, g = _signal("x", t.conv.in_shape), _signal("g", (t.in_channels, *t.in_size))
    kern = K.flip_kernel(w, ws) if variant == "flipped_kernel" else w
    loss = g.T @ _forward_restricted(t, kern) @ x
    return E.conv(t, w), E.grad(loss, x, g)


@_declare_gradient(
    "transposed_conv_gradient_is_conv",
    "∂²(gᵀ Cᵀ x)/∂x∂g = C   (backward of the transposed convolution = forward conv)",
    r"\frac{\partial^2 (g^{\mathsf T} C^{\mathsf T} x)}{\partial x\,\partial g} = C",
    "RHS convolution with the flipped kernel")
def _transposed_conv_gradient_is_conv(p: Params, variant):
    """'Forward and backward passes swap.' LHS: the scalar gᵀ Cᵀ x (Cᵀ = conv_transpose_matrix)
    differentiated w.r.t. x and g; RHS: the forward convolution (conv_matrix of spec.conv; its
    first in_size outputs when output_padding ≥ stride)."""
    t = p.transposed_spec("transposed_conv_gradient_is_conv")
    ws = t.weight_shape
    w = K.kernel_sym("q", ws)
    x, g = _signal("x", (t.in_channels, *t.in_size)), _signal("g", t.out_shape)
    loss = g.T @ E.conv(t, w) @ x
    kern = K.flip_kernel(w, ws) if variant == "flipped_kernel" else w
    return E.grad(loss, x, g), _forward_restricted(t, kern)


@declare("adjoint_inner_product", "⟨Cx, y⟩ = ⟨x, Cᵀy⟩",
         r"\langle Cx, y\rangle = \langle x, C^{\mathsf T} y\rangle",
         _CONV_PARAMS,
         example={"size": 5, "kernel": 3, "stride": 2, "padding": 1},
         variants={"flipped_kernel": "Cᵀ taken with the kernel flipped (mode='convolution')"})
def _adjoint_inner_product(p: Params, variant):
    """Definition of the adjoint (dot-product test). LHS: (C x)ᵀ y with C = conv_matrix; RHS: xᵀ
    (Cᵀ y) with Cᵀ = conv_transpose_matrix of spec.transposed(output_size=in_size); x, y, q all
    symbolic (a trilinear polynomial, compared monomial by monomial)."""
    spec = p.conv_spec("adjoint_inner_product")
    w = K.kernel_sym("q", spec.weight_shape)
    x, y = _signal("x", spec.in_shape), _signal("y", spec.out_shape)
    t = spec.transposed(output_size=spec.in_size)
    if variant == "flipped_kernel":
        t = t.with_(mode="convolution")
    lhs = (E.conv(spec, w) @ x).T @ y
    rhs = x.T @ (E.conv(t, w) @ y)
    return lhs, rhs


@declare("nearest_upsample_conv_is_transposed_conv",
         "q * (repeat_k x) = ConvTranspose_k((1 … 1) * q) x, cropped by k_q−1−p",
         r"q * \mathrm{rep}_k x = C^{\mathsf T}_{k,\ \mathbf 1_k * q}\, x",
         ("size", "kernel", "stride", "padding", "in_channels", "out_channels", "groups"),
         example={"size": 2, "kernel": 3, "stride": 2, "padding": 2},
         variants={"zero_insertion": "↑k (zero insertion) instead of nearest repetition",
         "alignment_off_by_one": "the transposed output shifted by one sample"})
def _nearest_upsample_conv_is_transposed_conv(p: Params, variant):
    """Seed identity ('resize-convolution' vs deconvolution; for k = 2, q = (q0, q1, q2) the kernel
    is (q0, q0+q1, q1+q2, q2)). LHS: nearest upsampling (Σ_r shift_r ↑k, from upsample/pad/crop
    matrices) followed by the DSP convolution q* with padding p (conv_matrix, mode='convolution');
    RHS: the stride-k transposed convolution (conv_transpose_matrix) with kernel (1…1)*q — the full
    convolution of q with a box of k ones — and padding k_q−1−p_lo, k_q−1−p_hi. stride = k."""
    name = "nearest_upsample_conv_is_transposed_conv"
    k, n = p.stride, p.size
    q_conv = ConvSpec(in_size=tuple(a * b for a, b in zip(n, k)),
                      kernel_size=p.need_kernel(name), padding=p.padding, mode="convolution",
                      in_channels=p.in_channels, out_channels=p.out_channels, groups=p.groups)
    ws = q_conv.weight_shape
    for dim, ((lo, hi), kk) in enumerate(zip(q_conv.padding, q_conv.kernel_size)):
        if max(lo, hi) > kk - 1:
            raise ValueError(
                f"{name}: padding[{dim}]={(lo, hi)} exceeds kernel−1={kk - 1}; the identity "
                "is stated for padding up to 'full'"
            )
    w = K.kernel_sym("q", ws)
    up = E.up(n, k, channels=q_conv.in_channels) if variant == "zero_insertion" else K.repeat(
        n, k, channels=q_conv.in_channels)
    lhs = E.conv(q_conv, w) @ up
    boxed, bws = K.box_kernel(w, ws, k)
    v, _ = K.swap_channels(boxed, bws, p.groups)
    t = TransposedConvSpec(
        in_size=n, kernel_size=bws[2:], stride=k,
        padding=tuple((kk - 1 - lo, kk - 1 - hi)
                      for kk, (lo, hi) in zip(q_conv.kernel_size, q_conv.padding)),
        in_channels=q_conv.in_channels, out_channels=q_conv.out_channels, groups=p.groups)
    rhs = E.conv(t, v)
    if variant == "alignment_off_by_one":
        rhs = E.resize(t.out_size, (1,) * p.ndim, (-1,) * p.ndim,
                       channels=t.out_channels) @ rhs
    return lhs, rhs


@declare("polyphase_decomposition",
         "Cᵀ_s x = crop_p Σ_r shift_r ↑s (q[r::s] * x)   (s^d stride-1 convolutions)",
         r"C^{\mathsf T}_s x = \mathrm{crop}_p \sum_{r} \mathrm{shift}_r \uparrow_s "
         r"(q_{[r::s]} * x)",
         _TCONV_PARAMS, example={"size": 3, "kernel": 4, "stride": 2, "padding": 1},
         variants={"wrong_phase": "slot r filled from sub-kernel q[r+1::s]"})
def _polyphase_decomposition(p: Params, variant):
    """Polyphase / sub-pixel convolution (depth-to-space, pixel shuffle). LHS:
    conv_transpose_matrix; RHS: for each phase r (per dim), the sub-kernel q[r::s] of the dilated
    kernel (crop, ↓s on the kernel), an ordinary full DSP convolution with it (conv_matrix,
    mode='convolution', channels swapped per group), interleaved by ↑s and a shift by r, summed,
    then cropped by the padding (and padded by output_padding)."""
    t = p.transposed_spec("polyphase_decomposition")
    ws = t.weight_shape
    w = K.kernel_sym("q", ws)
    dws = K.dilated_shape(ws, t.dilation)
    dil = K.dilate_kernel(w, ws, t.dilation)
    i, s, cout = t.in_size, t.stride, t.out_channels
    full = tuple((n - 1) * st + k for n, st, k in zip(i, s, dws[2:]))
    terms = []
    for r in itertools.product(*(range(x) for x in s)):
        taken = r
        if variant == "wrong_phase":
            taken = tuple((a + 1) % st for a, st in zip(r, s))
        sub = K.phase_kernel(dil, dws, taken, s)
        if sub is None:
            continue  # no tap falls in this phase: it contributes nothing
        kern, sws = sub
        kern, cws = K.swap_channels(kern, sws, t.groups)
        phase_conv = ConvSpec(in_size=i, kernel_size=cws[2:], padding="full",
                              mode="convolution", in_channels=t.in_channels,
                              out_channels=cout, groups=t.groups)
        m = phase_conv.out_size
        spread = tuple(a * st for a, st in zip(m, s))
        hi = tuple(f - (sp + a) for f, sp, a in zip(full, spread, r))
        interleave = E.resize(spread, r, hi, channels=cout) @ E.up(m, s, channels=cout)
        terms.append(interleave @ E.conv(phase_conv, kern))
    out = E.Add(tuple(terms)) if len(terms) > 1 else terms[0]
    lo = _neg(t.pad_lo)
    hi = tuple(o - f - a for o, f, a in zip(t.out_size, full, lo))
    return E.conv(t, w), E.resize(full, lo, hi, channels=cout) @ out


@declare("checkerboard_free_iff_divisible",
         "[Cᵀ·1 constant away from the borders] = [s divides k in every dim]",
         r"[\,C^{\mathsf T}\mathbf 1 \text{ constant inside}\,] = [\,s \mid k\,]",
         ("size", "kernel", "stride"), example={"size": 6, "kernel": 3, "stride": 2},
         variants={"borders_included": "constancy tested on the whole output, borders included"})
def _checkerboard_free_iff_divisible(p: Params, variant):
    """Checkerboard artifacts of deconvolution (Odena, Dumoulin & Olah 2016). LHS: the overlap
    counts Cᵀ·1 (conv_transpose_matrix of the all-ones kernel times ones) on the interior — crop
    k−1 at each border — tested for constancy; RHS: the divisibility of every kernel size by its
    stride. Both are 0/1 (Iverson brackets), computed for the sizes given (padding 0,
    dilation 1)."""
    name = "checkerboard_free_iff_divisible"
    k, s, n = p.need_kernel(name), p.stride, p.size
    for dim, (nn, kk, ss) in enumerate(zip(n, k, s)):
        need = 1 - (-(ss + kk - 2) // ss)
        if nn < need:
            raise ValueError(
                f"{name}: size[{dim}]={nn} is too small to see a whole period of stride "
                f"{ss} away from the borders with kernel {kk}; use size >= {need}"
            )
    t = TransposedConvSpec(in_size=n, kernel_size=k, stride=s)
    counts = E.conv(t, E.ones(math.prod(k), label="1")) @ E.ones(math.prod(n), label="1")
    if variant != "borders_included":
        counts = E.crop(t.out_size, tuple((kk - 1, kk - 1) for kk in k)) @ counts
    constant = E.apply(constant_indicator, counts, (1, 1), "[Cᵀ·1 is constant on the interior]")
    divisible = int(all(kk % ss == 0 for kk, ss in zip(k, s)))
    return constant, E.fixed([[divisible]], f"[s | k in every dim] = {divisible}")


@declare("bilinear_kernel_is_bilinear_interpolation",
         "ConvTranspose_f(bilinear kernel) x = bilinear_interp_f(x)  (away from borders)",
         r"C^{\mathsf T}_{f,\ \mathrm{bilinear}}\, x = \mathrm{interp}_f(x)",
         ("size", "stride", "in_channels"), example={"size": 4, "stride": 2},
         variants={"align_corners_true": "interpolation with align_corners=True"})
def _bilinear_kernel_is_bilinear_interpolation(p: Params, variant):
    """FCN's upsampling initialisation (Long, Shelhamer & Darrell; upsample_filt). LHS:
    conv_transpose_matrix with the bilinear kernel of size 2f − f mod 2 (exact rationals), stride
    f, padding ceil((f−1)/2), one filter per channel; RHS: the Kronecker product of 1-D linear
    interpolation matrices (align_corners=False, src = (m+½)/f − ½) built from that definition.
    Both restricted to the outputs whose two neighbours lie inside the input. stride = f; kernel
    and padding are derived."""
    f, n, c = p.stride, p.size, p.in_channels
    if any(getattr(type(v), "symbolic_int", False) for v in (*n, c)):
        raise TypeError(
            "bilinear_kernel_is_bilinear_interpolation is proved at fixed sizes only: its "
            "kernel carries rational weights 1 − |t − c|/f and its interpolation matrix "
            "weights (m + ½)/f − ½ per output row, while the parametric engine's relations "
            "hold 0/1 coefficients (a relation per weight value, one per phase, would be "
            "needed: not implemented)")
    k = tuple(2 * x - x % 2 for x in f)
    pads = tuple(-(-(x - 1) // 2) for x in f)
    t = TransposedConvSpec(in_size=n, kernel_size=k, stride=f, padding=pads,
                           in_channels=c, out_channels=c)
    rows = [K.interpolation_rows(nn, ff) for nn, ff in zip(n, f)]
    window = E.crop(t.out_size, tuple((lo, o - 1 - hi) for (lo, hi), o in
                                      zip(rows, t.out_size)), channels=c)
    lhs = window @ E.conv(t, K.bilinear_weight(f, c))
    aligned = variant == "align_corners_true"
    factors = [K.interpolation_matrix(nn, ff, r, aligned) for nn, ff, r in zip(n, f, rows)]
    rhs = E.kron(*factors)
    if c > 1:
        rhs = E.kron(E.eye(1, channels=c), rhs)
    return lhs, rhs


@declare("matched_filter_is_conjugate_reversal",
         "(q*)ᴴ = (conj(q reversed))*   (for complex kernels)",
         r"(q*)^{\mathsf H} = \overline{\tilde q}\,*",
         ("size", "kernel", "padding", "dilation", "in_channels", "out_channels", "groups"),
         example={"size": 4, "kernel": 3, "padding": 1},
         variants={"no_conjugate": "plain transpose instead of the conjugate transpose",
         "not_reversed": "kernel conjugated but not reversed"})
def _matched_filter_is_conjugate_reversal(p: Params, variant):
    """The matched filter (signal processing): the adjoint of convolution with q is correlation
    with q, i.e. convolution with conj(q) reversed. LHS: the conjugate transpose of the DSP
    convolution (conv_matrix, mode='convolution', stride 1) with complex symbols; RHS: the DSP
    convolution with the reversed (flip_matrix), conjugated kernel, channels swapped per group, on
    the output padded by d(k−1)−p (cropped where negative). stride is not used (the adjoint of a
    strided convolution is a transposed convolution)."""
    spec = p.conv_spec("matched_filter_is_conjugate_reversal", stride=1, mode="convolution")
    ws = spec.weight_shape
    w = K.kernel_sym("q", ws)
    lhs = E.conv(spec, w).T if variant == "no_conjugate" else E.conv(spec, w).H
    kern = w if variant == "not_reversed" else K.flip_kernel(w, ws)
    kern, _ = K.swap_channels(kern, ws, spec.groups)
    span = tuple(e - 1 for e in spec.effective_kernel_size)
    lo = tuple(a - b for a, b in zip(span, spec.pad_lo))
    hi = tuple(a - b for a, b in zip(span, spec.pad_hi))
    padded = tuple(o + a + b for o, a, b in zip(spec.out_size, lo, hi))
    adj = ConvSpec(in_size=padded, kernel_size=spec.kernel_size, dilation=spec.dilation,
                   mode="convolution", in_channels=spec.out_channels,
                   out_channels=spec.in_channels, groups=spec.groups)
    rhs = E.conv(adj, kern.conjugate()) @ E.resize(spec.out_size, lo, hi,
                                                   channels=spec.out_channels)
    return lhs, rhs


@declare("separable_kernel_is_kronecker",
         "C(a ⊗ b) = C(a) ⊗ C(b)   (outer-product kernel = Kronecker product)",
         r"C_{a \otimes b} = C_a \otimes C_b", ("size", "kernel", "stride", "padding", "dilation"),
         example={"size": (4, 5), "kernel": (2, 3)},
         variants={"factors_swapped": "Kronecker factors in the wrong order"})
def _separable_kernel_is_kronecker(p: Params, variant):
    """Separable filters. LHS: the 2-D/3-D convolution (conv_matrix) whose kernel is the outer
    product of symbolic 1-D kernels a, b (, c) — bilinear in them; RHS: the Kronecker product of
    the 1-D convolution matrices of each dim (own stride, padding, dilation). One channel."""
    name = "separable_kernel_is_kronecker"
    if p.ndim < 2:
        raise ValueError(f"{name} needs at least 2 spatial dims, got size={p.size[0]}; give "
                         "size as a tuple such as (4, 5)")
    spec = p.conv_spec(name, in_channels=1, out_channels=1, groups=1)
    letters = "abcdefgh"
    factors = [E.sym(letters[d], (spec.kernel_size[d],)) for d in range(spec.ndim)]
    lhs = E.conv(spec, E.kron(*factors))
    one_d = [
        E.conv(ConvSpec(in_size=spec.in_size[d], kernel_size=spec.kernel_size[d],
                        stride=spec.stride[d], padding=(spec.padding[d],),
                        dilation=spec.dilation[d]), factors[d])
        for d in range(spec.ndim)
    ]
    if variant == "factors_swapped":
        one_d[0], one_d[1] = one_d[1], one_d[0]
    return lhs, E.kron(*one_d)


@declare("output_size_roundtrip",
         "out(Cᵀ with a = (i+p_lo+p_hi−d(k−1)−1) mod s) = i  for padding none/zero/same/full",
         r"o\big(C^{\mathsf T}_{a}\big) = i,\quad a = (i + p_{lo} + p_{hi} - d(k-1) - 1) \bmod s",
         ("size", "kernel", "stride", "padding", "dilation"), example={"size": 8, "kernel": 3,
         "stride": 2, "padding": 1}, variants={"no_output_padding": "output_padding left at 0"})
def _output_size_roundtrip(p: Params, variant):
    """The output_padding rule of PyTorch/Keras (output size ambiguity of strided transposed
    convolutions). LHS: the output size of TransposedConvSpec with that output_padding, for the
    given padding and for 'valid', 'same', 'full'; RHS: the convolution's input size (one row per
    padding kind and dim; sizes from spec.py)."""
    name = "output_size_roundtrip"
    k = p.need_kernel(name)
    kinds = [p.padding] + [w for w in ("valid", "same", "full") if w != p.padding]
    lhs_rows, rhs_rows, labels = [], [], []
    for kind in kinds:
        try:
            c = ConvSpec(in_size=p.size, kernel_size=k, stride=p.stride, padding=kind,
                         dilation=p.dilation)
        except ValueError:
            if kind is p.padding:
                raise
            continue  # e.g. 'valid' with a kernel wider than the input: no such layer
        op = tuple((i + lo + hi - d * (kk - 1) - 1) % s
                   for i, (lo, hi), d, kk, s in zip(c.in_size, c.padding, c.dilation,
                                                   c.kernel_size, c.stride))
        if variant == "no_output_padding":
            op = (0,) * c.ndim
        t = TransposedConvSpec(in_size=c.out_size, kernel_size=k, stride=p.stride,
                               padding=c.padding, dilation=p.dilation, output_padding=op)
        for dim in range(c.ndim):
            lhs_rows.append([t.out_size[dim]])
            rhs_rows.append([c.in_size[dim]])
            shown = p.show("padding") if kind is p.padding else f"padding={kind!r}"
            labels.append(f"{shown}, dim {dim}")
    lhs = E.fixed(lhs_rows, "transposed output sizes", labels)
    rhs = E.fixed(rhs_rows, "convolution input sizes", labels)
    return lhs, rhs


@declare("transposed_conv_is_inverse", "CᵀC = I   (\"deconvolution undoes convolution\")",
         r"C^{\mathsf T} C = I",
         _CONV_PARAMS,
         myth=True, example={"size": 4, "kernel": 3, "padding": 1})
def _transposed_conv_is_inverse(p: Params, variant):
    """A popular myth: the name 'deconvolution' suggests that the transposed convolution inverts
    the convolution. LHS: conv_transpose_matrix times conv_matrix (quadratic in q); RHS: the
    identity. Refuted: the diagonal holds sums of squares of taps."""
    spec = p.conv_spec("transposed_conv_is_inverse")
    w = K.kernel_sym("q", spec.weight_shape)
    t = spec.transposed(output_size=spec.in_size)
    return E.conv(t, w) @ E.conv(spec, w), E.eye(spec.in_size, channels=spec.in_channels)


#: The prover's own entries, in order: these, then the fast algorithms'
#: (:mod:`~tconv_sym.prover.catalogue_fast`).
_ENTRIES = TABLE.entries + catalogue_fast.TABLE.entries
_REGISTRY.update((ident.name, ident) for ident in _ENTRIES)

#: The names of the prover's own catalogue, in order.
BUILTIN = tuple(ident.name for ident in _ENTRIES)
