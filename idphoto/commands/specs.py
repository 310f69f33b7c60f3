"""`idphoto specs list`, `idphoto specs search TEXT` and `idphoto specs show ID`: browse the catalogue.

Support staff and users check "which figures will my photo be made to?" here, so the human output
restates every rule in one screen, and `--json` gives scripts the exact data the engine reads.
`search` finds documents the way users name them ("паспорт РФ", "美国签证", "35x45mm");
`show --template` draws where the head must go. Only `specs` is imported (pydantic, tomllib,
Babel and Pillow when asked): no engine, onnxruntime or mediapipe, so the command answers instantly.
"""

from __future__ import annotations

import json
import sys
import textwrap
from typing import Any, NoReturn

import click

from specs.catalogue import Catalogue, UnknownDocument, load_catalogue
from specs.schema import (
    Confidence,
    DocumentSpec,
    DocumentType,
    EditPolicy,
    ExpressionPolicy,
    Figure,
    FileRules,
    GlassesPolicy,
    HeadwearPolicy,
    Range,
)

USAGE_EXIT = 2  # same value as engine.errors.ExitCode.usage; not imported to keep this command light
COUNTRY_ALIASES = {"UK": "GB"}  # what people type for the United Kingdom vs its ISO code

LABEL_WIDTH = 13
UNWRAPPED = {"sources"}  # one URL per line, never broken, so it stays clickable
GLASSES = {
    GlassesPolicy.forbidden: "not allowed",
    GlassesPolicy.not_recommended: "not recommended (allowed without glare, tint or frames over the eyes)",
    GlassesPolicy.allowed_no_glare: "allowed without glare, tint or frames over the eyes",
    GlassesPolicy.required_if_habitual: "must be worn if worn daily",
}
EXPRESSION = {
    ExpressionPolicy.neutral: "neutral, mouth closed",
    ExpressionPolicy.natural_smile: "neutral or a natural smile",
}
HEADWEAR = {
    HeadwearPolicy.religious_or_medical_only: "only for religious or medical reasons",
    HeadwearPolicy.forbidden: "not allowed",
    HeadwearPolicy.allowed: "allowed",
}


@click.group()
def specs() -> None:
    """Browse the official photo rules the engine knows."""


@specs.command("list")
@click.option(
    "--country", metavar="XX", help="Only this country: ISO code (US, GB, CN...) or EU for Schengen."
)
@click.option(
    "--type",
    "doc_type",
    type=click.Choice([t.value for t in DocumentType]),
    help="Only this kind of document.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array instead of a table.")
@click.option(
    "--counts",
    is_flag=True,
    help="Print the coverage counts instead (passports of UN states, national IDs of the 40 most "
    "populous countries, Schengen D visas, confidence); with --json as one JSON object.",
)
def list_specs(country: str | None, doc_type: str | None, as_json: bool, counts: bool) -> None:
    """List documents: id, country, type, size, confidence and name."""
    catalogue = load_catalogue()
    if counts:
        _echo_counts(catalogue, as_json)
        return
    code = COUNTRY_ALIASES.get(country.upper(), country.upper()) if country else None
    found = sorted(catalogue.filter(country=code, doc_type=doc_type), key=lambda s: (s.country, s.id))
    if as_json:
        click.echo(json.dumps([_summary(spec) for spec in found], ensure_ascii=False, indent=2))
        if code is None and doc_type is None:  # the whole catalogue: its coverage, on stderr
            click.echo(_coverage_line(catalogue), err=True)
        return
    if not found:
        click.echo("No documents match these filters.", err=True)
        return
    rows = [(s.id, s.country, s.type.value, _size_label(s), s.confidence.value, s.names.en) for s in found]
    header = ("id", "country", "type", "size", "confidence", "name")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)]
        click.echo("  ".join([*cells, row[-1]]))
    unverified = sum(1 for s in found if s.confidence is Confidence.secondary)
    click.echo(f"{len(found)} documents, {unverified} with unverified figures (secondary data).", err=True)


