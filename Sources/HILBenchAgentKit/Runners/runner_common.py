"""Runner protocol v1 (docs/runner-protocol.md), shared by the Python runners.

A runner script defines a Backend subclass for one runtime and calls ``main(name, factory)``.
This module owns everything that is the same for every runtime:

* stdout discipline: the protocol stream is a private duplicate of the original stdout; file
  descriptor 1 and ``sys.stdout`` are pointed at stderr before the runtime is imported, so a
  library that prints (Python ``print`` or C ``printf``) can never corrupt the protocol;
* the request loop (hello, load, warmup, measure, outputs, exit) and its error replies;
* input building from the model's own signature (dynamic dims, dtypes, seeded random data or
  ``.npy`` files);
* timing with ``time.monotonic_ns()`` around the inference call alone;
* per-inference marker windows: with ``marker_wire`` in ``measure``, both edges of each timed
  inference (``t0 1`` and ``t1 0``, the timing clock's own readings) are appended to the simulated
  marker's wire in one ``write(2)`` right after the call, so the window is exactly the timed call;
* output extraction (flattened float64 values, sha256 of the raw bytes).

Inputs, per input, in this order: ``inputs.npy`` (a file), ``inputs.values`` (a number or boolean filled
into the input's shape, or a flat list of its elements), else the seeded generator, for floats only:

* generator: ``numpy.random.default_rng([seed, zlib.crc32(input_name_utf8)])`` (PCG64);
* float16/float32/float64: uniform [low, high) drawn as float64 (``inputs.float_range``, default [0, 1)),
  then cast (so an fp16 input is the rounding of the fp32 one);
* integer and boolean inputs are never invented: they are sample rates, token ids, lengths, flags, whose
  meaning the model fixes, and a drawn value makes the model fail or take a path nobody runs. Without a
  value or an .npy file the load fails (``input_failed``) with a message naming the input, its dtype and
  shape, and how to give it.

The ``loaded`` reply lists every input with its resolved shape and dtype, where its values came from
(``source``: seeded / value / npy), the sha256 of its raw bytes and, for inputs of at most 16 elements,
its values.

Output values that are not finite are sent as the strings "NaN", "Infinity", "-Infinity" (the
names Swift's ``JSONDecoder.NonConformingFloatDecodingStrategy.convertFromString`` accepts), since
JSON has no literal for them.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import math
import os
import sys
import time
import traceback
import zlib

PROTOCOL_VERSION = 1
EXIT_OK = 0
EXIT_USAGE = 2
EXIT_IMPORT_FAILED = 3

SMALL_INPUT_VALUES = 16
DEFAULT_MAX_VALUES = 100_000

# Optional feature listed in hello: toggles a simulated marker (its wire file) around each timed inference.
CAPABILITY_MARKER_WIRE = "marker_wire"

ERROR_CODES = ("bad_request", "import_failed", "load_failed", "input_failed",
               "inference_failed", "unsupported")

np = None  # numpy, imported inside the guarded runtime import (a missing numpy is import_failed)

monotonic_ns = time.monotonic_ns


class RunnerError(Exception):
    """An error with a protocol code; the loop turns it into an ``error`` reply."""

    def __init__(self, code: str, message: str):
        assert code in ERROR_CODES, code
        super().__init__(message)
        self.code = code
        self.message = message


def log(msg: str) -> None:
    """A line for the case log (stderr)."""
    try:
        sys.stderr.write(f"[runner] {msg}\n")
        sys.stderr.flush()
    except Exception:  # pragma: no cover - stderr gone; nothing sensible left to do
        pass


def describe_exception(exc: BaseException) -> str:
    """The runtime's own words, on one line, with the exception type."""
    text = str(exc).strip() or repr(exc)
    text = " ".join(line.strip() for line in text.splitlines() if line.strip())
    return f"{type(exc).__name__}: {text}"


# --------------------------------------------------------------------------------------------
# Tensor descriptions


class TensorSpec:
    """A model input or output as the runtime declares it.

    ``dtype`` is a numpy dtype, or None when numpy has no equivalent (``type_name`` then says what
    it is). ``shape`` is a list of ints with None for a dynamic dim, or None for an unknown rank.
    """

    def __init__(self, name, dtype, shape, type_name=None):
        self.name = name
        self.dtype = dtype
        self.shape = shape
        self.type_name = type_name or (dtype.name if dtype is not None else "unknown")

    def describe(self, shape=None) -> dict:
        shp = self.shape if shape is None else shape
        return {"name": self.name,
                "dtype": dtype_name(self.dtype) if self.dtype is not None else self.type_name,
                "shape": [-1 if d is None else int(d) for d in shp] if shp is not None else None}


