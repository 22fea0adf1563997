"""Pictures of till receipts for the demo vault, drawn in memory (no files are written)."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image, ImageDraw, ImageFont

from dpkeeper.domain.money import Pence, format_pence


def receipt_image(shop: str, when: date, items: list[tuple[str, Pence]], seed: int = 0) -> bytes:
    """A phone-photo-like JPEG of a till receipt: off-white paper on a darker table."""
    font = ImageFont.load_default(size=28)
    small = ImageFont.load_default(size=22)
    width, height = 900, 520 + 48 * len(items)
    photo = Image.new("RGB", (width + 160, height + 160), (92 + seed % 30, 80, 70))
    paper = Image.new("RGB", (width, height), (250, 248, 240))
    draw = ImageDraw.Draw(paper)
    y = 40
    draw.text((width // 2, y), shop.upper(), font=font, fill=(20, 20, 20), anchor="mt")
    y += 60
    draw.text((40, y), when.strftime("%d/%m/%Y"), font=small, fill=(40, 40, 40))
    y += 70
    for label, amount in items:
        draw.text((40, y), label, font=small, fill=(30, 30, 30))
        draw.text((width - 40, y), format_pence(amount), font=small, fill=(30, 30, 30), anchor="ra")
        y += 48
    draw.line((40, y + 10, width - 40, y + 10), fill=(60, 60, 60), width=2)
    total = sum(amount for _, amount in items)
    draw.text((40, y + 40), "TOTAL", font=font, fill=(10, 10, 10))
    draw.text((width - 40, y + 40), format_pence(total), font=font, fill=(10, 10, 10), anchor="ra")
    draw.text((width // 2, height - 60), "Thank you", font=small, fill=(60, 60, 60), anchor="mt")
    photo.paste(paper.rotate(1.5 - (seed % 4), expand=False, fillcolor=(250, 248, 240)), (80, 80))
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=80)
    return out.getvalue()
