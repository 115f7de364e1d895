"""Front end: the benchmark suite (:mod:`.suite`, ``python -m tconv_sym.bench`` or
``tconv-sym bench``) and its timing helpers (:mod:`.timing`: alternating races, medians, the
one-thread matmul peak).

>>> from tconv_sym.bench import timing
>>> callable(timing.race)
True
"""
