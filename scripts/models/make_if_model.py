#!/usr/bin/env python3
"""Writes Tests/Fixtures/models/gated_vad.onnx: a small model shaped like a recurrent VAD (Silero VAD's layout),
for the tests of variant verification and integer inputs.

    make_if_model.py [--out FILE]

Inputs: ``input`` float32 [1, samples] (audio samples; the weights need 64), ``state`` float32 [1, 16], ``sr`` int64 scalar (the sample
rate). Outputs: ``output`` float32 [1, 1] (a probability) and ``stateN`` float32 [1, 16]. Every weight sits in a
Constant node inside ``If`` subgraphs (the outer If picks the 16 kHz or the 8 kHz branch on ``sr == 16000``; the
8 kHz branch holds a second If on ``sr == 8000`` whose else branch reshapes the state to [1, sr])), so the model
accepts exactly two values of ``sr`` and a converter that does not descend into subgraphs changes nothing.
Weights are drawn from numpy's PCG64 with seed 7: the file is the same byte for byte on every run.
"""

import argparse
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

N, H = 64, 16


def const(name, arr):
    return helper.make_node("Constant", [], [name], value=numpy_helper.from_array(np.asarray(arr), name + "_v"))


def branch(tag, rng, gate_output=None):
    """x·W + state·U → tanh → new state; sigmoid(new state · v) → probability. Weights as Constant nodes."""
    w = (rng.standard_normal((N, H)) * 0.2).astype(np.float32)
    u = (rng.standard_normal((H, H)) * 0.2).astype(np.float32)
    v = (rng.standard_normal((H, 1)) * 0.5).astype(np.float32)
    nodes = [const(f"{tag}_W", w), const(f"{tag}_U", u), const(f"{tag}_V", v),
             helper.make_node("MatMul", ["input", f"{tag}_W"], [f"{tag}_xw"]),
             helper.make_node("MatMul", ["state", f"{tag}_U"], [f"{tag}_su"]),
             helper.make_node("Add", [f"{tag}_xw", f"{tag}_su"], [f"{tag}_pre"]),
             helper.make_node("Tanh", [f"{tag}_pre"], [f"{tag}_h"]),
             helper.make_node("MatMul", [f"{tag}_h", f"{tag}_V"], [f"{tag}_logit"]),
             helper.make_node("Sigmoid", [f"{tag}_logit"], [f"{tag}_p"])]
    return nodes, f"{tag}_p", f"{tag}_h"


def graph_of(name, nodes, outputs):
    return helper.make_graph(nodes, name, [], [helper.make_tensor_value_info(o, TensorProto.FLOAT, None) for o in outputs])


def build():
    rng = np.random.default_rng(7)
    n16, p16, h16 = branch("k16", rng)
    then16 = graph_of("sr16000", n16 + [helper.make_node("Identity", [p16], ["p_16"]),
                                        helper.make_node("Identity", [h16], ["h_16"])], ["p_16", "h_16"])
    n8, p8, h8 = branch("k8", rng)
    ok8 = graph_of("sr8000", n8 + [helper.make_node("Identity", [p8], ["p_8"]),
                                   helper.make_node("Identity", [h8], ["h_8"])], ["p_8", "h_8"])
    # Any other rate: the state is reshaped to [1, sr] values, which fails at run time for every rate but 16 (and then
    # the probability's [1, 1] reshape fails): data-dependent, so no runtime can reject the model while compiling.
    bad = graph_of("sr_other", [const("axis0", np.array([0], np.int64)), const("one", np.array([1], np.int64)),
                                helper.make_node("Unsqueeze", ["sr", "axis0"], ["sr_dim"]),
                                helper.make_node("Concat", ["one", "sr_dim"], ["sr_dims"], axis=0),
                                helper.make_node("Reshape", ["state", "sr_dims"], ["p_bad"]),
                                helper.make_node("Identity", ["state"], ["h_bad"])], ["p_bad", "h_bad"])
    else16 = graph_of("not16000", [const("sr8k", np.array(8000, np.int64)),
                                   helper.make_node("Equal", ["sr", "sr8k"], ["is8k"]),
                                   helper.make_node("If", ["is8k"], ["p_e", "h_e"], then_branch=ok8, else_branch=bad)],
                      ["p_e", "h_e"])
    main = [const("sr16k", np.array(16000, np.int64)),
            helper.make_node("Equal", ["sr", "sr16k"], ["is16k"]),
            helper.make_node("If", ["is16k"], ["p", "h"], then_branch=then16, else_branch=else16),
            helper.make_node("Reshape", ["p", "shape11"], ["output"]),
            helper.make_node("Identity", ["h"], ["stateN"])]
    g = helper.make_graph(
        main, "gated_vad",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, "samples"]),
         helper.make_tensor_value_info("state", TensorProto.FLOAT, [1, H]),
         helper.make_tensor_value_info("sr", TensorProto.INT64, [])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1]),
         helper.make_tensor_value_info("stateN", TensorProto.FLOAT, [1, H])],
        initializer=[numpy_helper.from_array(np.array([1, 1], np.int64), "shape11")])
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 16)], producer_name="hilbench make_if_model.py")
    m.ir_version = 8
    onnx.checker.check_model(m)
    return m


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "..", "Tests", "Fixtures", "models", "gated_vad.onnx"))
    args = ap.parse_args(argv)
    m = build()
    onnx.save(m, args.out)
    print(f"wrote {os.path.normpath(args.out)} ({os.path.getsize(args.out)} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