def dtype_name(dt) -> str:
    dt = np.dtype(dt)
    return "bool" if dt == np.bool_ else dt.name


class LoadRequest:
    """A validated ``load`` request."""

    def __init__(self, req: dict):
        self.model = _req_str(req, "model")
        self.precision = req.get("precision", "fp32")
        if not isinstance(self.precision, str) or not self.precision:
            raise RunnerError("bad_request", "'precision' must be a non-empty string")
        self.threads = _req_int(req, "threads", default=0, minimum=0)
        self.batch = _req_int(req, "batch", default=None, minimum=1)
        self.options = req.get("options") or {}
        if not isinstance(self.options, dict):
            raise RunnerError("bad_request", "'options' must be an object")
        inputs = req.get("inputs") or {}
        if not isinstance(inputs, dict):
            raise RunnerError("bad_request", "'inputs' must be an object")
        self.seed = _req_int(inputs, "seed", default=0, minimum=0, where="inputs.seed")
        self.shapes = inputs.get("shapes") or {}
        if not isinstance(self.shapes, dict):
            raise RunnerError("bad_request", "'inputs.shapes' must be an object of name -> [dims]")
        for name, dims in self.shapes.items():
            if (not isinstance(dims, list)
                    or not all(d is None or (_is_int(d) and d >= -1) for d in dims)):
                raise RunnerError("bad_request",
                                  f"'inputs.shapes.{name}' must be a list of dims (int >= 0; "
                                  f"-1 or null leaves a dim to the default)")
        self.npy = inputs.get("npy") or {}
        if not isinstance(self.npy, dict) or not all(isinstance(p, str) for p in self.npy.values()):
            raise RunnerError("bad_request", "'inputs.npy' must be an object of name -> path")
        self.values = inputs.get("values") or {}
        if not isinstance(self.values, dict) or not all(_is_value(v) for v in self.values.values()):
            raise RunnerError("bad_request", "'inputs.values' must be an object of name -> number, boolean "
                                             "or flat list of them")
        both = sorted(set(self.values) & set(self.npy))
        if both:
            raise RunnerError("bad_request", f"input {both[0]!r} has both a value and an .npy file")
        rng = inputs.get("float_range")
        if rng is None:
            self.float_range = (0.0, 1.0)
        elif (isinstance(rng, list) and len(rng) == 2 and all(isinstance(v, (int, float))
                                                               and not isinstance(v, bool) for v in rng)
              and math.isfinite(rng[0]) and math.isfinite(rng[1]) and rng[0] < rng[1]):
            self.float_range = (float(rng[0]), float(rng[1]))
        else:
            raise RunnerError("bad_request", f"'inputs.float_range' must be [low, high] with low < high, "
                                             f"got {rng!r}")


def _is_scalar_value(v) -> bool:
    return isinstance(v, (bool, int, float)) and (not isinstance(v, float) or math.isfinite(v))


def _is_value(v) -> bool:
    return _is_scalar_value(v) or (isinstance(v, list) and len(v) > 0 and all(_is_scalar_value(x) for x in v))


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _req_int(req, key, default, minimum, where=None):
    if key not in req or req[key] is None:
        return default
    v = req[key]
    if not _is_int(v) or v < minimum:
        raise RunnerError("bad_request", f"'{where or key}' must be an integer >= {minimum}, got {v!r}")
    return v


def _req_str(req, key):
    v = req.get(key)
    if not isinstance(v, str) or not v:
        raise RunnerError("bad_request", f"'{key}' must be a non-empty string")
    return v


# --------------------------------------------------------------------------------------------
# Backend interface


