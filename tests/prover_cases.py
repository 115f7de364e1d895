"""Parameter tables shared by the prover tests (not a test module)."""

from __future__ import annotations


def used(name: str, params: dict) -> dict:
    """The entries of a shared parameter set that the identity ``name`` declares (prove
    refuses a non-default value for a parameter an identity does not use)."""
    import tconv_sym as ts

    declared = ts.identities()[name].parameters
    return {k: v for k, v in params.items() if k in declared}


# Parameter sets, shared by every identity: each takes the entries it declares (used()).
PARAM_SETS = {
    "1d-s2-p1": dict(size=7, kernel=3, stride=2, padding=1),
    "1d-groups-dil-op": dict(size=6, kernel=4, stride=3, padding=(2, 0), dilation=2,
                             output_padding=1, in_channels=2, out_channels=4, groups=2),
    "1d-depthwise-same": dict(size=5, kernel=2, stride=1, padding="same", in_channels=3,
                              out_channels=3, groups=3),
    "2d-mixed": dict(size=(5, 4), kernel=(3, 2), stride=(2, 1), padding=((1, 0), (0, 1)),
                     dilation=(1, 2), in_channels=2, out_channels=2),
    "2d-groups-op": dict(size=(4, 4), kernel=3, stride=2, padding=1, output_padding=1,
                         in_channels=4, out_channels=2, groups=2),
    "3d-s2": dict(size=(3, 3, 3), kernel=2, stride=2, in_channels=1, out_channels=2),
    "3d-mixed": dict(size=(3, 2, 4), kernel=(3, 1, 2), stride=(1, 2, 3), padding=(1, 0, 1),
                     dilation=(2, 1, 1)),
}


# One parameter set per broken variant (low-dim) and a 3-D one; all must be refuted.
BROKEN = {
    ("up_is_down_transpose", "wrong_phase"): dict(size=(3, 2), stride=2, in_channels=2),
    ("strided_conv_is_downsampled_conv", "padding_off_by_one"):
        dict(size=7, kernel=3, stride=2, padding=1, in_channels=2, out_channels=4, groups=2),
    ("dilated_conv_is_upsampled_kernel", "zeros_before_taps"):
        dict(size=(6, 6), kernel=2, dilation=2),
    ("transposed_conv_is_conv_of_upsampled", "no_flip"): dict(size=(3, 3), kernel=3, stride=2,
                                                              padding=1),
    ("transposed_conv_is_conv_of_upsampled", "crop_off_by_one"): dict(size=3, kernel=3,
                                                                      stride=2, padding=1),
    ("transposed_conv_is_scatter", "flipped_kernel"): dict(size=3, kernel=3, stride=2,
                                                           in_channels=2, out_channels=2),
    ("transposed_conv_is_scatter", "offset_off_by_one"): dict(size=3, kernel=3, stride=2),
    ("transposed_conv_is_direct_conv", "no_flip"): dict(size=(3, 3), kernel=3, stride=2),
    ("transposed_conv_is_direct_conv", "channels_not_swapped"):
        dict(size=3, kernel=3, stride=2, in_channels=2, out_channels=2),
    ("transposed_conv_is_direct_conv", "padding_off_by_one"): dict(size=3, kernel=3, stride=2,
                                                                   padding=1),
    ("transposed_conv_is_input_gradient", "flipped_kernel"): dict(size=(3, 3), kernel=3,
                                                                  stride=2),
    ("transposed_conv_gradient_is_conv", "flipped_kernel"): dict(size=(3, 3), kernel=3,
                                                                 stride=2),
    ("adjoint_inner_product", "flipped_kernel"): dict(size=5, kernel=3, stride=2),
    ("nearest_upsample_conv_is_transposed_conv", "zero_insertion"):
        dict(size=3, kernel=3, stride=2, padding=1),
    ("nearest_upsample_conv_is_transposed_conv", "alignment_off_by_one"):
        dict(size=3, kernel=3, stride=2, padding=1),
    ("polyphase_decomposition", "wrong_phase"): dict(size=4, kernel=4, stride=2),
    ("checkerboard_free_iff_divisible", "borders_included"): dict(size=6, kernel=4, stride=2),
    ("bilinear_kernel_is_bilinear_interpolation", "align_corners_true"): dict(size=4,
                                                                              stride=2),
    ("matched_filter_is_conjugate_reversal", "no_conjugate"): dict(size=4, kernel=3,
                                                                   padding=1),
    ("matched_filter_is_conjugate_reversal", "not_reversed"): dict(size=4, kernel=3,
                                                                   padding=1),
    ("separable_kernel_is_kronecker", "factors_swapped"): dict(size=(4, 4), kernel=(2, 3)),
    ("output_size_roundtrip", "no_output_padding"): dict(size=8, kernel=3, stride=2,
                                                         padding=1),
    ("winograd_tile_is_correlation", "wrong_point"): dict(size=6, kernel=3),
    ("winograd_tile_is_correlation", "bt_transposed"): dict(size=(4, 4), kernel=3,
                                                            in_channels=2, out_channels=2),
    ("winograd_tile_is_correlation", "at_of_other_m"): dict(size=5, kernel=2, in_channels=2,
                                                            out_channels=3),
    ("winograd_phases_are_transposed_conv", "wrong_point"): dict(size=4, kernel=9, stride=3,
                                                                 padding=3),
    ("winograd_phases_are_transposed_conv", "bt_transposed"): dict(size=5, kernel=4, stride=2,
                                                                   padding=1),
    ("winograd_phases_are_transposed_conv", "window_off_by_one"): dict(size=(3, 3), kernel=4,
                                                                       stride=2, padding=1),
}

THREE_D = dict(size=(3, 3, 3), kernel=3, stride=2, padding=1, in_channels=2, out_channels=2)
THREE_D_OVERRIDES = {
    "dilated_conv_is_upsampled_kernel": dict(dilation=2, padding=2),
    "checkerboard_free_iff_divisible": dict(size=(4, 4, 4), kernel=4),
    "output_size_roundtrip": dict(size=(4, 4, 4)),
    "polyphase_decomposition": dict(kernel=4),
}
