"""The pages in a real browser: Debian's Chromium driven by Selenium through Debian's chromedriver (nothing
downloads a browser or a driver), against `sco-kg serve` over the built corpus on 127.0.0.1. Each test saves a
screenshot under tests/screenshots/."""

from __future__ import annotations

import json
import re
import shutil
import time
import urllib.parse

import pytest

from conftest import ROOT, serving

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="Chromium and chromedriver are not installed (setup.sh --test installs them)")
SCREENSHOTS = ROOT / "tests" / "screenshots"
BUNDLED = (ROOT / "server" / "web" / "dist" / "editor.js").is_file()
SYNTAX_ERROR = "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTR(?s) }"


@pytest.fixture(scope="module")
def base(corpus_trig, tmp_path_factory):
    """The server over the corpus and the example queries of queries/."""
    log_path = tmp_path_factory.mktemp("browser-serve") / "serve.log"
    with serving(corpus_trig.parent, ROOT / "queries", log_path, "--max-concurrent-per-client", "16") as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--disable-quic"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def page(browser, base, request):
    """Open a path at a viewport size: page(path, width, height); a screenshot is saved when the test ends."""
    def open_page(path: str, width: int = 1280, height: int = 900):
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
        browser.get_log("performance"), browser.get_log("browser")  # forget the requests and messages of earlier pages
        browser.get(base + path)
        return browser

    yield open_page
    SCREENSHOTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / f"{request.node.name}.png"))


def wait_for(driver, script: str, timeout: float = 60):
    """The value of a JavaScript expression once it is truthy."""
    deadline = time.monotonic() + timeout
    while not (value := driver.execute_script(f"return {script}")):
        assert time.monotonic() < deadline, f"timed out waiting for {script}"
        time.sleep(0.05)
    return value


def answered(driver) -> str:
    """The status line once a query has been answered (or the error box's text)."""
    return wait_for(driver, "(() => { const s = document.getElementById('status'), e = document.getElementById('error');"
                            " return s && !s.hidden && !s.classList.contains('running') ? s.textContent"
                            " : e && !e.hidden ? e.textContent : ''; })()")  # null while a page is still loading


