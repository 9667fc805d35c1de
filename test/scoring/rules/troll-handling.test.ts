import { testRule } from '../../helpers/rule-tester.ts';
import type { RuleCase } from '../../helpers/rule-tester.ts';

const troll = (text: string, extra: Partial<RuleCase> = {}): RuleCase => ({
  text,
  context: { kind: 'troll' },
  ...extra,
});

testRule('troll-handling', {
  valid: [
    troll(
      "Sorry to hear you didn't enjoy it. If anything was wrong with your order, DM us and we'll put it right.",
      {
        messageId: 'met',
      },
    ),
    troll('Our burgers are 100% British beef. Happy to answer any questions by DM.'),
    troll("Thanks for the feedback, Alex. We'll pass it on to the kitchen."),
    troll('We hear you. If you had an issue in store, send us a DM and we will look into it.'),
    troll('Noted, and sorry it missed the mark for you.'),
    troll('Our prices are listed on our website; we are happy to help if anything is unclear.'),
    troll("We're sorry you feel that way. Our team is here if you need us."),
    troll('The recall only affected batch 42, which was removed from shelves on Monday.'),
    troll("You're not wrong that the queue was long on Saturday; we've added two more tills."),
    troll('Fair point on the font size! The team is looking at it.'),
    troll(`Thanks for sharing. We're here if you need anything. ${'Have a nice day!'}`),
    troll('🙏 Sorry about that. DM us if we can help.'),
    troll(''),
    { text: 'Actually, we never said that. Prove it!', status: 'n/a', messageId: 'notApplicable' },
    {
      text: 'Sorry, your order is late; we will refund the delivery fee today.',
      context: { kind: 'complaint' },
      status: 'n/a',
      messageId: 'notApplicable',
    },
    {
      text: 'Sorry the queue was long, we have opened two more tills.',
      context: { kind: 'complaint', expectations: { 'troll-handling': 'required' } },
    },
  ],
  invalid: [
    {
      text: 'Actually, we never said that. Prove it!',
      context: { kind: 'complaint', expectations: { 'troll-handling': 'expected' } },
      status: 'violated',
      messageId: 'argues',
      evidence: ['Actually,'],
    },
    troll('Actually, our burgers are 100% beef. Maybe do your research first.', {
      status: 'violated',
      messageId: 'argues',
      evidence: ['Actually,'],
    }),
    troll("For your information, that's not true.", {
      status: 'violated',
      messageId: 'argues',
      evidence: ['For your information'],
    }),
    troll('We never said the offer was unlimited. Where is your proof?', {
      status: 'violated',
      messageId: 'argues',
    }),
    troll("You're wrong about the price, it was £4.", { status: 'violated', messageId: 'argues' }),
    troll('Did you even read the menu?', {
      status: 'violated',
      messageId: 'argues',
      evidence: ['Did you even'],
    }),
    troll('We stand by our product and will not apologise.', {
      status: 'violated',
      messageId: 'argues',
    }),
    troll('Good luck with that.', {
      status: 'violated',
      messageId: 'sarcasm',
      evidence: ['Good luck with that'],
    }),
    troll('Wow, what a surprise, another complaint from you.', {
      status: 'violated',
      messageId: 'sarcasm',
    }),
    troll('Cool story, bro.', { status: 'violated', messageId: 'sarcasm' }),
    troll("You're just a troll looking for attention.", {
      status: 'violated',
      messageId: 'attacks',
      evidence: ["You're just a troll"],
    }),
    troll('Get a life.', { status: 'violated', messageId: 'attacks', evidence: ['Get a life'] }),
    troll('Take your business elsewhere then.', { status: 'violated', messageId: 'attacks' }),
    troll('STOP SPAMMING OUR PAGE.', { status: 'violated', messageId: 'attacks' }),
    troll(
      "We're sorry you feel that way. Our burgers are made fresh every day. Our beef comes from local farms. Our staff are trained for weeks. We've won awards for our sauce.",
      {
        status: 'missed',
        messageId: 'longWinded',
        evidence: ["Our staff are trained for weeks. We've won awards for our sauce."],
      },
    ),
    troll(
      'We understand that not everyone will love every item on our menu, and we genuinely respect that. Our recipes have been developed over many years by a team of chefs who care deeply about flavour, quality and the experience of every guest who visits us.',
      { status: 'missed', messageId: 'longWinded' },
    ),
  ],
});
