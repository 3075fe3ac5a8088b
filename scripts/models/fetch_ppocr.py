#!/usr/bin/env python3
"""Fetches the PP-OCR models of the PyPI wheel rapidocr-onnxruntime and writes Suites/ppocr.yaml's artifacts.

    fetch_ppocr.py [--out Suites/models/ppocr] [--suite Suites/ppocr.yaml] [--wheel FILE.whl]
                   [--force] [--no-check]

1. ``pip download --no-deps rapidocr-onnxruntime==1.4.4`` into a temporary folder (the package's
   dependencies, opencv and the rest, are not needed: only its model files), or --wheel FILE;
2. extracts the text detector (PP-OCRv4 det, 4.7 MB) and the text direction classifier
   (mobile v2.0 cls, 0.6 MB) with zipfile and checks their sha256 against the constants below
   (an error if the wheel's files changed);
3. writes a deterministic synthetic input per model (``det_input.npy``: a 320x320 page of
   dark 5x7-font text lines on a light background; ``cls_input.npy``: one 48x192 text line crop),
   normalized as rapidocr does ((x/255 - 0.5) / 0.5, so values in [-1, 1]);
4. runs prepare_variants.py for each model: fp16 by conversion, int8 by static quantization
   calibrated on 16 synthetic pages / text lines (seeds 0..15, not the measured input);
5. checks every file against its pin: the fp32 models and the inputs against the constants
   below, fp16 and int8 against the sha256 pinned in the suite file, and says exactly what to
   re-pin when they differ (int8 bytes come out of a calibration run in ONNX Runtime, so another
   ONNX Runtime version or CPU can change them; fp16 bytes depend on the onnx package version);
6. (unless --no-check) runs the three precisions once with ONNX Runtime on the measured input and
   prints max abs error, cosine and a task figure (det: share of pixels on the same side of the
   0.3 text threshold; cls: the predicted label) vs fp32.

Why synthetic text rather than hilbench's seeded uniform [0, 1) inputs: on noise the detector
outputs a map of zeros (max ~7e-4), so every comparison with fp32 is meaningless, and an int8
model calibrated on noise outputs zeros on real text too (its activation ranges are wrong).

Idempotent: when every file exists with the pinned sha256 nothing is downloaded or regenerated
(--force redoes everything). Exit status: 0 when every file matches its pin; 1 when a step fails
(download, a changed wheel, quantization); 2 on bad arguments; 3 when the files were written but
fp16/int8 differ from the suite's pins (re-pin as printed, then run the suite).

Needs: pip, numpy, onnx, onnxruntime (as prepare_variants.py).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

PACKAGE = "rapidocr-onnxruntime"
VERSION = "1.4.4"
WHEEL_SHA256 = "971d7d5f223a7a808662229df1ef69893809d8457d834e6373d3854bc1782cbf"  # for the error message

CALIBRATION_SAMPLES = 16  # synthetic samples with seeds 0..15
INPUT_SEED = 1234  # the measured input (not among the calibration seeds)

# name in the suite -> where it is in the wheel, its pinned sha256, and the input the suite measures
MODELS = {
    "ppocr-det": {
        "member": "rapidocr_onnxruntime/models/ch_PP-OCRv4_det_infer.onnx",
        "sha256": "d2a7720d45a54257208b1e13e36a8479894cb74155a5efe29462512d42f49da9",
        "bytes": 4745517,
        "input": "x",
        "shape": (1, 3, 320, 320),
        "input_file": "det_input.npy",
        "input_sha256": "5d63ebc8c5cac0697d3ab6c728d7424017f3e0596337b5ad099c5a207c447029",
        "calibration_sha256": "b3f60c65fe5263134362d5626139222413128583d9fd53bd07c93958c4876cd7",
    },
    "ppocr-cls": {
        "member": "rapidocr_onnxruntime/models/ch_ppocr_mobile_v2.0_cls_infer.onnx",
        "sha256": "e47acedf663230f8863ff1ab0e64dd2d82b838fceb5957146dab185a89d6215c",
        "bytes": 585532,
        "input": "x",
        "shape": (1, 3, 48, 192),
        "input_file": "cls_input.npy",
        "input_sha256": "f41be0bb3d6fc257c9b62de93cd65e6f4b38fdbe650e749d5737557118c6a1b7",
        "calibration_sha256": "b40e9a9d4496af4b145db7f9a73ee89318fa701f18d8203b061e75798307900e",
    },
}
PRECISIONS = ("fp32", "fp16", "int8")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def sha256_file(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def matches(path: Path, sha: str | None) -> bool:
    return sha is not None and path.is_file() and sha256_file(path) == sha


def file_names(spec):
    stem = Path(spec["member"]).name[:-len(".onnx")]
    return {"fp32": f"{stem}.onnx", "fp16": f"{stem}.fp16.onnx", "int8": f"{stem}.int8.onnx"}


# ------------------------------------------------------------------------------------------------
# synthetic text (numpy only, integer arithmetic until the final normalization: same bytes everywhere)

FONT = {  # 5x7 glyphs, one hex row each (bit 4 = leftmost column)
    "A": "0E 11 11 1F 11 11 11", "B": "1E 11 11 1E 11 11 1E", "C": "0E 11 10 10 10 11 0E",
    "D": "1E 11 11 11 11 11 1E", "E": "1F 10 10 1E 10 10 1F", "F": "1F 10 10 1E 10 10 10",
    "G": "0E 11 10 17 11 11 0F", "H": "11 11 11 1F 11 11 11", "I": "0E 04 04 04 04 04 0E",
    "J": "07 02 02 02 02 12 0C", "K": "11 12 14 18 14 12 11", "L": "10 10 10 10 10 10 1F",
    "M": "11 1B 15 15 11 11 11", "N": "11 11 19 15 13 11 11", "O": "0E 11 11 11 11 11 0E",
    "P": "1E 11 11 1E 10 10 10", "Q": "0E 11 11 11 15 12 0D", "R": "1E 11 11 1E 14 12 11",
    "S": "0F 10 10 0E 01 01 1E", "T": "1F 04 04 04 04 04 04", "U": "11 11 11 11 11 11 0E",
    "V": "11 11 11 11 11 0A 04", "W": "11 11 11 15 15 15 0A", "X": "11 11 0A 04 0A 11 11",
    "Y": "11 11 11 0A 04 04 04", "Z": "1F 01 02 04 08 10 1F",
    "0": "0E 11 13 15 19 11 0E", "1": "04 0C 04 04 04 04 0E", "2": "0E 11 01 02 04 08 1F",
    "3": "1F 02 04 02 01 11 0E", "4": "02 06 0A 12 1F 02 02", "5": "1F 10 1E 01 01 11 0E",
    "6": "06 08 10 1E 11 11 0E", "7": "1F 01 02 04 08 08 08", "8": "0E 11 11 0E 11 11 0E",
    "9": "0E 11 11 0F 01 02 0C", "-": "00 00 00 1F 00 00 00", ".": "00 00 00 00 00 0C 0C",
    " ": "00 00 00 00 00 00 00",
}
WORDS = ("INVOICE TOTAL DATE 2026 HILBENCH PP-OCR EDGE MODEL BOARD RK3588 LATENCY ENERGY THE QUICK "
         "BROWN FOX JUMPS OVER LAZY DOG NO. 42 PAID AMOUNT 19.99 SHIP TO ORDER").split()


class Synth:
    def __init__(self):
        import numpy as np
        self.np = np
        self.glyphs = {c: np.array([[(int(h, 16) >> (4 - i)) & 1 for i in range(5)] for h in rows.split()],
                                   np.uint8) for c, rows in FONT.items()}

    def rng(self, seed, what):
        return self.np.random.default_rng([seed, zlib.crc32(what.encode("utf-8"))])

    def line_bitmap(self, text, scale):
        np = self.np
        cells = [np.pad(self.glyphs[c], ((0, 1), (0, 1))) for c in text]  # 6x8 cells
        return np.kron(np.concatenate(cells, axis=1), np.ones((scale, scale), np.uint8))

    def finish(self, img, rng):
        """3x3 box blur (anti-aliased edges) and +-6 grey levels of noise, in integers."""
        np = self.np
        h, w = img.shape
        p = np.pad(img.astype(np.int32), 1, mode="edge")
        img = (sum(p[i:i + h, j:j + w] for i in range(3) for j in range(3)) + 4) // 9
        return np.clip(img + rng.integers(-6, 7, size=img.shape), 0, 255).astype(np.uint8)

    def normalize(self, gray):
        """HxW uint8 -> 3xHxW float32 as rapidocr: (x / 255 - 0.5) / 0.5 (grey, so B = G = R)."""
        np = self.np
        x = (gray.astype(np.float32) / np.float32(255.0) - np.float32(0.5)) / np.float32(0.5)
        return np.broadcast_to(x, (3,) + x.shape)

    def page(self, seed, h, w):
        """Lines of words at 2..4x the 5x7 font, dark ink on a light background."""
        rng = self.rng(seed, "ppocr-page")
        img = self.np.full((h, w), int(rng.integers(200, 250)), self.np.uint8)
        y = int(rng.integers(4, 16))
        while True:
            scale = int(rng.integers(2, 5))
            if y + 8 * scale > h - 4:
                break
            x = int(rng.integers(4, 40))
            words = []
            while True:
                word = WORDS[int(rng.integers(len(WORDS)))]
                if x + 6 * scale * len(" ".join(words + [word])) > w - 4:
                    break
                words.append(word)
            if words:
                bm = self.line_bitmap(" ".join(words), scale)
                img[y:y + bm.shape[0], x:x + bm.shape[1]][bm == 1] = int(rng.integers(0, 80))
            y += 8 * scale + int(rng.integers(4, 3 * scale + 8))
        return self.finish(img, rng)

    def text_line(self, seed, h, w):
        """One text line as rapidocr feeds the classifier: height h, right-padded with 0 (after
        normalization) to width w; odd seeds are turned 180 degrees (the classifier's other label)."""
        np = self.np
        rng = self.rng(seed, "ppocr-line")
        scale = int(rng.integers(3, 5))
        bm = self.line_bitmap(" ".join(WORDS[int(rng.integers(len(WORDS)))] for _ in range(4)), scale)
        bg, ink = int(rng.integers(200, 250)), int(rng.integers(0, 80))
        cw = min(w, bm.shape[1] + 8)
        img = np.full((h, cw), bg, np.uint8)
        sub = bm[:, :cw - 4]
        top = (h - bm.shape[0]) // 2
        img[top:top + sub.shape[0], 4:4 + sub.shape[1]][sub == 1] = ink
        img = self.finish(img, rng)
        if seed % 2:
            img = img[::-1, ::-1]
        out = np.zeros((3, h, w), np.float32)
        out[:, :, :cw] = self.normalize(img)
        return out

    def sample(self, model, seed):
        """One input [1, 3, H, W] float32 for a model of MODELS."""
        _, _, h, w = MODELS[model]["shape"]
        x = self.normalize(self.page(seed, h, w)) if model == "ppocr-det" else self.text_line(seed, h, w)
        return self.np.ascontiguousarray(x[None], dtype=self.np.float32)

    def save(self, path, arr):
        self.np.save(str(path), arr, allow_pickle=False)


# ------------------------------------------------------------------------------------------------
# the suite's pins


PIN_RE = re.compile(r'^\s*(fp32|fp16|int8):\s*\{\s*path:\s*([^,}]+?)\s*,\s*sha256:\s*"([0-9a-f]{64})"\s*\}')
NAME_RE = re.compile(r'^\s*-\s*name:\s*([A-Za-z0-9._-]+)\s*$')


def read_pins(suite: Path):
    """{(model, precision): (path relative to the suite, sha256, line number)} from the suite file
    (its `artifacts:` lines as this script prints them)."""
    pins = {}
    if not suite.is_file():
        return pins
    model = None
    for number, line in enumerate(suite.read_text(encoding="utf-8").splitlines(), 1):
        m = NAME_RE.match(line)
        if m:
            model = m.group(1)
            continue
        m = PIN_RE.match(line)
        if m and model:
            pins[(model, m.group(1))] = (m.group(2), m.group(3), number)
    return pins


def rel(path: Path, base: Path) -> str:
    try:
        return os.path.relpath(path, base)
    except ValueError:
        return str(path)


# ------------------------------------------------------------------------------------------------
# steps


def download_wheel(tmp: Path) -> Path:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
           f"{PACKAGE}=={VERSION}", "--dest", str(tmp)]
    log("$ " + " ".join(cmd))
    t0 = time.monotonic()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"error: pip download of {PACKAGE}=={VERSION} failed (exit {proc.returncode}):\n"
                         + "\n".join(proc.stdout.splitlines()[-15:]))
    wheels = sorted(tmp.glob("*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"error: pip download left {len(wheels)} wheels in {tmp}: {[w.name for w in wheels]}")
    log(f"downloaded {wheels[0].name} ({wheels[0].stat().st_size / 1e6:.1f} MB) in {time.monotonic() - t0:.1f} s")
    return wheels[0]


def extract(wheel: Path, model: str, dst: Path):
    spec = MODELS[model]
    try:
        with zipfile.ZipFile(wheel) as z:
            try:
                data = z.read(spec["member"])
            except KeyError:
                onnx_files = [n for n in z.namelist() if n.endswith(".onnx")]
                raise SystemExit(f"error: {wheel.name} has no {spec['member']} (its .onnx files: {onnx_files}); "
                                 f"the wheel is not the pinned {PACKAGE} {VERSION} "
                                 f"(sha256 {WHEEL_SHA256})")
    except zipfile.BadZipFile as exc:
        raise SystemExit(f"error: {wheel} is not a readable wheel: {exc}")
    got = hashlib.sha256(data).hexdigest()
    if got != spec["sha256"]:
        raise SystemExit(
            f"error: {spec['member']} in {wheel.name} has sha256 {got} ({len(data)} bytes), but this script "
            f"pins {spec['sha256']} ({spec['bytes']} bytes): the wheel changed (wheel sha256 "
            f"{sha256_file(wheel)}, pinned {WHEEL_SHA256}). Check what changed before re-pinning "
            f"MODELS[{model!r}] in {Path(__file__).name} and the suite.")
    tmp = dst.with_name(dst.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(dst)
    log(f"{model}: extracted {spec['member']} -> {dst} ({len(data)} bytes, sha256 ok)")


def run_prepare(model: str, fp32: Path, out: Path, calibration: Path, only, suite_dir: Path):
    spec = MODELS[model]
    shape = ",".join(map(str, spec["shape"]))
    cmd = [sys.executable, str(HERE / "prepare_variants.py"), str(fp32), "--out", str(out),
           "--shape", f"{spec['input']}={shape}", "--calibration", str(CALIBRATION_SAMPLES),
           "--calibration-npy", f"{spec['input']}={calibration}", "--only", ",".join(only),
           "--relative-to", str(suite_dir), "--no-check"]
    log("$ " + " ".join(cmd))
    t0 = time.monotonic()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for line in proc.stderr.splitlines():
        log(f"  {line}")
    if proc.returncode != 0:
        raise SystemExit(f"error: prepare_variants.py failed for {model} (exit {proc.returncode})")
    log(f"{model}: {','.join(only)} written in {time.monotonic() - t0:.1f} s")


def check(model: str, paths: dict, input_path: Path):
    """Each precision once with ONNX Runtime (1 thread) on the measured input, compared with fp32."""
    import numpy as np
    import onnxruntime as ort
    x = np.load(str(input_path))
    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    so.log_severity_level = 3
    ref = None
    for prec in PRECISIONS:
        sess = ort.InferenceSession(str(paths[prec]), so, providers=["CPUExecutionProvider"])
        y = sess.run(None, {MODELS[model]["input"]: x})[0].astype(np.float64)
        if ref is None:
            ref = y
        cos = float((y * ref).sum() / (np.linalg.norm(y) * np.linalg.norm(ref)))
        line = f"  {prec}: max abs error {np.abs(y - ref).max():.3g}, cosine {cos:.6f}"
        if model == "ppocr-det":
            line += (f", text pixels (p > 0.3) {(y > 0.3).mean():.1%}, "
                     f"same side of 0.3 as fp32 {((y > 0.3) == (ref > 0.3)).mean():.2%}")
        else:
            line += f", probabilities {np.round(y[0], 4).tolist()} (label {['0', '180'][int(y[0].argmax())]})"
        log(line)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(REPO / "Suites" / "models" / "ppocr"),
                    help="output folder (default: Suites/models/ppocr)")
    ap.add_argument("--suite", default=str(REPO / "Suites" / "ppocr.yaml"),
                    help="suite whose fp16/int8 pins are checked (default: Suites/ppocr.yaml); "
                         "printed paths are relative to its folder")
    ap.add_argument("--wheel", help=f"use this {PACKAGE} {VERSION} wheel instead of downloading it")
    ap.add_argument("--force", action="store_true", help="redo every step even when the files match their pins")
    ap.add_argument("--no-check", action="store_true", help="skip the ONNX Runtime accuracy check")
    args = ap.parse_args(argv)

    if args.wheel and not Path(args.wheel).is_file():
        ap.error(f"--wheel {args.wheel}: no such file")
    out = Path(args.out).resolve()
    suite = Path(args.suite).resolve()
    suite_dir = suite.parent
    out.mkdir(parents=True, exist_ok=True)
    pins = read_pins(suite)
    if not pins:
        log(f"note: no artifact pins found in {suite}; fp16/int8 are written but not checked")

    synth = None
    wheel = Path(args.wheel).resolve() if args.wheel else None
    mismatches = []  # (model, precision, pinned sha, line, generated sha)
    t_start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="hilbench-ppocr-") as tmpdir:
        tmp = Path(tmpdir)
        for model, spec in MODELS.items():
            names = file_names(spec)
            paths = {p: out / n for p, n in names.items()}
            input_path = out / spec["input_file"]
            pinned = {p: pins.get((model, p), (None, None, None))[1] for p in PRECISIONS}
            pinned["fp32"] = spec["sha256"]
            for p in ("fp16", "int8"):
                pin = pins.get((model, p))
                if pin and (suite_dir / pin[0]).resolve() != paths[p]:
                    log(f"warning: {suite.name}:{pin[2]} {model} {p} path {pin[0]} is not {rel(paths[p], suite_dir)}")

            ok = {p: not args.force and matches(paths[p], pinned[p]) for p in PRECISIONS}
            input_ok = not args.force and matches(input_path, spec["input_sha256"])
            if all(ok.values()) and input_ok:
                log(f"{model}: up to date ({', '.join(names.values())}, {spec['input_file']} match their pins)")
                if not args.no_check:
                    check(model, paths, input_path)
                continue

            if not ok["fp32"]:
                if wheel is None:
                    wheel = download_wheel(tmp)
                extract(wheel, model, paths["fp32"])

            if synth is None:
                synth = Synth()
            if not input_ok:
                synth.save(input_path, synth.sample(model, INPUT_SEED))
                got = sha256_file(input_path)
                if got != spec["input_sha256"]:
                    log(f"warning: {model}: {input_path.name} has sha256 {got}, this script pins "
                        f"{spec['input_sha256']} (numpy {synth.np.__version__} draws other numbers?): "
                        f"the measured input differs from the pinned one")
                else:
                    log(f"{model}: wrote {input_path.name} {list(spec['shape'])} (sha256 ok)")

            todo = [p for p in ("fp16", "int8") if not ok[p]]
            if todo:
                calibration = tmp / f"{model}-calibration.npy"
                synth.save(calibration, synth.np.stack([synth.sample(model, k) for k in range(CALIBRATION_SAMPLES)]))
                got = sha256_file(calibration)
                if got != spec["calibration_sha256"]:
                    log(f"warning: {model}: the calibration samples have sha256 {got}, this script pins "
                        f"{spec['calibration_sha256']}: the int8 model will differ from the pinned one")
                run_prepare(model, paths["fp32"], out, calibration, todo, suite_dir)
                for p in todo:
                    got = sha256_file(paths[p])
                    pin = pins.get((model, p))
                    if pin is None:
                        log(f"{model} {p}: {got} (not pinned in {suite.name})")
                    elif got != pin[1]:
                        mismatches.append((model, p, pin[1], pin[2], got))
                    else:
                        log(f"{model} {p}: sha256 matches {suite.name}:{pin[2]}")
            if not args.no_check:
                check(model, paths, input_path)

    log(f"done in {time.monotonic() - t_start:.1f} s: {out}")
    if not pins or mismatches:
        print(f"# {PACKAGE} {VERSION}: artifacts as generated on this machine (paths relative to {rel(suite_dir, Path.cwd())}/)")
        for model, spec in MODELS.items():
            print(f"  - name: {model}\n    artifacts:")
            for p, n in file_names(spec).items():
                path = out / n
                if path.is_file():
                    print(f'      {p}: {{path: {rel(path, suite_dir)}, sha256: "{sha256_file(path)}"}}')
    if mismatches:
        import onnx
        import onnxruntime
        log(f"\nThe generated files differ from the pins in {suite} (onnx {onnx.__version__}, "
            f"onnxruntime {onnxruntime.__version__} on this machine). Re-pin these lines:")
        for model, p, old, line, new in mismatches:
            log(f"  {rel(suite, Path.cwd())}:{line}: {model} {p}: sha256 {old} -> {new}")
        log("for example:\n  sed -i " + " ".join(f"-e 's/{old}/{new}/'" for _, _, old, _, new in mismatches)
            + f" {rel(suite, Path.cwd())}")
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
