"""int8 quantization with TFLite's arithmetic: the parameters, the fixed-point requantization,
and the exact integer oracle of a quantized kernel.

TFLite's int8 TRANSPOSE_CONV / CONV_2D (its reference kernels, and so every conforming
implementation) compute per output element ``o`` of output channel ``c``

    ``acc = bias[c] + Σ w[c, ...] · (x[...] − input_zero_point)``   (exact, in int32)
    ``y = clamp(MultiplyByQuantizedMultiplier(acc, M[c], shift[c]) + output_zero_point,
    activation_min, activation_max)``

with the weights symmetric per output channel (zero point 0) and ``(M[c], shift[c]) =
QuantizeMultiplier(input_scale · weight_scales[c] / output_scale)`` computed in double from
the float32 scales. :func:`quantize_multiplier` and :func:`multiply_by_quantized_multiplier`
are those two functions, rounding for rounding (``tensorflow/lite/kernels/internal/
quantization_util.cc`` and ``common.h``, the default double-rounding form).

>>> q = Quantization(input_scale=0.5, input_zero_point=-1, weight_scales=[0.25],
...                  output_scale=0.75, output_zero_point=3)
>>> q.multipliers()
((1431655765,), (-2,))
>>> int(requantize(np.array([[10]]), q, channel_axis=1)[0, 0])  # 10·0.5·0.25/0.75 + 3 = 4.67
5
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass

import numpy as np

__all__ = ["Quantization", "quantize_multiplier", "multiply_by_quantized_multiplier",
           "requantize", "int8_reference", "accumulator_bounds", "check_accumulator_range",
           "INT8_MIN", "INT8_MAX", "MAX_LEFT_SHIFT", "MAX_JSON_BYTES"]

INT8_MIN, INT8_MAX = -128, 127
_INT32_MIN, _INT32_MAX = -(2**31), 2**31 - 1


#: The largest left shift TFLite's ``MultiplyByQuantizedMultiplier`` can apply (``x * (1 <<
#: left)`` on int32: 31 and up is undefined behaviour in C, and any value of ``x`` but 0
#: overflows from 31 on).
MAX_LEFT_SHIFT = 30
#: ``from_json`` reads at most this many bytes (a quantization is a few hundred bytes; a
#: per-channel one for 4,096 channels about 100 KiB).
MAX_JSON_BYTES = 2**20


def _f32(name: str, value, positive: bool = True) -> float:
    """A scale as TFLite stores it: a finite float32 (then widened to double). Numbers only:
    a bool or a string is refused (JSON ``true`` or ``"0.1"`` is a mistake, not a scale)."""
    if isinstance(value, (bool, np.bool_, str, bytes)) or not isinstance(
            value, (int, float, np.integer, np.floating)):
        raise TypeError(f"{name} must be a real number, got {value!r} "
                        f"({type(value).__name__})")
    try:
        with np.errstate(over="ignore"):  # beyond float32 becomes inf, refused below
            v = float(np.float32(float(value)))
    except OverflowError:  # an int beyond the double range (e.g. 2**1100)
        v = math.inf
    if not math.isfinite(v) or (positive and v <= 0):
        raise ValueError(f"{name} must be a finite positive float32, got {value!r:.60}")
    return v


def _int_in(name: str, value, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{name} must be an integer, got {value!r} ({type(value).__name__})")
    if not lo <= int(value) <= hi:
        raise ValueError(f"{name} must be in [{lo}, {hi}], got {value}")
    return int(value)


@dataclass(frozen=True)
class Quantization:
    """TFLite int8 quantization of one layer: input/output scale and zero point, symmetric
    per-output-channel weight scales (one per output channel, or one for all), the
    activation clamp. Bias is int32 with scale ``input_scale · weight_scales[c]``.

    >>> Quantization(input_scale=0.02, input_zero_point=5, weight_scales=[0.01, 0.02],
    ...              output_scale=0.05, output_zero_point=-3)
    Quantization(input_scale=0.019999999552965164, input_zero_point=5, \
weight_scales=(0.009999999776482582, 0.019999999552965164), output_scale=0.05000000074505806, \
output_zero_point=-3, activation_min=-128, activation_max=127)
    """

    input_scale: float
    input_zero_point: int
    weight_scales: tuple[float, ...]
    output_scale: float
    output_zero_point: int
    activation_min: int = INT8_MIN
    activation_max: int = INT8_MAX

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "input_scale", _f32("input_scale", self.input_scale))
        set_(self, "output_scale", _f32("output_scale", self.output_scale))
        scales = np.atleast_1d(np.asarray(self.weight_scales, dtype=object)).tolist()
        if not scales:
            raise ValueError("weight_scales must hold at least one scale, got []")
        set_(self, "weight_scales", tuple(_f32(f"weight_scales[{i}]", s)
                                          for i, s in enumerate(scales)))
        for name in ("input_zero_point", "output_zero_point", "activation_min",
                     "activation_max"):
            set_(self, name, _int_in(name, getattr(self, name), INT8_MIN, INT8_MAX))
        if self.activation_min > self.activation_max:
            raise ValueError(f"activation_min ({self.activation_min}) must not exceed "
                             f"activation_max ({self.activation_max})")
        for i, scale in enumerate(self.weight_scales):
            real = self.input_scale * scale / self.output_scale
            _, shift = quantize_multiplier(real)
            if shift > MAX_LEFT_SHIFT:
                raise ValueError(
                    f"weight_scales[{i}]: input_scale * weight_scale / output_scale = "
                    f"{real:.6g} needs a left shift of {shift} > {MAX_LEFT_SHIFT} in TFLite's "
                    "fixed-point requantization (undefined in its int32 arithmetic); "
                    "output_scale is too small for these input and weight scales")

    @classmethod
    def from_dict(cls, data: dict, source: str = "quantization") -> Quantization:
        """From a mapping with the field names (e.g. a parsed ``quant.json``); ``source``
        names it in errors (the CLI passes ``"--quant FILE"``).

        >>> Quantization.from_dict({"input_scale": 1, "input_zero_point": 0,
        ...     "weight_scales": [1], "output_scale": 1, "output_zero_point": 0}).activation_max
        127
        >>> Quantization.from_dict({"input_scale": "0.1"})
        Traceback (most recent call last):
            ...
        ValueError: quantization: missing field(s) ['input_zero_point', 'output_scale', ...]
        """
        if not isinstance(data, dict):
            raise TypeError(f"{source} must be a JSON object of the fields "
                            f"{sorted(cls.__dataclass_fields__)}, got {type(data).__name__}")
        fields = set(cls.__dataclass_fields__)
        unknown = sorted(set(data) - fields)
        if unknown:
            raise ValueError(f"{source}: unknown field(s) {unknown}; allowed: "
                             f"{sorted(fields)}")
        missing = sorted(f for f in fields - set(data)
                         if cls.__dataclass_fields__[f].default is dataclasses.MISSING)
        if missing:
            raise ValueError(f"{source}: missing field(s) {missing}")
        try:
            return cls(**data)
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"{source}: {exc}") from None

    @classmethod
    def from_json(cls, path, source: str | None = None) -> Quantization:
        """Read a ``quant.json`` file (the object of :meth:`from_dict`): at most
        :data:`MAX_JSON_BYTES` bytes are read; ``source`` names it in errors (default
        ``"quant file PATH"``).

        >>> Quantization.from_json("/dev/null")
        Traceback (most recent call last):
            ...
        ValueError: quant file '/dev/null' is not JSON: Expecting value (line 1, column 1)
        """
        source = source or f"quant file {str(path)!r}"
        try:
            with open(path, "rb") as f:
                raw = f.read(MAX_JSON_BYTES + 1)
        except OSError as exc:
            raise ValueError(f"{source} cannot be read: {exc.strerror or exc}") from None
        if len(raw) > MAX_JSON_BYTES:
            raise ValueError(f"{source} is larger than {MAX_JSON_BYTES:,} bytes; a "
                             "quantization is a small JSON object")
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise ValueError(f"{source} is not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise ValueError(f"{source} is not JSON: {exc.msg} (line {exc.lineno}, column "
                             f"{exc.colno})") from None
        except RecursionError:
            raise ValueError(f"{source} nests too deeply to be a quantization") from None
        return cls.from_dict(data, source=source)

    def to_dict(self) -> dict:
        """The fields as plain JSON values (``from_dict(q.to_dict()) == q``)."""
        return {name: (list(v) if isinstance(v, tuple) else v)
                for name, v in self.__dict__.items()}

    def per_channel(self, channels: int) -> tuple[float, ...]:
        """The weight scale of each of ``channels`` output channels (one scale broadcasts)."""
        if len(self.weight_scales) == 1:
            return self.weight_scales * channels
        if len(self.weight_scales) != channels:
            raise ValueError(f"weight_scales must have 1 or {channels} entries (one per output "
                             f"channel), got {len(self.weight_scales)}")
        return self.weight_scales

    def multipliers(self, channels: int | None = None) -> tuple[tuple[int, ...],
                                                                 tuple[int, ...]]:
        """Per output channel the fixed-point ``(multipliers, shifts)`` of TFLite."""
        scales = self.weight_scales if channels is None else self.per_channel(channels)
        pairs = [quantize_multiplier(self.input_scale * s / self.output_scale) for s in scales]
        return tuple(m for m, _ in pairs), tuple(s for _, s in pairs)


def quantize_multiplier(real: float) -> tuple[int, int]:
    """TFLite's ``QuantizeMultiplier``: ``real ≈ M · 2^shift / 2^31`` with ``2^30 <= M < 2^31``.

    >>> quantize_multiplier(0.5), quantize_multiplier(0.0), quantize_multiplier(3.0)
    ((1073741824, 0), (0, 0), (1610612736, 2))
    """
    if real == 0.0:
        return 0, 0
    q, shift = math.frexp(real)
    q_fixed = int(math.floor(abs(q) * 2.0**31 + 0.5)) * (1 if q >= 0 else -1)  # TfLiteRound
    assert abs(q_fixed) <= 2**31
    if q_fixed == 2**31:
        q_fixed //= 2
        shift += 1
    if shift < -31:
        shift, q_fixed = 0, 0
    return int(q_fixed), int(shift)


def _saturating_rounding_doubling_high_mul(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    overflow = (a == b) & (a == _INT32_MIN)
    ab = a.astype(np.int64) * b.astype(np.int64)  # |a|, |b| <= 2^31: exact in int64
    nudge = np.where(ab >= 0, 1 << 30, 1 - (1 << 30)).astype(np.int64)
    total = ab + nudge
    # C++ integer division truncates toward zero
    high = np.where(total >= 0, total // (1 << 31), -((-total) // (1 << 31)))
    return np.where(overflow, _INT32_MAX, high).astype(np.int64)


def _rounding_divide_by_pot(x: np.ndarray, exponent: np.ndarray) -> np.ndarray:
    mask = (np.int64(1) << exponent) - 1
    remainder = x & mask
    threshold = (mask >> 1) + (x < 0)
    return (x >> exponent) + (remainder > threshold)


def multiply_by_quantized_multiplier(x, multiplier, shift) -> np.ndarray:
    """TFLite's ``MultiplyByQuantizedMultiplier(x, M, shift)`` on int32 values (int64 result
    array), elementwise with broadcasting: ``floor(x·2^left·M / 2^31 + 1/2)`` (ties upward,
    the nudge of ``SaturatingRoundingDoublingHighMul``), then a division by ``2^right`` with
    ties away from zero (``RoundingDivideByPOT``); ``left, right = max(shift, 0),
    max(-shift, 0)``. Two roundings: not the same as rounding ``x·real`` once.

    >>> multiply_by_quantized_multiplier([100, -100, 7], 1073741824, -1).tolist()  # x / 4
    [25, -25, 2]
    """
    x = np.asarray(x, dtype=np.int64)
    m = np.asarray(multiplier, dtype=np.int64)
    s = np.asarray(shift, dtype=np.int64)
    left = np.where(s > 0, s, 0)
    right = np.where(s > 0, 0, -s)
    shifted = np.asarray(x * (np.int64(1) << left), dtype=np.int64)
    if np.any((shifted < _INT32_MIN) | (shifted > _INT32_MAX)):
        raise OverflowError("x * 2^shift overflows int32 (TFLite's arithmetic is undefined)")
    m, shifted = np.broadcast_arrays(m, shifted)
    return _rounding_divide_by_pot(_saturating_rounding_doubling_high_mul(shifted, m),
                                   np.broadcast_to(right, shifted.shape))


def requantize(acc, quant: Quantization, channel_axis: int) -> np.ndarray:
    """int32 accumulators (bias included) to int8 outputs: TFLite's per-channel requantization,
    output zero point, activation clamp.

    >>> q = Quantization(input_scale=1, input_zero_point=0, weight_scales=[1, 0.5],
    ...                  output_scale=1, output_zero_point=0)
    >>> requantize(np.array([[300, 3]]), q, channel_axis=1).tolist()
    [[127, 2]]
    """
    acc = np.asarray(acc, dtype=np.int64)
    if np.any((acc < _INT32_MIN) | (acc > _INT32_MAX)):
        raise OverflowError("the int32 accumulator overflows (TFLite's int8 kernels assume "
                            "it does not); use smaller weights or inputs")
    channels = acc.shape[channel_axis]
    mult, shift = quant.multipliers(channels)
    shape = [1] * acc.ndim
    shape[channel_axis] = channels
    out = multiply_by_quantized_multiplier(acc, np.reshape(mult, shape), np.reshape(shift, shape))
    out = out + quant.output_zero_point
    return np.clip(out, quant.activation_min, quant.activation_max).astype(np.int8)


def accumulator_bounds(spec, weights, quant: Quantization) -> np.ndarray:
    """Per output channel, the largest ``|Σ w · (x − input_zero_point)|`` any int8 input can
    give (every tap of the channel at the extreme input): ``Σ|w| · max(127 − zp, zp + 128)``.

    >>> from tconv_sym import ConvSpec
    >>> q = Quantization(input_scale=1, input_zero_point=0, weight_scales=[1],
    ...                  output_scale=1, output_zero_point=0)
    >>> accumulator_bounds(ConvSpec(in_size=4, kernel_size=2), [[[3, -4]]], q).tolist()
    [896]
    """
    w = np.abs(np.asarray(weights).astype(np.int64))
    reach = max(INT8_MAX - quant.input_zero_point, quant.input_zero_point - INT8_MIN)
    if type(spec).__name__ == "TransposedConvSpec":  # (C_in, C_out/g, *k)
        g = spec.groups
        per = w.reshape(g, w.shape[0] // g, w.shape[1], -1).sum(axis=(1, 3))
        return per.reshape(-1) * reach
    return w.reshape(w.shape[0], -1).sum(axis=1) * reach


def check_accumulator_range(spec, weights, bias, quant: Quantization) -> None:
    """Refuse an int8 layer whose int32 accumulator ``bias + Σ w·(x − zp)`` can overflow for
    some input (signed overflow: undefined in C and in TFLite's kernels), naming the channel.

    >>> from tconv_sym import ConvSpec
    >>> q = Quantization(input_scale=1, input_zero_point=0, weight_scales=[1],
    ...                  output_scale=1, output_zero_point=0)
    >>> check_accumulator_range(ConvSpec(in_size=4, kernel_size=2), [[[3, -4]]],
    ...                         [2**31 - 1], q)
    Traceback (most recent call last):
        ...
    ValueError: bias[0] = 2147483647 plus a sum of up to ±896 overflows the int32 ...
    """
    bound = accumulator_bounds(spec, weights, quant)
    b = np.zeros_like(bound) if bias is None else np.asarray(bias).astype(np.int64)
    worst = np.maximum(b + bound - _INT32_MAX, _INT32_MIN - (b - bound))
    bad = np.flatnonzero(worst > 0)
    if bad.size:
        c = int(bad[0])
        raise ValueError(f"bias[{c}] = {int(b[c])} plus a sum of up to ±{int(bound[c]):,} "
                         f"overflows the int32 accumulator (range [{_INT32_MIN}, "
                         f"{_INT32_MAX}]); TFLite's int8 arithmetic is undefined there")


def int8_reference(spec, x, weights, bias, quant: Quantization, direction: str = "forward"
                   ) -> tuple[np.ndarray, np.ndarray]:
    """The exact integer oracle of an int8 kernel, in PyTorch layouts (NCHW data, PyTorch
    weights): the operator's scipy.sparse matrix from the tap basis in int64 times
    ``x − input_zero_point``, plus ``bias``, then :func:`requantize`. Returns ``(y int8,
    acc int64)``.

    >>> from tconv_sym import TransposedConvSpec
    >>> q = Quantization(input_scale=1, input_zero_point=1, weight_scales=[1],
    ...                  output_scale=1, output_zero_point=0)
    >>> y, acc = int8_reference(TransposedConvSpec(in_size=2, kernel_size=2), [[[1, 3]]],
    ...                         [[[1, 2]]], [10], q)
    >>> acc.tolist(), y.tolist()
    ([[[10, 12, 14]]], [[[10, 12, 14]]])
    """
    from ..structure import operator_structure

    basis = operator_structure(spec)
    w = np.asarray(weights).astype(np.int64).reshape(-1)
    m = basis.evaluate(w, dtype=np.int64)
    if direction == "input":
        m = m.T.tocsr()
    x = np.asarray(x).astype(np.int64)
    n = x.shape[0]
    flat = (x.reshape(n, -1) - quant.input_zero_point).T
    out_shape = spec.in_shape if direction == "input" else spec.out_shape
    acc = np.asarray(m @ flat).T.reshape(n, *out_shape)
    channels = out_shape[0]
    b = np.zeros(channels, np.int64) if bias is None else np.asarray(bias).astype(np.int64)
    acc = acc + b.reshape(1, channels, *([1] * (len(out_shape) - 1)))
    return requantize(acc, quant, channel_axis=1), acc
