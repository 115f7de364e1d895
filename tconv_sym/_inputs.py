"""Safe input: user values become arrays and exact entries without running any code.

Every entry point that accepts kernels, matrices or sample arrays reads them through this
module. It is the one place that

- converts foreign arrays (torch tensors and ``nn.Parameter``, SymPy Arrays/Matrices,
  JAX/TensorFlow arrays, nested lists) to NumPy: :func:`to_numpy`;
- accepts an entry of a kernel or matrix (:func:`sympy_entry`): Python/NumPy integers and
  floats, ``fractions.Fraction``, complex numbers, SymPy expressions the caller built, and
  strings through :func:`parse_entry`; ``bool`` and ``None`` are refused;
- parses strings safely (:func:`parse_entry`): identifiers become symbols, numbers become
  exact numbers, ``+ - * / **`` and parentheses combine them; nothing is evaluated by
  Python, so ``"__import__('os').system('id')"`` is refused instead of run. (SymPy's
  ``sympify`` evaluates Python code and is never applied to user text.)

>>> parse_entry("2*q0 + 1/3")
2*q0 + 1/3
>>> parse_entry("__import__('os').system('id')")
Traceback (most recent call last):
    ...
ValueError: kernel entry "__import__('os').system('id')" is not a safe expression: a call \
is not allowed (allowed: numbers, identifiers, + - * / **, parentheses)
>>> sympy_entry("kernel[1]", None)
Traceback (most recent call last):
    ...
TypeError: kernel[1] must be a number, a SymPy expression or a string such as 'q0', got None
"""

from __future__ import annotations

import ast
import math
from fractions import Fraction

import numpy as np

__all__ = ["to_numpy", "native_numbers", "sympy_entry", "sympy_array", "parse_entry", "MAX_TEXT",
           "MAX_POWER"]

#: longest string :func:`parse_entry` reads (longer text is refused, not parsed)
MAX_TEXT = 200
#: largest ``|exponent|`` of ``**`` in a parsed string (keeps ``9**9**9`` from hanging)
MAX_POWER = 64

_ALLOWED = "numbers, identifiers, + - * / **, parentheses"
_NODE_NAMES = {
    ast.Call: "a call", ast.Attribute: "an attribute", ast.Subscript: "a subscript",
    ast.Lambda: "a lambda", ast.Compare: "a comparison", ast.BoolOp: "a boolean operator",
    ast.IfExp: "a conditional", ast.List: "a list", ast.Tuple: "a tuple", ast.Dict: "a dict",
    ast.Set: "a set", ast.Starred: "a starred expression",
}


def to_numpy(x) -> np.ndarray:
    """A NumPy array of ``x``: a torch tensor (also ``nn.Parameter``, ``requires_grad``, on
    any device), a SymPy Array/Matrix (object array), a JAX/TensorFlow array, nested lists.
    NumPy arrays are returned as they are; nothing is copied unless it has to be.

    >>> to_numpy([[1, 2], [3, 4]]).shape
    (2, 2)
    >>> import sympy
    >>> to_numpy(sympy.Matrix([[sympy.Symbol("a"), 1]])).dtype
    dtype('O')
    """
    if isinstance(x, np.ndarray):
        return x
    if hasattr(x, "detach") and hasattr(x, "cpu"):  # torch.Tensor / Parameter, no import
        return x.detach().cpu().numpy()
    if hasattr(x, "free_symbols") and hasattr(x, "tolist"):  # SymPy Array / Matrix
        shape = tuple(getattr(x, "shape", ()))
        if 0 in shape:
            return np.empty(shape, dtype=object)
        return np.array(x.tolist(), dtype=object)
    if hasattr(x, "__array__") or hasattr(x, "numpy"):  # jax / tensorflow arrays
        return np.asarray(x)
    return np.asarray(x)


