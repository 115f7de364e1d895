"""The conversion execution matrix: every emitted conversion run in its real framework.

Run by ``tests/test_conversion_matrix.py`` in subprocesses (Keras picks its backend from
``KERAS_BACKEND`` at import, so each backend is a process of its own)::

    KERAS_BACKEND=tensorflow python tests/conversion_worker.py sources OUT.pkl
    KERAS_BACKEND=jax python tests/conversion_worker.py keras OUT.pkl

``sources`` builds every source layer (PyTorch modules, ``tf.nn.conv_transpose`` calls,
Keras layers, ONNX nodes, ``lax.conv_transpose`` calls, core specs; given as
``tconv-sym convert`` flags or through the API), runs each in *its own framework* on batch
3 with a non-zero random bias, in float32 and float64 (where the framework has it), then
executes every target's emitted code — the ``convert`` printout for flag sources,
``Conversion.to_code()`` for API sources — in the target framework and compares. It
stores the cases (data, references, the Keras code) for the other Keras backends;
``keras`` runs that code on its backend. The last stdout line is JSON: one row per
(source, target, backend, dtype).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import pickle
import sys
import traceback
import warnings

import numpy as np

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
warnings.filterwarnings("ignore")

TARGETS = ("pytorch", "tensorflow", "keras", "onnx", "jax", "tconv_sym")
DTYPES = ("float32", "float64")
BATCH = 3

# (label, source framework, convert flags): the CLI's printout is executed for these
FLAG_SOURCES = [
    ("torch-2d-bias", "pytorch", "--in 5x4 --kernel 3 --stride 2 --padding 1 "
     "--output-padding 1 --in-channels 3 --out-channels 4 --bias"),
    ("torch-1d-grouped-dilated", "pytorch", "--in 6 --kernel 3 --stride 1 --padding 2 "
     "--dilation 2 --in-channels 4 --out-channels 6 --groups 2 --bias"),
    ("torch-1d-dilated", "pytorch", "--in 6 --kernel 3 --padding 2 --dilation 2 "
     "--in-channels 2 --out-channels 3 --bias"),
    ("tf-2d-same", "tensorflow", "--in 4x3 --kernel 3 --stride 2 --padding same "
     "--in-channels 2 --out-channels 3 --bias"),
    ("keras-2d-same-op", "keras", "--in 4x4 --kernel 3 --stride 2 --padding same "
     "--output-padding 1 --in-channels 2 --out-channels 3"),  # bias: Keras' default
    ("keras-3d-valid", "keras", "--in 3x2x3 --kernel 2 --stride 2 --padding valid "
     "--in-channels 2 --out-channels 2"),
    ("onnx-2d-same-upper", "onnx", "--in 3x4 --kernel 3x2 --stride 2x3 --padding same "
     "--in-channels 2 --out-channels 4 --groups 2 --bias"),
    ("jax-1d-valid", "jax", "--in 5 --kernel 4 --stride 3 --padding valid --in-channels 2 "
     "--out-channels 3 --bias"),
    ("spec-2d-asym", "tconv_sym", "--in 4x3 --kernel 3 --stride 2x1 --padding 1:0x0:2 "
     "--output-padding 1x0 --in-channels 2 --out-channels 3 --bias"),
]


def api_sources():
    """(label, resolution) built through the API (``Conversion.to_code()`` is executed)."""
    import torch

    import tconv_sym as ts
    from tconv_sym.interop import from_torch, resolve_jax, resolve_onnx, resolve_tf

    torch.manual_seed(0)
    m = torch.nn.ConvTranspose2d(2, 3, 4, stride=2, padding=1)  # DCGAN's upsampler
    out = [("torch-module-dcgan", from_torch(m, (1, 2, 3, 3)))]
    r = resolve_onnx((1, 2, 3), (2, 3, 3), strides=[2], auto_pad="SAME_LOWER")
    out.append(("onnx-1d-same-lower", r))
    r = resolve_tf((1, 3, 3, 2), (3, 3, 4, 2), (1, 8, 7, 4), strides=2, padding="VALID")
    out.append(("tf-2d-valid-long", r))
    r = resolve_jax((1, 4, 2), (3, 2, 3), (2,), [(1, 0)])  # flipped kernel, explicit pads
    out.append(("jax-1d-explicit", r))
    r = ts.interop.from_spec(ts.TransposedConvSpec(in_size=5, kernel_size=3, stride=2,
                                                   padding="same", mode="convolution",
                                                   in_channels=2, out_channels=2))
    out.append(("spec-1d-convolution-mode", r))
    for _, src in out:
        src.params["bias"] = True
    return out


# --------------------------------------------------------------------------------------
# each source run in its own framework (from its resolution's own parameters)
# --------------------------------------------------------------------------------------
def run_pytorch(r, x, w, b):
    import torch

    fn = getattr(torch.nn.functional, f"conv_transpose{r.ndim}d")
    p = r.params
    return fn(torch.from_numpy(x), torch.from_numpy(w), torch.from_numpy(b), stride=p["stride"],
              padding=p["padding"], output_padding=p["output_padding"], groups=p["groups"],
              dilation=p["dilation"]).numpy()


def run_tensorflow(r, x, w, b):
    import tensorflow as tf

    p = r.params
    shape = list(p["output_shape"])
    shape[p["data_format"].index("N")] = x.shape[0]
    y = tf.nn.conv_transpose(x, w, shape, p["strides"], p["padding"], p["data_format"],
                             p["dilations"])
    return (y + b).numpy()


def run_keras(r, x, w, b):
    import keras

    p = r.params
    layer = getattr(keras.layers, f"Conv{r.ndim}DTranspose")(
        r.spec.out_channels, r.spec.kernel_size, strides=p["strides"], padding=p["padding"],
        output_padding=p["output_padding"], data_format=p["data_format"],
        dilation_rate=p["dilation_rate"], use_bias=True, dtype=str(x.dtype))
    layer.build((None, *x.shape[1:]))
    layer.kernel.assign(w)
    layer.bias.assign(b)
    return keras.ops.convert_to_numpy(layer(x))


def run_onnx(r, x, w, b):
    import onnxruntime
    from onnx import helper, numpy_helper  # noqa: F401

    attrs = {k: v for k, v in r.params.items() if k != "bias"}
    node = helper.make_node("ConvTranspose", ["X", "W", "B"], ["Y"], **attrs)
    elem = helper.np_dtype_to_tensor_dtype(x.dtype)
    graph = helper.make_graph([node], "g", [helper.make_tensor_value_info(n, elem, None)
                                            for n in "XWB"],
                              [helper.make_tensor_value_info("Y", elem, None)])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 22)])
    model.ir_version = 10
    sess = onnxruntime.InferenceSession(model.SerializeToString(),
                                        providers=["CPUExecutionProvider"])
    return sess.run(None, {"X": x, "W": w, "B": b})[0]


def run_jax(r, x, w, b):
    import jax

    p = r.params
    padding = p["padding"] if isinstance(p["padding"], str) else [tuple(q) for q in p["padding"]]
    y = jax.lax.conv_transpose(x, w, p["strides"], padding, p["rhs_dilation"],
                               p["dimension_numbers"], p["transpose_kernel"])
    c_axis = r.out_layout.index("C")
    return np.asarray(y + b.reshape([-1 if j == c_axis else 1 for j in range(r.ndim + 2)]))


def run_tconv_sym(r, x, w, b):
    return r.apply(x, w, b)


RUN = {"pytorch": run_pytorch, "tensorflow": run_tensorflow, "keras": run_keras,
       "onnx": run_onnx, "jax": run_jax, "tconv_sym": run_tconv_sym}


# --------------------------------------------------------------------------------------
# the matrix
# --------------------------------------------------------------------------------------
def _data(r, dtype, seed):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(r.input_shape(BATCH)).astype(dtype)
    w = rng.standard_normal(r.weight_shape).astype(dtype)
    b = (rng.standard_normal(r.spec.out_channels) + 2.0).astype(dtype)  # clearly non-zero
    return x, w, b


def _as_numpy(y):
    if hasattr(y, "detach"):
        y = y.detach().cpu().numpy()
    return np.asarray(y)


def execute(code: str, x, w, b, ref) -> dict:
    """Run ``code`` with x, w, b; the max error relative to the reference's largest value."""
    ns = {"x": x, "w": w, "b": b}
    try:
        exec(compile(code, "<converted>", "exec"), ns)
        y = _as_numpy(ns["y"])
    except Exception as exc:  # noqa: BLE001 - reported, the test decides
        line = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return {"status": "error", "error": line[:300]}
    if y.shape != ref.shape:
        return {"status": "shape", "error": f"{y.shape} != {ref.shape}"}
    err = float(np.max(np.abs(y.astype(np.float64) - ref)) / max(np.max(np.abs(ref)), 1e-30))
    return {"status": "ok", "rel_err": err, "out_dtype": str(y.dtype)}


