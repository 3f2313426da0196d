"""Draws the guide's illustrations (our own sketches of the JD.ID screens) as SVG files.

Run `python resources/pictures/_generate.py` after changing a drawing; the SVG files next to
this script are the output and are committed. One set of shapes (browser frame, wizard
window, ring, badge, ...) keeps every picture in the same style. Output stays inside what
QtSvg renders (SVG Tiny 1.2: no filters, masks, CSS or external fonts).
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent
W, H = 640, 400
RED = "#e1251b"
RED_SOFT = "#fde8e7"
INK = "#2f343d"
MUTED = "#8a919c"
LINE = "#d5d9df"
BLOCK = "#e4e7eb"
BLOCK_DARK = "#cfd4da"
GREEN = "#2e9e5b"
FONT = 'font-family="sans-serif"'


# ---------------------------------------------------------------- primitives


def text(x: float, y: float, s: str, size: int = 14, fill: str = INK, anchor: str = "start",
         bold: bool = False) -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (f'<text x="{x}" y="{y}" {FONT} font-size="{size}" fill="{fill}" '
            f'text-anchor="{anchor}"{weight}>{s}</text>')


def rect(x: float, y: float, w: float, h: float, fill: str = BLOCK, rx: float = 4,
         stroke: str | None = None, sw: float = 1) -> str:
    st = f' stroke="{stroke}" stroke-width="{sw}"' if stroke else ""
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{rx}" fill="{fill}"{st}/>'


def circle(cx: float, cy: float, r: float, fill: str, stroke: str | None = None,
           sw: float = 1) -> str:
    st = f' stroke="{stroke}" stroke-width="{sw}"' if stroke else ""
    return f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{fill}"{st}/>'


def path(d: str, fill: str = "none", stroke: str | None = None, sw: float = 2) -> str:
    st = (f' stroke="{stroke}" stroke-width="{sw}" stroke-linecap="round" '
          f'stroke-linejoin="round"') if stroke else ""
    return f'<path d="{d}" fill="{fill}"{st}/>'


def bars(x: float, y: float, widths: list[float], gap: float = 16, h: float = 8,
         fill: str = BLOCK) -> str:
    """Grey lines standing for text we do not show."""
    return "".join(rect(x, y + i * gap, w, h, fill, rx=h / 2) for i, w in enumerate(widths))


def button(x: float, y: float, w: float, h: float, label: str = "", primary: bool = True,
           size: int = 17) -> str:
    fill, ink, stroke = (RED, "#ffffff", None) if primary else ("#ffffff", INK, BLOCK_DARK)
    out = rect(x, y, w, h, fill, rx=6, stroke=stroke)
    if label:
        out += text(x + w / 2, y + h / 2 + size * 0.36, label, size, ink, "middle", bold=True)
    return out


def glyph_button(x: float, y: float, w: float, h: float, glyph: str) -> str:
    """A button of this app, drawn with a sign instead of words: the app shows its buttons in
    Indonesian or English, so a picture with either word would be wrong half the time."""
    cx, cy = x + w / 2, y + h / 2
    white = "#ffffff"
    signs = {
        "add": f"M{cx - 9},{cy} h18 M{cx},{cy - 9} v18",
        "next": f"M{cx - 12},{cy} h22 M{cx + 3},{cy - 8} l8,8 l-8,8",
        # step 13's "Check keys": a key with a tick beside it (it was a download arrow
        # while the button said "Install", which a seller read as installing something)
        "keys": f"M{cx - 20},{cy} a6,6 0 1 0 12,0 a6,6 0 1 0 -12,0 M{cx - 8},{cy} h14 "
                f"M{cx + 2},{cy} v5 M{cx + 6},{cy} v4 M{cx + 11},{cy - 1} l4,4 l8,-9",
        "import": f"M{cx - 13},{cy - 4} h7 M{cx + 6},{cy - 4} h7 M{cx - 13},{cy - 4} v15 h26 "
                  f"v-15 M{cx},{cy - 12} v13 M{cx - 6},{cy - 5} l6,6 l6,-6",
    }
    return rect(x, y, w, h, RED, 6) + path(signs[glyph], "none", white, 3)


def field(x: float, y: float, w: float, h: float = 30, inner: str = "") -> str:
    return rect(x, y, w, h, "#ffffff", rx=5, stroke=BLOCK_DARK) + inner


def ring(x: float, y: float, w: float, h: float, rx: float = 10, pad: float = 5) -> str:
    """The red highlight around the control to use: a soft glow and a solid ring."""
    x, y, w, h, rx = x - pad, y - pad, w + 2 * pad, h + 2 * pad, rx + pad - 1
    return (rect(x, y, w, h, "none", rx, stroke=RED, sw=10)
            .replace("/>", ' stroke-opacity="0.18"/>')
            + rect(x, y, w, h, "none", rx, stroke=RED, sw=3))


def badge(cx: float, cy: float, label: str) -> str:
    size = 15 if len(label) < 2 else 14
    return (circle(cx, cy, 17, RED, "#ffffff", 3)
            + text(cx, cy + size * 0.36, label, size, "#ffffff", "middle", bold=True))


def pointer(x: float, y: float) -> str:
    """A mouse pointer whose tip is at (x, y)."""
    d = (f"M{x},{y} l0,22 l6,-5 l4,9 l4,-2 l-4,-9 l8,0 z")
    return path(d, "#ffffff", INK, 1.5)


def arrow(x1: float, y1: float, x2: float, y2: float, bend: float = 40) -> str:
    """A curved red arrow from (x1, y1) to (x2, y2)."""
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2 - bend
    head_dx, head_dy = x2 - mx, y2 - my
    n = (head_dx**2 + head_dy**2) ** 0.5 or 1
    ux, uy = head_dx / n, head_dy / n
    bx, by = x2 - ux * 12, y2 - uy * 12
    px, py = -uy * 6, ux * 6
    head = f"M{x2},{y2} L{bx + px:.1f},{by + py:.1f} L{bx - px:.1f},{by - py:.1f} Z"
    return path(f"M{x1},{y1} Q{mx},{my} {bx:.1f},{by:.1f}", "none", RED, 3) + path(head, RED)


def check(cx: float, cy: float, r: float = 12, fill: str = GREEN) -> str:
    d = f"M{cx - r * 0.45},{cy} l{r * 0.3},{r * 0.32} l{r * 0.55},{-r * 0.62}"
    return circle(cx, cy, r, fill) + path(d, "none", "#ffffff", max(2, r / 5))


def icon_mail(x: float, y: float) -> str:
    return rect(x, y, 16, 12, "none", 2, stroke=MUTED, sw=1.5) + path(
        f"M{x},{y + 1} l8,6 l8,-6", "none", MUTED, 1.5)


def icon_lock(x: float, y: float, color: str = MUTED) -> str:
    return rect(x, y + 6, 12, 9, color, 2) + path(
        f"M{x + 2.5},{y + 6} v-2 a3.5,3.5 0 0 1 7,0 v2", "none", color, 1.6)


def icon_store(x: float, y: float, color: str = RED, s: float = 1.0) -> str:
    """A small shop front: awning and door."""
    w = 26 * s
    awning = path(f"M{x},{y + 8 * s} l{3 * s},{-8 * s} h{20 * s} l{3 * s},{8 * s} z", color)
    body = rect(x + 2 * s, y + 8 * s, w - 4 * s, 14 * s, "none", 1, stroke=color, sw=1.6)
    door = rect(x + 10 * s, y + 13 * s, 6 * s, 9 * s, color, 1)
    return awning + body + door


def icon_box(x: float, y: float, s: float = 1.0, color: str = "#c98a3c") -> str:
    """A product parcel."""
    return (path(f"M{x},{y + 8 * s} l{16 * s},{-8 * s} l{16 * s},{8 * s} v{18 * s} "
                 f"l{-16 * s},{8 * s} l{-16 * s},{-8 * s} z", "#f2d2a6", color, 1.5)
            + path(f"M{x},{y + 8 * s} l{16 * s},{8 * s} l{16 * s},{-8 * s} "
                   f"M{x + 16 * s},{y + 16 * s} v{18 * s}", "none", color, 1.5))


def toggle(x: float, y: float, on: bool) -> str:
    fill = GREEN if on else BLOCK_DARK
    knob = x + 30 if on else x + 12
    return rect(x, y, 42, 24, fill, 12) + circle(knob, y + 12, 9, "#ffffff")


def jd_logo(x: float, y: float, size: int = 18, fill: str = "#ffffff") -> str:
    return text(x, y, "JD.ID", size, fill, bold=True)


def app_tile(x: float, y: float, s: float = 56) -> str:
    """This app's own mark: a dark tile holding a parcel (the inventory)."""
    k = s / 56
    return rect(x, y, s, s, INK, 10 * k) + icon_box(x + 12 * k, y + 11 * k, k)


