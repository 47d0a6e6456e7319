"""The fixed things Amora says, in one place."""

from __future__ import annotations

START = """Hi, I'm Amora, a relationship coach you can talk to any time.

I help you think through what's going on with a partner, an ex, family or dating: what happened, what you feel and need, and one small step to try. I'm not a therapist and not an emergency service.

Privacy: your messages are stored so I can remember your sessions. /export sends you everything I keep; /forget deletes it all.

Just write what's on your mind to begin, or open a named session with /newsession Trust after the move."""

HELP = """What I understand:
/newsession [title] - open a new coaching session
/sessions - your sessions, to switch, pause, resume or complete
/session - the current session: topic, summary and next plan
/rename <title> - rename the current session
/pause, /resume, /complete - change the current session's status
/followup <HH:MM> [timezone] - a daily check-in at that local time; /followup on (at the default time), /followup off; /followup shows it
/timezone <zone> - remember your time zone, e.g. Europe/Berlin
/progress - your sessions, topics and mood over time
/export - all your data as a JSON file
/forget - delete all your data (asks first)
/stats - usage figures (admins only)
Every reply has buttons: 👍 helpful, 👎 not for me, 🔄 try another answer."""

CRISIS = """I'm really glad you told me, and I'm taking what you said seriously. This is more than coaching can hold, and you deserve support from a person right now.

{resources}

If you can, reach out to someone you trust and let them know how you are. You don't have to go through this alone. I'm here if you want to keep writing, but please contact one of the services above first."""

CRISIS_OTHER = """Thank you for telling me. What you describe sounds like someone may be in real danger, and that is more than coaching can hold.

If they might act on it now, call your local emergency number and, if you can, stay with them or keep them talking. You can also contact a crisis line for advice on how to help:

{resources}

Looking after them is a lot to carry; your own wellbeing matters too. I'm here if you want to keep writing."""

HELPLINE_NOTE = """If those feelings come back or get heavy, you don't have to hold them alone:
{resources}"""

HARMING_NOTE = """Hurting someone you love is serious, and it can change. The most important step now is to keep them safe: step away as soon as you feel it rising, and talk to people who work with those who want to stop:
{resources}"""

CONCERN_NOTE = """Your safety comes first. If you'd like to talk to people who understand this well:
{resources}"""

REDELIVERED = "I already have that message."
UNKNOWN_COMMAND = "I don't know /{command}. /help lists what I can do."
NON_TEXT = "I can only read text for now. Could you tell me in words?"
TROUBLE = "I'm having trouble right now. Please try again in a minute."
SLOW_DOWN = "You're writing faster than I can answer well. I've kept everything you sent; take a breath, and I'll reply to your next message."
EMPTY = "It looks like that message was empty. What's on your mind?"
