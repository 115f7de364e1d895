"""pytest in docs/: the pages' examples run as doctests (``--doctest-glob='*.md'``); the
Sphinx configuration, the picture script and the built site are not test modules."""

collect_ignore = ["conf.py", "make_pictures.py"]
collect_ignore_glob = ["_build/*"]
