#!/usr/bin/env python3
"""hilbench runner for ONNX Runtime (PyPI ``onnxruntime`` or ``onnxruntime-gpu``...).

Protocol: docs/runner-protocol.md (shared loop in runner_common.py).

``options`` (the suite's per-runtime map), all optional:

  graph_optimization_level: disable | basic | extended | layout | all   (default: all)
  execution_providers:      ["CUDAExecutionProvider", "CPUExecutionProvider"] or entries
                            {"name": "...", "options": {...}}; default ["CPUExecutionProvider"].
                            Each must be in onnxruntime.get_available_providers().
  inter_op_num_threads:     int >= 0 (0 = default)
  execution_mode:           sequential | parallel                          (default: sequential)
  allow_spinning:           bool; false sets session.intra_op.allow_spinning=0 and
                            session.inter_op.allow_spinning=0 (idle workers sleep instead of
                            spinning: matters for energy per inference)
  session_config:           {key: value} passed to SessionOptions.add_session_config_entry
  log_severity_level:       0..4 (default 2 = warning; ORT logs go to stderr)

``threads`` sets intra_op_num_threads (0 = ORT's default). ORT has no query for the size of the pool
it created: the reply carries the requested number (threads_source "requested"), except for threads 0 in
sequential mode on Linux, where it reports the pool size seen in /proc/self/task (worker threads that
appeared while the session was created, plus the calling thread; threads_source "observed").
os_threads_added is that raw count.
"""

import os
import sys

sys.dont_write_bytecode = True  # the runner folder is a read-only resource of the agent
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import runner_common as rc  # noqa: E402
from runner_common import Backend, RunnerError, TensorSpec  # noqa: E402

_ORT_TYPES = {
    "tensor(float)": "float32", "tensor(float16)": "float16", "tensor(double)": "float64",
    "tensor(int8)": "int8", "tensor(uint8)": "uint8", "tensor(int16)": "int16",
    "tensor(uint16)": "uint16", "tensor(int32)": "int32", "tensor(uint32)": "uint32",
    "tensor(int64)": "int64", "tensor(uint64)": "uint64", "tensor(bool)": "bool",
}

_OPT_LEVELS = {"disable": "ORT_DISABLE_ALL", "basic": "ORT_ENABLE_BASIC",
               "extended": "ORT_ENABLE_EXTENDED", "layout": "ORT_ENABLE_LAYOUT",
               "all": "ORT_ENABLE_ALL"}

_KNOWN_OPTIONS = ("graph_optimization_level", "execution_providers", "inter_op_num_threads",
                  "execution_mode", "allow_spinning", "session_config", "log_severity_level")


def os_thread_count():
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return None


def _spec(arg):
    dt = _ORT_TYPES.get(arg.type)
    shape = None
    if arg.shape is not None:
        shape = [d if isinstance(d, int) and d >= 0 else None for d in arg.shape]
    return TensorSpec(arg.name, rc.np.dtype(dt) if dt else None, shape, type_name=arg.type)