def _coverage_line(catalogue: Catalogue) -> str:
    from specs.coverage import coverage

    counts = coverage(catalogue)
    parts = []
    for key, label in (
        ("passports_un_states", "passports of UN states"),
        ("national_id_populous_40", "national IDs of the most populous countries"),
        ("schengen_national_d_visas", "Schengen D visas"),
    ):
        block = counts[key]
        assert isinstance(block, dict)
        parts.append(f"{label} {block['covered']}/{block['of']}")
    confidence = counts["confidence"]
    assert isinstance(confidence, dict)
    unverified = f"unverified {confidence['secondary']}/{counts['documents']} documents"
    return "coverage: " + ", ".join([*parts, unverified]) + " (details: idphoto specs list --counts --json)"


def _echo_counts(catalogue: Catalogue, as_json: bool) -> None:
    from specs.coverage import coverage

    counts = coverage(catalogue)
    if as_json:
        click.echo(json.dumps(counts, ensure_ascii=False, indent=2))
        return
    click.echo(f"documents   {counts['documents']} from {counts['countries']} countries")
    for key, label in (
        ("passports_un_states", "passports of UN member and observer states"),
        ("national_id_populous_40", "national ID cards of the 40 most populous countries"),
        ("schengen_national_d_visas", "national (D) visas of the Schengen states"),
    ):
        block = counts[key]
        assert isinstance(block, dict)
        missing = ", ".join(block["missing"]) or "none"
        click.echo(f"{block['covered']}/{block['of']} {label}; missing: {missing}")
    click.echo(f"confidence  {counts['confidence']}")
    click.echo(f"edit policy {counts['edit_policies']}")