def in_viewport(driver, css: str) -> bool:
    return driver.execute_script(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && r.height > 0;", css)


def run(driver, text: str, infer: bool = True) -> str:
    """Put text in the editor, set the infer switch, click Run; the status line or error once answered."""
    driver.execute_script("""
        const [text, infer] = arguments;
        const view = window.scoEditor?.viewOf(document.querySelector('.cm-editor'));
        if (view) view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: text}});
        else document.getElementById('query').value = text;
        document.getElementById('infer').checked = infer;
        document.getElementById('status').hidden = true;
        document.getElementById('error').hidden = true;
        document.querySelector('#query-form button[type=submit]').click();""", text, infer)
    return answered(driver)


def cells(driver) -> list[list[str]]:
    return driver.execute_script(
        "return [...document.querySelectorAll('#results tbody tr')].map(tr => [...tr.cells].map(td => td.textContent))")


def requested(driver) -> list[str]:
    """Every address the page asked for since it was opened (Chromium's network log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


@pytest.mark.parametrize("width, height", [(1280, 900), (1920, 1080)])
def test_an_examples_answer_shows_in_view_under_the_editor(page, width, height):
    driver = page("/", width, height)
    driver.execute_script("document.querySelector('[data-example=meeting_attendance]').click()")
    status = answered(driver)
    assert re.match(r"\d+ rows? in \d", status), status
    assert len(cells(driver)) == int(status.split()[0].replace(",", ""))
    assert in_viewport(driver, "#results tbody tr") and in_viewport(driver, "#status")
    assert in_viewport(driver, ".examples h2")  # the examples stay beside the answer
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(driver.current_url).query)
    assert "sco:hasParticipation" in query["query"][0] and query["infer"] == ["true"]


def test_the_editor_highlights_numbers_lines_and_completes(page):
    if not BUNDLED:
        pytest.fail("the editor bundle is not built: run setup.sh (it needs Node.js)")
    driver = page("/")
    assert wait_for(driver, "document.querySelector('.cm-editor .cm-lineNumbers')")
    assert driver.execute_script("return document.getElementById('query').offsetParent") is None  # replaced
    colours = driver.execute_script(
        "return new Set([...document.querySelectorAll('.cm-line span')].map(s => getComputedStyle(s).color)).size")
    assert colours >= 3  # keywords, IRIs and variables in their own colours
    driver.execute_script("""
        const view = window.scoEditor.viewOf(document.querySelector('.cm-editor'));
        view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: 'SELECT * WHERE { ?m a sco:Minis'},
                       selection: {anchor: 31}});
        view.focus();""")
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys("t").perform()
    options = wait_for(driver, "[...document.querySelectorAll('.cm-tooltip-autocomplete li')].map(li => li.textContent)"
                               ".join('|')")
    assert "MinisterialMeeting" in options


def test_a_syntax_error_is_marked_in_the_editor(page):
    driver = page("/")
    error = run(driver, SYNTAX_ERROR)
    assert error.startswith("Error 400: syntax at line 3, column 11") and "FILTR(?s) }" in error
    if BUNDLED:
        marked = wait_for(driver, "document.querySelector('.cm-lintRange-error')")
        line = driver.execute_script("return arguments[0].closest('.cm-line').textContent", marked)
        assert line == "  FILTR(?s) }"
    else:
        assert driver.execute_script("return document.getElementById('query').selectionStart") == 40


def test_answers_of_every_kind_with_downloads(page, base):
    driver = page("/")
    assert run(driver, "ASK { res:li_qiang a foaf:Person }", infer=False).endswith("without inferred triples")
    assert driver.find_element("css selector", "#results .boolean").text == "false"
    run(driver, "ASK { res:li_qiang a foaf:Person }")
    assert driver.find_element("css selector", "#results .boolean").text == "true"
    assert run(driver, "CONSTRUCT WHERE { res:china sco:memberOf ?o }").startswith("1 triple in")
    assert cells(driver) == [["res:china", "sco:memberOf", "res:sco"]]
    links = {link.text: link.get_attribute("href") for link in driver.find_elements("css selector", "#downloads a")}
    assert {"Turtle", "N-Triples", "JSON-LD", "RDF/XML", "Link to this query"} <= set(links)
    refused = run(driver, "DROP ALL")
    assert refused.startswith("Error 403: read only") and cells(driver) == []


def test_a_long_answer_is_sorted_and_paged(page):
    driver = page("/")
    status = run(driver, "SELECT ?s ?n WHERE { ?s sco:ordinal ?n } ")
    assert "rows in" in status
    total = int(status.split()[0].replace(",", ""))
    run(driver, "SELECT ?x WHERE { ?x ?p ?o } LIMIT 250")
    assert driver.find_element("css selector", ".pager-status").text == "Rows 1–100 of 250"
    driver.find_element("xpath", "//nav[@class='pager']/button[text()='Next']").click()
    assert driver.find_element("css selector", ".pager-status").text == "Rows 101–200 of 250"
    run(driver, "SELECT ?s ?n WHERE { ?s sco:ordinal ?n }")
    driver.find_element("xpath", "//th[2]/button").click()
    numbers = [int(row[1]) for row in cells(driver)]
    assert numbers == sorted(numbers) and len(numbers) == total
    driver.find_element("xpath", "//th[2]/button").click()
    assert [int(row[1]) for row in cells(driver)] == sorted(numbers, reverse=True)
    assert driver.find_element("xpath", "//th[2]").get_attribute("aria-sort") == "descending"


def test_cells_show_terms_cleanly(page):
    driver = page("/")
    run(driver, "SELECT ?m ?label ?date WHERE { ?m a sco:HeadsOfGovernmentCouncilMeeting ; rdfs:label ?label ;"
                " sco:date ?date } ORDER BY ?date LIMIT 5")
    short = driver.find_elements("css selector", "#results tbody tr td:nth-child(3) .literal")
    assert short and all(cell.value_of_css_property("white-space") == "nowrap" for cell in short)
    first = driver.find_element("css selector", "#results tbody tr")
    link = first.find_element("css selector", "td a")
    assert link.get_attribute("href").startswith(driver.current_url.split("/?")[0] + "/resource/")
    date = first.find_elements("css selector", "td")[2].find_element("css selector", ".literal")
    assert date.get_attribute("title") == "xsd:date" and "xsd" not in first.text
    label = first.find_elements("css selector", "td")[1].find_element("css selector", ".literal")
    assert label.get_attribute("title") in ("@en", "xsd:string")
    # no cell breaks inside a word: a line of a cell's text ends at a space (or a hyphen of a long text)
    broken = driver.execute_script("""
        const broken = [];
        for (const td of document.querySelectorAll('#results td')) {
          const text = td.textContent, range = document.createRange(), walker = document.createTreeWalker(td, 4);
          let node, tops = [];
          while ((node = walker.nextNode())) for (let i = 0; i < node.length; i++) {
            range.setStart(node, i); range.setEnd(node, i + 1);
            const r = range.getBoundingClientRect(); if (r.height) tops.push([r.top, node.data[i], node.data[i - 1]]);
          }
          for (let i = 1; i < tops.length; i++)
            if (tops[i][0] > tops[i - 1][0] + 2 && ![' ', '-'].includes(tops[i - 1][1]) && tops[i][1] !== ' ')
              broken.push(text);
        }
        return broken;""")
    assert broken == []


def test_a_graph_answer_gets_a_picture(page):
    driver = page("/")
    status = run(driver, "DESCRIBE res:bishkek")
    assert "triples in" in status
    if BUNDLED:
        assert wait_for(driver, "document.querySelector('#picture canvas')")
        assert driver.execute_script("return document.getElementById('picture').getBoundingClientRect().top") < 900 - 300


def test_the_query_and_switch_live_in_the_address(page, browser):
    query = "SELECT ?s WHERE { ?s a sco:Summit } LIMIT 3"
    driver = page("/?" + urllib.parse.urlencode({"query": query, "infer": "false"}))
    assert answered(driver)
    assert not driver.find_element("id", "infer").is_selected()
    driver.refresh()
    assert answered(driver) and not driver.find_element("id", "infer").is_selected()
    assert driver.execute_script("return document.getElementById('query').value") == query


def test_an_unknown_example_says_so(page):
    driver = page("/?example=nope")
    assert "no example query named “nope”" in driver.find_element("css selector", ".editor .error").text


def test_the_query_page_at_phone_width(page):
    driver = page("/?example=meeting_attendance", 390, 844)
    assert answered(driver)
    assert driver.execute_script("return document.documentElement.scrollWidth") <= 390
    # the examples come after the answer; every control can be reached with the keyboard, with a label
    assert driver.execute_script("return document.querySelector('.examples').getBoundingClientRect().top"
                                 " > document.querySelector('#answer').getBoundingClientRect().top")
    unlabelled = driver.execute_script("""
        return [...document.querySelectorAll('input:not([type=hidden]), button, textarea, [contenteditable=true]')]
          .filter(e => e.offsetParent !== null && !(e.labels?.length || e.getAttribute('aria-label')
                   || e.getAttribute('aria-labelledby') || e.textContent.trim())).map(e => e.outerHTML.slice(0, 80));""")
    assert unlabelled == []


def test_no_request_leaves_the_server(page, base):
    driver = page("/?example=meeting_attendance")
    answered(driver)
    run(driver, "DESCRIBE res:bishkek")
    time.sleep(0.5)
    driver.get(base + "/resource/li_qiang")
    urls = requested(driver)
    assert urls and all(url.startswith(base + "/") or url.startswith("data:") for url in urls), urls
    errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"
              and "status of 400" not in entry["message"] and "status of 403" not in entry["message"]]
    assert errors == []  # no script error, and nothing the CSP refused


def test_from_an_entity_through_an_explanation_to_the_sentence(page):
    driver = page("/resource/li_qiang")
    why = driver.find_element("xpath", "//a[@class='why'][contains(@href, 'participatedIn')]")
    why.click()
    assert driver.find_element("tag name", "h1").text == "Why does sco-kg hold this triple?"
    assert driver.find_elements("css selector", "a.rule")  # the rule, linked to its W3C table row
    sentence = driver.find_element("css selector", "ul.sentences a")
    quoted = " ".join(sentence.text.split())
    sentence.click()
    assert "/resource/article/" in driver.current_url and "#char=" in driver.current_url
    target = wait_for(driver, "document.querySelector('a.sentence:target')")
    assert " ".join(target.text.split()) == quoted
    assert in_viewport(driver, "a.sentence:target")
    facts = target.get_attribute("href").split("#")[1]
    target.click()  # the sentence links to the facts taken from it
    items = driver.find_elements("css selector", f"li[id='{facts}'] li")
    assert items and any("li_qiang" in link.get_attribute("href")
                         for item in items for link in item.find_elements("tag name", "a"))


def test_an_explanation_error_reaches_a_browser_as_a_page(page):
    driver = page("/explain?s=res:li_qiang&p=sco:participatedIn")
    assert driver.find_element("tag name", "h1").text.startswith("400")
    assert "parameter o is missing" in driver.find_element("css selector", ".error-message").text


def test_an_entity_page_opens_with_its_card_and_folds_the_rest(page):
    driver = page("/resource/china")
    assert driver.find_element("css selector", "header.card h1").text == "China"
    assert in_viewport(driver, "header.card")
    if BUNDLED:
        assert wait_for(driver, "document.querySelector('#neighbourhood canvas')")
    text = driver.find_element("tag name", "main").text
    assert "res:statement/" not in text and "res:participation/" not in text  # folded into the facts
    for group in driver.find_elements("css selector", "dl.triples dd"):
        shown = [item for item in group.find_elements("css selector", ":scope > ul > li") if item.is_displayed()]
        assert len(shown) <= 10
    more = driver.find_elements("css selector", "dl.triples details summary, section details summary")
    assert more, "a property or the participations with more than ten values fold the rest"
    folded = driver.find_element("css selector", "dl.triples details, section details")
    assert not folded.find_element("css selector", "li, tr:last-child").is_displayed()
    more[0].click()
    assert folded.find_element("css selector", "li, tr:last-child").is_displayed()


@pytest.mark.parametrize("path", ["/resource/li_qiang", "/resource/article/2023-10-27_bishkek-heads-of-government_tdi",
                                  "/explain?s=res:li_qiang&p=sco:participatedIn&o=res:sco_heads_of_government_council_2023"])
def test_pages_at_phone_width(page, path):
    driver = page(path, 390, 844)
    assert driver.execute_script("return document.documentElement.scrollWidth") <= 390
    assert driver.find_element("tag name", "h1").is_displayed()


CONTRAST = """
const luminance = (rgb) => rgb.map((c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; })
  .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
