#!/usr/bin/env python3
"""Self-check of the Python runners (Sources/HILBenchAgentKit/Runners) over runner protocol v1.

Starts each runner as a subprocess, as the agent does, and speaks the protocol to it:

1. runs the tiny models (Suites/models, from make_tiny_models.py) at fp32/fp16/int8: ONNX Runtime
   and OpenVINO on tinycnn*.onnx, LiteRT on tinycnn*.tflite; prints load time, median and p90
   latency, and the outputs' max abs error vs the same runner's fp32 case;
2. cross-checks runtimes: OpenVINO fp32 vs ONNX Runtime fp32 on the same seeded input; LiteRT fp32 fed
   the NHWC transpose of that input through inputs.npy vs ONNX Runtime fp32;
3. shows each failure path: import failure (PYTHONPATH shadowing the runtime with a broken module,
   exit 3), unreadable model (missing file, garbage bytes), bad JSON, non-JSON garbage, a JSON
   array, unknown op, measure before load, bad field types, unknown option, unknown input name,
   batch on a fixed-batch model, and that the runner still answers after each error;
4. shows that a runtime printing to stdout (Python print and a C-level write to fd 1 at import)
   does not reach the protocol stream.

Every stdout line of every runner must be one JSON object; anything else fails the check.
Exit status: 0 when every expectation held, 1 otherwise.

Usage: python3 scripts/models/check_runners.py [--iterations 200] [--warmup 20] [--threads 1]
                                              [--runners onnxruntime,openvino,litert]
"""

from __future__ import annotations

import argparse
import json
import os
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
RUNNERS = REPO / "Sources" / "HILBenchAgentKit" / "Runners"
MODELS = REPO / "Suites" / "models"
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import onnx_variants  # noqa: E402  (seeded_input: the runners' input rule)

SEED = 1234
TIMEOUT_S = 120

RUNTIME_MODULES = {"onnxruntime": ["onnxruntime"], "openvino": ["openvino"],
                   "litert": ["ai_edge_litert", "tflite_runtime"]}
MODELS_BY_RUNNER = {
    "onnxruntime": {"fp32": "tinycnn.onnx", "fp16": "tinycnn.fp16.onnx", "int8": "tinycnn.int8.onnx"},
    "openvino": {"fp32": "tinycnn.onnx", "fp16": "tinycnn.fp16.onnx", "int8": "tinycnn.int8.onnx"},
    "litert": {"fp32": "tinycnn.tflite", "fp16": "tinycnn.fp16.tflite", "int8": "tinycnn.int8.tflite"},
}

failures = []


def expect(cond, what):
    if not cond:
        failures.append(what)
        print(f"  !! FAILED: {what}")
    return cond


class ProtocolViolation(Exception):
    pass


class Runner:
    """One runner subprocess, driven like the agent drives it."""

    def __init__(self, name, env_extra=None):
        self.name = name
        env = dict(os.environ)
        env.update(env_extra or {})
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([sys.executable, str(RUNNERS / f"{name}_runner.py")],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self.stderr, env=env)
        self.sel = selectors.DefaultSelector()
        self.sel.register(self.proc.stdout, selectors.EVENT_READ)
        self.buf = b""
        self.lines = []  # every stdout line, for the "only JSON objects" rule

    def read_reply(self, timeout=TIMEOUT_S):
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{self.name}: no reply within {timeout} s")
            if not self.sel.select(left):
                continue
            chunk = os.read(self.proc.stdout.fileno(), 1 << 20)
            if not chunk:
                return None  # EOF
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        self.lines.append(line)
        try:
            obj = json.loads(line)
        except ValueError:
            raise ProtocolViolation(f"{self.name}: garbage on stdout: {line[:200]!r}")
        if not isinstance(obj, dict) or "op" not in obj:
            raise ProtocolViolation(f"{self.name}: stdout line is not a JSON object with op: {line[:200]!r}")
        return obj

    def send_raw(self, data: bytes):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def request(self, obj, timeout=TIMEOUT_S):
        self.send_raw((json.dumps(obj) + "\n").encode())
        return self.read_reply(timeout)

    def raw_request(self, data: bytes):
        self.send_raw(data)
        return self.read_reply()

    def finish(self, send_exit=True, timeout=30):
        if send_exit and self.proc.poll() is None:
            try:
                self.send_raw(b'{"op": "exit"}\n')
            except BrokenPipeError:
                pass
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = self.proc.wait()
        rest = self.proc.stdout.read()
        if rest.strip():
            raise ProtocolViolation(f"{self.name}: stdout after the last reply: {rest[:200]!r}")
        self.stderr.seek(0)
        self.log = self.stderr.read().decode("utf-8", "replace")
        self.stderr.close()
        return rc


