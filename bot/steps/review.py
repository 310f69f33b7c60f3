"""Review: the selfie's checks and what they mean for the user (blocking issues with a retake,
warnings with "continue anyway"; for a head covering, "it is religious or medical"), then on to
the style step."""

from __future__ import annotations

from aiogram.enums import ChatAction

from bot.conversation import keyboards as kb
from bot.conversation.callbacks import Nav
from bot.conversation.naming import document_name
from bot.conversation.problems import error_keyboard, error_text, issue_lines
from bot.conversation.replies import replace_text
from bot.conversation.states import Flow
from bot.conversation.turn import Turn
from bot.jobs.client import JobTimeout
from bot.steps import style
from specs import DocumentSpec

HEAD_COVERING = "head_covering"  # the check whose warning the user answers by declaring the covering
SUPPORT_AFTER_FAILURES = 2  # selfies in a row with blocking issues before "Talk to a person" is offered


def check_key(check_id: str, status: str) -> str:
    """How a check's outcome is kept in `Session.checks` (one format for writing and reading)."""
    return f"{check_id}:{status}"


HEAD_COVERING_WARNED = check_key(HEAD_COVERING, "warn")


async def review_selfie(turn: Turn, spec: DocumentSpec) -> None:
    """Check the session's selfie against `spec` and show the outcome."""
    session = await turn.session()
    assert session.selfie_key is not None
    t = turn.t
    await turn.state.set_state(Flow.checks)
    name = document_name(spec, turn.lang)
    status = await turn.say("checks-running", document=name)
    try:
        async with turn.working(status, ChatAction.TYPING):
            result = await turn.jobs.analyze(
                session.selfie_key,
                spec.id,
                timeout=turn.settings.job_timeout_s,
                priority=await turn.priority(),
            )
    except JobTimeout:
        await replace_text(turn, status.message_id, t("job-timeout"), kb.retry(t, Nav.retry_checks))
        return
    if not result.ok:
        markup = error_keyboard(t, result.error_code, Nav.retry_checks)
        await replace_text(turn, status.message_id, error_text(t, result.error_code), markup)
        return
    session = await turn.session()
    session.checks = [check_key(c.id, c.status) for c in (*result.blocking, *result.warnings)]
    session.failed_checks = session.failed_checks + 1 if result.blocking else 0
    session.wall_keepable = result.background_keepable
    await turn.save(session)
    if result.blocking:
        lines = [
            t("checks-blocking", document=name),
            *issue_lines(t, result.blocking),
            t("checks-retake-hint"),
        ]
        markup = kb.issues(t, blocking=True, support=session.failed_checks >= SUPPORT_AFTER_FAILURES)
        await replace_text(turn, status.message_id, "\n".join(lines), markup)
        return
    if result.warnings:
        lines = [t("checks-warnings"), *issue_lines(t, result.warnings)]
        # a hat would get the photo rejected; only a religious or medical covering may stay, and
        # only the user knows which it is: going on with one says so (recorded in the report)
        covered = any(c.id == HEAD_COVERING for c in result.warnings)
        proceed = "button-continue-headwear" if covered else "button-continue"
        markup = kb.issues(t, blocking=False, proceed=proceed)
        await replace_text(turn, status.message_id, "\n".join(lines), markup)
        return
    await replace_text(turn, status.message_id, t("checks-passed"))
    await style.show_style(turn, spec)
