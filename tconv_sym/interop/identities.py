"""Framework equivalences as identities of the catalogue (proved, not only tested), and the
full catalogue: the prover's identities, then these.

Each side is built from a framework's *definition*, not from the resolver being checked:

- ``tf_same_is_torch_padding_plus_crop``: TensorFlow's conv2d_transpose with SAME padding is
  by definition the transpose (gradient) of the forward SAME convolution of an input of size
  ``i·s``; it equals PyTorch's transposed convolution with the ``padding`` /
  ``output_padding`` that :func:`~tconv_sym.interop.convert` picks, followed by the crop it
  reports (``(0, 1)`` for the seed example: no PyTorch padding alone does it);
- ``jax_conv_transpose_is_fractionally_strided``: JAX's ``lax.conv_transpose`` is by
  definition a stride-1 correlation of the zero-inserted, padded input with the kernel as
  given; it equals the transposed convolution of :func:`~tconv_sym.interop.resolve_jax`'s
  spec with the kernel flipped and its channel axes swapped.

Both are declared in :data:`FRAMEWORK` (one decorator each). Nothing is registered when this
module is imported: :func:`catalogue` — what ``tconv_sym.identities()`` returns — assembles
the prover's catalogue and :data:`FRAMEWORK` in that order each time it is called, and
:func:`prove` (``tconv_sym.prove``) looks names up in it. The catalogue is assembled here
because this is the highest layer that declares identities; the prover (a lower layer)
never imports it, so ``tconv_sym.prover.identities()`` is the prover's own catalogue.

>>> import tconv_sym as ts
>>> ts.prove("tf_same_is_torch_padding_plus_crop", size=2, kernel=3, stride=2).holds
True
>>> ts.prove("tf_same_is_torch_padding_plus_crop", size=2, kernel=3, stride=2,
...          variant="crop_wrong_side").counterexample
entry (0, 0): lhs = q0, rhs = q1
"""

from __future__ import annotations

import inspect
from types import MappingProxyType

from ..prover import api
from ..prover import catalogue as prover_catalogue
from ..prover import constructions as K
from ..prover import expr as E
from ..prover.identity import Identity, IdentityTable, Params
from ..spec import ConvSpec, kernel_span
from .conversion import convert
from .jax import jax_transpose_padding, resolve_jax
from .tensorflow import resolve_tf

__all__ = ["FRAMEWORK", "IDENTITIES", "catalogue", "lookup", "prove", "register_all",
           "unregister_all"]

#: The framework equivalences, in declaration order.
FRAMEWORK = IdentityTable("interop")


@FRAMEWORK.declare(
    "tf_same_is_torch_padding_plus_crop",
    "TF conv_transpose(SAME, output i·s) = crop_c ∘ PyTorch ConvTranspose(padding p, "
    "output_padding a)",
    r"\big(C^{\mathrm{SAME}}_{i s}\big)^{\mathsf T} = \mathrm{crop}_{c}\, C^{\mathsf T}_{p,\,a}",
    ("size", "kernel", "stride", "dilation", "in_channels", "out_channels"),
    example={"size": 2, "kernel": 3, "stride": 2},
    variants={"crop_wrong_side": "the crop applied with start and end swapped",
              "size_matched_padding": "PyTorch padding ⌈total/2⌉ with the output_padding "
                                      "that only matches the size, no crop"})