def _cli_script(fw: str, flags: str, to: str) -> str:
    from tconv_sym.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["convert", "--from", fw, "--to", to, *flags.split()])
    text = out.getvalue()
    if status not in (0, 1):
        raise RuntimeError(f"convert exited {status}: {text}")
    return text


def scanned_cases() -> list[dict]:
    """A scanned PyTorch model: every layer's snippets as the scan report prints them
    (``layer.equivalents[fw].to_code()``, ordinary and transposed layers), against the
    model's own module on batch 3 with its (non-zero) bias."""
    import torch

    import tconv_sym as ts

    torch.manual_seed(1)
    net = torch.nn.Sequential(torch.nn.Conv2d(3, 4, 3, stride=2, padding=1),
                              torch.nn.ConvTranspose2d(4, 2, 4, stride=2, padding=1),
                              torch.nn.ConvTranspose2d(2, 3, 3, stride=2, padding=1,
                                                       output_padding=1))
    with torch.no_grad():
        for m in net:
            m.bias.add_(2.0)  # clearly non-zero
    cases = []
    for j, (layer, module) in enumerate(zip(ts.scan(net, input_shape=(1, 3, 8, 8)), net)):
        assert layer.bias is not None
        for dtype in DTYPES:
            rng = np.random.default_rng(100 + j)
            x = rng.standard_normal((BATCH, *layer.input_shape[1:])).astype(dtype)
            m = module.to(getattr(torch, dtype))
            with torch.no_grad():
                ref = m(torch.from_numpy(x)).numpy().astype(np.float64)
            w = m.weight.detach().numpy()
            b = m.bias.detach().numpy()
            for to, eq in layer.equivalents.items():
                cases.append(dict(source=f"scan-{layer.name}-{layer.op}", source_fw="pytorch",
                                  target=to, dtype=dtype, via="report", x=x, w=w, b=b,
                                  ref=ref, ref_status="ok", code=eq.to_code(),
                                  impossible=None, source_cautions=[],
                                  cautions=list(getattr(getattr(eq, "target", None),
                                                        "cautions", ()))))
    return cases