def jd_tile(x: float, y: float, s: float = 56) -> str:
    return rect(x, y, s, s, RED, 10) + text(x + s / 2, y + s / 2 + s * 0.11, "JD.ID",
                                            int(s * 0.3), "#ffffff", "middle", bold=True)


# ---------------------------------------------------------------- frames

FX, FY, FW, FH = 24, 18, 592, 364  # window frame
TOP = FY + 38  # first y below the title bar


def svg(body: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            f'width="{W}" height="{H}" viewBox="0 0 {W} {H}">'
            '<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">'
            '<stop offset="0" stop-color="#f7f8fa"/><stop offset="1" stop-color="#eceff3"/>'
            f'</linearGradient></defs>{rect(0, 0, W, H, "url(#bg)", 18)}{body}</svg>\n')


def window_frame(bar_inner: str) -> str:
    return (rect(FX + 2, FY + 4, FW, FH, "#d9dde3", 12)  # a flat shadow
            + rect(FX, FY, FW, FH, "#ffffff", 12, stroke=LINE)
            + path(f"M{FX + 12},{FY} h{FW - 24} a12,12 0 0 1 12,12 v26 h{-FW} v-26 "
                   f"a12,12 0 0 1 12,-12 z", "#eceef2")
            + path(f"M{FX},{TOP} h{FW}", "none", LINE, 1) + bar_inner)


