"""fp16 and int8 variants of an fp32 ONNX model (library for make_tiny_models.py and
prepare_variants.py).

fp16 (``convert_to_fp16``), without onnxconverter-common:
  * every node whose op can take float16 (per its ONNX schema type constraints at the model's opset)
    runs in float16: its float32 inputs are cast (initializers and Constant values are converted
    once, clipped to +-65504), and its float outputs become float16;
  * ops that cannot or should not run in float16 stay float32, with casts around them: ops outside
    the default ONNX domain, ops with subgraphs (If/Loop/Scan), and FP16_BLOCK_LIST (random
    generators, NMS/TopK/RoiAlign/Range/CumSum, ...); inputs whose schema only allows float (e.g.
    Resize ``scales``) stay float32;
  * graph inputs and outputs keep float32 (Cast at the boundary), so the fp16 artifact takes the
    same inputs as the fp32 one and its outputs compare directly.

int8 (``quantize_int8``): onnxruntime.quantization.quantize_static, QDQ format, uint8 activations,
int8 weights (per channel by default), MinMax calibration on seeded random inputs drawn as the runners
draw them (uniform [0, 1) for floats), or on given ``.npy`` samples.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import zlib

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

FP16_MAX = 65504.0
FP16_BLOCK_LIST = frozenset({
    "RandomNormal", "RandomUniform", "RandomNormalLike", "RandomUniformLike", "Multinomial",
    "Bernoulli", "EyeLike", "NonMaxSuppression", "RoiAlign", "TopK", "Range", "CumSum", "Upsample",
})


def sha256_file(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------------
# fp16


def _schema(node, opsets):
    if node.domain not in ("", "ai.onnx"):
        return None
    try:
        return onnx.defs.get_schema(node.op_type, opsets.get("", 1), "")
    except onnx.defs.SchemaError:
        return None


def _allows_fp16(schema, index, is_input):
    params = schema.inputs if is_input else schema.outputs
    if not params:
        return False
    param = params[min(index, len(params) - 1)]
    if index >= len(params) and param.option != onnx.defs.OpSchema.FormalParameterOption.Variadic:
        return False
    for tc in schema.type_constraints:
        if tc.type_param_str == param.type_str:
            return "tensor(float16)" in tc.allowed_type_strs
    return param.type_str == "tensor(float16)"


def _subgraph_refs(graph, acc):
    """Names a graph's nested subgraphs read (outer-scope references included)."""
    for node in graph.node:
        for attr in node.attribute:
            subs = [attr.g] if attr.type == onnx.AttributeProto.GRAPH else list(attr.graphs)
            for sub in subs:
                acc.update(i for n in sub.node for i in n.input if i)
                acc.update(o.name for o in sub.output)
                _subgraph_refs(sub, acc)
    return acc


def _to_fp16_array(arr, name, stats):
    arr = np.asarray(arr, dtype=np.float32)
    over = np.abs(arr) > FP16_MAX
    if over.any():
        stats["clipped"] += int(over.sum())
        arr = np.clip(arr, -FP16_MAX, FP16_MAX)
    out = arr.astype(np.float16)
    stats["flushed"] += int(((arr != 0) & (out == 0)).sum())
    return out


def _constant_value(node):
    """The float32 value of a Constant node, or None."""
    for a in node.attribute:
        if a.name == "value" and a.t.data_type == TensorProto.FLOAT:
            return numpy_helper.to_array(a.t)
        if a.name == "value_float":
            return np.array(a.f, np.float32)
        if a.name == "value_floats":
            return np.array(list(a.floats), np.float32)
    return None


