"""``hypothesis`` strategies for layer specs, to property-test your own kernel.

:func:`transposed_specs` and :func:`conv_specs` draw valid specs (1-, 2- or 3-D; strides,
dilation, padding as an int, per dim, ``(lo, hi)`` pairs or ``"same"``; groups;
output_padding), small enough to check in milliseconds; ``framework=`` keeps only what
that framework accepts (``"pytorch"``: symmetric integer padding; ``"tensorflow"`` and
``"keras"``: SAME or VALID, no groups, no dilation with stride; ``"onnx"``: explicit pads,
groups; ``"jax"``: explicit pads or SAME/VALID, no groups). With
:func:`weights` it gives the whole test of a user's kernel:

>>> from hypothesis import given, settings
>>> import numpy as np
>>> from tconv_sym import conv_transpose
>>> from tconv_sym.testing import assert_same_operator
>>> @settings(max_examples=5, deadline=None)
... @given(case=transposed_specs(framework="pytorch").flatmap(
...     lambda s: weights(s).map(lambda w: (s, w))))
... def test_my_kernel(case):
...     spec, w = case
...     mine = lambda x: conv_transpose(x, w, stride=spec.stride, padding=spec.padding[0][0]
...                                     if spec.ndim == 1 else tuple(p for p, _ in spec.padding),
...                                     output_padding=spec.output_padding,
...                                     dilation=spec.dilation, groups=spec.groups)
...     assert_same_operator(mine, spec, w)
>>> test_my_kernel()
"""

from __future__ import annotations

from hypothesis import strategies as st

from ..spec import ConvSpec, TransposedConvSpec

__all__ = ["transposed_specs", "conv_specs", "weights", "FRAMEWORKS"]

#: the frameworks whose valid parameter sets the strategies know
FRAMEWORKS = ("any", "pytorch", "tensorflow", "keras", "onnx", "jax")
_SAME_OR_VALID = ("tensorflow", "keras")


def _check(framework: str) -> str:
    if framework not in FRAMEWORKS:
        raise ValueError(f"framework must be one of {', '.join(FRAMEWORKS)}, got {framework!r}")
    return framework


@st.composite
def _geometry(draw, ndim, framework, max_size, max_kernel, transposed):
    nd = draw(st.sampled_from((1, 2, 3)) if ndim is None else st.just(ndim))
    size = tuple(draw(st.integers(1, max_size if nd < 3 else min(max_size, 4)))
                 for _ in range(nd))
    kernel = tuple(draw(st.integers(1, max_kernel)) for _ in range(nd))
    stride = tuple(draw(st.integers(1, 3)) for _ in range(nd))
    dilation = tuple(draw(st.integers(1, 2)) for _ in range(nd))
    if framework in _SAME_OR_VALID and any(s > 1 for s in stride):
        dilation = (1,) * nd
    groups = 1 if framework in (*_SAME_OR_VALID, "jax") else draw(st.sampled_from((1, 1, 2)))
    cin = groups * draw(st.integers(1, 2))
    cout = groups * draw(st.integers(1, 2))
    pairs = st.tuples(*[st.tuples(st.integers(0, 2), st.integers(0, 2)) for _ in range(nd)])
    if framework in _SAME_OR_VALID:
        padding = draw(st.sampled_from(("same", "valid")))
    elif framework == "jax":
        padding = draw(st.one_of(st.sampled_from(("same", "valid")), pairs))
    elif framework == "pytorch":
        padding = tuple(draw(st.integers(0, k - 1)) for k in kernel)
    else:
        forms = [st.integers(0, 2), pairs, st.just("valid")]
        if framework == "any":
            forms.append(st.just("same"))
        padding = draw(st.one_of(*forms))
    extra = {}
    if transposed and padding != "same" and framework not in ("tensorflow", "jax"):
        extra["output_padding"] = tuple(
            draw(st.integers(0, max(s, d) - 1)) for s, d in zip(stride, dilation))
    return dict(in_size=size, kernel_size=kernel, stride=stride, dilation=dilation,
                padding=padding, in_channels=cin, out_channels=cout, groups=groups, **extra)


def transposed_specs(*, ndim: int | None = None, framework: str = "any", max_size: int = 6,
                     max_kernel: int = 4) -> st.SearchStrategy[TransposedConvSpec]:
    """Valid ``TransposedConvSpec`` objects (invalid draws are filtered out).

    >>> from hypothesis import find
    >>> find(transposed_specs(ndim=2), lambda s: s.groups == 2).groups
    2
    """
    fw = _check(framework)
    return _geometry(ndim, fw, max_size, max_kernel, True).map(_build(TransposedConvSpec)) \
        .filter(lambda s: s is not None)


def conv_specs(*, ndim: int | None = None, framework: str = "any", max_size: int = 8,
               max_kernel: int = 4) -> st.SearchStrategy[ConvSpec]:
    """Valid ``ConvSpec`` objects (invalid draws are filtered out).

    >>> from hypothesis import find
    >>> find(conv_specs(ndim=1), lambda s: s.stride == (2,)).stride
    (2,)
    """
    fw = _check(framework)
    return _geometry(ndim, fw, max_size, max_kernel, False).map(_build(ConvSpec)) \
        .filter(lambda s: s is not None)


def _build(cls):
    def make(kw):
        try:
            spec = cls(**kw)
        except ValueError:
            return None
        return spec if all(o > 0 for o in spec.out_size) else None
    return make


def weights(spec, low: int = -4, high: int = 4):
    """Integer-valued float64 weights of ``spec.weight_shape`` (exact in float64).

    >>> from hypothesis import find
    >>> find(weights(ConvSpec(in_size=3, kernel_size=2)), lambda w: w.sum() > 3).shape
    (1, 1, 2)
    """
    import numpy as np
    from hypothesis.extra.numpy import arrays

    return arrays(np.float64, tuple(spec.weight_shape),
                  elements=st.integers(low, high).map(float))
