#!/bin/bash
# Entrypoint of the mariadb:11.8 stand-in. Like the official image's: the first start on an empty data
# directory creates the system tables, the root account, the healthcheck account, and the database and
# user named by MARIADB_* (or MYSQL_*, or their *_FILE forms), then runs /docker-entrypoint-initdb.d/*.
# A data directory that already holds a database is used as it is: the variables are then ignored.
set -eo pipefail
shopt -s nullglob

note() { printf '%s [Note] [Entrypoint]: %s\n' "$(date --rfc-3339=seconds)" "$*"; }
warn() { printf '%s [Warn] [Entrypoint]: %s\n' "$(date --rfc-3339=seconds)" "$*" >&2; }
fail() { printf '%s [ERROR] [Entrypoint]: %s\n' "$(date --rfc-3339=seconds)" "$*" >&2; exit 1; }

# read_setting NAME [ALIAS]: NAME, NAME_FILE, ALIAS, ALIAS_FILE, first one set wins; exported as NAME and ALIAS.
read_setting() {
  local name=$1 alias=$2 value= source
  for source in "$name" "$alias"; do
    [ -n "$source" ] || continue
    local file_var="${source}_FILE"
    if [ -n "${!source:-}" ] && [ -n "${!file_var:-}" ]; then fail "Both $source and $file_var are set (but are exclusive)"; fi
    if [ -n "${!source:-}" ]; then value=${!source}; break; fi
    if [ -n "${!file_var:-}" ]; then value=$(< "${!file_var}"); break; fi
  done
  export "$name=$value"
  [ -z "$alias" ] || export "$alias=$value"
}

