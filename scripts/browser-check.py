#!/usr/bin/env python3
"""Checks unspin's HTML report in a real browser; called by browser-check.sh.

1. The DOM Chromium rendered (--dump-dom) has one <mark> per finding of the JSON report, in
   order, with the finding's severity, text, first suggestion (<ins>), and a title naming all
   suggestions, the rule and the message; the findings list links to every mark.
2. A chromedriver session (W3C WebDriver over HTTP, python's standard library only) loads the
   page with the browser log enabled. Any SEVERE entry (console.error, uncaught exception,
   blocked load) fails the check. A canary page that calls console.error is loaded first, so a
   log that silently stays empty fails too. In the same session: nothing was fetched, the
   "accept" switch shows the text with every first suggestion, and a click on a mark selects
   its entry in the findings list.
"""
import argparse
import html.parser
import json
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


class MarkCollector(html.parser.HTMLParser):
    """Marks (id, class, title, text, del text, ins text) and the findings list's links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marks = []
        self.links = set()
        self.external = []
        self._mark = None
        self._part = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("src", "href", "action"):
            value = a.get(name)
            if value and not (value.startswith("#") or value.startswith("data:")):
                self.external.append(f"<{tag} {name}={value}>")
        if tag == "a" and a.get("href", "").startswith("#"):
            self.links.add(a["href"][1:])
        if tag == "mark":
            self._mark = {"id": a.get("id"), "class": a.get("class"), "title": a.get("title", ""),
                          "text": "", "del": None, "ins": None}
            self.marks.append(self._mark)
        elif self._mark is not None and tag in ("del", "ins"):
            self._part = tag
            self._mark[tag] = ""

    def handle_endtag(self, tag):
        if tag == "mark":
            self._mark = None
        elif tag in ("del", "ins"):
            self._part = None

    def handle_data(self, data):
        if self._mark is None:
            return
        if self._part is not None:
            self._mark[self._part] += data
        if self._part != "ins":
            self._mark["text"] += data


def check_dom(dom_file, report):
    findings = report["documents"][0]["findings"]
    parser = MarkCollector()
    with open(dom_file, encoding="utf-8") as f:
        parser.feed(f.read())
    marks = parser.marks
    print(f"dom: {len(marks)} marks, JSON report: {len(findings)} findings")
    check(len(findings) > 0, "the JSON report has no findings; the sample should be spun")
    check(len(marks) == len(findings), f"{len(marks)} marks for {len(findings)} findings")
    by_id = {mark["id"]: mark for mark in marks}
    for i, finding in enumerate(findings):
        where = f"finding {i + 1} ({finding['rule']}, line {finding['line']})"
        mark = by_id.get(f"d0-f{i}")
        if not check(mark is not None, f"{where}: no mark d0-f{i}"):
            continue
        check(mark["class"] == finding["severity"], f"{where}: class {mark['class']!r}, severity {finding['severity']!r}")
        check(mark["text"] == finding["text"], f"{where}: marks {mark['text']!r}, finding is {finding['text']!r}")
        suggestions = finding["suggestions"]
        if suggestions:
            check(mark["ins"] == suggestions[0], f"{where}: suggestion {mark['ins']!r}, expected {suggestions[0]!r}")
        for expected in suggestions + [finding["rule"], finding["message"], "confidence %.2f" % finding["confidence"]]:
            check(expected in mark["title"], f"{where}: title lacks {expected!r}")
        check(mark["id"] in parser.links, f"{where}: the findings list has no link to #{mark['id']}")
    check(not parser.external, f"references outside the page: {parser.external[:5]}")


class WebDriver:
    """Just enough of the W3C WebDriver protocol, spoken to chromedriver."""

    def __init__(self, browser_args):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        self.base = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(["chromedriver", f"--port={port}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.session = None
        deadline = time.time() + 30
        while True:
            try:
                if self.call("GET", "/status")["ready"]:
                    break
            except (urllib.error.URLError, ConnectionError):
                pass
            if time.time() > deadline:
                raise RuntimeError("chromedriver did not start")
            time.sleep(0.1)
        capabilities = {"browserName": "chrome", "goog:loggingPrefs": {"browser": "ALL"},
                        "goog:chromeOptions": {"args": browser_args}}
        self.session = self.call("POST", "/session", {"capabilities": {"alwaysMatch": capabilities}})["sessionId"]

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return json.load(response)["value"]
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"webdriver {method} {path}: {e.read().decode(errors='replace')[:500]}") from None

    def command(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def open(self, url):
        self.command("POST", "/url", {"url": url})

    def run(self, script, *args):
        return self.command("POST", "/execute/sync", {"script": script, "args": list(args)})

    def log(self):
        return self.command("POST", "/se/log", {"type": "browser"})

    def close(self):
        try:
            if self.session:
                self.call("DELETE", f"/session/{self.session}")
        finally:
            self.process.terminate()
            self.process.wait(timeout=30)


def fixed_text(text, findings):
    """The text with every finding replaced by its first suggestion; offsets are UTF-16 code units, as in Java."""
    units = text.encode("utf-16-le")
    out, at = [], 0
    for f in findings:
        out.append(units[2 * at:2 * f["start"]].decode("utf-16-le"))
        out.append(f["suggestions"][0] if f["suggestions"] else f["text"])
        at = f["end"]
    out.append(units[2 * at:].decode("utf-16-le"))
    return "".join(out)


def squeeze(s):
    return re.sub(r"\s+", " ", s).strip()


def check_in_browser(url, profile, flags, report, text):
    findings = report["documents"][0]["findings"]
    driver = WebDriver(flags + [f"--user-data-dir={profile}", "--window-size=1400,2000"])
    try:
        driver.open("data:text/html,<script>console.error('unspin-canary')</script>")
        canary = [e for e in driver.log() if e["level"] == "SEVERE" and "unspin-canary" in e["message"]]
        if not check(canary, "the browser log did not report the canary's console.error; console errors cannot be checked"):
            return
        driver.open(url)
        entries = driver.log()
        errors = [e for e in entries if e["level"] == "SEVERE"]
        for e in entries:
            print(f"console {e['level']}: {e['message']}")
        print(f"console: {len(entries)} entries, {len(errors)} errors")
        check(not errors, f"console errors: {[e['message'] for e in errors]}")

        state = driver.run("""
            const text = document.querySelector('.text');
            const marks = [...document.querySelectorAll('.text mark')];
            const shown = el => el.getClientRects().length > 0;
            return {title: document.title,
                    resources: performance.getEntriesByType('resource').map(r => r.name),
                    marks: marks.length, marksShown: marks.filter(shown).length,
                    insShown: [...text.querySelectorAll('ins')].filter(shown).length,
                    text: text.innerText};""")
        check(not state["resources"], f"the page fetched {state['resources']}")
        check(state["marks"] == len(findings) == state["marksShown"],
              f"{state['marksShown']} of {state['marks']} marks visible for {len(findings)} findings")
        check(state["insShown"] == 0, f"{state['insShown']} suggestions shown before the accept switch")
        check(squeeze(state["text"]) == squeeze(text), "the page's text is not the original text")

        accepted = driver.run("""
            document.getElementById('accept-all').click();
            const text = document.querySelector('.text');
            return {on: document.body.classList.contains('accept-all'), text: text.innerText};""")
        check(accepted["on"], "the accept switch did not turn on")
        check(squeeze(accepted["text"]) == squeeze(fixed_text(text, findings)),
              "the accept view is not the text with every first suggestion")

        selected = driver.run("""
            const mark = document.querySelector('.text mark:nth-of-type(3)');
            mark.click();
            const item = document.querySelector('li.current');
            return item ? item.id : null;""")
        check(selected == "d0-l2", f"clicking the third mark selected {selected!r}, expected d0-l2")

        late = [e for e in driver.log() if e["level"] == "SEVERE"]
        check(not late, f"console errors while using the page: {[e['message'] for e in late]}")
        print(f"browser: page {state['title']!r}, {state['marksShown']} marks shown, accept view and mark click checked")
    finally:
        driver.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dom", required=True, help="output of chromium --dump-dom")
    parser.add_argument("--json", required=True, help="unspin's JSON report of the same document")
    parser.add_argument("--text", required=True, help="the checked document")
    parser.add_argument("--url", required=True, help="the HTML report's file:// URL")
    parser.add_argument("--profile", required=True, help="a fresh Chromium profile directory")
    parser.add_argument("flags", nargs="*", help="Chromium flags")
    args = parser.parse_args()
    with open(args.json, encoding="utf-8") as f:
        report = json.load(f)
    with open(args.text, encoding="utf-8", newline="") as f:
        text = f.read()
    check_dom(args.dom, report)
    check_in_browser(args.url, args.profile, args.flags, report, text)
    for failure in failures[:30]:
        print(f"browser-check: FAIL: {failure}", file=sys.stderr)
    if len(failures) > 30:
        print(f"browser-check: FAIL: ... and {len(failures) - 30} more", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
