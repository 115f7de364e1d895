"""Framework equivalences as identities of the prover's catalogue (proved, not only tested).

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

:func:`register_all` adds both to the catalogue with :func:`tconv_sym.prover.register`
(and :func:`unregister_all` removes them). ``import tconv_sym.interop`` calls
:func:`register_all` — the registration comes from above, the prover never imports interop —
and ``tconv_sym.identities()`` / ``tconv_sym.prove`` import interop first, so both are in the
catalogue by default.

>>> import tconv_sym as ts
>>> register_all()
>>> ts.prove("tf_same_is_torch_padding_plus_crop", size=2, kernel=3, stride=2).holds
True
>>> ts.prove("tf_same_is_torch_padding_plus_crop", size=2, kernel=3, stride=2,
...          variant="crop_wrong_side").counterexample
entry (0, 0): lhs = q0, rhs = q1
>>> unregister_all()
"""

from __future__ import annotations

from ..prover import constructions as K
from ..prover import expr as E
from ..prover import register, unregister
from ..prover.catalogue import identities
from ..prover.identity import Identity, Params
from ..spec import ConvSpec, kernel_span
from .conversion import convert
from .jax import jax_transpose_padding, resolve_jax
from .tensorflow import resolve_tf

__all__ = ["IDENTITIES", "register_all", "unregister_all"]


def _tf_same_is_torch_padding_plus_crop(p: Params, variant):
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


def _jax_conv_transpose_is_fractionally_strided(p: Params, variant):
    name = "jax_conv_transpose_is_fractionally_strided"
    k, i, s, d = p.need_kernel(name), p.size, p.stride, p.dilation
    cin, cout = p.in_channels, p.out_channels
    spans = tuple(kernel_span(kk, dd) for kk, dd in zip(k, d))
    pairs = p.pairs()
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


IDENTITIES = (
    Identity(
        name="tf_same_is_torch_padding_plus_crop",
        statement="TF conv_transpose(SAME, output i·s) = crop_c ∘ PyTorch "
                  "ConvTranspose(padding p, output_padding a)",
        latex=r"\big(C^{\mathrm{SAME}}_{i s}\big)^{\mathsf T} = "
              r"\mathrm{crop}_{c}\, C^{\mathsf T}_{p,\,a}",
        parameters=("size", "kernel", "stride", "dilation", "in_channels", "out_channels"),
        source=(
            "TensorFlow conv2d_transpose documentation ('the transpose (gradient) of "
            "conv2d') and PyTorch ConvTranspose semantics. LHS: the transpose of the forward "
            "SAME convolution (conv_matrix, padding 'same': odd sample at the end) of an "
            "input of size i·s with the TF filters re-laid (C_in, C_out, *k); RHS: "
            "conv_transpose_matrix with the symmetric padding and output_padding that "
            "interop.convert(to='pytorch') finds, then crop_matrix / pad_matrix by the "
            "(start, end) crop it reports."
        ),
        build=_tf_same_is_torch_padding_plus_crop,
        variants={"crop_wrong_side": "the crop applied with start and end swapped",
                  "size_matched_padding": "PyTorch padding ⌈total/2⌉ with the output_padding "
                                          "that only matches the size, no crop"},
        example={"size": 2, "kernel": 3, "stride": 2},
    ),
    Identity(
        name="jax_conv_transpose_is_fractionally_strided",
        statement="lax.conv_transpose(x, r) = corr(pad(↑s x), r) = Cᵀ(flip(swap(r))) x",
        latex=r"r \star \mathrm{pad}_{a,b}({\uparrow_s} x) = "
              r"C^{\mathsf T}_{\mathrm{flip}(r^{\mathrm{swap}})}\, x",
        parameters=("size", "kernel", "stride", "padding", "dilation", "in_channels",
                    "out_channels"),
        source=(
            "jax.lax.conv_transpose source (a fractionally strided conv_general_dilated, "
            "lhs_dilation = strides; 'SAME'/'VALID' via _conv_transpose_padding). LHS: zero "
            "insertion (upsample_matrix, cropped to (i−1)s+1), zero padding (a, b) of the "
            "dilated input (padding 'same'/'valid' as JAX computes it, or explicit pairs), "
            "then a stride-1 correlation (conv_matrix) with JAX's kernel r (O, I, *k) as "
            "given; RHS: conv_transpose_matrix of interop.resolve_jax's spec with r's "
            "channel axes swapped and flipped in every spatial dim (flip_matrix), then "
            "the resolution's zeros."
        ),
        build=_jax_conv_transpose_is_fractionally_strided,
        variants={"no_flip": "the kernel used unflipped (transpose_kernel confusion)"},
        example={"size": 2, "kernel": 3, "stride": 2, "padding": "same"},
    ),
)


def register_all(replace: bool = False) -> None:
    """Add the interop identities to the catalogue (``replace=True``: overwrite them).

    >>> register_all()
    >>> "jax_conv_transpose_is_fractionally_strided" in identities()
    True
    >>> unregister_all()
    """
    for ident in IDENTITIES:
        if ident.name in identities() and not replace:
            continue
        register(ident, replace=replace)


def unregister_all() -> None:
    """Remove the interop identities from the catalogue (those present).

    >>> register_all(); unregister_all()
    >>> "tf_same_is_torch_padding_plus_crop" in identities()
    False
    """
    for ident in IDENTITIES:
        if ident.name in identities():
            unregister(ident.name)

