"""Generated files: headers, content hashes, atomic writes of file sets.

The writer itself is :mod:`tconv_sym._write`, shared by every part of tconv_sym that
writes files (kernels, the catalogue, pictures, ``explain`` reports); this module keeps
the names codegen has always exported.

>>> from tconv_sym.codegen.files import is_ours
>>> is_ours("int main(void) { return 0; }\\n")
False
"""

from __future__ import annotations

from .._write import MARK, content_hash, is_ours, recover, seal, status, write_files

__all__ = ["seal", "content_hash", "is_ours", "status", "write_files", "recover", "MARK"]