def load_req(model, precision="fp32", threads=1, batch=1, options=None, inputs=None):
    return {"op": "load", "model": str(model), "precision": precision, "threads": threads,
            "batch": batch, "options": options or {}, "inputs": inputs or {"seed": SEED}}


def check_reply(reply, op, what):
    ok = reply is not None and reply.get("op") == op
    expect(ok, f"{what}: expected '{op}', got {json.dumps(reply)[:300] if reply else 'EOF'}")
    return ok


def check_error(reply, code, what):
    ok = reply is not None and reply.get("op") == "error" and reply.get("code") == code
    expect(ok, f"{what}: expected error {code}, got {json.dumps(reply)[:300] if reply else 'EOF'}")
    if reply is not None and reply.get("op") == "error":
        print(f"  {what:<44} -> error {reply['code']}: {reply['message'][:150]}")
    return ok


def check_latencies(reply, n, what):
    lat = reply.get("latencies_ns", [])
    ok = (len(lat) == n and all(isinstance(v, int) and v > 0 for v in lat))
    if reply.get("op") == "measured":
        ok = ok and reply["begin_ns"] <= reply["end_ns"] and reply["end_ns"] - reply["begin_ns"] >= sum(lat)
    expect(ok, f"{what}: latencies/window inconsistent")
    return lat


# ------------------------------------------------------------------------------------------------


