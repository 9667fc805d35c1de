import { testRule } from '../../helpers/rule-tester.ts';

const EARLIER =
  'Hi Jo, sorry your order is late. DM us the order number and we will sort it today.';

testRule('personal', {
  valid: [
    {
      text: 'Hi Sarah, so sorry the blender arrived broken.',
      messageId: 'met',
      evidence: ['Sarah'],
    },
    { text: 'Thanks so much, Priya! The team will love hearing this.' },
    { text: 'Tom, I am sorry about the wait at the counter.' },
    { text: 'Sorry about the wait at the counter, Tom!' },
    { text: 'Dear Mr Okafor, thank you for the detailed review.' },
    {
      text: "I'm so sorry your card was declined, Seán.",
      context: { customerName: 'Sean Murphy' },
      evidence: ['Seán'],
    },
    {
      text: 'Murphy household, your engineer is booked for Friday.',
      context: { customerName: 'Sean Murphy' },
    },
    {
      text: '@sean_m so sorry about the double charge!',
      context: { customerHandle: '@sean_m' },
      evidence: ['@sean_m'],
    },
    { text: 'So sorry sean_m, we will sort it.', context: { customerHandle: 'sean_m' } },
    { text: 'Hey ANA, we have rebooked you on the 10:15.', context: { customerName: 'Ana' } },
    {
      text: 'Hi Sam, sorry your parcel went to the wrong depot. I have asked the driver to bring it tomorrow.',
      context: { customerName: 'Sam', earlierReplies: [EARLIER] },
    },
    {
      text: 'Hi Sam, I have refunded the delivery fee for you.',
      context: { customerName: 'Sam', earlierReplies: ['Hi Sam, sorry about the wait!'] },
    },
    { text: 'Good morning Kwame! Your table for four is confirmed.' },
    {
      text: 'Card payments are back. Thanks for your patience, everyone.',
      context: { kind: 'crisis', expectations: { personal: 'n/a' } },
      status: 'n/a',
    },
    { text: 'Hiya Lou, glad you liked the new menu!', context: { kind: 'praise' } },
    {
      text: 'Thank you for your review, Rhian! The bakers will be thrilled you liked the rye bread.',
      context: { kind: 'praise', customerName: 'Rhian Lloyd' },
      evidence: ['Rhian'],
    },
    {
      text: "Rhian, thanks for the kind words. I've shown the bakers your photo of the rye, and we hope to see you back soon.",
      context: { kind: 'praise', customerName: 'Rhian Lloyd' },
    },
  ],
  invalid: [
    { text: 'Sorry about the wait at the counter.', status: 'missed', messageId: 'noName' },
    { text: 'Hi there, sorry about the wait!', status: 'missed', messageId: 'noName' },
    { text: 'Sorry, We will fix it today.', status: 'missed', messageId: 'noName' },
    { text: 'Hello team, the app is back up.', status: 'missed', messageId: 'noName' },
    {
      text: 'Sorry about the double charge!',
      context: { customerHandle: '@sean_m' },
      status: 'missed',
      messageId: 'noName',
    },
    {
      text: 'Sorry about that, we will refund it.',
      context: { customerName: 'Ruth' },
      status: 'missed',
      messageId: 'noName',
    },
    { text: '', status: 'missed', messageId: 'noName' },
    {
      text: 'Hi Tom, sorry about the double charge!',
      context: { customerName: 'Sean Murphy' },
      status: 'missed',
      messageId: 'wrongName',
      evidence: ['Tom'],
    },
    {
      text: 'Hi Priya, we apologize for any inconvenience.',
      status: 'violated',
      messageId: 'template',
      evidence: ['we apologize for any inconvenience'],
    },
    {
      text: 'Thank you for contacting us, Ana. We will look into it.',
      status: 'missed',
      messageId: 'canned',
    },
    {
      text: 'Hi Raj, your order is on its way. Have a nice day!',
      status: 'missed',
      messageId: 'canned',
    },
    { text: 'We value your feedback, Liam.', status: 'violated', messageId: 'template' },
    {
      text: 'Hi Sam, sorry your order is late. DM us the order number and we will sort it today.',
      context: { customerName: 'Sam', earlierReplies: [EARLIER] },
      status: 'missed',
      messageId: 'repeated',
    },
    {
      text: 'Sorry your order is late. DM us the order number and we will sort it today!',
      context: { earlierReplies: ['Something else entirely.', EARLIER] },
      status: 'missed',
      messageId: 'repeated',
    },
    {
      text: 'Hi Jo, sorry your order is late. DM us the order number and we will sort it today. Thanks!',
      context: { customerName: 'Jo', earlierReplies: [EARLIER] },
      status: 'missed',
      messageId: 'repeated',
    },
    {
      text: 'Thank you for your review! We value your feedback and hope to welcome you back to the Old Mill soon.',
      context: { kind: 'praise', customerName: 'Rhian Lloyd' },
      status: 'violated',
      messageId: 'template',
      evidence: ['Thank you for your review', 'We value your feedback'],
    },
    {
      text: 'Thanks for the kind words! We will pass this on to the team.',
      context: { kind: 'praise' },
      status: 'violated',
      messageId: 'template',
      evidence: ['Thanks for the kind words', 'We will pass this on to the team'],
    },
    {
      text: 'Dear Rhian, thank you for the feedback. Kind regards, Team Old Mill',
      context: { kind: 'praise', customerName: 'Rhian Lloyd' },
      status: 'violated',
      messageId: 'template',
    },
    {
      text: "Lena's issue has been resolved.",
      context: { customerName: 'Lena Berg' },
      status: 'missed',
      messageId: 'noName',
    },
    {
      text: 'We apologise for any inconvenience caused. Have a nice day!',
      status: 'violated',
      messageId: 'template',
    },
  ],
});
