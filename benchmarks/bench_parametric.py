"""The catalogue proved for all sizes: one table row per identity, number of dims and choice
of symbolic parameters, with the verdict, the median time and the domain.

Run: ``python benchmarks/bench_parametric.py`` (needs islpy: ``pip install
"tconv_sym[allsizes]"``; ``--quick`` for one run per row instead of three, ``--z3`` to add
the z3 re-decision of each statement). Each identity uses its example parameters (its size
left out); the symbolic columns replace the padding by ``p`` and the kernel size by one
symbol per dim (``k`` or ``k0, k1, …``) where the identity declares them; in 1-D also the
stride by ``s`` and the input channels (and groups) by ``c`` (``g``), enumerated value by
value up to ``limits.MAX_ENUMERATED`` (4): the domain then says ``1 ≤ s ≤ 4``. Next to the 2-D
proof, measured alternating with it, the fixed-size basis engine's check at one 32×32 size.
The machine is shared (2 cores, 8 people): the load average is printed; times are noisy,
the ratio to the basis check less so.

``--winograd``: instead, the Winograd phases (``winograd_phases_are_transposed_conv``, tiles
of ``m``: :func:`tconv_sym.prover.catalogue_fast.phases_identity`) proved for all sizes by
rewriting (the tile lemma exact at the fixed ``F(m, L)``, the Kronecker mixed-product law, then
the parametric engine) per case, 1-D and 2-D, with its broken variants; alternated round by
round with the basis engine's fixed-size check of the same case at size 16 (16², 8³; a
symbol at ``AT``: p = 1, q = 0), medians. Rows with ``p=p`` (``op=q``) prove every padding
(output_padding) too; ``k=k`` (a symbolic kernel) declines, with its reason. ``--only
LABEL[,LABEL…]`` runs the rows of those labels.
"""

from __future__ import annotations

import os
import statistics
import sys
import time


def _params(ident, ndim: int, symbolic: str) -> dict:
    out = {k: v for k, v in ident.example.items() if k != "size"}
    out = {k: (v[0] if isinstance(v, tuple) and v and not isinstance(v[0], tuple) else v)
           for k, v in out.items()}
    if "padding" in symbolic:
        out["padding"] = "p"
    if "kernel" in symbolic:
        out["kernel"] = "k" if ndim == 1 else tuple(f"k{d}" for d in range(ndim))
    if "stride" in symbolic:  # enumerated: s = 1 … MAX_ENUMERATED (4), one proof each
        out["stride"] = "s"
    if "channels" in symbolic:  # enumerated: c = 1 … 4 (and groups 1 … 4 where declared)
        out["in_channels"] = "c"
        if "groups" in ident.parameters:
            out["groups"] = "g"
    return {**out, "ndim": ndim}


def _row(name, ident, ndim, symbolic, repeat, z3check):
    import tconv_sym as ts

    params = _params(ident, ndim, symbolic)
    times, proof, basis = [], None, []
    for _ in range(repeat):
        t0 = time.process_time()
        try:
            proof = ts.prove(name, all_sizes=True, **params)
        except NotImplementedError as exc:
            return {"verdict": "declined", "why": str(exc).split(": ", 1)[-1][:90]}
        except ValueError as exc:
            return {"verdict": "n/a", "why": str(exc)[:90]}
        times.append(time.process_time() - t0)
        if ndim == 2 and not symbolic:
            fixed = {k: v for k, v in params.items() if k != "ndim"}
            t0 = time.process_time()
            try:
                ts.prove(name, size=(32, 32), engine="basis", **fixed)
                basis.append(time.process_time() - t0)
            except ValueError:
                pass
    verdict = ("holds" if proof.holds else "refuted") if proof.for_all_sizes else "undecided"
    row = {"verdict": verdict + ("" if proof.as_expected else " (UNEXPECTED)"),
           "time": statistics.median(times), "domain": proof.domain,
           "paths": proof.classes}
    if basis:
        row["basis32"] = statistics.median(basis)
    if z3check:
        from tconv_sym.prover.parametric.export import redecide

        r = redecide(proof)
        row["z3"] = "agrees" if r.agree and not r.unknown else f"{r}"
    return row


