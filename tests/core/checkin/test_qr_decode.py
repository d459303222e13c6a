"""Webcam frames of real badges decode to the visitor's valid token: turned, tilted, out of
focus, dim, under glare, small, noisy, mirrored. Frames without a code, and garbage, give
nothing and never raise."""

from __future__ import annotations

import os
import random

import pytest
import qrcode
from badge_photos import (
    FRAME,
    HARD_SHOTS,
    SHOTS,
    PrintedBadge,
    Shot,
    empty_frame,
    photograph,
    print_badge,
    qr_width_in_frame,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageOps

from booth_app.core.badges.tokens import check_token
from booth_app.core.checkin.camera_decode import decode_grey, decode_image
from booth_app.core.events import require_event
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor

WIDTH, HEIGHT = FRAME


def assert_is_badge_of(db: Database, badge: PrintedBadge, texts: list[str]) -> None:
    """Exactly one code was read, and it is this visitor's genuine badge."""
    assert texts == [badge.token]
    with db.reader() as session:
        event = require_event(session)
        check = check_token(event, texts[0])
        visitor = session.get(Visitor, badge.visitor_id)
        assert visitor is not None
        assert check.kind == "valid" and check.code == visitor.code and check.version == 1


@pytest.fixture
def badge(event_db: Database) -> PrintedBadge:
    return print_badge(event_db)


@pytest.mark.parametrize("shot", SHOTS + HARD_SHOTS, ids=lambda shot: shot.name)
def test_badge_photo_decodes_to_the_visitors_token(event_db: Database, badge: PrintedBadge,
                                                   shot: Shot) -> None:
    frame = photograph(badge, shot)
    assert frame.size == (WIDTH, HEIGHT) and frame.mode == "L"
    assert_is_badge_of(event_db, badge, decode_grey(frame.tobytes(), WIDTH, HEIGHT))


def test_the_small_shots_really_are_small() -> None:
    small = {shot.name: qr_width_in_frame(shot) for shot in SHOTS if shot.badge_width < 400}
    assert set(small) == {"small", "smallest"}
    assert all(78 <= width <= 100 for width in small.values()), small


def test_a_mirrored_front_camera_picture_decodes(event_db: Database,
                                                  badge: PrintedBadge) -> None:
    frame = ImageOps.mirror(photograph(badge, Shot("mirrored", angle=10, seed=30)))
    assert_is_badge_of(event_db, badge, decode_grey(frame.tobytes(), WIDTH, HEIGHT))


def test_padded_rows_memoryviews_and_pil_images(event_db: Database,
                                                badge: PrintedBadge) -> None:
    frame = photograph(badge, Shot("turned", angle=25, seed=31))
    stride = WIDTH + 64  # cameras pad rows to an alignment
    padded = bytearray()
    for row in range(HEIGHT):
        padded += frame.tobytes()[row * WIDTH:(row + 1) * WIDTH] + b"\x7f" * 64
    assert_is_badge_of(event_db, badge, decode_grey(bytes(padded), WIDTH, HEIGHT, stride))
    assert_is_badge_of(event_db, badge, decode_grey(memoryview(padded), WIDTH, HEIGHT, stride))
    # The last row unpadded, as some drivers hand it over.
    short = bytes(padded[:stride * (HEIGHT - 1) + WIDTH])
    assert_is_badge_of(event_db, badge, decode_grey(short, WIDTH, HEIGHT, stride))
    assert_is_badge_of(event_db, badge, decode_image(frame.convert("RGB")))


def test_two_badges_in_one_frame_are_both_read(event_db: Database,
                                               badge: PrintedBadge) -> None:
    other = print_badge(event_db, "محمد الهاشمي", "مستشفى دبي", "AE", "buyer")
    left = photograph(badge, Shot("left", badge_width=420, position=(0.25, 0.5), blur=0,
                                  seed=32)).convert("RGB")
    both = photograph(other, Shot("right", badge_width=420, angle=-12, position=(0.75, 0.45),
                                  seed=32), scene=left)
    texts = decode_grey(both.tobytes(), WIDTH, HEIGHT)
    assert sorted(texts) == sorted([badge.token, other.token])


def test_an_organisers_vcard_badge_reads_as_its_text() -> None:
    """Foreign badges (vCard, URL) are read as they are; the check-in page decides."""
    vcard = ("BEGIN:VCARD\nVERSION:3.0\nFN:Fatima Al Zahra\nORG:مستشفى دبي\n"
             "EMAIL:fatima@example.ae\nEND:VCARD")
    code = qrcode.make(vcard, border=4).get_image().convert("RGB").resize((260, 260))
    scene = empty_frame(33).convert("RGB")
    scene.paste(code.rotate(20, expand=True, fillcolor=(255, 255, 255)), (700, 200))
    assert decode_image(scene) == [vcard]


def test_frames_without_a_code_give_nothing() -> None:
    for seed in range(5):
        frame = empty_frame(100 + seed)
        assert decode_grey(frame.tobytes(), WIDTH, HEIGHT) == []
    assert decode_grey(bytes(WIDTH * HEIGHT), WIDTH, HEIGHT) == []  # lens cap on
    assert decode_grey(b"\xff" * (WIDTH * HEIGHT), WIDTH, HEIGHT) == []  # blown out


def test_random_bytes_give_nothing() -> None:
    rng = random.Random(7)
    for _ in range(3):
        noise = rng.randbytes(WIDTH * HEIGHT)
        assert decode_grey(noise, WIDTH, HEIGHT) == []
    assert decode_grey(os.urandom(640 * 480), 640, 480) == []


@pytest.mark.parametrize("data, width, height, stride", [
    (b"", WIDTH, HEIGHT, None),  # nothing at all
    (bytes(WIDTH * HEIGHT - 1), WIDTH, HEIGHT, None),  # one byte short
    (bytes(100), 0, 0, None),
    (bytes(100), -10, -10, None),
    (bytes(100), 10, 10, 5),  # rows shorter than the picture
    (bytes(100), 10**6, 10**6, None),  # absurd sizes
    (bytes(WIDTH * HEIGHT), WIDTH, HEIGHT, WIDTH * 2),  # stride beyond the buffer
    ("not bytes", 3, 3, None),
    (None, 3, 3, None),
    (memoryview(bytes(64)).cast("B", (8, 8)), 8, 8, None),  # a 2-D view is fine
    (memoryview(bytes(64)).cast("I"), 8, 8, None),  # a view of ints
])
def test_garbage_gives_nothing_and_never_raises(data: object, width: int, height: int,
                                                stride: int | None) -> None:
    assert decode_grey(data, width, height, stride) == []  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=4096), width=st.integers(-5, 80), height=st.integers(-5, 80),
       stride=st.none() | st.integers(-5, 100))
def test_any_bytes_any_sizes_never_raise(data: bytes, width: int, height: int,
                                         stride: int | None) -> None:
    assert decode_grey(data, width, height, stride) == []


def test_a_badge_photo_decodes_from_a_pil_image_of_any_mode(event_db: Database,
                                                            badge: PrintedBadge) -> None:
    frame = photograph(badge, Shot("rgba", angle=-8, seed=34))
    for mode in ("L", "RGB", "RGBA"):
        assert_is_badge_of(event_db, badge, decode_image(frame.convert(mode)))
    assert decode_image(Image.new("RGB", (320, 240), (90, 90, 90))) == []
