#!/usr/bin/env bash
# The tests' own Docker Engine: a second dockerd with its own data root, socket and network namespace, so
# the tests never see (or remove) the reader's containers, volumes and images, and `localhost:3000` in a
# page means the page's app, whatever the reader runs on their own port 3000.
#
#   box.sh start [NAME]             start it (idempotent); the data root persists, so images stay between runs
#   box.sh stop [NAME]              stop dockerd and remove the namespace and its network plumbing
#   box.sh exec [NAME] -- CMD...    run CMD inside the namespace, with DOCKER_HOST pointing at the box
#   box.sh status [NAME]            exit 0 when it answers
#   box.sh host [NAME]              print its DOCKER_HOST
#
# NAME defaults to $DOCKER101_BOX or "docker101". Linux and root only (network namespaces, a dockerd).
set -euo pipefail

cmd="${1:-}"
shift || true
name="${DOCKER101_BOX:-docker101}"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then name="$1"; shift; fi
[ "${1:-}" = "--" ] && shift

log() { printf 'box %s: %s\n' "$name" "$*" >&2; }
fail() { log "$*"; exit 1; }

[[ "$name" =~ ^[a-z0-9][a-z0-9-]{0,30}$ ]] || fail "a box name is lower-case letters, digits and dashes"
run_dir="/run/docker101/$name"
data_root="/var/lib/docker101/$name"
socket="$run_dir/docker.sock"
export_host="unix://$socket"
netns_file="/run/netns/$name"
dockerd_log="/var/log/docker101-$name.log"
tag="docker101:$name"

answers() { DOCKER_HOST="$export_host" docker info >/dev/null 2>&1; }

require_root() {
  [ "$(uname -s)" = Linux ] || fail "needs Linux (network namespaces); this is $(uname -s)"
  [ "$(id -u)" -eq 0 ] || fail "needs root to make a network namespace and start dockerd"
  command -v dockerd >/dev/null || fail "dockerd is not installed (bash scripts/engine.sh installs it on Debian)"
}

# A /30 of 10.201.0.0/16 no other box uses; the number also names the two ends of the veth pair.
pick_net() {
  if [ -r "$run_dir/net" ]; then cat "$run_dir/net"; return; fi
  for n in $(seq 1 250); do
    if ! ip link show "d101h$n" >/dev/null 2>&1 && ! grep -qx "$n" /run/docker101/*/net 2>/dev/null; then
      echo "$n"; return
    fi
  done
  fail "no free 10.201.N.0/30 for a box's network"
}

nat_rules() {
  local n="$1" op="$2"
  iptables -t nat "$op" POSTROUTING -s "10.201.$n.0/30" -j MASQUERADE -m comment --comment "$tag"
  # The reader's dockerd sets FORWARD's policy to DROP; the box's traffic passes anyway.
  iptables "$op" FORWARD -i "d101h$n" -j ACCEPT -m comment --comment "$tag"
  iptables "$op" FORWARD -o "d101h$n" -j ACCEPT -m comment --comment "$tag"
}

start() {
  require_root
  if answers; then return 0; fi
  mkdir -p "$run_dir" "$data_root"
  # A pid file left by a daemon that is gone (killed, or exited and not yet reaped) would stop dockerd starting.
  if [ -r "$run_dir/dockerd.pid" ] && ! alive "$(cat "$run_dir/dockerd.pid")"; then rm -f "$run_dir/dockerd.pid"; fi
  # Boxes started at the same moment must not pick the same network: one at a time picks and plumbs.
  exec 9>/run/docker101/.net.lock
  flock 9
  local n
  n="$(pick_net)"
  echo "$n" > "$run_dir/net"
  if [ ! -e "$netns_file" ]; then
    ip netns add "$name"
  fi
  if ! ip link show "d101h$n" >/dev/null 2>&1; then
    ip link add "d101h$n" type veth peer name "d101n$n"
    ip link set "d101n$n" netns "$name"
    ip addr add "10.201.$n.1/30" dev "d101h$n"
    ip link set "d101h$n" up
    ip netns exec "$name" ip addr add "10.201.$n.2/30" dev "d101n$n"
    ip netns exec "$name" ip link set "d101n$n" up
    ip netns exec "$name" ip link set lo up
    ip netns exec "$name" ip route add default via "10.201.$n.1"
    sysctl -qw net.ipv4.ip_forward=1
    nat_rules "$n" -C 2>/dev/null || nat_rules "$n" -I
  fi
  flock -u 9
  exec 9>&-
  # nsenter joins only the network namespace: dockerd keeps the host's /sys and cgroups. In a mount namespace of its
  # own, the box's data root sits at the usual /var/lib/docker, so what pages print (volume mount points, `docker
  # info`) reads as on a reader's machine, while the reader's own /var/lib/docker stays out of the box's sight.
  mkdir -p /var/lib/docker
  # In a session of its own: Ctrl-C or a kill of the run that started it must not reach the daemon, which the run
  # still needs to remove what it made.
  setsid nohup nsenter --net="$netns_file" unshare --mount --propagation slave sh -c '
    mount --bind "$1" /var/lib/docker && shift && exec dockerd --data-root /var/lib/docker "$@"' box-dockerd \
    "$data_root" --exec-root "$run_dir/exec" --pidfile "$run_dir/dockerd.pid" \
    --host "$export_host" --containerd-namespace "docker101-$name" \
    --containerd-plugins-namespace "docker101-$name-plugins" >"$dockerd_log" 2>&1 &
  for _ in $(seq 1 120); do
    if answers; then return 0; fi
    sleep 0.25
  done
  log "dockerd did not answer within 30 s; last lines of $dockerd_log:"
  tail -n 20 "$dockerd_log" >&2
  exit 1
}

# The daemon's parent is the machine's init, which may reap it late: an exited daemon not yet reaped (a zombie)
# counts as gone, or stop would wait out its 30 s for it and start would refuse its pid file.
alive() { [ -r "/proc/$1/stat" ] && [ "$(sed 's/.*) //' "/proc/$1/stat" | cut -d' ' -f1)" != Z ]; }

stop() {
  require_root
  if [ -r "$run_dir/dockerd.pid" ]; then
    local pid
    pid="$(cat "$run_dir/dockerd.pid")"
    if kill "$pid" 2>/dev/null; then
      for _ in $(seq 1 120); do alive "$pid" || break; sleep 0.25; done
      if alive "$pid"; then
        kill -KILL "$pid" 2>/dev/null || true
        for _ in $(seq 1 20); do alive "$pid" || break; sleep 0.25; done
      fi
    fi
    rm -f "$run_dir/dockerd.pid"
  fi
  if [ -r "$run_dir/net" ]; then
    local n
    n="$(cat "$run_dir/net")"
    while nat_rules "$n" -C 2>/dev/null; do nat_rules "$n" -D; done
    ip link del "d101h$n" 2>/dev/null || true
    rm -f "$run_dir/net"
  fi
  [ -e "$netns_file" ] && ip netns del "$name"
  return 0
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  status) answers ;;
  host) echo "$export_host" ;;
  exec)
    [ $# -gt 0 ] || fail "usage: box.sh exec [NAME] -- CMD..."
    answers || fail "is not running (box.sh start $name)"
    exec nsenter --net="$netns_file" env DOCKER_HOST="$export_host" "$@"
    ;;
  *) echo "usage: box.sh start|stop|exec|status|host [NAME] [-- CMD...]" >&2; exit 2 ;;
esac
