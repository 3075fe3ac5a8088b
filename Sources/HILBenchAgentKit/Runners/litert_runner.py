#!/usr/bin/env python3
"""hilbench runner for LiteRT / TensorFlow Lite (PyPI ``ai-edge-litert``, else ``tflite-runtime``).

Protocol: docs/runner-protocol.md (shared loop in runner_common.py).

``options`` (the suite's per-runtime map), all optional:

  op_resolver: auto | builtin | builtin_ref | builtin_without_default_delegates   (default auto:
               builtin kernels with the default XNNPACK delegate for float models)
  delegates:   [{"library": "/path/libdelegate.so", "options": {...}}] external delegates
               (load_delegate); the first one is reported as the provider

A dynamic input dim (-1 in shape_signature) is resolved (inputs.shapes / batch / 1) and the input is
resized before the tensors are allocated. ``threads`` 0 leaves num_threads to the runtime.

LiteRT has no API that says which delegate took the graph; the runner reads the interpreter's own
log lines written to stderr while it is created ("Created TensorFlow Lite XNNPACK delegate for CPU",
"Replacing N out of M node(s) with delegate ...") and reports ``delegate`` and ``delegated_nodes``
from them (null when the runtime said nothing). The lines are still copied to stderr.
"""

import os
import re
import sys
import tempfile

sys.dont_write_bytecode = True  # the runner folder is a read-only resource of the agent
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import runner_common as rc  # noqa: E402
from runner_common import Backend, RunnerError, TensorSpec  # noqa: E402

_KNOWN_OPTIONS = ("op_resolver", "delegates")
_RESOLVERS = {"auto": "AUTO", "builtin": "BUILTIN", "builtin_ref": "BUILTIN_REF",
              "builtin_without_default_delegates": "BUILTIN_WITHOUT_DEFAULT_DELEGATES"}


class _CaptureStderr:
    """Copies what native code writes to fd 2 during a block, then replays it to stderr."""

    def __enter__(self):
        sys.stderr.flush()
        self.tmp = tempfile.TemporaryFile()
        self.saved = os.dup(2)
        os.dup2(self.tmp.fileno(), 2)
        return self

    def __exit__(self, *exc):
        sys.stderr.flush()
        os.dup2(self.saved, 2)
        os.close(self.saved)
        self.tmp.seek(0)
        self.text = self.tmp.read().decode("utf-8", "replace")
        self.tmp.close()
        if self.text:
            sys.stderr.write(self.text)
            sys.stderr.flush()
        return False


def _import_interpreter():
    try:
        from ai_edge_litert import interpreter as mod
        import importlib.metadata as md
        try:
            version = md.version("ai-edge-litert")
        except md.PackageNotFoundError:
            version = getattr(__import__("ai_edge_litert"), "__version__", "unknown")
        return mod, "ai-edge-litert", version
    except ImportError as first:
        try:
            from tflite_runtime import interpreter as mod
            import tflite_runtime
            return mod, "tflite-runtime", getattr(tflite_runtime, "__version__", "unknown")
        except ImportError as second:
            raise ImportError(f"neither ai_edge_litert ({first}) nor tflite_runtime ({second}) "
                              f"can be imported") from None


class LiteRtBackend(Backend):
    runner = "litert"

    def __init__(self):
        self.mod, self.package, self.runtime_version = _import_interpreter()
        self.interp = None

    def load(self, req, resolve):
        opts = req.options
        unknown = sorted(set(opts) - set(_KNOWN_OPTIONS))
        if unknown:
            raise RunnerError("unsupported",
                              f"litert runner: unknown option(s) {', '.join(unknown)} "
                              f"(known: {', '.join(_KNOWN_OPTIONS)})")
        resolver_name = opts.get("op_resolver", "auto")
        if resolver_name not in _RESOLVERS:
            raise RunnerError("unsupported", f"op_resolver {resolver_name!r}: expected one of "
                                             f"{', '.join(_RESOLVERS)}")
        kwargs = {"model_path": req.model, "num_threads": req.threads if req.threads > 0 else None}
        if hasattr(self.mod, "OpResolverType"):
            kwargs["experimental_op_resolver_type"] = getattr(self.mod.OpResolverType,
                                                              _RESOLVERS[resolver_name])
        elif resolver_name != "auto":
            raise RunnerError("unsupported", f"{self.package} {self.runtime_version} has no op resolver choice")
        delegates_spec = opts.get("delegates", [])
        if not isinstance(delegates_spec, list):
            raise RunnerError("bad_request", "delegates must be a list of {library, options}")
        delegates = []
        for d in delegates_spec:
            if not isinstance(d, dict) or not isinstance(d.get("library"), str):
                raise RunnerError("bad_request", f"delegate entry {d!r}: expected {{\"library\": path}}")
            try:
                delegates.append(self.mod.load_delegate(
                    d["library"], {str(k): str(v) for k, v in (d.get("options") or {}).items()}))
            except Exception as exc:
                raise RunnerError("load_failed", f"cannot load delegate {d['library']}: "
                                                 f"{rc.describe_exception(exc)}")
        if delegates:
            kwargs["experimental_delegates"] = delegates

        with _CaptureStderr() as cap:
            self.interp = self.mod.Interpreter(**kwargs)
            details = self.interp.get_input_details()
            self._inputs = []
            for d in details:
                sig = d.get("shape_signature", d["shape"])
                shape = [int(x) if x >= 0 else None for x in sig]
                self._inputs.append(TensorSpec(d["name"], rc.np.dtype(d["dtype"]), shape))
            self._input_index = [d["index"] for d in details]
            shapes = resolve(self._inputs)
            for d, spec in zip(details, self._inputs):
                if tuple(int(x) for x in d["shape"]) != shapes[spec.name]:
                    self.interp.resize_tensor_input(d["index"], list(shapes[spec.name]), strict=True)
            self.interp.allocate_tensors()
        log_text = cap.text
        out_details = self.interp.get_output_details()
        self._outputs = [TensorSpec(d["name"], rc.np.dtype(d["dtype"]), [int(x) for x in d["shape"]])
                         for d in out_details]
        self._output_index = [d["index"] for d in out_details]

        delegate = None
        m = re.search(r"Created TensorFlow Lite (\w+) delegate", log_text)
        if m:
            delegate = m.group(1)
        replaced = re.findall(r"Replacing (\d+) out of (\d+) node\(s\) with delegate \((\w+)\)", log_text)
        if delegates:
            provider = os.path.basename(delegates_spec[0]["library"])
        else:
            provider = "CPU" + (f"/{delegate}" if delegate else "")
        return {"provider": provider, "package": self.package,
                "threads": req.threads, "threads_source": "requested",
                "op_resolver": resolver_name, "delegate": delegate,
                # LiteRT does not say which precision a delegate computes in; the delegate is what it tells.
                "effective_precision": {"value": None,
                                        "source": f"delegate {delegate}" if delegate else "builtin kernels"},
                "delegated_nodes": [{"delegate": r[2], "nodes": int(r[0]), "of": int(r[1])}
                                    for r in replaced] or None}

    def input_specs(self):
        return self._inputs

    def output_specs(self):
        return self._outputs

    def set_inputs(self, arrays):
        for idx, spec in zip(self._input_index, self._inputs):
            self.interp.set_tensor(idx, arrays[spec.name])

    def run(self):
        self.interp.invoke()

    def fetch_outputs(self):
        return [(spec.name, self.interp.get_tensor(idx))
                for idx, spec in zip(self._output_index, self._outputs)]

    def close(self):
        self.interp = None


if __name__ == "__main__":
    sys.exit(rc.main("litert", LiteRtBackend))