def browser(url: str, body: str) -> str:
    """A browser window showing `url`; `body` is drawn below the address bar."""
    dots = "".join(circle(FX + 18 + i * 16, FY + 19, 5, c)
                   for i, c in enumerate(("#f06a5e", "#f4bf4f", "#5fc454")))
    bar = (dots + rect(FX + 72, FY + 8, 380, 22, "#ffffff", 11, stroke=LINE)
           + icon_lock(FX + 84, FY + 11, "#6c737e") + text(FX + 104, FY + 25, url, 15, INK))
    return svg(window_frame(bar) + body)


def wizard_window(body: str, current: int) -> str:
    """This app's own window: step list on the left, `body` on the right."""
    icon = app_tile(FX + 12, FY + 9, 20)
    winbtn = "".join(circle(FX + FW - 20 - i * 18, FY + 19, 5, BLOCK_DARK) for i in range(3))
    bar = icon + bars(FX + 40, FY + 15, [120], h=8, fill=BLOCK_DARK) + winbtn
    side = rect(FX + 1, TOP + 1, 150, FH - 40, "#f5f6f8", 0)
    for i in range(10, 18):
        y = TOP + 22 + (i - 10) * 36
        done, here = i < current, i == current
        fill = GREEN if done else (RED if here else "#ffffff")
        side += circle(FX + 26, y, 11, fill, None if (done or here) else BLOCK_DARK)
        side += text(FX + 26, y + 4.5, str(i), 11, "#ffffff" if (done or here) else MUTED,
                     "middle", bold=True)
        side += rect(FX + 46, y - 4, 86 if here else 70, 8, BLOCK_DARK if here else BLOCK, 4)
    return svg(window_frame(bar) + side + body)


def seller_header(y: float = TOP) -> str:
    """Seller Center's red top bar with the JD.ID name and a user avatar."""
    return (rect(FX + 1, y, FW - 2, 38, RED, 0) + jd_logo(FX + 18, y + 25)
            + bars(FX + 90, y + 15, [70], fill="#f19c97") + circle(FX + FW - 26, y + 19, 11,
                                                                    "#f8c7c4"))


def console_menu(y: float, items: list[str | None], x0: float = FX + 100) -> tuple[str, list]:
    """Menu entries in the console's top bar; None = unnamed stub. Returns (svg, boxes)."""
    out, boxes, x = "", [], x0
    for item in items:
        if item is None:
            out += rect(x, y + 15, 48, 8, "#4a505c", 4)
            boxes.append((x, y + 15, 48, 8))
            x += 66
        else:
            w = len(item) * 10.5 + 22
            out += text(x + w / 2, y + 25, item, 16, "#ffffff", "middle", bold=True)
            boxes.append((x, y + 8, w, 22))
            x += w + 14
    return out, boxes


def console_bar(y: float = TOP, items: list[str | None] | None = None) -> tuple[str, list]:
    menu, boxes = console_menu(y, items or [None, None, None])
    return (rect(FX + 1, y, FW - 2, 38, "#262a33", 0) + jd_logo(FX + 18, y + 25, 18, RED)
            + menu + circle(FX + FW - 26, y + 19, 11, "#4a505c")), boxes


def login_card(x: float, y: float, filled: bool, button_label: str = "Log in") -> str:
    """An email + password card; `filled` shows typed values instead of empty fields."""
    card = rect(x, y, 250, 230, "#ffffff", 10, stroke=LINE) + jd_logo(x + 125 - 27, y + 38, 22,
                                                                         RED)
    card += field(x + 24, y + 62, 202, 34, icon_mail(x + 34, y + 73))
    card += field(x + 24, y + 108, 202, 34, icon_lock(x + 36, y + 116))
    if filled:
        card += text(x + 58, y + 85, "@", 15, INK) + bars(x + 74, y + 75, [90], fill=BLOCK_DARK)
        card += "".join(circle(x + 62 + i * 12, y + 125, 4, INK) for i in range(8))
    card += button(x + 24, y + 160, 202, 38, button_label)
    return card


# ---------------------------------------------------------------- the pictures

SELLER, CONSOLE, OAUTH = "seller.jd.id", "open-console.jd.id", "oauth.jd.id"


