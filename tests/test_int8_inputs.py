"""What int8 kernels are made from: weights from .npy / .npz / raw files, quantization files
read with a bound, and values TFLite's arithmetic cannot hold refused at generation (issue 34:
shifts above 30, a bias that overflows the accumulator, booleans and strings as scales,
``--quant /dev/zero``), with errors that name the CLI flags."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys

import numpy as np
import pytest

from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.cli import main
from tconv_sym.codegen.api import generate
from tconv_sym.codegen.layout import weight_shape
from tconv_sym.codegen.quant import (
    MAX_JSON_BYTES,
    Quantization,
    accumulator_bounds,
    int8_reference,
)
from tconv_sym.codegen.weights_file import read_array

SPEC = TransposedConvSpec(in_size=(5, 5), kernel_size=3, stride=2, padding="same",
                          in_channels=4, out_channels=3)
Q = dict(input_scale=0.02, input_zero_point=3, weight_scales=[0.01, 0.02, 0.015],
         output_scale=0.05, output_zero_point=-2)
GEN = ["gen", "--in", "5x5", "--kernel", "3", "--stride", "2", "--padding", "same",
       "--in-channels", "4", "--out-channels", "3", "--lang", "c", "--layout", "nhwc",
       "--dtype", "int8"]


@pytest.fixture
def files(tmp_path):
    rng = np.random.default_rng(0)
    w = rng.integers(-127, 128, weight_shape(SPEC, "tflite")).astype(np.int8)
    np.save(tmp_path / "w.npy", w)
    np.savez(tmp_path / "many.npz", up=w, other=np.zeros(3))
    np.savez(tmp_path / "one.npz", only=w)
    w.astype("<i1").tofile(tmp_path / "w.bin")
    w.astype("<f4").tofile(tmp_path / "w_f32.bin")
    (tmp_path / "q.json").write_text(json.dumps(Q))
    return tmp_path, w


# --------------------------------------------------------------------------------------
# Weights from files
# --------------------------------------------------------------------------------------
def test_every_weight_format_gives_the_same_array(files):
    d, w = files
    shape = w.shape
    arrays = [read_array(d / "w.npy"), read_array(d / "one.npz"),
              read_array(f"{d / 'many.npz'}:up"),
              read_array(d / "w.bin", dtype="int8", shape=shape),
              read_array(d / "w_f32.bin", dtype="float32", shape=shape)]
    for a in arrays:
        np.testing.assert_array_equal(a, w)
    assert arrays[4].dtype == np.float32


@pytest.mark.parametrize("path, kw, words", [
    ("many.npz", {}, r"holds the arrays \['other', 'up'\]: name one as many.npz:NAME"),
    ("many.npz:nope", {}, r"no array 'nope'"),
    ("w.bin", {}, r"raw file .* give its dtype \(--weight-dtype"),
    ("w.bin", {"dtype": "int32", "shape": (3, 3, 3, 4)}, "has 108 bytes; int32 weights"),
    ("w.npy", {"dtype": "int8"}, "applies to raw files"),
    ("missing.npy", {}, "no such file"),
])
def test_bad_weight_files_are_refused_by_name(files, path, kw, words):
    d, _ = files
    with pytest.raises(ValueError, match=words):
        read_array(str(d / path), source=f"--weights {path}", **kw)


def test_pickled_npy_is_refused(tmp_path):
    np.save(tmp_path / "obj.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(ValueError, match="not a readable .npy file"):
        read_array(tmp_path / "obj.npy")


def test_cli_gen_reads_npz_and_raw_weights(files):
    d, w = files
    outs = []
    for i, extra in enumerate((["--weights", f"{d / 'many.npz'}:up"],
                               ["--weights", str(d / "w.bin"), "--weight-dtype", "int8"])):
        out = d / f"out{i}"
        code = main([*GEN, *extra, "--quant", str(d / "q.json"), "--name", "k", "--out",
                     str(out), "--verify", "--cflags=-O1"])
        assert code == 0
        outs.append((out / "k.c").read_text())
    assert outs[0] == outs[1]  # the same weights baked, byte for byte


def test_cli_errors_name_the_flags(files, capsys):
    d, _ = files
    code = main([*GEN, "--weights", str(d / "w.bin"), "--quant", str(d / "q.json")])
    assert code == 2 and "--weights" in capsys.readouterr().err
    (d / "bad.json").write_text("{\"input_scale\": true}")
    code = main([*GEN, "--weights", str(d / "w.npy"), "--quant", str(d / "bad.json")])
    err = capsys.readouterr().err
    assert code == 2 and f"--quant {d / 'bad.json'}" in err, err
    (d / "notjson.json").write_text("scale = 0.1")
    code = main([*GEN, "--weights", str(d / "w.npy"), "--quant", str(d / "notjson.json")])
    err = capsys.readouterr().err
    assert code == 2 and "is not JSON: Expecting value (line 1, column 1)" in err, err



def test_cli_errors_use_the_flag_words_not_python_names(files, capsys):
    """Issue 34 (fuzz KNOWN): a per-channel length mismatch in the --quant file named the
    library field only, and int8/lang errors said ``lang='c'``, ``weights=``,
    ``quant=Quantization(...)``: now the flags the user typed, the value and what is
    allowed."""
    d, _ = files
    (d / "q7.json").write_text(json.dumps({**Q, "weight_scales": [0.01] * 7}))
    code = main([*GEN, "--weights", str(d / "w.npy"), "--quant", str(d / "q7.json")])
    err = capsys.readouterr().err.strip()
    assert code == 2 and err == (
        f"tconv-sym gen: error: --quant {d / 'q7.json'}: weight_scales must have 1 or 3 "
        "entries (one per output channel), got 7"), err
    cases = [(["--lang", "numpy"], "--dtype int8 kernels are C (--lang c), got --lang numpy"),
             ([], "--dtype int8 needs --weights (int8, baked into the code)"),
             (["--weights", str(d / "w.npy")], "--dtype int8 needs --quant QUANT.json")]
    for extra, words in cases:
        code = main([*GEN, *extra, "--out", str(d / "o")])
        err = capsys.readouterr().err
        assert code == 2 and words in err and "lang='" not in err and "weights=" not in err \
            and "quant=" not in err, (extra, err)
    code = main([*GEN[:-2], "--quant", str(d / "q.json"), "--out", str(d / "o")])
    err = capsys.readouterr().err
    assert code == 2 and "--bias and --quant apply to --dtype int8 kernels; float kernels " \
        "(--dtype float64) take neither" in err, err

# --------------------------------------------------------------------------------------
# Quantization and bias: refused at generation where TFLite's arithmetic is undefined
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("field, value", [("input_scale", True), ("input_scale", "0.1"),
                                          ("weight_scales", [0.1, "0.2", 0.1]),
                                          ("output_scale", None)])
def test_scales_must_be_numbers(field, value):
    with pytest.raises(TypeError, match="must be a real number, got"):
        Quantization(**{**Q, field: value})


@pytest.mark.parametrize("value", [2**1100, -(2**1100), 1e39, float("nan")])
def test_scales_beyond_float32_are_refused_by_name(value):
    """found by tests/fuzz_hostile.py: an int beyond the double range raised OverflowError."""
    with pytest.raises(ValueError, match="output_scale must be a finite positive float32"):
        Quantization(**{**Q, "output_scale": value})


@pytest.mark.parametrize("output_scale, ok", [(1e-45, False), (1e-14, False), (2e-12, True)])
def test_left_shifts_above_30_are_refused(output_scale, ok):
    """input 0.02 x weight 0.02 / output: 4e-4/1e-45 needs shift 143, 4e-4/1e-14 shift 36,
    4e-4/2e-12 shift 28;
    the limit is a left shift of 30 (x * 2^shift on int32)."""
    q = {**Q, "output_scale": output_scale, "weight_scales": [0.02]}
    if ok:
        Quantization(**q)
        return
    with pytest.raises(ValueError, match=r"left shift of \d+ > 30"):
        Quantization(**q)


def test_the_shift_limit_is_exact():
    """A real multiplier just below 2^30 passes; 2^30 (shift 31) is refused."""
    base = dict(input_scale=1.0, input_zero_point=0, output_zero_point=0)
    Quantization(**base, weight_scales=[2.0**29], output_scale=1.0)  # shift 30
    with pytest.raises(ValueError, match="left shift of 31 > 30"):
        Quantization(**base, weight_scales=[2.0**30], output_scale=1.0)


def test_bias_that_can_overflow_the_accumulator_is_refused(files):
    d, w = files
    bound = accumulator_bounds(SPEC, np.load(d / "w.npy").transpose(3, 0, 1, 2), Quantization(**Q))
    with pytest.raises(ValueError, match=r"bias\[1\] = 2147483647 plus a sum of up to"):
        generate(SPEC, lang="c", dtype="int8", layout="nhwc", weights=w,
                 bias=[0, 2**31 - 1, 0], quant=Q, out_dir=d)
    # the largest bias that cannot overflow is accepted, and the C kernel stays exact there
    edge = [0, int(2**31 - 1 - bound[1]), 0]
    art = generate(SPEC, lang="c", dtype="int8", layout="nhwc", weights=w, bias=edge,
                   quant=Q, out_dir=d, name="edge")
    assert art.verify() == 0.0
    with pytest.raises(ValueError, match=r"bias\[1\]"):
        generate(SPEC, lang="c", dtype="int8", layout="nhwc", weights=w,
                 bias=[0, edge[1] + 1, 0], quant=Q, out_dir=d)


def test_accumulator_bound_is_reached():
    """The bound is tight: all weights +127 and the input at its extreme give exactly it."""
    spec = ConvSpec(in_size=3, kernel_size=3, in_channels=2, out_channels=1)
    q = Quantization(**{**Q, "weight_scales": [0.01]})
    w = np.full(spec.weight_shape, 127)
    x = np.full((1, 2, 3), -128)
    _, acc = int8_reference(spec, x, w, None, q)
    assert int(np.abs(acc).max()) == int(accumulator_bounds(spec, w, q)[0]) == 6 * 127 * 131


def test_quant_from_dev_zero_is_bounded(tmp_path):
    """``--quant /dev/zero`` read at most MAX_JSON_BYTES, under a 1 GiB address-space limit."""
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (2**30 + 2**29, 2**30 + 2**29))\n"
        "from tconv_sym.cli import main\n"
        f"sys.exit(main({[*GEN, '--weights', 'x.npy', '--quant', '/dev/zero']!r}))\n")
    np.save(tmp_path / "x.npy", np.zeros(weight_shape(SPEC, "tflite"), np.int8))
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=tmp_path, timeout=120,
                         preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CPU, (60, 60)))
    assert run.returncode == 2, run.stderr[-2000:]
    assert f"--quant /dev/zero is larger than {MAX_JSON_BYTES:,} bytes" in run.stderr


def test_quant_json_round_trip_and_missing_fields(tmp_path):
    q = Quantization(**Q)
    (tmp_path / "q.json").write_text(json.dumps(q.to_dict()))
    assert Quantization.from_json(tmp_path / "q.json") == q
    with pytest.raises(ValueError, match=r"missing field\(s\) \['output_zero_point'\]"):
        Quantization.from_dict({k: v for k, v in Q.items() if k != "output_zero_point"})
    with pytest.raises(ValueError, match="cannot be read"):
        Quantization.from_json(os.fspath(tmp_path))


def test_explain_weights_use_the_same_reader(tmp_path, capsys):
    """``explain --weights``: a complex array is refused (not cut to its real part), an
    .npz member is read."""
    np.save(tmp_path / "c.npy", np.ones((1, 1, 3)) * (1 + 2j))
    args = ["explain", "--in", "4", "--kernel", "3", "--no-prove", "--out"]
    assert main([*args, str(tmp_path / "a"), "--weights", str(tmp_path / "c.npy")]) == 2
    assert "must hold real numbers, got dtype complex128" in capsys.readouterr().err
    np.savez(tmp_path / "w.npz", k=np.array([[[1.0, 2.0, 1.0]]]))
    assert main([*args, str(tmp_path / "b"), "--weights", f"{tmp_path / 'w.npz'}:k"]) == 0
    assert "### With these weights" in (tmp_path / "b" / "report.md").read_text()


def _npy_bytes(descr: str, shape, payload: int) -> bytes:
    hdr = f"{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape!r}, }}".encode()
    hdr = hdr.ljust(117) + b"\n"
    return b"\x93NUMPY\x01\x00" + len(hdr).to_bytes(2, "little") + hdr + b"\0" * payload


@pytest.mark.parametrize("shape, payload, words", [
    ((10**5, 10**5, 10**5), 64, "claims shape (100000, 100000, 100000) of float64 "
                                "(8,000,000,000,000,000 bytes), the file holds 64"),
    ((3, 4), 40, "claims shape (3, 4) of float64 (96 bytes), the file holds 40"),
])
def test_npy_headers_are_checked_before_numpy_allocates(tmp_path, shape, payload, words):
    """Issue 34 round 3: a 64-byte .npy (or .npz member) whose header claims (10**5,)*3
    float64 made NumPy ask for 7.1 PiB (a MemoryError traceback, exit 1); a smaller claim
    would have been allocated. Now the header is read first and compared with the bytes
    the file holds."""
    import zipfile

    data = _npy_bytes("<f8", shape, payload)
    (tmp_path / "h.npy").write_bytes(data)
    with zipfile.ZipFile(tmp_path / "h.npz", "w") as z:
        z.writestr("a.npy", data)
    with pytest.raises(ValueError, match="--weights h.npy: its header") as e1:
        read_array(str(tmp_path / "h.npy"), source="--weights h.npy")
    with pytest.raises(ValueError, match=r"--weights h.npz \(array 'a'\): its header") as e2:
        read_array(str(tmp_path / "h.npz"), source="--weights h.npz")
    assert words in str(e1.value) and words in str(e2.value)
    good = np.arange(12.0).reshape(3, 4)
    np.save(tmp_path / "g.npy", good)
    np.testing.assert_array_equal(read_array(str(tmp_path / "g.npy")), good)


def test_load_weights_errors_name_the_load_parameter(tmp_path):
    spec = TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, in_channels=3,
                              out_channels=4)
    art = generate(spec, out_dir=tmp_path, name="lw")
    with pytest.raises(ValueError, match=r"load\(weights=\.\.\.\): w must have shape "
                                         r"\(3, 4, 3, 3\), got \(4, 3, 3, 3\)"):
        art.load(weights=np.ones((4, 3, 3, 3)))
    with pytest.raises(TypeError, match=r"load\(weights=\.\.\.\): .*complex64"):
        art.load(weights=np.ones((3, 4, 3, 3), np.complex64))
    fn = art.load(weights=np.ones((3, 4, 3, 3)))
    assert fn(np.ones((1, 3, 4, 4))).shape == (1, 4, 9, 9)


@pytest.mark.parametrize("header, words", [
    (b"__import__('os').system('touch PWNED", "is not a readable .npy file of numbers"),
    (b"{'descr': '<f8', 'fortran_order': False, 'shape': (-1, 9), }", "the sizes of an array"),
])
def test_npy_headers_that_are_not_headers_are_refused(tmp_path, header, words):
    """Issue 34 round 3 (fuzz 'weights files'): an unterminated header leaked tokenize's
    TokenError; a negative size reached NumPy. Both are ValueErrors naming the file, and no
    code in a header runs."""
    hdr = header.ljust(117) + b"\n"
    path = tmp_path / "h.npy"
    path.write_bytes(b"\x93NUMPY\x01\x00" + len(hdr).to_bytes(2, "little") + hdr + b"\0" * 72)
    with pytest.raises(ValueError, match="--weights h.npy") as exc:
        read_array(str(path), source="--weights h.npy")
    assert words in str(exc.value)
    assert not (tmp_path / "PWNED").exists() and not os.path.exists("PWNED")
