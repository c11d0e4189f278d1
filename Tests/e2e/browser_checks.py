#!/usr/bin/env python3
"""What a reader sees, checked in headless Chromium (see devtools.py):

- the index, a region page and an indicator page load with no console
  error, exception or failed load; their table is on screen, not covered;
- the indicator page's bar chart is drawn: its pixels hold bars in the
  chart's colours, as long as the data say;
- printing (print media): no site furniture, the table printed, grey bars;
- without JavaScript the comparison table is complete, every cell filled;
- sorting: a click on a column header orders the rows by the normalised
  figures, "not reported" last, a second click reverses, the state is in the
  URL fragment, and opening that URL sorts the table again; a figure's link
  still lands on its highlighted sentence;
- the 404 page, at a deep address, is styled and its home link works;
- a page opened from disk (file://) works, a click on a link opens the next.

Screenshots of the index and a region page are written to --screenshots.
Prints one line per check and ends with 'N passed, N failed'.
"""
import argparse
import io
import json
import os
import re
import sys
import tempfile

from PIL import Image

from devtools import Browser, BrowserError

ACCENT = (179, 38, 30)       # .bar-chart rect, var(--accent) in site.css
MUTED = (232, 162, 157)      # .bar-chart .muted rect
HEADER_BACKGROUND = "rgb(179, 38, 30)"


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def expect(self, condition, what, detail=""):
        if condition:
            self.passed += 1
            print(f"  ok    {what}")
        else:
            self.failed += 1
            print(f"  FAIL  {what}" + (f": {detail}" if detail else ""))
        return condition

    def no_problems(self, browser, page, allowed=()):
        problems = [p for p in browser.problems if not any(a in p for a in allowed)]
        self.expect(not problems, f"{page}: no console errors or failed loads", "; ".join(problems))


def table_visible(browser, selector):
    """'ok' when the table is laid out, visible, has rows, and is what the
    reader sees at its middle (not covered by anything)."""
    return browser.evaluate(f"""(() => {{
        const table = document.querySelector({json.dumps(selector)});
        if (!table) return 'no element ' + {json.dumps(selector)};
        table.scrollIntoView({{block: 'center'}});
        const box = table.getBoundingClientRect();
        const style = getComputedStyle(table);
        if (style.display === 'none' || style.visibility !== 'visible') return 'hidden by CSS';
        if (box.width < 200 || box.height < 60) return 'too small: ' + box.width + 'x' + box.height;
        if (table.tBodies[0].rows.length === 0) return 'no rows';
        const x = box.left + Math.min(box.width / 2, 300), y = box.top + Math.min(box.height / 2, 200);
        const hit = document.elementFromPoint(x, y);
        return table.contains(hit) ? 'ok' : 'covered by ' + (hit ? hit.tagName : 'nothing');
    }})()""")


def header_style(browser):
    return browser.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor")


def near(pixel, colour, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], colour))


def chart_box(browser):
    """The bar chart's place in the document and its number of bars, or None."""
    return browser.evaluate("""(() => {
        const svg = document.querySelector('svg.bar-chart');
        if (!svg) return null;
        svg.scrollIntoView({block: 'center'});
        const r = svg.getBoundingClientRect();
        return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height,
                bars: svg.querySelectorAll('rect').length};
    })()""")


def chart_image(browser, chart):
    clip = {key: chart[key] for key in ("x", "y", "width", "height")}
    return Image.open(io.BytesIO(browser.screenshot(clip))).convert("RGB")


def check_chart(checks, browser, page):
    chart = chart_box(browser)
    if not checks.expect(chart is not None and chart["bars"] > 0, f"{page}: has a bar chart"):
        return
    image = chart_image(browser, chart)
    width, height = image.size
    pixels = image.load()
    coloured = 0
    longest = 0
    for y in range(height):
        run = 0
        for x in range(width):
            if near(pixels[x, y], ACCENT) or near(pixels[x, y], MUTED):
                coloured += 1
                run += 1
                longest = max(longest, run)
            else:
                run = 0
    non_white = sum(1 for y in range(0, height, 2) for x in range(0, width, 2) if sum(pixels[x, y]) < 720)
    # The longest bar spans the bar area, 400 of the chart's 660 units.
    checks.expect(longest >= width * 0.45, f"{page}: the longest bar is drawn across the chart",
                  f"longest run {longest}px of {width}px")
    checks.expect(coloured >= chart["bars"] * 150, f"{page}: every bar has pixels ({chart['bars']} bars, {coloured} bar pixels)")
    checks.expect(non_white > 200, f"{page}: labels are drawn beside the bars ({non_white} dark sample pixels)")


