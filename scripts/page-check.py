#!/usr/bin/env python3
"""Checks unspin serve's page for editors (/) in headless Chromium; called by page-check.sh.

Asks the server's POST api/check for the sample article's report itself, then drives the page
through chromedriver (the WebDriver client of browser-check.py, python's standard library only):
types the sample into the text box, checks it with Ctrl+Enter, and verifies that
  - every finding is highlighted, in order, on its own words (the highlight's text is the
    finding's text), with its severity; the score, verdict and counts by severity are shown;
  - clicking a highlight shows its message, rule and suggestions; the keyboard works (Enter on a
    highlight opens its suggestions, Enter accepts one, Tab goes to the next highlight, a digit
    accepts), and the offsets of the other findings stay right after each acceptance;
  - "Accept all" gives the text with every finding's first suggestion; "Copy fixed text" copies
    it (read back from the clipboard when the browser lets us, else from the page's text box);
  - editing marks the result stale, and the edited text can be checked again;
  - server errors (413, 429, 400) are shown (fetch answered in the page, so they are exact);
    messages, suggestions and the article are inserted as text, never as HTML;
  - the browser logs no console errors and the page fetches nothing from another origin.
Takes a screenshot (1366x768, a laptop screen) of the checked article with a finding selected.
"""
import argparse
import base64
import importlib.util
import json
import os
import sys
import time
import urllib.parse
import urllib.request

