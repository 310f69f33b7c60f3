"""Support: opening a ticket with a person, pausing the automated flow while staff talk, and
handing the user back to it."""

from __future__ import annotations

from bot.conversation import keyboards as kb
from bot.conversation.states import Support
from bot.conversation.turn import Turn
from bot.support.off import SupportService
from bot.support.relay import SupportRelay


async def open_ticket(turn: Turn, support: SupportService, reason: str) -> None:
    if not isinstance(support, SupportRelay):  # no desk (SUPPORT_CHAT_ID unset)
        await turn.say("support-unavailable")
        return
    await pause_flow(turn)
    await support.open_ticket(
        turn.user.id, turn.user.first_name, actor_id=turn.user.id, opened_by="the user", reason=reason
    )
    await turn.say("support-opened", kb.back_to_bot(turn.t))


async def pause_flow(turn: Turn) -> None:
    """Support.talking from now on, remembering the step to come back to."""
    current = await turn.state.get_state()
    if current == Support.talking.state:
        return
    session = await turn.session()
    session.before_support = current
    await turn.save(session)
    await turn.state.set_state(Support.talking)


async def hand_back(turn: Turn, key: str) -> None:
    """Leave Support.talking for the step the user was on, and say so with `key`."""
    session = await turn.session()
    before, session.before_support = session.before_support, None
    await turn.save(session)
    await turn.state.set_state(before)
    await turn.say(key)
