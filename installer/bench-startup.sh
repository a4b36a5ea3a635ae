#!/bin/sh
# Start-up benchmark: fork to first window mapped on the X server, Bizhao Desk beside a hello-world
# JavaFX window (installer/startup/HelloWindow.java) started the same way, in turns, in one run.
#   installer/bench-startup.sh [RUNS] [DATA_HOME]
# Measures `app/bizhao` from this checkout (after `mvn -DskipTests package`) and, when the DEB is
# installed, /usr/bin/bizhao. Every start is a new JVM; what the program keeps for its next start
# (the checkout's class-data archive, the package's AOT cache) is in place, as at a person's second
# start. The hello-world runs on the `java` on the PATH (JAVA=... to change it), with JavaFX from
# target/lib. Needs Xvfb and xdotool (Debian: xvfb, xdotool). Prints each figure's median, min and
# max in milliseconds and the ratio of the medians. The data home is made with `demo` when missing,
# so the window measured is the login window.
set -eu
cd "$(dirname "$0")/.."
runs=${1:-7}
data=${2:-${TMPDIR:-/tmp}/bizhao-bench-home}
display=${BENCH_DISPLAY:-:93}
out=target/startup-bench
java=${JAVA:-java}

[ -f target/bizhao-desk.jar ] || { echo "run first: mvn -B -DskipTests package" >&2; exit 1; }
command -v xdotool >/dev/null && command -v Xvfb >/dev/null || { echo "needs xdotool and Xvfb" >&2; exit 1; }
mkdir -p "$out/classes"
fx=$(ls target/lib/javafx-*-linux.jar | tr '\n' ':')
javac --release 17 -cp "$fx" -d "$out/classes" installer/startup/HelloWindow.java
[ -d "$data/db" ] || app/bizhao demo --data-dir "$data" >/dev/null

if ! xdpyinfo -display "$display" >/dev/null 2>&1; then
  Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null' EXIT
  i=0; until xdpyinfo -display "$display" >/dev/null 2>&1; do i=$((i+1)); [ $i -lt 100 ] || exit 1; sleep 0.05; done
fi
export DISPLAY="$display"

# One start: milliseconds from fork to a window of that process mapped (viewable); then it is stopped.
start() {
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "exited before a window: $*" >&2; exit 1; }
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

# "median min max" of the numbers in a file
stats() { sort -n "$1" | awk '{v[NR]=$1} END {printf "%d %d %d\n", v[int((NR+1)/2)], v[1], v[NR]}'; }

installed=""
[ -x /usr/bin/bizhao ] && installed=/usr/bin/bizhao
# uncounted first starts: the checkout makes its class-data archive here when it has none
start $java -cp "$fx$out/classes" HelloWindow >/dev/null
start app/bizhao --data-dir "$data" >/dev/null
sleep 1
start app/bizhao --data-dir "$data" >/dev/null
[ -z "$installed" ] || start $installed --data-dir "$data" >/dev/null

: > "$out/hello.txt"; : > "$out/checkout.txt"; : > "$out/installed.txt"
n=0
while [ $n -lt "$runs" ]; do
  start $java -cp "$fx$out/classes" HelloWindow >> "$out/hello.txt"
  start app/bizhao --data-dir "$data" >> "$out/checkout.txt"
  [ -z "$installed" ] || start $installed --data-dir "$data" >> "$out/installed.txt"
  n=$((n+1))
done

set -- $(stats "$out/hello.txt"); hello=$1
printf '%-34s %7s %7s %7s %7s\n' "fork to window mapped, ms ($runs runs)" median min max ratio
printf '%-34s %7d %7d %7d %7s\n' "hello-world JavaFX ($java)" "$1" "$2" "$3" 1.00
set -- $(stats "$out/checkout.txt")
printf '%-34s %7d %7d %7d %7s\n' "app/bizhao (checkout)" "$1" "$2" "$3" "$(awk "BEGIN{printf \"%.2f\", $1/$hello}")"
if [ -n "$installed" ]; then
  set -- $(stats "$out/installed.txt")
  printf '%-34s %7d %7d %7d %7s\n' "$installed (DEB)" "$1" "$2" "$3" "$(awk "BEGIN{printf \"%.2f\", $1/$hello}")"
fi
