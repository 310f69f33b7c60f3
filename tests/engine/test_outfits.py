"""Outfits on real photos: where the collar lands, what is hidden, what is kept, what is refused.

Every photo is made once without an outfit (the reference) and dressed from the same measured
person, so each check compares pixels of the finished photo, measured independently of the
fitter's own numbers: the chin comes from the face landmarker run on the dressed photo, the tie
is found by its colour, the original clothes are painted magenta in the input and searched for in
the output, and "untouched" means byte-identical to the reference.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import cv2
import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image
from pydantic import ValidationError

from engine.background import composite
from engine.context import Context, Options
from engine.errors import EditNotAllowed
from engine.face_regions import FACE_OVAL
from engine.landmarks import CHIN, FOREHEAD
from engine.outfits.catalogue import LANGUAGES, Outfit, UnknownOutfit, load_outfits
from engine.outfits.drawing import GarmentCache, draw, quantise_scale
from engine.outfits.sheet import outfit_sheet, suggest_outfits
from idphoto.cli import cli
from specs import load_catalogue
from tests.measure import crown_row, eyes_cv2

SAMPLES = ["sample_001", "sample_005", "sample_006", "sample_009", "db_004", "db_008", "db_000"]
SPEC = "us_passport"
TIE = "suit_tie_navy"


@dataclasses.dataclass
class Dressed:
    ctx: Context  # rendered without an outfit: the reference photo
    photos: dict[str, np.ndarray]  # outfit id → dressed photo (uint8)
    results: dict


@pytest.fixture(scope="module")
def dressed(engine, samples_dir):
    """Per sample, the reference photo and the same photo in a few outfits (lazily, once)."""
    cache: dict[str, Dressed] = {}
    spec = load_catalogue().get(SPEC)

    def get(name: str, outfits: tuple[str, ...] = (TIE, "blouse_white", "dark_top")) -> Dressed:
        if name not in cache:
            # the plain photo the outfits are fitted to has its background replaced, as in the sheet
            ctx = engine.analyze((samples_dir / f"{name}.jpg").read_bytes(), spec, Options(least_edit=False))
            engine.render(ctx)
            cache[name] = Dressed(ctx=ctx, photos={}, results={})
        entry = cache[name]
        missing = [o for o in outfits if o not in entry.photos]
        if missing:
            ctx = entry.ctx
            prepared = engine.outfits.prepare(ctx, ctx.enhanced, ctx.alpha)
            for outfit_id in missing:
                result = engine.outfits.fit(prepared, outfit_id)
                entry.results[outfit_id] = result
                entry.photos[outfit_id] = composite(result.foreground, result.alpha, ctx.background_rgb)
        return entry

    return get


def _landmarks(engine, photo: np.ndarray) -> np.ndarray:
    faces = engine.faces.detector.detect(photo)
    assert faces, "no face in the dressed photo"
    marks = engine.faces.landmarker.measure(photo, faces[0])
    assert marks is not None
    return marks.points[:, :2]


def _above_jaw(points: np.ndarray, size: tuple[int, int], margin: int) -> np.ndarray:
    """The region above the lower face contour (side to chin to side) and above the line joining
    the face's sides, shrunk by `margin` px: pixels an outfit must never change."""
    start, end = FACE_OVAL.index(454), FACE_OVAL.index(234)
    contour = points[FACE_OVAL[start : end + 1]]
    w, h = size
    poly = np.vstack([[[w + 10, contour[0][1]]], contour, [[-10, contour[-1][1]], [-10, -10], [w + 10, -10]]])
    mask = np.zeros((h, w), np.uint8)
    cv2.fillPoly(mask, [np.round(poly).astype(np.int32)], 1)
    return cv2.erode(mask, np.ones((2 * margin + 1, 2 * margin + 1), np.uint8)).astype(bool)


def _tie_pixels(photo: np.ndarray, colour: str) -> np.ndarray:
    """Pixels close in hue to the tie's colour (the tie is the only burgundy thing below the chin)."""
    hsv = cv2.cvtColor(photo, cv2.COLOR_RGB2HSV).astype(np.int16)
    target = cv2.cvtColor(
        np.array([[[int(colour[i : i + 2], 16) for i in (1, 3, 5)]]], np.uint8), cv2.COLOR_RGB2HSV
    )
    hue = int(target[0, 0, 0])
    dh = np.minimum(np.abs(hsv[:, :, 0] - hue), 180 - np.abs(hsv[:, :, 0] - hue))
    return (dh <= 8) & (hsv[:, :, 1] >= 90) & (hsv[:, :, 2] >= 50)