def column_order(browser, table_id, column):
    return browser.evaluate(f"""(() => {{
        const table = document.getElementById({json.dumps(table_id)});
        return [...table.tBodies[0].rows].map(row => {{
            const cell = row.cells[{column}];
            const value = cell.getAttribute('data-sort-value');
            return value === null ? cell.textContent.trim() : value;
        }});
    }})()""")


def is_sorted(values, descending):
    present = [v for v in values if v != ""]
    if values[len(present):] != [""] * (len(values) - len(present)):
        return False
    numbers = [float(v) for v in present]
    return numbers == sorted(numbers, reverse=descending)


def check_without_script(checks, browser, index_url):
    """Sorting is an enhancement: with JavaScript off the table is all there, in its built order."""
    browser.send("Emulation.setScriptExecutionDisabled", value=True)
    try:
        browser.open(index_url)
        table = browser.evaluate("""(() => {
            const table = document.getElementById('table-comparison');
            const rows = [...table.tBodies[0].rows];
            return {rows: rows.length, columns: table.tHead.rows[0].cells.length,
                    complete: rows.every(r => r.cells.length === table.tHead.rows[0].cells.length
                                              && [...r.cells].every(c => c.textContent.trim() !== '')),
                    buttons: table.querySelectorAll('button').length};
        })()""")
    finally:
        browser.send("Emulation.setScriptExecutionDisabled", value=False)
    checks.expect(table["rows"] > 1 and table["complete"] and table["buttons"] == 0,
                  f"index without JavaScript: the table is complete ({table['rows']} rows, {table['columns']} columns, every cell filled)",
                  str(table))
    checks.expect(table_visible(browser, "#table-comparison") == "ok", "index without JavaScript: the table is visible")


def check_print(checks, browser, indicator_url):
    """The print stylesheet: no site header, tables whole, bars in grey rather than red."""
    browser.open(indicator_url)
    browser.send("Emulation.setEmulatedMedia", media="print")
    try:
        header = browser.evaluate("getComputedStyle(document.querySelector('.site-header')).display")
        checks.expect(header == "none", "print: the site header is not printed", header)
        checks.expect(table_visible(browser, "#table-ranking") == "ok", "print: the ranking table is printed")
        colours = chart_image(browser, chart_box(browser)).getcolors(maxcolors=1 << 20)
        dark = sum(count for count, colour in colours if near(colour, (51, 51, 51), 20))
        red = sum(count for count, colour in colours if near(colour, ACCENT))
        checks.expect(dark > 1000 and red == 0, f"print: the chart's bars print in grey ({dark} grey, {red} red pixels)")
    finally:
        browser.send("Emulation.setEmulatedMedia", media="")