class OrtBackend(Backend):
    runner = "onnxruntime"

    def __init__(self):
        import onnxruntime
        self.ort = onnxruntime
        self.runtime_version = onnxruntime.__version__
        self.session = None

    def _session_options(self, req):
        ort = self.ort
        opts = req.options
        unknown = sorted(set(opts) - set(_KNOWN_OPTIONS))
        if unknown:
            raise RunnerError("unsupported",
                              f"onnxruntime runner: unknown option(s) {', '.join(unknown)} "
                              f"(known: {', '.join(_KNOWN_OPTIONS)})")
        so = ort.SessionOptions()
        so.intra_op_num_threads = req.threads
        level = opts.get("graph_optimization_level", "all")
        if level not in _OPT_LEVELS or not hasattr(ort.GraphOptimizationLevel, _OPT_LEVELS[level]):
            avail = [k for k, v in _OPT_LEVELS.items() if hasattr(ort.GraphOptimizationLevel, v)]
            raise RunnerError("unsupported", f"graph_optimization_level {level!r}: expected one of "
                                             f"{', '.join(avail)}")
        so.graph_optimization_level = getattr(ort.GraphOptimizationLevel, _OPT_LEVELS[level])
        if "inter_op_num_threads" in opts:
            v = opts["inter_op_num_threads"]
            if not rc._is_int(v) or v < 0:
                raise RunnerError("bad_request", f"inter_op_num_threads must be an int >= 0, got {v!r}")
            so.inter_op_num_threads = v
        mode = opts.get("execution_mode", "sequential")
        if mode not in ("sequential", "parallel"):
            raise RunnerError("unsupported", f"execution_mode {mode!r}: expected sequential or parallel")
        so.execution_mode = (ort.ExecutionMode.ORT_PARALLEL if mode == "parallel"
                             else ort.ExecutionMode.ORT_SEQUENTIAL)
        if "allow_spinning" in opts:
            if not isinstance(opts["allow_spinning"], bool):
                raise RunnerError("bad_request", "allow_spinning must be true or false")
            flag = "1" if opts["allow_spinning"] else "0"
            so.add_session_config_entry("session.intra_op.allow_spinning", flag)
            so.add_session_config_entry("session.inter_op.allow_spinning", flag)
        cfg = opts.get("session_config", {})
        if not isinstance(cfg, dict):
            raise RunnerError("bad_request", "session_config must be an object of key -> value")
        for k, v in cfg.items():
            so.add_session_config_entry(str(k), str(v).lower() if isinstance(v, bool) else str(v))
        sev = opts.get("log_severity_level", 2)
        if not rc._is_int(sev) or not 0 <= sev <= 4:
            raise RunnerError("bad_request", f"log_severity_level must be 0..4, got {sev!r}")
        so.log_severity_level = sev
        return so, level, mode

    def _providers(self, opts):
        requested = opts.get("execution_providers", ["CPUExecutionProvider"])
        if isinstance(requested, str):
            requested = [requested]
        if not isinstance(requested, list) or not requested:
            raise RunnerError("bad_request", "execution_providers must be a non-empty list")
        available = self.ort.get_available_providers()
        providers = []
        for entry in requested:
            if isinstance(entry, str):
                name, popts = entry, None
            elif isinstance(entry, dict) and isinstance(entry.get("name"), str):
                name, popts = entry["name"], entry.get("options") or {}
            else:
                raise RunnerError("bad_request",
                                  f"execution_providers entry {entry!r}: expected a name or "
                                  f"{{\"name\": ..., \"options\": {{...}}}}")
            if name not in available:
                raise RunnerError("unsupported",
                                  f"execution provider {name} is not available in this onnxruntime "
                                  f"{self.runtime_version} build (available: {', '.join(available)})")
            providers.append((name, {str(k): str(v) for k, v in popts.items()}) if popts else name)
        return providers, [p if isinstance(p, str) else p[0] for p in providers]

    def load(self, req, resolve):
        so, level, mode = self._session_options(req)
        providers, names = self._providers(req.options)
        before = os_thread_count()
        self.session = self.ort.InferenceSession(req.model, sess_options=so, providers=providers)
        after = os_thread_count()
        self._inputs = [_spec(a) for a in self.session.get_inputs()]
        self._outputs = [_spec(a) for a in self.session.get_outputs()]
        self._output_names = [o.name for o in self._outputs]
        resolve(self._inputs)
        used = self.session.get_providers()
        if used[0] != names[0]:
            rc.log(f"warning: asked for {names[0]}, the session uses {used}")
        added = (after - before) if before is not None and after is not None else None
        threads, source = req.threads, "requested"
        if req.threads == 0 and mode == "sequential" and added is not None:
            # the intra-op pool of N threads is the calling thread plus N-1 workers, created with
            # the session (inter-op pool only exists in parallel mode)
            threads, source = added + 1, "observed"
        # ONNX Runtime does not say which precision its kernels compute in; the provider is what it tells.
        return {"provider": used[0], "providers": used,
                "effective_precision": {"value": None, "source": f"execution_provider {used[0]}"},
                "threads": threads, "threads_source": source, "os_threads_added": added,
                "options_applied": {"graph_optimization_level": level, "execution_mode": mode}}

    def input_specs(self):
        return self._inputs

    def output_specs(self):
        return self._outputs

    def set_inputs(self, arrays):
        self._feed = dict(arrays)
        self._last = None

    def run(self):
        self._last = self.session.run(self._output_names, self._feed)

    def fetch_outputs(self):
        return list(zip(self._output_names, self._last))

    def close(self):
        self.session = None
        self._feed = None
        self._last = None


if __name__ == "__main__":
    sys.exit(rc.main("onnxruntime", OrtBackend))
