#!/bin/sh
# Install the JD.ID Setup Wizard for this user only (no administrator password needed):
#     ./install.sh            copies the app to ~/.local/share/jdid-setup-wizard and adds it
#                             to the applications menu
#     ./install.sh --remove   takes it out again (your settings and products stay)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
dest="$data/jdid-setup-wizard"
menu="$data/applications/jdid-setup-wizard.desktop"
bin="$HOME/.local/bin/jdid-setup-wizard"

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$dest" "$menu" "$bin"
  rm -f "$data"/icons/hicolor/*/apps/jdid-setup-wizard.png
  echo "The JD.ID Setup Wizard was removed."
  exit 0
fi

rm -rf "$dest.new"
mkdir -p "$dest.new"
cp -a "$here/." "$dest.new/"
rm -rf "$dest"
mv "$dest.new" "$dest"  # an older copy is replaced whole, never half
for size in 16 32 48 64 128 256 512; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$here/icons/app-$size.png" "$data/icons/hicolor/${size}x${size}/apps/jdid-setup-wizard.png"
done
mkdir -p "$data/applications" "$HOME/.local/bin"
sed "s|^Exec=.*|Exec=\"$dest/jdid-setup-wizard\"|" "$here/jdid-setup-wizard.desktop" >"$menu"
ln -sf "$dest/jdid-setup-wizard" "$bin"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" 2>/dev/null || true
echo "Installed. Open \"JD.ID Setup Wizard\" from your applications menu,"
echo "or run: $dest/jdid-setup-wizard"
