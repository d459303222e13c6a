"""The results report's business-matching section: the totals as tiles (requested,
scheduled, held, no-shows, cancelled, MoUs and potential value from the meetings), the
meetings by kind of buyer, the outcomes, a table per manufacturer and how it is all
counted. One line instead when the event held no business matching.

The figures come ready from core.report.matchmaking (`ReportData.matchmaking`); the
words, numbers and styles from the report's pages (core.report.pages), which call
`matchmaking_section` from their story.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Protocol

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table

from booth_app.core.report.charts import MUTED, Shaped
from booth_app.core.report.figures import ReportData
from booth_app.core.report.matchmaking import (
    BUYER_KINDS,
    NOT_RECORDED,
    MakerMeetings,
    MatchmakingFigures,
    MeetingCounts,
)
from booth_app.core.report.page_template import FRAME_WIDTH, grid_style, para, tile_style

COUNTS = ("requested", "scheduled", "held", "no_shows")


class ReportPages(Protocol):
    """What the section needs of the report's pages: its figures, words and formats."""

    data: ReportData
    currency: str
    styles: dict[str, ParagraphStyle]

    def w(self, key: str, **values: Any) -> str: ...

    def n(self, value: float | int | Decimal) -> str: ...

    def money(self, amount: Decimal, currency: str | None = None) -> str: ...

    def amounts(self, amounts: dict[str, Decimal], places: int = 2) -> str: ...


def matchmaking_section(pages: ReportPages) -> list[Flowable]:
    """The section's flowables: a new page unless its tiles and first table fit below."""
    figures = pages.data.matchmaking
    heading = para(pages.w("matching_heading"), pages.styles["h1"])
    if figures.empty:
        return [CondPageBreak(80), heading, para(pages.w("no_matching"), pages.styles["body"])]
    st = pages.styles
    return [CondPageBreak(330), heading, _tiles(pages, figures),
            para(pages.w("matching_by_kind"), st["h2"]), _kind_table(pages, figures),
            para(pages.w("matching_outcomes"), st["h2"]), _outcome_table(pages, figures),
            para(pages.w("matching_per_manufacturer", currency=pages.currency), st["h2"]),
            _maker_table(pages, figures), _definitions(pages)]


def _tiles(pages: ReportPages, figures: MatchmakingFigures) -> Table:
    totals = figures.totals

    def tile(value: str, key: str) -> list[Any]:
        return [Shaped(value, 17, bold=True, min_size=9),
                Shaped(pages.w(key), 8.5, color=MUTED, lines=2)]

    cells = [tile(pages.n(totals.requested), "matching_requested"),
             tile(pages.n(totals.scheduled), "matching_scheduled"),
             tile(pages.n(totals.held), "matching_held"),
             tile(pages.n(totals.no_shows), "matching_no_shows"),
             tile(pages.n(totals.cancelled), "matching_cancelled"),
             tile(pages.n(figures.mous), "matching_mous")]
    value = [Shaped(pages.money(figures.value.converted), 17, bold=True, min_size=8),
             Shaped(pages.w("matching_value"), 8.5, color=MUTED, lines=2)]
    if figures.value.not_converted:
        value.append(Shaped(f"+ {pages.amounts(figures.value.not_converted)} "
                            f"({pages.w('not_converted')})", 7.5, color=MUTED, lines=2,
                            min_size=6))
    table = Table([cells[0:4], [*cells[4:6], value, ""]], colWidths=[FRAME_WIDTH / 4] * 4,
                  hAlign="LEFT")
    table.setStyle(tile_style(("SPAN", (2, 1), (3, 1))))
    return table


def _head(texts: list[str], first_numeric: int) -> list[Any]:
    return [Shaped(text, 7.5, bold=True, lines=2, min_size=6,
                   align="end" if i >= first_numeric else "start")
            for i, text in enumerate(texts)]


def _counts(pages: ReportPages, counts: MeetingCounts, *, bold: bool = False) -> list[Any]:
    return [Shaped(pages.n(getattr(counts, key)), 8, bold=bold, align="end") for key in COUNTS]


