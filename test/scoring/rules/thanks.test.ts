import { testRule } from '../../helpers/rule-tester.ts';

testRule('thanks', {
  valid: [
    { text: "Thanks for flagging this, we'll fix the link today.", evidence: ['Thanks'] },
    { text: 'Thank you for your patience while we sort the refund.', evidence: ['Thank'] },
    { text: 'Appreciate you bringing this to our attention, Lee.', evidence: ['Appreciate you'] },
    { text: 'We should be thanking you for such a generous review!', evidence: ['thanking'] },
    { text: "Sorry about the mix-up. We're on it. Thanks!", evidence: ['Thanks'] },
    { text: 'Many thanks for the detailed feedback on the new menu.', evidence: ['Many thanks'] },
    {
      text: 'I really appreciate your patience with the delay.',
      evidence: ['I really appreciate'],
    },
    { text: 'We are grateful you took the time to tell us.', evidence: ['grateful'] },
    { text: 'Your refund has been issued. TY - Callum', evidence: ['TY'] },
    { text: 'We will check with the store. Thanks & Regards, Dana', evidence: ['Thanks'] },
    {
      text: 'Thank you for your message. We have passed it to the depot.',
      messageId: 'canned',
      evidence: ['Thank you for your message'],
    },
    { text: 'Cheers for letting us know about the broken lift!', evidence: ['Cheers'] },
    { text: 'Thx for the heads up, the page is fixed now.', evidence: ['Thx'] },
    { text: 'Thank u for waiting, the engineer is on the way.', evidence: ['Thank'] },
    { text: 'No, thanks for asking! The offer runs until Sunday.', evidence: ['thanks'] },
    { text: 'THANK YOU FOR YOUR PATIENCE TODAY', evidence: ['THANK'] },
    { text: 'Thank you so much for the kind words about our team.', evidence: ['Thank'] },
    {
      text: 'Thanks for reaching out!',
      messageId: 'canned',
      evidence: ['Thanks for reaching out'],
    },
    {
      text: 'Thank you for contacting us. A new card is on its way.',
      messageId: 'canned',
      evidence: ['Thank you for contacting us'],
    },
    { text: 'Thank you, and sorry again for the wait.', evidence: ['Thank'] },
    { text: 'We appreciate that you took the time to write to us.', evidence: ['We appreciate'] },
    { text: 'Much obliged for your review, do visit us again.', evidence: ['Much obliged'] },
    { text: 'We are obliged for your kind words about the spa.', evidence: ['obliged for'] },
  ],
  invalid: [
    {
      text: 'Your parcel is at the depot and will arrive tomorrow.',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Thanks for nothing, I guess.',
      status: 'missed',
      messageId: 'sarcastic',
      evidence: ['Thanks'],
    },
    { text: 'Well, thanks a lot for nothing then.', status: 'missed', messageId: 'sarcastic' },
    { text: 'Thanks, but no thanks.', status: 'missed', messageId: 'sarcastic' },
    {
      text: 'Thanks to the storm, all flights from Leeds are delayed.',
      status: 'missed',
      messageId: 'notGratitude',
      evidence: ['Thanks'],
    },
    {
      text: 'Thanks to our engineers, the app is back up.',
      status: 'missed',
      messageId: 'notGratitude',
    },
    {
      text: 'Thank god the parcel turned up in the end.',
      status: 'missed',
      messageId: 'notGratitude',
    },
    {
      text: "We'd appreciate it if you could DM us the booking reference.",
      status: 'missed',
      messageId: 'notGratitude',
    },
    {
      text: 'We would appreciate it if you removed the post.',
      status: 'missed',
      messageId: 'notGratitude',
    },
    {
      text: 'No thanks needed, it was our mistake.',
      status: 'missed',
      messageId: 'negated',
      evidence: ['thanks'],
    },
    { text: 'No, thanks.', status: 'missed', messageId: 'negated' },
    { text: 'No, thank you!', status: 'missed', messageId: 'negated' },
    {
      text: 'You wrote "thanks for nothing" and we understand why. Can you DM us?',
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'You said thanks for sending the wrong size twice. We will fix it today.',
      context: {
        customerPost: 'Great, thanks for sending the wrong size twice. Brilliant service.',
      },
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'Please DM us your order number so we can check.',
      status: 'missed',
      messageId: 'missed',
    },
    { text: 'We are looking into why the app crashed.', status: 'missed', messageId: 'missed' },
    {
      text: "Sorry for the delay. We've refunded the booking fee.",
      status: 'missed',
      messageId: 'missed',
    },
    {
      text: 'We appreciate that this is frustrating, and we are on it.',
      status: 'missed',
      messageId: 'notGratitude',
      evidence: ['We appreciate'],
    },
    {
      text: 'Thank goodness the flight landed safely.',
      status: 'missed',
      messageId: 'notGratitude',
    },
    { text: 'WE APPRECIATE HOW ANNOYING THIS IS.', status: 'missed', messageId: 'notGratitude' },
    {
      text: 'Check the help page for the new card steps /TY',
      status: 'missed',
      messageId: 'notGratitude',
    },
    {
      text: 'We are obliged to tell you the fee has changed.',
      status: 'missed',
      messageId: 'missed',
    },
  ],
});
