"""Layering the warped garment with the person: what stays, what is hidden, what goes in front.

Back to front:
1. the inside of the garment (back of the collar), seen through the neck opening;
2. the person, kept only above the jaw and in the neck opening where it is not clothing; in an
   open neckline, clothing the original photo had there becomes skin of the person's own tone;
3. the garment front, never above the jaw line, with a soft shadow from the chin;
4. hair that falls over the shoulders (hair class × matte, connected to the hair on the head).
Everything else of the original body below the jaw is dropped, so the original clothes can
never show past the garment's outline, and so is old clothing that rises beside the face above the
jaw line (a turned-up coat collar, a hoodie's rim) unless it reaches up over the head (a headscarf
stays). The neck gets a soft contact shadow along the collar. Where the old body reached above
the garment's outline, the garment's spare cloth follows it, but not into spikes or slivers of
that outline (`_opened`): those are scraps of the old background, not shoulders; not up bare skin
(a strapless dress's shoulders, an arm); and only up to a smooth shoulder line (`_levelled`), so
hair lying on a shoulder or a hand does not raise the cloth into lumps beside the face.
"""

from __future__ import annotations

import cv2
import numpy as np
from scipy import ndimage  # type: ignore[import-untyped]  # scipy-stubs is not installed

from engine.outfits.backend import FitResult, Scene
from engine.outfits.body import Body, polygon_mask
from engine.outfits.catalogue import Outfit
from engine.outfits.warp import WarpedGarment

COLLAR_SHADOW = 0.38  # darkening of the neck right above the collar
CHIN_SHADOW = 0.28  # darkening of the collar right below the chin
FALLBACK_SKIN = np.array([0.78, 0.6, 0.5], np.float32)
OUTLINE_SLACK = 0.025  # units a garment's shoulder may stand off the person's outline (padding)
OLD_COLLAR_CLEAR = 0.06  # face lengths around the lower face that old-collar removal leaves alone
OLD_COLLAR_FROM = 0.42  # face lengths below the forehead top where old-collar removal starts (below the eyes)
SKIN_DELTA_E = 30.0  # Lab distance from the face's median within which a "skin" pixel is believed
OLD_COLLAR_AREA = 0.002  # face lengths²: smaller pieces (an earring, a strand's gap) are left alone
HEADWEAR_REACH = 0.1  # clothing reaching above this (face lengths below the forehead top) is headwear
SPARE_BUMP = 0.6  # units: narrower rises of the old body above the garment are not followed
SPARE_MIN_WIDTH = 0.2  # units: narrower parts of the old body's outline get no cloth (spikes)


def work_rows(body: Body, size: tuple[int, int]) -> int:
    """First row the outfit may change (minus room for the shadows' blur): everything above the
    lowest point of the no-draw region's upper part is head, left as it is."""
    head = polygon_mask(body.head, size)
    open_rows = np.nonzero((head < 1.0).any(axis=1))[0]
    first = int(open_rows[0]) if len(open_rows) else size[1]
    return max(0, min(size[1] - 1, first - int(np.ceil(0.12 * body.scale)) - 2))


