"""The results report's pages (reportlab platypus): the cover with the totals, the value
per currency, the visitors' charts, the manufacturers' chart and table, business
matching (core.report.matchmaking_pages), the MoUs signed, and `write_pdf`, on the page
template of core.report.page_template with the charts and shaped cells of
core.report.charts.

The figures come ready from core.report.figures (`ReportData`), the words and number
formats from core.report.formatting; nothing here queries the database.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from booth_app.core.badges.shaping import register_fonts
from booth_app.core.report.charts import (
    INK,
    MUTED,
    REGULAR,
    SERIES,
    Formatter,
    Series,
    Shaped,
    bar_chart,
    column_chart,
)
from booth_app.core.report.figures import TOP_COUNTRIES, ReportData
from booth_app.core.report.formatting import (
    category_label,
    country_label,
    format_date,
    format_dates,
    format_money,
    format_number,
    format_rate,
    labels,
    short_day,
    utc_offset,
)
from booth_app.core.report.matchmaking_pages import matchmaking_section
from booth_app.core.report.page_template import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    draw_footer,
    grid_style,
    paged_canvas,
    para,
    styles,
    tile_style,
)

MAX_BARS = 25  # manufacturers in the bar chart; the table lists them all


class _Pages:
    """Everything one report's pages need: the figures, the words, the formatters."""

    def __init__(self, data: ReportData, lang: str) -> None:
        self.data = data
        self.lang = lang
        self.words = labels(lang)
        self.styles = styles()
        self.currency = data.currency

    # -- words and numbers ------------------------------------------------------------
    def w(self, key: str, **values: Any) -> str:
        return str(self.words[key]).format(**values)

    def n(self, value: float | int | Decimal) -> str:
        return format_number(value, self.lang)

    def money(self, amount: Decimal, currency: str | None = None) -> str:
        return format_money(amount, currency if currency is not None else self.currency,
                            self.lang)

    def amounts(self, amounts: dict[str, Decimal], places: int = 2) -> str:
        return "; ".join(f"{code or self.w('no_currency')} "
                         f"{format_number(amount, self.lang, places)}"
                         for code, amount in sorted(amounts.items()))

    def rates_text(self) -> str:
        return "; ".join(f"1 {code} = {format_rate(rate, self.lang)} {self.currency}"
                         for code, rate in sorted(self.data.rates.items()))

    # -- footer -------------------------------------------------------------------------
    def footer(self, canvas: Canvas, page: int, pages: int) -> None:
        title = " \u00b7 ".join(part for part in (self.data.event_name,
                                                   self.data.pavilion) if part)
        draw_footer(canvas, title, self.w("page", page=page, pages=pages))

    # -- the story ----------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        # Sections start on a new page unless their first chart or table fits below.
        return [*self.cover(), *self.values(), CondPageBreak(230), *self.visitors(),
                CondPageBreak(330), *self.manufacturers(), *matchmaking_section(self),
                CondPageBreak(200), *self.mous()]

    def cover(self) -> list[Flowable]:
        data, st = self.data, self.styles
        local = data.generated_at
        facts = [
            (self.w("pavilion"), data.pavilion),
            (self.w("venue"), data.venue),
            (self.w("dates"), format_dates(data.start, data.end, self.lang)),
            (self.w("time_zone"), f"{data.timezone} ({utc_offset(local)})"),
            (self.w("reporting_currency"), data.currency),
            (self.w("generated"), f"{format_date(local.date(), self.lang)}, "
                                  f"{local:%H:%M} ({utc_offset(local)})"),
        ]
        rows = [[Shaped(label, 9, color=MUTED), Shaped(value, 10, lines=2)]
                for label, value in facts if value]
        info = Table(rows, colWidths=[38 * mm, FRAME_WIDTH - 38 * mm], hAlign="LEFT")
        info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                                  ("TOPPADDING", (0, 0), (-1, -1), 3)]))
        return [Spacer(1, 6 * mm), para(self.w("title").upper(), st["kicker"]),
                Shaped(data.event_name, 26, bold=True, lines=2, min_size=14),
                Spacer(1, 6 * mm), info, Spacer(1, 8 * mm),
                para(self.w("glance"), st["h1"]), self.tiles()]

    def tiles(self) -> Table:
        data = self.data
        counts = [(self.n(data.checkins), "checkins"),
                  (self.n(data.unique_visitors), "unique_visitors"),
                  (self.n(data.visitors_registered), "visitors_registered"),
                  (self.n(data.leads), "leads"), (self.n(data.hot_leads), "hot_leads"),
                  (self.n(data.meetings), "meetings"), (self.n(data.mous), "mous")]
        cells = [[Shaped(value, 17, bold=True, min_size=9), Shaped(self.w(key), 8.5,
                                                                   color=MUTED, lines=2)]
                 for value, key in counts]
        mou = [Shaped(self.money(data.mou_value.converted), 17, bold=True, min_size=7),
               Shaped(self.w("mou_value"), 8.5, color=MUTED, lines=2)]
        if data.mou_value.not_converted:
            mou.append(Shaped(f"+ {self.amounts(data.mou_value.not_converted)} "
                              f"({self.w('not_converted')})", 7.5, color=MUTED, lines=2,
                              min_size=6))
        cells.append(mou)
        value = [Shaped(self.money(data.potential.converted), 20, bold=True, min_size=8),
                 Shaped(self.w("potential_value"), 9, color=MUTED)]
        if data.potential.not_converted:
            value.append(Shaped(f"+ {self.amounts(data.potential.not_converted)} "
                                f"({self.w('not_converted')})", 8.5, color=MUTED, lines=2))
        grid = [cells[0:4], cells[4:8], [value, "", "", ""]]
        table = Table(grid, colWidths=[FRAME_WIDTH / 4] * 4, hAlign="LEFT")
        table.setStyle(tile_style(("SPAN", (0, 2), (3, 2))))
        return table

    def values(self) -> list[Flowable]:
        data, st = self.data, self.styles
        head = [self.w("currency"), self.w("potential_value"), self.w("of_which_mou"),
                self.w("rate"), self.w("in_currency", currency=self.currency)]
        rows: list[list[Any]] = [[Shaped(text, 8, bold=True, lines=2,
                                         align="start" if i == 0 else "end")
                                  for i, text in enumerate(head)]]
        for code, amount in sorted(data.potential_by_currency.items()):
            mou = data.mou_by_currency.get(code, Decimal(0))
            rate = Decimal(1) if code == self.currency else data.rates.get(code)
            rows.append([
                Shaped(code or self.w("no_currency"), 9),
                Shaped(format_number(amount, self.lang, 2), 9, align="end"),
                Shaped(format_number(mou, self.lang, 2), 9, align="end"),
                Shaped(format_rate(rate, self.lang) if rate is not None
                       else self.w("not_converted"), 9, align="end",
                       color=INK if rate is not None else SERIES[5]),
                Shaped(format_number(amount * rate, self.lang, 2) if rate is not None
                       else "\u2014", 9, align="end"),
            ])
        rows.append([Shaped(self.w("total"), 9, bold=True), "", "", "",
                     Shaped(self.money(data.potential.converted), 9, bold=True, align="end")])
        widths = [34 * mm, 36 * mm, 36 * mm, 28 * mm]
        table = Table(rows, colWidths=[*widths, FRAME_WIDTH - sum(widths)], hAlign="LEFT",
                      repeatRows=1)
        table.setStyle(grid_style(len(rows), total_row=True))
        story: list[Flowable] = [para(self.w("value_heading"), st["h2"]), table,
                                 Spacer(1, 3 * mm)]
        if data.rates:
            story.append(para(self.w("rates_given", rates=self.rates_text()), st["body"]))
            story.append(para(self.w("rates_direction", currency=self.currency), st["note"]))
        else:
            story.append(para(self.w("no_rates", currency=self.currency), st["body"]))
        for money in (data.potential, data.mou_value):
            if money.not_converted:
                story.append(para(self.w("not_converted_note", currency=self.currency,
                                         amounts=self.amounts(money.not_converted)),
                                  st["body"]))
                break
        for key, money in (("mou_value", data.mou_value), ("potential_value", data.potential)):
            if money.not_converted:
                story.append(para(f"{self.w(key)}: {self.money(money.converted)} + "
                                  f"{self.amounts(money.not_converted)} "
                                  f"({self.w('not_converted')})", st["body"]))
        notes: list[Flowable] = [para(self.w("definitions_heading"), st["h2"])]
        for key in ("def_checkins", "def_meetings", "def_mous", "def_value"):
            notes.append(para(self.w(key), st["bullet"], bullet="\u2022"))
        notes.append(para(self.w("def_times", zone=data.timezone), st["bullet"],
                          bullet="\u2022"))
        return [*story, KeepTogether(notes)]

    def visitors(self) -> list[Flowable]:
        data, st = self.data, self.styles
        fmt: Formatter = self.n
        days = list(data.checkins_by_day)
        per_day = column_chart([short_day(day, self.lang) for day in days],
                               [Series(self.w("checkins"), list(data.checkins_by_day.values()))],
                               width=FRAME_WIDTH, height=150, fmt=fmt,
                               empty=self.w("no_data_checkins"))
        busy = [day for day in days if data.checkins_by_day[day]]
        used = sorted({hour for day in busy for hour in data.checkins_by_day_hour[day]})
        hours = list(range(used[0], used[-1] + 1)) if used else []
        split = busy if 1 < len(busy) <= len(SERIES) else []
        if split:
            series = [Series(short_day(day, self.lang),
                             [data.checkins_by_day_hour[day].get(h, 0) for h in hours])
                      for day in split]
        else:
            series = [Series(self.w("checkins"),
                             [sum(data.checkins_by_day_hour[d].get(h, 0) for d in busy)
                              for h in hours])]
        per_hour = column_chart([f"{hour:02d}" for hour in hours], series, width=FRAME_WIDTH,
                                height=190, fmt=fmt, stacked=bool(split),
                                empty=self.w("no_data_checkins"))
        two = [Series(self.w("registered"), [row[1] for row in self._countries()]),
               Series(self.w("attended"), [row[2] for row in self._countries()])]
        by_country = bar_chart([row[0] for row in self._countries()], two, width=FRAME_WIDTH,
                               fmt=fmt, bar_height=8, empty=self.w("no_data_visitors"))
        categories = data.by_category
        by_category = bar_chart(
            [category_label(key, self.lang) for key, _, _ in categories],
            [Series(self.w("registered"), [row[1] for row in categories]),
             Series(self.w("attended"), [row[2] for row in categories])],
            width=FRAME_WIDTH, fmt=fmt, bar_height=8, empty=self.w("no_data_visitors"))
        return [para(self.w("visitors_heading"), st["h1"]),
                para(self.w("per_day"), st["h2"]), per_day,
                para(self.w("per_hour"), st["h2"]), per_hour,
                para(self.w("def_times", zone=data.timezone), st["note"]),
                para(self.w("by_country"), st["h2"]), by_country,
                para(self.w("by_category"), st["h2"]), by_category]

    def _countries(self) -> list[tuple[str, int, int]]:
        rows = self.data.by_country
        top = [(country_label(code, self.lang), registered, came)
               for code, registered, came in rows[:TOP_COUNTRIES]]
        rest = rows[TOP_COUNTRIES:]
        if rest:
            top.append((f"{self.w('other_countries')} ({self.n(len(rest))})",
                        sum(r[1] for r in rest), sum(r[2] for r in rest)))
        return top

    def manufacturers(self) -> list[Flowable]:
        data, st = self.data, self.styles
        makers = data.manufacturers
        shown = makers[:MAX_BARS]
        names = [_bar_label(m.code, m.name) for m in shown]
        leads = [m.leads for m in shown]
        hot = [m.hot for m in shown]
        if len(makers) > MAX_BARS:
            rest = makers[MAX_BARS:]
            names.append(self.w("more_manufacturers", count=self.n(len(rest))))
            leads.append(sum(m.leads for m in rest))
            hot.append(sum(m.hot for m in rest))
        chart = bar_chart(names, [Series(self.w("leads"), leads),
                                  Series(self.w("hot_leads"), hot)],
                          width=FRAME_WIDTH, fmt=self.n, bar_height=6.5, label_width=150,
                          empty=self.w("no_data_leads"))
        return [para(self.w("manufacturers_heading"), st["h1"]),
                para(self.w("leads_per_manufacturer"), st["h2"]), chart,
                para(self.w("manufacturers_table", currency=self.currency), st["h2"]),
                self.maker_table()]

    def maker_table(self) -> Table:
        data = self.data
        loose = any(m.value.not_converted for m in data.manufacturers)
        head = [self.w("code"), self.w("name"), self.w("booth"), self.w("leads"),
                self.w("hot"), self.w("meetings_short"), self.w("mous_short"),
                self.w("value_in", currency=self.currency)]
        widths = [18 * mm, 0.0, 16 * mm, 15 * mm, 12 * mm, 17 * mm, 12 * mm, 30 * mm]
        if loose:
            head.append(self.w("not_converted_head"))
            widths = [16 * mm, 0.0, 13 * mm, 14 * mm, 11 * mm, 18 * mm, 11 * mm, 26 * mm,
                      26 * mm]
        widths[1] = FRAME_WIDTH - sum(widths)
        numeric = range(3, len(head))
        rows: list[list[Any]] = [[Shaped(text, 7.5, bold=True, lines=2, min_size=6,
                                         align="end" if i in numeric else "start")
                                  for i, text in enumerate(head)]]
        for m in data.manufacturers:
            row: list[Any] = [Shaped(m.code, 8), Shaped(m.name, 8, lines=2),
                              Shaped(m.booth, 8)]
            row += [Shaped(self.n(v), 8, align="end")
                    for v in (m.leads, m.hot, m.meetings, m.mous)]
            row.append(Shaped(self.n(m.value.converted), 8, align="end", min_size=5.5))
            if loose:
                row.append(Shaped(self.amounts(m.value.not_converted, 0), 7, lines=2,
                                  min_size=5.5))
            rows.append(row)
        total: list[Any] = [Shaped(self.w("total"), 8, bold=True), "", ""]
        total += [Shaped(self.n(v), 8, bold=True, align="end")
                  for v in (data.leads, data.hot_leads, data.meetings, data.mous)]
        total.append(Shaped(self.n(data.potential.converted), 8, bold=True, align="end",
                            min_size=5.5))
        if loose:
            total.append(Shaped(self.amounts(data.potential.not_converted, 0), 7, bold=True,
                                lines=2, min_size=5.5))
        rows.append(total)
        table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
        table.setStyle(grid_style(len(rows), total_row=True))
        return table

    def mous(self) -> list[Flowable]:
        data, st = self.data, self.styles
        story: list[Flowable] = [para(self.w("mous_heading"), st["h1"])]
        if not data.top_mous:
            return [*story, para(self.w("no_mous"), st["body"])]
        key = "mous_table" if len(data.top_mous) < data.mous else "mous_table_all"
        story.append(para(self.w(key, count=self.n(len(data.top_mous)),
                                 total=self.n(data.mous), currency=self.currency), st["h2"]))
        head = [self.w("manufacturer"), self.w("counterpart"), self.w("organization"),
                self.w("country"), self.w("value"),
                self.w("in_currency", currency=self.currency)]
        rows: list[list[Any]] = [[Shaped(text, 7.5, bold=True, lines=2, min_size=6,
                                         align="end" if i >= 4 else "start")
                                  for i, text in enumerate(head)]]
        for mou in data.top_mous:
            rows.append([
                Shaped(mou.code, 8), Shaped(mou.visitor, 8.5, lines=2),
                Shaped(mou.organization, 8, lines=2),
                Shaped(country_label(mou.country, self.lang) if mou.country else "", 8,
                       lines=2),
                Shaped(self.money(mou.amount, mou.currency or self.w("no_currency"))
                       if mou.amount is not None else "\u2014", 8, align="end", min_size=5.5),
                Shaped(format_number(mou.converted, self.lang, 2) if mou.converted is not None
                       else (self.w("not_converted") if mou.amount is not None else "\u2014"),
                       8, align="end", min_size=5.5),
            ])
        widths = [22 * mm, 34 * mm, 0.0, 25 * mm, 25 * mm, 25 * mm]
        widths[2] = FRAME_WIDTH - sum(widths)
        table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
        table.setStyle(grid_style(len(rows), total_row=False))
        story.append(table)
        return story


@cache
def _latin_cmap() -> dict[int, int]:
    return dict(register_fonts()[REGULAR].face.charToGlyph)


def _bar_label(code: str, name: str) -> str:
    """"CODE  Name" when Noto Sans can draw the name (chart labels are not shaped), else
    the code alone."""
    cmap = _latin_cmap()
    if name and all(ord(ch) in cmap or ch.isspace() for ch in name):
        return f"{code}  {name}"
    return code


def write_pdf(data: ReportData, path: str | Path, lang: str) -> int:
    """Lay the report out into `path`; returns the number of pages."""
    register_fonts()
    pages = _Pages(data, lang)
    counted: list[int] = []
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=f"{pages.w('title')} \u2013 {data.event_name}", author="Booth",
        subject=data.pavilion or data.event_name, creator="Booth", lang=lang)
    doc.build(pages.story(), canvasmaker=paged_canvas(pages.footer, counted))
    return counted[0] if counted else 0
