#!/usr/bin/env bash
# Headless Chromium (Debian packages) for tests/test_service_browser.py; Playwright drives it
# through executable_path, so `playwright install` (a download) is never needed.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