def _kind_table(pages: ReportPages, figures: MatchmakingFigures) -> Table:
    words = {key: pages.w(f"buyer_kind_{key}") for key in BUYER_KINDS}
    rows: list[list[Any]] = [_head([pages.w("buyer_kind"),
                                    *(pages.w(f"matching_{key}_short") for key in COUNTS)], 1)]
    for key in BUYER_KINDS:
        rows.append([Shaped(words[key], 8.5), *_counts(pages, figures.by_kind[key])])
    rows.append([Shaped(pages.w("total"), 8.5, bold=True),
                 *_counts(pages, figures.totals, bold=True)])
    widths = [FRAME_WIDTH - 4 * 27 * mm] + [27 * mm] * 4
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(grid_style(len(rows), total_row=True))
    return table


def _outcome_table(pages: ReportPages, figures: MatchmakingFigures) -> Table:
    total = sum(figures.outcomes.values())
    rows: list[list[Any]] = [_head([pages.w("outcome"), pages.w("meetings_short"),
                                    pages.w("share")], 1)]
    for key, count in figures.outcomes.items():
        if key == NOT_RECORDED and not count:
            continue  # every meeting held has its outcome
        share = f"{pages.n(round(Decimal(100 * count) / total))}%" if total else "\u2014"
        rows.append([Shaped(pages.w(f"outcome_{key}"), 8.5),
                     Shaped(pages.n(count), 8, align="end"), Shaped(share, 8, align="end")])
    rows.append([Shaped(pages.w("total"), 8.5, bold=True),
                 Shaped(pages.n(total), 8, bold=True, align="end"), ""])
    widths = [FRAME_WIDTH - 2 * 27 * mm, 27 * mm, 27 * mm]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(grid_style(len(rows), total_row=True))
    return table


def _maker_table(pages: ReportPages, figures: MatchmakingFigures) -> Table:
    loose = bool(figures.value.not_converted)
    head = [pages.w("code"), pages.w("name"),
            *(pages.w(f"matching_{key}_short") for key in COUNTS), pages.w("mous_short"),
            pages.w("value_in", currency=pages.currency)]
    # Wide enough for the longer header of the two languages ("Dijadwalkan").
    widths = [16 * mm, 0.0, 16.5 * mm, 19 * mm, 17 * mm, 15.5 * mm, 10.5 * mm, 28 * mm]
    if loose:
        head.append(pages.w("not_converted_head"))
        widths = [14 * mm, 0.0, 16.5 * mm, 19 * mm, 17 * mm, 15.5 * mm, 10.5 * mm, 24 * mm,
                  22 * mm]
    widths[1] = FRAME_WIDTH - sum(widths)
    rows: list[list[Any]] = [_head(head, 2)]

    def row(first: list[Any], counts: MakerMeetings | MeetingCounts, mous: int,
            converted: Decimal, left: dict[str, Decimal], bold: bool = False) -> list[Any]:
        cells = [*first, *_counts(pages, counts, bold=bold),
                 Shaped(pages.n(mous), 8, bold=bold, align="end"),
                 Shaped(pages.n(converted), 8, bold=bold, align="end", min_size=5.5)]
        if loose:
            cells.append(Shaped(pages.amounts(left, 0), 7, bold=bold, lines=2, min_size=5.5))
        return cells

    for maker in figures.manufacturers:
        rows.append(row([Shaped(maker.code, 8), Shaped(maker.name, 8, lines=2)], maker,
                        maker.mous, maker.value.converted, maker.value.not_converted))
    rows.append(row([Shaped(pages.w("total"), 8, bold=True), ""], figures.totals, figures.mous,
                    figures.value.converted, figures.value.not_converted, bold=True))
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(grid_style(len(rows), total_row=True))
    return table


def _definitions(pages: ReportPages) -> Flowable:
    notes: list[Flowable] = [para(pages.w("matching_definitions"), pages.styles["h2"])]
    for key in ("def_matching_counts", "def_matching_kinds", "def_matching_outcomes"):
        notes.append(para(pages.w(key), pages.styles["bullet"], bullet="\u2022"))
    return KeepTogether(notes)