failures = []
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
ENTER, TAB, CONTROL, NULL = "\ue007", "\ue004", "\ue009", "\ue000"


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def load_browser_check():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "browser-check.py")
    spec = importlib.util.spec_from_file_location("browser_check", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def server_report(url, text):
    body = urllib.parse.urlencode({"text": text, "format": "text"}).encode()
    request = urllib.request.Request(urllib.parse.urljoin(url, "api/check"), data=body, method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=300) as response:
        return json.load(response)


def replaced(text, findings):
    """The text with each finding replaced by its first suggestion (UTF-16 offsets, as in Java and JS)."""
    units = text.encode("utf-16-le")
    out, at = [], 0
    for f in sorted(findings, key=lambda f: f["start"]):
        out.append(units[2 * at:2 * f["start"]].decode("utf-16-le"))
        out.append(f["suggestions"][0] if f["suggestions"] else units[2 * f["start"]:2 * f["end"]].decode("utf-16-le"))
        at = f["end"]
    out.append(units[2 * at:].decode("utf-16-le"))
    return "".join(out)


class Page:
    def __init__(self, driver):
        self.d = driver

    def find(self, css):
        return self.d.command("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def keys(self, element, text):
        self.d.command("POST", f"/element/{element}/value", {"text": text})

    def click(self, element):
        self.d.command("POST", f"/element/{element}/click", {})

    def js(self, script, *args):
        return self.d.run(script, *args)

    def js_async(self, script, *args):
        return self.d.command("POST", "/execute/async", {"script": script, "args": list(args)})

    def wait(self, script, timeout, what):
        deadline = time.time() + timeout
        while time.time() < deadline:
            value = self.js(script)
            if value:
                return value
            time.sleep(0.25)
        check(False, f"timed out after {timeout} s waiting for {what}")
        return None

    def severe(self):
        return [e for e in self.d.log() if e["level"] == "SEVERE"]


MARKS = "return [...document.querySelectorAll('#result-text mark')].map(m => ({text: m.textContent, cls: m.className, shown: m.getClientRects().length > 0}));"
ARTICLE = "return document.getElementById('article').value;"
DONE = """const error = document.getElementById('error');
    if (!error.hidden) return 'error: ' + error.textContent;
    return document.body.getAttribute('aria-busy') !== 'true' && document.getElementById('status').textContent.startsWith('Checked') ? 'done' : null;"""


def check_marks(page, findings, where):
    marks = page.js(MARKS)
    check(len(marks) == len(findings), f"{where}: {len(marks)} highlights for {len(findings)} findings")
    bad = 0
    for i, (mark, finding) in enumerate(zip(marks, findings)):
        ok = check(mark["text"] == finding["text"], f"{where}: highlight {i + 1} is {mark['text']!r}, the finding is {finding['text']!r}")
        ok &= check(mark["cls"] == finding["severity"], f"{where}: highlight {i + 1} has class {mark['cls']!r}, severity {finding['severity']!r}")
        ok &= check(mark["shown"], f"{where}: highlight {i + 1} is not shown")
        bad += not ok
    return len(marks) - bad


def fake_server(page, status, body):
    """Makes the page's next fetch answer with this status and JSON body."""
    page.js("""const [status, body] = arguments;
        window.__realFetch = window.__realFetch || window.fetch;
        window.fetch = async () => new Response(JSON.stringify(body), {status: status, headers: {'Content-Type': 'application/json'}});""",
            status, body)


def real_server(page):
    page.js("if (window.__realFetch) { window.fetch = window.__realFetch; }")


def check_errors(page):
    for status, message, expected in [(413, "the text is larger than 1000000 bytes", "too large"),
                                      (429, "busy; try again", "busy"),
                                      (400, "format must be text, markdown or html", "could not check")]:
        fake_server(page, status, {"error": message, "status": status})
        page.click(page.find("#check"))
        shown = page.wait("const e = document.getElementById('error'); return e.hidden ? null : e.textContent;", 10, f"the {status} error")
        if shown:
            check(expected in shown and message in shown, f"HTTP {status}: the page shows {shown!r}")
            print(f"error {status}: {shown}")
    real_server(page)


def check_no_html_injection(page):
    """Markup in the article, a message and a suggestion must show as text."""
    article = "<script>window.__injected = 1</script> members of the family <img src=x onerror=\"window.__injected = 2\">"
    start = article.index("members of the family")
    report = {"documents": [{"path": "x.txt", "words": 9, "score": 50.0, "verdict": "suspect", "findings": [{
        "rule": "r/<b>rule</b>", "category": "spinner-synonym", "severity": "warning", "confidence": 0.9,
        "start": start, "end": start + len("members of the family"), "line": 1, "column": start + 1,
        "text": "members of the family", "suggestions": ["<img src=y onerror=\"window.__injected = 3\">"],
        "message": "<img src=z onerror=\"window.__injected = 4\"> message", "source": "dictionary"}]}]}
    page.js("const a = document.getElementById('article'); a.value = arguments[0]; a.dispatchEvent(new Event('input'));", article)
    fake_server(page, 200, report)
    page.click(page.find("#check"))
    page.wait(DONE, 10, "the fake report")
    page.click(page.find("#result-text mark"))
    state = page.js("""return {injected: window.__injected || null,
        elements: document.querySelectorAll('#result-text script, #result-text img, #details script, #details img, #details b').length,
        text: document.getElementById('result-text').textContent,
        message: document.getElementById('d-message').textContent,
        suggestion: document.querySelector('#d-suggestions button').textContent};""")
    check(state["injected"] is None, f"markup from the article or the server ran: window.__injected = {state['injected']}")
    check(state["elements"] == 0, f"{state['elements']} elements made from the article or the report's text")
    check(state["text"] == article, "the article with markup is not shown as its text")
    check(state["message"].startswith("<img"), f"the message is not shown as text: {state['message']!r}")
    check("<img src=y" in state["suggestion"], f"the suggestion is not shown as text: {state['suggestion']!r}")
    real_server(page)


def check_drop(page):
    """A file dropped on the text box replaces the text; its extension gives the format."""
    page.click(page.find("#tab-edit"))
    markdown = "# Talks in Seoul\n\nOfficials mentioned *members of the family*.\n"
    state = page.js_async("""const dt = new DataTransfer();
        dt.items.add(new File([arguments[0]], 'notes.md', {type: 'text/markdown'}));
        document.getElementById('article').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
        const done = arguments[arguments.length - 1];
        setTimeout(() => done({text: document.getElementById('article').value, format: document.getElementById('format').value}), 300);""",
                          markdown)
    check(state["text"] == markdown, f"the dropped file's text is not in the text box: {state['text'][:80]!r}")
    check(state["format"] == "markdown", f"a dropped .md file set the format to {state['format']!r}")


def check_page(url, profile, flags, text, png, browser_check):
    print(f"page-check: asking {url}api/check for the sample's report")
    report = server_report(url, text)
    doc = report["documents"][0]
    findings = sorted(doc["findings"], key=lambda f: f["start"])
    print(f"server: {doc['verdict']}, score {doc['score']}, {len(findings)} findings")
    check(findings, "the server found nothing in the sample; it should be spun")

    driver = browser_check.WebDriver(flags + [f"--user-data-dir={profile}", "--window-size=1366,768"])
    page = Page(driver)
    try:
        driver.open("data:text/html,<script>console.error('unspin-canary')</script>")
        if not check([e for e in driver.log() if e["level"] == "SEVERE" and "unspin-canary" in e["message"]],
                     "the browser log did not report the canary's console.error; console errors cannot be checked"):
            return
        driver.open(url)
        clipboard = True
        for name in ("clipboard-read", "clipboard-write"):
            try:
                driver.command("POST", "/permissions", {"descriptor": {"name": name}, "state": "granted"})
            except RuntimeError as e:
                clipboard = False
                print(f"clipboard permission {name} not granted ({str(e)[:120]}); copy is checked in the text box")

        check("unspin" in page.js("return document.title;"), "the page has no unspin title")

        # Paste the article: typed into the text box, checked with Ctrl+Enter.
        article = page.find("#article")
        page.keys(article, text)
        typed = page.js(ARTICLE)
        check(typed == text, f"the text box holds {len(typed)} characters, not the sample's {len(text)}")
        page.keys(article, CONTROL + ENTER + NULL)
        result = page.wait(DONE, 300, "the check")
        check(result == "done", f"the check ended with {result!r}")
        check(page.js("return document.getElementById('format').value;") == "text", "the sample's format was not guessed as text")

        shown = check_marks(page, findings, "after the check")
        check(page.js("return document.getElementById('article').getClientRects().length === 0;"),
              "the text box is still shown beside the checked text")
        summary = page.js("""return {score: document.getElementById('score').textContent,
            verdict: document.getElementById('verdict').textContent, verdictClass: document.getElementById('verdict').className,
            error: document.getElementById('count-error').textContent, warning: document.getElementById('count-warning').textContent,
            info: document.getElementById('count-info').textContent};""")
        check(summary["score"] == "%.1f" % doc["score"], f"the page shows score {summary['score']!r}, the report {doc['score']}")
        check(summary["verdict"] == doc["verdict"] and doc["verdict"] in summary["verdictClass"],
              f"the page shows verdict {summary['verdict']!r} ({summary['verdictClass']}), the report {doc['verdict']!r}")
        for severity in ("error", "warning", "info"):
            count = sum(1 for f in findings if f["severity"] == severity)
            check(summary[severity] == str(count), f"the page counts {summary[severity]} {severity} findings, the report {count}")
        print(f"page: score {summary['score']} {summary['verdict']}, {shown} of {len(findings)} highlights right")

        # Click the third highlight: its details.
        marks = driver.command("POST", "/elements", {"using": "css selector", "value": "#result-text mark"})
        third = findings[2]
        page.click(marks[2][ELEMENT])
        details = page.js("""return {message: document.getElementById('d-message').textContent,
            rule: document.getElementById('d-rule').textContent,
            suggestions: [...document.querySelectorAll('#d-suggestions button')].map(b => b.textContent)};""")
        check(details["message"] == third["message"], f"the third highlight's message is {details['message']!r}")
        check(details["rule"] == third["rule"], f"the third highlight's rule is {details['rule']!r}")
        check(len(details["suggestions"]) == len(third["suggestions"])
              and all(s in b for s, b in zip(third["suggestions"], details["suggestions"])),
              f"the third highlight's suggestions are {details['suggestions']!r}, expected {third['suggestions']!r}")

        page.js("window.scrollTo(0, 0);")
        with open(png, "wb") as f:
            f.write(base64.b64decode(driver.command("GET", "/screenshot")))

        # Keyboard: Enter on the first highlight opens its suggestions, Enter accepts the first.
        first = page.find("#result-text mark")
        page.keys(first, ENTER)
        active = page.js("const a = document.activeElement; return a.closest('#d-suggestions') ? a.textContent : a.tagName;")
        check(findings[0]["suggestions"][0] in active, f"Enter on a highlight focused {active!r}, not its first suggestion")
        page.keys(driver.command("GET", "/element/active")[ELEMENT], ENTER)
        done = [findings[0]]
        check(page.js(ARTICLE) == replaced(text, done), "accepting the first suggestion did not give the expected text")
        check_marks(page, findings[1:], "after accepting one suggestion")
        focused = page.js("return document.activeElement.textContent;")
        check(focused == findings[1]["text"], f"after accepting, the focus is on {focused!r}, not the next highlight")
        # Tab to the next highlight, then accept its first suggestion with the key 1.
        page.keys(driver.command("GET", "/element/active")[ELEMENT], TAB)
        focused = page.js("return document.activeElement.textContent;")
        check(focused == findings[2]["text"], f"Tab went to {focused!r}, not the next highlight {findings[2]['text']!r}")
        if findings[2]["suggestions"]:
            page.keys(driver.command("GET", "/element/active")[ELEMENT], "1")
            done.append(findings[2])
            check(page.js(ARTICLE) == replaced(text, done), "the key 1 did not accept the first suggestion")
            check_marks(page, [findings[1]] + findings[3:], "after accepting two suggestions")

        # Accept all.
        page.click(page.find("#accept-all"))
        fixed = replaced(text, findings)
        check(page.js(ARTICLE) == fixed, "after Accept all, the text box is not the text with every first suggestion")
        check(page.js("return document.getElementById('result-text').textContent;") == fixed,
              "after Accept all, the shown text is not the text with every first suggestion")
        check_marks(page, [f for f in findings if not f["suggestions"]], "after Accept all")

        # Copy.
        page.click(page.find("#copy"))
        page.wait("return document.getElementById('copy').dataset.copied;", 10, "the copy")
        copied = page.js("return document.getElementById('copy').dataset.copied;")
        check(copied == "yes", f"Copy fixed text reported {copied!r}")
        pasted = None
        if clipboard:
            pasted = page.js_async("const done = arguments[arguments.length - 1];"
                                   "navigator.clipboard.readText().then(done, e => done('unreadable: ' + e));")
        if pasted is not None and not pasted.startswith("unreadable: "):
            check(pasted == fixed, "the clipboard does not hold the fixed text")
            print("copy: read back from the clipboard")
        else:
            check(page.js(ARTICLE) == fixed, "the text box does not hold the fixed text")
            print(f"copy: clipboard not readable ({pasted}); read back from the text box")

        # Edit: the result goes stale; check again.
        page.click(page.find("#tab-edit"))
        page.keys(page.find("#article"), " The end.")
        page.click(page.find("#tab-review"))
        check(page.js("return !document.getElementById('stale').hidden && document.querySelectorAll('#result-text mark').length === 0;"),
              "editing the text did not mark the result stale")
        check(page.js("return document.getElementById('accept-all').disabled;"), "Accept all is enabled on a stale result")
        page.click(page.find("#check"))
        result = page.wait(DONE, 300, "the second check")
        check(result == "done", f"the second check ended with {result!r}")
        check(page.js("return document.getElementById('stale').hidden;"), "the result is still stale after checking again")
        status = page.js("return document.getElementById('status').textContent;")
        print(f"re-check: {status}")

        check_errors(page)
        check_no_html_injection(page)
        check_drop(page)

        resources = page.js("return performance.getEntriesByType('resource').map(r => r.name);")
        origin = page.js("return location.origin;")
        outside = [r for r in resources if not r.startswith(origin + "/")]
        check(not outside, f"the page fetched from outside: {outside}")
        print(f"resources: {len(resources)}, all from {origin}")
        errors = page.severe()
        check(not errors, f"console errors: {[e['message'] for e in errors]}")
    finally:
        driver.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="the page's URL, ending in /")
    parser.add_argument("--text", required=True, help="the article to check")
    parser.add_argument("--png", required=True, help="where to write the screenshot")
    parser.add_argument("--profile", required=True, help="a fresh Chromium profile directory")
    parser.add_argument("flags", nargs="*", help="Chromium flags")
    args = parser.parse_args()
    url = args.url if args.url.endswith("/") else args.url + "/"
    with open(args.text, encoding="utf-8", newline="") as f:
        text = f.read()
    check_page(url, args.profile, args.flags, text, args.png, load_browser_check())
    for failure in failures[:30]:
        print(f"page-check: FAIL: {failure}", file=sys.stderr)
    if len(failures) > 30:
        print(f"page-check: FAIL: ... and {len(failures) - 30} more", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
