"""``generate``: one call from a spec to a kernel on disk, with its plan, ready to load.

>>> import tempfile
>>> from tconv_sym import TransposedConvSpec
>>> art = generate(TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same"),
...                lang="numpy", name="tf_same", out_dir=tempfile.mkdtemp())
>>> [p.name for p in art.paths]
['tf_same.py']
>>> art.load()([[[[1, 2], [3, 4]]]], [[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]])[0, 0]
array([[ 1.,  1.,  3.,  2.],
       [ 1.,  1.,  3.,  2.],
       [ 4.,  4., 10.,  6.],
       [ 3.,  3.,  7.,  4.]])
"""

from __future__ import annotations

from pathlib import Path

from .artifact import Artifact
from .files import seal, write_files
from .plan import make_plan
from .render import render

__all__ = ["generate", "render_sealed"]


def render_sealed(plan) -> tuple[object, dict[str, str]]:
    """Render a plan and fill in the content hashes; returns ``(plan with lines, texts)``.

    >>> from tconv_sym import ConvSpec
    >>> plan, texts = render_sealed(make_plan(ConvSpec(in_size=3, kernel_size=2), name="k"))
    >>> plan.lines > 10, list(texts)
    (True, ['k.py'])
    """
    texts = {name: seal(text) for name, text in render(plan).items()}
    main = next(iter(texts.values()))
    return plan.with_lines(main.count("\n")), texts


def generate(spec, *, lang: str = "numpy", strategy: str = "auto", dtype: str = "float64",
             derivative=None, weights=None, name: str | None = None, out_dir=None,
             overwrite: bool = False, layout: str = "nchw", weight_layout: str | None = None,
             bias=None, quant=None, max_stack: int | None = None,
             test_harness: bool = False, max_workspace: int | None = None,
             fast: str = "auto", fast_tolerance: float | None = None,
             target: str | None = None, opt: str = "-O2") -> Artifact:
    """Generate a specialised kernel for one fixed shape; returns an :class:`Artifact`.

    - ``spec``: a ``TransposedConvSpec`` or a ``ConvSpec``.
    - ``lang``: ``"numpy"`` (a ``.py`` module) or ``"c"`` (C99 ``.c`` + ``.h``, compiled on
      ``load()`` with the system ``cc``).
    - ``strategy``: ``"unrolled"`` (straight-line code, only the structurally nonzero terms;
      refused above ``MAX_UNROLLED_TERMS``), ``"polyphase"`` (one GEMM over channels per
      kernel tap on strided boxes; the stride-s transposed convolution as s^d stride-1
      ones) or ``"auto"`` (unrolled up to ``AUTO_UNROLL_TERMS`` terms; the plan says why).
    - ``dtype``: ``"float64"`` or ``"float32"``.
    - ``derivative``: ``None`` (forward), ``"input"`` (``grad_x = Mᵀ grad_y``) or
      ``"weight"`` (``grad_w``, summed over the batch).
    - ``weights``: bake these constant weights (PyTorch layout) into the code; terms with
      a zero weight are skipped entirely. The kernel then takes no ``w``.
    - ``name``: the function and file name (an identifier; default: derived from the spec).
    - ``out_dir``: where to write (default: ``cache_dir()/"src"``). Files are written
      atomically; a file tconv_sym did not write (or that was edited) is never replaced
      unless ``overwrite=True``.

    - ``layout``: ``"nchw"`` (channels-first data) or ``"nhwc"`` (channels-last; C only);
      ``weight_layout``: ``"pytorch"``, ``"tflite"`` or ``"tf"`` for ``w`` and ``weights``
      (default: ``"pytorch"`` for nchw, ``"tflite"`` for nhwc; see :mod:`.layout`).
    - ``dtype="int8"``: TFLite's quantized arithmetic (:mod:`.quant`), forward only, with
      ``weights`` (int8), ``bias`` (int32, optional) and ``quant`` (a
      :class:`~tconv_sym.codegen.quant.Quantization` or a dict of its fields).
    - ``max_stack``: most bytes of stack the kernel may use (default 8 MiB); the planner
      picks tap-block loops to fit, or raises ValueError (:mod:`.schedule`).
    - ``max_workspace``: most bytes of the caller's workspace (``NAME_WORKSPACE_BYTES``;
      default: no limit); int8 accumulators are tiled in output row bands to fit (same
      bits), a GEMM form above it is not chosen; ValueError when one row does not fit.
    - ``test_harness``: also write ``NAME_test.c`` (C only; :mod:`.harness`).
    - ``fast``: ``"auto"`` (default: a fast algorithm — per-phase Winograd ``F(m, r)``,
      schedule ``"winograd"`` — where the planner's cost model says it is faster than the
      direct packed form and its error bound is within ``fast_tolerance``), ``"never"``
      (direct forms only) or ``"winograd"`` (forced; ValueError where it cannot compute the
      layer). ``fast_tolerance``: the largest error allowed, as a multiple of the direct
      kernel's maximum error (default 4: in 2-D F(2), bound 2.5x, is admitted and F(4) needs
      14; 1-D layers have their own measured bounds, F(4, 2) 3x). 1-D and 2-D float32 layers.
      See ``docs/howto/use-winograd.md``.

    - ``target`` (C): ``"native"``, ``"x86-64"``, ``"aarch64"`` or ``"cortex-m4"``, with
      ``opt`` (``"-O2"``, ``"-Os"``, ...): compile the kernel with that target's gcc and keep
      the stack and static bytes it measured (``art.measured``; ``max_stack`` is checked
      against them, ``art.memory_check`` says which figure was checked; see
      :mod:`.measured`).

    Same arguments, same bytes: generation is deterministic.

    >>> import tempfile
    >>> from tconv_sym import ConvSpec
    >>> art = generate(ConvSpec(in_size=8, kernel_size=3, stride=2), lang="c",
    ...                strategy="polyphase", out_dir=tempfile.mkdtemp(), name="down")
    >>> [p.name for p in art.paths], art.plan.executed_macs
    (['down.c', 'down.h'], 9)
    """
    if target is not None:
        from .measured import generate_for_target

        return generate_for_target(
            spec, target=target, opt=opt, generate=generate, lang=lang, strategy=strategy,
            dtype=dtype,
            derivative=derivative, weights=weights, name=name, out_dir=out_dir,
            overwrite=overwrite, layout=layout, weight_layout=weight_layout, bias=bias,
            quant=quant, max_stack=max_stack, test_harness=test_harness,
            max_workspace=max_workspace, fast=fast, fast_tolerance=fast_tolerance)
    if not isinstance(overwrite, bool):
        raise TypeError(f"overwrite must be True or False, got {overwrite!r} "
                        f"({type(overwrite).__name__})")
    plan = make_plan(spec, lang=lang, strategy=strategy, dtype=dtype, derivative=derivative,
                     weights=weights, name=name, layout=layout, weight_layout=weight_layout,
                     bias=bias, quant=quant, max_stack=max_stack,
                     max_workspace=max_workspace, fast=fast, fast_tolerance=fast_tolerance)
    plan, texts = render_sealed(plan)
    if test_harness:
        from .harness import render_harness

        texts.update({n: seal(t) for n, t in render_harness(plan).items()})
    if out_dir is None:
        from .compile import cache_dir

        out_dir = cache_dir() / "src"
    paths = write_files(Path(out_dir), texts, overwrite=overwrite)
    return Artifact(plan, paths, texts)