def compose(scene: Scene, body: Body, garment: WarpedGarment, outfit: Outfit, top: int = 0) -> FitResult:
    """Layer `garment` (warped for rows `top`… of the photo) with the person in `scene`."""
    w, h = scene.size
    rows = slice(top, h)
    band = (w, h - top)
    scale = body.scale
    fg, alpha = scene.foreground[rows], scene.alpha[rows]
    skin, clothes_p, hair_p = (
        m[rows] for m in (scene.parsing.skin, scene.parsing.clothes, scene.parsing.hair)
    )
    on_head, hair_front, inside = scene.hair.on_head[rows], scene.hair.front[rows], scene.inside[rows]
    head = polygon_mask(body.head - [0.0, top], band)
    below = 1.0 - head
    clothes = _smoothstep(clothes_p, 0.3, 0.6)
    old_collar = _old_collar(scene, body)

    # 1. inside of the garment
    back_a = garment.back[:, :, 3] * below
    back_rgb = garment.back[:, :, :3] * below[:, :, None]

    # 2. the person: head, plus the neck where it is not clothing
    collar_y = (outfit.anchors.collar_left[1] + outfit.anchors.collar_right[1]) / 2
    opening = garment.opening
    head_soft = _grow(head, 0.025 * body.face_length)
    hairy = _smoothstep(hair_p, 0.3, 0.6)
    # "hair" the parser finds apart from the head's hair is dark clothing (a black collar)
    keep = np.maximum(head_soft, opening * (1.0 - np.maximum(clothes, hairy * (1.0 - on_head))))
    keep = np.maximum(keep, on_head * hairy)  # hair behind the shoulders stays, behind the garment
    keep = keep * (1.0 - old_collar[rows])
    person = alpha * keep
    # clothing the photo has where this outfit shows the neck (a crew neck under the chin, a shirt
    # under an open collar) is repainted in the person's own skin tone; grown a little so no thin
    # rim of it survives at its edge
    grown = cv2.dilate(clothes, np.ones((5, 5), np.uint8))
    fill = opening * below * grown * alpha
    person_rgb = fg
    if float(fill.max()) > 0.01:
        neck = opening * below * (garment.template_y < collar_y) * (1.0 - grown)
        tone = _skin_tone(fg, alpha, skin, neck, head)
        depth = np.clip((garment.template_y - collar_y) / max(outfit.opening_depth() - collar_y, 1e-3), 0, 1)
        fill_rgb = tone[None, None, :] * (1.0 - 0.12 * depth)[:, :, None]  # deeper = more shade
        person_rgb = fg * (1.0 - fill[:, :, None]) + fill_rgb * fill[:, :, None]
        person = np.maximum(person, fill)

    # beyond the shoulder points, the template may not stick out past the person's own outline by
    # more than a padded shoulder would (where the photo shows that outline)
    outer = _smoothstep(np.abs(garment.template_x), 0.85, 1.0)
    reach = max(1, round(OUTLINE_SLACK * scale))
    kernel = np.ones((2 * reach + 1, 2 * reach + 1), np.uint8)
    outline = cv2.dilate((alpha > 0.3).astype(np.uint8), kernel).astype(np.float32)
    seen = cv2.erode((inside > 0.5).astype(np.uint8), kernel)
    trim = outer * seen * (1.0 - cv2.GaussianBlur(outline, (0, 0), max(0.8, reach / 3)))
    front_a = garment.front[:, :, 3] * below * (1.0 - trim)
    # where the person's own body reached above the garment's outline (shoulders higher than the
    # template's, a shoulder under hanging hair), the garment's spare band above it fills in
    # (the matte already reaches past the selfie's border where body completion continued it)
    # bare skin (a strapless dress, an arm) is not a shoulder line the garment should rise to
    bare = _smoothstep(skin, 0.4, 0.7) * (1.0 - clothes)
    dropped = alpha * (1.0 - keep) * below * (1.0 - opening) * (1.0 - bare)
    # the matte's outline of old clothing is ragged; cloth hangs smoothly: round off small wiggles
    dropped = _smoothstep(cv2.GaussianBlur(dropped, (0, 0), max(1.0, 0.015 * scale)), 0.3, 0.7)
    # ...but not into its spikes and slivers (an arm of the old background, a strand's gap): cloth
    # is only added where a disc of a tenth of the shoulder width fits
    dropped = _opened(dropped, SPARE_MIN_WIDTH * scale)
    # ...and cloth hangs from a smooth shoulder line: bumps narrower than a shoulder (hair lying on
    # it, a hand) are levelled off
    dropped = _levelled(dropped, SPARE_BUMP * scale)
    spare_a = garment.spare[:, :, 3] * dropped
    spare_rgb = garment.spare[:, :, :3] * dropped[:, :, None]
    front_rgb = garment.front[:, :, :3] * (below * (1.0 - trim))[:, :, None]

    # contact shadows: the collar onto the neck, the chin onto the collar
    lift = max(1.0, 0.012 * scale)
    collar_cast = cv2.GaussianBlur(_shift(front_a, 0.0, -lift), (0, 0), max(0.8, 0.03 * scale))
    neck_shadow = np.clip(collar_cast - front_a, 0.0, 1.0) * opening * below * COLLAR_SHADOW
    person_rgb = person_rgb * (1.0 - neck_shadow[:, :, None])
    back_rgb = back_rgb * (1.0 - neck_shadow[:, :, None])
    face = polygon_mask(body.jaw - [0.0, top], band)  # only the face's own underside casts it
    chin_cast = cv2.GaussianBlur(_shift(face, 0.0, 0.03 * scale), (0, 0), max(0.8, 0.035 * scale)) * below
    front_rgb = front_rgb * (1.0 - CHIN_SHADOW * chin_cast[:, :, None])

    # 4. hair over the shoulders
    hair = hair_front * (1.0 - opening) * below

    rgb = back_rgb
    a = back_a
    layers = ((person_rgb * person[:, :, None], person), (spare_rgb, spare_a), (front_rgb, front_a))
    for layer_rgb, layer_a in layers:
        rgb = layer_rgb + rgb * (1.0 - layer_a[:, :, None])
        a = layer_a + a * (1.0 - layer_a)
    rgb = fg * hair[:, :, None] + rgb * (1.0 - hair[:, :, None])
    a = hair + a * (1.0 - hair)

    out = np.where(a[:, :, None] > 1e-4, rgb / np.maximum(a, 1e-4)[:, :, None], fg)
    untouched = head >= 1.0  # bit-exact above the jaw: the head is not an approximation of itself
    out[untouched] = fg[untouched]
    a = np.where(untouched, alpha * (1.0 - old_collar[rows]), a)

    def full(part: np.ndarray, above: np.ndarray | float) -> np.ndarray:
        whole = np.empty((h, *part.shape[1:]), np.float32)
        whole[:top] = above
        whole[top:] = part
        return whole

    centre = tuple(float(v) for v in body.neck_centre)
    return FitResult(
        foreground=full(np.clip(out, 0.0, 1.0), scene.foreground[:top]),
        alpha=full(np.clip(a, 0.0, 1.0), scene.alpha[:top] * (1.0 - old_collar[:top])),
        garment=full(np.maximum(front_a, spare_a), 0.0),
        person=full(person, scene.alpha[:top] * (1.0 - old_collar[:top])),
        hair=full(hair, 0.0),
        filled=full(fill, 0.0),
        head=full(head, 1.0),
        collar_centre=(centre[0], centre[1]),
    )


