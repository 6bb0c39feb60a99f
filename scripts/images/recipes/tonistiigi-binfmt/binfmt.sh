#!/bin/bash
# The stand-in's command, with tonistiigi/binfmt's flags and output: --install registers this image's QEMU
# emulators with the kernel's binfmt_misc (flag F: the kernel keeps the emulator open, so it still works
# after this container is gone), --uninstall removes them, and both end by printing the status as JSON.
#   docker run --privileged --rm tonistiigi/binfmt [--install arm64,arm|all] [--uninstall qemu-aarch64]
set -euo pipefail

mount_point=/proc/sys/fs/binfmt_misc
to_install=""
to_uninstall=""
while [ $# -gt 0 ]; do
  case "$1" in
    --install|-install) to_install="${2:-}"; shift 2 ;;
    --install=*|-install=*) to_install="${1#*=}"; shift ;;
    --uninstall|-uninstall) to_uninstall="${2:-}"; shift 2 ;;
    --uninstall=*|-uninstall=*) to_uninstall="${1#*=}"; shift ;;
    --version|-version) echo "binfmt/stand-in qemu/$(qemu-aarch64 --version | sed -n '1s/.*version \([^ ]*\).*/\1/p')" >&2; exit 0 ;;
    *) echo "flag provided but not defined: $1" >&2; exit 2 ;;
  esac
done

log() { echo "$*" >&2; }

# Docker's architecture names and the QEMU emulator for each.
declare -A qemu_for=([amd64]=x86_64 [arm64]=aarch64 [arm]=arm)

if [ ! -e "$mount_point/status" ]; then
  mount -t binfmt_misc binfmt_misc "$mount_point" || { log "error: cannot mount binfmt_misc filesystem at $mount_point"; exit 1; }
  trap 'umount "$mount_point" 2>/dev/null || true' EXIT
fi

native_arch() {
  case "$(uname -m)" in
    x86_64) echo amd64 ;;
    aarch64) echo arm64 ;;
    armv7l|armv6l) echo arm ;;
    *) uname -m ;;
  esac
}

install_one() {
  local arch="${1#linux/}"
  arch="${arch%%/*}"
  local cpu="${qemu_for[$arch]:-}"
  if [ -z "$cpu" ]; then log "installing: $arch unsupported architecture: $arch"; return; fi
  local conf="/usr/share/qemu/binfmt.d/qemu-$cpu.conf"
  # Debian's line is :name:type:offset:magic:mask:interpreter:flags; keep its magic and mask.
  local magic mask
  magic="$(cut -d: -f5 "$conf")"
  mask="$(cut -d: -f6 "$conf")"
  if [ -e "$mount_point/qemu-$cpu" ]; then log "installing: $arch qemu-$cpu already registered"; return; fi
  if printf ':qemu-%s:M:0:%s:%s:/usr/bin/qemu-%s:CF' "$cpu" "$magic" "$mask" "$cpu" > "$mount_point/register" 2>/dev/null; then
    log "installing: $arch OK"
  else
    log "installing: $arch cannot register \"/usr/bin/qemu-$cpu\" to $mount_point/register"
  fi
}

uninstall_one() {
  local name="$1" arch="${1#linux/}"
  [ -n "${qemu_for[${arch%%/*}]:-}" ] && name="${qemu_for[${arch%%/*}]}"
  local entry
  for entry in "$mount_point"/*; do
    case "${entry##*/}" in register|status|WSLInterop) continue ;; esac
    if [ "${entry##*/}" = "$name" ] || [[ "${entry##*/}" == *-"$name" ]]; then
      echo -1 > "$entry"
      log "uninstalling: ${entry##*/} OK"
      return
    fi
  done
  log "uninstalling: $name not found"
}

# The platforms this kernel runs, in BuildKit's order: native (with amd64's microarchitecture levels), then the
# others, natively (386 on amd64) or through an enabled emulator.
supported_platforms() {
  local native flags
  native="$(native_arch)"
  echo "linux/$native"
  if [ "$native" = amd64 ]; then
    flags=" $(grep -m1 '^flags' /proc/cpuinfo | cut -d: -f2) "
    has() { local f; for f in "$@"; do [[ "$flags" == *" $f "* ]] || return 1; done; }
    if has cx16 lahf_lm popcnt sse4_1 sse4_2 ssse3; then
      echo linux/amd64/v2
      if has avx avx2 bmi1 bmi2 f16c fma abm movbe xsave; then
        echo linux/amd64/v3
        if has avx512f avx512bw avx512cd avx512dq avx512vl; then echo linux/amd64/v4; fi
      fi
    fi
  fi
  enabled() { [ -r "$mount_point/qemu-$1" ] && head -n1 "$mount_point/qemu-$1" | grep -qx enabled; }
  if [ "$native" != amd64 ] && enabled x86_64; then echo linux/amd64; fi
  if [ "$native" != arm64 ] && enabled aarch64; then echo linux/arm64; fi
  if [ "$native" = amd64 ]; then echo linux/386; fi
  if [ "$native" != arm ] && enabled arm; then echo linux/arm/v7; echo linux/arm/v6; fi
}

# As Go's json.MarshalIndent prints a list, and null for none.
json_list() {
  [ $# -gt 0 ] || { printf 'null'; return; }
  local item sep=''
  printf '['
  for item in "$@"; do printf '%s\n    "%s"' "$sep" "$item"; sep=','; done
  printf '\n  ]'
}

if [ -n "$to_uninstall" ]; then
  IFS=, read -ra names <<< "$to_uninstall"
  for name in "${names[@]}"; do uninstall_one "$name"; done
fi
if [ -n "$to_install" ]; then
  if [ "$to_install" = all ]; then
    native="$(native_arch)"
    archs=()
    for arch in amd64 arm64 arm; do [ "$arch" = "$native" ] || archs+=("$arch"); done
  else
    IFS=, read -ra archs <<< "$to_install"
  fi
  for arch in "${archs[@]}"; do install_one "$arch"; done
fi

mapfile -t supported < <(supported_platforms)
emulators=()
for entry in "$mount_point"/*; do
  case "${entry##*/}" in register|status) continue ;; esac
  if head -n1 "$entry" | grep -qx enabled; then emulators+=("${entry##*/}"); fi
done
printf '{\n  "supported": %s,\n  "emulators": %s\n}\n' "$(json_list "${supported[@]}")" "$(json_list "${emulators[@]}")"
