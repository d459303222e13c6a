"""What the cards of the Exports page share: a title with what the card is for and, for
a card that writes a file, the save dialog in the card's remembered folder, the result
line with "Open folder", and a failure or Cancel said on that line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from booth_app.ui.access.session import SignedIn
from booth_app.ui.language import error_text
from booth_app.ui.settings import Option

# The context is named: self.tr() in a base class looks up the subclass's name at run
# time, while lupdate files the text under this class.
translate = QCoreApplication.translate

FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "vcf": "vCard (*.vcf)",
           "zip": "ZIP (*.zip)", "pdf": "PDF (*.pdf)"}


class Card(QFrame):
    """A card of the page: its title, then what it is for."""

    def __init__(self, title: str, explain: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("cardTitle")
        text = QLabel(explain)
        text.setWordWrap(True)
        text.setObjectName("pageSubtitle")
        self.text = text
        self.layout_.addWidget(heading)
        self.layout_.addWidget(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The page's grid sizes its rows without asking a wrapped label its height for
        # the width it gets: taller Arabic lines and longer Indonesian ones were cut.
        self.text.setMinimumHeight(self.text.heightForWidth(self.text.width()))
        super().resizeEvent(event)


class ExportCard(Card):
    """A card that writes a file; `key` names its result line, `folder` is where the save
    dialog opens (the folder of the last file written)."""

    def __init__(self, title: str, explain: str, key: str, folder: Option[str]) -> None:
        super().__init__(title, explain)
        self.key = key
        self.folder = folder
        self.written: Path | None = None

    def add_result_row(self) -> None:
        """The line that says what was written (or why not), with "Open folder"."""
        row = QHBoxLayout()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setObjectName(f"{self.key}Result")
        self.open_button = QPushButton(translate("ExportCard", "Open folder"))
        self.open_button.setObjectName(f"{self.key}Open")
        self.open_button.hide()
        self.open_button.clicked.connect(self.open_folder)
        row.addWidget(self.result, 1)
        row.addWidget(self.open_button)
        self.layout_.addLayout(row)

    def say_who(self, who: SignedIn | None, nobody: str, booth_staff: str) -> None:
        """What the result line says to nobody or to booth staff; a coordinator's last
        result stays."""
        if who is None:
            self.result.setText(nobody)
        elif not who.is_coordinator:
            self.result.setText(booth_staff)
        elif not self.result.property("done"):
            self.result.setText("")

    def save_path(self, suggested: str, kind: str, title: str) -> Path | None:
        folder = self.folder.get() or str(Path.home())
        target, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / suggested),
                                                FILTERS[kind])
        if not target:
            return None
        path = Path(target)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        self.folder.set(str(path.parent))
        return path

    def finish(self, text: str, path: Path) -> None:
        self.written = path
        self.result.setText(text)
        self.result.setProperty("done", True)
        self.open_button.show()
        from booth_app.ui.printing import announce

        announce(self, text)

    def failed(self, exc: BaseException) -> None:
        from booth_app.core.progress import Cancelled

        if isinstance(exc, Cancelled):
            self.result.setText(translate("ExportCard", "Cancelled: nothing was written."))
            return
        self.result.setText(translate("ExportCard", "✖ Not exported: {0}").format(error_text(exc)))

    def open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))