def convert_to_fp16(model: onnx.ModelProto, block_list=FP16_BLOCK_LIST):
    """Returns (fp16 model, stats). The input model is not modified.

    Constants (initializers and Constant nodes) are converted on demand, once per tensor, for the
    consumers that run in float16. A node whose float constant inputs do not fit float16 (|x| >
    65504, e.g. a BatchNormalization running variance of 1e7) stays float32 rather than computing
    with clipped values; only Clip's min/max bounds are clipped (harmless: a float16 tensor cannot
    exceed them). Values below float16's smallest subnormal become 0 (counted as "flushed").

    The bodies of If/Loop/Scan nodes are converted the same way, recursively: the control-flow node
    itself and every value crossing a subgraph's boundary (its outputs, the outer-scope values it
    reads) stay float32, with casts inside the body, so the branches keep matching types."""
    model = onnx.ModelProto.FromString(model.SerializeToString())
    try:
        # Shape inference fills value_info inside subgraphs too: the converter edits this copy.
        model = onnx.shape_inference.infer_shapes(model)
    except Exception as exc:  # keep going with the types the model declares
        log(f"fp16: shape inference failed ({exc}); using declared types only")
    opsets = {o.domain or "": o.version for o in model.opset_import}
    stats = {"nodes_fp16": 0, "nodes_fp32": 0, "casts": 0, "clipped": 0, "flushed": 0,
             "blocked_ops": set(), "kept_fp32_out_of_range": [], "subgraphs": 0}
    counter = [0]
    _convert_graph(model.graph, opsets, {}, stats, block_list, counter, top=True)
    try:
        model = onnx.shape_inference.infer_shapes(model, strict_mode=True)
    except Exception as exc:
        log(f"fp16: shape inference on the converted model failed: {exc}")
    stats["blocked_ops"] = sorted(stats["blocked_ops"])
    return model, stats


def _graph_types(g, outer):
    types = dict(outer)
    for vi in list(g.value_info) + list(g.input) + list(g.output):
        if vi.type.HasField("tensor_type") and vi.type.tensor_type.elem_type:
            types[vi.name] = vi.type.tensor_type.elem_type
    return types


