"""Phone-camera-like photos of till receipts for the large benchmark vault.

Each photo is 3000 × 4000 pixels (12 megapixels, like a phone camera): a long paper receipt on
a wooden-looking table, lit unevenly, with the grain of a small camera sensor, saved as a JPEG
at the quality phones use. The app's own ``services.receipts.prepare`` then shrinks it to the
reading copy and thumbnail the vault keeps, exactly as when a person adds a photo.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from dpkeeper import paths
from dpkeeper.domain.money import format_pence
from dpkeeper.importers.receipt_files import PreparedReceipt
from dpkeeper.services import receipts

PHOTO_SIZE = (3000, 4000)
CAMERA_QUALITY = 92
SENSOR_NOISE = 6  # standard deviation of the grain, in 0-255 levels before the camera's JPEG

ITEMS = [
    ("Tea", 260),
    ("Flat white", 320),
    ("Toasted teacake", 295),
    ("Swim session", 560),
    ("Cinema ticket", 925),
    ("Carer ticket", 0),
    ("Taxi fare", 1480),
    ("Bus day ticket", 450),
    ("Pottery class", 1800),
    ("Art materials", 1240),
    ("Plasters", 199),
    ("Pill organiser", 699),
    ("Batteries AA x8", 650),
    ("Bowling, 2 games", 1100),
    ("Shoe hire", 250),
    ("Parking", 380),
]


def _paper(shop: str, rng: random.Random) -> Image.Image:
    """A narrow till receipt, drawn large enough to fill most of the photo."""
    fonts = paths.resources_dir() / "fonts"
    font = ImageFont.truetype(str(fonts / "DejaVuSans-Bold.ttf"), 96)
    small = ImageFont.truetype(str(fonts / "DejaVuSans.ttf"), 72)
    items = rng.sample(ITEMS, rng.randint(4, 10))
    width, height = 1800, 1100 + 120 * len(items) + 450
    paper = Image.new("RGB", (width, height), (247, 245, 238))
    draw = ImageDraw.Draw(paper)
    y = 90
    draw.text((width // 2, y), shop.upper(), font=font, fill=(25, 25, 25), anchor="mt")
    y += 150
    for line in ("12 High Street, Riverside", "VAT no. 123 4567 89", "Till 3   Op 117"):
        draw.text((width // 2, y), line, font=small, fill=(60, 60, 60), anchor="mt")
        y += 90
    y += 80
    for label, amount in items:
        draw.text((80, y), label, font=small, fill=(35, 35, 35))
        draw.text((width - 80, y), format_pence(amount), font=small, fill=(35, 35, 35), anchor="ra")
        y += 120
    draw.line((80, y + 20, width - 80, y + 20), fill=(70, 70, 70), width=5)
    total = sum(amount for _, amount in items)
    draw.text((80, y + 70), "TOTAL", font=font, fill=(15, 15, 15))
    draw.text((width - 80, y + 70), format_pence(total), font=font, fill=(15, 15, 15), anchor="ra")
    draw.text((80, y + 220), "CARD  ************4417", font=small, fill=(60, 60, 60))
    draw.text((width // 2, height - 160), "Thank you", font=small, fill=(60, 60, 60), anchor="mt")
    return paper


def photo_of_receipt(shop: str, seed: int) -> bytes:
    """A 12-megapixel JPEG of a receipt lying on a table, as a phone would save it."""
    rng = random.Random(seed)
    width, height = PHOTO_SIZE
    table = Image.effect_noise((width // 8, height // 8), 40).filter(ImageFilter.GaussianBlur(2))
    table = table.resize(PHOTO_SIZE, Image.Resampling.BICUBIC)
    base = (120 + rng.randrange(30), 92 + rng.randrange(20), 70)
    photo = ImageChops.multiply(Image.new("RGB", PHOTO_SIZE, base), table.convert("RGB"))
    photo = ImageChops.add(photo, Image.new("RGB", PHOTO_SIZE, (60, 50, 40)))
    paper = _paper(shop, rng).rotate(rng.uniform(-4, 4), expand=True, fillcolor=(0, 0, 0))
    mask = paper.convert("L").point(lambda v: 255 if v > 8 else 0)
    photo.paste(paper, ((width - paper.width) // 2, (height - paper.height) // 2), mask)
    light = Image.linear_gradient("L").resize(PHOTO_SIZE).point(lambda v: 255 - v // 5)
    photo = ImageChops.multiply(photo, light.convert("RGB"))
    grain = Image.effect_noise(PHOTO_SIZE, SENSOR_NOISE).convert("RGB")
    photo = ImageChops.add(photo, grain, scale=1.0, offset=-128)
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=CAMERA_QUALITY)
    return out.getvalue()


def prepared_photos(folder: Path, shops: list[str], seed: int) -> list[PreparedReceipt]:
    """Take one photo of a receipt from each shop and prepare it as the app does."""
    prepared = []
    for number, shop in enumerate(shops):
        path = folder / f"IMG_{seed}_{number:04d}.jpg"
        path.write_bytes(photo_of_receipt(shop, seed + number))
        prepared.append(receipts.prepare(path))
        path.unlink()
    return prepared


def varied(data: bytes, label: str) -> bytes:
    """The same JPEG with a comment naming the receipt, so no two stored copies are identical."""
    comment = label.encode("utf-8")[:200]
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return data[:2] + segment + data[2:]  # just after the start-of-image marker
