#!/usr/bin/env python3
"""Generates the small test models under Suites/models/ (deterministic, seeded).

ONNX (``onnx`` package, opset 13, IR 7 so that older runtimes on boards read them):
  tinycnn.onnx       input float32 [N,3,32,32] (N dynamic) -> Conv 8@3x3 s1 p1 -> Relu
                     -> Conv 16@3x3 s2 (pad bottom/right, i.e. SAME_UPPER) -> Relu
                     -> GlobalAveragePool -> Flatten -> Gemm -> logits float32 [N,10]
  tinycnn.fp16.onnx  the same in float16, float32 inputs/outputs (onnx_variants.convert_to_fp16)
  tinycnn.int8.onnx  QDQ int8 via onnxruntime.quantization.quantize_static, 16 seeded calibration inputs

LiteRT (flatbuffer written with the TFLite schema bindings that ai-edge-litert ships,
``ai_edge_litert.schema_py_generated``; no TensorFlow):
  tinycnn.tflite       the same network and weights in NHWC: input float32 [N,32,32,3] (N dynamic:
                       shape_signature -1), CONV_2D x2 (fused RELU, SAME), MEAN over H,W,
                       FULLY_CONNECTED -> logits [N,10]
  tinycnn.fp16.tflite  float16 weights + DEQUANTIZE (the layout of TFLite's float16 quantization)
  tinycnn.int8.tflite  int8 weights (per-channel for convs) and int8 activations, calibrated on the
                       same 16 seeded inputs; float32 input/output through QUANTIZE/DEQUANTIZE

Because the LiteRT and ONNX models share weights, the NHWC transpose of an ONNX input gives the same
logits in both; check_runners.py uses that as a cross-runtime check.

Usage: python3 scripts/models/make_tiny_models.py [--out Suites/models] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import onnx_variants as ov  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
CALIBRATION_COUNT = 16
CALIBRATION_SEED = 0  # prepare_variants.py default; sample k uses seed CALIBRATION_SEED + k, as the runners draw inputs


# ------------------------------------------------------------------------------------------------
# weights and a numpy reference (NCHW)


def make_weights(seed):
    rng = np.random.default_rng(seed)

    def he(shape, fan_in):
        return (rng.standard_normal(shape) * np.sqrt(2.0 / fan_in)).astype(np.float32)

    return {
        "conv1.weight": he((8, 3, 3, 3), 27), "conv1.bias": (rng.standard_normal(8) * 0.05).astype(np.float32),
        "conv2.weight": he((16, 8, 3, 3), 72), "conv2.bias": (rng.standard_normal(16) * 0.05).astype(np.float32),
        "fc.weight": he((10, 16), 16), "fc.bias": (rng.standard_normal(10) * 0.05).astype(np.float32),
    }


def _conv_nchw(x, w, b, stride, pads):  # pads: top, left, bottom, right
    x = np.pad(x, ((0, 0), (0, 0), (pads[0], pads[2]), (pads[1], pads[3])))
    n, c, h, wd = x.shape
    o, _, kh, kw = w.shape
    oh, ow = (h - kh) // stride + 1, (wd - kw) // stride + 1
    cols = np.empty((n, c, kh, kw, oh, ow), dtype=np.float64)
    for i in range(kh):
        for j in range(kw):
            cols[:, :, i, j] = x[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride]
    y = np.einsum("nckluv,ockl->nouv", cols, w.astype(np.float64))
    return y + b.astype(np.float64)[None, :, None, None]


def reference_activations(x, wts):
    """float64 activations of the network for calibration: conv1 (after ReLU), conv2, gap, logits."""
    a1 = np.maximum(_conv_nchw(x.astype(np.float64), wts["conv1.weight"], wts["conv1.bias"], 1, (1, 1, 1, 1)), 0)
    a2 = np.maximum(_conv_nchw(a1, wts["conv2.weight"], wts["conv2.bias"], 2, (0, 0, 1, 1)), 0)
    gap = a2.mean(axis=(2, 3))
    logits = gap @ wts["fc.weight"].astype(np.float64).T + wts["fc.bias"]
    return {"conv1": a1, "conv2": a2, "gap": gap, "logits": logits}


# ------------------------------------------------------------------------------------------------
# ONNX


def make_onnx(wts) -> onnx.ModelProto:
    inits = [numpy_helper.from_array(v, k) for k, v in wts.items()]
    nodes = [
        helper.make_node("Conv", ["input", "conv1.weight", "conv1.bias"], ["conv1"], name="conv1",
                         kernel_shape=[3, 3], strides=[1, 1], pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["conv1"], ["relu1"], name="relu1"),
        helper.make_node("Conv", ["relu1", "conv2.weight", "conv2.bias"], ["conv2"], name="conv2",
                         kernel_shape=[3, 3], strides=[2, 2], pads=[0, 0, 1, 1]),
        helper.make_node("Relu", ["conv2"], ["relu2"], name="relu2"),
        helper.make_node("GlobalAveragePool", ["relu2"], ["gap"], name="gap"),
        helper.make_node("Flatten", ["gap"], ["flat"], name="flatten", axis=1),
        helper.make_node("Gemm", ["flat", "fc.weight", "fc.bias"], ["logits"], name="fc", transB=1),
    ]
    graph = helper.make_graph(
        nodes, "tinycnn",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", 3, 32, 32])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", 10])],
        initializer=inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)],
                              producer_name="hilbench make_tiny_models.py", producer_version="1")
    model.ir_version = 7
    model.doc_string = "hilbench tiny CNN test model (seeded random weights; not trained)"
    onnx.checker.check_model(model, full_check=True)
    return model


# ------------------------------------------------------------------------------------------------
# LiteRT flatbuffer


def _tflite_schema():
    try:
        from ai_edge_litert import schema_py_generated as fb
    except ImportError as exc:
        raise SystemExit(f"the TFLite schema bindings come with ai-edge-litert (pip install ai-edge-litert): {exc}")
    return fb


class TfliteBuilder:
    """Minimal TFLite model writer (one subgraph) on the schema's object API."""

    def __init__(self, fb):
        self.fb = fb
        self.model = fb.ModelT()
        self.model.version = 3
        self.model.description = "hilbench tiny CNN test model (seeded random weights; not trained)"
        self.model.operatorCodes = []
        self.model.buffers = [fb.BufferT()]  # buffer 0: the empty sentinel
        self.sub = fb.SubGraphT()
        self.sub.name = "main"
        self.sub.tensors, self.sub.operators = [], []
        self._codes = {}

    def tensor(self, name, ttype, shape, data=None, signature=None, quant=None):
        fb = self.fb
        t = fb.TensorT()
        t.name, t.type, t.shape = name, ttype, list(shape)
        if signature is not None:
            t.shapeSignature = list(signature)
        t.buffer = 0
        if data is not None:
            buf = fb.BufferT()
            buf.data = np.frombuffer(np.ascontiguousarray(data).tobytes(), dtype=np.uint8)
            self.model.buffers.append(buf)
            t.buffer = len(self.model.buffers) - 1
        if quant is not None:
            q = fb.QuantizationParametersT()
            q.scale = [float(s) for s in np.atleast_1d(quant["scale"])]
            q.zeroPoint = [int(z) for z in np.atleast_1d(quant["zero_point"])]
            q.quantizedDimension = int(quant.get("axis", 0))
            t.quantization = q
        self.sub.tensors.append(t)
        return len(self.sub.tensors) - 1

    def op(self, code, version, inputs, outputs, options_type=0, options=None):
        fb = self.fb
        key = (code, version)
        if key not in self._codes:
            oc = fb.OperatorCodeT()
            oc.builtinCode = code
            oc.deprecatedBuiltinCode = min(code, 127)
            oc.version = version
            self.model.operatorCodes.append(oc)
            self._codes[key] = len(self.model.operatorCodes) - 1
        o = fb.OperatorT()
        o.opcodeIndex = self._codes[key]
        o.inputs, o.outputs = list(inputs), list(outputs)
        if options is not None:
            o.builtinOptionsType, o.builtinOptions = options_type, options
        self.sub.operators.append(o)

    def finish(self, inputs, outputs) -> bytes:
        import flatbuffers
        self.sub.inputs, self.sub.outputs = list(inputs), list(outputs)
        self.model.subgraphs = [self.sub]
        b = flatbuffers.Builder(4096)
        b.Finish(self.model.Pack(b), file_identifier=b"TFL3")
        return bytes(b.Output())


