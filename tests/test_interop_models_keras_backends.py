"""Keras models on every backend: convolutions nested inside a custom layer are found, a Keras
model on the torch backend is read as Keras (its names, ``padding="same"``), each layer
verified against the real Keras layer, and ``.keras`` / ``.h5`` files scanned from the CLI.
One subprocess per backend (the backend is chosen when Keras is imported)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(r'''
    import contextlib, io, json, os, sys, tempfile
    import numpy as np
    try:
        import keras
    except ImportError:
        print("NO-KERAS"); sys.exit(0)
    import tconv_sym as ts
    from tconv_sym.cli import main
    from tconv_sym.report.scan import check_layers

    @keras.saving.register_keras_serializable(package="tconv_sym_test")
    class Block(keras.layers.Layer):
        """A custom layer holding two convolutions as attributes (not in .layers)."""
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.inner = keras.layers.Conv2D(4, 3, padding="same", name="inner_conv")
            self.up = keras.layers.Conv2DTranspose(2, 3, strides=2, padding="same",
                                                   name="inner_up")

        def call(self, x):
            return self.up(self.inner(x))

    keras.utils.set_random_seed(0)
    inp = keras.Input((7, 7, 2))
    y = keras.layers.Conv2D(3, 3, name="outer_conv")(inp)
    model = keras.Model(inp, Block(name="block")(y))
    layers = ts.scan(model, input_shape=(1, 7, 7, 2))
    steps = []
    checks = check_layers(layers, progress=steps.append)
    out = {"backend": keras.backend.backend(),
           "names": [l.name for l in layers], "frameworks": [l.framework for l in layers],
           "specs": [" ".join(repr(l.spec).split()) for l in layers],
           "outcomes": [c.outcome for c in checks],
           "errors": [c.runtime_error for c in checks],
           "steps": [(s.done, s.total, s.outcome) for s in steps]}
    folder = tempfile.mkdtemp()
    for ext in ("keras", "h5"):
        path = os.path.join(folder, "m." + ext)
        model.save(path)
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            rc = main(["scan", path, "--input-shape", "1x7x7x2", "--quiet"])
        out[ext] = [rc, buf.getvalue().strip().splitlines()[-1]]
    print("RESULT " + json.dumps(out))
''')


@pytest.mark.parametrize("backend", ["tensorflow", "torch", "jax"])
def test_keras_nested_layers_on_every_backend(backend):
    env = {**os.environ, "KERAS_BACKEND": backend, "TF_CPP_MIN_LOG_LEVEL": "3",
           "CUDA_VISIBLE_DEVICES": ""}
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         timeout=600, env=env)
    if "NO-KERAS" in run.stdout:
        pytest.skip("keras is not installed")
    assert run.returncode == 0, run.stderr[-3000:]
    line = next(x for x in run.stdout.splitlines() if x.startswith("RESULT "))
    got = json.loads(line[len("RESULT "):])
    assert got["backend"] == backend
    assert got["names"] == ["outer_conv", "inner_conv", "inner_up"]
    assert got["frameworks"] == ["keras"] * 3  # not read as a torch module on torch
    assert got["specs"] == [
        "ConvSpec(in_size=(7, 7), kernel_size=3, in_channels=2, out_channels=3)",
        "ConvSpec(in_size=(5, 5), kernel_size=3, padding=1, in_channels=3, out_channels=4)",
        "TransposedConvSpec(in_size=(5, 5), kernel_size=3, stride=2, padding=((0, 1), "
        "(0, 1)), in_channels=4, out_channels=2)",
    ]
    assert got["outcomes"] == ["verified"] * 3
    assert all(e < 1e-4 for e in got["errors"])
    assert got["steps"] == [[1, 3, "verified"], [2, 3, "verified"], [3, 3, "verified"]]
    assert got["keras"] == [0, "3 layers: 3 verified"]
    assert got["h5"] == [0, "3 layers: 3 verified"]