class Backend:
    """One runtime. Subclasses set ``runner`` and ``runtime_version`` in ``__init__`` (which is
    where the runtime is imported) and implement the methods below."""

    runner = "?"
    runtime_version = "?"

    def load(self, req: LoadRequest, resolve) -> dict:
        """Create the session / interpreter / compiled model (this call is what ``load_ns`` times).

        Must call ``resolve(input_specs)`` once the inputs are known; it returns the concrete shape
        (tuple) per input name, and the backend must make the runtime accept those shapes.
        Returns a dict with ``provider``, ``threads``, ``threads_source`` ("runtime" when the
        runtime reported it, "requested" otherwise) and any extra fields for the reply.
        Raise RunnerError for option problems; any other exception becomes ``load_failed``."""
        raise NotImplementedError

    def input_specs(self) -> list:
        raise NotImplementedError

    def output_specs(self) -> list:
        """Outputs as known after load; dynamic dims are reported as -1."""
        raise NotImplementedError

    def set_inputs(self, arrays: dict) -> None:
        """Hand the input arrays (name -> ndarray, exact dtype and shape) to the runtime."""
        raise NotImplementedError

    def run(self) -> None:
        """One inference on the bound inputs. Only this call is timed."""
        raise NotImplementedError

    def fetch_outputs(self) -> list:
        """[(name, ndarray)] of the last inference, in model order (copies)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the loaded model."""


# --------------------------------------------------------------------------------------------
# Inputs


def resolve_shapes(specs, batch, shapes_req, npy_arrays, values=None):
    """Concrete shape per input.

    A dynamic dim takes, in order: the ``.npy`` array's dim, ``inputs.shapes`` (by input name),
    ``batch`` (leading dim only), else 1. A fixed dim must agree with whatever is given for it.
    """
    names = [s.name for s in specs]
    for where, given in (("inputs.shapes", shapes_req), ("inputs.npy", npy_arrays), ("inputs.values", values or {})):
        unknown = sorted(set(given) - set(names))
        if unknown:
            raise RunnerError("input_failed",
                              f"{where} names {', '.join(repr(u) for u in unknown)}, but the model's "
                              f"inputs are {', '.join(repr(n) for n in names)}")
    resolved = {}
    batch_used = False
    for spec in specs:
        req_dims = shapes_req.get(spec.name)
        arr = npy_arrays.get(spec.name)
        if arr is not None and req_dims is not None:
            if len(req_dims) != arr.ndim or any(
                    d not in (None, -1) and d != a for d, a in zip(req_dims, arr.shape)):
                raise RunnerError("input_failed",
                                  f"input {spec.name!r}: inputs.shapes {req_dims} disagrees with the "
                                  f".npy shape {list(arr.shape)}")
        given = list(arr.shape) if arr is not None else req_dims
        dims = spec.shape
        if dims is None:  # unknown rank: must be given in full
            if given is None or any(d in (None, -1) for d in given):
                raise RunnerError("input_failed",
                                  f"input {spec.name!r} has an unknown rank; give its full shape in "
                                  f"inputs.shapes or an .npy file")
            dims = [None] * len(given)
        if given is not None and len(given) != len(dims):
            raise RunnerError("input_failed",
                              f"input {spec.name!r} has rank {len(dims)} (shape "
                              f"{spec.describe()['shape']}), but {len(given)} dims were given: {given}")
        out = []
        for i, d in enumerate(dims):
            g = given[i] if given is not None else None
            if g == -1:
                g = None
            if d is not None:
                if g is not None and g != d:
                    raise RunnerError("input_failed",
                                      f"input {spec.name!r}: dim {i} is fixed at {d} by the model, "
                                      f"but {g} was given")
                out.append(int(d))
            elif g is not None:
                if i == 0 and batch is not None and g != batch:
                    raise RunnerError("input_failed",
                                      f"input {spec.name!r}: leading dim {g} given by "
                                      f"{'the .npy file' if arr is not None else 'inputs.shapes'} "
                                      f"disagrees with batch {batch}")
                out.append(int(g))
                batch_used = batch_used or i == 0
            elif i == 0 and batch is not None:
                out.append(batch)
                batch_used = True
            else:
                out.append(1)
        resolved[spec.name] = tuple(out)
    if batch is not None and batch != 1 and not batch_used:
        if not any(s.shape and s.shape[0] == batch for s in specs):
            raise RunnerError("unsupported",
                              f"batch {batch} was asked, but no model input has a dynamic leading "
                              f"dim (inputs: " + ", ".join(
                                  f"{s.name} {s.describe()['shape']}" for s in specs) + ")")
    return resolved


def input_generator(seed: int, name: str):
    return np.random.default_rng([seed, zlib.crc32(name.encode("utf-8"))])