def step01() -> str:
    hero = rect(FX + 40, TOP + 70, 230, 200, "#fbe9e8", 14) + icon_store(FX + 110, TOP + 120,
                                                                          RED, 3.4)
    card = login_card(FX + 310, TOP + 54, filled=True)
    hl = ring(FX + 334, TOP + 116, 202, 80) + badge(FX + 560, TOP + 112, "1")
    return browser(SELLER, seller_header() + hero + card + hl)


def step02() -> str:
    bar, _ = console_bar()
    # a small Seller Center tab at the side says "the same account as step 1"
    same = (rect(FX + 40, TOP + 80, 200, 160, "#f5f6f8", 12, stroke=LINE)
            + rect(FX + 40, TOP + 80, 200, 30, RED, 12) + rect(FX + 40, TOP + 96, 200, 14, RED, 0)
            + jd_logo(FX + 54, TOP + 101, 14) + text(FX + 140, TOP + 146, SELLER, 13, MUTED,
                                                      "middle")
            + icon_mail(FX + 70, TOP + 170) + bars(FX + 94, TOP + 172, [100], fill=BLOCK_DARK)
            + icon_lock(FX + 72, TOP + 198) + "".join(
                circle(FX + 100 + i * 11, TOP + 207, 3.5, MUTED) for i in range(7)))
    link = arrow(FX + 244, TOP + 170, FX + 318, TOP + 170, bend=20)
    card = login_card(FX + 320, TOP + 54, filled=True)
    hl = ring(FX + 344, TOP + 116, 202, 138) + badge(FX + 570, TOP + 112, "2")
    return browser(CONSOLE, bar + same + link + card + hl)


def step03() -> str:
    bar, _ = console_bar()
    form = rect(FX + 120, TOP + 54, 352, 262, "#ffffff", 10, stroke=LINE)
    for i in range(4):
        y = TOP + 76 + i * 44
        form += bars(FX + 144, y + 11, [70], fill=BLOCK_DARK)
        form += field(FX + 236, y, 212, 28, bars(FX + 248, y + 10, [90 + 17 * (i % 3)],
                                                  fill=BLOCK))
    cb_y = TOP + 256
    form += rect(FX + 144, cb_y - 2, 18, 18, RED, 4) + path(
        f"M{FX + 148},{cb_y + 7} l4,4 l7,-8", "none", "#ffffff", 2.2)
    form += bars(FX + 172, cb_y + 3, [150], fill=BLOCK)
    form += button(FX + 348, cb_y + 14, 100, 34, "Register")
    hl = ring(FX + 348, cb_y + 14, 100, 34) + badge(FX + 476, cb_y + 8, "3")
    return browser(CONSOLE, bar + form + hl)


def app_cards(x: float, y: float, n: int) -> str:
    out = ""
    for i in range(n):
        cx = x + i * 150
        out += rect(cx, y, 134, 96, "#ffffff", 10, stroke=LINE)
        out += rect(cx + 14, y + 14, 30, 30, BLOCK, 7) + bars(cx + 14, y + 56, [90, 60])
    return out


def step04() -> str:
    bar, _ = console_bar()
    head = bars(FX + 40, TOP + 66, [180, 260], gap=20, h=10, fill=BLOCK_DARK)
    btn = button(FX + 420, TOP + 62, 134, 38, "Create App")
    cards = app_cards(FX + 40, TOP + 140, 3)
    hl = ring(FX + 420, TOP + 62, 134, 38) + badge(FX + 420, TOP + 62, "4")
    return browser(CONSOLE, bar + head + cards + btn + hl + pointer(FX + 520, TOP + 92))


def step05() -> str:
    bar, _ = console_bar()
    page = bars(FX + 40, TOP + 62, [200], h=10, fill=BLOCK_DARK)
    rows = ""
    for i in range(3):
        y = TOP + 150 + i * 50
        rows += rect(FX + 40, y, 512, 40, "#ffffff", 8, stroke=LINE)
        rows += bars(FX + 60, y + 16, [160 + 40 * (i % 2)], fill=BLOCK)
        rows += path(f"M{FX + 522},{y + 16} l6,6 l6,-6", "none", MUTED, 2)
    dd = rect(FX + 40, TOP + 92, 512, 44, RED_SOFT, 8, stroke=RED, sw=1.5)
    dd += text(FX + 60, TOP + 121, "Seller to JD.ID", 19, INK, bold=True)
    dd += path(f"M{FX + 520},{TOP + 110} l7,7 l7,-7", "none", RED, 2.5)
    hl = ring(FX + 40, TOP + 92, 512, 44) + badge(FX + 560, TOP + 88, "5")
    return browser(CONSOLE, bar + page + rows + dd + hl + pointer(FX + 526, TOP + 118))


