"""Regenerate the pictures shown in the README (deterministic: same matplotlib, same bytes).

    python docs/make_pictures.py
"""

from __future__ import annotations

from pathlib import Path

from tconv_sym import TransposedConvSpec, plot

HERE = Path(__file__).parent


def main() -> None:
    checkerboard = TransposedConvSpec(in_size=(6, 6), kernel_size=3, stride=2)
    plot.overlap_map(checkerboard, path=HERE / "checkerboard.png")
    plot.sparsity(TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2),
                  path=HERE / "sparsity.png")
    plot.scatter_picture(TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2),
                         path=HERE / "scatter.png")
    for name in ("checkerboard.png", "sparsity.png", "scatter.png"):
        print(HERE / name)


if __name__ == "__main__":
    main()