def _convert_graph(g, opsets, outer_types, stats, block_list, counter, top=False):
    """Converts one graph in place; ``outer_types`` are the element types of the outer scopes' values."""
    types = _graph_types(g, outer_types)
    suffix = "" if top else f"_g{counter[0]}"
    counter[0] += 1
    const_src = {}  # name -> initializer or Constant node (float32 only), of this graph
    for t in g.initializer:
        types[t.name] = t.data_type
        if t.data_type == TensorProto.FLOAT:
            const_src[t.name] = t
    for n in g.node:
        if n.op_type == "Constant" and n.domain in ("", "ai.onnx") and _constant_value(n) is not None:
            const_src[n.output[0]] = n
            types[n.output[0]] = TensorProto.FLOAT
    const_cache = {}

    def const_value(name):
        if name not in const_cache:
            src = const_src[name]
            const_cache[name] = (numpy_helper.to_array(src) if isinstance(src, onnx.TensorProto)
                                 else _constant_value(src))
        return const_cache[name]

    # Values that must stay float32 under their own name: the graph's outputs, and values a nested
    # subgraph reads from this scope (its casts are inside it).
    pinned_fp32 = {o.name for o in g.output} | _subgraph_refs(g, set())
    cur = dict(types)  # current element type of each tensor name
    alias = {}  # (name, elem_type) -> tensor name holding that tensor in that type
    new_inits = []
    nodes = []

    def cast(name, to):
        key = (name, to)
        if key in alias:
            return alias[key]
        new = f"{name}__{'fp16' if to == TensorProto.FLOAT16 else 'fp32'}{suffix}"
        if name in const_src and to == TensorProto.FLOAT16:
            new_inits.append(numpy_helper.from_array(_to_fp16_array(const_value(name), name, stats), new))
        else:
            nodes.append(helper.make_node("Cast", [name], [new], to=to, name=f"{new}__cast"))
            stats["casts"] += 1
        cur[new] = to
        alias[key] = new
        return new

    for node in g.node:
        if node.op_type == "Constant" and node.output[0] in const_src:
            nodes.append(node)  # kept float32; fp16 consumers get an fp16 initializer copy
            continue
        schema = _schema(node, opsets)
        subgraphs = [a.g for a in node.attribute if a.type == onnx.AttributeProto.GRAPH] + \
            [sg for a in node.attribute if a.type == onnx.AttributeProto.GRAPHS for sg in a.graphs]
        if subgraphs:
            # The control-flow node keeps float32 at its boundary; its bodies are converted inside.
            for sg in subgraphs:
                stats["subgraphs"] += 1
                _convert_graph(sg, opsets, cur, stats, block_list, counter)
            for i, name in enumerate(node.input):
                if name and cur.get(name) == TensorProto.FLOAT16:
                    node.input[i] = cast(name, TensorProto.FLOAT)
            stats["nodes_fp32"] += 1
            nodes.append(node)
            continue
        convert = schema is not None and node.op_type not in block_list
        touches_float = any(types.get(n) == TensorProto.FLOAT for n in list(node.input) + list(node.output) if n)
        if not convert and touches_float:
            stats["blocked_ops"].add(node.op_type)
        if convert and node.op_type != "Clip":
            for n in node.input:
                v = const_value(n) if n in const_src else None
                if v is not None and v.size and float(np.max(np.abs(v))) > FP16_MAX:
                    convert = False
                    stats["kept_fp32_out_of_range"].append(f"{node.op_type} {node.name or node.output[0]} ({n})")
                    break
        if convert and node.op_type == "ConstantOfShape":
            for a in node.attribute:
                if a.name == "value" and a.t.data_type == TensorProto.FLOAT:
                    v = numpy_helper.to_array(a.t)
                    if v.size and float(np.max(np.abs(v))) > FP16_MAX:
                        convert = False
                    else:
                        a.t.CopyFrom(numpy_helper.from_array(_to_fp16_array(v, "", stats), a.t.name))

        for i, name in enumerate(node.input):
            if not name or types.get(name) != TensorProto.FLOAT or node.op_type in ("Shape", "Size"):
                continue  # Shape/Size only read metadata: either type will do
            want = TensorProto.FLOAT16 if convert and _allows_fp16(schema, i, True) else TensorProto.FLOAT
            if cur.get(name, TensorProto.FLOAT) != want:
                node.input[i] = cast(name, want)

        post = []
        if convert:
            if node.op_type == "Cast":
                to = next(a for a in node.attribute if a.name == "to")
                if to.i == TensorProto.FLOAT:
                    to.i = TensorProto.FLOAT16
            for j, out in enumerate(node.output):
                if not out or types.get(out) != TensorProto.FLOAT:
                    continue
                if node.op_type not in ("ConstantOfShape", "Cast") and not _allows_fp16(schema, j, False):
                    continue
                if out in pinned_fp32:
                    inner = f"{out}__fp16{suffix}"
                    node.output[j] = inner
                    cur[inner] = TensorProto.FLOAT16
                    alias[(out, TensorProto.FLOAT16)] = inner
                    post.append(helper.make_node("Cast", [inner], [out], to=TensorProto.FLOAT,
                                                 name=f"{out}__cast_fp32{suffix}"))
                    stats["casts"] += 1
                    cur[out] = TensorProto.FLOAT
                else:
                    cur[out] = TensorProto.FLOAT16
            stats["nodes_fp16"] += 1
        else:
            stats["nodes_fp32"] += 1
        nodes.append(node)
        nodes.extend(post)

    used = {i for n in nodes for i in n.input} | _subgraph_refs(g, set()) | {o.name for o in g.output}
    nodes = [n for n in nodes if not (n.op_type == "Constant" and n.output[0] not in used)]
    kept_inits = [t for t in g.initializer if t.name in used] + [t for t in new_inits if t.name in used]
    orig_inits = {t.name for t in g.initializer}
    del g.node[:]
    g.node.extend(nodes)
    del g.initializer[:]
    g.initializer.extend(kept_inits)
    # graph inputs that are also initializers (old IR style) must stay listed consistently
    init_names = {t.name for t in kept_inits}
    keep_inputs = [i for i in g.input if i.name not in orig_inits or i.name in init_names]
    del g.input[:]
    g.input.extend(keep_inputs)
    del g.value_info[:]
    # subgraph outputs were declared float (or untyped): they still are, since they are pinned


