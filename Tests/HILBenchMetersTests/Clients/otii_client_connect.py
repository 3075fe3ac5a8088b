"""Drives hilbench's Otii simulator with Qoitech's otii-tcp-client (PyPI), unmodified, through its high-level
OtiiClient().connect() (login from a credentials file + Automation licence), as examples/basic_measurement.py does.

Usage: otii_client_connect.py <port> <credentials.json>. Prints one JSON object.
"""
import json
import sys
import time

from otii_tcp_client import otii_client, otii_exception

port, credentials = int(sys.argv[1]), sys.argv[2]
out = {}
client = otii_client.OtiiClient()
with client.connect(port=port, credentials=credentials, try_for_seconds=5) as otii:
    out["logged_in"] = otii.is_logged_in()
    out["has_license"] = otii.has_license("Automation")
    devices = otii.get_devices(timeout=2)
    out["devices"] = [d.name for d in devices]
    arc = devices[0]
    try:
        otii.get_active_project()
        out["active_project"] = "present"
    except Exception as error:  # the client raises when the server answers -1
        out["active_project"] = str(error)
    project = otii.create_project()
    arc.set_main_voltage(3.3)
    arc.set_max_current(0.5)
    arc.enable_channel("mc", True)
    arc.enable_channel("i1", True)

    def record(exp_port):
        arc.enable_exp_port(exp_port)
        arc.set_main(True)
        project.start_recording()
        time.sleep(0.25)
        project.stop_recording()
        recording = project.get_last_recording()
        count = recording.get_channel_data_count(arc.id, "mc")
        current = recording.get_channel_data(arc.id, "mc", 0, count)["values"]
        digital = recording.get_channel_data(arc.id, "i1", 0, recording.get_channel_data_count(arc.id, "i1"))["values"]
        return count, max(current), [v["value"] for v in digital]

    arc.set_exp_voltage(1.8)
    out["exp_voltage"] = arc.get_exp_voltage()
    out["port_off"] = record(False)
    out["port_on"] = record(True)
    arc.set_main(False)
    out["main"] = arc.get_main()
    try:
        arc.set_main_voltage(9.0)
        out["too_high"] = "accepted"
    except otii_exception.Otii_Exception as error:
        out["too_high"] = error.type
print(json.dumps(out))
