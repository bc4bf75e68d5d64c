# Makes `java` and `mvn` in this shell use a JDK 21 or later (Jena 6 needs Java 21). Source it, don't run it:
#     . .ci/java21.sh
# Keeps the JDK already chosen (JAVA_HOME, else the `java` on PATH) when it is 21 or later; otherwise picks the
# newest JDK 21+ under /usr/lib/jvm. Either way it exports JAVA_HOME and puts its bin first on PATH. When there
# is none it says so in one sentence on stderr and returns 1. Used by .ci/run and by the README's quick start.

# The feature version (17, 21, 25, ...) of the JDK in the folder $1, or nothing when $1 holds no JDK (java and javac).
ogp_jdk_version() {
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*$/\1/p'
}

# The JDK 21+ to use, or nothing.
ogp_jdk21() {
    local current="" candidate version best="" best_version=0
    if [ -n "${JAVA_HOME:-}" ]; then
        current=$JAVA_HOME
    elif command -v java >/dev/null 2>&1; then
        current=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    fi
    version=""
    if [ -n "$current" ]; then
        version=$(ogp_jdk_version "$current")
    fi
    if [ "${version:-0}" -ge 21 ]; then
        echo "$current"
        return 0
    fi
    for candidate in /usr/lib/jvm/*; do
        version=$(ogp_jdk_version "$candidate")
        if [ "${version:-0}" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
            best=$candidate
            best_version=$version
        fi
    done
    echo "$best"
}

ogp_jdk=$(ogp_jdk21)
unset -f ogp_jdk_version ogp_jdk21
if [ -n "$ogp_jdk" ]; then
    export JAVA_HOME=$ogp_jdk
    export PATH="$JAVA_HOME/bin:$PATH"
    unset ogp_jdk
else
    unset ogp_jdk
    echo "ogp-lod needs a JDK 21 or later, and neither JAVA_HOME, the java on PATH nor /usr/lib/jvm has one." >&2
    return 1 2>/dev/null || exit 1
fi
