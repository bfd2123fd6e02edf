#!/usr/bin/env bash
# Builds the self-contained Linux app image target/dist/Stancemap (launcher bin/stancemap, its own
# trimmed Java 17 runtime with JavaFX linked in, an AppCDS archive) and, when dpkg-deb and
# fakeroot are there, the installer target/dist/stancemap_VERSION_ARCH.deb. Then it checks that
# the image starts (--help, --smoke, --smoke FILE under xvfb-run).
#
# Usage: packaging/linux/build-image.sh [--no-deb] [--no-cds] [--no-check]   (from anywhere)
#   --no-deb    the app image only: no .deb, so no fakeroot needed (about a minute less)
#   --no-cds    no AppCDS archive (no training run; the image works, starts slower)
#   --no-check  skip the start checks (CI does its own --smoke run, see .ci/run)
# Needs: a JDK 17 with jlink and jpackage (JAVA_HOME, else the one on PATH), Maven. As root on
#        Debian it apt-get installs what else it needs: librsvg2-bin (icon), xvfb (CDS training
#        run and checks), fakeroot (.deb). Exits non-zero with a message on any failure.
set -euo pipefail

want_deb=1 want_cds=1 want_check=1
for arg in "$@"; do
    case "$arg" in
        --no-deb) want_deb=0 ;;
        --no-cds) want_cds=0 ;;
        --no-check) want_check=0 ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "build-image.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

say() { printf '== %s\n' "$*" >&2; }
die() { printf 'build-image.sh: %s\n' "$*" >&2; exit 1; }
# Any other failing command stops the build too (set -e); say which one.
trap 'rc=$?; printf "build-image.sh: failed (exit %s) at line %s: %s\n" "$rc" "$LINENO" "$BASH_COMMAND" >&2' ERR
# A start that hangs (before --smoke's own one-minute limit can act) must not block the build.
smoke_timeout=120
failed_how() { # failed_how EXIT_CODE : what a timed start's exit code means
    case $1 in 124|137) echo "hung, stopped after $smoke_timeout s" ;; *) echo "exit $1" ;; esac
}

