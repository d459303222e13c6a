"""The pavilion results report for the ministry, a PDF in English or Bahasa Indonesia:
`build_report` collects the figures (core.report.figures) and lays them out
(core.report.pages): a cover, the totals with the value converted into the reporting
currency at the coordinator's rates, charts, a table per manufacturer, business
matching and the MoUs signed, "Page 3 of 7" and the event's name in every footer.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from booth_app.core.errors import BoothError, InputError
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.core.report.figures import COUNTING_STEPS, collect_report
from booth_app.core.report.formatting import Lang, labels
from booth_app.core.report.pages import write_pdf


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    totals: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "pages": self.pages, "totals": self.totals}

    def audit_detail(self, lang: str) -> dict[str, Any]:
        """What the audit log keeps of it (`report.write`): the file's name, pages,
        language and the two headline counts."""
        return {"file": self.path.name, "pages": self.pages, "lang": str(lang),
                "unique_visitors": self.totals["unique_visitors"],
                "leads": self.totals["leads"]}


def build_report(session: Session, path: str | Path, *, currency: str | None = None,
                 rates: Mapping[str, Decimal] | None = None, lang: Lang | str = "en",
                 progress: Progress = NO_PROGRESS, now: datetime | None = None,
                 overwrite: bool = True) -> ReportResult:
    """Write the results report to `path` (replaced only once the whole PDF is written:
    a failure or a cancel leaves nothing behind). `currency` defaults to the event's;
    `rates[CUR]` is what 1 CUR is worth in it."""
    labels(lang)  # refuses an unknown language before any work
    target = Path(path).expanduser()
    if target.is_dir():
        raise InputError("{target} is a folder; give a file name such as report.pdf.",
                         target=target)
    folder = target.parent
    if not folder.is_dir():
        raise InputError("The folder {folder} does not exist.", folder=folder)
    if not overwrite and target.exists():
        raise InputError("{target} already exists; choose another name or remove it first.",
                         target=target)
    data = collect_report(session, currency=currency, rates=rates, now=now, progress=progress)
    steps = COUNTING_STEPS + 1
    progress.report(COUNTING_STEPS, steps, "Writing the PDF")
    handle, temp = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=folder)
    os.close(handle)
    try:
        pages = write_pdf(data, temp, lang)
        progress.report(steps, steps, "")  # the last moment a cancel is honoured
        if not overwrite and target.exists():
            raise InputError("{target} already exists; choose another name or remove it first.",
                             target=target)
        os.replace(temp, target)
    except OSError as exc:
        raise BoothError("Cannot write {target}: {reason}",
                         target=target, reason=exc.strerror or exc) from None
    finally:
        Path(temp).unlink(missing_ok=True)
    return ReportResult(target, pages, data.totals())
