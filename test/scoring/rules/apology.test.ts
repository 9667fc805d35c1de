import { testRule } from '../../helpers/rule-tester.ts';

testRule('apology', {
  valid: [
    { text: "I'm so sorry your order is late, Priya. Let's get it moving.", evidence: ['sorry'] },
    {
      text: 'We apologise for the disruption to your journey this morning.',
      evidence: ['apologise'],
    },
    {
      text: 'We apologize for the disruption to your journey this morning.',
      evidence: ['apologize'],
    },
    { text: 'My apologies! That link should have worked.', evidence: ['My apologies'] },
    { text: 'Sorry for the wait! Your replacement ships today.', evidence: ['Sorry'] },
    { text: 'We regret the mix-up with your booking and are fixing it now.', evidence: ['regret'] },
    { text: 'Sorry to hear that, Tom. Could you DM us the flight number?', evidence: ['Sorry'] },
    {
      text: 'I’m really sorry the heater stopped working on your first night.',
      evidence: ['sorry'],
    },
    { text: 'We’re sorry this happened, and we’ll put it right today.', evidence: ['sorry'] },
    {
      text: "We can't refund opened headphones because they can't be resold, sorry.",
      evidence: ['sorry'],
    },
    { text: 'SORRY FOR THE DELAY, WE ARE ON IT NOW', evidence: ['SORRY'] },
    { text: "We can't apologise enough for how long you waited.", evidence: ['apologise'] },
    { text: "I can't tell you how sorry we are about the cancelled show.", evidence: ['sorry'] },
    { text: 'Apologies! We mixed up the two orders.', evidence: ['Apologies'] },
    {
      text: 'Please accept our apologies for the cold food last night.',
      evidence: ['our apologies'],
    },
    {
      text: 'We owe you an apology, Sam: the driver should have waited.',
      evidence: ['owe you an apology'],
    },
    { text: 'Oh no, sorry about that! A new charger is on its way.', evidence: ['sorry'] },
    {
      text: 'You should never have had to chase this. We are deeply sorry.',
      evidence: ['sorry'],
    },
    {
      text: 'We apologize for any inconvenience.',
      messageId: 'canned',
      evidence: ['We apologize for any inconvenience'],
    },
    {
      text: "We're sorry for any inconvenience. Your refund is on its way.",
      messageId: 'canned',
    },
    {
      text: 'The parcel left our depot on Monday. The courier scanned it on Tuesday. It was then held at the hub because of the storm. We are sorry it took so long.',
      messageId: 'metLate',
      evidence: ['sorry'],
    },
    {
      text: 'Thanks so much for the lovely review, we are glad you enjoyed your stay!',
      context: { kind: 'praise' },
      status: 'n/a',
    },
    {
      text: 'We are sorry that our service was not up to par, but you should have told the front desk.',
      evidence: ['sorry'],
    },
  ],
  invalid: [
    { text: 'Your order will arrive on Friday.', status: 'missed', messageId: 'missed' },
    {
      text: 'Sorry you feel that way. The policy is on our website.',
      status: 'missed',
      messageId: 'nonApology',
      evidence: ['Sorry'],
    },
    {
      text: "We're sorry if you were offended by our post.",
      status: 'missed',
      messageId: 'nonApology',
      evidence: ['sorry'],
    },
    {
      text: 'We apologise if you felt ignored by the staff.',
      status: 'missed',
      messageId: 'nonApology',
      evidence: ['apologise'],
    },
    {
      text: 'If anything about your visit upset you, we apologize.',
      status: 'missed',
      messageId: 'nonApology',
    },
    {
      text: "I'm not sorry for enforcing the dress code.",
      status: 'missed',
      messageId: 'negated',
      evidence: ['sorry'],
    },
    { text: 'I’m not sorry, the rules were clear.', status: 'missed', messageId: 'negated' },
    { text: 'Sorry not sorry, the sale is over.', status: 'missed', messageId: 'negated' },
    {
      text: "Sorry, but that's simply not true.",
      status: 'missed',
      messageId: 'contradicts',
      evidence: ['Sorry'],
    },
    {
      text: "I'm sorry, but you must have entered the wrong card number.",
      status: 'missed',
      messageId: 'contradicts',
    },
    {
      text: 'Apologies, but as we already told you, the offer ended in May.',
      status: 'missed',
      messageId: 'contradicts',
    },
    {
      text: 'No need to apologise, we can sort this out together.',
      status: 'missed',
      messageId: 'negated',
      evidence: ['apologise'],
    },
    {
      text: "You don't need to apologise! We'll take a look.",
      status: 'missed',
      messageId: 'negated',
    },
    {
      text: 'You said "we are sorry" on the phone and nothing changed? Let us check.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'You wrote that not one person has said we are sorry for the mess. Our manager will call you today.',
      context: {
        customerPost:
          'Three weeks and not one person has said we are sorry for the mess. Disgraceful.',
      },
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: "We don't regret our decision to close the branch.",
      status: 'missed',
      messageId: 'negated',
    },
    { text: 'Nobody here is sorry about the new prices.', status: 'missed', messageId: 'negated' },
    {
      text: 'You deserve to be heard. Can you DM us your order number?',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'We really value your custom and will look into this.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Sorry that you think our prices are too high.',
      status: 'missed',
      messageId: 'nonApology',
    },
  ],
});
