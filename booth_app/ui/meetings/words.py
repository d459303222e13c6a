"""The words the meetings screens show: states, table check-in answers, reasons, outcomes.

Each state is an icon and a word with its colours, so colour never speaks alone. The
texts go through Qt's translation here, once, for every widget of the package.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from booth_app.core.meetings.outcomes import RESULTS
from booth_app.ui.meetings.not_placed import CANCELLED, NOT_YET, VETOED

# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate


def isolate(text: str) -> str:
    """A name inside a sentence, kept in its own direction: an Arabic name in an English
    line (or the reverse) does not pull the words around it into its order."""
    return f"\u2068{text}\u2069" if text else text


# state -> (icon, accent colour, text colour on white); the accent is also the card stripe.
# No emoji-presentation characters (an alarm clock, a padlock): Qt draws those with a
# colour emoji font, and booth laptops often have none.
STATE_STYLE: dict[str, tuple[str, str, str]] = {
    "scheduled": ("◷", "#5a6878", "#33475b"),
    "late": ("⚠", "#f2a900", "#7a4f00"),
    "no_check_in": ("⚑", "#f2a900", "#7a4f00"),
    "checked_in": ("✔", "#1e7d3a", "#1e6b33"),
    "held": ("✔", "#1f5fa8", "#1f4f8a"),
    "no_show": ("✖", "#c62828", "#a11f1f"),
}


def state_word(state: str) -> str:
    return {
        "scheduled": translate("Meetings", "Scheduled"),
        "late": translate("Meetings", "Late"),
        "no_check_in": translate("Meetings", "No check-in"),
        "checked_in": translate("Meetings", "Checked in"),
        "held": translate("Meetings", "Held"),
        "no_show": translate("Meetings", "No-show"),
    }.get(state, state)


def state_text(state: str) -> str:
    """Icon and word: "✔ Checked in"."""
    icon = STATE_STYLE.get(state, ("•", "", ""))[0]
    return f"{icon} {state_word(state)}"


# A scan at a table: status -> (icon, background, text colour); amber carries dark text.
CHECKIN_STYLE: dict[str, tuple[str, str, str]] = {
    "on_time": ("✔", "#1e7d3a", "#ffffff"),
    "late": ("⚠", "#f2a900", "#2b1d00"),
    "early": ("◷", "#1f5fa8", "#ffffff"),
    "wrong_table": ("➜", "#c62828", "#ffffff"),
    "no_meeting": ("✖", "#c62828", "#ffffff"),
    "unknown": ("?", "#c62828", "#ffffff"),
    "ready": ("", "#e9eef3", "#17324d"),
}


def checkin_headline(status: str) -> str:
    icon = CHECKIN_STYLE.get(status, ("•", "", ""))[0]
    word = {
        "on_time": translate("Meetings", "CHECKED IN — ON TIME"),
        "late": translate("Meetings", "CHECKED IN — LATE"),
        "early": translate("Meetings", "CHECKED IN — EARLY"),
        "wrong_table": translate("Meetings", "WRONG TABLE"),
        "no_meeting": translate("Meetings", "NO MEETING NOW"),
        "unknown": translate("Meetings", "UNKNOWN BADGE"),
    }.get(status, status.upper())
    return f"{icon} {word}"


def reason_text(reason: str, vetoed_by: tuple[str, ...] = ()) -> str:
    """Why a request is not placed, as the desk reads it."""
    if reason == VETOED:
        sides = {"buyer": translate("Meetings", "the buyer"),
                 "exhibitor": translate("Meetings", "the manufacturer"),
                 "organiser": translate("Meetings", "the organiser")}
        who = ", ".join(sides.get(s, s) for s in vetoed_by)
        if who:
            return translate("Meetings", "vetoed by {0}").format(who)
        return translate("Meetings", "vetoed")
    # The scheduler's reasons by their text (core.meetings: REASON_*); one not listed
    # here is shown as the core words it.
    return {
        "no common free slot": translate("Meetings", "no free slot in common"),
        "buyer's meeting cap reached":
            translate("Meetings", "the buyer's meeting cap is reached"),
        "manufacturer's meeting cap reached":
            translate("Meetings", "the manufacturer's meeting cap is reached"),
        "every common free slot is taken":
            translate("Meetings", "every common free slot is taken"),
        "cancelled by hand (request it again to place it)":
            translate("Meetings", "its meeting was cancelled (request it again to place it)"),
        CANCELLED:
            translate("Meetings", "its meeting was cancelled (request it again to place it)"),
        NOT_YET: translate("Meetings", "no reason yet: run Schedule"),
    }.get(reason, reason)


def priority_word(priority: str) -> str:
    return {"must": translate("Meetings", "must"), "want": translate("Meetings", "want"),
            "no": translate("Meetings", "veto")}.get(priority, priority)


def outcome_labels() -> dict[str, str]:
    """The outcome buttons, in the core's order (RESULTS)."""
    labels = {
        "no_show": translate("Meetings", "Did not happen"),
        "no_interest": translate("Meetings", "No interest"),
        "informative": translate("Meetings", "Informative"),
        "cooperation": translate("Meetings", "Cooperation possible"),
        "mou": translate("Meetings", "MoU signed"),
    }
    return {result: labels.get(result, result) for result in RESULTS}
