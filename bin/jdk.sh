# Sourced by ./kroniek, ./run-tests and .ci/run: points JAVA_HOME at a JDK >= 21.
# JAVA_HOME wins when it is new enough; otherwise the newest JDK >= 21 in the system's JVM directories.
# (The default `java` on many machines is 17, which Lucene 10 and kroniek cannot use.)

kroniek_java_major() {
    "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1") ? v[2] : v[1]; exit }'
}

kroniek_find_jdk() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        major=$(kroniek_java_major "$JAVA_HOME")
        if [ "${major:-0}" -ge 21 ] 2>/dev/null; then
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -x "$candidate/bin/javac" ] || continue
        major=$(kroniek_java_major "$candidate")
        if [ "${major:-0}" -gt "$best_major" ] 2>/dev/null; then
            best="$candidate"
            best_major="$major"
        fi
    done
    if [ "$best_major" -lt 21 ]; then
        echo "kroniek: needs a JDK >= 21 (found ${best_major:-none}); install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME" >&2
        return 1
    fi
    export JAVA_HOME="$best"
}

kroniek_find_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
# Maven itself touches sun.misc.Unsafe; newer JDKs warn about it on every run unless told it is allowed.
if [ "$(kroniek_java_major "$JAVA_HOME")" -ge 24 ]; then
    case " ${MAVEN_OPTS:-} " in
        *sun-misc-unsafe-memory-access*) ;;
        *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
fi
