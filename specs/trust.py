"""What the product can honestly say about a document's rules, as one JSON-ready dict.

Why one function: the engine's report.json/report.txt, the bot and `idphoto specs show --json` all
need the same facts (the authority's word on edits, what our photo can serve instead, which figures
rest on secondary data), and reading them from one place keeps the wording of those facts in step.
Pure data: no engine, bot or payments import.
"""

from __future__ import annotations

from specs.schema import DocumentSpec, EditPolicy, Figure

# Figures as the report names them (Figure values are the keys of `unverified`).
FIGURE_ORDER = tuple(Figure)


def trust_summary(spec: DocumentSpec) -> dict[str, object]:
    """{"confidence", "unverified", "edit_policy", "keep_background_first", "edit_quote",
    "edit_quote_url", "serves", "photo_can_serve_document"} for one document."""
    edits = spec.edits
    unverified = spec.unverified_figures
    return {
        "confidence": spec.confidence.value,
        "unverified": [f.value for f in FIGURE_ORDER if f in unverified],
        "edit_policy": edits.policy.value,
        "keep_background_first": edits.keep_background_first,
        "edit_quote": edits.quote or None,
        "edit_quote_url": edits.quote_url,
        "serves": list(edits.serves),
        # False for office-only documents: the authority accepts only its own or a registered
        # photographer's photo, so a photo made by us will be refused there.
        "photo_can_serve_document": edits.policy is not EditPolicy.office_only,
    }
