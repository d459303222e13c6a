"""Badge PDFs with QR codes, beside a straightforward reportlab + qrcode script.

DESIGN.md budget: at least 250 badges/s. Measured on 1,000 badges (200 with --quick)
of the demo pavilion's visitors (Latin, Arabic, Chinese, Devanagari names) in the
default layout (cr80), from the faces to the PDF file on disk. The baseline in the same
run draws the same badges the plain way: `qrcode.make` -> PIL image -> `drawImage`, and
`drawString` for the event, name and organisation, one page per badge.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from booth_benchmarks import Context, benchmark, entry  # type: ignore[import-not-found]

BADGES = 1_000
QUICK_BADGES = 200
BUDGET = 250.0


def demo_faces(folder: Path, count: int) -> list[Any]:
    """`count` badge faces of demo visitors (tokens made, nothing issued)."""
    from booth_app.core.badges.jobs import preview_face
    from booth_app.core.demo.pavilion import create_demo
    from booth_app.storage.database import Database
    from booth_app.storage.models import Visitor

    db = Database(folder / "demo.sqlite")
    try:
        with db.session() as session:
            create_demo(session, db.stamp(), count)
        with db.reader() as session:
            visitors = session.query(Visitor).order_by(Visitor.sort_name).all()
            return [preview_face(session, visitor) for visitor in visitors]
    finally:
        db.dispose()


def naive_pdf(faces: list[Any], path: Path) -> None:
    """The plain way: a PNG QR per badge placed as an image, the text as it comes."""
    import qrcode
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from booth_app.core.badges.shaping import register_fonts

    register_fonts()
    width, height = 85.6 * mm, 54 * mm
    canvas = Canvas(str(path), pagesize=(width, height))
    for face in faces:
        image = qrcode.make(face.token).get_image()
        canvas.drawImage(ImageReader(image), 58 * mm, 12 * mm, 24 * mm, 24 * mm)
        canvas.setFont("NotoSans-Regular", 7)
        canvas.drawString(4 * mm, 48 * mm, face.event_name)
        canvas.setFont("NotoSans-Bold", 16)
        canvas.drawString(4 * mm, 36 * mm, face.name)
        canvas.setFont("NotoSans-Regular", 9)
        canvas.drawString(4 * mm, 26 * mm, face.organization)
        canvas.drawString(60 * mm, 8 * mm, face.short_code)
        canvas.showPage()
    canvas.save()


@benchmark("badge_pdf", entries={"badge_pdf_per_s": ("/s", BUDGET)})
def bench_badge_pdf(ctx: Context, folder: Path) -> dict[str, Any]:
    from booth_app.core.badges.render import DEFAULT_LAYOUT, get_layout, render_pdf
    from booth_app.core.badges.shaping import register_fonts

    count = QUICK_BADGES if ctx.quick else BADGES
    faces = demo_faces(folder, count)
    layout = get_layout(DEFAULT_LAYOUT)
    register_fonts()
    render_pdf(faces[:20], layout, folder / "warmup.pdf")  # font files parsed once per process
    ctx.log(f"  {count} badges, layout {layout.name} ...")
    runs, baselines = [], []
    for number in range(2):
        start = time.perf_counter()
        render_pdf(faces, layout, folder / f"badges{number}.pdf")
        runs.append(time.perf_counter() - start)
        start = time.perf_counter()
        naive_pdf(faces, folder / f"naive{number}.pdf")
        baselines.append(time.perf_counter() - start)
    ours, naive = count / min(runs), count / min(baselines)
    ctx.log(f"  ours {ours:.0f}/s, naive reportlab + qrcode {naive:.0f}/s")
    return {"badge_pdf_per_s": entry(
        ours, "/s", BUDGET, baseline=naive, badges=count, layout=layout.name,
        pdf_kb=round((folder / "badges0.pdf").stat().st_size / 1024),
        baseline_pdf_kb=round((folder / "naive0.pdf").stat().st_size / 1024),
        runs_s=[round(r, 3) for r in runs], baseline_runs_s=[round(b, 3) for b in baselines])}
