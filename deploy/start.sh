#!/bin/sh
# The container image's entrypoint: checks the settings and starts Payara Micro with the WAR.
# The PATHWAYS_CLUSTER_* settings become the same Payara Micro options as ClusterSettings makes
# for `mvn -Prun` and `mvn -Pcluster` (ClusterStartScriptTest compares them):
#   unset PATHWAYS_CLUSTER_DISCOVERY: --nohazelcast (one instance);
#   set: --clustermode DISCOVERY --clustername NAME-HASH --startport PORT [--interfaces ...]
#        [--hzpublicaddress ...], with HASH the first 16 hex digits of
#        SHA-256(NAME ":" PASSWORD), and heartbeat JVM options.
# `start.sh --print-options` prints the JVM options, then the Payara Micro options, one a line.
# The password is never printed or logged (the grid name carries only part of its hash).
set -eu

fail() {
  echo "Cannot start: $*" >&2
  exit 2
}

trim() { printf '%s' "$1" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//'; }
discovery=$(trim "${PATHWAYS_CLUSTER_DISCOVERY:-}")
name=$(trim "${PATHWAYS_CLUSTER_NAME:-}")
name=${name:-pathways}
password=${PATHWAYS_CLUSTER_PASSWORD:-}
port=$(trim "${PATHWAYS_CLUSTER_PORT:-}")
port=${port:-6900}
interfaces=$(trim "${PATHWAYS_CLUSTER_INTERFACES:-}")
public_address=$(trim "${PATHWAYS_CLUSTER_PUBLIC_ADDRESS:-}")

# Options one a line; no value below can hold a newline or a space.
jvm_options=
options=
add() { options="$options$1
"; }

if [ -z "$discovery" ]; then
  add --nohazelcast
else
  case "$discovery" in
    multicast*)
      fail "PATHWAYS_CLUSTER_DISCOVERY cannot be multicast: it sends the grid's packets to the whole network. List the members instead (tcpip:HOST1:PORT,HOST2:PORT) or name them in DNS (dns:NAME:PORT)." ;;
    *[[:space:]]*) bad_discovery=yes ;;
    tcpip:?*|dns:?*) bad_discovery= ;;
    *) bad_discovery=yes ;;
  esac
  case "${bad_discovery:-}" in
    '') ;;
    *)
      fail "PATHWAYS_CLUSTER_DISCOVERY must be tcpip:HOST1:PORT,HOST2:PORT (the members' addresses) or dns:NAME:PORT (a name that resolves to every member), not \"$discovery\"; leave it unset to run a single instance." ;;
  esac
  if ! printf '%s' "$name" | grep -Eq '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$'; then
    fail "PATHWAYS_CLUSTER_NAME must be 1 to 63 letters, digits, dots, dashes or underscores, starting with a letter or digit, not \"$name\"."
  fi
  if [ -z "$password" ]; then
    fail "PATHWAYS_CLUSTER_PASSWORD is required when PATHWAYS_CLUSTER_DISCOVERY is set: give every member the same secret of at least 16 characters (for example from openssl rand -base64 24)."
  fi
  if [ "${#password}" -lt 16 ]; then
    fail "PATHWAYS_CLUSTER_PASSWORD is too short: use at least 16 characters, the same on every member (for example from openssl rand -base64 24)."
  fi
  case "$port" in
    ''|*[!0-9]*) bad_port=yes ;;
    *) if [ "$port" -ge 1 ] && [ "$port" -le 65535 ]; then bad_port=; else bad_port=yes; fi ;;
  esac
  if [ -n "$bad_port" ]; then
    fail "PATHWAYS_CLUSTER_PORT must be a port number from 1 to 65535 (the grid's first port, 6900 by default), not \"$port\"."
  fi
  hash=$(printf '%s:%s' "$name" "$password" | sha256sum | cut -c1-16)
  jvm_options="-Dhazelcast.max.no.heartbeat.seconds=15
-Dhazelcast.heartbeat.interval.seconds=2
-Dhazelcast.merge.first.run.delay.seconds=10
-Dhazelcast.merge.next.run.delay.seconds=10
"
  add --clustermode
  add "$discovery"
  add --clustername
  add "$name-$hash"
  add --startport
  add "$port"
  case "$interfaces$public_address" in
    *[[:space:]]*) fail "PATHWAYS_CLUSTER_INTERFACES and PATHWAYS_CLUSTER_PUBLIC_ADDRESS must be addresses without spaces." ;;
  esac
  if [ -n "$interfaces" ]; then add --interfaces; add "$interfaces"; fi
  if [ -n "$public_address" ]; then add --hzpublicaddress; add "$public_address"; fi
fi

if [ "${1:-}" = "--print-options" ]; then
  printf '%s%s' "$jvm_options" "$options"
  exit 0
fi

# Links in mail are built only from PATHWAYS_PUBLIC_URL (never from a request's Host header): the
# image does not start without it.
if [ -z "${PATHWAYS_PUBLIC_URL:-}" ]; then
  fail "set PATHWAYS_PUBLIC_URL to the address people use, such as https://pathways.example.org (links in mail are built from it)."
fi

# Alone, sessions stay in memory; in a grid, Payara keeps them there (pre-boot-cluster.asadmin).
if [ -z "$discovery" ]; then preboot=pre-boot.asadmin; else preboot=pre-boot-cluster.asadmin; fi

# Split on blanks and newlines, never expanding a pattern (an interface may be 10.0.1.*): none of
# the values above holds a blank, and JAVA_OPTS is a list of options, as before.
set -f
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} $jvm_options -jar payara-micro.jar --deploy pathways.war --contextroot / \
  --port "${PORT:-8080}" --rootdir runtime --prebootcommandfile "$preboot" --disablephonehome \
  $options
