#!/usr/bin/env bash
# Installs what the end-to-end tests need besides npm packages: a Chromium and xmllint (for the official SCORM
# schema checks). Uses Debian's packages where it can (as CI does); otherwise Playwright's own Chromium.
set -euo pipefail
need_apt=()
[ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null || command -v chromium-browser >/dev/null || need_apt+=(chromium)
command -v xmllint >/dev/null || need_apt+=(libxml2-utils)
command -v unzip >/dev/null || need_apt+=(unzip)
[ ${#need_apt[@]} -eq 0 ] && { echo "setup-tests: Chromium, xmllint and unzip are here."; exit 0; }
if command -v apt-get >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
elif [[ " ${need_apt[*]} " == *" chromium "* ]]; then
  echo "setup-tests: no apt-get; installing Playwright's own Chromium instead."
  npx playwright install chromium
  echo "setup-tests: install xmllint (libxml2) and unzip with your package manager for the schema checks."
fi
