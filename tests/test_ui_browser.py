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
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.common.by import By

    browser.get(app_url)
    _ask(browser, "哪些单位合并了党支部?", 0)
    # The toolbar is minimal (.streamlit/config.toml): no "Deploy" button on a local app.
    assert not browser.find_elements(By.CSS_SELECTOR, '[data-testid="stAppDeployButton"]')
    assert "Deploy" not in browser.find_element(By.TAG_NAME, "body").text
    summaries = lambda d: d.find_elements(  # noqa: E731
        By.CSS_SELECTOR, '[data-testid="stExpander"] summary')
    # The citations' expanders can paint a poll after the message count settles (seen once in
    # CI on a loaded machine), so wait for them rather than read them once.
    try:
        jinan = _wait(browser, lambda d: [e for e in summaries(d) if "济南市应急管理局" in e.text], 30)
    except TimeoutException:
        raise AssertionError([e.text for e in summaries(browser)]) from None
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
    # The form's widgets arrive one by one on a busy machine: wait for the box as well.
    topic = _wait(browser, lambda d: d.find_element(
        By.CSS_SELECTOR, '.st-key-compare_topic_input input'), START_TIMEOUT)
    assert topic.get_attribute("value") == "" and "党支部" in topic.get_attribute("placeholder")
    topic.send_keys("各单位在党支部建设方面采取了哪些整改措施?")
    submit.click()
    _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, '[data-testid="stDownloadButton"]')
          and _idle(d))
    assert "覆盖网格" in browser.find_element(By.TAG_NAME, "body").text
    # The measures table wraps its cells: a long measure takes several lines, all shown.
    table = browser.find_element(By.CSS_SELECTOR, "table.compare-table")
    first = table.find_element(By.CSS_SELECTOR, "tbody tr td:nth-child(2)")
    assert first.size["height"] > 60 and first.get_attribute("scrollWidth") <= \
        first.get_attribute("clientWidth"), "wrapped, not cut off"
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


# Column widths of the ledger table (ui/ledger_layout.py COLUMN_WIDTHS), stretched to the
# table's width: where to click a cell of the canvas-drawn table.
LEDGER_HEADER_PX = 35


def _ledger_cells(driver, column: int) -> list[str]:
    """The texts of one column's rendered rows (the grid's accessible table)."""
    from selenium.webdriver.common.by import By

    return [e.get_attribute("textContent") for e in driver.find_elements(
        By.CSS_SELECTOR, f'[data-testid="stDataFrame"] td[id^="glide-cell-{column}-"]')]


