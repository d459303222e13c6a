#!/usr/bin/env python
"""Write the check-in sounds in resources/sounds (run once; the WAVs are committed).

accepted.wav: two short rising tones, bright; refused.wav: a low double buzz. They are
different in pitch, rhythm and timbre so a person 1 m away tells them apart without
looking, and short (under 0.4 s) so a queue of scans never stacks them up.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"


def tone(freq: float, seconds: float, *, square: bool = False, volume: float = 0.5) -> list[float]:
    count = int(RATE * seconds)
    fade = int(RATE * 0.01)
    samples = []
    for i in range(count):
        phase = math.sin(2 * math.pi * freq * i / RATE)
        value = (1.0 if phase >= 0 else -1.0) * 0.6 if square else phase
        envelope = min(1.0, i / fade, (count - i) / fade)
        samples.append(value * volume * envelope)
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


def main() -> None:
    write("accepted.wav", tone(880, 0.09) + silence(0.03) + tone(1320, 0.14))
    write("refused.wav", tone(180, 0.14, square=True) + silence(0.06)
          + tone(180, 0.14, square=True))


if __name__ == "__main__":
    main()