def constants_to_initializers(model: onnx.ModelProto) -> onnx.ModelProto:
    """Moves the tensors of Constant nodes into initializers, in the main graph and in every If/Loop/Scan
    body (exporters such as paddle2onnx and torch emit weights as Constant nodes; the quantizer only
    quantizes initializers). Returns (model, moved count)."""
    model = onnx.ModelProto.FromString(model.SerializeToString())
    moved = [0]

    def walk(g):
        keep = []
        for n in g.node:
            for a in n.attribute:
                for sg in ([a.g] if a.type == onnx.AttributeProto.GRAPH else list(a.graphs)):
                    walk(sg)
            if n.op_type == "Constant" and n.domain in ("", "ai.onnx") and len(n.attribute) == 1 \
                    and n.attribute[0].name == "value":
                t = onnx.TensorProto()
                t.CopyFrom(n.attribute[0].t)
                t.name = n.output[0]
                g.initializer.append(t)
                moved[0] += 1
            else:
                keep.append(n)
        del g.node[:]
        g.node.extend(keep)

    walk(model.graph)
    if model.ir_version < 4:
        model.ir_version = 4  # initializers not listed as graph inputs
    return model, moved[0]


# ------------------------------------------------------------------------------------------------
# inputs


_ONNX_NP = {TensorProto.FLOAT: np.float32, TensorProto.FLOAT16: np.float16,
            TensorProto.DOUBLE: np.float64, TensorProto.INT8: np.int8, TensorProto.UINT8: np.uint8,
            TensorProto.INT16: np.int16, TensorProto.UINT16: np.uint16,
            TensorProto.INT32: np.int32, TensorProto.INT64: np.int64, TensorProto.BOOL: np.bool_}


def graph_inputs(model: onnx.ModelProto):
    """[(name, numpy dtype, dims with None for dynamic)] of the real (non-initializer) inputs."""
    inits = {t.name for t in model.graph.initializer}
    out = []
    for vi in model.graph.input:
        if vi.name in inits:
            continue
        tt = vi.type.tensor_type
        dims = [d.dim_value if d.HasField("dim_value") and d.dim_value > 0 else None
                for d in tt.shape.dim]
        out.append((vi.name, _ONNX_NP.get(tt.elem_type), dims))
    return out


def resolve_calibration_shapes(model, shapes: dict, batch: int = 1):
    """Concrete shape per input: --shape overrides; a dynamic leading dim is ``batch``; any other
    dynamic dim must be given (calibration on 1x1 images would be meaningless)."""
    resolved = {}
    specs = graph_inputs(model)
    names = {n for n, _, _ in specs}
    for extra in set(shapes) - names:
        raise SystemExit(f"--shape names {extra!r}, but the model's inputs are {sorted(names)}")
    for name, dtype, dims in specs:
        if dtype is None:
            raise SystemExit(f"input {name!r} has a type that cannot be generated")
        if name in shapes:
            given = shapes[name]
            if len(given) != len(dims) or any(d is not None and d != g for d, g in zip(dims, given)):
                raise SystemExit(f"--shape {name}={','.join(map(str, given))} does not fit the "
                                 f"model's {['?' if d is None else d for d in dims]}")
            resolved[name] = tuple(given)
            continue
        out = []
        for i, d in enumerate(dims):
            if d is not None:
                out.append(d)
            elif i == 0:
                out.append(batch)
            else:
                raise SystemExit(f"input {name!r} has dynamic dims "
                                 f"{['?' if d is None else d for d in dims]}; give a concrete shape "
                                 f"with --shape {name}=" + ",".join(
                                     str(batch) if (j == 0 and x is None) else ("N" if x is None else str(x))
                                     for j, x in enumerate(dims)))
        resolved[name] = tuple(out)
    return resolved, {n: np.dtype(t) for n, t, _ in specs}


class InputNeedsValue(Exception):
    """An integer or boolean input with no value given: never invented (a model accepts only certain values)."""


def seeded_input(name, dtype, shape, seed, values=None):
    """Same rules as runner_common (Sources/HILBenchAgentKit/Runners): floats uniform [0, 1) from the seeded
    generator; integer and boolean inputs only from ``values`` (name -> number or flat list)."""
    dt = np.dtype(dtype)
    if values and name in values:
        v = values[name]
        arr = np.array(v, dtype=dt)
        return np.ascontiguousarray(np.broadcast_to(arr, shape) if arr.ndim == 0 else arr.reshape(shape))
    if dt.kind == "f":
        rng = np.random.default_rng([seed, zlib.crc32(name.encode("utf-8"))])
        return rng.random(shape, dtype=np.float64).astype(dt)
    kind = "boolean" if dt.kind == "b" else "integer"
    raise InputNeedsValue(
        f"input {name!r} ({dt.name}, shape {list(shape)}) is an {kind} input and has no value: it is never invented "
        f"(the model accepts only certain values there); give --input-value {name}=VALUE "
        f"(e.g. {name}=16000) or --calibration-npy {name}=FILE.npy")


