"""Check-ins as DMs: one request when the DM is known, a link to the thread, refusals, retries."""

from __future__ import annotations

from types import SimpleNamespace

import aiohttp
import discord
import pytest

from adapters.discord.messenger import DiscordMessenger, DmChannels, discord_dispatcher
from adapters.pacing import Pacer
from core.domain import Address, PlatformUser
from core.ports import DeliveryFailed, RecipientUnreachable
from core.replies import Button, CheckIn, Reply, Sent
from tests.adapters.discord.conftest import FakeClient, refusal
from tests.scale.faketime import FakeTime

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
def faketime() -> FakeTime:
    return FakeTime()


@pytest.fixture
def messenger(client: FakeClient, faketime: FakeTime) -> DiscordMessenger:
    """The check-in messenger with its production pacing and retries, on fake time."""
    client.channels[500] = SimpleNamespace(id=500, guild=SimpleNamespace(id=42))
    pacer = Pacer(40, clock=faketime.clock, sleep=faketime.sleep)
    dispatcher = discord_dispatcher(pacer, sleep=faketime.sleep)
    return DiscordMessenger(client, DmChannels(), dispatcher)  # type: ignore[arg-type]


async def test_the_first_check_in_opens_the_dm_and_later_ones_reuse_it(
    messenger: DiscordMessenger, client: FakeClient, faketime: FakeTime
) -> None:
    (first,) = await faketime.run(messenger.send_checkin(checkin()))
    (second,) = await faketime.run(messenger.send_checkin(checkin()))

    assert client.opened_dms == [100]
    dm = client.channel(101)
    assert [type(s) for s in (first, second)] == [Sent, Sent]
    assert first == Sent(Address("discord", "101"), str(dm.sent[0].id))
    assert len(dm.sent) == 2


async def test_a_person_who_wrote_a_dm_gets_the_check_in_there_in_one_request(
    messenger: DiscordMessenger, client: FakeClient, faketime: FakeTime
) -> None:
    messenger.dms.remember(100, 300)

    (sent,) = await faketime.run(messenger.send_checkin(checkin()))

    assert client.opened_dms == [] and sent == Sent(
        Address("discord", "300"), str(client.channel(300).sent[0].id)
    )


async def test_the_check_in_links_its_thread_and_keeps_its_buttons(
    messenger: DiscordMessenger, client: FakeClient, faketime: FakeTime
) -> None:
    await faketime.run(messenger.send_checkin(checkin()))
    await faketime.run(messenger.send_checkin(checkin(origin=Address("discord", "300"))))

    linked, plain = client.channel(101).sent
    assert linked.fields["content"].endswith(
        "Continue in the thread: https://discord.com/channels/42/501"
    )
    assert "discord.com" not in plain.fields["content"], "a session in a DM needs no link"
    assert [b.custom_id for b in linked.fields["view"].children] == ["fb:like:9", "fb:dislike:9"]


async def test_closed_dms_are_unreachable_and_other_refusals_a_failed_delivery_at_once(
    messenger: DiscordMessenger, client: FakeClient, faketime: FakeTime
) -> None:
    messenger.dms.remember(100, 101)
    client.channel(101).refuse = [
        refusal(discord.Forbidden, 403, 50007),
        refusal(discord.HTTPException, 400, 50035),
        # discord.py tried a 500 five times already before raising it.
        refusal(discord.DiscordServerError, 500, 0),
    ]

    with pytest.raises(RecipientUnreachable):
        await faketime.run(messenger.send_checkin(checkin()))
    for _ in range(2):
        with pytest.raises(DeliveryFailed):
            await faketime.run(messenger.send_checkin(checkin()))

    assert client.channel(101).sent == [] and not [s for s in faketime.slept if s >= 1.0]


@pytest.mark.parametrize(
    "error",
    [
        refusal(discord.DiscordServerError, 503, 0),
        TimeoutError(),
        aiohttp.ServerDisconnectedError(),
        aiohttp.ClientConnectionResetError("reset"),
    ],
    ids=["503", "timeout", "disconnected", "reset"],
)
async def test_a_check_in_after_a_5xx_or_a_network_failure_is_tried_again_and_goes(
    messenger: DiscordMessenger, client: FakeClient, faketime: FakeTime, error: Exception
) -> None:
    messenger.dms.remember(100, 101)
    client.channel(101).refuse = [error]  # type: ignore[list-item]

    (sent,) = await faketime.run(messenger.send_checkin(checkin()))

    assert sent == Sent(Address("discord", "101"), str(client.channel(101).sent[0].id))
    assert 1.0 in faketime.slept


@pytest.mark.parametrize(
    "error", [refusal(discord.DiscordServerError, 503, 0), TimeoutError()], ids=["503", "timeout"]
)
async def test_a_check_in_failing_again_and_again_is_a_failed_delivery_after_four_tries(
    messenger: DiscordMessenger, client: FakeClient, faketime: FakeTime, error: Exception
) -> None:
    messenger.dms.remember(100, 101)
    client.channel(101).refuse = [error] * 10  # type: ignore[list-item]

    with pytest.raises(DeliveryFailed):
        await faketime.run(messenger.send_checkin(checkin()))

    assert len(client.channel(101).refuse) == 6
    assert [s for s in faketime.slept if s >= 1.0] == [1.0, 2.0, 4.0]


async def test_a_rate_limit_discord_py_would_not_wait_out_pauses_sending_then_goes(
    messenger: DiscordMessenger, client: FakeClient, faketime: FakeTime
) -> None:
    messenger.dms.remember(100, 101)
    client.channel(101).refuse = [discord.RateLimited(30.0)]  # type: ignore[list-item]
    start = faketime.now

    (sent,) = await faketime.run(messenger.send_checkin(checkin()))

    assert sent is not None and len(client.channel(101).sent) == 1
    assert faketime.now - start >= 30.0
