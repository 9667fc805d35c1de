import { defineRule, outcome } from '../rule.ts';
import { humanDuration } from '../text/duration.ts';

/** Past this multiple of the target the customer has, in effect, been met with silence. */
const SILENCE_FACTOR = 3;

export default defineRule({
  id: 'responsiveness',
  meta: {
    title: 'Responsiveness',
    description: "Replies within the scenario's time target; silence is the worst answer.",
    source: '000 "Respond quickly"; 001 §1; 003 §9 "Do not take too long to respond"; 004',
    weight: 2,
    expectation: {
      complaint: 'expected',
      crisis: 'expected',
      question: 'expected',
      troll: 'optional',
      praise: 'optional',
    },
    messages: {
      notApplicable: {
        message: 'No time target or reply time is known, so speed is not graded.',
        suggestion: '',
      },
      met: {
        message: 'Replied in {{elapsed}}, within the {{target}} target.',
        suggestion: 'Keep answering this fast: an agile reply is a vaccine against anger.',
      },
      late: {
        message: 'Replied {{over}} after the {{target}} target ({{elapsed}} in all).',
        suggestion:
          'Post a short holding reply first ("Sorry for the wait, we\'re looking into this now") and follow up with the details.',
      },
      silence: {
        message:
          'Replied in {{elapsed}}, more than three times the {{target}} target: to the customer and onlookers that was silence.',
        suggestion:
          'Answer within the target even if you have no solution yet: say you have seen the post and when you will be back.',
      },
    },
  },
  check(doc, context) {
    const { elapsedSeconds: elapsed, targetSeconds: target } = context;
    if (elapsed === undefined || target === undefined)
      return outcome.notApplicable('notApplicable');
    if (!Number.isFinite(elapsed) || !Number.isFinite(target) || target <= 0) {
      return outcome.notApplicable('notApplicable');
    }
    const data = {
      elapsed: humanDuration(elapsed),
      target: humanDuration(target),
      over: humanDuration(elapsed - target),
    };
    if (elapsed <= target) return outcome.met('met', [], { data });
    if (elapsed > target * SILENCE_FACTOR) {
      // The whole reply is the evidence: it is the reply itself that came too late.
      const whole = { start: 0, end: doc.norm.length };
      return outcome.violated('silence', [{ messageId: 'silence', span: whole }], { data });
    }
    return outcome.missed('late', [], { data });
  },
});
