"""Specs: sizes, padding words, output_padding/output_size, validation, immutability, repr."""

from __future__ import annotations

import dataclasses

import pytest

from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.spec import conv_out_length, conv_transpose_out_length


@pytest.mark.parametrize(
    "kwargs, out",
    [
        (dict(in_size=5, kernel_size=3), (3,)),
        (dict(in_size=5, kernel_size=3, padding=1), (5,)),
        (dict(in_size=5, kernel_size=3, stride=2, padding=1), (3,)),
        (dict(in_size=6, kernel_size=3, stride=2, padding=1), (3,)),
        (dict(in_size=7, kernel_size=3, dilation=2), (3,)),
        (dict(in_size=(28, 28), kernel_size=7, padding=3), (28, 28)),
        (dict(in_size=(8, 9, 10), kernel_size=(1, 2, 3), stride=(1, 2, 3)), (8, 4, 3)),
        (dict(in_size=4, kernel_size=3, padding=(0, 2)), (4,)),
    ],
)
def test_conv_out_size(kwargs, out):
    assert ConvSpec(**kwargs).out_size == out


@pytest.mark.parametrize(
    "padding, expected",
    [
        ("valid", ((0, 0),)),
        ("full", ((4, 4),)),  # d(k-1) = 2*2
        ("same", ((2, 2),)),
        ("SAME", ((2, 2),)),
    ],
)
def test_conv_padding_words(padding, expected):
    s = ConvSpec(in_size=9, kernel_size=3, dilation=2, padding=padding)
    assert s.padding == expected


def test_conv_same_puts_the_odd_pixel_at_the_end():
    # TF: in 4, k 3, s 2 -> out 2, total padding (2-1)*2+3-4 = 1 -> (0, 1)
    s = ConvSpec(in_size=4, kernel_size=3, stride=2, padding="same")
    assert s.padding == ((0, 1),) and s.out_size == (2,)
    # even kernel, stride 1: total 1 -> (0, 1), as PyTorch's padding='same'
    assert ConvSpec(in_size=5, kernel_size=2, padding="same").padding == ((0, 1),)


@pytest.mark.parametrize(
    "kwargs, out",
    [
        (dict(in_size=2, kernel_size=2), (3,)),
        (dict(in_size=4, kernel_size=3, stride=2), (9,)),
        (dict(in_size=4, kernel_size=3, stride=2, padding="same"), (8,)),
        (dict(in_size=4, kernel_size=3, stride=1), (6,)),
        (dict(in_size=(8, 8), kernel_size=4, stride=2, padding=1), (16, 16)),
        (dict(in_size=3, kernel_size=3, stride=2, padding=1, output_padding=1), (6,)),
        (dict(in_size=3, kernel_size=3, stride=1, dilation=2, output_padding=1), (8,)),
        (dict(in_size=2, kernel_size=1, stride=3, padding="same"), (6,)),  # needs op=2
    ],
)
def test_transposed_out_size(kwargs, out):
    assert TransposedConvSpec(**kwargs).out_size == out


def test_formulas_agree_with_each_other():
    for i in range(1, 9):
        for k in range(1, 5):
            for s in range(1, 4):
                for d in range(1, 3):
                    for p in range(0, 3):
                        o = conv_out_length(i, k, s, p, p, d)
                        if o < 1:
                            continue
                        op = (i + 2 * p - d * (k - 1) - 1) % s
                        assert conv_transpose_out_length(o, k, s, p, p, d, op) == i


def test_output_size_picks_output_padding():
    t = TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2, padding=1,
                           output_size=(6, 5))
    assert t.output_padding == (1, 0) and t.out_size == (6, 5)


def test_output_size_out_of_range_is_refused_with_the_range():
    with pytest.raises(ValueError, match=r"output_size\[0\]=7 is not reachable.*\[5, 6\]"):
        TransposedConvSpec(in_size=3, kernel_size=3, stride=2, padding=1, output_size=7)


def test_output_size_contradicting_output_padding():
    with pytest.raises(ValueError, match="contradicts"):
        TransposedConvSpec(in_size=3, kernel_size=3, stride=2, output_padding=1, output_size=7)


def test_output_padding_must_be_below_stride_or_dilation():
    with pytest.raises(ValueError, match=r"output_padding\[0\]=2 must be smaller than stride"):
        TransposedConvSpec(in_size=3, kernel_size=3, stride=2, output_padding=2)
    # allowed when below the dilation (as in PyTorch)
    assert TransposedConvSpec(in_size=3, kernel_size=3, dilation=3, output_padding=2).out_size