# --- catalogue -----------------------------------------------------------------------------------


def test_catalogue_has_every_outfit_the_issue_lists_with_every_language() -> None:
    catalogue = load_outfits()
    wanted = {
        "suit_tie_navy",
        "suit_tie_black",
        "suit_tie_charcoal",
        "suit_open_navy",
        "shirt_white",
        "shirt_light_blue",
        "blazer_black",
        "blazer_navy",
        "blazer_grey",
        "blouse_white",
        "child_shirt",
        "dark_top",
    }
    assert wanted <= set(catalogue.ids)
    for outfit in catalogue.outfit:
        for language in LANGUAGES:
            assert outfit.names.get(language).strip(), (outfit.id, language)
    assert all(
        catalogue.get(i).tie is not None for i in ("suit_tie_navy", "suit_tie_black", "suit_tie_charcoal")
    )
    assert catalogue.get("suit_open_navy").tie is None and catalogue.get("suit_open_navy").jacket is not None
    with pytest.raises(UnknownOutfit):
        catalogue.get("tuxedo")


def test_catalogue_rejects_an_opening_that_misses_the_collar_corners() -> None:
    data = load_outfits().get("dark_top").model_dump()
    data["neck_opening"] = [[-0.1, 0.0], [0.0, 0.1], [0.1, 0.0]]
    with pytest.raises(ValidationError):
        Outfit.model_validate(data)