@specs.command("search")
@click.argument("text")
@click.option("--lang", metavar="xx", help="The user's language (ru, zh, pt-BR...): breaks ties.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="At most N hits.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array instead of a table.")
def search_specs(text: str, lang: str | None, limit: int, as_json: bool) -> None:
    """Find documents by free text in any language, or a size such as 35x45mm."""
    from specs.search import search

    hits = search(text, lang=lang, limit=limit)
    if as_json:
        rows = [{**_summary(hit.spec), "score": hit.score, "why": hit.why} for hit in hits]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo(f"No document matches {text!r}.", err=True)
        return
    table = [
        (f"{hit.score:.2f}", hit.spec.id, hit.spec.country, hit.spec.type.value, _size_label(hit.spec))
        for hit in hits
    ]
    header = ("score", "id", "country", "type", "size")
    widths = [max(len(row[i]) for row in [header, *table]) for i in range(len(header))]
    click.echo("  ".join(cell.ljust(width) for cell, width in zip(header, widths, strict=True)) + "  name")
    for row, hit in zip(table, hits, strict=True):
        cells = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        click.echo(f"{cells}  {hit.spec.names.en}")


@specs.command("show")
@click.argument("doc_id")
@click.option("--json", "as_json", is_flag=True, help="Print the full spec as one JSON document.")
@click.option(
    "--template",
    "template",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="PATH",
    help="Also draw a template PNG (head, eye and margin bands); default PATH: <id>_template.png.",
)
def show_spec(doc_id: str, as_json: bool, template: str | None) -> None:
    """Show every rule of one document (an id, or a custom size such as 35x45mm)."""
    spec = _resolve(doc_id)
    if as_json:
        from specs.trust import trust_summary

        data = {**spec.model_dump(mode="json"), "trust": trust_summary(spec)}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for label, value in _details(spec):
            _echo_field(label, value)
    if template is not None:
        from specs.template import save_template

        path = template or f"{spec.id}_template.png"
        try:
            save_template(spec, path)
        except OSError as exc:
            click.echo(f"Cannot write the template to {path}: {exc.strerror or exc}", err=True)
            sys.exit(USAGE_EXIT)
        click.echo(f"Template written to {path}", err=True)


# --- helpers ---------------------------------------------------------------------------------


def _resolve(doc_id: str) -> DocumentSpec:
    """A catalogue document by id, else a custom size ("35x45mm"), else exit 2 with suggestions."""
    catalogue = load_catalogue()
    try:
        return catalogue.get(doc_id)
    except UnknownDocument as exc:
        from specs.custom import NotASize, custom_spec, find_size

        if find_size(doc_id) is not None:
            try:
                return custom_spec(doc_id)
            except NotASize as reason:
                click.echo(str(reason), err=True)
                sys.exit(USAGE_EXIT)
        _fail_unknown(exc, catalogue)


def _fail_unknown(exc: UnknownDocument, catalogue: Catalogue) -> NoReturn:
    """Unknown id: say so on stderr with the closest ids (and ids whose alias matches exactly)."""
    wanted = exc.doc_id.strip().lower()
    by_alias = [s.id for s in catalogue if wanted in (a.lower() for a in s.aliases)]
    suggestions = list(dict.fromkeys([*by_alias, *exc.suggestions]))
    message = f"Unknown document {exc.doc_id!r}."
    if suggestions:
        message += f" Did you mean: {', '.join(suggestions)}?"
    click.echo(message, err=True)
    click.echo("Run `idphoto specs list` to see every document id.", err=True)
    sys.exit(USAGE_EXIT)


def _summary(spec: DocumentSpec) -> dict[str, Any]:
    px = spec.output_pixels
    return {
        "id": spec.id,
        "country": spec.country,
        "type": spec.type.value,
        "name": spec.names.en,
        "names": spec.names.model_dump(mode="json"),
        "print_mm": spec.print_mm.model_dump(mode="json") if spec.print_mm else None,
        "pixels": {"width": px.width, "height": px.height},
        "dpi": spec.output_dpi,
        "confidence": spec.confidence.value,
        "unverified": sorted(f.value for f in spec.unverified_figures),
        "edit_policy": spec.edits.policy.value,
    }


def _num(value: float) -> str:
    return f"{round(value, 1):g}"


def _size_label(spec: DocumentSpec) -> str:
    if spec.print_mm is not None:
        return f"{_num(spec.print_mm.width)}×{_num(spec.print_mm.height)} mm"
    px = spec.output_pixels
    return f"{px.width}×{px.height} px"


def _span(rng: Range, unit: str, factor: float = 1.0) -> str:
    """'29–34 mm', '≥ 54 %' or '≤ 6 mm' for a range scaled by `factor`."""
    lo = None if rng.min is None else _num(rng.min * factor)
    hi = None if rng.max is None else _num(rng.max * factor)
    if lo is not None and hi is not None:
        return f"{lo}{unit}" if lo == hi else f"{lo}–{hi}{unit}"
    return f"≥ {lo}{unit}" if lo is not None else f"≤ {hi}{unit}"


def _rule(mm: Range | None, ratio: Range | None, height_mm: float | None, suffix: str = "") -> str | None:
    """A vertical rule as the authority states it, with the other unit in brackets when known."""
    if mm is not None:
        text = _span(mm, " mm")
        if height_mm:
            text += f" ({_span(mm, ' %', 100 / height_mm)} of height)"
    elif ratio is not None:
        text = f"{_span(ratio, ' %', 100)} of height"
        if height_mm:
            text += f" ({_span(ratio, ' mm', height_mm)})"
    else:
        return None
    return text + suffix


def _details(spec: DocumentSpec) -> list[tuple[str, str | None]]:
    g, pol, f = spec.geometry, spec.policy, spec.file
    height_mm = spec.print_mm.height if spec.print_mm else None
    px = spec.output_pixels
    frame = spec.frame()
    head_top = "top of the skull (hair excluded)" if g.head_top.value == "skull" else "top of the hair"
    local = " · ".join(n for n in (spec.names.local, spec.names.zh) if n)
    crown_ratio = None if g.crown_margin_mm is not None else g.crown_margin_ratio
    colours = spec.background.colours
    yaw, pitch, roll = (_num(v) for v in (pol.max_yaw_deg, pol.max_pitch_deg, pol.max_roll_deg))
    return [
        ("document", f"{spec.id} — {spec.names.en}"),
        ("names", local or None),
        ("country/type", f"{spec.country} · {spec.type.value}"),
        ("aliases", ", ".join(spec.aliases) or None),
        ("print size", f"{_size_label(spec)}" if spec.print_mm else "digital only"),
        ("pixels", f"{px.width}×{px.height} px (aspect {frame.aspect:.3f})"),
        ("DPI", str(spec.output_dpi) if spec.print_mm or spec.dpi else None),
        ("head height", _rule(g.head_height_mm, g.head_height_ratio, height_mm, f", chin to {head_top}")),
        ("head width", _span(g.head_width_mm, " mm") if g.head_width_mm else None),
        (
            "eye line",
            _rule(g.eye_line_from_bottom_mm, g.eye_line_from_bottom_ratio, height_mm, " from the bottom")
            or "not stated",
        ),
        ("crown margin", _rule(g.crown_margin_mm, crown_ratio, height_mm) or "not stated"),
        ("chin margin", _rule(g.chin_margin_mm, None, height_mm) or "not stated"),
        ("background", ", ".join(f"{c.name} {c.rgb} (ΔE ≤ {_num(c.tolerance)})" for c in colours)),
        ("edits", _edits_label(spec)),
        ("glasses", GLASSES[pol.glasses]),
        ("expression", EXPRESSION[pol.expression]),
        ("headwear", HEADWEAR[pol.headwear]),
        ("ears", "must be visible" if pol.ears_visible else None),
        ("photo age", f"at most {pol.max_photo_age_months} month(s)" if pol.max_photo_age_months else None),
        ("pose", f"yaw ≤ {yaw}°, pitch ≤ {pitch}°, roll ≤ {roll}°"),
        ("file", _file_label(f)),
        ("prints", f"{spec.prints.copies} × {spec.prints.finish.replace('_', ' ')}" if spec.prints else None),
        ("confidence", _confidence_label(spec)),
        ("sources", "\n".join(f"{s.url} ({s.confidence.value}, checked {s.checked})" for s in spec.sources)),
        ("notes", " ".join(spec.notes.split()) or None),
    ]


EDIT_POLICY = {
    EditPolicy.allowed: "",
    EditPolicy.unaltered: "the authority wants an unaltered photo: the selfie's own background is kept "
    "when it qualifies, and replacing it is the user's choice",
    EditPolicy.no_edit: "",
    EditPolicy.office_only: "only photos taken at the office or sent by a registered photographer are "
    "accepted: our photo cannot serve this document",
}


def _edits_label(spec: DocumentSpec) -> str:
    e = spec.edits
    if e.no_edit:
        text = "none allowed: crop only, the original background must already qualify"
    else:
        replace = "background may be replaced" if e.background_replacement else "background must be original"
        retouch = "retouching allowed" if e.retouching else "no retouching"
        text = f"{replace}; {retouch}"
    if EDIT_POLICY[e.policy]:
        text += f". Policy {e.policy.value}: {EDIT_POLICY[e.policy]}"
    if e.serves:
        text += f" (it can serve: {', '.join(e.serves)})"
    if e.quote:
        text += f'. The authority: "{e.quote}" ({e.quote_url})'
    return text


def _confidence_label(spec: DocumentSpec) -> str:
    unverified = sorted(f.value.replace("_", " ") for f in spec.unverified_figures)
    if not unverified:
        return "official: every figure is on a government page"
    if spec.confidence is Confidence.secondary and len(unverified) == len(Figure):
        return "UNVERIFIED: no government page read; every figure rests on secondary data"
    return "UNVERIFIED figures (secondary data only): " + ", ".join(unverified)


def _file_label(f: FileRules) -> str:
    parts = ["/".join(f.formats)]
    if f.kb_min is not None or f.kb_max is not None:
        parts.append(_span(Range(min=f.kb_min, max=f.kb_max), " KB"))
    if f.pixels_min or f.pixels_max:
        lo = f"{f.pixels_min.width}×{f.pixels_min.height}" if f.pixels_min else "?"
        hi = f"{f.pixels_max.width}×{f.pixels_max.height}" if f.pixels_max else "any"
        parts.append(f"{lo} to {hi} px")
    return " · ".join(parts)


def _echo_field(label: str, value: str | None) -> None:
    if value is None:
        return
    indent = " " * (LABEL_WIDTH + 2)
    lines: list[str] = []
    for paragraph in value.split("\n"):
        if label in UNWRAPPED:
            lines.append(paragraph)
            continue
        wrapped = textwrap.wrap(
            paragraph, width=110 - len(indent), break_long_words=False, break_on_hyphens=False
        )
        lines.extend(wrapped or [""])
    click.echo(f"{label:<{LABEL_WIDTH}}  {lines[0]}")
    for line in lines[1:]:
        click.echo(f"{indent}{line}")
