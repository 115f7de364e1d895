"""Code generation: specialised NumPy and C kernels for one fixed shape, checked against scipy.

The layers, one module per concern:

- :mod:`~tconv_sym.codegen.plan`: lower an operator (a spec and a direction) to a
  :class:`~tconv_sym.codegen.plan.Plan` — the structurally nonzero terms (``unrolled``) or the
  polyphase tap blocks (``polyphase``), all read from :mod:`tconv_sym.structure`;
- :mod:`~tconv_sym.codegen.schedule`: the schedule of a C kernel and its lowering, decided
  once (:mod:`~tconv_sym.codegen.gemm` / :mod:`~tconv_sym.codegen.gemm_scatter` GEMM forms,
  :mod:`~tconv_sym.codegen.tiled` register tiles, :mod:`~tconv_sym.codegen.blocks` tap-block
  loops in any layout and dtype) and its memory (:mod:`~tconv_sym.codegen.memory`);
- :mod:`~tconv_sym.codegen.layout` (data and weight layouts), :mod:`~tconv_sym.codegen.quant`
  (TFLite's int8 arithmetic, the integer oracle), :mod:`~tconv_sym.codegen.clang` (C facts);
- :mod:`~tconv_sym.codegen.render`: the jinja2 templates of ``templates/`` (shipped in the
  package as ``tconv_sym.templates``); :mod:`~tconv_sym.codegen.harness`: ``NAME_test.c``;
- :mod:`~tconv_sym.codegen.files`: file headers, content hashes, atomic writes that never
  overwrite a file tconv_sym did not write;
- :mod:`~tconv_sym.codegen.compile`: the system C compiler and a content-addressed cache;
- :mod:`~tconv_sym.codegen.artifact`: load and verify a generated kernel;
- :mod:`~tconv_sym.codegen.api`: :func:`generate`;
- :mod:`~tconv_sym.codegen.catalogue`: the kernels of the repository's ``generated/`` folder.

Nothing is imported here eagerly: ``import tconv_sym.codegen`` stays cheap.

>>> import tconv_sym.codegen.plan as plan
>>> plan.STRATEGIES
('auto', 'unrolled', 'polyphase')
"""
