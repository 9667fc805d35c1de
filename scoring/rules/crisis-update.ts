import {
  ACKNOWLEDGE,
  CAUSE,
  CAUSE_UNKNOWN,
  CRISIS_APOLOGY,
  MEASURES,
  NEXT_UPDATE,
  UPDATE_TIME,
} from '../data/crisis.ts';
import type { Hit, ReplyDocument } from '../document.ts';
import { defineRule, expectedByCaller, outcome } from '../rule.ts';
import type { Finding } from '../rule.ts';

function own(doc: ReplyDocument, pattern: RegExp, negation = 2): Hit[] {
  return doc.find(pattern).filter((hit) => !doc.negatedAt(hit.start, negation));
}

/** "a, b and c" */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export default defineRule({
  id: 'crisis-update',
  meta: {
    title: 'Crisis update',
    description:
      'In a crisis, posts a public update: acknowledges, apologises, gives the cause if known, the measures under way and when the next update comes.',
    source: '003 §5 "Get ahead of problems: the crisis plan"; 000 "silence is not an option"',
    weight: 2,
    expectation: {
      crisis: 'required',
      complaint: 'n/a',
      troll: 'n/a',
      question: 'n/a',
      praise: 'n/a',
    },
    messages: {
      notApplicable: { message: 'Not a crisis thread.', suggestion: '' },
      met: {
        message:
          'A complete crisis update: acknowledged, apologised, cause, measures and the time of the next update.',
        suggestion: 'Post the next update at the time you promised, even if nothing has changed.',
      },
      metPartly: {
        message:
          'The update acknowledges, lists the measures and says when the next update comes, but is missing {{missing}}.',
        suggestion: 'Add {{missing}}: "We\'re sorry. The cause was a failed software update."',
      },
      incomplete: {
        message: 'The update is missing {{missing}}.',
        suggestion: '{{suggestion}}',
      },
    },
  },
  check(doc, context) {
    if (context.kind !== 'crisis' && !expectedByCaller(context, 'crisis-update'))
      return outcome.notApplicable('notApplicable');
    const acknowledged = own(doc, ACKNOWLEDGE);
    const measures = own(doc, MEASURES);
    const promises = own(doc, NEXT_UPDATE);
    const times = doc
      .find(UPDATE_TIME)
      .filter((time) => promises.some((promise) => promise.sentence.index === time.sentence.index));
    const causes = [...own(doc, CAUSE), ...doc.find(CAUSE_UNKNOWN)];
    const apologies = own(doc, CRISIS_APOLOGY, 3);
    const findings: Finding[] = [
      ...acknowledged.map((span) => ({ messageId: 'acknowledge', span })),
      ...apologies.map((span) => ({ messageId: 'apology', span })),
      ...causes.map((span) => ({ messageId: 'cause', span })),
      ...measures.map((span) => ({ messageId: 'measures', span })),
      ...promises.map((span) => ({ messageId: 'nextUpdate', span })),
      ...times.map((span) => ({ messageId: 'nextUpdate', span })),
    ];
    const missing: string[] = [];
    const advice: string[] = [];
    if (acknowledged.length === 0) {
      missing.push('a public acknowledgement of what is wrong');
      advice.push('say what is wrong ("We know card payments are failing in our app")');
    }
    if (measures.length === 0) {
      missing.push('the measures under way');
      advice.push('say what you are doing ("our engineers are rolling back the update")');
    }
    if (times.length === 0) {
      missing.push(
        promises.length > 0 ? 'a time for the next update' : 'when the next update comes',
      );
      advice.push('say when you will post again ("next update at 3pm")');
    }
    if (missing.length > 0) {
      return outcome.missed('incomplete', findings, {
        data: { missing: list(missing), suggestion: `${cap(list(advice))}.` },
      });
    }
    const extras = [
      ...(apologies.length === 0 ? ['an apology'] : []),
      ...(causes.length === 0 ? ['the cause (or that you are still finding it)'] : []),
    ];
    if (extras.length > 0)
      return outcome.met('metPartly', findings, { credit: 0.85, data: { missing: list(extras) } });
    return outcome.met('met', findings);
  },
});
