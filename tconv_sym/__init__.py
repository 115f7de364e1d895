"""tconv_sym: transposed convolution made exact and inspectable.

>>> import tconv_sym as ts
>>> spec = ts.TransposedConvSpec(in_size=(2, 2), kernel_size=2)
>>> spec.out_size
(3, 3)
>>> ts.conv_transpose_matrix(spec, [[4, 1], [2, 3]]).shape
(9, 4)

This module is the facade: it defines nothing, it names the public functions of the layers
below (imported lazily on first use, so ``import tconv_sym`` is fast).

=============  ===========================================================================
layer          names
=============  ===========================================================================
spec           ``ConvSpec``, ``TransposedConvSpec``
operators      ``conv_matrix``, ``conv_transpose_matrix``, ``upsample_matrix``, … ,
               ``TapBasis``, ``conv_structure``, ``kernel_symbols``, ``conv``, …
prove          ``identities``, ``prove``, ``prove_equal``, ``Proof``, ``Identity``
codegen        ``generate``, ``Artifact``, ``Plan``
interop        ``convert``, ``from_torch`` (and :mod:`tconv_sym.interop`)
front ends     ``derive`` (alias ``latex``), ``explain``, ``plot`` (a module),
               ``probe_matrix`` (alias ``operator_matrix``), ``assert_same_operator``
=============  ===========================================================================
"""

from ._version import __version__

# public name -> "module" (the name is defined there) or "module:attribute" (an alias)
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
    "conv": "reference",
    "conv_transpose": "reference",
    "identities": "interop.identities:catalogue",  # the full catalogue, assembled there
    "prove": "interop.identities",
    "prove_equal": "prover.api",
    "Proof": "prover.proof",
    "Identity": "prover.identity",
    "define_identity": "prover.identity",
    "generate": "codegen.api",
    "Artifact": "codegen.artifact",
    "Plan": "codegen.plan",
    "Quantization": "codegen.quant",
    "convert": "interop.conversion",
    "from_torch": "interop.pytorch",
    "scan": "interop.models",
    "derive": "report.derivation:latex",
    "latex": "report.derivation",
    "reduced": "report.derivation",
    "explain": "report.explain",
    "plot": "report.plot:",
    "probe_matrix": "testing:operator_matrix",
    "operator_matrix": "testing",
    "assert_same_operator": "testing",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    import importlib
    import sys

    target = _EXPORTS.get(name)
    if target is None:
        raise AttributeError(f"module 'tconv_sym' has no attribute {name!r}")
    module_name, _, attribute = target.partition(":")
    module = importlib.import_module(f"{__name__}.{module_name}")
    if target.endswith(":"):  # a sub-module under a short name: `from tconv_sym import plot`
        value = module
        sys.modules.setdefault(f"{__name__}.{name}", module)
    else:
        value = getattr(module, attribute or name)
    globals()[name] = value
    return value


def __dir__():
    return list(__all__)
