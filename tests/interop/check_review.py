#!/usr/bin/env python3
"""Opens a review page from file:// in Debian's headless chromium and checks it.

    check_review.py PAGE.html [--box ID:COLOUR:FRACTION ...] [--screenshot FILE.png [--scroll-to ID]]

Fails (exit 1) on a console error or exception, a failed request, an image on screen that
does not decode, or a picture box whose screenshot pixels do not show what it should: at
least FRACTION of the box's pixels of COLOUR (RRGGBB), or of any colour but white ('ink').
The box is the `.box` element inside the element of id ID, found where the browser laid it out.

Chromium is driven through its DevTools protocol on a pipe (--remote-debugging-pipe), so
no port is opened and nothing but Python's standard library is needed.
"""

import argparse
import base64
import json
import os
import select
import struct
import subprocess
import sys
import tempfile
import time
import zlib

WIDTH, HEIGHT = 1280, 900  # the window the pages are laid out in
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--remote-debugging-pipe"]


class Browser:
    """One chromium, one page, messages over fds 3 (to chromium) and 4 (from it)."""

    def __init__(self, profile):
        to_child, self.to_browser = os.pipe()
        self.from_browser, from_child = os.pipe()

        def pipes_as_3_and_4():
            # Through copies: a pipe may already be fd 3 or 4, and dup2 onto itself would
            # keep its close-on-exec flag.
            reading, writing = os.dup(to_child), os.dup(from_child)
            os.dup2(reading, 3)
            os.dup2(writing, 4)

        self.process = subprocess.Popen(["chromium", *FLAGS, "--user-data-dir=" + profile],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        preexec_fn=pipes_as_3_and_4, close_fds=False)
        os.close(to_child)
        os.close(from_child)
        self.next_id, self.buffer, self.events, self.session = 0, b"", [], None

    def close(self):
        # Asked to close, chromium ends its helper processes too; they would otherwise go on
        # writing into the profile while it is removed.
        self.session = None
        try:
            self.call("Browser.close", timeout=10)
        except (OSError, EOFError, TimeoutError, RuntimeError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def _message(self, deadline):
        while b"\0" not in self.buffer:
            if not select.select([self.from_browser], [], [], max(0, deadline - time.time()))[0]:
                raise TimeoutError("chromium did not answer in time")
            chunk = os.read(self.from_browser, 65536)
            if not chunk:
                raise EOFError("chromium closed its pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, timeout=30, **params):
        self.next_id += 1
        command = {"id": self.next_id, "method": method, "params": params}
        if self.session:
            command["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(command).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            message = self._message(deadline)
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]
            self.events.append(message)

    def wait_for(self, event, timeout=30):
        deadline = time.time() + timeout
        while not any(e.get("method") == event for e in self.events):
            self.events.append(self._message(deadline))

    def evaluate(self, expression):
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"]["value"]


def problems_in(events):
    """Console errors, exceptions and failed requests among the page's events."""
    found = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            found.append("exception: " + params["exceptionDetails"].get("text", ""))
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            found.append("console error: " + json.dumps(params.get("args")))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            found.append("log error: " + params["entry"].get("text", ""))
        elif method == "Network.loadingFailed":
            found.append("failed request: " + params.get("errorText", "") + " " + params.get("requestId", ""))
    return found


# The images the reader sees without scrolling; lazy ones further down never load.
IMAGES_ON_SCREEN = """Array.from(document.images)
  .filter(i => i.getBoundingClientRect().top < innerHeight)
  .map(i => ({src: i.src, complete: i.complete, width: i.naturalWidth}))"""


def images_not_decoded(browser):
    deadline = time.time() + 10
    while True:
        images = browser.evaluate(IMAGES_ON_SCREEN)
        waiting = [i for i in images if not i["complete"]]
        if not waiting or time.time() > deadline:
            return [i["src"] for i in images if not i["complete"] or i["width"] == 0]
        time.sleep(0.1)


def decode_png(data):
    """(width, height, rows of RGB tuples) of an 8-bit RGB or RGBA PNG, as chromium writes."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), "unexpected PNG pixel format"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    channels = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, channels)])
        previous = line
    return width, height, rows


def near(pixel, colour):
    return all(abs(a - b) <= 24 for a, b in zip(pixel, colour))


def box_fraction(rows, colour):
    """The fraction of a box's inner pixels (its border left out) matching `colour`."""
    pixels = [p for row in rows[2:-2] for p in row[2:-2]]
    if not pixels:
        return 0.0
    if colour == "ink":
        matching = [p for p in pixels if not near(p, (255, 255, 255))]
    else:
        matching = [p for p in pixels if near(p, tuple(bytes.fromhex(colour)))]
    return len(matching) / len(pixels)


RECT_OF_BOX = """(() => { const f = document.getElementById(%s); const b = f && f.querySelector('.box'); if (!b) return null;
  b.scrollIntoView({block: 'nearest'});
  const r = b.getBoundingClientRect();
  return {x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height}; })()"""


def box_problems(browser, boxes):
    """Each box where the layout put it, taken from the screen and compared coarsely."""
    found = []
    for spec in boxes:
        element, colour, fraction = spec.rsplit(":", 2)
        rect = browser.evaluate(RECT_OF_BOX % json.dumps(element))
        if rect is None:
            found.append(f"no picture box #{element}")
            continue
        png = browser.call("Page.captureScreenshot", format="png", clip={**rect, "scale": 1})["data"]
        seen = box_fraction(decode_png(base64.b64decode(png))[2], colour)
        if seen < float(fraction):
            found.append(f"box #{element}: {seen:.3f} of its pixels are {colour}, expected at least {fraction}")
    return found


def check(page, boxes, screenshot, scroll_to):
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        browser = Browser(profile)
        try:
            target = browser.call("Target.createTarget", url="about:blank")["targetId"]
            browser.session = browser.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                browser.call(domain + ".enable")
            browser.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=1,
                         mobile=False)
            browser.call("Page.navigate", url="file://" + os.path.abspath(page))
            browser.wait_for("Page.loadEventFired")
            found = ["image does not decode: " + src for src in images_not_decoded(browser)]
            found += box_problems(browser, boxes)
            if screenshot:
                if scroll_to:  # the screenshot starts at that element
                    browser.evaluate("document.getElementById(%s).scrollIntoView()" % json.dumps(scroll_to))
                    time.sleep(0.2)
                with open(screenshot, "wb") as out:
                    out.write(base64.b64decode(browser.call("Page.captureScreenshot", format="png")["data"]))
            found += problems_in(browser.events)
        finally:
            browser.close()
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("page")
    parser.add_argument("--box", action="append", default=[])
    parser.add_argument("--screenshot")
    parser.add_argument("--scroll-to")
    args = parser.parse_args()
    problems = check(args.page, args.box, args.screenshot, args.scroll_to)
    for problem in problems:
        print(f"{args.page}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
