"""After an erasure: no trace of the erased text left in the SQLite file or its WAL.

Every connection runs with `PRAGMA secure_delete=ON` (storage.database), so what a
write removes is zeroed in the pages it leaves. Two places still hold old text:

- the full-text index (visitor_fts): FTS5 records a deletion as a new entry beside the
  old segment, which keeps the words until segments are merged; 'optimize' merges them
  all into one, and the old segments' pages are then freed (and zeroed);
- the write-ahead log: it keeps earlier images of the pages until a checkpoint;
  `wal_checkpoint(TRUNCATE)` copies the current pages back and cuts it to nothing.

A file written before secure_delete was on (by an earlier Booth) may hold old text in
free space; the first scrub of such a file rebuilds it with VACUUM once. A file created
by this version is marked as such in its meta table when it gets its device identity.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import Engine

from booth_app.storage.database import SECURE_SINCE_KEY as VACUUMED_KEY

log = logging.getLogger(__name__)


def scrub_sqlite(engine: Engine) -> dict[str, object]:
    """Merge the search index, zero what it freed and truncate the WAL (SQLite only;
    anything else is left alone). Call outside any transaction."""
    if engine.dialect.name != "sqlite":
        return {}
    done: dict[str, object] = {}
    with engine.connect() as conn:
        has_fts = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'visitor_fts'").first() is not None
        vacuumed = conn.exec_driver_sql(
            "SELECT value FROM meta WHERE key = ?", (VACUUMED_KEY,)).first() is not None
    write = engine.execution_options(booth_write=True)
    if has_fts:
        with write.begin() as conn:
            conn.exec_driver_sql("INSERT INTO visitor_fts(visitor_fts) VALUES ('optimize')")
        done["index_merged"] = True
    if not vacuumed:
        # VACUUM runs outside a transaction; the engine's begin hook would open one.
        raw = engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute("VACUUM")
            cur.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, datetime('now'))",
                        (VACUUMED_KEY,))
            cur.close()
        finally:
            raw.close()
        done["vacuumed"] = True
    with engine.connect() as conn:
        busy, frames, copied = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    done["wal_truncated"] = not busy
    if busy:
        log.warning("WAL checkpoint after an erasure was blocked by a reader (%s of %s "
                    "frames copied); the next checkpoint finishes it", copied, frames)
    return done

