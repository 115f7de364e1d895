"""Catalogue entries about fast algorithms: Winograd / Toom–Cook forms equal the direct ones.

Declared like the others (one ``@declare`` each); :mod:`~tconv_sym.prover.catalogue` adds
:data:`TABLE` after its own entries. The sides are built by
:mod:`~tconv_sym.prover.winograd_forms` from the exact transforms of
:mod:`tconv_sym.winograd`, so the proof covers the very matrices the NumPy form and the
generated kernels use. ``winograd_tile_is_correlation`` is proved at fixed sizes only (its
size is the tile, so each size is another ``F(m, r)``); ``winograd_phases_are_transposed_conv``
also for every input size (``all_sizes=True``): the tile lemma at its fixed ``F(2, L)``, exact,
then the Kronecker mixed-product law turns each tiled form into ``I_T ⊗ (tile correlation)``,
which the parametric engine decides (:mod:`tconv_sym.prover.parametric.fast_forms`). The
padding and output_padding may be symbols too (``padding="p"``: one path per ``p mod s``,
the domain exact); the kernel size may not (it chooses ``F(2, L)``: declined, with why).

>>> from tconv_sym.prover import prove
>>> prove("winograd_tile_is_correlation", size=6, kernel=3).holds        # F(4, 3)
True
>>> prove("winograd_tile_is_correlation", size=4, kernel=3, variant="bt_transposed").holds
False
>>> q = prove("winograd_phases_are_transposed_conv", all_sizes=True, kernel=4, stride=2,
...           padding="p")
>>> q.holds, q.domain
(True, 'n ≥ 1 and 0 ≤ p ≤ n')
"""

from __future__ import annotations

import dataclasses

from ..winograd import winograd
from . import constructions as K
from . import expr as E
from .identity import IdentityTable, Params
from .winograd_forms import (
    Transforms,
    other_point,
    phase_forms,
    refuse_symbolic,
    refuse_symbolic_kernel,
    tile_form,
)

__all__ = ["TABLE", "PHASE_TILE", "phases_identity"]

#: The fast-algorithm identities, in declaration order.
TABLE = IdentityTable("prover-fast")
declare = TABLE.declare

#: The output tile ``m`` of every phase in ``winograd_phases_are_transposed_conv`` (the
#: default of :func:`tconv_sym.fast_algorithms.winograd_conv_transpose`); other tiles:
#: :func:`~tconv_sym.prover.winograd_forms.phase_forms` with ``m=``.
PHASE_TILE = 2


def _transforms(m: int, r: int, variant) -> Transforms:
    """The exact transforms of F(m, r), one of them broken for ``variant``."""
    f = winograd(m, r)
    t = Transforms.of(f)
    if variant == "wrong_point":
        return t.replace(g=Transforms.of(other_point(f)).g)
    if variant == "bt_transposed":
        return t.replace(bt=E.fixed(f.BT.T.tolist(), f"BT{(m, r)}ᵀ"))
    if variant == "at_of_other_m" and r >= 2:
        other = winograd(m + 1, r - 1)  # the same tile n and points
        return t.replace(at=E.crop(m + 1, (0, 1)) @ E.fixed(other.AT.tolist(),
                                                            f"AT{(m + 1, r - 1)}"))
    return t


@declare("winograd_tile_is_correlation",
         "Aᵀ diag(G q) Bᵀ = C_valid(q)   (F(m, r) with m = size − kernel + 1, nested per dim, "
         "summed over the input channels)",
         r"(I_O \otimes \mathbf 1_C^{\mathsf T} \otimes A^{\mathsf T})\,"
         r"\mathrm{diag}\big((I_{OC} \otimes G)\,q\big)\,(\mathbf 1_O \otimes I_C \otimes "
         r"B^{\mathsf T}) = C_q",
         ("size", "kernel", "in_channels", "out_channels"),
         example={"size": 4, "kernel": 3},
         variants={"wrong_point": "G built for another interpolation point than Aᵀ and Bᵀ "
                                  "(the last finite point moved)",
                   "bt_transposed": "Bᵀ replaced by its transpose B",
                   "at_of_other_m": "Aᵀ of F(m+1, r−1) (the same tile n) cut to its first m "
                                    "rows"})