def step06() -> str:
    bar, _ = console_bar()
    dd = rect(FX + 40, TOP + 56, 512, 40, "#ffffff", 8, stroke=LINE)
    dd += text(FX + 60, TOP + 81, "Seller to JD.ID", 15, INK, bold=True)
    dd += path(f"M{FX + 520},{TOP + 80} l7,-7 l7,7", "none", MUTED, 2)
    panel = rect(FX + 40, TOP + 100, 512, 200, "#fafbfc", 8, stroke=LINE)
    row_y = [TOP + 116, TOP + 176, TOP + 236]
    for i, y in enumerate(row_y):
        panel += rect(FX + 56, y, 480, 48, "#ffffff", 8, stroke=LINE)
        if i == 0:
            panel += text(FX + 74, y + 31, "normal standard API", 17, INK, bold=True)
            panel += button(FX + 396, y + 7, 128, 34, "Create App", size=16)
        else:
            panel += bars(FX + 74, y + 20, [150 + 30 * i], fill=BLOCK)
            panel += rect(FX + 410, y + 8, 112, 32, "#ffffff", 6, stroke=BLOCK_DARK)
    hl = ring(FX + 396, row_y[0] + 7, 128, 34) + badge(FX + 552, row_y[0] - 4, "6")
    return browser(CONSOLE, bar + dd + panel + hl + pointer(FX + 496, row_y[0] + 34))


def step07() -> str:
    bar, _ = console_bar()
    form = rect(FX + 96, TOP + 50, 400, 270, "#ffffff", 10, stroke=LINE)
    form += text(FX + 120, TOP + 84, "Create App", 18, INK, bold=True)
    form += text(FX + 120, TOP + 126, "App Name", 17, INK, bold=True)
    form += field(FX + 120, TOP + 134, 352, 36, icon_store(FX + 130, TOP + 140, RED, 0.9)
                  + bars(FX + 164, TOP + 148, [150], fill=BLOCK_DARK) + rect(
                      FX + 318, TOP + 142, 2, 20, INK, 0))
    for i in range(2):
        y = TOP + 190 + i * 46
        form += bars(FX + 120, y, [80], fill=BLOCK_DARK)
        form += field(FX + 120, y + 10, 352, 26, "")
    hl = ring(FX + 120, TOP + 108, 352, 62, pad=10) + badge(FX + 504, TOP + 100, "7")
    return browser(CONSOLE, bar + form + hl)


def app_summary(x: float, y: float, w: float = 512) -> str:
    """The app's heading: its icon, the store's name as a grey bar and a status dot."""
    return (rect(x, y, w, 78, "#ffffff", 10, stroke=LINE) + rect(x + 16, y + 16, 46, 46, RED, 10)
            + icon_store(x + 26, y + 28, "#ffffff", 1.0)
            + bars(x + 78, y + 24, [160, 110], gap=18, fill=BLOCK_DARK))


def step08() -> str:
    bar, _ = console_bar()
    head = app_summary(FX + 40, TOP + 56)
    btn = button(FX + 404, TOP + 76, 136, 38, "Publish App")
    body = rect(FX + 40, TOP + 150, 512, 160, "#ffffff", 10, stroke=LINE)
    body += bars(FX + 60, TOP + 172, [300, 240, 280, 200, 260], gap=26, fill=BLOCK)
    hl = ring(FX + 404, TOP + 76, 136, 38) + badge(FX + 562, TOP + 70, "8")
    return browser(CONSOLE, bar + head + body + btn + hl + pointer(FX + 500, TOP + 106))


def step09() -> str:
    bar, boxes = console_bar(items=["App Management", None, None])
    x, y, w, h = boxes[0]
    page = app_cards(FX + 40, TOP + 120, 3) + bars(FX + 40, TOP + 70, [220], h=10,
                                                   fill=BLOCK_DARK)
    hl = ring(x, y, w, h, rx=6) + badge(x + w + 26, y + h + 30, "9")
    return browser(CONSOLE, bar + page + hl + pointer(x + w - 30, y + 18))


def step10() -> str:
    bar, _ = console_bar(items=["App Management", None, None])
    head = app_summary(FX + 40, TOP + 50)
    tabs = text(FX + 52, TOP + 158, "App Setting", 17, RED, bold=True)
    tabs += rect(FX + 46, TOP + 164, 112, 3, RED, 1) + bars(FX + 180, TOP + 150, [70, 70], gap=0)
    tabs += rect(FX + 262, TOP + 150, 70, 8, BLOCK, 4) + path(
        f"M{FX + 40},{TOP + 167} h512", "none", LINE, 1)
    y = TOP + 190
    form = text(FX + 52, y + 15, "* Callback URL", 17, INK, bold=True)
    link_icon = (rect(FX + 62, y + 36, 14, 8, "none", 4, stroke=MUTED, sw=1.8)
                 + rect(FX + 70, y + 36, 14, 8, "none", 4, stroke=MUTED, sw=1.8))
    form += field(FX + 52, y + 24, 488, 34, link_icon
                  + bars(FX + 94, y + 37, [260], fill=BLOCK_DARK))
    form += bars(FX + 52, y + 82, [90], fill=BLOCK_DARK) + field(FX + 52, y + 96, 488, 28)
    hl = ring(FX + 52, y - 2, 488, 60, pad=9) + badge(FX + 566, y - 10, "10")
    return browser(CONSOLE, bar + head + tabs + form + hl)