const parse = (color) => { const m = color.match(/[\\d.]+/g).map(Number); return { rgb: m.slice(0, 3), alpha: m[3] ?? 1 }; };
const background = (element) => {
  for (let node = element; node; node = node.parentElement) {
    const { rgb, alpha } = parse(getComputedStyle(node).backgroundColor);
    if (alpha > 0.5) return rgb;
  }
  return [255, 255, 255];
};
const poor = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node; (node = walker.nextNode());) {
  const element = node.parentElement;
  if (!node.data.trim() || !element.offsetParent || element.closest('.cm-tooltip, canvas')) continue;
  const style = getComputedStyle(element);
  const [a, b] = [luminance(parse(style.color).rgb), luminance(background(element))];
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.5 && style.fontWeight >= 700);
  if (ratio < (large ? 3 : 4.5)) poor.push(`${node.data.trim().slice(0, 30)}: ${ratio.toFixed(2)}`);
}
return poor;
"""


@pytest.mark.parametrize("path", ["/?example=meeting_attendance", "/resource/li_qiang",
                                  "/resource/article/2023-10-27_bishkek-heads-of-government_tdi",
                                  "/explain?s=res:li_qiang&p=sco:participatedIn&o=res:sco_heads_of_government_council_2023"])
def test_text_has_enough_contrast(page, path):
    driver = page(path)
    if path.startswith("/?"):
        answered(driver)
    assert driver.execute_script(CONTRAST) == []  # WCAG 2 AA: 4.5:1, 3:1 for large text


def test_the_keyboard_reaches_the_editor_then_run(page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver = page("/")
    order = []
    for _ in range(12):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        order.append(driver.execute_script("""
            const e = document.activeElement;
            return e.matches('.cm-content, #query') ? 'editor' : e.matches('#query-form [type=submit]') ? 'run'
              : e.matches('#infer') ? 'infer' : e.matches('[data-example]') ? 'example' : e.tagName.toLowerCase();"""))
    editor = order.index("editor")
    assert editor < 6 and order[editor + 1:editor + 3] == ["run", "infer"], order  # then the answer's, then examples
    assert "example" in order[editor + 3:], order


def test_a_meetings_sentences_open_at_their_place_in_the_article(page):
    driver = page("/resource/sco_heads_of_government_council_2023")
    link = driver.find_element("xpath", "//dt[text()='sco:evidenceSentence']/following-sibling::dd[1]//a")
    link.click()
    assert "#char=" in driver.current_url and wait_for(driver, "document.querySelector('a.sentence:target')")
    assert driver.find_element("css selector", "h2#text-heading")  # the article's page, not a missing entity
