"""Why the planner chose what it chose, kept as data and formatted only when printed.

A :class:`Reason` holds who decided (``"auto"`` or ``"requested"``), the numbers the rule
compared (``basis``), the form it picked (``form``) and the notes later decisions add
(``notes``: the schedule, the scatter form, a stack limit). A later decision that supersedes
the form replaces it (``with_form``); nothing edits the text.

>>> r = Reason("auto", "25 terms <= 4,096", "straight-line code")
>>> str(r)
'auto: 25 terms <= 4,096, straight-line code'
>>> str(r.with_form(None).noted("scatter form: one GEMM over all 9 taps"))
'auto: 25 terms <= 4,096; scatter form: one GEMM over all 9 taps'
>>> "4,096" in r, r == "auto: 25 terms <= 4,096, straight-line code"
(True, True)
>>> str(Reason.requested())
'requested'
"""

from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = ["Reason"]


@dataclass(frozen=True)
class Reason:
    """The reason of a plan's strategy and schedule (see the module)."""

    source: str
    basis: str = ""
    form: str | None = None
    notes: tuple[str, ...] = ()

    @classmethod
    def requested(cls) -> Reason:
        """The strategy the caller asked for."""
        return cls("requested")

    def with_form(self, form: str | None) -> Reason:
        """This reason with the chosen form replaced (``None``: a note says it)."""
        return replace(self, form=form)

    def noted(self, note: str) -> Reason:
        """This reason with one more note."""
        return replace(self, notes=(*self.notes, note))

    def __str__(self) -> str:
        text = self.source
        if self.basis:
            text += f": {self.basis}"
        if self.form:
            text += f", {self.form}"
        return "".join([text, *(f"; {n}" for n in self.notes)])

    def __contains__(self, text: str) -> bool:
        return text in str(self)

    def __eq__(self, other) -> bool:
        if isinstance(other, str):
            return str(self) == other
        if isinstance(other, Reason):
            return (self.source, self.basis, self.form, self.notes) == \
                (other.source, other.basis, other.form, other.notes)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)