def step11() -> str:
    body = bars(FX + 176, TOP + 26, [180], h=10, fill=BLOCK_DARK)
    cards = ""
    for i in range(3):
        x = FX + 176 + i * 132
        if i == 0:
            cards += rect(x, TOP + 60, 118, 132, "#ffffff", 10, stroke=RED, sw=2)
            cards += jd_tile(x + 31, TOP + 80)
            cards += check(x + 104, TOP + 74, 9, RED)
        else:
            cards += rect(x, TOP + 60, 118, 132, "#ffffff", 10, stroke=LINE)
            cards += rect(x + 31, TOP + 80, 56, 56, BLOCK, 10)
        cards += bars(x + 24, TOP + 156, [70], fill=BLOCK)
    btn = glyph_button(FX + 466, TOP + 246, 100, 40, "add")
    hl = ring(FX + 176, TOP + 60, 118, 132) + ring(FX + 466, TOP + 246, 100, 40)
    hl += badge(FX + 176, TOP + 58, "11")
    return wizard_window(body + cards + btn + hl + pointer(FX + 548, TOP + 276), 11)


def credential_form(filled: bool) -> str:
    out = jd_tile(FX + 176, TOP + 20, 40) + bars(FX + 228, TOP + 34, [160], h=10,
                                                  fill=BLOCK_DARK)
    labels = ("Shop ID", "API Key", "API Secret")
    for i, label in enumerate(labels):
        y = TOP + 82 + i * 62
        out += text(FX + 176, y + 1, label, 16, INK, bold=True)
        inner = ""
        if filled:
            if i == 2:
                inner = "".join(circle(FX + 190 + k * 12, y + 25, 4, INK) for k in range(12))
            else:
                inner = bars(FX + 186, y + 21, [120 + 60 * i], fill=BLOCK_DARK)
        out += field(FX + 176, y + 8, 300, 34, inner)
    return out


def step12() -> str:
    form = credential_form(filled=True)
    hl = ring(FX + 176, TOP + 66, 300, 178, pad=10) + badge(FX + 506, TOP + 58, "12")
    return wizard_window(form + hl, 12)


def step13() -> str:
    form = credential_form(filled=True)
    for i in range(3):
        form += check(FX + 496, TOP + 107 + i * 62, 9)
    btn = glyph_button(FX + 396, TOP + 276, 116, 38, "keys")
    hl = ring(FX + 396, TOP + 276, 116, 38) + badge(FX + 536, TOP + 270, "13")
    return wizard_window(form + btn + hl + pointer(FX + 492, TOP + 304), 13)


def step14() -> str:
    # the JD.ID login opens inside the wizard; draw it as a browser page on oauth.jd.id
    hero = rect(FX + 40, TOP + 60, 230, 230, "#fbe9e8", 14)
    hero += jd_tile(FX + 90, TOP + 120, 50) + arrow(FX + 146, TOP + 145, FX + 190, TOP + 145, 14)
    hero += app_tile(FX + 196, TOP + 120, 50)
    card = login_card(FX + 310, TOP + 54, filled=True)
    hl = ring(FX + 334, TOP + 214, 202, 38) + badge(FX + 560, TOP + 208, "14")
    return browser(OAUTH, seller_header() + hero + card + hl
                   + pointer(FX + 460, TOP + 238))


def step15() -> str:
    out = jd_tile(FX + 240, TOP + 70, 70)
    out += app_tile(FX + 430, TOP + 70, 70)
    out += path(f"M{FX + 318},{TOP + 105} h104", "none", GREEN, 4) + check(FX + 370, TOP + 105,
                                                                            18)
    out += bars(FX + 260, TOP + 176, [230, 170], gap=20, fill=BLOCK)
    btn = glyph_button(FX + 446, TOP + 276, 100, 38, "next")
    hl = ring(FX + 446, TOP + 276, 100, 38) + badge(FX + 572, TOP + 270, "15")
    return wizard_window(out + btn + hl + pointer(FX + 530, TOP + 304), 15)