def native_numbers(name: str, arr: np.ndarray) -> np.ndarray:
    """``arr`` in a dtype every numeric backend takes: native byte order, and float16 as
    float32 (both lossless); other numeric arrays are returned as they are.

    >>> native_numbers("x", np.ones(2, dtype=">f8")).dtype.byteorder in "=|"
    True
    >>> native_numbers("x", np.ones(2, dtype=np.float16)).dtype
    dtype('float32')
    """
    if arr.dtype.kind not in "biufc":
        return arr
    if not arr.dtype.isnative:
        arr = arr.astype(arr.dtype.newbyteorder("="))
    if arr.dtype == np.float16:
        arr = arr.astype(np.float32)
    return arr


def _fail(text: str, what: str, name: str) -> ValueError:
    return ValueError(
        f"{name} entry {text!r} is not a safe expression: {what} (allowed: {_ALLOWED})")


def parse_entry(text: str, name: str = "kernel"):
    """Parse ``text`` into a SymPy expression without evaluating anything.

    Identifiers become ``sympy.Symbol``; integer literals ``sympy.Integer``; decimal
    literals the exact rational they spell (``"0.1"`` is ``1/10``); ``+ - * / **`` and
    parentheses combine them (an exponent must be an integer literal of at most
    :data:`MAX_POWER`). Anything else (calls, attributes, subscripts, strings, lambdas,
    ...) raises ``ValueError``, as does a division by zero or text longer than
    :data:`MAX_TEXT` characters.

    >>> parse_entry("q1"), parse_entry("-3"), parse_entry("0.25"), parse_entry("(a+b)**2")
    (q1, -3, 1/4, (a + b)**2)
    >>> parse_entry("1/0")
    Traceback (most recent call last):
        ...
    ValueError: kernel entry '1/0' is not a safe expression: it divides by zero \
(allowed: numbers, identifiers, + - * / **, parentheses)
    """
    if not isinstance(text, str):
        raise TypeError(f"{name} entry must be a string here, got {type(text).__name__}")
    if len(text) > MAX_TEXT:
        raise ValueError(f"{name} entry is a string of {len(text)} characters; at most "
                         f"{MAX_TEXT} are parsed (build long expressions with SymPy)")
    if not text.strip():
        raise _fail(text, "it is empty", name)
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        raise _fail(text, "it is not an arithmetic expression", name) from None
    import sympy

    def build(node, depth=0):
        if depth > 50:
            raise _fail(text, "it is nested too deeply", name)
        if isinstance(node, ast.Expression):
            return build(node.body, depth + 1)
        if isinstance(node, ast.Constant):
            v = node.value
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise _fail(text, f"the literal {v!r} is not a number", name)
            if isinstance(v, float):
                if not math.isfinite(v):
                    raise _fail(text, "a number is not finite", name)
                return sympy.Rational(str(Fraction(repr(v))))
            return sympy.Integer(v)
        if isinstance(node, ast.Name):
            return sympy.Symbol(node.id)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            inner = build(node.operand, depth + 1)
            return -inner if isinstance(node.op, ast.USub) else inner
        if isinstance(node, ast.BinOp):
            if isinstance(node.op, ast.Pow):
                exp = node.right
                if isinstance(exp, ast.UnaryOp) and isinstance(exp.op, ast.USub):
                    sign, exp = -1, exp.operand
                else:
                    sign = 1
                if not (isinstance(exp, ast.Constant) and type(exp.value) is int
                        and exp.value <= MAX_POWER):
                    raise _fail(text, f"an exponent must be an integer literal of at most "
                                f"{MAX_POWER}", name)
                if any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Pow)
                       for n in ast.walk(node.left)):
                    raise _fail(text, "a power of a power is not allowed", name)
                base = build(node.left, depth + 1)
                if base == 0 and sign < 0:
                    raise _fail(text, "it divides by zero", name)
                return base ** (sign * exp.value)
            ops = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
                   ast.Mult: lambda a, b: a * b}
            a, b = build(node.left, depth + 1), build(node.right, depth + 1)
            if isinstance(node.op, ast.Div):
                if b == 0:
                    raise _fail(text, "it divides by zero", name)
                return a / b
            for kind, fn in ops.items():
                if isinstance(node.op, kind):
                    return fn(a, b)
            raise _fail(text, f"the operator {type(node.op).__name__} is not allowed", name)
        what = next((w for k, w in _NODE_NAMES.items() if isinstance(node, k)),
                    f"{type(node).__name__} is not allowed")
        raise _fail(text, f"{what} is not allowed" if what.startswith("a") else what, name)

    return build(tree)


