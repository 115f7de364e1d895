"""A scanned TFLite layer against TensorFlow Lite itself: its kernel (or the core operator)
compared with what ``tf.lite.Interpreter`` computes for that layer inside its own model.

The model runs whole in TFLite's reference kernels (``BUILTIN_REF``; the optimized
``BUILTIN`` kernels with ``op_resolver="BUILTIN"``) with every intermediate tensor kept
(``experimental_preserve_all_tensors``) on random inputs; the layer's input and output
tensors are read back, the input goes through the generated kernel, and the outputs are
compared — bit for bit for a full-int8 layer, within float32 tolerance for a float one.

>>> reference_tensors.__name__
'reference_tensors'
"""

from __future__ import annotations

import numpy as np

from ...codegen.layout import from_pytorch, to_channels_first, to_channels_last

__all__ = ["reference_tensors", "int8_kernel", "check_tflite_layer", "compare_int8",
           "FLOAT_TOLERANCE"]

#: relative error allowed against TFLite for float layers (it computes in float32)
FLOAT_TOLERANCE = 1e-4


def _interpreter(path: str, op_resolver: str):
    import os
    import warnings

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    import tensorflow as tf

    kinds = tf.lite.experimental.OpResolverType
    resolver = {"BUILTIN_REF": kinds.BUILTIN_REF, "BUILTIN": kinds.BUILTIN,
                "XNNPACK": kinds.AUTO}[op_resolver]
    with warnings.catch_warnings():  # tf.lite.Interpreter's deprecation notice
        warnings.simplefilter("ignore")
        interp = tf.lite.Interpreter(model_path=path, experimental_op_resolver_type=resolver,
                                     experimental_preserve_all_tensors=True, num_threads=1)
    interp.allocate_tensors()
    return interp


#: ``(path, size, mtime, resolver, rounds, seed)`` -> None for a model whose runs went through
#: in a child process (the runs are deterministic: the same runs here do not crash this
#: process), else the ValueError message it gave
_PROBED: dict = {}
#: seconds a child process may take to load and run a model before it is stopped
PROBE_SECONDS = 300


def _probe(path: str, op_resolver: str, rounds: int, seed: int) -> None:
    """Run the model's ``rounds`` runs in a child process first: TFLite's interpreter
    crashes the process (SIGSEGV) on some malformed files that its reader accepts (issue 34:
    1 in 60 randomly mutated int8 models killed ``tconv-sym scan --verify``). A crash or an
    error becomes a ValueError naming the file; a model that ran is remembered."""
    import os
    import signal
    import subprocess
    import sys

    st = os.stat(path)
    key = (os.path.realpath(path), st.st_size, st.st_mtime_ns, op_resolver, rounds, seed)
    if key in _PROBED:
        if _PROBED[key] is not None:
            raise ValueError(_PROBED[key])
        return
    code = ("import sys\nfrom tconv_sym.interop.models.tflite_check import _runs\n"
            "for _ in _runs(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])):\n"
            "    pass\n")
    try:
        out = subprocess.run([sys.executable, "-c", code, path, op_resolver, str(rounds),
                              str(seed)], capture_output=True, text=True, timeout=PROBE_SECONDS)
    except subprocess.TimeoutExpired:
        raise ValueError(f"TFLite's interpreter did not finish {rounds} runs of {path} in "
                         f"{PROBE_SECONDS} s (tflite_check.PROBE_SECONDS)") from None
    _PROBED[key] = None
    if out.returncode < 0:
        name = signal.Signals(-out.returncode).name
        _PROBED[key] = (f"TFLite's interpreter crashed ({name}) running {path}: the model "
                        "file is malformed; not compared with TFLite")
    elif out.returncode:
        lines = [ln for ln in out.stderr.splitlines() if ln.strip()]
        _PROBED[key] = (f"TFLite's interpreter refused {path}: "
                        f"{lines[-1] if lines else 'exit ' + str(out.returncode)}")
    if _PROBED[key] is not None:
        raise ValueError(_PROBED[key])


def _runs(path: str, op_resolver: str, rounds: int, seed: int):
    """Yield the interpreter after each of ``rounds`` runs on the random inputs of ``seed`` (the
    runs :func:`reference_tensors` reads and :func:`_probe` tries in a child)."""
    interp = _interpreter(path, op_resolver)
    rng = np.random.default_rng(seed)
    for _ in range(rounds):
        for d in interp.get_input_details():
            if np.dtype(d["dtype"]).kind in "iu":
                info = np.iinfo(d["dtype"])
                v = rng.integers(info.min, info.max + 1, size=d["shape"]).astype(d["dtype"])
            else:
                v = rng.standard_normal(d["shape"]).astype(d["dtype"])
            interp.set_tensor(d["index"], v)
        interp.invoke()
        yield interp


def reference_tensors(layer, rounds: int = 3, seed: int = 0, op_resolver: str = "BUILTIN_REF"
                      ) -> list[tuple[np.ndarray, np.ndarray]]:
    """``[(x, y), ...]``: the layer's input and output tensors (NHWC, as TFLite holds them)
    in ``rounds`` runs of its whole model on random inputs (int8: uniform over [-128, 127];
    float: standard normal). The runs are tried in a child process first (:func:`_probe`):
    a model that crashes TFLite's interpreter is a ValueError, not a dead process."""
    _probe(layer.model_path, op_resolver, rounds, seed)
    x_t, y_t = layer.tensors
    return [(np.array(interp.get_tensor(x_t)), np.array(interp.get_tensor(y_t)))
            for interp in _runs(layer.model_path, op_resolver, rounds, seed)]


