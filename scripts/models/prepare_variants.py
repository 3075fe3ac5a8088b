#!/usr/bin/env python3
"""Writes fp16 and int8 variants of an fp32 ONNX model and prints suite entries pinned by sha256.

    prepare_variants.py MODEL.onnx [--out DIR] [--calibration N] [--seed S]
                        [--shape NAME=1,3,640,640 ...] [--batch B] [--calibration-npy NAME=FILE.npy ...]
                        [--no-per-channel] [--no-preprocess] [--symbolic-shapes] [--relative-to DIR]
                        [--format yaml|json] [--no-check] [--input-value NAME=VALUE ...]

Writes ``<name>.fp16.onnx`` and ``<name>.int8.onnx`` next to MODEL (or in --out DIR), where <name> is
the file name without ``.onnx`` (and without a trailing ``.fp32``). The fp32 artifact is the input
itself (copied into DIR when --out is elsewhere).

* fp16: onnx_variants.convert_to_fp16 (float16 compute, float32 inputs/outputs; see that module).
* int8: onnxruntime.quantization.quantize_static, QDQ, uint8 activations / int8 weights (per channel
  unless --no-per-channel), MinMax calibration on N inputs (default 16). Calibration inputs are drawn
  as the runners draw them (sample k: seed S+k; floats uniform [0, 1)), or taken from
  --calibration-npy NAME=FILE.npy (samples stacked on a new leading axis). A dynamic input dim other
  than the leading (batch) one needs a concrete calibration shape: --shape NAME=1,3,640,640.
  The int8 model keeps the model's dynamic dims; only calibration uses the concrete shape.
* integer and boolean inputs (a sample rate, a length, a flag) are never invented: give them with
  --input-value NAME=VALUE (or --calibration-npy); without one the script stops before converting
  anything, naming the input, its dtype and shape.
* verification: after writing a variant, every graph (the main graph and each If/Loop/Scan body) is
  inspected: float16 weights and ops for fp16, quantize/dequantize and integer ops and int8 weights
  for int8. A variant that holds none (e.g. every weight sits inside If subgraphs, which
  onnxruntime.quantization does not descend into) is refused: not pinned, the reason printed (as a
  comment in the output and on stderr), exit status 4. The fp16 converter itself descends into
  subgraphs.
* check (unless --no-check): runs the models once with ONNX Runtime on the same input (sample 0 of
  each --calibration-npy array and the --input-value values: the user's data; seeded floats for the
  rest) and reports the max abs error of each output vs fp32 (stderr, and as comments / JSON fields).
  A variant whose outputs are bit-identical to fp32's is refused too.

stdout carries only the result (YAML suite entries, or JSON with --format json); progress goes to
stderr. Paths in the entries are relative to --relative-to (default: the parent of the output
folder, so Suites/models/x.onnx is written as models/x.onnx). Exit status 2 on bad arguments
(and an integer input without a value), 1 when a step fails, 4 when a variant was refused.

Note: the int8 bytes depend on the calibration run (ONNX Runtime's float kernels on this CPU), so
regenerating on another machine or runtime version can change its sha256; re-pin after regenerating.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def parse_shape(text):
    name, sep, dims = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=D1,D2,..., got {text!r}")
    try:
        shape = tuple(int(d) for d in dims.replace("x", ",").split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"dims must be integers: {text!r}")
    if any(d <= 0 for d in shape):
        raise argparse.ArgumentTypeError(f"dims must be > 0: {text!r}")
    return name, shape


def parse_npy(text):
    name, sep, path = text.partition("=")
    if not sep or not name or not path:
        raise argparse.ArgumentTypeError(f"expected NAME=FILE.npy, got {text!r}")
    return name, path


def parse_value(text):
    name, sep, raw = text.partition("=")
    if not sep or not name or not raw:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    items = []
    for part in raw.split(","):
        low = part.strip().lower()
        if low in ("true", "false"):
            items.append(low == "true")
            continue
        try:
            items.append(int(part))
        except ValueError:
            try:
                items.append(float(part))
            except ValueError:
                raise argparse.ArgumentTypeError(f"{name}: {part!r} is not a number or boolean")
    return name, items[0] if len(items) == 1 else items


def human(n):
    return f"{n / 1e6:.2f} MB" if n >= 1e6 else f"{n / 1e3:.1f} kB"


def main(argv=None):
    ap = argparse.ArgumentParser(description="fp16 and int8 variants of an fp32 ONNX model, pinned by sha256",
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model", help="fp32 ONNX model")
    ap.add_argument("--out", help="output folder (default: the model's folder)")
    ap.add_argument("--calibration", type=int, default=16, metavar="N", help="calibration samples (default 16)")
    ap.add_argument("--seed", type=int, default=0, help="seed of calibration sample 0 (default 0)")
    ap.add_argument("--shape", type=parse_shape, action="append", default=[], metavar="NAME=DIMS",
                    help="concrete calibration/check shape of an input, e.g. x=1,3,640,640")
    ap.add_argument("--batch", type=int, default=1, help="dynamic leading dim for calibration (default 1)")
    ap.add_argument("--calibration-npy", type=parse_npy, action="append", default=[], metavar="NAME=FILE",
                    help="calibration samples for an input: array of shape [K, *input_shape]")
    ap.add_argument("--no-per-channel", action="store_true", help="per-tensor weight quantization")
    ap.add_argument("--no-preprocess", action="store_true", help="skip quant_pre_process")
    ap.add_argument("--symbolic-shapes", action="store_true",
                    help="pre-process with ORT's symbolic shape inference (needs sympy; for models whose "
                         "shapes ONNX shape inference cannot follow, e.g. transformers)")
    ap.add_argument("--only", default="fp16,int8", help="variants to write (default fp16,int8)")
    ap.add_argument("--relative-to", help="folder the printed paths are relative to")
    ap.add_argument("--format", choices=("yaml", "json"), default="yaml")
    ap.add_argument("--no-check", action="store_true", help="skip the ONNX Runtime accuracy check")
    ap.add_argument("--check-seed", type=int, default=1234, help="seed of the check input (default 1234)")
    ap.add_argument("--input-value", type=parse_value, action="append", default=[], metavar="NAME=VALUE",
                    help="value of an integer/boolean input for calibration and the check, e.g. sr=16000 "
                         "(a number, true/false, or a comma-separated list of every element)")
    args = ap.parse_args(argv)

    src = Path(args.model).resolve()
    if not src.is_file():
        ap.error(f"{src}: no such file")
    if args.calibration < 1:
        ap.error("--calibration must be >= 1")
    variants = [v for v in args.only.split(",") if v]
    if not set(variants) <= {"fp16", "int8"}:
        ap.error(f"--only takes fp16,int8; got {args.only}")

    import numpy as np
    import onnx
    import onnx_variants as ov

    out = Path(args.out).resolve() if args.out else src.parent
    out.mkdir(parents=True, exist_ok=True)
    stem = src.name[:-5] if src.name.endswith(".onnx") else src.stem
    if stem.endswith(".fp32"):
        stem = stem[:-5]
    rel_base = Path(args.relative_to).resolve() if args.relative_to else out.parent

    try:
        model = onnx.load(str(src))
    except Exception as exc:
        print(f"error: cannot read {src} as ONNX: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    shapes, dtypes = ov.resolve_calibration_shapes(model, dict(args.shape), args.batch)
    values = dict(args.input_value)
    unknown = sorted(set(values) - set(shapes))
    if unknown:
        ap.error(f"--input-value names {', '.join(map(repr, unknown))}, but the model's inputs are {sorted(shapes)}")
    try:
        samples = {n: np.load(p, allow_pickle=False) for n, p in args.calibration_npy}
        ov.check_inputs_given(dtypes, shapes, values, samples)
    except ov.InputNeedsValue as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    ov.log(f"{src.name}: {human(src.stat().st_size)}, opset "
           f"{[(o.domain or 'ai.onnx', o.version) for o in model.opset_import]}, inputs "
           + ", ".join(f"{n} {dtypes[n]} {list(s)}" for n, s in shapes.items()))

    fp32 = src
    if out != src.parent:
        fp32 = out / src.name
        shutil.copyfile(src, fp32)
    entries = {"fp32": {"path": fp32}}
    facts = {"fp32": {}}
    refused = {}

    def refuse_file(prec):
        """A refused variant is removed, so that nothing can pin it by mistake."""
        e = entries.pop(prec, None)
        if e is not None and e["path"] != fp32:
            e["path"].unlink(missing_ok=True)
            ov.log(f"{prec}: removed {e['path']}")

    def verify(prec, path):
        """Inspects the written variant graph by graph; a variant that holds nothing of its precision is refused."""
        counts = ov.inspect_precision(onnx.load(str(path)))
        ok, reason, summary = ov.verify_variant(prec, counts)
        facts[prec]["verified"] = summary
        facts[prec]["graphs"] = {g: {k: v for k, v in c.items() if v} for g, c in counts.items()
                                 if any(c[k] for k in ("fp32_weights", "fp16_weights", "int8_weights", "qdq_ops",
                                                       "integer_ops"))}
        ov.log(f"{prec}: verified: {summary}")
        for g, c in facts[prec]["graphs"].items():
            ov.log(f"  {g}: " + ", ".join(f"{k} {v}" for k, v in c.items()))
        if not ok:
            refused[prec] = reason
            ov.log(f"{prec}: REFUSED: {reason}")
            refuse_file(prec)

    if "fp16" in variants:
        t0 = time.monotonic()
        path = out / f"{stem}.fp16.onnx"
        try:
            m16, stats = ov.convert_to_fp16(model)
            onnx.checker.check_model(m16)
            onnx.save(m16, str(path))
        except Exception as exc:
            print(f"error: fp16 conversion of {src} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        dt = time.monotonic() - t0
        entries["fp16"] = {"path": path}
        facts["fp16"] = {"seconds": round(dt, 3), **stats}
        ov.log(f"fp16: {dt:.2f} s, {stats}")
        verify("fp16", path)

    if "int8" in variants:
        path = out / f"{stem}.int8.onnx"
        try:
            q = ov.quantize_int8(str(src), str(path), shapes, dtypes, count=args.calibration, seed=args.seed,
                                 per_channel=not args.no_per_channel,
                                 calibration_npy=dict(args.calibration_npy),
                                 preprocess=not args.no_preprocess,
                                 symbolic_shapes=args.symbolic_shapes, values=values)
        except Exception as exc:
            print(f"error: int8 quantization of {src} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        q["seconds"] = round(q["seconds"], 3)
        entries["int8"] = {"path": path}
        facts["int8"] = q
        ov.log(f"int8: {q['seconds']:.2f} s, {q}")
        verify("int8", path)
        if "int8" in refused and any(g != "main" for g in facts["int8"]["graphs"]):
            refused["int8"] += ("; onnxruntime.quantization quantizes the main graph only, and this model's weights "
                                "sit inside If/Loop/Scan subgraphs")

    for prec, e in entries.items():
        e["sha256"] = ov.sha256_file(e["path"])
        e["bytes"] = e["path"].stat().st_size

    if not args.no_check and len(entries) > 1:
        t0 = time.monotonic()
        try:
            errs, identical = ov.max_abs_errors([str(e["path"]) for e in entries.values()], shapes, dtypes,
                                                seed=args.check_seed, values=values, samples=samples)
        except Exception as exc:
            print(f"error: ONNX Runtime check failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        for prec, e in list(entries.items()):
            facts[prec]["max_abs_error_vs_fp32"] = errs[str(e["path"])]
            if prec != "fp32" and identical[str(e["path"])]:
                refused[prec] = (f"its outputs on the check input are bit-identical to fp32's: numerically it is "
                                 f"the fp32 model")
                ov.log(f"{prec}: REFUSED: {refused[prec]}")
                refuse_file(prec)
        data = "sample 0 of --calibration-npy for " + ", ".join(sorted(samples)) if samples else f"seed {args.check_seed}"
        ov.log(f"check ({time.monotonic() - t0:.2f} s, ONNX Runtime, {data}"
               + (f", values {values}" if values else "") + "): "
               + "; ".join(f"{p}: {errs[str(e['path'])]}" for p, e in entries.items()))

    def rel(p):
        try:
            return os.path.relpath(p, rel_base)
        except ValueError:
            return str(p)

    status = 4 if refused else 0
    if args.format == "json":
        print(json.dumps({"model": stem, "artifacts": {
            p: {"path": rel(e["path"]), "sha256": e["sha256"], "bytes": e["bytes"], "facts": facts[p]}
            for p, e in entries.items()}, "refused": refused,
            "inputs": {"values": values} if values else {}}, indent=2, default=float))
        return status
    print(f"# {stem}: generated by scripts/models/prepare_variants.py from {rel(src)}")
    for p, e in entries.items():
        line = f"#   {p}: {human(e['bytes'])}"
        if "max_abs_error_vs_fp32" in facts[p]:
            line += ", max abs error vs fp32: " + ", ".join(
                f"{k} {v:.3g}" for k, v in facts[p]["max_abs_error_vs_fp32"].items())
        print(line)
        if facts[p].get("verified"):
            print(f"#     verified: {facts[p]['verified']}")
    for p, reason in refused.items():
        print(f"#   {p}: REFUSED, not pinned: {reason}")
    print("artifacts:")
    for p, e in entries.items():
        print(f'  {p}: {{path: {rel(e["path"])}, sha256: "{e["sha256"]}"}}')
    if values:
        print("inputs:")
        print("  values: {" + ", ".join(f"{n}: {json.dumps(v)}" for n, v in values.items()) + "}")
    return status


if __name__ == "__main__":
    sys.exit(main())