apt_updated=0
apt_install() { # apt_install PACKAGE... : only as root on a Debian-like system
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 1
    say "apt-get install $*"
    if [ $apt_updated = 0 ]; then apt-get update -qq >/dev/null || true; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
need() { # need COMMAND PACKAGE : 0 if COMMAND is (now) there
    command -v "$1" >/dev/null && return 0
    apt_install "$2" || true
    command -v "$1" >/dev/null
}

# ---- the JDK: must be 17, the runtime the app is built for -------------------------------------
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then
    jdk=$JAVA_HOME
else
    [ -z "${JAVA_HOME:-}" ] || echo "build-image.sh: JAVA_HOME=$JAVA_HOME has no bin/jpackage; trying the JDK on PATH" >&2
    command -v jpackage >/dev/null || die "no jpackage on PATH: install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless) or set JAVA_HOME"
    jdk=$(dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")")
fi
[ -f "$jdk/release" ] || die "$jdk does not look like a JDK (no release file)"
jdk_version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
[ "$jdk_version" = 17 ] || die "$jdk is a JDK ${jdk_version:-of unknown version}; the app image must carry a Java 17 runtime (set JAVA_HOME to a JDK 17)"
for tool in jlink jpackage java; do
    [ -x "$jdk/bin/$tool" ] || die "$jdk has no bin/$tool: install a full JDK 17 (Debian: openjdk-17-jdk-headless)"
done
[ -d "$jdk/jmods" ] || die "$jdk has no jmods/, which jlink needs (Debian 12: openjdk-17-jdk-headless has them; a JRE does not)"
command -v mvn >/dev/null || die "no mvn on PATH: install Maven 3.8+ (Debian: apt-get install maven)"
command -v unzip >/dev/null || die "no unzip on PATH (Debian: apt-get install unzip)"
export JAVA_HOME=$jdk
say "JDK: $jdk"

# ---- build ------------------------------------------------------------------------------------
say "mvn -q -DskipTests package"
mvn -q -DskipTests package
[ -f target/stancemap.jar ] || die "target/stancemap.jar was not built"

version=$(sed -n '0,/<artifactId>stancemap<\/artifactId>/d; s:.*<version>\([^<]*\)</version>.*:\1:p' pom.xml | head -n 1)
version=${STANCEMAP_VERSION:-${version%-SNAPSHOT}}     # jpackage wants plain numbers: 0.1.0
description=$(sed -n 's:.*<description>\(.*\)</description>.*:\1:p' pom.xml | head -n 1)
description=${description:-Maps who stands where in a news article}
vendor="Stancemap project"
copyright="Copyright the Stancemap authors"

work=target/jpackage
dist=target/dist
image=$dist/Stancemap
rm -rf "$work" "$image" "$dist"/stancemap_*.deb
mkdir -p "$work/input/lib" "$dist"

say "icons"
"$root/packaging/icons/render.sh" "$root/target/icons" >/dev/null

# ---- class path: the app jar and every library except JavaFX ---------------------------------
# Its manifest Class-Path names lib/javafx-*.jar too; those entries are simply absent in the image,
# where JavaFX is part of the runtime.
cp target/stancemap.jar "$work/input/"
fx_jars=()
for jar in target/lib/*.jar; do
    case "$(basename "$jar")" in
        javafx-*-linux.jar) fx_jars+=("$jar") ;;   # modular jars with the Linux native code
        javafx-*.jar) ;;                            # empty placeholders without classifier
        *) cp "$jar" "$work/input/lib/" ;;
    esac
done
[ ${#fx_jars[@]} -ge 3 ] || die "no javafx-*-linux.jar in target/lib"

# ---- runtime ----------------------------------------------------------------------------------
# javafx.controls brings javafx.graphics/base and, through them, java.desktop, java.xml,
# jdk.unsupported (java.datatransfer, java.prefs). The app itself adds java.logging and
# java.management (--smoke reads the JVM start time); the libraries need nothing else
# (jdeps: ikonli-core java.logging, controlsfx java.desktop/java.logging, jsoup and pdfbox
# java.xml, gson's java.sql is optional). The JavaFX native libraries are left out of the modules file and put in the
# runtime's lib/ instead, where System.loadLibrary finds them: otherwise JavaFX would copy them
# to ~/.openjfx/cache and checksum them on every start.
modules=javafx.controls,java.logging,java.management
say "jlink --add-modules $modules"
"$jdk/bin/jlink" \
    --module-path "$(IFS=:; echo "${fx_jars[*]}")" \
    --add-modules "$modules" \
    --exclude-resources='/javafx.graphics/*.so' \
    --strip-debug --no-header-files --no-man-pages \
    --generate-cds-archive \
    --output "$work/runtime" >/dev/null
for jar in "${fx_jars[@]}"; do
    unzip -q -o -j "$jar" '*.so' -d "$work/runtime/lib/" 2>/dev/null || true
done
ls "$work/runtime/lib/libglass.so" >/dev/null || die "JavaFX native libraries missing from the runtime"

# ---- app image --------------------------------------------------------------------------------
# --name stancemap names the launcher; the folder is renamed to Stancemap afterwards (the launcher
# finds everything relative to itself).
# Name, version, vendor and icon: the same for the image and the .deb.
metadata=(--name stancemap --app-version "$version" --vendor "$vendor" --copyright "$copyright"
    --description "$description" --icon target/icons/stancemap.png)
# JVM options shared by every platform's package, then Linux's own (their reasons and figures are
# in the files).
jvm_options=()
while IFS= read -r line; do
    case "$line" in ''|'#'*) ;; *) jvm_options+=(--java-options "$line") ;; esac
done < <(cat "$root/packaging/jvm-options" "$root/packaging/linux/jvm-options")
say "jpackage --type app-image"
"$jdk/bin/jpackage" --type app-image \
    "${metadata[@]}" \
    "${jvm_options[@]}" \
    --runtime-image "$work/runtime" \
    --input "$work/input" \
    --main-jar stancemap.jar \
    --main-class org.stancemap.Main \
    --java-options '-XX:SharedArchiveFile=$APPDIR/stancemap.jsa' \
    --java-options '-Xshare:auto' \
    --dest "$work/image"
mv "$work/image/stancemap" "$image"
mkdir -p "$image/lib/cds"
cp "$here/make-cds-archive.sh" "$image/lib/cds/make-archive.sh"
chmod 755 "$image/lib/cds/make-archive.sh"

# ---- AppCDS -----------------------------------------------------------------------------------
# Record the classes that one real start (--smoke: window, first frame of the built-in
# explainer) and one --draft load, then dump them with the JDK classes into one static archive. The class list
# ships in the image (lib/cds/), so the .deb's postinst can make the archive again where the app
# gets installed: an archive only matches the jar paths it was made with.
appdir=$(cd "$image/lib/app" && pwd -P)
classpath=$(sed -n 's/^app\.classpath=//p' "$appdir/stancemap.cfg" | sed "s#\\\$APPDIR#$appdir#g" | paste -sd: -)
have_xvfb=0
if [ $want_cds = 1 ] || [ $want_check = 1 ]; then
    need xvfb-run xvfb && have_xvfb=1
fi
if [ $want_cds = 1 ]; then
    if [ $have_xvfb = 1 ]; then
        say "AppCDS: training runs (--smoke under xvfb-run, twice), then -Xshare:dump"
        # Two starts with folders of their own: the first draws the start sketch and keeps it as a
        # picture (and copies the fonts to the cache); the second shows that picture, as most
        # starts on a user's machine do, and its classes go into the archive too.
        home=$(pwd -P)/$work/cds-home   # absolute: the XDG variables are ignored otherwise
        rm -rf "$home"
        for start in first next; do
            timeout -k 10 $smoke_timeout env XDG_CONFIG_HOME="$home/config" \
                XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
                xvfb-run -a "$image/lib/runtime/bin/java" -Xshare:off \
                -XX:DumpLoadedClassList="$work/cds-$start.classlist" \
                -cp "$classpath" org.stancemap.Main --smoke >&2 </dev/null \
                || die "the AppCDS training run (--smoke, $start start) failed ($(failed_how $?))"
        done
        [ -f "$home/cache/stancemap/start-sketch.pixels" ] \
            || die "the first training start kept no picture of its sketch"
        # A second run drafts a short made-up article (--draft needs no display), so the
        # language-model classes are in the archive too: a cold --draft then needs about half
        # the CPU time (bench/README.md, "Drafting quality").
        say "AppCDS: training run (--draft on a sample article)"
        cat >"$work/cds-sample.txt" <<'SAMPLE'
Harbour plan divides the town council

Mayor Anna Berg said on Tuesday that the new harbour would bring jobs to the region. "This is the
most important decision in a generation," she told reporters after the vote.

The plan was criticised by the Green Party. Its leader, Tomas Lind, rejected the figures and said
the dredging would destroy the fishing grounds, according to the local radio station.
SAMPLE
        timeout -k 10 $smoke_timeout "$image/lib/runtime/bin/java" -Xshare:off \
            -XX:DumpLoadedClassList="$work/cds-draft.classlist" \
            -cp "$classpath" org.stancemap.Main --draft "$work/cds-sample.txt" --out "$work/cds-sample.stancemap.json" \
            >&2 </dev/null || die "the AppCDS training run (--draft) failed ($(failed_how $?))"
        # One list of all three: each class once, but each "@lambda-proxy" line as often as either run
        # wrote it. The JVM writes such a line once per lambda call site, and sites that make the
        # same lambda (one method reference used twice) write the same line; the archive keeps
        # one class per line, and a site left without one spins its class at every start.
        awk 'FNR == 1 { run++ }
             /^@lambda-proxy / { if (++times[run, $0] > kept[$0]) { kept[$0]++; print }; next }
             !seen[$0]++' "$work/cds-first.classlist" "$work/cds-next.classlist" "$work/cds-draft.classlist" \
            >"$work/cds-all.classlist"
        mv "$work/cds-all.classlist" "$image/lib/cds/stancemap.classlist"
        "$image/lib/cds/make-archive.sh" >"$work/cds-dump.log" 2>&1 \
            || { cat "$work/cds-dump.log" >&2; die "could not dump the CDS archive"; }
        say "AppCDS: $(grep -c . "$image/lib/cds/stancemap.classlist") classes, $(du -h "$image/lib/app/stancemap.jsa" | cut -f1)"
    else
        echo "build-image.sh: no xvfb-run, so no CDS archive (the image works, starts slower)" >&2
    fi
fi

# ---- checks -----------------------------------------------------------------------------------
if [ $want_check = 1 ]; then
    say "check: bin/stancemap --help"
    "$image/bin/stancemap" --help | grep -q '^Usage: stancemap' || die "--help did not print the usage"
    if [ $have_xvfb = 1 ]; then
        for extra in "" "$root/assets/explainers/paris-summit.stancemap.json"; do
            say "check: xvfb-run -a bin/stancemap --smoke $extra"
            out=$(timeout -k 10 $smoke_timeout xvfb-run -a "$image/bin/stancemap" --smoke ${extra:+"$extra"} 2>&1 </dev/null) \
                || { rc=$?; echo "$out" >&2; die "--smoke $extra failed ($(failed_how $rc))"; }
            echo "$out" | grep 'stancemap --smoke: first frame' >&2 || { echo "$out" >&2; die "--smoke printed no first frame"; }
            echo "$out" | grep 'stancemap --smoke: window ready' >&2 || { echo "$out" >&2; die "--smoke never had the live window ready"; }
        done
        if [ -f "$image/lib/app/stancemap.jsa" ]; then
            # the archive must really be taken (paths, sizes and JVM flags match)
            "$image/lib/runtime/bin/java" -Xshare:on \
                -XX:SharedArchiveFile="$appdir/stancemap.jsa" -cp "$classpath" org.stancemap.Main --help >/dev/null \
                || die "the CDS archive does not load (-Xshare:on failed)"
        fi
    else
        echo "build-image.sh: no xvfb-run, --smoke not checked" >&2
    fi
fi

# ---- .deb -------------------------------------------------------------------------------------
deb=""
if [ $want_deb = 1 ]; then
    if command -v dpkg-deb >/dev/null && need fakeroot fakeroot; then
        say "jpackage --type deb"
        # The archive in the image matches the image's paths only; the postinst makes the one for
        # /opt/stancemap. The deb is built from a copy without it.
        rm -rf "$work/deb-image" "$work/resources"
        cp -a "$image" "$work/deb-image"
        rm -f "$work/deb-image/lib/app/stancemap.jsa"
        mkdir -p "$work/resources"
        for f in postinst prerm stancemap.desktop; do
            sed 's#@INSTALL_DIR@#/opt/stancemap#g' "$here/deb/$f" >"$work/resources/$f"
        done
        chmod 755 "$work/resources/postinst" "$work/resources/prerm"
        "$jdk/bin/jpackage" --type deb \
            --app-image "$work/deb-image" \
            "${metadata[@]}" \
            --install-dir /opt \
            --resource-dir "$work/resources" \
            --file-associations "$here/stancemap-explainer.properties" \
            --linux-package-name stancemap \
            --linux-app-category education \
            --linux-menu-group Education \
            --linux-shortcut \
            --dest "$dist"
        deb=$(ls "$dist"/stancemap_*.deb)
    else
        echo "build-image.sh: no dpkg-deb/fakeroot, so no .deb" >&2
    fi
fi

echo
echo "app image: $root/$image  ($(du -sh "$image" | cut -f1); start: $root/$image/bin/stancemap)"
[ -n "$deb" ] && echo "deb:       $root/$deb  ($(du -h "$deb" | cut -f1); sudo apt install $root/$deb)"
exit 0
