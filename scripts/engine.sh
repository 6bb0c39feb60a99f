#!/usr/bin/env bash
# Makes sure a Docker Engine with compose v2 and BuildKit answers, installing one on Debian when none does.
# A second run with the engine up is a no-op: the first check below returns at once.
set -euo pipefail

log() { printf 'engine: %s\n' "$*"; }

if docker info >/dev/null 2>&1; then
  log "Docker Engine $(docker version -f '{{.Server.Version}}') already answers; nothing to do"
  exit 0
fi

if [ ! -r /etc/debian_version ] || [ "$(id -u)" -ne 0 ]; then
  cat >&2 <<'MSG'
engine: no Docker Engine answers, and this script installs one only on Debian as root.
engine: install Docker Engine 25+ with the compose v2 and buildx plugins
engine: (https://docs.docker.com/engine/install/), start it, and run this again.
MSG
  exit 1
fi

if ! command -v dockerd >/dev/null 2>&1 || ! docker compose version >/dev/null 2>&1 \
   || ! docker buildx version >/dev/null 2>&1; then
  # bookworm's engine is too old for compose v2 and BuildKit; trixie's installs without a libc upgrade
  # when only these packages come from it and the rest of trixie stays at low priority.
  # The same Debian mirror this machine's apt already uses (a company mirror or proxy keeps working).
  eval "$(npx --no-install tsx "$(dirname "$0")/engine/apt-mirror.ts")"
  log "installing Docker Engine, compose v2 and buildx from Debian trixie (pinned low) via $DEBIAN_MIRROR"
  cat > /etc/apt/sources.list.d/trixie.sources <<SRC
Types: deb
URIs: $DEBIAN_MIRROR
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  cat > /etc/apt/preferences.d/trixie-pin <<'PIN'
Package: *
Pin: release n=trixie
Pin-Priority: 100
PIN
  apt-get update -qq
  apt-get install -y -qq docker.io/trixie docker-cli/trixie docker-compose/trixie \
    docker-buildx/trixie containerd/trixie >/dev/null
fi

log "starting dockerd (log: /var/log/dockerd.log)"
nohup dockerd >/var/log/dockerd.log 2>&1 &

for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then
    log "Docker Engine $(docker version -f '{{.Server.Version}}') is up;" \
        "$(docker compose version --short | sed 's/^/compose v/'), buildx $(docker buildx version | awk '{print $2}')"
    exit 0
  fi
  sleep 0.5
done
echo "engine: dockerd did not answer within 30 s; last lines of /var/log/dockerd.log:" >&2
tail -n 20 /var/log/dockerd.log >&2
exit 1