def check_inputs_given(dtypes, shapes, values, samples):
    """Raises InputNeedsValue for the first integer/boolean input with neither a value nor samples."""
    for name, dt in dtypes.items():
        if np.dtype(dt).kind in "biu" and name not in (values or {}) and name not in (samples or {}):
            seeded_input(name, dt, shapes[name], 0, values)


# ------------------------------------------------------------------------------------------------
# int8


class _SeededReader:
    """Calibration inputs: sample k is drawn with seed ``seed + k`` by the runners' rule, or taken
    from ``samples[name][k]`` (arrays with a leading sample axis)."""

    def __init__(self, shapes, dtypes, count, seed, samples, values=None):
        self.shapes, self.dtypes, self.seed, self.samples, self.values = shapes, dtypes, seed, samples, values or {}
        self.n = min([count] + [arr.shape[0] for arr in samples.values()])
        self.k = 0

    def get_next(self):
        if self.k >= self.n:
            return None
        feed = {}
        for name, shape in self.shapes.items():
            if name in self.samples:
                feed[name] = np.ascontiguousarray(self.samples[name][self.k]).astype(self.dtypes[name])
            else:
                feed[name] = seeded_input(name, self.dtypes[name], shape, self.seed + self.k, self.values)
        self.k += 1
        return feed

    def rewind(self):
        self.k = 0


def _prepare_for_quantization(src_path, tmp, per_channel, preprocess, symbolic_shapes=False):
    """Constant nodes -> initializers, opset >= 13 for per-channel QDQ, then ORT's quant_pre_process.
    Returns (model path to quantize, per_channel actually possible)."""
    model_in = src_path
    m, moved = constants_to_initializers(onnx.load(src_path))
    changed = bool(moved)
    if moved:
        log(f"int8: moved {moved} Constant node tensors into initializers")
    opset = next((o.version for o in m.opset_import if o.domain in ("", "ai.onnx")), 0)
    if per_channel and opset < 13:
        # per-channel QuantizeLinear/DequantizeLinear (the axis attribute) needs opset 13
        try:
            from onnx import version_converter
            m = version_converter.convert_version(m, 13)
            changed = True
            log(f"int8: converted the model from opset {opset} to 13 for per-channel QDQ")
        except Exception as exc:
            per_channel = False
            log(f"int8: opset {opset} -> 13 conversion failed ({type(exc).__name__}: {exc}); "
                f"falling back to per-tensor weights")
    if changed:
        model_in = os.path.join(tmp, "prepared.onnx")
        onnx.save(m, model_in)
    if preprocess:
        from onnxruntime.quantization.shape_inference import quant_pre_process
        pre = os.path.join(tmp, "pre.onnx")
        # ONNX shape inference by default: ORT's symbolic shape inference needs sympy and its output
        # differs, so the default keeps the int8 bytes independent of whether sympy is installed.
        for symbolic in ((True, False) if symbolic_shapes else (False,)):
            try:
                quant_pre_process(model_in, pre, skip_symbolic_shape=not symbolic)
                return pre, per_channel
            except Exception as exc:
                log(f"int8: pre-processing with{'' if symbolic else 'out'} symbolic shape inference "
                    f"failed ({type(exc).__name__}: {exc})"
                    + ("; retrying without" if symbolic else "; quantizing without pre-processing"))
    return model_in, per_channel


