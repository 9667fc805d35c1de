import { testRule } from '../../helpers/rule-tester.ts';
import type { RuleCase } from '../../helpers/rule-tester.ts';

const REPLY = "Hi Dana, I'm so sorry your order hasn't arrived. Could you DM us the order number?";
const at = (elapsedSeconds: number, targetSeconds: number, text = REPLY): RuleCase => ({
  text: `${text} (${elapsedSeconds}/${targetSeconds})`,
  context: { elapsedSeconds, targetSeconds },
});

testRule('responsiveness', {
  valid: [
    { ...at(0, 60), messageId: 'met' },
    at(30, 60),
    at(60, 60),
    at(59, 900),
    at(600, 900),
    at(900, 900),
    at(3_599, 3_600),
    at(3_600, 86_400),
    at(86_000, 86_400),
    at(1, 1),
    { ...at(45, 60, ''), status: 'met' },
    { text: REPLY, status: 'n/a', messageId: 'notApplicable' },
    {
      text: `${REPLY} `,
      context: { elapsedSeconds: 120 },
      status: 'n/a',
      messageId: 'notApplicable',
    },
    {
      text: `${REPLY}  `,
      context: { targetSeconds: 120 },
      status: 'n/a',
      messageId: 'notApplicable',
    },
    {
      text: 'Thanks so much for the kind words, Ana!',
      context: {
        kind: 'praise',
        elapsedSeconds: 7_200,
        targetSeconds: 3_600,
        expectations: { responsiveness: 'n/a' },
      },
      status: 'n/a',
    },
    {
      text: 'Sorry for the wait, Lee: we are checking your booking now.',
      context: { kind: 'troll', elapsedSeconds: 10, targetSeconds: 600 },
      status: 'met',
    },
  ],
  invalid: [
    { ...at(61, 60), status: 'missed', messageId: 'late' },
    { ...at(120, 60), status: 'missed', messageId: 'late' },
    { ...at(180, 60), status: 'missed', messageId: 'late' },
    { ...at(901, 900), status: 'missed', messageId: 'late' },
    { ...at(1_800, 900), status: 'missed', messageId: 'late' },
    { ...at(2_700, 900), status: 'missed', messageId: 'late' },
    { ...at(5_400, 3_600), status: 'missed', messageId: 'late' },
    { ...at(100_000, 86_400), status: 'missed', messageId: 'late' },
    { ...at(181, 60), status: 'violated', messageId: 'silence' },
    { ...at(3_600, 60), status: 'violated', messageId: 'silence' },
    { ...at(2_701, 900), status: 'violated', messageId: 'silence' },
    { ...at(86_400, 3_600), status: 'violated', messageId: 'silence' },
    { ...at(4, 1), status: 'violated', messageId: 'silence' },
    { ...at(1_000, 60, ''), status: 'violated', messageId: 'silence' },
    {
      text: 'We are aware of the outage and will post the next update at 3pm.',
      context: { kind: 'crisis', elapsedSeconds: 1_200, targetSeconds: 600 },
      status: 'missed',
      messageId: 'late',
    },
    {
      text: 'Sorry Mo, looking into it now.',
      context: { elapsedSeconds: 7_200, targetSeconds: 600 },
      status: 'violated',
      messageId: 'silence',
      evidence: ['Sorry Mo, looking into it now.'],
    },
  ],
});
