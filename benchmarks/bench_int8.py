"""int8 against TFLite on one thread: the generated kernel of a full-int8 layer vs TFLite's
default interpreter (XNNPACK), its builtin optimized kernels and its reference kernels.

    python -m benchmarks.bench_int8 [--rounds 9] [--layers all|decoder]

Each layer is a Keras model converted to full-int8 TFLite here, scanned back with
``ts.scan``, generated (``int8_kernel``) and checked bit for bit against BUILTIN_REF first.
Timing: alternating rounds (the order rotates each round), median CPU time of the process
(``time.process_time``) and wall time per call; ratios are TFLite's time over ours (> 1: we
are faster). The machine this runs on may be shared: read the ratios, not the times.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import numpy as np  # noqa: E402

#: (name, input NHWC, Keras layer constructor arguments)
LAYERS = {
    "decoder": ((1, 32, 32, 128), ("Conv2DTranspose", dict(filters=64, kernel_size=4, strides=2,
                                                           padding="same"))),
    "up_k3": ((1, 16, 16, 64), ("Conv2DTranspose", dict(filters=64, kernel_size=3, strides=2,
                                                        padding="same"))),
    "conv3x3": ((1, 32, 32, 64), ("Conv2D", dict(filters=64, kernel_size=3, padding="same"))),
    "dw3x3": ((1, 32, 32, 128), ("DepthwiseConv2D", dict(kernel_size=3, padding="same"))),
    "dw5x5_m2_s2": ((1, 32, 32, 64), ("DepthwiseConv2D", dict(kernel_size=5, strides=2,
                                                             depth_multiplier=2,
                                                             padding="same"))),
    "conv_g4": ((1, 32, 32, 128), ("Conv2D", dict(filters=64, kernel_size=3, groups=4,
                                                  padding="same"))),
    "up1d": ((1, 256, 128), ("Conv1DTranspose", dict(filters=64, kernel_size=8, strides=4,
                                                     padding="same"))),
}


def _model(path, shape, layer):
    import keras
    import tensorflow as tf

    keras.utils.set_random_seed(0)
    cls, kw = layer
    inp = keras.Input(shape[1:], batch_size=1)
    model = keras.Model(inp, getattr(keras.layers, cls)(**kw)(inp))
    rng = np.random.default_rng(0)
    for lay in model.layers:
        w = lay.get_weights()
        if len(w) == 2:
            lay.set_weights([w[0], rng.uniform(-0.2, 0.2, w[1].shape)])

    def data():
        for _ in range(8):
            yield [rng.standard_normal(shape).astype(np.float32)]

    conv = tf.lite.TFLiteConverter.from_keras_model(model)
    conv.optimizations = [tf.lite.Optimize.DEFAULT]
    conv.representative_dataset = data
    conv.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    conv.inference_input_type = conv.inference_output_type = tf.int8
    with open(path, "wb") as f:
        f.write(conv.convert())


def _interpreter(path, kind):
    import warnings

    import tensorflow as tf

    kinds = tf.lite.experimental.OpResolverType
    resolver = {"XNNPACK": kinds.AUTO, "BUILTIN": kinds.BUILTIN_WITHOUT_DEFAULT_DELEGATES,
                "BUILTIN_REF": kinds.BUILTIN_REF}[kind]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        interp = tf.lite.Interpreter(model_path=path, experimental_op_resolver_type=resolver,
                                     num_threads=1)
    interp.allocate_tensors()
    i = interp.get_input_details()[0]["index"]
    o = interp.get_output_details()[0]["index"]

    def run(x):
        interp.set_tensor(i, x)
        interp.invoke()
        return interp.get_tensor(o)

    return run


def _race(contenders: dict, x, rounds: int, min_time: float = 0.05) -> dict:
    """Median (cpu, wall) seconds per call, alternating order each round."""
    calls = {}
    for name, fn in contenders.items():
        fn(x)
        n, t0 = 1, time.perf_counter()
        fn(x)
        dt = time.perf_counter() - t0
        calls[name] = max(1, int(min_time / max(dt, 1e-7)))
    names = list(contenders)
    cpu = {n: [] for n in names}
    wall = {n: [] for n in names}
    for r in range(rounds):
        for name in names[r % len(names):] + names[:r % len(names)]:
            fn, n = contenders[name], calls[name]
            c0, w0 = time.process_time(), time.perf_counter()
            for _ in range(n):
                fn(x)
            cpu[name].append((time.process_time() - c0) / n)
            wall[name].append((time.perf_counter() - w0) / n)
    return {n: (statistics.median(cpu[n]), statistics.median(wall[n])) for n in names}


def bench_layer(name: str, rounds: int, folder: str) -> dict:
    import tconv_sym as ts
    from tconv_sym.interop.models.tflite_check import int8_kernel

    shape, layer = LAYERS[name]
    path = os.path.join(folder, f"{name}.tflite")
    _model(path, shape, layer)
    (scanned,) = ts.scan(path)
    art = int8_kernel(scanned, out_dir=folder, name=f"bench_{name}")
    kernel = art.load()
    per_sample = tuple(art.plan.args[0].shape)

    def ours(x):  # a 1-D layer's model reshapes to (1, 1, L, C) around the op: so do we
        return kernel(x.reshape((x.shape[0], *per_sample))).reshape(want.shape)

    rng = np.random.default_rng(1)
    x = rng.integers(-128, 128, shape).astype(np.int8)
    runs = {k: _interpreter(path, k) for k in ("XNNPACK", "BUILTIN", "BUILTIN_REF")}
    want = runs["BUILTIN_REF"](x)
    exact = {k: bool(np.array_equal(fn(x), want)) for k, fn in runs.items()}
    exact["tconv_sym"] = bool(np.array_equal(ours(x), want))
    times = _race({"tconv_sym": ours, "XNNPACK": runs["XNNPACK"], "BUILTIN": runs["BUILTIN"]},
                  x, rounds)
    return {"layer": name, "spec": scanned.spec, "form": _form(art.plan),
            "times": times, "exact": exact}


def _cpu() -> str:
    """The CPU model and the int8 kernels' x86 path it takes (-march=native)."""
    try:
        with open("/proc/cpuinfo") as f:
            text = f.read()
    except OSError:
        return "unknown"
    model = next((ln.split(":", 1)[1].strip() for ln in text.splitlines()
                  if ln.startswith("model name")), "unknown")
    flags = set(next((ln.split(":", 1)[1].split() for ln in text.splitlines()
                      if ln.startswith("flags")), []))
    path = ("AVX-512 VNNI" if {"avx512_vnni", "avx512bw"} <= flags else
            "AVX2" if "avx2" in flags else "portable C")
    return f"{model}; int8 path {path}"


