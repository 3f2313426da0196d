#!/usr/bin/env bash
# Put the .app into a compressed disk image with a link to /Applications (drag to install).
#     packaging/macos/make-dmg.sh "DIST/JD.ID Setup Wizard.app" DIST/jdid-setup-wizard-VERSION-macos-ARCH.dmg
set -euo pipefail
app=${1:?app}
dmg=${2:?dmg}
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "JD.ID Setup Wizard" -srcfolder "$stage" -ov -format UDZO "$dmg"