def _affine(lo, hi):
    """int8 asymmetric scale/zero point covering [lo, hi] (which must contain 0)."""
    lo, hi = min(lo, 0.0), max(hi, 0.0)
    scale = (hi - lo) / 255.0 or 1.0
    zp = int(np.clip(round(-128 - lo / scale), -128, 127))
    return np.float32(scale), zp


def make_tflite(wts, variant, calib=None) -> bytes:
    """variant: fp32 | fp16 | int8 (int8 needs calib: activation ranges)."""
    fb = _tflite_schema()
    BO, TT, AF, PAD = fb.BuiltinOperator, fb.TensorType, fb.ActivationFunctionType, fb.Padding
    B = TfliteBuilder(fb)
    w1 = wts["conv1.weight"].transpose(0, 2, 3, 1).copy()  # OIHW -> OHWI
    w2 = wts["conv2.weight"].transpose(0, 2, 3, 1).copy()
    wf = wts["fc.weight"]

    def conv_opts(stride):
        o = fb.Conv2DOptionsT()
        o.padding, o.strideW, o.strideH = PAD.SAME, stride, stride
        o.dilationWFactor = o.dilationHFactor = 1
        o.fusedActivationFunction = AF.RELU
        return o

    red = fb.ReducerOptionsT()
    red.keepDims = False
    fco = fb.FullyConnectedOptionsT()
    fco.fusedActivationFunction = AF.NONE
    axes = B.tensor("gap/axes", TT.INT32, [2], data=np.array([1, 2], np.int32))
    x = B.tensor("input", TT.FLOAT32, [1, 32, 32, 3], signature=[-1, 32, 32, 3])
    logits = B.tensor("logits", TT.FLOAT32, [1, 10], signature=[-1, 10])

    if variant in ("fp32", "fp16"):
        def weight(name, arr):
            if variant == "fp32":
                return B.tensor(name, TT.FLOAT32, arr.shape, data=arr.astype(np.float32))
            half = B.tensor(name + "/fp16", TT.FLOAT16, arr.shape, data=arr.astype(np.float16))
            full = B.tensor(name, TT.FLOAT32, arr.shape)
            B.op(BO.DEQUANTIZE, 3, [half], [full])
            return full

        tw1, tb1 = weight("conv1/weight", w1), weight("conv1/bias", wts["conv1.bias"])
        tw2, tb2 = weight("conv2/weight", w2), weight("conv2/bias", wts["conv2.bias"])
        twf, tbf = weight("fc/weight", wf), weight("fc/bias", wts["fc.bias"])
        a1 = B.tensor("conv1", TT.FLOAT32, [1, 32, 32, 8], signature=[-1, 32, 32, 8])
        a2 = B.tensor("conv2", TT.FLOAT32, [1, 16, 16, 16], signature=[-1, 16, 16, 16])
        gap = B.tensor("gap", TT.FLOAT32, [1, 16], signature=[-1, 16])
        B.op(BO.CONV_2D, 1, [x, tw1, tb1], [a1], fb.BuiltinOptions.Conv2DOptions, conv_opts(1))
        B.op(BO.CONV_2D, 1, [a1, tw2, tb2], [a2], fb.BuiltinOptions.Conv2DOptions, conv_opts(2))
        B.op(BO.MEAN, 1, [a2, axes], [gap], fb.BuiltinOptions.ReducerOptions, red)
        B.op(BO.FULLY_CONNECTED, 1, [gap, twf, tbf], [logits], fb.BuiltinOptions.FullyConnectedOptions, fco)
        return B.finish([x], [logits])

    if variant != "int8":
        raise ValueError(variant)
    # ---- int8: per-channel symmetric conv weights, per-tensor symmetric FC weights, int32 biases
    s_in, z_in = _affine(*calib["input"])
    s1, z1 = _affine(*calib["conv1"])
    s2, z2 = _affine(*calib["conv2"])
    sg, zg = _affine(*calib["gap"])
    so, zo = _affine(*calib["logits"])

    def qweights(arr, per_channel):
        axes_ = tuple(range(1, arr.ndim))
        m = np.abs(arr).max(axis=axes_) if per_channel else np.array(np.abs(arr).max())
        scale = (np.maximum(m, 1e-12) / 127.0).astype(np.float32)
        shaped = scale.reshape((-1,) + (1,) * (arr.ndim - 1)) if per_channel else scale
        q = np.clip(np.round(arr / shaped), -127, 127).astype(np.int8)
        return q, scale

    def qbias(b, scale):
        return np.round(b.astype(np.float64) / scale.astype(np.float64)).astype(np.int32)

    qw1, sw1 = qweights(w1, True)
    qw2, sw2 = qweights(w2, True)
    qwf, swf = qweights(wf, False)
    zeros = lambda n: np.zeros(n, np.int64)  # noqa: E731
    tw1 = B.tensor("conv1/weight", TT.INT8, qw1.shape, data=qw1, quant={"scale": sw1, "zero_point": zeros(8)})
    tb1 = B.tensor("conv1/bias", TT.INT32, [8], data=qbias(wts["conv1.bias"], s_in * sw1),
                   quant={"scale": s_in * sw1, "zero_point": zeros(8)})
    tw2 = B.tensor("conv2/weight", TT.INT8, qw2.shape, data=qw2, quant={"scale": sw2, "zero_point": zeros(16)})
    tb2 = B.tensor("conv2/bias", TT.INT32, [16], data=qbias(wts["conv2.bias"], s1 * sw2),
                   quant={"scale": s1 * sw2, "zero_point": zeros(16)})
    twf = B.tensor("fc/weight", TT.INT8, qwf.shape, data=qwf, quant={"scale": swf, "zero_point": 0})
    tbf = B.tensor("fc/bias", TT.INT32, [10], data=qbias(wts["fc.bias"], sg * swf),
                   quant={"scale": sg * swf, "zero_point": 0})
    xq = B.tensor("input/int8", TT.INT8, [1, 32, 32, 3], signature=[-1, 32, 32, 3],
                  quant={"scale": s_in, "zero_point": z_in})
    a1 = B.tensor("conv1", TT.INT8, [1, 32, 32, 8], signature=[-1, 32, 32, 8], quant={"scale": s1, "zero_point": z1})
    a2 = B.tensor("conv2", TT.INT8, [1, 16, 16, 16], signature=[-1, 16, 16, 16], quant={"scale": s2, "zero_point": z2})
    gap = B.tensor("gap", TT.INT8, [1, 16], signature=[-1, 16], quant={"scale": sg, "zero_point": zg})
    lq = B.tensor("logits/int8", TT.INT8, [1, 10], signature=[-1, 10], quant={"scale": so, "zero_point": zo})
    B.op(BO.QUANTIZE, 2, [x], [xq])
    B.op(BO.CONV_2D, 3, [xq, tw1, tb1], [a1], fb.BuiltinOptions.Conv2DOptions, conv_opts(1))
    B.op(BO.CONV_2D, 3, [a1, tw2, tb2], [a2], fb.BuiltinOptions.Conv2DOptions, conv_opts(2))
    B.op(BO.MEAN, 2, [a2, axes], [gap], fb.BuiltinOptions.ReducerOptions, red)
    B.op(BO.FULLY_CONNECTED, 4, [gap, twf, tbf], [lq], fb.BuiltinOptions.FullyConnectedOptions, fco)
    B.op(BO.DEQUANTIZE, 2, [lq], [logits])
    return B.finish([x], [logits])