#: (label, m, parameters, variant) of the ``--winograd`` rows
WINOGRAD_CASES = [
    ("1-D k4 s2 p1", 2, dict(kernel=4, stride=2, padding=1), None),
    ("1-D k3 s1", 2, dict(kernel=3), None),
    ("1-D k3 s1", 4, dict(kernel=3), None),
    ("1-D k6 s2 p2", 2, dict(kernel=6, stride=2, padding=2), None),
    ("1-D k9 s3 p3", 2, dict(kernel=9, stride=3, padding=3), None),
    ("1-D k4 s2 p1, 2→3 channels", 2, dict(kernel=4, stride=2, padding=1, in_channels=2,
                                          out_channels=3), None),
    ("2-D k3 s1", 2, dict(kernel=(3, 3)), None),
    ("2-D k3 s1", 4, dict(kernel=(3, 3)), None),
    ("2-D k2 s2", 2, dict(kernel=(2, 2), stride=2), None),
    ("2-D k4 s2 p1", 2, dict(kernel=(4, 4), stride=2, padding=1), None),
    ("1-D k4 s2 p1", 2, dict(kernel=4, stride=2, padding=1), "wrong_point"),
    ("1-D k4 s2 p1", 2, dict(kernel=4, stride=2, padding=1), "bt_transposed"),
    ("1-D k4 s2 p1", 2, dict(kernel=4, stride=2, padding=1), "window_off_by_one"),
    ("1-D k3 s1", 4, dict(kernel=3), "wrong_point"),
    ("2-D k3 s1", 2, dict(kernel=(3, 3)), "wrong_point"),
    ("2-D k3 s1", 4, dict(kernel=(3, 3)), "wrong_point"),
    ("3-D k4 s2 p1", 2, dict(kernel=(4, 4, 4), stride=2, padding=1), None),
    ("1-D k4 s2 p=p", 2, dict(kernel=4, stride=2, padding="p"), None),
    ("1-D k4 s2 p=p op=q", 2, dict(kernel=4, stride=2, padding="p", output_padding="q"), None),
    ("1-D k9 s3 p=p", 2, dict(kernel=9, stride=3, padding="p"), None),
    ("2-D k4 s2 p=p", 2, dict(kernel=(4, 4), stride=2, padding="p"), None),
    ("1-D k4 s2 p=p", 2, dict(kernel=4, stride=2, padding="p"), "wrong_point"),
    ("1-D k4 s2 p=p", 2, dict(kernel=4, stride=2, padding="p"), "window_off_by_one"),
    ("1-D k=k s2 p=p", 2, dict(kernel="k", stride=2, padding="p"), None),
]

#: the value of each symbol in the basis engine's fixed-size check of a symbolic row
AT = {"p": 1, "q": 0, "k": 4}


def _concrete(kw: dict) -> dict:
    return {k: (AT.get(v, v) if isinstance(v, str) else v) for k, v in kw.items()}


