"""The check-in rules' sentences (core.checkin.rules, English there: the command line
prints them) in the window's language, for the result card."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# The core's fixed sentences, marked for lupdate and looked up as they come.
FIXED = (
    QT_TRANSLATE_NOOP("ScanMessages", "Welcome."),
    QT_TRANSLATE_NOOP("ScanMessages", "Welcome back."),
    QT_TRANSLATE_NOOP("ScanMessages", "Goodbye."),
    QT_TRANSLATE_NOOP("ScanMessages", "Already checked in (the same scan again)."),
    QT_TRANSLATE_NOOP("ScanMessages", "Already scanned out (the same scan again)."),
    QT_TRANSLATE_NOOP("ScanMessages", "Exit recorded (no entry scan was found)."),
    QT_TRANSLATE_NOOP("ScanMessages", "Not a badge of this event."),
    QT_TRANSLATE_NOOP("ScanMessages", "No visitor has this code."),
    QT_TRANSLATE_NOOP("ScanMessages", "This badge's code was altered or made up."),
    QT_TRANSLATE_NOOP("ScanMessages", "A genuine badge, but this visitor is not on this "
                      "laptop yet: sync, or register them."),
)
# Sentences with a time, a point or a number in them: the pattern, then its words.
PATTERNS = (
    (re.compile(r"Already in since (\S+) at (.+)\.$"),
     QT_TRANSLATE_NOOP("ScanMessages", "Already in since {0} at {1}.")),
    (re.compile(r"No re-entry at (.+)\.$"),
     QT_TRANSLATE_NOOP("ScanMessages", "No re-entry at {0}.")),
    (re.compile(r"Revoked: this badge was reprinted \(current badge #(\d+)\)\.$"),
     QT_TRANSLATE_NOOP("ScanMessages", "Revoked: this badge was reprinted (current badge "
                       "#{0}).")),
)


# The category band's word on the result card (core.badges.bands; printed badges take
# theirs from the event).
BAND_WORDS = (
    QT_TRANSLATE_NOOP("CategoryBand", "VISITOR"),
    QT_TRANSLATE_NOOP("CategoryBand", "BUYER"),
    QT_TRANSLATE_NOOP("CategoryBand", "MEDIA"),
    QT_TRANSLATE_NOOP("CategoryBand", "EXHIBITOR"),
    QT_TRANSLATE_NOOP("CategoryBand", "VIP"),
)


def band_word(word: str) -> str:
    return QCoreApplication.translate("CategoryBand", word) if word in BAND_WORDS else word


def scan_message(message: str) -> str:
    """The sentence in the window's language; one the window does not know stays as is."""
    translate = QCoreApplication.translate
    if message in FIXED:
        return translate("ScanMessages", message)
    for pattern, words in PATTERNS:
        if found := pattern.match(message):
            return translate("ScanMessages", words).format(*found.groups())
    return message
