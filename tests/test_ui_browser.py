"""End to end in a real browser: the app started as `make run` does, driven by headless Chromium.

Debian's chromium and chromium-driver (installed by .ci/run), driven by Selenium with both
paths given, so selenium-manager never downloads anything. Screenshots go to
test-artifacts/ (not committed).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"

# Waits are generous because the machine is shared: the first page load includes the model
# load (~10 s alone, several times that under load); nothing here measures speed.
START_TIMEOUT = 120
ANSWER_TIMEOUT = 180

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="no /usr/bin/chromium + /usr/bin/chromedriver: install Debian's chromium and "
           "chromium-driver (apt-get install chromium chromium-driver; .ci/run does it)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(seed_index, tmp_path_factory):
    """`streamlit run ui/app.py` as `make run` starts it, on a free port, over the test index."""
    port = _free_port()
    log = tmp_path_factory.mktemp("streamlit") / "streamlit.log"
    env = dict(os.environ, NOTICES_INDEX_DIR=str(seed_index), HF_HUB_OFFLINE="1")
    env.pop("NOTICES_API_TOKEN", None)
    with open(log, "wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(port),
             "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.read() == b"ok":
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail("streamlit did not start:\n" + log.read_text(errors="replace"))
            time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=zh-CN"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    ARTIFACTS.mkdir(exist_ok=True)
    yield driver
    driver.quit()


def _wait(driver, condition, timeout=ANSWER_TIMEOUT):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.5).until(condition)


def _ask(driver, question: str, messages_before: int) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    box = _wait(driver, lambda d: d.find_element(
        By.CSS_SELECTOR, '[data-testid="stChatInputTextArea"]'), START_TIMEOUT)
    box.send_keys(question)
    box.send_keys(Keys.ENTER)
    # The answer is complete when the page shows exactly the expected messages, idle, on two
    # polls in a row: during a rerun the previous run's elements linger until it ends.
    polls = []

    def settled(d) -> bool:
        polls.append(len(d.find_elements(By.CSS_SELECTOR, '[data-testid="stChatMessage"]'))
                     == messages_before + 2 and _idle(d))
        return polls[-2:] == [True, True]

    _wait(driver, settled)


def _idle(driver) -> bool:
    from selenium.webdriver.common.by import By

    return not driver.find_elements(By.CSS_SELECTOR, '[data-testid="stStatusWidget"]') and \
        not driver.find_elements(By.CSS_SELECTOR, '[data-testid="stSpinner"]')


def test_chat_compare_and_csv_in_chromium(app_url, browser):
    from selenium.webdriver.common.by import By

    browser.get(app_url)
    _ask(browser, "哪些单位合并了党支部?", 0)
    expanders = browser.find_elements(By.CSS_SELECTOR, '[data-testid="stExpander"] summary')
    jinan = [e for e in expanders if "济南市应急管理局" in e.text]
    assert jinan, [e.text for e in expanders]
    jinan[0].click()
    mark = _wait(browser, lambda d: next(
        (m for m in d.find_elements(By.CSS_SELECTOR, ".notice-passage mark") if m.is_displayed()),
        None), 30)
    assert mark.text, "the cited sentence is highlighted"
    browser.save_screenshot(str(ARTIFACTS / "chat-citation.png"))

    _ask(browser, "那济宁呢?", 2)
    messages = browser.find_elements(By.CSS_SELECTOR, '[data-testid="stChatMessage"]')
    assert len(messages) == 4
    followup = messages[-1].text
    assert "济宁" in followup or "未在已收录的通报中找到可靠答案" in followup, followup
    browser.save_screenshot(str(ARTIFACTS / "chat.png"))

    browser.get(f"{app_url}/compare")
    submit = _wait(browser, lambda d: d.find_element(
        By.CSS_SELECTOR, '[data-testid="stFormSubmitButton"] button'), START_TIMEOUT)
    submit.click()
    _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, '[data-testid="stDownloadButton"]')
          and _idle(d))
    assert "覆盖网格" in browser.find_element(By.TAG_NAME, "body").text
    heading = next(h for h in browser.find_elements(By.CSS_SELECTOR, "h3")
                   if "各单位措施" in h.text)
    browser.execute_script("arguments[0].scrollIntoView({block: 'start'});", heading)
    time.sleep(1)  # let the scroll settle before the screenshot
    browser.save_screenshot(str(ARTIFACTS / "compare.png"))
    csv_button = next(b for b in browser.find_elements(
        By.CSS_SELECTOR, '[data-testid="stDownloadButton"] button') if "CSV" in b.text)
    csv_button.click()
    path = _wait(browser, lambda d: next(
        (p for p in d.downloads.iterdir() if p.suffix == ".csv"), None), 60)
    data = path.read_bytes()
    assert data.startswith("\ufeff".encode()), data[:20]
    assert "济南市应急管理局" in data.decode("utf-8-sig")
    shutil.copy(path, ARTIFACTS / "compare.csv")
