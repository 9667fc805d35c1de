import { testRule } from '../../helpers/rule-tester.ts';

testRule('wording', {
  valid: [
    {
      text: "I'm sorry about the issue with your refund, Sam. We'll sort it today.",
      messageId: 'met',
    },
    {
      text: 'Sorry the app logged you out. Our team has fixed the issue and you can sign in again.',
    },
    { text: 'Thanks for flagging this! Happy to help with anything else.' },
    {
      text: 'You wrote "this is a huge problem" and you are right to be annoyed: we\'re fixing it now.',
    },
    { text: 'Your train ticket is still valid on the next service, so you can travel at 10:15.' },
    { text: 'I have passed this to our specialist team; they will call you before 5pm.' },
    {
      text: "The way this works is that refunds land within 3 working days; I'll check on yours Friday.",
    },
    { text: 'Just so you know, the store reopens at 9am tomorrow.' },
    { text: 'We got this wrong, and we are sorry. Your replacement ships today.' },
    { text: 'That was our mistake, not yours. A new card is on its way.' },
    { text: 'Our systems status page shows live updates while we restore card payments.' },
    {
      text: 'Card payments are down because of an issue in our payment system. Next update at 3pm.',
      context: { kind: 'crisis' },
    },
    {
      text: 'We are handling a high volume of messages during the outage; our next update is at 4pm.',
      context: { kind: 'crisis' },
    },
    { text: 'Sorry for the wait, Ana! Your booking is confirmed for Tuesday.' },
    { text: 'No worries at all, we are glad the issue is fixed.' },
    { text: '' },
  ],
  invalid: [
    {
      text: "Sorry about the problem with your order, we'll fix it.",
      status: 'missed',
      messageId: 'problem',
      evidence: ['problem'],
    },
    {
      text: 'Problems like this are rare; DM us the details.',
      status: 'missed',
      messageId: 'problem',
      evidence: ['Problems'],
    },
    {
      text: 'No problem, Jo! Glad we could help.',
      status: 'missed',
      messageId: 'problem',
      evidence: ['No problem'],
    },
    {
      text: "That's not a problem at all, we'll swap it.",
      status: 'missed',
      messageId: 'problem',
      evidence: ['not a problem at all'],
    },
    {
      text: "I've escalated your case to tier 2 and they will be in touch.",
      status: 'missed',
      messageId: 'jargon',
      evidence: ['escalated your case to tier 2'],
    },
    {
      text: 'A level 2 agent will look at this.',
      status: 'missed',
      messageId: 'jargon',
      evidence: ['level 2 agent'],
    },
    {
      text: 'I have raised a ticket for you.',
      status: 'missed',
      messageId: 'jargon',
      evidence: ['raised a ticket'],
    },
    {
      text: 'Your support ticket is in the queue.',
      status: 'missed',
      messageId: 'jargon',
      evidence: ['support ticket'],
    },
    {
      text: 'Our SLA is 48 hours, so please wait.',
      status: 'missed',
      messageId: 'jargon',
      evidence: ['SLA'],
    },
    {
      text: 'Per our policy, refunds take 10 days.',
      status: 'missed',
      messageId: 'jargon',
      evidence: ['Per our policy'],
    },
    {
      text: 'As per your request, the order is cancelled.',
      status: 'missed',
      messageId: 'jargon',
      evidence: ['As per'],
    },
    {
      text: 'Kindly be informed that the store is closed on Sundays.',
      status: 'missed',
      messageId: 'jargon',
      evidence: ['Kindly be informed'],
    },
    {
      text: 'We will revert back to you shortly.',
      status: 'missed',
      messageId: 'jargon',
      evidence: ['will revert back'],
    },
    {
      text: 'Sorry, our system lost your booking.',
      status: 'missed',
      messageId: 'excuse',
      evidence: ['our system'],
    },
    {
      text: "We're short-staffed this week, so replies are slow.",
      status: 'missed',
      messageId: 'excuse',
      evidence: ['short-staffed'],
    },
    {
      text: 'The other department handles refunds, not us.',
      status: 'missed',
      messageId: 'excuse',
      evidence: ['The other department handles'],
    },
    {
      text: "It was the courier's fault, but we're sorry it arrived late.",
      status: 'missed',
      messageId: 'excuse',
      evidence: ["It was the courier's"],
    },
    {
      text: "Sorry for the wait, we're extremely busy right now.",
      status: 'missed',
      messageId: 'excuse',
      evidence: ["we're extremely busy"],
    },
    {
      text: 'Your booking failed because of a system error.',
      status: 'missed',
      messageId: 'excuse',
      evidence: ['system error'],
    },
  ],
});