def _pick(driver, key: str, option: str) -> None:
    """Choose `option` in the multiselect with widget key `key`."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    box = _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, f".st-key-{key} input"), 60)
    box.click()
    choice = _wait(driver, lambda d: next((o for o in d.find_elements(
        By.CSS_SELECTOR, '[role="option"]') if o.text == option), None), 30)
    choice.click()
    _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, f".st-key-{key} input"),
          60).send_keys(Keys.ESCAPE)


def test_ledger_page_in_chromium(app_url, browser):
    """整改台账: a status filter changes the table and the chart, a click on a cell shows the
    cited words highlighted in the notice, 下载 Excel delivers a workbook."""
    from openpyxl import load_workbook
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    from ui.ledger_layout import COLUMN_WIDTHS, COLUMNS, ROW_HEIGHT

    browser.set_window_size(1280, 1000)
    browser.get(f"{app_url}/ledger")  # a direct visit: the app's navigation, not pages/
    _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, '[data-testid="stDataFrame"] canvas')
          and _idle(d), START_TIMEOUT)
    nav = browser.find_element(By.CSS_SELECTOR, '[data-testid="stSidebarNav"]').text
    assert "整改台账" in nav and "问答" in nav, nav
    assert not browser.find_elements(By.CSS_SELECTOR, '[data-testid="stAppDeployButton"]')
    status_col = COLUMNS.index("状态")
    # the grid's accessible table is filled a moment after its canvas is drawn
    before = _wait(browser, lambda d: _ledger_cells(d, status_col), 60)
    assert "阶段性成效" in before, before
    metrics = lambda d: [m.text for m in d.find_elements(  # noqa: E731
        By.CSS_SELECTOR, '[data-testid="stMetricValue"]')]
    total = metrics(browser)[0]
    chart = '[data-testid="stVegaLiteChart"] svg, [data-testid="stVegaLiteChart"] canvas'
    bar = '[data-testid="stVegaLiteChart"] path[aria-roledescription="bar"]'
    bars_before = len(_wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, bar), 30))

    _pick(browser, "lg_statuses", "完成")
    _pick(browser, "lg_statuses", "长期坚持")
    _wait(browser, lambda d: metrics(d)[0] != total and _idle(d), 60)
    shown = metrics(browser)[0]
    assert shown.endswith(f"/ {total}") and int(shown.split()[0]) < int(total), shown
    # The grid re-renders after the metric: an empty grid in between is not the filtered one.
    wanted = {"完成", "长期坚持"}
    _wait(browser, lambda d: set(_ledger_cells(d, status_col)) == wanted, 60)
    assert set(_ledger_cells(browser, status_col)) == wanted
    assert browser.find_elements(By.CSS_SELECTOR, chart), "the status chart (vega-embed)"
    # One bar segment per agency and status: fewer once two statuses are left.
    bars = lambda d: d.find_elements(By.CSS_SELECTOR, bar)  # noqa: E731
    _wait(browser, lambda d: 0 < len(bars(d)) < bars_before, 30)

    # A click on the first row's 状态原文 shows that quote highlighted in its passage.
    canvas = browser.find_element(By.CSS_SELECTOR, '[data-testid="stDataFrame"] canvas')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", canvas)
    time.sleep(1)
    quote = _ledger_cells(browser, COLUMNS.index("状态原文"))[0]
    scale = canvas.rect["width"] / sum(COLUMN_WIDTHS)
    column = COLUMNS.index("状态原文")
    x = (sum(COLUMN_WIDTHS[:column]) + COLUMN_WIDTHS[column] / 2) * scale
    y = LEDGER_HEADER_PX + ROW_HEIGHT / 2
    ActionChains(browser).move_to_element_with_offset(
        canvas, int(x - canvas.rect["width"] / 2), int(y - canvas.rect["height"] / 2)).click().perform()
    mark = _wait(browser, lambda d: next(
        (m for m in d.find_elements(By.CSS_SELECTOR, ".st-key-ledger_source .notice-passage mark")
         if m.is_displayed()), None), 60)
    assert mark.text == quote, (mark.text, quote)
    panel = browser.find_element(By.CSS_SELECTOR, ".st-key-ledger_source")
    assert "出处 · 状态原文" in panel.text
    browser.set_window_size(1280, 1900)
    browser.execute_script("window.scrollTo(0, 0);")
    main = browser.find_element(By.CSS_SELECTOR, '[data-testid="stMain"]')
    browser.execute_script("arguments[0].scrollTop = 0;", main)
    time.sleep(1)
    browser.save_screenshot(str(ARTIFACTS / "ledger.png"))
    browser.set_window_size(1280, 1000)
    time.sleep(1)

    # 查看全文: the whole notice, scrolled to the quote, highlighted.
    full = next(b for b in panel.find_elements(By.TAG_NAME, "button") if b.text == "查看全文")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", full)
    full.click()
    marked = _wait(browser, lambda d: next(
        (m for m in d.find_elements(By.CSS_SELECTOR, '[role="dialog"] mark[id^="passage-"]')
         if m.is_displayed()), None), 60)
    assert marked.text == quote
    time.sleep(1)
    browser.save_screenshot(str(ARTIFACTS / "ledger-full-text.png"))
    from selenium.webdriver.common.keys import Keys

    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    _wait(browser, lambda d: not d.find_elements(By.CSS_SELECTOR, '[role="dialog"]'), 30)

    # 下载 Excel: the filtered items, a 汇总 sheet and one sheet per agency.
    excel = next(b for b in browser.find_elements(
        By.CSS_SELECTOR, '[data-testid="stDownloadButton"] button') if "Excel" in b.text)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", excel)
    heading = next(h for h in browser.find_elements(By.CSS_SELECTOR, "h3")
                   if "各单位整改状态" in h.text)
    browser.execute_script("arguments[0].scrollIntoView({block: 'start'});", heading)
    time.sleep(1)
    browser.save_screenshot(str(ARTIFACTS / "ledger-chart.png"))
    excel.click()
    path = _wait(browser, lambda d: next(
        (p for p in d.downloads.iterdir() if p.suffix == ".xlsx"), None), 60)
    time.sleep(1)  # the file is renamed to .xlsx once complete
    book = load_workbook(path)
    assert book.sheetnames[0] == "汇总" and len(book.sheetnames) > 1
    statuses = {row[4] for name in book.sheetnames[1:]
                for row in book[name].iter_rows(min_row=2, values_only=True)}
    assert statuses == {"完成", "长期坚持"}, statuses
    rows = sum(book[name].max_row - 1 for name in book.sheetnames[1:])
    assert rows == int(shown.split()[0])
    shutil.copy(path, ARTIFACTS / "ledger.xlsx")