def build_cases():
    """Every source with its data, its own framework's output, and the code per target."""
    from tconv_sym.cli._args import FLAG_NAMES
    from tconv_sym.interop import convert, framework_for
    from tconv_sym.spec import layer_params

    cases = []
    flag_sources = []
    for label, fw, flags in FLAG_SOURCES:
        words = flags.split()
        given = {}
        for flag, value in zip(words, words[1:]):
            if flag.startswith("--") and not value.startswith("--"):
                given[flag] = value
        fields = {field: given[flag] for field, flag in FLAG_NAMES.items() if flag in given}
        for key in ("in_channels", "out_channels", "groups"):
            if key in fields:
                fields[key] = int(fields[key])
        bias = True if "--bias" in words else None
        src = framework_for(fw).from_flags(layer_params(from_text=True, **fields), bias=bias)
        flag_sources.append((label, src, "cli", (fw, flags)))
    for label, src in api_sources():
        flag_sources.append((label, src, "to_code", None))
    for seed, (label, src, via, cli) in enumerate(flag_sources):
        assert src.params["bias"], label  # every source has a bias (Keras: by default)
        for dtype in DTYPES:
            x, w, b = _data(src, dtype, seed)
            try:
                ref = np.asarray(RUN[src.framework](src, x, w, b), dtype=np.float64)
                ref_status = "ok"
            except Exception as exc:  # onnxruntime has no float64 ConvTranspose
                ref, ref_status = None, traceback.format_exception_only(type(exc), exc)[-1][:200]
            for to in TARGETS:
                c = convert(src, to=to)
                code = None
                if c.target is not None:
                    code = _cli_script(*cli, to) if via == "cli" else c.to_code()
                cases.append(dict(source=label, source_fw=src.framework, target=to,
                                  dtype=dtype, via=via, x=x, w=w, b=b, ref=ref,
                                  ref_status=ref_status, code=code,
                                  impossible=c.reason if c.target is None else None,
                                  cautions=list(c.target.cautions) if c.target else [],
                                  source_cautions=list(src.cautions)))
    return cases + scanned_cases()


