"""Drives hilbench's N6705 simulator with PyVISA + pyvisa-py, unmodified, in SCPI long forms.

Usage: pyvisa_n6705.py <port>. Prints one JSON object with what the instrument answered.
"""
import json
import sys
import time

import pyvisa

port = int(sys.argv[1])
rm = pyvisa.ResourceManager("@py")
inst = rm.open_resource(f"TCPIP0::127.0.0.1::{port}::SOCKET", read_termination="\n", write_termination="\n", timeout=5000)
out = {"idn": inst.query("*IDN?").strip(), "module": inst.query("SYSTem:CHANnel:MODel? (@1)").strip()}
inst.write("*CLS")
inst.write("SENSe:ELOG:FUNCtion:CURRent ON,(@1)")
inst.write("SENSe:ELOG:FUNCtion:VOLTage ON,(@1)")
inst.write("SENSe:ELOG:CURRent:DC:RANGe:AUTO ON,(@1)")
inst.write("SENSe:ELOG:PERiod 0.001,(@1)")
out["period"] = float(inst.query("SENSe:ELOG:PERiod? (@1)"))
inst.write("FORMat:DATA REAL")
inst.write("FORMat:BORDer NORMal")
inst.write("TRIGger:ELOG:SOURce BUS,(@1)")
inst.write("INITiate:IMMediate:ELOG (@1)")
inst.write("TRIGger:ELOG (@1)")  # too early: the logger is still arming
out["early_trigger"] = inst.query("SYSTem:ERRor?").strip()
while int(inst.query("STATus:OPERation:CONDition? (@1)")) & 8 == 0:
    time.sleep(0.005)
inst.write("TRIGger:IMMediate:ELOG (@1)")
time.sleep(0.3)
values = inst.query_binary_values("FETCh:ELOG? 100,(@1)", datatype="f", is_big_endian=True)
out["values"] = len(values)
out["amps"] = values[0::2][:5]
out["volts"] = values[1::2][:5]
inst.write("ABORt:ELOG (@1)")
out["error"] = inst.query("SYST:ERR?").strip()
inst.write("FORM ASCii")
out["ascii_volts"] = float(inst.query("MEASure:VOLTage:DC? (@1)"))
inst.close()
print(json.dumps(out))