def _tf_same_is_torch_padding_plus_crop(p: Params, variant):
    """TensorFlow conv2d_transpose documentation ('the transpose (gradient) of conv2d') and
    PyTorch ConvTranspose semantics. LHS: the transpose of the forward SAME convolution
    (conv_matrix, padding 'same': odd sample at the end) of an input of size i·s with the TF
    filters re-laid (C_in, C_out, *k); RHS: conv_transpose_matrix with the symmetric padding
    and output_padding that interop.convert(to='pytorch') finds, then crop_matrix /
    pad_matrix by the (start, end) crop it reports."""
    name = "tf_same_is_torch_padding_plus_crop"
    k, i, s, d = p.need_kernel(name), p.size, p.stride, p.dilation
    cin, cout = p.in_channels, p.out_channels
    out = tuple(a * b for a, b in zip(i, s))
    # TensorFlow's definition: the gradient of conv(input of size i*s, SAME) w.r.t. its input
    forward = ConvSpec(in_size=out, kernel_size=k, stride=s, padding="same", dilation=d,
                       in_channels=cout, out_channels=cin)
    w = K.kernel_sym("q", forward.weight_shape)  # (C_in, C_out, *k): TF filters re-laid
    lhs = E.conv(forward, w).T
    # PyTorch: the parameters convert() finds, then its crop
    tf = resolve_tf((1, *i, cin), (*k, cout, cin), (1, *out, cout), s, "SAME", dilations=d)
    c = convert(tf, to="pytorch")
    torch_spec = c.target.spec
    if variant == "size_matched_padding":  # the usual port: symmetric padding, right size
        pads, ops = [], []
        for full, o in zip(c.source.full_size, out):
            total = full - o
            p_ = max(-(-total // 2), 0)
            pads.append(p_)
            ops.append(o - (full - 2 * p_))
        torch_spec = torch_spec.with_(padding=tuple(pads), output_padding=tuple(ops))
        return lhs, E.conv(torch_spec, w)
    crop = c.crop
    if variant == "crop_wrong_side":
        crop = tuple((b, a) for a, b in crop)
    lo = tuple(-a for a, _ in crop)
    hi = tuple(-b for _, b in crop)
    return lhs, E.resize(torch_spec.out_size, lo, hi, channels=cout) @ E.conv(torch_spec, w)


@FRAMEWORK.declare(
    "jax_conv_transpose_is_fractionally_strided",
    "lax.conv_transpose(x, r) = corr(pad(↑s x), r) = Cᵀ(flip(swap(r))) x",
    r"r \star \mathrm{pad}_{a,b}({\uparrow_s} x) = "
    r"C^{\mathsf T}_{\mathrm{flip}(r^{\mathrm{swap}})}\, x",
    ("size", "kernel", "stride", "padding", "dilation", "in_channels", "out_channels"),
    example={"size": 2, "kernel": 3, "stride": 2, "padding": "same"},
    variants={"no_flip": "the kernel used unflipped (transpose_kernel confusion)"})
def _jax_conv_transpose_is_fractionally_strided(p: Params, variant):
    """jax.lax.conv_transpose source (a fractionally strided conv_general_dilated,
    lhs_dilation = strides; 'SAME'/'VALID' via _conv_transpose_padding). LHS: zero insertion
    (upsample_matrix, cropped to (i−1)s+1), zero padding (a, b) of the dilated input
    (padding 'same'/'valid' as JAX computes it, or explicit pairs), then a stride-1
    correlation (conv_matrix) with JAX's kernel r (O, I, *k) as given; RHS:
    conv_transpose_matrix of interop.resolve_jax's spec with r's channel axes swapped and
    flipped in every spatial dim (flip_matrix), then the resolution's zeros."""
    name = "jax_conv_transpose_is_fractionally_strided"
    k, i, s, d = p.need_kernel(name), p.size, p.stride, p.dilation
    cin, cout = p.in_channels, p.out_channels
    spans = tuple(kernel_span(kk, dd) for kk, dd in zip(k, d))
    pairs = p.padding  # parsed once by make_params: a word or (lo, hi) per dim
    if isinstance(pairs, str):
        if pairs not in ("same", "valid"):
            raise ValueError(f"{name} takes padding 'same', 'valid' or (lo, hi) pairs of the "
                             f"dilated input, got {pairs!r}")
        pads = tuple(jax_transpose_padding(sp, st, pairs.upper()) for sp, st in zip(spans, s))
        jax_padding = pairs.upper()
    else:
        pads = pairs
        jax_padding = [tuple(pr) for pr in pairs]
    # JAX's definition: insert s-1 zeros between samples, pad (lo, hi), correlate with rhs
    zero_insert, upsampled = K.zero_insert(i, s, channels=cin)
    direct = ConvSpec(in_size=upsampled, kernel_size=k, padding=pads, dilation=d,
                      in_channels=cin, out_channels=cout)
    rhs_w = K.kernel_sym("r", direct.weight_shape)  # JAX's (O, I, *k), not flipped
    lhs = E.conv(direct, rhs_w) @ zero_insert
    # the resolution: a transposed convolution of the flipped, channel-swapped kernel
    res = resolve_jax((1, *i, cin), (*k, cin, cout), s, jax_padding, rhs_dilation=d)
    w_t, _ = K.swap_channels(rhs_w, direct.weight_shape, 1)
    if variant != "no_flip":
        w_t = K.flip_kernel(w_t, res.spec.weight_shape)
    lo = tuple(a for a, _ in res.zero_pad)
    hi = tuple(b for _, b in res.zero_pad)
    return lhs, E.resize(res.spec.out_size, lo, hi, channels=cout) @ E.conv(res.spec, w_t)


#: The framework identities (a tuple, as before :data:`FRAMEWORK`).
IDENTITIES = FRAMEWORK.entries


def catalogue() -> MappingProxyType:
    """The full catalogue, name -> Identity: the prover's built-in identities, the framework
    equivalences (:data:`FRAMEWORK`), then those registered with
    :func:`tconv_sym.prover.register` (a registered identity of a framework identity's name
    replaces it). Assembled on each call, so it never depends on what was imported.

    >>> names = list(catalogue())
    >>> len(names), names[0], names[19]
    (21, 'up_is_down_transpose', 'tf_same_is_torch_padding_plus_crop')
    """
    lower = prover_catalogue.identities()
    builtin = [n for n in prover_catalogue.BUILTIN if n in lower]
    table = {n: lower[n] for n in builtin}
    table.update((i.name, i) for i in FRAMEWORK.entries if i.name not in lower)
    table.update((n, i) for n, i in lower.items() if n not in table)
    return MappingProxyType(table)


def lookup(name) -> Identity:
    """The identity ``name`` of the full catalogue (an :class:`Identity` is returned as is);
    a ``ValueError`` lists the names and the closest ones.

    >>> lookup("jax_conv_transpose_is_fractionally_strided").parameters[:3]
    ('size', 'kernel', 'stride')
    """
    return api.lookup(name, catalogue())


def prove(name, **params):
    """:func:`tconv_sym.prover.prove` with ``name`` looked up in the full catalogue
    (:func:`catalogue`): the same keywords (``size``, ``kernel``, ``stride``, ``padding``,
    …, ``engine``, ``variant``, ``all_sizes``), the same :class:`~tconv_sym.prover.Proof`.

    >>> prove("jax_conv_transpose_is_fractionally_strided", size=2, kernel=3, stride=2,
    ...       padding="same").holds
    True
    """
    return api.prove(lookup(name), **params)


prove.__signature__ = inspect.signature(api.prove)


def register_all(replace: bool = False) -> None:
    """Also put the framework identities into the prover's own catalogue
    (:func:`tconv_sym.prover.identities`; the full catalogue has them already).

    >>> from tconv_sym.prover import identities
    >>> register_all(); "tf_same_is_torch_padding_plus_crop" in identities()
    True
    >>> unregister_all(); "tf_same_is_torch_padding_plus_crop" in identities()
    False
    """
    for ident in FRAMEWORK.entries:
        if ident.name in prover_catalogue.identities() and not replace:
            continue
        prover_catalogue.register(ident, replace=replace)


def unregister_all() -> None:
    """Take out of the prover's catalogue what :func:`register_all` put there (those present).

    >>> unregister_all()
    >>> "tf_same_is_torch_padding_plus_crop" in catalogue()
    True
    """
    for ident in FRAMEWORK.entries:
        if prover_catalogue.identities().get(ident.name) is ident:
            prover_catalogue.unregister(ident.name)