def test_transposed_and_conv_are_inverse_views():
    c = ConvSpec(in_size=(7, 6), kernel_size=(3, 2), stride=(2, 3), padding=((1, 0), 1),
                 dilation=(1, 2), in_channels=4, out_channels=6, groups=2)
    t = c.transposed(output_size=c.in_size)
    assert t.in_size == c.out_size and t.out_size == c.in_size
    assert (t.in_channels, t.out_channels) == (6, 4)
    assert t.conv == c
    assert t.weight_shape == c.weight_shape == (6, 2, 3, 2)


@pytest.mark.parametrize(
    "spec",
    [
        ConvSpec(in_size=(5, 5), kernel_size=3, stride=2, padding=1),
        ConvSpec(in_size=4, kernel_size=3, padding=(0, 2), mode="convolution"),
        ConvSpec(in_size=(4, 5, 6), kernel_size=(1, 2, 3), padding=((0, 1), 2, (3, 0)),
                 in_channels=4, out_channels=2, groups=2, dilation=(1, 1, 2)),
        TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same"),
        TransposedConvSpec(in_size=(3, 4), kernel_size=3, stride=(2, 3), output_padding=(1, 2)),
    ],
)
def test_repr_is_a_constructor_call(spec):
    from tconv_sym import ConvSpec, TransposedConvSpec  # noqa: F401  (names used by eval)

    assert eval(repr(spec)) == spec


def test_specs_are_immutable_and_hashable():
    s = ConvSpec(in_size=(4, 4), kernel_size=3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.stride = (2, 2)
    assert hash(s) == hash(ConvSpec(in_size=(4, 4), kernel_size=(3, 3), stride=1))
    assert len({s, ConvSpec(in_size=(4, 4), kernel_size=3, padding=0)}) == 1


def test_ints_broadcast_to_the_dims_of_the_tuples():
    s = ConvSpec(in_size=8, kernel_size=(3, 3))
    assert s.in_size == (8, 8) and s.ndim == 2


@pytest.mark.parametrize(
    "kwargs, exc, words",
    [
        (dict(in_size=0, kernel_size=3), ValueError, "in_size must be a positive integer, got 0"),
        (dict(in_size=-4, kernel_size=3), ValueError, "in_size must be a positive integer"),
        (dict(in_size=4.0, kernel_size=3), TypeError, "in_size must be an integer, got 4.0"),
        (dict(in_size=4, kernel_size=0), ValueError, "kernel_size must be a positive integer"),
        (dict(in_size=4, kernel_size=True), TypeError, "kernel_size must be an integer"),
        (dict(in_size=4, kernel_size=3, stride=0), ValueError, "stride must be a positive"),
        (dict(in_size=4, kernel_size=3, dilation=-1), ValueError, "dilation must be a positive"),
        (dict(in_size=4, kernel_size=3, padding=-1), ValueError, "padding must be a non-negative"),
        (dict(in_size=4, kernel_size=3, padding="half"), ValueError,
         "padding must be one of 'valid', 'same', 'full', got 'half'"),
        (dict(in_size=(4, 4), kernel_size=3, padding=(1, 2, 3)), ValueError,
         "padding must be an int, one int or (lo, hi) pair per spatial dim (2)"),
        (dict(in_size=4, kernel_size=3, in_channels=3, groups=2), ValueError,
         "groups=2 must divide in_channels=3"),
        (dict(in_size=4, kernel_size=3, out_channels=3, groups=2, in_channels=2), ValueError,
         "groups=2 must divide out_channels=3"),
        (dict(in_size=2, kernel_size=3), ValueError, "empty output: out_size[0]=0"),
        (dict(in_size=(4, 4), kernel_size=(3, 3, 3)), ValueError, "spatial dims do not match"),
        (dict(in_size=4, kernel_size=3, mode="conv"), ValueError,
         "mode must be one of 'correlation', 'convolution', got 'conv'"),
        (dict(in_size=(4, "4"), kernel_size=3), TypeError, "in_size[1] must be an integer"),
    ],
)
def test_bad_conv_specs(kwargs, exc, words):
    with pytest.raises(exc) as info:
        ConvSpec(**kwargs)
    assert words in str(info.value)


def test_bad_transposed_specs():
    with pytest.raises(ValueError, match="empty output"):
        TransposedConvSpec(in_size=1, kernel_size=2, padding=1)
    with pytest.raises(ValueError, match="output_padding must be a non-negative"):
        TransposedConvSpec(in_size=3, kernel_size=2, output_padding=-1)


def test_latex_repr_shows_the_size_arithmetic():
    t = TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2)
    tex = t._repr_latex_()
    assert tex.startswith("$") and "(5, 5)" in tex and "(i-1)s" in tex