def quantize_int8(src_path, dst_path, shapes, dtypes, count=16, seed=0, per_channel=True,
                  calibration_npy=None, preprocess=True, symbolic_shapes=False, values=None):
    """QDQ int8 model at dst_path; returns a dict of facts (method, samples, seconds)."""
    import time
    from onnxruntime.quantization import (CalibrationDataReader, CalibrationMethod, QuantFormat,
                                          QuantType, quantize_static)

    class Reader(_SeededReader, CalibrationDataReader):
        pass

    t0 = time.monotonic()
    src_path, dst_path = os.path.abspath(src_path), os.path.abspath(dst_path)
    samples = {name: np.load(path, allow_pickle=False) for name, path in (calibration_npy or {}).items()}
    check_inputs_given(dtypes, shapes, values, samples)
    reader = Reader(shapes, dtypes, count, seed, samples, values)
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="hilbench-quant-") as tmp:
        # onnxruntime.quantization writes scratch files (sym_shape_infer_temp.onnx, <uuid>.data)
        # into the current directory: keep them in the temporary one.
        os.chdir(tmp)
        try:
            model_in, per_channel = _prepare_for_quantization(src_path, tmp, per_channel, preprocess,
                                                               symbolic_shapes)
            quantize_static(model_in, dst_path, reader, quant_format=QuantFormat.QDQ,
                            activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8,
                            per_channel=per_channel, calibrate_method=CalibrationMethod.MinMax)
        finally:
            os.chdir(cwd)
    return {"method": "MinMax", "samples": reader.n, "per_channel": per_channel,
            "seconds": time.monotonic() - t0,
            "data": (f"npy for {', '.join(sorted(samples))}" if samples else "")
            + (("; " if samples else "") + f"seeded uniform [0,1) from seed {seed} for the other float inputs"
               if set(shapes) - set(samples) - set(values or {}) else "")
            + (f"; values for {', '.join(sorted(values))}" if values else "")}


# ------------------------------------------------------------------------------------------------
# checks


def check_feed(shapes, dtypes, seed=1234, values=None, samples=None):
    """The self-check's input: the user's data where given (sample 0 of each --calibration-npy array, each
    --input-value), seeded floats for the rest; integer/boolean inputs are never invented."""
    check_inputs_given(dtypes, shapes, values, samples)
    feed = {}
    for n, s in shapes.items():
        if samples and n in samples:
            feed[n] = np.ascontiguousarray(samples[n][0]).astype(dtypes[n])
        else:
            feed[n] = seeded_input(n, dtypes[n], s, seed, values)
    return feed


def max_abs_errors(paths, shapes, dtypes, seed=1234, threads=1, values=None, samples=None):
    """Runs each model once with ONNX Runtime on the same inputs (check_feed); returns
    {path: {output: max abs error vs the first model}} and {path: True when bit-identical to the first}."""
    import onnxruntime as ort
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.log_severity_level = 3
    feed = check_feed(shapes, dtypes, seed, values, samples)
    ref = None
    result, identical = {}, {}
    for p in paths:
        sess = ort.InferenceSession(str(p), so, providers=["CPUExecutionProvider"])
        outs = sess.run(None, feed)
        names = [o.name for o in sess.get_outputs()]
        if ref is None:
            ref = outs
        result[p] = {n: float(np.max(np.abs(o.astype(np.float64) - r.astype(np.float64))))
                     if o.shape == r.shape else float("nan") for n, o, r in zip(names, outs, ref)}
        identical[p] = all(o.shape == r.shape and o.tobytes() == r.tobytes() for o, r in zip(outs, ref))
    return result, identical


# ------------------------------------------------------------------------------------------------
# verification: what a variant really holds, graph by graph

QDQ_OPS = frozenset({"QuantizeLinear", "DequantizeLinear", "DynamicQuantizeLinear"})
INTEGER_OPS = frozenset({"QLinearConv", "QLinearMatMul", "ConvInteger", "MatMulInteger", "QLinearAdd", "QLinearMul",
                         "QLinearSigmoid", "QLinearLeakyRelu", "QLinearAveragePool", "QLinearGlobalAveragePool",
                         "QLinearConcat", "QGemm", "DynamicQuantizeLSTM", "QAttention", "DynamicQuantizeMatMul"})
_INT8_TYPES = (TensorProto.INT8, TensorProto.UINT8)


def _tensor_type(t):
    return t.data_type


