"""The whole product's tables (SQLAlchemy 2.0 typed declarative).

Every synced table carries `SyncColumns`: a globally unique id, UTC created/updated
times, the device that last wrote the row, a hybrid-logical-clock stamp of that
write and a tombstone flag, so rows from several laptops merge deterministically.
`Meta` is the only local-only table.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from booth_app.storage.ids import new_id, utcnow
from booth_app.storage.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}


def _fk(target: str) -> ForeignKey:
    """A foreign key checked at once, unless a transaction defers it (SET CONSTRAINTS ALL
    DEFERRED on the hub: a sync merge drops a row before re-pointing its children)."""
    return ForeignKey(target, deferrable=True, initially="IMMEDIATE")


class SyncColumns:
    """Columns every synced row carries; the session fills the writer columns on flush."""

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    device_id: Mapped[str] = mapped_column(String(32), default="")
    # Indexed: sync asks every table "what changed since stamp X?" (a hub round with
    # nothing new must not read 250,000 visitors to learn that).
    hlc: Mapped[str] = mapped_column(String(64), default="", index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Meta(Base):
    """Local, never-synced facts about this database file: device id, sync cursors."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Device(SyncColumns, Base):
    """A laptop that has written to this pavilion's data."""

    __tablename__ = "device"
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(32), default="")
    last_sync_at: Mapped[datetime | None] = mapped_column(default=None)


class Event(SyncColumns, Base):
    __tablename__ = "event"
    name: Mapped[str] = mapped_column(String(200))
    venue: Mapped[str] = mapped_column(String(200), default="")
    pavilion: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    # Badge signing keys: the QR code carries a MAC under the current key id;
    # older key ids stay valid so rotated keys do not void printed badges.
    badge_key_id: Mapped[str] = mapped_column(String(16))
    badge_secret: Mapped[bytes] = mapped_column(LargeBinary(64))
    # Personal data is kept until this date; `booth purge` then erases whoever was not
    # seen since (core.visitors.purge). None: no date set.
    retention_date: Mapped[date | None] = mapped_column(Date, default=None)
    # The language of the words printed in a badge's category band: "en", "id" or "ar"
    # (core.badges.bands).
    badge_lang: Mapped[str] = mapped_column(String(8), default="en")