def step16() -> str:
    out = jd_tile(FX + 176, TOP + 24, 44) + bars(FX + 232, TOP + 36, [110, 80], gap=16)
    for i in range(4):  # products arriving
        x = FX + 176 + i * 86
        out += rect(x, TOP + 124, 72, 84, "#ffffff", 8, stroke=LINE)
        out += icon_box(x + 20, TOP + 138, 1.0) + bars(x + 12, TOP + 186, [48], fill=BLOCK)
    tx, ty = FX + 378, TOP + 10  # the notification in the top right corner
    toast = rect(tx + 2, ty + 3, 200, 86, "#e3e6ea", 10)
    toast += rect(tx, ty, 200, 86, "#ffffff", 10, stroke=RED, sw=2)
    toast += jd_tile(tx + 14, ty + 14, 32) + path(
        f"M{tx + 68},{ty + 16} v18 M{tx + 60},{ty + 26} l8,8 l8,-8", "none", RED, 2.5)
    toast += bars(tx + 88, ty + 20, [96], fill=BLOCK_DARK)
    toast += rect(tx + 14, ty + 60, 172, 10, BLOCK, 5) + rect(tx + 14, ty + 60, 104, 10,
                                                              GREEN, 5)
    btn = glyph_button(FX + 446, TOP + 276, 100, 38, "import")
    hl = ring(FX + 446, TOP + 276, 100, 38) + badge(FX + 572, TOP + 270, "16")
    return wizard_window(out + toast + btn + hl + pointer(FX + 530, TOP + 304), 16)


def step17() -> str:
    out = jd_tile(FX + 186, TOP + 24, 44) + bars(FX + 244, TOP + 36, [150], h=10,
                                                  fill=BLOCK_DARK)
    out += check(FX + 418, TOP + 46, 11)
    rows = [("import", True), ("export", False)]
    for i, (kind, on) in enumerate(rows):
        y = TOP + 100 + i * 70
        out += rect(FX + 176, y, 392, 56, "#ffffff", 10, stroke=LINE)
        if kind == "import":  # arrow into the inventory
            out += path(f"M{FX + 198},{y + 16} v20 M{FX + 190},{y + 28} l8,8 l8,-8", "none",
                        MUTED, 2.5)
        else:  # arrow out to JD.ID
            out += path(f"M{FX + 198},{y + 40} v-20 M{FX + 190},{y + 28} l8,-8 l8,8", "none",
                        RED, 2.5)
            for k, ico in enumerate(("box", "tag", "list")):
                ix = FX + 226 + k * 34
                if ico == "box":
                    out += icon_box(ix, y + 12, 0.7)
                elif ico == "tag":
                    out += path(f"M{ix},{y + 18} h14 l10,10 l-10,10 h-14 z", "#f9d9d6", RED,
                                1.5) + circle(ix + 6, y + 28, 2.5, RED)
                else:
                    out += bars(ix, y + 20, [22, 22, 22], gap=7, h=3, fill=MUTED)
        out += bars(FX + 340, y + 24, [110], fill=BLOCK)
        # The import has no switch in the app (it is done at step 16): a tick; export sync
        # is the app's one on/off switch, Off at first.
        out += check(FX + 527, y + 28, 11) if kind == "import" else toggle(FX + 506, y + 16, on)
    out += rect(FX + 176, TOP + 240, 392, 56, "#ffffff", 10, stroke=LINE)
    out += bars(FX + 196, TOP + 264, [200], fill=BLOCK)
    hl = ring(FX + 506, TOP + 186, 42, 24, rx=12) + badge(FX + 576, TOP + 168, "17")
    return wizard_window(out + hl + pointer(FX + 546, TOP + 212), 17)


def sku_chip(x: float, y: float) -> str:
    return rect(x, y, 84, 24, "#fff4d6", 12, stroke="#e2b23c") + text(
        x + 42, y + 17, "SKU-001", 13, "#7a5a00", "middle", bold=True)


def sku_warning() -> str:
    hub_x, hub_y = 320, 92
    out = rect(hub_x - 90, hub_y - 60, 180, 130, "#ffffff", 14, stroke=LINE, sw=1.5)
    out += icon_box(hub_x - 16, hub_y - 44, 1.0) + sku_chip(hub_x - 42, hub_y + 4)
    out += bars(hub_x - 50, hub_y + 40, [100], fill=BLOCK)
    channels = [(70, RED, True), (250, "#3b7dd8", False), (430, "#23a37a", False)]
    for x, color, is_jd in channels:
        y = 250
        cx = x + 70
        out += path(f"M{cx},{y} C{cx},{y - 50} {hub_x},{hub_y + 120} {hub_x},{hub_y + 70}",
                    "none", GREEN, 3)
        out += rect(x, y, 140, 126, "#ffffff", 12, stroke=color, sw=2)
        if is_jd:
            out += jd_tile(x + 12, y + 12, 36)
        else:
            out += rect(x + 12, y + 12, 36, 36, color, 8) + icon_store(x + 17, y + 18,
                                                                       "#ffffff", 1.0)
        out += bars(x + 58, y + 24, [60], fill=BLOCK)
        out += icon_box(x + 54, y + 54, 0.9) + sku_chip(x + 28, y + 92)
    out += check(hub_x, hub_y + 124, 13)
    return svg(out)


