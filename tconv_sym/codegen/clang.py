"""The C-language facts of generated kernels in one place: element and accumulator types,
index types, the warning flags every kernel compiles cleanly with, reserved names, the exact
source literal of a number (C, and Python for the NumPy kernels).

>>> CTYPES["int8"], ACCUMULATORS["int8"], index_type(2**31 - 1), index_type(2**31)
('int8_t', 'int32_t', 'int32_t', 'int64_t')
>>> element_bytes("int8"), element_bytes("float64"), element_bytes("int32_t")
(1, 8, 4)
"""

from __future__ import annotations

__all__ = ["CTYPES", "ACCUMULATORS", "WARNING_FLAGS", "C_KEYWORDS", "index_type",
           "element_bytes", "index_type_of", "signature", "literal", "INT32_MAX"]

#: C type of the data of a kernel, by dtype.
CTYPES = {"float64": "double", "float32": "float", "int8": "int8_t"}
#: C type the kernel accumulates in (int8: TFLite's int32 accumulator).
ACCUMULATORS = {"float64": "double", "float32": "float", "int8": "int32_t"}
#: Every generated kernel compiles without a warning under these flags (a test checks).
WARNING_FLAGS = ("-std=c99", "-Wall", "-Wextra", "-pedantic", "-Wmissing-prototypes",
                 "-Wconversion", "-Wshadow", "-Werror")
INT32_MAX = 2**31 - 1

#: Bytes of the C types of generated kernels (``long`` and pointers: LP64, the hosts'; an
#: upper bound on 32-bit targets).
_BYTES = {"double": 8, "float": 4, "int8_t": 1, "int32_t": 4, "int64_t": 8, "long": 8,
          "void *": 8}

#: Names a kernel may not take: C keywords and names with a meaning in every C program.
C_KEYWORDS = frozenset({
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
    "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
    "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch",
    "typedef", "union", "unsigned", "void", "volatile", "while", "_Bool", "_Complex",
    "_Imaginary", "main", "bool", "true", "false", "NULL",
})


def index_type(largest: int) -> str:
    """The fixed-width C type of indices up to ``largest``: ``int32_t`` where it fits."""
    return "int32_t" if largest <= INT32_MAX else "int64_t"


def index_type_of(spec) -> str:
    """The index type of a spec's kernels: every flat offset (and 64x headroom) fits.

    >>> from tconv_sym import TransposedConvSpec
    >>> index_type_of(TransposedConvSpec(in_size=(28, 28), kernel_size=7, in_channels=32))
    'int32_t'
    """
    import math

    return index_type(64 * max(math.prod(spec.in_shape), math.prod(spec.out_shape),
                               math.prod(spec.weight_shape)))


def element_bytes(dtype_or_ctype: str) -> int:
    """Bytes of one element of a dtype (``"float32"``) or C type (``"int32_t"``)."""
    return _BYTES[CTYPES.get(dtype_or_ctype, dtype_or_ctype)]


def literal(value: float, dtype: str, lang: str) -> str:
    """The exact source literal of a weight (``"0"`` for a zero, which is never emitted).

    >>> literal(0.25, "float64", "c"), literal(0.1, "float32", "c"), literal(3, "float32", "numpy")
    ('0.25', '0.1f', '3.0')
    """
    import numpy as np

    if value == 0:
        return "0"
    if dtype == "float32":
        v32 = np.float32(value)
        if lang == "c":
            text = str(v32)
            return (text if ("." in text or "e" in text) else text + ".0") + "f"
        return repr(float(v32))
    return repr(float(value))


def signature(name: str, arg_names, result_name: str, ctype: str, itype: str,
              workspace: bool) -> str:
    """The C prototype of a tap-block kernel (inputs ``const``, all ``restrict``).

    >>> signature("k", ["x"], "y", "int8_t", "int32_t", True)
    'void k(int32_t n, const int8_t *restrict x, int8_t *restrict y, void *restrict ws)'
    """
    params = [f"{itype} n"] + [f"const {ctype} *restrict {a}" for a in arg_names]
    params.append(f"{ctype} *restrict {result_name}")
    if workspace:
        params.append("void *restrict ws")
    return f"void {name}({', '.join(params)})"
