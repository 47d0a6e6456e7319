"""Charts with matplotlib's Agg backend, drawn once as PNG bytes for every platform."""

from __future__ import annotations

import io
from collections import Counter

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from core.domain import Session, UsageStats
from core.engine.summaries import topic_phrase

_COLOURS = ("#c2185b", "#5c6bc0", "#26a69a", "#ffa726", "#8d6e63", "#78909c")


def _png(figure: Figure, title: str) -> bytes:
    """The figure as PNG bytes, its title also in the PNG's metadata."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, metadata={"Title": title})
    return buffer.getvalue()


class MatplotlibCharts:
    """Implements `core.ports.Charts`; uses `Figure` directly (no pyplot), so it is thread-safe."""

    def usage(self, stats: UsageStats) -> bytes:
        """Messages a day, people active a day, and the share of 👍 among ratings."""
        title = f"Amora usage, last {len(stats.messages_by_day)} days"
        figure = Figure(figsize=(8, 6), layout="constrained")
        figure.suptitle(title)
        messages, active, ratings = figure.subplots(3, 1, height_ratios=(3, 3, 1))
        days = [d.strftime("%d %b") for d, _ in stats.messages_by_day]
        messages.bar(days, [n for _, n in stats.messages_by_day], color=_COLOURS[0])
        messages.set_ylabel("messages")
        active.plot(days, [n for _, n in stats.active_by_day], color=_COLOURS[1], marker="o")
        active.set_ylabel("active people")
        for axes in (messages, active):
            axes.set_xticks(days[:: max(1, len(days) // 8)])
            axes.yaxis.set_major_locator(MaxNLocator(integer=True))
            axes.set_ylim(bottom=0)
        self._ratings(ratings, stats.likes, stats.dislikes)
        return _png(figure, title)

    @staticmethod
    def _ratings(axes: Axes, liked: int, disliked: int) -> None:
        axes.set_yticks([])
        if not liked + disliked:
            axes.set_xticks([])
            axes.text(0.5, 0.5, "no ratings yet", ha="center", va="center")
            return
        axes.barh([0], [liked], color=_COLOURS[2], label=f"liked {liked}")
        axes.barh([0], [disliked], left=[liked], color=_COLOURS[3], label=f"disliked {disliked}")
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.legend(loc="center right", frameon=False)
        axes.set_xlabel(f"ratings: {liked / (liked + disliked):.0%} liked")

    def progress(self, sessions: list[Session]) -> bytes:
        """Mood over each session's messages, and the topics the person worked on."""
        title = "Your progress"
        figure = Figure(figsize=(8, 6), layout="constrained")
        figure.suptitle(title)
        mood, topics = figure.subplots(2, 1)
        for index, session in enumerate(sessions[-6:]):
            if session.state.mood:
                colour = _COLOURS[index % len(_COLOURS)]
                numbers = range(1, len(session.state.mood) + 1)
                mood.plot(
                    numbers, session.state.mood, color=colour, marker=".", label=session.title[:30]
                )
        mood.axhline(0, color="#bbbbbb", linewidth=0.8)
        mood.set_ylim(-1.05, 1.05)
        mood.set_ylabel("mood (heavy to hopeful)")
        mood.set_xlabel("your messages in the session")
        mood.xaxis.set_major_locator(MaxNLocator(integer=True))
        if any(s.state.mood for s in sessions):
            mood.legend(loc="lower left", fontsize="small", frameon=False)
        counts = Counter(t for s in sessions for t in s.state.topic_history).most_common(8)
        topics.barh(
            [topic_phrase(t) for t, _ in counts][::-1],
            [n for _, n in counts][::-1],
            color=_COLOURS[1],
        )
        topics.set_xlabel("messages on the topic")
        topics.xaxis.set_major_locator(MaxNLocator(integer=True))
        return _png(figure, title)