# --- the front door: one normaliser, the padding word kept --------------------------------
from tconv_sym.spec import layer_params, layer_spec  # noqa: E402


def test_with_resolves_the_padding_word_again():
    s = ConvSpec(in_size=5, kernel_size=4, padding="same")
    assert s.padding == ((1, 2),) and s.padding_word == "same"
    t = s.with_(kernel_size=3)
    assert t.out_size == (5,) and t.padding == ((1, 1),) and t.padding_word == "same"
    assert s.with_(padding=1).padding_word is None  # a new padding replaces the word
    assert s == ConvSpec(in_size=5, kernel_size=4, padding=(1, 2))  # the word is not data
    up = TransposedConvSpec(in_size=3, kernel_size=3, stride=2, padding="same")
    assert up.out_size == (6,)
    assert up.with_(in_size=5).out_size == (10,)  # output_padding implied by "same" again
    assert up.with_(kernel_size=4).out_size == (6,)
    given = TransposedConvSpec(in_size=3, kernel_size=3, stride=2, padding="same",
                               output_padding=1)
    assert given.out_size == (7,) and given.with_(in_size=4).out_size == (9,)  # kept: 1


@pytest.mark.parametrize("text, ndim, pairs", [
    ("3", 2, ((3, 3), (3, 3))),
    ("1x2", 2, ((1, 1), (2, 2))),          # per dim, never a 1-D (lo, hi)
    ("1,2", 2, ((1, 1), (2, 2))),
    ("0:1", 1, ((0, 1),)),
    ("0:1", 2, ((0, 1), (0, 1))),
    ("0:1x2", 2, ((0, 1), (2, 2))),
    ("(1,2),(0,1)", 2, ((1, 2), (0, 1))),
    ("(1, 2)", 1, ((1, 2),)),
    (" SAME ", 2, "same"),
])
def test_padding_text_is_read_once(text, ndim, pairs):
    from tconv_sym._validate import padding_pairs

    assert padding_pairs(text, ndim) == pairs
    p = layer_params(in_size=(6,) * ndim, kernel_size=3, padding=text, from_text=True)
    assert p["padding"] == pairs


def test_layer_params_reads_every_form_into_the_same_fields():
    text = layer_params(in_size="8x8", kernel_size="3", stride="2x1", padding="1x2",
                        output_padding="1x0", in_channels="4", out_channels="2", groups="2",
                        from_text=True)
    kw = layer_params(size=(8, 8), kernel=3, strides=(2, 1), padding=((1, 1), (2, 2)),
                      output_padding=(1, 0), in_channels=4, out_channels=2, groups=2)
    assert text == kw and kw["ndim"] == 2 and kw["stride"] == (2, 1)
    with pytest.raises(ValueError, match="spatial dims do not match"):
        layer_params(in_size="8", kernel_size="3x3", from_text=True)  # --in sets the dims
    with pytest.raises(TypeError, match="in_size must be an integer"):
        layer_params(in_size="8", kernel_size=3)  # text only when asked for
    with pytest.raises(ValueError, match="--stride must be a positive integer, got 0"):
        layer_params(in_size="8", kernel_size="3", stride="0", from_text=True,
                     labels={"stride": "--stride"})
    with pytest.raises(TypeError, match="did you mean 'stride'"):
        layer_params(in_size=8, kernel_size=3, stirde=2)
    with pytest.raises(ValueError, match="groups=2 must divide out_channels=5"):
        layer_params(in_size=8, kernel_size=3, in_channels=4, out_channels=5, groups=2)
    sym = layer_params(in_size=8, kernel_size="k", padding="p", symbols=("kernel_size",
                                                                           "padding"))
    assert sym["kernel_size"] == "k" and sym["padding"] == "p" and sym["stride"] == (1,)
    with pytest.raises(ValueError, match="did you mean 'same'"):
        layer_params(in_size=8, kernel_size=3, padding="smae")
    assert layer_spec(in_size="4", kernel_size="3", padding="full", from_text=True,
                      transposed=False).out_size == (6,)
