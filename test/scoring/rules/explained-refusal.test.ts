import { testRule } from '../../helpers/rule-tester.ts';

testRule('explained-refusal', {
  valid: [
    {
      text: "We can't refund opened items because they're final sale, but we'd be glad to swap it for another size.",
      evidence: ["We can't refund", 'because', "we'd be glad to swap"],
    },
    {
      text: "We're unable to extend the warranty since it expired in May. What we can do is offer a repair at cost.",
      evidence: ["We're unable to extend", 'since', 'What we can do is offer'],
    },
    {
      text: 'We’re unable to change the booking as the fare is non-refundable, however our gate team can help you rebook.',
      evidence: ['non-refundable'],
    },
    {
      text: "We don't price-match because our prices are already low, but you can use the code SAVE10.",
    },
    {
      text: "I'm afraid we can't refund this as it's past the 30-day window, but we can offer store credit.",
      evidence: ["as it's", 'store credit'],
    },
    {
      text: "We cannot offer compensation since the delay was caused by the weather, so please DM us and we'll look into a voucher.",
    },
    {
      text: "We can't change your seat as they're all booked, but you can try again at the gate.",
    },
    {
      text: 'Sorry, we’re not able to reopen the case due to our data rules. Instead we can raise a new one for you.',
    },
    {
      text: "Thanks for letting us know, we'll replace the lamp today.",
      status: 'n/a',
    },
    { text: "Can't you DM us? We'd like to look at the order.", status: 'n/a' },
    { text: 'Can you DM us your order number?', status: 'n/a' },
    { text: "We can't wait to see you again!", status: 'n/a' },
    { text: "If we can't fix it today, we'll call you tomorrow.", status: 'n/a' },
    { text: "We can't thank you enough for the kind review.", status: 'n/a' },
    { text: 'Why can’t we refund it straight away? Good question, let us check.', status: 'n/a' },
    { text: "I'm so sorry, Mia. Your refund is on its way.", status: 'n/a' },
    { text: 'The quoted words "we can\'t refund that" never came from us.', status: 'n/a' },
    {
      text: "We can't refund the deposit as the room was held for you, but we'd be happy to move your dates.",
      evidence: ['as the room was', "but we'd be happy"],
    },
    { text: "No problem at all, we'll send a new one.", status: 'n/a' },
    { text: "We can't wait to fix it for you!", status: 'n/a' },
    {
      text: 'In the event the courier is unable to help, you can file a claim with us.',
      status: 'n/a',
    },
    { text: "Should we be unable to fix it, we'll replace it.", status: 'n/a' },
    {
      text: "Because the cake is made to order, we can't take it back, but we'd be glad to swap it for a voucher.",
      evidence: ['Because', "we can't take", "we'd be glad to swap"],
    },
    {
      text: "We can't take a cake for Monday because the bakery is closed, but we can bake one for Tuesday.",
      evidence: ["We can't take", 'because', 'but we can'],
    },
    {
      text: "We're fully booked, so we can't take your table tonight, but we'd love to see you on Friday.",
      evidence: ['so', "we can't take"],
    },
    {
      text: "The tickets are personal. That's why we can't transfer them, but you can DM us to change the name.",
      evidence: ["That's why", "we can't transfer"],
    },
    { text: 'Can we take it back? Let me check with the bakery.', status: 'n/a' },
    { text: "If we can't take the order, we'll call you today.", status: 'n/a' },
    { text: 'We do not take feedback like this lightly.', status: 'n/a' },
    { text: "We can't take all the credit, the bakers did it!", status: 'n/a' },
    { text: "We don't do enough to thank our staff.", status: 'n/a' },
    { text: "Try the new menu, but don't take our word for it!", status: 'n/a' },
    { text: "Restart the app and don't do anything else until it loads.", status: 'n/a' },
    { text: "We don't do this often, but we'd love to send you a cake.", status: 'n/a' },
    { text: "I don't take that personally at all.", status: 'n/a' },
    { text: 'How can we help?', status: 'n/a' },
    { text: "If you'd like, how can we make it right?", status: 'n/a' },
    { text: 'If it happens again, how can we help?', status: 'n/a' },
    { text: 'To qualify for a refund, please send us the receipt by DM.', status: 'n/a' },
    {
      text: "If the kitchen is closed, how could we possibly serve you? It's the law, but we can book you a table for Friday.",
      evidence: ['how could we possibly serve', 'is closed', 'but we can book you'],
    },
    {
      text: "We don't share the team's shift times, for their safety. But you can book a free design chat at any branch online.",
      evidence: ["We don't share", 'for their safety', 'But you can'],
    },
    {
      text: "We can't give out room numbers, for our guests' privacy, but reception can pass on a note.",
      evidence: ["for our guests' privacy"],
    },
    {
      text: "We can't share his surname for privacy's sake, but we'd be glad to pass your thanks on.",
      evidence: ["for privacy's sake"],
    },
    {
      text: "We can't share the driver's details here, to protect his privacy, but you can email the depot.",
      evidence: ['to protect his privacy'],
    },
  ],
  invalid: [
    {
      text: "We can't refund opened items.",
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ["We can't refund"],
    },
    { text: 'Your claim was declined.', status: 'violated', messageId: 'bareRefusal' },
    {
      text: "No, we don't price-match.",
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ["we don't price-match"],
    },
    { text: "That feature isn't supported.", status: 'violated', messageId: 'bareRefusal' },
    { text: "We don't stock this product.", status: 'violated', messageId: 'bareRefusal' },
    { text: 'Sorry, we can’t refund opened items.', status: 'violated', messageId: 'bareRefusal' },
    {
      text: "I'm not authorized to give refunds.",
      status: 'violated',
      messageId: 'kryptonite',
      evidence: ["I'm not authorized to"],
    },
    {
      text: "It's not up to me, I'm afraid.",
      status: 'violated',
      messageId: 'kryptonite',
      evidence: ["It's not up to me"],
    },
    {
      text: 'We can’t do that, sorry.',
      status: 'violated',
      messageId: 'kryptonite',
      evidence: ['We can’t do that'],
    },
    {
      text: "There's nothing we can do about the weather.",
      status: 'violated',
      messageId: 'kryptonite',
      evidence: ["There's nothing we can do"],
    },
    {
      text: "We can't do that because of our policy, but we can offer a voucher.",
      status: 'violated',
      messageId: 'kryptonite',
    },
    {
      text: 'I am not authorised to change prices, but the store manager can help.',
      status: 'violated',
      messageId: 'kryptonite',
    },
    {
      text: "We can't refund the ticket because the flight has departed.",
      status: 'missed',
      messageId: 'noAlternative',
      evidence: ['because'],
    },
    {
      text: "We're unable to extend the warranty since it has expired.",
      status: 'missed',
      messageId: 'noAlternative',
    },
    {
      text: "We can't refund the ticket, but we can offer a voucher.",
      status: 'missed',
      messageId: 'noReason',
      evidence: ['we can offer'],
    },
    {
      text: "We can't reinstate your account, but please DM us and our team will take a look.",
      status: 'missed',
      messageId: 'noReason',
    },
    {
      text: 'We are unable to comment on individual accounts in public.',
      status: 'violated',
      messageId: 'bareRefusal',
    },
    {
      text: 'We cannot offer a discount on sale items.',
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ['We cannot offer'],
    },
    { text: "Sorry, we can't reopen the complaint.", status: 'violated', messageId: 'bareRefusal' },
    {
      text: 'UNFORTUNATELY THE UPGRADE ISN’T AVAILABLE ON THIS FLIGHT.',
      status: 'violated',
      messageId: 'bareRefusal',
    },
    {
      text: "We aren't able to refund this order.",
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ["We aren't able to refund"],
    },
    {
      text: "We won't be refunding this order.",
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ["We won't be refunding"],
    },
    {
      text: 'Sorry, no refunds on sale items.',
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ['no refunds'],
    },
    {
      text: "We don't do gluten-free cakes.",
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ["We don't do"],
    },
    {
      text: "We don't take bookings for groups over ten.",
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ["We don't take"],
    },
    {
      text: "Because the cake is made to order, we can't take it back.",
      status: 'missed',
      messageId: 'noAlternative',
      evidence: ['Because', "we can't take"],
    },
    {
      text: "We can't take a cake for Monday because the bakery is closed.",
      status: 'missed',
      messageId: 'noAlternative',
      evidence: ["We can't take", 'because'],
    },
    {
      text: 'When the flight is full, how can we add another seat?',
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ['how can we add'],
    },
    {
      text: 'When only one room is free how can we\nbook three for you.',
      status: 'violated',
      messageId: 'bareRefusal',
    },
    {
      text: 'To qualify for a refund you would have to cancel within a day of booking.',
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ['you would have to'],
    },
    {
      text: 'You would have had to cancel by Friday for a full refund, but we can offer a voucher.',
      status: 'missed',
      messageId: 'noReason',
      evidence: ['You would have had to'],
    },
    {
      text: 'Unfortunately we’re unable to help with that.',
      status: 'violated',
      messageId: 'bareRefusal',
    },
    {
      text: "We can't hold the table past eight, for everyone's safety.",
      status: 'missed',
      messageId: 'noAlternative',
      evidence: ["for everyone's safety"],
    },
  ],
});