def sympy_entry(name: str, v, *, exact_floats: bool = False):
    """One kernel/matrix entry as a SymPy object (never by ``sympify`` of text).

    Integers become ``Integer``, ``Fraction`` a ``Rational``; floats become SymPy ``Float``
    or, with ``exact_floats=True``, the exact rational of their binary value; SymPy
    expressions are kept; strings go through :func:`parse_entry`. ``bool``, ``None`` and
    other objects raise ``TypeError`` naming ``name``.

    >>> sympy_entry("w", 3), sympy_entry("w", Fraction(1, 3)), sympy_entry("w", "q0")
    (3, 1/3, q0)
    >>> sympy_entry("w", 0.5, exact_floats=True)
    1/2
    >>> sympy_entry("w", True)
    Traceback (most recent call last):
        ...
    TypeError: w must be a number, a SymPy expression or a string such as 'q0', got True
    """
    import sympy

    if isinstance(v, sympy.Basic):
        if not isinstance(v, sympy.Expr):
            raise TypeError(f"{name} must be a SymPy expression (sympy.Expr), got {v!r} "
                            f"({type(v).__name__})")
        return v
    if isinstance(v, (bool, np.bool_)) or v is None:
        raise TypeError(
            f"{name} must be a number, a SymPy expression or a string such as 'q0', got {v!r}")
    if isinstance(v, str):
        return parse_entry(v, name)
    if isinstance(v, (int, np.integer)):
        return sympy.Integer(int(v))
    if isinstance(v, Fraction):
        return sympy.Rational(v.numerator, v.denominator)
    if isinstance(v, (float, np.floating)):
        return sympy.Rational(float(v)) if exact_floats else sympy.Float(float(v))
    if isinstance(v, (complex, np.complexfloating)):
        c = complex(v)
        conv = sympy.Rational if exact_floats else sympy.Float
        return conv(c.real) + sympy.I * conv(c.imag)
    raise TypeError(
        f"{name} must be a number, a SymPy expression or a string such as 'q0', got {v!r} "
        f"({type(v).__name__})")


def sympy_array(name: str, arr: np.ndarray, *, exact_floats: bool = False) -> np.ndarray:
    """Every entry of ``arr`` through :func:`sympy_entry`; an object array of the same shape.

    >>> sympy_array("kernel", np.array(["a", "2"])).tolist()
    [a, 2]
    """
    if arr.dtype.kind in "SV" or (arr.dtype.kind not in "biufcOU"):
        raise TypeError(f"{name} must hold numbers, SymPy expressions or strings, got dtype "
                        f"{arr.dtype}")
    flat = arr.reshape(-1).tolist() if arr.dtype.kind != "O" else list(arr.reshape(-1))
    if arr.dtype.kind in "biuf":  # plain numbers: no per-entry type checks needed
        import sympy

        conv = ((lambda x: sympy.Rational(x)) if exact_floats else sympy.Float) \
            if arr.dtype.kind == "f" else sympy.Integer
        if arr.dtype.kind == "b":
            raise TypeError(f"{name} must hold numbers, got a boolean array")
        values = [conv(v) for v in flat]
    else:
        values = []
        for i, v in enumerate(flat):
            try:
                values.append(sympy_entry(name, v, exact_floats=exact_floats))
            except (TypeError, ValueError):  # again, naming the entry
                where = ", ".join(map(str, np.unravel_index(i, arr.shape)))
                sympy_entry(f"{name}[{where}]", v, exact_floats=exact_floats)
                raise
    out = np.empty(arr.shape, dtype=object)
    out.reshape(-1)[:] = values
    return out
