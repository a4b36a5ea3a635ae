#!/bin/sh
# Builds Bizhao Desk for a PC with no JDK, after `mvn -B -DskipTests package`
# (`mvn -B -P installer -DskipTests package` runs `installer/package.sh deb` itself):
#   installer/package.sh deb [VERSION]     target/installer/bizhao-desk_VERSION_amd64.deb
#   installer/package.sh folder [VERSION]  target/installer/bizhao/ and bizhao-VERSION-linux-x64.tar.gz,
#                                          the same program as a folder to unpack anywhere (bin/bizhao)
# VERSION defaults to pom.xml's. Both are jpackage's program image (installer/jpackage/*.args): the jar,
# its libraries, a jlink runtime of the modules used, and, on a JDK 25 or newer runtime, the AOT cache
# of a training start (JEP 483/514/515), made under Xvfb when Xvfb is installed.
# The runtime is the JDK in JPACKAGE_JDK, else Temurin 25 where installed, else JAVA_HOME's.
set -eu
cd "$(dirname "$0")/.."
kind=${1:-folder}
version=${2:-$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)}
case "$kind" in deb|folder) ;; *) echo "usage: installer/package.sh deb|folder [VERSION]" >&2; exit 2 ;; esac
[ -f target/bizhao-desk.jar ] || { echo "run first: mvn -B -DskipTests package" >&2; exit 1; }
jdk=${JPACKAGE_JDK:-}
[ -n "$jdk" ] || { [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/jpackage ] && jdk=/usr/lib/jvm/temurin-25-jdk-amd64; } || true
[ -n "$jdk" ] || jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
jpackage="$jdk/bin/jpackage"
feature=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
out=target/installer
args=installer/jpackage
image="$out/image/bizhao"

# the image, made anew when the jar or the libraries changed (a second package of another version reuses it)
stamp="$jdk $(ls -l --time-style=+%s target/bizhao-desk.jar target/lib | md5sum)"
if [ ! -f "$image/bin/bizhao" ] || [ "$(cat "$out/image.stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$out/input" "$out/image" "$out/image.stamp"
  mkdir -p "$out/input/lib" "$out/image"
  cp target/bizhao-desk.jar "$out/input/"
  cp target/lib/*.jar "$out/input/lib/"
  mkdir -p "$out/licences" && cp resources/fonts/*LICENSE* "$out/licences/"
  # The AOT cache is opt-in (BIZHAO_AOT=1) until Derby's sealed jars are dealt with: classes the cache
  # defines come without their jar's seal, and Derby then refuses a class of the same package loaded
  # later from the jar ("sealing violation"), e.g. when a new database is created (decision 0012).
  aot=""
  [ "$feature" -ge 25 ] && [ "${BIZHAO_AOT:-0}" = 1 ] && aot="@$args/aot.args"
  echo "program image with the runtime of $jdk (Java $feature)" >&2
  "$jpackage" @$args/about.args @$args/image.args $aot --type app-image --app-version "$version" \
    --icon installer/linux/bizhao.png --dest "$out/image"
  cp -r "$out/licences" "$image/lib/licences" # beside the program: /opt/bizhao-desk/lib/licences
  [ -z "$aot" ] || installer/aot-training.sh "$image"
  echo "$stamp" > "$out/image.stamp"
fi

if [ "$kind" = folder ]; then
  tar -C "$out/image" -czf "$out/bizhao-$version-linux-x64.tar.gz" bizhao
  echo "$image (and $out/bizhao-$version-linux-x64.tar.gz)"
  exit 0
fi

# Debian's copyright file: the program's, then the licences of the CJK fonts inside the jar
{
  printf 'Bizhao Desk (比照认定工作台)\n\nThe CJK fonts shipped inside lib/app/bizhao-desk.jar (fonts/) come with these licences:\n\n'
  for f in resources/fonts/*LICENSE*; do printf '==== %s\n' "$(basename "$f")"; cat "$f"; printf '\n'; done
} > "$out/copyright"
rm -f "$out"/bizhao-desk_"$version"*.deb
# gzip: dpkg-deb's default xz takes many minutes over the runtime and the AOT cache on two cores
export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}"
"$jpackage" @$args/about.args @$args/linux.args --type deb --app-version "$version" --app-image "$image" --dest "$out"
[ -f "$out/bizhao-desk_${version}_amd64.deb" ] || mv "$out/bizhao-desk_$version"-*_amd64.deb "$out/bizhao-desk_${version}_amd64.deb"
echo "$out/bizhao-desk_${version}_amd64.deb"
