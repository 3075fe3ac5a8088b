#!/usr/bin/env python3
"""hilbench runner for OpenVINO (PyPI ``openvino``).

Protocol: docs/runner-protocol.md (shared loop in runner_common.py).

The model may be ONNX (``.onnx``) or IR (``.xml`` with its ``.bin`` beside it) or anything else
``Core.read_model`` reads. Dynamic input dims are resolved (inputs.shapes / batch / 1) and, by default,
the model is reshaped to those static shapes before compiling, as benchmark_app does.

``options`` (the suite's per-runtime map), all optional:

  device:              CPU | GPU | NPU | AUTO:... (default CPU)
  performance_hint:    LATENCY | THROUGHPUT | CUMULATIVE_THROUGHPUT     (default LATENCY)
  inference_precision: f32 | f16 | bf16 | default. Without it, precision "fp32" requests f32, so that
                       the fp32 case is a true fp32 reference (OpenVINO's CPU default on bf16-capable
                       CPUs is bf16); other precisions keep the device default. The value actually in
                       force is reported as inference_precision.
  num_streams:         int or "AUTO"
  static_shapes:       bool (default true): reshape dynamic inputs to the resolved shapes
  config:              {PROPERTY: value} passed to compile_model as given (strings)

``threads`` > 0 sets INFERENCE_NUM_THREADS (on devices that support it); the reply reports the value
the compiled model answers for INFERENCE_NUM_THREADS (threads_source "runtime").
"""

import os
import sys

sys.dont_write_bytecode = True  # the runner folder is a read-only resource of the agent
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import runner_common as rc  # noqa: E402
from runner_common import Backend, RunnerError, TensorSpec  # noqa: E402

_KNOWN_OPTIONS = ("device", "performance_hint", "inference_precision", "num_streams",
                  "static_shapes", "config")
_HINTS = ("LATENCY", "THROUGHPUT", "CUMULATIVE_THROUGHPUT")
_PRECISIONS = ("f32", "f16", "bf16", "default")


def _dtype(ov_type):
    try:
        return rc.np.dtype(ov_type.to_dtype())
    except Exception:
        return None


def _type_name(t):
    if t is None:
        return None
    try:
        return t.get_type_name()  # openvino.Type -> "f32", "bf16", ...
    except AttributeError:
        return str(t)


def _port_spec(port):
    ps = port.get_partial_shape()
    shape = None if ps.rank.is_dynamic else [d.get_length() if d.is_static else None for d in ps]
    et = port.get_element_type()
    try:
        name = port.get_any_name()
    except RuntimeError:  # unnamed port
        name = f"#{port.get_index()}"
    return TensorSpec(name, _dtype(et), shape, type_name=et.get_type_name())