def run_matrix(runners, args):
    print("== Tiny models: load, warmup, measure, outputs "
          f"(threads={args.threads}, batch=1, seed={SEED}, warmup={args.warmup}, iterations={args.iterations})")
    header = (f"{'runner':<12} {'prec':<5} {'model':<22} {'provider':<22} {'thr':>3} {'load ms':>8} "
              f"{'p50 us':>8} {'p90 us':>8} {'max|err| vs fp32':>17}  sha256[:12]")
    print(header)
    print("-" * len(header))
    results = {}
    for name in runners:
        ref = None
        for prec, fname in MODELS_BY_RUNNER[name].items():
            model = MODELS / fname
            r = Runner(name)
            try:
                hello = r.read_reply()
                if not check_reply(hello, "hello", f"{name} hello"):
                    continue
                expect(hello.get("protocol") == 1, f"{name}: protocol version {hello.get('protocol')}")
                loaded = r.request(load_req(model, prec, threads=args.threads))
                if not check_reply(loaded, "loaded", f"{name} {prec} load"):
                    continue
                warmed = r.request({"op": "warmup", "iterations": args.warmup})
                check_reply(warmed, "warmed", f"{name} {prec} warmup")
                check_latencies(warmed, args.warmup, f"{name} {prec} warmup")
                lat = []
                for _ in range(2):  # two measure batches, as adaptive stopping sends them
                    measured = r.request({"op": "measure", "iterations": args.iterations // 2})
                    check_reply(measured, "measured", f"{name} {prec} measure")
                    lat += check_latencies(measured, args.iterations // 2, f"{name} {prec} measure")
                outs = r.request({"op": "outputs", "max_values": 100000})
                check_reply(outs, "outputs", f"{name} {prec} outputs")
                out = outs["outputs"][0]
                expect(not out["truncated"] and len(out["values"]) == int(np.prod(out["shape"])),
                       f"{name} {prec}: values count")
                values = np.array(out["values"], dtype=np.float64)
                if prec == "fp32":
                    ref = values
                err = float(np.max(np.abs(values - ref))) if ref is not None else float("nan")
                results[(name, prec)] = values
                rc = r.finish()
                expect(rc == 0, f"{name} {prec}: exit status {rc} after exit")
                p50 = statistics.median(lat) / 1e3
                p90 = float(np.percentile(lat, 90)) / 1e3
                print(f"{name:<12} {prec:<5} {fname:<22} {loaded['provider'][:22]:<22} {loaded['threads']:>3} "
                      f"{loaded['load_ns'] / 1e6:>8.2f} {p50:>8.1f} {p90:>8.1f} {err:>17.3e}  {out['sha256'][:12]}")
                extra = {k: loaded[k] for k in ("inference_precision", "delegate", "os_threads_added",
                                                 "threads_source") if k in loaded}
                print(f"{'':<12} {'':<5} inputs {loaded['inputs']} outputs {loaded['outputs']} {extra}")
            except (ProtocolViolation, TimeoutError) as exc:
                expect(False, str(exc))
            finally:
                if r.proc.poll() is None:
                    r.proc.kill()
                    r.proc.wait()
    return results


def cross_checks(runners, results, tmp):
    print("\n== Cross-runtime checks (same seeded input)")
    if ("onnxruntime", "fp32") not in results:
        print("  (skipped: no ONNX Runtime fp32 result)")
        return
    ort_ref = results[("onnxruntime", "fp32")]
    if ("openvino", "fp32") in results:
        err = float(np.max(np.abs(results[("openvino", "fp32")] - ort_ref)))
        print(f"  openvino fp32 vs onnxruntime fp32: max|err| {err:.3e}")
        expect(err < 1e-4, f"openvino fp32 differs from onnxruntime fp32 by {err}")
    if "litert" in runners:
        x = onnx_variants.seeded_input("input", np.float32, (1, 3, 32, 32), SEED)
        npy = Path(tmp) / "input_nhwc.npy"
        np.save(npy, x.transpose(0, 2, 3, 1))
        r = Runner("litert")
        try:
            r.read_reply()
            loaded = r.request(load_req(MODELS / "tinycnn.tflite",
                                        inputs={"seed": SEED, "npy": {"input": str(npy)}}))
            check_reply(loaded, "loaded", "litert load with npy")
            outs = r.request({"op": "outputs"})
            vals = np.array(outs["outputs"][0]["values"])
            err = float(np.max(np.abs(vals - ort_ref)))
            print(f"  litert fp32 on the NHWC transpose (inputs.npy) vs onnxruntime fp32: max|err| {err:.3e}")
            expect(err < 1e-4, f"litert fp32 differs from onnxruntime fp32 by {err}")
            r.finish()
        finally:
            if r.proc.poll() is None:
                r.proc.kill()


def failure_paths(runners, tmp):
    print("\n== Failure paths")
    garbage = Path(tmp) / "garbage.bin"
    garbage.write_bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8).tobytes())
    for name in runners:
        model = MODELS / MODELS_BY_RUNNER[name]["fp32"]
        print(f"-- {name}")
        # import failure: shadow the runtime module(s) with broken ones
        shadow = Path(tmp) / f"shadow-{name}"
        for mod in RUNTIME_MODULES[name]:
            (shadow / mod).mkdir(parents=True, exist_ok=True)
            (shadow / mod / "__init__.py").write_text(
                f"raise ImportError('simulated broken install of {mod} (hilbench check_runners)')\n")
        r = Runner(name, {"PYTHONPATH": str(shadow)})
        try:
            reply = r.read_reply()
            check_error(reply, "import_failed", "import failure (shadowed module)")
            rc = r.finish(send_exit=False)
            expect(rc == 3, f"{name}: import failure exit status {rc}, expected 3")
            print(f"  {'':<44}    exit status {rc}")
        except (ProtocolViolation, TimeoutError) as exc:
            expect(False, str(exc))

        r = Runner(name)
        try:
            r.read_reply()
            check_error(r.request(load_req("/nonexistent/model" + model.suffix)), "load_failed", "missing model file")
            check_error(r.request(load_req(garbage)), "load_failed", "garbage model file")
            check_error(r.raw_request(b'{"op": "load", "model": \n'), "bad_request", "truncated JSON")
            check_error(r.raw_request(b"hello there\n"), "bad_request", "non-JSON garbage")
            check_error(r.raw_request(b"\xff\xfe\x00garbage\n"), "bad_request", "invalid UTF-8")
            check_error(r.raw_request(b"[1, 2, 3]\n"), "bad_request", "JSON array instead of object")
            check_error(r.request({"op": "fly"}), "bad_request", "unknown op")
            check_error(r.request({"op": "measure", "iterations": 5}), "bad_request", "measure before load")
            check_error(r.request(load_req(model, threads="four")), "bad_request", "threads not an integer")
            check_error(r.request(load_req(model, options={"no_such_option": 1})), "unsupported", "unknown option")
            check_error(r.request(load_req(model, inputs={"seed": 1, "shapes": {"nope": [1, 2]}})),
                        "input_failed", "shape for an unknown input")
            check_error(r.request(load_req(model, inputs={"seed": 1, "shapes": {"input": [1, 3, 32]}})),
                        "input_failed", "wrong rank in inputs.shapes")
            check_error(r.request(load_req(model, inputs={"seed": 1, "npy": {"input": "/nonexistent.npy"}})),
                        "input_failed", "missing .npy file")
            ok = check_reply(r.request(load_req(model, batch=4)), "loaded", f"{name} still serving: load batch 4")
            if ok:
                m = r.request({"op": "measure", "iterations": 3})
                check_reply(m, "measured", "measure after errors")
                check_error(r.request({"op": "measure", "iterations": 0}), "bad_request", "measure 0 iterations")
                outs = r.request({"op": "outputs", "max_values": 7})
                check_reply(outs, "outputs", "outputs after errors")
                o = outs["outputs"][0]
                expect(o["shape"] == [4, 10] and len(o["values"]) == 7 and o["truncated"],
                       f"{name}: batch 4 outputs {o['shape']}, {len(o['values'])} values, truncated {o['truncated']}")
                print(f"  {'still serving after the errors':<44} -> loaded batch 4, measured, outputs "
                      f"shape {o['shape']} ({len(o['values'])} values, truncated={o['truncated']})")
            rc = r.finish()
            expect(rc == 0, f"{name}: exit status {rc} after exit")
            print(f"  {'exit':<44} -> exit status {rc}")
            expect(all(line.startswith(b"{") for line in r.lines), f"{name}: non-JSON stdout")
        except (ProtocolViolation, TimeoutError) as exc:
            expect(False, str(exc))
        finally:
            if r.proc.poll() is None:
                r.proc.kill()
        # a fixed-batch model asked for batch 4
        if name == "onnxruntime":
            import onnx
            fixed = Path(tmp) / "fixed_batch.onnx"
            m = onnx.load(MODELS / "tinycnn.onnx")
            for vi in list(m.graph.input) + list(m.graph.output):
                vi.type.tensor_type.shape.dim[0].dim_value = 1
            onnx.save(m, fixed)
            r = Runner(name)
            r.read_reply()
            check_error(r.request(load_req(fixed, batch=4)), "unsupported", "batch 4 on a fixed-batch model")
            # a model that loads but cannot run: Reshape of [N,4] to [7]
            from onnx import TensorProto as T, helper
            bad = Path(tmp) / "bad_reshape.onnx"
            g = helper.make_graph([helper.make_node("Reshape", ["x", "shape"], ["y"])], "bad",
                                  [helper.make_tensor_value_info("x", T.FLOAT, ["N", 4])],
                                  [helper.make_tensor_value_info("y", T.FLOAT, None)],
                                  initializer=[helper.make_tensor("shape", T.INT64, [1], [7])])
            mb = helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)])
            mb.ir_version = 7
            onnx.save(mb, bad)
            check_reply(r.request(load_req(bad)), "loaded", "load a model that cannot run")
            check_error(r.request({"op": "warmup", "iterations": 2}), "inference_failed", "inference that fails")
            check_error(r.request({"op": "outputs"}), "inference_failed", "outputs of a failing model")
            # outputs that are not finite: sent as "Infinity" / "NaN" strings, counted in nonfinite
            nf = Path(tmp) / "nonfinite.onnx"
            g = helper.make_graph([helper.make_node("Div", ["x", "zero"], ["inf"]),
                                   helper.make_node("Sub", ["inf", "inf"], ["nan"])], "nonfinite",
                                  [helper.make_tensor_value_info("x", T.FLOAT, [1, 4])],
                                  [helper.make_tensor_value_info("inf", T.FLOAT, [1, 4]),
                                   helper.make_tensor_value_info("nan", T.FLOAT, [1, 4])],
                                  initializer=[helper.make_tensor("zero", T.FLOAT, [], [0.0])])
            mn = helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)])
            mn.ir_version = 7
            onnx.save(mn, nf)
            check_reply(r.request(load_req(nf)), "loaded", "load a model with non-finite outputs")
            o = r.request({"op": "outputs"})["outputs"]
            ok = (o[0]["values"] == ["Infinity"] * 4 and o[1]["values"] == ["NaN"] * 4
                  and o[0]["nonfinite"] == 4 and o[1]["nonfinite"] == 4)
            expect(ok, f"non-finite outputs: {o}")
            print(f"  {'non-finite outputs':<44} -> values {o[0]['values'][:2]}..., {o[1]['values'][:2]}..., "
                  f"nonfinite {o[0]['nonfinite']}, {o[1]['nonfinite']} (valid JSON)")
            check_reply(r.request(load_req(MODELS / "tinycnn.onnx")), "loaded", "load after inference_failed")
            expect(r.finish() == 0, "exit status after inference_failed")


