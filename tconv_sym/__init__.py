"""tconv_sym: transposed convolution made exact and inspectable.

>>> import tconv_sym as ts
>>> spec = ts.TransposedConvSpec(in_size=(2, 2), kernel_size=2)
>>> spec.out_size
(3, 3)
>>> ts.conv_transpose_matrix(spec, [[4, 1], [2, 3]]).shape
(9, 4)

Heavy modules (SymPy, SciPy) are imported on first use, so ``import tconv_sym`` is fast.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> defining module (imported lazily on first attribute access)
_EXPORTS = {
    "ConvSpec": "spec",
    "TransposedConvSpec": "spec",
    "conv_matrix": "operators",
    "conv_transpose_matrix": "operators",
    "downsample_matrix": "operators",
    "upsample_matrix": "operators",
    "pad_matrix": "operators",
    "crop_matrix": "operators",
    "flip_matrix": "operators",
    "identity_matrix": "operators",
    "TapBasis": "structure",
    "conv_structure": "structure",
    "conv_transpose_structure": "structure",
    "operator_structure": "structure",
    "kernel_symbols": "symbols",
    "input_symbols": "symbols",
    "as_column": "symbols",
    "latex": "derivation",
    "explain": "explainer",
    "conv": "reference",
    "conv_transpose": "reference",
    "identities": "prover.api",
    "prove": "prover.api",
    "prove_equal": "prover.api",
    "Proof": "prover.proof",
    "Identity": "prover.identity",
    "generate": "codegen.api",
    "Artifact": "codegen.artifact",
    "Plan": "codegen.plan",
    "convert": "interop.conversion",
    "from_torch": "interop.pytorch",
    "scan": "interop.models",
    "operator_matrix": "testing",
    "assert_same_operator": "testing",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'tconv_sym' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_EXPORTS))
