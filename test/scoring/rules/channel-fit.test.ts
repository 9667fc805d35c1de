import { testRule } from '../../helpers/rule-tester.ts';

const SENTENCES = [
  "I'm so sorry your table booking for Friday was lost, Priya.",
  'That must have been embarrassing with your guests already at the door.',
  'Our manager has refunded the deposit in full this morning.',
  "We've also reserved the corner table for you next Friday at 7pm.",
  "If you'd like a different time, just DM us and we'll rearrange it.",
  'Thank you for giving us the chance to put this right.',
];

/** A paragraph of `count` sentences, cycling through the list above. */
const paragraph = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => SENTENCES[(from + i) % SENTENCES.length]).join(' ');
const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i % 10}`).join(' ');

const TWEET =
  "@priya_k So sorry about Friday, Priya! We've refunded your deposit and saved you a table next week.";
const LONG_TWEET = `${paragraph(4)} ${paragraph(2)}`;
const URL = 'https://example.com/help/bookings/' + 'a'.repeat(200);

testRule('channel-fit', {
  valid: [
    { text: TWEET, messageId: 'metX' },
    { text: 'x'.repeat(280) },
    { text: `@priya_k @brand_help ${'x'.repeat(280)}` },
    { text: `${'x'.repeat(280)}   \n  ` },
    { text: `Here is our guide: ${URL}` },
    { text: '😀'.repeat(140) },
    { text: '日本語'.repeat(46) },
    { text: 'e\u0301'.repeat(280) },
    { text: '' },
    { text: paragraph(4), context: { channel: 'facebook' }, messageId: 'met' },
    { text: `${paragraph(4)}\n\n${paragraph(2, 4)}`, context: { channel: 'facebook' } },
    {
      text: `${paragraph(3)}\n${paragraph(3, 3)}\n${paragraph(3)}`,
      context: { channel: 'instagram' },
    },
    { text: paragraph(6), context: { channel: 'review-site' } },
    {
      text: `${paragraph(6)}\n\n${paragraph(6)}\n\n${paragraph(6)}`,
      context: { channel: 'review-site' },
    },
    { text: `${paragraph(5)}\n\n${paragraph(5)}`, context: { channel: 'forum' } },
    { text: words(85), context: { channel: 'facebook' } },
  ],
  invalid: [
    { text: 'x'.repeat(281), status: 'violated', messageId: 'overLimit', evidence: ['x'] },
    { text: LONG_TWEET, status: 'violated', messageId: 'overLimit' },
    { text: `${'y'.repeat(270)} ${URL}`, status: 'violated', messageId: 'overLimit' },
    { text: '😀'.repeat(141), status: 'violated', messageId: 'overLimit', evidence: ['😀'] },
    { text: '日本語'.repeat(47), status: 'violated', messageId: 'overLimit' },
    {
      text: `${'x'.repeat(275)} end of it`,
      status: 'violated',
      messageId: 'overLimit',
      evidence: ['of it'],
    },
    { text: `@priya_k ${'x'.repeat(281)}`, status: 'violated', messageId: 'overLimit' },
    { text: 'e\u0301'.repeat(281), status: 'violated', messageId: 'overLimit' },
    {
      text: paragraph(5),
      context: { channel: 'facebook' },
      status: 'missed',
      messageId: 'longParagraph',
      evidence: [SENTENCES[4] ?? ''],
    },
    {
      text: words(130),
      context: { channel: 'facebook' },
      status: 'missed',
      messageId: 'longParagraph',
    },
    {
      text: `${paragraph(2)}\n\n${paragraph(5, 2)}`,
      context: { channel: 'instagram' },
      status: 'missed',
      messageId: 'longParagraph',
    },
    {
      text: paragraph(7),
      context: { channel: 'review-site' },
      status: 'missed',
      messageId: 'longParagraph',
    },
    {
      text: words(200),
      context: { channel: 'forum' },
      status: 'missed',
      messageId: 'longParagraph',
    },
    {
      text: Array.from({ length: 6 }, (_, i) => paragraph(3, i)).join('\n\n'),
      context: { channel: 'instagram' },
      status: 'missed',
      messageId: 'tooLong',
    },
    {
      text: Array.from({ length: 8 }, (_, i) => paragraph(3, i)).join('\n\n'),
      context: { channel: 'facebook' },
      status: 'missed',
      messageId: 'tooLong',
    },
    {
      text: Array.from({ length: 12 }, (_, i) => paragraph(5, i)).join('\n\n'),
      context: { channel: 'review-site' },
      status: 'missed',
      messageId: 'tooLong',
    },
  ],
});
