import { testRule } from '../../helpers/rule-tester.ts';

testRule('empathy', {
  valid: [
    {
      text: "Hi Mia, I can see how frustrating it is to wait all week for a parcel. I'll chase the courier now.",
      messageId: 'met',
      evidence: ['I can see how frustrating'],
    },
    {
      text: "That's not the experience we want for you, Sam. Could you DM us the booking reference?",
      messageId: 'met',
    },
    { text: 'That must have been so stressful with a flight to catch.' },
    { text: "No wonder you're upset: three missed deliveries is far too many." },
    { text: "I can't imagine how disappointing that was on your birthday." },
    { text: 'What a horrible start to your holiday, Leah. We are rebooking you now.' },
    { text: 'I understand your frustration with the late refund, and I am chasing it today.' },
    { text: 'You have every right to be annoyed about the double charge.' },
    { text: 'That sounds really worrying. We will call you within the hour.' },
    { text: "I'm sorry you've had such a stressful week with the boiler." },
    { text: 'You deserve better than a cold meal after an hour-long wait.' },
    { text: 'I know how important this order was for the wedding.' },
    { text: "I'd be furious too if my suitcase went to the wrong city." },
    {
      text: "We know how disruptive this outage is for everyone's evening.",
      context: { kind: 'crisis' },
    },
    {
      text: 'Thank you so much for the kind review, Ravi!',
      context: { kind: 'praise' },
      status: 'n/a',
    },
    {
      text: 'Please DM us your order number. I can see how annoying the missing part is.',
      messageId: 'metLate',
    },
    {
      text: 'I understand your frustration.',
      messageId: 'generic',
      evidence: ['I understand your frustration'],
    },
    {
      text: 'I understand. Please send us a DM.',
      messageId: 'generic',
      evidence: ['I understand'],
    },
    {
      text: "Three parcels a fortnight late and no answer to your calls isn't good enough, Kit.",
      messageId: 'met',
      evidence: ["isn't good enough"],
    },
    {
      text: "Your mum's soup came out cold and that's on us. I'll refund the meal today.",
      messageId: 'met',
      evidence: ["that's on us"],
    },
    {
      text: "That's not the anniversary dinner the two of you deserved, Lou.",
      messageId: 'met',
      evidence: ['not the anniversary dinner the two of you deserved'],
    },
    {
      text: "Your son's first match deserved a working floodlight, and I'm sorry.",
      messageId: 'met',
      evidence: ["Your son's first match deserved a working"],
    },
    {
      text: 'Six days without a working fridge is not acceptable, Nina.',
      messageId: 'met',
      evidence: ['is not acceptable'],
    },
    { text: 'We let you down on Saturday, Ade, and the fault was ours.', messageId: 'met' },
    {
      text: 'So sorry, Aisha, we know rent day is the worst day for this to happen.',
      evidence: ['the worst day for this to happen'],
    },
  ],
  invalid: [
    { text: 'Please DM us your order number.', status: 'missed', messageId: 'missed' },
    { text: "We've refunded the charge. Anything else?", status: 'missed', messageId: 'missed' },
    {
      text: 'Your parcel was lost in transit and a new one is on its way.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: "I don't understand why you're upset, the refund was sent.",
      status: 'missed',
      messageId: 'missed',
    },
    { text: 'Sorry for the delay. We will check.', status: 'missed', messageId: 'missed' },
    { text: 'We appreciate your patience.', status: 'missed', messageId: 'missed' },
    { text: 'We get your order out within 2 days.', status: 'missed', messageId: 'missed' },
    {
      text: 'That is how the app works: tap Settings, then Reset.',
      status: 'missed',
      messageId: 'missed',
    },
    { text: 'The item was damaged by the courier.', status: 'missed', messageId: 'missed' },
    {
      text: 'You wrote "this is so frustrating", and our team is on it.',
      status: 'missed',
      messageId: 'missed',
    },
    { text: 'It was a bad batch, so we will replace it.', status: 'missed', messageId: 'missed' },
    { text: 'How long did you wait?', status: 'missed', messageId: 'missed' },
    { text: 'We value your feedback. Have a nice day!', status: 'missed', messageId: 'missed' },
    { text: '', status: 'missed', messageId: 'missed' },
    {
      text: "Thanks for the feedback, we'll pass it on to the team.",
      status: 'missed',
      messageId: 'missed',
    },
    { text: "Your language here isn't acceptable.", status: 'missed', messageId: 'missed' },
    {
      text: "It isn't fair on other diners to hold a table for an hour.",
      status: 'missed',
      messageId: 'missed',
    },
    { text: 'Your next coffee is on us!', status: 'missed', messageId: 'missed' },
    {
      text: "Your review isn't fair to the kitchen team.",
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'The worst day of the sale is over, and your parcel ships tomorrow.',
      status: 'missed',
      messageId: 'missed',
    },
  ],
});