def _form(plan) -> str:
    """Which int8 form the kernel runs: the phase GEMMs, the depthwise kernel or the scalar
    tap blocks."""
    low = plan.lowering
    for attr in ("gemm", "dw"):
        form = getattr(low, attr, None)
        if form is not None:
            return type(form).__name__
    return plan.schedule


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--layers", default="all", help="comma-separated names or 'all'")
    args = parser.parse_args(argv)
    names = list(LAYERS) if args.layers == "all" else args.layers.split(",")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (shared machine: "
          "ratios, not absolute times)")
    print(f"CPU: {_cpu()}")
    print("| layer | form | tconv_sym cpu ms | XNNPACK cpu ms | BUILTIN cpu ms "
          "| XNNPACK/ours cpu (wall) | BUILTIN/ours cpu (wall) | bit-exact vs BUILTIN_REF |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for name in names:
            r = bench_layer(name, args.rounds, folder)
            t = r["times"]
            ours_c, ours_w = t["tconv_sym"]
            cells = [f"{t[k][0] * 1e3:.2f}" for k in ("tconv_sym", "XNNPACK", "BUILTIN")]
            ratios = [f"{t[k][0] / ours_c:.2f}x ({t[k][1] / ours_w:.2f}x)"
                      for k in ("XNNPACK", "BUILTIN")]
            exact = ", ".join(f"{k} {'yes' if v else 'NO'}" for k, v in r["exact"].items())
            sp = r["spec"]
            print(f"| {name} {sp.in_channels}->{sp.out_channels} g{sp.groups} "
                  f"{'x'.join(map(str, sp.in_size))} | {r['form']} | {' | '.join(cells)} | "
                  f"{' | '.join(ratios)} | {exact} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
