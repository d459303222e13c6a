"""A manufacturer's qualifier questions, asked on the lead form: their text, kind
(single or multiple choice, text, number), options and order.

Every change is checked before anything is set, so a refused one changes nothing;
deletes are tombstones (answers already given stay with their leads).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.errors import InputError, NotFound
from booth_app.core.text import clean
from booth_app.storage.models import Exhibitor, Question

QUESTION_KINDS = ("single", "multi", "text", "number")
CHOICE_KINDS = ("single", "multi")
MAX_OPTIONS = 20
MAX_OPTION_LENGTH = 100


def list_questions(session: Session, exhibitor: Exhibitor) -> list[Question]:
    return list(
        session.scalars(
            select(Question)
            .where(Question.exhibitor_id == exhibitor.id, Question.deleted.is_(False))
            .order_by(Question.position, Question.created_at)
        )
    )


def check_question(text: str, kind: str, options: Iterable[str]) -> tuple[str, str, list[str]]:
    """The question's text, kind and options as stored, or InputError saying what is wrong."""
    cleaned = clean(text, 301)
    if not cleaned:
        raise InputError("A question needs its text.")
    if len(cleaned) > 300:
        raise InputError("A question is at most 300 characters.")
    if kind not in QUESTION_KINDS:
        raise InputError("A question's kind is one of {question_kinds}, not {kind!r}.",
                         question_kinds=', '.join(QUESTION_KINDS), kind=kind)
    choices = [clean(o, MAX_OPTION_LENGTH + 1) for o in options]
    choices = [o for o in choices if o]
    if kind not in CHOICE_KINDS:
        if choices:
            raise InputError("A {kind} question has no options (the answer is typed).", kind=kind)
        return cleaned, kind, []
    if len(choices) < 2:
        raise InputError("A choice question needs at least two options.")
    if len(choices) > MAX_OPTIONS:
        raise InputError("A question has at most {max_options} options.", max_options=MAX_OPTIONS)
    seen: set[str] = set()
    for option in choices:
        if len(option) > MAX_OPTION_LENGTH:
            raise InputError("An option is at most {max_option_length} characters.",
                             max_option_length=MAX_OPTION_LENGTH)
        if option.casefold() in seen:
            raise InputError("The option {option!r} is listed twice.", option=option)
        seen.add(option.casefold())
    return cleaned, kind, choices


def add_question(
    session: Session,
    exhibitor: Exhibitor,
    text: str,
    kind: str = "single",
    options: Sequence[str] = (),
    *,
    required: bool = False,
) -> Question:
    """A new qualifier question, asked after the manufacturer's existing ones."""
    cleaned, kind, choices = check_question(text, kind, options)
    questions = list_questions(session, exhibitor)
    question = Question(
        exhibitor_id=exhibitor.id,
        text=cleaned,
        kind=kind,
        options=choices,
        position=len(questions),
        required=required,
    )
    session.add(question)
    _renumber([*questions, question])
    session.flush()
    return question


def update_question(
    session: Session,
    question: Question,
    *,
    text: str | None = None,
    kind: str | None = None,
    options: Sequence[str] | None = None,
    required: bool | None = None,
) -> Question:
    """Change a question; what is not given stays (options are dropped for text/number)."""
    if question.deleted:
        raise NotFound("This question was deleted.")
    new_kind = kind if kind is not None else question.kind
    if options is None:
        options = list(question.options) if new_kind in CHOICE_KINDS else []
    cleaned, new_kind, choices = check_question(
        text if text is not None else question.text, new_kind, options
    )
    question.text, question.kind, question.options = cleaned, new_kind, choices
    if required is not None:
        question.required = required
    session.flush()
    return question


def move_question(session: Session, question: Question, offset: int) -> int:
    """Move a question up (negative) or down; returns its new 0-based place."""
    questions = list_questions(session, question_exhibitor(session, question))
    index = next(i for i, q in enumerate(questions) if q.id == question.id)
    target = max(0, min(len(questions) - 1, index + offset))
    questions.insert(target, questions.pop(index))
    _renumber(questions)
    session.flush()
    return target


def delete_question(session: Session, question: Question) -> None:
    """Tombstone a question; answers already given stay with their leads."""
    exhibitor = question_exhibitor(session, question)
    question.deleted = True
    _renumber(list_questions(session, exhibitor))
    session.flush()


def question_exhibitor(session: Session, question: Question) -> Exhibitor:
    exhibitor = session.get(Exhibitor, question.exhibitor_id)
    if exhibitor is None:
        raise NotFound("This question's manufacturer is gone.")
    return exhibitor


def _renumber(questions: list[Question]) -> None:
    # Only rows whose place changed are written, so sync carries the fewest changes.
    for position, question in enumerate(questions):
        if question.position != position:
            question.position = position


def question_to_dict(question: Question) -> dict[str, Any]:
    return {
        "id": question.id,
        "text": question.text,
        "kind": question.kind,
        "options": list(question.options),
        "position": question.position,
        "required": question.required,
    }
