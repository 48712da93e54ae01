"""Headless Debian Chromium driven by Selenium, kept on 127.0.0.1 (flags as in the shared tools)."""
from __future__ import annotations

import os
import shutil
import tempfile

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def chromium_missing() -> str | None:
    if not os.path.exists(CHROMIUM) or not os.path.exists(CHROMEDRIVER):
        return "Debian chromium and chromium-driver are not installed (.ci/run installs them)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


# Off CI a missing browser skips; in CI (CI=true) the test runs and fails saying what is missing.
needs_chromium = pytest.mark.skipif(not os.environ.get("CI") and chromium_missing() is not None,
                                    reason=str(chromium_missing()))


def open_browser(width: int = 1280, height: int = 900):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="digest-chromium-")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", f"--window-size={width},{height}",
                 '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    driver._digest_profile = profile  # type: ignore[attr-defined]
    return driver


def close_browser(driver) -> None:
    profile = getattr(driver, "_digest_profile", None)
    driver.quit()
    if profile:
        shutil.rmtree(profile, ignore_errors=True)
