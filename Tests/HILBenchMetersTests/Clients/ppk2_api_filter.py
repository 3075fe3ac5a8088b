"""Decodes raw PPK2 frames with the community client ppk2-api (PyPI), unmodified: its metadata parser, current
formula and spike filter (`get_adc_result`), fed through its own `get_samples`.

Usage: ppk2_api_filter.py <device path> <metadata file> <frames file> <vdd mV>. The device path (the simulator's
pseudo-terminal) is only opened because the client's constructor opens a port; nothing is read from it.
Prints one JSON object: the currents in µA, one per frame.
"""
import json
import sys

from ppk2_api.ppk2_api import PPK2_API

port, metadata_path, frames_path, vdd = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
ppk2 = PPK2_API(port, timeout=1)
with open(metadata_path) as f:
    ppk2._parse_metadata(f.read())
ppk2.current_vdd = vdd
with open(frames_path, "rb") as f:
    frames = f.read()
samples, _ = ppk2.get_samples(frames)
print(json.dumps({"microamps": samples}))
