#!/bin/sh
# What CI checks of the DEB, on a Debian machine as root (.ci/run installs fakeroot, binutils,
# xvfb, xdotool, x11-utils, unzip, libgtk-3-0): builds it with the documented command, reads its
# listing, installs it, runs the installed launcher with no JDK on the PATH (version, catalogue,
# demo into a temporary per-user data home), opens the window under Xvfb and sees the login,
# installs a package of a higher version over it and finds every application again, removes it
# and finds the data home still there. Leaves the machine without the package.
set -eu
cd "$(dirname "$0")/.."
began=$(date +%s)
step() { echo "== $(( $(date +%s) - began ))s: $*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
next=$(echo "$version" | awk -F. -v OFS=. '{$NF=$NF+1; print}')
release=$(sed -n 's/^--linux-app-release //p' installer/jpackage/linux.args) # the Debian revision
deb=target/installer/bizhao-desk_${version}_amd64.deb
work=$(mktemp -d)
xvfb=""; pid=""
cleanup() {
  [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
  [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true
  dpkg -P bizhao-desk >/dev/null 2>&1 || true # purge: not even the postrm dpkg keeps after -r
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/home" "$work/nojdk"
# the installed program as a user with no JDK: an empty PATH, no JAVA_HOME, and the per-user default
# data home ($XDG_DATA_HOME/bizhao) in the temporary folder
user() {
  env -i HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" PATH="$work/nojdk" LANG=C.UTF-8 BIZHAO_LANG=en \
    ${DISPLAY:+DISPLAY=$DISPLAY} "$@"
}
datahome="$work/home/.local/share/bizhao"

step "build: mvn -B -P installer -DskipTests package"
dpkg -r bizhao-desk >/dev/null 2>&1 || true
mvn -B -q -P installer -DskipTests package
[ -f "$deb" ] || fail "no $deb"

step "listing: dpkg-deb -c $deb"
dpkg-deb -c "$deb" | awk '{print $NF}' > "$work/list"
for path in ./opt/bizhao-desk/bin/bizhao ./opt/bizhao-desk/lib/runtime/lib/server/libjvm.so \
    ./opt/bizhao-desk/lib/app/bizhao-desk.jar ./opt/bizhao-desk/lib/licences/uming.LICENSE.txt \
    ./opt/bizhao-desk/lib/licences/DroidSansFallbackFull.LICENSE.txt ./opt/bizhao-desk/lib/bizhao.png; do
  grep -qx "$path" "$work/list" || fail "$path is not in the package"
done
grep -q '\.desktop$' "$work/list" || fail "no desktop entry in the package"
grep -q '/copyright$' "$work/list" || fail "no copyright file (with the fonts' licences) in the package"
dpkg-deb --fsys-tarfile "$deb" | tar -xO --wildcards '*.desktop' | grep -x 'Categories=Office;Utility;' >/dev/null \
  || fail "the desktop entry is not in Office;Utility"
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/bizhao-desk/lib/app/bizhao-desk.jar > "$work/app.jar"
unzip -l "$work/app.jar" | grep -q 'fonts/DroidSansFallbackFull.ttf' || fail "the CJK font is not in the program"
unzip -l "$work/app.jar" | grep -q 'fonts/uming.ttc' || fail "the form's CJK font is not in the program"
if grep -qx ./opt/bizhao-desk/lib/app/bizhao.aot "$work/list"; then echo "with the AOT cache"; else echo "without an AOT cache"; fi

step "install: dpkg -i"
dpkg -i "$deb"
[ "$(dpkg-query -W -f '${Version}' bizhao-desk)" = "$version-$release" ] || fail "bizhao-desk is not at $version-$release"
[ "$(readlink -f /usr/bin/bizhao)" = /opt/bizhao-desk/bin/bizhao ] || fail "no /usr/bin/bizhao"
grep -qx 'Exec=/opt/bizhao-desk/bin/bizhao' /usr/share/applications/bizhao-desk.desktop || fail "no menu entry in /usr/share/applications"

step "command line with no JDK on the PATH"
user sh -c 'command -v java' >/dev/null 2>&1 && fail "a java is on the test's PATH"
user /usr/bin/bizhao --version | tee "$work/version"
grep -qx "Bizhao Desk $version" "$work/version" || fail "bizhao --version does not say $version"
user /usr/bin/bizhao catalog export --format tsv --data-dir "$work/catalog" > "$work/catalog.tsv"
[ "$(grep -c '越南' "$work/catalog.tsv")" -eq 4 ] || fail "the exported catalogue does not have its four rows for Vietnam"
user /usr/bin/bizhao demo | tee "$work/demo"
login=$(sed -n 's/.*Login: \([^,]*\), password: \(.*\)\. Open the window.*/\1/p' "$work/demo")
password=$(sed -n 's/.*Login: \([^,]*\), password: \(.*\)\. Open the window.*/\2/p' "$work/demo")
[ -n "$login" ] && [ -n "$password" ] || fail "demo printed no login"
[ -d "$datahome/db" ] || fail "demo made no data home in $datahome"
printf '%s\n' "$password" | user /usr/bin/bizhao applications list --as "$login" --password-stdin --format json > "$work/before.json"
before=$(grep -o '"acceptanceNo"' "$work/before.json" | wc -l)
[ "$before" -ge 6 ] || fail "the demo has $before applications, not 6"
keys=$(cd "$datahome" && find keys -type f | sort | xargs sha256sum)

step "window under Xvfb"
Xvfb -displayfd 1 -screen 0 1366x768x24 -nolisten tcp > "$work/display" 2>/dev/null &
xvfb=$!
i=0; until [ -s "$work/display" ]; do i=$((i+1)); [ $i -lt 200 ] || fail "Xvfb did not start"; sleep 0.05; done
DISPLAY=:$(cat "$work/display")
# exec, so that $! is the program itself (a function in the background is a subshell, and killing
# that would leave the program running with the database open)
(exec env -i HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" PATH="$work/nojdk" LANG=C.UTF-8 \
  BIZHAO_LANG=en DISPLAY="$DISPLAY" /usr/bin/bizhao) > "$work/window.out" 2>&1 &
pid=$!
i=0
until DISPLAY=$DISPLAY xdotool search --onlyvisible --name '^Bizhao Desk$' >/dev/null 2>&1; do
  i=$((i+1)); [ $i -lt 1200 ] || fail "no window titled Bizhao Desk within 120 s"
  kill -0 "$pid" 2>/dev/null || { cat "$work/window.out" >&2; fail "the window ended early"; }
  sleep 0.1
done
i=0; until grep -q "station open" "$datahome/logs/bizhao.log"; do
  i=$((i+1)); [ $i -lt 1200 ] || fail "the station did not open within 120 s"; sleep 0.1
done
grep "first window shown\|station open" "$datahome/logs/bizhao.log" | tail -2
DISPLAY=$DISPLAY xdotool search --onlyvisible --name '^Bizhao Desk$' getwindowgeometry
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
unset DISPLAY

step "upgrade to $next over the data home"
installer/package.sh deb "$next"
dpkg -i "target/installer/bizhao-desk_${next}_amd64.deb"
[ "$(dpkg-query -W -f '${Version}' bizhao-desk)" = "$next-$release" ] || fail "bizhao-desk is not at $next-$release after the upgrade"
printf '%s\n' "$password" | user /usr/bin/bizhao applications list --as "$login" --password-stdin --format json > "$work/after.json"
cmp -s "$work/before.json" "$work/after.json" || fail "the applications differ after the upgrade"
[ "$keys" = "$(cd "$datahome" && find keys -type f | sort | xargs sha256sum)" ] || fail "the keys changed in the upgrade"
echo "all $before applications and the keys are still there"

step "remove: dpkg -r"
dpkg -r bizhao-desk | tee "$work/removed"
[ ! -e /usr/bin/bizhao ] || fail "/usr/bin/bizhao is still there"
[ ! -e /usr/share/applications/bizhao-desk.desktop ] || fail "the menu entry is still there"
grep -q '.local/share/bizhao' "$work/removed" || fail "removing did not say where the data home is"
[ "$keys" = "$(cd "$datahome" && find keys -type f | sort | xargs sha256sum)" ] || fail "the keys are gone"
[ -d "$datahome/db" ] || fail "the data home is gone"
step "passed"
echo "installer: 1 passed, 0 failed"
