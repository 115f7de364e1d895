"""One budget for time: ``seconds`` is the knob, ``macs`` (``TCONV_SYM_MAX_MACS``,
``limits(macs=)``, ``check("macs", n)``) an alias converted at ``MACS_PER_SECOND``."""

from __future__ import annotations

import pytest

import tconv_sym as ts
from tconv_sym import budget
from tconv_sym.testing.oracle import estimate


def test_macs_environment_variable_sets_the_seconds_limit(monkeypatch):
    monkeypatch.delenv("TCONV_SYM_MAX_SECONDS", raising=False)
    monkeypatch.setenv("TCONV_SYM_MAX_MACS", str(int(7.5 * budget.MACS_PER_SECOND)))
    assert budget.limit("seconds") == 8  # rounded up: never stricter than asked
    monkeypatch.setenv("TCONV_SYM_MAX_SECONDS", "3")  # the knob wins over its alias
    assert budget.limit("seconds") == 3
    assert budget.limit("macs") == 3 * budget.MACS_PER_SECOND
    monkeypatch.setenv("TCONV_SYM_MAX_SECONDS", "")
    monkeypatch.setenv("TCONV_SYM_MAX_MACS", "-4")
    with pytest.raises(ValueError, match="TCONV_SYM_MAX_MACS must be a positive integer"):
        budget.limit("seconds")


def test_macs_check_is_a_seconds_check():
    with budget.limits(seconds=2):
        budget.check("macs", 2 * budget.MACS_PER_SECOND, what="at the limit")
        with pytest.raises(budget.ResourceLimitError, match="TCONV_SYM_MAX_SECONDS") as err:
            budget.check("macs", 3 * budget.MACS_PER_SECOND, what="over it")
        assert "~3.0 s" in str(err.value) and "limit is 2.0 s" in str(err.value)
    with budget.limits(macs=10 * int(budget.MACS_PER_SECOND)):
        assert budget.limit("seconds") == 10
    assert "macs" not in budget.DEFAULTS


def test_the_oracle_check_is_bounded_in_seconds():
    spec = ts.TransposedConvSpec(in_size=(64, 64), kernel_size=4, stride=2, padding=1,
                                 in_channels=64, out_channels=32)
    est = estimate(spec, extra_calls=8)
    predicted = budget.seconds_for(est.macs)
    assert 30 < predicted < 40  # measured 7.6 CPU s / 21.8 s wall on the loaded machine
    with budget.limits(seconds=int(predicted)), pytest.raises(
            budget.ResourceLimitError, match="TCONV_SYM_MAX_SECONDS"):
        estimate(spec, extra_calls=8)
    with budget.limits(seconds=int(predicted) + 1):
        estimate(spec, extra_calls=8)
