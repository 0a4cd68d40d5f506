#!/usr/bin/env bash
# Fills an empty registry database with invented persons and everything about them (org.rightsregistry.perf.Generator):
#   src/test/scripts/generate.sh [--url JDBC_URL] [--persons N] [--seed S] [--threads T] [--user U] [--password P]
# Defaults: jdbc:postgresql://127.0.0.1:5432/registry, 1 000 000 persons, seed 20261129, 2 threads. The database must
# exist and hold no persons; the schema is migrated first. An H2 URL works too
# (jdbc:h2:file:./data/registry;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE). Needs only Java 17 and ./mvnw.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
CP_FILE=target/perf-classpath.txt
if [ ! -f "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ] || [ -n "$(find src/test/java/org/rightsregistry/perf src/test/java/org/rightsregistry/search/GeneratedKeys.java src/main -newer "$CP_FILE" -print -quit)" ]; then
  ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
fi
exec java -Xmx${GENERATOR_HEAP:-1g} -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" org.rightsregistry.perf.Generator "$@"
