#!/usr/bin/env bash
# Install a built .deb on this machine, check the installed app, and remove it again.
# Usage: installer/linux/install_test.sh dist/dpkeeper_<version>-1_<arch>.deb
# (`make package-test` passes the package `make package` built.)
# Needs root or sudo (dpkg, apt-get). The package is removed even when a check fails.
set -euo pipefail

deb=$(realpath "$1")
as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install_test.sh needs root or sudo" >&2; exit 1; }
    as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
scratch=$(mktemp -d)
remove_package() {
    "${as_root[@]}" dpkg --purge dpkeeper >/dev/null 2>&1 || true
    rm -rf "$scratch"
}
trap remove_package EXIT
step() { echo "== $*"; }

step "install $(basename "$deb")"
if ! "${as_root[@]}" dpkg -i "$deb" >/dev/null 2>"$scratch/dpkg.err"; then
    # dpkg does not fetch dependencies; apt-get -f installs them and finishes the set-up.
    if ! "${as_root[@]}" apt-get install -y -q -f --no-install-recommends >/dev/null; then
        "${as_root[@]}" apt-get update -q >/dev/null
        "${as_root[@]}" apt-get install -y -q -f --no-install-recommends >/dev/null
    fi
fi
dpkg-query -W -f='${Status} ${Version}\n' dpkeeper | grep -q "install ok installed"

step "launchers and menu entry"
[ "$(command -v direct-payments-keeper)" = /usr/bin/direct-payments-keeper ]
[ "$(command -v dpkeeper)" = /usr/bin/dpkeeper ]
desktop-file-validate /usr/share/applications/direct-payments-keeper.desktop
[ -f /usr/share/icons/hicolor/256x256/apps/direct-payments-keeper.png ]

step "every bundled library finds what it needs on the system"
missing=$(cd /opt/dpkeeper/_internal &&
    LD_LIBRARY_PATH=$PWD:$PWD/PySide6/Qt/lib \
        find . -type f \( -name '*.so' -o -name '*.so.*' \) -exec ldd {} + 2>/dev/null |
    grep 'not found' | sort -u || true)
if [ -n "$missing" ]; then
    echo "Missing system libraries (add their packages to DEPENDS in build_deb.py):" >&2
    echo "$missing" >&2
    exit 1
fi

export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config"
mkdir -p "$HOME"
unset DPKEEPER_CONFIG_DIR DPKEEPER_DATA_DIR DPKEEPER_RESOURCES_DIR DPKEEPER_RECOVERY_CODE

step "installed app: --self-test"
QT_QPA_PLATFORM=offscreen direct-payments-keeper --self-test

step "installed command line: make a vault and check it"
export DPKEEPER_PASSPHRASE="blue kettle on the windowsill"
dpkeeper --version
dpkeeper init --name "Install Check" "$scratch/Install Check.dpvault" >/dev/null
dpkeeper check "$scratch/Install Check.dpvault"

step "remove"
"${as_root[@]}" dpkg --purge dpkeeper >/dev/null
[ ! -e /opt/dpkeeper ] && [ ! -e /usr/bin/dpkeeper ] && [ ! -e /usr/bin/direct-payments-keeper ]
echo "Install test passed."
