"""The two check-in sounds: one for accepted, one for refused.

QSoundEffect plays short WAVs with low latency. Where QtMultimedia or an audio device
is missing, the station stays silent and says so once in the log; scanning goes on.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, QUrl

from booth_app.paths import resource_path
from booth_app.ui import settings

log = logging.getLogger(__name__)

ACCEPTED = "accepted"
REFUSED = "refused"


class Sounds(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.effects: dict[str, object] = {}
        self.played: list[str] = []  # what was asked for, newest last (tests, the log)
        self.loaded = False
        # Loading QtMultimedia takes ~0.1 s: not while the window opens, but soon after,
        # so the first scan already has its sound.
        # A timer of this object's own: it dies with it (a static single shot would
        # call back into a deleted object).
        self._loader = QTimer(self, singleShot=True, interval=1500)
        self._loader.timeout.connect(self.load)
        self._loader.start()

    def load(self) -> None:
        if self.loaded:
            return
        self.loaded = True
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # no multimedia libraries on this laptop
            log.warning("Sounds are off: QtMultimedia is not available (%s)", exc)
            return
        if not QMediaDevices.audioOutputs():  # nothing to play on (no sound card/server)
            log.warning("Sounds are off: this laptop has no audio output")
            return
        for name in (ACCEPTED, REFUSED):
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{name}.wav"))))
            effect.setVolume(0.9)
            self.effects[name] = effect

    def play(self, name: str) -> None:
        """Play a sound unless sounds are switched off in Settings."""
        if not settings.SOUNDS.get():
            return
        self.played.append(name)
        del self.played[:-20]
        self.load()
        effect = self.effects.get(name)
        if effect is not None:
            effect.stop()  # type: ignore[attr-defined]
            effect.play()  # type: ignore[attr-defined]
