"""Fast algorithms for a transposed convolution: polyphase, then Winograd per phase.

A transposed convolution with stride ``s`` splits into ``s^d`` output phases; phase ``r``
(output position ``≡ r`` mod ``s`` per dim) is a *stride-1* correlation of the input with the
phase's sub-kernel (the taps :func:`tconv_sym.analysis.phase_subkernels` reads from the tap
basis), flipped, over a window of the input that starts at a fixed offset. Each such
correlation runs in nested Winograd form ``F(m, r_phase)`` (:mod:`tconv_sym.winograd`):
``(m + r - 1)^d`` multiplies per ``m^d`` outputs instead of ``m^d·r^d``.

>>> import numpy as np
>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.factored import factored
>>> spec = TransposedConvSpec(in_size=(6, 5), kernel_size=4, stride=2, padding=1,
...                           in_channels=8, out_channels=4)
>>> rng = np.random.default_rng(0)
>>> x, w = rng.standard_normal((2, *spec.in_shape)), rng.standard_normal(spec.weight_shape)
>>> y = winograd_conv_transpose(x, w, spec, m=2)
>>> y.shape, bool(np.allclose(y, factored(spec).apply(x, w)))
((2, 4, 12, 10), True)
>>> multiplies(spec, m=2), multiplies(spec, m=None)   # per sample, vs the direct nonzeros
(10368, 12672)
"""

from __future__ import annotations

import math

import numpy as np

from .analysis import phase_subkernels
from .factored import factored
from .spec import TransposedConvSpec
from .winograd import winograd, winograd_correlate

__all__ = ["winograd_conv_transpose", "phase_windows", "multiplies"]


def _check(spec) -> TransposedConvSpec:
    if not isinstance(spec, TransposedConvSpec):
        raise TypeError(f"spec must be a TransposedConvSpec, got {type(spec).__name__}")
    if any(d != 1 for d in spec.dilation):
        raise ValueError(f"the Winograd form needs dilation 1 (its phases are then stride-1 "
                         f"correlations), got dilation={spec.dilation}")
    return spec


def phase_windows(spec) -> dict[tuple[int, ...], tuple[tuple[int, int], ...] | None]:
    """Per output phase: per dim ``(first input index, output count)`` of its stride-1
    correlation (the window may start before 0 or end past the input: zeros), or None for a
    phase with no tap or no output.

    Output ``o = s·q + r`` of phase ``r`` receives tap ``t`` from input ``i = (o + p_lo − t)/s``;
    for the phase's taps ``t_j = t_0 + j·s`` that is ``i = q + c − j`` with
    ``c = (r + p_lo − t_0)/s``, so its correlation with the flipped sub-kernel starts at
    ``c − (L − 1)``.

    >>> phase_windows(TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1))
    {(0,): ((-1, 3),), (1,): ((0, 3),)}
    """
    spec = _check(spec)
    out = {}
    for r, sub in phase_subkernels(spec).items():
        counts = [max(0, -(-(n - ri) // s)) for n, ri, s in zip(spec.out_size, r, spec.stride)]
        if sub.size == 0 or 0 in counts:
            out[r] = None
            continue
        first = np.unravel_index(int(sub.flat[0]), spec.kernel_size)  # sub holds tap indices
        dims = []
        for dim, (ri, s, lo) in enumerate(zip(r, spec.stride, spec.pad_lo)):
            length = sub.shape[dim]
            c, rem = divmod(ri + lo - int(first[dim]), s)
            if rem:  # pragma: no cover - phase_subkernels lists exactly these taps
                raise AssertionError(f"tap {first} does not land on phase {r}")
            dims.append((c - (length - 1), counts[dim]))
        out[r] = tuple(dims)
    return out


def multiplies(spec, m: int | None = 2) -> int:
    """Multiplications per sample: the Winograd form with tiles of ``m`` (``None``: the
    direct form, one per structural nonzero of the operator)."""
    spec = _check(spec)
    if m is None:
        return factored(spec).nnz
    per_pair = spec.in_channels * spec.out_channels // spec.groups
    total = 0
    subs = phase_subkernels(spec)
    for r, win in phase_windows(spec).items():
        if win is None:
            continue
        sub = subs[r]
        total += math.prod(math.ceil(n / m) * winograd(m, k).n
                           for (_, n), k in zip(win, sub.shape))
    return total * per_pair


def winograd_conv_transpose(x, w, spec, m: int = 2, points=None) -> np.ndarray:
    """``conv_transpose(x, w, spec)`` computed per phase by nested Winograd ``F(m, r)``.

    ``x``: ``(N, C_in, *in_size)``, ``w``: ``(C_in, C_out/groups, *k)`` (PyTorch's layout).
    Float results; the exact algorithm is :meth:`tconv_sym.winograd.WinogradTransform.check`.
    """
    spec = _check(spec)
    x, w = np.asarray(x), np.asarray(w)
    if x.ndim != spec.ndim + 2 or tuple(x.shape[1:]) != spec.in_shape:
        raise ValueError(f"x must have shape (N, *{spec.in_shape}), got {x.shape}")
    if tuple(w.shape) != spec.weight_shape:
        raise ValueError(f"w must have shape {spec.weight_shape}, got {w.shape}")
    dtype = np.result_type(x, w, np.float32)
    g, nd = spec.groups, spec.ndim
    cin, cout = spec.in_channels // g, spec.out_channels // g
    y = np.zeros((x.shape[0], spec.out_channels, *spec.out_size), dtype)
    flip = (slice(None), slice(None)) + (slice(None, None, -1),) * nd
    subs = phase_subkernels(spec, w)
    for r, win in phase_windows(spec).items():
        if win is None:
            continue
        sub = subs[r]                                       # (C_in, C_out/g, *L)
        window = np.zeros(x.shape[:2] + tuple(n + k - 1 for (_, n), k in
                                              zip(win, sub.shape[2:])), dtype)
        src, dst = [], []
        for (start, _), size, n_in in zip(win, window.shape[2:], spec.in_size):
            lo, hi = max(start, 0), min(start + size, n_in)
            src.append(slice(lo, max(lo, hi)))
            dst.append(slice(lo - start, lo - start + max(0, hi - lo)))
        window[(slice(None), slice(None), *dst)] = x[(slice(None), slice(None), *src)]
        out_idx = tuple(slice(ri, None, s) for ri, s in zip(r, spec.stride))
        for gi in range(g):
            wg = sub[gi * cin:(gi + 1) * cin]                # (C_in/g, C_out/g, *L)
            wg = np.swapaxes(wg, 0, 1)[flip]                 # (C_out/g, C_in/g, *L) flipped
            yg = winograd_correlate(window[:, gi * cin:(gi + 1) * cin], wg, m, points)
            y[(slice(None), slice(gi * cout, (gi + 1) * cout), *out_idx)] = yg
    return y
