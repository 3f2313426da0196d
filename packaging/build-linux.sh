#!/usr/bin/env bash
# Build the Linux app from this source tree:
#
#     packaging/build-linux.sh DIST [--folder-only]
#
# DIST/jdid-setup-wizard/                              the folder app (PyInstaller one-folder)
# DIST/jdid-setup-wizard-VERSION-linux-x86_64.tar.xz   that folder with a menu entry, the icon
#                                                      and install.sh (per-user, no root)
# DIST/jdid-setup-wizard_VERSION_amd64.deb             /opt/jdid-setup-wizard, menu entry, icons,
#                                                      Depends: the system libraries not carried
# --folder-only: only the folder app (CI's smoke test). Needs PyPI and Debian packages only:
# PYTHON (default .venv/bin/python) gets PyInstaller from the project's `packaging` extra.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
dist=${1:?usage: packaging/build-linux.sh DIST [--folder-only]}
pack=1
[ "${2:-}" = "--folder-only" ] && pack=0
mkdir -p "$dist"
dist=$(cd "$dist" && pwd)
PYTHON=${PYTHON:-$root/.venv/bin/python}
cd "$root"

t0=$(date +%s)
"$PYTHON" -m pip install -q -e ".[packaging]"
"$PYTHON" -m wizard.i18n build            # the frozen app never runs lrelease
"$PYTHON" packaging/make_icons.py build/icons
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" \
  --workpath build/pyinstaller packaging/jdid-setup-wizard.spec
app="$dist/jdid-setup-wizard"
# What the per-user install and the menu need, inside the folder itself.
cp packaging/linux/jdid-setup-wizard.desktop packaging/linux/install.sh "$app/"
mkdir -p "$app/icons"
cp build/icons/app-*.png "$app/icons/"
t1=$(date +%s)
echo "build: folder app in $((t1 - t0))s, $(du -sm "$app" | cut -f1) MB: $app"
[ "$pack" = 1 ] || exit 0

version=$("$PYTHON" -c "import wizard; print(wizard.__version__)")
arch=$(uname -m)
tarball="$dist/jdid-setup-wizard-$version-linux-$arch.tar.xz"
tar -C "$dist" -cf - jdid-setup-wizard | xz -T0 -6 >"$tarball.tmp"
mv "$tarball.tmp" "$tarball"
t2=$(date +%s)
echo "build: $(basename "$tarball") in $((t2 - t1))s, $(du -m "$tarball" | cut -f1) MB"

deb_arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
chmod 755 "$stage"  # becomes / of the package
mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" "$stage/DEBIAN"
cp -a "$app" "$stage/opt/jdid-setup-wizard"
rm "$stage/opt/jdid-setup-wizard/install.sh"  # the .deb installs system-wide
ln -s /opt/jdid-setup-wizard/jdid-setup-wizard "$stage/usr/bin/jdid-setup-wizard"
cp packaging/linux/jdid-setup-wizard.desktop "$stage/usr/share/applications/"
for size in 16 32 48 64 128 256 512; do
  mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "build/icons/app-$size.png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/jdid-setup-wizard.png"
done
cat >"$stage/DEBIAN/control" <<CONTROL
Package: jdid-setup-wizard
Version: $version
Architecture: $deb_arch
Maintainer: JD.ID Setup Wizard team <support@example.com>
Installed-Size: $(du -sk "$stage" | cut -f1)
Depends: $("$PYTHON" packaging/deb_depends.py "$app")
Section: misc
Priority: optional
Homepage: https://seller.jd.id/
Description: JD.ID Setup Wizard (Wizard Integrasi JD.ID)
 Connects a seller's JD.ID store to their omnichannel inventory, step by step,
 in Bahasa Indonesia and English, with a practice platform built in.
CONTROL
deb="$dist/jdid-setup-wizard_${version}_${deb_arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
t3=$(date +%s)
echo "build: $(basename "$deb") in $((t3 - t2))s, $(du -m "$deb" | cut -f1) MB"
grep '^Depends:' "$stage/DEBIAN/control"