def inspect_precision(model: onnx.ModelProto):
    """Per graph (the main graph and every If/Loop/Scan body, by path): weights by element type (initializers
    and Constant tensors with more than one element), float16 values produced by nodes, quantize/dequantize
    and integer-arithmetic ops. Returns {path: counts}."""
    try:
        model = onnx.shape_inference.infer_shapes(model)
    except Exception:
        pass
    out = {}

    def walk(g, path):
        counts = {"fp32_weights": 0, "fp16_weights": 0, "int8_weights": 0, "fp16_values": 0,
                  "qdq_ops": 0, "integer_ops": 0, "nodes": len(g.node)}
        tensors = list(g.initializer)
        for n in g.node:
            if n.op_type == "Constant":
                tensors += [a.t for a in n.attribute if a.name == "value"]
        for t in tensors:
            size = int(np.prod(t.dims)) if len(t.dims) else 1
            if size <= 1:
                continue  # scalars are shapes, axes and epsilons, not weights
            if t.data_type == TensorProto.FLOAT:
                counts["fp32_weights"] += 1
            elif t.data_type == TensorProto.FLOAT16:
                counts["fp16_weights"] += 1
            elif t.data_type in _INT8_TYPES:
                counts["int8_weights"] += 1
        fp16_values = {vi.name for vi in g.value_info if vi.type.tensor_type.elem_type == TensorProto.FLOAT16}
        for n in g.node:
            if any(o in fp16_values for o in n.output) or (n.op_type == "Cast" and any(
                    a.name == "to" and a.i == TensorProto.FLOAT16 for a in n.attribute)):
                counts["fp16_values"] += 1
            if n.op_type in QDQ_OPS:
                counts["qdq_ops"] += 1
            if n.op_type in INTEGER_OPS:
                counts["integer_ops"] += 1
        out[path] = counts
        for n in g.node:
            for a in n.attribute:
                subs = [(a.name, a.g)] if a.type == onnx.AttributeProto.GRAPH else \
                    [(f"{a.name}[{i}]", sg) for i, sg in enumerate(a.graphs)]
                for name, sg in subs:
                    walk(sg, f"{path}/{n.op_type}:{n.name or n.output[0]}.{name}")

    walk(model.graph, "main")
    return out


def verify_variant(precision, counts):
    """(ok, reason, summary) for a variant's inspection: an fp16 file must hold float16 weights or compute,
    an int8 file quantize/dequantize or integer ops, and no float32 weights may be left in a graph where the
    others were converted without the reason being said."""
    total = {k: sum(c[k] for c in counts.values()) for k in next(iter(counts.values()))}
    graphs_with_weights = [p for p, c in counts.items() if c["fp32_weights"] + c["fp16_weights"] + c["int8_weights"] > 0]
    if precision == "fp16":
        converted = [p for p in graphs_with_weights if counts[p]["fp16_weights"] > 0]
        untouched = [p for p in graphs_with_weights if counts[p]["fp16_weights"] == 0 and counts[p]["fp32_weights"] > 0]
        summary = (f"{total['fp16_weights']} float16 weights and {total['fp16_values']} float16 ops in "
                   f"{len(converted)} of {len(graphs_with_weights)} graphs with weights; "
                   f"{total['fp32_weights']} float32 weights left")
        # Casts at the boundary make float16 values without converting anything that matters: the weights decide.
        if total["fp16_weights"] == 0 and (total["fp32_weights"] > 0 or total["fp16_values"] == 0):
            where = ", ".join(untouched[:4]) + (" …" if len(untouched) > 4 else "")
            return False, (f"the fp16 file holds no float16 weight ({total['fp16_values']} float16 ops): its "
                           f"{total['fp32_weights']} weights are all float32, in {where or 'no graph'}; "
                           f"it is the fp32 model"), summary
        return True, None, summary
    if precision == "int8":
        quantized = [p for p in counts if counts[p]["qdq_ops"] + counts[p]["integer_ops"] > 0]
        summary = (f"{total['qdq_ops']} quantize/dequantize ops, {total['integer_ops']} integer ops and "
                   f"{total['int8_weights']} int8 weights in {len(quantized)} of {len(counts)} graphs; "
                   f"{total['fp32_weights']} float32 weights left")
        if total["qdq_ops"] + total["integer_ops"] == 0 and total["int8_weights"] == 0:
            where = ", ".join(graphs_with_weights[:4]) + (" …" if len(graphs_with_weights) > 4 else "")
            return False, (f"the int8 file holds no quantize/dequantize node, no integer op and no int8 weight: it "
                           f"is the fp32 model (its {total['fp32_weights']} float32 weights sit in "
                           f"{where or 'no graph'})"), summary
        return True, None, summary
    return True, None, ""
