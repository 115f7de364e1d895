"""The jinja2 environment over the packaged templates, in one place (no other import of the
package: every layer that renders a template — the renderer, the fast-call shim, the test
harness, the standalone Winograd kernel — reads it from here).

>>> environment().get_template("c_pycall.c.j2").name
'c_pycall.c.j2'
"""

from __future__ import annotations

import functools

__all__ = ["environment"]


@functools.lru_cache(maxsize=1)
def environment():
    """The jinja2 environment over the packaged templates (StrictUndefined, no autoescape).

    >>> environment().undefined.__name__
    'StrictUndefined'
    """
    import importlib.resources

    import jinja2

    root = importlib.resources.files("tconv_sym.templates")

    def load(name: str):
        path = root / name
        if not path.is_file():
            return None
        return path.read_text(encoding="utf-8")

    return jinja2.Environment(
        loader=jinja2.FunctionLoader(load),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