def make_dtype_model(path):
    """Identity-like ONNX model with one input per supported dtype; each output is its input cast to
    float32, so the outputs show exactly what the runner generated."""
    import onnx
    from onnx import TensorProto as T, helper
    ins = [("f32", T.FLOAT, ["N", "W"]), ("f16", T.FLOAT16, [2, 3]), ("i8", T.INT8, [64]),
           ("u8", T.UINT8, [64]), ("i32", T.INT32, [64]), ("i64", T.INT64, ["N", 8]),
           ("flag", T.BOOL, [64])]
    nodes = [helper.make_node("Cast", [n], [f"{n}_out"], to=T.FLOAT) for n, _, _ in ins]
    graph = helper.make_graph(nodes, "dtypes",
                              [helper.make_tensor_value_info(n, t, s) for n, t, s in ins],
                              [helper.make_tensor_value_info(f"{n}_out", T.FLOAT, None) for n, _, _ in ins])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 7
    onnx.save(model, path)
    return {n: (onnx.helper.tensor_dtype_to_np_dtype(t)) for n, t, _ in ins}


def input_building(runners, tmp):
    print("\n== Input building (one input per dtype; outputs echo the inputs as float32)")
    path = Path(tmp) / "dtypes.onnx"
    dtypes = make_dtype_model(path)
    seed = 77
    values = {"i8": -3, "u8": 200, "i32": 7, "i64": 16000, "flag": True}
    for name in [r for r in runners if r in ("onnxruntime", "openvino")]:
        r = Runner(name)
        try:
            r.read_reply()
            # integer and boolean inputs are never invented: without values the load is refused by name
            refused = r.request(load_req(path, batch=3, inputs={"seed": seed, "shapes": {"f32": [3, 5]}}))
            expect(refused.get("code") == "input_failed" and "'i8'" in refused.get("message", "")
                   and "inputs: {values:" in refused.get("message", ""),
                   f"{name}: an integer input without a value is refused by name: {refused}")
            loaded = r.request(load_req(path, batch=3, inputs={"seed": seed, "shapes": {"f32": [3, 5]},
                                                               "values": values}))
            if not check_reply(loaded, "loaded", f"{name}: load the dtype model"):
                continue
            got_shapes = {i["name"]: i["shape"] for i in loaded["inputs"]}
            got_types = {i["name"]: i["dtype"] for i in loaded["inputs"]}
            expect(got_shapes["f32"] == [3, 5] and got_shapes["i64"] == [3, 8],
                   f"{name}: dynamic dims resolved to {got_shapes}")
            outs = {o["name"][:-4]: np.array(o["values"]) for o in r.request({"op": "outputs"})["outputs"]}
            ok_all = True
            for n, dt in dtypes.items():
                expected = onnx_variants.seeded_input(n, dt, tuple(got_shapes[n]), seed, values)
                same = np.array_equal(outs[n], expected.astype(np.float64).ravel())
                ok_all &= expect(same, f"{name}: input {n} differs from the documented seeded rule")
                print(f"  {name:<12} {n:<5} {got_types[n]:<8} shape {str(got_shapes[n]):<8} "
                      f"min {outs[n].min():>8.3f} max {outs[n].max():>8.3f}  matches the seeded rule: {same}")
            r.finish()
        finally:
            if r.proc.poll() is None:
                r.proc.kill()
    # .npy input of another float width is converted (and said so on stderr)
    npy = Path(tmp) / "x64.npy"
    np.save(npy, onnx_variants.seeded_input("input", np.float64, (1, 3, 32, 32), SEED))
    r = Runner("onnxruntime")
    r.read_reply()
    check_reply(r.request(load_req(MODELS / "tinycnn.onnx", inputs={"seed": 0, "npy": {"input": str(npy)}})),
                "loaded", "float64 .npy for a float32 input")
    np.save(npy, np.zeros((1, 3, 32, 32), np.complex64))
    check_error(r.request(load_req(MODELS / "tinycnn.onnx", inputs={"seed": 0, "npy": {"input": str(npy)}})),
                "input_failed", "complex .npy for a float32 input")
    np.save(npy, np.zeros((2, 3, 32, 32), np.float32))
    check_error(r.request(load_req(MODELS / "tinycnn.onnx", batch=1, inputs={"npy": {"input": str(npy)}})),
                "input_failed", ".npy batch 2 with batch 1")
    r.finish()
    expect("converting .npy data from float64 to float32" in r.log, "the .npy conversion note on stderr")


