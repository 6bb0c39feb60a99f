#!/usr/bin/env bash
# Builds a stand-in for debian:trixie-slim from Debian's own mirror: debootstrap a minbase system,
# configure and slim it the way the official image (debuerreotype) does, then `docker import` it.
# Usage: build.sh <image> <label>...   (labels as key=value, added to the imported image)
set -euo pipefail

image="${1:?usage: build.sh <image> [key=value label]...}"
shift
suite=trixie
# The machine's own Debian mirrors (and apt proxy), as its apt uses them.
eval "$(npx --no-install tsx "$(dirname "$0")/../../../engine/apt-mirror.ts")"
mirror="$DEBIAN_MIRROR"
eval "$(apt-config shell http_proxy Acquire::http::Proxy)"
[ -n "${http_proxy:-}" ] && export http_proxy

fail() { printf 'debian-trixie-slim: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "debootstrap needs root; run as root or give the engine a real debian:trixie-slim"
if ! command -v debootstrap >/dev/null 2>&1; then
  [ -r /etc/debian_version ] || fail "debootstrap is missing and this host is not Debian; install debootstrap"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

rootfs="$(mktemp -d /tmp/debian-trixie-slim.XXXXXX)"
cleanup() {
  # debootstrap mounts /proc and /sys inside the target; never delete through a mount.
  umount -R "$rootfs/proc" "$rootfs/sys" 2>/dev/null || true
  rm -rf --one-file-system "$rootfs"
}
trap cleanup EXIT

debootstrap --variant=minbase "$suite" "$rootfs" "$mirror"
in_root() { chroot "$rootfs" "$@"; }

# Sources laid out as the official image lists them (deb822), with updates and security, from this machine's mirrors.
rm -f "$rootfs/etc/apt/sources.list"
cat > "$rootfs/etc/apt/sources.list.d/debian.sources" <<SOURCES
Types: deb
URIs: $mirror
Suites: $suite $suite-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $DEBIAN_SECURITY_MIRROR
Suites: $suite-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES

# Container-friendly apt and dpkg settings, as in the official image.
printf '#!/bin/sh\n# Services do not start during docker build.\nexit 101\n' > "$rootfs/usr/sbin/policy-rc.d"
chmod 0755 "$rootfs/usr/sbin/policy-rc.d"
echo 'force-unsafe-io' > "$rootfs/etc/dpkg/dpkg.cfg.d/docker-apt-speedup"
echo 'Apt::AutoRemove::SuggestsImportant "false";' > "$rootfs/etc/apt/apt.conf.d/docker-autoremove-suggests"
apt_clean='"rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true";'
cat > "$rootfs/etc/apt/apt.conf.d/docker-clean" <<CLEAN
DPkg::Post-Invoke { $apt_clean };
APT::Update::Post-Invoke { $apt_clean };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
CLEAN
echo 'Acquire::GzipIndexes "true";' > "$rootfs/etc/apt/apt.conf.d/docker-gzip-indexes"
echo 'Acquire::Languages "none";' > "$rootfs/etc/apt/apt.conf.d/docker-no-languages"

# The "slim" part: drop docs, man pages and locales now, and tell dpkg to keep them out later.
excludes=('/usr/share/doc/*' '/usr/share/info/*' '/usr/share/linda/*' '/usr/share/lintian/overrides/*'
          '/usr/share/locale/*' '/usr/share/man/*')
includes=('/usr/share/doc/*/copyright' '/usr/share/locale/locale.alias')
{
  echo '# Slim variant: files normally unneeded in containers are excluded and kept out.'
  for path in "${excludes[@]}"; do echo "path-exclude $path"; done
  for path in "${includes[@]}"; do echo "path-include $path"; done
} > "$rootfs/etc/dpkg/dpkg.cfg.d/docker"
for dir in /usr/share/doc /usr/share/info /usr/share/linda /usr/share/lintian/overrides \
           /usr/share/locale /usr/share/man; do
  [ -d "$rootfs$dir" ] || continue
  # Inside the chroot, so absolute symlinks resolve in the new system, not on the host.
  in_root find "$dir" -mindepth 1 -not \( -type d -o -type l \) \
    -not \( -path '/usr/share/doc/*/copyright' -o -path /usr/share/locale/locale.alias \) -delete
  in_root find "$dir" -mindepth 1 -depth \( -xtype l -o -type d -empty \) -delete
done

# Everything in minbase is essential or a dependency of it: mark all automatic, as the official image does.
in_root apt-mark auto '.*' >/dev/null

# Leave nothing of the host or of this build behind (docker mounts its own hostname and resolv.conf).
echo 'localhost' > "$rootfs/etc/hostname"
: > "$rootfs/etc/resolv.conf"
: > "$rootfs/etc/machine-id"
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/apt/archives/*.deb \
       "$rootfs"/var/log/dpkg.log "$rootfs"/var/log/bootstrap.log "$rootfs"/var/log/alternatives.log \
       "$rootfs"/var/log/apt/* "$rootfs"/var/cache/ldconfig/aux-cache "$rootfs"/tmp/* "$rootfs/debootstrap"
mkdir -p "$rootfs/var/lib/apt/lists/partial"

changes=(-c 'CMD ["bash"]')
for label in "$@"; do changes+=(-c "LABEL $label"); done
tar --numeric-owner --xattrs -C "$rootfs" --exclude='./proc/*' --exclude='./sys/*' --exclude='./dev/*' -c . \
  | docker import "${changes[@]}" - "$image"
