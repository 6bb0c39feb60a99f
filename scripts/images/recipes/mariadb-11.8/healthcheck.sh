#!/bin/bash
# healthcheck.sh of the mariadb:11.8 stand-in, called the way the official image's is:
#   healthcheck.sh --connect --innodb_initialized
# Tests run in the order given; exit 0 when all pass. Without --connect, a connect test runs last, since
# the other tests can pass while the entrypoint's temporary server (no networking) is still running.
# Logs in as the healthcheck account the entrypoint wrote to <datadir>/.my-healthcheck.cnf.
set -Eeuo pipefail

datadir=/var/lib/mysql
defaults=()
connected=

client() {
  local config=("${defaults[@]}")
  if [ ${#config[@]} -eq 0 ] && [ -r "$datadir/.my-healthcheck.cnf" ]; then
    config=(--defaults-extra-file="$datadir/.my-healthcheck.cnf")
  fi
  mariadb "${config[@]}" --skip-ssl --skip-ssl-verify-server-cert --batch --skip-column-names "$@"
}

# The server takes TCP connections: the entrypoint's work is done and clients can come in.
connect() {
  local reply
  reply=$(client --protocol=socket -e 'SELECT @@skip_networking' 2> /dev/null || true)
  case "$reply" in
    0) connected=1; return 0 ;;
    1) return 1 ;;
  esac
  # No answer on the socket: try TCP. Refused is unhealthy; any login error means the server answered.
  reply=$(client --protocol=tcp -h localhost -e 'SELECT @@skip_networking' 2>&1 || true)
  case "$reply" in
    0 | 'ERROR '1[0-9][0-9][0-9]' '*) connected=1; return 0 ;;
    *) return 1 ;;
  esac
}

# InnoDB finished its start (and crash recovery): tables can be used.
innodb_initialized() {
  [ "$(client --protocol=socket -e "SELECT 1 FROM information_schema.ENGINES WHERE engine = 'InnoDB' AND support IN ('YES', 'DEFAULT', 'ENABLED')")" = 1 ]
}

innodb_buffer_pool_loaded() {
  [[ "$(client --protocol=socket -e "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'Innodb_buffer_pool_load_status'")" == *'load completed'* ]]
}

if [ $# -eq 0 ]; then
  echo 'At least one argument required' >&2
  exit 1
fi

while [ $# -gt 0 ]; do
  test=
  case "$1" in
    --su-mysql) shift; exec setpriv --reuid=mysql --regid=mysql --init-groups "${BASH_SOURCE[0]}" "$@" ;;
    --su=*) user=${1#*=}; shift; exec setpriv --reuid="$user" --regid="$user" --init-groups "${BASH_SOURCE[0]}" "$@" ;;
    --datadir=*) datadir=${1#*=} ;;
    --no-defaults) defaults=(--no-defaults) ;;
    --defaults-file=* | --defaults-extra-file=*) defaults=("$1") ;;
    --connect | --innodb_initialized | --innodb_buffer_pool_loaded) test=${1#--} ;;
    --*) echo "healthcheck unknown option or test '${1#--}' (this stand-in supports connect, innodb_initialized, innodb_buffer_pool_loaded)" >&2; exit 1 ;;
    *) echo "Unknown healthcheck option $1" >&2; exit 1 ;;
  esac
  if [ -n "$test" ] && ! "$test"; then
    echo "healthcheck $test failed" >&2
    exit 1
  fi
  shift
done

if [ -z "$connected" ] && ! connect; then
  echo 'healthcheck connect failed' >&2
  exit 1
fi