def how_to_give(spec, shape) -> str:
    """The suite lines that give an input its values."""
    example = "true" if spec.dtype is not None and spec.dtype.kind == "b" else "16000"
    every = "" if len(shape) == 0 else f" (one value for all of its {list(shape)}, or a flat list of each)"
    return (f"give it in the suite: inputs: {{values: {{{spec.name}: {example}}}}}{every} or "
            f"inputs: {{npy: {{{spec.name}: file.npy}}}}")


def random_input(spec, shape, seed, float_range=(0.0, 1.0)):
    dt = spec.dtype
    if dt is None:
        raise RunnerError("input_failed",
                          f"input {spec.name!r} has type {spec.type_name}, which cannot be generated; "
                          f"give an .npy file")
    if dt.kind == "f":
        low, high = float_range
        rng = input_generator(seed, spec.name)
        return (low + (high - low) * rng.random(shape, dtype=np.float64)).astype(dt)
    if dt.kind in "biu":
        kind = "boolean" if dt.kind == "b" else "integer"
        raise RunnerError("input_failed",
                          f"input {spec.name!r} ({dtype_name(dt)}, shape {list(shape)}) is an {kind} input and "
                          f"has no value: hilbench does not invent {kind} inputs (the model accepts only "
                          f"certain values there); {how_to_give(spec, shape)}")
    raise RunnerError("input_failed",
                      f"input {spec.name!r} has dtype {dt.name}, which cannot be generated; "
                      f"give an .npy file")


def value_input(spec, shape, value):
    """An input filled from ``inputs.values``: a scalar broadcast to the shape, or a flat list of every element."""
    dt = spec.dtype
    if dt is None:
        raise RunnerError("input_failed", f"input {spec.name!r} has type {spec.type_name}; give an .npy file")
    items = value if isinstance(value, list) else [value]
    count = int(np.prod(shape)) if len(shape) else 1
    if isinstance(value, list) and len(items) != count:
        raise RunnerError("input_failed",
                          f"input {spec.name!r} ({dtype_name(dt)}, shape {list(shape)}) needs {count} values, "
                          f"inputs.values gives {len(items)}")
    for v in items:
        if dt.kind in "iu" and (isinstance(v, float) and not float(v).is_integer()):
            raise RunnerError("input_failed", f"input {spec.name!r} is {dtype_name(dt)}; {v!r} is not an integer")
        if dt.kind in "iu" and not isinstance(v, bool):
            info = np.iinfo(dt)
            if not info.min <= int(v) <= info.max:
                raise RunnerError("input_failed",
                                  f"input {spec.name!r} is {dtype_name(dt)}; {v!r} is outside [{info.min}, {info.max}]")
    # copy(order="C"), not ascontiguousarray: that one turns a scalar (shape []) into shape [1].
    if isinstance(value, list):
        return np.array(items, dtype=dt).reshape(shape).copy(order="C")
    return np.broadcast_to(np.array(value, dtype=dt), shape).copy(order="C")


def load_npy_files(npy_paths: dict) -> dict:
    arrays = {}
    for name, path in npy_paths.items():
        try:
            arr = np.load(path, allow_pickle=False)
        except Exception as exc:
            raise RunnerError("input_failed",
                              f"cannot read .npy for input {name!r} from {path}: "
                              f"{describe_exception(exc)}")
        if not isinstance(arr, np.ndarray):
            raise RunnerError("input_failed", f"{path} is not a single .npy array (input {name!r})")
        arrays[name] = arr
    return arrays


def build_inputs(specs, shapes, seed, npy_arrays, values=None, float_range=(0.0, 1.0)) -> dict:
    arrays = {}
    values = values or {}
    for spec in specs:
        shape = shapes[spec.name]
        arr = npy_arrays.get(spec.name)
        if arr is None and spec.name in values:
            arrays[spec.name] = value_input(spec, shape, values[spec.name])
            continue
        if arr is None:
            arrays[spec.name] = random_input(spec, shape, seed, float_range)
            continue
        if spec.dtype is not None and arr.dtype != spec.dtype:
            if not np.can_cast(arr.dtype, spec.dtype, casting="same_kind"):
                raise RunnerError("input_failed",
                                  f"input {spec.name!r} is {spec.dtype.name}, but its .npy is "
                                  f"{arr.dtype.name}; refusing an unsafe conversion")
            log(f"input {spec.name!r}: converting .npy data from {arr.dtype.name} to "
                f"{spec.dtype.name}")
            arr = arr.astype(spec.dtype)
        arrays[spec.name] = arr if arr.flags.c_contiguous else arr.copy(order="C")  # keeps a scalar a scalar
    return arrays


