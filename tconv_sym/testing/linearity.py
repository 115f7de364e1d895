"""Is the black box linear? Checked (not proven) before any probe is read as a matrix.

Colour probes read a matrix; a matrix describes a function only if it is linear. So before
the verdict :func:`check_linearity` runs the black box on

- zero (``fn(0) = 0``, else it is affine: a bias),
- a ±1 sign pattern ``s`` and ``-s`` (homogeneity at -1: every input element is seen with
  both signs at full magnitude, so a threshold anywhere in ``[-1, 1)`` — ``relu(-x)``,
  ``x < -0.99`` — is crossed by one of the two),
- ``1000 s`` and ``0.001 s`` (homogeneity at large and small scales),
- ``checks`` signed random inputs ``r_m`` and their sum (superposition); the ``r_m`` are
  *stratified per element*: element ``j`` takes one value in each of ``checks`` equal strata
  of ``[-1, 1)``, so a non-linearity that shows when one element lies in an interval of
  width ``≥ 4/checks`` is crossed for sure (the same inputs are then compared with the
  expected operator).

A failure is localised: the outputs where it shows and, by bisection over the sign
pattern, the input element whose value triggers it. What this cannot do, nor can any test
that runs a black box finitely often: see a non-linearity confined to inputs it never
tries (one element inside a band narrower than the strata, a single magic value).

>>> import numpy as np
>>> lin = check_linearity(lambda x: 2 * x, (3,), rtol=1e-9, atol=0)
>>> lin.ok, lin.inputs.shape
(True, (2, 3))
>>> bad = check_linearity(lambda x: x + 1e-3 * np.maximum(-x[:, :1], 0), (3,), 1e-9, 0)
>>> print(bad.problem)
fn(-s) != -fn(s) for a ±1 input s (homogeneity at -1) at 3 of 3 outputs
>>> bad.trigger
(0,)
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["check_linearity", "Linearity", "stratified_inputs", "sign_pattern"]

SCALES = (1e3, 1e-3)


def stratified_inputs(in_shape, n: int = 2, seed: int = 0) -> np.ndarray:
    """``n`` random inputs in ``[-1, 1)`` in which every element takes one value in each of
    ``n`` equal strata (a random order per element).

    >>> x = stratified_inputs((1000,), 4)
    >>> sorted(np.floor((x[:, 7] + 1) * 2).astype(int).tolist())
    [0, 1, 2, 3]
    """
    rng = np.random.default_rng(seed)
    size = math.prod(in_shape)
    offset = rng.integers(0, n, size)
    out = np.empty((n, size))
    for m in range(n):
        stratum = (offset + m) % n
        out[m] = -1 + 2 * (stratum + rng.random(size)) / n
    return out.reshape(n, *in_shape)


def sign_pattern(in_shape, seed: int = 1) -> np.ndarray:
    """A random ±1 input (one sample, batch axis first).

    >>> sign_pattern((4,)).tolist()
    [[-1.0, 1.0, 1.0, 1.0]]
    """
    rng = np.random.default_rng(seed)
    return rng.choice(np.array([-1.0, 1.0]), (1, *in_shape))


class Linearity:
    """The outcome of :func:`check_linearity`: ``ok``; else ``problem`` (what failed, where),
    ``outputs`` (flat output indices where it shows) and ``trigger`` (the input element found
    by bisection, or ``None``). ``inputs`` / ``outputs_of_inputs`` are the stratified random
    inputs and fn's outputs on them (reused as the random check), ``zero`` is ``fn(0)``.
    """

    def __init__(self, ok: bool, inputs, got, zero, problem: str = "", outputs=None,
                 trigger=None, calls: int = 0):
        self.ok, self.inputs, self.got, self.zero = ok, inputs, got, zero
        self.problem, self.trigger, self.calls = problem, trigger, calls
        self.outputs = np.zeros(0, dtype=np.int64) if outputs is None else outputs

    def __repr__(self) -> str:
        state = "ok" if self.ok else repr(self.problem)
        return f"Linearity({state}, calls={self.calls})"


def _differs(a: np.ndarray, b: np.ndarray, rtol: float, atol: float) -> np.ndarray:
    scale = max(float(np.abs(a).max(initial=0)), float(np.abs(b).max(initial=0)))
    with np.errstate(invalid="ignore"):
        return ~(np.abs(a - b) <= atol + rtol * scale)


def check_linearity(call, in_shape, rtol: float, atol: float, *, checks: int = 2,
                    seed: int = 0, batch: int | None = None, bisect: bool = True
                    ) -> Linearity:
    """Run the linearity checks of the module doc on ``call`` (canonical batch in, canonical
    float64 batch out) with inputs of shape ``in_shape``; ``batch`` samples per call."""
    in_shape = tuple(in_shape)
    calls = [0]

    def run(x):
        calls[0] += 1
        return np.asarray(call(x), dtype=np.float64)

    def run_all(x):
        step = batch or x.shape[0]
        return np.concatenate([run(x[i:i + step]) for i in range(0, x.shape[0], step)])

    zero = run(np.zeros((1, *in_shape)))
    r = stratified_inputs(in_shape, checks, seed)
    s = sign_pattern(in_shape, seed + 1)
    got = run_all(r)
    if got.shape[1:] != zero.shape[1:]:
        return Linearity(False, r, got, zero, f"fn's output shape changed: {zero.shape[1:]} "
                         f"for zero, {got.shape[1:]} for random inputs", calls=calls[0])
    if np.any(zero != 0):
        return Linearity(False, r, got, zero, "fn(0) != 0: fn is affine (a bias?), not linear",
                         np.flatnonzero(zero[0] != 0), calls=calls[0])
    fs = run_all(np.concatenate([s, -s] + [a * s for a in SCALES]))
    cases = [(fs[1], -fs[0], "fn(-s) != -fn(s) for a ±1 input s (homogeneity at -1)", -1.0)]
    for k, a in enumerate(SCALES):
        cases.append((fs[2 + k], a * fs[0], f"fn({a:g} s) != {a:g} fn(s) for a ±1 input s "
                      f"(homogeneity at {a:g})", a))
    if checks >= 2:
        total = run(r.sum(axis=0, keepdims=True))[0]
        cases.append((total, got.sum(axis=0), f"fn(r_1 + ... + r_{checks}) != fn(r_1) + ... + "
                       f"fn(r_{checks}) on signed random inputs (superposition)", None))
    for a, b, text, scale in cases:
        bad = _differs(a, b, rtol, atol * (abs(scale) if scale else checks))
        if bad.any():
            where = np.flatnonzero(bad.reshape(-1))
            trigger = None
            if bisect and scale is not None:
                trigger = _bisect(run, s[0], scale, rtol, atol)
            return Linearity(False, r, got, zero, f"{text} at {where.size} of {bad.size} "
                             "outputs", where, trigger, calls=calls[0])
    return Linearity(True, r, got, zero, calls=calls[0])


def _bisect(run, s: np.ndarray, scale: float, rtol: float, atol: float, most: int = 64):
    """The input element whose sign (or scale) alone breaks ``fn(a s) = a fn(s)``: halve the
    support of ``s`` while the failure persists in one half; ``None`` when it does not
    (the failure needs several elements together)."""
    idx = np.arange(s.size)

    def fails(sub) -> bool:
        x = np.zeros(s.size)
        x[sub] = s.reshape(-1)[sub]
        x = x.reshape(1, *s.shape)
        y = run(np.concatenate([x, scale * x]))
        return bool(_differs(y[1], scale * y[0], rtol, atol * abs(scale)).any())

    for _ in range(most):
        if idx.size == 1:
            return tuple(int(v) for v in np.unravel_index(int(idx[0]), s.shape))
        half = idx.size // 2
        if fails(idx[:half]):
            idx = idx[:half]
        elif fails(idx[half:]):
            idx = idx[half:]
        else:
            return None
    return None
