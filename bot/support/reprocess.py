"""/reprocess: staff make the user's files again with overrides and the bot delivers them.

Overrides: `doc=<document id>`, `bg=<background colour name of that document>`,
`outfit=<outfit id>|own`, `up=N` / `down=N` (head higher/lower) and `zoom=N` (negative: smaller),
N in adjustment steps like the preview's buttons, within the rules' room. They are validated
here against the catalogue, so a typo is answered with usage, never sent to the engine. The
files are a staff gift: no order, no charge; the action goes to the audit log (handlers/staff.py).
"""

from __future__ import annotations

from typing import Any

from bot.conversation.naming import papers_for
from bot.conversation.session import ADJUST_LIMIT, ADJUST_STEP, render_request
from bot.conversation.turn import Turn
from bot.services.delivery import DeliveryService
from engine.outfits.catalogue import load_outfits, outfit_allowed
from specs import Catalogue

KEYS = ("doc", "bg", "outfit", "up", "down", "zoom")


class ReprocessError(ValueError):
    pass


def parse_overrides(args: str, catalogue: Catalogue) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    for word in args.split():
        key, sep, value = word.partition("=")
        if not sep or key not in KEYS or not value:
            raise ReprocessError(f"unknown option {word!r}")
        if key == "doc" and value not in catalogue:
            raise ReprocessError(f"no document {value!r}")
        if key in ("up", "down", "zoom"):
            try:
                overrides[key] = float(value)
            except ValueError:
                raise ReprocessError(f"{key} needs a number") from None
        else:
            overrides[key] = value
    return overrides


def _steps(value: float) -> float:
    return max(-ADJUST_LIMIT, min(ADJUST_LIMIT, round(value * ADJUST_STEP, 4)))


async def reprocess(turn: Turn, overrides: dict[str, Any], delivery: DeliveryService) -> str:
    """Render the user's last selfie with the overrides and send the files; returns a summary."""
    session = await turn.session()
    if session.selfie_key is None:
        raise ReprocessError("the user has no selfie on file (never sent, deleted or expired)")
    doc_id = overrides.get("doc", session.doc_id)
    if doc_id is None or doc_id not in turn.catalogue:
        raise ReprocessError("the user has no document chosen; pass doc=<id>")
    spec = turn.catalogue.get(doc_id)
    if doc_id != session.doc_id:
        session.choose_document(doc_id)
    if "bg" in overrides:
        names = [c.name for c in spec.background.colours]
        if overrides["bg"] not in names:
            raise ReprocessError(f"background must be one of {', '.join(names)}")
        session.background = overrides["bg"]
    if "outfit" in overrides:
        outfit = None if overrides["outfit"] == "own" else overrides["outfit"]
        if outfit is not None and (outfit not in load_outfits().ids or not outfit_allowed(spec)):
            raise ReprocessError(f"outfit {outfit!r} is unknown or not allowed for {doc_id}")
        session.outfit = outfit
    if "up" in overrides or "down" in overrides:
        session.shift = _steps(overrides.get("up", 0.0) - overrides.get("down", 0.0))
    if "zoom" in overrides:
        session.zoom = _steps(overrides["zoom"])
    request = render_request(session, preview=False, papers=papers_for(None, turn.lang))
    code = await delivery.reprocess(turn, request)
    if code is not None:
        raise ReprocessError(f"the engine said {code}")
    await turn.save(session)
    return f"{doc_id}, background {session.background or 'default'}, outfit {session.outfit or 'own'}"