def int8_kernel(layer, *, out_dir=None, name=None, test_harness: bool = False,
                max_stack=None, max_workspace=None):
    """The int8 NHWC C kernel of a full-int8 TFLite layer (weights, bias and quantization
    baked), an :class:`~tconv_sym.codegen.Artifact`."""
    from ...codegen.api import generate

    if not getattr(layer, "int8", False):
        raise ValueError(f"layer {layer.name!r} is not a full-int8 TFLite layer")
    weights = from_pytorch(layer.weight, layer.spec, "tflite")
    return generate(layer.spec, lang="c", dtype="int8", layout="nhwc", weight_layout="tflite",
                    weights=weights, bias=layer.bias, quant=layer.quant, name=name,
                    out_dir=out_dir, test_harness=test_harness, max_stack=max_stack,
                    max_workspace=max_workspace)


def compare_int8(got: np.ndarray, expected: np.ndarray) -> tuple[int, int]:
    """``(values that differ, values)`` of two int8 arrays of the same shape."""
    if got.shape != expected.shape:
        raise ValueError(f"shape {got.shape} but TFLite gives {expected.shape}")
    return int(np.count_nonzero(got != expected)), int(got.size)


def _oracle(layer, x: np.ndarray) -> np.ndarray:
    from ...codegen.quant import int8_reference

    y, _ = int8_reference(layer.spec, to_channels_first(x), layer.weight, layer.bias,
                          layer.quant)
    return to_channels_last(y)


def _float_output(layer, x: np.ndarray, fn=None) -> np.ndarray:
    """A float layer's output (NHWC): the kernel ``fn`` (NCHW) or the core operator, then
    bias and the fused activation."""
    xc = to_channels_first(x).astype(np.float64)
    if fn is not None:
        y = np.asarray(fn(xc), dtype=np.float64)
    elif layer.transposed:
        y = layer.resolution.apply(xc, layer.weight)
    else:
        from ...reference import conv

        s = layer.spec
        y = conv(xc, layer.weight, stride=s.stride, padding=s.padding, dilation=s.dilation,
                 groups=s.groups)
    if layer.bias is not None:
        y = y + layer.bias.astype(np.float64).reshape((1, -1) + (1,) * layer.spec.ndim)
    act = layer.activation
    if act in ("RELU", "RELU6", "RELU_N1_TO_1"):
        lo, hi = {"RELU": (0, np.inf), "RELU6": (0, 6), "RELU_N1_TO_1": (-1, 1)}[act]
        y = np.clip(y, lo, hi)
    elif act != "NONE":
        raise ValueError(f"fused activation {act} is not applied by tconv_sym")
    return to_channels_last(y)


def check_tflite_layer(layer, *, gen=None, dtype: str = "float64", out_dir=None, name=None,
                       verify: bool = False, seed: int = 0, max_stack=None,
                       max_workspace=None) -> dict:
    """Generate (``gen="c"``: int8 layers always get an int8 NHWC C kernel) and check one
    scanned TFLite layer against ``tf.lite.Interpreter`` (``BUILTIN_REF``) running its model.
    Returns the fields of a scan report's layer check: ``files``, ``kernel_error``
    (``0.0``: bit-exact), ``notes``, ``failed``."""
    files, notes, failed, kernel_error = [], [], False, None
    if not layer.supported:
        return {"files": files, "notes": [f"unsupported: {layer.reason}"], "failed": False}
    fn = art = None
    if gen is not None:
        from ...codegen.api import generate
        from ...codegen.artifact import VerificationError

        if layer.int8:
            if gen != "c":
                raise ValueError(f"int8 layers are generated as C kernels (--gen c), got "
                                 f"gen={gen!r}")
            art = int8_kernel(layer, out_dir=out_dir, name=name, max_stack=max_stack,
                              max_workspace=max_workspace)
        elif layer.weight is None:
            return {"files": files, "failed": False,
                    "notes": ["the model computes the weight at run time; not generated"]}
        else:
            art = generate(layer.spec, lang=gen, dtype=dtype, weights=layer.weight, name=name,
                           out_dir=out_dir, **{k: v for k, v in (("max_stack", max_stack),
                           ("max_workspace", max_workspace)) if v is not None})
        files = [p.name for p in art.paths]
        try:
            kernel_error = float(art.verify())
        except VerificationError as exc:
            failed = True
            notes.append(f"kernel FAILED against the operator: {exc}")
        fn = art.load()
    if verify:
        if layer.weight is None:
            notes.append("the weight is computed at run time: not compared with TFLite")
        else:
            pairs = reference_tensors(layer, seed=seed)
            what = "kernel" if fn is not None else "core operator"
            if layer.int8:
                diff = total = 0
                for x, y in pairs:
                    got = fn(x) if fn is not None else _oracle(layer, x)
                    d, n = compare_int8(np.asarray(got), y)
                    diff, total = diff + d, total + n
                failed |= diff > 0
                notes.append(f"{what} vs TFLite BUILTIN_REF on this model's own layer "
                             f"({len(pairs)} runs): {diff} of {total:,} int8 values differ "
                             f"({'bit-exact' if not diff else 'FAILED'})")
            else:
                err = 0.0
                for x, y in pairs:
                    got = _float_output(layer, x, fn if fn is not None else None)
                    scale = max(1.0, float(np.max(np.abs(y), initial=0.0)))
                    err = max(err, float(np.max(np.abs(got - y), initial=0.0)) / scale)
                ok = err <= FLOAT_TOLERANCE
                failed |= not ok
                notes.append(f"{what} vs TFLite BUILTIN_REF on this model's own layer: max "
                             f"rel. error {err:.1e} ({'ok' if ok else 'FAILED'})")
    return {"files": files, "kernel_error": kernel_error, "notes": notes, "failed": failed}