def onednn_enabled():
    from tconv_sym.interop.tensorflow import onednn_enabled

    return onednn_enabled()


def cpu_refuses(caution, dtype, onednn):
    from tconv_sym.interop.tensorflow import cpu_refuses

    return cpu_refuses(caution, dtype, onednn)


def run_cases(cases, targets, backend) -> list[dict]:
    rows = []
    for case in cases:
        if case["target"] not in targets:
            continue
        row = {k: case[k] for k in ("source", "source_fw", "target", "dtype", "via",
                                    "impossible", "cautions", "source_cautions")}
        row["backend"] = backend if case["target"] == "keras" else None
        row["onednn"] = onednn_enabled()  # whether TensorFlow's CPU kernels here are oneDNN's
        row["bias_abs_min"] = float(np.min(np.abs(case["b"])))
        if case["impossible"]:
            row["status"] = "impossible"
        elif case["ref"] is None:
            row.update(status="no-reference", error=case["ref_status"])
        else:
            row.update(execute(case["code"], case["x"], case["w"], case["b"], case["ref"]))
            row["code_uses_b"] = "b" in case["code"].replace("import", "").split() or \
                "(b" in case["code"] or " b)" in case["code"]
        rows.append(row)
    return rows


def caution_grid(only_cautioned: bool) -> list[list]:
    """Keras layers on *this* backend: [layer, dtype, predicted to abort on the TensorFlow
    backend (``Resolution.cautions``), ran]. On the TensorFlow backend the two must agree;
    the other backends (``only_cautioned``) run the layers predicted to abort there."""
    import itertools

    import keras

    from tconv_sym.interop import resolve_keras

    rng = np.random.default_rng(5)
    out = []
    for nd, fmt, pad, k, s, d, op, dtype in itertools.product(
            (1, 3), ("channels_last", "channels_first"), ("same", "valid"), (2, 3), (1, 2),
            (1, 2), (None, 0), DTYPES):
        if s > 1 and d > 1 or (nd == 3 and (k == 3 or s == 1)) or pad == "valid" and op == 0:
            continue
        shape = (2, *(3,) * nd, 2) if fmt == "channels_last" else (2, 2, *(3,) * nd)
        r = resolve_keras(shape, (*(k,) * nd, 3, 2), s, pad, op, fmt, d)
        predicted = [c for c in r.cautions
                     if "aborts:" in c or cpu_refuses(c, dtype, onednn_enabled())]
        if not (predicted or only_cautioned is False):
            continue  # the other backends: the layers the TensorFlow backend refuses
        layer = getattr(keras.layers, f"Conv{nd}DTranspose")(
            3, k, strides=s, padding=pad, output_padding=op, data_format=fmt,
            dilation_rate=d, dtype=dtype)
        try:
            keras.ops.convert_to_numpy(layer(rng.standard_normal(shape).astype(dtype)))
            ran = True
        except Exception:  # noqa: BLE001 - AbortedError / InvalidArgumentError
            ran = False
        out.append([f"Conv{nd}DTranspose(k={k}, s={s}, d={d}, {pad}, op={op}, {fmt})", dtype,
                    bool(predicted), ran])
    return out


def main(argv) -> int:
    mode, path = argv
    backend = os.environ.get("KERAS_BACKEND", "tensorflow")
    if mode == "sources" or backend == "jax":
        import jax

        jax.config.update("jax_enable_x64", True)  # float64 stays float64 (JAX's switch)
    if mode == "sources":
        cases = build_cases()
        with open(path, "wb") as fh:
            pickle.dump([c for c in cases if c["target"] == "keras"], fh)
        rows = run_cases(cases, TARGETS, backend)
        rows.append({"caution_grid": caution_grid(only_cautioned=False)})
    else:
        with open(path, "rb") as fh:
            cases = pickle.load(fh)  # written by this test's own sources run
        rows = run_cases(cases, ("keras",), backend)
        rows.append({"caution_grid": caution_grid(only_cautioned=True)})
    print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.exit(main(sys.argv[1:]))