def _old_collar(scene: Scene, body: Body) -> np.ndarray:
    """What stands beside the face above the jaw line and is neither hair nor skin (H×W, 0..1):
    a turned-up coat collar, a hoodie's rim, a scrap of the old background. Whole pieces, larger
    than an earring, lying mostly below the eyes (glasses stay), clear of the lower face, and not
    reaching up over the forehead (those are a headscarf or a hood, which stay). The parser often
    misses a collar's tip, so it is asked what a pixel is *not*. Left alone, such a piece floats
    beside the new garment's collar."""
    w, h = scene.size
    forehead = float(body.chin[1]) - body.face_length
    start = max(0, round(forehead + OLD_COLLAR_FROM * body.face_length))
    crown = max(0, round(forehead + HEADWEAR_REACH * body.face_length))
    parsing = scene.parsing
    lower_face = polygon_mask(body.jaw, (w, h))
    head = polygon_mask(body.head, (w, h))
    face_skin = (head > 0.5) & (parsing.skin > 0.8) & (parsing.hair < 0.2)
    skin = (parsing.skin > 0.4) & _skin_coloured(scene.foreground, face_skin)
    face = _grow(lower_face, OLD_COLLAR_CLEAR * body.face_length)
    hair = scene.hair.on_head * _smoothstep(parsing.hair, 0.3, 0.6)
    # beside the face only: through the face and the hair everything is connected to everything
    other = (scene.alpha > 0.3) & (parsing.hair < 0.4) & ~skin & (face < 0.5) & (hair < 0.5)
    if start >= h or not other[start:].any():
        return np.zeros((h, w), np.float32)
    count, labels = cv2.connectedComponents(other.astype(np.uint8), connectivity=8)
    # whole pieces, decided by where most of each lies: a cut at a fixed row would leave a ledge
    total = np.bincount(labels.ravel(), minlength=count)
    low = np.bincount(labels[start:].ravel(), minlength=count)
    chosen = (low >= 0.5 * np.maximum(total, 1)) & (total >= OLD_COLLAR_AREA * body.face_length**2)
    chosen[np.unique(labels[:crown])] = False  # reaching over the forehead: headwear
    chosen[0] = False
    pieces = chosen[labels]
    grown = cv2.dilate(pieces.astype(np.uint8), np.ones((5, 5), np.uint8))  # and their faint rims
    soft = cv2.GaussianBlur(grown.astype(np.float32), (0, 0), 1.0)
    removed: np.ndarray = np.clip(soft * 1.5, 0.0, 1.0) * (1.0 - face) * (1.0 - hair) * head
    return removed.astype(np.float32)


