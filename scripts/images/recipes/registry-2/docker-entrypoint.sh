#!/bin/sh
set -e

# As in the official image: a config file argument means `registry serve <file>`.
case "$1" in
    *.yaml|*.yml) set -- registry serve "$@" ;;
    serve|garbage-collect|help|-*) set -- registry "$@" ;;
esac

exec "$@"
