# Production image of Pathways. It runs against an external PostgreSQL given by PATHWAYS_DB_URL,
# PATHWAYS_DB_USER and PATHWAYS_DB_PASSWORD; it carries no embedded database (that lives with the
# tests and the local launcher only). Not built on the development machines, which have no Docker
# engine: see the README.

# --- build: the WAR and the Payara Micro runtime, fetched by the build itself ---
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY .mvn .mvn
COPY pom.xml .
RUN mvn -B dependency:go-offline -DexcludeScope=test || true
COPY src src
RUN mvn -B -DskipTests -Dspotless.check.skip=true package

# --- run: a slim JRE 17 with the runnable Payara Micro jar, the WAR and the course packages ---
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system pathways \
 && useradd --system --gid pathways --home-dir /opt/pathways --shell /usr/sbin/nologin pathways
WORKDIR /opt/pathways
COPY --from=build /src/target/payara/payara-micro.jar payara-micro.jar
COPY --from=build /src/target/pathways.war pathways.war
COPY modules modules
COPY src/main/payara/pre-boot.asadmin pre-boot.asadmin
COPY src/main/payara/pre-boot-cluster.asadmin pre-boot-cluster.asadmin
COPY deploy/start.sh start.sh
RUN mkdir runtime && chown -R pathways:pathways /opt/pathways
USER pathways

ENV PORT=8080 \
    PATHWAYS_CONTENT_DIR=/opt/pathways/modules \
    JAVA_OPTS="-XX:MaxRAMPercentage=75"
# 8080: HTTP. 6900: the data grid (only with PATHWAYS_CLUSTER_DISCOVERY; keep it on a private network).
EXPOSE 8080 6900
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS "http://localhost:${PORT}/health/ready" > /dev/null || exit 1

# start.sh refuses to start without PATHWAYS_PUBLIC_URL (links in mail are built only from it,
# never from a request's Host header) and turns the PATHWAYS_CLUSTER_* settings into Payara Micro's
# grid options (none set: --nohazelcast, one instance), as ClusterSettings does for mvn -Prun.
ENTRYPOINT ["sh", "start.sh"]
