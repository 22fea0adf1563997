#!/usr/bin/env bash
# macOS only: build "Direct Payments Keeper.app", check it, and put it in a disk image:
#   dist/DirectPaymentsKeeper-<version>-macOS-<arm64|x86_64>.dmg
#
# Run on a Mac with macOS 14 or newer (PySide6 6.12 needs it), after `make install`:
#   installer/macos/build_dmg.sh
# Build once on Apple silicon (arm64) and once on an Intel Mac (x86_64) if both are wanted:
# sqlcipher3 has no universal2 wheel, so one .app cannot hold both.
#
# To sign and notarise (needed so Gatekeeper opens the app without warnings), set:
#   DPKEEPER_CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)"   (in the login keychain)
#   DPKEEPER_NOTARY_PROFILE=dpkeeper-notary   (made once with: xcrun notarytool store-credentials
#                                               dpkeeper-notary --apple-id … --team-id … )
# Without them the .app is signed ad hoc: fine for testing on this Mac, not for sharing.
set -euo pipefail
cd "$(dirname "$0")/../.."

[ "$(uname)" = Darwin ] || { echo "build_dmg.sh runs on macOS only" >&2; exit 1; }
version=$(PYTHONPATH=desktop .venv/bin/python -c 'import dpkeeper; print(dpkeeper.__version__)')
arch=$(uname -m)
app="dist/Direct Payments Keeper.app"
dmg="dist/DirectPaymentsKeeper-$version-macOS-$arch.dmg"
identity=${DPKEEPER_CODESIGN_IDENTITY:-}

echo "== freeze (PyInstaller signs each file when DPKEEPER_CODESIGN_IDENTITY is set)"
.venv/bin/python -m pip install --quiet --only-binary=:all: -r requirements-package.lock
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    installer/dpkeeper.spec

echo "== self-test of the bundle"
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/direct-payments-keeper" --self-test
codesign --verify --deep --strict --verbose=2 "$app"

echo "== disk image"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"  # drag the app onto this to install it
rm -f "$dmg"
hdiutil create -volname "Direct Payments Keeper $version" -srcfolder "$staging" -ov \
    -format UDZO -fs HFS+ "$dmg"

if [ -n "$identity" ]; then
    echo "== sign the disk image"
    codesign --sign "$identity" --timestamp "$dmg"
fi
if [ -n "$identity" ] && [ -n "${DPKEEPER_NOTARY_PROFILE:-}" ]; then
    echo "== notarise (Apple checks the app; usually a few minutes)"
    xcrun notarytool submit "$dmg" --keychain-profile "$DPKEEPER_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
fi
echo "Built $dmg"