# ------------------------------------------------------------------------------------------------


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(REPO / "Suites" / "models"), help="output folder")
    ap.add_argument("--seed", type=int, default=7, help="weight seed")
    ap.add_argument("--no-tflite", action="store_true", help="skip the LiteRT models")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    wts = make_weights(args.seed)
    written = []

    fp32 = out / "tinycnn.onnx"
    onnx.save(make_onnx(wts), fp32)
    written.append(fp32)

    fp16 = out / "tinycnn.fp16.onnx"
    model16, stats = ov.convert_to_fp16(onnx.load(fp32))
    onnx.checker.check_model(model16, full_check=True)
    onnx.save(model16, fp16)
    written.append(fp16)
    ov.log(f"fp16: {stats}")

    int8 = out / "tinycnn.int8.onnx"
    shapes = {"input": (1, 3, 32, 32)}
    dtypes = {"input": np.dtype(np.float32)}
    facts = ov.quantize_int8(str(fp32), str(int8), shapes, dtypes, count=CALIBRATION_COUNT,
                             seed=CALIBRATION_SEED, per_channel=True)
    written.append(int8)
    ov.log(f"int8: {facts}")

    # sanity: the numpy reference agrees with ONNX Runtime on the fp32 model
    x = ov.seeded_input("input", np.float32, (2, 3, 32, 32), 1234)
    errs, _ = ov.max_abs_errors([str(fp32), str(fp16), str(int8)], {"input": (2, 3, 32, 32)}, dtypes)
    import onnxruntime as ort
    got = ort.InferenceSession(str(fp32), providers=["CPUExecutionProvider"]).run(None, {"input": x})[0]
    ref = reference_activations(x, wts)["logits"]
    dev = float(np.max(np.abs(got - ref)))
    if dev > 1e-4:
        raise SystemExit(f"numpy reference and ONNX Runtime disagree by {dev}")
    ov.log(f"ONNX Runtime vs numpy reference (fp32): max abs {dev:.2e}; "
           + "; ".join(f"{Path(p).name}: {e['logits']:.3e}" for p, e in errs.items()))

    if not args.no_tflite:
        calib_x = np.concatenate([ov.seeded_input("input", np.float32, (1, 3, 32, 32), CALIBRATION_SEED + k)
                                  for k in range(CALIBRATION_COUNT)])
        acts = reference_activations(calib_x, wts)
        calib = {"input": (0.0, 1.0)}
        calib.update({k: (float(v.min()), float(v.max())) for k, v in acts.items()})
        for variant, name in (("fp32", "tinycnn.tflite"), ("fp16", "tinycnn.fp16.tflite"),
                              ("int8", "tinycnn.int8.tflite")):
            path = out / name
            path.write_bytes(make_tflite(wts, variant, calib))
            written.append(path)

    for p in written:
        size = p.stat().st_size
        if size > 1 << 20:
            raise SystemExit(f"{p} is {size} bytes, over the 1 MiB budget for test models")
        print(f"{ov.sha256_file(p)}  {size:>7}  {p.relative_to(out.parent) if out.parent in p.parents else p}")


if __name__ == "__main__":
    main()