def qualified() -> str:
    def store(x: float, label: str, color: str, ok: bool) -> str:
        s = rect(x, 70, 220, 260, "#ffffff", 16, stroke=color, sw=2.5)
        s += circle(x + 110, 140, 48, RED_SOFT if ok else "#f0f1f3")
        s += icon_store(x + 83, 124, color, 2.1)
        s += rect(x + 50, 206, 120, 32, color, 16) + text(x + 110, 228, label, 16, "#ffffff",
                                                          "middle", bold=True)
        plug_y = 276
        s += text(x + 72, plug_y + 6, "API", 16, INK if ok else MUTED, "middle", bold=True)
        if ok:
            s += check(x + 150, plug_y, 16)
        else:
            s += circle(x + 150, plug_y, 16, "#9aa0a8") + icon_lock(x + 144, plug_y - 9,
                                                                   "#ffffff")
        return s

    out = store(50, "Basic", "#9aa0a8", False) + store(370, "Qualified", RED, True)
    out += arrow(282, 200, 358, 200, bend=30)
    return svg(out)


def shop_id() -> str:
    side = rect(FX + 1, TOP + 38, 170, FH - 77, "#f7f8fa", 0)
    for i in range(6):
        y = TOP + 62 + i * 40
        if i == 2:
            side += rect(FX + 10, y - 14, 152, 32, RED_SOFT, 6)
            side += text(FX + 18, y + 8, "Shop Information", 15, RED, bold=True)
        else:
            side += bars(FX + 22, y, [90 + 20 * (i % 2)], fill=BLOCK_DARK)
    main = icon_store(FX + 200, TOP + 62, RED, 1.6) + bars(FX + 252, TOP + 68, [150], h=10,
                                                           fill=BLOCK_DARK)
    rows_y = [TOP + 126, TOP + 176, TOP + 226, TOP + 276]
    for i, y in enumerate(rows_y):
        if i == 0:
            main += text(FX + 200, y + 20, "Shop ID", 17, INK, bold=True)
            main += rect(FX + 300, y, 170, 28, "#ffffff", 5, stroke=BLOCK_DARK)
            main += text(FX + 312, y + 20, "10012345", 17, INK, bold=True)
        else:
            main += bars(FX + 200, y + 10, [80], fill=BLOCK_DARK) + bars(
                FX + 320, y + 10, [180 - 30 * i], fill=BLOCK)
    hl = ring(FX + 10, TOP + 128, 152, 32, rx=6) + ring(FX + 196, TOP + 124, 278, 32)
    return browser(SELLER, seller_header() + side + main + hl + badge(FX + 500, TOP + 120, "12"))


def api_key_secret() -> str:
    bar, _ = console_bar(items=["App Management", None, None])
    head = app_summary(FX + 40, TOP + 50)
    box = rect(FX + 40, TOP + 146, 512, 160, "#ffffff", 10, stroke=LINE)
    rows = [("API Key", None), ("API Secret", None)]
    for i, (label, _v) in enumerate(rows):
        y = TOP + 166 + i * 54
        box += text(FX + 62, y + 21, label, 17, INK, bold=True)
        box += rect(FX + 176, y, 300, 30, "#f7f8fa", 5, stroke=BLOCK_DARK)
        if i == 0:
            box += text(FX + 188, y + 21, "9f3a1c7e52b0d4", 15, INK)
        else:
            box += "".join(circle(FX + 192 + k * 12, y + 15, 4, INK) for k in range(14))
        # copy icon: two overlapping sheets
        box += rect(FX + 492, y + 4, 16, 18, "#ffffff", 3, stroke=MUTED, sw=1.5)
        box += rect(FX + 498, y + 9, 16, 18, "#ffffff", 3, stroke=MUTED, sw=1.5)
    box += bars(FX + 62, TOP + 282, [220], fill=BLOCK)
    hl = ring(FX + 56, TOP + 160, 470, 96) + badge(FX + 552, TOP + 156, "12")
    return browser(CONSOLE, bar + head + box + hl)


PICTURES = {
    **{f"step{n:02d}.svg": globals()[f"step{n:02d}"] for n in range(1, 18)},
    "sku-warning.svg": sku_warning,
    "qualified.svg": qualified,
    "shop-id.svg": shop_id,
    "api-key-secret.svg": api_key_secret,
}


def main() -> None:
    for name, draw in PICTURES.items():
        (OUT / name).write_text(draw(), encoding="utf-8")
    print(f"wrote {len(PICTURES)} pictures to {OUT}")


if __name__ == "__main__":
    main()