class OpenVinoBackend(Backend):
    runner = "openvino"

    def __init__(self):
        import openvino
        self.ov = openvino
        self.runtime_version = openvino.get_version()
        self.core = openvino.Core()
        self.compiled = None
        self.request = None

    def _config(self, req, device, supported):
        opts = req.options
        cfg = {}
        hint = opts.get("performance_hint", "LATENCY")
        if hint not in _HINTS:
            raise RunnerError("unsupported", f"performance_hint {hint!r}: expected one of {', '.join(_HINTS)}")
        if "PERFORMANCE_HINT" in supported:
            cfg["PERFORMANCE_HINT"] = hint
        prec = opts.get("inference_precision")
        if prec is None and req.precision == "fp32":
            prec = "f32"
        if prec is not None:
            if prec not in _PRECISIONS:
                raise RunnerError("unsupported", f"inference_precision {prec!r}: expected one of "
                                                 f"{', '.join(_PRECISIONS)}")
            if prec != "default":
                if "INFERENCE_PRECISION_HINT" not in supported:
                    raise RunnerError("unsupported", f"device {device} has no INFERENCE_PRECISION_HINT")
                cfg["INFERENCE_PRECISION_HINT"] = prec
        if req.threads > 0:
            if "INFERENCE_NUM_THREADS" not in supported:
                raise RunnerError("unsupported",
                                  f"device {device} does not take INFERENCE_NUM_THREADS; use threads 0")
            cfg["INFERENCE_NUM_THREADS"] = req.threads
        if "num_streams" in opts:
            cfg["NUM_STREAMS"] = opts["num_streams"]
        raw = opts.get("config", {})
        if not isinstance(raw, dict):
            raise RunnerError("bad_request", "config must be an object of PROPERTY -> value")
        cfg.update({str(k): v for k, v in raw.items()})
        return cfg

    def load(self, req, resolve):
        unknown = sorted(set(req.options) - set(_KNOWN_OPTIONS))
        if unknown:
            raise RunnerError("unsupported",
                              f"openvino runner: unknown option(s) {', '.join(unknown)} "
                              f"(known: {', '.join(_KNOWN_OPTIONS)})")
        device = req.options.get("device", "CPU")
        if not isinstance(device, str):
            raise RunnerError("bad_request", "device must be a string")
        base = device.split(":")[0].split(".")[0]
        if base not in ("AUTO", "HETERO", "MULTI", "BATCH") and base not in {
                d.split(".")[0] for d in self.core.available_devices}:
            raise RunnerError("unsupported", f"OpenVINO device {device} is not available "
                                             f"(available: {', '.join(self.core.available_devices)})")
        try:
            supported = set(self.core.get_property(base, "SUPPORTED_PROPERTIES"))
        except Exception:
            supported = set()
        cfg = self._config(req, device, supported)
        static = req.options.get("static_shapes", True)
        if not isinstance(static, bool):
            raise RunnerError("bad_request", "static_shapes must be true or false")

        model = self.core.read_model(req.model)
        self._inputs = [_port_spec(p) for p in model.inputs]
        shapes = resolve(self._inputs)
        if static and any(s.shape is None or None in s.shape for s in self._inputs):
            model.reshape({p: self.ov.PartialShape(list(shapes[s.name]))
                           for p, s in zip(model.inputs, self._inputs)})
        self.compiled = self.core.compile_model(model, device, cfg)
        self.request = self.compiled.create_infer_request()
        self._outputs = [_port_spec(p) for p in self.compiled.outputs]

        def prop(name):
            try:
                return self.compiled.get_property(name)
            except Exception:
                return None

        threads = prop("INFERENCE_NUM_THREADS")
        precision = prop("INFERENCE_PRECISION_HINT")
        exec_devices = prop("EXECUTION_DEVICES")
        streams = prop("NUM_STREAMS")
        hint = prop("PERFORMANCE_HINT")
        return {"provider": device,
                "execution_devices": list(exec_devices) if exec_devices else None,
                "threads": int(threads) if threads is not None else req.threads,
                "threads_source": "runtime" if threads is not None else "requested",
                "inference_precision": _type_name(precision),
                "effective_precision": {"value": _type_name(precision), "source": "inference_precision"},
                "num_streams": int(streams) if streams is not None else None,
                "performance_hint": str(hint).split(".")[-1] if hint is not None else None,
                "static_shapes": static,
                "compile_config": {k: str(v) for k, v in cfg.items()}}

    def input_specs(self):
        return self._inputs

    def output_specs(self):
        return self._outputs

    def set_inputs(self, arrays):
        self._arrays = [arrays[s.name] for s in self._inputs]  # keep the shared memory alive
        for i, arr in enumerate(self._arrays):
            self.request.set_input_tensor(i, self.ov.Tensor(arr, shared_memory=True))

    def run(self):
        # Synchronous infer on the bound tensors; share_outputs avoids copying the outputs into
        # new numpy arrays on every call. (start_async + wait measured ~4x slower on a 20 us model:
        # it hands the request to a stream executor thread.)
        self.request.infer(share_inputs=True, share_outputs=True)

    def fetch_outputs(self):
        out = []
        for i, spec in enumerate(self._outputs):
            out.append((spec.name, self.request.get_output_tensor(i).data.copy()))
        return out

    def close(self):
        self.request = None
        self.compiled = None
        self._arrays = None


if __name__ == "__main__":
    sys.exit(rc.main("openvino", OpenVinoBackend))
