import { testRule } from '../../helpers/rule-tester.ts';

testRule('next-step', {
  valid: [
    {
      text: "So sorry, Jess. I'll chase the courier now and check back with you tomorrow morning.",
      messageId: 'met',
      evidence: ["I'll chase", 'check back with you', 'tomorrow'],
    },
    { text: "We've refunded the second charge; it will show on your statement in 3 working days." },
    { text: "We'll update you by 5pm with the new delivery slot." },
    { text: 'Our team will call you within 24 hours to rebook the engineer.' },
    { text: 'Your replacement has been dispatched and should arrive Thursday.' },
    { text: "Thanks for flagging this. I'm looking into it and will keep you posted." },
    { text: 'Let me check your booking and get back to you in 20 minutes.' },
    { text: "Please DM us your order number and we'll rebook the delivery today." },
    { text: 'A new card is on its way.' },
    { text: "Leave it with me: I'll follow up with the store manager." },
    { text: 'Someone from our billing team will email you before Friday.' },
    { text: "I've escalated this to our store manager and she will contact you this afternoon." },
    {
      text: "We'll look into the missing item.",
      messageId: 'noFollowUp',
      evidence: ["We'll look into"],
    },
    { text: 'We can send a replacement straight away.', messageId: 'met' },
    {
      text: 'Thank you so much for the lovely review, Ana!',
      context: { kind: 'praise', expectations: { 'next-step': 'n/a' } },
      status: 'n/a',
    },
    {
      text: "Thanks Ana! We'll pass your kind words on to the kitchen team tonight.",
      context: { kind: 'praise' },
    },
  ],
  invalid: [
    { text: "I'm so sorry to hear that, Jess.", status: 'missed', messageId: 'missed' },
    {
      text: 'That sounds really frustrating, and we understand.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Please DM us your order number.',
      status: 'missed',
      messageId: 'onlyAsks',
      evidence: ['Please DM'],
    },
    { text: 'Could you send us a photo of the damage?', status: 'missed', messageId: 'onlyAsks' },
    { text: 'Feel free to contact our help centre.', status: 'missed', messageId: 'onlyAsks' },
    { text: "We won't be able to refund this order.", status: 'missed', messageId: 'missed' },
    { text: 'We will not send another replacement.', status: 'missed', messageId: 'missed' },
    {
      text: 'Would you like us to rebook you on the next train?',
      status: 'missed',
      messageId: 'missed',
    },
    { text: 'Thanks for following up with us, Raj.', status: 'missed', messageId: 'missed' },
    { text: 'We have not refunded the fee yet.', status: 'missed', messageId: 'missed' },
    { text: 'I wish we could fix this for you.', status: 'missed', messageId: 'missed' },
    { text: 'We value your feedback. Have a nice day!', status: 'missed', messageId: 'missed' },
    { text: 'Sorry about the wait. Hope it arrives soon!', status: 'missed', messageId: 'missed' },
    { text: 'You can track your parcel on our website.', status: 'missed', messageId: 'onlyAsks' },
    { text: 'Hmm, that is odd. Did the app show an error?', status: 'missed', messageId: 'missed' },
    {
      text: 'Our stores open at 9am on Sundays.',
      context: { kind: 'question' },
      status: 'missed',
      messageId: 'missed',
    },
    { text: '', status: 'missed', messageId: 'missed' },
  ],
});
