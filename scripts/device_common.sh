# Sourced (not run) by the scripts/device_*.sh runners: the preamble they share.

# device_start NAME: results go to $OUT (required; created if missing), everything the script
# prints is also appended to $OUT/NAME.log, and the working folder becomes the repository root.
device_start() {
  OUT="${OUT:?set OUT to the folder for the results}"
  mkdir -p "$OUT"
  exec > >(tee -a "$OUT/$1.log") 2>&1
  cd "$(dirname "${BASH_SOURCE[0]}")/.."
}