# --------------------------------------------------------------------------------------------
# Outputs


def _json_float(v: float):
    if math.isfinite(v):
        return v
    if math.isnan(v):
        return "NaN"
    return "Infinity" if v > 0 else "-Infinity"


def describe_output(name, arr, max_values):
    arr = np.asarray(arr)
    raw = np.ascontiguousarray(arr).tobytes()
    out = {"name": name, "dtype": dtype_name(arr.dtype) if arr.dtype.kind in "biuf" else arr.dtype.str,
           "shape": [int(d) for d in arr.shape], "sha256": hashlib.sha256(raw).hexdigest()}
    flat = arr.reshape(-1)
    if arr.dtype.kind not in "biuf":
        out.update(values=[], truncated=flat.size > 0,
                   note=f"values of dtype {arr.dtype} are not sent (only its sha256)")
        return out
    head = flat[:max_values].astype(np.float64)
    values = head.tolist()
    if not np.isfinite(head).all():
        values = [_json_float(v) for v in values]
        out["nonfinite"] = int((~np.isfinite(flat.astype(np.float64))).sum())
    out["values"] = values
    out["truncated"] = bool(flat.size > max_values)
    return out


# --------------------------------------------------------------------------------------------
# The loop


class Runner:
    def __init__(self, backend: Backend, proto_fd: int):
        self.backend = backend
        self.proto_fd = proto_fd
        self.loaded = False

    # -- output
    def send(self, obj: dict) -> None:
        data = (json.dumps(obj, separators=(",", ":"), allow_nan=False) + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            n = os.write(self.proto_fd, view)
            view = view[n:]

    def send_error(self, code: str, message: str) -> None:
        log(f"error {code}: {message}")
        self.send({"op": "error", "code": code, "message": message})

    # -- requests
    def handle(self, req: dict) -> bool:
        """Handle one request; returns False when the runner must exit."""
        op = req.get("op")
        if op == "exit":
            return False
        handler = {"load": self.op_load, "warmup": self.op_warmup, "measure": self.op_measure,
                   "outputs": self.op_outputs}.get(op)
        if handler is None:
            raise RunnerError("bad_request",
                              f"unknown op {op!r} (expected load, warmup, measure, outputs, exit)")
        self.send(handler(req))
        return True

    def _require_loaded(self, op):
        if not self.loaded:
            raise RunnerError("bad_request", f"'{op}' before a successful 'load'")

    def op_load(self, req):
        lr = LoadRequest(req)
        if self.loaded:
            self.loaded = False
            self.backend.close()
            gc.collect()
        try:
            return self._load(lr)
        except BaseException:
            self.backend.close()  # no half-loaded model stays behind a failed load
            raise

    def _load(self, lr):
        npy_arrays = load_npy_files(lr.npy)  # outside the load timing
        resolved = {}

        def resolve(specs):
            resolved.update(resolve_shapes(specs, lr.batch, lr.shapes, npy_arrays, lr.values))
            # Integer and boolean inputs without values stop the case here, before the model runs.
            for spec in specs:
                if spec.dtype is not None and spec.dtype.kind in "biu" and spec.name not in npy_arrays \
                        and spec.name not in lr.values:
                    random_input(spec, resolved[spec.name], lr.seed)
            return dict(resolved)

        t0 = monotonic_ns()
        try:
            info = self.backend.load(lr, resolve)
        except RunnerError:
            raise
        except Exception as exc:
            log(traceback.format_exc())
            raise RunnerError("load_failed",
                              f"{self.backend.runner} {self.backend.runtime_version} could not load "
                              f"{lr.model}: {describe_exception(exc)}")
        load_ns = monotonic_ns() - t0
        if not resolved:
            raise RuntimeError("backend did not resolve input shapes")  # programming error

        specs = self.backend.input_specs()
        arrays = build_inputs(specs, resolved, lr.seed, npy_arrays, lr.values, lr.float_range)
        try:
            self.backend.set_inputs(arrays)
        except RunnerError:
            raise
        except Exception as exc:
            log(traceback.format_exc())
            raise RunnerError("input_failed",
                              f"{self.backend.runner} rejected the inputs for {lr.model}: "
                              f"{describe_exception(exc)}; inputs: {self._inputs_text(specs, arrays)}")
        self.arrays = arrays
        self.specs = specs
        self.sources = {s.name: "npy" if s.name in npy_arrays else "value" if s.name in lr.values else "seeded"
                        for s in specs}
        self.loaded = True
        reply = {"op": "loaded", "load_ns": load_ns, "runtime": self.backend.runner,
                 "runtime_version": self.backend.runtime_version}
        reply.update(info)
        reply["inputs"] = [self._describe_input(s, arrays[s.name]) for s in specs]
        reply.setdefault("effective_precision", None)
        reply["outputs"] = [s.describe() for s in self.backend.output_specs()]
        reply.setdefault("precision", lr.precision)
        log(f"loaded {lr.model} in {load_ns / 1e6:.3f} ms: " + json.dumps(reply))
        return reply

    def _describe_input(self, spec, arr):
        out = spec.describe(arr.shape)
        out["dtype"] = dtype_name(arr.dtype)
        out["source"] = self.sources[spec.name]
        out["sha256"] = hashlib.sha256(arr.tobytes(order="C")).hexdigest()
        if arr.size <= SMALL_INPUT_VALUES:
            out["values"] = [_json_float(v) for v in arr.reshape(-1).astype(np.float64).tolist()]
        return out

    def _inputs_text(self, specs, arrays) -> str:
        """Every input in a few words, so an inference error can be read against what the model was fed."""
        parts = []
        for spec in specs:
            arr = arrays.get(spec.name)
            if arr is None:
                continue
            text = f"{spec.name} {dtype_name(arr.dtype)} {list(arr.shape)}"
            if arr.size <= 4:
                text += " = " + ", ".join(str(v) for v in arr.reshape(-1).tolist())
            parts.append(text)
        return "; ".join(parts)

    def _timed(self, n, marker_fd=None, phase="timed"):
        """n timed inferences; returns (latencies, begin_ns, end_ns, edges). GC is off inside the loop
        (as timeit does), so a cyclic collection cannot land inside a timed call.

        With ``marker_fd`` (an O_APPEND wire file) each inference's rise and fall are appended to it
        after the call, stamped t0 and t1; ``edges`` lists them (2 per inference), else it is None."""
        run = self.backend.run
        clock = monotonic_ns
        lat = [0] * n
        begin = end = 0
        edges = None
        gc_was_enabled = gc.isenabled()
        gc.disable()
        i = 0
        try:
            if marker_fd is None:
                for i in range(n):
                    t0 = clock()
                    run()
                    t1 = clock()
                    lat[i] = t1 - t0
                    if i == 0:
                        begin = t0
                    end = t1
            else:
                edges = [0] * (2 * n)
                write = os.write
                for i in range(n):
                    t0 = clock()
                    run()
                    t1 = clock()
                    try:
                        write(marker_fd, b"%d 1\n%d 0\n" % (t0, t1))
                    except OSError as exc:
                        raise RunnerError("bad_request", "cannot append marker edges to the wire: "
                                          + describe_exception(exc)) from exc
                    lat[i] = t1 - t0
                    edges[2 * i] = t0
                    edges[2 * i + 1] = t1
                if n:
                    begin, end = edges[0], edges[-1]
        except RunnerError:
            raise
        except Exception as exc:
            log(traceback.format_exc())
            where = "warm-up iteration" if phase == "warmup" else "output check" if phase == "outputs" \
                else "timed iteration"
            raise RunnerError("inference_failed",
                              f"{self.backend.runner} inference failed at {where} {i + 1} of {n}: "
                              f"{describe_exception(exc)} (inputs: "
                              f"{self._inputs_text(getattr(self, 'specs', []), getattr(self, 'arrays', {}))})")
        finally:
            if gc_was_enabled:
                gc.enable()
        return lat, begin, end, edges

    def op_warmup(self, req):
        self._require_loaded("warmup")
        n = _req_int(req, "iterations", default=None, minimum=0)
        if n is None:
            raise RunnerError("bad_request", "'iterations' is required")
        lat, _, _, _ = self._timed(n, phase="warmup")
        return {"op": "warmed", "latencies_ns": lat}

    def op_measure(self, req):
        self._require_loaded("measure")
        n = _req_int(req, "iterations", default=None, minimum=1)
        if n is None:
            raise RunnerError("bad_request", "'iterations' is required")
        wire = req.get("marker_wire")
        if wire is None:
            lat, begin, end, _ = self._timed(n)
            return {"op": "measured", "begin_ns": begin, "end_ns": end, "latencies_ns": lat}
        if not isinstance(wire, str) or not wire:
            raise RunnerError("bad_request", "'marker_wire' must be the path of the marker's wire file")
        try:
            fd = os.open(wire, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise RunnerError("bad_request", f"cannot open the marker wire {wire}: {describe_exception(exc)}")
        try:
            lat, begin, end, edges = self._timed(n, marker_fd=fd)
        finally:
            os.close(fd)
        return {"op": "measured", "begin_ns": begin, "end_ns": end, "latencies_ns": lat,
                "marker_edges_ns": edges}

    def op_outputs(self, req):
        self._require_loaded("outputs")
        max_values = _req_int(req, "max_values", default=DEFAULT_MAX_VALUES, minimum=0)
        self._timed(1, phase="outputs")
        try:
            outs = self.backend.fetch_outputs()
        except Exception as exc:
            log(traceback.format_exc())
            raise RunnerError("inference_failed",
                              f"{self.backend.runner} could not read the outputs: "
                              f"{describe_exception(exc)}")
        return {"op": "outputs", "outputs": [describe_output(n, a, max_values) for n, a in outs]}

    def loop(self, stream) -> int:
        for raw in stream:
            line = raw.strip()
            if not line:
                continue
            try:
                try:
                    req = json.loads(line.decode("utf-8"))
                except (UnicodeDecodeError, ValueError) as exc:
                    shown = line[:200].decode("utf-8", "replace")
                    raise RunnerError("bad_request", f"request is not JSON ({exc}): {shown!r}")
                if not isinstance(req, dict):
                    raise RunnerError("bad_request",
                                      f"request must be a JSON object, got {type(req).__name__}")
                if not self.handle(req):
                    log("exit requested")
                    return EXIT_OK
            except RunnerError as err:
                self.send_error(err.code, err.message)
            except MemoryError as exc:
                self.send_error("inference_failed" if self.loaded else "load_failed",
                                f"out of memory: {describe_exception(exc)}")
            except Exception as exc:  # a bug in this runner: report it, keep serving
                log(traceback.format_exc())
                self.send_error("bad_request", f"internal runner error: {describe_exception(exc)}")
        log("stdin closed; exiting")
        return EXIT_OK


def die_with_parent() -> None:
    """A runner must not outlive its agent (a killed agent would leave it spinning through iterations and
    disturbing later measurements): ask Linux for SIGKILL when the parent dies (prctl PR_SET_PDEATHSIG)."""
    try:
        import ctypes
        import signal
        parent = os.getppid()
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG = 1
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(70)
    except (OSError, AttributeError):
        log("could not arrange to die with the agent (no prctl here)")


def claim_stdout() -> int:
    """Take the original stdout for the protocol and point fd 1 / sys.stdout at stderr."""
    sys.stdout.flush()
    proto_fd = os.dup(1)  # not inherited by child processes (PEP 446)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return proto_fd


def main(runner_name: str, make_backend, argv=None) -> int:
    """Entry point of a runner script: ``sys.exit(main("onnxruntime", OrtBackend))``."""
    parser = argparse.ArgumentParser(
        description=f"hilbench runner for {runner_name}: speaks runner protocol v{PROTOCOL_VERSION} "
                    f"(one JSON object per line) on stdin/stdout; logs go to stderr.")
    parser.parse_args(argv)  # no arguments; exits 2 on a bad command line
    die_with_parent()

    proto_fd = claim_stdout()
    global np
    try:
        import numpy  # noqa: F401  (numpy is part of what every runtime import needs)
        np = numpy
        backend = make_backend()
    except BaseException as exc:  # ImportError, OSError from a shared library, anything
        if isinstance(exc, KeyboardInterrupt):
            raise
        log(traceback.format_exc())
        runner = Runner(None, proto_fd)
        runner.send_error("import_failed",
                          f"cannot import the {runner_name} runtime with {sys.executable} "
                          f"(Python {sys.version.split()[0]}): {describe_exception(exc)}")
        return EXIT_IMPORT_FAILED

    runner = Runner(backend, proto_fd)
    runner.send({"op": "hello", "protocol": PROTOCOL_VERSION, "runner": backend.runner,
                 "runtime_version": backend.runtime_version, "capabilities": [CAPABILITY_MARKER_WIRE]})
    try:
        return runner.loop(sys.stdin.buffer)
    except BrokenPipeError:
        log("stdout closed by the agent; exiting")
        return EXIT_OK
