#!/usr/bin/env bash
# What the platforms chapter needs from the machine to run arm64 containers under emulation: the kernel's
# binfmt_misc filesystem mounted at /proc/sys/fs/binfmt_misc, as systemd does at boot on most distributions.
# The emulators themselves come in the tonistiigi/binfmt image (scripts/images/recipes/tonistiigi-binfmt), which
# the page runs to register them. On kernels since 6.7, entries registered through a mount vanish with the last
# mount, so without this one the page's `--install arm64` reports OK and leaves nothing behind.
#
#   bash scripts/engine/emulation.sh          mount it if needed (idempotent; Linux, root)
#   bash scripts/engine/emulation.sh check    exit 0 when it is mounted
set -euo pipefail

mount_point=/proc/sys/fs/binfmt_misc

log() { printf 'emulation: %s\n' "$*" >&2; }

mounted() { [ -e "$mount_point/status" ]; }

case "${1:-}" in
  check)
    mounted
    exit
    ;;
  "") ;;
  *)
    echo "usage: emulation.sh [check]" >&2
    exit 2
    ;;
esac

if mounted; then
  exit 0
fi
[ "$(uname -s)" = Linux ] || { log "binfmt_misc is Linux only; this is $(uname -s)"; exit 1; }
[ "$(id -u)" -eq 0 ] || { log "mounting binfmt_misc needs root"; exit 1; }
if ! grep -qw binfmt_misc /proc/filesystems; then
  modprobe binfmt_misc 2>/dev/null || { log "this kernel has no binfmt_misc; arm64 containers cannot be emulated"; exit 1; }
fi
mount -t binfmt_misc binfmt_misc "$mount_point"
log "mounted binfmt_misc at $mount_point"
