"""The compliance report: what was checked, what was measured, what the rule allows, how to fix.

One dict is the source of truth; the JSON file, the CLI's `--json` and the readable text are all
views of it, so they can never disagree. No personal data goes in (no file names, no EXIF).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from engine.context import Context, Status
from specs import trust_summary
from specs.schema import Range

SYMBOL = {Status.passed: "✓", Status.warn: "!", Status.fail: "✗"}


def _range(rule: Range | None) -> dict[str, float | None] | None:
    if rule is None:
        return None
    return {
        "min": None if rule.min is None else round(rule.min, 4),
        "max": None if rule.max is None else round(rule.max, 4),
    }


def _layout(ctx: Context) -> dict[str, Any] | None:
    if ctx.placement is None:
        return None
    frame, p = ctx.spec.frame(), ctx.placement

    def item(value: float, rule: Range | None) -> dict[str, Any]:
        ok = rule is None or rule.contains(value, slack=1e-6)
        return {
            "value": round(value, 4),
            "allowed": _range(rule),
            "status": (Status.passed if ok else Status.fail).value,
        }

    return {
        "head_height": item(p.head_height, frame.head_height),
        "head_measured_to": frame.head_top.value,
        "eye_line_from_bottom": item(p.eye_line_from_bottom, frame.eye_line_from_bottom),
        "crown_margin": item(p.crown_margin, frame.crown_margin),
        "extended_with_background": p.extended,
        "shoulders_cut": p.shoulders_cut,
        "units": "fraction of the photo height",
    }


def verdict(ctx: Context) -> Status:
    """Failed checks fail the photo. Warnings make it "warn", and so does a predicted placement
    outside the spec's ranges, which no check reports: a report must never say "pass" beside a
    head height it lists as out of range."""
    if ctx.blocking:
        return Status.fail
    layout = _layout(ctx) or {}
    off_range = any(isinstance(v, dict) and v["status"] != Status.passed.value for v in layout.values())
    return Status.warn if ctx.warnings or off_range else Status.passed


EDIT_WORDS = {
    "crop": "cropped and scaled to the document's frame",
    "level": "head levelled",
    "background_replaced": "background replaced with the document's colour",
    "body_completed": "shoulder line completed beyond the edge of the selfie (synthesised)",
    "exposure": "white balance and exposure corrected",
    "retouch": "light skin retouching",
    "outfit": "clothing replaced with a synthesised outfit",
}


SYNTHESISED_SHARE = 0.005  # of the frame: below this, completion only mended the selfie's last rows


def edits_applied(ctx: Context) -> list[str]:
    """What was done to the selfie, in the order it was done (least edit first)."""
    edits = ["crop"]
    p = ctx.placement
    if ctx.face is not None and p is not None and abs(ctx.face.roll - p.residual_roll) >= 0.5:
        edits.append("level")
    if ctx.alpha is not None:
        edits.append("background_replaced")
    if ctx.created is not None and float(ctx.created.mean()) >= SYNTHESISED_SHARE:
        edits.append("body_completed")
    if not ctx.spec.edits.no_edit and ctx.photo is not None:
        edits.append("exposure")
    if ctx.options.retouch != "none":
        edits.append("retouch")
    if ctx.options.outfit is not None:
        edits.append("outfit")
    return edits


CHOICE_WORDS = {
    "kept": "you chose to keep your own background",
    "replaced": "you chose to have the background replaced",
}


HEADWEAR_DECLARED = "religious_or_medical"


def user_choice(ctx: Context) -> dict[str, str] | None:
    """What the user chose or declared: keeping their own background where that was offered
    (beside the authority's edit policy it was offered under), and a head covering declared
    religious or medical; None where neither happened."""
    choice: dict[str, str] = {}
    if ctx.options.background_choice is not None:
        choice |= {"background": ctx.options.background_choice, "policy": ctx.spec.edits.policy.value}
    if ctx.options.headwear_declared:
        choice["headwear"] = HEADWEAR_DECLARED
    return choice or None


def report_dict(ctx: Context) -> dict[str, Any]:
    spec = ctx.spec
    px = spec.output_pixels
    outputs = {name: path.name for name, path in ctx.outputs.items()}
    photo = ctx.outputs.get("photo")
    return {
        "document": {
            "id": spec.id,
            "name": spec.names.en,
            "country": spec.country,
            "type": spec.type.value,
            # how far the catalogue's figures are verified, and the authority's word on edits
            "trust": trust_summary(spec),
        },
        "verdict": verdict(ctx).value,
        "output": {
            "width_px": px.width,
            "height_px": px.height,
            "dpi": spec.output_dpi,
            "print_mm": None if spec.print_mm is None else [spec.print_mm.width, spec.print_mm.height],
            "file_kb": None if photo is None or not photo.exists() else round(photo.stat().st_size / 1024, 1),
            "kb_window": [spec.file.kb_min, spec.file.kb_max],
            "background": None
            if ctx.background_rgb is None
            else "#{:02X}{:02X}{:02X}".format(*ctx.background_rgb),
            "background_replaced": ctx.alpha is not None,
        },
        "checks": [c.to_dict() for c in ctx.checks],
        "layout": _layout(ctx),
        "audit": {item.id: item.to_dict() for item in ctx.audit},
        "edits_applied": edits_applied(ctx),
        "user_choice": user_choice(ctx),
        "input": None
        if ctx.image is None
        else {
            "format": ctx.image.source_format,
            "width": ctx.image.width,
            "height": ctx.image.height,
            "notes": list(ctx.image.notes),
        },
        "outputs": outputs,
        "timings_ms": {k: round(v * 1000, 1) for k, v in ctx.timings.items()},
        "sources": [s.url for s in spec.sources],
    }


def report_text(ctx: Context) -> str:
    data = report_dict(ctx)
    lines = [f"{data['document']['name']} ({data['document']['id']}): {data['verdict'].upper()}"]
    for check in ctx.checks:
        measured = "—" if check.measured is None else f"{check.measured}{check.unit}"
        line = f"  {SYMBOL[check.status]} {check.title}: {measured} (allowed {check.allowed})"
        if check.status is not Status.passed:
            line += f" — {check.tip}"
        lines.append(line)
    if data["audit"]:
        failed = [k for k, v in data["audit"].items() if v["status"] != Status.passed.value]
        lines.append(f"  cut-out audit: {'failed: ' + ', '.join(failed) if failed else 'clean'}")
    lines.append("  edits: " + "; ".join(EDIT_WORDS[e] for e in data["edits_applied"]))
    choice = data["user_choice"] or {}
    if "background" in choice:
        lines.append(f"  your choice: {CHOICE_WORDS[choice['background']]} (edit policy: {choice['policy']})")
    if "headwear" in choice:
        lines.append("  you declared: your head covering is worn for religious or medical reasons")
    layout = data["layout"]
    unverified = set(data["document"]["trust"]["unverified"])
    if layout:
        for key, figure in (
            ("head_height", "head_height"),
            ("eye_line_from_bottom", "eye_line"),
            ("crown_margin", "crown_margin"),
        ):
            item = layout[key]
            allowed = item["allowed"]
            span = "any" if allowed is None else f"{_pct(allowed['min'])}–{_pct(allowed['max'])}"
            mark = " — unverified: from secondary sources" if figure in unverified and allowed else ""
            lines.append(
                f"  {key.replace('_', ' ')}: {_pct(item['value'])} of the height (allowed {span}){mark}"
            )
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


def write_report(ctx: Context, directory: Path) -> tuple[Path, Path]:
    json_path, text_path = directory / "report.json", directory / "report.txt"
    json_path.write_text(json.dumps(report_dict(ctx), ensure_ascii=False, indent=2), encoding="utf-8")
    text_path.write_text(report_text(ctx) + "\n", encoding="utf-8")
    return json_path, text_path
