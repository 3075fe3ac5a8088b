"""Drives hilbench's PPK2 simulator (a pseudo-terminal) with the community client ppk2-api (PyPI), unmodified,
as its example.py does: metadata, source mode at 3.3 V, DUT power on, measure, decode.

Usage: ppk2_api_measure.py <device path> <samples>. Prints one JSON object. Decoding in pure Python is slower than
100 kS/s on a busy machine; the simulator buffers, so the script reads until it has decoded the samples asked for.
"""
import json
import sys
import time

from ppk2_api.ppk2_api import PPK2_API

port, wanted = sys.argv[1], int(sys.argv[2])
ppk2 = PPK2_API(port, timeout=1)
modifiers = ppk2.get_modifiers()
ppk2.use_source_meter()
ppk2.set_source_voltage(3300)
ppk2.toggle_DUT_power("ON")
ppk2.start_measuring()
samples, digital = [], []
deadline = time.time() + 60
while len(samples) < wanted and time.time() < deadline:
    data = ppk2.get_data()
    if data != b"":
        s, d = ppk2.get_samples(data)
        samples += s
        digital += d
    time.sleep(0.01)
ppk2.stop_measuring()
ppk2.toggle_DUT_power("OFF")
samples, digital = samples[:wanted], digital[:wanted]
marker = [bits & 1 for bits in digital]
high = [x for x, m in zip(samples, marker) if m]
low = [x for x, m in zip(samples, marker) if not m]
print(json.dumps({
    "calibrated": modifiers is True,
    "samples": len(samples),
    "idle_ua": sum(low) / max(len(low), 1),
    "busy_ua": sum(high) / max(len(high), 1),
    "high_samples": len(high),
}))
