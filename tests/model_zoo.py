"""A small zoo of real third-party architectures (random weights, no downloads) for the
scan tests (MONAI 3-D BasicUNet and 2-D UNet, transformers DPT and the SpeechT5 HiFi-GAN
vocoder): each entry builds the model from its package (MONAI, transformers) at a small
size that still goes through the real architecture, and exports it to ONNX with
``torch.onnx.export``'s *default* exporter (no ``dynamo=`` argument: in torch 2.13 the
default is the dynamo exporter, which needs onnxscript).

Run as a script to export the zoo into a folder (used to measure scans on main and here):

    python tests/model_zoo.py OUT_DIR
"""

from __future__ import annotations

import os
import sys


def monai_basic_unet():
    """MONAI BasicUNet, 3-D, small features: 3-D Conv and ConvTranspose3d layers."""
    from monai.networks.nets import BasicUNet

    model = BasicUNet(spatial_dims=3, in_channels=1, out_channels=2,
                      features=(4, 4, 8, 8, 8, 4))
    return model.eval(), (1, 1, 32, 32, 32)


def transformers_dpt():
    """transformers DPT depth estimation from a small random config: a ViT patch embedding
    (8x8 stride 8), ConvTranspose2d x4 / x2 reassembly, 3x3 fusion convolutions."""
    from transformers import DPTConfig, DPTForDepthEstimation

    cfg = DPTConfig(hidden_size=32, num_hidden_layers=4, num_attention_heads=2,
                    intermediate_size=64, image_size=32, patch_size=8,
                    neck_hidden_sizes=[8, 16, 32, 32], fusion_hidden_size=16,
                    reassemble_factors=[4, 2, 1, 0.5], backbone_out_indices=[0, 1, 2, 3],
                    head_in_index=-1)
    model = DPTForDepthEstimation(cfg).eval()

    import torch

    class Depth(torch.nn.Module):  # the tensor out, not a dict
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, pixel_values):
            return self.inner(pixel_values).predicted_depth

    return Depth(model).eval(), (1, 3, 32, 32)


def monai_unet_2d():
    """MONAI UNet, 2-D, residual units: strided 3x3 convolutions (s2 p1) and ConvTranspose2d
    k3 s2 p1 with output_padding 1."""
    from monai.networks.nets import UNet

    model = UNet(spatial_dims=2, in_channels=1, out_channels=2, channels=(4, 8, 16),
                 strides=(2, 2), num_res_units=1)
    return model.eval(), (1, 1, 32, 32)


def transformers_hifigan():
    """transformers SpeechT5 HiFi-GAN vocoder from a small random config: 1-D
    ConvTranspose1d k8 s4 upsamplers and dilated 1-D residual convolutions."""
    import torch
    from transformers import SpeechT5HifiGan, SpeechT5HifiGanConfig

    cfg = SpeechT5HifiGanConfig(model_in_dim=16, upsample_initial_channel=32,
                                upsample_rates=[4, 4], upsample_kernel_sizes=[8, 8],
                                resblock_kernel_sizes=[3, 5],
                                resblock_dilation_sizes=[[1, 3], [1, 3]])
    model = SpeechT5HifiGan(cfg).eval()

    class Vocoder(torch.nn.Module):  # a plain module: the exporter sees one tensor input
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, spectrogram):
            return self.inner(spectrogram)

    return Vocoder(model).eval(), (1, 20, 16)


ZOO = {"monai_basic_unet": monai_basic_unet, "transformers_dpt": transformers_dpt,
       "monai_unet_2d": monai_unet_2d, "transformers_hifigan": transformers_hifigan}


def build(name: str, seed: int = 0):
    """``(model, input shape)`` of zoo entry ``name`` with seeded random weights."""
    import torch

    torch.manual_seed(seed)
    return ZOO[name]()


def export(name: str, folder: str, seed: int = 0, legacy: bool = False) -> str:
    """Build zoo model ``name`` (seeded) and export it with the default exporter
    (``legacy=True``: the TorchScript exporter, ``dynamo=False``); return the path of the
    ``.onnx`` file (its weights may be in a ``.onnx.data`` file next to it)."""
    import torch

    model, shape = build(name, seed)
    path = os.path.join(folder, f"{name}{'_legacy' if legacy else ''}.onnx")
    x = torch.randn(shape)
    if legacy:
        torch.onnx.export(model, (x,), path, dynamo=False)
    else:
        torch.onnx.export(model, (x,), path)  # the default exporter, its default file layout
    return path


if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for key in ZOO:
        print(export(key, out))
        print(export(key, out, legacy=True))
