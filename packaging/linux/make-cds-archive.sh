#!/bin/sh
# Copied into the app image as lib/cds/make-archive.sh. (Re)creates the AppCDS archive
# lib/app/NAME.jsa from lib/cds/NAME.classlist (the classes that one `--smoke` start loaded,
# recorded when the image was built), with the image's own runtime and exactly the class path its
# launcher uses; NAME is the launcher's (its lib/app/NAME.cfg), stancemap in the app image.
# The launcher's cfg passes -XX:SharedArchiveFile=$APPDIR/NAME.jsa;
# the JVM uses the archive only if the jars are still where and as they were when it was made
# (so run this again after moving the image), and quietly starts without it otherwise.
# No display needed. The .deb's postinst runs it after installing.
set -eu
lib=$(cd "$(dirname "$0")/.." && pwd -P)
app=$lib/app
cfg=$(ls "$app"/*.cfg | head -n 1)
name=$(basename "$cfg" .cfg)
cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\\\$APPDIR#$app#g" | paste -sd: -)
rm -f "$app/$name.jsa"
exec "$lib/runtime/bin/java" -Xshare:dump \
    -XX:SharedClassListFile="$lib/cds/$name.classlist" \
    -XX:SharedArchiveFile="$app/$name.jsa" \
    -cp "$cp"