# A value placed inside '...' in SQL: backslash, newline and quote escaped.
sql_string() {
  local text=${1//\\/\\\\}
  text=${text//$'\n'/\\n}
  printf '%s' "${text//\'/\\\'}"
}

# 32 characters; head ends the read itself, so pipefail never sees a SIGPIPE.
random_password() {
  local chars
  chars=$(head -c 512 /dev/urandom | tr -dc 'A-Za-z0-9_.,:;!?@%^*+-')
  printf '%s' "${chars:0:32}"
}

# server_option NAME mariadbd [ARGS...]: the value the server would use, from its config files and defaults.
server_option() {
  local name=$1
  shift
  "$@" --verbose --help 2> /dev/null | awk -v name="$name" '$1 == name && /^[^ \t]/ { print $2; exit }'
}

client() { mariadb --protocol=socket --socket="$SOCKET" -uroot "$@"; }

start_temporary_server() {
  "$@" --skip-networking --socket="$SOCKET" --default-time-zone=SYSTEM --wsrep_on=OFF --skip-log-bin \
    --expire-logs-days=0 --loose-innodb_buffer_pool_load_at_startup=0 &
  SERVER_PID=$!
  local i
  for i in {60..0}; do
    if MYSQL_PWD='' client -e 'SELECT 1' &> /dev/null; then return; fi
    kill -0 "$SERVER_PID" 2> /dev/null || fail 'The temporary server exited during initialization.'
    sleep 0.5
  done
  fail 'The temporary server did not start within 30 s.'
}

initialize() {
  read_setting MARIADB_ROOT_PASSWORD MYSQL_ROOT_PASSWORD
  read_setting MARIADB_ALLOW_EMPTY_ROOT_PASSWORD MYSQL_ALLOW_EMPTY_PASSWORD
  read_setting MARIADB_RANDOM_ROOT_PASSWORD MYSQL_RANDOM_ROOT_PASSWORD
  read_setting MARIADB_ROOT_HOST MYSQL_ROOT_HOST
  : "${MARIADB_ROOT_HOST:=%}"
  read_setting MARIADB_DATABASE MYSQL_DATABASE
  read_setting MARIADB_USER MYSQL_USER
  read_setting MARIADB_PASSWORD MYSQL_PASSWORD

  local unsupported
  for unsupported in MARIADB_ROOT_PASSWORD_HASH MARIADB_PASSWORD_HASH MARIADB_REPLICATION_USER MARIADB_MASTER_HOST; do
    local unsupported_file="${unsupported}_FILE"
    [ -z "${!unsupported:-}${!unsupported_file:-}" ] || fail "$unsupported is not supported by this stand-in image"
  done
  if [ -z "$MARIADB_ROOT_PASSWORD$MARIADB_ALLOW_EMPTY_ROOT_PASSWORD$MARIADB_RANDOM_ROOT_PASSWORD" ]; then
    fail $'Database is uninitialized and password option is not specified\n\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD'
  fi
  if [ "$MARIADB_USER" = root ]; then
    fail 'MARIADB_USER="root", MARIADB_USER and MARIADB_PASSWORD are for configuring a regular user and cannot be used for the root user'
  fi

  note 'Initializing database files'
  mariadb-install-db --datadir="$DATADIR" --auth-root-authentication-method=normal --skip-test-db \
    --cross-bootstrap --default-time-zone=SYSTEM --skip-log-bin --expire-logs-days=0 > /dev/null
  note 'Database files initialized'

  note 'Starting temporary server'
  start_temporary_server "$@"
  note 'Temporary server started.'

  if [ -n "$MARIADB_RANDOM_ROOT_PASSWORD" ]; then
    MARIADB_ROOT_PASSWORD=$(random_password)
    note "GENERATED ROOT PASSWORD: $MARIADB_ROOT_PASSWORD"
  fi
  local root_auth="IDENTIFIED BY '$(sql_string "$MARIADB_ROOT_PASSWORD")'"

  local sql="SET @@SESSION.SQL_LOG_BIN=0;
    SET @@SESSION.SQL_MODE=REPLACE(@@SESSION.SQL_MODE, 'NO_BACKSLASH_ESCAPES', '');
    DROP USER IF EXISTS root@'127.0.0.1', root@'::1';
    EXECUTE IMMEDIATE CONCAT('DROP USER IF EXISTS root@\'', @@hostname, '\'');
    ALTER USER root@localhost $root_auth;"
  if [ "$MARIADB_ROOT_HOST" != localhost ]; then
    sql+="CREATE USER root@'$MARIADB_ROOT_HOST' $root_auth;
      GRANT ALL ON *.* TO root@'$MARIADB_ROOT_HOST' WITH GRANT OPTION;
      GRANT PROXY ON ''@'%' TO root@'$MARIADB_ROOT_HOST' WITH GRANT OPTION;"
  fi

  # healthcheck.sh logs in with this account, from the file it reads in the data directory.
  local health_password host
  health_password=$(random_password)
  for host in 127.0.0.1 ::1 localhost; do
    sql+="CREATE USER healthcheck@'$host' IDENTIFIED BY '$(sql_string "$health_password")'; GRANT USAGE ON *.* TO healthcheck@'$host';"
  done
  (umask 077; printf '[mariadb-client]\nport=%s\nsocket=%s\nuser=healthcheck\npassword=%s\n' \
    "$PORT" "$SOCKET" "$health_password" > "$DATADIR/.my-healthcheck.cnf")

  if [ -n "$MARIADB_DATABASE" ]; then
    note "Creating database $MARIADB_DATABASE"
    sql+="CREATE DATABASE IF NOT EXISTS \`$MARIADB_DATABASE\`;"
  fi
  if [ -n "$MARIADB_USER" ] && [ -n "$MARIADB_PASSWORD" ]; then
    note "Creating user $MARIADB_USER"
    sql+="CREATE USER '$MARIADB_USER'@'%' IDENTIFIED BY '$(sql_string "$MARIADB_PASSWORD")';"
    if [ -n "$MARIADB_DATABASE" ]; then
      note "Giving user $MARIADB_USER access to schema $MARIADB_DATABASE"
      sql+="GRANT ALL ON \`${MARIADB_DATABASE//_/\\_}\`.* TO '$MARIADB_USER'@'%';"
    fi
  fi

  note 'Securing system users (equivalent to running mysql_secure_installation)'
  MYSQL_PWD='' client --database=mysql --binary-mode <<< "$sql"

  local file database=()
  [ -z "$MARIADB_DATABASE" ] || database=(--database="$MARIADB_DATABASE")
  for file in /docker-entrypoint-initdb.d/*; do
    case "$file" in
      *.sh) note "$0: running $file"; if [ -x "$file" ]; then "$file"; else . "$file"; fi ;;
      *.sql) note "$0: running $file"; MYSQL_PWD=$MARIADB_ROOT_PASSWORD client "${database[@]}" < "$file" ;;
      *.sql.gz) note "$0: running $file"; gunzip -c "$file" | MYSQL_PWD=$MARIADB_ROOT_PASSWORD client "${database[@]}" ;;
      *) warn "$0: ignoring $file" ;;
    esac
  done

  note 'Stopping temporary server'
  kill "$SERVER_PID"
  wait "$SERVER_PID"
  note 'Temporary server stopped'
  note 'MariaDB init process done. Ready for start up.'
}

# Options alone are options for the server.
if [ "${1:0:1}" = - ]; then set -- mariadbd "$@"; fi

if [ "$1" = mariadbd ] || [ "$1" = mysqld ]; then
  case " $* " in *' --help '* | *' --version '* | *' -V '* | *' -? '*) exec "$@" ;; esac
  DATADIR=$(server_option datadir "$@")
  SOCKET=$(server_option socket "$@")
  PORT=$(server_option port "$@")
  [ -n "$DATADIR" ] && [ -n "$SOCKET" ] || fail "mariadbd does not accept its configuration: $("$@" --verbose --help 2>&1 >/dev/null)"

  if [ "$(id -u)" = 0 ]; then
    note "Entrypoint script for MariaDB Server $(mariadbd --version | awk '{ print $3 }') (stand-in) started."
    # A bind-mounted or pre-existing directory may belong to someone else.
    mkdir -p "$DATADIR"
    find "$DATADIR" \! -user mysql -exec chown mysql:mysql '{}' +
    note "Switching to dedicated user 'mysql'"
    exec setpriv --reuid=mysql --regid=mysql --init-groups "${BASH_SOURCE[0]}" "$@"
  fi

  if [ -d "$DATADIR/mysql" ]; then
    note 'Database already initialized: using it as it is'
  else
    initialize "$@"
  fi
fi

exec "$@"