def test_garment_renders_sharp_at_print_resolution_and_is_cached() -> None:
    outfit = load_outfits().get("dark_top")
    scale = 460.0  # px per unit: a 2×2 in photo at 600 DPI (1200 px) has about this from neck to shoulder
    step = quantise_scale(scale)
    assert scale <= step < scale * 1.2
    layers = draw(outfit, step)
    alpha = layers.front[:, :, 3].astype(np.float32) / 255.0
    # the shoulder outline: from empty to full coverage within ~2 px (vector edges, not an upscale)
    column = alpha[:, alpha.shape[1] // 4]
    first_full = int(np.argmax(column > 0.99))
    last_empty = first_full - int(np.argmax(column[:first_full][::-1] < 0.01))
    assert first_full - last_empty <= 3
    cache = GarmentCache()
    assert cache.get(outfit, 200.0) is cache.get(outfit, 205.0)  # same scale step: one render
    assert len(cache) == 1


# --- fitting on real photos ----------------------------------------------------------------------


@pytest.mark.parametrize("name", SAMPLES)
def test_collar_is_centred_under_the_chin(engine, dressed, name) -> None:
    photo = dressed(name).photos[TIE]
    w = photo.shape[1]
    points = _landmarks(engine, photo)
    chin = points[CHIN]
    face_length = float(np.linalg.norm(points[FOREHEAD] - chin))
    tie = _tie_pixels(photo, load_outfits().get(TIE).tie.colour)  # type: ignore[union-attr]
    tie[: round(chin[1])] = False
    ys, xs = np.nonzero(tie)
    assert len(ys) > 50, "no tie below the chin"
    knot = ys <= ys.min() + 0.25 * face_length  # the knot and the top of the blade
    print(
        f"\n{name}: tie centre {xs[knot].mean():.0f} chin {chin[0]:.0f} top {ys.min() - chin[1]:.0f} px below"
    )
    assert abs(xs[knot].mean() - chin[0]) <= 0.03 * w
    assert 0 <= ys.min() - chin[1] <= 0.5 * face_length  # under the chin, not halfway down the chest


@pytest.mark.parametrize("name", SAMPLES)
def test_nothing_is_drawn_above_the_jaw_line(engine, dressed, name) -> None:
    entry = dressed(name)
    reference = entry.ctx.photo
    assert reference is not None
    points = _landmarks(engine, reference)
    untouched = _above_jaw(points, (reference.shape[1], reference.shape[0]), margin=3)
    for outfit_id in (TIE, "dark_top"):
        diff = np.abs(entry.photos[outfit_id].astype(np.int16) - reference.astype(np.int16)).max(axis=2)
        assert diff[untouched].max() <= 1, (outfit_id, int(diff[untouched].max()))
        assert (diff[~untouched] > 10).mean() > 0.05  # and the outfit did change the photo below it


@pytest.mark.parametrize("name", SAMPLES)
def test_garment_covers_the_clothing_inside_the_matte(dressed, name) -> None:
    entry = dressed(name)
    clothes = _reference_clothes(entry)
    assert clothes.sum() > 2000
    for outfit_id in (TIE, "blouse_white"):
        result = entry.results[outfit_id]
        still_shown = (result.person > 0.5) & (result.filled < 0.5)  # original pixels left as they were
        covered = result.garment > 0.9
        print(f"\n{name} {outfit_id}: {clothes.sum()} clothing px, {covered[clothes].mean():.3f} covered")
        assert still_shown[clothes].mean() <= 0.01
        assert covered[clothes].mean() >= 0.95


def _reference_clothes(entry: Dressed) -> np.ndarray:
    """Clothing of the reference photo: the parser's clothes class × matte below the jaw, without
    hair that hangs over it."""
    from engine.outfits.parsing import ClothesParser

    ctx = entry.ctx
    assert ctx.alpha is not None and ctx.enhanced is not None
    pixels = np.clip(ctx.enhanced * 255 + 0.5, 0, 255).astype(np.uint8)
    parsing = ClothesParser().parse(pixels)
    result = entry.results[TIE]
    return (parsing.clothes * ctx.alpha > 0.6) & (result.head < 0.5) & (result.hair < 0.3)


@pytest.mark.parametrize("name", ["sample_001", "sample_005", "db_000", "db_008"])
def test_original_clothes_painted_magenta_never_show(engine, samples_dir, name) -> None:
    spec = load_catalogue().get(SPEC)
    first = engine.analyze((samples_dir / f"{name}.jpg").read_bytes(), spec, Options())
    assert first.image is not None and first.face is not None
    rgb = first.image.rgb.copy()
    below_chin = np.arange(rgb.shape[0])[:, None] > first.face.chin[1] + 0.12 * first.face.head_height()
    r, b = rgb[:, :, 0].astype(int), rgb[:, :, 2].astype(int)
    dark_cloth = (rgb.max(axis=2) < 90) & (r - b < 12)  # the samples' dark, neutral shirts, not skin
    rgb[below_chin & dark_cloth] = (255, 0, 255)
    buffer = io.BytesIO()
    Image.fromarray(rgb).save(buffer, "PNG")
    painted = buffer.getvalue()

    plain = engine.render(engine.analyze(painted, spec, Options()))
    dressed = engine.render(engine.analyze(painted, spec, Options(outfit="blouse_white")))
    assert plain.photo is not None and dressed.photo is not None
    assert _magenta(plain.photo).mean() > 0.05  # the painted clothes are in the frame
    assert _magenta(dressed.photo).sum() == 0


def _magenta(photo: np.ndarray) -> np.ndarray:
    r, g, b = (photo[:, :, i].astype(np.int16) for i in range(3))
    return (r > 170) & (b > 170) & (g < 110) & (np.abs(r - b) < 80)


def test_long_hair_in_front_of_the_shoulders_is_kept(engine, dressed) -> None:
    entry = dressed("db_004")
    reference = entry.ctx.photo
    assert reference is not None
    photo = entry.photos["blouse_white"]  # white cloth: any hair lost to the garment shows at once
    result = entry.results["blouse_white"]
    points = _landmarks(engine, reference)
    chin = points[CHIN]
    jaw_l, jaw_r = points[172], points[397]
    jaw_w = float(jaw_r[0] - jaw_l[0])
    luma_ref = reference.astype(np.float32) @ [0.2126, 0.7152, 0.0722] / 255
    luma_out = photo.astype(np.float32) @ [0.2126, 0.7152, 0.0722] / 255
    # 1. the hair falling beside the neck, between the jaw and the chin's height, stays
    jaw_y = max(jaw_l[1], jaw_r[1])
    rows = slice(round(jaw_y), round(chin[1] - 0.25 * (chin[1] - jaw_y)))
    for x0, x1 in (
        (jaw_l[0] - 0.7 * jaw_w, jaw_l[0] - 0.3 * jaw_w),
        (jaw_r[0] + 0.3 * jaw_w, jaw_r[0] + 0.7 * jaw_w),
    ):
        box = (rows, slice(round(x0), round(x1)))
        hair = luma_ref[box] < 0.3
        assert hair.mean() > 0.5, "the test box should be mostly hair"
        kept = luma_out[box][hair] < 0.35
        print(f"\nhair beside the neck: {hair.sum()} px, {kept.mean():.3f} kept")
        assert kept.mean() >= 0.95
    # 2. the hair hanging below the chin onto the shoulders lies on top: where it meets the garment
    #    those pixels are the reference's hair, not cloth
    below_chin = np.arange(photo.shape[0])[:, None] > chin[1]
    near_garment = cv2.dilate((result.garment > 0.5).astype(np.uint8), np.ones((31, 31), np.uint8)) > 0
    over = (result.hair > 0.6) & below_chin & near_garment
    print(f"hair in front at the garment: {over.sum()} px")
    assert over.sum() > 300
    assert np.abs(luma_out[over] - luma_ref[over]).mean() < 0.05
    assert (luma_out[over] < 0.35).mean() > 0.9


@pytest.mark.parametrize("name", ["sample_001", "db_004", "db_008"])
def test_dressed_photo_still_meets_the_spec_geometry(engine, samples_dir, model_dir, name) -> None:
    spec = load_catalogue().get(SPEC)
    ctx = engine.render(engine.analyze((samples_dir / f"{name}.jpg").read_bytes(), spec, Options(outfit=TIE)))
    photo = ctx.photo
    assert photo is not None
    eye_a, eye_b, _ = eyes_cv2(photo, model_dir)
    ied = float(np.linalg.norm(eye_b - eye_a))
    cx = float(eye_a[0] + eye_b[0]) / 2
    crown = crown_row(
        photo, spec.background.colours[0].rgb_tuple, (round(cx - 0.6 * ied), round(cx + 0.6 * ied))
    )
    chin = _landmarks(engine, photo)[CHIN]
    h = photo.shape[0]
    frame = spec.frame()
    assert frame.eye_line_from_bottom is not None
    assert frame.head_height.contains((chin[1] - crown) / h, slack=0.02)
    assert frame.eye_line_from_bottom.contains((h - (eye_a[1] + eye_b[1]) / 2) / h, slack=0.015)
    assert abs(cx / photo.shape[1] - 0.5) <= 0.05
    assert "outfit" in ctx.timings


def test_tilted_head_gets_a_collar_along_its_own_axis(engine, samples_dir) -> None:
    """Turn the selfie 12° and keep it unlevelled: head and body both lean in the photo."""
    spec = load_catalogue().get(SPEC)
    source = Image.open(samples_dir / "sample_005.jpg").convert("RGB")
    buffer = io.BytesIO()
    source.rotate(12, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(235, 235, 235)).save(
        buffer, "PNG"
    )
    ctx = engine.analyze(buffer.getvalue(), spec, Options(least_edit=False))
    assert ctx.face is not None and abs(ctx.face.roll) > 8
    ctx.face.roll = 0.0  # geometry would level the eyes; keep the tilt
    engine.render(ctx)
    reference = ctx.photo
    assert reference is not None and ctx.enhanced is not None and ctx.alpha is not None
    prepared = engine.outfits.prepare(ctx, ctx.enhanced, ctx.alpha)
    result = engine.outfits.fit(prepared, TIE)
    photo = composite(result.foreground, result.alpha, ctx.background_rgb)
    points = _landmarks(engine, reference)
    chin = points[CHIN]
    up = points[FOREHEAD] - chin
    up /= np.linalg.norm(up)
    tie = _tie_pixels(photo, load_outfits().get(TIE).tie.colour)  # type: ignore[union-attr]
    ys, xs = np.nonzero(tie)
    rel = np.stack([xs, ys], axis=1) - chin
    along = rel @ -up  # distance down the head's axis
    rel, along = rel[along > 0], along[along > 0]  # below the chin (not the lips)
    assert len(along) > 50
    top = along < along.min() + 0.1 * float(np.linalg.norm(points[FOREHEAD] - chin))
    offset = np.abs((rel[top] @ np.array([-up[1], up[0]])).mean())  # sideways from the axis
    print(f"\ntilted: knot {offset:.1f} px off the head's axis")
    assert offset <= 0.03 * photo.shape[1]
    untouched = _above_jaw(points, (photo.shape[1], photo.shape[0]), margin=3)
    assert np.abs(photo.astype(int) - reference.astype(int)).max(axis=2)[untouched].max() <= 1


# --- policy, sheet, command line -----------------------------------------------------------------


def test_no_edit_document_refuses_an_outfit(engine, samples_dir) -> None:
    spec = load_catalogue().get("de_passport")
    assert spec.edits.no_edit
    data = (samples_dir / "sample_001.jpg").read_bytes()
    for options in (Options(outfit=TIE), Options(outfit=TIE, keep_background=True)):
        ctx = engine.analyze(data, spec, options)
        with pytest.raises(EditNotAllowed) as refused:
            engine.render(ctx)
        assert refused.value.code == "outfit_not_allowed"
        with pytest.raises(EditNotAllowed):
            outfit_sheet(engine, ctx, [TIE])
    us = load_catalogue().get(SPEC)
    with pytest.raises(EditNotAllowed) as refused:
        engine.render(engine.analyze(data, us, Options(outfit=TIE, keep_background=True)))
    assert refused.value.code == "outfit_needs_new_background"
    with pytest.raises(UnknownOutfit):
        engine.render(engine.analyze(data, us, Options(outfit="tuxedo")))


def test_contact_sheet_shows_the_photo_in_four_outfits(engine, samples_dir) -> None:
    spec = load_catalogue().get(SPEC)
    ids = suggest_outfits(spec)
    assert len(ids) == 4
    assert "shirt_white" not in ids  # a white shirt disappears against the white background
    ctx = engine.analyze((samples_dir / "db_000.jpg").read_bytes(), spec, Options(watermark=True))
    sheet = outfit_sheet(engine, ctx, ids)
    assert ctx.photo is None  # the caller's context is left as it was
    assert sheet.outfit_ids == tuple(ids) and len(sheet.cells) == 4
    h, w = sheet.image.shape[:2]
    assert 0.8 < w / h < 1.25  # two by two
    for a, b in zip(sheet.cells, sheet.cells[1:], strict=False):
        assert np.abs(a.astype(int) - b.astype(int)).mean() > 2  # four different outfits


def test_outfits_list_and_gallery_commands(samples_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(cli, ["outfits", "list", "--lang", "zh"], catch_exceptions=False)
    assert listed.exit_code == 0
    assert len(listed.output.strip().splitlines()) == len(load_outfits().ids)
    assert "藏青色西装配领带" in listed.output
    out = tmp_path / "gallery"
    result = runner.invoke(
        cli,
        [
            "outfits",
            "gallery",
            str(samples_dir / "db_008.jpg"),
            "-o",
            str(out),
            "--outfit",
            TIE,
            "--outfit",
            "dark_top",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    with Image.open(out / "db_008.png") as sheet:
        assert sheet.width > 2 * sheet.height  # original + two outfits in a row


@pytest.mark.parametrize("name", ["g017_pulid_zcy", "g038_human_teen6"])
def test_bare_shoulders_and_hair_on_them_do_not_raise_the_garment_beside_the_face(
    engine, gallery_dir, name
) -> None:
    """g017 wears a strapless dress (bare, raised shoulders) and g038's hair lies on one shoulder:
    the garment's spare cloth used to follow those outlines into lumps that rose past the chin
    beside the face. Cloth hangs from a smooth shoulder line: beyond one face width from the
    body's axis the garment stays below the chin."""
    from engine.geometry import FaceInFrame

    spec = load_catalogue().get(SPEC)
    ctx = engine.analyze((gallery_dir / f"{name}.jpg").read_bytes(), spec, Options())
    work = dataclasses.replace(ctx, options=dataclasses.replace(ctx.options, least_edit=False), outputs={})
    engine.render(work)
    fit = engine.outfits.fit(engine.outfits.prepare(work, work.enhanced, work.alpha), "dark_top")
    frame = FaceInFrame.of(work.placement, work.face)
    garment = fit.garment > 0.5
    top = np.where(garment.any(axis=0), garment.argmax(axis=0), garment.shape[0])
    side = np.abs(np.arange(garment.shape[1]) - frame.centre_x) > frame.face_w
    assert garment[:, side].any(), "the garment reaches the shoulders"
    assert int(top[side].min()) > frame.chin[1]