class Exhibitor(SyncColumns, Base):
    __tablename__ = "exhibitor"
    __table_args__ = (UniqueConstraint("event_id", "code"),)
    event_id: Mapped[str] = mapped_column(_fk("event.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    booth: Mapped[str] = mapped_column(String(32), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(320), default="")
    contact_phone: Mapped[str] = mapped_column(String(64), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # Where it holds business-matching meetings; "" means its booth, else its code.
    meeting_table: Mapped[str] = mapped_column(String(32), default="")


class Product(SyncColumns, Base):
    __tablename__ = "product"
    exhibitor_id: Mapped[str] = mapped_column(_fk("exhibitor.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(64), default="")
    description: Mapped[str] = mapped_column(Text, default="")


class Staff(SyncColumns, Base):
    __tablename__ = "staff"
    exhibitor_id: Mapped[str | None] = mapped_column(_fk("exhibitor.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default="staff")
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Visitor(SyncColumns, Base):
    __tablename__ = "visitor"
    __table_args__ = (
        Index("ix_visitor_event_external", "event_id", "external_id"),
        # Serves the visitor list in name order and its count without touching rows.
        Index("ix_visitor_live_sort", "deleted", "sort_name", "id"),
    )
    event_id: Mapped[str] = mapped_column(_fk("event.id"), index=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
    organization: Mapped[str] = mapped_column(String(300), default="")
    job_title: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="", index=True)
    phone: Mapped[str] = mapped_column(String(64), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    category: Mapped[str] = mapped_column(String(32), default="other")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[datetime | None] = mapped_column(default=None)
    external_id: Mapped[str] = mapped_column(String(128), default="")
    source: Mapped[str] = mapped_column(String(16), default="manual")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set on a tombstoned duplicate: the visitor it was merged into, so its printed
    # badge still finds the person (same walk-in on two laptops, or a desk merge).
    merged_into_id: Mapped[str | None] = mapped_column(_fk("visitor.id"), default=None)
    # Folded copies for search and ordering (casefolded, accents removed).
    sort_name: Mapped[str] = mapped_column(String(300), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Set when the person's data was erased on request (core.visitors.erasure): an
    # absorbing state, honoured by sync whatever the stamps (core.sync.merge, rule 7).
    erased_at: Mapped[datetime | None] = mapped_column(default=None, index=True)


class Badge(SyncColumns, Base):
    """One printed generation of a visitor's badge; reprinting revokes the previous one."""

    __tablename__ = "badge"
    __table_args__ = (UniqueConstraint("visitor_id", "version"),)
    visitor_id: Mapped[str] = mapped_column(_fk("visitor.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    printed_count: Mapped[int] = mapped_column(Integer, default=0)
    last_printed_at: Mapped[datetime | None] = mapped_column(default=None)
    layout: Mapped[str] = mapped_column(String(32), default="")
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class CheckinPoint(SyncColumns, Base):
    __tablename__ = "checkin_point"
    event_id: Mapped[str] = mapped_column(_fk("event.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(32), default="entrance")
    allow_reentry: Mapped[bool] = mapped_column(Boolean, default=True)
    track_exit: Mapped[bool] = mapped_column(Boolean, default=False)
    print_on_checkin: Mapped[bool] = mapped_column(Boolean, default=False)
    dedupe_seconds: Mapped[int] = mapped_column(Integer, default=10)


class Checkin(SyncColumns, Base):
    """An append-only scan record at a check-in point."""

    __tablename__ = "checkin"
    __table_args__ = (
        Index("ix_checkin_visitor_time", "visitor_id", "scanned_at"),
        # Covers the live counts (today, last hour, per point) without reading rows.
        Index("ix_checkin_time_cover", "scanned_at", "status", "direction", "deleted",
              "visitor_id", "point_id"),
    )
    visitor_id: Mapped[str | None] = mapped_column(_fk("visitor.id"))
    point_id: Mapped[str | None] = mapped_column(_fk("checkin_point.id"), index=True)
    staff_id: Mapped[str | None] = mapped_column(_fk("staff.id"))
    scanned_at: Mapped[datetime] = mapped_column(default=utcnow)
    direction: Mapped[str] = mapped_column(String(8), default="in")
    status: Mapped[str] = mapped_column(String(16))
    badge_version: Mapped[int | None] = mapped_column(Integer, default=None)


class Lead(SyncColumns, Base):
    """One lead per visitor per manufacturer; rescans add interactions, not leads."""

    __tablename__ = "lead"
    __table_args__ = (UniqueConstraint("exhibitor_id", "visitor_id"),)
    exhibitor_id: Mapped[str] = mapped_column(_fk("exhibitor.id"), index=True)
    visitor_id: Mapped[str] = mapped_column(_fk("visitor.id"), index=True)
    rating: Mapped[str] = mapped_column(String(8), default="")
    stage: Mapped[str] = mapped_column(String(16), default="new")
    notes: Mapped[str] = mapped_column(Text, default="")
    follow_up_action: Mapped[str] = mapped_column(String(200), default="")
    follow_up_date: Mapped[date | None] = mapped_column(Date, default=None)
    value: Mapped[Decimal | None] = mapped_column(Numeric(18, 2), default=None)
    currency: Mapped[str] = mapped_column(String(3), default="")
    captured_at: Mapped[datetime] = mapped_column(default=utcnow)
    captured_by_id: Mapped[str | None] = mapped_column(_fk("staff.id"))
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[datetime | None] = mapped_column(default=None)


class LeadProduct(SyncColumns, Base):
    __tablename__ = "lead_product"
    __table_args__ = (UniqueConstraint("lead_id", "product_id"),)
    lead_id: Mapped[str] = mapped_column(_fk("lead.id"), index=True)
    product_id: Mapped[str] = mapped_column(_fk("product.id"))


class LeadInteraction(SyncColumns, Base):
    """Append-only history of a lead: each scan, meeting or note, by whom and where."""

    __tablename__ = "lead_interaction"
    lead_id: Mapped[str] = mapped_column(_fk("lead.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    staff_id: Mapped[str | None] = mapped_column(_fk("staff.id"))
    kind: Mapped[str] = mapped_column(String(16), default="scan")
    note: Mapped[str] = mapped_column(Text, default="")


class Question(SyncColumns, Base):
    """A manufacturer's qualifier question: single, multi, text or number."""

    __tablename__ = "question"
    exhibitor_id: Mapped[str] = mapped_column(_fk("exhibitor.id"), index=True)
    text: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(16), default="single")
    options: Mapped[list[Any]] = mapped_column(default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)
    required: Mapped[bool] = mapped_column(Boolean, default=False)


class Answer(SyncColumns, Base):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("lead_id", "question_id"),)
    lead_id: Mapped[str] = mapped_column(_fk("lead.id"), index=True)
    question_id: Mapped[str] = mapped_column(_fk("question.id"))
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)


class AuditLog(SyncColumns, Base):
    """Who did what and when: prints, reprints, erasures, PIN resets, exports."""

    __tablename__ = "audit_log"
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    staff_id: Mapped[str | None] = mapped_column(_fk("staff.id"))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[str] = mapped_column(String(32), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class MeetingSession(SyncColumns, Base):
    """A block of meeting slots on one day (times in UTC; shown in the event's zone)."""

    __tablename__ = "meeting_session"
    event_id: Mapped[str] = mapped_column(_fk("event.id"), index=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    starts_at: Mapped[datetime] = mapped_column()
    ends_at: Mapped[datetime] = mapped_column()
    slot_minutes: Mapped[int] = mapped_column(Integer)
    gap_minutes: Mapped[int] = mapped_column(Integer, default=0)


class MeetingRequest(SyncColumns, Base):
    """A buyer (a visitor) and a manufacturer who want to meet, or must not (a veto)."""

    __tablename__ = "meeting_request"
    __table_args__ = (UniqueConstraint("visitor_id", "exhibitor_id"),)
    event_id: Mapped[str] = mapped_column(_fk("event.id"), index=True)
    visitor_id: Mapped[str] = mapped_column(_fk("visitor.id"), index=True)
    exhibitor_id: Mapped[str] = mapped_column(_fk("exhibitor.id"), index=True)
    priority: Mapped[str] = mapped_column(String(8), default="want")
    requested_by: Mapped[str] = mapped_column(String(16), default="organiser")
    # A "no" from one side stays until that side (or the organiser) lifts it.
    vetoed_by: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class MeetingUnavailability(SyncColumns, Base):
    """A stretch of time when a buyer or a manufacturer cannot meet."""

    __tablename__ = "meeting_unavailable"
    event_id: Mapped[str] = mapped_column(_fk("event.id"), index=True)
    visitor_id: Mapped[str | None] = mapped_column(_fk("visitor.id"), default=None, index=True)
    exhibitor_id: Mapped[str | None] = mapped_column(_fk("exhibitor.id"), default=None,
                                                     index=True)
    starts_at: Mapped[datetime] = mapped_column()
    ends_at: Mapped[datetime] = mapped_column()


class Meeting(SyncColumns, Base):
    """One meeting of a buyer and a manufacturer at a table in a slot."""

    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_time", "starts_at", "table_name"),)
    event_id: Mapped[str] = mapped_column(_fk("event.id"), index=True)
    request_id: Mapped[str | None] = mapped_column(_fk("meeting_request.id"), default=None)
    visitor_id: Mapped[str] = mapped_column(_fk("visitor.id"), index=True)
    exhibitor_id: Mapped[str] = mapped_column(_fk("exhibitor.id"), index=True)
    table_name: Mapped[str] = mapped_column(String(32))
    starts_at: Mapped[datetime] = mapped_column()
    ends_at: Mapped[datetime] = mapped_column()
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str] = mapped_column(String(16), default="scheduler")
    # "desk" when cancelled by hand: its request waits until it is requested again.
    cancelled_by: Mapped[str] = mapped_column(String(16), default="")
    checked_in_at: Mapped[datetime | None] = mapped_column(default=None)
    outcome: Mapped[str] = mapped_column(String(16), default="")
    outcome_value: Mapped[Decimal | None] = mapped_column(Numeric(18, 2), default=None)
    outcome_currency: Mapped[str] = mapped_column(String(3), default="")
    outcome_note: Mapped[str] = mapped_column(Text, default="")


SYNCED_MODELS: tuple[type[Base], ...] = (
    Device,
    Event,
    Exhibitor,
    Product,
    Staff,
    Visitor,
    Badge,
    CheckinPoint,
    Checkin,
    Lead,
    LeadProduct,
    LeadInteraction,
    Question,
    Answer,
    AuditLog,
    MeetingSession,
    MeetingRequest,
    MeetingUnavailability,
    Meeting,
)