def stdout_discipline(tmp):
    print("\n== A runtime that prints to stdout at import (Python print + C-level write to fd 1)")
    shim = Path(tmp) / "noisy"
    (shim / "onnxruntime").mkdir(parents=True, exist_ok=True)
    (shim / "onnxruntime" / "__init__.py").write_text(
        "import importlib, os, sys\n"
        "print('noise from a Python print at import')\n"
        "os.write(1, b'noise from a C-level write(1, ...)\\n')\n"
        "_here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))\n"
        "sys.path[:] = [p for p in sys.path if os.path.abspath(p or '.') != _here]\n"
        "del sys.modules[__name__]\n"
        "sys.modules[__name__] = importlib.import_module(__name__)\n")
    r = Runner("onnxruntime", {"PYTHONPATH": str(shim)})
    try:
        hello = r.read_reply()
        check_reply(hello, "hello", "hello through a noisy import")
        loaded = r.request(load_req(MODELS / "tinycnn.onnx"))
        check_reply(loaded, "loaded", "load through a noisy import")
        rc = r.finish()
        noise_in_log = "noise from a C-level write" in r.log and "noise from a Python print" in r.log
        expect(noise_in_log, "the noise should be in stderr")
        print(f"  stdout lines: {len(r.lines)}, all JSON objects; the noise went to stderr: {noise_in_log}; "
              f"exit status {rc}")
    except (ProtocolViolation, TimeoutError) as exc:
        expect(False, str(exc))
    finally:
        if r.proc.poll() is None:
            r.proc.kill()


def main():
    ap = argparse.ArgumentParser(description="Self-check of the hilbench Python runners")
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--runners", default="onnxruntime,openvino,litert")
    args = ap.parse_args()
    runners = [r for r in args.runners.split(",") if r]
    missing = [p for r in runners for p in MODELS_BY_RUNNER[r].values() if not (MODELS / p).exists()]
    if missing:
        raise SystemExit(f"missing models {missing}: run scripts/models/make_tiny_models.py first")
    print(f"python {sys.version.split()[0]} ({sys.executable}); models from {MODELS}")
    with tempfile.TemporaryDirectory(prefix="hilbench-check-") as tmp:
        results = run_matrix(runners, args)
        cross_checks(runners, results, tmp)
        input_building(runners, tmp)
        failure_paths(runners, tmp)
        if "onnxruntime" in runners:
            stdout_discipline(tmp)
    print()
    if failures:
        print(f"{len(failures)} expectation(s) failed:")
        for f in failures:
            print(f"  - {f}")
        return 1
    print("all runner checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