def check_sorting(checks, browser, index_url):
    browser.open(index_url)
    # The numeric column with the most different values, preferring one with a "not reported" cell.
    choice = browser.evaluate("""(() => {
        const table = document.getElementById('table-comparison');
        const headers = [...table.tHead.rows[0].cells];
        let best = null;
        headers.forEach((th, index) => {
            if (!th.classList.contains('num') || th.dataset.sortKey === 'year') return;
            const values = [...table.tBodies[0].rows].map(r => r.cells[index].getAttribute('data-sort-value'));
            const score = new Set(values.filter(v => v)).size * 10 + (values.includes('') ? 5 : 0);
            if (!best || score > best.score) best = {index, key: th.dataset.sortKey, score, label: th.textContent};
        });
        return best;
    })()""")
    if not checks.expect(choice is not None, "index: the comparison table has a sortable figure column"):
        return
    index, key = choice["index"], choice["key"]
    built = column_order(browser, "table-comparison", index)
    button = f"#table-comparison thead th:nth-child({index + 1}) button.sort-button"
    checks.expect(browser.evaluate(f"!!document.querySelector({json.dumps(button)})"),
                  "index: the script turned the header into a button")

    browser.click(button)
    ascending = column_order(browser, "table-comparison", index)
    fragment = browser.evaluate("location.hash")
    checks.expect(is_sorted(ascending, descending=False), f"index: a click sorts '{choice['label']}' ascending by value, not reported last",
                  f"{built} → {ascending}")
    checks.expect(fragment == f"#sort=table-comparison:{key}:asc", "index: the sort state is in the URL fragment", fragment)
    browser.click(button)
    descending = column_order(browser, "table-comparison", index)
    fragment = browser.evaluate("location.hash")
    checks.expect(is_sorted(descending, descending=True), "index: a second click sorts descending, not reported still last", str(descending))
    checks.expect(fragment == f"#sort=table-comparison:{key}:desc", "index: the fragment follows the second click", fragment)
    checks.no_problems(browser, "index while sorting")

    browser.open(index_url + f"#sort=table-comparison:{key}:desc")
    reopened = column_order(browser, "table-comparison", index)
    aria = browser.evaluate(f"document.querySelector('#table-comparison thead th:nth-child({index + 1})').getAttribute('aria-sort')")
    checks.expect(reopened == descending and aria == "descending", "index: opening the sorted URL sorts the table again",
                  f"{reopened}, aria-sort={aria}")

    # A figure in the sorted table still links to its sentence.
    browser.click_and_wait_for_load("#table-comparison tbody td a[href*='#f-']")
    target = browser.evaluate("""(() => {
        const t = document.querySelector(':target');
        return t ? t.tagName + '.' + t.className + '#' + t.id + ' ' + location.hash : 'none ' + location.hash;
    })()""")
    checks.expect(target.startswith("MARK.fact#f-"), "a figure's link lands on its marked sentence", target)


def leading_number(text):
    match = re.match(r"[0-9.]+", text)
    return float(match.group()) if match else 0.0


def page_where_text_and_value_disagree(site_folder):
    """An indicator page whose figures as written (3万, 9000) sort otherwise
    by their digits than by their values, so that sorting them tells the two apart."""
    cell = re.compile(r'<td data-sort-value="([0-9.]+)"><a [^>]*>([^<]*)</a></td><td class="num"')
    for name in sorted(os.listdir(os.path.join(site_folder, "indicators"))):
        with open(os.path.join(site_folder, "indicators", name, "index.html"), encoding="utf-8") as file:
            ranking = file.read().split('id="table-ranking"')[-1].split("</table>")[0]
        figures = [(float(value), text) for value, text in cell.findall(ranking)]
        if sorted(figures) != sorted(figures, key=lambda figure: (leading_number(figure[1]), figure[0])):
            return f"indicators/{name}/", figures
    return None, []


def check_sorts_by_value_not_text(checks, browser, base_url, site_folder):
    page, figures = page_where_text_and_value_disagree(site_folder)
    if not checks.expect(page is not None, "some ranking has figures whose text and value orders differ"):
        return
    browser.open(base_url + page)
    browser.click("#table-ranking thead th[data-sort-key='text'] button.sort-button")
    shown = browser.evaluate("[...document.querySelectorAll('#table-ranking tbody tr')].map(r => r.cells[4].textContent.trim())")
    by_value = [text for _, text in sorted(figures, key=lambda figure: figure[0])]
    checks.expect(shown == by_value, f"{page}: the column of figures as written sorts by value", f"{shown} != {by_value}")


def check_page(checks, browser, url, page, table, screenshot=None):
    browser.open(url)
    checks.no_problems(browser, page)
    checks.expect(header_style(browser) == HEADER_BACKGROUND, f"{page}: the stylesheet is applied")
    result = table_visible(browser, table)
    checks.expect(result == "ok", f"{page}: the table {table} is visible", result)
    if screenshot:
        browser.evaluate("scrollTo(0, 0)")
        with open(screenshot, "wb") as file:
            file.write(browser.screenshot())
        checks.expect(os.path.getsize(screenshot) > 20000, f"{page}: screenshot {os.path.basename(screenshot)}")


