#!/bin/sh
# Builds an application image of Bizhao Desk with jpackage, after `mvn -DskipTests package`.
set -eu
cd "$(dirname "$0")/.."
[ -f target/bizhao-desk.jar ] || { echo "run: mvn -B -DskipTests package" >&2; exit 1; }
rm -rf target/installer target/installer-input
mkdir -p target/installer-input
cp target/bizhao-desk.jar target/installer-input/
cp -r target/lib target/installer-input/lib
jpackage --type app-image --name "Bizhao Desk" --app-version 0.1.0 \
  --input target/installer-input --main-jar bizhao-desk.jar --main-class cn.bizhao.app.Main \
  --java-options "-Dfile.encoding=UTF-8" --dest target/installer
echo "target/installer/Bizhao Desk"