def winograd_rows(repeat: int, only=None) -> int:
    """The ``--winograd`` table (see the module doc); ``only``: the labels of the rows to
    run (``--only "2-D k4 s2 p1,3-D k4 s2 p1"``)."""
    import tconv_sym as ts
    from tconv_sym.prover.catalogue_fast import phases_identity
    from tconv_sym.prover.parametric import fast_forms, prove_all_sizes

    print("| case | F(m, L) | variant | verdict | steps | s | paths | basis 16ⁿ s | ratio |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    bad = 0
    for label, m, kw, variant in WINOGRAD_CASES:
        if only is not None and not any(o == label for o in only):
            continue
        ident = phases_identity(m)
        times, basis, proof = [], [], None
        nd = len(kw["kernel"]) if isinstance(kw["kernel"], tuple) else 1
        size = (16,) * nd if nd < 3 else (8,) * nd
        for _ in range(repeat):  # alternate the two engines round by round
            fast_forms._LEMMAS.clear()  # each run proves its tile lemmas again
            t0 = time.process_time()
            try:
                proof = prove_all_sizes(ident, variant=variant, **kw)
            except ValueError as exc:  # a resource limit (the time budget): no verdict
                proof = str(exc).split(":", 1)[0]
                break
            except NotImplementedError as exc:  # declined, with its reason
                proof = "declined: " + str(exc).split("(TypeError: ", 1)[-1][:110] + "…"
                break
            times.append(time.process_time() - t0)
            t0 = time.process_time()
            ts.prove(ident, size=size, engine="basis", variant=variant, **_concrete(kw))
            basis.append(time.process_time() - t0)
        if isinstance(proof, str):
            what = proof if proof.startswith("declined") else f"n/a: {proof}"
            print(f"| {label} | F({m}, ·) | {variant or '-'} | {what} | | | | | |")
            continue
        verdict = ("holds" if proof.holds else "refuted") if proof.for_all_sizes else "undecided"
        if not proof.as_expected:
            verdict += " (UNEXPECTED)"
            bad += 1
        if not proof.holds and proof.counterexample is not None:
            verdict += f", cx size={proof.counterexample.size}"
        lemmas = [s for s in proof.steps if s.name == "tile lemma"]
        tags = ", ".join(dict.fromkeys(s.statement.split(" for ", 1)[-1] for s in lemmas))
        steps = "lemma " + ("holds" if all(s.holds for s in lemmas) else "FAILS") + " + law"
        t, b = statistics.median(times), statistics.median(basis)
        print(f"| {label} | {tags} | {variant or '-'} | {verdict} ({proof.domain}) | {steps} | "
              f"{t:.2f} | {proof.classes} | {b:.3f} | {t / b:.0f}× |")
    return 1 if bad else 0


def main(argv) -> int:
    import tconv_sym as ts

    repeat = 1 if "--quick" in argv else 3
    if "--winograd" in argv:
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"machine: {os.cpu_count()} cores, load average {load:.2f} (1 min); median of "
              f"{repeat} run(s), CPU seconds\n")
        only = argv[argv.index("--only") + 1].split(",") if "--only" in argv else None
        return winograd_rows(repeat, only)
    z3check = "--z3" in argv
    ts.prove("up_is_down_transpose", all_sizes=True, stride=2)  # imports once
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f} (1 min); median of "
          f"{repeat} run(s), CPU seconds\n")
    head = "| identity | dims | symbolic | verdict | s | paths | domain |"
    head += " basis 32² s |" + (" z3 |" if z3check else "")
    print(head)
    print("|" + " --- |" * (head.count("|") - 1))
    counts: dict = {}
    only = argv[argv.index("--only") + 1].split(",") if "--only" in argv else None
    for name, ident in ts.identities().items():
        if only is not None and name not in only:
            continue
        choices = [""]
        if "padding" in ident.parameters:
            choices.append("padding")
        if "kernel" in ident.parameters:
            choices.append("kernel")
        if "stride" in ident.parameters:
            choices.append("stride")
        if "in_channels" in ident.parameters:
            choices.append("channels")
        for ndim in (1, 2, 3):
            for symbolic in choices:
                if symbolic and ndim == 3:
                    continue
                if symbolic in ("stride", "channels") and ndim == 2:
                    continue  # 1-D only: each is 4 (channels and groups: 16) proofs
                r = _row(name, ident, ndim, symbolic, repeat, z3check)
                counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
                if "why" in r:
                    print(f"| {name} | {ndim}-D | {symbolic or '-'} | {r['verdict']} | | | "
                          f"{r['why']} | |" + (" |" if z3check else ""))
                    continue
                b = f"{r['basis32']:.3f}" if "basis32" in r else ""
                line = (f"| {name} | {ndim}-D | {symbolic or '-'} | {r['verdict']} | "
                        f"{r['time']:.3f} | {r['paths']} | {r['domain']} | {b} |")
                print(line + (f" {r['z3']} |" if z3check else ""))
    print(f"\nrows by verdict: {counts}")
    return 0 if not any("UNEXPECTED" in v for v in counts) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
