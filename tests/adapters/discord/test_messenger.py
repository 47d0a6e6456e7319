"""Check-ins as DMs: one request when the DM is known, a link to the thread, refusals, pace."""

from __future__ import annotations

import time
from types import SimpleNamespace

import discord
import pytest

from adapters.discord.messenger import DiscordMessenger, DmChannels, Pacer
from core.domain import Address, PlatformUser
from core.ports import DeliveryFailed, RecipientUnreachable
from core.replies import Button, CheckIn, Reply, Sent
from tests.adapters.discord.conftest import FakeClient, refusal

THREAD = Address("discord", "500", "501")


def checkin(user: int = 100, origin: Address = THREAD) -> CheckIn:
    """Today's check-in for session 7, «Trust after the move»."""
    reply = Reply(
        "How is «Trust after the move» going today?",
        ((Button("👍", "fb:like:9"), Button("👎", "fb:dislike:9")),),
        message_id=9,
        session_id=7,
    )
    return CheckIn(PlatformUser("discord", str(user)), 7, "Trust after the move", origin, reply)


@pytest.fixture
def messenger(client: FakeClient) -> DiscordMessenger:
    client.channels[500] = SimpleNamespace(id=500, guild=SimpleNamespace(id=42))
    return DiscordMessenger(client, DmChannels(), Pacer(1000))  # type: ignore[arg-type]


async def test_the_first_check_in_opens_the_dm_and_later_ones_reuse_it(
    messenger: DiscordMessenger, client: FakeClient
) -> None:
    first = await messenger.send_checkin(checkin())
    second = await messenger.send_checkin(checkin())

    assert client.opened_dms == [100]
    dm = client.channel(101)
    assert [type(s) for s in (first, second)] == [Sent, Sent]
    assert first == Sent(Address("discord", "101"), str(dm.sent[0].id))
    assert len(dm.sent) == 2


async def test_a_person_who_wrote_a_dm_gets_the_check_in_there_in_one_request(
    messenger: DiscordMessenger, client: FakeClient
) -> None:
    messenger.dms.remember(100, 300)

    sent = await messenger.send_checkin(checkin())

    assert client.opened_dms == [] and sent == Sent(
        Address("discord", "300"), str(client.channel(300).sent[0].id)
    )


async def test_the_check_in_links_its_thread_and_keeps_its_buttons(
    messenger: DiscordMessenger, client: FakeClient
) -> None:
    await messenger.send_checkin(checkin())
    await messenger.send_checkin(checkin(origin=Address("discord", "300")))

    linked, plain = client.channel(101).sent
    assert linked.fields["content"].endswith(
        "Continue in the thread: https://discord.com/channels/42/501"
    )
    assert "discord.com" not in plain.fields["content"], "a session in a DM needs no link"
    assert [b.custom_id for b in linked.fields["view"].children] == ["fb:like:9", "fb:dislike:9"]


async def test_closed_dms_are_unreachable_and_other_refusals_a_failed_delivery(
    messenger: DiscordMessenger, client: FakeClient
) -> None:
    client.channel(101).refuse = [
        refusal(discord.Forbidden, 403, 50007),
        refusal(discord.HTTPException, 400, 50035),
    ]

    with pytest.raises(RecipientUnreachable):
        await messenger.send_checkin(checkin())
    with pytest.raises(DeliveryFailed):
        await messenger.send_checkin(checkin())


async def test_the_pacer_spaces_requests_evenly() -> None:
    pacer = Pacer(50.0)
    began = time.monotonic()

    for _ in range(6):
        await pacer.wait()

    assert time.monotonic() - began >= 5 / 50 * 0.9
