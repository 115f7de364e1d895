"""``NAME_test.c``: a C test program for a generated kernel, with embedded test vectors.

The program runs the kernel on a few random samples and compares with the expected outputs
of tconv_sym's oracle (scipy.sparse for float kernels, within ``TOLERANCES[dtype]`` times
``|M|·|x|``; the exact integer model for int8: bit for bit). It needs no Python: build it
with any C99 compiler (a cross compiler too) next to the kernel's ``.c`` and ``.h`` and run
it — exit status 0 means the kernel is right on that machine.

>>> import tempfile
>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.codegen.api import generate
>>> art = generate(TransposedConvSpec(in_size=3, kernel_size=2), lang="c", name="tiny",
...                out_dir=tempfile.mkdtemp(), test_harness=True)
>>> [p.name for p in art.paths]
['tiny.c', 'tiny.h', 'tiny_test.c']
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np

from .clang import CTYPES, literal
from .schedule import caller_workspace

__all__ = ["render_harness", "render_test_harness", "harness_vectors"]


def harness_vectors(plan, batch: int = 1, seed: int = 0):
    """``(inputs, expected, bound)``: random inputs in the kernel's layout and dtype, the
    oracle's result, and the allowed absolute difference per entry (``None`` for int8)."""
    from .artifact import TOLERANCES, reference, reference_in_layout

    rng = np.random.default_rng(seed)
    arrays = []
    for a in plan.args:
        shape = (batch, *a.shape) if a.batched else a.shape
        if plan.dtype == "int8":
            arrays.append(rng.integers(-128, 128, size=shape).astype(np.int8))
        else:
            arrays.append(rng.standard_normal(shape).astype(plan.dtype))
    if plan.layout == "nchw" and plan.weight_layout == "pytorch" and plan.dtype != "int8":
        expected, scale = reference(plan, arrays)
    else:
        expected, scale = reference_in_layout(plan, arrays)
    bound = None if scale is None else TOLERANCES[plan.dtype] * scale + 1e-300
    return arrays, expected, bound


def _c_values(values: np.ndarray, dtype: str) -> list[str]:
    if dtype == "int8":
        return [str(int(v)) for v in values.reshape(-1).tolist()]
    return [literal(v, dtype, "c") for v in values.reshape(-1).tolist()]


def render_test_harness(plan, context, batch: int = 1, seed: int = 0) -> str:
    """The text of ``NAME_test.c`` (content hash still a placeholder); ``context`` is the
    header namespace of :func:`.render.context`."""
    from ..budget import check
    from .templates_env import environment

    values = sum(math.prod(a.shape) * (batch if a.batched else 1) for a in plan.args)
    values += 2 * math.prod(plan.result.shape) * (batch if plan.result.batched else 1)
    check("source_lines", values // 8, what=f"the test harness of {plan.name}",
                 hint="test vectors are 8 values a line; generate the harness for a smaller "
                      "layer or raise the limit")
    arrays, expected, bound = harness_vectors(plan, batch, seed)
    int8 = plan.dtype == "int8"
    inputs = [dataclasses.make_dataclass("V", ["name", "values"])(f"in_{a.name}",
                                                                   _c_values(v, plan.dtype))
              for a, v in zip(plan.args, arrays)]
    k = context
    k.batch = batch
    k.int8 = int8
    k.ctype = CTYPES[plan.dtype]
    k.etype = "int8_t" if int8 else "double"
    k.inputs = inputs
    k.expected = _c_values(expected, "int8" if int8 else "float64")
    k.bound = [] if bound is None else [repr(float(b)) for b in bound.reshape(-1).tolist()]
    k.workspace = caller_workspace(plan) > 0
    k.oracle = ("the exact integer model: int64 tap-basis sums, TFLite requantization" if int8
                else "the scipy.sparse matrix of the operator, in float64")
    k.rule = "bit for bit" if int8 else f"within {k.dtype} tolerance times |M|.|x|"
    return environment().get_template("c_test.c.j2").render(k=k)


def render_harness(plan, batch: int = 1, seed: int = 0) -> dict[str, str]:
    """``{NAME_test.c: text}``: the C test program of a C plan (hash still a placeholder)."""
    from .render import blocks_context, context

    if plan.lang != "c":
        raise ValueError(f"test_harness applies to lang='c' kernels, got lang={plan.lang!r}")
    k = blocks_context(plan) if plan.schedule == "blocks" else context(plan)
    return {f"{plan.name}_test.c": render_test_harness(plan, k, batch, seed)}
