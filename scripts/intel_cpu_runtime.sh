#!/usr/bin/env bash
# Intel's CPU OpenCL runtime as a second CPU device beside PoCL, from its PyPI wheels, without
# installing anything system-wide (docs/OPENCL_PROFILING.md, section 8).
#
# Usage:  scripts/intel_cpu_runtime.sh DEST [WHEEL_DIR]
#   WHEEL_DIR: a folder holding the wheels intel-opencl-rt, intel-cmplr-lib-rt, tbb and tcmlib;
#     without it they are downloaded (~270 MB) with
#     pip download --no-deps --only-binary=:all: intel-opencl-rt intel-cmplr-lib-rt tbb tcmlib
# Writes DEST/lib (only the shared libraries and data files the runtime loads: not the wheel's
# own libOpenCL.so, which would shadow the system's ICD loader, nor icx-lto.so) and DEST/vendors
# (intel-cpu.icd naming DEST/lib/libintelocl.so by its absolute path, plus copies of the system's
# /etc/OpenCL/vendors/*.icd), then prints the two exports that make the ICD loader see it.
set -euo pipefail
DEST="${1:?usage: scripts/intel_cpu_runtime.sh DEST [WHEEL_DIR]}"
WHEEL_DIR="${2:-}"
mkdir -p "$DEST"
DEST=$(cd "$DEST" && pwd)
if [ -z "$WHEEL_DIR" ]; then
  WHEEL_DIR="$DEST/wheels"
  mkdir -p "$WHEEL_DIR"
  python3 -m pip download -q --no-deps --only-binary=:all: -d "$WHEEL_DIR" \
    intel-opencl-rt intel-cmplr-lib-rt tbb tcmlib
fi
[ -d "$WHEEL_DIR" ] || { echo "intel_cpu_runtime.sh: no such folder: $WHEEL_DIR" >&2; exit 2; }
mkdir -p "$DEST/lib" "$DEST/vendors"

python3 - "$WHEEL_DIR" "$DEST/lib" <<'EOF'
"""Unpack the runtime's files from the wheels' <name>.data/data/lib/ folders. Zip archives have
no symlinks, so a wheel stores libx.so, libx.so.1 and libx.so.1.2 as three full copies: only
the longest name is written, the others become symlinks to it."""
import fnmatch
import os
import sys
import zipfile
from pathlib import Path

WANTED = ["libintelocl.so*", "libcommon_clang.so*", "cl.cfg", "*.rtl", "cllibrary*.o", "libocl_svml_*.so",
          "libtbb*", "libtcm*", "libhwloc*", "libimf.so", "libsvml.so", "libirng.so", "libintlc.so*", "libirc.so"]
SKIP = ["*.py", "libOpenCL.so*", "icx-lto.so", "libtbbmalloc_proxy*", "libtcm_debug*"]  # proxy: only preloaded
REQUIRED = {"intel_opencl_rt": "libintelocl.so", "intel_cmplr_lib_rt": "libimf.so", "tbb": "libtbb.so",
            "tcmlib": "libtcm.so"}
wheel_dir, lib = Path(sys.argv[1]), Path(sys.argv[2])
found, written = set(), 0
for wheel in sorted(wheel_dir.glob("*.whl")):
    dist = wheel.name.split("-")[0].lower()
    if dist not in REQUIRED:
        continue
    with zipfile.ZipFile(wheel) as z:
        members = {}
        for info in z.infolist():
            parts = info.filename.split("/")
            name = parts[-1]
            if (len(parts) == 4 and parts[0].endswith(".data") and parts[1:3] == ["data", "lib"] and name
                    and any(fnmatch.fnmatch(name, p) for p in WANTED)
                    and not any(fnmatch.fnmatch(name, p) for p in SKIP)):
                members[name] = info
        for name, info in sorted(members.items(), key=lambda kv: -len(kv[0])):
            target = lib / name
            if target.is_symlink() or target.exists():
                target.unlink()
            longer = [m for m in members if m.startswith(name + ".") and members[m].file_size == info.file_size]
            if longer:
                os.symlink(max(longer, key=len), target)
            else:
                with z.open(info) as src, open(target, "wb") as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
                target.chmod(0o755)
                written += 1
        found.add(dist)
missing = [f"{d} ({REQUIRED[d]})" for d in REQUIRED if d not in found]
if missing:
    sys.exit(f"intel_cpu_runtime.sh: no wheel in {wheel_dir} for: {', '.join(missing)}")
print(f"unpacked {written} files into {lib}")
EOF

echo "$DEST/lib/libintelocl.so" > "$DEST/vendors/intel-cpu.icd"
for icd in /etc/OpenCL/vendors/*.icd; do
  [ -e "$icd" ] && [ "$(basename "$icd")" != intel-cpu.icd ] && cp "$icd" "$DEST/vendors/"
done
echo "export OCL_ICD_VENDORS=$DEST/vendors"
echo "export LD_LIBRARY_PATH=$DEST/lib\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
