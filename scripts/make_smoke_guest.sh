#!/usr/bin/env bash
# Makes resources/smoke/guest-ext4.raw.xz: a 4 MiB RAW disk (MBR, one ext4 partition holding an
# /etc/os-release) that `imageimporter --smoke-test` inspects, so that a bundle missing the
# filesystem libraries fails its smoke test rather than a user's import. About 1.3 KB.
# Needs sfdisk (fdisk), mkfs.ext4 (e2fsprogs) and xz (xz-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/root/etc"
printf 'NAME="Smoke Linux"\nID=smoke\nVERSION_ID="1"\nPRETTY_NAME="Smoke Linux 1"\n' \
  >"$work/root/etc/os-release"
truncate -s 4M "$work/disk.raw"
printf 'label: dos\nstart=2048, type=83, bootable\n' | sfdisk -q "$work/disk.raw"
truncate -s 3M "$work/part.img"
mkfs.ext4 -q -F -d "$work/root" -b 1024 -O ^has_journal,^metadata_csum -T small \
  -E root_owner=0:0,lazy_itable_init=0 "$work/part.img"
dd if="$work/part.img" of="$work/disk.raw" bs=512 seek=2048 conv=notrunc,sparse status=none
mkdir -p resources/smoke
xz -9e -c "$work/disk.raw" >resources/smoke/guest-ext4.raw.xz
ls -l resources/smoke/guest-ext4.raw.xz
