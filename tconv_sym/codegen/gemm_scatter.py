"""The scatter (col2im) GEMM form of a polyphase C kernel, for few output channels.

With one to seven output channels per group, the phase GEMMs of :mod:`.gemm` have too few
rows to fill a register tile. The scatter form makes the *taps* the rows instead:

    ``col[(tap, a), p] = Σ_c  W[a, c, tap] · x[c, p]``   (one GEMM per sample and group:
    ``M = taps × out channels``, ``K = in channels``, ``N = input positions``)

then adds each tap block's box of ``col`` into the output, with the exact bounds of the plan's
tap blocks (``y[out_start + out_step·u] += col[tap, in_start + in_step·u]``). Products of
input positions whose output falls outside the output (the border) are computed and thrown
away; :func:`scatter_form` bounds that (:data:`MAX_WASTE`). It is what onnxruntime does for a
ConvTranspose; here with the weights packed once (``NAME_pack`` / ``prepare(w)``, or a static
table when baked), the positions micro-kernel of :mod:`.gemm` and one workspace
(``NAME_WORKSPACE_BYTES``, ``NAME_packed_ws``, ``TCONV_SYM_ALLOC``).

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.codegen.plan import make_plan
>>> spec = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
>>> scatter_form(make_plan(spec, lang="c", dtype="float32"))
ScatterForm(rows=49, mr=8, nv=3, nr=48, kc=32, waste=1.13)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .gemm import L1_SLIVER_BYTES, VECTOR_BYTES

__all__ = ["ScatterForm", "scatter_form", "scatter_layout", "scatter_context",
           "pack_scatter_weights", "MAX_WASTE", "MAX_OUT_CHANNELS"]

#: Use the scatter form when it executes at most this many times the structural nonzeros.
MAX_WASTE = 1.5
#: ... and for at most this many output channels per group (more: the phase GEMMs of
#: :mod:`.gemm` fill the register tile without the scatter pass).
MAX_OUT_CHANNELS = 7


@dataclass(frozen=True, repr=False)
class ScatterForm:
    """The numbers of the scatter form of one kernel (see the module)."""

    rows: int
    mr: int
    nv: int
    vl: int
    kc: int
    og: int
    ig: int
    taps: int
    groups: int
    row_stride: int
    executed_macs: int
    nnz: int

    pmr = property(lambda self: self.mr)

    @property
    def nr(self) -> int:
        """Positions per register tile."""
        return self.nv * self.vl

    @property
    def rows_padded(self) -> int:
        return -(-self.rows // self.mr) * self.mr

    @property
    def group_pack(self) -> int:
        """Packed weights per group: ``[row block][in channel][MR]``."""
        return self.rows_padded * self.ig

    @property
    def in_elems(self) -> int:
        return self.ig * self.row_stride

    @property
    def workspace_elems(self) -> int:
        """The sample's input (rows padded to whole tiles), then ``col``."""
        return self.in_elems + self.rows_padded * self.row_stride

    @property
    def waste(self) -> float:
        return self.executed_macs / self.nnz if self.nnz else 1.0

    def describe(self) -> str:
        """A short report for the generated code's comment."""
        return (f"scatter GEMM form: per sample and group col = W x ({self.rows} rows = "
                f"{self.taps} taps x {self.og} out channels, K={self.ig} in channels, "
                f"N={self.row_stride} positions),\n"
                f"  register tile {self.mr} rows x {self.nr} positions ({self.nv} vectors), "
                f"{self.kc} input channels per cache block; then each tap block's box of col "
                f"added into the output\n"
                f"  executed MACs {self.waste:.2f}x the structural nonzeros (border products "
                f"thrown away)")

    def __repr__(self) -> str:
        return (f"ScatterForm(rows={self.rows}, mr={self.mr}, nv={self.nv}, nr={self.nr}, "
                f"kc={self.kc}, waste={self.waste:.2f})")


def scatter_form(plan) -> ScatterForm | None:
    """The scatter form the planner chose for ``plan`` (``plan.lowering`` of the
    ``"gemm-scatter"`` schedule: C polyphase, forward or input gradient, at most
    :data:`MAX_OUT_CHANNELS` output channels per group, executing at most :data:`MAX_WASTE`
    times its structural nonzeros), else ``None``.

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> spec = TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, in_channels=64,
    ...                           out_channels=32)
    >>> scatter_form(make_plan(spec, lang="c")) is None  # 32 output channels: phase GEMMs
    True
    """
    return plan.lowering if plan.schedule == "gemm-scatter" else None


def scatter_layout(plan) -> ScatterForm:
    """The scatter form of a C polyphase float plan laid out; whether it is used is the
    planner's rule (:func:`~.schedule.packed_lowering`)."""
    og, ig, g = plan.out_per_group, plan.in_per_group, plan.groups
    taps = math.prod(plan.spec.kernel_size)
    size = np.dtype(plan.dtype).itemsize
    vl = VECTOR_BYTES // size
    mr, nv = 8, 3
    nr = nv * vl
    n = math.prod(ax.in_len for ax in plan.axes)
    executed = taps * og * ig * g * n  # every row of col, every input position
    return ScatterForm(
        rows=taps * og, mr=mr, nv=nv, vl=vl,
        kc=max(8, min(ig, L1_SLIVER_BYTES // (nr * size) // 8 * 8)), og=og, ig=ig,
        taps=taps, groups=g, row_stride=-(-n // nr) * nr, executed_macs=executed,
        nnz=plan.nnz)


def pack_scatter_weights(form: ScatterForm, grouped: np.ndarray) -> np.ndarray:
    """``grouped`` weights ``(G, og, ig, Πk)`` as the packed panels of the scatter form:
    row ``r = tap·og + a``, ``[group][row block][in channel][MR]`` (zero rows at the end).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> spec = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
    >>> form = scatter_form(make_plan(spec, lang="c"))
    >>> w = np.arange(32 * 49, dtype=float).reshape(1, 1, 32, 49)
    >>> p = pack_scatter_weights(form, w)
    >>> p.size == form.group_pack, p[:3].tolist() == w[0, 0, 0, :3].tolist()
    (True, True)
    """
    g, og, ig, kf = grouped.shape
    rows = grouped.transpose(0, 3, 1, 2).reshape(g, kf * og, ig)  # (G, tap*og + a, ig)
    padded = np.zeros((g, form.rows_padded, ig), dtype=grouped.dtype)
    padded[:, :kf * og] = rows
    blocks = form.rows_padded // form.mr
    return padded.reshape(g, blocks, form.mr, ig).transpose(0, 1, 3, 2).reshape(-1)


def scatter_context(plan, k, form: ScatterForm):
    """The rendering context ``k`` extended with the scatter form (and the packed table of
    baked weights)."""
    from types import SimpleNamespace

    from .baked import baked_table

    packed = None
    if plan.baked:
        g, og, ig = plan.groups, plan.out_per_group, plan.in_per_group
        kf = math.prod(plan.spec.kernel_size)
        w = plan.weights.reshape(g, og, ig, kf) if plan.kind == "C" else \
            plan.weights.reshape(g, ig, og, kf).transpose(0, 2, 1, 3)
        packed = baked_table(pack_scatter_weights(form, w), plan.dtype, plan.weight_text)
    return SimpleNamespace(**{**vars(k), "form": form, "packed_table": packed})