def check_not_found(checks, browser, base_url, title):
    missing = base_url + "no/such/page/at/depth/"
    page = f"404 page at {missing}"
    browser.open(missing)
    # The page itself answers 404, as it should; everything it loads must not.
    checks.no_problems(browser, page, allowed=(missing,))
    checks.expect(browser.evaluate("document.title").startswith("页面不存在"), f"{page}: the site's own 404 page")
    checks.expect(header_style(browser) == HEADER_BACKGROUND, f"{page}: the stylesheet is applied")
    browser.click_and_wait_for_load(".site-header .site-title")
    landed = browser.evaluate("[location.href, document.title]")
    checks.expect(landed[1] == title and landed[0].startswith(base_url), f"{page}: the home link opens the index", str(landed))


def check_from_disk(checks, browser, site_folder):
    url = "file://" + os.path.join(os.path.abspath(site_folder), "index.html")
    browser.open(url)
    checks.no_problems(browser, "index from file://")
    checks.expect(header_style(browser) == HEADER_BACKGROUND, "index from file://: the stylesheet is applied")
    name = browser.evaluate("document.querySelector('.region-card h4 a').textContent")
    browser.click_and_wait_for_load(".region-card h4 a")
    landed = browser.evaluate("[location.href, document.title]")
    checks.expect(landed[0].startswith("file://") and landed[0].endswith("/index.html") and landed[1].startswith(name),
                  f"file://: a click on '{name}' opens its page", str(landed))
    checks.no_problems(browser, "region page from file://")
    checks.expect(header_style(browser) == HEADER_BACKGROUND, "region page from file://: the stylesheet is applied")
    # Sorting from disk, where some browsers refuse history.replaceState.
    if browser.evaluate("!!document.querySelector('#table-indicators button.sort-button')"):
        browser.click("#table-indicators thead th:nth-child(3) button.sort-button")
        checks.expect(browser.evaluate("location.hash") == "#sort=table-indicators:value:asc",
                      "file://: sorting works and keeps its state in the fragment", browser.evaluate("location.hash"))
        checks.no_problems(browser, "sorting from file://")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chromium", default="chromium")
    parser.add_argument("--base-url", required=True, help="where nginx serves the site, ending in /")
    parser.add_argument("--root-url", help="another server of the site, for its 404 page only")
    parser.add_argument("--site-folder", required=True, help="the same site on disk, for file://")
    parser.add_argument("--region", required=True, help="a region page, e.g. regions/lanzhou/")
    parser.add_argument("--indicator", required=True, help="an indicator page, e.g. indicators/x/")
    parser.add_argument("--title", required=True, help="the site title: the index's <title>")
    parser.add_argument("--screenshots", required=True)
    args = parser.parse_args()

    checks = Checks()
    # A helper that wrote into the profile as it was removed leaves a file
    # behind in /tmp, not a failed check.
    with tempfile.TemporaryDirectory(prefix="pufa-chromium-", ignore_cleanup_errors=True) as profile:
        browser = Browser(args.chromium, profile)
        try:
            check_page(checks, browser, args.base_url, "index", "#table-comparison",
                       os.path.join(args.screenshots, "index.png"))
            check_page(checks, browser, args.base_url + args.region, "region page", "#table-indicators",
                       os.path.join(args.screenshots, "region.png"))
            check_page(checks, browser, args.base_url + args.indicator, "indicator page", "#table-ranking")
            check_chart(checks, browser, "indicator page")
            check_print(checks, browser, args.base_url + args.indicator)
            check_without_script(checks, browser, args.base_url)
            check_sorting(checks, browser, args.base_url)
            check_sorts_by_value_not_text(checks, browser, args.base_url, args.site_folder)
            for base_url in filter(None, (args.base_url, args.root_url)):
                check_not_found(checks, browser, base_url, args.title)
            check_from_disk(checks, browser, args.site_folder)
        except BrowserError as error:
            checks.expect(False, "chromium", str(error))
        finally:
            browser.close()
    print(f"chromium: {checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
