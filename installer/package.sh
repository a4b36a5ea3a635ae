#!/bin/sh
# Builds an installable folder of Bizhao Desk, after `mvn -B -DskipTests package`:
#   target/installer/bizhao-desk/{bin/bizhao, bin/bizhao.cmd, bizhao-desk.jar, lib/, runtime/, resources licences}
# and a tar.gz of it. The installed program starts through the same launcher as a source checkout.
# runtime/ is a Java runtime made with jlink from the JDK running this script (skip with NO_RUNTIME=1).
set -eu
cd "$(dirname "$0")/.."
[ -f target/bizhao-desk.jar ] || { echo "run first: mvn -B -DskipTests package" >&2; exit 1; }
out=target/installer/bizhao-desk
rm -rf target/installer
mkdir -p "$out/bin"
cp app/bizhao app/bizhao.cmd "$out/bin/"
cp target/bizhao-desk.jar "$out/"
cp -r target/lib "$out/lib"
cp README.md "$out/"
mkdir -p "$out/licences" && cp resources/fonts/*LICENSE* "$out/licences/"
if [ "${NO_RUNTIME:-0}" != 1 ]; then
  jlink --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.localedata,jdk.charsets \
    --generate-cds-archive --strip-debug --no-man-pages --no-header-files --output "$out/runtime"
fi
tar -C target/installer -czf target/installer/bizhao-desk.tar.gz bizhao-desk
echo "target/installer/bizhao-desk (and .tar.gz)"
