"""move42: a medicine of life stopped on purpose is not 'explained' by what follows it.

The crisis37 rule reads what is stopped right after a stop word ("stop it all flaring up")
as the thing stopped, never an end. A vital medicine stopped *on purpose* names its own
intent: the pain said after it ("since the sciatica got bad") is the reason for it, not the
thing stopped. The refit of move42 stopped catching such a carer's message with the learned
reader alone; the rules read it now.
"""
import pytest

from bot.engine.pipeline import answer


@pytest.mark.parametrize("message", [
    "dad has stopped his insulin on purpose since the leg pain got worse, says whats the point",
    "I've stopped my heart tablets deliberately since the sciatica got this bad",
    "she purposely stopped the warfarin because the back pain is unbearable",
])
def test_a_vital_medicine_stopped_on_purpose_beside_the_pain_is_a_crisis(kb, message):
    reply = answer(kb, message)
    assert (reply.kind, reply.id) == ("urgent", "distress")


@pytest.mark.parametrize("message", [
    "I stopped my blood pressure tablets because they made the sciatica worse, is that ok",
    "is there a way to stop all of it flaring up every winter",
])
def test_what_is_stopped_named_after_it_stays_calm(kb, message):
    assert answer(kb, message).kind != "urgent"
