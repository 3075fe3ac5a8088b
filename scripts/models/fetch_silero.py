#!/usr/bin/env python3
"""Silero VAD from the PyPI wheel `silero-vad` 6.2.3 for Suites/silero-vad.yaml: a small recurrent audio model
(LSTM, weights inside If subgraphs, an int64 scalar input `sr` that accepts 8000 or 16000).

    fetch_silero.py [--force]

Copies two files of the installed package (``pip install --no-deps silero-vad==6.2.3``; none of its dependencies
is needed, only its model files, which are found without importing it since it imports torch) into
Suites/models/silero/, checks them against the sha256 pinned here, and runs prepare_variants.py with
``--input-value sr=16000``: fp16 is converted inside the If subgraphs and verified; int8 is refused (its weights sit
inside If subgraphs, which onnxruntime.quantization does not descend into) and the script says so.
"""

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "Suites" / "models" / "silero"
PINNED = {  # silero-vad 6.2.3
    "silero_vad.onnx": "1a153a22f4509e292a94e67d6f9b85e8deb25b4988682b7e174c65279d8788e3",
    # named "half", but it holds no float16 weight (prepare_variants.inspect_precision): the suite says `holds: fp32`
    "silero_vad_half.onnx": "1e0b195ad4806595ef4466f419d16fca7e4afcfc6669b8c0b5f76ea87547c769",
}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--force", action="store_true", help="copy and convert again")
    args = ap.parse_args(argv)
    spec = importlib.util.find_spec("silero_vad")
    if spec is None or not spec.submodule_search_locations:
        print("error: the silero-vad package is not installed: python3 -m pip install --no-deps silero-vad==6.2.3",
              file=sys.stderr)
        return 1
    data = Path(spec.submodule_search_locations[0]) / "data"
    sys.path.insert(0, str(HERE))
    import onnx_variants as ov
    OUT.mkdir(parents=True, exist_ok=True)
    for name, sha in PINNED.items():
        dst = OUT / name
        if args.force or not dst.exists():
            shutil.copyfile(data / name, dst)
        got = ov.sha256_file(dst)
        if sha is not None and got != sha:
            print(f"error: {dst} has sha256 {got}, expected {sha} (silero-vad 6.2.3); another version of the wheel?",
                  file=sys.stderr)
            return 1
        print(f"{dst.relative_to(HERE.parent.parent)}: sha256 {got}", file=sys.stderr)
    if args.force or not (OUT / "silero_vad.fp16.onnx").exists():
        run = subprocess.run([sys.executable, str(HERE / "prepare_variants.py"), str(OUT / "silero_vad.onnx"),
                              "--shape", "input=1,512", "--shape", "state=2,1,128", "--input-value", "sr=16000"])
        if run.returncode not in (0, 4):  # 4: a variant was refused (int8 here), as expected
            return run.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
