#!/bin/sh
# Makes the ahead-of-time cache of a program image (JDK 25 or newer, JEP 483/514/515): one training
# start that records what the program loads and links, written to lib/app/bizhao.aot, which the
# launcher's -XX:AOTCache (installer/jpackage/aot.args) then maps in at every start.
#   installer/aot-training.sh target/installer/image/bizhao
# The training makes a demo data home in a temporary folder and opens the window on it under its own
# Xvfb until the login is shown and the station is open; without Xvfb it trains on the command line only.
set -eu
image=$1
cfg="$image/lib/app/bizhao.cfg"
cache="$image/lib/app/bizhao.aot"
work=$(mktemp -d)
xvfb=""; pid=""
cleanup() {
  [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
  [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true
  sed -i 's/-XX:AOTCacheOutput=/-XX:AOTCache=/' "$cfg"
  rm -rf "$work"
}
trap cleanup EXIT
rm -f "$cache"
# The cache is valid only for jars of the same size and time: every file of the image gets one fixed
# time, 2000-01-01 00:00 UTC, which the DEB's postinst gives the installed files again (jpackage's
# packaging copies them without their times).
find "$image" -exec touch -h -d @946684800 {} +
"$image/bin/bizhao" demo --data-dir "$work/data" >/dev/null
sed -i 's/-XX:AOTCache=/-XX:AOTCacheOutput=/' "$cfg"
if command -v Xvfb >/dev/null 2>&1; then
  Xvfb -displayfd 1 -screen 0 1366x768x24 -nolisten tcp > "$work/display" 2>/dev/null &
  xvfb=$!
  i=0; until [ -s "$work/display" ]; do i=$((i+1)); [ $i -lt 200 ] || { echo "Xvfb did not start" >&2; exit 1; }; sleep 0.05; done
  DISPLAY=:$(cat "$work/display") "$image/bin/bizhao" --data-dir "$work/data" >"$work/out" 2>&1 &
  pid=$!
  log="$work/data/logs/bizhao.log"
  i=0
  until grep -q "first window shown" "$log" 2>/dev/null && grep -q "station open" "$log" 2>/dev/null; do
    i=$((i+1)); [ $i -lt 1200 ] || { echo "the training window did not open" >&2; cat "$work/out" >&2; exit 1; }
    kill -0 "$pid" 2>/dev/null || { echo "the training window ended early" >&2; cat "$work/out" >&2; exit 1; }
    sleep 0.1
  done
  sleep 2
  kill "$pid"; wait "$pid" || true; pid=""
else
  echo "no Xvfb: the AOT cache covers the command line only" >&2
  "$image/bin/bizhao" catalog export --format tsv --data-dir "$work/data" >/dev/null
fi
[ -s "$cache" ] || { echo "no AOT cache was written" >&2; cat "$work/out" >&2 2>/dev/null; exit 1; }
echo "AOT cache: $cache ($(du -h "$cache" | cut -f1))" >&2