def _winograd_tile_is_correlation(p: Params, variant):
    """Winograd (1980) minimal filtering F(m, r) by Toom–Cook (Lavin & Gray 2016 for CNNs),
    transforms derived exactly (tconv_sym.winograd). size = the tile n = m + r − 1 per dim,
    kernel = r. LHS: the nested fast form (Kronecker products of the per-dim Aᵀ, G, Bᵀ as
    exact rational constants; diag of the transformed weight per channel pair; the sum over
    input channels as 1ᵀ ⊗ Aᵀ); RHS: the valid stride-1 correlation of one tile (conv_matrix
    of ConvSpec(in_size=n, kernel_size=r), PyTorch's convention)."""
    name = "winograd_tile_is_correlation"
    refuse_symbolic(name, p)
    spec = p.conv_spec(name)
    ms = tuple(n - r + 1 for n, r in zip(spec.in_size, spec.kernel_size))
    if min(ms) < 1:
        raise ValueError(f"{name} needs size >= kernel in every dim (the tile holds "
                         f"m = size − kernel + 1 outputs), got size={spec.in_size}, "
                         f"kernel={spec.kernel_size}")
    if variant == "at_of_other_m" and max(spec.kernel_size) < 2:
        raise ValueError(f"the variant at_of_other_m needs kernel >= 2 in some dim, got "
                         f"kernel={spec.kernel_size}")
    w = K.kernel_sym("q", spec.weight_shape)
    dims = [_transforms(m, r, variant) for m, r in zip(ms, spec.kernel_size)]
    fast = tile_form(dims, w, spec.in_channels, spec.out_channels)
    return fast, E.conv(spec, w)


@declare("winograd_phases_are_transposed_conv",
         "Cᵀ = Σ_r P_r [crop (I_T ⊗ Aᵀ) diag((1_T ⊗ G) flip(q_r)) (I_T ⊗ Bᵀ) tiles window_r] "
         "(F(2, L) per phase)",
         r"C^{\mathsf T} = \sum_r P_r\, \mathrm{crop}\,(I_T \otimes A^{\mathsf T})\,"
         r"\mathrm{diag}\big((\mathbf 1_T \otimes G)\,\tilde q_r\big)\,(I_T \otimes "
         r"B^{\mathsf T})\,\mathrm{tiles}\,W_r",
         ("size", "kernel", "stride", "padding", "output_padding", "in_channels",
          "out_channels"),
         example={"size": 3, "kernel": 4, "stride": 2, "padding": 1},
         variants={"wrong_point": "G built for another interpolation point than Aᵀ and Bᵀ",
                   "bt_transposed": "Bᵀ replaced by its transpose B in every phase",
                   "window_off_by_one": "every phase window starts one input later"})
def _winograd_phases_are_transposed_conv(p: Params, variant):
    """The fast plan of tconv_sym.fast_algorithms.winograd_conv_transpose, proved: polyphase
    (every output phase of a transposed convolution is a stride-1 correlation with its
    flipped sub-kernel over an input window, phase_windows) then nested Winograd F(2, L) per
    phase, in tiles of 2 with the border tile zero-padded and cut. LHS: per phase r, the
    window (pad then crop, winograd_forms.window: one structure wherever it lies), the
    overlapping tiles (stacked crops), the tiled fast form (kron with I_T and 1_T, diag), the
    border cut (crop), placed into the output by ↑s and a shift by r (up, window), summed
    over phases; RHS: conv_transpose_matrix. Groups 1, dilation 1. All sizes: padding and
    output_padding may be symbols; the kernel size is fixed (it sets F(2, L))."""
    return _phase_sides(p, variant, PHASE_TILE, "winograd_phases_are_transposed_conv")


def _phase_sides(p: Params, variant, m: int, name: str):
    refuse_symbolic_kernel(name, p)
    t = p.transposed_spec(name)
    w = K.kernel_sym("q", t.weight_shape)
    broken = variant if variant in ("wrong_point", "bt_transposed") else None
    fast = phase_forms(t, w, m, lambda mi, r: _transforms(mi, r, broken),
                       shift=1 if variant == "window_off_by_one" else 0)
    return fast, E.conv(t, w)


def phases_identity(m: int):
    """``winograd_phases_are_transposed_conv`` with tiles of ``m`` outputs (``F(m, L)`` per
    phase) instead of :data:`PHASE_TILE`: an :class:`~.identity.Identity` that ``prove`` and
    ``prove_all_sizes`` accept in place of a name (not a catalogue entry).

    >>> from tconv_sym.prover.parametric import prove_all_sizes
    >>> p = prove_all_sizes(phases_identity(4), kernel=3)               # F(4, 3), k3 s1
    >>> p.holds, p.domain
    (True, 'n ≥ 1')
    """
    if not isinstance(m, int) or isinstance(m, bool) or m < 1:
        raise ValueError(f"m must be a positive int (outputs per tile), got {m!r}")
    base = next(e for e in TABLE.entries if e.name == "winograd_phases_are_transposed_conv")
    if m == PHASE_TILE:
        return base
    name = f"winograd{m}_phases_are_transposed_conv"
    return dataclasses.replace(
        base, name=name, statement=base.statement.replace("F(2, L)", f"F({m}, L)"),
        build=lambda p, variant: _phase_sides(p, variant, m, name))