def _skin_coloured(foreground: np.ndarray, sure: np.ndarray) -> np.ndarray:
    """Where the colour is the face's own skin (within SKIN_DELTA_E of the median of the `sure`
    skin pixels, in Lab): the parser alone calls a black collar beside a bearded jaw "skin"."""
    pixels = np.clip(foreground * 255.0 + 0.5, 0, 255).astype(np.uint8)
    lab = cv2.cvtColor(pixels, cv2.COLOR_RGB2LAB).astype(np.float32)
    lab[:, :, 0] *= 100.0 / 255.0
    lab[:, :, 1:] -= 128.0
    if int(sure.sum()) < 30:
        return np.ones(sure.shape, bool)
    tone = np.median(lab[sure], axis=0)
    distance: np.ndarray = np.linalg.norm(lab - tone, axis=2) < SKIN_DELTA_E
    return distance


def _opened(mask: np.ndarray, width: float) -> np.ndarray:
    """`mask` without the parts narrower than `width` px (a morphological opening), soft edges kept."""
    r = max(1, round(width / 2))
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * r + 1, 2 * r + 1))
    core = cv2.morphologyEx((mask > 0.5).astype(np.uint8), cv2.MORPH_OPEN, disc)
    near = cv2.dilate(core, np.ones((3, 3), np.uint8)).astype(np.float32)
    opened: np.ndarray = mask * near
    return opened


def _levelled(mask: np.ndarray, width: float) -> np.ndarray:
    """`mask` cut below a smooth top line: per column its highest row, with upward bumps
    narrower than `width` px closed over (a grey closing of the row numbers) and then softened;
    what lies above that line is dropped, what lies below it is kept as it was."""
    h = mask.shape[0]
    solid = mask > 0.5
    if not solid.any():
        return mask
    top = np.where(solid.any(axis=0), solid.argmax(axis=0), h).astype(np.float32)
    size = max(3, round(width) | 1)
    line = ndimage.grey_closing(top, size=size, mode="nearest")
    line = ndimage.gaussian_filter1d(line, max(1.0, size / 6), mode="nearest")
    rows = np.arange(h, dtype=np.float32)[:, None]
    keep = np.clip(rows - line[None, :] + 0.5, 0.0, 1.0)
    levelled: np.ndarray = mask * keep
    return levelled


def _skin_tone(
    fg: np.ndarray, alpha: np.ndarray, skin: np.ndarray, neck: np.ndarray, head: np.ndarray
) -> np.ndarray:
    """The person's skin colour for repainted neck skin: the visible neck's median blended with the
    face's (a little darker: necks are in the chin's shade), whichever the photo has."""
    confident = (skin > 0.6) & (alpha > 0.9)
    tones = []
    for region, weight in ((neck > 0.5, 1.0), (head > 0.5, 0.95)):
        pixels = fg[confident & region]
        if len(pixels) >= 30:
            tones.append(np.median(pixels, axis=0) * weight)
    return np.mean(tones, axis=0).astype(np.float32) if tones else FALLBACK_SKIN


def _grow(mask: np.ndarray, radius: float) -> np.ndarray:
    r = max(1, round(radius))
    grown = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * r + 1, 2 * r + 1)))
    soft: np.ndarray = np.maximum(cv2.GaussianBlur(grown, (0, 0), max(0.8, r / 2)), mask)
    return soft


def _shift(mask: np.ndarray, dx: float, dy: float) -> np.ndarray:
    h, w = mask.shape
    matrix = np.array([[1, 0, dx], [0, 1, dy]], np.float32)
    return cv2.warpAffine(mask, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def _smoothstep(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    t = np.clip((x - lo) / (hi - lo), 0.0, 1.0)
    return t * t * (3.0 - 2.0 * t)
