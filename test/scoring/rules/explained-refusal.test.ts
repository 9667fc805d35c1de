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
    {
      text: 'Thanks for asking, Priya. No worries about the photos, they were very clear.',
      status: 'n/a',
    },
    { text: 'Were you wrong to expect a seat? No, not at all, and we are sorry.', status: 'n/a' },
    { text: "Thanks, Leon. No, you're not wrong, that one is on us.", status: 'n/a' },
    { text: "Sorry, Jo. No, that isn't good enough, and we'll fix it today.", status: 'n/a' },
    { text: 'Your case is logged under ref. no. 48213 and the team will call.', status: 'n/a' },
    {
      text: "We don't serve lobster, and there is no shellfish in our kitchen at all.",
      context: {
        customerPost:
          'Lobster linguine tasted off and I was up all night. This place should be shut down.',
      },
      status: 'n/a',
    },
    {
      text: "I can't promise a time, as the courier hasn't scanned it yet… I'll refund it in full today.",
      evidence: ["I can't promise", "as the courier hasn't", "I'll refund"],
    },
    {
      text: 'The charge stands, as any use that day starts the day pass. To avoid it, set a £0 cap in our app.',
      evidence: ['The charge stands', 'as any use that day starts', 'To avoid it, set'],
    },
    {
      text: "We can't waive the fee as every change after 6pm counts as late, but we'll send you a voucher.",
      evidence: ['as every change after 6pm counts', "we'll send you a"],
    },
    {
      text: "Sorry, we can't access your account over social media. Please connect with us through secure chat and we'll sort it.",
      evidence: ["we can't access your account over social media", 'Please connect'],
    },
    {
      text: "We don't have access to booking records on this channel, but you can reach the bookings team on 0800 123 456.",
      evidence: ["We don't have access to booking records on this channel"],
    },
    {
      text: "That isn't possible as a loyalty card can only hold one name, but we can add a second card for your partner.",
      evidence: ['as a loyalty card can'],
    },
    {
      text: 'To change it you would need to visit the help centre and choose Contact us. We are unable to change bookings through this page.',
      evidence: ['you would need to visit', 'We are unable to change'],
    },
    { text: 'Unfortunately the couriers are struggling to keep up this week.', status: 'n/a' },
    {
      text: 'Dear guest, unable to match your expectations this time, and we regret it.',
      status: 'n/a',
    },
    { text: "I'm sorry you were unable to book online, we'll fix the page today.", status: 'n/a' },
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
      text: "Thanks, Ray. No, the lift won't be working before the weekend, sorry.",
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ['No,'],
    },
    {
      text: 'Hi Dev, thanks for the message. Nope, we only open the terrace in summer.',
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ['Nope,'],
    },
    {
      text: 'Good question! No, the voucher cannot be extended, but we can send a new code.',
      status: 'missed',
      messageId: 'noReason',
      evidence: ['No,', 'but we can'],
    },
    {
      text: "We can't hold the table past eight, for everyone's safety.",
      status: 'missed',
      messageId: 'noAlternative',
      evidence: ["for everyone's safety"],
    },
    {
      text: "We don't serve lobster.",
      context: { customerPost: "Do you have lobster on for my mum's birthday?" },
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ["We don't serve"],
    },
    {
      text: "Unfortunately we don't stock that kettle any more.",
      context: {
        customerPost: 'Bought the Brio kettle from you last year and the lid has snapped',
      },
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ["we don't stock"],
    },
    {
      text: "We don't stock that kettle any more.",
      context: { customerPost: 'Your Leeds store had no kettles again, I wanted the Brio one' },
      status: 'violated',
      messageId: 'bareRefusal',
    },
    {
      text: 'Our decision is final.',
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ['Our decision is final'],
    },
    {
      text: 'The late fee stands, as every booking changed on the day counts as late.',
      status: 'missed',
      messageId: 'noAlternative',
      evidence: ['The late fee stands', 'as every booking changed on the day counts'],
    },
    {
      text: "I can't promise a time… I'll refund it in full today.",
      status: 'missed',
      messageId: 'noReason',
      evidence: ["I can't promise", "I'll refund"],
    },
    {
      text: 'Our network is not yet able to provide those speeds in your area.',
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ['not yet able to provide'],
    },
    {
      text: 'Unfortunately, loyalty points are added to your account once the stay is completed.',
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ['Unfortunately, loyalty points are added to your account once'],
    },
    {
      text: 'Hi Sam, are unable to transfer stock between stores.',
      status: 'violated',
      messageId: 'bareRefusal',
      evidence: ['are unable to transfer stock'],
    },
    {
      text: "Thanks for your review, but we would like to make a few things clear. We can't cancel on the day as your booking is through an agent.",
      status: 'missed',
      messageId: 'noAlternative',
    },
    {
      text: "We can't cancel on the day as your booking is through an agent, and you wanted a complimentary upgrade too.",
      status: 'missed',
      messageId: 'noAlternative',
    },
  ],
});
