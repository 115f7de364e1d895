"""Layout operations that keep a framework's tensor type: torch tensors stay torch tensors.

:class:`~tconv_sym.interop.Conversion` re-lays inputs, weights and outputs between
frameworks. These four operations (transpose, flip, slice, zero-pad) are written once
here for NumPy arrays, torch tensors, JAX arrays and TensorFlow tensors, each with the
framework's own functions, so that a tensor comes back as the type (and device) it came in
as. Anything else goes through NumPy.

>>> import numpy as np
>>> a = np.arange(6).reshape(1, 2, 3)
>>> relayout(a, perm=(0, 2, 1), flip=(1,)).tolist()
[[[2, 5], [1, 4], [0, 3]]]
>>> crop_pad(a, [(0, 1)], axes=(2,)).tolist()
[[[0, 1], [3, 4]]]
"""

from __future__ import annotations

import numpy as np

__all__ = ["kind_of", "relayout", "crop_pad", "shape_of"]


def kind_of(x) -> str:
    """``"torch"``, ``"jax"``, ``"tensorflow"`` or ``"numpy"`` (everything else).

    >>> kind_of([1, 2]), kind_of(np.zeros(2))
    ('numpy', 'numpy')
    """
    module = type(x).__module__ or ""
    root = module.split(".")[0]
    if root == "torch":
        return "torch"
    if root in ("jax", "jaxlib"):
        return "jax"
    if root in ("tensorflow", "keras") and hasattr(x, "numpy"):
        return "tensorflow"
    return "numpy"


def shape_of(x) -> tuple[int, ...]:
    """The shape of ``x`` as a tuple of ints, whatever its type.

    >>> shape_of([[1, 2, 3]])
    (1, 3)
    """
    if hasattr(x, "shape") and not isinstance(x, (list, tuple)):
        return tuple(int(n) for n in x.shape)
    return tuple(np.shape(x))


def relayout(x, perm=None, flip=()):
    """``x`` transposed by ``perm`` (``None``: unchanged), then flipped along ``flip``.

    >>> relayout(np.arange(4).reshape(2, 2), perm=(1, 0)).tolist()
    [[0, 2], [1, 3]]
    """
    kind = kind_of(x)
    flip = tuple(int(a) for a in flip)
    perm = None if perm is None or tuple(perm) == tuple(range(len(perm))) else tuple(perm)
    if kind == "torch":
        if perm is not None:
            x = x.permute(*perm)
        return x.flip(flip) if flip else x
    if kind == "jax":
        import jax.numpy as jnp

        if perm is not None:
            x = jnp.transpose(x, perm)
        return jnp.flip(x, flip) if flip else x
    if kind == "tensorflow":
        import tensorflow as tf

        if perm is not None:
            x = tf.transpose(x, perm)
        return tf.reverse(x, list(flip)) if flip else x
    x = np.asarray(x)
    if perm is not None:
        x = np.transpose(x, perm)
    if flip:
        x = np.flip(x, flip)
    return np.array(x, order="C", copy=True)  # positive strides: torch.from_numpy takes it


def crop_pad(x, crops, axes):
    """Crop ``(start, end)`` samples off each axis in ``axes`` (negative: add zeros there).

    >>> crop_pad(np.ones((1, 2)), [(-1, 0)], axes=(1,)).tolist()
    [[0.0, 1.0, 1.0]]
    """
    kind = kind_of(x)
    shape = shape_of(x)
    index = [slice(None)] * len(shape)
    zeros = [(0, 0)] * len(shape)
    for axis, (lo, hi) in zip(axes, crops):
        index[axis] = slice(max(lo, 0), shape[axis] - max(hi, 0))
        zeros[axis] = (max(-lo, 0), max(-hi, 0))
    if kind == "numpy":
        x = np.asarray(x)
    x = x[tuple(index)]
    if all(z == (0, 0) for z in zeros):
        return x
    if kind == "torch":
        import torch

        flat = [n for pair in reversed(zeros) for n in pair]  # F.pad: last axis first
        return torch.nn.functional.pad(x, flat)
    if kind == "jax":
        import jax.numpy as jnp

        return jnp.pad(x, zeros)
    if kind == "tensorflow":
        import tensorflow as tf

        return tf.pad(x, zeros)
    return np.pad(x, zeros)
